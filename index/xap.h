/*
 * xap.h - a small C API over Xapian, the only door to the index.
 *
 * xap.cc is the project's one C++ file.  Everything else talks to Xapian
 * through these opaque handles:
 *
 *   ki_db      an open index, read-only or writable
 *   ki_doc     a document being built (by an ingest worker), serialisable
 *   ki_hits    the documents a search or a term look-up returned
 *   ki_terms   the terms of the index that start with a prefix
 *   ki_values  the value of one slot for every document that has one
 *
 * Errors.  Every call that can fail returns a ki_status (util/status.h);
 * calls on a ki_db (and on the iterators it made) also leave a message that
 * ki_db_errmsg() returns, like sqlite3_errmsg().  ki_db_open() has no
 * handle yet and writes its message into a ki_err.  No C++ exception ever
 * leaves this API: Xapian's errors are caught by type and mapped:
 *
 *   DatabaseLockError       KI_ERR_DB_LOCKED   "index is locked by another process (...)"
 *   DatabaseOpeningError    KI_ERR_DB_MISSING  when the path does not exist, else KI_ERR_DB
 *   DatabaseCorruptError    KI_ERR_DB_CORRUPT
 *   DatabaseModifiedError   the handle is reopened and the call retried once;
 *                           a second one gives KI_ERR_DB
 *   QueryParserError        KI_ERR_QUERY       "bad query: ..."
 *   DocNotFoundError        KI_ERR_NOT_FOUND
 *   SerialisationError      KI_ERR_CORRUPT
 *   DatabaseError with ENOSPC/EFBIG  KI_ERR_DISK_FULL
 *   any other Xapian::Error KI_ERR_DB
 *   std::bad_alloc          KI_ERR_NOMEM
 *   anything else           KI_ERR_INTERNAL
 *
 * Readers and the writer.  Any number of processes may read an index while
 * one process writes it; a reader sees the state of the last commit at the
 * time it opened (ki_db_reopen() moves it to the latest).  A second writer
 * gets KI_ERR_DB_LOCKED at once (it does not wait).
 *
 * Memory.  Handles are freed by their close or free function (NULL is a
 * no-op).  An iterator borrows its ki_db: close the db after its iterators.
 * Strings an iterator returns belong to it and stay valid until it moves
 * (next) or is freed.  Output ki_buf arguments are appended to.
 * Handles are not thread-safe; use one per thread or process.
 * ki_terms and ki_values read everything when they are made, so their
 * errors come from ki_db_terms()/ki_db_values() and moving cannot fail.
 *
 * Field names, term prefixes and value slots are in schema.h.
 */
#ifndef KI_XAP_H
#define KI_XAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/buf.h"
#include "../util/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ki_db ki_db;
typedef struct ki_doc ki_doc;
typedef struct ki_hits ki_hits;
typedef struct ki_terms ki_terms;
typedef struct ki_values ki_values;

/* ---------------------------------------------------------------- the db */

typedef enum ki_db_mode {
    KI_DB_READ = 0,  /* read-only; the index must exist */
    KI_DB_WRITE = 1  /* read-write; takes the lock; created when missing, whole
                      * (made as PATH.creating.PID and renamed into place, so
                      * that a killed first run leaves no half-made index) */
} ki_db_mode;

/* Opens the index at path.  On success *out is a handle to close with
 * ki_db_close().  Statuses: KI_ERR_DB_MISSING (READ and nothing at path:
 * "no index at PATH"), KI_ERR_DB_LOCKED (WRITE while another process
 * writes), KI_ERR_DB_CORRUPT, KI_ERR_DB (e.g. not an index, no
 * permission), KI_ERR_NOMEM; err->msg says why. */
ki_status ki_db_open(const char *path, ki_db_mode mode, ki_db **out, ki_err *err);

/* Closes the handle.  For a writable handle, a transaction still open
 * (ki_db_begin() without ki_db_commit()) is cancelled: only committed work
 * is in the index.  NULL is a no-op. */
void ki_db_close(ki_db *db);

/* The message of the most recent failed call on db or on an iterator made
 * from it ("" when none failed).  Belongs to db; valid until the next call. */
const char *ki_db_errmsg(const ki_db *db);

/* The path the handle was opened with.  Belongs to db. */
const char *ki_db_path_of(const ki_db *db);

/* Moves a read-only handle to the latest commit (a no-op for a writer). */
ki_status ki_db_reopen(ki_db *db);

/* Number of documents.  Statuses: KI_ERR_DB. */
ki_status ki_db_doccount(ki_db *db, unsigned *out);

