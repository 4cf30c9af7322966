/*
 * table.c - the "moties en toezeggingen" bijlage of a letter and of a dossier.
 *
 * Rows are built as strings in a small pool (every cell text is owned by
 * the builder), then handed to format.c as a ki_table, which does all the
 * escaping for the chosen format.
 */
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../index/schema.h"
#include "../util/json.h"
#include "lookup.h"
#include "record.h"
#include "ref.h"

enum { COL_SOORT, COL_OMSCHRIJVING, COL_INDIENERS, COL_VINDPLAATS, COL_DATUM, COL_STAND,
       COL_BEHANDELD, /* dossier tables only */
       COL_ID, COL_RELATION, COL_DATE, COL_PAGE, COL_EVIDENCE, NCOLS };

static const char *const doc_headers[NCOLS] = {
    "Soort", "Omschrijving", "Indiener(s) / Bewindspersoon", "Vindplaats", "Datum",
    "Stand van zaken", "Behandeld in", "id", "relation", "date", "page", "evidence"};
static const char *const doc_keys[NCOLS] = {
    "soort", "omschrijving", "indieners", "vindplaats", "datum", "stand", "behandeld_in",
    "id", "relation", "date", "page", "evidence"};

typedef struct builder {
    ki_cell *cells; /* nrows * NCOLS */
    size_t nrows, cap;
    char **pool;    /* every string a cell points to */
    size_t npool, poolcap;
    ki_status st;   /* first failure; later calls do nothing */
} builder;

static const char *keep(builder *b, char *s)
{
    if (!s)
        return NULL;
    if (b->st) {
        free(s);
        return NULL;
    }
    if (b->npool == b->poolcap) {
        size_t cap = b->poolcap ? 2 * b->poolcap : 64;
        char **n = realloc(b->pool, cap * sizeof *n);
        if (!n) {
            free(s);
            b->st = KI_ERR_NOMEM;
            return NULL;
        }
        b->pool = n;
        b->poolcap = cap;
    }
    b->pool[b->npool++] = s;
    return s;
}

static const char *keep_copy(builder *b, const char *s)
{
    if (!s)
        return NULL;
    char *c = strdup(s);
    if (!c) {
        b->st = KI_ERR_NOMEM;
        return NULL;
    }
    return keep(b, c);
}

static const char *keep_buf(builder *b, ki_buf *buf)
{
    if (!buf->len) {
        ki_buf_free(buf);
        return NULL;
    }
    return keep(b, ki_buf_detach(buf, NULL));
}

static ki_cell *new_row(builder *b)
{
    if (b->st)
        return NULL;
    if (b->nrows == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 16;
        ki_cell *n = realloc(b->cells, cap * NCOLS * sizeof *n);
        if (!n) {
            b->st = KI_ERR_NOMEM;
            return NULL;
        }
        b->cells = n;
        b->cap = cap;
    }
    ki_cell *row = &b->cells[b->nrows++ * NCOLS];
    memset(row, 0, NCOLS * sizeof *row);
    return row;
}

static void builder_free(builder *b)
{
    for (size_t i = 0; i < b->npool; i++)
        free(b->pool[i]);
    free(b->pool);
    free(b->cells);
}

const char *ki_table_stand(int relation)
{
    switch (relation) {
    case KI_REL_SETTLED: return "Afgedaan";
    case KI_REL_PROGRESS: return "Lopend";
    case KI_REL_ADDRESSED: return "In behandeling";
    case KI_REL_CITED: return "Genoemd";
    case KI_REL_MADE: return "Nieuwe toezegging";
    default: return "Nog geen reactie";
    }
}

void ki_date_dutch(const char *iso, char *out, size_t outsz)
{
    static const char *const months[12] = {"januari", "februari", "maart", "april", "mei", "juni",
                                           "juli", "augustus", "september", "oktober",
                                           "november", "december"};
    int y, m, d;
    if (outsz == 0)
        return;
    if (iso && strlen(iso) == 10 && sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 &&
        m <= 12 && d >= 1 && d <= 31)
        snprintf(out, outsz, "%d %s %d", d, months[m - 1], y);
    else
        snprintf(out, outsz, "%s", iso ? iso : "");
}

