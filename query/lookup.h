/*
 * lookup.h - cross-reference look-ups over the index: which letters handled
 * a motion, which motions a member or party submitted and how far each got,
 * and which commitments (toezeggingen) were made and handled.
 *
 * Everything is read from the stored records (record.h) of the documents
 * an exact term leads to, so a look-up costs one posting list plus the
 * records it names, never a scan of the index (commitments excepted: they
 * read every document that has any).
 *
 * Memory: every report is allocated by the look-up and owned by the caller,
 * who frees it with its *_free() function (NULL is a no-op).  All strings
 * in a report belong to it; NULL string fields mean "not known".
 *
 * Statuses of every look-up: KI_OK (also when nothing was found: an empty
 * report), KI_ERR_DB (ki_db_errmsg() says why; also in err), KI_ERR_NOMEM,
 * KI_ERR_USAGE (a bad argument, e.g. a REF that is not a reference).
 */
#ifndef KI_LOOKUP_H
#define KI_LOOKUP_H

#include <stdbool.h>
#include <stddef.h>

#include "../index/xap.h"
#include "../ingest/refs.h"
#include "../util/buf.h"
#include "../util/status.h"

/* ------------------------------------------------------------ motions */

/* One document that mentions a motion. */
typedef struct ki_mletter {
    char *doc;      /* the letter's id (search --json "doc") */
    char *file;
    char *title;
    char *kind;
    char *date;     /* YYYY-MM-DD or NULL */
    int   relation; /* ki_relation: the strongest of its mentions */
    int   page;     /* page of that mention, 0 when unknown */
    char *evidence; /* the sentence that says so */
} ki_mletter;

typedef struct ki_mreport {
    char        id[64];    /* kst-29279-889 */
    /* From the motion's own document when it is ingested, else from the
     * first letter that names sponsors and subject. */
    ki_sponsor *sponsors;
    size_t      nsponsors;
    bool        cs;
    char       *subject;
    char       *date;      /* the motion's date: its own document's */
    char       *dictum;    /* "verzoekt de regering ..." from its own text */
    char       *own_doc;   /* id of its own document, or NULL */
    char       *own_file;
    ki_mletter *letters;   /* newest first; undated last */
    size_t      nletters;
    int         furthest;  /* strongest relation over all letters, -1 when none */
} ki_mreport;

/* The letters that handled motion ref (any form ki_ref_parse() reads).
 * An unknown motion gives a report with no letters and no own document. */
ki_status ki_motion_lookup(ki_db *db, const char *ref, ki_mreport **out, ki_err *err);
void ki_mreport_free(ki_mreport *r);

/* Appends {"motion": {...}, "letters": [...]} (interface.md `motion --json`). */
ki_status ki_mreport_json(const ki_mreport *r, ki_buf *out);

/* Every motion that member name (surname with prefixes, any case) or party
 * p submitted, as far as the index knows them, each with its report:
 * *out is an array of *n reports, sorted by dossier and number; free each
 * with ki_mreport_free() and the array with free().  Exactly one of name
 * and party is non-NULL. */
ki_status ki_motions_by(ki_db *db, const char *name, const char *party, ki_mreport ***out,
                        size_t *n, ki_err *err);

/* Every motion of dossier ("28345", "36200-XVI"; any form ki_dossier_parse()
 * reads) that any document mentions or that is itself ingested, with its
 * report, sorted by number.  Same ownership as ki_motions_by(). */
ki_status ki_motions_of_dossier(ki_db *db, const char *dossier, ki_mreport ***out, size_t *n,
                                ki_err *err);

/* "settled" .. for a report's furthest relation; "none" for -1. */
const char *ki_mreport_status(const ki_mreport *r);

/* ------------------------------------------------------- commitments */

/* One document's mention of a commitment. */
typedef struct ki_cmention {
    char *doc, *file, *title, *date; /* of the document */
    int   relation;                  /* ki_relation */
    int   page;
    char *evidence;
} ki_cmention;

/*
 * A commitment: the mentions that were matched as the same promise.  Two
 * mentions match when they share a reference (a toezegging number, the
 * Handelingen of the debate), or when they name the same actor, date and
 * venue and their subjects do not contradict (share a content word, or one
 * has none).
 */
typedef struct ki_commit {
    char      **actors;   /* as written: "SJenV" */
    size_t      nactors;
    char       *actor_key; /* the group: actors joined with ", " */
    char       *venue;
    char       *date;      /* when it was made (YYYY-MM-DD) or NULL */
    char       *deadline;  /* as written */
    char       *due;       /* the deadline as a date (deadline.h), or NULL */
    char       *subject;
    ki_cmention made;      /* where it was made (doc NULL when no document makes it) */
    ki_cmention *handled;  /* later mentions: settled/progress/addressed/cited, by date */
    size_t      nhandled;
    int         status;    /* strongest relation of handled, -1 when none */
    bool        overdue;   /* not settled and due before today */
} ki_commit;

typedef struct ki_commits {
    ki_commit *items; /* sorted by actor_key, then date */
    size_t     n;
    char       today[11];
} ki_commits;

enum {
    KI_COMMITS_OPEN = 1,    /* only those no document has settled */
    KI_COMMITS_OVERDUE = 2  /* only open ones past their deadline */
};

/* Gathers the commitments of the whole index; flags filter them.  Today
 * comes from ki_today() (deadline.h: $KAMERINDEX_TODAY fixes it). */
ki_status ki_commitments(ki_db *db, unsigned flags, ki_commits **out, ki_err *err);
void ki_commits_free(ki_commits *c);

/* Appends one commitment as a JSON object (one line of `commitments --json`). */
ki_status ki_commit_json(const ki_commit *c, ki_buf *out);

/* "settled", "progress", "addressed", "cited" or "open". */
const char *ki_commit_status(const ki_commit *c);

#endif
