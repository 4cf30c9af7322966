/*
 * dates.c - Dutch dates and deadline phrases, by hand (no regex: the forms
 * are few and a small scanner is easier to test than a pattern).
 */
#include "../util/scan.h"
#include "dates.h"

#include <stdio.h>
#include <string.h>


/* Case-insensitive: does s[i..n) start with word w (ASCII lowercase)? */
static size_t prefix_ci(const char *s, size_t n, size_t i, const char *w)
{
    size_t k = 0;
    for (; w[k]; k++)
        if (i + k >= n || ki_lower((unsigned char)s[i + k]) != w[k])
            return 0;
    return k;
}

static const struct {
    const char *name;
    size_t minlen; /* shortest accepted abbreviation */
    int month;
} months[] = {
    {"januari", 3, 1},  {"februari", 3, 2}, {"maart", 5, 3},     {"mrt", 3, 3},
    {"april", 3, 4},    {"mei", 3, 5},      {"juni", 3, 6},      {"juli", 3, 7},
    {"augustus", 3, 8}, {"september", 3, 9}, {"oktober", 3, 10}, {"november", 3, 11},
    {"december", 3, 12},
};

/* A month's full name broken at a line end by hyphenation ("novem-\nber",
 * "sep-\n  tember"): its number, with *len the bytes up to the end of the
 * second part; 0 when s[0..n) is no such break.  w letters stand before
 * the '-'. */
static int month_split(const char *s, size_t n, size_t w, size_t *len)
{
    if (w < 2 || w + 2 >= n || s[w] != '-' || s[w + 1] != '\n')
        return 0;
    size_t j = w + 2;
    while (j < n && (s[j] == ' ' || s[j] == '\t'))
        j++;
    char word[16];
    size_t k = 0;
    for (size_t q = 0; q < w && k < sizeof word - 1; q++)
        word[k++] = (char)ki_lower((unsigned char)s[q]);
    size_t e = j;
    while (e < n && k < sizeof word - 1 && s[e] >= 'a' && s[e] <= 'z')
        word[k++] = s[e++];
    word[k] = '\0';
    if (e == j || (e < n && ki_is_letter((unsigned char)s[e])))
        return 0;
    for (size_t m = 0; m < sizeof months / sizeof months[0]; m++)
        if (strcmp(word, months[m].name) == 0) {
            if (len)
                *len = e;
            return months[m].month;
        }
    return 0;
}

int ki_month_parse(const char *s, size_t n, size_t *len)
{
    size_t w = 0;
    while (w < n && w < 12 && ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z')))
        w++;
    int split = month_split(s, n, w, len);
    if (split)
        return split;
    if (w < 3 || (w < n && (ki_is_letter((unsigned char)s[w]) && (unsigned char)s[w] != 0xC2)))
        return 0;
    for (size_t m = 0; m < sizeof months / sizeof months[0]; m++) {
        size_t full = strlen(months[m].name);
        if (w > full || w < months[m].minlen)
            continue;
        size_t k = 0;
        while (k < w && ki_lower((unsigned char)s[k]) == months[m].name[k])
            k++;
        if (k != w)
            continue;
        /* an abbreviation is the full name or a short form: "sept", "okt" */
        if (w != full && w > 4)
            continue;
        if (len)
            *len = w;
        return months[m].month;
    }
    if (w == 3 && ki_lower((unsigned char)s[0]) == 'o' && ki_lower((unsigned char)s[1]) == 'c' &&
        ki_lower((unsigned char)s[2]) == 't') {
        if (len)
            *len = 3;
        return 10;
    }
    return 0;
}

/* Reads 1..max digits; returns count, value in *v. */
static size_t digits(const char *s, size_t n, size_t i, size_t max, int *v)
{
    size_t k = 0;
    int x = 0;
    while (i + k < n && k < max && ki_is_digit((unsigned char)s[i + k])) {
        x = x * 10 + (s[i + k] - '0');
        k++;
    }
    if (i + k < n && ki_is_digit((unsigned char)s[i + k]))
        return 0; /* too many digits */
    *v = x;
    return k;
}

/* After a day-month without year: " jl.", " j.l.", " jongstleden". */
static size_t parse_jl(const char *s, size_t n, size_t i, bool *jl)
{
    size_t j = ki_skip_blank(s, n, i), k;
    if ((k = prefix_ci(s, n, j, "jongstleden")) || (k = prefix_ci(s, n, j, "j.l.")) ||
        (k = prefix_ci(s, n, j, "jl."))) {
        *jl = true;
        return j + k;
    }
    if ((k = prefix_ci(s, n, j, "jl")) && (j + k >= n || !ki_is_letter((unsigned char)s[j + k]))) {
        *jl = true;
        return j + k;
    }
    return i;
}

size_t ki_date_parse(const char *s, size_t n, bool short_ok, ki_date *out)
{
    ki_date d = {0, 0, 0, false, 0, 0};
    int a, b, c;
    size_t i = 0, k;
    if (!(k = digits(s, n, 0, 4, &a)))
        return 0;
    if (k == 4) { /* ISO 2024-10-16 */
        i = k;
        if (i < n && s[i] == '-' && (k = digits(s, n, i + 1, 2, &b)) == 2 &&
            i + 3 < n && s[i + 3] == '-' && digits(s, n, i + 4, 2, &c) == 2) {
            d.year = a;
            d.month = b;
            d.day = c;
            i += 6;
            goto done;
        }
        return 0;
    }
    if (k > 2 || a < 1 || a > 31)
        return 0;
    d.day = a;
    i = k;
    /* 16 oktober 2024 / 3 april jl. */
    size_t j = ki_skip_blank(s, n, i);
    if (j > i || (j < n && ki_is_letter((unsigned char)s[j]))) {
        size_t ml;
        int m = ki_month_parse(s + j, n - j, &ml);
        if (!m)
            return 0;
        d.month = m;
        i = j + ml;
        if (i < n && s[i] == '.' && ml < 5)
            i++;
        size_t y = ki_skip_blank(s, n, i);
        /* a footnote mark glued to the year: "26 mei 20235 hebben wij" */
        size_t fn = 0;
        if (y > i && y + 5 < n && !digits(s, n, y, 4, &c)) {
            size_t e = y;
            while (e < n && e < y + 7 && ki_is_digit((unsigned char)s[e]))
                e++;
            bool end = e >= n || !(ki_is_letter((unsigned char)s[e]) || ki_is_digit((unsigned char)s[e]));
            if ((e == y + 5 || e == y + 6) && end && s[e - 1] != '0' && digits(s, y + 4, y, 4, &c) == 4)
                fn = e - y - 4;
        }
        if (y > i && (fn || ((k = digits(s, n, y, 4, &c)) == 4 && !(y + k < n && ki_is_letter((unsigned char)s[y + k])))) &&
            c >= 1800 && c <= 2199) {
            d.year = c;
            i = y + 4 + fn;
        } else {
            i = parse_jl(s, n, i, &d.jl);
        }
        goto done;
    }
    /* 16-10-2024, 16/10/2024, 16.10.2024, 07/12 */
    if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        char sep = s[i];
        if (!(k = digits(s, n, i + 1, 2, &b)) || b < 1 || b > 12)
            return 0;
        size_t e = i + 1 + k;
        if (e < n && s[e] == sep) {
            size_t ky = digits(s, n, e + 1, 4, &c);
            if (ky == 4 && c >= 1800 && c <= 2199) {
                d.month = b;
                d.year = c;
                i = e + 5;
                goto done;
            }
            if (ky == 2 && sep != '.' && !(e + 3 < n && s[e + 3] == sep)) {
                d.month = b;
                d.year = 2000 + c;
                i = e + 3;
                goto done;
            }
            return 0;
        }
        if (short_ok && sep != '.' && !(e < n && (ki_is_digit((unsigned char)s[e]) ||
                                                  ki_is_letter((unsigned char)s[e])))) {
            d.month = b;
            i = parse_jl(s, n, e, &d.jl);
            goto done;
        }
    }
    return 0;
done:
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
        return 0;
    /* a digit right after is a longer number, unless "jl." ends the date
     * and a footnote mark is glued to it ("1 oktober jl.1") */
    if (i < n && ki_is_digit((unsigned char)s[i]) && !(d.jl && s[i - 1] == '.'))
        return 0;
    d.start = 0;
    d.end = i;
    *out = d;
    return i;
}

