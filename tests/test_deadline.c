/* test_deadline.c - deadline phrases -> dates, and the fixed clock (query/deadline.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "query/deadline.h"

static void expect(const char *phrase, const char *made, const char *want)
{
    char out[11];
    ki_status st = ki_deadline_resolve(phrase, made, out);
    if (st != KI_OK)
        fail_msg("'%s' (made %s): no date, want %s", phrase, made ? made : "-", want);
    if (strcmp(out, want) != 0)
        fail_msg("'%s' (made %s) -> %s, want %s", phrase, made ? made : "-", out, want);
}

static void expect_none(const char *phrase, const char *made)
{
    char out[11];
    ki_status st = ki_deadline_resolve(phrase, made, out);
    if (st != KI_ERR_NOT_FOUND)
        fail_msg("'%s' -> %s, want no date", phrase, out);
    assert_string_equal(out, "");
}

static void test_seasons(void **state)
{
    (void)state;
    expect("voor de zomer van 2026", NULL, "2026-07-01");
    expect("voor de zomer 2026", "2025-01-10", "2026-07-01");
    expect("Voor het zomerreces", "2025-03-01", "2025-07-01");
    expect("voor de zomer", "2024-10-16", "2025-07-01"); /* said in autumn: next summer */
    expect("na de zomer", "2025-03-01", "2025-09-30");
    expect("na het zomerreces van 2025", NULL, "2025-09-30");
    expect("in het voorjaar van 2026", NULL, "2026-05-31");
    expect("in het najaar", "2025-02-01", "2025-11-30");
    expect("voor de kerst", "2025-02-01", "2025-12-20");
    expect("voor het kerstreces 2024", NULL, "2024-12-20");
    expect("deze winter", "2025-10-01", "2026-02-28");
}

static void test_years_and_quarters(void **state)
{
    (void)state;
    expect("eind 2025", NULL, "2025-12-31");
    expect("uiterlijk eind 2025", NULL, "2025-12-31");
    expect("voor het einde van het jaar", "2024-10-16", "2024-12-31");
    expect("voor het eind van dit jaar", "2024-10-16", "2024-12-31");
    expect("in 2026", NULL, "2026-12-31");
    expect("begin 2026", NULL, "2026-03-31");
    expect("begin volgend jaar", "2024-10-16", "2025-03-31");
    expect("medio 2026", NULL, "2026-06-30");
    expect("in de loop van volgend jaar", "2024-05-05", "2025-12-31");
    expect("eerste kwartaal 2026", NULL, "2026-03-31");
    expect("in het tweede kwartaal van 2026", NULL, "2026-06-30");
    expect("voor het eind van het eerste kwartaal van 2027", NULL, "2027-03-31");
    expect("het 3e kwartaal van 2025", NULL, "2025-09-30");
    expect("vierde kwartaal", "2025-01-01", "2025-12-31");
    expect("Q1 2027", NULL, "2027-03-31");
    expect("in de eerste helft van 2026", NULL, "2026-06-30");
    expect("tweede helft 2025", NULL, "2025-12-31");
}

static void test_days_and_months(void **state)
{
    (void)state;
    expect("voor 1 juli 2026", NULL, "2026-07-01");
    expect("vóór 15 maart", "2025-01-10", "2025-03-15");
    expect("uiterlijk 1 februari", "2025-06-01", "2026-02-01");
    expect("2026-03-15", NULL, "2026-03-15");
    expect("uiterlijk 15-03-2026", NULL, "2026-03-15");
    expect("eind maart 2026", NULL, "2026-03-31");
    expect("in februari 2028", NULL, "2028-02-29");
    expect("begin september 2025", NULL, "2025-09-10");
    expect("medio mei 2025", NULL, "2025-05-15");
    expect("voor april 2025", NULL, "2025-04-01");
    expect("voor Prinsjesdag 2025", NULL, "2025-09-16");      /* third Tuesday */
    expect("bij de Miljoenennota 2026", NULL, "2026-09-15");
    expect("voor Verantwoordingsdag 2025", NULL, "2025-05-21"); /* third Wednesday */
    expect("bij de Voorjaarsnota 2025", NULL, "2025-06-01");
}

static void test_relative(void **state)
{
    (void)state;
    expect("binnen drie weken", "2024-12-20", "2025-01-10");
    expect("binnen 2 maanden", "2024-12-31", "2025-02-28");
    expect("binnen een maand", "2025-01-31", "2025-02-28");
    expect("binnen 10 dagen", "2025-02-25", "2025-03-07");
    expect("binnen een jaar", "2024-02-29", "2025-02-28");
    expect_none("binnen drie weken", NULL);
}

static void test_no_date(void **state)
{
    (void)state;
    expect_none("zo snel mogelijk", "2025-01-01");
    expect_none("binnenkort", "2025-01-01");
    expect_none("op korte termijn", "2025-01-01");
    expect_none("voor het debat", "2025-01-01");
    expect_none("voor de zomer", NULL);  /* needs a year */
    expect_none("", "2025-01-01");
    expect_none(NULL, "2025-01-01");
}

static void test_today(void **state)
{
    (void)state;
    char d[11];
    setenv("KAMERINDEX_TODAY", "2026-01-15", 1);
    ki_today(d);
    assert_string_equal(d, "2026-01-15");
    setenv("KAMERINDEX_TODAY", "2026-13-45", 1); /* invalid: the real clock */
    ki_today(d);
    assert_true(ki_date_valid(d));
    assert_string_not_equal(d, "2026-13-45");
    unsetenv("KAMERINDEX_TODAY");
    assert_false(ki_date_valid("2025-02-29"));
    assert_true(ki_date_valid("2024-02-29"));
    assert_false(ki_date_valid("2024-2-29"));
    assert_false(ki_date_valid(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seasons),
        cmocka_unit_test(test_years_and_quarters),
        cmocka_unit_test(test_days_and_months),
        cmocka_unit_test(test_relative),
        cmocka_unit_test(test_no_date),
        cmocka_unit_test(test_today),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
