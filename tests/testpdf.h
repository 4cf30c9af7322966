/*
 * testpdf.h - the unit tests' way to read a committed test PDF (tests only).
 * Include it after <cmocka.h>: a PDF that does not extract fails the test.
 */
#ifndef KI_TESTPDF_H
#define KI_TESTPDF_H

#include <stdio.h>

#include "ingest/extract.h"

/* The text of dir/name (dir under tests/, run from the repository root) as
 * `kamerindex text` extracts it; the caller frees it with ki_text_free(). */
static inline ki_text *test_extract_pdf(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "tests/%s/%s", dir, name);
    ki_text *t = NULL;
    ki_err err = {{0}};
    ki_status s = ki_extract_file(path, &t, &err);
    if (s)
        fprintf(stderr, "%s: %s\n", path, err.msg);
    assert_int_equal(s, KI_OK);
    assert_non_null(t);
    return t;
}

#endif
