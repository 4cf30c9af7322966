/*
 * workers.c - the worker processes of ingest (see workers.h).
 *
 * Protocol on each worker's socket (both directions, host byte order, the
 * same binary on both ends):
 *   job:    struct job_hdr, then path (plen bytes), then abspath (alen bytes)
 *   result: struct res_hdr, then msg (mlen bytes), then output (dlen bytes)
 * A worker reads a job, works, writes the result, and waits for the next;
 * end of file on its socket means "exit".
 */
#include "workers.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define KI_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KI_ASAN 1
#endif
#endif

#define JOB_MAGIC 0x4b494a42u /* "KIJB" */
#define RES_MAGIC 0x4b495253u /* "KIRS" */
#define MAX_PATH_BYTES (1u << 16)
#define MAX_MSG_BYTES (1u << 16)
#define MAX_DOC_BYTES (1u << 30)

struct job_hdr {
    uint32_t magic;
    uint32_t plen, alen;
    uint64_t id, size;
    int64_t  mtime_ns;
};

struct res_hdr {
    uint32_t magic;
    int32_t  st, pages;
    uint32_t mlen;
    uint64_t id, dlen;
};

typedef struct worker {
    pid_t  pid;       /* 0: not running */
    int    fd;        /* our end of the socket */
    bool   busy;
    size_t job_id;
    double started;   /* monotonic seconds */
    char  *path;      /* the job's path, for messages */
} worker;

struct ki_pool {
    ki_pool_opts o;
    worker      *w;
    int          n;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* read()/write() all of n bytes; false on end of file or an error. */
static bool read_full(int fd, void *p, size_t n)
{
    char *c = p;
    while (n > 0) {
        ssize_t r = read(fd, c, n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        c += r;
        n -= (size_t)r;
    }
    return true;
}

static bool write_full(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n > 0) {
        ssize_t r = send(fd, c, n, MSG_NOSIGNAL);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        c += r;
        n -= (size_t)r;
    }
    return true;
}

void ki_result_clear(ki_result *r)
{
    free(r->msg);
    free(r->bytes);
    memset(r, 0, sizeof *r);
}

/* ---------------------------------------------------------- the worker */

static bool path_matches_hook(const char *path, const char *env)
{
    const char *s = getenv(env);
    return s && *s && strstr(path, s);
}

static void worker_setup(const ki_pool_opts *o, int keep_fd)
{
    /* Die with the writer; leave Ctrl-C to it. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    /* Keep stdin/stdout/stderr and our socket; close the rest (the index's
     * files and the other workers' sockets). */
    if ((keep_fd > 3 && close_range(3, (unsigned)keep_fd - 1, 0) != 0)
        || close_range((unsigned)keep_fd + 1, ~0u, 0) != 0) {
        long maxfd = sysconf(_SC_OPEN_MAX);
        if (maxfd < 0 || maxfd > 65536)
            maxfd = 65536;
        for (int fd = 3; fd < maxfd; fd++)
            if (fd != keep_fd)
                close(fd);
    }
    /* A crash is reported, not dumped. */
    struct rlimit core = {0, 0};
    setrlimit(RLIMIT_CORE, &core);
#ifndef KI_ASAN
    if (o->mem_mb > 0) {
        struct rlimit rl;
        rl.rlim_cur = rl.rlim_max = (rlim_t)o->mem_mb * 1024 * 1024;
        setrlimit(RLIMIT_AS, &rl);
    }
#else
    (void)o;
#endif
}

static void send_result(int fd, uint64_t id, ki_status st, int pages, const char *msg,
                        const ki_buf *out)
{
    struct res_hdr h = {RES_MAGIC, (int32_t)st, pages, (uint32_t)strlen(msg), id,
                        st == KI_OK ? out->len : 0};
    if (!write_full(fd, &h, sizeof h) || !write_full(fd, msg, h.mlen)
        || (h.dlen && !write_full(fd, out->data, h.dlen)))
        _exit(1);
}

static void worker_main(const ki_pool_opts *o, int fd)
{
    worker_setup(o, fd);
    for (;;) {
        struct job_hdr h;
        if (!read_full(fd, &h, sizeof h))
            _exit(0);
        if (h.magic != JOB_MAGIC || h.plen > MAX_PATH_BYTES || h.alen > MAX_PATH_BYTES)
            _exit(3);
        char *path = malloc((size_t)h.plen + 1), *abspath = malloc((size_t)h.alen + 1);
        if (!path || !abspath || !read_full(fd, path, h.plen) || !read_full(fd, abspath, h.alen))
            _exit(3);
        path[h.plen] = abspath[h.alen] = '\0';

        if (path_matches_hook(path, "KAMERINDEX_TEST_CRASH_ON"))
            abort();
        while (path_matches_hook(path, "KAMERINDEX_TEST_HANG_ON"))
            pause();

        ki_job job = {(size_t)h.id, path, abspath, h.size, h.mtime_ns};
        ki_buf out = KI_BUF_INIT;
        ki_err err = {{0}};
        int pages = 0;
        ki_status st = o->work(o->ctx, &job, &out, &pages, &err);
        if (st == KI_OK && out.len > MAX_DOC_BYTES)
            st = ki_err_set(&err, KI_ERR_TOO_LARGE, "the indexed document is over 1 GB");
        if (st == KI_ERR_NOMEM && o->mem_mb)
            ki_err_set(&err, st, "out of memory (the worker limit is %zu MB)", o->mem_mb);
        send_result(fd, h.id, st, pages, st ? err.msg : "", &out);
        ki_buf_free(&out);
        free(path);
        free(abspath);
    }
}

/* ------------------------------------------------------------ the pool */

static ki_status start_worker(ki_pool *p, worker *w, ki_err *err)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return ki_err_set(err, KI_ERR_IO, "socketpair: %s", strerror(errno));
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(sv[0]);
        close(sv[1]);
        return ki_err_set(err, KI_ERR_IO, "fork: %s", strerror(e));
    }
    if (pid == 0) {
        close(sv[0]);
        worker_main(&p->o, sv[1]);
        _exit(0);
    }
    close(sv[1]);
    w->pid = pid;
    w->fd = sv[0];
    w->busy = false;
    return KI_OK;
}

