/*
 * refs.h - the references found in one document: the record that leaves
 * ingest/ and that index/ stores and query/ prints.
 *
 * A ki_refs is made by ki_detect() (detect.h).  Every string and array in it
 * belongs to the ki_refs and lives until ki_refs_free() (NULL is a no-op).
 * A NULL string field means "the text does not give it" and is written as
 * JSON null, never guessed.
 *
 * Identifiers follow officielebekendmakingen.nl (see ../shared/interface.md):
 *   Kamerstuk   kst-DOSSIER[-SUB]-NR     kst-29279-889, kst-36200-XVI-12, kst-26976-175a
 *   Handelingen h-tk-YYYYYYYY-NR-ITEM   h-tk-20232024-45-12
 *   Aanhangsel  ah-tk-YYYYYYYY-NR        ah-tk-20242025-1821
 *   D/Z number  as written               2024D38217, 2023Z06928
 * Years in fields are "2023-2024"; dates are "YYYY-MM-DD".
 *
 * Spans: start/end are byte offsets into ki_text.buf (the output of
 * `kamerindex text`), end exclusive; page is 1-based.
 */
#ifndef KI_REFS_H
#define KI_REFS_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/buf.h"
#include "../util/status.h"

typedef struct ki_span {
    size_t start, end;
    int    page;
} ki_span;

/* How a motion or commitment relates to the document that mentions it. */
typedef enum ki_relation {
    KI_REL_CITED = 0,  /* only mentioned */
    KI_REL_ADDRESSED,  /* handled, without saying settled or progress; a
                        * register's "Vervalt": closed without being done */
    KI_REL_PROGRESS,   /* progress or a next step is reported */
    KI_REL_SETTLED,    /* "afgedaan", "hiermee voldaan", "uitgevoerd" */
    KI_REL_MADE,       /* commitments only: this document makes it */
    KI_REL_COUNT
} ki_relation;

/* "cited", "addressed", "progress", "settled", "made". */
const char *ki_relation_str(ki_relation r);
/* The inverse; returns -1 for an unknown name. */
int ki_relation_parse(const char *s);

typedef struct ki_kamerstuk {
    char   *id;       /* kst-28345-278 */
    char   *chamber;  /* "I", "II" or NULL; under "Kamerstukken I/II" the
                       * Eerste Kamer's for a letter, the Tweede Kamer's for
                       * a number ("30 953, A en nr. 1") */
    char   *year;     /* "2023-2024" or NULL */
    char   *dossier;  /* "28345" */
    char   *sub;      /* "XVI", "07", "B" or NULL */
    char   *nr;       /* "278", "E", "175a" (an older number's letter) */
    char   *rijkswet; /* "R1519" or NULL */
    char   *text;     /* the matched text */
    ki_span span;
} ki_kamerstuk;

typedef struct ki_handeling {
    char   *id;      /* h-tk-20122013-71-15, ah-tk-20242025-1821 */
    char   *kind;    /* "h" or "ah" */
    char   *chamber; /* "I", "II" or NULL */
    char   *year;    /* "2024-2025" or NULL */
    char   *nr;
    char   *item;    /* NULL when not given */
    char   *text;
    ki_span span;
} ki_handeling;

typedef struct ki_tknumber {
    char   *id;   /* 2024D38217, 2023Z06928, TZ202501-123 */
    char   *kind; /* "document", "zaak" or "toezegging" */
    char   *text;
    ki_span span;
} ki_tknumber;

typedef struct ki_sponsor {
    char *name;  /* surname as written, with prefixes: "Van der Werf" */
    char *party; /* as written in brackets, or NULL */
} ki_sponsor;

typedef struct ki_motion {
    char       *kamerstuk; /* kst id of the motion, or NULL */
    ki_sponsor *sponsors;
    size_t      nsponsors;
    bool        cs;        /* "c.s." */
    char       *subject;   /* after "over" / "met het verzoek", or NULL */
    ki_relation relation;
    char       *evidence;  /* the sentence that gives the relation, or NULL */
    char       *text;
    ki_span     span;
} ki_motion;

