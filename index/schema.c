/*
 * schema.c - the field table and the normalisers that make user input and
 * detector output meet in the same terms.
 */
#include "schema.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "../ingest/refs.h"

static ki_status norm_id(const char *value, ki_buf *out);

const ki_field ki_schema[] = {
    {"kamerstuk", KI_PREFIX_KAMERSTUK, -1, KI_FIELD_BOOLEAN, ki_norm_kamerstuk,
     "a Kamerstuk the document refers to, or is", "kamerstuk:29279-889"},
    {"dossier", KI_PREFIX_DOSSIER, -1, KI_FIELD_BOOLEAN, ki_norm_dossier,
     "the dossier of a Kamerstuk the document refers to, or is", "dossier:28345"},
    {"motie", KI_PREFIX_MOTION, -1, KI_FIELD_BOOLEAN, ki_norm_kamerstuk,
     "a motion the document mentions, in any relation", "motie:29279-889"},
    {"settled", KI_PREFIX_MOTION_SETTLED, -1, KI_FIELD_BOOLEAN, ki_norm_kamerstuk,
     "a motion the document says is done (afgedaan, voldaan, uitgevoerd)", "settled:29279-889"},
    {"progress", KI_PREFIX_MOTION_PROGRESS, -1, KI_FIELD_BOOLEAN, ki_norm_kamerstuk,
     "a motion the document reports progress on", "progress:29279-889"},
    {"addressed", KI_PREFIX_MOTION_ADDRESSED, -1, KI_FIELD_BOOLEAN, ki_norm_kamerstuk,
     "a motion the document handles without saying settled or progress", "addressed:29279-889"},
    {"cited", KI_PREFIX_MOTION_CITED, -1, KI_FIELD_BOOLEAN, ki_norm_kamerstuk,
     "a motion the document only mentions", "cited:29279-889"},
    {"indiener", KI_PREFIX_SPONSOR, -1, KI_FIELD_BOOLEAN, ki_norm_lower,
     "a sponsor of a motion the document mentions (surname with prefixes)",
     "indiener:\"Van der Werf\""},
    {"partij", KI_PREFIX_PARTY, -1, KI_FIELD_BOOLEAN, ki_norm_lower,
     "the party of a sponsor of a motion the document mentions", "partij:D66"},
    {"bewindspersoon", KI_PREFIX_ACTOR, -1, KI_FIELD_BOOLEAN, ki_norm_lower,
     "who made or handles a commitment in the document, as written", "bewindspersoon:SJenV"},
    {"toezegging", KI_PREFIX_COMMITMENT, -1, KI_FIELD_BOOLEAN, ki_norm_lower,
     "documents with a commitment in this relation: made, settled, progress, addressed, cited",
     "toezegging:made"},
    {"debat", KI_PREFIX_VENUE, -1, KI_FIELD_TEXT, NULL,
     "words of the debate where a commitment in the document was made",
     "debat:commissiedebat"},
    {"kind", KI_PREFIX_KIND, -1, KI_FIELD_BOOLEAN, ki_norm_lower,
     "brief, beslisnota, motie, antwoord, verslag, handelingen or other", "kind:brief"},
    {"date", NULL, KI_SLOT_DATE, KI_FIELD_DATE, NULL,
     "the document's date: a range, open at either end", "date:2024-01-01..2024-12-31"},
    {"year", KI_PREFIX_YEAR, -1, KI_FIELD_BOOLEAN, NULL,
     "the year of the document's date", "year:2025"},
    {"title", KI_PREFIX_TITLE, -1, KI_FIELD_TEXT, NULL,
     "words in the title or onderwerp", "title:femicide"},
    {"id", KI_PREFIX_ID, -1, KI_FIELD_BOOLEAN, norm_id,
     "the document's id: its own Kamerstuk id, else file-... (see search --json)",
     "id:kst-28345-290"},
    {"kenmerk", KI_PREFIX_KENMERK, -1, KI_FIELD_BOOLEAN, ki_norm_lower,
     "the sender's reference (kenmerk, onze referentie)", "kenmerk:4132817-1084052-DMO"},
    {"handelingen", KI_PREFIX_HANDELINGEN, -1, KI_FIELD_BOOLEAN, ki_norm_lower,
     "a Handelingen or Aanhangsel the document refers to", "handelingen:ah-tk-20242025-1821"},
    {"nummer", KI_PREFIX_TKNUMBER, -1, KI_FIELD_BOOLEAN, ki_norm_upper,
     "a Kamer document, zaak or toezegging number the document gives", "nummer:2024D38217"},
};
const size_t ki_schema_count = sizeof ki_schema / sizeof ki_schema[0];

const ki_field *ki_schema_find(const char *name)
{
    for (size_t i = 0; i < ki_schema_count; i++)
        if (strcmp(ki_schema[i].name, name) == 0)
            return &ki_schema[i];
    return NULL;
}

const char *ki_schema_motion_prefix(int relation)
{
    switch (relation) {
    case KI_REL_CITED: return KI_PREFIX_MOTION_CITED;
    case KI_REL_ADDRESSED: return KI_PREFIX_MOTION_ADDRESSED;
    case KI_REL_PROGRESS: return KI_PREFIX_MOTION_PROGRESS;
    case KI_REL_SETTLED: return KI_PREFIX_MOTION_SETTLED;
    default: return NULL;
    }
}

