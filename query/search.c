/* search.c - `kamerindex search`: one Xapian query, hits with snippets. */
#include "search.h"

#include <stdlib.h>
#include <string.h>

#include "../index/schema.h"
#include "../util/json.h"
#include "record.h"
#include "snippet.h"

void ki_results_free(ki_results *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        ki_hit *h = &r->hits[i];
        free(h->doc);
        free(h->file);
        free(h->title);
        free(h->kind);
        free(h->date);
        free(h->snippet);
    }
    free(r->hits);
    free(r);
}

/* Fills h from the current hit; KI_ERR_NOMEM or KI_ERR_DB. */
static ki_status take_hit(ki_hits *hits, const ki_query *q, ki_hit *h)
{
    size_t len;
    const char *data = ki_hits_data(hits, &len);
    if (!data)
        return KI_ERR_DB;
    ki_json *rec = ki_record_parse(data, len);
    h->doc = ki_strdup_or_null(ki_json_getstr(rec, "doc"));
    h->file = ki_strdup_or_null(ki_record_file(rec));
    h->title = ki_strdup_or_null(ki_json_getstr(rec, "title"));
    h->kind = ki_strdup_or_null(ki_json_getstr(rec, "kind"));
    h->date = ki_strdup_or_null(ki_json_getstr(rec, "date"));
    h->score = ki_hits_percent(hits);
    ki_json_free(rec);
    if (q->snippet_len) {
        /* our own excerpt: Xapian's MSet::snippet() re-stems the whole body
         * of every hit, which costs more than the search (snippet.h) */
        size_t tlen;
        const char *text = ki_hits_text(hits, &tlen);
        if (!text)
            return KI_ERR_DB;
        ki_buf s = KI_BUF_INIT;
        ki_status st = KI_OK;
        if (tlen)
            st = ki_snippet(text, tlen, q->text, q->snippet_len, q->hi_start, q->hi_end, &s);
        if (st) {
            ki_buf_free(&s);
            return st;
        }
        h->snippet = s.len ? ki_buf_detach(&s, NULL) : NULL;
        ki_buf_free(&s);
    }
    return KI_OK;
}

ki_status ki_search_run(ki_db *db, const ki_query *q, ki_results **out, ki_err *err)
{
    ki_search s = {.query = q->text, .filter = NULL, .offset = q->offset, .limit = q->limit,
                   .sort = q->sort};
    ki_hits *hits = NULL;
    *out = NULL;
    ki_status st = ki_db_search(db, &s, &hits);
    if (st)
        return ki_err_set(err, st, "%s", st == KI_ERR_NOMEM ? "out of memory" : ki_db_errmsg(db));
    ki_results *r = calloc(1, sizeof *r);
    unsigned count = ki_hits_count(hits);
    if (!r || !(r->hits = calloc(count ? count : 1, sizeof *r->hits))) {
        free(r);
        ki_hits_free(hits);
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    }
    r->total = ki_hits_total(hits);
    for (; ki_hits_valid(hits) && r->n < count; ki_hits_next(hits)) {
        st = take_hit(hits, q, &r->hits[r->n++]);
        if (st) {
            ki_err_set(err, st, "%s", st == KI_ERR_NOMEM ? "out of memory" : ki_db_errmsg(db));
            ki_hits_free(hits);
            ki_results_free(r);
            return st;
        }
    }
    ki_hits_free(hits);
    *out = r;
    return KI_OK;
}

#define TRY(x) do { ki_status st_ = (x); if (st_) return st_; } while (0)

ki_status ki_hit_json(const ki_hit *h, ki_buf *out)
{
    TRY(ki_json_member(out, '{', "doc", h->doc));
    TRY(ki_json_member(out, ',', "file", h->file));
    TRY(ki_json_member(out, ',', "title", h->title));
    TRY(ki_json_member(out, ',', "kind", h->kind));
    TRY(ki_json_member(out, ',', "date", h->date));
    TRY(ki_buf_addf(out, ",\"score\":%d", h->score));
    TRY(ki_json_member(out, ',', "snippet", h->snippet));
    return ki_buf_addc(out, '}');
}

ki_status ki_search_help(ki_buf *out)
{
    TRY(ki_buf_adds(out,
        "Words are matched with Dutch stemming (moties finds motie); \"a phrase\"\n"
        "matches words in order; words are joined by AND unless you write OR;\n"
        "NOT word, -word and +word exclude or require; ( ) group; word* matches\n"
        "a prefix.  Field queries filter inside the search, before ranking and\n"
        "before --limit/--offset:\n\n"));
    size_t w = 0;
    for (size_t i = 0; i < ki_schema_count; i++)
        if (strlen(ki_schema[i].name) > w)
            w = strlen(ki_schema[i].name);
    for (size_t i = 0; i < ki_schema_count; i++) {
        const ki_field *f = &ki_schema[i];
        TRY(ki_buf_addf(out, "  %-*s  %s\n", (int)w + 1, f->name, f->help ? f->help : ""));
        if (f->example)
            TRY(ki_buf_addf(out, "  %-*s  e.g. %s\n", (int)w + 1, "", f->example));
    }
    TRY(ki_buf_adds(out,
        "\nRanges are open at either end: date:2024-01-01.. or date:..2024-12-31.\n"
        "Kamerstuk values take any written form: kamerstuk:\"29279, nr. 889\".\n"
        "Values with spaces go in quotes: indiener:\"Van der Werf\".\n\n"
        "--json prints one object per hit: {\"doc\", \"file\", \"title\", \"kind\",\n"
        "\"date\", \"score\", \"snippet\"}, the matched words in the snippet between\n"
        "** and **.  --sort date lists newest first; --limit N (default 20, 0 for\n"
        "all) and --offset N page through the hits.\n"));
    return KI_OK;
}
