/*
 * lookup.c - motion -> letters, member/party -> motions, commitments.
 *
 * Motion look-up.  Every document that mentions motion M holds the exact
 * term XM<M> (schema.h).  Its posting list, sorted newest first by the date
 * slot, gives the letters; each letter's stored record says how it relates
 * to M (the strongest of its mentions wins: settled > progress > addressed
 * > cited) and on which page, with which sentence.  The motion's own
 * document, when ingested, is the one whose id (XID) is M: it gives the
 * sponsors, subject, date and the dictum ("verzoekt de regering ...").
 *
 * Commitments.  Every document with commitments has a non-zero
 * KI_SLOT_COMMITMENTS.  All their mentions are gathered and matched into
 * commitments with a union-find: mentions are bucketed by date and by each
 * reference they carry, and within a bucket two mentions join when
 * same_commitment() says so (see lookup.h for the rule).
 */
#include "lookup.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../index/schema.h"
#include "../util/json.h"
#include "deadline.h"
#include "record.h"
#include "ref.h"

#define TRY(x) do { ki_status st_ = (x); if (st_) return st_; } while (0)

/* ------------------------------------------------------------ helpers */

static ki_status db_fail(ki_db *db, ki_status st, ki_err *err)
{
    if (st == KI_ERR_NOMEM)
        return ki_err_set(err, st, "out of memory");
    return ki_err_set(err, st, "%s", ki_db_errmsg(db));
}

/* Appends the normalised form of a name or party ("Van der Werf" -> "van der werf"). */
static bool same_norm(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    ki_buf x = KI_BUF_INIT, y = KI_BUF_INIT;
    bool eq = !ki_norm_lower(a, &x) && !ki_norm_lower(b, &y) &&
              strcmp(ki_buf_str(&x), ki_buf_str(&y)) == 0;
    ki_buf_free(&x);
    ki_buf_free(&y);
    return eq;
}

static int json_int(const ki_json *obj, const char *key)
{
    double d = ki_json_getnum(obj, key, 0);
    return d > 0 && d < 1e6 ? (int)d : 0;
}

/* ------------------------------------------------------------ motions */

static void letter_free(ki_mletter *l)
{
    free(l->doc);
    free(l->file);
    free(l->title);
    free(l->kind);
    free(l->date);
    free(l->evidence);
}

void ki_mreport_free(ki_mreport *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->nsponsors; i++) {
        free(r->sponsors[i].name);
        free(r->sponsors[i].party);
    }
    free(r->sponsors);
    free(r->subject);
    free(r->date);
    free(r->dictum);
    free(r->own_doc);
    free(r->own_file);
    for (size_t i = 0; i < r->nletters; i++)
        letter_free(&r->letters[i]);
    free(r->letters);
    free(r);
}

const char *ki_mreport_status(const ki_mreport *r)
{
    return r->furthest < 0 ? "none" : ki_rel_to_str(r->furthest);
}

/* Takes sponsors and subject from a motion entry of a record when the
 * report has none yet. */
static ki_status take_motion_facts(ki_mreport *r, const ki_json *m)
{
    const ki_json *sp = ki_json_get(m, "sponsors");
    if (r->nsponsors == 0 && ki_json_len(sp) > 0) {
        size_t n = ki_json_len(sp);
        r->sponsors = calloc(n, sizeof *r->sponsors);
        if (!r->sponsors)
            return KI_ERR_NOMEM;
        for (size_t i = 0; i < n; i++) {
            const ki_json *s = ki_json_at(sp, i);
            const char *name = ki_json_getstr(s, "name");
            if (!name)
                continue;
            ki_sponsor *o = &r->sponsors[r->nsponsors++];
            o->name = strdup(name);
            o->party = ki_strdup_or_null(ki_json_getstr(s, "party"));
            if (!o->name)
                return KI_ERR_NOMEM;
        }
        r->cs = ki_json_getbool(m, "cs", false);
    }
    if (!r->subject && ki_json_getstr(m, "subject")) {
        r->subject = strdup(ki_json_getstr(m, "subject"));
        if (!r->subject)
            return KI_ERR_NOMEM;
    }
    return KI_OK;
}

/* The strongest mention of motion id in rec's motions[], or NULL. */
static const ki_json *strongest_mention(const ki_json *rec, const char *id, int *rel)
{
    const ki_json *ms = ki_json_get(rec, "motions"), *best = NULL;
    *rel = -1;
    for (size_t i = 0; i < ki_json_len(ms); i++) {
        const ki_json *m = ki_json_at(ms, i);
        const char *k = ki_json_getstr(m, "kamerstuk");
        if (!k || strcmp(k, id) != 0)
            continue;
        int r = ki_rel_from_str(ki_json_getstr(m, "relation"));
        if (r < 0 || r > KI_REL_SETTLED)
            r = KI_REL_CITED;
        if (!best || r > *rel) {
            best = m;
            *rel = r;
        }
    }
    return best;
}

/* The dictum of a motion's text: from "verzoekt" (or "roept ... op",
 * "spreekt uit") to "en gaat over tot de orde van de dag", on one line. */
static char *extract_dictum(const char *text)
{
    static const char *const starts[] = {"verzoekt ", "roept ", "spreekt uit", "draagt "};
    const char *s = NULL;
    for (size_t i = 0; i < sizeof starts / sizeof starts[0] && !s; i++)
        s = strcasestr(text, starts[i]);
    if (!s)
        return NULL;
    const char *e = strcasestr(s, "en gaat over tot de orde");
    if (!e)
        e = strstr(s, "\n\n");
    if (!e)
        e = s + strlen(s);
    if (e - s > 2000)
        e = s + 2000;
    ki_buf b = KI_BUF_INIT;
    bool space = false;
    for (const char *p = s; p < e; p++) {
        if (isspace((unsigned char)*p)) {
            space = b.len > 0;
            continue;
        }
        if ((space && ki_buf_addc(&b, ' ')) || ki_buf_addc(&b, *p)) {
            ki_buf_free(&b);
            return NULL;
        }
        space = false;
    }
    while (b.len && (b.data[b.len - 1] == ',' || b.data[b.len - 1] == ';'))
        ki_buf_truncate(&b, b.len - 1);
    return b.len ? ki_buf_detach(&b, NULL) : (ki_buf_free(&b), NULL);
}

