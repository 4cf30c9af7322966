/*
 * xap.cc - the C API of xap.h over Xapian.  The only C++ file.
 *
 * Every Xapian call runs inside guarded(), which catches by type (see the
 * table in xap.h) and turns the exception into a ki_status plus a message
 * in the handle.  On DatabaseModifiedError (a reader overtaken by a writer's
 * commits) guarded() reopens the database and runs the call once more.
 * Nothing escapes: the last handler is catch (...).
 */
/* util/ headers are plain C without extern "C" guards. */
extern "C" {
#include "../util/buf.h"
#include "../util/status.h"
}
#include "xap.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xapian.h>

#include "schema.h"

static const char STEMMER[] = "kraaij_pohlmann";

struct ki_db {
    Xapian::Database *rd = nullptr;         /* always set; == wr for a writer */
    Xapian::WritableDatabase *wr = nullptr; /* set for KI_DB_WRITE */
    std::string path;
    std::string errmsg;
    bool in_txn = false;
};

struct ki_doc {
    Xapian::Document doc;
    Xapian::TermGenerator tg;
    bool any_text = false;
    std::string errmsg;
};

struct ki_hits {
    ki_db *db = nullptr;
    Xapian::Enquire enq;
    Xapian::MSet mset;
    Xapian::MSetIterator it;
    Xapian::docid cached_docid = 0;
    Xapian::Document cached_doc;
    std::string data, value, text;
    explicit ki_hits(const Xapian::Database &d) : enq(d) {}
};

struct ki_terms {
    std::vector<std::pair<std::string, unsigned>> terms;
    size_t i = 0, prefix_len = 0;
};

struct ki_values {
    std::vector<std::pair<unsigned, std::string>> values;
    size_t i = 0;
};

/* ------------------------------------------------------------ errors */

static void set_msg(std::string &dst, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void set_msg(std::string &dst, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    try {
        dst = tmp;
    } catch (...) {
        /* Out of memory for the message itself: keep the old one. */
    }
}

/* A Xapian error caused by a full disk (or a file size limit). */
static bool is_disk_full(const Xapian::Error &e)
{
    const char *es = e.get_error_string();
    if (es && (strstr(es, strerror(ENOSPC)) || strstr(es, strerror(EFBIG))
               || strstr(es, strerror(EDQUOT))))
        return true;
    const std::string &m = e.get_msg();
    return m.find(strerror(ENOSPC)) != std::string::npos
        || m.find(strerror(EFBIG)) != std::string::npos;
}

static std::string describe(const Xapian::Error &e)
{
    std::string s = e.get_msg();
    const char *es = e.get_error_string();
    if (es && *es) {
        s += " (";
        s += es;
        s += ")";
    }
    return s;
}

/*
 * Runs f() and maps whatever it throws to a status and a message in msg.
 * When db is given and f() meets DatabaseModifiedError, the database is
 * reopened and f() runs a second time.
 */
template <class F>
static ki_status guarded(ki_db *db, std::string &msg, F f)
{
    for (int attempt = 0;; attempt++) {
        try {
            f();
            return KI_OK;
        } catch (const Xapian::DatabaseLockError &e) {
            set_msg(msg, "index is locked by another process (%s)", e.get_msg().c_str());
            return KI_ERR_DB_LOCKED;
        } catch (const Xapian::DatabaseModifiedError &e) {
            if (attempt == 0 && db && db->rd) {
                try {
                    db->rd->reopen();
                    continue;
                } catch (...) {
                }
            }
            set_msg(msg, "the index changed while reading it; try again (%s)",
                    e.get_msg().c_str());
            return KI_ERR_DB;
        } catch (const Xapian::DatabaseCorruptError &e) {
            set_msg(msg, "index is damaged: %s", describe(e).c_str());
            return KI_ERR_DB_CORRUPT;
        } catch (const Xapian::QueryParserError &e) {
            set_msg(msg, "bad query: %s", e.get_msg().c_str());
            return KI_ERR_QUERY;
        } catch (const Xapian::DocNotFoundError &e) {
            set_msg(msg, "no such document: %s", e.get_msg().c_str());
            return KI_ERR_NOT_FOUND;
        } catch (const Xapian::SerialisationError &e) {
            set_msg(msg, "not a serialised document: %s", e.get_msg().c_str());
            return KI_ERR_CORRUPT;
        } catch (const Xapian::Error &e) {
            if (is_disk_full(e)) {
                set_msg(msg, "disk full while writing the index: %s", describe(e).c_str());
                return KI_ERR_DISK_FULL;
            }
            set_msg(msg, "%s: %s", e.get_type(), describe(e).c_str());
            return KI_ERR_DB;
        } catch (const std::bad_alloc &) {
            set_msg(msg, "out of memory");
            return KI_ERR_NOMEM;
        } catch (const std::exception &e) {
            set_msg(msg, "internal error: %s", e.what());
            return KI_ERR_INTERNAL;
        } catch (...) {
            set_msg(msg, "internal error: unknown exception");
            return KI_ERR_INTERNAL;
        }
    }
}

template <class F>
static ki_status guarded_db(ki_db *db, F f)
{
    ki_status st = guarded(db, db->errmsg, f);
    if (st == KI_OK)
        db->errmsg.clear();
    return st;
}

static ki_status need_writer(ki_db *db)
{
    if (db->wr)
        return KI_OK;
    set_msg(db->errmsg, "the index was opened read-only");
    return KI_ERR_USAGE;
}

/* Appends s to a ki_buf; false when out of memory. */
static bool buf_put(ki_buf *out, const std::string &s)
{
    return ki_buf_add(out, s.data(), s.size()) == KI_OK;
}

/* The stored data is the JSON record, then optionally a NUL and the body
 * text (kept there, not in a value slot, because the data table is
 * compressed).  Callers of the API only ever see the JSON. */
static size_t json_part(const std::string &data)
{
    size_t z = data.find('\0');
    return z == std::string::npos ? data.size() : z;
}

/* The body text of d: after the JSON in the data, else (older indexes)
 * the KI_SLOT_TEXT value; "" when it has neither. */
static std::string body_text(const Xapian::Document &d)
{
    std::string data = d.get_data();
    size_t z = json_part(data);
    if (z < data.size())
        return data.substr(z + 1);
    return d.get_value(KI_SLOT_TEXT);
}

/* --------------------------------------------------------------- the db */

/* Removes the files of directory dir (a glass database has no
 * subdirectories) and the directory itself; quietly, as far as it can. */
static void remove_flat_dir(const std::string &dir)
{
    DIR *d = opendir(dir.c_str());
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != nullptr)
            if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                (void)unlink((dir + "/" + e->d_name).c_str());
        closedir(d);
    }
    (void)rmdir(dir.c_str());
}

