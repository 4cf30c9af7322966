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
 *      are body columns, read left to right (two-column Handelingen).
 *      Two columns may also sit below a full-width head that crosses
 *      their gutter (a gutter whose lowest crossing word lies well above
 *      the text on both sides, the columns of about equal width, the left
 *      one justified): words above the head's foot, and a top-band head
 *      across the gutters of whole-page columns, are column 0;
 *   4. words become lines by baseline; small raised digits are footnote
 *      markers, written "^N" glued to the preceding word ("femicide^3");
 *   5. the page's top and bottom blocks (at most three rows set apart by
 *      a gap, within 12% of the edge) lose the lines that repeat at the
 *      same height on half of the pages or more (digits ignored) with the
 *      rest of their row, page numbers ("Pagina 2 van 4", "2/4", "- 2 -",
 *      "2"), small print at the very top (a running header, even on a
 *      one-page document), and a bottom block of small print at the page
 *      foot that opens with no number and ends no sentence (a Kamerstuk's
 *      first-page colophon "kst-... / ISSN ... / 's-Gravenhage 2025");
 *   6. smaller-font lines at the foot of each body column, opening with a
 *      number, are footnotes, written "[^N] text" after the page's body;
 *   7. lines become paragraphs (text.h): a new block at a vertical gap
 *      (wider than the spacing of lines of that font size), a
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
 *      Where two lines or more of a table's rows begin a cell at the same
 *      x (after a wide gap, or indented), that x starts a cell however
 *      narrow the gap before it, and after a row number.  A row that a page
 *      break splits, the header row repeated on the next page, is written
 *      whole before that page starts.  A line-end hyphen set apart at the
 *      right edge of a justified line is glued back to its syllable.
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
