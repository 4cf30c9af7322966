/*
 * detect_motions.c - motions: sponsors and parties, the Kamerstuk a motion
 * carries, its subject, motions read out in Handelingen, lists and the
 * tables of a bijlage "moties en toezeggingen", and each motion's relation
 * to the document.
 */
#include "detect_int.h"
#include "../util/strindex.h"

#include <stdlib.h>
#include <string.h>

/* ---- motions ---- */

static bool is_prefix_word(const char *w, size_t n)
{
    static const char *const pf[] = {"van", "de", "der", "den", "ter", "ten", "te", "in",
                                     "'t", "\xe2\x80\x99t", "op", "la", "le", "du", "el"};
    for (size_t i = 0; i < sizeof pf / sizeof pf[0]; i++)
        if (strlen(pf[i]) == n && starts_ci(w, n, 0, pf[i]))
            return true;
    return false;
}

/* Writes the sponsor's name as the Kamer writes it standing alone: first
 * letter capital, all-caps words in title case, prefixes after the first
 * word in lower case. */
static char *norm_name(ki_refs *r, const char *s, size_t a, size_t b)
{
    char *d = kd_clean_copy(r, s, a, b);
    if (!d)
        return NULL;
    bool allcaps = true;
    for (char *p = d; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            allcaps = false;
    size_t len = strlen(d);
    size_t w = 0;
    int wordno = 0;
    while (w < len) {
        size_t e = w;
        while (e < len && d[e] != ' ')
            e++;
        bool pfx = is_prefix_word(d + w, e - w);
        for (size_t i = w; i < e; i++) {
            unsigned char c = (unsigned char)d[i];
            bool first = i == w || d[i - 1] == '-';
            if (allcaps && !first) {
                if (c >= 'A' && c <= 'Z')
                    d[i] = (char)(c + 32);
                else if (c == 0xC3 && i + 1 < e && (unsigned char)d[i + 1] >= 0x80 &&
                         (unsigned char)d[i + 1] <= 0x9E && (unsigned char)d[i + 1] != 0x97) {
                    d[i + 1] = (char)((unsigned char)d[i + 1] + 0x20);
                    i++;
                } else if (i + 1 < e && ki_latin_ext_case(d + i, true)) {
                    i++; /* "KOŞER" -> "Koşer" */
                }
            }
            if (first && pfx && wordno > 0 && c >= 'A' && c <= 'Z' && allcaps)
                d[i] = (char)(c + 32);
            /* a double name's second part opens with its particle in lower
             * case: "FABER-VAN DE KLASHORST" -> "Faber-van de Klashorst" */
            if (allcaps && i > w && d[i - 1] == '-' && e < len && is_prefix_word(d + i, e - i) &&
                c >= 'A' && c <= 'Z')
                d[i] = (char)(c + 32);
        }
        w = e + 1;
        wordno++;
    }
    if (d[0] >= 'a' && d[0] <= 'z')
        d[0] = (char)(d[0] - 32);
    /* a table row flattened glues the status cell to the name: "Motie Atsma
     * en Snijder-HazelhoffZie brief aan TK", "AtsmaWordt uitgevoerd" */
    static const char *const cell[] = {"Zie", "Wordt", "Worden", "Is", "Afgedaan", "Uitgevoerd", "Afgerond",
                                       "Aangehouden", "Verworpen", "Aangenomen", "Lopend", "Voldaan", "Brief",
                                       "Status", "Stand", "In"};
    len = strlen(d);
    for (size_t i = 1; i + 1 < len; i++) {
        if (!(d[i - 1] >= 'a' && d[i - 1] <= 'z' && d[i] >= 'A' && d[i] <= 'Z'))
            continue;
        for (size_t k = 0; k < sizeof cell / sizeof cell[0]; k++)
            if (strcmp(d + i, cell[k]) == 0) {
                d[i] = '\0';
                return d;
            }
    }
    return d;
}

static bool speaker_label(struct ki_scan *sc, size_t pos, size_t *ns, size_t *ne);

/* The length of the title that opens a sponsor named as in a debate ("de
 * heer ", "mevrouw ", "het lid ") at s[i..b), or 0. */
static size_t title_len(const char *s, size_t b, size_t i)
{
    static const char *const t1[] = {"mevrouw", "de heer", "het lid", "het Kamerlid"};
    for (size_t t = 0; t < sizeof t1 / sizeof t1[0]; t++) {
        size_t e = word_at(s, b, i, t1[t]);
        if (e && e < b && ki_is_blank((unsigned char)s[e]))
            return ki_skip_blank(s, b, e) - i;
    }
    return 0;
}

/* The sponsors written in s[a..b) appended to tmp[*nt..16); the speaker
 * ("mij", "ondergetekende", the subject's "ik") is the member whose label the text gives above
 * (speaker_label()), left out when there is none. */
static ki_status sponsors_into(struct ki_scan *sc, ki_sponsor *tmp, size_t *ntp, bool *cs, size_t a, size_t b,
                               bool me_ok)
{
    const char *s = sc->s;
    const size_t first = *ntp;
    size_t nt = first;
    size_t i = a;
    while (i < b && nt < 16) {
        i = ki_skip_blank(s, b, i);
        if (i >= b)
            break;
        if (starts_ci(s, b, i, "c.") || word_at(s, b, i, "cs")) {
            *cs = true;
            /* "Tielen c.s. (VVD)": the party of the first named */
            size_t j = i + 2;
            while (j < b && (ki_is_blank((unsigned char)s[j]) || s[j] == 's' || s[j] == 'S' || s[j] == '.'))
                j++;
            const char *cp = j < b && s[j] == '(' ? memchr(s + j, ')', b - j) : NULL;
            if (cp && nt > first && !tmp[first].party) {
                tmp[first].party = kd_clean_copy(sc->r, s, j + 1, (size_t)(cp - s));
                if (!tmp[first].party)
                    return KI_ERR_NOMEM;
            }
            break;
        }
        i += title_len(s, b, i);
        size_t me = word_at(s, b, i, "mij");
        if (!me)
            me = word_at(s, b, i, "mijzelf");
        if (!me)
            me = word_at(s, b, i, "ondergetekende");
        if (!me)
            me = word_at(s, b, i, "ik"); /* "Mevrouw Kuik en ik hebben ..." */
        if (me) {
            size_t ps, pe;
            *ntp = nt;
            if (me_ok && speaker_label(sc, a, &ps, &pe)) {
                ki_status st = sponsors_into(sc, tmp, ntp, cs, ps, pe, false);
                if (st)
                    return st;
            }
            nt = *ntp;
            i = ki_skip_blank(s, b, me);
            size_t k;
            if (i < b && s[i] == ',')
                i = ki_skip_blank(s, b, i + 1);
            if ((k = word_at(s, b, i, "en")))
                i = k;
            continue;
        }
        /* the name runs to "(", ",", "/", "&", " en " or the end */
        size_t e = i;
        while (e < b && s[e] != '(' && s[e] != ',' && s[e] != '/' && s[e] != '&') {
            if (ki_is_blank((unsigned char)s[e])) {
                size_t k = ki_skip_blank(s, b, e);
                if ((word_at(s, b, k, "en") && k > e) || starts_ci(s, b, k, "c.s") || word_at(s, b, k, "cs"))
                    break;
            }
            e++;
        }
        size_t ne = e;
        while (ne > i && ki_is_blank((unsigned char)s[ne - 1]))
            ne--;
        /* a footnote mark glued to the name: "Ozutok1 (GroenLinks)" */
        size_t nd = ne;
        while (nd > i && ne - nd < 2 && ki_is_digit((unsigned char)s[nd - 1]))
            nd--;
        if (nd < ne && nd > i && !ki_is_digit((unsigned char)s[nd - 1]) && !ki_is_blank((unsigned char)s[nd - 1]))
            ne = nd;
        char *party = NULL;
        size_t j = ki_skip_blank(s, b, e);
        if (j < b && s[j] == '(') {
            const char *cp = memchr(s + j, ')', b - j);
            if (cp) {
                party = kd_clean_copy(sc->r, s, j + 1, (size_t)(cp - s));
                if (!party)
                    return KI_ERR_NOMEM;
                j = (size_t)(cp - s) + 1;
            }
        }
        /* "Van der Plas en Vermeer (beiden SGP)": the party of all named
         * so far that have none */
        size_t pw = 0;
        if (party && ((pw = word_at(party, strlen(party), 0, "beiden")) ||
                      (pw = word_at(party, strlen(party), 0, "beide")) ||
                      (pw = word_at(party, strlen(party), 0, "allen")) ||
                      (pw = word_at(party, strlen(party), 0, "allebei")))) {
            party += ki_skip_blank(party, strlen(party), pw);
            for (size_t q = first; q < nt; q++)
                if (!tmp[q].party)
                    tmp[q].party = party;
        }
        if (ne > i) {
            tmp[nt].name = norm_name(sc->r, s, i, ne);
            tmp[nt].party = party;
            if (!tmp[nt].name)
                return KI_ERR_NOMEM;
            nt++;
        }
        j = ki_skip_blank(s, b, j);
        if (j < b && (s[j] == ',' || s[j] == '/' || s[j] == '&'))
            j++;
        j = ki_skip_blank(s, b, j);
        size_t k;
        if ((k = word_at(s, b, j, "en")))
            j = k;
        if (j <= i)
            j = i + 1;
        i = j;
    }
    *ntp = nt;
    return KI_OK;
}

/* Splits "Temmink (SP) en Mutluer (GL-PvdA)", "Van der Werf/Becker",
 * "Van Nispen c.s.", "de heer Jansen en mevrouw Pietersen (CDA)" into
 * sponsors, after those m has already (a member named apart: "Met mevrouw
 * Kuik dien ik de volgende motie in"); one named twice is kept once. */
static ki_status parse_sponsors(struct ki_scan *sc, ki_motion *m, size_t a, size_t b)
{
    ki_sponsor tmp[16];
    size_t nt = 0;
    ki_status st = sponsors_into(sc, tmp, &nt, &m->cs, a, b, true);
    if (st)
        return st;
    size_t keep = 0;
    for (size_t q = 0; q < nt; q++) {
        bool dup = false;
        for (size_t o = 0; o < m->nsponsors && !dup; o++)
            dup = strcasecmp(m->sponsors[o].name, tmp[q].name) == 0;
        if (!dup)
            tmp[keep++] = tmp[q];
    }
    if (keep) {
        ki_sponsor *v = ki_refs_alloc(sc->r, (m->nsponsors + keep) * sizeof *v);
        if (!v)
            return KI_ERR_NOMEM;
        if (m->nsponsors)
            memcpy(v, m->sponsors, m->nsponsors * sizeof *v);
        memcpy(v + m->nsponsors, tmp, keep * sizeof *tmp);
        m->sponsors = v;
        m->nsponsors += keep;
    }
    return KI_OK;
}

/* The movers who sign a motion below its text, one a line in s[a, b)
 * ("Krul⏎Paulusma"): each line's through parse_sponsors(). */
static ki_status signer_lines(struct ki_scan *sc, ki_motion *m, size_t a, size_t b)
{
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t ls = a; ls < b; ls = kd_line_end(s, n, ls) + 1) {
        size_t le = kd_line_end(s, n, ls), w = ki_skip_blank(s, le, ls), t = le < b ? le : b;
        while (t > w && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        ki_status st = w < t ? parse_sponsors(sc, m, w, t) : KI_OK;
        if (st)
            return st;
    }
    return KI_OK;
}

/* The records of one kind: their count, and the span of record k. */
size_t kd_nrefs(const ki_refs *r, int kind)
{
    return kind == REF_KST ? r->nkamerstukken : kind == REF_HAND ? r->nhandelingen : r->ntk_numbers;
}

const ki_span *kd_ref_span(const ki_refs *r, int kind, size_t k)
{
    return kind == REF_KST    ? &r->kamerstukken[k].span
           : kind == REF_HAND ? &r->handelingen[k].span
                              : &r->tk_numbers[k].span;
}

/* Notes whether each kind's records are in text order (they are as the scan
 * finds them; in_order makes that a checked fact, not an assumption), so
 * that the lookups below can use binary search. */
void kd_note_order(struct ki_scan *sc)
{
    for (int kind = REF_KST; kind <= REF_TK; kind++) {
        size_t cnt = kd_nrefs(sc->r, kind), k = 1;
        while (k < cnt && kd_ref_span(sc->r, kind, k - 1)->start <= kd_ref_span(sc->r, kind, k)->start)
            k++;
        sc->in_order[kind] = k >= cnt;
    }
}

/* The first record of a kind that may start at or after a: found by binary
 * search when the records are in text order, else 0 (the caller then walks
 * them all and tests each start). */
size_t kd_ref_from(const struct ki_scan *sc, int kind, size_t a)
{
    size_t lo = 0, hi = kd_nrefs(sc->r, kind);
    if (!sc->in_order[kind])
        return 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (kd_ref_span(sc->r, kind, mid)->start < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Index of the first Kamerstuk starting in [a, b), or -1. */
long kd_kst_in(const struct ki_scan *sc, size_t a, size_t b)
{
    const ki_refs *r = sc->r;
    for (size_t i = kd_ref_from(sc, REF_KST, a); i < r->nkamerstukken; i++) {
        if (r->kamerstukken[i].span.start >= a && r->kamerstukken[i].span.start < b)
            return (long)i;
        if (sc->in_order[REF_KST] && r->kamerstukken[i].span.start >= b)
            break;
    }
    return -1;
}



/* Whether the word s[a, b) ends as an adjective before a noun does
 * ("Europese", "Nationale", "Caribische", "Wettelijke"). */
static bool adjective_word(const char *s, size_t a, size_t b)
{
    if (b - a < 5)
        return false;
    char t[8];
    for (size_t k = 0; k < 5; k++)
        t[k] = (char)ki_lower((unsigned char)s[b - 5 + k]);
    t[5] = '\0';
    bool cons = strchr("aeiouys", t[2]) == NULL;
    /* a present participle: "Passend", "Dreigende" */
    bool part = strcmp(t + 2, "end") == 0 ? strchr("aeiou", t[1]) == NULL : strcmp(t + 1, "ende") == 0;
    return (t[3] == 's' && t[4] == 'e' && (cons || t[2] == 'e')) || strcmp(t + 2, "ale") == 0 ||
           strcmp(t + 1, "sche") == 0 || strcmp(t, "lijke") == 0 || part;
}

/* Whether the word s[a, b) ends as a noun of a title does ("Samenvoeging",
 * "Herindeling", "Veiligheid", "Participatie"). */
static bool noun_word(const char *s, size_t a, size_t b)
{
    static const char *const noun_end[] = {"ging", "ering", "eling", "ning", "ming", "king", "ding", "heid",
                                           "schap", "tie", "isme", "teit", NULL};
    for (const char *const *e = noun_end; *e; e++) {
        size_t l = strlen(*e);
        if (b - a > l + 2 && starts_ci(s, b, b - l, *e))
            return true;
    }
    return false;
}

/* Whether the word s[a, b) is a common noun by its head, which no surname
 * ends in: a compound's last part ("Vreemdelingenbeleid", "Klimaatakkoord",
 * "Stikstof", "Omgevingswet", "Actieplan"), also in the plural
 * ("Onderwijsachterstanden", "Zorgkosten", "Energieprijzen"), or an abstract
 * noun's suffix ("Bestaanszekerheid", "Burgerschap", "Racisme",
 * "Kwaliteit", "Participatie"), at least three letters before it ("Kaplan"
 * is a name).  A word of seventeen letters or more is a compound noun too:
 * a surname that long is written in parts ("Schimmelpenninck van der Oye"). */
static bool topic_head(const char *s, size_t a, size_t b)
{
    static const char *const head[] = {"beleid", "akkoord", "stof", "wet", "plan", "fonds", "zorg", "recht",
                                       "markt", "vervoer", "verkeer", "onderwijs", "wezen", "stelsel", "agenda",
                                       "heid", "schap", "isme", "teit", "tie",
                                       /* heads in the plural, and more of a policy's */
                                       "wetten", "plannen", "rechten", "markten", "standen", "kosten", "lasten",
                                       "tekorten", "prijzen", "tarieven", "middelen", "gelden", "maatregelen",
                                       "kansen", "problemen", "problematiek", "regels", "normen", "doelen",
                                       "toeslag", "toeslagen", "opvang", "bouw", "instroom", "uitstoot",
                                       "onderzoek", "steun", "hulp", "zaken", "scholen", "woningen", "tekort",
                                       "plaats", "plaatsen", "welzijn", "vesting", "armoede", "schulden",
                                       "wonen", "kinderen", "jongeren", "ouders", "leraren", "dieren", "banen",
                                       "klimaat", "natuur", "energie", "pensioen", "pensioenen", NULL};
    size_t letters = 0;
    for (size_t i = a; i < b; i++) /* characters: no UTF-8 continuation byte */
        letters += ((unsigned char)s[i] < 0x80 && ki_is_letter((unsigned char)s[i])) || (unsigned char)s[i] >= 0xC0;
    if (letters >= 17)
        return true;
    for (const char *const *h = head; *h; h++) {
        size_t l = strlen(*h);
        if (b - a >= l + 3 && starts_ci(s, b, b - l, *h))
            return true;
    }
    return false;
}

/* Whether the word s[a, b) is a common noun of a policy's title as it
 * stands ("Passend Onderwijs", "Veilig Wonen", "Betaalbare Zorg"), which no
 * surname is. */
static bool topic_word(const char *s, size_t a, size_t b)
{
    static const char *const noun[] = {"onderwijs", "zorg", "wonen", "klimaat", "natuur", "energie", "veiligheid",
                                       "welzijn", "armoede", "werk", "markt", "agenda", "beleid", "recht",
                                       "vervoer", "verkeer", "landbouw", "defensie", "cultuur", "sport",
                                       "gezondheid", "pensioen", "pensioenen", "asiel", "migratie", NULL};
    return kd_word_in_list(s, a, b, noun) || topic_head(s, a, b);
}

/* Whether the capitalised word s[a, b) is written as a member's name within
 * TOPIC_WIN bytes of a: after "lid", "leden", "de heer", "mevrouw", "motie-"
 * or a slash ("motie-Jansen/Stikstof"), or before a party in brackets, "c.s."
 * or a slash.  member_at(): so at i, where the word (l bytes) stands. */
#define TOPIC_WIN 30000
static bool member_at(const char *s, size_t n, size_t i, size_t l)
{
    static const char *const before[] = {"lid ", "leden ", "heer ", "mevrouw ", "motie-", "moties-", "/", NULL};
    if ((i > 0 && ki_is_letter((unsigned char)s[i - 1])) ||
        (i + l < n && (ki_is_letter((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0x80)))
        return false;
    for (const char *const *w = before; *w; w++) {
        size_t wl = strlen(*w);
        if (i >= wl && starts_ci(s, i, i - wl, *w) && (wl == 1 || i == wl || !ki_is_letter((unsigned char)s[i - wl - 1])))
            return true;
    }
    size_t k = i + l;
    if (k < n && s[k] == '/')
        return true;
    k = ki_skip_blank(s, n, k);
    if (k + 1 < n && s[k] == '(' && is_upper((unsigned char)s[k + 1]))
        return true;
    return starts_ci(s, n, k, "c.s.");
}

static bool named_as_member(const char *s, size_t n, size_t a, size_t b)
{
    size_t l = b - a, lo = a > TOPIC_WIN ? a - TOPIC_WIN : 0, hi = a + TOPIC_WIN < n ? a + TOPIC_WIN : n;
    /* the word's places, by memmem: the window is long */
    const char *found;
    for (size_t i = lo; i + l <= hi && (found = memmem(s + i, hi - i, s + a, l)); i++) {
        i = (size_t)(found - s);
        if (member_at(s, n, i, l))
            return true;
    }
    return false;
}

/* Whether the capitalised word s[a, b) is written in lower case as a word
 * of its own within TOPIC_WIN bytes: a common noun ("de motie Stikstof" in a
 * letter about "stikstof"), which a surname seldom is.  lower_at(): so at i,
 * where the word's bytes after its first stand after c0, that letter in
 * lower case. */
static bool lower_at(const char *s, size_t n, size_t i, size_t l, char c0)
{
    return s[i] == c0 &&
           !(i > 0 && (ki_is_letter((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80 || s[i - 1] == '-')) &&
           !(i + l < n && (ki_is_letter((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0x80 || s[i + l] == '-'));
}

static bool written_lower(const char *s, size_t n, size_t a, size_t b)
{
    size_t l = b - a, lo = a > TOPIC_WIN ? a - TOPIC_WIN : 0, hi = a + TOPIC_WIN < n ? a + TOPIC_WIN : n;
    if (l < 4 || !is_upper((unsigned char)s[a]))
        return false;
    char c0 = (char)ki_lower((unsigned char)s[a]);
    /* the word's places after its first letter, by memmem (the window is
     * long); that letter in lower case before */
    const char *found;
    for (size_t j = lo + 1; j + l - 1 <= hi && (found = memmem(s + j, hi - j, s + a + 1, l - 1)); j++) {
        j = (size_t)(found - s);
        if (lower_at(s, n, j - 1, l, c0))
            return true;
    }
    return false;
}

/* Whether the capitalised word s[a, b) stands elsewhere within TOPIC_WIN
 * bytes right after a preposition of place ("in Europa", "naar Groningen",
 * "binnen Nederland"): a place, which a member's surname never follows.
 * place_at(): so at i, where the word stands. */
static bool place_at(const char *s, size_t n, size_t lo, size_t a, size_t i, size_t l)
{
    static const char *const prep[] = {"in", "uit", "naar", "binnen", "buiten", NULL};
    if (i == a || s[i] != s[a] || i < 3 || s[i - 1] != ' ' ||
        (i + l < n && (ki_is_letter((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0x80)))
        return false;
    size_t e = i - 1, w = e;
    while (w > lo && ki_is_letter((unsigned char)s[w - 1]))
        w--;
    return w < e && kd_word_in_list(s, w, e, prep) && (w == 0 || !ki_is_letter((unsigned char)s[w - 1]));
}

static bool after_place_word(const char *s, size_t n, size_t a, size_t b)
{
    size_t l = b - a, lo = a > TOPIC_WIN ? a - TOPIC_WIN : 0, hi = a + TOPIC_WIN < n ? a + TOPIC_WIN : n;
    /* the word's places, by memmem: the window is long */
    const char *found;
    for (size_t i = lo; i + l <= hi && (found = memmem(s + i, hi - i, s + a, l)); i++) {
        i = (size_t)(found - s);
        if (place_at(s, n, lo, a, i, l))
            return true;
    }
    return false;
}

/* (written_lower() || after_place_word()) && !named_as_member(): a common
 * word or a place, not a member's name.  One memmem pass over the window
 * for the word without its first letter finds the places of all three
 * (the word as written where that letter stands before, in lower case
 * where its lower case does), where each walked the window of 60 KB. */
static bool topic_not_member(const char *s, size_t n, size_t a, size_t b)
{
    size_t l = b - a, lo = a > TOPIC_WIN ? a - TOPIC_WIN : 0, hi = a + TOPIC_WIN < n ? a + TOPIC_WIN : n;
    if (l < 2)
        return (written_lower(s, n, a, b) || after_place_word(s, n, a, b)) && !named_as_member(s, n, a, b);
    bool can_lower = l >= 4 && is_upper((unsigned char)s[a]), common = false;
    char c0 = (char)ki_lower((unsigned char)s[a]);
    const char *found;
    for (size_t j = lo + 1; j + l - 1 <= hi && (found = memmem(s + j, hi - j, s + a + 1, l - 1)); j++) {
        j = (size_t)(found - s);
        size_t i = j - 1;
        if (s[i] == s[a]) {
            if (member_at(s, n, i, l))
                return false;
            common = common || place_at(s, n, lo, a, i, l);
        } else if (can_lower && !common) {
            common = lower_at(s, n, i, l, c0);
        }
    }
    return common;
}

/* Is s[a, e) a past participle, lower case, six letters or more, ending
 * in d, t or en: "ge-" after a separable particle or none ("gelezen",
 * "meegenomen", "uitgewerkt"), or "be-", "ver-", "ont-", "her-"
 * ("betrokken", "verwerkt", "ontvangen")? */
static bool participle(const char *s, size_t a, size_t e)
{
    static const char *const part[] = {"aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe",
                                       "uit", "vast", "voor", "weg", ""};
    static const char *const pre[] = {"ge", "be", "ver", "ont", "her"};
    if (e - a < 6 || !(s[a] >= 'a' && s[a] <= 'z'))
        return false;
    for (size_t k = a; k < e; k++)
        if (!(s[k] >= 'a' && s[k] <= 'z'))
            return false;
    bool end = s[e - 1] == 'd' || s[e - 1] == 't' || (s[e - 2] == 'e' && s[e - 1] == 'n');
    if (!end)
        return false;
    for (size_t p = 0; p < sizeof part / sizeof part[0]; p++) {
        size_t pl = strlen(part[p]);
        if (e - a <= pl + 4 || strncmp(s + a, part[p], pl) != 0)
            continue;
        for (size_t q = 0; q < sizeof pre / sizeof pre[0]; q++)
            if ((pl == 0 || q == 0) && strncmp(s + a + pl, pre[q], strlen(pre[q])) == 0)
                return true;
    }
    return false;
}

/*
 * Whether a lone name right after "motie" or "motie-" (s[ns..ne), no party,
 * no c.s., no second name) is a sponsor: the capital alone does not say so.
 * "Stemming motie Europese top over ...", "Motie Stikstof en natuur",
 * "motie Samenvoeging van de gemeenten ...": a title, whose first word is
 * an adjective ("Europese", "Nationale") or is followed by a noun.  A name
 * is followed by what follows a name: "over", "c.s.", a bracket, a comma, a
 * verb ("is aangenomen", "verzoekt"), "en" with another name, the end of
 * the line, or a verb and its subject ("De motie-Kops acht ik ...").  In a
 * title (the line opens with "motie", "Stemming motie"), "en", "of" or a
 * preposition with an article and a noun ("en natuur", "van de gemeenten",
 * "op de kinderopvang") go on with the title.
 */
bool kd_bare_name_backed(const char *s, size_t n, size_t ns, size_t ne, bool title, bool dash)
{
    static const char *const fn[] = {
        "over", "inzake", "met", "om", "is", "was", "wordt", "werd", "worden", "werden", "zijn", "waren",
        "heeft", "had", "hebben", "heb", "kan", "kon", "kunnen", "zal", "zullen", "zou", "moet", "mag", "die",
        "dat", "waarin",
        "waarmee", "waarbij", "waarvan", "waarop", "waarover", "ter", "tot", "uit", "in", "op", "aan",
        "bij", "voor", "na", "naar", "als", "niet", "nog", "ook", "al", "reeds", "inmiddels", "verzoekt",
        "vraagt", "verzocht", "vroeg", "roept", "riep", "beoogt", "beoogde", "houdende", "luidt", "stelt",
        "gaat", "ging", "betreft", "betrof", "draagt", "wil", "wilde", "vergt", "behelst", "tevens",
        "eveneens", "daarover", "hierover", "destijds", "toen", "zelf", "aangenomen", "verworpen",
        "aangehouden", "ingetrokken", "ingediend", "uitgevoerd", "afgedaan", "gewijzigd", "en", "of",
        "van", "de", "het", "een", "deze", "dit",
        /* adverbs before the verb: "heb ik de motie-Klaver volledig uitgevoerd" */
        "volledig", "deels", "gedeeltelijk", "grotendeels", "geheel", "daarmee", "hiermee", "echter",
        "dan", "nu", "thans", "wel", "dus", "verder", "namelijk", "overigens", "eerder", "later", "alsnog",
        "eerst", "vandaag", "gisteren", "mede", NULL};
    static const char *const subj[] = {"ik", "wij", "we", "u", "hij", "zij", "het", NULL};
    /* "Motie" alone on its line, a label below it ("Motie⏎⏎Nummer: 2025D03540"):
     * a page's type and its next field.  A name follows "motie" in its
     * sentence: never past a blank line, and on the next line not as a label
     * ending in ":" */
    if (!dash) {
        int nl = 0;
        for (size_t b = ns; b > 0 && ki_is_blank((unsigned char)s[b - 1]); b--)
            nl += s[b - 1] == '\n';
        size_t c = ne;
        while (c < n && (s[c] == ' ' || s[c] == '\t'))
            c++;
        if (nl >= 2 || (nl == 1 && c < n && s[c] == ':'))
            return false;
    }
    /* the first word: "Europese", "Nationale", "Nederlandse", "Caribische" */
    size_t w = ns;
    while (w < ne && ki_is_letter((unsigned char)s[w]))
        w++;
    /* a form's answer, not a name: "Toezegging / motie       Ja" */
    static const char *const answer[] = {"ja", "nee", "geen", "nvt", NULL};
    if (kd_word_in_list(s, ns, w, answer))
        return false;
    for (size_t x = ns; x < ne; x++)
        if (s[x] == '(' || s[x] == '/' || s[x] == ',' || s[x] == '&' || word_at(s, ne, x, "en") ||
            starts_ci(s, ne, x, "c.") || word_at(s, ne, x, "cs"))
            return true;
    /* a surname with its prefix ("Van Dam", "De Graaf", "Ter Horst", "Van
     * der Werf"): no title opens so, unless the word after the prefixes is
     * an adjective or a noun ("De Europese ...") */
    {
        static const char *const pfx[] = {"van", "de", "der", "den", "ter", "ten", "te", NULL};
        size_t x = ns, we = w;
        bool had = false;
        while (we > x && kd_word_in_list(s, x, we, pfx)) {
            had = true;
            x = ki_skip_blank(s, ne, we);
            we = x;
            while (we < ne && ki_is_letter((unsigned char)s[we]))
                we++;
        }
        if (had && we > x && is_upper((unsigned char)s[x])) {
            if (!adjective_word(s, x, we) && !noun_word(s, x, we))
                return true;
            ns = x;
            w = we;
        }
    }
    if (adjective_word(s, ns, w))
        return false;
    /* a later word of the name that is a common noun: "Passend Onderwijs",
     * "Veilig Wonen" (not "Mei Li Vos", "Remco Dijkstra") */
    for (size_t x = ki_skip_blank(s, ne, w); x < ne;) {
        size_t xe = kd_word_end(s, ne, x);
        if (xe == x)
            break;
        if (is_upper((unsigned char)s[x]) && topic_word(s, x, xe))
            return false;
        x = ki_skip_blank(s, ne, xe);
    }
    /* a common noun by its head ("de motie Vreemdelingenbeleid is ...");
     * after "motie " (a name is written "motie-X") also one the text writes
     * in lower case, or as a place ("in Europa"), and never as a member's
     * name ("de motie Stikstof" in a letter about stikstof) */
    if (topic_head(s, ns, w) ||
        (!dash && topic_not_member(s, n, ns, w)))
        return false;
    /* a noun's ending ("Samenvoeging", "Herindeling", "Veiligheid",
     * "Participatie"): a title, unless what follows is "over" or a verb */
    if (noun_word(s, ns, w)) {
        static const char *const strong[] = {"over", "inzake", "is", "was", "wordt", "werd", "worden", "werden",
                                             "heeft", "had", "verzoekt", "vraagt", "verzocht", "aangenomen",
                                             "verworpen", "aangehouden", "ingetrokken", "uitgevoerd", NULL};
        size_t x = ki_skip_blank(s, n, ne);
        return x < n && kd_word_in_list(s, x, kd_word_end(s, n, x), strong);
    }
    /* "Motie Mei Li Vos is ...": further capitalised words of the name */
    size_t i = ne;
    for (int caps = 0;; caps++) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || (unsigned char)s[i] == 0xA0 || (unsigned char)s[i] == 0xC2))
            i++;
        if (i >= n || s[i] == '\n' || s[i] == '\r')
            return true; /* the end of the line */
        if (!is_upper((unsigned char)s[i]) || caps == 2)
            break;
        i = kd_word_end(s, n, i);
    }
    if (!ki_is_letter((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
        return true; /* a bracket, a comma, a full stop, a number */
    if (is_upper((unsigned char)s[i]))
        return false;
    size_t e = kd_word_end(s, n, i);
    size_t j = ki_skip_blank(s, n, e);
    size_t je = kd_word_end(s, n, j);
    /* "De motie-Kops acht ik ...": a verb and its subject */
    if (je > j && kd_word_in_list(s, j, je, subj) && (je >= n || !ki_is_letter((unsigned char)s[je])))
        return true;
    /* "motie-X" (how a member's motion is written) before a past
     * participle: "heeft de motie-Nijboer betrokken bij ...", "Ik heb de
     * motie-Kops gelezen." */
    if (dash && participle(s, i, e))
        return true;
    if (!kd_word_in_list(s, i, e, fn))
        return false;
    static const char *const prep[] = {"van", "op", "voor", "in", "bij", "aan", "naar", "tegen", "tussen", NULL};
    bool pr = kd_word_in_list(s, i, e, prep);
    if (title && (word_at(s, e, i, "en") || word_at(s, e, i, "of") || pr)) {
        /* "en natuur": a title; "en Mutluer", "en de motie ...": names */
        if (j >= n || !ki_is_letter((unsigned char)s[j]) || is_upper((unsigned char)s[j]))
            return true;
        if (pr && !kd_word_in_list(s, j, je, fn))
            return true; /* "van vorige week", "op stuk nr. 24" */
        if (pr) {
            /* "van de gemeenten", "op de kinderopvang": a title; "van de SP": a name */
            size_t k = ki_skip_blank(s, n, je);
            return k < n && (is_upper((unsigned char)s[k]) || ki_is_digit((unsigned char)s[k]));
        }
        return kd_word_in_list(s, j, je, fn);
    }
    return true;
}

/* Whether "motie" at pos opens the title of an item: on its line before it
 * only a number, a bullet or "Stemming(en)" ("14 Stemming motie ...",
 * "- Motie ..."). */
bool kd_item_title(const char *s, size_t pos)
{
    size_t i = kd_line_start(s, pos);
    while (i < pos) {
        size_t e;
        if (ki_is_blank((unsigned char)s[i]) || ki_is_digit((unsigned char)s[i]) || strchr("-*.)", s[i]))
            i++;
        else if ((e = word_at(s, pos, i, "Stemming")) || (e = word_at(s, pos, i, "Stemmingen")))
            i = e;
        else if ((unsigned char)s[i] == 0xE2 && i + 2 < pos) /* a bullet "•" */
            i += 3;
        else
            return false;
    }
    return true;
}


/*
 * The sponsors in the bracket that opens at a, after a motion's number ("de
 * motie Kamerstuk 32 793, nr. 181 (Wolbert)"): true with the names in
 * [*ns, *ne) and *close just after the ')'.  A bracket with no lower-case
 * letter is a party or an abbreviation ("(SP)", "(EK)"), not a member.
 */
static bool bracket_names(struct ki_scan *sc, size_t a, size_t *ns, size_t *ne, size_t *close)
{
    const char *s = sc->s;
    size_t n = sc->n;
    if (a >= n || s[a] != '(')
        return false;
    size_t len = a + 120 < n ? cp_fwd(s, n, a + 120) : n;
    if (kd_run_p(sc->d, KI_P_SPONSORS, s, len, a + 1, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
        return false;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_SPONSORS]);
    size_t e = ki_skip_blank(s, n, ov[1]);
    if (e >= n || s[e] != ')')
        return false;
    bool lower = false;
    for (size_t x = ov[0]; x < ov[1] && !lower; x++)
        lower = s[x] >= 'a' && s[x] <= 'z';
    if (!lower)
        return false;
    *ns = ov[0];
    *ne = ov[1];
    *close = e + 1;
    return true;
}

static bool names_at(struct ki_scan *sc, size_t a, size_t len, const char *want, size_t *ns, size_t *ne);

/* Is w (lower case) the word right before s[pos]? */
static bool word_before(const char *s, size_t pos, const char *w)
{
    size_t e, b = ki_word_before(s, 0, pos, &e);
    return b < e && word_at(s, e, b, w) == e;
}

/* The participles that say a motion was moved ("ingediend", "voorgesteld",
 * "ingebracht", "aangekondigd"): the word at i, or 0. */
static size_t moved_word(const char *s, size_t n, size_t i)
{
    static const char *const w[] = {"ingediend", "voorgesteld", "ingebracht", "aangekondigd"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t e = word_at(s, n, i, w[k]);
        if (e)
            return e;
    }
    return 0;
}

/* Does the clause after a motion's trigger, s[a..b), say it was moved
 * ("een motie ingediend over X", "een motie over X ingediend"), or the
 * particle after it with the verb before ("In het debat kondigde het lid X
 * een motie aan over Y", "diende het lid X een motie in")?  ss is the
 * sentence start. */
static bool moved_after(const char *s, size_t n, size_t ss, size_t a, size_t b)
{
    /* (not the present "kondigt een motie aan": a verslag's note of a motion
     * still to come, in the tweeminutendebat it asks for) */
    static const char *const verb[] = {"diende", "dienden", "dient", "kondigde", "kondigden", NULL};
    if (b > n)
        b = n;
    size_t p = ki_skip_blank(s, b, a);
    bool part = word_at(s, b, p, "aan") || word_at(s, b, p, "in");
    /* the particle after the motion's subject: "diende ik de motie over X in
     * (29 477, nr. 897)", "... in." */
    for (size_t x = p; !part && x < b && s[x] != ',' && s[x] != ';' && s[x] != '(' && s[x] != '.'; x++) {
        size_t e = (x == p || ki_is_blank((unsigned char)s[x - 1])) ? word_at(s, b, x, "in") : 0;
        if (e) {
            size_t q = ki_skip_blank(s, b, e);
            part = q >= b || s[q] == '(' || s[q] == '.' || s[q] == ';';
        }
    }
    if (part)
        for (size_t x = ss; x < a; x++)
            if ((x == ss || !ki_is_letter((unsigned char)s[x - 1])) && kd_word_in_list(s, x, kd_word_end(s, a, x), verb))
                return true;
    for (size_t x = a; x < b; x++) {
        if (s[x] == ';' || (s[x] == ',' && !ki_is_digit((unsigned char)s[x + 1 < n ? x + 1 : x])))
            return false;
        if ((x == a || ki_is_blank((unsigned char)s[x - 1])) && moved_word(s, b, x))
            return true;
    }
    return false;
}

/*
 * A motion named by its number before its sponsors, or after them:
 *   1 "de motie 25295, letter AR, de motie van het lid X" (the next trigger,
 *     mv[i + 1], is the same motion: *skip = 1) and "de motie op stuk nr. 21
 *     van het lid X": the names follow the number k;
 *   2 "Op verzoek van het lid X stel ik voor de volgende door hem ingediende
 *     motie opnieuw aan te houden: 29544, nr. 959": they come before;
 *   3 "de motie Kamerstuk 32 793, nr. 181 (Wolbert)": in a bracket after it.
 * Sets the names (and the end) in *mi and returns 1, 2 or 3; 0 when none.
 */
static int names_apart(struct ki_scan *sc, const motinfo *mv, size_t nm, size_t i, long k,
                       motinfo *mi, size_t *skip)
{
    const char *s = sc->s;
    size_t n = sc->n;
    const ki_refs *r = sc->r;
    *skip = 0;
    size_t ke = 0;
    if (k >= 0 && r->kamerstukken[k].span.start >= mi->end && r->kamerstukken[k].span.start - mi->end <= 24) {
        ke = r->kamerstukken[k].span.end;
    } else if (k < 0) {
        /* "de motie op stuk nr. 12 van de heer X" with no dossier to give it a number */
        size_t a = ki_skip_blank(s, n, mi->end), e;
        if ((e = word_at(s, n, a, "op")))
            a = ki_skip_blank(s, n, e);
        if ((e = word_at(s, n, a, "stuk")))
            a = ki_skip_blank(s, n, e);
        if ((e = word_at(s, n, a, "nr")) && e < n && s[e] == '.') {
            size_t d = ki_skip_blank(s, n, e + 1), q = d;
            while (q < n && q - d < 4 && ki_is_digit((unsigned char)s[q]))
                q++;
            if (q > d)
                ke = q;
        }
    }
    if (ke) {
        size_t a = ki_skip_blank(s, n, ke), e, bs, be, bc;
        /* "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), ..." */
        if (k >= 0 && bracket_names(sc, a, &bs, &be, &bc)) {
            mi->names_s = bs;
            mi->names_e = be;
            mi->end = bc;
            return 3;
        }
        /* the bracket the number stands in, or the dossier in brackets
         * after it: "de motie (Kamerstuk 35 510, nr. 21) van het lid X",
         * "de motie op stuk nr. 21 (35510) van het lid X" */
        if (a < n && s[a] == ')') {
            a = ki_skip_blank(s, n, a + 1);
        } else if (a < n && s[a] == '(') {
            size_t q = a + 1;
            while (q < n && q - a < 16 && (ki_is_digit((unsigned char)s[q]) || s[q] == ' '))
                q++;
            if (q > a + 1 && q < n && s[q] == ')')
                a = ki_skip_blank(s, n, q + 1);
        }
        if (a < n && s[a] == ',')
            a = ki_skip_blank(s, n, a + 1);
        if (k >= 0 && (e = word_at(s, n, a, "de")) && i + 1 < nm && mv[i + 1].start == ki_skip_blank(s, n, e) &&
            mv[i + 1].names_s < mv[i + 1].names_e && !mv[i + 1].plural) {
            mi->names_s = mv[i + 1].names_s;
            mi->names_e = mv[i + 1].names_e;
            mi->end = mv[i + 1].end;
            *skip = 1;
            return 1;
        }
        size_t len = a + 300 < n ? cp_fwd(s, n, a + 300) : n;
        if (word_at(s, n, a, "van") &&
            kd_run_p(sc->d, KI_P_MOTION_OF, s, len, a, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) > 0) {
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_OF]);
            ki_hit h = {sc->d->re[KI_P_MOTION_OF], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_OF]),
                        s, ov[0], ov[1], KI_P_MOTION_OF, &sc->d->names[KI_P_MOTION_OF]};
            const char *gp;
            size_t gl;
            if (kd_group(&h, "of", &gp, &gl) && kd_group(&h, "names", &gp, &gl)) {
                mi->names_s = (size_t)(gp - s);
                mi->names_e = mi->names_s + gl;
                mi->end = ov[1];
                return 1;
            }
        }
    }
    /* "De leden X en Y hebben vorige week een motie ingediend over Z": the
     * members who moved it are the subject of its sentence */
    size_t ss0 = kd_sent_start(s, n, mi->start);
    if (!mi->plural && moved_after(s, n, ss0, mi->end, kd_sent_end(s, n, mi->end))) {
        for (size_t x = ss0; x < mi->start; x++) {
            bool door = word_at(s, mi->start, x, "door") != 0;
            /* "Door de leden X en Y wordt de volgende motie voorgesteld:" is
             * the chair's line before the motion read out (read_out_motion()) */
            if (door && word_before(s, mi->start, "volgende"))
                break;
            if (!(x == ss0 || ki_is_blank((unsigned char)s[x - 1])) ||
                !(word_at(s, mi->start, x, "het") || word_at(s, mi->start, x, "de") ||
                  word_at(s, mi->start, x, "mevrouw") || door))
                continue;
            size_t ns, ne;
            /* "X heb ik een motie ingediend" only after "(samen) met" */
            if (names_at(sc, x, mi->end, door ? "door" : "subj", &ns, &ne) && ne < mi->start &&
                (!word_at(s, n, ki_skip_blank(s, n, ne), "heb") || word_before(s, x, "met"))) {
                mi->names_s = ns;
                mi->names_e = ne;
                /* "Ik heb samen met de heer X een motie ingediend", "Samen
                 * met mevrouw Y hebben wij ...": the member speaking moved
                 * it with them */
                static const char *const we[] = {"ik", "wij", "we"};
                size_t ps, pe;
                if (!door && word_before(s, x, "met") && kd_word_in(s, ss0, mi->start, we, 3) != (size_t)-1 &&
                    speaker_label(sc, x, &ps, &pe)) {
                    mi->co_s = ns;
                    mi->co_e = ne;
                    mi->names_s = ps;
                    mi->names_e = pe;
                }
                return 2;
            }
        }
    }
    /* the form before the trigger ends "... door hem ingediende motie", "...
     * door de leden X en Y voorgestelde motie" or "... stel ik voor, haar motie" */
    size_t w = mi->start;
    while (w > 0 && ki_is_blank((unsigned char)s[w - 1]))
        w--;
    if (!(w >= 10 && starts_ci(s, n, w - 10, "ingediende")) && !(w >= 12 && starts_ci(s, n, w - 12, "voorgestelde")) &&
        !(w >= 5 && (word_at(s, w, w - 4, "haar") || word_at(s, w, w - 4, "zijn")) && !ki_is_letter((unsigned char)s[w - 5])) &&
        !(w >= 4 && word_at(s, w, w - 3, "hun") && !ki_is_letter((unsigned char)s[w - 4])))
        return 0;
    size_t ss = kd_sent_start(s, n, mi->start);
    if (mi->start - ss > 400)
        ss = mi->start - 400;
    size_t len = mi->start + 8 < n ? cp_fwd(s, n, mi->start + 8) : n;
    for (size_t off = cp_fwd(s, n, ss); off < mi->start;) {
        /* "Op verzoek van het lid X ... door hem ingediende motie", or "de
         * door de leden X en Y ingediende motie" (run from "door") */
        size_t v = kd_find_ci(s, mi->start, off, "verzoek"), dv = kd_find_ci(s, mi->start, off, "door ");
        bool door = dv != (size_t)-1 && (v == (size_t)-1 || dv < v);
        if (door)
            v = dv + 3;
        if (v == (size_t)-1 || v < off + 3)
            break;
        if (kd_run_p(sc->d, KI_P_MOTION_OF, s, len, v - 3, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) > 0) {
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_OF]);
            ki_hit h = {sc->d->re[KI_P_MOTION_OF], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_OF]),
                        s, ov[0], ov[1], KI_P_MOTION_OF, &sc->d->names[KI_P_MOTION_OF]};
            const char *gp;
            size_t gl;
            if (ov[1] == mi->start && (kd_group(&h, "req", &gp, &gl) || kd_group(&h, "door", &gp, &gl)) &&
                kd_group(&h, "names", &gp, &gl)) {
                mi->names_s = (size_t)(gp - s);
                mi->names_e = mi->names_s + gl;
                return 2;
            }
        }
        off = v + 7;
    }
    /* "heeft het lid Omtzigt verzocht om ... naar aanleiding van de door hem
     * ingediende motie": "hem"/"haar" is the member named before it in the
     * sentence */
    size_t pw = w >= 10 ? w - 10 : w, pe2, pb = ki_word_before(s, 0, pw, &pe2);
    if (w >= 10 && starts_ci(s, n, w - 10, "ingediende") && pb < pe2 &&
        (word_at(s, pe2, pb, "hem") == pe2 || word_at(s, pe2, pb, "haar") == pe2)) {
        static const char *const title[] = {"het lid", "het Kamerlid", "de heer", "mevrouw"};
        size_t best_s = 0, best_e = 0;
        for (size_t x = ss; x < pb; x++) {
            size_t t = 0;
            for (size_t q = 0; q < sizeof title / sizeof title[0] && !t; q++)
                t = word_at(s, pb, x, title[q]);
            if (!t)
                continue;
            /* the name: capitalised words, with prefixes between ("Van der Lee") */
            size_t a = ki_skip_blank(s, pb, t), y = a, ne = a;
            while (y < pb) {
                size_t we = kd_word_end(s, pb, y);
                if (we <= y)
                    break;
                if (is_upper((unsigned char)s[y]) || (unsigned char)s[y] >= 0xC0)
                    ne = we;
                else if (!is_prefix_word(s + y, we - y))
                    break;
                if (we >= pb || s[we] != ' ')
                    break;
                y = we + 1;
            }
            if (ne > a) {
                best_s = a;
                best_e = ne;
            }
            x = t;
        }
        if (best_e > best_s) {
            mi->names_s = best_s;
            mi->names_e = best_e;
            return 2;
        }
    }
    return 0;
}

/* Runs KI_P_MOTION_OF anchored at a; the names when group want is set. */
static bool names_at(struct ki_scan *sc, size_t a, size_t len, const char *want, size_t *ns, size_t *ne)
{
    if (kd_run_p(sc->d, KI_P_MOTION_OF, sc->s, len, a, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
        return false;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_OF]);
    ki_hit h = {sc->d->re[KI_P_MOTION_OF], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_OF]), sc->s,
                ov[0], ov[1], KI_P_MOTION_OF, &sc->d->names[KI_P_MOTION_OF]};
    const char *gp;
    size_t gl;
    if (!kd_group(&h, want, &gp, &gl) || !kd_group(&h, "names", &gp, &gl))
        return false;
    *ns = (size_t)(gp - sc->s);
    *ne = *ns + gl;
    return true;
}

/*
 * The member speaking at pos in Handelingen or a verslag: the nearest label
 * above, "De heer Jasper van Dijk (SP):" alone on its line or before the
 * words ("De heer Vendrik (GroenLinks): Voorzitter. ..."), with the names in
 * [*ns, *ne).  False when another label comes first ("De voorzitter:",
 * "Minister X:"), or none within a few pages: a letter has no speaker.
 */
static bool speaker_label(struct ki_scan *sc, size_t pos, size_t *ns, size_t *ne)
{
    const char *s = sc->s;
    size_t n = sc->n, lo = pos > 8000 ? pos - 8000 : 0;
    for (size_t ls = kd_line_start(s, pos);; ls = kd_line_start(s, ls - 1)) {
        size_t le = kd_line_end(s, n, ls), a = ls, t = le;
        while (a < le && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (t > a && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        /* "De heerKlaver (GroenLinks):", "Devoorzitter:": a source that
         * lost the blank after the title */
        bool member = a < pos && is_upper((unsigned char)s[a]) &&
                      (starts_ci(s, le, a, "De heer ") || starts_ci(s, le, a, "Mevrouw ") ||
                       ((starts_ci(s, le, a, "De heer") || starts_ci(s, le, a, "Mevrouw")) && a + 7 < le &&
                        is_upper((unsigned char)s[a + 7])));
        if (member && names_at(sc, a, le + 1 < n ? le + 1 : n, "spk", ns, ne))
            return *ne <= pos;
        /* another speaker's label: "De voorzitter:", "Minister Van Ark:" */
        const char *c = a < le ? memchr(s + a, ':', le - a < 80 ? le - a : 80) : NULL;
        if (c && is_upper((unsigned char)s[a]) &&
            ((member && (size_t)(c - s) + 1 == t) || starts_ci(s, le, a, "De voorzitter:") ||
             starts_ci(s, le, a, "Devoorzitter:") ||
             starts_ci(s, le, a, "Voorzitter:") || starts_ci(s, le, a, "Minister") ||
             starts_ci(s, le, a, "Staatssecretaris") || starts_ci(s, le, a, "De minister") ||
             starts_ci(s, le, a, "De staatssecretaris")))
            return false;
        if (ls <= lo)
            return false;
    }
}

/*
 * A motion read out in Handelingen ("Motie" alone on its line, then "De
 * Kamer,") whose closing "Deze motie is voorgesteld door ..." does not
 * follow before the next such heading (the record comes from that line when
 * it does): its sponsor is the member speaking, the label "De heer Smaling
 * (SP):" above it.  Sets the names in *mi; false when there is none.
 */
/* Is mi the heading of a motion read out: "Motie" alone on its line, then
 * "De Kamer,"?  Its end of line in *eol. */
static bool motion_heading(const struct ki_scan *sc, const motinfo *mi, size_t *eol)
{
    const char *s = sc->s;
    size_t n = sc->n, ls = kd_line_start(s, mi->start);
    if (ki_skip_blank(s, n, ls) != mi->start || !starts_ci(s, n, mi->start, "motie") ||
        mi->start + 5 != mi->end)
        return false;
    size_t e = mi->end;
    while (e < n && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r'))
        e++;
    *eol = e;
    return e < n && s[e] == '\n' && starts_ci(s, n, ki_skip_blank(s, n, e), "De Kamer,");
}

/* Is the motion at mi named in the sentence that ends its paragraph, right
 * before a motion's own text ("Vandaar de volgende motie.\n\nDe Kamer,\n\n
 * gehoord de beraadslaging, ..."), as older Handelingen print a motion read
 * out without a "Motie" line?  The end of its line in *eol. */
static bool body_follows(const struct ki_scan *sc, const motinfo *mi, size_t *eol)
{
    const char *s = sc->s;
    size_t n = sc->n, le = kd_line_end(s, n, mi->end), t = le;
    while (t > mi->end && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    if (t <= mi->end || t - mi->end > 400 || (s[t - 1] != '.' && s[t - 1] != ':'))
        return false;
    /* the last sentence of its paragraph: "dien ik een andere motie in.
     * Ik leg die motie ... voor." is one motion */
    if (kd_sent_end(s, n, mi->end) < t)
        return false;
    size_t k = ki_skip_blank(s, n, le);
    if (!starts_ci(s, n, k, "De Kamer,") || kd_line_end(s, n, k) - k > 12)
        return false;
    *eol = le;
    return starts_ci(s, n, ki_skip_blank(s, n, kd_line_end(s, n, k)), "gehoord de beraadslaging");
}

/* Is the word at s[a] (up to b) written as a party: capitals or a digit
 * after its first letter, or a slash ("GroenLinks", "VVD", "D66",
 * "RPF/GPV"), not a surname ("Dijk")? */
static bool party_word(const char *s, size_t b, size_t a)
{
    size_t e = kd_word_end(s, b, a);
    for (size_t i = a + 1; i < e; i++)
        if (is_upper((unsigned char)s[i]) || ki_is_digit((unsigned char)s[i]) || s[i] == '/')
            return true;
    return false;
}

/* Is s[a, ...) a party after "van" in a list of members ("Koenders van de
 * Partij van de Arbeid", "Vendrik van GroenLinks", "Van Dijke van
 * RPF/GPV"), not the rest of a name ("Jasper van Dijk", "Ineke van de
 * Ven")?  The item ends at ",", ".", " en " or b. */
static bool party_words(const char *s, size_t a, size_t b)
{
    size_t ie = a;
    while (ie < b && s[ie] != ',' && s[ie] != '.' && s[ie] != ';' &&
           !(ie > a && ki_is_blank((unsigned char)s[ie - 1]) && word_at(s, b, ie, "en")))
        ie++;
    if (word_at(s, ie, a, "het"))
        return true; /* "van het CDA" */
    size_t e;
    if ((e = word_at(s, ie, a, "de"))) {
        size_t w = ki_skip_blank(s, ie, e);
        if (w >= ie)
            return false;
        if (party_word(s, ie, w))
            return true; /* "van de VVD" */
        /* "van de Partij van de Arbeid": a capitalised word further on */
        if (!is_upper((unsigned char)s[w]))
            return false;
        for (size_t x = kd_word_end(s, ie, w); x < ie; x++)
            if (ki_is_blank((unsigned char)s[x]) && x + 1 < ie && is_upper((unsigned char)s[x + 1]))
                return true;
        return false;
    }
    return party_word(s, ie, a);
}

/* The members a motion read out is moved on behalf of, in its sentence
 * s[a, b): "Ik leg die motie graag mede namens de collega's Koenders van de
 * Partij van de Arbeid, Vendrik van GroenLinks en Van Dijke van RPF/GPV
 * voor." gives Koenders, Vendrik, Van Dijke (no party: none is bracketed). */
static ki_status namens_sponsors(struct ki_scan *sc, ki_motion *m, size_t a, size_t b)
{
    const char *s = sc->s;
    size_t x = a, w;
    while (x < b && !(w = word_at(s, b, x, "namens")))
        x++;
    if (x >= b)
        return KI_OK;
    x = ki_skip_blank(s, b, w);
    static const char *const lead[] = {"de collega's", "de collega\xE2\x80\x99s", "mijn collega's",
                                       "mijn collega\xE2\x80\x99s", "collega's", "de leden", "het lid",
                                       "collega", NULL};
    bool led = false;
    for (size_t k = 0; lead[k] && !led; k++)
        if (starts_ci(s, b, x, lead[k])) {
            x = ki_skip_blank(s, b, x + strlen(lead[k]));
            led = true;
        }
    /* members, not a party ("namens de VVD-fractie", "namens GroenLinks") */
    if (!led && !title_len(s, b, x))
        return KI_OK;
    while (x < b) {
        x += title_len(s, b, x);
        /* the name: capitalised words and the prefixes between them */
        size_t ns = x, ne = x, y = x;
        bool any = false;
        while (y < b) {
            size_t we = kd_word_end(s, b, y);
            if (we <= y)
                break;
            if (is_upper((unsigned char)s[y])) {
                any = true;
                ne = we;
            } else if (!(word_at(s, b, y, "van") && party_words(s, ki_skip_blank(s, b, we), b)) &&
                       (is_prefix_word(s + y, we - y) || word_at(s, b, y, "van"))) {
                /* "Jasper van Dijk": a prefix before the surname */
            } else {
                break;
            }
            if (we < b && (s[we] == ',' || s[we] == '.' || s[we] == ':'))
                break;
            y = ki_skip_blank(s, b, we);
        }
        if (!any)
            break;
        ki_sponsor sp = {norm_name(sc->r, s, ns, ne), NULL};
        if (!sp.name)
            return KI_ERR_NOMEM;
        bool dup = false;
        for (size_t o = 0; o < m->nsponsors && !dup; o++)
            dup = strcasecmp(m->sponsors[o].name, sp.name) == 0;
        if (!dup) {
            ki_sponsor *v = ki_refs_alloc(sc->r, (m->nsponsors + 1) * sizeof *v);
            if (!v)
                return KI_ERR_NOMEM;
            if (m->nsponsors)
                memcpy(v, m->sponsors, m->nsponsors * sizeof *v);
            v[m->nsponsors++] = sp;
            m->sponsors = v;
        }
        /* past "van <party>" to the next ", " or " en " */
        size_t z = ne;
        bool more = false;
        while (z < b && s[z] != '.' && s[z] != ':') {
            size_t e2;
            if (s[z] == ',') {
                z = ki_skip_blank(s, b, z + 1);
                more = true;
                break;
            }
            if (ki_is_blank((unsigned char)s[z]) && (e2 = word_at(s, b, ki_skip_blank(s, b, z), "en"))) {
                z = ki_skip_blank(s, b, e2);
                more = true;
                break;
            }
            z++;
        }
        if (!more)
            break;
        x = z;
    }
    return KI_OK;
}

/* Whether a line in s[a, b) (after a label that is no member's) opens with
 * the members the chair says moved the motion read out below: "Door de leden
 * Lagas, Ten Broeke en Veldhoen wordt de volgende motie voorgesteld:"; their
 * names then go to mi. */
static bool chair_reads_out(struct ki_scan *sc, size_t a, size_t b, motinfo *mi)
{
    const char *s = sc->s;
    for (size_t x = a; x < b; x = kd_line_end(s, b, x) + 1) {
        size_t t = ki_skip_blank(s, b, x), ns, ne;
        if (t < b && (s[t] == 'D' || s[t] == 'd') && word_at(s, b, t, "door") &&
            names_at(sc, t, b, "door", &ns, &ne)) {
            mi->names_s = ns;
            mi->names_e = ne;
            return true;
        }
    }
    return false;
}

static bool signed_read_out(const struct ki_scan *sc, size_t start, long *k, size_t *ns, size_t *ne);

static bool read_out_motion(struct ki_scan *sc, motinfo *mi, bool *direct)
{
    const char *s = sc->s;
    size_t n = sc->n, ls = kd_line_start(s, mi->start), e;
    *direct = false;
    if (!motion_heading(sc, mi, &e) && !(*direct = body_follows(sc, mi, &e)))
        return false;
    size_t lim = e + 8000 < n ? e + 8000 : n, bodies = 0;
    for (size_t q = e; q + 16 < lim; q++) {
        if (s[q] == '\n' && starts_ci(s, lim, q + 1, "Motie") && q + 6 < lim &&
            (s[q + 6] == '\n' || s[q + 6] == ' ' || s[q + 6] == '\r'))
            break; /* the next motion read out */
        /* ... or the next one without a "Motie" line */
        if (*direct && s[q] == '\n' && starts_ci(s, lim, q + 1, "De Kamer,") && ++bodies > 1)
            break;
        if ((s[q] == 'v' || s[q] == 'V') && starts_ci(s, lim, q, "voorgesteld door"))
            return false;
    }
    /* the nearest speaker label above (from the line of the trigger, which
     * may be a long paragraph) */
    size_t lo = ls > 4000 ? ls - 4000 : 0;
    for (size_t p = ls; p > lo;) {
        size_t pe = p - 1, ps = kd_line_start(s, pe);
        size_t t = pe;
        while (t > ps && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        if (t > ps && s[t - 1] == ':') {
            size_t a = ki_skip_blank(s, pe, ps), ns, ne;
            size_t len = pe + 1 < n ? pe + 1 : n;
            if ((a == 0 || s[a - 1] == '\n') && names_at(sc, a, len, "spk", &ns, &ne)) {
                mi->names_s = ns;
                mi->names_e = ne;
                /* "Met mevrouw Kuik dien ik de volgende motie in.": she moves it too */
                for (size_t x = pe; x < ls; x++) {
                    size_t w = (s[x] == 'm' || s[x] == 'M') ? word_at(s, ls, x, "met") : 0;
                    if (!w && (s[x] == 'm' || s[x] == 'M'))
                        w = word_at(s, ls, x, "mede");
                    if (w && names_at(sc, x, ls, "with", &ns, &ne)) {
                        mi->co_s = ns;
                        mi->co_e = ne;
                    }
                }
                return true;
            }
            /* "De voorzitter:" ... "Door de leden X en Y wordt de volgende
             * motie voorgesteld:" (the Eerste Kamer's chair reads it out; its
             * own line ends in the colon) */
            if (chair_reads_out(sc, ps, ls, mi))
                return true;
            /* "De voorzitter: Er is een motie ingediend." and the motion
             * signed below its text by its movers */
            long sk;
            size_t ss0, se0;
            return signed_read_out(sc, mi->end, &sk, &ss0, &se0) && se0 > ss0;
        }
        p = ps;
    }
    return false;
}

/* Whether a capital letter begins s[x, b): an ASCII one, or one of UTF-8's
 * Latin-1 (U+00C0..U+00DE, not the sign U+00D7) and Latin Extended-A
 * capitals that begin names ("Çelik", "Özdemir", "Ünver", "Šimić"). */
static bool cap_at(const char *s, size_t b, size_t x)
{
    if (x >= b)
        return false;
    unsigned char c = (unsigned char)s[x];
    if (c < 0x80)
        return is_upper(c);
    if (x + 1 >= b)
        return false;
    unsigned char d = (unsigned char)s[x + 1];
    if (c == 0xC3)
        return d >= 0x80 && d <= 0x9E && d != 0x97;
    char p[2] = {s[x], s[x + 1]}, q[2] = {s[x], s[x + 1]};
    return ki_latin_ext_case(p, true) && memcmp(p, q, 2) != 0;
}

/* Is s[a, b) a line that holds one member's name only, as a motion read
 * out is signed ("Krul", "Van der Plas", "Slagt-Tichelman")?  Capitalised
 * words and the prefixes between them, nothing else. */
static bool name_line(const char *s, size_t a, size_t b)
{
    if (a >= b || b - a > 40 || !cap_at(s, b, a))
        return false;
    bool cap_last = false;
    for (size_t x = a; x < b;) {
        size_t e = x;
        while (e < b && !ki_is_blank((unsigned char)s[e]))
            e++;
        for (size_t i = x; i < e; i++)
            if (!(ki_is_letter((unsigned char)s[i]) || s[i] == '-' || s[i] == '\'' || s[i] == '.'))
                return false;
        if (cap_at(s, e, x))
            cap_last = true;
        else if (is_prefix_word(s + x, e - x))
            cap_last = false;
        else
            return false;
        x = ki_skip_blank(s, b, e);
    }
    return cap_last;
}

/* The most movers who sign a motion below its text, one a line. */
enum { SIGNERS_MAX = 12 };

/* The lines from ls on that each hold one mover's name (name_line()),
 * blank lines between, below a motion's text: [*ns, *ne) from the first
 * name to the end of the last (both 0 when none).  Returns where the first
 * other line begins, its blanks skipped: n when the text ends first,
 * (size_t)-1 when more than SIGNERS_MAX names stand there. */
static size_t signer_names(const char *s, size_t n, size_t ls, size_t *ns, size_t *ne)
{
    *ns = *ne = 0;
    for (int names = 0; ls < n; ls = kd_line_end(s, n, ls) + 1) {
        size_t le = kd_line_end(s, n, ls), a = ki_skip_blank(s, le, ls), t = le;
        while (t > a && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        if (a >= t)
            continue;
        if (!name_line(s, a, t))
            return a;
        if (names++ == SIGNERS_MAX)
            return (size_t)-1;
        if (names == 1)
            *ns = a;
        *ne = t;
    }
    return n;
}

/*
 * A motion read out (its "Motie" line at start, its text ending "en gaat
 * over tot de orde van de dag.") that is signed below its text by its
 * movers, one name a line, then numbered: "Krul⏎Paulusma⏎⏎Zij krijgt nr. 81
 * (37 000-XVI)." (a verslag of a wetgevingsoverleg, Handelingen).  Its
 * number (a "krijgt nr." Kamerstuk) in *k, the lines of names in [*ns,
 * *ne) (equal when none); false when the motion's text is not followed so.
 */
static bool signed_read_out(const struct ki_scan *sc, size_t start, long *k, size_t *ns, size_t *ne)
{
    const char *s = sc->s;
    size_t n = sc->n, lim = start + 6000 < n ? start + 6000 : n;
    size_t g = kd_find_ci(s, lim, start, "en gaat over tot de orde");
    if (g == (size_t)-1)
        return false;
    /* no other motion's text between ("De Kamer," once) */
    size_t dk = kd_find_ci(s, g, start, "De Kamer,");
    if (dk != (size_t)-1 && kd_find_ci(s, g, dk + 9, "De Kamer,") != (size_t)-1)
        return false;
    size_t a = signer_names(s, n, kd_line_end(s, n, g) + 1, ns, ne);
    if (a >= n)
        return false;
    size_t t = kd_line_end(s, n, a);
    while (t > a && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    if (!starts_ci(s, t, a, "Zij krijgt nr"))
        return false;
    long q = kd_kst_in(sc, a, t);
    if (q < 0 || !(sc->kflag[q] & KF_KRIJGT))
        return false;
    *k = q;
    return true;
}

/* Whether a request s[a, b) opens with words that point back to what the
 * motion said before ("hiervan bij de marktverkenningen uit te gaan",
 * "daarover te rapporteren", "dit mee te nemen"): a pronominal adverb
 * (hier-, daar-, er- with a preposition), or "dit"/"dat" as the object
 * right before an adverb, a particle or "te".  Such a request names no
 * subject. */
static bool request_points_back(const char *s, size_t a, size_t b)
{
    static const char *const adv[] = {"hiervan", "daarvan", "hierover", "daarover", "hiermee", "daarmee",
                                      "hieraan", "daaraan", "hierin", "daarin", "hierbij", "daarbij", "hierop",
                                      "daarop", "hiervoor", "daarvoor", "hiertoe", "daartoe", "hierna",
                                      "daarna", "hieruit", "daaruit", "ervan", "erover", "ermee",
                                      "eraan", "erin", "erbij", "erop", "ervoor", "ertoe", "eruit", NULL};
    static const char *const light[] = {"te", "mee", "bij", "in", "op", "aan", "uit", "over", "voor", "door",
                                        "na", "toe", "af", "om", "met", "zo", "ook", "nader", "verder",
                                        "alsnog", "spoedig", "snel", "binnen", "uiterlijk", "per", NULL};
    static const char *const pron[] = {"dit", "dat", NULL};
    size_t e = kd_word_end(s, b, a);
    if (e == a)
        return false;
    if (kd_word_in_list(s, a, e, adv))
        return true;
    if (!kd_word_in_list(s, a, e, pron))
        return false;
    size_t x = ki_skip_blank(s, b, e), xe = kd_word_end(s, b, x);
    return xe > x && kd_word_in_list(s, x, xe, light);
}

static size_t request_lead(const char *s, size_t n, size_t j);

/*
 * The request of a motion's own text ("De Kamer, ... verzoekt de regering,
 * X, en gaat over tot de orde van de dag."): X in [*ds, *de).  The text
 * follows the motion at [start, end) (a MOTIE document's head, "Motie" read
 * out), or comes before it (before, "Deze motie is voorgesteld door ...").
 */
static bool dictum(const char *s, size_t n, size_t start, size_t end, bool before, size_t *ds, size_t *de)
{
    static const char *const whom[] = {"de regering", "het kabinet", "de Voorzitter", "het Presidium",
                                       "de minister", "de staatssecretaris", "de Kamer"};
    size_t a = end, b;
    if (before) {
        /* back to the body's "De Kamer," (past its "en gaat over ...") */
        size_t lo = start > 6000 ? start - 6000 : 0, q = start;
        while (q > lo && !(s[q - 1] == '\n' && starts_ci(s, n, q, "De Kamer,")))
            q--;
        if (q <= lo && !(q == 0 && starts_ci(s, n, 0, "De Kamer,"))) {
            /* no "De Kamer," (a page that begins inside the motion): back to
             * its "en gaat over tot de orde van de dag.", the end of the
             * motion before it at most */
            size_t lo2 = start > 800 ? start - 800 : 0, g = (size_t)-1, x;
            for (x = lo2; (x = kd_find_ci(s, start, x, "en gaat over tot de orde")) != (size_t)-1; x++)
                g = x;
            if (g == (size_t)-1)
                return false;
            q = g > 4000 ? g - 4000 : 0;
            for (x = q; (x = kd_find_ci(s, g, x, "en gaat over tot de orde")) != (size_t)-1; x++)
                q = x + 24;
        }
        a = q;
        b = start;
    } else {
        b = end + 6000 < n ? end + 6000 : n;
    }
    size_t g = kd_find_ci(s, b, a, "en gaat over tot de orde");
    if (g != (size_t)-1)
        b = g;
    for (size_t i = a; i < b; i++) {
        size_t e;
        if ((s[i] != 'v' && s[i] != 'V') || (i > 0 && !ki_is_blank((unsigned char)s[i - 1])) ||
            !(e = word_at(s, b, i, "verzoekt")))
            continue;
        size_t p = ki_skip_blank(s, b, e);
        for (size_t w = 0; w < sizeof whom / sizeof whom[0]; w++)
            if ((e = word_at(s, b, p, whom[w]))) {
                p = ki_skip_blank(s, b, e);
                break;
            }
        if (p < b && s[p] == ',')
            p = ki_skip_blank(s, b, p + 1);
        if ((e = word_at(s, b, p, "om")))
            p = ki_skip_blank(s, b, e);
        size_t q = p;
        while (q < b && s[q] != ';' && !(s[q] == '\n' && (q + 1 >= b || s[q + 1] == '\n' || s[q - 1] == ',')))
            q++;
        /* a second request ("...;\n\nverzoekt de regering voorts Y", ", en
         * verzoekt de regering tevens Y"): the subject holds both (the caller
         * joins them, requests_copy()) */
        size_t cap = 300;
        for (int more = 0; more < 3; more++) {
            size_t x = q;
            while (x < b && (s[x] == ';' || s[x] == ',' || ki_is_blank((unsigned char)s[x])))
                x++;
            if ((e = word_at(s, b, x, "en")))
                x = ki_skip_blank(s, b, e);
            if (!word_at(s, b, x, "verzoekt") || !request_lead(s, b, x))
                break;
            q = x;
            while (q < b && s[q] != ';' && !(s[q] == '\n' && (q + 1 >= b || s[q + 1] == '\n' || s[q - 1] == ',')))
                q++;
            cap = 600;
        }
        /* "verzoekt de regering te regelen dat:" and a list: all of it */
        for (size_t c = p; c < q; c++)
            if (s[c] == ':' && ki_skip_blank(s, b, c + 1) > c + 1 && memchr(s + c + 1, '\n', ki_skip_blank(s, b, c + 1) - c - 1)) {
                q = b;
                break;
            }
        {
            size_t t = q;
            while (t > p && ki_is_blank((unsigned char)s[t - 1]))
                t--;
            if (t > p && s[t - 1] == ':')
                q = b;
        }
        if (q - p > cap) {
            q = p + cap;
            while (q > p && !ki_is_blank((unsigned char)s[q]))
                q--;
        }
        while (q > p && (ki_is_blank((unsigned char)s[q - 1]) || s[q - 1] == ',' || s[q - 1] == ';'))
            q--;
        if (q <= p || request_points_back(s, p, q))
            return false;
        *ds = p;
        *de = q;
        return true;
    }
    return false;
}

/* Finite verbs that follow the subject of a motion ("de motie over X
 * duurde lang"), beyond subject_stop()'s auxiliaries: nouns of the same
 * spelling ("de staat") come after an article, see after_determiner(). */
static const char *const finite[] = {
    "had", "hadden", "waren", "zou", "zouden", "kon", "konden", "moet", "moeten", "moest", "moesten",
    "wilde", "wilden", "ging", "gingen", "kwam", "kwamen", "komt", "bleef", "bleven", "bleek", "bleken",
    "blijkt", "duurde", "duurden", "duurt", "leidde", "leidden", "leidt", "kreeg", "kregen", "krijgt",
    "stond", "stonden", "staat", "lag", "lagen", "ligt", "gaf", "gaven", "riep", "riepen", "roept",
    "betreft", "betrof", "verzocht", "loopt", "lopen", "liep", "liepen", "voer", "voert", "voeren", NULL};

/* Does the word before s[i] (after a) determine a noun: an article, a
 * demonstrative or possessive, a preposition, or an inflected adjective
 * ("de nieuwe", "een vrije")? */
static bool after_determiner(const char *s, size_t a, size_t i)
{
    static const char *const det[] = {"de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun",
                                      "mijn", "uw", "onze", "ons", "van", "voor", "over", "op", "in", "met",
                                      "aan", "bij", "tot", "uit", "naar", "om", "en", "of", "te", "door", NULL};
    size_t e, w = ki_word_before(s, a, i, &e);
    if (w == e)
        return true; /* no word before: a number, a bracket, the start */
    return kd_word_in_list(s, w, e, det) || s[e - 1] == 'e';
}

/* Does a verb that takes an infinitive ("gaat", "zal", "kan", "wil",
 * "moet") stand before s[i] in its sentence?  Then a word in -en that ends
 * the clause is that infinitive, not a plural ("de basisnormen
 * hoogbegaafden;"). */
static bool modal_before(const char *s, size_t i)
{
    static const char *const modal[] = {"ga", "gaat", "gaan", "zal", "zult", "zullen", "kan", "kunt", "kunnen",
                                        "wil", "wilt", "willen", "moet", "moeten", "zou", "zouden", NULL};
    size_t lo = i > 400 ? i - 400 : 0;
    for (size_t e = i; e > lo;) {
        char c = s[e - 1];
        /* a full stop ends a sentence before a capital, not in "nr. 598" */
        size_t z = e;
        while (z < i && ki_is_blank((unsigned char)s[z]))
            z++;
        if ((c == '.' && z > e && z < i && is_upper((unsigned char)s[z])) || c == '?' || c == '!' || c == ';' ||
            c == ':' || (c == '\n' && e >= 2 && s[e - 2] == '\n'))
            return false;
        if (!ki_is_letter((unsigned char)c)) {
            e--;
            continue;
        }
        size_t w = e;
        while (w > lo && ki_is_letter((unsigned char)s[w - 1]))
            w--;
        if (kd_word_in_list(s, w, e, modal))
            return true;
        e = w;
    }
    return false;
}

/* A verb at s[i] that ends its clause (then '.', ',', ';', ':', '?' or
 * the end b): a participle "(aan|in|uit|...)ge...d/t/en" ("aangenomen",
 * "ingediend", "gevraagd"), one without ge- of the few a motion is given
 * ("verworpen", "aanvaard"), or a word in -en after a modal
 * (modal_before()), an infinitive ("Hoe gaat de minister de motie over X
 * versnellen?"); the caller has made sure no article or adjective stands
 * before it (a plural noun: "de kosten"). */
static bool clause_verb(const char *s, size_t b, size_t i)
{
    static const char *const part[] = {"aan", "af", "in", "uit", "op", "voor", "mee", "na", "toe", "door",
                                       "terug", "bij", "om", "vast", "weg", "tegen", "samen", "neer", ""};
    static const char *const bare[] = {"verworpen", "aanvaard", "behandeld", "besproken", "ondersteund",
                                       "ontvangen", "ondertekend", NULL};
    size_t e = kd_word_end(s, b, i);
    size_t z = ki_skip_blank(s, b, e);
    if (e - i < 5 || !(z >= b || s[z] == '.' || s[z] == ',' || s[z] == ';' || s[z] == ':' || s[z] == '?' ||
                       s[z] == '!' || s[z] == ')'))
        return false;
    for (size_t x = i; x < e; x++)
        if (!(s[x] >= 'a' && s[x] <= 'z'))
            return false;
    if (kd_word_in_list(s, i, e, bare) || (s[e - 2] == 'e' && s[e - 1] == 'n' && modal_before(s, i)))
        return true;
    bool end = s[e - 1] == 'd' || s[e - 1] == 't' || (s[e - 2] == 'e' && s[e - 1] == 'n');
    for (size_t p = 0; end && p < sizeof part / sizeof part[0]; p++) {
        size_t l = strlen(part[p]);
        if (i + l + 4 <= e && starts_ci(s, e, i, part[p]) && s[i + l] == 'g' && s[i + l + 1] == 'e')
            return true;
    }
    return false;
}

/* "De motie-X voer ik uit via het programma ...", "... voer ik uit in het
 * wetsvoorstel dat ik in het voorjaar zend", "Aan de motie wordt uitvoering
 * gegeven via het programma ...": the present tense of carrying
 * out, with nothing in s[a, b) that says it is done now ("Met deze brief
 * voer ik de motie uit", "hiermee", "is daarmee uitgevoerd"), is work under
 * way, not work done. */
static bool carrying_out(const char *s, size_t a, size_t b)
{
    static const char *const done[] = {"deze brief", "hiermee", "hierbij", "daarmee", "bijgaand", "afgedaan",
                                       "uitgevoerd", "afgerond", "voldaan", "nagekomen", "gestand", NULL};
    bool voer = false;
    for (size_t x = a; x < b && !voer; x++) {
        size_t e = word_at(s, b, x, "voer");
        if (!e)
            e = word_at(s, b, x, "voeren");
        if (!e || (x > a && ki_is_letter((unsigned char)s[x - 1])))
            continue;
        size_t y = ki_skip_blank(s, b, e);
        voer = word_at(s, b, y, "ik") || word_at(s, b, y, "wij") || word_at(s, b, y, "we");
        /* (not "voer ik niet uit": decided against) */
        static const char *const neg[] = {"niet", "geen", "nooit", NULL}, *const out[] = {"uit", NULL};
        for (int k = 0; voer && k < 8; k++) {
            y = ki_skip_blank(s, b, kd_word_end(s, b, y));
            size_t ye = kd_word_end(s, b, y);
            if (ye == y || kd_word_in_list(s, y, ye, out))
                break;
            if (kd_word_in_list(s, y, ye, neg))
                voer = false;
        }
    }
    /* "Aan de motie wordt uitvoering gegeven via het programma X": the
     * passive present with the means it runs through */
    static const char *const via[] = {"via", "door middel van", "in het kader van"};
    static const char *const given[] = {"uitvoering gegeven", "invulling gegeven"};
    size_t g;
    if (!voer && (g = kd_word_in(s, a, b, given, sizeof given / sizeof given[0])) != (size_t)-1 &&
        kd_word_in(s, a, b, via, sizeof via / sizeof via[0]) != (size_t)-1) {
        static const char *const aux[] = {"wordt", "worden"};
        size_t w = kd_word_in(s, a, g, aux, sizeof aux / sizeof aux[0]);
        voer = w != (size_t)-1 && g - w < 80;
    }
    if (!voer)
        return false;
    for (size_t k = 0; done[k]; k++)
        if (kd_find_ci(s, b, a, done[k]) != (size_t)-1)
            return false;
    return true;
}

/* Does s[a, b) say the work is not yet done: "nog niet" within three words
 * of "afgerond", "uitgevoerd", "afgedaan", "voldaan", "gereed"? */
static bool not_yet_done(const char *s, size_t a, size_t b)
{
    static const char *const done[] = {"afgerond", "uitgevoerd", "afgedaan", "voldaan", "gereed", "klaar", NULL};
    for (size_t x = a; x < b; x++) {
        size_t e = word_at(s, b, x, "nog");
        if (!e)
            continue;
        size_t y = ki_skip_blank(s, b, e);
        if (!(e = word_at(s, b, y, "niet")))
            continue;
        for (int w = 0; w < 3 && e < b; w++) {
            y = ki_skip_blank(s, b, e);
            e = kd_word_end(s, b, y);
            if (e == y)
                break;
            if (kd_word_in_list(s, y, e, done))
                return true;
        }
    }
    return false;
}

/* Does s[a, b) say the document does not go into it: "de brief gaat daar
 * niet op in", "wordt in deze brief niet op ingegaan", "gaat niet in op"
 * ("niet" and then "op in", "in op" or "op ingegaan" within three words)? */
static bool not_gone_into(const char *s, size_t a, size_t b)
{
    for (size_t x = a; x < b; x++) {
        size_t e = word_at(s, b, x, "niet");
        if (!e)
            continue;
        for (int w = 0; w < 3 && e < b; w++) {
            size_t y = ki_skip_blank(s, b, e), k;
            if ((k = word_at(s, b, y, "op")) && (word_at(s, b, ki_skip_blank(s, b, k), "in") ||
                                                 word_at(s, b, ki_skip_blank(s, b, k), "ingegaan")))
                return true;
            if ((k = word_at(s, b, y, "in")) && word_at(s, b, ki_skip_blank(s, b, k), "op"))
                return true;
            e = kd_word_end(s, b, y);
            if (e == y)
                break;
        }
        x = e > x ? e - 1 : x;
    }
    return false;
}

/* Does s[a, b) say a part of the motion is done: "geeft invulling aan het
 * eerste deel van die motie", "Een groot deel van de motie is uitgevoerd"
 * ("deel", "onderdeel", "gedeelte" of the motion)? */
static bool part_done(const char *s, size_t a, size_t b)
{
    static const char *const part[] = {"deel", "onderdeel", "gedeelte", NULL};
    static const char *const det[] = {"de", "die", "deze", "het", "dat", "uw", NULL};
    for (size_t x = a; x < b; x++) {
        if ((x > a && ki_is_letter((unsigned char)s[x - 1])) || !ki_is_letter((unsigned char)s[x]))
            continue;
        size_t e = kd_word_end(s, b, x);
        if (!kd_word_in_list(s, x, e, part)) {
            x = e;
            continue;
        }
        size_t y = ki_skip_blank(s, b, e), f;
        if (!(f = word_at(s, b, y, "van")))
            continue;
        y = ki_skip_blank(s, b, f);
        f = kd_word_end(s, b, y);
        if (f > y && kd_word_in_list(s, y, f, det))
            y = ki_skip_blank(s, b, f);
        if (starts_ci(s, b, y, "motie"))
            return true;
    }
    return false;
}

/* How far undone_after() reads on: its four sentences, at some 300 bytes
 * each. */
#define UNDONE_REACH 1200

/* Does a later sentence of the paragraph, from a (up to lim: a +
 * UNDONE_REACH at most), say that the motion named before is not yet done
 * ("De uitvoering van de motie is daarmee nog niet afgerond.":
 * "de/die/deze motie", not another one by name or number)?  At most four
 * sentences on. */
static bool undone_after(const struct ki_scan *sc, size_t a, size_t lim)
{
    const char *s = sc->s;
    size_t n = sc->n;
    for (int k = 0; k < 4; k++) {
        size_t ss = ki_skip_blank(s, n, a);
        if (ss >= lim || ss >= n)
            return false;
        /* a blank line ends the paragraph */
        for (size_t x = a; x < ss; x++)
            if (s[x] == '\n' && x + 1 < ss && memchr(s + x + 1, '\n', ss - x - 1))
                return false;
        size_t se = kd_sent_end(s, n, ss);
        if (se > lim)
            se = lim;
        if (kd_kst_in(sc, ss, se) >= 0)
            return false;
        bool named = false;
        for (size_t x = ss; x < se && !named; x++) {
            size_t e = (s[x] == 'd' || s[x] == 'D') ? 0 : 1, f;
            if (e || (x > ss && ki_is_letter((unsigned char)s[x - 1])))
                continue;
            if (!(e = word_at(s, se, x, "de")) && !(e = word_at(s, se, x, "die")) && !(e = word_at(s, se, x, "deze")))
                continue;
            size_t y = ki_skip_blank(s, se, e);
            if ((f = word_at(s, se, y, "motie")) && !(f < se && s[f] == '-') &&
                !word_at(s, se, ki_skip_blank(s, se, f), "van"))
                named = true;
        }
        if (named && not_yet_done(s, ss, se))
            return true;
        if (se <= ss)
            return false;
        a = se;
    }
    return false;
}

/* Does s[a, b) speak of a toezegging ("deze toezegging", "Datum
 * toezegging") and of no motion? */
static bool toezegging_only(const char *s, size_t a, size_t b)
{
    static const char *const tz[] = {"toezegging", "toezeggingen"};
    static const char *const mot[] = {"motie", "moties"};
    return kd_word_in(s, a, b, tz, sizeof tz / sizeof tz[0]) != (size_t)-1 &&
           kd_word_in(s, a, b, mot, sizeof mot / sizeof mot[0]) == (size_t)-1;
}

/* Does the sentence from a ask, before the item at ts, whether something
 * is so ("heeft gevraagd of", "vraagt wanneer", "wil weten hoe"): an
 * indirect question?  The one asked may stand between ("Wij vragen de
 * regering verder of zij ter uitvoering van de motie ...", "vraag ik de
 * minister of"): up to four words before the question word. */
static bool asked_whether(const char *s, size_t a, size_t ts)
{
    static const char *const ask[] = {"vraagt", "vroeg", "vroegen", "vragen", "vraag", "gevraagd", "weten",
                                      "informeerde", "informeerden", NULL};
    static const char *const wh[] = {"of", "wanneer", "hoe", "waarom", "hoever", "welke", NULL};
    for (size_t x = a; x < ts; x++) {
        if (!(x == a || !ki_is_letter((unsigned char)s[x - 1])) || !ki_is_letter((unsigned char)s[x]))
            continue;
        size_t e = kd_word_end(s, ts, x);
        if (kd_word_in_list(s, x, e, ask)) {
            size_t y = ki_skip_blank(s, ts, e);
            for (int w = 0; w < 5 && y < ts; w++) {
                if (s[y] == ',')
                    y = ki_skip_blank(s, ts, y + 1);
                size_t f = kd_word_end(s, ts, y);
                if (f <= y)
                    break;
                if (kd_word_in_list(s, y, f, wh))
                    return true;
                y = ki_skip_blank(s, ts, f);
            }
        }
        x = e;
    }
    return false;
}

/* Where the subject of a motion without a number ("de motie-X over Y is
 * hiermee uitgevoerd") ends: before the verb of the sentence it stands in
 * (" is ", " wordt ", " zijn ", ...), a comma, ';' or '(' in s[a..b); b
 * when none. */
static size_t subject_stop(const char *s, size_t a, size_t b)
{
    static const char *const verbs[] = {"is", "wordt", "werd", "zijn", "worden", "werden", "heb",
                                        "heeft", "hebben", "zal", "zullen", "kan", "kunnen", "vraagt",
                                        "verzoekt", "was", "ga", "gaat", "geef", "geeft", "voer", "neem",
                                        "acht", "beschouw", "blijft", "ben", "bent"};
    for (size_t i = a; i < b; i++) {
        /* '|' or three blanks: the next cell */
        if (s[i] == ',' || s[i] == ';' || s[i] == '(' || s[i] == '|' ||
            (s[i] == ' ' && i + 2 < b && s[i + 1] == ' ' && s[i + 2] == ' '))
            return i;
        if (i == a || !ki_is_blank((unsigned char)s[i - 1]) || !ki_is_letter((unsigned char)s[i]))
            continue;
        /* "beschouw ik de motie over X als afgedaan" */
        size_t als = word_at(s, b, i, "als");
        if (als) {
            size_t v = ki_skip_blank(s, b, als);
            if (word_at(s, b, v, "afgedaan") || word_at(s, b, v, "uitgevoerd") || word_at(s, b, v, "afgerond") ||
                word_at(s, b, v, "voldaan"))
                return i;
        }
        /* a clause about the motion itself: "over X die uw Kamer op 12 maart
         * aannam", "over X die de Kamer heeft aangenomen" */
        size_t r = word_at(s, b, i, "die");
        if (!r)
            r = word_at(s, b, i, "welke");
        if (r) {
            r = ki_skip_blank(s, b, r);
            if (word_at(s, b, r, "uw") || word_at(s, b, r, "u") || word_at(s, b, r, "ik") ||
                word_at(s, b, r, "wij") || word_at(s, b, r, "het") ||
                (word_at(s, b, r, "de") && (starts_ci(s, b, ki_skip_blank(s, b, r + 2), "Kamer") ||
                                            starts_ci(s, b, ki_skip_blank(s, b, r + 2), "Tweede"))))
                return i;
        }
        for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
            if (word_at(s, b, i, verbs[v]))
                return i;
        /* "Het debat over de motie over X duurde lang", "heeft de Kamer de
         * motie over X aangenomen": a finite verb, or a participle that
         * ends the clause, after a word that is no article (the noun "de
         * staat", "het aangenomen voorstel") */
        if (!after_determiner(s, a, i) && (kd_word_in_list(s, i, kd_word_end(s, b, i), finite) || clause_verb(s, b, i)))
            return i;
    }
    return b;
}

/*
 * A motion on a row of a table laid out with spaces ("Motie van het lid X
 * over ...    35 334, nr. 301    Afgedaan met deze brief") or bars: the
 * row's last cell is its status column, and says the relation when it has
 * one cue ("Afgedaan ...", "Loopt; ...", "Aangehouden").  Returns false
 * when pos is on no such row or the cell says nothing clear.
 */
/* The first x at or after from where s[x] is '|' or s[x] and s[x + 1] are
 * both ' ', looked for sixteen bytes at a time while seventeen are left
 * before le; where that search stops short, the x it reached (< le). */
static size_t pipe_or_gap(const char *s, size_t x, size_t le)
{
#if defined(__SSE2__)
    const __m128i bar = _mm_set1_epi8('|'), sp = _mm_set1_epi8(' ');
    for (; x + 17 <= le; x += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + x));
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + x + 1));
        __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, bar), _mm_and_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(w, sp)));
        unsigned k = (unsigned)_mm_movemask_epi8(m);
        if (k)
            return x + (size_t)__builtin_ctz(k);
    }
#else
    (void)s;
    (void)le;
#endif
    return x;
}

static bool row_status(struct ki_scan *sc, size_t pos, ki_relation *rel, size_t *es, size_t *ee)
{
    const char *s = sc->s;
    size_t n = sc->n, ls = kd_line_start(s, pos), le = kd_line_end(s, n, ls), gaps = 0, cell = ls;
    /* every cell opens before le, and the last must open after pos: a line
     * that ends at pos + 1 or before has none (on a text of one long line
     * every line kd_line_start() gives is LINE_MAX_SCAN long and ends there,
     * and is not read across) */
    if (le <= pos + 1)
        return false;
    for (size_t x = ls; x < le; x++) {
        /* only a '|' or two blanks in a row can open a cell */
        x = pipe_or_gap(s, x, le);
        if (s[x] == '|' && x + 1 < le) {
            gaps++;
            cell = x + 1;
        } else if (s[x] == ' ' && x + 3 < le && s[x + 1] == ' ' && s[x + 2] == ' ') {
            while (x < le && s[x] == ' ')
                x++;
            if (x < le) {
                gaps++;
                cell = x;
            }
        }
    }
    size_t t = le;
    while (t > cell && (ki_is_blank((unsigned char)s[t - 1]) || s[t - 1] == '|'))
        t--;
    if (gaps < 2 || cell <= pos || t <= cell)
        return false;
    cues c;
    kd_cues_of(sc, cell, t, 0, 0, &c);
    /* a status that points to where it is done ("Afgedaan, zie brief
     * 29279-889", "Loopt; zie de voortgangsbrief") is that status */
    int k = c.settled + c.progress;
    if (k == 0)
        k = c.cited;
    if (k != 1)
        return false;
    *rel = c.settled ? KI_REL_SETTLED : c.progress ? KI_REL_PROGRESS : KI_REL_CITED;
    *es = cell;
    *ee = t;
    return true;
}

/* A further item of a list of motions: Kamerstuk k2, sponsors named at
 * s[ns, ne), its text s[a, b), the relation and evidence of the list's
 * first motion `base`; *out is the new record (owned by sc->r). */
static ki_status list_item_motion(struct ki_scan *sc, size_t base, long k2, size_t ns, size_t ne, size_t a,
                                  size_t b, ki_motion **out)
{
    ki_refs *r = sc->r;
    ki_motion *m = ki_refs_add_motion(r);
    if (!m)
        return KI_ERR_NOMEM;
    const ki_motion *first = &r->motions[base];
    m->kamerstuk = r->kamerstukken[k2].id;
    m->relation = first->relation;
    m->evidence = first->evidence;
    ki_status st = parse_sponsors(sc, m, ns, ne);
    if (st)
        return st;
    if (!(m->text = kd_clean_copy(r, sc->s, a, b)))
        return KI_ERR_NOMEM;
    m->span.start = a;
    m->span.end = b;
    m->span.page = ki_text_page(sc->t, a);
    *out = m;
    return KI_OK;
}

/*
 * "de moties van de leden Kathmann c.s. (Kamerstuk 36 600 VII, nr. 20) en Six
 * Dijkstra (Kamerstuk 26 643, nr. 1195)": after motion `base` with Kamerstuk
 * k, each further "en NAMES (number)" of the list is a motion of its own, with
 * the relation and evidence of the first.
 */
static ki_status list_next_motions(struct ki_scan *sc, size_t base, long k)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (int items = 0; items < 8; items++) {
        size_t p = r->kamerstukken[k].span.end, e, w0;
        while (p < n && (s[p] == ')' || ki_is_blank((unsigned char)s[p])))
            p++;
        if (p < n && s[p] == ',')
            p = ki_skip_blank(s, n, p + 1);
        if ((e = word_at(s, n, p, "en")))
            p = ki_skip_blank(s, n, e);
        /* "... (Kamerstuk 33 450, nr. 31) en van het lid Ouwehand c.s. over
         * ... (Kamerstuk 33 450, nr. 32)": the next members with their title */
        if (e && (w0 = word_at(s, n, p, "van"))) {
            size_t q = ki_skip_blank(s, n, w0), t;
            static const char *const title[] = {"het lid", "de leden", "het Kamerlid", "de Kamerleden",
                                                "de heer", "mevrouw"};
            for (size_t x = 0; x < sizeof title / sizeof title[0]; x++)
                if ((t = word_at(s, n, q, title[x]))) {
                    p = ki_skip_blank(s, n, t);
                    break;
                }
        }
        /* "de moties-Dik-Faber (...) en -Wolbert (...)" */
        if (p + 1 < n && s[p] == '-' && is_upper((unsigned char)s[p + 1]))
            p++;
        /* "de moties van het lid X over A (35925-VI, nr. 20) en over B
         * (35925-VI, nr. 21)": another motion of the same sponsors */
        if (e && ((w0 = word_at(s, n, p, "over")) || (w0 = word_at(s, n, p, "inzake")))) {
            size_t ss = ki_skip_blank(s, n, w0), lim = ss + 300 < n ? ss + 300 : n;
            size_t se = kd_sent_end(s, n, ss);
            long k2 = kd_kst_in(sc, ss, se < lim ? se : lim);
            if (k2 <= k)
                return KI_OK;
            size_t ks = r->kamerstukken[k2].span.start, ce = ks;
            const char *op = memchr(s + ss, '(', ks - ss);
            if (op)
                ce = (size_t)(op - s);
            while (ce > ss && (ki_is_blank((unsigned char)s[ce - 1]) || s[ce - 1] == ','))
                ce--;
            ki_motion *m;
            ki_status st = list_item_motion(sc, base, k2, ss, ss, p, r->kamerstukken[k2].span.end, &m);
            if (st)
                return st;
            m->sponsors = r->motions[base].sponsors;
            m->nsponsors = r->motions[base].nsponsors;
            m->cs = r->motions[base].cs;
            if (ce > ss && !(m->subject = kd_clean_copy(r, s, ss, ce)))
                return KI_ERR_NOMEM;
            k = k2;
            continue;
        }
        size_t len = p + 300 < n ? cp_fwd(s, n, p + 300) : n;
        if (p >= n || !is_upper((unsigned char)s[p]) ||
            kd_run_p(sc->d, KI_P_SPONSORS, s, len, p, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
            return KI_OK;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_SPONSORS]);
        size_t ns = ov[0], ne = ov[1];
        size_t open = ki_skip_blank(s, n, ne), subj_s = 0, subj_e = 0, w;
        /* "... en Mertens (VVD) over minder toetsdruk (Kamerstuk ...)": a
         * party, and a subject, before the number */
        if (open < n && s[open] == '(' && kd_kst_in(sc, open, open + 16) < 0) {
            const char *cl = memchr(s + open, ')', n - open < 32 ? n - open : 32);
            if (cl) {
                ne = (size_t)(cl - s) + 1;
                open = ki_skip_blank(s, n, ne);
            }
        }
        if ((w = word_at(s, n, open, "over")) || (w = word_at(s, n, open, "inzake"))) {
            size_t q = subj_s = ki_skip_blank(s, n, w);
            while (q < n && q - subj_s < 250 && s[q] != '(' && s[q] != ';' && s[q] != '.' && s[q] != '\n')
                q++;
            if (q < n && s[q] == '(') {
                subj_e = q;
                while (subj_e > subj_s && ki_is_blank((unsigned char)s[subj_e - 1]))
                    subj_e--;
                open = q;
            }
        }
        long k2 = open < n && s[open] == '(' ? kd_kst_in(sc, open, open + 16) : -1;
        if (k2 < 0 || k2 <= k)
            return KI_OK;
        ki_motion *m;
        ki_status st = list_item_motion(sc, base, k2, ns, ne, ns, r->kamerstukken[k2].span.end, &m);
        if (st)
            return st;
        if (subj_e > subj_s && !(m->subject = kd_clean_copy(r, s, subj_s, subj_e)))
            return KI_ERR_NOMEM;
        k = k2;
    }
    return KI_OK;
}

