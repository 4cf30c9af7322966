/*
 * docmeta.c - the document's own facts (kind, date, title, own number,
 * kenmerk, signer), read by hand from the head and tail of the text.
 *
 * How the ~90 phrase look-ups a document gets stay cheap (most texts are
 * small, and most phrases are not in them):
 * - index_head() reads the first IDX_LEN bytes once (ki_docmeta_read()):
 *   every word start filed by its first letter and the class of the byte
 *   after it (head_index, one chain per bucket in text order), and the
 *   bytes lower-cased with blanks made ' ' (x->low).
 * - find_phrase() (and has(), has_ends(), has_upper(), label_at() on it)
 *   is inlined into its callers: absent() answers "no word starts so" from
 *   the phrase's bucket, a constant for a literal phrase, without a call.
 *   Otherwise find_phrase_walk() walks the bucket, comparing the phrase's
 *   first eight bytes against x->low before phrase() reads the rest; a
 *   range past the index is scanned (memmem, first_of()).
 * - Readers that look for one word at line starts ask the index first:
 *   read_hand_cover() ("Handelingen"), read_hand_verslag(), and the
 *   signature lines (the bucket of "de" at line starts, signature_lines()).
 * - phrase() asks the first byte inline, the rest in phrase_rest().
 * - The last closing is found backwards by its rarest byte (last_of()).
 * Each of these gives the answer the plain scan gives; tests/test_docmeta.c
 * reads texts inside and past the index for each.
 */
#include "../util/scan.h"
#include "docmeta.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* where documents say what they are, when and by whom: the first HEAD
 * and the last TAIL bytes */
#define HEAD 3000
#define TAIL 2000


/* p at s[i..n) as phrase() reads it (any case, ' ' any blank run), no
 * word boundary asked at its end: the end, or 0. */
static inline size_t phrase_prefix(const char *s, size_t n, size_t i, const char *p)
{
    while (*p) {
        if (*p == ' ') {
            size_t j = ki_skip_blank(s, n, i);
            if (j == i)
                return 0;
            i = j;
            p++;
            continue;
        }
        if (i >= n || ki_lower((unsigned char)s[i]) != ki_lower((unsigned char)*p))
            return 0;
        i++;
        p++;
    }
    return i;
}

/* phrase() past its first byte */
static size_t phrase_rest(const char *s, size_t n, size_t i, const char *p)
{
    i = phrase_prefix(s, n, i, p);
    if (i < n && (ki_is_letter((unsigned char)s[i]) || ki_is_digit((unsigned char)s[i])))
        return 0;
    return i;
}

/* Case-insensitive phrase at s[i..n); ' ' in p matches any blank run.
 * Returns the end, or 0.  The phrase must end at a word boundary.  Most
 * calls fail at the first byte: that is asked here, inlined where the
 * phrase is a literal, without a call. */
static inline __attribute__((always_inline)) size_t phrase(const char *s, size_t n, size_t i, const char *p)
{
    if (*p && *p != ' ' && (i >= n || ki_lower((unsigned char)s[i]) != ki_lower((unsigned char)*p)))
        return 0;
    return phrase_rest(s, n, i, p);
}

/* First occurrence of phrase p at a word start in s[from..to); SIZE_MAX if
 * none.  memmem finds the first word as written and with its first letter
 * in the other case; phrase() then checks the rest loosely. */
/* The head of the document, indexed once: the word starts of its first
 * IDX_LEN bytes by their first letter and the class of the byte after it
 * (a letter, or anything else), each bucket a chain in text order.
 * find_phrase() walks its phrase's bucket instead of scanning the text
 * again for each of its ~30 phrases. */
#define IDX_LEN 4000
#define IDX_B (26 * 27)
typedef struct head_index {
    const char *s;
    size_t      len; /* bytes indexed */
    uint16_t    head[IDX_B]; /* the first word start + 1 in the bucket, 0: none */
    uint16_t    tail[IDX_B]; /* the last (valid where head is set) */
    uint16_t    next[IDX_LEN]; /* the next word start + 1 in i's bucket, 0: none */
    /* the indexed bytes with A-Z lower-cased and each blank (as
     * ki_skip_blank() has them, the C2 of a no-break space too) made ' ',
     * then sixteen zeros: a phrase's first eight bytes are compared with
     * one load here, and the eight after its first blank with another */
    char        low[IDX_LEN + 16];
} head_index;
static _Thread_local const head_index *cur_index;

/* The bucket of a word whose first letter is c0 and next byte c1. */
static inline unsigned index_bucket(unsigned c0, unsigned c1)
{
    unsigned l1 = ((c1 | 0x20) - 'a') & 0xFFu;
    return (((c0 | 0x20) - 'a') & 0xFFu) * 27 + (l1 < 26 ? l1 : 26);
}

/* Files the word start i (a letter after a non-letter) in its bucket b. */
static inline void index_put(head_index *x, size_t i, unsigned b)
{
    x->next[i] = 0;
    if (x->head[b])
        x->next[x->tail[b] - 1] = (uint16_t)(i + 1);
    else
        x->head[b] = (uint16_t)(i + 1);
    x->tail[b] = (uint16_t)(i + 1);
}

/* One pass over the head, 16 bytes at a time where SSE2 is there: a bit
 * mask of ASCII letters and one of "alphabetic" bytes (letters and UTF-8
 * bytes, as ki_is_letter() has them); word starts are letters whose previous
 * byte is not alphabetic, visited by their set bits. */
static void index_head(head_index *x, const char *s, size_t n)
{
    memset(x->head, 0, sizeof x->head);
    x->s = s;
    x->len = n < IDX_LEN ? n : IDX_LEN;
    size_t i = 0;
#ifdef __SSE2__
    const __m128i c20 = _mm_set1_epi8(0x20), ca = _mm_set1_epi8('a'),
                  flip = _mm_set1_epi8((char)0x80), lim = _mm_set1_epi8((char)(26 ^ 0x80));
    unsigned carry = 0; /* was the byte before this block alphabetic */
    const __m128i cA = _mm_set1_epi8('A'), c9 = _mm_set1_epi8('\t'), lim5 = _mm_set1_epi8((char)(5 ^ 0x80)),
                  cC2 = _mm_set1_epi8((char)0xC2), c26 = _mm_set1_epi8(26);
    /* s[i + 16] is read too (the byte after a block's last word start),
     * so the last block is left to the loop below */
    for (; i + 16 < x->len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* A-Z (unsigned v - 'A' < 26) gain 0x20 in the lower-cased copy;
         * blanks (' ', and \t \n \v \f \r: unsigned v - 9 < 5) become ' ' */
        __m128i up = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, cA), flip), lim);
        __m128i bl = _mm_or_si128(_mm_cmpeq_epi8(v, c20),
                                  _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, c9), flip), lim5));
        __m128i lo = _mm_or_si128(_mm_andnot_si128(bl, v), _mm_and_si128(bl, c20));
        _mm_storeu_si128((__m128i *)(void *)(x->low + i), _mm_or_si128(lo, _mm_and_si128(up, c20)));
        /* a no-break space (C2 A0): its C2 becomes ' ' too */
        for (unsigned nb = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, cC2)); nb; nb &= nb - 1) {
            size_t k = i + (size_t)__builtin_ctz(nb);
            if (k + 1 < n && (unsigned char)s[k + 1] == 0xA0)
                x->low[k] = ' ';
        }
        __m128i t = _mm_sub_epi8(_mm_or_si128(v, c20), ca);
        /* unsigned t < 26, as a signed compare of both sides flipped */
        __m128i letter = _mm_cmplt_epi8(_mm_xor_si128(t, flip), lim);
        unsigned lm = (unsigned)_mm_movemask_epi8(letter);
        unsigned am = lm | (unsigned)_mm_movemask_epi8(v);
        unsigned starts = lm & ~((am << 1) | carry) & 0xFFFFu;
        carry = (am >> 15) & 1u;
        if (!starts)
            continue;
        /* the buckets' two halves (index_bucket()) of each byte and of the
         * byte after it: min(x - 'a' as a byte, 26) of the byte with 0x20 */
        unsigned char b0[16], b1[16];
        _mm_storeu_si128((__m128i *)(void *)b0, _mm_min_epu8(t, c26));
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
        _mm_storeu_si128((__m128i *)(void *)b1, _mm_min_epu8(_mm_sub_epi8(_mm_or_si128(w, c20), ca), c26));
        while (starts) {
            unsigned j = (unsigned)__builtin_ctz(starts);
            index_put(x, i + j, b0[j] * 27u + b1[j]);
            starts &= starts - 1;
        }
    }
#endif
    for (; i < x->len; i++) {
        unsigned char c = (unsigned char)s[i];
        x->low[i] = ki_is_blank(c) || (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
                        ? ' ' : (char)ki_lower(c);
        unsigned l = (unsigned)(((unsigned char)s[i] | 0x20) - 'a');
        if (l < 26 && (i == 0 || !ki_is_letter((unsigned char)s[i - 1])))
            index_put(x, i, index_bucket(c, i + 1 < n ? (unsigned char)s[i + 1] : 0));
    }
    memset(x->low + x->len, 0, 16);
}

/* memmem(s, n, p, pl): the first occurrence of p in s[0..n), found by
 * memchr for its byte p[r], one that is rare in text (an upper-case
 * letter, a quote), and a compare where it is: glibc's memmem reads every
 * byte of a short text with more work each. */
static const char *first_of(const char *s, size_t n, const char *p, size_t pl, size_t r)
{
    if (pl > n)
        return NULL;
    size_t last = n - pl; /* the last place p can start */
    for (size_t at = 0; at <= last; at++) {
        const char *q = memchr(s + at + r, p[r], last - at + 1);
        if (!q)
            return NULL;
        at = (size_t)(q - s) - r;
        if (memcmp(s + at, p, pl) == 0)
            return s + at;
    }
    return NULL;
}

/* The last occurrence of p (pl bytes) in s[0..n), found backwards by
 * memrchr for its rare byte p[r] as first_of() finds the first. */
static const char *last_of(const char *s, size_t n, const char *p, size_t pl, size_t r)
{
    if (pl > n)
        return NULL;
    for (size_t last = n - pl;;) { /* p may start at 0..last */
        const char *q = memrchr(s + r, p[r], last + 1);
        if (!q)
            return NULL;
        size_t at = (size_t)(q - s) - r;
        if (memcmp(s + at, p, pl) == 0)
            return s + at;
        if (at == 0)
            return NULL;
        last = at - 1;
    }
}

/* Does phrase p, whose first word (wl >= 2 bytes, the first a letter) is
 * written at at with its first letter in either case, stand at the word
 * start at in s[..to)? */
static inline bool first_word_at(const char *s, size_t to, size_t at, const char *p, size_t wl)
{
    return at + wl <= to && ki_lower((unsigned char)s[at]) == ki_lower((unsigned char)p[0]) && s[at + 1] == p[1] &&
           memcmp(s + at + 1, p + 1, wl - 1) == 0 && (at == 0 || !ki_is_letter((unsigned char)s[at - 1])) &&
           phrase(s, to, at, p);
}

/* find_phrase() when its phrase's bucket is not empty, or the index cannot
 * answer */
static size_t find_phrase_walk(const char *s, size_t to, size_t from, const char *p)
{
    const head_index *x = cur_index;
    int c = ki_lower((unsigned char)p[0]);
    /* a one-letter phrase may end at to, where the byte after it (its
     * bucket's) is not the phrase's: those are looked for below */
    if (x && x->s == s && to <= x->len && c >= 'a' && c <= 'z' && p[1]) {
        /* the byte after the first letter: the same letter, or (a blank,
         * a dot ...) not a letter */
        unsigned b = index_bucket((unsigned)c, (unsigned char)p[1]);
        if (!x->head[b])
            return (size_t)-1; /* no word begins so */
        /* the phrase's first eight bytes, lower-cased, up to and with its
         * first blank, against the word's in x->low: most word starts
         * differ there.  Exact, for phrase() needs each of those bytes as
         * x->low has it: A-Z in either case, a blank run for the ' ' (whose
         * first byte x->low has as ' ').  Bytes from the first that is not
         * ASCII, or a blank other than ' ', are left to phrase().  Worked
         * out once per phrase (the callers' phrases are literals). */
        static _Thread_local struct { const char *p; uint64_t want, mask, want2, mask2; size_t skip; } pc[1024];
        size_t slot = (size_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15u) >> 54);
        if (pc[slot].p != p) {
            char w[8] = {0}, m[8] = {0};
            size_t q = 0;
            for (; q < 8 && p[q]; q++) {
                unsigned char pq = (unsigned char)p[q];
                if (pq >= 0x80 || (pq != ' ' && ki_is_blank(pq)))
                    break;
                w[q] = (char)ki_lower(pq);
                m[q] = (char)0xFF;
                if (pq == ' ')
                    break; /* q stays at it: phrase() skips the whole run */
            }
            memcpy(&pc[slot].want, w, 8);
            memcpy(&pc[slot].mask, m, 8);
            pc[slot].skip = q;
            /* a second key: up to eight bytes after the first blank, to
             * the next blank (as the first: ASCII, lower-cased), for a
             * place whose blank run is one byte (below) */
            char w2[8] = {0}, m2[8] = {0};
            if (q < 8 && p[q] == ' ')
                for (size_t r = 0; r < 8; r++) {
                    unsigned char pr = (unsigned char)p[q + 1 + r];
                    if (!pr || pr >= 0x80 || ki_is_blank(pr))
                        break;
                    w2[r] = (char)ki_lower(pr);
                    m2[r] = (char)0xFF;
                }
            memcpy(&pc[slot].want2, w2, 8);
            memcpy(&pc[slot].mask2, m2, 8);
            pc[slot].p = p;
        }
        uint64_t want = pc[slot].want, mask = pc[slot].mask, want2 = pc[slot].want2, mask2 = pc[slot].mask2;
        /* phrase() goes on after the bytes the key has matched: they are
         * matched as phrase() would (above), and they must lie before to */
        size_t q = pc[slot].skip;
        for (unsigned k = x->head[b]; k; k = x->next[k - 1]) {
            size_t at = k - 1;
            if (at < from)
                continue;
            if (at >= to)
                break;
            uint64_t got;
            memcpy(&got, x->low + at, 8);
            if ((got & mask) != want || at + q > to)
                continue;
            /* the first word and its blank fit; where that blank is one
             * byte (the next is neither a blank, as x->low has it, nor the
             * A0 of a no-break space), the phrase goes on right after it:
             * its next bytes are compared at once ("De voorzitter:" at
             * every "de") */
            if (mask2) {
                unsigned char nb = (unsigned char)x->low[at + q + 1];
                uint64_t got2;
                memcpy(&got2, x->low + at + q + 1, 8);
                if (nb != ' ' && nb != 0xA0 && (got2 & mask2) != want2)
                    continue;
            }
            if (phrase(s, to, at + q, p + q))
                return at;
        }
        return (size_t)-1;
    }
    /* one memmem for the first word without its first letter, whose case
     * varies; the letter and the rest are checked at each hit */
    size_t wl = strcspn(p, " ");
    if (wl < 3) {
        for (size_t i = from; i < to; i++)
            if (ki_lower((unsigned char)s[i]) == ki_lower((unsigned char)p[0]) &&
                (i == 0 || !ki_is_letter((unsigned char)s[i - 1])) && phrase(s, to, i, p))
                return i;
        return (size_t)-1;
    }
    unsigned char p0 = (unsigned char)p[0];
    if (!((p0 | 0x20) >= 'a' && (p0 | 0x20) <= 'z')) {
        /* not a letter ("'s-Gravenhage"): its first word is written as it
         * is, so it is looked for whole by its first byte, which is rare */
        for (size_t at = from; at < to;) {
            const char *hit = first_of(s + at, to - at, p, wl, 0);
            if (!hit)
                break;
            at = (size_t)(hit - s);
            if ((at == 0 || !ki_is_letter((unsigned char)s[at - 1])) && phrase(s, to, at, p))
                return at;
            at++;
        }
        return (size_t)-1;
    }
    /* the places where the first word stands (its first letter in either
     * case, the rest as written), in text order: where SSE2 is, those
     * whose first three bytes fit, 16 at a time (a memmem() per place
     * found read long texts at a few instructions a byte) */
    size_t at = from;
#ifdef __SSE2__
    const __m128i c20 = _mm_set1_epi8(0x20), k0 = _mm_set1_epi8((char)(p0 | 0x20)), k1 = _mm_set1_epi8(p[1]),
                  k2 = _mm_set1_epi8(p[2]);
    for (; at + 18 <= to; at += 16) {
        __m128i v0 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at)), c20);
        __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(s + at + 1));
        __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(s + at + 2));
        __m128i m = _mm_and_si128(_mm_cmpeq_epi8(v0, k0), _mm_and_si128(_mm_cmpeq_epi8(v1, k1), _mm_cmpeq_epi8(v2, k2)));
        for (unsigned bits = (unsigned)_mm_movemask_epi8(m); bits; bits &= bits - 1) {
            size_t j = at + (size_t)__builtin_ctz(bits);
            if (first_word_at(s, to, j, p, wl))
                return j;
        }
    }
#endif
    for (; at + wl <= to; at++)
        if (first_word_at(s, to, at, p, wl))
            return at;
    return (size_t)-1;
}

/* True when the head index says p cannot start a word in s[..to): no
 * word there begins with p's first letter and the byte after it.  The
 * callers' phrases are literals, and this is inlined into them (as are
 * has(), has_ends(), has_upper() and label_at()), so p's bucket is a
 * constant and most of the ~90 look-ups a document gets end here in a few
 * instructions, without a call.  The same test find_phrase_walk() makes. */
static inline __attribute__((always_inline)) bool absent(const char *s, size_t to, const char *p)
{
    const head_index *x = cur_index;
    int c = ki_lower((unsigned char)p[0]);
    return x && x->s == s && to <= x->len && c >= 'a' && c <= 'z' && p[1] &&
           !x->head[index_bucket((unsigned)c, (unsigned char)p[1])];
}

/* First occurrence of phrase p at a word start in s[from..to); SIZE_MAX if
 * none. */
static inline __attribute__((always_inline)) size_t find_phrase(const char *s, size_t to, size_t from, const char *p)
{
    return absent(s, to, p) ? (size_t)-1 : find_phrase_walk(s, to, from, p);
}

/* Digits at s[i..): their end, at most max of them; i when none. */
static size_t digits(const char *s, size_t n, size_t i, size_t max)
{
    size_t k = i;
    while (k < n && k - i < max && ki_is_digit((unsigned char)s[k]))
        k++;
    return k < n && ki_is_digit((unsigned char)s[k]) ? i : k;
}

static inline __attribute__((always_inline)) bool has(const char *s, size_t n, size_t lim, const char *p);
static inline __attribute__((always_inline)) bool has_ends(const char *s, size_t n, const char *p);
static inline __attribute__((always_inline)) size_t label_at(const char *s, size_t n, size_t lim, const char *p);
static size_t vj_at(const char *s, size_t n, size_t i, char out[9]);
static bool letter_head(const char *s, size_t n);

/* ---- titles of bewindspersonen ---- */

static const struct {
    const char *name; /* department as written, lowercase-insensitive */
    const char *m, *s; /* abbreviation for minister / staatssecretaris */
} depts[] = {
    {"Justitie en Veiligheid", "MJenV", "SJenV"},
    {"JenV", "MJenV", "SJenV"},
    {"J&V", "MJenV", "SJenV"},
    {"Binnenlandse Zaken en Koninkrijksrelaties", "MBZK", "SBZK"},
    {"Binnenlandse Zaken", "MBZK", "SBZK"},
    {"BZK", "MBZK", "SBZK"},
    {"Volksgezondheid, Welzijn en Sport", "MVWS", "SVWS"},
    {"VWS", "MVWS", "SVWS"},
    {"Onderwijs, Cultuur en Wetenschap", "MOCW", "SOCW"},
    {"OCW", "MOCW", "SOCW"},
    {"Financiën", "MFin", "SFin"},
    {"Financien", "MFin", "SFin"},
    {"Fin", "MFin", "SFin"},
    {"Economische Zaken, Landbouw en Innovatie", "MELI", "SELI"},
    {"EL&I", "MELI", "SELI"},
    {"Economische Zaken en Klimaat", "MEZK", "SEZK"},
    {"Economische Zaken", "MEZK", "SEZK"},
    {"EZK", "MEZK", "SEZK"},
    {"Klimaat en Groene Groei", "MKGG", "SKGG"},
    {"KGG", "MKGG", "SKGG"},
    {"Infrastructuur en Waterstaat", "MIenW", "SIenW"},
    {"IenW", "MIenW", "SIenW"},
    {"Sociale Zaken en Werkgelegenheid", "MSZW", "SSZW"},
    {"SZW", "MSZW", "SSZW"},
    {"Defensie", "MDef", "SDef"},
    {"Buitenlandse Handel en Ontwikkelingshulp", "MBHO", "SBHO"},
    {"Buitenlandse Handel en Ontwikkelingssamenwerking", "MBHO", "SBHO"},
    {"BHO", "MBHO", "SBHO"},
    {"Buitenlandse Zaken", "MBuZa", "SBuZa"},
    {"BuZa", "MBuZa", "SBuZa"},
    /* offices inside a ministry: "de staatssecretaris voor Europese Zaken"
     * (BuZa), "van Koninkrijksrelaties en Digitalisering" (BZK), "voor
     * Ontwikkelingssamenwerking" (BHO), "van Financiën - Toeslagen en Douane" */
    {"Europese Zaken", "MBuZa", "SBuZa"},
    {"Koninkrijksrelaties en Digitalisering", "MBZK", "SBZK"},
    {"Koninkrijksrelaties", "MBZK", "SBZK"},
    {"Digitalisering", "MBZK", "SBZK"},
    {"Ontwikkelingssamenwerking", "MBHO", "SBHO"},
    {"Toeslagen en Douane", "MFin", "SFin"},
    {"Landbouw, Visserij, Voedselzekerheid en Natuur", "MLVVN", "SLVVN"},
    {"LVVN", "MLVVN", "SLVVN"},
    {"Landbouw, Natuur en Voedselkwaliteit", "MLNV", "SLNV"},
    {"LNV", "MLNV", "SLNV"},
    {"Asiel en Migratie", "MAenM", "SAenM"},
    {"Volkshuisvesting en Ruimtelijke Ordening", "MVRO", "SVRO"},
    {"VRO", "MVRO", "SVRO"},
    {"Rechtsbescherming", "MRb", "SRb"},
    {"Langdurige en Maatschappelijke Zorg", "MLMZ", "SLMZ"},
    {"Jeugd, Preventie en Sport", "MJSP", "SJSP"},
    {"Medische Zorg en Sport", "MMZS", "SMZS"},
    {"Medische Zorg", "MMZ", "SMZ"},
    {"Primair en Voortgezet Onderwijs", "MPVO", "SPVO"},
    {"Basis- en Voortgezet Onderwijs en Media", "MBVOM", "SBVOM"},
    {"Langdurige Zorg en Sport", "MLZS", "SLZS"},
    {"Milieu en Wonen", "MMW", "SMW"},
    /* departments of earlier cabinets, which older letters and registers name */
    {"Veiligheid en Justitie", "MVenJ", "SVenJ"},
    {"VenJ", "MVenJ", "SVenJ"},
    {"V&J", "MVenJ", "SVenJ"},
    {"Infrastructuur en Milieu", "MIenM", "SIenM"},
    {"IenM", "MIenM", "SIenM"},
    {"Verkeer en Waterstaat", "MVenW", "SVenW"},
    {"Justitie", "MJ", "SJ"}, /* before 2010; after "Justitie en Veiligheid" above */
    {"Landbouw, Natuurbeheer en Visserij", "MLNV", "SLNV"},
    {"Onderwijs, Cultuur en Wetenschappen", "MOCW", "SOCW"},
    {"Vreemdelingenzaken en Integratie", "MVI", "SVI"},
    {"Grote Steden- en Integratiebeleid", "MGSI", "SGSI"},
    {"Bestuurlijke Vernieuwing en Koninkrijksrelaties", "MBVK", "SBVK"},
    {"Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer", "MVROM", "SVROM"},
    {"VROM", "MVROM", "SVROM"},
    /* ministers without a ministry of their own, of earlier cabinets */
    {"Wonen, Wijken en Integratie", "MWWI", "SWWI"},
    {"WWI", "MWWI", "SWWI"},
    {"Wonen en Rijksdienst", "MWR", "SWR"},
    {"Jeugd en Gezin", "MJG", "SJG"},
    {"Immigratie en Asiel", "MIenA", "SIenA"},
    {"Immigratie, Integratie en Asiel", "MIIA", "SIIA"},
    {"Armoedebeleid, Participatie en Pensioenen", "MAPP", "SAPP"},
    {"Klimaat en Energie", "MKE", "SKE"},
    {"Natuur en Stikstof", "MNenS", "SNenS"},
    {"Algemene Zaken", "MP", "MP"},
};

static const char *const abbrevs[] = {
    "MJenV", "SJenV", "MBZK", "SBZK", "MVWS", "SVWS", "SLMZ", "SJSP", "MOCW", "SOCW",
    "SRb", "MRb", "MFin", "SFin", "MEZK", "SEZK", "MKGG", "SKGG", "MIenW", "SIenW",
    "MSZW", "SSZW", "MDef", "SDef", "MBuZa", "SBuZa", "MBHO", "SBHO", "MLVVN", "SLVVN",
    "MLNV", "SLNV", "MAenM", "SAenM", "MVRO", "SVRO", "MMZ", "SMZ", "MPVO", "SPVO", "MP",
    "MVenJ", "SVenJ", "MIenM", "SIenM", "MVenW", "SVenW", "MVROM", "SVROM", "MELI", "SELI",
    "MWWI", "SWWI", "MWR", "SWR", "MJG", "SJG", "MIenA", "SIenA", "MIIA", "SIIA", "MAPP", "SAPP",
    "MKE", "SKE", "MNenS", "SNenS", "MMZS", "SMZS", "MBVOM", "SBVOM", "MLZS", "SLZS", "MMW", "SMW",
    "MJ", "SJ", "MVI", "SVI", "MGSI", "SGSI", "MBVK", "SBVK",
};

const char *ki_actor_abbrev(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
        if (strlen(abbrevs[i]) == n && memcmp(abbrevs[i], s, n) == 0)
            return abbrevs[i];
    return NULL;
}


/* A Latin-1 letter's second UTF-8 byte (after C3) in lower case:
 * "É" C3 89 -> C3 A9; the multiplication sign C3 97 stays. */
static unsigned char fold_l1(unsigned char b)
{
    return b >= 0x80 && b <= 0x9E && b != 0x97 ? (unsigned char)(b + 0x20) : b;
}

/* The department named at s[j..n) ("Justitie en Veiligheid", also in
 * capitals, "FINANCIËN"): its index in depts with *end after it, or -1. */
static int dept_at(const char *s, size_t n, size_t j, size_t *end)
{
    for (size_t d = 0; d < sizeof depts / sizeof depts[0]; d++) {
        /* department names carry ", " and " en ": match blanks loosely */
        const char *p = depts[d].name;
        size_t x = j;
        bool ok = true;
        while (*p && ok) {
            if (*p == ' ') {
                size_t y = ki_skip_blank(s, n, x);
                ok = y > x;
                x = y;
                p++;
            } else if ((unsigned char)p[0] == 0xC3 && p[1] && x + 1 < n &&
                       (unsigned char)s[x] == 0xC3 &&
                       fold_l1((unsigned char)s[x + 1]) == fold_l1((unsigned char)p[1])) {
                x += 2;
                p += 2;
            } else if (x < n && ki_lower((unsigned char)s[x]) == ki_lower((unsigned char)*p)) {
                x++;
                p++;
            } else if (x + 1 < n && s[x] == '-' && s[x + 1] == '\n' && x > j && ki_is_letter((unsigned char)s[x - 1]) &&
                       ki_is_letter((unsigned char)*p)) {
                /* broken at a line end: "Binnenlandse Zaken en Konink-\nrijksrelaties" */
                x = ki_skip_blank(s, n, x + 1);
            } else {
                ok = false;
            }
        }
        if (!ok || (x < n && (ki_is_letter((unsigned char)s[x]) || ki_is_digit((unsigned char)s[x]))))
            continue;
        *end = x;
        return (int)d;
    }
    return -1;
}

