/*
 * detect_commit.c - commitments (toezeggingen): who made them (actors),
 * where (venue) and when, their deadline, subject and relation to the
 * document; register entries, Toezeggingen lists and the merging of one
 * promise named more than once.
 */
#include "detect_int.h"
#include "../util/strindex.h"

#include <stdlib.h>
#include <string.h>

/* ---- commitments ---- */

static const char *const venue_words[] = {
    "commissiedebat", "wetgevingsoverleg", "notaoverleg", "algemeen overleg",
    "schriftelijk overleg", "mondeling overleg", "plenaire debat", "plenair debat", "plenaire behandeling",
    "tweeminutendebat", "dertigledendebat", "mondelinge vragenuur", "vragenuur",
    "begrotingsbehandeling", "behandeling", "memorie van antwoord", "debat", "aanbiedingsbrief", "verzamelbrief", "Kamerbrief",
    "voortgangsbrief", "brief", "beantwoording", "antwoorden op", "antwoord op",
    "rondetafelgesprek", "technische briefing", "VAO", "VSO", "AO", "WGO", "CD", "overleg",
    "kabinetsreactie", "beleidsreactie",
    "Algemene Politieke Beschouwingen", "Algemene Financi\xc3\xable Beschouwingen",
};

static bool letter_venue(const char *w) { return strstr(w, "brief") != NULL; }

/* Is the venue at s[vs..ve) a letter ("brief van 7 juni 2024")? */
static bool letter_venue_at(const char *s, size_t vs, size_t ve)
{
    for (size_t i = vs; i + 5 <= ve; i++)
        if (memcmp(s + i, "brief", 5) == 0)
            return true;
    return false;
}

/* A weekday followed by a day number at s[i] ("maandag 2 december"). */
static bool weekday_end(const char *s, size_t b, size_t i)
{
    static const char *const days[] = {"maandag", "dinsdag", "woensdag", "donderdag",
                                       "vrijdag", "zaterdag", "zondag"};
    for (size_t d = 0; d < sizeof days / sizeof days[0]; d++) {
        size_t e = word_at(s, b, i, days[d]);
        if (e) {
            e = ki_skip_blank(s, b, e);
            return e < b && ki_is_digit((unsigned char)s[e]);
        }
    }
    return false;
}

/* The words that end a venue's name: "het commissiedebat [om|dat|heeft|...]" */
static const char *const venue_stops[] = {
    "om", "dat", "heeft", "heb", "hebben", "is", "zijn", "waarin", "te", "zou", "zal",
    "toegezegd", "jl", "toe", "wordt", "werd", "worden", "werden", "gedaan", "als", "af",
    "na", "gestand", "afgedaan", "uitgevoerd", "voldaan", "verder", "hiermee", "daarmee",
    "eveneens", "ook", "tevens", "namelijk", "daarnaast", "nog",
    /* "tijdens het commissiedebat Wonen al (eerder) toegezegd" */
    "al", "reeds", "eerder", "destijds", "toen", "komt", "kwam",
    "waarvoor", "waarbij", "waarop", "waar",
};

/* Does one of venue_stops start at s[j] (a word)?  Its first letter is
 * tested here, without a call: find_venue() asks at every blank. */
static bool venue_stop_at(const char *s, size_t b, size_t j)
{
    if (j >= b)
        return false;
    int c = ki_lower((unsigned char)s[j]);
    for (size_t w = 0; w < sizeof venue_stops / sizeof venue_stops[0]; w++)
        if (venue_stops[w][0] == c && word_at(s, b, j, venue_stops[w]))
            return true;
    /* whom it was said to: "in het debat aan de heer Jansen toegezegd"
     * (not "Memorie van antwoord aan de Eerste Kamer") */
    size_t a = c == 'a' ? word_at(s, b, j, "aan") : 0;
    if (a) {
        a = ki_skip_blank(s, b, a);
        return starts_ci(s, b, a, "de heer ") || starts_ci(s, b, a, "mevrouw ") || starts_ci(s, b, a, "het lid ") ||
               starts_ci(s, b, a, "de leden ") || starts_ci(s, b, a, "uw Kamer") || word_at(s, b, a, "u");
    }
    return false;
}

/* Finds a venue starting in s[a..amax) and ending before b; its span in vs..ve. */
/* At the comma at k inside a venue's name: ", y en z" that ends the name
 * (a date, "van", "op", "d.d.", a bracket or a stop follows)?  Its end,
 * else k.  "Discriminatie, racisme en mensenrechten van 5 februari". */
static size_t listed_name_end(const char *s, size_t b, size_t k)
{
    size_t j = k + 1;
    bool en = false;
    for (int w = 0; w < 5; w++) {
        j = ki_skip_blank(s, b, j);
        if (j >= b || !(s[j] >= 'a' && s[j] <= 'z'))
            return k;
        size_t we = kd_word_end(s, b, j);
        if (word_at(s, b, j, "en"))
            en = true;
        else if (en) {
            size_t q = ki_skip_blank(s, b, we);
            if (q >= b || s[q] == '(' || s[q] == '.' || s[q] == ',' || s[q] == ')' || s[q] == ';' ||
                ki_is_digit((unsigned char)s[q]) || word_at(s, b, q, "van") || word_at(s, b, q, "op") ||
                starts_ci(s, b, q, "d.d."))
                return we;
            return k;
        }
        j = we;
    }
    return k;
}

#define NVENUE (sizeof venue_words / sizeof venue_words[0])
_Static_assert(NVENUE < 255, "venue_words[] indexes fit a byte");

/* The venue words by their first letter (lower case), each letter's in
 * the table's order and ended by 255: find_venue() asks at every word
 * start, and most letters begin none or one or two. */
struct venue_index {
    unsigned char at[26][NVENUE + 1];
};

static const struct venue_index *venue_index(void)
{
    static _Thread_local struct venue_index x;
    static _Thread_local bool built;
    if (!built) {
        for (int c = 0; c < 26; c++) {
            size_t k = 0;
            for (size_t w = 0; w < NVENUE; w++)
                if (ki_lower((unsigned char)venue_words[w][0]) == 'a' + c)
                    x.at[c][k++] = (unsigned char)w;
            x.at[c][k] = 255;
        }
        built = true;
    }
    return &x;
}

static bool find_venue(const char *s, size_t a, size_t amax, size_t b, size_t *vs, size_t *ve)
{
    const struct venue_index *vx = venue_index();
    for (size_t i = a; i < b && i < amax; i++) {
        if (i > a && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        int c0 = ki_lower((unsigned char)s[i]);
        if (c0 < 'a' || c0 > 'z' || vx->at[c0 - 'a'][0] == 255)
            continue; /* no venue word starts so */
        for (const unsigned char *wi = vx->at[c0 - 'a']; *wi != 255; wi++) {
            const char *vw = venue_words[*wi];
            bool caps = strcmp(vw, "AO") == 0 || strcmp(vw, "WGO") == 0 || strcmp(vw, "CD") == 0 ||
                        strcmp(vw, "VAO") == 0 || strcmp(vw, "VSO") == 0;
            size_t e;
            if (caps) {
                if (!(e = word_at(s, b, i, vw)) || memcmp(s + i, vw, strlen(vw)) != 0)
                    continue;
                /* its name, capitalised: "WGO Jeugd", "AO Water" */
                for (int w2 = 0; w2 < 3; w2++) {
                    size_t j = ki_skip_blank(s, b, e), k = j;
                    /* one word in lower case that a comma or bracket ends:
                     * "(AO preventie, Kamerstuk ...)" */
                    if (w2 == 0 && j < b && s[j] >= 'a' && s[j] <= 'z' && j > e && s[e] == ' ') {
                        while (k < b && (ki_is_letter((unsigned char)s[k]) || s[k] == '-'))
                            k++;
                        if (k < b && (s[k] == ',' || s[k] == ')') && k - j >= 4 &&
                            !word_at(s, b, j, "over") && !word_at(s, b, j, "van"))
                            e = k;
                        break;
                    }
                    if (j >= b || !is_upper((unsigned char)s[j]) || (j > e && s[e] == '\n'))
                        break;
                    /* ("CD Mijnbouw/Groningen": two names in one) */
                    while (k < b && (ki_is_letter((unsigned char)s[k]) || s[k] == '-' || (unsigned char)s[k] >= 0x80 ||
                                     (s[k] == '/' && k + 1 < b && is_upper((unsigned char)s[k + 1]))))
                        k++;
                    if (k < b && ki_is_digit((unsigned char)s[k]))
                        break;
                    e = k;
                }
                if (e == i + strlen(vw) && vw[0] == 'C')
                    continue; /* "CD" is a commissiedebat only with its name */
                if (e == i + strlen(vw) || (e < b && s[e] != ' ')) {
                    *vs = i;
                    *ve = e;
                    return true;
                }
                /* a name that goes on in lower case: "AO Vreemdelingen- en
                 * asielbeleid van 7 december", "(WGO Hoger onderwijs, ...)" */
            } else if (!starts_ci(s, b, i, vw)) {
                continue;
            } else if (is_upper((unsigned char)s[i]) && is_upper((unsigned char)s[i + 1])) {
                continue; /* a header in capitals: "BRIEF VAN DE STAATSSECRETARIS" */
            }
            e = i + strlen(vw);
            /* "voor het commissiedebat X", "voor de begrotingsbehandeling
             * 2027": a meeting to come is a term, not where it was made */
            size_t vl = i >= a + 8 && starts_ci(s, i, i - 8, "voor de ")                    ? 8
                        : i >= a + 9 && starts_ci(s, i, i - 9, "voor het ") ? 9
                                                                             : 0;
            if (vl && !(i > a + vl && ki_is_letter((unsigned char)s[i - vl - 1])) && !letter_venue(vw))
                continue;
            /* "deze brief" is the text itself, not where a promise was made */
            if (letter_venue(vw) && i >= a + 5 && starts_ci(s, i, i - 5, "deze "))
                continue;
            /* a compound's head: "het POC-debat", "het MIRT-overleg" ("overleg"
             * alone is no venue), also broken at a line end: "in het
             * commissie-\ndebat Acute zorg" */
            size_t pre = i;
            if (i > a + 1 && s[i - 1] == '-' && ki_is_letter((unsigned char)s[i - 2]))
                pre = i - 1;
            else if (i > a + 2 && s[i - 1] == '\n' && s[i - 2] == '-' && s[i - 3] >= 'a' && s[i - 3] <= 'z')
                pre = i - 2;
            while (pre < i && pre > a && ki_is_letter((unsigned char)s[pre - 1]))
                pre--;
            /* (but "in hetzelfde overleg": the one named before) */
            if (strcmp(vw, "overleg") == 0 && pre == i &&
                !(i >= a + 10 && (starts_ci(s, i, i - 10, "hetzelfde ") || starts_ci(s, i, i - 10, "datzelfde "))))
                continue;
            if (strcmp(vw, "beantwoording") == 0 || strncmp(vw, "antwoord", 8) == 0) {
                /* "beantwoording van (de) (schriftelijke) (Kamer)vragen" */
                size_t k = e, q;
                for (int g = 0; g < 4; g++) {
                    size_t j = ki_skip_blank(s, b, k);
                    if ((q = word_at(s, b, j, "van")) || (q = word_at(s, b, j, "de")) ||
                        (q = word_at(s, b, j, "schriftelijke")) || (q = word_at(s, b, j, "mondelinge")))
                        k = q;
                    else if ((q = word_at(s, b, j, "Kamervragen")) || (q = word_at(s, b, j, "vragen"))) {
                        k = q;
                        break;
                    } else
                        break;
                }
                *vs = i;
                *ve = k;
                return true;
            }
            if (e < b && ki_is_letter((unsigned char)s[e]) && !(strcmp(vw, "debat") == 0))
                continue;
            if (starts_ci(s, b, e, "te")) /* the verb: "debatteerde", "debatteren" */
                continue;
            /* the venue's name runs to a date, "om", "dat", a comma... */
            size_t k = e, le;
            while (k < b) {
                unsigned char c = (unsigned char)s[k];
                /* (a name that lists: "commissiedebat Discriminatie, racisme
                 * en mensenrechten van 5 februari") */
                if (c == ',' && k > e + 1 && (le = listed_name_end(s, b, k)) > k) {
                    k = le;
                    continue;
                }
                if (c == ',' || c == ';' || c == ':' || c == '>' || c == '<')
                    break; /* (and an e-mail's quote mark: "X en tbs\n> van 4 juni") */
                if (c == '(' && k > e && ki_is_blank((unsigned char)s[k - 1]) && k + 1 < b &&
                    (!(s[k + 1] >= 'a' && s[k + 1] <= 'z') || starts_ci(s, b, k + 1, "d.d")))
                    break; /* "(CD ...)", "(d.d. 26-02-2026)"; not "(on)veiligheid" */
                if (c == '.' && (k + 1 >= b || ki_is_blank((unsigned char)s[k + 1])))
                    break;
                if (ki_is_blank(c)) {
                    size_t j = ki_skip_blank(s, b, k), q;
                    if (starts_ci(s, b, j, "in de Tweede Kamer") || starts_ci(s, b, j, "in de Eerste Kamer") ||
                        starts_ci(s, b, j, "in uw Kamer"))
                        break;
                    if (starts_ci(s, b, j, "d.d.") || venue_stop_at(s, b, j))
                        break;
                    /* a verb before its subject ends the name: "de
                     * toezegging uit het commissiedebat Eigen risico kom
                     * ik ... na" */
                    if (j > e + 1 && s[j] >= 'a' && s[j] <= 'z') {
                        size_t w2 = kd_word_end(s, b, j), j2 = ki_skip_blank(s, b, w2);
                        if (w2 > j && j2 > w2 && (word_at(s, b, j2, "ik") || word_at(s, b, j2, "wij")))
                            break;
                    }
                    if (((q = word_at(s, b, j, "op")) || (q = word_at(s, b, j, "van")) ||
                         (q = word_at(s, b, j, "d.d"))) && weekday_end(s, b, ki_skip_blank(s, b, q)))
                        break; /* "van maandag 2 december" */
                    if ((q = word_at(s, b, j, "van")) &&
                        (word_at(s, b, ki_skip_blank(s, b, q), "vorige") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "vorig") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "afgelopen") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "gisteren") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "eerder")))
                        break; /* "van vorige maand" is when, not which */
                    if (((q = word_at(s, b, j, "op")) || (q = word_at(s, b, j, "van")) ||
                         (q = word_at(s, b, j, "d.d"))) && ki_is_digit((unsigned char)s[ki_skip_blank(s, b, q)])) {
                        if (strcmp(vw, "Kamerbrief") == 0 || (letter_venue(vw) && word_at(s, b, j, "van"))) {
                            ki_date d;
                            size_t ds = ki_skip_blank(s, b, q);
                            size_t dl = ki_date_parse(s + ds, b - ds, false, &d);
                            if (dl) {
                                k = ds + dl;
                                continue;
                            }
                        }
                        break;
                    }
                    /* a year that is part of the name: "wetgevingsoverleg
                     * Fiscale verzamelwet 2027", "de Defensiebegroting 2027" */
                    if (ki_is_digit((unsigned char)s[j]) && j > e + 1 && j + 4 <= b &&
                        (s[j] == '1' || s[j] == '2') && ki_is_digit((unsigned char)s[j + 1]) &&
                        ki_is_digit((unsigned char)s[j + 2]) && ki_is_digit((unsigned char)s[j + 3]) &&
                        (j + 4 == b || !ki_is_letter((unsigned char)s[j + 4])) &&
                        (j + 4 == b || !ki_is_digit((unsigned char)s[j + 4])) && !ki_is_digit((unsigned char)s[k - 1])) {
                        k = j + 4;
                        continue;
                    }
                    /* a small number that is part of the name, then when:
                     * "commissiedebat Box 3 van 12 maart 2026" (not a date:
                     * "commissiedebat Jeugd 3 maart") */
                    if (ki_is_digit((unsigned char)s[j]) && j > e + 1) {
                        size_t de = j;
                        while (de < b && ki_is_digit((unsigned char)s[de]))
                            de++;
                        size_t q2 = ki_skip_blank(s, b, de);
                        ki_date d2;
                        if (de - j <= 2 && de < b && ki_is_blank((unsigned char)s[de]) &&
                            (word_at(s, b, q2, "van") || word_at(s, b, q2, "op") || starts_ci(s, b, q2, "d.d.")) &&
                            !ki_date_parse(s + j, b - j, false, &d2)) {
                            k = de;
                            continue;
                        }
                    }
                    if (ki_is_digit((unsigned char)s[j]))
                        break;
                }
                if (k - i > 120)
                    break;
                k++;
            }
            while (k > e && ki_is_blank((unsigned char)s[k - 1]))
                k--;
            /* not a footnote mark glued to its year ("brief van 26 mei 20235") */
            size_t dg = k;
            while (dg > e && ki_is_digit((unsigned char)s[dg - 1]))
                dg--;
            if ((k - dg == 5 || k - dg == 6) && (s[dg] == '1' || s[dg] == '2') && dg > e && s[dg - 1] == ' ')
                k = dg + 4;
            *vs = pre;
            *ve = k;
            return true;
        }
    }
    return false;
}

/* Actors in the order they are first named; with by_last, in the order
 * they were last named (one named again moves to the end). */
typedef struct actors {
    const char *v[8];
    size_t n;
    bool by_last;
} actors;

static void actor_add(actors *a, const char *x)
{
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->v[i], x) == 0) {
            if (a->by_last) {
                memmove(&a->v[i], &a->v[i + 1], (a->n - i - 1) * sizeof a->v[0]);
                a->v[a->n - 1] = x;
            }
            return;
        }
    if (a->n < 8)
        a->v[a->n++] = x;
}

/* The first letter of the sentence at ss (before pos), past a heading
 * line it runs on from: a short capitalised line without a closing stop
 * ("Evaluatie\nOok heeft ..."). */
static size_t past_heading(const char *s, size_t ss, size_t pos)
{
    size_t a = ss;
    while (a < pos && !ki_is_letter((unsigned char)s[a]))
        a++;
    const char *nl = memchr(s + a, '\n', pos - a);
    if (nl && nl - (s + a) < 60 && is_upper((unsigned char)s[a]) && nl[-1] != '.' && nl[-1] != ',' &&
        nl[-1] != ':')
        a = ki_skip_blank(s, pos, (size_t)(nl + 1 - s));
    return a;
}

/* Where the words of the sentence at ss begin (before pos): past blanks,
 * a bullet ("- ", "2."), a heading line it runs on from, and a label
 * ("Toezegging: De minister zegt toe ..."). */
static size_t subject_start(const char *s, size_t ss, size_t pos)
{
    size_t i = past_heading(s, ss, pos), e;
    if ((e = kd_word_end(s, pos, i)) > i && e < pos && s[e] == ':' && e - i < 20)
        i = ki_skip_blank(s, pos, e + 1);
    return i;
}

/* Where the words of the line that holds pos begin, past a label, when
 * the sentence at ss runs over label lines before it (a register's
 * "Kabinetsleden: Minister van X" above the next entry's "Toezegging: De
 * staatssecretaris zegt toe"): those lines name others. */
static size_t after_labels(const char *s, size_t ss, size_t pos)
{
    size_t a = ss;
    for (size_t ls = ss; ls < pos;) {
        const char *nl = memchr(s + ls, '\n', pos - ls);
        size_t x = ls;
        while (x < pos && (ki_is_letter((unsigned char)s[x]) || s[x] == ' ') && x - ls < 25)
            x++;
        if (x > ls && x < pos && s[x] == ':' && is_upper((unsigned char)s[ls]))
            a = x + 1;
        if (!nl)
            break;
        ls = (size_t)(nl + 1 - s);
    }
    return a;
}

/* Are a and b in one paragraph: no empty line between them (at most one
 * line break in s[a, b))? */
static bool one_paragraph(const char *s, size_t a, size_t b)
{
    const char *nl = a < b ? memchr(s + a, '\n', b - a) : NULL;
    return !nl || !memchr(nl + 1, '\n', b - (size_t)(nl + 1 - s));
}

/* A title a scanner broke over a line ("de minister voor Volkshuisvesting
 * en Ruimte- lijke Ordening"): read with the breaks joined; *used is
 * counted in s.  NULL when there is no break or still no title. */
static const char *actor_parse_joined(const char *s, size_t i, size_t b, size_t *used)
{
    size_t t = i;
    if (starts_ci(s, b, t, "de "))
        t += 3;
    if (!starts_ci(s, b, t, "minister") && !starts_ci(s, b, t, "staatssecretaris"))
        return NULL;
    size_t lim = b - i < 160 ? b : i + 160;
    const char *dash = memchr(s + i, '-', lim - i);
    if (!dash)
        return NULL;
    char buf[200];
    size_t map[200];
    size_t k = 0, j = i;
    bool joined = false;
    while (j < b && k < sizeof buf - 1) {
        if (s[j] == '-' && j > i && ki_is_letter((unsigned char)s[j - 1])) {
            size_t q = j + 1;
            while (q < b && ki_is_blank((unsigned char)s[q]) && q - j < 4)
                q++;
            if (q > j + 1 && q < b && s[q] >= 'a' && s[q] <= 'z') {
                j = q; /* "Ruimte- lijke" -> "Ruimtelijke" */
                joined = true;
                continue;
            }
        }
        map[k] = j;
        buf[k++] = s[j++];
    }
    if (!joined)
        return NULL;
    buf[k] = '\0';
    size_t u = 0;
    const char *ab = ki_actor_parse(buf, k, &u);
    if (!ab || u == 0)
        return NULL;
    *used = (u < k ? map[u] : j) - i;
    return ab;
}

/* Abbreviations and written titles in s[a..b), in order. */
/* "staatssecretaris Knops (BZK)", "minister Van der Wal (Landbouw, Natuur
 * en Voedselkwaliteit)": a rank, a name, the ministry in brackets.  The
 * abbreviation, *used the bytes read; NULL when it is not one. */
static const char *actor_by_name(const char *s, size_t i, size_t b, size_t *used)
{
    size_t e;
    char rank;
    if ((e = word_at(s, b, i, "minister")))
        rank = 'M';
    else if ((e = word_at(s, b, i, "staatssecretaris")))
        rank = 'S';
    else
        return NULL;
    size_t k = ki_skip_blank(s, b, e);
    int names = 0;
    for (int g = 0; g < 5 && k < b; g++) { /* "Van der Wal", "Knops" */
        size_t w = k;
        while (w < b && (ki_is_letter((unsigned char)s[w]) || s[w] == '-' || (unsigned char)s[w] >= 0x80))
            w++;
        if (w == k)
            break;
        bool cap = is_upper((unsigned char)s[k]);
        if (!cap && !word_at(s, w, k, "van") && !word_at(s, w, k, "der") && !word_at(s, w, k, "de") &&
            !word_at(s, w, k, "den"))
            return NULL;
        names += cap;
        k = w;
        if (k < b && s[k] == ' ' && k + 1 < b && s[k + 1] == '(')
            break;
        if (k < b && s[k] == ' ')
            k++;
    }
    if (!names || k + 2 >= b || s[k] != ' ' || s[k + 1] != '(')
        return NULL;
    size_t o = k + 2, c = o;
    while (c < b && s[c] != ')' && c - o < 80)
        c++;
    if (c >= b || s[c] != ')' || c == o)
        return NULL;
    char buf[128];
    const char *ab = NULL;
    if (c - o <= 6) { /* "(BZK)", "(JenV)" */
        int w = snprintf(buf, sizeof buf, "%c%.*s", rank, (int)(c - o), s + o);
        ab = w > 0 ? ki_actor_abbrev(buf, (size_t)w) : NULL;
    }
    if (!ab) {
        size_t u;
        int w = snprintf(buf, sizeof buf, "%s van %.*s", rank == 'M' ? "minister" : "staatssecretaris", (int)(c - o),
                         s + o);
        ab = w > 0 && (size_t)w < sizeof buf ? ki_actor_parse(buf, (size_t)w, &u) : NULL;
    }
    if (ab)
        *used = c + 1 - i;
    return ab;
}

/* A bare title at i in s[0, b), "de" before it or not: 'M' for "minister",
 * 'S' for "staatssecretaris", else 0.  *ts is where the title (would)
 * start, past "de"; *te, set only for a title, where it ends. */
static char title_rank_at(const char *s, size_t b, size_t i, size_t *ts, size_t *te)
{
    size_t w;
    if ((w = word_at(s, b, i, "de")))
        i = ki_skip_blank(s, b, w);
    *ts = i;
    if ((w = word_at(s, b, i, "minister"))) {
        *te = w;
        return 'M';
    }
    if ((w = word_at(s, b, i, "staatssecretaris"))) {
        *te = w;
        return 'S';
    }
    return 0;
}

/* The bewindspersoon an abbreviation s[i, e) stands for where the text
 * defines it in brackets after the title ("de minister van Defensie
 * (MinDef) en de staatssecretaris van Defensie (SvD)"), in its first 6000
 * bytes; NULL when it does not. */
static const char *defined_actor(struct ki_scan *sc, size_t i, size_t e)
{
    const char *s = sc->s;
    size_t lim = sc->n < 6000 ? sc->n : 6000, l = e - i;
    bool caps = false; /* (an abbreviation has a capital inside: "SvD", not "Stand") */
    for (size_t k = i + 1; k < e; k++)
        caps = caps || is_upper((unsigned char)s[k]);
    if (l > 8 || !caps)
        return NULL;
    for (size_t x = 0; (x = kd_find_ci(s, lim, x, "(")) != (size_t)-1; x++) {
        if (x + l + 1 >= lim || memcmp(s + x + 1, s + i, l) != 0 || s[x + 1 + l] != ')')
            continue;
        /* the title right before it: "de staatssecretaris van Defensie" */
        size_t t0 = x > 60 ? x - 60 : 0, used;
        for (size_t t = t0; t < x; t++) {
            if ((s[t] == 'm' || s[t] == 'M' || s[t] == 's' || s[t] == 'S') && (t == 0 || !ki_is_letter((unsigned char)s[t - 1]))) {
                const char *ab = ki_actor_parse(s + t, x - t, &used);
                if (ab && ki_skip_blank(s, x, t + used) == x)
                    return ab;
            }
        }
    }
    return NULL;
}

static void find_actors(struct ki_scan *sc, size_t a, size_t b, actors *out)
{
    const char *s = sc->s;
    for (size_t i = a; i < b; i++) {
        /* every actor below begins with d, m or s in either case: the
         * byte first, then whether it starts a word */
        unsigned char c = (unsigned char)s[i];
        if ((c | 0x20) != 'd' && (c | 0x20) != 'm' && (c | 0x20) != 's')
            continue;
        if (i > a && (ki_is_letter((unsigned char)s[i - 1]) || ki_is_digit((unsigned char)s[i - 1])))
            continue;
        size_t used;
        if (c == 'M' || c == 'S') {
            size_t e = i;
            while (e < b && e - i < 6 && ki_is_letter((unsigned char)s[e]) && (unsigned char)s[e] < 0x80)
                e++;
            const char *ab = ki_actor_abbrev(s + i, e - i);
            if (ab && !(e < b && ki_is_letter((unsigned char)s[e]))) {
                actor_add(out, ab);
                i = e;
                continue;
            }
            /* an abbreviation the text defines: "de staatssecretaris van
             * Defensie (SvD)" */
            if (!(e < b && ki_is_letter((unsigned char)s[e])) && e - i >= 2 && (ab = defined_actor(sc, i, e))) {
                actor_add(out, ab);
                i = e;
                continue;
            }
            /* the long forms some ministries write: "MinVWS", "MinOCW", "StasJenV" */
            size_t pre = starts_ci(s, b, i, "Min") ? 3 : starts_ci(s, b, i, "Stas") ? 4 : 0;
            if (pre && i + pre < b && is_upper((unsigned char)s[i + pre])) {
                char tmp[12];
                size_t k = 0;
                tmp[k++] = (char)c;
                for (e = i + pre; e < b && k < sizeof tmp - 1 && ki_is_letter((unsigned char)s[e]) &&
                                  (unsigned char)s[e] < 0x80;
                     e++)
                    tmp[k++] = s[e];
                if (!(e < b && ki_is_letter((unsigned char)s[e])) && (ab = ki_actor_abbrev(tmp, k))) {
                    actor_add(out, ab);
                    i = e;
                    continue;
                }
            }
        }
        /* "de minister en de staatssecretaris van Sociale Zaken en
         * Werkgelegenheid": the ministry the second names is the first's too */
        size_t t, w = 0, u, ue;
        char r1 = title_rank_at(s, b, i, &t, &w);
        if (r1 && (w = word_at(s, b, ki_skip_blank(s, b, w), "en"))) {
            char r2 = title_rank_at(s, b, ki_skip_blank(s, b, w), &u, &ue);
            const char *ab2 = r2 && r2 != r1 ? ki_actor_parse(s + u, b - u, &used) : NULL;
            const char *ab1 = ab2 ? ki_actor_other_rank(ab2) : NULL;
            if (ab1 && ab1[0] == r1) {
                actor_add(out, ab1);
                actor_add(out, ab2);
                i = u + used;
                continue;
            }
        }
        if (c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 's' || c == 'S') {
            const char *ab = ki_actor_parse(s + i, b - i, &used);
            if (ab) {
                actor_add(out, ab);
                i += used;
            } else if ((c == 'm' || c == 's') && (ab = actor_by_name(s, i, b, &used))) {
                actor_add(out, ab);
                i += used;
            } else if ((ab = actor_parse_joined(s, i, b, &used))) {
                actor_add(out, ab);
                i += used;
            }
        }
    }
}

/* "ik"/"wij" of the signer: its abbreviation when the document names it,
 * and both when two sign ("Wij zeggen toe ...") */
static void actor_self(struct ki_scan *sc, actors *a)
{
    if (sc->meta.cosigner)
        actor_add(a, sc->meta.cosigner);
    if (sc->meta.signer)
        actor_add(a, sc->meta.signer);
}

/* "Mede namens de staatssecretaris van X en de staatssecretaris Jeugd,
 * Preventie en Sport informeer ik u ...": the bewindspersonen a letter
 * with one signer speaks for besides that signer, added to a (its "wij" is
 * all of them; a letter signed by two is their "wij"). */
static void on_behalf(struct ki_scan *sc, actors *a)
{
    static const char namens[] = "mede namens ";
    static const char *const writer[] = {"ik", "wij", "we"};
    const char *s = sc->s;
    size_t n = sc->n, lim = n < 8000 ? n : 8000; /* (the letter's opening) */
    if (sc->meta.cosigner)
        return;
    /* (where the names stand is read once a text: a table asks it per row) */
    if (!sc->behalf_built) {
        sc->behalf_built = true;
        size_t m = kd_find_ci(s, lim, sc->meta.body_start < lim ? sc->meta.body_start : 0, namens);
        if (m != (size_t)-1) {
            size_t e = kd_sent_end(s, n, m), x;
            if ((x = kd_word_in(s, m, e, writer, sizeof writer / sizeof writer[0])) != (size_t)-1)
                e = x;
            sc->behalf_s = m + sizeof namens - 1;
            sc->behalf_e = e;
        }
    }
    if (sc->behalf_e > sc->behalf_s)
        find_actors(sc, sc->behalf_s, sc->behalf_e, a);
}

static const char *head_ministry(const char *s, size_t lim, const char *rank);

/* The office of the bewindspersoon a speaker's label "Minister Hendriksen"
 * at s[ls, le) names, where the opening of the text named that person with
 * the office ("overleg gevoerd met de heer Hendriksen, minister van X"):
 * its abbreviation when of rank, else NULL. */
static const char *office_of_name(const char *s, size_t ls, size_t le, char rank)
{
    size_t x = ki_skip_blank(s, le, ls), w = kd_word_end(s, le, x);
    if (w <= x)
        return NULL;
    size_t ns = ki_skip_blank(s, le, w), ne = le;
    while (ne > ns && ki_is_blank((unsigned char)s[ne - 1]))
        ne--;
    if (ne <= ns + 2 || ne - ns > 40 || memchr(s + ns, '(', ne - ns))
        return NULL;
    /* (in the opening that names who took part, its first 8000 bytes: a
     * label asked per record must not walk a long debate each time) */
    size_t lim = ls < 8000 ? ls : 8000, l = ne - ns;
    for (size_t h = 0; h + l < lim; h++) {
        const char *f = memmem(s + h, lim - h, s + ns, l);
        if (!f)
            break;
        h = (size_t)(f - s);
        if (h > 0 && ki_is_letter((unsigned char)s[h - 1]))
            continue;
        size_t a = h + l;
        if (a < ls && s[a] == ',')
            a++;
        a = ki_skip_blank(s, ls, a);
        size_t used;
        const char *ab = ki_actor_parse(s + a, ls - a, &used);
        if (ab && ab[0] == rank)
            return ab;
    }
    return NULL;
}

/* "ik" at pos in Handelingen: the speaker.  Under "Staatssecretaris Van
 * Oosten:" that is the bewindspersoon whose title the text gave last ("Het
 * woord is aan de staatssecretaris van Justitie en Veiligheid"); under a
 * member or the chair no one who can promise: false.  Elsewhere the
 * signer. */
static bool actor_self_at(struct ki_scan *sc, size_t pos, actors *a)
{
    const char *s = sc->s;
    size_t n = sc->n;
    bool hand = kd_kind_is(sc, "handelingen");
    size_t ls = kd_line_start(s, pos), l0 = ls;
    /* the lines above pos; in the Handelingen the line of pos itself first,
     * whose label may open it */
    for (int k = 0; k < 80 && (ls > 0 || (k == 0 && hand)); k++) {
        if (k > 0 || !hand)
            ls = kd_line_start(s, ls - 1);
        size_t le = kd_line_end(s, n, ls), t = le;
        while (t > ls && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        /* a label alone on its line, or one that opens the paragraph of
         * the turn, as a PDF of the Handelingen prints it ("Minister Van den
         * Akker-Roos: Voorzitter. Dank aan de leden ...") */
        bool inl = false;
        if (t > ls && s[t - 1] != ':' && hand && is_upper((unsigned char)s[ls]) &&
            (starts_ci(s, le, ls, "minister ") || starts_ci(s, le, ls, "staatssecretaris ") ||
             starts_ci(s, le, ls, "de heer ") || starts_ci(s, le, ls, "mevrouw ") || starts_ci(s, le, ls, "de voorzitter:"))) {
            const char *c = memchr(s + ls, ':', (le - ls < 80 ? le - ls : 80));
            if (c && (size_t)(c - s) + 1 < le && s[c - s + 1] == ' ' && (ls < l0 || (size_t)(c - s) < pos)) {
                t = (size_t)(c - s) + 1;
                inl = true;
            }
        }
        if (t == ls || s[t - 1] != ':' || t - ls > 80 || !is_upper((unsigned char)s[ls]) || (ls == l0 && !inl && hand && k == 0))
            continue;
        /* a speaker's label */
        char rank = 0;
        size_t used;
        if (starts_ci(s, t, ls, "minister") || starts_ci(s, t, ls, "de minister"))
            rank = 'M';
        else if (starts_ci(s, t, ls, "staatssecretaris") || starts_ci(s, t, ls, "de staatssecretaris"))
            rank = 'S';
        if (!rank && !hand)
            break; /* a letter's "Toezeggingen:": its signer */
        if (!rank)
            return false; /* a member or the chair: no commitment */
        const char *ab = ki_actor_parse(s + ls, t - ls, &used);
        if (!ab) /* "Minister Van Rijswijk (Sociale Zaken en Werkgelegenheid):" */
            ab = actor_by_name(s, ls, t, &used);
        if (!ab) /* "Minister Hendriksen:", whom the text named before */
            ab = office_of_name(s, ls, t - 1, rank);
        if (ab) {
            actor_add(a, ab);
            return true;
        }
        /* the title the text gave last, of the same rank */
        size_t b0 = ls > 3000 ? ls - 3000 : 0;
        actors seen = {{0}, 0, false};
        find_actors(sc, b0, ls, &seen);
        for (size_t i = seen.n; i > 0; i--)
            if (seen.v[i - 1][0] == rank) {
                actor_add(a, seen.v[i - 1]);
                return true;
            }
        if (sc->meta.signer && sc->meta.signer[0] == rank) {
            actor_add(a, sc->meta.signer);
            return true;
        }
        /* or of the ministry the item's head names ("de behandeling van
         * ... de begrotingsstaten van het Ministerie van X") */
        const char *own = head_ministry(s, n < 3000 ? n : 3000, rank == 'M' ? "minister" : "staatssecretaris");
        if (own)
            actor_add(a, own);
        return true;
    }
    if (!hand)
        actor_self(sc, a);
    return true;
}

static void ids_in(const struct ki_scan *sc, int kind, size_t a, size_t b, const char **ids,
                   size_t *n, size_t cap);

/* Does s[a, b) give a commitment's own number ("TZ202510-041",
 * "T03456"), not a zaak's or a document's the sentence runs on into ("Ons
 * kenmerk 2026Z21345"), among its first four Kamer numbers? */
static bool own_number_in(const struct ki_scan *sc, size_t a, size_t b)
{
    const char *ids[4];
    size_t n = 0;
    ids_in(sc, REF_TK, a, b, ids, &n, sizeof ids / sizeof ids[0]);
    for (size_t k = 0; k < n; k++)
        if (ids[k][0] == 'T')
            return true;
    return false;
}

/* Footnote refs: markers "*", "[^N]", "^N" or a number glued to a word in
 * s[a..b) lead to the footnote line; the ids in it are appended. */
static void footnote_refs(struct ki_scan *sc, size_t a, size_t b, const char **ids, size_t *nids,
                          size_t cap)
{
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = a; i < b; i++) {
#if defined(__SSE2__)
        /* a marker is a '*', a '^' or a digit: the other bytes are passed
         * over 16 at a time */
        const __m128i star = _mm_set1_epi8('*'), caret = _mm_set1_epi8('^'), flip = _mm_set1_epi8((char)0x80),
                      d0 = _mm_set1_epi8((char)('0' ^ 0x80)), d10 = _mm_set1_epi8((char)(('0' + 10) ^ 0x80));
        for (; i + 16 <= b; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i)), f = _mm_xor_si128(v, flip);
            __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, star), _mm_cmpeq_epi8(v, caret)),
                                     _mm_andnot_si128(_mm_cmplt_epi8(f, d0), _mm_cmplt_epi8(f, d10)));
            unsigned bits = (unsigned)_mm_movemask_epi8(m);
            if (bits) {
                i += (size_t)__builtin_ctz(bits);
                break;
            }
        }
        if (i >= b)
            break;
#endif
        char key[16] = "";
        if (s[i] == '*' && (i == 0 || ki_is_blank((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80) &&
            (i + 1 >= n || ki_is_blank((unsigned char)s[i + 1])))
            snprintf(key, sizeof key, "*");
        else if (s[i] == '^' && i + 1 < b && ki_is_digit((unsigned char)s[i + 1])) {
            size_t e = i + 1;
            while (e < b && ki_is_digit((unsigned char)s[e]) && e - i < 4)
                e++;
            snprintf(key, sizeof key, "[^%.*s]", (int)(e - i - 1), s + i + 1);
        } else if (ki_is_digit((unsigned char)s[i]) && i > a &&
                   (ki_is_letter((unsigned char)s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ',') &&
                   (unsigned char)s[i - 1] < 0x80 && !ki_is_digit((unsigned char)s[i - 1])) {
            size_t e = i;
            while (e < b && ki_is_digit((unsigned char)s[e]) && e - i < 3)
                e++;
            if (e - i <= 2 && (e >= n || ki_is_blank((unsigned char)s[e]) || s[e] == ',' || s[e] == '.'))
                snprintf(key, sizeof key, "[^%.*s]", (int)(e - i), s + i);
        }
        if (!key[0])
            continue;
        /* the footnote line: at a line start, "* " or "[^N] ", after the marker */
        if (!sc->fn_built) {
            sc->fn_built = true;
            size_t fcap = 0;
            /* (each line's end read once: a long document has some
             * hundred thousand lines) */
            for (size_t ls = 0, le; ls < n; ls = le + 1) {
                le = kd_line_end(s, n, ls);
                size_t j = ls;
                while (j < n && (s[j] == ' ' || s[j] == '\t'))
                    j++;
                size_t kl = 0;
                if (j + 1 < n && s[j] == '*' && ki_is_blank((unsigned char)s[j + 1]))
                    kl = 1;
                else if (j + 3 < n && s[j] == '[' && s[j + 1] == '^') {
                    size_t e = j + 2;
                    while (e < n && ki_is_digit((unsigned char)s[e]) && e - j < 6)
                        e++;
                    if (e < n && s[e] == ']' && e > j + 2)
                        kl = e + 1 - j;
                }
                if (kl) {
                    if (sc->nfn == fcap) {
                        fcap = fcap ? fcap * 2 : 16;
                        struct fnline *v = realloc(sc->fn, fcap * sizeof *v);
                        if (!v)
                            break; /* footnote refs are a bonus: go without */
                        sc->fn = v;
                    }
                    struct fnline *f = &sc->fn[sc->nfn++];
                    snprintf(f->key, sizeof f->key, "%.*s", (int)kl, s + j);
                    f->ls = j;
                    f->le = le;
                }
                if (le >= n)
                    break;
            }
        }
        for (size_t f = 0; f < sc->nfn; f++) {
            if (sc->fn[f].ls <= i || strcmp(sc->fn[f].key, key) != 0)
                continue;
            /* the references on the footnote's line (by binary search
             * where they are in text order) */
            ids_in(sc, REF_KST, sc->fn[f].ls, sc->fn[f].le, ids, nids, cap);
            ids_in(sc, REF_HAND, sc->fn[f].ls, sc->fn[f].le, ids, nids, cap);
            break;
        }
    }
}

/* The inside [*a, *b) of a bracket that closes the text s[from..to) (blanks
 * and ".;," after it aside): "... (commissiedebat X, 4 juli 2024);". */
static bool trailing_bracket(const char *s, size_t from, size_t to, size_t *a, size_t *b)
{
    size_t k = to;
    while (k > from && (ki_is_blank((unsigned char)s[k - 1]) || s[k - 1] == '.' || s[k - 1] == ';' ||
                        s[k - 1] == ','))
        k--;
    if (k <= from || s[k - 1] != ')')
        return false;
    size_t o = k - 1;
    while (o > from && k - o < 200 && s[o - 1] != '(' && s[o - 1] != ')' && s[o - 1] != '\n')
        o--;
    if (o <= from || s[o - 1] != '(')
        return false;
    *a = ki_skip_blank(s, k - 1, o);
    *b = k - 1;
    return *b > *a;
}

static bool addressee_actor(const char *s, size_t pos, actors *ac);

/* An e-mail from a ministry's office ("Van: Parlementaire Zaken JenV
 * <...>"): the bewindspersoon of rank ("minister", "staatssecretaris") of
 * the ministry its sender line names by abbreviation, NULL when it names
 * none. */
static const char *from_ministry(const char *s, size_t lim, const char *rank)
{
    size_t a = 0;
    while (a < lim && ki_is_blank((unsigned char)s[a]))
        a++;
    if (!starts_ci(s, lim, a, "Van:"))
        return NULL;
    size_t le = kd_line_end(s, lim, a);
    for (size_t w = a + 4; w < le; w++) {
        if (!is_upper((unsigned char)s[w]) || ki_is_letter((unsigned char)s[w - 1]))
            continue;
        size_t we = kd_word_end(s, le, w);
        char buf[64];
        size_t used;
        int k = snprintf(buf, sizeof buf, "%s van %.*s", rank, (int)(we - w), s + w);
        const char *ab = k > 0 && (size_t)k < sizeof buf && we - w >= 2 && we - w <= 6
                             ? ki_actor_parse(buf, (size_t)k, &used)
                             : NULL;
        if (ab && used == (size_t)k)
            return ab;
        w = we;
    }
    return NULL;
}

/* The bewindspersoon of rank ("minister", "staatssecretaris") of the
 * ministry the head of the text (s[0..lim)) names: a letterhead "Ministerie
 * van X", a begroting's "begrotingsstaten van het Ministerie van X"; NULL
 * when it names none. */
static const char *head_ministry(const char *s, size_t lim, const char *rank)
{
    size_t m = kd_find_ci(s, lim, 0, "Ministerie van");
    if (m == (size_t)-1 || m + 14 >= lim || !ki_is_blank((unsigned char)s[m + 14]))
        return from_ministry(s, lim, rank);
    size_t ms = ki_skip_blank(s, lim, m + 14), me = ms; /* ("Ministerie van\n    Financi\xc3\xabn") */
    /* to the end of the name: a gap, a bracket, the line's end ("van
     * Financi\xc3\xabn (IXB) en ..."); a name broken after "en" goes on
     * on the next line ("Infrastructuur en\n    Waterstaat 2025") */
    char name[160];
    size_t k = 0;
    while (me < lim && k + 2 < sizeof name && s[me] != '(' && !ki_is_digit((unsigned char)s[me]) &&
           !(s[me] == ' ' && me + 1 < lim && s[me + 1] == ' ')) {
        if (s[me] == '\n') {
            /* ("Ministerie van Onder-\nwijs, Cultuur en Wetenschap": a word
             * a column broke) */
            size_t nx = ki_skip_blank(s, lim, me);
            if (k >= 2 && name[k - 1] == '-' && name[k - 2] >= 'a' && name[k - 2] <= 'z' && nx < lim && s[nx] >= 'a' &&
                s[nx] <= 'z') {
                k--;
                me = nx;
                continue;
            }
            /* (or after a comma: "Ministerie van Onderwijs,\n Cultuur en
             * Wetenschap") */
            if (!(k >= 3 && (name[k - 1] == 'n' || name[k - 1] == 'N') && (name[k - 2] == 'e' || name[k - 2] == 'E') &&
                  name[k - 3] == ' ') &&
                !(k >= 2 && name[k - 1] == ','))
                break;
            me = ki_skip_blank(s, lim, me);
            name[k++] = ' ';
            continue;
        }
        name[k++] = s[me++];
    }
    while (k > 0 && name[k - 1] == ' ')
        k--;
    char buf[200];
    size_t used;
    int w = snprintf(buf, sizeof buf, "%s van %.*s", rank, (int)k, name);
    if (w <= 0 || (size_t)w >= sizeof buf)
        return NULL;
    return ki_actor_parse(buf, (size_t)w, &used);
}

/* The office of the addressee ("u") of a beslisnota or of a letter to a
 * bewindspersoon: "Aan de minister van X" (addressee_actor()), "Aan: de
 * staatssecretaris van X", or a head that names only the rank ("Aan" above
 * "de minister") under a letterhead "Ministerie van X": then the rank of
 * that ministry.  Adds it to ac; false when the head does not say. */
static bool addressee_office(struct ki_scan *sc, size_t pos, actors *ac)
{
    const char *s = sc->s;
    if (addressee_actor(s, pos, ac))
        return true;
    size_t lim = pos < 3000 ? pos : 3000, used;
    for (size_t ls = 0; ls < lim; ls = kd_line_end(s, lim, ls) + 1) {
        size_t q = ki_skip_blank(s, lim, ls), k = word_at(s, lim, q, "Aan");
        if (!k || (s[q] != 'A'))
            continue;
        if (k < lim && s[k] == ':')
            k++;
        size_t j = k;
        while (j < lim && (s[j] == ' ' || s[j] == '\t'))
            j++;
        /* "Aan       Staatssecretaris BZK      Den Haag": the rank beside it */
        const char *ab = j < lim && s[j] != '\n' ? ki_actor_parse(s + j, lim - j, &used) : NULL;
        bool rank_here = j < lim && (word_at(s, lim, j, "Staatssecretaris") || word_at(s, lim, j, "Minister"));
        if (!ab && !rank_here) {
            if (j < lim && s[j] == '\n') /* the rank on the line below */
                j = ki_skip_blank(s, lim, j);
            else if (j < lim && j - k >= 3 && !word_at(s, lim, j, "de")) /* a margin column beside "Aan": the rank below */
                j = ki_skip_blank(s, lim, kd_line_end(s, lim, j));
            ab = ki_actor_parse(s + j, lim - j, &used);
        }
        if (ab) {
            actor_add(ac, ab);
            return true;
        }
        size_t e;
        if ((e = word_at(s, lim, j, "de")))
            j = ki_skip_blank(s, lim, e);
        else if (!rank_here)
            return false;
        const char *rank = word_at(s, lim, j, "minister") ? "minister" : word_at(s, lim, j, "staatssecretaris") ? "staatssecretaris" : NULL;
        if (!rank)
            return false;
        if ((ab = head_ministry(s, lim, rank))) {
            actor_add(ac, ab);
            return true;
        }
        return false;
    }
    return false;
}

/* "voorganger(s)", "ambtsvoorganger(s)" at s[j..b) */
static bool predecessor_at(const char *s, size_t b, size_t j)
{
    return word_at(s, b, j, "voorganger") || word_at(s, b, j, "ambtsvoorganger") ||
           word_at(s, b, j, "voorgangers") || word_at(s, b, j, "ambtsvoorgangers");
}

/* "mijn ambtsvoorganger", "onze voorgangers" at x (before b): the end of
 * the predecessor's word, else 0. */
static size_t my_predecessor(const char *s, size_t b, size_t x)
{
    size_t w = word_at(s, b, x, "mijn");
    if (!w)
        w = word_at(s, b, x, "onze");
    if (!w)
        return 0;
    size_t j = ki_skip_blank(s, b, w);
    return predecessor_at(s, b, j) ? kd_word_end(s, b, j) : 0;
}

/* A bewindspersoon named without the ministry at s[i..b): "uw voorganger",
 * "mijn ambtsvoorganger", "de minister", "de staatssecretaris", "het
 * kabinet", "de regering" (then "dat", "om", ",", a verb...; not "de
 * minister van X", which find_actors reads). */
static bool bare_maker(const char *s, size_t i, size_t b)
{
    size_t k;
    if ((k = word_at(s, b, i, "uw")) || (k = word_at(s, b, i, "mijn")) || (k = word_at(s, b, i, "zijn")) ||
        (k = word_at(s, b, i, "haar"))) {
        size_t j = ki_skip_blank(s, b, k);
        return predecessor_at(s, b, j);
    }
    if ((k = word_at(s, b, i, "de")) || (k = word_at(s, b, i, "het"))) {
        size_t j = ki_skip_blank(s, b, k), e;
        if (!((e = word_at(s, b, j, "minister")) || (e = word_at(s, b, j, "staatssecretaris")) ||
              (e = word_at(s, b, j, "minister-president")) || (e = word_at(s, b, j, "kabinet")) ||
              (e = word_at(s, b, j, "regering")) || (e = word_at(s, b, j, "bewindspersoon"))))
            return false;
        size_t f = ki_skip_blank(s, b, e);
        return !(word_at(s, b, f, "van") || word_at(s, b, f, "voor")); /* a title: find_actors */
    }
    return false;
}

/* Adds each minister and staatssecretaris (not the minister-president)
 * named in the back bytes before ss, in order, once each: "De
 * bewindspersonen" of a debate. */
static void all_named_before(struct ki_scan *sc, size_t ss, size_t back, actors *a)
{
    actors seen = {{0}, 0, true};
    find_actors(sc, ss > back ? ss - back : 0, ss, &seen);
    for (size_t i = 0; i < seen.n; i++)
        if ((seen.v[i][0] == 'M' || seen.v[i][0] == 'S') && strcmp(seen.v[i], "MP") != 0)
            actor_add(a, seen.v[i]);
}

/* Adds the last minister ('M') or staatssecretaris ('S') of rank (0: either;
 * never the minister-president) named in the back bytes before ss; false
 * when there is none. */
static bool last_named_before(struct ki_scan *sc, size_t ss, size_t back, char rank, actors *a)
{
    /* a ministry's own budget or annual report: "De minister" is its
     * minister, whoever the text named before ("... heeft de minister van
     * Justitie en Veiligheid afspraken gemaakt. De minister heeft ...") */
    size_t hl = sc->n < 1500 ? sc->n : 1500;
    const char *own_text = rank && !sc->meta.signer &&
                                   (kd_find_ci(sc->s, hl, 0, "begrotingsstaten") != (size_t)-1 ||
                                    kd_find_ci(sc->s, hl, 0, "jaarverslag") != (size_t)-1)
                               ? head_ministry(sc->s, hl, rank == 'M' ? "minister" : "staatssecretaris")
                               : NULL;
    if (own_text) {
        actor_add(a, own_text);
        return true;
    }
    actors seen = {{0}, 0, true};
    find_actors(sc, ss > back ? ss - back : 0, ss, &seen);
    for (size_t i = seen.n; i > 0; i--) {
        const char *v = seen.v[i - 1];
        if ((v[0] == 'M' || v[0] == 'S') && strcmp(v, "MP") != 0 && (!rank || v[0] == rank)) {
            actor_add(a, v);
            return true;
        }
    }
    /* unsigned (a griffie's list, a report): the one bewindspersoon of
     * that rank the text named further back, when it named only one */
    if (rank && !sc->meta.signer && ss > back) {
        actors all = {{0}, 0, false};
        size_t far = ss > 20000 ? ss - 20000 : 0;
        all_named_before(sc, ss - back, ss - back - far, &all);
        const char *one = NULL;
        bool many = false;
        for (size_t i = 0; i < all.n; i++)
            if (all.v[i][0] == rank) {
                many = many || one;
                one = all.v[i];
            }
        if (one && !many) {
            actor_add(a, one);
            return true;
        }
    }
    /* none named: a letter signed by a minister and a staatssecretaris
     * calls each by rank ("De staatssecretaris heeft ... toegezegd") */
    const char *const signers[] = {sc->meta.signer, sc->meta.cosigner};
    bool verslag = kd_kind_is(sc, "verslag");
    /* (a verslag's "De minister zegt toe": the minister the committee met) */
    if (rank && sc->meta.signer && (sc->meta.cosigner || verslag))
        for (size_t k = 0; k < 2; k++)
            if (signers[k] && signers[k][0] == rank) {
                actor_add(a, signers[k]);
                return true;
            }
    /* none named before: "De minister zegt toe" in a letter the minister
     * signs is the signer */
    if (rank && sc->meta.signer && sc->meta.signer[0] == rank && strcmp(sc->meta.signer, "MP") != 0) {
        actor_add(a, sc->meta.signer);
        return true;
    }
    /* a letter signed by one: "De staatssecretaris heeft ... toegezegd" in
     * the minister's letter is the staatssecretaris of that ministry */
    if (rank && sc->meta.signer && !sc->meta.cosigner && sc->meta.signer[0] != rank &&
        (sc->meta.signer[0] == 'M' || sc->meta.signer[0] == 'S') && strcmp(sc->meta.signer, "MP") != 0 &&
        ki_actor_other_rank(sc->meta.signer)) {
        actor_add(a, ki_actor_other_rank(sc->meta.signer));
        return true;
    }
    /* unsigned, a ministry's own text (a begroting's bijlage, a
     * beslisnota): "De minister" of that ministry */
    const char *own = rank && !sc->meta.signer
                          ? head_ministry(sc->s, sc->n < 1500 ? sc->n : 1500, rank == 'M' ? "minister" : "staatssecretaris")
                          : NULL;
    if (own) {
        actor_add(a, own);
        return true;
    }
    /* a motion or report on a budget chapter ("36 600 XVI, nr. 45"):
     * "de minister" of that chapter's ministry */
    own = rank && !sc->meta.signer ? ki_chapter_actor(sc->meta.self_dossier, sc->meta.self_sub, rank) : NULL;
    if (own) {
        actor_add(a, own);
        return true;
    }
    return false;
}

/* "De minister" at t, a title without its ministry, in a passage that
 * named one shortly before ("- De minister van JenV stuurt ... \n- De
 * minister zegt toe ..."): that bewindspersoon, the last of the same rank
 * named in the 600 bytes before ss. */
/* The rank of the bare title at s[k..e): 'M' "minister", 'S'
 * "staatssecretaris", 0 for the minister-president or none. */
static char title_rank(const char *s, size_t e, size_t k)
{
    return starts_ci(s, e, k, "minister-president") ? 0
           : starts_ci(s, e, k, "minister")         ? 'M'
           : starts_ci(s, e, k, "staatssecretaris") ? 'S'
                                                    : 0;
}

static bool same_rank_before(struct ki_scan *sc, size_t ss, size_t t, actors *a)
{
    const char *s = sc->s;
    size_t k = subject_start(s, ss, t);
    if (starts_ci(s, sc->n, k, "de "))
        k = ki_skip_blank(s, sc->n, k + 3);
    char rank = title_rank(s, sc->n, k);
    if (!rank)
        return false;
    if (last_named_before(sc, ss, 600, rank, a))
        return true;
    /* a debate names its bewindspersonen once, when the chair welcomes
     * them or the verslag opens ("Ik heet de minister van X en de
     * staatssecretaris Y welkom"): further back */
    bool debate = kd_reports_debate(sc);
    return debate && last_named_before(sc, ss, 6000, rank, a);
}

/* A promise a report of what was said tells of, in a clause after a
 * bewindspersoon's telling verb: "De staatssecretaris zegde toe ... Zij
 * wijst erop dat de toezegging uit het commissiedebat X is vertraagd",
 * "De minister meldt dat de toezegging over Y loopt": the teller's (a
 * pronoun is the bewindspersoon the sentence before had as its subject).
 * pos is the noun's determiner's end or the noun; ss its sentence. */
static bool teller_of(struct ki_scan *sc, size_t ss, size_t pos, actors *ac)
{
    const char *s = sc->s;
    size_t t0 = subject_start(s, ss, pos), we, w = ki_word_before(s, t0, pos, &we);
    static const char *const det[] = {"de", "deze", "die", "haar", "zijn", NULL};
    if (we > w && kd_word_in_list(s, w, we, det))
        w = ki_word_before(s, t0, w, &we);
    if (!(we > w && word_at(s, we, w, "dat")))
        return false;
    size_t dat = w;
    static const char *const tell[] = {"wijst", "meldt", "zegt", "geeft", "antwoordt", "laat", "deelt", "stelt",
                                       "merkt", "benadrukt", "erkent", "bevestigt", "licht", NULL};
    size_t p, v;
    if ((p = word_at(s, dat, t0, "zij")) || (p = word_at(s, dat, t0, "hij"))) {
        v = ki_skip_blank(s, dat, p);
        if (!kd_word_in_list(s, v, kd_word_end(s, dat, v), tell) || ss < 2)
            return false;
        size_t ps = kd_sent_start(s, sc->n, ss - 2);
        /* (whose promise the sentence before told of: "De staatssecretaris
         * zegde toe ...") */
        for (size_t i = sc->r->ncommitments; i > 0; i--) {
            const ki_commitment *c = &sc->r->commitments[i - 1];
            if (c->span.start < ps)
                break;
            if (c->span.start < ss && c->nactors) {
                for (size_t k = 0; k < c->nactors; k++)
                    actor_add(ac, c->actors[k]);
                return true;
            }
        }
        return same_rank_before(sc, ps, ss - 1, ac);
    }
    /* "De staatssecretaris (van X) wijst erop dat" */
    size_t x = t0;
    for (int k = 0; k < 8 && x < dat; k++) {
        size_t xe = kd_word_end(s, dat, x);
        if (xe > x && kd_word_in_list(s, x, xe, tell))
            break;
        x = ki_skip_blank(s, dat, xe > x ? xe : x + 1);
    }
    if (x >= dat || x == t0)
        return false;
    find_actors(sc, t0, x, ac);
    return ac->n || same_rank_before(sc, ss, x, ac);
}

/* Adds got's bewindspersonen to ac when they are two or more (a joint
 * subject); false, adding none, when fewer. */
static bool add_joint(actors *ac, const actors *got)
{
    if (got->n < 2)
        return false;
    for (size_t k = 0; k < got->n; k++)
        actor_add(ac, got->v[k]);
    return true;
}

/* "De minister en de staatssecretaris sturen de Kamer ...": a subject of
 * two bare titles joined by "en" at s[a, b), each the last bewindspersoon
 * of its rank named before ss (or the one the text is by), or "beide
 * ministers"; both added to ac.  False when the subject is not two such
 * titles. */
static bool joint_titles(struct ki_scan *sc, size_t ss, size_t a, size_t b, actors *ac)
{
    const char *s = sc->s;
    char rank[2] = {0, 0};
    size_t x = a, e;
    /* "Beide ministers zeggen toe", "De beide bewindspersonen": the letter's
     * signers, or its signer and the one it speaks for ("mede namens") */
    if ((e = word_at(s, b, x, "de")))
        x = ki_skip_blank(s, b, e);
    if ((e = word_at(s, b, x, "beide"))) {
        x = ki_skip_blank(s, b, e);
        if (!word_at(s, b, x, "ministers") && !word_at(s, b, x, "bewindspersonen") &&
            !word_at(s, b, x, "staatssecretarissen"))
            return false;
        actors got = {{0}, 0, false};
        actor_self(sc, &got);
        on_behalf(sc, &got);
        return add_joint(ac, &got);
    }
    x = a;
    for (int k = 0; k < 2; k++) {
        size_t t;
        if (!word_at(s, b, x, "de") || !(rank[k] = title_rank_at(s, b, x, &t, &e)))
            return false;
        x = ki_skip_blank(s, b, e);
        if (word_at(s, b, x, "van"))
            return false; /* "de minister van X": find_actors() reads it */
        if (k == 0) {
            if (!(e = word_at(s, b, x, "en")))
                return false;
            x = ki_skip_blank(s, b, e);
        }
    }
    actors got = {{0}, 0, false};
    for (int k = 0; k < 2; k++)
        if (!last_named_before(sc, ss, 1500, rank[k], &got))
            return false;
    return add_joint(ac, &got);
}

/* "Zij zegde toe", "Ook heeft hij toegezegd", "Wel zegde hij toe", "Tevens
 * zegde de minister toe": a pronoun or a bare title in [a, b) for someone
 * the text named before.  Adds the last bewindspersoon named in the 1500
 * bytes before ss (of the title's rank, when a title is given); true when
 * such a subject is there, whether or not it was found. */
static bool third_person(struct ki_scan *sc, size_t ss, size_t a, size_t b, actors *ac)
{
    const char *s = sc->s;
    char rank = 0, r1;
    size_t t1, te1;
    bool found = false;
    for (size_t x = a; x < b && !found; x++) {
        if (x > a && ki_is_letter((unsigned char)s[x - 1]))
            continue;
        if (word_at(s, b, x, "hij") || word_at(s, b, x, "zij") || word_at(s, b, x, "ze"))
            found = true;
        else if ((s[x] == 'd' || s[x] == 'D') && joint_titles(sc, ss, x, b, ac))
            return true; /* "Tevens zeggen de minister en de staatssecretaris toe" */
        else if ((s[x] == 'd' || s[x] == 'D') && word_at(s, b, x, "de") && (r1 = title_rank_at(s, b, x, &t1, &te1)) &&
                 te1 < b && ki_is_blank((unsigned char)s[te1]) && !word_at(s, b, ki_skip_blank(s, b, te1), "van"))
            found = true, rank = r1; /* "de minister", "de\nstaatssecretaris" (not "de minister van X") */
        else if (starts_ci(s, b, x, "de bewindsman ") || starts_ci(s, b, x, "de bewindsvrouw ") ||
                 starts_ci(s, b, x, "de bewindspersoon "))
            found = true; /* either rank */
    }
    if (found)
        (void)last_named_before(sc, ss, 1500, rank, ac);
    return found;
}

/* Does the sentence at ss open with "Ook", "Tevens", "Eveneens" or
 * "Daarnaast" before pos ("Ook heeft de minister toegezegd ..."), after a
 * heading line ("Evaluatie") if it has one? */
static bool also_opens(const char *s, size_t ss, size_t pos)
{
    static const char *const also[] = {"ook", "tevens", "eveneens", "daarnaast", NULL};
    size_t a = past_heading(s, ss, pos);
    size_t e = kd_word_end(s, pos, a);
    return e > a && kd_word_in_list(s, a, e, also);
}

/* Is the motion word of m any motion, not one or some: "Per motie en
 * toezegging is aangegeven ...", "elke motie", "de stand van zaken van de
 * moties en toezeggingen" (not "De onderstaande moties")? */
static bool any_motion(const char *s, size_t n, const motinfo *m)
{
    size_t we, w = ki_word_before(s, m->start > 40 ? m->start - 40 : 0, m->start, &we);
    if (we > w && (word_at(s, we, w, "per") || word_at(s, we, w, "elke") || word_at(s, we, w, "iedere")))
        return true;
    size_t x = ki_skip_blank(s, n, m->end), e;
    return m->plural && m->names_s == m->names_e && (e = word_at(s, n, x, "en")) &&
           word_at(s, n, ki_skip_blank(s, n, e), "toezeggingen");
}

/* Is the line [ls, le) a commitment number alone ("T03612",
 * "TZ202605-071"), the head of a register entry: one number record (as
 * the pattern table reads them) that is the whole line? */
static bool bare_id_line(const struct ki_scan *sc, size_t ls, size_t le)
{
    const char *s = sc->s;
    size_t a = ls, b = le;
    while (a < b && ki_is_blank((unsigned char)s[a]))
        a++;
    while (b > a && ki_is_blank((unsigned char)s[b - 1]))
        b--;
    if (b == a || s[a] != 'T')
        return false;
    size_t cnt = kd_nrefs(sc->r, REF_TK);
    for (size_t k = kd_ref_from(sc, REF_TK, a); k < cnt; k++) {
        const ki_span *sp = kd_ref_span(sc->r, REF_TK, k);
        if (sp->start == a && sp->end == b)
            return true;
        if (sc->in_order[REF_TK] && sp->start > a)
            break;
    }
    return false;
}

/* Does the noun that ends at ne go on with a clause that says who made it:
 * the writer, "die ik op 3 maart 2026 in de Eerste Kamer deed", "die wij
 * hebben gedaan", "die ik u in het debat heb gedaan" ('i'); the one named
 * just before, "de staatssecretaris te vragen naar de toezegging die zij
 * ... heeft gedaan" ('z'); the addressee, "die u ... heeft gedaan" ('u')?
 * Which in *who, where its verb starts in *e. */
static bool mine_relative(const char *s, size_t ne, size_t ue, size_t *e, char *who)
{
    size_t x = ki_skip_blank(s, ue, ne), w;
    if (!(w = word_at(s, ue, x, "die")))
        return false;
    x = ki_skip_blank(s, ue, w);
    if ((w = word_at(s, ue, x, "ik")) || (w = word_at(s, ue, x, "wij")) || (w = word_at(s, ue, x, "we")) ||
        (w = my_predecessor(s, ue, x))) /* "die mijn ambtsvoorganger deed bij ...": the office that signs */
        *who = 'i';
    else if ((w = word_at(s, ue, x, "zij")) || (w = word_at(s, ue, x, "hij")))
        *who = 'z';
    else if ((w = word_at(s, ue, x, "u")))
        *who = 'u';
    else
        return false;
    static const char *const did[] = {"deed", "deden", "gedaan", NULL};
    size_t lim = w + 160 < ue ? w + 160 : ue;
    for (size_t y = w; y < lim; y++) {
        /* (the clause ends at a comma or a stop, not at an abbreviation's:
         * "op 12 november jl. heeft gedaan") */
        if (s[y] == ',' || s[y] == ';' || (s[y] == '.' && !(y >= 2 && starts_ci(s, y + 1, y - 2, "jl."))))
            return false;
        size_t ye = kd_word_end(s, lim, y);
        if (ye > y && (y == 0 || !ki_is_letter((unsigned char)s[y - 1])) && kd_word_in_list(s, y, ye, did)) {
            *e = y;
            return true;
        }
    }
    return false;
}

/* Is pos in a bulleted list whose introduction (the line before its first
 * item, ending in ':') has the writer as subject ("doe ik de volgende
 * toezeggingen af:", "ga ik in op de volgende toezeggingen:")? */
static bool intro_by_self(struct ki_scan *sc, size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t first = kd_list_first_item(sc, s, n, pos);
    if (first == (size_t)-1)
        return false;
    size_t p = kd_prev_line(s, n, first);
    if (p == (size_t)-1 || kd_last_char(s, n, p) != ':')
        return false;
    size_t le = kd_line_end(s, n, p);
    for (size_t x = p; x < le; x++)
        if ((x == p || !ki_is_letter((unsigned char)s[x - 1])) &&
            (word_at(s, le, x, "ik") || word_at(s, le, x, "wij") || word_at(s, le, x, "we")))
            return true;
    return false;
}

/* Does s[ss..pos) say "mijn ambtsvoorganger" or "onze (ambts)voorgangers"
 * (the subject of "... heeft toegezegd"; a heading line may precede it): the
 * predecessor in the signer's own office, which the actor abbreviation
 * names as well (MSZW then as now)?  With yours, "uw (ambts)voorganger":
 * the addressee's predecessor. */
static bool predecessor_of(const char *s, size_t ss, size_t pos, bool yours)
{
    for (size_t i = ss; i < pos; i++) {
        size_t k = 0;
        if ((i > ss && ki_is_letter((unsigned char)s[i - 1])) ||
            (yours ? !(k = word_at(s, pos, i, "uw"))
                   : (!(k = word_at(s, pos, i, "mijn")) && !(k = word_at(s, pos, i, "onze"))))) /* either case */
            continue;
        size_t j = ki_skip_blank(s, pos, k);
        if (predecessor_at(s, pos, j))
            return true;
    }
    return false;
}

/* Is the commitment noun at [ns, ne) made by its clause now: "Die
 * toezegging doe ik graag", "die toezegging kan ik doen", "Ik doe de
 * toezegging dat ...", "doe ik u de toezegging"?  (Not "heb ik gedaan",
 * nor "doe ik ... af".) */
static bool promise_done_now(const char *s, size_t ss, size_t ns, size_t ne, size_t ue)
{
    /* not "doe ik die toezegging gestand", "Beide toezeggingen doe ik met
     * deze brief af" (kept, done) */
    for (size_t y = ne; y < ue; y++)
        if (!ki_is_letter((unsigned char)s[y - 1]) && (word_at(s, ue, y, "gestand") || word_at(s, ue, y, "af")))
            return false;
    size_t a = ki_skip_blank(s, ue, ne), k;
    if ((k = word_at(s, ue, a, "kan")) || (k = word_at(s, ue, a, "wil")) || (k = word_at(s, ue, a, "doe")) ||
        (k = word_at(s, ue, a, "kunnen")) || (k = word_at(s, ue, a, "willen")) || (k = word_at(s, ue, a, "doen"))) {
        bool doe = s[a] == 'd';
        size_t j = ki_skip_blank(s, ue, k);
        if (!(k = word_at(s, ue, j, "ik")) && !(k = word_at(s, ue, j, "wij")) && !(k = word_at(s, ue, j, "we")))
            return false;
        if (doe)
            return true;
        for (int g = 0; g < 3; g++) { /* "kan ik (u) (graag) doen" */
            j = ki_skip_blank(s, ue, k);
            if (word_at(s, ue, j, "doen"))
                return true;
            if (!(k = word_at(s, ue, j, "u")) && !(k = word_at(s, ue, j, "wel")) && !(k = word_at(s, ue, j, "graag")) &&
                !(k = word_at(s, ue, j, "best")))
                return false;
        }
        return false;
    }
    /* before it: "Ik doe (u) (hierbij) de", "doe ik u de" */
    size_t x = ns, e;
    bool doe = false, who = false;
    for (int w = 0; w < 5 && x > ss; w++) {
        x = ki_word_before(s, ss, x, &e);
        if (x == e)
            break;
        if (word_at(s, e, x, "doe") || word_at(s, e, x, "doen"))
            doe = true;
        else if (word_at(s, e, x, "ik") || word_at(s, e, x, "wij") || word_at(s, e, x, "we"))
            who = true;
        else if (!(word_at(s, e, x, "de") || word_at(s, e, x, "een") || word_at(s, e, x, "die") ||
                   word_at(s, e, x, "deze") || word_at(s, e, x, "u") || word_at(s, e, x, "hierbij") ||
                   word_at(s, e, x, "graag") || word_at(s, e, x, "dan") || word_at(s, e, x, "ook")))
            break;
    }
    return doe && who;
}

/* The date a sentence opens with, "Op 30 december jl., ...", found in
 * s[ss, lim): true and *dt (its span in s). */
static bool opening_date(const char *s, size_t ss, size_t lim, ki_date *dt)
{
    size_t a = ss, k;
    while (a < lim && !ki_is_letter((unsigned char)s[a]))
        a++;
    if (!(k = word_at(s, lim, a, "op")))
        return false;
    a = ki_skip_blank(s, lim, k);
    size_t len = ki_date_parse(s + a, lim - a, false, dt);
    if (!len)
        return false;
    dt->start = a;
    dt->end = a + len;
    return true;
}

/* Where a deadline found at d0 (not before lo) begins with the words that
 * lead it in: "uiterlijk in het najaar van 2025", "voor het eind van 2025". */
static size_t deadline_lead(const char *s, size_t n, size_t lo, size_t d0)
{
    static const char *const pre[] = {"uiterlijk ", "voor het ", "tegen het ", "voor de "};
    for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++) {
        size_t l = strlen(pre[k]);
        if (d0 >= lo + l && starts_ci(s, n, d0 - l, pre[k]) &&
            (d0 - l == lo || !ki_is_letter((unsigned char)s[d0 - l - 1])))
            return d0 - l;
    }
    return d0;
}

/* Is s[a, e) a particle that a separable verb keeps before "te": "aan te
 * passen", "in te zetten", "op te treden"? */
static bool particle_at(const char *s, size_t a, size_t e)
{
    static const char *const pt[] = {"aan", "in", "op", "af", "toe", "door", "mee", "na", "over", "vast",
                                     "voor", "uit", "bij", "terug", "weg", "samen", "tegemoet", NULL};
    return kd_word_in_list(s, a, e, pt);
}

/* Does the line at h0 (ending by e) begin with a commitment's number:
 * "T03987 Toezegging ...", "TZ202605-071"? */
static bool numbered_line(const char *s, size_t e, size_t h0)
{
    return h0 + 2 < e && s[h0] == 'T' && (ki_is_digit((unsigned char)s[h0 + 1]) || s[h0 + 1] == 'Z') &&
           ki_is_digit((unsigned char)s[h0 + 2]);
}

/* After "Toezegging" at hs: a register entry's label up to its colon,
 * nothing but a number or a short name and one bracket between ("Toezegging:",
 * "Toezegging (TZ202411-087):", "Toezegging TZ202606-044 (commissiedebat X,
 * 18 juni 2026):")?  Where its text starts, else ue. */
static size_t entry_label_end(const char *s, size_t hs, size_t ue)
{
    size_t i = ki_skip_blank(s, ue, hs);
    if (i < ue && s[i] != '(' && s[i] != ':') { /* one word: a number or an abbreviation */
        while (i < ue && !ki_is_blank((unsigned char)s[i]) && s[i] != '(' && s[i] != ':')
            i++;
        i = ki_skip_blank(s, ue, i);
    }
    if (i < ue && s[i] == '(') {
        const char *cb = memchr(s + i, ')', ue - i);
        if (!cb || (size_t)(cb - s) - i > 160)
            return ue;
        i = ki_skip_blank(s, ue, (size_t)(cb - s) + 1);
    }
    if (i >= ue || s[i] != ':')
        return ue;
    i = ki_skip_blank(s, ue, i + 1);
    return i + 10 < ue && ki_is_letter((unsigned char)s[i]) ? i : ue;
}

/* Does the sentence at ss open with a word that points back, before the
 * verb at pos: "Dat kan ik u toezeggen", "Die toezegging doe ik graag",
 * "Ook dit zeg ik toe"? */
static bool points_back(const char *s, size_t ss, size_t pos)
{
    size_t a = ss, k;
    while (a < pos && !ki_is_letter((unsigned char)s[a]))
        a++;
    /* "Ja, dat kan ik toezeggen." */
    if ((k = word_at(s, pos, a, "ja")) && k < pos && s[k] == ',')
        a = ki_skip_blank(s, pos, k + 1);
    if ((k = word_at(s, pos, a, "ook")) || (k = word_at(s, pos, a, "en")))
        a = ki_skip_blank(s, pos, k);
    return word_at(s, pos, a, "dat") || word_at(s, pos, a, "die") || word_at(s, pos, a, "dit") ||
           word_at(s, pos, a, "deze") || word_at(s, pos, a, "datgene");
}

/* The part of the sentence [p, e) that says what was asked or said: after
 * its first "om", "dat", "of" or "naar" ("vroeg in het debat om een
 * overzicht van X"), and without the asking ("Kan de minister toezeggen dat
 * ...?"); else all of it.  [p, e) excludes the closing '.' or '?'. */
static void asked_part(const char *s, size_t p, size_t e, size_t *a, size_t *b)
{
    static const char *const lead[] = {"om", "dat", "of", "naar"};
    size_t w = kd_word_in(s, p + 1, e, lead, sizeof lead / sizeof lead[0]);
    if (w != (size_t)-1) {
        size_t k = ki_skip_blank(s, e, kd_word_end(s, e, w));
        if (e - k > 10)
            p = k;
    }
    while (p < e && ki_is_blank((unsigned char)s[p]))
        p++;
    /* the question itself: "Wilt u de Kamer informeren over X?", "Kan de
     * minister toezeggen dat ...?", "Is de minister bereid om ...?" */
    static const char *const ask[] = {"Wilt u ", "Kunt u ", "Zou u ", "Wil de minister ", "Kan de minister ",
                                      "Wil de staatssecretaris ", "Kan de staatssecretaris ", "Wil het kabinet ",
                                      "Kan het kabinet "};
    for (size_t k = 0; k < sizeof ask / sizeof ask[0]; k++)
        if (starts_ci(s, e, p, ask[k])) {
            size_t q = ki_skip_blank(s, e, p + strlen(ask[k])), r;
            if ((r = word_at(s, e, q, "toezeggen")))
                q = ki_skip_blank(s, e, r);
            if ((r = word_at(s, e, q, "dat")) || (r = word_at(s, e, q, "om")))
                q = ki_skip_blank(s, e, r);
            if (e > q + 8)
                p = q;
            break;
        }
    *a = p;
    *b = e;
}

/* A sentence [p, e) that names a question by its topic, "Dan de vraag over
 * antibiotica voor kinderen.", "Ik kom bij de vraag over X": the question
 * it names, [*qs, *qe) without its '?', the last one within 20000 bytes
 * before it that asks for a promise ("Kan de minister toezeggen dat zij de
 * Kamer voor 1 maart 2027 informeert over de tekorten aan antibiotica voor
 * kinderen?") and shares a word of six letters or more with the topic.  Or
 * by its asker, "Dan het overzicht van mevrouw Öztürk.": the first question
 * of her last turn ("Mevrouw Öztürk (DENK):") within 20000 bytes before. */
static bool question_named(const char *s, size_t n, size_t p, size_t e, size_t *qs, size_t *qe)
{
    /* "Dan het overzicht van mevrouw Öztürk.": what that member asked in
     * her last turn before ("Mevrouw Öztürk (DENK):\n... Kan de minister
     * toezeggen dat ...?") */
    size_t vm = kd_find_ci(s, e, p, " van mevrouw "), vl = 13;
    if (vm == (size_t)-1)
        vm = kd_find_ci(s, e, p, " van de heer "), vl = 13;
    if (vm != (size_t)-1 && vm - p < 40) {
        size_t ns = vm + vl, ne = ns;
        while (ne < e && !ki_is_blank((unsigned char)s[ne]) && s[ne] != '.' && s[ne] != ',')
            ne++;
        char label[64];
        if (ne > ns && ne - ns < 40) {
            snprintf(label, sizeof label, "%s%.*s", s[vm + 5] == 'm' ? "Mevrouw " : "De heer ", (int)(ne - ns), s + ns);
            size_t lim = p > 20000 ? p - 20000 : 0;
            for (size_t q = p + 1; q-- > lim;) {
                if ((q > 0 && s[q - 1] != '\n') || !starts_ci(s, p, q, label))
                    continue;
                /* the turn: to the next speaker's label, a line ending in ':' */
                size_t te = kd_line_end(s, p, q);
                while (te < p) {
                    size_t nl = kd_line_end(s, p, te + 1);
                    if (nl > te + 1 && s[nl - 1] == ':' && nl - te < 80)
                        break;
                    te = nl;
                }
                const char *qm = memchr(s + q, '?', te - q);
                if (!qm)
                    break;
                *qe = (size_t)(qm - s);
                *qs = kd_sent_start(s, n, *qe);
                return *qe > *qs + 10;
            }
        }
    }
    size_t v = kd_find_ci(s, e, p, "de vraag over ");
    if (v == (size_t)-1 || v - p > 30)
        return false;
    char topic[200];
    size_t t = v + 14;
    snprintf(topic, sizeof topic, "%.*s", (int)(e - t < sizeof topic - 1 ? e - t : sizeof topic - 1), s + t);
    for (size_t q = p; q > 0 && p - q < 20000; q--) {
        if (s[q - 1] != '?')
            continue;
        size_t a = kd_sent_start(s, n, q - 1);
        if (q - a > 600 || kd_find_ci(s, q, a, "toezeggen") == (size_t)-1)
            continue;
        char quest[600];
        snprintf(quest, sizeof quest, "%.*s", (int)(q - 1 - a), s + a);
        int shared, fewest;
        kd_shared_words(topic, quest, &shared, &fewest);
        if (shared > 0) {
            *qs = a;
            *qe = q - 1;
            return true;
        }
    }
    return false;
}

/* What the sentence before ss asked or said, as [*a, *b) (asked_part():
 * "vroeg in het debat om een overzicht van X", "heb ik gezegd dat ik de
 * Kamer zou informeren"), or the question it names (question_named()).
 * False when there is none or it is not a sentence of words. */
static bool said_before(const char *s, size_t n, size_t ss, size_t *a, size_t *b)
{
    size_t e = ss;
    while (e > 0 && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    /* in Handelingen the turn changes between question and answer: back
     * over "Voorzitter.", "Het woord is aan de minister.", the speakers'
     * labels ("De voorzitter:", "Minister X:") and a running page header
     * ("24 november 2026 TK 31 31-12-1") */
    for (int hop = 0; hop < 6 && e > 1; hop++) {
        size_t ls = kd_line_start(s, e - 1), x = ki_skip_blank(s, e, ls);
        size_t p0 = kd_sent_start(s, n, e - 1);
        if (s[e - 1] == ':' && e - ls < 80) {
            e = ls;
        } else if (s[e - 1] == '.' && p0 < e && (word_at(s, e, p0, "Voorzitter") == e - 1 ||
                                                starts_ci(s, e, p0, "Het woord is aan ") ||
                                                starts_ci(s, e, p0, "Dank u wel"))) {
            e = p0;
        } else if (s[e - 1] != '.' && s[e - 1] != '?' && ls > 0 && e - x < 80 &&
                   (kd_find_ci(s, e, x, " TK ") != (size_t)-1 || kd_find_ci(s, e, x, "Tweede Kamer") != (size_t)-1)) {
            e = ls;
        } else {
            break;
        }
        while (e > 0 && ki_is_blank((unsigned char)s[e - 1]))
            e--;
    }
    if (e < 2 || (s[e - 1] != '.' && s[e - 1] != '?'))
        return false;
    size_t p = kd_sent_start(s, n, e - 1);
    /* "Wil de staatssecretaris toezeggen dat X? Die liepen in 2026 op." /
     * "Dat zeg ik toe.": what the question asked, not the remark after it */
    if (s[e - 1] == '.' && p > 2) {
        size_t qe = p;
        while (qe > 0 && ki_is_blank((unsigned char)s[qe - 1]))
            qe--;
        if (qe > 1 && s[qe - 1] == '?' && one_paragraph(s, qe, p)) {
            size_t qp = kd_sent_start(s, n, qe - 1);
            if (kd_find_ci(s, qe, qp, "toezeggen") != (size_t)-1) {
                p = qp;
                e = qe;
            }
        }
    }
    e--;
    if (e <= p + 10 || e - p > 600)
        return false;
    /* "Dan de vraag over antibiotica voor kinderen. Ja, dat kan ik
     * toezeggen.": what is promised is what that question asked, turns
     * before */
    size_t qs, qe;
    if (question_named(s, n, p, e, &qs, &qe)) {
        p = qs;
        e = qe;
    }
    asked_part(s, p, e, a, b);
    return true;
}

/* Is s[cs..pos), just before "zal ik uw Kamer informeren", the text itself:
 * "In deze brief zal ik uw Kamer informeren over X", "Hieronder informeer
 * ik u over Y"?  What the letter holds is told, not promised. */
static bool this_text_ahead(const char *s, size_t cs, size_t pos)
{
    static const char *const here[] = {"in deze brief", "met deze brief", "in deze notitie", "in deze nota",
                                       "hieronder", "hierna", "in het onderstaande", "onderstaand",
                                       "in het vervolg van deze brief"};
    size_t a = ki_skip_blank(s, pos, cs), e = pos;
    while (e > a && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == ','))
        e--;
    for (size_t k = 0; k < sizeof here / sizeof here[0]; k++)
        if (e - a == strlen(here[k]) && starts_ci(s, e, a, here[k]))
            return true;
    return false;
}

/* Does s[ss..pos), before "toegezegd", point back at a debate named in the
 * sentence before: "Ik heb toen toegezegd", "Daarbij is toegezegd", "In dat
 * debat heb ik toegezegd", "Tijdens dat overleg zegde ik toe"? */
static bool back_to_debate(const char *s, size_t ss, size_t pos)
{
    static const char *const backs[] = {"toen", "daarbij", "daar", "daarin", "daartijdens"};
    static const char *const nouns[] = {"debat", "overleg", "commissiedebat", "notaoverleg", "gesprek",
                                        "behandeling", "vergadering", "plenaire"};
    if (kd_word_in(s, ss, pos, backs, sizeof backs / sizeof backs[0]) != (size_t)-1)
        return true;
    for (size_t i = ss; i < pos; i++) {
        if (i > ss && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        size_t k;
        if ((k = word_at(s, pos, i, "dat")) || (k = word_at(s, pos, i, "dit")) || (k = word_at(s, pos, i, "deze")) ||
            (k = word_at(s, pos, i, "die"))) {
            size_t j = ki_skip_blank(s, pos, k);
            for (size_t w = 0; w < sizeof nouns / sizeof nouns[0]; w++)
                if (word_at(s, pos, j, nouns[w]))
                    return true;
        }
    }
    return false;
}

/* "zoals eerder toegezegd", "zoals reeds aan uw Kamer toegezegd", "later
 * dan (ik u heb) toegezegd": "zoals" (or "later/eerder/anders dan") at most
 * four words before the verb at pos, nothing between naming who: the
 * writer's own earlier promise. */
static bool zoals_before(const char *s, size_t ss, size_t pos)
{
    size_t x = pos, e;
    for (int w = 0; w < 5 && x > ss; w++) {
        x = ki_word_before(s, ss, x, &e);
        /* a footnote mark glued to a word: "eerder schriftelijk1 toegezegd" */
        if (x == e && e > ss + 1 && ki_is_digit((unsigned char)s[e - 1]) && ki_is_letter((unsigned char)s[e - 2])) {
            x = ki_word_before(s, ss, e - 1, &e);
            continue;
        }
        if (x == e)
            return false; /* a comma or bracket between */
        if (word_at(s, e, x, "zoals"))
            return true;
        /* "(komt) later dan (ik heb) toegezegd" */
        size_t e2;
        if (word_at(s, e, x, "dan") && x > ss) {
            size_t y = ki_word_before(s, ss, x, &e2);
            if (word_at(s, e2, y, "later") || word_at(s, e2, y, "eerder") || word_at(s, e2, y, "anders"))
                return true;
        }
        if (word_at(s, e, x, "de") || word_at(s, e, x, "het") || word_at(s, e, x, "door"))
            return false; /* "zoals de minister toegezegd heeft": named */
    }
    return false;
}


/* Is the sentence's subject before the verb at pos a bare title ("De
 * minister heeft toegezegd", "Het kabinet heeft in het debat toegezegd")? */
static bool bare_subject(const char *s, size_t ss, size_t pos)
{
    size_t i = subject_start(s, ss, pos);
    if (!bare_maker(s, i, pos))
        return false;
    /* then only "heeft", "hebben", "had" before the verb */
    size_t k = i;
    for (int w = 0; w < 2; w++) {
        k = ki_skip_blank(s, pos, k);
        while (k < pos && ki_is_letter((unsigned char)s[k]))
            k++;
    }
    k = ki_skip_blank(s, pos, k);
    if (k >= pos)
        return true;
    size_t e;
    if (!(e = word_at(s, pos, k, "heeft")) && !(e = word_at(s, pos, k, "hebben")) && !(e = word_at(s, pos, k, "had")))
        return false;
    /* "heeft in het commissiedebat toegezegd": a few words where and when,
     * no punctuation, no negation */
    k = ki_skip_blank(s, pos, e);
    for (int w = 0; w < 6 && k < pos; w++) {
        size_t we = k; /* (a year or day among them: "heeft in 2025 toegezegd") */
        while (we < pos && (ki_is_letter((unsigned char)s[we]) || ki_is_digit((unsigned char)s[we])))
            we++;
        if (we == k || word_at(s, we, k, "niet") || word_at(s, we, k, "nooit") || word_at(s, we, k, "geen"))
            return false;
        k = ki_skip_blank(s, pos, we);
    }
    return k >= pos;
}

/* The date of the sentence before pos (at most 3000 bytes back) that
 * speaks of a debate ("debat", "gedebatteerd") or a bill's reading ("Bij de
 * behandeling van het wetsvoorstel ... heeft uw Kamer op 11 februari 2025
 * ..."); true and *dt (absolute offsets) when there is one. */
static bool earlier_debate_date(const char *s, size_t n, size_t pos, ki_date *dt)
{
    size_t lo = pos > 3000 ? pos - 3000 : 0;
    size_t own = kd_sent_start(s, n, pos);
    size_t i = own;
    while (i > lo + 5) {
        i--;
        if (!(s[i] == 'd' && memcmp(s + i, "debat", 5) == 0) &&
            !(s[i] == 'b' && i + 11 <= pos && memcmp(s + i, "behandeling", 11) == 0))
            continue;
        size_t a = kd_sent_start(s, n, i), b = kd_sent_end(s, n, i);
        if (a < lo)
            a = lo;
        if (b > own)
            b = own;
        if (ki_date_find(s + a, b - a, dt)) {
            dt->start += a;
            dt->end += a;
            return true;
        }
        i = a;
    }
    return false;
}

/* A venue [vs, ve) that is a kind of meeting alone ("tweeminutendebat",
 * "commissiedebat", "wetgevingsoverleg"): the last place before it, within
 * 6000 bytes, where the text named one of that kind ("het
 * tweeminutendebat Mestbeleid"), as [*a, *b), and the date of that
 * sentence in *dt (empty when it has none).  False when there is none. */
static bool named_before(const char *s, size_t n, size_t vs, size_t ve, size_t *a, size_t *b, ki_date *dt)
{
    static const char *const kinds[] = {"tweeminutendebat", "commissiedebat", "wetgevingsoverleg", "notaoverleg",
                                        NULL};
    if (!kd_word_in_list(s, vs, ve, kinds))
        return false;
    size_t len = ve - vs, lo = vs > 6000 ? vs - 6000 : 0;
    for (size_t i = vs; i-- > lo;) {
        if (ki_lower((unsigned char)s[i]) != ki_lower((unsigned char)s[vs]) || i + len >= vs ||
            (i > 0 && ki_is_letter((unsigned char)s[i - 1])))
            continue;
        bool same = true;
        for (size_t k = 0; k < len && same; k++)
            same = ki_lower((unsigned char)s[i + k]) == ki_lower((unsigned char)s[vs + k]);
        if (!same || i + len >= n || s[i + len] != ' ')
            continue;
        /* its name: capitalised words ("Mestbeleid", "Sport en bewegen"),
         * to a date, a bracket or the end of the clause */
        static const char *const stop[] = {"van", "op", "d", "heeft", "hebben", "is", "zijn", "was", "werd", "wordt",
                                           "plaatsgevonden", "plaatsvond", "gehouden", "gevoerd", "waarin", "waar",
                                           "dat", "die", "met", "over", "toegezegd", "zegde", NULL};
        size_t x = i + len + 1, e = x;
        if (!is_upper((unsigned char)s[x]))
            continue;
        for (int w = 0; w < 4 && e < vs; w++) {
            size_t we = kd_word_end(s, vs, e);
            if (we == e || (w > 0 && kd_word_in_list(s, e, we, stop)))
                break;
            size_t nx = we;
            while (nx < vs && (s[nx] == ' ' || s[nx] == '-'))
                nx++;
            if (nx < vs && s[nx] == '\n') /* a name broken over a line */
                nx = ki_skip_blank(s, vs, nx);
            e = we;
            if (nx >= vs || !ki_is_letter((unsigned char)s[nx]))
                break;
            e = nx;
        }
        while (e > x && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == '-'))
            e--;
        if (e <= x)
            continue;
        *a = i;
        *b = e;
        size_t ss = kd_sent_start(s, n, i), se = kd_sent_end(s, n, i);
        memset(dt, 0, sizeof *dt);
        if (ki_date_find(s + ss, se - ss, dt)) {
            dt->start += ss;
            dt->end += ss;
        }
        return true;
    }
    return false;
}

/* Is the date at pos that of the letter a promise was kept with: "met de
 * brief van 3 maart", "met zijn brief\nvan 2 oktober 2025"? */
static bool kept_with_letter(const char *s, size_t from, size_t pos)
{
    size_t we, w = ki_word_before(s, from, pos, &we);
    if (!(we > w && word_at(s, we, w, "van")))
        return false;
    w = ki_word_before(s, from, w, &we);
    if (!(we > w && (word_at(s, we, w, "brief") || word_at(s, we, w, "Kamerbrief"))))
        return false;
    w = ki_word_before(s, from, w, &we);
    if (we > w && (word_at(s, we, w, "de") || word_at(s, we, w, "zijn") || word_at(s, we, w, "haar") ||
                   word_at(s, we, w, "mijn") || word_at(s, we, w, "onze") || word_at(s, we, w, "die")))
        w = ki_word_before(s, from, w, &we);
    return we > w && word_at(s, we, w, "met");
}

/* Does the word before the date at pos ("voor", "vóór", "uiterlijk",
 * "tot", "per") make it a deadline? */
static bool deadline_date(const char *s, size_t from, size_t pos)
{
    size_t k = pos;
    while (k > from && ki_is_blank((unsigned char)s[k - 1]))
        k--;
    size_t w0 = k;
    while (w0 > from && (ki_is_letter((unsigned char)s[w0 - 1]) || (unsigned char)s[w0 - 1] >= 0x80))
        w0--;
    return word_at(s, k, w0, "voor") || word_at(s, k, w0, "v\xc3\xb3\xc3\xb3r") || word_at(s, k, w0, "uiterlijk") ||
           word_at(s, k, w0, "tot") || word_at(s, k, w0, "per");
}

/* Does s[ss, e) count commitments before e: "twee toezeggingen", "drie
 * toezeggingen", "beide toezeggingen", "enkele toezeggingen"? */
static bool counted_before(const char *s, size_t ss, size_t e)
{
    static const char *const counts[] = {"twee", "drie", "vier", "vijf", "zes", "beide", "enkele", NULL};
    for (size_t x = ss; x + 12 <= e; x++) {
        if (!starts_ci(s, e, x, "toezeggingen") || (x > ss && ki_is_letter((unsigned char)s[x - 1])))
            continue;
        size_t we, w = ki_word_before(s, ss, x, &we);
        if (we > w && kd_word_in_list(s, w, we, counts))
            return true;
    }
    return false;
}

/* Is the noun at [ns, ne) one particular commitment that the rest of the
 * sentence describes: singular, after "een"/"de" (not "geen"), and followed
 * by who made it or what it says ("een toezegging van de minister",
 * "de toezegging om ...", "de toezegging in het commissiedebat")? */
static bool one_named(const char *s, size_t ss, size_t ns, size_t ne, size_t ue)
{
    if (s[ne - 1] != 'g' && s[ne - 1] != 'G')
        return false;
    size_t k, w0 = ki_word_before(s, ss, ns, &k);
    if (word_at(s, k, w0, "eerdere") || word_at(s, k, w0, "gedane"))
        w0 = ki_word_before(s, ss, w0, &k);
    /* "de daar genoemde toezegging", "de eerder genoemde toezegging" */
    else if (word_at(s, k, w0, "genoemde")) {
        w0 = ki_word_before(s, ss, w0, &k);
        if (word_at(s, k, w0, "daar") || word_at(s, k, w0, "eerder") || word_at(s, k, w0, "hier") ||
            word_at(s, k, w0, "hierboven") || word_at(s, k, w0, "boven"))
            w0 = ki_word_before(s, ss, w0, &k);
    }
    /* (or the noun opens the sentence, past a list number: "5. Toezegging
     * van de minister in het commissiedebat X ...") */
    bool opens = s[ns] == 'T';
    for (size_t x = ss; opens && x < ns; x++)
        opens = !ki_is_letter((unsigned char)s[x]);
    if (!opens && !(word_at(s, k, w0, "een") || word_at(s, k, w0, "de") || word_at(s, k, w0, "mijn") ||
                    word_at(s, k, w0, "onze")))
        return false;
    size_t a = ki_skip_blank(s, ue, ne);
    static const char *const next[] = {"van", "om", "dat", "in", "tijdens", "aan", "die", "uit", "over", "bij"};
    for (size_t i = 0; i < sizeof next / sizeof next[0]; i++)
        if (word_at(s, ue, a, next[i]))
            return true;
    return false;
}

/* Is the commitment noun at pos introduced by "conform", "overeenkomstig",
 * "volgens", "ingevolge" or "zoals" ("conform de toezegging", "conform
 * eerdere toezegging"), so that the sentence's subject before it is who
 * made it? */
static bool conform_before(const char *s, size_t ss, size_t pos)
{
    size_t k = pos;
    for (int w = 0; w < 3 && k > ss; w++) {
        size_t w0 = ki_word_before(s, ss, k, &k);
        if (word_at(s, k, w0, "conform") || word_at(s, k, w0, "overeenkomstig") ||
            word_at(s, k, w0, "volgens") || word_at(s, k, w0, "ingevolge"))
            return true;
        if (!(word_at(s, k, w0, "de") || word_at(s, k, w0, "die") || word_at(s, k, w0, "deze") ||
              word_at(s, k, w0, "mijn") || word_at(s, k, w0, "onze") || word_at(s, k, w0, "met") ||
              word_at(s, k, w0, "eerdere") || word_at(s, k, w0, "gedane")))
            return false;
        k = w0;
    }
    return false;
}

/* Between a commitment noun and its venue only who made it may stand
 * (gap_end: where something else starts, or b):
 * "Toezegging(en) van SJenV, MBZK en SOCW in de", "minister van VWS (",
 * not a clause ("kom ik terug in de voortgangsbrief"). */
static size_t gap_end(const char *s, size_t a, size_t b)
{
    static const char *const ok[] = {"van", "de", "het", "en", "minister", "staatssecretaris",
                                     "voor", "door", "gedaan", "aan", "uit", "tijdens", "in",
                                     "bij", "op", "een", "uw", "mijn", "zijn", "haar", "d", "minister-president",
                                     "lid", "leden", "ambtsvoorganger", "voorganger", "ambtsvoorgangers",
                                     "genoemde", "bedoelde", "voornoemde", "eerdergenoemde", "zelfde"};
    /* a relative clause: "die ik deed in", "die de minister heeft gedaan tijdens" */
    /* (and its day: "die ik op 18 juni 2025 tijdens het commissiedebat X
     * heb gedaan") */
    static const char *const rel[] = {"ik", "wij", "we", "u", "deed", "deden", "heb", "hebben", "heeft",
                                      "hadden", "had", "toen", "januari", "februari", "maart", "april", "mei",
                                      "juni", "juli", "augustus", "september", "oktober", "november", "december",
                                      "jl"};
    bool relc = false;
    size_t i = a;
    while (i < b) {
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < b && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z') || s[e] == '-' ||
                         (unsigned char)s[e] >= 0x80))
            e++;
        if (s[i] >= 'a' && s[i] <= 'z') {
            bool good = false;
            for (size_t k = 0; k < sizeof ok / sizeof ok[0] && !good; k++)
                good = strlen(ok[k]) == e - i && memcmp(ok[k], s + i, e - i) == 0;
            for (size_t k = 0; relc && k < sizeof rel / sizeof rel[0] && !good; k++)
                good = strlen(rel[k]) == e - i && memcmp(rel[k], s + i, e - i) == 0;
            /* "de toezegging (af|na) die ...": the particle of "doet ... af" */
            if (!good && !relc && ((e - i == 2 && (memcmp(s + i, "af", 2) == 0 || memcmp(s + i, "na", 2) == 0)) ||
                                   (e - i == 7 && memcmp(s + i, "gestand", 7) == 0)))
                good = true;
            if (!good && !relc && e - i == 3 && memcmp(s + i, "die", 3) == 0)
                good = relc = true;
            /* "De vierde toezegging is gedaan door de minister van X, in het
             * commissiedebat Y" (its maker named: not "is gedaan tijdens X",
             * a mention of one told of before) */
            if (!good && ((e - i == 2 && memcmp(s + i, "is", 2) == 0) || (e - i == 4 && memcmp(s + i, "werd", 4) == 0))) {
                size_t g = word_at(s, b, ki_skip_blank(s, b, e), "gedaan");
                good = g && word_at(s, b, ki_skip_blank(s, b, g), "door");
            }
            /* "de toezegging van MSZW en u in het commissiedebat X" */
            if (!good && e - i == 1 && s[i] == 'u' && i >= a + 3 && memcmp(s + i - 3, "en ", 3) == 0)
                good = true;
            /* "De eerste toezegging, TZ202510-112, deed ik in het
             * commissiedebat X": the writer's, told in the main clause */
            if (!good && !relc && ((e - i == 4 && memcmp(s + i, "deed", 4) == 0) ||
                                   (e - i == 5 && memcmp(s + i, "deden", 5) == 0))) {
                size_t p = ki_skip_blank(s, b, e);
                /* (or "deed mijn ambtsvoorganger in het ...") */
                good = relc = word_at(s, b, p, "ik") || word_at(s, b, p, "wij") || word_at(s, b, p, "we") ||
                              my_predecessor(s, b, p);
            }
            if (!good)
                return i;
        }
        i = e;
    }
    return b;
}

static bool gap_ok(const char *s, size_t a, size_t b) { return gap_end(s, a, b) == b; }

/* A heading that opens a list of commitments: "Toezeggingen",
 * "Openstaande toezeggingen", "## Toezeggingen", "h. Toezeggingen",
 * "Toezeggingen uit het commissiedebat X van 6 november 2024:".  The line
 * s[ls..le); *tz is set to where the word "toezeggingen" ends. */
/* A chair's line that reads out the promises of a debate and ends before
 * they follow ("Ik heb de volgende toezeggingen genoteerd.", "Dank u wel.
 * Ik heb drie toezeggingen genoteerd:", "Ik constateer dat de minister de
 * volgende toezeggingen heeft gedaan:"): the line ends in '.' or ':' right
 * after the verb.  *tz where the words after "toezeggingen" start. */
static bool spoken_tz_heading(const char *s, size_t ls, size_t le, size_t *tz)
{
    static const char *const noted[] = {"genoteerd", "opgeschreven", "gedaan", "gehoord", NULL};
    size_t t = le;
    while (t > ls && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    if (t <= ls || (s[t - 1] != '.' && s[t - 1] != ':'))
        return false;
    size_t we = t - 1, w = we;
    while (w > ls && ki_is_letter((unsigned char)s[w - 1]))
        w--;
    if (!kd_word_in_list(s, w, we, noted))
        return false;
    /* "toezeggingen" at most two words before the verb ("toezeggingen
     * heeft gedaan", "toezeggingen genoteerd") */
    size_t x = w;
    for (int k = 0; k < 3 && x > ls; k++) {
        size_t pe, pw = ki_word_before(s, ls, x, &pe);
        if (pe <= pw)
            return false;
        if (pe - pw == 12 && memcmp(s + pw, "toezeggingen", 12) == 0) {
            *tz = pe;
            return true;
        }
        x = pw;
    }
    return false;
}

static bool tz_heading(const char *s, size_t n, size_t ls, size_t le, size_t *tz)
{
    static const char *const adj[] = {"openstaande", "gedane", "nieuwe", "overzicht", "lijst",
                                      "overige", "afgedane", "lopende"};
    size_t i = ls;
    while (i < le && (s[i] == ' ' || s[i] == '\t' || s[i] == '#'))
        i++;
    /* an enumerator "3. ", "h) " */
    size_t k = i;
    while (k < le && k - i < 2 && (ki_is_digit((unsigned char)s[k]) || (s[k] >= 'a' && s[k] <= 'z')))
        k++;
    if (k > i && k < le && (s[k] == '.' || s[k] == ')') && k + 1 < le && s[k + 1] == ' ')
        i = ki_skip_blank(s, le, k + 1);
    for (int g = 0; g < 3; g++) {
        size_t e = 0;
        for (size_t a = 0; a < sizeof adj / sizeof adj[0] && !e; a++)
            e = word_at(s, le, i, adj[a]);
        if (!e && g > 0)
            e = word_at(s, le, i, "van") ? word_at(s, le, i, "van") : word_at(s, le, i, "de");
        if (!e)
            break;
        i = ki_skip_blank(s, le, e);
    }
    size_t e = word_at(s, le, i, "toezeggingen");
    if (!e)
        return spoken_tz_heading(s, ls, le, tz);
    size_t t = le;
    while (t > e && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    *tz = e;
    if (t == e || (t == e + 1 && s[e] == ':'))
        return true;
    /* "Toezeggingen uit het commissiedebat ... van 6 november 2024:" */
    if (t - ls < 200 && s[t - 1] == ':')
        return true;
    /* ... or with no colon, a line of its own over numbered or bulleted
     * items: "Toezeggingen gedaan in het commissiedebat X van 15 oktober
     * 2026" */
    /* (or the meeting right after the noun, as a griffie's e-mail has
     * it: "Toezeggingen commissiedebat X d.d. 3 december 2026") */
    static const char *const meet[] = {"gedaan", "uit", "tijdens", "commissiedebat", "wetgevingsoverleg",
                                       "notaoverleg", "tweeminutendebat", "plenair", "plenaire", NULL};
    size_t g = ki_skip_blank(s, le, e);
    if (t - ls >= 120 || s[t - 1] == '.' || s[t - 1] == ',' || s[t - 1] == ';' ||
        !kd_word_in_list(s, g, kd_word_end(s, le, g), meet))
        return false;
    size_t q = le < n ? le + 1 : n;
    if (q < n && kd_blank_line(s, n, q))
        q = kd_line_end(s, n, q) + 1;
    return q < n && kd_bullet_at(s, n, q) && s[ki_skip_blank(s, n, q)] != '|';
}

/* The subject of a list item ("De minister van Landbouw, Visserij,
 * Voedselzekerheid en Natuur stuurt ...") ends at its first other
 * lower-case word. */
static size_t subject_end(const char *s, size_t a, size_t b)
{
    static const char *const ok[] = {"de", "het", "van", "voor", "en", "minister", "staatssecretaris",
                                     "minister-president", "ministers", "staatssecretarissen"};
    size_t i = a;
    while (i < b) {
        if (!ki_is_letter((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < b && (ki_is_letter((unsigned char)s[e]) || s[e] == '-' || (unsigned char)s[e] >= 0x80))
            e++;
        if (s[i] >= 'a' && s[i] <= 'z') {
            bool good = false;
            for (size_t k = 0; k < sizeof ok / sizeof ok[0] && !good; k++)
                good = strlen(ok[k]) == e - i && memcmp(ok[k], s + i, e - i) == 0;
            if (!good)
                return i;
        }
        i = e;
    }
    return b;
}

static ki_status set_actors(ki_refs *r, ki_commitment *c, const actors *ac)
{
    if (!ac->n)
        return KI_OK;
    c->actors = ki_refs_alloc(r, ac->n * sizeof *c->actors);
    if (!c->actors)
        return KI_ERR_NOMEM;
    for (size_t a = 0; a < ac->n; a++)
        c->actors[a] = (char *)ac->v[a];
    c->nactors = ac->n;
    return KI_OK;
}

/* The kind of meeting a verslag reports, from its header ("VERSLAG VAN EEN
 * COMMISSIEDEBAT"), as a static string, or NULL. */
static const char *verslag_venue(const char *s, size_t n)
{
    static const char *const kinds[] = {"commissiedebat", "wetgevingsoverleg", "notaoverleg",
                                        "algemeen overleg", "schriftelijk overleg"};
    size_t lim = n < 1500 ? n : 1500;
    for (size_t i = 0; i + 16 < lim; i++) {
        if (ki_lower((unsigned char)s[i]) != 'v' || !starts_ci(s, lim, i, "verslag van een "))
            continue;
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            if (starts_ci(s, lim, i + 16, kinds[k]))
                return kinds[k];
    }
    return NULL;
}

/* The references of one kind (REF_KST, REF_HAND, REF_TK) that start in
 * [a, b), appended to ids[*n..cap). */
static void ids_in(const struct ki_scan *sc, int kind, size_t a, size_t b, const char **ids,
                   size_t *n, size_t cap)
{
    const ki_refs *r = sc->r;
    size_t cnt = kd_nrefs(r, kind);
    for (size_t k = kd_ref_from(sc, kind, a); k < cnt && *n < cap; k++) {
        const ki_span *sp = kd_ref_span(r, kind, k);
        if (sc->in_order[kind] && sp->start >= b)
            break;
        if (sp->start >= a && sp->start < b)
            ids[(*n)++] = kind == REF_KST    ? r->kamerstukken[k].id
                          : kind == REF_HAND ? r->handelingen[k].id
                                             : r->tk_numbers[k].id;
    }
}

/* "De toezegging ... is nagekomen met de brief van 30 september
 * (Kamerstukken II ..., nr. 640)": the letter that kept the promise after
 * its verb is no reference of the promise.  Where "met (de|mijn) brief"
 * (or "bij brief") after a participle that says it is done stands in
 * s[a, b), else b. */
static size_t done_by_letter(const char *s, size_t a, size_t b)
{
    static const char *const done[] = {"nagekomen", "afgedaan", "voldaan", "uitgevoerd", "ingelost", NULL};
    for (size_t x = a; x < b; x++) {
        size_t e;
        if (s[x] != 'n' && s[x] != 'a' && s[x] != 'v' && s[x] != 'u' && s[x] != 'i')
            continue;
        if (x > a && ki_is_letter((unsigned char)s[x - 1]))
            continue;
        e = kd_word_end(s, b, x);
        if (!kd_word_in_list(s, x, e, done))
            continue;
        size_t y = ki_skip_blank(s, b, e), m;
        if ((m = word_at(s, b, y, "met"))) {
            size_t z = ki_skip_blank(s, b, m), d;
            if ((d = word_at(s, b, z, "de")) || (d = word_at(s, b, z, "mijn")))
                z = ki_skip_blank(s, b, d);
            if (word_at(s, b, z, "brief"))
                return y;
        } else if ((m = word_at(s, b, y, "bij")) && word_at(s, b, ki_skip_blank(s, b, m), "brief")) {
            return y;
        }
    }
    return b;
}

/* A term opening s[a, b): a deadline phrase ("voor de zomer van 2026") or
 * a dated day ("1 juni 2026"); its end, or 0 when none opens it. */
static size_t term_at(const char *s, size_t a, size_t b)
{
    ki_deadline d;
    ki_date dd;
    if (ki_deadline_find(s + a, b - a, &d) && d.start == 0)
        return a + d.end;
    if (ki_date_find(s + a, b - a, &dd) && dd.start == 0 && dd.year)
        return a + dd.end;
    return 0;
}

/* The cells after pos on its line, between tabs or bars (a text file's
 * tab-separated line is read as a table row), that are labelled
 * "Bewindspersoon:" (or "Kabinetslid:") and "Termijn:" (or "Deadline:"):
 * who made the promise, into *ac when it has nobody yet, and its term,
 * into [*dl_s, *dl_e) when it has none yet (a date or a deadline phrase
 * opening the value). */
static void label_cells(struct ki_scan *sc, size_t pos, actors *ac, size_t *dl_s, size_t *dl_e)
{
    const char *s = sc->s;
    size_t n = sc->n, le = kd_line_end(s, n, pos < n ? pos : n);
    size_t x = pos;
    while (x < le && s[x] != '\t' && s[x] != '|')
        x++;
    while (x < le) {
        size_t c0 = x + 1;
        for (x = c0; x < le && s[x] != '\t' && s[x] != '|';)
            x++;
        size_t c1 = x, w;
        c0 = ki_skip_blank(s, c1, c0);
        if ((((w = word_at(s, c1, c0, "Bewindspersoon")) || (w = word_at(s, c1, c0, "Kabinetslid"))) && !ac->n) &&
            w < c1 && s[w] == ':')
            find_actors(sc, w + 1, c1, ac);
        else if (((w = word_at(s, c1, c0, "Termijn")) || (w = word_at(s, c1, c0, "Deadline"))) && w < c1 &&
                 s[w] == ':' && !*dl_e) {
            size_t d0 = ki_skip_blank(s, c1, w + 1), d1 = term_at(s, d0, c1);
            if (d1) {
                *dl_s = d0;
                *dl_e = d1;
            }
        }
    }
}

/* Is s[a, b) a register's label and nothing else ("Termijn", "Toegezegd
 * tijdens", "Bewindspersoon"; its colon cut off already)? */
static bool lone_label(const char *s, size_t a, size_t b)
{
    static const char *const lone[] = {"Termijn", "Deadline", "Bewindspersoon", "Kabinetslid", "Toegezegd tijdens",
                                       "Toegezegd in", "Toegezegd op", "Gedaan tijdens", "Vindplaats",
                                       "Datum toezegging", "Status", "Activiteit", "Uiterste datum", NULL};
    for (size_t k = 0; lone[k]; k++)
        if (b - a == strlen(lone[k]) && starts_ci(s, b, a, lone[k]))
            return true;
    return false;
}

/* The heading of a register entry whose labels stand above its text
 * ("T03987 Toezegging X", "Toezegging 12", then "Datum: ...", "Uiterste
 * datum: ..." lines, then the line of the commitment at pos): where the
 * heading line starts, else (size_t)-1.  Only labels and blank lines may
 * stand between. */
static size_t labels_above(const char *s, size_t n, size_t pos)
{
    static const char *const labels[] = {"Datum", "Uiterste datum", "Streefdatum", "Deadline", "Vindplaats",
                                         "Activiteit", "Gedaan tijdens", "Gedaan in", "Status", "Nummer",
                                         "Termijn", "Titel", "Kabinetslid", "Bewindspersoon", "Kerngegevens",
                                         "Ministerie", "Kamerleden", "Kamerlid", "Commissie", "Omschrijving",
                                         "Kamerstukken", "Kamerstuk"};
    size_t hl = kd_line_start(s, pos), top = (size_t)-1;
    int nlab = 0;
    for (int k = 0; k < 18 && hl > 0; k++) {
        hl = kd_line_start(s, hl - 1);
        size_t h0 = ki_skip_blank(s, n, hl), he = kd_line_end(s, n, hl);
        if (h0 >= he) {
            /* a block of labels whose first names the number, with no
             * heading above: "Nummer            T03245 / Titel ... /
             * Datum toezegging  9 november 2021 / Omschrijving  De minister
             * zegt toe ..." (the Eerste Kamer's export) */
            if (top != (size_t)-1 && nlab >= 3)
                return top;
            continue; /* blank */
        }
        if (word_at(s, he, h0, "Toezegging") || numbered_line(s, he, h0))
            return nlab ? hl : (size_t)-1;
        /* a value's second line: "Kabinetslid  minister van X, minister van Y\n    en Z",
         * "Kamerstukken: Wijziging van de Pensioenwet en de Wet verplichte\ndeelneming in ..." */
        if (nlab && s[h0] >= 'a' && s[h0] <= 'z')
            continue;
        size_t ne = word_at(s, he, h0, "Nummer");
        if (ne && ne < he && s[ne] == ':')
            ne++; /* "Nummer: T03512" */
        top = ne && numbered_line(s, he, ki_skip_blank(s, he, ne)) ? hl : (size_t)-1;
        bool lab = false;
        for (size_t j = 0; j < sizeof labels / sizeof labels[0] && !lab; j++)
            lab = starts_ci(s, he, h0, labels[j]);
        if (!lab)
            return (size_t)-1;
        nlab++;
    }
    return hl == 0 && top == 0 && nlab >= 3 ? top : (size_t)-1;
}

/* Is the commitment at pos, its sentence starting at ss, an entry of a register page
 * whose key data are missing: a heading "Toezegging Titel (35.500)" on its
 * line or the one above (past blank lines), and a commitment number ("T02999", "(T02999)") on
 * those lines?  The Eerste Kamer's page of one commitment, its
 * "Kerngegevens" left empty. */
static bool numbered_entry(const struct ki_scan *sc, size_t ss, size_t pos)
{
    const char *s = sc->s;
    size_t hl = kd_line_start(s, ss), end = kd_line_end(s, sc->n, pos);
    /* the line above, past blank ones */
    for (size_t up = hl; up > 0;) {
        up = kd_line_start(s, up - 1);
        size_t f = ki_skip_blank(s, hl, up);
        if (f < hl && s[f] != '\n') {
            hl = up;
            break;
        }
        if (hl - up > 8)
            break;
    }
    bool head = false;
    /* (a line above that ends in a period is an entry of its own) */
    for (size_t x = hl; x < end; x = kd_line_end(s, sc->n, x) + 1)
        head = head || (word_at(s, end, ki_skip_blank(s, end, x), "Toezegging") &&
                        (kd_line_end(s, sc->n, x) >= kd_line_start(s, pos) || kd_last_char(s, sc->n, x) != '.'));
    const char *ids[1];
    size_t nids = 0;
    if (head)
        ids_in(sc, REF_TK, hl, end, ids, &nids, 1);
    return nids > 0;
}

/* c->refs = ids[0..n), in r's storage (the strings are r's already). */
static ki_status set_refs(ki_refs *r, ki_commitment *c, const char **ids, size_t n)
{
    if (!n)
        return KI_OK;
    if (!(c->refs = ki_refs_alloc(r, n * sizeof *c->refs)))
        return KI_ERR_NOMEM;
    for (size_t k = 0; k < n; k++)
        c->refs[k] = (char *)ids[k];
    c->nrefs = n;
    return KI_OK;
}

/* c's text and span: s[a, b), on its page.  False when out of memory. */
static bool set_text(struct ki_scan *sc, ki_commitment *c, size_t a, size_t b)
{
    c->text = kd_clean_copy(sc->r, sc->s, a, b);
    c->span.start = a;
    c->span.end = b;
    c->span.page = ki_text_page(sc->t, a);
    return c->text != NULL;
}

/* A promise made here, said by the sentence s[a, e): its makers ac, its
 * term s[ds, de), its day day (NULL: none), the sentence its subject (the
 * stop left out) and its text, s[ev, e) its evidence.  KI_ERR_NOMEM when
 * out of memory. */
static ki_status made_record(struct ki_scan *sc, const actors *ac, size_t a, size_t e, size_t ev, size_t ds,
                             size_t de, const char *day)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    ki_commitment *c = ki_refs_add_commitment(r);
    if (!c || set_actors(r, c, ac))
        return KI_ERR_NOMEM;
    size_t te = e;
    while (te > a && (ki_is_blank((unsigned char)s[te - 1]) || s[te - 1] == '.'))
        te--;
    c->relation = KI_REL_MADE;
    c->date = day ? ki_refs_strdup(r, day) : NULL;
    c->deadline = kd_clean_copy(r, s, ds, de);
    c->subject = kd_clean_copy(r, s, a, te);
    c->evidence = kd_clean_copy(r, s, ev, e);
    if ((day && !c->date) || !c->deadline || !c->subject || !c->evidence || !set_text(sc, c, a, e))
        return KI_ERR_NOMEM;
    return KI_OK;
}

static void spoken_dups(ki_refs *r, size_t first);
static void spoken_maker(const char *s, size_t is, size_t ie, const ki_refs *r, size_t first, actors *ac);

/*
 * The chair reads out a debate's promises as running sentences: "Ik heb
 * drie toezeggingen genoteerd. De minister stuurt de Kamer voor 1 juli 2026
 * de uitkomsten van X. Verder ontvangt de Kamer voor de begrotings-
 * behandeling een overzicht van Y. Tot slot komt de minister voor de zomer
 * schriftelijk terug op Z. Over de moties wordt dinsdag gestemd."  Each
 * sentence after the chair's that sets a term, in its paragraph, is a
 * promise made that day (eight at most; the first without a term ends
 * the list); one the speech gave already is that record (spoken_dups()).
 * (Bulleted items are tz_blocks()'s.)
 */
static ki_status chair_sentences(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    const char *day = sc->meta.debate_date[0] ? sc->meta.debate_date : r->date;
    for (size_t x = 0; (x = kd_find_ci(s, n, x, "toezeggingen")) != (size_t)-1; x += 12) {
        size_t ss = kd_sent_start(s, n, x), se = kd_sent_end(s, n, x), tz;
        if (se <= ss || se - ss > 200 || !spoken_tz_heading(s, ss, se, &tz))
            continue;
        size_t ns = ki_skip_blank(s, n, se);
        if (ns >= n || kd_bullet_at(s, n, kd_line_start(s, ns)) || kd_blank_between(s, n, se, ns))
            continue;
        size_t first = r->ncommitments;
        for (int k = 0; k < 8 && ns < n; k++) {
            size_t ne = kd_sent_end(s, n, ns);
            ki_deadline dl;
            if (ne <= ns || ne - ns > 400 || !ki_deadline_find(s + ns, ne - ns, &dl))
                break;
            actors ac = {{0}, 0, false};
            find_actors(sc, ns, ne, &ac);
            if (!ac.n) {
                /* "De minister stuurt ...", "Tot slot komt de minister ...":
                 * the one of that rank who promised in the debate */
                static const char *const titles[] = {"minister", "staatssecretaris"};
                size_t w = kd_word_in(s, ns, ne, titles, 2);
                if (w != (size_t)-1) {
                    size_t d = w >= 3 && word_at(s, w, w - 3, "De") ? w - 3 : w;
                    spoken_maker(s, d, ne, r, first, &ac);
                }
            }
            if (made_record(sc, &ac, ns, ne, ss, ns + dl.start, ns + dl.end, day))
                return KI_ERR_NOMEM;
            size_t nx = ki_skip_blank(s, n, ne);
            if (kd_blank_between(s, n, ne, nx))
                break;
            ns = nx;
        }
        spoken_dups(r, first);
        x = ns > x ? ns : x;
    }
    return KI_OK;
}

/*
 * A letter says what one who signed it will do in the third person (most
 * often a letter signed by two): "De minister van VWS informeert uw Kamer in het najaar
 * over X.", "De minister van OCW stuurt uw Kamer voor de begrotings-
 * behandeling een overzicht.", "De staatssecretaris van X zal de Kamer voor
 * de zomer informeren".  A promise made here by that signer, when the
 * sentence opens with the title, the title names one who signed this
 * letter, a verb of telling the Kamer follows it and a term is set; no
 * record holds the sentence yet.  (Others' doings in the third person, a
 * debate's report of what the minister said, a list of old promises, are
 * no promise of this letter.)
 */
static ki_status signers_promise(struct ki_scan *sc)
{
    const char *s = sc->s, *sg = sc->meta.signer, *co = sc->meta.cosigner;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    if (!sg || !(kd_kind_is(sc, "brief") || kd_kind_is(sc, "antwoord")))
        return KI_OK;
    static const char *const tell[] = {"informeert", "stuurt", "zendt", "bericht", "rapporteert", NULL};
    static const char *const later[] = {"informeren", "sturen", "toesturen", "zenden", "toezenden", "berichten",
                                        "rapporteren", NULL};
    /* the next "de minister" and "de staatssecretaris" at or after x, each
     * looked for again only once x has passed it */
    size_t added = 0, dm = kd_find_ci(s, n, 0, "de minister"), dst = kd_find_ci(s, n, 0, "de staatssecretaris");
    for (size_t x = 0; x + 16 < n && added < 50;) {
        if (dm != (size_t)-1 && dm < x)
            dm = kd_find_ci(s, n, x, "de minister");
        if (dst != (size_t)-1 && dst < x)
            dst = kd_find_ci(s, n, x, "de staatssecretaris");
        size_t d = dm < dst ? dm : dst;
        if (d == (size_t)-1)
            break;
        x = d + 3;
        if (s[d] != 'D' || kd_sent_start(s, n, d) != d)
            continue;
        size_t e = kd_sent_end(s, n, d);
        if (e - d > 400)
            continue;
        /* the title and its ministry, then the verb */
        size_t v = (size_t)-1, ve = 0;
        bool will = false;
        for (size_t w = d; w < e; w = kd_word_end(s, e, w) + 1) {
            w = ki_skip_blank(s, e, w);
            size_t we = kd_word_end(s, e, w);
            if (we <= w)
                break;
            if (kd_word_in_list(s, w, we, tell) || (we - w == 3 && memcmp(s + w, "zal", 3) == 0)) {
                v = w;
                ve = we;
                will = s[w] == 'z';
                break;
            }
            if (w > d + 120)
                break;
        }
        if (v == (size_t)-1)
            continue;
        actors ac = {{0}, 0, false};
        find_actors(sc, d, v, &ac);
        /* (the title alone, "De staatssecretaris informeert ...": the one
         * of that rank who signed) */
        size_t te0 = kd_word_end(s, e, ki_skip_blank(s, e, d + 2));
        char rank = !ac.n && ki_skip_blank(s, e, te0) == v ? title_rank(s, te0, ki_skip_blank(s, e, d + 2)) : 0;
        if (rank && sg[0] == rank && (!co || co[0] != rank))
            actor_add(&ac, sg);
        else if (rank && co && co[0] == rank && sg[0] != rank)
            actor_add(&ac, co);
        if (ac.n != 1 || (strcmp(ac.v[0], sg) != 0 && (!co || strcmp(ac.v[0], co) != 0)))
            continue;
        /* "uw Kamer" or "de Kamer" after the verb (past "daarnaast",
         * "ook", "tevens"); with "zal", a verb of telling later in the
         * sentence */
        size_t k = ki_skip_blank(s, e, ve), ke;
        static const char *const also[] = {"daarnaast", "ook", "tevens", "verder", "bovendien", NULL};
        if ((ke = kd_word_end(s, e, k)) > k && kd_word_in_list(s, k, ke, also))
            k = ki_skip_blank(s, e, ke);
        size_t kw = word_at(s, e, k, "uw") ? word_at(s, e, k, "uw") : word_at(s, e, k, "de");
        if (!kw || !word_at(s, e, ki_skip_blank(s, e, kw), "Kamer")) /* (over a line end too) */
            continue;
        if (will && kd_word_in(s, k, e, later + 0, 7) == (size_t)-1)
            continue;
        ki_deadline dl;
        if (!ki_deadline_find(s + ve, e - ve, &dl))
            continue;
        bool held = false;
        for (size_t j = 0; j < r->ncommitments && !held; j++)
            held = r->commitments[j].span.start < e && r->commitments[j].span.end > d;
        if (held)
            continue;
        if (made_record(sc, &ac, d, e, d, ve + dl.start, ve + dl.end, NULL))
            return KI_ERR_NOMEM;
        added++;
        x = e;
    }
    return KI_OK;
}

/* Is the table row s[i, le) a key and its value in a register entry ("|
 * Deadline | 1 juli 2025 |", "| Datum toezegging | ... |"), no commitment? */
static bool kv_row(const char *s, size_t i, size_t le)
{
    static const char *const keys[] = {"Deadline", "Datum toezegging", "Datum", "Status", "Nummer",
                                       "Activiteit", "Vindplaats", "Kerngegevens", "Toegezegd aan",
                                       "Verantwoordelijk", "Ministerie", "Commissie"};
    if (i < le && s[i] == '|')
        i++;
    i = ki_skip_blank(s, le, i);
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        size_t e = word_at(s, le, i, keys[k]);
        if (e && ki_skip_blank(s, le, e) < le && s[ki_skip_blank(s, le, e)] == '|')
            return true;
    }
    return false;
}

/* Does the list item s[is, ie) promise the Kamer something in the present
 * tense ("stuurt de Kamer", "informeert de Kamer", "zendt uw Kamer")? */
static bool item_promises(const char *s, size_t is, size_t ie)
{
    static const char *const verbs[] = {"stuurt", "informeert", "zendt", "bericht", "rapporteert"};
    for (size_t x = is; x < ie && x < is + 200; x++) {
        if (x > is && ki_is_letter((unsigned char)s[x - 1]))
            continue;
        for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
            size_t e = word_at(s, ie, x, verbs[v]);
            if (!e)
                continue;
            size_t j = ki_skip_blank(s, ie, e);
            if (starts_ci(s, ie, j, "de Kamer") || starts_ci(s, ie, j, "uw Kamer") ||
                starts_ci(s, ie, j, "de Tweede Kamer"))
                return true;
        }
    }
    return false;
}

/* The number of the numbered item on the line at ls ("3. De minister
 * ..."), 0 when it has none. */
static unsigned item_number(const char *s, size_t n, size_t ls)
{
    size_t i = ki_skip_blank(s, n, ls);
    unsigned v = 0;
    size_t k = i;
    while (k < n && k - i < 2 && ki_is_digit((unsigned char)s[k]))
        v = v * 10 + (unsigned)(s[k++] - '0');
    return k > i && k < n && (s[k] == '.' || s[k] == ')') ? v : 0;
}

/* Is the text a Kamer committee's list of a debate's promises: "Lijst van
 * toezeggingen" on a line of its own near its top, under the Kamer's own
 * head ("Tweede Kamer der Staten-Generaal", "Vaste commissie voor X")? */
static bool kamer_list(const char *s, size_t n)
{
    size_t lim = n < 1500 ? n : 1500;
    bool kamer = false, list = false;
    for (size_t ls = 0; ls < lim;) {
        size_t le = kd_line_end(s, n, ls), a = ki_skip_blank(s, le, ls);
        if (starts_ci(s, le, a, "Tweede Kamer der Staten-Generaal") ||
            starts_ci(s, le, a, "Eerste Kamer der Staten-Generaal") || starts_ci(s, le, a, "Vaste commissie voor "))
            kamer = true;
        if (starts_ci(s, le, a, "Lijst van toezeggingen"))
            list = true;
        /* (a committee clerk's e-mail: "Van: Commissiegriffie X",
         * "Onderwerp: Toezeggingen commissiedebat X d.d. D") */
        if (starts_ci(s, le, a, "Van:") && kd_find_ci(s, le, a, "griffie") != (size_t)-1)
            kamer = true;
        if (starts_ci(s, le, a, "Onderwerp:") && starts_ci(s, le, ki_skip_blank(s, le, a + 10), "Toezeggingen "))
            list = true;
        ls = le + 1;
    }
    return kamer && list;
}

/* Who made the promise of the list item s[is, ie): its subject by title
 * ("De minister van X en de staatssecretaris van Y"), or a bare "De
 * minister" as the one of that rank the text named before ("Bewindspersonen:
 * de minister van X, ..."); none when its subject is no bewindspersoon. */
static void item_maker(struct ki_scan *sc, size_t is, size_t ie, actors *ac)
{
    const char *s = sc->s;
    size_t se = subject_end(s, is, ie);
    find_actors(sc, is, se, ac);
    if (!ac->n && !joint_titles(sc, is, is, se, ac) && bare_maker(s, is, se)) {
        size_t k = ki_skip_blank(s, se, is + (starts_ci(s, se, is, "de ") ? 3 : 0));
        char rank = title_rank(s, se, k);
        if (rank)
            (void)last_named_before(sc, is, 8000, rank, ac);
    }
}

/* Does the item s[is, ie) open with a bewindspersoon's promise in the
 * present tense: "De minister zegt toe ...", "De staatssecretaris zal
 * ..."? (subject, then "zegt"/"zeggen" ... "toe", or "zal"/"zullen") */
static bool present_promise(const char *s, size_t is, size_t ie)
{
    size_t se = subject_end(s, is, ie), v = ki_skip_blank(s, ie, se);
    return word_at(s, ie, v, "zegt") || word_at(s, ie, v, "zeggen") || word_at(s, ie, v, "zal") ||
           word_at(s, ie, v, "zullen") || item_promises(s, is, ie);
}

/* Lists under a "Toezeggingen" heading (a verslag's closing list, an
 * extract of the register): every item is one commitment; who made it is
 * the item's subject, where and when come from the heading or, in a
 * verslag, from the debate it reports.  Items that already hold a
 * commitment get the heading's venue and date when they lack them. */
/* Does s[ls..le) hold "oezeggingen" (its 'o' as written, the rest in
 * either case)?  Asked of every short line of a document, so where SSE2
 * is there 16 places at a time are tested for the "oe" first. */
static bool has_oezeggingen(const char *s, size_t ls, size_t le)
{
    return kd_next_oezeggingen(s, ls, le) < le;
}

/* Where the first "oezeggingen" (any case but the 'o') in s[ls..le) begins,
 * le when none does.  Where SSE2 is, the places are those with the 'o' and
 * the two g's of "oezeggingen" four and five bytes on (any case), sixteen
 * at a time: "oe" stands in many Dutch words, "o...gg" in few. */
size_t kd_next_oezeggingen(const char *s, size_t ls, size_t le)
{
    size_t x = ls;
#if defined(__SSE2__)
    const __m128i o = _mm_set1_epi8('o'), g = _mm_set1_epi8('g'), c20 = _mm_set1_epi8(0x20);
    /* (x + 21 <= le: the loads of x + 4 and x + 5 stay inside; a word
     * of eleven bytes fits anyway only where x + 11 <= le) */
    for (; x + 21 <= le; x += 16) {
        __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(s + x));
        __m128i v4 = _mm_loadu_si128((const __m128i *)(const void *)(s + x + 4));
        __m128i v5 = _mm_loadu_si128((const __m128i *)(const void *)(s + x + 5));
        __m128i m = _mm_and_si128(_mm_cmpeq_epi8(v0, o),
                                  _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(v4, c20), g),
                                                _mm_cmpeq_epi8(_mm_or_si128(v5, c20), g)));
        for (unsigned mask = (unsigned)_mm_movemask_epi8(m); mask; mask &= mask - 1)
            if (starts_ci(s, le, x + (size_t)__builtin_ctz(mask), "oezeggingen"))
                return x + (size_t)__builtin_ctz(mask);
    }
#endif
    for (; x + 9 <= le; x++)
        if (s[x] == 'o' && starts_ci(s, le, x, "oezeggingen"))
            return x;
    return le;
}

/* Whether s[0..n) holds "oezegging:" or "OEZEGGING:" (as two memmem()
 * calls would say): each ':' is found by memchr and the nine bytes before
 * it compared; a colon is rarer in text than the bytes memmem() reads
 * by. */
bool kd_has_tz_label(const char *s, size_t n)
{
    for (size_t at = 9; at < n;) {
        const char *c = memchr(s + at, ':', n - at);
        if (!c)
            return false;
        at = (size_t)(c - s);
        if (memcmp(s + at - 9, "oezegging", 9) == 0 || memcmp(s + at - 9, "OEZEGGING", 9) == 0)
            return true;
        at++;
    }
    return false;
}

/* The words a register, a list or a table gives an item's status in
 * ("Afgedaan", "Loopt", "Doorlopend", "In uitvoering", "Openstaand", "Nieuw"), and the
 * relation each says: one table for the labels, status cells and closing
 * words read below. */
static const struct status {
    const char *w;
    ki_relation rel;
} statuses[] = {
    {"afgedaan", KI_REL_SETTLED},      {"afgerond", KI_REL_SETTLED},         {"voldaan", KI_REL_SETTLED},
    {"uitgevoerd", KI_REL_SETTLED},    {"nagekomen", KI_REL_SETTLED},        {"ingelost", KI_REL_SETTLED},
    {"gereed", KI_REL_SETTLED},        {"in uitvoering", KI_REL_PROGRESS},   {"in voorbereiding", KI_REL_PROGRESS},
    {"in behandeling", KI_REL_PROGRESS}, {"loopt", KI_REL_PROGRESS},         {"lopend", KI_REL_PROGRESS},
    {"deels", KI_REL_PROGRESS},        {"doorlopend", KI_REL_PROGRESS},      {"openstaand", KI_REL_CITED},
    {"nieuw", KI_REL_MADE},            {"vervalt", KI_REL_ADDRESSED},        {"vervallen", KI_REL_ADDRESSED},
    {"op schema", KI_REL_PROGRESS},    {"ligt op schema", KI_REL_PROGRESS},  {"vertraagd", KI_REL_PROGRESS},
    /* decided against, with its reason: "Niet uitgevoerd: de regeling ..." */
    {"niet uitgevoerd", KI_REL_ADDRESSED}, {"wordt niet uitgevoerd", KI_REL_ADDRESSED},
    /* taken along in later work: "Wordt meegenomen in de Nota Wonen" */
    {"wordt meegenomen", KI_REL_PROGRESS}, {"wordt betrokken", KI_REL_PROGRESS},
    {"worden meegenomen", KI_REL_PROGRESS}, {"worden betrokken", KI_REL_PROGRESS},
};

/* The status word or phrase of statuses[] that starts at x (any case, a
 * whole word), before e: its end, and its relation in *rel; 0 when none. */
size_t kd_status_at(const char *s, size_t e, size_t x, ki_relation *rel)
{
    for (size_t k = 0; k < sizeof statuses / sizeof statuses[0]; k++) {
        size_t l = strlen(statuses[k].w);
        if (x + l <= e && starts_ci(s, e, x, statuses[k].w) && (x + l == e || !ki_is_letter((unsigned char)s[x + l]))) {
            *rel = statuses[k].rel;
            return x + l;
        }
    }
    return 0;
}

bool kd_status_after_colon(const char *s, size_t e, size_t colon, ki_relation *rel)
{
    ki_relation r;
    if (!kd_status_at(s, e, ki_skip_blank(s, e, colon + 1), &r) || (r != KI_REL_SETTLED && r != KI_REL_PROGRESS))
        return false;
    *rel = r;
    return true;
}

/* The status label an item of a Toezeggingen list opens with ("Afgedaan:",
 * "Nieuw:", "Loopt:"): its relation in *rel and where the item's own text
 * begins; is itself (and *rel untouched) when there is none. */
static size_t item_label(const char *s, size_t is, size_t ie, ki_relation *rel)
{
    ki_relation r;
    size_t e = kd_status_at(s, ie, is, &r);
    if (e && e < ie && s[e] == ':') {
        *rel = r;
        return ki_skip_blank(s, ie, e + 1);
    }
    return is;
}

/* Does the item s[is..) name its commitment by the meeting first
 * ("toezegging CD Visserij 18 juni 2026", "toezegging uit het WGO Jeugd")?
 * vs is where find_venue() found the venue. */
static bool venue_named_first(const char *s, size_t is, size_t vs)
{
    static const char *const lead[] = {"toezegging", "toezeggingen", "toezegging uit het", "toezegging in het",
                                       "toezegging tijdens het", "toezegging van het"};
    for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++) {
        size_t e = word_at(s, vs, is, lead[k]);
        if (e && ki_skip_blank(s, vs, e) == vs)
            return true;
    }
    return false;
}

/* The next line at or after *ls that heads a list of commitments
 * (tz_heading()): true with *ls, its end *le and *tz set; false when there
 * is none.  Only a line with "oezeggingen" can be one: *oez (0 at first, or first_oez())
 * keeps where the next stands between calls, and the walk goes from one to
 * the line of the next, which the lines below reach (each is passed over
 * there) when no line before it is longer than kd_line_end() reads. */
static bool next_tz_heading(const char *s, size_t n, size_t *ls, size_t *oez, size_t *le, size_t *tz)
{
    for (size_t l = *ls; l < n;) {
        if (*oez < l || (l == 0 && *oez == 0))
            *oez = kd_next_oezeggingen(s, l, n);
        if (*oez >= n)
            return false;
        if (*oez > l) {
            size_t w = *oez - l < LINE_MAX_SCAN ? *oez - l : LINE_MAX_SCAN - 1;
            const char *nl = memrchr(s + l, '\n', w);
            if (nl)
                l = (size_t)(nl - s) + 1;
        }
        size_t e = kd_line_end(s, n, l);
        /* a cheap test first: the line holds "oezeggingen" */
        if (e - l < 220 && e - l >= 12 && has_oezeggingen(s, l, e) && tz_heading(s, n, l, e, tz)) {
            *ls = l;
            *le = e;
            return true;
        }
        if (e >= n)
            return false;
        l = e + 1;
    }
    return false;
}

/* The records from first on are the chair's list of a debate's promises;
 * those before, the promises found in the speech.  An item whose promise
 * the speech gave already (the same deadline, as written) is dropped: one
 * promise, one record. */
static void spoken_dups(ki_refs *r, size_t first)
{
    size_t o = first;
    for (size_t k = first; k < r->ncommitments; k++) {
        const ki_commitment *c = &r->commitments[k];
        bool dup = false;
        for (size_t j = 0; j < first && !dup && c->deadline; j++) {
            const ki_commitment *p = &r->commitments[j];
            dup = p->relation == KI_REL_MADE && p->deadline && strcmp(p->deadline, c->deadline) == 0 &&
                  p->span.start < c->span.start;
        }
        if (!dup)
            r->commitments[o++] = r->commitments[k];
    }
    r->ncommitments = o;
}

/* The item s[is, ie) of a chair's list names its maker by the title alone
 * ("De minister stuurt ...", "De staatssecretaris komt ... terug"): the one
 * of that rank who made a promise in the debate, records [0, first), when
 * the speech gave one only. */
static void spoken_maker(const char *s, size_t is, size_t ie, const ki_refs *r, size_t first, actors *ac)
{
    size_t w = word_at(s, ie, is, "De") ? ki_skip_blank(s, ie, word_at(s, ie, is, "De")) : is;
    char rank = word_at(s, ie, w, "minister") ? 'M' : word_at(s, ie, w, "staatssecretaris") ? 'S' : 0;
    const char *who = NULL;
    for (size_t j = 0; j < first && rank; j++) {
        const ki_commitment *p = &r->commitments[j];
        if (p->relation != KI_REL_MADE)
            continue;
        for (size_t a = 0; a < p->nactors; a++) {
            if (p->actors[a][0] != rank)
                continue;
            if (who && strcmp(who, p->actors[a]) != 0)
                return; /* (two of that rank: which one is not said) */
            who = p->actors[a];
        }
    }
    if (who)
        actor_add(ac, who);
}

/* The first "oezeggingen" of the text (kd_next_oezeggingen() from 0), found
 * once for tz_blocks() and tz_id_items(), which both begin there. */
static size_t first_oez(struct ki_scan *sc)
{
    if (sc->oez_s != sc->s) {
        sc->oez_first = kd_next_oezeggingen(sc->s, 0, sc->n);
        sc->oez_s = sc->s;
    }
    return sc->oez_first;
}

/* Past a commitment number that opens a list item and the dash after it
 * ("TZ202603-114 - De minister informeert ..."): where its words begin;
 * is when no number opens it. */
static size_t past_tz_number(const char *s, size_t is, size_t ie)
{
    if (is + 6 >= ie || s[is] != 'T' || !(s[is + 1] == 'Z' || ki_is_digit((unsigned char)s[is + 1])))
        return is;
    size_t k = is + 1;
    while (k < ie && (ki_is_digit((unsigned char)s[k]) || s[k] == 'Z' || s[k] == '-'))
        k++;
    if (k - is < 6 || k >= ie || !ki_is_blank((unsigned char)s[k]))
        return is;
    k = ki_skip_blank(s, ie, k);
    if (k < ie && s[k] == '-')
        k = ki_skip_blank(s, ie, k + 1);
    else if (k + 2 < ie && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
             ((unsigned char)s[k + 2] == 0x93 || (unsigned char)s[k + 2] == 0x94))
        k = ki_skip_blank(s, ie, k + 3); /* an en or em dash */
    return k;
}

/* Is a commitment number ("TZ202610-031", "T03912") among the n ids? */
static bool ids_tnum(const char *const *ids, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (ids[k][0] == 'T')
            return true;
    return false;
}

/* Does c name its commitment number among its refs? */
static bool has_tnum(const ki_commitment *c)
{
    return ids_tnum((const char *const *)c->refs, c->nrefs);
}

static ki_status tz_blocks(struct ki_scan *sc, bool verslag)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    size_t items = 0, oez = first_oez(sc), le, tz;
    for (size_t ls = 0; ls < n && items < MAX_ITEMS && next_tz_heading(s, n, &ls, &oez, &le, &tz);) {
        /* what the heading says */
        size_t vs = 0, ve = 0;
        bool hv = find_venue(s, tz, le, le, &vs, &ve);
        ki_date hd;
        bool hdate = ki_date_find(s + tz, le - tz, &hd);
        char iso[11] = "";
        if (hdate && !ki_date_resolve(&hd, sc->refdate, iso))
            iso[0] = '\0';
        actors hact = {{0}, 0, false};
        find_actors(sc, tz, hv ? vs : le, &hact);
        /* the chair reading out a debate's promises ("Ik heb de volgende
         * toezeggingen genoteerd."): each item was made in the debate the
         * record reports, on its day; one the speech gave already is that
         * record (spoken_dups()) */
        size_t tz2;
        bool chair = (verslag || kd_kind_is(sc, "handelingen")) && spoken_tz_heading(s, ls, le, &tz2);
        bool talk = chair && !verslag;
        size_t first_new = r->ncommitments;
        const char *dvenue = verslag ? verslag_venue(s, n) : NULL;
        /* the items: bulleted or numbered lines, a blank line allowed
         * before the first; a line that is no item continues the last one */
        size_t p = le < n ? le + 1 : n;
        size_t nitems = 0;
        while (p < n && kd_blank_line(s, n, p) && !nitems && p - le < 8)
            p = kd_line_end(s, n, p) + 1;
        unsigned prevnum = 0; /* the last item's number, "3." */
        while (p < n && nitems < 200) {
            /* (numbered items parted by a blank line: "1. ...\n\n2. ...") */
            if (nitems && prevnum && kd_blank_line(s, n, p)) {
                size_t q = p;
                for (int k = 0; k < 2 && q < n && kd_blank_line(s, n, q); k++)
                    q = kd_line_end(s, n, q) + 1;
                if (q < n && item_number(s, n, q) == prevnum + 1 && kd_bullet_at(s, n, q))
                    p = q;
            }
            size_t ie = kd_line_end(s, n, p);
            size_t b0 = p;
            while (b0 < ie && (s[b0] == ' ' || s[b0] == '\t'))
                b0++;
            if (b0 >= ie || s[b0] == '|' || !kd_bullet_at(s, n, p))
                break;
            /* continuation lines of a wrapped item */
            while (ie < n) {
                size_t q = ie + 1;
                if (q >= n || kd_blank_line(s, n, q) || kd_bullet_at(s, n, q) || kd_heading_at(s, n, q))
                    break;
                char lc = kd_last_char(s, n, kd_line_start(s, ie));
                /* (not an abbreviation's stop: "(Kamerstuk 29 544, nr.⏎12 98)") */
                size_t dot = ie;
                while (dot > p && ki_is_blank((unsigned char)s[dot - 1]))
                    dot--;
                if ((lc == '.' && !(dot > p && kd_sent_end(s, n, dot - 1) > q)) || lc == ';' || lc == ':')
                    break;
                ie = kd_line_end(s, n, q);
            }
            nitems++;
            prevnum = item_number(s, n, p);
            /* the item's text after its bullet */
            size_t is = b0;
            if (!ki_is_letter((unsigned char)s[is]) && !ki_is_digit((unsigned char)s[is]))
                is = cp_fwd(s, n, is + 1);
            else {
                while (is < ie && (ki_is_letter((unsigned char)s[is]) || ki_is_digit((unsigned char)s[is])))
                    is++;
                is++; /* "1." "a)" */
            }
            while (is < ie && (ki_is_blank((unsigned char)s[is]) || s[is] == '_'))
                is++;
            /* a status label before the item: "Afgedaan: toezegging CD X 18
             * juni 2026", "Nieuw: informeren over X, voor 1 mei 2027" */
            ki_relation lrel = KI_REL_COUNT; /* none */
            size_t ls0 = is;
            is = item_label(s, is, ie, &lrel);
            long have = -1;
            for (size_t k = 0; k < r->ncommitments && have < 0; k++)
                if (r->commitments[k].span.start >= b0 && r->commitments[k].span.start < ie)
                    have = (long)k;
            if (have >= 0) {
                ki_commitment *c = &r->commitments[have];
                if (!c->venue && (hv || dvenue))
                    c->venue = hv ? kd_clean_copy(r, s, vs, ve) : ki_refs_strdup(r, dvenue);
                if (!c->date && iso[0])
                    c->date = ki_refs_strdup(r, iso);
                /* (a bare "De minister zegt toe" is the one of that rank the
                 * text named, "Bewindspersonen: de minister van X"; the
                 * item's number at its end, "... sector.      TZ202610-087") */
                if (!c->nactors && is < ie) {
                    actors ac = {{0}, 0, false};
                    item_maker(sc, is, ie, &ac);
                    if (ac.n && set_actors(r, c, &ac))
                        return KI_ERR_NOMEM;
                }
                if (!has_tnum(c)) {
                    const char *ids[16];
                    size_t nids = 0;
                    for (size_t k = 0; k < c->nrefs && nids < 8; k++)
                        ids[nids++] = c->refs[k];
                    size_t n0 = nids;
                    ids_in(sc, REF_TK, is, ie, ids, &nids, 16);
                    if (nids > n0 && set_refs(r, c, ids, nids))
                        return KI_ERR_NOMEM;
                }
                /* a Kamer committee's list of the promises of a debate: what
                 * an item promises was made there */
                if (c->relation == KI_REL_CITED && c->nactors && kamer_list(s, n) && present_promise(s, is, ie))
                    c->relation = KI_REL_MADE;
            } else if (is < ie) {
                items++;
                actors ac = {{0}, 0, false};
                find_actors(sc, is, subject_end(s, is, ie), &ac);
                if (!ac.n)
                    (void)joint_titles(sc, is, is, subject_end(s, is, ie), &ac);
                if (!ac.n)
                    ac = hact;
                if (!ac.n && (word_at(s, ie, is, "ik") || word_at(s, ie, is, "wij") ||
                              word_at(s, ie, is, "Ik") || word_at(s, ie, is, "Wij")))
                    actor_self(sc, &ac);
                /* (a verslag's "De staatssecretaris stuurt de Kamer ...":
                 * the one of that rank the debate heard, not the minister
                 * its head names first) */
                if (!ac.n && verslag && sc->meta.signer)
                    item_maker(sc, is, ie, &ac);
                if (!ac.n && verslag && sc->meta.signer)
                    actor_self(sc, &ac);
                if (!ac.n && chair)
                    spoken_maker(s, is, ie, r, first_new, &ac);
                /* (a bare "De staatssecretaris schrijft ...": the one of
                 * that rank named before; "De bewindspersonen sturen ...":
                 * each one the debate heard) */
                if (!ac.n)
                    item_maker(sc, past_tz_number(s, is, ie), ie, &ac);
                if (!ac.n && chair && starts_ci(s, ie, is, "De bewindspersonen "))
                    all_named_before(sc, is, 8000, &ac);
                ki_commitment *c = ki_refs_add_commitment(r);
                if (!c)
                    return KI_ERR_NOMEM;
                if (set_actors(r, c, &ac))
                    return KI_ERR_NOMEM;
                /* the item's own "(commissiedebat X, 9 oktober 2024)" */
                size_t iv0 = 0, iv1 = 0;
                ki_date idt;
                bool iv = !hv && !dvenue && find_venue(s, is, ie, ie, &iv0, &iv1) && iv0 > is &&
                          (s[iv0 - 1] == '(' || venue_named_first(s, is, iv0));
                bool vfirst = iv && s[iv0 - 1] != '(';
                bool idate = iv && !iso[0] && !hdate && ki_date_find(s + iv1, ie - iv1, &idt) &&
                             idt.start < 40;
                if (hv)
                    c->venue = kd_clean_copy(r, s, vs, ve);
                else if (dvenue)
                    c->venue = ki_refs_strdup(r, dvenue);
                else if (iv)
                    c->venue = kd_clean_copy(r, s, iv0, iv1);
                char iiso[11];
                if (idate && ki_date_resolve(&idt, sc->refdate, iiso))
                    c->date = ki_refs_strdup(r, iiso);
                else if (iso[0])
                    c->date = ki_refs_strdup(r, iso);
                else if (hdate)
                    c->date_raw = kd_clean_copy(r, s, tz + hd.start, tz + hd.end);
                else if ((verslag || talk) && sc->meta.debate_date[0])
                    c->date = ki_refs_strdup(r, sc->meta.debate_date);
                else if (talk && r->date)
                    c->date = ki_refs_strdup(r, r->date);
                ki_deadline dl;
                if (ki_deadline_find(s + is, ie - is, &dl))
                    c->deadline = kd_clean_copy(r, s, is + dl.start, is + dl.end);
                const char *ids[16];
                size_t nids = 0;
                ids_in(sc, REF_KST, is, ie, ids, &nids, 16);
                ids_in(sc, REF_TK, is, ie, ids, &nids, 16);
                if (set_refs(r, c, ids, nids))
                    return KI_ERR_NOMEM;
                size_t es = is, ee = ie;
                if (verslag || talk)
                    c->relation = KI_REL_MADE;
                else if (lrel != KI_REL_COUNT) {
                    c->relation = lrel;
                    es = ls0;
                } else
                    c->relation = kd_relation_of(sc, is, 0, 0, ie, &es, &ee);
                /* "Toezeggingen\n- De minister van X stuurt de Kamer voor 1
                 * december een brief": a list of what was promised, with
                 * nothing saying where or when before: made here */
                if (c->relation == KI_REL_CITED && !c->venue && !c->date && !hdate && ac.n && item_promises(s, is, ie))
                    c->relation = KI_REL_MADE;
                if (c->relation == KI_REL_CITED && ac.n && kamer_list(s, n) && present_promise(s, is, ie))
                    c->relation = KI_REL_MADE;
                /* named by its meeting: what follows is all it says of
                 * its subject ("... 18 juni 2026 (uitkoopregeling)") */
                size_t ss0 = is, se0 = ie;
                if (vfirst) {
                    ss0 = idate ? iv1 + idt.end : iv1;
                    while (ss0 < ie && (ki_is_blank((unsigned char)s[ss0]) || s[ss0] == '(' || s[ss0] == ')' ||
                                        s[ss0] == ',' || s[ss0] == ':'))
                        ss0++;
                    /* ("... (10 november) en toezegging Y (6 november)": one
                     * item for two, each named by its meeting) */
                    size_t two = kd_find_ci(s, ie, ss0, "toezegging");
                    if (two != (size_t)-1)
                        se0 = ss0;
                    while (se0 > ss0 && (s[se0 - 1] == ')' || s[se0 - 1] == '.' || ki_is_blank((unsigned char)s[se0 - 1])))
                        se0--;
                }
                c->subject = se0 > ss0 ? kd_clean_copy(r, s, ss0, se0) : NULL;
                c->evidence = kd_clean_copy(r, s, es, ee);
                if (!set_text(sc, c, is, ie) || !c->evidence || (se0 > ss0 && !c->subject) ||
                    (c->venue == NULL && (hv || dvenue || iv)))
                    return KI_ERR_NOMEM;
            }
            if (ie >= n)
                break;
            p = ie + 1;
        }
        if (chair)
            spoken_dups(r, first_new);
        /* the heading itself is no commitment once its items are */
        if (nitems) {
            /* (each heading asks all: a record that stays where it is is
             * not copied onto itself) */
            size_t o = 0;
            for (size_t k = 0; k < r->ncommitments; k++)
                if (!(r->commitments[k].span.start >= ls && r->commitments[k].span.start < le)) {
                    if (o != k)
                        r->commitments[o] = r->commitments[k];
                    o++;
                }
            r->ncommitments = o;
        }
        ls = p > le ? p : le + 1;
        if (ls >= n)
            break;
    }
    return KI_OK;
}

/* Does s[a, b) move a deadline: "de deadline van toezegging T03141 te
 * verplaatsen naar 15 december 2021", "met een nieuwe deadline"?  Returns
 * where the new date may follow ("naar"), else b; (size_t)-1 when not. */
static size_t deadline_moved(const char *s, size_t a, size_t b)
{
    size_t d = kd_find_ci(s, b, a, "deadline");
    if (d == (size_t)-1)
        return (size_t)-1;
    static const char *const moves[] = {"verschuiven", "verschoven", "verplaatst", "verplaatsen", "bijgesteld"};
    bool moved = kd_find_ci(s, b, a, "nieuwe deadline") != (size_t)-1;
    for (size_t k = 0; k < sizeof moves / sizeof moves[0] && !moved; k++)
        moved = kd_find_ci(s, b, d, moves[k]) != (size_t)-1;
    if (!moved)
        return (size_t)-1;
    size_t to = kd_find_ci(s, b, d, " naar ");
    return to == (size_t)-1 ? b : to + 6;
}

/* The status an Eerste Kamer committee gives a numbered commitment in
 * s[a, b), when that clause names a status: "de status van toezegging
 * T01154 wordt gewijzigd in voldaan", "blijft ongewijzigd (openstaand)",
 * "toezegging T02881 als "deels voldaan" te blijven beschouwen",
 * "De commissie besluit de status van de toezeggingen (openstaand)
 * ongewijzigd te laten".  Voldaan settles it, deels voldaan is progress,
 * and so is kept open with a new deadline; any other status (kept open,
 * niet voldaan, vervallen) addresses it. */
static bool tz_status_in(const char *s, size_t a, size_t b, size_t at, ki_relation *rel)
{
    /* a decision ("de status van ... wordt", "T02883 als "voldaan" aan te
     * merken"), not a register's "Status:"; of several in one clause, the
     * one after this number ("T03679 als voldaan aan te merken en T03680
     * als openstaand te blijven aanmerken") */
    size_t st = kd_find_ci(s, b, a, "status van ");
    if (st == (size_t)-1) {
        size_t q = kd_find_ci(s, b, at > a && at < b ? at : a, " als ");
        if (q == (size_t)-1)
            q = kd_find_ci(s, b, a, " als ");
        if (q == (size_t)-1 && !memchr(s + a, '|', b - a) && deadline_moved(s, a, b) != (size_t)-1) {
            *rel = KI_REL_PROGRESS; /* kept open, later: how it goes on */
            return true;
        }
        /* "De commissie besluit een nadere toelichting te vragen op de
         * uitvoering van de toezeggingen T02867, T02849 en T02908": asked
         * about, by number */
        if (q == (size_t)-1 && !memchr(s + a, '|', b - a) && kd_find_ci(s, b, a, "besluit") != (size_t)-1 &&
            (kd_find_ci(s, b, a, " te vragen") != (size_t)-1 || kd_find_ci(s, b, a, " te verzoeken") != (size_t)-1)) {
            *rel = KI_REL_CITED;
            return true;
        }
        if (q == (size_t)-1)
            return false;
        size_t v = q + 5;
        if (v < b && s[v] == '"')
            v++;
        else if (v + 3 <= b && (unsigned char)s[v] == 0xE2 && (unsigned char)s[v + 1] == 0x80)
            v += 3; /* a curly quote */
        if (!(starts_ci(s, b, v, "voldaan") || starts_ci(s, b, v, "deels voldaan") ||
              starts_ci(s, b, v, "openstaand") || starts_ci(s, b, v, "niet voldaan") ||
              starts_ci(s, b, v, "doorlopend")))
            return false;
        /* what is decided, not "staan in het register nog als openstaand" */
        if (kd_find_ci(s, b, v, "aan te merken") == (size_t)-1 && kd_find_ci(s, b, v, "aanmerken") == (size_t)-1 &&
            kd_find_ci(s, b, v, "beschouwen") == (size_t)-1)
            return false;
        st = q;
    }
    if (memchr(s + a, '|', b - a))
        return false;
    static const char *const kept[] = {"openstaand", "ongewijzigd", "niet voldaan", "vervallen",
                                       "achterhaald", "ingetrokken"};
    /* (the status this number was given ends where the next " en " ... " als " begins) */
    size_t v = kd_find_ci(s, b, st, "voldaan");
    if (v != (size_t)-1 && kd_find_ci(s, v, st + 5, " als ") != (size_t)-1)
        v = (size_t)-1;
    if (v != (size_t)-1 && !(v >= 5 && starts_ci(s, b, v - 5, "niet "))) {
        *rel = v >= 6 && starts_ci(s, b, v - 6, "deels ") ? KI_REL_PROGRESS : KI_REL_SETTLED;
        return true;
    }
    if (kd_find_ci(s, b, st, "doorlopend") != (size_t)-1) {
        *rel = KI_REL_PROGRESS; /* a standing commitment, kept up */
        return true;
    }
    for (size_t k = 0; k < sizeof kept / sizeof kept[0]; k++)
        if (kd_find_ci(s, b, st, kept[k]) != (size_t)-1) {
            /* kept open with a new deadline: news of how it goes on; kept
             * open as it was: named, not done */
            *rel = deadline_moved(s, a, b) != (size_t)-1 ? KI_REL_PROGRESS : KI_REL_CITED;
            return true;
        }
    return false;
}

/* The clause around pos: its sentence, or its part between ';'s. */
static void tz_clause(const char *s, size_t n, size_t pos, size_t *a, size_t *b)
{
    size_t ss = kd_sent_start(s, n, pos), se = kd_sent_end(s, n, pos);
    for (size_t i = pos; i > ss; i--)
        if (s[i - 1] == ';') {
            ss = ki_skip_blank(s, n, i);
            break;
        }
    for (size_t i = pos; i < se; i++)
        if (s[i] == ';') {
            se = i;
            break;
        }
    *a = ss;
    *b = se;
}

/* Each numbered commitment ("T01154") on which this document records a
 * committee's decision (see tz_status_in) and which no record holds yet
 * is a commitment of its own: the number, the relation, the clause as
 * its evidence and a new deadline ("en de deadline wordt verplaatst naar
 * 1 november 2016").  Who made it is whose letter the decisions answer
 * ("naar aanleiding van de brief van de minister van X ... besloten:");
 * where and when, the decision does not say.  A clause without a number
 * takes those of the sentence before it, when that sentence names some
 * and no status. */
/* Who wrote the letter "brief van X" at bv names (X a bewindspersoon's
 * title): into ac. */
static void letter_writer(struct ki_scan *sc, size_t bv, actors *ac)
{
    const char *s = sc->s;
    size_t n = sc->n, used;
    size_t j = ki_skip_blank(s, n, bv + 10);
    size_t be = j + 120 < n ? j + 120 : n;
    if (ki_actor_parse(s + j, be - j, &used))
        find_actors(sc, j, j + used, ac);
}

/* Is the line s[ls, le) a label of a list item ("Kamerlid: Tielen (VVD)",
 * "Kamerleden: X en Y"): a capitalised word and a colon in its first 25
 * bytes? */
static bool item_label_line(const char *s, size_t ls, size_t le)
{
    size_t a = ki_skip_blank(s, le, ls), e = a;
    if (a >= le || s[a] < 'A' || s[a] > 'Z')
        return false;
    while (e < le && e - a < 25 && ki_is_letter((unsigned char)s[e]))
        e++;
    return e < le && s[e] == ':' && e > a + 3;
}

/*
 * A griffie's list of toezeggingen, each item headed by its number on a
 * line of its own: "Lijst van toezeggingen / Commissiedebat X d.d. 12
 * november 2026 / (an introduction) / TZ202611-033 / De minister zal de
 * Kamer ... informeren ... / Kamerlid: Tielen (VVD)".  Every item whose
 * subject is a bewindspersoon is one commitment, made in the debate the
 * head names, with its number; a record found in an item already gets
 * those.  A bare "De minister" is the last of that rank the text named.
 */
static ki_status tz_id_items(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    size_t oez = first_oez(sc), le, tz;
    for (size_t ls = 0; ls < n && r->ncommitments < MAX_ITEMS && next_tz_heading(s, n, &ls, &oez, &le, &tz);) {
        /* where and when: on the heading, else on the line under it */
        size_t vs = 0, ve = 0, hl = tz, he = le;
        bool hv = find_venue(s, tz, le, le, &vs, &ve);
        if (!hv && le + 1 < n) {
            hl = le + 1;
            he = kd_line_end(s, n, hl);
            hv = he - hl < 200 && find_venue(s, hl, he, he, &vs, &ve);
        }
        ki_date hd;
        char iso[11] = "";
        if (ki_date_find(s + hl, he - hl, &hd) && !ki_date_resolve(&hd, sc->refdate, iso))
            iso[0] = '\0';
        size_t p = le + 1, pre = 0, nitems = 0;
        while (p < n && pre < 12 && nitems < 200 && r->ncommitments < MAX_ITEMS) {
            size_t pe = kd_line_end(s, n, p);
            if (kd_blank_line(s, n, p) || (nitems && item_label_line(s, p, pe))) {
                p = pe + 1;
                continue;
            }
            if (!bare_id_line(sc, p, pe) || pe + 1 >= n || kd_blank_line(s, n, pe + 1)) {
                if (nitems)
                    break; /* the list has ended: "Niet als toezegging opgenomen" */
                pre++;
                p = pe + 1;
                continue;
            }
            /* the item: the lines under its number, to a blank line, a
             * label line or the next number */
            size_t is = ki_skip_blank(s, n, pe + 1), ie = kd_line_end(s, n, is);
            while (ie + 1 < n && !kd_blank_line(s, n, ie + 1) &&
                   !item_label_line(s, ie + 1, kd_line_end(s, n, ie + 1)) &&
                   !bare_id_line(sc, ie + 1, kd_line_end(s, n, ie + 1)))
                ie = kd_line_end(s, n, ie + 1);
            nitems++;
            const char *ids[4];
            size_t nids = 0;
            ids_in(sc, REF_TK, p, pe, ids, &nids, 4);
            p = ie + 1;
            long have = -1;
            for (size_t k = 0; k < r->ncommitments && have < 0; k++)
                if (r->commitments[k].span.start >= is && r->commitments[k].span.start < ie)
                    have = (long)k;
            ki_commitment *c;
            if (have >= 0) {
                c = &r->commitments[have];
                if (!c->nrefs && set_refs(r, c, ids, nids))
                    return KI_ERR_NOMEM;
            } else {
                size_t se = subject_end(s, is, ie);
                actors ac = {{0}, 0, false};
                item_maker(sc, is, ie, &ac);
                if (!ac.n)
                    continue; /* not a bewindspersoon's promise */
                if (!(c = ki_refs_add_commitment(r)) || set_actors(r, c, &ac) || set_refs(r, c, ids, nids) ||
                    !set_text(sc, c, is, ie) || !(c->evidence = kd_clean_copy(r, s, is, ie)) ||
                    !(c->subject = kd_clean_copy(r, s, se, ie)))
                    return KI_ERR_NOMEM;
                ki_deadline dl;
                if (ki_deadline_find(s + is, ie - is, &dl) &&
                    !(c->deadline = kd_clean_copy(r, s, is + dl.start, is + dl.end)))
                    return KI_ERR_NOMEM;
                c->relation = KI_REL_MADE;
            }
            if (!c->venue && hv && !(c->venue = kd_clean_copy(r, s, vs, ve)))
                return KI_ERR_NOMEM;
            if (!c->date && iso[0] && !(c->date = ki_refs_strdup(r, iso)))
                return KI_ERR_NOMEM;
        }
        ls = p < n ? kd_line_start(s, p) : n;
        if (ls <= le)
            ls = le + 1;
    }
    return KI_OK;
}

static ki_status tz_status_in_records(struct ki_scan *sc, ki_strindex *held);

static ki_status tz_status(struct ki_scan *sc)
{
    /* the ids the records hold, by content: a number is looked up there,
     * not compared with every id of every record (a long register has
     * thousands of each); the records this pass adds are filed too */
    ki_refs *r = sc->r;
    ki_strindex held = KI_STRINDEX_INIT;
    ki_status st = KI_OK;
    for (size_t c = 0; c < r->ncommitments && !st; c++)
        for (size_t x = 0; x < r->commitments[c].nrefs && !st; x++)
            st = ki_strindex_add(&held, r->commitments[c].refs[x], c);
    if (!st)
        st = tz_status_in_records(sc, &held);
    ki_strindex_free(&held);
    return st;
}

static ki_status tz_status_in_records(struct ki_scan *sc, ki_strindex *held)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (size_t k = 0; k < r->ntk_numbers; k++) {
        const ki_tknumber *t = &r->tk_numbers[k];
        if (strcmp(t->kind, "toezegging") != 0)
            continue;
        if (ki_strindex_get(held, t->id).n)
            continue;
        size_t a, b, pos = t->span.start;
        ki_relation rel;
        tz_clause(s, n, t->span.start, &a, &b);
        /* (named again further on in the clause, where its status is:
         * "Toezeggingen T03679 en T03680 ... besluit ... T03680 als
         * openstaand te blijven aanmerken") */
        for (size_t x = t->span.start + 1; (x = kd_find_ci(s, b, x, t->id)) != (size_t)-1; x++)
            pos = x;
        if (!tz_status_in(s, a, b, pos, &rel)) {
            /* "... de toezeggingen T01220 en T01222 (EK 34300 VII, E). De
             * commissie besluit de status van de toezeggingen (openstaand)
             * ongewijzigd te laten." */
            size_t na = ki_skip_blank(s, n, b < n && s[b] != '\n' ? b + 1 : b);
            while (na < n && s[na] == '\n')
                na = ki_skip_blank(s, n, na + 1);
            if (na >= n || b - a > 600)
                continue;
            tz_clause(s, n, na, &a, &b);
            bool named = false;
            for (size_t j = 0; j < r->ntk_numbers && !named; j++)
                named = r->tk_numbers[j].span.start >= a && r->tk_numbers[j].span.start < b;
            /* (a heading "Toezeggingen T03679 en T03680" above the clause
             * that decides on each by number) */
            size_t again = kd_find_ci(s, b, a, t->id);
            if (again != (size_t)-1)
                named = false;
            if (named || a != na)
                continue;
            if (!tz_status_in(s, a, b, again != (size_t)-1 ? again : a, &rel))
                continue;
            if (again != (size_t)-1)
                pos = again;
        }
        ki_commitment *c = ki_refs_add_commitment(r);
        if (!c)
            return KI_ERR_NOMEM;
        const char *id = t->id;
        if (set_refs(r, c, &id, 1) || ki_strindex_add(held, c->refs[0], r->ncommitments - 1))
            return KI_ERR_NOMEM;
        c->relation = rel;
        /* "naar aanleiding van de brief van de minister van X van 19 november
         * 2021 (...) besloten:\n- toezegging T02067 als ...": whose letter
         * the decisions answer made them */
        size_t first = kd_list_first_item(sc, s, n, pos);
        size_t is = first != (size_t)-1 && kd_prev_line(s, n, first) != (size_t)-1
                        ? kd_sent_start(s, n, kd_prev_line(s, n, first))
                        : kd_sent_start(s, n, pos);
        size_t bv = kd_find_ci(s, first != (size_t)-1 ? first : a > pos ? a : b, is, "brief van ");
        actors ac = {{0}, 0, false};
        if (bv != (size_t)-1)
            letter_writer(sc, bv, &ac);
        /* else the letter the minutes' heading or opening names ("Brief van
         * de minister van VWS van 10 september 2021 inzake rappel
         * toezeggingen"), the last before the number */
        for (size_t from = pos > 3000 ? pos - 3000 : 0, x;
             !ac.n && (x = kd_find_ci(s, pos, from, "brief van de ")) != (size_t)-1; from = x + 1) {
            actors one = {{0}, 0, false};
            letter_writer(sc, x, &one);
            /* (of this part of the minutes: no numbered heading between) */
            bool part = true;
            for (size_t l = kd_line_end(s, n, x) + 1; l < pos && part; l = kd_line_end(s, n, l) + 1) {
                size_t d = l; /* a heading, or a number alone on its line ("2.") */
                while (d < n && ki_is_digit((unsigned char)s[d]))
                    d++;
                part = !kd_heading_at(s, n, l) && !(d > l && d < n && s[d] == '.' && d + 1 == kd_line_end(s, n, l));
            }
            if (one.n && part && kd_find_ci(s, pos, x + 1, "brief van de ") == (size_t)-1)
                ac = one;
        }
        if (set_actors(r, c, &ac))
            return KI_ERR_NOMEM;
        /* "en de deadline wordt verplaatst naar 1 november 2016", "de deadline
         * van toezegging T03141 te verplaatsen naar 15 december 2021" */
        ki_deadline dl;
        ki_date nd;
        size_t to = deadline_moved(s, a, b), dlen;
        if (ki_deadline_find(s + a, b - a, &dl)) {
            if (!(c->deadline = kd_clean_copy(r, s, a + dl.start, a + dl.end)))
                return KI_ERR_NOMEM;
        } else if (to < b && (dlen = ki_date_parse(s + to, b - to, false, &nd)) && nd.month) {
            if (!(c->deadline = kd_clean_copy(r, s, to, to + dlen)))
                return KI_ERR_NOMEM;
        }
        c->evidence = kd_clean_copy(r, s, a, b);
        if (!c->evidence || !set_text(sc, c, a, b))
            return KI_ERR_NOMEM;
    }
    return KI_OK;
}

/* Does s[a, b) say that something comes, now or later: "ontvangt u",
 * "volgt", "verschijnt", "zal ... sturen"? */
static bool coming_in(const char *s, size_t a, size_t b)
{
    static const char *const verbs[] = {"ontvangt", "ontvangen", "volgt", "volgen", "komt", "verschijnt",
                                        "zal", "zullen", "stuur", "stuurt", "sturen", "zend", "bied"};
    return kd_word_in(s, a, b, verbs, sizeof verbs / sizeof verbs[0]) != (size_t)-1;
}

/* The first deadline phrase in s[a, b) that is one: "tot eind 2025" and
 * "sinds begin 2024" end or start a period ("De pilot loopt tot eind
 * 2025").  Its span is made relative to a, as ki_deadline_find's. */
static bool next_deadline(const char *s, size_t a, size_t b, ki_deadline *dl)
{
    size_t from = a;
    while (b > from && ki_deadline_find(s + from, b - from, dl)) {
        size_t q, w = ki_word_before(s, a, from + dl->start, &q);
        if (!(word_at(s, q, w, "tot") || word_at(s, q, w, "sinds") || word_at(s, q, w, "vanaf"))) {
            dl->start += from - a;
            dl->end += from - a;
            return true;
        }
        from += dl->end;
    }
    return false;
}

/* Does s[a, b) speak to the Kamer: "uw Kamer", "de Kamer", "u"? */
static bool to_kamer(const char *s, size_t a, size_t b)
{
    static const char *const you[] = {"u", "Kamer"};
    return kd_word_in(s, a, b, you, 2) != (size_t)-1;
}


/* The start of the sentence before the one that starts at ss, and in *pe
 * where that sentence ends (its last byte that is not blank, plus one);
 * ss itself when there is none. */
static size_t sentence_before(const char *s, size_t n, size_t ss, size_t *pe)
{
    size_t e = ss;
    while (e > 0 && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    *pe = e;
    return e > 1 ? kd_sent_start(s, n, e - 1) : ss;
}

/* Is the sentence at ns (after the one ending at pe, in the same
 * paragraph, before lim) one that points back at it and speaks of what is
 * still to come: "Die cijfers komen in februari ...", "Dat onderzoek
 * verschijnt ..." (not "Die brief heb ik op 3 maart gestuurd")?  Its end
 * in *ne. */
static bool next_step_after(const char *s, size_t n, size_t pe, size_t ns, size_t lim, size_t *ne)
{
    if (!one_paragraph(s, pe, ns) || kd_bullet_at(s, n, kd_line_start(s, ns)))
        return false;
    static const char *const back[] = {"die", "deze", "dat", "dit", "hierover", "daarover"};
    bool pointing = false;
    for (size_t k = 0; k < sizeof back / sizeof back[0] && !pointing; k++)
        pointing = word_at(s, n, ns, back[k]) != 0;
    if (!pointing)
        return false;
    size_t e = kd_sent_end(s, n, ns);
    if (e > lim)
        e = lim;
    static const char *const past[] = {"heb", "hebben", "heeft", "had", "was", "waren", "werd", "werden", "kwam",
                                       "kwamen", "is", "zijn"};
    if (kd_word_in(s, ns, e, past, sizeof past / sizeof past[0]) != (size_t)-1)
        return false;
    *ne = e;
    return true;
}

/* Does s[a, b) say, after a semicolon, that this text does what was
 * promised: "; dat gebeurt in deze geannoteerde agenda", "; dat doe ik
 * met deze brief", "; dat gebeurt hierbij"? */
static bool done_here(const char *s, size_t a, size_t b)
{
    const char *semi = memchr(s + a, ';', b - a);
    if (!semi)
        return false;
    size_t x = ki_skip_blank(s, b, (size_t)(semi + 1 - s)), e;
    if (!(e = word_at(s, b, x, "dat")) && !(e = word_at(s, b, x, "dit")))
        return false;
    x = ki_skip_blank(s, b, e);
    if ((e = word_at(s, b, x, "gebeurt")) || (e = word_at(s, b, x, "geschiedt")))
        x = ki_skip_blank(s, b, e);
    else if ((e = word_at(s, b, x, "doe")) && (e = word_at(s, b, ki_skip_blank(s, b, e), "ik")))
        x = ki_skip_blank(s, b, e);
    else
        return false;
    if (word_at(s, b, x, "hierbij") || word_at(s, b, x, "hiermee"))
        return true;
    if (!(e = word_at(s, b, x, "in")) && !(e = word_at(s, b, x, "met")) && !(e = word_at(s, b, x, "bij")))
        return false;
    x = ki_skip_blank(s, b, e);
    return word_at(s, b, x, "deze") || word_at(s, b, x, "dit") || word_at(s, b, x, "bijgaande");
}

/* Does s[a, b) hold "geïnformeerd" ("geinformeerd"), also broken over a
 * line ("geïn-\nformeerd")? */
static bool informed_in(const char *s, size_t a, size_t b)
{
    for (size_t f = a; (f = kd_find_ci(s, b, f, "formeerd")) != (size_t)-1; f++) {
        size_t g = f;
        while (g > a && f - g < 4 && (s[g - 1] == '-' || ki_is_blank((unsigned char)s[g - 1])))
            g--;
        if ((g >= a + 5 && starts_ci(s, f, g - 5, "ge\xc3\xafn")) || (g >= a + 4 && starts_ci(s, f, g - 4, "gein")))
            return true;
    }
    return false;
}

/* Does the sentence s[a, b) point back at what was promised and say it
 * took place: "Dat gesprek vond plaats op 20 november jl.", "Die brief is
 * op 3 maart verstuurd", "Deze bijeenkomst heeft in mei plaatsgevonden",
 * "Daarover bent u op 4 november jl. geïnformeerd" (not with "niet" or
 * "nog")? */
static bool happened(const char *s, size_t a, size_t b)
{
    size_t x = a;
    while (x < b && !ki_is_letter((unsigned char)s[x]))
        x++;
    /* "Daarover bent u op 4 november jl. geïnformeerd" */
    bool about = word_at(s, b, x, "daarover") || word_at(s, b, x, "hierover");
    if (!about && !word_at(s, b, x, "dat") && !word_at(s, b, x, "die") && !word_at(s, b, x, "deze") &&
        !word_at(s, b, x, "dit"))
        return false;
    static const char *const no[] = {"niet", "nog", "geen", "zal", "zullen", "wordt", "worden"};
    if (about)
        return kd_word_in(s, a, b, no, sizeof no / sizeof no[0]) == (size_t)-1 &&
               informed_in(s, x, b);
    if (kd_word_in(s, a, b, no, sizeof no / sizeof no[0]) != (size_t)-1)
        return false;
    static const char *const done[] = {"plaatsgevonden", "gehouden", "verschenen", "verstuurd", "gepubliceerd",
                                       "toegestuurd", "gestuurd", "aangeboden", "opgeleverd"};
    if (kd_word_in(s, a, b, done, sizeof done / sizeof done[0]) != (size_t)-1)
        return true;
    size_t v = kd_find_ci(s, b, a, " vond ");
    return v != (size_t)-1 && kd_find_ci(s, b, v, " plaats") != (size_t)-1;
}

/* Does the sentence that ends at e ask: "?", or '?"' at the end of a
 * quoted question? */
static bool asks_at(const char *s, size_t e)
{
    while (e > 0 && (s[e - 1] == '"' || s[e - 1] == '\'' || ki_is_blank((unsigned char)s[e - 1])))
        e--;
    if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
        ((unsigned char)s[e - 1] == 0x9D || (unsigned char)s[e - 1] == 0x99))
        e -= 3; /* a closing curly quote */
    return e > 0 && s[e - 1] == '?';
}

/* Is the line at ls a speaker's label of a bewindspersoon ("Minister X:",
 * "Staatssecretaris Van Lier:")?  Where the turn's first sentence starts
 * in *an. */
static bool answer_turn(const char *s, size_t n, size_t ls, size_t *an)
{
    ls = kd_line_start(s, ls);
    size_t le = kd_line_end(s, n, ls), t = le;
    while (t > ls && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    /* written questions: "Vraag 4 ... ?" / "Antwoord 4", and a bare
     * "Antwoord:" under a member's quoted question */
    if (t > ls && s[ls] == 'A' && word_at(s, t, ls, "Antwoord") &&
        (kd_heading_at(s, n, ls) || (t == ls + 9 && s[ls + 8] == ':'))) {
        *an = ki_skip_blank(s, n, le);
        return *an < n;
    }
    if (t == ls || s[t - 1] != ':' || t - ls > 80 ||
        !(starts_ci(s, t, ls, "minister") || starts_ci(s, t, ls, "staatssecretaris")))
        return false;
    *an = ki_skip_blank(s, n, le);
    return *an < n;
}

/* An answer that takes a motion first, as its question did ("Vraag 4 /
 * Hoe staat het met de motie-X en met de toezegging van de
 * staatssecretaris ...? / Antwoord 4 / De motie-X is uitgevoerd ... De
 * toezegging van de staatssecretaris is vertraagd ..."): the start of the
 * sentence in the answer's paragraph from a that names a commitment again,
 * when it is no other kept record than cv[self]; else (size_t)-1. */
static size_t named_in_answer(const char *s, size_t n, size_t a, const cominfo *cv, size_t nc, size_t self)
{
    size_t x = a;
    for (int k = 0; k < 6 && x < n; k++) {
        size_t e = kd_sent_end(s, n, x);
        if (!one_paragraph(s, a, x))
            break;
        if (kd_find_ci(s, e, x, "toezeg") != (size_t)-1) { /* (also "toezeg-\nging") */
            for (size_t j = 0; j < nc; j++)
                if (j != self && cv[j].keep && cv[j].start >= x && cv[j].start < e)
                    return (size_t)-1;
            return x;
        }
        x = ki_skip_blank(s, n, e);
    }
    return (size_t)-1;
}

/* Is the sentence s[a, b) a bare yes or no that opens an answer: "Ja.",
 * "Nee.", "Dat klopt.", "Klopt.", "Dat is juist.", "Dat is correct.",
 * "Inderdaad."? */
static bool bare_yes_no(const char *s, size_t a, size_t b)
{
    static const char *const said[] = {"ja", "nee", "klopt", "dat klopt", "dat is juist", "dat is correct",
                                       "inderdaad", "dat is niet juist", "dat klopt niet", NULL};
    size_t e = b;
    while (e > a && (s[e - 1] == '.' || s[e - 1] == '!' || ki_is_blank((unsigned char)s[e - 1])))
        e--;
    for (size_t k = 0; said[k]; k++)
        if (e - a == strlen(said[k]) && starts_ci(s, e, a, said[k]))
            return true;
    return false;
}

/* Does s[a, b) say work is under way, in words the cue patterns leave to
 * context: "wordt nu uitgewerkt", "is gestart", "loopt", "start in 2029"
 * (not with "niet" or "geen")? */
static bool under_way(const char *s, size_t a, size_t b)
{
    static const char *const busy[] = {"gestart", "loopt", "lopen", "uitgewerkt", "voorbereid", "voorbereiding",
                                       "uitvoering", "start", "starten", "begint"};
    static const char *const no[] = {"niet", "geen"};
    return kd_word_in(s, a, b, busy, sizeof busy / sizeof busy[0]) != (size_t)-1 &&
           kd_word_in(s, a, b, no, 2) == (size_t)-1;
}

/* Does the opening of the sentence s[a, b) (its first eight words) name
 * what subject promised, by a word that shares its first five letters with
 * one of six letters or more there ("De opzet van de evaluatie" after "de
 * wet ... te laten evalueren")?  The Kamer, informing it and progress
 * itself ("voortgang") do not count. */
static bool names_again(const char *s, size_t a, size_t b, const char *subject)
{
    static const char *const common[] = {"kamer", "infor", "toeze", "minis", "staat", "brief", "voort", NULL};
    size_t x = a;
    for (int k = 0; k < 8 && x < b; k++) {
        while (x < b && !ki_is_letter((unsigned char)s[x]))
            x++;
        size_t e = kd_word_end(s, b, x);
        if (e - x >= 6) {
            bool skip = false;
            for (const char *const *c = common; *c && !skip; c++)
                skip = starts_ci(s, e, x, *c);
            for (const char *p = subject; *p && !skip;) {
                size_t len;
                const char *w = kd_next_word(&p, &len);
                if (len >= 6 && strncasecmp(w, s + x, 5) == 0)
                    return true;
            }
        }
        x = e;
    }
    return false;
}

/* Does s[a, b) say a promise is still open: "blijft toezegging T03688
 * openstaan", "staat nog open", "blijft open"? */
static bool still_open(const char *s, size_t a, size_t b)
{
    static const char *const open[] = {"openstaan", "openstaat"};
    if (kd_word_in(s, a, b, open, 2) != (size_t)-1 || kd_find_ci(s, b, a, "staat nog open") != (size_t)-1)
        return true;
    size_t k = kd_find_ci(s, b, a, "blijft");
    return k != (size_t)-1 && kd_find_ci(s, b, k, " open") != (size_t)-1;
}

/* Does s[a, b) say a promise is kept: "is de toezegging nagekomen", "zijn
 * beide toezeggingen nagekomen", "heeft die toezegging nagekomen", "Die
 * toezegging is uitgevoerd" (not "nog niet nagekomen")? */
static bool kept_in(const char *s, size_t a, size_t b)
{
    size_t k = kd_find_ci(s, b, a, "nagekomen");
    /* "Die toezegging is uitgevoerd.", "... is daarmee ingelost", "Met dit
     * antwoord is die toezegging afgedaan": of the promise itself, named in
     * the sentence */
    static const char *const done[] = {"uitgevoerd", "ingelost", "afgedaan", "voldaan", "gestand"};
    if (k == (size_t)-1 && kd_find_ci(s, b, a, "toezegging") != (size_t)-1)
        k = kd_word_in(s, a, b, done, sizeof done / sizeof done[0]);
    if (k == (size_t)-1)
        return false;
    static const char *const no[] = {"niet", "nog", "geen"};
    if (kd_word_in(s, k > a + 20 ? k - 20 : a, k, no, 3) != (size_t)-1)
        return false;
    /* (and active: "Hij heeft die toezegging nagekomen met zijn brief") */
    static const char *const aux[] = {"is", "zijn", "werd", "werden", "heeft", "hebben", "heb"};
    return kd_word_in(s, k > a + 40 ? k - 40 : a, k, aux, 7) != (size_t)-1;
}

/* Does s[e, q) end in the particle "in" of "ga ... in" ("Op die
 * toezegging ga ik hieronder in")? */
static bool particle_in(const char *s, size_t e, size_t q)
{
    while (q > e && (s[q - 1] == '.' || ki_is_blank((unsigned char)s[q - 1])))
        q--;
    return q >= e + 3 && word_at(s, q, q - 2, "in") && kd_find_ci(s, q, e, " ga") != (size_t)-1;
}

/* Does the sentence at ns (the next of the paragraph after pe) say that
 * this text takes up what the sentence before named: "Op die toezegging ga
 * ik hieronder in.", "Daarop ga ik in paragraaf 3 in.", "Hierop wordt in de
 * bijlage ingegaan."? */
static bool taken_up_next(const char *s, size_t n, size_t pe, size_t ns)
{
    if (!one_paragraph(s, pe, ns))
        return false;
    size_t k = ns, e;
    if ((e = word_at(s, n, k, "op"))) {
        k = ki_skip_blank(s, n, e);
        if (!(e = word_at(s, n, k, "die")) && !(e = word_at(s, n, k, "deze")) && !(e = word_at(s, n, k, "dat")) &&
            !(e = word_at(s, n, k, "dit")))
            return false;
        /* what it points at: "Op die toezegging", "Op die verkenning"
         * (not "Op dit moment") */
        static const char *const when[] = {"moment", "ogenblik", "tijdstip", NULL};
        k = ki_skip_blank(s, n, e);
        if ((e = kd_word_end(s, n, k)) == k || kd_word_in_list(s, k, e, when))
            return false;
    } else if (!(e = word_at(s, n, k, "daarop")) && !(e = word_at(s, n, k, "hierop"))) {
        return false;
    }
    size_t se = kd_sent_end(s, n, ns);
    static const char *const no[] = {"niet", "geen"};
    if (se > e + 200 || kd_word_in(s, e, se, no, 2) != (size_t)-1)
        return false;
    if (kd_find_ci(s, se, e, "ingegaan") != (size_t)-1)
        return true;
    /* the separable particle closing the sentence or its main clause: "...
     * ga ik hieronder in.", "... ga ik hieronder in, omdat ..." */
    const char *comma = memchr(s + e, ',', se - e);
    return particle_in(s, e, se) || (comma && particle_in(s, e, (size_t)(comma - s)));
}

static bool same_deadline(const char *a, const char *b)
{
    if (!a || !b)
        return true;
    while (*a && *b) {
        if (ki_is_blank((unsigned char)*a)) {
            a++;
            continue;
        }
        if (ki_is_blank((unsigned char)*b)) {
            b++;
            continue;
        }
        if (ki_lower((unsigned char)*a) != ki_lower((unsigned char)*b))
            return false;
        a++;
        b++;
    }
    return !*a && !*b;
}

/* Is the line at ls a table row: "| 10 | TZ202410-101: ... |", or cells
 * without the outer bars "De Kamer informeren | Commissiedebat X | Loopt"? */
static bool pipe_row(const char *s, size_t n, size_t ls)
{
    size_t le = kd_line_end(s, n, ls), i = ls;
    while (i < le && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < le && s[i] == '|')
        return true;
    const char *p = memchr(s + i, '|', le - i);
    return p && memchr(p + 1, '|', le - (size_t)(p + 1 - s)) != NULL;
}

/* Is the record at pos in a table row? */
static bool in_row(const char *s, size_t n, size_t pos)
{
    return pipe_row(s, n, kd_line_start(s, pos < n ? pos : n));
}

static const char *venue_norm(char *out, size_t cap, const char *v);

/* A table row about a commitment the body of the letter already discussed
 * (same day, same bewindspersoon, no other deadline, the same kind of
 * meeting) is that commitment: the body record takes the row's number,
 * deadline and, when the body only mentions it, the row's status.  Each
 * body record takes one row. */
static void merge_rows(const char *s, size_t n, ki_refs *r)
{
    /* per record: 1 took a row, 2 merged into another; 4 is a row */
    unsigned char *st = calloc(r->ncommitments + 1, 1);
    if (!st)
        return; /* merging is a refinement: go without */
    for (size_t t = 0; t < r->ncommitments; t++)
        if (in_row(s, n, r->commitments[t].span.start))
            st[t] = 4;
    /* past 48 records, the records by date (a record's date is not
     * changed below): a row is compared only with those of its own */
    ki_strindex bydate = KI_STRINDEX_INIT;
    bool indexed = r->ncommitments > 48;
    for (size_t b = 0; indexed && b < r->ncommitments; b++)
        if (r->commitments[b].date && ki_strindex_add(&bydate, r->commitments[b].date, b))
            indexed = false; /* out of memory: the walk over all */
    for (size_t t = 0; t < r->ncommitments && t < 2000; t++) {
        ki_commitment *row = &r->commitments[t];
        if (!(st[t] & 4))
            continue;
        long hb = -1;
        /* the same registry number ("TZ202410-113") in the body */
        for (size_t b = 0; b < r->ncommitments && hb < 0 && t < 1000; b++) {
            const ki_commitment *c = &r->commitments[b];
            if (b == t || st[b])
                continue;
            for (size_t x = 0; x < row->nrefs && hb < 0; x++)
                for (size_t y = 0; y < c->nrefs && hb < 0; y++)
                    if (row->refs[x][0] == 'T' && strcmp(row->refs[x], c->refs[y]) == 0)
                        hb = (long)b;
        }
        /* the records of the row's date: by the index in a long document */
        ki_idxlist same = {NULL, 0};
        if (indexed && row->date)
            same = ki_strindex_get(&bydate, row->date);
        for (size_t q = 0, b; q < (indexed ? same.n : r->ncommitments) && hb < 0 && row->date; q++) {
            b = indexed ? same.v[q] : q;
            const ki_commitment *c = &r->commitments[b];
            if (b == t || st[b] || !c->date || c->relation == KI_REL_MADE || strcmp(row->date, c->date) != 0 ||
                !same_deadline(row->deadline, c->deadline))
                continue;
            /* (a body record that names no one: the row's venue must be its) */
            bool ok = c->nactors > 0 ? row->nactors <= c->nactors : row->venue && c->venue;
            for (size_t a = 0; ok && c->nactors && a < row->nactors; a++) {
                bool in = false;
                for (size_t x = 0; x < c->nactors; x++)
                    in = in || strcmp(row->actors[a], c->actors[x]) == 0;
                ok = in;
            }
            if (ok && row->venue && c->venue) {
                char rv[160], bv[160]; /* "CD Stikstof" in the row, "commissiedebat" in the body */
                ok = strncasecmp(venue_norm(rv, sizeof rv, row->venue), venue_norm(bv, sizeof bv, c->venue), 7) == 0;
            }
            if (ok)
                hb = (long)b;
        }
        /* a body record that names the row's meeting in full but not its
         * day ("De staatssecretaris heeft in het tweeminutendebat Pensioenen
         * toegezegd ..." over the row "Toezegging tweeminutendebat Pensioenen
         * d.d. 22-05-2025 ..."): the one such record, of the row's maker */
        for (size_t b = 0; b < r->ncommitments && hb < 0 && row->date && row->venue && t < 1000; b++) {
            const ki_commitment *c = &r->commitments[b];
            if (b == t || st[b] || c->date || !c->venue || c->relation == KI_REL_MADE ||
                strcasecmp(c->venue, row->venue) != 0 || c->nactors != row->nactors)
                continue;
            bool ok = true;
            for (size_t a = 0; ok && a < row->nactors; a++)
                ok = strcmp(row->actors[a], c->actors[a]) == 0;
            for (size_t q = 0; ok && q < r->ncommitments; q++) /* (one row of that meeting) */
                ok = q == t || !(st[q] & 4) || !r->commitments[q].venue ||
                     strcasecmp(r->commitments[q].venue, row->venue) != 0;
            if (ok)
                hb = (long)b;
        }
        if (hb < 0)
            continue;
        ki_commitment *c = &r->commitments[hb];
        st[hb] = 1;
        st[t] = 2 | 4;
        if (!c->date) { /* (and the row's term, not a time the body gave on the way) */
            c->date = row->date;
            if (row->deadline)
                c->deadline = row->deadline;
        }
        if (!c->nactors && row->nactors) {
            c->actors = row->actors;
            c->nactors = row->nactors;
        }
        if (!c->deadline)
            c->deadline = row->deadline;
        /* "commissiedebat" in the body, its full name in the row */
        if (row->venue && (!c->venue || (strlen(row->venue) > strlen(c->venue) &&
                                         strncasecmp(row->venue, c->venue, strlen(c->venue)) == 0)))
            c->venue = row->venue;
        if (!c->nrefs && row->nrefs) {
            c->refs = row->refs;
            c->nrefs = row->nrefs;
        }
        if ((c->relation == KI_REL_CITED || c->relation == KI_REL_ADDRESSED) &&
            (row->relation == KI_REL_SETTLED || row->relation == KI_REL_PROGRESS)) {
            c->relation = row->relation;
            c->evidence = row->evidence;
        }
    }
    ki_strindex_free(&bydate);
    size_t o = 0;
    for (size_t t = 0; t < r->ncommitments; t++)
        if (!(st[t] & 2))
            r->commitments[o++] = r->commitments[t];
    r->ncommitments = o;
    free(st);
}

/* The next word of a subject at *p (letters, and the bytes of letters
 * outside ASCII), its length in *len; *p moves past it. */
static const char *subject_word(const char **p, size_t *len)
{
    const char *x = *p;
    while (*x && !ki_is_letter((unsigned char)*x) && (unsigned char)*x < 0x80)
        x++;
    const char *y = x;
    while (*y && (ki_is_letter((unsigned char)*y) || (unsigned char)*y >= 0x80))
        y++;
    *p = y;
    *len = (size_t)(y - x);
    return x;
}

/* Words of 6 letters or more that two subjects share, and the fewest
 * such words either has. */
void kd_shared_words(const char *a, const char *b, int *shared, int *fewest)
{
    int na = 0, nb = 0, sh = 0;
    size_t l;
    /* the words of b that each word of a is compared with (those that
     * start within its first 600 bytes, in order), read once: a word is a
     * byte or more between others, so there are at most 301 */
    struct { const char *p; size_t l; } bw[320];
    size_t nbw = 0;
    for (const char *x = b; x && *x && x - b < 600 && nbw < sizeof bw / sizeof bw[0];) {
        bw[nbw].p = subject_word(&x, &l);
        bw[nbw++].l = l;
    }
    for (const char *p = a; p && *p;) {
        const char *w = subject_word(&p, &l);
        if (l >= 6 && na < 24) {
            na++;
            bool in = false;
            for (size_t x = 0; x < nbw && !in; x++)
                in = bw[x].l == l && strncasecmp(bw[x].p, w, l) == 0;
            sh += in;
        }
    }
    for (const char *p = b; p && *p;) {
        (void)subject_word(&p, &l);
        nb += l >= 6;
    }
    *shared = sh;
    *fewest = na < nb ? na : nb;
}

/* Words of 6 letters or more in s (NULL: none). */
static int long_words(const char *s)
{
    int k = 0;
    size_t l;
    for (const char *p = s; p && *p;) {
        (void)subject_word(&p, &l);
        k += l >= 6;
    }
    return k;
}

/* The venue v in out with its abbreviation written out ("CD Visserij" ->
 * "commissiedebat Visserij", "WGO", "AO", "NO"), so that two mentions of
 * one meeting compare equal; returns out. */
static const char *venue_norm(char *out, size_t cap, const char *v)
{
    static const char *const ab[][2] = {{"CD ", "commissiedebat "}, {"WGO ", "wetgevingsoverleg "},
                                        {"AO ", "algemeen overleg "}, {"NO ", "notaoverleg "}};
    for (size_t k = 0; k < sizeof ab / sizeof ab[0]; k++)
        if (!strncmp(v, ab[k][0], strlen(ab[k][0]))) {
            snprintf(out, cap, "%s%s", ab[k][1], v + strlen(ab[k][0]));
            return out;
        }
    snprintf(out, cap, "%s", v);
    return out;
}

/* One commitment mentioned twice (a list item and the paragraph about it,
 * "de toezegging uit het commissiedebat van 12 maart jl." after the
 * Aanleiding named it) is one record: same day, the same kind of meeting,
 * and either no one named the second time while only one commitment of
 * that day was named before, or the same bewindspersonen promising the
 * same thing.  The more specific relation of the two is kept. */
/* Two commitments that both carry a commitment number (T01220,
 * TZ202505-077; other refs are Kamerstukken and Handelingen) are one only
 * when they share one. */
static bool refs_agree(const ki_commitment *p, const ki_commitment *m)
{
    bool pn = false, mn = false;
    for (size_t x = 0; x < p->nrefs; x++)
        pn = pn || p->refs[x][0] == 'T';
    for (size_t y = 0; y < m->nrefs; y++)
        mn = mn || m->refs[y][0] == 'T';
    if (!pn || !mn)
        return true;
    for (size_t x = 0; x < p->nrefs; x++)
        for (size_t y = 0; y < m->nrefs; y++)
            if (p->refs[x][0] == 'T' && strcmp(p->refs[x], m->refs[y]) == 0)
                return true;
    return false;
}

/* Do p and m carry the same commitment number (T03815, TZ202505-077)? */
static bool same_number(const ki_commitment *p, const ki_commitment *m)
{
    for (size_t x = 0; x < p->nrefs; x++)
        for (size_t y = 0; y < m->nrefs; y++)
            if (p->refs[x][0] == 'T' && strcmp(p->refs[x], m->refs[y]) == 0)
                return true;
    return false;
}

/* In questions printed with their answers (a lijst van vragen en
 * antwoorden, answers to Kamervragen) a question that names a commitment
 * ("Wat is de stand van zaken van de toezegging om ...?", "Welke
 * toezeggingen uit het commissiedebat X van 5 maart staan nog open?") is no
 * record of its own: the first commitment of its answer (before the next
 * question) is the one it asks about, and takes the meeting and day the
 * question names when it has none.  A new promise in the answer ("Uw Kamer
 * wordt uiterlijk januari geinformeerd") is another: the question stays. */
static void merge_questions(const char *s, size_t n, ki_refs *r)
{
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *q = &r->commitments[i];
        size_t qe = kd_sent_end(s, n, q->span.start);
        ki_commitment *a = i + 1 < r->ncommitments ? &r->commitments[i + 1] : NULL;
        if (!a || q->relation == KI_REL_MADE || a->relation == KI_REL_MADE || qe == 0 || s[qe - 1] != '?' ||
            a->span.start < qe || a->span.start - qe > 1500 || memchr(s + qe, '?', a->span.start - qe) ||
            s[kd_sent_end(s, n, a->span.start) - 1] == '?' || (q->nrefs && a->nrefs && !same_number(q, a))) {
            r->commitments[o++] = *q;
            continue;
        }
        if (!a->date && !a->date_raw) {
            a->date = q->date;
            a->date_raw = q->date_raw;
        }
        if (!a->venue)
            a->venue = q->venue;
    }
    r->ncommitments = o;
}

/* A promise the paragraph goes on about, in the next sentence or the one
 * after: "De toezegging uit het wetgevingsoverleg X ... is in uitvoering.
 * De minister heeft daarbij toegezegd de evaluatie voor de zomer te
 * sturen" (the same promise, its term), "De minister heeft toegezegd X.
 * Deze analyse is niet afgerond. De minister zal de Kamer voor 1 oktober
 * informeren over de uitkomsten." (its next step): one record, the
 * earlier, with the term, in progress. */
/* Does the writer's sentence at cs (its promise at ts) tell the outcome of
 * what was just said: "Ik zal uw Kamer ... over de uitkomsten informeren"
 * ("ik"/"wij" up to ts, an outcome word not followed by "van")? */
static bool outcome_told(const char *s, size_t n, size_t cs, size_t ts)
{
    static const char *const me[] = {"ik", "wij", "we"};
    static const char *const outcome[] = {"uitkomst", "uitkomsten", "resultaten", "bevindingen", "daarover",
                                          "hierover"};
    if (kd_word_in(s, cs, ts + 1, me, sizeof me / sizeof me[0]) == (size_t)-1)
        return false;
    size_t ce = kd_sent_end(s, n, ts);
    size_t ow = kd_word_in(s, cs, ce, outcome, sizeof outcome / sizeof outcome[0]);
    return ow != (size_t)-1 && !word_at(s, ce, ki_skip_blank(s, ce, kd_word_end(s, ce, ow)), "van");
}

static void merge_next_steps(const char *s, size_t n, ki_refs *r)
{
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        ki_commitment *p = o > 0 ? &r->commitments[o - 1] : NULL;
        size_t cs = kd_sent_start(s, n, c->span.start);
        bool merge = false;
        if (p && p->relation != KI_REL_MADE && p->span.end <= cs && cs - p->span.end < 600 &&
            one_paragraph(s, p->span.end, cs) && !c->nrefs && (!c->nactors || !p->nactors ||
                                                               strcmp(c->actors[0], p->actors[0]) == 0)) {
            size_t ps, pe = kd_sent_end(s, n, p->span.start);
            int between = 0; /* sentences between the two */
            for (ps = ki_skip_blank(s, n, pe); ps < cs && between < 3; ps = ki_skip_blank(s, n, kd_sent_end(s, n, ps)))
                between++;
            static const char *const there[] = {"daarbij"};
            size_t w = subject_start(s, cs, c->span.start);
            bool daarbij = kd_word_in(s, cs, c->span.start, there, 1) != (size_t)-1;
            /* the same promise, told on: "De minister heeft daarbij toegezegd" */
            if (c->relation != KI_REL_MADE && between == 0 && daarbij &&
                ((!c->venue && !p->venue) || (c->venue && p->venue && strcmp(c->venue, p->venue) == 0)))
                merge = true;
            /* its next step: a pointing sentence between ("Deze analyse is
             * niet afgerond."), then "De minister zal de Kamer voor X informeren" */
            /* (or the writer's "Ik zal uw Kamer voor de zomer over de
             * uitkomsten informeren": the outcome of what was just said; not
             * of something new, "over de uitkomsten van de marktconsultatie") */
            if (c->relation == KI_REL_MADE && c->deadline && !c->venue && between == 1 &&
                (bare_maker(s, w, c->span.start) || outcome_told(s, n, cs, c->span.start))) {
                size_t m = ki_skip_blank(s, n, pe);
                merge = word_at(s, n, m, "deze") || word_at(s, n, m, "die") || word_at(s, n, m, "dit") ||
                        word_at(s, n, m, "dat");
            }
        }
        if (!merge) {
            r->commitments[o++] = *c;
            continue;
        }
        if (!p->deadline)
            p->deadline = c->deadline;
        if (!p->nactors) {
            p->actors = c->actors;
            p->nactors = c->nactors;
        }
        if (p->relation == KI_REL_CITED)
            p->relation = KI_REL_PROGRESS;
    }
    r->ncommitments = o;
}

/* Does the line of pos open with pos (after a number "1.", "a)" or a
 * bullet) and end without a stop: a heading ("1. Toezegging uit het
 * commissiedebat X van 4 juli 2024"), however long? */
static bool heading_line(const char *s, size_t n, size_t pos)
{
    size_t ls = kd_line_start(s, pos), le = kd_line_end(s, n, pos), i = ki_skip_blank(s, pos, ls);
    while (i < pos && (ki_is_digit((unsigned char)s[i]) || (s[i] >= 'a' && s[i] <= 'z' && i + 1 < pos &&
                                                          (s[i + 1] == '.' || s[i + 1] == ')'))))
        i++;
    if (i < pos && (s[i] == '.' || s[i] == ')' || s[i] == '-'))
        i++;
    if (ki_skip_blank(s, pos, i) != pos && !kd_bullet_at(s, n, ls))
        return false;
    while (le > pos && ki_is_blank((unsigned char)s[le - 1]))
        le--;
    /* ("... over de tbs-maatregel d.d.\n16-09-2024": an abbreviation's stop) */
    bool abbr = le >= pos + 5 && (starts_ci(s, le, le - 5, " d.d.") || starts_ci(s, le, le - 4, " jl.") ||
                                  starts_ci(s, le, le - 4, " nr."));
    return le > pos && (abbr || (s[le - 1] != '.' && s[le - 1] != ';' && s[le - 1] != ':'));
}

/* What a later mention m of the record p adds to it (merge_mentions()): a
 * relation that says more (settled or progress over cited or addressed,
 * with its evidence), and the date, makers, meeting (the longer name) and
 * subject p lacks. */
static void take_mention(ki_commitment *p, const ki_commitment *m)
{
    if ((p->relation == KI_REL_CITED || p->relation == KI_REL_ADDRESSED) &&
        (m->relation == KI_REL_SETTLED || m->relation == KI_REL_PROGRESS)) {
        p->relation = m->relation;
        p->evidence = m->evidence;
    }
    if (!p->date && !p->date_raw) {
        p->date = m->date;
        p->date_raw = m->date_raw;
    }
    if (!p->nactors && m->nactors) {
        p->actors = m->actors;
        p->nactors = m->nactors;
    }
    if (!p->venue || (m->venue && strlen(m->venue) > strlen(p->venue)))
        p->venue = m->venue ? m->venue : p->venue;
    if (!p->subject)
        p->subject = m->subject;
}

/* A letter's title on an agenda ("Agendapunt 1. Brief regering -
 * Afdoening toezegging over kleine stations", "... - Reactie op
 * toezegging TZ202602-017") names the promise the item's text then tells
 * ("De minister zegde in het commissiedebat X van D toe ..."): the title's
 * record goes, its commitment number to the told one when that has no
 * reference.  The title:
 * the record's line holds " - " before it and ends with no stop; the told
 * one follows within 600 bytes, no empty line between, with a maker. */
static void title_mentions(const char *s, size_t n, ki_refs *r)
{
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *p = &r->commitments[i];
        size_t ls = kd_line_start(s, p->span.start), le = kd_line_end(s, n, p->span.start), t = le;
        while (t > ls && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        bool title = p->relation != KI_REL_MADE && !p->nactors && t > ls && t - ls < 200 && s[t - 1] != '.' &&
                     p->span.start > ls + 3 && memmem(s + ls, p->span.start - ls, " - ", 3);
        ki_commitment *m = i + 1 < r->ncommitments ? &r->commitments[i + 1] : NULL;
        if (!title || !m || !m->nactors || m->relation == KI_REL_MADE || m->span.start <= p->span.start ||
            m->span.start - p->span.start > 600 || kd_blank_between(s, n, p->span.start, m->span.start)) {
            r->commitments[o++] = *p;
            continue;
        }
        /* (its commitment number only: the letter's Kamerstuk and zaak
         * number are the letter's) */
        for (size_t k = 0; k < p->nrefs && !m->nrefs; k++)
            if (p->refs[k][0] == 'T') {
                m->refs = p->refs + k;
                m->nrefs = 1;
            }
    }
    r->ncommitments = o;
}

/* Is c a commitment's heading made a record ("Toezegging uit het
 * commissiedebat X van D"): does its text open with "Toezegging"? */
static bool heading_record(const ki_commitment *c)
{
    static const char w[] = "Toezegging";
    return c->text && strncmp(c->text, w, sizeof w - 1) == 0;
}

static void merge_mentions(const char *s, size_t n, ki_refs *r)
{
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *m = &r->commitments[i];
        long hb = -1;
        int cands = 0;
        /* a mention that says no more than which meeting ("de toezegging
         * uit het commissiedebat van 12 maart jl.", "die toezegging") */
        int sh = 0, few = 0;
        bool answer = false; /* m answers the question p */
        bool said_later = false; /* m says what the bare mention p was */
        /* ("Ik heb toegezegd daarover in gesprek te gaan" says a promise
         * of its own, however short) */
        bool bare = long_words(m->subject) < 3 && !(m->text && strncmp(m->text, "toegezegd ", 10) == 0);
        /* "De toezegging uit het commissiedebat X kom ik met deze
         * beantwoording na: uit het onderzoek blijkt ...": the noun names
         * the meeting, ik keeps it; what follows the colon is the news,
         * not the promise */
        if (!bare && !m->nactors && m->text && strncmp(m->text, "toezegging ", 11) == 0) {
            const char *colon = strchr(m->text, ':');
            const char *ik = strstr(m->text, " ik ");
            if (!ik)
                ik = strstr(m->text, " wij ");
            bare = colon && ik && ik < colon;
        }
        bool row = in_row(s, n, m->span.start); /* rows: merge_rows */
        /* "Knops deed die toezegging tijdens ...": a pointer to the one
         * named before, whatever its clause goes on to say */
        {
            size_t pe0, p0 = ki_word_before(s, 0, m->span.start, &pe0);
            if ((word_at(s, pe0, p0, "deze") || word_at(s, pe0, p0, "die")) && pe0 + 1 == m->span.start &&
                m->evidence && (strstr(m->evidence, " deed ") || strstr(m->evidence, " deden ")))
                bare = true;
        }
        /* "Reactie: mijn ambtsvoorganger heeft deze toezegging gedaan tijdens
         * de plenaire behandeling op 18 juni 2024": the one just named, and
         * when and where it was made */
        size_t dwe, dw = ki_word_before(s, 0, m->span.start, &dwe);
        /* ("deze toezegging gedaan" reports the past: made then, not here) */
        bool past = m->relation == KI_REL_MADE && m->evidence &&
                    (strstr(m->evidence, "gedaan") || strstr(m->evidence, " deed ") || strstr(m->evidence, " deden "));
        if (!row && bare && o > 0 && (m->relation != KI_REL_MADE || past) && (m->date || m->venue) &&
            (word_at(s, dwe, dw, "deze") || word_at(s, dwe, dw, "die")) && dwe + 1 == m->span.start) {
            ki_commitment *p = &r->commitments[o - 1];
            /* ("Knops deed die toezegging tijdens een mondeling overleg":
             * where, of one already dated) */
            if (p->span.end <= m->span.start && p->span.end + 800 > m->span.start && p->date && !p->venue &&
                !m->date && !m->date_raw && m->venue && (!m->nactors || !p->nactors || !strcmp(m->actors[0], p->actors[0]))) {
                p->venue = m->venue;
                continue;
            }
            if (p->span.end <= m->span.start && p->span.end + 800 > m->span.start && !p->date && !p->date_raw &&
                (!m->nactors || !p->nactors || !strcmp(m->actors[0], p->actors[0]))) {
                p->date = m->date;
                p->date_raw = m->date_raw;
                if (!p->venue)
                    p->venue = m->venue;
                /* ("Deze toezegging heeft de staatssecretaris van X op 8
                 * december gedaan": and who) */
                if (!p->nactors && m->nactors) {
                    p->actors = m->actors;
                    p->nactors = m->nactors;
                }
                if ((m->relation == KI_REL_SETTLED || m->relation == KI_REL_PROGRESS ||
                     p->relation == KI_REL_MADE) && !past) {
                    p->relation = m->relation;
                    p->evidence = m->evidence;
                }
                continue;
            }
        }
        /* a pointer to an earlier one ("Die toezegging heb ik op 3 maart
         * gedaan") with nothing to point at is no record */
        if (!row && bare && (word_at(s, dwe, dw, "deze") || word_at(s, dwe, dw, "die")) && dwe + 1 == m->span.start &&
            !m->nactors && (past || (m->evidence && (strstr(m->evidence, "gedaan") || strstr(m->evidence, " deed ")))))
            continue;
        /* a commitment's heading ("1. Toezegging uit het commissiedebat X
         * van D") over the promise's own words ("In het commissiedebat heb
         * ik toegezegd ...", "De minister zal de Kamer ... informeren", "De
         * staatssecretaris zegt toe ..."): one record, the heading's, which
         * they say who made and by when (what was made there and then is
         * no news of it) */
        bool headed = false;
        for (size_t j = o; j > 0 && j + 4 > o && !row && !headed && m->nactors && m->text &&
                           strncasecmp(m->text, "toezegging", 10) != 0;
             j--) {
            ki_commitment *p = &r->commitments[j - 1];
            bool agree = !p->nactors || (p->nactors == m->nactors && !strcmp(p->actors[0], m->actors[0]));
            if (agree && p->relation != KI_REL_MADE && heading_record(p) &&
                p->span.end <= m->span.start && m->span.start - p->span.end < 300 &&
                (!m->date || !p->date || !strcmp(m->date, p->date)) && heading_line(s, n, p->span.start) &&
                !kd_blank_between(s, n, p->span.end, m->span.start) &&
                !kd_bullet_at(s, n, kd_line_start(s, m->span.start))) {
                take_mention(p, m);
                if (m->deadline) /* (the promise's own term, not a time its status gives) */
                    p->deadline = m->deadline;
                headed = true;
            }
        }
        if (headed)
            continue;
        /* "De tweede toezegging, TZ202511-045, deed ik tijdens het
         * wetgevingsoverleg X van D. Ik zegde toe voor de zomer ... te
         * komen.": the sentence right after the noun's says what that one
         * promised, by the same maker, undated: one record */
        if (o > 0 && !row && m->nactors && !m->date && !m->date_raw && !m->venue && m->text &&
            strncasecmp(m->text, "toezegging", 10) != 0) {
            ki_commitment *p = &r->commitments[o - 1];
            size_t gap = kd_sent_start(s, n, m->span.start);
            if (p->text && strncasecmp(p->text, "toezegging", 10) == 0 && p->date && p->venue &&
                p->relation == KI_REL_CITED && p->nactors == m->nactors && !strcmp(p->actors[0], m->actors[0]) &&
                p->span.end <= gap && gap - p->span.end < 4 && !kd_blank_between(s, n, p->span.end, m->span.start)) {
                take_mention(p, m);
                if (m->deadline)
                    p->deadline = m->deadline;
                continue;
            }
        }
        bool look = !row && i < 1000 && m->relation != KI_REL_MADE &&
                    (m->date || bare || (m->venue && strchr(m->venue, ' ')));
        /* bounded: the last 32 records before it */
        for (size_t j = o > 32 ? o - 32 : 0; look && j < o; j++) {
            ki_commitment *p = &r->commitments[j];
            if (p->relation == KI_REL_MADE || !refs_agree(p, m) || p->span.start == m->span.start)
                continue; /* (the parts of one sentence that named several: split_counted()) */
            if (same_number(p, m)) { /* "Toezegging X (T03815)" and its quoted text */
                cands = 1;
                hb = (long)j;
                break;
            }
            /* (a question that named it without its date: "Hoe staat het met
             * de toezegging uit het commissiedebat X om ...?") */
            bool asked = !p->date && p->evidence && *p->evidence &&
                         p->evidence[strlen(p->evidence) - 1] == '?' && p->venue && m->venue;
            if (m->date && !asked) {
                if (!p->date || strcmp(p->date, m->date) != 0)
                    continue;
            } else if (m->venue) {
                /* undated: the meeting it names, "commissiedebat" or in full */
                char pv[160], mv[160];
                if (!p->venue || strncasecmp(venue_norm(pv, sizeof pv, p->venue), venue_norm(mv, sizeof mv, m->venue),
                                             strlen(mv)) != 0)
                    continue;
            } else if ((j + 1 != o || p->span.end + 800 < m->span.start) &&
                       !(bare && m->nactors && p->nactors == m->nactors && !strcmp(p->actors[0], m->actors[0]) &&
                         m->span.start - p->span.end < 5000 && dwe + 1 == m->span.start &&
                         (word_at(s, dwe, dw, "deze") || word_at(s, dwe, dw, "die")))) {
                /* "die toezegging": only the one just named, or the one its
                 * maker made ("De leden vragen naar de toezegging van de
                 * staatssecretaris ... / Antwoord ... / De staatssecretaris
                 * heeft deze toezegging nagekomen") */
                continue;
            }
            if (p->venue && m->venue) {
                size_t la = strlen(p->venue), lb = strlen(m->venue);
                char pv[160], mv[160];
                venue_norm(pv, sizeof pv, p->venue);
                venue_norm(mv, sizeof mv, m->venue);
                la = strlen(pv);
                lb = strlen(mv);
                if (strncasecmp(pv, mv, la < lb ? la : lb) != 0)
                    continue;
            }
            if (asked && !p->nactors) { /* the answer to it */
                cands = 1;
                hb = (long)j;
                answer = true;
                break;
            }
            bool same = p->nactors == m->nactors;
            for (size_t x = 0; same && x < m->nactors; x++) {
                bool in = false;
                for (size_t y = 0; y < p->nactors; y++)
                    in = in || strcmp(m->actors[x], p->actors[y]) == 0;
                same = in;
            }
            /* the same meeting, day and term: one promise, asked about and
             * answered ("... wanneer de minister de toezegging uit het
             * commissiedebat X van 15 januari jl. nakomt om de Kamer voor 1
             * april 2026 te informeren" / "In het commissiedebat X heb ik
             * inderdaad toegezegd u voor 1 april 2026 ... te informeren") */
            if (p->deadline && m->deadline && p->date && m->date && p->venue && m->venue &&
                strcmp(p->deadline, m->deadline) == 0 && (same || !p->nactors || !m->nactors)) {
                cands = 1;
                hb = (long)j;
                break;
            }
            if (bare) {
                /* (an earlier mention that named no one: "Herinnert u zich
                 * uw toezegging ...?" before "mijn ambtsvoorganger heeft
                 * dat toegezegd") */
                if (m->nactors && !same && p->nactors)
                    continue;
                cands++;
                hb = (long)j;
                continue;
            }
            if (same)
                kd_shared_words(p->subject, m->subject, &sh, &few);
            if (same && sh >= 2 && 2 * sh >= few) {
                cands = 1;
                hb = (long)j;
                break;
            }
            /* an earlier mention that said only where and when ("Tevens
             * kom ik een toezegging na uit het commissiedebat X van 3 april
             * jl.") and the promise's own words further on ("In het
             * commissiedebat X van 3 april heb ik toegezegd ..."): one */
            /* (or fewer words, all the mention's among them: "de toezegging
             * uit het commissiedebat X van 28 januari jl. over een
             * transformatiefonds" and "... heb ik toegezegd voor 1 juli met
             * een voorstel voor een transformatiefonds te komen") */
            if ((same || !p->nactors) && m->nactors && m->date && p->date && long_words(p->subject) < 3 &&
                (long_words(m->subject) >= 3 ||
                 (same && sh >= 1 && sh >= long_words(p->subject) && long_words(m->subject) >= 2)) &&
                !(p->subject && (strstr(p->subject, " te ") || !strncmp(p->subject, "te ", 3)))) {
                cands = 1;
                hb = (long)j;
                said_later = true;
                break;
            }
        }
        if (cands != 1) {
            r->commitments[o++] = *m;
            continue;
        }
        ki_commitment *p = &r->commitments[hb];
        take_mention(p, m);
        if (said_later)
            p->subject = m->subject;
        if (!p->deadline)
            p->deadline = m->deadline;
        if (answer)
            p->evidence = m->evidence;
        /* (its commitment number over a debate's: "De toezegging uit het
         * debat van D (Handelingen ...) staat open. ... (TZ202610-031)") */
        if ((!p->nrefs && m->nrefs) || (has_tnum(m) && !has_tnum(p))) {
            p->refs = m->refs;
            p->nrefs = m->nrefs;
        }
    }
    r->ncommitments = o;
}

/* "Daarbij ga ik in op de toezeggingen die ik heb gedaan in het
 * commissiedebat X van 16 oktober 2024": a plural mention that points at
 * the commitments of one day is no commitment of its own when the letter
 * names those one by one. */
static void drop_overviews(ki_refs *r)
{
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        const ki_commitment *m = &r->commitments[i];
        bool drop = false;
        if (m->date && m->text && strncasecmp(m->text, "toezeggingen ", 13) == 0)
            for (size_t j = 0; j < r->ncommitments && !drop; j++) {
                const ki_commitment *p = &r->commitments[j];
                drop = j != i && p->date && strcmp(p->date, m->date) == 0 && p->text &&
                       strncasecmp(p->text, "toezeggingen ", 13) != 0;
            }
        if (!drop)
            r->commitments[o++] = *m;
    }
    r->ncommitments = o;
}

/* "u" in a letter to a bewindspersoon ("AAN DE STAATSSECRETARIS VAN
 * FINANCIËN", "Aan de minister van Justitie en Veiligheid" on a line of its
 * own, above pos): who that is. */
static bool addressee_actor(const char *s, size_t pos, actors *ac)
{
    size_t lim = pos > 4000 ? pos - 4000 : 0;
    for (size_t ls = kd_line_start(s, pos); ls > lim;) {
        ls = kd_line_start(s, ls - 1);
        size_t q = ls;
        while (q < pos && (s[q] == ' ' || s[q] == '\t'))
            q++;
        if (!starts_ci(s, pos, q, "aan de minister") && !starts_ci(s, pos, q, "aan de staatssecretaris"))
            continue;
        /* "de minister ...", in capitals or not: ki_actor_parse() reads both */
        size_t used, le = kd_line_end(s, pos, q);
        const char *ab = ki_actor_parse(s + q + 4, le - q - 4, &used);
        if (ab)
            actor_add(ac, ab);
        return ab != NULL;
    }
    return false;
}

/* The next word (a run of letters) at or after *p in a C string: its
 * start, its length in *len (0 at the end); *p moves past it. */
const char *kd_next_word(const char **p, size_t *len)
{
    const char *q = *p;
    while (*q && !ki_is_letter((unsigned char)*q))
        q++;
    const char *w = q;
    while (*q && ki_is_letter((unsigned char)*q))
        q++;
    *p = q;
    *len = (size_t)(q - w);
    return w;
}

/* Whether two subjects are about the same thing: a word of seven letters
 * or more in both, other than the verbs of promising themselves
 * ("informeren", "toezegging").  "over de uitkomsten van de pilot" and "een
 * brief over de evaluatie" are two promises; a subject not known meets all. */
static bool subjects_meet(const char *a, const char *b)
{
    if (!a || !b)
        return true;
    size_t l, m;
    for (const char *p = a; *p;) {
        const char *w = kd_next_word(&p, &l);
        if (l < 7 || starts_ci(w, l, 0, "informe") || starts_ci(w, l, 0, "toezeg"))
            continue;
        for (const char *q = b; *q;) {
            const char *v = kd_next_word(&q, &m);
            if (m == l && strncasecmp(v, w, l) == 0)
                return true;
        }
    }
    return false;
}

/*
 * "de toezeggingen om de Kamer te informeren over X (AO Voedsel, Kamerstuk
 * 31 532, nr. 122), over Y (AO preventie, Kamerstuk 32 793, nr. 171) en Z
 * (AO EU-Gezondheidsraad, ...)": one record per item, each with the venue,
 * date and references of its own bracket; the rest (actors, relation,
 * deadline) is the list's.
 */
/* The relation the clause s[a, b) gives: its cues, or "... ga ik (in
 * paragraaf 2) in" (handled here); false when it gives none. */
static bool clause_relation(struct ki_scan *sc, size_t a, size_t b, ki_relation *rel)
{
    const char *s = sc->s;
    cues c;
    kd_cues_of(sc, a, b, 0, 0, &c);
    if (kd_cue_rel(&c, rel))
        return true;
    size_t q = b;
    while (q > a && (s[q - 1] == '.' || s[q - 1] == ';' || ki_is_blank((unsigned char)s[q - 1])))
        q--;
    static const char *const go[] = {"ga", "gaan"};
    if (q >= a + 3 && word_at(s, q, q - 2, "in") && kd_word_in(s, a, q, go, 2) != (size_t)-1) {
        *rel = KI_REL_ADDRESSED;
        return true;
    }
    return false;
}

/* Several promises said as one: "heeft toegezegd (1) X en (2) Y",
 * "heeft twee toezeggingen gedaan: X, en over Y": one record each, its
 * part of the subject; "Op de eerste ... ; de tweede is nog in uitvoering"
 * (the ordinals in the sentence after) or "Beide toezeggingen doe ik met
 * deze brief af" give each its relation. */
static ki_status split_counted(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n, cnt = r->ncommitments;
    static const char *const counts[] = {"twee", "drie", "vier"};
    static const char *const ords[] = {"eerste", "tweede", "derde", "vierde"};
    for (size_t i = 0; i < cnt; i++) {
        ki_commitment *c = &r->commitments[i];
        if (!c->subject || c->relation == KI_REL_MADE)
            continue;
        const char *sb = c->subject;
        size_t sl = strlen(sb);
        enum { MAXP = 4 };
        size_t ps[MAXP], pe[MAXP];
        int np = 0;
        /* "(1) X en (2) Y" */
        for (int k = 0; k < MAXP; k++) {
            char mk[4] = {'(', (char)('1' + k), ')', '\0'};
            /* (in order: "(2)" after "(1)") */
            const char *m = strstr(np > 0 ? sb + ps[np - 1] : sb, mk);
            if (!m)
                break;
            ps[np] = (size_t)(m - sb) + 3;
            if (np > 0)
                pe[np - 1] = (size_t)(m - sb);
            np++;
        }
        if (np >= 2) {
            pe[np - 1] = sl;
        } else {
            /* "twee toezeggingen gedaan: X, en over Y" */
            size_t we, w = ki_word_before(s, 0, c->span.start, &we);
            int want = 0;
            for (int k = 0; k < 3 && !want; k++)
                if (word_at(s, we, w, counts[k]))
                    want = k + 2;
            size_t g = ki_skip_blank(s, n, c->span.start + 12);
            if (!want || !starts_ci(s, n, c->span.start, "toezeggingen ") || !word_at(s, n, g, "gedaan") ||
                g + 6 >= n || s[g + 6] != ':')
                continue;
            np = 0;
            size_t from = 0;
            for (size_t x = 0; x + 1 < sl && np < want - 1; x++)
                if ((sb[x] == ';' && sb[x + 1] == ' ') || (sb[x] == ',' && !strncmp(sb + x, ", en ", 5))) {
                    ps[np] = from;
                    pe[np] = x;
                    np++;
                    from = sb[x] == ';' ? x + 2 : x + 5;
                }
            if (np != want - 1)
                continue;
            ps[np] = from;
            pe[np] = sl;
            np++;
        }
        /* each part's relation: the sentence after, by ordinal or for all */
        ki_relation rel[MAXP];
        for (int k = 0; k < np; k++)
            rel[k] = c->relation;
        size_t se = kd_sent_end(s, n, c->span.start), ns = ki_skip_blank(s, n, se);
        size_t ne = ns < n ? kd_sent_end(s, n, ns) : ns;
        bool any = false;
        for (int k = 0; k < np && ns < ne; k++) {
            size_t o = kd_find_ci(s, ne, ns, ords[k]);
            if (o == (size_t)-1)
                continue;
            size_t ce = o;
            while (ce < ne && s[ce] != ';')
                ce++;
            ki_relation rr;
            if (clause_relation(sc, o, ce, &rr)) {
                rel[k] = rr;
                any = true;
            }
        }
        ki_relation all;
        if (!any && ns < ne && (word_at(s, ne, ns, "Beide") || word_at(s, ne, ns, "Alle") || word_at(s, ne, ns, "Deze")) &&
            clause_relation(sc, ns, ne, &all))
            for (int k = 0; k < np; k++)
                rel[k] = all;
        ki_commitment base = *c;
        for (int k = 0; k < np; k++) {
            ki_commitment *d = k == 0 ? &r->commitments[i] : ki_refs_add_commitment(r);
            if (!d)
                return KI_ERR_NOMEM;
            if (k > 0)
                *d = base;
            size_t a = ps[k], b = pe[k];
            while (a < b && sb[a] == ' ')
                a++;
            while (b > a && (sb[b - 1] == ' ' || sb[b - 1] == ',' || sb[b - 1] == ';'))
                b--;
            if (b >= a + 3 && !strncmp(sb + b - 3, " en", 3))
                b -= 3;
            char *part = ki_refs_alloc(r, b - a + 1);
            if (!part)
                return KI_ERR_NOMEM;
            memcpy(part, sb + a, b - a);
            part[b - a] = '\0';
            d->subject = part;
            d->relation = rel[k];
        }
    }
    return KI_OK;
}

/* The number that opens the line at ls: its levels ("1." one, "1.1" two),
 * 0 when none; *e after it. */
static int number_levels(const char *s, size_t n, size_t ls, size_t *e)
{
    size_t x = ki_skip_blank(s, n, ls);
    int lv = 0;
    while (x < n && ki_is_digit((unsigned char)s[x])) {
        size_t d = x;
        while (x < n && ki_is_digit((unsigned char)s[x]) && x - d < 3)
            x++;
        lv++;
        if (x < n && s[x] == '.')
            x++;
        else
            break;
    }
    *e = x;
    return x < n && (s[x] == ' ' || s[x] == '\t') ? lv : 0;
}

/* c was made at the venue s[vs, ve) on the date dt found right after it
 * (its offsets from ve): both into c, the date resolved or else as
 * written. */
static ki_status where_when(struct ki_scan *sc, ki_commitment *c, size_t vs, size_t ve, const ki_date *dt)
{
    ki_refs *r = sc->r;
    char iso[11];
    if (!(c->venue = kd_clean_copy(r, sc->s, vs, ve)))
        return KI_ERR_NOMEM;
    if (ki_date_resolve(dt, sc->refdate, iso))
        c->date = ki_refs_strdup(r, iso);
    else
        c->date_raw = kd_clean_copy(r, sc->s, ve + dt->start, ve + dt->end);
    return c->date || c->date_raw ? KI_OK : KI_ERR_NOMEM;
}

/*
 * A letter that lists its promises per debate ("1. Commissiedebat Spoor van
 * 11 november 2026" over "1.1 De minister zegt toe de Kamer ... te
 * informeren." and "Stand van zaken: ... Deze toezegging is daarmee
 * afgedaan."): each item was made in the debate its heading names (venue,
 * date), by the bewindspersoon it names (of that rank: the signer's), and
 * its "Stand van zaken" says how it stands (cited when it says nothing).
 */
static ki_status debate_sections(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        size_t ie, ls = kd_line_start(s, c->span.start);
        int level = c->relation == KI_REL_MADE && !c->venue && !c->date ? number_levels(s, n, ls, &ie) : 0;
        if (level != 1 && level != 2)
            continue;
        /* the section's heading: the nearest line above numbered at one
         * level; or, over items numbered at one level, the line that heads
         * the list ("Overzicht toezeggingen begrotingsbehandeling (12
         * november 2026)" over "1. De minister ... zegt toe ...", "Stand:
         * ..."), past the items and their indented lines */
        size_t h = ls, he = 0;
        bool found = false;
        for (int k = 0; k < 80 && h > 0 && !found; k++) {
            h = kd_line_start(s, h - 1);
            int lv = number_levels(s, n, h, &he);
            if (level == 1) {
                if (lv == 1 || (h < n && (s[h] == ' ' || s[h] == '\t') && !kd_blank_line(s, n, h)))
                    continue;
                char lc = kd_last_char(s, n, h);
                found = lv == 0 && !kd_blank_line(s, n, h) && lc != '.' && lc != ',' && lc != ';';
                he = h;
                break;
            }
            if (lv == 1)
                found = true;
            else if (lv > 2)
                break;
        }
        size_t le = found ? kd_line_end(s, n, h) : 0, vs, ve;
        ki_date dt;
        he = found ? ki_skip_blank(s, le, he) : 0;
        if (!found || !find_venue(s, he, level == 1 ? le : he + 1, le, &vs, &ve) || !ki_date_find(s + ve, le - ve, &dt))
            continue;
        if (where_when(sc, c, vs, ve, &dt))
            return KI_ERR_NOMEM;
        /* the item: up to the next numbered line */
        size_t end = kd_line_end(s, n, ls), x;
        while (end < n && end + 1 < n && !kd_blank_line(s, n, end + 1) && !number_levels(s, n, end + 1, &x))
            end = kd_line_end(s, n, end + 1);
        size_t st = kd_find_ci(s, end, ls, "Stand van zaken"), sl = strlen("Stand van zaken");
        if (st == (size_t)-1 && (st = kd_find_ci(s, end, ls, "Stand:")) != (size_t)-1)
            sl = strlen("Stand"); /* (its ':' is passed below) */
        ki_relation rel = KI_REL_CITED;
        if (st != (size_t)-1) {
            size_t a = st + sl;
            if (a < end && s[a] == ':')
                a++;
            if (!clause_relation(sc, a, end, &rel))
                rel = KI_REL_CITED;
            if (!(c->evidence = kd_clean_copy(r, s, ki_skip_blank(s, end, a), end)))
                return KI_ERR_NOMEM;
        }
        c->relation = rel;
        /* "De minister zegt toe": the signer (or cosigner) of that rank */
        if (!c->nactors) {
            actors ac = {{0}, 0, false};
            size_t w = ki_skip_blank(s, n, x = ie);
            if (word_at(s, n, w, "De") || word_at(s, n, w, "de"))
                w = ki_skip_blank(s, n, w + 2);
            char rank = starts_ci(s, n, w, "minister") ? 'M' : starts_ci(s, n, w, "staatssecretaris") ? 'S' : 0;
            if (rank && last_named_before(sc, ls, 0, rank, &ac) && set_actors(r, c, &ac))
                return KI_ERR_NOMEM;
        }
    }
    return KI_OK;
}

/* The heading of a register's item on the line at h: a line that names
 * where and when ("1. Commissiedebat Digitale economie (3 juni 2026)",
 * "Tweeminutendebat Mededinging, 18 september 2026"), no sentence: the
 * meeting in [*vs, *ve), its day in *dt (offsets from *ve). */
static bool item_heading(const char *s, size_t n, size_t h, size_t *vs, size_t *ve, ki_date *dt)
{
    size_t le = kd_line_end(s, n, h), x;
    char lc = kd_last_char(s, n, h);
    if (kd_blank_line(s, n, h) || lc == '.' || lc == ',' || lc == ';' || lc == ':' || le - h > 160)
        return false;
    if (number_levels(s, n, h, &x) == 0)
        x = h;
    return find_venue(s, x, le, le, vs, ve) && ki_date_find(s + *ve, le - *ve, dt);
}

/* Is s[x, ..) one of a register item's labels after its promise: "Planning:",
 * "Stand:", "Stand van zaken:", "Status:", "Voortgang:"?  Where its value
 * starts, or 0. */
static size_t status_label(const char *s, size_t n, size_t x)
{
    static const char *const labels[] = {"Planning:", "Stand:", "Stand van zaken:", "Status:", "Voortgang:"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (starts_ci(s, n, x, labels[k]))
            return x + strlen(labels[k]);
    return 0;
}

/*
 * A register of promises by item, each under a heading that names where and
 * when ("1. Commissiedebat Digitale economie (3 juni 2026)"), its promise
 * after a label in the register's words ("Toezegging: de Kamer in Q4 2026
 * informeren over X") and how it stands after another ("Planning: ... wordt
 * in januari 2027 verzonden", "Stand: ...", "Status: ..."): one record per
 * item, made there and then by the bewindspersoon it names or else the one
 * the text is by.  A record found in such an item without a meeting or a
 * day of its own ("5. Debat over de Europese Raad (24 juni 2026)" over "De
 * minister-president heeft toegezegd dat ...") takes its heading's.
 */
static ki_status label_items(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n, nrec = r->ncommitments;
    /* the records found: the heading right above their paragraph */
    for (size_t i = 0; i < nrec; i++) {
        ki_commitment *c = &r->commitments[i];
        if (c->venue || c->date || c->date_raw || (c->relation == KI_REL_MADE && !c->nrefs))
            continue;
        size_t ls = kd_line_start(s, kd_sent_start(s, n, c->span.start)), vs, ve;
        ki_date dt;
        if (ls == 0 || !item_heading(s, n, kd_line_start(s, ls - 1), &vs, &ve, &dt))
            continue;
        if (where_when(sc, c, vs, ve, &dt))
            return KI_ERR_NOMEM;
    }
    /* the labelled promises (a text without the label passed over at once) */
    if (!kd_has_tz_label(s, n))
        return KI_OK;
    for (size_t x = 0; (x = kd_find_ci(s, n, x, "Toezegging:")) != (size_t)-1; x++) {
        size_t ls = kd_line_start(s, x), vs, ve;
        ki_date dt;
        if (ki_skip_blank(s, n, ls) != x || ls == 0 || !item_heading(s, n, kd_line_start(s, ls - 1), &vs, &ve, &dt))
            continue;
        /* the promise: to the status label, a blank line or the next item */
        size_t a = ki_skip_blank(s, n, x + strlen("Toezegging:")), e = kd_line_end(s, n, x), st = 0, x1;
        while (e + 1 < n && !kd_blank_line(s, n, e + 1) && !number_levels(s, n, e + 1, &x1) &&
               !(st = status_label(s, n, ki_skip_blank(s, n, e + 1))))
            e = kd_line_end(s, n, e + 1);
        bool taken = false;
        for (size_t i = 0; i < r->ncommitments && !taken; i++)
            taken = r->commitments[i].span.start < e && r->commitments[i].span.end > a;
        if (taken || e <= a + 10)
            continue;
        ki_commitment *c = ki_refs_add_commitment(r);
        if (!c)
            return KI_ERR_NOMEM;
        actors ac = {{0}, 0, false};
        find_actors(sc, a, e, &ac);
        if (!ac.n)
            actor_self(sc, &ac);
        const char *ids[8];
        size_t nids = 0;
        size_t hs = kd_line_start(s, ls - 1);
        ids_in(sc, REF_TK, hs, ls, ids, &nids, sizeof ids / sizeof ids[0]);
        ids_in(sc, REF_TK, a, e, ids, &nids, sizeof ids / sizeof ids[0]);
        ki_deadline dl;
        if (set_actors(r, c, &ac) || set_refs(r, c, ids, nids) || where_when(sc, c, vs, ve, &dt))
            return KI_ERR_NOMEM;
        if (ki_deadline_find(s + a, e - a, &dl) && !(c->deadline = kd_clean_copy(r, s, a + dl.start, a + dl.end)))
            return KI_ERR_NOMEM;
        if (!(c->subject = kd_clean_copy(r, s, a, e)) || !set_text(sc, c, a, e))
            return KI_ERR_NOMEM;
        c->relation = KI_REL_CITED;
        if (st) { /* "Planning: afgedaan met ...", "Stand: de brief is vertraagd ..." */
            size_t v = ki_skip_blank(s, n, st), ve2 = kd_line_end(s, n, v);
            while (ve2 + 1 < n && !kd_blank_line(s, n, ve2 + 1) && !number_levels(s, n, ve2 + 1, &x1))
                ve2 = kd_line_end(s, n, ve2 + 1);
            ki_relation rel;
            if ((kd_status_at(s, ve2, v, &rel) && (rel == KI_REL_SETTLED || rel == KI_REL_PROGRESS ||
                                                   rel == KI_REL_ADDRESSED)) ||
                clause_relation(sc, v, ve2, &rel))
                c->relation = rel;
            if (!(c->evidence = kd_clean_copy(r, s, v, ve2)))
                return KI_ERR_NOMEM;
        }
    }
    return KI_OK;
}

/* Is there an empty line in s[a, b) (a paragraph ends there)? */
static bool blank_line_in(const char *s, size_t a, size_t b)
{
    for (const char *nl = a < b ? memchr(s + a, '\n', b - a) : NULL; nl; ) {
        const char *x = nl + 1;
        while (x < s + b && (*x == ' ' || *x == '\t' || *x == '\r'))
            x++;
        if (x < s + b && *x == '\n')
            return true;
        nl = x < s + b ? memchr(x, '\n', (size_t)(s + b - x)) : NULL;
    }
    return false;
}

/* Is the line at ls a numbered section's heading: "5. Vervolg", "3.2
 * Wachttijden in de ggz" (a number, a capital, 60 bytes at most, no final
 * stop)? */
static bool numbered_section(const char *s, size_t n, size_t ls)
{
    size_t e = kd_line_end(s, n, ls), a = ki_skip_blank(s, e, ls), x = a;
    while (e > a && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    if (e <= a || e - a > 60 || s[e - 1] == '.' || s[e - 1] == ':' || !ki_is_digit((unsigned char)s[a]))
        return false;
    while (x < e && (ki_is_digit((unsigned char)s[x]) || s[x] == '.'))
        x++;
    return x < e && s[x] == ' ' && x + 1 < e && is_upper((unsigned char)s[x + 1]);
}

/* A letter that postpones a promise ("het niet mogelijk blijkt om uw
 * Kamer voor eind 2025 te informeren ...; dat vergt meer tijd dan voorzien
 * tijdens het Wetgevingsoverleg Defensie van 18 juni 2025. Ik streef ernaar
 * uw Kamer uiterlijk in het eerste kwartaal van 2026 te informeren."): the
 * new term is the next step of the promise made there and then, in
 * progress, not a promise of its own. */
static ki_status postponed(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    static const char *const late[] = {"niet mogelijk", "meer tijd", "later dan", "uitstel"};
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        r->commitments[o++] = *c;
        c = &r->commitments[o - 1];
        if (c->relation != KI_REL_MADE || c->venue || c->date || c->date_raw || c->nrefs)
            continue;
        /* (up to the promise itself: a footnote mark glued to a year,
         * "18 juni 2025.1", may join the sentences) */
        size_t cs = c->span.start, lo = cs > 800 ? cs - 800 : 0;
        ki_commitment *p = o > 1 ? &r->commitments[o - 2] : NULL;
        if (p && p->span.end > lo)
            lo = p->span.end; /* not past the record before */
        bool slow = false;
        for (size_t k = 0; k < sizeof late / sizeof late[0] && !slow; k++)
            slow = kd_find_ci(s, cs, lo, late[k]) != (size_t)-1;
        /* "... later aan dan\nvoorzien": than foreseen, over a line break */
        for (size_t v = lo; !slow && (v = kd_find_ci(s, cs, v, "voorzien")) != (size_t)-1; v++) {
            size_t we, w = ki_word_before(s, lo, v, &we);
            slow = we > w && word_at(s, we, w, "dan");
        }
        /* "... heb ik toegezegd uw Kamer voor 1 januari 2027 te informeren
         * .... De Aw levert de gegevens later aan dan voorzien. Ik zal u
         * daarom uiterlijk 1 juni 2027 informeren.": the new term of the
         * promise just before, which is in progress; no record of its own */
        if (slow && p && p->span.end == lo && cs - lo < 400 && !blank_line_in(s, lo, cs) &&
            (p->relation == KI_REL_CITED || p->relation == KI_REL_PROGRESS) && p->nactors && c->nactors &&
            strcmp(p->actors[0], c->actors[0]) == 0 && kd_find_ci(s, c->span.end, kd_sent_start(s, sc->n, cs), "daarom") != (size_t)-1) {
            p->relation = KI_REL_PROGRESS;
            o--;
            continue;
        }
        if (!slow || kd_find_ci(s, cs, lo, "informeren") == (size_t)-1)
            continue;
        /* the last meeting with its day in that stretch */
        size_t vs = 0, ve = 0, a = lo, v0, v1;
        ki_date dt, d2;
        bool got = false;
        while (a < cs && find_venue(s, a, cs, cs, &v0, &v1)) {
            size_t de = v1 + 40 < cs ? v1 + 40 : cs;
            if (ki_date_find(s + v1, de - v1, &d2)) { /* (offsets from ve, as where_when() wants) */
                vs = v0;
                ve = v1;
                dt = d2;
                got = true;
            }
            a = v1;
        }
        if (!got)
            continue;
        if (where_when(sc, c, vs, ve, &dt))
            return KI_ERR_NOMEM;
        c->relation = KI_REL_PROGRESS;
    }
    r->ncommitments = o;
    return KI_OK;
}

/* A bulleted item that says its status after a colon ("- mijn
 * toezegging ... over X: uitgevoerd, zie Kamerstukken I ...", "- de
 * toezegging ...: afgedaan met deze brief", "...: in uitvoering"): that
 * word decides the relation. */
static void bullet_status(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        size_t ls = kd_line_start(s, c->span.start);
        if (c->relation == KI_REL_MADE || c->relation == KI_REL_SETTLED)
            continue;
        size_t end;
        if (!kd_bullet_item(s, n, ls, 4, ls, 800, &end))
            continue;
        /* (its last colon: the promise's own text may hold one) */
        size_t colon = end;
        for (size_t x = c->span.start; x < end; x++)
            if (s[x] == ':' && x + 1 < end && s[x + 1] == ' ')
                colon = x;
        if (colon < end)
            (void)kd_status_after_colon(s, end, colon, &c->relation);
    }
}

/* A register item's status said last in one or two words ("Stand van
 * zaken: Het gesprek heeft plaatsgevonden; de minister informeert de
 * Kamer hierover. Afgedaan.", "... de evaluatie volgt in 2027. In
 * uitvoering."): that word decides the item's relation, whatever the
 * sentences before it suggest. */
static void status_words(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        if (c->relation == KI_REL_MADE && !c->date)
            continue; /* made in this text */
        /* the item: to the next blank line, at most 1500 bytes on */
        size_t end = c->span.end, lim = c->span.end + 1500 < n ? c->span.end + 1500 : n;
        while (end < lim && !(s[end] == '\n' && end + 1 < n && kd_blank_line(s, n, end + 1)))
            end++;
        static const char stand[] = "Stand van zaken:";
        size_t st = kd_find_ci(s, end, c->span.start, stand);
        /* (the next record: not the promise's own words under its heading,
         * which merge_mentions() makes this one) */
        size_t nx = i + 1;
        while (nx < r->ncommitments && r->commitments[nx].relation == KI_REL_MADE && !r->commitments[nx].date &&
               r->commitments[nx].span.start < st && heading_record(c))
            nx++;
        if (st == (size_t)-1 || (nx < r->ncommitments && r->commitments[nx].span.start < st))
            continue;
        size_t e = end;
        while (e > st && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == '.'))
            e--;
        for (size_t k = 0; k < sizeof statuses / sizeof statuses[0]; k++) {
            size_t l = strlen(statuses[k].w);
            ki_relation rel = statuses[k].rel;
            if (e < st + l || (rel != KI_REL_SETTLED && rel != KI_REL_PROGRESS) ||
                !is_upper((unsigned char)s[e - l]) || !starts_ci(s, e, e - l, statuses[k].w))
                continue;
            /* the word opens its own sentence: ". Afgedaan" */
            size_t b = e - l;
            while (b > st && ki_is_blank((unsigned char)s[b - 1]))
                b--;
            if (b > st && (s[b - 1] == '.' || s[b - 1] == ':' || s[b - 1] == ';')) {
                c->relation = rel;
                break;
            }
        }
        /* a step done and the rest to come, the stand's last words saying
         * where it stands now: "De eerste rapportage is verzonden ...; de
         * toezegging is doorlopend.", "Het gesprek heeft plaatsgevonden;
         * een brief volgt na de zomer." */
        if (c->relation == KI_REL_ADDRESSED) {
            size_t lc = e;
            while (lc > st && s[lc - 1] != ';' && !(s[lc - 1] == '.' && lc < e && ki_is_blank((unsigned char)s[lc])))
                lc--;
            cues cu;
            kd_cues_of(sc, lc, e, 0, 0, &cu);
            if (lc > st + sizeof stand - 1 && cu.progress && !cu.settled)
                c->relation = KI_REL_PROGRESS;
        }
    }
}

/* "Tijdens het VAO Waddenzee van 11 maart jl. zijn moties ingediend ...
 * Conform de toezegging van de minister van X geef ik hierbij een reactie":
 * a promise named by "Conform/Overeenkomstig de toezegging" with no venue
 * or date of its own was made where and when the sentence before, in the
 * same paragraph, opens. */
static ki_status venue_before(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        if (c->venue || c->date || c->date_raw || c->relation == KI_REL_MADE)
            continue;
        size_t ss = kd_sent_start(s, n, c->span.start);
        if (!(starts_ci(s, n, ss, "Conform de toezegging") || starts_ci(s, n, ss, "Overeenkomstig de toezegging")) ||
            c->span.start > ss + 30 || ss < 2)
            continue;
        size_t pe, ps = sentence_before(s, n, ss, &pe), vs, ve;
        ki_date dt;
        size_t w = ps, e;
        if ((e = word_at(s, pe, w, "Tijdens")) || (e = word_at(s, pe, w, "In")) || (e = word_at(s, pe, w, "Bij")))
            w = ki_skip_blank(s, pe, e);
        if (!one_paragraph(s, pe, ss) || w > ps + 20 || !find_venue(s, w, w + 12, pe, &vs, &ve) ||
            letter_venue_at(s, vs, ve) ||
            !ki_date_find(s + ve, pe - ve, &dt) || dt.start > 12)
            continue;
        if (where_when(sc, c, vs, ve, &dt))
            return KI_ERR_NOMEM;
    }
    return KI_OK;
}

static ki_status split_lists(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t cnt = r->ncommitments;
    for (size_t i = 0; i < cnt; i++) {
        size_t a = r->commitments[i].span.start, b = r->commitments[i].span.end;
        if (b - a < 40 || !starts_ci(s, b, a, "toezeggingen "))
            continue;
        enum { MAXB = 8 };
        size_t bs[MAXB], be[MAXB], v1[MAXB], v2[MAXB];
        int nb = 0;
        for (size_t x = a; x < b && nb < MAXB; x++) {
            if (s[x] != '(')
                continue;
            const char *q = memchr(s + x, ')', b - x);
            if (!q)
                break;
            size_t y = (size_t)(q - s);
            if (find_venue(s, x + 1, x + 2, y, &v1[nb], &v2[nb])) {
                bs[nb] = x;
                be[nb] = y + 1;
                nb++;
            }
            x = y;
        }
        if (nb < 2)
            continue;
        ki_commitment base = r->commitments[i];
        for (int k = 0; k < nb; k++) {
            ki_commitment *c;
            if (k == 0) {
                c = &r->commitments[i];
            } else {
                if (!(c = ki_refs_add_commitment(r)))
                    return KI_ERR_NOMEM;
                *c = base;
            }
            size_t t0 = k == 0 ? a : be[k - 1];
            while (t0 < bs[k] && (ki_is_blank((unsigned char)s[t0]) || s[t0] == ',' || s[t0] == ';'))
                t0++;
            size_t u0 = k == 0 ? a + 12 : be[k - 1], w;
            u0 = ki_skip_blank(s, bs[k], u0);
            while (u0 < bs[k] && (s[u0] == ',' || s[u0] == ';'))
                u0 = ki_skip_blank(s, bs[k], u0 + 1);
            if ((w = word_at(s, bs[k], u0, "en")) || (w = word_at(s, bs[k], u0, "om")))
                u0 = ki_skip_blank(s, bs[k], w);
            c->subject = bs[k] > u0 ? kd_clean_copy(r, s, u0, bs[k]) : NULL;
            if (!(c->venue = kd_clean_copy(r, s, v1[k], v2[k])))
                return KI_ERR_NOMEM;
            ki_date dt;
            char iso[11];
            c->date = c->date_raw = NULL;
            if (ki_date_find(s + v2[k], be[k] - v2[k], &dt)) {
                if (ki_date_resolve(&dt, sc->refdate, iso))
                    c->date = ki_refs_strdup(r, iso);
                else
                    c->date_raw = kd_clean_copy(r, s, v2[k] + dt.start, v2[k] + dt.end);
            }
            const char *ids[32];
            size_t nids = 0;
            ids_in(sc, REF_KST, bs[k], be[k], ids, &nids, 32);
            ids_in(sc, REF_HAND, bs[k], be[k], ids, &nids, 32);
            ids_in(sc, REF_TK, bs[k], be[k], ids, &nids, 32);
            if (set_refs(r, c, ids, nids) || !set_text(sc, c, t0, be[k]))
                return KI_ERR_NOMEM;
        }
    }
    return KI_OK;
}

/* qsort() order of size_t values */
static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Past an aside that opens s[a, b) and a comma closes ("naar aanleiding van
 * een vraag van het lid X (PvdD), ", "in overleg met de minister van
 * Financiën, "): where what follows starts; a when there is none. */
static size_t past_aside(const char *s, size_t a, size_t b)
{
    static const char *const open[] = {"naar aanleiding van", "in overleg met", "op verzoek van", "in antwoord op",
                                       "mede namens", "samen met", "desgevraagd", "na overleg met",
                                       "in reactie op", "op vragen van"};
    size_t j = 0;
    for (size_t k = 0; k < sizeof open / sizeof open[0] && !j; k++)
        if (starts_ci(s, b, a, open[k]))
            j = a + strlen(open[k]);
    if (!j)
        return a;
    int depth = 0;
    for (size_t i = j; i < b && i < a + 200; i++) {
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')')
            depth--;
        else if (s[i] == ';' || s[i] == '.')
            return a;
        else if (s[i] == ',' && depth <= 0) {
            size_t x = ki_skip_blank(s, b, i + 1);
            return x + 8 < b ? x : a;
        }
    }
    return a;
}

/* Where a promise's "om ... te VERB" clause ends, from just after its
 * verb at a: at a bracket, or at the finite verb of the sentence before
 * any comma ("om X te informeren over Y (TZ...) is hiermee afgedaan", "om in
 * gesprek te gaan met Z heb ik uitgevoerd"), or at a comma the main
 * clause's verb follows ("..., is in uitvoering"); once its "te VERB" is
 * said (after_te: a is past it), also at a comma a verb and "ik"/"wij"
 * follow ("..., doe ik hierbij gestand"); b when none. */
static size_t om_clause_end(const char *s, size_t a, size_t b, bool after_te)
{
    static const char *const fin[] = {"is", "wordt", "werd", "zijn", "worden", "heb", "heeft", "hebben",
                                      "zal", "zullen", "kan", "ben", "was", "loopt", "lopen", NULL};
    bool comma = false, te_seen = after_te;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '(' || s[i] == ';')
            return i;
        /* "om de regeling te onderzoeken, is in uitvoering": the main
         * clause's verb right after the comma; once its "te VERB" is said,
         * a comma ends the om-clause unless what follows goes on with it
         * ("om uw Kamer te informeren over X, doe ik hierbij gestand") */
        if (s[i] == ',') {
            size_t w = ki_skip_blank(s, b, i + 1), we = kd_word_end(s, b, w), p = ki_skip_blank(s, b, we);
            if (w < b && ki_is_letter((unsigned char)s[w]) &&
                (kd_word_in_list(s, w, we, fin) ||
                 /* the main clause, verb then subject: "..., doe ik hierbij gestand" */
                 (te_seen && we > w && (word_at(s, b, p, "ik") || word_at(s, b, p, "wij") || word_at(s, b, p, "we")))))
                return i;
        }
        if (!te_seen && i > a && s[i - 1] == ' ' && word_at(s, b, i, "te"))
            te_seen = true;
        comma = comma || s[i] == ',';
        if (!comma && i > a && ki_is_blank((unsigned char)s[i - 1]) && ki_is_letter((unsigned char)s[i]) &&
            kd_word_in_list(s, i, kd_word_end(s, b, i), fin))
            return i;
    }
    return b;
}

/* Where s[a, e) ends without the words that lead into the motion or
 * commitment named at e: "... voor een verhoging van de budgetten, conform
 * de ingetrokken | motie-De Graaf" ends at "budgetten". */
static size_t before_lead_in(const char *s, size_t a, size_t e)
{
    static const char *const lead[] = {"de", "het", "een", "die", "deze", "dit", "mijn", "onze", "conform",
                                       "overeenkomstig", "volgens", "ingevolge", "zoals", "in", "met", "op",
                                       "van", "uit", "via", "bij", "naar", "en", "of", "ter", "uitvoering",
                                       "ingetrokken", "aangenomen", "aangehouden", "gewijzigde", "eerdere",
                                       "genoemde", "bovengenoemde", "verworpen", "eerder", "inmiddels", "reeds", "al", NULL};
    size_t x = e;
    for (int k = 0; k < 6 && x > a; k++) {
        size_t we, w0 = ki_word_before(s, a, x, &we);
        if (we == w0 || !kd_word_in_list(s, w0, we, lead))
            break;
        x = w0;
    }
    if (x == e)
        return e;
    while (x > a && (ki_is_blank((unsigned char)s[x - 1]) || s[x - 1] == ','))
        x--;
    return x;
}

/* "| De minister informeert de Kamer over X | ..." in a letter's table,
 * the title without its ministry: the signer, when of that rank. */
static void row_signer(struct ki_scan *sc, size_t a, size_t b, actors *ac)
{
    const char *s = sc->s, *sg = sc->meta.signer;
    if (sg && sc->meta.cosigner)
        return;
    for (size_t x = a; x < b; x++) {
        if (s[x] != '|')
            continue;
        size_t c = ki_skip_blank(s, b, x + 1), k;
        /* (past a label: "| Toezegging: de minister informeert ...") */
        if (starts_ci(s, b, c, "Toezegging:"))
            c = ki_skip_blank(s, b, c + 11);
        if (!bare_maker(s, c, b) || !(k = word_at(s, b, c, "de")))
            continue;
        k = ki_skip_blank(s, b, k);
        char rank = starts_ci(s, b, k, "minister-president") ? 0
                    : starts_ci(s, b, k, "minister")         ? 'M'
                    : starts_ci(s, b, k, "staatssecretaris") ? 'S'
                                                             : 0;
        if (rank && sg && sg[0] == rank) {
            actor_add(ac, sg);
            return;
        }
        /* "Hierbij stuur ik u, mede namens de staatssecretaris van Defensie,
         * het overzicht": the one of that rank the letter speaks for */
        if (rank && sg) {
            actors others = {{0}, 0, false};
            on_behalf(sc, &others);
            for (size_t k2 = 0; k2 < others.n; k2++)
                if (others.v[k2][0] == rank) {
                    actor_add(ac, others.v[k2]);
                    return;
                }
        }
        /* unsigned (a begroting's bijlage): that rank of the ministry its
         * head names */
        const char *own = rank && !sg ? head_ministry(s, sc->n < 1500 ? sc->n : 1500,
                                                      rank == 'M' ? "minister" : "staatssecretaris")
                                      : NULL;
        if (own) {
            actor_add(ac, own);
            return;
        }
    }
}

/* Does the status cell at x say settled, progress or addressed ("Vervalt":
 * closed without being done)?  That relation in *rel. */
static bool row_state(const char *s, size_t le, size_t x, ki_relation *rel)
{
    if (!kd_status_at(s, le, x, rel) || !is_upper((unsigned char)s[x]))
        return false; /* (a cell opens with a capital) */
    return *rel == KI_REL_SETTLED || *rel == KI_REL_PROGRESS || *rel == KI_REL_ADDRESSED;
}

/* The heads of a table's column that says how each row stands. */
static const char *const status_heads[] = {"Stand van zaken", "Status", "Stand", NULL};

/* The first cell of the row part s[a, b) ("| x | y | ...", cells between
 * bars) that is a date with a year and nothing else ("| 02-07-2026 |"):
 * the date in *dt, its cell's start in *at. */
static bool date_cell(const char *s, size_t a, size_t b, ki_date *dt, size_t *at)
{
    for (size_t x = a; x < b;) {
        const char *bar = memchr(s + x, '|', b - x);
        if (!bar)
            return false;
        size_t c0 = ki_skip_blank(s, b, (size_t)(bar - s) + 1), c1 = c0;
        const char *nb = c0 < b ? memchr(s + c0, '|', b - c0) : NULL;
        if (!nb)
            return false;
        c1 = (size_t)(nb - s);
        while (c1 > c0 && ki_is_blank((unsigned char)s[c1 - 1]))
            c1--;
        if (c1 > c0 && ki_date_find(s + c0, c1 - c0, dt) && dt->year && dt->start == 0 && dt->end == c1 - c0) {
            *at = c0;
            return true;
        }
        x = (size_t)(nb - s);
    }
    return false;
}

/*
 * A promise said in a cell of a table row, the way a table laid out in
 * columns is read (columns.h): "| De minister van X zegt toe Y. |
 * Commissiedebat Z, d.d. 15-05-2025 | Afgerond. Brief van ...".  Its text
 * is its cell; the cells after it up to the last say where and when it was
 * made, and the last cell how it stands: a register's entry, not a promise
 * the document makes (so settled, progress or cited, from the last cell).
 */
/* The k-th cell (0: the first) of the row line s[ls..le) ("| a | b | c"),
 * blanks trimmed, in [*a, *b); false when the row has fewer. */
static bool row_cell(const char *s, size_t ls, size_t le, int k, size_t *a, size_t *b)
{
    size_t x = ki_skip_blank(s, le, ls);
    if (x >= le || s[x] != '|')
        return false;
    for (int j = 0; j <= k; j++) {
        size_t c0 = x + 1;
        const char *bar = c0 < le ? memchr(s + c0, '|', le - c0) : NULL;
        size_t c1 = bar ? (size_t)(bar - s) : le;
        if (j == k) {
            *a = ki_skip_blank(s, c1, c0);
            *b = c1;
            while (*b > *a && ki_is_blank((unsigned char)s[*b - 1]))
                (*b)--;
            return *b > *a;
        }
        if (!bar)
            return false;
        x = c1;
    }
    return false;
}

/* The row at s[ls..le) of a table whose first row (the row lines above it,
 * none blank) heads a column with one of heads (NULL-terminated; a head's
 * words, then no letter): that cell. */
static bool head_cell_at(const char *s, size_t n, size_t ls, size_t le, const char *const *heads, size_t want,
                         size_t *a, size_t *b);

static bool head_cell(const char *s, size_t n, size_t ls, size_t le, const char *const *heads, size_t *a, size_t *b)
{
    return head_cell_at(s, n, ls, le, heads, (size_t)-1, a, b);
}

bool kd_head_cell(const char *s, size_t n, size_t ls, const char *const *heads, size_t *a, size_t *b)
{
    return head_cell(s, n, ls, kd_line_end(s, n, ls), heads, a, b);
}

/* As head_cell(), the cell of the first such column that starts at want
 * ((size_t)-1: of the first such column). */
static bool head_cell_at(const char *s, size_t n, size_t ls, size_t le, const char *const *heads, size_t want,
                         size_t *a, size_t *b)
{
    size_t top = ls;
    for (int k = 0; k < 200 && top > 0; k++) {
        size_t p = kd_line_start(s, top - 1), q = ki_skip_blank(s, top - 1, p);
        if (q >= top - 1 || s[q] != '|')
            break;
        top = p;
    }
    if (top == ls)
        return false;
    size_t te = kd_line_end(s, n, top), h0, h1;
    for (int k = 0; k < 8 && row_cell(s, top, te, k, &h0, &h1); k++)
        for (size_t j = 0; heads[j]; j++) {
            size_t l = strlen(heads[j]);
            if (starts_ci(s, h1, h0, heads[j]) && (h0 + l >= h1 || !ki_is_letter((unsigned char)s[h0 + l])) &&
                row_cell(s, ls, le, k, a, b) && (want == (size_t)-1 || *a == want))
                return true;
        }
    return false;
}

/* A column headed "Termijn" or "Deadline": the row's cell. */
static bool term_cell(const char *s, size_t n, size_t ls, size_t le, size_t *a, size_t *b)
{
    static const char *const heads[] = {"Termijn", "Deadline", "Uiterste datum", NULL};
    return head_cell(s, n, ls, le, heads, a, b);
}

/* Does s[a, b) hold a term, a deadline phrase or a dated day? */
static bool has_term(const char *s, size_t a, size_t b)
{
    ki_deadline d;
    ki_date dd;
    return ki_deadline_find(s + a, b - a, &d) || (ki_date_find(s + a, b - a, &dd) && dd.year);
}

/* A column headed "Datum toezegging": the row's cell when a dated day
 * opens it, the day in *dt and the cell's start in *at (the day a promise
 * was made, not the Deadline's beside it). */
static bool made_day_cell(const char *s, size_t n, size_t ls, size_t le, ki_date *dt, size_t *at)
{
    static const char *const heads[] = {"Datum toezegging", "Toezegdatum", "Datum van toezegging", NULL};
    size_t a, b;
    if (!head_cell(s, n, ls, le, heads, &a, &b) || !ki_date_find(s + a, b - a, dt) || dt->start != 0 || !dt->year)
        return false;
    *at = a;
    return true;
}

/* A column of its own headed "Status" ("| deels voldaan |"), other than the
 * cell at other (the Stand van zaken): true when its cell says settled,
 * progress or addressed, that in *rel and the cell in [*a, *b). */
static bool state_column(const char *s, size_t n, size_t ls, size_t le, size_t other, ki_relation *rel, size_t *a,
                         size_t *b)
{
    static const char *const heads[] = {"Status", NULL};
    return head_cell(s, n, ls, le, heads, a, b) && *a != other && kd_status_at(s, *b, *a, rel) &&
           (*rel == KI_REL_SETTLED || *rel == KI_REL_PROGRESS || *rel == KI_REL_ADDRESSED);
}

/* A column headed "Bewindspersoon", "Kabinetslid", "Verantwoordelijk":
 * who the row's cell s[a, b) names, one or more joined by "en", "," or
 * "/" ("Minister SZW en minister OCW", "Staatssecretaris", "Minister en
 * staatssecretaris", "De minister van IenW"), added to ac.  A rank
 * without its ministry is the ministry's the text is by. */
static bool who_cell(struct ki_scan *sc, size_t n, size_t ls, size_t le, actors *ac)
{
    static const char *const heads[] = {"Bewindspersoon", "Bewindspersonen", "Kabinetslid", "Kabinetsleden",
                                        "Verantwoordelijk", "Verantwoordelijke", "Bwp", NULL};
    const char *s = sc->s, *sg = sc->meta.signer;
    size_t a, b;
    if (!head_cell(s, n, ls, le, heads, &a, &b))
        return false;
    size_t before = ac->n;
    for (size_t x = a; x < b;) {
        size_t e = x; /* the part: up to "en", ",", "/", "&" */
        while (e < b && s[e] != ',' && s[e] != '/' && s[e] != '&' &&
               !(e > x && ki_is_blank((unsigned char)s[e - 1]) && word_at(s, b, e, "en")))
            e++;
        size_t pe = e;
        while (pe > x && ki_is_blank((unsigned char)s[pe - 1]))
            pe--;
        actors got = {{0}, 0, false};
        find_actors(sc, x, pe, &got);
        size_t k, w = 0;
        char rank = title_rank_at(s, pe, x, &k, &w);
        if (starts_ci(s, pe, k, "minister-president"))
            rank = 'P';
        if (!got.n && rank == 'P')
            actor_add(&got, "MP");
        else if (!got.n && rank) {
            size_t t = ki_skip_blank(s, pe, w), te = t;
            while (te < pe && ki_is_letter((unsigned char)s[te]))
                te++;
            char buf[16];
            const char *ab = NULL;
            if (te > t && te - t < 8 && te == pe) { /* "Minister SZW" */
                buf[0] = rank;
                memcpy(buf + 1, s + t, te - t);
                ab = ki_actor_abbrev(buf, te - t + 1);
            } else if (t == pe && sg && (sg[0] == 'M' || sg[0] == 'S') && strcmp(sg, "MP") != 0) {
                ab = sg[0] == rank ? sg : ki_actor_other_rank(sg); /* "Minister" */
            }
            if (ab)
                actor_add(&got, ab);
        }
        for (size_t j = 0; j < got.n; j++)
            actor_add(ac, got.v[j]);
        x = e >= b ? b : s[e] == 'e' ? e + 2 : e + 1; /* past "en", ",", "/", "&" */
        x = ki_skip_blank(s, b, x);
    }
    return ac->n > before;
}

/* Where the value of a register's label that ends at i starts: past the
 * blanks, ':' and '|' after it, before e ("Termijn:  1 juli 2025", "|
 * Status | voldaan |"). */
static size_t label_value(const char *s, size_t e, size_t i)
{
    while (i < e && (ki_is_blank((unsigned char)s[i]) || s[i] == ':' || s[i] == '|'))
        i++;
    return i;
}

/* The status cell s[a, b) of a row: the first of its sentences (four at
 * most) whose cues say settled or progress, that relation in *rel and the
 * sentence in [*es, *ee); false when none does. */
static bool cell_sentence_state(struct ki_scan *sc, size_t a, size_t b, ki_relation *rel, size_t *es, size_t *ee)
{
    const char *s = sc->s;
    for (int k = 0; k < 4 && a < b; k++) {
        size_t e = kd_sent_end(s, sc->n, a);
        if (e > b || e <= a)
            e = b;
        cues cx;
        kd_cues_of(sc, a, e, 0, 0, &cx);
        if ((cx.settled || cx.progress) && kd_cue_rel(&cx, rel)) {
            *es = a;
            *ee = e;
            return true;
        }
        a = ki_skip_blank(s, b, e);
    }
    return false;
}

static ki_status row_cells(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    /* who: a row's cell of a column headed "Bewindspersoon" */
    for (size_t k = 0; k < r->ncommitments; k++) {
        ki_commitment *c = &r->commitments[k];
        size_t p = c->span.start, ls = kd_line_start(s, p < n ? p : n), i = ki_skip_blank(s, n, ls);
        actors wc = {{0}, 0, false};
        if (p < n && i < n && s[i] == '|' && who_cell(sc, n, ls, kd_line_end(s, n, p), &wc) && set_actors(r, c, &wc))
            return KI_ERR_NOMEM;
    }
    for (size_t k = 0; k < r->ncommitments; k++) {
        ki_commitment *c = &r->commitments[k];
        size_t p = c->span.start;
        if (p >= n || s[p] == '|')
            continue;
        size_t ls = kd_line_start(s, p), le = kd_line_end(s, n, p), i = ki_skip_blank(s, le, ls);
        const char *bar = i < le && s[i] == '|' && p < le ? memchr(s + p, '|', le - p) : NULL;
        if (!bar)
            continue; /* no row, or the promise is in its last cell */
        size_t ce = (size_t)(bar - s), st = le, te = ce;
        while (st > ce && s[st - 1] != '|')
            st--;
        /* the last cell, past a closing bar ("| ... | Loopt. |"), and
         * whether it says how the promise stands: it opens with a status
         * word ("Loopt.", "Deels afgedaan.", "Vervallen: ..."), or its
         * column's head says so (then no vindplaats either way) */
        size_t re = le, l0, l1;
        while (re > ce + 1 && ki_is_blank((unsigned char)s[re - 1]))
            re--;
        if (st == le && re > ce + 1 && s[re - 1] == '|') {
            re--;
            for (st = re; st > ce && s[st - 1] != '|';)
                st--;
        } else {
            re = le;
        }
        if (st <= ce || ki_skip_blank(s, re, st) >= re)
            continue; /* the promise is in its last cell */
        ki_relation srel = KI_REL_CITED;
        size_t sx = ki_skip_blank(s, re, st);
        bool state = row_state(s, re, sx, &srel);
        bool status = state || head_cell_at(s, n, ls, le, status_heads, sx, &l0, &l1);
        /* a status cell that opens with no status word says it in a later
         * sentence ("Zie de brief van 6 november (...). Met die brief is de
         * toezegging afgedaan."): that sentence, the evidence */
        size_t cs = sx, ce2 = re;
        size_t k0, k1;
        if (!state && state_column(s, n, ls, le, sx, &srel, &k0, &k1)) {
            state = true;
            cs = k0;
            ce2 = k1;
        }
        if (status && !state)
            state = cell_sentence_state(sc, sx, re, &srel, &cs, &ce2);
        while (te > p && ki_is_blank((unsigned char)s[te - 1]))
            te--;
        if (c->span.end > te && !set_text(sc, c, p, te))
            return KI_ERR_NOMEM;
        if (c->subject) {
            char *b = strchr(c->subject, '|');
            if (b) {
                while (b > c->subject && (b[-1] == ' ' || b[-1] == '.' || b[-1] == ','))
                    b--;
                *b = '\0';
            }
        }
        /* the vindplaats: the cells between, or the one after it unless
         * that is the status */
        size_t v0 = ce + 1, v1 = st > ce + 1 || status ? st - 1 : re, vs = 0, ve = 0;
        bool hv = v1 > v0 && find_venue(s, v0, v1, v1, &vs, &ve);
        ki_date dt;
        size_t d0 = hv ? ve : v0;
        bool hd = v1 > d0 && ki_date_find(s + d0, v1 - d0, &dt);
        /* else the cells before the promise's own: one that is a date and
         * nothing else ("| TZ202607-018 | 02-07-2026 | U zegt toe ... |"),
         * or a debate with its date ("| Commissiedebat Water, 2 juli 2026 |") */
        for (size_t x = i; (!hd || !hv) && x < p;) {
            const char *nb = memchr(s + x + 1, '|', p - x - 1);
            if (!nb)
                break;
            size_t c0 = ki_skip_blank(s, (size_t)(nb - s), x + 1), c1 = (size_t)(nb - s), bs, be;
            while (c1 > c0 && ki_is_blank((unsigned char)s[c1 - 1]))
                c1--;
            ki_date cd;
            if (!hd && c1 > c0 && ki_date_find(s + c0, c1 - c0, &cd) && cd.year && cd.start == 0 && cd.end == c1 - c0) {
                hd = true, d0 = c0, dt = cd;
            } else if (!hv && c1 > c0 && find_venue(s, c0, c1, c1, &bs, &be)) {
                hv = true, vs = bs, ve = be;
                if (!hd && be < c1 && ki_date_find(s + be, c1 - be, &cd))
                    hd = true, d0 = be, dt = cd;
            }
            x = (size_t)(nb - s);
        }
        if (!hv && !hd && !status)
            continue;
        if (!c->date && !c->date_raw && hd) {
            char iso[11];
            if (ki_date_resolve(&dt, sc->refdate, iso))
                c->date = ki_refs_strdup(r, iso);
            else
                c->date_raw = kd_clean_copy(r, s, d0 + dt.start, d0 + dt.end);
        }
        if (hv && !c->venue && !(c->venue = kd_clean_copy(r, s, vs, ve)))
            return KI_ERR_NOMEM;
        /* a column headed "Termijn" or "Deadline": its cell, as written
         * (before a term the promise's words name: the register's own) */
        size_t t0, t1;
        if (term_cell(s, n, ls, le, &t0, &t1) && (!c->deadline || has_term(s, t0, t1)) &&
            !(c->deadline = kd_clean_copy(r, s, t0, t1)))
            return KI_ERR_NOMEM;
        /* a column headed "Datum toezegging": the day it was made (not the
         * deadline's date beside it, which the row's first date may be) */
        size_t m0;
        char miso[11];
        if (made_day_cell(s, n, ls, le, &dt, &m0) && ki_date_resolve(&dt, sc->refdate, miso) &&
            !(c->date && strcmp(c->date, miso) == 0)) {
            if (!(c->date = ki_refs_strdup(r, miso)))
                return KI_ERR_NOMEM;
            c->date_raw = NULL;
        }
        /* its references: its own cell's and the vindplaats', not the
         * letters the status names */
        const char *ids[16];
        size_t nids = 0;
        /* (the row's number in the cell before: "| TZ202611-201 | De
         * minister zegt toe ...") */
        ids_in(sc, REF_TK, i, v1, ids, &nids, 16);
        ids_in(sc, REF_KST, p, v1, ids, &nids, 16);
        if (set_refs(r, c, ids, nids))
            return KI_ERR_NOMEM;
        if (c->relation == KI_REL_MADE || (state && c->relation == KI_REL_CITED)) {
            size_t e = ce2;
            while (e > cs && ki_is_blank((unsigned char)s[e - 1]))
                e--;
            c->relation = state ? srel : KI_REL_CITED;
            if (state && !(c->evidence = kd_clean_copy(r, s, cs, e)))
                return KI_ERR_NOMEM;
        }
    }
    return KI_OK;
}

/* A letter's section per item, its heading with the item's number ("4.
 * Wachttijden jeugdbescherming (TZ202509-071)"): the number of the first
 * commitment of the paragraph below it that has none of its own (records in
 * text order). */
static ki_status section_numbers(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    size_t last = (size_t)-1; /* the heading a record took last */
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        if (c->nrefs || c->relation == KI_REL_MADE)
            continue;
        /* the paragraph's first line, then the heading above it (one blank
         * line between, or none) */
        size_t ls = kd_line_start(s, kd_sent_start(s, n, c->span.start));
        if (ls == 0)
            continue;
        size_t hl = kd_line_start(s, ls - 1);
        if (kd_blank_line(s, n, hl) && hl > 0)
            hl = kd_line_start(s, hl - 1);
        size_t h0 = ki_skip_blank(s, n, hl), he = kd_line_end(s, n, hl);
        while (he > h0 && ki_is_blank((unsigned char)s[he - 1]))
            he--;
        if (hl == last || he <= h0 || he - h0 > 100 || s[he - 1] != ')' || !ki_is_digit((unsigned char)s[h0]))
            continue;
        const char *ids[2];
        size_t nids = 0;
        ids_in(sc, REF_TK, h0, he, ids, &nids, 2);
        if (nids != 1 || ids[0][0] != 'T')
            continue;
        /* (no other record between the heading and this one) */
        if (i > 0 && r->commitments[i - 1].span.start > hl && r->commitments[i - 1].span.start < c->span.start)
            continue;
        if (set_refs(r, c, ids, 1))
            return KI_ERR_NOMEM;
        last = hl;
    }
    return KI_OK;
}

/* A beslisnota's or letter's head names the commitment it is about by its
 * number ("Toezegging / motie  Ja", "Nummer  TZ202606-092" in the first
 * 1500 bytes, the first after its label): when no record carries that number, it is the first
 * commitment the text handles (settled, progress or addressed) that has no
 * number of its own. */
static bool head_label(const char *s, size_t pos)
{
    static const char *const labels[] = {"Nummer", "Nummers", "Toezegging", "Toezeggingsnummer", "TZ-nummer",
                                         "Kenmerk toezegging", "Referentie"};
    size_t ls = ki_skip_blank(s, pos, kd_line_start(s, pos));
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        size_t e = word_at(s, pos, ls, labels[k]);
        if (e && e < pos && (s[e] == ':' ? e + 1 : e) <= pos &&
            ki_skip_blank(s, pos, s[e] == ':' ? e + 1 : e) == pos)
            return true;
    }
    return false;
}

static ki_status head_number(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *tz = NULL;
    for (size_t k = 0; k < r->ntk_numbers; k++) {
        const ki_tknumber *t = &r->tk_numbers[k];
        if (t->span.start >= 1500 || t->id[0] != 'T' || !head_label(sc->s, t->span.start))
            continue;
        if (tz)
            return KI_OK; /* two: which is which is not said */
        tz = t->id;
    }
    if (!tz)
        return KI_OK;
    for (size_t i = 0; i < r->ncommitments; i++)
        for (size_t x = 0; x < r->commitments[i].nrefs; x++)
            if (strcmp(r->commitments[i].refs[x], tz) == 0)
                return KI_OK; /* already someone's */
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        if (c->relation != KI_REL_SETTLED && c->relation != KI_REL_PROGRESS && c->relation != KI_REL_ADDRESSED)
            continue;
        bool own = false;
        for (size_t x = 0; x < c->nrefs; x++)
            own = own || c->refs[x][0] == 'T';
        if (own)
            return KI_OK;
        char **v = ki_refs_alloc(r, (c->nrefs + 1) * sizeof *v);
        if (!v)
            return KI_ERR_NOMEM;
        for (size_t x = 0; x < c->nrefs; x++)
            v[x] = c->refs[x];
        v[c->nrefs] = (char *)tz;
        c->refs = v;
        c->nrefs++;
        return KI_OK;
    }
    return KI_OK;
}

/* The debate the Handelingen item before pos puts on the agenda: "Aan de
 * orde is het debat over netcongestie." gives [*a, *b) = "debat over
 * netcongestie" (a debate or overleg; within the 20000 bytes before pos). */
static bool on_agenda(const char *s, size_t pos, size_t *a, size_t *b)
{
    size_t from = pos > 20000 ? pos - 20000 : 0, last = (size_t)-1;
    for (size_t at = from; (at = kd_find_ci(s, pos, at, "Aan de orde is het ")) != (size_t)-1; at++)
        last = at;
    if (last == (size_t)-1)
        return false;
    size_t x = last + 19, e = x;
    int depth = 0; /* "(CD d.d. 24/09)" */
    while (e < pos && (depth > 0 || s[e] != '.') && s[e] != '\n' && e - x < 120) {
        depth += s[e] == '(' ? 1 : s[e] == ')' && depth > 0 ? -1 : 0;
        e++;
    }
    if (e >= pos || s[e] != '.' || e == x)
        return false;
    static const char *const kinds[] = {"debat", "overleg", "vragenuur"};
    bool ok = false;
    for (size_t k = 0; k < 3 && !ok; k++)
        ok = kd_find_ci(s, e, x, kinds[k]) != (size_t)-1;
    *a = x;
    *b = e;
    return ok;
}

/* The meeting the chair opens before pos, in a stenogram of a committee:
 * "Ik open dit commissiedebat over het geneesmiddelenbeleid.", "Welkom bij
 * het wetgevingsoverleg van de vaste commissie voor Financiën over de
 * Belastingplannen.": its kind in [*ka, *kb) ("commissiedebat") and what
 * it is about in [*a, *b) ("over het geneesmiddelenbeleid"), to the end
 * of the clause (which may run past the first 5000 bytes).  False when the
 * opening names no kind of meeting or not what it is about. */
static bool opened_meeting(const char *s, size_t pos, size_t *ka, size_t *kb, size_t *a, size_t *b)
{
    static const char *const opens[] = {"open dit ", "open het ", "welkom bij dit ", "welkom bij het "};
    static const char *const kinds[] = {"commissiedebat", "wetgevingsoverleg", "notaoverleg", "algemeen overleg",
                                        "debat"};
    /* the chair opens it at the start: the first 5000 bytes, not the
     * whole stenogram again for every promise in it */
    size_t lim = pos < 5000 ? pos : 5000;
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
        size_t at = kd_find_ci(s, lim, 0, opens[k]);
        if (at == (size_t)-1)
            continue;
        size_t x = at + strlen(opens[k]);
        for (size_t j = 0; j < sizeof kinds / sizeof kinds[0]; j++) {
            size_t l = strlen(kinds[j]);
            if (!starts_ci(s, pos, x, kinds[j]) || x + l >= pos || !ki_is_blank((unsigned char)s[x + l]))
                continue;
            /* the clause: to a full stop, comma or question mark, over at
             * most one line break */
            size_t e = x;
            while (e < pos && s[e] != '.' && s[e] != ',' && s[e] != '?' && e - x < 200 &&
                   !(s[e] == '\n' && e + 1 < pos && s[e + 1] == '\n'))
                e++;
            size_t o = kd_find_ci(s, e, x, " over ");
            if (e >= pos || e - x >= 200 || s[e] == '\n' || o == (size_t)-1)
                return false;
            *ka = x;
            *kb = x + l;
            *a = o + 1;
            *b = e;
            return true;
        }
    }
    return false;
}

/* The committee meeting a follow-up debate on the agenda before pos
 * follows, as a venue in out: "het debat naar aanleiding van een algemeen
 * overleg op 27 maart 2008 over X" -> "algemeen overleg X", "het
 * tweeminutendebat X (CD 24/9)" -> "commissiedebat X" (AO: "algemeen
 * overleg X").  False when the agenda names none. */
static bool prior_venue(const char *s, size_t pos, char *out, size_t cap)
{
    size_t a, b, k;
    if (!on_agenda(s, pos, &a, &b))
        return false;
    if ((k = kd_find_ci(s, b, a, "algemeen overleg")) != (size_t)-1) {
        size_t o = kd_find_ci(s, b, k, " over ");
        if (o == (size_t)-1)
            return false;
        size_t x = o + 6, w;
        if ((w = word_at(s, b, x, "de")) || (w = word_at(s, b, x, "het")))
            x = ki_skip_blank(s, b, w); /* "over de Regeling Agressieve Dieren" */
        snprintf(out, cap, "algemeen overleg %.*s", (int)(b - x), s + x);
        return true;
    }
    if ((k = kd_find_ci(s, b, a, "tweeminutendebat ")) != (size_t)-1) {
        size_t x = k + 17, br = kd_find_ci(s, b, x, " (");
        if (br == (size_t)-1 || br == x)
            return false;
        bool ao = starts_ci(s, b, br + 2, "AO");
        if (!ao && !starts_ci(s, b, br + 2, "CD"))
            return false;
        snprintf(out, cap, "%s %.*s", ao ? "algemeen overleg" : "commissiedebat", (int)(br - x), s + x);
        return true;
    }
    return false;
}

/* Is the subject of the clause of the verb at pos ("..., dat het
 * Havenbedrijf Rotterdam heeft toegezegd") an organisation, not a
 * bewindspersoon, the government, the Kamer or "ik"? */
static bool third_party(const char *s, size_t ss, size_t pos)
{
    size_t d = (size_t)-1;
    for (size_t x = ss; (x = kd_find_ci(s, pos, x, " dat ")) != (size_t)-1; x++)
        d = x + 5;
    if (d == (size_t)-1)
        return false;
    size_t w = ki_skip_blank(s, pos, d), e;
    if (!(e = word_at(s, pos, w, "het")) && !(e = word_at(s, pos, w, "de")))
        return false;
    w = ki_skip_blank(s, pos, e);
    static const char *const gov[] = {"minister", "staatssecretaris", "kabinet", "regering", "kamer",
                                      "bewindspersoon", "minister-president", "voorzitter", NULL};
    return w < pos && is_upper((unsigned char)s[w]) && !kd_word_in_list(s, w, kd_word_end(s, pos, w), gov) &&
           kd_find_ci(s, pos, w, " heeft ") != (size_t)-1;
}

/* Is the subject of "X heeft ... toezegging gedaan" / "X heeft (mij)
 * toegezegd" at pos a body by its name ("ProRail heeft de toezegging
 * gedaan", "Noord-Brabant heeft een vergelijkbare toezegging gedaan",
 * "Universiteiten van Nederland heeft mij toegezegd")?  The clause before
 * pos holds "heeft"/"hebben" after a capitalised first word, and no word
 * of the government, of a person or of a ministry ("ik", "minister",
 * "mijn voorganger", "de heer", "Defensie"). */
static bool named_body_promises(const char *s, size_t ss, size_t pos)
{
    size_t cs = ss;
    for (size_t x = ss; x < pos; x++)
        if (s[x] == ';' || s[x] == ',' || s[x] == ':')
            cs = x + 1;
    cs = ki_skip_blank(s, pos, cs);
    if (cs >= pos || !is_upper((unsigned char)s[cs]) || kd_word_end(s, pos, cs) < cs + 3 || pos - cs > 160)
        return false;
    /* (a plain clause: no figure, bracket or line of page furniture in it) */
    for (size_t x = cs; x < pos; x++)
        if (ki_is_digit((unsigned char)s[x]) || s[x] == '(' || s[x] == ')' || s[x] == '_' ||
            (s[x] == '\n' && x + 1 < pos && s[x + 1] == '\n'))
            return false;
    static const char *const has[] = {"heeft", "hebben", "had", "hadden"};
    size_t h = kd_word_in(s, cs, pos, has, sizeof has / sizeof has[0]);
    if (h == (size_t)-1 || h == cs)
        return false;
    static const char *const gov[] = {
        "ik", "wij", "we", "u", "uw", "mijn", "onze", "minister", "ministers", "staatssecretaris", "kabinet",
        "regering", "bewindspersoon", "bewindspersonen", "minister-president", "premier", "voorganger",
        "ambtsvoorganger", "ambtgenoot", "collega", "heer", "mevrouw", "hij", "zij", "ministerie", "ministeries",
        "departement", "kamer", "commissie", "defensie", "financi\xc3\xabn", "justitie", "onderwijs",
        "volksgezondheid", "buitenlandse", "economische", "binnenlandse", "infrastructuur", "sociale",
        "landbouw", "klimaat", "asiel", "volkshuisvesting", "dit", "dat", "het", "er", "daarbij", "toen", NULL};
    /* (the whole clause: the subject may follow the verb, "In dat overleg
     * heeft de minister toegezegd") */
    for (size_t x = cs; x < pos;) {
        while (x < pos && !ki_is_letter((unsigned char)s[x]))
            x++;
        size_t e = kd_word_end(s, pos, x);
        if (e == x)
            break;
        if (kd_word_in_list(s, x, e, gov))
            return false;
        x = e;
    }
    return true;
}

/* Heads of the subjects that are no bewindspersoon: a provincie, a
 * gemeente, their colleges and staten, the griffier, a company, the
 * Rekenkamer, an ombudsman, a toezichthouder, a planbureau. */
static const char *const bodies[] = {"provincie", "provincies", "gemeente", "gemeenten", "college",
                                     "gedeputeerde", "provinciale", "griffier", "griffie", "waterschap",
                                     "waterschappen", "burgemeester", "wethouder", "gedeputeerde", "vng",
                                     "ipo", "rdw", "prorail", "bedrijf", "netbeheerder", "netbeheerders",
                                     "sector", "werkgevers", "vakbonden", "rekenkamer", "ombudsman",
                                     "toezichthouder", "planbureau", "inspectie", "uwv", "svb", "duo", "nza",
                                     "acm", "cbs", "koepel", "brancheorganisatie", NULL};

/* Is s[x, e) one of bodies[], or a council that is no part of the cabinet
 * ("PO-Raad", "sectorraad", "Onderwijsraad"; not "ministerraad")? */
static bool body_word(const char *s, size_t x, size_t e)
{
    if (kd_word_in_list(s, x, e, bodies))
        return true;
    static const char council[] = "raad", cabinet[] = "ministerraad";
    size_t l = e - x, cl = sizeof council - 1;
    return l >= cl && strncasecmp(s + e - cl, council, cl) == 0 &&
           !(l == sizeof cabinet - 1 && strncasecmp(s + x, cabinet, l) == 0);
}

/* Does the sentence at ss (before pos) open with a subject of those,
 * past a heading line: "Gedeputeerde Staten vragen ...", "De provincie
 * ..."? */
static bool body_first(const char *s, size_t ss, size_t pos)
{
    size_t a = past_heading(s, ss, pos), e;
    if ((e = word_at(s, pos, a, "de")) || (e = word_at(s, pos, a, "het")))
        a = ki_skip_blank(s, pos, e);
    return (e = kd_word_end(s, pos, a)) > a && body_word(s, a, e);
}

/* Does "daarover" at x point at what the sentence itself does first: "zal
 * ik ... met de sectorraad de uitkomsten bespreken en u daarover berichten"
 * ("en u", "en uw Kamer" before it, well after the trigger at ts)? */
static bool told_after_done(const char *s, size_t ts, size_t x)
{
    size_t we, w = ki_word_before(s, ts, x, &we);
    if (we > w && word_at(s, we, w, "kamer"))
        w = ki_word_before(s, ts, w, &we);
    if (!(we > w && (word_at(s, we, w, "u") || word_at(s, we, w, "uw"))))
        return false;
    w = ki_word_before(s, ts, w, &we);
    return we > w && word_at(s, we, w, "en") && w > ts + 20;
}

/* Is the subject of the clause of the verb at pos (the part of the
 * sentence at ss after its last ";" or ",") one of those bodies: "de
 * provincie Limburg heeft toegezegd", "De griffier zegt toe", or "Zij
 * hebben toegezegd" after a sentence that opened with one ("Gedeputeerde
 * Staten vragen ...")?  Not when a bewindspersoon, "ik" or "wij" is in
 * the clause, nor a body the promise is made to ("aan de provincie"). */
static bool body_promises(const char *s, size_t n, size_t ss, size_t pos)
{
    size_t cs = ss;
    for (size_t x = ss; x < pos; x++)
        if (s[x] == ';' || s[x] == ',')
            cs = x + 1;
    static const char *const gov[] = {"ik", "wij", "we", "minister", "staatssecretaris", "kabinet",
                                      "regering", "bewindspersoon", "minister-president", NULL};
    static const char *const to[] = {"aan", "met", "voor", "van", "bij", "door", NULL};
    bool body = false;
    for (size_t x = cs; x < pos;) {
        while (x < pos && !ki_is_letter((unsigned char)s[x]))
            x++;
        size_t e = kd_word_end(s, pos, x);
        if (e == x)
            break;
        if (kd_word_in_list(s, x, e, gov))
            return false;
        if (!body && body_word(s, x, e)) {
            /* "aan de provincie", "met gemeenten": to whom, not who */
            size_t we, w = ki_word_before(s, cs, x, &we);
            if (we > w && (word_at(s, we, w, "de") || word_at(s, we, w, "het")))
                w = ki_word_before(s, cs, w, &we);
            if (we > w && kd_word_in_list(s, w, we, to))
                return false;
            body = true;
        }
        x = e;
    }
    if (body)
        return true;
    /* "Zij hebben toegezegd": the subject of the sentence before */
    size_t a = cs;
    while (a < pos && !ki_is_letter((unsigned char)s[a]))
        a++;
    if (a == ss || cs == ss) {
        size_t pe2, ps = sentence_before(s, n, ss, &pe2);
        if (ps < ss && (word_at(s, pos, a, "zij") || word_at(s, pos, a, "ze")) && body_first(s, ps, pe2))
            return true;
    }
    return false;
}

ki_status kd_build_commitments(struct ki_scan *sc, const motinfo *mv, size_t nm,
                               cominfo *cv, size_t nc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    /* (a lijst van vragen en antwoorden reports no meeting: its answers
     * are the bewindspersoon's letter) */
    bool verslag = kd_kind_is(sc, "verslag") && !sc->meta.answered;
    size_t ctx_vs = 0, ctx_ve = 0, ctx_at = 0; /* "enkele toezeggingen gedaan" */
    ki_date ctx_dt;
    memset(&ctx_dt, 0, sizeof ctx_dt);
    for (size_t i = 0; i < nc; i++) {
        cominfo *ci = &cv[i];
        size_t ss = kd_sent_start(s, n, ci->start), se = kd_sent_end(s, n, ci->end);
        size_t nt = kd_next_trigger(mv, nm, cv, nc, ci->start, n);
        size_t ue = se < nt ? se : nt; /* this commitment's own text ends here */
        actors ac = {{0}, 0, false};
        bool made = false, has_venue = false, by_self = false, third = false, kept_ptr = false;
        size_t subj_cut = 0; /* where its subject ends, when before ue */
        bool ntz = false; /* it gives a registered commitment's own number */
        size_t xds = 0, xde = 0; /* where else its date may be said */
        bool inherited = false;    /* venue and date from an earlier overview */
        size_t vs = 0, ve = 0, hs, he, subj_s;
        /* the head: where actor, venue and date are said */
        if (ci->form == 0) {
            /* "Toezegging" alone on its line is a heading, not a commitment */
            size_t l0 = kd_line_start(s, ci->start), l1 = kd_line_end(s, n, ci->start);
            while (l0 < ci->start && (ki_is_blank((unsigned char)s[l0]) || s[l0] == '#'))
                l0++;
            while (l1 > ci->end && (ki_is_blank((unsigned char)s[l1 - 1]) || s[l1 - 1] == ':'))
                l1--;
            if (l0 == ci->start && l1 == ci->end)
                continue;
            /* nor a heading that names no number ("Toezegging aan de Tweede
             * Kamer") over the sentence that makes or tells the promise */
            if (l0 == ci->start && l1 - l0 < 60 && l1 < n && !memchr(s + l0, '.', l1 - l0) &&
                !memchr(s + l0, ':', l1 - l0) && !memchr(s + l0, '(', l1 - l0) && i + 1 < nc &&
                cv[i + 1].start > l1 && cv[i + 1].start < l1 + 300 && cv[i + 1].form != 0 &&
                kd_sent_start(s, n, cv[i + 1].start) <= l1 + 2)
                continue;
            /* "Toezegging: De minister zegt toe ...": a label over the
             * promise the verb after it makes */
            size_t cl = ci->end;
            while (cl < n && (s[cl] == ' ' || s[cl] == '\t'))
                cl++;
            if (l0 == ci->start && cl < n && s[cl] == ':' && i + 1 < nc && cv[i + 1].form != 0 &&
                cv[i + 1].start < se)
                continue;
            /* "Toezegging: De staatssecretaris zal de Kamer ... sturen": who
             * the words after the label name, by title or by rank */
            if (l0 == ci->start && cl < n && s[cl] == ':') {
                size_t a0 = ki_skip_blank(s, n, cl + 1), a1 = a0 + 120 < se ? a0 + 120 : se;
                size_t fin = kd_word_in(s, a0, a1, (const char *const[]){"zal", "zullen", "zegt", "zeggen"}, 4);
                if (fin != (size_t)-1) {
                    find_actors(sc, a0, fin, &ac);
                    if (!ac.n && bare_maker(s, a0, fin))
                        (void)same_rank_before(sc, a0, fin, &ac);
                }
            }
            /* "moties en toezeggingen" names a kind of item, not one ("Stand
             * van zaken moties en toezeggingen", "Bijlage bij: ... moties en
             * toezeggingen begrotingsbehandeling VWS 2026"): the items say
             * the rest */
            if ((s[ci->end - 1] == 'n' || s[ci->end - 1] == 'N') && ci->start >= ss + 10 &&
                (starts_ci(s, ci->start, ci->start - 10, "moties en ") ||
                 starts_ci(s, ci->start, ci->start - 9, "motie en ")))
                continue;
            /* ... and so does "elke toezegging" ("in de lijst staat bij elke
             * toezegging wie haar deed", "per toezegging") */
            {
                size_t e0, w0 = ki_word_before(s, ss, ci->start, &e0);
                if (e0 > w0 && (word_at(s, e0, w0, "elke") || word_at(s, e0, w0, "iedere") ||
                                word_at(s, e0, w0, "per")))
                    continue;
            }
            /* ... and so does a count of them: "Met deze brief geef ik
             * uitvoering aan twee moties en een toezegging over X" (the
             * letter takes each up below) */
            {
                size_t e1, w1 = ki_word_before(s, ss, ci->start, &e1), e2, w2 = ki_word_before(s, ss, w1, &e2), e3,
                           w3 = ki_word_before(s, ss, w2, &e3);
                if (e1 > w1 && e2 > w2 && e3 > w3 && word_at(s, e1, w1, "een") && word_at(s, e2, w2, "en") &&
                    (word_at(s, e3, w3, "motie") || word_at(s, e3, w3, "moties")))
                    continue;
            }
            /* nor a heading with its number and title ("Toezegging T03912 -
             * Monitoring"): the entry's text on the next line says the rest */
            {
                size_t le = kd_line_end(s, n, ci->start), nl = le < n ? ki_skip_blank(s, n, le + 1) : n;
                char lc = kd_last_char(s, n, kd_line_start(s, ci->start));
                bool titled = false; /* " - Titel" after the number */
                for (size_t x = ci->end; x + 2 < le && !titled; x++)
                    titled = ki_is_blank((unsigned char)s[x]) &&
                             (s[x + 1] == '-' || ((unsigned char)s[x + 1] == 0xE2 && x + 3 < le &&
                                                  (unsigned char)s[x + 2] == 0x80)) &&
                             x > ci->end + 2;
                if (l0 == ci->start && s[ci->start] == 'T' && titled && lc != '.' && lc != ':' && lc != ';' &&
                    nl < n && is_upper((unsigned char)s[nl]) && le < ue)
                    ue = le;
            }
            /* nor is the word in a table: its rows are read cell by cell below */
            if (in_row(s, n, ci->start))
                continue;
            hs = ci->end;
            he = ue;
            /* "de toegezegde evaluatie (van X)": what follows is what was
             * promised, up to a bracket that closes around it */
            bool attr = ci->attr = s[ci->end - 1] == 'e';
            for (size_t x = hs; attr && x < ue; x++) {
                if (s[x] == ')' || s[x] == ';') {
                    ue = x;
                    break;
                }
                /* "de toegezegde evaluatie | is vertraagd": the predicate
                 * says what became of it */
                static const char *const verbs[] = {"is", "wordt", "zal", "komt", "volgt", "loopt", "heeft",
                                                    "verschijnt", "voor", "na", "uiterlijk", "ontvangt"};
                bool v = false;
                for (size_t k = 0; k < sizeof verbs / sizeof verbs[0] && !v && x > hs; k++)
                    v = !ki_is_letter((unsigned char)s[x - 1]) && word_at(s, ue, x, verbs[k]);
                if (v) {
                    subj_cut = x;
                    break;
                }
            }
            for (size_t x = hs; x < ue && !attr; x++) {
                size_t w;
                if ((w = word_at(s, ue, x, "om")) || (w = word_at(s, ue, x, "dat")) ||
                    (w = word_at(s, ue, x, "waarin"))) {
                    he = x;
                    break;
                }
            }
            subj_s = attr ? hs : he;
            /* "Toezegging: De minister van X zal ...", "Toezegging (d.d. ...,
             * CD X): de minister informeert ...": a register entry's text
             * follows its colon */
            if (!attr && he == ue && entry_label_end(s, hs, ue) < ue)
                subj_s = entry_label_end(s, hs, ue);
            /* "Toezegging(en) van SJenV, MBZK en SOCW" / "Toezegging minister van VWS" */
            size_t as = ki_skip_blank(s, n, hs), k;
            if ((k = word_at(s, n, as, "van")) || (k = word_at(s, n, as, "aan")))
                as = k;
            size_t ae = he;
            /* "Ik heb die toezegging in mijn brief van 20 november jl.
             * nagekomen": the letter and its day are where and when it was
             * kept, not made */
            size_t kwe, kw = ki_word_before(s, ss, ci->start, &kwe);
            static const char *const kept_words[] = {"nagekomen", "ingelost", "uitgevoerd", "afgedaan", "gestand"};
            kept_ptr = kwe > kw && (word_at(s, kwe, kw, "die") || word_at(s, kwe, kw, "deze")) &&
                       kd_word_in(s, ci->end, se, kept_words, 5) != (size_t)-1;
            if (!attr && !kept_ptr && find_venue(s, hs, hs + 160, he, &vs, &ve) && gap_ok(s, hs, vs)) {
                has_venue = true;
                ae = vs;
            }
            /* who made it is named right after the noun, or after a colon
             * ("Toezegging (TZ..): de minister van X informeert"), not in a
             * later clause ("... zijn opgenomen in de brief van de minister") */
            size_t ge = gap_end(s, hs, ae);
            if (!word_at(s, n, ki_skip_blank(s, n, hs), "aan")) {
                find_actors(sc, as, ge, &ac);
                /* "de toezegging van MSZW en u": a beslisnota's reader too */
                if (ac.n && kd_kind_is(sc, "beslisnota"))
                    for (size_t x = as; x + 4 < ge; x++)
                        if (s[x] == ' ' && word_at(s, ge, x + 1, "en") && word_at(s, ge, x + 4, "u")) {
                            actor_add(&ac, "u");
                            break;
                        }
            }
            for (size_t x = hs; x < ge && !ac.n && !has_venue; x++)
                if (s[x] == ':') {
                    size_t y = ki_skip_blank(s, he, x + 1);
                    find_actors(sc, y, subject_end(s, y, he), &ac);
                    break;
                }
            if (!ac.n && has_venue) {
                /* "..., gedaan door de minister van X" */
                for (size_t x = ve; x + 4 < he && !ac.n; x++)
                    if (word_at(s, he, x, "door"))
                        find_actors(sc, x + 4, he, &ac);
                /* "Toezegging TZ.. aan het lid X, gedaan tijdens Y: de minister van Z informeert" */
                for (size_t x = ve; x < he && !ac.n; x++)
                    if (s[x] == ':') {
                        size_t y = ki_skip_blank(s, he, x + 1);
                        find_actors(sc, y, subject_end(s, y, he), &ac);
                        break;
                    }
            }
            /* "de toezegging, door mij gedaan in het commissiedebat X": the
             * writer's */
            if (!ac.n && !made) {
                size_t dm = kd_find_ci(s, ue, ci->end, "door mij gedaan");
                if (dm == (size_t)-1)
                    dm = kd_find_ci(s, ue, ci->end, "door ons gedaan");
                if (dm != (size_t)-1 && dm < ci->end + 6 && actor_self_at(sc, ci->start, &ac))
                    by_self = true;
            }
            /* "Deze toezegging heeft de staatssecretaris van X op 8 december
             * gedaan": who, between the verb and "gedaan" */
            size_t hk = ki_skip_blank(s, n, ci->end), hq;
            if (!ac.n && !made && ((hq = word_at(s, n, hk, "heeft")) || (hq = word_at(s, n, hk, "hebben")))) {
                size_t dn = kd_find_ci(s, se, hq, " gedaan");
                if (dn != (size_t)-1 && dn - hq < 200)
                    find_actors(sc, hq, dn, &ac);
            }
            /* "Mijn ambtsvoorganger heeft een toezegging gedaan tijdens X":
             * the office that signs */
            if (!ac.n && predecessor_of(s, ss, ci->start, false))
                (void)actor_self_at(sc, ci->start, &ac);
            /* "De staatssecretaris heeft die toezegging gestand gedaan": the
             * subject before "heeft die/deze/zijn/haar", by title, else the
             * one of that rank named before */
            size_t dpe, dp = ki_word_before(s, ss, ci->start, &dpe), hpe, hp;
            if (!ac.n && !made && dpe > dp &&
                (word_at(s, dpe, dp, "die") || word_at(s, dpe, dp, "deze") || word_at(s, dpe, dp, "zijn") ||
                 word_at(s, dpe, dp, "haar")) &&
                (hp = ki_word_before(s, ss, dp, &hpe)) < hpe &&
                (word_at(s, hpe, hp, "heeft") || word_at(s, hpe, hp, "hebben"))) {
                size_t t0 = subject_start(s, ss, hp);
                find_actors(sc, t0, hp, &ac);
                if (!ac.n && bare_maker(s, t0, hp))
                    (void)same_rank_before(sc, t0, hp, &ac);
            }
            /* "de toezegging die ik deed in het commissiedebat X" */
            for (size_t x = hs; has_venue && !ac.n && x < vs; x++) {
                if (x > hs && ki_is_letter((unsigned char)s[x - 1]))
                    continue;
                /* (and "Toezegging T03701 deed mijn ambtsvoorganger in het X") */
                if (word_at(s, vs, x, "ik") || word_at(s, vs, x, "wij") || word_at(s, vs, x, "we") ||
                    my_predecessor(s, vs, x))
                    (void)actor_self_at(sc, ci->start, &ac);
                else if (word_at(s, vs, x, "u")) {
                    /* "u": a beslisnota's reader; a letter's addressee ("Aan
                     * de minister van X") when its head names one */
                    bool nota_u = kd_kind_is(sc, "beslisnota");
                    if (nota_u || !addressee_actor(s, x, &ac))
                        actor_add(&ac, "u");
                }
            }
            /* "de toezegging die de minister deed in het commissiedebat X":
             * the bewindspersoon of that rank named before, or who signs */
            size_t dk = ki_skip_blank(s, vs, ci->end), dq;
            if ((dq = word_at(s, vs, dk, "na")) || (dq = word_at(s, vs, dk, "af"))) /* "komen wij de toezegging na die ..." */
                dk = ki_skip_blank(s, vs, dq);
            if (has_venue && !ac.n && vs > ci->end && word_at(s, vs, dk, "die"))
                (void)third_person(sc, ss, dk, vs, &ac);
            /* "mijn toezegging" */
            size_t b = ci->start;
            while (b > ss && ki_is_blank((unsigned char)s[b - 1]))
                b--;
            bool mine = false;
            if (b >= ss + 4 && (word_at(s, n, b - 4, "mijn") || (b >= ss + 4 && word_at(s, n, b - 4, "onze")))) {
                (void)actor_self_at(sc, ci->start, &ac);
                mine = true;
            }
            /* a beslisnota's "uw toezegging": its reader's, "u" */
            if (!ac.n && b >= ss + 2 && word_at(s, n, b - 2, "uw") && kd_kind_is(sc, "beslisnota"))
                actor_add(&ac, "u");
            /* "Hierbij stuur ik u de toegezegde evaluatie": in a letter, the
             * promise of the office that writes */
            if (!ac.n && (s[ci->start] == 't' || s[ci->start] == 'T') && s[ci->end - 1] == 'e' && !verslag) {
                (void)actor_self_at(sc, ci->start, &ac);
                mine = by_self = true; /* named by what was promised, even unsigned */
            }
            /* "de eerdere toezegging van uw voorganger dat ...", "de
             * toezegging van de minister om ...": made by a bewindspersoon
             * the text does not name */
            size_t vk = ki_skip_blank(s, n, ci->end), vq;
            bool maker = (vq = word_at(s, n, vk, "van")) && bare_maker(s, ki_skip_blank(s, n, vq), ue);
            /* "de reactie op de toezegging aan het lid Bikker om ...": made to a
             * member, by the office that writes */
            if (!ac.n && (vq = word_at(s, n, vk, "aan"))) {
                size_t m0 = ki_skip_blank(s, n, vq);
                if ((starts_ci(s, n, m0, "het lid ") || starts_ci(s, n, m0, "de leden ") ||
                     starts_ci(s, n, m0, "de heer ") || starts_ci(s, n, m0, "mevrouw ")) &&
                    actor_self_at(sc, ci->start, &ac) && ac.n)
                    by_self = true;
            }
            cues c;
            size_t mk = ci->start > ss + 60 ? ci->start - 60 : ss;
            size_t mke = ci->end + 30 < ue ? ci->end + 30 : ue;
            kd_cues_of(sc, mk, mke, 0, 0, &c);
            made = c.made;
            /* "doe ik de toezegging uit het commissiedebat X af": the
             * particle past the window settles it, nothing is made */
            for (size_t y = ci->end; made && y < ue; y++)
                if (!ki_is_letter((unsigned char)s[y - 1]) && (word_at(s, ue, y, "af") || word_at(s, ue, y, "gestand")))
                    made = false;
            /* "invulling aan de toezegging gedaan tijdens het commissiedebat
             * X van 2 oktober", "wordt de toezegging gedaan tijdens X
             * afgedaan": the participle names a promise made then (not
             * "heeft deze toezegging gedaan tijdens ...", a verb) */
            static const char *const paux[] = {"heeft", "hebben", "had", "hadden", "is", "wordt", "werd", "worden"};
            size_t pp = ki_skip_blank(s, ue, ci->end), ppe;
            static const char *const kept[] = {"afgedaan", "nagekomen", "uitgevoerd", "ingelost"};
            if (made && (ppe = word_at(s, ue, pp, "gedaan")) &&
                (kd_word_in(s, ss, ci->start, paux, 8) == (size_t)-1 || kd_word_in(s, ppe, ue, kept, 4) != (size_t)-1)) {
                size_t p2 = ki_skip_blank(s, ue, ppe);
                if (word_at(s, ue, p2, "tijdens") || word_at(s, ue, p2, "in") || word_at(s, ue, p2, "bij") ||
                    word_at(s, ue, p2, "op"))
                    made = false;
            }
            /* "Op 19 januari jl. is, tijdens een VSO (...), de Kamer de
             * toezegging gedaan ...": made that day, which was before this
             * document; it reports on it.  Where and when come before the
             * noun, and who is the office that writes. */
            ki_date pd, nd;
            char piso[11];
            bool past = false;
            for (size_t f = ss; made && sc->refdate && f < ci->start && ki_date_find(s + f, ci->start - f, &nd);
                 f += nd.end) {
                /* the last date before the noun (a letter's own date line
                 * may open the same "sentence") */
                pd = nd;
                pd.start += f;
                pd.end += f;
                past = !deadline_date(s, ss, pd.start) && ki_date_resolve(&nd, sc->refdate, piso) &&
                       strcmp(piso, sc->refdate) < 0;
            }
            if (past) {
                made = false;
                xds = pd.start;
                xde = ci->start;
                /* "In het Algemeen Overleg over X op 2 juni 2009 (...) is aan
                 * uw Kamer de toezegging gedaan": the venue may stand before
                 * its date */
                if (!has_venue && (find_venue(s, pd.start, ci->start, ci->start, &vs, &ve) ||
                                   (find_venue(s, ss, pd.start, ci->start, &vs, &ve) && ve <= pd.start + 4)))
                    has_venue = true;
                if (!ac.n && actor_self_at(sc, ci->start, &ac))
                    by_self = true;
            }
            if (made && !has_venue && find_venue(s, ss, ci->start, ci->start, &vs, &ve))
                has_venue = true;
            /* "De minister van X deed in het commissiedebat Y de toezegging ..." */
            bool deed = false;
            for (size_t x = ss; x < ci->start && !deed && !made && !has_venue; x++)
                if (s[x] == 'd' && (x == ss || !ki_is_letter((unsigned char)s[x - 1])))
                    deed = word_at(s, ci->start, x, "deed") || word_at(s, ci->start, x, "deden");
            if (deed && !ac.n && find_venue(s, ss, ci->start, ci->start, &vs, &ve)) {
                has_venue = true;
                find_actors(sc, ss, vs, &ac);
            }
            /* "Tijdens het commissiedebat X heeft de minister van Y een
             * toezegging gedaan over Z", "twee toezeggingen gedaan:": the
             * subject of "heeft", before the noun */
            size_t gd0 = ki_skip_blank(s, ue, ci->end);
            if (!ac.n && !made && word_at(s, ue, gd0, "gedaan")) {
                static const char *const aux[] = {"heeft", "hebben", "had", "hadden"};
                size_t hx = kd_word_in(s, ss, ci->start, aux, 4);
                if (hx != (size_t)-1)
                    find_actors(sc, hx, ci->start, &ac);
            }
            /* "Met deze brief geeft de minister invulling aan de toezegging
             * ...", "geef ik uitvoering aan de toezegging": who carries it
             * out made it */
            if (!ac.n && !made && ci->start > ss + 12) {
                size_t a0 = ci->start > ss + 30 ? ci->start - 30 : ss;
                if (kd_find_ci(s, ci->start, a0, "invulling aan ") != (size_t)-1 ||
                    kd_find_ci(s, ci->start, a0, "uitvoering aan ") != (size_t)-1) {
                    static const char *const self[] = {"ik", "wij", "we"};
                    if (kd_word_in(s, ss, ci->start, self, 3) != (size_t)-1) {
                        if (actor_self_at(sc, ci->start, &ac))
                            by_self = true;
                    } else {
                        (void)third_person(sc, ci->start, ss, ci->start, &ac); /* named before it */
                    }
                }
            }
            /* "- de toezegging om ... (commissiedebat X, 4 juli 2024);": where
             * and when in the bracket that closes the item */
            if (!has_venue && !made && trailing_bracket(s, he, ue, &xds, &xde) &&
                find_venue(s, xds, xds + 1, xde, &vs, &ve)) {
                has_venue = true;
                xds = ve;
            }
            /* said before the noun: "Het vragenuur van dinsdag 3 juni jl.
             * leidde tot een toezegging van ...", "informeert MFin de Kamer,
             * conform de toezegging in het commissiedebat X" */
            if (!has_venue && !made && one_named(s, ss, ci->start, ci->end, ue) &&
                find_venue(s, ss, ci->start, ci->start, &vs, &ve) && !letter_venue_at(s, vs, ve))
                has_venue = true;
            if (!ac.n && has_venue && conform_before(s, ss, ci->start))
                find_actors(sc, ss, ci->start, &ac);
            /* "Conform mijn toezegging in het genoemde debat zal ik ..." */
            if (mine && !has_venue && !made && conform_before(s, ss, ci->start))
                by_self = true;
            if (maker && !ac.n && one_named(s, ss, ci->start, ci->end, ue)) {
                by_self = true;
                /* "de toezegging van de staatssecretaris": the one of that
                 * rank named before, or the signer's (for "de minister") or
                 * the signer's ministry's (for "de staatssecretaris") */
                size_t t = ki_skip_blank(s, n, word_at(s, n, vk, "van")), tt, te;
                char rank = word_at(s, n, t, "de") ? title_rank_at(s, n, t, &tt, &te) : 0;
                if (rank)
                    (void)last_named_before(sc, ss, 4000, rank, &ac);
            }
            /* "dat de minister een toezegging heeft gedaan, namelijk dat ..." */
            if (!ac.n && !has_venue && !made && !by_self) {
                size_t g = ki_skip_blank(s, ue, ci->end), e2;
                if ((e2 = word_at(s, ue, g, "heeft")) || (e2 = word_at(s, ue, g, "hebben")))
                    g = ki_skip_blank(s, ue, e2);
                if (word_at(s, ue, g, "gedaan")) {
                    for (size_t x = ss; x < ci->start && !by_self; x++)
                        if ((s[x] == 'd' || s[x] == 'D' || s[x] == 'h' || s[x] == 'H') &&
                            (x == ss || !ki_is_letter((unsigned char)s[x - 1])))
                            by_self = bare_maker(s, x, ci->start);
                }
            }
            /* "Tijdens de behandeling ... op 16 december 2025 heb ik uw Kamer
             * enkele toezeggingen gedaan", or said ahead: "Ook ga ik in op
             * twee toezeggingen uit het commissiedebat Bouwopgave van 4 juni
             * jl.": where and when of the commitments the letter then takes
             * one by one ("Ik heb toegezegd ...") */
            if (!made && (s[ci->end - 1] == 'n' || s[ci->end - 1] == 'N')) {
                size_t g = ki_skip_blank(s, ue, ci->end), v0, v1, w2;
                ki_date cd;
                bool said = !has_venue && word_at(s, ue, g, "gedaan") &&
                            find_venue(s, ss, ci->start, ci->start, &v0, &v1) &&
                            ki_date_find(s + v1, ci->start - v1, &cd);
                /* ("twee toezeggingen gedaan: X, en Y": these, one by one) */
                if (said && g + 6 < ue && s[g + 6] == ':') {
                    vs = v0;
                    ve = v1;
                    has_venue = true;
                }
                bool ahead = !said && ((w2 = word_at(s, ue, g, "uit")) || (w2 = word_at(s, ue, g, "tijdens"))) &&
                             find_venue(s, w2, w2 + 8, ue, &v0, &v1) && ki_date_find(s + v1, ue - v1, &cd) &&
                             cd.start < 12;
                if (said || ahead) {
                    ctx_vs = v0;
                    ctx_ve = v1;
                    ctx_dt = cd;
                    ctx_dt.start += v1;
                    ctx_dt.end += v1;
                    ctx_at = ci->end;
                }
            }
            /* a letter's opening count of what it takes up below: "Met deze
             * brief informeer ik uw Kamer over twee moties en twee
             * toezeggingen: ... en de toezeggingen uit het commissiedebat
             * X", "Hierbij bericht ik u over ... twee toezeggingen over de
             * financiering" (where and when it gives are kept above) */
            /* (not "twee toezeggingen gedaan: X, en Y", which names them) */
            if (!made && (s[ci->end - 1] == 'n' || s[ci->end - 1] == 'N') && counted_before(s, ss, ci->end) &&
                !word_at(s, ue, ki_skip_blank(s, ue, ci->end), "gedaan") &&
                !memchr(s + ci->end, ':', (ue < ci->end + 60 ? ue : ci->end + 60) - ci->end))
                continue;
            /* "Met deze brief geef ik invulling aan de toezegging over X",
             * "Hiermee voldoe ik aan de toezegging om ...", "doe ik
             * toezegging T03357 gestand": one commitment, named by its
             * subject or number, that the writer says the text handles */
            cues cs2 = c; /* the whole clause up to it: "Ik ga hierbij in op de moties ... en op de toezeggingen om" */
            /* (in a bewindspersoon's turn in the Handelingen, the whole
             * sentence when the noun opens it, its verb far after: "De
             * toezegging uit het commissiedebat X van D over de schulden bij
             * private schuldeisers loopt nog") */
            bool hand = kd_kind_is(sc, "handelingen");
            size_t cs_e = mke, dwe, dw = ki_word_before(s, ss, ci->start, &dwe);
            static const char *const det1[] = {"de", "deze", "die", "mijn", "onze", "haar", "zijn", NULL};
            if (hand && ki_skip_blank(s, ci->start, ss) == (dwe > dw ? dw : ci->start) &&
                (dwe == dw || kd_word_in_list(s, dw, dwe, det1)))
                cs_e = ue;
            if (!ac.n && !made && !by_self && !attr && !(c.settled || c.progress || c.addressed) && (ss < mk || cs_e > mke))
                kd_cues_of(sc, ss, cs_e, 0, 0, &cs2);
            if (!ac.n && !made && !by_self && !attr && (cs2.settled || cs2.progress || cs2.addressed)) {
                size_t g = ki_skip_blank(s, ue, ci->end);
                if (g < ue && s[g] == '(')
                    g++;
                bool named = word_at(s, ue, g, "over") || word_at(s, ue, g, "om") || word_at(s, ue, g, "inzake") ||
                             word_at(s, ue, g, "betreffende") || word_at(s, ue, g, "aangaande") ||
                             starts_ci(s, ue, g, "met betrekking tot ") ||
                             (g + 6 <= ue && s[g] == 'T' && ki_is_digit((unsigned char)s[g + 1]) &&
                              ki_is_digit((unsigned char)s[g + 5])) ||
                             /* or by its meeting, in the Handelingen: "De toezegging uit het
                              * commissiedebat X van D" (a letter's is often another's) */
                             (hand && has_venue && vs > ci->end && vs < ci->end + 24 &&
                              (word_at(s, ue, g, "uit") || word_at(s, ue, g, "tijdens") || word_at(s, ue, g, "in")));
                /* "haar toezegging", "zijn toezegging": the bewindspersoon's */
                bool own = mine || (b >= ss + 4 && word_at(s, n, b - 4, "haar")) ||
                           (b >= ss + 4 && word_at(s, n, b - 4, "zijn"));
                if ((named || own) && actor_self_at(sc, ci->start, &ac) && ac.n)
                    by_self = true; /* the office that signs, not a committee's minutes */
            }
            /* "de toezegging(en) over X, gedaan in het debat van ...": X */
            size_t ov = ki_skip_blank(s, ue, ci->end), ove;
            if (ov < ue && s[ov] == '(') /* "de toezeggingen (over X en Y) die ..." */
                ov++;
            if (numbered_line(s, ue, ov)) { /* "De toezegging TZ201710-112 over X" */
                size_t x = ov;
                while (x < ue && !ki_is_blank((unsigned char)s[x]))
                    x++;
                if (word_at(s, ue, ki_skip_blank(s, ue, x), "over"))
                    ov = ki_skip_blank(s, ue, x);
            }
            /* (or after who made it, where and when: "Toezegging MKGG
             * (commissiedebat X, d.d. ...) over Y: ...") */
            if (!attr && he == ue && has_venue && ve > ci->end && ve < ue && !word_at(s, ue, ov, "over")) {
                size_t x = ve, q;
                for (int g = 0; g < 6 && x < ue; g++) {
                    ki_date vd;
                    size_t dl;
                    x = ki_skip_blank(s, ue, x);
                    if (x < ue && (s[x] == ',' || s[x] == ')'))
                        x++;
                    else if (starts_ci(s, ue, x, "d.d."))
                        x += 4;
                    else if ((q = word_at(s, ue, x, "van")) || (q = word_at(s, ue, x, "op")))
                        x = q;
                    else if ((dl = ki_date_parse(s + x, ue - x, false, &vd)))
                        x += dl;
                    else
                        break;
                }
                if (word_at(s, ue, x, "over"))
                    ov = x;
            }
            if (!attr && he == ue && (ove = word_at(s, ue, ov, "over"))) {
                subj_s = ki_skip_blank(s, ue, ove);
                /* ("over de warmtewet: zie bijlage 2": what became of it) */
                for (size_t x = subj_s; x < ue && !subj_cut; x++)
                    if (s[x] == '(' || s[x] == ')' || (s[x] == ':' && x + 1 < ue && ki_is_blank((unsigned char)s[x + 1])) ||
                        (s[x] == ',' && x + 2 < ue &&
                                        (word_at(s, ue, x + 2, "gedaan") || word_at(s, ue, x + 2, "die") ||
                                         word_at(s, ue, x + 2, "zoals") || word_at(s, ue, x + 2, "waarover"))) ||
                        ((s[x] == 'd' || s[x] == 'g') && ki_is_blank((unsigned char)s[x - 1]) &&
                         (word_at(s, ue, x, "die") || word_at(s, ue, x, "gedaan"))))
                        subj_cut = x;
                /* "De toezegging over X is hiermee afgedaan" */
                size_t fe = om_clause_end(s, subj_s, subj_cut ? subj_cut : ue, false);
                if (fe < (subj_cut ? subj_cut : ue))
                    subj_cut = fe;
                /* "..., gedaan in het debat van 27 maart", "die in ons debat
                 * van 27 maart naar voren kwamen": where it was made */
                if (subj_cut && !has_venue && find_venue(s, subj_cut, subj_cut + 40, ue, &vs, &ve))
                    has_venue = true;
            }
            /* "De toezegging om X, gedaan tijdens het commissiedebat van 5
             * april 2023, wordt ... ingelost": where it was made */
            size_t gd;
            if (!attr && !has_venue && word_at(s, ue, ov, "om") &&
                (gd = kd_find_ci(s, ue, ov, ", gedaan ")) != (size_t)-1 &&
                find_venue(s, gd + 9, gd + 40, ue, &vs, &ve)) {
                has_venue = true;
                subj_cut = gd;
                xds = ve; /* its date: "van 5 april 2023" */
                xde = ve + 40 < ue ? ve + 40 : ue;
            }
            /* "is conform eerdere toezegging vóór 1 april afgerond",
             * "Conform mijn toezegging stuur ik u hierbij ...": the
             * writer's own earlier promise, unless "van X" names another */
            if (!ac.n && !by_self && conform_before(s, ss, ci->start) && !word_at(s, ue, ki_skip_blank(s, ue, ci->end), "van") &&
                actor_self_at(sc, ci->start, &ac))
                by_self = true;
            /* "Die toezegging doe ik graag: ...", "Ik doe de toezegging dat
             * ...": made now, by the one speaking or writing */
            if (!ac.n && !made && promise_done_now(s, ss, ci->start, ci->end, ue) &&
                actor_self_at(sc, ci->start, &ac))
                made = by_self = true;
            /* (unless it says what was promised and gives its number: "De
             * toezegging om X (TZ201710-112) is hiermee afgedaan") */
            size_t nw = ki_skip_blank(s, ue, ci->end);
            bool numbered = false;
            if (numbered_line(s, ue, nw)) { /* "De toezegging TZ201710-112 over X" */
                /* "Tot dat moment blijft toezegging T03688 openstaan." */
                numbered = s[ci->end - 1] == 'g' && still_open(s, ss, ue) && kd_find_ci(s, ue, ss, "status") == (size_t)-1 &&
                           kd_find_ci(s, ue, ss, "deadline") == (size_t)-1 && kd_find_ci(s, ue, ss, "aanmerken") == (size_t)-1 &&
                           kd_find_ci(s, ue, ss, "aan te merken") == (size_t)-1;
                while (nw < ue && !ki_is_blank((unsigned char)s[nw]))
                    nw++;
                nw = ki_skip_blank(s, ue, nw);
            }
            if (!ac.n && !has_venue && !made && !by_self &&
                (numbered || word_at(s, ue, nw, "om") || word_at(s, ue, nw, "dat") || word_at(s, ue, nw, "over")))
                ntz = own_number_in(sc, ci->end, ue);
            /* a beslisnota's advice "Instemmen met de toezegging in de brief
             * om X", "akkoord te gaan met de toezegging in de Kamerbrief dat
             * X": the letter promises X, now */
            if (!made && kd_kind_is(sc, "beslisnota") &&
                (kd_find_ci(s, ci->start, ss, "stemmen met") != (size_t)-1 ||
                 kd_find_ci(s, ci->start, ss, "akkoord") != (size_t)-1)) {
                size_t in = kd_find_ci(s, ue, ci->end, " brief");
                if (in != (size_t)-1 && in < ci->end + 30)
                    made = true;
            }
            /* "Reactie: de minister deed deze toezegging op 14 mei 2025",
             * "ook deze toezegging heb ik op 2 december 2025 gedaan": when
             * the one just named was made (merge_mentions() dates it) */
            bool dated_back = false;
            size_t dbe, db = ki_word_before(s, ss, ci->start, &dbe);
            if (s[ci->end - 1] == 'g' && dbe == ci->start - 1 && (word_at(s, dbe, db, "deze") || word_at(s, dbe, db, "die"))) {
                static const char *const did[] = {"gedaan", "deed", "deden"};
                ki_date d0;
                size_t v0, v1;
                dated_back = (kd_word_in(s, ci->end, ue, did, 3) != (size_t)-1 || kd_word_in(s, ss, ci->start, did, 3) != (size_t)-1) &&
                             (ki_date_find(s + ci->end, ue - ci->end, &d0) || find_venue(s, ci->end, ue, ue, &v0, &v1));
            }
            /* "De toezegging die ik op 3 maart 2026 in de Eerste Kamer deed
             * (T03690), om ..., is hiermee nagekomen": mine, made then and
             * there (one: not "de toezeggingen die wij ... hebben gedaan") */
            size_t rc_e;
            char who;
            if (!ac.n && !made && !by_self && s[ci->end - 1] == 'g' && mine_relative(s, ci->end, ue, &rc_e, &who)) {
                if (who == 'i' ? actor_self_at(sc, ci->start, &ac)
                               : who == 'z' ? last_named_before(sc, ci->start, ci->start - ss + 200, 0, &ac)
                                            : addressee_office(sc, ci->start, &ac))
                    by_self = true;
                size_t v0, v1;
                if (!has_venue && find_venue(s, ci->end, rc_e, rc_e, &v0, &v1)) {
                    has_venue = true;
                    vs = v0;
                    ve = v1;
                }
                xds = ci->end;
                xde = rc_e;
            }
            /* "Zij wijst erop dat de toezegging uit X is vertraagd" (a
             * verslag or the Handelingen: what was said, told) */
            bool told = kd_reports_debate(sc);
            if (!ac.n && !made && !by_self && told && s[ci->end - 1] == 'g' && teller_of(sc, ss, ci->start, &ac))
                by_self = true;
            if (!ac.n && !has_venue && !made && !by_self && !ntz && !dated_back)
                continue; /* a bare mention: "toezeggingen", "deze toezegging" */
            /* the letter's subject line names its theme: "Betreft Rappel
             * toezeggingen", "Betreft Stand van zaken moties en toezeggingen"
             * (not "Betreft Toezegging over X") */
            if (!ntz && kd_on_subject_line(s, ci->start)) {
                size_t le = kd_line_end(s, n, ci->start);
                static const char *const more[] = {"over", "om", "dat", "uit", "van", "aan", "tijdens", "in", "inzake"};
                if (kd_word_in(s, ci->end, le, more, sizeof more / sizeof more[0]) == (size_t)-1)
                    continue;
            }
            /* a set, not one: "de stand van zaken van de openstaande
             * toezeggingen", "alle toezeggingen uit dat debat" */
            static const char *const some[] = {"openstaande", "alle", "enkele", "diverse", "verschillende",
                                               "overige", "lopende", "aantal", "resterende", "volgende", NULL};
            size_t qe0, q0 = ki_word_before(s, ss, ci->start, &qe0);
            if (!ac.n && !ntz && s[ci->end - 1] == 'n' && qe0 > q0 && kd_word_in_list(s, q0, qe0, some) &&
                !word_at(s, ue, nw, "over") && !word_at(s, ue, nw, "om") && !word_at(s, ue, nw, "dat"))
                continue;
            /* the head of a list: "Lijst van toezeggingen", "Overzicht
             * toezeggingen" on a line of its own */
            if (!ntz && s[ci->end - 1] == 'n') {
                size_t hl0 = kd_line_start(s, ci->start), h0 = ki_skip_blank(s, ci->start, hl0);
                size_t t = ci->end, hle = kd_line_end(s, n, ci->start);
                while (t < hle && (s[t] == ' ' || s[t] == '\t' || s[t] == ':'))
                    t++;
                if ((starts_ci(s, ci->start, h0, "lijst van ") || starts_ci(s, ci->start, h0, "overzicht ")) && t == hle)
                    continue;
            }
            /* what the letter covers: "Ik ga in op de aangenomen moties en
             * op de toezeggingen uit het commissiedebat X" */
            if (!ac.n && !ntz && s[ci->end - 1] == 'n' && kd_find_ci(s, ci->start, ss, " in op ") != (size_t)-1)
                continue;
            /* "de toezeggingen van de minister ... die op 15 augustus
             * openstonden of sinds de vorige begroting zijn afgedaan", "de
             * toezeggingen die wij in het debat hebben gedaan": which ones a
             * list holds, not one */
            if (!ntz && s[ci->end - 1] == 'n' && kd_find_ci(s, ue, ci->end, " die ") != (size_t)-1) {
                static const char *const which[] = {"openstonden", "openstaan", "openstaand", "afgedaan", "gedaan", "deden"};
                if (kd_word_in(s, ci->end, ue, which, sizeof which / sizeof which[0]) != (size_t)-1)
                    continue;
            }
            /* "Toezegging X om Y te herijken: hierop wordt in deze brief
             * ingegaan": what follows the colon is what became of it */
            if (!attr && !subj_cut && subj_s < ue && !made) {
                const char *co = memchr(s + subj_s, ':', ue - subj_s);
                size_t cq = co ? (size_t)(co - s) : ue;
                if (co && cq > subj_s + 10 && cq + 1 < ue && ki_is_blank((unsigned char)s[cq + 1]))
                    subj_cut = cq;
            }
        } else if (ci->form == 1) {
            /* "beloofd", the lay word: a promise when the writer or the
             * addressee says it ("Ik heb de Kamer ... beloofd", "U heeft de
             * Kamer beloofd"), not a member's report of another's ("heeft de
             * minister beloofd te kijken naar ...") */
            if (s[ci->start] == 'b' &&
                kd_word_in(s, ss, ci->start, (const char *const[]){"ik", "wij", "we", "u"}, 4) == (size_t)-1)
                continue;
            /* "De brief wordt daardoor later dan toegezegd verzonden": how the
             * promise just told of goes (its status), no promise of its own
             * (alone, "Deze brief komt later dan toegezegd" is the one) */
            {
                size_t dwe, dw = ki_word_before(s, ss, ci->start, &dwe);
                /* ("Ik betreur het dat ik uw Kamer later dan toegezegd
                 * informeer", further down the letter: the same one) */
                bool told = false;
                for (size_t j = i; j-- > 0 && !told && cv[j].start + 4000 > ci->start;)
                    told = cv[j].keep;
                if (dwe > dw && word_at(s, dwe, dw, "dan") && s[ci->start] == 't' && told)
                    continue;
            }
            /* "... heeft de staatssecretaris van X toegezegd (in de brief van ...)" */
            hs = ss;
            he = ci->end;
            size_t k = ki_skip_blank(s, n, ci->end), q;
            if ((q = word_at(s, n, k, "door"))) {
                /* "zoals toegezegd door de minister van X in het ..." */
                size_t used;
                size_t j = ki_skip_blank(s, n, q);
                if (ki_actor_parse(s + j, n - j, &used))
                    k = ki_skip_blank(s, n, j + used);
            }
            /* (not a particle of the promised verb: "toegezegd in te zetten
             * op", "op te treden") */
            /* (nor a phrase of it: "toegezegd in overleg te treden met"; a
             * meeting is "het debat", "een overleg", "CD X", "12 maart") */
            static const char *const det[] = {"het", "de", "een", "dit", "dat", "deze", "die", "mijn", "ons",
                                              "onze", "zijn", "haar", "uw", "hun", NULL};
            if (((q = word_at(s, n, k, "in")) || (q = word_at(s, n, k, "tijdens")) ||
                 (q = word_at(s, n, k, "bij")) || (q = word_at(s, n, k, "op"))) &&
                !word_at(s, n, ki_skip_blank(s, n, q), "te") &&
                (s[k] == 't' || kd_word_in_list(s, ki_skip_blank(s, n, q), kd_word_end(s, n, ki_skip_blank(s, n, q)), det) ||
                 !(s[ki_skip_blank(s, n, q)] >= 'a' && s[ki_skip_blank(s, n, q)] <= 'z'))) {
                he = ue;
                for (size_t x = q; x < ue; x++)
                    if (word_at(s, ue, x, "dat") || word_at(s, ue, x, "om") || word_at(s, ue, x, "te")) {
                        he = x;
                        /* "... aan te passen": the particle goes with its verb */
                        size_t pe, pw = ki_word_before(s, q, x, &pe);
                        if (s[x] == 't' && pe > pw && particle_at(s, pw, pe))
                            he = pw;
                        /* "... in het debat van 12 maart 2024 de regeling aan
                         * te passen": what follows the debate's date */
                        ki_date qd;
                        if (s[x] == 't' && ki_date_find(s + q, he - q, &qd) && q + qd.end + 3 < he)
                            he = q + qd.end;
                        break;
                    }
            }
            /* "zegde de minister van X toe ...": the actor between verb and "toe" */
            size_t toe = 0;
            if (s[ci->start] == 'z') {
                for (size_t x = ci->end; x < ue && x < ci->end + 160 && !toe; x++)
                    if (s[x] == 't' && ki_is_blank((unsigned char)s[x - 1]))
                        toe = word_at(s, ue, x, "toe");
                if (toe) /* "zegde in het debat toe de regeling aan te passen" */
                    he = toe;
            }
            subj_s = he > ci->end ? he : ci->end;
            /* "Met deze brief informeer ik u, zoals toegezegd in de brief van
             * 10 januari ...": this letter is no venue (find_venue() passes
             * "deze brief" by), the one after the verb is */
            if (find_venue(s, ss, ci->start, ci->start, &vs, &ve))
                has_venue = true;
            else if (find_venue(s, ci->end, he, toe ? toe : he, &vs, &ve))
                has_venue = true;
            /* "Bij brief van 29 januari 2024 ... In de brief is toegezegd
             * dat ...", "In die brief heb ik toegezegd": the letter the
             * sentence before named */
            bool deze = false;
            /* "Met onze brief van 26 mei 2023 hebben wij u geïnformeerd ...
             * In deze brief hebben wij u ook toegezegd ...": the past tense
             * makes "deze brief" the one just named */
            if (!has_venue && ss > 2) {
                size_t db = kd_find_ci(s, ci->start, ss, "deze brief");
                bool perf = false;
                for (size_t x = db; db != (size_t)-1 && x < ci->start && !perf; x++)
                    perf = !ki_is_letter((unsigned char)s[x - 1]) &&
                           (word_at(s, ci->start, x, "heb") || word_at(s, ci->start, x, "hebben") ||
                            word_at(s, ci->start, x, "heeft") || word_at(s, ci->start, x, "is"));
                if (perf) {
                    vs = db + 5; /* "brief" */
                    ve = db + 10;
                    has_venue = deze = true;
                }
            }
            if (has_venue && ve - vs == 5 && memcmp(s + vs, "brief", 5) == 0 && vs >= 4 &&
                (starts_ci(s, vs, vs - 3, "de ") || starts_ci(s, vs, vs - 4, "die ") ||
                 starts_ci(s, vs, vs - 5, "deze ")) && ss > 2) {
                size_t p0 = kd_sent_start(s, n, ss - 2), pvs, pve;
                for (size_t x = p0; x < ss && find_venue(s, x, ss, ss, &pvs, &pve); x = pve) {
                    if (letter_venue_at(s, pvs, pve) && pve > pvs + 5) {
                        vs = pvs; /* "brief van 29 januari 2024" */
                        ve = pve;
                        deze = false;
                        break;
                    }
                }
                if (deze)
                    has_venue = false; /* no letter named before: this one */
            }
            /* "In het commissiedebat van 5 februari jl. vroeg het lid X naar
             * Y. Ik heb toen toegezegd ...": "toen", "daarbij", "daar" and
             * "in dat debat" are the debate the sentence before named */
            bool that = has_venue && vs >= ss + 4 && (starts_ci(s, vs, vs - 4, "dat ") ||
                                                       starts_ci(s, vs, vs - 4, "dit ") ||
                                                       (vs >= ss + 5 && starts_ci(s, vs, vs - 5, "deze ")) ||
                                                       starts_ci(s, vs, vs - 4, "die "));
            if ((!has_venue || that) && ss > 2 && back_to_debate(s, ss, ci->start)) {
                size_t p0 = kd_sent_start(s, n, ss - 2), pvs, pve;
                if (find_venue(s, p0, ss, ss, &pvs, &pve) && !letter_venue_at(s, pvs, pve)) {
                    vs = pvs;
                    ve = pve;
                    has_venue = true;
                    xds = p0; /* its date, before or after it */
                    xde = ss;
                } else if (that) {
                    /* "Op 3 september werd het wetsvoorstel behandeld.
                     * Tijdens deze behandeling heb ik toegezegd ...": the
                     * date the sentence before gives */
                    xds = p0;
                    xde = ss;
                }
            }
            if (toe && has_venue && vs > ci->end) {
                find_actors(sc, ci->end, vs, &ac);
                find_actors(sc, ve, toe, &ac);
            } else if (toe) {
                find_actors(sc, ci->end, toe, &ac);
            }
            if (ac.n) {
                /* said after the verb */
            } else if (has_venue && ve < ci->start) {
                find_actors(sc, ss, vs, &ac);
                find_actors(sc, ve, ci->start, &ac);
            } else {
                find_actors(sc, ss, ci->start, &ac);
            }
            size_t kd = ki_skip_blank(s, n, ci->end);
            if ((q = word_at(s, n, kd, "door")))
                find_actors(sc, q, q + 120 < ue ? q + 120 : ue, &ac);
            if (!ac.n) {
                /* a pronoun as the subject: "U heeft ...", "heb ik ..." */
                bool u = false, ik = false;
                for (size_t x = ss; x < ci->start; x++) {
                    size_t e;
                    if ((e = word_at(s, ci->start, x, "ik")) || (e = word_at(s, ci->start, x, "wij")) ||
                        (e = word_at(s, ci->start, x, "we"))) {
                        size_t y = ki_skip_blank(s, ci->start, e);
                        if (x == ss || word_at(s, ci->start, y, "heb") || word_at(s, ci->start, y, "hebben") ||
                            (x >= 4 && (starts_ci(s, n, x - 4, "heb ") || starts_ci(s, n, x - 7, "hebben "))))
                            ik = true;
                    }
                    if ((s[x] == 'u' || s[x] == 'U') && (e = word_at(s, ci->start, x, "u"))) {
                        size_t y = ki_skip_blank(s, ci->start, e);
                        if (word_at(s, ci->start, y, "heeft") || (x >= 6 && starts_ci(s, n, x - 6, "heeft ")))
                            u = true;
                    }
                }
                /* a beslisnota's "u" stays "u" (the seed's and the
                 * annotators' usage); a letter's is its addressee */
                bool nota = kd_kind_is(sc, "beslisnota");
                /* "Zoals ik u bij verschillende gelegenheden heb toegezegd" */
                bool heb = false, ikw = false;
                for (size_t x = ss; x < ci->start && !ik; x++) {
                    heb = heb || word_at(s, ci->start, x, "heb") || word_at(s, ci->start, x, "hebben");
                    ikw = ikw || word_at(s, ci->start, x, "ik") || word_at(s, ci->start, x, "wij");
                    ik = heb && ikw;
                }
                /* "die ik in het tweeminutendebat X toezegde", "zoals wij
                 * toen toezegden": the finite verb of a clause of the writer */
                if (!ik && ikw && starts_ci(s, ci->end, ci->start, "toezegde"))
                    ik = true;
                /* "In hetzelfde debat zegde ik toe ...": the subject after the verb */
                if (!ik && toe) {
                    size_t y = ki_skip_blank(s, toe, ci->end);
                    ik = word_at(s, toe, y, "ik") || word_at(s, toe, y, "wij") || word_at(s, toe, y, "we");
                }
                /* (in an answer to written questions the question's "u"
                 * is the bewindspersoon who answers: "Vraag 4 / U heeft
                 * tijdens het commissiedebat X toegezegd ...") */
                bool answers = kd_kind_is(sc, "antwoord");
                if (u && !ik && answers && actor_self_at(sc, ci->start, &ac) && ac.n)
                    by_self = true;
                /* "Wanneer ontvangt de Kamer de evaluatie die in het
                 * commissiedebat X is toegezegd?", asked of the one who
                 * answers (a lijst van vragen en antwoorden) */
                else if (!u && !ik && (answers || sc->meta.answered) && se > ss && s[se - 1] == '?' &&
                         kd_word_in(s, ss, ci->start, (const char *const[]){"is", "zijn", "werd", "werden"}, 4) !=
                             (size_t)-1 &&
                         actor_self_at(sc, ci->start, &ac) && ac.n)
                    by_self = true;
                else if (u && !ik && (nota || !addressee_actor(s, ss, &ac)))
                    actor_add(&ac, "u");
                else if (ik) {
                    if (!actor_self_at(sc, ci->start, &ac))
                        continue; /* a member speaking */
                    by_self = true; /* "ik heb toegezegd": the writer, even unnamed */
                } else if (bare_subject(s, ss, ci->start)) {
                    by_self = true; /* "De minister heeft toegezegd, ...": who, unnamed */
                    (void)same_rank_before(sc, ss, ci->start, &ac);
                } else if (third_person(sc, ss, ss, ci->start, &ac) ||
                           (toe && third_person(sc, ss, ci->end, toe, &ac))) {
                    third = true;
                }
            }
            /* "Mijn ambtsvoorganger heeft op 4 november ... toegezegd": the
             * office that signs */
            if (!ac.n && predecessor_of(s, ss, ci->start, false))
                (void)actor_self_at(sc, ci->start, &ac);
            /* "Bij brief van 29 januari hebben onze ambtsvoorgangers ... In
             * de brief is toegezegd dat ...": that letter's office signs */
            if (!ac.n && ss > 2 && kd_find_ci(s, ci->start, ss, "brief") != (size_t)-1 &&
                predecessor_of(s, kd_sent_start(s, n, ss - 2), ss, false))
                (void)actor_self_at(sc, ci->start, &ac);
            /* "Uw ambtsvoorganger heeft ... toegezegd" (a beslisnota, a
             * committee's letter to a bewindspersoon): the addressee's office */
            if (!ac.n && predecessor_of(s, ss, ci->start, true))
                (void)addressee_office(sc, ss, &ac);
            /* "Het is niet mogelijk, zoals eerder toegezegd, uw Kamer ... te
             * informeren": a letter's own earlier promise */
            if (!ac.n && !by_self && zoals_before(s, ss, ci->start) && actor_self_at(sc, ci->start, &ac))
                by_self = true;
            /* "De minister van IenW en ik hebben ... toegezegd", "De
             * staatssecretaris en ik hebben ...": the one named and the writer */
            size_t eik = kd_find_ci(s, ci->start, ss, " en ik ");
            if (eik != (size_t)-1 && eik - ss < 120 && !third) {
                actors both = {{0}, 0, false};
                size_t t0 = subject_start(s, ss, eik), l0 = kd_line_start(s, eik);
                find_actors(sc, t0, eik, &both);
                /* (the subject may open the line under a long heading) */
                if (!both.n && (bare_maker(s, t0, eik) || (l0 > t0 && bare_maker(s, t0 = l0, eik))))
                    (void)same_rank_before(sc, t0, eik, &both);
                if (both.n && actor_self_at(sc, ci->start, &both) && both.n > 1)
                    ac = both;
            }
            made = verslag;
            /* "In de brief wordt toegezegd ...": promised now, in the text
             * itself (a beslisnota's letter, that "u" signs) */
            size_t wpe, wp = ki_word_before(s, ss, ci->start, &wpe);
            if (!made && !ac.n && wpe == ci->start - 1 && s[ci->start] == 't' &&
                (word_at(s, wpe, wp, "wordt") || word_at(s, wpe, wp, "worden")) &&
                !zoals_before(s, ss, ci->start) && !conform_before(s, ss, ci->start)) {
                if (kd_kind_is(sc, "beslisnota"))
                    actor_add(&ac, "u");
                else
                    (void)actor_self_at(sc, ci->start, &ac);
                made = true;
            }
        } else if (ci->form == 3 || ci->form == 4) {
            /* "Ik zal uw Kamer voor de zomer informeren over ...": a new
             * commitment, unless it reports on a motion or commitment named
             * in the same clause, or asks ("Zal de minister ...?") */
            if (se > ss && s[se - 1] == '?')
                continue;
            size_t cs = ss;
            for (size_t x = ss; x < ci->start; x++)
                if (s[x] == ';' || s[x] == ':')
                    cs = x + 1;
            if (this_text_ahead(s, cs, ci->start))
                continue;
            bool named = false, mot_in = false, mot_topic = false;
            bool debate = kd_kind_is(sc, "handelingen");
            /* (the triggers are in text order: those in a span are found
             * by binary search, not by a walk over all of them) */
            for (size_t k = kd_mot_from(mv, nm, cs); k < nm && mv[k].start < ue; k++) {
                mot_in = true;
                /* "Over (de uitvoering van) de motie X zal ik ...": the
                 * motion is what the promise is about */
                for (size_t x = cs; x < mv[k].start && !mot_topic; x++)
                    mot_topic = word_at(s, mv[k].start, x, "over");
            }
            /* "hierover", "daarover": about a motion or commitment only when
             * one was named just before (in this or the previous sentence);
             * else about whatever the text was telling ("De uitkomsten zijn
             * nog niet bekend. Ik zal uw Kamer hierover informeren ...") */
            size_t ps = ss;
            while (ps > 0 && ki_is_blank((unsigned char)s[ps - 1]))
                ps--;
            ps = ps > 1 ? kd_sent_start(s, n, ps - 2) : 0;
            size_t km = kd_mot_from(mv, nm, ps), kc = kd_com_from(cv, i, ps);
            bool item_before = (km < nm && mv[km].start < ci->start) || (kc < i && cv[kc].start < ci->start);
            for (size_t x = cs; x < ue && !named && item_before; x++)
                if (s[x] == 'h' || s[x] == 'd' || s[x] == 'w' || s[x] == 'H' || s[x] == 'D' || s[x] == 'W')
                    named = (x == cs || !ki_is_letter((unsigned char)s[x - 1])) &&
                            (word_at(s, ue, x, "hierover") || word_at(s, ue, x, "daarover") ||
                             word_at(s, ue, x, "waarover")) && !told_after_done(s, ci->start, x);
            if (ci->form == 4) {
                /* the present tense promises only with its time ("Wij
                 * informeren uw Kamer voor de zomer", not "Hierbij informeer
                 * ik u"), and is about an item named just before when there
                 * is one ("... toegezegd. Ik kom hierop terug in ...") */
                ki_deadline pdl;
                size_t para = ss, lo = ss > 1000 ? ss - 1000 : 0;
                /* (a numbered section's heading ends the paragraph before
                 * it too, as in text with no empty lines: "... toegezegd
                 * ...\n5. Vervolg\n- Ik informeer uw Kamer in het voorjaar
                 * ...") */
                while (para > lo && !(s[para - 1] == '\n' && (kd_blank_line(s, n, kd_line_start(s, para - 1)) ||
                                                              numbered_section(s, n, kd_line_start(s, para - 1)))))
                    para--;
                /* a promise after a promise is its own ("Na de zomer
                 * informeer ik uw Kamer over X. Voor de zomer ontvangt uw
                 * Kamer een brief over Y"); after a motion or an earlier
                 * commitment it tells how that one goes on */
                size_t from = ps < para ? ps : para;
                /* an expectation is the next step of the item its section
                 * is about ("Toezegging ...\n\nDe toenmalig minister heeft
                 * toegezegd ...\n\n... De minister verwacht uw Kamer ... te
                 * informeren") */
                for (size_t x = ci->start; x < ci->end && x < ci->start + 12; x++)
                    if (word_at(s, ci->end, x, "verwacht") || word_at(s, ci->end, x, "verwachten")) {
                        from = ss > 1500 ? ss - 1500 : 0;
                        break;
                    }
                km = kd_mot_from(mv, nm, from);
                /* (in a debate the motions before are the ones being moved:
                 * no next step of theirs yet) */
                /* (not motions in general: "Per motie en toezegging is
                 * aangegeven ...", "de stand van zaken van de moties") */
                /* (nor motions not named, in a paragraph before: "De stand van
                 * zaken ... van de twee moties die nog op de lijst stonden,
                 * vindt u in de bijlage.") */
                item_before = false;
                for (size_t k = km; k < nm && mv[k].start < ci->start && !debate && !item_before; k++)
                    item_before = !any_motion(s, n, &mv[k]) && !(mv[k].plural && mv[k].names_s == mv[k].names_e &&
                                                                 kd_blank_between(s, n, mv[k].end, ci->start));
                /* (an earlier commitment that became a record: not "Per
                 * motie en toezegging is aangegeven ...") */
                /* (not one the text has just said is done: "... daarmee is die
                 * toezegging afgedaan. Ik stuur de Kamer in het voorjaar ...") */
                static const char *const done_w[] = {"afgedaan", "voldaan", "nagekomen", "ingelost", "uitgevoerd"};
                /* (nor when it says it is one more: "De staatssecretaris en ik
                 * sturen u bovendien ...") */
                static const char *const more_w[] = {"bovendien", "daarnaast", "tevens"};
                bool more = kd_word_in(s, cs, ue, more_w, sizeof more_w / sizeof more_w[0]) != (size_t)-1;
                for (size_t k = kd_com_from(cv, i, from); k < i && cv[k].start < ci->start && !item_before && !more; k++)
                    item_before = cv[k].form != 3 && cv[k].form != 4 && cv[k].keep &&
                                  kd_word_in(s, cv[k].end, ss, done_w, sizeof done_w / sizeof done_w[0]) == (size_t)-1;
                /* its time may be an event: "Zodra de resultaten bekend zijn, ..." */
                size_t cw = ki_skip_blank(s, ue, cs);
                bool when = word_at(s, ue, cw, "zodra") || starts_ci(s, ue, cw, "na afronding") ||
                            starts_ci(s, ue, cw, "na ontvangst");
                /* or how often from now on: "Het kabinet stuurt de Kamer
                 * voortaan ieder halfjaar een stand van zaken" */
                static const char *const often[] = {"voortaan", "jaarlijks", "halfjaarlijks", "periodiek"};
                when = when || (ci->form == 4 &&
                                kd_word_in(s, ci->start, ci->end, often, sizeof often / sizeof often[0]) != (size_t)-1);
                /* or the text it will come in: "kom ik terug in de
                 * voortgangsbrief mkb van het najaar van 2027" */
                when = when || (ci->form == 4 && kd_find_ci(s, ue, ci->start, " terug in de ") != (size_t)-1);
                /* or what is let known, once known: "We gaan dat uitzoeken en
                 * ik laat het u weten" (not "Hierbij laat ik u weten dat ...") */
                if (ci->form == 4 && !when) {
                    size_t l = kd_word_in(s, ci->start, ci->end, (const char *const[]){"laat"}, 1), x;
                    if (l != (size_t)-1) {
                        x = ki_skip_blank(s, ci->end, kd_word_end(s, ci->end, l));
                        if (word_at(s, ci->end, x, "ik") || word_at(s, ci->end, x, "wij") || word_at(s, ci->end, x, "we"))
                            x = ki_skip_blank(s, ci->end, kd_word_end(s, ci->end, x));
                        when = word_at(s, ci->end, x, "het") || word_at(s, ci->end, x, "dat") ||
                               word_at(s, ci->end, x, "dit") ||
                               /* "Ik laat u per brief weten hoe ...": a letter to come */
                               kd_find_ci(s, ci->end, x, "per brief") != (size_t)-1 ||
                               kd_find_ci(s, ci->end, x, "schriftelijk") != (size_t)-1;
                    }
                }
                /* the passive "zal ... worden aangeboden" is a promise
                 * without its time, as is "worden u spoedig nagezonden" */
                for (size_t x = ci->start; ci->passive && x < ci->end && !when; x++)
                    when = (x == ci->start || !ki_is_letter((unsigned char)s[x - 1])) &&
                           (word_at(s, ci->end, x, "zal") || word_at(s, ci->end, x, "zullen") ||
                            word_at(s, ci->end, x, "spoedig") || word_at(s, ci->end, x, "binnenkort") ||
                            starts_ci(s, ci->end, x, "op korte termijn"));
                /* "... stuur ik u in april 2027. Tot dat moment blijft
                 * toezegging T03688 openstaan.": the next step of the
                 * numbered one the next sentence names */
                if (!item_before && se < n) {
                    size_t ns2 = ki_skip_blank(s, n, se);
                    const char *nid[1];
                    size_t nn = 0, ne2 = kd_sent_end(s, n, ns2);
                    if (one_paragraph(s, se, ns2) && kd_find_ci(s, ne2, ns2, "toezegging") != (size_t)-1)
                        ids_in(sc, REF_TK, ns2, ne2, nid, &nn, 1);
                    item_before = nn > 0;
                }
                if (item_before || (!when && !ki_deadline_find(s + cs, ue - cs, &pdl)))
                    continue;
                /* a routine, no promise: "De volgende verzamelbrief ontvangt
                 * u zoals gebruikelijk in het voorjaar" */
                if (kd_find_ci(s, ue, cs, "zoals gebruikelijk") != (size_t)-1 ||
                    kd_find_ci(s, ue, cs, "zoals u gewend bent") != (size_t)-1 ||
                    kd_find_ci(s, ue, cs, "zoals elk jaar") != (size_t)-1 ||
                    kd_find_ci(s, ue, cs, "zoals ieder jaar") != (size_t)-1)
                    continue;
                bool now = false;
                for (size_t x = cs; x < ue && !now; x++)
                    now = (x == cs || !ki_is_letter((unsigned char)s[x - 1])) &&
                          (word_at(s, ue, x, "hierbij") || starts_ci(s, ue, x, "met deze brief") ||
                           starts_ci(s, ue, x, "in deze brief") || starts_ci(s, ue, x, "met deze") ||
                           word_at(s, ue, x, "hiermee"));
                if (now)
                    continue;
                /* a standing practice, no promise: "Voor elk nieuw voorstel
                 * ontvangt u binnen zes weken een BNC-fiche" */
                size_t w1 = ki_skip_blank(s, ue, cs), w1e = kd_word_end(s, ue, w1);
                size_t w2 = ki_skip_blank(s, ue, w1e);
                if ((word_at(s, w1e, w1, "voor") || word_at(s, w1e, w1, "bij")) &&
                    (word_at(s, ue, w2, "elk") || word_at(s, ue, w2, "elke") || word_at(s, ue, w2, "ieder") ||
                     word_at(s, ue, w2, "iedere")))
                    continue;
            }
            /* a motion in the clause: the promise reports on it, unless it
             * has a time of its own ("Conform de motie van het lid X zal
             * het kabinet uw Kamer voor 1 april informeren": a new promise) */
            ki_deadline own;
            if (named || (mot_in && (mot_topic || !ki_deadline_find(s + cs, ue - cs, &own))))
                continue;
            hs = ki_skip_blank(s, ci->start, cs); /* "Voor de zomer zal ik ...": its deadline */
            he = ci->end;
            subj_s = ci->start;
            /* "De antwoorden zullen u worden nagezonden": what is sent */
            if (ci->passive && ci->start > hs + 3)
                subj_s = hs;
            find_actors(sc, cs, ci->start, &ac);
            if (!ac.n) {
                /* the subject "ik"/"wij" just before "zal" or just after it */
                size_t b, w0 = ki_word_before(s, cs, ci->start, &b);
                size_t a1 = ci->start;
                while (a1 < ci->end && ki_is_letter((unsigned char)s[a1]))
                    a1++;
                a1 = ki_skip_blank(s, ci->end, a1);
                /* "Het kabinet zal ...": the cabinet, through the signer */
                bool kab = word_at(s, b, w0, "kabinet") || starts_ci(s, ci->end, a1, "het kabinet ");
                /* "Ik ga daarover in gesprek en zal uw Kamer voor 1 oktober
                 * informeren": the subject of the clause "en" goes on */
                bool and_self = word_at(s, b, w0, "en") && ci->form == 3 &&
                                (word_at(s, ci->start, ki_skip_blank(s, ci->start, cs), "ik") ||
                                 word_at(s, ci->start, ki_skip_blank(s, ci->start, cs), "wij") ||
                                 word_at(s, ci->start, ki_skip_blank(s, ci->start, cs), "we"));
                bool self = word_at(s, b, w0, "ik") || word_at(s, b, w0, "wij") || word_at(s, b, w0, "we") || kab || and_self ||
                            word_at(s, ci->end, ci->start, "ik") || word_at(s, ci->end, ci->start, "wij") ||
                            word_at(s, ci->end, ci->start, "we") ||
                            word_at(s, ci->end, a1, "ik") || word_at(s, ci->end, a1, "wij") ||
                            word_at(s, ci->end, a1, "we") || ci->form == 4; /* its subject is in it */
                /* "De staatssecretaris zal de Kamer voor 1 april informeren":
                 * the one of that rank named before, else the writer when
                 * of that rank, else unnamed */
                size_t t0 = subject_start(s, cs, ci->start);
                if (!self && bare_maker(s, t0, ci->start) && !word_at(s, ci->start, t0, "uw") &&
                    !starts_ci(s, ci->start, ki_skip_blank(s, ci->start, t0 + 3), "kabinet") &&
                    !starts_ci(s, ci->start, ki_skip_blank(s, ci->start, t0 + 3), "regering")) {
                    if (!joint_titles(sc, cs, t0, ci->start, &ac) && !same_rank_before(sc, cs, ci->start, &ac)) {
                        actors me = {{0}, 0, false};
                        size_t j = ki_skip_blank(s, ci->start, t0 + 3);
                        char rank = starts_ci(s, ci->start, j, "staatssecretaris") ? 'S' : 'M';
                        if (actor_self_at(sc, ci->start, &me) && me.n && me.v[0][0] == rank)
                            actor_add(&ac, me.v[0]);
                    }
                } else if (!self || !actor_self_at(sc, ci->start, &ac) || (kab && !ac.n)) {
                    continue;
                }
            }
            made = true;
        } else if (ci->advice) {
            /* "U wordt geadviseerd: ... in de Kamerbrief toe te zeggen de Kamer
             * ... te informeren": the addressee "u" promises, in that letter */
            if (!kd_kind_is(sc, "beslisnota") || (se > ss && s[se - 1] == '?'))
                continue;
            /* (advice against: "in de brief niet toe te zeggen dat ...",
             * "daarover nu niets toe te zeggen") */
            size_t nl0 = ci->start > ss + 40 ? ci->start - 40 : ss;
            if (kd_word_in(s, nl0, ci->start, (const char *const[]){"niet", "niets", "geen"}, 3) != (size_t)-1)
                continue;
            hs = ci->start;
            he = ci->end;
            subj_s = ci->end;
            actor_add(&ac, "u");
            if (find_venue(s, ss, ci->start, ci->start, &vs, &ve))
                has_venue = true;
            made = true;
        } else {
            if (se > ss && s[se - 1] == '?')
                continue; /* "Zegt u toe dat ...?" */
            hs = ci->start;
            he = ci->end;
            subj_s = ci->end;
            /* "De minister zegt in het debat van 4 april toe ...": where,
             * between the verb and its particle */
            if (ci->end > ci->start + 9 && find_venue(s, ci->start + 5, ci->end - 3, ci->end - 3, &vs, &ve))
                has_venue = true;
            /* "De minister van X zegt toe ...", else "ik"; a beslisnota's
             * "In de brief zegt u toe ...": "u", who signs that letter */
            bool nota_u = kd_kind_is(sc, "beslisnota") &&
                          word_at(s, ci->end, ki_skip_blank(s, ci->end, kd_word_end(s, ci->end, ci->start)), "u");
            /* (and "U zegt toe ...", "u zegt toe" just after a table's
             * cell bar: the word before the verb is "u", capitalised or
             * opening a cell) */
            size_t uwe, uw = ki_word_before(s, ss, ci->start, &uwe);
            if (!nota_u && kd_kind_is(sc, "beslisnota") && (s[ci->start] == 'z' || s[ci->start] == 'Z') &&
                uwe > uw && word_at(s, uwe, uw, "u") && (s[uw] == 'U' || (uw > 1 && s[uw - 2] == '|')))
                nota_u = true;
            size_t fa = after_labels(s, ss, ci->start);
            if (nota_u)
                actor_add(&ac, "u");
            else
                find_actors(sc, fa, ci->start, &ac);
            /* "Verder zegt de staatssecretaris van X toe dat ...": named
             * between the verb and its particle */
            if (!ac.n && !nota_u && (s[ci->start] == 'z' || s[ci->start] == 'Z'))
                find_actors(sc, kd_word_end(s, ci->end, ci->start), ci->end, &ac);
            /* "De minister en de staatssecretaris zeggen toe", "Tevens zeggen
             * de minister en de staatssecretaris toe": both */
            if (!ac.n && !nota_u &&
                !joint_titles(sc, fa, subject_start(s, fa, ci->start), ci->start, &ac) &&
                (s[ci->start] == 'z' || s[ci->start] == 'Z'))
                (void)joint_titles(sc, fa, ki_skip_blank(s, ci->end, kd_word_end(s, ci->end, ci->start)), ci->end,
                                   &ac);
            /* "De minister en de minister van Justitie en Veiligheid zeggen
             * toe": the one named by rank alone as well, first */
            if (ac.n && !nota_u && bare_maker(s, subject_start(s, ss, ci->start), ci->start)) {
                actors both = {{0}, 0, false};
                if (same_rank_before(sc, ss, ci->start, &both)) {
                    for (size_t k = 0; k < ac.n; k++)
                        actor_add(&both, ac.v[k]);
                    ac = both;
                }
            }
            if (!ac.n && bare_subject(s, fa, ci->start))
                (void)same_rank_before(sc, fa, ci->start, &ac);
            else if (!ac.n && !actor_self_at(sc, ci->start, &ac))
                continue; /* a member speaking */
            else if (kd_word_in(s, ss, ci->end, (const char *const[]){"wij", "we"}, 2) != (size_t)-1)
                on_behalf(sc, &ac);
            /* "De staatssecretaris zegt in de brief toe ..." (minutes on a
             * letter): made in that letter, not in this text ("Ik zeg in
             * deze brief toe" is) */
            size_t bw = has_venue ? kd_find_ci(s, ve, vs, "brief") : (size_t)-1, bwe;
            size_t bd = bw != (size_t)-1 ? ki_word_before(s, ss, bw, &bwe) : 0;
            made = nota_u || !(bw != (size_t)-1 && bwe > bd && !word_at(s, bwe, bd, "deze") && !word_at(s, bwe, bd, "dit") &&
                     !word_at(s, bwe, bd, "bijgaande") && !word_at(s, bwe, bd, "onderhavige"));
        }
        /* "Met deze brief doe ik de volgende toezeggingen af:\n- de toezegging
         * uit het commissiedebat X ...": an item no one is named for is the
         * writer's (the office that signs) */
        if (!ac.n && ci->form == 0 && intro_by_self(sc, ci->start))
            (void)actor_self_at(sc, ci->start, &ac);
        ki_date dt;
        bool has_date = false;
        size_t ds = hs, de = he;
        size_t dfrom = has_venue && vs < ci->start ? (vs > ss + 40 ? vs - 40 : ss) : ss;
        if (ci->form == 1 && has_venue && vs < ci->start && ki_date_find(s + vs, ci->start - vs, &dt)) {
            /* "In het commissiedebat X van 3 april jl. heeft ... toegezegd" */
            has_date = true;
            dt.start += vs;
            dt.end += vs;
        } else if (ci->form == 1 && ki_date_find(s + dfrom, ci->start - dfrom, &dt)) {
            /* "heeft op 6 februari 2025 in het commissiedebat X toegezegd" */
            has_date = true;
            dt.start += dfrom;
            dt.end += dfrom;
            ds = de = 0;
        } else if (ci->form == 1 && dfrom > ss && opening_date(s, ss, dfrom, &dt)) {
            /* "Op 30 december jl. heeft de minister ... in een brief toegezegd" */
            has_date = true;
            ds = de = 0;
        } else if (ci->form == 1) {
            /* the date next to the venue, before or after the verb */
            if (has_venue) {
                ds = letter_venue_at(s, vs, ve) ? vs : ve;
                de = ve + 60 < ue ? ve + 60 : ue;
            }
        } else if (ci->form == 3) {
            ds = de = 0; /* the dates in it are its deadline */
        } else if (has_venue && vs < ds) {
            ds = ve;
        }
        if (!has_date && de > ds && ki_date_find(s + ds, de - ds, &dt)) {
            has_date = true;
            dt.start += ds;
            dt.end += ds;
            /* "zal de Kamer voor 1 maart 2026 informeren": a deadline, not
             * the day it was made; "die toezegging is nagekomen met de brief
             * van 3 maart": the day it was kept */
            if (deadline_date(s, ds, dt.start) || (ci->form == 0 && (kept_ptr || kept_with_letter(s, ds, dt.start))))
                has_date = false;
        }
        if (!has_date && xde > xds && ki_date_find(s + xds, xde - xds, &dt)) {
            has_date = true;
            dt.start += xds;
            dt.end += xds;
        }
        if (has_venue && ve > vs && s[vs] && ci->form == 1 && !has_date && he > ci->end &&
            ki_date_find(s + ci->end, he - ci->end, &dt)) {
            has_date = true;
            dt.start += ci->end;
            dt.end += ci->end;
        }
        /* a verslag's "De minister heeft in het commissiedebat X van 4
         * december 2026 toegezegd": made at another meeting than the one it
         * reports (or, in minutes without one, before the day they are of) */
        if (made && verslag && ci->form == 1 && has_venue && has_date) {
            char iso[11];
            const char *day = sc->meta.debate_date[0] ? sc->meta.debate_date : sc->refdate;
            if (day && ki_date_resolve(&dt, sc->refdate, iso) && strcmp(iso, day) != 0)
                made = false;
        }
        if (ci->form == 0 && !ac.n && !has_venue && !has_date && !made && !by_self && !ntz)
            continue;
        /* "... gemeld dat het Havenbedrijf Rotterdam heeft toegezegd ...":
         * a promise of someone else than a bewindspersoon */
        if ((ci->form == 1 && third_party(s, ss, ci->start)) ||
            ((ci->form == 1 || ci->form == 2) && body_promises(s, n, ss, ci->start)) ||
            ((ci->form == 0 || ci->form == 1) && named_body_promises(s, ss, ci->start)))
            continue;
        /* a refusal of the noun: "Die toezegging doe ik niet", "Zo'n
         * toezegging kan ik niet doen" (the verb and "niet" right after it) */
        if (ci->form == 0) {
            size_t x = ki_skip_blank(s, ue, kd_word_end(s, ue, ci->start)), xe = kd_word_end(s, ue, x);
            static const char *const verb[] = {"doe", "doen", "kan", "kunnen", "wil", "willen", NULL};
            static const char *const who[] = {"ik", "wij", "we", NULL};
            static const char *const no[] = {"niet", "nooit", NULL};
            if (xe > x && kd_word_in_list(s, x, xe, verb)) {
                size_t y = ki_skip_blank(s, ue, xe), ye = kd_word_end(s, ue, y);
                size_t z = ki_skip_blank(s, ue, ye), ze = kd_word_end(s, ue, z);
                if (ye > y && kd_word_in_list(s, y, ye, who) && ze > z && kd_word_in_list(s, z, ze, no))
                    continue;
            }
        }
        if (ci->form == 1 && s[ci->start] == 'z') {
            /* "hij zegde niet toe dat ...", "zegde de minister geen ... toe" */
            bool neg = false;
            for (size_t x = ci->end; x < ue && x < ci->end + 160 && !neg; x++) {
                if (!ki_is_blank((unsigned char)s[x - 1]))
                    continue;
                if (word_at(s, ue, x, "toe"))
                    break;
                neg = word_at(s, ue, x, "niet") || word_at(s, ue, x, "geen") || word_at(s, ue, x, "nooit") ||
                      word_at(s, ue, x, "niets");
            }
            if (neg)
                continue;
        }
        if (ci->form == 1) {
            /* "ik heb niets/niet/nooit toegezegd" is no commitment */
            size_t b, w0 = ki_word_before(s, ss, ci->start, &b);
            /* (but a question that expects "yes": "Heeft u in het
             * commissiedebat X niet beloofd ...?") */
            size_t q0 = ki_skip_blank(s, ci->start, ss);
            bool yes = se > ss && s[se - 1] == '?' && word_at(s, b, w0, "niet") &&
                       (word_at(s, ci->start, q0, "heeft") || word_at(s, ci->start, q0, "hebt") ||
                        word_at(s, ci->start, q0, "hebben") || word_at(s, ci->start, q0, "is"));
            if (!yes && (word_at(s, b, w0, "niets") || word_at(s, b, w0, "niet") || word_at(s, b, w0, "nooit")))
                continue;
        }
        if (ci->form == 1 && !ac.n && !by_self && !third && !has_venue && !has_date && !made &&
            !(ci->start >= ss + 6 && starts_ci(s, n, ss, "zoals")) && !zoals_before(s, ss, ci->start))
            continue;
        /* an entry of a register: "Vindplaats: commissiedebat X, 22 januari
         * 2025", "Activiteit: Commissiedebat X, 12 november 2025", "Datum
         * toezegging 16 december 2025", "Deadline 1 juli 2026" on lines of
         * their own below say where and when it was made, and by when */
        size_t dl_s = 0, dl_e = 0, lab_end = 0;
        bool entry = false; /* a register's entry without its labels, or with them above */
        size_t head_at = (size_t)-1; /* the heading of an entry labelled above */
        if (!has_venue || !has_date || ci->form == 0 || ci->form == 1) {
            size_t p = kd_line_end(s, n, ue > 0 ? ue - 1 : 0);
            bool labelled = false;
            /* an entry headed by its number ("T03987 Toezegging ...",
             * "TZ202605-071"), on its own line or the one above */
            bool reg_head = false;
            for (size_t hl = kd_line_start(s, ss > 0 && kd_line_start(s, ss) > 0 ? kd_line_start(s, ss) - 1 : ss), k = 0;
                 k < 2 && hl <= ss && !reg_head; k++) {
                size_t h0 = ki_skip_blank(s, ss + 1, hl);
                reg_head = numbered_line(s, n, h0);
                hl = kd_line_end(s, n, hl) + 1;
            }
            /* the labels may also stand between the entry's heading and
             * its text: "T03987 Toezegging X / Datum: 15 februari 2024 /
             * Uiterste datum: 1 juli 2024 / De staatssecretaris zegt toe ..." */
            size_t below_end = p, lim = n;
            bool above = false;
            head_at = labels_above(s, n, ci->start);
            /* the Eerste Kamer's register lists its "Kerngegevens" a dozen
             * lines down (after the list of members): "Soort activiteit
             * Plenaire vergadering" */
            for (int k = 0;; k++) {
                size_t q = p < n ? ki_skip_blank(s, n, p + 1) : n, qe = q < n ? kd_line_end(s, n, q) : n, lab = 0;
                if (q < qe && s[q] == '|') /* a key-value table: "| Deadline | 1 juli 2025 |" */
                    q = ki_skip_blank(s, qe, q + 1);
                size_t nu = word_at(s, qe, q, "Nummer");
                /* (in a register whose entries open with their labels,
                 * the next entry's head ends this one: "Nummer  T03381"
                 * after a blank line) */
                /* (nor past a blank line into the next numbered entry:
                 * "T03601 - Onderzoek naar ...") */
                if (k == 24 || q >= lim || qe - q < 6 || word_at(s, qe, q, "Toezegging") || kd_bullet_at(s, n, q) ||
                    (numbered_line(s, qe, q) && p < n && !one_paragraph(s, p, q)) ||
                    (nu && head_at != (size_t)-1 && p < n && !one_paragraph(s, p, q) &&
                     numbered_line(s, qe, ki_skip_blank(s, qe, nu)))) {
                    if (!above)
                        below_end = p;
                    if (above || labelled || head_at == (size_t)-1)
                        break;
                    /* then the lines between the heading above and the
                     * entry's text, when those below said nothing */
                    above = reg_head = true;
                    p = kd_line_end(s, n, head_at);
                    lim = kd_line_start(s, ci->start);
                    k = -1;
                    continue;
                }
                /* a label alone on its line, its value on the next, as
                 * web pages print them ("Termijn / voor de zomer van 2026",
                 * "Toegezegd tijdens / Commissiedebat X, 8 oktober 2025") */
                size_t l1 = qe;
                while (l1 > q && (ki_is_blank((unsigned char)s[l1 - 1]) || s[l1 - 1] == ':'))
                    l1--;
                if (qe < n && l1 > q && lone_label(s, q, l1) && !kd_blank_line(s, n, qe + 1))
                    qe = kd_line_end(s, n, qe + 1);
                bool date_only = false;
                if (starts_ci(s, qe, q, "Vindplaats:"))
                    lab = q + 11;
                else if (starts_ci(s, qe, q, "Toegezegd tijdens") || starts_ci(s, qe, q, "Toegezegd in ") ||
                         starts_ci(s, qe, q, "Toegezegd op "))
                    lab = word_at(s, qe, q, "Toegezegd") + 1;
                else if ((word_at(s, qe, q, "Bewindspersoon") || word_at(s, qe, q, "Kabinetslid")) && !ac.n) {
                    /* "Bewindspersoon / R.A. Smeulders, minister van
                     * Infrastructuur en Waterstaat": who made it */
                    size_t w0 = label_value(s, qe, kd_word_end(s, qe, q));
                    find_actors(sc, w0, qe, &ac);
                }
                else if (starts_ci(s, qe, q, "Gedaan tijdens:") || starts_ci(s, qe, q, "Gedaan in:") ||
                         starts_ci(s, qe, q, "Activiteit:"))
                    lab = memchr(s + q, ':', qe - q) ? (size_t)((const char *)memchr(s + q, ':', qe - q) - s) + 1 : 0;
                else if (starts_ci(s, qe, q, "Datum toezegging")) {
                    lab = q + 16;
                    date_only = true;
                } else if (starts_ci(s, qe, q, "Datum:") && reg_head) { /* the Eerste Kamer's "Datum: 10 februari 2026" */
                    lab = q + 6;
                    date_only = true;
                } else if ((starts_ci(s, qe, q, "Uiterste datum") || starts_ci(s, qe, q, "Streefdatum")) && !dl_e) {
                    /* "Uiterste datum: 31-12-2026": the date is the deadline */
                    size_t d0 = label_value(s, qe, q + (s[q] == 'U' || s[q] == 'u' ? 14 : 11));
                    ki_date dd;
                    if (ki_date_find(s + d0, qe - d0, &dd) && dd.start == 0 && dd.year) {
                        dl_s = d0;
                        dl_e = d0 + dd.end;
                    }
                } else if (starts_ci(s, qe, q, "Soort activiteit ") && !has_venue) {
                    size_t v1 = q + 17, v2 = qe; /* "| Soort activiteit | Plenaire vergadering |" too */
                    while (v1 < v2 && (ki_is_blank((unsigned char)s[v1]) || s[v1] == '|'))
                        v1++;
                    while (v2 > v1 && (ki_is_blank((unsigned char)s[v2 - 1]) || s[v2 - 1] == '|'))
                        v2--;
                    if (v2 > v1 && v2 - v1 < 60) {
                        has_venue = labelled = true;
                        vs = v1;
                        ve = v2;
                    }
                } else if (word_at(s, qe, q, "Termijn") && !dl_e) {
                    /* "Termijn  1 januari 2025", "Termijn  voor de
                     * behandeling van de begroting 2027": the deadline */
                    size_t d0 = label_value(s, qe, word_at(s, qe, q, "Termijn")), tend = term_at(s, d0, qe);
                    if (tend) {
                        dl_s = d0;
                        dl_e = tend;
                    } else {
                        /* (any other short value, as written: "eerste
                         * kwartaal 2026") */
                        size_t d1 = qe;
                        while (d1 > d0 && (ki_is_blank((unsigned char)s[d1 - 1]) || s[d1 - 1] == '|'))
                            d1--;
                        bool digit = false;
                        for (size_t x = d0; x < d1 && !digit; x++)
                            digit = ki_is_digit((unsigned char)s[x]);
                        if (d1 > d0 && d1 - d0 <= 60 && !memchr(s + d0, '\n', d1 - d0) && digit) {
                            dl_s = d0;
                            dl_e = d1;
                        }
                    }
                } else if (word_at(s, qe, q, "Status") && ci->st_e == ci->st_s) {
                    /* "Status  voldaan", "Status  deels voldaan": what the
                     * register says became of it (relations below) */
                    size_t v0 = label_value(s, qe, word_at(s, qe, q, "Status"));
                    ki_relation sr;
                    size_t v1 = kd_status_at(s, qe, v0, &sr);
                    if (v1 && (sr == KI_REL_SETTLED || sr == KI_REL_PROGRESS)) {
                        size_t v2 = qe; /* (the whole value: "deels voldaan") */
                        while (v2 > v1 && (ki_is_blank((unsigned char)s[v2 - 1]) || s[v2 - 1] == '|'))
                            v2--;
                        ci->st_s = v0;
                        ci->st_e = v2;
                    }
                } else if (word_at(s, qe, q, "Deadline") && !dl_e) {
                    ki_deadline d;
                    if (ki_deadline_find(s + q, qe - q, &d)) {
                        dl_s = q + d.start;
                        dl_e = q + d.end;
                    }
                }
                if (lab) {
                    size_t v1, v2;
                    if (!has_venue && !date_only && find_venue(s, lab, qe, qe, &v1, &v2)) {
                        has_venue = true;
                        vs = v1;
                        ve = v2;
                    }
                    if (!has_date && ki_date_find(s + lab, qe - lab, &dt)) {
                        has_date = true;
                        dt.start += lab;
                        dt.end += lab;
                    }
                    labelled = true;
                }
                p = qe;
            }
            if (labelled) {
                made = false; /* made there, not here */
                lab_end = below_end;
                entry = above; /* (its number is on the heading) */
            } else if (numbered_entry(sc, ss, ci->start)) {
                made = false;
                entry = true;
            } else if (reg_head && (ci->form == 0 || ci->form == 1)) {
                /* an earlier promise under its register number: "T03488 -
                 * Monitoring geluidsoverlast (36.180) / Op 19 maart 2024
                 * heeft uw ambtsvoorganger ... toegezegd ..." */
                entry = true;
            }
        }
        /* a register's entry on one line, its cells between tabs: "... te
         * berichten. | Bewindspersoon: M.J. Tuinman, staatssecretaris van
         * X | Termijn: 1 juni 2026 | ..." */
        label_cells(sc, ci->start, &ac, &dl_s, &dl_e);
        /* "Ik heb toegezegd ..." below "... op 16 december 2025 heb ik uw
         * Kamer enkele toezeggingen gedaan": made there and then */
        /* (or in that meeting, named again without its date: "In het
         * commissiedebat Bouwopgave heb ik toegezegd", "In hetzelfde debat") */
        bool ctx_venue = has_venue && ctx_at && ve > vs &&
                         ((ve - vs == ctx_ve - ctx_vs && !memcmp(s + vs, s + ctx_vs, ve - vs)) ||
                          (ve - vs == 5 && !memcmp(s + vs, "debat", 5) && vs >= 10 &&
                           starts_ci(s, vs, vs - 10, "hetzelfde ")));
        if (ci->form == 1 && by_self && (!has_venue || ctx_venue) && !has_date && ctx_at && ci->start > ctx_at &&
            ci->start - ctx_at < 6000) {
            has_venue = has_date = inherited = true;
            vs = ctx_vs;
            ve = ctx_ve;
            dt = ctx_dt;
            made = false;
        }
        /* "in het (genoemde) debat" is the debate the text dated before:
         * "..., waarover de Kamer op 24 oktober jl. heeft gedebatteerd" */
        /* "In hetzelfde debat heeft de staatssecretaris toegezegd", "bij
         * dezelfde behandeling": the meeting the promise before was made in */
        const ki_commitment *same = NULL;
        if (has_venue && !inherited && r->ncommitments > 0 && vs >= 10 &&
            (starts_ci(s, vs, vs - 10, "hetzelfde ") || starts_ci(s, vs, vs - 10, "datzelfde ") ||
             starts_ci(s, vs, vs - 9, "dezelfde "))) {
            const ki_commitment *p = &r->commitments[r->ncommitments - 1];
            if (p->venue && p->date && p->span.end <= ss && ss - p->span.end < 3000)
                same = p;
        }
        if (has_venue && !has_date && !same && ve - vs == 5 && memcmp(s + vs, "debat", 5) == 0 &&
            earlier_debate_date(s, n, vs, &dt))
            has_date = true;
        /* "Tijdens het tweeminutendebat heb ik toegezegd": the meeting of
         * that kind the text named before ("Op 19 november jl. heeft het
         * tweeminutendebat Mestbeleid plaatsgevonden"), its name and day */
        size_t mvs, mve;
        ki_date mdt;
        if (has_venue && !has_date && !same && !inherited && named_before(s, n, vs, ve, &mvs, &mve, &mdt)) {
            vs = mvs;
            ve = mve;
            if (mdt.end > mdt.start) {
                dt = mdt;
                has_date = true;
            }
        }
        ki_commitment *c = ki_refs_add_commitment(r);
        if (!c)
            return KI_ERR_NOMEM;
        if (same) {
            c->venue = same->venue;
            c->date = same->date;
            has_venue = false;
        }
        /* the writer with others: "De minister van X en ik zullen ...",
         * and "wij" in a letter sent "mede namens" another ("hebben wij
         * toegezegd", "Wij sturen uw Kamer ...") */
        /* "De regering zegt toe ...", "Het kabinet zegt de Kamer toe ...":
         * in a text it signs (a nota naar aanleiding van het verslag, a
         * letter), who signs speaks for it */
        if (!ac.n && sc->meta.signer && !kd_kind_is(sc, "handelingen") && !kd_kind_is(sc, "verslag")) {
            size_t g0 = ki_skip_blank(s, ci->start, ss), g1 = word_at(s, ci->start, g0, "De");
            if (!g1)
                g1 = word_at(s, ci->start, g0, "Het");
            size_t g2 = g1 ? ki_skip_blank(s, ci->start, g1) : 0, g3;
            if (g1 && ((g3 = word_at(s, ci->start, g2, "regering")) || (g3 = word_at(s, ci->start, g2, "kabinet"))) &&
                ki_skip_blank(s, ci->start, g3) == ci->start)
                actor_self(sc, &ac);
        }
        if ((by_self || made) && ac.n && !third) {
            static const char *const we[] = {"wij", "we"};
            size_t ik = (size_t)-1, lim = ci->start + 4 < ci->end ? ci->start + 4 : ci->end, e1;
            for (size_t x = ss; x < lim && ik == (size_t)-1; x++)
                if ((s[x] == 'e' || s[x] == 'E') && (x == ss || !ki_is_letter((unsigned char)s[x - 1])) &&
                    (e1 = word_at(s, lim, x, "en")) && word_at(s, lim, ki_skip_blank(s, lim, e1), "ik"))
                    ik = x;
            if (ik != (size_t)-1) {
                actors with = {{0}, 0, false};
                find_actors(sc, ss, ik, &with);
                /* ("De minister en ik zullen ...": the one of that rank) */
                size_t t, tw, t0 = ki_skip_blank(s, ik, ss), te;
                /* (after a conjunction: "En de staatssecretaris en ik sturen u ...") */
                static const char *const conj[] = {"en", "ook", "maar", "daarnaast", "tevens", "verder", NULL};
                if ((te = kd_word_end(s, ik, t0)) > t0 && kd_word_in_list(s, t0, te, conj))
                    t0 = ki_skip_blank(s, ik, te);
                char rank = title_rank_at(s, ik, t0, &t, &tw);
                bool debate = kd_reports_debate(sc);
                if (!with.n && rank)
                    (void)last_named_before(sc, ss, debate ? 6000 : 3000, rank, &with);
                for (size_t k = 0; k < with.n; k++)
                    actor_add(&ac, with.v[k]);
                (void)actor_self_at(sc, ci->start, &ac);
            } else if (kd_word_in(s, ss, ci->end, we, sizeof we / sizeof we[0]) != (size_t)-1)
                on_behalf(sc, &ac);
        }
        if (set_actors(r, c, &ac))
            return KI_ERR_NOMEM;
        if (has_venue) {
            size_t v0 = vs;
            if (!(c->venue = kd_clean_copy(r, s, v0, ve)))
                return KI_ERR_NOMEM;
        }
        /* a promise in Handelingen is made in the debate the item reports:
         * its title, or what "Aan de orde is het debat over X." puts on the
         * agenda; in a verslag, the kind of meeting it reports */
        if (!c->venue && made && kd_kind_is(sc, "handelingen")) {
            size_t da, db, ka, kb;
            if (strstr(sc->meta.title, "debat") || strstr(sc->meta.title, "overleg") ||
                strstr(sc->meta.title, "vragenuur")) {
                if (!(c->venue = ki_refs_strdup(r, sc->meta.title)))
                    return KI_ERR_NOMEM;
            } else if (on_agenda(s, ci->start, &da, &db)) {
                if (!(c->venue = kd_clean_copy(r, s, da, db)))
                    return KI_ERR_NOMEM;
            } else if (opened_meeting(s, ci->start, &ka, &kb, &da, &db)) {
                if (!(c->venue = kd_clean_join(r, s, ka, kb, da, db)))
                    return KI_ERR_NOMEM;
            }
        }
        if (!c->venue && made && verslag && verslag_venue(s, n) &&
            !(c->venue = ki_refs_strdup(r, verslag_venue(s, n))))
            return KI_ERR_NOMEM;
        if (!has_date && verslag && sc->meta.debate_date[0]) {
            if (!(c->date = ki_refs_strdup(r, sc->meta.debate_date)))
                return KI_ERR_NOMEM;
        }
        /* a promise made in the sitting a Handelingen text reports: made
         * that day */
        if (!has_date && made && !c->date && kd_kind_is(sc, "handelingen") &&
            sc->meta.date[0] && !(c->date = ki_refs_strdup(r, sc->meta.date)))
            return KI_ERR_NOMEM;
        /* "De minister heeft in het commissiedebat toegezegd ..." in the
         * tweeminutendebat that follows that commissiedebat: its date */
        if (!has_date && !made && sc->meta.prior_date[0] && !c->date) {
            if (!(c->date = ki_refs_strdup(r, sc->meta.prior_date)))
                return KI_ERR_NOMEM;
            /* and its name: "naar aanleiding van een algemeen overleg op
             * DATE over X" -> "algemeen overleg X", "tweeminutendebat X (CD
             * 24/9)" -> "commissiedebat X" */
            char pv[200];
            if (!c->venue && prior_venue(s, ci->start, pv, sizeof pv) && !(c->venue = ki_refs_strdup(r, pv)))
                return KI_ERR_NOMEM;
        }
        if (has_date) {
            char iso[11];
            if (ki_date_resolve(&dt, sc->refdate, iso))
                c->date = ki_refs_strdup(r, iso);
            else
                c->date_raw = kd_clean_copy(r, s, dt.start, dt.end);
        } else if (!c->date && ci->form == 1 && sc->refdate && !made) {
            /* "Vandaag heb ik u aangekondigd ...": the document's own day */
            for (size_t x = ss; x < ci->start && !c->date; x++)
                if ((x == ss || !ki_is_letter((unsigned char)s[x - 1])) &&
                    (word_at(s, ci->start, x, "vandaag") || word_at(s, ci->start, x, "Vandaag")) &&
                    !(c->date = ki_refs_strdup(r, sc->refdate)))
                    return KI_ERR_NOMEM;
        }
        /* "De minister heeft tijdens de behandeling op 15 december jl.
         * toegezegd X. ... Ook heeft de minister toegezegd Y.": the same
         * bewindspersoon, at the same occasion */
        if (!made && !has_date && !has_venue && !c->date && r->ncommitments > 1 && also_opens(s, ss, ci->start)) {
            const ki_commitment *p = &r->commitments[r->ncommitments - 2];
            if (p->date && p->nactors == 1 && c->nactors == 1 && strcmp(p->actors[0], c->actors[0]) == 0 &&
                p->span.end <= ss && ss - p->span.end < 1500) {
                c->date = p->date;
                if (!c->venue)
                    c->venue = p->venue;
            }
        }
        /* "In het commissiedebat Acute zorg van 12 november heeft u ...
         * toegezegd ... De staatssecretaris heeft in het commissiedebat
         * Acute zorg eveneens iets toegezegd": a meeting named with its
         * name, dated at an earlier promise of this text */
        if (!made && !has_date && !c->date && has_venue && c->venue && strchr(c->venue, ' '))
            for (size_t k = r->ncommitments - 1; k-- > 0;)
                if (r->commitments[k].venue && r->commitments[k].date &&
                    strcasecmp(r->commitments[k].venue, c->venue) == 0) {
                    c->date = r->commitments[k].date;
                    break;
                }
        ki_deadline dl;
        size_t dls = ci->form == 1 ? ci->end : hs;
        /* a register's term written after the entry's text, in its
         * paragraph: "... over de geluidsmetingen. Deadline: 1 januari 2026." */
        if (!dl_e && ue < n) {
            size_t pe = ue;
            while (pe < n && pe - ue < 400 && !(s[pe] == '\n' && (pe + 1 >= n || kd_blank_line(s, n, pe + 1))))
                pe++;
            size_t dq = kd_find_ci(s, pe, ue, "Deadline:");
            ki_date dd;
            if (dq != (size_t)-1) {
                size_t d0 = ki_skip_blank(s, pe, dq + 9);
                if (ki_date_find(s + d0, pe - d0, &dd) && dd.start == 0 && dd.year) {
                    dl_s = d0;
                    dl_e = d0 + dd.end;
                }
            }
        }
        if (dl_e) {
            if (!(c->deadline = kd_clean_copy(r, s, dl_s, dl_e)))
                return KI_ERR_NOMEM;
        } else if (ue > dls && ki_deadline_find(s + dls, ue - dls, &dl)) {
            size_t d0 = deadline_lead(s, n, dls, dls + dl.start);
            c->deadline = kd_clean_copy(r, s, d0, dls + dl.end);
        }
        if (ci->form == 1 && !(ue > ki_skip_blank(s, n, subj_s) + 2)) {
            /* "Graag informeer ik u in deze brief over X, zoals toegezegd
             * tijdens Y": what was promised is the clause before "zoals" */
            size_t z = (size_t)-1;
            for (size_t x = ss + 1; x < ci->start; x++)
                if (!ki_is_letter((unsigned char)s[x - 1]) && word_at(s, ci->start, x, "zoals"))
                    z = x;
            if (z != (size_t)-1 && z > ss + 10) {
                size_t e = z;
                while (e > ss && ki_is_blank((unsigned char)s[e - 1]))
                    e--;
                bool open = e > ss && s[e - 1] == ',';
                while (e > ss && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == ','))
                    e--;
                /* "In deze brief zal ik, zoals toegezegd tijdens Y, uw Kamer
                 * informeren over X": the sentence around the aside */
                /* (an aside: bracket-free and short, after a clause that
                 * stops at its subject or object: "zal ik,", "uw Kamer,") */
                const char *cl = open && se > ci->end ? memchr(s + ci->end, ',', se - ci->end) : NULL;
                static const char *const stops[] = {"ik", "wij", "we", "u", "Kamer"};
                size_t lw = e, lwe = e;
                while (lw > ss && ki_is_letter((unsigned char)s[lw - 1]))
                    lw--;
                if (cl && ((size_t)(cl - s) - z > 150 || memchr(s + z, '(', (size_t)(cl - s) - z) ||
                           kd_word_in(s, lw, lwe, stops, sizeof stops / sizeof stops[0]) != lw))
                    cl = NULL;
                size_t ra = cl ? ki_skip_blank(s, se, (size_t)(cl - s) + 1) : se, rb = se;
                while (rb > ra && (ki_is_blank((unsigned char)s[rb - 1]) || s[rb - 1] == '.'))
                    rb--;
                if (!(c->subject = rb > ra + 4 && memchr(s + ra, ' ', rb - ra) ? kd_clean_join(r, s, ss, e, ra, rb)
                                                                              : kd_clean_copy(r, s, ss, e)))
                    return KI_ERR_NOMEM;
            }
        }
        if (ue > subj_s) {
            size_t a = ki_skip_blank(s, n, subj_s), w;
            if (a < ue && s[a] == ',') /* "zoals eerder toegezegd, uw Kamer ... te informeren" */
                a = ki_skip_blank(s, n, a + 1);
            if ((w = word_at(s, n, a, "is")) && word_at(s, n, ki_skip_blank(s, n, w), "dat"))
                a = ki_skip_blank(s, n, w); /* "Wat ik kan toezeggen, is dat ..." */
            /* "toe, naar aanleiding van een vraag van het lid X (PvdD), de
             * evaluatie te zenden", "toegezegd, in overleg met Y, een voorstel
             * uit te werken": an aside before what is promised */
            a = past_aside(s, a, ue);
            bool om = false;
            if ((w = word_at(s, n, a, "om")) || (w = word_at(s, n, a, "dat"))) {
                om = s[a] == 'o';
                a = w;
            }
            /* "Deze brief komt later dan toegezegd, omdat ...": a reason, not
             * what was promised; nor is a bare "." */
            size_t a1 = ki_skip_blank(s, n, a);
            if (a1 < ue && s[a1] == ',') { /* "toe dat, wanneer ...", "toe om, na overleg met X, ..." */
                a = a1 = ki_skip_blank(s, n, a1 + 1);
                a = a1 = past_aside(s, a1, ue);
            }
            bool none = a1 >= ue || !(ki_is_letter((unsigned char)s[a1]) || ki_is_digit((unsigned char)s[a1]) ||
                                      s[a1] == '(' || (unsigned char)s[a1] >= 0x80) ||
                        word_at(s, n, a1, "omdat") || word_at(s, n, a1, "want") || word_at(s, n, a1, "doordat") ||
                        word_at(s, n, a1, "aangezien") || word_at(s, n, a1, "maar");
            /* "... zou ontvangen; met deze brief kom ik die toezegging na": the
             * promise ends at its clause */
            const char *semi = ue > a ? memchr(s + a, ';', ue - a) : NULL;
            size_t sue = semi ? (size_t)(semi - s) : ue;
            if (ci->passive && a < ci->start) /* "De antwoorden | zullen u worden nagezonden" */
                sue = ci->start;
            if (subj_cut > a && subj_cut < sue)
                sue = subj_cut;
            /* "... zou gaan praten, maar hij zegde niet toe ...": a clause of its own */
            size_t mr = kd_find_ci(s, sue, a, ", maar ");
            if (mr != (size_t)-1 && mr > a)
                sue = mr;
            if (sue == ue && nt < se) /* "..., conform de ingetrokken | motie-X" */
                sue = before_lead_in(s, a, sue);
            /* "De toezegging om X te informeren over Y (TZ...) is hiermee
             * afgedaan", "... om in gesprek te gaan met Z heb ik uitgevoerd":
             * the clause of "om" ends after its verb, at the sentence's */
            if (om && ci->form == 0)
                for (size_t x = a; x + 3 < sue; x++)
                    if (word_at(s, sue, x, "te") && (x == a || ki_is_blank((unsigned char)s[x - 1]))) {
                        size_t v = ki_skip_blank(s, sue, x + 2);
                        sue = om_clause_end(s, kd_word_end(s, sue, v), sue, true);
                        if (sue < ue) /* what follows says what became of it */
                            subj_cut = sue;
                        break;
                    }
            if (!none && sue > a && sue - a < 600)
                c->subject = kd_clean_copy(r, s, a, sue);
        }
        /* "Conform mijn toezegging in het debat van 24 oktober stuur ik u
         * hierbij het advies over X", "Zoals toegezegd tijdens Y informeer ik
         * u hierbij over X", "... ontvangt u hierbij X": an aside that opens
         * the sentence; what was promised is what its main clause gives */
        if (!c->subject && !made && ci->form <= 1 && ci->start < ss + 24 &&
            (conform_before(s, ss, ci->start) || zoals_before(s, ss, ci->start))) {
            size_t a = ci->end;
            if (has_venue && ve > a && ve < ue)
                a = ve;
            if (has_date && dt.end > a && dt.end < ue)
                a = dt.end;
            size_t w = ki_skip_blank(s, ue, a);
            if ((a = word_at(s, ue, w, "jl.")) || (a = word_at(s, ue, w, "jongstleden")))
                w = ki_skip_blank(s, ue, a);
            if (w < ue && s[w] == ',')
                w = ki_skip_blank(s, ue, w + 1);
            size_t ve1 = kd_word_end(s, ue, w), x = ki_skip_blank(s, ue, ve1), y;
            bool inform = word_at(s, ue, w, "informeer") || word_at(s, ue, w, "informeren");
            if (ve1 > w && s[w] >= 'a' && s[w] <= 'z') {
                /* the subject after the verb, then whom it is for and "hierbij" */
                if ((y = word_at(s, ue, x, "ik")) || (y = word_at(s, ue, x, "wij")) || (y = word_at(s, ue, x, "we")))
                    x = ki_skip_blank(s, ue, y);
                if ((y = word_at(s, ue, x, "u")))
                    x = ki_skip_blank(s, ue, y);
                else if ((word_at(s, ue, x, "uw") || word_at(s, ue, x, "de")) && starts_ci(s, ue, ki_skip_blank(s, ue, x + 2), "Kamer "))
                    x = ki_skip_blank(s, ue, ki_skip_blank(s, ue, x + 2) + 5);
                static const char *const now[] = {"hierbij", "hiermee", "graag", "nu", NULL};
                if ((y = kd_word_end(s, ue, x)) > x && kd_word_in_list(s, x, y, now))
                    x = ki_skip_blank(s, ue, y);
                if (inform && (y = word_at(s, ue, x, "over")))
                    x = ki_skip_blank(s, ue, y);
                if (ue > x + 4 && ue - x < 600 && !(c->subject = kd_clean_copy(r, s, x, ue)))
                    return KI_ERR_NOMEM;
            }
        }
        /* "... vroeg om een overzicht van X. Dat kan ik u toezeggen.", "...
         * dat ik de Kamer voor de zomer zou informeren. Die toezegging doe ik
         * graag.": what is promised is what the sentence before asked or
         * said; its term is the deadline */
        size_t ps0, ps1;
        if (made && !c->subject && ss > 2 && points_back(s, ss, ci->start) && said_before(s, n, ss, &ps0, &ps1)) {
            if (!(c->subject = kd_clean_copy(r, s, ps0, ps1)))
                return KI_ERR_NOMEM;
            if (!c->deadline && ki_deadline_find(s + ps0, ps1 - ps0, &dl))
                c->deadline = kd_clean_copy(r, s, deadline_lead(s, n, ps0, ps0 + dl.start), ps0 + dl.end);
        }
        /* "Dat zeg ik toe. Voor 1 juli 2027 ontvangt uw Kamer een overzicht
         * per gemeente.": the term of a bare yes is in the sentence after
         * it, when that one speaks to the Kamer */
        if (made && !c->deadline && ss > 2 && ue - ss < 60 && points_back(s, ss, ci->start)) {
            size_t ns = ki_skip_blank(s, n, ue), ne = ns < n ? kd_sent_end(s, n, ns) : ns;
            if (ns < ne && ne - ns < 400 && one_paragraph(s, ue, ns) && to_kamer(s, ns, ne) &&
                ki_deadline_find(s + ns, ne - ns, &dl))
                c->deadline = kd_clean_copy(r, s, deadline_lead(s, n, ns, ns + dl.start), ns + dl.end);
        }
        /* references inside it, and those that name where it was made: "In
         * mijn brief van 7 juni 2024 (Kamerstuk 28345, nr. 278) heb ik
         * toegezegd", "Bij de behandeling (Handelingen I ..., item 3) zegde" */
        const char *ids[32];
        size_t nids = 0;
        size_t r0 = has_venue && vs < ci->start && ci->form != 0 && !inherited ? vs : ci->start;
        ids_in(sc, REF_KST, r0, done_by_letter(s, ci->end, ue), ids, &nids, 32);
        ids_in(sc, REF_HAND, r0, ue, ids, &nids, 32);
        ids_in(sc, REF_TK, r0, ue, ids, &nids, 32);
        /* "De derde toezegging, TZ202512-019, betrof een pilot die ik in X
         * toezegde ...": the number the sentence gives its subject */
        /* (or "1. TZ202511-203 (SFBD) - Mijn ambtsvoorganger heeft ...
         * toegezegd": a list item headed by its number) */
        if (ci->form != 0 && r0 > ss && !ids_tnum(ids, nids)) {
            const char *pre[4];
            size_t np = 0;
            if (kd_find_ci(s, r0, ss, "toezegging") != (size_t)-1)
                ids_in(sc, REF_TK, ss, r0, pre, &np, 4);
            size_t p0 = ss;
            while (p0 < r0 && (ki_is_blank((unsigned char)s[p0]) || ki_is_digit((unsigned char)s[p0]) ||
                               s[p0] == '.' || s[p0] == ')' || s[p0] == '-' || s[p0] == '*'))
                p0++;
            if (!ids_tnum(pre, np) && p0 + 2 < r0 && s[p0] == 'T') {
                np = 0;
                ids_in(sc, REF_TK, p0, p0 + 1, pre, &np, 1);
            }
            for (size_t k = 0; k < np && nids < 32; k++)
                if (pre[k][0] == 'T')
                    ids[nids++] = pre[k];
        }
        footnote_refs(sc, ss, ue, ids, &nids, 32);
        if (inherited) {
            /* its section's heading: "Toezegging T03912 - Monitoring ...", at
             * most six lines up (it may open the sentence: it has no full stop) */
            size_t hl = kd_line_start(s, ci->start);
            for (int k = 0; k < 7; k++) {
                size_t q = ki_skip_blank(s, kd_line_end(s, n, hl), hl);
                if (word_at(s, n, q, "Toezegging")) {
                    ids_in(sc, REF_TK, q, kd_line_end(s, n, q), ids, &nids, 32);
                    break;
                }
                if (hl == 0)
                    break;
                hl = kd_line_start(s, hl - 1);
            }
        }
        if (lab_end > ue || entry) {
            /* a register entry's number: on its heading ("Toezegging Titel
             * (T03913)") and its "Nummer T03913" line, once */
            /* (or its number alone above it: "TZ202605-071", "T03987
             * Toezegging Uitvoeringstoets ..."), on the two lines up to
             * the commitment's own words */
            size_t hl = kd_line_start(s, ss);
            if (hl > 0)
                hl = kd_line_start(s, hl - 1);
            for (int k = 0; k < 2 && hl < ci->start; k++) {
                size_t h0 = ki_skip_blank(s, ci->start, hl), he0 = kd_line_end(s, ci->start, hl);
                if (word_at(s, he0, h0, "Toezegging") || numbered_line(s, he0, h0))
                    ids_in(sc, REF_TK, hl, he0, ids, &nids, 32);
                hl = he0 + 1;
            }
            /* (the Eerste Kamer's export: "T03612" alone three or four lines
             * above "Toezegging: ...", over its title and "Kamerstuknummer:") */
            size_t up = kd_line_start(s, ci->start);
            for (int k = 0; k < 5 && up > 0 && !nids; k++) {
                up = kd_line_start(s, up - 1);
                size_t ue0 = kd_line_end(s, n, up);
                if (kd_blank_line(s, n, up))
                    break;
                if (bare_id_line(sc, up, ue0))
                    ids_in(sc, REF_TK, up, ue0, ids, &nids, 32);
            }
            /* the labels below, up to the next entry's number alone on its line */
            size_t le2 = lab_end;
            /* (or another entry's number heading a line: "Gerelateerde
             * toezeggingen / T03498  Communicatie over ...") */
            for (size_t x = ue; x < le2; x = kd_line_end(s, n, x) + 1)
                if (x > ue && (bare_id_line(sc, x, kd_line_end(s, n, x)) ||
                               numbered_line(s, kd_line_end(s, n, x), ki_skip_blank(s, n, x))))
                    le2 = x;
            if (le2 > ue)
                ids_in(sc, REF_TK, ue, le2, ids, &nids, 32);
            /* (the heading and the labels under it: "Toezegging Titel
             * (36.214) / Kerngegevens / Nummer: T03512 / ...") */
            if (entry && head_at != (size_t)-1)
                ids_in(sc, REF_TK, head_at,
                       kd_line_start(s, ci->start) > head_at ? kd_line_start(s, ci->start) : kd_line_end(s, n, head_at),
                       ids, &nids, 32);
            size_t o = 0;
            for (size_t k = 0; k < nids; k++) {
                bool dup = false;
                for (size_t j = 0; j < o && !dup; j++)
                    dup = strcmp(ids[j], ids[k]) == 0;
                if (!dup)
                    ids[o++] = ids[k];
            }
            nids = o;
        }
        if (set_refs(r, c, ids, nids))
            return KI_ERR_NOMEM;
        c->relation = made ? KI_REL_MADE : KI_REL_CITED;
        c->evidence = kd_clean_copy(r, s, ss, se);
        /* an answer that names the promise the question asked about: "11.
         * Is de toezegging ... uit het commissiedebat X van 12 maart 2026
         * nagekomen? / Ja. Mijn toezegging (TZ...) om ... is nagekomen":
         * made in the meeting the question names, on its day */
        size_t al = kd_line_start(s, ss);
        if (ci->form == 0 && !c->venue && !c->date && !c->date_raw && !made && al > 2 && ss - al <= 6) {
            size_t q = al - 1;
            while (q > 0 && ki_is_blank((unsigned char)s[q - 1]))
                q--;
            size_t qa = q > 0 && s[q - 1] == '?' ? kd_sent_start(s, n, q - 1) : q, v0, v1;
            ki_date qd;
            if (qa < q && q - qa < 400 && kd_find_ci(s, q, qa, "toezegging") != (size_t)-1 &&
                find_venue(s, qa, q, q, &v0, &v1) && ki_date_find(s + v1, q - v1, &qd) && qd.start < 12 &&
                where_when(sc, c, v0, v1, &qd))
                return KI_ERR_NOMEM;
        }
        ci->keep = true;
        ci->subj_s = subj_s;
        ci->ue = subj_cut > subj_s && subj_cut < ue ? subj_cut : ue; /* cues after it are about it */
        /* "... te informeren; die informatie vindt u in de bijlage": the
         * clause after ';' is about this document */
        const char *semi = ci->ue > subj_s ? memchr(s + subj_s, ';', ci->ue - subj_s) : NULL;
        if (semi)
            ci->ue = (size_t)(semi - s);
        ci->rec = (long)(r->ncommitments - 1);
        if (!set_text(sc, c, ci->start, ue) || !c->evidence)
            return KI_ERR_NOMEM;
    }
    /* tables of commitments: every row under a header that says
     * "Toezegging", and every row that carries a TZ number, is one
     * ("| 6 | TZ202410-077: de minister van BZK informeert ... |
     * Commissiedebat Financiele verhoudingen, 9 oktober 2024 | Afgedaan |") */
    if (memchr(s, '|', n)) {
        bool table_tz = false;
        size_t ls = 0;
        size_t rows = 0;
        /* where the commitments found so far start, in text order, and the
         * first of them not before the line: the lines come in text order,
         * so a row that is one already is found without a walk over all */
        size_t n0 = r->ncommitments, at0 = 0;
        size_t *starts0 = ki_refs_alloc(r, (n0 ? n0 : 1) * sizeof *starts0);
        if (!starts0)
            return KI_ERR_NOMEM;
        for (size_t k = 0; k < n0; k++)
            starts0[k] = r->commitments[k].span.start;
        qsort(starts0, n0, sizeof *starts0, cmp_size);
        while (ls < n && rows < MAX_ITEMS) {
            size_t le = kd_line_end(s, n, ls);
            size_t i = ls;
            while (i < le && (s[i] == ' ' || s[i] == '\t'))
                i++;
            bool row = pipe_row(s, n, ls);
            bool header = row && (ls == 0 || !(ls >= 2 && s[ls - 1] == '\n' &&
                                               pipe_row(s, n, kd_line_start(s, ls - 1))));
            if (header) {
                /* a table without a header row: its first row carries a TZ number */
                for (size_t x = i; x + 9 < le && header; x++)
                    if (s[x] == 'T' && s[x + 1] == 'Z' && ki_is_digit((unsigned char)s[x + 2]) &&
                        (x == 0 || !ki_is_letter((unsigned char)s[x - 1])))
                        header = false;
            }
            if (!row) {
                table_tz = false;
            } else if (header) {
                table_tz = false;
                for (size_t x = i; x + 10 <= le && !table_tz; x++)
                    table_tz = starts_ci(s, le, x, "toezegging");
                if (kv_row(s, i, le))
                    table_tz = false; /* "| Datum toezegging | 16 december 2025 |" */
            } else {
                bool sepline = true, tzno = false;
                for (size_t x = i; x < le; x++) {
                    if (!(s[x] == '|' || s[x] == '-' || s[x] == ':' || s[x] == ' '))
                        sepline = false;
                    if (s[x] == 'T' && x + 9 < le && s[x + 1] == 'Z' && ki_is_digit((unsigned char)s[x + 2]) &&
                        (x == i || !ki_is_letter((unsigned char)s[x - 1])))
                        tzno = true;
                }
                while (at0 < n0 && starts0[at0] < ls)
                    at0++;
                bool have = at0 < n0 && starts0[at0] < le;
                /* the rows added below start on their own lines, before this
                 * one, in text order: the last ones are the ones to ask */
                for (size_t k = r->ncommitments; k-- > n0 && !have && r->commitments[k].span.start >= ls;)
                    have = r->commitments[k].span.start < le;
                /* a row about a motion is not a commitment */
                bool motrow = false;
                for (size_t x = i; x + 5 <= le && x < i + 40 && !motrow; x++)
                    motrow = starts_ci(s, le, x, "motie") && (x == 0 || !ki_is_letter((unsigned char)s[x - 1]));
                if (!sepline && (table_tz || tzno) && !have && !motrow && !kv_row(s, i, le)) {
                    rows++;
                    actors ac = {{0}, 0, false};
                    /* a column of its own names who made it ("| MJenV |",
                     * "| Minister van Financiën |"); else any name in the row */
                    for (size_t x = i; x < le && !ac.n;) {
                        const char *bar = memchr(s + x, '|', le - x);
                        size_t ce = bar ? (size_t)(bar - s) : le;
                        size_t c0 = ki_skip_blank(s, ce, x), c1 = ce, used;
                        while (c1 > c0 && ki_is_blank((unsigned char)s[c1 - 1]))
                            c1--;
                        if (c1 > c0 && c1 - c0 < 80) {
                            const char *ab = ki_actor_abbrev(s + c0, c1 - c0);
                            if (!ab && (ab = ki_actor_parse(s + c0, c1 - c0, &used)) && c0 + used < c1)
                                ab = NULL;
                            if (ab)
                                actor_add(&ac, ab);
                        }
                        x = ce + 1;
                    }
                    if (!ac.n)
                        find_actors(sc, i, le, &ac);
                    if (!ac.n)
                        row_signer(sc, i, le, &ac);
                    /* the last cell says how it stands ("Loopt; volgt in
                     * september"): no deadline, no reference of the row;
                     * when it opens with a status word or its column is
                     * headed so, no vindplaats or date either */
                    size_t st = le;
                    while (st > i && (ki_is_blank((unsigned char)s[st - 1]) || s[st - 1] == '|'))
                        st--;
                    while (st > i && s[st - 1] != '|')
                        st--;
                    if (st <= i + 1)
                        st = le;
                    size_t sx0 = st < le ? ki_skip_blank(s, le, st) : le, h0, h1;
                    ki_relation rs0;
                    bool stcell = st < le && (row_state(s, le, sx0, &rs0) ||
                                              head_cell_at(s, n, ls, le, status_heads, sx0, &h0, &h1));
                    size_t vend = stcell ? st - 1 : le;
                    size_t vs = 0, ve = 0;
                    bool hv = find_venue(s, i, vend, vend, &vs, &ve);
                    const char *vbar = hv ? memchr(s + vs, '|', ve - vs) : NULL;
                    if (vbar) /* (the venue's cell ends it) */
                        for (ve = (size_t)(vbar - s); ve > vs && ki_is_blank((unsigned char)s[ve - 1]);)
                            ve--;
                    ki_date dt;
                    size_t d0 = hv ? ve : i;
                    /* the cell of a column headed "Datum toezegging" first
                     * (not the Deadline's beside it), then a cell that is
                     * only a date ("| 02-07-2026 |") */
                    bool hd = made_day_cell(s, n, ls, le, &dt, &d0) || date_cell(s, i, vend, &dt, &d0);
                    if (!hd)
                        d0 = hv ? ve : i;
                    if (!hd)
                        hd = vend > d0 && ki_date_find(s + d0, vend - d0, &dt);
                    ki_commitment *c = ki_refs_add_commitment(r);
                    if (!c)
                        return KI_ERR_NOMEM;
                    if (set_actors(r, c, &ac))
                        return KI_ERR_NOMEM;
                    if (hv && !(c->venue = kd_clean_copy(r, s, vs, ve)))
                        return KI_ERR_NOMEM;
                    if (hd) {
                        char iso[11];
                        if (ki_date_resolve(&dt, sc->refdate, iso))
                            c->date = ki_refs_strdup(r, iso);
                        else
                            c->date_raw = kd_clean_copy(r, s, d0 + dt.start, d0 + dt.end);
                    }
                    ki_deadline dl;
                    size_t d1 = hv && vs > i ? vs : st, t0, t1;
                    /* a column headed "Deadline" or "Termijn": its cell, as written */
                    if (term_cell(s, n, ls, le, &t0, &t1) && has_term(s, t0, t1)) {
                        if (!(c->deadline = kd_clean_copy(r, s, t0, t1)))
                            return KI_ERR_NOMEM;
                    } else if (ki_deadline_find(s + i, d1 - i, &dl))
                        c->deadline = kd_clean_copy(r, s, i + dl.start, i + dl.end);
                    else if (hv && ve < st && ki_deadline_find(s + ve, st - ve, &dl))
                        c->deadline = kd_clean_copy(r, s, ve + dl.start, ve + dl.end);
                    const char *ids[16];
                    size_t nids = 0;
                    ids_in(sc, REF_TK, ls, le, ids, &nids, 16);
                    ids_in(sc, REF_KST, i, st, ids, &nids, 16);
                    if (set_refs(r, c, ids, nids))
                        return KI_ERR_NOMEM;
                    size_t es, ee;
                    /* the status cell: "Afgedaan met deze brief", "Loopt; ..." */
                    size_t sc0 = st < le ? ki_skip_blank(s, le, st) : le;
                    ki_relation rs;
                    size_t sce = le;
                    while (sce > sc0 && (ki_is_blank((unsigned char)s[sce - 1]) || s[sce - 1] == '|'))
                        sce--;
                    if (row_state(s, le, sc0, &rs)) {
                        c->relation = rs;
                        es = sc0;
                        ee = kd_line_end(s, n, sc0);
                    } else if (state_column(s, n, ls, le, sc0, &rs, &es, &ee)) {
                        c->relation = rs;
                    } else if (stcell && cell_sentence_state(sc, sc0, sce, &rs, &es, &ee)) {
                        c->relation = rs; /* (said in a later sentence of the cell) */
                    } else {
                        c->relation = kd_relation_of(sc, i, 0, 0, le, &es, &ee);
                    }
                    c->evidence = kd_clean_copy(r, s, es, ee);
                    if (!set_text(sc, c, i, le) || !c->evidence)
                        return KI_ERR_NOMEM;
                }
            }
            if (le >= n)
                break;
            ls = le + 1;
        }
    }
    /* relations, now that it is known which triggers are records */
    for (size_t i = 0; i < nc; i++) {
        cominfo *ci = &cv[i];
        if (!ci->keep)
            continue;
        ki_commitment *c = &r->commitments[ci->rec];
        if (c->relation == KI_REL_MADE)
            continue;
        size_t es, ee;
        /* as for motions: an item later in the same sentence does not end
         * the next sentence, unless that one names an item itself */
        size_t own_end = kd_sent_end(s, n, ci->start);
        size_t nt_item = kd_next_trigger_f(mv, nm, cv, nc, ci->start, n, true);
        /* a commitment's heading: the promise's own words below it are no
         * other item ("Toezegging uit het commissiedebat X van D / De
         * minister zal ... / Stand van zaken: ... loopt nog.") */
        if (ci->form == 0 && nt_item < n && nt_item > own_end && nt_item - own_end < 200 &&
            !kd_blank_between(s, n, own_end, nt_item) && own_end < n && kd_line_end(s, n, own_end - 1) == own_end &&
            heading_line(s, n, ci->start))
            nt_item = kd_next_trigger_f(mv, nm, cv, nc, kd_sent_end(s, n, nt_item), n, true);
        if (nt_item < own_end) {
            size_t nt_after = kd_next_trigger_f(mv, nm, cv, nc, own_end > 0 ? own_end - 1 : 0, n, true);
            if (nt_after >= kd_sent_end(s, n, ki_skip_blank(s, n, own_end)))
                nt_item = nt_after;
        }
        ki_relation sr;
        if (ci->st_e > ci->st_s && kd_status_at(s, ci->st_e, ci->st_s, &sr)) {
            c->relation = sr; /* the register's own "Status" */
            es = ci->st_s;
            ee = ci->st_e;
        } else if (!kd_clause_rel(sc, mv, nm, cv, nc, ci->start, ci->end, ci->subj_s, ci->ue, &c->relation, &es, &ee))
            c->relation = kd_relation_of(sc, ci->start, ci->subj_s, ci->ue, nt_item, &es, &ee);
        if (!(c->evidence = kd_clean_copy(r, s, es, ee)))
            return KI_ERR_NOMEM;
        /* "Uw Kamer ontvangt de toegezegde evaluatie voor de zomer",
         * "ontvangt de Kamer, overeenkomstig de toezegging in X, bij de
         * Voorjaarsnota een overzicht": when what was promised comes is
         * news of it */
        if ((ci->attr || (ci->form == 0 && conform_before(s, kd_sent_start(s, n, ci->start), ci->start))) && c->deadline &&
            (c->relation == KI_REL_CITED || c->relation == KI_REL_ADDRESSED) &&
            coming_in(s, kd_sent_start(s, n, ci->start), own_end)) {
            c->relation = KI_REL_PROGRESS;
            if (!(c->evidence = kd_clean_copy(r, s, kd_sent_start(s, n, ci->start), own_end)))
                return KI_ERR_NOMEM;
        }
        /* "... heeft toegezegd uw Kamer te informeren over X. Die cijfers
         * komen in februari beschikbaar; de staatssecretaris stuurt ze
         * direct daarna, voor het voorjaarsreces.": the next sentence of the
         * paragraph points back and says when: progress, by then */
        if (c->relation == KI_REL_CITED && !c->deadline && own_end < nt_item) {
            size_t ns = ki_skip_blank(s, n, own_end), ne;
            if (ns < nt_item && next_step_after(s, n, own_end, ns, nt_item, &ne)) {
                /* and the sentence after it, of the same paragraph, that
                 * goes on about it: "Dat gesprek vindt in maart plaats. Ik
                 * informeer uw Kamer over de uitkomst ..., die ik voor de
                 * zomer van 2025 verstuur." */
                size_t n2 = ki_skip_blank(s, n, ne), e2;
                if (n2 < nt_item && next_step_after(s, n, ne, n2, nt_item, &e2) == false &&
                    (word_at(s, n, n2, "ik") || word_at(s, n, n2, "wij") || word_at(s, n, n2, "Ik") ||
                     word_at(s, n, n2, "Wij")) &&
                    kd_find_ci(s, kd_sent_end(s, n, n2) < nt_item ? kd_sent_end(s, n, n2) : nt_item, n2, "uw Kamer") != (size_t)-1) {
                    if (one_paragraph(s, ne, n2))
                        ne = kd_sent_end(s, n, n2) < nt_item ? kd_sent_end(s, n, n2) : nt_item;
                }
                ki_deadline dl, last;
                size_t at = ns, d0 = (size_t)-1;
                while (at < ne && next_deadline(s, at, ne, &dl)) {
                    last = dl;
                    d0 = at;
                    at += dl.end;
                }
                if (d0 != (size_t)-1) {
                    c->relation = KI_REL_PROGRESS;
                    if (!(c->deadline = kd_clean_copy(r, s, d0 + last.start, d0 + last.end)) ||
                        !(c->evidence = kd_clean_copy(r, s, ns, ne)))
                        return KI_ERR_NOMEM;
                }
            }
        }
        /* "De eerste rapportage stuur ik u in april 2027. Tot dat moment
         * blijft toezegging T03688 openstaan.": still open, with the time
         * of its next step the sentence before gives */
        if (c->relation == KI_REL_CITED && !c->deadline && still_open(s, kd_sent_start(s, n, ci->start), own_end)) {
            size_t cs0 = kd_sent_start(s, n, ci->start), pe, ps0 = sentence_before(s, n, cs0, &pe);
            ki_deadline dl;
            size_t km0 = kd_mot_from(mv, nm, ps0);
            bool other = false; /* a record of its own in the sentence before */
            for (size_t k = i; k-- > 0 && cv[k].start >= ps0 && !other;)
                other = cv[k].keep;
            if (one_paragraph(s, pe, cs0) && ps0 < pe && !other && (km0 >= nm || mv[km0].start >= cs0) &&
                next_deadline(s, ps0, pe, &dl)) {
                c->relation = KI_REL_PROGRESS;
                if (!(c->deadline = kd_clean_copy(r, s, ps0 + dl.start, ps0 + dl.end)) ||
                    !(c->evidence = kd_clean_copy(r, s, ps0, own_end)))
                    return KI_ERR_NOMEM;
            }
        }
        /* a register entry's "Reactie: ... Met de laatste rapportage is de
         * toezegging nagekomen.": the paragraph after it, two sentences at
         * most, says it is kept */
        if (c->relation == KI_REL_CITED) {
            /* up to the next item that is not this one named again ("deze
             * toezegging heb ik gedaan op ...") */
            size_t lim = n;
            for (size_t k = i + 1; k < nc && lim == n; k++) {
                size_t we, w = ki_word_before(s, 0, cv[k].start, &we);
                if (cv[k].keep && cv[k].start > own_end && !word_at(s, we, w, "deze") && !word_at(s, we, w, "die") &&
                    !word_at(s, we, w, "de"))
                    lim = cv[k].start;
            }
            size_t km = kd_mot_from(mv, nm, own_end);
            if (km < nm && mv[km].start < lim)
                lim = mv[km].start;
            /* "... toegezegd de Kamer te informeren over X; dat gebeurt in
             * deze geannoteerde agenda" */
            if (done_here(s, ci->end, own_end)) {
                c->relation = KI_REL_SETTLED;
                if (!(c->evidence = kd_clean_copy(r, s, kd_sent_start(s, n, ci->start), own_end)))
                    return KI_ERR_NOMEM;
                lim = 0;
            }
            size_t ns = ki_skip_blank(s, n, own_end);
            for (int k = 0; k < 3 && ns < lim && ns < n; k++) {
                /* (a quoted question's closing quote ends it: '... brief?"') */
                while (ns < n && (s[ns] == '"' || s[ns] == '\'')) {
                    own_end = ns + 1;
                    ns = ki_skip_blank(s, n, ns + 1);
                }
                if (ns >= lim || ns >= n)
                    break;
                size_t ne = kd_sent_end(s, n, ns);
                /* in a debate, the answer's first sentence in the next turn:
                 * "... toegezegd dat ... Wat is daarvan terechtgekomen?" /
                 * "Staatssecretaris X:" / "Die toezegging is uitgevoerd." */
                size_t an;
                bool answer = false;
                /* (a party's quoted inbreng, then "Antwoord:", need not ask:
                 * "De leden ... vragen naar de toezegging ...") */
                if (!one_paragraph(s, own_end, ns) &&
                    (asks_at(s, own_end) || (s[ns] == 'A' && starts_ci(s, n, ns, "Antwoord:\n"))) &&
                    answer_turn(s, n, ns, &an) &&
                    (km < nm && mv[km].start < kd_sent_end(s, n, an) ? (an = named_in_answer(s, n, an, cv, nc, i)) !=
                                                                             (size_t)-1
                                                                       : an < lim)) {
                    ns = an;
                    ne = kd_sent_end(s, n, ns);
                    /* (after a bare "Ja.", "Nee.", "Dat klopt.", "Dat is juist.") */
                    if (ne < lim && bare_yes_no(s, ns, ne)) {
                        ns = ki_skip_blank(s, n, ne);
                        ne = kd_sent_end(s, n, ns);
                    }
                    k = 0; /* that sentence and the next two of its paragraph */
                    answer = true;
                } else if (!one_paragraph(s, own_end, ns) || ne > lim) {
                    break;
                }
                if (kept_in(s, ns, ne) || happened(s, ns, ne)) {
                    c->relation = KI_REL_SETTLED;
                    if (!(c->evidence = kd_clean_copy(r, s, ns, ne)))
                        return KI_ERR_NOMEM;
                    break;
                }
                /* "... toegezegd de wet te laten evalueren. De opzet van de
                 * evaluatie wordt nu uitgewerkt.": a step on what it named */
                cues cu;
                kd_cues_of(sc, ns, ne, 0, 0, &cu);
                static const char *const done[] = {"nagekomen", "afgedaan", "uitgevoerd", "voldaan", "ingelost",
                                                   "afgerond"};
                /* (an answer's first sentence is about what was asked:
                 * "Die toezegging loopt nog") */
                if (((cu.progress && !cu.settled) || under_way(s, ns, ne)) && c->subject &&
                    kd_word_in(s, ns, ne, done, sizeof done / sizeof done[0]) == (size_t)-1 &&
                    (answer || names_again(s, ns, ne, c->subject))) {
                    c->relation = KI_REL_PROGRESS;
                    if (!(c->evidence = kd_clean_copy(r, s, ns, ne)))
                        return KI_ERR_NOMEM;
                    break;
                }
                own_end = ne;
                ns = ki_skip_blank(s, n, ne);
            }
            own_end = kd_sent_end(s, n, ci->start);
        }
        /* "Zoals de minister-president in het debat over X van DATE heeft
         * toegezegd, ontvangt u hierbij het overzicht": this letter is what
         * was promised (however long the clause before the comma) */
        if ((c->relation == KI_REL_CITED || c->relation == KI_REL_ADDRESSED) && ci->form == 1) {
            size_t cs0 = kd_sent_start(s, n, ci->start), cm = ci->end;
            while (cm < own_end && s[cm] != ',')
                cm++;
            static const char *const here[] = {"hierbij", "bijgaand", "hiermee"};
            if (word_at(s, own_end, ki_skip_blank(s, own_end, cs0), "Zoals") && cm < own_end &&
                (kd_word_in(s, cm, own_end, here, 3) != (size_t)-1 || kd_find_ci(s, own_end, cm, "met deze brief") != (size_t)-1 ||
                 kd_find_ci(s, own_end, cm, "in deze brief") != (size_t)-1)) {
                c->relation = KI_REL_SETTLED;
                if (!(c->evidence = kd_clean_copy(r, s, cs0, own_end)))
                    return KI_ERR_NOMEM;
            }
        }
        /* "... toegezegd te reageren op X. Op die toezegging ga ik, mede
         * namens haar, hieronder in.": handled here */
        if (c->relation == KI_REL_CITED && own_end < nt_item) {
            size_t ns = ki_skip_blank(s, n, own_end);
            if (ns < nt_item && taken_up_next(s, n, own_end, ns)) {
                size_t ne = kd_sent_end(s, n, ns);
                c->relation = KI_REL_ADDRESSED;
                if (!(c->evidence = kd_clean_copy(r, s, ns, ne < nt_item ? ne : nt_item)))
                    return KI_ERR_NOMEM;
            }
        }
        /* the next step's time is its deadline: "... is nog niet gereed; ik
         * verwacht u hierover in het tweede kwartaal van 2026 te berichten",
         * also when that is said in the sentence after the progress cue
         * (a term the promise itself states stays its deadline) */
        if (c->relation == KI_REL_PROGRESS && !c->deadline) {
            size_t d0 = es > ci->ue ? es : ci->ue, d1 = ee;
            ki_deadline dl;
            /* (not what was done: "In 2023 heeft AEF onderzoek gedaan", "Die
             * evaluatie is in januari gestart") */
            static const char *const done[] = {"heeft", "hebben", "had", "hadden", "was", "waren", "werd", "werden",
                                               "gestart", "begonnen"};
            const size_t ndone = sizeof done / sizeof done[0];
            bool got = next_deadline(s, d0, d1, &dl), aside = false;
            if (got) { /* (its clause, between ';' or ':') */
                size_t c0 = d0 + dl.start, c1 = c0;
                while (c0 > d0 && s[c0 - 1] != ';' && s[c0 - 1] != ':')
                    c0--;
                while (c1 < d1 && s[c1] != ';' && s[c1] != ':')
                    c1++;
                got = kd_word_in(s, c0, c1, done + 8, 2) == (size_t)-1;
                /* (a step on the way, not to the Kamer: "de uitvoeringstoets
                 * ontvang ik in januari. Ik verwacht uw Kamer in het voorjaar
                 * te informeren": the time of the sentence after, if it
                 * speaks to the Kamer) */
                aside = got && !to_kamer(s, c0, c1);
            }
            if (!got || aside) {
                size_t n0 = ki_skip_blank(s, n, ee > own_end ? ee : own_end), n1;
                n1 = n0 < nt_item && n0 < n && !kd_bullet_at(s, n, kd_line_start(s, n0)) ? kd_sent_end(s, n, n0) : n0;
                if (n1 > nt_item)
                    n1 = nt_item;
                ki_deadline nd;
                if (kd_word_in(s, n0, n1, done, ndone) == (size_t)-1 && (!aside || to_kamer(s, n0, n1)) &&
                    next_deadline(s, n0, n1, &nd)) {
                    got = true;
                    d0 = n0;
                    dl = nd;
                }
            }
            if (got && !(c->deadline = kd_clean_copy(r, s, d0 + dl.start, d0 + dl.end)))
                return KI_ERR_NOMEM;
        }
    }
    ki_status lst = split_lists(sc);
    if (!lst)
        lst = debate_sections(sc);
    if (!lst)
        lst = venue_before(sc);
    if (!lst)
        lst = split_counted(sc);
    if (!lst)
        lst = row_cells(sc);
    if (!lst)
        lst = label_items(sc);
    if (lst)
        return lst;
    status_words(sc);
    bullet_status(sc);
    if (postponed(sc))
        return KI_ERR_NOMEM;
    merge_rows(s, n, r);
    drop_overviews(r); /* before the merge would fold a real one into it */
    if (sc->meta.answered || kd_kind_is(sc, "antwoord"))
        merge_questions(s, n, r);
    merge_mentions(s, n, r);
    merge_next_steps(s, n, r);
    ki_status bst = tz_blocks(sc, verslag);
    if (!bst)
        bst = tz_id_items(sc);
    if (!bst)
        bst = tz_status(sc);
    if (!bst)
        bst = signers_promise(sc);
    if (!bst && (verslag || kd_kind_is(sc, "handelingen")))
        bst = chair_sentences(sc);
    if (bst)
        return bst;
    /* a list's "Afgedaan: toezegging CD X 18 juni 2026" is the promise the
     * text spoke of before */
    merge_mentions(s, n, r);
    title_mentions(s, n, r);
    /* a new commitment said twice ("akkoord met de toezegging ... voor de
     * zomer van 2026", "wordt de toezegging gedaan ... voor de zomer 2026")
     * is one */
    size_t o = 0;
    bool *restated = calloc(r->ncommitments ? r->ncommitments : 1, sizeof *restated);
    if (!restated)
        return KI_ERR_NOMEM;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        bool dup = false;
        if (c->relation == KI_REL_MADE && c->deadline) {
            char a[128];
            bool have_a = false; /* c's deadline as compared, worked out once */
            for (size_t j = 0; j < o && !dup; j++) {
                ki_commitment *p = &r->commitments[j];
                /* same day (a verslag dates both to its debate), same deadline */
                if (p->relation != KI_REL_MADE || !p->deadline || !p->date != !c->date ||
                    (p->date && strcmp(p->date, c->date) != 0))
                    continue;
                char b[128];
                size_t x = 0, y = 0;
                char *va;
                if (!have_a) {
                    for (const char *q = c->deadline; *q && x < 127; q++)
                        if (*q != ' ')
                            a[x++] = (char)ki_lower((unsigned char)*q);
                    a[x] = '\0';
                    while ((va = strstr(a, "van")))
                        memmove(va, va + 3, strlen(va + 3) + 1);
                    have_a = true;
                }
                for (const char *q = p->deadline; *q && y < 127; q++)
                    if (*q != ' ')
                        b[y++] = (char)ki_lower((unsigned char)*q);
                b[y] = '\0';
                while ((va = strstr(b, "van")))
                    memmove(va, va + 3, strlen(va + 3) + 1);
                /* (a verslag's closing Toezeggingen list restates the debate
                 * in its own words: the same bewindspersoon, day and term is
                 * enough there, once each) */
                bool listed = c->span.start < n && kd_bullet_at(s, n, kd_line_start(s, c->span.start)) &&
                              !kd_bullet_at(s, n, kd_line_start(s, p->span.start)) && c->nactors && p->nactors &&
                              !strcmp(c->actors[0], p->actors[0]) && c->date && !restated[j];
                if (strcmp(a, b) == 0 && (subjects_meet(p->subject, c->subject) || listed)) {
                    restated[j] = listed;
                    dup = true;
                    if (!p->venue)
                        p->venue = c->venue;
                }
            }
        }
        /* "Ik stuur uw Kamer in het najaar een brief. Dat zeg ik toe.": the
         * promise of the sentence before, confirmed */
        if (!dup && c->relation == KI_REL_MADE && o > 0 && c->evidence &&
            (!strncmp(c->evidence, "Dat ", 4) || !strncmp(c->evidence, "Die ", 4) || !strncmp(c->evidence, "Dit ", 4)) &&
            strlen(c->evidence) < 60) {
            ki_commitment *p = &r->commitments[o - 1];
            /* (not an answer to a question asked in between: "Kan de
             * minister ook toezeggen dat ...?" / "Dat kan ik toezeggen.") */
            /* (nor a yes to another topic named in between: "Dan het
             * overzicht van mevrouw X. Dat kan ik u beloven.") */
            if (p->relation == KI_REL_MADE && p->span.end <= c->span.start && p->span.end + 300 > c->span.start &&
                !memchr(s + p->span.end, '?', c->span.start - p->span.end) &&
                subjects_meet(p->evidence ? p->evidence : p->subject, c->subject)) {
                dup = true;
                if (!p->nactors) {
                    p->actors = c->actors;
                    p->nactors = c->nactors;
                }
            }
        }
        if (!dup)
            r->commitments[o++] = *c;
    }
    free(restated);
    r->ncommitments = o;
    /* a record that says nothing of the promise, no maker, meeting, day,
     * term, number nor subject, and no news of it ("zij past bij de
     * verkenning die ik heb toegezegd": a pointer to one made before) */
    o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        const ki_commitment *c = &r->commitments[i];
        if (!(c->relation == KI_REL_CITED && !c->nactors && !c->venue && !c->date && !c->date_raw && !c->deadline &&
              !c->nrefs && !c->subject))
            r->commitments[o++] = *c;
    }
    r->ncommitments = o;
    /* a letter reports on its own office's promises: one it says was kept
     * or goes on, named by its meeting and with no maker named ("De
     * toezegging uit het commissiedebat Mkb-beleid van 22 juni 2026 ... is
     * gedeeltelijk nagekomen"), is the signer's */
    if (kd_kind_is(sc, "brief") && sc->meta.signer)
        for (size_t i = 0; i < r->ncommitments; i++) {
            ki_commitment *c = &r->commitments[i];
            if (c->nactors || !c->venue ||
                !(c->relation == KI_REL_SETTLED || c->relation == KI_REL_PROGRESS || c->relation == KI_REL_ADDRESSED))
                continue;
            actors me = {{0}, 0, false};
            /* (of the rank its words name: "Toezegging tijdens het
             * commissiedebat X van D: de staatssecretaris informeert de
             * Kamer ...", the signer's or the other of that ministry) */
            size_t co = c->span.start, ce = c->span.end, t, te;
            while (co < ce && s[co] != ':')
                co++;
            char rank = co < ce ? title_rank_at(s, ce, ki_skip_blank(s, ce, co + 1), &t, &te) : 0;
            if (!rank || !last_named_before(sc, c->span.start, 0, rank, &me))
                actor_self(sc, &me);
            if (me.n && set_actors(r, c, &me))
                return KI_ERR_NOMEM;
        }
    /* a beslisnota's overview of its reader's promises, named by their
     * meeting with no maker: "Toezegging in het commissiedebat X van D: u
     * informeert de Kamer ..." is the reader's ("u"); "Toezegging van uw
     * ambtsvoorganger in het notaoverleg X" the ministry's minister */
    if (kd_kind_is(sc, "beslisnota"))
        for (size_t i = 0; i < r->ncommitments; i++) {
            ki_commitment *c = &r->commitments[i];
            if (c->nactors || !c->venue || c->relation == KI_REL_MADE)
                continue;
            size_t co = c->span.start, ce = c->span.end;
            while (co < ce && s[co] != ':')
                co++;
            size_t u = co < ce ? ki_skip_blank(s, ce, co + 1) : ce;
            actors me = {{0}, 0, false};
            if (u < ce && (word_at(s, ce, u, "u") || word_at(s, ce, u, "U")))
                actor_add(&me, "u");
            else if (kd_find_ci(s, co, c->span.start, "uw ambtsvoorganger") != (size_t)-1) {
                /* (the ministry of its letterhead, or of its reader: "Aan
                 * de minister van X" in the head) */
                size_t lim = n < 1500 ? n : 1500, used;
                const char *own = head_ministry(s, lim, "minister");
                size_t dm = own ? (size_t)-1 : kd_find_ci(s, lim, 0, "de minister van");
                if (!own && dm != (size_t)-1 && word_at(s, lim, ki_skip_blank(s, lim, kd_line_start(s, dm)), "Aan"))
                    own = ki_actor_parse(s + dm, kd_line_end(s, lim, dm) - dm, &used);
                if (own)
                    actor_add(&me, own);
            }
            if (me.n && set_actors(r, c, &me))
                return KI_ERR_NOMEM;
        }
    /* a gemeente's, provincie's or waterschap's letter to its own council:
     * its promises are the college's, not a bewindspersoon's; only one a
     * minister or staatssecretaris made, named in its sentence, counts */
    if (r->ncommitments && kd_lower_gov_doc(s, n)) { /* (it only drops commitments) */
        o = 0;
        for (size_t i = 0; i < r->ncommitments; i++) {
            const char *ev = r->commitments[i].evidence;
            if (ev && (strstr(ev, "minister") || strstr(ev, "Minister") || strstr(ev, "staatssecretaris") ||
                       strstr(ev, "Staatssecretaris")))
                r->commitments[o++] = r->commitments[i];
        }
        r->ncommitments = o;
    }
    /* in text order: the rows of tables and lists were read after the
     * sentences (a stable sort: records at one place keep their order) */
    kd_sort_commitments(r->commitments, r->ncommitments);
    if (section_numbers(sc))
        return KI_ERR_NOMEM;
    return head_number(sc);
}
