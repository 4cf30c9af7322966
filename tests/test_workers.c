/*
 * test_workers.c - the worker pool (index/workers.h) with real processes:
 * results come back tagged, and a worker that crashes, hangs or runs out of
 * memory costs only its job, while the pool goes on with fresh workers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "index/workers.h"

#if defined(__SANITIZE_ADDRESS__)
#define ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASAN 1
#endif
#endif

/* The work: by the job's path.  "ok-N" echoes "done:N"; "crash" dies of a
 * segfault-like abort; "hang" sleeps; "fail" returns a status; "hog"
 * allocates and touches 512 MB. */
static ki_status work(void *ctx, const ki_job *job, ki_buf *out, int *pages, ki_err *err)
{
    (void)ctx;
    *pages = 0;
    if (strncmp(job->path, "ok-", 3) == 0) {
        *pages = atoi(job->path + 3);
        return ki_buf_addf(out, "done:%s:%s", job->path + 3, job->abspath);
    }
    if (strcmp(job->path, "crash") == 0)
        abort();
    if (strcmp(job->path, "hang") == 0)
        for (;;)
            pause();
    if (strcmp(job->path, "hog") == 0) {
        size_t n = (size_t)512 << 20;
        char *p = malloc(n);
        if (!p)
            return ki_err_set(err, KI_ERR_NOMEM, "no memory");
        memset(p, 1, n);
        ki_status st = ki_buf_addc(out, p[n - 1]);
        free(p);
        return st;
    }
    return ki_err_set(err, KI_ERR_CORRUPT, "damaged: %s", job->path);
}

/* Runs jobs named names[0..n) through a pool; results into res[id]. */
static void run(int workers, double timeout, size_t mem_mb, const char *const *names, size_t n,
                ki_result *res)
{
    ki_pool_opts o = {workers, timeout, mem_mb, work, NULL};
    ki_pool *p;
    ki_err err = {{0}};
    assert_int_equal(ki_pool_new(&o, &p, &err), KI_OK);
    size_t next = 0, got_n = 0;
    while (got_n < n) {
        while (next < n && ki_pool_can_submit(p)) {
            ki_job j = {next, names[next], "/abs", 1, 2};
            assert_int_equal(ki_pool_submit(p, &j, &err), KI_OK);
            next++;
        }
        ki_result r;
        bool got;
        assert_int_equal(ki_pool_wait(p, 1000, &r, &got, &err), KI_OK);
        if (got) {
            assert_true(r.id < n);
            res[r.id] = r;
            got_n++;
        }
    }
    assert_int_equal(ki_pool_busy(p), 0);
    ki_pool_free(p);
}

static void test_results_come_back(void **state)
{
    (void)state;
    const char *names[] = {"ok-1", "ok-2", "ok-3", "fail", "ok-5", "ok-6", "ok-7"};
    size_t n = sizeof names / sizeof names[0];
    ki_result res[7];
    memset(res, 0, sizeof res);
    run(3, 10, 0, names, n, res);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(names[i], "fail") == 0) {
            assert_int_equal(res[i].st, KI_ERR_CORRUPT);
            assert_string_equal(res[i].msg, "damaged: fail");
            assert_int_equal(res[i].len, 0);
        } else {
            char want[32];
            snprintf(want, sizeof want, "done:%s:/abs", names[i] + 3);
            assert_int_equal(res[i].st, KI_OK);
            assert_int_equal(res[i].len, strlen(want));
            assert_memory_equal(res[i].bytes, want, res[i].len);
            assert_int_equal(res[i].pages, atoi(names[i] + 3));
        }
        ki_result_clear(&res[i]);
    }
}

static void test_crash_and_hang_cost_one_job(void **state)
{
    (void)state;
    const char *names[] = {"ok-1", "crash", "ok-3", "hang", "ok-5", "crash", "ok-7"};
    size_t n = sizeof names / sizeof names[0];
    ki_result res[7];
    memset(res, 0, sizeof res);
    time_t t0 = time(NULL);
    run(2, 1.0, 0, names, n, res);
    assert_true(time(NULL) - t0 < 10);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(names[i], "crash") == 0) {
            assert_int_equal(res[i].st, KI_ERR_CRASHED);
            assert_non_null(strstr(res[i].msg, "signal 6"));
        } else if (strcmp(names[i], "hang") == 0) {
            assert_int_equal(res[i].st, KI_ERR_TIMEOUT);
            assert_non_null(strstr(res[i].msg, "longer than 1 s"));
        } else {
            assert_int_equal(res[i].st, KI_OK);
        }
        ki_result_clear(&res[i]);
    }
}

static void test_memory_limit(void **state)
{
    (void)state;
#ifdef ASAN
    skip(); /* ASan needs the address space: no limit under it */
#else
    const char *names[] = {"hog", "ok-2"};
    ki_result res[2];
    memset(res, 0, sizeof res);
    run(1, 30, 128, names, 2, res);
    assert_int_not_equal(res[0].st, KI_OK);
    assert_true(res[0].st == KI_ERR_NOMEM || res[0].st == KI_ERR_CRASHED);
    assert_true(strlen(res[0].msg) > 0);
    assert_int_equal(res[1].st, KI_OK);
    ki_result_clear(&res[0]);
    ki_result_clear(&res[1]);
    /* without the limit the same job works */
    run(1, 30, 0, names, 1, res);
    assert_int_equal(res[0].st, KI_OK);
    ki_result_clear(&res[0]);
#endif
}

static void test_usage(void **state)
{
    (void)state;
    ki_pool_opts o = {0, 1, 0, work, NULL};
    ki_pool *p = (ki_pool *)1;
    ki_err err = {{0}};
    assert_int_equal(ki_pool_new(&o, &p, &err), KI_ERR_USAGE);
    assert_null(p);
    o.workers = 1;
    assert_int_equal(ki_pool_new(&o, &p, &err), KI_OK);
    ki_job j = {0, "hang", "/abs", 0, 0};
    assert_int_equal(ki_pool_submit(p, &j, &err), KI_OK);
    assert_false(ki_pool_can_submit(p));
    assert_int_equal(ki_pool_submit(p, &j, &err), KI_ERR_USAGE);
    /* a short wait returns nothing; freeing kills the busy worker */
    ki_result r;
    bool got = true;
    assert_int_equal(ki_pool_wait(p, 50, &r, &got, &err), KI_OK);
    assert_false(got);
    ki_pool_free(p);
    ki_pool_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_results_come_back),
        cmocka_unit_test(test_crash_and_hang_cost_one_job),
        cmocka_unit_test(test_memory_limit),
        cmocka_unit_test(test_usage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
