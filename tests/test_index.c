/*
 * test_index.c - the indexer (index/indexer.h): a hand-built reference
 * record becomes a Xapian document whose terms, values and data the query
 * side can find, through a real Xapian database.
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

#include "index/indexer.h"
#include "index/schema.h"
#include "index/xap.h"
#include "util/json.h"

static char scratch[256];

static int make_scratch(void **state)
{
    (void)state;
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/test_index.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    return mkdtemp(scratch) ? 0 : -1;
}

static int remove_scratch(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
    return system(cmd) == 0 ? 0 : -1;
}

/* A letter that settles one motion and reports progress on another. */
static char s_brief[] = "brief", s_date[] = "2025-06-20", s_title[] = "Voortgang aanpak femicide",
            s_kenmerk[] = "4132817-1084052-DMO", s_k1[] = "kst-28345-278",
            s_k1d[] = "28345", s_k1n[] = "278", s_m1[] = "kst-29279-889",
            s_m2[] = "kst-36200-XVI-12", s_name1[] = "Van der Werf", s_party1[] = "D66",
            s_name2[] = "Mutluer", s_h1[] = "ah-tk-20242025-1821", s_h1k[] = "ah",
            s_tk[] = "2024D38217", s_tkk[] = "document", s_actor[] = "SJenV",
            s_venue[] = "commissiedebat Zeden en (on)veiligheid van vrouwen";

static ki_refs make_refs(ki_kamerstuk *k, ki_motion *m, ki_sponsor *sp, ki_handeling *h,
                         ki_tknumber *t, ki_commitment *c, char **actors)
{
    ki_refs r;
    memset(&r, 0, sizeof r);
    r.kind = s_brief;
    r.date = s_date;
    r.title = s_title;
    r.kenmerk = s_kenmerk;
    r.pages = 4;
    memset(k, 0, sizeof *k);
    k->id = s_k1;
    k->dossier = s_k1d;
    k->nr = s_k1n;
    r.kamerstukken = k;
    r.nkamerstukken = 1;
    sp[0].name = s_name1;
    sp[0].party = s_party1;
    sp[1].name = s_name2;
    sp[1].party = NULL;
    memset(m, 0, 2 * sizeof *m);
    m[0].kamerstuk = s_m1;
    m[0].sponsors = sp;
    m[0].nsponsors = 1;
    m[0].relation = KI_REL_SETTLED;
    m[1].kamerstuk = s_m2;
    m[1].sponsors = sp + 1;
    m[1].nsponsors = 1;
    m[1].relation = KI_REL_PROGRESS;
    r.motions = m;
    r.nmotions = 2;
    memset(h, 0, sizeof *h);
    h->id = s_h1;
    h->kind = s_h1k;
    r.handelingen = h;
    r.nhandelingen = 1;
    memset(t, 0, sizeof *t);
    t->id = s_tk;
    t->kind = s_tkk;
    r.tk_numbers = t;
    r.ntk_numbers = 1;
    memset(c, 0, sizeof *c);
    actors[0] = s_actor;
    c->actors = actors;
    c->nactors = 1;
    c->venue = s_venue;
    c->relation = KI_REL_MADE;
    r.commitments = c;
    r.ncommitments = 1;
    return r;
}

static const char body[] =
    "Hierbij informeer ik uw Kamer over de aanpak van femicide.\n\n"
    "Met deze brief is de motie van het lid Van der Werf afgedaan.\n";

static void store(const char *dbpath, const ki_source *src, const ki_refs *r, const char *json)
{
    ki_text *t = ki_text_from_string(body, strlen(body));
    assert_non_null(t);
    ki_buf bytes = KI_BUF_INIT, q = KI_BUF_INIT;
    ki_err err = {{0}};
    ki_status st = ki_index_build(src, t, r, json, strlen(json), &bytes, &err);
    if (st)
        print_error("build: %s\n", err.msg);
    assert_int_equal(st, KI_OK);
    ki_text_free(t);
    ki_db *db;
    assert_int_equal(ki_db_open(dbpath, KI_DB_WRITE, &db, &err), KI_OK);
    assert_int_equal(ki_index_unique_term(src->abspath, &q), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_OK);
    assert_int_equal(ki_db_replace(db, ki_buf_str(&q), bytes.data, bytes.len, NULL), KI_OK);
    assert_int_equal(ki_db_commit(db), KI_OK);
    ki_db_close(db);
    ki_buf_free(&bytes);
    ki_buf_free(&q);
}

static unsigned hits(ki_db *db, const char *query)
{
    ki_search s = {.query = query};
    ki_hits *h;
    if (ki_db_search(db, &s, &h)) {
        print_error("%s: %s\n", query, ki_db_errmsg(db));
        fail();
    }
    unsigned n = ki_hits_count(h);
    ki_hits_free(h);
    return n;
}