/* Number of documents holding term (0 when none). */
ki_status ki_db_termfreq(ki_db *db, const char *term, unsigned *out);

/* The docid of the document holding the unique term (e.g. "Qfile-..."):
 * KI_OK, or KI_ERR_NOT_FOUND when no document holds it.  When several do
 * (never, for Q terms written through this API) the lowest docid. */
ki_status ki_db_find(ki_db *db, const char *term, unsigned *docid);

/* Appends the data / the value in slot of document docid to out.  A value
 * the document does not have appends nothing.  KI_ERR_NOT_FOUND when there
 * is no such document. */
ki_status ki_db_get_data(ki_db *db, unsigned docid, ki_buf *out);
ki_status ki_db_get_value(ki_db *db, unsigned docid, int slot, ki_buf *out);
/* Appends the body text of document docid to out: the text stored with
 * ki_doc_set_text(), else (indexes written before it) the KI_SLOT_TEXT
 * value; nothing when it has neither.  Statuses: KI_ERR_NOT_FOUND (no such
 * document), KI_ERR_DB, KI_ERR_NOMEM. */
ki_status ki_db_get_text(ki_db *db, unsigned docid, ki_buf *out);

/* User metadata (a key-value store inside the index; keys up to 200 bytes).
 * A missing key appends nothing and returns KI_OK.  set needs a writable
 * handle; inside a transaction it is committed with it.  An empty value
 * deletes the key. */
ki_status ki_db_get_metadata(ki_db *db, const char *key, ki_buf *out);
ki_status ki_db_set_metadata(ki_db *db, const char *key, const char *value);

/* Bytes the index takes on disk (the files in its folder).  Needs no
 * handle; 0 for a missing folder. */
uint64_t ki_db_disk_bytes(const char *path);

/* ------------------------------------------------------------ writing */

/*
 * Writing happens in transactions.  Nothing between ki_db_begin() and
 * ki_db_commit() reaches the disk until the commit, which is atomic: a
 * process killed at any moment leaves the index as of its last commit.
 * When a commit fails (a full disk: KI_ERR_DISK_FULL) the transaction is
 * cancelled and the index stays as it was at the previous commit.
 *
 * Typical usage (the ingest writer):
 *     ki_db_begin(db);
 *     for (each file) {
 *         ki_db_replace(db, "Qfile-...", bytes, len, NULL);   from a worker
 *         if (100 documents or 2 seconds since the begin) {
 *             if (ki_db_commit(db)) fatal(ki_db_errmsg(db));
 *             ki_db_begin(db);
 *         }
 *     }
 *     ki_db_commit(db);
 *
 * These calls need a KI_DB_WRITE handle (else KI_ERR_USAGE).
 */
ki_status ki_db_begin(ki_db *db);
ki_status ki_db_commit(ki_db *db);
/* Throws away everything since ki_db_begin(). */
ki_status ki_db_cancel(ki_db *db);
/* True between ki_db_begin() and ki_db_commit()/ki_db_cancel(). */
bool ki_db_in_transaction(const ki_db *db);

/* Adds the document serialised by ki_doc_serialise(), replacing the
 * document that holds unique_term if there is one; unique_term is added to
 * the document.  *docid (may be NULL) receives its docid.  Statuses:
 * KI_ERR_CORRUPT (bytes are not a serialised document), KI_ERR_DB,
 * KI_ERR_DISK_FULL, KI_ERR_NOMEM, KI_ERR_USAGE. */
ki_status ki_db_replace(ki_db *db, const char *unique_term, const void *bytes,
                        size_t len, unsigned *docid);

/* The same for a ki_doc built in this process. */
ki_status ki_db_replace_doc(ki_db *db, const char *unique_term, const ki_doc *doc,
                            unsigned *docid);

/* Removes the document(s) holding unique_term / the document docid.
 * Removing something that is not there is KI_OK. */
ki_status ki_db_delete(ki_db *db, const char *unique_term);
ki_status ki_db_delete_docid(ki_db *db, unsigned docid);

/* ------------------------------------------------- building documents */

