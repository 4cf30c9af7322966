/*
 * pdftext.c - body text from a PDF.  The steps are listed in pdftext.h;
 * the functions below follow them in order.
 *
 * Memory: the whole document's words live in one array (doc.w) and their
 * text in one pool (doc.pool); lines likewise (doc.ln, doc.lpool).  Nothing
 * is allocated per glyph; every sort is a qsort of (key, index) pairs.
 */
#include "pdftext.h"

#include <errno.h>
#include <math.h>
#include <poppler.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../util/buf.h"
#include "normalize.h"

enum { COL_MARGIN = 15, KI_MAX_COLS = 4 };
enum { L_BODY, L_DROP, L_NOTE };
/* Font sizes besides the body's whose line spacing is measured (a table's
 * cells, notes, a heading's): a document sets fewer.  Lines of a table row
 * a page break split that are carried back to the page before: a cell of
 * more lines stays split.  Words of a line looked at pair by pair for
 * words set one over another (stacked_words(): quadratic, and a heading
 * beside a side box has few). */
enum { MAX_LEADS = 8, MAX_RUN_ON = 64, MAX_STACK_WORDS = 512, MAX_HDR = 16, MAX_TABS = 4 };

typedef struct word {
    float x0, y0, x1, y1, size;
    uint32_t off, len; /* raw UTF-8 in doc.pool */
    int page;
    uint16_t nchars, nbold;
    int8_t col;
    bool t3; /* set in a font without a name (a Type 3 font): size to be measured */
} word;

typedef struct pline {
    float x0, x1, yc, size;
    float first_w; /* width of the first word (does it fit on the line above?) */
    uint32_t off, len; /* normalised text in doc.lpool */
    int page;
    int8_t col, kind;
    bool bold, bullet, soft_break, starts_digit;
    bool num_dot; /* opens with a number and a period as a word of its own ("1.") */
    bool first_bold, last_bold; /* the weight of its first and last word */
    bool edge; /* in the page's top or bottom block (mark_edges) */
    bool cells; /* a table row: words set apart by a gap wider than 1.2 em */
    uint16_t lead; /* spaces that put its first word in its text column (cells) */
    uint32_t bullet_off; /* where the text after the bullet starts */
    float text_x0;       /* x where the text after a bullet starts */
    uint32_t num_len;    /* footnote lines: bytes of the leading number */
} pline;

typedef struct colx {
    float x;
    int col;
} colx;

typedef struct pdoc {
    word *w;
    size_t nw, capw;
    ki_buf pool;
    pline *ln;
    size_t nln, capln;
    ki_buf lpool;
    int npages;
    float *pw, *ph;      /* page sizes */
    size_t *page_words;  /* first word of each page; [npages] = nw */
    size_t *page_lines;  /* first line of each page; [npages] = nln */
    float gutter;        /* x where the margin column starts, 0 when none */
    int ncols;           /* body columns (1 unless the pages have several) */
    float col_x[KI_MAX_COLS];     /* left edge of each body column */
    float col_right[KI_MAX_COLS]; /* right edge of the text in each */
    float body_size, leading;
    /* the line spacing of each other common font size (a table's smaller
     * cells, a larger-set body when the cells hold more text) */
    float lead_size[MAX_LEADS], lead_val[MAX_LEADS];
    int nlead;
    /* a table's cell starts on the page being read (build_lines): seen
     * while its lines are made (cand), then the ones seen twice (start),
     * which mark a cell however narrow the gap before it */
    colx *cand, *start;
    size_t ncand, capcand, nstart;
    bool use_starts; /* the line being made is in a table's rows */
    /* the bold header rows of the tables on the page being read (the
     * first row of a run of rows, bold), per column: each one's height and
     * its cells' left edges */
    float hdr_x[KI_MAX_COLS][MAX_TABS][MAX_HDR], hdr_y[KI_MAX_COLS][MAX_TABS];
    int nhdr[KI_MAX_COLS][MAX_TABS], ntab[KI_MAX_COLS];
    /* two body columns below a full-width head: on each page the head's
     * lowest word centre (words above it are column 0 whatever their x);
     * 0 where the columns run from the top */
    float *head_y;
    /* a side box beside the text on some pages (a web page printed): on
     * each page the gutter's right edge (0: none) and the band of height
     * it runs in; the box is column 1, all else column 0 */
    float *side_x, *side_y0, *side_y1;
} pdoc;

typedef struct keyidx {
    float k1, k2;
    uint32_t idx;
} keyidx;

static int cmp_keyidx(const void *a, const void *b)
{
    const keyidx *x = a, *y = b;
    if (x->k1 != y->k1)
        return x->k1 < y->k1 ? -1 : 1;
    if (x->k2 != y->k2)
        return x->k2 < y->k2 ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void drop_log(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer data)
{
    (void)domain, (void)level, (void)msg, (void)data;
}

void ki_pdf_quiet(void)
{
    g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                      drop_log, NULL);
}

/* ---- opening and metadata ---- */

static char *dup_norm(const char *s)
{
    if (!s)
        return NULL;
    ki_buf b = KI_BUF_INIT;
    if (ki_norm_append(&b, s, strlen(s))) {
        ki_buf_free(&b);
        return NULL;
    }
    size_t st = 0;
    while (st < b.len && b.data[st] == ' ')
        st++;
    while (b.len > st && b.data[b.len - 1] == ' ')
        b.len--;
    char *r = b.len > st ? strndup(b.data + st, b.len - st) : NULL;
    ki_buf_free(&b);
    return r;
}

static ki_status open_doc(const char *path, PopplerDocument **doc, ki_err *err)
{
    GError *gerr = NULL;
    char *abs = NULL;
    if (!g_path_is_absolute(path)) {
        char *cwd = g_get_current_dir();
        abs = g_build_filename(cwd, path, NULL);
        g_free(cwd);
    }
    char *uri = g_filename_to_uri(abs ? abs : path, NULL, &gerr);
    g_free(abs);
    if (!uri) {
        ki_status s = ki_err_set(err, KI_ERR_IO, "%s", gerr ? gerr->message : "bad path");
        g_clear_error(&gerr);
        return s;
    }
    *doc = poppler_document_new_from_file(uri, NULL, &gerr);
    g_free(uri);
    if (*doc)
        return KI_OK;
    ki_status s;
    if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED)
        s = ki_err_set(err, KI_ERR_ENCRYPTED, "encrypted PDF: it needs a password to open");
    else if (gerr && gerr->domain == G_FILE_ERROR)
        s = ki_err_set(err, gerr->code == G_FILE_ERROR_NOENT ? KI_ERR_NOT_FOUND : KI_ERR_IO, "%s",
                       gerr->message);
    else
        s = ki_err_set(err, KI_ERR_CORRUPT, "damaged PDF: %s",
                       gerr && gerr->message ? gerr->message : "poppler cannot open it");
    g_clear_error(&gerr);
    return s;
}

static void read_metadata(PopplerDocument *doc, ki_text *t)
{
    char *title = poppler_document_get_title(doc);
    t->pdf_title = dup_norm(title);
    g_free(title);
    GDateTime *dt = poppler_document_get_creation_date_time(doc);
    if (dt) {
        char *d = g_date_time_format(dt, "%Y-%m-%d");
        if (d)
            t->pdf_date = strdup(d);
        g_free(d);
        g_date_time_unref(dt);
    }
}

/* The array a of *cap elements of size elem, n of them in use, with room
 * for one more: a itself, or moved and *cap doubled (first when empty);
 * NULL when out of memory (a is then still the caller's). */
static void *room_for_one(void *a, size_t n, size_t *cap, size_t elem, size_t first)
{
    if (n < *cap)
        return a;
    size_t c = *cap ? 2 * *cap : first;
    void *na = realloc(a, c * elem);
    if (na)
        *cap = c;
    return na;
}

/* ---- step 1-2: glyphs to words ---- */

static bool push_word(pdoc *d, const word *w)
{
    word *nw = room_for_one(d->w, d->nw, &d->capw, sizeof *nw, 1024);
    if (!nw)
        return false;
    d->w = nw;
    d->w[d->nw++] = *w;
    return true;
}

static bool is_space_cp(unsigned cp)
{
    return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
}

/* Ends the word being read: keeps it, or when it ran vertically drops it
 * and remembers its x range.  False when out of memory. */
static bool end_word(pdoc *d, const word *w, bool *vert, float *vx0, float *vx1)
{
    if (*vert) {
        *vx0 = w->x0, *vx1 = w->x1;
        *vert = false;
        return true;
    }
    *vx0 = *vx1 = 0;
    return push_word(d, w);
}

/* What a glyph of a font without a name (pdfTeX's Type 3 bitmap fonts,
 * whose glyphs are named by code, "/a28") gives poppler below U+0020: the
 * code in TeX's font encoding.  T1 has its quotes, dashes and ligatures
 * there, OT1 its ligatures at 0x0B-0x0F; NULL for a code with no text. */
static const char *t3_glyph(unsigned cp)
{
    static const char *const low[32] = {
        [0x0B] = "ff", [0x0C] = "fi", [0x0D] = "fl", [0x0E] = "ffi", [0x0F] = "ffl",
        [0x10] = "\xe2\x80\x9c", [0x11] = "\xe2\x80\x9d", [0x12] = "\xe2\x80\x9e",
        [0x13] = "\xc2\xab", [0x14] = "\xc2\xbb", [0x15] = "\xe2\x80\x93", [0x16] = "\xe2\x80\x94",
        [0x1B] = "ff", [0x1C] = "fi", [0x1D] = "fl", [0x1E] = "ffi", [0x1F] = "ffl",
    };
    return cp < 32 ? low[cp] : NULL;
}

/* Is name (poppler's, "HKPPXH+CMBX12" with its subset tag) one of TeX's
 * bold fonts?  Their names say the weight in Berry's scheme, not with
 * "Bold": Computer Modern and its EC/cm-super versions cmbx, cmb, cmssbx,
 * ecbx, ecsx, sfbx, sfsx ... */
static bool tex_bold(const char *name)
{
    const char *plus = strchr(name, '+');
    const char *n = plus ? plus + 1 : name;
    if (strncasecmp(n, "cm", 2) != 0 && strncasecmp(n, "ec", 2) != 0 && strncasecmp(n, "sf", 2) != 0)
        return false;
    n += 2;
    return strncasecmp(n, "bx", 2) == 0 || strncasecmp(n, "ssbx", 4) == 0 || strncasecmp(n, "sx", 2) == 0 ||
           ((n[0] == 'b' || n[0] == 'B') && n[1] >= '0' && n[1] <= '9');
}