static const char *keep_dutch_date(builder *b, const char *iso)
{
    char d[64];
    if (!iso)
        return NULL;
    ki_date_dutch(iso, d, sizeof d);
    return keep_copy(b, d);
}

static const char *keep_url(builder *b, const char *id)
{
    char u[256];
    return ki_ref_url(id, u, sizeof u) == KI_OK ? keep_copy(b, u) : NULL;
}

/* "Van der Werf (D66), Mutluer (GL-PvdA) c.s." from a sponsors array. */
static const char *sponsors_text(builder *b, const ki_sponsor *sp, size_t n, bool cs)
{
    ki_buf t = KI_BUF_INIT;
    for (size_t i = 0; i < n && !b->st; i++) {
        if ((i && ki_buf_adds(&t, ", ")) || ki_buf_adds(&t, sp[i].name ? sp[i].name : "?") ||
            (sp[i].party && ki_buf_addf(&t, " (%s)", sp[i].party)))
            b->st = KI_ERR_NOMEM;
    }
    if (cs && n && ki_buf_adds(&t, " c.s."))
        b->st = KI_ERR_NOMEM;
    return keep_buf(b, &t);
}

/* "Kamerstukken II 2023-2024, 29279, nr. 889" from the record's kamerstukken
 * entry for id, else "Kamerstuk 29279, nr. 889". */
static const char *citation(builder *b, const ki_json *rec, const char *id)
{
    const ki_json *ks = ki_json_get(rec, "kamerstukken");
    const ki_json *k = NULL;
    for (size_t i = 0; i < ki_json_len(ks) && !k; i++) {
        const char *kid = ki_json_getstr(ki_json_at(ks, i), "id");
        if (kid && strcmp(kid, id) == 0)
            k = ki_json_at(ks, i);
    }
    ki_ref r;
    if (ki_ref_parse(id, &r, NULL) != KI_OK || r.kind != KI_REF_KST)
        return keep_copy(b, id);
    ki_buf t = KI_BUF_INIT;
    const char *chamber = ki_json_getstr(k, "chamber"), *year = ki_json_getstr(k, "year");
    ki_status st = KI_OK;
    if (year)
        st = ki_buf_addf(&t, "Kamerstukken %s %s, ", chamber ? chamber : "II", year);
    else
        st = ki_buf_adds(&t, "Kamerstuk ");
    if (!st)
        st = r.sub[0] ? ki_buf_addf(&t, "%s-%s, nr. %s", r.dossier, r.sub, r.nr)
                      : ki_buf_addf(&t, "%s, nr. %s", r.dossier, r.nr);
    if (st) {
        b->st = st;
        ki_buf_free(&t);
        return NULL;
    }
    return keep_buf(b, &t);
}

static const char *page_text(builder *b, int page)
{
    char p[16];
    if (page <= 0)
        return NULL;
    snprintf(p, sizeof p, "%d", page);
    return keep_copy(b, p);
}

static bool wanted(int rel, unsigned flags)
{
    return (flags & KI_TABLE_ALL) || rel == KI_REL_SETTLED || rel == KI_REL_PROGRESS ||
           rel == KI_REL_ADDRESSED;
}

