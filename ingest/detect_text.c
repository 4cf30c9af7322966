/*
 * detect_text.c - how the detector reads the text around a reference:
 * sentences, lines, list items and headings; the cue rows and the relation
 * (settled, progress, addressed, cited, made) they give; the motion and
 * commitment triggers and the clauses between them.
 */
#include "detect_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- sentences, list items, sections ---- */


/*
 * Line bounds.  kd_line_start() and kd_line_end() look at most
 * LINE_MAX_SCAN bytes away, and are asked thousands of times per text: on a
 * text of one long line (a whole document on one line, as some PDF
 * extractions and scrapes give) each question would read 64 KB.  So they
 * first look LINE_PROBE bytes around pos, where a line of prose ends; only
 * past that do they ask the line index of the text ki_detect() reads (the
 * offsets of its '\n's, in order), found by binary search.  The index is
 * built the first time the long reads it saves have come to the text's own
 * length (so a text of short lines, with a long line here and there, never
 * builds it, and one of long lines builds it once), and dropped when the
 * text is done.  Any other string is read as before.
 */
#define LINE_PROBE 1024
static _Thread_local struct {
    const char *s;    /* the text ki_detect() reads; NULL between texts */
    size_t      n;
    size_t     *nl;   /* its '\n's, in order, once built */
    size_t      nnl, cap;
    bool        built;
    size_t      spent; /* bytes read past the probe before it was built */
    bool        plain; /* tests: no index, every bound read as before */
    size_t      builds; /* tests: how many indexes were built */
} lix;

void kd_lines_test_plain(bool on) { lix.plain = on; }
size_t kd_lines_test_builds(void) { return lix.builds; }

void kd_lines_new_text(const char *s, size_t n)
{
    lix.s = s;
    lix.n = n;
    lix.nnl = 0;
    lix.built = false;
    lix.spent = 0;
}

void kd_lines_done(void)
{
    free(lix.nl);
    lix.nl = NULL;
    lix.cap = lix.nnl = 0;
    lix.s = NULL;
    lix.built = false;
}

/* Is the index there for s (built now when the reads it saves have come to
 * the text's length; more is what this read would cost without it)? */
static bool lix_ready(const char *s, size_t more)
{
    if (s != lix.s || !s || lix.plain)
        return false;
    if (lix.built)
        return true;
    if ((lix.spent += more) < lix.n)
        return false;
    lix.nnl = 0;
    for (const char *p = memchr(s, '\n', lix.n); p; p = memchr(p + 1, '\n', lix.n - (size_t)(p + 1 - s))) {
        if (lix.nnl == lix.cap) {
            size_t cap = lix.cap ? lix.cap * 2 : 64;
            size_t *v = realloc(lix.nl, cap * sizeof *v);
            if (!v)
                return false; /* (read as before: the answer is the same) */
            lix.nl = v;
            lix.cap = cap;
        }
        lix.nl[lix.nnl++] = (size_t)(p - s);
    }
    lix.built = true;
    lix.builds++;
    return true;
}

/* The number of the text's '\n's before pos. */
static size_t lix_below(size_t pos)
{
    size_t a = 0, b = lix.nnl;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (lix.nl[m] < pos)
            a = m + 1;
        else
            b = m;
    }
    return a;
}

/* The line bounds past the probe: from the index when there is one for s,
 * else read (kept out of line, so that the probe's path stays short) */
static __attribute__((noinline)) size_t line_start_far(const char *s, size_t pos)
{
    size_t lim = pos > LINE_MAX_SCAN ? pos - LINE_MAX_SCAN : 0, near = pos - LINE_PROBE;
    if (pos <= lix.n && lix_ready(s, near - lim)) {
        size_t k = lix_below(near);
        return k && lix.nl[k - 1] >= lim ? lix.nl[k - 1] + 1 : lim;
    }
    const char *p = memrchr(s + lim, '\n', near - lim);
    return p ? (size_t)(p - s) + 1 : lim;
}

static __attribute__((noinline)) size_t line_end_far(const char *s, size_t n, size_t pos)
{
    size_t lim = n - pos > LINE_MAX_SCAN ? pos + LINE_MAX_SCAN : n, near = pos + LINE_PROBE;
    if (n <= lix.n && lix_ready(s, lim - near)) {
        size_t k = lix_below(near);
        return k < lix.nnl && lix.nl[k] < lim ? lix.nl[k] : lim;
    }
    const char *p = memchr(s + near, '\n', lim - near);
    return p ? (size_t)(p - s) : lim;
}

size_t kd_line_start(const char *s, size_t pos)
{
    /* (LINE_PROBE < LINE_MAX_SCAN: within the probe there is no limit) */
    size_t near = pos > LINE_PROBE ? pos - LINE_PROBE : 0;
    const char *p = memrchr(s + near, '\n', pos - near);
    if (p)
        return (size_t)(p - s) + 1;
    return near ? line_start_far(s, pos) : 0;
}

size_t kd_line_end(const char *s, size_t n, size_t pos)
{
    size_t near = n - pos > LINE_PROBE ? LINE_PROBE : n - pos;
    const char *p = memchr(s + pos, '\n', near);
    if (p)
        return (size_t)(p - s);
    return near == LINE_PROBE ? line_end_far(s, n, pos) : n;
}


bool kd_bullet_at(const char *s, size_t n, size_t ls)
{
    size_t i = ls;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= n)
        return false;
    unsigned char c = (unsigned char)s[i];
    if (c == '-')
        return i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '_' || s[i + 1] == '\t');
    if (c == '|')
        return true; /* a table row */
    if (ki_is_digit(c) || (c >= 'a' && c <= 'z')) {
        /* "1. Motie ...", "2) de motie", "a. ..." with text after it */
        size_t k = i;
        while (k < n && k - i < 2 && ki_is_digit((unsigned char)s[k]))
            k++;
        if (k == i)
            k++;
        if (k - i > 2 || k + 1 >= n || !(s[k] == '.' || s[k] == ')') || s[k + 1] != ' ')
            return false;
        /* not the number a line broke from its "nr.": "(Kamerstukken II
         * ..., 36 800 XVII, nr.⏎23) vraagt ..." */
        if (ls > 0 && s[ls - 1] == '\n') {
            size_t p = ls - 1;
            while (p > 0 && ki_is_blank((unsigned char)s[p - 1]))
                p--;
            if ((p >= 4 && (memcmp(s + p - 4, " nr.", 4) == 0 || memcmp(s + p - 4, "(nr.", 4) == 0)) ||
                (p >= 5 && memcmp(s + p - 5, " nrs.", 5) == 0) || (p >= 3 && memcmp(s + p - 3, " nr", 3) == 0))
                return false;
        }
        size_t e = kd_line_end(s, n, i);
        return e - i > 40 && !kd_heading_at(s, n, ls);
    }
    if (c == 0xE2 && i + 2 < n) {
        unsigned char c1 = (unsigned char)s[i + 1], c2 = (unsigned char)s[i + 2];
        if (c1 == 0x80 && (c2 == 0x93 || c2 == 0x94 || c2 == 0xA2)) /* – — • */
            return true;
        if ((c1 == 0x96 && c2 == 0xAA) || (c1 == 0x97 && c2 == 0x8F)) /* ▪ ● */
            return true;
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xB7) /* · */
        return true;
    if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0x82 && (unsigned char)s[i + 2] == 0xB7)
        return true;
    return false;
}

static const char *const abbrevs[] = {
    "d.d", "c.s", "t.v.v", "nr", "nrs", "blz", "p", "pp", "pag", "jl", "j.l", "mr", "dr",
    "drs", "ir", "ing", "prof", "dhr", "mevr", "mw", "o.a", "e.a", "i.c", "m.b.t", "t.a.v",
    "ca", "vs", "art", "stb", "stcrt", "kst", "aanh", "hand", "bijv", "resp", "evt", "incl",
    "excl", "z.s.m", "n.a.v", "i.v.m", "m.u.v", "o.b.v", "a.s", "no", "jan", "feb", "mrt",
    "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "vgl", "zgn", "e.d",
};

#define ABBREV_MAX 5
#define NABBREV (sizeof abbrevs / sizeof abbrevs[0])
_Static_assert(NABBREV < 255, "abbrevs[] is indexed by a byte");

/* Is w (lower case) one of abbrevs[]?  Only those with its first letter
 * (a-z) are compared, by a list per letter each thread builds once. */
static bool is_abbrev(const char *w)
{
    static _Thread_local unsigned char first[26], next[NABBREV];
    static _Thread_local bool ready;
    if (!ready) {
        memset(first, 0xFF, sizeof first);
        for (size_t a = NABBREV; a-- > 0;) {
            unsigned l = (unsigned)((unsigned char)abbrevs[a][0] - 'a');
            next[a] = l < 26 ? first[l] : 0xFF;
            if (l < 26)
                first[l] = (unsigned char)a;
        }
        ready = true;
    }
    unsigned l = (unsigned)((unsigned char)w[0] - 'a');
    if (l >= 26) { /* not a letter's list: all of them */
        for (size_t a = 0; a < NABBREV; a++)
            if (w[0] == abbrevs[a][0] && strcmp(w, abbrevs[a]) == 0)
                return true;
        return false;
    }
    for (unsigned a = first[l]; a != 0xFF; a = next[a])
        if (strcmp(w, abbrevs[a]) == 0)
            return true;
    return false;
}

/* Is the '.' (or ? !) at i the end of a sentence? */
/* Whether s[b, i) (i at a period) is a member's initials: parts split by
 * periods, each a capital or one of the two- and three-letter initials
 * Dutch writes for one sound or a long name ("Chr", "Th", "IJ", "Joh"), as
 * patterns.c's INITIAL: "Chr", "Th.C", "J.J", "M.B". */
static bool initials_at(const char *s, size_t b, size_t i)
{
    static const char *const multi[] = {"Th", "Ph", "Ch", "Chr", "Tj", "Sj", "IJ", "Ij", "Joh", "Jac", "Wm", NULL};
    if (b > 0 && ki_is_letter((unsigned char)s[b - 1]))
        return false;
    for (size_t p = b; p < i;) {
        size_t q = p;
        while (q < i && s[q] != '.')
            q++;
        bool ok = q - p == 1 && is_upper((unsigned char)s[p]);
        for (const char *const *m = multi; *m && !ok; m++)
            ok = strlen(*m) == q - p && memcmp(s + p, *m, q - p) == 0;
        if (!ok)
            return false;
        p = q + 1;
    }
    return true;
}

/* A footnote mark after the period at i, before a capital: glued
 * ("toegestuurd krijgen.1 In 2023"), in brackets ("is uitgevoerd.[5] Het",
 * markdown's "[^5]") or, at the end of its line, after a space ("26 januari
 * jl. 3\n\nRekenkamers"): the end of the mark, else 0. */
static size_t mark_after(const char *s, size_t n, size_t i)
{
    if (s[i] != '.' || i == 0 || !((s[i - 1] >= 'a' && s[i - 1] <= 'z') || s[i - 1] == ')'))
        return 0;
    size_t d0 = i + 1;
    bool spaced = false, brack = false;
    if (d0 + 1 < n && s[d0] == '[') {
        brack = true;
        d0 += s[d0 + 1] == '^' ? 2 : 1;
    }
    while (!brack && d0 < n && d0 - i < 3 && (s[d0] == ' ' || s[d0] == '\t'))
        d0++, spaced = true;
    size_t mk = d0;
    while (mk < n && mk - d0 < 3 && ki_is_digit((unsigned char)s[mk]))
        mk++;
    if (mk == d0 || mk - d0 >= 3 || mk + 1 >= n)
        return 0;
    if (brack && s[mk++] != ']')
        return 0;
    size_t j = ki_skip_blank(s, n, mk);
    if (j == mk || j >= n || !is_upper((unsigned char)s[j]))
        return 0;
    if (spaced && !memchr(s + mk, '\n', j - mk))
        return 0; /* "jl. 3 De": a number in the text */
    return mk;
}

static bool sentence_end_at(const char *s, size_t n, size_t i)
{
    size_t mk = mark_after(s, n, i);
    bool mark = mk != 0;
    /* a closing quote after the stop: 'kunnen." Reactie: ...' */
    size_t q = i + 1;
    if (!mark && q < n && s[q] == '"' && q + 1 < n && ki_is_blank((unsigned char)s[q + 1]))
        q++;
    if (!mark && q < n && !ki_is_blank((unsigned char)s[q]) && s[q] != ')' && !((unsigned char)s[q] == 0xE2))
        return false;
    if (s[i] == '.') {
        size_t b = i;
        while (b > 0 && (ki_is_letter((unsigned char)s[b - 1]) || s[b - 1] == '.') && i - b < 8)
            b--;
        if (b < i) {
            char w[10];
            size_t k = 0;
            for (size_t j = b; j < i && k < 9; j++)
                w[k++] = (char)ki_lower((unsigned char)s[j]);
            w[k] = '\0';
            /* no abbreviation is longer than ABBREV_MAX */
            /* "3 april jl. De ...", "motie-X c.s. Ik ...": these end a
             * sentence before a capital */
            if (strcmp(w, "jl") == 0 || strcmp(w, "j.l") == 0 || strcmp(w, "c.s") == 0) {
                size_t j = mark ? mk : i + 1;
                while (!mark && j < n && ki_is_digit((unsigned char)s[j]))
                    j++;
                size_t u = ki_skip_blank(s, n, j);
                return u > j && u < n && is_upper((unsigned char)s[u]);
            }
            if (k <= ABBREV_MAX && is_abbrev(w))
                return false;
            if (k == 1 && (b == 0 || !ki_is_letter((unsigned char)s[b - 1])) && is_upper((unsigned char)s[b]))
                return false; /* an initial: "J. de Vries" */
            if (initials_at(s, b, i))
                return false; /* "Chr. Jansen", "Th.C. de Graaf", "J.J. Vos" */
        }
    }
    if (mark)
        return true;
    size_t j = ki_skip_blank(s, n, q);
    if (j >= n)
        return true;
    unsigned char c = (unsigned char)s[j];
    if (is_upper(c) || c == '[' || c == '(' || c == '-' || c >= 0xC3)
        return true;
    /* "... ernaar vroeg.\n\n________\n1 Handelingen": a paragraph ends */
    const char *nl = memchr(s + q, '\n', j - q);
    if (nl && memchr(nl + 1, '\n', (size_t)(s + j - (nl + 1))))
        return true;
    /* "... te laten.\n2.\nToezeggingen": a numbered part starts on its own line */
    if (ki_is_digit(c) && memchr(s + i + 1, '\n', j - i - 1)) {
        size_t k = j;
        while (k < n && k - j < 3 && ki_is_digit((unsigned char)s[k]))
            k++;
        if (k < n && (s[k] == '.' || s[k] == ')') && (k + 1 >= n || ki_is_blank((unsigned char)s[k + 1])))
            return true;
        /* "... op schema.\n3.2 Bij de stemmingen ...": a numbered item of a second level */
        if (k > j && k + 1 < n && s[k] == '.' && ki_is_digit((unsigned char)s[k + 1])) {
            size_t m = k + 1;
            while (m < n && m - k <= 3 && ki_is_digit((unsigned char)s[m]))
                m++;
            if (m < n && s[m] == '.')
                m++;
            if (m < n && (s[m] == ' ' || s[m] == '\t'))
                return true;
        }
        /* "... (nr. 640).\n6\nHoe verhoudt ...": a question's number alone on its line */
        while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            k++;
        return k >= n || s[k] == '\n';
    }
    return false;
}

/* Is the line at ls in a bulleted item, its first line at most up lines
 * above?  The item's end in *end: from the line of from on, to the next
 * item, a blank line, or reach bytes past from. */
bool kd_bullet_item(const char *s, size_t n, size_t ls, int up, size_t from, size_t reach, size_t *end)
{
    size_t first = ls;
    for (int k = 0; k < up && !kd_bullet_at(s, n, first) && first > 0; k++)
        first = kd_line_start(s, first - 1);
    if (!kd_bullet_at(s, n, first))
        return false;
    size_t e = kd_line_end(s, n, from);
    while (e + 1 < n && !kd_blank_line(s, n, e + 1) && !kd_bullet_at(s, n, e + 1) && e - from < reach)
        e = kd_line_end(s, n, e + 1);
    *end = e;
    return true;
}

/* Does the line after the one at ls start with a capital letter (a new
 * sentence, not the line's words going on)? */
static bool next_line_upper(const char *s, size_t n, size_t ls)
{
    size_t e = kd_line_end(s, n, ls);
    if (e >= n)
        return false;
    size_t i = e + 1;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i < n && s[i] >= 'A' && s[i] <= 'Z';
}

/* A register's or letter's heading of one commitment on the line at ls,
 * its number first or not: "Toezegging uit het commissiedebat X van 12
 * maart 2025", "1. Toezegging aan het lid X (VVD) bij de
 * begrotingsbehandeling": "Toezegging" and no closing stop (an
 * abbreviation's, "d.d.", may end it). */