/* Reads the words of one page into d; returns false when out of memory. */
static bool read_page_words(pdoc *d, PopplerPage *page, int pno)
{
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nrects = 0;
    if (!text || !poppler_page_get_text_layout(page, &rects, &nrects)) {
        g_free(text);
        g_free(rects);
        return true;
    }
    GList *attrs = poppler_page_get_text_attributes(page);
    GList *al = attrs, *seen = NULL; /* NULL: the defaults below */
    float size = 10.0f;
    bool bold = false, t3 = false;
    bool ok = true;
    word cur = {0};
    bool have = false;
    /* Text set vertically (a document number up the page edge) comes as
     * glyphs stacked at one x; such words are dropped. */
    bool vert = false;
    float px0 = 0, px1 = 0, py0 = 0, py1 = 0; /* the previous glyph's box */
    float vx0 = 0, vx1 = 0;                   /* x range of the last vertical word */
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *end = p + strlen(text);
    for (guint i = 0; i < nrects && p < end; i++) {
        unsigned cp;
        size_t l = ki_utf8_decode(p, (size_t)(end - p), &cp);
        const unsigned char *ch = p;
        p += l;
        /* The attribute run of glyph i; its size and weight are worked
         * out once per run, not per glyph. */
        while (al && ((PopplerTextAttributes *)al->data)->end_index < (int)i)
            al = al->next;
        if (al != seen) {
            PopplerTextAttributes *a = al ? al->data : NULL;
            seen = al;
            size = a ? (float)a->font_size : 10.0f;
            t3 = a && (!a->font_name || strcmp(a->font_name, "Default") == 0);
            bold = a && a->font_name &&
                   (strstr(a->font_name, "Bold") || strstr(a->font_name, "bold") ||
                    strstr(a->font_name, "Black") || strstr(a->font_name, "Heavy") ||
                    tex_bold(a->font_name));
        }
        const PopplerRectangle *r = &rects[i];
        bool xo = r->x1 < r->x2, yo = r->y1 < r->y2;
        float x0 = (float)(xo ? r->x1 : r->x2), x1 = (float)(xo ? r->x2 : r->x1);
        float y0 = (float)(yo ? r->y1 : r->y2), y1 = (float)(yo ? r->y2 : r->y1);
        const char *rep = t3 ? t3_glyph(cp) : NULL;
        if (rep)
            ch = (const unsigned char *)rep, l = strlen(rep);
        if (is_space_cp(cp) || cp == 0) {
            if (have && !(ok = end_word(d, &cur, &vert, &vx0, &vx1)))
                break;
            have = false;
            continue;
        }
        if (have) {
            float ov = fminf(x1, px1) - fmaxf(x0, px0);
            if (ov > 0.5f * fminf(x1 - x0, px1 - px0) && (y0 >= py1 - 0.5f || y1 <= py0 + 0.5f))
                vert = true;
            float gap = x0 - cur.x1;
            bool same_size = fabsf(size - cur.size) < 0.3f && t3 == cur.t3;
            bool same_base = fabsf(y1 - cur.y1) < 0.3f * size;
            if (!vert &&
                (!same_size || !same_base || gap > 0.12f * size || gap < -0.5f * size)) {
                if (!(ok = end_word(d, &cur, &vert, &vx0, &vx1)))
                    break;
                have = false;
            }
        }
        if (!have) {
            cur = (word){x0, y0, x1, y1, size, (uint32_t)d->pool.len, 0, pno, 0, 0, 0, t3};
            have = true;
            /* The next word of a vertical run starts in its x range. */
            vert = vx1 > vx0 && x0 < vx1 && x1 > vx0;
        }
        px0 = x0, px1 = x1, py0 = y0, py1 = y1;
        if (ki_buf_add(&d->pool, ch, l)) {
            ok = false;
            break;
        }
        cur.len += (uint32_t)l;
        if (x0 < cur.x0)
            cur.x0 = x0;
        if (x1 > cur.x1)
            cur.x1 = x1;
        if (y0 < cur.y0)
            cur.y0 = y0;
        if (y1 > cur.y1)
            cur.y1 = y1;
        cur.nchars++;
        if (bold)
            cur.nbold++;
    }
    if (ok && have)
        ok = end_word(d, &cur, &vert, &vx0, &vx1);
    poppler_page_free_text_attributes(attrs);
    g_free(rects);
    g_free(text);
    return ok;
}

/* Type 3 fonts (pdfTeX's bitmap fonts) have no font name and no size
 * poppler can trust: it takes a font's size from its bounding box, so each
 * font of a document reports its own (10 pt regular 11.07, 10 pt bold
 * 16.3), and the glyph boxes scale with it.  Their advance widths are
 * right.  So the words of each reported size are measured against the
 * widths of Computer Modern Roman (em per letter, a..z): the size whose
 * lower-case words are widest per letter is that size's true size.  The
 * size with the most letters is the body; a size 6% to 30% wider than
 * the body is bold (bold is about 15% wider than regular at one size),
 * set at its width less that.  Each word's box is set again from its
 * baseline (poppler places a Type 3 glyph's box 0.95 of its size above the
 * baseline, 0.35 below). */
enum { MAX_T3 = 32 };

static void t3_sizes(pdoc *d)
{
    static const float em[26] = {0.500f, 0.556f, 0.444f, 0.556f, 0.444f, 0.306f, 0.500f,
                                 0.556f, 0.278f, 0.306f, 0.528f, 0.278f, 0.833f, 0.556f,
                                 0.500f, 0.556f, 0.528f, 0.392f, 0.394f, 0.389f, 0.556f,
                                 0.528f, 0.722f, 0.528f, 0.528f, 0.444f};
    float rep[MAX_T3], width[MAX_T3], ems[MAX_T3], size[MAX_T3];
    size_t chars[MAX_T3];
    int ng = 0;
    for (size_t i = 0; i < d->nw; i++) {
        const word *w = &d->w[i];
        if (!w->t3)
            continue;
        int g = 0;
        while (g < ng && fabsf(rep[g] - w->size) > 0.01f)
            g++;
        if (g == ng) {
            if (ng == MAX_T3)
                continue;
            rep[ng] = w->size, width[ng] = ems[ng] = 0, chars[ng] = 0, ng++;
        }
        chars[g] += w->nchars;
        const char *t = d->pool.data + w->off;
        float e = 0;
        size_t k = 0;
        while (k < w->len && t[k] >= 'a' && t[k] <= 'z')
            e += em[t[k++] - 'a'];
        if (k == w->len && k >= 2)
            width[g] += w->x1 - w->x0, ems[g] += e;
    }
    int body = -1;
    for (int g = 0; g < ng; g++)
        if (ems[g] > 0 && (body < 0 || chars[g] > chars[body]))
            body = g;
    if (body < 0)
        return;
    float sb = width[body] / ems[body], scale = sb / rep[body];
    bool bold[MAX_T3];
    for (int g = 0; g < ng; g++) {
        float sg = ems[g] > 2.0f ? width[g] / ems[g] : rep[g] * scale;
        bold[g] = g != body && sg > 1.06f * sb && sg < 1.30f * sb;
        size[g] = bold[g] ? sg / 1.15f : sg;
    }
    for (size_t i = 0; i < d->nw; i++) {
        word *w = &d->w[i];
        if (!w->t3)
            continue;
        int g = 0;
        while (g < ng && fabsf(rep[g] - w->size) > 0.01f)
            g++;
        if (g == ng)
            continue;
        float base = fabsf(w->y1 - w->y0 - 1.3f * w->size) < 0.05f * w->size ? w->y1 - 0.35f * w->size
                                                                              : (w->y0 + w->y1) / 2;
        w->y0 = base - 0.95f * size[g];
        w->y1 = base + 0.35f * size[g];
        w->size = size[g];
        if (bold[g])
            w->nbold = w->nchars;
    }
}

/* ---- step 3: the margin column ---- */

#define MAX_X 4096

/* A run of x positions that no word in the middle band of any page covers
 * (a little tolerance for a stray word). */
typedef struct xrun {
    int a, b; /* [a, b) */
} xrun;

/* Two body columns below a full-width head (a title block, a Kamerstuk's
 * number and title above a two-column text): for every x the lowest word
 * (relative to its page's height, over all pages) that covers it.  A
 * gutter is a run at least 9 pt wide, a fifth of the page from either edge
 * of the text, where that lowest word lies clearly higher than the text
 * on both sides: the head's foot.  Below it: text on both sides, 40 words
 * each at least, columns of about the same width (within 20%), the left
 * one justified (most of its lines end at its right edge; a table's
 * ragged cells do not), and 20% of the page high at least.  Sets ncols,
 * col_x[1] and each page's head_y.  Returns false when out of memory. */
static bool head_columns(pdoc *d, float W)
{
    float limit = d->gutter > 0 ? d->gutter : W;
    float *hc = calloc(MAX_X, sizeof *hc);
    if (!hc)
        return false;
    float bx0 = 1e9f, bx1 = 0;
    for (size_t i = 0; i < d->nw; i++) {
        const word *w = &d->w[i];
        float H = d->ph[w->page], yc = (w->y0 + w->y1) / 2;
        if (yc < 0.08f * H || yc > 0.92f * H || w->x0 >= limit - 1.0f || H <= 0)
            continue;
        bx0 = fminf(bx0, w->x0), bx1 = fmaxf(bx1, w->x1);
        int a = w->x0 >= MAX_X - 1 ? MAX_X - 1 : w->x0 > 0 ? (int)w->x0 : 0;
        int b = w->x1 >= MAX_X ? MAX_X : w->x1 > 0 ? (int)ceilf(w->x1) : 0;
        for (int x = a; x < b; x++)
            hc[x] = fmaxf(hc[x], yc / H);
    }
    /* the gutter: the run 9 pt wide or more whose lowest word is highest
     * (a space between two words of the head is narrower) */
    int ga = -1, gb = -1;
    float gh = 1;
    int x0 = (int)fmaxf(0.25f * W, bx0 + 0.20f * W), x1 = (int)fminf(fminf(0.90f * W, limit), bx1 - 0.20f * W);
    for (int x = x0; x + 9 <= x1; x++) {
        float m = 0;
        for (int k = x; k < x + 9; k++)
            m = fmaxf(m, hc[k]);
        if (m < gh)
            gh = m, ga = x;
    }
    if (ga >= 0 && gh < 0.67f) {
        gb = ga;
        while (gb < x1 && hc[gb] <= gh + 0.005f)
            gb++;
        while (ga > x0 && hc[ga - 1] <= gh + 0.005f)
            ga--;
    } else {
        ga = -1;
    }
    /* the text on each side must reach well below the head (the text's
     * edges clamped as floats: a word may start left of the page) */
    float hl = 0, hr = 0;
    int tl = bx0 > 0 ? (int)bx0 : 0, tr = bx1 < MAX_X ? (int)bx1 : MAX_X;
    for (int x = tl; ga >= 0 && x < ga; x++)
        hl = fmaxf(hl, hc[x]);
    for (int x = gb; ga >= 0 && x < tr; x++)
        hr = fmaxf(hr, hc[x]);
    free(hc);
    if (ga < 0 || hl < gh + 0.20f || hr < gh + 0.20f)
        return true;
    for (int p = 0; p < d->npages; p++)
        d->head_y[p] = 0;
    for (size_t i = 0; i < d->nw; i++) {
        const word *w = &d->w[i];
        float H = d->ph[w->page], yc = (w->y0 + w->y1) / 2;
        if (yc >= 0.08f * H && yc <= 0.92f * H && w->x0 < (float)gb && w->x1 > (float)ga &&
            w->x0 < limit - 1.0f)
            d->head_y[w->page] = fmaxf(d->head_y[w->page], yc);
    }
    size_t nl = 0, nr = 0;
    float lx0 = 1e9f, lx1 = 0, rx1 = 0;
    for (size_t i = 0; i < d->nw; i++) {
        const word *w = &d->w[i];
        float H = d->ph[w->page], yc = (w->y0 + w->y1) / 2;
        if (yc < 0.08f * H || yc > 0.92f * H || yc <= d->head_y[w->page] + 0.5f || w->x0 >= limit - 1.0f)
            continue;
        if (w->x1 <= (float)ga)
            nl++, lx0 = fminf(lx0, w->x0), lx1 = fmaxf(lx1, w->x1);
        else if (w->x0 >= (float)gb)
            nr++, rx1 = fmaxf(rx1, w->x1);
    }
    float lw = lx1 - lx0, rw = rx1 - (float)gb;
    bool ok = true;
    if (nl < 40 || nr < 40 || lw <= 0 || rw <= 0 || fabsf(lw - rw) > 0.2f * fmaxf(lw, rw))
        goto no;
    /* justified: the left column's line ends (the last word of each
     * baseline left of the gutter) mostly at its right edge */
    keyidx *k = malloc((nl ? nl : 1) * sizeof *k);
    if (!k) {
        ok = false;
        goto no;
    }
    size_t nk = 0;
    for (size_t i = 0; i < d->nw && nk < nl; i++) {
        const word *w = &d->w[i];
        float H = d->ph[w->page], yc = (w->y0 + w->y1) / 2;
        if (yc < 0.08f * H || yc > 0.92f * H || yc <= d->head_y[w->page] + 0.5f || w->x0 >= limit - 1.0f ||
            w->x1 > (float)ga)
            continue;
        k[nk++] = (keyidx){(float)w->page, yc, (uint32_t)i};
    }
    qsort(k, nk, sizeof *k, cmp_keyidx);
    size_t rows = 0, flush = 0;
    for (size_t i = 0, j; i < nk; i = j) {
        float end = d->w[k[i].idx].x1, lim = 0.3f * d->w[k[i].idx].size;
        for (j = i + 1; j < nk && k[j].k1 == k[i].k1 && k[j].k2 - k[i].k2 < lim; j++)
            end = fmaxf(end, d->w[k[j].idx].x1);
        rows++;
        flush += end >= lx1 - 2.0f;
    }
    free(k);
    if (rows < 5 || flush * 2 < rows)
        goto no;
    d->ncols = 2;
    d->col_x[1] = (float)gb;
    return true;
no:
    for (int p = 0; p < d->npages; p++)
        d->head_y[p] = 0;
    return ok;
}

