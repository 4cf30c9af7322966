/*
 * kamerindex stats [--db DIR] [--json] - what the index holds: documents by
 * kind, pages, distinct Kamerstukken and motions referred to, commitments,
 * the files that failed in the last ingest, and the size on disk.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../index/scan.h"
#include "../index/schema.h"
#include "../index/xap.h"
#include "../util/json.h"
#include "cli.h"

static const char stats_help[] =
    "usage: kamerindex stats [--db DIR] [--json]\n"
    "\n"
    "What the index holds: documents (by kind), pages, the distinct\n"
    "Kamerstukken and motions the documents refer to, the commitments found,\n"
    "the files that failed in the last ingest (each with its reason), and\n"
    "the bytes the index takes on disk.\n"
    "\n"
    "  --db DIR   the index (default $KAMERINDEX_DB, else ./kamerindex.db)\n"
    "  --json     one object: {\"documents\", \"by_kind\", \"pages\",\n"
    "             \"kamerstukken\", \"motions\", \"commitments\", \"failed\", \"bytes\"}\n";

typedef struct kind_count {
    char    *kind;
    unsigned n;
} kind_count;

typedef struct stats {
    unsigned    documents;
    kind_count *kinds;
    size_t      nkinds;
    uint64_t    pages, commitments;
    unsigned    kamerstukken, motions;
    ki_json    *failed; /* the array stored by the last ingest, or NULL */
    uint64_t    bytes;
} stats;

static ki_status sum_slot(ki_db *db, int slot, uint64_t *out)
{
    ki_values *v;
    ki_status st = ki_db_values(db, slot, &v);
    if (st)
        return st;
    *out = 0;
    for (; ki_values_valid(v); ki_values_next(v))
        *out += strtoull(ki_values_value(v, NULL), NULL, 10);
    ki_values_free(v);
    return KI_OK;
}

/* Terms with prefix whose value starts with "kst-" (so "XM" does not count
 * the "XMS..." relation terms). */
static ki_status count_ids(ki_db *db, const char *prefix, unsigned *out)
{
    ki_terms *t;
    ki_status st = ki_db_terms(db, prefix, &t);
    if (st)
        return st;
    *out = 0;
    for (; ki_terms_valid(t); ki_terms_next(t))
        *out += strncmp(ki_terms_value(t), "kst-", 4) == 0;
    ki_terms_free(t);
    return KI_OK;
}

static ki_status gather(ki_db *db, stats *s)
{
    ki_status st;
    if ((st = ki_db_doccount(db, &s->documents)) != KI_OK)
        return st;
    ki_terms *t;
    if ((st = ki_db_terms(db, KI_PREFIX_KIND, &t)) != KI_OK)
        return st;
    for (; ki_terms_valid(t); ki_terms_next(t)) {
        kind_count *k = realloc(s->kinds, (s->nkinds + 1) * sizeof *k);
        if (!k || !(k[s->nkinds].kind = strdup(ki_terms_value(t)))) {
            if (k)
                s->kinds = k;
            ki_terms_free(t);
            return KI_ERR_NOMEM;
        }
        s->kinds = k;
        k[s->nkinds++].n = ki_terms_freq(t);
    }
    ki_terms_free(t);
    if ((st = sum_slot(db, KI_SLOT_PAGES, &s->pages)) != KI_OK
        || (st = sum_slot(db, KI_SLOT_COMMITMENTS, &s->commitments)) != KI_OK
        || (st = count_ids(db, KI_PREFIX_KAMERSTUK, &s->kamerstukken)) != KI_OK
        || (st = count_ids(db, KI_PREFIX_MOTION, &s->motions)) != KI_OK)
        return st;
    ki_buf f = KI_BUF_INIT;
    if ((st = ki_db_get_metadata(db, KI_META_FAILED, &f)) != KI_OK)
        return st;
    if (f.len)
        s->failed = ki_json_parse(f.data, f.len, NULL);
    ki_buf_free(&f);
    s->bytes = ki_db_disk_bytes(ki_db_path_of(db));
    return KI_OK;
}