#define TZ_HEAD_MAX 130 /* the longest such heading, in bytes after its number */
static bool tz_head_line(const char *s, size_t n, size_t ls)
{
    size_t e = kd_line_end(s, n, ls), i = ls;
    while (i < e && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t d = i;
    while (d < e && (ki_is_digit((unsigned char)s[d]) || (s[d] == '.' && d > i)))
        d++;
    if (d > i)
        i = ki_skip_blank(s, e, d);
    size_t we;
    if (e - i > TZ_HEAD_MAX || !(we = word_at(s, e, i, "Toezegging")) || s[i] != 'T' || (we < e && s[we] == ':'))
        return false; /* (not a label: "Toezegging: De minister van X zegt ...") */
    while (e > i && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    bool abbr = e >= i + 5 && (starts_ci(s, e, e - 5, " d.d.") || starts_ci(s, e, e - 4, " jl."));
    return abbr || (s[e - 1] != '.' && s[e - 1] != ';' && s[e - 1] != ':' && s[e - 1] != ',');
}

/* A heading line: "h. Toezeggingen", "4, Toelichting", "2. Geadviseerd
 * besluit": an enumerator, a capitalised short text, no final period; also
 * a commitment's heading over a sentence of its own (tz_head_line()), or
 * the short second line of one broken over two. */
bool kd_heading_at(const char *s, size_t n, size_t ls)
{
    size_t e = kd_line_end(s, n, ls), i = ls;
    while (i < e && (s[i] == ' ' || s[i] == '\t'))
        i++;
    /* a commitment's heading, its text below in a sentence of its own:
     * "Toezegging uit het commissiedebat X van 12 maart 2025 / De minister
     * zal ...", also over two lines ("... d.d. / 02-10-2025 (TZ202510-014)
     * / De staatssecretaris zegt toe ...") */
    if (i < e && (s[i] == 'T' || ki_is_digit((unsigned char)s[i])) && tz_head_line(s, n, ls) &&
        next_line_upper(s, n, ls))
        return true;
    if (ls > 0 && i < e && e - i <= 60 && s[e - 1] != '.' && next_line_upper(s, n, ls)) {
        size_t pl = kd_line_start(s, ls - 1);
        if (pl < ls - 1 && tz_head_line(s, n, pl) && !next_line_upper(s, n, pl))
            return true;
    }
    /* the numbered questions and answers of written questions: "Vraag 2",
     * "Antwoord 4", "Antwoord op vraag 3", alone on their line */
    if (i < e && (s[i] == 'V' || s[i] == 'A')) {
        size_t w = word_at(s, e, i, "Vraag");
        if (!w && (w = word_at(s, e, i, "Antwoord"))) {
            size_t o = ki_skip_blank(s, e, w), q;
            if ((q = word_at(s, e, o, "op")) && (q = word_at(s, e, ki_skip_blank(s, e, q), "vraag")))
                w = q;
        }
        if (w) {
            w = ki_skip_blank(s, e, w);
            size_t d = w;
            while (d < e && ki_is_digit((unsigned char)s[d]))
                d++;
            if (d > w && d - w <= 3) {
                if (d < e && s[d] >= 'a' && s[d] <= 'z')
                    d++;
                if (d < e && (s[d] == ':' || s[d] == '.'))
                    d++;
                return ki_skip_blank(s, e, d) == e;
            }
        }
    }
    /* the unnumbered section names of a beslisnota or letter, alone on
     * their line: "Aanleiding", "Geadviseerd besluit", "Kernpunten" */
    if (i < e && is_upper((unsigned char)s[i])) {
        static const char *const sections[] = {
            "Aanleiding", "Geadviseerd besluit", "Besluit", "Kernpunten", "Toelichting", "Communicatie",
            "Afstemming", "Achtergrond", "Samenvatting", "Inleiding", "Conclusie", "Vervolg", "Context",
            "Advies", "Kern", "Vervolgstappen", "Financi\xc3\xable gevolgen", "Juridische aspecten",
            "Politieke context", "Stand van zaken", "Tot slot", "Afsluitend"};
        for (size_t x = 0; x < sizeof sections / sizeof sections[0]; x++) {
            /* (s[i] is a capital, as each name's first letter: word_at()
             * can only find the names that begin with it) */
            if (sections[x][0] != s[i])
                continue;
            size_t w = word_at(s, e, i, sections[x]);
            if (w && (w == e || ((s[w] == ':' || ki_is_blank((unsigned char)s[w])) && ki_skip_blank(s, e, w + 1) == e)))
                return true;
        }
    }
    size_t k = i;
    while (k < e && k - i < 2 && (ki_is_digit((unsigned char)s[k]) || (s[k] >= 'a' && s[k] <= 'z')))
        k++;
    if (k == i || k >= e || !(s[k] == '.' || s[k] == ',' || s[k] == ')'))
        return false;
    if (k - i == 2 && !ki_is_digit((unsigned char)s[i]))
        return false;
    k++;
    while (k < e && (s[k] == ' ' || s[k] == '_' || s[k] == '\t'))
        k++;
    if (k >= e || !is_upper((unsigned char)s[k]))
        return false;
    size_t t = e;
    while (t > k && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    if (!(t - i <= 70 && s[t - 1] != '.' && s[t - 1] != ','))
        return false;
    /* a title broken over lines is no heading: its line ends in an article,
     * a preposition or a conjunction ("a. Motie van het lid X over het
     * versterken van het⏎exportinstrumentarium ..."), or the next line goes
     * on in lower case */
    static const char *const open[] = {"de", "het", "een", "van", "voor", "over", "met", "in", "op", "aan", "te",
                                       "en", "of", "bij", "naar", "om", "tot", "uit", "door", "tegen", "tussen",
                                       "onder", "inzake", "betreffende", "der", "den", NULL};
    size_t w = t;
    while (w > k && ki_is_letter((unsigned char)s[w - 1]))
        w--;
    if (w < t && (w == k || s[w - 1] == ' ') && kd_word_in_list(s, w, t, open))
        return false;
    /* (an item whose sentence runs on: "a. Tijdens het commissiedebat X op 9
     * oktober jl. heb ik⏎toegezegd ...") */
    size_t nx = e < n ? e + 1 : n;
    while (nx < n && (s[nx] == ' ' || s[nx] == '\t'))
        nx++;
    if (nx < n && s[nx] >= 'a' && s[nx] <= 'z' && !kd_bullet_at(s, n, e + 1))
        return false;
    /* (or in a bracket: "2. De moties van het lid X over Y⏎(Kamerstukken II
     * ..., nrs. 12 en 14) worden betrokken bij ...") */
    if (nx < n && s[nx] == '(')
        return false;
    /* ... or the next line ends in the title's reference in brackets ("bij de
     * Raad⏎Buitenlandse Zaken Handel (Kamerstuk 21501-02-3011)") */
    if (e + 1 < n && s[e] == '\n') {
        size_t ne = kd_line_end(s, n, e + 1), nt = ne;
        while (nt > e + 1 && ki_is_blank((unsigned char)s[nt - 1]))
            nt--;
        if (nt > e + 1 && s[nt - 1] == ')') {
            size_t o = nt - 1;
            while (o > e + 1 && s[o - 1] != '(' && s[o - 1] != ')')
                o--;
            if (o > e + 1 && s[o - 1] == '(' && starts_ci(s, nt, o, "Kamerstuk"))
                return false;
        }
    }
    return true;
}

/* The bytes kd_sent_start() and kd_sent_end() stop at: line breaks, . ? ! :, and
 * 0xE2, the lead byte of the quotes ‘ ’ “ ”. */
static const bool sent_byte[256] = {
    ['\n'] = true, ['.'] = true, ['?'] = true, ['!'] = true, [':'] = true, [0xE2] = true,
};

#if defined(__SSE2__)
/* A bit per byte of the 16 at p: is it one of sent_byte's? */
static inline unsigned sent_mask(const char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* The first i in [from, lim) with sent_byte[s[i]], else lim. */
static inline size_t sent_fwd(const char *s, size_t from, size_t lim)
{
    size_t i = from;
#if defined(__SSE2__)
    for (; i + 16 <= lim; i += 16) {
        unsigned m = sent_mask(s + i);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i < lim && !sent_byte[(unsigned char)s[i]])
        i++;
    return i;
}

/* The greatest i in (lim, from] with sent_byte[s[i - 1]], else lim. */
static inline size_t sent_back(const char *s, size_t from, size_t lim)
{
    size_t i = from;
#if defined(__SSE2__)
    for (; i >= lim + 16; i -= 16) {
        unsigned m = sent_mask(s + i - 16);
        if (m)
            return i - 16 + (size_t)(32 - __builtin_clz(m));
    }
#endif
    while (i > lim && !sent_byte[(unsigned char)s[i - 1]])
        i--;
    return i;
}

/*
 * The sentence bounds already asked in this document: a motion's or
 * commitment's subject, list, venue and relation each ask them of the same
 * few places.  kd_sent_start() and kd_sent_end() depend on nothing but (s, n,
 * pos), so an answer kept under that key, for the current ki_detect() call
 * (sent_gen, a new number per call: a later document may sit at the same
 * address), is the answer.  One table per function and thread, a slot per
 * hashed pos, the last answer winning.
 */
#define SENT_MEMO 512 /* a power of two */
struct sentmemo {
    uint64_t    gen;
    const char *s;
    size_t      n, pos, val;
};
static _Thread_local uint64_t sent_gen;

void kd_sent_new_text(void) { sent_gen++; }

/* The slot for (s, n, pos) in t; *known when it holds the answer. */
static struct sentmemo *sent_slot(struct sentmemo *t, const char *s, size_t n, size_t pos, bool *known)
{
    struct sentmemo *e = &t[(size_t)(((uint64_t)pos * 0x9E3779B97F4A7C15u) >> 40) & (SENT_MEMO - 1)];
    *known = e->gen == sent_gen && e->pos == pos && e->s == s && e->n == n;
    return e;
}

/* Remembers val as the answer at e for (s, n, pos); returns val. */
static size_t sent_keep(struct sentmemo *e, const char *s, size_t n, size_t pos, size_t val)
{
    *e = (struct sentmemo){sent_gen, s, n, pos, val};
    return val;
}

/* Is the line that holds i a table row: "| ... |"? */
static bool row_line(const char *s, size_t n, size_t i)
{
    size_t ls = kd_line_start(s, i), a = ki_skip_blank(s, n, ls);
    return a < n && s[a] == '|' && kd_last_char(s, n, ls) == '|';
}

/* Does the line break at i end a sentence: a list item or a heading
 * starts after it, or the line it ends is a heading or a table's row? */
static bool break_ends(const char *s, size_t n, size_t i)
{
    /* (a commitment's heading over two lines ends after its second; a
     * table's last row ends at its line's end, not in the paragraph
     * below) */
    return kd_bullet_at(s, n, i + 1) || (i > 0 && s[i - 1] != '\n' && row_line(s, n, i - 1)) ||
           (kd_heading_at(s, n, i + 1) && !tz_head_line(s, n, kd_line_start(s, i))) ||
           kd_heading_at(s, n, kd_line_start(s, i));
}

/* The tests at a scan's stops that depend on the stop alone, remembered
 * for the current ki_detect() call (sent_gen) by stop: the scans of
 * neighbouring places pass the same stops, and these tests (a period's
 * abbreviations, initials and what follows; the line break's list item
 * or heading) are the dearest part of a scan.  kind 0: sentence_end_at()
 * at i; kind 1: break_ends() at i.  A slot per hashed stop, the last
 * answer winning. */
#define STOP_MEMO 1024 /* a power of two */
static bool stop_ends(const char *s, size_t n, size_t i, int kind)
{
    static _Thread_local struct {
        uint64_t    gen;
        const char *s;
        size_t      n, i;
        bool        ends;
    } t[2][STOP_MEMO];
    size_t k = (size_t)(((uint64_t)i * 0x9E3779B97F4A7C15u) >> 40) & (STOP_MEMO - 1);
    if (t[kind][k].gen != sent_gen || t[kind][k].i != i || t[kind][k].s != s || t[kind][k].n != n) {
        t[kind][k].gen = sent_gen;
        t[kind][k].s = s;
        t[kind][k].n = n;
        t[kind][k].i = i;
        t[kind][k].ends = kind ? break_ends(s, n, i) : sentence_end_at(s, n, i);
    }
    return t[kind][k].ends;
}

static size_t sent_start_scan(const char *s, size_t n, size_t pos);
static size_t sent_end_scan(const char *s, size_t n, size_t pos, size_t *stop);

/* Start of the sentence (or list item) that contains pos. */
size_t kd_sent_start(const char *s, size_t n, size_t pos)
{
    static _Thread_local struct sentmemo t[SENT_MEMO];
    bool known;
    struct sentmemo *e = sent_slot(t, s, n, pos, &known);
    return known ? e->val : sent_keep(e, s, n, pos, sent_start_scan(s, n, pos));
}

/*
 * A record asks the end of its sentence from several places in it (its
 * trigger, its subject, its names), each a new key for the memo above.
 * The scan from pos stops at the byte `stop` that ends the sentence; from
 * any pos' in [pos, stop) it passes the same bytes up to stop and stops
 * there too, provided no opening quote was passed on the way (a quote
 * opened before pos' would not be counted from pos', and a '.' inside it
 * could end the sentence there) and the scan did stop before its limit
 * (pos' + 1500 reaches further).  The tests at each byte depend on pos
 * only as "i > pos", which holds from pos' wherever it held from pos for
 * the bytes passed, and at stop since stop > pos'.  So such a scan's
 * answer holds for the span [pos, stop): the last SENT_SPANS of them are
 * kept.
 */
#define SENT_SPANS 8 /* a power of two */
struct sentspan {
    uint64_t    gen;
    const char *s;
    size_t      n, lo, hi, val;
};

/* End (exclusive) of the sentence that contains pos; '.'s inside ‘...’ do
 * not end it. */
size_t kd_sent_end(const char *s, size_t n, size_t pos)
{
    static _Thread_local struct sentmemo t[SENT_MEMO];
    static _Thread_local struct sentspan sp[SENT_SPANS];
    static _Thread_local unsigned nsp;
    bool known;
    struct sentmemo *e = sent_slot(t, s, n, pos, &known);
    if (known)
        return e->val;
    for (unsigned k = 0; k < SENT_SPANS; k++)
        if (sp[k].gen == sent_gen && pos >= sp[k].lo && pos < sp[k].hi && sp[k].s == s && sp[k].n == n)
            return sent_keep(e, s, n, pos, sp[k].val);
    size_t stop;
    size_t val = sent_end_scan(s, n, pos, &stop);
    if (stop > pos)
        sp[nsp++ & (SENT_SPANS - 1)] = (struct sentspan){sent_gen, s, n, pos, stop, val};
    return sent_keep(e, s, n, pos, val);
}

/* kd_sent_start() worked out */
static size_t sent_start_scan(const char *s, size_t n, size_t pos)
{
    size_t lim = pos > 1500 ? pos - 1500 : 0;
    for (size_t i = pos; i > lim; i--) {
        /* every test below is at one of sent_byte's bytes */
        i = sent_back(s, i, lim);
        if (i == lim)
            break;
        size_t k = i - 1;
        if (s[k] == '\n' && i <= pos && kd_bullet_at(s, n, i))
            return ki_skip_blank(s, n, i);
        /* (the paragraph under a table starts after its last row) */
        if (s[k] == '\n' && i <= pos && k > 0 && s[k - 1] != '\n' && row_line(s, n, k - 1))
            return ki_skip_blank(s, n, i);
        if (s[k] == '\n' && i <= pos && kd_heading_at(s, n, kd_line_start(s, k)) && kd_line_start(s, k) < k)
            return ki_skip_blank(s, n, i);
        /* the salutation "Geachte voorzitter," (and the letter's head above
         * it); the date line "Den Haag, 9 juli 2018" */
        /* (and the head's subject line: "Betreft Voortgangsbrief aanpak
         * stalking", "Onderwerp ...") */
        if (s[k] == '\n' && i <= pos && k > 0 &&
            (starts_ci(s, k, ki_skip_blank(s, k, kd_line_start(s, k - 1)), "Geachte ") ||
             starts_ci(s, k, ki_skip_blank(s, k, kd_line_start(s, k - 1)), "Den Haag, ") ||
             word_at(s, k, ki_skip_blank(s, k, kd_line_start(s, k - 1)), "Betreft") ||
             word_at(s, k, ki_skip_blank(s, k, kd_line_start(s, k - 1)), "Onderwerp")))
            return ki_skip_blank(s, n, i);
        if ((s[k] == '.' || s[k] == '?' || s[k] == '!') && k + 1 <= pos && stop_ends(s, n, k, 0)) {
            /* the next sentence starts after a footnote mark; pos in the
             * mark is in the sentence the stop ends */
            size_t mk = mark_after(s, n, k);
            if (mk && pos < mk)
                continue;
            return ki_skip_blank(s, n, mk ? mk : k + 1);
        }
        if (s[k] == ':') {
            size_t j = k + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < n && s[j] == '\n' && j < pos)
                return ki_skip_blank(s, n, j);
        }
    }
    return lim ? ki_skip_blank(s, n, lim) : 0;
}

/* Returns val, the answer of a scan that ended the sentence at byte i;
 * *stop is i unless an opening quote was passed (opened). */
static inline size_t sent_stop(size_t *stop, size_t i, bool opened, size_t val)
{
    if (!opened)
        *stop = i;
    return val;
}

/* kd_sent_end() worked out; *stop is the byte where the scan ended the
 * sentence, pos when its answer holds for pos alone (see struct sentspan) */
static size_t sent_end_scan(const char *s, size_t n, size_t pos, size_t *stop)
{
    size_t lim = pos + 1500 < n ? pos + 1500 : n;
    int quote = 0;
    bool opened = false;
    *stop = pos;
    for (size_t i = pos; i < lim; i++) {
        /* only these bytes can end a sentence or open and close a quote:
         * the rest of the sentence is passed over a byte per step */
        i = sent_fwd(s, i, lim);
        if (i == lim)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char c2 = (unsigned char)s[i + 2];
            if (c2 == 0x98 || c2 == 0x9C)
                quote++, opened = true;
            else if ((c2 == 0x99 || c2 == 0x9D) && quote > 0)
                quote--;
        }
        if (c == '\n' && i + 1 < n && stop_ends(s, n, i, 1))
            return sent_stop(stop, i, opened, i);
        /* "…(Kamerstuk 31839, nr. 1101);" then a blank line: a list item ends */
        if (c == '\n' && i > pos && s[i - 1] == ';' && i + 1 < n && s[i + 1] == '\n')
            return sent_stop(stop, i, opened, i);
        /* "femicide!' In": a sentence may end inside the quote */
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x9D) && i > pos &&
            (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?') && stop_ends(s, n, i + 2, 0))
            return sent_stop(stop, i, opened, i + 3);
        if ((c == '.' || c == '?' || c == '!') && !quote && stop_ends(s, n, i, 0))
            return sent_stop(stop, i, opened, i + 1);
        if (c == ':') {
            size_t j = i + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < n && s[j] == '\n')
                return sent_stop(stop, i, opened, i + 1);
        }
    }
    return lim;
}

/* Trimmed end of the line starting at ls: the last non-blank char, or ls. */
char kd_last_char(const char *s, size_t n, size_t ls)
{
    size_t e = kd_line_end(s, n, ls);
    while (e > ls && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    return e > ls ? s[e - 1] : '\0';
}

bool kd_blank_line(const char *s, size_t n, size_t ls)
{
    size_t e = kd_line_end(s, n, ls);
    for (size_t i = ls; i < e; i++)
        if (!ki_is_blank((unsigned char)s[i]))
            return false;
    return true;
}

bool kd_blank_between(const char *s, size_t n, size_t a, size_t b)
{
    if (b > n)
        b = n;
    for (const char *nl; a < b && (nl = memchr(s + a, '\n', b - a)); a = (size_t)(nl - s) + 1)
        if (kd_blank_line(s, n, (size_t)(nl - s) + 1))
            return true;
    return false;
}

/* Previous non-blank line start before the line at ls; (size_t)-1 if none. */
size_t kd_prev_line(const char *s, size_t n, size_t ls)
{
    while (ls > 0) {
        size_t p = kd_line_start(s, ls - 1);
        if (!kd_blank_line(s, n, p))
            return p;
        ls = p;
    }
    return (size_t)-1;
}

/* The blanks (spaces, tabs) that open the line starting at ls. */
static size_t line_indent(const char *s, size_t n, size_t ls)
{
    size_t i = ls;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i - ls;
}

/* When pos lies in a bulleted list: the start of the list's first item;
 * else (size_t)-1.  Lines between items that do not start with a bullet
 * are continuations when a bullet comes before any sentence end. */
size_t kd_list_first_item(struct ki_scan *sc, const char *s, size_t n, size_t pos)
{
    size_t ls = kd_line_start(s, pos);
    /* climb to the bullet that starts this item */
    size_t item = (size_t)-1;
    for (int g = 0; g < 40; g++) {
        if (kd_bullet_at(s, n, ls)) {
            item = ls;
            break;
        }
        size_t p = kd_prev_line(s, n, ls);
        if (p == (size_t)-1)
            return (size_t)-1;
        char lc = kd_last_char(s, n, p);
        if (lc == '.' || lc == ':' || lc == '?' || lc == '!') {
            if (!kd_bullet_at(s, n, p))
                return (size_t)-1;
        }
        ls = p;
    }
    if (item == (size_t)-1)
        return (size_t)-1;
    if (sc->lf_first != (size_t)-1 && item == sc->lf_item)
        return sc->lf_first;
    size_t first = item;
    ls = item;
    for (int g = 0; g < 400; g++) {
        if (sc->lf_first != (size_t)-1 && ls == sc->lf_item) {
            first = sc->lf_first;
            break;
        }
        size_t p = kd_prev_line(s, n, ls);
        if (p == (size_t)-1)
            break;
        if (kd_bullet_at(s, n, p)) {
            first = p;
            ls = p;
            continue;
        }
        /* a line ending in ':' introduces this list ("Over de volgende
         * moties wordt de voortgang toegelicht:"): it is nobody's
         * continuation, and the items above it belong to another list */
        if (kd_last_char(s, n, p) == ':')
            break;
        /* a continuation line of an earlier item?  One indented deeper
         * than the bullets is, across the item's sentence ends ("- De brief
         * geeft de stand van de motie X.\n  De uitvoering loopt. In de
         * brief meldt u ...\n- De motie Y ..."): its lines hang under the
         * item's text */
        size_t q = p;
        bool cont = false;
        size_t bind = line_indent(s, n, item);
        /* (a block of its own, after an empty line, hangs under nothing) */
        bool hang = line_indent(s, n, p) > bind && kd_line_end(s, n, p) + 1 == ls;
        for (int h = 0; h < 12; h++) {
            size_t pp = kd_prev_line(s, n, q);
            if (pp == (size_t)-1)
                break;
            if (kd_bullet_at(s, n, pp)) {
                cont = true;
                q = pp;
                break;
            }
            char lc = kd_last_char(s, n, pp);
            if ((lc == '.' || lc == ':' || lc == '?' || lc == '!') &&
                !(hang && line_indent(s, n, pp) > bind && kd_line_end(s, n, pp) + 1 == q))
                break;
            q = pp;
        }
        if (!cont)
            break;
        first = q;
        ls = q;
    }
    sc->lf_item = item;
    sc->lf_first = first;
    return first;
}

/* Inside the "Aanleiding" section (the reason this document exists)?  The
 * section runs from its heading to the next numbered heading. */
static bool in_aanleiding(struct ki_scan *sc, const char *s, size_t n, size_t pos)
{
    if (!sc->aanl_built) {
        sc->aanl_built = true;
        size_t from = 0;
        const char *ah;
        while (from < n && (ah = memmem(s + from, n - from, "Aanleiding", 10))) {
            size_t at = (size_t)(ah - s), ls = kd_line_start(s, at), e = kd_line_end(s, n, at);
            from = at + 10;
            size_t i = ki_skip_blank(s, e, ls);
            while (i < e && (ki_is_digit((unsigned char)s[i]) || s[i] == '.' || s[i] == ','))
                i++;
            i = ki_skip_blank(s, e, i);
            size_t k = word_at(s, e, i, "Aanleiding");
            if (!k || ki_skip_blank(s, e, k + (k < e && s[k] == ':')) < e)
                continue;
            sc->aanl_s = e;
            sc->aanl_e = n;
            for (size_t l = e < n ? e + 1 : n; l < n; l = kd_line_end(s, n, l) + 1) {
                size_t j = ki_skip_blank(s, kd_line_end(s, n, l), l);
                if (j < n && ki_is_digit((unsigned char)s[j]) && kd_heading_at(s, n, l)) {
                    sc->aanl_e = l;
                    break;
                }
                if (kd_line_end(s, n, l) >= n)
                    break;
            }
            break;
        }
    }
    return pos >= sc->aanl_s && pos < sc->aanl_e;
}

/* ---- relations ---- */


/*
 * The cues in the sentence [a, b), leaving out those that start inside the
 * mention's own subject [xs, xe).  Neighbouring mentions ask about the same
 * sentences (two motions in one sentence, the items of one list and their
 * introduction), so the matches of the last few ranges are kept with their
 * positions, and a range is matched once however many mentions ask.
 */
/* Is pos in a clause of s[a..) that opens with a condition: "Zodra X zijn
 * afgerond", "Als de gesprekken zijn gevoerd", "Nadat ...", "Indien ..."? */
static bool conditional_at(const char *s, size_t a, size_t pos)
{
    size_t cs = pos;
    while (cs > a && s[cs - 1] != ',' && s[cs - 1] != ';' && s[cs - 1] != ':' && pos - cs < 300)
        cs--;
    if (pos - cs >= 300)
        return false;
    cs = ki_skip_blank(s, pos, cs);
    static const char *const conds[] = {"zodra", "wanneer", "nadat", "indien", "als", "zo gauw", "voordat"};
    for (size_t k = 0; k < sizeof conds / sizeof conds[0]; k++)
        if (word_at(s, pos, cs, conds[k]))
            return true;
    return false;
}

/* e gets a hit of kind k at pos (or the kind in its overflow bits). */
static void cue_add(struct cuecache *e, size_t pos, unsigned char k)
{
    if (e->n < CUE_PER)
        e->m[e->n++] = (struct cuehit){pos, k};
    else
        e->all |= (unsigned char)(1u << k);
}

/* The first i in [x, b) with s[i] a 'v' or a 'w' (either case), else b:
 * every sentence whose cues are asked is passed over for them, so where
 * SSE2 is there 16 bytes at a time. */
static size_t next_v_or_w(const char *s, size_t x, size_t b)
{
#if defined(__SSE2__)
    const __m128i c20 = _mm_set1_epi8(0x20), v = _mm_set1_epi8('v'), w = _mm_set1_epi8('w');
    for (; x + 16 <= b; x += 16) {
        __m128i l = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + x)), c20);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(l, v), _mm_cmpeq_epi8(l, w)));
        if (m)
            return x + (size_t)__builtin_ctz(m);
    }
#endif
    while (x < b && (s[x] | 0x20) != 'v' && (s[x] | 0x20) != 'w')
        x++;
    return x;
}

/* Is the word after s[y, ye) ("dit", "deze") this text: "dit wetsvoorstel",
 * "deze brief", "dit besluit"?  Its end, else 0. */
static size_t this_text_at(const char *s, size_t b, size_t y, size_t ye)
{
    static const char *const docn[] = {"wetsvoorstel", "voorstel", "brief", "besluit", "nota", "wetswijziging", NULL};
    if (!(word_at(s, ye, y, "dit") || word_at(s, ye, y, "deze")))
        return 0;
    size_t z = ki_skip_blank(s, b, ye), ze = kd_word_end(s, b, z);
    return ze > z && kd_word_in_list(s, z, ze, docn) ? ze : 0;
}

/* Progress the cue rows do not say (their pattern is at PCRE2's size
 * limit), carrying it out now: "wordt (stap voor stap) uitgevoerd", and
 * "De motie-X voeren we stap voor stap uit" with a word that says it goes
 * on ("stap voor stap", "geleidelijk", "verder", "nog", "momenteel"; "Met
 * deze brief voer ik de motie uit" stays settled).  A few words between
 * (a compound as "de motie-Nijboer" one of them), no punctuation, no
 * "niet"/"geen".  Each goes to e as a progress hit (kind 1) that replaces
 * the settled ones inside it ("uitgevoerd"); a passive done by this text,
 * named in its clause before the verb or between (this_text_at(): "Met dit
 * wetsvoorstel wordt de motie-X uitgevoerd", "De motie wordt met deze brief
 * uitgevoerd"), is a settled hit (kind 0) instead. */
