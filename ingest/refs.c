/*
 * refs.c - the reference record: allocation, relation names, JSON.
 *
 * Strings and the small nested arrays (sponsors, actors, refs) live in an
 * arena of chunks hung off r->priv; the five top-level lists and the
 * warnings grow with realloc and are freed one by one.
 */
#include "refs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/json.h"

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    max_align_t data[]; /* cap bytes follow */
} chunk;

typedef struct refs_priv {
    chunk *chunks;
    size_t cap_k, cap_h, cap_t, cap_m, cap_c, cap_w;
} refs_priv;

#define CHUNK_MIN 4096

static const char *const relation_names[KI_REL_COUNT] = {
    "cited", "addressed", "progress", "settled", "made",
};

const char *ki_relation_str(ki_relation r)
{
    return (unsigned)r < KI_REL_COUNT ? relation_names[r] : "cited";
}

int ki_relation_parse(const char *s)
{
    if (!s)
        return -1;
    for (int i = 0; i < KI_REL_COUNT; i++)
        if (strcmp(s, relation_names[i]) == 0)
            return i;
    return -1;
}

ki_refs *ki_refs_new(void)
{
    ki_refs *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->priv = calloc(1, sizeof(refs_priv));
    if (!r->priv) {
        free(r);
        return NULL;
    }
    return r;
}

void *ki_refs_alloc(ki_refs *r, size_t n)
{
    refs_priv *p = r->priv;
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n || need > SIZE_MAX / 2)
        return NULL; /* (no chunk of that size: its header would wrap) */
    chunk *c = p->chunks;
    if (!c || c->cap - c->used < need) {
        size_t cap = need > CHUNK_MIN ? need : CHUNK_MIN;
        c = malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->cap = cap;
        c->used = 0;
        c->next = p->chunks;
        p->chunks = c;
    }
    void *out = (char *)c->data + c->used;
    c->used += need;
    memset(out, 0, n);
    return out;
}

char *ki_refs_strndup(ki_refs *r, const char *s, size_t n)
{
    char *d = ki_refs_alloc(r, n + 1);
    if (!d)
        return NULL;
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *ki_refs_strdup(ki_refs *r, const char *s)
{
    return s ? ki_refs_strndup(r, s, strlen(s)) : NULL;
}

/* Appends one zeroed element of size sz to *arr (count *n, capacity *cap). */
static void *grow(void **arr, size_t *n, size_t *cap, size_t sz)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        void *p = realloc(*arr, nc * sz);
        if (!p)
            return NULL;
        *arr = p;
        *cap = nc;
    }
    void *e = (char *)*arr + *n * sz;
    memset(e, 0, sz);
    (*n)++;
    return e;
}

ki_kamerstuk *ki_refs_add_kamerstuk(ki_refs *r)
{
    refs_priv *p = r->priv;
    return grow((void **)&r->kamerstukken, &r->nkamerstukken, &p->cap_k,
                sizeof *r->kamerstukken);
}

ki_handeling *ki_refs_add_handeling(ki_refs *r)
{
    refs_priv *p = r->priv;
    return grow((void **)&r->handelingen, &r->nhandelingen, &p->cap_h,
                sizeof *r->handelingen);
}

ki_tknumber *ki_refs_add_tknumber(ki_refs *r)
{
    refs_priv *p = r->priv;
    return grow((void **)&r->tk_numbers, &r->ntk_numbers, &p->cap_t,
                sizeof *r->tk_numbers);
}

ki_motion *ki_refs_add_motion(ki_refs *r)
{
    refs_priv *p = r->priv;
    return grow((void **)&r->motions, &r->nmotions, &p->cap_m, sizeof *r->motions);
}

ki_commitment *ki_refs_add_commitment(ki_refs *r)
{
    refs_priv *p = r->priv;
    return grow((void **)&r->commitments, &r->ncommitments, &p->cap_c,
                sizeof *r->commitments);
}

ki_status ki_refs_warn(ki_refs *r, const char *msg)
{
    refs_priv *p = r->priv;
    char *s = ki_refs_strdup(r, msg);
    if (!s)
        return KI_ERR_NOMEM;
    char **w = grow((void **)&r->warnings, &r->nwarnings, &p->cap_w, sizeof *r->warnings);
    if (!w)
        return KI_ERR_NOMEM;
    *w = s;
    return KI_OK;
}

void ki_refs_free(ki_refs *r)
{
    if (!r)
        return;
    refs_priv *p = r->priv;
    if (p) {
        chunk *c = p->chunks;
        while (c) {
            chunk *next = c->next;
            free(c);
            c = next;
        }
        free(p);
    }
    free(r->kamerstukken);
    free(r->handelingen);
    free(r->tk_numbers);
    free(r->motions);
    free(r->commitments);
    free(r->warnings);
    free(r);
}

/* ---- JSON ---- */

typedef struct jw {
    ki_buf *b;
    ki_status st;
} jw;

static void raw(jw *w, const char *s)
{
    if (!w->st)
        w->st = ki_buf_adds(w->b, s);
}

static void key(jw *w, const char *k, bool first)
{
    if (!first)
        raw(w, ",");
    if (!w->st)
        w->st = ki_json_str(w->b, k);
    raw(w, ":");
}

static void kstr(jw *w, const char *k, const char *v, bool first)
{
    key(w, k, first);
    if (!w->st)
        w->st = ki_json_str_or_null(w->b, v);
}

