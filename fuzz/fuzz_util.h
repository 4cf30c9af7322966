/*
 * fuzz_util.h - what the libFuzzer targets (and their replay test) share.
 *
 * fuzz_text_from_bytes() turns arbitrary bytes into a ki_text that keeps
 * the text.h contract: invalid UTF-8 bytes, overlong forms and surrogates
 * become '?', NUL, '\r' and form feeds become ' '.  Returns NULL when out
 * of memory; free the result with ki_text_free().
 *
 * fuzz_check_refs() and fuzz_check_text() abort() when a result breaks its
 * header's promises (spans inside the text, pages in range, required fields
 * present, JSON that parses back), so that libFuzzer reports it as a crash.
 */
#ifndef KI_FUZZ_UTIL_H
#define KI_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/refs.h"
#include "ingest/text.h"

ki_text *fuzz_text_from_bytes(const uint8_t *data, size_t size);
void fuzz_check_text(const ki_text *t);
void fuzz_check_refs(const ki_refs *r, const ki_text *t);

#endif
