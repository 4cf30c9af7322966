/*
 * test_wordscan.c - the detector's word scanners (ingest/detect_int.h):
 * where they skip places 16 bytes at a time, they must give the answer of
 * the byte-by-byte loop they replace.  Each is asked of texts that put the
 * words (in either case, glued to letters before or after, cut by the end
 * of the range) at every place of a 16-byte block, against a plain
 * reference written here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/detect_int.h"

/* kd_word_in() as it was: every byte tried. */
static size_t word_in_ref(const char *s, size_t a, size_t b, const char *const *w, size_t nw)
{
    for (size_t i = a; i < b; i++) {
        if (i > a && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        for (size_t k = 0; k < nw; k++)
            if (word_at(s, b, i, w[k]))
                return i;
    }
    return (size_t)-1;
}

static const char *const fill[] = {
    "de motie is ", "Gestart", "gestartte ", "begonnen.", "BEGONNEN", "xgestart ", "ge", "be ",
    "z", "Zal ", "zullen,", "ik", "  ", "\xc3\xa9gestart ", "1gestart ", "ge-start ", "is", "I",
};

/* Texts built from the pieces above at every offset; every range of each,
 * its ends moved over the last bytes, is asked of every list. */
static void test_word_in_same_as_bytes(void **state)
{
    (void)state;
    static const char *const l1[] = {"gestart", "begonnen"};
    static const char *const l2[] = {"zal", "zullen", "is", "ik"};
    static const char *const l3[] = {"i"};
    static const char *const l4[] = {"met het verschijnen van", "met de publicatie van"};
    static const char *const l5[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"}; /* more than 8 */
    static const char *const l6[] = {""};
    const struct {
        const char *const *w;
        size_t n;
    } lists[] = {{l1, 2}, {l2, 4}, {l3, 1}, {l4, 2}, {l5, 9}, {l6, 1}};
    char text[512];
    unsigned seed = 1;
    size_t asked = 0, found = 0;
    for (int round = 0; round < 400; round++) {
        size_t n = (size_t)(round % 16); /* the first piece at every place of a block */
        memset(text, 'x', n);
        text[n] = 0;
        while (n < 300) {
            seed = seed * 1103515245u + 12345u;
            const char *p = round % 7 == 3 ? "met het verschijnen van " : fill[(seed >> 16) % (sizeof fill / sizeof fill[0])];
            size_t l = strlen(p);
            memcpy(text + n, p, l);
            n += l;
        }
        text[n] = 0;
        for (size_t li = 0; li < sizeof lists / sizeof lists[0]; li++)
            for (size_t a = 0; a < 20; a += 3)
                for (size_t b = n; b > a; b = b + 40 > n ? b - 1 : b > a + 40 ? a + 40 : b - 1) {
                    /* the last 40 ends, then every end of a short range */
                    size_t want = word_in_ref(text, a, b, lists[li].w, lists[li].n);
                    assert_int_equal(kd_word_in(text, a, b, lists[li].w, lists[li].n), want);
                    asked++;
                    found += want != (size_t)-1;
                }
    }
    assert_true(found > asked / 4 && found < asked); /* both answers were asked for */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_in_same_as_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