/*
 * "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), Kamerstuk 32 793, nr.
 * 181 (Wolbert) en Kamerstuk 32 793, nr. 185 (Wolbert)": after motion `base`
 * (Kamerstuk k, its bracket closing at close), each further "[,|en] NUMBER
 * (NAMES)" of the list is a motion of its own, with the relation and
 * evidence of the first.
 */
static ki_status list_next_numbered(struct ki_scan *sc, size_t base, long k, size_t close)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (int items = 0; items < 12; items++) {
        size_t p = ki_skip_blank(s, n, close), e, ns, ne;
        if (p < n && (s[p] == ',' || s[p] == ';'))
            p = ki_skip_blank(s, n, p + 1);
        if ((e = word_at(s, n, p, "en")))
            p = ki_skip_blank(s, n, e);
        long k2 = kd_kst_in(sc, p, p + 1);
        if (k2 <= k)
            return KI_OK;
        size_t a = ki_skip_blank(s, n, r->kamerstukken[k2].span.end);
        if (!bracket_names(sc, a, &ns, &ne, &close))
            return KI_OK;
        ki_motion *m;
        ki_status st = list_item_motion(sc, base, k2, ns, ne, p, close, &m);
        if (st)
            return st;
        k = k2;
    }
    return KI_OK;
}

