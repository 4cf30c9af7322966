#include "extract.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pdftext.h"
#include "textfile.h"

/* True when "%PDF-" occurs in the first 1 KiB (some writers put junk before
 * the header; poppler accepts that too). */
static bool has_pdf_header(const char *p, size_t n)
{
    for (size_t i = 0; i + 5 <= n; i++)
        if (p[i] == '%' && memcmp(p + i, "%PDF-", 5) == 0)
            return true;
    return false;
}

ki_status ki_extract_file(const char *path, ki_text **out, ki_err *err)
{
    *out = NULL;
    struct stat st;
    if (stat(path, &st) < 0)
        return ki_err_set(err, errno == ENOENT || errno == ENOTDIR ? KI_ERR_NOT_FOUND : KI_ERR_IO,
                          "%s", strerror(errno));
    if (S_ISDIR(st.st_mode))
        return ki_err_set(err, KI_ERR_IO, "is a directory");
    if (!S_ISREG(st.st_mode))
        return ki_err_set(err, KI_ERR_IO, "not a regular file");
    if (st.st_size == 0)
        return ki_err_set(err, KI_ERR_NO_TEXT, "empty file");

    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return ki_err_set(err, errno == ENOENT ? KI_ERR_NOT_FOUND : KI_ERR_IO, "%s",
                          strerror(errno));
    char head[1024];
    ssize_t n;
    do
        n = read(fd, head, sizeof head);
    while (n < 0 && errno == EINTR);
    int e = errno;
    close(fd);
    if (n < 0)
        return ki_err_set(err, KI_ERR_IO, "read: %s", strerror(e));
    if (!has_pdf_header(head, (size_t)n))
        return ki_textfile_read(path, out, err);
    ki_status s = ki_pdf_extract(path, out, err);
    if (s == KI_OK && (*out)->len > KI_TEXTFILE_MAX) {
        size_t len = (*out)->len;
        ki_text_free(*out);
        *out = NULL;
        s = ki_text_too_large(err, len);
    }
    return s;
}