static ki_status load_own_document(ki_db *db, ki_mreport *r, unsigned *own, char **own_title,
                                   ki_err *err)
{
    ki_buf t = KI_BUF_INIT;
    ki_status st = ki_schema_term(KI_PREFIX_ID, r->id, &t);
    if (!st)
        st = ki_db_find(db, ki_buf_str(&t), own);
    ki_buf_free(&t);
    if (st == KI_ERR_NOT_FOUND) {
        *own = 0;
        return KI_OK;
    }
    if (st)
        return db_fail(db, st, err);
    ki_json *rec;
    if ((st = ki_record_load(db, *own, &rec, err)))
        return st;
    r->own_doc = ki_strdup_or_null(ki_json_getstr(rec, "doc"));
    r->own_file = ki_strdup_or_null(ki_record_file(rec));
    r->date = ki_strdup_or_null(ki_json_getstr(rec, "date"));
    int rel;
    const ki_json *m = strongest_mention(rec, r->id, &rel);
    if (m)
        st = take_motion_facts(r, m);
    /* its title is often the dossier's ("Rechtsstaat en Rechtsorde"): a
     * subject of last resort, after the letters (lookup_id) */
    if (!st && ki_json_getstr(rec, "title"))
        st = (*own_title = strdup(ki_json_getstr(rec, "title"))) ? KI_OK : KI_ERR_NOMEM;
    ki_json_free(rec);
    if (st)
        return ki_err_set(err, st, "out of memory");
    ki_buf text = KI_BUF_INIT;
    if ((st = ki_db_get_text(db, *own, &text))) {
        ki_buf_free(&text);
        return db_fail(db, st, err);
    }
    if (text.len)
        r->dictum = extract_dictum(ki_buf_str(&text));
    ki_buf_free(&text);
    return KI_OK;
}

static ki_status add_letter(ki_mreport *r, const ki_json *rec, const ki_json *m, int rel)
{
    ki_mletter *nl = realloc(r->letters, (r->nletters + 1) * sizeof *nl);
    if (!nl)
        return KI_ERR_NOMEM;
    r->letters = nl;
    ki_mletter *l = &r->letters[r->nletters++];
    memset(l, 0, sizeof *l);
    const char *ev = ki_json_getstr(m, "evidence");
    if (!ev)
        ev = ki_json_getstr(m, "text");
    l->doc = ki_strdup_or_null(ki_json_getstr(rec, "doc"));
    l->file = ki_strdup_or_null(ki_record_file(rec));
    l->title = ki_strdup_or_null(ki_json_getstr(rec, "title"));
    l->kind = ki_strdup_or_null(ki_json_getstr(rec, "kind"));
    l->date = ki_strdup_or_null(ki_json_getstr(rec, "date"));
    l->evidence = ki_strdup_or_null(ev);
    l->relation = rel;
    l->page = json_int(m, "page");
    if (rel > r->furthest)
        r->furthest = rel;
    return KI_OK;
}

/* The look-up for a canonical id. */
static ki_status lookup_id(ki_db *db, const char *id, ki_mreport **out, ki_err *err)
{
    ki_status st;
    ki_mreport *r = calloc(1, sizeof *r);
    *out = NULL;
    if (!r)
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    snprintf(r->id, sizeof r->id, "%s", id);
    r->furthest = -1;

    unsigned own = 0;
    char *own_title = NULL;
    if ((st = load_own_document(db, r, &own, &own_title, err)))
        goto fail;

    ki_buf term = KI_BUF_INIT;
    ki_hits *h = NULL;
    st = ki_schema_term(KI_PREFIX_MOTION, id, &term);
    if (!st)
        st = ki_db_term_docs(db, ki_buf_str(&term), KI_SORT_DATE_DESC, &h);
    ki_buf_free(&term);
    if (st) {
        db_fail(db, st, err);
        goto fail;
    }
    for (; ki_hits_valid(h); ki_hits_next(h)) {
        if (own && ki_hits_docid(h) == own)
            continue;
        size_t len;
        const char *data = ki_hits_data(h, &len);
        if (!data) {
            st = db_fail(db, KI_ERR_DB, err);
            break;
        }
        ki_json *rec = ki_record_parse(data, len);
        if (!rec)
            continue; /* a damaged record: skip it, the rest still count */
        int rel;
        const ki_json *m = strongest_mention(rec, id, &rel);
        if (m) {
            st = take_motion_facts(r, m);
            if (!st)
                st = add_letter(r, rec, m, rel);
        }
        ki_json_free(rec);
        if (st) {
            ki_err_set(err, st, "out of memory");
            break;
        }
    }
    ki_hits_free(h);
    if (st)
        goto fail;
    if (!r->subject) {
        r->subject = own_title;
        own_title = NULL;
    }
    free(own_title);
    *out = r;
    return KI_OK;
fail:
    free(own_title);
    ki_mreport_free(r);
    return st;
}

ki_status ki_motion_lookup(ki_db *db, const char *ref, ki_mreport **out, ki_err *err)
{
    ki_ref r;
    ki_status st = ki_ref_parse(ref, &r, err);
    *out = NULL;
    if (st)
        return st;
    if (r.kind != KI_REF_KST)
        return ki_err_set(err, KI_ERR_USAGE, "'%s' is not a Kamerstuk; a motion is one (29279-889)",
                          r.id);
    return lookup_id(db, r.id, out, err);
}

