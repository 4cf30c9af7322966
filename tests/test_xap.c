/*
 * test_xap.c - the contract of the Xapian shim (index/xap.h) against a real
 * Xapian database in a scratch folder: failures come back as statuses with
 * messages, and what is written can be found the way query/ looks for it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "index/schema.h"
#include "index/xap.h"

static char scratch[256];

static int make_scratch(void **state)
{
    (void)state;
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/test_xap.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    return mkdtemp(scratch) ? 0 : -1;
}

static int remove_scratch(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
    return system(cmd) == 0 ? 0 : -1;
}

static void db_path(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", scratch, name);
}

/* Builds and stores one document under unique term q. */
static void add_doc(ki_db *db, const char *q, const char *body, const char *title,
                    const char *date, const char *const *terms)
{
    ki_doc *d;
    assert_int_equal(ki_doc_new(&d), KI_OK);
    assert_int_equal(ki_doc_index_text(d, body, strlen(body), NULL), KI_OK);
    if (title)
        assert_int_equal(ki_doc_index_text(d, title, strlen(title), KI_PREFIX_TITLE), KI_OK);
    for (; terms && *terms; terms++)
        assert_int_equal(ki_doc_add_term(d, *terms), KI_OK);
    if (date)
        assert_int_equal(ki_doc_set_value(d, KI_SLOT_DATE, date, strlen(date)), KI_OK);
    assert_int_equal(ki_doc_set_value(d, KI_SLOT_TEXT, body, strlen(body)), KI_OK);
    char data[128];
    snprintf(data, sizeof data, "{\"doc\":\"%s\"}", q);
    assert_int_equal(ki_doc_set_data(d, data, strlen(data)), KI_OK);
    /* Through bytes, as a worker process sends it. */
    ki_buf bytes = KI_BUF_INIT;
    assert_int_equal(ki_doc_serialise(d, &bytes), KI_OK);
    ki_doc_free(d);
    assert_int_equal(ki_db_replace(db, q, bytes.data, bytes.len, NULL), KI_OK);
    ki_buf_free(&bytes);
}

/* Three letters: the fixture most tests search. */
static void make_index(const char *path)
{
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_WRITE, &db, &err), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_OK);
    const char *t1[] = {"XTbrief", "XMkst-29279-889", "XMSkst-29279-889", "XFd66", NULL};
    add_doc(db, "Qfile-1",
            "Met deze brief is de motie van het lid Van der Werf over femicide afgedaan.",
            "Voortgang aanpak femicide", "20250620", t1);
    const char *t2[] = {"XTbrief", "XMkst-29279-889", "XMPkst-29279-889", NULL};
    add_doc(db, "Qfile-2", "Over de moties inzake femicide volgt later meer. Wetsvoorstellen & regels.",
            "Tussenstand", "20240105", t2);
    const char *t3[] = {"XTbeslisnota", NULL};
    add_doc(db, "Qfile-3", "Een beslisnota over iets anders: begroting.", NULL, NULL, t3);
    assert_int_equal(ki_db_commit(db), KI_OK);
    ki_db_close(db);
}

static unsigned count_hits(ki_db *db, const char *query, const char *filter)
{
    ki_search s = {.query = query, .filter = filter};
    ki_hits *h;
    ki_status st = ki_db_search(db, &s, &h);
    if (st) {
        print_error("search '%s': %s\n", query, ki_db_errmsg(db));
        fail();
    }
    unsigned n = 0;
    for (; ki_hits_valid(h); ki_hits_next(h))
        n++;
    assert_int_equal(n, ki_hits_count(h));
    ki_hits_free(h);
    return n;
}

static void test_missing_database(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "nothing-here");
    ki_db *db = (ki_db *)1;
    ki_err err = {{0}};
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_ERR_DB_MISSING);
    assert_null(db);
    assert_non_null(strstr(err.msg, "no index"));
}

static void test_not_an_index(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "plain-folder");
    assert_int_equal(mkdir(path, 0755), 0);
    ki_db *db;
    ki_err err = {{0}};
    ki_status st = ki_db_open(path, KI_DB_READ, &db, &err);
    assert_int_not_equal(st, KI_OK);
    assert_true(strlen(err.msg) > 0);
}

