/*
 * docmeta.c - the document's own facts (kind, date, title, own number,
 * kenmerk, signer), read by hand from the head and tail of the text.
 */
#include "../util/scan.h"
#include "docmeta.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

/* where documents say what they are, when and by whom: the first HEAD
 * and the last TAIL bytes */
#define HEAD 3000
#define TAIL 2000

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}

/* Case-insensitive phrase at s[i..n); ' ' in p matches any blank run.
 * Returns the end, or 0.  The phrase must end at a word boundary. */
static size_t phrase(const char *s, size_t n, size_t i, const char *p)
{
    while (*p) {
        if (*p == ' ') {
            size_t j = ki_skip_blank(s, n, i);
            if (j == i)
                return 0;
            i = j;
            p++;
            continue;
        }
        if (i >= n || lower((unsigned char)s[i]) != lower((unsigned char)*p))
            return 0;
        i++;
        p++;
    }
    if (i < n && (is_alpha((unsigned char)s[i]) || is_digit((unsigned char)s[i])))
        return 0;
    return i;
}

/* First occurrence of phrase p at a word start in s[from..to); SIZE_MAX if
 * none.  memmem finds the first word as written and with its first letter
 * in the other case; phrase() then checks the rest loosely. */
/* The head of the document, indexed once: the word starts of its first
 * IDX_LEN bytes by their first letter.  find_phrase() looks there instead
 * of scanning the text again for each of its ~30 phrases. */
#define IDX_LEN 4000
#define IDX_PER 512
typedef struct head_index {
    const char *s;
    size_t      len; /* bytes indexed */
    uint16_t    pos[26][IDX_PER];
    uint16_t    n[26];
    bool        overflow;
} head_index;
static _Thread_local const head_index *cur_index;

static void index_head(head_index *x, const char *s, size_t n)
{
    memset(x->n, 0, sizeof x->n);
    x->s = s;
    x->len = n < IDX_LEN ? n : IDX_LEN;
    x->overflow = false;
    for (size_t i = 0; i < x->len; i++) {
        int c = lower((unsigned char)s[i]);
        if (c < 'a' || c > 'z' || (i > 0 && is_alpha((unsigned char)s[i - 1])))
            continue;
        int b = c - 'a';
        if (x->n[b] == IDX_PER) {
            x->overflow = true;
            continue;
        }
        x->pos[b][x->n[b]++] = (uint16_t)i;
    }
}

static size_t find_phrase(const char *s, size_t to, size_t from, const char *p)
{
    const head_index *x = cur_index;
    int c = lower((unsigned char)p[0]);
    if (x && x->s == s && to <= x->len && !x->overflow && c >= 'a' && c <= 'z') {
        int b = c - 'a';
        for (unsigned k = 0; k < x->n[b]; k++) {
            size_t at = x->pos[b][k];
            if (at < from)
                continue;
            if (at >= to)
                break;
            if (phrase(s, to, at, p))
                return at;
        }
        return (size_t)-1;
    }
    /* one memmem for the first word without its first letter, whose case
     * varies; the letter and the rest are checked at each hit */
    size_t wl = strcspn(p, " ");
    if (wl < 3) {
        for (size_t i = from; i < to; i++)
            if (lower((unsigned char)s[i]) == lower((unsigned char)p[0]) &&
                (i == 0 || !is_alpha((unsigned char)s[i - 1])) && phrase(s, to, i, p))
                return i;
        return (size_t)-1;
    }
    size_t i = from + 1;
    while (i < to) {
        const char *hit = memmem(s + i, to - i, p + 1, wl - 1);
        if (!hit)
            break;
        size_t at = (size_t)(hit - s) - 1;
        if (lower((unsigned char)s[at]) == lower((unsigned char)p[0]) &&
            (at == 0 || !is_alpha((unsigned char)s[at - 1])) && phrase(s, to, at, p))
            return at;
        i = (size_t)(hit - s) + 1;
    }
    return (size_t)-1;
}

static bool has(const char *s, size_t n, size_t lim, const char *p);
static bool has_ends(const char *s, size_t n, const char *p);

/* ---- titles of bewindspersonen ---- */