typedef struct srow {
    float y0, y1; /* the row's extent (word centres) */
    size_t a, b;  /* its words in the sorted index */
    uint8_t side; /* words left of the gutter 1, right of it 2, on one baseline 4 */
    float ly, ry, lsz, rsz; /* the highest centre and its size left and right of it */
} srow;

/* A side box (a printed web page's "Status / Indiener / Zaak" column, or
 * an info box beside a title): on a page of one column, a gutter 9 pt wide
 * right of the middle that no word crosses over a band of rows a quarter
 * of the page high or more, with words on both sides in four rows or
 * more, crossed above (the site's head) or below (its foot), the words
 * right of it narrower than those left of it and set on baselines of
 * their own: a table's narrow last column shares its rows with the
 * columns left of it and stays a table.  Returns false when out of
 * memory. */
static bool side_columns(pdoc *d, float W)
{
    keyidx *k = NULL;
    srow *rows = NULL;
    size_t capk = 0;
    bool any = false;
    d->side_x = calloc((size_t)d->npages, sizeof *d->side_x);
    d->side_y0 = calloc((size_t)d->npages, sizeof *d->side_y0);
    d->side_y1 = calloc((size_t)d->npages, sizeof *d->side_y1);
    if (!d->side_x || !d->side_y0 || !d->side_y1)
        goto nomem;
    for (int p = 0; p < d->npages; p++) {
        size_t a = d->page_words[p], b = d->page_words[p + 1], n = 0;
        float H = d->ph[p];
        if (b - a < 40 || H <= 0)
            continue;
        if (b - a > capk) {
            keyidx *nk = realloc(k, (b - a) * sizeof *nk);
            srow *nr = realloc(rows, (b - a) * sizeof *nr);
            if (nk)
                k = nk;
            if (nr)
                rows = nr;
            if (!nk || !nr)
                goto nomem;
            capk = b - a;
        }
        for (size_t i = a; i < b; i++) {
            const word *w = &d->w[i];
            float yc = (w->y0 + w->y1) / 2;
            if (yc >= 0.08f * H && yc <= 0.92f * H)
                k[n++] = (keyidx){yc, w->x0, (uint32_t)i};
        }
        qsort(k, n, sizeof *k, cmp_keyidx);
        size_t nr = 0;
        for (size_t i = 0; i < n; i++) {
            const word *w = &d->w[k[i].idx];
            if (nr && k[i].k1 - rows[nr - 1].y1 <= 0.45f * w->size) {
                rows[nr - 1].y1 = k[i].k1, rows[nr - 1].b = i + 1;
                continue;
            }
            rows[nr++] = (srow){k[i].k1, k[i].k1, i, i + 1, 0, 0, 0, 0, 0};
        }
        float best_h = 0, bx = 0, by0 = 0, by1 = 0;
        for (int x = (int)(0.50f * W); x + 9 <= (int)(0.88f * W); x++) {
            size_t r0 = 0;
            while (r0 < nr) {
                /* a run of rows no word of which crosses [x, x + 9] */
                size_t r1 = r0;
                for (; r1 < nr; r1++) {
                    bool cross = false, l = false, r = false;
                    for (size_t i = rows[r1].a; i < rows[r1].b && !cross; i++) {
                        const word *w = &d->w[k[i].idx];
                        cross = w->x0 < (float)(x + 9) && w->x1 > (float)x;
                        if (w->x1 <= (float)x) {
                            if (!l)
                                rows[r1].ly = k[i].k1, rows[r1].lsz = w->size;
                            l = true;
                        } else {
                            if (!r)
                                rows[r1].ry = k[i].k1, rows[r1].rsz = w->size;
                            r = true;
                        }
                    }
                    if (cross)
                        break;
                    /* a table's row: a word on each side on one baseline */
                    bool aligned = false;
                    for (size_t i = rows[r1].a; l && r && i < rows[r1].b && !aligned; i++)
                        for (size_t j = rows[r1].a; j < rows[r1].b && !aligned; j++) {
                            const word *u = &d->w[k[i].idx], *v = &d->w[k[j].idx];
                            aligned = u->x1 <= (float)x && v->x0 >= (float)(x + 9) &&
                                      fabsf(u->y1 - v->y1) <= 0.15f * fmaxf(u->size, v->size);
                        }
                    rows[r1].side = (uint8_t)(l | (r << 1) | (aligned << 2));
                }
                /* the box's band: from its first row with words right of
                 * the gutter to its last before four rows with words left
                 * of it only (the text goes on below the box; a table
                 * further down, its rows on both sides, is not in it) */
                size_t s0 = r0, s1 = r0, only_left = 0;
                while (s0 < r1 && !(rows[s0].side & 2))
                    s0++;
                for (size_t q = s0; q < r1 && only_left < 4; q++) {
                    only_left = rows[q].side == 1 ? only_left + 1 : 0;
                    if (rows[q].side & 2)
                        s1 = q + 1;
                }
                size_t left = 0, right = 0, shared = 0;
                float lx0 = 1e9f, rx1 = 0;
                for (size_t q = s0; q < s1; q++) {
                    left += rows[q].side & 1, right += (rows[q].side >> 1) & 1,
                        shared += (rows[q].side >> 2) & 1;
                    for (size_t i = rows[q].a; i < rows[q].b; i++) {
                        const word *w = &d->w[k[i].idx];
                        if (w->x1 <= (float)x)
                            lx0 = fminf(lx0, w->x0);
                        else
                            rx1 = fmaxf(rx1, w->x1);
                    }
                }
                /* a table's cells: the blocks right of the gutter (lines
                 * after a gap) start level with blocks left of it */
                size_t rb = 0, level = 0;
                float prev_r = -1e9f;
                for (size_t q = s0; q < s1; q++) {
                    if (!(rows[q].side & 2))
                        continue;
                    bool start = rows[q].ry - prev_r > 1.6f * rows[q].rsz;
                    prev_r = rows[q].ry;
                    if (!start)
                        continue;
                    rb++;
                    float prev_l = -1e9f;
                    for (size_t u = r0; u < r1; u++) {
                        if (!(rows[u].side & 1))
                            continue;
                        bool lstart = rows[u].ly - prev_l > 1.6f * rows[u].lsz;
                        prev_l = rows[u].ly;
                        if (lstart && fabsf(rows[u].ly - rows[q].ry) <= 0.6f * fmaxf(rows[u].lsz, rows[q].rsz)) {
                            level++;
                            break;
                        }
                    }
                }
                if (s1 > s0) {
                    float h = rows[s1 - 1].y1 - rows[s0].y0;
                    bool crossed = r0 > 0 || r1 < nr;
                    if (crossed && left >= 4 && right >= 4 && shared * 3 <= right && h >= 0.12f * H &&
                        !(level >= 2 && level * 2 >= rb) &&
                        h > best_h && rx1 - (float)(x + 9) < 0.6f * ((float)x - lx0))
                        best_h = h, bx = (float)(x + 9), by0 = rows[s0].y0, by1 = rows[s1 - 1].y1;
                }
                r0 = r1 + 1;
            }
        }
        if (best_h > 0) {
            d->side_x[p] = bx, d->side_y0[p] = by0, d->side_y1[p] = by1;
            any = true;
        }
    }
    free(k);
    free(rows);
    if (!any) {
        free(d->side_x), free(d->side_y0), free(d->side_y1);
        d->side_x = d->side_y0 = d->side_y1 = NULL;
        return true;
    }
    float mx = W;
    for (int p = 0; p < d->npages; p++)
        if (d->side_x[p] > 0)
            mx = fminf(mx, d->side_x[p]);
    d->ncols = 2;
    d->col_x[1] = mx;
    return true;
nomem: /* no side box at all: find_columns reads d->side_x as "there is one" */
    free(k);
    free(rows);
    free(d->side_x), free(d->side_y0), free(d->side_y1);
    d->side_x = d->side_y0 = d->side_y1 = NULL;
    return false;
}

/* Step 3: the columns.  Gutters are vertical runs at least 9pt wide that no
 * word in the middle 84% of any page crosses, with words on both sides.
 * The rightmost region is the margin column when its text is narrow (under
 * 30% of the page, and under 1/1.4 of the body's width); the other regions are body
 * columns, read left to right (a two-column Handelingen page).  Words get
 * their column in w->col: 0.. for body columns, COL_MARGIN for the margin. */
static void find_columns(pdoc *d)
{
    int *cov = calloc(MAX_X, sizeof *cov);
    int *starts = calloc(MAX_X, sizeof *starts);
    xrun gaps[8];
    int ngaps = 0;
    float W = 0;
    if (!cov || !starts)
        goto out;
    for (int p = 0; p < d->npages; p++)
        W = fmaxf(W, d->pw[p]);
    if (W < 100 || W >= MAX_X)
        goto out;
    for (size_t i = 0; i < d->nw; i++) {
        const word *w = &d->w[i];
        float H = d->ph[w->page], yc = (w->y0 + w->y1) / 2;
        if (yc < 0.08f * H || yc > 0.92f * H)
            continue;
        /* Clamped as floats: a cast of a float beyond int's range (a damaged
         * PDF's glyph box) is undefined.  NaN fails both tests and is 0. */
        int a = w->x0 >= MAX_X - 1 ? MAX_X - 1 : w->x0 > 0 ? (int)w->x0 : 0;
        int b = w->x1 >= MAX_X ? MAX_X : w->x1 > 0 ? (int)ceilf(w->x1) : 0;
        for (int x = a; x < b; x++)
            cov[x]++;
        starts[a]++;
    }
    int maxcov = 0;
    for (int x = 0; x < (int)W; x++)
        maxcov = cov[x] > maxcov ? cov[x] : maxcov;
    if (!maxcov)
        goto out;
    int thr = maxcov / 50, lastb = 0;
    for (int x = (int)(0.25f * W); x < (int)(0.90f * W) && ngaps < 8;) {
        if (cov[x] > thr) {
            x++;
            continue;
        }
        int a = x;
        while (x < (int)W && cov[x] <= thr)
            x++;
        if (x - a < 9 || x >= (int)W)
            continue;
        size_t right = 0, left = 0;
        for (int k = x; k < (int)W; k++)
            right += (size_t)starts[k];
        for (int k = lastb; k < a; k++)
            left += (size_t)starts[k];
        if (right >= 2 && left >= 3) {
            gaps[ngaps++] = (xrun){a, x};
            lastb = x;
        }
    }
    if (!ngaps)
        goto out;
    /* The margin: the region right of the last gap, narrow and small. */
    xrun last = gaps[ngaps - 1];
    float lx0 = 1e9f, rx1 = 0;
    for (size_t i = 0; i < d->nw; i++) {
        const word *w = &d->w[i];
        if (w->x0 >= (float)last.b - 1.0f)
            rx1 = fmaxf(rx1, w->x1);
        else
            lx0 = fminf(lx0, w->x0);
    }
    float rw = rx1 - (float)last.b, lw = (float)last.a - lx0;
    if (rw < 0.30f * W && lw > 1.4f * rw) {
        d->gutter = (float)last.b;
        ngaps--;
    }
    /* Body column gutters: both neighbours must be real columns. */
    d->ncols = 1;
    float edge = 0;
    for (int g = 0; g < ngaps && d->ncols < KI_MAX_COLS; g++) {
        float limit = d->gutter > 0 ? d->gutter : W;
        if ((float)gaps[g].a - edge >= 0.20f * W && limit - (float)gaps[g].b >= 0.20f * W) {
            d->col_x[d->ncols++] = (float)gaps[g].b;
            edge = (float)gaps[g].b;
        }
    }
out:;
    /* No gutter down the whole page: two columns below a head, perhaps, or
     * else a side box on some pages (out of memory, like the arrays above:
     * one column).  (The ';' after the label: a declaration may not follow
     * a label directly in C17, which clang holds to.) */
    bool ok = true;
    if (d->ncols == 1 && W >= 100 && W < MAX_X)
        ok = head_columns(d, W);
    if (ok && d->ncols == 1 && d->gutter <= 0 && W >= 100 && W < MAX_X)
        ok = side_columns(d, W);
    if (ok && !d->side_x && d->ncols > 1) {
        /* a head in the top band (above the part the gutters were sought
         * in) that runs across a gutter is full-width too (a side box has
         * none) */
        for (size_t i = 0; i < d->nw; i++) {
            const word *w = &d->w[i];
            float yc = (w->y0 + w->y1) / 2;
            if (yc >= 0.08f * d->ph[w->page] || (d->gutter > 0 && w->x0 >= d->gutter - 1.0f))
                continue;
            for (int c = 1; c < d->ncols; c++)
                if (w->x0 < d->col_x[c] - 1.0f && w->x1 > d->col_x[c] - 4.0f)
                    d->head_y[w->page] = fmaxf(d->head_y[w->page], yc);
        }
    }
    free(cov);
    free(starts);
    for (size_t i = 0; i < d->nw; i++) {
        word *w = &d->w[i];
        if (d->gutter > 0 && w->x0 >= d->gutter - 1.0f) {
            w->col = COL_MARGIN;
            continue;
        }
        if (d->side_x) { /* a side box in its band, all else column 0 */
            float yc = (w->y0 + w->y1) / 2, sx = d->side_x[w->page];
            w->col = sx > 0 && w->x0 >= sx - 1.0f && yc >= d->side_y0[w->page] - 0.5f &&
                     yc <= d->side_y1[w->page] + 0.5f;
            continue;
        }
        if (d->ncols > 1 && (w->y0 + w->y1) / 2 <= d->head_y[w->page] + 0.5f) {
            w->col = 0; /* the full-width head above two columns */
            continue;
        }
        int c = 0;
        while (c + 1 < d->ncols && w->x0 >= d->col_x[c + 1] - 1.0f)
            c++;
        w->col = (int8_t)c;
    }
}

