#include "pdftext.h"

#include <errno.h>
#include <poppler.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "normalize.h"

static void drop_log(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer data)
{
    (void)domain, (void)level, (void)msg, (void)data;
}

void ki_pdf_quiet(void)
{
    g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                      drop_log, NULL);
}

static char *dup_norm(const char *s)
{
    if (!s)
        return NULL;
    ki_buf b = KI_BUF_INIT;
    if (ki_norm_append(&b, s, strlen(s))) {
        ki_buf_free(&b);
        return NULL;
    }
    /* trim */
    size_t st = 0;
    while (st < b.len && b.data[st] == ' ')
        st++;
    while (b.len > st && b.data[b.len - 1] == ' ')
        b.len--;
    if (b.len == st) {
        ki_buf_free(&b);
        return NULL;
    }
    char *r = strndup(b.data + st, b.len - st);
    ki_buf_free(&b);
    return r;
}

static ki_status open_doc(const char *path, PopplerDocument **doc, ki_err *err)
{
    GError *gerr = NULL;
    char *uri = g_filename_to_uri(path, NULL, &gerr);
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

ki_status ki_pdf_extract(const char *path, ki_text **out, ki_err *err)
{
    *out = NULL;
    PopplerDocument *doc = NULL;
    ki_status s = open_doc(path, &doc, err);
    if (s)
        return s;
    int np = poppler_document_get_n_pages(doc);
    ki_text *t = calloc(1, sizeof *t);
    ki_buf b = KI_BUF_INIT;
    if (!t || !(t->page_start = calloc(np > 0 ? (size_t)np : 1, sizeof *t->page_start)))
        goto nomem;
    t->source_kind = "pdf";
    t->npages = np > 0 ? np : 1;
    read_metadata(doc, t);
    int with_text = 0;
    for (int i = 0; i < np; i++) {
        t->page_start[i] = b.len;
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        char *txt = poppler_page_get_text(page);
        if (txt && *txt) {
            with_text++;
            if (ki_norm_append(&b, txt, strlen(txt))) {
                g_free(txt);
                g_object_unref(page);
                goto nomem;
            }
            if (b.len && b.data[b.len - 1] != '\n')
                ki_buf_addc(&b, '\n');
        }
        g_free(txt);
        g_object_unref(page);
    }
    g_object_unref(doc);
    doc = NULL;
    if (!with_text) {
        ki_buf_free(&b);
        ki_text_free(t);
        return ki_err_set(err, KI_ERR_NO_TEXT,
                          "no text layer on any page; it looks like a scan (needs OCR)");
    }
    if (ki_buf_grow(&b, 1))
        goto nomem;
    t->buf = ki_buf_detach(&b, &t->len);
    *out = t;
    return KI_OK;

nomem:
    if (doc)
        g_object_unref(doc);
    ki_buf_free(&b);
    ki_text_free(t);
    return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
}
