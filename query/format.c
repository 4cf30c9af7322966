/* format.c - md, csv, html and json writers that make document text inert. */
#include "format.h"

#include <stdbool.h>
#include <string.h>

#include "../util/json.h"

int ki_format_parse(const char *name)
{
    if (!name)
        return -1;
    if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
        return KI_FMT_MD;
    if (strcmp(name, "csv") == 0)
        return KI_FMT_CSV;
    if (strcmp(name, "html") == 0)
        return KI_FMT_HTML;
    if (strcmp(name, "json") == 0)
        return KI_FMT_JSON;
    return -1;
}

int ki_href_ok(const char *href)
{
    if (!href)
        return 0;
    if (strncmp(href, "https://", 8) != 0 && strncmp(href, "http://", 7) != 0)
        return 0;
    for (const unsigned char *p = (const unsigned char *)href; *p; p++) {
        unsigned char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  strchr("-._~:/?#=%+,;", c) != NULL;
        if (!ok || c == 0)
            return 0;
    }
    return 1;
}

/* Is the byte at p the start of a C1 control (U+0080..U+009F)? */
static bool is_c1(const unsigned char *p)
{
    return p[0] == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0;
}

ki_status ki_md_escape(ki_buf *out, const char *s)
{
    if (!s)
        return KI_OK;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        ki_status st;
        if (*p == '\n' || *p == '\r' || *p == '\t') {
            st = ki_buf_addc(out, ' ');
        } else if (*p < 0x20 || *p == 0x7F) {
            st = ki_buf_addc(out, '?');
        } else if (is_c1(p)) {
            st = ki_buf_addc(out, '?');
            p++;
        } else if (strchr("\\`*_[]<>|&#!~$", *p)) {
            char e[2] = {'\\', (char)*p};
            st = ki_buf_add(out, e, 2);
        } else {
            st = ki_buf_addc(out, (char)*p);
        }
        if (st)
            return st;
    }
    return KI_OK;
}

ki_status ki_csv_cell(ki_buf *out, const char *s)
{
    if (!s)
        return KI_OK;
    const char *first = s;
    while (*first == ' ')
        first++;
    bool formula = *first && strchr("=+-@\t\r", *first) != NULL;
    bool quote = formula || strpbrk(s, ",\"\r\n;") != NULL || *s == ' ';
    ki_status st = KI_OK;
    if (quote && (st = ki_buf_addc(out, '"')))
        return st;
    if (formula && (st = ki_buf_addc(out, '\'')))
        return st;
    for (const char *p = s; *p; p++) {
        st = *p == '"' ? ki_buf_add(out, "\"\"", 2) : ki_buf_addc(out, *p);
        if (st)
            return st;
    }
    return quote ? ki_buf_addc(out, '"') : KI_OK;
}

ki_status ki_html_escape(ki_buf *out, const char *s)
{
    if (!s)
        return KI_OK;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        ki_status st;
        switch (*p) {
        case '&': st = ki_buf_adds(out, "&amp;"); break;
        case '<': st = ki_buf_adds(out, "&lt;"); break;
        case '>': st = ki_buf_adds(out, "&gt;"); break;
        case '"': st = ki_buf_adds(out, "&quot;"); break;
        case '\'': st = ki_buf_adds(out, "&#39;"); break;
        default:
            if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F) {
                st = ki_buf_adds(out, "\xEF\xBF\xBD");
            } else if (is_c1(p)) {
                st = ki_buf_adds(out, "\xEF\xBF\xBD");
                p++;
            } else {
                st = ki_buf_addc(out, (char)*p);
            }
        }
        if (st)
            return st;
    }
    return KI_OK;
}

ki_status ki_term_safe(ki_buf *out, const char *s)
{
    if (!s)
        return KI_OK;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        ki_status st;
        if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F) {
            st = ki_buf_addc(out, '?');
        } else if (is_c1(p)) {
            st = ki_buf_addc(out, '?');
            p++;
        } else {
            st = ki_buf_addc(out, (char)*p);
        }
        if (st)
            return st;
    }
    return KI_OK;
}

#define TRY(x) do { ki_status st_ = (x); if (st_) return st_; } while (0)

static size_t visible(const ki_table *t)
{
    return t->nvisible && t->nvisible < t->ncols ? t->nvisible : t->ncols;
}

static const ki_cell *cell_at(const ki_table *t, size_t r, size_t c)
{
    return &t->cells[r * t->ncols + c];
}