static ki_status motion_rows(builder *b, ki_db *db, const ki_json *rec, unsigned flags,
                             ki_err *err)
{
    const ki_json *ms = ki_json_get(rec, "motions");
    for (size_t i = 0; i < ki_json_len(ms) && !b->st; i++) {
        const ki_json *m = ki_json_at(ms, i);
        const char *id = ki_json_getstr(m, "kamerstuk");
        int rel = ki_rel_from_str(ki_json_getstr(m, "relation"));
        if (rel < 0)
            rel = KI_REL_CITED;
        /* one row per motion: its strongest mention, the first of equals */
        bool dup = false;
        for (size_t k = 0; k < ki_json_len(ms) && !dup; k++) {
            const ki_json *o = ki_json_at(ms, k);
            const char *oid = ki_json_getstr(o, "kamerstuk");
            int orel = ki_rel_from_str(ki_json_getstr(o, "relation"));
            if (k != i && id && oid && strcmp(id, oid) == 0 && (orel > rel || (orel == rel && k < i)))
                dup = true;
        }
        if (dup || !wanted(rel, flags))
            continue;

        /* sponsors, subject and date: the mention, else the motion's own document */
        ki_mreport *mr = NULL;
        if (id) {
            ki_status st = ki_motion_lookup(db, id, &mr, err);
            if (st && st != KI_ERR_USAGE)
                return st;
        }
        ki_cell *row = new_row(b);
        if (!row)
            break;
        const ki_json *sp = ki_json_get(m, "sponsors");
        row[COL_SOORT].text = "Motie";
        /* the motion's own document (or the first letter naming them) beats
         * this mention's paraphrase */
        const char *subject = mr && mr->subject ? mr->subject : ki_json_getstr(m, "subject");
        row[COL_OMSCHRIJVING].text = keep_copy(b, subject ? subject : ki_json_getstr(m, "text"));
        if (mr && mr->nsponsors) {
            row[COL_INDIENERS].text = sponsors_text(b, mr->sponsors, mr->nsponsors, mr->cs);
        } else if (ki_json_len(sp)) {
            size_t n = ki_json_len(sp);
            ki_sponsor *tmp = calloc(n, sizeof *tmp);
            if (!tmp)
                b->st = KI_ERR_NOMEM;
            for (size_t k = 0; tmp && k < n; k++) {
                tmp[k].name = (char *)ki_json_getstr(ki_json_at(sp, k), "name");
                tmp[k].party = (char *)ki_json_getstr(ki_json_at(sp, k), "party");
            }
            if (tmp)
                row[COL_INDIENERS].text = sponsors_text(b, tmp, n, ki_json_getbool(m, "cs", false));
            free(tmp);
        }
        if (id) {
            row[COL_VINDPLAATS].text = citation(b, rec, id);
            row[COL_VINDPLAATS].href = keep_url(b, id);
        }
        if (mr && mr->date) {
            row[COL_DATUM].text = keep_dutch_date(b, mr->date);
            row[COL_DATE].text = keep_copy(b, mr->date);
        }
        row[COL_STAND].text = ki_table_stand(rel);
        row[COL_ID].text = keep_copy(b, id);
        row[COL_RELATION].text = ki_rel_to_str(rel);
        row[COL_PAGE].text = page_text(b, (int)ki_json_getnum(m, "page", 0));
        const char *ev = ki_json_getstr(m, "evidence");
        row[COL_EVIDENCE].text = keep_copy(b, ev ? ev : ki_json_getstr(m, "text"));
        ki_mreport_free(mr);
    }
    return KI_OK;
}

