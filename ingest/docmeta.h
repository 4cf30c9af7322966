/*
 * docmeta.h - what a document says about itself: its kind, its own date,
 * its title, its own Kamerstuk number, its kenmerk and who signs it.
 *
 * ki_docmeta_read() looks at the head of the text (the Kamerstuk header
 * "29 279 Rechtsstaat en Rechtsorde\nNr. 874 BRIEF VAN DE MINISTER ...",
 * "MOTIE VAN HET LID ...", "Betreft", "Den Haag, 21 februari 2022"), the
 * margin metadata of the ki_text, and the signature at the end.  Nothing is
 * allocated: strings are copied into the fixed fields, truncated when long.
 *
 * ki_actor_parse() reads a written title at s ("de staatssecretaris van
 * Justitie en Veiligheid", "minister voor Rechtsbescherming",
 * "de minister-president", "Minister van VWS") and gives the abbreviation
 * ministries use (a static string: "SJenV", "MRb", "MP", ...), or NULL.
 */
#ifndef KI_DOCMETA_H
#define KI_DOCMETA_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"

typedef struct ki_docmeta {
    const char *kind; /* static: brief, beslisnota, motie, antwoord, verslag,
                         handelingen, other */
    char date[11];    /* YYYY-MM-DD or "" */
    char title[256];  /* the onderwerp ("Betreft", "Onderwerp"), else for a
                         Kamerstuk "DOSSIER TITLE; Heading" ("Rechtsstaat en
                         Rechtsorde; Brief van de minister van Justitie en
                         Veiligheid"), the item of Handelingen, the question
                         of an Aanhangsel answer; "" when none */
    char dossier_title[192]; /* Kamerstuk header: "Rechtsstaat en Rechtsorde" */
    char self_id[64]; /* kst-29279-874 or "" */
    char self_dossier[16];
    char self_sub[8];
    char kenmerk[96];
    const char *signer; /* static abbreviation ("MJenV") or NULL; in a verslag the
                           bewindspersoon the committee met */
    char debate_date[11]; /* verslag: "heeft op 2 oktober 2024 overleg gevoerd" */
    size_t body_start;  /* where the header block ends (0 when none) */
} ki_docmeta;

/* Fills m from t (buf/len: t's text, possibly repaired to valid UTF-8).
 * ref_date ("YYYY-MM-DD" or NULL) is used when the text states no date. */
void ki_docmeta_read(const ki_text *t, const char *buf, size_t len,
                     const char *ref_date, ki_docmeta *m);

/* See above.  *consumed is set to the bytes of s read (title and
 * department); NULL and 0 when s does not start with a title. */
const char *ki_actor_parse(const char *s, size_t n, size_t *consumed);

/* The abbreviation itself when s[0..n) is one ("SJenV", "MBZK", "MP"),
 * as a static string; NULL otherwise. */
const char *ki_actor_abbrev(const char *s, size_t n);

#endif