static void carry_out_cues(const char *s, size_t a, size_t b, struct cuecache *e)
{
    static const char *const going[] = {"stap", "geleidelijk", "verder", "nog", "momenteel", "gefaseerd", NULL};
    /* done by this text: "wordt hiermee uitgevoerd", "wordt als uitgevoerd beschouwd" */
    static const char *const done[] = {"als", "hiermee", "daarmee", "hierbij", "hiermede", "brief", NULL};
    for (size_t x = a; (x = next_v_or_w(s, x, b)) < b; x++) {
        if (x > a && (ki_is_letter((unsigned char)s[x - 1]) || ki_is_digit((unsigned char)s[x - 1])))
            continue;
        size_t w = 0;
        bool pass;
        if ((w = word_at(s, b, x, "voer")) || (w = word_at(s, b, x, "voeren")))
            pass = false;
        else if ((w = word_at(s, b, x, "wordt")) || (w = word_at(s, b, x, "worden")))
            pass = true;
        else
            continue;
        size_t y = w, end = 0;
        bool on = false;
        /* done by this text, named before or between: "Met dit wetsvoorstel
         * wordt de motie-X uitgevoerd", "De motie wordt met deze brief
         * uitgevoerd" (settled, not under way) */
        bool here = false;
        for (int k = 0; k < 7; k++) {
            y = ki_skip_blank(s, b, y);
            size_t ye = kd_word_end(s, b, y);
            if (ye == y)
                break; /* punctuation */
            /* a compound: "de motie-Nijboer" */
            while (ye + 1 < b && s[ye] == '-' && ki_is_letter((unsigned char)s[ye + 1]))
                ye = kd_word_end(s, b, ye + 1);
            size_t tt;
            if (pass && (tt = this_text_at(s, b, y, ye))) {
                here = true;
                y = tt;
                continue;
            }
            if (word_at(s, ye, y, "niet") || word_at(s, ye, y, "geen") || word_at(s, ye, y, "nooit") ||
                kd_word_in_list(s, y, ye, done))
                break;
            on = on || kd_word_in_list(s, y, ye, going);
            if (pass ? (word_at(s, ye, y, "uitgevoerd") || word_at(s, ye, y, "nagekomen") ||
                        word_at(s, ye, y, "ingelost"))
                     : word_at(s, ye, y, "uit") != 0) {
                end = ye;
                break;
            }
            y = ye;
        }
        if (!end || (!pass && !on))
            continue;
        if (pass && !here) {
            size_t cs = x;
            while (cs > a && s[cs - 1] != ',' && s[cs - 1] != ';' && s[cs - 1] != ':' && x - cs < 200)
                cs--;
            for (size_t q = cs; q < x && !here; q++)
                if ((q == cs || !ki_is_letter((unsigned char)s[q - 1])) && (s[q] == 'd' || s[q] == 'D'))
                    here = this_text_at(s, x, q, kd_word_end(s, x, q)) != 0;
            /* "Hiermee wordt die toezegging nagekomen", "Met artikel I,
             * onderdeel B, wordt die toezegging nagekomen": this text, or a
             * provision of it, does it (read in the sentence before the
             * verb, past its commas) */
            static const char *const by[] = {"hiermee", "daarmee", "hierbij", "hiermede"};
            static const char *const with[] = {"met"};
            static const char *const prov[] = {"artikel", "artikelen", "onderdeel", NULL};
            size_t ss = x > a + 120 ? x - 120 : a, m;
            if (!here)
                here = kd_word_in(s, ss, x, by, sizeof by / sizeof by[0]) != (size_t)-1;
            if (!here && (m = kd_word_in(s, ss, x, with, 1)) != (size_t)-1) {
                size_t v = ki_skip_blank(s, x, kd_word_end(s, x, m));
                here = kd_word_in_list(s, v, kd_word_end(s, x, v), prov);
            }
        }
        size_t o = 0;
        for (size_t i = 0; i < e->n; i++)
            if (!(e->m[i].kind == CUE_SETTLED && e->m[i].pos >= x && e->m[i].pos < end))
                e->m[o++] = e->m[i];
        e->n = o;
        cue_add(e, x, here ? CUE_SETTLED : CUE_PROGRESS);
        x = end;
    }
}

/* The end of the clause token at y in s[.., b): a bracket with what it holds
 * ("(Kamerstuk 36 600-X, nr. 47)"), or a word with its abbreviation's dot
 * ("jl.", "nr.", "c.s."); y when a clause ends there (. ; : ? ! outside an
 * abbreviation, or b). */
static size_t clause_token(const char *s, size_t b, size_t y)
{
    if (y >= b)
        return y;
    if (s[y] == '(') {
        size_t z = y + 1;
        while (z < b && z - y < 200 && s[z] != ')' && s[z] != '(')
            z++;
        return z < b && s[z] == ')' ? z + 1 : y;
    }
    size_t z = y;
    while (z < b && !ki_is_blank((unsigned char)s[z]) && !strchr(".;:?!()", s[z]))
        z++;
    if (z < b && s[z] == '.') {
        static const char *const abbr[] = {"jl", "nr", "nrs", "c.s", "j.l", "resp", "o.a", "d.d", NULL};
        if (z > y && kd_word_in_list(s, y, z, abbr))
            return z + 1;
        if (z + 2 < b && s[z + 1] == 's' && s[z + 2] == '.' && word_at(s, b, y, "c")) /* "c.s." */
            return z + 3;
        return z > y ? z : y;
    }
    if (z < b && s[z] == ')')
        return z > y ? z : y;
    return z;
}

/* The start of the word before x in s[a, x); x when none. */
static size_t prev_word(const char *s, size_t a, size_t x)
{
    size_t e, w = ki_word_before(s, a, x, &e);
    return w < e ? w : x;
}

/* Is the word before x in s[a, x) (blanks between) one of list[] (NULL
 * ended, any case)?  "gedeeltelijk uitgevoerd", "Zij informeert". */
static bool word_before_in(const char *s, size_t a, size_t x, const char *const *list)
{
    size_t pw = prev_word(s, a, x);
    return pw != x && kd_word_in_list(s, pw, kd_word_end(s, x, pw), list);
}

/* The first of the next max words from y on in s[.., b) that is one of
 * goal[], before a word of stop[] or a mark that is no word (both lists
 * NULL ended, any case): its start, or (size_t)-1.  "schuift op naar",
 * "werk ik de regeling uit" (not "werk ik niet uit"). */
static size_t word_ahead(const char *s, size_t b, size_t y, int max, const char *const *stop,
                         const char *const *goal)
{
    for (int k = 0; k < max; k++) {
        y = ki_skip_blank(s, b, y);
        size_t t = kd_word_end(s, b, y);
        if (t == y || kd_word_in_list(s, y, t, stop))
            break;
        if (kd_word_in_list(s, y, t, goal))
            return y;
        y = t;
    }
    return (size_t)-1;
}

/* A perfect tense whose verb is at x, its clause walked from y on (up to
 * CLAUSE_TOKENS tokens of clause_token(): brackets and abbreviations are
 * inside it) to the first word of done[]: a settled cue at x goes to e,
 * unless the done word looks ahead ("uitgevoerd te krijgen", "uitgevoerd
 * worden", "afgerond zal ..."), and the done word's end is returned; x when
 * a word of stop[], a comma or the clause's end comes first.  more_cues()'s
 * "heeft die in zijn brief van ... uitgevoerd" and "is met de brief over X
 * (...) nagekomen" walk their clause with it. */
enum { CLAUSE_TOKENS = 30 };
static size_t done_ahead(const char *s, size_t b, size_t x, size_t y, const char *const *stop,
                         const char *const *done, struct cuecache *e)
{
    for (int k = 0; k < CLAUSE_TOKENS; k++) {
        y = ki_skip_blank(s, b, y);
        size_t t = clause_token(s, b, y);
        if (t == y)
            break;
        size_t te = kd_word_end(s, t, y);
        if (te == t && kd_word_in_list(s, y, te, stop))
            break;
        if (te == t && kd_word_in_list(s, y, te, done)) {
            size_t u = ki_skip_blank(s, b, t), ue = kd_word_end(s, b, u);
            if (!(word_at(s, ue, u, "te") || word_at(s, ue, u, "worden") || word_at(s, ue, u, "wordt") ||
                  word_at(s, ue, u, "zal") || word_at(s, ue, u, "kan") || word_at(s, ue, u, "moet")))
                cue_add(e, x, CUE_SETTLED);
            return t;
        }
        /* a comma ends the clause ("heeft de motie aangenomen, die ...") */
        if (s[t - 1] == ',')
            break;
        y = t;
    }
    return x;
}

/* Is c, in either case, an initial more_cues() looks at: h i z s v w b? */
static inline bool more_initial(unsigned char c)
{
    c |= 0x20;
    return c == 'h' || c == 'i' || c == 'z' || c == 's' || c == 'v' || c == 'w' || c == 'b';
}

#if defined(__SSE2__)
/* more_initial() of the 16 bytes at p: 0xFF where it holds, else 0 */
static inline __m128i more_initial16(const char *p)
{
    __m128i l = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8(0x20));
    __m128i hi = _mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('h')), _mm_cmpeq_epi8(l, _mm_set1_epi8('i')));
    __m128i zs = _mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('z')), _mm_cmpeq_epi8(l, _mm_set1_epi8('s')));
    __m128i vw = _mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('v')), _mm_cmpeq_epi8(l, _mm_set1_epi8('w')));
    return _mm_or_si128(_mm_or_si128(hi, zs), _mm_or_si128(vw, _mm_cmpeq_epi8(l, _mm_set1_epi8('b'))));
}
#endif

/* The first i in [x, b) with more_initial(s[i]), else b; 16 bytes at a
 * time where SSE2 is (more_cues() passes over every sentence whose cues
 * are asked). */
static inline size_t next_more_initial(const char *s, size_t x, size_t b)
{
#if defined(__SSE2__)
    for (; x + 16 <= b; x += 16) {
        __m128i m = more_initial16(s + x);
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits)
            return x + (size_t)__builtin_ctz(bits);
    }
#endif
    while (x < b && !more_initial((unsigned char)s[x]))
        x++;
    return x;
}

/* Tests only: more_cues() visits every byte with one of its initials, as
 * before it asked the byte before (next_more_start()). */
static bool more_every_initial;
void kd_more_cues_test_whole(bool on)
{
    more_every_initial = on;
}

/* The first i in [x, b) where a word of more_cues() may start: its byte
 * one of more_initial()'s, and i == a or the byte before no letter (a
 * UTF-8 byte is one) nor digit, which more_cues() asks first; else b.  16
 * places at a time where SSE2 is. */
static inline size_t next_more_start(const char *s, size_t a, size_t x, size_t b)
{
    if (more_every_initial)
        return next_more_initial(s, x, b);
    if (x == a && x < b) {
        if (more_initial((unsigned char)s[x]))
            return x;
        x++;
    }
#if defined(__SSE2__)
    const __m128i c20 = _mm_set1_epi8(0x20), flip = _mm_set1_epi8((char)0x80),
                  la = _mm_set1_epi8((char)('a' ^ 0x80)), l26 = _mm_set1_epi8((char)(('a' + 26) ^ 0x80)),
                  d0 = _mm_set1_epi8((char)('0' ^ 0x80)), d10 = _mm_set1_epi8((char)(('0' + 10) ^ 0x80));
    for (; x + 16 <= b; x += 16) {
        __m128i m = more_initial16(s + x);
        /* the bytes before (x > a here): a letter, a digit or a UTF-8 byte
         * (signed compares of the flipped bytes: unsigned ranges) */
        __m128i p = _mm_loadu_si128((const __m128i *)(const void *)(s + x - 1));
        __m128i pf = _mm_xor_si128(p, flip), pl = _mm_xor_si128(_mm_or_si128(p, c20), flip);
        __m128i word = _mm_or_si128(_mm_or_si128(_mm_andnot_si128(_mm_cmplt_epi8(pl, la), _mm_cmplt_epi8(pl, l26)),
                                                 _mm_andnot_si128(_mm_cmplt_epi8(pf, d0), _mm_cmplt_epi8(pf, d10))),
                                    _mm_cmplt_epi8(p, _mm_setzero_si128()));
        unsigned bits = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(word, m));
        if (bits)
            return x + (size_t)__builtin_ctz(bits);
    }
#endif
    for (; x < b; x++)
        if (more_initial((unsigned char)s[x]) && !ki_is_letter((unsigned char)s[x - 1]) &&
            !ki_is_digit((unsigned char)s[x - 1]))
            return x;
    return b;
}

/* Is the settled cue at p only the condition of a later step: "pas" (only
 * then) and a conjunction of a condition after it in the sentence s[a, b)
 * ("Ik kan de motie pas als afgedaan beschouwen wanneer het besluit in
 * werking is getreden", "De motie is pas afgedaan zodra ...", "Pas wanneer
 * X, beschouw ik de motie als afgedaan")?  Not the noun ("de pas"), nor a
 * told past ("werd pas uitgevoerd nadat de wet was aangenomen"). */
static bool only_then(const char *s, size_t a, size_t b, size_t p)
{
    static const char *const pas[] = {"pas"};
    static const char *const art[] = {"de", "een", "het", "deze", "die", "zijn", "haar", "uw", "mijn", "hun", NULL};
    static const char *const conds[] = {"wanneer", "zodra", "nadat", "indien", "als", "mits"};
    static const char *const done[] = {"afgedaan", "uitgevoerd", "voldaan", "afgerond", "gerealiseerd",
                                       "nagekomen", "ingelost", NULL};
    static const char *const past[] = {"werd", "werden", "was", "waren", "had", "hadden"};
    size_t q = kd_word_in(s, a, b, pas, 1);
    if (q == (size_t)-1 || q > p + 80)
        return false;
    size_t we, ws = ki_word_before(s, a, q, &we);
    if (we > ws && kd_word_in_list(s, ws, we, art))
        return false;
    if (kd_word_in(s, a, b, past, sizeof past / sizeof past[0]) != (size_t)-1)
        return false;
    for (size_t x = kd_word_end(s, b, q); (x = kd_word_in(s, x, b, conds, sizeof conds / sizeof conds[0])) != (size_t)-1; x++) {
        /* ("als afgedaan": as done, no condition) */
        size_t y = ki_skip_blank(s, b, kd_word_end(s, b, x));
        if (word_at(s, b, x, "als") && kd_word_in_list(s, y, kd_word_end(s, b, y), done))
            continue;
        return true;
    }
    return false;
}

/* The status words a letter tells an item's course with, which the cue
 * rows miss (their pattern is at PCRE2's size limit), at a word start x of
 * the sentence s[a, b) whose initial is one of more_initial()'s: progress
 * for
 *  - on course: "ligt op schema", "verloopt volgens planning", "volgens
 *    plan", "volgens schema";
 *  - behind: "vraagt meer tijd", "vergt nog meer tijd" (not a request of
 *    time for someone: "vraagt meer tijd voor gemeenten", "vraagt om meer
 *    tijd");
 *  - the next report named by the writer: "ik rapporteer in de volgende
 *    voortgangsbrief", "bericht ik u in de eerstvolgende rapportage";
 *  - its end still ahead, with its time: "wordt in 2025 afgerond", "wordt
 *    naar verwachting eind dit jaar opgeleverd" (*fut set non-zero, and
 *    the caller keeps where "wordt" begins, so that a settled cue before
 *    it that read the done word, "is daarmee gestart en wordt in 2025
 *    afgerond", goes).
 * True when x was such a word (its hit added). */
static bool status_word(const char *s, size_t a, size_t b, size_t x, struct cuecache *e, size_t *fut)
{
    unsigned char c = (unsigned char)s[x] | 0x20;
    size_t w, y, ye;
    if (c == 's' && word_at(s, b, x, "schema")) {
        size_t pw = prev_word(s, a, x);
        if (pw != x && (word_at(s, x, pw, "op") || word_at(s, x, pw, "volgens"))) {
            cue_add(e, pw, CUE_PROGRESS);
            return true;
        }
        return false;
    }
    if (c == 'v' && (w = word_at(s, b, x, "volgens"))) {
        y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
        if (word_at(s, ye, y, "de"))
            y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
        if (word_at(s, ye, y, "planning") || word_at(s, ye, y, "plan")) {
            cue_add(e, x, CUE_PROGRESS);
            return true;
        }
        return false;
    }
    if (c == 'v' && ((w = word_at(s, b, x, "vraagt")) || (w = word_at(s, b, x, "vragen")) ||
                     (w = word_at(s, b, x, "vergt")) || (w = word_at(s, b, x, "vergen")))) {
        y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
        if (word_at(s, ye, y, "nog"))
            y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
        if (!word_at(s, ye, y, "meer"))
            return false;
        y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
        if (!word_at(s, ye, y, "tijd"))
            return false;
        static const char *const whom[] = {"voor", "om", "te", "aan", NULL};
        y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
        if (ye > y && kd_word_in_list(s, y, ye, whom))
            return false;
        cue_add(e, x, CUE_PROGRESS);
        return true;
    }
    if (c == 'i' && (w = word_at(s, b, x, "in"))) {
        y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
        if (!word_at(s, ye, y, "de"))
            return false;
        y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
        if (!(word_at(s, ye, y, "volgende") || word_at(s, ye, y, "eerstvolgende")))
            return false;
        /* the report: a word that ends "brief" or "rapportage", one word
         * between at most ("volgende halfjaarlijkse voortgangsbrief") */
        bool report = false;
        for (int k = 0; k < 2 && !report; k++) {
            y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
            report = (ye >= y + 5 && starts_ci(s, ye, ye - 5, "brief")) ||
                     (ye >= y + 10 && starts_ci(s, ye, ye - 10, "rapportage"));
        }
        /* said by the writer, in the clause before ("ik rapporteer in de
         * volgende voortgangsbrief"), not what a motion asks */
        static const char *const writer[] = {"ik", "wij", "we"};
        size_t cs = x;
        while (cs > a && s[cs - 1] != ';' && s[cs - 1] != ':' && s[cs - 1] != ',' && x - cs < 200)
            cs--;
        if (!report || kd_word_in(s, cs, x, writer, 3) == (size_t)-1)
            return false;
        cue_add(e, x, CUE_PROGRESS);
        return true;
    }
    if (c == 'w' && ((w = word_at(s, b, x, "wordt")) || (w = word_at(s, b, x, "worden")))) {
        static const char *const when[] = {"in", "voor", "v\xc3\xb3\xc3\xb3r", "na", "eind", "begin", "medio",
                                           "uiterlijk", "volgend", "komend", NULL};
        static const char *const finish[] = {"afgerond", "opgeleverd", "afgesloten", NULL};
        static const char *const nostop[] = {"niet", "geen", NULL};
        y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
        if (word_at(s, ye, y, "naar")) { /* "naar verwachting" */
            size_t z = ki_skip_blank(s, b, ye), ze = kd_word_end(s, b, z);
            if (!word_at(s, ze, z, "verwachting"))
                return false;
            y = ki_skip_blank(s, b, ze), ye = kd_word_end(s, b, y);
        }
        if (!(ye > y && kd_word_in_list(s, y, ye, when)))
            return false;
        /* the done word within five words or figures ("in 2025", "eind dit jaar") */
        for (int k = 0; k < 5; k++) {
            y = ki_skip_blank(s, b, ye);
            ye = kd_word_end(s, b, y);
            if (ye == y)
                while (ye < b && ki_is_digit((unsigned char)s[ye]))
                    ye++;
            if (ye == y || kd_word_in_list(s, y, ye, nostop))
                return false;
            if (kd_word_in_list(s, y, ye, finish)) {
                cue_add(e, x, CUE_PROGRESS);
                *fut = ye;
                return true;
            }
        }
        return false;
    }
    return false;
}

/* "meer tijd" told of an item, at x (a place of "meer"): "heeft meer tijd
 * nodig", "kost meer tijd", "hebben om meer tijd gevraagd" are progress;
 * "op koers" at x (a place of "koers") too.  (The keys' places, read once
 * for the sentence by more_cues().) */
static void behind_or_on_course(const char *s, size_t a, size_t b, size_t x, bool koers, struct cuecache *e)
{
    if (x > a && ki_is_letter((unsigned char)s[x - 1]))
        return;
    if (koers) {
        size_t pw = prev_word(s, a, x);
        if (word_at(s, b, x, "koers") && pw != x && word_at(s, x, pw, "op"))
            cue_add(e, pw, CUE_PROGRESS);
        return;
    }
    size_t w = word_at(s, b, x, "meer");
    if (!w)
        return;
    size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
    if (!word_at(s, ye, y, "tijd"))
        return;
    size_t z = ki_skip_blank(s, b, ye), ze = kd_word_end(s, b, z);
    size_t pw = prev_word(s, a, x), pe = kd_word_end(s, x, pw);
    if (pw != x && word_at(s, pe, pw, "nog"))
        pe = kd_word_end(s, x, pw = prev_word(s, a, pw));
    static const char *const costs[] = {"kost", "kosten", NULL};
    static const char *const whom[] = {"voor", "om", "te", "aan", NULL};
    bool behind = word_at(s, ze, z, "nodig") ||
               (pw != x && word_at(s, pe, pw, "om") && (word_at(s, ze, z, "gevraagd") || word_at(s, ze, z, "verzocht"))) ||
               (pw != x && kd_word_in_list(s, pw, pe, costs) && !(ze > z && kd_word_in_list(s, z, ze, whom)));
    if (behind)
        cue_add(e, x, CUE_PROGRESS);
}

/* Does a table cell or a line open at x (in a sentence that starts at a):
 * x == a, or before it only blanks back to a '|', a tab, a line break or a
 * column's gap of two blanks? */
static bool cell_opens(const char *s, size_t a, size_t x)
{
    size_t p = x;
    int blanks = 0;
    while (p > a && s[p - 1] == ' ') {
        p--;
        blanks++;
    }
    return p == a || s[p - 1] == '|' || s[p - 1] == '\t' || s[p - 1] == '\n' || blanks >= 2;
}

/* The cues the cue rows miss (their pattern is at PCRE2's size limit):
 *  - settled, a perfect tense over a clause with brackets and abbreviations
 *    between: "de minister heeft die in zijn brief van 20 november jl.
 *    (Kamerstuk ..., nr. 47) uitgevoerd", "heeft de motie-X (...) in zijn
 *    brief uitgevoerd" (what is done: "die", "deze", "de motie ...");
 *  - settled, done at a time: "is in 2025 uitgevoerd", "is per 1 juli 2026
 *    afgerond", or with a letter named at length: "is met de brief over X van
 *    10 december jl. (Kamerstuk ...) nagekomen";
 *  - settled, a register's word: "De toezegging staat daarmee op voldaan";
 *  - progress, a term moved: "de uitvoering schuift op naar maart 2027";
 *  - progress, a part done: a settled cue after "deels", "gedeeltelijk",
 *    "grotendeels", or with one of them before its done word ("is met de
 *    nieuwe regeling gedeeltelijk uitgevoerd");
 *  - progress, the outcome reported later: "meld u de uitkomst in het
 *    verslag" (not "hierbij"), "ik informeer u ... zodra de Raad heeft
 *    besloten"; the next step in a Raad or a meeting: "zal dit punt opnieuw
 *    aankaarten", "zal de motie onder de aandacht brengen";
 *  - progress, another's next step: "Zij informeert uw commissie hierover
 *    in een afzonderlijke brief";
 *  - progress, working it out now: "werk ik een aanbesteding uit", "Zij
 *    werkt die brief op dit moment uit", "De staatssecretaris van X werkt
 *    dit uit met de VNG", a status "Doorlopend";
 *  - addressed, a status "Vervalt" ("Status: Vervalt", a table cell): closed,
 *    not done;
 *  - settled, the motion named first and the means after: "De motie-X
 *    (...) heb ik met de bijgevoegde aanpassing van het besluit uitgevoerd";
 *  - a settled cue of the future is progress: "zal ik de motie als afgedaan
 *    beschouwen", "ik zie de motie met het verschijnen van de evaluatie als
 *    afgedaan" (an event still to come, not this text);
 *  - addressed, decided against: "wordt niet uitgevoerd", "voer ik niet
 *    uit", "besloten de motie niet uit te voeren" (not the state "is nog
 *    altijd niet uitgevoerd");
 *  - progress, begun: "Ik ben met het opstellen daarvan gestart" (not
 *    "nog niet");
 *  - no addressed cue where taking it up is denied: "ik ga er in deze brief
 *    niet verder op in";
 *  - a register's label "Stand van zaken:" is no progress of its own when
 *    its cell says the item is done ("Stand van zaken: ... uitgevoerd ...
 *    Afgedaan."). */
