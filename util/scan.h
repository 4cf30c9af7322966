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

/* ki_skip_blank() backwards: the index after the last byte before i in
 * s[lo..i) that is neither ASCII white space nor a UTF-8 no-break space
 * (C2 A0); lo when there is none. */
static inline size_t ki_skip_blank_back(const char *s, size_t lo, size_t i)
{
    for (;;) {
        if (i > lo && ki_is_blank((unsigned char)s[i - 1]))
            i--;
        else if (i > lo + 1 && (unsigned char)s[i - 1] == 0xA0 && (unsigned char)s[i - 2] == 0xC2)
            i -= 2;
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

/* How text that kept its line ends (a text file; a PDF's lines were joined
 * by ki_norm_join() already) goes on across a line end after a hyphen.
 * w[0, o) is what stands before the line end and ends in '-'; next[0, n)
 * is what follows it, blanks skipped.  The words "en", "of" and "tot" after
 * the hyphen share a compound ("zorg- en welzijnsveld"). */
typedef enum ki_hyphen_break {
    KI_HYPHEN_SPACE,    /* no word broken: a space between ("zorg- en", "GL-\nPvdA") */
    KI_HYPHEN_KEEP,     /* an abbreviation's own hyphen, at most three letters and
                         * no vowel ("mkb-\nbedrijven"): glued, the hyphen stays */
    KI_HYPHEN_DROP      /* a word broken in two, a lower-case letter on both
                         * sides ("ouder-\nvereniging"): glued, the hyphen goes */
} ki_hyphen_break;

static inline ki_hyphen_break ki_hyphen_at_line_end(const char *w, size_t o, const char *next, size_t n)
{
    static const char *const shared[] = {"en", "of", "tot"};
    if (o < 2 || w[o - 1] != '-' || !(w[o - 2] >= 'a' && w[o - 2] <= 'z') || n == 0 ||
        !(next[0] >= 'a' && next[0] <= 'z'))
        return KI_HYPHEN_SPACE;
    for (size_t k = 0; k < sizeof shared / sizeof shared[0]; k++) {
        size_t l = 0;
        while (shared[k][l] && l < n && ki_lower((unsigned char)next[l]) == shared[k][l])
            l++;
        if (!shared[k][l] && (l == n || !(ki_is_letter((unsigned char)next[l]) || ki_is_digit((unsigned char)next[l]))))
            return KI_HYPHEN_SPACE;
    }
    size_t s = o - 1;
    bool vowel = false;
    while (s > 0 && ki_is_letter((unsigned char)w[s - 1])) {
        char c = w[--s];
        vowel |= c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
    return o - 1 - s > 3 || vowel ? KI_HYPHEN_DROP : KI_HYPHEN_KEEP;
}

#endif
