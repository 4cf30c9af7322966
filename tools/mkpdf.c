/*
 * mkpdf IN.src OUT.pdf - lays out a .src document as a PDF the way Dutch
 * ministries do (A4, body column left, margin column right, running header,
 * footer, footnotes).  The format is described in notes/src-format.md; in
 * short:
 *
 *   @title: T            PDF Info Title          @date: YYYY-MM-DD (CreationDate)
 *   @margin: TEXT        margin line, all pages  @margin-first: TEXT (page 1 only)
 *   @header: TEXT        running header          @footer: TEXT ({page} {pages})
 *   @hyphenate: yes      break long words        @font: serif | sans
 *   @image-only: yes     every page as a bitmap (no text layer, like a scan);
 *                        "@image-only: 2 3" only those pages
 *   @vertical: TEXT      TEXT set rotated along the left edge of every page
 *                        (a document number, as some ministries print it)
 *   @columns: 2          body in two columns over the full width (as the
 *                        Handelingen are set; use no @margin with it);
 *                        footnotes at the foot of their marker's column
 *   # comment            ## Heading              - bullet ("  " continues it)
 *   ^3 marker            [^3]: footnote text     @pagebreak
 *   @raw: ... @endraw    lines set as they are
 *   @grid: ... @endgrid  a table laid out in columns: each line's runs of text
 *                        (split at two spaces or more) set in 8 pt at the x of
 *                        their character column (4.4 pt a character), so that
 *                        cells aligned in the source are aligned on the page
 *
 * The output is deterministic: the same input gives the same bytes (the
 * creation date is only written when @date gives one).  mkpdf is a tool,
 * not library code: it prints its errors and exits 1 on bad input, 2 on a
 * usage error.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W 595.276
#define PAGE_H 841.89
#define BODY_X 70.0
#define BODY_W 310.0
#define BODY_TOP 130.0    /* first body baseline */
#define BODY_BOTTOM 772.0 /* lowest baseline of body or footnotes */
#define BODY_SIZE 10.0
#define BODY_LEAD 13.5
#define PARA_GAP 7.0
#define BULLET_INDENT 14.0
#define SUP_SIZE 6.0
#define SUP_RISE 3.8
#define FN_SIZE 7.5
#define FN_LEAD 9.5
#define FN_INDENT 14.0
#define FN_SUP_SIZE 5.0
#define MARGIN_X 440.0
#define MARGIN_TOP 130.0
#define MARGIN_SIZE 7.0
#define MARGIN_LEAD 9.0
#define HEADER_Y 52.0
#define HEADER_SIZE 8.0
#define FOOTER_Y 808.0
#define FOOTER_SIZE 7.0
#define MAX_PAGES 100000
#define MAX_COLS 2
#define COL_GAP 24.0
#define WIDE_W 455.0 /* body width with @columns: 2 (no margin column) */

enum { F_REG, F_BOLD };

typedef struct op {
    char *text;
    double x, y, size;
    int font;
} op;

typedef struct page {
    op *ops;
    size_t n, cap;
    double fn_height[MAX_COLS];       /* footnote block height per column */
    const struct footnote **fn_lines; /* footnotes placed on this page */
    int *fn_col;                      /* ... and the column of each */
    size_t nfn;
} page;

typedef struct footnote {
    char *id;
    char *text;
} footnote;

static struct {
    char *title, *date, *header, *footer, *vertical;
    char **margin;      /* margin lines in source order */
    bool *margin_first; /* ... each on page 1 only? */
    size_t nmargin;
    bool hyphenate, serif, image_all;
    bool image_page[64];
    footnote *notes;
    size_t nnotes;
} doc;

static int ncols = 1, cur_col; /* @columns; the column being filled */
static double col_w = BODY_W;
static page *pages;
static size_t npages;
static double cur_y; /* baseline of the next body line on the last page */
static bool page_fresh = true;
static cairo_t *measure_cr;
static const char *src_name = "input";
static int src_line;

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "mkpdf: %s:%d: ", src_name, src_line);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("mkpdf: out of memory\n", stderr);
        exit(1);
    }
    return q;
}

