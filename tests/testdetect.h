/*
 * testdetect.h - ki_detect() on a string, and the checks the detector's
 * test files share, for the unit tests of the detector (tests only;
 * include after <cmocka.h> and "ingest/detect.h").
 */
#ifndef KI_TESTDETECT_H
#define KI_TESTDETECT_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* The references det finds in text, its own date taken as date (NULL: from
 * the text); a detection error fails the test.  The caller frees the result
 * with ki_refs_free(). */
static inline ki_refs *test_detect(ki_detector *det, const char *text, const char *date)
{
    ki_text *t = ki_text_from_string(text, strlen(text));
    ki_refs *r = NULL;
    ki_err err;
    assert_non_null(t);
    if (ki_detect(det, t, date, &r, &err))
        fail_msg("ki_detect: %s", err.msg);
    ki_text_free(t);
    return r;
}

/* Which ids test_ids_equal() reads: Kamerstukken, Handelingen, Kamer
 * document, zaak and toezegging numbers. */
enum { TEST_KST, TEST_HAND, TEST_TK };

/* The ids of one kind of r in document order, space separated, must be
 * want; the test fails with both when they differ. */
static inline void test_ids_equal(const ki_refs *r, int kind, const char *want)
{
    char got[2048] = "";
    size_t o = 0;
    size_t n = kind == TEST_KST ? r->nkamerstukken : kind == TEST_HAND ? r->nhandelingen : r->ntk_numbers;
    for (size_t i = 0; i < n; i++) {
        const char *id = kind == TEST_KST    ? r->kamerstukken[i].id
                         : kind == TEST_HAND ? r->handelingen[i].id
                                             : r->tk_numbers[i].id;
        int w = snprintf(got + o, sizeof got - o, "%s%s", o ? " " : "", id);
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
    }
    if (strcmp(got, want) != 0)
        fail_msg("got \"%s\", want \"%s\"", got, want);
}

/* The Kamerstuk ids of r in order, space separated, must be want. */
static inline void test_kst_equal(const ki_refs *r, const char *want)
{
    test_ids_equal(r, TEST_KST, want);
}

/* The motions of r in order, space separated, must be want; each as
 * "ID/SPONSORS" (ID "-" when null; SPONSORS all names joined by sep, or
 * only the first when sep is 0; "-" when none), with "/RELATION" after it
 * when relation is set.  The test fails with both when they differ. */
static inline void test_motions_equal(const ki_refs *r, const char *want, char sep, bool relation)
{
    char got[2048] = "";
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        int w = snprintf(got + o, sizeof got - o, "%s%s/", o ? " " : "", m->kamerstuk ? m->kamerstuk : "-");
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
        size_t ns = sep ? m->nsponsors : m->nsponsors > 0;
        for (size_t j = 0; j < ns || j == 0; j++) {
            w = snprintf(got + o, sizeof got - o, "%s%s", j ? (char[]){sep, 0} : "", m->nsponsors ? m->sponsors[j].name : "-");
            if (w < 0 || (size_t)w >= sizeof got - o)
                break;
            o += (size_t)w;
        }
        if (relation) {
            w = snprintf(got + o, sizeof got - o, "/%s", ki_relation_str(m->relation));
            if (w < 0 || (size_t)w >= sizeof got - o)
                break;
            o += (size_t)w;
        }
    }
    if (strcmp(got, want) != 0)
        fail_msg("got \"%s\", want \"%s\"", got, want);
}

/* Detects text (its own date date) and checks what it finds: the
 * Kamerstukken must be kst (test_kst_equal(); NULL: not checked) and the
 * motions motions (test_motions_equal() with sep and relation; NULL: not
 * checked).  The one body of the test files' check() helpers. */
static inline void test_check(ki_detector *det, const char *text, const char *date, const char *kst,
                              const char *motions, char sep, bool relation)
{
    ki_refs *r = test_detect(det, text, date);
    if (kst)
        test_kst_equal(r, kst);
    if (motions)
        test_motions_equal(r, motions, sep, relation);
    ki_refs_free(r);
}

