#include "normalize.h"

#include <string.h>

size_t ki_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, min = 0x80, c &= 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, min = 0x800, c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, min = 0x10000, c &= 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return len;
}

size_t ki_utf8_encode(unsigned cp, char *dst)
{
    unsigned char *d = (unsigned char *)dst;
    if (cp < 0x80) {
        d[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (unsigned char)(0xC0 | (cp >> 6));
        d[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF)
        cp = 0xFFFD;
    if (cp < 0x10000) {
        d[0] = (unsigned char)(0xE0 | (cp >> 12));
        d[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF)
        return ki_utf8_encode(0xFFFD, dst);
    d[0] = (unsigned char)(0xF0 | (cp >> 18));
    d[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

bool ki_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        unsigned cp;
        size_t l = ki_utf8_decode(p, (size_t)(end - p), &cp);
        if (cp == 0xFFFD && l == 1)
            return false;
        p += l;
    }
    return true;
}

size_t ki_norm_cp(unsigned cp, char *dst)
{
    static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

    if (cp < 0x80) {
        if (cp == '\n') {
            dst[0] = '\n';
            return 1;
        }
        if (cp == '\t') {
            dst[0] = ' ';
            return 1;
        }
        if (cp < 0x20 || cp == 0x7F)
            return 0;
        dst[0] = (char)cp;
        return 1;
    }
    if (cp < 0xA0) /* C1 controls */
        return 0;
    switch (cp) {
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
    case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
        dst[0] = ' ';
        return 1;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
    case 0xFEFF:
        return 0;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        dst[0] = '-';
        return 1;
    /* superscript digits: footnote markers ("c.s.\u2079", "\u00b9 Kamerstuk ..."),
     * read as the glued digits a PDF's raised footnote numbers give */
    case 0x00B9:
        dst[0] = '1';
        return 1;
    case 0x00B2: case 0x00B3:
        dst[0] = (char)('2' + (cp - 0x00B2));
        return 1;
    case 0x2070: case 0x2074: case 0x2075: case 0x2076: case 0x2077: case 0x2078: case 0x2079:
        dst[0] = (char)(cp == 0x2070 ? '0' : '4' + (cp - 0x2074));
        return 1;
    case 0x25AA: case 0x25CF: case 0x2023: case 0x2043: case 0x25E6:
    case 0xF0B7: case 0xF0A7: case 0xF06C:
        return ki_utf8_encode(0x2022, dst);
    default:
        break;
    }
    if (cp >= 0xFB00 && cp <= 0xFB06) {
        const char *l = lig[cp - 0xFB00];
        size_t n = strlen(l);
        memcpy(dst, l, n);
        return n;
    }
    if (cp >= 0xE000 && cp <= 0xF8FF) /* other private-use glyphs */
        return 0;
    return ki_utf8_encode(cp, dst);
}

/* A letter followed by a combining mark (U+0300..036F): what TeX's accent
 * glyphs become (OT1 \"e, \c{c}: the accent is its own glyph set over the
 * letter, and poppler writes it as the combining mark after the letter).
 * For each mark, the Latin letters it composes with and the precomposed
 * letters (Latin-1 and Latin Extended-A only). */
static const struct {
    unsigned short mark;
    const char *bases;
    unsigned short composed[24];
} compose_tab[] = {
    {0x0300, "AEIOUaeiou",
     {0x0C0, 0x0C8, 0x0CC, 0x0D2, 0x0D9, 0x0E0, 0x0E8, 0x0EC, 0x0F2, 0x0F9}},
    {0x0301, "ACEILNORSUYZaceilnorsuyz",
     {0x0C1, 0x106, 0x0C9, 0x0CD, 0x139, 0x143, 0x0D3, 0x154, 0x15A, 0x0DA, 0x0DD, 0x179,
      0x0E1, 0x107, 0x0E9, 0x0ED, 0x13A, 0x144, 0x0F3, 0x155, 0x15B, 0x0FA, 0x0FD, 0x17A}},
    {0x0302, "ACEGHIJOSUWYaceghijosuwy",
     {0x0C2, 0x108, 0x0CA, 0x11C, 0x124, 0x0CE, 0x134, 0x0D4, 0x15C, 0x0DB, 0x174, 0x176,
      0x0E2, 0x109, 0x0EA, 0x11D, 0x125, 0x0EE, 0x135, 0x0F4, 0x15D, 0x0FB, 0x175, 0x177}},
    {0x0303, "AINOUainou",
     {0x0C3, 0x128, 0x0D1, 0x0D5, 0x168, 0x0E3, 0x129, 0x0F1, 0x0F5, 0x169}},
    {0x0304, "AEIOUaeiou",
     {0x100, 0x112, 0x12A, 0x14C, 0x16A, 0x101, 0x113, 0x12B, 0x14D, 0x16B}},
    {0x0306, "AEGIOUaegiou",
     {0x102, 0x114, 0x11E, 0x12C, 0x14E, 0x16C, 0x103, 0x115, 0x11F, 0x12D, 0x14F, 0x16D}},
    {0x0307, "CEGIZcegz",
     {0x10A, 0x116, 0x120, 0x130, 0x17B, 0x10B, 0x117, 0x121, 0x17C}},
    {0x0308, "AEIOUYaeiouy",
     {0x0C4, 0x0CB, 0x0CF, 0x0D6, 0x0DC, 0x178, 0x0E4, 0x0EB, 0x0EF, 0x0F6, 0x0FC, 0x0FF}},
    {0x030A, "AUau",
     {0x0C5, 0x16E, 0x0E5, 0x16F}},
    {0x030B, "OUou",
     {0x150, 0x170, 0x151, 0x171}},
    {0x030C, "CDELNRSTZcdelnrstz",
     {0x10C, 0x10E, 0x11A, 0x13D, 0x147, 0x158, 0x160, 0x164, 0x17D, 0x10D, 0x10F, 0x11B,
      0x13E, 0x148, 0x159, 0x161, 0x165, 0x17E}},
    {0x0327, "CGKLNRSTcgklnrst",
     {0x0C7, 0x122, 0x136, 0x13B, 0x145, 0x156, 0x15E, 0x162, 0x0E7, 0x123, 0x137, 0x13C,
      0x146, 0x157, 0x15F, 0x163}},
    {0x0328, "AEIUaeiu",
     {0x104, 0x118, 0x12E, 0x172, 0x105, 0x119, 0x12F, 0x173}},
};

/* The precomposed letter for base + mark, or 0.  A dotless i (U+0131, TeX's
 * \i under an accent) composes as an i. */
static unsigned compose(unsigned base, unsigned mark)
{
    if (base == 0x131)
        base = 'i';
    if (base > 'z' || mark < 0x300 || mark > 0x36F)
        return 0;
    for (size_t i = 0; i < sizeof compose_tab / sizeof compose_tab[0]; i++) {
        if (compose_tab[i].mark != mark)
            continue;
        const char *b = strchr(compose_tab[i].bases, (int)base);
        return b && base ? compose_tab[i].composed[b - compose_tab[i].bases] : 0;
    }
    return 0;
}

ki_status ki_norm_append(ki_buf *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t start = out->len;
    if (ki_buf_grow(out, n + 1))
        return KI_ERR_NOMEM;
    while (p < end) {
        /* Fast path: a run of printable ASCII is copied as is. */
        const unsigned char *q = p;
        while (q < end && *q >= 0x20 && *q < 0x7F)
            q++;
        if (q > p) {
            if (ki_buf_add(out, p, (size_t)(q - p)))
                return KI_ERR_NOMEM;
            p = q;
            if (p == end)
                break;
        }
        unsigned cp;
        size_t l = ki_utf8_decode(p, (size_t)(end - p), &cp);
        if (cp >= 0x300 && cp <= 0x36F && out->len > start) {
            /* a combining mark after a letter of this piece: one letter */
            size_t bl = out->len - 1;
            while (bl > start && ((unsigned char)out->data[bl] & 0xC0) == 0x80)
                bl--;
            unsigned base, c;
            ki_utf8_decode((const unsigned char *)out->data + bl, out->len - bl, &base);
            if ((c = compose(base, cp)) != 0) {
                ki_buf_truncate(out, bl);
                char tmp[4];
                if (ki_buf_add(out, tmp, ki_utf8_encode(c, tmp)))
                    return KI_ERR_NOMEM;
                p += l;
                continue;
            }
        }
        char tmp[8];
        size_t m = ki_norm_cp(cp, tmp);
        if (m && ki_buf_add(out, tmp, m))
            return KI_ERR_NOMEM;
        p += l;
    }
    return KI_OK;
}

static bool is_lower(unsigned cp)
{
    if (cp >= 'a' && cp <= 'z')
        return true;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
        return true;
    if (cp >= 0x100 && cp <= 0x17F)
        return (cp & 1) != 0;
    return false;
}

/* The code point that ends at s[len-1] (UTF-8), or 0. */
static unsigned last_cp(const char *s, size_t len)
{
    if (!len)
        return 0;
    size_t i = len - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && len - i < 4)
        i--;
    unsigned cp;
    ki_utf8_decode((const unsigned char *)s + i, len - i, &cp);
    return cp;
}

static bool starts_word(const char *s, size_t n, const char *w)
{
    size_t wl = strlen(w);
    return n > wl && memcmp(s, w, wl) == 0 && s[wl] == ' ';
}

ki_status ki_norm_join(ki_buf *out, size_t para_start, const char *next, size_t n,
                       bool soft_break)
{
    while (n && *next == ' ')
        next++, n--;
    while (out->len > para_start && out->data[out->len - 1] == ' ')
        out->len--;
    if (out->data)
        out->data[out->len] = '\0';
    if (!n)
        return KI_OK;
    if (out->len == para_start || soft_break)
        return ki_buf_add(out, next, n);

    const char *para = out->data + para_start;
    size_t plen = out->len - para_start;
    if (para[plen - 1] != '-')
        goto space;
    unsigned before = last_cp(para, plen - 1);
    if (plen < 2 || before == ' ' || before == '-' || before == 0)
        goto space;
    if (starts_word(next, n, "en") || starts_word(next, n, "of") ||
        starts_word(next, n, "tot") || starts_word(next, n, "and") ||
        starts_word(next, n, "or") || (n == 2 && memcmp(next, "en", 2) == 0))
        goto space;
    unsigned first;
    ki_utf8_decode((const unsigned char *)next, n, &first);
    if (is_lower(before) && is_lower(first))
        ki_buf_truncate(out, out->len - 1);
    return ki_buf_add(out, next, n);

space:
    if (ki_buf_addc(out, ' '))
        return KI_ERR_NOMEM;
    return ki_buf_add(out, next, n);
}