/* A new index is made whole beside path ("PATH.creating.PID") and renamed
 * into place, so that a run killed while Xapian writes its first files
 * leaves no directory that is half an index (which no later open would
 * take): either there is no index yet, or an empty one.  Xapian exceptions
 * propagate to guarded(). */
static void create_whole(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) == 0 || errno != ENOENT)
        return;
    std::string base(path);
    while (base.size() > 1 && base.back() == '/')
        base.pop_back(); /* "db/" is made as "db.creating", not inside db */
    /* one per process: two first ingests may race to make the index */
    std::string tmp = base + ".creating." + std::to_string(static_cast<long>(getpid()));
    remove_flat_dir(tmp); /* what a killed creation under this pid left */
    {
        Xapian::WritableDatabase w(tmp, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
        w.commit();
        w.close();
    }
    if (rename(tmp.c_str(), base.c_str()) != 0)
        remove_flat_dir(tmp); /* another process made it first: open theirs */
}

extern "C" ki_status ki_db_open(const char *path, ki_db_mode mode, ki_db **out, ki_err *err)
{
    *out = nullptr;
    if (!path || !*path)
        return ki_err_set(err, KI_ERR_USAGE, "no index path given");
    ki_db *db = new (std::nothrow) ki_db;
    if (!db)
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    std::string msg;
    ki_status st = guarded(nullptr, msg, [&] {
        db->path = path;
        if (mode == KI_DB_WRITE) {
            create_whole(path);
            db->wr = new Xapian::WritableDatabase(
                path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
            db->rd = db->wr;
        } else {
            db->rd = new Xapian::Database(path);
        }
    });
    if (st == KI_OK) {
        *out = db;
        return KI_OK;
    }
    struct stat sb;
    if (st == KI_ERR_DB && mode == KI_DB_READ && stat(path, &sb) != 0 && errno == ENOENT) {
        st = KI_ERR_DB_MISSING;
        msg = "no index at this path (run 'kamerindex ingest' first)";
    } else if (st == KI_ERR_DB && mode == KI_DB_READ) {
        msg = "not a kamerindex index (" + msg + ")";
    }
    delete db;
    return ki_err_set(err, st, "%s", msg.c_str());
}

extern "C" void ki_db_close(ki_db *db)
{
    if (!db)
        return;
    std::string ignored;
    guarded(nullptr, ignored, [&] {
        if (db->wr && db->in_txn)
            db->wr->cancel_transaction();
        db->in_txn = false;
        db->rd->close();
    });
    delete db->rd; /* db->wr is the same object */
    delete db;
}

extern "C" const char *ki_db_errmsg(const ki_db *db)
{
    return db ? db->errmsg.c_str() : "no index handle";
}

extern "C" const char *ki_db_path_of(const ki_db *db)
{
    return db->path.c_str();
}

extern "C" ki_status ki_db_reopen(ki_db *db)
{
    return guarded_db(db, [&] {
        if (!db->wr)
            db->rd->reopen();
    });
}

extern "C" ki_status ki_db_doccount(ki_db *db, unsigned *out)
{
    *out = 0;
    return guarded_db(db, [&] { *out = db->rd->get_doccount(); });
}

extern "C" ki_status ki_db_termfreq(ki_db *db, const char *term, unsigned *out)
{
    *out = 0;
    return guarded_db(db, [&] { *out = db->rd->get_termfreq(term); });
}

extern "C" ki_status ki_db_find(ki_db *db, const char *term, unsigned *docid)
{
    bool found = false;
    *docid = 0;
    ki_status st = guarded_db(db, [&] {
        Xapian::PostingIterator p = db->rd->postlist_begin(term);
        if (p != db->rd->postlist_end(term)) {
            *docid = *p;
            found = true;
        }
    });
    if (st == KI_OK && !found) {
        set_msg(db->errmsg, "no document holds %s", term);
        return KI_ERR_NOT_FOUND;
    }
    return st;
}

/* Runs f on document docid; a missing one is KI_ERR_NOT_FOUND. */
template <class F>
static ki_status with_document(ki_db *db, unsigned docid, F f)
{
    return guarded_db(db, [&] {
        Xapian::Document d = db->rd->get_document(docid);
        f(d);
    });
}

extern "C" ki_status ki_db_get_data(ki_db *db, unsigned docid, ki_buf *out)
{
    std::string s;
    ki_status st = with_document(db, docid, [&](Xapian::Document &d) {
        s = d.get_data();
        s.resize(json_part(s));
    });
    if (st == KI_OK && !buf_put(out, s))
        return KI_ERR_NOMEM;
    return st;
}

extern "C" ki_status ki_db_get_value(ki_db *db, unsigned docid, int slot, ki_buf *out)
{
    std::string s;
    ki_status st = with_document(db, docid, [&](Xapian::Document &d) {
        s = d.get_value((Xapian::valueno)slot);
    });
    if (st == KI_OK && !buf_put(out, s))
        return KI_ERR_NOMEM;
    return st;
}

extern "C" ki_status ki_db_get_text(ki_db *db, unsigned docid, ki_buf *out)
{
    std::string s;
    ki_status st = with_document(db, docid, [&](Xapian::Document &d) { s = body_text(d); });
    if (st == KI_OK && !buf_put(out, s))
        return KI_ERR_NOMEM;
    return st;
}

extern "C" ki_status ki_db_get_metadata(ki_db *db, const char *key, ki_buf *out)
{
    std::string s;
    ki_status st = guarded_db(db, [&] { s = db->rd->get_metadata(key); });
    if (st == KI_OK && !buf_put(out, s))
        return KI_ERR_NOMEM;
    return st;
}

extern "C" ki_status ki_db_set_metadata(ki_db *db, const char *key, const char *value)
{
    if (ki_status st = need_writer(db))
        return st;
    return guarded_db(db, [&] { db->wr->set_metadata(key, value ? value : ""); });
}

extern "C" uint64_t ki_db_disk_bytes(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return 0;
    uint64_t total = 0;
    std::string name;
    struct dirent *e;
    while ((e = readdir(d)) != nullptr) {
        try {
            name = std::string(path) + "/" + e->d_name;
        } catch (...) {
            break;
        }
        struct stat sb;
        if (stat(name.c_str(), &sb) == 0 && S_ISREG(sb.st_mode))
            total += (uint64_t)sb.st_size;
    }
    closedir(d);
    return total;
}

/* ------------------------------------------------------------- writing */

extern "C" ki_status ki_db_begin(ki_db *db)
{
    if (ki_status st = need_writer(db))
        return st;
    if (db->in_txn) {
        set_msg(db->errmsg, "a transaction is already open");
        return KI_ERR_USAGE;
    }
    ki_status st = guarded_db(db, [&] { db->wr->begin_transaction(true); });
    if (st == KI_OK)
        db->in_txn = true;
    return st;
}

extern "C" ki_status ki_db_commit(ki_db *db)
{
    if (ki_status st = need_writer(db))
        return st;
    if (!db->in_txn) {
        set_msg(db->errmsg, "no transaction is open");
        return KI_ERR_USAGE;
    }
    ki_status st = guarded_db(db, [&] { db->wr->commit_transaction(); });
    if (st != KI_OK) {
        /* Leave the index as of the previous commit. */
        std::string ignored;
        guarded(nullptr, ignored, [&] { db->wr->cancel_transaction(); });
    }
    db->in_txn = false;
    return st;
}

extern "C" ki_status ki_db_cancel(ki_db *db)
{
    if (ki_status st = need_writer(db))
        return st;
    if (!db->in_txn)
        return KI_OK;
    db->in_txn = false;
    return guarded_db(db, [&] { db->wr->cancel_transaction(); });
}

extern "C" bool ki_db_in_transaction(const ki_db *db)
{
    return db->in_txn;
}

extern "C" ki_status ki_db_replace(ki_db *db, const char *unique_term, const void *bytes,
                                   size_t len, unsigned *docid)
{
    if (ki_status st = need_writer(db))
        return st;
    bool bad_bytes = false;
    std::string why;
    ki_status st = guarded_db(db, [&] {
        Xapian::Document d;
        try {
            d = Xapian::Document::unserialise(std::string((const char *)bytes, len));
        } catch (const Xapian::NetworkError &e) { /* 1.4 reports bad bytes so */
            bad_bytes = true;
            why = e.get_msg();
            return;
        } catch (const Xapian::SerialisationError &e) {
            bad_bytes = true;
            why = e.get_msg();
            return;
        }
        d.add_boolean_term(unique_term);
        Xapian::docid id = db->wr->replace_document(unique_term, d);
        if (docid)
            *docid = id;
    });
    if (st == KI_OK && bad_bytes) {
        set_msg(db->errmsg, "not a serialised document: %s", why.c_str());
        return KI_ERR_CORRUPT;
    }
    return st;
}

extern "C" ki_status ki_db_replace_doc(ki_db *db, const char *unique_term, const ki_doc *doc,
                                       unsigned *docid)
{
    if (ki_status st = need_writer(db))
        return st;
    return guarded_db(db, [&] {
        Xapian::Document d = doc->doc;
        d.add_boolean_term(unique_term);
        Xapian::docid id = db->wr->replace_document(unique_term, d);
        if (docid)
            *docid = id;
    });
}

extern "C" ki_status ki_db_delete(ki_db *db, const char *unique_term)
{
    if (ki_status st = need_writer(db))
        return st;
    return guarded_db(db, [&] { db->wr->delete_document(unique_term); });
}

extern "C" ki_status ki_db_delete_docid(ki_db *db, unsigned docid)
{
    if (ki_status st = need_writer(db))
        return st;
    return guarded_db(db, [&] {
        try {
            db->wr->delete_document(docid);
        } catch (const Xapian::DocNotFoundError &) {
            /* already gone */
        }
    });
}

/* --------------------------------------------------- building documents */

extern "C" ki_status ki_doc_new(ki_doc **out)
{
    *out = nullptr;
    std::string msg;
    ki_doc *d = nullptr;
    ki_status st = guarded(nullptr, msg, [&] {
        d = new ki_doc;
        d->tg.set_stemmer(Xapian::Stem(STEMMER));
        d->tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        d->tg.set_document(d->doc);
    });
    if (st != KI_OK) {
        delete d;
        return st;
    }
    *out = d;
    return KI_OK;
}

extern "C" void ki_doc_free(ki_doc *d)
{
    delete d;
}

extern "C" const char *ki_doc_errmsg(const ki_doc *d)
{
    return d->errmsg.c_str();
}

extern "C" ki_status ki_doc_index_text(ki_doc *d, const char *text, size_t len,
                                       const char *prefix)
{
    return guarded(nullptr, d->errmsg, [&] {
        if (d->any_text)
            d->tg.increase_termpos(100);
        d->tg.index_text(std::string(text, len), 1, prefix ? prefix : "");
        d->any_text = true;
    });
}

extern "C" ki_status ki_doc_add_term(ki_doc *d, const char *term)
{
    if (strlen(term) > 245) {
        set_msg(d->errmsg, "term longer than 245 bytes");
        return KI_ERR_USAGE;
    }
    return guarded(nullptr, d->errmsg, [&] { d->doc.add_boolean_term(term); });
}

extern "C" ki_status ki_doc_set_value(ki_doc *d, int slot, const char *value, size_t len)
{
    return guarded(nullptr, d->errmsg, [&] {
        d->doc.add_value((Xapian::valueno)slot, std::string(value, len));
    });
}

extern "C" ki_status ki_doc_set_data(ki_doc *d, const char *data, size_t len)
{
    return guarded(nullptr, d->errmsg, [&] { d->doc.set_data(std::string(data, len)); });
}

extern "C" ki_status ki_doc_set_text(ki_doc *d, const char *text, size_t len)
{
    return guarded(nullptr, d->errmsg, [&] {
        std::string data = d->doc.get_data();
        data.resize(json_part(data));
        data += '\0';
        data.append(text, len);
        d->doc.set_data(data);
    });
}

extern "C" ki_status ki_doc_serialise(const ki_doc *d, ki_buf *out)
{
    std::string s;
    ki_doc *md = const_cast<ki_doc *>(d);
    ki_status st = guarded(nullptr, md->errmsg, [&] { s = d->doc.serialise(); });
    if (st == KI_OK && !buf_put(out, s))
        return KI_ERR_NOMEM;
    return st;
}

/* ------------------------------------------------------------ searching */

/* A boolean field whose values go through the schema's normaliser. */
class NormalisingField : public Xapian::FieldProcessor {
  public:
    explicit NormalisingField(const char *prefix) : prefix_(prefix) {}
    Xapian::Query operator()(const std::string &value) override
    {
        ki_buf b = KI_BUF_INIT;
        if (ki_schema_term(prefix_, value.c_str(), &b) != KI_OK) {
            ki_buf_free(&b);
            throw std::bad_alloc();
        }
        std::string term(ki_buf_str(&b), b.len);
        ki_buf_free(&b);
        return Xapian::Query(term);
    }

  private:
    const char *prefix_;
};

static void configure_parser(Xapian::QueryParser &qp, const Xapian::Database &db)
{
    qp.set_database(db);
    qp.set_stemmer(Xapian::Stem(STEMMER));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_AND);
    for (size_t i = 0; i < ki_schema_count; i++) {
        const ki_field *f = &ki_schema[i];
        switch (f->type) {
        case KI_FIELD_BOOLEAN:
            if (f->normalize)
                qp.add_boolean_prefix(f->name, (new NormalisingField(f->prefix))->release());
            else
                qp.add_boolean_prefix(f->name, f->prefix);
            break;
        case KI_FIELD_TEXT:
            qp.add_prefix(f->name, f->prefix);
            break;
        case KI_FIELD_DATE: {
            std::string field = std::string(f->name) + ":";
            qp.add_rangeprocessor(
                (new Xapian::DateRangeProcessor((Xapian::valueno)f->slot, field))->release());
            break;
        }
        }
    }
}