static void commitment_rows(builder *b, const ki_json *rec, unsigned flags)
{
    const ki_json *cs = ki_json_get(rec, "commitments");
    for (size_t i = 0; i < ki_json_len(cs) && !b->st; i++) {
        const ki_json *c = ki_json_at(cs, i);
        int rel = ki_rel_from_str(ki_json_getstr(c, "relation"));
        if (rel < 0)
            rel = KI_REL_CITED;
        if (!wanted(rel, flags))
            continue;
        ki_cell *row = new_row(b);
        if (!row)
            break;
        row[COL_SOORT].text = "Toezegging";
        const char *subject = ki_json_getstr(c, "subject");
        row[COL_OMSCHRIJVING].text = keep_copy(b, subject ? subject : ki_json_getstr(c, "text"));
        const ki_json *actors = ki_json_get(c, "actors");
        ki_buf t = KI_BUF_INIT;
        for (size_t k = 0; k < ki_json_len(actors); k++) {
            const ki_json *a = ki_json_at(actors, k);
            if (a->type == KI_JSON_STRING &&
                ((t.len && ki_buf_adds(&t, ", ")) || ki_buf_adds(&t, a->string)))
                b->st = KI_ERR_NOMEM;
        }
        row[COL_INDIENERS].text = keep_buf(b, &t);

        /* Vindplaats: the debate, with the first reference that has a page */
        const char *venue = ki_json_getstr(c, "venue");
        const ki_json *refs = ki_json_get(c, "refs");
        const char *linked = NULL;
        for (size_t k = 0; k < ki_json_len(refs) && !linked; k++) {
            const ki_json *r = ki_json_at(refs, k);
            char u[256];
            if (r->type == KI_JSON_STRING && ki_ref_url(r->string, u, sizeof u) == KI_OK)
                linked = r->string;
        }
        ki_buf v = KI_BUF_INIT;
        if (venue && ki_buf_adds(&v, venue))
            b->st = KI_ERR_NOMEM;
        if (linked && (v.len ? ki_buf_addf(&v, " (%s)", linked) : ki_buf_adds(&v, linked)))
            b->st = KI_ERR_NOMEM;
        row[COL_VINDPLAATS].text = keep_buf(b, &v);
        row[COL_VINDPLAATS].href = linked ? keep_url(b, linked) : NULL;
        const char *date = ki_json_getstr(c, "date");
        row[COL_DATUM].text = keep_dutch_date(b, date);
        row[COL_DATE].text = keep_copy(b, date);
        row[COL_STAND].text = ki_table_stand(rel);
        row[COL_RELATION].text = ki_rel_to_str(rel);
        row[COL_PAGE].text = page_text(b, (int)ki_json_getnum(c, "page", 0));
        const char *ev = ki_json_getstr(c, "evidence");
        row[COL_EVIDENCE].text = keep_copy(b, ev ? ev : ki_json_getstr(c, "text"));
    }
}

static ki_status emit(builder *b, ki_format f, const char *title, const char *json_head,
                      bool dossier, ki_buf *out)
{
    /* Doc tables have no "Behandeld in": move the JSON-only columns left. */
    const char *headers[NCOLS], *keys[NCOLS];
    size_t map[NCOLS], n = 0;
    for (size_t c = 0; c < NCOLS; c++)
        if (dossier || c != COL_BEHANDELD)
            map[n++] = c;
    ki_cell *cells = calloc(b->nrows ? b->nrows * n : 1, sizeof *cells);
    if (!cells)
        return KI_ERR_NOMEM;
    for (size_t c = 0; c < n; c++) {
        headers[c] = doc_headers[map[c]];
        keys[c] = doc_keys[map[c]];
    }
    for (size_t r = 0; r < b->nrows; r++)
        for (size_t c = 0; c < n; c++)
            cells[r * n + c] = b->cells[r * NCOLS + map[c]];
    ki_table t = {n, dossier ? COL_BEHANDELD + 1 : COL_STAND + 1, headers, keys, b->nrows, cells};
    ki_status st = KI_OK;
    if (f == KI_FMT_JSON) {
        st = ki_buf_adds(out, json_head);
        if (!st)
            st = ki_buf_adds(out, ",\"rows\":");
        if (!st)
            st = ki_table_write(out, &t, f, NULL);
        if (!st)
            st = ki_buf_adds(out, "}\n");
    } else {
        st = ki_table_write(out, &t, f, title);
    }
    free(cells);
    return st;
}

ki_status ki_table_of_doc(ki_db *db, const char *doc, unsigned flags, ki_format f, ki_buf *out,
                          ki_err *err)
{
    unsigned docid;
    ki_json *rec = NULL;
    ki_status st = ki_record_find(db, doc, &docid, err);
    if (!st)
        st = ki_record_load(db, docid, &rec, err);
    if (st)
        return st;
    builder b = {0};
    st = motion_rows(&b, db, rec, flags, err);
    if (!st)
        commitment_rows(&b, rec, flags);
    if (!st)
        st = b.st;
    ki_buf title = KI_BUF_INIT, head = KI_BUF_INIT;
    if (!st) {
        const char *t = ki_json_getstr(rec, "title"), *id = ki_json_getstr(rec, "doc");
        st = ki_buf_addf(&title, "Moties en toezeggingen: %s%s%s%s", t ? t : (id ? id : doc),
                         t && id ? " (" : "", t && id ? id : "", t && id ? ")" : "");
    }
    if (!st) {
        st = ki_json_member(&head, '{', "doc", ki_json_getstr(rec, "doc"));
        if (!st)
            st = ki_json_member(&head, ',', "file", ki_record_file(rec));
        if (!st)
            st = ki_json_member(&head, ',', "title", ki_json_getstr(rec, "title"));
        if (!st)
            st = ki_json_member(&head, ',', "date", ki_json_getstr(rec, "date"));
    }
    if (!st)
        st = emit(&b, f, ki_buf_str(&title), ki_buf_str(&head), false, out);
    if (st == KI_ERR_NOMEM)
        ki_err_set(err, st, "out of memory");
    ki_buf_free(&title);
    ki_buf_free(&head);
    builder_free(&b);
    ki_json_free(rec);
    return st;
}