static const struct {
    const char *name; /* department as written, lowercase-insensitive */
    const char *m, *s; /* abbreviation for minister / staatssecretaris */
} depts[] = {
    {"Justitie en Veiligheid", "MJenV", "SJenV"},
    {"JenV", "MJenV", "SJenV"},
    {"J&V", "MJenV", "SJenV"},
    {"Binnenlandse Zaken en Koninkrijksrelaties", "MBZK", "SBZK"},
    {"Binnenlandse Zaken", "MBZK", "SBZK"},
    {"BZK", "MBZK", "SBZK"},
    {"Volksgezondheid, Welzijn en Sport", "MVWS", "SVWS"},
    {"VWS", "MVWS", "SVWS"},
    {"Onderwijs, Cultuur en Wetenschap", "MOCW", "SOCW"},
    {"OCW", "MOCW", "SOCW"},
    {"Financiën", "MFin", "SFin"},
    {"Financien", "MFin", "SFin"},
    {"Fin", "MFin", "SFin"},
    {"Economische Zaken en Klimaat", "MEZK", "SEZK"},
    {"Economische Zaken", "MEZK", "SEZK"},
    {"EZK", "MEZK", "SEZK"},
    {"Klimaat en Groene Groei", "MKGG", "SKGG"},
    {"KGG", "MKGG", "SKGG"},
    {"Infrastructuur en Waterstaat", "MIenW", "SIenW"},
    {"IenW", "MIenW", "SIenW"},
    {"Sociale Zaken en Werkgelegenheid", "MSZW", "SSZW"},
    {"SZW", "MSZW", "SSZW"},
    {"Defensie", "MDef", "SDef"},
    {"Buitenlandse Handel en Ontwikkelingshulp", "MBHO", "SBHO"},
    {"Buitenlandse Handel en Ontwikkelingssamenwerking", "MBHO", "SBHO"},
    {"BHO", "MBHO", "SBHO"},
    {"Buitenlandse Zaken", "MBuZa", "SBuZa"},
    {"BuZa", "MBuZa", "SBuZa"},
    {"Landbouw, Visserij, Voedselzekerheid en Natuur", "MLVVN", "SLVVN"},
    {"LVVN", "MLVVN", "SLVVN"},
    {"Landbouw, Natuur en Voedselkwaliteit", "MLNV", "SLNV"},
    {"LNV", "MLNV", "SLNV"},
    {"Asiel en Migratie", "MAenM", "SAenM"},
    {"Volkshuisvesting en Ruimtelijke Ordening", "MVRO", "SVRO"},
    {"VRO", "MVRO", "SVRO"},
    {"Rechtsbescherming", "MRb", "SRb"},
    {"Langdurige en Maatschappelijke Zorg", "MLMZ", "SLMZ"},
    {"Jeugd, Preventie en Sport", "MJSP", "SJSP"},
    {"Medische Zorg", "MMZ", "SMZ"},
    {"Primair en Voortgezet Onderwijs", "MPVO", "SPVO"},
};

static const char *const abbrevs[] = {
    "MJenV", "SJenV", "MBZK", "SBZK", "MVWS", "SVWS", "SLMZ", "SJSP", "MOCW", "SOCW",
    "SRb", "MRb", "MFin", "SFin", "MEZK", "SEZK", "MKGG", "SKGG", "MIenW", "SIenW",
    "MSZW", "SSZW", "MDef", "SDef", "MBuZa", "SBuZa", "MBHO", "SBHO", "MLVVN", "SLVVN",
    "MLNV", "SLNV", "MAenM", "SAenM", "MVRO", "SVRO", "MMZ", "SMZ", "MPVO", "SPVO", "MP",
};

const char *ki_actor_abbrev(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
        if (strlen(abbrevs[i]) == n && memcmp(abbrevs[i], s, n) == 0)
            return abbrevs[i];
    return NULL;
}