/* "Adriaansens van Economische Zaken", "Van der Wal voor Natuur en
 * Stikstof" at s[j..n): a name of at most four words (capitalised, or a
 * particle "van", "der", "de", "den", "ter", "ten" inside it) and then
 * "van" or "voor" a department: the department's index, *end past it; else
 * -1.  The office a minister is named by with the name first. */
static int named_office(const char *s, size_t n, size_t j, size_t *end)
{
    static const char *const particles[] = {"van", "der", "den", "de", "ter", "ten", "het"};
    bool named = false;
    for (int w = 0; w < 5 && j < n; w++) {
        size_t k;
        if (named && ((k = phrase(s, n, j, "van")) || (k = phrase(s, n, j, "voor"))) && s[j] == 'v') {
            int d = dept_at(s, n, ki_skip_blank(s, n, k), end);
            if (d >= 0)
                return d;
        }
        if (w == 4)
            break;
        unsigned char c = (unsigned char)s[j];
        size_t e = j;
        while (e < n && (ki_is_letter((unsigned char)s[e]) || s[e] == '-' || s[e] == '\''))
            e++;
        if (e == j || e - j > 30)
            return -1;
        bool part = false;
        for (size_t p = 0; p < sizeof particles / sizeof particles[0] && !part; p++)
            part = e - j == strlen(particles[p]) && !memcmp(s + j, particles[p], e - j);
        if (!part && !((c >= 'A' && c <= 'Z') || c >= 0xC3))
            return -1;
        named = named || !part;
        j = ki_skip_blank(s, n, e);
        if (j == e)
            return -1; /* "Kops," */
    }
    return -1;
}

const char *ki_actor_parse(const char *s, size_t n, size_t *consumed)
{
    size_t i = 0, e;
    *consumed = 0;
    if ((e = phrase(s, n, 0, "de")) && (e = ki_skip_blank(s, n, e)) > 2)
        i = e;
    if ((e = phrase(s, n, i, "minister-president"))) {
        *consumed = e;
        return "MP";
    }
    bool minister;
    if ((e = phrase(s, n, i, "minister")))
        minister = true;
    else if ((e = phrase(s, n, i, "staatssecretaris")))
        minister = false;
    else
        return NULL;
    size_t j = ki_skip_blank(s, n, e), k, x;
    /* "minister Adriaansens van Economische Zaken en Klimaat" */
    int d = j > e && j < n && s[j] != 'v' ? named_office(s, n, j, &x) : -1;
    if (d >= 0) {
        *consumed = x;
        return minister ? depts[d].m : depts[d].s;
    }
    if ((k = phrase(s, n, j, "van")) || (k = phrase(s, n, j, "voor")))
        j = ki_skip_blank(s, n, k);
    else if (minister)
        return NULL; /* "staatssecretaris Jeugd, Preventie en Sport" goes without */
    d = dept_at(s, n, j, &x);
    if (d < 0)
        return NULL;
    *consumed = x;
    return minister ? depts[d].m : depts[d].s;
}

/* The first bewindspersoon ki_actor_parse() reads at a word start in
 * s[from, lim) ("overleg gevoerd met de heer X, minister van Y", "Aanwezig
 * zijn ... en de heer X, minister van Y"), or NULL. */
static const char *first_actor(const char *s, size_t from, size_t lim)
{
    size_t c;
    for (size_t i = from; i < lim; i++) {
        if (i > 0 && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        const char *a = ki_actor_parse(s + i, lim - i, &c);
        if (a)
            return a;
    }
    return NULL;
}

/* ---- the head of the document ---- */

/* Cuts dst[0..o) back to whole UTF-8 characters and terminates it. */
static void utf8_end(char *dst, size_t o)
{
    while (o > 0 && ((unsigned char)dst[o - 1] & 0xC0) == 0x80) {
        size_t b = o;
        while (b > 0 && ((unsigned char)dst[b - 1] & 0xC0) == 0x80)
            b--;
        if (b == 0)
            break;
        unsigned char lead = (unsigned char)dst[b - 1];
        size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (o - (b - 1) == want)
            break;
        o = b - 1;
    }
    dst[o] = '\0';
}

/* dst[0..o) (o < cap) is the start of a longer text: cuts it back to the
 * last whole word that leaves room for the mark "…" (U+2026), drops the
 * blanks and , ; : ( - before the cut and appends the mark.  A text whose
 * first word fills dst is cut inside it, at a UTF-8 character boundary. */
static void mark_cut(char *dst, size_t cap, size_t o)
{
    if (cap < 8) {
        utf8_end(dst, o);
        return;
    }
    size_t k = o < cap - 4 ? o : cap - 4; /* room for the mark's 3 bytes and NUL */
    size_t w = k;
    /* a word cut at k when dst[k] (the byte after) is not a blank: go back to the blank before it */
    if (w < o && dst[w] != ' ')
        while (w > 0 && dst[w - 1] != ' ')
            w--;
    if (w < cap / 2) { /* one long word: cut it at a character */
        w = k;
        while (w > 0 && ((unsigned char)dst[w] & 0xC0) == 0x80)
            w--;
    }
    while (w > 0 && (dst[w - 1] == ' ' || dst[w - 1] == ',' || dst[w - 1] == ';' || dst[w - 1] == ':' ||
                     dst[w - 1] == '(' || dst[w - 1] == '-'))
        w--;
    memcpy(dst + w, "\xE2\x80\xA6", 3);
    dst[w + 3] = '\0';
}

/* Copies s[0..n) into dst (size cap), blanks collapsed, trimmed, a word
 * broken at a line end whole again (ki_hyphen_at_line_end()); *cut (when
 * not NULL) tells whether text was left over. */
static size_t collapse(char *dst, size_t cap, const char *s, size_t n, bool *cut)
{
    size_t o = 0, i = 0;
    bool sp = false, nl = false;
    for (; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (ki_is_blank(c)) {
            sp = o > 0;
            nl |= c == '\n';
            continue;
        }
        /* a word broken at a line end: "Cultuur en Weten-\nschap" */
        if (sp && nl) {
            ki_hyphen_break hb = ki_hyphen_at_line_end(dst, o, s + i, n - i);
            if (hb != KI_HYPHEN_SPACE) {
                o -= hb == KI_HYPHEN_DROP;
                sp = false;
            }
        }
        if (sp && o + 2 < cap)
            dst[o++] = ' ';
        sp = nl = false;
        dst[o++] = (char)c;
    }
    if (cut)
        *cut = ki_skip_blank(s, n, i) < n;
    return o;
}

/* Copies s[0..n) into dst (size cap), blanks collapsed, trimmed; a text
 * too long for dst is cut at a word and marked "…" (mark_cut). */
static void copy_clean(char *dst, size_t cap, const char *s, size_t n)
{
    bool cut;
    size_t o = collapse(dst, cap, s, n, &cut);
    if (cut)
        mark_cut(dst, cap, o);
    else
        utf8_end(dst, o);
}

/* The same for a token (a kenmerk): cut where it must be, unmarked. */
static void copy_token(char *dst, size_t cap, const char *s, size_t n)
{
    utf8_end(dst, collapse(dst, cap, s, n, NULL));
}

static size_t line_end(const char *s, size_t n, size_t i)
{
    const char *p = memchr(s + i, '\n', n - i);
    return p ? (size_t)(p - s) : n;
}

/* The start of the line that holds i. */
static size_t line_start(const char *s, size_t i)
{
    /* (memrchr, not a walk byte by byte: on a text of one long line it is
     * asked at many places far from the start) */
    const char *p = i ? memrchr(s, '\n', i) : NULL;
    return p ? (size_t)(p - s) + 1 : 0;
}

/* True when only blanks stand before i on its line. */
static bool at_line_start(const char *s, size_t i)
{
    /* (backwards over the blanks only, not to the line's start: it is
     * asked at every "de" of a text, signature_lines(); the blanks and
     * no-break spaces ki_skip_blank_back() passes, a '\n' among them ending
     * the walk: most runs are one space, too short for a memchr() call) */
    while (i > 0) {
        unsigned char c = (unsigned char)s[i - 1];
        if (c == '\n')
            return true;
        if (ki_is_blank(c))
            i--;
        else if (c == 0xA0 && i > 1 && (unsigned char)s[i - 2] == 0xC2)
            i -= 2;
        else
            return false;
    }
    return true;
}

bool ki_docmeta_at_line_start(const char *s, size_t i)
{
    return at_line_start(s, i);
}

size_t ki_docmeta_find_phrase(const char *s, size_t n, size_t to, size_t from, const char *p)
{
    static _Thread_local head_index hx;
    const head_index *was = cur_index;
    index_head(&hx, s, n);
    cur_index = &hx;
    size_t at = find_phrase(s, to, from, p);
    cur_index = was;
    return at;
}

/* The next line after the one holding i that is not blank (OCR puts blank
 * lines between a margin label and its value); n when none within 3. */
static size_t next_text_line(const char *s, size_t n, size_t i)
{
    size_t ls = line_end(s, n, i);
    for (int k = 0; k < 4 && ls < n; k++) {
        ls++;
        size_t e = line_end(s, n, ls);
        if (ki_skip_blank(s, e, ls) < e)
            return ls;
        ls = e;
    }
    return n;
}

static bool word_is(const char *w, size_t n, const char *p)
{
    size_t k = strlen(p);
    if (n != k)
        return false;
    for (size_t i = 0; i < n; i++)
        if (ki_lower((unsigned char)w[i]) != p[i])
            return false;
    return true;
}

/* A name particle: lower case inside a name ("Inge van Dijk"), capital at
 * its start ("Van der Werf"). */
static bool is_particle(const char *w, size_t n)
{
    static const char *const ps[] = {"van", "de", "der", "den", "het", "ter", "ten", "te",
                                     "in", "op", "la", "le", "du", "da", "von", "'t"};
    for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++)
        if (word_is(w, n, ps[i]))
            return true;
    return false;
}

/* Appends the word s[0..n) to dst at *o in the given case: 0 all lower,
 * 1 first letter (and the letter after a hyphen, unless a particle begins
 * there: "Faber-van de Klashorst") upper, the rest lower. */
static void put_word(char *dst, size_t cap, size_t *o, const char *s, size_t n, int style)
{
    bool up = style == 1;
    for (size_t i = 0; i < n && *o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n && *o + 2 < cap) {
            unsigned char b = fold_l1((unsigned char)s[i + 1]);
            if (up && b >= 0xA0 && b <= 0xBE && b != 0xB7)
                b = (unsigned char)(b - 0x20);
            dst[(*o)++] = (char)c;
            dst[(*o)++] = (char)b;
            i++;
            up = false;
            continue;
        }
        if ((c == 0xC4 || c == 0xC5) && i + 1 < n && *o + 2 < cap) {
            char two[2] = {s[i], s[i + 1]};
            if (ki_latin_ext_case(two, !up)) { /* "KOŞER" -> "Koşer" */
                dst[(*o)++] = two[0];
                dst[(*o)++] = two[1];
                i++;
                up = false;
                continue;
            }
        }
        if (c >= 'a' && c <= 'z' && up)
            c = (unsigned char)(c - 32);
        else if (c >= 'A' && c <= 'Z' && !up)
            c = (unsigned char)(c + 32);
        dst[(*o)++] = (char)c;
        up = style == 1 && c == '-';
        /* the second name of a double one starts with its particle in
         * lower case: "FABER-VAN DE KLASHORST" -> "Faber-van de Klashorst" */
        if (up && i + 1 < n && is_particle(s + i + 1, n - i - 1))
            up = false;
        if (ki_is_letter(c) && c != '-')
            up = false;
    }
}

/* A word that ends the name of an office in a heading: "MINISTER VAN
 * FINANCIËN INZAKE ...", "... EN DE MINISTER VOOR ...", "..., MEDE NAMENS". */
static bool office_end(const char *w, size_t n)
{
    static const char *const ends[] = {"de", "het", "een", "mede", "namens", "ter", "inzake", "over",
                                       "met", "aan", "bij", "betreffende", "houdende", "tot", "naar",
                                       "van", "voor", "op", "minister", "staatssecretaris",
                                       "minister-president", "in", "om"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        if (word_is(w, n, ends[i]))
            return true;
    return n == 0;
}

/* The length of a heading in capitals that a flattened page runs on into
 * its text on the same line ("VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 7
 * april 2000 De vaste commissie ..."): it ends before the first word with a
 * small letter once two words in capitals went before ("'t" and "c.s." in
 * a name excepted); n when the heading is not in capitals. */
static size_t caps_heading_len(const char *s, size_t n)
{
    size_t i = ki_skip_blank(s, n, 0);
    int caps = 0;
    while (i < n) {
        size_t e = i;
        bool lower = false, upper = false;
        while (e < n && !ki_is_blank((unsigned char)s[e])) {
            lower = lower || (s[e] >= 'a' && s[e] <= 'z');
            upper = upper || (s[e] >= 'A' && s[e] <= 'Z');
            e++;
        }
        bool particle = (e - i == 2 && s[i + 1] == 't' && (s[i] == '\'' || s[i] == '`')) ||
                        (e - i == 4 && s[i] == (char)0xE2 && s[i + 3] == 't') || /* ’t */
                        (e - i >= 4 && strncmp(s + i, "c.s.", 4) == 0);
        if (lower && !particle) {
            if (caps >= 2) {
                while (i > 0 && ki_is_blank((unsigned char)s[i - 1]))
                    i--;
                return i;
            }
            return n;
        }
        if (upper && !lower)
            caps++;
        i = ki_skip_blank(s, n, e);
    }
    return n;
}

/* Bodies whose names a heading in capitals writes, in their written form
 * (not departments: no bewindspersoon speaks for them). */
static const char *const insts[] = {
    "Algemene Rekenkamer", "Raad van State", "Hoge Colleges van Staat", "Huis van de Koning", "Staten-Generaal",
    "Eerste Kamer", "Tweede Kamer", "Nationale ombudsman", "Kiesraad", "Europese Unie", "Algemene Zaken",
};

/* The body of insts[] named at s[j..n) (in any case, blanks loose): its
 * index with *end after it, or -1. */
static int inst_at(const char *s, size_t n, size_t j, size_t *end)
{
    for (size_t d = 0; d < sizeof insts / sizeof insts[0]; d++) {
        size_t x = phrase_prefix(s, n, j, insts[d]);
        if (!x)
            continue;
        /* a footnote mark after the heading's last word ("KONING1") goes with it */
        size_t f = x;
        while (f < n && f - x < 2 && ki_is_digit((unsigned char)s[f]))
            f++;
        if (f > x && ki_skip_blank(s, n, f) >= n)
            x = f;
        if (x < n && (ki_is_letter((unsigned char)s[x]) || ki_is_digit((unsigned char)s[x])))
            continue;
        *end = x;
        return (int)d;
    }
    return -1;
}

/* The document's own heading as a title: "BRIEF VAN DE MINISTER VAN
 * JUSTITIE EN VEILIGHEID" -> "Brief van de minister van Justitie en
 * Veiligheid", "MOTIE VAN DE LEDEN TIELEN EN INGE VAN DIJK" -> "Motie van de
 * leden Tielen en Inge van Dijk".  Departments take their written form,
 * names after "lid"/"leden" are capitalised, everything else is lower case.
 * A heading in capitals that runs on into its text on the same line ends
 * where the capitals end (caps_heading_len()). */
static void heading_case(char *dst, size_t cap, const char *s, size_t n)
{
    n = caps_heading_len(s, n);
    size_t o = 0, i = ki_skip_blank(s, n, 0);
    bool names = false, name_start = false, want_dept = false;
    /* office: inside the name of an office ("minister voor Armoedebeleid,
     * Participatie en Pensioenen"), whose words are capitalised;
     * after_office: the last word was "minister" or the like */
    bool office = false, after_office = false;
    while (i < n && o + 2 < cap) {
        size_t e = i, x;
        int d;
        if (o > 0)
            dst[o++] = ' ';
        if (want_dept && !names && (d = dept_at(s, n, i, &x)) >= 0) {
            const char *dn = depts[d].name;
            size_t dl = strlen(dn);
            for (size_t k = 0; k < dl && o + 1 < cap; k++)
                dst[o++] = dn[k];
            /* "Economische Zaken, Landbouw en Innovatie" goes on */
            office = x < n && (s[x] == ',' || ki_is_blank((unsigned char)s[x]));
            if (office && s[x] == ',')
                dst[o++] = ',';
            i = ki_skip_blank(s, n, x < n && s[x] == ',' ? x + 1 : x);
            want_dept = false;
            continue;
        }
        if (!names && !office && (d = inst_at(s, n, i, &x)) >= 0) {
            /* a body's name keeps its capitals: "ALGEMENE REKENKAMER" */
            const char *in = insts[d];
            for (size_t k = 0; in[k] && o + 1 < cap; k++)
                dst[o++] = in[k];
            i = ki_skip_blank(s, n, x);
            want_dept = after_office = false;
            continue;
        }
        while (e < n && !ki_is_blank((unsigned char)s[e]))
            e++;
        /* a footnote mark glued to the heading's last word: "... HUIS VAN
         * DE KONING1" */
        if (ki_skip_blank(s, n, e) >= n && e - i >= 4 && ki_is_digit((unsigned char)s[e - 1])) {
            size_t f = e - 1;
            if (f > i && ki_is_digit((unsigned char)s[f - 1]))
                f--;
            if (f - i >= 3 && s[f - 1] >= 'A' && s[f - 1] <= 'Z' && s[f - 2] >= 'A' && s[f - 2] <= 'Z')
                e = n = f;
        }
        size_t wl = e - i;
        while (wl > 0 && (s[i + wl - 1] == ',' || s[i + wl - 1] == ';'))
            wl--; /* the word itself, without the comma after it */
        int style = 0;
        if (office && !names) {
            size_t nx = ki_skip_blank(s, n, e), ne = nx;
            while (ne < n && !ki_is_blank((unsigned char)s[ne]) && s[ne] != ',')
                ne++;
            if (office_end(s + i, wl)) {
                office = false;
            } else if (word_is(s + i, wl, "en")) {
                office = !office_end(s + nx, ne - nx); /* "... EN DE MINISTER" */
            } else {
                style = 1;
            }
        }
        if (office && !names) {
            /* style set above */
        } else if (o == 0) {
            style = 1;
        } else if (names) {
            if (word_is(s + i, wl, "en") || word_is(s + i, wl, "c.s.") || word_is(s + i, wl, "c.s")) {
                name_start = true;
            } else if (word_is(s + i, wl, "ter") || word_is(s + i, wl, "over")) {
                size_t nx = ki_skip_blank(s, n, e);
                if (word_is(s + i, wl, "over") || phrase(s, n, nx, "vervanging"))
                    names = false;
                else
                    style = name_start ? 1 : 0, name_start = false;
            } else if (is_particle(s + i, wl)) {
                style = name_start ? 1 : 0;
                name_start = false;
            } else {
                style = 1;
                name_start = false;
            }
        }
        put_word(dst, cap, &o, s + i, e - i, style);
        if (!names && (word_is(s + i, wl, "lid") || word_is(s + i, wl, "leden")))
            names = name_start = true;
        else if (names && wl < e - i)
            name_start = true; /* "LEDEN A, B EN C" */
        want_dept = word_is(s + i, wl, "van") || word_is(s + i, wl, "voor") ||
                    word_is(s + i, wl, "staatssecretaris") || word_is(s + i, wl, "commissie");
        if (after_office && !names && (word_is(s + i, wl, "van") || word_is(s + i, wl, "voor")))
            office = true;
        after_office = word_is(s + i, wl, "minister") || word_is(s + i, wl, "staatssecretaris") ||
                       word_is(s + i, wl, "commissie");
        i = ki_skip_blank(s, n, e);
    }
    if (o > 0 && (i < n || o + 1 >= cap)) /* words left over, or the last one cut */
        mark_cut(dst, cap, o);
    else
        utf8_end(dst, o < cap ? o : cap - 1);
}

/* A heading in capitals in sentence case: its first word and the first
 * after a number that ends in "." or ":" capitalised ("BIJLAGE 3. MOTIES EN
 * TOEZEGGINGEN" -> "Bijlage 3. Moties en toezeggingen"), the rest as
 * heading_case() writes it. */
static void sentence_case(char *dst, size_t cap, const char *s, size_t n)
{
    heading_case(dst, cap, s, n);
    for (char *p = dst; *p; p++) {
        if ((p[0] != '.' && p[0] != ':') || p == dst || !ki_is_digit((unsigned char)p[-1]) || p[1] != ' ')
            continue;
        if (p[2] >= 'a' && p[2] <= 'z')
            p[2] = (char)(p[2] - 32);
    }
}

/* title = "DOSSIER TITLE; Heading", the dossier title shortened at a word
 * when both do not fit (the order officielebekendmakingen uses).  A
 * footnote mark glued to the dossier title's end goes first, from
 * m->dossier_title too. */
static void compose_title(ki_docmeta *m, const char *heading)
{
    /* the dossier's title line may end in a footnote's mark glued to its
     * last word ("35 827 EU-voorstel: Strategie voor de rechten van het
     * kind1"): one or two figures after a small letter or a ')' */
    size_t tl = strlen(m->dossier_title), f = tl;
    while (f > 0 && tl - f < 3 && ki_is_digit((unsigned char)m->dossier_title[f - 1]))
        f--;
    if (f < tl && tl - f <= 2 && f > 0 &&
        ((m->dossier_title[f - 1] >= 'a' && m->dossier_title[f - 1] <= 'z') || m->dossier_title[f - 1] == ')'))
        m->dossier_title[f] = '\0';
    size_t hl = strlen(heading), dl = strlen(m->dossier_title);
    size_t cap = sizeof m->title, o = 0;
    bool cut = false;
    /* a dossier title too long for its field was cut and marked by
     * copy_clean: it keeps its mark when it fits, else is cut again */
    if (dl >= 3 && memcmp(m->dossier_title + dl - 3, "\xE2\x80\xA6", 3) == 0 && dl + 2 + hl + 1 > cap)
        dl -= 3;
    if (dl && hl && dl + 2 + hl + 1 > cap) {
        size_t room = hl + 6 < cap ? cap - hl - 6 : 0; /* room for "…; " */
        if (room >= dl)
            room = dl - 1;
        while (room > 0 && m->dossier_title[room] != ' ')
            room--;
        dl = room;
        cut = true;
    }
    if (dl + hl + 6 >= cap) /* no room for the dossier at all */
        dl = 0;
    memcpy(m->title, m->dossier_title, dl);
    o = dl;
    if (cut && dl) {
        memcpy(m->title + o, "\xE2\x80\xA6", 3);
        o += 3;
    }
    if (dl && hl) {
        memcpy(m->title + o, "; ", 2);
        o += 2;
    }
    if (hl >= cap - o) { /* a heading longer than the field: cut at a word */
        hl = cap - o - 1;
        memcpy(m->title + o, heading, hl);
        mark_cut(m->title, cap, o + hl);
        return;
    }
    memcpy(m->title + o, heading, hl);
    utf8_end(m->title, o + hl);
}

/* The Kamerstuk header: a line "29 279 Rechtsstaat en Rechtsorde" and,
 * within the next few lines, "Nr. 874 BRIEF VAN ..." (Eerste Kamer: "E BRIEF
 * VAN ...").  OCR forms "Nr.874", "Nr, 874", "Nr 874" are read too. */
/* A Kamerstuk's kind word in capitals at s[i] ("BRIEF VAN", "MOTIE", ...). */
/* A reprint's mark before the kind: "HERDRUK BRIEF VAN ...", "HERDRUK1
 * BRIEF ..." (a footnote mark glued to it).  Returns where the kind starts,
 * i when there is no mark. */
static size_t past_reprint(const char *s, size_t n, size_t i)
{
    if (i + 8 > n || memcmp(s + i, "HERDRUK", 7) != 0)
        return i;
    size_t e = i + 7;
    while (e < n && e - i < 9 && ki_is_digit((unsigned char)s[e]))
        e++;
    return e < n && ki_is_blank((unsigned char)s[e]) ? ki_skip_blank(s, n, e) : i;
}

/* Has s[a, b) a lower-case ASCII letter? */
static bool has_lower(const char *s, size_t a, size_t b)
{
    for (size_t q = a; q < b; q++)
        if (s[q] >= 'a' && s[q] <= 'z')
            return true;
    return false;
}

static bool kind_word(const char *s, size_t n, size_t i)
{
    i = past_reprint(s, n, i);
    static const char *const kinds[] = {"BRIEF", "MOTIE", "GEWIJZIGDE MOTIE", "VERSLAG", "MEMORIE", "NOTA",
                                        "AMENDEMENT", "LIJST VAN", "VOORLOPIG VERSLAG", "NADER",
                                        "EINDVERSLAG", "VOORSTEL VAN WET", "BRIEFWISSELING",
                                        /* "A / ADVIES RAAD VAN STATE EN NADER RAPPORT" (a letter's older use) */
                                        "ADVIES RAAD VAN STATE", "ADVIES AFDELING ADVISERING"};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (phrase(s, n, i, kinds[k]))
            return true;
    return false;
}

static void read_header(const char *s, size_t n, ki_docmeta *m, const char **kindword)
{
    size_t lim = n < 2500 ? n : 2500;
    for (size_t ls = 0; ls < lim;) {
        size_t le = line_end(s, n, ls);
        size_t i = ki_skip_blank(s, le, ls);
        size_t k = 0;
        char dos[8];
        size_t dl = 0;
        while (i + k < le && ki_is_digit((unsigned char)s[i + k]) && k < 6)
            k++;
        if (k == 2 && i + 2 < le && s[i + 2] == ' ' && i + 5 < le &&
            ki_is_digit((unsigned char)s[i + 3]) && ki_is_digit((unsigned char)s[i + 4]) &&
            ki_is_digit((unsigned char)s[i + 5]) && !(i + 6 < le && ki_is_digit((unsigned char)s[i + 6]))) {
            memcpy(dos, s + i, 2);
            memcpy(dos + 2, s + i + 3, 3);
            dl = 5;
            i += 6;
        } else if (k == 5) {
            memcpy(dos, s + i, 5);
            dl = 5;
            i += 5;
        } else if (k == 0 && i + 2 < le && s[i] == 'C') {
            /* an Eerste Kamer dossier of its own: "CXXIV Verslag van ..." */
            size_t r = i + 1;
            while (r < le && r - i < 7 && strchr("CLXVI", s[r]))
                r++;
            if (r > i + 1 && r + 1 < le && s[r] == ' ' && s[r + 1] >= 'A' && s[r + 1] <= 'Z') {
                memcpy(dos, s + i, r - i);
                dl = r - i;
                i = r;
            }
        }
        if (dl) {
            dos[dl] = '\0';
            char sub[8] = "";
            size_t j = i;
            if (j < le && (s[j] == ' ' || s[j] == '-')) {
                size_t b = j + 1, e2 = b;
                while (e2 < le && e2 - b < 6 && ((s[e2] >= 'A' && s[e2] <= 'Z') || ki_is_digit((unsigned char)s[e2])))
                    e2++;
                if (e2 > b && (e2 == le || s[e2] == ' ')) {
                    bool roman = true, dig = true;
                    for (size_t q = b; q < e2; q++) {
                        roman = roman && strchr("IVXL", s[q]);
                        dig = dig && ki_is_digit((unsigned char)s[q]);
                    }
                    if (roman || (e2 - b == 1 && !dig) || (dig && e2 - b == 2 && s[j] == '-')) {
                        memcpy(sub, s + b, e2 - b);
                        sub[e2 - b] = '\0';
                        i = e2;
                    }
                }
            }
            /* "34 775⏎X⏎Vaststelling van ...": the sub-dossier on a line of
             * its own, the dossier title on the next; that line is then read
             * as the dossier's */
            if (!sub[0] && ki_skip_blank(s, le, i) >= le && le < n) {
                size_t a = ki_skip_blank(s, n, le), e2 = line_end(s, n, a), b = a;
                while (b < e2 && b - a < 7 && s[b] && strchr("IVXL", s[b]))
                    b++;
                if (b == a && a < e2 && s[a] >= 'A' && s[a] <= 'Z')
                    b = a + 1;
                size_t t0 = e2 < n ? ki_skip_blank(s, n, e2) : n, t1 = line_end(s, n, t0);
                if (b > a && ki_skip_blank(s, e2, b) >= e2 && t0 < n && t0 > e2 && s[t0] >= 'A' &&
                    s[t0] <= 'Z' && t0 + 1 < t1 && s[t0 + 1] >= 'a' && s[t0 + 1] <= 'z') {
                    memcpy(sub, s + a, b - a);
                    sub[b - a] = '\0';
                    i = t0;
                    le = t1;
                }
            }
            /* the Eerste Kamer's older layout: the letter on the dossier's
             * line after its sub ("30300 VII A"), the dossier title on the
             * lines below and then the heading without a letter ("VERSLAG
             * VAN EEN MONDELING OVERLEG").  ("IX B" is Financiën's sub.) */
            if (sub[0] && strcmp(sub, "IX") != 0) {
                size_t a = ki_skip_blank(s, le, i), b = a;
                while (b < le && b - a < 3 && s[b] >= 'A' && s[b] <= 'Z')
                    b++;
                if (b > a && b - a <= 2 && ki_skip_blank(s, le, b) >= le && le < n) {
                    size_t t0 = ki_skip_blank(s, n, le + 1), x = t0;
                    for (int lines = 0; lines < 4 && x < n; lines++) {
                        size_t xe = line_end(s, n, x);
                        if (x > t0 && kind_word(s, xe, x)) {
                            snprintf(m->self_id, sizeof m->self_id, "kst-%s-%s-%.*s", dos, sub, (int)(b - a),
                                     s + a);
                            snprintf(m->self_dossier, sizeof m->self_dossier, "%s", dos);
                            snprintf(m->self_sub, sizeof m->self_sub, "%s", sub);
                            size_t te = x;
                            while (te > t0 && ki_is_blank((unsigned char)s[te - 1]))
                                te--;
                            copy_clean(m->dossier_title, sizeof m->dossier_title, s + t0, te - t0);
                            size_t hs = past_reprint(s, xe, x);
                            *kindword = s + hs;
                            char heading[sizeof m->title];
                            heading_case(heading, sizeof heading, s + hs, xe - hs);
                            compose_title(m, heading);
                            m->body_start = xe;
                            return;
                        }
                        x = xe < n ? ki_skip_blank(s, n, xe + 1) : n;
                    }
                }
            }
            size_t ts = ki_skip_blank(s, le, i);
            /* the Kamerstuk the document answers, on the dossier's line of
             * an older one ("26 976, nr. 1\nNotitie «...»\n\nnr. 175a"): no title */
            if (ts < le && s[ts] == ',') {
                size_t nr = phrase(s, le, ki_skip_blank(s, le, ts + 1), "nr.");
                size_t d0 = nr ? ki_skip_blank(s, le, nr) : le, d1 = nr ? digits(s, le, d0, 4) : le;
                if (d1 > d0 && ki_skip_blank(s, le, d1) >= le)
                    ts = le;
            }
            /* a rijkswet number "(R2183)" is not part of the title */
            if (ts + 2 < le && s[ts] == '(' && s[ts + 1] == 'R') {
                const char *cl = memchr(s + ts, ')', le - ts);
                if (cl && cl - (s + ts) < 12)
                    ts = ki_skip_blank(s, le, (size_t)(cl - s) + 1);
            }
            /* rijksbegroting.nl: "34775 A 62 BRIEF VAN DE STAATSSECRETARIS ...",
             * number and kind on the dossier's line, its title on the line above */
            size_t d1 = digits(s, le, ts, 4);
            if (d1 > ts && d1 + 1 < le && s[d1] == ' ' && kind_word(s, le, d1 + 1)) {
                snprintf(m->self_id, sizeof m->self_id, "kst-%s%s%s-%.*s", dos, sub[0] ? "-" : "", sub,
                         (int)(d1 - ts), s + ts);
                snprintf(m->self_dossier, sizeof m->self_dossier, "%s", dos);
                snprintf(m->self_sub, sizeof m->self_sub, "%s", sub);
                if (ls > 0) {
                    size_t pe = ls - 1;
                    while (pe > 0 && ki_is_blank((unsigned char)s[pe - 1]))
                        pe--;
                    size_t ps = line_start(s, pe > 0 ? pe - 1 : 0), pa = ki_skip_blank(s, pe, ps);
                    if (pa < pe && pe - pa < 160 && s[pe - 1] != '.' && s[pe - 1] != ':')
                        copy_clean(m->dossier_title, sizeof m->dossier_title, s + pa, pe - pa);
                }
                size_t hs = past_reprint(s, le, d1 + 1);
                *kindword = s + hs;
                char heading[sizeof m->title];
                heading_case(heading, sizeof heading, s + hs, le - hs);
                compose_title(m, heading);
                m->body_start = le;
                return;
            }
            /* the Nr. line within the next 4 lines; blank lines after the
             * first do not count (they part a joint document's dossiers) */
            size_t nl = le < n ? le + 1 : n;
            for (int lines = 0; lines < 5 && nl < n;) {
                size_t ne = line_end(s, n, nl);
                size_t p = ki_skip_blank(s, ne, nl), q = 0;
                lines += p < ne || lines == 0;
                /* Eerste Kamer: "G MOTIE VAN HET LID ...", "AB VERSLAG VAN EEN
                 * NADER SCHRIFTELIJK OVERLEG", or the letter on a line of its
                 * own above "BRIEF AAN DE VOORZITTER ..." */
                size_t nlet = 0, kw = 0, kwe = ne, fn = 0;
                while (p + nlet < ne && nlet < 3 && s[p + nlet] >= 'A' && s[p + nlet] <= 'Z')
                    nlet++;
                /* a footnote mark glued to the letter: "AE1 BRIEF VAN ..." */
                while (nlet >= 1 && nlet <= 2 && p + nlet + fn < ne && fn < 2 &&
                       ki_is_digit((unsigned char)s[p + nlet + fn]))
                    fn++;
                if (fn && !(p + nlet + fn < ne && s[p + nlet + fn] == ' '))
                    fn = 0;
                if (nlet >= 1 && nlet <= 2 && p + nlet + fn < ne && s[p + nlet + fn] == ' ') {
                    /* a layout that sets the kind in a column: "H   BRIEF VAN ..." */
                    kw = ki_skip_blank(s, ne, p + nlet + fn + 1);
                } else if (nlet >= 1 && nlet <= 2 && ki_skip_blank(s, ne, p + nlet) >= ne && ne < n) {
                    kw = ki_skip_blank(s, n, ne);
                    kwe = line_end(s, n, kw);
                }
                bool eklet = kw && kind_word(s, kwe, kw);
                if (eklet)
                    q = p;
                else if (p + 3 < ne && (s[p] == 'N' || s[p] == 'n') && s[p + 1] == 'r' &&
                         (s[p + 2] == '.' || s[p + 2] == ',' || s[p + 2] == ' '))
                    q = p + 3; /* "Nr. 874", "Nr.874", "Nr, 874", "Nr 874" */
                if (q) {
                    q = ki_skip_blank(s, ne, q);
                    size_t r = q;
                    while (r < ne && r - q < 5 && (ki_is_digit((unsigned char)s[r]) || (s[r] >= 'A' && s[r] <= 'Z' && r - q < 2)))
                        r++;
                    /* an older number with its letter: "nr. 175a" (kst-26976-175a) */
                    if (!eklet && r > q && r < ne && s[r] >= 'a' && s[r] <= 'h' && ki_is_digit((unsigned char)s[r - 1]) &&
                        (r + 1 == ne || s[r + 1] == ' '))
                        r++;
                    if (eklet)
                        r = q + nlet;
                    else
                        fn = 0;
                    if (r > q && (r + fn == ne || s[r + fn] == ' ')) {
                        char nr[8];
                        memcpy(nr, s + q, r - q);
                        nr[r - q] = '\0';
                        snprintf(m->self_id, sizeof m->self_id, "kst-%s%s%s-%s", dos,
                                 sub[0] ? "-" : "", sub, nr);
                        snprintf(m->self_dossier, sizeof m->self_dossier, "%s", dos);
                        snprintf(m->self_sub, sizeof m->self_sub, "%s", sub);
                        /* a long dossier title runs on to the Nr. line, or to
                         * the next dossier of a joint document ("33 037 ...") */
                        size_t te = le;
                        while (te < nl && te + 1 < n) {
                            size_t a = ki_skip_blank(s, nl, te + 1), z = digits(s, n, a, 5);
                            if (z - a == 5 || (z - a == 2 && z + 3 < n && s[z] == ' ' &&
                                               digits(s, n, z + 1, 3) == z + 4))
                                break;
                            te = line_end(s, n, te + 1);
                        }
                        if (te > nl)
                            te = nl;
                        if (ts < le) {
                            copy_clean(m->dossier_title, sizeof m->dossier_title, s + ts, te - ts);
                        } else {
                            /* "30 804" alone, its title on the next line */
                            size_t a = ki_skip_blank(s, nl, le), e = line_end(s, n, a);
                            if (a < nl && e <= nl && !ki_is_digit((unsigned char)s[a]))
                                copy_clean(m->dossier_title, sizeof m->dossier_title, s + a, e - a);
                        }
                        size_t hs = ki_skip_blank(s, ne, r + fn);
                        if (hs >= ne && ne < n) {
                            /* "Nr. 966" and "BRIEF VAN DE MINISTER ..." on lines of their own */
                            hs = ki_skip_blank(s, n, ne);
                            ne = line_end(s, n, hs);
                            /* the heading on a line of its own is written in
                             * capitals; a sentence there ("Proposed September
                             * 4, 2019 The Chamber," in a translation) is none */
                            if (!(hs + 1 < ne && s[hs] >= 'A' && s[hs] <= 'Z' && s[hs + 1] >= 'A' &&
                                  s[hs + 1] <= 'Z')) {
                                compose_title(m, "");
                                m->body_start = line_end(s, n, p);
                                return;
                            }
                        }
                        hs = past_reprint(s, ne, hs);
                        *kindword = s + hs;
                        /* a heading in capitals that goes on on the next line
                         * ("H  BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE
                         * ZAKEN EN / KONINKRIJKSRELATIES") */
                        if (ne < n && ne > hs) {
                            size_t c0 = ne + 1, c1 = c0 < n ? line_end(s, n, c0) : n, ca = ki_skip_blank(s, c1, c0);
                            /* a PDF's text puts a blank line after each line */
                            if (ca >= c1 && c1 < n) {
                                c0 = c1 + 1;
                                c1 = c0 < n ? line_end(s, n, c0) : n;
                                ca = ki_skip_blank(s, c1, c0);
                            }
                            bool caps = ca + 3 < c1;
                            for (size_t x = ca; x < c1 && caps; x++)
                                caps = (s[x] >= 'A' && s[x] <= 'Z') || s[x] == ' ' || s[x] == '-' || s[x] == ',' ||
                                       (unsigned char)s[x] >= 0x80;
                            size_t we = ne;
                            while (we > hs && s[we - 1] == ' ')
                                we--;
                            /* (the line before ends in a word that goes on: "EN", "VAN", "VOOR", "DE") */
                            bool open = we >= hs + 3 && (memcmp(s + we - 3, " EN", 3) == 0 || memcmp(s + we - 3, "VAN", 3) == 0 ||
                                                         memcmp(s + we - 3, " DE", 3) == 0 || memcmp(s + we - 4, "VOOR", 4) == 0);
                            /* or a last word or two in capitals with the letter's
                             * address or date below them ("A BRIEF VAN DE VOORZITTER
                             * VAN DE WERKGROEP / ZELFEVALUATIE / Aan de Voorzitter ...") */
                            if (caps && !open && c1 < n) {
                                int words = 0;
                                for (size_t x = ca; x < c1; x++)
                                    words += !ki_is_blank((unsigned char)s[x]) && (x == ca || ki_is_blank((unsigned char)s[x - 1]));
                                size_t nx = ki_skip_blank(s, n, c1);
                                open = words <= 2 && memchr(s + ca, ',', c1 - ca) == NULL &&
                                       (phrase(s, n, nx, "Aan") || phrase(s, n, nx, "Vastgesteld") ||
                                        phrase(s, n, nx, "Voorgesteld") || phrase(s, n, nx, "Ontvangen") ||
                                        phrase(s, n, nx, "Den Haag"));
                            }
                            if (caps && open)
                                ne = c1;
                        }
                        char heading[sizeof m->title];
                        heading_case(heading, sizeof heading, s + hs, ne - hs);
                        compose_title(m, heading);
                        m->body_start = ne;
                        return;
                    }
                }
                nl = ne < n ? ne + 1 : n;
            }
        }
        ls = le < n ? le + 1 : n;
    }
}

/* A letterhead flattened to one line, its labels first and then their
 * values ("Datum Bijlage(n) 22 januari 2008 - Ons kenmerk Uw kenmerk
 * DAB/2008/49 - Onderwerp"): from i, past the other labels of the line that
 * stand between a label and its value.  Returns where the value starts (i
 * when no label follows). */
static size_t skip_row_labels(const char *s, size_t le, size_t i)
{
    static const char *const labels[] = {"Bijlage(n)", "Bijlagen", "Bijlage", "Uw kenmerk", "Uw brief",
                                         "Uw referentie", "Ons kenmerk", "Onze referentie"};
    for (int guard = 0; guard < 4; guard++) {
        size_t j = ki_skip_blank(s, le, i), e = 0;
        for (size_t k = 0; k < sizeof labels / sizeof labels[0] && !e; k++)
            e = phrase(s, le, j, labels[k]);
        if (!e)
            break;
        i = e;
    }
    return i;
}

static const char *const weekdays[] = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                                       "zaterdag", "zondag"};

