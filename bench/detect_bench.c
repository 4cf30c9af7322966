/*
 * detect_bench - times ki_detect() alone (no extraction, no JSON) over a
 * large text cut into documents at form-feed lines.
 *
 *   detect_bench FILE [RUNS]
 *
 * Prints "detect: N docs, B bytes, best of RUNS: S s, X MB/s" (CPU time) and the
 * counts found, so a run that finds nothing shows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../ingest/detect.h"
#include "../util/buf.h"

/* CPU time of this process: the machine may be shared, and detection is
 * single-threaded, so CPU seconds are what one core spends. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: detect_bench FILE [RUNS]\n");
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 3;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    ki_buf b = KI_BUF_INIT;
    char tmp[1 << 16];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (ki_buf_add(&b, tmp, k))
            return 1;
    fclose(f);
    /* the documents */
    size_t cap = 1024, nd = 0;
    ki_text **docs = malloc(cap * sizeof *docs);
    size_t start = 0;
    for (size_t i = 0; i <= b.len; i++) {
        if (i == b.len || b.data[i] == '\f') {
            if (i > start) {
                if (nd == cap)
                    docs = realloc(docs, (cap *= 2) * sizeof *docs);
                docs[nd++] = ki_text_from_string(b.data + start, i - start);
            }
            start = i + 1;
        }
    }
    ki_detector *d;
    ki_err err;
    if (ki_detector_new(&d, &err)) {
        fprintf(stderr, "detect_bench: %s\n", err.msg);
        return 1;
    }
    double best = 1e30;
    size_t nk = 0, nh = 0, nm = 0, nc = 0;
    for (int r = 0; r < runs; r++) {
        nk = nh = nm = nc = 0;
        double t0 = now();
        for (size_t i = 0; i < nd; i++) {
            ki_refs *refs;
            if (ki_detect(d, docs[i], "2025-06-15", &refs, &err)) {
                fprintf(stderr, "detect_bench: %s\n", err.msg);
                return 1;
            }
            nk += refs->nkamerstukken;
            nh += refs->nhandelingen;
            nm += refs->nmotions;
            nc += refs->ncommitments;
            ki_refs_free(refs);
        }
        double t = now() - t0;
        if (t < best)
            best = t;
    }
    size_t nrec = nk + nh + nm + nc;
    printf("detect: %zu docs, %zu bytes, best of %d: %.3f s, %.0f MB/s "
           "(found %zu kamerstukken, %zu handelingen, %zu motions, %zu commitments; "
           "one per %.0f bytes, %.1f us each)\n",
           nd, b.len, runs, best, (double)b.len / 1e6 / best, nk, nh, nm, nc,
           nrec ? (double)b.len / (double)nrec : 0.0, nrec ? best * 1e6 / (double)nrec : 0.0);
    for (size_t i = 0; i < nd; i++)
        ki_text_free(docs[i]);
    free(docs);
    ki_detector_free(d);
    ki_buf_free(&b);
    return 0;
}