const char *ki_actor_parse(const char *s, size_t n, size_t *consumed)
{
    size_t i = 0, e;
    *consumed = 0;
    if ((e = phrase(s, n, 0, "de")) && (e = ki_skip_blank(s, n, e)) > 2)
        i = e;
    if ((e = phrase(s, n, i, "minister-president"))) {
        *consumed = e;
        return "MP";
    }
    bool minister;
    if ((e = phrase(s, n, i, "minister")))
        minister = true;
    else if ((e = phrase(s, n, i, "staatssecretaris")))
        minister = false;
    else
        return NULL;
    size_t j = ki_skip_blank(s, n, e), k;
    if ((k = phrase(s, n, j, "van")) || (k = phrase(s, n, j, "voor")))
        j = ki_skip_blank(s, n, k);
    else if (minister)
        return NULL; /* "staatssecretaris Jeugd, Preventie en Sport" goes without */
    for (size_t d = 0; d < sizeof depts / sizeof depts[0]; d++) {
        /* department names carry ", " and " en ": match blanks loosely */
        const char *p = depts[d].name;
        size_t x = j;
        bool ok = true;
        while (*p && ok) {
            if (*p == ' ') {
                size_t y = ki_skip_blank(s, n, x);
                ok = y > x;
                x = y;
                p++;
            } else if (x < n && lower((unsigned char)s[x]) == lower((unsigned char)*p)) {
                x++;
                p++;
            } else {
                ok = false;
            }
        }
        if (!ok || (x < n && (is_alpha((unsigned char)s[x]) || is_digit((unsigned char)s[x]))))
            continue;
        *consumed = x;
        return minister ? depts[d].m : depts[d].s;
    }
    return NULL;
}

/* ---- the head of the document ---- */

/* Copies s[0..n) into dst (size cap), blanks collapsed, trimmed. */
static void copy_clean(char *dst, size_t cap, const char *s, size_t n)
{
    size_t o = 0;
    bool sp = false;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (ki_is_blank(c)) {
            sp = o > 0;
            continue;
        }
        if (sp && o + 2 < cap)
            dst[o++] = ' ';
        sp = false;
        dst[o++] = (char)c;
    }
    /* never cut a UTF-8 sequence in half */
    while (o > 0 && ((unsigned char)dst[o - 1] & 0xC0) == 0x80) {
        size_t b = o;
        while (b > 0 && ((unsigned char)dst[b - 1] & 0xC0) == 0x80)
            b--;
        if (b == 0)
            break;
        unsigned char lead = (unsigned char)dst[b - 1];
        size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (o - (b - 1) == want)
            break;
        o = b - 1;
    }
    dst[o] = '\0';
}

static size_t line_end(const char *s, size_t n, size_t i)
{
    const char *p = memchr(s + i, '\n', n - i);
    return p ? (size_t)(p - s) : n;
}

/* The Kamerstuk header: a line "29 279 Rechtsstaat en Rechtsorde" and,
 * within the next few lines, "Nr. 874 BRIEF VAN ...". */
