/*
 * test_query.c - search, motion look-up, commitments and tables over a real
 * Xapian index (query/search.h, lookup.h, table.h).
 *
 * The index is built through the shim (index/xap.h) from hand-written
 * `refs --json` records, with the terms schema.h documents, so these tests
 * do not depend on PDF extraction or detection.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "index/schema.h"
#include "index/xap.h"
#include "query/lookup.h"
#include "query/search.h"
#include "query/table.h"
#include "util/json.h"

static char dbdir[256];

/* ------------------------------------------------- building the index */

static void add_term(ki_doc *d, const char *prefix, const char *value)
{
    ki_buf t = KI_BUF_INIT;
    assert_int_equal(ki_schema_term(prefix, value, &t), KI_OK);
    assert_int_equal(ki_doc_add_term(d, ki_buf_str(&t)), KI_OK);
    ki_buf_free(&t);
}

static void add_dossier_of(ki_doc *d, const char *kst)
{
    /* kst-36200-XVI-12 -> 36200-XVI */
    char buf[64];
    snprintf(buf, sizeof buf, "%s", kst + 4);
    char *last = strrchr(buf, '-');
    if (last) {
        *last = '\0';
        add_term(d, KI_PREFIX_DOSSIER, buf);
    }
}

/* Indexes one record (JSON text, `refs --json` plus "doc") with body text. */
static void add_doc(ki_db *db, const char *json, const char *body)
{
    ki_err err;
    ki_json *r = ki_json_parse(json, strlen(json), &err);
    if (!r)
        fail_msg("bad fixture JSON: %s\n%s", err.msg, json);
    ki_doc *d;
    assert_int_equal(ki_doc_new(&d), KI_OK);
    assert_int_equal(ki_doc_index_text(d, body, strlen(body), NULL), KI_OK);
    const char *title = ki_json_getstr(r, "title");
    if (title) {
        assert_int_equal(ki_doc_index_text(d, title, strlen(title), "S"), KI_OK);
    }
    const char *doc = ki_json_getstr(r, "doc");
    add_term(d, KI_PREFIX_ID, doc);
    if (strncmp(doc, "kst-", 4) == 0) {
        add_term(d, KI_PREFIX_KAMERSTUK, doc);
        add_dossier_of(d, doc);
    }
    add_term(d, KI_PREFIX_KIND, ki_json_getstr(r, "kind"));
    const char *date = ki_json_getstr(r, "date");
    if (date) {
        char v[9] = {date[0], date[1], date[2], date[3], date[5], date[6], date[8], date[9], 0};
        assert_int_equal(ki_doc_set_value(d, KI_SLOT_DATE, v, 8), KI_OK);
        char y[5] = {date[0], date[1], date[2], date[3], 0};
        add_term(d, KI_PREFIX_YEAR, y);
    }
    const ki_json *ks = ki_json_get(r, "kamerstukken");
    for (size_t i = 0; i < ki_json_len(ks); i++) {
        add_term(d, KI_PREFIX_KAMERSTUK, ki_json_getstr(ki_json_at(ks, i), "id"));
        add_dossier_of(d, ki_json_getstr(ki_json_at(ks, i), "id"));
    }
    const ki_json *ms = ki_json_get(r, "motions");
    for (size_t i = 0; i < ki_json_len(ms); i++) {
        const ki_json *m = ki_json_at(ms, i);
        const char *k = ki_json_getstr(m, "kamerstuk");
        if (k) {
            add_term(d, KI_PREFIX_MOTION, k);
            const char *rel = ki_json_getstr(m, "relation");
            int rn = strcmp(rel, "settled") == 0 ? KI_REL_SETTLED
                   : strcmp(rel, "progress") == 0 ? KI_REL_PROGRESS
                   : strcmp(rel, "addressed") == 0 ? KI_REL_ADDRESSED : KI_REL_CITED;
            add_term(d, ki_schema_motion_prefix(rn), k);
            add_term(d, KI_PREFIX_KAMERSTUK, k);
            add_dossier_of(d, k);
        }
        const ki_json *sp = ki_json_get(m, "sponsors");
        for (size_t j = 0; j < ki_json_len(sp); j++) {
            add_term(d, KI_PREFIX_SPONSOR, ki_json_getstr(ki_json_at(sp, j), "name"));
            if (ki_json_getstr(ki_json_at(sp, j), "party"))
                add_term(d, KI_PREFIX_PARTY, ki_json_getstr(ki_json_at(sp, j), "party"));
        }
    }
    const ki_json *cs = ki_json_get(r, "commitments");
    for (size_t i = 0; i < ki_json_len(cs); i++) {
        const ki_json *c = ki_json_at(cs, i);
        const ki_json *ac = ki_json_get(c, "actors");
        for (size_t j = 0; j < ki_json_len(ac); j++)
            add_term(d, KI_PREFIX_ACTOR, ki_json_at(ac, j)->string);
        add_term(d, KI_PREFIX_COMMITMENT, ki_json_getstr(c, "relation"));
    }
    char n[16];
    snprintf(n, sizeof n, "%zu", ki_json_len(cs));
    assert_int_equal(ki_doc_set_value(d, KI_SLOT_COMMITMENTS, n, strlen(n)), KI_OK);
    assert_int_equal(ki_doc_set_value(d, KI_SLOT_TEXT, body, strlen(body)), KI_OK);
    char path[300];
    snprintf(path, sizeof path, "/corpus/%s", ki_json_getstr(r, "file"));
    assert_int_equal(ki_doc_set_value(d, KI_SLOT_PATH, path, strlen(path)), KI_OK);
    assert_int_equal(ki_doc_set_data(d, json, strlen(json)), KI_OK);
    char uniq[128];
    snprintf(uniq, sizeof uniq, "Qfile-%s", doc);
    assert_int_equal(ki_db_replace_doc(db, uniq, d, NULL), KI_OK);
    ki_doc_free(d);
    ki_json_free(r);
}

