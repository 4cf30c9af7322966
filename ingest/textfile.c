#include "textfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/buf.h"
#include "normalize.h"

/* Windows-1252 0x80..0x9F; 0 marks the unassigned bytes. */
static const unsigned short cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

typedef enum { ENC_UTF8, ENC_CP1252, ENC_UTF16LE, ENC_UTF16BE } encoding;

static bool looks_binary(const unsigned char *p, size_t len)
{
    size_t n = len < 65536 ? len : 65536, nul = 0, ctl = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == 0)
            nul++;
        else if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t' &&
                 p[i] != '\f')
            ctl++;
    }
    return nul * 100 > n || ctl * 20 > n;
}

/* Reads the next code point at *pp (before end) in encoding enc. */
static unsigned next_cp(const unsigned char **pp, const unsigned char *end, encoding enc)
{
    const unsigned char *p = *pp;
    unsigned cp;
    switch (enc) {
    case ENC_UTF8:
        *pp = p + ki_utf8_decode(p, (size_t)(end - p), &cp);
        return cp;
    case ENC_CP1252:
        *pp = p + 1;
        if (*p >= 0x80 && *p < 0xA0)
            return cp1252[*p - 0x80] ? cp1252[*p - 0x80] : 0xFFFD;
        return *p;
    case ENC_UTF16LE:
    case ENC_UTF16BE: {
        if (end - p < 2) {
            *pp = end;
            return 0xFFFD;
        }
        unsigned u = enc == ENC_UTF16LE ? (unsigned)(p[0] | p[1] << 8)
                                        : (unsigned)(p[0] << 8 | p[1]);
        p += 2;
        if (u >= 0xD800 && u <= 0xDBFF && end - p >= 2) {
            unsigned lo = enc == ENC_UTF16LE ? (unsigned)(p[0] | p[1] << 8)
                                             : (unsigned)(p[0] << 8 | p[1]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                p += 2;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            }
        }
        *pp = p;
        return (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u;
    }
    }
    *pp = end;
    return 0xFFFD;
}

static void trim_line_end(ki_buf *b)
{
    while (b->len && b->data[b->len - 1] == ' ')
        b->len--;
    if (b->data)
        b->data[b->len] = '\0';
}

/* A table a word processor or spreadsheet exported as text has its cells
 * parted by tabs, one row a line ("TZ202503-041<TAB>Toezegging CD X d.d.
 * 12-03-2025: ...<TAB>Minister SZW<TAB>voor het zomerreces<TAB>Afgedaan").
 * Such a line (two tab runs or more between its cells) is written as a
 * row of cells, "| TZ202503-041 | Toezegging ... | Minister SZW | ... |",
 * as the tables the detector reads by their rows are; every other tab is a
 * space.  A row whose cells run on over the lines below it, each such line
 * starting with a tab for every empty cell before its text ("1<TAB>De
 * minister stuurt de Kamer<TAB>Commissiedebat Natuur<TAB>Loopt", then
 * "<TAB>een analyse van ...<TAB>12 maart 2026"), is one row: each cell
 * gets the text below it (cont_cells()).  b's page starts move with the
 * bytes before them. */

/* Cells of a row whose lines below are joined into it: a register has a
 * dozen columns at most; a line of more is still a row of cells, the
 * lines below it not joined into it. */
enum { MAX_CELLS = 24 };

typedef struct {
    size_t off[MAX_CELLS], len[MAX_CELLS]; /* cells' text in the line */
    int first, n; /* column of the first cell; number of cells */
} cells;

/* Splits line c[0..n) into cells at its runs of tabs: first counts the
 * tabs before the text, spaces around a cell are trimmed.  False when the
 * line has more cells than MAX_CELLS or no text. */
static bool split_cells(const char *c, size_t n, cells *out)
{
    size_t i = 0;
    out->first = out->n = 0;
    for (; i < n && (c[i] == '\t' || c[i] == ' '); i++)
        out->first += c[i] == '\t';
    while (i < n) {
        if (out->n == MAX_CELLS)
            return false;
        size_t a = i;
        while (i < n && c[i] != '\t')
            i++;
        size_t e = i;
        while (e > a && c[e - 1] == ' ')
            e--;
        out->off[out->n] = a, out->len[out->n] = e - a;
        out->n++;
        while (i < n && (c[i] == '\t' || c[i] == ' '))
            i++;
    }
    return out->n > 0;
}

/* How many lines after the row at line [ls, le) of b carry on its cells:
 * lines that start with a tab, hold no more cells than the row has columns
 * after the tabs they start with, and begin before the next page start
 * (next_page, or b->len). */
static size_t cont_lines(const ki_buf *b, size_t le, int ncols, size_t next_page)
{
    size_t k = 0;
    for (size_t ls = le + 1; ls < b->len && ls < next_page && b->data[ls] == '\t';) {
        const char *nl = memchr(b->data + ls, '\n', b->len - ls);
        size_t e = nl ? (size_t)(nl - b->data) : b->len;
        cells c;
        if (!split_cells(b->data + ls, e - ls, &c) || c.first + c.n > ncols)
            break;
        k++;
        ls = e + 1;
    }
    return k;
}

/* Adds text t[0..n) to a cell acc: after a space, or straight on after a
 * line-end hyphen ("EU-" "verordening"), which goes when a small letter
 * stands on both sides of it ("herstel-" "maatregelen"). */
static ki_status cell_join(ki_buf *acc, const char *t, size_t n)
{
    if (!n)
        return KI_OK;
    if (acc->len && acc->data[acc->len - 1] == '-') {
        if (acc->len >= 2 && acc->data[acc->len - 2] >= 'a' && acc->data[acc->len - 2] <= 'z' &&
            t[0] >= 'a' && t[0] <= 'z')
            acc->len--;
    } else if (acc->len && ki_buf_addc(acc, ' ')) {
        return KI_ERR_NOMEM;
    }
    return ki_buf_add(acc, t, n);
}

/* Writes the row at [ls, le) of b with the k lines below it carried into
 * its cells, as "| cell | cell |", to o; *endp is the end of the last line. */
static ki_status joined_row(const ki_buf *b, size_t ls, size_t le, size_t k, ki_buf *o,
                            size_t *endp)
{
    cells row;
    (void)split_cells(b->data + ls, le - ls, &row); /* (tab_rows() split it before) */
    ki_buf acc[MAX_CELLS];
    for (int j = 0; j < row.n; j++)
        acc[j] = (ki_buf)KI_BUF_INIT;
    ki_status st = KI_OK;
    for (int j = 0; j < row.n && !st; j++)
        st = cell_join(&acc[j], b->data + ls + row.off[j], row.len[j]);
    size_t e = le;
    for (size_t i = 0; i < k && !st; i++) {
        size_t s = e + 1;
        const char *nl = memchr(b->data + s, '\n', b->len - s);
        e = nl ? (size_t)(nl - b->data) : b->len;
        cells c;
        (void)split_cells(b->data + s, e - s, &c); /* (cont_lines() split it before) */
        for (int j = 0; j < c.n && !st; j++)
            st = cell_join(&acc[c.first + j], b->data + s + c.off[j], c.len[j]);
    }
    for (int j = 0; j < row.n && !st; j++) {
        st = ki_buf_add(o, j ? " | " : "| ", j ? 3 : 2);
        if (!st)
            st = ki_buf_add(o, acc[j].data, acc[j].len);
    }
    if (!st)
        st = ki_buf_add(o, " |", 2);
    for (int j = 0; j < row.n; j++)
        ki_buf_free(&acc[j]);
    *endp = e;
    return st;
}

static ki_status tab_rows(ki_buf *b, size_t *pages, size_t npages)
{
    if (!b->len || !memchr(b->data, '\t', b->len))
        return KI_OK;
    ki_buf o = KI_BUF_INIT;
    if (ki_buf_grow(&o, b->len + b->len / 4))
        return KI_ERR_NOMEM;
    size_t pg = 0;
    for (size_t ls = 0; ls < b->len;) {
        const char *nl = memchr(b->data + ls, '\n', b->len - ls);
        size_t le = nl ? (size_t)(nl - b->data) : b->len;
        for (; pg < npages && pages[pg] <= ls; pg++)
            pages[pg] = pages[pg] + o.len - ls;
        const char *c = b->data + ls;
        size_t n = le - ls, a = 0, e = n;
        while (a < n && (c[a] == ' ' || c[a] == '\t'))
            a++;
        while (e > a && (c[e - 1] == ' ' || c[e - 1] == '\t'))
            e--;
        int runs = 0;
        for (size_t i = a; i < e; i++)
            runs += c[i] == '\t' && c[i - 1] != '\t';
        ki_status st = KI_OK;
        cells row;
        size_t k = 0;
        if (runs >= 2 && !memchr(c, '\t', a) && split_cells(c, n, &row))
            k = cont_lines(b, le, row.n, pg < npages ? pages[pg] : b->len);
        if (k) {
            st = joined_row(b, ls, le, k, &o, &le);
            nl = le < b->len ? b->data + le : NULL;
        } else if (runs >= 2) {
            st = ki_buf_add(&o, "| ", 2);
            for (size_t i = a; i < e && !st; i++) {
                if (c[i] != '\t') {
                    st = ki_buf_addc(&o, c[i]);
                    continue;
                }
                while (o.len && o.data[o.len - 1] == ' ')
                    o.len--;
                while (i + 1 < e && (c[i + 1] == '\t' || c[i + 1] == ' '))
                    i++;
                st = ki_buf_add(&o, " | ", 3);
            }
            if (!st)
                st = ki_buf_add(&o, " |", 2);
        } else {
            for (size_t i = 0; i < e && !st; i++)
                st = ki_buf_addc(&o, c[i] == '\t' ? ' ' : c[i]);
        }
        if (!st && nl)
            st = ki_buf_addc(&o, '\n');
        if (st) {
            ki_buf_free(&o);
            return st;
        }
        ls = nl ? le + 1 : b->len;
    }
    for (; pg < npages; pg++)
        pages[pg] = pages[pg] + o.len - b->len;
    ki_buf_free(b);
    *b = o;
    return KI_OK;
}

ki_status ki_textfile_decode(const char *data, size_t len, ki_text **out, ki_err *err)
{
    *out = NULL;
    if (len == 0)
        return ki_err_set(err, KI_ERR_NO_TEXT, "empty file");
    if (len > KI_TEXTFILE_MAX)
        return ki_text_too_large(err, len);

    const unsigned char *p = (const unsigned char *)data, *end = p + len;
    encoding enc;
    if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        enc = ENC_UTF16LE, p += 2;
    } else if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        enc = ENC_UTF16BE, p += 2;
    } else {
        if (looks_binary(p, len))
            return ki_err_set(err, KI_ERR_NOT_PDF, "binary data, neither a PDF nor a text file");
        if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
            p += 3;
        enc = ki_utf8_valid((const char *)p, (size_t)(end - p)) ? ENC_UTF8 : ENC_CP1252;
    }

    ki_buf b = KI_BUF_INIT;
    size_t *pages = malloc(sizeof *pages), npages = 1, cap = 1;
    if (!pages || ki_buf_grow(&b, len + len / 8))
        goto nomem;
    pages[0] = 0;
    bool has_text = false;
    while (p < end) {
        if (enc == ENC_UTF8) { /* fast path for plain ASCII runs */
            const unsigned char *q = p;
            while (q < end && *q >= 0x20 && *q < 0x7F)
                q++;
            if (q > p) {
                if (ki_buf_add(&b, p, (size_t)(q - p)))
                    goto nomem;
                for (const unsigned char *r = p; r < q && !has_text; r++)
                    has_text = *r != ' ';
                p = q;
                continue;
            }
        }
        unsigned cp = next_cp(&p, end, enc);
        if (cp == '\r') {
            if (enc == ENC_UTF8 || enc == ENC_CP1252) {
                if (p < end && *p == '\n')
                    p++;
            } else {
                const unsigned char *q = p;
                if (q < end && next_cp(&q, end, enc) == '\n')
                    p = q;
            }
            cp = '\n';
        }
        if (cp == '\f') {
            trim_line_end(&b);
            if (b.len && b.data[b.len - 1] != '\n' && ki_buf_addc(&b, '\n'))
                goto nomem;
            if (p < end) {
                if (npages == cap) {
                    size_t *np = realloc(pages, 2 * cap * sizeof *np);
                    if (!np)
                        goto nomem;
                    pages = np, cap *= 2;
                }
                pages[npages++] = b.len;
            }
            continue;
        }
        if (cp == '\n') {
            trim_line_end(&b);
            if (ki_buf_addc(&b, '\n'))
                goto nomem;
            continue;
        }
        if (cp == '\t') { /* kept until tab_rows() has seen its line */
            if (ki_buf_addc(&b, '\t'))
                goto nomem;
            continue;
        }
        char tmp[8];
        size_t m = ki_norm_cp(cp, tmp);
        if (m && ki_buf_add(&b, tmp, m))
            goto nomem;
        if (m && tmp[0] != ' ')
            has_text = true;
    }
    trim_line_end(&b);
    if (tab_rows(&b, pages, npages))
        goto nomem;
    /* Decoding grows a text at most threefold (a Windows-1252 byte becomes
     * up to three bytes of UTF-8), and tab_rows() writes a row's tab as
     * " | " and adds four bytes to its line, so this costs a few times the
     * limit at most. */
    if (b.len > KI_TEXTFILE_MAX)
        goto too_large;
    if (!has_text) {
        ki_buf_free(&b);
        free(pages);
        return ki_err_set(err, KI_ERR_NO_TEXT, "the file holds no text, only white space");
    }
    if (npages > 1 << 30)
        npages = 1 << 30;

    ki_text *t = calloc(1, sizeof *t);
    if (!t)
        goto nomem;
    t->buf = ki_buf_detach(&b, &t->len);
    if (!t->buf) {
        free(t);
        goto nomem;
    }
    t->page_start = pages;
    t->npages = (int)npages;
    t->source_kind = "text";
    *out = t;
    return KI_OK;

