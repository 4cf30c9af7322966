/*
 * test_speed13.c - the detector on texts of very long lines (session 17,
 * speed13): kd_line_start() and kd_line_end() with their line index must
 * give the bounds a plain byte walk gives, and ki_detect() must find on a
 * whole document written on one line what it finds with every bound read
 * in full; a Handelingen running header is found below a long line.
 */
#include <glob.h>
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
#include "ingest/text.h"
#include "tests/testutil.h"

static unsigned next_rand(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 16;
}

/* The oracles: a walk byte by byte, at most LINE_MAX_SCAN bytes away. */
static size_t plain_start(const char *s, size_t pos)
{
    size_t i = pos;
    while (i > 0 && pos - i < LINE_MAX_SCAN && s[i - 1] != '\n')
        i--;
    return i;
}

static size_t plain_end(const char *s, size_t n, size_t pos)
{
    size_t i = pos;
    while (i < n && i - pos < LINE_MAX_SCAN && s[i] != '\n')
        i++;
    return i;
}

/* A text of about n bytes: lines of every length, from none to several
 * times LINE_MAX_SCAN, blank lines and runs of line ends. */
static size_t long_line_text(char *t, size_t n, unsigned *seed)
{
    static const size_t lens[] = {0, 1, 2, 40, 80, 255, 600, 1023, 1024, 1025, 1100, 4000, 65535, 65536, 65537, 70000, 200000};
    size_t k = 0;
    while (k < n) {
        size_t l = lens[next_rand(seed) % (sizeof lens / sizeof lens[0])];
        if (l > 1000)
            l += next_rand(seed) % 64;
        if (k + l > n)
            l = n - k;
        for (size_t i = 0; i < l; i++)
            t[k + i] = (char)('a' + (k + i) % 26);
        k += l;
        if (k < n)
            t[k++] = '\n';
    }
    return k;
}

/* Every kind of place (around each line end, random ones, the ends of the
 * text) asked of the text with its index, against the walk; also with a
 * shorter n and through a copy of the text (no index: read as before). */
static void test_line_bounds_same_as_walk(void **state)
{
    (void)state;
    size_t cap = 1200000;
    char *t = malloc(cap), *copy = malloc(cap);
    assert_non_null(t);
    assert_non_null(copy);
    unsigned seed = 13;
    size_t builds = kd_lines_test_builds(), asked = 0;
    for (int round = 0; round < 4; round++) {
        size_t n = long_line_text(t, 300000 + next_rand(&seed) % 900000, &seed);
        memcpy(copy, t, n);
        kd_lines_new_text(t, n);
        for (int pass = 0; pass < 2; pass++) {
            /* (the first pass asks before the index is built, the second
             * after: the reads past the probe have come to n by then) */
            for (size_t pos = 0; pos <= n; pos += pass ? 1 + next_rand(&seed) % 997 : 1 + next_rand(&seed) % 4001) {
                size_t m = pos + next_rand(&seed) % 100000;
                if (m > n)
                    m = n;
                assert_int_equal(kd_line_start(t, pos), plain_start(t, pos));
                assert_int_equal(kd_line_end(t, n, pos), plain_end(t, n, pos));
                assert_int_equal(kd_line_end(t, m, pos), plain_end(t, m, pos));
                assert_int_equal(kd_line_start(copy, pos), plain_start(copy, pos));
                assert_int_equal(kd_line_end(copy, n, pos), plain_end(copy, n, pos));
                asked++;
            }
            for (size_t i = 0; i < n; i++) {
                if (t[i] != '\n')
                    continue;
                /* (next to it, and where it is just within or just past
                 * LINE_MAX_SCAN before or after) */
                static const size_t off[] = {0, 1, 2, LINE_MAX_SCAN - 2, LINE_MAX_SCAN - 1, LINE_MAX_SCAN,
                                             LINE_MAX_SCAN + 1, LINE_MAX_SCAN + 2};
                for (size_t d = 0; d < sizeof off / sizeof off[0]; d++) {
                    if (i >= off[d]) {
                        assert_int_equal(kd_line_start(t, i - off[d]), plain_start(t, i - off[d]));
                        assert_int_equal(kd_line_end(t, n, i - off[d]), plain_end(t, n, i - off[d]));
                    }
                    if (i + off[d] <= n) {
                        assert_int_equal(kd_line_start(t, i + off[d]), plain_start(t, i + off[d]));
                        assert_int_equal(kd_line_end(t, n, i + off[d]), plain_end(t, n, i + off[d]));
                    }
                }
            }
            assert_int_equal(kd_line_start(t, n), plain_start(t, n));
            assert_int_equal(kd_line_end(t, n, n), plain_end(t, n, n));
        }
        kd_lines_done();
        /* done: the text is no longer indexed, and is read as before */
        assert_int_equal(kd_line_start(t, n), plain_start(t, n));
    }
    /* the index was built for each text, and asked */
    assert_int_equal(kd_lines_test_builds(), builds + 4);
    assert_true(asked > 1000);
    free(t);
    free(copy);
}