/* The motion itself. */
static const char motion_889[] =
    "{\"file\":\"moties/kst-29279-889.txt\",\"doc\":\"kst-29279-889\",\"kind\":\"motie\","
    "\"date\":\"2024-04-11\",\"title\":\"Motie van het lid Van der Werf over femicide\","
    "\"self\":{\"id\":\"kst-29279-889\"},\"kamerstukken\":[],\"handelingen\":[],\"tk_numbers\":[],"
    "\"motions\":[{\"kamerstuk\":\"kst-29279-889\",\"sponsors\":[{\"name\":\"Van der Werf\","
    "\"party\":\"D66\"}],\"cs\":true,\"subject\":\"het herkennen van rode vlaggen van femicide\","
    "\"relation\":\"cited\",\"page\":1,\"text\":\"motie\"}],\"commitments\":[],\"warnings\":[]}";
static const char motion_889_text[] =
    "Motie van het lid Van der Werf c.s.\n\nDe Kamer, gehoord de beraadslaging,\n\n"
    "constaterende dat femicide toeneemt;\n\nverzoekt de regering professionals te trainen in het\n"
    "herkennen van rode vlaggen,\n\nen gaat over tot de orde van de dag.\n\nVan der Werf\n";

/* Three letters on motion 889, a fourth on another motion. */
static const char brief_a[] =
    "{\"file\":\"brieven/a.pdf\",\"doc\":\"kst-28345-270\",\"kind\":\"brief\",\"date\":\"2024-09-01\","
    "\"title\":\"Voortgangsbrief aanpak femicide\",\"self\":{\"id\":\"kst-28345-270\"},"
    "\"kamerstukken\":[{\"id\":\"kst-29279-889\",\"chamber\":\"II\",\"year\":\"2023-2024\","
    "\"dossier\":\"29279\",\"sub\":null,\"nr\":\"889\"}],"
    "\"motions\":[{\"kamerstuk\":\"kst-29279-889\",\"sponsors\":[{\"name\":\"Van der Werf\","
    "\"party\":\"D66\"}],\"cs\":false,\"subject\":\"rode vlaggen van femicide\","
    "\"relation\":\"progress\",\"page\":2,\"evidence\":\"Over de motie Van der Werf meld ik dat "
    "de training in voorbereiding is.\"}],\"commitments\":[],\"warnings\":[]}";
static const char brief_b[] =
    "{\"file\":\"brieven/b.pdf\",\"doc\":\"kst-28345-290\",\"kind\":\"brief\",\"date\":\"2025-06-20\","
    "\"title\":\"Brief over veiligheid van vrouwen <script>alert(1)</script>\","
    "\"self\":{\"id\":\"kst-28345-290\"},"
    "\"kamerstukken\":[{\"id\":\"kst-29279-889\",\"chamber\":\"II\",\"year\":\"2023-2024\","
    "\"dossier\":\"29279\",\"sub\":null,\"nr\":\"889\"},{\"id\":\"kst-28345-278\",\"chamber\":\"II\","
    "\"year\":\"2023-2024\",\"dossier\":\"28345\",\"sub\":null,\"nr\":\"278\"}],"
    "\"motions\":[{\"kamerstuk\":\"kst-29279-889\",\"sponsors\":[{\"name\":\"Van der Werf\","
    "\"party\":\"D66\"}],\"cs\":false,\"subject\":\"rode vlaggen van femicide\","
    "\"relation\":\"cited\",\"page\":1,\"text\":\"de motie Van der Werf\"},"
    "{\"kamerstuk\":\"kst-29279-889\",\"sponsors\":[],\"cs\":false,\"subject\":null,"
    "\"relation\":\"settled\",\"page\":3,\"evidence\":\"Hiermee beschouw ik de motie als afgedaan.\"},"
    "{\"kamerstuk\":\"kst-28345-278\",\"sponsors\":[{\"name\":\"Mutluer\",\"party\":\"GL-PvdA\"}],"
    "\"cs\":false,\"subject\":\"=cmd|' /C calc'!A0\",\"relation\":\"progress\",\"page\":4,"
    "\"evidence\":\"Met de motie Mutluer zijn we aan de slag.\"}],"
    "\"commitments\":[{\"actors\":[\"SJenV\"],\"venue\":\"commissiedebat Zeden\","
    "\"date\":\"2024-10-16\",\"deadline\":\"voor de zomer van 2025\",\"subject\":\"een brief over "
    "femicidecijfers\",\"refs\":[\"h-tk-20242025-12-3\"],\"relation\":\"settled\",\"page\":5,"
    "\"evidence\":\"Hiermee kom ik de toezegging na.\"}],\"warnings\":[]}";
static const char brief_c[] =
    "{\"file\":\"brieven/c.pdf\",\"doc\":\"file-00000000000000c0\",\"kind\":\"brief\",\"date\":null,"
    "\"title\":\"Ongedateerde notitie\",\"self\":{\"id\":null},\"kamerstukken\":[],"
    "\"motions\":[{\"kamerstuk\":\"kst-29279-889\",\"sponsors\":[],\"cs\":false,\"subject\":null,"
    "\"relation\":\"cited\",\"page\":1,\"text\":\"motie 29279, nr. 889\"}],"
    "\"commitments\":[],\"warnings\":[]}";
