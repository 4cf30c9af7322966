/*
 * buf.h - a growable byte string (after git's strbuf).
 *
 * Invariants: b->data is either NULL (an empty buffer never written to) or
 * points to b->cap bytes of which the first b->len are content followed by a
 * NUL, so b->data can always be used as a C string once anything was added.
 * ki_buf_free() releases the storage; ki_buf_detach() hands it to the caller
 * ("you now own the storage", free() it) and leaves the buffer empty.
 *
 * On allocation failure every function returns KI_ERR_NOMEM and leaves the
 * buffer as it was.
 */
#ifndef KI_BUF_H
#define KI_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ki_buf {
    char  *data;
    size_t len;
    size_t cap;
} ki_buf;

#define KI_BUF_INIT { NULL, 0, 0 }

ki_status ki_buf_grow(ki_buf *b, size_t extra);
ki_status ki_buf_add(ki_buf *b, const void *p, size_t n);
ki_status ki_buf_adds(ki_buf *b, const char *s);
ki_status ki_buf_addc(ki_buf *b, char c);
ki_status ki_buf_addf(ki_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
ki_status ki_buf_vaddf(ki_buf *b, const char *fmt, va_list ap);
/* Cuts the content to len bytes (len <= b->len). */
void ki_buf_truncate(ki_buf *b, size_t len);
/* The content as a C string; "" for a buffer never written to. */
const char *ki_buf_str(const ki_buf *b);
char *ki_buf_detach(ki_buf *b, size_t *len);
void ki_buf_free(ki_buf *b);

#ifdef __cplusplus
}
#endif

#endif