static void kint(jw *w, const char *k, long long v)
{
    key(w, k, false);
    if (!w->st)
        w->st = ki_buf_addf(w->b, "%lld", v);
}

static void kbool(jw *w, const char *k, bool v)
{
    key(w, k, false);
    raw(w, v ? "true" : "false");
}

static void span(jw *w, const ki_span *s)
{
    kint(w, "page", s->page);
    kint(w, "start", (long long)s->start);
    kint(w, "end", (long long)s->end);
}

static void strarr(jw *w, const char *k, char *const *v, size_t n)
{
    key(w, k, false);
    raw(w, "[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            raw(w, ",");
        if (!w->st)
            w->st = ki_json_str_or_null(w->b, v[i]);
    }
    raw(w, "]");
}

ki_status ki_refs_to_json(const ki_refs *r, const char *file, ki_buf *out)
{
    jw w = {out, KI_OK};
    raw(&w, "{");
    kstr(&w, "file", file, true);
    kint(&w, "pages", r->pages);
    kstr(&w, "kind", r->kind, false);
    kstr(&w, "date", r->date, false);
    kstr(&w, "title", r->title, false);
    key(&w, "self", false);
    raw(&w, "{");
    kstr(&w, "id", r->self_id, true);
    kstr(&w, "kenmerk", r->kenmerk, false);
    raw(&w, "}");

    key(&w, "kamerstukken", false);
    raw(&w, "[");
    for (size_t i = 0; i < r->nkamerstukken; i++) {
        const ki_kamerstuk *k = &r->kamerstukken[i];
        raw(&w, i ? ",{" : "{");
        kstr(&w, "id", k->id, true);
        kstr(&w, "chamber", k->chamber, false);
        kstr(&w, "year", k->year, false);
        kstr(&w, "dossier", k->dossier, false);
        kstr(&w, "sub", k->sub, false);
        kstr(&w, "nr", k->nr, false);
        kstr(&w, "rijkswet", k->rijkswet, false);
        span(&w, &k->span);
        kstr(&w, "text", k->text, false);
        raw(&w, "}");
    }
    raw(&w, "]");

    key(&w, "handelingen", false);
    raw(&w, "[");
    for (size_t i = 0; i < r->nhandelingen; i++) {
        const ki_handeling *h = &r->handelingen[i];
        raw(&w, i ? ",{" : "{");
        kstr(&w, "id", h->id, true);
        kstr(&w, "kind", h->kind, false);
        kstr(&w, "chamber", h->chamber, false);
        kstr(&w, "year", h->year, false);
        kstr(&w, "nr", h->nr, false);
        kstr(&w, "item", h->item, false);
        span(&w, &h->span);
        kstr(&w, "text", h->text, false);
        raw(&w, "}");
    }
    raw(&w, "]");

    key(&w, "tk_numbers", false);
    raw(&w, "[");
    for (size_t i = 0; i < r->ntk_numbers; i++) {
        const ki_tknumber *t = &r->tk_numbers[i];
        raw(&w, i ? ",{" : "{");
        kstr(&w, "id", t->id, true);
        kstr(&w, "kind", t->kind, false);
        span(&w, &t->span);
        kstr(&w, "text", t->text, false);
        raw(&w, "}");
    }
    raw(&w, "]");

    key(&w, "motions", false);
    raw(&w, "[");
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        raw(&w, i ? ",{" : "{");
        kstr(&w, "kamerstuk", m->kamerstuk, true);
        key(&w, "sponsors", false);
        raw(&w, "[");
        for (size_t j = 0; j < m->nsponsors; j++) {
            raw(&w, j ? ",{" : "{");
            kstr(&w, "name", m->sponsors[j].name, true);
            kstr(&w, "party", m->sponsors[j].party, false);
            raw(&w, "}");
        }
        raw(&w, "]");
        kbool(&w, "cs", m->cs);
        kstr(&w, "subject", m->subject, false);
        kstr(&w, "relation", ki_relation_str(m->relation), false);
        span(&w, &m->span);
        kstr(&w, "text", m->text, false);
        kstr(&w, "evidence", m->evidence, false);
        raw(&w, "}");
    }
    raw(&w, "]");

    key(&w, "commitments", false);
    raw(&w, "[");
    for (size_t i = 0; i < r->ncommitments; i++) {
        const ki_commitment *c = &r->commitments[i];
        raw(&w, i ? ",{" : "{");
        key(&w, "actors", true);
        raw(&w, "[");
        for (size_t j = 0; j < c->nactors; j++) {
            if (j)
                raw(&w, ",");
            if (!w.st)
                w.st = ki_json_str_or_null(out, c->actors[j]);
        }
        raw(&w, "]");
        kstr(&w, "venue", c->venue, false);
        kstr(&w, "date", c->date, false);
        kstr(&w, "date_raw", c->date_raw, false);
        kstr(&w, "deadline", c->deadline, false);
        kstr(&w, "subject", c->subject, false);
        strarr(&w, "refs", c->refs, c->nrefs);
        kstr(&w, "relation", ki_relation_str(c->relation), false);
        span(&w, &c->span);
        kstr(&w, "text", c->text, false);
        kstr(&w, "evidence", c->evidence, false);
        raw(&w, "}");
    }
    raw(&w, "]");

    strarr(&w, "warnings", r->warnings, r->nwarnings);
    raw(&w, "}");
    return w.st;
}