static const char verslag_d[] =
    "{\"file\":\"verslagen/d.pdf\",\"doc\":\"kst-28345-280\",\"kind\":\"verslag\","
    "\"date\":\"2024-10-20\",\"title\":\"Verslag van een commissiedebat over zeden\","
    "\"self\":{\"id\":\"kst-28345-280\"},\"kamerstukken\":[],\"motions\":[],"
    "\"commitments\":[{\"actors\":[\"SJenV\"],\"venue\":\"Commissiedebat Zeden\","
    "\"date\":\"2024-10-16\",\"deadline\":\"voor de zomer van 2025\",\"subject\":\"de Kamer "
    "informeren over femicidecijfers\",\"refs\":[],\"relation\":\"made\",\"page\":2},"
    "{\"actors\":[\"SJenV\"],\"venue\":\"Commissiedebat Zeden\",\"date\":\"2024-10-16\","
    "\"deadline\":\"eind 2025\",\"subject\":\"onderzoek naar stalking (TZ202410-113)\",\"refs\":[],"
    "\"relation\":\"made\",\"page\":3},"
    "{\"actors\":[\"MinOCW\"],\"venue\":\"Wetgevingsoverleg\",\"date\":\"2024-11-01\","
    "\"deadline\":\"voor de zomer van 2026\",\"subject\":\"leraren\",\"refs\":[\"TZ202411-001\"],"
    "\"relation\":\"made\",\"page\":4}],\"warnings\":[]}";
static const char brief_e[] =
    "{\"file\":\"brieven/e.pdf\",\"doc\":\"kst-31293-700\",\"kind\":\"brief\",\"date\":\"2025-02-01\","
    "\"title\":\"Onderwijsbrief\",\"self\":{\"id\":\"kst-31293-700\"},\"kamerstukken\":[],"
    "\"motions\":[],\"commitments\":[{\"actors\":[\"MinOCW\"],\"venue\":null,\"date\":null,"
    "\"deadline\":null,\"subject\":null,\"refs\":[\"TZ202411-001\"],\"relation\":\"progress\","
    "\"page\":1,\"evidence\":\"Over toezegging TZ202411-001 meld ik voortgang.\"}],\"warnings\":[]}";

/* A later mention that names the commitment only by its number, in its text. */
static const char brief_f[] =
    "{\"file\":\"brieven/f.pdf\",\"doc\":\"kst-28345-300\",\"kind\":\"brief\","
    "\"date\":\"2025-11-01\",\"title\":\"Stalking\",\"motions\":[],\"commitments\":["
    "{\"actors\":[],\"venue\":null,\"date\":null,\"deadline\":null,\"subject\":null,"
    "\"refs\":[],\"relation\":\"progress\",\"page\":2,\"text\":\"Over toezegging "
    "tz202410-113 meld ik dat het onderzoek loopt.\"}],\"warnings\":[]}";

static int setup(void **state)
{
    (void)state;
    snprintf(dbdir, sizeof dbdir, "%s/ki-test-query-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(dbdir))
        return -1;
    ki_db *db;
    ki_err err;
    if (ki_db_open(dbdir, KI_DB_WRITE, &db, &err))
        return -1;
    ki_db_begin(db);
    add_doc(db, motion_889, motion_889_text);
    add_doc(db, brief_a, "De minister schrijft over moties en de aanpak van femicide.");
    add_doc(db, brief_b, "Veiligheid van vrouwen. Hiermee beschouw ik de motie als afgedaan.");
    add_doc(db, brief_c, "Een notitie zonder datum over de motie.");
    add_doc(db, verslag_d, "Verslag van het commissiedebat over zeden en femicide.");
    add_doc(db, brief_e, "Onderwijs en leraren.");
    add_doc(db, brief_f, "Over het onderzoek naar stalking.");
    /* filler: 40 documents that rank above the one motion for "onderwijs" */
    for (int i = 0; i < 40; i++) {
        char json[512], body[256];
        snprintf(json, sizeof json,
                 "{\"file\":\"f/%d.txt\",\"doc\":\"kst-40000-%d\",\"kind\":\"brief\","
                 "\"date\":\"2023-01-%02d\",\"title\":\"Onderwijs onderwijs %d\",\"motions\":[],"
                 "\"commitments\":[]}", i, i + 1, i % 28 + 1, i);
        snprintf(body, sizeof body, "onderwijs onderwijs onderwijs onderwijs nummer %d", i);
        add_doc(db, json, body);
    }
    add_doc(db, "{\"file\":\"m/onderwijs.txt\",\"doc\":\"kst-40000-999\",\"kind\":\"motie\","
                "\"date\":\"2023-05-05\",\"title\":\"Motie\",\"motions\":[],\"commitments\":[]}",
            "een lange motie die het woord onderwijs maar een keer noemt tussen veel andere "
            "woorden die er niet toe doen en de score verlagen");
    if (ki_db_commit(db))
        return -1;
    ki_db_close(db);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dbdir);
    return system(cmd) == 0 ? 0 : -1;
}

static ki_db *open_db(void)
{
    ki_db *db;
    ki_err err;
    if (ki_db_open(dbdir, KI_DB_READ, &db, &err))
        fail_msg("open: %s", err.msg);
    return db;
}