static ki_status letter_json(const ki_mletter *l, ki_buf *out)
{
    TRY(ki_json_member(out, '{', "doc", l->doc));
    TRY(ki_json_member(out, ',', "file", l->file));
    TRY(ki_json_member(out, ',', "title", l->title));
    TRY(ki_json_member(out, ',', "kind", l->kind));
    TRY(ki_json_member(out, ',', "date", l->date));
    TRY(ki_json_member(out, ',', "relation", ki_rel_to_str(l->relation)));
    if (l->page > 0)
        TRY(ki_buf_addf(out, ",\"page\":%d", l->page));
    else
        TRY(ki_buf_adds(out, ",\"page\":null"));
    TRY(ki_json_member(out, ',', "evidence", l->evidence));
    return ki_buf_addc(out, '}');
}

ki_status ki_mreport_json(const ki_mreport *r, ki_buf *out)
{
    TRY(ki_buf_adds(out, "{\"motion\":"));
    TRY(ki_json_member(out, '{', "id", r->id));
    TRY(ki_buf_adds(out, ",\"sponsors\":["));
    for (size_t i = 0; i < r->nsponsors; i++) {
        if (i)
            TRY(ki_buf_addc(out, ','));
        TRY(ki_json_member(out, '{', "name", r->sponsors[i].name));
        TRY(ki_json_member(out, ',', "party", r->sponsors[i].party));
        TRY(ki_buf_addc(out, '}'));
    }
    TRY(ki_buf_addf(out, "],\"cs\":%s", r->cs ? "true" : "false"));
    TRY(ki_json_member(out, ',', "subject", r->subject));
    TRY(ki_json_member(out, ',', "date", r->date));
    TRY(ki_json_member(out, ',', "dictum", r->dictum));
    TRY(ki_json_member(out, ',', "doc", r->own_doc));
    TRY(ki_json_member(out, ',', "file", r->own_file));
    TRY(ki_json_member(out, ',', "status", ki_mreport_status(r)));
    TRY(ki_buf_adds(out, "},\"letters\":["));
    for (size_t i = 0; i < r->nletters; i++) {
        if (i)
            TRY(ki_buf_addc(out, ','));
        TRY(letter_json(&r->letters[i], out));
    }
    return ki_buf_adds(out, "]}");
}

/* A set of motion ids, kept unique. */
typedef struct idset {
    char **ids;
    size_t n, cap;
} idset;

static ki_status idset_add(idset *s, const char *id)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->ids[i], id) == 0)
            return KI_OK;
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 16;
        char **n = realloc(s->ids, cap * sizeof *n);
        if (!n)
            return KI_ERR_NOMEM;
        s->ids = n;
        s->cap = cap;
    }
    if (!(s->ids[s->n] = strdup(id)))
        return KI_ERR_NOMEM;
    s->n++;
    return KI_OK;
}

static void idset_free(idset *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->ids[i]);
    free(s->ids);
}

static int cmp_ids(const void *a, const void *b)
{
    return strverscmp(*(char *const *)a, *(char *const *)b);
}

/* Reports for every id of the set, sorted. */
static ki_status reports_of(ki_db *db, idset *s, ki_mreport ***out, size_t *n, ki_err *err)
{
    if (s->n)
        qsort(s->ids, s->n, sizeof *s->ids, cmp_ids);
    ki_mreport **rs = calloc(s->n ? s->n : 1, sizeof *rs);
    if (!rs)
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < s->n; i++) {
        ki_status st = lookup_id(db, s->ids[i], &rs[i], err);
        if (st) {
            for (size_t k = 0; k < i; k++)
                ki_mreport_free(rs[k]);
            free(rs);
            return st;
        }
    }
    *out = rs;
    *n = s->n;
    return KI_OK;
}

static bool sponsor_matches(const ki_json *m, const char *name, const char *party)
{
    const ki_json *sp = ki_json_get(m, "sponsors");
    for (size_t i = 0; i < ki_json_len(sp); i++) {
        const ki_json *s = ki_json_at(sp, i);
        if (name ? same_norm(ki_json_getstr(s, "name"), name)
                 : same_norm(ki_json_getstr(s, "party"), party))
            return true;
    }
    return false;
}

ki_status ki_motions_by(ki_db *db, const char *name, const char *party, ki_mreport ***out,
                        size_t *n, ki_err *err)
{
    *out = NULL;
    *n = 0;
    if (!name == !party || (name && !*name) || (party && !*party))
        return ki_err_set(err, KI_ERR_USAGE, "give a sponsor's name or a party");
    ki_buf term = KI_BUF_INIT;
    ki_hits *h = NULL;
    idset ids = {NULL, 0, 0};
    ki_status st = ki_schema_term(name ? KI_PREFIX_SPONSOR : KI_PREFIX_PARTY, name ? name : party,
                                  &term);
    if (!st)
        st = ki_db_term_docs(db, ki_buf_str(&term), KI_SORT_DOCID, &h);
    ki_buf_free(&term);
    if (st)
        return db_fail(db, st, err);
    for (; ki_hits_valid(h) && !st; ki_hits_next(h)) {
        size_t len;
        const char *data = ki_hits_data(h, &len);
        if (!data) {
            st = db_fail(db, KI_ERR_DB, err);
            break;
        }
        ki_json *rec = ki_record_parse(data, len);
        const ki_json *ms = ki_json_get(rec, "motions");
        for (size_t i = 0; i < ki_json_len(ms) && !st; i++) {
            const ki_json *m = ki_json_at(ms, i);
            const char *k = ki_json_getstr(m, "kamerstuk");
            if (k && strncmp(k, "kst-", 4) == 0 && sponsor_matches(m, name, party))
                st = idset_add(&ids, k);
        }
        ki_json_free(rec);
        if (st)
            ki_err_set(err, st, "out of memory");
    }
    ki_hits_free(h);
    if (!st)
        st = reports_of(db, &ids, out, n, err);
    idset_free(&ids);
    return st;
}

