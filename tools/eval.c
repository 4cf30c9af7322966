/*
 * eval - precision, recall and F1 of reference detection over the gold
 * corpus (tests/gold, format in tests/gold/README.md).
 *
 *   eval [-v] [--check] DIR
 *
 * Reads DIR/snippets.jsonl (one annotated snippet per line) and every
 * DIR/docs/NAME.txt or DIR/docs/NAME.pdf with its NAME.expected.json, runs
 * the real detector on each text and compares.  A PDF is read by
 * ki_extract_file(), the path `kamerindex refs FILE.pdf` takes.  Lists are exhaustive: anything found that the
 * gold does not list is a false positive.
 *
 * Categories: kamerstukken, handelingen, tk_numbers (matched on id);
 * motions (on kamerstuk, else the first sponsor's name); commitments (on
 * the set of actors plus the date).  Fields of matched records are scored
 * only where the gold gives them, each check counting as one hit or one
 * miss: kamerstukken.fields (chamber, year, rijkswet), motions.fields
 * (sponsors, cs), motions.relation, commitments.fields (venue, deadline,
 * refs), commitments.relation, doc (kind, date, self_id).
 *
 * --check compares each category's F1 with DIR/floors.txt ("category
 * min_f1" lines) and exits 1 when any is below its floor.  -v prints each
 * mismatch.
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../ingest/detect.h"
#include "../ingest/extract.h"
#include "../ingest/textfile.h"
#include "../util/buf.h"
#include "../util/json.h"

enum { C_KST, C_KSTF, C_HAND, C_TK, C_MOT, C_MOTF, C_MOTR, C_COM, C_COMF, C_COMR, C_DOC, NCAT };
static const char *const catname[NCAT] = {
    "kamerstukken", "kamerstukken.fields", "handelingen", "tk_numbers", "motions",
    "motions.fields", "motions.relation", "commitments", "commitments.fields",
    "commitments.relation", "doc",
};

static long tp[NCAT], fp[NCAT], fn[NCAT];
static bool verbose;
static const char *cur_id;

static void miss(int cat, const char *fmt, const char *a, const char *b)
{
    if (!verbose)
        return;
    printf("  [%s] %s: ", cur_id, catname[cat]);
    printf(fmt, a ? a : "null", b ? b : "null");
    putchar('\n');
}

/* one field check: gold value g (key present) against found f */
static void field(int cat, const char *name, const char *g, const char *f)
{
    bool ok = (!g && !f) || (g && f && strcmp(g, f) == 0);
    if (ok)
        tp[cat]++;
    else {
        fp[cat]++;
        fn[cat]++;
        if (verbose)
            printf("  [%s] %s.%s: gold %s, found %s\n", cur_id, catname[cat], name, g ? g : "null",
                   f ? f : "null");
    }
}

static bool has_key(const ki_json *o, const char *k)
{
    for (const ki_json *c = o ? o->child : NULL; c; c = c->next)
        if (c->key && strcmp(c->key, k) == 0)
            return true;
    return false;
}

/* lower case, blanks collapsed, "van " before a year dropped */
static void norm(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    bool sp = false;
    for (; s && *s && o + 2 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\n' || c == '\t') {
            sp = o > 0;
            continue;
        }
        if (sp)
            out[o++] = ' ';
        sp = false;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[o] = '\0';
    char *v;
    while ((v = strstr(out, "van ")) && v[4] >= '0' && v[4] <= '9')
        memmove(v, v + 4, strlen(v + 4) + 1);
}

/* A reference is scored once per document however often the text repeats
 * it (the gold lists each id once); gold ids listed twice are two. */
