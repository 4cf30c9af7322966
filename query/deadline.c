/*
 * deadline.c - deadline phrases -> dates (rules in deadline.h).
 *
 * The phrase is cut into lower-case words and numbers; each rule looks for
 * its words anywhere in the phrase, most specific first (an explicit day
 * beats "voor de zomer", which beats a bare year).
 */
#include "deadline.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../ingest/dates.h"

#define MAX_WORDS 40

typedef struct words {
    char w[MAX_WORDS][24];
    size_t n;
} words;

static void split(const char *s, words *ws)
{
    ws->n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && ws->n < MAX_WORDS) {
        if (isalnum(*p) || *p >= 0x80) {
            bool digits = isdigit(*p) != 0;
            size_t k = 0;
            char *w = ws->w[ws->n];
            /* words: letters and UTF-8 bytes (vóór); numbers: digits, and
             * "1e"/"2e" ordinals keep their letter. */
            while (*p && (digits ? isdigit(*p) || (*p == '-' && isdigit(p[1]))
                                 : (isalpha(*p) || *p >= 0x80))) {
                if (k + 1 < sizeof ws->w[0])
                    w[k++] = (char)tolower(*p);
                p++;
            }
            if (digits && (*p == 'e' || *p == 'E') && !isalpha(p[1]) && k + 1 < sizeof ws->w[0]) {
                w[k++] = 'e';
                p++;
            }
            w[k] = '\0';
            ws->n++;
        } else {
            p++;
        }
    }
}

static int find(const words *ws, const char *w)
{
    for (size_t i = 0; i < ws->n; i++)
        if (strcmp(ws->w[i], w) == 0)
            return (int)i;
    return -1;
}

/* The first word starting with prefix. */
static int find_prefix(const words *ws, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < ws->n; i++)
        if (strncmp(ws->w[i], prefix, n) == 0)
            return (int)i;
    return -1;
}

static bool is_num(const char *w)
{
    if (!*w)
        return false;
    for (; *w; w++)
        if (!isdigit((unsigned char)*w))
            return false;
    return true;
}

/* The month of a whole word w ("oktober", "okt"), else 0; the names are
 * those of the detector's date parser. */
