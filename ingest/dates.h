/*
 * dates.h - Dutch dates and deadlines in running text.
 *
 * Dates as letters write them: "16 oktober 2024", "d.d. 16-10-2024",
 * "3 april jl.", "17 mei jongstleden", "1 januari j.l.", "(AO d.d. 07/12)",
 * "2024-10-16", "6 feb. 2025".  A date without a year, or with "jl.", is
 * resolved against a reference date (the document's own date): the latest
 * such day not after it, so "3 december jl." read on 2025-01-10 is
 * 2024-12-03.
 *
 * Deadlines are the time phrases of commitments: "voor de zomer van 2026",
 * "in het eerste kwartaal", "uiterlijk het eerste kwartaal van 2025",
 * "uiterlijk Q1 2026" (a quarter by its letter only with its year),
 * "voor het einde van het jaar", "na de jaarwisseling", "begin 2026", "half
 * februari", "uiterlijk 1 juli 2025", "vóór 1 juli a.s.", a year by its place
 * ("eind dit jaar", "in het najaar van volgend jaar"), "in de loop van
 * 2027", "voor de zomervakantie", a debate, meeting or budget to come
 * ("voor het wetgevingsoverleg Jeugd", "voor de Europese Raad van maart",
 * "... van 17 en 18 december 2026", "voor de behandeling van de begroting
 * van VRO": a ministry by its abbreviation), the next report of a series
 * ("in de volgende voortgangsbrief Jeugd"), a term after the law takes
 * effect ("drie jaar na inwerkingtreding") or after another event ("binnen
 * zes weken na de NAVO-top", "... na publicatie van het Omnibus-voorstel":
 * an article, a word and one "van" with its word), a Raad of the EU by its
 * name or month ("vóór de Raad Buitenlandse Zaken van januari", not "de Raad
 * van State"), the Europese Raad's month with its year ("van maart 2027"),
 * right after an event ("na afloop van de Raad", "direct na ontvangst"),
 * a step still to be finished
 * ("na afronding van het onderzoek": the phrase and up to four words of
 * what is finished), and the date a register or a committee gives
 * ("Deadline 1 juli 2026", "de deadline te verschuiven naar 1 juli
 * 2022").
 *
 * Nothing here allocates; all spans are byte offsets relative to the start
 * of the text passed in.
 */
#ifndef KI_DATES_H
#define KI_DATES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ki_date {
    int    year;  /* 0 when the text gives none */
    int    month; /* 1..12 */
    int    day;   /* 1..31 */
    bool   jl;    /* "jl.", "j.l.", "jongstleden" followed */
    size_t start, end;
} ki_date;

/* Month number of a Dutch month name or abbreviation at s[0..n) ("oktober",
 * "okt", "Okt.", "mrt"), with *len set to the bytes of the name (without a
 * trailing '.'); 0 when s does not start with one. */
int ki_month_parse(const char *s, size_t n, size_t *len);

/* Parses a date that starts exactly at s[0]; returns the bytes consumed
 * (including a trailing "jl."), 0 when there is none or a digit follows
 * (a longer number; a footnote mark glued to "jl." as in "1 oktober jl.1"
 * is let through).  short_ok admits
 * "07/12" (day/month without a year), which ki_date_find only takes
 * after "d.d." or "op" ("op 7/12"). */
size_t ki_date_parse(const char *s, size_t n, bool short_ok, ki_date *out);

/* Finds the first date in s[0..n) (a leading "d.d." is not part of the
 * span); true when one was found. */
bool ki_date_find(const char *s, size_t n, ki_date *out);

/* Writes the date as "YYYY-MM-DD" into out; ref is the reference date
 * "YYYY-MM-DD" (or NULL) used when the date has no year.  Returns false
 * (and writes "") when the date cannot be resolved or does not exist. */
bool ki_date_resolve(const ki_date *d, const char *ref, char out[11]);

/* True when s is a real calendar date written "YYYY-MM-DD". */
bool ki_date_valid_iso(const char *s);

typedef struct ki_deadline {
    size_t start, end; /* the phrase as written */
} ki_deadline;

/* Finds the first deadline phrase in s[0..n); true when found. */
bool ki_deadline_find(const char *s, size_t n, ki_deadline *out);
/* Tests only: on, ki_deadline_find() matches each of its phrases whole at
 * each place, as it did before it matched a first word they share once. */
void ki_deadline_test_whole(bool on);

#endif