static void read_header(const char *s, size_t n, ki_docmeta *m, const char **kindword)
{
    size_t lim = n < 2500 ? n : 2500;
    for (size_t ls = 0; ls < lim;) {
        size_t le = line_end(s, n, ls);
        size_t i = ki_skip_blank(s, le, ls);
        int a = 0;
        size_t k = 0;
        char dos[8];
        size_t dl = 0;
        while (i + k < le && is_digit((unsigned char)s[i + k]) && k < 6)
            k++;
        if (k == 2 && i + 2 < le && s[i + 2] == ' ' && i + 5 < le &&
            is_digit((unsigned char)s[i + 3]) && is_digit((unsigned char)s[i + 4]) &&
            is_digit((unsigned char)s[i + 5]) && !(i + 6 < le && is_digit((unsigned char)s[i + 6]))) {
            memcpy(dos, s + i, 2);
            memcpy(dos + 2, s + i + 3, 3);
            dl = 5;
            i += 6;
        } else if (k == 5) {
            memcpy(dos, s + i, 5);
            dl = 5;
            i += 5;
        }
        (void)a;
        if (dl) {
            dos[dl] = '\0';
            char sub[8] = "";
            size_t j = i;
            if (j < le && (s[j] == ' ' || s[j] == '-')) {
                size_t b = j + 1, e2 = b;
                while (e2 < le && e2 - b < 6 && ((s[e2] >= 'A' && s[e2] <= 'Z') || is_digit((unsigned char)s[e2])))
                    e2++;
                if (e2 > b && (e2 == le || s[e2] == ' ')) {
                    bool roman = true, dig = true;
                    for (size_t q = b; q < e2; q++) {
                        roman = roman && strchr("IVXL", s[q]);
                        dig = dig && is_digit((unsigned char)s[q]);
                    }
                    if (roman || (e2 - b == 1 && !dig) || (dig && e2 - b == 2 && s[j] == '-')) {
                        memcpy(sub, s + b, e2 - b);
                        sub[e2 - b] = '\0';
                        i = e2;
                    }
                }
            }
            size_t ts = ki_skip_blank(s, le, i);
            /* the Nr. line within the next 4 lines */
            size_t nl = le < n ? le + 1 : n;
            for (int tries = 0; tries < 5 && nl < n; tries++) {
                size_t ne = line_end(s, n, nl);
                size_t p = ki_skip_blank(s, ne, nl), q;
                /* Eerste Kamer: "G MOTIE VAN HET LID ..." */
                bool eklet = p + 2 < ne && s[p] >= 'A' && s[p] <= 'Z' && s[p + 1] == ' ' &&
                             (phrase(s, ne, p + 2, "MOTIE") || phrase(s, ne, p + 2, "GEWIJZIGDE") ||
                              phrase(s, ne, p + 2, "BRIEF") || phrase(s, ne, p + 2, "MEMORIE") ||
                              phrase(s, ne, p + 2, "VOORLOPIG") || phrase(s, ne, p + 2, "NADER"));
                if (eklet)
                    q = p;
                if (eklet || (q = phrase(s, ne, p, "Nr.")) || (q = phrase(s, ne, p, "Nr"))) {
                    q = ki_skip_blank(s, ne, q);
                    size_t r = q;
                    while (r < ne && r - q < 5 && (is_digit((unsigned char)s[r]) || (s[r] >= 'A' && s[r] <= 'Z' && r - q < 2)))
                        r++;
                    if (eklet)
                        r = q + 1;
                    if (r > q && (r == ne || s[r] == ' ')) {
                        char nr[8];
                        memcpy(nr, s + q, r - q);
                        nr[r - q] = '\0';
                        snprintf(m->self_id, sizeof m->self_id, "kst-%s%s%s-%s", dos,
                                 sub[0] ? "-" : "", sub, nr);
                        snprintf(m->self_dossier, sizeof m->self_dossier, "%s", dos);
                        snprintf(m->self_sub, sizeof m->self_sub, "%s", sub);
                        if (ts < le)
                            copy_clean(m->title, sizeof m->title, s + ts, le - ts);
                        *kindword = s + ki_skip_blank(s, ne, r);
                        m->body_start = ne;
                        return;
                    }
                }
                nl = ne < n ? ne + 1 : n;
            }
        }
        ls = le < n ? le + 1 : n;
    }
}

static bool date_after(const char *s, size_t n, size_t i, const char *ref, char out[11])
{
    ki_date d;
    size_t j = ki_skip_blank(s, n, i);
    if (j < n && (s[j] == ',' || s[j] == ':'))
        j = ki_skip_blank(s, n, j + 1);
    /* "vergadering, donderdag 14 maart 2024" */
    static const char *const days[] = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                                       "zaterdag", "zondag"};
    for (size_t k = 0; k < 7; k++) {
        size_t e = phrase(s, n, j, days[k]);
        if (e) {
            j = ki_skip_blank(s, n, e);
            break;
        }
    }
    if (!ki_date_parse(s + j, n - j, false, &d))
        return false;
    return ki_date_resolve(&d, ref, out);
}

static void read_date(const ki_text *t, const char *s, size_t n, const char *ref, ki_docmeta *m)
{
    static const char *const lead[] = {
        "Den Haag", "'s-Gravenhage", "\xE2\x80\x99s-Gravenhage", "Datum", "Voorgesteld",
        "Vastgesteld", "ontvangen", "vergadering", "Ingezonden",
    };
    for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++) {
        size_t from = 0;
        for (int tries = 0; tries < 4; tries++) {
            size_t p = find_phrase(s, n < HEAD ? n : HEAD, from, lead[k]);
            if (p == (size_t)-1 && n > HEAD)
                p = find_phrase(s, n, from > n - TAIL ? from : (n - TAIL > HEAD ? n - TAIL : HEAD), lead[k]);
            if (p == (size_t)-1)
                break;
            if (date_after(s, n, p + strlen(lead[k]), ref, m->date))
                return;
            from = p + 1;
        }
    }
    if (t && t->margin_date) {
        ki_date d;
        size_t ml = strlen(t->margin_date);
        if (ki_date_find(t->margin_date, ml, &d) && ki_date_resolve(&d, ref, m->date))
            return;
    }
    if (ref && ki_date_valid_iso(ref)) {
        memcpy(m->date, ref, 11);
        return;
    }
    if (t && t->pdf_date && ki_date_valid_iso(t->pdf_date))
        memcpy(m->date, t->pdf_date, 11);
}