static void test_locked_database(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "locked");
    ki_db *w;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_WRITE, &w, &err), KI_OK);
    /* Another process tries to write: it must get the lock status. */
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        ki_db *w2;
        ki_err e2 = {{0}};
        ki_status st = ki_db_open(path, KI_DB_WRITE, &w2, &e2);
        _exit(st == KI_ERR_DB_LOCKED && strstr(e2.msg, "locked by another process") ? 0 : 1);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    /* A reader is not blocked by the writer. */
    assert_int_equal(ki_db_begin(w), KI_OK);
    const char *t[] = {"XTbrief", NULL};
    add_doc(w, "Qfile-a", "een brief", NULL, NULL, t);
    assert_int_equal(ki_db_commit(w), KI_OK);
    ki_db *r;
    assert_int_equal(ki_db_open(path, KI_DB_READ, &r, &err), KI_OK);
    unsigned n;
    assert_int_equal(ki_db_doccount(r, &n), KI_OK);
    assert_int_equal(n, 1);
    ki_db_close(r);
    ki_db_close(w);
}

static void test_bad_query(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "badquery");
    make_index(path);
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_OK);
    ki_search s = {.query = "date:gisteren..morgen"};
    ki_hits *h = NULL;
    assert_int_equal(ki_db_search(db, &s, &h), KI_ERR_QUERY);
    assert_null(h);
    assert_non_null(strstr(ki_db_errmsg(db), "bad query"));
    s.query = "femicide AND";
    assert_int_equal(ki_db_search(db, &s, &h), KI_ERR_QUERY);
    assert_non_null(strstr(ki_db_errmsg(db), "bad query"));
    /* The handle keeps working after a failure. */
    assert_int_equal(count_hits(db, "femicide", NULL), 2);
    assert_string_equal(ki_db_errmsg(db), "");
    ki_db_close(db);
}

static void test_read_only_refuses_writes(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "readonly");
    make_index(path);
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_ERR_USAGE);
    assert_int_equal(ki_db_delete(db, "Qfile-1"), KI_ERR_USAGE);
    assert_true(strlen(ki_db_errmsg(db)) > 0);
    ki_db_close(db);
}

static void test_search_fields(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "fields");
    make_index(path);
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_OK);
    /* kraaij_pohlmann: "motie" finds "moties", "wetsvoorstel" "Wetsvoorstellen" */
    assert_int_equal(count_hits(db, "motie", NULL), 2);
    assert_int_equal(count_hits(db, "wetsvoorstel", NULL), 1);
    /* phrases need positions */
    assert_int_equal(count_hits(db, "\"van der werf\"", NULL), 1);
    assert_int_equal(count_hits(db, "\"werf der van\"", NULL), 0);
    /* boolean fields go through the normaliser */
    assert_int_equal(count_hits(db, "motie:29279-889", NULL), 2);
    assert_int_equal(count_hits(db, "motie:\"29279, nr. 889\"", NULL), 2);
    assert_int_equal(count_hits(db, "settled:kst-29279-889", NULL), 1);
    assert_int_equal(count_hits(db, "partij:D66", NULL), 1);
    assert_int_equal(count_hits(db, "kind:brief", NULL), 2);
    assert_int_equal(count_hits(db, "kind:brief OR kind:beslisnota", NULL), 3);
    assert_int_equal(count_hits(db, "femicide NOT kind:beslisnota", NULL), 2);
    assert_int_equal(count_hits(db, "title:femicide", NULL), 1);
    /* default AND */
    assert_int_equal(count_hits(db, "femicide begroting", NULL), 0);
    /* dates: closed and open ranges */
    assert_int_equal(count_hits(db, "date:2024-01-01..2024-12-31", NULL), 1);
    assert_int_equal(count_hits(db, "date:2025-01-01..", NULL), 1);
    assert_int_equal(count_hits(db, "date:..2025-12-31", NULL), 2);
    /* empty query with and without a filter */
    assert_int_equal(count_hits(db, "", NULL), 3);
    assert_int_equal(count_hits(db, NULL, "XMkst-29279-889"), 2);
    assert_int_equal(count_hits(db, "afgedaan", "XMkst-29279-889"), 1);
    ki_db_close(db);
}