static int month_of(const char *w)
{
    size_t len = 0, n = strlen(w);
    int m = ki_month_parse(w, n, &len);
    return m && len == n ? m : 0;
}

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int mdays(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* Days since 1970-01-01 (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Weekday of a date, 0 = Monday. */
static int weekday(int y, int m, int d)
{
    long z = days_from_civil(y, m, d);
    return (int)(((z % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
}

/* The nth (1-based) weekday wd (0 = Monday) of month m. */
static int nth_weekday(int y, int m, int wd, int nth)
{
    int first = weekday(y, m, 1);
    return 1 + (wd - first + 7) % 7 + 7 * (nth - 1);
}

static bool parse_ymd(const char *s, int *y, int *m, int *d)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return false;
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    return *y >= 1800 && *y <= 2200 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= mdays(*y, *m);
}

int ki_date_valid(const char *s)
{
    int y, m, d;
    return parse_ymd(s, &y, &m, &d);
}

void ki_today(char out[11])
{
    const char *env = getenv("KAMERINDEX_TODAY");
    if (env && ki_date_valid(env)) {
        memcpy(out, env, 10);
        out[10] = '\0';
        return;
    }
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)(tm.tm_year + 1900) % 10000u,
             (unsigned)(tm.tm_mon + 1) % 100u, (unsigned)tm.tm_mday % 100u);
}

static const char *const number_words[] = {
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf",
};

static int count_of(const char *w)
{
    if (is_num(w))
        return atoi(w);
    if (strcmp(w, "één") == 0)
        return 1;
    for (int i = 0; i < (int)(sizeof number_words / sizeof number_words[0]); i++)
        if (strcmp(w, number_words[i]) == 0)
            return i;
    return -1;
}

/* A written year (1900..2199), or "dit/volgend jaar" counted from made;
 * 0 when the phrase gives none. */
static int year_of(const words *ws, int made_y)
{
    for (size_t i = 0; i < ws->n; i++) {
        const char *w = ws->w[i];
        if (is_num(w) && strlen(w) == 4) {
            int y = atoi(w);
            if (y >= 1900 && y < 2200)
                return y;
        }
    }
    int j = find(ws, "jaar");
    if (j < 0)
        j = find(ws, "kalenderjaar");
    if (j > 0 && made_y) {
        const char *before = ws->w[j - 1];
        if (strcmp(before, "volgend") == 0 || strcmp(before, "volgende") == 0 ||
            strcmp(before, "komend") == 0 || strcmp(before, "komende") == 0)
            return made_y + 1;
        if (strcmp(before, "dit") == 0 || strcmp(before, "het") == 0 || strcmp(before, "lopend") == 0 ||
            strcmp(before, "lopende") == 0 || strcmp(before, "huidige") == 0)
            return made_y;
    }
    return 0;
}

typedef struct when {
    int m, d;       /* month and day; d == 0 means the month's last day */
    bool year_only; /* the rule fixes the day within the year */
} when;

/* The day rules that need a year; false when none applies. */
static bool day_rule(const words *ws, when *w, int *special)
{
    int i;
    *special = 0;
    /* "15 maart", "vóór 1 juli 2026" */
    for (size_t k = 0; k + 1 < ws->n; k++) {
        int mo = month_of(ws->w[k + 1]);
        if (mo && is_num(ws->w[k]) && strlen(ws->w[k]) <= 2) {
            int d = atoi(ws->w[k]);
            if (d >= 1 && d <= 31) {
                w->m = mo;
                w->d = d;
                return true;
            }
        }
    }
    if (find_prefix(ws, "prinsjesdag") >= 0 || find_prefix(ws, "miljoenennota") >= 0) {
        *special = 1;
        return true;
    }
    if (find_prefix(ws, "verantwoordingsdag") >= 0) {
        *special = 2;
        return true;
    }
    if (find_prefix(ws, "voorjaarsnota") >= 0) {
        w->m = 6;
        w->d = 1;
        return true;
    }
    /* kwartaal */
    if ((i = find(ws, "kwartaal")) >= 0) {
        static const char *const ord[4][2] = {
            {"eerste", "1e"}, {"tweede", "2e"}, {"derde", "3e"}, {"vierde", "4e"}};
        for (int q = 0; q < 4; q++)
            for (int k = 0; k < i; k++)
                if (strcmp(ws->w[k], ord[q][0]) == 0 || strcmp(ws->w[k], ord[q][1]) == 0) {
                    w->m = 3 * (q + 1);
                    w->d = 0;
                    return true;
                }
        if (i > 0 && strcmp(ws->w[i - 1], "laatste") == 0) {
            w->m = 12;
            w->d = 31;
            return true;
        }
    }
    for (size_t k = 0; k + 1 < ws->n; k++)
        if (strcmp(ws->w[k], "q") == 0 && strlen(ws->w[k + 1]) == 1 && ws->w[k + 1][0] >= '1' &&
            ws->w[k + 1][0] <= '4') {
            w->m = 3 * (ws->w[k + 1][0] - '0');
            w->d = 0;
            return true;
        }
    if ((i = find(ws, "helft")) > 0) {
        if (strcmp(ws->w[i - 1], "eerste") == 0) {
            w->m = 6;
            w->d = 30;
            return true;
        }
        if (strcmp(ws->w[i - 1], "tweede") == 0 || strcmp(ws->w[i - 1], "laatste") == 0) {
            w->m = 12;
            w->d = 31;
            return true;
        }
    }
    /* seasons and recesses */
    if ((i = find_prefix(ws, "zomer")) >= 0) {
        bool after = i > 0 && (strcmp(ws->w[i - 1], "na") == 0 ||
                               (i > 1 && strcmp(ws->w[i - 2], "na") == 0));
        w->m = after ? 9 : 7;
        w->d = after ? 30 : 1;
        return true;
    }
    if (find_prefix(ws, "voorjaar") >= 0) {
        w->m = 5;
        w->d = 31;
        return true;
    }
    if (find_prefix(ws, "najaar") >= 0 || find_prefix(ws, "herfst") >= 0) {
        w->m = 11;
        w->d = 30;
        return true;
    }
    if (find_prefix(ws, "kerst") >= 0) {
        w->m = 12;
        w->d = 20;
        return true;
    }
    if (find_prefix(ws, "winter") >= 0) {
        w->m = 2;
        w->d = 0;
        return true;
    }
    /* months: "begin maart", "medio maart", "eind maart", "in maart", "voor maart" */
    for (size_t k = 0; k < ws->n; k++) {
        int mo = month_of(ws->w[k]);
        if (!mo)
            continue;
        const char *before = k > 0 ? ws->w[k - 1] : "";
        w->m = mo;
        if (strcmp(before, "begin") == 0 || strcmp(before, "eerste") == 0)
            w->d = 10;
        else if (strcmp(before, "medio") == 0 || strcmp(before, "half") == 0 ||
                 strcmp(before, "midden") == 0)
            w->d = 15;
        else if (strcmp(before, "voor") == 0 || strcmp(before, "vóór") == 0)
            w->d = 1;
        else
            w->d = 0;
        return true;
    }
    /* whole years: "begin 2026", "medio 2026", "eind 2025", "einde van het jaar" */
    if (find(ws, "begin") >= 0 || find_prefix(ws, "aanvang") >= 0) {
        w->m = 3;
        w->d = 31;
        return true;
    }
    if (find(ws, "medio") >= 0 || find(ws, "midden") >= 0 || find(ws, "halverwege") >= 0) {
        w->m = 6;
        w->d = 30;
        return true;
    }
    if (find(ws, "eind") >= 0 || find(ws, "einde") >= 0 || find_prefix(ws, "jaareinde") >= 0 ||
        find(ws, "jaar") >= 0 || find(ws, "kalenderjaar") >= 0 || find(ws, "in") >= 0 ||
        find(ws, "uiterlijk") >= 0 || find(ws, "loop") >= 0 || find(ws, "voor") >= 0 ||
        find(ws, "vóór") >= 0 || ws->n == 1) {
        w->m = 12;
        w->d = 31;
        w->year_only = true;
        return true;
    }
    return false;
}

ki_status ki_deadline_resolve(const char *phrase, const char *made, char out[11])
{
    words ws;
    int my = 0, mm = 0, md = 0;
    out[0] = '\0';
    if (!phrase)
        return KI_ERR_NOT_FOUND;
    if (!parse_ymd(made, &my, &mm, &md))
        my = mm = md = 0;

    split(phrase, &ws);

    /* ISO and Dutch numeric dates: 2026-03-15, 15-03-2026 */
    for (size_t k = 0; k < ws.n; k++) {
        int y, m, d;
        const char *w = ws.w[k];
        if (strlen(w) == 10 && parse_ymd(w, &y, &m, &d)) {
            snprintf(out, 11, "%s", w);
            return KI_OK;
        }
        if (strlen(w) == 10 && w[2] == '-' && w[5] == '-') {
            char iso[11];
            snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", w + 6, w + 3, w);
            if (parse_ymd(iso, &y, &m, &d)) {
                snprintf(out, 11, "%s", iso);
                return KI_OK;
            }
        }
    }

    /* "binnen drie weken", "binnen 2 maanden" */
    int b = find(&ws, "binnen");
    if (b >= 0 && (size_t)b + 1 < ws.n) {
        size_t k = (size_t)b + 1;
        int n = count_of(ws.w[k]);
        if (n < 0 && (strcmp(ws.w[k], "een") == 0 || strcmp(ws.w[k], "enkele") == 0))
            n = 1;
        const char *unit = k + 1 < ws.n ? ws.w[k + 1] : "";
        if (n < 0) { /* "binnen een maand": count_of knows "een" */
            n = 1;
            unit = ws.w[k];
        }
        if (!my)
            return KI_ERR_NOT_FOUND;
        long z = days_from_civil(my, mm, md);
        if (strncmp(unit, "dag", 3) == 0 || strncmp(unit, "werkdag", 7) == 0) {
            z += n;
        } else if (strncmp(unit, "week", 4) == 0 || strncmp(unit, "weken", 5) == 0) {
            z += 7L * n;
        } else if (strncmp(unit, "maand", 5) == 0) {
            int y = my, m = mm + n;
            y += (m - 1) / 12;
            m = (m - 1) % 12 + 1;
            int d = md > mdays(y, m) ? mdays(y, m) : md;
            z = days_from_civil(y, m, d);
        } else if (strncmp(unit, "jaar", 4) == 0) {
            int d = (mm == 2 && md == 29) ? 28 : md;
            z = days_from_civil(my + n, mm, d);
        } else {
            return KI_ERR_NOT_FOUND;
        }
        int y, m, d;
        civil_from_days(z, &y, &m, &d);
        snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
                 (unsigned)d % 100u);
        return KI_OK;
    }

    when w = {0, 0, false};
    int special;
    int year = year_of(&ws, my);
    if (!day_rule(&ws, &w, &special))
        return KI_ERR_NOT_FOUND;
    if (w.year_only && !year)
        return KI_ERR_NOT_FOUND; /* "zo snel mogelijk", "voor het debat" */
    bool rolled = false;
    if (!year) {
        if (!my)
            return KI_ERR_NOT_FOUND;
        year = my;
        rolled = true;
    }
    for (;;) {
        int m = w.m, d = w.d;
        if (special == 1) {
            m = 9;
            d = nth_weekday(year, 9, 1, 3);
        } else if (special == 2) {
            m = 5;
            d = nth_weekday(year, 5, 2, 3);
        }
        if (d == 0 || d > mdays(year, m))
            d = mdays(year, m);
        if (rolled && my && days_from_civil(year, m, d) < days_from_civil(my, mm, md)) {
            year++;
            rolled = false;
            continue;
        }
        snprintf(out, 11, "%04u-%02u-%02u", (unsigned)year % 10000u, (unsigned)m % 100u,
                 (unsigned)d % 100u);
        return KI_OK;
    }
}