/* Does the motion at pos open its line ("De motie van het lid Krol;
 * Verzoekt ...", a row of a bijlage), a bullet or "De" before it allowed? */
static bool row_start(const char *s, size_t n, size_t pos)
{
    size_t ls = kd_line_start(s, pos), i = ki_skip_blank(s, pos, ls);
    if (i < pos && kd_bullet_at(s, n, ls)) {
        while (i < pos && !ki_is_letter((unsigned char)s[i]))
            i++;
    }
    size_t e;
    if ((e = word_at(s, pos, i, "de")) || (e = word_at(s, pos, i, "een")))
        i = ki_skip_blank(s, pos, e);
    return i == pos;
}


/* Two rows of a list or table by one member are two motions: each opens
 * its line, and their subjects share no word, or the later row goes on with
 * its own dictum ("De motie van het lid Krol; Verzoekt de regering, ..."). */
static bool rows_apart(const char *s, size_t n, const ki_motion *m, const ki_motion *p)
{
    if (!row_start(s, n, m->span.start) || !row_start(s, n, p->span.start))
        return false;
    /* a subject read from "De motie van het lid X verzoekt de regering Y" is
     * its dictum, not a title to compare */
    bool dict = starts_ci(s, n, ki_skip_blank(s, n, m->span.end), "verzoekt") ||
                starts_ci(s, n, ki_skip_blank(s, n, p->span.end), "verzoekt");
    if (m->subject && p->subject && !dict) {
        int sh, few;
        kd_shared_words(m->subject, p->subject, &sh, &few);
        return few > 0 && sh == 0;
    }
    size_t a = ki_skip_blank(s, n, m->span.end);
    if (a < n && s[a] == ';' && starts_ci(s, n, ki_skip_blank(s, n, a + 1), "verzoekt"))
        return true;
    /* "De motie van het lid X. Verzoekt de regering Y." twice: each row its
     * own dictum */
    size_t b = ki_skip_blank(s, n, p->span.end);
    return a < n && b < n && s[a] == '.' && s[b] == '.' && starts_ci(s, n, ki_skip_blank(s, n, a + 1), "verzoek") &&
           starts_ci(s, n, ki_skip_blank(s, n, b + 1), "verzoek");
}

