/*
 * deadline.h - "voor de zomer van 2026" -> 2026-07-01.
 *
 * Commitments carry their deadline as written.  To tell which are overdue,
 * ki_deadline_resolve() turns the phrase into the last day that still
 * counts as on time, by these rules (a Dutch ministry's reading):
 *
 *   "1 juli 2026", "vóór 15 maart", 2026-03-15, 15-03-2026   that day
 *   "voor de zomer(reces)", "voor het zomerreces"             1 July
 *   "na de zomer", "na het zomerreces"                        30 September
 *   "(in het) voorjaar" 31 May; "najaar" 30 November; "winter" end of February
 *   "voor de kerst", "voor het kerstreces"                    20 December
 *   "eerste/tweede/derde/vierde kwartaal", "Q1".."Q4"          31 Mar/30 Jun/30 Sep/31 Dec
 *   "eerste helft" 30 June; "tweede helft" 31 December
 *   "begin 2026" 31 March; "medio 2026" 30 June
 *   "eind 2025", "voor het einde van het jaar", "in 2026"      31 December
 *   "begin maart" the 10th, "medio maart" the 15th,
 *   "(eind/in) maart" its last day, "voor maart" 1 March
 *   "Prinsjesdag" third Tuesday of September; "Verantwoordingsdag" third
 *   Wednesday of May; "Voorjaarsnota" 1 June
 *   "binnen drie weken", "binnen 2 maanden", "binnen 10 dagen"  counted from made
 *
 * The year is the one written ("2026"), or "dit jaar"/"volgend jaar"
 * counted from made; without either it is made's year, moved one year on
 * when the day would fall before made ("voor de zomer" said in October
 * means next summer).  "Zo snel mogelijk", "binnenkort" and the like have no
 * date.
 */
#ifndef KI_DEADLINE_H
#define KI_DEADLINE_H

#include "../util/status.h"

/* Resolves phrase, said on made (YYYY-MM-DD, or NULL when unknown), into
 * out as YYYY-MM-DD.  Returns KI_OK; KI_ERR_NOT_FOUND (out = "") when the
 * phrase names no date, or needs made's year and made is NULL. */
ki_status ki_deadline_resolve(const char *phrase, const char *made, char out[11]);

/* Today's date as YYYY-MM-DD into out: $KAMERINDEX_TODAY when it holds a
 * valid date (tests fix the clock with it), else the local date. */
void ki_today(char out[11]);

/* True when s is a valid YYYY-MM-DD date. */
int ki_date_valid(const char *s);

#endif
