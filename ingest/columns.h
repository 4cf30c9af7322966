/*
 * columns.h - reading a table laid out in columns cell by cell.
 *
 * `pdftotext -layout`, and many text exports, print a table as text: the
 * cells of a row side by side, separated by runs of spaces, each cell
 * wrapping over several lines within its own column:
 *
 *     Motie van het lid A (X) over   Kamerstuk 36 100,   Afgedaan met de
 *     het onderhoud van bruggen      nr. 12              brief van 3 mei.
 *
 * Read line by line, "Kamerstuk 36 100," is cut from its "nr. 12" and a
 * sentence from its own end.  ki_columns_view() finds such blocks and gives
 * the detector a view of the text of the SAME LENGTH in which every block
 * is rewritten in reading order, one row a line, "| cell | cell"
 * ("|cell|cell" when the block has too little room for that), each cell's lines
 * joined with one space (line-end hyphenation undone as ki_norm_join()
 * does), the bytes left over written as spaces at the end of each row's
 * line:
 *
 *     | Motie van het lid A (X) over het onderhoud van bruggen | Kamerstuk
 *     36 100, nr. 12 | Afgedaan met de brief van 3 mei.       (one line)
 *
 * Text outside the blocks is not touched, and a block never crosses a page
 * start, so the page of every view offset is the page of the same offset
 * of the text.  ki_colview_span() maps a span of the view back to the text.
 *
 * A block (the rule, for every layout, not for one document):
 *   - lines of one page, starting at a line with two or more segments (text
 *     runs separated by two or more spaces); single empty lines may
 *     separate its rows, two end it; it ends with the row of its last line
 *     of two segments or more (a heading after an empty line below the
 *     table is not its row);
 *   - its column starts are the starts of segments after such a gap; every
 *     line of the block has a space in the character column before each
 *     column start (no text runs across a column; a cell that starts
 *     further right may end one column short of the next start), and
 *     at most one segment in each column (a segment may start further right
 *     than its column, a column may be empty on a line); a cell that starts
 *     up to four characters left of its column (pdftotext rounds a cell's
 *     place), after a cell of the column before on its line or not, moves
 *     the column start there, as long as no line's text runs into that
 *     character column;
 *   - 2 to 6 columns; every column but the first has text on two lines or
 *     more; two lines or more have text in two columns or more; some row
 *     with two cells or more has a cell that wraps (else line-by-line
 *     reading is as good);
 *   - two rows or more with two cells or more (a body text beside a
 *     margin column is one row);
 *   - not a list (two columns, the first of list markers, "1.", "a)", "-",
 *     no wider than four characters); not a letter's heading block or
 *     margin (a segment that is a label only a margin has, "Ons kenmerk",
 *     "Bijlage(n)", "Kopie aan", ..., or a heading label, "Datum",
 *     "Betreft", "Kenmerk", ..., below the first line); not a list of labels
 *     and values (two columns, the first no wider than 24 characters and
 *     never wrapped: where a row has it on two lines, the second's first
 *     word would have fitted on the first, or the second begins with a
 *     capital below a first that ends in a letter, "Datum toezegging" over
 *     "Termijn": a label below a label).
 * Rows: an empty line ends one.  Within lines that follow each other, a
 * line starts a new row when its first cell begins with a capital or a
 * digit and either the first column was empty on the line before, or it
 * has two cells or more and every one of them begins so (a wrapped cell
 * goes on in lower case); the second line also when the first is a header
 * (two cells or more, each beginning with a capital or digit) and the
 * second's first cell of two or more begins so.  In a block of three
 * groups of lines or more between empty lines (one row a group), only the
 * first group's first line (a header above the first row) is split off
 * this way.  A row with one cell only (a
 * heading inside the table) is written without bars.
 */
#ifndef KI_COLUMNS_H
#define KI_COLUMNS_H

#include <stddef.h>
#include <stdint.h>

#include "../util/status.h"

/* One block: [start, end) in both the text and the view, and for every
 * view byte in it the text offset it came from (orig[i] for the view byte
 * start + i), KI_COL_NONE for a byte the view added (a separator, a joining
 * space, a line end, padding). */
#define KI_COL_NONE UINT32_MAX
typedef struct ki_colblock {
    size_t    start, end;
    int       ncols, nrows;
    uint32_t *orig;
} ki_colblock;

typedef struct ki_colview {
    char        *buf;    /* the view, NUL-terminated; NULL when no block was found */
    size_t       len;
    ki_colblock *blocks; /* in text order */
    size_t       nblocks;
} ki_colview;

/* Finds the blocks of s[0, n) (valid UTF-8) and builds the view into *v
 * (v->buf NULL and no blocks when there is none).  page_start (npages
 * entries, may be NULL) are the page starts no block may cross.  Returns
 * KI_OK or KI_ERR_NOMEM (then *v holds nothing).  Free with
 * ki_colview_free(). */
ki_status ki_columns_view(const char *s, size_t n, const size_t *page_start, int npages, ki_colview *v);

/* Releases what v holds (a zeroed v is a no-op). */
void ki_colview_free(ki_colview *v);

/* The text span [*oa, *ob) of the view span [a, b): the smallest span that
 * holds every text byte the view's bytes came from (the same span outside
 * the blocks). */
void ki_colview_span(const ki_colview *v, size_t a, size_t b, size_t *oa, size_t *ob);

/* The view offset of text offset off: itself outside the blocks, the
 * start of the block it is in otherwise. */
size_t ki_colview_from_text(const ki_colview *v, size_t off);

#endif