/* ------------------------------------------------------------- search */

/* The doc ids of a search, space-separated, in order. */
static char *search_ids(ki_db *db, const char *query, unsigned offset, unsigned limit, ki_sort sort)
{
    ki_query q = {.text = query, .offset = offset, .limit = limit, .sort = sort};
    ki_results *r;
    ki_err err;
    if (ki_search_run(db, &q, &r, &err))
        fail_msg("search '%s': %s", query, err.msg);
    ki_buf b = KI_BUF_INIT;
    for (size_t i = 0; i < r->n; i++) {
        if (i)
            ki_buf_addc(&b, ' ');
        ki_buf_adds(&b, r->hits[i].doc);
    }
    ki_results_free(r);
    ki_buf_addc(&b, '\0');
    return ki_buf_detach(&b, NULL);
}

static void expect_search(ki_db *db, const char *query, ki_sort sort, const char *want)
{
    char *got = search_ids(db, query, 0, 0, sort);
    if (strcmp(got, want) != 0)
        fail_msg("search '%s': got '%s', want '%s'", query, got, want);
    free(got);
}

static void test_search_fields(void **state)
{
    (void)state;
    ki_db *db = open_db();
    const ki_sort D = KI_SORT_DATE_DESC;
    /* a document refers to the Kamerstuk, or is it */
    expect_search(db, "kamerstuk:29279-889", D,
                  "kst-28345-290 kst-28345-270 kst-29279-889 file-00000000000000c0");
    expect_search(db, "kamerstuk:\"29279, nr. 889\" kind:brief", D,
                  "kst-28345-290 kst-28345-270 file-00000000000000c0");
    expect_search(db, "motie:29279-889", D,
                  "kst-28345-290 kst-28345-270 kst-29279-889 file-00000000000000c0");
    expect_search(db, "settled:29279-889", D, "kst-28345-290");
    expect_search(db, "indiener:\"Van der Werf\"", D, "kst-28345-290 kst-28345-270 kst-29279-889");
    expect_search(db, "partij:d66 date:2024-06-01..2024-12-31", D, "kst-28345-270");
    expect_search(db, "partij:GL-PvdA", D, "kst-28345-290");
    expect_search(db, "bewindspersoon:SJenV", D, "kst-28345-290 kst-28345-280");
    expect_search(db, "dossier:28345 kind:verslag", D, "kst-28345-280");
    expect_search(db, "femicide date:2024-10-01..", D, "kst-28345-280");
    expect_search(db, "femicide date:..2024-09-30", D, "kst-28345-270 kst-29279-889");
    expect_search(db, "femicide NOT kind:motie", D, "kst-28345-280 kst-28345-270");
    expect_search(db, "leraren OR stalking", D, "kst-28345-300 kst-31293-700");
    expect_search(db, "\"aanpak van femicide\"", D, "kst-28345-270");
    /* Dutch stemming: the word "moties" is in brief a; "motie" finds it */
    char *got = search_ids(db, "moties kind:brief", 0, 0, D);
    assert_non_null(strstr(got, "kst-28345-270"));
    assert_non_null(strstr(got, "kst-28345-290"));
    free(got);
    ki_db_close(db);
}

static void test_search_filters_before_limit(void **state)
{
    (void)state;
    ki_db *db = open_db();
    /* 41 documents say "onderwijs"; the one motion ranks last.  The kind
     * filter must act inside the search, so limit 1 still finds it. */
    char *got = search_ids(db, "onderwijs kind:motie", 0, 1, KI_SORT_RELEVANCE);
    assert_string_equal(got, "kst-40000-999");
    free(got);
    got = search_ids(db, "onderwijs", 0, 3, KI_SORT_RELEVANCE);
    assert_null(strstr(got, "kst-40000-999"));
    free(got);
    /* paging: offset + limit cover the list without overlap */
    char *p1 = search_ids(db, "onderwijs", 0, 5, KI_SORT_DATE_DESC);
    char *p2 = search_ids(db, "onderwijs", 5, 5, KI_SORT_DATE_DESC);
    char *all = search_ids(db, "onderwijs", 0, 10, KI_SORT_DATE_DESC);
    char joined[1024];
    snprintf(joined, sizeof joined, "%s %s", p1, p2);
    assert_string_equal(joined, all);
    assert_int_equal(strncmp(all, "kst-31293-700 kst-40000-999", 27), 0); /* newest first */
    free(p1);
    free(p2);
    free(all);

    ki_db_close(db);
}

static void test_search_json_and_snippet(void **state)
{
    (void)state;
    ki_db *db = open_db();
    ki_query q = {.text = "afgedaan", .limit = 5, .hi_start = "[", .hi_end = "]", .snippet_len = 200};
    ki_results *r;
    ki_err err;
    assert_int_equal(ki_search_run(db, &q, &r, &err), KI_OK);
    assert_int_equal(r->n, 1);
    assert_non_null(strstr(r->hits[0].snippet, "[afgedaan]"));
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_hit_json(&r->hits[0], &b), KI_OK);
    ki_json *j = ki_json_parse(b.data, b.len, &err);
    assert_non_null(j);
    assert_string_equal(ki_json_getstr(j, "doc"), "kst-28345-290");
    assert_string_equal(ki_json_getstr(j, "file"), "brieven/b.pdf");
    assert_string_equal(ki_json_getstr(j, "kind"), "brief");
    assert_string_equal(ki_json_getstr(j, "date"), "2025-06-20");
    assert_true(strstr(ki_json_getstr(j, "title"), "<script>") != NULL);
    assert_true(ki_json_getnum(j, "score", -1) > 0);
    assert_non_null(ki_json_getstr(j, "snippet"));
    ki_json_free(j);
    ki_buf_free(&b);
    ki_results_free(r);
    ki_db_close(db);
}

