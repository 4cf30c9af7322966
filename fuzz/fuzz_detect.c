/*
 * fuzz_detect.c - libFuzzer target: the reference detector on arbitrary bytes.
 *
 * The input is made to keep the ki_text contract (text.h: UTF-8, no NUL,
 * no '\r' or form feed) the way extraction would, then detected with one of
 * a few reference dates or none (chosen by the first byte).  Every span the
 * detector returns must lie inside the text; anything else aborts.
 *
 * fuzz-needs: ki_detect ki_refs_to_json ki_json_parse
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/fuzz_util.h"
#include "ingest/detect.h"
#include "util/buf.h"
#include "util/json.h"

static ki_detector *detector;

#define CHECK(cond) FUZZ_CHECK(cond)

static int valid_date(const char *d)
{
    if (!d)
        return 1;
    int y, m, day;
    char tail;
    if (strlen(d) != 10 || sscanf(d, "%4d-%2d-%2d%c", &y, &m, &day, &tail) != 3)
        return 0;
    return y >= 1000 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

static void check_span(const ki_span *sp, const ki_text *t)
{
    CHECK(sp->start <= sp->end);
    CHECK(sp->end <= t->len);
    CHECK(sp->page >= 1 && sp->page <= t->npages);
}

static void check_str(const char *s)
{
    if (s)
        CHECK(fuzz_valid_utf8(s));
}

static void check_refs(const ki_refs *r, const ki_text *t)
{
    CHECK(r != NULL);
    CHECK(valid_date(r->date));
    check_str(r->kind);
    check_str(r->title);
    for (size_t i = 0; i < r->nkamerstukken; i++) {
        const ki_kamerstuk *k = &r->kamerstukken[i];
        CHECK(k->id != NULL && strncmp(k->id, "kst-", 4) == 0);
        check_str(k->text);
        check_span(&k->span, t);
    }
    for (size_t i = 0; i < r->nhandelingen; i++) {
        CHECK(r->handelingen[i].id != NULL);
        check_span(&r->handelingen[i].span, t);
    }
    for (size_t i = 0; i < r->ntk_numbers; i++) {
        CHECK(r->tk_numbers[i].id != NULL);
        check_span(&r->tk_numbers[i].span, t);
    }
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        CHECK((int)m->relation >= 0 && (int)m->relation < KI_REL_COUNT);
        for (size_t j = 0; j < m->nsponsors; j++)
            CHECK(m->sponsors[j].name != NULL);
        check_str(m->subject);
        check_span(&m->span, t);
    }
    for (size_t i = 0; i < r->ncommitments; i++) {
        const ki_commitment *c = &r->commitments[i];
        CHECK((int)c->relation >= 0 && (int)c->relation < KI_REL_COUNT);
        CHECK(valid_date(c->date));
        for (size_t j = 0; j < c->nactors; j++)
            CHECK(c->actors[j] != NULL);
        for (size_t j = 0; j < c->nrefs; j++)
            CHECK(c->refs[j] != NULL);
        check_span(&c->span, t);
    }

    /* The JSON record must parse back, with one entry per reference. */
    ki_buf b = KI_BUF_INIT;
    CHECK(ki_refs_to_json(r, "fuzz.txt", &b) == KI_OK);
    CHECK(b.data && memchr(b.data, '\n', b.len) == NULL);
    ki_err err;
    ki_json *root = ki_json_parse(b.data, b.len, &err);
    if (!root)
        fprintf(stderr, "JSON does not parse: %s\n%s\n", err.msg, b.data);
    CHECK(root != NULL);
    CHECK(ki_json_len(ki_json_get(root, "kamerstukken")) == r->nkamerstukken);
    CHECK(ki_json_len(ki_json_get(root, "motions")) == r->nmotions);
    CHECK(ki_json_len(ki_json_get(root, "commitments")) == r->ncommitments);
    ki_json_free(root);
    ki_buf_free(&b);
}


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[] = {NULL, "2024-06-20", "2000-02-29", "1999-12-31"};
    if (!detector && ki_detector_new(&detector, NULL) != KI_OK)
        abort();
    const char *ref_date = NULL;
    if (size > 0) {
        ref_date = dates[data[0] % 4];
        data++;
        size--;
    }
    ki_text *t = fuzz_text_from_bytes(data, size);
    if (!t)
        return 0;
    ki_refs *refs = NULL;
    ki_err err;
    if (ki_detect(detector, t, ref_date, &refs, &err) == KI_OK) {
        check_refs(refs, t);
        ki_refs_free(refs);
    }
    ki_text_free(t);
    return 0;
}