/* A date right after i: "Den Haag, 21 februari 2022", "Datum: 03-04-2025",
 * "Datum\n3 april 2025"; with van, also "vergadering van dinsdag 12 maart
 * 2024". */
static bool date_after(const char *s, size_t n, size_t i, bool van, const char *ref, char out[11])
{
    ki_date d;
    size_t j = ki_skip_blank(s, n, i), e;
    if (j < n && (s[j] == ',' || s[j] == ':'))
        j = ki_skip_blank(s, n, j + 1);
    if (van && ((e = phrase(s, n, j, "van")) || (e = phrase(s, n, j, "op"))))
        j = ki_skip_blank(s, n, e);
    /* "vergadering, donderdag 14 maart 2024" */
    for (size_t k = 0; k < 7; k++) {
        e = phrase(s, n, j, weekdays[k]);
        if (e) {
            j = ki_skip_blank(s, n, e);
            if (j < n && s[j] == ',')
                j = ki_skip_blank(s, n, j + 1);
            break;
        }
    }
    if (!ki_date_parse(s + j, n - j, false, &d))
        return false;
    return ki_date_resolve(&d, ref, out);
}

/* Whether "Datum" at p is the date of something else than the document,
 * by the word before it on its line: a deadline ("Uiterste datum: 1 juli
 * 2025" on a register page), a plan ("Beoogde datum", "Geplande datum",
 * "Streefdatum" is one word). */
static bool other_date(const char *s, size_t p)
{
    static const char *const qual[] = {"uiterste", "beoogde", "geplande", "verwachte", "gewenste", "nieuwe",
                                       "oorspronkelijke", "laatste", "volgende", "uiterlijke", NULL};
    size_t e = p;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    size_t w = e;
    while (w > 0 && ki_is_letter((unsigned char)s[w - 1]))
        w--;
    if (w == e)
        return false;
    for (const char *const *q = qual; *q; q++)
        if (phrase(s, e, w, *q) == e)
            return true;
    return false;
}

/* The ordinal before "vergadering" at p: "45e vergadering", "16de
 * vergadering", "1ste vergadering" (one blank between).  Its digits are
 * [*a, *b); false when none. */
static bool ordinal_before(const char *s, size_t p, size_t *a, size_t *b)
{
    if (p < 3 || s[p - 1] != ' ' || s[p - 2] != 'e')
        return false;
    size_t e = p - 2; /* the 'e' */
    if (e >= 2 && s[e - 1] == 'd' && ki_is_digit((unsigned char)s[e - 2]))
        e--; /* "16de" */
    else if (e >= 3 && s[e - 1] == 't' && s[e - 2] == 's' && ki_is_digit((unsigned char)s[e - 3]))
        e -= 2; /* "1ste" */
    size_t d = e;
    while (d > 0 && e - d < 3 && ki_is_digit((unsigned char)s[d - 1]))
        d--;
    if (d == e || (d > 0 && (ki_is_digit((unsigned char)s[d - 1]) || ki_is_letter((unsigned char)s[d - 1]))))
        return false;
    *a = d;
    *b = e;
    return true;
}

/* "vergadering" dates the document only as its own header does: at the start
 * of a line ("Vergadering van dinsdag 12 maart 2024") or after the ordinal
 * ("45e vergadering, dinsdag ...", "16de vergadering"), not "(Zie vergadering
 * van 19 maart)". */
static bool own_vergadering(const char *s, size_t p)
{
    size_t a, b;
    return at_line_start(s, p) || ordinal_before(s, p, &a, &b);
}

/* ... or in the document's heading, its first line, after the body that
 * met ("PROVINCIALE STATEN VAN GRONINGEN VERGADERING VAN 11 MAART 2015"),
 * not in brackets nor after "zie" ("Aan de orde ... (Zie vergadering van
 * 19 maart)"). */
static bool heading_vergadering(const char *s, size_t n, size_t p)
{
    size_t ls = line_start(s, p);
    if (ki_skip_blank(s, n, 0) != ki_skip_blank(s, p, ls))
        return false;
    for (size_t i = ls; i < p; i++)
        if (s[i] == '(' || phrase(s, p, i, "zie"))
            return false;
    return true;
}

/* The running head of an older Handelingen page: the Kamer and the
 * sitting's date at the start of a line ("Eerste Kamer 11 mei 1982",
 * "Handelingen Eerste Kamer 1981-1982 11 mei 1982 orde 2", "Tweede Kamer 12
 * maart 1985"), the vergaderjaar between them.  Its date in out. */
static bool handelingen_running_head(const char *s, size_t n, const char *ref, char out[11])
{
    static const char *const heads[] = {"Eerste Kamer", "Tweede Kamer", "Handelingen Eerste Kamer",
                                        "Handelingen Tweede Kamer"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t p = label_at(s, n, 1500, heads[k]);
        if (p == (size_t)-1)
            continue;
        size_t le = line_end(s, n, p), j = ki_skip_blank(s, le, p + strlen(heads[k]));
        /* "1981-1982 " */
        if (j + 10 <= le && ki_is_digit((unsigned char)s[j]) && ki_is_digit((unsigned char)s[j + 3]) &&
            s[j + 4] == '-' && ki_is_digit((unsigned char)s[j + 8]) && s[j + 9] == ' ')
            j = ki_skip_blank(s, le, j + 9);
        ki_date d;
        if (j < le && ki_is_digit((unsigned char)s[j]) && ki_date_parse(s + j, le - j, false, &d) && d.year &&
            !d.jl && ki_date_resolve(&d, ref, out))
            return true;
    }
    return false;
}

/* Where a committee's minutes name themselves at the start of a line near
 * the top ("Korte aantekeningen ...", "Besluitenlijst ..."), or (size_t)-1. */
static size_t minutes_head(const char *s, size_t n)
{
    static const char *const heads[] = {"Korte aantekeningen", "Korte aantekening", "Besluitenlijst"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t p = label_at(s, n, 400, heads[k]);
        if (p != (size_t)-1)
            return p;
    }
    return (size_t)-1;
}

static void read_date(const ki_text *t, const char *s, size_t n, const char *ref, ki_docmeta *m)
{
    static const char *const lead[] = {
        "Den Haag", "'s-Gravenhage", "\xE2\x80\x99s-Gravenhage", "Datum", "Voorgesteld",
        "Vastgesteld", "ontvangen", "vergadering", "Ingezonden", "Verslag van de vergadering",
        "Verslag van de plenaire vergadering",
        /* the Kerngegevens of a page about a document: "Documentdatum 29-06-2009" */
        "Documentdatum",
    };
    if (m->date[0])
        return; /* a Handelingen header gave it */
    /* a committee's minutes: "Korte aantekeningen vergadering commissie
     * Koninkrijksrelaties (KOREL) van 24 mei 2016", "Besluitenlijst
     * procedurevergadering ... d.d. 12 maart 2024" */
    size_t mp = minutes_head(s, n);
    if (mp != (size_t)-1) {
        size_t le = line_end(s, n, mp);
        ki_date d;
        if (ki_date_find(s + mp, le - mp, &d) && ki_date_resolve(&d, ref, m->date))
            return;
    }
    /* a verslag "Vastgesteld 13 mei 2025" above the letters it holds ("Den
     * Haag, 29 januari 2025") */
    size_t vp = label_at(s, n, HEAD, "Vastgesteld"), dh = find_phrase(s, n < HEAD ? n : HEAD, 0, "Den Haag");
    if (vp != (size_t)-1 && (dh == (size_t)-1 || vp < dh) && date_after(s, n, vp + 11, false, ref, m->date))
        return;
    /* a Raad van State advice printed with its nader rapport: "Hieronder zijn
     * opgenomen het advies van de Raad van State d.d. 20 december 2002 en het
     * nader rapport d.d. 7 juli 2003": the document is the nader rapport */
    {
        static const char nader[] = "nader rapport d.d.";
        size_t np = find_phrase(s, n < HEAD ? n : HEAD, 0, nader);
        if (np != (size_t)-1 && date_after(s, n, np + strlen(nader), false, ref, m->date))
            return;
    }
    for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++) {
        size_t from = 0;
        for (int tries = 0; tries < 4; tries++) {
            size_t p = find_phrase(s, n < HEAD ? n : HEAD, from, lead[k]);
            if (p == (size_t)-1 && n > HEAD)
                p = find_phrase(s, n, from > n - TAIL ? from : (n - TAIL > HEAD ? n - TAIL : HEAD), lead[k]);
            if (p == (size_t)-1)
                break;
            from = p + 1;
            if (k == 7 && !own_vergadering(s, p) && !heading_vergadering(s, n, p))
                continue;
            if ((k == 9 || k == 10) && s[p] != 'V') /* a heading, not "in het verslag van de vergadering" */
                continue;
            size_t after = p + strlen(lead[k]);
            if (k == 3 && other_date(s, p))
                continue;
            if (k == 3) {
                /* "Datum Bijlage(n) 22 januari 2008 - ..." (a flattened
                 * letterhead); a court's "Datum uitspraak: 2 juli 2025" */
                size_t le = line_end(s, n, p), u = phrase(s, le, ki_skip_blank(s, le, after), "uitspraak");
                after = u ? u : skip_row_labels(s, le, after);
            }
            if (k == 11 && !at_line_start(s, p))
                continue; /* a label, at the start of its line */
            if (date_after(s, n, after, k == 7 || k == 9 || k == 10, ref, m->date))
                return;
            /* a motion filed in a debate: "Voorgesteld tijdens het
             * Wetgevingsoverleg van 22 juni 2009" */
            size_t w = ki_skip_blank(s, n, p + strlen(lead[k])), le = line_end(s, n, p);
            ki_date d;
            if (k == 4 && phrase(s, le, w, "tijdens") && ki_date_find(s + w, le - w, &d) &&
                ki_date_resolve(&d, ref, m->date))
                return;
        }
    }
    /* a web page's own label: "Publicatiedatum: 16 februari 2024", also with
     * the date glued to the colon ("Publicatiedatum:16 februari 2024"); after
     * the document's own "Documentdatum" (a lead above) */
    {
        static const char *const pub[] = {"Publicatiedatum", "Datum publicatie", "Gepubliceerd op"};
        for (size_t k = 0; k < sizeof pub / sizeof pub[0]; k++) {
            size_t p = label_at(s, n, HEAD, pub[k]);
            if (p != (size_t)-1 && date_after(s, n, p + strlen(pub[k]), false, ref, m->date))
                return;
        }
    }
    /* a digit glued to the label by a page's conversion: "Vastgesteld16 april 2010" */
    for (size_t k = 4; k < 6; k++) {
        size_t ll = strlen(lead[k]);
        const char *hit = first_of(s, n < HEAD ? n : HEAD, lead[k], ll, 0); /* by its 'V' */
        if (hit && at_line_start(s, (size_t)(hit - s)) && (size_t)(hit - s) + ll < n &&
            ki_is_digit((unsigned char)hit[ll]) && date_after(s, n, (size_t)(hit - s) + ll, false, ref, m->date))
            return;
    }
    /* Handelingen: a line "Dinsdag 2 december 2025" near the top */
    for (size_t w = 0; w < 7; w++) {
        size_t p = label_at(s, n, 800, weekdays[w]);
        if (p != (size_t)-1 && date_after(s, n, p + strlen(weekdays[w]), false, ref, m->date))
            return;
    }
    if (handelingen_running_head(s, n, ref, m->date))
        return;
    /* a page headed by its day: "Commissievergaderingen op dinsdag 28
     * november 2023" (a day of the week and a full date in the first line) */
    {
        size_t f = ki_skip_blank(s, n, 0), fe = line_end(s, n, f);
        for (size_t w = 0; w < 7; w++) {
            size_t p = find_phrase(s, fe, f, weekdays[w]);
            ki_date d;
            size_t j = p != (size_t)-1 ? ki_skip_blank(s, fe, p + strlen(weekdays[w])) : fe;
            if (j < fe && ki_date_parse(s + j, fe - j, false, &d) && d.year && ki_date_resolve(&d, ref, m->date))
                return;
        }
    }
    if (t && t->margin_date) {
        ki_date d;
        size_t ml = strlen(t->margin_date);
        if (ki_date_find(t->margin_date, ml, &d) && ki_date_resolve(&d, ref, m->date))
            return;
    }
    /* a full date alone on its line near the top: "22 november 2022" under
     * the title of a page that copies a letter */
    for (size_t ls = 0; ls < (n < 1500 ? n : 1500);) {
        size_t le = line_end(s, n, ls), a = ki_skip_blank(s, le, ls), b = le;
        while (b > a && ki_is_blank((unsigned char)s[b - 1]))
            b--;
        ki_date d;
        if (a < b && ki_is_digit((unsigned char)s[a]) && ki_date_parse(s + a, b - a, false, &d) == b - a &&
            d.year && !d.jl && ki_date_resolve(&d, ref, m->date))
            return;
        ls = le + 1;
    }
    if (ref && ki_date_valid_iso(ref)) {
        memcpy(m->date, ref, 11);
        return;
    }
    if (t && t->pdf_date && ki_date_valid_iso(t->pdf_date))
        memcpy(m->date, t->pdf_date, 11);
}

/* The phrase written in capitals, as headers are ("MOTIE VAN"). */
static inline __attribute__((always_inline)) bool has_upper(const char *s, size_t n, const char *p)
{
    size_t from = 0, at;
    while ((at = find_phrase(s, n, from, p)) != (size_t)-1) {
        if (at + strlen(p) <= n && memcmp(s + at, p, 5) == 0)
            return true;
        from = at + 1;
    }
    return false;
}

static inline __attribute__((always_inline)) bool has(const char *s, size_t n, size_t lim, const char *p)
{
    return find_phrase(s, n < lim ? n : lim, 0, p) != (size_t)-1;
}

/* In the head (first HEAD bytes) or the tail (last TAIL bytes) of the text:
 * where documents say what they are, when and by whom. */
static inline __attribute__((always_inline)) bool has_ends(const char *s, size_t n, const char *p)
{
    if (has(s, n, HEAD, p))
        return true;
    return n > HEAD && find_phrase(s, n, n - TAIL > HEAD ? n - TAIL : HEAD, p) != (size_t)-1;
}