static void score_ids(int cat, const ki_json *gold, const char **found, size_t nfound)
{
    size_t nu = 0;
    for (size_t i = 0; i < nfound; i++) {
        bool seen = false;
        for (size_t j = 0; j < nu && !seen; j++)
            seen = strcmp(found[j], found[i]) == 0;
        if (!seen)
            found[nu++] = found[i];
    }
    nfound = nu;
    size_t ng = ki_json_len(gold);
    bool *used = calloc(nfound + 1, 1);
    for (size_t i = 0; i < ng; i++) {
        const char *id = ki_json_getstr(ki_json_at(gold, i), "id");
        bool hit = false;
        for (size_t j = 0; j < nfound && !hit; j++)
            if (!used[j] && id && strcmp(found[j], id) == 0)
                used[j] = hit = true;
        if (hit)
            tp[cat]++;
        else {
            fn[cat]++;
            miss(cat, "missed %s%s", id, "");
        }
    }
    for (size_t j = 0; j < nfound; j++)
        if (!used[j]) {
            fp[cat]++;
            miss(cat, "extra %s%s", found[j], "");
        }
    free(used);
}

static void score(const ki_json *g, const ki_refs *r)
{
    const char *ids[4096];
    size_t n;
    /* kamerstukken */
    n = 0;
    for (size_t i = 0; i < r->nkamerstukken && n < 4096; i++)
        ids[n++] = r->kamerstukken[i].id;
    const ki_json *gk = ki_json_get(g, "kamerstukken");
    score_ids(C_KST, gk, ids, n);
    for (size_t i = 0; i < ki_json_len(gk); i++) {
        const ki_json *e = ki_json_at(gk, i);
        const char *id = ki_json_getstr(e, "id");
        for (size_t j = 0; j < r->nkamerstukken; j++) {
            const ki_kamerstuk *k = &r->kamerstukken[j];
            if (!id || strcmp(k->id, id) != 0)
                continue;
            if (has_key(e, "chamber"))
                field(C_KSTF, "chamber", ki_json_getstr(e, "chamber"), k->chamber);
            if (has_key(e, "year"))
                field(C_KSTF, "year", ki_json_getstr(e, "year"), k->year);
            if (has_key(e, "rijkswet"))
                field(C_KSTF, "rijkswet", ki_json_getstr(e, "rijkswet"), k->rijkswet);
            break;
        }
    }
    n = 0;
    for (size_t i = 0; i < r->nhandelingen && n < 4096; i++)
        ids[n++] = r->handelingen[i].id;
    score_ids(C_HAND, ki_json_get(g, "handelingen"), ids, n);
    n = 0;
    for (size_t i = 0; i < r->ntk_numbers && n < 4096; i++)
        ids[n++] = r->tk_numbers[i].id;
    const ki_json *gt = ki_json_get(g, "tk_numbers");
    if (!gt)
        gt = ki_json_get(g, "documents");
    score_ids(C_TK, gt, ids, n);

    /* motions */
    const ki_json *gm = ki_json_get(g, "motions");
    bool *used = calloc(r->nmotions + 1, 1);
    for (size_t i = 0; i < ki_json_len(gm); i++) {
        const ki_json *e = ki_json_at(gm, i);
        const char *kst = ki_json_getstr(e, "kamerstuk");
        const ki_json *sp = ki_json_get(e, "sponsors");
        const char *first = ki_json_getstr(ki_json_at(sp, 0), "name");
        long hit = -1;
        for (size_t j = 0; j < r->nmotions && hit < 0; j++) {
            const ki_motion *m = &r->motions[j];
            if (used[j])
                continue;
            if (kst ? (m->kamerstuk && strcmp(m->kamerstuk, kst) == 0)
                    : (first && m->nsponsors && strcasecmp(m->sponsors[0].name, first) == 0))
                hit = (long)j;
        }
        if (hit < 0) {
            fn[C_MOT]++;
            miss(C_MOT, "missed %s %s", kst, first);
            continue;
        }
        used[hit] = true;
        tp[C_MOT]++;
        const ki_motion *m = &r->motions[hit];
        if (sp) {
            bool ok = ki_json_len(sp) == m->nsponsors;
            for (size_t s = 0; ok && s < m->nsponsors; s++) {
                const ki_json *se = ki_json_at(sp, s);
                const char *nm = ki_json_getstr(se, "name"), *pt = ki_json_getstr(se, "party");
                ok = nm && strcasecmp(nm, m->sponsors[s].name) == 0 &&
                     ((!pt && !m->sponsors[s].party) ||
                      (pt && m->sponsors[s].party && strcmp(pt, m->sponsors[s].party) == 0));
            }
            field(C_MOTF, "sponsors", ok ? "ok" : "as gold", ok ? "ok" : (m->nsponsors ? m->sponsors[0].name : "none"));
        }
        if (has_key(e, "cs"))
            field(C_MOTF, "cs", ki_json_getbool(e, "cs", false) ? "true" : "false", m->cs ? "true" : "false");
        if (has_key(e, "relation"))
            field(C_MOTR, "relation", ki_json_getstr(e, "relation"), ki_relation_str(m->relation));
    }
    for (size_t j = 0; j < r->nmotions; j++)
        if (!used[j]) {
            fp[C_MOT]++;
            miss(C_MOT, "extra %s %s", r->motions[j].kamerstuk,
                 r->motions[j].nsponsors ? r->motions[j].sponsors[0].name : NULL);
        }
    free(used);

    /* commitments */
    const ki_json *gc = ki_json_get(g, "commitments");
    used = calloc(r->ncommitments + 1, 1);
    for (size_t i = 0; i < ki_json_len(gc); i++) {
        const ki_json *e = ki_json_at(gc, i);
        const ki_json *ga = ki_json_get(e, "actors");
        const char *gd = ki_json_getstr(e, "date");
        long hit = -1;
        for (size_t j = 0; j < r->ncommitments && hit < 0; j++) {
            const ki_commitment *c = &r->commitments[j];
            if (used[j] || c->nactors != ki_json_len(ga))
                continue;
            bool ok = (!gd && !c->date) || (gd && c->date && strcmp(gd, c->date) == 0);
            for (size_t a = 0; ok && a < ki_json_len(ga); a++) {
                const char *x = ki_json_at(ga, a) ? ki_json_at(ga, a)->string : NULL;
                bool in = false;
                for (size_t b = 0; b < c->nactors; b++)
                    in = in || (x && strcmp(x, c->actors[b]) == 0);
                ok = in;
            }
            if (ok)
                hit = (long)j;
        }
        if (hit < 0) {
            char acts[128] = "";
            for (size_t a = 0; a < ki_json_len(ga); a++) {
                const ki_json *x = ki_json_at(ga, a);
                size_t al = strlen(acts);
                if (x && x->string)
                    snprintf(acts + al, sizeof acts - al, "%s,", x->string);
            }
            fn[C_COM]++;
            miss(C_COM, "missed [%s] %s", acts, gd);
            continue;
        }
        used[hit] = true;
        tp[C_COM]++;
        const ki_commitment *c = &r->commitments[hit];
        if (has_key(e, "venue")) {
            char a[256], b[256];
            norm(ki_json_getstr(e, "venue"), a, sizeof a);
            norm(c->venue, b, sizeof b);
            bool ok = (!ki_json_getstr(e, "venue") && !c->venue) ||
                      (ki_json_getstr(e, "venue") && c->venue && (strcmp(a, b) == 0));
            field(C_COMF, "venue", ki_json_getstr(e, "venue"), ok ? ki_json_getstr(e, "venue") : c->venue);
        }
        if (has_key(e, "deadline")) {
            char a[256], b[256];
            norm(ki_json_getstr(e, "deadline"), a, sizeof a);
            norm(c->deadline, b, sizeof b);
            bool ok = (!ki_json_getstr(e, "deadline") && !c->deadline) ||
                      (ki_json_getstr(e, "deadline") && c->deadline && strcmp(a, b) == 0);
            field(C_COMF, "deadline", ki_json_getstr(e, "deadline"), ok ? ki_json_getstr(e, "deadline") : c->deadline);
        }
        if (has_key(e, "refs")) {
            const ki_json *gr = ki_json_get(e, "refs");
            bool ok = ki_json_len(gr) == c->nrefs;
            for (size_t a = 0; ok && a < ki_json_len(gr); a++) {
                const char *x = ki_json_at(gr, a)->string;
                bool in = false;
                for (size_t b = 0; b < c->nrefs; b++)
                    in = in || (x && strcmp(x, c->refs[b]) == 0);
                ok = in;
            }
            field(C_COMF, "refs", "as gold", ok ? "as gold" : "other");
        }
        if (has_key(e, "relation"))
            field(C_COMR, "relation", ki_json_getstr(e, "relation"), ki_relation_str(c->relation));
    }
    for (size_t j = 0; j < r->ncommitments; j++)
        if (!used[j]) {
            fp[C_COM]++;
            miss(C_COM, "extra %s %s", r->commitments[j].nactors ? r->commitments[j].actors[0] : NULL,
                 r->commitments[j].text);
        }
    free(used);
}