static const unsigned PARSE_FLAGS =
    Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN
    | Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD
    | Xapian::QueryParser::FLAG_PURE_NOT;

static void run_search(ki_db *db, ki_hits *h, const ki_search *s)
{
    Xapian::Query q;
    bool have_query = s->query && *s->query;
    if (have_query) {
        Xapian::QueryParser qp;
        configure_parser(qp, *db->rd);
        q = qp.parse_query(s->query, PARSE_FLAGS);
        if (q.empty()) /* only stopwords or punctuation */
            q = Xapian::Query::MatchAll;
    }
    if (s->filter && *s->filter) {
        Xapian::Query f(s->filter);
        q = have_query ? Xapian::Query(Xapian::Query::OP_FILTER, q, f)
                       : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, f, 0.0);
    } else if (!have_query) {
        q = Xapian::Query::MatchAll;
    }
    h->enq = Xapian::Enquire(*db->rd);
    h->enq.set_query(q);
    switch (s->sort) {
    case KI_SORT_RELEVANCE:
        h->enq.set_sort_by_relevance_then_value(KI_SLOT_DATE, true);
        break;
    case KI_SORT_DATE_DESC:
        h->enq.set_sort_by_value_then_relevance(KI_SLOT_DATE, true);
        break;
    case KI_SORT_DATE_ASC:
        h->enq.set_sort_by_value_then_relevance(KI_SLOT_DATE, false);
        break;
    case KI_SORT_DOCID:
        h->enq.set_weighting_scheme(Xapian::BoolWeight());
        h->enq.set_docid_order(Xapian::Enquire::ASCENDING);
        break;
    }
    Xapian::doccount n = s->limit;
    if (n == 0) {
        Xapian::doccount all = db->rd->get_doccount();
        n = all > s->offset ? all - s->offset : 0;
    }
    h->mset = h->enq.get_mset(s->offset, n);
    h->it = h->mset.begin();
    h->cached_docid = 0;
}