static void more_cues(const char *s, size_t n, size_t a, size_t b, struct cuecache *e)
{
    static const char *const stop[] = {"niet", "nog", "geen", "nooit", "deels", "gedeeltelijk", "grotendeels",
                                       "zal", "zullen", "wordt", "worden", "kan", "kunnen", "moet", "moeten",
                                       "dat", "om", "omdat", "maar", "want", "zodat", "waarna", "zodra", "nadat",
                                       "wanneer", "indien", "als", NULL};
    static const char *const done[] = {"uitgevoerd", "afgerond", "nagekomen", "ingelost", NULL};
    static const char *const months[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                         "augustus", "september", "oktober", "november", "december",
                                         "voorjaar", "najaar", "zomer", "winter", "het", "de", "van", NULL};
    /* who speaks ("ik informeer u"), another bewindspersoon ("Zij informeert") */
    static const char *const writer[] = {"ik", "wij", "we", NULL};
    static const char *const neg[] = {"niet", NULL};
    static const char *const other_maker[] = {"zij", "hij", "minister", "staatssecretaris", NULL};
    /* the places of the words the scans below look for in the whole
     * sentence, read in one pass (kd_places_scan()) */
    enum { P_VERVAL, P_MELD, P_DOORLOPEND, P_NIET, P_GESTART, P_BEGONNEN, P_MEER, P_KOERS };
    static const char *const keys[] = {"verv", "meld", "door", "niet", "gest", "bego", "meer", "koer"};
    kd_places wp;
    kd_places_scan(&wp, s, a, b, keys, sizeof keys / sizeof keys[0]);
    size_t later_end[4]; /* where "wordt in 2025 afgerond" begins (status_word()) */
    unsigned nlater_end = 0;
    for (size_t x = a; (x = next_more_start(s, a, x, b)) < b; x++) {
        if (x > a && (ki_is_letter((unsigned char)s[x - 1]) || ki_is_digit((unsigned char)s[x - 1])))
            continue;
        size_t w, f = 0;
        if (status_word(s, a, b, x, e, &f)) {
            if (f && nlater_end < 4)
                later_end[nlater_end++] = x;
            continue;
        }
        /* settled, what was promised goes with this letter: "Die verkenning
         * is gereed en gaat als bijlage bij deze brief mee" */
        if ((s[x] == 'b' || s[x] == 'B') && (w = word_at(s, b, x, "bijlage")) && x >= a + 4 &&
            starts_ci(s, x, x - 4, "als ") && starts_ci(s, b, ki_skip_blank(s, b, w), "bij deze brief")) {
            cue_add(e, x, CUE_SETTLED);
            continue;
        }
        /* settled, what a text is: "de brief waarmee u deze toezegging
         * nakomt", "waarmee ik de motie uitvoer" */
        if ((s[x] == 'w' || s[x] == 'W') && (w = word_at(s, b, x, "waarmee"))) {
            static const char *const does[] = {"nakomt", "nakom", "nakomen", "uitvoer", "uitvoert", "uitvoeren",
                                               "afdoe", "afdoet", "afdoen", NULL};
            if (word_ahead(s, b, w, 7, stop, does) != (size_t)-1)
                cue_add(e, x, CUE_SETTLED);
            /* "Bijgaand treft u de voortgangsbrief aan waarmee u dat doet",
             * "de brief waarmee ik dat doe": what was promised, done */
            else {
                size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
                static const char *const who[] = {"ik", "u", "wij", "we", NULL};
                static const char *const doet[] = {"doe", "doet", "doen", NULL};
                if (ye > y && kd_word_in_list(s, y, ye, who) && (y = word_at(s, b, ki_skip_blank(s, b, ye), "dat"))) {
                    y = ki_skip_blank(s, b, y);
                    ye = kd_word_end(s, b, y);
                    if (ye > y && kd_word_in_list(s, y, ye, doet))
                        cue_add(e, x, CUE_SETTLED);
                }
            }
            continue;
        }
        if ((w = word_at(s, b, x, "heeft")) || (w = word_at(s, b, x, "hebben")) || (w = word_at(s, b, x, "heb"))) {
            size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
            bool me = word_at(s, ye, y, "ik") || word_at(s, ye, y, "wij") || word_at(s, ye, y, "we");
            if (me || word_at(s, ye, y, "hij") || word_at(s, ye, y, "zij")) {
                y = ki_skip_blank(s, b, ye);
                ye = kd_word_end(s, b, y);
            }
            bool obj = false;
            if (word_at(s, ye, y, "die") || word_at(s, ye, y, "deze"))
                obj = true, y = ye;
            /* "De motie-X (...) heb ik met de bijgevoegde aanpassing van het
             * besluit uitgevoerd": the motion named first, the means after */
            else if (me && word_at(s, ye, y, "met"))
                obj = true;
            if (word_at(s, ye, y, "de") || word_at(s, ye, y, "die") || word_at(s, ye, y, "deze") || obj) {
                size_t z = ki_skip_blank(s, b, ye), ze = kd_word_end(s, b, z);
                if (starts_ci(s, b, z, "motie"))
                    obj = true, y = ze;
            }
            if (!obj)
                continue;
            x = done_ahead(s, b, x, y, stop, done, e);
        } else if ((w = word_at(s, b, x, "is")) || (w = word_at(s, b, x, "zijn"))) {
            size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
            if (word_at(s, ye, y, "inmiddels") || word_at(s, ye, y, "al") || word_at(s, ye, y, "reeds"))
                y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
            if (word_at(s, ye, y, "met") || word_at(s, ye, y, "door") || word_at(s, ye, y, "via")) {
                /* done by a means named at length, brackets and abbreviations
                 * between: "Die toezegging is met de brief over X van 10
                 * december jl. (Kamerstuk ...) nagekomen", "is met de
                 * inwerkingtreding van de wet reeds uitgevoerd", "is door de
                 * invoering van ... uitgevoerd" (not "uitgevoerd te worden") */
                x = done_ahead(s, b, x, ye, stop, done, e);
                continue;
            }
            /* "Met deze brief is die toezegging nagekomen": the item between
             * the verb and its done word, this letter the means */
            /* (the done word first, then the letter: the search of the
             * sentence for "deze brief" only where both may stand) */
            if (word_at(s, ye, y, "die") || word_at(s, ye, y, "deze") || word_at(s, ye, y, "de") ||
                word_at(s, ye, y, "dit") || word_at(s, ye, y, "het")) {
                static const char *const kept[] = {"nagekomen", "voldaan", "uitgevoerd", "afgedaan", "ingelost", NULL};
                size_t z = ye;
                for (int k = 0; k < 3; k++) {
                    z = ki_skip_blank(s, b, z);
                    size_t ze = kd_word_end(s, b, z);
                    if (ze == z)
                        break;
                    if (kd_word_in_list(s, z, ze, kept) && (ze >= b || !ki_is_letter((unsigned char)s[ze]))) {
                        if (kd_find_ci(s, x, a, "deze brief") != (size_t)-1)
                            cue_add(e, x, CUE_SETTLED);
                        break;
                    }
                    z = ze;
                }
            }
            if (!(word_at(s, ye, y, "in") || word_at(s, ye, y, "op") || word_at(s, ye, y, "per") ||
                  word_at(s, ye, y, "sinds") || word_at(s, ye, y, "medio") || word_at(s, ye, y, "begin") ||
                  word_at(s, ye, y, "eind") || word_at(s, ye, y, "vanaf")))
                continue;
            y = ye;
            bool time = false;
            for (int k = 0; k < 5; k++) {
                y = ki_skip_blank(s, b, y);
                size_t t = y;
                while (t < b && ki_is_digit((unsigned char)s[t]))
                    t++;
                if (t > y && (t >= b || ki_is_blank((unsigned char)s[t]))) {
                    time = true;
                    y = t;
                    continue;
                }
                t = kd_word_end(s, b, y);
                if (t > y && kd_word_in_list(s, y, t, months)) {
                    y = t;
                    continue;
                }
                if (time && t > y && kd_word_in_list(s, y, t, done) && (t >= b || !ki_is_letter((unsigned char)s[t]))) {
                    cue_add(e, x, CUE_SETTLED);
                    x = t;
                }
                break;
            }
        } else if ((w = word_at(s, b, x, "staat")) || (w = word_at(s, b, x, "staan"))) {
            /* a register's word for done: "De toezegging staat daarmee op
             * voldaan", "staan nu op afgedaan" */
            static const char *const now[] = {"daarmee", "hiermee", "nu", "inmiddels", "dus", "thans", NULL};
            static const char *const st_done[] = {"voldaan", "afgedaan", "afgerond", NULL};
            size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
            if (kd_word_in_list(s, y, ye, now))
                y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
            if (!word_at(s, ye, y, "op"))
                continue;
            y = ki_skip_blank(s, b, ye), ye = kd_word_end(s, b, y);
            if (ye > y && kd_word_in_list(s, y, ye, st_done)) {
                cue_add(e, x, CUE_SETTLED);
                x = ye;
            }
        } else if ((w = word_at(s, b, x, "schuift")) || (w = word_at(s, b, x, "schuiven")) ||
                   (w = word_at(s, b, x, "verschuift")) || (w = word_at(s, b, x, "verschuiven"))) {
            static const char *const to[] = {"naar", "tot", NULL};
            if (word_ahead(s, b, w, 6, neg, to) != (size_t)-1)
                cue_add(e, x, CUE_PROGRESS);
        } else if (((w = word_at(s, b, x, "informeer")) || (w = word_at(s, b, x, "informeren")) ||
                    (w = word_at(s, b, x, "bericht")) || (w = word_at(s, b, x, "berichten"))) &&
                   word_before_in(s, a, x, writer)) {
            /* "ik informeer u over het resultaat zodra de Raad heeft besloten" */
            size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
            if (!word_at(s, ye, y, "u") && !word_at(s, ye, y, "uw") && !word_at(s, ye, y, "de"))
                continue;
            static const char *const here[] = {"hierbij", "hiermee", "nu", NULL};
            static const char *const once[] = {"zodra", "wanneer", "nadat", NULL};
            if (word_ahead(s, b, y, 14, here, once) != (size_t)-1)
                cue_add(e, x, CUE_PROGRESS);
        } else if ((w = word_at(s, b, x, "informeert")) && word_before_in(s, a, x, other_maker)) {
            /* another bewindspersoon's next step: "Zij informeert uw commissie
             * hierover in een afzonderlijke brief" */
            static const char *const letter[] = {"brief", NULL};
            if (word_ahead(s, b, w, 10, neg, letter) != (size_t)-1)
                cue_add(e, x, CUE_PROGRESS);
        } else if ((w = word_at(s, b, x, "zet")) || (w = word_at(s, b, x, "zetten"))) {
            /* an effort under way: "Nederland zet zich hiervoor in de Raad
             * in", "Ik zet mij ervoor in", "zetten wij ons in voor" (not "zet
             * zich niet in") */
            static const char *const refl[] = {"zich", "mij", "me", "ons", NULL};
            static const char *const who[] = {"ik", "wij", "we", "het", "kabinet", "Nederland", NULL};
            static const char *const after[] = {"voor", "om", "bij", "tegen", "op", "dat", NULL};
            size_t y = w;
            bool r = false;
            for (int k = 0; k < 3 && !r; k++) {
                y = ki_skip_blank(s, b, y);
                size_t t = kd_word_end(s, b, y);
                if (t == y)
                    break;
                r = kd_word_in_list(s, y, t, refl);
                if (!r && !kd_word_in_list(s, y, t, who))
                    break;
                y = t;
            }
            for (int k = 0; r && k < 12; k++) {
                y = ki_skip_blank(s, b, y);
                size_t t = kd_word_end(s, b, y);
                if (t == y || word_at(s, t, y, "niet") || word_at(s, t, y, "geen") || word_at(s, t, y, "nooit"))
                    break;
                if (word_at(s, t, y, "in")) {
                    size_t u = ki_skip_blank(s, b, t), ue = kd_word_end(s, b, u);
                    if (u >= b || strchr(".,;:", s[u]) || (ue > u && kd_word_in_list(s, u, ue, after))) {
                        cue_add(e, x, CUE_PROGRESS);
                        break;
                    }
                }
                y = t;
            }
        } else if ((w = word_at(s, b, x, "zal")) || (w = word_at(s, b, x, "zullen"))) {
            /* the next step in a Raad or a meeting: "Nederland zal dit punt
             * opnieuw aankaarten", "Ik zal de motie in de Raad onder de
             * aandacht brengen", "zullen wij dat bepleiten" (not "zal ...
             * niet inbrengen") */
            static const char *const raise[] = {"aankaarten", "inbrengen", "bepleiten", "agenderen", "opbrengen", NULL};
            static const char *const stopw[] = {"niet", "geen", "nooit", "dat", "om", "als", "indien", "wanneer", NULL};
            size_t y = w;
            for (int k = 0; k < 10; k++) {
                y = ki_skip_blank(s, b, y);
                size_t t = kd_word_end(s, b, y);
                if (t == y || kd_word_in_list(s, y, t, stopw))
                    break;
                size_t u = ki_skip_blank(s, b, t), ue = kd_word_end(s, b, u);
                if (kd_word_in_list(s, y, t, raise) ||
                    (word_at(s, t, y, "aandacht") && word_at(s, ue, u, "brengen")) ||
                    (word_at(s, t, y, "orde") && word_at(s, ue, u, "stellen"))) {
                    cue_add(e, x, CUE_PROGRESS);
                    break;
                }
                y = t;
            }
        } else if (((w = word_at(s, b, x, "breng")) || (w = word_at(s, b, x, "brengen"))) &&
                   (word_before_in(s, a, x, writer) ||
                    kd_word_in_list(s, ki_skip_blank(s, b, w), kd_word_end(s, b, ki_skip_blank(s, b, w)), writer))) {
            /* the same next step told in the present: "Ik breng de motie in
             * de Raad opnieuw onder de aandacht" (not "breng ... niet onder
             * de aandacht") */
            size_t lim = w + 120 < b ? w + 120 : b, y = kd_find_ci(s, lim, w, "onder de aandacht");
            if (y != (size_t)-1 && kd_find_ci(s, y, w, "niet") == (size_t)-1)
                cue_add(e, x, CUE_PROGRESS);
        } else if ((w = word_at(s, b, x, "werk")) || (w = word_at(s, b, x, "werken")) || (w = word_at(s, b, x, "werkt"))) {
            /* "Daarom werk ik de regeling uit", "Zij werkt die brief op dit
             * moment uit" (the subject after or just before the verb) */
            static const char *const subj[] = {"ik", "wij", "we", "zij", "hij", NULL};
            static const char *const before[] = {"ik", "wij", "we", "zij", "hij", "minister", "staatssecretaris",
                                                 "kabinet", "ministerie", NULL};
            size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
            if (kd_word_in_list(s, y, ye, subj))
                y = ye;
            /* ("werkt" has its subject before it however long the name:
             * "De staatssecretaris van Sociale Zaken en Werkgelegenheid werkt
             * dit uit met de VNG") */
            else if (!word_before_in(s, a, x, before) && !word_at(s, b, x, "werkt"))
                continue;
            static const char *const neither[] = {"niet", "geen", NULL}, *const out[] = {"uit", NULL};
            if (word_ahead(s, b, y, 8, neither, out) != (size_t)-1)
                cue_add(e, x, CUE_PROGRESS);
        }
    }
    /* a settled cue that read the done word of an end still ahead ("is
     * daarmee gestart en wordt in 2025 afgerond"): no done word between it
     * and the "wordt" that puts the end ahead */
    static const char *const done_now[] = {"uitgevoerd", "afgerond", "voldaan", "afgedaan", "ingelost", "nagekomen"};
    for (unsigned k = 0; k < nlater_end; k++) {
        unsigned o = 0;
        for (unsigned i = 0; i < e->n; i++)
            if (!(e->m[i].kind == CUE_SETTLED && e->m[i].pos < later_end[k] && later_end[k] - e->m[i].pos < 160 &&
                  kd_word_in(s, e->m[i].pos, later_end[k], done_now, sizeof done_now / sizeof done_now[0]) == (size_t)-1))
                e->m[o++] = e->m[i];
        e->n = o;
    }
    /* "heeft meer tijd nodig", "ligt op koers" (more places than kept: each asked anew) */
    for (unsigned k = P_MEER; k <= P_KOERS; k++) {
        if (!wp.full[k])
            for (unsigned j = 0; j < wp.n[k]; j++)
                behind_or_on_course(s, a, b, wp.at[k][j], k == P_KOERS, e);
        else
            for (size_t x = a; (x = kd_find_ci(s, b, x, keys[k])) != (size_t)-1; x++)
                behind_or_on_course(s, a, b, x, k == P_KOERS, e);
    }
    /* a status "Vervalt" / "Vervallen" after "Status:" or alone in a table
     * cell: the text closes the item without it being done (addressed) */
    for (size_t x = a; (x = kd_places_find_ci(&wp, P_VERVAL, s, b, x, "verval")) != (size_t)-1; x++) {
        /* the writer's judgement: "beschouw ik deze toezegging als
         * vervallen", "kan de motie als vervallen worden aangemerkt" (not
         * "niet als vervallen") */
        if (s[x] == 'v' && word_at(s, b, x, "vervallen") && x >= a + 4 && starts_ci(s, x, x - 4, "als ") &&
            !(x >= a + 9 && starts_ci(s, x, x - 9, "niet als "))) {
            cue_add(e, x, CUE_ADDRESSED);
            break;
        }
        if (s[x] != 'V' || !(word_at(s, b, x, "Vervalt") || word_at(s, b, x, "Vervallen")))
            continue;
        size_t p = x;
        bool gap = false; /* a tab or two blanks: a column's gap */
        while (p > a && (s[p - 1] == ' ' || s[p - 1] == '\t')) {
            gap = gap || s[p - 1] == '\t' || (p < x && s[p] == ' ' && s[p - 1] == ' ');
            p--;
        }
        static const char label[] = "Status:";
        if (gap || (p > a && s[p - 1] == '|') ||
            (p >= a + sizeof label - 1 && starts_ci(s, p, p - (sizeof label - 1), label))) {
            cue_add(e, x, CUE_ADDRESSED);
            break;
        }
    }
    /* a part of it done is progress: "geeft gedeeltelijk invulling aan de
     * motie", "is deels uitvoering gegeven" (a settled cue right after
     * "deels", "gedeeltelijk", "grotendeels") */
    static const char *const part[] = {"deels", "gedeeltelijk", "grotendeels", NULL};
    static const char *const donew[] = {"uitgevoerd", "afgerond", "voldaan", "afgedaan", "ingelost", "nagekomen"};
    for (unsigned i = 0; i < e->n; i++) {
        if (e->m[i].kind != CUE_SETTLED)
            continue;
        size_t p = e->m[i].pos;
        if (word_before_in(s, a, p, part)) {
            e->m[i].kind = CUE_PROGRESS;
            continue;
        }
        /* ... or before its done word in the same clause: "is met de nieuwe
         * regeling gedeeltelijk uitgevoerd" */
        size_t ce = p;
        while (ce < b && ce - p < 200 && s[ce] != ';' && s[ce] != ':' && !(s[ce] == '.' && (ce + 1 >= b || ki_is_blank((unsigned char)s[ce + 1]))))
            ce++;
        size_t d = kd_word_in(s, p, ce, donew, sizeof donew / sizeof donew[0]);
        if (d != (size_t)-1 && word_before_in(s, p, d, part)) {
            e->m[i].kind = CUE_PROGRESS;
            continue;
        }
        /* ... or a clause about a part of it: "Het eerste deel van die
         * toezegging is met deze brief nagekomen; over X ..." */
        size_t cs = p;
        while (cs > a && s[cs - 1] != ';' && s[cs - 1] != ':' && s[cs - 1] != '.' && p - cs < 200)
            cs--;
        cs = ki_skip_blank(s, p, cs);
        for (int k = 0; k < 3 && cs < p; k++) {
            size_t we = kd_word_end(s, p, cs);
            if (we == cs)
                break;
            if (word_at(s, we, cs, "deel")) {
                e->m[i].kind = CUE_PROGRESS;
                break;
            }
            cs = ki_skip_blank(s, p, we);
        }
    }
    /* the outcome reported later: "(en) meld u de uitkomst in het verslag",
     * "meld ik uw Kamer het resultaat" (not "Meld u aan", nor this text's
     * "meld ik u hierbij de uitkomst") */
    static const char *const outcome[] = {"uitkomst", "uitkomsten", "resultaat", "resultaten", "afloop", NULL};
    static const char *const now[] = {"hierbij", "hiermee", "nu", "niet", "geen", NULL};
    for (size_t x = a; (x = kd_places_find_ci(&wp, P_MELD, s, b, x, "meld")) != (size_t)-1; x++) {
        size_t y = word_at(s, b, x, "meld");
        if (!y && !(y = word_at(s, b, x, "melden")))
            continue;
        if (word_before_in(s, a, x, now) || word_ahead(s, b, y, 6, now, outcome) == (size_t)-1)
            continue;
        /* told to the reader: "meld (ik) u / uw Kamer / de Kamer" */
        size_t u = ki_skip_blank(s, b, kd_word_end(s, b, x)), ue = kd_word_end(s, b, u);
        if (word_at(s, ue, u, "ik") || word_at(s, ue, u, "wij") || word_at(s, ue, u, "we"))
            u = ki_skip_blank(s, b, ue), ue = kd_word_end(s, b, u);
        if (word_at(s, ue, u, "u") || word_at(s, ue, u, "uw") || word_at(s, ue, u, "de"))
            cue_add(e, x, CUE_PROGRESS);
    }
    /* a status "Doorlopend" (a register's, a table cell's): under way */
    static const char ongoing[] = "doorlopend";
    for (size_t x = a; (x = kd_places_find_ci(&wp, P_DOORLOPEND, s, b, x, ongoing)) != (size_t)-1; x++)
        if ((x == a || !ki_is_letter((unsigned char)s[x - 1])) &&
            (x + sizeof ongoing - 1 >= b || !ki_is_letter((unsigned char)s[x + sizeof ongoing - 1]))) {
            cue_add(e, x, CUE_PROGRESS);
            break;
        }
    /* a status cell (a table's, a register's line) that opens with a
     * decision against it, "Niet uitgevoerd: de motie vraagt ...":
     * addressed; with the later work that takes it along, "Wordt
     * meegenomen in de Nota Wonen", "Wordt betrokken bij de
     * Defensienota": progress */
    /* (the words are statuses[]'s, kd_status_at(): one table for every
     * status word) */
    ki_relation srel;
    for (size_t x = a; (x = kd_places_find_ci(&wp, P_NIET, s, b, x, "niet uitgevoerd")) != (size_t)-1; x++)
        if (s[x] == 'N' && cell_opens(s, a, x) && kd_status_at(s, b, x, &srel) && srel == KI_REL_ADDRESSED) {
            cue_add(e, x, CUE_ADDRESSED);
            break;
        }
    /* (at a capital W that opens a cell: few in a sentence; a range may
     * come empty or reversed, a > b) */
    for (const char *w = a < b ? memchr(s + a, 'W', b - a) : NULL; w; w = memchr(w + 1, 'W', (size_t)(s + b - w - 1))) {
        size_t x = (size_t)(w - s);
        if (cell_opens(s, a, x) && kd_status_at(s, b, x, &srel) && srel == KI_REL_PROGRESS) {
            cue_add(e, x, CUE_PROGRESS);
            break;
        }
    }
    static const char *const future[] = {"zal", "zullen", NULL};
    static const char *const event[] = {"met het verschijnen van", "met de publicatie van", "met de afronding van",
                                        "met de oplevering van", "met de verschijning van"};
    bool settled_after_label = false;
    for (unsigned i = 0; i < e->n; i++) {
        if (e->m[i].kind != CUE_SETTLED)
            continue;
        size_t p = e->m[i].pos, cs = p;
        while (cs > a && s[cs - 1] != ',' && s[cs - 1] != ';' && s[cs - 1] != ':' && p - cs < 300)
            cs--;
        bool fut = false;
        for (size_t q = cs; q < p && !fut; q++)
            if ((q == cs || !ki_is_letter((unsigned char)s[q - 1])) && (s[q] == 'z' || s[q] == 'Z')) {
                size_t qe = kd_word_end(s, p, q);
                fut = kd_word_in_list(s, q, qe, future);
            }
        if (!fut)
            fut = only_then(s, a, b, p);
        size_t ev = kd_word_in(s, cs, p, event, sizeof event / sizeof event[0]);
        if (!fut && ev != (size_t)-1 && word_at(s, b, p, "als")) {
            size_t d = kd_find_ci(s, p, ev, "van");
            d = d == (size_t)-1 ? p : ki_skip_blank(s, p, d + 3);
            fut = !(word_at(s, p, d, "deze") || word_at(s, p, d, "dit") || starts_ci(s, p, d, "bijgaand"));
        }
        if (fut)
            e->m[i].kind = CUE_PROGRESS;
        else
            settled_after_label = true;
    }
    if (settled_after_label) {
        unsigned o = 0, prog = 0;
        for (unsigned i = 0; i < e->n; i++)
            if (e->m[i].kind == CUE_PROGRESS)
                prog++;
        for (unsigned i = 0; i < e->n; i++) {
            size_t p = e->m[i].pos, q;
            if (e->m[i].kind == CUE_PROGRESS && (q = word_at(s, b, p, "Stand")) && (q = word_at(s, b, ki_skip_blank(s, b, q), "van")) &&
                (q = word_at(s, b, ki_skip_blank(s, b, q), "zaken")) && q < b && s[q] == ':') {
                bool later = false;
                for (unsigned j = 0; j < e->n; j++)
                    later = later || (e->m[j].kind == CUE_SETTLED && e->m[j].pos > p);
                /* (the cell goes on past the sentence: no step said there) */
                static const char *const going[] = {"uitvoering", "loopt", "lopen", "volgt", "volgen", "nog",
                                                    "verwacht", "voortgang"};
                size_t pe = b, pl = b + 400 < n ? b + 400 : n;
                while (pe < pl && !(s[pe] == '\n' && pe + 1 < n && s[pe + 1] == '\n'))
                    pe++;
                if (later && prog == 1 && kd_word_in(s, b, pe, going, sizeof going / sizeof going[0]) == (size_t)-1)
                    continue;
            }
            e->m[o++] = e->m[i];
        }
        e->n = o;
    }
    /* "de motie loopt vooruit op het Europese besluit": "vooruitlopen op"
     * (to anticipate) is no "loopt" of a thing under way */
    {
        unsigned o = 0;
        for (unsigned i = 0; i < e->n; i++) {
            size_t p = e->m[i].pos, w;
            static const char *const ahead[] = {"vooruit", NULL};
            static const char *const none[] = {NULL};
            if (e->m[i].kind == CUE_PROGRESS && ((w = word_at(s, b, p, "loopt")) || (w = word_at(s, b, p, "lopen"))) &&
                word_ahead(s, b, w, 3, none, ahead) != (size_t)-1)
                continue;
            e->m[o++] = e->m[i];
        }
        e->n = o;
    }
    /* "... valt buiten het verzoek; ik ga er in deze brief niet verder op
     * in": taking it up is denied, no cue of addressed */
    size_t nv = kd_places_find_ci(&wp, P_NIET, s, b, a, "niet verder op in");
    if (nv == (size_t)-1)
        nv = kd_places_find_ci(&wp, P_NIET, s, b, a, "niet verder in");
    if (nv != (size_t)-1) {
        unsigned o = 0;
        for (unsigned i = 0; i < e->n; i++)
            if (!(e->m[i].kind == CUE_ADDRESSED && e->m[i].pos < nv + 17))
                e->m[o++] = e->m[i];
        e->n = o;
    }
    /* "Ik ben met het opstellen daarvan gestart", "Wij zijn daarmee
     * gestart": begun, under way (not "niet", "nog niet") */
    static const char *const begun[] = {"gestart", "begonnen"};
    static const char *const no[] = {"niet", "nog", "geen"};
    size_t g = kd_places_word_in(&wp, P_GESTART, s, a, b, begun, 2);
    if (g != (size_t)-1 && kd_word_in(s, a, g, no, 3) == (size_t)-1) {
        static const char *const be[] = {"ben", "is", "zijn"};
        static const char *const with[] = {"daarvan", "daarmee", "hiermee", "mee"};
        size_t lo = g > a + 120 ? g - 120 : a;
        /* (or what was named before: "Die evaluatie is in januari gestart") */
        size_t f = ki_skip_blank(s, b, a), fe;
        /* (also the clause after a semicolon: "De uitvoering vergt overleg
         * met X; dat overleg is gestart") */
        for (size_t q = g; q > a; q--)
            if (s[q - 1] == ';') {
                f = ki_skip_blank(s, b, q);
                break;
            }
        fe = kd_word_end(s, b, f);
        bool named = word_at(s, fe, f, "die") || word_at(s, fe, f, "deze") || word_at(s, fe, f, "dat") ||
                     word_at(s, fe, f, "dit");
        /* (or the work itself: "De voorbereiding van de pilot is gestart",
         * "Het onderzoek is in maart begonnen") */
        static const char *const work[] = {"voorbereiding", "voorbereidingen", "uitvoering", "uitwerking",
                                           "implementatie", "verkenning", "onderzoek", "evaluatie", "pilot",
                                           "aanbesteding", "werkzaamheden", "gesprekken", "consultatie",
                                           "internetconsultatie", "inventarisatie", "herziening", NULL};
        if (!named && (word_at(s, fe, f, "de") || word_at(s, fe, f, "het"))) {
            size_t w = ki_skip_blank(s, b, fe), we = kd_word_end(s, b, w);
            named = kd_word_in_list(s, w, we, work);
        }
        if (kd_word_in(s, lo, g, be, 3) != (size_t)-1 && (named || kd_word_in(s, lo, g, with, 4) != (size_t)-1))
            cue_add(e, g, CUE_PROGRESS);
    }
    /* under way in other words: "De positie wordt nog interdepartementaal
     * afgestemd", "Het plan wordt in samenspraak met de sector opgesteld"
     * (three words at most between; not "niet", "geen") */
    {
        static const char *const is[] = {"wordt", "worden"};
        static const char *const partic[] = {"afgestemd", "opgesteld", "ontwikkeld", "verkend", "uitgezocht",
                                           "uitgewerkt", "onderzocht", "voorbereid", NULL};
        static const char *const nots[] = {"niet", "geen", "nooit", NULL};
        for (size_t x = a; (x = kd_word_in(s, x, b, is, 2)) != (size_t)-1;) {
            size_t w = kd_word_end(s, b, x);
            bool denied = false;
            for (int k = 0; k < 4 && w < b && !denied; k++) {
                size_t y = ki_skip_blank(s, b, w), ye = kd_word_end(s, b, y);
                if (ye <= y)
                    break;
                if (kd_word_in_list(s, y, ye, nots))
                    denied = true;
                else if (kd_word_in_list(s, y, ye, partic)) {
                    cue_add(e, y, CUE_PROGRESS);
                    break;
                }
                w = ye;
            }
            x = w > x ? w : x + 1;
        }
    }
    /* "Die brief ontvangt u in januari": what is still to come, with its
     * time, is a step under way (not "Hierbij ontvangt u ...") */
    for (unsigned i = 0; i < e->n; i++) {
        ki_deadline dl;
        size_t p = e->m[i].pos, w;
        if (e->m[i].kind == CUE_ADDRESSED && p >= a && p < b && (w = word_at(s, b, p, "ontvangt")) &&
            word_at(s, b, ki_skip_blank(s, b, w), "u") && ki_deadline_find(s + w, b - w, &dl) &&
            kd_find_ci(s, p, a, "hierbij") == (size_t)-1)
            e->m[i].kind = CUE_PROGRESS;
    }
    /* "De rapportage is in bewerking": being worked on */
    {
        static const char *const work[] = {"bewerking"};
        size_t bw = kd_word_in(s, a, b, work, 1), pe;
        if (bw != (size_t)-1) {
            size_t pw = ki_word_before(s, a, bw, &pe);
            if (pe > pw && word_at(s, pe, pw, "in"))
                cue_add(e, bw, CUE_PROGRESS);
        }
    }
    /* the Kamer's vote in the past tense: "Eerder verwierp de Kamer de
     * motie-X" cites it, as "verworpen" does */
    static const char *const voted[] = {"verwierp", "verwierpen"};
    size_t vw = kd_word_in(s, a, b, voted, 2);
    if (vw != (size_t)-1)
        cue_add(e, vw, CUE_CITED);
    /* decided against: "De motie X wordt niet uitgevoerd; de brief legt uit
     * waarom", "voer ik niet uit", "zal ik niet uitvoeren", "besloten de
     * motie niet uit te voeren", "Wij kunnen de toezegging daarom niet
     * nakomen": handled, neither done nor under way (not the state "is nog
     * altijd niet uitgevoerd") */
    static const char *const will[] = {"zal", "zullen", "ga", "gaan"};
    static const char *const can[] = {"kan", "kunnen"};
    static const char *const decided[] = {"besloten", "besluit", "besluiten", "besloot"};
    static const char *const carry[] = {"voer", "voeren"};
    for (size_t x = a; (x = kd_places_find_ci(&wp, P_NIET, s, b, x, "niet ")) != (size_t)-1; x += 5) {
        if (x > a && ki_is_letter((unsigned char)s[x - 1]))
            continue;
        size_t y = ki_skip_blank(s, b, x + 4), ye = kd_word_end(s, b, y);
        size_t lo = x > a + 160 ? x - 160 : a;
        size_t pe, pw = ki_word_before(s, a, x, &pe);
        bool against = false;
        if (word_at(s, ye, y, "uitgevoerd"))
            against = pe > pw && (word_at(s, pe, pw, "wordt") || word_at(s, pe, pw, "worden"));
        else if (word_at(s, ye, y, "uitvoeren") || word_at(s, ye, y, "nakomen"))
            against = kd_word_in(s, lo, x, will, sizeof will / sizeof will[0]) != (size_t)-1 ||
                      /* "Wij kunnen de motie daarom niet uitvoeren" (not
                       * "nog niet": later, a step still to come) */
                      (kd_word_in(s, lo, x, can, sizeof can / sizeof can[0]) != (size_t)-1 &&
                       !(pe > pw && word_at(s, pe, pw, "nog")));
        else if (word_at(s, ye, y, "uit")) {
            size_t z = ki_skip_blank(s, b, ye), ze = kd_word_end(s, b, z);
            if (word_at(s, ze, z, "te"))
                against = kd_word_in(s, lo, x, decided, sizeof decided / sizeof decided[0]) != (size_t)-1;
            else
                against = kd_word_in(s, lo, x, carry, sizeof carry / sizeof carry[0]) != (size_t)-1;
        }
        if (against) {
            cue_add(e, x, CUE_ADDRESSED);
            break;
        }
    }
}