/* The document metadata of r must be as asked: its kind kind, its self id
 * self (NULL: none), its title title and its date date (either NULL: not
 * checked); the test fails with the first that differs. */
static inline void test_meta_equal(const ki_refs *r, const char *kind, const char *title, const char *self,
                                   const char *date)
{
    if (!r->kind || strcmp(r->kind, kind) != 0)
        fail_msg("kind: got \"%s\", want \"%s\"", r->kind ? r->kind : "(null)", kind);
    if (title && (!r->title || strcmp(r->title, title) != 0))
        fail_msg("title: got \"%s\", want \"%s\"", r->title ? r->title : "(null)", title);
    if (self ? !r->self_id || strcmp(r->self_id, self) != 0 : r->self_id != NULL)
        fail_msg("self: got \"%s\", want \"%s\"", r->self_id ? r->self_id : "(null)", self ? self : "(null)");
    if (date && (!r->date || strcmp(r->date, date) != 0))
        fail_msg("date: got \"%s\", want \"%s\"", r->date ? r->date : "(null)", date);
}

/* Where test_commitment_equal() should not look at a field. */
static const char test_any_[] = "(any)";
#define TEST_ANY test_any_

/* Commitment i of r must have the actors actors (space separated), the
 * date date, the deadline deadline, the venue venue, the refs refs (space
 * separated) and the relation rel; NULL for date, deadline or venue: none;
 * TEST_ANY for venue: not checked.  The test fails with the first field
 * that differs. */
static inline void test_commitment_equal(const ki_refs *r, size_t i, const char *actors, const char *date,
                                         const char *deadline, const char *venue, const char *refs, const char *rel)
{
    if (i >= r->ncommitments)
        fail_msg("commitment %zu: only %zu found", i, r->ncommitments);
    const ki_commitment *c = &r->commitments[i];
    char got[512] = "";
    size_t o = 0;
    for (size_t k = 0; k < c->nactors && o < sizeof got - 64; k++)
        o += (size_t)snprintf(got + o, sizeof got - o, "%s%s", k ? " " : "", c->actors[k]);
    if (strcmp(got, actors) != 0)
        fail_msg("commitment %zu actors: got \"%s\", want \"%s\"", i, got, actors);
    o = 0;
    got[0] = '\0';
    for (size_t k = 0; k < c->nrefs && o < sizeof got - 64; k++)
        o += (size_t)snprintf(got + o, sizeof got - o, "%s%s", k ? " " : "", c->refs[k]);
    if (strcmp(got, refs) != 0)
        fail_msg("commitment %zu refs: got \"%s\", want \"%s\"", i, got, refs);
    if (date ? !c->date || strcmp(c->date, date) != 0 : c->date != NULL)
        fail_msg("commitment %zu date: got \"%s\", want \"%s\"", i, c->date ? c->date : "(null)",
                 date ? date : "(null)");
    if (deadline ? !c->deadline || strcmp(c->deadline, deadline) != 0 : c->deadline != NULL)
        fail_msg("commitment %zu deadline: got \"%s\", want \"%s\"", i, c->deadline ? c->deadline : "(null)",
                 deadline ? deadline : "(null)");
    if (venue != TEST_ANY && (venue ? !c->venue || strcmp(c->venue, venue) != 0 : c->venue != NULL))
        fail_msg("commitment %zu venue: got \"%s\", want \"%s\"", i, c->venue ? c->venue : "(null)",
                 venue ? venue : "(null)");
    if (strcmp(ki_relation_str(c->relation), rel) != 0)
        fail_msg("commitment %zu relation: got \"%s\", want \"%s\"", i, ki_relation_str(c->relation), rel);
}

/* A detector for a test program's main(): the tests of a file share one.
 * NULL, after saying why on stderr, when it cannot be made. */
static inline ki_detector *test_detector(void)
{
    ki_detector *d = NULL;
    ki_err err;
    if (ki_detector_new(&d, &err)) {
        fprintf(stderr, "ki_detector_new: %s\n", err.msg);
        return NULL;
    }
    return d;
}

#endif