extern "C" ki_status ki_db_search(ki_db *db, const ki_search *s, ki_hits **out)
{
    *out = nullptr;
    ki_hits *h = nullptr;
    ki_status st = guarded_db(db, [&] {
        if (!h) {
            h = new ki_hits(*db->rd);
            h->db = db;
        }
        run_search(db, h, s);
    });
    if (st != KI_OK) {
        delete h;
        return st;
    }
    *out = h;
    return KI_OK;
}

extern "C" ki_status ki_db_term_docs(ki_db *db, const char *term, ki_sort sort, ki_hits **out)
{
    ki_search s = {};
    s.filter = term;
    s.sort = sort;
    return ki_db_search(db, &s, out);
}

extern "C" unsigned ki_hits_count(const ki_hits *h)
{
    return h->mset.size();
}

extern "C" unsigned ki_hits_total(const ki_hits *h)
{
    return h->mset.get_matches_estimated();
}

extern "C" bool ki_hits_valid(const ki_hits *h)
{
    return h->it != h->mset.end();
}

extern "C" void ki_hits_next(ki_hits *h)
{
    if (h->it != h->mset.end())
        ++h->it;
}

extern "C" void ki_hits_rewind(ki_hits *h)
{
    h->it = h->mset.begin();
}

extern "C" unsigned ki_hits_docid(const ki_hits *h)
{
    return *h->it;
}

