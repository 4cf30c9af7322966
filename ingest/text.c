#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ki_text_page(const ki_text *t, size_t off)
{
    if (!t || t->npages <= 0)
        return 1;
    int lo = 0, hi = t->npages - 1;
    while (lo < hi) { /* last page whose start <= off */
        int mid = lo + (hi - lo + 1) / 2;
        if (t->page_start[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}

ki_text *ki_text_from_string(const char *buf, size_t len)
{
    ki_text *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->buf = malloc(len + 1);
    t->page_start = calloc(1, sizeof *t->page_start);
    if (!t->buf || !t->page_start) {
        ki_text_free(t);
        return NULL;
    }
    memcpy(t->buf, buf, len);
    t->buf[len] = '\0';
    t->len = len;
    t->npages = 1;
    t->source_kind = "text";
    return t;
}

int ki_text_warn(ki_text *t, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char **w = realloc(t->warnings, (size_t)(t->nwarnings + 1) * sizeof *w);
    if (!w)
        return -1;
    t->warnings = w;
    if (!(w[t->nwarnings] = strdup(msg)))
        return -1;
    t->nwarnings++;
    return 0;
}

void ki_text_free(ki_text *t)
{
    if (!t)
        return;
    free(t->buf);
    free(t->page_start);
    free(t->kenmerk);
    free(t->margin_date);
    free(t->pdf_title);
    free(t->pdf_date);
    for (int i = 0; i < t->nwarnings; i++)
        free(t->warnings[i]);
    free(t->warnings);
    free(t);
}