static char *xstrndup(const char *s, size_t n)
{
    char *r = xrealloc(NULL, n + 1);
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

static char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

static void push_str(char ***arr, size_t *n, const char *s)
{
    *arr = xrealloc(*arr, (*n + 1) * sizeof **arr);
    (*arr)[(*n)++] = xstrdup(s);
}

static void add_margin(const char *v, bool first_only)
{
    doc.margin_first = xrealloc(doc.margin_first, (doc.nmargin + 1) * sizeof *doc.margin_first);
    doc.margin_first[doc.nmargin] = first_only;
    push_str(&doc.margin, &doc.nmargin, v);
}

static const char *family(void)
{
    return doc.serif ? "DejaVu Serif" : "DejaVu Sans";
}

static void set_font(cairo_t *cr, int font, double size)
{
    cairo_select_font_face(cr, family(), CAIRO_FONT_SLANT_NORMAL,
                           font == F_BOLD ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

static double text_width(const char *s, size_t n, int font, double size)
{
    char buf[1024];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    cairo_text_extents_t e;
    set_font(measure_cr, font, size);
    cairo_text_extents(measure_cr, buf, &e);
    return e.x_advance;
}

/* ---- pages and drawing operations ---- */

static page *new_page(void)
{
    if (npages >= MAX_PAGES)
        die("%s", "too many pages");
    pages = xrealloc(pages, (npages + 1) * sizeof *pages);
    memset(&pages[npages], 0, sizeof pages[npages]);
    cur_y = BODY_TOP;
    cur_col = 0;
    page_fresh = true;
    return &pages[npages++];
}

/* x offset of column c. */
static double col_off(int c)
{
    return c * (col_w + COL_GAP);
}

static page *last_page(void)
{
    return npages ? &pages[npages - 1] : new_page();
}

static void add_op(page *p, const char *s, size_t n, double x, double y, int font, double size)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 64;
        p->ops = xrealloc(p->ops, p->cap * sizeof *p->ops);
    }
    p->ops[p->n++] = (op){xstrndup(s, n), x, y, size, font};
}

/* A word may carry footnote markers "^N"; the plain part is set in the
 * line's font, a marker small and raised.  Returns the width; draws when
 * p is not NULL. */
static double word_run(page *p, const char *w, size_t n, double x, double y, int font,
                       double size, double sup_size)
{
    double x0 = x;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !(w[j] == '^' && j + 1 < n && isdigit((unsigned char)w[j + 1])))
            j++;
        if (j > i) {
            double ww = text_width(w + i, j - i, font, size);
            if (p)
                add_op(p, w + i, j - i, x, y, font, size);
            x += ww;
        }
        if (j < n) { /* marker */
            size_t k = j + 1;
            while (k < n && isdigit((unsigned char)w[k]))
                k++;
            double ww = text_width(w + j + 1, k - j - 1, F_REG, sup_size);
            if (p)
                add_op(p, w + j + 1, k - j - 1, x + 0.3, y - SUP_RISE * sup_size / SUP_SIZE,
                       F_REG, sup_size);
            x += ww + 0.3;
            j = k;
        }
        i = j;
    }
    return x - x0;
}

/* The markers in a word ("^3") -> calls fn for each id. */
static void word_markers(const char *w, size_t n, void (*fn)(const char *, size_t))
{
    for (size_t j = 0; j + 1 < n; j++)
        if (w[j] == '^' && isdigit((unsigned char)w[j + 1])) {
            size_t k = j + 1;
            while (k < n && isdigit((unsigned char)w[k]))
                k++;
            fn(w + j + 1, k - j - 1);
            j = k - 1;
        }
}

/* ---- line breaking ---- */

typedef struct line {
    char **words;
    size_t n, cap;
} line;

static void line_add(line *l, const char *w, size_t n)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->words = xrealloc(l->words, l->cap * sizeof *l->words);
    }
    l->words[l->n++] = xstrndup(w, n);
}

static void line_clear(line *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->words[i]);
    l->n = 0;
}

typedef void emit_fn(line *l, void *ctx);

static bool is_letter_at(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    return islower(c) || c >= 0x80;
}

static bool is_vowel(char c)
{
    return c && strchr("aeiouy", c) != NULL;
}

/* A hyphenation point looks natural before a consonant + vowel ("rap-por-
 * te-ren"); mkpdf knows no dictionary, this is close enough. */