ki_status ki_motions_of_dossier(ki_db *db, const char *dossier, ki_mreport ***out, size_t *n,
                                ki_err *err)
{
    char d[32], dd[32];
    ki_status st;
    *out = NULL;
    *n = 0;
    if ((st = ki_dossier_parse(dossier, d, sizeof d, err)))
        return st;
    idset ids = {NULL, 0, 0};

    /* Motions any document mentions. */
    ki_buf prefix = KI_BUF_INIT;
    ki_terms *t = NULL;
    if (ki_buf_addf(&prefix, "%skst-%s-", KI_PREFIX_MOTION, d)) {
        ki_buf_free(&prefix);
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    }
    st = ki_db_terms(db, ki_buf_str(&prefix), &t);
    ki_buf_free(&prefix);
    if (st)
        return db_fail(db, st, err);
    for (; ki_terms_valid(t) && !st; ki_terms_next(t)) {
        const char *id = ki_terms_term(t) + strlen(KI_PREFIX_MOTION);
        if (ki_ref_dossier_of(id, dd, sizeof dd) == KI_OK && strcmp(dd, d) == 0)
            st = idset_add(&ids, id);
    }
    ki_terms_free(t);

    /* Motions that are themselves ingested. */
    ki_hits *h = NULL;
    ki_buf filter = KI_BUF_INIT;
    if (!st)
        st = ki_schema_term(KI_PREFIX_DOSSIER, d, &filter);
    if (!st) {
        ki_search s = {.query = "kind:motie", .filter = ki_buf_str(&filter), .sort = KI_SORT_DOCID};
        st = ki_db_search(db, &s, &h);
        if (st)
            db_fail(db, st, err);
    }
    ki_buf_free(&filter);
    for (; !st && ki_hits_valid(h); ki_hits_next(h)) {
        size_t len;
        const char *data = ki_hits_data(h, &len);
        ki_json *rec = data ? ki_record_parse(data, len) : NULL;
        const char *id = ki_json_getstr(rec, "doc");
        if (id && ki_ref_dossier_of(id, dd, sizeof dd) == KI_OK && strcmp(dd, d) == 0)
            st = idset_add(&ids, id);
        ki_json_free(rec);
    }
    ki_hits_free(h);
    if (st == KI_ERR_NOMEM)
        ki_err_set(err, st, "out of memory");
    if (!st)
        st = reports_of(db, &ids, out, n, err);
    idset_free(&ids);
    return st;
}

/* -------------------------------------------------------- commitments */

#define OCC_WORDS 32
#define OCC_TZ 4

typedef struct occ {
    const ki_json *rec; /* the document's record */
    const ki_json *c;   /* the commitment entry */
    int rel;
    int parent;         /* union-find */
    /* the subject's content words (5+ letters), hashed, sorted, unique */
    uint32_t words[OCC_WORDS];
    size_t nwords;
    /* toezegging numbers (TZ202410-112) in its refs or anywhere in its text */
    char tz[OCC_TZ][24];
    size_t ntz;
    /* the three longest subject words, for bucketing */
    char key_words[3][32];
    bool weak;          /* neither a subject nor a TZ number */
    int candidate;      /* phase 2: the one commitment a weak mention fits, -1 none, -2 several */
} occ;

static uint32_t hash_word(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)tolower((unsigned char)w[i])) * 16777619u;
    return h;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static void occ_add_tz(occ *o, const char *id, size_t n)
{
    if (o->ntz == OCC_TZ || n >= sizeof o->tz[0])
        return;
    char t[24];
    for (size_t i = 0; i < n; i++)
        t[i] = (char)toupper((unsigned char)id[i]);
    t[n] = '\0';
    for (size_t i = 0; i < o->ntz; i++)
        if (strcmp(o->tz[i], t) == 0)
            return;
    memcpy(o->tz[o->ntz++], t, n + 1);
}

/* "TZ202410-112" anywhere in s. */
static void scan_tz(occ *o, const char *s)
{
    for (const char *p = s; p && (p = strcasestr(p, "tz")) != NULL; p += 2) {
        const char *q = p + 2;
        size_t d = 0;
        while (isdigit((unsigned char)q[d]))
            d++;
        if (d < 6 || q[d] != '-' || !isdigit((unsigned char)q[d + 1]))
            continue;
        size_t e = d + 1;
        while (isdigit((unsigned char)q[e]))
            e++;
        occ_add_tz(o, p, (size_t)(q + e - p));
    }
}

/* Words every commitment uses, which say nothing about which one it is. */
static bool generic_word(const char *w, size_t n)
{
    static const char *const stop[] = {
        "kamer", "informeren", "informeer", "brief", "brieven", "voortgang", "stand", "zaken",
        "zomer", "najaar", "voorjaar", "kwartaal", "eerste", "tweede", "derde", "vierde",
        "helft", "einde", "toezegging", "toezeggingen", "bijlage", "staatssecretaris",
        "minister", "worden", "wordt", "zullen", "hierbij", "daarmee", "hiermee", "uitkomsten",
        "sturen", "toesturen", "verder", "tijdens", "debat", "commissiedebat", "zoals", "zodra",
        "nader", "komen", "terug", "daarover", "hierover", "nadere", "uiterlijk", "voordat",
    };
    for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
        if (strlen(stop[i]) == n && strncasecmp(stop[i], w, n) == 0)
            return true;
    return false;
}

