/* fuzz_util.c - see fuzz_util.h. */
#include "fuzz/fuzz_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/json.h"

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            abort();                                                         \
        }                                                                    \
    } while (0)

/* Length of the valid UTF-8 sequence at p (at most n bytes), or 0. */
static size_t utf8_len(const uint8_t *p, size_t n)
{
    uint8_t c = p[0];
    size_t len;
    uint32_t min, cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, min = 0x80, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, min = 0x800, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

ki_text *fuzz_text_from_bytes(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return NULL;
    size_t i = 0;
    while (i < size) {
        size_t n = utf8_len(data + i, size - i);
        if (n == 0) {
            s[i++] = '?';
            continue;
        }
        if (n == 1 && (data[i] == 0 || data[i] == '\r' || data[i] == '\f'))
            s[i] = ' ';
        else
            memcpy(s + i, data + i, n);
        i += n;
    }
    s[size] = '\0';
    ki_text *t = ki_text_from_string(s, size);
    free(s);
    return t;
}

static int valid_utf8(const char *s)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t k = utf8_len(p + i, n - i);
        if (k == 0)
            return 0;
        i += k;
    }
    return 1;
}

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

void fuzz_check_text(const ki_text *t)
{
    CHECK(t->buf != NULL);
    CHECK(t->buf[t->len] == '\0');
    CHECK(strlen(t->buf) == t->len); /* no NUL inside */
    CHECK(valid_utf8(t->buf));
    CHECK(t->npages >= 1);
    CHECK(t->page_start != NULL && t->page_start[0] == 0);
    for (int i = 1; i < t->npages; i++)
        CHECK(t->page_start[i - 1] <= t->page_start[i] && t->page_start[i] <= t->len);
    CHECK(memchr(t->buf, '\r', t->len) == NULL);
    CHECK(memchr(t->buf, '\f', t->len) == NULL);
    for (int i = 0; i < t->nwarnings; i++)
        CHECK(t->warnings[i] != NULL);
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
        CHECK(valid_utf8(s));
}

void fuzz_check_refs(const ki_refs *r, const ki_text *t)
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