/* A text of lines shorter than the probe is read without an index,
 * however often it is asked. */
static void test_short_lines_build_no_index(void **state)
{
    (void)state;
    size_t n = 0, cap = 400000;
    char *t = malloc(cap);
    assert_non_null(t);
    while (n + 1100 < cap) {
        size_t l = n % 7 == 0 ? 1023 : 70; /* (LINE_PROBE - 1) */
        memset(t + n, 'x', l);
        n += l;
        t[n++] = '\n';
    }
    size_t builds = kd_lines_test_builds();
    kd_lines_new_text(t, n);
    for (size_t pos = 0; pos <= n; pos++) {
        assert_int_equal(kd_line_start(t, pos), plain_start(t, pos));
        assert_int_equal(kd_line_end(t, n, pos), plain_end(t, n, pos));
    }
    kd_lines_done();
    assert_int_equal(kd_lines_test_builds(), builds);
    free(t);
}

static void same_str(const char *a, const char *b)
{
    if (!a || !b)
        assert_true(a == b);
    else
        assert_string_equal(a, b);
}

static void same_span(ki_span a, ki_span b)
{
    assert_int_equal(a.start, b.start);
    assert_int_equal(a.end, b.end);
    assert_int_equal(a.page, b.page);
}

/* Everything two detections found, field by field. */
static void same_refs(const ki_refs *a, const ki_refs *b)
{
    same_str(a->kind, b->kind);
    same_str(a->date, b->date);
    same_str(a->title, b->title);
    same_str(a->self_id, b->self_id);
    same_str(a->kenmerk, b->kenmerk);
    assert_int_equal(a->nkamerstukken, b->nkamerstukken);
    for (size_t i = 0; i < a->nkamerstukken; i++) {
        same_str(a->kamerstukken[i].id, b->kamerstukken[i].id);
        same_span(a->kamerstukken[i].span, b->kamerstukken[i].span);
    }
    assert_int_equal(a->nhandelingen, b->nhandelingen);
    for (size_t i = 0; i < a->nhandelingen; i++) {
        same_str(a->handelingen[i].id, b->handelingen[i].id);
        same_span(a->handelingen[i].span, b->handelingen[i].span);
    }
    assert_int_equal(a->ntk_numbers, b->ntk_numbers);
    for (size_t i = 0; i < a->ntk_numbers; i++) {
        same_str(a->tk_numbers[i].id, b->tk_numbers[i].id);
        same_span(a->tk_numbers[i].span, b->tk_numbers[i].span);
    }
    assert_int_equal(a->nmotions, b->nmotions);
    for (size_t i = 0; i < a->nmotions; i++) {
        const ki_motion *x = &a->motions[i], *y = &b->motions[i];
        same_str(x->kamerstuk, y->kamerstuk);
        same_str(x->subject, y->subject);
        same_str(x->evidence, y->evidence);
        same_str(x->text, y->text);
        assert_int_equal(x->relation, y->relation);
        assert_int_equal(x->nsponsors, y->nsponsors);
        for (size_t k = 0; k < x->nsponsors; k++) {
            same_str(x->sponsors[k].name, y->sponsors[k].name);
            same_str(x->sponsors[k].party, y->sponsors[k].party);
        }
        same_span(x->span, y->span);
    }
    assert_int_equal(a->ncommitments, b->ncommitments);
    for (size_t i = 0; i < a->ncommitments; i++) {
        const ki_commitment *x = &a->commitments[i], *y = &b->commitments[i];
        assert_int_equal(x->nactors, y->nactors);
        for (size_t k = 0; k < x->nactors; k++)
            same_str(x->actors[k], y->actors[k]);
        same_str(x->venue, y->venue);
        same_str(x->date, y->date);
        same_str(x->date_raw, y->date_raw);
        same_str(x->deadline, y->deadline);
        same_str(x->subject, y->subject);
        assert_int_equal(x->nrefs, y->nrefs);
        for (size_t k = 0; k < x->nrefs; k++)
            same_str(x->refs[k], y->refs[k]);
        assert_int_equal(x->relation, y->relation);
        same_str(x->evidence, y->evidence);
        same_str(x->text, y->text);
        same_span(x->span, y->span);
    }
}