/* The phrase written in capitals, as headers are ("MOTIE VAN"). */
static bool has_upper(const char *s, size_t n, const char *p)
{
    size_t from = 0, at;
    while ((at = find_phrase(s, n, from, p)) != (size_t)-1) {
        if (at + strlen(p) <= n && memcmp(s + at, p, 5) == 0)
            return true;
        from = at + 1;
    }
    return false;
}

static bool has(const char *s, size_t n, size_t lim, const char *p)
{
    return find_phrase(s, n < lim ? n : lim, 0, p) != (size_t)-1;
}

/* In the head (first HEAD bytes) or the tail (last TAIL bytes) of the text:
 * where documents say what they are, when and by whom. */
static bool has_ends(const char *s, size_t n, const char *p)
{
    if (has(s, n, HEAD, p))
        return true;
    return n > HEAD && find_phrase(s, n, n - TAIL > HEAD ? n - TAIL : HEAD, p) != (size_t)-1;
}

/* Kenmerk: the margin's, else the first kenmerk-shaped token after the
 * label "Kenmerk"/"Ons kenmerk"/"Onze referentie" in the body (margin text
 * that extraction left in the body may put it a line further). */
static void read_kenmerk(const ki_text *t, const char *s, size_t n, ki_docmeta *m)
{
    if (t && t->kenmerk && *t->kenmerk) {
        copy_clean(m->kenmerk, sizeof m->kenmerk, t->kenmerk, strlen(t->kenmerk));
        return;
    }
    static const char *const labels[] = {"Kenmerk", "Onze referentie", "Ons kenmerk"};
    for (size_t l = 0; l < 3; l++) {
        size_t from = 0;
        for (int tries = 0; tries < 6; tries++) {
            size_t p = find_phrase(s, n < 8000 ? n : 8000, from, labels[l]);
            if (p == (size_t)-1)
                break;
            from = p + 1;
            if (p >= 3 && phrase(s, n, p - 3, "Uw"))
                continue;
            size_t end = p + strlen(labels[l]) + 200 < n ? p + strlen(labels[l]) + 200 : n;
            for (size_t i = p + strlen(labels[l]); i < end; i++) {
                if (!(is_digit((unsigned char)s[i]) || (s[i] >= 'A' && s[i] <= 'Z')) ||
                    (i > 0 && !ki_is_blank((unsigned char)s[i - 1])))
                    continue;
                size_t e = i;
                int ndig = 0, nsep = 0;
                while (e < n && (is_digit((unsigned char)s[e]) || (s[e] >= 'A' && s[e] <= 'Z') ||
                                 (s[e] >= 'a' && s[e] <= 'z') || s[e] == '-' || s[e] == '/' || s[e] == '.' || s[e] == '_')) {
                    ndig += is_digit((unsigned char)s[e]);
                    nsep += s[e] == '-' || s[e] == '/';
                    e++;
                }
                while (e > i && (s[e - 1] == '.' || s[e - 1] == '-'))
                    e--;
                if (ndig >= 5 && e - i >= 6 && (nsep > 0 || ndig == (int)(e - i))) {
                    ki_date d;
                    if (ki_date_parse(s + i, e - i, false, &d) == e - i)
                        continue;
                    copy_clean(m->kenmerk, sizeof m->kenmerk, s + i, e - i);
                    return;
                }
                i = e;
            }
        }
    }
}

static void read_title(const ki_text *t, const char *s, size_t n, ki_docmeta *m)
{
    static const char *const labels[] = {"Betreft", "Onderwerp"};
    size_t lim = n < 4000 ? n : 4000;
    for (size_t l = 0; l < 2; l++) {
        size_t p = find_phrase(s, lim, 0, labels[l]);
        if (p == (size_t)-1)
            continue;
        /* only as a label at the start of a line */
        size_t b = p;
        while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        if (b > 0 && s[b - 1] != '\n')
            continue;
        size_t i = p + strlen(labels[l]);
        if (i < n && s[i] == ':')
            i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t e = line_end(s, n, i);
        if (e > i) {
            copy_clean(m->title, sizeof m->title, s + i, e - i);
            return;
        }
    }
    if (!m->title[0] && t && t->pdf_title && *t->pdf_title)
        copy_clean(m->title, sizeof m->title, t->pdf_title, strlen(t->pdf_title));
}