/* ---- step 4: words to lines ---- */

static bool push_line(pdoc *d, const pline *l)
{
    pline *nl = room_for_one(d->ln, d->nln, &d->capln, sizeof *nl, 256);
    if (!nl)
        return false;
    d->ln = nl;
    d->ln[d->nln++] = *l;
    return true;
}

static bool all_digits(const char *s, size_t n)
{
    if (!n || n > 4)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static bool is_bullet_text(const char *s, size_t n)
{
    return (n == 3 && memcmp(s, "\xe2\x80\xa2", 3) == 0) || (n == 1 && (*s == '-' || *s == '*')) ||
           (n == 2 && memcmp(s, "\xc2\xb7", 2) == 0);
}

/* Is w's left edge one of the page's cell starts (in its column)? */
static bool at_cell_start(const pdoc *d, const word *w)
{
    for (size_t i = 0; i < d->nstart; i++)
        if (d->start[i].col == w->col && fabsf(d->start[i].x - w->x0) <= 1.5f)
            return true;
    return false;
}

/* Notes x as a cell start candidate of column col; false when out of memory. */
static bool note_cand(pdoc *d, int col, float x)
{
    colx *nc = room_for_one(d->cand, d->ncand, &d->capcand, sizeof *nc, 64);
    if (!nc)
        return false;
    d->cand = nc;
    d->cand[d->ncand++] = (colx){x, col};
    return true;
}

/* A justified line: every word space the same width, however wide,
 * except a wider one after a sentence's or clause's punctuation, and thin
 * ones (a tie "29 398").  A table row's gaps differ (a word space inside a
 * cell, a column's gap between cells).  At least two spaces of the common
 * width are needed; *space is that width (0 when the line is not such).
 * Stretched wide (one space over 1.2 em: a narrow column without
 * hyphenation), its spaces are no cell gaps; nor is a space of the common
 * width where a table's cell starts happen to fall. */
static bool justified_line(const pdoc *d, const keyidx *idx, size_t n, float size, float *space)
{
    *space = 0;
    if (n < 3)
        return false;
    float g = 1e9f;
    for (size_t i = 1; i < n; i++) { /* the narrowest space after a word */
        const word *a = &d->w[idx[i - 1].idx], *b = &d->w[idx[i].idx];
        char last = a->len ? d->pool.data[a->off + a->len - 1] : 0;
        float gap = b->x0 - a->x1;
        if (gap >= 0.25f * size && !strchr(".,;:!?)", last))
            g = fminf(g, gap);
    }
    if (g > 1e8f)
        return false;
    size_t same = 0;
    for (size_t i = 1; i < n; i++) {
        const word *a = &d->w[idx[i - 1].idx], *b = &d->w[idx[i].idx];
        char last = a->len ? d->pool.data[a->off + a->len - 1] : 0;
        float gap = b->x0 - a->x1;
        if (gap < 0.25f * size)
            continue;
        if (gap <= g * 1.06f + 0.3f)
            same++;
        else if (!strchr(".,;:!?)", last) || gap > 4.0f * g)
            return false;
    }
    if (same < 2)
        return false;
    *space = g;
    return true;
}

/* Under a table's bold header row (the nearest above yc), do x0 (where a
 * cell's text starts) and x (a word after a wide gap) fall in one header
 * cell, x at none of the header's cell edges?  Then the gap is a justified
 * cell line's stretched space ("Kamerstuk        28 286," in a LaTeX p{}
 * column), not a cell gap. */
static bool same_header_cell(const pdoc *d, int col, float yc, float x0, float x)
{
    if (col < 0 || col >= KI_MAX_COLS)
        return false;
    int h = -1;
    for (int t = 0; t < d->ntab[col]; t++)
        if (d->hdr_y[col][t] < yc - 0.5f && (h < 0 || d->hdr_y[col][t] > d->hdr_y[col][h]))
            h = t;
    if (h < 0 || d->nhdr[col][h] < 3)
        return false;
    const float *hx = d->hdr_x[col][h];
    int a = -1, b = -1;
    for (int k = 0; k < d->nhdr[col][h]; k++) {
        if (fabsf(hx[k] - x) <= 1.5f)
            return false;
        if (hx[k] <= x0 + 1.5f)
            a = k;
        if (hx[k] <= x)
            b = k;
    }
    return a >= 0 && a == b;
}

/* Builds line L from words idx[0..n) (sorted by x) of one page. */
static bool make_line(pdoc *d, const keyidx *idx, size_t n, ki_buf *raw)
{
    pline l = {0};
    const word *w0 = &d->w[idx[0].idx];
    l.page = w0->page;
    l.col = w0->col;
    l.x0 = 1e9f;
    l.x1 = -1e9f;
    size_t nchars = 0, nbold = 0;
    const word *main = w0;
    for (size_t i = 0; i < n; i++) {
        const word *w = &d->w[idx[i].idx];
        if (w->size > main->size)
            main = w;
        l.x0 = fminf(l.x0, w->x0);
        l.x1 = fmaxf(l.x1, w->x1);
        nchars += w->nchars;
        nbold += w->nbold;
    }
    l.size = main->size;
    l.yc = (main->y0 + main->y1) / 2;
    l.bold = nbold * 2 > nchars;
    const word *wn = &d->w[idx[n - 1].idx];
    l.first_bold = w0->nbold * 2 > w0->nchars;
    l.last_bold = wn->nbold * 2 > wn->nchars;

    raw->len = 0;
    const word *prev = NULL;
    /* A table's cells are words set apart by a wide gap: written as
     * columns.h reads them, each after the spaces that put it at the
     * character column of its x (2.5 pt a character, from the text
     * column's left edge; two spaces at least).  Not a list's or a
     * footnote's marker and its text ("1.", "a)", "3", a bullet before a
     * tab). */
    float base = w0->col >= 0 && w0->col < d->ncols ? d->col_x[w0->col] : l.x0, cw = 2.5f;
    size_t chars = l.x0 > base ? (size_t)((l.x0 - base) / cw + 0.5f) : 0;
    l.lead = (uint16_t)(chars < 400 ? chars : 400);
    chars = l.lead;
    bool prev_sup = false;
    float seg_x0 = l.x0; /* where the current cell's text starts */
    float hx[MAX_HDR];
    int nh = 0;
    hx[nh++] = l.x0;
    float space;
    bool just = justified_line(d, idx, n, l.size, &space);
    bool stretched = false;
    for (size_t i = 1; just && i < n; i++)
        stretched = stretched || d->w[idx[i].idx].x0 - d->w[idx[i - 1].idx].x1 > 1.2f * l.size;
    for (size_t i = 0; i < n; i++) {
        const word *w = &d->w[idx[i].idx];
        const char *s = d->pool.data + w->off;
        float yc = (w->y0 + w->y1) / 2;
        bool sup = prev && w->size < 0.8f * l.size && yc < l.yc - 0.12f * l.size &&
                   all_digits(s, w->len);
        bool marker = i == 1 && (is_bullet_text(d->pool.data + prev->off, prev->len) ||
                                 (prev->len <= 3 && all_digits(d->pool.data + prev->off, prev->len)) ||
                                 (prev->len <= 4 && prev->len >= 2 &&
                                  (d->pool.data[prev->off + prev->len - 1] == '.' ||
                                   d->pool.data[prev->off + prev->len - 1] == ')')));
        /* a hyphen set apart at the end of a justified line (LibreOffice
         * places it at the right edge, closer than a space): it is the
         * word's own line-end hyphen, glued back ("no -" -> "no-") */
        bool end_hyphen = prev && i == n - 1 && w->len == 1 && s[0] == '-' &&
                          w->x0 - prev->x1 < 0.2f * l.size && prev->len &&
                          ((unsigned char)d->pool.data[prev->off + prev->len - 1] >= 0x80 ||
                           ((d->pool.data[prev->off + prev->len - 1] | 0x20) >= 'a' &&
                            (d->pool.data[prev->off + prev->len - 1] | 0x20) <= 'z'));
        /* punctuation set right after a note marker ("gepubliceerd^3;") */
        bool after_sup = prev_sup && w->len && s[0] && strchr(".,;:)", s[0]) && w->x0 - prev->x1 < 0.25f * l.size;
        /* a header's cells: its words set apart by more than 0.8 em (a
         * number column's "Nr." too, which is no cell gap as a marker) */
        if (prev && w->x0 - prev->x1 > 0.8f * l.size && nh < MAX_HDR)
            hx[nh++] = w->x0;
        if (sup) {
            if (ki_buf_addc(raw, '^'))
                return false;
        } else if (end_hyphen || after_sup) {
            /* no space */
        } else if (prev && w->x0 > base && !stretched &&
                   ((!marker && w->x0 - prev->x1 > 1.2f * l.size) ||
                    (d->use_starts && w->x0 - prev->x1 > 0.45f * l.size &&
                     !(just && w->x0 - prev->x1 <= space * 1.06f + 0.3f) && at_cell_start(d, w))) &&
                   !(d->use_starts && same_header_cell(d, w->col, l.yc, seg_x0, w->x0))) {
            size_t at = (size_t)((w->x0 - base) / cw + 0.5f), pad = at > chars + 2 ? at - chars : 2;
            l.cells = true;
            seg_x0 = w->x0;
            if (!note_cand(d, w->col, w->x0))
                return false;
            for (size_t k = 0; k < pad && k < 400; k++)
                if (ki_buf_addc(raw, ' '))
                    return false;
            chars += pad;
        } else if (prev && ki_buf_addc(raw, ' ')) {
            return false;
        } else if (prev) {
            chars++;
        }
        for (size_t k = 0; k < w->len; k++)
            chars += ((unsigned char)s[k] & 0xC0) != 0x80;
        if (i == 1 && prev && is_bullet_text(d->pool.data + prev->off, prev->len) &&
            w->x0 - prev->x1 > 0.25f * l.size) {
            l.bullet = true;
            l.bullet_off = (uint32_t)raw->len;
            l.text_x0 = w->x0;
        }
        if (ki_buf_add(raw, s, w->len))
            return false;
        prev = w;
        prev_sup = sup;
    }
    /* the first row of a table in its column (the line made before it, of
     * the page and column, no row), bold: its header */
    const pline *above = d->nln ? &d->ln[d->nln - 1] : NULL;
    if (l.cells && l.bold && !d->use_starts && l.col >= 0 && l.col < KI_MAX_COLS &&
        d->ntab[l.col] < MAX_TABS &&
        (!above || above->page != l.page || above->col != l.col || !above->cells)) {
        int t = d->ntab[l.col]++;
        memcpy(d->hdr_x[l.col][t], hx, (size_t)nh * sizeof *hx);
        d->nhdr[l.col][t] = nh;
        d->hdr_y[l.col][t] = l.yc;
    }
    l.first_w = (n > 1 && l.bullet) ? d->w[idx[1].idx].x1 - d->w[idx[1].idx].x0
                                    : w0->x1 - w0->x0;
    if (!l.bullet)
        l.text_x0 = l.x0;
    l.soft_break = raw->len >= 2 && memcmp(raw->data + raw->len - 2, "\xc2\xad", 2) == 0;
    /* A footnote starts with its number: "3" alone, or glued to a capital
     * ("3Kamerstukken") when the writer left too little room. */
    const char *w0s = d->pool.data + w0->off;
    size_t nd = 0;
    while (nd < w0->len && nd < 5 && w0s[nd] >= '0' && w0s[nd] <= '9')
        nd++;
    l.starts_digit = nd >= 1 && nd <= 4 &&
                     (nd == w0->len || (w0s[nd] >= 'A' && w0s[nd] <= 'Z'));
    l.num_len = l.starts_digit ? (uint32_t)nd : 0;
    l.num_dot = !l.starts_digit && n > 1 && nd >= 1 && nd <= 3 && w0->len == nd + 1 && w0s[nd] == '.';
    if (l.num_dot)
        l.num_len = (uint32_t)nd;

    /* Normalise into the line pool; the bullet offset moves with it. */
    l.off = (uint32_t)d->lpool.len;
    if (l.bullet) {
        if (ki_norm_append(&d->lpool, raw->data, l.bullet_off))
            return false;
        size_t b = d->lpool.len;
        if (ki_norm_append(&d->lpool, raw->data + l.bullet_off, raw->len - l.bullet_off))
            return false;
        l.bullet_off = (uint32_t)(b - l.off);
    } else if (ki_norm_append(&d->lpool, raw->data, raw->len)) {
        return false;
    }
    l.len = (uint32_t)(d->lpool.len - l.off);
    /* Trim the ends. */
    while (l.len && d->lpool.data[l.off + l.len - 1] == ' ')
        l.len--;
    return push_line(d, &l);
}

static float wyc(const word *w)
{
    return (w->y0 + w->y1) / 2;
}

/* Words of a line (ordered by x) that stand one over another: a large
 * heading reaches the centres of two lines of small print beside it (a
 * web page's side box next to its title), and those are no words of the
 * heading's line.  Words at one height that overlap (text printed twice
 * for bold) do not count. */
static bool stacked_words(const pdoc *d, const keyidx *k, size_t n)
{
    if (n > MAX_STACK_WORDS)
        return false;
    for (size_t j = 1; j < n; j++) {
        const word *q = &d->w[k[j].idx];
        for (size_t i = 0; i < j; i++) {
            const word *p = &d->w[k[i].idx];
            float m = fminf(p->size, q->size);
            if (q->x0 < p->x1 - 0.5f * m && fabsf(wyc(p) - wyc(q)) > 0.45f * m)
                return true;
        }
    }
    return false;
}

/* Such a group made into lines again, by centre, each word reaching only
 * as far as the smaller of its own size and the line's. */
static bool split_stacked(pdoc *d, keyidx *k, size_t n, ki_buf *raw)
{
    for (size_t j = 0; j < n; j++)
        k[j].k1 = 0, k[j].k2 = wyc(&d->w[k[j].idx]);
    qsort(k, n, sizeof *k, cmp_keyidx);
    size_t t = 0;
    float ry = k[0].k2, rs = d->w[k[0].idx].size;
    for (size_t u = 1; u <= n; u++) {
        bool brk = u == n;
        if (!brk) {
            const word *w = &d->w[k[u].idx];
            brk = fabsf(k[u].k2 - ry) > 0.45f * fminf(rs, w->size);
            if (!brk && w->size > rs)
                ry = k[u].k2, rs = w->size;
        }
        if (!brk)
            continue;
        for (size_t j = t; j < u; j++)
            k[j].k2 = d->w[k[j].idx].x0;
        qsort(k + t, u - t, sizeof *k, cmp_keyidx);
        if (!make_line(d, k + t, u - t, raw))
            return false;
        if (u < n)
            t = u, ry = k[u].k2, rs = d->w[k[u].idx].size;
    }
    return true;
}

/* Sorts the words a..a+n (one page's, k room for n) into lines and makes
 * them; lines of a column whose centre lies in [ry0[col], ry1[col]] are a
 * table's rows, their cells begun at d->start (ry0 NULL: none).  False when
 * out of memory. */
static bool sweep_page(pdoc *d, keyidx *k, size_t a, size_t n, ki_buf *raw, const float *ry0,
                       const float *ry1)
{
    for (size_t i = 0; i < n; i++) {
        const word *w = &d->w[a + i];
        k[i] = (keyidx){(float)w->col, (w->y0 + w->y1) / 2, (uint32_t)(a + i)};
    }
    qsort(k, n, sizeof *k, cmp_keyidx);
    /* Sweep: a word joins the line when its centre is near the line's. */
    size_t s = 0;
    bool ok = true;
    float ref_yc = k[0].k2, ref_size = d->w[k[0].idx].size;
    for (size_t i = 1; i <= n && ok; i++) {
        bool brk = i == n;
        if (!brk) {
            const word *w = &d->w[k[i].idx];
            float lim = 0.45f * fmaxf(ref_size, w->size);
            brk = k[i].k1 != k[s].k1 || fabsf(k[i].k2 - ref_yc) > lim;
            if (!brk && w->size > ref_size)
                ref_yc = k[i].k2, ref_size = w->size;
        }
        if (!brk)
            continue;
        int col = d->w[k[s].idx].col;
        d->use_starts = ry0 && col >= 0 && col < KI_MAX_COLS && ref_yc >= ry0[col] - 0.5f &&
                        ref_yc <= ry1[col] + 0.5f;
        /* Words s..i-1 form a line: order them by x. */
        for (size_t j = s; j < i; j++)
            k[j].k2 = d->w[k[j].idx].x0;
        qsort(k + s, i - s, sizeof *k, cmp_keyidx);
        if (stacked_words(d, k + s, i - s))
            ok = split_stacked(d, k + s, i - s, raw);
        else
            ok = make_line(d, k + s, i - s, raw);
        if (i < n)
            s = i, ref_yc = k[i].k2, ref_size = d->w[k[i].idx].size;
    }
    d->use_starts = false;
    return ok;
}

/* A table's rows on the page whose lines are L0..nln: per body column, from
 * its first line with cells to its last, and on over the lines that follow
 * closely (the last row's cells go on).  Its cell starts are the x where
 * two lines or more of those rows have a cell begin after a wide gap or
 * begin indented (a cell's second line): d->start[0..nstart), nstart 0
 * when there are none.  Returns false when out of memory. */
static bool find_cell_starts(pdoc *d, size_t L0, float *ry0, float *ry1)
{
    bool any = false;
    d->nstart = 0;
    for (int c = 0; c < KI_MAX_COLS; c++) {
        ry0[c] = 1e9f, ry1[c] = -1e9f;
        size_t ncells = 0, last = 0;
        for (size_t i = L0; i < d->nln; i++)
            if (d->ln[i].col == c && d->ln[i].cells) {
                ry0[c] = fminf(ry0[c], d->ln[i].yc);
                ry1[c] = fmaxf(ry1[c], d->ln[i].yc);
                ncells++, last = i;
            }
        if (ncells < 2) {
            ry0[c] = 1e9f, ry1[c] = -1e9f;
            continue;
        }
        /* lines of a column are in order of height */
        for (size_t i = last + 1; i < d->nln && d->ln[i].col == c; i++) {
            if (d->ln[i].yc - d->ln[i - 1].yc > 1.6f * d->ln[i].size)
                break;
            ry1[c] = d->ln[i].yc;
        }
        float left = 1e9f;
        for (size_t i = L0; i < d->nln; i++)
            if (d->ln[i].col == c && d->ln[i].yc >= ry0[c] && d->ln[i].yc <= ry1[c])
                left = fminf(left, d->ln[i].x0);
        for (size_t i = L0; i < d->nln; i++) {
            const pline *l = &d->ln[i];
            if (l->col == c && l->yc >= ry0[c] && l->yc <= ry1[c] && l->x0 > left + 0.8f * l->size &&
                !note_cand(d, c, l->x0))
                return false;
        }
        any = true;
    }
    if (!any)
        return true;
    /* Sized now that the indented lines have added theirs: every start is
     * one of the candidates. */
    free(d->start);
    if (!(d->start = malloc((d->ncand ? d->ncand : 1) * sizeof *d->start)))
        return false;
    /* the candidates seen twice (within 1.5 pt), once each */
    for (size_t i = 0; i < d->ncand; i++) {
        size_t seen = 0;
        bool dup = false;
        for (size_t j = 0; j < d->ncand; j++)
            if (d->cand[j].col == d->cand[i].col && fabsf(d->cand[j].x - d->cand[i].x) <= 1.5f) {
                seen++;
                dup = dup || j < i;
            }
        if (seen >= 2 && !dup)
            d->start[d->nstart++] = d->cand[i];
    }
    return true;
}

static bool build_lines(pdoc *d)
{
    ki_buf raw = KI_BUF_INIT;
    keyidx *k = NULL;
    size_t capk = 0;
    bool ok = true;
    for (int p = 0; p < d->npages && ok; p++) {
        d->page_lines[p] = d->nln;
        size_t a = d->page_words[p], b = d->page_words[p + 1], n = b - a;
        if (!n)
            continue;
        if (n > capk) {
            keyidx *nk = realloc(k, n * sizeof *nk);
            if (!nk) {
                ok = false;
                break;
            }
            k = nk, capk = n;
        }
        size_t L0 = d->nln, pool0 = d->lpool.len;
        d->ncand = 0;
        for (int c = 0; c < KI_MAX_COLS; c++)
            d->ntab[c] = 0;
        ok = sweep_page(d, k, a, n, &raw, NULL, NULL);
        if (!ok)
            break;
        /* A table found: its lines again, each cell at its start. */
        float ry0[KI_MAX_COLS], ry1[KI_MAX_COLS];
        d->nstart = 0;
        if (d->nln > L0 && !(ok = find_cell_starts(d, L0, ry0, ry1)))
            break;
        if (d->nstart) {
            d->nln = L0;
            d->lpool.len = pool0;
            ok = sweep_page(d, k, a, n, &raw, ry0, ry1);
        }
        d->nstart = 0;
    }
    d->page_lines[d->npages] = d->nln;
    free(k);
    ki_buf_free(&raw);
    return ok;
}

/* ---- step 5: running headers, footers, page numbers ---- */

static const char *ltext(const pdoc *d, const pline *l)
{
    return d->lpool.data + l->off;
}

/* The line's text with runs of digits as one '#' and runs of spaces (a
 * table row's padding) as one ' ', lower-cased ASCII. */
static size_t line_key(const pdoc *d, const pline *l, char *out, size_t cap)
{
    const char *s = ltext(d, l);
    size_t o = 0;
    for (size_t i = 0; i < l->len && o + 1 < cap; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (!o || out[o - 1] != '#')
                out[o++] = '#';
            continue;
        }
        if (c == ' ' && o && out[o - 1] == ' ')
            continue;
        out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    out[o] = '\0';
    return o;
}

static bool eat(const char **s, const char *w)
{
    size_t n = strlen(w);
    if (strncmp(*s, w, n) != 0)
        return false;
    *s += n;
    return true;
}

/* "pagina # van #", "page # of #", "#/#", "# / #", "- # -", "#", "p. #". */
static bool is_page_number(const char *key)
{
    const char *s = key;
    eat(&s, "- ");
    if (!eat(&s, "pagina ") && !eat(&s, "page ") && !eat(&s, "blad ") && !eat(&s, "p. "))
        eat(&s, "pagina");
    if (!eat(&s, "#"))
        return false;
    if (eat(&s, " van #") || eat(&s, " of #") || eat(&s, "/#") || eat(&s, " / #") ||
        eat(&s, " /#")) {
    }
    eat(&s, " -");
    return *s == '\0';
}

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static bool in_band(const pdoc *d, const pline *l)
{
    float H = d->ph[l->page];
    return l->yc < 0.12f * H || l->yc > 0.88f * H;
}

/* Marks the lines of each page's top and bottom blocks: the lines above
 * the first (below the last) vertical gap of more than 1.8 line heights,
 * when they make at most three rows (lines side by side count once).  Only
 * these can be running headers, footers or page numbers; a body line in
 * the band never is. */
static bool mark_edges(pdoc *d)
{
    keyidx *k = NULL;
    size_t capk = 0;
    for (int p = 0; p < d->npages; p++) {
        size_t a = d->page_lines[p], b = d->page_lines[p + 1], n = 0;
        if (b - a > capk) {
            keyidx *nk = realloc(k, (b - a) * sizeof *nk);
            if (!nk) {
                free(k);
                return false;
            }
            k = nk, capk = b - a;
        }
        for (size_t i = a; i < b; i++)
            if (d->ln[i].col != COL_MARGIN)
                k[n++] = (keyidx){d->ln[i].yc, 0, (uint32_t)i};
        if (!n)
            continue;
        qsort(k, n, sizeof *k, cmp_keyidx);
#define GAP_AT(i) (k[(i) + 1].k1 - k[i].k1 > 1.8f * 1.2f * \
                   fmaxf(d->ln[k[i].idx].size, d->ln[k[(i) + 1].idx].size))
        /* Rows, not lines: a footer split by a two-column page's gutter
         * ("Tweede Kamer  Onderwerp" | "12 maart 2025") is one row. */
#define NEW_ROW(i) (k[(i) + 1].k1 - k[i].k1 > 0.45f * \
                    fmaxf(d->ln[k[i].idx].size, d->ln[k[(i) + 1].idx].size))
        size_t top = 0, rows = 1;
        while (top + 1 < n && !GAP_AT(top))
            rows += NEW_ROW(top), top++;
        if (top + 1 < n && rows <= 3)
            for (size_t i = 0; i <= top; i++)
                d->ln[k[i].idx].edge = true;
        size_t bot = n - 1;
        rows = 1;
        while (bot > 0 && !GAP_AT(bot - 1))
            rows += NEW_ROW(bot - 1), bot--;
        if (bot > 0 && rows <= 3)
            for (size_t i = bot; i < n; i++)
                d->ln[k[i].idx].edge = true;
#undef NEW_ROW
#undef GAP_AT
    }
    free(k);
    return true;
}

