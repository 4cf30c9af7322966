/*
 * fuzz_util.h - what the libFuzzer targets (and their replay test) share.
 *
 * fuzz_text_from_bytes() turns arbitrary bytes into a ki_text that keeps
 * the text.h contract: invalid UTF-8 bytes, overlong forms and surrogates
 * become '?', NUL, '\r' and form feeds become ' '.  Returns NULL when out
 * of memory; free the result with ki_text_free().
 *
 * fuzz_check_text() abort()s when a ki_text breaks text.h (NUL inside,
 * invalid UTF-8, '\r', a page map out of order), so that libFuzzer reports
 * it as a crash; FUZZ_CHECK(cond) does the same for any condition.
 * fuzz_valid_utf8() is true for strict UTF-8 (no overlongs, no surrogates).
 */
#ifndef KI_FUZZ_UTIL_H
#define KI_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include <stdio.h>
#include <stdlib.h>

#include "ingest/text.h"

#define FUZZ_CHECK(cond)                                                     \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            abort();                                                         \
        }                                                                    \
    } while (0)

ki_text *fuzz_text_from_bytes(const uint8_t *data, size_t size);
void fuzz_check_text(const ki_text *t);
int fuzz_valid_utf8(const char *s);

#endif