/* The phrase as a label: at the start of a line, in the first lim bytes. */
static inline __attribute__((always_inline)) size_t label_at(const char *s, size_t n, size_t lim, const char *p)
{
    size_t from = 0, at;
    lim = n < lim ? n : lim;
    while ((at = find_phrase(s, lim, from, p)) != (size_t)-1) {
        if (at_line_start(s, at))
            return at;
        from = at + 1;
    }
    return (size_t)-1;
}

/* Is the line at i an item of an attachment list: the label "Bijlage",
 * "Bijlagen" or "Bijlage(n)" alone on a line above it, with at most two
 * other items (capitalised lines) between?  "Bijlagen / Beslisnota bij
 * Kamerbrief over ..." names an attachment, not the document. */
static bool under_attachments(const char *s, size_t i)
{
    size_t ls = line_start(s, i);
    for (int items = 0; ls > 0 && items < 4;) {
        size_t pe = ls - 1, ps = line_start(s, pe), a = ki_skip_blank(s, pe, ps), b = pe;
        while (b > a && ki_is_blank((unsigned char)s[b - 1]))
            b--;
        ls = ps;
        if (a >= b)
            continue; /* a blank line */
        if (s[b - 1] == ':')
            b--;
        size_t w = phrase(s, b, a, "Bijlage(n)");
        if (!w)
            w = phrase(s, b, a, "Bijlagen");
        if (!w)
            w = phrase(s, b, a, "Bijlage");
        if (w == b)
            return true;
        if (!(s[a] >= 'A' && s[a] <= 'Z'))
            return false;
        items++;
    }
    return false;
}

/* "beslisnota" in the first lim bytes, not as the name of an attachment,
 * nor in the body of a letter: below its salutation ("Geachte voorzitter,")
 * a letter speaks of beslisnota's (their openbaarmaking) without being one. */
static bool beslisnota_named(const char *s, size_t n, size_t lim)
{
    size_t from = 0, at;
    lim = n < lim ? n : lim;
    size_t sal = label_at(s, n, lim, "Geachte");
    if (sal != (size_t)-1)
        lim = sal;
    while ((at = find_phrase(s, lim, from, "beslisnota")) != (size_t)-1) {
        /* an item of a list ("- Beslisnota bij het verslag ...", "• Beslisnota
         * ...") names a document that goes with this one */
        size_t ls = line_start(s, at), a = ki_skip_blank(s, at, ls);
        bool item = a < at && (s[a] == '-' || s[a] == '*' || (a + 2 < at && memcmp(s + a, "\xE2\x80\xA2", 3) == 0)) &&
                    ki_skip_blank(s, at, a + (s[a] == '-' || s[a] == '*' ? 1 : 3)) == at;
        if (!item && !under_attachments(s, at))
            return true;
        from = at + 1;
    }
    return false;
}

/* A kenmerk-shaped token at s[i..e): five or more bytes of letters, digits
 * and - / . _, four or more of them digits, not a date and not a vergaderjaar
 * ("2004/05", "2023-2024"). */
static bool kenmerk_token(const char *s, size_t i, size_t e)
{
    int ndig = 0;
    for (size_t k = i; k < e; k++) {
        char c = s[k];
        if (!(ki_is_digit((unsigned char)c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              c == '-' || c == '/' || c == '.' || c == '_'))
            return false;
        ndig += ki_is_digit((unsigned char)c);
    }
    if (e - i < 5 || ndig < 4)
        return false;
    if (ndig == (int)(e - i) - 1 && (e - i == 7 || e - i == 9) && ki_is_digit((unsigned char)s[i]) &&
        (s[i + 4] == '/' || s[i + 4] == '-'))
        return false; /* vergaderjaar */
    ki_date d;
    return ki_date_parse(s + i, e - i, false, &d) != e - i;
}

/* Token bounds: the first (last when from_end) blank-separated word of
 * s[a..b), trailing punctuation off.  False when there is none. */
static bool edge_token(const char *s, size_t a, size_t b, bool from_end, size_t *ti, size_t *te)
{
    while (b > a && (ki_is_blank((unsigned char)s[b - 1]) || s[b - 1] == ',' || s[b - 1] == ';'))
        b--;
    a = ki_skip_blank(s, b, a);
    if (a >= b)
        return false;
    size_t i, e;
    if (from_end) {
        e = b;
        i = e;
        while (i > a && !ki_is_blank((unsigned char)s[i - 1]))
            i--;
    } else {
        i = a;
        e = i;
        while (e < b && !ki_is_blank((unsigned char)s[e]))
            e++;
    }
    while (e > i && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ')'))
        e--;
    *ti = i;
    *te = e;
    return e > i;
}

/* A whole short value s[a..b) is a kenmerk ("DL. 2009/2871",
 * "DGED / 25123456", "6284113"): at most 40 bytes, four or more digits, no date and
 * no word of prose (four or more lower-case letters).  Its trimmed bounds go to *ti, *te. */
static bool value_ok(const char *s, size_t a, size_t b, size_t *ti, size_t *te)
{
    a = ki_skip_blank(s, b, a);
    while (b > a && (ki_is_blank((unsigned char)s[b - 1]) || s[b - 1] == ',' || s[b - 1] == ';'))
        b--;
    if (b <= a || b - a > 40)
        return false;
    int ndig = 0, run = 0;
    for (size_t k = a; k < b; k++) {
        ndig += ki_is_digit((unsigned char)s[k]);
        run = s[k] >= 'a' && s[k] <= 'z' ? run + 1 : 0;
        if (run >= 4)
            return false;
    }
    ki_date d;
    if (ndig < 4 || ki_date_find(s + a, b - a, &d))
        return false;
    size_t f, g; /* the first word must carry a digit or be a short code */
    if (!edge_token(s, a, b, false, &f, &g))
        return false;
    *ti = a;
    *te = b;
    return true;
}

/* Kenmerk: the margin's, else the value of the label "Ons kenmerk", "Onze
 * referentie", "Kenmerk" in the head: on the label's line ("Ons kenmerk DL.
 * 2009/2871", "Kenmerk: IENW/BSK-2025/141877"), or, when the label ends its
 * line, on the next line with text: the whole of a short line, else its last
 * word (a margin value that extraction spliced into a body line).  A label
 * inside a sentence ("met kenmerk 2024Z04512") and "Uw kenmerk" are not ours. */
static void read_kenmerk(const ki_text *t, const char *s, size_t n, ki_docmeta *m)
{
    if (t && t->kenmerk && *t->kenmerk) {
        copy_token(m->kenmerk, sizeof m->kenmerk, t->kenmerk, strlen(t->kenmerk));
        return;
    }
    static const char *const labels[] = {"kenmerk", "referentie"};
    size_t lim = n < IDX_LEN ? n : IDX_LEN;
    for (size_t l = 0; l < 2; l++) {
        size_t from = 0;
        for (int tries = 0; tries < 8; tries++) {
            size_t p = find_phrase(s, lim, from, labels[l]);
            if (p == (size_t)-1)
                break;
            from = p + 1;
            size_t ls = line_start(s, p), b = ki_skip_blank(s, p, ls);
            bool ours = false;
            if (b == p) {
                ours = true;
            } else {
                /* the word before: "Ons"/"Onze" (ours), "Uw" (theirs) */
                size_t w, ws = ki_word_before(s, ls, p, &w);
                if (word_is(s + ws, w - ws, "uw"))
                    continue;
                ours = word_is(s + ws, w - ws, "ons") || word_is(s + ws, w - ws, "onze");
                if (ours && ki_skip_blank(s, ws, ls) != ws) {
                    /* "... Ons kenmerk" spliced at the end of a body line, or
                     * a flattened letterhead row: "... Ons kenmerk Uw kenmerk
                     * DAB/2008/49 - Onderwerp" */
                    size_t z = p + strlen(labels[l]), le = line_end(s, n, p);
                    ours = ki_skip_blank(s, n, z) >= le || skip_row_labels(s, le, z) > z;
                }
            }
            size_t v = p + strlen(labels[l]), le = line_end(s, n, p);
            if (v < le && s[v] == ':')
                v++;
            v = ki_skip_blank(s, le, v);
            if (!ours && v < le)
                continue; /* "met kenmerk 2024Z04512" in a sentence */
            /* "Ons kenmerk Uw kenmerk DAB/2008/49 - ...": the first value is ours */
            v = ki_skip_blank(s, le, skip_row_labels(s, le, v));
            size_t ti, te;
            if (v < le) {
                if (value_ok(s, v, le, &ti, &te) ||
                    (edge_token(s, v, le, false, &ti, &te) && kenmerk_token(s, ti, te))) {
                    copy_token(m->kenmerk, sizeof m->kenmerk, s + ti, te - ti);
                    return;
                }
                continue;
            }
            size_t nl = next_text_line(s, n, p);
            if (nl >= n)
                continue;
            size_t ne = line_end(s, n, nl);
            if (value_ok(s, nl, ne, &ti, &te) ||
                (edge_token(s, nl, ne, true, &ti, &te) && kenmerk_token(s, ti, te))) {
                copy_token(m->kenmerk, sizeof m->kenmerk, s + ti, te - ti);
                return;
            }
        }
    }
}

/* Copies a label's value from v to its line end, and the lines that
 * continue it (a value broken over lines: the next text line starts in lower
 * case, or this one ends in a word that cannot end a title). */
/* Whether s[i] lies inside a quotation opened in s[a..i): a '"' unpaired,
 * or a U+2018/U+201C not closed by U+2019/U+201D (an apostrophe, "'s",
 * is no quote). */
static bool in_quotes(const char *s, size_t a, size_t i)
{
    int dq = 0, open = 0;
    for (size_t k = a; k < i; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '"')
            dq ^= 1;
        else if (c == 0xE2 && k + 2 < i && (unsigned char)s[k + 1] == 0x80) {
            unsigned char d = (unsigned char)s[k + 2];
            if (d == 0x98 || d == 0x9C)
                open++;
            else if ((d == 0x99 || d == 0x9D) && open > 0)
                open--;
        }
    }
    return dq || open > 0;
}

/* Where an onderwerp s[v..e) ends when the letter's first words follow it
 * on its line (a layout flattened): before the salutation ("Geachte
 * voorzitter,", "Hooggeachte"), or after the full stop of a sentence, a
 * capital after it ("... femicide. Hierbij informeer ik u ..."); an
 * onderwerp itself has no sentence stop (not after an abbreviation, "nr.",
 * "m.b.t.", "c.s.", nor an initial). */
static size_t value_end(const char *s, size_t v, size_t e)
{
    static const char *const opening[] = {"Geachte", "Hooggeachte", "Zeer geachte", "Beste"};
    for (size_t i = v + 1; i < e; i++) {
        if (!ki_is_blank((unsigned char)s[i - 1]) || i < v + 8)
            continue;
        for (size_t k = 0; k < sizeof opening / sizeof opening[0]; k++)
            if (s[i] == opening[k][0] && phrase(s, e, i, opening[k])) {
                size_t b = i;
                while (b > v && (ki_is_blank((unsigned char)s[b - 1]) || s[b - 1] == ','))
                    b--;
                return b;
            }
        /* ". Capital": the word before the stop has four letters or more and
         * no dot of its own, outside quotes ("het rapport \u2018Werk aan de
         * winkel. Een analyse\u2019") */
        if (s[i - 2] == '.' && s[i] >= 'A' && s[i] <= 'Z' && !in_quotes(s, v, i)) {
            size_t d = i - 2, w = d;
            while (w > v && ki_is_letter((unsigned char)s[w - 1]))
                w--;
            if (d - w >= 4 && !(w > v && s[w - 1] == '.'))
                return d;
        }
    }
    return e;
}

/* Where the value's part of the line s[a..e) ends: before a gap of three
 * blanks or a tab with more text after it, the letterhead's margin column
 * beside the value ("Voortgang aanpak kinderarmoede        2026-0000041877",
 * "toezeggingen Justitie en Veiligheid    Uw kenmerk"); e when none. */
static size_t beside_margin(const char *s, size_t a, size_t e)
{
    /* (after two blanks only a label of the margin: "Verzamelbrief moties en
     * toezeggingen  Ons kenmerk") */
    static const char *const labels[] = {"Ons kenmerk", "Uw kenmerk", "Kenmerk", "Onze referentie",
                                         "Uw referentie", "Uw brief", "Bijlage", "Postbus", "Datum"};
    for (size_t i = a; i < e; i++) {
        if (!(s[i] == '\t' || (s[i] == ' ' && i + 1 < e && s[i + 1] == ' ')))
            continue;
        size_t j = i;
        while (j < e && (s[j] == ' ' || s[j] == '\t'))
            j++;
        if (j >= e)
            return i;
        bool label = false;
        for (size_t k = 0; k < sizeof labels / sizeof labels[0] && !label; k++)
            label = phrase(s, e, j, labels[k]) != 0;
        if (s[i] == '\t' || j - i >= 3 || label)
            return i;
        i = j;
    }
    return e;
}

/* The value of a label ("Betreft", "Onderwerp") that starts at v, into dst:
 * its line, and the lines that go on with it (a lower-case start, a first
 * line ending in "van", "de", ..., or the next line written from the same
 * column as the value, the label's column blank), each without the margin
 * column beside it (beside_margin()), up to the letter's opening. */
static void copy_value(char *dst, size_t cap, const char *s, size_t n, size_t v)
{
    char buf[1024];
    size_t col = v - line_start(s, v);
    size_t e = line_end(s, n, v), se = beside_margin(s, v, e), ve = value_end(s, v, se);
    size_t bl = ve - v < sizeof buf ? ve - v : sizeof buf - 1;
    memcpy(buf, s + v, bl);
    for (int k = 0; k < 3 && e < n && ve == se; k++) {
        size_t nl = next_text_line(s, n, e > 0 ? e - 1 : e);
        if (nl >= n)
            break;
        size_t f = ki_skip_blank(s, n, nl);
        size_t le, lw = ki_word_before(s, v, se, &le);
        static const char *const open[] = {"van", "de", "het", "en", "over", "op", "voor", "bij",
                                           "der", "in", "met", "te", "aan", "naar", "een", "tot"};
        bool dangling = false;
        for (size_t q = 0; q < sizeof open / sizeof open[0]; q++)
            dangling = dangling || word_is(s + lw, le - lw, open[q]);
        /* (not a margin line far right of the value: "www.defensie.nl") */
        bool lowerstart = f < n && s[f] >= 'a' && s[f] <= 'z' && !(col >= 4 && f - nl > col + 2);
        /* (the next line itself, blanks up to the value's column) */
        bool aligned = col >= 4 && nl == e + 1 && f - nl == col && f < n && !ki_is_blank((unsigned char)s[f]);
        if (!(lowerstart || aligned || (dangling && f < n && ki_is_letter((unsigned char)s[f]))) || bl > 200)
            break;
        /* (the letter's opening is never the value's: "Geachte voorzitter,") */
        if (phrase(s, n, f, "Geachte") || phrase(s, n, f, "Hooggeachte") || phrase(s, n, f, "Zeer geachte") ||
            phrase(s, n, f, "Beste"))
            break;
        e = line_end(s, n, f);
        se = beside_margin(s, f, e);
        ve = value_end(s, f, se);
        if (ve <= f || bl + 1 + (ve - f) >= sizeof buf)
            break;
        buf[bl++] = '\n'; /* (collapse() joins a word broken at it) */
        memcpy(buf + bl, s + f, ve - f);
        bl += ve - f;
    }
    copy_clean(dst, cap, buf, bl);
    /* an OCR value may keep the right margin's words: nothing to do there */
}

/* "Rechtsstaat en Rechtsorde; Brief regering; Voortgang aanpak" (the title
 * officielebekendmakingen gives its PDFs): the last part, the onderwerp. */
static bool pdf_onderwerp(const char *pt, char *dst, size_t cap)
{
    const char *a = strchr(pt, ';');
    const char *b = a ? strchr(a + 1, ';') : NULL;
    if (!b)
        return false;
    const char *c = b + 1;
    while (*c == ' ')
        c++;
    if (!*c)
        return false;
    copy_clean(dst, cap, c, strlen(c));
    return true;
}

/* A PDF title that says nothing: a file name or a word processor's name. */
static bool pdf_title_junk(const char *pt)
{
    size_t l = strlen(pt);
    if (l < 4 || strncmp(pt, "Microsoft", 9) == 0 || strncmp(pt, "Untitled", 8) == 0)
        return true;
    return (l > 4 && (strcmp(pt + l - 4, ".doc") == 0 || strcmp(pt + l - 4, ".pdf") == 0)) ||
           (l > 5 && strcmp(pt + l - 5, ".docx") == 0);
}

/* The title or onderwerp, most specific first: the label "Betreft" or
 * "Onderwerp"; the Tweede Kamer website's first line "Brief regering :
 * Voortgang ..."; the onderwerp in the PDF title; the Kamerstuk header
 * (already composed by read_header); the question line of an Aanhangsel
 * answer; the item line of Handelingen; a beslisnota's own first line; the
 * PDF title. */
/* An item of Handelingen copied on its own: a first line "25 Modernisering
 * GBA" (its number and title), then the chair or "Aan de orde is" within
 * a few lines.  Sets *title to where the title starts. */
static bool item_head(const char *s, size_t n, size_t *title)
{
    size_t i = ki_skip_blank(s, n, 0), e = line_end(s, n, i), k = digits(s, e, i, 3);
    if (k == i || k + 2 >= e || s[k] != ' ' || !(s[k + 1] >= 'A' && s[k + 1] <= 'Z') || e - i > 120 ||
        s[e - 1] == '.' || s[e - 1] == ',')
        return false;
    size_t lim = e + 600 < n ? e + 600 : n;
    if (find_phrase(s, lim, e, "Aan de orde") == (size_t)-1 && label_at(s, lim, lim, "De voorzitter:") == (size_t)-1 &&
        label_at(s, lim, lim, "Voorzitter:") == (size_t)-1)
        return false;
    *title = k + 1;
    return true;
}

/* A page about a Tweede Kamer document (berthub's layout): its title, its
 * dossier's title, its type ("Brief regering") and then "Nummer:
 * 2026D05992, datum: 2026-02-06, ...".  Returns where the type line starts,
 * or (size_t)-1 when the page is not laid out so. */
static size_t page_type_line(const char *s, size_t n)
{
    size_t p = label_at(s, n, 1500, "Nummer:");
    if (p == (size_t)-1 || p < 2)
        return (size_t)-1;
    size_t d = ki_skip_blank(s, n, p + 7), e = digits(s, n, d, 4);
    if (e != d + 4 || e >= n || s[e] != 'D')
        return (size_t)-1;
    size_t pe = p - 1; /* the '\n' before the label; the type line is the last text line above */
    while (pe > 0 && ki_is_blank((unsigned char)s[pe - 1]))
        pe--;
    if (pe == 0)
        return (size_t)-1;
    return ki_skip_blank(s, pe, line_start(s, pe - 1));
}

/* The first line of a page as its title, when it is one: a heading that
 * stands alone ("Rappelabele toezeggingen Justitie en Veiligheid (Rappel
 * september 2021)", "Kamerbrief over ...", "Stand van zaken moties en
 * toezeggingen", "Korte aantekeningen vergadering ...").  A heading starts
 * with a capital, has three words or more, ends without punctuation and is
 * not continued in lower case on the next line; it is no label ("Gepubliceerd:
 * ..."), no house, ministry, address or salutation, no vergaderjaar line and
 * no text of the site around the page.  Lines of bracketed links above it
 * ("[overzicht] [activiteiten] ...") are a site's navigation and skipped.
 * Sets [*a, *b) to the line, trimmed. */
/* A site's menu above a page, one short item a line ("Menu / Zoek op /
 * rubriek / Klimaatweb / 0", "Thuis / Contacten / Hoofdpagina"): two lines
 * or more at i of one or two words each, one of them a menu's own word.
 * Returns the start of the first line after them, or i when there is no
 * such menu. */
static size_t past_menu(const char *s, size_t n, size_t i)
{
    static const char *const menu[] = {"Menu", "Hoofdmenu", "Zoek", "Zoeken", "Zoek op", "Home", "Thuis",
                                       "Hoofdpagina", "Contacten", "Navigatie", "Inloggen",
                                       "Sluiten", "Terug", "Search"};
    size_t j = i, after = i;
    bool named = false;
    int lines = 0;
    while (j < n && lines < 10) {
        size_t e = line_end(s, n, j), b = e;
        while (b > j && ki_is_blank((unsigned char)s[b - 1]))
            b--;
        int words = 1;
        for (size_t k = j; k < b; k++)
            words += s[k] == ' ' && k + 1 < b && s[k + 1] != ' ';
        if (b == j || b - j > 30 || words > 2 || s[b - 1] == '.' || s[b - 1] == ':')
            break;
        for (size_t k = 0; k < sizeof menu / sizeof menu[0] && !named; k++)
            named = phrase(s, b, j, menu[k]) == b;
        lines++;
        after = j = ki_skip_blank(s, n, e);
    }
    return named && lines >= 2 ? after : i;
}

/* True when the text line after the one at i says where the document was
 * filed: "Dit verslag van een schriftelijk overleg is onder nr. I
 * toegevoegd aan wetsvoorstel 28331 ...", "Deze brief is onder nr. 2 ...". */
static bool added_below(const char *s, size_t n, size_t i)
{
    size_t nl = next_text_line(s, n, i);
    if (nl >= n)
        return false;
    size_t ne = line_end(s, n, nl), f = ki_skip_blank(s, ne, nl);
    return (phrase(s, ne, f, "Dit") || phrase(s, ne, f, "Deze")) && find_phrase(s, ne, f, "is onder nr.") != (size_t)-1;
}

/* A heading in capitals that is the page's title: an annex ("BIJLAGE 3.
 * MOTIES EN TOEZEGGINGEN") or a committee's inbreng ("INBRENG VERSLAG VAN
 * EEN SCHRIFTELIJK OVERLEG"), not the kind line of a Kamerstuk ("MOTIE VAN
 * HET LID ...", read by read_header()). */
static bool caps_title(const char *s, size_t e, size_t i)
{
    /* in capitals as written: phrase() ignores case, and a page's first
     * line "Inbreng verslag schriftelijk overleg : ..." is no such heading */
    size_t w = phrase(s, e, i, "BIJLAGE");
    if (!w)
        w = phrase(s, e, i, "INBRENG");
    return w && !has_lower(s, i, w);
}

/* A Kamer document number heading a page: "2021D32728 INBRENG ..."; where
 * the words after it start, or i. */
static size_t past_doc_number(const char *s, size_t e, size_t i)
{
    size_t k = digits(s, e, i, 4);
    if (k != i + 4 || k >= e || (s[k] != 'D' && s[k] != 'Z'))
        return i;
    size_t d = digits(s, e, k + 1, 5);
    return d == k + 6 && d < e && s[d] == ' ' ? ki_skip_blank(s, e, d) : i;
}

/* The first line as the title: [*a, *b) when it is one.  Besides, when the
 * line is a heading in capitals (caps_title()) that a caller may write in
 * sentence case, *caps is set and the heading is [*ca, *cb) (*caps is left
 * alone when the text has no first line); the answer without it goes on as
 * if such a line were no title.  read_title() asks both ways: one call
 * answers both (first_line_of()). */
