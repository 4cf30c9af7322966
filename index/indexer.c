/*
 * indexer.c - builds the Xapian document of one file (see indexer.h).
 */
#include "indexer.h"

#include <inttypes.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/json.h"
#include "schema.h"
#include "xap.h"

uint64_t ki_hash64(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= UINT64_C(0x100000001b3);
    }
    return h;
}

char *ki_index_abspath(const char *path)
{
    char *d = strdup(path), *b = strdup(path);
    char *res = NULL;
    if (d && b) {
        /* "dir/" names the folder itself */
        size_t n = strlen(b);
        while (n > 1 && b[n - 1] == '/') {
            n--;
            b[n] = d[n] = '\0';
        }
        char *dir = realpath(dirname(d), NULL);
        const char *base = basename(b);
        if (dir) {
            size_t len = strlen(dir) + strlen(base) + 2;
            if ((res = malloc(len)) != NULL) {
                if (strcmp(base, ".") == 0 || strcmp(base, "/") == 0)
                    snprintf(res, len, "%s", dir);
                else
                    snprintf(res, len, "%s/%s", strcmp(dir, "/") ? dir : "", base);
            }
            free(dir);
        }
    }
    free(d);
    free(b);
    return res;
}

ki_status ki_index_file_id(const char *abspath, ki_buf *out)
{
    uint64_t h = ki_hash64(KI_HASH64_INIT, abspath, strlen(abspath));
    return ki_buf_addf(out, "file-%016" PRIx64, h);
}

ki_status ki_index_unique_term(const char *abspath, ki_buf *out)
{
    ki_status st = ki_buf_adds(out, KI_PREFIX_UNIQUE);
    return st ? st : ki_index_file_id(abspath, out);
}

ki_status ki_index_signature(const ki_source *src, ki_buf *out)
{
    return ki_buf_addf(out, "%" PRIu64 ":%" PRId64 ":%016" PRIx64, src->size, src->mtime_ns,
                       src->hash);
}

/* The state of one build: the document and a scratch buffer for terms. */
typedef struct builder {
    ki_doc *doc;
    ki_buf  term;
    ki_err *err;
} builder;

static ki_status doc_failed(builder *b, ki_status st)
{
    if (st == KI_ERR_NOMEM)
        return ki_err_set(b->err, st, "out of memory while indexing");
    return ki_err_set(b->err, st, "indexing: %s", ki_doc_errmsg(b->doc));
}

/* Adds prefix + normalised value (nothing for a NULL or empty value). */
static ki_status add(builder *b, const char *prefix, const char *value)
{
    if (!value || !*value)
        return KI_OK;
    ki_buf_truncate(&b->term, 0);
    ki_status st = ki_schema_term(prefix, value, &b->term);
    if (st)
        return doc_failed(b, st);
    if (b->term.len <= strlen(prefix)) /* normalised to nothing */
        return KI_OK;
    st = ki_doc_add_term(b->doc, ki_buf_str(&b->term));
    return st ? doc_failed(b, st) : KI_OK;
}

static ki_status add_text(builder *b, const char *prefix, const char *text)
{
    if (!text || !*text)
        return KI_OK;
    ki_status st = ki_doc_index_text(b->doc, text, strlen(text), prefix);
    return st ? doc_failed(b, st) : KI_OK;
}

static ki_status set_value(builder *b, int slot, const char *v, size_t len)
{
    ki_status st = ki_doc_set_value(b->doc, slot, v, len);
    return st ? doc_failed(b, st) : KI_OK;
}

/*
 * The dossier terms of a Kamerstuk id "kst-DOSSIER[-SUB]-NR": the dossier
 * with and without its sub ("36200-XVI" and "36200").
 */
static ki_status add_dossier_of_id(builder *b, const char *id)
{
    if (!id || strncmp(id, "kst-", 4) != 0)
        return KI_OK;
    const char *body = id + 4;
    const char *last = strrchr(body, '-');
    if (!last || last == body)
        return KI_OK;
    char dossier[128];
    size_t n = (size_t)(last - body);
    if (n >= sizeof dossier)
        return KI_OK;
    memcpy(dossier, body, n);
    dossier[n] = '\0';
    ki_status st = add(b, KI_PREFIX_DOSSIER, dossier);
    char *dash = strchr(dossier, '-');
    if (!st && dash) {
        *dash = '\0';
        st = add(b, KI_PREFIX_DOSSIER, dossier);
    }
    return st;
}

