/*
 * testutil.h - small helpers the unit tests share (tests only).
 */
#ifndef KI_TESTUTIL_H
#define KI_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>

/* The whole file at path, NUL-terminated, its length in *len; NULL when it
 * cannot be read.  The caller frees it. */
static inline char *test_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = '\0';
        *len = (size_t)n;
    }
    return b;
}

#endif