static void occ_prepare(occ *o)
{
    const ki_json *refs = ki_json_get(o->c, "refs");
    for (size_t i = 0; i < ki_json_len(refs); i++) {
        const ki_json *r = ki_json_at(refs, i);
        if (r->type == KI_JSON_STRING && strncasecmp(r->string, "TZ", 2) == 0)
            occ_add_tz(o, r->string, strlen(r->string));
    }
    scan_tz(o, ki_json_getstr(o->c, "subject"));
    scan_tz(o, ki_json_getstr(o->c, "text"));
    scan_tz(o, ki_json_getstr(o->c, "evidence"));

    const unsigned char *p = (const unsigned char *)ki_json_getstr(o->c, "subject");
    size_t best[3] = {0, 0, 0};
    while (p && *p) {
        while (*p && !isalnum(*p) && *p < 0x80)
            p++;
        const unsigned char *w = p;
        while (*p && (isalnum(*p) || *p >= 0x80))
            p++;
        size_t n = (size_t)(p - w);
        if (n < 5 || generic_word((const char *)w, n))
            continue;
        if (o->nwords < OCC_WORDS)
            o->words[o->nwords++] = hash_word((const char *)w, n);
        /* keep the three longest as bucket keys */
        for (int k = 0; k < 3; k++) {
            if (n > best[k] && n < sizeof o->key_words[0]) {
                for (int m = 2; m > k; m--) {
                    best[m] = best[m - 1];
                    memcpy(o->key_words[m], o->key_words[m - 1], sizeof o->key_words[0]);
                }
                best[k] = n;
                for (size_t i = 0; i < n; i++)
                    o->key_words[k][i] = (char)tolower(w[i]);
                o->key_words[k][n] = '\0';
                break;
            }
        }
    }
    o->weak = o->ntz == 0 && !ki_json_getstr(o->c, "subject");
    o->candidate = -1;
    qsort(o->words, o->nwords, sizeof o->words[0], cmp_u32);
    size_t u = 0;
    for (size_t i = 0; i < o->nwords; i++)
        if (u == 0 || o->words[u - 1] != o->words[i])
            o->words[u++] = o->words[i];
    o->nwords = u;
}