static bool syllable_start(const char *s)
{
    return islower((unsigned char)s[0]) && !is_vowel(s[0]) && is_vowel(s[1]);
}

/* Greedy line breaking of the words in text (split at spaces) into lines of
 * at most width; calls emit for each line. */
static void wrap(const char *text, double width, int font, double size, double sup_size,
                 emit_fn *emit, void *ctx)
{
    line l = {0};
    double lw = 0, space = text_width(" ", 1, font, size);
    const char *p = text;
    char *carry = NULL;
    for (;;) {
        const char *w;
        size_t n;
        if (carry) {
            w = carry, n = strlen(carry);
        } else {
            while (*p == ' ')
                p++;
            if (!*p)
                break;
            w = p;
            while (*p && *p != ' ')
                p++;
            n = (size_t)(p - w);
        }
        double ww = word_run(NULL, w, n, 0, 0, font, size, sup_size);
        double need = (l.n ? space : 0) + ww;
        char *next_carry = NULL;
        if (lw + need <= width || (l.n == 0 && n < 4)) {
            line_add(&l, w, n);
            lw += need;
        } else {
            bool placed = false;
            /* Break after a hyphen inside the word. */
            for (size_t i = n - 1; i > 0 && !placed; i--) {
                if (w[i - 1] != '-' || i >= n || w[i] == '^')
                    continue;
                double pw = (l.n ? space : 0) + word_run(NULL, w, i, 0, 0, font, size, sup_size);
                if (lw + pw <= width) {
                    line_add(&l, w, i);
                    next_carry = xstrndup(w + i, n - i);
                    placed = true;
                }
            }
            /* Hyphenate between two lower-case letters. */
            size_t plain = 0;
            while (plain < n && w[plain] != '^')
                plain++;
            if (!placed && doc.hyphenate && plain >= 7) {
                for (size_t i = plain - 3; i >= 3 && !placed; i--) {
                    if (((unsigned char)w[i] & 0xC0) == 0x80 || !is_letter_at(w, i - 1) ||
                        !is_letter_at(w, i) || w[i - 1] == '-' || !syllable_start(w + i))
                        continue;
                    char tmp[512];
                    if (i + 1 >= sizeof tmp)
                        continue;
                    memcpy(tmp, w, i);
                    tmp[i] = '-';
                    double pw = (l.n ? space : 0) + text_width(tmp, i + 1, font, size);
                    if (lw + pw <= width) {
                        line_add(&l, tmp, i + 1);
                        next_carry = xstrndup(w + i, n - i);
                        placed = true;
                    }
                }
            }
            if (placed) {
                emit(&l, ctx);
                line_clear(&l);
                lw = 0;
            } else if (l.n) {
                emit(&l, ctx);
                line_clear(&l);
                lw = 0;
                next_carry = xstrndup(w, n); /* retry on the fresh line */
            } else {
                line_add(&l, w, n); /* too wide even alone: let it stick out */
                lw = ww;
            }
        }
        free(carry);
        carry = next_carry;
    }
    if (l.n)
        emit(&l, ctx);
    line_clear(&l);
    free(l.words);
}

/* ---- footnotes ---- */

static const footnote *find_note(const char *id, size_t n)
{
    for (size_t i = 0; i < doc.nnotes; i++)
        if (strlen(doc.notes[i].id) == n && memcmp(doc.notes[i].id, id, n) == 0)
            return &doc.notes[i];
    return NULL;
}

static size_t fn_count_lines;
static void count_emit(line *l, void *ctx)
{
    (void)l, (void)ctx;
    fn_count_lines++;
}

static double note_height(const footnote *f)
{
    fn_count_lines = 0;
    wrap(f->text, col_w - FN_INDENT, F_REG, FN_SIZE, FN_SUP_SIZE, count_emit, NULL);
    return (double)(fn_count_lines ? fn_count_lines : 1) * FN_LEAD;
}

/* Markers of the line being placed, collected by word_markers(). */
static const footnote *pending[32];
static size_t npending;
static void collect_marker(const char *id, size_t n)
{
    const footnote *f = find_note(id, n);
    if (f && npending < 32)
        pending[npending++] = f;
}