ki_status ki_schema_term(const char *prefix, const char *value, ki_buf *out)
{
    size_t start = out->len;
    ki_status st = ki_buf_adds(out, prefix);
    if (st)
        return st;
    const ki_field *f = NULL;
    for (size_t i = 0; i < ki_schema_count; i++)
        if (ki_schema[i].prefix && strcmp(ki_schema[i].prefix, prefix) == 0)
            f = &ki_schema[i];
    st = f && f->normalize ? f->normalize(value, out) : ki_buf_adds(out, value);
    if (st) {
        ki_buf_truncate(out, start);
        return st;
    }
    /* Cut the term (not what was in out before it). */
    if (out->len - start > KI_TERM_MAX) {
        size_t n = start + KI_TERM_MAX;
        while (n > start && ((unsigned char)out->data[n] & 0xC0) == 0x80)
            n--;
        ki_buf_truncate(out, n);
    }
    return KI_OK;
}

/* ---------------------------------------------------------- normalisers */

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

ki_status ki_norm_lower(const char *value, ki_buf *out)
{
    const unsigned char *p = (const unsigned char *)value;
    bool pending_space = false, any = false;
    for (; *p; p++) {
        if (is_space(*p)) {
            pending_space = any;
            continue;
        }
        if (pending_space && ki_buf_addc(out, ' '))
            return KI_ERR_NOMEM;
        pending_space = false;
        any = true;
        unsigned char c = *p;
        if (c == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
            /* Latin-1 capitals A-grave .. Thorn, in UTF-8 */
            if (ki_buf_addc(out, (char)c) || ki_buf_addc(out, (char)(p[1] + 0x20)))
                return KI_ERR_NOMEM;
            p++;
            continue;
        }
        if (ki_buf_addc(out, (char)tolower(c)))
            return KI_ERR_NOMEM;
    }
    return KI_OK;
}

ki_status ki_norm_upper(const char *value, ki_buf *out)
{
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        if (is_space(*p))
            continue;
        if (ki_buf_addc(out, (char)toupper(*p)))
            return KI_ERR_NOMEM;
    }
    return KI_OK;
}

/*
 * Splits a Kamerstuk or dossier reference into alphanumeric tokens,
 * dropping separators (space , . - /), the words "kst", "kamerstuk(ken)",
 * "nr", "nrs", a chamber "I"/"II" before the numbers and a year "2023-2024" or "2023/24" in front (references
 * written as "Kamerstukken II 2023/24, 29 279, nr. 889"); "29 279" (a dossier
 * with a thousands space) becomes one token.  Letters are uppercased.
 * Appends "T1-T2-..." to out; returns the number of tokens, or -1 when out
 * of memory.
 */
static int kst_tokens(const char *value, ki_buf *out)
{
    char tok[16][32];
    int n = 0;
    const char *p = value;
    while (*p && n < 16) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        if (!*p)
            break;
        size_t len = 0;
        while (isalnum((unsigned char)*p)) {
            if (len + 1 < sizeof tok[n])
                tok[n][len++] = (char)toupper((unsigned char)*p);
            p++;
        }
        tok[n][len] = '\0';
        if (strcmp(tok[n], "KST") == 0 || strcmp(tok[n], "NR") == 0
            || strcmp(tok[n], "NRS") == 0 || strcmp(tok[n], "KAMERSTUK") == 0
            || strcmp(tok[n], "KAMERSTUKKEN") == 0
            || (n == 0 && (strcmp(tok[n], "I") == 0 || strcmp(tok[n], "II") == 0)))
            continue;
        n++;
    }
    int first = 0;
    /* A leading vergaderjaar: 4 digits followed by 2 or 4 digits, then more. */
    if (n >= 4 && strlen(tok[0]) == 4 && (strlen(tok[1]) == 2 || strlen(tok[1]) == 4)
        && strspn(tok[0], "0123456789") == 4 && strspn(tok[1], "0123456789") == strlen(tok[1]))
        first = 2;
    for (int i = first; i < n; i++) {
        if (i > first && ki_buf_addc(out, '-'))
            return -1;
        if (ki_buf_adds(out, tok[i]))
            return -1;
        /* "29 279": two digit groups that make one dossier number */
        if (i == first && i + 2 < n && strlen(tok[i]) <= 2 && strlen(tok[i + 1]) == 3
            && strspn(tok[i], "0123456789") == strlen(tok[i])
            && strspn(tok[i + 1], "0123456789") == 3) {
            if (ki_buf_adds(out, tok[i + 1]))
                return -1;
            i++;
        }
    }
    return n - first;
}

ki_status ki_norm_kamerstuk(const char *value, ki_buf *out)
{
    size_t start = out->len;
    if (ki_buf_adds(out, "kst-"))
        return KI_ERR_NOMEM;
    int n = kst_tokens(value, out);
    if (n < 0)
        return KI_ERR_NOMEM;
    const char *body = out->data + start + 4;
    if (n >= 2 && isdigit((unsigned char)body[0]))
        return KI_OK;
    ki_buf_truncate(out, start);
    return ki_norm_lower(value, out);
}

ki_status ki_norm_dossier(const char *value, ki_buf *out)
{
    size_t start = out->len;
    int n = kst_tokens(value, out);
    if (n < 0)
        return KI_ERR_NOMEM;
    if (n >= 1)
        return KI_OK;
    ki_buf_truncate(out, start);
    return ki_norm_lower(value, out);
}

static ki_status norm_id(const char *value, ki_buf *out)
{
    while (is_space((unsigned char)*value))
        value++;
    if (strncmp(value, "file-", 5) == 0 || strncmp(value, "FILE-", 5) == 0)
        return ki_norm_lower(value, out);
    return ki_norm_kamerstuk(value, out);
}
