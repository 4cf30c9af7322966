/*
 * scan.h - the byte-level helpers every hand-written scanner over cleaned
 * text needs (detector, dates, document metadata).  Header-only: each is a
 * few instructions on a hot path.
 */
#ifndef KI_SCAN_H
#define KI_SCAN_H

#include <stdbool.h>
#include <stddef.h>

/* ASCII white space: space, tab, newline, CR, form feed, vertical tab. */
static inline bool ki_is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The index of the first byte at or after i in s[0..n) that is neither
 * ASCII white space nor a UTF-8 no-break space (C2 A0). */
static inline size_t ki_skip_blank(const char *s, size_t n, size_t i)
{
    for (;;) {
        if (i < n && ki_is_blank((unsigned char)s[i]))
            i++;
        else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else
            return i;
    }
}

#endif
