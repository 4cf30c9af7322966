/*
 * schema.h - the one table that says how a document is stored in Xapian.
 *
 * Every searchable field of a document is one row of ki_schema[]: the name
 * users type before the colon ("kamerstuk:29279-889"), the Xapian term
 * prefix it is stored under, its value slot, whether it is an exact
 * (boolean) field or free text, how a user's value is turned into a term
 * (the normaliser), a help line and an example query that works.
 *
 * The table drives three things, so they can never disagree:
 *   - the indexer (indexer.c) writes terms as prefix + normalised value;
 *   - the query parser (xap.cc, ki_db_search) registers each row:
 *     KI_FIELD_BOOLEAN rows as boolean filters (values of one field are
 *     OR'ed, different fields AND'ed), KI_FIELD_TEXT rows as free-text
 *     prefixes (stemmed, phrases allowed), KI_FIELD_DATE as a range on the
 *     date value slot ("date:2024-01-01..2024-12-31", open ends allowed);
 *   - `kamerindex help search` prints name, help and example of each row.
 *
 * Term conventions (Xapian omega's termprefixes): Q is the unique id, S the
 * title, our own prefixes start with X.  Term bodies of exact fields are
 * normalised so that what the user types and what the detector found meet:
 * Kamerstuk ids are canonical ("kst-29279-889"), names and parties
 * lowercase ("van der werf", "d66"), D/Z numbers uppercase.  A term is at
 * most KI_TERM_MAX bytes; longer values are cut at a UTF-8 boundary.
 *
 * The unique id (Q) is the FILE, not the Kamerstuk: "Qfile-" + 16 hex digits
 * of a hash of the absolute path (ki_index_file_id() in indexer.h).  Two
 * files that claim the same Kamerstuk id (a copy, a draft and its final
 * version) are both kept; the Kamerstuk id is the separate exact term
 * XID (field "id"), which for a document without one holds its file id.
 *
 * Value slots hold what is sorted, ranged or read back per hit:
 *   KI_SLOT_DATE        "YYYYMMDD" (sorts as a string; empty when unknown)
 *   KI_SLOT_SIGNATURE   "SIZE:MTIME_NS:HASH16" of the file when indexed
 *   KI_SLOT_PAGES       page count, decimal
 *   KI_SLOT_PATH        absolute path of the file
 *   KI_SLOT_TEXT        reserved: snippet text for a document stored
 *                       without ki_doc_set_text()
 *   KI_SLOT_COMMITMENTS number of commitments found, decimal
 * The document data is the `refs --json` record of the file with three
 * more keys: "doc" (the XID value), "path" (absolute) and "signature";
 * the body text is stored after it (ki_doc_set_text() in xap.h), where the
 * data table compresses it, and used for snippets.
 *
 * KI_SCHEMA_VERSION changes whenever terms or slots change meaning; an
 * index written with another version is re-indexed by the next ingest.
 */
#ifndef KI_SCHEMA_H
#define KI_SCHEMA_H

#include <stddef.h>

#include "../util/buf.h"
#include "../util/status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define KI_SCHEMA_VERSION "1"

/* Xapian refuses terms over 245 bytes; we stay below that. */
#define KI_TERM_MAX 240

enum ki_slot {
    KI_SLOT_DATE = 0,
    KI_SLOT_SIGNATURE = 1,
    KI_SLOT_PAGES = 2,
    KI_SLOT_PATH = 3,
    KI_SLOT_TEXT = 4,
    KI_SLOT_COMMITMENTS = 5
};

/* Term prefixes, for code that builds terms itself (the indexer, look-ups
 * such as "every letter that handled this motion"). */
