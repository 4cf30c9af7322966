/* test_ref.c - references in every written form -> canonical ids (query/ref.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "query/ref.h"

static void expect_id(const char *in, const char *want)
{
    ki_ref r;
    ki_err err = {{0}};
    ki_status st = ki_ref_parse(in, &r, &err);
    if (st != KI_OK)
        fail_msg("'%s': %s", in, err.msg);
    if (strcmp(r.id, want) != 0)
        fail_msg("'%s' -> '%s', want '%s'", in, r.id, want);
}

static void expect_bad(const char *in)
{
    ki_ref r;
    ki_err err = {{0}};
    if (ki_ref_parse(in, &r, &err) != KI_ERR_USAGE)
        fail_msg("'%s' accepted as '%s'", in, r.id);
    assert_true(strlen(err.msg) > 0);
    assert_string_equal(r.id, "");
}

static void test_kst_forms(void **state)
{
    (void)state;
    expect_id("29279-889", "kst-29279-889");
    expect_id("kst-29279-889", "kst-29279-889");
    expect_id("KST-29279-889", "kst-29279-889");
    expect_id("  29279-889\n", "kst-29279-889");
    expect_id("29279, nr. 889", "kst-29279-889");
    expect_id("29279 nr 889", "kst-29279-889");
    expect_id("29 279 nr. 889", "kst-29279-889");
    expect_id("29 279, nr. 889", "kst-29279-889");
    expect_id("29279 889", "kst-29279-889");
    expect_id("Kamerstukken II 2023/24, 29279, nr. 889", "kst-29279-889");
    expect_id("Kamerstuk 29279, nr. 889", "kst-29279-889");
    expect_id("kamerstukken I 2019-2020, 35925, E", "kst-35925-E");
    expect_id("2023/24, 29 279, nr. 889.", "kst-29279-889");
}

static void test_sub_dossiers(void **state)
{
    (void)state;
    expect_id("36200-XVI-12", "kst-36200-XVI-12");
    expect_id("kst-36200-xvi-12", "kst-36200-XVI-12");
    expect_id("36 200 XVI, nr. 12", "kst-36200-XVI-12");
    expect_id("36200 XVI nr. 12", "kst-36200-XVI-12");
    expect_id("21501-07-1750", "kst-21501-07-1750");
    expect_id("21 501-07, nr. 1750", "kst-21501-07-1750");
    expect_id("kst-35925-E", "kst-35925-E");
    expect_id("35925, E", "kst-35925-E");
    expect_id("36600-B-3", "kst-36600-B-3");
    expect_id("23 908 (R 1519), nr. 5", "kst-23908-5");
    expect_id("23908 (R1519) nr. 5", "kst-23908-5");
    expect_id("23908-(R1519)-131", "kst-23908-131");
    /* the Eerste Kamer: "letter", an "EK" prefix, Roman dossier numbers */
    expect_id("25295, letter AR", "kst-25295-AR");
    expect_id("EK 34300 VII, E", "kst-34300-VII-E");
    expect_id("TK 2008-2009, 31473, nummer 25", "kst-31473-25");
    expect_id("kst-CLVI-M", "kst-CLVI-M");
    expect_id("CLVI, letter M", "kst-CLVI-M");

    ki_ref r;
    assert_int_equal(ki_ref_parse("21 501-07, nr. 1750", &r, NULL), KI_OK);
    assert_int_equal(r.kind, KI_REF_KST);
    assert_string_equal(r.dossier, "21501");
    assert_string_equal(r.sub, "07");
    assert_string_equal(r.nr, "1750");
}

static void test_handelingen_and_tk(void **state)
{
    (void)state;
    expect_id("h-tk-20232024-45-12", "h-tk-20232024-45-12");
    expect_id("H-TK-20232024-45-12", "h-tk-20232024-45-12");
    expect_id("ah-tk-20242025-1821", "ah-tk-20242025-1821");
    expect_id("Handelingen II 2023/24, nr. 45, item 12", "h-tk-20232024-45-12");
    expect_id("Handelingen I 2023-2024, nr. 3", "h-ek-20232024-3");
    expect_id("Aanhangsel Handelingen II 2024/25, nr. 1821", "ah-tk-20242025-1821");
    expect_id("Aanhangsel van de Handelingen II 2024/25, nr. 1821", "ah-tk-20242025-1821");
    expect_id("2024D38217", "2024D38217");
    expect_id("2023z06928", "2023Z06928");
    ki_ref r;
    assert_int_equal(ki_ref_parse("ah-tk-20242025-1821", &r, NULL), KI_OK);
    assert_int_equal(r.kind, KI_REF_AH);
    assert_int_equal(ki_ref_parse("2024D38217", &r, NULL), KI_OK);
    assert_int_equal(r.kind, KI_REF_TK);
}

