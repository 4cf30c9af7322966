/*
 * columns.c - tables laid out in columns, read cell by cell (columns.h has
 * the rule).
 *
 * One pass over the lines: a line with two segments or more seeds a block,
 * which grows line by line while every line fits the column starts found
 * so far (adding a column start where a line has two segments in one
 * column and no line of the block runs across it; moving one a few
 * characters left where a line's cell starts a little earlier).  A grown
 * block is checked (columns.h), cut into rows, and written into the view;
 * the pass goes on after a kept block or one of another kind (a margin, a
 * list, labels), and after the seed of one that was no table for other
 * reasons (until the lines read reach eight times the text: then after the
 * block too), so each line is read a bounded number of times.
 */
#include "columns.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAXSEG 8           /* segments a table line may have */
#define MAXCOLS 6          /* columns a table may have */
#define MAXLINES 4000      /* lines a block may have */

typedef struct seg {
    int    c0, c1; /* character columns [c0, c1) */
    size_t b0, b1; /* bytes [b0, b1) */
} seg;

typedef struct line {
    size_t ls, le;
    int    nseg;   /* -1: more than MAXSEG */
    seg    sg[MAXSEG];
} line;

static bool is_space(char c)
{
    return c == ' ';
}

/* The segments of s[ls, le): text runs separated by two spaces or more. */
static void parse_line(const char *s, size_t ls, size_t le, line *L)
{
    L->ls = ls;
    L->le = le;
    L->nseg = 0;
    size_t i = ls;
    int col = 0;
    while (i < le) {
        if (is_space(s[i])) {
            i++;
            col++;
            continue;
        }
        seg g = {col, col, i, i};
        while (i < le) {
            if (is_space(s[i])) {
                if (i + 1 >= le || is_space(s[i + 1]))
                    break;
                i++;
                col++;
                continue;
            }
            i++;
            while (i < le && ((unsigned char)s[i] & 0xC0) == 0x80)
                i++;
            col++;
            g.b1 = i;
            g.c1 = col;
        }
        if (L->nseg >= MAXSEG) {
            L->nseg = -1;
            return;
        }
        L->sg[L->nseg++] = g;
    }
}

/* Where the first two spaces in a row are in s[i, lim), or lim: sixteen
 * places at a time (memmem() for "  " cost more than the rest of the pass) */
static size_t two_spaces(const char *s, size_t i, size_t lim)
{
#ifdef __SSE2__
    const __m128i sp = _mm_set1_epi8(' ');
    for (; i + 17 <= lim; i += 16) {
        __m128i a = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), sp);
        __m128i b = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 1)), sp);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(a, b));
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i + 1 < lim; i++)
        if (s[i] == ' ' && s[i + 1] == ' ')
            return i;
    return lim;
}

/* Does a line with more than one segment start at ls? (the cheap test that
 * picks the seeds: two spaces after text, then text) */
static bool multi_line(const char *s, size_t ls, size_t le)
{
    size_t i = ls;
    while (i < le && is_space(s[i]))
        i++;
    size_t t = i < le ? two_spaces(s, i, le) : le;
    if (t >= le)
        return false;
    size_t y = t + 2;
    while (y < le && is_space(s[y]))
        y++;
    return y < le;
}

/* Does a segment of L run across column start b (text in b-1 or on)? */
static bool straddles(const line *L, int b)
{
    for (int k = 0; k < L->nseg; k++)
        if (L->sg[k].c0 < b && L->sg[k].c1 > b - 1)
            return true;
    return false;
}

static bool any_straddles(const line *v, size_t a, size_t e, int b)
{
    for (size_t i = a; i < e; i++)
        if (v[i].nseg > 0 && straddles(&v[i], b))
            return true;
    return false;
}

/* Does a line of v[a, e) have text in character column b from a segment
 * that starts before it? (a moved column start may touch the text before
 * it: pdftotext rounds a cell's place by a character or two) */
static bool any_reaches(const line *v, size_t a, size_t e, int b)
{
    for (size_t i = a; i < e; i++)
        for (int k = 0; k < v[i].nseg; k++)
            if (v[i].sg[k].c0 < b && v[i].sg[k].c1 > b)
                return true;
    return false;
}

/* The column of character column c (0 = the first) under starts bnd. */
static int col_of(const int *bnd, int nb, int c)
{
    int k = 0;
    while (k < nb && bnd[k] <= c)
        k++;
    return k;
}