static void test_search_help_lists_schema(void **state)
{
    (void)state;
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_search_help(&b), KI_OK);
    for (size_t i = 0; i < ki_schema_count; i++) {
        assert_non_null(strstr(b.data, ki_schema[i].name));
        if (ki_schema[i].example)
            assert_non_null(strstr(b.data, ki_schema[i].example));
    }
    ki_buf_free(&b);

    /* and every example of the schema parses and runs */
    ki_db *db = open_db();
    for (size_t i = 0; i < ki_schema_count; i++) {
        if (!ki_schema[i].example)
            continue;
        ki_results *r;
        ki_err err;
        ki_query q = {.text = ki_schema[i].example, .limit = 1};
        if (ki_search_run(db, &q, &r, &err))
            fail_msg("example '%s' fails: %s", ki_schema[i].example, err.msg);
        ki_results_free(r);
    }
    ki_db_close(db);
}

/* ------------------------------------------------------------ motions */

static void test_motion_lookup(void **state)
{
    (void)state;
    ki_db *db = open_db();
    const char *forms[] = {"29279-889", "kst-29279-889", "29279, nr. 889", "29 279 nr. 889",
                           "Kamerstukken II 2023/24, 29279, nr. 889"};
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        ki_mreport *r;
        ki_err err;
        if (ki_motion_lookup(db, forms[f], &r, &err))
            fail_msg("%s: %s", forms[f], err.msg);
        assert_string_equal(r->id, "kst-29279-889");
        assert_int_equal(r->nletters, 3);
        /* newest first, undated last; the motion's own document is not a letter */
        assert_string_equal(r->letters[0].doc, "kst-28345-290");
        assert_string_equal(r->letters[1].doc, "kst-28345-270");
        assert_string_equal(r->letters[2].doc, "file-00000000000000c0");
        /* strongest mention per letter, with its page and sentence */
        assert_int_equal(r->letters[0].relation, KI_REL_SETTLED);
        assert_int_equal(r->letters[0].page, 3);
        assert_string_equal(r->letters[0].evidence, "Hiermee beschouw ik de motie als afgedaan.");
        assert_int_equal(r->letters[1].relation, KI_REL_PROGRESS);
        assert_int_equal(r->furthest, KI_REL_SETTLED);
        /* the motion itself, from its own document */
        assert_string_equal(r->own_doc, "kst-29279-889");
        assert_string_equal(r->date, "2024-04-11");
        assert_int_equal(r->nsponsors, 1);
        assert_string_equal(r->sponsors[0].name, "Van der Werf");
        assert_true(r->cs);
        assert_string_equal(r->dictum, "verzoekt de regering professionals te trainen in het "
                                       "herkennen van rode vlaggen");
        ki_mreport_free(r);
    }
    ki_mreport *r;
    ki_err err;
    assert_int_equal(ki_motion_lookup(db, "12345-1", &r, &err), KI_OK);
    assert_int_equal(r->nletters, 0);
    assert_null(r->own_doc);
    assert_int_equal(r->furthest, -1);
    ki_mreport_free(r);
    assert_int_equal(ki_motion_lookup(db, "nonsense", &r, &err), KI_ERR_USAGE);
    assert_null(r);
    ki_db_close(db);
}

static void test_motion_json(void **state)
{
    (void)state;
    ki_db *db = open_db();
    ki_mreport *r;
    ki_err err;
    assert_int_equal(ki_motion_lookup(db, "29279-889", &r, &err), KI_OK);
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_mreport_json(r, &b), KI_OK);
    ki_json *j = ki_json_parse(b.data, b.len, &err);
    assert_non_null(j);
    const ki_json *m = ki_json_get(j, "motion");
    assert_string_equal(ki_json_getstr(m, "id"), "kst-29279-889");
    assert_string_equal(ki_json_getstr(ki_json_at(ki_json_get(m, "sponsors"), 0), "party"), "D66");
    assert_string_equal(ki_json_getstr(m, "date"), "2024-04-11");
    const ki_json *ls = ki_json_get(j, "letters");
    assert_int_equal(ki_json_len(ls), 3);
    const ki_json *l0 = ki_json_at(ls, 0);
    assert_string_equal(ki_json_getstr(l0, "doc"), "kst-28345-290");
    assert_string_equal(ki_json_getstr(l0, "file"), "brieven/b.pdf");
    assert_string_equal(ki_json_getstr(l0, "relation"), "settled");
    assert_string_equal(ki_json_getstr(l0, "date"), "2025-06-20");
    assert_int_equal((int)ki_json_getnum(l0, "page", 0), 3);
    assert_non_null(ki_json_getstr(l0, "evidence"));
    assert_null(ki_json_getstr(ki_json_at(ls, 2), "date"));
    ki_json_free(j);
    ki_buf_free(&b);
    ki_mreport_free(r);
    ki_db_close(db);
}

