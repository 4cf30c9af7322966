/*
 * test_speed14.c - the fast paths of the fourteenth speed round (session
 * 18, prose): each gives the answer of the plain code it replaces, on
 * crafted texts that put the words sought at every offset of a 16-byte
 * block, near the text's end, in other cases and next to near misses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/detect.h"
#include "ingest/detect_int.h"
#include "ingest/docmeta.h"
#include "util/scan.h"
#include "ingest/text.h"
#include "tests/testutil.h"

static unsigned next_rand(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 16;
}

/* Pieces the texts are made of: the words sought, their near misses and
 * filler. */
static const char *const pieces[] = {
    "oezeggingen", "OEZEGGINGEN", "oEzEgGiNgEn", "Oezeggingen", "oezegginge", "oezeggen", "ogg", "o   gg",
    "oezegging:", "OEZEGGING:", "Oezegging:", "oezegging :", "ezegging:", ":", "::", "toezegging", "Toezeggingen",
    "de ", "zal ", "wordt ", "Kamer ", "\n", "  ", "g", "o", "e", "gg", "moet ", "zeggen ", ".", ",",
};

static size_t crafted(char *t, size_t cap, unsigned *seed)
{
    size_t k = 0, want = 1 + next_rand(seed) % (cap - 1);
    while (k < want) {
        const char *p = pieces[next_rand(seed) % (sizeof pieces / sizeof pieces[0])];
        size_t l = strlen(p);
        if (k + l > want)
            break;
        memcpy(t + k, p, l);
        k += l;
    }
    return k;
}

/* the plain scan: every place, byte by byte */
static size_t plain_oezeggingen(const char *s, size_t ls, size_t le)
{
    static const char w[] = "oezeggingen";
    for (size_t x = ls; x + 11 <= le; x++) {
        if (s[x] != 'o')
            continue;
        size_t j = 1;
        while (j < 11 && (s[x + j] | 0x20) == w[j])
            j++;
        if (j == 11)
            return x;
    }
    return le;
}

static void test_next_oezeggingen_same_as_plain(void **state)
{
    (void)state;
    unsigned seed = 14;
    char t[400];
    for (int round = 0; round < 20000; round++) {
        size_t n = crafted(t, sizeof t, &seed);
        size_t ls = n ? next_rand(&seed) % (n + 1) : 0, le = ls + (n > ls ? next_rand(&seed) % (n - ls + 1) : 0);
        assert_int_equal(kd_next_oezeggingen(t, ls, le), plain_oezeggingen(t, ls, le));
    }
    /* the word at every offset of a block and at the very end */
    for (size_t pad = 0; pad < 40; pad++) {
        char u[80];
        memset(u, 'x', sizeof u);
        memcpy(u + pad, "oeZEGGingen", 11);
        for (size_t le = pad; le <= pad + 20 && le <= sizeof u; le++)
            assert_int_equal(kd_next_oezeggingen(u, 0, le), plain_oezeggingen(u, 0, le));
        assert_int_equal(kd_next_oezeggingen(u, 0, pad + 11), pad);
    }
}

static bool plain_tz_label(const char *s, size_t n)
{
    return memmem(s, n, "oezegging:", 10) || memmem(s, n, "OEZEGGING:", 10);
}

static void test_tz_label_same_as_memmem(void **state)
{
    (void)state;
    unsigned seed = 1814;
    char t[300];
    size_t yes = 0;
    for (int round = 0; round < 20000; round++) {
        size_t n = crafted(t, sizeof t, &seed);
        bool want = plain_tz_label(t, n);
        yes += want;
        assert_int_equal(kd_has_tz_label(t, n), want);
    }
    assert_true(yes > 100);
    /* at the very start and end, and a colon too early to have its word */
    assert_true(kd_has_tz_label("oezegging:", 10));
    assert_false(kd_has_tz_label("oezegging", 9));
    assert_false(kd_has_tz_label(":oezegging", 10));
    assert_false(kd_has_tz_label("Oezegging:", 10));
    assert_true(kd_has_tz_label("x: y OEZEGGING:", 15));
}

/* the plain answer: back over the blanks, then a '\n' among them */
static bool plain_line_start(const char *s, size_t i)
{
    size_t b = ki_skip_blank_back(s, 0, i);
    return b == 0 || memchr(s + b, '\n', i - b) != NULL;
}

static void test_at_line_start_same_as_plain(void **state)
{
    (void)state;
    static const char *const bits[] = {" ", "\t", "\n", "\r", "\f", "\v", "\xC2\xA0", "\xA0", "\xC2", "de", "x", "\n\n"};
    unsigned seed = 2026;
    char t[64];
    size_t yes = 0, no = 0;
    for (int round = 0; round < 20000; round++) {
        size_t k = 0, want = next_rand(&seed) % 40;
        while (k < want) {
            const char *b = bits[next_rand(&seed) % (sizeof bits / sizeof bits[0])];
            size_t l = strlen(b);
            memcpy(t + k, b, l);
            k += l;
        }
        for (size_t i = 0; i <= k; i++) {
            bool w = plain_line_start(t, i);
            yes += w, no += !w;
            assert_int_equal(ki_docmeta_at_line_start(t, i), w);
        }
    }
    assert_true(yes > 1000 && no > 1000);
    assert_true(ki_docmeta_at_line_start("a\n \xC2\xA0 de", 6));
    assert_false(ki_docmeta_at_line_start("a \xC2\xA0 de", 5));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_next_oezeggingen_same_as_plain),
        cmocka_unit_test(test_tz_label_same_as_memmem),
        cmocka_unit_test(test_at_line_start_same_as_plain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
