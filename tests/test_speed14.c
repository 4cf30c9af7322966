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
#include <glib.h>

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

/* The same check by another hand: glib's validator (RFC 3629 too: no
 * overlong forms, surrogates or code points past U+10FFFF); the first bad
 * byte, or (size_t)-1.  (The pieces below hold no NUL, which glib alone
 * refuses.) */
static size_t plain_utf8_bad(const unsigned char *s, size_t n)
{
    const gchar *end;
    if (g_utf8_validate((const gchar *)s, (gssize)n, &end))
        return (size_t)-1;
    return (size_t)((const unsigned char *)end - s);
}

static void test_utf8_bad_same_as_plain(void **state)
{
    (void)state;
    static const char *const bits[] = {"abcdefgh", "x", "\xC3\xAB", "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\xC3",
                                       "\x80", "\xED\xA0\x80", "\xC0\xAF", "\xFF", "0123456789abcdef0123456789abcdef"};
    unsigned seed = 64;
    unsigned char t[300];
    size_t bad = 0;
    for (int round = 0; round < 20000; round++) {
        size_t k = 0, want = next_rand(&seed) % 280;
        /* mostly long ASCII runs, one odd piece now and then */
        while (k < want) {
            size_t pick = next_rand(&seed) % 40;
            const char *b = bits[pick < 30 ? (pick % 2 ? 0 : 10) : pick - 29 < 10 ? pick - 29 : 1];
            size_t l = strlen(b);
            if (k + l > sizeof t)
                break;
            memcpy(t + k, b, l);
            k += l;
        }
        size_t w = plain_utf8_bad(t, k);
        bad += w != (size_t)-1;
        assert_int_equal(utf8_bad(t, k), w);
        /* and every tail, so that each length meets each block size */
        size_t a = next_rand(&seed) % (k + 1);
        size_t wt = plain_utf8_bad(t + a, k - a);
        assert_int_equal(utf8_bad(t + a, k - a), wt);
    }
    assert_true(bad > 1000 && bad < 19000);
}

/* the plain phrase: any case, ' ' any run of blanks (a no-break space
 * too), a word's end after it; every word start in [from, to) tried */
static size_t plain_phrase_at(const char *s, size_t to, size_t i, const char *p)
{
    for (; *p; p++) {
        if (*p == ' ') {
            size_t j = ki_skip_blank(s, to, i);
            if (j == i)
                return 0;
            i = j;
            continue;
        }
        if (i >= to || ki_lower((unsigned char)s[i]) != ki_lower((unsigned char)*p))
            return 0;
        i++;
    }
    if (i < to && (ki_is_letter((unsigned char)s[i]) || ki_is_digit((unsigned char)s[i])))
        return 0;
    return i;
}

static size_t plain_find_phrase(const char *s, size_t to, size_t from, const char *p)
{
    for (size_t at = from; at < to; at++)
        if ((at == 0 || !ki_is_letter((unsigned char)s[at - 1])) && plain_phrase_at(s, to, at, p))
            return at;
    return (size_t)-1;
}

static void test_find_phrase_same_as_plain(void **state)
{
    (void)state;
    /* phrases whose first word is short ("de ", "in "), whose second is
     * long, and the texts' near misses: other blanks, two blanks, a
     * no-break space, another case, a word going on */
    static const char *const phrases[] = {"De voorzitter:", "De Kamer,", "Den Haag", "In stemming komt", "Aan de orde is",
                                          "gehoord de beraadslaging", "Wij adviseren u", "overleg gevoerd met",
                                          "Tweede Kamer", "de minister"};
    static const char *const bits[] = {"de ", "De ", "DE ", "voorzitter:", "voorzitters", "Voorzitter:", "kamer,", "Kamer",
                                       "den ", "Haag", "haagse", "in ", "stemming ", "komt", "komt.", "aan ", "orde ",
                                       "is", "gehoord ", "beraadslaging", "wij ", "adviseren ", "u", "overleg ",
                                       "gevoerd ", "met", "tweede ", "minister", "\t", "\n", "  ", "\xC2\xA0", "x",
                                       "\xC3\xAB", "-", ",", "."};
    unsigned seed = 4000;
    char t[500];
    size_t found = 0;
    for (int round = 0; round < 20000; round++) {
        const char *p = phrases[next_rand(&seed) % (sizeof phrases / sizeof phrases[0])];
        size_t k = 0, want = next_rand(&seed) % 480;
        while (k < want) {
            if (next_rand(&seed) % 8 == 0 && k + 3 * strlen(p) < sizeof t) {
                /* the phrase itself, its letters in either case, each
                 * blank a run of one to three blanks of any kind */
                static const char *const runs[] = {" ", " ", " ", "  ", "\t", "\n", " \n ", "\xC2\xA0"};
                for (const char *c = p; *c; c++) {
                    if (*c == ' ') {
                        const char *r = runs[next_rand(&seed) % (sizeof runs / sizeof runs[0])];
                        memcpy(t + k, r, strlen(r));
                        k += strlen(r);
                    } else {
                        t[k++] = next_rand(&seed) % 4 ? *c : (char)(*c ^ ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z' ? 0x20 : 0));
                    }
                }
                continue;
            }
            const char *b = bits[next_rand(&seed) % (sizeof bits / sizeof bits[0])];
            size_t l = strlen(b);
            if (k + l > sizeof t)
                break;
            memcpy(t + k, b, l);
            k += l;
        }
        size_t to = k ? k - next_rand(&seed) % (k < 8 ? k : 8) : 0, from = to ? next_rand(&seed) % (to / 2 + 1) : 0;
        size_t w = plain_find_phrase(t, to, from, p);
        found += w != (size_t)-1;
        assert_int_equal(ki_docmeta_find_phrase(t, k, to, from, p), w);
    }
    assert_true(found > 2000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_next_oezeggingen_same_as_plain),
        cmocka_unit_test(test_tz_label_same_as_memmem),
        cmocka_unit_test(test_at_line_start_same_as_plain),
        cmocka_unit_test(test_utf8_bad_same_as_plain),
        cmocka_unit_test(test_find_phrase_same_as_plain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
