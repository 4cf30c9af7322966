/*
 * search.h - full-text and field search, as `kamerindex search` runs it.
 *
 * The query goes whole to the index (xap.h ki_db_search), which parses it
 * with the schema table: fields, ranges, AND/OR/NOT and stemmed words are
 * all part of one Xapian query, so every filter applies before ranking and
 * before --limit/--offset cut the list.
 *
 * Memory: ki_search_run() allocates the results; the caller frees them
 * with ki_results_free() (NULL is a no-op).  Strings belong to the results.
 */
#ifndef KI_SEARCH_H
#define KI_SEARCH_H

#include <stddef.h>

#include "../index/xap.h"
#include "../util/buf.h"
#include "../util/status.h"

typedef struct ki_hit {
    char *doc;     /* the document's id ("kst-28345-290", "file-...") */
    char *file;
    char *title;
    char *kind;
    char *date;    /* YYYY-MM-DD or NULL */
    int   score;   /* 0..100 */
    char *snippet; /* matched words between the caller's markers; NULL if none */
} ki_hit;

typedef struct ki_results {
    ki_hit  *hits;
    size_t   n;
    unsigned total; /* estimated number of matches over all pages */
} ki_results;

typedef struct ki_query {
    const char *text;     /* the user's query; "" matches everything */
    unsigned    offset;
    unsigned    limit;    /* 0: all */
    ki_sort     sort;     /* KI_SORT_RELEVANCE or KI_SORT_DATE_DESC */
    const char *hi_start; /* snippet markers, e.g. "**" and "**" */
    const char *hi_end;
    size_t      snippet_len; /* about this many bytes; 0: no snippets */
} ki_query;

/* Runs q.  Statuses: KI_ERR_QUERY (err has the parser's message),
 * KI_ERR_DB, KI_ERR_NOMEM. */
ki_status ki_search_run(ki_db *db, const ki_query *q, ki_results **out, ki_err *err);
void ki_results_free(ki_results *r);

/* Appends one hit as the JSON object of interface.md:
 * {"doc","file","title","kind","date","score","snippet"}. */
ki_status ki_hit_json(const ki_hit *h, ki_buf *out);

/* Appends the help of `kamerindex help search`: syntax, then every field
 * of the schema table (index/schema.h) with its help line and example. */
ki_status ki_search_help(ki_buf *out);

#endif