typedef struct bandline {
    uint64_t hash;
    int page;
    uint32_t line;
} bandline;

static int cmp_bandline(const void *a, const void *b)
{
    const bandline *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    if (x->page != y->page)
        return x->page < y->page ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* Step 5: a line in the top or bottom band whose text (digits aside)
 * occurs on at least half of the pages (two at least) is a running header
 * or footer; a page number there is dropped too.  Sorting the band lines
 * by (hash, page) counts the pages of each text in one pass. */
static bool drop_headers_footers(pdoc *d)
{
    char key[256];
    size_t n = 0;
    bandline *bl = malloc((d->nln ? d->nln : 1) * sizeof *bl);
    if (!bl)
        return false;
    for (size_t i = 0; i < d->nln; i++) {
        pline *l = &d->ln[i];
        if (l->col == COL_MARGIN || !l->edge || !in_band(d, l))
            continue;
        /* a long line is body text; a row's padding does not count (a
         * browser's print footer: the page's URL, far to its right "1/2") */
        if (line_key(d, l, key, sizeof key) > 200)
            continue;
        if (is_page_number(key)) {
            l->kind = L_DROP;
            continue;
        }
        /* Small print at the very top edge is a running header even on a
         * one-page document, where it cannot be seen to repeat. */
        if (l->yc < 0.075f * d->ph[l->page] && l->size < 0.9f * d->body_size) {
            l->kind = L_DROP;
            continue;
        }
        /* A footnote ("3 Kamerstukken II ...") can look the same on every
         * page once digits are masked: small print opening with a number
         * is left to the footnote step. */
        if (l->starts_digit && l->size < 0.9f * d->body_size)
            continue;
        /* Same text at the same height (4pt steps). */
        uint64_t h = hash_str(key) ^ ((uint64_t)(l->yc / 4.0f) * 0x9E3779B97F4A7C15ULL);
        bl[n++] = (bandline){h, l->page, (uint32_t)i};
    }
    qsort(bl, n, sizeof *bl, cmp_bandline);
    int need = d->npages < 2 ? 1 << 30 : (d->npages + 1) / 2;
    if (need < 2)
        need = 2;
    for (size_t a = 0, b; a < n; a = b) {
        int pages = 0;
        for (b = a; b < n && bl[b].hash == bl[a].hash; b++)
            if (b == a || bl[b].page != bl[b - 1].page)
                pages++;
        if (pages >= need)
            for (size_t k = a; k < b; k++)
                d->ln[bl[k].line].kind = L_DROP;
    }
    free(bl);
    for (int p = 0; p < d->npages; p++) {
        size_t a = d->page_lines[p], b = d->page_lines[p + 1];
        /* A running header or footer goes as a whole row: its date or
         * number in the other column ("12 maart 2025", "58-7-1") too. */
        for (size_t i = a; i < b; i++) {
            pline *l = &d->ln[i];
            if (l->col == COL_MARGIN || !l->edge || l->kind != L_BODY)
                continue;
            for (size_t j = a; j < b; j++) {
                const pline *o = &d->ln[j];
                if (j != i && o->edge && o->kind == L_DROP && o->col != COL_MARGIN &&
                    fabsf(o->yc - l->yc) <= 0.45f * fmaxf(o->size, l->size)) {
                    l->kind = L_DROP;
                    break;
                }
            }
        }
        /* The page's bottom block in small print at the foot of the page
         * that is no footnote (its first line opens with no number, no
         * line ends a sentence) is a footer even on a single page: the
         * colophon of a Kamerstuk's first page ("kst-29279-901", "ISSN
         * 0921 - 7371", "'s-Gravenhage 2025  Tweede Kamer, ..."). */
        const pline *first = NULL;
        bool foot = true, low = false;
        for (size_t i = a; i < b && foot; i++) {
            const pline *l = &d->ln[i];
            if (l->col == COL_MARGIN || !l->edge || l->yc < 0.5f * d->ph[p] || l->kind != L_BODY)
                continue;
            const char *tx = ltext(d, l);
            foot = l->size < 0.9f * d->body_size && l->len && tx[l->len - 1] != '.';
            low = low || l->yc > 0.9f * d->ph[p];
            if (!first || l->yc < first->yc - 0.45f * l->size ||
                (fabsf(l->yc - first->yc) <= 0.45f * l->size && l->x0 < first->x0))
                first = l;
        }
        if (!first || !foot || !low || first->starts_digit)
            continue;
        for (size_t i = a; i < b; i++) {
            pline *l = &d->ln[i];
            if (l->col != COL_MARGIN && l->edge && l->yc >= 0.5f * d->ph[p] && l->kind == L_BODY)
                l->kind = L_DROP;
        }
    }
    return true;
}

/* ---- step 3 (cont.): what the margin says ---- */

static bool label_is(const char *s, size_t n, const char *label, size_t *rest)
{
    size_t ln = strlen(label);
    if (n < ln || strncasecmp(s, label, ln) != 0)
        return false;
    if (n > ln && s[ln] != ' ' && s[ln] != ':')
        return false;
    size_t r = ln;
    while (r < n && (s[r] == ' ' || s[r] == ':'))
        r++;
    *rest = r;
    return true;
}

static int margin_label(const char *s, size_t n, size_t *rest)
{
    if (label_is(s, n, "Kenmerk", rest) || label_is(s, n, "Onze referentie", rest) ||
        label_is(s, n, "Ons kenmerk", rest))
        return 1;
    if (label_is(s, n, "Datum", rest))
        return 2;
    static const char *const others[] = {"Uw referentie", "Uw kenmerk", "Bijlage(n)", "Bijlagen",
                                         "Bijlage", "Pagina", "Contactpersoon", "Betreft",
                                         "Inlichtingen", "Doorkiesnummer", NULL};
    for (int i = 0; others[i]; i++)
        if (label_is(s, n, others[i], rest))
            return 3;
    return 0;
}

static void read_margin(const pdoc *d, ki_text *t)
{
    for (int p = 0; p < d->npages && (!t->kenmerk || !t->margin_date); p++) {
        size_t a = d->page_lines[p], b = d->page_lines[p + 1];
        for (size_t i = a; i < b; i++) {
            const pline *l = &d->ln[i];
            if (l->col != COL_MARGIN)
                continue;
            size_t rest;
            int kind = margin_label(ltext(d, l), l->len, &rest);
            if (kind != 1 && kind != 2)
                continue;
            char **slot = kind == 1 ? &t->kenmerk : &t->margin_date;
            if (*slot)
                continue;
            if (rest < l->len) { /* "Datum 20 juni 2025" on one line */
                *slot = strndup(ltext(d, l) + rest, l->len - rest);
                continue;
            }
            const pline *v = NULL;
            for (size_t j = i + 1; j < b; j++)
                if (d->ln[j].col == COL_MARGIN) {
                    v = &d->ln[j];
                    break;
                }
            size_t r2;
            if (v && v->len && v->yc - l->yc < 2.5f * l->size &&
                !margin_label(ltext(d, v), v->len, &r2))
                *slot = strndup(ltext(d, v), v->len);
        }
    }
}

/* The addressee's reference in the margin ("Uw referentie" / "Uw kenmerk"
 * and its value, on the label's line or the margin line below it), the
 * first one in the document: the margin leaves the body, but a reader who
 * searches for that zaak wants the letter, so assemble() keeps it once, as
 * a block of its own ("Uw referentie 2025Z18231") where it stands beside
 * the body.  Writes it to out (cap bytes) with its page and height; false
 * when there is none, the value has no digit or is long, or a body line
 * holds the value already. */
static bool your_reference(const pdoc *d, char *out, size_t cap, int *page, float *yc)
{
    static const char *const labels[] = {"Uw referentie", "Uw kenmerk"};
    for (int p = 0; p < d->npages; p++) {
        size_t a = d->page_lines[p], b = d->page_lines[p + 1];
        for (size_t i = a; i < b; i++) {
            const pline *l = &d->ln[i];
            if (l->col != COL_MARGIN)
                continue;
            const char *s = ltext(d, l);
            size_t rest = 0;
            int k = 0;
            while (k < 2 && !label_is(s, l->len, labels[k], &rest))
                k++;
            if (k == 2)
                continue;
            const char *v = s + rest;
            size_t vn = l->len - rest;
            for (size_t j = i + 1; !vn && j < b; j++) {
                const pline *n = &d->ln[j];
                size_t r2;
                if (n->col != COL_MARGIN)
                    continue;
                if (n->len && n->yc - l->yc < 2.5f * l->size && !margin_label(ltext(d, n), n->len, &r2))
                    v = ltext(d, n), vn = n->len;
                break;
            }
            bool digit = false;
            for (size_t c = 0; c < vn; c++)
                digit = digit || (v[c] >= '0' && v[c] <= '9');
            if (!digit || vn > 60)
                return false;
            for (size_t j = 0; j < d->nln; j++) /* the body gives it: nothing to keep */
                if (d->ln[j].col != COL_MARGIN && d->ln[j].kind != L_DROP &&
                    memmem(ltext(d, &d->ln[j]), d->ln[j].len, v, vn))
                    return false;
            snprintf(out, cap, "%s %.*s", labels[k], (int)vn, v);
            *page = p;
            *yc = l->yc;
            return true;
        }
    }
    return false;
}

/* ---- step 6-7: footnotes and paragraphs ---- */

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* The spacing of the body lines set in size (within 0.25 pt): the first
 * quartile of the steps down between a column's lines on a page (the
 * common, tight spacing), or 0 when fewer than min steps were seen.
 * steps has room for one a line. */
