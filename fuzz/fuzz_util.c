/* fuzz_util.c - see fuzz_util.h. */
#include "fuzz/fuzz_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond) FUZZ_CHECK(cond)

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

int fuzz_valid_utf8(const char *s)
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

void fuzz_check_text(const ki_text *t)
{
    CHECK(t->buf != NULL);
    CHECK(t->buf[t->len] == '\0');
    CHECK(strlen(t->buf) == t->len); /* no NUL inside */
    CHECK(fuzz_valid_utf8(t->buf));
    CHECK(t->npages >= 1);
    CHECK(t->page_start != NULL && t->page_start[0] == 0);
    for (int i = 1; i < t->npages; i++)
        CHECK(t->page_start[i - 1] <= t->page_start[i] && t->page_start[i] <= t->len);
    CHECK(memchr(t->buf, '\r', t->len) == NULL);
    CHECK(memchr(t->buf, '\f', t->len) == NULL);
    for (int i = 0; i < t->nwarnings; i++)
        CHECK(t->warnings[i] != NULL);
}

