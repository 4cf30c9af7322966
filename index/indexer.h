/*
 * indexer.h - one document's text and references -> one Xapian document.
 *
 * ki_index_build() turns what ingest/ produced for a file (the cleaned text,
 * the ki_refs record and its `refs --json` line) into the serialised Xapian
 * document that the writer stores with ki_db_replace() under the file's
 * unique term.  It runs in an ingest worker process; the writer only
 * stores bytes.  What goes where is schema.h's table:
 *
 *   body text     free text with positions, Dutch stemming (kraaij_pohlmann)
 *   title         free text under S (refs title, else the PDF's title)
 *   exact terms   XID document id, XT kind, XK/XD every Kamerstuk referred
 *                 to (and the document's own), XH Handelingen, XN D/Z
 *                 numbers, XM + XMS/XMP/XMA/XMC every motion with its
 *                 relation, XI sponsors, XF parties, XA commitment actors,
 *                 XC commitment relations, XE kenmerk, XY year; venues as
 *                 free text under XV
 *   values        date YYYYMMDD, signature, pages, absolute path, number
 *                 of commitments
 *   data          the refs JSON with "doc", "path" and "signature" added,
 *                 and the body text for snippets (ki_doc_set_text())
 *
 * Identity: the unique term is "Q" + ki_index_file_id(abspath), so the file,
 * not the Kamerstuk id, is the key (see schema.h for why).
 */
#ifndef KI_INDEXER_H
#define KI_INDEXER_H

#include <stdint.h>

#include "../ingest/refs.h"
#include "../ingest/text.h"
#include "../util/buf.h"
#include "../util/status.h"

/* What the scan knows about a file.  Strings are borrowed. */
typedef struct ki_source {
    const char *path;     /* as the user named it; the record's "file" */
    const char *abspath;  /* absolute, symlinks resolved: the identity */
    uint64_t    size;
    int64_t     mtime_ns; /* st_mtim in nanoseconds */
    uint64_t    hash;     /* ki_hash64 of the content */
} ki_source;

/* FNV-1a, 64 bit, continuing from h (start with KI_HASH64_INIT). */
#define KI_HASH64_INIT UINT64_C(0xcbf29ce484222325)
uint64_t ki_hash64(uint64_t h, const void *p, size_t n);

/* The identity of a file named path: its absolute path with the folders
 * resolved (realpath of the folder part) but not the file itself, so that
 * a symlink is indexed where it is.  Returns a new string to free(), or
 * NULL when the folder does not exist or out of memory.  To find the
 * document of a file the user names (`table FILE`):
 *     char *abs = ki_index_abspath(arg);
 *     ki_index_unique_term(abs, &term);  ki_db_find(db, term.data, &docid);
 */
char *ki_index_abspath(const char *path);

/* Appends "file-" + 16 hex digits of the hash of abspath. */
ki_status ki_index_file_id(const char *abspath, ki_buf *out);
/* Appends the unique term: "Q" + ki_index_file_id(abspath). */
ki_status ki_index_unique_term(const char *abspath, ki_buf *out);
/* Appends "SIZE:MTIME_NS:HASH16", the value of KI_SLOT_SIGNATURE. */
ki_status ki_index_signature(const ki_source *src, ki_buf *out);

/*
 * Appends the serialised document for src to out.  refs_json is the
 * record from ki_refs_to_json(refs, src->path, ...) (one JSON object).
 * text may be NULL (then no body is indexed).  Statuses: KI_ERR_NOMEM,
 * KI_ERR_INTERNAL (Xapian refused something; err says what), KI_ERR_USAGE
 * (refs_json is not a JSON object).
 */
ki_status ki_index_build(const ki_source *src, const ki_text *text, const ki_refs *refs,
                         const char *refs_json, size_t refs_json_len, ki_buf *out,
                         ki_err *err);

#endif