static double pending_height(void)
{
    double h = 0;
    for (size_t i = 0; i < npending; i++)
        h += note_height(pending[i]);
    return h;
}

static void attach_pending(page *p)
{
    for (size_t i = 0; i < npending; i++) {
        if (p->fn_height[cur_col] == 0)
            p->fn_height[cur_col] = 8; /* the rule above the footnotes */
        p->fn_height[cur_col] += note_height(pending[i]);
        p->fn_lines = xrealloc(p->fn_lines, (p->nfn + 1) * sizeof *p->fn_lines);
        p->fn_col = xrealloc(p->fn_col, (p->nfn + 1) * sizeof *p->fn_col);
        p->fn_col[p->nfn] = cur_col;
        p->fn_lines[p->nfn++] = pending[i];
    }
    npending = 0;
}

/* ---- placing body lines ---- */

typedef struct place_ctx {
    double x, width;
    int font;
    double size;
    const char *bullet; /* drawn before the first line, or NULL */
    bool first;
} place_ctx;

/* Room for one more body line at cur_y on page p with extra footnotes. */
/* The next column, or a new page after the last one. */
static page *next_area(void)
{
    if (cur_col + 1 < ncols) {
        cur_col++;
        cur_y = BODY_TOP;
        page_fresh = true;
        return last_page();
    }
    return new_page();
}

static bool fits(const page *p, double extra_fn)
{
    double h = p->fn_height[cur_col];
    double fn = h + extra_fn + (h == 0 && extra_fn > 0 ? 8 : 0);
    return cur_y <= BODY_BOTTOM - fn - (fn > 0 ? 4 : 0);
}

static void place_words(line *l, double x, int font, double size)
{
    page *p = last_page();
    double space = text_width(" ", 1, font, size);
    for (size_t i = 0; i < l->n; i++) {
        x += word_run(p, l->words[i], strlen(l->words[i]), x, cur_y, font, size, SUP_SIZE);
        x += space;
    }
}

static void place_emit(line *l, void *vctx)
{
    place_ctx *c = vctx;
    npending = 0;
    for (size_t i = 0; i < l->n; i++)
        word_markers(l->words[i], strlen(l->words[i]), collect_marker);
    page *p = last_page();
    if (!fits(p, pending_height()) && !page_fresh)
        p = next_area();
    if (c->first && c->bullet)
        add_op(p, c->bullet, strlen(c->bullet), BODY_X + 2 + col_off(cur_col), cur_y, F_REG,
               c->size);
    place_words(l, c->x + col_off(cur_col), c->font, c->size);
    attach_pending(p);
    cur_y += BODY_LEAD;
    page_fresh = false;
    c->first = false;
}

static void block_gap(void)
{
    if (!page_fresh)
        cur_y += PARA_GAP;
}

static void place_paragraph(const char *text, int font, const char *bullet)
{
    place_ctx c = {BODY_X, col_w, font, BODY_SIZE, bullet, true};
    if (bullet)
        c.x += BULLET_INDENT, c.width -= BULLET_INDENT;
    wrap(text, c.width, font, BODY_SIZE, SUP_SIZE, place_emit, &c);
}

static void place_raw(const char *s)
{
    page *p = last_page();
    if (!fits(p, 0) && !page_fresh)
        p = next_area();
    line l = {0};
    line_add(&l, s, strlen(s));
    npending = 0;
    word_markers(s, strlen(s), collect_marker);
    word_run(p, s, strlen(s), BODY_X + col_off(cur_col), cur_y, F_REG, BODY_SIZE, SUP_SIZE);
    attach_pending(p);
    line_clear(&l);
    free(l.words);
    cur_y += BODY_LEAD;
    page_fresh = false;
}

#define GRID_SIZE 8.0
#define GRID_CHAR_W 4.4
#define GRID_LEAD 10.5