extern "C" int ki_hits_percent(const ki_hits *h)
{
    return h->it.get_percent();
}

extern "C" double ki_hits_weight(const ki_hits *h)
{
    return h->it.get_weight();
}

/* Loads the current hit's document once per position. */
static void current_document(ki_hits *h)
{
    Xapian::docid id = *h->it;
    if (h->cached_docid != id) {
        h->cached_doc = h->it.get_document();
        h->cached_docid = id;
    }
}

extern "C" const char *ki_hits_data(ki_hits *h, size_t *len)
{
    ki_status st = guarded_db(h->db, [&] {
        current_document(h);
        h->data = h->cached_doc.get_data();
        h->data.resize(json_part(h->data));
    });
    if (st != KI_OK)
        return nullptr;
    if (len)
        *len = h->data.size();
    return h->data.c_str();
}

extern "C" const char *ki_hits_value(ki_hits *h, int slot, size_t *len)
{
    ki_status st = guarded_db(h->db, [&] {
        current_document(h);
        h->value = h->cached_doc.get_value((Xapian::valueno)slot);
    });
    if (st != KI_OK)
        return nullptr;
    if (len)
        *len = h->value.size();
    return h->value.c_str();
}

extern "C" const char *ki_hits_text(ki_hits *h, size_t *len)
{
    ki_status st = guarded_db(h->db, [&] {
        current_document(h);
        h->text = body_text(h->cached_doc);
    });
    if (st != KI_OK)
        return nullptr;
    if (len)
        *len = h->text.size();
    return h->text.c_str();
}

