/*
 * textfile.h - the bytes of a text file to a ki_text (text.h).
 *
 * Encoding: a UTF-16 byte order mark selects UTF-16 (LE or BE); otherwise
 * the bytes are UTF-8 when they are all well-formed UTF-8 (a UTF-8 BOM is
 * skipped), else Windows-1252 (a superset of Latin-1 for the printable
 * range; its five unassigned bytes become U+FFFD).  Then every character is
 * normalised (normalize.h), "\r\n" and lone '\r' become '\n', NUL bytes
 * and other control characters are dropped, and spaces at line ends are
 * trimmed.  A form feed ('\f', as pdftotext writes between pages) starts a
 * new page in the page map and is itself replaced by a line end; a form
 * feed at the very end starts no page.  The file keeps its own lines
 * (no paragraph joining).
 *
 * Binary data is told apart from text by its first 64 KiB: more than 1% NUL
 * bytes or more than 5% other control bytes (when there is no UTF-16 BOM).
 */
#ifndef KI_TEXTFILE_H
#define KI_TEXTFILE_H

#include <stddef.h>

#include "../util/status.h"
#include "text.h"

/* Text files larger than this are refused with KI_ERR_TOO_LARGE. */
#define KI_TEXTFILE_MAX ((size_t)512 * 1024 * 1024)

/*
 * Decodes len bytes at data into a new ki_text (*out, the caller frees it
 * with ki_text_free(); source_kind "text").  Statuses: KI_ERR_NO_TEXT (len
 * is 0: "empty file", or nothing but white space and control bytes),
 * KI_ERR_NOT_PDF (binary data), KI_ERR_TOO_LARGE (len over
 * KI_TEXTFILE_MAX), KI_ERR_NOMEM.
 */
ki_status ki_textfile_decode(const char *data, size_t len, ki_text **out, ki_err *err);

/* Reads the file at path (at most KI_TEXTFILE_MAX bytes) and decodes it
 * as above.  Adds KI_ERR_NOT_FOUND and KI_ERR_IO to the statuses. */
ki_status ki_textfile_read(const char *path, ki_text **out, ki_err *err);

#endif
