/* test_format.c - the md/csv/html/json writers keep hostile text inert (query/format.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "query/format.h"
#include "util/json.h"

static const char *const headers[] = {"Soort", "Omschrijving", "Vindplaats"};
static const char *const keys[] = {"soort", "omschrijving", "vindplaats"};

static const ki_cell cells[] = {
    {"Motie", NULL}, {"<script>alert(1)</script> & \"x\"", NULL},
    {"kst-29279-889", "https://zoek.officielebekendmakingen.nl/kst-29279-889.html"},
    {"Toezegging", NULL}, {"=cmd|' /C calc'!A0", NULL}, {"a|b\nc", "javascript:alert(1)"},
};
static const ki_table table = {3, 0, headers, keys, 2, cells};

static char *render(ki_format f, const char *title)
{
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_table_write(&b, &table, f, title), KI_OK);
    return ki_buf_detach(&b, NULL);
}

static void test_parse(void **state)
{
    (void)state;
    assert_int_equal(ki_format_parse("md"), KI_FMT_MD);
    assert_int_equal(ki_format_parse("markdown"), KI_FMT_MD);
    assert_int_equal(ki_format_parse("csv"), KI_FMT_CSV);
    assert_int_equal(ki_format_parse("html"), KI_FMT_HTML);
    assert_int_equal(ki_format_parse("json"), KI_FMT_JSON);
    assert_int_equal(ki_format_parse("xlsx"), -1);
    assert_int_equal(ki_format_parse(NULL), -1);
}

static void test_csv_formulas(void **state)
{
    (void)state;
    const char *cases[][2] = {
        {"=1+1", "\"'=1+1\""},
        {"+31 6", "\"'+31 6\""},
        {"-2", "\"'-2\""},
        {"@SUM(A1)", "\"'@SUM(A1)\""},
        {"\tx", "\"'\tx\""},
        {"\rx", "\"'\rx\""},
        {"  =x", "\"'  =x\""},
        {"plain", "plain"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"x=1", "x=1"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ki_buf b = KI_BUF_INIT;
        assert_int_equal(ki_csv_cell(&b, cases[i][0]), KI_OK);
        if (strcmp(ki_buf_str(&b), cases[i][1]) != 0)
            fail_msg("csv '%s' -> '%s', want '%s'", cases[i][0], ki_buf_str(&b), cases[i][1]);
        ki_buf_free(&b);
    }
}

static void test_csv_table(void **state)
{
    (void)state;
    char *s = render(KI_FMT_CSV, "ignored");
    assert_string_equal(s,
        "Soort,Omschrijving,Vindplaats\n"
        "Motie,\"<script>alert(1)</script> & \"\"x\"\"\",kst-29279-889\n"
        "Toezegging,\"'=cmd|' /C calc'!A0\",\"a|b\nc\"\n");
    free(s);
}

static void test_html(void **state)
{
    (void)state;
    char *s = render(KI_FMT_HTML, "Brief <b>");
    assert_null(strstr(s, "<script>"));
    assert_null(strstr(s, "<b>"));
    assert_non_null(strstr(s, "<title>Brief &lt;b&gt;</title>"));
    assert_non_null(strstr(s, "<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</td>"));
    assert_non_null(strstr(s, "<td><a href=\"https://zoek.officielebekendmakingen.nl/"
                              "kst-29279-889.html\">kst-29279-889</a></td>"));
    assert_null(strstr(s, "javascript:"));          /* the bad link is dropped */
    assert_non_null(strstr(s, "<td>a|b\nc</td>"));
    assert_non_null(strstr(s, "<th>Soort</th><th>Omschrijving</th><th>Vindplaats</th>"));
    free(s);

    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_html_escape(&b, "a\x1b[31m\xc2\x9b" "b'"), KI_OK);
    assert_string_equal(ki_buf_str(&b), "a\xEF\xBF\xBD[31m\xEF\xBF\xBD" "b&#39;");
    ki_buf_free(&b);
}

static void test_md(void **state)
{
    (void)state;
    char *s = render(KI_FMT_MD, "Brief *1*");
    assert_string_equal(s,
        "### Brief \\*1\\*\n\n"
        "| Soort | Omschrijving | Vindplaats |\n"
        "| --- | --- | --- |\n"
        "| Motie | \\<script\\>alert(1)\\</script\\> \\& \"x\" | "
        "[kst-29279-889](https://zoek.officielebekendmakingen.nl/kst-29279-889.html) |\n"
        "| Toezegging | =cmd\\|' /C calc'\\!A0 | a\\|b c |\n");
    free(s);
}

static void test_json(void **state)
{
    (void)state;
    char *s = render(KI_FMT_JSON, NULL);
    ki_err err;
    ki_json *j = ki_json_parse(s, strlen(s), &err);
    assert_non_null(j);
    assert_int_equal(ki_json_len(j), 2);
    const ki_json *r0 = ki_json_at(j, 0), *r1 = ki_json_at(j, 1);
    assert_string_equal(ki_json_getstr(r0, "omschrijving"), "<script>alert(1)</script> & \"x\"");
    assert_string_equal(ki_json_getstr(r0, "vindplaats_url"),
                        "https://zoek.officielebekendmakingen.nl/kst-29279-889.html");
    assert_string_equal(ki_json_getstr(r1, "vindplaats"), "a|b\nc");
    assert_null(ki_json_get(r1, "vindplaats_url"));
    ki_json_free(j);
    free(s);
}

static void test_href_and_term(void **state)
{
    (void)state;
    assert_true(ki_href_ok("https://zoek.officielebekendmakingen.nl/kst-29279-889.html"));
    assert_false(ki_href_ok("javascript:alert(1)"));
    assert_false(ki_href_ok("https://x/\"onmouseover=1"));
    assert_false(ki_href_ok("https://x/a b"));
    assert_false(ki_href_ok("https://x/<"));
    assert_false(ki_href_ok(NULL));

    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_term_safe(&b, "ok\x1b]0;pwn\x07\xc2\x9b" "2J\xc3\xa9\n"), KI_OK);
    assert_string_equal(ki_buf_str(&b), "ok?]0;pwn??2J\xc3\xa9\n");
    ki_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_csv_formulas),
        cmocka_unit_test(test_csv_table),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_md),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_href_and_term),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
