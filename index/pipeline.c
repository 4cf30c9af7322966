/*
 * pipeline.c - one file through extraction, detection and the indexer, in
 * a worker process (see pipeline.h).
 */
#include "pipeline.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../ingest/detect.h"
#include "../ingest/extract.h"
#include "indexer.h"

ki_status ki_hash_file(const char *path, uint64_t *out, ki_err *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ki_err_set(err, errno == ENOENT ? KI_ERR_NOT_FOUND : KI_ERR_IO, "open: %s",
                          strerror(errno));
    uint64_t h = KI_HASH64_INIT;
    char buf[1 << 16];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            close(fd);
            return ki_err_set(err, KI_ERR_IO, "read: %s", strerror(e));
        }
        if (n == 0)
            break;
        h = ki_hash64(h, buf, (size_t)n);
    }
    close(fd);
    *out = h;
    return KI_OK;
}

/* One detector per worker process, kept for its life. */
static ki_detector *detector;

ki_status ki_pipeline_work(void *ctx, const ki_job *job, ki_buf *out, int *pages, ki_err *err)
{
    (void)ctx;
    *pages = 0;
    ki_source src = {job->path, job->abspath, job->size, job->mtime_ns, 0};
    ki_status st = ki_hash_file(job->abspath, &src.hash, err);
    if (st)
        return st;
    if (!detector && (st = ki_detector_new(&detector, err)) != KI_OK)
        return st;

    ki_text *text = NULL;
    ki_refs *refs = NULL;
    ki_buf json = KI_BUF_INIT;
    if ((st = ki_extract_file(job->abspath, &text, err)) != KI_OK)
        goto done;
    *pages = text->npages;
    if ((st = ki_detect(detector, text, NULL, &refs, err)) != KI_OK)
        goto done;
    if (refs->pages > 0)
        *pages = refs->pages;
    if ((st = ki_refs_to_json(refs, job->path, &json)) != KI_OK) {
        st = ki_err_set(err, st, "cannot write the refs record: %s", ki_status_str(st));
        goto done;
    }
    st = ki_index_build(&src, text, refs, json.data, json.len, out, err);
done:
    ki_buf_free(&json);
    ki_refs_free(refs);
    ki_text_free(text);
    return st;
}
