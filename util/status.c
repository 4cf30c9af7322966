#include "status.h"

#include <stdarg.h>
#include <stdio.h>

static const char *const status_names[KI_STATUS_COUNT] = {
    [KI_OK] = "ok",
    [KI_ERR_NOMEM] = "out of memory",
    [KI_ERR_IO] = "input/output error",
    [KI_ERR_NOT_FOUND] = "not found",
    [KI_ERR_NOT_PDF] = "not a PDF or text file",
    [KI_ERR_CORRUPT] = "damaged PDF",
    [KI_ERR_ENCRYPTED] = "encrypted PDF (needs a password)",
    [KI_ERR_NO_TEXT] = "no text layer",
    [KI_ERR_TOO_LARGE] = "too large",
    [KI_ERR_ENCODING] = "undecodable text",
    [KI_ERR_PATTERN] = "pattern error",
    [KI_ERR_DB] = "index error",
    [KI_ERR_DB_LOCKED] = "index is locked by another process",
    [KI_ERR_DB_MISSING] = "no index at this path",
    [KI_ERR_DB_CORRUPT] = "index is damaged",
    [KI_ERR_DISK_FULL] = "disk full",
    [KI_ERR_QUERY] = "bad query",
    [KI_ERR_USAGE] = "usage error",
    [KI_ERR_TIMEOUT] = "timed out",
    [KI_ERR_CRASHED] = "worker crashed",
    [KI_ERR_INTERRUPTED] = "interrupted",
    [KI_ERR_INTERNAL] = "internal error",
};

const char *ki_status_str(ki_status st)
{
    if ((unsigned)st >= KI_STATUS_COUNT || !status_names[st])
        return "unknown status";
    return status_names[st];
}

ki_status ki_err_set(ki_err *err, ki_status st, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return st;
}
