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

ki_status ki_norm_append(ki_buf *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
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