ki_status ki_table_of_dossier(ki_db *db, const char *dossier, ki_format f, ki_buf *out,
                              ki_err *err)
{
    char d[32];
    ki_mreport **rs = NULL;
    size_t n = 0;
    ki_status st = ki_dossier_parse(dossier, d, sizeof d, err);
    if (!st)
        st = ki_motions_of_dossier(db, d, &rs, &n, err);
    if (st)
        return st;
    builder b = {0};
    for (size_t i = 0; i < n && !b.st; i++) {
        const ki_mreport *r = rs[i];
        ki_cell *row = new_row(&b);
        if (!row)
            break;
        row[COL_SOORT].text = "Motie";
        row[COL_OMSCHRIJVING].text = keep_copy(&b, r->subject);
        row[COL_INDIENERS].text = sponsors_text(&b, r->sponsors, r->nsponsors, r->cs);
        ki_ref ref;
        if (ki_ref_parse(r->id, &ref, NULL) == KI_OK) {
            ki_buf c = KI_BUF_INIT;
            if (ref.sub[0] ? ki_buf_addf(&c, "Kamerstuk %s-%s, nr. %s", ref.dossier, ref.sub, ref.nr)
                           : ki_buf_addf(&c, "Kamerstuk %s, nr. %s", ref.dossier, ref.nr))
                b.st = KI_ERR_NOMEM;
            row[COL_VINDPLAATS].text = keep_buf(&b, &c);
        }
        row[COL_VINDPLAATS].href = keep_url(&b, r->id);
        row[COL_DATUM].text = keep_dutch_date(&b, r->date);
        row[COL_DATE].text = keep_copy(&b, r->date);
        row[COL_STAND].text = ki_table_stand(r->furthest);
        ki_buf h = KI_BUF_INIT;
        for (size_t k = 0; k < r->nletters; k++) {
            const ki_mletter *l = &r->letters[k];
            if ((k && ki_buf_adds(&h, "; ")) ||
                ki_buf_addf(&h, "%s (%s, %s)", l->doc ? l->doc : (l->file ? l->file : "?"),
                            l->date ? l->date : "zonder datum", ki_rel_to_str(l->relation)))
                b.st = KI_ERR_NOMEM;
        }
        row[COL_BEHANDELD].text = keep_buf(&b, &h);
        if (r->nletters && r->letters[0].doc)
            row[COL_BEHANDELD].href = keep_url(&b, r->letters[0].doc);
        row[COL_ID].text = keep_copy(&b, r->id);
        row[COL_RELATION].text = r->furthest >= 0 ? ki_rel_to_str(r->furthest) : NULL;
    }
    for (size_t i = 0; i < n; i++)
        ki_mreport_free(rs[i]);
    free(rs);
    st = b.st;
    ki_buf title = KI_BUF_INIT, head = KI_BUF_INIT;
    if (!st)
        st = ki_buf_addf(&title, "Moties in dossier %s", d);
    if (!st)
        st = ki_json_member(&head, '{', "dossier", d);
    if (!st)
        st = emit(&b, f, ki_buf_str(&title), ki_buf_str(&head), true, out);
    if (st == KI_ERR_NOMEM)
        ki_err_set(err, st, "out of memory");
    ki_buf_free(&title);
    ki_buf_free(&head);
    builder_free(&b);
    return st;
}