static bool first_line_title(const char *s, size_t n, size_t *a, size_t *b, bool *caps, size_t *ca, size_t *cb)
{
    size_t i = ki_skip_blank(s, n, 0), e;
    size_t im = past_menu(s, n, i);
    int nav = im != i; /* under a menu */
    i = im;
    e = line_end(s, n, i);
    /* a site's navigation and its other chrome above the page; a menu's
     * prompt ("Selecteer een pagina", "Spring naar de inhoud") */
    static const char *const chrome[] = {"Base description", "+Toon", "Direct naar", "Selecteer een",
                                         "Spring naar", "Naar de inhoud", "Naar hoofdinhoud",
                                         "\xE2\x80\xA2 Download", "Download PDF"};
    for (int g = 0; g < 4 && i < n; g++, nav++) {
        bool skip = s[i] == '[';
        for (size_t k = 0; k < sizeof chrome / sizeof chrome[0] && !skip; k++)
            skip = phrase(s, e, i, chrome[k]) != 0;
        if (!skip)
            break;
        i = ki_skip_blank(s, n, e);
        e = line_end(s, n, i);
    }
    /* the house alone on the first line, the document's heading under it:
     * "Eerste Kamer der Staten-Generaal" above "Verslag van een schriftelijk
     * overleg over ..." */
    {
        size_t he = phrase(s, e, i, "Eerste Kamer der Staten");
        if (!he)
            he = phrase(s, e, i, "Tweede Kamer der Staten");
        size_t t = e;
        while (t > i && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        if (he && t - he <= 12 && (t == he || !ki_is_blank((unsigned char)s[he]))) {
            i = next_text_line(s, n, i);
            if (i >= n)
                return false;
            e = line_end(s, n, i);
            i = ki_skip_blank(s, e, i);
        }
    }
    /* an Eerste Kamer toezegging page: its number alone on the first line
     * ("T02423"), a label; the "Toezegging ..." line under it is the title */
    {
        size_t t = e;
        while (t > i && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        size_t nx = next_text_line(s, n, i);
        if (t == i + 6 && s[i] == 'T' && digits(s, t, i + 1, 5) == t && nx < n && phrase(s, n, nx, "Toezegging")) {
            i = nx;
            e = line_end(s, n, i);
        }
    }
    /* a markdown heading: "# Betere Kamerstukken, ..." */
    size_t h = i;
    while (h < e && h - i < 6 && s[h] == '#')
        h++;
    if (h > i && h < e && s[h] == ' ')
        i = ki_skip_blank(s, e, h);
    while (e > i && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    size_t dn = past_doc_number(s, e, i);
    if (caps_title(s, e, dn)) {
        *caps = true;
        *ca = dn;
        *cb = e;
    }
    /* minutes name every committee: "Korte aantekeningen vergadering
     * commissies Justitie en Veiligheid (J&V), Volksgezondheid, ... van 28
     * september 2021" (cut to the field) */
    size_t most = phrase(s, e, i, "Korte aantekeningen") || phrase(s, e, i, "Besluitenlijst") ? 600 : 200;
    /* a page about a document, its title above "Dit verslag is onder nr. I
     * toegevoegd aan ...": as long as it is */
    size_t ptl = page_type_line(s, n);
    if (added_below(s, n, i) || (ptl != (size_t)-1 && e < ptl))
        most = 1000; /* so is a page's title above its type line ("Brief regering / Nummer: ...") */
    if (i >= n || e - i < 12 || e - i > most || !(s[i] >= 'A' && s[i] <= 'Z'))
        return false;
    char last = s[e - 1];
    if (!(ki_is_letter((unsigned char)last) || ki_is_digit((unsigned char)last) || last == ')' ||
          (unsigned char)last >= 0x80))
        return false;
    int words = 1;
    bool lower = false;
    for (size_t k = i; k < e; k++) {
        lower = lower || (s[k] >= 'a' && s[k] <= 'z');
        /* a headline quoting its speaker ("Van Huffelen: \u201cSociaal
         * minimum ... geen haalbare kaart\u201d") is no label */
        size_t q = s[k] != ':' ? e : k + 1 < e ? ki_skip_blank(s, e, k + 1) : e; /* only a colon asks */
        bool quote = q < e && (s[q] == '"' || s[q] == '\'' ||
                               (q + 2 < e && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80 &&
                                ((unsigned char)s[q + 2] == 0x9C || (unsigned char)s[q + 2] == 0x9E ||
                                 (unsigned char)s[q + 2] == 0x98)));
        if (s[k] == ':' && k - i < 30 && !(k > i && ki_is_digit((unsigned char)s[k - 1])) && !quote &&
            page_type_line(s, n) == (size_t)-1)
            return false; /* "Gepubliceerd: 28 mei 2010", "Stenogram : ...", not "Bijlage 4: ...",
                             nor a page's title above its type ("Fiche: Mededeling ...") */
        if (ki_is_blank((unsigned char)s[k]) && k + 1 < e && ki_is_blank((unsigned char)s[k + 1]))
            return false; /* a flattened row of a page: "... 2023  Alle besluitpunten uitklappen" */
        words += s[k] == ' ' && k + 1 < e && s[k + 1] != ' ';
    }
    /* under a site's navigation the first line is the page's title, also
     * when short ("PFAS verzamelbrief"); so is the one above a page's
     * dossier and type lines ("Wijzigingen Natuurherstelverordening /
     * Milieuraad / Brief regering / Nummer: 2023D48516, ...") */
    bool page_head = ptl != (size_t)-1 && e < ptl && next_text_line(s, n, i) < ptl; /* a dossier line between */
    if (words < (page_head ? 1 : nav ? 2 : 3) || !lower)
        return false; /* a heading in capitals is a kind line ("MOTIE VAN HET LID ...") */
    static const char *const not_titles[] = {
        "Tweede Kamer der Staten", "Eerste Kamer der Staten", "Ministerie van", "Aan de", "Retouradres",
        "Postbus", "Geachte", "Datum", "Den Haag", "Directoraat", "Directie", "Parlementair jaar",
        "Vergaderjaar", "Verslag van de plenaire vergadering", "Base description", "Direct naar", "Ga naar", "Ga direct naar", "Skip to",
        "U bent hier", "Kamerstukken", "Handelingen", "Verslag van de vergadering",
        /* the date of a verslag or a motion ("Vastgesteld 10 december 2008") */
        "Vastgesteld", "Voorgesteld"};
    for (size_t k = 0; k < sizeof not_titles / sizeof not_titles[0]; k++)
        if (phrase(s, e, i, not_titles[k]))
            return false;
    for (size_t k = i; k + 7 <= e; k++) {
        char yy[9];
        if (ki_is_digit((unsigned char)s[k]) && vj_at(s, e, k, yy) > k)
            return false; /* "Parlementair jaar 2020/2021, 26e vergadering" */
    }
    /* a line of a paragraph, continued below */
    size_t nx = line_end(s, n, i);
    if (nx < n) {
        size_t f = ki_skip_blank(s, n, nx + 1);
        if (f < n && f == nx + 1 && s[f] >= 'a' && s[f] <= 'z')
            return false;
    }
    /* "Brief regering; Kabinetsreactie", as officielebekendmakingen titles
     * its pages ("Dossier; Brief regering; Onderwerp"): the onderwerp */
    for (size_t k = e; k > i + 1; k--)
        if (s[k - 1] == ' ' && s[k - 2] == ';') {
            i = ki_skip_blank(s, e, k);
            break;
        }
    *a = i;
    *b = e;
    return i < e;
}

/* item: where item_head() found an item's title, or (size_t)-1 */
/* first_line_title()'s answers, asked once: it reads only the text */
typedef struct first_line {
    int    ok; /* -1: not asked yet */
    size_t a, b;
    bool   caps; /* a heading in capitals at [ca, cb) */
    size_t ca, cb;
} first_line;

static bool first_line_of(const char *s, size_t n, first_line *f)
{
    if (f->ok < 0) {
        f->caps = false;
        f->ok = first_line_title(s, n, &f->a, &f->b, &f->caps, &f->ca, &f->cb);
    }
    return f->ok;
}

/* Is [o, o + on) (trailing blanks aside) the heading that ends title, the
 * "Heading" of a Kamerstuk header's "DOSSIER; Heading" ("Verslag", "Nota
 * naar aanleiding van het verslag"), in any case? */
static bool own_heading(const char *title, const char *o, size_t on)
{
    while (on > 0 && ki_is_blank((unsigned char)o[on - 1]))
        on--;
    size_t tl = strlen(title);
    if (on == 0 || tl < on + 2 || title[tl - on - 2] != ';' || title[tl - on - 1] != ' ')
        return false;
    for (size_t k = 0; k < on; k++)
        if (ki_lower((unsigned char)title[tl - on + k]) != ki_lower((unsigned char)o[k]))
            return false;
    return true;
}

/* An Aanhangsel page a transcript ran into one line puts its number
 * between the head and the question line: "... gegeven antwoorden 2345
 * Vragen van het lid ...".  "gegeven antwoorden" is looked for in s[0, lim),
 * the number and "Vragen van" after it in s[0, n).  Returns where "Vragen
 * van" starts and sets s[*nr, *nre) to the number (up to five digits), or
 * returns (size_t)-1.  (One blank between the two words: the offset is the
 * phrase's length.) */
static size_t run_on_questions(const char *s, size_t lim, size_t n, size_t *nr, size_t *nre)
{
    static const char ga_words[] = "gegeven antwoorden";
    size_t ga = find_phrase(s, lim, 0, ga_words);
    if (ga == (size_t)-1)
        return (size_t)-1;
    size_t i = ki_skip_blank(s, n, ga + sizeof ga_words - 1), k = digits(s, n, i, 5);
    if (!(k > i && k < n && ki_is_blank((unsigned char)s[k])))
        return (size_t)-1;
    size_t q = ki_skip_blank(s, n, k);
    if (!phrase(s, n, q, "Vragen van"))
        return (size_t)-1;
    *nr = i;
    *nre = k;
    return q;
}

static void read_title(const ki_text *t, const char *s, size_t n, size_t item, ki_docmeta *m)
{
    first_line fl = {.ok = -1};
    static const char *const labels[] = {"Betreft", "Onderwerp"};
    size_t lim = n < HEAD ? n : HEAD;
    for (size_t l = 0; l < 2; l++) {
        /* the label is written with its capital; "Het\nbetreft daarbij ..."
         * is a sentence broken over lines */
        size_t p = (size_t)-1, from = 0, at;
        bool row = false;
        while ((at = find_phrase(s, lim, from, labels[l])) != (size_t)-1) {
            if (s[at] == labels[l][0] && at_line_start(s, at)) {
                p = at;
                break;
            }
            /* the last label of a flattened letterhead row, its value on
             * the next line: "- - Datum Bijlage(n) 22 januari 2008 - Ons
             * kenmerk Uw kenmerk DAB/2008/49 - Onderwerp" */
            size_t ls = line_start(s, at), le = line_end(s, n, at), z = at + strlen(labels[l]);
            if (s[at] == labels[l][0] && ki_skip_blank(s, le, z < le && s[z] == ':' ? z + 1 : z) >= le &&
                (find_phrase(s, at, ls, "Datum") != (size_t)-1 || find_phrase(s, at, ls, "Ons kenmerk") != (size_t)-1)) {
                p = at;
                row = true;
                break;
            }
            from = at + 1;
        }
        if (p == (size_t)-1)
            continue;
        size_t i = p + strlen(labels[l]);
        if (i < n && s[i] == ':')
            i++;
        size_t e = line_end(s, n, i);
        i = ki_skip_blank(s, e, i);
        if (row && i >= e && e < n) {
            i = next_text_line(s, n, e);
            e = i < n ? line_end(s, n, i) : n;
        }
        if (i < e) {
            copy_value(m->title, sizeof m->title, s, n, i);
            return;
        }
    }
    /* "Brief regering : Voortgang aanpak ondermijning" */
    size_t e0 = line_end(s, n, 0);
    if (e0 < 200) {
        static const char *const types[] = {"Brief regering", "Motie", "Verslag", "Inbreng verslag", "Lijst van vragen",
                                            "Antwoord", "Brief commissie", "Memorie", "Nota"};
        for (size_t k = 0; k < sizeof types / sizeof types[0]; k++) {
            size_t e = phrase(s, e0, ki_skip_blank(s, e0, 0), types[k]);
            const char *colon = memchr(s, ':', e0);
            if (e && colon && colon[-1] == ' ' && (size_t)(colon - s) < 60) {
                size_t v = ki_skip_blank(s, e0, (size_t)(colon - s) + 1);
                if (v < e0 && own_heading(m->title, s + v, e0 - v))
                    break; /* "Verslag (initiatief)wetsvoorstel (nader) : Verslag":
                              the kind again, not the onderwerp; the header's
                              "DOSSIER; Verslag" says more */
                if (v < e0) {
                    copy_clean(m->title, sizeof m->title, s + v, e0 - v);
                    return;
                }
            }
        }
    }
    if (t && t->pdf_title && pdf_onderwerp(t->pdf_title, m->title, sizeof m->title))
        return;
    /* a page of the Kamer's documents (berthub's layout): the first line,
     * above the dossier's title and the type line ("Brief regering",
     * "Nummer: 2024D34636, ..."), is the onderwerp */
    size_t tl = page_type_line(s, n);
    if (tl != (size_t)-1 && first_line_of(s, n, &fl) && fl.b < tl && next_text_line(s, n, fl.a) < tl) {
        copy_clean(m->title, sizeof m->title, s + fl.a, fl.b - fl.a);
        return;
    }
    /* so is the first line of a page above "Deze brief is onder nr. 2
     * toegevoegd aan ..." (its Kerngegevens below) */
    if (first_line_of(s, n, &fl) && added_below(s, n, fl.a)) {
        copy_clean(m->title, sizeof m->title, s + fl.a, fl.b - fl.a);
        return;
    }
    if (m->title[0])
        return;
    /* Aanhangsel: "Vragen van het lid X aan de minister van Y over Z
     * (ingezonden 2 april 2024)." */
    size_t p = label_at(s, n, 1500, "Vragen van");
    /* on a page a transcript ran into one line, the question line follows
     * the Aanhangsel's number: "... gegeven antwoorden 2345 Vragen van" */
    if (p == (size_t)-1 && has(s, n, 1500, "Aanhangsel van de Handelingen")) {
        size_t nr, nre, q = run_on_questions(s, n < 1500 ? n : 1500, n, &nr, &nre);
        if (q != (size_t)-1) {
            size_t ql = q + 500 < n ? q + 500 : n;
            if (memmem(s + q, ql - q, "(ingezonden", 11) || memmem(s + q, ql - q, "(Ingezonden", 11))
                p = q;
        }
    }
    const char *in = NULL;
    if (p != (size_t)-1) {
        /* the older Aanhangsel: "... over stalking. (Ingezonden 3 maart 2009)" */
        size_t pl = line_end(s, n, p) - p;
        in = memmem(s + p, pl, " (ingezonden", 12);
        const char *in2 = memmem(s + p, pl, " (Ingezonden", 12);
        if (in2 && (!in || in2 < in))
            in = in2;
    }
    /* also the questions on their own: "Vragen van de leden X en Y aan de
     * minister van Z over ... (ingezonden 23 juni 2020)." */
    if (p != (size_t)-1 && (in || has(s, n, 1500, "Aanhangsel"))) {
        size_t e = line_end(s, n, p);
        if (in)
            e = (size_t)(in - s);
        while (e > p && (s[e - 1] == '.' || ki_is_blank((unsigned char)s[e - 1])))
            e--;
        copy_clean(m->title, sizeof m->title, s + p, e - p);
        return;
    }
    /* a beslisnota's first line "Beslisnota bij Kamerbrief over ..." */
    p = label_at(s, n, 400, "Beslisnota");
    if (p != (size_t)-1 && !under_attachments(s, p)) {
        size_t e = line_end(s, n, p), w = phrase(s, e, p, "Beslisnota");
        w = ki_skip_blank(s, e, w);
        if (phrase(s, e, w, "bij") || phrase(s, e, w, "over") || phrase(s, e, w, "inzake")) {
            copy_value(m->title, sizeof m->title, s, n, p);
            return;
        }
    }
    if (item != (size_t)-1) {
        size_t e = line_end(s, n, item);
        copy_clean(m->title, sizeof m->title, s + item, e - item);
        return;
    }
    if (t && t->pdf_title && *t->pdf_title && !pdf_title_junk(t->pdf_title)) {
        copy_clean(m->title, sizeof m->title, t->pdf_title, strlen(t->pdf_title));
        return;
    }
    /* here a heading in capitals is the title too */
    first_line_of(s, n, &fl);
    if (fl.caps) {
        sentence_case(m->title, sizeof m->title, s + fl.ca, fl.cb - fl.ca);
        return;
    }
    if (fl.ok) {
        copy_clean(m->title, sizeof m->title, s + fl.a, fl.b - fl.a);
        return;
    }
    /* a page whose title is a numbered section's heading, under a site's
     * chrome: "8.1 Moties en Toezeggingen (per 15 juli 2009)" (a number with
     * a dot inside, two words or more, no full stop) */
    for (size_t ls = 0; ls < (n < 800 ? n : 800); ls = line_end(s, n, ls) + 1) {
        size_t i = ki_skip_blank(s, n, ls), le = line_end(s, n, ls), te = le, k = digits(s, le, i, 2);
        if (i >= le)
            continue;
        while (te > i && ki_is_blank((unsigned char)s[te - 1]))
            te--;
        if (k == i || k >= te || s[k] != '.' || digits(s, te, k + 1, 2) == k + 1)
            continue;
        size_t d = digits(s, te, k + 1, 2);
        while (d + 1 < te && s[d] == '.' && ki_is_digit((unsigned char)s[d + 1]))
            d = digits(s, te, d + 1, 2);
        size_t w = ki_skip_blank(s, te, d);
        if (w == d || w >= te || !(s[w] >= 'A' && s[w] <= 'Z') || te - w > 120 || s[te - 1] == '.' ||
            s[te - 1] == ':' || !memchr(s + w, ' ', te - w))
            continue;
        copy_clean(m->title, sizeof m->title, s + i, te - i);
        return;
    }
}

/* Who signs: the header "BRIEF VAN DE MINISTER VAN ..." or a closing line
 * "De staatssecretaris van ...," near the end. */
/* The minister of the department whose staatssecretaris is `s_abbrev`. */
static const char *minister_of(const char *s_abbrev)
{
    for (size_t d = 0; d < sizeof depts / sizeof depts[0]; d++)
        if (strcmp(depts[d].s, s_abbrev) == 0)
            return depts[d].m;
    return NULL;
}

const char *ki_actor_other_rank(const char *abbrev)
{
    for (size_t d = 0; abbrev && d < sizeof depts / sizeof depts[0]; d++) {
        if (strcmp(depts[d].m, abbrev) == 0)
            return depts[d].s;
        if (strcmp(depts[d].s, abbrev) == 0)
            return depts[d].m;
    }
    return NULL;
}

/* The chapters of the Rijksbegroting that are one ministry's, with the
 * department as depts[] names it; since the budget for 2025 (dossier
 * 36 600) XIV is LVVN's and XXIII KGG's. */
static const struct {
    const char *sub, *dept;
    unsigned from, to; /* dossier numbers it holds for (0: any) */
} chapters[] = {
    {"V", "Buitenlandse Zaken", 0, 0},
    {"VI", "Justitie en Veiligheid", 34775, 0}, /* since the budget for 2018 */
    {"VII", "Binnenlandse Zaken en Koninkrijksrelaties", 0, 0},
    {"VIII", "Onderwijs, Cultuur en Wetenschap", 0, 0},
    {"IXB", "Financi\xc3\xabn", 0, 0},
    {"X", "Defensie", 0, 0},
    {"XII", "Infrastructuur en Waterstaat", 34775, 0},
    {"XIV", "Landbouw, Natuur en Voedselkwaliteit", 34775, 36599},
    {"XIV", "Landbouw, Visserij, Voedselzekerheid en Natuur", 36600, 0},
    {"XV", "Sociale Zaken en Werkgelegenheid", 0, 0},
    {"XVI", "Volksgezondheid, Welzijn en Sport", 0, 0},
    {"XVII", "Buitenlandse Handel en Ontwikkelingssamenwerking", 0, 0},
    {"XXII", "Volkshuisvesting en Ruimtelijke Ordening", 36600, 0},
    {"XXIII", "Klimaat en Groene Groei", 36600, 0},
};

const char *ki_chapter_actor(const char *dossier, const char *sub, char rank)
{
    unsigned long no = dossier ? strtoul(dossier, NULL, 10) : 0;
    for (size_t c = 0; sub && *sub && c < sizeof chapters / sizeof chapters[0]; c++) {
        if (strcmp(chapters[c].sub, sub) != 0 || (chapters[c].from && no < chapters[c].from) ||
            (chapters[c].to && no > chapters[c].to))
            continue;
        for (size_t d = 0; d < sizeof depts / sizeof depts[0]; d++)
            if (strcmp(depts[d].name, chapters[c].dept) == 0)
                return rank == 'S' ? depts[d].s : depts[d].m;
    }
    return NULL;
}

/* An answer to written questions names who answers in its head, by name
 * and ministry: "Antwoord van minister Vermeulen (Infrastructuur en
 * Waterstaat)", "Antwoord van staatssecretaris Van Rij (Financiën)": the
 * signer, whatever else the signature lines suggest. */
static void read_answerer(const char *s, size_t n, ki_docmeta *m)
{
    size_t av = find_phrase(s, n, 0, "Antwoord van"), skip = strlen("Antwoord van");
    if (av == (size_t)-1 && (av = find_phrase(s, n, 0, "Antwoorden van")) != (size_t)-1)
        skip = strlen("Antwoorden van");
    if (av == (size_t)-1)
        return;
    size_t i = ki_skip_blank(s, n, av + skip), used;
    /* the title written out, in the head: "Antwoorden van de
     * staatssecretaris van Financi\xc3\xabn \xe2\x80\x93 Herstel en Toeslagen op
     * vragen van het lid X" */
    if (av < 3000 && (phrase(s, n, i, "de minister") || phrase(s, n, i, "de staatssecretaris"))) {
        const char *ab = ki_actor_parse(s + i, n - i, &used);
        size_t lim = i + 300 < n ? i + 300 : n;
        if (ab && find_phrase(s, lim, i, "vragen") != (size_t)-1)
            m->signer = ab;
        return;
    }
    const char *rank = phrase(s, n, i, "minister")          ? "minister van "
                       : phrase(s, n, i, "staatssecretaris") ? "staatssecretaris van "
                                                             : NULL;
    if (!rank)
        return;
    const char *ob = memchr(s + i, '(', n - i < 80 ? n - i : 80);
    if (!ob)
        return;
    size_t a = (size_t)(ob - s) + 1;
    const char *cb = memchr(s + a, ')', n - a < 80 ? n - a : 80);
    if (!cb)
        return;
    char buf[128];
    size_t o = (size_t)snprintf(buf, sizeof buf, "%s", rank);
    o += collapse(buf + o, sizeof buf - o, s + a, (size_t)(cb - s) - a, NULL); /* "en\nWaterstaat" */
    buf[o] = '\0';
    const char *ab = ki_actor_parse(buf, o, &used);
    if (!(ab && used == o) && rank[0] == 'm') {
        /* "minister Hermans (Klimaat en Groene Groei)": a minister voor */
        char alt[140];
        int w = snprintf(alt, sizeof alt, "minister voor %s", buf + strlen(rank));
        if (w > 0 && (size_t)w < sizeof alt && (ab = ki_actor_parse(alt, (size_t)w, &used)) && used == (size_t)w) {
            m->signer = ab;
            return;
        }
        ab = NULL;
    }
    if (ab && used == o)
        m->signer = ab;
}

/* A committee's questions "voorgelegd aan de minister van X" (a lijst van
 * vragen en antwoorden, a verslag of a schriftelijk overleg) are answered
 * by X: the "ik" of the answers, whoever else the last lines name ("De
 * minister van Y heeft ... toegezegd").  "... aan de minister van X en de
 * staatssecretaris van Y": both. */
static void read_questioned(const char *s, size_t n, ki_docmeta *m)
{
    size_t p = find_phrase(s, n, 0, "voorgelegd aan");
    if (p == (size_t)-1)
        return;
    size_t i = ki_skip_blank(s, n, p + strlen("voorgelegd aan")), c;
    const char *a = ki_actor_parse(s + i, n - i, &c);
    if (!a)
        return;
    const char *b = NULL;
    size_t j = ki_skip_blank(s, n, i + c), e;
    if ((e = phrase(s, n, j, "en"))) {
        j = ki_skip_blank(s, n, e);
        b = ki_actor_parse(s + j, n - j, &c);
    }
    m->signer = a;
    m->cosigner = b && strcmp(a, b) != 0 ? b : NULL;
    m->answered = true;
}

/* Who signs: the kind line "BRIEF VAN DE MINISTER VAN X" ("... DE MINISTER
 * EN (DE) STAATSSECRETARIS VAN X": both), else the signature lines "De
 * minister van X," at the end; a second, different one is the cosigner. */
static size_t last_closing(const char *s, size_t n);
static void signature_lines(const char *s, size_t n, size_t i, size_t to, ki_docmeta *m, bool strict);

static void read_signer(const char *s, size_t n, const char *kindword, ki_docmeta *m)
{
    size_t c;
    if (kindword) {
        size_t kn = (size_t)(s + n - kindword);
        size_t e = phrase(kindword, kn, 0, "BRIEF VAN");
        if (e) {
            size_t j = ki_skip_blank(kindword, kn, e), k;
            if ((k = phrase(kindword, kn, j, "DE")))
                j = ki_skip_blank(kindword, kn, k);
            if ((k = phrase(kindword, kn, j, "MINISTER EN DE")) || (k = phrase(kindword, kn, j, "MINISTER EN"))) {
                size_t t = ki_skip_blank(kindword, kn, k);
                const char *st = ki_actor_parse(kindword + t, kn - t, &c);
                if (st && st[0] == 'S' && minister_of(st)) {
                    m->signer = minister_of(st);
                    m->cosigner = st;
                    return;
                }
            }
            const char *a = ki_actor_parse(kindword + e, kn - e, &c);
            if (!a)
                a = ki_actor_parse(kindword + ki_skip_blank(kindword, kn, e), kn - ki_skip_blank(kindword, kn, e), &c);
            if (a) {
                /* the signature decides: a letter headed "BRIEF VAN DE
                 * STAATSSECRETARIS VAN VOLKSGEZONDHEID, ..." and signed "De
                 * staatssecretaris Jeugd, Preventie en Sport," is the
                 * latter's (only a line that is a title and its comma, in
                 * the letter's last 1500 bytes) */
                ki_docmeta sg = {0};
                signature_lines(s, n, n > 1500 ? n - 1500 : 0, n, &sg, true);
                m->signer = sg.signer && !sg.cosigner ? sg.signer : a;
                return;
            }
        }
    }
    /* the lines of the last 1500 bytes that start "De ..."; a signature
     * line is only the title and a comma ("De minister van X,").  A letter
     * whose bijlage follows its signature ("Hoogachtend," and the table
     * after it) signs where its closing is: the 600 bytes after the last
     * closing, when that is before the last 1500 bytes. */
    size_t cl = last_closing(s, n);
    if (cl != (size_t)-1 && cl + 1500 < n) {
        signature_lines(s, cl + 600 < n ? cl + 600 : n, cl, cl + 600 < n ? cl + 600 : n, m, false);
        if (m->signer)
            return;
    }
    size_t tail = n > 1500 ? n - 1500 : 0;
    signature_lines(s, n, tail, n, m, false);
    /* no closing, the bijlage after the signature: a line that is only a
     * title and its comma, anywhere (the lines from tail on have just
     * been read: none had a title) */
    if (!m->signer)
        signature_lines(s, n, 0, tail, m, true);
}

/* Where the last "Hoogachtend" or "Met vriendelijke groet" is, or
 * (size_t)-1. */
static size_t last_closing(const char *s, size_t n)
{
    size_t best = (size_t)-1;
    /* each by its rarest byte: the 'c', the 'j' */
    static const struct { const char *p; size_t r; } closings[] = {{"oogachtend", 4}, {"et vriendelijke groet", 12}};
    for (size_t k = 0; k < sizeof closings / sizeof closings[0]; k++) {
        const char *p = last_of(s, n, closings[k].p, strlen(closings[k].p), closings[k].r);
        if (p && (best == (size_t)-1 || (size_t)(p - s) > best))
            best = (size_t)(p - s);
    }
    return best;
}

/* The signature lines that start in s[i..to) (to <= n): lines that start
 * "De ..." or "de ..." with a title ki_actor_parse() reads; the last is the
 * signer, a second, different one ended by a comma the cosigner.  strict:
 * only a line that is "De minister ..." / "De staatssecretaris ..." and its
 * comma. */
/* signature_lines()'s reading of the line that starts at i with 'D' or 'd' */
static void signature_at(const char *s, size_t n, size_t i, ki_docmeta *m, bool strict, const char **sig)
{
    size_t c;
    if (strict && !phrase(s, n, i, "de minister") && !phrase(s, n, i, "de staatssecretaris"))
        return;
    const char *a = ki_actor_parse(s + i, n - i, &c);
    if (!a)
        return;
    size_t t = i + c;
    while (t < n && (s[t] == ' ' || s[t] == '\t'))
        t++;
    /* a portfolio after a dash: "De Staatssecretaris van Financiën -
     * Herstel en Toeslagen," (the comma at the line's end is the title's) */
    if (t < n && (s[t] == '-' || (t + 3 <= n && memcmp(s + t, "\xe2\x80\x93", 3) == 0))) {
        const char *nl = memchr(s + t, '\n', n - t);
        size_t q = nl ? (size_t)(nl - s) : n;
        while (q > t && (s[q - 1] == ' ' || s[q - 1] == '\t' || s[q - 1] == '\r'))
            q--;
        if (q > t + 1 && s[q - 1] == ',' && q - t < 80)
            t = q - 1;
    }
    /* strict: the comma ends the line (blanks may follow it) */
    size_t u = t + 1;
    while (u < n && (s[u] == ' ' || s[u] == '\t' || s[u] == '\r'))
        u++;
    if (strict && !(t < n && s[t] == ',' && (u >= n || s[u] == '\n')))
        return;
    m->signer = a;
    if (t < n && s[t] == ',') {
        if (*sig && strcmp(*sig, a) != 0)
            m->cosigner = *sig;
        *sig = a;
    }
}

static void signature_lines(const char *s, size_t n, size_t i, size_t to, ki_docmeta *m, bool strict)
{
    const char *sig = NULL;
    const head_index *x = cur_index;
    if (x && x->s == s && to <= x->len) {
        /* ki_actor_parse() reads a title only after "de" and a blank: the
         * lines that start so are the word starts in the head index's
         * bucket of "de" (a letter after '\n' always starts a word) */
        for (unsigned k = x->head[index_bucket('d', 'e')]; k; k = x->next[k - 1]) {
            size_t p = k - 1;
            if (p >= to)
                break; /* (the chain is in text order) */
            if (p < i || !at_line_start(s, p)) /* (a signature indented to the body column of pdftotext -layout) */
                continue;
            signature_at(s, n, p, m, strict, &sig);
        }
        return;
    }
    for (; i < to; i++) {
        /* the next line start, by memchr: strict reads the whole text */
        if (i > 0 && s[i - 1] != '\n') {
            const char *nl = memchr(s + i, '\n', n - i);
            if (!nl)
                break;
            i = (size_t)(nl - s) + 1;
            if (i >= to)
                break;
        }
        while (i < to && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i < to && (s[i] == 'D' || s[i] == 'd'))
            signature_at(s, n, i, m, strict, &sig);
    }
}

/* Where "Vergaderjaar" stands in the head as the document's own, or
 * (size_t)-1: not one inside a bracket of its line, which belongs to a
 * citation ("de motie-Beckerman c.s. (32820, nr. 258, vergaderjaar
 * 2017-2018)") */
static size_t head_year_at(const char *s, size_t n)
{
    size_t lim = n < HEAD ? n : HEAD;
    for (size_t p = 0; (p = find_phrase(s, lim, p, "Vergaderjaar")) != (size_t)-1; p++) {
        int open = 0;
        for (size_t i = line_start(s, p); i < p; i++)
            open += s[i] == '(' ? 1 : s[i] == ')' && open > 0 ? -1 : 0;
        if (!open)
            return p;
    }
    return (size_t)-1;
}

/* "Vergaderjaar 2023-2024" in the head: the years as "20232024" */
static bool head_year(const char *s, size_t n, char out[9])
{
    size_t p = head_year_at(s, n);
    if (p == (size_t)-1)
        return false;
    size_t i = ki_skip_blank(s, n, p + 12), k = 0;
    while (i < n && k < 8 && (ki_is_digit((unsigned char)s[i]) || s[i] == '-' || s[i] == '/' ||
                              (unsigned char)s[i] >= 0x80)) {
        if (ki_is_digit((unsigned char)s[i]))
            out[k++] = s[i];
        i++;
    }
    out[k] = '\0';
    return k == 8;
}

/* The vergaderjaar of a sitting day: it starts on Prinsjesdag, the third
 * Tuesday of September.  iso is "YYYY-MM-DD"; out gets "20232024". */
static void year_of_sitting(const char *iso, char out[9])
{
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int y = atoi(iso), mo = atoi(iso + 5), d = atoi(iso + 8);
    int yy = y; /* weekday of 1 September (0 = Sunday); September > February */
    int dow = (yy + yy / 4 - yy / 100 + yy / 400 + t[8] + 1) % 7;
    int third_tue = 1 + (2 - dow + 7) % 7 + 14;
    bool next = mo > 9 || (mo == 9 && d >= third_tue);
    snprintf(out, 9, "%04d%04d", next ? y : y - 1, next ? y + 1 : y);
}


/* The running header of Handelingen as the Kamer prints them:
 * "5 maart 2024 TK 58 58-15-1" (date, house, vergadering, then vergadering-
 * item-page), the item's title on the line before.  Gives self id, date and
 * title. */
static bool read_hand_running(const char *s, size_t n, ki_docmeta *m, const char *house_hint)
{
    size_t lim = n < 1200 ? n : 1200;
    if (!lim)
        return false;
    /* the K of "TK"/"EK" in the lines that start before lim, in text
     * order: one memchr over them all, and each K's line found only where
     * a T or E and a blank stand around it */
    size_t end = line_end(s, n, lim - 1), ls_memo = 0, le_memo = 0;
    for (const char *kp = memchr(s, 'K', end); kp; kp = memchr(kp + 1, 'K', end - (size_t)(kp + 1 - s))) {
        if (kp == s || !(kp[-1] == 'T' || kp[-1] == 'E') || (size_t)(kp - s) + 1 >= n || kp[1] != ' ')
            continue;
        /* (the line of the K before, when this K is on it: on a text of one
         * long line every K is, and its ends are found once) */
        if ((size_t)(kp - s) >= le_memo || (size_t)(kp - s) < ls_memo) {
            ls_memo = line_start(s, (size_t)(kp - s));
            le_memo = line_end(s, n, ls_memo);
        }
        size_t ls = ls_memo, le = le_memo;
        {
            size_t i = (size_t)(kp - s) - 1; /* the T or E before the K */
            if (kp == s + ls || i + 4 >= le || !(s[i] == 'T' || s[i] == 'E') || s[i + 2] != ' ' ||
                (i > ls && s[i - 1] != ' '))
                continue;
            size_t a = i + 3, b = digits(s, le, a, 3);
            if (b == a || b >= le || s[b] != ' ')
                continue;
            /* (the columns of a page laid out: "TK 16      16-7-1") */
            size_t c = ki_skip_blank(s, le, b + 1), d = digits(s, le, c, 3);
            if (d - c != b - a || memcmp(s + a, s + c, b - a) != 0 || d >= le || s[d] != '-')
                continue;
            size_t f = d + 1, g = digits(s, le, f, 3);
            if (g == f)
                continue;
            ki_date dt;
            char iso[11];
            /* the date before the house on its line, or on the line above
             * when the header stands on two: "Tweede Kamer   Funderend
             * onderwijs   10 november 2026" over "TK 16   16-7-1" (the
             * title between the house and the date) */
            size_t ps = 0, pe = 0;
            bool above = false;
            if (!ki_date_find(s + ls, i - ls, &dt) || !dt.year || !ki_date_resolve(&dt, NULL, iso)) {
                if (ls == 0 || i != ki_skip_blank(s, le, ls))
                    continue;
                pe = ls - 1;
                ps = line_start(s, pe);
                size_t q = ki_skip_blank(s, pe, ps), h;
                if (!((h = phrase(s, pe, q, "Tweede Kamer")) || (h = phrase(s, pe, q, "Eerste Kamer"))) ||
                    !ki_date_find(s + h, pe - h, &dt) || !dt.year || !ki_date_resolve(&dt, NULL, iso))
                    continue;
                above = true;
                /* (the title ends at the date, or where a wide gap opens) */
                size_t te = ps = ki_skip_blank(s, pe, h);
                pe = h + dt.start;
                while (te < pe && !(s[te] == ' ' && te + 1 < pe && s[te + 1] == ' '))
                    te++;
                pe = te;
            }
            char yy[9];
            year_of_sitting(iso, yy);
            const char *house = s[i] == 'E' ? "ek" : house_hint;
            snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%.*s-%.*s", house, yy, (int)(b - a),
                     s + a, (int)(g - f), s + f);
            memcpy(m->date, iso, 11);
            if (above) {
                while (pe > ps && ki_is_blank((unsigned char)s[pe - 1]))
                    pe--;
                if (pe > ps)
                    copy_clean(m->title, sizeof m->title, s + ps, pe - ps);
            } else if (ls > 0) {
                /* the title: the line before, unless it names the house */
                size_t be = ls - 1, bs = line_start(s, be);
                size_t q = ki_skip_blank(s, be, bs);
                if (q < be && !phrase(s, be, q, "Tweede Kamer") && !phrase(s, be, q, "Eerste Kamer"))
                    copy_clean(m->title, sizeof m->title, s + q, be - q);
            }
            return true;
        }
    }
    return false;
}

/* A vergaderjaar written "2023/24", "2023-2024", "2023/2024" (en dash too)
 * at s[i..n): "20232024" into out, the end returned; i when none. */
static size_t vj_at(const char *s, size_t n, size_t i, char out[9])
{
    size_t a = digits(s, n, i, 4), b;
    if (a - i != 4)
        return i;
    if (a < n && (s[a] == '/' || s[a] == '-'))
        b = a + 1;
    else if (a + 2 < n && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
             (unsigned char)s[a + 2] == 0x93)
        b = a + 3;
    else
        return i;
    size_t c = digits(s, n, b, 4);
    int y1 = atoi(s + i), y2;
    if (c - b == 4)
        y2 = atoi(s + b);
    else if (c - b == 2)
        y2 = y1 / 100 * 100 + atoi(s + b);
    else
        return i;
    if (y2 != y1 + 1)
        return i;
    snprintf(out, 9, "%04u%04u", (unsigned)y1 % 10000u, (unsigned)y2 % 10000u);
    return c;
}

/* The first line of a Handelingen text naming itself: "Handelingen II
 * 2023/24, nr. 45" (", item 12" after it when one item). */
static bool read_hand_first(const char *s, size_t n, ki_docmeta *m)
{
    size_t i = ki_skip_blank(s, n, 0), le = line_end(s, n, i), e;
    if (!(e = phrase(s, le, i, "Handelingen")))
        return false;
    i = ki_skip_blank(s, le, e);
    const char *house = "tk";
    if ((e = phrase(s, le, i, "II")) || (e = phrase(s, le, i, "TK")))
        i = ki_skip_blank(s, le, e);
    else if ((e = phrase(s, le, i, "I")) || (e = phrase(s, le, i, "EK")))
        i = ki_skip_blank(s, le, e), house = "ek";
    char yy[9];
    if (i < le && s[i] == ',')
        i = ki_skip_blank(s, le, i + 1);
    if ((e = vj_at(s, le, i, yy)) == i)
        return false;
    i = ki_skip_blank(s, le, e);
    if (i < le && s[i] == ',')
        i = ki_skip_blank(s, le, i + 1);
    if (!(e = phrase(s, le, i, "nr.")) && !(e = phrase(s, le, i, "nr")))
        return false;
    size_t a = ki_skip_blank(s, le, e), b = digits(s, le, a, 4);
    if (b == a)
        return false;
    i = ki_skip_blank(s, le, b);
    size_t c = 0, d = 0;
    if (i < le && s[i] == ',' && (e = phrase(s, le, ki_skip_blank(s, le, i + 1), "item"))) {
        c = ki_skip_blank(s, le, e);
        d = digits(s, le, c, 3);
        if (d == c)
            return false;
        i = d;
    }
    if (ki_skip_blank(s, le, i) < le)
        return false; /* a sentence that cites Handelingen, not their header */
    if (d)
        snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%.*s-%.*s", house, yy, (int)(b - a), s + a,
                 (int)(d - c), s + c);
    else
        snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%.*s", house, yy, (int)(b - a), s + a);
    return true;
}

/* The same page's other wording: "Deze brief is onder nr. 2 toegevoegd aan
 * dossier 33820 - ...", "Dit voorlopig verslag is onder nr. D toegevoegd aan
 * wetsvoorstel 35099 (R2114) - ..." */
static void read_added_line(const char *s, size_t n, ki_docmeta *m)
{
    size_t p = find_phrase(s, n < HEAD ? n : HEAD, 0, "is onder nr.");
    if (p == (size_t)-1)
        return;
    size_t le = line_end(s, n, p), a = ki_skip_blank(s, le, p + 12), b = a;
    while (b < le && b - a < 4 && (ki_is_digit((unsigned char)s[b]) || (s[b] >= 'A' && s[b] <= 'Z')))
        b++;
    size_t q = b > a && b < le && s[b] == ' ' ? phrase(s, le, b + 1, "toegevoegd aan") : 0;
    if (!q)
        return;
    /* what the page says the document is: "Dit voorlopig verslag is onder
     * nr. D ...", "Deze brief ...", "Dit verslag van een schriftelijk
     * overleg ..." */
    size_t w0 = ki_skip_blank(s, p, line_start(s, p)), w1;
    if ((w1 = phrase(s, p, w0, "Dit")) || (w1 = phrase(s, p, w0, "Deze"))) {
        w1 = ki_skip_blank(s, p, w1);
        if (phrase(s, p, w1, "brief"))
            m->kind = "brief";
        else if (phrase(s, p, w1, "motie") || phrase(s, p, w1, "gewijzigde motie"))
            m->kind = "motie";
        else if (phrase(s, p, w1, "verslag") || phrase(s, p, w1, "voorlopig verslag") ||
                 phrase(s, p, w1, "nader voorlopig verslag") || phrase(s, p, w1, "eindverslag") ||
                 phrase(s, p, w1, "lijst van vragen"))
            m->kind = "verslag";
    }
    size_t w = ki_skip_blank(s, le, q), e;
    if (!(e = phrase(s, le, w, "dossier")) && !(e = phrase(s, le, w, "wetsvoorstel")) &&
        !(e = phrase(s, le, w, "kamerstukdossier")))
        return;
    size_t i = ki_skip_blank(s, le, e), j = digits(s, le, i, 5);
    if (j - i != 5 || (j < le && !ki_is_blank((unsigned char)s[j])))
        return;
    snprintf(m->self_id, sizeof m->self_id, "kst-%.5s-%.*s", s + i, (int)(b - a), s + a);
    snprintf(m->self_dossier, sizeof m->self_dossier, "%.5s", s + i);
}

/* A page about the document that names its place: "Onderdeel van
 * kamerstukdossier 35334 -407 Problematiek ..." (also "36200-XVI -12"). */
static void read_dossier_line(const char *s, size_t n, ki_docmeta *m)
{
    size_t p = find_phrase(s, n < HEAD ? n : HEAD, 0, "Onderdeel van kamerstukdossier");
    if (p == (size_t)-1) {
        read_added_line(s, n, m);
        return;
    }
    size_t le = line_end(s, n, p), i = ki_skip_blank(s, le, p + 30), e = digits(s, le, i, 5);
    if (e - i != 5)
        return;
    char sub[8] = "";
    size_t j = e;
    if (j < le && (s[j] == '-' || s[j] == ' ')) {
        size_t b = j + 1, c = b;
        while (c < le && c - b < 6 && ((s[c] >= 'A' && s[c] <= 'Z') || ki_is_digit((unsigned char)s[c])))
            c++;
        bool roman = c > b, dig = c - b == 2;
        for (size_t q = b; q < c; q++) {
            roman = roman && strchr("IVXL", s[q]);
            dig = dig && ki_is_digit((unsigned char)s[q]);
        }
        /* "21501-32 -1691", or the sub after a blank: "21501 32-1691" */
        if (((roman || (c - b == 1 && !dig) || (dig && s[j] == '-')) && c < le && s[c] == ' ') ||
            (dig && s[j] == ' ' && c < le && s[c] == '-')) {
            memcpy(sub, s + b, c - b);
            sub[c - b] = '\0';
            j = c;
        }
    }
    j = ki_skip_blank(s, le, j);
    if (j >= le || s[j] != '-')
        return;
    size_t a = j + 1, b = digits(s, le, a, 4);
    if (b == a || (b < le && !ki_is_blank((unsigned char)s[b]) && s[b] != '.'))
        return;
    snprintf(m->self_id, sizeof m->self_id, "kst-%.5s%s%s-%.*s", s + i, sub[0] ? "-" : "", sub, (int)(b - a),
             s + a);
    snprintf(m->self_dossier, sizeof m->self_dossier, "%.5s", s + i);
    snprintf(m->self_sub, sizeof m->self_sub, "%s", sub);
}

/* The running head a Kamerstuk prints on its pages after the first,
 * "Eerste Kamer, vergaderjaar 2026–2027, 36 702, H      2" or "Tweede
 * Kamer, vergaderjaar 2026–2027, 37 000 IX, nr. 2      143", a line of its
 * own: the document's own id when its first page's header is missing. */
static void read_running_head(const char *s, size_t n, ki_docmeta *m)
{
    static const char *const heads[] = {"Eerste Kamer, vergaderjaar", "Tweede Kamer, vergaderjaar"};
    char seen[64] = ""; /* one without a page number, found once so far */
    for (size_t h = 0; h < 2; h++) {
        for (size_t p = 0; (p = find_phrase(s, n, p, heads[h])) != (size_t)-1; p++) {
            if (!at_line_start(s, p))
                continue;
            size_t le = line_end(s, n, p), i = ki_skip_blank(s, le, p + strlen(heads[h]));
            /* the years: "2026–2027", "2026-2027" */
            size_t e = digits(s, le, i, 4);
            if (e - i != 4)
                continue;
            while (e < le && !ki_is_digit((unsigned char)s[e]) && e - i < 10)
                e++;
            size_t y2 = digits(s, le, e, 4);
            if (y2 - e != 4 || y2 >= le || s[y2] != ',')
                continue;
            i = ki_skip_blank(s, le, y2 + 1);
            char dos[8], sub[8] = "", nr[8];
            size_t d = digits(s, le, i, 5);
            if (d - i == 5) {
                memcpy(dos, s + i, 5);
            } else if (d - i == 2 && d + 4 <= le && s[d] == ' ' && digits(s, le, d + 1, 3) == d + 4) {
                memcpy(dos, s + i, 2);
                memcpy(dos + 2, s + d + 1, 3);
                d += 4;
            } else {
                continue;
            }
            dos[5] = '\0';
            if (d < le && (s[d] == ' ' || s[d] == '-')) {
                size_t b = d + 1, c = b;
                while (c < le && c - b < 7 && strchr("IVXL", s[c]) && s[c])
                    c++;
                if (c > b && c < le && s[c] == ',') {
                    memcpy(sub, s + b, c - b);
                    sub[c - b] = '\0';
                    d = c;
                }
            }
            if (d >= le || s[d] != ',')
                continue;
            size_t a = ki_skip_blank(s, le, d + 1), x, b;
            if ((x = phrase(s, le, a, "nr."))) {
                a = ki_skip_blank(s, le, x);
                b = digits(s, le, a, 4);
            } else {
                b = a;
                while (b < le && b - a < 2 && s[b] >= 'A' && s[b] <= 'Z')
                    b++;
            }
            if (b == a || (b < le && !ki_is_blank((unsigned char)s[b])))
                continue;
            /* then only the page number; without one, the same line again
             * (a citation on a line of its own is no running head) */
            size_t t = ki_skip_blank(s, le, b), u = digits(s, le, t, 4);
            if (ki_skip_blank(s, le, u) < le)
                continue;
            memcpy(nr, s + a, b - a);
            nr[b - a] = '\0';
            char id[64];
            snprintf(id, sizeof id, "kst-%s%s%s-%s", dos, sub[0] ? "-" : "", sub, nr);
            if (u == t && strcmp(id, seen) != 0) {
                snprintf(seen, sizeof seen, "%s", id);
                continue;
            }
            snprintf(m->self_id, sizeof m->self_id, "%s", id);
            snprintf(m->self_dossier, sizeof m->self_dossier, "%s", dos);
            snprintf(m->self_sub, sizeof m->self_sub, "%s", sub);
            return;
        }
    }
}

/* A Kamerstuk id as pages about a document write it: "35394-48",
 * "32123-XVIII-75", "21501-32-1691", "35925-E", "36800-XVI nr. B" (a table
 * cell), "kst-35394-48" after the "kst-" of an address.  Fills dos, sub and
 * nr; returns the end, or 0 when s[i..le) does not start with one. */
static size_t kst_token(const char *s, size_t le, size_t i, char dos[8], char sub[8], char nr[8])
{
    size_t e = digits(s, le, i, 5);
    if (e - i == 5) {
        memcpy(dos, s + i, 5);
    } else if (e - i == 2 && e + 3 < le && s[e] == ' ' && digits(s, le, e + 1, 3) == e + 4) {
        memcpy(dos, s + i, 2);
        memcpy(dos + 2, s + e + 1, 3);
        e += 4;
    } else {
        return 0;
    }
    dos[5] = '\0';
    /* the parts after dashes: [sub-]nr, or the sub when "nr." follows */
    size_t part[2][2], np = 0;
    while (np < 2 && e + 1 < le && s[e] == '-') {
        size_t b = e + 1, c = b;
        while (c < le && c - b < 7 && ((s[c] >= 'A' && s[c] <= 'Z') || ki_is_digit((unsigned char)s[c])))
            c++;
        if (c == b)
            break;
        part[np][0] = b;
        part[np][1] = c;
        np++;
        e = c;
    }
    if (e < le && (ki_is_letter((unsigned char)s[e]) || ki_is_digit((unsigned char)s[e])))
        return 0;
    size_t k = e, x;
    if (k < le && s[k] == ',')
        k++;
    k = ki_skip_blank(s, le, k);
    size_t nb = 0, ne = 0;
    if ((x = phrase(s, le, k, "nr.")) || (x = phrase(s, le, k, "nr"))) {
        nb = ki_skip_blank(s, le, x);
        ne = nb;
        while (ne < le && ne - nb < 4 && (ki_is_digit((unsigned char)s[ne]) || (s[ne] >= 'A' && s[ne] <= 'Z')))
            ne++;
        /* an older number's small letter: "25159 nr. 140b" */
        if (ne > nb && ne + 1 <= le && ki_is_digit((unsigned char)s[ne - 1]) && s[ne] >= 'a' && s[ne] <= 'h' &&
            !(ne + 1 < le && (ki_is_letter((unsigned char)s[ne + 1]) || ki_is_digit((unsigned char)s[ne + 1]))))
            ne++;
        if (ne == nb || (ne < le && (ki_is_letter((unsigned char)s[ne]) || ki_is_digit((unsigned char)s[ne]))))
            return 0;
        if (np > 1)
            return 0;
    } else {
        if (np == 0)
            return 0;
        np--;
        nb = part[np][0];
        ne = part[np][1];
    }
    sub[0] = '\0';
    if (np == 1) {
        size_t b = part[0][0], c = part[0][1];
        bool roman = true, dig = c - b == 2;
        for (size_t q = b; q < c; q++) {
            roman = roman && strchr("IVXL", s[q]);
            dig = dig && ki_is_digit((unsigned char)s[q]);
        }
        if (!(roman || dig || (c - b == 1 && s[b] >= 'A' && s[b] <= 'Z')))
            return 0;
        memcpy(sub, s + b, c - b);
        sub[c - b] = '\0';
    }
    bool numeric = ki_is_digit((unsigned char)s[nb]);
    /* (a number's small letter last: "140b") */
    size_t dl = ne - nb - (numeric && ne - nb > 1 && s[ne - 1] >= 'a' && s[ne - 1] <= 'h');
    for (size_t q = nb; q < nb + dl; q++)
        if (ki_is_digit((unsigned char)s[q]) != numeric)
            return 0;
    if (dl > (numeric ? 4u : 2u))
        return 0;
    memcpy(nr, s + nb, ne - nb);
    nr[ne - nb] = '\0';
    return ne;
}

/* A label's value on its line: "ID: 35394-48" -> the index after the
 * blanks that follow "ID:", or (size_t)-1 when the head has no such label. */
static size_t label_value(const char *s, size_t n, size_t lim, const char *label)
{
    size_t p = label_at(s, n, lim, label);
    if (p == (size_t)-1)
        return p;
    return ki_skip_blank(s, line_end(s, n, p), p + strlen(label));
}

/* A page about a Kamerstuk that names it by labels (the openkamer layout):
 * "Kamerstuk 35927-91" and its onderwerp on the next line, "Dossier: ...",
 * "Bron: https://zoek.officielebekendmakingen.nl/kst-35927-91.html", "ID:
 * 35927-91", then the document itself from "Nr. 91 BRIEF VAN ...".  Also an
 * officielebekendmakingen table row "| Eerste Kamer der Staten-Generaal |
 * 2025-2026 | 36800-XVI nr. B |" under "Dossier- en ondernummer".  Gives the
 * self id; with the Nr. line, the heading (*kindword) and the title. */
static void read_page_id(const char *s, size_t n, ki_docmeta *m, const char **kindword)
{
    size_t lim = n < HEAD ? n : HEAD, v, e = 0;
    char dos[8], sub[8], nr[8];
    if ((v = label_value(s, n, lim, "ID:")) != (size_t)-1)
        e = kst_token(s, line_end(s, n, v), v, dos, sub, nr);
    if (!e && (v = label_value(s, n, lim, "Bron:")) != (size_t)-1) {
        size_t le = line_end(s, n, v);
        const char *k = memmem(s + v, le - v, "/kst-", 5);
        if (k)
            e = kst_token(s, le, (size_t)(k - s) + 5, dos, sub, nr);
    }
    if (!e && (v = find_phrase(s, lim, 0, "Dossier- en ondernummer")) != (size_t)-1) {
        /* the row under the header row: its cell "36800-XVI nr. B" */
        size_t ls = line_end(s, n, v);
        for (int rows = 0; rows < 2 && ls < n && !e; rows++) {
            ls++;
            size_t le = line_end(s, n, ls);
            if (ls + 1 < le && (s[ls] == '|' || s[ls] == '-') && s[ls + 1] == '-') {
                rows--; /* the rule under the header row ("|---|", "---|---|") */
            } else if (ls < le && memchr(s + ls, '|', le - ls)) {
                /* the cells, the first also without a '|' before it */
                for (size_t c = ls; c < le && !e; c++)
                    if (s[c] == '|' || c == ls)
                        e = kst_token(s, le, ki_skip_blank(s, le, s[c] == '|' ? c + 1 : c), dos, sub, nr);
            }
            ls = le;
        }
        if (e && ki_skip_blank(s, n, e) < n && s[ki_skip_blank(s, n, e)] != '|')
            e = 0;
    }
    /* the row itself as a first line: "Tweede Kamer der Staten-Generaal |
     * 2007-2008 | 31444-XVI nr. 6 |" */
    size_t f = ki_skip_blank(s, lim, 0);
    if (!e && f < lim && s[f] == '|')
        f = ki_skip_blank(s, lim, f + 1);
    if (!e && (phrase(s, lim, f, "Tweede Kamer der Staten-Generaal") ||
               phrase(s, lim, f, "Eerste Kamer der Staten-Generaal"))) {
        size_t le = line_end(s, n, f);
        for (size_t c = f; c < le && !e; c++)
            if (s[c] == '|') {
                e = kst_token(s, le, ki_skip_blank(s, le, c + 1), dos, sub, nr);
                if (e && ki_skip_blank(s, le, e) < le && s[ki_skip_blank(s, le, e)] != '|')
                    e = 0;
            }
    }
    /* openkamer's first line "Kamerstuk 21501-04-120" alone: the id when
     * the document's own "Nr. 120 ..." line confirms it */
    bool confirm = false;
    if (!e && (v = phrase(s, lim, ki_skip_blank(s, lim, 0), "Kamerstuk"))) {
        size_t le = line_end(s, n, v), z = kst_token(s, le, ki_skip_blank(s, le, v), dos, sub, nr);
        if (z && ki_skip_blank(s, le, z) >= le) {
            e = z;
            confirm = true;
        }
    }
    if (!e)
        return;
    /* "Dossier: Wijziging van enkele belastingwetten ..." */
    if ((v = label_value(s, n, lim, "Dossier:")) != (size_t)-1) {
        size_t le = line_end(s, n, v);
        if (v < le)
            copy_clean(m->dossier_title, sizeof m->dossier_title, s + v, le - v);
    }
    /* the document's own heading: "Nr. 48 BRIEF VAN DE MINISTER ..." */
    size_t nl = strlen(nr), hs = 0, he = 0, nrline = (size_t)-1;
    for (size_t ls = 0; ls < lim;) {
        size_t le = line_end(s, n, ls), i = ki_skip_blank(s, le, ls), x;
        if ((x = phrase(s, le, i, "Nr.")) || (x = phrase(s, le, i, "Nr"))) {
            x = ki_skip_blank(s, le, x);
            if (x + nl < le && memcmp(s + x, nr, nl) == 0 && s[x + nl] == ' ' &&
                kind_word(s, le, ki_skip_blank(s, le, x + nl))) {
                hs = past_reprint(s, le, ki_skip_blank(s, le, x + nl));
                he = le;
                nrline = ls;
                break;
            }
            /* the kind on the line below: "nr. 44\nBRIEF VAN DE MINISTER ..." */
            size_t kl = x + nl <= le && memcmp(s + x, nr, nl) == 0 && ki_skip_blank(s, le, x + nl) >= le
                            ? next_text_line(s, n, ls)
                            : n;
            size_t ke = kl < n ? line_end(s, n, kl) : n;
            if (kl < n && kind_word(s, ke, ki_skip_blank(s, ke, kl))) {
                hs = past_reprint(s, ke, ki_skip_blank(s, ke, kl));
                he = ke;
                nrline = ls;
                break;
            }
        }
        ls = le < n ? le + 1 : n;
    }
    if (confirm && !he)
        return;
    snprintf(m->self_id, sizeof m->self_id, "kst-%s%s%s-%s", dos, sub[0] ? "-" : "", sub, nr);
    snprintf(m->self_dossier, sizeof m->self_dossier, "%s", dos);
    snprintf(m->self_sub, sizeof m->self_sub, "%s", sub);
    char heading[sizeof m->title] = "";
    if (he) {
        *kindword = s + hs;
        heading_case(heading, sizeof heading, s + hs, he - hs);
        m->body_start = he;
    }
    /* the onderwerp: the line after "Kamerstuk 35927-91"; when that line is
     * only the kind ("Verslag van een algemeen overleg"), the line after it
     * is the dossier's title ("Ontwikkelingsraad") */
    size_t p = label_at(s, n, lim, "Kamerstuk");
    char d2[8], s2[8], n2[8];
    if (p != (size_t)-1) {
        size_t le = line_end(s, n, p), k = ki_skip_blank(s, le, p + 9);
        size_t z = kst_token(s, le, k, d2, s2, n2);
        if (z && ki_skip_blank(s, le, z) >= le && strcmp(d2, dos) == 0 && strcmp(n2, nr) == 0) {
            size_t t = next_text_line(s, n, p), te = line_end(s, n, t);
            const char *colon = t < n ? memchr(s + t, ':', te - t) : NULL;
            /* not a label line ("Dossier: ...", "Gepubliceerd: ...") */
            if (t < n && t < nrline && te - t < 300 && !(colon && colon - (s + t) < 20)) {
                char line[sizeof m->title];
                copy_clean(line, sizeof line, s + t, te - t);
                if (heading[0] && strcasecmp(line, heading) == 0) {
                    size_t u = next_text_line(s, n, t), ue = line_end(s, n, u);
                    const char *c2 = u < n ? memchr(s + u, ':', ue - u) : NULL;
                    if (u < nrline && ue - u < 190 && !(c2 && c2 - (s + u) < 20) && !m->dossier_title[0])
                        copy_clean(m->dossier_title, sizeof m->dossier_title, s + u, ue - u);
                } else {
                    memcpy(m->title, line, sizeof line);
                    return;
                }
            }
        }
    }
    if (heading[0])
        compose_title(m, heading);
}

/* openkamer's page of answered Kamervragen: "Kamervraag 2023Z07890", the
 * question's title on the next line, "Beantwoord 22 mei 2023", "Bron
 * antwoord .../ah-tk-20222023-2665.html".  Gives self id, kind, date and
 * title. */
static void read_answer_page(const char *s, size_t n, const char *ref, ki_docmeta *m)
{
    size_t lim = n < HEAD ? n : HEAD, v;
    /* the Kamer's page "Antwoord van ... / Zie ook Aanhangsel Handelingen,
     * vergaderjaar 2021-2022, nr. 722." is read as a reference, not as the
     * answer's own id (gold doc-011) */
    if ((v = label_value(s, n, lim, "Bron antwoord")) == (size_t)-1)
        return;
    size_t le = line_end(s, n, v);
    const char *k = memmem(s + v, le - v, "/ah-", 4);
    if (!k)
        return;
    size_t a = (size_t)(k - s) + 4, b = a;
    while (b < le && (ki_is_digit((unsigned char)s[b]) || (s[b] >= 'a' && s[b] <= 'z') || s[b] == '-'))
        b++;
    while (b > a && s[b - 1] == '-')
        b--;
    if (b - a < 14 || !(phrase(s, le, a, "tk") || phrase(s, le, a, "ek")))
        return;
    snprintf(m->self_id, sizeof m->self_id, "ah-%.*s", (int)(b - a), s + a);
    m->body_start = le;
    m->kind = "antwoord";
    if ((v = label_at(s, n, lim, "Beantwoord")) != (size_t)-1 && !phrase(s, n, v, "Beantwoord door"))
        date_after(s, n, v + 10, false, ref, m->date);
    size_t f = ki_skip_blank(s, n, 0);
    if (phrase(s, n, f, "Kamervraag")) {
        size_t t = next_text_line(s, n, f), te = line_end(s, n, t);
        const char *colon = t < n ? memchr(s + t, ':', te - t) : NULL;
        if (t < n && te - t < 300 && !(colon && colon - (s + t) < 20) && !phrase(s, te, t, "Ingediend"))
            copy_clean(m->title, sizeof m->title, s + t, te - t);
    }
}

/* openkamer's list of Kamervragen: the title in the first row ("Een
 * gat in de begroting |"), the askers "Naam (Partij), ... |" and the one who
 * answers "Naam (minister van x) (Partij) |" in the rows below, then each
 * question on a line ending in '?', its answer (when given) on the next.
 * Gives the title, and kind antwoord when a question has its answer. */
static void read_question_list(const char *s, size_t n, ki_docmeta *m)
{
    size_t a = ki_skip_blank(s, n, 0), e = line_end(s, n, a), b = e;
    while (b > a && ki_is_blank((unsigned char)s[b - 1]))
        b--;
    if (b < a + 12 || s[b - 1] != '|' || b - a > 200)
        return;
    size_t lim = n < HEAD ? n : HEAD, ls = e, q = (size_t)-1;
    bool office = false;
    for (int rows = 0; rows < 16 && ls < lim && q == (size_t)-1; rows++) {
        ls = ki_skip_blank(s, n, ls);
        size_t le = line_end(s, n, ls), z = le;
        while (z > ls && ki_is_blank((unsigned char)s[z - 1]))
            z--;
        size_t y = z; /* "... Oekraïne?1": a footnote mark after the '?' */
        while (y > ls && z - y < 2 && ki_is_digit((unsigned char)s[y - 1]))
            y--;
        if (y < z && y > ls && s[y - 1] == '?')
            z = y;
        if (z > ls && s[z - 1] == '|') {
            const char *o = memmem(s + ls, z - ls, " (minister", 10);
            if (!o)
                o = memmem(s + ls, z - ls, " (staatssecretaris", 18);
            office = office || o;
        } else if (z > ls && s[z - 1] == '?') {
            q = le;
        } else {
            break;
        }
        ls = le;
    }
    if (!office || q == (size_t)-1)
        return;
    while (b > a && (s[b - 1] == '|' || ki_is_blank((unsigned char)s[b - 1])))
        b--;
    copy_clean(m->title, sizeof m->title, s + a, b - a);
    /* an answer: the line after a question is none */
    size_t f = ki_skip_blank(s, n, q), fe = line_end(s, n, f);
    while (fe > f && ki_is_blank((unsigned char)s[fe - 1]))
        fe--;
    if (f < fe && s[fe - 1] != '?' && s[fe - 1] != '|')
        m->kind = "antwoord";
}

/* The Eerste Kamer's own page of a sitting: "Verslag van de vergadering van
 * 16 mei 2023 (2022/2023 nr. 31)" near the top (glued to the item title
 * before it when the page was flattened).  Gives self id, date and that
 * title; the house is "ek" unless the head names the Tweede Kamer. */
static bool read_hand_verslag(const char *s, size_t n, ki_docmeta *m, const char *house)
{
    static const char key[] = "erslag van de vergadering van ";
    size_t lim = n < 800 ? n : 800;
    /* the key's "vergadering van " starts a word: none, no key (the head
     * index answers that for most texts) */
    if (find_phrase(s, lim, 0, "vergadering van") == (size_t)-1)
        return false;
    const char *hit = memmem(s, lim, key, sizeof key - 1);
    if (!hit || hit == s || (hit[-1] != 'V' && hit[-1] != 'v'))
        return false;
    size_t i = (size_t)(hit - s) + sizeof key - 1;
    ki_date d;
    char iso[11], yy[9];
    size_t le = line_end(s, n, i);
    const char *br = memchr(s + i, '(', le - i);
    if (!br || !ki_date_find(s + i, (size_t)(br - s) - i, &d) || !d.year || !ki_date_resolve(&d, NULL, iso))
        return false;
    size_t j = (size_t)(br - s) + 1, e = vj_at(s, le, j, yy);
    if (e == j)
        return false;
    j = ki_skip_blank(s, le, e);
    if (!(e = phrase(s, le, j, "nr.")))
        return false;
    size_t a = ki_skip_blank(s, le, e), b = digits(s, le, a, 3);
    if (b == a || b >= le || s[b] != ')')
        return false;
    /* the form is the Eerste Kamer's; only a page naming the Tweede Kamer in
     * its head, before the sitting opens ("Aan de orde is ..."), is hers: a
     * speech that names her ("Een ondervragingscommissie van de Tweede
     * Kamer beschreef ...") is no house */
    size_t head = n < HEAD ? n : HEAD, ao = find_phrase(s, head, i, "Aan de orde");
    if (ao != (size_t)-1)
        head = ao;
    if (!has(s, n, head, "Tweede Kamer"))
        house = "ek";
    snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%.*s", house, yy, (int)(b - a), s + a);
    memcpy(m->date, iso, 11);
    /* the item's title glued in front: "Stemmingen moties ...Verslag van" */
    size_t ts = line_start(s, (size_t)(hit - s)), te = (size_t)(hit - s) - 1;
    ts = ki_skip_blank(s, te, ts);
    if (te > ts && !m->title[0])
        copy_clean(m->title, sizeof m->title, s + ts, te - ts);
    else if (!m->title[0] && ki_skip_blank(s, n, 0) + 1 == (size_t)(hit - s))
        /* the page starts with it: the heading itself, without its number */
        copy_clean(m->title, sizeof m->title, hit - 1, (size_t)(br - hit) + 1);
    return true;
}

/* The cover of one sitting's Handelingen, its table of contents, flattened
 * to a line as a PDF's first page reads: "1 Handelingen 2 Vergaderjaar der
 * Staten-Generaal 16 16de vergadering Religie en publiek domein Wonen, ...".
 * A line near the top that starts with "Handelingen" (after a page number)
 * and names the ordinal of its vergadering, without the vergaderjaar, "nr."
 * or page of a citation ("3 Handelingen II 2009/10, 16e vergadering, blz.
 * 12"): kind handelingen, the items after the ordinal its title.  A date
 * right before an ordinal vergadering in the head ("27 oktober 2009 16de
 * vergadering") or after it ("16de vergadering, dinsdag 27 oktober 2009") is
 * its date, and with it the vergaderjaar of its id. */
static bool read_hand_cover(const char *s, size_t n, ki_docmeta *m, const char *house)
{
    size_t lim = n < 1500 ? n : 1500, ls, le = 0, v = (size_t)-1, oa = 0, ob = 0;
    /* the word "Handelingen" starts no line when it starts no word: the head
     * index answers that for a text it holds whole, but for a word after a
     * no-break space (C2 A0: its A0 is no word's border there) */
    if (absent(s, n, "Handelingen") && !memchr(s, 0xC2, n))
        return false;
    for (ls = 0; ls < lim; ls = le + 1) {
        le = line_end(s, n, ls);
        size_t i = ki_skip_blank(s, le, ls), k = digits(s, le, i, 3);
        if (k > i && k < le && s[k] == ' ')
            i = ki_skip_blank(s, le, k);
        if (!phrase(s, le, i, "Handelingen"))
            continue;
        char yy[9];
        bool cite = false;
        for (size_t j = i; j < le && !cite; j++)
            cite = (j == i || !ki_is_letter((unsigned char)s[j - 1])) &&
                   (phrase(s, le, j, "nr.") || phrase(s, le, j, "blz.") || phrase(s, le, j, "item") ||
                    (ki_is_digit((unsigned char)s[j]) && vj_at(s, le, j, yy) > j));
        for (size_t from = i; !cite && (v = find_phrase(s, le, from, "vergadering")) != (size_t)-1; from = v + 1)
            if (ordinal_before(s, v, &oa, &ob))
                break;
        if (!cite && v != (size_t)-1)
            break;
        v = (size_t)-1;
        if (le >= n)
            break;
    }
    if (v == (size_t)-1)
        return false;
    m->kind = "handelingen";
    size_t t = ki_skip_blank(s, le, v + 11);
    if (t < le && s[t] >= 'A' && s[t] <= 'Z' && !m->title[0])
        copy_clean(m->title, sizeof m->title, s + t, le - t);
    /* the date: before or after an ordinal vergadering in the head */
    for (size_t from = 0, w; !m->date[0] && (w = find_phrase(s, lim, from, "vergadering")) != (size_t)-1;
         from = w + 1) {
        size_t a, b;
        if (!ordinal_before(s, w, &a, &b))
            continue;
        ki_date d;
        size_t at = line_start(s, a);
        while (at < a && ki_date_find(s + at, a - at, &d)) {
            if (ki_skip_blank(s, a, at + d.end) == a && d.year)
                ki_date_resolve(&d, NULL, m->date);
            at += d.end;
        }
        if (!m->date[0])
            date_after(s, n, w + 11, true, NULL, m->date);
        if (m->date[0] && b - a == ob - oa && memcmp(s + a, s + oa, b - a) == 0) {
            char yy[9];
            year_of_sitting(m->date, yy);
            snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%.*s", house, yy, (int)(b - a), s + a);
        }
    }
    return true;
}

/* The sitting numbered num[0, nl) whose date stands within two lines after
 * the line end ls ("39e vergadering / Donderdag 19 december 2019"): sets
 * m's self id "h-HOUSE-VERGADERJAAR-NUM", the vergaderjaar that of the
 * date, and the date in iso.  False, m untouched, when no date is there. */
static bool sitting_below(const char *s, size_t n, size_t ls, const char *house, const char *num, size_t nl,
                          ki_docmeta *m, char iso[11])
{
    for (int lines = 0; lines < 2 && ls < n; lines++) {
        size_t ds = ki_skip_blank(s, n, ls), de = line_end(s, n, ds);
        ki_date d;
        if (ds < de && ki_date_find(s + ds, de - ds, &d) && d.year && ki_date_resolve(&d, NULL, iso)) {
            char yy[9];
            year_of_sitting(iso, yy);
            snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%.*s", house, yy, (int)nl, num);
            return true;
        }
        ls = de;
    }
    return false;
}

/* An older sitting's own opening, as its first item prints it: "76ste
 * vergadering / Donderdag 1 mei 1997 / 10.15 uur / Voorzitter: Weisglas /
 * Tegenwoordig zijn 82 leden, te weten: ...".  The number is the sitting's,
 * its vergaderjaar that of the date below it (within two lines); the chair
 * or the roll call says it is a sitting.  Gives self id and date. */
static bool read_hand_opening(const char *s, size_t n, ki_docmeta *m, const char *house)
{
    size_t i = ki_skip_blank(s, n, 0), le = line_end(s, n, i), a, b;
    size_t v = find_phrase(s, le, i, "vergadering");
    bool ok = v != (size_t)-1 && ordinal_before(s, v, &a, &b) && a == i && ki_skip_blank(s, le, v + 11) >= le;
    /* the Eerste Kamer's older stenogram numbers its header fields, the
     * first lines of the page: "*0: EK / *1: 2003-2004 / ... / *3:
     * WordXP*4: 1ste vergadering / *5: Dinsdag 30 september 2003" -- the
     * ordinal right after such a mark, ending its line */
    for (size_t from = 0, lim = n < 600 ? n : 600; !ok && (v = find_phrase(s, lim, from, "vergadering")) != (size_t)-1;
         from = v + 1) {
        le = line_end(s, n, v);
        ok = ordinal_before(s, v, &a, &b) && a >= 4 && s[a - 1] == ' ' && s[a - 2] == ':' &&
             ki_is_digit((unsigned char)s[a - 3]) && s[a - 4] == '*' && ki_skip_blank(s, le, v + 11) >= le;
    }
    if (!ok)
        return false;
    if (label_at(s, n, 600, "Voorzitter:") == (size_t)-1 && label_at(s, n, 600, "Tegenwoordig zijn") == (size_t)-1)
        return false;
    char iso[11];
    if (!sitting_below(s, n, le, house, s + a, b - a, m, iso))
        return false;
    if (!m->date[0])
        memcpy(m->date, iso, sizeof iso);
    return true;
}

/* tweedekamer.nl's sitting: "Plenair verslag Tweede Kamer, 39e vergadering /
 * Donderdag 19 december 2019" (or "Plenair verslag / Tweede Kamer, 91e
 * vergadering / Donderdag 2 juli 2020").  The number is the sitting's, its
 * vergaderjaar that of the date within two lines below it. */
static bool read_hand_plenair(const char *s, size_t n, ki_docmeta *m)
{
    size_t pv = label_at(s, n, 300, "Plenair verslag");
    if (pv == (size_t)-1)
        return false;
    size_t lim = pv + 160 < n ? pv + 160 : n, v = find_phrase(s, lim, pv + 15, "vergadering"), a, b;
    if (v == (size_t)-1 || !ordinal_before(s, v, &a, &b))
        return false;
    size_t kam = find_phrase(s, a, pv + 15, "Kamer");
    if (kam == (size_t)-1 || line_start(s, kam) != line_start(s, a))
        return false;
    const char *house = find_phrase(s, a, pv + 15, "Eerste Kamer") != (size_t)-1 ? "ek" : "tk";
    char iso[11];
    return sitting_below(s, n, line_end(s, n, v), house, s + a, b - a, m, iso);
}

/* The house of the Handelingen at the head of s: the one whose name the
 * header writes in full ("Tweede Kamer der Staten-Generaal2012-2013nr. 13,
 * item 7"), the first when both are; else "ek" when the head names the
 * Eerste Kamer at all.  A Tweede Kamer sitting speaks of the Eerste Kamer
 * ("de Eerste Kamer te laten weten dat ..."), which makes it none of hers. */
static const char *head_house(const char *s, size_t n)
{
    size_t lim = n < 600 ? n : 600;
    size_t tk = find_phrase(s, lim, 0, "Tweede Kamer der Staten"), ek = find_phrase(s, lim, 0, "Eerste Kamer der Staten");
    if (tk != (size_t)-1 || ek != (size_t)-1)
        return tk < ek ? "tk" : "ek";
    return has(s, n, 600, "Eerste Kamer") ? "ek" : "tk";
}

/* Whether the line above the one holding p says only "Handelingen" (its
 * chamber, "II"/"I", after it allowed), and the one above that names the
 * house: the head officielebekendmakingen gives a sitting's item,
 * "Tweede Kamer der Staten-Generaal⏎Handelingen⏎2026-2027 nr. 26, item 6",
 * the year opening p's line. */
static bool hand_line_above(const char *s, size_t n, size_t p)
{
    size_t ls = line_start(s, p), b = p;
    while (b > ls && ki_is_blank((unsigned char)s[b - 1]))
        b--;
    if (ls < 2 || ki_skip_blank(s, b, ls) + strlen("2026-2027") != b) /* the year alone before p */
        return false;
    size_t he = ls - 1, hs = line_start(s, he), e, c;
    if (!(e = phrase(s, he, ki_skip_blank(s, he, hs), "Handelingen")))
        return false;
    e = ki_skip_blank(s, he, e);
    if ((c = phrase(s, he, e, "II")) || (c = phrase(s, he, e, "I")))
        e = ki_skip_blank(s, he, c);
    if (e != he || hs < 2)
        return false;
    size_t ke = hs - 1, k = ki_skip_blank(s, ke, line_start(s, ke));
    return k < n && (phrase(s, ke, k, "Tweede Kamer") || phrase(s, ke, k, "Eerste Kamer"));
}

/* Aanhangsel: a line holding only the number; Handelingen: "45e vergadering"
 * and the item line "12 Femicide" after "Vergaderjaar"; the Kamer's running
 * header "5 maart 2024 TK 58 58-15-1"; officielebekendmakingen's line
 * "2023-2024 nr. 45, item 12". */
static void read_self_hand(const char *s, size_t n, ki_docmeta *m)
{
    char yy[9];
    if (m->self_id[0] || read_hand_first(s, n, m))
        return;
    const char *house = head_house(s, n);
    size_t lim = n < HEAD ? n : HEAD;
    if (!head_year(s, n, yy)) {
        if (read_hand_running(s, n, m, house) || read_hand_verslag(s, n, m, house) ||
            read_hand_opening(s, n, m, house))
            return;
        if (read_hand_plenair(s, n, m))
            return;
        /* eerstekamer.nl's sitting: "Parlementair jaar 2020/2021, 26e
         * vergadering"; the page may glue it to the date above it: "... van
         * dinsdag 25 september 2018Parlementair jaar 2018/2019, 1e
         * vergadering", whose year then ends where the label begins */
        size_t pj = label_at(s, n, 800, "Parlementair jaar"), e;
        if (pj == (size_t)-1) {
            size_t g = find_phrase(s, n < 800 ? n : 800, 0, "Parlementair jaar");
            if (g != (size_t)-1 && g >= 4 && digits(s, g, g - 4, 4) == g && !ki_is_digit((unsigned char)s[g - 5])) {
                size_t ls = line_start(s, g);
                ki_date d;
                if (!m->date[0] && ki_date_find(s + ls, g - ls, &d) && d.year && ls + d.end == g)
                    ki_date_resolve(&d, NULL, m->date);
                pj = g;
            }
        }
        if (pj != (size_t)-1) {
            size_t le = line_end(s, n, pj), i = ki_skip_blank(s, le, pj + 17);
            if ((e = vj_at(s, le, i, yy)) > i) {
                i = ki_skip_blank(s, le, e);
                if (i < le && s[i] == ',')
                    i = ki_skip_blank(s, le, i + 1);
                size_t d = digits(s, le, i, 3);
                if (d > i && d + 1 < le && s[d] == 'e' && phrase(s, le, ki_skip_blank(s, le, d + 1), "vergadering"))
                    snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%.*s",
                             has(s, n, 600, "Tweede Kamer") ? "tk" : "ek", yy, (int)(d - i), s + i);
            }
            return;
        }
        if (read_hand_cover(s, n, m, house))
            return;
        /* "Tweede Kamer der Staten-Generaal 2019-2020 nr. 31, item 8"; or on
         * lines of their own: "Tweede Kamer der Staten-Generaal⏎Handelingen⏎
         * 2026-2027 nr. 26, item 6" */
        size_t p = find_phrase(s, n < 600 ? n : 600, 0, "nr.");
        /* (or the citation as a line of its own near the top: "Tweede Kamer
         * der Staten-Generaal⏎Handelingen II 2026-2027, nr. 14, item 7") */
        size_t pl = p != (size_t)-1 ? line_start(s, p) : 0;
        bool cite_line = p != (size_t)-1 && pl < 200 && phrase(s, p, ki_skip_blank(s, p, pl), "Handelingen");
        if (p != (size_t)-1 && p >= 9 &&
            (has(s, n, 40, "Handeling") || has(s, n, 300, "Datum vergadering") || hand_line_above(s, n, p) ||
             cite_line)) {
            size_t b = p;
            while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
                b--;
            if (cite_line && b > pl && s[b - 1] == ',')
                b--;
            size_t a = digits(s, n, b >= 9 ? b - 9 : b, 4);
            /* the year "2025-2026", or short "2025/26" ("Handelingen I
             * 2025/26, nr. 12, item 6") */
            char yv[9] = "";
            if (b >= 9 && a == b - 5 && s[a] == '-' && digits(s, n, a + 1, 4) == b) {
                memcpy(yv, s + b - 9, 4);
                memcpy(yv + 4, s + b - 4, 4);
            } else if (cite_line && b >= 7 && digits(s, n, b - 7, 4) == b - 3 && (s[b - 3] == '/' || s[b - 3] == '-') &&
                       digits(s, n, b - 2, 2) == b && (b < 8 || !ki_is_digit((unsigned char)s[b - 8]))) {
                memcpy(yv, s + b - 7, 4);
                memcpy(yv + 4, s + b - 7, 2);
                memcpy(yv + 6, s + b - 2, 2);
            }
            if (yv[0]) {
                size_t q = ki_skip_blank(s, n, p + 3), r = digits(s, n, q, 4), it;
                size_t after = r < n && s[r] == ',' ? ki_skip_blank(s, n, r + 1) : r;
                if (r > q && (after == r ? r >= n || ki_is_blank((unsigned char)s[r])
                                         : phrase(s, n, after, "pagina") || phrase(s, n, after, "blz."))) {
                    /* the Handelingen of before 2011/12 are numbered by
                     * vergadering and page: "2007-2008nr. 67, pagina
                     * 4709-4713", and officielebekendmakingen names them by
                     * their pages: h-tk-20072008-4709-4713.  Without a page
                     * range there is no id to give. */
                    size_t pg = after == r ? 0 : phrase(s, n, after, "pagina") ? phrase(s, n, after, "pagina")
                                                                               : phrase(s, n, after, "blz.");
                    size_t p0 = pg ? ki_skip_blank(s, n, pg) : 0, p1 = pg ? digits(s, n, p0, 5) : 0;
                    size_t p2 = p1 > p0 && p1 + 1 < n && s[p1] == '-' ? digits(s, n, p1 + 1, 5) : 0;
                    if (p2 > p1 + 1) {
                        snprintf(m->self_id, sizeof m->self_id, "h-%s-%.8s-%.*s-%.*s", house, yv,
                                 (int)(p1 - p0), s + p0, (int)(p2 - p1 - 1), s + p1 + 1);
                        /* the item's heading on the next line, without a
                         * number then: "Regeling van werkzaamheden" (not
                         * "Aan de orde is ...", a sentence, nor "De voorzitter:") */
                        size_t nl = next_text_line(s, n, p2), f = ki_skip_blank(s, n, nl);
                        size_t ie = line_end(s, n, f), t = ie;
                        while (t > f && ki_is_blank((unsigned char)s[t - 1]))
                            t--;
                        if (nl < n && !m->title[0] && t > f && t - f <= 120 && s[f] >= 'A' && s[f] <= 'Z' &&
                            (ki_is_letter((unsigned char)s[t - 1]) || ki_is_digit((unsigned char)s[t - 1]) ||
                             s[t - 1] == ')'))
                            copy_clean(m->title, sizeof m->title, s + f, t - f);
                    }
                } else if (r > q && r + 1 < n && s[r] == ',' &&
                    (it = phrase(s, n, after, "item"))) {
                    size_t u = ki_skip_blank(s, n, it), w = digits(s, n, u, 3);
                    if (w > u) {
                        snprintf(m->self_id, sizeof m->self_id, "h-%s-%.8s-%.*s-%.*s", house, yv,
                                 (int)(r - q), s + q, (int)(w - u), s + u);
                        /* the head ends with the id's line: the id is none of its citations */
                        if (m->body_start < line_end(s, n, w))
                            m->body_start = line_end(s, n, w);
                        /* the item's title: "8 Stemmingen moties MIRT" */
                        size_t nl = next_text_line(s, n, w), f = ki_skip_blank(s, n, nl);
                        size_t ie = line_end(s, n, f);
                        if (nl < n && digits(s, ie, f, 3) == f + (w - u) &&
                            memcmp(s + f, s + u, w - u) == 0 && f + (w - u) < ie &&
                            s[f + (w - u)] == ' ')
                            copy_clean(m->title, sizeof m->title, s + f + (w - u), ie - f - (w - u));
                    }
                }
            }
        }
        return;
    }
    if (has(s, n, 1500, "Aanhangsel van de Handelingen")) {
        for (size_t ls = 0; ls < lim; ls = line_end(s, n, ls) + 1) {
            size_t i = ki_skip_blank(s, lim, ls), e = line_end(s, n, ls), k;
            /* (or after "Nr.", as a web page prints it: "Nr. 611") */
            if (i + 4 < e && memcmp(s + i, "Nr. ", 4) == 0)
                i = ki_skip_blank(s, e, i + 4);
            k = i;
            while (k < e && ki_is_digit((unsigned char)s[k]))
                k++;
            /* not the chamber's mark under its name: "Tweede Kamer der
             * Staten-Generaal⏎2⏎Vergaderjaar 2008–2009" (1 for the Eerste) */
            bool mark = false;
            if (k == i + 1 && (s[i] == '1' || s[i] == '2') && ls > 0) {
                size_t pe = ls - 1;
                while (pe > 0 && ki_is_blank((unsigned char)s[pe - 1]))
                    pe--;
                mark = pe >= 15 && memcmp(s + pe - 15, "Staten-Generaal", 15) == 0;
            }
            if (k > i && k - i <= 5 && !mark && ki_skip_blank(s, e, k) >= e) {
                snprintf(m->self_id, sizeof m->self_id, "ah-%s-%s-%.*s", house, yy, (int)(k - i), s + i);
                return;
            }
            if (e >= lim)
                break;
        }
        /* a page a transcript ran into one line: "... gegeven antwoorden
         * 2345 Vragen van het lid ..." */
        size_t nr, nre;
        if (run_on_questions(s, lim, lim, &nr, &nre) != (size_t)-1)
            snprintf(m->self_id, sizeof m->self_id, "ah-%s-%s-%.*s", house, yy, (int)(nre - nr), s + nr);
        return;
    }
    /* the vergadering: "45e vergadering", or "Vergaderjaar 2025-2026, nr. 24"
     * as the Kamer's Handelingen PDF writes it */
    int nr = 0, item = 0;
    size_t yl = head_year_at(s, n);
    size_t y = yl + 12, e;
    while (y < lim && (ki_is_digit((unsigned char)s[y]) || s[y] == '-' || s[y] == '/' || s[y] == ' ' ||
                       (unsigned char)s[y] >= 0x80))
        y++;
    if (y < lim && s[y] == ',')
        y = ki_skip_blank(s, lim, y + 1);
    if (at_line_start(s, yl) && ((e = phrase(s, lim, y, "nr.")) || (e = phrase(s, lim, y, "nr")))) {
        size_t q = ki_skip_blank(s, lim, e), r = digits(s, lim, q, 3);
        if (r > q)
            nr = atoi(s + q);
        /* and its item on the same line: "Vergaderjaar 2025-2026, nr. 21, item 5" */
        size_t c = r < lim && s[r] == ',' ? r + 1 : r, it;
        c = ki_skip_blank(s, line_end(s, n, yl), c);
        if (r > q && (it = phrase(s, line_end(s, n, yl), c, "item"))) {
            size_t u = ki_skip_blank(s, lim, it), w = digits(s, lim, u, 3);
            if (w > u && ki_skip_blank(s, line_end(s, n, yl), w) >= line_end(s, n, yl))
                item = atoi(s + u);
        }
    }
    /* tweedekamer.nl's stenogram: "Vergaderingnummer 86" */
    size_t vn = label_at(s, n, lim, "Vergaderingnummer");
    if (!nr && vn != (size_t)-1) {
        size_t q = ki_skip_blank(s, lim, vn + 17), r = digits(s, lim, q, 3);
        if (r > q)
            nr = atoi(s + q);
    }
    size_t v = find_phrase(s, lim, 0, "vergadering"), oa, ob;
    if (!nr && v != (size_t)-1 && ordinal_before(s, v, &oa, &ob)) /* "45e", "16de", "1ste" */
        nr = atoi(s + oa);
    if (!nr)
        return;
    /* the stenogram's item line stands above: "Stenogram : Wet open overheid
     * / 13 Wet open overheid / Vergaderjaar 2024-2025" */
    if (vn != (size_t)-1 && yl > 0) {
        size_t ps = line_start(s, yl - 1), i = ki_skip_blank(s, yl, ps), le = line_end(s, n, ps), k = digits(s, le, i, 3);
        if (k > i && k + 1 < le && s[k] == ' ' && s[k + 1] >= 'A' && s[k + 1] <= 'Z') {
            snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%d-%.*s", house, yy, nr, (int)(k - i), s + i);
            if (!m->title[0])
                copy_clean(m->title, sizeof m->title, s + k + 1, le - k - 1);
            return;
        }
    }
    /* the item line "12 Femicide" right after, a date line between allowed */
    int lines = 0;
    for (size_t ls = line_end(s, n, yl) + 1; ls < lim && lines < 3; ls = line_end(s, n, ls) + 1) {
        size_t i = ki_skip_blank(s, lim, ls), le = line_end(s, n, ls), k = i;
        if (i >= le)
            continue;
        lines++;
        while (k < le && ki_is_digit((unsigned char)s[k]))
            k++;
        if (k > i && k - i <= 3 && k < le && s[k] == ' ' && k + 1 < le && s[k + 1] >= 'A' && s[k + 1] <= 'Z') {
            snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%d-%.*s", house, yy, nr, (int)(k - i), s + i);
            if (!m->title[0])
                copy_clean(m->title, sizeof m->title, s + k + 1, le - k - 1);
            return;
        }
        /* the number alone, its title on the next line ("5\nWet versterking
         * lokale rekenkamers", one blank line between allowed), which is a
         * title: no sentence, no label */
        if (k > i && k - i <= 3 && ki_skip_blank(s, le, k) >= le && le < n) {
            size_t f = ki_skip_blank(s, n, le), fe = line_end(s, n, f), t = fe;
            while (t > f && ki_is_blank((unsigned char)s[t - 1]))
                t--;
            int blank = 0;
            for (size_t q = le + 1; q < f; q++)
                blank += s[q] == '\n';
            if (f < n && f > le && blank <= 1 && s[f] >= 'A' && s[f] <= 'Z' &&
                t - f <= 120 && s[t - 1] != '.' && s[t - 1] != ':' && s[t - 1] != ',' &&
                !phrase(s, fe, f, "Aan de orde")) {
                snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%d-%.*s", house, yy, nr, (int)(k - i), s + i);
                if (!m->title[0])
                    copy_clean(m->title, sizeof m->title, s + f, t - f);
                return;
            }
        }
        bool dayline = false;
        /* "dinsdag 15 december 2026", "Vergadering van dinsdag 15 december 2026" */
        size_t dw = phrase(s, le, i, "Vergadering van");
        dw = dw ? ki_skip_blank(s, le, dw) : i;
        for (size_t w = 0; w < 7 && !dayline; w++)
            dayline = phrase(s, le, dw, weekdays[w]) != 0;
        if (!dayline)
            break;
    }
    if (item)
        snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%d-%d", house, yy, nr, item);
    else
        snprintf(m->self_id, sizeof m->self_id, "h-%s-%s-%d", house, yy, nr);
}