static void test_rejects(void **state)
{
    (void)state;
    expect_bad("");
    expect_bad("29279");          /* a dossier, not a document */
    expect_bad("36200-XVI");      /* likewise */
    expect_bad("motie");
    expect_bad("CLVI");           /* a Roman dossier alone */
    expect_bad("Citaat, letter M");
    expect_bad("29279-889-1-2");
    expect_bad("12-3");           /* too short for a dossier */
    expect_bad("29279-889; rm -rf /");
    expect_bad("29279-1234567");
    expect_bad("Handelingen II 2023/25, nr. 45"); /* not a vergaderjaar */
    char longs[400];
    memset(longs, '9', sizeof longs - 1);
    longs[sizeof longs - 1] = '\0';
    expect_bad(longs);
    assert_int_equal(ki_ref_parse(NULL, &(ki_ref){0}, NULL), KI_ERR_USAGE);
}

static void test_dossier(void **state)
{
    (void)state;
    char d[32];
    assert_int_equal(ki_dossier_parse("28345", d, sizeof d, NULL), KI_OK);
    assert_string_equal(d, "28345");
    assert_int_equal(ki_dossier_parse("28 345", d, sizeof d, NULL), KI_OK);
    assert_string_equal(d, "28345");
    assert_int_equal(ki_dossier_parse("36200-xvi", d, sizeof d, NULL), KI_OK);
    assert_string_equal(d, "36200-XVI");
    assert_int_equal(ki_dossier_parse("36200 XVI", d, sizeof d, NULL), KI_OK);
    assert_string_equal(d, "36200-XVI");
    assert_int_equal(ki_dossier_parse("kst-21501-07", d, sizeof d, NULL), KI_OK);
    assert_string_equal(d, "21501-07");
    assert_int_equal(ki_dossier_parse("28345-278-1", d, sizeof d, NULL), KI_ERR_USAGE);
    assert_string_equal(d, "");
    assert_int_equal(ki_dossier_parse("abc", d, sizeof d, NULL), KI_ERR_USAGE);
    assert_int_equal(ki_dossier_parse("36200-XVI", d, 6, NULL), KI_ERR_USAGE);

    assert_int_equal(ki_ref_dossier_of("kst-36200-XVI-12", d, sizeof d), KI_OK);
    assert_string_equal(d, "36200-XVI");
    assert_int_equal(ki_ref_dossier_of("kst-29279-889", d, sizeof d), KI_OK);
    assert_string_equal(d, "29279");
    assert_int_equal(ki_ref_dossier_of("ah-tk-20242025-1821", d, sizeof d), KI_ERR_USAGE);
}

static void test_url(void **state)
{
    (void)state;
    char u[128];
    assert_int_equal(ki_ref_url("kst-29279-889", u, sizeof u), KI_OK);
    assert_string_equal(u, "https://zoek.officielebekendmakingen.nl/kst-29279-889.html");
    assert_int_equal(ki_ref_url("ah-tk-20242025-1821", u, sizeof u), KI_OK);
    assert_string_equal(u, "https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1821.html");
    assert_int_equal(ki_ref_url("h-tk-20232024-45-12", u, sizeof u), KI_OK);
    assert_int_equal(ki_ref_url("2024D38217", u, sizeof u), KI_ERR_USAGE);
    assert_string_equal(u, "");
    assert_int_equal(ki_ref_url("kst-1\"><script>", u, sizeof u), KI_ERR_USAGE);
    assert_int_equal(ki_ref_url("kst-29279-889", u, 20), KI_ERR_USAGE);
    assert_int_equal(ki_ref_url(NULL, u, sizeof u), KI_ERR_USAGE);
}

/* the Eerste Kamer letter ids the detector gives ("(25295, letter AR)",
 * "(EK 34300 VII, E)", a joint "22 112 / 31 544, CK") are looked up as
 * written in its output */
static void test_ek_letter_ids(void **state)
{
    (void)state;
    expect_id("kst-25295-AR", "kst-25295-AR");
    expect_id("25295-AR", "kst-25295-AR");
    expect_id("kst-34300-VII-E", "kst-34300-VII-E");
    expect_id("34300-VII-E", "kst-34300-VII-E");
    expect_id("22112-CK", "kst-22112-CK");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kst_forms),
        cmocka_unit_test(test_sub_dossiers),
        cmocka_unit_test(test_handelingen_and_tk),
        cmocka_unit_test(test_rejects),
        cmocka_unit_test(test_dossier),
        cmocka_unit_test(test_url),
        cmocka_unit_test(test_ek_letter_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
