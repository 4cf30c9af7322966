/*
 * text.h - the body text of one document, as detection sees it.
 *
 * A ki_text is what extraction (extract.h) produces from a PDF or a text
 * file and what the detector (detect.h) reads: the cleaned body as UTF-8,
 * a page map for every byte offset, and what the margin column and the
 * file's metadata said about the document.  All of it belongs to the
 * ki_text; ki_text_free() releases it (NULL is a no-op).
 *
 * Text conventions (what "cleaned" means):
 *   - UTF-8, no NUL bytes, '\n' line ends, no '\r' or form feeds;
 *   - each paragraph, heading or list item on one line (a PDF's physical
 *     lines joined), blocks separated by one empty line; a text file keeps
 *     its own lines;
 *   - margin column, running headers and footers ("Pagina 3 van 4") removed;
 *     of the margin only the addressee's reference is kept, once, as a
 *     block of its own ("Uw referentie 2025Z18231"), unless the body gives
 *     its value;
 *   - line-end hyphenation undone, ligatures expanded, soft hyphens removed,
 *     non-breaking and other spaces made ' ', en/em dashes made '-',
 *     superscript digits (footnote markers in text files) made digits;
 *   - footnotes kept, each on its own line starting with "[^N] ", after the
 *     body of the page they belong to.
 *
 * Details of PDF text (ingest/pdftext.h has the whole algorithm):
 *   - a footnote marker in the body (a small raised number) is written
 *     "^N" glued to the word before it: "femicide^3", "nr. 278^4".  The '^'
 *     keeps the marker's digits apart from a reference's ("nr. 278^4" is
 *     not "nr. 2784"); a detector can skip /\^[0-9]+/ or use it to find
 *     the note "[^4] ...";
 *   - list bullets (any bullet glyph) are written "- " at the start of the
 *     item's line; numbered items keep their number;
 *   - lines set apart without vertical space and ending short (an address,
 *     the rows of a table, a Kamerstuk's heading block) stay separate lines
 *     with a single '\n' between them;
 *   - a paragraph running on to the next page (or column) is joined across
 *     the break, and the footnotes of the first page then follow that
 *     paragraph; page_start of the second page points inside it, at the
 *     first byte that came from that page.
 * Text files: a form feed ('\f', as pdftotext writes between pages) starts
 * a new page in the page map; it is itself replaced by a line end.
 *
 * Page map: page_start[i] is the byte offset where page i+1 begins;
 * page_start[0] == 0 and the array is non-decreasing.  ki_text_page() gives
 * the 1-based page of any offset.  A page with no body text starts where
 * the next one does.
 */
#ifndef KI_TEXT_H
#define KI_TEXT_H

#include <stddef.h>

typedef struct ki_text {
    char   *buf;        /* cleaned body, NUL-terminated */
    size_t  len;        /* bytes in buf, without the NUL */
    size_t *page_start; /* npages entries */
    int     npages;     /* pages in the source (a text file: 1 + its form feeds) */

    /* Metadata; each NULL when the source does not give it. */
    char *kenmerk;      /* "Kenmerk"/"Onze referentie" value from the margin */
    char *margin_date;  /* raw "Datum" value from the margin, e.g. "20 juni 2025" */
    char *pdf_title;    /* PDF Info title */
    char *pdf_date;     /* PDF creation date as YYYY-MM-DD */
    const char *source_kind; /* "pdf" or "text" (static string, not freed) */

    char **warnings;    /* nwarnings messages, e.g. "page 3 has no text layer" */
    int    nwarnings;
} ki_text;

/* 1-based page of byte offset off (offsets past the end give the last page). */
int ki_text_page(const ki_text *t, size_t off);

/* Builds a ki_text from text already in memory (a test, a .txt file): copies
 * buf, one page.  Returns NULL when out of memory. */
ki_text *ki_text_from_string(const char *buf, size_t len);

/* Appends a formatted warning; returns 0, or -1 when out of memory. */
int ki_text_warn(ki_text *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

void ki_text_free(ki_text *t);

#endif