/* Handelingen of a plenary follow-up: "Aan de orde is het tweeminutendebat X
 * (CD d.d. 24/09)", "... (CD 7/3)", "Aan de orde is het debat naar aanleiding
 * van een algemeen overleg op 27 maart 2008 over X": the committee debate's
 * date, resolved against the document's (ref when it has none). */
static void read_prior_debate(const char *s, size_t n, const char *ref, ki_docmeta *m)
{
    size_t lim = n < 3000 ? n : 3000;
    size_t p = find_phrase(s, lim, 0, "Aan de orde is het");
    if (p == (size_t)-1)
        return;
    size_t le = line_end(s, n, p);
    if (!(find_phrase(s, le, p, "tweeminutendebat") != (size_t)-1 ||
          find_phrase(s, le, p, "naar aanleiding van een") != (size_t)-1 ||
          find_phrase(s, le, p, "dertigledendebat") != (size_t)-1))
        return;
    ki_date d;
    if (ki_date_find(s + p, le - p, &d))
        ki_date_resolve(&d, m->date[0] ? m->date : ref, m->prior_date);
}

/* A member's turn in the head, as Handelingen write it: a line "De heer
 * Smaling (SP):" or "Mevrouw Van Veldhoven (D66):". */
static bool speaker_label(const char *s, size_t n)
{
    static const char *const who[] = {"De heer", "Mevrouw"};
    for (size_t k = 0; k < 2; k++) {
        size_t from = 0, at, lim = n < HEAD ? n : HEAD;
        while ((at = find_phrase(s, lim, from, who[k])) != (size_t)-1) {
            from = at + 1;
            size_t le = line_end(s, n, at);
            while (le > at && ki_is_blank((unsigned char)s[le - 1]))
                le--;
            if (at_line_start(s, at) && le - at < 80 && le - at > 10 && s[le - 1] == ':' && s[le - 2] == ')' &&
                memchr(s + at, '(', le - at))
                return true;
        }
    }
    return false;
}

