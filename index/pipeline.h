/*
 * pipeline.h - what an ingest worker does with one file.
 *
 * ki_pipeline_work() is the ki_work_fn (workers.h) of `kamerindex ingest`:
 *   1. hash the file's content (the third part of its signature);
 *   2. ki_extract_file()  -> ki_text  (ingest/extract.h)
 *   3. ki_detect()        -> ki_refs  (ingest/detect.h; one detector per
 *      worker process, made on the first file)
 *   4. ki_refs_to_json()  -> the record stored as document data
 *   5. ki_index_build()   -> the serialised Xapian document (indexer.h)
 * and returns the document's bytes.  ctx is unused (NULL).
 *
 * Statuses: those of the steps (KI_ERR_NOT_PDF, KI_ERR_CORRUPT,
 * KI_ERR_NO_TEXT, ...), with err->msg saying why in one sentence.
 */
#ifndef KI_PIPELINE_H
#define KI_PIPELINE_H

#include <stdint.h>

#include "../util/buf.h"
#include "../util/status.h"
#include "workers.h"

ki_status ki_pipeline_work(void *ctx, const ki_job *job, ki_buf *out, int *pages, ki_err *err);

/* The FNV-1a 64 hash of a file's content (indexer.h's ki_hash64).
 * Statuses: KI_ERR_NOT_FOUND, KI_ERR_IO. */
ki_status ki_hash_file(const char *path, uint64_t *out, ki_err *err);

#endif