/*
 * A ki_doc collects the terms, values and data of one document without a
 * database (an ingest worker builds it in its own process) and turns into
 * bytes that ki_db_replace() takes.  Free text is split into words,
 * lowercased, and indexed both as written (with positions, for phrases)
 * and stemmed with Xapian's Dutch "kraaij_pohlmann" stemmer (which
 * conflates motie/moties, wetsvoorstel/wetsvoorstellen).
 *
 * Typical usage:
 *     ki_doc *d;
 *     if (ki_doc_new(&d)) return KI_ERR_NOMEM;
 *     ki_doc_index_text(d, body, len, NULL);          body, with positions
 *     ki_doc_index_text(d, title, strlen(title), "S"); title
 *     ki_doc_add_term(d, "XKkst-29279-889");          exact terms
 *     ki_doc_set_value(d, KI_SLOT_DATE, "20250620", 8);
 *     ki_doc_set_data(d, json, json_len);
 *     ki_doc_serialise(d, &bytes);  ...  ki_doc_free(d);
 *
 * Each returns KI_OK, KI_ERR_NOMEM or KI_ERR_INTERNAL (a Xapian error;
 * ki_doc_errmsg() says which).
 */
ki_status ki_doc_new(ki_doc **out);
void ki_doc_free(ki_doc *d);
const char *ki_doc_errmsg(const ki_doc *d);

/* Indexes free text under prefix (NULL or "" for the body).  Positions
 * continue from the previous call on the same document, with a gap of 100
 * so that a phrase never spans two calls. */
ki_status ki_doc_index_text(ki_doc *d, const char *text, size_t len, const char *prefix);
/* Adds an exact term (no positions, no effect on ranking).  Terms longer
 * than 245 bytes are refused with KI_ERR_USAGE; see ki_schema_term(). */
ki_status ki_doc_add_term(ki_doc *d, const char *term);
ki_status ki_doc_set_value(ki_doc *d, int slot, const char *value, size_t len);
ki_status ki_doc_set_data(ki_doc *d, const char *data, size_t len);
/* Stores text (the body) with the document for snippets, in the
 * compressed data table after the data; ki_hits_data() and
 * ki_db_get_data() never return it.  Call after ki_doc_set_data(). */
ki_status ki_doc_set_text(ki_doc *d, const char *text, size_t len);
/* Appends the serialised document to out. */
ki_status ki_doc_serialise(const ki_doc *d, ki_buf *out);

/* ------------------------------------------------------------ searching */

typedef enum ki_sort {
    KI_SORT_RELEVANCE = 0, /* best first; equal scores newest first */
    KI_SORT_DATE_DESC,     /* newest first (KI_SLOT_DATE); undated last */
    KI_SORT_DATE_ASC,      /* oldest first; undated first */
    KI_SORT_DOCID          /* index order, cheapest for "all documents with" */
} ki_sort;

typedef struct ki_search {
    /* The user's query, parsed with the schema (schema.h): words (stemmed,
     * Dutch), "phrases", AND OR NOT ( ), +word -word, field:value for every
     * schema row, date:2024-01-01..2024-12-31 and open ranges
     * date:2024-01-01.. and date:..2024-12-31, word* wildcards.  The
     * default operator between words is AND.  NULL or "" matches every
     * document. */
    const char *query;
    /* An exact term every hit must also hold ("XMkst-29279-889"), or NULL.
     * It filters without changing scores. */
    const char *filter;
    unsigned    offset;  /* hits to skip */
    unsigned    limit;   /* at most this many hits; 0 means all of them */
    ki_sort     sort;
} ki_search;

/*
 * Runs a search; *out holds the page of hits [offset, offset+limit).
 * Statuses: KI_ERR_QUERY (the query does not parse; ki_db_errmsg() says
 * where), KI_ERR_DB, KI_ERR_NOMEM.
 *
 * Typical usage:
 *     ki_search s = {.query = "motie femicide kind:brief", .limit = 10};
 *     ki_hits *h;
 *     if (ki_db_search(db, &s, &h)) die(ki_db_errmsg(db));
 *     for (; ki_hits_valid(h); ki_hits_next(h)) {
 *         size_t len;
 *         const char *json = ki_hits_data(h, &len);  the stored record
 *         ki_buf snip = KI_BUF_INIT;
 *         ki_hits_snippet(h, 200, "\033[1m", "\033[0m", 0, &snip);
 *         ...
 *     }
 *     ki_hits_free(h);
 *
 * Every document holding one exact term, without a cap (the letters that
 * handled motion kst-29279-889), newest first:
 *     ki_search s = {.filter = "XMkst-29279-889", .sort = KI_SORT_DATE_DESC};
 */
ki_status ki_db_search(ki_db *db, const ki_search *s, ki_hits **out);

/* Convenience: every document holding term, sorted as asked (limit 0). */
ki_status ki_db_term_docs(ki_db *db, const char *term, ki_sort sort, ki_hits **out);