static void test_motions_by(void **state)
{
    (void)state;
    ki_db *db = open_db();
    ki_mreport **rs;
    size_t n;
    ki_err err;
    assert_int_equal(ki_motions_by(db, "van der werf", NULL, &rs, &n, &err), KI_OK);
    assert_int_equal(n, 1);
    assert_string_equal(rs[0]->id, "kst-29279-889");
    assert_string_equal(ki_mreport_status(rs[0]), "settled");
    ki_mreport_free(rs[0]);
    free(rs);
    assert_int_equal(ki_motions_by(db, NULL, "GL-PvdA", &rs, &n, &err), KI_OK);
    assert_int_equal(n, 1);
    assert_string_equal(rs[0]->id, "kst-28345-278");
    assert_string_equal(ki_mreport_status(rs[0]), "progress");
    ki_mreport_free(rs[0]);
    free(rs);
    assert_int_equal(ki_motions_by(db, "Niemand", NULL, &rs, &n, &err), KI_OK);
    assert_int_equal(n, 0);
    free(rs);
    assert_int_equal(ki_motions_by(db, "a", "b", &rs, &n, &err), KI_ERR_USAGE);

    assert_int_equal(ki_motions_of_dossier(db, "28 345", &rs, &n, &err), KI_OK);
    assert_int_equal(n, 1);
    assert_string_equal(rs[0]->id, "kst-28345-278");
    ki_mreport_free(rs[0]);
    free(rs);
    assert_int_equal(ki_motions_of_dossier(db, "29279", &rs, &n, &err), KI_OK);
    assert_int_equal(n, 1);
    assert_string_equal(rs[0]->id, "kst-29279-889");
    assert_int_equal(rs[0]->nletters, 3);
    ki_mreport_free(rs[0]);
    free(rs);
    ki_db_close(db);
}

/* -------------------------------------------------------- commitments */

static void test_commitments(void **state)
{
    (void)state;
    ki_db *db = open_db();
    ki_commits *cs;
    ki_err err;
    setenv("KAMERINDEX_TODAY", "2026-01-15", 1);
    assert_int_equal(ki_commitments(db, 0, &cs, &err), KI_OK);
    /* MinOCW (1: made in d, progress in e by its TZ number), SJenV (2: the
     * femicide one made in d and settled in b, the stalking one open) */
    assert_int_equal(cs->n, 3);
    assert_string_equal(cs->today, "2026-01-15");
    const ki_commit *ocw = &cs->items[0], *fem = &cs->items[1], *stalk = &cs->items[2];
    assert_string_equal(ocw->actor_key, "MinOCW");
    assert_string_equal(ocw->made.doc, "kst-28345-280");
    assert_int_equal(ocw->nhandled, 1);
    assert_string_equal(ocw->handled[0].doc, "kst-31293-700");
    assert_string_equal(ki_commit_status(ocw), "progress");
    assert_string_equal(ocw->due, "2026-07-01");
    assert_false(ocw->overdue);

    assert_string_equal(fem->actor_key, "SJenV");
    assert_string_equal(fem->subject, "de Kamer informeren over femicidecijfers");
    assert_string_equal(fem->made.doc, "kst-28345-280");
    assert_int_equal(fem->nhandled, 1);
    assert_string_equal(fem->handled[0].doc, "kst-28345-290");
    assert_string_equal(ki_commit_status(fem), "settled");
    assert_false(fem->overdue); /* settled, though its deadline passed */

    assert_string_equal(stalk->subject, "onderzoek naar stalking (TZ202410-113)");
    /* matched by the number in the later letter's text alone */
    assert_int_equal(stalk->nhandled, 1);
    assert_string_equal(stalk->handled[0].doc, "kst-28345-300");
    assert_string_equal(ki_commit_status(stalk), "progress");
    assert_string_equal(stalk->due, "2025-12-31");
    assert_true(stalk->overdue);

    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_commit_json(fem, &b), KI_OK);
    ki_json *j = ki_json_parse(b.data, b.len, &err);
    assert_non_null(j);
    assert_string_equal(ki_json_getstr(j, "status"), "settled");
    assert_string_equal(ki_json_getstr(ki_json_at(ki_json_get(j, "handled_by"), 0), "relation"),
                        "settled");
    ki_json_free(j);
    ki_buf_free(&b);
    ki_commits_free(cs);

    assert_int_equal(ki_commitments(db, KI_COMMITS_OPEN, &cs, &err), KI_OK);
    assert_int_equal(cs->n, 2);
    ki_commits_free(cs);
    assert_int_equal(ki_commitments(db, KI_COMMITS_OVERDUE, &cs, &err), KI_OK);
    assert_int_equal(cs->n, 1);
    assert_string_equal(cs->items[0].subject, "onderzoek naar stalking (TZ202410-113)");
    ki_commits_free(cs);
    setenv("KAMERINDEX_TODAY", "2025-06-01", 1);
    assert_int_equal(ki_commitments(db, KI_COMMITS_OVERDUE, &cs, &err), KI_OK);
    assert_int_equal(cs->n, 0);
    ki_commits_free(cs);
    unsetenv("KAMERINDEX_TODAY");
    ki_db_close(db);
}

/* ------------------------------------------------------------- tables */

static char *table(ki_db *db, const char *doc, ki_format f)
{
    ki_buf b = KI_BUF_INIT;
    ki_err err;
    if (ki_table_of_doc(db, doc, 0, f, &b, &err))
        fail_msg("table %s: %s", doc, err.msg);
    return ki_buf_detach(&b, NULL);
}

