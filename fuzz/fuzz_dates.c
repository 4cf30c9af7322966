/*
 * fuzz_dates.c - libFuzzer target: the date and deadline resolver (dates.h).
 *
 * The input is handed over as an exact-size buffer without a NUL, so that a
 * read past s[n) is an AddressSanitizer report.  Checked promises: spans lie
 * inside the text; months are 1..12 and days 1..31; a resolved date is a
 * real calendar date (checked here independently, leap years included),
 * keeps the year the text gave, and for a date without a year is not after
 * the reference date; ki_date_valid_iso agrees with an independent check.
 *
 * fuzz-needs: ki_date_find ki_date_parse ki_date_resolve ki_date_valid_iso ki_month_parse ki_deadline_find
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/fuzz_util.h"
#include "ingest/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

/* An independent "YYYY-MM-DD" check, with dates.c's floor of 1800. */
static int iso_ok(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    return y >= 1800 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static void check_date(const ki_date *d, size_t n, const char *ref)
{
    FUZZ_CHECK(d->start <= d->end && d->end <= n);
    FUZZ_CHECK(d->month >= 1 && d->month <= 12);
    FUZZ_CHECK(d->day >= 1 && d->day <= 31);
    FUZZ_CHECK(d->year >= 0);
    char out[11];
    memset(out, 'x', sizeof out);
    if (ki_date_resolve(d, ref, out)) {
        FUZZ_CHECK(iso_ok(out));
        FUZZ_CHECK(ki_date_valid_iso(out));
        if (d->year)
            FUZZ_CHECK(atoi(out) == d->year);
        else if (ref)
            FUZZ_CHECK(strcmp(out, ref) <= 0);
    } else {
        FUZZ_CHECK(out[0] == '\0');
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const refs[] = {NULL, "2025-01-10", "2024-02-29", "2000-12-31"};
    if (size == 0)
        return 0;
    const char *ref = refs[data[0] % 4];
    bool short_ok = data[0] & 4;
    data++;
    size--;

    char *s = malloc(size ? size : 1); /* exact size: no NUL after it */
    if (!s)
        return 0;
    memcpy(s, data, size);

    ki_date d;
    if (ki_date_find(s, size, &d))
        check_date(&d, size, ref);
    size_t used = ki_date_parse(s, size, short_ok, &d);
    FUZZ_CHECK(used <= size);
    if (used)
        check_date(&d, size, ref);
    size_t len = 0;
    int m = ki_month_parse(s, size, &len);
    FUZZ_CHECK(m >= 0 && m <= 12);
    if (m)
        FUZZ_CHECK(len > 0 && len <= size);
    ki_deadline dl;
    if (ki_deadline_find(s, size, &dl))
        FUZZ_CHECK(dl.start <= dl.end && dl.end <= size);

    char *z = malloc(size + 1);
    if (z) {
        memcpy(z, s, size);
        z[size] = '\0';
        FUZZ_CHECK(ki_date_valid_iso(z) == (bool)iso_ok(z));
        free(z);
    }
    free(s);
    return 0;
}