typedef struct ki_commitment {
    char      **actors;   /* "SJenV", "MBZK", ...; nactors may be 0 */
    size_t      nactors;
    char       *venue;    /* "commissiedebat Zeden en (on)veiligheid van vrouwen" */
    /* when it was made, YYYY-MM-DD: the debate or letter it was made in; for
     * one made in the sitting a Handelingen text or stenogram reports, or
     * in the debate a verslag reports, that day; NULL for a new one made by
     * a letter or nota itself, or when the day is unknown */
    char       *date;
    char       *date_raw; /* the date as written when it could not be resolved */
    char       *deadline; /* "voor de zomer van 2026" as written, or NULL */
    char       *subject;
    char      **refs;     /* ids of references inside the commitment */
    size_t      nrefs;
    ki_relation relation;
    char       *evidence;
    char       *text;
    ki_span     span;
} ki_commitment;

typedef struct ki_refs {
    char *kind;    /* brief, beslisnota, motie, antwoord, verslag, handelingen, other */
    char *date;    /* the document's own date, YYYY-MM-DD, or NULL */
    char *title;   /* title or onderwerp, or NULL */
    char *self_id; /* the document's own Kamerstuk id when its header gives it */
    char *kenmerk;
    int   pages;

    ki_kamerstuk  *kamerstukken;  size_t nkamerstukken;
    ki_handeling  *handelingen;   size_t nhandelingen;
    ki_tknumber   *tk_numbers;    size_t ntk_numbers;
    ki_motion     *motions;       size_t nmotions;
    ki_commitment *commitments;   size_t ncommitments;
    char         **warnings;      size_t nwarnings;

    void *priv; /* the allocator behind the strings; not for callers */
} ki_refs;

void ki_refs_free(ki_refs *r);

/*
 * Building a record (the detector, ingest/detect*.c, and index/ when it
 * reads one back).
 *
 * ki_refs_new() returns an empty record (every list empty, every string
 * NULL), or NULL when out of memory.  The ki_refs_add_*() functions append
 * one zeroed element to a list and return it, or NULL when out of memory;
 * a pointer they return stays valid only until the next add to the same
 * list.  ki_refs_strndup() copies n bytes of s into storage owned by r
 * (NUL-terminated; NULL when out of memory); ki_refs_alloc() gives n zeroed
 * bytes owned by r (NULL when out of memory, or when n is more than half
 * the address space).  Both live until ki_refs_free().
 */
ki_refs *ki_refs_new(void);
char *ki_refs_strndup(ki_refs *r, const char *s, size_t n);
char *ki_refs_strdup(ki_refs *r, const char *s);
void *ki_refs_alloc(ki_refs *r, size_t n);
ki_kamerstuk  *ki_refs_add_kamerstuk(ki_refs *r);
ki_handeling  *ki_refs_add_handeling(ki_refs *r);
ki_tknumber   *ki_refs_add_tknumber(ki_refs *r);
ki_motion     *ki_refs_add_motion(ki_refs *r);
ki_commitment *ki_refs_add_commitment(ki_refs *r);
/* Appends a copy of msg to r->warnings; KI_ERR_NOMEM when out of memory. */
ki_status ki_refs_warn(ki_refs *r, const char *msg);

/* Appends the record as one line of JSON (no newline), exactly the shape of
 * `refs --json` in interface.md; file is the "file" field (may be NULL).
 * Beyond interface.md (added, nothing renamed): kamerstukken carry
 * "rijkswet", tk_numbers "text", motions "evidence", commitments
 * "date_raw" and "evidence".  Returns KI_OK or KI_ERR_NOMEM. */
ki_status ki_refs_to_json(const ki_refs *r, const char *file, ki_buf *out);

#endif