/* One line of a @grid block: its runs of text at their character columns. */
static void place_grid(const char *s)
{
    page *p = last_page();
    if (!fits(p, 0) && !page_fresh)
        p = next_area();
    size_t n = strlen(s), i = 0;
    while (i < n) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && !(s[j] == ' ' && (j + 1 >= n || s[j + 1] == ' ')))
            j++;
        size_t col = 0;
        for (size_t k = 0; k < i; k++)
            col += ((unsigned char)s[k] & 0xC0) != 0x80;
        word_run(p, s + i, j - i, BODY_X + col_off(cur_col) + (double)col * GRID_CHAR_W, cur_y, F_REG,
                 GRID_SIZE, SUP_SIZE);
        i = j;
    }
    cur_y += GRID_LEAD;
    page_fresh = false;
}

/* ---- reading the source ---- */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

static bool directive(char *s, const char *name, char **val)
{
    size_t n = strlen(name);
    if (s[0] != '@' || strncmp(s + 1, name, n) != 0 || s[1 + n] != ':')
        return false;
    *val = trim(s + 2 + n);
    return true;
}

typedef enum { B_NONE, B_PARA, B_HEADING, B_BULLET, B_NOTE, B_GRID } block_kind;

static struct {
    block_kind kind;
    char *text;
    size_t len, cap;
    char note_id[32];
} blk;

static void blk_add(const char *s)
{
    size_t n = strlen(s);
    if (blk.len + n + 2 > blk.cap) {
        blk.cap = (blk.len + n + 2) * 2;
        blk.text = xrealloc(blk.text, blk.cap);
    }
    if (blk.len)
        blk.text[blk.len++] = ' ';
    memcpy(blk.text + blk.len, s, n);
    blk.len += n;
    blk.text[blk.len] = '\0';
}

/* Body blocks are kept in order and laid out after all footnote texts are
 * known (a note may be defined after its marker). */
typedef struct block {
    block_kind kind; /* B_PARA, B_HEADING, B_BULLET; B_NONE = page break; B_NOTE = raw line */
    char *text;
    bool prev_bullet;
} block;
static block *blocks;
static size_t nblocks;

static void push_block(block_kind k, const char *text)
{
    blocks = xrealloc(blocks, (nblocks + 1) * sizeof *blocks);
    blocks[nblocks++] = (block){k, xstrdup(text ? text : ""), false};
}

static void flush_block(void)
{
    if (blk.kind == B_NOTE) {
        doc.notes = xrealloc(doc.notes, (doc.nnotes + 1) * sizeof *doc.notes);
        doc.notes[doc.nnotes++] = (footnote){xstrdup(blk.note_id), xstrdup(blk.len ? blk.text : "")};
    } else if (blk.kind != B_NONE && blk.len) {
        push_block(blk.kind, blk.text);
    }
    blk.kind = B_NONE;
    blk.len = 0;
    if (blk.text)
        blk.text[0] = '\0';
}

