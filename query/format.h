/*
 * format.h - writing tables and text for people and programs, safely.
 *
 * Text that comes from documents is hostile until proven otherwise: a PDF
 * can say "<script>", "=cmd|' /C calc'!A0" or contain terminal escapes.
 * Every writer here makes such text inert for its format:
 *
 *   md    Markdown punctuation that could start markup (\ ` * _ [ ] < > | &
 *         and friends) is backslash-escaped; line breaks become spaces, so a
 *         cell never breaks the table.
 *   csv   RFC 4180 quoting ("" for "); a cell that starts with = + - @, a tab
 *         or a CR (also after leading blanks) is prefixed with ' and quoted,
 *         so no spreadsheet runs it as a formula.  Lines end in "\n".
 *   html  & < > " ' become entities; control characters become U+FFFD.
 *   json  through util/json.h (control characters escaped).
 *
 * Links (href) are written only when they are http(s) URLs made of URL
 * characters; anything else is dropped and the cell is written as text.
 *
 * Every function appends to a ki_buf and returns KI_OK or KI_ERR_NOMEM (the
 * buffer may then hold part of the output).  The caller owns the buffer.
 */
#ifndef KI_FORMAT_H
#define KI_FORMAT_H

#include <stddef.h>

#include "../util/buf.h"
#include "../util/status.h"

typedef enum ki_format {
    KI_FMT_MD = 0,
    KI_FMT_CSV,
    KI_FMT_HTML,
    KI_FMT_JSON
} ki_format;

/* "md" (also "markdown"), "csv", "html", "json" -> the format; returns -1
 * for anything else. */
int ki_format_parse(const char *name);

/* One cell: its text (NULL is written as empty, or null in JSON) and an
 * optional link. */
typedef struct ki_cell {
    const char *text;
    const char *href;
} ki_cell;

/* A table: ncols columns with their headers (what people read) and keys
 * (JSON member names: plain ASCII identifiers), and nrows rows of ncols
 * cells each (row-major).  Only the first nvisible columns are written in
 * md, csv and html (0 means all); the rest are for JSON readers only.  The
 * table only points at strings the caller owns. */
typedef struct ki_table {
    size_t ncols;
    size_t nvisible;
    const char *const *headers;
    const char *const *keys;
    size_t nrows;
    const ki_cell *cells;
} ki_table;

/* Writes t in format f.  title (may be NULL) becomes a heading in md, the
 * caption and <title> in html, and is not written in csv.  For json the
 * output is an array with one object per row, {key: text, ...}, and for a
 * cell with a link also "KEY_url": href.  md and html end with a newline. */
ki_status ki_table_write(ki_buf *out, const ki_table *t, ki_format f, const char *title);

/* The single-value escapers the writers use; s may be NULL (writes nothing). */
ki_status ki_md_escape(ki_buf *out, const char *s);
ki_status ki_csv_cell(ki_buf *out, const char *s);
ki_status ki_html_escape(ki_buf *out, const char *s);

/* True when href is an http:// or https:// URL made only of characters
 * that need no escaping in any of the formats above. */
int ki_href_ok(const char *href);

/* Appends text for a terminal: control characters (C0 except \n and \t,
 * DEL, C1 including the 8-bit CSI) become '?', so no escape sequence from
 * a document reaches the terminal.  Invalid UTF-8 is kept as is. */
ki_status ki_term_safe(ki_buf *out, const char *s);

#endif