/* Is the line at q one that motion_body() stops at: "De Kamer," or "en
 * gaat over tot de orde van de dag"? */
static bool body_stop(const char *s, size_t n, size_t q)
{
    int c = q < n ? s[q] | 0x20 : 0;
    return (c == 'e' || c == 'd') &&
           (starts_ci(s, n, q, "en gaat over tot de orde van de dag") || starts_ci(s, n, q, "De Kamer,"));
}

/* What motion_body() answers when the nearest stop line above pos (within
 * its 6000 bytes, lo on) starts at q. */
static size_t body_at(const char *s, size_t n, size_t lo, size_t q)
{
    if (starts_ci(s, n, q, "en gaat over tot de orde van de dag"))
        return (size_t)-1;
    size_t b = q - 1;
    while (b > lo && ki_is_blank((unsigned char)s[b - 1]))
        b--;
    return b >= 5 && starts_ci(s, n, b - 5, "Motie") ? q : (size_t)-1;
}

/* The '\n' before each stop line of the document, ascending, into sc
 * (once per document): every motion asks, and each walked some eighty
 * lines back.  False when out of memory (then motion_body() walks). */
static bool body_lines(struct ki_scan *sc)
{
    const char *s = sc->s, *e = sc->s + sc->n;
    size_t cap = 0;
    sc->mb_built = true;
    for (const char *p = s; p < e && (p = memchr(p, '\n', (size_t)(e - p))); p++) {
        if (!body_stop(s, sc->n, (size_t)(p - s) + 1))
            continue;
        if (sc->nmb == cap) {
            cap = cap ? cap * 2 : 16;
            size_t *v = realloc(sc->mb_nl, cap * sizeof *v);
            if (!v) {
                sc->mb_failed = true;
                return false;
            }
            sc->mb_nl = v;
        }
        sc->mb_nl[sc->nmb++] = (size_t)(p - s);
    }
    return true;
}

/* Where the body of a motion read out in Handelingen ("Motie\n\nDe Kamer,
 * ... en gaat over tot de orde van de dag.") that holds pos starts (its
 * "De Kamer,"), or (size_t)-1 when pos is in none: what the nearest stop
 * line above pos says, the lines of the 6000 bytes above looked at. */
static size_t motion_body(struct ki_scan *sc, size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t lo = pos > 6000 ? pos - 6000 : 0;
    if ((sc->mb_built || body_lines(sc)) && !sc->mb_failed) {
        /* the last '\n' in [lo, pos) before a stop line */
        size_t a = 0, b = sc->nmb;
        while (a < b) {
            size_t m = a + (b - a) / 2;
            if (sc->mb_nl[m] < pos)
                a = m + 1;
            else
                b = m;
        }
        if (a == 0 || sc->mb_nl[a - 1] < lo)
            return (size_t)-1;
        return body_at(s, n, lo, sc->mb_nl[a - 1] + 1);
    }
    for (size_t q = pos; q > lo; q--) {
        /* the line starts before q, by memrchr() */
        const char *nl = memrchr(s + lo, '\n', q - lo);
        if (!nl)
            break;
        q = (size_t)(nl - s) + 1;
        if (body_stop(s, n, q))
            return body_at(s, n, lo, q);
    }
    return (size_t)-1;
}

/* Motions submitted in the text itself (Handelingen), by index in
 * r->motions: such a motion is never a later mention of another.  Also the
 * motions that are the name cell of an annex row (annex_dictum()). */
typedef struct subflags {
    unsigned char *v;
    size_t cap;
} subflags;

static bool sub_set(subflags *f, size_t i, bool on)
{
    if (i >= f->cap) {
        size_t nc = f->cap ? f->cap * 2 : 64;
        while (nc <= i)
            nc *= 2;
        unsigned char *v = realloc(f->v, nc);
        if (!v)
            return false;
        memset(v + f->cap, 0, nc - f->cap);
        f->v = v;
        f->cap = nc;
    }
    f->v[i] = on;
    return true;
}

/* Does the letter say, in its title or opening, that it handles motions
 * ("Uitvoering van diverse moties en toezeggingen", "een overzicht van de
 * stand van zaken van de door u aangeleverde moties")?  Read once. */
static bool handles_motions(struct ki_scan *sc)
{
    if (sc->handles_motions)
        return sc->handles_motions > 0;
    static const char *const intro[] = {"uitvoering van", "stand van zaken van", "voortgang van",
                                        "afhandeling van", "afdoening van"};
    const char *s = sc->s;
    size_t lim = sc->n < 3000 ? sc->n : 3000;
    bool yes = false;
    for (size_t k = 0; k < sizeof intro / sizeof intro[0] && !yes; k++) {
        const char *t = sc->meta.title;
        size_t tl = strlen(t), p;
        /* in the title, or in the opening text */
        if ((p = kd_find_ci(t, tl, 0, intro[k])) != (size_t)-1 && kd_find_ci(t, tl, p, "motie") != (size_t)-1)
            yes = true;
        for (size_t from = 0; !yes && (p = kd_find_ci(s, lim, from, intro[k])) != (size_t)-1; from = p + 1) {
            size_t e = p + 100 < lim ? p + 100 : lim;
            size_t m = kd_find_ci(s, e, p, "moties");
            yes = m != (size_t)-1 && !memchr(s + p, '.', m - p);
        }
    }
    /* "een overzicht van de nog openstaande moties": each listed motion is
     * still open, what the letter says of it is a step on the way */
    static const char *const open[] = {"openstaande moties", "lopende moties", "nog niet afgedane moties",
                                       "nog niet afgeronde moties", "nog niet uitgevoerde moties"};
    bool open_ones = kd_word_in(sc->meta.title, 0, strlen(sc->meta.title), open, sizeof open / sizeof open[0]) !=
                         (size_t)-1 ||
                     kd_word_in(s, 0, lim, open, sizeof open / sizeof open[0]) != (size_t)-1;
    /* (not when it says it settles them too: "Aan veel van deze moties en
     * toezeggingen is hiermee voldaan" -- settled and progress, addressed) */
    static const char *const done[] = {"voldaan", "afgedaan", "afgehandeld", "afgerond", "uitgevoerd"};
    if (open_ones)
        yes = true;
    if (open_ones && kd_word_in(s, 0, lim, done, sizeof done / sizeof done[0]) != (size_t)-1)
        open_ones = false;
    sc->handles_motions = !yes ? -1 : open_ones ? 2 : 1;
    return yes;
}

/* Does the letter handle motions that are, by its own words, still open? */
static bool handles_open_motions(struct ki_scan *sc)
{
    return handles_motions(sc) && sc->handles_motions == 2;
}

/* Does the sentence s[a, b) put off what a motion asks ("dat aan deze motie
 * niet voor de gestelde termijn van 1 mei uitvoering gegeven kan worden",
 * "meer tijd nodig"; not "uitstel", which a motion itself often asks)?  Put
 * off is not done: a step. */
static bool put_off(const char *s, size_t a, size_t b)
{
    static const char *const later[] = {"niet voor de gestelde termijn", "niet binnen de gestelde termijn",
                                        "niet binnen de termijn",        "niet v\xc3\xb3\xc3\xb3r de gestelde termijn",
                                        "niet tijdig",                  "meer tijd nodig",
                                        "later dan gevraagd",           "later dan verzocht"};
    return kd_word_in(s, a, b, later, sizeof later / sizeof later[0]) != (size_t)-1;
}

/* Does the sentence s[a, b) promise to report to the Kamer in the order of
 * a clause as well ("waarna ik uw Kamer spoedig zal informeren")? */
static bool promise_any_order(const char *s, size_t a, size_t b)
{
    static const char *const aux[] = {"zal", "zullen"};
    static const char *const verbs[] = {"informeren", "berichten", "rapporteren", "inlichten",
                                        "toesturen",  "toezenden", "sturen",      "terugkomen"};
    static const char *const whom[] = {"uw Kamer", "de Kamer", "u"};
    static const char *const who[] = {"ik", "wij", "we", "het kabinet"};
    size_t z = kd_word_in(s, a, b, aux, 2);
    if (z == (size_t)-1)
        return false;
    size_t v = kd_word_in(s, z, z + 200 < b ? z + 200 : b, verbs, sizeof verbs / sizeof verbs[0]);
    /* the passive: "zal de Kamer spoedig schriftelijk geïnformeerd worden" */
    static const char *const done[] = {"ge\xc3\xafnformeerd", "geinformeerd", "ingelicht", "bericht"};
    static const char *const kamer[] = {"de Kamer", "uw Kamer"};
    size_t pv = kd_word_in(s, z, z + 200 < b ? z + 200 : b, done, sizeof done / sizeof done[0]), we = 0;
    if (pv != (size_t)-1 && kd_word_in(s, z, pv, kamer, 2) != (size_t)-1 &&
        (we = kd_word_end(s, b, pv)) && word_at(s, b, ki_skip_blank(s, b, we), "worden"))
        return true;
    size_t from = z > a + 120 ? z - 120 : a;
    size_t k = kd_word_in(s, from, v == (size_t)-1 ? z : v, whom, 3);
    size_t w = kd_word_in(s, from, v == (size_t)-1 ? z : v, who, 4);
    return v != (size_t)-1 && k != (size_t)-1 && w != (size_t)-1;
}

/* Does the letter, after the sentence of a motion ending at pe, report a
 * step on it: a later sentence that puts it off, or (when the letter names
 * no other motion) that promises to report on it ("Deze bespreking zal in de
 * eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer spoedig zal
 * informeren")?  Looks as far as the next motion, 1500 bytes at most. */
static bool step_after(struct ki_scan *sc, const motinfo *mv, size_t nm, size_t i, size_t pe, size_t *es,
                       size_t *ee)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t lim = pe + 1500 < n ? pe + 1500 : n;
    /* (a motion not named, "deze motie", is this one again) */
    size_t nx = n, named = 0;
    for (size_t j = 0; j < nm; j++) {
        if (j == i || (mv[j].names_s == mv[j].names_e && !mv[j].header))
            continue;
        named++;
        if (j > i && mv[j].start < nx)
            nx = mv[j].start;
    }
    bool alone = named == 0;
    if (nx < lim)
        lim = nx;
    for (size_t a = ki_skip_blank(s, n, pe); a < lim;) {
        size_t b = kd_sent_end(s, n, a);
        if (b > lim)
            b = lim;
        if (b <= a)
            break;
        static const char *const motie[] = {"motie", "moties"};
        if ((put_off(s, a, b) && (alone || kd_word_in(s, a, b, motie, 2) != (size_t)-1)) ||
            (alone && promise_any_order(s, a, b))) {
            *es = a;
            *ee = b;
            return true;
        }
        a = ki_skip_blank(s, n, b);
    }
    return false;
}

/*
 * A motion named in a heading or title line ("Uitvoering van de motie van het
 * lid X c.s. over Y", "Motie van het lid Bushoff over MRSA"), with no full
 * stop before the text below it: where its line ends, or (size_t)-1 when the
 * motion at start (its names ending at after) is running prose.  A title
 * line opens its block (the text's start, a blank line or a finished
 * sentence above it), ends in a word that can end a phrase (no ",", "(",
 * "van", "de"...), and the next line starts with a capital that is no
 * Kamerstuk: PDF text wraps prose at any word, but a wrapped line goes on
 * in lower case or after a preposition.
 */
/* Where the line s[a, e) ends when its end can end a title (a word that is
 * none of open[], a number, ')' or "c.s."), or (size_t)-1. */
