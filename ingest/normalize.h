/*
 * normalize.h - character clean-up and line joining shared by the PDF and
 * the text-file extractors.
 *
 * What "normalised" means (see text.h): UTF-8; ligatures (U+FB00..FB06)
 * expanded to their letters; soft hyphens (U+00AD), zero-width spaces and
 * joiners and byte order marks removed; non-breaking and other typographic
 * spaces (U+00A0, U+2000..200A, U+202F, U+205F, U+3000) and tabs made ' ';
 * hyphen-like dashes (U+2010..2015, U+2212, U+FE58, U+FE63, U+FF0D) made
 * '-'; bullet glyphs (U+2022, U+25AA, U+25CF, U+2023, U+2043, U+25E6 and the
 * Symbol/Wingdings private-use bullets U+F0B7, U+F0A7, U+F06C) made U+2022;
 * superscript digits (U+00B9, U+00B2, U+00B3, U+2070, U+2074..2079: footnote
 * markers) made ASCII digits;
 * other control characters (C0 except '\n', DEL, C1) removed; invalid UTF-8
 * bytes become U+FFFD.
 *
 * Nothing here allocates except through the ki_buf passed in.
 */
#ifndef KI_NORMALIZE_H
#define KI_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/buf.h"
#include "../util/status.h"

/* Decodes one UTF-8 sequence at s (n > 0 bytes available) into *cp and
 * returns its length (1..4).  An invalid or truncated sequence gives
 * *cp = 0xFFFD and length 1. */
size_t ki_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

/* Encodes cp as UTF-8 into dst (4 bytes room); returns the length. */
size_t ki_utf8_encode(unsigned cp, char *dst);

/* True when all n bytes at s are well-formed UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF). */
bool ki_utf8_valid(const char *s, size_t n);

/* The normalised form of code point cp, written to dst (8 bytes room);
 * returns its length, 0 when the character is dropped.  '\n' stays '\n'. */
size_t ki_norm_cp(unsigned cp, char *dst);

/* Appends s[0..n) to out, normalised as above.  KI_ERR_NOMEM on failure. */
ki_status ki_norm_append(ki_buf *out, const char *s, size_t n);

/*
 * Joins the next physical line of a paragraph to the paragraph in out,
 * undoing line-end hyphenation.  para_start is where the paragraph begins
 * in out (nothing is joined when out holds nothing past it: next is simply
 * appended).  next is normalised text without a '\n'.
 *
 * soft_break says the previous line ended in a soft hyphen (which the
 * normaliser removed): the two parts are glued with nothing between.
 * Otherwise, when the paragraph ends in '-' right after a letter or digit:
 *   - next starts with "en ", "of ", "tot ", "and ", "or " (a shared
 *     compound: "zorg- en welzijnsveld") -> the hyphen stays, then a space;
 *   - the character before '-' is a lower-case letter and next starts with
 *     a lower-case letter -> the hyphen is removed, the parts glued
 *     ("be-" + "sluit" -> "besluit");
 *   - anything else (a capital or digit on either side: "GL-" + "PvdA",
 *     "2023-" + "2024", "CDA-" + "fractie") -> the hyphen stays, glued.
 * A '-' after a space (a dash) and every other line end join with one space.
 * Trailing spaces of the paragraph and leading spaces of next are dropped.
 */
ki_status ki_norm_join(ki_buf *out, size_t para_start, const char *next, size_t n,
                       bool soft_break);

#endif