/* Is s[..i) inside a bracket that opens with a debate ("(CD X ", "(AO ",
 * "(WGO ", "(commissiedebat X ") within 80 bytes? */
static bool venue_bracket(const char *s, size_t n, size_t i)
{
    static const char *const w[] = {"CD ", "AO ", "WGO ", "NO ", "SO ", "VAO ", "TMD ", "commissiedebat ",
                                    "debat ", "wetgevingsoverleg ", "notaoverleg ", NULL};
    size_t lim = i > 80 ? i - 80 : 0;
    for (size_t k = i; k > lim; k--) {
        if (s[k - 1] == ')' || s[k - 1] == '\n')
            return false;
        if (s[k - 1] == '(') {
            for (int v = 0; w[v]; v++)
                if (k + strlen(w[v]) <= n && memcmp(s + k, w[v], strlen(w[v])) == 0)
                    return true;
            return false;
        }
    }
    return false;
}

bool ki_date_find(const char *s, size_t n, ki_date *out)
{
    for (size_t i = 0; i < n; i++) {
        if (!ki_is_digit((unsigned char)s[i]))
            continue;
        if (i > 0 && (ki_is_digit((unsigned char)s[i - 1]) || ki_is_letter((unsigned char)s[i - 1]) ||
                      s[i - 1] == ',' || s[i - 1] == '.' || s[i - 1] == '/' ||
                      s[i - 1] == '-')) {
            /* "d.d.07/12" glued is fine, anything else mid-number is not */
            if (!(i >= 4 && prefix_ci(s, n, i - 4, "d.d.")))
                continue;
        }
        /* "d.d." (possibly followed by blanks) admits the short form */
        bool dd = false;
        size_t b = i;
        while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
            b--;
        if (b >= 4 && prefix_ci(s, n, b - 4, "d.d."))
            dd = true;
        /* "op 7/12": a day/month after "op" (a slash only, never "7-12") */
        if (b < i && b >= 2 && prefix_ci(s, n, b - 2, "op") &&
            (b == 2 || !ki_is_letter((unsigned char)s[b - 3])) && i + 1 < n &&
            (s[i + 1] == '/' || (i + 2 < n && ki_is_digit((unsigned char)s[i + 1]) && s[i + 2] == '/')))
            dd = true;
        /* "(CD Strafrechtketen 02/10)": a day/month closing a debate's bracket */
        if (!dd && i + 5 < n && s[i + 2] == '/' && s[i + 5] == ')' && venue_bracket(s, n, i))
            dd = true;
        ki_date d;
        if (ki_date_parse(s + i, n - i, dd, &d)) {
            d.start = i;
            d.end += i;
            *out = d;
            return true;
        }
    }
    return false;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int mdays(int y, int m)
{
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : md[m - 1];
}

bool ki_date_valid_iso(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !ki_is_digit((unsigned char)s[i]))
            return false;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    return y >= 1800 && m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m);
}

bool ki_date_resolve(const ki_date *d, const char *ref, char out[11])
{
    out[0] = '\0';
    int y = d->year;
    if (d->month < 1 || d->month > 12 || d->day < 1)
        return false;
    if (!y) {
        if (!ki_date_valid_iso(ref))
            return false;
        int ry = (ref[0] - '0') * 1000 + (ref[1] - '0') * 100 + (ref[2] - '0') * 10 + (ref[3] - '0');
        int rm = (ref[5] - '0') * 10 + (ref[6] - '0');
        int rd = (ref[8] - '0') * 10 + (ref[9] - '0');
        y = ry;
        if (d->month > rm || (d->month == rm && d->day > rd))
            y--;
        /* 29 februari jl. in a year without one: the leap year before */
        while (d->day > mdays(y, d->month) && y > ry - 8)
            y--;
    }
    if (d->day > mdays(y, d->month))
        return false;
    if (y < 1800 || y > 9999) /* the floor of ki_date_valid_iso */
        return false;
    if (d->month >= 0 && d->month <= 99 && d->day >= 0 && d->day <= 99) {
        /* what the snprintf() below writes, without parsing a format */
        out[0] = (char)('0' + y / 1000);
        out[1] = (char)('0' + y / 100 % 10);
        out[2] = (char)('0' + y / 10 % 10);
        out[3] = (char)('0' + y % 10);
        out[4] = '-';
        out[5] = (char)('0' + d->month / 10);
        out[6] = (char)('0' + d->month % 10);
        out[7] = '-';
        out[8] = (char)('0' + d->day / 10);
        out[9] = (char)('0' + d->day % 10);
        out[10] = '\0';
        return true;
    }
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, d->month, d->day);
    memcpy(out, tmp, 10);
    out[10] = '\0';
    return true;
}

/* ---- deadlines ---- */

/* what may or must follow a phrase: nothing, a year ("van 2026"), a day
 * ("1 juli 2026"), a month with an optional year ("maart 2026") */