static size_t title_end(const char *s, size_t a, size_t e, const char *const *open, size_t nopen)
{
    size_t t = e;
    while (t > a && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    if (t <= a)
        return (size_t)-1;
    unsigned char lc = (unsigned char)s[t - 1];
    if (lc == '.' && !(t >= a + 4 && starts_ci(s, t, t - 4, "c.s.")))
        return (size_t)-1;
    if (!(ki_is_letter(lc) || ki_is_digit(lc) || lc == ')' || lc == '.' || lc >= 0x80))
        return (size_t)-1;
    size_t w = t;
    while (w > a && ki_is_letter((unsigned char)s[w - 1]))
        w--;
    for (size_t k = 0; k < nopen; k++)
        if (word_at(s, t, w, open[k]) == t)
            return (size_t)-1;
    return t;
}

static size_t heading_end(struct ki_scan *sc, size_t start, size_t after)
{
    static const char *const open_words[] = {
        "de", "het", "een", "van", "voor", "over", "met", "in", "op", "aan", "te", "en", "of", "dat", "die",
        "als", "door", "bij", "naar", "om", "tot", "uit", "tegen", "tussen", "onder", "na", "zijn", "is",
        "wordt", "der", "den", "ter", "ten", "inzake", "betreffende", "zoals", "waarin", "welke", "dan", "nr",
        "nrs", "lid", "leden"};
    const char *s = sc->s;
    size_t n = sc->n, ls = kd_line_start(s, start), le = kd_line_end(s, n, ls);
    if (after > le || le >= n)
        return (size_t)-1;
    /* the line opens its block */
    size_t i = ki_skip_blank(s, le, ls);
    if (kd_bullet_at(s, n, ls))
        while (i < start && !ki_is_letter((unsigned char)s[i]))
            i++;
    if (i >= le || !is_upper((unsigned char)s[i]))
        return (size_t)-1;
    /* above it: nothing, a blank line, a finished sentence or another title
     * ("Bijlage - Stand van zaken⏎Passages van de minister van VWS⏎Motie van
     * het lid X over Y⏎In navolging van ...") */
    if (ls > 0 && !kd_blank_line(s, n, kd_line_start(s, ls - 1))) {
        size_t pl = kd_line_start(s, ls - 1);
        char c = kd_last_char(s, n, pl);
        if (c != '.' && c != ':' && c != ';' && c != '!' && c != '?' && title_end(s, pl, kd_line_end(s, n, pl), open_words, sizeof open_words / sizeof open_words[0]) == (size_t)-1)
            return (size_t)-1;
    }
    /* it ends in a word that can end a title; no bracket is left open */
    size_t t = title_end(s, start, le, open_words, sizeof open_words / sizeof open_words[0]);
    if (t == (size_t)-1 || t <= after)
        return (size_t)-1;
    int depth = 0;
    for (size_t x = start; x < t; x++)
        depth += s[x] == '(' ? 1 : s[x] == ')' ? -1 : 0;
    if (depth > 0)
        return (size_t)-1;
    /* the next line starts with a capital, and not with a number; or it is
     * a Kamerstuk's dossier line ("36 512 Wijziging van de ...") */
    size_t nl = ki_skip_blank(s, n, le), de;
    char dos[8];
    if (nl < n && kd_dossier_at(s, le + 80 < n ? le + 80 : n, nl, dos, &de)) {
        size_t x = ki_skip_blank(s, n, de), r = x;
        while (r < n && s[r] && strchr("IVXL", s[r]) && r < de + 9) /* a Roman sub: "36 200 XVI" */
            r++;
        if (r > x && r < n && ki_is_blank((unsigned char)s[r]))
            x = ki_skip_blank(s, n, r);
        if (x > de && x + 1 < n && is_upper((unsigned char)s[x]) && s[x + 1] >= 'a' && s[x + 1] <= 'z')
            return t;
    }
    if (nl >= n || !is_upper((unsigned char)s[nl]))
        return (size_t)-1;
    /* a labelled line that gives the number ("Vindplaats: Kamerstuk 35 165
     * (R2171), nr. 19") is the title's too */
    size_t nle = kd_line_end(s, n, nl), c = nl;
    while (c < nle && c < nl + 30 && s[c] != ':')
        c++;
    if (c < nle && s[c] == ':')
        nl = ki_skip_blank(s, nle, c + 1);
    long k = kd_kst_in(sc, nl, nl + 1);
    if (k >= 0 || starts_ci(s, n, nl, "Kamerstuk") || starts_ci(s, n, nl, "Kst"))
        return (size_t)-1;
    return t;
}


/*
 * Does the sentence s[a, b) promise to report to the Kamer ("zal het kabinet
 * uw Kamer hier voor 1 april nader over informeren", "zal ik u ... berichten")
 * outside the motion's own subject [xs, xe)?  A promise to report on a motion
 * is progress on it.
 */
static bool promise_in(const char *s, size_t a, size_t b, size_t xs, size_t xe)
{
    static const char *const aux[] = {"zal", "zullen"};
    static const char *const verbs[] = {"informeren", "berichten", "rapporteren", "inlichten", "toesturen",
                                        "toezenden", "sturen", "terugkomen", "aanbieden", "informeer"};
    static const char *const whom[] = {"Kamer", "u"};
    for (size_t z = a; (z = kd_word_in(s, z, b, aux, 2)) != (size_t)-1; z++) {
        if (z >= xs && z < xe)
            continue;
        size_t lim = z + 240 < b ? z + 240 : b;
        size_t v = kd_word_in(s, z, lim, verbs, sizeof verbs / sizeof verbs[0]);
        if (v == (size_t)-1 || (v >= xs && v < xe))
            continue;
        size_t k = kd_word_in(s, z, v, whom, 2);
        if (k != (size_t)-1 && !(k >= xs && k < xe))
            return true;
    }
    return false;
}

/* Does the sentence s[a, b) recall what the Kamer or a commissie asked ("Uw
 * Kamer heeft via de motie van het lid X het kabinet verzocht ...", "De vaste
 * commissie ... heeft mij verzocht ...")?  A letter recalls the request it
 * answers. */
static bool request_recap(const char *s, size_t a, size_t b)
{
    static const char *const asked[] = {"verzocht", "gevraagd"};
    static const char *const who[] = {"uw Kamer", "commissie", "Kamercommissie"};
    size_t v = kd_word_in(s, a, b, asked, 2);
    if (v == (size_t)-1 || memchr(s + a, '?', b - a))
        return false;
    size_t w = kd_word_in(s, a, v, who, 3);
    return w != (size_t)-1;
}

/* A row of a table (a text file's tab-separated row is read as "| cell |
 * cell |", textfile.c), the Kamerstuk [ks, ke) in its first cell, the
 * motion's cell beginning at pos, and between them only cells of figures
 * (a date, a number): "| 27 625, nr. 705 | 09-07-2026 | Motie van het lid
 * X over ... |".  A cell of words between (a title, a status) makes the row
 * another form. */
static bool figure_cells_between(const char *s, size_t ks, size_t ke, size_t pos)
{
    if (pos - ke > 40 || pos < ke + 3 || memcmp(s + pos - 2, "| ", 2) != 0 || memcmp(s + ke, " | ", 3) != 0)
        return false;
    bool fig = false;
    for (size_t i = ke; i < pos; i++) {
        unsigned char c = (unsigned char)s[i];
        if (ki_is_digit(c))
            fig = true;
        else if (c != ' ' && c != '|' && c != '-' && c != '.' && c != '/')
            return false;
    }
    /* the first cell: nothing but a bar and blanks before the Kamerstuk */
    size_t ls = kd_line_start(s, ks), f = ki_skip_blank(s, ks, ls);
    return fig && f < ks && s[f] == '|' && ki_skip_blank(s, ks, f + 1) == ks;
}

/* A list of votes or a table puts the number first: "31497-305 Gewijzigde
 * motie van de leden X en Y over ...": the Kamerstuk that opens the line and
 * ends just before the motion at pos, or -1. */
static long number_before(struct ki_scan *sc, size_t pos)
{
    const char *s = sc->s;
    const ki_refs *r = sc->r;
    for (size_t i = kd_ref_from(sc, REF_KST, pos > 80 ? pos - 80 : 0); i < r->nkamerstukken; i++) {
        const ki_span *sp = &r->kamerstukken[i].span;
        if (sp->start >= pos)
            break;
        /* a table row's first cell: "| Kamerstuk 29 544, nr. 1301 | Motie-X
         * (BBB) over ... |" */
        /* (its number it had before in brackets after it: "| Kamerstuk 36
         * 200 XIV, nr. 88 (was nr. 77) | Gewijzigde motie ...") */
        size_t ce = sp->end;
        if (ce + 6 < pos && s[ce] == ' ' && s[ce + 1] == '(' && starts_ci(s, pos, ce + 2, "was ")) {
            const char *cb = memchr(s + ce + 2, ')', pos - ce - 2);
            if (cb && (size_t)(cb - s) + 1 + 3 == pos)
                ce = (size_t)(cb - s) + 1;
        }
        if (ce + 3 == pos && memcmp(s + ce, " | ", 3) == 0 && !(sc->kflag[i] & KF_REPLACED)) {
            size_t ls = kd_line_start(s, sp->start), f = ki_skip_blank(s, sp->start, ls);
            if (f < sp->start && s[f] == '|' && ki_skip_blank(s, sp->start, f + 1) == sp->start)
                return (long)i;
        }
        if (sp->end < pos && !(sc->kflag[i] & KF_REPLACED) && figure_cells_between(s, sp->start, sp->end, pos))
            return (long)i;
        if (sp->end > pos || pos - sp->end > 2 || (sc->kflag[i] & KF_REPLACED))
            continue;
        /* glued to it by a dash: "-31066-503-Motie van het lid X" */
        if (pos == sp->end + 1 && s[sp->end] == '-')
            return (long)i;
        /* a table row flattened, the cell before glued to it: "...
         * vertegenwoordigd zijn.30 252, nr. 4, Motie X" */
        if (sp->start > 1 && s[sp->start - 1] == '.' && ki_is_letter((unsigned char)s[sp->start - 2]) &&
            s[sp->end] == ',')
            return (long)i;
        size_t ls = kd_line_start(s, sp->start), f = ki_skip_blank(s, sp->start, ls);
        if (f < sp->start && s[f] == '-') /* a list's dash */
            f = ki_skip_blank(s, sp->start, f + 1);
        if (f == sp->start && ki_is_blank((unsigned char)s[sp->end]))
            return (long)i;
    }
    return -1;
}

/* A date in figures at a word start, s[i..): "27-02-2008", "19-6-2008";
 * its end, or 0. */
static size_t figure_date(const char *s, size_t le, size_t i)
{
    if (!ki_is_digit((unsigned char)s[i]) || (i > 0 && (ki_is_digit((unsigned char)s[i - 1]) ||
                                                         ki_is_letter((unsigned char)s[i - 1]) || s[i - 1] == '-')))
        return 0;
    size_t j = i;
    while (j < le && j - i < 2 && ki_is_digit((unsigned char)s[j]))
        j++;
    if (j >= le || s[j] != '-')
        return 0;
    size_t m = ++j;
    while (j < le && j - m < 2 && ki_is_digit((unsigned char)s[j]))
        j++;
    if (j == m || j >= le || s[j] != '-')
        return 0;
    size_t y = ++j;
    while (j < le && j - y < 4 && ki_is_digit((unsigned char)s[j]))
        j++;
    if (j - y != 4 || (j < le && ki_is_digit((unsigned char)s[j])))
        return 0;
    return j;
}

/* Where a row's description cell, s[a..b), ends before the Vindplaats
 * cell that follows it on its line ("... in de buurt 19-6-2008 Actieplan
 * overlast (28 684, nr. 158)"): at a date in figures that no preposition
 * introduces ("van 19-6-2008" is part of the text); b when none. */
static size_t before_figure_date(const char *s, size_t a, size_t b)
{
    static const char *const prep[] = {"van", "op", "per", "d.d", "dd", "tot", "sinds", "vanaf", "na", "voor",
                                       "en", "of", "tussen", "datum", "t/m", NULL};
    for (size_t i = a + 1; i + 8 <= b; i++) {
        if (!ki_is_blank((unsigned char)s[i - 1]) || !figure_date(s, b, i))
            continue;
        size_t e = i;
        while (e > a && ki_is_blank((unsigned char)s[e - 1]))
            e--;
        if (e > a && s[e - 1] == '.')
            e--;
        size_t w = e;
        while (w > a && (ki_is_letter((unsigned char)s[w - 1]) || s[w - 1] == '.' || s[w - 1] == '/'))
            w--;
        if (w < e && !kd_word_in_list(s, w, e, prep))
            return i;
    }
    return b;
}

/*
 * A row of a table flattened to one line, the motion first: "Motie van X
 * over Y. Z is toegezegd. 27-02-2008 Spoeddebat ... (29 628, nr. 77) De
 * Kamer wordt ... geinformeerd."  The Vindplaats column is a date written
 * in figures, then the debate and the motion's Kamerstuk: the first
 * Kamerstuk on the line after such a date (within 160 bytes of it), the
 * motion's, when the motion opens the line and no other motion comes first
 * (before nt; a promise the description names may), with the date's start
 * in *date.  -1 when there is none.
 */
static long row_vindplaats(struct ki_scan *sc, size_t start, size_t after, size_t nt, size_t *date)
{
    const char *s = sc->s;
    size_t n = sc->n, ls = kd_line_start(s, start), f = ki_skip_blank(s, n, ls);
    if (f < start && (s[f] == '-' || s[f] == '*'))
        f = ki_skip_blank(s, n, f + 1);
    if (f != start)
        return -1;
    size_t le = kd_line_end(s, n, start);
    if (le > nt)
        le = nt;
    if (le > after + 1500)
        le = after + 1500;
    for (size_t i = after; i + 8 <= le; i++) {
        size_t j = figure_date(s, le, i);
        if (!j)
            continue;
        long q = kd_kst_in(sc, j, le < j + 160 ? le : j + 160);
        *date = i;
        return q >= 0 && kd_kst_in(sc, after, j) < 0 ? q : -1;
    }
    return -1;
}

/* The relation the Stand van zaken cell of a row flattened to one line
 * gives (the rest of the line after the Vindplaats's Kamerstuk, which ends
 * at ke): settled with a settling cue alone, progress with a cue of
 * progress alone or none (a stand that is no "afgedaan" says where things
 * stand: "De Kamer wordt na het zomerreces per brief geinformeerd"), else
 * cited; [*es, *ee) the cell.  False when the line has no more. */
static bool row_stand(struct ki_scan *sc, size_t ke, ki_relation *rel, size_t *es, size_t *ee)
{
    const char *s = sc->s;
    size_t n = sc->n, a = ki_skip_blank(s, n, ke), le = kd_line_end(s, n, ke);
    if (a < le && s[a] == ')')
        a = ki_skip_blank(s, n, a + 1);
    while (le > a && ki_is_blank((unsigned char)s[le - 1]))
        le--;
    if (a >= le)
        return false;
    cues c;
    kd_cues_of(sc, a, le, 0, 0, &c);
    *rel = c.settled && !c.progress ? KI_REL_SETTLED
           : c.progress && !c.settled ? KI_REL_PROGRESS
           : c.cited || c.settled     ? KI_REL_CITED
                                      : KI_REL_PROGRESS;
    *es = a;
    *ee = le;
    return true;
}

/* Does s[a, b) name a letter ("brief", "Kamerbrief", "voortgangsbrief",
 * "de brieven")? */
static bool letter_between(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i + 5 <= b; i++) {
        size_t e = s[i] != 'b' ? 0 : starts_ci(s, b, i, "brieven") ? i + 7 : starts_ci(s, b, i, "brief") ? i + 5 : 0;
        if (e && (e == b || !ki_is_letter((unsigned char)s[e])))
            return true;
    }
    return false;
}

/*
 * "De motie is daarmee afgedaan.", "Hiermee beschouw ik deze motie als
 * uitgevoerd.": a motion named by nothing (at pos) whose own sentence says
 * it is settled or in progress speaks of the motion named last, within a
 * few paragraphs and with no other item named in between; that record takes
 * the relation when it is stronger than its own.
 */
static void back_reference(struct ki_scan *sc, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                           size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    if (r->nmotions == 0)
        return;
    ki_motion *p = &r->motions[r->nmotions - 1];
    /* a motion known by its subject alone is one too ("de motie over de
     * woningbouw ... Die motie heb ik uitgevoerd.") */
    if (p->span.start >= pos || pos - p->span.start > 2500 || (!p->nsponsors && !p->kamerstuk && !p->subject))
        return;
    /* nothing else named since: no motion with names, no commitment */
    for (size_t k = kd_mot_from(mv, nm, p->span.end); k < nm && mv[k].start < pos; k++)
        if (mv[k].names_s < mv[k].names_e || mv[k].by)
            return;
    /* (a present-tense report of this letter that made no record, "Met
     * deze brief informeer ik u over de uitvoering van die motie", names
     * no other item) */
    for (size_t c0 = kd_com_from(cv, nc, p->span.end); c0 < nc && cv[c0].start < pos; c0++)
        if (cv[c0].keep || cv[c0].form != 4)
            return;
    size_t a = kd_sent_start(s, n, pos), b = kd_sent_end(s, n, pos), q = b;
    while (q > a && ki_is_blank((unsigned char)s[q - 1]))
        q--;
    if (q > a && s[q - 1] == '?')
        return;
    /* "Over de uitvoering van die motie heb ik uw Kamer op 5 juni
     * geïnformeerd (Kamerstuk ...)": a report in another document */
    if (kd_kst_in(sc, a, b) >= 0)
        return;
    cues c;
    kd_cues_of(sc, a, b, 0, 0, &c);
    if (c.settled == c.progress || c.cited)
        return;
    ki_relation rel = c.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
    /* "Dit wetsvoorstel geeft invulling aan het eerste deel van die motie":
     * a part done; "De uitvoering van de motie is daarmee nog niet
     * afgerond" (here or later in the paragraph): not yet done */
    /* "Die motie voer ik uit in twee stappen": work under way
     * (carrying_out()) */
    if (rel == KI_REL_SETTLED &&
        (part_done(s, a, b) || not_yet_done(s, a, b) || carrying_out(s, a, b) ||
         undone_after(sc, b, b + UNDONE_REACH < n ? b + UNDONE_REACH : n)))
        rel = KI_REL_PROGRESS;
    if (kd_rel_rank(rel) <= kd_rel_rank(p->relation))
        return;
    char *ev = kd_clean_copy(r, s, a, b);
    if (!ev)
        return; /* out of memory: the record keeps what it had */
    p->relation = rel;
    p->evidence = ev;
}

/*
 * The status cell of a table row flattened onto its line, glued to the
 * sponsors or after them ("30 252, nr. 4, Motie Waalkens en AtsmaZie brief
 * aan TK d.d. 16-06-2006", "Motie Oplaat c.s.VROM informeert Tweede
 * Kamer."): a letter it points to handled the motion (addressed, though
 * "zie" alone cites); a department that informs the Kamer is a step to
 * come (progress).  From a, the start of the names, to the line's end.
 */
static void glued_status(const char *s, size_t n, size_t a, ki_relation *rel, size_t *es, size_t *ee)
{
    size_t le = kd_line_end(s, n, a);
    static const char *const seen[] = {"Zie brief", "Zie de brief", "Zie Kamerbrief", "Zie kamerbrief"};
    for (size_t x = a; x < le; x++) {
        if (s[x] != 'Z')
            continue;
        for (size_t k = 0; k < sizeof seen / sizeof seen[0]; k++)
            if (starts_ci(s, le, x, seen[k]) && s[x + 1] == 'i') {
                *rel = KI_REL_ADDRESSED;
                *es = x;
                *ee = le;
                return;
            }
    }
    static const char *const informs[] = {"informeert"};
    size_t v = kd_word_in(s, a, le, informs, 1);
    if (v != (size_t)-1) {
        size_t w = ki_skip_blank(s, le, v + 10), e;
        if ((e = word_at(s, le, w, "de")))
            w = ki_skip_blank(s, le, e);
        if ((e = word_at(s, le, w, "Tweede")))
            w = ki_skip_blank(s, le, e);
        if (word_at(s, le, w, "Kamer") || word_at(s, le, w, "TK")) {
            size_t ws = v;
            while (ws > a && !ki_is_blank((unsigned char)s[ws - 1]) && s[ws - 1] != '.')
                ws--;
            *rel = KI_REL_PROGRESS;
            *es = ws;
            *ee = le;
        }
    }
}

/*
 * "Op 18 oktober heeft uw Kamer de motie van het lid X aangenomen ...
 * Hierbij deel ik u mede dat aan deze motie, met kenmerk Kamerstuk 35 000
 * VII, nr. 18, ...": "deze motie" at pos with Kamerstuk k just after it
 * (within 40 bytes) numbers the motion named last, when that has no number
 * and no other motion was named since.
 */
static void back_number(struct ki_scan *sc, const motinfo *mv, size_t nm, size_t pos, long k)
{
    ki_refs *r = sc->r;
    if (r->nmotions == 0 || r->kamerstukken[k].span.start < pos || r->kamerstukken[k].span.start - pos > 40)
        return;
    ki_motion *p = &r->motions[r->nmotions - 1];
    if (p->kamerstuk || !p->nsponsors || p->span.start >= pos || pos - p->span.start > 2500)
        return;
    for (size_t j = kd_mot_from(mv, nm, p->span.end); j < nm && mv[j].start < pos; j++)
        if (mv[j].names_s < mv[j].names_e || mv[j].by)
            return;
    /* (not a number another motion of the text has already) */
    for (size_t j = 0; j + 1 < r->nmotions; j++)
        if (r->motions[j].kamerstuk && strcmp(r->motions[j].kamerstuk, r->kamerstukken[k].id) == 0)
            return;
    p->kamerstuk = r->kamerstukken[k].id;
}

/*
 * "Motie-Van Oostrum c.s. over de beslagvrije voet" on a line of its own
 * (a heading), the line below opening "De motie (Kamerstukken II 2025/26,
 * 36 800-XV, nr. 33) vraagt ...": the trigger mi, named by no one, and its
 * Kamerstuk k just after it are the heading's motion and its number, when
 * that motion (the last record) has sponsors and no number.  True when
 * the number went to it.
 */
static bool heading_numbered_below(struct ki_scan *sc, const motinfo *mi, long k)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    if (r->nmotions == 0 || r->kamerstukken[k].span.start < mi->end || r->kamerstukken[k].span.start - mi->end > 4)
        return false;
    size_t ls = kd_line_start(s, mi->start), f = ki_skip_blank(s, mi->start, ls), e;
    if (!((e = word_at(s, mi->start, f, "De")) && ki_skip_blank(s, mi->start, e) == mi->start) || ls == 0)
        return false;
    ki_motion *p = &r->motions[r->nmotions - 1];
    size_t pl = kd_line_start(s, ls - 1);
    if (p->kamerstuk || !p->nsponsors || p->span.start < pl || p->span.start >= ls || kd_blank_line(s, n, pl) ||
        kd_last_char(s, n, pl) == '.')
        return false;
    p->kamerstuk = r->kamerstukken[k].id;
    return true;
}

/*
 * "Tijdens het VAO ... zijn moties ingediend van ... (nr. 31) en van ...
 * (nr. 32). Conform de toezegging ... geef ik hierbij een reactie op deze
 * moties.": "deze/die/beide moties" at pos, in a sentence that says this
 * letter handles them, speaks of the motions named in the sentence before;
 * those still cited take the relation its cues give.
 */
static void plural_back_reference(struct ki_scan *sc, size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    static const char *const here[] = {"hierbij", "hiermee", "deze brief", "bijgaand"};
    size_t a = kd_sent_start(s, n, pos), b = kd_sent_end(s, n, pos);
    if (a == 0 || kd_word_in(s, a, b, here, sizeof here / sizeof here[0]) == (size_t)-1)
        return;
    cues c;

    kd_cues_of(sc, a, b, 0, 0, &c);
    ki_relation rel;
    if (c.cited)
        return;
    if (c.settled && c.progress)
        rel = KI_REL_ADDRESSED;
    else if (c.progress)
        rel = KI_REL_PROGRESS;
    else if (c.addressed || c.settled)
        rel = c.settled && !c.addressed ? KI_REL_SETTLED : KI_REL_ADDRESSED;
    else
        return;
    size_t q = a;
    while (q > 0 && ki_is_blank((unsigned char)s[q - 1]))
        q--;
    if (q == 0)
        return;
    size_t pa = kd_sent_start(s, n, q - 1);
    char *ev = NULL;
    for (size_t k = r->nmotions; k-- > 0;) {
        ki_motion *m = &r->motions[k];
        if (m->span.start >= a)
            continue;
        if (m->span.start < pa)
            break;
        if (m->relation != KI_REL_CITED)
            continue;
        if (!ev && !(ev = kd_clean_copy(r, s, a, b)))
            return;
        m->relation = rel;
        m->evidence = ev;
    }
}

/* "met als strekking" at j: what a motion moved in a debate was about. */
static bool purport_at(const char *s, size_t n, size_t j)
{
    size_t e = word_at(s, n, j, "met");
    return e && (e = word_at(s, n, ki_skip_blank(s, n, e), "als")) && word_at(s, n, ki_skip_blank(s, n, e), "strekking");
}

/* The end of "de regering" / "het kabinet" at s[x], else 0. */
static size_t government_at(const char *s, size_t n, size_t x)
{
    size_t y;
    if (!(y = word_at(s, n, x, "de")) && !(y = word_at(s, n, x, "het")))
        return 0;
    x = ki_skip_blank(s, n, y);
    if (!(y = word_at(s, n, x, "regering")) && !(y = word_at(s, n, x, "kabinet")))
        return 0;
    return y;
}

/* Where the subject starts after the words at j that introduce what a
 * motion asks: "met (het) verzoek (om)", "houdende het verzoek (om)", "met
 * als strekking (dat)", "verzoekt de regering(,) (om)", and with the Kamer
 * that asks named "verzocht uw Kamer het kabinet"; 0 when none stands at j. */
static size_t request_lead(const char *s, size_t n, size_t j)
{
    size_t e = 0;
    /* ", die de regering verzoekt X", "die het kabinet vraagt om X" */
    if (j < n && s[j] == ',' && ((e = word_at(s, n, ki_skip_blank(s, n, j + 1), "die")) ||
                                 (e = word_at(s, n, ki_skip_blank(s, n, j + 1), "welke")))) {
        size_t x = ki_skip_blank(s, n, e), y;
        if (!(y = government_at(s, n, x)))
            return 0;
        x = ki_skip_blank(s, n, y);
        if (!(e = word_at(s, n, x, "verzoekt")) && !(e = word_at(s, n, x, "vraagt")))
            return 0;
        if (e < n && s[e] == ',')
            e++;
    } else if ((e = word_at(s, n, j, "met")) || (e = word_at(s, n, j, "houdende"))) {
        size_t x = ki_skip_blank(s, n, e), y;
        if ((y = word_at(s, n, x, "het")) || (y = word_at(s, n, x, "een")))
            x = ki_skip_blank(s, n, y);
        if (purport_at(s, n, j)) {
            x = ki_skip_blank(s, n, word_at(s, n, ki_skip_blank(s, n, word_at(s, n, x, "als")), "strekking"));
            if ((y = word_at(s, n, x, "dat")))
                x = ki_skip_blank(s, n, y);
            return x < n && ki_is_letter((unsigned char)s[x]) ? x : 0;
        }
        if (!(e = word_at(s, n, x, "verzoek")))
            return 0;
    } else if ((e = word_at(s, n, j, "verzoekt")) || (e = word_at(s, n, j, "verzocht"))) {
        size_t x = ki_skip_blank(s, n, e), y;
        if ((y = word_at(s, n, x, "uw")) || (y = word_at(s, n, x, "de"))) {
            size_t z = ki_skip_blank(s, n, y), k;
            if ((k = word_at(s, n, z, "Tweede")))
                z = ki_skip_blank(s, n, k);
            if ((k = word_at(s, n, z, "Kamer")))
                x = ki_skip_blank(s, n, k);
        }
        if (!(e = government_at(s, n, x)))
            return 0;
        if (e < n && s[e] == ',')
            e++;
    } else {
        return 0;
    }
    size_t x = ki_skip_blank(s, n, e), y;
    if ((y = word_at(s, n, x, "om")) || (y = word_at(s, n, x, "tot")))
        x = ki_skip_blank(s, n, y);
    return x < n && ki_is_letter((unsigned char)s[x]) ? x : 0;
}

/* Where the request that starts at a ends (at most 400 bytes on, and not
 * past b): at ';', a blank line, or the full stop of its sentence, a
 * footnote mark glued to it or not ("van jongeren.[^2] De", "leerlingen.3
 * In"). */
static size_t request_end(const char *s, size_t n, size_t a, size_t b)
{
    if (b > a + 400)
        b = a + 400;
    if (b > n)
        b = n;
    for (size_t i = a; i < b; i++) {
        if (s[i] == ';' || (s[i] == '\n' && i + 1 < b && s[i + 1] == '\n'))
            return i;
        if (s[i] != '.')
            continue;
        size_t x = i + 1, y = x;
        if (x < b && s[x] == '[') { /* "[^2]" */
            while (y < b && y < i + 10 && s[y] != ']')
                y++;
            if (y < b && s[y] == ']')
                x = y + 1;
        }
        while (x < b && ki_is_digit((unsigned char)s[x]) && x < i + 4)
            x++;
        y = ki_skip_blank(s, n, x);
        if (x >= b || (ki_is_blank((unsigned char)s[x]) && (x == i + 1 || y >= n || is_upper((unsigned char)s[y]))))
            return i;
    }
    return b;
}

/* The request(s) of a dictum s[a..b) as a subject: a later "; verzoekt de
 * regering (voorts) Y" is "; Y" ("X; Y"), the words that open the next
 * request are no part of what is asked. */
static char *requests_copy(ki_refs *r, const char *s, size_t a, size_t b)
{
    static const char *const adv[] = {"voorts", "tevens", "ook", "eveneens", "daarnaast", "bovendien",
                                      "verder", "ten slotte", "tot slot", "tenslotte", NULL};
    char *out = NULL;
    size_t from = a;
    for (size_t v = a;; v++) {
        v = v < b ? kd_find_ci(s, b, v, "verzoekt") : (size_t)-1;
        size_t lead = 0, sep = v;
        if (v != (size_t)-1) {
            while (sep > from && ki_is_blank((unsigned char)s[sep - 1]))
                sep--;
            if (sep >= from + 3 && word_at(s, sep, sep - 2, "en")) { /* ", en verzoekt ..." */
                sep -= 2;
                while (sep > from && ki_is_blank((unsigned char)s[sep - 1]))
                    sep--;
            }
            if (sep == from || (s[sep - 1] != ';' && s[sep - 1] != ',' && s[sep - 1] != '.'))
                continue;
            if (!(lead = request_lead(s, b, v)))
                continue;
            sep--;
        }
        size_t e = v == (size_t)-1 ? b : sep;
        char *part = kd_clean_copy(r, s, from, e);
        if (!part)
            return NULL;
        if (out) {
            size_t lo = strlen(out), lp = strlen(part);
            char *d = ki_refs_alloc(r, lo + lp + 3);
            if (!d)
                return NULL;
            memcpy(d, out, lo);
            memcpy(d + lo, "; ", 2);
            memcpy(d + lo + 2, part, lp + 1);
            out = d;
        } else {
            out = part;
        }
        if (v == (size_t)-1)
            return out;
        /* "verzoekt de regering voorts (om) Y" */
        size_t x = lead, y;
        for (const char *const *w = adv; *w; w++)
            if ((y = word_at(s, b, x, *w))) {
                x = ki_skip_blank(s, b, y);
                if (x < b && s[x] == ',')
                    x = ki_skip_blank(s, b, x + 1);
                if ((y = word_at(s, b, x, "om")))
                    x = ki_skip_blank(s, b, y);
                break;
            }
        from = x;
        v = x - 1;
    }
}

/* The first line of the paragraph before the one whose first line starts
 * at ls, in *ps, and the end of its last line, in *pe; false when there is
 * none (blank lines of blanks only count as blank). */
static bool para_before(const char *s, size_t n, size_t ls, size_t *ps, size_t *pe)
{
    size_t p = kd_prev_line(s, n, ls);
    if (p == (size_t)-1)
        return false;
    *pe = kd_line_end(s, n, p);
    while (p > 0 && !kd_blank_line(s, n, kd_line_start(s, p - 1)))
        p = kd_line_start(s, p - 1);
    *ps = p;
    return true;
}

