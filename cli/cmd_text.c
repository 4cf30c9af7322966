/*
 * kamerindex text [--pages] FILE... - the cleaned body text of PDFs and
 * text files, exactly what detection sees (ingest/extract.h).
 *
 * With one FILE the text goes to stdout as is.  With several, each file's
 * text is preceded by a line "==> FILE <==" (as head(1) does) and files
 * that fail are reported and skipped.  --pages writes a line "\f[page N]"
 * where each page starts (before the page's first byte; when a paragraph
 * runs on across a page break the marker splits that line).
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../ingest/extract.h"
#include "../ingest/pdftext.h"
#include "cli.h"

static const char text_help[] =
    "usage: kamerindex text [--pages] FILE...\n"
    "\n"
    "Prints the cleaned body text of a PDF or text file: exactly the text\n"
    "detection sees and the text whose byte offsets `refs` prints.\n"
    "\n"
    "PDFs: the margin column (Kenmerk, Datum, addresses), running headers\n"
    "and footers and page numbers are removed; each paragraph, heading and\n"
    "list item is one line (bullets as \"- \"), blocks are separated by an\n"
    "empty line; line-end hyphenation is undone; footnote markers are\n"
    "written \"word^3\" and footnotes \"[^3] text\" after their page's body.\n"
    "Text files: UTF-8, else Windows-1252/Latin-1; they keep their lines.\n"
    "\n"
    "  --pages    write a line \"\\f[page N]\" (a form feed, then [page N])\n"
    "             where each page starts\n"
    "\n"
    "With several files, each text is preceded by \"==> FILE <==\".\n"
    "Exit status: 0 all files done; 1 some failed (named on stderr);\n"
    "2 usage error, or the only file failed.\n";

static void print_text(const ki_text *t, bool pages)
{
    if (!pages) {
        fwrite(t->buf, 1, t->len, stdout);
        if (t->len && t->buf[t->len - 1] != '\n')
            putchar('\n');
        return;
    }
    size_t pos = 0;
    for (int p = 0; p < t->npages; p++) {
        size_t at = t->page_start[p];
        if (at > t->len)
            at = t->len;
        if (at > pos) {
            fwrite(t->buf + pos, 1, at - pos, stdout);
            pos = at;
        }
        if (pos > 0 && t->buf[pos - 1] != '\n')
            putchar('\n');
        printf("\f[page %d]\n", p + 1);
    }
    fwrite(t->buf + pos, 1, t->len - pos, stdout);
    if (t->len && t->buf[t->len - 1] != '\n')
        putchar('\n');
}

int cmd_text(int argc, char **argv)
{
    static const struct option opts[] = {
        {"pages", no_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bool pages = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "ph", opts, NULL)) != -1) {
        switch (c) {
        case 'p':
            pages = true;
            break;
        case 'h':
            fputs(text_help, stdout);
            return KI_EXIT_OK;
        default:
            return ki_usage_error("text", "bad option");
        }
    }
    if (optind >= argc)
        return ki_usage_error("text", "no FILE given");

    ki_pdf_quiet();
    int nfiles = argc - optind, failed = 0;
    for (int i = optind; i < argc; i++) {
        const char *file = argv[i];
        ki_text *t = NULL;
        ki_err err = {""};
        ki_status s = ki_extract_file(file, &t, &err);
        if (s) {
            ki_report(file, "%s", err.msg[0] ? err.msg : ki_status_str(s));
            failed++;
            continue;
        }
        for (int w = 0; w < t->nwarnings; w++)
            ki_report(file, "warning: %s", t->warnings[w]);
        if (nfiles > 1) {
            fputs("==> ", stdout);
            ki_print_safe(stdout, file);
            fputs(" <==\n", stdout);
        }
        print_text(t, pages);
        ki_text_free(t);
    }
    if (fflush(stdout) != 0) {
        ki_report(NULL, "writing the text failed");
        return KI_EXIT_USAGE;
    }
    if (failed == 0)
        return KI_EXIT_OK;
    return failed == nfiles ? KI_EXIT_USAGE : KI_EXIT_SOME_FAILED;
}