nomem:
    ki_buf_free(&b);
    free(pages);
    return ki_err_set(err, KI_ERR_NOMEM, "out of memory");

too_large: {
    size_t n = b.len;
    ki_buf_free(&b);
    free(pages);
    return ki_text_too_large(err, n);
}
}

ki_status ki_textfile_read(const char *path, ki_text **out, ki_err *err)
{
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return ki_err_set(err, errno == ENOENT ? KI_ERR_NOT_FOUND : KI_ERR_IO, "%s",
                          strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return ki_err_set(err, KI_ERR_IO, "%s", strerror(e));
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return ki_err_set(err, KI_ERR_IO, "%s",
                          S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
    }
    if ((unsigned long long)st.st_size > KI_TEXTFILE_MAX) {
        close(fd);
        return ki_text_too_large(err, (unsigned long long)st.st_size);
    }
    size_t size = (size_t)st.st_size;
    char *data = malloc(size ? size : 1);
    if (!data) {
        close(fd);
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    }
    size_t got = 0;
    while (got < size) {
        ssize_t r = read(fd, data + got, size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(data);
            close(fd);
            return ki_err_set(err, KI_ERR_IO, "read: %s", strerror(e));
        }
        if (r == 0)
            break; /* the file shrank: decode what is there */
        got += (size_t)r;
    }
    close(fd);
    ki_status s = ki_textfile_decode(data, got, out, err);
    free(data);
    return s;
}

ki_status ki_text_too_large(ki_err *err, unsigned long long bytes)
{
    /* In tenths of a MB rounded up, so that a text just over the limit does
     * not read as the limit itself. */
    unsigned long long tenths = bytes / 100000 + (bytes % 100000 != 0);
    return ki_err_set(err, KI_ERR_TOO_LARGE, "text too large (%llu.%llu MB, limit %d MB)",
                      tenths / 10, tenths % 10, KI_TEXT_MAX_MB);
}