/* Can line L join the block v[a, e) with column starts bnd (nb of them)?
 * Updates bnd and nb when it can (a start added or moved left). */
static bool fits(const line *v, size_t a, size_t e, const line *L, int *bnd, int *nb)
{
    if (L->nseg < 0)
        return false;
    int b[MAXCOLS], m = *nb;
    memcpy(b, bnd, sizeof b);
    int prevcol = -1;
    for (int k = 0; k < L->nseg; k++) {
        const seg *g = &L->sg[k];
        /* across a column start: a cell that starts a little further left
         * than the others of its column moves the start (the cell before
         * it on the line, in the column to the left, ends two spaces or
         * more before it, as every line's text of that column must) */
        for (int j = 0; j < m; j++) {
            if (!(g->c0 < b[j] && g->c1 > b[j] - 1))
                continue;
            if (k == 0 || b[j] - g->c0 > 4 || (col_of(b, m, g->c0) == prevcol && prevcol != j) ||
                (j > 0 && g->c0 - 2 < b[j - 1]) || any_reaches(v, a, e, g->c0))
                return false;
            b[j] = g->c0;
        }
        int c = col_of(b, m, g->c0);
        if (k > 0 && c == prevcol) {
            /* two segments in one column: a new column starts here */
            if (m >= MAXCOLS - 1 || any_straddles(v, a, e, g->c0))
                return false;
            int j = m;
            while (j > 0 && b[j - 1] > g->c0) {
                b[j] = b[j - 1];
                j--;
            }
            b[j] = g->c0;
            m++;
            c = col_of(b, m, g->c0);
        }
        prevcol = c;
    }
    memcpy(bnd, b, sizeof b);
    *nb = m;
    return true;
}

/* A letter's heading or margin label alone in its segment, a colon after
 * it allowed: 1 for a word that may also head a table's column ("Datum",
 * "Onderwerp"), 2 for one only a letter's margin has ("Ons kenmerk",
 * "Bijlage(n)", "Kopie aan"); else 0. */
static int margin_label(const char *s, const seg *g)
{
    static const char *const heads[] = {"datum", "betreft", "onderwerp", "kenmerk", "referentie", "aan", "van"};
    static const char *const margin[] = {"ons kenmerk", "uw kenmerk", "uw brief", "uw brief van", "onze referentie",
                                         "uw referentie", "bijlage", "bijlagen", "bijlage(n)", "contactpersoon",
                                         "inlichtingen", "doorkiesnummer", "telefoon", "e-mail", "retouradres", "cc",
                                         "afschrift aan", "ons nummer", "uw nummer", "verzonden", "datum verzonden",
                                         "parafen", "paraaf", "kopie aan"};
    size_t n = g->b1 - g->b0;
    if (n && s[g->b1 - 1] == ':')
        n--;
    for (size_t k = 0; k < sizeof margin / sizeof margin[0]; k++)
        if (strlen(margin[k]) == n && strncasecmp(s + g->b0, margin[k], n) == 0)
            return 2;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
        if (strlen(heads[k]) == n && strncasecmp(s + g->b0, heads[k], n) == 0)
            return 1;
    return 0;
}