/* Kills (when still running) and reaps a worker; *status gets its wait
 * status (0 when it was already gone). */
static void stop_worker(worker *w, bool kill_it, int *status)
{
    int ws = 0;
    if (w->pid > 0) {
        if (kill_it)
            kill(w->pid, SIGKILL);
        while (waitpid(w->pid, &ws, 0) < 0 && errno == EINTR)
            ;
    }
    if (w->fd >= 0)
        close(w->fd);
    w->pid = 0;
    w->fd = -1;
    w->busy = false;
    free(w->path);
    w->path = NULL;
    if (status)
        *status = ws;
}

ki_status ki_pool_new(const ki_pool_opts *o, ki_pool **out, ki_err *err)
{
    *out = NULL;
    if (o->workers < 1 || o->workers > KI_POOL_MAX || !o->work)
        return ki_err_set(err, KI_ERR_USAGE, "a pool needs 1 to %d workers and a work function",
                          KI_POOL_MAX);
    ki_pool *p = calloc(1, sizeof *p);
    if (!p || !(p->w = calloc((size_t)o->workers, sizeof *p->w))) {
        free(p);
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    }
    p->o = *o;
    p->n = o->workers;
    for (int i = 0; i < p->n; i++)
        p->w[i].fd = -1;
    for (int i = 0; i < p->n; i++) {
        ki_status st = start_worker(p, &p->w[i], err);
        if (st) {
            ki_pool_free(p);
            return st;
        }
    }
    *out = p;
    return KI_OK;
}

void ki_pool_free(ki_pool *p)
{
    if (!p)
        return;
    /* Closing the socket ends an idle worker; a busy one is killed. */
    for (int i = 0; i < p->n; i++)
        if (p->w[i].pid > 0 && !p->w[i].busy && p->w[i].fd >= 0) {
            close(p->w[i].fd);
            p->w[i].fd = -1;
        }
    for (int i = 0; i < p->n; i++)
        stop_worker(&p->w[i], p->w[i].busy, NULL);
    free(p->w);
    free(p);
}

bool ki_pool_can_submit(const ki_pool *p)
{
    for (int i = 0; i < p->n; i++)
        if (!p->w[i].busy)
            return true;
    return false;
}

unsigned ki_pool_busy(const ki_pool *p)
{
    unsigned n = 0;
    for (int i = 0; i < p->n; i++)
        n += p->w[i].busy;
    return n;
}

static bool send_job(worker *w, const ki_job *job)
{
    struct job_hdr h;
    memset(&h, 0, sizeof h); /* no uninitialised padding goes down the pipe */
    h.magic = JOB_MAGIC;
    h.plen = (uint32_t)strlen(job->path);
    h.alen = (uint32_t)strlen(job->abspath);
    h.id = job->id;
    h.size = job->size;
    h.mtime_ns = job->mtime_ns;
    return write_full(w->fd, &h, sizeof h) && write_full(w->fd, job->path, h.plen)
        && write_full(w->fd, job->abspath, h.alen);
}

ki_status ki_pool_submit(ki_pool *p, const ki_job *job, ki_err *err)
{
    if (strlen(job->path) > MAX_PATH_BYTES || strlen(job->abspath) > MAX_PATH_BYTES)
        return ki_err_set(err, KI_ERR_USAGE, "path too long");
    worker *w = NULL;
    for (int i = 0; i < p->n && !w; i++)
        if (!p->w[i].busy)
            w = &p->w[i];
    if (!w)
        return ki_err_set(err, KI_ERR_USAGE, "no idle worker");
    char *path = strdup(job->path);
    if (!path)
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    /* A worker that died while idle is restarted once. */
    for (int attempt = 0;; attempt++) {
        if (w->pid == 0) {
            ki_status st = start_worker(p, w, err);
            if (st) {
                free(path);
                return st;
            }
        }
        if (send_job(w, job))
            break;
        stop_worker(w, true, NULL);
        if (attempt == 1) {
            free(path);
            return ki_err_set(err, KI_ERR_IO, "cannot hand a file to a worker: %s",
                              strerror(errno));
        }
    }
    w->busy = true;
    w->job_id = job->id;
    w->started = now_s();
    free(w->path);
    w->path = path;
    return KI_OK;
}