static float spacing_of(const pdoc *d, float size, float *steps, size_t min)
{
    size_t n = 0;
    const pline *prev = NULL;
    for (size_t i = 0; i < d->nln; i++) {
        const pline *l = &d->ln[i];
        if (l->col == COL_MARGIN || l->kind != L_BODY || fabsf(l->size - size) > 0.25f)
            continue;
        if (prev && prev->page == l->page && prev->col == l->col && l->yc > prev->yc)
            steps[n++] = l->yc - prev->yc;
        prev = l;
    }
    if (!n || n < min)
        return 0;
    qsort(steps, n, sizeof *steps, cmp_float);
    return steps[n / 4];
}

/* Body size (most common size by characters), its leading and the leading
 * of the other common sizes (lead_size, lead_val), each body column's right
 * edge. */
static void measure_body(pdoc *d)
{
    float sizes[64];
    size_t counts[64], ns = 0;
    for (size_t i = 0; i < d->nln; i++) {
        const pline *l = &d->ln[i];
        if (l->col == COL_MARGIN || l->kind != L_BODY)
            continue;
        size_t j = 0;
        while (j < ns && fabsf(sizes[j] - l->size) > 0.25f)
            j++;
        if (j == ns) {
            if (ns == 64)
                continue;
            sizes[ns] = l->size, counts[ns++] = 0;
        }
        /* characters, not a table row's padding */
        const char *t = ltext(d, l);
        size_t nc = 0;
        for (size_t k = 0; k < l->len; k++)
            nc += !(t[k] == ' ' && k && t[k - 1] == ' ');
        counts[j] += nc;
    }
    d->body_size = 10;
    size_t best = 0;
    for (size_t j = 0; j < ns; j++)
        if (counts[j] > best)
            best = counts[j], d->body_size = sizes[j];

    size_t cap = d->nln ? d->nln : 1, nx = 0;
    float *deltas = malloc(cap * sizeof *deltas), *x1s = malloc(cap * sizeof *x1s);
    d->leading = 1.2f * d->body_size;
    if (!deltas || !x1s)
        goto out;
    float v = spacing_of(d, d->body_size, deltas, 1);
    if (v > 0) {
        d->leading = v;
        if (d->leading < 0.9f * d->body_size)
            d->leading = 1.2f * d->body_size;
    }
    /* The same for the other sizes with lines enough to measure. */
    d->nlead = 0;
    for (size_t j = 0; j < ns && d->nlead < MAX_LEADS; j++) {
        if (fabsf(sizes[j] - d->body_size) <= 0.25f)
            continue;
        v = spacing_of(d, sizes[j], deltas, 2);
        if (v == 0 || v < 0.9f * sizes[j])
            continue;
        d->lead_size[d->nlead] = sizes[j];
        d->lead_val[d->nlead++] = v;
    }
    /* Each column's right edge: nearly the widest of its body lines. */
    for (int c = 0; c < d->ncols; c++) {
        nx = 0;
        for (size_t i = 0; i < d->nln; i++) {
            const pline *l = &d->ln[i];
            if (l->col == c && l->kind == L_BODY && fabsf(l->size - d->body_size) <= 0.25f &&
                !(d->ncols > 1 && l->yc <= d->head_y[l->page] + 0.5f))
                x1s[nx++] = l->x1;
        }
        /* a side box in small print: the widest of its own lines */
        if (d->side_x && c == 1 && !nx)
            for (size_t i = 0; i < d->nln; i++)
                if (d->ln[i].col == c && d->ln[i].kind == L_BODY)
                    x1s[nx++] = d->ln[i].x1;
        if (nx) {
            qsort(x1s, nx, sizeof *x1s, cmp_float);
            d->col_right[c] = x1s[nx - 1 - nx / 50];
        }
    }
out:
    free(deltas);
    free(x1s);
}

