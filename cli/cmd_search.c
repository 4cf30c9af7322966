/*
 * kamerindex search - full-text and field search.
 *
 * The whole query goes to the index as one Xapian query (query/search.h),
 * so field filters act before ranking and paging.  Snippets come back with
 * private-use markers around matched words; the text between them is made
 * safe for the terminal first, then the markers become bold (a terminal)
 * or "**" (a pipe, and JSON).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../index/xap.h"
#include "../query/format.h"
#include "../query/search.h"
#include "cli.h"

#define MARK_ON  "\xEE\x80\x80" /* U+E000 */
#define MARK_OFF "\xEE\x80\x81" /* U+E001 */

static void print_help(void)
{
    ki_buf b = KI_BUF_INIT;
    ki_print_command_help(stdout, ki_command_find("search"));
    if (ki_search_help(&b) == KI_OK) {
        fputc('\n', stdout);
        fputs(ki_buf_str(&b), stdout);
    }
    ki_buf_free(&b);
}

/* Appends s with the markers replaced by on/off. */
static ki_status replace_marks(ki_buf *out, const char *s, const char *on, const char *off)
{
    while (s && *s) {
        const char *a = strstr(s, MARK_ON), *b = strstr(s, MARK_OFF);
        const char *m = a && (!b || a < b) ? a : b;
        if (!m)
            return ki_buf_adds(out, s);
        ki_status st = ki_buf_add(out, s, (size_t)(m - s));
        if (!st)
            st = ki_buf_adds(out, m == a ? on : off);
        if (st)
            return st;
        s = m + strlen(MARK_ON);
    }
    return KI_OK;
}

static bool parse_uint(const char *s, unsigned *out)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (!*s || *end || v > 1000000000UL || s[0] == '-')
        return false;
    *out = (unsigned)v;
    return true;
}

static void print_hit_text(const ki_hit *h, bool tty)
{
    ki_buf b = KI_BUF_INIT, safe = KI_BUF_INIT;
    ki_buf_addf(&b, "%-10s  %-10s  %s", h->date ? h->date : "----------",
                h->kind ? h->kind : "?", h->doc ? h->doc : "?");
    if (h->title) {
        ki_buf_adds(&b, "  ");
        ki_buf_adds(&b, h->title);
    }
    ki_buf_addf(&b, "\n    %s  (%d%%)\n", h->file ? h->file : "?", h->score);
    ki_print_safe(stdout, ki_buf_str(&b));
    if (h->snippet) {
        /* one line; control characters out before the bold goes in */
        for (char *p = h->snippet; *p; p++)
            if (*p == '\n' || *p == '\t')
                *p = ' ';
        ki_term_safe(&safe, h->snippet);
        ki_buf_truncate(&b, 0);
        ki_buf_adds(&b, "    ");
        replace_marks(&b, ki_buf_str(&safe), tty ? "\033[1m" : "**", tty ? "\033[0m" : "**");
        ki_buf_addc(&b, '\n');
        fputs(ki_buf_str(&b), stdout);
    }
    ki_buf_free(&b);
    ki_buf_free(&safe);
}

int cmd_search(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'j'},
        {"limit", required_argument, NULL, 'l'},
        {"offset", required_argument, NULL, 'o'},
        {"sort", required_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *dbopt = NULL;
    bool json = false;
    ki_query q = {.text = "", .limit = 20, .sort = KI_SORT_RELEVANCE, .hi_start = MARK_ON,
                  .hi_end = MARK_OFF, .snippet_len = 200};
    int c;
    optind = 1;
    opterr = 0; /* our message below says more than getopt's */
    /* options may follow the query ("search motie --json"); a word to
     * exclude is then written NOT word, or the query follows "--" */
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'd': dbopt = optarg; break;
        case 'j': json = true; break;
        case 'l':
            if (!parse_uint(optarg, &q.limit))
                return ki_usage_error("search", "--limit wants a number, not '%s'", optarg);
            break;
        case 'o':
            if (!parse_uint(optarg, &q.offset))
                return ki_usage_error("search", "--offset wants a number, not '%s'", optarg);
            break;
        case 's':
            if (strcmp(optarg, "date") == 0)
                q.sort = KI_SORT_DATE_DESC;
            else if (strcmp(optarg, "relevance") == 0)
                q.sort = KI_SORT_RELEVANCE;
            else
                return ki_usage_error("search", "--sort is date or relevance, not '%s'", optarg);
            break;
        case 'h': print_help(); return KI_EXIT_OK;
        default:
            return ki_usage_error("search", "unknown option (to exclude a word write NOT word, "
                                            "or put -- before the query)");
        }
    }
    if (optind >= argc)
        return ki_usage_error("search", "no query (try 'kamerindex help search')");
    ki_buf text = KI_BUF_INIT;
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            ki_buf_addc(&text, ' ');
        ki_buf_adds(&text, argv[i]);
    }
    q.text = ki_buf_str(&text);

    const char *path = ki_db_path(dbopt);
    ki_db *db;
    ki_err err;
    ki_status st = ki_db_open(path, KI_DB_READ, &db, &err);
    if (st) {
        ki_report(path, "%s", err.msg);
        ki_buf_free(&text);
        return KI_EXIT_USAGE;
    }
    ki_results *r;
    st = ki_search_run(db, &q, &r, &err);
    if (st) {
        ki_report(NULL, "%s", err.msg);
        ki_db_close(db);
        ki_buf_free(&text);
        return KI_EXIT_USAGE;
    }
    bool tty = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    for (size_t i = 0; i < r->n; i++) {
        ki_hit *h = &r->hits[i];
        if (json) {
            ki_buf line = KI_BUF_INIT, marked = KI_BUF_INIT;
            if (h->snippet) {
                replace_marks(&marked, h->snippet, "**", "**");
                free(h->snippet);
                h->snippet = ki_buf_detach(&marked, NULL);
            }
            ki_hit_json(h, &line);
            puts(ki_buf_str(&line));
            ki_buf_free(&line);
        } else {
            print_hit_text(h, tty);
        }
    }
    if (!json && r->total > q.offset + r->n && q.limit)
        fprintf(stderr, "kamerindex: showing %u-%u of about %u hits; --offset %u for more\n",
                q.offset + 1, q.offset + (unsigned)r->n, r->total, q.offset + (unsigned)r->n);
    ki_results_free(r);
    ki_db_close(db);
    ki_buf_free(&text);
    return KI_EXIT_OK;
}