static void test_sort_data_snippet(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "sort");
    make_index(path);
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_OK);

    ki_hits *h;
    assert_int_equal(ki_db_term_docs(db, "XMkst-29279-889", KI_SORT_DATE_DESC, &h), KI_OK);
    assert_int_equal(ki_hits_count(h), 2);
    assert_string_equal(ki_hits_value(h, KI_SLOT_DATE, NULL), "20250620");
    size_t len;
    const char *data = ki_hits_data(h, &len);
    assert_string_equal(data, "{\"doc\":\"Qfile-1\"}");
    assert_int_equal(len, strlen(data));
    ki_hits_next(h);
    assert_string_equal(ki_hits_value(h, KI_SLOT_DATE, NULL), "20240105");
    ki_hits_next(h);
    assert_false(ki_hits_valid(h));
    ki_hits_free(h);

    ki_search s = {.query = "wetsvoorstel", .limit = 1};
    assert_int_equal(ki_db_search(db, &s, &h), KI_OK);
    assert_true(ki_hits_valid(h));
    assert_true(ki_hits_percent(h) > 0);
    ki_buf snip = KI_BUF_INIT;
    assert_int_equal(ki_hits_snippet(h, 200, "[", "]", 0, &snip), KI_OK);
    assert_non_null(strstr(ki_buf_str(&snip), "[Wetsvoorstellen]"));
    assert_non_null(strstr(ki_buf_str(&snip), "& regels")); /* not &amp; */
    ki_buf_truncate(&snip, 0);
    assert_int_equal(ki_hits_snippet(h, 200, "<b>", "</b>", KI_SNIPPET_HTML, &snip), KI_OK);
    assert_non_null(strstr(ki_buf_str(&snip), "&amp; regels"));
    ki_buf_free(&snip);
    ki_hits_free(h);

    /* offset and limit */
    ki_search page = {.query = NULL, .offset = 1, .limit = 1, .sort = KI_SORT_DATE_ASC};
    assert_int_equal(ki_db_search(db, &page, &h), KI_OK);
    assert_int_equal(ki_hits_count(h), 1);
    assert_string_equal(ki_hits_value(h, KI_SLOT_DATE, NULL), "20240105");
    ki_hits_free(h);
    ki_db_close(db);
}

static void test_terms_values_metadata(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "terms");
    make_index(path);
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_WRITE, &db, &err), KI_OK);

    ki_terms *t;
    assert_int_equal(ki_db_terms(db, KI_PREFIX_KIND, &t), KI_OK);
    assert_true(ki_terms_valid(t));
    assert_string_equal(ki_terms_term(t), "XTbeslisnota");
    assert_string_equal(ki_terms_value(t), "beslisnota");
    assert_int_equal(ki_terms_freq(t), 1);
    ki_terms_next(t);
    assert_string_equal(ki_terms_value(t), "brief");
    assert_int_equal(ki_terms_freq(t), 2);
    ki_terms_next(t);
    assert_false(ki_terms_valid(t));
    ki_terms_free(t);

    ki_values *v;
    assert_int_equal(ki_db_values(db, KI_SLOT_DATE, &v), KI_OK);
    unsigned n = 0;
    for (; ki_values_valid(v); ki_values_next(v))
        n++;
    assert_int_equal(n, 2); /* the third has no date */
    ki_values_free(v);

    unsigned id;
    assert_int_equal(ki_db_find(db, "Qfile-2", &id), KI_OK);
    assert_int_equal(ki_db_find(db, "Qfile-9", &id), KI_ERR_NOT_FOUND);
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_db_get_data(db, 9999, &b), KI_ERR_NOT_FOUND);

    assert_int_equal(ki_db_get_metadata(db, "failed", &b), KI_OK);
    assert_int_equal(b.len, 0);
    assert_int_equal(ki_db_begin(db), KI_OK);
    assert_int_equal(ki_db_set_metadata(db, "failed", "[1]"), KI_OK);
    assert_int_equal(ki_db_delete(db, "Qfile-2"), KI_OK);
    assert_int_equal(ki_db_delete(db, "Qfile-2"), KI_OK); /* already gone */
    assert_int_equal(ki_db_commit(db), KI_OK);
    assert_int_equal(ki_db_get_metadata(db, "failed", &b), KI_OK);
    assert_string_equal(ki_buf_str(&b), "[1]");
    ki_buf_free(&b);
    assert_int_equal(ki_db_doccount(db, &n), KI_OK);
    assert_int_equal(n, 2);
    ki_db_close(db);
    assert_true(ki_db_disk_bytes(path) > 0);
    assert_int_equal(ki_db_disk_bytes(scratch), 0 * ki_db_disk_bytes(scratch));
}