static size_t shared_words(const occ *a, const occ *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->nwords && j < b->nwords) {
        if (a->words[i] == b->words[j]) {
            n++;
            i++;
            j++;
        } else if (a->words[i] < b->words[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

typedef struct bucket_key {
    char *key;
    int occ;
} bucket_key;

static int find_root(occ *o, int i)
{
    while (o[i].parent != i) {
        o[i].parent = o[o[i].parent].parent;
        i = o[i].parent;
    }
    return i;
}

static void unite(occ *o, int a, int b)
{
    a = find_root(o, a);
    b = find_root(o, b);
    if (a != b)
        o[a < b ? b : a].parent = a < b ? a : b;
}

static bool actors_overlap(const ki_json *a, const ki_json *b)
{
    const ki_json *x = ki_json_get(a, "actors"), *y = ki_json_get(b, "actors");
    if (ki_json_len(x) == 0 || ki_json_len(y) == 0)
        return true;
    for (size_t i = 0; i < ki_json_len(x); i++)
        for (size_t k = 0; k < ki_json_len(y); k++) {
            const ki_json *s = ki_json_at(x, i), *t = ki_json_at(y, k);
            if (s->type == KI_JSON_STRING && t->type == KI_JSON_STRING &&
                same_norm(s->string, t->string))
                return true;
        }
    return false;
}

static bool is_tz_ref(const char *r)
{
    return r && (strncasecmp(r, "TZ", 2) == 0);
}

static bool share_ref(const ki_json *a, const ki_json *b, bool tz_only)
{
    const ki_json *x = ki_json_get(a, "refs"), *y = ki_json_get(b, "refs");
    for (size_t i = 0; i < ki_json_len(x); i++)
        for (size_t k = 0; k < ki_json_len(y); k++) {
            const ki_json *s = ki_json_at(x, i), *t = ki_json_at(y, k);
            if (s->type == KI_JSON_STRING && t->type == KI_JSON_STRING &&
                strcmp(s->string, t->string) == 0 && (!tz_only || is_tz_ref(s->string)))
                return true;
        }
    return false;
}

/*
 * Two mentions are one commitment when they carry the same toezegging
 * number (two different numbers: never), or, their actors compatible:
 *   - their subjects are nearly the same (3+ shared content words, half of
 *     the smaller subject), or
 *   - their subjects share a content word and they share another reference,
 *     or the same date and venue, or the same deadline.
 * A weak mention (no subject, no number) joins a commitment only through
 * the reference/date/deadline rules, and only when exactly one commitment
 * fits (phase 2 in ki_commitments), so that it never bridges two.
 */
static bool same_commitment(const occ *p, const occ *q)
{
    const ki_json *a = p->c, *b = q->c;
    for (size_t i = 0; i < p->ntz; i++)
        for (size_t j = 0; j < q->ntz; j++)
            if (strcmp(p->tz[i], q->tz[j]) == 0)
                return true;
    if (p->ntz && q->ntz)
        return false;
    if (!actors_overlap(a, b))
        return false;
    bool weak = p->weak || q->weak;
    if (!weak) {
        size_t shared = shared_words(p, q);
        size_t smaller = p->nwords < q->nwords ? p->nwords : q->nwords;
        if (shared >= 3 && 2 * shared >= smaller)
            return true;
        if (shared == 0)
            return false;
    }
    if (share_ref(a, b, false))
        return true;
    const char *da = ki_json_getstr(a, "date"), *db = ki_json_getstr(b, "date");
    if (da && db && strcmp(da, db) == 0) {
        const char *va = ki_json_getstr(a, "venue"), *vb = ki_json_getstr(b, "venue");
        return !va || !vb || same_norm(va, vb);
    }
    const char *la = ki_json_getstr(a, "deadline"), *lb = ki_json_getstr(b, "deadline");
    return la && lb && same_norm(la, lb) && (!da || !db);
}

static ki_status add_key(bucket_key **keys, size_t *n, size_t *cap, char kind, const char *value,
                         int occ_index)
{
    if (*n == *cap) {
        size_t c = *cap ? 2 * *cap : 256;
        bucket_key *nk = realloc(*keys, c * sizeof *nk);
        if (!nk)
            return KI_ERR_NOMEM;
        *keys = nk;
        *cap = c;
    }
    ki_buf b = KI_BUF_INIT;
    if (ki_buf_addc(&b, kind) || ki_buf_adds(&b, value)) {
        ki_buf_free(&b);
        return KI_ERR_NOMEM;
    }
    (*keys)[(*n)++] = (bucket_key){ki_buf_detach(&b, NULL), occ_index};
    return KI_OK;
}

static int cmp_bucket(const void *a, const void *b)
{
    const bucket_key *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->occ > y->occ) - (x->occ < y->occ);
}

static void mention_free(ki_cmention *m)
{
    free(m->doc);
    free(m->file);
    free(m->title);
    free(m->date);
    free(m->evidence);
}

static void commit_free(ki_commit *c)
{
    for (size_t i = 0; i < c->nactors; i++)
        free(c->actors[i]);
    free(c->actors);
    free(c->actor_key);
    free(c->venue);
    free(c->date);
    free(c->deadline);
    free(c->due);
    free(c->subject);
    mention_free(&c->made);
    for (size_t i = 0; i < c->nhandled; i++)
        mention_free(&c->handled[i]);
    free(c->handled);
}

void ki_commits_free(ki_commits *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        commit_free(&c->items[i]);
    free(c->items);
    free(c);
}

static ki_status fill_mention(ki_cmention *m, const occ *o)
{
    const char *ev = ki_json_getstr(o->c, "evidence");
    if (!ev)
        ev = ki_json_getstr(o->c, "text");
    m->doc = ki_strdup_or_null(ki_json_getstr(o->rec, "doc"));
    m->file = ki_strdup_or_null(ki_record_file(o->rec));
    m->title = ki_strdup_or_null(ki_json_getstr(o->rec, "title"));
    m->date = ki_strdup_or_null(ki_json_getstr(o->rec, "date"));
    m->evidence = ki_strdup_or_null(ev);
    m->relation = o->rel;
    m->page = json_int(o->c, "page");
    return KI_OK;
}

/* Document dates, NULL last. */
static int cmp_date(const char *a, const char *b)
{
    if (!a || !b)
        return (a == NULL) - (b == NULL);
    return strcmp(a, b);
}

static int cmp_mention(const void *a, const void *b)
{
    const ki_cmention *x = a, *y = b;
    return cmp_date(x->date, y->date);
}

static int cmp_commit(const void *a, const void *b)
{
    const ki_commit *x = a, *y = b;
    int c = strcasecmp(x->actor_key, y->actor_key);
    return c ? c : cmp_date(x->date, y->date);
}

/* First non-NULL string field key over the members (made first). */
static const char *first_str(occ *o, const int *members, size_t n, int made, const char *key)
{
    if (made >= 0 && ki_json_getstr(o[made].c, key))
        return ki_json_getstr(o[made].c, key);
    for (size_t i = 0; i < n; i++)
        if (ki_json_getstr(o[members[i]].c, key))
            return ki_json_getstr(o[members[i]].c, key);
    return NULL;
}

/* Builds one commitment from the mentions members[0..n) (in document order). */
static ki_status build_commit(ki_commit *c, occ *o, const int *members, size_t n, const char *today)
{
    memset(c, 0, sizeof *c);
    c->status = -1;
    int made = -1;
    for (size_t i = 0; i < n; i++) {
        const occ *m = &o[members[i]];
        if (m->rel == KI_REL_MADE &&
            (made < 0 || cmp_date(ki_json_getstr(m->rec, "date"),
                                  ki_json_getstr(o[made].rec, "date")) < 0))
            made = members[i];
    }
    const ki_json *actors = NULL;
    if (made >= 0 && ki_json_len(ki_json_get(o[made].c, "actors")))
        actors = ki_json_get(o[made].c, "actors");
    for (size_t i = 0; i < n && !actors; i++)
        if (ki_json_len(ki_json_get(o[members[i]].c, "actors")))
            actors = ki_json_get(o[members[i]].c, "actors");
    ki_buf key = KI_BUF_INIT;
    if (actors) {
        c->actors = calloc(ki_json_len(actors), sizeof *c->actors);
        if (!c->actors)
            return KI_ERR_NOMEM;
        for (size_t i = 0; i < ki_json_len(actors); i++) {
            const ki_json *a = ki_json_at(actors, i);
            if (a->type != KI_JSON_STRING)
                continue;
            if (!(c->actors[c->nactors++] = strdup(a->string)))
                return KI_ERR_NOMEM;
            if ((key.len && ki_buf_adds(&key, ", ")) || ki_buf_adds(&key, a->string))
                return ki_buf_free(&key), KI_ERR_NOMEM;
        }
    }
    if (!key.len && ki_buf_adds(&key, "(onbekend)"))
        return KI_ERR_NOMEM;
    c->actor_key = ki_buf_detach(&key, NULL);
    c->venue = ki_strdup_or_null(first_str(o, members, n, made, "venue"));
    c->date = ki_strdup_or_null(first_str(o, members, n, made, "date"));
    c->deadline = ki_strdup_or_null(first_str(o, members, n, made, "deadline"));
    c->subject = ki_strdup_or_null(first_str(o, members, n, made, "subject"));
    if (made >= 0)
        fill_mention(&c->made, &o[made]);

    c->handled = calloc(n, sizeof *c->handled);
    if (!c->handled)
        return KI_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        const occ *m = &o[members[i]];
        if (members[i] == made)
            continue;
        int rel = m->rel == KI_REL_MADE ? KI_REL_CITED : m->rel;
        const char *doc = ki_json_getstr(m->rec, "doc");
        /* One line per document: its strongest mention. */
        size_t k;
        for (k = 0; k < c->nhandled; k++)
            if (doc && c->handled[k].doc && strcmp(c->handled[k].doc, doc) == 0)
                break;
        if (k < c->nhandled) {
            if (rel > c->handled[k].relation) {
                mention_free(&c->handled[k]);
                fill_mention(&c->handled[k], m);
                c->handled[k].relation = rel;
            }
        } else {
            fill_mention(&c->handled[c->nhandled], m);
            c->handled[c->nhandled++].relation = rel;
        }
        if (rel > c->status)
            c->status = rel;
    }
    qsort(c->handled, c->nhandled, sizeof *c->handled, cmp_mention);

    char due[11];
    const char *said = c->date ? c->date : c->made.date;
    if (c->deadline && ki_deadline_resolve(c->deadline, said, due) == KI_OK)
        c->due = strdup(due);
    c->overdue = c->status != KI_REL_SETTLED && c->due && strcmp(c->due, today) < 0;
    return KI_OK;
}

static ki_status gather(ki_db *db, ki_json ***recs, size_t *nrecs, ki_err *err)
{
    ki_values *v;
    ki_status st = ki_db_values(db, KI_SLOT_COMMITMENTS, &v);
    if (st)
        return db_fail(db, st, err);
    size_t cap = 0;
    for (; ki_values_valid(v); ki_values_next(v)) {
        const char *val = ki_values_value(v, NULL);
        if (!val || strtoul(val, NULL, 10) == 0)
            continue;
        ki_json *rec;
        st = ki_record_load(db, ki_values_docid(v), &rec, err);
        if (st == KI_ERR_CORRUPT || st == KI_ERR_NOT_FOUND) {
            st = KI_OK;
            continue;
        }
        if (st)
            break;
        if (*nrecs == cap) {
            cap = cap ? 2 * cap : 64;
            ki_json **n = realloc(*recs, cap * sizeof *n);
            if (!n) {
                ki_json_free(rec);
                st = ki_err_set(err, KI_ERR_NOMEM, "out of memory");
                break;
            }
            *recs = n;
        }
        (*recs)[(*nrecs)++] = rec;
    }
    ki_values_free(v);
    return st;
}

/* Documents by date (undated last), then by their key. */
static int cmp_rec(const void *pa, const void *pb)
{
    const ki_json *a = *(ki_json *const *)pa, *b = *(ki_json *const *)pb;
    const char *da = ki_json_getstr(a, "date"), *db = ki_json_getstr(b, "date");
    if (da && db && strcmp(da, db))
        return strcmp(da, db);
    if (!da != !db)
        return da ? -1 : 1;
    const char *ka = ki_json_getstr(a, "doc"), *kb = ki_json_getstr(b, "doc");
    return strcmp(ka ? ka : "", kb ? kb : "");
}

ki_status ki_commitments(ki_db *db, unsigned flags, ki_commits **out, ki_err *err)
{
    ki_json **recs = NULL;
    size_t nrecs = 0, nocc = 0, nkeys = 0;
    occ *o = NULL;
    bucket_key *keys = NULL;
    int *members = NULL;
    ki_commits *res = NULL;
    ki_status st;
    *out = NULL;

    if ((st = gather(db, &recs, &nrecs, err)))
        goto done;
    /* the order of documents in the index is the order ingest workers
     * finished in; the answer must not depend on it */
    if (nrecs > 1)
        qsort(recs, nrecs, sizeof *recs, cmp_rec);
    for (size_t i = 0; i < nrecs; i++)
        nocc += ki_json_len(ki_json_get(recs[i], "commitments"));
    st = KI_ERR_NOMEM;
    o = calloc(nocc ? nocc : 1, sizeof *o);
    members = calloc(nocc ? nocc : 1, sizeof *members);
    res = calloc(1, sizeof *res);
    if (!o || !members || !res)
        goto nomem;
    ki_today(res->today);

    size_t k = 0, keycap = 0;
    for (size_t i = 0; i < nrecs; i++) {
        const ki_json *cs = ki_json_get(recs[i], "commitments");
        for (size_t j = 0; j < ki_json_len(cs); j++, k++) {
            occ *x = &o[k];
            x->rec = recs[i];
            x->c = ki_json_at(cs, j);
            x->rel = ki_rel_from_str(ki_json_getstr(x->c, "relation"));
            if (x->rel < 0)
                x->rel = KI_REL_CITED;
            x->parent = (int)k;
            occ_prepare(x);
            /* bucket keys: date, references, TZ numbers, deadline, long words */
            const char *date = ki_json_getstr(x->c, "date");
            const char *deadline = ki_json_getstr(x->c, "deadline");
            const ki_json *refs = ki_json_get(x->c, "refs");
            if (date && add_key(&keys, &nkeys, &keycap, 'D', date, (int)k))
                goto nomem;
            for (size_t r = 0; r < ki_json_len(refs); r++) {
                const ki_json *ref = ki_json_at(refs, r);
                if (ref->type == KI_JSON_STRING &&
                    add_key(&keys, &nkeys, &keycap, 'R', ref->string, (int)k))
                    goto nomem;
            }
            for (size_t t = 0; t < x->ntz; t++)
                if (add_key(&keys, &nkeys, &keycap, 'T', x->tz[t], (int)k))
                    goto nomem;
            if (deadline) {
                ki_buf d = KI_BUF_INIT;
                ki_status dst = ki_norm_lower(deadline, &d);
                if (!dst)
                    dst = add_key(&keys, &nkeys, &keycap, 'L', ki_buf_str(&d), (int)k);
                ki_buf_free(&d);
                if (dst)
                    goto nomem;
            }
            for (int w = 0; w < 3; w++)
                if (x->key_words[w][0] &&
                    add_key(&keys, &nkeys, &keycap, 'W', x->key_words[w], (int)k))
                    goto nomem;
        }
    }
    if (nkeys)
        qsort(keys, nkeys, sizeof *keys, cmp_bucket);
    for (size_t a = 0; a < nkeys;) {
        size_t b = a + 1;
        while (b < nkeys && strcmp(keys[a].key, keys[b].key) == 0)
            b++;
        for (size_t i = a; i < b; i++)
            for (size_t j = i + 1; j < b; j++) {
                occ *x = &o[keys[i].occ], *y = &o[keys[j].occ];
                if (!x->weak && !y->weak && find_root(o, keys[i].occ) != find_root(o, keys[j].occ) &&
                    same_commitment(x, y))
                    unite(o, keys[i].occ, keys[j].occ);
            }
        a = b;
    }
    /* phase 2: a weak mention joins the one commitment it fits */
    for (size_t a = 0; a < nkeys;) {
        size_t b = a + 1;
        while (b < nkeys && strcmp(keys[a].key, keys[b].key) == 0)
            b++;
        for (size_t i = a; i < b; i++) {
            occ *w = &o[keys[i].occ];
            if (!w->weak || w->candidate == -2)
                continue;
            for (size_t j = a; j < b; j++) {
                occ *c = &o[keys[j].occ];
                if (c->weak || !same_commitment(w, c))
                    continue;
                int root = find_root(o, keys[j].occ);
                if (w->candidate == -1)
                    w->candidate = root;
                else if (w->candidate != root)
                    w->candidate = -2;
            }
        }
        a = b;
    }
    for (size_t i = 0; i < nocc; i++)
        if (o[i].weak && o[i].candidate >= 0)
            unite(o, (int)i, o[i].candidate);

    /* One commitment per root. */
    res->items = calloc(nocc ? nocc : 1, sizeof *res->items);
    if (!res->items)
        goto nomem;
    for (size_t root = 0; root < nocc; root++) {
        if (find_root(o, (int)root) != (int)root)
            continue;
        size_t n = 0;
        for (size_t i = root; i < nocc; i++)
            if (find_root(o, (int)i) == (int)root)
                members[n++] = (int)i;
        ki_commit c;
        if (build_commit(&c, o, members, n, res->today)) {
            commit_free(&c);
            goto nomem;
        }
        bool keep = true;
        if ((flags & KI_COMMITS_OPEN) && c.status == KI_REL_SETTLED)
            keep = false;
        if ((flags & KI_COMMITS_OVERDUE) && !c.overdue)
            keep = false;
        if (keep)
            res->items[res->n++] = c;
        else
            commit_free(&c);
    }
    qsort(res->items, res->n, sizeof *res->items, cmp_commit);
    *out = res;
    res = NULL;
    st = KI_OK;
    goto done;
nomem:
    st = ki_err_set(err, KI_ERR_NOMEM, "out of memory");
done:
    ki_commits_free(res);
    for (size_t i = 0; i < nkeys; i++)
        free(keys[i].key);
    free(keys);
    free(members);
    free(o);
    for (size_t i = 0; i < nrecs; i++)
        ki_json_free(recs[i]);
    free(recs);
    return st;
}

const char *ki_commit_status(const ki_commit *c)
{
    return c->status <= KI_REL_CITED ? "open" : ki_rel_to_str(c->status);
}

static ki_status mention_json(const ki_cmention *m, ki_buf *out, bool with_relation)
{
    TRY(ki_json_member(out, '{', "doc", m->doc));
    TRY(ki_json_member(out, ',', "file", m->file));
    TRY(ki_json_member(out, ',', "title", m->title));
    TRY(ki_json_member(out, ',', "date", m->date));
    if (with_relation)
        TRY(ki_json_member(out, ',', "relation", ki_rel_to_str(m->relation)));
    if (m->page > 0)
        TRY(ki_buf_addf(out, ",\"page\":%d", m->page));
    else
        TRY(ki_buf_adds(out, ",\"page\":null"));
    TRY(ki_json_member(out, ',', "evidence", m->evidence));
    return ki_buf_addc(out, '}');
}

ki_status ki_commit_json(const ki_commit *c, ki_buf *out)
{
    TRY(ki_json_member(out, '{', "actor", c->actor_key));
    TRY(ki_buf_adds(out, ",\"actors\":["));
    for (size_t i = 0; i < c->nactors; i++) {
        if (i)
            TRY(ki_buf_addc(out, ','));
        TRY(ki_json_str(out, c->actors[i]));
    }
    TRY(ki_buf_addc(out, ']'));
    TRY(ki_json_member(out, ',', "venue", c->venue));
    TRY(ki_json_member(out, ',', "date", c->date));
    TRY(ki_json_member(out, ',', "deadline", c->deadline));
    TRY(ki_json_member(out, ',', "due", c->due));
    TRY(ki_json_member(out, ',', "subject", c->subject));
    TRY(ki_json_member(out, ',', "status", ki_commit_status(c)));
    TRY(ki_buf_addf(out, ",\"overdue\":%s,\"made_in\":", c->overdue ? "true" : "false"));
    if (c->made.doc || c->made.file)
        TRY(mention_json(&c->made, out, false));
    else
        TRY(ki_buf_adds(out, "null"));
    TRY(ki_buf_adds(out, ",\"handled_by\":["));
    for (size_t i = 0; i < c->nhandled; i++) {
        if (i)
            TRY(ki_buf_addc(out, ','));
        TRY(mention_json(&c->handled[i], out, true));
    }
    return ki_buf_adds(out, "]}");
}