/* A news report's dateline opening one of its first paragraphs: a place
 * and a dash before the first sentence ("Den Haag \u2013 De Eerste
 * Kamercommissie ...", "AMSTERDAM - Het kabinet ..."), within the first 800
 * bytes.  No Kamer document, letter or minutes opens a paragraph so. */
static bool news_dateline(const char *s, size_t n)
{
    size_t lim = n < 800 ? n : 800;
    for (size_t ls = 0, le; ls < lim; ls = le + 1) {
        size_t i = ki_skip_blank(s, lim, ls), j = i;
        le = line_end(s, n, ls);
        /* a paragraph: more than 80 bytes (asked first: most lines are shorter) */
        if (i >= le || !(s[i] >= 'A' && s[i] <= 'Z') || le - i <= 80)
            continue;
        /* the place: one to three words, capitalised ("Den Haag", "'s-Hertogenbosch" is rare here) */
        for (int w = 0; w < 3; w++) {
            size_t k = j;
            while (k < le && (ki_is_letter((unsigned char)s[k]) || s[k] == '-' || s[k] == '\''))
                k++;
            if (k == j || !(s[j] >= 'A' && s[j] <= 'Z'))
                break;
            j = k;
            if (j + 1 < le && s[j] == ' ' && s[j + 1] >= 'A' && s[j + 1] <= 'Z' &&
                !(j + 2 < le && s[j + 2] == ' '))
                j++;
            else
                break;
        }
        if (j == i || j >= le || s[j] != ' ')
            continue;
        size_t d = j + 1, e = 0;
        if (d < le && s[d] == '-')
            e = d + 1;
        else if (d + 2 < le && (unsigned char)s[d] == 0xE2 && (unsigned char)s[d + 1] == 0x80 &&
                 ((unsigned char)s[d + 2] == 0x93 || (unsigned char)s[d + 2] == 0x94))
            e = d + 3; /* an en or em dash */
        if (e && e + 1 < le && s[e] == ' ' && s[e + 1] >= 'A' && s[e + 1] <= 'Z')
            return true;
    }
    return false;
}

