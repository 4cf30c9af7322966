/* record.c - finding a document and reading back its stored record. */
#include "record.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../index/indexer.h"
#include "../ingest/refs.h"
#include "../index/schema.h"
#include "ref.h"

/* The relation names are those of the record (ingest/refs.h). */
int ki_rel_from_str(const char *s)
{
    return s ? ki_relation_parse(s) : -1;
}

const char *ki_rel_to_str(int rel)
{
    return ki_relation_str((ki_relation)rel);
}

char *ki_strdup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

bool ki_str_ieq(const char *a, const char *b)
{
    return a && b && strcasecmp(a, b) == 0;
}

const char *ki_record_file(const ki_json *rec)
{
    const char *f = ki_json_getstr(rec, "file");
    return f ? f : ki_json_getstr(rec, "path");
}

ki_json *ki_record_parse(const char *json, size_t len)
{
    return ki_json_parse(json, len, NULL);
}

ki_status ki_record_load(ki_db *db, unsigned docid, ki_json **out, ki_err *err)
{
    ki_buf b = KI_BUF_INIT;
    *out = NULL;
    ki_status st = ki_db_get_data(db, docid, &b);
    if (st) {
        ki_err_set(err, st, "document %u: %s", docid, ki_db_errmsg(db));
        ki_buf_free(&b);
        return st;
    }
    ki_err perr;
    *out = ki_json_parse(ki_buf_str(&b), b.len, &perr);
    ki_buf_free(&b);
    if (!*out)
        return ki_err_set(err, KI_ERR_CORRUPT, "document %u: stored record is not JSON: %s", docid,
                          perr.msg);
    return KI_OK;
}

/* The document holding prefix+value, through the schema's normaliser. */
static ki_status find_term(ki_db *db, const char *prefix, const char *value, unsigned *docid)
{
    ki_buf t = KI_BUF_INIT;
    ki_status st = ki_schema_term(prefix, value, &t);
    if (!st)
        st = ki_db_find(db, ki_buf_str(&t), docid);
    ki_buf_free(&t);
    return st;
}

/* The document whose stored path is path (absolute). */
static ki_status find_path(ki_db *db, const char *path, unsigned *docid)
{
    ki_values *v;
    ki_status st = ki_db_values(db, KI_SLOT_PATH, &v);
    if (st)
        return st;
    st = KI_ERR_NOT_FOUND;
    for (; ki_values_valid(v); ki_values_next(v)) {
        size_t len;
        const char *p = ki_values_value(v, &len);
        if (len == strlen(path) && memcmp(p, path, len) == 0) {
            *docid = ki_values_docid(v);
            st = KI_OK;
            break;
        }
    }
    ki_values_free(v);
    return st;
}

ki_status ki_record_find(ki_db *db, const char *doc, unsigned *docid, ki_err *err)
{
    ki_status st;
    struct stat sb;
    if (!doc || !*doc)
        return ki_err_set(err, KI_ERR_USAGE, "no document given");

    /* An ingested file (a symlink is indexed where it is: ki_index_abspath). */
    if (stat(doc, &sb) == 0 && S_ISREG(sb.st_mode)) {
        char *abs = ki_index_abspath(doc);
        if (!abs)
            return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
        ki_buf uniq = KI_BUF_INIT;
        st = ki_index_unique_term(abs, &uniq);
        if (!st)
            st = ki_db_find(db, ki_buf_str(&uniq), docid);
        ki_buf_free(&uniq);
        if (st == KI_ERR_NOT_FOUND) /* an index written before the path was the key */
            st = find_path(db, abs, docid);
        free(abs);
        if (st != KI_ERR_NOT_FOUND)
            goto out;
        return ki_err_set(err, KI_ERR_NOT_FOUND,
                          "not in the index (ingest it first with 'kamerindex ingest')");
    }
    /* An id as search --json prints it. */
    st = find_term(db, KI_PREFIX_ID, doc, docid);
    if (st != KI_ERR_NOT_FOUND)
        goto out;
    /* A Kamerstuk as people write it. */
    ki_ref r;
    if (ki_ref_parse(doc, &r, NULL) == KI_OK) {
        st = find_term(db, KI_PREFIX_ID, r.id, docid);
        if (st != KI_ERR_NOT_FOUND)
            goto out;
    }
    return ki_err_set(err, KI_ERR_NOT_FOUND,
                      "no document with this id or path (see 'kamerindex search --json')");
out:
    if (st)
        ki_err_set(err, st, "%s", ki_db_errmsg(db));
    return st;
}