enum { Y_NONE, Y_OPT, Y_REQ, Y_DATE, Y_MONTH };

static const struct {
    const char *phrase; /* lowercase; ' ' matches any run of blanks */
    int year;
} deadlines[] = {
    {"voor de zomer", Y_OPT},
    {"vóór de zomer", Y_OPT},
    {"voor het zomerreces", Y_OPT},
    {"voor het kerstreces", Y_OPT},
    {"voor het herfstreces", Y_OPT},
    {"voor het voorjaarsreces", Y_OPT},
    {"voor het krokusreces", Y_OPT},
    {"voor het meireces", Y_OPT},
    {"voor het reces", Y_OPT},
    {"voor het voorjaar", Y_OPT},
    {"voor het najaar", Y_OPT},
    {"voor de herfst", Y_OPT},
    {"voor de winter", Y_OPT},
    {"voor het einde van het jaar", Y_NONE},
    {"voor het einde van dit jaar", Y_NONE},
    {"voor het eind van het jaar", Y_NONE},
    {"voor het einde van het eerste kwartaal", Y_OPT},
    {"voor het einde van het tweede kwartaal", Y_OPT},
    {"voor het einde van het derde kwartaal", Y_OPT},
    {"voor het einde van het vierde kwartaal", Y_OPT},
    {"voor het eind van het eerste kwartaal", Y_OPT},
    {"voor het eind van het tweede kwartaal", Y_OPT},
    {"voor het eind van het derde kwartaal", Y_OPT},
    {"voor het eind van het vierde kwartaal", Y_OPT},
    {"voor het einde van", Y_REQ},
    {"voor het eind van", Y_REQ},
    {"voor eind", Y_REQ},
    {"voor de begrotingsbehandeling", Y_OPT},
    {"voor de behandeling van de begroting", Y_OPT},
    {"voor de behandeling van de voorjaarsnota", Y_OPT},
    {"voor de behandeling van de najaarsnota", Y_OPT},
    {"voor de behandeling van de miljoenennota", Y_OPT},
    {"voor de voorjaarsnota", Y_OPT},
    {"voor de najaarsnota", Y_OPT},
    {"voor de miljoenennota", Y_OPT},
    {"voor verantwoordingsdag", Y_OPT},
    {"bij de voorjaarsnota", Y_OPT},
    {"bij de miljoenennota", Y_OPT},
    {"rond de voorjaarsnota", Y_OPT},
    {"rond de najaarsnota", Y_OPT},
    {"rond de miljoenennota", Y_OPT},
    {"voor de jaarwisseling", Y_NONE},
    {"na de jaarwisseling", Y_NONE},
    {"rond de jaarwisseling", Y_NONE},
    {"voor prinsjesdag", Y_OPT},
    {"rond prinsjesdag", Y_OPT},
    {"voor de kerst", Y_OPT},
    {"in het eerste kwartaal", Y_OPT},
    {"in het tweede kwartaal", Y_OPT},
    {"in het derde kwartaal", Y_OPT},
    {"in het vierde kwartaal", Y_OPT},
    {"in het 1e kwartaal", Y_OPT},
    {"in het 2e kwartaal", Y_OPT},
    {"in het 3e kwartaal", Y_OPT},
    {"in het 4e kwartaal", Y_OPT},
    {"voor het eerste kwartaal", Y_OPT},
    {"voor het tweede kwartaal", Y_OPT},
    {"voor het derde kwartaal", Y_OPT},
    {"voor het vierde kwartaal", Y_OPT},
    {"uiterlijk het eerste kwartaal", Y_OPT},
    {"uiterlijk het tweede kwartaal", Y_OPT},
    {"uiterlijk het derde kwartaal", Y_OPT},
    {"uiterlijk het vierde kwartaal", Y_OPT},
    {"in q1", Y_OPT},
    {"in q2", Y_OPT},
    {"in q3", Y_OPT},
    {"in q4", Y_OPT},
    {"voor q1", Y_OPT},
    {"voor q2", Y_OPT},
    {"voor q3", Y_OPT},
    {"voor q4", Y_OPT},
    {"q1", Y_REQ}, /* "uiterlijk Q1 2026", a Termijn cell "Q3 2026" */
    {"q2", Y_REQ},
    {"q3", Y_REQ},
    {"q4", Y_REQ},
    {"in de loop van het jaar", Y_NONE},
    {"in de loop van", Y_REQ},
    {"in de eerste maanden van", Y_REQ},
    {"in het eerste halfjaar", Y_OPT},
    {"in het tweede halfjaar", Y_OPT},
    {"in het vroege voorjaar", Y_OPT},
    {"voor de zomervakantie", Y_OPT},
    {"voor de kerstvakantie", Y_OPT},
    {"voor de herfstvakantie", Y_OPT},
    {"voor de meivakantie", Y_OPT},
    {"voor de voorjaarsvakantie", Y_OPT},
    {"na de zomervakantie", Y_OPT},
    {"voor het einde van het kalenderjaar", Y_NONE},
    {"bij de najaarsnota", Y_OPT},
    {"bij de eerste suppletoire begroting", Y_OPT},
    {"bij de tweede suppletoire begroting", Y_OPT},
    {"volgend voorjaar", Y_NONE},
    {"volgend najaar", Y_NONE},
    {"komende zomer", Y_NONE},
    {"deze zomer", Y_NONE},
    {"in de eerste helft van", Y_REQ},
    {"in de tweede helft van", Y_REQ},
    {"in de zomer", Y_OPT},
    {"rond de zomer", Y_OPT},
    {"binnen een week", Y_NONE},
    {"binnen twee weken", Y_NONE},
    {"binnen drie weken", Y_NONE},
    {"binnen vier weken", Y_NONE},
    {"binnen zes weken", Y_NONE},
    {"binnen acht weken", Y_NONE},
    {"binnen een maand", Y_NONE},
    {"binnen twee maanden", Y_NONE},
    {"binnen drie maanden", Y_NONE},
    {"binnen zes maanden", Y_NONE},
    {"binnen een jaar", Y_NONE},
    {"in het voorjaar", Y_OPT},
    {"in het najaar", Y_OPT},
    {"na de zomer", Y_OPT},
    {"na het zomerreces", Y_OPT},
    {"na het kerstreces", Y_OPT},
    {"na het herfstreces", Y_OPT},
    {"na het voorjaarsreces", Y_OPT},
    {"na het reces", Y_OPT},
    {"nog dit jaar", Y_NONE},
    {"later dit jaar", Y_NONE},
    {"dit najaar", Y_NONE},
    {"dit voorjaar", Y_NONE},
    {"komend najaar", Y_NONE},
    {"komend voorjaar", Y_NONE},
    {"begin", Y_REQ},
    {"medio", Y_REQ},
    {"eind", Y_REQ},
    {"einde", Y_REQ},
    {"uiterlijk", Y_REQ},
    {"uiterlijk", Y_DATE},
    {"voor", Y_DATE},
    {"vóór", Y_DATE},
    {"begin", Y_MONTH},
    {"medio", Y_MONTH},
    {"eind", Y_MONTH},
    {"in", Y_MONTH},
    {"half", Y_MONTH},
    {"uiterlijk", Y_MONTH},
    {"voor", Y_MONTH},
    {"in", Y_REQ},
};