/*
 * A row of a begroting's annex "Moties en toezeggingen", its cells flattened
 * to paragraphs: the dictum ("De Tweede Kamer verzoekt de regering X."),
 * the vindplaats ("Debat [22-02-2018] Plenair debat ..."), the motion by its
 * name alone ("Motie-Jansen", "Motie-Straus/ Jadnanansing c.s."), then its
 * number and its stand van zaken.  For a motion s[start, end) that is such a
 * name cell: the request of the dictum cell two paragraphs up (after its
 * first "verzoekt de regering", to the end of the cell), in [*ds, *de).
 */
static bool annex_dictum(const char *s, size_t n, size_t start, size_t end, size_t *ds, size_t *de)
{
    size_t ls = kd_line_start(s, start), le = kd_line_end(s, n, start);
    if (ki_skip_blank(s, le, ls) != start || ls == 0 || !kd_blank_line(s, n, kd_line_start(s, ls - 1)) || end > le ||
        le - start > 120 || (le < n && !kd_blank_line(s, n, le + 1)))
        return false;
    /* the name and nothing more ("c.s." at most): no number, no sentence */
    size_t t = ki_skip_blank(s, le, end);
    if (t < le && starts_ci(s, le, t, "c.s"))
        t = ki_skip_blank(s, le, t + 3 + (t + 3 < le && s[t + 3] == '.'));
    if (t < le)
        return false;
    /* the vindplaats: one line, a label rather than a sentence */
    size_t vs, ve, qs, qe;
    if (!para_before(s, n, ls, &vs, &ve) || kd_line_end(s, n, vs) != ve || kd_find_ci(s, ve, vs, "verzoekt") != (size_t)-1 ||
        kd_last_char(s, n, vs) == '.' || !para_before(s, n, vs, &qs, &qe))
        return false;
    /* from the first request: a dictum of two ("verzoekt de regering X;
     * verzoekt de regering voorts Y") is both (requests_copy()) */
    size_t a = 0;
    for (size_t v = qs; !a && (v = kd_find_ci(s, qe, v, "verzoekt")) != (size_t)-1; v++) {
        size_t e2 = request_lead(s, qe, v);
        if (e2 && (v == qs || !ki_is_letter((unsigned char)s[v - 1])))
            a = e2;
    }
    if (!a)
        return false;
    /* the cell is the request's end ("in lijn met de motie 30 950, nr. 113,
     * passende maatregelen te nemen"), unless it runs on too long */
    size_t b = qe - a < 600 ? qe : request_end(s, n, a, qe);
    while (b > a && (ki_is_blank((unsigned char)s[b - 1]) || s[b - 1] == '.' || s[b - 1] == ','))
        b--;
    if (b <= a)
        return false;
    *ds = a;
    *de = b;
    return true;
}

/* The paragraph at or after x (blank lines skipped): [*ps, *pe), its end
 * before the blank line that closes it; false at the end of the text. */
static bool para_at(const char *s, size_t n, size_t x, size_t *ps, size_t *pe)
{
    while (x < n && kd_blank_line(s, n, x))
        x = kd_line_end(s, n, x) + 1;
    if (x >= n)
        return false;
    size_t e = x;
    while (e < n && !kd_blank_line(s, n, e))
        e = kd_line_end(s, n, e) + 1;
    *ps = x;
    *pe = e > n ? n : e;
    while (*pe > x && ki_is_blank((unsigned char)s[*pe - 1]))
        (*pe)--;
    return true;
}

/* The stand cell of the annex row whose name cell starts at start: the
 * paragraph after the name, or after its number cell ("33 106, nr. 71"),
 * unless that paragraph is the next row's dictum; [*cs, *ce). */
static bool stand_cell(struct ki_scan *sc, size_t start, size_t *cs, size_t *ce)
{
    const char *s = sc->s;
    size_t n = sc->n, ps, pe;
    if (!para_at(s, n, kd_line_end(s, n, start), &ps, &pe))
        return false;
    long k = kd_kst_in(sc, ps, ps + 1);
    if (k >= 0 && sc->r->kamerstukken[k].span.end + 2 >= pe && !para_at(s, n, pe, &ps, &pe))
        return false;
    if (kd_find_ci(s, pe, ps, "verzoekt") != (size_t)-1)
        return false;
    *cs = ps;
    *ce = pe;
    return true;
}

/* The relation an annex row's stand cell gives its motion: settled
 * ("Aan de motie is uitvoering gegeven met de brief van ...") or progress
 * ("Op dit moment wordt uitgewerkt ..."), when it has the cues of one of
 * them only; progress too when it has no cue at all, for a stand van zaken
 * that is no "afgedaan" reports where things stand ("Op dit moment wordt
 * bekeken hoe ...", "In de zomer van 2016 wordt de eindevaluatie
 * toegezonden"); else false ("Aangehouden", both kinds of cue). */
static bool annex_status(struct ki_scan *sc, size_t start, ki_relation *rel, size_t *es, size_t *ee)
{
    size_t cs, ce;
    if (!stand_cell(sc, start, &cs, &ce))
        return false;
    cues c;
    kd_cues_of(sc, cs, ce, 0, 0, &c);
    if (c.settled == c.progress && (c.settled || c.cited))
        return false;
    *rel = c.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
    *es = cs;
    *ee = ce;
    return true;
}

/* The sponsors of an older annex row, written as the Kamer's register
 * writes members: "Hamer, drs. M.I., Slob, drs. A., Vlies, ir. B.J. van der"
 * (surname, titles and initials, the prefix last), in s[a, b): each
 * surname with its prefix in front ("Van der Vlies") appended to m; *first
 * is where the first of them starts, *end where the last ends (both a when
 * there is none). */
static ki_status register_names(struct ki_scan *sc, ki_motion *m, size_t a, size_t b, size_t *first,
                                size_t *end)
{
    *first = *end = a;
    static const char *const titles[] = {"drs.", "mr.", "ir.", "dr.", "prof.", "ing.", "ds.", "dr.ir."};
    static const char *const particles[] = {"van", "der", "de", "den", "ter", "ten", "het", "'t", "in"};
    const char *s = sc->s;
    for (size_t c = a; c + 2 < b; c++) {
        if (s[c] != ',' || s[c + 1] != ' ')
            continue;
        size_t x = c + 2, e;
        bool tagged = false;
        for (bool more = true; more && x < b;) {
            more = false;
            for (size_t t = 0; t < sizeof titles / sizeof titles[0] && !more; t++)
                if (starts_ci(s, b, x, titles[t])) {
                    x = ki_skip_blank(s, b, x + strlen(titles[t]));
                    more = tagged = true;
                }
        }
        size_t i0 = x;
        while (x + 1 < b && is_upper((unsigned char)s[x]) && s[x + 1] == '.')
            x += 2;
        if (!tagged && x == i0)
            continue; /* no member: "Begroting OCW, rest" */
        if (x == i0)
            continue;
        /* the surname: the word before the comma */
        size_t w = c;
        while (w > a && (ki_is_letter((unsigned char)s[w - 1]) || (unsigned char)s[w - 1] >= 0x80 ||
                         s[w - 1] == '-' || s[w - 1] == '\''))
            w--;
        if (w == c || !is_upper((unsigned char)s[w]))
            continue;
        /* the prefix after the initials: "van der" */
        size_t ps = ki_skip_blank(s, b, x), pe = ps;
        for (size_t q = ps; q < b;) {
            size_t pe2 = 0;
            for (size_t k = 0; k < sizeof particles / sizeof particles[0] && !pe2; k++)
                if ((e = word_at(s, b, q, particles[k])) && s[q] >= 'a' && s[q] <= 'z')
                    pe2 = e;
            if (!pe2)
                break;
            pe = pe2;
            q = ki_skip_blank(s, b, pe2);
        }
        char name[96];
        int len;
        if (pe > ps)
            len = snprintf(name, sizeof name, "%c%.*s %.*s", s[ps] - 32, (int)(pe - ps - 1), s + ps + 1,
                           (int)(c - w), s + w);
        else
            len = snprintf(name, sizeof name, "%.*s", (int)(c - w), s + w);
        if (len <= 0 || (size_t)len >= sizeof name)
            continue;
        ki_sponsor *v = ki_refs_alloc(sc->r, (m->nsponsors + 1) * sizeof *v);
        if (!v || !(v[m->nsponsors].name = ki_refs_strdup(sc->r, name)))
            return KI_ERR_NOMEM;
        if (m->nsponsors)
            memcpy(v, m->sponsors, m->nsponsors * sizeof *v);
        m->sponsors = v;
        if (!m->nsponsors)
            *first = w;
        m->nsponsors++;
        c = pe > x ? pe : x;
        *end = c;
    }
    return KI_OK;
}

/*
 * A row of an older annex (the rijksbegroting's "Moties en toezeggingen" of
 * about 2005-2008), its cells glued into one line: "De Kamer verzoekt de
 * regering X.PA [12-11-2003] Begroting OCW Hamer, drs. M.I., Slob, drs. A.
 * kamerstuk 29 200 VIII, nr. 72De motie is afgedaan met brief d.d. 29
 * september 2005.": the dictum, the vindplaats with its date in brackets,
 * the sponsors (register_names()), the motion's Kamerstuk, the stand.  Each
 * such line is a motion, added to sc->r in the order of the text (with its
 * flags in subm and rows, the row's own flag set).
 */
static ki_status glued_rows(struct ki_scan *sc, subflags *subm, subflags *rows)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    size_t from = 0, v;
    while ((v = kd_find_ci(s, n, from, "verzoekt de regering")) != (size_t)-1) {
        from = v + 1;
        size_t ls = kd_line_start(s, v), le = kd_line_end(s, n, v), f = ki_skip_blank(s, le, ls), e;
        if (!(e = word_at(s, le, f, "De")))
            continue;
        f = ki_skip_blank(s, le, e);
        if ((e = word_at(s, le, f, "Tweede")))
            f = ki_skip_blank(s, le, e);
        if (!(e = word_at(s, le, f, "Kamer")) || ki_skip_blank(s, le, e) != v)
            continue;
        size_t a = request_lead(s, le, v);
        if (!a)
            continue;
        /* the vindplaats: "[12-11-2003]" */
        size_t br = a;
        while (br < le && !(s[br] == '[' && br + 1 < le && ki_is_digit((unsigned char)s[br + 1])))
            br++;
        const char *cl = br < le ? memchr(s + br, ']', le - br < 16 ? le - br : 16) : NULL;
        if (!cl)
            continue;
        /* the dictum ends at the full stop before the vindplaats's label */
        size_t d = br;
        while (d > a && (ki_is_blank((unsigned char)s[d - 1]) || is_upper((unsigned char)s[d - 1])))
            d--;
        if (d <= a || s[d - 1] != '.')
            continue;
        d--;
        size_t after = (size_t)(cl - s) + 1, nb, ne;
        ki_motion *m = ki_refs_add_motion(r);
        if (!m || !sub_set(subm, r->nmotions - 1, false) || !sub_set(rows, r->nmotions - 1, true))
            return KI_ERR_NOMEM;
        ki_status st = register_names(sc, m, after, le, &nb, &ne);
        if (st)
            return st;
        if (!m->nsponsors) {
            r->nmotions--;
            continue;
        }
        /* its number right after the names; a later one is the stand's */
        long k = kd_kst_in(sc, ne, le);
        size_t te = ne;
        if (k >= 0 && ki_skip_blank(s, le, ne) == r->kamerstukken[k].span.start) {
            m->kamerstuk = r->kamerstukken[k].id;
            te = r->kamerstukken[k].span.end;
        }
        if (!(m->subject = requests_copy(r, s, a, d)))
            return KI_ERR_NOMEM;
        /* the stand: its cue, else a report of where it stands */
        cues c;
        kd_cues_of(sc, te, le, 0, 0, &c);
        m->relation = c.settled && !c.progress ? KI_REL_SETTLED
                      : c.progress && !c.settled ? KI_REL_PROGRESS
                      : c.cited || c.settled     ? KI_REL_CITED
                                                 : KI_REL_PROGRESS;
        m->evidence = kd_clean_copy(r, s, te, le);
        m->text = kd_clean_copy(r, s, nb, te); /* its members and number */
        m->span.start = nb;
        m->span.end = te;
        m->span.page = ki_text_page(sc->t, nb);
        if (!m->evidence || !m->text)
            return KI_ERR_NOMEM;
        /* into its place in the order of the text */
        size_t at = r->nmotions - 1;
        while (at > 0 && r->motions[at - 1].span.start > nb)
            at--;
        if (at < r->nmotions - 1) {
            ki_motion tmp = *m;
            memmove(&r->motions[at + 1], &r->motions[at], (r->nmotions - 1 - at) * sizeof tmp);
            r->motions[at] = tmp;
            memmove(subm->v + at + 1, subm->v + at, r->nmotions - 1 - at);
            memmove(rows->v + at + 1, rows->v + at, r->nmotions - 1 - at);
            subm->v[at] = 0;
            rows->v[at] = 1;
        }
        from = le;
    }
    return KI_OK;
}

/*
 * The stand cell of an annex row (the paragraphs after its name cell, its
 * number cell and its stand, up to a paragraph with a dictum) names other
 * motions: "De motie is afgedaan met de brief ..., Kamerstuk 33 187, nr. 39
 * inzake motie 33 000-VIII, nr. 144 en motie 33 187, nr. 34" settles the
 * row's motion and only cites those.  A row without a number cell that
 * names one numbered motion there ("... met de brief inzake antwoord op
 * motie 34 251, nr. 60") is that motion: it takes the number, and the two
 * records become one (not one it names beside it: "zie ook motie X").  rows
 * flags the row motions by index.
 */
static void annex_stands(struct ki_scan *sc, const subflags *rows)
{
    ki_refs *r = sc->r;
    for (size_t i = 0; i < r->nmotions && i < rows->cap; i++) {
        if (!rows->v[i])
            continue;
        ki_motion *row = &r->motions[i];
        size_t cs, ce;
        if (!stand_cell(sc, row->span.start, &cs, &ce))
            continue;
        long only = -1;
        int named = 0;
        for (size_t j = 0; j < r->nmotions; j++) {
            ki_motion *m = &r->motions[j];
            if (j == i || (j < rows->cap && rows->v[j]) || m->span.start <= row->span.start ||
                m->span.start >= ce)
                continue;
            if (row->kamerstuk && m->kamerstuk && strcmp(row->kamerstuk, m->kamerstuk) == 0)
                continue;
            named++;
            /* (not one set beside it: "zie ook motie X", "samen met motie X") */
            size_t b0 = m->span.start > 24 ? m->span.start - 24 : 0;
            bool beside = kd_find_ci(sc->s, m->span.start, b0, "zie ook") != (size_t)-1 ||
                          kd_find_ci(sc->s, m->span.start, b0, "samen met") != (size_t)-1 ||
                          kd_find_ci(sc->s, m->span.start, b0, "evenals") != (size_t)-1;
            if (!row->kamerstuk && m->kamerstuk && !m->nsponsors && !beside)
                only = (long)j;
            m->relation = KI_REL_CITED;
        }
        if (named == 1 && only >= 0) {
            ki_motion *m = &r->motions[only];
            row->kamerstuk = m->kamerstuk;
            m->relation = row->relation; /* the same motion */
        }
    }
}

/* "De motie-X (35000-XII, nr. 12) is in die zin gewijzigd dat zij thans is
 * ondertekend door de leden X en Y": the sentence after the number at pos
 * names the changed motion's sponsors, which replace those of m. */
static ki_status changed_sponsors(struct ki_scan *sc, ki_motion *m, size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n, se = kd_sent_end(s, n, pos);
    size_t g = kd_find_ci(s, se, pos, "gewijzigd");
    size_t o = g == (size_t)-1 ? g : kd_find_ci(s, se, g, "ondertekend door");
    if (o == (size_t)-1 || o > pos + 200)
        return KI_OK;
    size_t bl = o + 300 < n ? cp_fwd(s, n, o + 300) : n;
    if (kd_run_p(sc->d, KI_P_MOTION_BY, s, bl, o, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
        return KI_OK;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_BY]);
    ki_hit h = {sc->d->re[KI_P_MOTION_BY], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_BY]), s, ov[0], ov[1],
                KI_P_MOTION_BY, &sc->d->names[KI_P_MOTION_BY]};
    const char *gp;
    size_t gl;
    if (!kd_group(&h, "names", &gp, &gl))
        return KI_OK;
    m->sponsors = NULL;
    m->nsponsors = 0;
    m->cs = false;
    return parse_sponsors(sc, m, (size_t)(gp - s), (size_t)(gp - s) + gl);
}

/* Whether the number "ter vervanging van ... gedrukt onder nr. 51" at pos
 * replaces an amendment, not a motion: "amendement" is the nearer noun
 * before it in its sentence ("AMENDEMENT VAN HET LID X TER VERVANGING VAN
 * DAT GEDRUKT ONDER NR. 51"), or, without either noun, the neuter "dat
 * gedrukt" (a motion is "die gedrukt"). */
static bool amendment_replaced(const char *s, size_t n, size_t pos)
{
    size_t ss = kd_sent_start(s, n, pos);
    if (pos > ss + 400)
        ss = pos - 400;
    for (size_t i = pos; i > ss; i--) {
        if (starts_ci(s, pos, i - 1, "amendement"))
            return true;
        if (starts_ci(s, pos, i - 1, "motie"))
            return false;
    }
    size_t d = kd_find_ci(s, pos, ss, "dat gedrukt");
    return d != (size_t)-1;
}


/* Whether two subjects of motions name the same thing: every word of three
 * letters or more of the shorter one is in the other ("de bekostiging van
 * het mbo" and "de bekostiging van het mbo en hbo"); NULL meets nothing. */
static bool same_subject(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    if (strlen(a) > strlen(b)) {
        const char *t = a;
        a = b;
        b = t;
    }
    size_t l, m;
    int words = 0;
    for (const char *p = a; *p;) {
        const char *w = kd_next_word(&p, &l);
        if (l < 3)
            continue;
        bool in = false;
        for (const char *q = b; *q && !in;) {
            const char *v = kd_next_word(&q, &m);
            in = m == l && strncasecmp(v, w, l) == 0;
        }
        if (!in)
            return false;
        words++;
    }
    return words > 0;
}

/*
 * A motion known by its subject alone: "de motie over de bekostiging van
 * het mbo", "De door uw Kamer aangenomen motie over X": the article "de"
 * (not "een", "deze", "mijn", ...) a few words before the trigger at
 * [start, end), and "over" or "inzake" with a subject of its own after it,
 * before lim.  Such a motion is a record of its own (no number, no
 * sponsor); "een motie over X" is one not yet moved, "deze motie" one
 * named before.
 */
static bool by_subject(const char *s, size_t n, size_t start, size_t end, size_t lim)
{
    static const char *const other[] = {"een", "deze", "die", "dit", "dat", "geen", "mijn", "zijn", "haar", "hun",
                                        "onze", "elke", "iedere", "welke", "andere", "zo'n", NULL};
    size_t b = start;
    bool de = false;
    for (int back = 0; back < 5 && b > 0 && !de; back++) {
        while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
            b--;
        size_t e = b;
        while (b > 0 && (ki_is_letter((unsigned char)s[b - 1]) || s[b - 1] == '\''))
            b--;
        if (b == e || kd_word_in_list(s, b, e, other))
            return false;
        de = word_at(s, e, b, "de") != 0;
    }
    size_t j = ki_skip_blank(s, n, end), e2;
    if (!de || !((e2 = word_at(s, n, j, "over")) || (e2 = word_at(s, n, j, "inzake"))))
        return false;
    size_t a = ki_skip_blank(s, n, e2), z = subject_stop(s, a, lim < n ? lim : n);
    while (z > a && (ki_is_blank((unsigned char)s[z - 1]) || s[z - 1] == '.'))
        z--;
    return z > a + 3 && !kd_anaphor(s, a, z);
}

/* Whether the number at pos ends a motion read out: "... en gaat over tot
 * de orde van de dag." a few sentences before ("Naar mij blijkt, wordt de
 * indiening ervan voldoende ondersteund. Zij krijgt nr. 348"), and no
 * other motion's number between. */
static bool read_out_before(const char *s, size_t n, size_t pos)
{
    size_t lo = pos > 600 ? pos - 600 : 0, g = (size_t)-1, x;
    for (x = lo; (x = kd_find_ci(s, pos, x, "en gaat over tot de orde")) != (size_t)-1; x++)
        g = x;
    (void)n;
    return g != (size_t)-1 && kd_find_ci(s, pos, g, "krijgt nr") == (size_t)-1 &&
           kd_find_ci(s, pos, g, "De Kamer,") == (size_t)-1;
}

/* The motion that the gewijzigde motie numbered by Kamerstuk k ("Zij krijgt
 * nr. 348") changes: the one of the number it replaces right after it
 * ("was nr. 347"), or the one named in "De motie-X (..., nr. 347) is in die
 * zin gewijzigd dat zij thans luidt" before it, with no other motion's
 * number between; -1 when none. */
/* A long document's motions [0, n) by where they end (then by index), and
 * by Kamerstuk (byk), for changed_motion(). */
typedef struct motion_ends {
    struct mend { size_t end, j; } *v;
    size_t n, cap;
} motion_ends;

/* Files the motions added since into x, in order. */
static ki_status motion_ends_sync(motion_ends *x, const ki_refs *r)
{
    for (; x->n < r->nmotions; x->n++) {
        if (x->n == x->cap) {
            size_t nc = x->cap ? x->cap * 2 : 64;
            struct mend *v = realloc(x->v, nc * sizeof *v);
            if (!v)
                return KI_ERR_NOMEM;
            x->v = v;
            x->cap = nc;
        }
        struct mend e = {r->motions[x->n].span.end, x->n};
        size_t at = x->n; /* j is the largest yet: after every end <= its own */
        while (at > 0 && x->v[at - 1].end > e.end)
            at--;
        memmove(x->v + at + 1, x->v + at, (x->n - at) * sizeof *x->v);
        x->v[at] = e;
    }
    return KI_OK;
}

/* Does the chair's sentence after motion m say it was changed ("is in die
 * zin gewijzigd dat zij thans luidt"), with no "krijgt nr" of its own
 * before pos? */
static bool changed_at(const char *s, size_t n, const ki_motion *m, size_t pos)
{
    size_t se = kd_sent_end(s, n, m->span.end);
    return kd_find_ci(s, se, m->span.end, "in die zin gewijzigd") != (size_t)-1 &&
           kd_find_ci(s, pos, m->span.end, "krijgt nr") == (size_t)-1;
}

/* The clause of a motion's considerans around pos: from after the ';' (or
 * the blank line) before it to its own ';' (or the sentence end), blanks at
 * its start skipped. */
static void clause_around(const char *s, size_t n, size_t pos, size_t *es, size_t *ee)
{
    size_t a = kd_sent_start(s, n, pos), b = kd_sent_end(s, n, pos);
    for (size_t i = pos; i > a; i--)
        if (s[i - 1] == ';' || (s[i - 1] == '\n' && i >= 2 && s[i - 2] == '\n')) {
            a = i;
            break;
        }
    for (size_t i = pos; i < b; i++)
        if (s[i] == ';') {
            b = i + 1;
            break;
        }
    *es = ki_skip_blank(s, b, a);
    *ee = b;
}

/* The longest motion text in_motion_text() looks through, either side. */
enum { MOTION_TEXT_MAX = 4000 };

/* Is pos inside the text of a motion, between its "gehoord de
 * beraadslaging" and its "en gaat over tot de orde van de dag" (within
 * MOTION_TEXT_MAX bytes)?  What that text says of other motions is the
 * Kamer's considerans. */
static bool in_motion_text(struct ki_scan *sc, size_t pos)
{
    static const char heard[] = "gehoord de beraadslaging";
    const char *s = sc->s;
    size_t n = sc->n;
    /* the text's first "gehoord de beraadslaging", looked for once: none
     * that ends by pos, none in [lo, pos) */
    if (!sc->gb_built) {
        sc->gb_built = true;
        sc->gb_first = kd_find_ci(s, n, 0, heard);
        /* and all of them, once: a long text of many motions asked
         * kd_rfind_ci() back over MOTION_TEXT_MAX bytes for each */
        if (sc->gb_first != (size_t)-1)
            sc->gb_all = kd_find_all_ci(s, n, sc->gb_first, heard, &sc->gb_v, &sc->gb_n);
    }
    if (sc->gb_first == (size_t)-1 || sc->gb_first + sizeof heard - 1 > pos)
        return false;
    size_t lo = pos > MOTION_TEXT_MAX ? pos - MOTION_TEXT_MAX : 0;
    /* the last (pos >= gb_first + its length, above) */
    size_t g = sc->gb_all ? kd_last_in(sc->gb_v, sc->gb_n, lo, pos - (sizeof heard - 1)) : kd_rfind_ci(s, pos, lo, heard);
    if (g == (size_t)-1 || kd_find_ci(s, pos, g, "orde van de dag") != (size_t)-1)
        return false;
    size_t hi = pos + MOTION_TEXT_MAX < n ? pos + MOTION_TEXT_MAX : n;
    return kd_find_ci(s, hi, pos, "orde van de dag") != (size_t)-1;
}

static long changed_motion(const struct ki_scan *sc, size_t k, const motion_ends *ends, const ki_strindex *byk)
{
    const ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t pos = r->kamerstukken[k].span.start;
    const char *was = NULL;
    if (k + 1 < r->nkamerstukken && (sc->kflag[k + 1] & KF_REPLACED) &&
        r->kamerstukken[k + 1].span.start < kd_sent_end(s, sc->n, pos))
        was = r->kamerstukken[k + 1].id;
    long best = -1;
    if (ends) {
        /* by the indexes, the same answer as the walk below: the first
         * motion of the replaced number, else the last one near that says
         * it was changed */
        if (was) {
            ki_idxlist l = ki_strindex_get(byk, was);
            for (size_t x = 0; x < l.n; x++) {
                const ki_motion *m = &r->motions[l.v[x]];
                if (strcmp(m->kamerstuk, r->kamerstukken[k].id) != 0 && m->span.start < pos)
                    return (long)l.v[x];
            }
        }
        size_t lo = 0, hi = ends->n, from = pos > 3000 ? pos - 3000 : 0;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (ends->v[mid].end < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t x = lo; x < ends->n && ends->v[x].end < pos; x++) {
            size_t j = ends->v[x].j;
            const ki_motion *m = &r->motions[j];
            if ((long)j < best || !m->kamerstuk || strcmp(m->kamerstuk, r->kamerstukken[k].id) == 0)
                continue;
            if (!changed_at(s, sc->n, m, pos))
                continue;
            best = (long)j;
        }
        return best;
    }
    for (size_t j = 0; j < r->nmotions; j++) {
        const ki_motion *m = &r->motions[j];
        /* within 3000 bytes before: the span compared before the strings */
        bool near = m->span.end < pos && pos - m->span.end <= 3000;
        if (!m->kamerstuk || (!near && !was) || strcmp(m->kamerstuk, r->kamerstukken[k].id) == 0)
            continue;
        if (was && strcmp(m->kamerstuk, was) == 0 && m->span.start < pos)
            return (long)j;
        if (!near)
            continue;
        if (!changed_at(s, sc->n, m, pos))
            continue;
        best = (long)j;
    }
    return best;
}

/* Does text write party in brackets ("Vermeer (BBB)")? */
static bool written_party(const char *text, const char *party)
{
    size_t pl = strlen(party);
    for (const char *q = strchr(text, '('); q; q = strchr(q + 1, '('))
        if (strncmp(q + 1, party, pl) == 0 && (q[1 + pl] == ')' || q[1 + pl] == ';' || q[1 + pl] == ','))
            return true;
    return false;
}

/* Whether motion m is the motion p kept before it at j (and then p takes
 * what m adds); body: where the considerans that names m begins, or
 * (size_t)-1. */