static bool upper_or_digit(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The segment of L in column c, or NULL. */
static const seg *cell_seg(const line *L, const int *bnd, int nb, int c)
{
    for (int k = 0; k < L->nseg; k++)
        if (col_of(bnd, nb, L->sg[k].c0) == c)
            return &L->sg[k];
    return NULL;
}

/* Does L start a new row after P (columns.h)? */
static bool new_row(const char *s, const line *P, const line *L, const int *bnd, int nb)
{
    const seg *c0 = cell_seg(L, bnd, nb, 0);
    if (!c0 || !upper_or_digit(s[c0->b0]))
        return false;
    if (!cell_seg(P, bnd, nb, 0))
        return true;
    if (L->nseg < 2)
        return false;
    for (int k = 0; k < L->nseg; k++)
        if (!upper_or_digit(s[L->sg[k].b0]))
            return false;
    return true;
}

/* Is H, the block's first line, a header above a row that starts at L?
 * Each of H's two cells or more begins with a capital or digit, and so
 * does L's first of two cells or more (its others may not: "eind 2026"). */
static bool header_row(const char *s, const line *H, const line *L, const int *bnd, int nb)
{
    if (H->nseg < 2 || L->nseg < 2 || !cell_seg(L, bnd, nb, 0) || !upper_or_digit(s[cell_seg(L, bnd, nb, 0)->b0]))
        return false;
    for (int k = 0; k < H->nseg; k++)
        if (!upper_or_digit(s[H->sg[k].b0]))
            return false;
    return true;
}

/* The text of a block as it is written: bytes and where each came from. */
typedef struct out {
    char     *c;
    uint32_t *o;
    size_t    n, cap;
} out;

static bool out_put(out *w, char c, uint32_t o)
{
    if (w->n == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 256;
        char *nc = realloc(w->c, cap);
        if (!nc)
            return false;
        w->c = nc;
        uint32_t *no = realloc(w->o, cap * sizeof *no);
        if (!no)
            return false;
        w->o = no;
        w->cap = cap;
    }
    w->c[w->n] = c;
    w->o[w->n++] = o;
    return true;
}

/* Appends segment g (a cell's next line) to a cell that began at w->n ==
 * cell0, undoing line-end hyphenation as ki_norm_join() does. */
static bool out_join(out *w, size_t cell0, const char *s, const seg *g, size_t base)
{
    if (w->n > cell0) {
        size_t e = w->n;
        char last = w->c[e - 1];
        bool glue = false;
        if (last == '-' && e - 1 > cell0 && w->c[e - 2] != ' ') {
            size_t x = g->b0, gl = g->b1 - g->b0;
            bool shared = (gl > 3 && !strncmp(s + x, "en ", 3)) || (gl > 3 && !strncmp(s + x, "of ", 3)) ||
                          (gl > 4 && !strncmp(s + x, "tot ", 4));
            unsigned char pc = (unsigned char)w->c[e - 2], nc = (unsigned char)s[x];
            bool pl = (pc >= 'a' && pc <= 'z') || pc >= 0x80, nl = (nc >= 'a' && nc <= 'z') || nc >= 0xC3;
            if (!shared) {
                glue = true;
                if (pl && nl)
                    w->n--; /* "be-" + "sluit" */
            }
        }
        if (!glue && !out_put(w, ' ', KI_COL_NONE))
            return false;
    }
    for (size_t i = g->b0; i < g->b1; i++)
        if (!out_put(w, s[i], (uint32_t)(i - base)))
            return false;
    return true;
}

/* One row, lines v[a, e) (empty lines skipped), written to w: each cell
 * after a bar ("| a | b" when wide is set, else "|a|b"; no bar after the
 * last, so that the last cell is the one after the last bar), or the one
 * cell alone when it has one; false when out of memory. */
static bool out_row(out *w, const char *s, const line *v, size_t a, size_t e, const int *bnd, int nb, size_t base,
                    bool wide)
{
    int filled = 0;
    for (int c = 0; c <= nb; c++) {
        bool any = false;
        for (size_t i = a; i < e && !any; i++)
            any = v[i].nseg > 0 && cell_seg(&v[i], bnd, nb, c);
        filled += any;
    }
    for (int c = 0; c <= nb; c++) {
        if (filled >= 2) {
            if (c > 0 && wide && !out_put(w, ' ', KI_COL_NONE))
                return false;
            if (!out_put(w, '|', KI_COL_NONE) || (wide && !out_put(w, ' ', KI_COL_NONE)))
                return false;
        }
        size_t cell0 = w->n;
        for (size_t i = a; i < e; i++) {
            const seg *g = v[i].nseg > 0 ? cell_seg(&v[i], bnd, nb, c) : NULL;
            if (g && !out_join(w, cell0, s, g, base))
                return false;
        }
    }
    return true;
}

typedef struct rowspan {
    size_t a, e; /* lines [a, e) */
} rowspan;

/* Checks block v[a, e) with column starts bnd and, when it is a table,
 * writes it into view (the text's bytes [v[a].ls, v[e-1].le)) and adds it
 * to vw.  *other is set when the block is of another kind (a letter's
 * margin or heading block, a list, labels and values: none of its lines
 * begins a table).  Returns false when out of memory. */
static bool take_block(const char *s, char *view, const line *v, size_t a, size_t e, const int *bnd, int nb,
                       ki_colview *vw, bool *other)
{
    *other = false;
    /* the block ends with the row of its last line of two cells or more:
     * what follows an empty line after it is text of its own */
    size_t lm = e;
    while (lm > a && v[lm - 1].nseg < 2)
        lm--;
    while (lm > a && lm < e && v[lm].nseg > 0)
        lm++;
    e = lm;
    if (nb < 1 || e - a < 2)
        return true;
    int support[MAXCOLS] = {0}, w0 = 0, c0min = 1 << 30;
    size_t multi = 0;
    bool blank_sep = false;
    for (size_t i = a; i < e; i++) {
        const line *L = &v[i];
        if (L->nseg == 0) {
            blank_sep = true;
            continue;
        }
        bool seen[MAXCOLS] = {false};
        int cells = 0;
        for (int k = 0; k < L->nseg; k++) {
            int c = col_of(bnd, nb, L->sg[k].c0);
            if (!seen[c])
                cells++;
            seen[c] = true;
            if (c == 0) {
                if (L->sg[k].c1 > w0)
                    w0 = L->sg[k].c1;
                if (L->sg[k].c0 < c0min)
                    c0min = L->sg[k].c0;
            }
            /* a letter's heading block or margin: a label only a margin
             * has, or a heading label below the first line */
            int ml = margin_label(s, &L->sg[k]);
            if (ml == 2 || (ml == 1 && i > a)) {
                *other = true;
                return true;
            }
        }
        for (int c = 0; c <= nb; c++)
            support[c] += seen[c];
        multi += cells >= 2;
    }
    for (int c = 1; c <= nb; c++)
        if (support[c] < 2)
            return true;
    /* a list: its markers in a column of their own */
    if (nb == 1 && w0 - c0min <= 4)
        *other = true;
    if (multi < 2 || *other)
        return true;

    /* rows */
    rowspan *rows = malloc((e - a) * sizeof *rows);
    if (!rows)
        return false;
    size_t nr = 0;
    /* rows separated by empty lines: three groups of lines or more */
    size_t groups = 0;
    for (size_t i = a; i < e; i++)
        groups += v[i].nseg != 0 && (i == a || v[i - 1].nseg == 0);
    blank_sep = groups >= 3;
    bool wraps = false;
    for (size_t i = a; i < e; i++) {
        if (v[i].nseg == 0)
            continue;
        bool open = nr > 0 && rows[nr - 1].e == i;
        if (open && ((i == a + 1 && header_row(s, &v[a], &v[i], bnd, nb)) ||
                     ((!blank_sep || i == a + 1) && new_row(s, &v[i - 1], &v[i], bnd, nb))))
            open = false;
        if (open) {
            rows[nr - 1].e = i + 1;
        } else {
            rows[nr].a = i;
            rows[nr++].e = i + 1;
        }
    }
    /* two rows or more of two cells or more (a body text beside a margin
     * column is one), and one of them has a cell over two lines */
    size_t full = 0;
    for (size_t r = 0; r < nr; r++) {
        int cells = 0;
        bool two = false;
        for (int c = 0; c <= nb; c++) {
            int lines = 0;
            for (size_t i = rows[r].a; i < rows[r].e; i++)
                lines += cell_seg(&v[i], bnd, nb, c) != NULL;
            cells += lines > 0;
            two |= lines > 1;
        }
        full += cells >= 2;
        wraps |= cells >= 2 && two;
    }
    /* labels and their values ("Nummer   TZ...", "Termijn   voor de zomer"):
     * two columns, the first narrow and never wrapped (where a row has it
     * on two lines, the second's first word would have fitted on the
     * first, up to the widest first-column text or two characters before
     * the second column: a label below a label) */
    bool col0_wraps = false;
    for (size_t r = 0; r < nr && !col0_wraps; r++)
        for (size_t i = rows[r].a; i + 1 < rows[r].e && !col0_wraps; i++) {
            const seg *p = v[i].nseg > 0 ? cell_seg(&v[i], bnd, nb, 0) : NULL;
            const seg *q = v[i + 1].nseg > 0 ? cell_seg(&v[i + 1], bnd, nb, 0) : NULL;
            if (!p || !q)
                continue;
            int wl = 0;
            for (size_t x = q->b0; x < q->b1 && s[x] != ' '; x++)
                wl += ((unsigned char)s[x] & 0xC0) != 0x80;
            /* (a capitalised label below one that ends in a whole word is
             * a label too, however long: "Datum toezegging / Termijn") */
            unsigned char pl = (unsigned char)s[p->b1 - 1], q0 = (unsigned char)s[q->b0];
            bool label = q0 >= 'A' && q0 <= 'Z' && ((pl >= 'a' && pl <= 'z') || (pl >= 'A' && pl <= 'Z'));
            col0_wraps = !label && p->c1 + 1 + wl > (w0 > bnd[0] - 2 ? w0 : bnd[0] - 2);
        }
    *other = nb == 1 && !col0_wraps && w0 - c0min <= 24;
    if (!wraps || full < 2 || *other) {
        free(rows);
        return true;
    }

    size_t bs = v[a].ls, be = v[e - 1].le;
    out w = {NULL, NULL, 0, 0};
    size_t *rstart = malloc(nr * sizeof *rstart), *rend = malloc(nr * sizeof *rend);
    bool ok = rstart && rend, fit = false;
    for (int sp = 0; sp < 2 && ok && !fit; sp++) {
        w.n = 0;
        for (size_t r = 0; r < nr && ok; r++) {
            rstart[r] = w.n;
            ok = out_row(&w, s, v, rows[r].a, rows[r].e, bnd, nb, bs, sp == 0);
            rend[r] = w.n;
        }
        fit = ok && w.n + nr - 1 <= be - bs;
    }
    if (ok && fit) {
        ki_colblock *nbk = realloc(vw->blocks, (vw->nblocks + 1) * sizeof *nbk);
        uint32_t *orig = malloc((be - bs) * sizeof *orig);
        if (nbk)
            vw->blocks = nbk;
        ok = nbk && orig;
        if (ok) {
            /* each row at its own first line's place when the rows after it
             * still fit, else right after the row before; its line end at
             * the end of its padding */
            size_t need = w.n + nr - 1, cur = bs;
            for (size_t x = bs; x < be; x++) {
                view[x] = ' ';
                orig[x - bs] = KI_COL_NONE;
            }
            for (size_t r = 0; r < nr; r++) {
                size_t len = rend[r] - rstart[r], at = cur, ls = v[rows[r].a].ls;
                if (ls > at && be - ls >= need)
                    at = ls;
                if (r > 0)
                    view[at - 1] = '\n';
                memcpy(view + at, w.c + rstart[r], len);
                memcpy(orig + (at - bs), w.o + rstart[r], len * sizeof *orig);
                cur = at + len + 1;
                need -= len + (r + 1 < nr);
            }
            vw->blocks[vw->nblocks++] = (ki_colblock){bs, be, nb + 1, (int)nr, orig};
        } else {
            free(orig);
        }
    }
    free(w.c);
    free(w.o);
    free(rstart);
    free(rend);
    free(rows);
    return ok || !fit;
}

ki_status ki_columns_view(const char *s, size_t n, const size_t *page_start, int npages, ki_colview *vw)
{
    memset(vw, 0, sizeof *vw);
    char *view = NULL;
    line *v = NULL;
    size_t cap = 0;
    int page = 0;
    size_t ls = 0, work = 0;
    while (ls < n) {
        /* a line without two spaces in a row seeds nothing: past such
         * lines at once, to the line of the next two spaces */
        size_t ts = two_spaces(s, ls, n);
        if (ts >= n)
            break;
        const char *lb = ts > ls ? memrchr(s + ls, '\n', ts - ls) : NULL;
        if (lb)
            ls = (size_t)(lb - s) + 1;
        size_t le = ls;
        const char *p = memchr(s + ls, '\n', n - ls);
        le = p ? (size_t)(p - s) : n;
        if (!multi_line(s, ls, le)) {
            ls = le + 1;
            continue;
        }
        /* the page of the seed, and where the next one starts */
        while (page_start && page + 1 < npages && page_start[page + 1] <= ls)
            page++;
        size_t pend = page_start && page + 1 < npages ? page_start[page + 1] : n + 1;
        /* grow a block from this line */
        size_t nl = 0, last = 0, blanks = 0;
        int bnd[MAXCOLS] = {0}, nb = 0;
        size_t x = ls;
        while (x < n && x < pend && nl < MAXLINES) {
            const char *q = memchr(s + x, '\n', n - x);
            size_t xe = q ? (size_t)(q - s) : n;
            if (nl == cap) {
                size_t nc = cap ? 2 * cap : 64;
                line *nv = realloc(v, nc * sizeof *nv);
                if (!nv)
                    goto nomem;
                v = nv;
                cap = nc;
            }
            parse_line(s, x, xe, &v[nl]);
            if (v[nl].nseg == 0) {
                if (++blanks >= 2)
                    break;
                nl++;
            } else {
                if (nl == 0) {
                    if (v[0].nseg < 2 || v[0].nseg > MAXCOLS)
                        break;
                    for (int k = 1; k < v[0].nseg; k++)
                        bnd[nb++] = v[0].sg[k].c0;
                } else if (!fits(v, 0, nl, &v[nl], bnd, &nb)) {
                    break;
                }
                blanks = 0;
                last = ++nl;
            }
            x = xe + 1;
        }
        if (last == 0) {
            ls = le + 1;
            continue;
        }
        if (!view && last >= 2) {
            if (!(view = malloc(n + 1)))
                goto nomem;
            memcpy(view, s, n);
            view[n] = '\0';
        }
        size_t kept = vw->nblocks;
        bool other = false;
        if (last >= 2 && !take_block(s, view, v, 0, last, bnd, nb, vw, &other))
            goto nomem;
        /* after a block that is no table (and no block of another kind),
         * the next seed may be inside it (a page's footer above a table's
         * header took the header along), as long as the lines read so far
         * stay within a few times the text */
        size_t next = v[last - 1].le + 1;
        work += next - v[0].ls;
        if (vw->nblocks == kept && !other && work < 8 * n + 100000)
            for (size_t k = 1; k < last; k++)
                if (v[k].nseg >= 2) {
                    next = v[k].ls;
                    break;
                }
        ls = next;
    }
    free(v);
    if (vw->nblocks) {
        vw->buf = view;
        vw->len = n;
    } else {
        free(view);
    }
    return KI_OK;
nomem:
    free(v);
    free(view);
    ki_colview_free(vw);
    return KI_ERR_NOMEM;
}

void ki_colview_free(ki_colview *v)
{
    for (size_t i = 0; i < v->nblocks; i++)
        free(v->blocks[i].orig);
    free(v->blocks);
    free(v->buf);
    memset(v, 0, sizeof *v);
}

/* The first block that ends after off, or nblocks. */
static size_t block_after(const ki_colview *v, size_t off)
{
    size_t lo = 0, hi = v->nblocks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->blocks[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void ki_colview_span(const ki_colview *v, size_t a, size_t b, size_t *oa, size_t *ob)
{
    *oa = a;
    *ob = b;
    if (!v->nblocks || b <= a)
        return;
    size_t k = block_after(v, a);
    if (k >= v->nblocks || v->blocks[k].start >= b)
        return;
    size_t lo = (size_t)-1, hi = 0;
    for (size_t x = a; x < b;) {
        while (k < v->nblocks && v->blocks[k].end <= x)
            k++;
        if (k >= v->nblocks || x < v->blocks[k].start) {
            if (x < lo)
                lo = x;
            if (x + 1 > hi)
                hi = x + 1;
            x++;
            continue;
        }
        const ki_colblock *bk = &v->blocks[k];
        for (; x < b && x < bk->end; x++) {
            uint32_t o = bk->orig[x - bk->start];
            if (o == KI_COL_NONE)
                continue;
            size_t t = bk->start + o;
            if (t < lo)
                lo = t;
            if (t + 1 > hi)
                hi = t + 1;
        }
    }
    if (lo == (size_t)-1) {
        /* only bytes the view added: where the text byte before them came from */
        k = block_after(v, a);
        const ki_colblock *bk = &v->blocks[k];
        size_t x = a;
        while (x > bk->start && bk->orig[x - bk->start] == KI_COL_NONE)
            x--;
        lo = bk->orig[x - bk->start] == KI_COL_NONE ? bk->start : bk->start + bk->orig[x - bk->start];
        hi = lo;
    }
    *oa = lo;
    *ob = hi;
}

size_t ki_colview_from_text(const ki_colview *v, size_t off)
{
    size_t k = block_after(v, off);
    if (k < v->nblocks && v->blocks[k].start <= off)
        return v->blocks[k].start;
    return off;
}
