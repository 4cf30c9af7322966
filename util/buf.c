#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ki_status ki_buf_grow(ki_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return KI_OK;
    if (extra > ((size_t)-1) / 2 - b->len)
        return KI_ERR_NOMEM;
    size_t want = b->len + extra + 1;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < want)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p)
        return KI_ERR_NOMEM;
    if (!b->data)
        p[0] = '\0'; /* a new buffer is an empty string at once */
    b->data = p;
    b->cap = cap;
    return KI_OK;
}

ki_status ki_buf_add(ki_buf *b, const void *p, size_t n)
{
    if (ki_buf_grow(b, n))
        return KI_ERR_NOMEM;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return KI_OK;
}

ki_status ki_buf_adds(ki_buf *b, const char *s)
{
    return ki_buf_add(b, s, strlen(s));
}

ki_status ki_buf_addc(ki_buf *b, char c)
{
    return ki_buf_add(b, &c, 1);
}

ki_status ki_buf_vaddf(ki_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0)
        return KI_ERR_INTERNAL;
    if (ki_buf_grow(b, (size_t)n))
        return KI_ERR_NOMEM;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return KI_OK;
}

ki_status ki_buf_addf(ki_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ki_status st = ki_buf_vaddf(b, fmt, ap);
    va_end(ap);
    return st;
}

void ki_buf_truncate(ki_buf *b, size_t len)
{
    if (b->data && len <= b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

const char *ki_buf_str(const ki_buf *b)
{
    return b->data ? b->data : "";
}

char *ki_buf_detach(ki_buf *b, size_t *len)
{
    char *p = b->data;
    if (!p)
        p = calloc(1, 1);
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void ki_buf_free(ki_buf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