/* Is the progress hit at p a conceded "later" ("zij het enkele weken later
 * dan beloofd": "zij het", "weliswaar", "al is het" within 40 bytes before)? */
static bool conceded_later(const char *s, size_t a, size_t p)
{
    static const char *const concede[] = {"zij het ", "weliswaar ", "al is het "};
    if (!(starts_ci(s, p + 5, p, "later") && p >= a + 8))
        return false;
    size_t lo = p > a + 40 ? p - 40 : a;
    for (size_t k = 0; k < sizeof concede / sizeof concede[0]; k++)
        if (kd_rfind_ci(s, p, lo, concede[k]) != (size_t)-1)
            return true;
    return false;
}

/* Does "met" and a determiner stand right before p, or one word between
 * ("Met deze tussenstand", "met de eerste voortgangsrapportage")? */
static bool after_met(const char *s, size_t a, size_t p)
{
    static const char *const det[] = {"deze", "dit", "de", "het", "mijn", "onze", NULL};
    size_t ws[3], we[3], w = p;
    unsigned k = 0;
    for (; k < 3; k++) { /* the three words before p, nearest first */
        size_t t = w;
        while (t > a && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        size_t f = t;
        while (f > a && ki_is_letter((unsigned char)s[f - 1]))
            f--;
        if (f == t)
            break;
        ws[k] = f, we[k] = t, w = f;
    }
    for (unsigned d = 0; d + 1 < k && d < 2; d++)
        if (kd_word_in_list(s, ws[d], we[d], det) &&
            (word_at(s, we[d + 1], ws[d + 1], "met") || word_at(s, we[d + 1], ws[d + 1], "Met")))
            return true;
    return false;
}

/* Progress hits that a settled hit of the same sentence outweighs: a
 * conceded "later" ("Met deze brief is aan de toezegging voldaan, zij het
 * enkele weken later dan beloofd": done, late), and the report a progress
 * word names as the means of a settled verb after it ("Met deze
 * tussenstand doe ik de toezegging gestand"). */
static void progress_beside_done(const char *s, struct cuecache *e)
{
    unsigned last_done = e->n;
    for (unsigned i = 0; i < e->n; i++)
        if (e->m[i].kind == CUE_SETTLED)
            last_done = i;
    if (last_done == e->n)
        return;
    unsigned o = 0;
    for (unsigned i = 0; i < e->n; i++) {
        size_t p = e->m[i].pos;
        bool drop = e->m[i].kind == CUE_PROGRESS &&
                    (conceded_later(s, e->a, p) || (i < last_done && after_met(s, e->a, p)));
        if (!drop)
            e->m[o++] = e->m[i];
    }
    e->n = o;
}

void kd_cues_of(struct ki_scan *sc, size_t a, size_t b, size_t xs, size_t xe, cues *c)
{
    memset(c, 0, sizeof *c);
    c->ev_s = a;
    c->ev_e = b;
    bool *flag[CUE_KINDS] = {&c->settled, &c->progress, &c->addressed, &c->cited, &c->made};
    struct cuecache *e = NULL;
    for (unsigned i = 0; i < CUE_CACHE && i < sc->ncc; i++)
        if (sc->cc[i].a == a && sc->cc[i].b == b) {
            e = &sc->cc[i];
            break;
        }
    if (!e) {
        e = &sc->cc[sc->ncc++ % CUE_CACHE];
        e->a = a;
        e->b = b;
        e->n = 0;
        e->all = 0;
        e->asks = 0;
        ki_detector *d = sc->d;
        size_t off = a;
        while (off < b) {
            const struct matcher *m = NULL;
            int rc = kd_run_pairs(d, &d->cue_all, d->cue_split ? d->cue_for : NULL, &m, &d->cue_pair,
                               true, sc->s, b, off, b, d->cue, d->cue_memo);
            if (rc <= 0)
                break;
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
            uint32_t ovn = pcre2_get_ovector_count(m->md);
            for (int i = 0; i < CUE_KINDS; i++) {
                uint32_t g = m->group[i];
                if (g && g < ovn && ov[2 * g] != PCRE2_UNSET) {
                    if (i == CUE_SETTLED && conditional_at(sc->s, a, ov[0]))
                        break; /* "Zodra de besprekingen zijn afgerond, ...": not done yet */
                    if (e->n < CUE_PER)
                        e->m[e->n++] = (struct cuehit){ov[0], (unsigned char)i};
                    else
                        e->all |= (unsigned char)(1u << i); /* too many to place */
                    break;
                }
            }
            off = cp_fwd(sc->s, b, ov[1] > ov[0] ? ov[1] : ov[0] + 1);
        }
        carry_out_cues(sc->s, a, b, e);
        more_cues(sc->s, sc->n, a, b, e);
        progress_beside_done(sc->s, e);
    }
    unsigned char flags = e->all;
    for (unsigned i = 0; i < e->n; i++)
        if (!(e->m[i].pos >= xs && e->m[i].pos < xe))
            flags |= (unsigned char)(1u << e->m[i].kind);
    for (int k = 0; k < CUE_KINDS; k++)
        *flag[k] = (flags >> k) & 1;
}

bool kd_cue_rel(const cues *c, ki_relation *r)
{
    if (c->settled && c->progress)
        *r = KI_REL_ADDRESSED;
    else if (c->settled)
        *r = KI_REL_SETTLED;
    else if (c->progress)
        *r = KI_REL_PROGRESS;
    else if (c->addressed)
        *r = KI_REL_ADDRESSED;
    else
        return false;
    return true;
}

static bool subject_label(const char *s, size_t n, size_t ls)
{
    size_t l = ki_skip_blank(s, n, ls);
    return starts_ci(s, n, l, "Betreft ") || starts_ci(s, n, l, "Betreft:") || starts_ci(s, n, l, "Onderwerp ") ||
           starts_ci(s, n, l, "Onderwerp:") || word_at(s, n, l, "Betreft") || word_at(s, n, l, "Onderwerp");
}

/* Is ts on a letter's subject line ("Betreft ...", "Onderwerp: ...")?  In
 * the head of a letter (its first 4000 bytes) also on the line or two that
 * carry it on ("Onderwerp" above "Kamerbrief stand van zaken garnalenvisserij
 * en" / "toezeggingen commissiedebat Visserij"), none of them blank. */
bool kd_on_subject_line(const char *s, size_t ts)
{
    size_t ls = kd_line_start(s, ts);
    if (subject_label(s, ts, ls))
        return true;
    for (int k = 0; k < 2 && ts < 4000 && ls > 0; k++) {
        size_t pe = ls - 1; /* the '\n' ending the line above */
        size_t ps = kd_line_start(s, pe);
        if (ki_skip_blank(s, pe, ps) == pe || s[pe - 1 > ps ? pe - 1 : ps] == '.')
            return false;
        if (subject_label(s, pe, ps))
            return true;
        ls = ps;
    }
    return false;
}

/* Is the item at ts named in a request made of the writer, s[a, ts) asking
 * it ("De commissie heeft mij verzocht ... aan te geven hoe het staat met de
 * motie X", "vroeg ons in te gaan op")?  (A motion asks "de regering", not
 * "mij".) */
static bool asked_of_me(const char *s, size_t a, size_t ts)
{
    static const char *const asked[] = {"verzocht", "gevraagd", "verzoekt", "vraagt", "vroeg"};
    static const char *const me[] = {"mij", "ons"};
    return kd_word_in(s, a, ts, asked, sizeof asked / sizeof asked[0]) != (size_t)-1 &&
           kd_word_in(s, a, ts, me, sizeof me / sizeof me[0]) != (size_t)-1;
}

/* Does the sentence s[a, b) ask its addressee for what it names ("De
 * commissie verzoekt u ... aan te geven wat de stand van zaken is van de
 * volgende moties:", "vraagt u naar de uitvoering van", "verneemt graag of
 * de motie is uitgevoerd")?  A request for a status reports none, as a
 * question does not.  Not the writer's own request ("Wij verzoeken u in te
 * stemmen met de brief over de voortgang", a beslisnota's advice).  The
 * request is the commissie's or the members' ("De commissie verzoekt u",
 * "De leden ... vragen de minister/regering", "De commissie wil graag
 * weten"). */
static bool asks_you(const char *s, size_t a, size_t b)
{
    static const char *const ask[] = {"verzoekt u", "verzoeken u", "vraagt u", "vragen u", "verneemt graag",
                                      "vernemen graag"};
    static const char *const writer[] = {"wij", "we", "ik", NULL};
    for (size_t x = a; (x = kd_word_in(s, x, b, ask, sizeof ask / sizeof ask[0])) != (size_t)-1; x++) {
        size_t we, ws = ki_word_before(s, a, x, &we);
        if (!(we > ws && kd_word_in_list(s, ws, we, writer)))
            return true;
    }
    /* ... or asks a bewindspersoon named by rank, or wants to know, where
     * the Kamer's members ask it ("De commissie verzoekt de minister de
     * Kamer te informeren over de stand van zaken van ...", "De leden van
     * de VVD-fractie willen graag weten ..."; not a motion's "verzoekt de
     * regering") */
    static const char *const ask3[] = {"verzoekt de minister", "verzoekt de staatssecretaris", "vraagt de minister",
                                       "vraagt de staatssecretaris", "verzoeken de minister",
                                       "verzoeken de staatssecretaris", "vragen de minister",
                                       "vragen de staatssecretaris", "vraagt de regering", "vragen de regering",
                                       "vraagt het kabinet", "vragen het kabinet", "wil graag weten",
                                       "willen graag weten", "wil weten", "willen weten"};
    static const char *const members[] = {"commissie", "leden", "fractie", "fracties"};
    static const char *const motion[] = {"motie", "moties"};
    size_t x = kd_word_in(s, a, b, ask3, sizeof ask3 / sizeof ask3[0]);
    /* (the members, not a motion "van de leden X en Y", ask) */
    return x != (size_t)-1 && kd_word_in(s, a, x, members, sizeof members / sizeof members[0]) != (size_t)-1 &&
           kd_word_in(s, a, x, motion, sizeof motion / sizeof motion[0]) == (size_t)-1;
}

/* kd_cues_of(), none in a request to the addressee (asks_you()). */
static void cues_unless_asked(struct ki_scan *sc, size_t a, size_t b, size_t xs, size_t xe, cues *c)
{
    kd_cues_of(sc, a, b, xs, xe, c);
    /* (a sentence without a cue has none to take back: not asked; the
     * callers read no more of c than its cues) */
    if (!(c->settled || c->progress || c->addressed || c->cited || c->made))
        return;
    /* asked once a sentence, remembered with its cues (kd_cues_of() has
     * just found or made its entry) */
    struct cuecache *e = NULL;
    for (unsigned i = 0; i < CUE_CACHE && i < sc->ncc && !e; i++)
        if (sc->cc[i].a == a && sc->cc[i].b == b)
            e = &sc->cc[i];
    bool asks;
    if (e && e->asks)
        asks = e->asks > 0;
    else {
        asks = asks_you(sc->s, a, b);
        if (e)
            e->asks = asks ? 1 : -1;
    }
    if (asks)
        memset(c, 0, sizeof *c);
}

/* Is the item at ts the object of "(mede) ter uitvoering van" in a sentence
 * s[a, b) that speaks of this text ("in deze brief", "hierbij",
 * "hieronder")? */
static bool carried_out_here(const char *s, size_t a, size_t b, size_t ts)
{
    static const char *const here[] = {"deze brief", "hierbij", "hiermee", "hieronder", "bijgaand"};
    size_t f = kd_find_ci(s, ts, ts > a + 40 ? ts - 40 : a, "ter uitvoering van");
    if (f == (size_t)-1 || kd_word_in(s, a, b, here, sizeof here / sizeof here[0]) == (size_t)-1)
        return false;
    size_t k = ki_skip_blank(s, ts, f + 18), w;
    if ((w = word_at(s, ts, k, "de")) || (w = word_at(s, ts, k, "het")))
        k = ki_skip_blank(s, ts, w);
    return k == ts;
}

/* Is the item at ts among what the writer puts before the reader, the
 * sentence s[a, ts) saying so: "Naast het verslag treft u ook nadere
 * informatie ... aan over: A, B en de motie van ..."; "vindt u hierbij
 * informatie over X en de motie Y".  The verb (treft, vindt) with "u" right
 * after it, then "over" before the item, with no ';' between: this text
 * carries the information about it. */
static bool presented_here(const char *s, size_t a, size_t ts)
{
    static const char *const verb[] = {"treft", "vindt"};
    size_t v = kd_word_in(s, a, ts, verb, sizeof verb / sizeof verb[0]);
    if (v == (size_t)-1)
        return false;
    size_t u = ki_skip_blank(s, ts, kd_word_end(s, ts, v));
    if (!word_at(s, ts, u, "u"))
        return false;
    /* the last "over" before the item, the item in its object: no ';' and
     * no relative clause between ("het verslag van het overleg over de
     * Raad, waarin ook de motie X ter sprake kwam" speaks of the verslag) */
    static const char *const over[] = {"over"};
    static const char *const rel[] = {"waarin", "waarbij", "waarop", "waarover", "waarna", "die", "dat", "welke",
                                      "waar", "toen"};
    size_t o = (size_t)-1;
    for (size_t x = u; (x = kd_word_in(s, x, ts, over, 1)) != (size_t)-1; x++)
        o = x;
    return o != (size_t)-1 && !memchr(s + o, ';', ts - o) &&
           kd_word_in(s, o, ts, rel, sizeof rel / sizeof rel[0]) == (size_t)-1;
}

bool kd_lower_gov_doc(const char *s, size_t n)
{
    /* in the head: the addressee, the salutation or the kind of document */
    static const char *const signs[] = {
        "raadsinformatiebrief", "raadsvoorstel", "raadsmededeling", "aan de gemeenteraad",
        "aan de leden van de gemeenteraad", "aan de leden van de raad", "geachte leden van de raad,",
        "geachte leden van de gemeenteraad", "geachte raadsleden", "statenbrief", "statenvoorstel",
        "statenmededeling", "aan provinciale staten", "aan de leden van provinciale staten",
        "geachte leden van provinciale staten", "aan het algemeen bestuur", "geachte leden van het algemeen bestuur",
    };
    enum { NSIGN = sizeof signs / sizeof signs[0] };
    _Static_assert(NSIGN <= 32, "the open signs are a bit set");
    size_t h = n < 3000 ? n : 3000;
    /* A sign counts where it first stands in the head (kd_find_ci()'s
     * answer), when a word starts there.  All are asked in one pass: at
     * each place (in text order) the signs not yet found that begin with
     * its letter are compared, and the first place of each decides it.
     * Every sign begins "raa", "aan", "gea" or "sta": the places whose
     * first three bytes (with 0x20 set) are one of those are found 16 at a
     * time where SSE2 is. */
    uint32_t open = (1u << NSIGN) - 1, by[4] = {0, 0, 0, 0}; /* the signs of r, a, g, s */
    for (unsigned k = 0; k < NSIGN; k++)
        by[signs[k][0] == 'r' ? 0 : signs[k][0] == 'a' ? 1 : signs[k][0] == 'g' ? 2 : 3] |= 1u << k;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i c20 = _mm_set1_epi8(0x20);
    /* (the first and third bytes only: r.a, a.n, g.a, s.a; the last
     * block moved back to end at h, its places read before left out: no
     * sign begins in the last two places) */
#define KD_EQ2(a, c) _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(a)), _mm_cmpeq_epi8(v2, _mm_set1_epi8(c)))
    while (h >= 18 && i < h && open) {
        size_t at = i + 18 <= h ? i : h - 18;
        __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at)), c20);
        __m128i v2 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at + 2)), c20);
        __m128i m = _mm_or_si128(_mm_or_si128(KD_EQ2('r', 'a'), KD_EQ2('a', 'n')),
                                 _mm_or_si128(KD_EQ2('g', 'a'), KD_EQ2('s', 'a')));
        unsigned skip = (unsigned)(i - at);
        for (unsigned bits = ((unsigned)_mm_movemask_epi8(m) >> skip) << skip; bits && open; bits &= bits - 1) {
            size_t j = at + (size_t)__builtin_ctz(bits);
            unsigned c = (unsigned char)s[j] | 0x20;
            for (uint32_t o = open & by[c == 'r' ? 0 : c == 'a' ? 1 : c == 'g' ? 2 : 3]; o; o &= o - 1) {
                unsigned k = (unsigned)__builtin_ctz(o);
                /* the eighth byte first (every sign is longer, in lower
                 * case): "aan de " is common, "aan de g" or "aan de l" not */
                if (j + 7 >= h || ki_lower((unsigned char)s[j + 7]) != (unsigned char)signs[k][7])
                    continue;
                if (starts_ci(s, h, j, signs[k])) {
                    if (j == 0 || !ki_is_letter((unsigned char)s[j - 1]))
                        return true;
                    open &= ~(1u << k);
                }
            }
        }
        i = at + 18 >= h ? h : at + 16;
    }