static ki_status add_refs(builder *b, const ki_refs *r)
{
    ki_status st = KI_OK;
    for (size_t i = 0; !st && i < r->nkamerstukken; i++) {
        const ki_kamerstuk *k = &r->kamerstukken[i];
        st = add(b, KI_PREFIX_KAMERSTUK, k->id);
        if (!st)
            st = add_dossier_of_id(b, k->id);
        if (!st && !k->id)
            st = add(b, KI_PREFIX_DOSSIER, k->dossier);
    }
    for (size_t i = 0; !st && i < r->nhandelingen; i++)
        st = add(b, KI_PREFIX_HANDELINGEN, r->handelingen[i].id);
    for (size_t i = 0; !st && i < r->ntk_numbers; i++)
        st = add(b, KI_PREFIX_TKNUMBER, r->tk_numbers[i].id);
    for (size_t i = 0; !st && i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        if (m->kamerstuk) {
            st = add(b, KI_PREFIX_MOTION, m->kamerstuk);
            const char *rp = ki_schema_motion_prefix((int)m->relation);
            if (!st && rp)
                st = add(b, rp, m->kamerstuk);
            if (!st)
                st = add(b, KI_PREFIX_KAMERSTUK, m->kamerstuk);
            if (!st)
                st = add_dossier_of_id(b, m->kamerstuk);
        }
        for (size_t j = 0; !st && j < m->nsponsors; j++) {
            st = add(b, KI_PREFIX_SPONSOR, m->sponsors[j].name);
            if (!st)
                st = add(b, KI_PREFIX_PARTY, m->sponsors[j].party);
        }
    }
    static const char *const rel_names[KI_REL_COUNT] = {
        [KI_REL_CITED] = "cited", [KI_REL_ADDRESSED] = "addressed",
        [KI_REL_PROGRESS] = "progress", [KI_REL_SETTLED] = "settled", [KI_REL_MADE] = "made"};
    for (size_t i = 0; !st && i < r->ncommitments; i++) {
        const ki_commitment *c = &r->commitments[i];
        if ((unsigned)c->relation < KI_REL_COUNT)
            st = add(b, KI_PREFIX_COMMITMENT, rel_names[c->relation]);
        for (size_t j = 0; !st && j < c->nactors; j++)
            st = add(b, KI_PREFIX_ACTOR, c->actors[j]);
        if (!st)
            st = add_text(b, KI_PREFIX_VENUE, c->venue);
    }
    return st;
}

/* refs_json with "doc", "path" and "signature" added before its last '}'. */
static ki_status make_data(const char *json, size_t len, const char *doc_id,
                           const ki_source *src, const char *sig, ki_buf *out, ki_err *err)
{
    while (len > 0 && (json[len - 1] == '\n' || json[len - 1] == ' ' || json[len - 1] == '\r'))
        len--;
    if (len < 2 || json[0] != '{' || json[len - 1] != '}')
        return ki_err_set(err, KI_ERR_USAGE, "the refs record is not a JSON object");
    size_t inner = len - 1;
    while (inner > 1 && (json[inner - 1] == ' ' || json[inner - 1] == '\n'))
        inner--;
    bool empty = inner == 1;
    ki_status st = ki_buf_add(out, json, len - 1);
    if (!st)
        st = ki_buf_adds(out, empty ? "\"doc\":" : ",\"doc\":");
    if (!st)
        st = ki_json_str(out, doc_id);
    if (!st)
        st = ki_buf_adds(out, ",\"path\":");
    if (!st)
        st = ki_json_str(out, src->abspath);
    if (!st)
        st = ki_buf_adds(out, ",\"signature\":");
    if (!st)
        st = ki_json_str(out, sig);
    if (!st)
        st = ki_buf_addc(out, '}');
    return st ? ki_err_set(err, st, "out of memory while indexing") : KI_OK;
}