/* The line spacing of lines set in size (the body's when not measured). */
static float leading_at(const pdoc *d, float size)
{
    for (int j = 0; j < d->nlead; j++)
        if (fabsf(d->lead_size[j] - size) <= 0.25f)
            return d->lead_val[j];
    return d->leading;
}

/* Whether a body line holds the note marker "^N" (N the first len bytes
 * of num). */
static bool has_marker(const pdoc *d, const char *num, size_t len)
{
    for (size_t i = 0; i < d->nln; i++) {
        const pline *l = &d->ln[i];
        if (l->kind != L_BODY)
            continue;
        const char *t = ltext(d, l);
        for (size_t j = 0; j + len < l->len; j++)
            if (t[j] == '^' && memcmp(t + j + 1, num, len) == 0 &&
                (j + 1 + len == l->len || t[j + 1 + len] < '0' || t[j + 1 + len] > '9'))
                return true;
    }
    return false;
}

/* Marks the footnote lines at the foot of each body column of each page:
 * the run of small-print lines at the bottom, opening with a note number
 * ("3", "3Kamerstukken"), or with "3." when the text has the marker "^3"
 * (notes printed as an end list); a side box has none.  Lines of a page
 * are ordered by (column, height), so each column is one stretch of them. */
static void find_footnotes(pdoc *d)
{
    for (int p = 0; p < d->npages; p++) {
        size_t pa = d->page_lines[p], pb = d->page_lines[p + 1];
        for (size_t a = pa, b; a < pb; a = b) {
            int col = d->ln[a].col;
            for (b = a; b < pb && d->ln[b].col == col; b++)
                ;
            if (col == COL_MARGIN || (d->side_x && col == 1)) /* a side box has no notes */
                continue;
            size_t first = b;
            for (size_t i = b; i-- > a;) {
                pline *l = &d->ln[i];
                if (l->kind == L_DROP)
                    continue;
                if (l->size >= 0.9f * d->body_size)
                    break;
                first = i;
            }
            while (first < b && d->ln[first].kind == L_DROP)
                first++;
            /* notes as a numbered list at the end ("1. Kamerstukken II
             * ...", a web page's end notes printed): when the text has the
             * marker of its first number */
            if (first >= b || (!d->ln[first].starts_digit &&
                               !(d->ln[first].num_dot &&
                                 has_marker(d, ltext(d, &d->ln[first]), d->ln[first].num_len))))
                continue;
            for (size_t i = first; i < b; i++)
                if (d->ln[i].kind == L_BODY)
                    d->ln[i].kind = L_NOTE;
        }
    }
}

typedef struct outbuf {
    ki_buf b;
    size_t para_start;
    bool open;          /* a paragraph is open */
    bool open_bullet;
    float bullet_x;
    const pline *last;  /* last line of the open paragraph */
    ki_buf notes;       /* footnotes waiting for the paragraph to end */
} outbuf;

static ki_status out_end_para(outbuf *o)
{
    o->open = false;
    o->last = NULL;
    if (o->notes.len) {
        if (o->b.len && ki_buf_adds(&o->b, "\n\n"))
            return KI_ERR_NOMEM;
        if (ki_buf_add(&o->b, o->notes.data, o->notes.len))
            return KI_ERR_NOMEM;
        o->notes.len = 0;
    }
    return KI_OK;
}

/* Starts a block: "\n\n" before it (or "\n" when single). */
static ki_status out_begin(outbuf *o, bool single)
{
    ki_status s = out_end_para(o);
    if (s)
        return s;
    if (o->b.len && ki_buf_adds(&o->b, single ? "\n" : "\n\n"))
        return KI_ERR_NOMEM;
    o->para_start = o->b.len;
    o->open = true;
    return KI_OK;
}

/* Does the first word of l fit at the end of the line above? Then that
 * line ended on purpose. */
static bool ended_short(const pdoc *d, const pline *above, const pline *l)
{
    const char *s = ltext(d, above);
    if (above->len >= 2 && s[above->len - 1] == '-' && s[above->len - 2] != ' ')
        return false;
    if (above->soft_break)
        return false;
    float space = 0.3f * above->size;
    return above->x1 + space + l->first_w < d->col_right[above->col] - 1.0f;
}

static ki_status add_note_line(const pdoc *d, outbuf *o, const pline *l, bool *note_open,
                               size_t *note_start, float region_x0)
{
    const char *s = ltext(d, l);
    bool starts = (l->starts_digit || l->num_dot) && l->x0 <= region_x0 + 2.0f;
    ki_buf *nb = &o->notes;
    if (starts) {
        if (nb->len && ki_buf_addc(nb, '\n'))
            return KI_ERR_NOMEM;
        size_t nl = l->num_len;
        if (ki_buf_adds(nb, "[^") || ki_buf_add(nb, s, nl) || ki_buf_adds(nb, "] "))
            return KI_ERR_NOMEM;
        *note_start = nb->len;
        *note_open = true;
        size_t r = nl + l->num_dot;
        while (r < l->len && s[r] == ' ')
            r++;
        return ki_buf_add(nb, s + r, l->len - r);
    }
    if (!*note_open) { /* text before any number: keep it as a note line */
        if (nb->len && ki_buf_addc(nb, '\n'))
            return KI_ERR_NOMEM;
        *note_start = nb->len;
        *note_open = true;
    }
    return ki_norm_join(nb, *note_start, s, l->len, false);
}

/* The same text, blanks aside (a table's header row repeated on a page). */
static bool same_words(const pdoc *d, const pline *x, const pline *y)
{
    const char *a = ltext(d, x), *b = ltext(d, y), *ae = a + x->len, *be = b + y->len;
    for (;;) {
        while (a < ae && *a == ' ')
            a++;
        while (b < be && *b == ' ')
            b++;
        if (a == ae || b == be)
            return a == ae && b == be;
        if (*a++ != *b++)
            return false;
    }
}

/* A table row that a page break splits: when the page before ended inside
 * a table, and this page's first body line repeats that table's header
 * row, the lines right below it that begin right of the table's left edge
 * (the first column empty: the row's cells go on) are the end of the
 * page before's last row.  Returns how many (their indices in cont). */
static size_t row_run_on(const pdoc *d, size_t a, size_t b, const pline *head, float left,
                         size_t *cont, size_t cap)
{
    size_t i0 = a;
    while (i0 < b && (d->ln[i0].col == COL_MARGIN || d->ln[i0].kind != L_BODY || !d->ln[i0].len))
        i0++;
    if (i0 == b || !d->ln[i0].cells || d->ln[i0].col != head->col || !same_words(d, d->ln + i0, head))
        return 0;
    size_t n = 0;
    const pline *above = &d->ln[i0];
    for (size_t j = i0 + 1; j < b && n < cap; j++) {
        const pline *l = &d->ln[j];
        if (l->col == COL_MARGIN || l->kind != L_BODY || !l->len)
            continue;
        if (l->col != head->col || l->x0 <= left + 0.8f * l->size ||
            l->yc - above->yc > 1.35f * leading_at(d, l->size) * (n ? 1.0f : 2.0f))
            break;
        cont[n++] = j;
        above = l;
    }
    return n;
}

/* Writes line l of a table's rows: the spaces that put its first word at
 * its text column (its lead past minlead[col], the least lead of its
 * column's lines on its page), then its text. */
static ki_status out_row_line(outbuf *o, const pdoc *d, const pline *l, const unsigned *minlead)
{
    unsigned ml = l->col >= 0 && l->col < KI_MAX_COLS ? minlead[l->col] : l->lead;
    ki_status s = KI_OK;
    for (unsigned k = ml; k < l->lead && !s; k++)
        s = ki_buf_addc(&o->b, ' ');
    return s ? s : ki_buf_add(&o->b, ltext(d, l), l->len);
}

