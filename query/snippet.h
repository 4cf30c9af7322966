/*
 * snippet.h - a short excerpt of a document around the words a query asks for.
 *
 * Xapian's MSet::snippet() re-tokenises and stems the whole body of every
 * hit; on Kamerbrieven of tens of kilobytes that costs milliseconds per hit,
 * more than the search itself (measured in bench/query.sh).  ki_snippet()
 * does a cheaper thing that is good enough to show a person why a document
 * matched: it takes the plain words of the query (not field:value parts,
 * operators or excluded words), strips a Dutch plural or inflection ending
 * ("moties" -> "motie", "brieven" -> "brie(f)", "motie" -> "moti"), and
 * finds the stretch of text of about `length` bytes where most of them
 * occur, matching words that start with a stem (case-insensitive ASCII).
 *
 * Output: the stretch on one line (line breaks become spaces), cut at word
 * and UTF-8 boundaries, "..." where text was left out, each matched word
 * between on and off.  With no query words or no match: the start of the
 * text.  The text is copied as is otherwise: making it safe for a terminal,
 * HTML or JSON is the writer's job (format.h).
 */
#ifndef KI_SNIPPET_H
#define KI_SNIPPET_H

#include <stddef.h>

#include "../util/buf.h"
#include "../util/status.h"

/* Appends the snippet of text[0..len) for query to out.  Returns KI_OK or
 * KI_ERR_NOMEM. */
ki_status ki_snippet(const char *text, size_t len, const char *query, size_t length,
                     const char *on, const char *off, ki_buf *out);

#endif