/* One byte p (lower case) of a phrase at s[i]: where the text goes on
 * after it, or 0 when it does not match there (an 'o' matches the "ó" of
 * "vóór" too). */
static inline size_t match_byte(const char *s, size_t n, size_t i, char p)
{
    if (p == 'o' && i + 1 < n && (unsigned char)s[i] == 0xC3 && (unsigned char)s[i + 1] == 0xB3)
        return i + 2; /* "vóór" is "voor" */
    if (i >= n || ki_lower((unsigned char)s[i]) != (unsigned char)p)
        return 0;
    return i + 1;
}

/* Matches phrase at s[i..n) with flexible blanks; returns end or 0. */
static size_t match_phrase(const char *s, size_t n, size_t i, const char *p)
{
    for (; *p; p++) {
        if (*p == ' ') {
            size_t j = ki_skip_blank(s, n, i);
            if (j == i)
                return 0;
            i = j;
        } else if (!(i = match_byte(s, n, i, *p))) {
            return 0;
        }
    }
    if (i < n && (ki_is_letter((unsigned char)s[i]) || ki_is_digit((unsigned char)s[i])))
        return 0;
    return i;
}

/* match_phrase(s, n, i, p) for the first word of p, the pl bytes before
 * its first ' ', and that ' ' (a blank run): where the rest of p is to be
 * matched (match_phrase(s, n, returned, p + pl + 1) is then match_phrase(s,
 * n, i, p)), or 0 when p cannot match at i. */
static size_t match_first_word(const char *s, size_t n, size_t i, const char *p, size_t pl)
{
    for (const char *e = p + pl; p < e; p++)
        if (!(i = match_byte(s, n, i, *p)))
            return 0;
    size_t j = ki_skip_blank(s, n, i);
    return j == i ? 0 : j;
}

/* Tests only: whether ki_deadline_find() matches each phrase whole, as it
 * did before it remembered its first word at each place. */
static bool dl_whole;
void ki_deadline_test_whole(bool on)
{
    dl_whole = on;
}

/* The start of "drie jaar", "binnen 2 maanden", "vijf jaren" just before
 * s[i] (blanks between), or i when there is none. */
static size_t term_before(const char *s, size_t i)
{
    static const char *const units[] = {"jaar", "jaren", "maanden", "maand", "weken"};
    static const char *const counts[] = {"een", "twee", "drie", "vier", "vijf", "zes", "tien"};
    size_t ue, us = ki_word_before(s, 0, i, &ue), ce, cs;
    bool unit = false, count = false;
    for (size_t k = 0; k < sizeof units / sizeof units[0] && !unit; k++)
        unit = us < ue && match_phrase(s, ue, us, units[k]) == ue;
    if (!unit)
        return i;
    cs = ki_word_before(s, 0, us, &ce);
    if (cs == ce) { /* "2 jaar" */
        while (cs > 0 && ce - cs < 2 && ki_is_digit((unsigned char)s[cs - 1]))
            cs--;
        count = cs < ce && (cs == 0 || !ki_is_letter((unsigned char)s[cs - 1]));
    }
    for (size_t k = 0; k < sizeof counts / sizeof counts[0] && !count; k++)
        count = cs < ce && match_phrase(s, ce, cs, counts[k]) == ce;
    if (!count)
        return i;
    size_t be, bs = ki_word_before(s, 0, cs, &be); /* "binnen" belongs to it */
    return bs < be && match_phrase(s, be, bs, "binnen") == be ? bs : cs;
}

/* " van 2026", " 2026", " van dit jaar", " volgend jaar": returns the end or 0. */
static size_t match_year(const char *s, size_t n, size_t i)
{
    size_t j = ki_skip_blank(s, n, i), k;
    int y;
    if ((k = match_phrase(s, n, j, "van")))
        j = ki_skip_blank(s, n, k);
    if (j > i && digits(s, n, j, 4, &y) == 4 && y >= 1990 && y <= 2199 &&
        !(j + 4 < n && ki_is_letter((unsigned char)s[j + 4])))
        return j + 4;
    /* the year by its place: "eind dit jaar", "in het najaar van volgend jaar" */
    if (j > i && ((k = match_phrase(s, n, j, "dit jaar")) || (k = match_phrase(s, n, j, "volgend jaar"))))
        return k;
    return 0;
}

/* The end of the word at i in s[0..n): letters (a UTF-8 byte counts as one)
 * and hyphens, "Zorg", "Caribisch", "Noord-Holland"; i when none is there. */
static size_t name_word_end(const char *s, size_t n, size_t i)
{
    while (i < n && (ki_is_letter((unsigned char)s[i]) || s[i] == '-'))
        i++;
    return i;
}

/* Past the article at s[j] ("de", "het", "een", "deze", "dit") and the
 * blanks after it; j when none stands there. */
static size_t past_article(const char *s, size_t n, size_t j)
{
    static const char *const arts[] = {"de", "het", "een", "deze", "dit"};
    size_t k;
    for (size_t a = 0; a < sizeof arts / sizeof arts[0]; a++)
        if ((k = match_phrase(s, n, j, arts[a])) && ki_skip_blank(s, n, k) > k)
            return ki_skip_blank(s, n, k);
    return j;
}

/* An event named at s[i]: an article, a word and one "van" with its
 * article and word ("de NAVO-top", "publicatie van het Omnibus-voorstel",
 * "de Raad", "ontvangst"); returns its end, or 0 when no word of three
 * letters or more is there. */
static size_t event_end(const char *s, size_t n, size_t i)
{
    size_t j = past_article(s, n, i), k;
    size_t we = name_word_end(s, n, j);
    if (we - j < 3 || !ki_is_letter((unsigned char)s[j]))
        return 0;
    /* "... van het rapport": one more word after "van" */
    size_t v = ki_skip_blank(s, n, we), v2;
    if (v > we && (k = match_phrase(s, n, v, "van")) && (v2 = ki_skip_blank(s, n, k)) > k) {
        v2 = past_article(s, n, v2);
        size_t e2 = name_word_end(s, n, v2);
        if (e2 - v2 >= 2 && ki_is_letter((unsigned char)s[v2]))
            return e2;
    }
    return we;
}

