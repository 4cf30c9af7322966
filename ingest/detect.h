/*
 * detect.h - finding references in body text (PCRE2, JIT).
 *
 * A ki_detector holds the compiled pattern table (patterns.h); build it once
 * and reuse it for every document: building it compiles some hundred
 * patterns (some ten milliseconds); each is JIT-compiled, and asked which
 * bytes can begin a match, as documents first need it, so the first
 * documents cost more than later ones.  It is not thread-safe (ki_detect()
 * and ki_detector_match() change it): one detector per thread.
 * ki_detector_free(NULL) is a no-op.
 *
 * ki_detect() reads text (see text.h) and returns a new ki_refs that the
 * caller frees with ki_refs_free().  ref_date ("YYYY-MM-DD" or NULL) is the
 * document's own date when the text does not state it (the --date option);
 * a date found in the document itself wins over it.  A table laid out in
 * columns is read row by row, cell by cell (columns.h); every record's span
 * still points into the text as given.
 *
 * Statuses: KI_ERR_PATTERN (a pattern failed to compile; message says
 * which), KI_ERR_NOMEM.
 */
#ifndef KI_DETECT_H
#define KI_DETECT_H

#include "../util/status.h"
#include "refs.h"
#include "text.h"

typedef struct ki_detector ki_detector;

ki_status ki_detector_new(ki_detector **out, ki_err *err);
void ki_detector_free(ki_detector *d);

ki_status ki_detect(ki_detector *d, const ki_text *text, const char *ref_date,
                    ki_refs **out, ki_err *err);

/* The prefilter a detector runs (the first, vectorised pass over the text
 * that picks the places worth a closer look): the best the CPU has, unless
 * lowered here, for tests that check all find the same.  Sets it to level
 * (at most the best the CPU has; a negative level changes nothing) and
 * returns the one in use. */
enum { KI_PF_SSE2, KI_PF_SSSE3, KI_PF_AVX2 };
int ki_detector_prefilter(ki_detector *d, int level);

/* Runs one row of the pattern table (patterns.h, id) on s[0..n), which
 * must be valid UTF-8; returns 1 and the first match's span in
 * start..end, 0 when it does not match, -1 on a matching error.  For the
 * table's own tests and for tools. */
int ki_detector_match(ki_detector *d, int id, const char *s, size_t n, size_t *start,
                      size_t *end);

#endif