#undef KD_EQ2
#endif
    for (; i < h && open; i++)
        for (uint32_t o = open; o; o &= o - 1) {
            unsigned k = (unsigned)__builtin_ctz(o);
            if (starts_ci(s, h, i, signs[k])) {
                if (i == 0 || !ki_is_letter((unsigned char)s[i - 1]))
                    return true;
                open &= ~(1u << k);
            }
        }
    /* ... or at its foot, who signs ("namens het college van burgemeester
     * en wethouders", "de wethouder Wonen"), when the head names no Kamer */
    static const char *const signers[] = {"namens het college van burgemeester en wethouders", "de wethouder",
                                          "het college van burgemeester en wethouders"};
    if (kd_find_ci(s, h, 0, "tweede kamer") != (size_t)-1 || kd_find_ci(s, h, 0, "eerste kamer") != (size_t)-1)
        return false;
    size_t t = n > 2500 ? n - 2500 : 0;
    for (size_t k = 0; k < sizeof signers / sizeof signers[0]; k++)
        for (size_t f = t; (f = kd_find_ci(s, n, f, signers[k])) != (size_t)-1; f++) {
            size_t b = f; /* (a line of its own: the signature) */
            while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
                b--;
            if (b == 0 || s[b - 1] == '\n')
                return true;
        }
    return false;
}

/* Does a word of back[] in s[a, b) point back to the item before: a
 * pronoun or a demonstrative of a de-word ("Aan deze motie en aan de motie
 * Y ...", "beide", "hieraan", "zij")?  "dit" and "dat" only as a pronoun
 * ("Dit geldt ook voor de motie Y", "Dat is ..."), not before a het-word
 * (a motion and a promise are de-words: "Met artikel 3 van dit voorstel
 * wordt invulling gegeven aan de motie Y" is about Y alone). */
static bool points_back(const char *s, size_t a, size_t b, const char *const *back, size_t nb)
{
    static const char *const neuter[] = {"dit", "dat", NULL};
    static const char *const pron[] = {"en", "is", "was", "geldt", "gold", "gebeurt", "gebeurde", "wordt", "werd",
                                       "heeft", "betreft", NULL};
    for (size_t x = a; (x = kd_word_in(s, x, b, back, nb)) != (size_t)-1; x++) {
        size_t xe = kd_word_end(s, b, x);
        if (!kd_word_in_list(s, x, xe, neuter))
            return true;
        size_t y = ki_skip_blank(s, b, xe), ye = kd_word_end(s, b, y);
        if (ye == y || kd_word_in_list(s, y, ye, pron))
            return true;
        x = xe > x ? xe - 1 : x;
    }
    return false;
}

/* Does the sentence s[a, b) name an item again, "deze/die/de toezegging",
 * "deze motie"? */
static bool names_item_again(const char *s, size_t a, size_t b)
{
    static const char *const again[] = {"toezegging", "motie"};
    static const char *const det[] = {"deze", "die", "de", "beide", NULL};
    for (size_t x = a; (x = kd_word_in(s, x, b, again, 2)) != (size_t)-1; x++) {
        size_t we, w = ki_word_before(s, a, x, &we);
        if (we > w && kd_word_in_list(s, w, we, det))
            return true;
    }
    return false;
}

/* The paragraph from b (the end of an item's sentence) ends in a question
 * ('?', a closing quote after it) and the next one opens with the label
 * "Antwoord:" (a schriftelijk overleg's answer to the inbreng it quotes):
 * true, *r and the evidence when one of the answer's first four sentences
 * (to its paragraph's end, 1200 bytes at most) says settled or progress;
 * the label must stand before next_item. */
static bool answer_below(struct ki_scan *sc, size_t b, size_t next_item, ki_relation *r, size_t *ev_s,
                         size_t *ev_e)
{
    const char *s = sc->s;
    size_t n = sc->n, lim = b + 800 < n ? b + 800 : n, pe = b;
    /* the end of the paragraph: the line before the first empty line */
    size_t ls = kd_line_start(s, b > 0 ? b - 1 : 0);
    for (;;) {
        size_t le = kd_line_end(s, n, ls);
        if (le >= lim || le >= n)
            return false;
        if (kd_blank_line(s, n, le + 1))
            break;
        ls = le + 1;
    }
    pe = kd_line_end(s, n, ls);
    while (pe > ls && (ki_is_blank((unsigned char)s[pe - 1]) || s[pe - 1] == '"' || s[pe - 1] == '\''))
        pe--;
    if (pe >= 3 && (unsigned char)s[pe - 1] == 0x9D && (unsigned char)s[pe - 2] == 0x80 &&
        (unsigned char)s[pe - 3] == 0xE2) /* U+201D */
        pe -= 3;
    if (!(pe > ls && s[pe - 1] == '?'))
        return false;
    size_t x = ki_skip_blank(s, n, kd_line_end(s, n, ls)), w = word_at(s, n, x, "Antwoord");
    if (!w || w >= n || s[w] != ':' || x >= next_item)
        return false;
    size_t a = ki_skip_blank(s, n, w + 1), end = a + 1200 < n ? a + 1200 : n;
    /* (the answer may name the item again, "Ik breng de motie ...": a
     * trigger of its own, which does not end it) */
    for (int k = 0; k < 4 && a < end; k++) {
        size_t e = kd_sent_end(s, n, a);
        if (e <= a)
            break;
        cues cx;
        kd_cues_of(sc, a, e, 0, 0, &cx);
        if ((cx.settled || cx.progress) && kd_cue_rel(&cx, r)) {
            *ev_s = a;
            *ev_e = e;
            return true;
        }
        /* (the answer's paragraph ends at an empty line) */
        size_t nx = ki_skip_blank(s, n, e), nl = 0;
        for (size_t q = e; q < nx; q++)
            nl += s[q] == '\n';
        if (nl >= 2)
            break;
        a = nx;
    }
    return false;
}

/* Where the sentence after the one that ends at e starts: past the blanks,
 * and past a footnote mark after its full stop ("... jongeren.[^2] De
 * eerste", "uitgevoerd.5 Het"), which belongs to the sentence before. */
static size_t next_sent(const char *s, size_t n, size_t e)
{
    size_t mk;
    if (e > 0 && e < n && s[e - 1] == '.' && (mk = mark_after(s, n, e - 1)) != 0)
        e = mk;
    return ki_skip_blank(s, n, e);
}

/*
 * The relation of a motion or commitment whose trigger starts at ts and
 * whose own subject text is [xs, xe) (cues there describe the subject, not
 * this document).  In order: cues in its own sentence (none in a question,
 * nor in a request to the addressee, asks_you()); an explicit "zie ook"
 * there; cues in the next two sentences of its paragraph (when no other
 * item starts in them, and not when they meet a request the item was only
 * named in: "... heeft mij verzocht aan te geven hoe het staat met de
 * motie X. Met deze brief voldoe ik aan dat verzoek."); a later sentence
 * of the paragraph that names "de toezegging" or "die motie" again and
 * says it is done or under way; the answer below it when it asks
 * (answer_below()); the introduction of the list it is an item of; the
 * "Aanleiding" section; else cited.  next_item bounds the sentences read
 * after its own.  The sentence that decided in *ev_s, *ev_e.
 */
ki_relation kd_relation_of(struct ki_scan *sc, size_t ts, size_t xs, size_t xe,
                           size_t next_item, size_t *ev_s, size_t *ev_e)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t a = kd_sent_start(s, n, ts), b = kd_sent_end(s, n, ts);
    cues c, nc2;
    ki_relation r = KI_REL_CITED;
    cues_unless_asked(sc, a, b, xs, xe, &c);
    *ev_s = a;
    *ev_e = b;
    /* a question ("Op welke wijze wordt uitvoering gegeven aan de motie
     * ...?") reports nothing itself; its answer may, below */
    size_t qe = b;
    while (qe > a && ki_is_blank((unsigned char)s[qe - 1]))
        qe--;
    if (qe > a && s[qe - 1] == '?')
        memset(&c, 0, sizeof c);
    /* "In deze brief geef ik, ter uitvoering van de motie X, een overzicht
     * van de stand van zaken": the letter carries it out; the state of
     * things it describes is its content, not the item's progress */
    if (c.progress && !c.settled && carried_out_here(s, a, b, ts))
        return KI_REL_ADDRESSED;
    /* "Betreft Uitvoering motie-Bikker over gokreclame": what the letter is
     * about, named in its subject line */
    if (!c.settled && !c.progress && kd_on_subject_line(s, ts))
        return KI_REL_ADDRESSED;
    if (c.settled || c.progress) {
        kd_cue_rel(&c, &r);
        return r;
    }
    if (c.cited)
        return KI_REL_CITED;
    memset(&nc2, 0, sizeof nc2);
    /* the next two sentences of the same paragraph, while no other item starts */
    size_t ns = next_sent(s, n, b);
    for (int k = 0; k < 2; k++) {
        /* (a bullet line starts the next item, unless the sentence goes on on
         * the item's own line: "1. TZ.. - ... (debat, datum). Status: afgedaan.") */
        if (!(ns < n && ns < next_item && ns - b < 600 &&
              !(kd_bullet_at(s, n, kd_line_start(s, ns)) && kd_line_start(s, ns) != kd_line_start(s, b > 0 ? b - 1 : 0))))
            break;
        size_t ne = kd_sent_end(s, n, ns);
        if (ne > next_item) {
            /* the next item starts in it: the sentence is about that item
             * ("De motie-X is aangenomen. Ter uitvoering van de motie Y is
             * ..."), unless its words before it point back to this one
             * ("Aan deze motie en aan de motie Y is uitvoering gegeven") */
            static const char *const back[] = {"deze", "die", "dit", "dat", "beide", "hieraan", "daaraan",
                                               "zij", "ze", "hij"};
            if (!points_back(s, ns, next_item, back, sizeof back / sizeof back[0]))
                break;
            ne = next_item;
        }
        /* a line ending in ':' introduces what follows, not this item */
        bool intro = false;
        for (size_t q = ns; q < ne && !intro; q++) {
            if (s[q] != ':')
                continue;
            size_t t = q + 1;
            while (t < ne && (s[t] == ' ' || s[t] == '\t'))
                t++;
            intro = t >= ne || s[t] == '\n';
        }
        if (intro)
            break;
        cues cx;
        kd_cues_of(sc, ns, ne, 0, 0, &cx);
        /* "De commissie heeft mij verzocht aan te geven hoe het staat met de
         * motie X. Met deze brief voldoe ik aan dat verzoek.": what is met
         * is the request the item was named in, not the item */
        static const char *const request[] = {"verzoek", "vraag"};
        if (cx.settled && k == 0 && asked_of_me(s, a, ts) &&
            kd_word_in(s, ns, ne, request, sizeof request / sizeof request[0]) != (size_t)-1)
            break;
        if (cx.settled || cx.progress) {
            kd_cue_rel(&cx, &r);
            *ev_s = ns;
            *ev_e = ne;
            /* a verdict that names it again in the sentence after wins
             * over a state of its subject told first: "De triloog loopt
             * nog; ... Hiermee is deze toezegging afgedaan." */
            size_t n2 = next_sent(s, n, ne);
            if (k == 0 && !names_item_again(s, ns, ne) && n2 < n && n2 < next_item && n2 - ne < 300 &&
                !kd_blank_between(s, n, ne, n2) && !kd_bullet_at(s, n, kd_line_start(s, n2))) {
                size_t e2 = kd_sent_end(s, n, n2);
                cues c2;
                ki_relation r2;
                if (e2 <= next_item && names_item_again(s, n2, e2)) {
                    kd_cues_of(sc, n2, e2, 0, 0, &c2);
                    if ((c2.settled || c2.progress) && kd_cue_rel(&c2, &r2) && r2 != r) {
                        *ev_s = n2;
                        *ev_e = e2;
                        return r2;
                    }
                }
            }
            return r;
        }
        /* its next step promised: "Ik ben daarover in overleg met X en zal
         * uw Kamer na de zomer nader berichten" */
        static const char *const about[] = {"daarover", "hierover", "daarop", "hierop"};
        static const char *const will[] = {"zal", "zullen"};
        static const char *const tell[] = {"informeren", "berichten", "sturen", "toesturen", "rapporteren"};
        if (kd_word_in(s, ns, ne, about, sizeof about / sizeof about[0]) != (size_t)-1 &&
            kd_word_in(s, ns, ne, will, sizeof will / sizeof will[0]) != (size_t)-1 &&
            kd_word_in(s, ns, ne, tell, sizeof tell / sizeof tell[0]) != (size_t)-1) {
            *ev_s = ns;
            *ev_e = ne;
            return KI_REL_PROGRESS;
        }
        if (cx.addressed && !nc2.addressed)
            nc2 = cx;
        if (ne <= ns || kd_blank_line(s, n, kd_line_start(s, ki_skip_blank(s, n, ne))))
            break;
        ns = next_sent(s, n, ne);
    }
    /* further on in the paragraph, a sentence that names it again and
     * says what became of it ("... Met deze paragraaf kom ik de toezegging
     * na."), while no other item starts */
    if (!c.addressed) {
        size_t x = next_sent(s, n, b);
        for (int k = 0; k < 6 && x < n && x < next_item && x - b < 1200; k++) {
            size_t xe2 = kd_sent_end(s, n, x);
            if (xe2 > next_item || kd_blank_between(s, n, b, x))
                break;
            if (k >= 2 && names_item_again(s, x, xe2)) {
                cues cx;
                kd_cues_of(sc, x, xe2, 0, 0, &cx);
                if ((cx.settled || cx.progress) && kd_cue_rel(&cx, &r)) {
                    *ev_s = x;
                    *ev_e = xe2;
                    return r;
                }
            }
            x = next_sent(s, n, xe2);
        }
    }
    /* a question (its paragraph ends in '?', quoted or not) answered below
     * it ("Antwoord:" opening the next paragraph): the answer's sentences
     * say what became of the item */
    if (!c.addressed && answer_below(sc, b, next_item, &r, ev_s, ev_e))
        return r;
    if (c.addressed || (presented_here(s, a, ts) && !(qe > a && s[qe - 1] == '?')))
        return KI_REL_ADDRESSED;
    if (nc2.addressed) {
        *ev_s = nc2.ev_s;
        *ev_e = nc2.ev_e;
        return KI_REL_ADDRESSED;
    }
    size_t first = kd_list_first_item(sc, s, n, ts);
    if (first != (size_t)-1) {
        size_t p = kd_prev_line(s, n, first);
        if (p != (size_t)-1) {
            size_t pe = kd_line_end(s, n, p);
            while (pe > p && ki_is_blank((unsigned char)s[pe - 1]))
                pe--;
            size_t is = kd_sent_start(s, n, pe > p ? pe - 1 : p);
            cues_unless_asked(sc, is, first, 0, 0, &c);
            if (kd_cue_rel(&c, &r)) {
                *ev_s = is;
                *ev_e = first;
                return r;
            }
            /* a bare "Het gaat om:" or "Dit betreft:" introduces the list the
             * sentence before announced ("... informeert over de stand van
             * zaken bij de uitvoering van enkele moties. Het gaat om:") */
            size_t iq = is > p ? is : p, ps = iq;
            while (ps > 0 && ki_is_blank((unsigned char)s[ps - 1]))
                ps--;
            /* (past a line that is no sentence: "Kamerbrief over uitvoering
             * moties (PDF | 5 pagina's | 280 kB)") */
            for (int k = 0; k < 2 && first - iq < 60 && kd_last_char(s, n, p) == ':' && ps > 1 && iq - ps < 200; k++) {
                size_t pa = kd_sent_start(s, n, ps - 1);
                if (iq - pa >= 600)
                    break;
                cues_unless_asked(sc, pa, ps, 0, 0, &c);
                if (kd_cue_rel(&c, &r)) {
                    *ev_s = pa;
                    *ev_e = first;
                    return r;
                }
                size_t ls = kd_line_start(s, ps - 1);
                if (s[ps - 1] == '.' || s[ps - 1] == '?' || ls < 2)
                    break;
                ps = ls;
                while (ps > 0 && ki_is_blank((unsigned char)s[ps - 1]))
                    ps--;
            }
        }
    }
    if (in_aanleiding(sc, s, n, ts))
        return KI_REL_ADDRESSED;
    return KI_REL_CITED;
}

/*
 * Runs pattern pid over the window [p - back, p + ahead) (never before
 * floor) and fills *hh when a match covers the anchor at p.
 *
 * *tried says where matches were already looked for with the same p and
 * ahead: every start in [*tried, p] (SIZE_MAX: none yet).  The leftmost
 * match starting in [from, p] is then the leftmost one starting in [from,
 * *tried), if any, else the one the earlier try found, which did not
 * cover p (or nothing, or the same error): so only [from, *tried) is
 * searched again, and a window that reaches no further back than an
 * earlier one is not searched at all.
 */
static bool match_around(struct ki_scan *sc, int pid, size_t p, size_t floor, size_t back,
                         size_t ahead, size_t *tried, ki_hit *hh)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t from = p > back ? p - back : 0;
    if (from < floor)
        from = floor;
    from = cp_fwd(s, n, from);
    if (from >= *tried)
        return false;
    size_t upto = *tried > p ? p : *tried - 1;
    *tried = from;
    size_t len = p + ahead < n ? cp_fwd(s, n, p + ahead) : n;
    ki_detector *d = sc->d;
    /* the commitment pattern, long and begun by many words, is tried
     * anchored where it can begin (the same leftmost match: kd_run_chars());
     * its groups are numbered and named as the unanchored one's */
    struct matcher *m = pid == KI_P_COMMIT && d->commit_ok ? &d->commit_a : NULL;
    int rc = m ? kd_run_chars(d, m, d->commit_wide, &d->commit_pair, d->commit_memo, s, len, from, upto)
               : kd_run_p(d, pid, s, len, from, upto, PCRE2_NO_UTF_CHECK);
    if (rc <= 0)
        return false;
    pcre2_match_data *md = m ? m->md : d->md[pid];
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[0] > p || ov[1] < p)
        return false;
    *hh = (ki_hit){m ? m->re : d->re[pid], ov, pcre2_get_ovector_count(md), s, ov[0], ov[1], pid,
                   &d->names[pid]};
    return true;
}

#if defined(__SSE2__)
/* Bit j set when byte j of v is a blank, a control byte or 0xC2 (the lead
 * byte of a no-break space): what kd_clean_copy() cannot copy as it is. */