static void score_doc(const ki_json *doc, const ki_refs *r)
{
    if (!doc)
        return;
    if (has_key(doc, "kind"))
        field(C_DOC, "kind", ki_json_getstr(doc, "kind"), r->kind);
    if (has_key(doc, "date"))
        field(C_DOC, "date", ki_json_getstr(doc, "date"), r->date);
    if (has_key(doc, "self_id"))
        field(C_DOC, "self_id", ki_json_getstr(doc, "self_id"), r->self_id);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ki_buf b = KI_BUF_INIT;
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (ki_buf_add(&b, tmp, k)) {
            fclose(f);
            ki_buf_free(&b);
            return NULL;
        }
    fclose(f);
    if (ki_buf_addc(&b, '\0')) {
        ki_buf_free(&b);
        return NULL;
    }
    b.len--;
    return ki_buf_detach(&b, len);
}

/* detects in t (NULL: extraction failed), scores, frees t */
static int run_text(ki_detector *d, ki_text *t, const char *date, const ki_json *gold,
                    const ki_json *doc, const ki_json *doc2)
{
    ki_refs *r = NULL;
    ki_err err;
    if (!t || ki_detect(d, t, date, &r, &err)) {
        fprintf(stderr, "eval: %s: detection failed\n", cur_id);
        ki_text_free(t);
        return -1;
    }
    score(gold, r);
    score_doc(doc, r);
    score_doc(doc2, r);
    ki_refs_free(r);
    ki_text_free(t);
    return 0;
}

