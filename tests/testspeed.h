/*
 * testspeed.h - the oracles the speed rounds' tests share (tests only;
 * include after <cmocka.h> and "ingest/dates.h"): a fast path must answer
 * as the plain code it replaced.
 */
#ifndef KI_TESTSPEED_H
#define KI_TESTSPEED_H

#include <stdbool.h>
#include <stddef.h>

/* ki_deadline_find() on t[0, len) finds the same phrase at the same place
 * with its fast path as with each phrase matched whole (speed11's
 * switch); true when it found one. */
static inline bool test_deadline_same(const char *t, size_t len)
{
    ki_deadline d1 = {0, 0}, d2 = {0, 0};
    bool f1 = ki_deadline_find(t, len, &d1);
    ki_deadline_test_whole(true);
    bool f2 = ki_deadline_find(t, len, &d2);
    ki_deadline_test_whole(false);
    assert_int_equal(f1, f2);
    if (f1) {
        assert_int_equal(d1.start, d2.start);
        assert_int_equal(d1.end, d2.end);
    }
    return f1;
}

#endif