/* Who signs: the header "BRIEF VAN DE MINISTER VAN ..." or a closing line
 * "De staatssecretaris van ...," near the end. */
static void read_signer(const char *s, size_t n, const char *kindword, ki_docmeta *m)
{
    size_t c;
    if (kindword) {
        size_t kn = (size_t)(s + n - kindword);
        size_t e = phrase(kindword, kn, 0, "BRIEF VAN");
        if (e) {
            const char *a = ki_actor_parse(kindword + e, kn - e, &c);
            if (!a)
                a = ki_actor_parse(kindword + ki_skip_blank(kindword, kn, e), kn - ki_skip_blank(kindword, kn, e), &c);
            if (a) {
                m->signer = a;
                return;
            }
        }
    }
    size_t from = n > 1500 ? n - 1500 : 0;
    for (size_t i = from; i < n; i++) {
        if (s[i] != 'D' || (i > 0 && s[i - 1] != '\n'))
            continue;
        const char *a = ki_actor_parse(s + i, n - i, &c);
        if (a)
            m->signer = a;
    }
}

/* "Vergaderjaar 2023-2024" in the head: the years as "20232024" */
static bool head_year(const char *s, size_t n, char out[9])
{
    size_t p = find_phrase(s, n < HEAD ? n : HEAD, 0, "Vergaderjaar");
    if (p == (size_t)-1)
        return false;
    size_t i = ki_skip_blank(s, n, p + 12), k = 0;
    while (i < n && k < 8 && (is_digit((unsigned char)s[i]) || s[i] == '-' || s[i] == '/' ||
                              (unsigned char)s[i] >= 0x80)) {
        if (is_digit((unsigned char)s[i]))
            out[k++] = s[i];
        i++;
    }
    out[k] = '\0';
    return k == 8;
}

/* Aanhangsel: a line holding only the number; Handelingen: "45e vergadering"
 * and the item line "12 Femicide" after "Vergaderjaar". */
static void read_self_hand(const char *s, size_t n, ki_docmeta *m)
{
    char yy[9];
    if (m->self_id[0] || !head_year(s, n, yy))
        return;
    const char *house = has(s, n, 600, "Eerste Kamer") ? "ek" : "tk";
    size_t lim = n < HEAD ? n : HEAD;
    if (has(s, n, 1500, "Aanhangsel van de Handelingen")) {
        for (size_t ls = 0; ls < lim; ls = line_end(s, n, ls) + 1) {
            size_t i = ki_skip_blank(s, lim, ls), e = line_end(s, n, ls), k = i;
            while (k < e && is_digit((unsigned char)s[k]))
                k++;
            if (k > i && k - i <= 5 && ki_skip_blank(s, e, k) >= e) {
                snprintf(m->self_id, sizeof m->self_id, "ah-%s-%s-%.*s", house, yy, (int)(k - i), s + i);
                return;
            }
            if (e >= lim)
                break;
        }
        return;
    }
    size_t v = find_phrase(s, lim, 0, "vergadering");
    if (v == (size_t)-1 || v < 3 || s[v - 1] != ' ' || s[v - 2] != 'e')
        return;
    size_t b = v - 2;
    while (b > 0 && is_digit((unsigned char)s[b - 1]))
        b--;
    if (b == v - 2)
        return;
    int nr = atoi(s + b);
    size_t yl = find_phrase(s, lim, 0, "Vergaderjaar");
    for (size_t ls = line_end(s, n, yl) + 1; ls < lim; ls = line_end(s, n, ls) + 1) {
        size_t i = ki_skip_blank(s, lim, ls), e = line_end(s, n, ls), k = i;
        while (k < e && is_digit((unsigned char)s[k]))
            k++;
        if (k > i && k - i <= 3 && k < e && s[k] == ' ' && k + 1 < e && s[k + 1] >= 'A' && s[k + 1] <= 'Z') {
            snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%d-%.*s", house, yy, nr, (int)(k - i), s + i);
            return;
        }
        if (i < e)
            break; /* the item line comes right after */
    }
    snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%d", house, yy, nr);
}

