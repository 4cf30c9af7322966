/*
 * test_strindex.c - util/strindex.h: strings to ascending lists of
 * indices, keys by content, against a plain array searched by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util/strindex.h"

static void empty_index(void **state)
{
    (void)state;
    ki_strindex x = KI_STRINDEX_INIT;
    ki_idxlist l = ki_strindex_get(&x, "kst-29279-889");
    assert_int_equal(l.n, 0);
    ki_strindex_free(&x);
    ki_strindex_free(&x); /* twice is harmless */
}

static void keys_by_content(void **state)
{
    (void)state;
    ki_strindex x = KI_STRINDEX_INIT;
    char a[] = "kst-29279-889", b[] = "kst-29279-889", c[] = "kst-29279-88";
    assert_int_equal(ki_strindex_add(&x, a, 3), KI_OK);
    assert_int_equal(ki_strindex_add(&x, b, 7), KI_OK); /* another copy, the same key */
    assert_int_equal(ki_strindex_add(&x, c, 5), KI_OK);
    ki_idxlist l = ki_strindex_get(&x, "kst-29279-889");
    assert_int_equal(l.n, 2);
    assert_int_equal(l.v[0], 3);
    assert_int_equal(l.v[1], 7);
    l = ki_strindex_get(&x, "kst-29279-88");
    assert_int_equal(l.n, 1);
    assert_int_equal(l.v[0], 5);
    assert_int_equal(ki_strindex_get(&x, "kst-29279-8890").n, 0);
    assert_int_equal(ki_strindex_get(&x, "").n, 0);
    ki_strindex_free(&x);
}

static void ascending_whatever_the_order(void **state)
{
    (void)state;
    ki_strindex x = KI_STRINDEX_INIT;
    static const size_t in[] = {10, 4, 12, 0, 4, 11, 10, 2, 99, 1};
    static const size_t want[] = {0, 1, 2, 4, 10, 11, 12, 99};
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        assert_int_equal(ki_strindex_add(&x, "m", in[i]), KI_OK);
    ki_idxlist l = ki_strindex_get(&x, "m");
    assert_int_equal(l.n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < l.n; i++)
        assert_int_equal(l.v[i], want[i]);
    ki_strindex_free(&x);
}

/* Thousands of keys (the table grows many times, probes collide), each
 * with a few indices, against what a search by hand finds. */
static void many_keys(void **state)
{
    (void)state;
    enum { N = 5000, PER = 3 };
    static char keys[N][24];
    ki_strindex x = KI_STRINDEX_INIT;
    for (size_t i = 0; i < N; i++)
        snprintf(keys[i], sizeof keys[i], "kst-%zu-%zu", 21501 + i % 97, i);
    /* indices added key after key, and then each key again in reverse */
    for (size_t r = 0; r < PER; r++)
        for (size_t i = 0; i < N; i++) {
            size_t k = r == 1 ? N - 1 - i : i;
            assert_int_equal(ki_strindex_add(&x, keys[k], k * 10 + (PER - r)), KI_OK);
        }
    assert_int_equal(x.used, N);
    for (size_t k = 0; k < N; k++) {
        char copy[24];
        memcpy(copy, keys[k], sizeof copy);
        ki_idxlist l = ki_strindex_get(&x, copy);
        assert_int_equal(l.n, PER);
        for (size_t j = 0; j < PER; j++)
            assert_int_equal(l.v[j], k * 10 + 1 + j);
    }
    assert_int_equal(ki_strindex_get(&x, "kst-21501-5000").n, 0);
    ki_strindex_free(&x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(empty_index),
        cmocka_unit_test(keys_by_content),
        cmocka_unit_test(ascending_whatever_the_order),
        cmocka_unit_test(many_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