static void test_cancel_and_close_discard(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "cancel");
    make_index(path);
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_WRITE, &db, &err), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_ERR_USAGE);
    const char *t[] = {"XTbrief", NULL};
    add_doc(db, "Qfile-x", "weg", NULL, NULL, t);
    assert_int_equal(ki_db_cancel(db), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_OK);
    add_doc(db, "Qfile-y", "ook weg", NULL, NULL, t);
    ki_db_close(db); /* open transaction: cancelled */
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_OK);
    unsigned n;
    assert_int_equal(ki_db_doccount(db, &n), KI_OK);
    assert_int_equal(n, 3);
    ki_db_close(db);
}

static void test_garbage_bytes(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "garbage");
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_WRITE, &db, &err), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_OK);
    assert_int_equal(ki_db_replace(db, "Qx", "\xff\xff\xff\xff", 4, NULL), KI_ERR_CORRUPT);
    assert_true(strlen(ki_db_errmsg(db)) > 0);
    assert_int_equal(ki_db_commit(db), KI_OK);
    ki_db_close(db);
}

static void test_normalisers(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } kst[] = {
        {"29279-889", "kst-29279-889"},
        {"kst-29279-889", "kst-29279-889"},
        {"29279, nr. 889", "kst-29279-889"},
        {"29 279, nr. 889", "kst-29279-889"},
        {"36200-xvi-12", "kst-36200-XVI-12"},
        {"21501-07-1750", "kst-21501-07-1750"},
        {"Kamerstukken II 2023/24, 28345, nr. 278", "kst-28345-278"},
        {"kst-36200-II-3", "kst-36200-II-3"},
        {"femicide", "femicide"},
    };
    for (size_t i = 0; i < sizeof kst / sizeof kst[0]; i++) {
        ki_buf b = KI_BUF_INIT;
        assert_int_equal(ki_norm_kamerstuk(kst[i].in, &b), KI_OK);
        assert_string_equal(ki_buf_str(&b), kst[i].out);
        ki_buf_free(&b);
    }
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_schema_term(KI_PREFIX_SPONSOR, "  Van der  Werf ", &b), KI_OK);
    assert_string_equal(ki_buf_str(&b), "XIvan der werf");
    ki_buf_truncate(&b, 0);
    assert_int_equal(ki_schema_term(KI_PREFIX_DOSSIER, "36200 XVI", &b), KI_OK);
    assert_string_equal(ki_buf_str(&b), "XD36200-XVI");
    ki_buf_truncate(&b, 0);
    assert_int_equal(ki_schema_term(KI_PREFIX_SPONSOR, "\xc3\x89\xc3\xa9n", &b), KI_OK);
    assert_string_equal(ki_buf_str(&b), "XI\xc3\xa9\xc3\xa9n");
    /* a long value is cut at a UTF-8 boundary */
    char lng[600];
    for (size_t i = 0; i + 2 < sizeof lng; i += 2)
        memcpy(lng + i, "\xc3\xa9", 2);
    lng[sizeof lng - 2] = '\0';
    ki_buf_truncate(&b, 0);
    assert_int_equal(ki_schema_term(KI_PREFIX_VENUE, lng, &b), KI_OK);
    assert_true(b.len <= KI_TERM_MAX);
    assert_true(((unsigned char)b.data[b.len - 1]) == 0xa9);
    ki_buf_free(&b);
    /* every row has help and an example; boolean and text rows a prefix */
    for (size_t i = 0; i < ki_schema_count; i++) {
        assert_non_null(ki_schema[i].help);
        assert_non_null(ki_schema[i].example);
        if (ki_schema[i].type != KI_FIELD_DATE)
            assert_non_null(ki_schema[i].prefix);
    }
    assert_non_null(ki_schema_find("kamerstuk"));
    assert_null(ki_schema_find("nope"));
}

/* Every example in the schema table parses and runs. */
static void test_schema_examples_parse(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "examples");
    make_index(path);
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_OK);
    for (size_t i = 0; i < ki_schema_count; i++) {
        ki_search s = {.query = ki_schema[i].example};
        ki_hits *h;
        ki_status st = ki_db_search(db, &s, &h);
        if (st)
            print_error("%s: %s\n", ki_schema[i].example, ki_db_errmsg(db));
        assert_int_equal(st, KI_OK);
        ki_hits_free(h);
    }
    ki_db_close(db);
}

/* Stores a document with data json, optionally body text through
 * ki_doc_set_text() and/or the old KI_SLOT_TEXT value. */