/* A letter's head: the labels of its margin or address block. */
static bool letter_head(const char *s, size_t n)
{
    bool datum = label_at(s, n, 2500, "Datum") != (size_t)-1;
    bool subject = label_at(s, n, 2500, "Betreft") != (size_t)-1 ||
                   label_at(s, n, 2500, "Onderwerp") != (size_t)-1;
    return (datum && subject) || has(s, n, 600, "Retouradres") ||
           label_at(s, n, 800, "Aan de Voorzitter van de") != (size_t)-1 ||
           label_at(s, n, 800, "De Voorzitter van de Tweede Kamer") != (size_t)-1 ||
           label_at(s, n, 2500, "Ons kenmerk") != (size_t)-1 ||
           label_at(s, n, 2500, "Onze referentie") != (size_t)-1;
}

/* A Kamerstuk whose header a transcript of its PDF ran into one line with
 * its text: "Eerste Kamer der Staten-Generaal 1 Vergaderjaar 2005-2006
 * 30300 VII A Vaststelling van ... VERSLAG VAN EEN MONDELING OVERLEG
 * Vastgesteld ...", "... Vergaderjaar 2008-2009 31 700 XVI Vaststelling
 * ... Nr. 112 VERSLAG ...".  read_header() reads a copy of the head with
 * its line ends put back (blanks become line ends, so offsets hold): after
 * the vergaderjaar, after the dossier (its sub, an Eerste Kamer letter),
 * before "Nr. N" (or a letter) and the heading in capitals, and after the
 * heading. */
static void read_flat_header(const char *s, size_t n, ki_docmeta *m, const char **kindword)
{
    char c[4096];
    size_t v = find_phrase(s, n < 400 ? n : 400, 0, "Vergaderjaar");
    if (v == (size_t)-1)
        return;
    size_t le = line_end(s, n, v);
    if (le - v < 300)
        return;
    size_t y = ki_skip_blank(s, le, v + strlen("Vergaderjaar")), y2 = digits(s, le, y, 4);
    if (y2 != y + 4)
        return;
    if (y2 < le && s[y2] == '-')
        y2++;
    else if (y2 + 2 < le && (unsigned char)s[y2] == 0xE2 && (unsigned char)s[y2 + 1] == 0x80 &&
             ((unsigned char)s[y2 + 2] == 0x93 || (unsigned char)s[y2 + 2] == 0x94))
        y2 += 3;
    else
        return;
    size_t d = digits(s, le, y2, 4);
    if (d != y2 + 4 || d >= le || s[d] != ' ')
        return;
    size_t p = d + 1, q = digits(s, le, p, 5);
    if (q == p + 2 && q < le && s[q] == ' ' && digits(s, le, q + 1, 3) == q + 4)
        q += 4;
    else if (q != p + 5)
        return;
    /* the sub ("XVI", "B") and an Eerste Kamer letter ("VII A"): words in
     * capitals before the dossier's title */
    size_t r = q;
    for (int tok = 0; tok < 2 && r < le && s[r] == ' '; tok++) {
        size_t t = r + 1;
        while (t < le && t - r <= 7 && s[t] >= 'A' && s[t] <= 'Z')
            t++;
        if (t == r + 1 || t - r > 7 || t + 2 >= le || s[t] != ' ' || !(s[t + 1] >= 'A' && s[t + 1] <= 'Z'))
            break;
        r = t;
    }
    if (r >= le || s[r] != ' ')
        return;
    size_t x = r + 1, xl = le < r + 800 ? le : r + 800;
    for (; x + 1 < xl; x++)
        if (s[x - 1] == ' ' && s[x] >= 'A' && s[x] <= 'Z' && s[x + 1] >= 'A' && s[x + 1] <= 'Z' &&
            kind_word(s, le, x))
            break;
    if (x + 1 >= xl)
        return;
    size_t hb = x - 1, b = hb; /* the blank before the heading, or before its "Nr. N" or letter */
    while (b > r && ki_is_digit((unsigned char)s[b - 1]))
        b--;
    if (b < hb && b > r + 4 && s[b - 1] == ' ' && (s[b - 2] == '.' || s[b - 2] == 'r') &&
        ((s[b - 4] == 'N' && s[b - 3] == 'r') || (s[b - 3] == 'N' && s[b - 2] == 'r')))
        hb = s[b - 2] == '.' ? b - 5 : b - 4;
    else {
        b = hb;
        while (b > r && s[b - 1] >= 'A' && s[b - 1] <= 'Z')
            b--;
        if (b < hb && hb - b <= 2 && b > r && s[b - 1] == ' ')
            hb = b - 1;
    }
    size_t cap = n < sizeof c ? n : sizeof c;
    if (hb <= r || hb >= cap)
        return;
    size_t he = x + caps_heading_len(s + x, le - x);
    memcpy(c, s, cap);
    c[d] = '\n';
    c[r] = '\n';
    c[hb] = '\n';
    if (he < cap && s[he] == ' ')
        c[he] = '\n';
    const char *kw = NULL;
    ki_docmeta t;
    memset(&t, 0, sizeof t);
    read_header(c, cap, &t, &kw);
    if (!t.self_id[0])
        return;
    memcpy(m->self_id, t.self_id, sizeof m->self_id);
    memcpy(m->self_dossier, t.self_dossier, sizeof m->self_dossier);
    memcpy(m->self_sub, t.self_sub, sizeof m->self_sub);
    memcpy(m->dossier_title, t.dossier_title, sizeof m->dossier_title);
    memcpy(m->title, t.title, sizeof m->title);
    m->body_start = t.body_start;
    if (kw)
        *kindword = s + (kw - c);
}

void ki_docmeta_read(const ki_text *t, const char *s, size_t n, const char *ref,
                     ki_docmeta *m)
{
    memset(m, 0, sizeof *m);
    const char *kindword = NULL;
    head_index hx;
    index_head(&hx, s, n);
    cur_index = &hx;
    read_header(s, n, m, &kindword);
    /* openkamer's page "Kamerstuk 32123-XIII-44" above its onderwerp: the
     * page's reading, also when the header below gave the id */
    size_t f0 = ki_skip_blank(s, n, 0), k0 = phrase(s, n, f0, "Kamerstuk");
    if (!m->self_id[0] || (k0 && f0 + 9 < n && s[k0] == ' ' && ki_is_digit((unsigned char)s[k0 + 1])))
        read_page_id(s, n, m, &kindword);
    if (!m->self_id[0])
        read_flat_header(s, n, m, &kindword);
    if (!m->self_id[0])
        read_dossier_line(s, n, m);
    if (!m->self_id[0])
        read_answer_page(s, n, ref, m);
    if (!m->self_id[0])
        read_question_list(s, n, m);
    if (!m->self_id[0])
        read_running_head(s, n, m);
    if (!m->self_dossier[0]) {
        /* a page about an Eerste Kamer dossier of its own, its number alone
         * on the first line ("CXXIV"): the dossier of its "(EK, B)" */
        size_t i = ki_skip_blank(s, n, 0), e = line_end(s, n, i), r = i;
        while (e > i && ki_is_blank((unsigned char)s[e - 1]))
            e--;
        while (r < e && strchr("CLXVI", s[r]))
            r++;
        if (r == e && e - i >= 2 && e - i < sizeof m->self_dossier && s[i] == 'C')
            snprintf(m->self_dossier, sizeof m->self_dossier, "%.*s", (int)(e - i), s + i);
    }
    read_self_hand(s, n, m);
    read_date(t, s, n, ref, m);
    read_kenmerk(t, s, n, m);
    size_t item;
    if (!item_head(s, n, &item))
        item = (size_t)-1;
    read_title(t, s, n, item, m);
    /* a Kamerstuk whose copy lost its dossier's lines: "Nr. F / VERSLAG VAN
     * EEN SCHRIFTELIJK OVERLEG / Vastgesteld ..." -- its heading is still
     * its title */
    if (!m->title[0] && !m->self_id[0]) {
        size_t i = ki_skip_blank(s, n, 0), e = line_end(s, n, i), w = phrase(s, e, i, "Nr.");
        size_t v = w ? ki_skip_blank(s, e, w) : e, ve = v;
        while (ve < e && (ki_is_digit((unsigned char)s[ve]) || (s[ve] >= 'A' && s[ve] <= 'Z')))
            ve++;
        if (w && ve > v && ve - v <= 4 && ki_skip_blank(s, e, ve) >= e && e < n) {
            size_t x = ki_skip_blank(s, n, e), xe = line_end(s, n, x);
            while (xe > x && ki_is_blank((unsigned char)s[xe - 1]))
                xe--;
            if (xe > x && xe - x < 120 && kind_word(s, xe, x) && !has_lower(s, x, xe)) {
                char heading[sizeof m->title];
                heading_case(heading, sizeof heading, s + x, xe - x);
                compose_title(m, heading);
            }
        }
    }
    read_signer(s, n, kindword, m);
    /* (the head of an answer names who answers, before any name the
     * signature guess took from the answers themselves) */
    read_answerer(s, n < HEAD ? n : HEAD, m);
    if (!(kindword && phrase(kindword, (size_t)(s + n - kindword), 0, "BRIEF VAN")))
        read_questioned(s, n < HEAD ? n : HEAD, m);
    read_prior_debate(s, n, ref, m);
    /* a commissieverslag: "heeft op 2 oktober 2024 overleg gevoerd met de heer
     * X, minister van Y": who speaks as "ik", and when */
    size_t og = find_phrase(s, n < HEAD ? n : HEAD, 0, "overleg gevoerd met");
    /* (or a kind of overleg: "heeft op 28 oktober 2026 een wetgevingsoverleg
     * gevoerd met", "notaoverleg") */
    if (og == (size_t)-1) {
        size_t gm = find_phrase(s, n < HEAD ? n : HEAD, 0, "gevoerd met"), we = gm;
        while (gm != (size_t)-1 && we > 0 && ki_is_blank((unsigned char)s[we - 1]))
            we--;
        size_t ol = strlen("overleg");
        if (gm != (size_t)-1 && we >= ol && phrase(s, we, we - ol, "overleg")) {
            og = we - ol;
            while (og > 0 && ki_is_letter((unsigned char)s[og - 1]))
                og--;
        }
    }
    /* a verslag of a commissiedebat in the form the Kamer prints it now:
     * "Verslag van een commissiedebat, gehouden op 8 februari 2024, over
     * X", the bewindspersoon in its "Aanwezig zijn ... en de heer X,
     * minister van Y." */
    if (og == (size_t)-1 && !m->debate_date[0]) {
        size_t h = HEAD < n ? HEAD : n, vv = find_phrase(s, h, 0, "Verslag van een");
        size_t go = vv != (size_t)-1 ? find_phrase(s, vv + 200 < h ? vv + 200 : h, vv, "gehouden op") : vv;
        if (go != (size_t)-1) {
            size_t d0 = go + strlen("gehouden op"), d1 = d0 + 40 < n ? d0 + 40 : n;
            ki_date d;
            if (ki_date_find(s + d0, d1 - d0, &d) && d.start <= 2)
                ki_date_resolve(&d, ref, m->debate_date);
        }
        size_t az = vv != (size_t)-1 ? find_phrase(s, h, vv, "Aanwezig zijn") : vv;
        if (az != (size_t)-1 && !m->signer) {
            size_t lim = az + 1500 < n ? az + 1500 : n;
            /* (to the end of the list: the first line that opens the debate) */
            for (size_t i = az; i + 1 < lim; i++)
                if (s[i] == '\n' && s[i + 1] == '\n' && i > az + 40 && s[i - 1] != ',') {
                    size_t q = ki_skip_blank(s, lim, i + 1);
                    if (q < lim && s[q] != 'e') { /* ("en de heer X, minister van Y" on a paragraph of its own) */
                        lim = i;
                        break;
                    }
                }
            m->signer = first_actor(s, az, lim);
        }
    }
    if (og != (size_t)-1) {
        size_t b = og > 40 ? og - 40 : 0;
        ki_date d;
        if (ki_date_find(s + b, og - b, &d))
            ki_date_resolve(&d, ref, m->debate_date);
        const char *a = first_actor(s, og, og + 300 < n ? og + 300 : n);
        if (a)
            m->signer = a;
    }

    const char *kind = m->kind; /* a page that said what it is */
    if (!kind && kindword) {
        size_t kn = (size_t)(s + n - kindword);
        if (phrase(kindword, kn, 0, "BRIEF"))
            kind = "brief";
        else if (phrase(kindword, kn, 0, "MOTIE") || phrase(kindword, kn, 0, "GEWIJZIGDE MOTIE") ||
                 phrase(kindword, kn, 0, "NADER GEWIJZIGDE MOTIE"))
            kind = "motie";
        else if (phrase(kindword, kn, 0, "VERSLAG") || phrase(kindword, kn, 0, "LIJST VAN VRAGEN") ||
                 phrase(kindword, kn, 0, "VOORLOPIG VERSLAG") || phrase(kindword, kn, 0, "NADER VOORLOPIG VERSLAG") ||
                 phrase(kindword, kn, 0, "EINDVERSLAG") ||
                 /* the Eerste Kamer's "H BRIEFWISSELING": the verslag of a written exchange */
                 phrase(kindword, kn, 0, "BRIEFWISSELING"))
            kind = "verslag";
        else if (phrase(kindword, kn, 0, "ANTWOORD"))
            kind = "antwoord";
        else
            kind = "other";
    }
    if (!kind && (label_at(s, n, 1500, "Datum uitspraak") != (size_t)-1 ||
                  label_at(s, n, 1500, "Uitspraak op het") != (size_t)-1))
        kind = "other"; /* a court's ruling ("Datum uitspraak: 2 juli 2025") */
    size_t tl, te;
    if (!kind && (tl = page_type_line(s, n)) != (size_t)-1 &&
        (te = phrase(s, line_end(s, n, tl), tl, "Brief regering")) &&
        ki_skip_blank(s, line_end(s, n, tl), te) >= line_end(s, n, tl))
        kind = "brief"; /* the page says so above its number */
    /* "Verslag van een schriftelijk overleg" above "Nummer: 2025D18687": a
     * verslag, whatever attachment (a "Beslisnota bij het verslag ...") the
     * page lists with it; so is a committee's "Lijst van vragen (en
     * antwoorden)", whatever letter of an answering body it holds */
    if (!kind && (tl = page_type_line(s, n)) != (size_t)-1 &&
        (phrase(s, line_end(s, n, tl), tl, "Verslag van een") || phrase(s, line_end(s, n, tl), tl, "Lijst van vragen")))
        kind = "verslag";
    /* an annex the Kamer filed with a letter: type "Bijlage" above its
     * number, then "Bijlage bij: Stand van zaken ... (2026D07142)" -- part
     * of the letter it was sent with */
    if (!kind && (tl = page_type_line(s, n)) != (size_t)-1 && (te = phrase(s, line_end(s, n, tl), tl, "Bijlage")) &&
        ki_skip_blank(s, line_end(s, n, tl), te) >= line_end(s, n, tl) && label_at(s, n, 1500, "Bijlage bij:") != (size_t)-1)
        kind = "brief";
    if (!kind) {
        size_t lim = 1500;
        if (has_upper(s, n < lim ? n : lim, "MOTIE VAN") && !has(s, n, lim, "Geachte"))
            kind = "motie";
        /* a motion's text that opens the document, its heading left out:
         * "Voorgesteld 3 maart 2009 / De Kamer, / gehoord de beraadslaging,
         * / ... / en gaat over tot de orde van de dag. / Koşer Kaya" (not a
         * sitting, where a member reads one out: "De voorzitter:") */
        else if (label_at(s, n, 200, "De Kamer,") != (size_t)-1 && has(s, n, 400, "gehoord de beraadslaging") &&
                 has(s, n, 4000, "en gaat over tot de orde van de dag") &&
                 label_at(s, n, 4000, "De voorzitter:") == (size_t)-1 && !has(s, n, 4000, "Aan de orde"))
            kind = "motie";
        else if (beslisnota_named(s, n, 2500) || has_ends(s, n, "Geadviseerd besluit") ||
                 has_ends(s, n, "U wordt geadviseerd") || has(s, n, 600, "Nota aan de minister") ||
                 has(s, n, 600, "Nota aan de staatssecretaris") || has(s, n, 600, "Nota aan de ministerraad") ||
                 has(s, n, 600, "Adviesnota") ||
                 /* a nota "Ter beslissing" whose advice is "Wij adviseren u: ..." */
                 (label_at(s, n, 1500, "Ter beslissing") != (size_t)-1 &&
                  (has(s, n, 3000, "Wij adviseren u") || has(s, n, 3000, "adviseren wij u"))))
            kind = "beslisnota";
        else if (!m->self_id[0] && news_dateline(s, n))
            kind = "other"; /* a news report, whatever verslag it quotes */
        else if (minutes_head(s, n) != (size_t)-1 || has_upper(s, n < 2500 ? n : 2500, "VERSLAG VAN EEN") || has(s, n, 1500, "Verslag van een commissiedebat") ||
                 has(s, n, 1500, "Verslag van een schriftelijk overleg") ||
                 /* "De vaste commissie ... heeft schriftelijk overleg gevoerd met ...
                  * Bijgaand brengt de commissie hiervan verslag uit." */
                 (has(s, n, HEAD, "overleg gevoerd") && has(s, n, HEAD, "verslag uit")) ||
                 /* "De commissie brengt bijgaand verslag uit van het gevoerde
                  * (nader) schriftelijk overleg", its heading left out */
                 has(s, n, HEAD, "verslag uit van het gevoerde") ||
                 /* a lijst van vragen en antwoorden: "Vastgesteld ... De commissie
                  * heeft ... de navolgende vragen ter beantwoording ... voorgelegd" */
                 (label_at(s, n, HEAD, "Vastgesteld") != (size_t)-1 && has(s, n, HEAD, "navolgende vragen")) ||
                 /* a (voorlopig) verslag's opening sentence, its heading left out: "Het
                  * voorbereidend onderzoek van dit wetsvoorstel heeft de commissie
                  * aanleiding gegeven tot het maken van een aantal opmerkingen" */
                 (has(s, n, HEAD, "voorbereidend onderzoek") && has(s, n, HEAD, "aanleiding gegeven tot het maken van")))
            kind = "verslag";
        else if (has(s, n, 3000, "Antwoord op vragen") || has(s, n, 3000, "Antwoorden op vragen") ||
                 has(s, n, 3000, "Antwoord van de minister") || has(s, n, 3000, "Antwoord van de staatssecretaris") ||
                 has(s, n, 3000, "Antwoorden op Kamervragen") || has(s, n, 3000, "Antwoord 1") ||
                 has(s, n, 3000, "Antwoord op vraag 1") || has(s, n, 1500, "Antwoord van staatssecretaris") ||
                 has(s, n, 1500, "Antwoord van minister") || has(s, n, 1500, "Aanhangsel van de Handelingen"))
            kind = "antwoord";
        else if (has(s, n, 1500, "Aan de orde is") || has(s, n, 1500, "Aan de orde zijn") || item != (size_t)-1 ||
                 has(s, n, 1500, "In stemming komt") || (m->self_id[0] == 'h' && m->self_id[1] == '-') ||
                 /* the chair speaks right below the item: "Regeling van werkzaamheden / De voorzitter:" */
                 label_at(s, n, 400, "De voorzitter:") != (size_t)-1 ||
                 (label_at(s, n, HEAD, "De voorzitter:") != (size_t)-1 &&
                  (has(s, n, 3000, "Handelingen") || has(s, n, 1500, "Ik constateer dat") ||
                   /* a motion's number given in the sitting, a member's turn */
                   has(s, n, HEAD, "krijgt nr.") || speaker_label(s, n))))
            kind = "handelingen";
        else if (has(s, n, 4000, "Geachte") || letter_head(s, n) ||
                 has_ends(s, n, "Den Haag,") || (t && t->margin_date) ||
                 has_ends(s, n, "Hoogachtend") ||
                 /* a summary of a letter headed by its title: "Kamerbrief over ..." */
                 phrase(s, n, ki_skip_blank(s, n, 0), "Kamerbrief"))
            kind = "brief";
        else
            kind = "other";
    }
    m->kind = kind;
    cur_index = NULL;
}
