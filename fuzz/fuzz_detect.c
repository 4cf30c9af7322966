/*
 * fuzz_detect.c - libFuzzer target: the reference detector on arbitrary bytes.
 *
 * The input is made to keep the ki_text contract (text.h: UTF-8, no NUL,
 * no '\r' or form feed) the way extraction would, then detected with one of
 * a few reference dates or none (chosen by the first byte).  Every span the
 * detector returns must lie inside the text; anything else aborts.
 *
 * fuzz-needs: ki_detect ki_refs_to_json ki_json_parse
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/fuzz_util.h"
#include "ingest/detect.h"

static ki_detector *detector;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[] = {NULL, "2024-06-20", "2000-02-29", "1999-12-31"};
    if (!detector && ki_detector_new(&detector, NULL) != KI_OK)
        abort();
    const char *ref_date = NULL;
    if (size > 0) {
        ref_date = dates[data[0] % 4];
        data++;
        size--;
    }
    ki_text *t = fuzz_text_from_bytes(data, size);
    if (!t)
        return 0;
    ki_refs *refs = NULL;
    ki_err err;
    if (ki_detect(detector, t, ref_date, &refs, &err) == KI_OK) {
        fuzz_check_refs(refs, t);
        ki_refs_free(refs);
    }
    ki_text_free(t);
    return 0;
}