static void print_json(const stats *s)
{
    ki_buf b = KI_BUF_INIT;
    ki_buf_addf(&b, "{\"documents\": %u, \"by_kind\": {", s->documents);
    for (size_t i = 0; i < s->nkinds; i++) {
        if (i)
            ki_buf_adds(&b, ", ");
        ki_json_str(&b, s->kinds[i].kind);
        ki_buf_addf(&b, ": %u", s->kinds[i].n);
    }
    ki_buf_addf(&b,
                "}, \"pages\": %llu, \"kamerstukken\": %u, \"motions\": %u, "
                "\"commitments\": %llu, \"failed\": %zu, \"bytes\": %llu}\n",
                (unsigned long long)s->pages, s->kamerstukken, s->motions,
                (unsigned long long)s->commitments, ki_json_len(s->failed),
                (unsigned long long)s->bytes);
    fputs(ki_buf_str(&b), stdout);
    ki_buf_free(&b);
}

static void print_text(const stats *s)
{
    printf("documents     %u", s->documents);
    for (size_t i = 0; i < s->nkinds; i++) {
        printf(i ? ", " : "  (");
        ki_print_safe(stdout, s->kinds[i].kind);
        printf(" %u", s->kinds[i].n);
    }
    printf("%s\n", s->nkinds ? ")" : "");
    printf("pages         %llu\n", (unsigned long long)s->pages);
    printf("kamerstukken  %u\n", s->kamerstukken);
    printf("motions       %u\n", s->motions);
    printf("commitments   %llu\n", (unsigned long long)s->commitments);
    printf("failed        %zu (in the last ingest)\n", ki_json_len(s->failed));
    for (size_t i = 0; i < ki_json_len(s->failed); i++) {
        const ki_json *f = ki_json_at(s->failed, i);
        fputs("  ", stdout);
        ki_print_safe(stdout, ki_json_getstr(f, "file") ? ki_json_getstr(f, "file") : "?");
        fputs(": ", stdout);
        ki_print_safe(stdout, ki_json_getstr(f, "reason") ? ki_json_getstr(f, "reason") : "?");
        fputc('\n', stdout);
    }
    double mb = (double)s->bytes / (1024.0 * 1024.0);
    printf("bytes         %llu (%.1f MB)\n", (unsigned long long)s->bytes, mb);
}

int cmd_stats(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *dbopt = NULL;
    bool json = false;
    int c;
    optind = 1;
    opterr = 0; /* we say it ourselves */
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            dbopt = optarg;
            break;
        case 'J':
            json = true;
            break;
        case 'h':
            fputs(stats_help, stdout);
            return KI_EXIT_OK;
        default:
            return ki_usage_error("stats", "unknown option or missing value: '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        return ki_usage_error("stats", "unexpected argument '%s'", argv[optind]);

    const char *dbpath = ki_db_path(dbopt);
    ki_db *db;
    ki_err err = {{0}};
    ki_status st = ki_db_open(dbpath, KI_DB_READ, &db, &err);
    if (st) {
        ki_report(dbpath, "%s", err.msg);
        return KI_EXIT_USAGE;
    }
    stats s;
    memset(&s, 0, sizeof s);
    st = gather(db, &s);
    if (st)
        ki_report(dbpath, "%s", st == KI_ERR_NOMEM ? "out of memory" : ki_db_errmsg(db));
    else if (json)
        print_json(&s);
    else
        print_text(&s);
    for (size_t i = 0; i < s.nkinds; i++)
        free(s.kinds[i].kind);
    free(s.kinds);
    ki_json_free(s.failed);
    ki_db_close(db);
    return st ? KI_EXIT_USAGE : KI_EXIT_OK;
}