/* The texts of the corpus and the gold documents, one after another. */
static char *joined_corpus(size_t *len)
{
    glob_t g;
    const char *top = getenv("TOP");
    char pat[2][4096];
    snprintf(pat[0], sizeof pat[0], "%s/corpus/txt/*.txt", top ? top : ".");
    snprintf(pat[1], sizeof pat[1], "%s/tests/gold/docs/*.txt", top ? top : ".");
    char *all = NULL;
    size_t n = 0;
    if (glob(pat[0], 0, NULL, &g) != 0)
        return NULL;
    glob(pat[1], GLOB_APPEND, NULL, &g);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        size_t l;
        char *t = test_slurp(g.gl_pathv[i], &l);
        if (!t)
            continue;
        char *v = realloc(all, n + l + 2);
        assert_non_null(v);
        all = v;
        memcpy(all + n, t, l);
        n += l;
        all[n++] = '\n';
        free(t);
    }
    globfree(&g);
    if (all)
        all[n] = '\0';
    *len = n;
    return all;
}

/* ki_detect() on text[0, n) with the line index and with every bound read
 * in full: the same records; whether an index was built. */
static bool detect_same(ki_detector *d, const char *text, size_t n)
{
    ki_err err;
    ki_text *t = ki_text_from_string(text, n);
    assert_non_null(t);
    ki_refs *fast = NULL, *plain = NULL;
    size_t builds = kd_lines_test_builds();
    assert_int_equal(ki_detect(d, t, "2025-06-15", &fast, &err), KI_OK);
    bool built = kd_lines_test_builds() > builds;
    kd_lines_test_plain(true);
    assert_int_equal(ki_detect(d, t, "2025-06-15", &plain, &err), KI_OK);
    kd_lines_test_plain(false);
    assert_int_equal(kd_lines_test_builds(), builds + built); /* (none when plain) */
    same_refs(fast, plain);
    assert_true(fast->nkamerstukken > 0);
    ki_refs_free(fast);
    ki_refs_free(plain);
    ki_text_free(t);
    return built;
}

/* The corpus on one line (its line ends and form feeds made blanks, as a
 * scrape gives it), four times over so that it is several times LINE_MAX_SCAN:
 * the index is built and the records are the same; the corpus as it is
 * (short lines) builds none, and its records are the same too. */
static void test_detect_one_line_same_as_plain(void **state)
{
    (void)state;
    size_t n;
    char *all = joined_corpus(&n);
    assert_non_null(all);
    assert_true(n > LINE_MAX_SCAN);
    ki_detector *d;
    ki_err err;
    assert_int_equal(ki_detector_new(&d, &err), KI_OK);
    assert_false(detect_same(d, all, n));
    char *one = malloc(4 * n);
    assert_non_null(one);
    for (size_t i = 0; i < 4 * n; i++) {
        char c = all[i % n];
        one[i] = c == '\n' || c == '\f' || c == '\r' ? ' ' : c;
    }
    assert_true(detect_same(d, one, 4 * n));
    /* and a text of a few long lines, cut at every 100,000th byte */
    for (size_t i = 100000; i < 4 * n; i += 100000)
        one[i] = '\n';
    assert_true(detect_same(d, one, 4 * n));
    ki_detector_free(d);
    free(one);
    free(all);
}

/* A Handelingen running header ("5 maart 2024 TK 58 58-15-1", the item's
 * title on the line above) below a long line full of "TK"s that are no
 * header: each K's line is found where it stands, not the line of the K
 * before; and on the long line itself, the header is found there too. */
static void test_running_header_below_long_line(void **state)
{
    (void)state;
    static char text[4000];
    size_t k = 0;
    for (int i = 0; i < 40; i++)
        k += (size_t)snprintf(text + k, sizeof text - k, "xTK %d yEK %d TK 5 6-7 ", i, i);
    size_t decoys = k;
    k += (size_t)snprintf(text + k, sizeof text - k,
                          "\nDebat over de begroting\n5 maart 2024 TK 58 58-15-1\nDe voorzitter: Ik open de vergadering.\n");
    ki_detector *d;
    ki_err err;
    assert_int_equal(ki_detector_new(&d, &err), KI_OK);
    for (int one_line = 0; one_line < 2; one_line++) {
        if (one_line)
            for (size_t i = decoys; i < k - 1; i++)
                if (text[i] == '\n')
                    text[i] = ' ';
        ki_text *t = ki_text_from_string(text, k);
        ki_refs *r = NULL;
        assert_int_equal(ki_detect(d, t, NULL, &r, &err), KI_OK);
        assert_non_null(r->self_id);
        assert_string_equal(r->self_id, "h-tk-20232024-58-15");
        assert_non_null(r->date);
        assert_string_equal(r->date, "2024-03-05");
        if (!one_line) {
            assert_non_null(r->title);
            assert_string_equal(r->title, "Debat over de begroting");
        }
        ki_refs_free(r);
        ki_text_free(t);
    }
    ki_detector_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_bounds_same_as_walk),
        cmocka_unit_test(test_short_lines_build_no_index),
        cmocka_unit_test(test_detect_one_line_same_as_plain),
        cmocka_unit_test(test_running_header_below_long_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
