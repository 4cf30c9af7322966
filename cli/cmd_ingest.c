/*
 * kamerindex ingest [--db DIR] [-j N] [--force] [--json] PATH... - add or
 * update PDFs and text files in the index (index/scan.h does the work).
 *
 * Prints a progress line on a terminal, each failure as
 * "kamerindex: FILE: reason" on stderr, and a summary on stdout.  Ctrl-C
 * (or SIGTERM) commits what is done and exits 130.
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../index/scan.h"
#include "../index/xap.h"
#include "cli.h"

static const char ingest_help[] =
    "usage: kamerindex ingest [--db DIR] [-j N] [--force] [--json] PATH...\n"
    "\n"
    "Adds PDFs and text files to the index, or updates them.  Folders are\n"
    "read recursively (files named *.pdf or *.txt, or starting with %PDF-).\n"
    "Unchanged files (same size and modification time) are skipped, changed\n"
    "ones re-indexed, and files that are gone from a folder given are\n"
    "removed from the index.\n"
    "\n"
    "  --db DIR     the index (default $KAMERINDEX_DB, else ./kamerindex.db);\n"
    "               created when missing\n"
    "  -j, --jobs N extraction workers (default: the number of cores)\n"
    "  --force      re-index every file, changed or not\n"
    "  --json       print the summary as one JSON object\n"
    "\n"
    "Each file is read by a worker process with a time limit (60 s,\n"
    "$KAMERINDEX_WORKER_TIMEOUT) and a memory limit (2048 MB,\n"
    "$KAMERINDEX_WORKER_MEMORY_MB): a file that crashes or hangs costs only\n"
    "itself.  Work is committed in batches; Ctrl-C or a crash keeps what was\n"
    "committed, and running ingest again completes it.  One ingest at a time\n"
    "writes an index; searches keep working meanwhile.\n"
    "\n"
    "Exit status: 0 all done; 1 some files failed (each named on stderr);\n"
    "2 usage error, the index could not be written, or every file failed;\n"
    "130 interrupted.\n";

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

typedef struct ui {
    bool   progress;  /* draw the progress line */
    bool   drawn;     /* a progress line is on screen */
    double last_draw;
} ui;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void clear_line(ui *u)
{
    if (u->drawn) {
        fputs("\r\033[K", stderr);
        u->drawn = false;
    }
}

static void report_failure(void *ctx, const char *path, ki_status st, const char *reason)
{
    ui *u = ctx;
    (void)st;
    clear_line(u);
    ki_report(path, "%s", reason);
}

static void draw_progress(void *ctx, const ki_ingest_progress *p)
{
    ui *u = ctx;
    double t = now_s();
    if (!u->progress || (t - u->last_draw < 0.1 && p->done < p->total))
        return;
    u->last_draw = t;
    double rate = p->elapsed > 0 ? (double)p->pages / p->elapsed : 0;
    double frate = p->elapsed > 0 ? (double)p->done / p->elapsed : 0;
    char eta[32] = "--:--";
    if (frate > 0 && p->done > 0) {
        long s = (long)((double)(p->total - p->done) / frate + 0.5);
        snprintf(eta, sizeof eta, "%ld:%02ld", s / 60, s % 60);
    }
    fprintf(stderr, "\r\033[K[%zu/%zu] %3d%%  %.1f pages/s  ETA %s", p->done, p->total,
            p->total ? (int)(100 * p->done / p->total) : 100, rate, eta);
    if (p->failed)
        fprintf(stderr, "  %u failed", p->failed);
    fflush(stderr);
    u->drawn = true;
}

static void print_summary(const ki_ingest_summary *s, bool json)
{
    if (json) {
        printf("{\"added\": %u, \"updated\": %u, \"unchanged\": %u, \"removed\": %u, "
               "\"failed\": %u, \"files\": %u, \"pages\": %llu, \"seconds\": %.3f}\n",
               s->added, s->updated, s->unchanged, s->removed, s->failed, s->files,
               (unsigned long long)s->pages, s->seconds);
    } else {
        printf("added %u, updated %u, unchanged %u, removed %u, failed %u"
               " (%u files, %llu pages indexed in %.1f s)\n",
               s->added, s->updated, s->unchanged, s->removed, s->failed, s->files,
               (unsigned long long)s->pages, s->seconds);
    }
    fflush(stdout);
}

int cmd_ingest(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},   {"jobs", required_argument, NULL, 'j'},
        {"force", no_argument, NULL, 'f'},      {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0},
    };
    const char *dbopt = NULL;
    bool json = false;
    ki_ingest_opts o;
    memset(&o, 0, sizeof o);
    int c;
    optind = 1;
    opterr = 0; /* we say it ourselves */
    while ((c = getopt_long(argc, argv, "j:", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            dbopt = optarg;
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 64)
                return ki_usage_error("ingest", "-j wants a number from 1 to 64, not '%s'",
                                      optarg);
            o.jobs = (int)n;
            break;
        }
        case 'f':
            o.force = true;
            break;
        case 'J':
            json = true;
            break;
        case 'h':
            fputs(ingest_help, stdout);
            return KI_EXIT_OK;
        default:
            return ki_usage_error("ingest", "unknown option or missing value: '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return ki_usage_error("ingest", "no file or folder given");

    const char *dbpath = ki_db_path(dbopt);
    ki_db *db;
    ki_err err = {{0}};
    ki_status st = ki_db_open(dbpath, KI_DB_WRITE, &db, &err);
    if (st) {
        ki_report(dbpath, "%s", err.msg);
        return KI_EXIT_USAGE;
    }

    /* Ctrl-C: stop and commit; a second one ends us at once. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESETHAND; /* no SA_RESTART: poll() must wake up */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    /* A file size limit must fail the write (and be reported), not kill. */
    signal(SIGXFSZ, SIG_IGN);

    ui u = {ki_progress_wanted(), false, 0};
    o.stop = &stop_flag;
    o.on_failure = report_failure;
    o.on_progress = draw_progress;
    o.ctx = &u;
    ki_ingest_summary sum;
    st = ki_ingest(db, argv + optind, (size_t)(argc - optind), &o, &sum, &err);
    clear_line(&u);
    ki_db_close(db);

    if (st == KI_ERR_INTERRUPTED) {
        print_summary(&sum, json);
        ki_report(NULL, "%s", err.msg);
        return 130;
    }
    if (st) {
        ki_report(dbpath, "%s", err.msg);
        return KI_EXIT_USAGE;
    }
    print_summary(&sum, json);
    if (sum.failed == 0)
        return KI_EXIT_OK;
    if (sum.added + sum.updated + sum.unchanged + sum.removed == 0)
        return KI_EXIT_USAGE;
    return KI_EXIT_SOME_FAILED;
}
