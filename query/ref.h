/*
 * ref.h - a reference as people type it, turned into the canonical id of
 * ../shared/interface.md.
 *
 * ki_ref_parse() accepts every way a motion or other Kamerstuk is written
 * in letters, e-mails and search boxes:
 *
 *   29279-889   kst-29279-889   KST-29279-889   "29279, nr. 889"
 *   "29 279 nr. 889"   "29279 nr 889"   "Kamerstukken II 2023/24, 29279, nr. 889"
 *   36200-XVI-12   "36 200 XVI, nr. 12"   21501-07-1750   "21 501-07, nr. 1750"
 *   kst-35925-E   "35925, E"   "23 908 (R 1519), nr. 5"  (the Rijkswet number is dropped)
 *   "23908-(R1519)-131"   "25295, letter AR"   "EK 34300 VII, E"   "TK 2008-2009, 31473, nummer 25"
 *   kst-CLVI-M   "CLVI, letter M"  (the Eerste Kamer's Roman dossier numbers)
 *
 * all as kst-DOSSIER[-SUB]-NR (roman numerals and letters upper case).  It
 * also takes Handelingen and Aanhangsel ids, as ids or as citations:
 *
 *   h-tk-20232024-45-12   "Handelingen II 2023/24, nr. 45, item 12"
 *   ah-tk-20242025-1821   "Aanhangsel Handelingen II 2024/25, nr. 1821"
 *
 * and Kamer document / zaak numbers (2024D38217, 2023Z06928) as written.
 *
 * Nothing is allocated: the result lives in the caller's ki_ref.
 */
#ifndef KI_QUERY_REF_H
#define KI_QUERY_REF_H

#include <stddef.h>

#include "../util/status.h"

typedef enum ki_ref_kind {
    KI_REF_KST = 0, /* kst-29279-889 */
    KI_REF_H,       /* h-tk-20232024-45-12 */
    KI_REF_AH,      /* ah-tk-20242025-1821 */
    KI_REF_TK       /* 2024D38217, 2023Z06928 */
} ki_ref_kind;

typedef struct ki_ref {
    ki_ref_kind kind;
    char id[64];      /* the canonical id */
    char dossier[16]; /* KST: "29279"; else "" */
    char sub[16];     /* KST: "XVI", "07", or "" */
    char nr[16];      /* KST: "889", "E"; H/AH: the number */
} ki_ref;

/* Parses s (surrounding blanks ignored) into *out.  Returns KI_OK, or
 * KI_ERR_USAGE with a sentence in err when s is not a reference in any
 * form above (a dossier alone, "29279", is not a reference to one
 * document: use ki_dossier_parse). */
ki_status ki_ref_parse(const char *s, ki_ref *out, ki_err *err);

/* Parses a dossier number as written ("28345", "28 345", "36200-XVI",
 * "36200 XVI", "21501-07", "kst-36200-XVI") into out ("36200-XVI"), a buffer
 * of outsz bytes.  Returns KI_OK, or KI_ERR_USAGE when s is not a dossier
 * or does not fit. */
ki_status ki_dossier_parse(const char *s, char *out, size_t outsz, ki_err *err);

/* The officielebekendmakingen.nl address of a canonical kst-, h- or ah- id
 * ("https://zoek.officielebekendmakingen.nl/kst-29279-889.html") into out;
 * returns KI_ERR_USAGE (out set to "") for ids that have no such page
 * (2024D38217) or contain characters an id never has. */
ki_status ki_ref_url(const char *id, char *out, size_t outsz);

/* The dossier part of a kst id: "kst-36200-XVI-12" -> "36200-XVI".
 * Returns KI_ERR_USAGE when id is not a kst id. */
ki_status ki_ref_dossier_of(const char *id, char *out, size_t outsz);

#endif