static void test_table_md(void **state)
{
    (void)state;
    ki_db *db = open_db();
    char *md = table(db, "kst-28345-290", KI_FMT_MD);
    assert_string_equal(md,
        "### Moties en toezeggingen: Brief over veiligheid van vrouwen \\<script\\>alert(1)\\</script\\> "
        "(kst-28345-290)\n\n"
        "| Soort | Omschrijving | Indiener(s) / Bewindspersoon | Vindplaats | Datum | Stand van zaken |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| Motie | het herkennen van rode vlaggen van femicide | Van der Werf (D66) c.s. | "
        "[Kamerstukken II 2023-2024, 29279, nr. 889]"
        "(https://zoek.officielebekendmakingen.nl/kst-29279-889.html) | 11 april 2024 | Afgedaan |\n"
        "| Motie | =cmd\\|' /C calc'\\!A0 | Mutluer (GL-PvdA) | "
        "[Kamerstukken II 2023-2024, 28345, nr. 278]"
        "(https://zoek.officielebekendmakingen.nl/kst-28345-278.html) |  | Lopend |\n"
        "| Toezegging | een brief over femicidecijfers | SJenV | "
        "[commissiedebat Zeden (h-tk-20242025-12-3)]"
        "(https://zoek.officielebekendmakingen.nl/h-tk-20242025-12-3.html) | 16 oktober 2024 | "
        "Afgedaan |\n");
    free(md);
    /* the same by path */
    ki_buf b = KI_BUF_INIT;
    ki_err err;
    assert_int_equal(ki_table_of_doc(db, "/nonexistent/x.pdf", 0, KI_FMT_MD, &b, &err),
                     KI_ERR_NOT_FOUND);
    assert_int_equal(ki_table_of_doc(db, "28345, nr. 290", 0, KI_FMT_CSV, &b, &err), KI_OK);
    ki_buf_free(&b);
    ki_db_close(db);
}

static void test_table_golden(void **state)
{
    (void)state;
    ki_db *db = open_db();
    char *csv = table(db, "kst-28345-290", KI_FMT_CSV);
    assert_string_equal(csv,
        "Soort,Omschrijving,Indiener(s) / Bewindspersoon,Vindplaats,Datum,Stand van zaken\n"
        "Motie,het herkennen van rode vlaggen van femicide,Van der Werf (D66) c.s.,"
        "\"Kamerstukken II 2023-2024, 29279, nr. 889\",11 april 2024,Afgedaan\n"
        "Motie,\"'=cmd|' /C calc'!A0\",Mutluer (GL-PvdA),"
        "\"Kamerstukken II 2023-2024, 28345, nr. 278\",,Lopend\n"
        "Toezegging,een brief over femicidecijfers,SJenV,commissiedebat Zeden (h-tk-20242025-12-3),"
        "16 oktober 2024,Afgedaan\n");
    free(csv);
    char *html = table(db, "kst-28345-290", KI_FMT_HTML);
    assert_string_equal(html,
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>Moties en toezeggingen: Brief over veiligheid van vrouwen &lt;script&gt;alert(1)"
        "&lt;/script&gt; (kst-28345-290)</title>\n</head>\n<body>\n<table>\n"
        "<caption>Moties en toezeggingen: Brief over veiligheid van vrouwen &lt;script&gt;alert(1)"
        "&lt;/script&gt; (kst-28345-290)</caption>\n"
        "<thead>\n<tr><th>Soort</th><th>Omschrijving</th><th>Indiener(s) / Bewindspersoon</th>"
        "<th>Vindplaats</th><th>Datum</th><th>Stand van zaken</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>Motie</td><td>het herkennen van rode vlaggen van femicide</td>"
        "<td>Van der Werf (D66) c.s.</td><td><a href=\"https://zoek.officielebekendmakingen.nl/"
        "kst-29279-889.html\">Kamerstukken II 2023-2024, 29279, nr. 889</a></td>"
        "<td>11 april 2024</td><td>Afgedaan</td></tr>\n"
        "<tr><td>Motie</td><td>=cmd|&#39; /C calc&#39;!A0</td><td>Mutluer (GL-PvdA)</td>"
        "<td><a href=\"https://zoek.officielebekendmakingen.nl/kst-28345-278.html\">Kamerstukken II "
        "2023-2024, 28345, nr. 278</a></td><td></td><td>Lopend</td></tr>\n"
        "<tr><td>Toezegging</td><td>een brief over femicidecijfers</td><td>SJenV</td>"
        "<td><a href=\"https://zoek.officielebekendmakingen.nl/h-tk-20242025-12-3.html\">"
        "commissiedebat Zeden (h-tk-20242025-12-3)</a></td><td>16 oktober 2024</td>"
        "<td>Afgedaan</td></tr>\n</tbody>\n</table>\n</body>\n</html>\n");
    free(html);
    char *js = table(db, "kst-28345-290", KI_FMT_JSON);
    assert_string_equal(js,
        "{\"doc\":\"kst-28345-290\",\"file\":\"brieven/b.pdf\",\"title\":\"Brief over veiligheid van "
        "vrouwen <script>alert(1)</script>\",\"date\":\"2025-06-20\",\"rows\":["
        "{\"soort\":\"Motie\",\"omschrijving\":\"het herkennen van rode vlaggen van femicide\","
        "\"indieners\":\"Van der Werf (D66) c.s.\",\"vindplaats\":\"Kamerstukken II 2023-2024, 29279, "
        "nr. 889\",\"vindplaats_url\":\"https://zoek.officielebekendmakingen.nl/kst-29279-889.html\","
        "\"datum\":\"11 april 2024\",\"stand\":\"Afgedaan\",\"id\":\"kst-29279-889\","
        "\"relation\":\"settled\",\"date\":\"2024-04-11\",\"page\":\"3\","
        "\"evidence\":\"Hiermee beschouw ik de motie als afgedaan.\"},"
        "{\"soort\":\"Motie\",\"omschrijving\":\"=cmd|' /C calc'!A0\",\"indieners\":\"Mutluer "
        "(GL-PvdA)\",\"vindplaats\":\"Kamerstukken II 2023-2024, 28345, nr. 278\",\"vindplaats_url\":"
        "\"https://zoek.officielebekendmakingen.nl/kst-28345-278.html\",\"datum\":null,\"stand\":"
        "\"Lopend\",\"id\":\"kst-28345-278\",\"relation\":\"progress\",\"date\":null,\"page\":\"4\","
        "\"evidence\":\"Met de motie Mutluer zijn we aan de slag.\"},"
        "{\"soort\":\"Toezegging\",\"omschrijving\":\"een brief over femicidecijfers\",\"indieners\":"
        "\"SJenV\",\"vindplaats\":\"commissiedebat Zeden (h-tk-20242025-12-3)\",\"vindplaats_url\":"
        "\"https://zoek.officielebekendmakingen.nl/h-tk-20242025-12-3.html\",\"datum\":\"16 oktober "
        "2024\",\"stand\":\"Afgedaan\",\"id\":null,\"relation\":\"settled\",\"date\":\"2024-10-16\","
        "\"page\":\"5\",\"evidence\":\"Hiermee kom ik de toezegging na.\"}]}\n");
    free(js);
    ki_db_close(db);
}

