/*
 * scan.h - incremental ingestion: which files to (re)index, the batch
 * writer, and the removal of files that are gone.
 *
 * ki_ingest() brings the index up to date with the files under the given
 * paths.  The algorithm is written down above its definition in scan.c.
 * It is library code: it prints nothing and reports through callbacks;
 * `kamerindex ingest` (cli/cmd_ingest.c) does the printing.
 *
 * Outcomes per file are "note and continue" (a damaged PDF, a worker that
 * crashed or hung: on_failure is called, the batch goes on) or "fatal"
 * (the index cannot be written: ki_ingest() returns the status).  Either
 * way the index holds every document committed so far and opens.
 */
#ifndef KI_SCAN_H
#define KI_SCAN_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/status.h"
#include "workers.h"
#include "xap.h"

/* Metadata keys ki_ingest() writes into the index. */
#define KI_META_SCHEMA  "kamerindex.schema"   /* KI_SCHEMA_VERSION */
#define KI_META_FAILED  "kamerindex.failed"   /* JSON [{"file","reason"}] of the last ingest */

typedef struct ki_ingest_summary {
    unsigned added, updated, unchanged, removed, failed;
    unsigned files;   /* files found under the paths */
    uint64_t pages;   /* pages of the files (re)indexed */
    double   seconds;
} ki_ingest_summary;

typedef struct ki_ingest_progress {
    size_t   done, total; /* files (re)indexed or failed so far, of those to do */
    unsigned failed;
    uint64_t pages;
    double   elapsed;     /* seconds since the work started */
} ki_ingest_progress;

typedef struct ki_ingest_opts {
    int      jobs;          /* worker processes; <= 0: number of cores */
    bool     force;         /* re-index even unchanged files */
    double   timeout_s;     /* per file; 0: $KAMERINDEX_WORKER_TIMEOUT, else 60 */
    size_t   mem_mb;        /* per worker; 0: $KAMERINDEX_WORKER_MEMORY_MB, else 2048 */
    /* Commit after batch_docs documents (0: $KAMERINDEX_BATCH_DOCS, else
     * 1000) or batch_seconds (0: $KAMERINDEX_BATCH_SECONDS, else 2 s).
     * Fewer, larger commits make a smaller and faster index (300 letters:
     * 7.7 MB in batches of 100, 4.7 MB in one); a kill -9 loses at most
     * the last batch, which the next run redoes. */
    unsigned batch_docs;
    double   batch_seconds;
    /* Set (by a signal handler) to stop: what is done is committed and
     * ki_ingest() returns KI_ERR_INTERRUPTED.  May be NULL. */
    volatile sig_atomic_t *stop;
    /* The work per file (NULL: ki_pipeline_work). */
    ki_work_fn *work;
    void       *work_ctx;
    /* Callbacks, each may be NULL; ctx is passed to them. */
    void (*on_failure)(void *ctx, const char *path, ki_status st, const char *reason);
    void (*on_progress)(void *ctx, const ki_ingest_progress *p);
    void *ctx;
} ki_ingest_opts;

/*
 * Ingests paths[0..npaths) (files and folders) into db, a KI_DB_WRITE
 * handle, and fills *sum.  Returns KI_OK when the run completed (some
 * files may have failed: sum->failed), KI_ERR_INTERRUPTED when *o->stop
 * was set, or a fatal status of the index (KI_ERR_DISK_FULL, KI_ERR_DB,
 * ...) or of the workers (KI_ERR_IO), with err->msg; the index then holds
 * what was committed before.
 */
ki_status ki_ingest(ki_db *db, char *const *paths, size_t npaths, const ki_ingest_opts *o,
                    ki_ingest_summary *sum, ki_err *err);

#endif