static void parse(FILE *f)
{
    char *lb = NULL;
    size_t lcap = 0;
    ssize_t got;
    bool in_body = false, in_raw = false, in_grid = false;
    while ((got = getline(&lb, &lcap, f)) != -1) {
        src_line++;
        char *s = lb;
        size_t n = strlen(s);
        while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
            s[--n] = '\0';
        if (in_raw) {
            if (strncmp(trim(s), "@endraw", 7) == 0 || strncmp(trim(s), "@endgrid", 8) == 0) {
                in_raw = in_grid = false;
                continue;
            }
            push_block(in_grid ? B_GRID : B_NOTE, s);
            continue;
        }
        if (s[0] == '#' && s[1] != '#')
            continue; /* comment */
        char *v;
        if (!in_body && s[0] == '@') {
            if (directive(s, "title", &v))
                doc.title = xstrdup(v);
            else if (directive(s, "date", &v))
                doc.date = xstrdup(v);
            else if (directive(s, "margin-first", &v))
                add_margin(v, true);
            else if (directive(s, "margin", &v))
                add_margin(v, false);
            else if (directive(s, "header", &v))
                doc.header = xstrdup(v);
            else if (directive(s, "footer", &v))
                doc.footer = xstrdup(v);
            else if (directive(s, "vertical", &v))
                doc.vertical = xstrdup(v);
            else if (directive(s, "hyphenate", &v))
                doc.hyphenate = strcmp(v, "yes") == 0;
            else if (directive(s, "columns", &v)) {
                ncols = strcmp(v, "2") == 0 ? 2 : 1;
                col_w = ncols == 2 ? (WIDE_W - COL_GAP) / 2 : BODY_W;
            } else if (directive(s, "font", &v))
                doc.serif = strcmp(v, "serif") == 0;
            else if (directive(s, "image-only", &v)) {
                if (strcmp(v, "yes") == 0)
                    doc.image_all = true;
                for (char *q = v; *q;) {
                    char *e;
                    long pg = strtol(q, &e, 10);
                    if (e == q) {
                        q++;
                        continue;
                    }
                    if (pg >= 1 && pg < 64)
                        doc.image_page[pg] = true;
                    q = e;
                }
            } else if (strncmp(s, "@pagebreak", 10) == 0 || strncmp(s, "@raw:", 5) == 0) {
                in_body = true; /* falls through to the body handling below */
            } else {
                die("unknown directive: %s", s);
            }
            if (!in_body)
                continue;
        }
        if (s[0] != '\0' || in_body)
            in_body = true;
        if (strncmp(s, "@pagebreak", 10) == 0) {
            flush_block();
            push_block(B_NONE, NULL);
            continue;
        }
        if (strncmp(s, "@grid:", 6) == 0) {
            flush_block();
            in_raw = in_grid = true;
            in_body = true;
            continue;
        }
        if (strncmp(s, "@raw:", 5) == 0) {
            flush_block();
            in_raw = true;
            char *rest = trim(s + 5);
            if (*rest)
                push_block(B_NOTE, rest);
            continue;
        }
        char *t = trim(s);
        if (!*t) {
            flush_block();
            continue;
        }
        if (strncmp(s, "## ", 3) == 0) {
            flush_block();
            blk.kind = B_HEADING;
            blk_add(trim(s + 3));
            flush_block();
            continue;
        }
        if (strncmp(s, "- ", 2) == 0) {
            flush_block();
            blk.kind = B_BULLET;
            blk_add(trim(s + 2));
            continue;
        }
        if (strncmp(s, "[^", 2) == 0) {
            char *e = strstr(s, "]:");
            if (e && e - s - 2 > 0 && e - s - 2 < 31) {
                flush_block();
                blk.kind = B_NOTE;
                memcpy(blk.note_id, s + 2, (size_t)(e - s - 2));
                blk.note_id[e - s - 2] = '\0';
                blk_add(trim(e + 2));
                continue;
            }
        }
        if ((blk.kind == B_BULLET || blk.kind == B_NOTE) && strncmp(s, "  ", 2) == 0) {
            blk_add(t);
            continue;
        }
        if (blk.kind == B_BULLET || blk.kind == B_NOTE || blk.kind == B_HEADING)
            flush_block();
        if (blk.kind == B_NONE)
            blk.kind = B_PARA;
        blk_add(t);
    }
    flush_block();
    free(lb);
}

static void layout(void)
{
    new_page();
    block_kind prev = B_NONE;
    for (size_t i = 0; i < nblocks; i++) {
        block *b = &blocks[i];
        if (b->kind == B_NONE) {
            if (!page_fresh || i == 0)
                new_page();
            prev = B_NONE;
            continue;
        }
        if (b->kind == B_GRID) { /* a table line */
            if (prev != B_GRID)
                block_gap();
            place_grid(b->text);
        } else if (b->kind == B_NOTE) { /* a raw line */
            if (prev != B_NOTE)
                block_gap();
            place_raw(b->text);
        } else if (b->kind == B_HEADING) {
            block_gap();
            place_paragraph(b->text, F_BOLD, NULL);
        } else if (b->kind == B_BULLET) {
            if (prev != B_BULLET)
                block_gap();
            place_paragraph(b->text, F_REG, "\xe2\x80\xa2");
        } else {
            if (prev != B_HEADING)
                block_gap();
            place_paragraph(b->text, F_REG, NULL);
        }
        prev = b->kind;
    }
}

/* ---- rendering ---- */

static bool is_label(const char *s)
{
    static const char *const labels[] = {"Kenmerk", "Datum", "Onze referentie",
                                         "Uw referentie", "Bijlage(n)", "Bijlagen",
                                         "Bijlage", "Pagina", NULL};
    for (int i = 0; labels[i]; i++)
        if (strcmp(s, labels[i]) == 0)
            return true;
    return false;
}

