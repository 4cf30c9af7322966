/*
 * testdetect.h - ki_detect() on a string, for the unit tests of the
 * detector (tests only; include after <cmocka.h> and "ingest/detect.h").
 */
#ifndef KI_TESTDETECT_H
#define KI_TESTDETECT_H

#include <string.h>

/* The references det finds in text, its own date taken as date (NULL: from
 * the text); a detection error fails the test.  The caller frees the result
 * with ki_refs_free(). */
static inline ki_refs *test_detect(ki_detector *det, const char *text, const char *date)
{
    ki_text *t = ki_text_from_string(text, strlen(text));
    ki_refs *r = NULL;
    ki_err err;
    assert_non_null(t);
    if (ki_detect(det, t, date, &r, &err))
        fail_msg("ki_detect: %s", err.msg);
    ki_text_free(t);
    return r;
}

#endif