static int run_one(ki_detector *d, const char *text, size_t len, const char *date,
                   const ki_json *gold, const ki_json *doc, const ki_json *doc2)
{
    /* the text as `kamerindex refs FILE.txt` sees it: decoded and
     * normalised like a text file (no-break spaces, dashes, ligatures) */
    ki_text *t = NULL;
    ki_err err;
    if (ki_textfile_decode(text, len, &t, &err) == KI_ERR_NO_TEXT)
        t = ki_text_from_string(text, len);
    return run_text(d, t, date, gold, doc, doc2);
}

int main(int argc, char **argv)
{
    bool check = false;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--check") == 0)
            check = true;
        else if (strcmp(argv[i], "-v") == 0)
            verbose = true;
        else
            dir = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: eval [-v] [--check] DIR\n");
        return 2;
    }
    ki_detector *d;
    ki_err err;
    if (ki_detector_new(&d, &err)) {
        fprintf(stderr, "eval: %s\n", err.msg);
        return 2;
    }
    char path[4096];
    size_t len;
    int nsnip = 0, ndocs = 0, failed = 0;
    snprintf(path, sizeof path, "%s/snippets.jsonl", dir);
    char *all = slurp(path, &len);
    if (all) {
        char *line = all;
        while (line && *line) {
            char *nl = strchr(line, '\n');
            if (nl)
                *nl = '\0';
            if (*line) {
                ki_json *g = ki_json_parse(line, strlen(line), &err);
                if (!g) {
                    fprintf(stderr, "eval: snippets.jsonl: %s\n", err.msg);
                    failed++;
                } else {
                    cur_id = ki_json_getstr(g, "id");
                    const char *text = ki_json_getstr(g, "text");
                    if (text && run_one(d, text, strlen(text), ki_json_getstr(g, "date"), g,
                                        ki_json_get(g, "doc"), NULL))
                        failed++;
                    nsnip++;
                    ki_json_free(g);
                }
            }
            line = nl ? nl + 1 : NULL;
        }
        free(all);
    }
    snprintf(path, sizeof path, "%s/docs", dir);
    DIR *dd = opendir(path);
    if (dd) {
        struct dirent *de;
        char *names[1024];
        int nn = 0;
        while ((de = readdir(dd)) && nn < 1024) {
            size_t l = strlen(de->d_name);
            if (l > 4 && (strcmp(de->d_name + l - 4, ".txt") == 0 || strcmp(de->d_name + l - 4, ".pdf") == 0))
                names[nn++] = strdup(de->d_name);
        }
        closedir(dd);
        for (int i = 0; i < nn; i++) {
            char tpath[4096], jpath[4096];
            size_t tl, jl;
            snprintf(tpath, sizeof tpath, "%s/docs/%s", dir, names[i]);
            snprintf(jpath, sizeof jpath, "%s/docs/%.*s.expected.json", dir,
                     (int)(strlen(names[i]) - 4), names[i]);
            bool pdf = strcmp(names[i] + strlen(names[i]) - 4, ".pdf") == 0;
            char *text = pdf ? NULL : slurp(tpath, &tl), *js = slurp(jpath, &jl);
            ki_json *g = js ? ki_json_parse(js, jl, &err) : NULL;
            cur_id = names[i];
            if (pdf && g) {
                /* the PDF as `kamerindex refs FILE.pdf` reads it */
                ki_text *t = NULL;
                ki_err xerr = {{0}};
                if (ki_extract_file(tpath, &t, &xerr))
                    fprintf(stderr, "eval: %s: %s\n", names[i], xerr.msg);
                if (run_text(d, t, ki_json_getstr(g, "reference_date"), g, g,
                             ki_json_get(g, "own_reference")))
                    failed++;
                ndocs++;
            } else if (!text || !g) {
                fprintf(stderr, "eval: %s: cannot read the text or its expected.json\n", names[i]);
                failed++;
            } else {
                /* the document facts: top level, or "own_reference" */
                if (run_one(d, text, tl, ki_json_getstr(g, "reference_date"), g, g,
                            ki_json_get(g, "own_reference")))
                    failed++;
                ndocs++;
            }
            ki_json_free(g);
            free(text);
            free(js);
            free(names[i]);
        }
    }
    ki_detector_free(d);
    printf("gold: %d snippets, %d documents (%s)\n", nsnip, ndocs, dir);
    printf("%-22s %6s %6s %6s %7s %7s %7s\n", "category", "tp", "fp", "fn", "P", "R", "F1");
    double f1v[NCAT];
    for (int c = 0; c < NCAT; c++) {
        double p = tp[c] + fp[c] ? (double)tp[c] / (double)(tp[c] + fp[c]) : 1.0;
        double r = tp[c] + fn[c] ? (double)tp[c] / (double)(tp[c] + fn[c]) : 1.0;
        f1v[c] = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        printf("%-22s %6ld %6ld %6ld %7.3f %7.3f %7.3f\n", catname[c], tp[c], fp[c], fn[c], p, r, f1v[c]);
    }
    if (failed) {
        fprintf(stderr, "eval: %d inputs could not be evaluated\n", failed);
        return 1;
    }
    if (nsnip + ndocs == 0) {
        fprintf(stderr, "eval: no gold data in %s\n", dir);
        return 1;
    }
    if (!check)
        return 0;
    snprintf(path, sizeof path, "%s/floors.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "eval: %s: no floors to check against\n", path);
        return 1;
    }
    char line[256];
    int below = 0;
    bool cont = false; /* the rest of a line longer than line[] */
    while (fgets(line, sizeof line, f)) {
        char cat[64];
        double floor_f1;
        bool part = cont;
        cont = !strchr(line, '\n') && !feof(f);
        if (part || line[0] == '#' || sscanf(line, "%63s %lf", cat, &floor_f1) != 2)
            continue;
        int c = 0;
        while (c < NCAT && strcmp(catname[c], cat) != 0)
            c++;
        if (c == NCAT) {
            fprintf(stderr, "eval: floors.txt: unknown category %s\n", cat);
            below++;
        } else if (f1v[c] + 1e-9 < floor_f1) {
            fprintf(stderr, "eval: %s F1 %.3f is below its floor %.3f\n", cat, f1v[c], floor_f1);
            below++;
        }
    }
    fclose(f);
    return below ? 1 : 0;
}