static inline unsigned odd_bytes(__m128i v)
{
    const __m128i sp = _mm_set1_epi8(' ');
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, sp), sp), _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2))));
}
#endif

/* Copies s[a..b) into r's storage, blanks collapsed, a word broken at a
 * line end whole again (ki_hyphen_at_line_end()). */
char *kd_clean_copy(ki_refs *r, const char *s, size_t a, size_t b)
{
    while (a < b && ki_is_blank((unsigned char)s[a]))
        a++;
    while (b > a && ki_is_blank((unsigned char)s[b - 1]))
        b--;
    char *d = ki_refs_alloc(r, b - a + 1);
    if (!d)
        return NULL;
    size_t o = 0;
    size_t i = a;
    while (i < b) {
#if defined(__SSE2__)
        /* sixteen bytes at a time while each is copied as it is: an
         * ordinary byte (not a blank, a control byte or 0xC2, the lead byte
         * of a no-break space), or a single ' ' between two ordinary bytes
         * (a run of blanks that is one space already; asked only where the
         * bytes on both sides can be read).  Each block is stored whole and
         * kept up to the first other byte.  The store stays inside d: the
         * copy is never longer than what has been read (o <= i - a), so
         * o + 16 <= b - a. */
        while (i + 16 <= b) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            unsigned m = odd_bytes(v);
            if (i > 0 && i + 17 <= b)
                m &= ~((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) &
                       ~odd_bytes(_mm_loadu_si128((const __m128i *)(const void *)(s + i - 1))) &
                       ~odd_bytes(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 1))));
            _mm_storeu_si128((__m128i *)(void *)(d + o), v);
            size_t run = m ? (size_t)__builtin_ctz(m) : 16;
            o += run;
            i += run;
            if (m)
                break;
        }
#endif
        /* the rest of a run of ordinary bytes, copied as it is read: words
         * are too short for a memcpy() call each */
        while (i < b && (unsigned char)s[i] > ' ' && (unsigned char)s[i] != 0xC2)
            d[o++] = s[i++];
        if (i == b)
            break;
        unsigned char c = (unsigned char)s[i];
        bool nbsp = c == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] == 0xA0;
        if (!ki_is_blank(c) && !nbsp) {
            d[o++] = (char)c;
            i++;
            continue;
        }
        /* blanks and no-break spaces: one space between words */
        bool nl = false;
        while (i < b) {
            c = (unsigned char)s[i];
            if (ki_is_blank(c))
                nl |= c == '\n', i++;
            else if (c == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] == 0xA0)
                i += 2;
            else
                break;
        }
        /* a word broken at a line end is whole again ("ouder-\nvereniging"
         * -> "oudervereniging", "mkb-\nbedrijven" -> "mkb-bedrijven") */
        ki_hyphen_break hb = nl ? ki_hyphen_at_line_end(d, o, s + i, b - i) : KI_HYPHEN_SPACE;
        if (hb != KI_HYPHEN_SPACE) {
            o -= hb == KI_HYPHEN_DROP;
            continue;
        }
        if (o > 0 && i < b)
            d[o++] = ' ';
    }
    d[o] = '\0';
    return d;
}

/* Copies s[a1..b1) and s[a2..b2), one space between, with blanks
 * collapsed into r's storage. */
char *kd_clean_join(ki_refs *r, const char *s, size_t a1, size_t b1, size_t a2, size_t b2)
{
    char *x = kd_clean_copy(r, s, a1, b1), *y = kd_clean_copy(r, s, a2, b2);
    if (!x || !y)
        return NULL;
    size_t lx = strlen(x), ly = strlen(y);
    char *d = ki_refs_alloc(r, lx + ly + 2);
    if (!d)
        return NULL;
    memcpy(d, x, lx);
    d[lx] = ' ';
    memcpy(d + lx + 1, y, ly + 1);
    return d;
}

/* Finds motion and commitment triggers around their anchors. */
ki_status kd_find_triggers(struct ki_scan *sc, const hits *h, motinfo **mv, size_t *nm,
                           cominfo **cv, size_t *nc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t mcap = 0, ccap = 0, mlast = 0, clast = 0;
    for (size_t i = 0; i < h->n; i++) {
        size_t p = h->v[i].pos;
        if (*nm >= MAX_ITEMS || *nc >= MAX_ITEMS) {
            if (ki_refs_warn(sc->r, "too many motions or commitments; the rest are not read"))
                return KI_ERR_NOMEM;
            break;
        }
        if (h->v[i].kind & HIT_MOT) {
            if (p < mlast)
                continue;
            ki_hit hh;
            size_t tried = SIZE_MAX;
            if (!match_around(sc, KI_P_MOTION, p, mlast, 13, 600, &tried, &hh))
                continue;
            const PCRE2_SIZE *ov = hh.ov;
            motinfo mi;
            memset(&mi, 0, sizeof mi);
            mi.start = ov[0];
            mi.end = ov[1];
            const char *gp;
            size_t gl;
            if (kd_group(&hh, "names", &gp, &gl)) {
                mi.names_s = (size_t)(gp - s);
                mi.names_e = mi.names_s + gl;
            } else {
                mi.names_s = mi.names_e = mi.end;
            }
            char kw[8] = "", pl[4] = "", gew[16] = "";
            kd_gstr(&hh, "kw", kw, sizeof kw);
            kd_gstr(&hh, "pl", pl, sizeof pl);
            mi.gew = kd_gstr(&hh, "gew", gew, sizeof gew);
            mi.plural = pl[0] != '\0';
            if (mi.plural && mi.names_s < mi.names_e && mi.names_s > 0) {
                /* "moties Femicide": plural names only after "van het lid" or a dash */
                size_t b = mi.names_s;
                while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
                    b--;
                /* ... nor before their numbers in a list: "de moties Dik-Faber
                 * (Kamerstuk 32 793, nr. 176) en Wolbert (...)" */
                size_t o = ki_skip_blank(s, n, mi.names_e);
                bool numbered = o < n && s[o] == '(' && kd_kst_in(sc, o, o + 16) >= 0;
                const char *cl = numbered ? memchr(s + o, ')', (n - o < 80 ? n - o : 80)) : NULL;
                if (cl) {
                    size_t q = ki_skip_blank(s, n, (size_t)(cl - s) + 1), e;
                    if (q < n && s[q] == ',')
                        q = ki_skip_blank(s, n, q + 1);
                    if ((e = word_at(s, n, q, "en")))
                        q = ki_skip_blank(s, n, e);
                    if (q < n && s[q] == '-')
                        q++;
                    numbered = q < n && is_upper((unsigned char)s[q]);
                } else {
                    numbered = false;
                }
                /* ... or each with his c.s.: "de moties Marijnissen c.s. en
                 * Klaver c.s." */
                size_t c1 = kd_find_ci(s, mi.names_e + 6 < n ? mi.names_e + 6 : n, mi.names_s, "c.s.");
                size_t ce = c1 != (size_t)-1 && c1 + 64 < n ? c1 + 64 : n;
                bool each_cs = c1 != (size_t)-1 && c1 + 4 < n &&
                               (word_at(s, n, ki_skip_blank(s, n, c1 + 4), "en") || s[c1 + 4] == ',') &&
                               kd_find_ci(s, ce, c1 + 4, "c.s.") != (size_t)-1;
                if (!(b >= 3 && (starts_ci(s, n, b - 3, "lid") || starts_ci(s, n, b - 5, "leden"))) &&
                    !(b > 0 && s[b - 1] == '-') && !numbered && !each_cs)
                    mi.names_s = mi.names_e = mi.end = b;
            }
            if (!mi.plural && strcmp(kw, "MOTIE") != 0 && mi.names_s < mi.names_e && kd_group(&hh, "kw", &gp, &gl)) {
                /* "Stemming motie Europese top", "motie-Europese top": no sponsor */
                size_t b = (size_t)(gp - s) + gl, x = b;
                while (x < mi.names_s && (ki_is_blank((unsigned char)s[x]) || s[x] == '-'))
                    x++;
                bool dash = false;
                for (size_t y = b; y < x; y++)
                    dash = dash || s[y] == '-';
                if (x == mi.names_s && !kd_bare_name_backed(s, n, mi.names_s, mi.names_e, kd_item_title(s, mi.start), dash)) {
                    mi.names_s = mi.names_e = mi.end = b;
                    mi.topic = true;
                }
            }
            /* "MOTIE VAN HET LID X" heads a motion; "BIJLAGE 3. MOTIES EN
             * TOEZEGGINGEN" heads an annex of many */
            mi.header = strcmp(kw, "MOTIE") == 0 && !mi.plural;
            mlast = mi.end;
            if (mi.names_s == mi.names_e) {
                /* "Deze motie is voorgesteld door de leden X en Y" */
                size_t bl = mi.end + 200 < n ? cp_fwd(s, n, mi.end + 200) : n;
                int rc = kd_run_p(sc->d, KI_P_MOTION_BY, s, bl, cp_fwd(s, n, mi.end), KI_ANY, PCRE2_NO_UTF_CHECK);
                if (rc > 0) {
                    const PCRE2_SIZE *o2 = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_BY]);
                    ki_hit h2 = {sc->d->re[KI_P_MOTION_BY], o2,
                                 pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_BY]), s, o2[0], o2[1],
                                 KI_P_MOTION_BY, &sc->d->names[KI_P_MOTION_BY]};
                    if (o2[0] < kd_sent_end(s, n, mi.end) && !kd_group(&h2, "ond", &gp, &gl) &&
                        kd_group(&h2, "names", &gp, &gl)) {
                        mi.names_s = (size_t)(gp - s);
                        mi.names_e = mi.names_s + gl;
                        mi.by = true;
                        mi.end = o2[1];
                        mlast = mi.end;
                    }
                }
            }
            if (*nm == mcap) {
                mcap = mcap ? mcap * 2 : 16;
                motinfo *v = realloc(*mv, mcap * sizeof *v);
                if (!v)
                    return KI_ERR_NOMEM;
                *mv = v;
            }
            (*mv)[(*nm)++] = mi;
        }
        if (h->v[i].kind & HIT_COM) {
            if (p < clast)
                continue;
            ki_hit hh;
            /* "zal", "zullen", "zijn voornemens" */
            /* a promise in other words: its subject stands before the
             * trigger, "heb ik" up to ten words before "aangegeven" */
            int c0 = ki_lower((unsigned char)s[p]);
            size_t other = c0 == 'a' || c0 == 'm' || c0 == 'l' ? 160 : c0 == 'o' || c0 == 'e' || c0 == 'v' ? 30 : 0;
            bool fut = c0 != 'a' && p + 1 < n &&
                       (s[p + 1] == 'a' || s[p + 1] == 'u' || ((s[p] == 'z' || s[p] == 'Z') && s[p + 1] == 'i'));
            /* "zegt de Kamer, naar aanleiding van een vraag van het lid X, toe" */
            fut = fut || (p + 4 < n && s[p + 3] == 't' && ki_is_blank((unsigned char)s[p + 4]));
            /* "Ik kom hier ... op terug": "terug" comes late; "Uw Kamer wordt
             * uiterlijk januari 2026 geïnformeerd": the subject comes early */
            fut = fut || s[p] == 'k' || s[p] == 'K';
            /* "geïnformeerd", "geinformeerd", "(toe)gezonden", "gestuurd",
             * "aangeboden": the participle ends a passive that began before */
            bool passive = s[p] == 'n' || (p >= 2 && (s[p - 1] == 'e' || s[p - 1] == 'E') &&
                                           (s[p] == 'i' || s[p] == 'I' || s[p] == 'z' || s[p] == 's'));
            if (c0 == 'a' && p + 4 < n && s[p + 4] == 'b')
                passive = true, other = 0;
            bool zegt = p + 4 < n && s[p + 3] == 't' && ki_is_blank((unsigned char)s[p + 4]);
            size_t ahead = zegt || (other && c0 != 'o') ? 400 : fut ? 320 : 80;
            /* "waarna ik uw Kamer spoedig zal informeren", "Ik streef ernaar
             * uw Kamer voor de zomer te informeren": the subject further
             * before "zal" or the verb */
            size_t tried = SIZE_MAX; /* (the later tries search only further back) */
            if (!match_around(sc, KI_P_COMMIT, p, clast, passive ? 140 : other ? other : 12, ahead, &tried, &hh) &&
                !(fut && (s[p] == 'z' || s[p] == 'Z') && match_around(sc, KI_P_COMMIT, p, clast, 60, ahead, &tried, &hh)) &&
                !(!passive && (s[p] == 'i' || s[p] == 'I') && match_around(sc, KI_P_COMMIT, p, clast, 160, ahead, &tried, &hh)))
                continue;
            const PCRE2_SIZE *ov = hh.ov;
            cominfo ci;
            memset(&ci, 0, sizeof ci);
            const char *gp;
            size_t gl;
            ci.start = ov[0];
            ci.end = ov[1];
            ci.form = kd_group(&hh, "noun", &gp, &gl) ? 0 : kd_group(&hh, "verb", &gp, &gl) ? 1
                    : kd_group(&hh, "zal", &gp, &gl) || kd_group(&hh, "zalen", &gp, &gl) ? 3 : kd_group(&hh, "pres", &gp, &gl) ? 4 : 2;
            ci.advice = kd_group(&hh, "tte", &gp, &gl);
            ci.passive = kd_group(&hh, "sent", &gp, &gl);
            /* "Toezegging X: de minister zal de Kamer ... informeren" says
             * what an earlier trigger of the sentence promised */
            if ((ci.form == 3 || ci.form == 4) && *nc > 0 && (*cv)[*nc - 1].end > kd_sent_start(s, n, ci.start))
                continue;
            clast = ci.end;
            if (*nc == ccap) {
                ccap = ccap ? ccap * 2 : 16;
                cominfo *v = realloc(*cv, ccap * sizeof *v);
                if (!v)
                    return KI_ERR_NOMEM;
                *cv = v;
            }
            (*cv)[(*nc)++] = ci;
        }
    }
    return KI_OK;
}

/* The first of n triggers (motinfo or cominfo, each beginning with its
 * start offset, stride bytes apart) that starts at or after pos: the arrays
 * are in text order, so a sentence's triggers are found by binary search,
 * not by a walk over the whole document. */
static size_t first_from(const void *v, size_t n, size_t stride, size_t pos)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, start;
        memcpy(&start, (const char *)v + mid * stride, sizeof start);
        if (start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t kd_mot_from(const motinfo *mv, size_t nm, size_t pos)
{
    _Static_assert(offsetof(motinfo, start) == 0, "motinfo starts with its start");
    return first_from(mv, nm, sizeof *mv, pos);
}

size_t kd_com_from(const cominfo *cv, size_t nc, size_t pos)
{
    _Static_assert(offsetof(cominfo, start) == 0, "cominfo starts with its start");
    return first_from(cv, nc, sizeof *cv, pos);
}

/* Start of the next motion/commitment trigger after pos, or n (both
 * arrays are in text order: binary search). */
size_t kd_next_trigger_f(const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                         size_t pos, size_t n, bool kept_only)
{
    size_t best = n, lo = kd_mot_from(mv, nm, pos + 1);
    /* a motion named by its sponsors or its topic ("de motie-Bikker over X
     * en de motie Jeugdzorg (...)"), not "de motie" that points back */
    for (size_t i = lo; i < nm && i < lo + 8; i++)
        if (mv[i].names_s < mv[i].names_e || mv[i].by || mv[i].topic) {
            best = mv[i].start;
            break;
        }
    lo = kd_com_from(cv, nc, pos + 1);
    while (kept_only && lo < nc && !cv[lo].keep)
        lo++;
    if (lo < nc && cv[lo].start < best)
        best = cv[lo].start;
    return best;
}

size_t kd_next_trigger(const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                       size_t pos, size_t n)
{
    return kd_next_trigger_f(mv, nm, cv, nc, pos, n, false);
}

int kd_rel_rank(ki_relation r)
{
    switch (r) {
    case KI_REL_SETTLED: return 4;
    case KI_REL_PROGRESS: return 3;
    case KI_REL_ADDRESSED: return 2;
    case KI_REL_MADE: return 5;
    default: return 1;
    }
}

/* Whether the comma at s[x] starts another item of the sentence [.., se):
 * ", de motie-B", ", het lid X" is not one, ", de toezegging". */
static bool comma_item(const char *s, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc, size_t x,
                       size_t se)
{
    size_t w = ki_skip_blank(s, se, x + 1), e;
    if ((e = word_at(s, se, w, "de")) || (e = word_at(s, se, w, "het")))
        w = ki_skip_blank(s, se, e);
    for (size_t k = kd_mot_from(mv, nm, w); k < nm && mv[k].start <= w; k++)
        if (mv[k].start == w && !mv[k].header)
            return true;
    for (size_t k = kd_com_from(cv, nc, w); k < nc && cv[k].start <= w; k++)
        if (cv[k].start == w && cv[k].keep)
            return true;
    return false;
}

/* The clause [*ca, *cb) of the sentence [ss, se) that holds the item at
 * [ts, te): clauses end at ';', ", maar" and ", terwijl", and with weak
 * also at a comma before another item (comma_item()). */
static void clause_of(const char *s, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc, size_t ss,
                      size_t se, size_t ts, size_t te, bool weak, size_t *ca, size_t *cb)
{
    *ca = ss;
    *cb = se;
    for (size_t x = ss; x < se; x++) {
        if (x >= ts && x < te)
            continue;
        bool end = s[x] == ';';
        if (s[x] == ',') {
            size_t w = ki_skip_blank(s, se, x + 1);
            end = word_at(s, se, w, "maar") || word_at(s, se, w, "terwijl") ||
                  (weak && comma_item(s, mv, nm, cv, nc, x, se));
        }
        if (!end)
            continue;
        if (x < ts) {
            *ca = x + 1;
        } else {
            *cb = x;
            break;
        }
    }
}


/* An elliptic clause [ca, cb) around the item at [ts, te) (its words
 * [xs, xe) after it, such as its number, aside): "maar de
 * motie-B wel" gives 1, "maar de motie-B nog niet" 2 (-2 would be "niet"
 * alone, which says nothing more than no cue: 0), anything else 0.  Only
 * the item, "wel"/"(nog) niet" and "en", "maar", "ook" may stand in it. */
static int elliptic_turn(const char *s, size_t ca, size_t cb, size_t ts, size_t te, size_t xs, size_t xe)
{
    if (xs <= te && xe > te)
        te = xe; /* its number: "maar de motie (36512, nr. 77) nog niet" */
    static const char *const filler[] = {"maar", "en", "de", "het", "dat", "voor", "geldt", "met", NULL};
    bool wel = false, nog = false, niet = false;
    for (size_t x = ca; x < cb;) {
        if (x >= ts && x < te) {
            x = te;
            continue;
        }
        if (!ki_is_letter((unsigned char)s[x])) {
            if (!(ki_is_blank((unsigned char)s[x]) || s[x] == ',' || s[x] == '.' || s[x] == '(' || s[x] == ')'))
                return 0;
            x++;
            continue;
        }
        size_t e = kd_word_end(s, cb, x);
        if (word_at(s, e, x, "wel"))
            wel = true;
        else if (word_at(s, e, x, "nog"))
            nog = true;
        else if (word_at(s, e, x, "niet"))
            niet = true;
        else if (!kd_word_in_list(s, x, e, filler))
            return 0;
        x = e;
    }
    if (wel && !niet && !nog)
        return 1;
    if (niet && nog && !wel)
        return 2;
    return 0;
}

/* When the sentence of the item at [ts, te) also holds another motion or
 * commitment and ';' splits it ("De motie-A is hiermee afgedaan; over de
 * motie-B informeer ik u later"), the cues of the item's own clause decide:
 * true and *rel when that clause says settled or progress (not both). */
bool kd_clause_rel(struct ki_scan *sc, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                   size_t ts, size_t te, size_t xs, size_t xe, ki_relation *rel, size_t *es,
                   size_t *ee)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t ss = kd_sent_start(s, n, ts), se = kd_sent_end(s, n, ts);
    size_t m0 = kd_mot_from(mv, nm, ss), c0 = kd_com_from(cv, nc, ss);
    bool other = false;
    for (size_t k = m0; k < nm && mv[k].start < se && !other; k++)
        other = mv[k].start != ts && !mv[k].header;
    for (size_t k = c0; k < nc && cv[k].start < se && !other; k++)
        other = cv[k].keep && cv[k].start != ts;
    if (!other)
        return false;
    /* clauses end at ';' and at ", maar", ", terwijl" ("Ik heb de motie-A
     * uitgevoerd, maar de motie-B nog niet") */
    size_t ca, cb;
    clause_of(s, mv, nm, cv, nc, ss, se, ts, te, false, &ca, &cb);
    cues c;
    memset(&c, 0, sizeof c);
    if (ca != ss || cb != se)
        kd_cues_of(sc, ca, cb, xs, xe, &c);
    if ((ca == ss && cb == se) || (c.settled && c.progress)) {
        /* "De motie-A is uitgevoerd, de motie-B is nog in uitvoering": a
         * comma before another item ends a clause too, when the item's own
         * clause then says settled or progress */
        size_t wa, wb;
        clause_of(s, mv, nm, cv, nc, ss, se, ts, te, true, &wa, &wb);
        if (wa != ss || wb != se) {
            cues w;
            kd_cues_of(sc, wa, wb, xs, xe, &w);
            if (w.settled != w.progress && !w.cited) {
                *rel = w.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
                *es = wa;
                *ee = wb;
                return true;
            }
        }
        if (ca == ss && cb == se)
            return false;
    }
    if (c.settled != c.progress) {
        *rel = c.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
        *es = ca;
        *ee = cb;
        return true;
    }
    /* "..., maar de motie-B is aangehouden": its own clause says what
     * became of it, and that is no step towards it */
    if (c.cited && !c.settled && !c.progress && !c.addressed) {
        *rel = KI_REL_CITED;
        *es = ca;
        *ee = cb;
        return true;
    }
    if (c.settled || c.cited)
        return false;
    /* its own clause says nothing; what the other clauses say is about the
     * items they name ("kom ik tegemoet aan de motie-A; de motie-B is hier
     * niet aan de orde"): B is only mentioned */
    /* ... named by sponsor or by its own number ("Ik heb de motie 36512-76
     * uitgevoerd, maar de motie 36512-77 nog niet"), not "de motie" alone */
    bool other_in = false;
    for (size_t k = m0; k < nm && mv[k].start < se && !other_in; k++)
        other_in = mv[k].start != ts && (mv[k].start < ca || mv[k].start >= cb) &&
                   (mv[k].names_s < mv[k].names_e || mv[k].by ||
                    kd_kst_in(sc, mv[k].end, ki_skip_blank(s, se, mv[k].end) + 2) >= 0);
    if (!other_in)
        return false;
    /* "...; de motie-B eveneens": it shares what the other clause says */
    for (size_t x = ca; x < cb; x++)
        if ((x == ca || !ki_is_letter((unsigned char)s[x - 1])) &&
            (word_at(s, cb, x, "eveneens") || word_at(s, cb, x, "ook") || word_at(s, cb, x, "evenzeer") ||
             word_at(s, cb, x, "evenmin") || word_at(s, cb, x, "idem") || word_at(s, cb, x, "beide") ||
             word_at(s, cb, x, "hetzelfde")))
            return false;
    /* "A is nog niet uitgevoerd, maar B wel", "A is uitgevoerd, maar B nog
     * niet": the clause leaves out the verb of the other and turns it */
    int turn = elliptic_turn(s, ca, cb, ts, te, xs, xe);
    if (turn) {
        size_t oa = ca > ss ? ss : cb, ob = ca > ss ? ca : se;
        cues o;
        kd_cues_of(sc, oa, ob, 0, 0, &o);
        bool done_word = false, negated = false;
        static const char *const done[] = {"uitgevoerd", "afgerond", "afgedaan", "voldaan", "afgehandeld",
                                           "gerealiseerd", "ingevuld"};
        static const char *const neg[] = {"niet"};
        size_t ng = kd_word_in(s, oa, ob, neg, 1);
        negated = ng != (size_t)-1;
        done_word = kd_word_in(s, negated ? ng : oa, ob, done, sizeof done / sizeof done[0]) != (size_t)-1;
        if ((turn == 1 && negated && done_word) || (turn == 2 && !negated && o.settled && !o.progress)) {
            *rel = turn == 1 ? KI_REL_SETTLED : KI_REL_PROGRESS;
            *es = ss;
            *ee = se;
            return true;
        }
    }
    *rel = c.addressed ? KI_REL_ADDRESSED : KI_REL_CITED;
    *es = ca;
    *ee = cb;
    return true;
}