/* Describes how a worker ended, for the failure message. */
static void describe_death(int ws, char *buf, size_t n)
{
    if (WIFSIGNALED(ws))
        snprintf(buf, n, "worker crashed (signal %d, %s)", WTERMSIG(ws), strsignal(WTERMSIG(ws)));
    else if (WIFEXITED(ws))
        snprintf(buf, n, "worker exited unexpectedly (status %d)", WEXITSTATUS(ws));
    else
        snprintf(buf, n, "worker crashed");
}

/* The worker died or misbehaved: a failure for its file, and a new worker. */
static ki_status fail_job(ki_pool *p, worker *w, ki_status st, const char *why, bool kill_it,
                          ki_result *out, ki_err *err)
{
    char msg[256];
    int ws;
    size_t id = w->job_id;
    stop_worker(w, kill_it, &ws);
    if (st == KI_ERR_CRASHED) {
        describe_death(ws, msg, sizeof msg);
        if (WIFSIGNALED(ws) && WTERMSIG(ws) == SIGKILL && p->o.mem_mb)
            snprintf(msg, sizeof msg, "worker killed (signal 9; over the memory limit of %zu MB?)",
                     p->o.mem_mb);
        why = msg;
    }
    memset(out, 0, sizeof *out);
    out->id = id;
    out->st = st;
    out->msg = strdup(why);
    if (!out->msg)
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    return start_worker(p, w, err);
}

static ki_status read_result(ki_pool *p, worker *w, ki_result *out, ki_err *err)
{
    struct res_hdr h;
    memset(out, 0, sizeof *out);
    if (!read_full(w->fd, &h, sizeof h) || h.magic != RES_MAGIC || h.id != w->job_id
        || h.mlen > MAX_MSG_BYTES || h.dlen > MAX_DOC_BYTES)
        return fail_job(p, w, KI_ERR_CRASHED, NULL, true, out, err);
    char *msg = malloc((size_t)h.mlen + 1);
    char *bytes = h.dlen ? malloc((size_t)h.dlen) : NULL;
    if (!msg || (h.dlen && !bytes)) {
        free(msg);
        free(bytes);
        fail_job(p, w, KI_ERR_NOMEM, "out of memory", true, out, err);
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory reading a worker's result");
    }
    if (!read_full(w->fd, msg, h.mlen) || (h.dlen && !read_full(w->fd, bytes, (size_t)h.dlen))) {
        free(msg);
        free(bytes);
        return fail_job(p, w, KI_ERR_CRASHED, NULL, true, out, err);
    }
    msg[h.mlen] = '\0';
    out->id = w->job_id;
    out->st = (ki_status)h.st;
    out->pages = h.pages;
    out->msg = msg;
    out->bytes = bytes;
    out->len = (size_t)h.dlen;
    w->busy = false;
    free(w->path);
    w->path = NULL;
    return KI_OK;
}

ki_status ki_pool_wait(ki_pool *p, int timeout_ms, ki_result *out, bool *got, ki_err *err)
{
    *got = false;
    struct pollfd fds[KI_POOL_MAX];
    int map[KI_POOL_MAX];

    /* The nearest deadline of a busy worker bounds the wait. */
    double now = now_s();
    int nf = 0;
    double wait_ms = timeout_ms < 0 ? -1 : timeout_ms;
    for (int i = 0; i < p->n; i++) {
        worker *w = &p->w[i];
        if (!w->busy)
            continue;
        if (p->o.timeout_s > 0) {
            double left = (w->started + p->o.timeout_s - now) * 1000.0;
            if (left <= 0) {
                char why[128];
                snprintf(why, sizeof why, "took longer than %g s; the worker was stopped",
                         p->o.timeout_s);
                *got = true;
                return fail_job(p, w, KI_ERR_TIMEOUT, why, true, out, err);
            }
            if (wait_ms < 0 || left < wait_ms)
                wait_ms = left;
        }
        fds[nf].fd = w->fd;
        fds[nf].events = POLLIN;
        fds[nf].revents = 0;
        map[nf++] = i;
    }
    if (nf == 0)
        return KI_OK;
    int r = poll(fds, (nfds_t)nf, wait_ms < 0 ? -1 : (int)(wait_ms + 1));
    if (r < 0)
        return errno == EINTR ? KI_OK : ki_err_set(err, KI_ERR_IO, "poll: %s", strerror(errno));
    for (int k = 0; k < nf; k++) {
        if (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) {
            *got = true;
            return read_result(p, &p->w[map[k]], out, err);
        }
    }
    return KI_OK; /* a deadline passed: the next call reports it */
}