/* The event a term counts from, after "binnen zes weken" at s[i]: "na de
 * NAVO-top", "na publicatie van het Omnibus-voorstel", "na verschijning van
 * het rapport", "na (de) inwerkingtreding" (its end, as the phrase "drie jaar
 * na inwerkingtreding" has it); returns the end, or 0 when no "na" with an
 * event follows. */
static size_t term_anchor(const char *s, size_t n, size_t i)
{
    size_t j = ki_skip_blank(s, n, i), k;
    if (j == i || !(k = match_phrase(s, n, j, "na")))
        return 0;
    j = ki_skip_blank(s, n, k);
    if (j == k)
        return 0;
    if ((k = match_phrase(s, n, j, "inwerkingtreding")) || (k = match_phrase(s, n, j, "de inwerkingtreding")))
        return k;
    return event_end(s, n, j);
}

/* Could match_phrase(s, n, i, p) match, as its third byte tells, when the
 * first two bytes (ASCII) have matched?  Only a phrase whose second byte
 * is a plain one (not ' ', not the 'o' that also matches "ó") has its
 * third compared at s[i + 2]; true for any other. */
static bool third_may(const char *s, size_t n, size_t i, const char *p)
{
    unsigned char p1 = (unsigned char)p[1], p2 = p1 ? (unsigned char)p[2] : 0;
    if (!p2 || p1 == ' ' || p1 == 'o')
        return true;
    if (i + 2 >= n)
        return false;
    unsigned char c = (unsigned char)s[i + 2];
    if (p2 == ' ')
        return ki_is_blank(c) || c == 0xC2;
    if (p2 == 'o' && c == 0xC3)
        return true;
    return ki_lower(c) == p2;
}

