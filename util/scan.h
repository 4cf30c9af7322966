/*
 * scan.h - the byte-level helpers every hand-written scanner over cleaned
 * text needs (detector, dates, document metadata).  Header-only: each is a
 * few instructions on a hot path.
 */
#ifndef KI_SCAN_H
#define KI_SCAN_H

#include <stdbool.h>
#include <stddef.h>

/* ASCII white space: space, tab, newline, CR, form feed, vertical tab. */
static inline bool ki_is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* An ASCII digit. */
static inline bool ki_is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* A letter: ASCII, or any byte of a UTF-8 sequence (é, ç, ’ are part of
 * words here). */
static inline bool ki_is_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}

/* ASCII lower case. */
static inline int ki_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The case of a Latin Extended-A letter (U+0100..U+017F, two UTF-8 bytes
 * c4/c5 xx: "Ş" "ş", "Ğ" "ğ", "Ć" "ć" in names as Koşer Kaya, Gündoğan,
 * Kostić): sets p[0..1] to the letter in the case asked (lower when lower,
 * else upper) and returns true when p is such a letter with two cases
 * ("İ", "ı", "ĸ", "ŉ", "ſ" are left alone). */
static inline bool ki_latin_ext_case(char *p, bool lower)
{
    unsigned char a = (unsigned char)p[0], b = (unsigned char)p[1];
    if (!((a == 0xC4 || a == 0xC5) && b >= 0x80 && b <= 0xBF))
        return false;
    unsigned cp = ((unsigned)(a & 0x1F) << 6) | (b & 0x3F);
    if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
        return false;
    /* pairs (upper, lower): even/odd, but odd/even in 0139-0148 and 0179-017E */
    bool oddup = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    bool isup = oddup ? (cp & 1) : !(cp & 1);
    if (cp == 0x178) /* Ÿ: its small letter is Latin-1 ÿ */
        return false;
    if (isup && lower)
        cp++;
    else if (!isup && !lower)
        cp--;
    p[0] = (char)(0xC0 | (cp >> 6));
    p[1] = (char)(0x80 | (cp & 0x3F));
    return true;
}

/* The index of the first byte at or after i in s[0..n) that is neither
 * ASCII white space nor a UTF-8 no-break space (C2 A0). */
static inline size_t ki_skip_blank(const char *s, size_t n, size_t i)
{
    for (;;) {
        if (i < n && ki_is_blank((unsigned char)s[i]))
            i++;
        else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else
            return i;
    }
}

/* The last word of s[lo..end), trailing blanks left out: returns its start
 * and sets *we to its end (the two are equal when no word ends there). */
static inline size_t ki_word_before(const char *s, size_t lo, size_t end, size_t *we)
{
    while (end > lo && ki_is_blank((unsigned char)s[end - 1]))
        end--;
    size_t ws = end;
    while (ws > lo && ki_is_letter((unsigned char)s[ws - 1]))
        ws--;
    *we = end;
    return ws;
}

#endif