static void draw_text(cairo_t *cr, const char *s, double x, double y, int font, double size)
{
    set_font(cr, font, size);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, s);
}

static void subst(char *out, size_t cap, const char *tmpl, size_t pg, size_t total)
{
    size_t o = 0;
    for (const char *p = tmpl; *p && o + 1 < cap;) {
        if (strncmp(p, "{page}", 6) == 0) {
            o += (size_t)snprintf(out + o, cap - o, "%zu", pg);
            p += 6;
        } else if (strncmp(p, "{pages}", 7) == 0) {
            o += (size_t)snprintf(out + o, cap - o, "%zu", total);
            p += 7;
        } else {
            out[o++] = *p++;
        }
        if (o >= cap)
            o = cap - 1;
    }
    out[o] = '\0';
}

typedef struct fn_draw_ctx {
    cairo_t *cr;
    double x, y;
} fn_draw_ctx;

static void fn_draw_emit(line *l, void *vctx)
{
    fn_draw_ctx *c = vctx;
    page one = {0};
    double x = c->x + FN_INDENT, space = text_width(" ", 1, F_REG, FN_SIZE);
    for (size_t i = 0; i < l->n; i++)
        x += word_run(&one, l->words[i], strlen(l->words[i]), x, c->y, F_REG, FN_SIZE,
                      FN_SUP_SIZE) + space;
    for (size_t k = 0; k < one.n; k++) {
        draw_text(c->cr, one.ops[k].text, one.ops[k].x, one.ops[k].y, one.ops[k].font,
                  one.ops[k].size);
        free(one.ops[k].text);
    }
    free(one.ops);
    c->y += FN_LEAD;
}

static void render_page(cairo_t *cr, size_t pi)
{
    page *p = &pages[pi];
    cairo_set_source_rgb(cr, 0, 0, 0);
    if (doc.header)
        draw_text(cr, doc.header, BODY_X, HEADER_Y, F_REG, HEADER_SIZE);
    double my = MARGIN_TOP;
    /* The margin column in source order; @margin-first lines on page 1. */
    for (size_t i = 0; i < doc.nmargin; i++) {
        if (doc.margin_first[i] && pi != 0)
            continue;
        if (doc.margin[i][0])
            draw_text(cr, doc.margin[i], MARGIN_X, my,
                      is_label(doc.margin[i]) ? F_BOLD : F_REG, MARGIN_SIZE);
        my += MARGIN_LEAD;
    }
    for (size_t i = 0; i < p->n; i++)
        draw_text(cr, p->ops[i].text, p->ops[i].x, p->ops[i].y, p->ops[i].font, p->ops[i].size);
    for (int col = 0; col < ncols; col++) {
        if (p->fn_height[col] == 0)
            continue;
        /* The footnote block sits at the foot of the column, a short rule
         * above it; each note is its number, then the text indented. */
        double x = BODY_X + col_off(col);
        double y = BODY_BOTTOM - (p->fn_height[col] - 8) + FN_LEAD;
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x, y - FN_LEAD - 2);
        cairo_line_to(cr, x + 80, y - FN_LEAD - 2);
        cairo_stroke(cr);
        for (size_t i = 0; i < p->nfn; i++) {
            if (p->fn_col[i] != col)
                continue;
            const footnote *f = p->fn_lines[i];
            draw_text(cr, f->id, x, y, F_REG, FN_SIZE);
            fn_draw_ctx c = {cr, x, y};
            wrap(f->text, col_w - FN_INDENT, F_REG, FN_SIZE, FN_SUP_SIZE, fn_draw_emit, &c);
            y = c.y == y ? y + FN_LEAD : c.y;
        }
    }
    if (doc.vertical) { /* read bottom to top along the left edge */
        cairo_save(cr);
        cairo_move_to(cr, 36, 760);
        cairo_rotate(cr, -1.5707963267948966);
        set_font(cr, F_REG, 7);
        cairo_show_text(cr, doc.vertical);
        cairo_restore(cr);
    }
    if (doc.footer) {
        char buf[512];
        subst(buf, sizeof buf, doc.footer, pi + 1, npages);
        draw_text(cr, buf, BODY_X, FOOTER_Y, F_REG, FOOTER_SIZE);
    }
}

