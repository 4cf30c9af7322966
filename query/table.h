/*
 * table.h - the bijlage "moties en toezeggingen" of a letter, as ministries
 * make it by hand, and the motions of a dossier.
 *
 * Columns (md, csv, html):
 *   Soort            Motie | Toezegging
 *   Omschrijving     the subject ("het herkennen van rode vlaggen ...")
 *   Indiener(s) / Bewindspersoon
 *                    "Van der Werf (D66) c.s." for a motion, the actors
 *                    ("SJenV") for a commitment
 *   Vindplaats       the citation ("Kamerstukken II 2023-2024, 29279, nr. 889",
 *                    the debate of a commitment), linked to its page on
 *                    zoek.officielebekendmakingen.nl when it has one
 *   Datum            "16 oktober 2024": the motion's date (when its own
 *                    document is ingested) or when the commitment was made
 *   Stand van zaken  from the relation: settled "Afgedaan", progress
 *                    "Lopend", addressed "In behandeling", cited
 *                    "Genoemd", made "Nieuwe toezegging"
 * The dossier table adds "Behandeld in": the letters, newest first.
 * JSON rows also carry id, relation, date (ISO), page and evidence.
 *
 * A letter's table lists what it settles, reports progress on or
 * addresses; with KI_TABLE_ALL also what it only cites or newly promises.
 *
 * Output is appended to out (the caller's).  Statuses: KI_ERR_NOT_FOUND
 * (no such document; err says so), KI_ERR_USAGE (not a dossier number),
 * KI_ERR_DB, KI_ERR_CORRUPT (a damaged record), KI_ERR_NOMEM.
 */
#ifndef KI_TABLE_H
#define KI_TABLE_H

#include "../index/xap.h"
#include "../util/buf.h"
#include "../util/status.h"
#include "format.h"

enum { KI_TABLE_ALL = 1 };

/* The table of document doc (a path or id, see ki_record_find()). */
ki_status ki_table_of_doc(ki_db *db, const char *doc, unsigned flags, ki_format f, ki_buf *out,
                          ki_err *err);

/* Every motion of dossier with the letters that handled it. */
ki_status ki_table_of_dossier(ki_db *db, const char *dossier, ki_format f, ki_buf *out,
                              ki_err *err);

/* The label of "Stand van zaken" for a relation (ki_relation), and for -1
 * ("no letter yet"). */
const char *ki_table_stand(int relation);

/* "2024-10-16" -> "16 oktober 2024" into out; other text is copied. */
void ki_date_dutch(const char *iso, char *out, size_t outsz);

#endif