bool ki_deadline_find(const char *s, size_t n, ki_deadline *out)
{
    /* the phrases by first letter, each list in the table's order (the
     * first that matches wins): a word start tries only its letter's;
     * made once per thread */
    enum { NPHRASE = sizeof deadlines / sizeof deadlines[0] };
    _Static_assert(NPHRASE < 255, "deadlines[] is indexed by a byte");
    static _Thread_local unsigned char first[26], next[NPHRASE];
    /* bit c1 of pair[l]: a phrase of letter l, or one looked for below the
     * table's, may go on with the (lower-cased) byte c1; a word start
     * whose first two bytes none can begin is passed over at once */
    static _Thread_local unsigned char pair[26][32];
    /* the length of each phrase's first word, when a ' ' follows it (48
     * begin "voor "): at a place it is matched once for them all, the
     * rest of each phrase after it */
    static _Thread_local unsigned char word1[NPHRASE], word1_of[NPHRASE]; /* (the first phrase with that word) */
    /* ... and the second word after it, the same way (18 go on "voor de ",
     * 27 "voor het "): the length of the rest's first word when a ' '
     * follows it, and the first phrase of the same first word with it */
    static _Thread_local unsigned char word2[NPHRASE], word2_of[NPHRASE];
    static _Thread_local bool ready;
    if (!ready) {
        memset(first, 0xFF, sizeof first);
        for (size_t t = 0; t < NPHRASE; t++) {
            const char *sp = strchr(deadlines[t].phrase, ' ');
            word1[t] = sp && sp - deadlines[t].phrase < 64 ? (unsigned char)(sp - deadlines[t].phrase) : 0;
            word1_of[t] = (unsigned char)t;
            for (size_t u = 0; u < t; u++)
                if (word1[u] && word1[u] == word1[t] && memcmp(deadlines[u].phrase, deadlines[t].phrase, word1[t]) == 0) {
                    word1_of[t] = (unsigned char)u;
                    break;
                }
            const char *rest = word1[t] ? deadlines[t].phrase + word1[t] + 1 : NULL;
            const char *sp2 = rest ? strchr(rest, ' ') : NULL;
            word2[t] = sp2 && sp2 > rest && sp2 - rest < 64 ? (unsigned char)(sp2 - rest) : 0;
            word2_of[t] = (unsigned char)t;
            for (size_t u = 0; u < t && word2[t]; u++)
                if (word1_of[u] == word1_of[t] && word2[u] == word2[t] &&
                    memcmp(deadlines[u].phrase + word1[u] + 1, rest, word2[t]) == 0) {
                    word2_of[t] = (unsigned char)u;
                    break;
                }
        }
        for (size_t t = NPHRASE; t-- > 0;) {
            int l = deadlines[t].phrase[0] - 'a';
            next[t] = first[l];
            first[l] = (unsigned char)t;
            unsigned char p1 = (unsigned char)deadlines[t].phrase[1];
            if (p1 == ' ' || p1 == '\0')
                memset(pair[l], 0xFF, sizeof pair[l]);
            pair[l][p1 >> 3] |= (unsigned char)(1u << (p1 & 7));
            if (p1 == 'o') /* "vóór" is "voor" */
                pair[l][0xC3 >> 3] |= (unsigned char)(1u << (0xC3 & 7));
        }
        /* "uiterlijk", "deadline", "voorafgaand aan", "voor het", "na
         * inwerkingtreding", "binnen" (and "vóór het") */
        static const char *const own[] = {"ui", "de", "vo", "v\xC3", "na", "bi", "in"};
        for (size_t k = 0; k < sizeof own / sizeof own[0]; k++) {
            unsigned char p1 = (unsigned char)own[k][1];
            pair[own[k][0] - 'a'][p1 >> 3] |= (unsigned char)(1u << (p1 & 7));
        }
        ready = true;
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (ki_is_letter((unsigned char)s[i - 1]) || ki_is_digit((unsigned char)s[i - 1])))
            continue;
        int c = ki_lower((unsigned char)s[i]);
        if (c < 'a' || c > 'z' || first[c - 'a'] == 0xFF)
            continue; /* no phrase starts so ("uiterlijk", "deadline" included) */
        if (i + 1 < n) {
            unsigned c1 = (unsigned)ki_lower((unsigned char)s[i + 1]);
            if (!(pair[c - 'a'][c1 >> 3] & (1u << (c1 & 7))))
                continue;
        }
        /* "uiterlijk in mei 2026", "uiterlijk voor de zomer": "uiterlijk"
         * and the phrase after it, as written */
        size_t u, w;
        if (c == 'u' && (u = match_phrase(s, n, i, "uiterlijk")) && (w = ki_skip_blank(s, n, u)) > u) {
            ki_deadline inner;
            if (ki_deadline_find(s + w, n - w > 80 ? 80 : n - w, &inner) && inner.start == 0) {
                out->start = i;
                out->end = w + inner.end;
                return true;
            }
        }
        /* a register's label: "Deadline 1 juli 2026", "Deadline | 1 juli
         * 2026 |", "de deadline wordt verplaatst naar 1 november 2016", "de
         * deadline te verschuiven naar 1 juli 2022": the date after it */
        if (c == 'd' && (u = match_phrase(s, n, i, "deadline"))) {
            size_t j = u, k;
            for (int g = 0; g < 6; g++) {
                while (j < n && (ki_is_blank((unsigned char)s[j]) || s[j] == ':' || s[j] == '|'))
                    j++;
                if ((k = match_phrase(s, n, j, "is")) || (k = match_phrase(s, n, j, "wordt")) ||
                    (k = match_phrase(s, n, j, "verplaatst")) || (k = match_phrase(s, n, j, "naar")) ||
                    (k = match_phrase(s, n, j, "te verschuiven")) || (k = match_phrase(s, n, j, "verschoven")) ||
                    (k = match_phrase(s, n, j, "te verplaatsen")) ||
                    (k = match_phrase(s, n, j, "gesteld")) || (k = match_phrase(s, n, j, "op")))
                    j = k;
                else
                    break;
            }
            ki_date d;
            size_t dlen = j - u < 60 ? ki_date_parse(s + j, n - j, false, &d) : 0;
            if (dlen && d.year) {
                out->start = j;
                out->end = j + dlen;
                return true;
            }
        }
        /* an event: "voorafgaand aan het Wetgevingsoverleg over X op 20 juni",
         * "voorafgaand aan Verantwoordingsdag": up to its date, or the name */
        if (c == 'v' && (u = match_phrase(s, n, i, "voorafgaand aan")) && (w = ki_skip_blank(s, n, u)) > u) {
            size_t lim = w + 120 < n ? w + 120 : n, e = w;
            while (e < lim && s[e] != '.' && s[e] != ';' && s[e] != '\n')
                e++;
            ki_date d;
            if (ki_date_find(s + w, e - w, &d) && d.start < 100) {
                out->start = i;
                out->end = w + d.end;
                /* "(16 mei)": the bracket closed too */
                if (out->end < n && s[out->end] == ')' && memchr(s + w, '(', d.start))
                    out->end++;
                return true;
            }
            /* (after its article too: "voorafgaand aan deze Raad") */
            size_t wa = past_article(s, n, w);
            if (wa < n && s[wa] >= 'A' && s[wa] <= 'Z') {
                size_t k = wa;
                while (k < n && ki_is_letter((unsigned char)s[k]))
                    k++;
                out->start = i;
                out->end = k;
                return true;
            }
        }
        /* a debate to come: "voor het wetgevingsoverleg Jeugd", "voor het
         * commissiedebat Water", "vóór het WGO Jeugd": the kind and its name
         * in capitals (its date, when one follows, is part of it) */
        if (c == 'v' && ((u = match_phrase(s, n, i, "voor het")) || (u = match_phrase(s, n, i, "voor de")))) {
            static const char *const debates[] = {"wetgevingsoverleg", "commissiedebat", "notaoverleg",
                                                  "algemeen overleg", "plenaire debat", "plenaire behandeling",
                                                  "europese raad", "raad", "behandeling van het", "wgo", "ao",
                                                  "cd", "no"};
            w = ki_skip_blank(s, n, u);
            for (size_t x = 0; x < sizeof debates / sizeof debates[0]; x++) {
                size_t k = match_phrase(s, n, w, debates[x]);
                if (!k || (k - w <= 3 && !(s[w] >= 'A' && s[w] <= 'Z' && s[w + 1] >= 'A' && s[w + 1] <= 'Z')))
                    continue; /* "WGO" in capitals only */
                /* a Raad of the EU only by its name or its month ("vóór de
                 * Raad Buitenlandse Zaken van januari"), not "de Raad van State" */
                bool raad = strcmp(debates[x], "raad") == 0;
                if (raad && s[w] != 'R')
                    continue;
                size_t e = k, m;
                for (int g = 0; g < 4; g++) { /* "Jeugd", "Zorg en Sport" */
                    size_t j = ki_skip_blank(s, n, e);
                    if (j == e || j >= n || s[e] == '\n')
                        break;
                    if (g > 0 && (m = match_phrase(s, n, j, "en")) && (m = ki_skip_blank(s, n, m)) < n &&
                        s[m] >= 'A' && s[m] <= 'Z')
                        j = m; /* "Zorg en Sport" */
                    if (!(s[j] >= 'A' && s[j] <= 'Z')) {
                        /* an inflected adjective takes its noun: "Justitiële
                         * jeugd", "Acute zorg" (not a verb: "Politie
                         * informeren", nor "over", "een") */
                        static const char *const fn[] = {"een", "het", "over", "voor", "met", "van", "aan",
                                                         "die", "dat", "uit", "nog", "ook", "niet", "zal",
                                                         "wordt", "heeft"};
                        size_t we = name_word_end(s, n, j);
                        bool noun = g > 0 && s[e - 1] == 'e' && s[j] >= 'a' && s[j] <= 'z' && we - j >= 3 &&
                                    !(s[we - 1] == 'n' && s[we - 2] == 'e');
                        for (size_t f = 0; noun && f < sizeof fn / sizeof fn[0]; f++)
                            noun = !(strlen(fn[f]) == we - j && memcmp(fn[f], s + j, we - j) == 0);
                        if (noun)
                            e = we;
                        break;
                    }
                    e = name_word_end(s, n, j);
                }
                /* "voor de behandeling van het Belastingplan 2027": a bill by
                 * its name (and year), never "van het wetsvoorstel" alone */
                if (strcmp(debates[x], "behandeling van het") == 0) {
                    if (e == k)
                        continue;
                    size_t y = match_year(s, n, e);
                    if (y)
                        e = y;
                }
                /* "voor de Europese Raad van maart", "... van 17 en 18 december" */
                if ((m = match_phrase(s, n, ki_skip_blank(s, n, e), "van"))) {
                    size_t j2 = ki_skip_blank(s, n, m);
                    ki_date d2;
                    if (ki_date_find(s + j2, n - j2 < 40 ? n - j2 : 40, &d2) &&
                        (d2.start == 0 || (d2.start < 10 && ki_is_digit((unsigned char)s[j2]))))
                        e = j2 + d2.end;
                    else {
                        for (size_t x2 = 0; x2 < sizeof months / sizeof months[0]; x2++)
                            if ((m = match_phrase(s, n, j2, months[x2].name))) {
                                size_t y2 = match_year(s, n, m); /* "van maart 2027" */
                                e = y2 ? y2 : m;
                                break;
                            }
                        /* "voor het commissiedebat Spoor van het voorjaar" */
                        static const char *const seasons[] = {"het voorjaar", "het najaar", "de zomer", "de herfst",
                                                              "de winter"};
                        for (size_t x2 = 0; x2 < sizeof seasons / sizeof seasons[0] && e < j2; x2++)
                            if ((m = match_phrase(s, n, j2, seasons[x2]))) {
                                size_t y2 = match_year(s, n, m);
                                e = y2 ? y2 : m;
                            }
                    }
                }
                if (raad && e == k)
                    continue; /* "voor de Raad" alone, "voor de Raad van State" */
                /* "voor de plenaire behandeling van dit wetsvoorstel" */
                static const char *const bills[] = {"van dit wetsvoorstel", "van het wetsvoorstel",
                                                    "van dit voorstel", "van het voorstel", "van deze wet"};
                size_t j = ki_skip_blank(s, n, e);
                for (size_t b = 0; b < sizeof bills / sizeof bills[0] && j > e; b++)
                    if ((m = match_phrase(s, n, j, bills[b]))) {
                        e = m;
                        break;
                    }
                out->start = i;
                out->end = e;
                return true;
            }
            /* a Raad of the EU by its short name and month: "voor de EPSCO van
             * maart 2026", "voor de Ecofinraad van maart", "vóór de JBZ-Raad van
             * juni" (a word in capitals, or one that ends "raad"; the month
             * makes it a meeting) */
            {
                size_t j = w, we = name_word_end(s, n, j), m;
                bool caps = we - j >= 3;
                for (size_t q = j; q < we && caps; q++)
                    caps = (s[q] >= 'A' && s[q] <= 'Z') || s[q] == '-';
                bool council = we - j >= 6 && s[j] >= 'A' && s[j] <= 'Z' && strncasecmp(s + we - 4, "raad", 4) == 0;
                if ((caps || council) && (m = match_phrase(s, n, ki_skip_blank(s, n, we), "van"))) {
                    size_t j2 = ki_skip_blank(s, n, m);
                    for (size_t x2 = 0; x2 < sizeof months / sizeof months[0]; x2++)
                        if ((m = match_phrase(s, n, j2, months[x2].name))) {
                            size_t y2 = match_year(s, n, m);
                            out->start = i;
                            out->end = y2 ? y2 : m;
                            return true;
                        }
                }
            }
        }
        /* the next report of a series: "in de volgende voortgangsbrief
         * Jeugd", "bij de eerstvolgende voortgangsrapportage": up to its
         * name in capitals */
        if ((c == 'i' || c == 'b') && ((u = match_phrase(s, n, i, "in de volgende")) ||
                                       (u = match_phrase(s, n, i, "in de eerstvolgende")) ||
                                       (u = match_phrase(s, n, i, "bij de volgende")) ||
                                       (u = match_phrase(s, n, i, "bij de eerstvolgende")))) {
            w = ki_skip_blank(s, n, u);
            size_t k = name_word_end(s, n, w);
            static const char *const reports[] = {"brief", "rapportage", "verslag", "monitor", "nota", "overzicht"};
            bool report = false;
            for (size_t x = 0; x < sizeof reports / sizeof reports[0] && !report && k > w; x++) {
                size_t rl = strlen(reports[x]);
                report = k - w >= rl && strncasecmp(s + k - rl, reports[x], rl) == 0;
            }
            if (report) {
                size_t e = k, j;
                for (int g = 0; g < 3; g++) { /* "Jeugd", "Caribisch Nederland" */
                    j = ki_skip_blank(s, n, e);
                    if (j == e || j >= n || s[e] == '\n' || !(s[j] >= 'A' && s[j] <= 'Z'))
                        break;
                    e = name_word_end(s, n, j);
                }
                /* (its own time said with it wins: "in de volgende
                 * voortgangsrapportage, die u rond de zomer ontvangt", also
                 * after what it is about: "in de eerstvolgende
                 * voortgangsbrief over Caribisch Nederland, die ik voor de
                 * zomer van 2025 verstuur") */
                size_t d0 = ki_skip_blank(s, n, e), e2 = e;
                if (match_phrase(s, n, d0, "over")) {
                    size_t q = d0;
                    for (int g = 0; g < 8 && q < n && s[q] != ',' && s[q] != '.' && s[q] != ';'; g++) {
                        q = ki_skip_blank(s, n, q);
                        size_t qe = name_word_end(s, n, q);
                        if (qe == q)
                            break;
                        q = qe;
                    }
                    if (q < n && s[q] == ',')
                        e2 = q;
                }
                size_t d = e2 < n && s[e2] == ',' ? ki_skip_blank(s, n, e2 + 1) : ki_skip_blank(s, n, e2);
                ki_deadline later;
                if (!(match_phrase(s, n, d, "die") &&
                      ki_deadline_find(s + d, n - d > 60 ? 60 : n - d, &later))) {
                    out->start = i;
                    out->end = e;
                    return true;
                }
            }
        }
        /* right after an event: "na afloop van de Raad", "direct na
         * ontvangst", "meteen na de stemmingen": the event with it */
        if ((c == 'n' && (u = match_phrase(s, n, i, "na afloop van"))) ||
            (c == 'd' && (u = match_phrase(s, n, i, "direct na"))) ||
            (c == 'm' && (u = match_phrase(s, n, i, "meteen na")))) {
            size_t j = ki_skip_blank(s, n, u), e;
            if (j > u && (e = event_end(s, n, j))) {
                out->start = i;
                out->end = e;
                return true;
            }
        }
        /* a term after the law takes effect: "drie jaar na inwerkingtreding",
         * "binnen 2 jaar na de inwerkingtreding van deze wet": from the
         * count before "na" */
        if (c == 'n' && i > 0 && ((u = match_phrase(s, n, i, "na inwerkingtreding")) ||
                                  (u = match_phrase(s, n, i, "na de inwerkingtreding")))) {
            size_t b = term_before(s, i);
            if (b < i) {
                out->start = b;
                out->end = u;
                return true;
            }
        }
        /* a step still to be finished: "na afronding van die verkenning",
         * "na afronding van het onderzoek, naar verwachting ...": the
         * phrase and the noun after it, up to four words and no further
         * than a stop or a word that starts a new part */
        if (c == 'n' && (u = match_phrase(s, n, i, "na afronding van"))) {
            static const char *const stop[] = {"en", "in", "op", "met", "naar", "om", "te", "dat", "zodat", "voor",
                                               "waarna", "die", "dan"};
            size_t j = ki_skip_blank(s, n, u), e = u;
            for (int k = 0; k < 4 && j < n; k++) {
                size_t we = name_word_end(s, n, j);
                if (we == j)
                    break;
                bool stops = false; /* a word that starts a new part */
                for (size_t q = 0; q < sizeof stop / sizeof stop[0] && !stops; q++)
                    stops = k > 0 && we - j == strlen(stop[q]) && memcmp(s + j, stop[q], we - j) == 0;
                if (stops)
                    break;
                e = we;
                if (we >= n || !ki_is_blank((unsigned char)s[we]))
                    break;
                j = ki_skip_blank(s, n, we);
            }
            if (e > u) {
                out->start = i;
                out->end = e;
                return true;
            }
        }
        /* a term in figures: "binnen 4 weken", "binnen 2 à 3 weken" (in words,
         * "binnen twee weken", the table below) */
        if (c == 'b' && (u = match_phrase(s, n, i, "binnen")) && (w = ki_skip_blank(s, n, u)) > u) {
            static const char *const units[] = {"werkdagen", "dagen", "weken", "maanden"};
            size_t j = w, k = 0;
            for (int g = 0; g < 2; g++) {
                size_t d0 = j;
                while (j < n && j - d0 < 2 && ki_is_digit((unsigned char)s[j]))
                    j++;
                if (j == d0)
                    break;
                j = ki_skip_blank(s, n, j);
                /* "2 à 3", "2 tot 3", "2-3" */
                if (g == 0 && j + 2 < n && (unsigned char)s[j] == 0xC3 && (unsigned char)s[j + 1] == 0xA0)
                    j = ki_skip_blank(s, n, j + 2);
                else if (g == 0 && (k = match_phrase(s, n, j, "tot")))
                    j = ki_skip_blank(s, n, k);
                else if (g == 0 && j < n && s[j] == '-')
                    j = ki_skip_blank(s, n, j + 1);
                else
                    break;
            }
            for (size_t x = 0; j > w && x < sizeof units / sizeof units[0]; x++)
                if ((k = match_phrase(s, n, j, units[x]))) {
                    /* "binnen 3 maanden na inwerkingtreding", "... na ontvangst" */
                    size_t a = term_anchor(s, n, k);
                    if (!a && match_phrase(s, n, ki_skip_blank(s, n, k), "na"))
                        break;
                    out->start = i;
                    out->end = a ? a : k;
                    return true;
                }
        }
        /* the byte after the first letter, as match_phrase() would test it:
         * a phrase whose second byte it cannot be is passed over */
        int c1 = i + 1 < n ? ki_lower((unsigned char)s[i + 1]) : -1;
        /* the last first word matched here (as word1_of[] names it) and
         * where its phrases go on (w1at), or 0 */
        size_t w1 = NPHRASE, w1at = 0, w2 = NPHRASE, w2at = 0;
        for (size_t t = first[c - 'a']; t != 0xFF; t = next[t]) {
            unsigned char p1 = (unsigned char)deadlines[t].phrase[1];
            if (p1 != ' ' && p1 != '\0' && c1 != p1 && !(p1 == 'o' && c1 == 0xC3))
                continue;
            if (!third_may(s, n, i, deadlines[t].phrase))
                continue;
            const char *ph = deadlines[t].phrase;
            size_t e, l1 = word1[t];
            if (!l1 || dl_whole) {
                e = match_phrase(s, n, i, ph);
            } else {
                if (w1 != word1_of[t]) {
                    w1 = word1_of[t];
                    w1at = match_first_word(s, n, i, ph, l1);
                    w2 = NPHRASE;
                }
                size_t l2 = word2[t];
                if (!w1at) {
                    e = 0;
                } else if (!l2) {
                    e = match_phrase(s, n, w1at, ph + l1 + 1);
                } else {
                    if (w2 != word2_of[t]) {
                        w2 = word2_of[t];
                        w2at = match_first_word(s, n, w1at, ph + l1 + 1, l2);
                    }
                    e = w2at ? match_phrase(s, n, w2at, ph + l1 + 1 + l2 + 1) : 0;
                }
            }
            if (!e)
                continue;
            size_t y;
            ki_date d;
            switch (deadlines[t].year) {
            case Y_NONE:
                /* "binnen zes weken na de NAVO-top": the event it counts from */
                if (c == 'b' && (y = term_anchor(s, n, e)))
                    e = y;
                break;
            case Y_OPT:
                if ((y = match_year(s, n, e)))
                    e = y;
                /* "voor de behandeling van de begroting van VRO", "... van
                 * IenW", "voor de begrotingsbehandeling SZW 2027": the
                 * budget's ministry, by its abbreviation, and its year */
                else if ((e >= 9 && memcmp(s + e - 9, "begroting", 9) == 0) ||
                         (e >= 21 && memcmp(s + e - 21, "begrotingsbehandeling", 21) == 0)) {
                    if (!(y = match_phrase(s, n, e, " van")))
                        y = e;
                    size_t vw = ki_skip_blank(s, n, y), we = vw;
                    int caps = 0;
                    for (; we < n && ki_is_letter((unsigned char)s[we]); we++)
                        caps += s[we] >= 'A' && s[we] <= 'Z';
                    if (caps >= 2 && we - vw <= 8) /* "VRO", "IenW", "OCW" */
                        e = (y = match_year(s, n, we)) ? y : we;
                }
                break;
            case Y_REQ:
                if (!(y = match_year(s, n, e)))
                    continue;
                if (strcmp(ph, "in") == 0 && !ki_is_digit((unsigned char)s[y - 1]))
                    continue; /* "in 2027", not "in dit jaar" */
                e = y;
                break;
            case Y_DATE: {
                size_t j = ki_skip_blank(s, n, e);
                if (j == e || !ki_date_parse(s + j, n - j, false, &d))
                    continue;
                e = j + d.end;
                /* "vóór 1 juli a.s.", "voor 1 september aanstaande" */
                j = ki_skip_blank(s, n, e);
                if (j > e && ((y = match_phrase(s, n, j, "a.s.")) || (y = match_phrase(s, n, j, "aanstaande"))))
                    e = y;
                break;
            }
            case Y_MONTH: {
                /* "in maart 2026", "eind juni" (not "in mei3") */
                size_t j = ki_skip_blank(s, n, e), ml;
                if (j == e || !ki_month_parse(s + j, n - j, &ml) ||
                    (j + ml < n && ki_is_digit((unsigned char)s[j + ml])))
                    continue;
                e = j + ml;
                if ((y = match_year(s, n, e)))
                    e = y;
                break;
            }
            }
            out->start = i;
            out->end = e;
            return true;
        }
    }
    return false;
}
