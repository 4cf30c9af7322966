/*
 * pdftext.h - the PDF half of extraction (poppler-glib).  This module is
 * the only one in kamerindex that includes <poppler.h>.
 *
 * How a page becomes body text:
 *   1. every glyph with its box, font size and weight (poppler's text
 *      layout and text attributes) is read once per page;
 *   2. glyphs become words (split at spaces, font-size changes, gaps);
 *      text set vertically (glyphs stacked at one x, a document number up
 *      the page edge) is dropped;
 *   3. vertical gutters that no word in the middle 84% of any page crosses
 *      split the pages into columns.  The rightmost, when narrow, is the
 *      margin column (Kenmerk, Datum, the directorate's address): it leaves
 *      the body, and its "Kenmerk"/"Onze referentie"/"Ons kenmerk" and
 *      "Datum" values (the line after the label) are kept.  Other columns
 *      are body columns, read left to right (two-column Handelingen);
 *   4. words become lines by baseline; small raised digits are footnote
 *      markers, written "^N" glued to the preceding word ("femicide^3");
 *   5. the page's top and bottom blocks (at most three lines set apart by
 *      a gap, within 12% of the edge) lose the lines that repeat at the
 *      same height on half of the pages or more (digits ignored), page
 *      numbers ("Pagina 2 van 4", "2/4", "- 2 -", "2"), and small print at
 *      the very top (a running header, even on a one-page document);
 *   6. smaller-font lines at the foot of each body column, opening with a
 *      number, are footnotes, written "[^N] text" after the page's body;
 *   7. lines become paragraphs (text.h): a new block at a vertical gap, a
 *      bullet, a change of weight or size (a heading), or after a line that
 *      ends short of the column's right edge (the next word would have
 *      fitted); line-end hyphenation is undone (normalize.h).  A paragraph
 *      that runs on to the next page is joined across the page break; the
 *      footnotes of the first page then follow the joined paragraph.
 *      Bullets are written "- ".  Lines that end short without vertical
 *      space below them (an address, a table row) end with a single '\n'.
 *   8. a table's rows (a line whose words are set apart by a gap wider
 *      than 1.2 em, not a list or footnote marker before its text) and the
 *      lines right below one are lines of their own, laid out as
 *      `pdftotext -layout` does: each word after a wide gap, and the line's first word, at the
 *      character column of its x (2.5 pt a character, from the leftmost
 *      line of its column), so that columns.h reads the table cell by cell.
 */
#ifndef KI_PDFTEXT_H
#define KI_PDFTEXT_H

#include "../util/status.h"
#include "text.h"

/* Body text is cut (with a warning) beyond this many bytes. */
#define KI_PDF_MAX_TEXT ((size_t)64 * 1024 * 1024)

/*
 * Extracts the PDF at path into a new ki_text (*out, freed by the caller
 * with ki_text_free(); source_kind "pdf").  Statuses: KI_ERR_NOT_FOUND,
 * KI_ERR_IO, KI_ERR_CORRUPT (poppler cannot open it), KI_ERR_ENCRYPTED (a
 * user password is needed; an owner-password-only PDF opens fine),
 * KI_ERR_NO_TEXT (no page has a text layer: a scan), KI_ERR_NOMEM.  Pages
 * without text next to pages with text give a warning in t->warnings.
 */
ki_status ki_pdf_extract(const char *path, ki_text **out, ki_err *err);

/*
 * Silences poppler's own messages ("Syntax Error: ..."), which poppler
 * otherwise prints to stderr on broken PDFs.  Process-wide (a GLib log
 * handler and poppler's error callback): the CLI calls it once; library
 * code never does.
 */
void ki_pdf_quiet(void);

#endif