static bool joins_kept(const char *s, size_t n, ki_motion *m, ki_motion *p, size_t j, size_t body, bool msub,
                       bool mrow, const subflags *rows)
{
    bool same = false;
    if (body != (size_t)-1 && p->span.start <= body && p->span.start + 40 >= body)
        return false;
    bool mbare = !m->kamerstuk && !m->nsponsors, pbare = !p->kamerstuk && !p->nsponsors;
    /* two rows of an annex, each with its own dictum, are two
     * motions unless one number names both */
    bool two_rows = mrow && j < rows->cap && rows->v[j];
    if (m->kamerstuk && p->kamerstuk)
        same = strcmp(m->kamerstuk, p->kamerstuk) == 0;
    else if (two_rows)
        same = false;
    else if ((mbare || pbare) && !msub && same_subject(m->subject, p->subject)) {
        /* "de motie over X" is the motion named before (or after)
         * with that subject; the named mention gives the record */
        same = true;
        if (pbare && !mbare) {
            p->kamerstuk = m->kamerstuk;
            p->sponsors = m->sponsors;
            p->nsponsors = m->nsponsors;
            p->cs = m->cs;
            p->text = m->text;
            p->span = m->span;
        }
    } else if (!m->kamerstuk && m->nsponsors && p->nsponsors && !msub && !rows_apart(s, n, m, p))
        same = strcasecmp(m->sponsors[0].name, p->sponsors[0].name) == 0;
    else if (m->kamerstuk && !p->kamerstuk && m->nsponsors && p->nsponsors &&
             strcasecmp(m->sponsors[0].name, p->sponsors[0].name) == 0) {
        /* the first mention lacked the number: take it */
        p->kamerstuk = m->kamerstuk;
        same = true;
    }
    if (!same)
        return false;
    /* ... or named fewer of them: "De motie-X (...) is in die zin
     * gewijzigd dat zij thans is ondertekend door de leden X en Y" */
    if ((!p->nsponsors && m->nsponsors) ||
        (m->kamerstuk && p->kamerstuk && p->nsponsors && m->nsponsors > p->nsponsors &&
         strcasecmp(m->sponsors[0].name, p->sponsors[0].name) == 0)) {
        p->sponsors = m->sponsors;
        p->nsponsors = m->nsponsors;
        p->cs = m->cs;
    }
    /* "de motie van het lid Vermeer over X?" and then "de motie van het lid
     * Vermeer (BBB) (Kamerstuk ...)": the party the later mention writes
     * (not one a speaker's label gave it, which no mention writes) */
    for (size_t x = 0; p->sponsors != m->sponsors && x < p->nsponsors; x++)
        for (size_t y = 0; !p->sponsors[x].party && y < m->nsponsors; y++)
            if (m->sponsors[y].party && strcasecmp(p->sponsors[x].name, m->sponsors[y].name) == 0 && m->text &&
                written_party(m->text, m->sponsors[y].party))
                p->sponsors[x].party = m->sponsors[y].party;
    if (kd_rel_rank(m->relation) > kd_rel_rank(p->relation)) {
        p->relation = m->relation;
        p->evidence = m->evidence;
    }
    /* "... de motie Jansen c.s. (Kamerstuk 35510-21). Met de motie
     * Jansen c.s. verzocht uw Kamer het kabinet X": the later
     * mention says what it asks */
    if (!p->subject && m->subject)
        p->subject = m->subject;
    return true;
}

/* One record per motion: each motion joins the first kept one that
 * joins_kept() finds the same, else is kept.  A motion with a Kamerstuk can
 * only be the same as one with that Kamerstuk or one without any (with
 * another, joins_kept() says no and changes nothing), so those are all it
 * is compared with: the kept ones by Kamerstuk in a ki_strindex, and a list
 * of those without, in the order of the records, so that the first found
 * is the one the walk over all of them would find.  (A long document's
 * hundreds of motions made that walk grow with their square.) */
static ki_status dedup_motions(struct ki_scan *sc, subflags *subm, subflags *rows)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    ki_strindex byk = KI_STRINDEX_INIT;
    size_t *none = NULL, nnone = 0; /* kept without a Kamerstuk when kept, ascending */
    ki_status st = KI_OK;
    /* a letter's few motions are walked: the index would cost more */
    bool indexed = r->nmotions > 48;
    if (indexed && !(none = malloc(r->nmotions * sizeof *none)))
        return KI_ERR_NOMEM;
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        ki_motion *m = &r->motions[i];
        bool dup = false;
        bool msub = i < subm->cap && subm->v[i];
        bool mrow = i < rows->cap && rows->v[i];
        /* an earlier motion named in the considerans of one moved here
         * ("constaterende dat naar aanleiding van de motie van de leden X en
         * Y onderzoek is gedaan"): only cited, and not the one moved */
        size_t body = msub ? (size_t)-1 : motion_body(sc, m->span.start);
        if (body != (size_t)-1)
            m->relation = KI_REL_CITED;
        if (!m->kamerstuk || !indexed) {
            for (size_t j = 0; j < o && !dup; j++)
                dup = joins_kept(s, n, m, &r->motions[j], j, body, msub, mrow, rows);
        } else {
            ki_idxlist same = ki_strindex_get(&byk, m->kamerstuk);
            size_t a = 0, b = 0;
            while (!dup && (a < same.n || b < nnone)) {
                size_t ja = a < same.n ? same.v[a] : (size_t)-1, jb = b < nnone ? none[b] : (size_t)-1;
                bool numberless = jb <= ja;
                size_t j = numberless ? none[b++] : same.v[a++];
                ki_motion *p = &r->motions[j];
                if (numberless && p->kamerstuk)
                    continue; /* it took a number since: in byk now */
                dup = joins_kept(s, n, m, p, j, body, msub, mrow, rows);
                /* p took m's number */
                if (dup && numberless && p->kamerstuk && (st = ki_strindex_add(&byk, p->kamerstuk, j)))
                    goto out;
            }
        }
        if (!dup) {
            if (o < rows->cap)
                rows->v[o] = mrow; /* o <= i: the flags move with their records */
            if (indexed && !m->kamerstuk)
                none[nnone++] = o;
            else if (indexed && (st = ki_strindex_add(&byk, m->kamerstuk, o)))
                goto out;
            r->motions[o++] = *m;
        }
    }
    r->nmotions = o;
out:
    ki_strindex_free(&byk);
    free(none);
    return st;
}

/* s[a..b) without the words that join it to what follows ("de Jeugdwet en
 * de" before "motie Jeugdzorg", "X, alsmede"): a subject ends in no
 * conjunction or article. */
static size_t open_tail(const char *s, size_t a, size_t b)
{
    static const char *const tail[] = {"en", "of", "de", "het", "een", "alsmede", "alsook", "evenals", "en/of", NULL};
    for (;;) {
        size_t e = b;
        while (e > a && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == ','))
            e--;
        size_t w = e;
        while (w > a && (ki_is_letter((unsigned char)s[w - 1]) || s[w - 1] == '/'))
            w--;
        if (w == e || w == a || !kd_word_in_list(s, w, e, tail))
            return e;
        b = w;
    }
}

/* The number of a motion read out (mi its "Motie" line) that the sentence
 * right after its text gives, with no "Deze motie is voorgesteld door"
 * between: "... en gaat over tot de orde van de dag.\n\nZij krijgt letter F
 * (36 702)." (the Eerste Kamer, whose chair names the members before it);
 * sets *lim to that number's end.  -1 when there is none. */
static long krijgt_after_body(struct ki_scan *sc, const motinfo *mi, size_t *lim)
{
    const char *s = sc->s;
    size_t n = sc->n, eol;
    if (!motion_heading(sc, mi, &eol))
        return -1;
    static const char orde[] = "en gaat over tot de orde van de dag";
    size_t hi = eol + 6000 < n ? eol + 6000 : n;
    size_t g = kd_find_ci(s, hi, eol, orde);
    if (g == (size_t)-1)
        return -1;
    size_t a = g + sizeof orde - 1;
    if (a < n && s[a] == '.')
        a++;
    size_t b = kd_sent_end(s, n, ki_skip_blank(s, n, a));
    if (b > a + 120)
        b = a + 120;
    for (long q = kd_kst_in(sc, a, b); q >= 0; q = kd_kst_in(sc, sc->r->kamerstukken[q].span.end, b))
        if (sc->kflag[q] & KF_KRIJGT) {
            *lim = sc->r->kamerstukken[q].span.end;
            return q;
        }
    return -1;
}

static ki_status build_motions_in(struct ki_scan *sc, const motinfo *mv, size_t nm,
                                  const cominfo *cv, size_t nc, subflags *subm, subflags *rows)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (size_t i = 0; i < nm; i++) {
        motinfo cur = mv[i];
        const motinfo *mi = &cur;
        size_t after = mi->names_e > mi->end ? mi->names_e : mi->end;
        size_t nt = kd_next_trigger(mv, nm, cv, nc, mi->start, n);
        size_t se = kd_sent_end(s, n, after > 0 ? after - 1 : 0);
        if (mi->by) /* "Zij krijgt nr. 890 (29279)." follows */
            se = kd_sent_end(s, n, ki_skip_blank(s, n, se));
        size_t lim = se < nt ? se : nt;
        if (lim > after + 600)
            lim = after + 600;
        /* a title line ends the motion's text: what follows is not its number */
        size_t hl = heading_end(sc, mi->start, after);
        if (hl < lim)
            lim = hl;
        long k = kd_kst_in(sc, after, lim);
        while (k >= 0 && (sc->kflag[k] & KF_REPLACED))
            k = kd_kst_in(sc, r->kamerstukken[k].span.end, lim);
        /* the number that opens the next motion ("... er -31066-504-Motie
         * van de leden X en Y", a line "31497-305 Gewijzigde motie ...") */
        if (k >= 0 && nt < n && number_before(sc, nt) == k)
            k = -1;
        /* "Aan de motie-X is uitvoering gegeven met de brief van 18 september
         * jl. (Kamerstuk 19 637, nr. 3266)": the number of the letter */
        if (k >= 0 && letter_between(s, after, r->kamerstukken[k].span.start))
            k = -1;
        bool nfirst = false; /* "31497-305 Gewijzigde motie van ..." */
        if (k < 0 && !mi->by && !mi->header)
            nfirst = (k = number_before(sc, mi->start)) >= 0;
        size_t fnote = 0; /* k is the Kamerstuk of a footnote further on: where its mark ends */
        if (k < 0 && !mi->by)
            k = kd_footnote_kamerstuk(sc, mi->start, lim, &fnote);
        /* a mark after the sentence's period ("De motie-X over Y is
         * uitgevoerd.6 Zie ..."): the motion's own words end before the
         * verb of its sentence, as a motion's without a number */
        if (k >= 0 && fnote) {
            size_t se0 = kd_sent_end(s, n, mi->start);
            if (fnote > se0 && se0 > after) {
                size_t e = subject_stop(s, after, se0);
                while (e > after && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == '.'))
                    e--;
                fnote = e;
            }
        }
        if (k < 0 && !mi->by)
            k = kd_cell_kamerstuk(sc, mi->start, nt);
        size_t rowdate = 0; /* a row's Vindplaats date gave k (row_vindplaats()) */
        if (k < 0 && !mi->by && !mi->header &&
            (k = row_vindplaats(sc, mi->start, after, kd_next_trigger(mv, nm, cv, 0, mi->start, n), &rowdate)) < 0)
            rowdate = 0;
        if (mi->by && k < 0) {
            /* Handelingen: "Deze motie is voorgesteld door het lid X. Naar mij
             * blijkt, wordt de indiening ervan voldoende ondersteund. Zij
             * krijgt nr. 203(28286)." -- the number a few sentences on */
            size_t l2 = after + 400 < nt ? after + 400 : nt;
            for (long q = kd_kst_in(sc, after, l2); q >= 0; q = kd_kst_in(sc, r->kamerstukken[q].span.end, l2))
                if (sc->kflag[q] & KF_KRIJGT) {
                    k = q;
                    lim = r->kamerstukken[q].span.end;
                    break;
                }
        }
        size_t eol;
        bool body_nr = false; /* k from krijgt_after_body() */
        if (k < 0 && !mi->by)
            body_nr = (k = krijgt_after_body(sc, mi, &lim)) >= 0;
        /* a motion read out gets its number from "Zij krijgt nr."; a number
         * in its own overwegingen is another motion's ("overwegende dat de
         * motie op stuk nr. 68 (35483) is aangenomen") */
        if (k >= 0 && !(sc->kflag[k] & KF_KRIJGT) && motion_heading(sc, mi, &eol))
            k = -1;
        bool own = mi->header && sc->meta.self_id[0] && kd_kind_is(sc, "motie");
        if (own) {
            /* a further motion printed in the same file heads its page
             * with its own number ("Nr. 52   GEWIJZIGDE MOTIE VAN ...") */
            size_t hls = kd_line_start(s, mi->start);
            k = kd_kst_in(sc, hls, mi->start);
            if (k >= 0 && strcmp(r->kamerstukken[k].id, sc->meta.self_id) != 0)
                own = false;
            else
                k = -1;
        }
        /* the sponsors named apart from the number (see names_apart()) */
        bool late = nfirst, submitted = mi->by; /* they follow the number; submitted here */
        size_t namens_s = 0, namens_e = 0; /* "mede namens X en Y" of a motion read out */
        size_t sig_s = 0, sig_e = 0;       /* its movers' names below it, one a line */
        bool signed_k = false;             /* ... and its number after them */
        bool bracketed = false; /* "Kamerstuk ..., nr. 176 (Dik-Faber)" */
        /* "Tijdens het VAO ... zijn moties ingediend van de leden X en Y over
         * Z (Kamerstuk ...)": the participle between, then the members */
        size_t mw = ki_skip_blank(s, n, mi->end), mwe, mns, mne;
        if (mi->plural && mi->names_s == mi->names_e && !mi->header && !mi->by && (mwe = moved_word(s, n, mw)) &&
            word_at(s, n, ki_skip_blank(s, n, mwe), "van") &&
            names_at(sc, ki_skip_blank(s, n, mwe), mwe + 300 < n ? cp_fwd(s, n, mwe + 300) : n, "of", &mns, &mne) &&
            mne <= lim) {
            cur.names_s = mns;
            cur.names_e = mne;
            after = mne;
        }
        if (cur.names_s == cur.names_e && !mi->header && !mi->by) {
            size_t skip = 0;
            int how = names_apart(sc, mv, nm, i, k, &cur, &skip);
            /* "Voorzitter. In november nam de Kamer mijn motie aan": the
             * member speaking moved it */
            size_t ms, me;
            if (!how && !mi->plural && word_before(s, mi->start, "mijn") && speaker_label(sc, mi->start, &ms, &me)) {
                /* (the name without the party of the label, "Mevrouw
                 * Lamberink (BBB):": the motion's words give none, as the
                 * names under a motion read out give none) */
                const char *op = memchr(s + ms, '(', me - ms);
                if (op && (size_t)(op - s) > ms)
                    for (me = (size_t)(op - s); me > ms && ki_is_blank((unsigned char)s[me - 1]);)
                        me--;
                cur.names_s = ms;
                cur.names_e = me;
                how = 2;
            }
            late = how == 1 || how == 3;
            bracketed = how == 3;
            i += skip;
            after = cur.names_e > cur.end ? cur.names_e : cur.end;
            if (late) {
                lim = kd_sent_end(s, n, after > 0 ? after - 1 : 0);
                nt = kd_next_trigger(mv, nm, cv, nc, cur.end, n);
                if (lim > nt)
                    lim = nt;
                if (lim > after + 600)
                    lim = after + 600;
            }
        }
        if (mi->names_s == mi->names_e && !mi->header) {
            /* "die laatste motie", "deze motie": one already named */
            size_t b = mi->start, w0 = 0;
            for (int back = 0; back < 2 && b > 0; back++) {
                while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
                    b--;
                size_t e = b;
                while (b > 0 && ki_is_letter((unsigned char)s[b - 1]))
                    b--;
                if (word_at(s, e, b, "deze") || word_at(s, e, b, "die") || word_at(s, e, b, "dezelfde") ||
                    word_at(s, e, b, "laatste") || word_at(s, e, b, "genoemde") ||
                    word_at(s, e, b, "bovengenoemde") || word_at(s, e, b, "voornoemde"))
                    w0 = 1;
                /* an article before it ends its phrase: "die de motie op nr.
                 * 1297 verving" names a motion of its own */
                if (word_at(s, e, b, "de") || word_at(s, e, b, "het") || word_at(s, e, b, "een"))
                    break;
            }
            /* "Motie-Van Oostrum c.s. over X" as a heading, the paragraph
             * below opening "De motie (Kamerstukken II ..., nr. 33)
             * vraagt ...": the heading's motion, numbered here */
            if (!w0 && k >= 0 && heading_numbered_below(sc, mi, k))
                continue;
            size_t eol0;
            bool direct = false;
            if ((!w0 || body_follows(sc, mi, &eol0)) && (k < 0 || body_nr) && read_out_motion(sc, &cur, &direct)) {
                submitted = true;
                /* signed and numbered below its text: those names are its
                 * movers (not the member speaking alone), that its number */
                long sk;
                if (!direct && signed_read_out(sc, cur.end, &sk, &sig_s, &sig_e)) {
                    k = sk;
                    signed_k = true;
                    if (sig_e > sig_s)
                        cur.names_s = cur.names_e = cur.co_s = cur.co_e = 0;
                }
                /* "Ik leg die motie mede namens de collega's X en Y voor." */
                if (direct) {
                    namens_s = kd_sent_start(s, n, mi->start);
                    namens_e = kd_line_end(s, n, mi->end);
                }
                /* its subject is its "verzoekt ..." body, not the words after "Motie" */
                after = cur.end;
                lim = after;
            } else if ((w0 || k < 0) && (w0 || mi->plural || !by_subject(s, n, mi->start, mi->end, lim))) {
                if (!mi->plural && w0 && k >= 0)
                    back_number(sc, mv, nm, mi->start, k);
                if (!mi->plural) /* "alle moties zijn afgehandeld" names no one motion */
                    back_reference(sc, mv, nm, cv, nc, mi->start);
                else if (w0)
                    plural_back_reference(sc, mi->start);
                continue;
            }
        }
        /* "mijn reactie op de aangenomen moties (Kamerstuk 32 123 X, nr. 89)":
         * several motions without a name own no one number; it is the
         * letter's that handles them */
        if (k >= 0 && mi->plural && cur.names_s == cur.names_e && !late && !bracketed && !submitted &&
            !((size_t)k + 1 < r->nkamerstukken && sc->kgroup[k + 1] == sc->kgroup[k]) &&
            kd_kst_in(sc, r->kamerstukken[k].span.end, lim) < 0)
            continue;
        size_t nk = 1;
        if (k >= 0 && mi->plural) {
            while ((size_t)k + nk < r->nkamerstukken && sc->kgroup[k + nk] == sc->kgroup[k])
                nk++;
            /* "de volgende moties zijn vervallen: 35300-XII-53; 34348-74; ...":
             * after a colon, every item of the list is one of them */
            size_t ks = r->kamerstukken[k].span.start; /* may lie before after (a table cell) */
            /* ... and "de moties over X (Kamerstuk 35510-21 en Kamerstuk
             * 35510-16)": every number of the bracket that follows them */
            size_t ob = ks;
            while (ob > after && ki_is_blank((unsigned char)s[ob - 1]))
                ob--;
            bool bracket = ob > after && s[ob - 1] == '(' && cur.names_s == cur.names_e;
            if (ks > after && (bracket || memchr(s + after, ':', ks - after))) {
                while ((size_t)k + nk < r->nkamerstukken) {
                    size_t pe = r->kamerstukken[k + nk - 1].span.end;
                    size_t ns = r->kamerstukken[k + nk].span.start;
                    if (ns < pe || ns - pe > 4)
                        break;
                    bool sep = true; /* only "; " or ", " between them, or " en " in a bracket */
                    for (size_t x = pe; x < ns && sep; x++) {
                        size_t e;
                        if (bracket && (e = word_at(s, ns, x, "en")))
                            x = e - 1;
                        else
                            sep = s[x] == ';' || s[x] == ',' || ki_is_blank((unsigned char)s[x]);
                    }
                    if (!sep)
                        break;
                    nk++;
                }
            }
        }
        for (size_t q = 0; q < nk; q++) {
            ki_motion *m = ki_refs_add_motion(r);
            if (!m || !sub_set(subm, r->nmotions - 1, submitted))
                return KI_ERR_NOMEM;
            if (k >= 0)
                m->kamerstuk = r->kamerstukken[k + q].id;
            else if (own)
                m->kamerstuk = ki_refs_strdup(r, sc->meta.self_id);
            if (mi->names_e > mi->names_s) {
                ki_status st = parse_sponsors(sc, m, mi->names_s, mi->names_e);
                if (st)
                    return st;
            }
            if (cur.co_e > cur.co_s) {
                ki_status st = parse_sponsors(sc, m, cur.co_s, cur.co_e);
                if (st)
                    return st;
            }
            if (namens_e > namens_s) {
                ki_status st = namens_sponsors(sc, m, namens_s, namens_e);
                if (st)
                    return st;
            }
            if (sig_e > sig_s) {
                ki_status st = signer_lines(sc, m, sig_s, sig_e);
                if (st)
                    return st;
            }
            if (q == 0 && k >= 0 && !late) {
                ki_status st = changed_sponsors(sc, m, r->kamerstukken[k].span.end);
                if (st)
                    return st;
            }
            /* subject: "over ..." or "met het verzoek ..." */
            size_t j = ki_skip_blank(s, n, after), e2, subj_cut = 0;
            size_t subj_s = j, subj_e = k >= 0 && !late ? r->kamerstukken[k].span.end : lim;
            if (k >= 0 && !late && fnote > mi->end) {
                /* a footnote's number: the words up to its mark, without it
                 * ("over maatschappelijk prioriteren3", "c.s.[^3]") */
                subj_e = fnote;
                if (subj_e > subj_s && (s[subj_e - 1] == ']' || s[subj_e - 1] == ')')) /* "[3]", " 2)" */
                    subj_e--;
                while (subj_e > subj_s && ki_is_digit((unsigned char)s[subj_e - 1]))
                    subj_e--;
                while (subj_e > subj_s && (s[subj_e - 1] == '^' || s[subj_e - 1] == '['))
                    subj_e--;
            }
            size_t kb = k >= 0 && !late ? ki_skip_blank(s, n, r->kamerstukken[k].span.end) : 0;
            bool req = false;
            if (kb && kb < n && s[kb] == ')')
                kb = ki_skip_blank(s, n, kb + 1);
            /* "de gewijzigde motie-X c.s. (t.v.v. 35570-VIII-50) over Y", "(ter
             * vervanging van die gedrukt onder nr. 123) over Y": the motion it
             * replaces, then its subject */
            if (j < n && s[j] == '(') {
                size_t o = ki_skip_blank(s, n, j + 1);
                const char *cp = memchr(s + j, ')', n - j < 160 ? n - j : 160);
                if (cp && (starts_ci(s, n, o, "t.v.v") || starts_ci(s, n, o, "tvv") ||
                           starts_ci(s, n, o, "ter vervanging") || starts_ci(s, n, o, "was nr"))) {
                    size_t z = ki_skip_blank(s, n, (size_t)(cp - s) + 1);
                    if (word_at(s, n, z, "over") || word_at(s, n, z, "inzake"))
                        j = z;
                }
            }
            /* "een motie ingediend over X", "kondigde ... een motie aan over
             * X": what was done to it, then its subject */
            /* "Het lid X dient de volgende motie in: verzoekt de regering Y" */
            if ((e2 = word_at(s, n, j, "in")) && e2 < n && s[e2] == ':' &&
                request_lead(s, n, ki_skip_blank(s, n, e2 + 1)))
                j = ki_skip_blank(s, n, e2 + 1);
            if (((e2 = moved_word(s, n, j)) || (e2 = word_at(s, n, j, "aan")) || (e2 = word_at(s, n, j, "in"))) &&
                (word_at(s, n, ki_skip_blank(s, n, e2), "over") || word_at(s, n, ki_skip_blank(s, n, e2), "inzake")))
                j = ki_skip_blank(s, n, e2);
            /* "een motie-X c.s. ingediend, met als strekking dat Y" */
            if ((e2 = moved_word(s, n, j))) {
                size_t c = ki_skip_blank(s, n, e2);
                if (c < n && s[c] == ',')
                    c = ki_skip_blank(s, n, c + 1);
                if (request_lead(s, n, c))
                    j = c;
            }
            if ((e2 = word_at(s, n, j, "over")) || (e2 = word_at(s, n, j, "inzake"))) {
                subj_s = ki_skip_blank(s, n, e2);
            } else if (kb > j && kb < lim && ((e2 = word_at(s, n, kb, "over")) || (e2 = word_at(s, n, kb, "inzake")))) {
                /* "de motie (36512, nr. 76) over de huurtoeslag is uitgevoerd" */
                subj_s = ki_skip_blank(s, n, e2);
                subj_e = subject_stop(s, subj_s, lim);
            } else if ((e2 = request_lead(s, n, j))) {
                subj_s = e2;
                /* "De motie van het lid X verzoekt de regering Y.": Y, to its sentence's end */
                if ((req = word_at(s, n, j, "verzoekt") != 0 || word_at(s, n, j, "verzocht") != 0 ||
                           purport_at(s, n, j)))
                    subj_e = request_end(s, n, e2, n);
            } else if (kb > j && kb < lim && (e2 = request_lead(s, n, kb))) {
                /* "De motie van het lid X (Kamerstuk ...) verzoekt de regering Y." */
                subj_s = e2;
                subj_e = request_end(s, n, e2, n);
                req = true;
            } else {
                subj_s = subj_e;
            }
            if (subj_e > subj_s) {
                size_t cut = subj_e;
                for (size_t x = subj_s; x < subj_e; x++)
                    if (s[x] == '(' && k >= 0 && !late) {
                        cut = x;
                        break;
                    }
                /* "Motie van het lid X over Y⏎Kamerstuk 36600-XVI, nr. 45": the
                 * number on its own is no part of the subject */
                if (k >= 0 && !late && r->kamerstukken[k].span.start > subj_s && r->kamerstukken[k].span.start < cut)
                    cut = r->kamerstukken[k].span.start;
                /* ... nor is the label of its line ("...⏎Vindplaats: Kamerstuk ...") */
                if (k >= 0 && !late && cut > subj_s) {
                    size_t kl = kd_line_start(s, cut), kw = ki_skip_blank(s, cut, kl);
                    size_t kwe = kd_word_end(s, cut, kw);
                    if (kl > subj_s && kwe > kw && kwe < cut && s[kwe] == ':' && ki_skip_blank(s, n, kwe + 1) == cut)
                        cut = kl;
                }
                /* a row's description cell: its first sentence, before the
                 * Vindplaats's date */
                if (rowdate && rowdate < cut)
                    cut = rowdate;
                if (k >= 0 && !late)
                    cut = before_figure_date(s, subj_s, cut);
                if (rowdate && kd_sent_end(s, n, subj_s) < cut)
                    cut = kd_sent_end(s, n, subj_s);
                if ((k < 0 || late) && !req)
                    cut = subj_e = subject_stop(s, subj_s, lim);
                while (cut > subj_s && (ki_is_blank((unsigned char)s[cut - 1]) || s[cut - 1] == '.' ||
                                        s[cut - 1] == ',' || s[cut - 1] == '|' || s[cut - 1] == ';'))
                    cut--;
                cut = open_tail(s, subj_s, cut);
                if (cut > subj_s && cut - subj_s < 400 && !kd_anaphor(s, subj_s, cut) &&
                    !(m->subject = kd_clean_copy(r, s, subj_s, cut)))
                    return KI_ERR_NOMEM;
                if (m->subject)
                    subj_cut = cut;
            }
            /* known by its subject alone (by_subject()): that is all it has */
            bool bare = k < 0 && !own && mi->names_s == mi->names_e && !mi->header && !submitted;
            if (bare && !m->subject) {
                r->nmotions--;
                continue;
            }
            /* a motion moved here or the motion itself: what it asks ("verzoekt
             * de regering, X" gives X) */
            if (!m->subject && (mi->header || submitted)) {
                size_t ds, de;
                if (dictum(s, n, mi->start, mi->end, mi->by, &ds, &de) && !(m->subject = requests_copy(r, s, ds, de)))
                    return KI_ERR_NOMEM;
            }
            /* a row of an annex "Moties en toezeggingen": its dictum cell */
            size_t ds, de;
            bool arow = annex_dictum(s, n, mi->start, after, &ds, &de);
            if (arow) {
                if (!sub_set(rows, r->nmotions - 1, true))
                    return KI_ERR_NOMEM;
                if (!m->subject && !(m->subject = requests_copy(r, s, ds, de)))
                    return KI_ERR_NOMEM;
            }
            size_t xs = after, xe = k >= 0 && !late ? r->kamerstukken[k].span.end : subj_e;
            /* a number from a footnote far below: the motion's own words end
             * at its mark ("De motie van het lid X (NSC)4 over Y is
             * afgedaan."), the rest of the sentence says what became of it */
            if (k >= 0 && !late && fnote && xe > kd_sent_end(s, n, mi->start))
                xe = fnote > mi->end ? fnote : mi->end;
            /* without a number or an "over ..." the words after the name say
             * what happens to it ("de wijze waarop de motie X wordt
             * uitgevoerd"), they are no subject to leave out */
            if ((k < 0 || late) && subj_s == subj_e)
                xe = after;
            size_t te0 = xe > mi->end ? xe : mi->end;
            size_t es, ee;
            /* items later in the same sentence do not end its next sentence
             * ("A en B zijn betrokken. Over de uitvoering van beide moties
             * informeer ik u ..."), unless that sentence names an item itself */
            size_t own_end = kd_sent_end(s, n, mi->start);
            size_t nt_same = kd_next_trigger_f(mv, nm, cv, nc, mi->start, n, true);
            size_t nt_item = nt_same;
            if (nt_same < own_end) {
                size_t nt_after = kd_next_trigger_f(mv, nm, cv, nc, own_end > 0 ? own_end - 1 : 0, n, true);
                if (nt_after >= kd_sent_end(s, n, ki_skip_blank(s, n, own_end)))
                    nt_item = nt_after;
            }
            bool heading = ki_skip_blank(s, n, kd_line_start(s, mi->start)) == mi->start;
            /* the motion document itself ("Nr. 110 MOTIE VAN HET LID X"):
             * its considerans ("constaterende dat ... niet volledig is
             * uitgevoerd") says nothing of what became of it */
            bool self_doc = mi->header && kd_kind_is(sc, "motie");
            if (!submitted && !self_doc && !mi->header && in_motion_text(sc, mi->start)) {
                /* named in another motion's considerans ("constaterende dat
                 * de eerder aangenomen motie-X ... nog niet volledig is
                 * uitgevoerd"): the Kamer's words, no report on it */
                m->relation = KI_REL_CITED;
                clause_around(s, n, mi->start, &es, &ee);
            } else if (submitted || self_doc) {
                /* a motion moved here: its own "verzoekt de regering ... de
                 * Kamer hierover te informeren" is its request, not a report */
                m->relation = KI_REL_CITED;
                es = kd_sent_start(s, n, mi->start);
                ee = own_end;
            } else if (!(arow && annex_status(sc, mi->start, &m->relation, &es, &ee)) &&
                       !(rowdate && row_stand(sc, r->kamerstukken[k].span.end, &m->relation, &es, &ee)) &&
                       !row_status(sc, mi->start, &m->relation, &es, &ee) &&
                       !kd_clause_rel(sc, mv, nm, cv, nc, mi->start, te0, xs, xe, &m->relation, &es, &ee)) {
                m->relation = kd_relation_of(sc, mi->start, xs, xe, nt_item, &es, &ee);
                /* "Aan de motie wordt daarmee uitvoering gegeven; zij is nog
                 * niet afgerond": done and not done weigh as not yet done */
                if (m->relation == KI_REL_ADDRESSED && not_yet_done(s, es, ee))
                    m->relation = KI_REL_PROGRESS;
                /* "De motie-X vraagt ...; de brief gaat daar niet op in":
                 * named, not handled */
                if (m->relation == KI_REL_ADDRESSED && not_gone_into(s, es, ee))
                    m->relation = KI_REL_CITED;
                /* (also where a cue of progress beside it made the two
                 * weigh as handled: "Die motie voer ik uit in twee stappen;
                 * het register gaat volgens planning op 1 januari open") */
                if ((m->relation == KI_REL_SETTLED || m->relation == KI_REL_ADDRESSED) && carrying_out(s, es, ee))
                    m->relation = KI_REL_PROGRESS;
                /* "De heer X heeft gevraagd of de motie over Y is uitgevoerd":
                 * an indirect question reports nothing; nor does a member's
                 * in a debate or a verslag ("Wij vragen de regering of zij ter
                 * uitvoering van de motie X ..."), where a letter that recalls
                 * the question ("U vroeg hoe de motie X wordt uitgevoerd")
                 * handles it */
                bool letter = kd_kind_is(sc, "brief") || kd_kind_is(sc, "antwoord") || kd_kind_is(sc, "beslisnota");
                if ((m->relation == KI_REL_SETTLED || m->relation == KI_REL_PROGRESS ||
                     (m->relation == KI_REL_ADDRESSED && !letter)) &&
                    es == kd_sent_start(s, n, mi->start) && asked_whether(s, es, mi->start))
                    m->relation = KI_REL_CITED;
                /* "Met deze brief informeer ik u over de uitvoering van diverse
                 * moties ...", then "Motie Bisschop over ..." opening a line:
                 * one of those the letter handles */
                if (m->relation == KI_REL_CITED && heading && !mi->header && handles_motions(sc))
                    m->relation = handles_open_motions(sc) ? KI_REL_PROGRESS : KI_REL_ADDRESSED;
                size_t ps = kd_sent_start(s, n, mi->start), pe = kd_sent_end(s, n, mi->start);
                if ((m->relation == KI_REL_CITED || m->relation == KI_REL_ADDRESSED) &&
                    promise_in(s, ps, pe, xs, xe)) {
                    /* "Conform de motie van het lid X, zal het kabinet uw Kamer
                     * hier voor 1 april nader over informeren" */
                    m->relation = KI_REL_PROGRESS;
                    es = ps;
                    ee = pe;
                } else if (m->relation == KI_REL_CITED && kd_kind_is(sc, "brief") &&
                           mi->start < 3000 && request_recap(s, ps, pe)) {
                    /* "Uw Kamer heeft via de motie van het lid X het kabinet
                     * verzocht ...", opening a letter: what the letter answers */
                    m->relation = KI_REL_ADDRESSED;
                    es = ps;
                    ee = pe;
                }
                /* an uitstelbrief: "Hierbij deel ik u mede dat aan deze motie
                 * niet voor de gestelde termijn uitvoering gegeven kan worden" */
                size_t es2, ee2;
                if ((m->relation == KI_REL_CITED || m->relation == KI_REL_ADDRESSED) && !mi->header &&
                    kd_kind_is(sc, "brief") && step_after(sc, mv, nm, i, pe, &es2, &ee2)) {
                    m->relation = KI_REL_PROGRESS;
                    es = es2;
                    ee = ee2;
                }
            }
            /* "(de motie-Graus ...), die de motie op nr. 1297 verving": the
             * motion replaced is only named; the one that replaced it is
             * what the sentence settles */
            if (k >= 0 && !late) {
                size_t v = ki_skip_blank(s, n, r->kamerstukken[k].span.end);
                if (v < n && s[v] == ')')
                    v = ki_skip_blank(s, n, v + 1);
                if (word_at(s, n, v, "verving") || word_at(s, n, v, "vervingen") || word_at(s, n, v, "vervangt"))
                    m->relation = KI_REL_CITED;
            }
            /* "Dit wetsvoorstel geeft invulling aan het eerste deel van die
             * motie", and "De uitvoering van de motie is daarmee nog niet
             * afgerond" later in the paragraph: a part done, or done and
             * not yet done, is progress */
            if (m->relation == KI_REL_SETTLED && !submitted && !self_doc &&
                (part_done(s, es, ee) || undone_after(sc, ee, ee + UNDONE_REACH < n ? ee + UNDONE_REACH : n)))
                m->relation = KI_REL_PROGRESS;
            /* a table row "NUMBER, Motie X c.s.STATUS": its status cell */
            if (nfirst && !submitted)
                glued_status(s, n, mi->names_s < mi->names_e ? mi->names_s : mi->end, &m->relation, &es, &ee);
            /* a later sentence that says a toezegging is done or under way,
             * and names no motion, is the toezegging's: "... naar aanleiding
             * van de motie Poppe (...). Met deze brief doe ik deze toezegging
             * gestand.", an Eerste Kamer toezegging page's "Status voldaan"
             * (under "Datum toezegging") below a motion its text names */
            if (!submitted && !self_doc && (m->relation == KI_REL_SETTLED || m->relation == KI_REL_PROGRESS) &&
                es >= own_end && toezegging_only(s, es, ee)) {
                m->relation = KI_REL_CITED;
                es = kd_sent_start(s, n, mi->start);
                ee = own_end;
            }
            m->evidence = kd_clean_copy(r, s, es, ee);
            /* (its text ends at its footnote mark, not at the footnote far below) */
            size_t te = k >= 0 && fnote ? (fnote > mi->end ? fnote : mi->end)
                        : k >= 0 && r->kamerstukken[k].span.end > mi->end ? r->kamerstukken[k].span.end
                                                                          : mi->end;
            if (mi->names_e > te)
                te = mi->names_e;
            if (bare) /* "motie over de bekostiging van het mbo" */
                te = subj_cut;
            if (signed_k) /* a motion read out: its "Motie" line, not its whole text */
                te = mi->end;
            m->text = kd_clean_copy(r, s, mi->start, te);
            m->span.start = mi->start;
            m->span.end = te;
            m->span.page = ki_text_page(sc->t, mi->start);
            if (q > 0) {
                /* the later items of "de moties 35925-32; 35925-29; ...": each
                 * where its own number stands */
                m->text = r->kamerstukken[k + q].text;
                m->span = r->kamerstukken[k + q].span;
            }
            if (!m->text || !m->evidence)
                return KI_ERR_NOMEM;
        }
        /* "de moties Marijnissen c.s. en Klaver c.s." without numbers: one
         * motion each, after the first (that the loop above made) */
        if (k < 0 && mi->plural && mi->names_e > mi->names_s && r->nmotions > 0 &&
            r->motions[r->nmotions - 1].span.start == mi->start) {
            size_t base = r->nmotions - 1, lim2 = mi->names_e + 200 < n ? mi->names_e + 200 : n;
            size_t c = kd_find_ci(s, mi->names_e + 6 < n ? mi->names_e + 6 : n, mi->names_s, "c.s.");
            for (int more = 0; c != (size_t)-1 && more < 8; more++) {
                size_t seg = ki_skip_blank(s, lim2, c + 4), en;
                if (seg < lim2 && s[seg] == ',')
                    seg = ki_skip_blank(s, lim2, seg + 1);
                else if ((en = word_at(s, lim2, seg, "en")))
                    seg = ki_skip_blank(s, lim2, en);
                else
                    break;
                size_t c2 = kd_find_ci(s, seg + 64 < lim2 ? seg + 64 : lim2, seg, "c.s.");
                if (c2 == (size_t)-1 || c2 == seg || !is_upper((unsigned char)s[seg]))
                    break;
                for (size_t x = seg; x < c2; x++)
                    if (s[x] == '.' || s[x] == ';' || s[x] == '(' || s[x] == '\n')
                        c2 = (size_t)-1;
                if (c2 == (size_t)-1)
                    break;
                ki_motion *m = ki_refs_add_motion(r);
                if (!m || !sub_set(subm, r->nmotions - 1, submitted))
                    return KI_ERR_NOMEM;
                const ki_motion *first = &r->motions[base];
                m->relation = first->relation;
                m->evidence = first->evidence;
                ki_status st = parse_sponsors(sc, m, seg, c2 + 4);
                if (st)
                    return st;
                m->cs = true;
                if (!(m->text = kd_clean_copy(r, s, seg, c2 + 4)))
                    return KI_ERR_NOMEM;
                m->span.start = seg;
                m->span.end = c2 + 4;
                m->span.page = ki_text_page(sc->t, seg);
                c = c2;
            }
        }
        /* "de moties van de leden A c.s. en B c.s. (Kamerstuk 35 510, nrs. 21
         * en 16)": as many members, each with his c.s., as numbers -- the
         * motions are theirs in that order, one each */
        size_t ks0 = k >= 0 ? r->kamerstukken[k].span.start : 0;
        if (k >= 0 && mi->plural && nk >= 2 && r->nmotions >= nk && mi->names_e > mi->names_s &&
            ks0 > mi->names_s && ks0 - mi->names_s < 300) {
            /* (the names up to the number: the first member's c.s. may end
             * what names_at() read) */
            size_t names_e = ks0, ncs = 0;
            for (size_t x = mi->names_s; x + 4 <= names_e; x++)
                ncs += memcmp(s + x, "c.s.", 4) == 0;
            size_t b0 = r->nmotions - nk, seg = mi->names_s;
            for (size_t q = 0; q < nk && ncs == nk; q++) {
                /* member q: up to and with his "c.s.", past "en" or "," */
                size_t x = seg;
                while (x + 4 <= names_e && memcmp(s + x, "c.s.", 4) != 0)
                    x++;
                if (x + 4 > names_e)
                    break;
                ki_motion *m = &r->motions[b0 + q];
                m->nsponsors = 0;
                ki_status st = parse_sponsors(sc, m, seg, x + 4);
                if (st)
                    return st;
                m->cs = true;
                seg = ki_skip_blank(s, names_e, x + 4);
                if (seg < names_e && s[seg] == ',')
                    seg = ki_skip_blank(s, names_e, seg + 1);
                size_t en = word_at(s, names_e, seg, "en");
                if (en)
                    seg = ki_skip_blank(s, names_e, en);
            }
        }
        /* "de moties van de leden A c.s. (Kamerstuk ...) en B (Kamerstuk ...)" */
        if (k >= 0 && mi->plural && !late && nk == 1) {
            ki_status st = list_next_motions(sc, r->nmotions - 1, k);
            if (st)
                return st;
        }
        /* "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), Kamerstuk 32 793,
         * nr. 181 (Wolbert) en ..." */
        if (k >= 0 && mi->plural && bracketed) {
            ki_status st = list_next_numbered(sc, r->nmotions - 1, k, cur.end);
            if (st)
                return st;
        }
    }
    /* the replaced motion ("t.v.v. 31497-297", "gedrukt onder nr. 297") and
     * a motion numbered in Handelingen ("Zij krijgt nr. 41 (36 600 XVI)")
     * are motions too, without sponsors when nothing names them */
    ki_strindex byk = KI_STRINDEX_INIT; /* the motions [0, filed) by Kamerstuk */
    size_t filed = 0;
    motion_ends ends = {NULL, 0, 0};
    for (size_t k = 0; k < r->nkamerstukken; k++) {
        if (!(sc->kflag[k] & (KF_REPLACED | KF_KRIJGT)))
            continue;
        if ((sc->kflag[k] & KF_REPLACED) && amendment_replaced(s, n, r->kamerstukken[k].span.start))
            continue;
        long have = -1;
        bool big = r->nmotions > 48;
        if (!big) {
            for (size_t j = 0; j < r->nmotions && have < 0; j++)
                if (r->motions[j].kamerstuk && strcmp(r->motions[j].kamerstuk, r->kamerstukken[k].id) == 0)
                    have = (long)j;
        } else {
            /* a long document's: by their Kamerstuk, those added since
             * filed first (their Kamerstuk is not changed here) */
            for (; filed < r->nmotions; filed++)
                if (r->motions[filed].kamerstuk && ki_strindex_add(&byk, r->motions[filed].kamerstuk, filed))
                    break;
            if (filed < r->nmotions || motion_ends_sync(&ends, r)) {
                ki_strindex_free(&byk);
                free(ends.v);
                return KI_ERR_NOMEM;
            }
            ki_idxlist l = ki_strindex_get(&byk, r->kamerstukken[k].id);
            if (l.n)
                have = (long)l.v[0];
        }
        /* a gewijzigde motie numbered here ("Zij krijgt nr. 348, was nr. 347")
         * is the motion it changes in its new words: its sponsors, unless
         * named apart, and its subject when its own request only points back */
        long old = (sc->kflag[k] & KF_KRIJGT) ? changed_motion(sc, k, big ? &ends : NULL, &byk) : -1;
        /* the motion announced before it is read out, its number given after
         * ("Door de leden X en Y wordt de volgende motie voorgesteld: Motie
         * ... Zij krijgt letter F (36 702)."), or read out with its
         * signatures and no "voorgesteld door": the last motion before the
         * number, named but not numbered, with no number between them --
         * also when a later mention by number alone ("De motie op stuk nr.
         * 81 laat ik aan het oordeel van de Kamer") made a record of it */
        if ((sc->kflag[k] & KF_KRIJGT) && old < 0 &&
            (have < 0 || (r->motions[have].span.start > r->kamerstukken[k].span.end && !r->motions[have].nsponsors))) {
            size_t ks = r->kamerstukken[k].span.start;
            long last = -1;
            for (size_t j = 0; j < r->nmotions; j++)
                if (r->motions[j].span.start < ks && (last < 0 || r->motions[j].span.start > r->motions[last].span.start))
                    last = (long)j;
            bool free_before = last >= 0 && !r->motions[last].kamerstuk && r->motions[last].nsponsors > 0 &&
                               ks - r->motions[last].span.start < 3000;
            for (size_t q = 0; q < r->nkamerstukken && free_before; q++)
                if (q != k && (sc->kflag[q] & KF_KRIJGT) && r->kamerstukken[q].span.start > r->motions[last].span.start &&
                    r->kamerstukken[q].span.start < ks)
                    free_before = false;
            if (free_before) {
                ki_motion *m = &r->motions[last];
                m->kamerstuk = r->kamerstukken[k].id;
                size_t ds, de;
                if (!m->subject && read_out_before(s, n, ks) &&
                    dictum(s, n, ks, r->kamerstukken[k].span.end, true, &ds, &de) &&
                    !(m->subject = requests_copy(r, s, ds, de))) {
                    ki_strindex_free(&byk);
                    free(ends.v);
                    return KI_ERR_NOMEM;
                }
                continue;
            }
        }
        if (have >= 0) {
            ki_motion *m = &r->motions[have];
            if (old >= 0 && !m->subject && r->motions[old].subject)
                m->subject = r->motions[old].subject;
            continue;
        }
        ki_motion *m = ki_refs_add_motion(r);
        if (!m) {
            ki_strindex_free(&byk);
            free(ends.v);
            return KI_ERR_NOMEM;
        }
        m->kamerstuk = r->kamerstukken[k].id;
        m->relation = KI_REL_CITED;
        m->text = r->kamerstukken[k].text;
        m->span = r->kamerstukken[k].span;
        if (sc->kflag[k] & KF_KRIJGT) {
            size_t ds, de;
            if (read_out_before(s, n, m->span.start) && dictum(s, n, m->span.start, m->span.end, true, &ds, &de) &&
                !(m->subject = requests_copy(r, s, ds, de))) {
                ki_strindex_free(&byk);
                free(ends.v);
                return KI_ERR_NOMEM;
            }
            if (old >= 0) {
                const ki_motion *o = &r->motions[old];
                m->sponsors = o->sponsors;
                m->nsponsors = o->nsponsors;
                m->cs = o->cs;
                if (!m->subject)
                    m->subject = o->subject;
            }
        }
    }
    ki_strindex_free(&byk);
    free(ends.v);
    ki_status gst = glued_rows(sc, subm, rows);
    if (gst)
        return gst;
    annex_stands(sc, rows);
    /* one record per motion: a later mention by name only, or the same
     * Kamerstuk again, joins the first */
    return dedup_motions(sc, subm, rows);
}