/* Undoes the HTML escaping MSet::snippet() applies, in one pass. */
static std::string unescape_html(const std::string &s)
{
    static const struct {
        const char *ent;
        char c;
    } ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'},
                {"&#39;", '\''}, {"&apos;", '\''}};
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        bool done = false;
        if (s[i] == '&') {
            for (const auto &e : ents) {
                size_t n = strlen(e.ent);
                if (s.compare(i, n, e.ent) == 0) {
                    out += e.c;
                    i += n;
                    done = true;
                    break;
                }
            }
        }
        if (!done)
            out += s[i++];
    }
    return out;
}

extern "C" ki_status ki_hits_snippet(ki_hits *h, size_t length, const char *hi_start,
                                     const char *hi_end, unsigned flags, ki_buf *out)
{
    std::string snip;
    ki_status st = guarded_db(h->db, [&] {
        current_document(h);
        std::string text = body_text(h->cached_doc);
        if (text.empty())
            return;
        unsigned xf = Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE;
        if (flags & KI_SNIPPET_EMPTY_IF_NO_MATCH)
            xf |= Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH;
        /* Markers that survive unescaping unchanged are inserted as is;
         * we unescape before they could be confused with text. */
        static const std::string mark_a("\x01"), mark_b("\x02");
        snip = h->mset.snippet(text, length, Xapian::Stem(STEMMER), xf, mark_a, mark_b, "...");
        if (!(flags & KI_SNIPPET_HTML))
            snip = unescape_html(snip);
        std::string res;
        res.reserve(snip.size() + 64);
        for (char c : snip) {
            if (c == '\x01')
                res += hi_start ? hi_start : "";
            else if (c == '\x02')
                res += hi_end ? hi_end : "";
            else
                res += c;
        }
        snip.swap(res);
    });
    if (st == KI_OK && !buf_put(out, snip))
        return KI_ERR_NOMEM;
    return st;
}

