/*
 * status.h - the one status code of kamerindex, and a per-call error message.
 *
 * Every library function that can fail returns a ki_status.  KI_OK is zero,
 * so "if (st) ..." reads naturally.  ki_status_str() gives a short English
 * phrase for each code ("not a PDF", "index is locked"); it never returns
 * NULL and the string is static.
 *
 * Functions that can say more than the code take a ki_err *: on failure they
 * write one human sentence into err->msg (without the file name, which the
 * caller knows and prints).  err may be NULL when the caller does not care.
 * Library code never prints and never exits; the CLI does both.
 */
#ifndef KI_STATUS_H
#define KI_STATUS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ki_status {
    KI_OK = 0,
    KI_ERR_NOMEM,        /* out of memory */
    KI_ERR_IO,           /* a read or write failed (errno in the message) */
    KI_ERR_NOT_FOUND,    /* the file, document or record does not exist */
    KI_ERR_NOT_PDF,      /* the file is neither a PDF nor text */
    KI_ERR_CORRUPT,      /* the PDF is damaged beyond repair */
    KI_ERR_ENCRYPTED,    /* the PDF needs a password */
    KI_ERR_NO_TEXT,      /* the file holds no text layer (a scan) or is empty */
    KI_ERR_TOO_LARGE,    /* over a size limit */
    KI_ERR_ENCODING,     /* text could not be decoded */
    KI_ERR_PATTERN,      /* a detection pattern failed to compile or match */
    KI_ERR_DB,           /* the index reported an error */
    KI_ERR_DB_LOCKED,    /* another process is writing the index */
    KI_ERR_DB_MISSING,   /* there is no index at that path */
    KI_ERR_DB_CORRUPT,   /* the index is damaged */
    KI_ERR_DISK_FULL,    /* no space left while writing */
    KI_ERR_QUERY,        /* the query could not be parsed */
    KI_ERR_USAGE,        /* a bad argument from the caller */
    KI_ERR_TIMEOUT,      /* a worker ran over its time limit */
    KI_ERR_CRASHED,      /* a worker died on this file */
    KI_ERR_INTERRUPTED,  /* stopped by a signal (Ctrl-C) */
    KI_ERR_INTERNAL,     /* a bug: an invariant did not hold */
    KI_STATUS_COUNT
} ki_status;

/* A short phrase for st; static, never NULL. */
const char *ki_status_str(ki_status st);

typedef struct ki_err {
    char msg[512];
} ki_err;

/* Formats a message into err (when err is not NULL) and returns st, so that
 * a failure path reads "return ki_err_set(err, KI_ERR_IO, "read: %s", ...)". */
ki_status ki_err_set(ki_err *err, ki_status st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#ifdef __cplusplus
}
#endif

#endif
