/*
 * scan.c - incremental, batched, crash-safe ingestion (see scan.h).
 */
#include "scan.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../util/buf.h"
#include "../util/json.h"
#include "indexer.h"
#include "pipeline.h"
#include "schema.h"

typedef struct entry {
    char    *path;    /* as the user would name it: ARG/rel/name */
    char    *abspath; /* the identity: realpath(ARG)/rel/name */
    uint64_t size;
    int64_t  mtime_ns;
    bool     todo;    /* to (re)index */
    bool     existed; /* already in the index (so: updated, not added) */
} entry;

typedef struct dev_ino {
    dev_t dev;
    ino_t ino;
} dev_ino;

typedef struct scan {
    const ki_ingest_opts *o;
    ki_ingest_summary    *sum;
    entry   *e;
    size_t   n, cap;
    char   **roots;      /* folders given: their files not found are removed */
    size_t   nroots;
    char   **skip;       /* folders that could not be read: nothing under them is removed */
    size_t   nskip;
    char   **missing;    /* abspaths of files given that do not exist */
    char   **missing_as; /* ... and as the user named them */
    size_t   nmissing, nmissing_as;
    dev_ino *seen;       /* folders walked, against symlink loops */
    size_t   nseen;
    ki_buf   failed;     /* the JSON array of failures, without its ']' */
    bool     schema_ok;  /* the index is empty or of KI_SCHEMA_VERSION */
    ki_err  *err;
} scan;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool stopped(const scan *s)
{
    return s->o->stop && *s->o->stop;
}

static ki_status nomem(scan *s)
{
    return ki_err_set(s->err, KI_ERR_NOMEM, "out of memory");
}

/* Notes a failure: the callback, the count and the JSON list. */
static ki_status note_failure(scan *s, const char *path, ki_status st, const char *reason)
{
    s->sum->failed++;
    if (s->o->on_failure)
        s->o->on_failure(s->o->ctx, path, st, reason);
    ki_buf *b = &s->failed;
    if ((b->len > 1 && ki_buf_addc(b, ',')) || ki_buf_adds(b, "{\"file\":")
        || ki_json_str(b, path) || ki_buf_adds(b, ",\"reason\":") || ki_json_str(b, reason)
        || ki_buf_addc(b, '}'))
        return nomem(s);
    return KI_OK;
}

static ki_status push_str(scan *s, char ***arr, size_t *n, const char *v)
{
    char **a = realloc(*arr, (*n + 1) * sizeof *a);
    if (!a)
        return nomem(s);
    *arr = a;
    if (!(a[*n] = strdup(v)))
        return nomem(s);
    (*n)++;
    return KI_OK;
}

static void free_strs(char **a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(a[i]);
    free(a);
}

static int64_t mtime_ns(const struct stat *sb)
{
    return (int64_t)sb->st_mtim.tv_sec * 1000000000 + sb->st_mtim.tv_nsec;
}

static ki_status add_entry(scan *s, const char *path, const char *abspath,
                           const struct stat *sb)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        entry *e = realloc(s->e, cap * sizeof *e);
        if (!e)
            return nomem(s);
        s->e = e;
        s->cap = cap;
    }
    entry *e = &s->e[s->n];
    memset(e, 0, sizeof *e);
    e->path = strdup(path);
    e->abspath = strdup(abspath);
    if (!e->path || !e->abspath) {
        free(e->path);
        free(e->abspath);
        return nomem(s);
    }
    e->size = (uint64_t)sb->st_size;
    e->mtime_ns = mtime_ns(sb);
    s->n++;
    return KI_OK;
}