extern "C" void ki_hits_free(ki_hits *h)
{
    delete h;
}

/* ---------------------------------------------------------------- terms */

extern "C" ki_status ki_db_terms(ki_db *db, const char *prefix, ki_terms **out)
{
    *out = nullptr;
    ki_terms *t = nullptr;
    ki_status st = guarded_db(db, [&] {
        if (!t)
            t = new ki_terms;
        t->terms.clear();
        t->prefix_len = strlen(prefix);
        for (Xapian::TermIterator i = db->rd->allterms_begin(prefix);
             i != db->rd->allterms_end(prefix); ++i)
            t->terms.emplace_back(*i, i.get_termfreq());
    });
    if (st != KI_OK) {
        delete t;
        return st;
    }
    *out = t;
    return KI_OK;
}

extern "C" bool ki_terms_valid(const ki_terms *t)
{
    return t->i < t->terms.size();
}

extern "C" void ki_terms_next(ki_terms *t)
{
    if (t->i < t->terms.size())
        t->i++;
}

extern "C" const char *ki_terms_term(const ki_terms *t)
{
    return t->terms[t->i].first.c_str();
}

extern "C" const char *ki_terms_value(const ki_terms *t)
{
    return t->terms[t->i].first.c_str() + t->prefix_len;
}

extern "C" unsigned ki_terms_freq(const ki_terms *t)
{
    return t->terms[t->i].second;
}

extern "C" void ki_terms_free(ki_terms *t)
{
    delete t;
}

/* --------------------------------------------------------------- values */

extern "C" ki_status ki_db_values(ki_db *db, int slot, ki_values **out)
{
    *out = nullptr;
    ki_values *v = nullptr;
    ki_status st = guarded_db(db, [&] {
        if (!v)
            v = new ki_values;
        v->values.clear();
        Xapian::valueno s = (Xapian::valueno)slot;
        for (Xapian::ValueIterator i = db->rd->valuestream_begin(s);
             i != db->rd->valuestream_end(s); ++i)
            v->values.emplace_back(i.get_docid(), *i);
    });
    if (st != KI_OK) {
        delete v;
        return st;
    }
    *out = v;
    return KI_OK;
}

extern "C" bool ki_values_valid(const ki_values *v)
{
    return v->i < v->values.size();
}

extern "C" void ki_values_next(ki_values *v)
{
    if (v->i < v->values.size())
        v->i++;
}

extern "C" unsigned ki_values_docid(const ki_values *v)
{
    return v->values[v->i].first;
}

extern "C" const char *ki_values_value(const ki_values *v, size_t *len)
{
    if (len)
        *len = v->values[v->i].second.size();
    return v->values[v->i].second.c_str();
}

extern "C" void ki_values_free(ki_values *v)
{
    delete v;
}