#define KI_PREFIX_UNIQUE      "Q"    /* Qfile-0123456789abcdef */
#define KI_PREFIX_ID          "XID"  /* XIDkst-28345-290 or XIDfile-... */
#define KI_PREFIX_TITLE       "S"    /* free text */
#define KI_PREFIX_KIND        "XT"   /* XTbrief */
#define KI_PREFIX_KAMERSTUK   "XK"   /* every Kamerstuk referenced, and self */
#define KI_PREFIX_DOSSIER     "XD"   /* XD28345, XD36200-XVI */
#define KI_PREFIX_MOTION      "XM"   /* a motion, any relation */
#define KI_PREFIX_MOTION_SETTLED   "XMS"
#define KI_PREFIX_MOTION_PROGRESS  "XMP"
#define KI_PREFIX_MOTION_ADDRESSED "XMA"
#define KI_PREFIX_MOTION_CITED     "XMC"
#define KI_PREFIX_SPONSOR     "XI"   /* XIvan der werf */
#define KI_PREFIX_PARTY       "XF"   /* XFd66 */
#define KI_PREFIX_ACTOR       "XA"   /* commitment actor: XAsjenv */
#define KI_PREFIX_VENUE       "XV"   /* free text: the debate of a commitment */
#define KI_PREFIX_COMMITMENT  "XC"   /* XCmade, XCsettled, ... one per relation present */
#define KI_PREFIX_HANDELINGEN "XH"   /* XHh-tk-20232024-45-12, XHah-tk-20242025-1821 */
#define KI_PREFIX_TKNUMBER    "XN"   /* XN2024D38217 */
#define KI_PREFIX_KENMERK     "XE"   /* XE4132817-1084052-dmo (lowercase) */
#define KI_PREFIX_YEAR        "XY"   /* XY2025, year of the document's date */

typedef enum ki_field_type {
    KI_FIELD_BOOLEAN, /* exact terms: prefix + normalised value */
    KI_FIELD_TEXT,    /* free text under a prefix, stemmed, with positions */
    KI_FIELD_DATE     /* a range over a value slot */
} ki_field_type;

/* Turns a value as a user or the detector writes it into a term body
 * (without prefix), appending to out.  Returns KI_OK, or KI_ERR_NOMEM. */
typedef ki_status ki_normalize_fn(const char *value, ki_buf *out);

typedef struct ki_field {
    const char     *name;      /* as users type it: "kamerstuk" */
    const char     *prefix;    /* term prefix: "XK"; NULL for KI_FIELD_DATE */
    int             slot;      /* value slot, or -1 */
    ki_field_type   type;
    ki_normalize_fn *normalize; /* NULL: the value as typed */
    const char     *help;      /* one line */
    const char     *example;   /* a query that works: "kamerstuk:29279-889" */
} ki_field;

/* The table, ki_schema_count rows, in the order help lists them. */
extern const ki_field ki_schema[];
extern const size_t ki_schema_count;

/* The row named name, or NULL. */
const ki_field *ki_schema_find(const char *name);

/* Appends prefix + normalize(value) to out (the normaliser of the row whose
 * prefix is prefix, if any, else the value as is), cut to KI_TERM_MAX bytes
 * at a UTF-8 boundary.  Returns KI_OK or KI_ERR_NOMEM. */
ki_status ki_schema_term(const char *prefix, const char *value, ki_buf *out);

/* The term prefix for a motion with relation r (a ki_relation from
 * ingest/refs.h: cited, addressed, progress, settled), or NULL. */
const char *ki_schema_motion_prefix(int relation);

/* Normalisers, also usable by query/: */
/* "29279-889", "kst-29279-889", "29279, nr. 889", "Kamerstuk 36200 XVI nr. 12"
 * -> "kst-29279-889"; when the value does not look like a Kamerstuk it is
 * appended lowercased, so that it simply matches nothing. */
ki_status ki_norm_kamerstuk(const char *value, ki_buf *out);
/* "28345", "36200 XVI", "36200-xvi" -> "28345", "36200-XVI". */
ki_status ki_norm_dossier(const char *value, ki_buf *out);
/* Lowercase (ASCII and Latin-1 letters in UTF-8), spaces collapsed, trimmed. */
ki_status ki_norm_lower(const char *value, ki_buf *out);
/* Uppercase ASCII, spaces removed: "2024d38217" -> "2024D38217". */
ki_status ki_norm_upper(const char *value, ki_buf *out);

#ifdef __cplusplus
}
#endif

#endif