/* cairo always writes the time of the run as /CreationDate; without
 * @date that would make the output differ on every run.  Blank the entry
 * out with spaces (same length, so the xref offsets stay right). */
static int blank_dates(const char *path)
{
    FILE *f = fopen(path, "r+b");
    if (!f)
        return -1;
    char *data = NULL;
    size_t len = 0, cap = 0, got;
    char chunk[65536];
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + got > cap) {
            cap = 2 * (len + got);
            data = xrealloc(data, cap);
        }
        memcpy(data + len, chunk, got);
        len += got;
    }
    static const char *const keys[] = {"/CreationDate (", "/ModDate (", NULL};
    for (int k = 0; keys[k]; k++) {
        size_t kl = strlen(keys[k]);
        for (size_t i = 0; i + kl < len; i++) {
            if (memcmp(data + i, keys[k], kl) != 0)
                continue;
            size_t e = i + kl;
            while (e < len && data[e] != ')')
                e++;
            if (e < len) {
                memset(data + i, ' ', e + 1 - i);
                if (fseek(f, (long)i, SEEK_SET) != 0 ||
                    fwrite(data + i, 1, e + 1 - i, f) != e + 1 - i) {
                    fclose(f);
                    free(data);
                    return -1;
                }
            }
            break;
        }
    }
    free(data);
    return fclose(f);
}

/* Under LeakSanitizer (make SANITIZE=...): fontconfig, reached through
 * cairo's toy font API, keeps a few patterns it never frees.  Not ours;
 * ignore exactly that library. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: mkpdf IN.src OUT.pdf\n", stderr);
        return 2;
    }
    src_name = argv[1];
    FILE *f = strcmp(argv[1], "-") == 0 ? stdin : fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    cairo_surface_t *scratch = cairo_image_surface_create(CAIRO_FORMAT_A8, 4, 4);
    measure_cr = cairo_create(scratch);
    /* Measure with the PDF's unhinted metrics, or words run together. */
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_set_font_options(measure_cr, fo);
    cairo_font_options_destroy(fo);
    parse(f);
    if (f != stdin)
        fclose(f);
    layout();

    cairo_surface_t *pdf = cairo_pdf_surface_create(argv[2], PAGE_W, PAGE_H);
    if (cairo_surface_status(pdf)) {
        fprintf(stderr, "mkpdf: %s: %s\n", argv[2],
                cairo_status_to_string(cairo_surface_status(pdf)));
        return 1;
    }
    if (doc.title)
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE, doc.title);
    if (doc.date) {
        char iso[64];
        snprintf(iso, sizeof iso, "%.10sT12:00:00Z", doc.date);
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATE_DATE, iso);
        cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_MOD_DATE, iso);
    }
    cairo_t *cr = cairo_create(pdf);
    for (size_t i = 0; i < npages; i++) {
        bool image = doc.image_all || (i + 1 < 64 && doc.image_page[i + 1]);
        if (image) {
            const double scale = 150.0 / 72.0;
            cairo_surface_t *img = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, (int)(PAGE_W * scale), (int)(PAGE_H * scale));
            cairo_t *icr = cairo_create(img);
            cairo_set_source_rgb(icr, 1, 1, 1);
            cairo_paint(icr);
            cairo_scale(icr, scale, scale);
            render_page(icr, i);
            cairo_destroy(icr);
            cairo_save(cr);
            cairo_scale(cr, 1 / scale, 1 / scale);
            cairo_set_source_surface(cr, img, 0, 0);
            cairo_paint(cr);
            cairo_restore(cr);
            cairo_surface_destroy(img);
        } else {
            render_page(cr, i);
        }
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    cairo_status_t st = cairo_surface_status(pdf);
    cairo_surface_destroy(pdf);
    cairo_destroy(measure_cr);
    cairo_surface_destroy(scratch);
    cairo_debug_reset_static_data();
    if (st) {
        fprintf(stderr, "mkpdf: %s: %s\n", argv[2], cairo_status_to_string(st));
        return 1;
    }
    if (!doc.date && blank_dates(argv[2]) != 0) {
        perror(argv[2]);
        return 1;
    }
    return 0;
}
