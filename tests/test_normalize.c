/*
 * test_normalize.c - character normalisation and the line-joining rules of
 * ingest/normalize.h (shared by the PDF and text extractors).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/normalize.h"
#include "util/scan.h"

static void check_norm(const char *in, const char *want)
{
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_norm_append(&b, in, strlen(in)), KI_OK);
    assert_string_equal(ki_buf_str(&b), want);
    ki_buf_free(&b);
}

static void test_characters(void **state)
{
    (void)state;
    check_norm("e\xef\xac\x80" "ect \xef\xac\x81" "naal \xef\xac\x82 \xef\xac\x83", "effect finaal fl ffi");
    check_norm("be\xc2\xadsluit", "besluit");                 /* soft hyphen */
    check_norm("a\xc2\xa0" "b\xe2\x80\xaf" "c\xe2\x80\x89" "d", "a b c d"); /* spaces */
    check_norm("2023\xe2\x80\x93" "2024 \xe2\x80\x94 x \xe2\x88\x92" "1", "2023-2024 - x -1");
    check_norm("a\tb\x01\x7f" "c", "a bc");                   /* controls */
    check_norm("x\xc2\x85y", "xy");                           /* C1 control */
    check_norm("\xef\x82\xb7 item", "\xe2\x80\xa2 item");     /* Symbol-font bullet */
    check_norm("bad\xff\xc3", "bad\xef\xbf\xbd\xef\xbf\xbd"); /* invalid UTF-8 */
    check_norm("z\xe2\x80\x8bw\xef\xbb\xbf", "zw");           /* zero width, BOM */
    check_norm("Financi\xc3\xable", "Financi\xc3\xable");
    /* superscript footnote markers: "c.s.⁹", "¹²³", "⁰⁴" */
    check_norm("c.s.\xe2\x81\xb9 \xc2\xb9\xc2\xb2\xc2\xb3 \xe2\x81\xb0\xe2\x81\xb4", "c.s.9 123 04");
}

static void check_join(const char *a, const char *b, bool soft, const char *want)
{
    ki_buf o = KI_BUF_INIT;
    assert_int_equal(ki_buf_adds(&o, "X\n\n"), KI_OK);
    size_t start = o.len;
    assert_int_equal(ki_norm_join(&o, start, a, strlen(a), false), KI_OK);
    assert_int_equal(ki_norm_join(&o, start, b, strlen(b), soft), KI_OK);
    assert_string_equal(ki_buf_str(&o) + start, want);
    ki_buf_free(&o);
}

static void test_join(void **state)
{
    (void)state;
    check_join("het be-", "sluit van", false, "het besluit van");
    check_join("de fractie van GL-", "PvdA stelde", false, "de fractie van GL-PvdA stelde");
    check_join("in 2023-", "2024 werd", false, "in 2023-2024 werd");
    check_join("Kamerstuk 21 501-", "07 over", false, "Kamerstuk 21 501-07 over");
    check_join("het zorg-", "en welzijnsveld", false, "het zorg- en welzijnsveld");
    check_join("land- of", "tuinbouw", false, "land- of tuinbouw");
    check_join("de CDA-", "fractie", false, "de CDA-fractie");
    check_join("een 10-", "jarige", false, "een 10-jarige");
    check_join("Noord-", "Holland", false, "Noord-Holland");
    check_join("een zin -", "met een streep", false, "een zin - met een streep");
    check_join("gewoon  ", "  verder", false, "gewoon verder");
    check_join("be", "sluit", true, "besluit");
    check_join("financi\xc3\xab-", "le steun", false, "financi\xc3\xable steun");
    check_join("", "alleen", false, "alleen");
}

static ki_hyphen_break hyphen(const char *before, const char *after)
{
    return ki_hyphen_at_line_end(before, strlen(before), after, strlen(after));
}

/* a text file's line end after a hyphen (util/scan.h) */
static void test_hyphen_at_line_end(void **state)
{
    (void)state;
    assert_int_equal(hyphen("de ouder-", "vereniging"), KI_HYPHEN_DROP);
    assert_int_equal(hyphen("Weten-", "schap)"), KI_HYPHEN_DROP);
    assert_int_equal(hyphen("een kort-", "enorme"), KI_HYPHEN_DROP); /* "en" only as a word */
    assert_int_equal(hyphen("de mkb-", "bedrijven"), KI_HYPHEN_KEEP);
    assert_int_equal(hyphen("de btw-", "verhoging"), KI_HYPHEN_KEEP);
    assert_int_equal(hyphen("het zorg-", "en welzijnsveld"), KI_HYPHEN_SPACE);
    assert_int_equal(hyphen("land-", "of tuinbouw"), KI_HYPHEN_SPACE);
    assert_int_equal(hyphen("markt-", "tot"), KI_HYPHEN_SPACE);
    assert_int_equal(hyphen("GL-", "PvdA"), KI_HYPHEN_SPACE);
    assert_int_equal(hyphen("de CDA-", "fractie"), KI_HYPHEN_SPACE);
    assert_int_equal(hyphen("een zin -", "met"), KI_HYPHEN_SPACE);
    assert_int_equal(hyphen("be-", ""), KI_HYPHEN_SPACE);
    assert_int_equal(hyphen("geen streep", "hier"), KI_HYPHEN_SPACE);
}

static void test_utf8(void **state)
{
    (void)state;
    assert_true(ki_utf8_valid("caf\xc3\xa9", 5));
    assert_false(ki_utf8_valid("caf\xe9", 4));
    assert_false(ki_utf8_valid("\xc0\xaf", 2));         /* overlong */
    assert_false(ki_utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
    assert_false(ki_utf8_valid("\xf4\x90\x80\x80", 4)); /* > U+10FFFF */
    char buf[8];
    assert_int_equal(ki_utf8_encode(0x20AC, buf), 3);
    assert_memory_equal(buf, "\xe2\x82\xac", 3);
    unsigned cp;
    assert_int_equal(ki_utf8_decode((const unsigned char *)"\xe2\x82", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_characters),
        cmocka_unit_test(test_join),
        cmocka_unit_test(test_hyphen_at_line_end),
        cmocka_unit_test(test_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