static void add_text_doc(ki_db *db, const char *q, const char *json, const char *text,
                         const char *slot_text)
{
    ki_doc *d;
    assert_int_equal(ki_doc_new(&d), KI_OK);
    assert_int_equal(ki_doc_add_term(d, "XTbrief"), KI_OK);
    assert_int_equal(ki_doc_set_data(d, json, strlen(json)), KI_OK);
    if (text)
        assert_int_equal(ki_doc_set_text(d, text, strlen(text)), KI_OK);
    if (slot_text)
        assert_int_equal(ki_doc_set_value(d, KI_SLOT_TEXT, slot_text, strlen(slot_text)), KI_OK);
    ki_buf bytes = KI_BUF_INIT;
    assert_int_equal(ki_doc_serialise(d, &bytes), KI_OK);
    ki_doc_free(d);
    assert_int_equal(ki_db_replace(db, q, bytes.data, bytes.len, NULL), KI_OK);
    ki_buf_free(&bytes);
}

static void test_body_text(void **state)
{
    (void)state;
    char path[300];
    db_path(path, sizeof path, "text");
    ki_db *db;
    ki_err err;
    assert_int_equal(ki_db_open(path, KI_DB_WRITE, &db, &err), KI_OK);
    assert_int_equal(ki_db_begin(db), KI_OK);
    add_text_doc(db, "Qa", "{\"doc\":\"a\"}", "verzoekt de regering te zorgen", NULL);
    add_text_doc(db, "Qb", "{\"doc\":\"b\"}", NULL, "oude tekst in het slot");
    add_text_doc(db, "Qc", "{\"doc\":\"c\"}", NULL, NULL);
    assert_int_equal(ki_db_commit(db), KI_OK);
    ki_db_close(db);
    assert_int_equal(ki_db_open(path, KI_DB_READ, &db, &err), KI_OK);

    static const char *const want[] = {"verzoekt de regering te zorgen",
                                       "oude tekst in het slot", ""};
    static const char *const ids[] = {"Qa", "Qb", "Qc"};
    for (int i = 0; i < 3; i++) {
        unsigned docid;
        assert_int_equal(ki_db_find(db, ids[i], &docid), KI_OK);
        ki_buf b = KI_BUF_INIT;
        assert_int_equal(ki_buf_add(&b, "x", 1), KI_OK); /* appends */
        assert_int_equal(ki_db_get_text(db, docid, &b), KI_OK);
        assert_int_equal(b.len, 1 + strlen(want[i]));
        assert_memory_equal(b.data + 1, want[i], strlen(want[i]));
        ki_buf_truncate(&b, 0);
        assert_int_equal(ki_db_get_data(db, docid, &b), KI_OK); /* JSON only */
        assert_int_equal(b.len, 11);
        ki_buf_free(&b);
    }
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_db_get_text(db, 9999, &b), KI_ERR_NOT_FOUND);
    assert_int_equal(b.len, 0);
    ki_buf_free(&b);

    ki_hits *h;
    assert_int_equal(ki_db_term_docs(db, "XTbrief", KI_SORT_DOCID, &h), KI_OK);
    assert_int_equal(ki_hits_count(h), 3);
    for (int i = 0; i < 3; i++, ki_hits_next(h)) {
        size_t len = 99;
        const char *t = ki_hits_text(h, &len);
        assert_non_null(t);
        assert_string_equal(t, want[i]);
        assert_int_equal(len, strlen(want[i]));
        assert_int_equal(strlen(ki_hits_data(h, NULL)), 11);
        assert_non_null(ki_hits_text(h, NULL)); /* len may be NULL */
    }
    ki_hits_free(h);
    ki_db_close(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_missing_database),
        cmocka_unit_test(test_not_an_index),
        cmocka_unit_test(test_locked_database),
        cmocka_unit_test(test_bad_query),
        cmocka_unit_test(test_read_only_refuses_writes),
        cmocka_unit_test(test_search_fields),
        cmocka_unit_test(test_sort_data_snippet),
        cmocka_unit_test(test_terms_values_metadata),
        cmocka_unit_test(test_body_text),
        cmocka_unit_test(test_cancel_and_close_discard),
        cmocka_unit_test(test_garbage_bytes),
        cmocka_unit_test(test_normalisers),
        cmocka_unit_test(test_schema_examples_parse),
    };
    return cmocka_run_group_tests(tests, make_scratch, remove_scratch);
}