/*
 * A footnote marker glued to a word of a motion's mention ("de motie-Kröger
 * c.s.9 verzoekt", "over maatschappelijk prioriteren3 verzoekt", "(NSC)
 * c.s.2", from a PDF "c.s.^9"), the first in s[from..to): the first
 * Kamerstuk on the footnote line "9 Kamerstuk 29 023, nr. 561" (or "[^9]
 * Kamerstuk ...", or glued "9Kamerstuk ...") further on (within FOOTNOTE_REACH), or -1.  When one is
 * found, *mark_end is where the mark ends in the text (past the "]" of
 * "[^9]"): the mention ends there, not at the footnote far below.
 */
#define FOOTNOTE_REACH 20000

long kd_footnote_kamerstuk(const struct ki_scan *sc, size_t from, size_t to, size_t *mark_end)
{
    const char *s = sc->s;
    size_t n = sc->n;
    /* a mark after the sentence's period ("... over de ondersteuning.6 Die
     * motie ..."): the sentence ends at the period, its mark is its own */
    size_t mk;
    if (to < n && to > from && s[to - 1] == '.' && (mk = mark_after(s, n, to - 1)) != 0)
        to = mk;
    else if (to < n && s[to] == '.' && (mk = mark_after(s, n, to)) != 0)
        to = mk;
    for (size_t at = from > 0 ? from : 1; at < to && at < n; at++) {
        /* "zee4", "c.s.9", and the PDF extractor's "c.s.^9"; a word
         * processor's endnote mark in brackets glued to the word
         * ("buitenland[2]", "beschikkingen[3]?") */
        bool caret = s[at - 1] == '^';
        bool brack = s[at - 1] == '[' && at >= 2 && !ki_is_blank((unsigned char)s[at - 2]) && s[at - 2] != '[';
        /* (and the older style of the Staatscourant and the Aanhangsel, a
         * number and a bracket after a blank: "de motie-Bouchallikh? 2)",
         * its note "2) Kamerstuk ...") */
        bool paren = s[at - 1] == ' ' && at >= 2 &&
                     (ki_is_letter((unsigned char)s[at - 2]) || s[at - 2] == '.' || s[at - 2] == '?' || s[at - 2] == ')');
        if (!ki_is_digit((unsigned char)s[at]) || ki_is_digit((unsigned char)s[at - 1]) ||
            !(ki_is_letter((unsigned char)s[at - 1]) || s[at - 1] == '.' || s[at - 1] == ')' || caret || brack || paren))
            continue;
        size_t e = at;
        while (e < n && e - at < 3 && ki_is_digit((unsigned char)s[e]))
            e++;
        if (paren && !(e < n && s[e] == ')' && e - at <= 2 && (e + 1 >= n || ki_is_blank((unsigned char)s[e + 1]) ||
                                                                s[e + 1] == '.' || s[e + 1] == ',' || s[e + 1] == ';')))
            continue;
        if (paren)
            e++; /* (the bracket is the mark's) */
        /* the party D66 ("het lid Sneller (D66)4 over ..."): a name, no mark */
        if (e - at == 2 && s[at] == '6' && s[at + 1] == '6' && s[at - 1] == 'D' &&
            (at < 2 || !ki_is_letter((unsigned char)s[at - 2]))) {
            at = e - 1;
            continue;
        }
        /* a markdown marker "c.s.[^1]" or "buitenland[2]": its closing bracket */
        bool closed = e < n && s[e] == ']';
        if (brack && !closed)
            continue;
        size_t me = (brack || (caret && at >= 2 && s[at - 2] == '[')) && closed ? e + 1 : e;
        if (paren)
            e--; /* (the number alone, as the note gives it) */
        if (e - at > 2 || (me < n && !ki_is_blank((unsigned char)s[me]) && s[me] != ',' && s[me] != '.' &&
                           s[me] != ';' && s[me] != ')' && s[me] != '?' && s[me] != '!'))
            continue;
        size_t len = e - at, lim = at + FOOTNOTE_REACH < n ? at + FOOTNOTE_REACH : n;
        for (size_t ls = kd_line_end(s, n, e) + 1; ls < lim; ls = kd_line_end(s, n, ls) + 1) {
            size_t j = ls;
            while (j < lim && (s[j] == ' ' || s[j] == '\t'))
                j++;
            /* the note: "9 Kamerstuk ..." or "[^9] Kamerstuk ..." ("[^9]:
             * Kamerstuk ...", markdown's own form), "[9] Kamerstuk ..." */
            size_t d = j + 2 < lim && s[j] == '[' && s[j + 1] == '^' ? j + 2
                       : j + 1 < lim && s[j] == '[' && ki_is_digit((unsigned char)s[j + 1]) ? j + 1
                                                                                          : j;
            size_t de = d + len + (d > j);
            if (d > j && de < lim && s[de] == ':')
                de++;
            if (paren && !(d == j && de < lim && s[de] == ')'))
                continue;
            if (paren)
                de++; /* "2) Kamerstuk 27 926, nr. 398." */
            /* ... or the number glued to the note's first word, as a PDF
             * extracts a superscript: "6Kamerstukken II 2021/22, ..." */
            if (de < lim && memcmp(s + d, s + at, len) == 0 && (d == j || s[d + len] == ']') &&
                (ki_is_blank((unsigned char)s[de]) || (d == j && s[de] >= 'A' && s[de] <= 'Z'))) {
                *mark_end = me;
                return kd_kst_in(sc, j, kd_line_end(s, n, de));
            }
        }
        return -1; /* the first marker only */
    }
    return -1;
}

/*
 * A bijlage table flattened to its cells: "De motie van het lid X c.s.;
 * Verzoekt de regering ...", then a paragraph that is only
 * "Kamerstukken II 2022/23, 36200 IV, nr. 12" (the Vindplaats), then the
 * status.  For a motion that starts its paragraph: the Kamerstuk that is a
 * later paragraph on its own, before lim (the next motion or commitment);
 * else -1.
 */
long kd_cell_kamerstuk(struct ki_scan *sc, size_t start, size_t lim)
{
    const char *s = sc->s;
    size_t n = sc->n;
    const ki_refs *r = sc->r;
    size_t ls = kd_line_start(s, start), f = ki_skip_blank(s, n, ls);
    if (start - f > 3 || (ls > 0 && !kd_blank_line(s, n, kd_line_start(s, ls - 1))))
        return -1; /* not the first words of a paragraph */
    if (lim > start + 3000)
        lim = start + 3000;
    for (size_t p = kd_line_end(s, n, start); p < lim && p < n;) {
        size_t a = ki_skip_blank(s, n, p);
        if (a >= lim)
            break;
        size_t e = kd_line_end(s, n, a);
        size_t t = e;
        while (t > a && (ki_is_blank((unsigned char)s[t - 1]) || s[t - 1] == '.' || s[t - 1] == ';'))
            t--;
        /* "Kamerstukken II 2018/19, 34477, nr. 64 (t.v.v. 58)": a short
         * bracket after the number is part of the cell */
        if (t > a && s[t - 1] == ')') {
            size_t o = t - 1;
            while (o > a && s[o] != '(' && t - o < 24)
                o--;
            if (s[o] == '(') {
                t = o;
                while (t > a && ki_is_blank((unsigned char)s[t - 1]))
                    t--;
            }
        }
        long k = kd_kst_in(sc, a, a + 1);
        if (k >= 0 && r->kamerstukken[k].span.end >= t && (a == 0 || s[a - 1] == '\n'))
            return k;
        p = e;
    }
    return -1;
}

/* ---- words ---- */

/* A word of w..e (letters only, any case) among the lower-case list. */
bool kd_word_in_list(const char *s, size_t w, size_t e, const char *const *list)
{
    /* compared as read, the lengths with the bytes: no strlen() of every
     * word of the list at every word asked about; the word's first byte
     * lower-cased once, and a list word that begins otherwise passed over
     * at its first byte (an empty word, or an empty list word, as before) */
    if (w < e) {
        int c0 = ki_lower((unsigned char)s[w]);
        for (; *list; list++) {
            const char *p = *list;
            if (!p[0] || ki_lower((unsigned char)p[0]) != c0)
                continue;
            size_t k = 1;
            while (p[k] && w + k < e && ki_lower((unsigned char)s[w + k]) == ki_lower((unsigned char)p[k]))
                k++;
            if (!p[k] && w + k == e)
                return true;
        }
        return false;
    }
    /* an empty word (w == e): only an empty list word is it */
    for (; w == e && *list; list++)
        if (!(*list)[0])
            return true;
    return false;
}

/* The end of the word (letters and UTF-8 bytes) that starts at i. */
size_t kd_word_end(const char *s, size_t n, size_t i)
{
    while (i < n && (ki_is_letter((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
        i++;
    return i;
}

/* The first case-insensitive w in s[from..to), or (size_t)-1.  Only the
 * places whose byte with 0x20 set is w[0]'s (a superset of those
 * starts_ci() can accept there) are compared, found 16 at a time where
 * SSE2 is there. */
size_t kd_find_ci(const char *s, size_t to, size_t from, const char *w)
{
    size_t wl = strlen(w), i = from;
    if (!wl || from > to) {
        for (; i + wl <= to; i++)
            if (starts_ci(s, to, i, w))
                return i;
        return (size_t)-1;
    }
    unsigned char c0 = (unsigned char)w[0] | 0x20;
#if defined(__SSE2__)
    const __m128i k = _mm_set1_epi8((char)c0), c20 = _mm_set1_epi8(0x20);
    if (wl >= 2) {
        /* the first byte and the fourth (the second in a shorter word) at
         * once (either case: a superset of starts_ci()'s), so that a common
         * first letter costs little; the fourth, not the second, for a
         * common start ("ver", "ge", "de") says little more */
        size_t q = wl >= 4 ? 3 : 1;
        const __m128i k1 = _mm_set1_epi8((char)((unsigned char)w[q] | 0x20));
        for (; i + q + 16 <= to; i += 16) {
            __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), c20);
            __m128i v1 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i + q)), c20);
            __m128i both = _mm_and_si128(_mm_cmpeq_epi8(v, k), _mm_cmpeq_epi8(v1, k1));
            for (unsigned m = (unsigned)_mm_movemask_epi8(both); m; m &= m - 1) {
                size_t j = i + (size_t)__builtin_ctz(m);
                if (j + wl > to)
                    return (size_t)-1;
                if (starts_ci(s, to, j, w))
                    return j;
            }
        }
    }
    for (; i + 16 <= to; i += 16) {
        __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), c20);
        for (unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, k)); m; m &= m - 1) {
            size_t j = i + (size_t)__builtin_ctz(m);
            if (j + wl > to)
                return (size_t)-1;
            if (starts_ci(s, to, j, w))
                return j;
        }
    }
#endif
    for (; i + wl <= to; i++)
        if (((unsigned char)s[i] | 0x20) == c0 && starts_ci(s, to, i, w))
            return i;
    return (size_t)-1;
}

size_t kd_places_find_ci(const kd_places *pl, unsigned k, const char *s, size_t to, size_t from, const char *w)
{
    if (pl->full[k] || to != pl->b || from < pl->a)
        return kd_find_ci(s, to, from, w);
    for (unsigned j = 0; j < pl->n[k]; j++)
        if (pl->at[k][j] >= from && starts_ci(s, to, pl->at[k][j], w))
            return pl->at[k][j];
    return (size_t)-1;
}

size_t kd_places_word_in(const kd_places *pl, unsigned k0, const char *s, size_t a, size_t b,
                         const char *const *w, size_t nw)
{
    bool plain = a != pl->a || b != pl->b;
    for (size_t j = 0; j < nw && !plain; j++)
        plain = pl->full[k0 + j];
    if (plain)
        return kd_word_in(s, a, b, w, nw);
    size_t best = (size_t)-1;
    for (size_t j = 0; j < nw; j++)
        for (unsigned q = 0; q < pl->n[k0 + j] && pl->at[k0 + j][q] < best; q++) {
            size_t p = pl->at[k0 + j][q];
            if ((p == a || !ki_is_letter((unsigned char)s[p - 1])) && word_at(s, b, p, w[j])) {
                best = p;
                break;
            }
        }
    return best;
}

/* Appends x to the list *v of *k (room for *cap); false when out of memory. */
static bool place_add(size_t **v, size_t *k, size_t *cap, size_t x)
{
    if (*k == *cap) {
        size_t *grown = realloc(*v, (*cap = *cap ? 2 * *cap : 16) * sizeof **v);
        if (!grown)
            return false;
        *v = grown;
    }
    (*v)[(*k)++] = x;
    return true;
}

bool kd_find_all_ci(const char *s, size_t n, size_t from, const char *w, size_t **v, size_t *nv)
{
    size_t cap = 0, k = 0, wl = strlen(w), x = from;
    *v = NULL;
    *nv = 0;
#if defined(__SSE2__)
    /* a long text read once: the places whose first four bytes fit (either
     * case: a superset of starts_ci()'s), 16 at a time; kd_find_ci() asks
     * two, which a common word start ("ge") passes too often */
    if (wl >= 4) {
        const __m128i c20 = _mm_set1_epi8(0x20);
        __m128i k0 = _mm_set1_epi8((char)((unsigned char)w[0] | 0x20)), k1 = _mm_set1_epi8((char)((unsigned char)w[1] | 0x20)),
                k2 = _mm_set1_epi8((char)((unsigned char)w[2] | 0x20)), k3 = _mm_set1_epi8((char)((unsigned char)w[3] | 0x20));
        for (; x + 19 <= n; x += 16) {
            __m128i m = _mm_and_si128(
                _mm_and_si128(
                    _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + x)), c20), k0),
                    _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + x + 1)), c20), k1)),
                _mm_and_si128(
                    _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + x + 2)), c20), k2),
                    _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + x + 3)), c20), k3)));
            for (unsigned bits = (unsigned)_mm_movemask_epi8(m); bits; bits &= bits - 1) {
                size_t j = x + (size_t)__builtin_ctz(bits);
                if (j + wl <= n && starts_ci(s, n, j, w) && !place_add(v, &k, &cap, j))
                    goto nomem;
            }
        }
    }
#endif
    for (; (x = kd_find_ci(s, n, x, w)) != (size_t)-1; x++)
        if (!place_add(v, &k, &cap, x))
            goto nomem;
    *nv = k;
    return true;
nomem:
    free(*v);
    *v = NULL;
    *nv = 0;
    return false;
}

size_t kd_last_in(const size_t *v, size_t nv, size_t lo, size_t hi)
{
    /* the first place past hi, by halves; the one before it is the last <= hi */
    size_t a = 0, b = nv;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (v[mid] <= hi)
            a = mid + 1;
        else
            b = mid;
    }
    return a > 0 && v[a - 1] >= lo ? v[a - 1] : (size_t)-1;
}

/* Insertion sort of v[0..n) by span.start (kd_sort_commitments() without
 * room for its merges). */
static void insertion_sort_commitments(ki_commitment *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        ki_commitment c = v[i];
        size_t j = i;
        while (j > 0 && v[j - 1].span.start > c.span.start) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = c;
    }
}

void kd_sort_commitments(ki_commitment *v, size_t n)
{
    size_t i = 1;
    while (i < n && v[i - 1].span.start <= v[i].span.start)
        i++;
    if (i >= n)
        return; /* in order already */
    ki_commitment *tmp = malloc(n * sizeof *tmp);
    if (!tmp) {
        insertion_sort_commitments(v, n);
        return;
    }
    /* runs in order, merged two by two (the left one first where they
     * tie) until one is left */
    for (;;) {
        size_t a = 0, runs = 0;
        while (a < n) {
            size_t m = a + 1;
            while (m < n && v[m - 1].span.start <= v[m].span.start)
                m++;
            size_t b = m;
            if (m < n) {
                b = m + 1;
                while (b < n && v[b - 1].span.start <= v[b].span.start)
                    b++;
            }
            /* (the left run's head that is not after the right run's
             * first, and the right run's tail that is not before the left
             * run's last, stay where they are) */
            size_t lo = a, hi = b;
            if (m < b) {
                while (lo < m && v[lo].span.start <= v[m].span.start)
                    lo++;
                while (hi > m && v[hi - 1].span.start >= v[m - 1].span.start)
                    hi--;
            }
            size_t x = lo, y = m, o = lo;
            while (x < m && y < hi)
                tmp[o++] = v[y].span.start < v[x].span.start ? v[y++] : v[x++];
            while (x < m)
                tmp[o++] = v[x++];
            while (y < hi)
                tmp[o++] = v[y++];
            if (hi > lo)
                memcpy(v + lo, tmp + lo, (hi - lo) * sizeof *v);
            runs++;
            a = b;
        }
        if (runs <= 1)
            break;
    }
    free(tmp);
}

/* The last case-insensitive w in s[from..to) (what kd_find_ci() finds
 * last, asked again after each place it finds), or (size_t)-1: the places
 * whose first two bytes fit, from the end, 16 at a time where SSE2 is. */
size_t kd_rfind_ci(const char *s, size_t to, size_t from, const char *w)
{
    size_t wl = strlen(w);
    if (from > to || to - from < wl)
        return (size_t)-1;
    size_t i = to - wl + 1; /* places [from, i) are left */
#if defined(__SSE2__)
    if (wl >= 2) {
        const __m128i c20 = _mm_set1_epi8(0x20), k0 = _mm_set1_epi8((char)((unsigned char)w[0] | 0x20)),
                      k1 = _mm_set1_epi8((char)((unsigned char)w[1] | 0x20));
        /* a block's s[at + 16] is s[i], which is before to (wl >= 2) */
        for (; i >= from + 16; i -= 16) {
            size_t at = i - 16;
            __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at)), c20);
            __m128i v1 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at + 1)), c20);
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(v, k0), _mm_cmpeq_epi8(v1, k1)));
            while (m) {
                unsigned b = 31u - (unsigned)__builtin_clz(m);
                if (starts_ci(s, to, at + b, w))
                    return at + b;
                m &= ~(1u << b);
            }
        }
    }
#endif
    while (i > from) {
        i--;
        if (starts_ci(s, to, i, w))
            return i;
    }
    return (size_t)-1;
}

/* Does a word of w[] stand at j, a word start in s[a, b) (no letter
 * before it past a)?  kd_word_in()'s question at each place it tries. */
static inline bool word_start_in(const char *s, size_t a, size_t b, size_t j, const char *const *w, size_t nw)
{
    if (j > a && ki_is_letter((unsigned char)s[j - 1]))
        return false;
    for (size_t k = 0; k < nw; k++)
        if (word_at(s, b, j, w[k]))
            return true;
    return false;
}

/* A word of w[] at a word start in s[a, b): its position, or (size_t)-1.
 * Only places whose byte can begin one of the words (as word_at() compares
 * it: either case of a letter) are tried.  Where SSE2 is, the places are
 * found 16 at a time by the first two bytes of each word (with 0x20 set on
 * both sides: a superset of what word_at() accepts), and each is asked as
 * the byte loop asks it; so the answer is the byte loop's. */
size_t kd_word_in(const char *s, size_t a, size_t b, const char *const *w, size_t nw)
{
    size_t i = a;
#if defined(__SSE2__)
    /* the words' first two bytes (with 0x20 set), each pair once: a list
     * of many words has few ("verzoekt de minister", "vraagt de regering",
     * "wil weten" ... three) */
    unsigned char p0[8], p1[8];
    size_t np = 0;
    bool pairs = true;
    for (size_t k = 0; k < nw && pairs; k++) {
        pairs = w[k][0] && w[k][1];
        if (!pairs)
            break; /* (a word of one byte or none: the byte loop below) */
        unsigned char c0 = (unsigned char)w[k][0] | 0x20, c1 = (unsigned char)w[k][1] | 0x20;
        size_t q = 0;
        while (q < np && !(p0[q] == c0 && p1[q] == c1))
            q++;
        if (q == np) {
            if (np == 8)
                pairs = false;
            else
                p0[np] = c0, p1[np++] = c1;
        }
    }
    if (pairs && np) {
        const __m128i c20 = _mm_set1_epi8(0x20);
        __m128i k0[8], k1[8];
        for (size_t k = 0; k < np; k++) {
            k0[k] = _mm_set1_epi8((char)p0[k]);
            k1[k] = _mm_set1_epi8((char)p1[k]);
        }
        /* the blocks, the last one moved back to end at b - 1 (no word of
         * two bytes begins at b - 1), its places before i left out */
        for (size_t stop = b >= a + 17 ? b : a; i < stop;) {
            size_t at = i + 17 <= b ? i : b - 17;
            __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at)), c20);
            __m128i v1 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at + 1)), c20);
            __m128i m = _mm_and_si128(_mm_cmpeq_epi8(v, k0[0]), _mm_cmpeq_epi8(v1, k1[0]));
            for (size_t k = 1; k < np; k++)
                m = _mm_or_si128(m, _mm_and_si128(_mm_cmpeq_epi8(v, k0[k]), _mm_cmpeq_epi8(v1, k1[k])));
            unsigned bits = (unsigned)_mm_movemask_epi8(m) & (0xFFFFu << (i - at));
            for (; bits; bits &= bits - 1) {
                size_t j = at + (size_t)__builtin_ctz(bits);
                if (word_start_in(s, a, b, j, w, nw))
                    return j;
            }
            i = at + 16;
            if (at + 17 > b - 1) /* (the moved block ends the range) */
                i = b;
        }
        /* a range shorter than a block, as the loop below asks it, without
         * its table (word_at() asks the first byte first) */
        for (; i < b; i++)
            if (word_start_in(s, a, b, i, w, nw))
                return i;
        return (size_t)-1;
    }
#endif
    bool first[256] = {false};
    for (size_t k = 0; k < nw; k++) {
        unsigned c = (unsigned)ki_lower((unsigned char)w[k][0]);
        if (!c)
            memset(first, true, sizeof first); /* word_at() lets any byte begin "" */
        first[c] = true;
        if (c >= 'a' && c <= 'z')
            first[c - 32] = true;
    }
    for (; i < b; i++)
        if (first[(unsigned char)s[i]] && word_start_in(s, a, b, i, w, nw))
            return i;
    return (size_t)-1;
}
