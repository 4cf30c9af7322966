/*
 * patterns.h - THE table of reference patterns (PCRE2 syntax).
 *
 * Every pattern detection uses is one row of ki_patterns[]: its id, kind,
 * name, the PCRE2 source, the canonicaliser that turns a match into records
 * (implemented in detect.c; the detector's files are the only ones that call PCRE2), and examples:
 * texts it must match and texts it must not.  A must-match example may
 * carry the ids the whole detector must then report for it (space
 * separated, in order of the text), so that adding an example adds a test
 * (tests/test_patterns.c loops over the table).
 *
 * Patterns are compiled with PCRE2_UTF | PCRE2_DUPNAMES (never PCRE2_UCP:
 * \d, \w and \s are ASCII, which is what these references use) and JIT.
 * Groups share names across patterns (dos, sub, nrs, ...) so that rows of
 * the same kind can be joined into one scan pattern.
 */
#ifndef KI_PATTERNS_H
#define KI_PATTERNS_H

#include <stddef.h>

#include "../util/status.h"

typedef enum ki_pattern_id {
    /* joined into the one window scan, in this order */
    KI_P_KST_FULL,      /* Kamerstukken II 2019/20, 35 300-XV, nr. 28 */
    KI_P_KST_COMPACT,   /* Kamerstuk 21501-32-1740, t.v.v. 31497-297 */
    KI_P_KST_URL,       /* kst-36200-XVI-12 */
    KI_P_KST_NRPAREN,   /* nr. 456 (36800-XVI), Zij krijgt nr. 22(30196) */
    KI_P_KST_CONTEXT,   /* op stuk nr. 13 (dossier from context) */
    KI_P_HAND,          /* (Aanhangsel) Handelingen II 2012-2013, nr. 71, item 15 */
    KI_P_HAND_URL,      /* ah-tk-20242025-1821 */
    KI_P_TKNUM,         /* 2024D38217, 2023Z06928 */
    KI_P_TZNUM,         /* TZ202501-123 */
    KI_P_SCAN_LAST = KI_P_TZNUM,
    /* anchored after a Kamerstuk: "; nr. 7", ", p. 15; nr. 7" */
    KI_P_KST_CONT,
    /* motions and commitments: found around their trigger words */
    KI_P_MOTION,
    KI_P_MOTION_BY,
    KI_P_MOTION_OF,     /* sponsors named apart: "op stuk nr. 21 van het lid X",
                         * "Op verzoek van het lid X ...", "De heer X (SP):" */
    KI_P_SPONSORS,      /* the next of a list of motions: "... en Six Dijkstra (" */
    KI_P_COMMIT,
    /* relation cues, matched in the sentences around a motion/commitment */
    KI_P_CUE_SETTLED,
    KI_P_CUE_PROGRESS,
    KI_P_CUE_ADDRESSED,
    KI_P_CUE_CITED,
    KI_P_CUE_MADE,
    KI_P_COUNT
} ki_pattern_id;

typedef enum ki_pattern_kind {
    KI_PK_KAMERSTUK,
    KI_PK_HANDELING,
    KI_PK_TKNUMBER,
    KI_PK_MOTION,
    KI_PK_COMMITMENT,
    KI_PK_CUE,
    KI_PK_AUX
} ki_pattern_kind;

struct ki_scan;
struct ki_hit;
/* Turns one match into records; KI_OK, or KI_ERR_NOMEM. */
typedef ki_status ki_canon_fn(struct ki_scan *s, const struct ki_hit *h);

/* Canonicalisers (detect.c). */
ki_canon_fn ki_canon_kamerstuk, ki_canon_handeling, ki_canon_tknumber;

typedef struct ki_example {
    const char *text;
    const char *expect; /* ids the detector reports, or NULL: only the match */
} ki_example;

typedef struct ki_pattern {
    ki_pattern_id    id;
    ki_pattern_kind  kind;
    const char      *name;
    const char      *re;
    ki_canon_fn     *canon;      /* NULL: used by the engine directly */
    const ki_example *match;     /* {NULL, NULL}-terminated */
    const char *const *nomatch;  /* NULL-terminated */
} ki_pattern;

/* Indexed by ki_pattern_id: ki_patterns[i].id == i. */
extern const ki_pattern ki_patterns[KI_P_COUNT];

#endif
