/*
 * record.h - reading back what the index stores about one document.
 *
 * Each indexed document carries its `refs --json` record (interface.md) as
 * its data, with three more keys: "doc" (its id: its own Kamerstuk id, or
 * file-...), "path" (absolute) and "signature" (schema.h).  query/ reads
 * it with util/json.h's DOM reader; this module finds a document and
 * loads that record, and holds the small helpers every look-up shares.
 */
#ifndef KI_RECORD_H
#define KI_RECORD_H

#include <stdbool.h>

#include "../index/xap.h"
#include "../util/json.h"

/* Finds the document DOC names: an ingested file's path (as given or
 * absolute), its id as `search --json` prints it ("kst-28345-290",
 * "file-0123456789abcdef"), or a Kamerstuk in any form ki_ref_parse()
 * reads ("28345, nr. 290").  Statuses: KI_ERR_NOT_FOUND (err says "no
 * document ..."), KI_ERR_DB, KI_ERR_NOMEM. */
ki_status ki_record_find(ki_db *db, const char *doc, unsigned *docid, ki_err *err);

/* Loads the record of docid; *out is a tree to free with ki_json_free().
 * Statuses: KI_ERR_NOT_FOUND, KI_ERR_CORRUPT (the data is not JSON),
 * KI_ERR_DB, KI_ERR_NOMEM. */
ki_status ki_record_load(ki_db *db, unsigned docid, ki_json **out, ki_err *err);

/* Parses a record from JSON text (len bytes); NULL when it is not JSON. */
ki_json *ki_record_parse(const char *json, size_t len);

/* The relation names of refs.h ("cited" .. "made") -> ki_relation value;
 * -1 for NULL or an unknown name. */
int ki_rel_from_str(const char *s);
/* The inverse; "cited" for out-of-range values. */
const char *ki_rel_to_str(int rel);

/* The display file of a record: "file", else "path"; NULL when neither. */
const char *ki_record_file(const ki_json *rec);

/* strdup that keeps NULL; NULL also when out of memory (callers that must
 * tell the two apart check the input). */
char *ki_strdup_or_null(const char *s);

/* ASCII-case-insensitive equality with NULL never equal. */
bool ki_str_ieq(const char *a, const char *b);

#endif