static void test_table_formats_hostile(void **state)
{
    (void)state;
    ki_db *db = open_db();
    char *csv = table(db, "kst-28345-290", KI_FMT_CSV);
    assert_non_null(strstr(csv, "Motie,\"'=cmd|' /C calc'!A0\",Mutluer (GL-PvdA),"));
    assert_null(strstr(csv, ",=cmd"));
    assert_non_null(strstr(csv, "Soort,Omschrijving,Indiener(s) / Bewindspersoon,Vindplaats,Datum,"
                                "Stand van zaken\n"));
    free(csv);
    char *html = table(db, "kst-28345-290", KI_FMT_HTML);
    assert_null(strstr(html, "<script>"));
    assert_non_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_non_null(strstr(html, "<a href=\"https://zoek.officielebekendmakingen.nl/"
                                 "kst-29279-889.html\">Kamerstukken II 2023-2024, 29279, nr. 889</a>"));
    free(html);
    char *js = table(db, "kst-28345-290", KI_FMT_JSON);
    ki_err err;
    ki_json *j = ki_json_parse(js, strlen(js), &err);
    assert_non_null(j);
    assert_string_equal(ki_json_getstr(j, "doc"), "kst-28345-290");
    const ki_json *rows = ki_json_get(j, "rows");
    assert_int_equal(ki_json_len(rows), 3);
    assert_string_equal(ki_json_getstr(ki_json_at(rows, 0), "stand"), "Afgedaan");
    assert_string_equal(ki_json_getstr(ki_json_at(rows, 0), "relation"), "settled");
    assert_string_equal(ki_json_getstr(ki_json_at(rows, 0), "id"), "kst-29279-889");
    assert_string_equal(ki_json_getstr(ki_json_at(rows, 1), "omschrijving"), "=cmd|' /C calc'!A0");
    assert_string_equal(ki_json_getstr(ki_json_at(rows, 0), "vindplaats_url"),
                        "https://zoek.officielebekendmakingen.nl/kst-29279-889.html");
    ki_json_free(j);
    free(js);
    ki_db_close(db);
}

static void test_table_dossier(void **state)
{
    (void)state;
    ki_db *db = open_db();
    ki_buf b = KI_BUF_INIT;
    ki_err err;
    assert_int_equal(ki_table_of_dossier(db, "29279", KI_FMT_CSV, &b, &err), KI_OK);
    assert_string_equal(b.data,
        "Soort,Omschrijving,Indiener(s) / Bewindspersoon,Vindplaats,Datum,Stand van zaken,"
        "Behandeld in\n"
        "Motie,het herkennen van rode vlaggen van femicide,Van der Werf (D66) c.s.,"
        "\"Kamerstuk 29279, nr. 889\",11 april 2024,Afgedaan,"
        "\"kst-28345-290 (2025-06-20, settled); kst-28345-270 (2024-09-01, progress); "
        "file-00000000000000c0 (zonder datum, cited)\"\n");
    ki_buf_free(&b);
    assert_int_equal(ki_table_of_dossier(db, "not a dossier", KI_FMT_MD, &b, &err), KI_ERR_USAGE);
    ki_buf_free(&b);
    ki_db_close(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_search_fields),
        cmocka_unit_test(test_search_filters_before_limit),
        cmocka_unit_test(test_search_json_and_snippet),
        cmocka_unit_test(test_search_help_lists_schema),
        cmocka_unit_test(test_motion_lookup),
        cmocka_unit_test(test_motion_json),
        cmocka_unit_test(test_motions_by),
        cmocka_unit_test(test_commitments),
        cmocka_unit_test(test_table_md),
        cmocka_unit_test(test_table_golden),
        cmocka_unit_test(test_table_formats_hostile),
        cmocka_unit_test(test_table_dossier),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
