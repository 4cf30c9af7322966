/*
 * extract.h - from a file on disk to a ki_text (see text.h).
 *
 * ki_extract_file() looks at the first bytes, not the name: "%PDF-" goes to
 * the PDF extractor (poppler-glib), anything else is read as text (UTF-8, or
 * Windows-1252/Latin-1 when it is not valid UTF-8).  On success *out is a
 * new ki_text the caller frees with ki_text_free().
 *
 * Statuses: KI_ERR_NOT_FOUND (no such file), KI_ERR_IO (unreadable, a
 * directory), KI_ERR_NOT_PDF (binary that is neither), KI_ERR_CORRUPT,
 * KI_ERR_ENCRYPTED, KI_ERR_NO_TEXT (empty file, or a PDF without a text
 * layer on any page), KI_ERR_TOO_LARGE (a text file, or the text of a
 * PDF, over KI_TEXTFILE_MAX: textfile.h), KI_ERR_NOMEM.  err->msg then says
 * why in one sentence, without the file name.
 *
 * A PDF where only some pages lack text succeeds with a warning in
 * t->warnings.
 */
#ifndef KI_EXTRACT_H
#define KI_EXTRACT_H

#include "../util/status.h"
#include "text.h"

ki_status ki_extract_file(const char *path, ki_text **out, ki_err *err);

#endif