static unsigned termfreq(ki_db *db, const char *term)
{
    unsigned n;
    assert_int_equal(ki_db_termfreq(db, term, &n), KI_OK);
    return n;
}

static void test_terms_values_data(void **state)
{
    (void)state;
    char dbpath[300];
    snprintf(dbpath, sizeof dbpath, "%s/one", scratch);
    ki_kamerstuk k;
    ki_motion m[2];
    ki_sponsor sp[2];
    ki_handeling h;
    ki_tknumber t;
    ki_commitment c;
    char *actors[1];
    ki_refs r = make_refs(&k, m, sp, &h, &t, &c, actors);
    ki_source src = {"brieven/a.pdf", "/data/brieven/a.pdf", 1234, 1700000000123456789, 0xabc};
    store(dbpath, &src, &r, "{\"file\": \"brieven/a.pdf\", \"kind\": \"brief\"}\n");

    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(dbpath, KI_DB_READ, &db, &err), KI_OK);
    /* exact terms, as the query side spells them */
    assert_int_equal(termfreq(db, "XTbrief"), 1);
    assert_int_equal(termfreq(db, "XKkst-28345-278"), 1);
    assert_int_equal(termfreq(db, "XKkst-29279-889"), 1);
    assert_int_equal(termfreq(db, "XD28345"), 1);
    assert_int_equal(termfreq(db, "XD36200-XVI"), 1);
    assert_int_equal(termfreq(db, "XD36200"), 1);
    assert_int_equal(termfreq(db, "XMkst-29279-889"), 1);
    assert_int_equal(termfreq(db, "XMSkst-29279-889"), 1);
    assert_int_equal(termfreq(db, "XMPkst-29279-889"), 0);
    assert_int_equal(termfreq(db, "XMPkst-36200-XVI-12"), 1);
    assert_int_equal(termfreq(db, "XIvan der werf"), 1);
    assert_int_equal(termfreq(db, "XFd66"), 1);
    assert_int_equal(termfreq(db, "XHah-tk-20242025-1821"), 1);
    assert_int_equal(termfreq(db, "XN2024D38217"), 1);
    assert_int_equal(termfreq(db, "XAsjenv"), 1);
    assert_int_equal(termfreq(db, "XCmade"), 1);
    assert_int_equal(termfreq(db, "XE4132817-1084052-dmo"), 1);
    assert_int_equal(termfreq(db, "XY2025"), 1);
    /* the user's spellings reach them through the schema */
    assert_int_equal(hits(db, "settled:29279-889"), 1);
    assert_int_equal(hits(db, "progress:\"36200-XVI, nr. 12\""), 1);
    assert_int_equal(hits(db, "indiener:\"Van der Werf\" partij:D66"), 1);
    assert_int_equal(hits(db, "bewindspersoon:SJenV toezegging:made"), 1);
    assert_int_equal(hits(db, "debat:veiligheid"), 1);
    assert_int_equal(hits(db, "title:femicide date:2025-06-01..2025-06-30"), 1);
    assert_int_equal(hits(db, "\"motie van het lid\""), 1);
    assert_int_equal(hits(db, "moties"), 1); /* stemmed */
    assert_int_equal(hits(db, "kenmerk:4132817-1084052-DMO"), 1);
    /* a word only in the title is found as a plain word too */
    assert_int_equal(hits(db, "voortgang"), 1);
    assert_int_equal(hits(db, "title:voortgang"), 1);
    assert_int_equal(hits(db, "title:hierbij"), 0); /* body words stay out of S */

    /* the id: no self id, so the file id */
    ki_buf fid = KI_BUF_INIT, term = KI_BUF_INIT;
    assert_int_equal(ki_index_file_id("/data/brieven/a.pdf", &fid), KI_OK);
    assert_int_equal(strlen(ki_buf_str(&fid)), 5 + 16);
    assert_int_equal(ki_buf_addf(&term, "XID%s", ki_buf_str(&fid)), KI_OK);
    assert_int_equal(termfreq(db, ki_buf_str(&term)), 1);

    /* values and data */
    ki_hits *hs;
    assert_int_equal(ki_db_term_docs(db, "XTbrief", KI_SORT_DOCID, &hs), KI_OK);
    assert_true(ki_hits_valid(hs));
    assert_string_equal(ki_hits_value(hs, KI_SLOT_DATE, NULL), "20250620");
    assert_string_equal(ki_hits_value(hs, KI_SLOT_PAGES, NULL), "4");
    assert_string_equal(ki_hits_value(hs, KI_SLOT_PATH, NULL), "/data/brieven/a.pdf");
    assert_string_equal(ki_hits_value(hs, KI_SLOT_COMMITMENTS, NULL), "1");
    assert_string_equal(ki_hits_value(hs, KI_SLOT_SIGNATURE, NULL),
                        "1234:1700000000123456789:0000000000000abc");
    assert_string_equal(ki_hits_value(hs, KI_SLOT_TEXT, NULL), ""); /* in the data */
    size_t len;
    const char *data = ki_hits_data(hs, &len);
    ki_json *j = ki_json_parse(data, len, &err);
    assert_non_null(j);
    assert_string_equal(ki_json_getstr(j, "file"), "brieven/a.pdf");
    assert_string_equal(ki_json_getstr(j, "kind"), "brief");
    assert_string_equal(ki_json_getstr(j, "doc"), ki_buf_str(&fid));
    assert_string_equal(ki_json_getstr(j, "path"), "/data/brieven/a.pdf");
    assert_non_null(ki_json_getstr(j, "signature"));
    ki_json_free(j);
    ki_hits_free(hs);
    /* the body text, stored with the data, gives snippets */
    ki_search sq = {.query = "afgedaan"};
    assert_int_equal(ki_db_search(db, &sq, &hs), KI_OK);
    assert_true(ki_hits_valid(hs));
    ki_buf snip = KI_BUF_INIT;
    assert_int_equal(ki_hits_snippet(hs, 100, "[", "]", 0, &snip), KI_OK);
    assert_non_null(strstr(ki_buf_str(&snip), "[afgedaan]"));
    ki_buf_free(&snip);
    data = ki_hits_data(hs, &len);
    assert_int_equal(len, strlen(data));
    assert_int_equal(data[len - 1], '}');
    ki_hits_free(hs);
    ki_buf_free(&fid);
    ki_buf_free(&term);
    ki_db_close(db);
}