static ki_status assemble(pdoc *d, ki_text *t)
{
    outbuf o = {KI_BUF_INIT, 0, false, false, 0, NULL, KI_BUF_INIT};
    ki_status s = KI_OK;
    const pline *tab_head = NULL; /* the first line of the table being read */
    float tab_left = 0;
    bool tab_at_end = false; /* the page before ended inside that table */
    unsigned prev_minlead[KI_MAX_COLS] = {0}; /* minlead of the page before */
    char yref[96];
    int yref_page = -1;
    float yref_yc = 0;
    if (!your_reference(d, yref, sizeof yref, &yref_page, &yref_yc))
        yref_page = -1;
    for (int p = 0; p < d->npages && !s; p++) {
        size_t a = d->page_lines[p], b = d->page_lines[p + 1];
        bool page_started = false, prev_tab = false;
        const pline *prev = NULL;
        /* a table row's lead counts from the leftmost body line of its column */
        unsigned minlead[KI_MAX_COLS];
        for (int c = 0; c < KI_MAX_COLS; c++)
            minlead[c] = 0xFFFF;
        for (size_t i = a; i < b; i++)
            if (d->ln[i].kind == L_BODY && d->ln[i].col >= 0 && d->ln[i].col < KI_MAX_COLS &&
                d->ln[i].lead < minlead[d->ln[i].col])
                minlead[d->ln[i].col] = d->ln[i].lead;
        /* the end of the page before's last table row, written before
         * this page starts, its footnotes after it */
        size_t cont[MAX_RUN_ON], ncont = 0;
        if (p > 0 && tab_at_end && tab_head)
            ncont = row_run_on(d, a, b, tab_head, tab_left, cont, MAX_RUN_ON);
        if (ncont) {
            ki_buf notes = o.notes;
            o.notes = (ki_buf)KI_BUF_INIT;
            for (size_t c = 0; c < ncont && !s; c++) {
                const pline *l = &d->ln[cont[c]];
                if ((s = out_begin(&o, true)) || (s = out_row_line(&o, d, l, prev_minlead)))
                    break;
                o.last = l;
            }
            ki_buf_free(&o.notes);
            o.notes = notes;
        }
        tab_at_end = false;
        for (size_t i = a; i < b && !s; i++) {
            const pline *l = &d->ln[i];
            if (l->col == COL_MARGIN || l->kind != L_BODY || !l->len)
                continue;
            bool moved = false;
            for (size_t c = 0; c < ncont && !moved; c++)
                moved = cont[c] == i;
            if (moved)
                continue;
            const char *txt = ltext(d, l);
            bool new_block = true, single = false;
            /* a gap wider than the spacing of lines of that size ends a paragraph */
            float gap_limit = 1.35f * leading_at(d, o.last ? o.last->size : l->size);
            bool near = prev && prev->col == l->col && o.open && o.last && l->yc - o.last->yc <= gap_limit;
            /* a justified line stretched so wide that its word spaces looked
             * like a row's gaps (make_line() wrote them as cells), right
             * below a line of the same paragraph as wide as it, which did
             * not end short: it is text; its spaces made single again */
            if (l->cells && near && prev == o.last && !prev->cells && !prev_tab &&
                fabsf(l->x0 - prev->x0) < 1.0f && fabsf(l->x1 - prev->x1) < 1.0f &&
                prev->x1 >= d->col_right[l->col] - 2.0f && !ended_short(d, prev, l)) {
                pline *lm = &d->ln[i];
                char *x = d->lpool.data + lm->off;
                uint32_t k = 0;
                for (uint32_t j = 0; j < lm->len; j++)
                    if (x[j] != ' ' || !k || x[k - 1] != ' ')
                        x[k++] = x[j];
                lm->len = k;
                lm->cells = false;
            }
            /* a table row, and the lines right below one (its cells go on):
             * each a line of its own, its first word at its text column */
            bool tab = l->cells || (prev_tab && near);
            if (o.open && o.last) {
                const pline *above = o.last;
                /* A run-in bold label ("De heer De Hoop (GroenLinks-PvdA):
                 * Voorzitter. Vorig jaar") may make most of a line bold,
                 * or all of it; its paragraph goes on when the weight at
                 * the join is regular on both sides, or when the bold line
                 * ends in the label's ':' and the next word did not fit. */
                bool same_style = (above->bold == l->bold ||
                                   (!above->last_bold && !l->first_bold && !l->bold) ||
                                   (above->bold && !l->bold && !l->first_bold && above->len &&
                                    ltext(d, above)[above->len - 1] == ':' &&
                                    !ended_short(d, above, l))) &&
                                  fabsf(above->size - l->size) < 0.5f;
                if (prev && prev->col == l->col) { /* same page and column */
                    float gap = l->yc - above->yc;
                    new_block = l->bullet || !same_style || gap > gap_limit ||
                                (o.open_bullet && l->x0 < o.bullet_x - 2.0f);
                    if (!new_block && ended_short(d, above, l))
                        new_block = true, single = true;
                } else { /* the first line of a page or column: does the paragraph run on? */
                    const char *at = ltext(d, above);
                    size_t e = above->len;
                    while (e && at[e - 1] >= '0' && at[e - 1] <= '9')
                        e--;
                    if (!(e && at[e - 1] == '^'))
                        e = above->len; /* not a note marker: the digits count */
                    else
                        e--;
                    char last = e ? at[e - 1] : '.';
                    new_block = l->bullet || !same_style || ended_short(d, above, l) ||
                                last == '.' || last == '!' || last == '?' || last == ':' ||
                                (o.open_bullet && l->x0 < o.bullet_x - 2.0f);
                    if (o.notes.len && new_block)
                        single = false;
                }
            }
            if (tab || (prev_tab && o.open)) {
                new_block = true;
                single = near;
            }
            if (tab && !prev_tab)
                tab_head = l, tab_left = l->x0;
            else if (tab)
                tab_left = fminf(tab_left, l->x0);
            else
                tab_head = NULL;
            tab_at_end = tab;
            prev_tab = tab;
            if (!page_started) {
                if (new_block && (s = out_end_para(&o)))
                    break;
                if (!new_block) {
                    t->page_start[p] = SIZE_MAX; /* mid-paragraph: set after the join */
                } else {
                    t->page_start[p] = o.b.len ? o.b.len + 2 : 0;
                }
                page_started = true;
            }
            /* the margin's "Uw referentie": before the first block that
             * starts below it */
            if (new_block && p == yref_page && l->col == 0 && l->yc > yref_yc) {
                if ((s = out_begin(&o, false)) || (s = ki_buf_adds(&o.b, yref)) || (s = out_end_para(&o)))
                    break;
                yref_page = -1;
                single = false;
            }
            if (new_block) {
                if ((s = out_begin(&o, single)))
                    break;
                o.open_bullet = l->bullet;
                o.bullet_x = l->text_x0;
                if (l->bullet) {
                    s = ki_buf_adds(&o.b, "- ");
                    o.para_start = o.b.len;
                    if (!s)
                        s = ki_buf_add(&o.b, txt + l->bullet_off, l->len - l->bullet_off);
                } else {
                    s = tab ? out_row_line(&o, d, l, minlead) : ki_buf_add(&o.b, txt, l->len);
                }
            } else {
                s = ki_norm_join(&o.b, o.para_start, txt, l->len, o.last->soft_break);
                if (t->page_start[p] == SIZE_MAX)
                    t->page_start[p] = o.b.len - l->len;
            }
            o.last = l;
            prev = l;
            if (o.b.len > KI_PDF_MAX_TEXT) {
                ki_text_warn(t, "text cut after %zu MiB", KI_PDF_MAX_TEXT >> 20);
                p = d->npages;
                break;
            }
        }
        memcpy(prev_minlead, minlead, sizeof minlead);
        if (!page_started)
            t->page_start[p] = o.b.len ? o.b.len + 2 : 0;
        if (!s && p == yref_page) { /* beside no block: after the page's text */
            if (!(s = out_begin(&o, false)) && !(s = ki_buf_adds(&o.b, yref)))
                s = out_end_para(&o);
            yref_page = -1;
        }
        /* This page's footnotes wait until the open paragraph ends. */
        bool note_open = false;
        size_t note_start = 0;
        float rx0[KI_MAX_COLS];
        for (int c = 0; c < KI_MAX_COLS; c++)
            rx0[c] = 1e9f;
        for (size_t i = a; i < b; i++)
            if (d->ln[i].kind == L_NOTE && d->ln[i].col < KI_MAX_COLS)
                rx0[d->ln[i].col] = fminf(rx0[d->ln[i].col], d->ln[i].x0);
        for (size_t i = a; i < b && !s; i++)
            if (d->ln[i].kind == L_NOTE && d->ln[i].col < KI_MAX_COLS)
                s = add_note_line(d, &o, &d->ln[i], &note_open, &note_start,
                                  rx0[d->ln[i].col]);
    }
    if (!s)
        s = out_end_para(&o);
    if (!s && o.b.len && ki_buf_addc(&o.b, '\n'))
        s = KI_ERR_NOMEM;
    if (!s && ki_buf_grow(&o.b, 1))
        s = KI_ERR_NOMEM;
    if (s) {
        ki_buf_free(&o.b);
        ki_buf_free(&o.notes);
        return s;
    }
    ki_buf_free(&o.notes);
    t->buf = ki_buf_detach(&o.b, &t->len);
    /* Page starts past the end (empty last pages) clamp to the end. */
    for (int p = 0; p < t->npages; p++) {
        if (t->page_start[p] > t->len)
            t->page_start[p] = t->len;
        if (p && t->page_start[p] < t->page_start[p - 1])
            t->page_start[p] = t->page_start[p - 1];
    }
    return KI_OK;
}

/* ---- the whole document ---- */

static void pdoc_free(pdoc *d)
{
    free(d->w);
    ki_buf_free(&d->pool);
    free(d->ln);
    ki_buf_free(&d->lpool);
    free(d->pw);
    free(d->ph);
    free(d->page_words);
    free(d->page_lines);
    free(d->cand);
    free(d->start);
    free(d->head_y);
    free(d->side_x);
    free(d->side_y0);
    free(d->side_y1);
}

static bool page_has_image(PopplerPage *page)
{
    GList *m = poppler_page_get_image_mapping(page);
    bool yes = m != NULL;
    poppler_page_free_image_mapping(m);
    return yes;
}

ki_status ki_pdf_extract(const char *path, ki_text **out, ki_err *err)
{
    *out = NULL;
    PopplerDocument *doc = NULL;
    ki_status s = open_doc(path, &doc, err);
    if (s)
        return s;
    int np = poppler_document_get_n_pages(doc);
    if (np <= 0) {
        g_object_unref(doc);
        return ki_err_set(err, KI_ERR_NO_TEXT, "the PDF has no pages");
    }
    pdoc d = {0};
    ki_text *t = calloc(1, sizeof *t);
    d.npages = np;
    d.ncols = 1;
    d.pw = calloc((size_t)np, sizeof *d.pw);
    d.ph = calloc((size_t)np, sizeof *d.ph);
    d.page_words = calloc((size_t)np + 1, sizeof *d.page_words);
    d.page_lines = calloc((size_t)np + 1, sizeof *d.page_lines);
    d.head_y = calloc((size_t)np, sizeof *d.head_y);
    if (!t || !d.pw || !d.ph || !d.page_words || !d.page_lines || !d.head_y ||
        !(t->page_start = calloc((size_t)np, sizeof *t->page_start)))
        goto nomem;
    t->source_kind = "pdf";
    t->npages = np;
    read_metadata(doc, t);

    int with_text = 0, scans = 0, first_scan = 0;
    for (int i = 0; i < np; i++) {
        d.page_words[i] = d.nw;
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        double w, h;
        poppler_page_get_size(page, &w, &h);
        d.pw[i] = (float)w, d.ph[i] = (float)h;
        size_t before = d.nw;
        bool ok = read_page_words(&d, page, i);
        if (ok && d.nw == before && page_has_image(page)) {
            if (!scans++)
                first_scan = i + 1;
        }
        if (d.nw > before)
            with_text++;
        g_object_unref(page);
        if (!ok)
            goto nomem;
    }
    d.page_words[np] = d.nw;
    g_object_unref(doc);
    doc = NULL;

    if (!with_text) {
        pdoc_free(&d);
        ki_text_free(t);
        if (scans)
            return ki_err_set(err, KI_ERR_NO_TEXT,
                              "no text layer on any of its %d page%s, only images: "
                              "it looks like a scan (it needs OCR)",
                              np, np == 1 ? "" : "s");
        return ki_err_set(err, KI_ERR_NO_TEXT, "no text on any of its %d page%s", np,
                          np == 1 ? "" : "s");
    }
    if (scans == 1)
        ki_text_warn(t, "page %d has no text layer, only an image (a scanned page?)",
                     first_scan);
    else if (scans > 1)
        ki_text_warn(t, "%d pages have no text layer, only images (scanned pages?), "
                        "the first is page %d", scans, first_scan);

    t3_sizes(&d);
    find_columns(&d);
    if (!build_lines(&d))
        goto nomem;
    measure_body(&d); /* a first guess of the body size, for step 5 */
    if (!mark_edges(&d) || !drop_headers_footers(&d))
        goto nomem;
    read_margin(&d, t);
    measure_body(&d);
    find_footnotes(&d);
    if (assemble(&d, t))
        goto nomem;
    pdoc_free(&d);
    *out = t;
    return KI_OK;

nomem:
    if (doc)
        g_object_unref(doc);
    pdoc_free(&d);
    ki_text_free(t);
    return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
}