/* Is a file found in a folder one to index: .pdf or .txt, or "%PDF-". */
static bool wanted_file(const char *abspath, const char *name)
{
    const char *dot = strrchr(name, '.');
    if (dot && (strcasecmp(dot, ".pdf") == 0 || strcasecmp(dot, ".txt") == 0))
        return true;
    int fd = open(abspath, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    char magic[5];
    ssize_t n = read(fd, magic, sizeof magic);
    close(fd);
    return n == 5 && memcmp(magic, "%PDF-", 5) == 0;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walks folder abs (shown as shown), adding the files to index, in name
 * order.  Hidden names (".x") are skipped; symlinks are followed, but a
 * folder already walked (same device and inode) is not walked again. */
static ki_status walk(scan *s, const char *shown, const char *abs, const struct stat *dsb)
{
    for (size_t i = 0; i < s->nseen; i++)
        if (s->seen[i].dev == dsb->st_dev && s->seen[i].ino == dsb->st_ino)
            return KI_OK;
    dev_ino *seen = realloc(s->seen, (s->nseen + 1) * sizeof *seen);
    if (!seen)
        return nomem(s);
    s->seen = seen;
    s->seen[s->nseen++] = (dev_ino){dsb->st_dev, dsb->st_ino};

    DIR *d = opendir(abs);
    if (!d) {
        char why[256];
        snprintf(why, sizeof why, "cannot read the folder: %s", strerror(errno));
        ki_status st = push_str(s, &s->skip, &s->nskip, abs);
        return st ? st : note_failure(s, shown, KI_ERR_IO, why);
    }
    char **names = NULL;
    size_t nnames = 0;
    ki_status st = KI_OK;
    struct dirent *de;
    while (!st && (de = readdir(d)) != NULL)
        if (de->d_name[0] != '.')
            st = push_str(s, &names, &nnames, de->d_name);
    closedir(d);
    if (!st && nnames)
        qsort(names, nnames, sizeof *names, cmp_name);

    ki_buf sp = KI_BUF_INIT, ap = KI_BUF_INIT;
    for (size_t i = 0; !st && i < nnames && !stopped(s); i++) {
        ki_buf_truncate(&sp, 0);
        ki_buf_truncate(&ap, 0);
        if (ki_buf_addf(&sp, "%s/%s", shown, names[i])
            || ki_buf_addf(&ap, "%s/%s", strcmp(abs, "/") ? abs : "", names[i])) {
            st = nomem(s);
            break;
        }
        struct stat sb;
        if (stat(ap.data, &sb) != 0) {
            /* A dangling symlink or a file that went away is skipped; a
             * symlink loop or an unreadable entry is reported. */
            if (errno != ENOENT)
                st = note_failure(s, sp.data, KI_ERR_IO, strerror(errno));
            continue;
        }
        if (S_ISDIR(sb.st_mode))
            st = walk(s, sp.data, ap.data, &sb);
        else if (S_ISREG(sb.st_mode) && wanted_file(ap.data, names[i]))
            st = add_entry(s, sp.data, ap.data, &sb);
    }
    ki_buf_free(&sp);
    ki_buf_free(&ap);
    free_strs(names, nnames);
    return st;
}

/* One path the user gave: a folder (walked, and a root for removals), a
 * file (taken whatever its name), or nothing (a removal if indexed). */
static ki_status add_path(scan *s, const char *given)
{
    /* "corpus/" and "corpus" show their files the same way */
    char *shown = strdup(given);
    if (!shown)
        return nomem(s);
    size_t len = strlen(shown);
    while (len > 1 && shown[len - 1] == '/')
        shown[--len] = '\0';

    ki_status st = KI_OK;
    struct stat sb;
    if (stat(given, &sb) != 0) {
        int e = errno;
        char *abs = ki_index_abspath(shown);
        if (e == ENOENT && abs) {
            st = push_str(s, &s->missing_as, &s->nmissing_as, shown);
            if (!st)
                st = push_str(s, &s->missing, &s->nmissing, abs);
        } else {
            st = note_failure(s, shown, KI_ERR_IO, strerror(e));
        }
        free(abs);
    } else if (S_ISDIR(sb.st_mode)) {
        char *abs = realpath(given, NULL);
        if (!abs)
            st = note_failure(s, shown, KI_ERR_IO, strerror(errno));
        else {
            st = push_str(s, &s->roots, &s->nroots, abs);
            if (!st)
                st = walk(s, shown, abs, &sb);
            free(abs);
        }
    } else if (S_ISREG(sb.st_mode)) {
        char *abs = ki_index_abspath(shown);
        st = abs ? add_entry(s, shown, abs, &sb) : nomem(s);
        free(abs);
    } else {
        st = note_failure(s, shown, KI_ERR_NOT_PDF, "not a regular file or folder");
    }
    free(shown);
    return st;
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->abspath, ((const entry *)b)->abspath);
}

static bool has_entry(const scan *s, const char *abspath)
{
    entry key = {.abspath = (char *)abspath};
    return bsearch(&key, s->e, s->n, sizeof *s->e, cmp_entry) != NULL;
}

/* Is path inside folder (folder + "/" + ...)? */
static bool under(const char *path, const char *folder)
{
    size_t n = strlen(folder);
    if (n == 1 && folder[0] == '/')
        return path[0] == '/';
    return strncmp(path, folder, n) == 0 && path[n] == '/';
}

static ki_status db_fail(scan *s, ki_db *db, ki_status st, const char *what)
{
    return ki_err_set(s->err, st, "%s: %s", what, ki_db_errmsg(db));
}

/* Is the stored signature ("SIZE:MTIME:HASH") that of e's size and mtime? */
static bool same_signature(const char *stored, const entry *e)
{
    char want[64];
    int n = snprintf(want, sizeof want, "%" PRIu64 ":%" PRId64 ":", e->size, e->mtime_ns);
    return n > 0 && strncmp(stored, want, (size_t)n) == 0;
}

/* Sorts the files into unchanged and to do (see the algorithm). */
static ki_status decide(scan *s, ki_db *db, bool force)
{
    ki_buf q = KI_BUF_INIT, sig = KI_BUF_INIT;
    ki_status st = KI_OK;
    for (size_t i = 0; i < s->n && !stopped(s); i++) {
        entry *e = &s->e[i];
        ki_buf_truncate(&q, 0);
        ki_buf_truncate(&sig, 0);
        if (ki_index_unique_term(e->abspath, &q)) {
            st = nomem(s);
            break;
        }
        unsigned docid;
        st = ki_db_find(db, q.data, &docid);
        if (st == KI_ERR_NOT_FOUND) {
            e->todo = true;
            st = KI_OK;
            continue;
        }
        if (st || (st = ki_db_get_value(db, docid, KI_SLOT_SIGNATURE, &sig)) != KI_OK) {
            st = db_fail(s, db, st, "reading the index");
            break;
        }
        e->existed = true;
        e->todo = force || !same_signature(ki_buf_str(&sig), e);
        if (!e->todo)
            s->sum->unchanged++;
    }
    ki_buf_free(&q);
    ki_buf_free(&sig);
    return st;
}

static double env_double(const char *name, double dflt)
{
    const char *v = getenv(name);
    if (!v || !*v)
        return dflt;
    char *end;
    double d = strtod(v, &end);
    return *end == '\0' && d > 0 ? d : dflt;
}

static void progress(scan *s, size_t done, size_t total, double t0)
{
    if (!s->o->on_progress)
        return;
    ki_ingest_progress p = {done, total, s->sum->failed, s->sum->pages, now_s() - t0};
    s->o->on_progress(s->o->ctx, &p);
}

/* Commits the open transaction and opens the next one. */
static ki_status checkpoint(scan *s, ki_db *db, bool reopen)
{
    ki_status st = ki_db_commit(db);
    if (st)
        return db_fail(s, db, st, "committing to the index");
    if (reopen && (st = ki_db_begin(db)) != KI_OK)
        return db_fail(s, db, st, "starting a transaction");
    return KI_OK;
}

/* Hands the files to do to the workers and stores what comes back, in
 * transactions of batch_docs documents or batch_seconds. */
static ki_status index_files(scan *s, ki_db *db)
{
    const ki_ingest_opts *o = s->o;
    size_t total = 0;
    for (size_t i = 0; i < s->n; i++)
        total += s->e[i].todo;
    if (total == 0)
        return KI_OK;

    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = o->jobs > 0 ? o->jobs : cores > 0 ? (int)cores : 1;
    if ((size_t)jobs > total)
        jobs = (int)total;
    if (jobs > KI_POOL_MAX)
        jobs = KI_POOL_MAX;
    ki_pool_opts po = {
        .workers = jobs,
        .timeout_s = o->timeout_s > 0 ? o->timeout_s
                                      : env_double("KAMERINDEX_WORKER_TIMEOUT", 60),
        .mem_mb = o->mem_mb > 0 ? o->mem_mb
                                : (size_t)env_double("KAMERINDEX_WORKER_MEMORY_MB", 2048),
        .work = o->work ? o->work : ki_pipeline_work,
        .ctx = o->work ? o->work_ctx : NULL,
    };
    unsigned batch_docs = o->batch_docs ? o->batch_docs
                                        : (unsigned)env_double("KAMERINDEX_BATCH_DOCS", 1000);
    double batch_s = o->batch_seconds > 0 ? o->batch_seconds
                                          : env_double("KAMERINDEX_BATCH_SECONDS", 2.0);

    ki_pool *pool;
    ki_status st = ki_pool_new(&po, &pool, s->err);
    if (st)
        return st;
    if ((st = ki_db_begin(db)) != KI_OK) {
        ki_pool_free(pool);
        return db_fail(s, db, st, "starting a transaction");
    }
    /* The version goes in with the first documents, so that a run cut
     * short is not taken for an old index by the next.  (When the index is
     * of an older version, only the end of a complete run may say so.) */
    if (s->schema_ok && (st = ki_db_set_metadata(db, KI_META_SCHEMA, KI_SCHEMA_VERSION)) != KI_OK) {
        ki_db_cancel(db);
        ki_pool_free(pool);
        return db_fail(s, db, st, "writing to the index");
    }
    double t0 = now_s(), last_commit = t0;
    unsigned in_txn = 0;
    size_t next = 0, done = 0;
    ki_buf q = KI_BUF_INIT;
    progress(s, 0, total, t0);
    while (!st) {
        if (stopped(s))
            break;
        while (next < s->n && !s->e[next].todo)
            next++;
        while (next < s->n && ki_pool_can_submit(pool)) {
            entry *e = &s->e[next];
            ki_job job = {next, e->path, e->abspath, e->size, e->mtime_ns};
            if ((st = ki_pool_submit(pool, &job, s->err)) != KI_OK)
                break;
            for (next++; next < s->n && !s->e[next].todo; next++)
                ;
        }
        if (st || (next >= s->n && ki_pool_busy(pool) == 0))
            break;

        ki_result r;
        bool got;
        if ((st = ki_pool_wait(pool, 250, &r, &got, s->err)) != KI_OK)
            break;
        if (got) {
            entry *e = &s->e[r.id];
            done++;
            if (r.st == KI_OK) {
                ki_buf_truncate(&q, 0);
                if (ki_index_unique_term(e->abspath, &q))
                    st = nomem(s);
                else if ((st = ki_db_replace(db, q.data, r.bytes, r.len, NULL)) != KI_OK)
                    st = db_fail(s, db, st, "writing to the index");
                if (!st) {
                    in_txn++;
                    s->sum->pages += r.pages > 0 ? (uint64_t)r.pages : 0;
                    if (e->existed)
                        s->sum->updated++;
                    else
                        s->sum->added++;
                }
            } else if (!(stopped(s) && r.st == KI_ERR_CRASHED)) {
                /* (a worker killed by the same signal that stops us is
                 * no failure of its file) */
                st = note_failure(s, e->path, r.st, r.msg && *r.msg ? r.msg : ki_status_str(r.st));
            }
            ki_result_clear(&r);
        }
        if (!st && in_txn > 0 && (in_txn >= batch_docs || now_s() - last_commit >= batch_s)) {
            st = checkpoint(s, db, true);
            in_txn = 0;
            last_commit = now_s();
        }
        progress(s, done, total, t0);
    }
    ki_buf_free(&q);
    ki_pool_free(pool);
    if (st) {
        /* The index stays as of the last commit. */
        ki_db_cancel(db);
        return st;
    }
    /* Done or stopped: keep what was indexed. */
    return checkpoint(s, db, false);
}

/* Removes the documents of files that are gone: under a folder given but
 * not found by the walk, or given by name and not there. */
static ki_status remove_gone(scan *s, ki_db *db)
{
    ki_status st = KI_OK;
    if ((st = ki_db_begin(db)) != KI_OK)
        return db_fail(s, db, st, "starting a transaction");
    if (s->nroots) {
        ki_values *v;
        if ((st = ki_db_values(db, KI_SLOT_PATH, &v)) != KI_OK) {
            ki_db_cancel(db);
            return db_fail(s, db, st, "reading the index");
        }
        for (; !st && ki_values_valid(v) && !stopped(s); ki_values_next(v)) {
            const char *p = ki_values_value(v, NULL);
            bool in_root = false, skipped = false;
            for (size_t i = 0; i < s->nroots && !in_root; i++)
                in_root = under(p, s->roots[i]);
            for (size_t i = 0; i < s->nskip && !skipped; i++)
                skipped = under(p, s->skip[i]);
            if (!in_root || skipped || has_entry(s, p))
                continue;
            if ((st = ki_db_delete_docid(db, ki_values_docid(v))) != KI_OK)
                st = db_fail(s, db, st, "removing from the index");
            else
                s->sum->removed++;
        }
        ki_values_free(v);
    }
    ki_buf q = KI_BUF_INIT;
    for (size_t i = 0; !st && i < s->nmissing; i++) {
        ki_buf_truncate(&q, 0);
        unsigned docid;
        if (ki_index_unique_term(s->missing[i], &q)) {
            st = nomem(s);
            break;
        }
        ki_status f = ki_db_find(db, q.data, &docid);
        if (f == KI_OK) {
            if ((st = ki_db_delete_docid(db, docid)) != KI_OK)
                st = db_fail(s, db, st, "removing from the index");
            else
                s->sum->removed++;
        } else if (f == KI_ERR_NOT_FOUND) {
            st = note_failure(s, s->missing_as[i], KI_ERR_NOT_FOUND, "no such file or folder");
        } else {
            st = db_fail(s, db, f, "reading the index");
        }
    }
    ki_buf_free(&q);
    if (st) {
        ki_db_cancel(db);
        return st;
    }
    return KI_OK; /* committed with the metadata */
}

static ki_status write_metadata(scan *s, ki_db *db)
{
    if (ki_buf_addc(&s->failed, ']')) {
        ki_db_cancel(db);
        return nomem(s);
    }
    /* A run that changed nothing writes nothing: a rerun is a no-op, down
     * to the bytes on disk. */
    ki_buf old_failed = KI_BUF_INIT, old_schema = KI_BUF_INIT;
    ki_status st = ki_db_get_metadata(db, KI_META_FAILED, &old_failed);
    if (!st)
        st = ki_db_get_metadata(db, KI_META_SCHEMA, &old_schema);
    bool same = !st && strcmp(ki_buf_str(&old_failed), s->failed.data) == 0
             && strcmp(ki_buf_str(&old_schema), KI_SCHEMA_VERSION) == 0;
    ki_buf_free(&old_failed);
    ki_buf_free(&old_schema);
    if (st) {
        ki_db_cancel(db);
        return db_fail(s, db, st, "reading the index");
    }
    if (same && s->sum->added + s->sum->updated + s->sum->removed == 0) {
        ki_db_cancel(db);
        return KI_OK;
    }
    if ((st = ki_db_set_metadata(db, KI_META_FAILED, s->failed.data)) != KI_OK
        || (st = ki_db_set_metadata(db, KI_META_SCHEMA, KI_SCHEMA_VERSION)) != KI_OK) {
        ki_db_cancel(db);
        return db_fail(s, db, st, "writing to the index");
    }
    return checkpoint(s, db, false);
}

/*
 * The incremental algorithm (after notmuch's add_files and recoll's
 * needUpdate):
 *
 *  1. Walk.  Each path given is a folder (walked recursively, in name
 *     order, hidden names skipped, symlinks followed but no folder walked
 *     twice, so a symlink loop ends), a file (taken whatever its name), or
 *     missing.  In folders, files named *.pdf or *.txt, or starting with
 *     "%PDF-", are taken.  A file's identity is its absolute path with the
 *     folders resolved (realpath) but not the file itself; its unique term
 *     is "Q" + file id (indexer.h).
 *  2. Decide.  A file whose document holds the signature SIZE:MTIME_NS of
 *     its stat() is unchanged and skipped without being read.  Otherwise it
 *     is new (added) or changed (updated); touching a file re-indexes it.
 *     --force, or an index written under another KI_SCHEMA_VERSION,
 *     re-indexes everything.  (The content hash in the signature records
 *     what was indexed; the decision uses size and mtime only, so a rerun
 *     over an unchanged folder reads no file.)
 *  3. Index.  Workers (workers.h) extract, detect and build each document;
 *     this process alone writes, replacing the document with the same
 *     unique term, inside transactions committed every batch_docs
 *     documents or batch_seconds.  A commit is atomic, so a process killed
 *     at any moment leaves the index as of its last commit, and the next
 *     run finds the rest still to do.  A file that fails (damaged, crashed
 *     or hung its worker) is noted and the batch goes on; its old document,
 *     if any, is kept.  Ctrl-C (o->stop) stops handing out files, commits
 *     what came back and returns KI_ERR_INTERRUPTED.
 *  4. Remove, after the additions, in one transaction with the metadata:
 *     documents whose path is under a folder given but that the walk did
 *     not find (deleted, renamed, no longer a PDF), except under a folder
 *     that could not be read; and files given by name that no longer exist.
 *  5. Record the failures of this run (KI_META_FAILED, what `stats` counts)
 *     and the schema version, and commit; a run that changed nothing
 *     writes nothing.
 *
 * A fatal error of the index (a full disk, a damaged index) cancels the
 * open transaction and returns: the index is as of the last commit.
 */
ki_status ki_ingest(ki_db *db, char *const *paths, size_t npaths, const ki_ingest_opts *o,
                    ki_ingest_summary *sum, ki_err *err)
{
    double t0 = now_s();
    memset(sum, 0, sizeof *sum);
    scan s;
    memset(&s, 0, sizeof s);
    s.o = o;
    s.sum = sum;
    s.err = err;
    ki_status st = ki_buf_addc(&s.failed, '[') ? nomem(&s) : KI_OK;

    /* 1. walk */
    for (size_t i = 0; !st && i < npaths && !stopped(&s); i++)
        st = add_path(&s, paths[i]);
    if (!st && s.n) {
        qsort(s.e, s.n, sizeof *s.e, cmp_entry);
        size_t k = 0;
        for (size_t i = 0; i < s.n; i++) {
            if (k > 0 && strcmp(s.e[k - 1].abspath, s.e[i].abspath) == 0) {
                free(s.e[i].path);
                free(s.e[i].abspath);
                continue;
            }
            s.e[k++] = s.e[i];
        }
        s.n = k;
    }
    sum->files = (unsigned)s.n;

    /* 2. decide */
    bool force = o->force;
    if (!st) {
        ki_buf ver = KI_BUF_INIT;
        unsigned ndocs = 0;
        if ((st = ki_db_get_metadata(db, KI_META_SCHEMA, &ver)) != KI_OK
            || (st = ki_db_doccount(db, &ndocs)) != KI_OK)
            st = db_fail(&s, db, st, "reading the index");
        s.schema_ok = ndocs == 0 || strcmp(ki_buf_str(&ver), KI_SCHEMA_VERSION) == 0;
        if (!s.schema_ok)
            force = true;
        ki_buf_free(&ver);
    }
    if (!st)
        st = decide(&s, db, force);

    /* 3. index */
    if (!st && !stopped(&s))
        st = index_files(&s, db);

    /* 4. remove, 5. record */
    if (!st && !stopped(&s))
        st = remove_gone(&s, db);
    if (!st && !stopped(&s))
        st = write_metadata(&s, db);
    if (!st && stopped(&s))
        st = ki_err_set(err, KI_ERR_INTERRUPTED,
                        "interrupted; what was indexed is kept, run ingest again to complete");

    sum->seconds = now_s() - t0;
    for (size_t i = 0; i < s.n; i++) {
        free(s.e[i].path);
        free(s.e[i].abspath);
    }
    free(s.e);
    free_strs(s.roots, s.nroots);
    free_strs(s.skip, s.nskip);
    free_strs(s.missing, s.nmissing);
    free_strs(s.missing_as, s.nmissing_as);
    free(s.seen);
    ki_buf_free(&s.failed);
    return st;
}