/* Two files that claim the same Kamerstuk id are both kept. */
static void test_same_self_id_two_files(void **state)
{
    (void)state;
    char dbpath[300];
    snprintf(dbpath, sizeof dbpath, "%s/two", scratch);
    ki_kamerstuk k;
    ki_motion m[2];
    ki_sponsor sp[2];
    ki_handeling h;
    ki_tknumber t;
    ki_commitment c;
    char *actors[1];
    ki_refs r = make_refs(&k, m, sp, &h, &t, &c, actors);
    char self[] = "kst-28345-290";
    r.self_id = self;
    ki_source a = {"a.pdf", "/x/a.pdf", 1, 1, 1};
    ki_source b = {"b.pdf", "/x/b.pdf", 2, 2, 2};
    store(dbpath, &a, &r, "{}");
    store(dbpath, &b, &r, "{}");
    store(dbpath, &b, &r, "{}"); /* again: replaced, not added */
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(dbpath, KI_DB_READ, &db, &err), KI_OK);
    unsigned n;
    assert_int_equal(ki_db_doccount(db, &n), KI_OK);
    assert_int_equal(n, 2);
    assert_int_equal(termfreq(db, "XIDkst-28345-290"), 2);
    assert_int_equal(hits(db, "id:28345-290"), 2);
    assert_int_equal(termfreq(db, "XKkst-28345-290"), 2);
    assert_int_equal(termfreq(db, "XD28345"), 2);
    ki_db_close(db);
}

static void test_bad_json_refused(void **state)
{
    (void)state;
    ki_refs r;
    memset(&r, 0, sizeof r);
    ki_source src = {"a", "/a", 0, 0, 0};
    ki_buf out = KI_BUF_INIT;
    ki_err err = {{0}};
    assert_int_equal(ki_index_build(&src, NULL, &r, "[1]", 3, &out, &err), KI_ERR_USAGE);
    assert_true(strlen(err.msg) > 0);
    assert_int_equal(ki_index_build(&src, NULL, &r, "{}", 2, &out, &err), KI_OK);
    assert_true(out.len > 0);
    ki_buf_free(&out);
}

static void test_hash_and_ids_are_stable(void **state)
{
    (void)state;
    /* FNV-1a 64 of "a" is af63dc4c8601ec8c. */
    assert_true(ki_hash64(KI_HASH64_INIT, "a", 1) == UINT64_C(0xaf63dc4c8601ec8c));
    ki_buf a = KI_BUF_INIT, b = KI_BUF_INIT;
    assert_int_equal(ki_index_unique_term("/x/a.pdf", &a), KI_OK);
    assert_int_equal(ki_index_unique_term("/x/a.pdf", &b), KI_OK);
    assert_string_equal(ki_buf_str(&a), ki_buf_str(&b));
    assert_int_equal(strncmp(ki_buf_str(&a), "Qfile-", 6), 0);
    ki_buf_truncate(&b, 0);
    assert_int_equal(ki_index_unique_term("/x/b.pdf", &b), KI_OK);
    assert_string_not_equal(ki_buf_str(&a), ki_buf_str(&b));
    ki_buf_free(&a);
    ki_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_terms_values_data),
        cmocka_unit_test(test_same_self_id_two_files),
        cmocka_unit_test(test_bad_json_refused),
        cmocka_unit_test(test_hash_and_ids_are_stable),
    };
    return cmocka_run_group_tests(tests, make_scratch, remove_scratch);
}