/* Hits in this page / an estimate of all matches (exact when the page
 * holds all of them). */
unsigned ki_hits_count(const ki_hits *h);
unsigned ki_hits_total(const ki_hits *h);

bool ki_hits_valid(const ki_hits *h);
void ki_hits_next(ki_hits *h);
/* Rewinds to the first hit. */
void ki_hits_rewind(ki_hits *h);

unsigned ki_hits_docid(const ki_hits *h);
/* Relevance as 0..100 and as Xapian's weight (0 for pure filters). */
int ki_hits_percent(const ki_hits *h);
double ki_hits_weight(const ki_hits *h);

/* The document data (the JSON record, see schema.h) / the value in slot
 * of the current hit; *len (may be NULL) gets its length.  The string is
 * NUL-terminated, belongs to h and is valid until the next move.  NULL on
 * an error (ki_db_errmsg() of the db says why); a missing value is "". */
const char *ki_hits_data(ki_hits *h, size_t *len);
const char *ki_hits_value(ki_hits *h, int slot, size_t *len);
/* The body text of the current hit, as ki_db_get_text() gives it ("" when
 * the document has none); *len (may be NULL) gets its length.  NUL-
 * terminated, belongs to h, valid until the next move or the next call.
 * NULL on an error (ki_db_errmsg() of the db says why). */
const char *ki_hits_text(ki_hits *h, size_t *len);

/* Snippet flags. */
enum {
    KI_SNIPPET_HTML = 1,       /* keep Xapian's HTML escaping (&amp; &lt; ...) */
    KI_SNIPPET_EMPTY_IF_NO_MATCH = 2
};

/* Appends to out about length bytes of the current hit's body text (stored
 * after the data, see ki_doc_set_text(), else in KI_SLOT_TEXT) around where the query matches, each matched word
 * between hi_start and hi_end, "..." where text was left out.  Without
 * KI_SNIPPET_HTML the text is plain (no HTML entities).  A hit without
 * stored text appends nothing.  Statuses: KI_ERR_DB, KI_ERR_NOMEM. */
ki_status ki_hits_snippet(ki_hits *h, size_t length, const char *hi_start,
                          const char *hi_end, unsigned flags, ki_buf *out);

void ki_hits_free(ki_hits *h);

/* -------------------------------------------------------------- terms */

/*
 * Every term of the index that starts with prefix, in byte order, with the
 * number of documents holding it.
 *
 * Typical usage (every motion any letter mentions):
 *     ki_terms *t;
 *     if (ki_db_terms(db, KI_PREFIX_MOTION, &t)) die(ki_db_errmsg(db));
 *     for (; ki_terms_valid(t); ki_terms_next(t))
 *         printf("%s in %u documents\n", ki_terms_value(t), ki_terms_freq(t));
 *     ki_terms_free(t);
 *
 * Note that prefix "XM" also yields the "XMS...", "XMP..." terms: check the
 * value (Kamerstuk ids start with "kst-") or use the longer prefix.
 */
ki_status ki_db_terms(ki_db *db, const char *prefix, ki_terms **out);
bool ki_terms_valid(const ki_terms *t);
void ki_terms_next(ki_terms *t);
/* The whole term ("XMkst-29279-889") / the part after the prefix
 * ("kst-29279-889").  Belong to t; valid until the next move. */
const char *ki_terms_term(const ki_terms *t);
const char *ki_terms_value(const ki_terms *t);
unsigned ki_terms_freq(const ki_terms *t);
void ki_terms_free(ki_terms *t);

/* ------------------------------------------------------------- values */

/*
 * The value in one slot of every document that has one, in docid order
 * (e.g. the page counts for `stats`, the paths for the removal pass).
 *
 *     ki_values *v;
 *     if (ki_db_values(db, KI_SLOT_PAGES, &v)) die(ki_db_errmsg(db));
 *     for (; ki_values_valid(v); ki_values_next(v))
 *         pages += strtoul(ki_values_value(v, NULL), NULL, 10);
 *     ki_values_free(v);
 */
ki_status ki_db_values(ki_db *db, int slot, ki_values **out);
bool ki_values_valid(const ki_values *v);
void ki_values_next(ki_values *v);
unsigned ki_values_docid(const ki_values *v);
/* Belongs to v; valid until the next move. */
const char *ki_values_value(const ki_values *v, size_t *len);
void ki_values_free(ki_values *v);

#ifdef __cplusplus
}
#endif

#endif