/* The party in brackets right after the member's name in s[a, b) ("Het
 * lid Pool (PVV) heeft ...", "De leden X (GroenLinks-PvdA) en Y (NSC)"), at
 * most max bytes long: its span in *ps, *pe. */
static bool bracket_party(const char *s, size_t a, size_t b, const char *name, size_t max, size_t *ps, size_t *pe)
{
    size_t at = kd_find_ci(s, b, a, name);
    size_t q = at == (size_t)-1 ? at : at + strlen(name);
    if (q == (size_t)-1 || q + 2 >= b || s[q] != ' ' || s[q + 1] != '(')
        return false;
    const char *cb = memchr(s + q + 2, ')', b - q - 2);
    if (!cb || cb == s + q + 2 || (size_t)(cb - (s + q + 2)) > max)
        return false;
    *ps = q + 2;
    *pe = (size_t)(cb - s);
    return true;
}

/* A section headed by a motion it names without its number ("6.
 * Appreciatie motie-Pool") whose first sentence gives the number ("Het lid
 * Pool (PVV) heeft ... de motie op Kamerstuk 35 570-X, nr. 97 ingediend"):
 * one motion, the heading's sponsors where the sentence gave none. */
static ki_status heading_motions(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n, o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        ki_motion *m = &r->motions[i];
        if (!m->kamerstuk && m->nsponsors && i + 1 < r->nmotions && r->motions[i + 1].kamerstuk) {
            ki_motion *b = &r->motions[i + 1];
            size_t ls = kd_line_start(s, m->span.start), le = kd_line_end(s, n, m->span.start);
            size_t nl = le < n ? le + 1 : n; /* the paragraph's first line, right below */
            bool heading = kd_heading_at(s, n, ls) && b->span.start >= nl &&
                           b->span.start < kd_sent_end(s, n, nl);
            bool same = !b->nsponsors;
            for (size_t x = 0; x < b->nsponsors && !same; x++)
                same = strcmp(b->sponsors[x].name, m->sponsors[0].name) == 0;
            if (heading && same) {
                if (!b->nsponsors) {
                    b->sponsors = m->sponsors;
                    b->nsponsors = m->nsponsors;
                    b->cs = m->cs;
                    /* "Het lid Pool (PVV) heeft ...": the party the sentence
                     * writes in brackets after the name */
                    size_t ps, pe;
                    if (!b->sponsors[0].party && bracket_party(s, nl, b->span.start, b->sponsors[0].name, 24, &ps, &pe)) {
                        ki_sponsor *sp = ki_refs_alloc(r, b->nsponsors * sizeof *sp);
                        char *party = kd_clean_copy(r, s, ps, pe);
                        if (!sp || !party)
                            return KI_ERR_NOMEM;
                        memcpy(sp, b->sponsors, b->nsponsors * sizeof *sp);
                        sp[0].party = party;
                        b->sponsors = sp;
                    }
                }
                continue;
            }
        }
        r->motions[o++] = *m;
    }
    r->nmotions = o;
    return KI_OK;
}

/* A motion heading with no number over a paragraph that names its movers
 * and gives the number, but not the word "motie": "Motie Van Leeuwarden-Bos
 * en Ait Amrani over voedselzekerheid / De leden Van Leeuwarden-Bos
 * (GroenLinks-PvdA) en Ait Amrani (NSC) vroegen de regering ... (Kamerstuk
 * 21 501-04, nr. 281).": the paragraph's first sentence opens with the
 * members ("De leden", "Het lid", "De heer", "Mevrouw") the first of whom
 * the heading names, and holds one Kamerstuk; that is the motion's, and the
 * parties in brackets after the names are theirs. */
static ki_status heading_paragraph_number(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = 0; i < r->nmotions; i++) {
        ki_motion *m = &r->motions[i];
        if (m->kamerstuk || !m->nsponsors || !m->sponsors[0].name)
            continue;
        size_t ls = kd_line_start(s, m->span.start), le = kd_line_end(s, n, m->span.start);
        char lc = kd_last_char(s, n, ls);
        if (ki_skip_blank(s, le, ls) != m->span.start || lc == '.' || lc == ';' || lc == ',' || le >= n ||
            kd_blank_line(s, n, le + 1) || (ls > 0 && !kd_blank_line(s, n, kd_line_start(s, ls - 1))))
            continue;
        size_t a = ki_skip_blank(s, n, le + 1), b = kd_sent_end(s, n, a);
        if (!(starts_ci(s, b, a, "De leden ") || starts_ci(s, b, a, "Het lid ") || starts_ci(s, b, a, "De heer ") ||
              starts_ci(s, b, a, "Mevrouw ")))
            continue;
        const char *nm0 = m->sponsors[0].name;
        size_t at = kd_find_ci(s, b, a, nm0);
        if (at == (size_t)-1 || at > a + 40)
            continue;
        long k = -1;
        int cnt = 0;
        for (size_t j = 0; j < r->nkamerstukken; j++)
            if (r->kamerstukken[j].span.start >= a && r->kamerstukken[j].span.start < b) {
                k = (long)j;
                cnt++;
            }
        bool used = false;
        for (size_t j = 0; j < r->nmotions && k >= 0 && !used; j++)
            used = r->motions[j].kamerstuk && strcmp(r->motions[j].kamerstuk, r->kamerstukken[k].id) == 0;
        if (cnt != 1 || used)
            continue;
        m->kamerstuk = r->kamerstukken[k].id;
        ki_sponsor *sp = NULL;
        for (size_t x = 0; x < m->nsponsors; x++) {
            size_t ps, pe;
            if (!m->sponsors[x].name || m->sponsors[x].party ||
                !bracket_party(s, a, b, m->sponsors[x].name, 30, &ps, &pe))
                continue;
            if (!sp) {
                if (!(sp = ki_refs_alloc(r, m->nsponsors * sizeof *sp)))
                    return KI_ERR_NOMEM;
                memcpy(sp, m->sponsors, m->nsponsors * sizeof *sp);
                m->sponsors = sp;
            }
            if (!(sp[x].party = kd_clean_copy(r, s, ps, pe)))
                return KI_ERR_NOMEM;
        }
    }
    return KI_OK;
}

/* A bulleted motion whose status follows a colon after it ("- de motie van
 * het lid X over Y (Kamerstuk 29 544, nr. 1290): uitgevoerd met de brief
 * van 19 januari", "...: in uitvoering; ..."): settled or progress, as
 * the word says. */
static void bullet_status(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = 0; i < r->nmotions; i++) {
        ki_motion *m = &r->motions[i];
        /* the colon after the motion, before the item's end */
        size_t x = m->span.end, end;
        if (!kd_bullet_item(s, n, kd_line_start(s, m->span.start), 3, x, 400, &end))
            continue;
        while (x < end && s[x] != ':' && s[x] != '.' && s[x] != ';')
            x++;
        if (x >= end || s[x] != ':')
            continue;
        (void)kd_status_after_colon(s, end, x, &m->relation);
    }
}

/* A motion document without its heading, its text alone ("De Kamer, /
 * gehoord de beraadslaging, / ... / en gaat over tot de orde van de dag.")
 * and signed below by its movers, one a line, to the end ("Koşer Kaya"):
 * its one motion, numbered as the document is (if at all).  Only when the
 * document is a motion and no motion was found. */
static ki_status signed_motion_doc(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n;
    if (r->nmotions || !kd_kind_is(sc, "motie"))
        return KI_OK;
    size_t dk = kd_find_ci(s, n, 0, "De Kamer,"), g = kd_find_ci(s, n, 0, "en gaat over tot de orde van de dag");
    if (dk == (size_t)-1 || g == (size_t)-1 || g < dk || kd_find_ci(s, n, dk + 9, "De Kamer,") != (size_t)-1)
        return KI_OK;
    size_t ns, ne;
    if (signer_names(s, n, kd_line_end(s, n, g) + 1, &ns, &ne) != n || ne <= ns)
        return KI_OK;
    ki_motion *m = ki_refs_add_motion(r);
    if (!m)
        return KI_ERR_NOMEM;
    if (sc->meta.self_id[0] && !(m->kamerstuk = ki_refs_strdup(r, sc->meta.self_id)))
        return KI_ERR_NOMEM;
    m->relation = KI_REL_CITED;
    m->span.start = ns;
    m->span.end = ne;
    if (!(m->text = kd_clean_copy(r, s, ns, ne)))
        return KI_ERR_NOMEM;
    ki_status st = signer_lines(sc, m, ns, ne);
    if (st)
        return st;
    size_t ds, de;
    if (dictum(s, n, dk, dk, false, &ds, &de) && !(m->subject = requests_copy(r, s, ds, de)))
        return KI_ERR_NOMEM;
    return KI_OK;
}

/* A table of motions with a column of their movers ("| Motie | Indiener(s)
 * | Kamerstuk | Stand van zaken |", "| Motie over X | Vedder (CDA) | 36 600
 * XIV, nr. 52 | ... |"): a motion of a row, named by no one, gets that
 * cell's names (and "c.s."), and its subject ends at its own cell. */
static ki_status sponsor_column(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (size_t i = 0; i < r->nmotions; i++) {
        ki_motion *m = &r->motions[i];
        size_t p = m->span.start, ls = kd_line_start(s, p < n ? p : n);
        if (m->nsponsors || p >= n || ki_skip_blank(s, n, ls) >= n || s[ki_skip_blank(s, n, ls)] != '|')
            continue;
        static const char *const movers[] = {"Indiener", "Ondertekenaar", "Ingediend door", NULL};
        size_t c0, c1;
        if (!kd_head_cell(s, n, ls, movers, &c0, &c1) || c0 <= p)
            continue;
        ki_status st = parse_sponsors(sc, m, c0, c1);
        if (st)
            return st;
        /* (the subject is its own cell's: "een borgstelling voor jonge
         * boeren | Vedder" loses its "| Vedder") */
        char *bar = m->subject ? strchr(m->subject, '|') : NULL;
        if (bar) {
            while (bar > m->subject && bar[-1] == ' ')
                bar--;
            *bar = '\0';
        }
        /* the text below naming it again without its number ("De
         * motie-Vestering is ... aangenomen ... De verkenning loopt"): the
         * row's motion, and what it says of it when the row said nothing */
        size_t o = i + 1;
        for (size_t j = i + 1; j < r->nmotions; j++) {
            ki_motion *q = &r->motions[j];
            bool same = !q->kamerstuk && q->nsponsors == 1 && m->nsponsors == 1 &&
                        strcmp(q->sponsors[0].name, m->sponsors[0].name) == 0;
            if (same && m->relation == KI_REL_CITED && q->relation != KI_REL_CITED) {
                m->relation = q->relation;
                m->evidence = q->evidence;
            }
            if (!same)
                r->motions[o++] = *q;
        }
        r->nmotions = o;
    }
    return KI_OK;
}

ki_status kd_build_motions(struct ki_scan *sc, const motinfo *mv, size_t nm,
                           const cominfo *cv, size_t nc)
{
    subflags subm = {NULL, 0}, rows = {NULL, 0};
    ki_status st = build_motions_in(sc, mv, nm, cv, nc, &subm, &rows);
    free(subm.v);
    free(rows.v);
    if (!st)
        bullet_status(sc);
    if (!st)
        st = heading_motions(sc);
    if (!st)
        st = heading_paragraph_number(sc);
    if (!st)
        st = signed_motion_doc(sc);
    if (!st)
        st = sponsor_column(sc);
    /* a gemeente's, provincie's or waterschap's letter to its raad, Staten
     * or bestuur: a motion without a Kamer number is its own ("de motie van
     * de leden Jansen (VVD) en De Boer (CDA) ...: in uitvoering"); asked
     * only when a motion has no Kamer number (the check reads the head and
     * foot of every text otherwise) */
    bool bare = false;
    for (size_t i = 0; !st && i < sc->r->nmotions && !bare; i++)
        bare = !sc->r->motions[i].kamerstuk;
    if (bare && kd_lower_gov_doc(sc->s, sc->n)) {
        ki_refs *r = sc->r;
        size_t o = 0;
        for (size_t i = 0; i < r->nmotions; i++)
            if (r->motions[i].kamerstuk)
                r->motions[o++] = r->motions[i];
        r->nmotions = o;
    }
    return st;
}
