/*
 * workers.h - extraction worker processes for ingest.
 *
 * A ki_pool runs N worker processes (fork) that each take one file at a
 * time, run the work function on it (extraction, detection, building the
 * Xapian document: pipeline.h) and send the result back over a socket to
 * the one process that writes the index.  A worker is a separate process
 * so that a file that crashes or hangs poppler costs only that file:
 *
 *   - a worker that dies (a signal, an abort, the memory limit) yields a
 *     KI_ERR_CRASHED result for its file, "worker crashed (signal 11,
 *     Segmentation fault)", and is replaced by a fresh one;
 *   - a worker that runs over the time limit is killed (SIGKILL) and yields
 *     KI_ERR_TIMEOUT, "took longer than 60 s", and is replaced;
 *   - the memory limit is RLIMIT_AS in the worker (not under ASan, which
 *     needs the address space for its shadow memory);
 *   - workers ignore SIGINT (the writer decides what Ctrl-C means) and get
 *     SIGKILL when the writer dies (PR_SET_PDEATHSIG), so a `kill -9` of
 *     ingest leaves no workers behind.
 *
 * Test hooks, read by the worker for each file: when the file's path
 * contains $KAMERINDEX_TEST_CRASH_ON the worker aborts; when it contains
 * $KAMERINDEX_TEST_HANG_ON it sleeps forever.
 *
 * The pool is used by one thread.  Results come back in the order workers
 * finish, tagged with the job's id.
 */
#ifndef KI_WORKERS_H
#define KI_WORKERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/buf.h"
#include "../util/status.h"

typedef struct ki_job {
    size_t      id;       /* the caller's tag, returned in the result */
    const char *path;     /* as the user named it */
    const char *abspath;  /* the file's identity */
    uint64_t    size;     /* from the scan's stat() */
    int64_t     mtime_ns;
} ki_job;

typedef struct ki_result {
    size_t    id;
    ki_status st;    /* KI_OK, the work function's status, KI_ERR_CRASHED or KI_ERR_TIMEOUT */
    int       pages; /* pages of the file (0 when unknown) */
    char     *msg;   /* why it failed, one sentence; "" on success */
    char     *bytes; /* on success: the work function's output */
    size_t    len;
} ki_result;

/* Frees what a result owns and zeroes it. */
void ki_result_clear(ki_result *r);

/* The work for one file, run inside a worker process: appends its output
 * (the serialised document) to out, sets *pages, returns KI_OK or a status
 * with a message in err. */
typedef ki_status ki_work_fn(void *ctx, const ki_job *job, ki_buf *out, int *pages,
                             ki_err *err);

#define KI_POOL_MAX 64

typedef struct ki_pool_opts {
    int         workers;   /* 1 .. KI_POOL_MAX */
    double      timeout_s; /* per file; <= 0: no limit */
    size_t      mem_mb;    /* address space per worker; 0: no limit */
    ki_work_fn *work;
    void       *ctx;       /* passed to work, in the worker */
} ki_pool_opts;

typedef struct ki_pool ki_pool;

/* Starts the workers.  Statuses: KI_ERR_NOMEM, KI_ERR_IO (fork or
 * socketpair failed; err says why), KI_ERR_USAGE. */
ki_status ki_pool_new(const ki_pool_opts *o, ki_pool **out, ki_err *err);

/* True when a worker is idle, so ki_pool_submit() will take a job. */
bool ki_pool_can_submit(const ki_pool *p);
/* Number of jobs in progress. */
unsigned ki_pool_busy(const ki_pool *p);

/* Hands job to an idle worker (the strings are copied).  Statuses:
 * KI_ERR_USAGE (no idle worker), KI_ERR_IO (the worker could not be
 * started again; err says why). */
ki_status ki_pool_submit(ki_pool *p, const ki_job *job, ki_err *err);

/*
 * Waits at most timeout_ms (-1: until something happens) for one job to
 * finish, enforcing the time limit meanwhile.  *got tells whether *out was
 * filled (free it with ki_result_clear()); it is false after the timeout,
 * when nothing is in progress, or when a signal arrived (check your stop
 * flag).  Statuses: KI_OK, KI_ERR_IO (a replacement worker could not be
 * started), KI_ERR_NOMEM.
 *
 * Typical usage:
 *     while (more jobs || ki_pool_busy(p)) {
 *         while (more jobs && ki_pool_can_submit(p)) ki_pool_submit(p, next, &err);
 *         ki_result r; bool got;
 *         if (ki_pool_wait(p, 200, &r, &got, &err)) fatal;
 *         if (got) { use r; ki_result_clear(&r); }
 *         if (stop) break;
 *     }
 */
ki_status ki_pool_wait(ki_pool *p, int timeout_ms, ki_result *out, bool *got, ki_err *err);

/* Kills the workers (their jobs in progress are dropped) and frees the
 * pool.  NULL is a no-op. */
void ki_pool_free(ki_pool *p);

#endif
