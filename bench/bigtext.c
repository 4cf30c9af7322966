/*
 * bigtext - writes a large text of letters for the detection benchmark.
 *
 *   bigtext OUT MB FILE...
 *
 * Repeats the given letters (corpus-like text files) until OUT holds at
 * least MB megabytes, each copy followed by a form feed line, so that the
 * benchmark can cut it into documents again.  In each copy the digits of
 * numbers are shifted a little (copy k adds k to the last digit of every
 * number of 3+ digits, mod 10), so that the text is not the same bytes over
 * and over while its shape (words, references, density) stays real.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ki_buf b = KI_BUF_INIT;
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (ki_buf_add(&b, tmp, k))
            break;
    fclose(f);
    return ki_buf_detach(&b, len);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: bigtext OUT MB FILE...\n");
        return 2;
    }
    size_t want = (size_t)atol(argv[2]) << 20;
    FILE *out = fopen(argv[1], "wb");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    int nf = argc - 3;
    char **texts = calloc((size_t)nf, sizeof *texts);
    size_t *lens = calloc((size_t)nf, sizeof *lens);
    size_t total = 0;
    for (int i = 0; i < nf; i++) {
        texts[i] = slurp(argv[3 + i], &lens[i]);
        if (!texts[i]) {
            perror(argv[3 + i]);
            return 1;
        }
    }
    char *copy = NULL;
    size_t cap = 0;
    for (unsigned k = 0; total < want; k++) {
        int i = (int)(k % (unsigned)nf);
        if (lens[i] + 1 > cap) {
            cap = lens[i] + 1;
            copy = realloc(copy, cap);
        }
        memcpy(copy, texts[i], lens[i]);
        size_t run = 0;
        for (size_t j = 0; j <= lens[i]; j++) {
            int digit = j < lens[i] && copy[j] >= '0' && copy[j] <= '9';
            if (digit) {
                run++;
            } else {
                if (run >= 3)
                    copy[j - 1] = (char)('0' + (copy[j - 1] - '0' + (int)(k / (unsigned)nf)) % 10);
                run = 0;
            }
        }
        fwrite(copy, 1, lens[i], out);
        fputs("\n\f\n", out);
        total += lens[i] + 3;
    }
    free(copy);
    for (int i = 0; i < nf; i++)
        free(texts[i]);
    free(texts);
    free(lens);
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
