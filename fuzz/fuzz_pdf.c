/*
 * fuzz_pdf.c - libFuzzer target: text extraction on mutated PDFs.
 *
 * Each input is written to one temporary file (poppler reads files) and
 * extracted with ki_extract_file().  Failing is fine; crashing, hanging or
 * returning a ki_text that breaks text.h is not (fuzz_check_text).  Inputs
 * that do not start with "%PDF-" are given that header, so that the
 * mutations are spent on PDF structure rather than on the text path.
 *
 * fuzz-needs: ki_extract_file
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz/fuzz_util.h"
#include "ingest/extract.h"

static char tmp_path[256];
static int tmp_fd = -1;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void remove_tmp(void)
{
    if (tmp_path[0])
        unlink(tmp_path);
}

static void write_all(const void *p, size_t n)
{
    const char *c = p;
    while (n > 0) {
        ssize_t w = write(tmp_fd, c, n);
        if (w <= 0)
            abort();
        c += w;
        n -= (size_t)w;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (tmp_fd < 0) {
        const char *dir = getenv("TMPDIR");
        snprintf(tmp_path, sizeof tmp_path, "%s/fuzz_pdf.XXXXXX.pdf", dir && *dir ? dir : "/tmp");
        tmp_fd = mkstemps(tmp_path, 4);
        if (tmp_fd < 0)
            abort();
        atexit(remove_tmp);
    }
    if (ftruncate(tmp_fd, 0) != 0 || lseek(tmp_fd, 0, SEEK_SET) != 0)
        abort();
    if (size < 5 || memcmp(data, "%PDF-", 5) != 0)
        write_all("%PDF-1.4\n", 9);
    write_all(data, size);

    ki_text *t = NULL;
    ki_err err;
    if (ki_extract_file(tmp_path, &t, &err) == KI_OK) {
        fuzz_check_text(t);
        ki_text_free(t);
    }
    return 0;
}
