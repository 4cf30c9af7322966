/* test_snippet.c - excerpts around the query's words (query/snippet.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "query/snippet.h"

static void expect(const char *text, const char *query, size_t length, const char *want)
{
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_snippet(text, strlen(text), query, length, "[", "]", &b), KI_OK);
    if (strcmp(ki_buf_str(&b), want) != 0)
        fail_msg("query '%s': got '%s', want '%s'", query, ki_buf_str(&b), want);
    ki_buf_free(&b);
}

static const char letter[] =
    "Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de voortgang. "
    "Eerst iets anders over begrotingen en tabellen en nog meer woorden die niet ter zake doen. "
    "De motie van het lid Van der Werf verzoekt de regering om rode vlaggen te herkennen. "
    "Met deze brief beschouw ik de motie als afgedaan.\n";

static void test_stems_and_marks(void **state)
{
    (void)state;
    /* "moties" finds "motie"; only the words are marked, line breaks go */
    expect("Twee moties.\nEen motie.", "moties", 100, "Twee [moties]. Een [motie].");
    expect("Drie brieven en een brief.", "brieven", 100, "Drie [brieven] en een [brief].");
    expect("Femicide en FEMICIDE.", "femicide", 100, "[Femicide] en [FEMICIDE].");
    /* field values, excluded words and operators are not looked for */
    expect("De motie over kind en partij.", "motie kind:brief NOT partij -over", 100,
           "De [motie] over kind en partij.");
    expect("Het lid Van der Werf.", "indiener:\"Van der Werf\" lid", 100,
           "Het [lid] Van der Werf.");
    /* a phrase contributes its words */
    expect("rode vlaggen zien", "\"rode vlaggen\"", 100, "[rode] [vlaggen] zien");
}

static void test_window(void **state)
{
    (void)state;
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_snippet(letter, strlen(letter), "afgedaan motie", 80, "[", "]", &b),
                     KI_OK);
    const char *s = ki_buf_str(&b);
    /* the window with both words, cut at word boundaries, "..." both sides */
    assert_non_null(strstr(s, "[afgedaan]"));
    assert_non_null(strstr(s, "[motie]"));
    assert_int_equal(strncmp(s, "...", 3), 0);
    assert_true(strlen(s) <= 80 + 6 + 4 * 2);
    assert_null(strchr(s, '\n'));
    ki_buf_free(&b);

    /* no match: the start of the text */
    expect(letter, "onbekendwoord", 30, "Geachte voorzitter, Hierbij...");
    expect(letter, "", 19, "Geachte voorzitter,...");
    /* UTF-8 is never cut inside a character */
    const char *u = "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";
    assert_int_equal(ki_snippet(u, strlen(u), "x", 5, "[", "]", &b), KI_OK);
    assert_string_equal(ki_buf_str(&b), "\xc3\xa9\xc3\xa9...");
    ki_buf_free(&b);
    assert_int_equal(ki_snippet(NULL, 0, "x", 5, "[", "]", &b), KI_OK);
    assert_int_equal(b.len, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stems_and_marks),
        cmocka_unit_test(test_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