static ki_status write_md(ki_buf *out, const ki_table *t, const char *title)
{
    if (title) {
        TRY(ki_buf_adds(out, "### "));
        TRY(ki_md_escape(out, title));
        TRY(ki_buf_adds(out, "\n\n"));
    }
    TRY(ki_buf_addc(out, '|'));
    for (size_t c = 0; c < visible(t); c++) {
        TRY(ki_buf_addc(out, ' '));
        TRY(ki_md_escape(out, t->headers[c]));
        TRY(ki_buf_adds(out, " |"));
    }
    TRY(ki_buf_adds(out, "\n|"));
    for (size_t c = 0; c < visible(t); c++)
        TRY(ki_buf_adds(out, " --- |"));
    TRY(ki_buf_addc(out, '\n'));
    for (size_t r = 0; r < t->nrows; r++) {
        TRY(ki_buf_addc(out, '|'));
        for (size_t c = 0; c < visible(t); c++) {
            const ki_cell *cell = cell_at(t, r, c);
            TRY(ki_buf_addc(out, ' '));
            bool link = ki_href_ok(cell->href) && cell->text && *cell->text;
            if (link)
                TRY(ki_buf_addc(out, '['));
            TRY(ki_md_escape(out, cell->text));
            if (link) {
                TRY(ki_buf_adds(out, "]("));
                TRY(ki_buf_adds(out, cell->href));
                TRY(ki_buf_addc(out, ')'));
            }
            TRY(ki_buf_adds(out, " |"));
        }
        TRY(ki_buf_addc(out, '\n'));
    }
    return KI_OK;
}

static ki_status write_csv(ki_buf *out, const ki_table *t)
{
    for (size_t c = 0; c < visible(t); c++) {
        if (c)
            TRY(ki_buf_addc(out, ','));
        TRY(ki_csv_cell(out, t->headers[c]));
    }
    TRY(ki_buf_addc(out, '\n'));
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < visible(t); c++) {
            if (c)
                TRY(ki_buf_addc(out, ','));
            TRY(ki_csv_cell(out, cell_at(t, r, c)->text));
        }
        TRY(ki_buf_addc(out, '\n'));
    }
    return KI_OK;
}

static ki_status write_html(ki_buf *out, const ki_table *t, const char *title)
{
    TRY(ki_buf_adds(out, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<title>"));
    TRY(ki_html_escape(out, title ? title : "Moties en toezeggingen"));
    TRY(ki_buf_adds(out, "</title>\n</head>\n<body>\n<table>\n"));
    if (title) {
        TRY(ki_buf_adds(out, "<caption>"));
        TRY(ki_html_escape(out, title));
        TRY(ki_buf_adds(out, "</caption>\n"));
    }
    TRY(ki_buf_adds(out, "<thead>\n<tr>"));
    for (size_t c = 0; c < visible(t); c++) {
        TRY(ki_buf_adds(out, "<th>"));
        TRY(ki_html_escape(out, t->headers[c]));
        TRY(ki_buf_adds(out, "</th>"));
    }
    TRY(ki_buf_adds(out, "</tr>\n</thead>\n<tbody>\n"));
    for (size_t r = 0; r < t->nrows; r++) {
        TRY(ki_buf_adds(out, "<tr>"));
        for (size_t c = 0; c < visible(t); c++) {
            const ki_cell *cell = cell_at(t, r, c);
            TRY(ki_buf_adds(out, "<td>"));
            bool link = ki_href_ok(cell->href);
            if (link) {
                TRY(ki_buf_adds(out, "<a href=\""));
                TRY(ki_html_escape(out, cell->href));
                TRY(ki_buf_adds(out, "\">"));
            }
            TRY(ki_html_escape(out, cell->text));
            if (link)
                TRY(ki_buf_adds(out, "</a>"));
            TRY(ki_buf_adds(out, "</td>"));
        }
        TRY(ki_buf_adds(out, "</tr>\n"));
    }
    return ki_buf_adds(out, "</tbody>\n</table>\n</body>\n</html>\n");
}

static ki_status write_json(ki_buf *out, const ki_table *t)
{
    TRY(ki_buf_addc(out, '['));
    for (size_t r = 0; r < t->nrows; r++) {
        TRY(ki_buf_adds(out, r ? ",{" : "{"));
        for (size_t c = 0; c < t->ncols; c++) {
            const ki_cell *cell = cell_at(t, r, c);
            TRY(ki_json_member(out, c ? ',' : '\0', t->keys[c], cell->text));
            if (ki_href_ok(cell->href)) {
                TRY(ki_buf_addc(out, ','));
                TRY(ki_buf_addc(out, '"'));
                TRY(ki_buf_adds(out, t->keys[c]));
                TRY(ki_buf_adds(out, "_url\":"));
                TRY(ki_json_str(out, cell->href));
            }
        }
        TRY(ki_buf_addc(out, '}'));
    }
    return ki_buf_addc(out, ']');
}

ki_status ki_table_write(ki_buf *out, const ki_table *t, ki_format f, const char *title)
{
    switch (f) {
    case KI_FMT_MD: return write_md(out, t, title);
    case KI_FMT_CSV: return write_csv(out, t);
    case KI_FMT_HTML: return write_html(out, t, title);
    case KI_FMT_JSON: return write_json(out, t);
    }
    return KI_ERR_USAGE;
}