ki_status ki_index_build(const ki_source *src, const ki_text *text, const ki_refs *refs,
                         const char *refs_json, size_t refs_json_len, ki_buf *out,
                         ki_err *err)
{
    builder b = {NULL, KI_BUF_INIT, err};
    ki_buf id = KI_BUF_INIT, sig = KI_BUF_INIT, data = KI_BUF_INIT, num = KI_BUF_INIT;
    ki_status st = ki_doc_new(&b.doc);
    if (st) {
        st = ki_err_set(err, st, "cannot start a Xapian document");
        goto done;
    }

    /* Identity and signature. */
    if (refs->self_id)
        st = ki_buf_adds(&id, refs->self_id);
    else
        st = ki_index_file_id(src->abspath, &id);
    if (!st)
        st = ki_index_signature(src, &sig);
    if (st) {
        st = ki_err_set(err, st, "out of memory while indexing");
        goto done;
    }
    st = make_data(refs_json, refs_json_len, ki_buf_str(&id), src, ki_buf_str(&sig), &data,
                   err);
    if (st)
        goto done;

    /* Free text: body, then title, then (in add_refs) venues. */
    if (text && text->len) {
        st = ki_doc_index_text(b.doc, text->buf, text->len, NULL);
        if (st) {
            st = doc_failed(&b, st);
            goto done;
        }
    }
    /* The title also as plain words, so that a bare word finds a
     * document that says it only in its title. */
    const char *title = refs->title ? refs->title : text ? text->pdf_title : NULL;
    st = add_text(&b, KI_PREFIX_TITLE, title);
    if (!st)
        st = add_text(&b, NULL, title);

    /* Exact terms about the document itself. */
    if (!st)
        st = add(&b, KI_PREFIX_ID, ki_buf_str(&id));
    if (!st)
        st = add(&b, KI_PREFIX_KIND, refs->kind ? refs->kind : "other");
    if (!st && refs->self_id) {
        st = add(&b, KI_PREFIX_KAMERSTUK, refs->self_id);
        if (!st)
            st = add_dossier_of_id(&b, refs->self_id);
    }
    const char *kenmerk = refs->kenmerk ? refs->kenmerk : text ? text->kenmerk : NULL;
    if (!st)
        st = add(&b, KI_PREFIX_KENMERK, kenmerk);
    if (!st)
        st = add_refs(&b, refs);

    /* Date: "YYYY-MM-DD" -> value "YYYYMMDD" and term year. */
    const char *d = refs->date;
    if (!st && d && strlen(d) == 10 && d[4] == '-' && d[7] == '-') {
        char ymd[9] = {d[0], d[1], d[2], d[3], d[5], d[6], d[8], d[9], '\0'};
        char year[5] = {d[0], d[1], d[2], d[3], '\0'};
        st = set_value(&b, KI_SLOT_DATE, ymd, 8);
        if (!st)
            st = add(&b, KI_PREFIX_YEAR, year);
    }

    /* The other values. */
    int pages = refs->pages > 0 ? refs->pages : text ? text->npages : 0;
    if (!st)
        st = set_value(&b, KI_SLOT_SIGNATURE, sig.data, sig.len);
    if (!st && (st = ki_buf_addf(&num, "%d", pages)) == KI_OK)
        st = set_value(&b, KI_SLOT_PAGES, num.data, num.len);
    if (!st)
        st = set_value(&b, KI_SLOT_PATH, src->abspath, strlen(src->abspath));
    ki_buf_truncate(&num, 0);
    if (!st && (st = ki_buf_addf(&num, "%zu", refs->ncommitments)) == KI_OK)
        st = set_value(&b, KI_SLOT_COMMITMENTS, num.data, num.len);
    if (st == KI_ERR_NOMEM)
        st = ki_err_set(err, st, "out of memory while indexing");

    if (!st && (st = ki_doc_set_data(b.doc, data.data, data.len)) != KI_OK)
        st = doc_failed(&b, st);
    if (!st && text && text->len && (st = ki_doc_set_text(b.doc, text->buf, text->len)) != KI_OK)
        st = doc_failed(&b, st);
    if (!st && (st = ki_doc_serialise(b.doc, out)) != KI_OK)
        st = doc_failed(&b, st);
done:
    ki_doc_free(b.doc);
    ki_buf_free(&b.term);
    ki_buf_free(&id);
    ki_buf_free(&sig);
    ki_buf_free(&data);
    ki_buf_free(&num);
    return st;
}