void ki_docmeta_read(const ki_text *t, const char *s, size_t n, const char *ref,
                     ki_docmeta *m)
{
    memset(m, 0, sizeof *m);
    const char *kindword = NULL;
    head_index hx;
    index_head(&hx, s, n);
    cur_index = &hx;
    read_header(s, n, m, &kindword);
    read_self_hand(s, n, m);
    read_date(t, s, n, ref, m);
    read_kenmerk(t, s, n, m);
    if (!m->title[0])
        read_title(t, s, n, m);
    read_signer(s, n, kindword, m);
    /* a commissieverslag: "heeft op 2 oktober 2024 overleg gevoerd met de heer
     * X, minister van Y": who speaks as "ik", and when */
    size_t og = find_phrase(s, n < HEAD ? n : HEAD, 0, "overleg gevoerd met");
    if (og != (size_t)-1) {
        size_t b = og > 40 ? og - 40 : 0;
        ki_date d;
        if (ki_date_find(s + b, og - b, &d))
            ki_date_resolve(&d, ref, m->debate_date);
        size_t lim = og + 300 < n ? og + 300 : n, c;
        for (size_t i = og; i < lim; i++) {
            if (i > 0 && is_alpha((unsigned char)s[i - 1]))
                continue;
            const char *a = ki_actor_parse(s + i, lim - i, &c);
            if (a) {
                m->signer = a;
                break;
            }
        }
    }

    const char *kind = NULL;
    if (kindword) {
        size_t kn = (size_t)(s + n - kindword);
        if (phrase(kindword, kn, 0, "BRIEF"))
            kind = "brief";
        else if (phrase(kindword, kn, 0, "MOTIE") || phrase(kindword, kn, 0, "GEWIJZIGDE MOTIE"))
            kind = "motie";
        else if (phrase(kindword, kn, 0, "VERSLAG") || phrase(kindword, kn, 0, "LIJST VAN VRAGEN"))
            kind = "verslag";
        else if (phrase(kindword, kn, 0, "ANTWOORD"))
            kind = "antwoord";
        else
            kind = "other";
    }
    if (!kind) {
        size_t lim = 1500;
        if (has_upper(s, n < lim ? n : lim, "MOTIE VAN") && !has(s, n, lim, "Geachte"))
            kind = "motie";
        else if (has(s, n, 2500, "beslisnota") || has_ends(s, n, "Geadviseerd besluit") ||
                 has_ends(s, n, "U wordt geadviseerd") || has(s, n, 600, "Nota aan de minister") ||
                 has(s, n, 600, "Nota aan de staatssecretaris"))
            kind = "beslisnota";
        else if (has_upper(s, n < 2500 ? n : 2500, "VERSLAG VAN EEN") || has(s, n, 1500, "Verslag van een commissiedebat") ||
                 has(s, n, 1500, "Verslag van een schriftelijk overleg"))
            kind = "verslag";
        else if (has(s, n, 3000, "Antwoord op vragen") || has(s, n, 3000, "Antwoorden op vragen") ||
                 has(s, n, 3000, "Antwoord van de minister") || has(s, n, 3000, "Antwoord van de staatssecretaris") ||
                 has(s, n, 3000, "Antwoorden op Kamervragen") || has(s, n, 3000, "Antwoord 1") ||
                 has(s, n, 3000, "Antwoord op vraag 1") || has(s, n, 1500, "Antwoord van staatssecretaris") ||
                 has(s, n, 1500, "Antwoord van minister") || has(s, n, 1500, "Aanhangsel van de Handelingen"))
            kind = "antwoord";
        else if (has(s, n, 1500, "Aan de orde is") || (has(s, n, 3000, "Handelingen") &&
                 has_ends(s, n, "De voorzitter:")))
            kind = "handelingen";
        else if (has(s, n, 4000, "Geachte") || has(s, n, 4000, "Betreft") ||
                 has_ends(s, n, "Den Haag,") || (t && t->margin_date) ||
                 has_ends(s, n, "Hoogachtend"))
            kind = "brief";
        else
            kind = "other";
    }
    m->kind = kind;
    cur_index = NULL;
}
