/*
 * textfile.h - the bytes of a text file to a ki_text (text.h).
 *
 * Encoding: a UTF-16 byte order mark selects UTF-16 (LE or BE); otherwise
 * the bytes are UTF-8 when they are all well-formed UTF-8 (a UTF-8 BOM is
 * skipped), else Windows-1252 (a superset of Latin-1 for the printable
 * range; its five unassigned bytes become U+FFFD).  Then every character is
 * normalised (normalize.h), "\r\n" and lone '\r' become '\n', NUL bytes
 * and other control characters are dropped, and spaces at line ends are
 * trimmed.  A line with two runs of tabs or more between its cells (a
 * table a word processor or spreadsheet exported) is written as a row of
 * cells, "| cell | cell | cell |", as the detector reads tables, with the
 * lines below it that carry its cells on (each starts with a tab for every
 * empty cell before its text) joined into its cells; every other tab
 * becomes a space (at a line end, trimmed).  A form feed ('\f',
 * as pdftotext writes between pages) starts a new page in the page map and
 * is itself replaced by a line end; a form feed at the very end starts no
 * page.  The file keeps its own lines (no paragraph joining).
 *
 * Binary data is told apart from text by its first 64 KiB: more than 1% NUL
 * bytes or more than 5% other control bytes (when there is no UTF-16 BOM).
 */
#ifndef KI_TEXTFILE_H
#define KI_TEXTFILE_H

#include <stddef.h>

#include "../util/status.h"
#include "text.h"

/*
 * The size limit of a text, in MB (10^6 bytes): a text file larger than
 * this on disk, a text file whose decoded text grows beyond it (Windows-1252
 * and UTF-16 can grow when they become UTF-8), and a PDF whose extracted
 * text is longer (extract.h) are refused with KI_ERR_TOO_LARGE and
 * "text too large (X MB, limit 50 MB)".  Ingest holds a few copies of a
 * document's text at once (the text, the indexer's copy, the stored data,
 * the serialised document), so this bounds its memory to some hundreds of
 * MB per worker.  A letter has tens of KB of text and a dense page some
 * 3 KB, so 50 MB is more than 15,000 dense pages.
 */
#define KI_TEXT_MAX_MB 50
#define KI_TEXTFILE_MAX ((size_t)KI_TEXT_MAX_MB * 1000 * 1000)

/*
 * Decodes len bytes at data into a new ki_text (*out, the caller frees it
 * with ki_text_free(); source_kind "text").  Statuses: KI_ERR_NO_TEXT (len
 * is 0: "empty file", or nothing but white space and control bytes),
 * KI_ERR_NOT_PDF (binary data), KI_ERR_TOO_LARGE (len, or the decoded
 * text, over KI_TEXTFILE_MAX), KI_ERR_NOMEM.
 */
ki_status ki_textfile_decode(const char *data, size_t len, ki_text **out, ki_err *err);

/* Reads the file at path (at most KI_TEXTFILE_MAX bytes) and decodes it
 * as above.  Adds KI_ERR_NOT_FOUND and KI_ERR_IO to the statuses. */
ki_status ki_textfile_read(const char *path, ki_text **out, ki_err *err);

/* Sets err to the message of a text of `bytes` bytes over KI_TEXTFILE_MAX,
 * "text too large (X MB, limit N MB)", and returns KI_ERR_TOO_LARGE. */
ki_status ki_text_too_large(ki_err *err, unsigned long long bytes);

#endif
