/*
 * query_bench - search and motion look-up latency on a generated index,
 * side by side with SQLite FTS5 over the same texts (bench/query.sh).
 *
 *   query_bench [--docs N] [--queries N] [--dir DIR]
 *
 * Builds, in DIR, a Xapian index of N generated documents and an FTS5 table
 * of the same documents, then times the same ~200 queries (words, two-word
 * AND, phrases and field queries) and ~200 motion look-ups on both, and
 * prints p50/p99/mean and the FTS5/kamerindex ratio.
 *
 * The documents are generated straight into the index through the real
 * indexer (index/indexer.h ki_index_build, the code `ingest` uses) from
 * records made here, skipping PDF extraction and detection, which this
 * benchmark does not measure.  Text: words drawn from a Zipf distribution
 * over ~4,300 Dutch and Dutch-like words; letters cite motions (whose own
 * documents are also in the index), with sponsors, parties and dossiers.
 *
 * What is timed on each side:
 *   kamerindex  ki_search_run(): the query parsed with the schema, the top
 *               20 hits with their records and a 200-byte snippet - what
 *               `kamerindex search` does before printing.
 *               ki_motion_lookup(): the posting list of the motion, every
 *               letter's record parsed, the motion's own document and text.
 *   FTS5        SELECT ... MATCH ? ORDER BY rank LIMIT 20 with snippet();
 *               dates as an UNINDEXED column filtered in WHERE; look-ups as
 *               MATCH on a motions column, ORDER BY date DESC, every row's
 *               JSON record parsed with the same parser.
 * FTS5 has no Dutch stemmer (unicode61 tokenizer), so its word queries do
 * less work than ours.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "index/indexer.h"
#include "index/schema.h"
#include "index/xap.h"
#include "query/lookup.h"
#include "query/search.h"
#include "util/json.h"

/* ---------------------------------------------------------- randomness */

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static unsigned rnd_below(unsigned n)
{
    return (unsigned)(rnd() % n);
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

/* ---------------------------------------------------------- vocabulary */

static const char *const real_words[] = {
    "motie", "moties", "regering", "kabinet", "minister", "staatssecretaris", "kamer", "brief",
    "toezegging", "toezeggingen", "debat", "commissiedebat", "begroting", "veiligheid",
    "onderwijs", "zorg", "wonen", "woningbouw", "huurders", "stikstof", "landbouw", "boeren",
    "klimaat", "energie", "gas", "groningen", "mijnbouw", "asiel", "migratie", "opvang",
    "politie", "justitie", "rechtspraak", "gevangenis", "slachtoffers", "femicide", "geweld",
    "vrouwen", "kinderen", "jeugdzorg", "pensioen", "arbeidsmarkt", "werkgevers", "werknemers",
    "belasting", "toeslagen", "herstel", "ouders", "gemeenten", "provincies", "waterschappen",
    "infrastructuur", "wegen", "spoor", "luchtvaart", "schiphol", "defensie", "oekraine",
    "navo", "europese", "unie", "digitale", "overheid", "privacy", "algoritmes", "cyber",
    "onderzoek", "evaluatie", "uitvoering", "wetsvoorstel", "wetsvoorstellen", "amendement",
    "verzoekt", "constaterende", "overwegende", "afgedaan", "voldaan", "uitgevoerd",
    "voortgang", "rapportage", "monitor", "inspectie", "toezicht", "handhaving", "subsidie",
    "financiering", "middelen", "structureel", "incidenteel", "pilot", "programma", "aanpak",
    "maatregelen", "beleid", "wetgeving", "regelgeving", "zomer", "najaar", "voorjaar",
    "kwartaal", "informeren", "verkennen", "uitwerken", "bespreken", "gesprek", "partners",
    "ketenpartners", "professionals", "signalen", "rode", "vlaggen", "stalking", "huiselijk",
    "zeden", "onveiligheid", "leraren", "scholen", "studenten", "universiteiten", "mbo", "hbo",
    "ziekenhuizen", "huisartsen", "ggz", "wachtlijsten", "ouderen", "mantelzorg", "armoede",
    "schulden", "bijstand", "minimumloon", "koopkracht", "inflatie", "economie", "ondernemers",
    "mkb", "innovatie", "natuur", "water", "dijken", "zeespiegel", "drinkwater", "cultuur",
    "sport", "media", "omroep", "erfgoed", "musea", "bibliotheken", "taal", "integratie",
    "inburgering", "discriminatie", "racisme", "emancipatie", "lhbti", "gelijke", "kansen",
    "rechtsstaat", "grondwet", "democratie", "verkiezingen", "kiesraad", "decentrale",
    "overheden", "provinciefonds", "gemeentefonds", "jeugdwet", "wmo", "participatiewet",
    "omgevingswet", "woningwet", "huurwet", "vreemdelingenwet", "wetboek", "strafrecht",
    "strafvordering", "cassatie", "advocatuur", "rechtsbijstand", "mediation", "zorgverzekering",
    "eigen", "risico", "premie", "apotheek", "geneesmiddelen", "vaccinatie", "pandemie",
    "crisis", "rampenbestrijding", "brandweer", "ambulance", "meldkamer", "noodhulp",
};

#define NPSEUDO 40000
static char pseudo[NPSEUDO][20];
static const char *vocab[sizeof real_words / sizeof real_words[0] + NPSEUDO];
static size_t nvocab;
static double zipf_cdf[sizeof real_words / sizeof real_words[0] + NPSEUDO];

static void make_vocab(void)
{
    static const char *const syl[] = {"ver", "be", "ge", "ont", "aan", "over", "onder", "door",
                                      "stel", "zet", "werk", "plan", "leg", "gang", "ing", "heid",
                                      "baar", "lijk", "schap", "nis", "kom", "voor", "uit", "mee",
                                      "lan", "der", "ken", "tal", "rol", "mark"};
    const size_t ns = sizeof syl / sizeof syl[0];
    size_t nreal = sizeof real_words / sizeof real_words[0];
    /* interleave real and made-up words so both kinds have every frequency */
    for (size_t i = 0; i < NPSEUDO; i++) {
        uint64_t h = mix(i + 1);
        /* three or four syllables: 30^3 + 30^4 possible words, few collide */
        if (i % 3)
            snprintf(pseudo[i], sizeof pseudo[i], "%s%s%s%s", syl[h % ns], syl[(h >> 8) % ns],
                     syl[(h >> 16) % ns], syl[(h >> 24) % ns]);
        else
            snprintf(pseudo[i], sizeof pseudo[i], "%s%s%s", syl[h % ns], syl[(h >> 8) % ns],
                     syl[(h >> 16) % ns]);
    }
    size_t r = 0, p = 0;
    while (r < nreal || p < NPSEUDO) {
        if (r < nreal)
            vocab[nvocab++] = real_words[r++];
        for (int k = 0; k < 160 && p < NPSEUDO; k++)
            vocab[nvocab++] = pseudo[p++];
    }
    double sum = 0;
    for (size_t i = 0; i < nvocab; i++)
        sum += 1.0 / pow((double)(i + 1), 1.0);
    double acc = 0;
    for (size_t i = 0; i < nvocab; i++) {
        acc += 1.0 / pow((double)(i + 1), 1.0) / sum;
        zipf_cdf[i] = acc;
    }
}

static const char *zipf_word(void)
{
    double u = (double)(rnd() >> 11) / 9007199254740992.0;
    size_t lo = 0, hi = nvocab - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (zipf_cdf[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    return vocab[lo];
}

/* ------------------------------------------------------ the documents */

static const char *const surnames[] = {
    "Van der Werf", "Mutluer", "Bikker", "Omtzigt", "Dassen", "Van Baarle", "Kwint", "Becker",
    "De Hoop", "Hertzberger", "Ceder", "Van der Plas", "Eerdmans", "Klaver", "Jetten",
    "Bontenbal", "Yesilgöz", "Wilders", "Marijnissen", "Ouwehand", "Stoffer", "Van Dijk",
    "Paternotte", "Sneller", "Podt", "Vijlbrief", "Kathmann", "Michon", "Bromet", "Grinwis",
};
static const char *const parties[] = {"D66", "GL-PvdA", "CU", "NSC", "Volt", "DENK", "SP",
                                      "VVD", "BBB", "JA21", "CDA", "PVV", "PvdD", "SGP", "50PLUS"};
static const char *const actors[] = {"SJenV", "MJenV", "MinBZK", "MinOCW", "MinVWS", "MinEZK",
                                     "MinFin", "MinIenW", "MinSZW", "MinDef", "MinLNV", "MinAZ"};
static const char *const kinds_of[] = {"brief", "brief", "brief", "brief", "brief", "verslag",
                                       "antwoord"};

#define NDOSSIERS 300

static int dossier_of(unsigned i)
{
    return 20000 + (int)(mix(i % NDOSSIERS + 7) % 17000);
}

/* Document i: every 7th (i % 7 == 3) is a motion. */
static bool is_motion(unsigned i)
{
    return i % 7 == 3;
}

static void doc_id(unsigned i, char *out, size_t n)
{
    snprintf(out, n, "kst-%d-%u", dossier_of(i), i / NDOSSIERS + 1);
}

static void sponsor_of(unsigned motion_doc, int k, const char **name, const char **party)
{
    uint64_t h = mix(motion_doc * 31u + (unsigned)k);
    *name = surnames[h % (sizeof surnames / sizeof surnames[0])];
    *party = parties[(h >> 20) % (sizeof parties / sizeof parties[0])];
}

static void date_of(unsigned i, unsigned n, char out[11])
{
    /* 2015-01-01 + i/n of ten years, plus a few days of jitter */
    long days = (long)((double)i / n * 3650) + (long)(mix(i) % 20);
    struct tm tm = {.tm_year = 115, .tm_mon = 0, .tm_mday = 1 + (int)days, .tm_hour = 12};
    timegm(&tm);
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)(tm.tm_year + 1900) % 10000u,
             (unsigned)(tm.tm_mon + 1) % 100u, (unsigned)tm.tm_mday % 100u);
}

static void add_words(ki_buf *b, int n)
{
    for (int k = 0; k < n; k++) {
        ki_buf_adds(b, zipf_word());
        ki_buf_addc(b, (k % 12 == 11) ? '.' : ' ');
        if (k % 12 == 11)
            ki_buf_addc(b, ' ');
    }
}

typedef struct gen_doc {
    char id[48], date[11], title[160];
    const char *kind;
    ki_buf body, json;
    /* fts5 columns */
    ki_buf dossiers, sponsors, parties, motions;
} gen_doc;

static const char *const rel_names[] = {"cited", "addressed", "progress", "settled", "made"};

/* Builds document i of n: its ki_refs, text and refs JSON, and the index bytes. */
static int build_doc(unsigned i, unsigned n, gen_doc *g, ki_buf *bytes, ki_buf *uniq)
{
    ki_motion motions[5];
    ki_sponsor sps[5][2];
    char mids[5][48], subj[5][96];
    ki_commitment com;
    char *com_actor[1];
    ki_refs refs;
    memset(&refs, 0, sizeof refs);
    memset(motions, 0, sizeof motions);
    rng_state = mix(i + 0x5eed) | 1; /* each document from its own seed */

    doc_id(i, g->id, sizeof g->id);
    date_of(i, n, g->date);
    g->kind = is_motion(i) ? "motie" : kinds_of[mix(i) % (sizeof kinds_of / sizeof kinds_of[0])];
    ki_buf_truncate(&g->body, 0);
    ki_buf_truncate(&g->json, 0);
    ki_buf_truncate(&g->dossiers, 0);
    ki_buf_truncate(&g->sponsors, 0);
    ki_buf_truncate(&g->parties, 0);
    ki_buf_truncate(&g->motions, 0);
    ki_buf_addf(&g->dossiers, "%d", dossier_of(i));

    size_t nm = 0;
    if (is_motion(i)) {
        snprintf(g->title, sizeof g->title, "Motie over %s en %s", zipf_word(), zipf_word());
        snprintf(mids[0], sizeof mids[0], "%s", g->id);
        nm = 1;
        motions[0].relation = KI_REL_CITED;
        ki_buf_adds(&g->body, "De Kamer, gehoord de beraadslaging, constaterende dat ");
        add_words(&g->body, 40);
        ki_buf_adds(&g->body, "\n\nverzoekt de regering ");
        add_words(&g->body, 30);
        ki_buf_adds(&g->body, "\n\nen gaat over tot de orde van de dag.\n");
    } else {
        snprintf(g->title, sizeof g->title, "Brief over %s, %s en %s", zipf_word(), zipf_word(),
                 zipf_word());
        add_words(&g->body, 60 + (int)rnd_below(120));
        nm = rnd_below(5);
        for (size_t k = 0; k < nm; k++) {
            /* a motion among the documents: any j with is_motion(j) */
            unsigned j = (rnd_below(n / 7)) * 7 + 3;
            if (j >= n)
                j = 3;
            doc_id(j, mids[k], sizeof mids[k]);
            motions[k].relation = (ki_relation)rnd_below(4);
            ki_buf_addf(&g->body, "\n\nDe motie %s (Kamerstuk %d, nr. %u) ", mids[k] + 4,
                        dossier_of(j), j / NDOSSIERS + 1);
            add_words(&g->body, 20);
            if (motions[k].relation == KI_REL_SETTLED)
                ki_buf_adds(&g->body, "Hiermee beschouw ik de motie als afgedaan.");
            ki_buf_addf(&g->dossiers, " %d", dossier_of(j));
        }
    }
    unsigned mdoc[5];
    for (size_t k = 0; k < nm; k++) {
        mdoc[k] = is_motion(i) && k == 0 ? i : 0;
        if (!mdoc[k]) {
            /* recover j from the id: the motion of mids[k] */
            unsigned nr;
            int d;
            sscanf(mids[k], "kst-%d-%u", &d, &nr);
            mdoc[k] = 0;
            for (unsigned r = 0; r < NDOSSIERS; r++)
                if (dossier_of(r) == d) {
                    mdoc[k] = (nr - 1) * NDOSSIERS + r;
                    break;
                }
        }
        size_t ns = 1 + mix(mdoc[k]) % 2;
        for (size_t s = 0; s < ns; s++) {
            const char *nm_, *pt;
            sponsor_of(mdoc[k], (int)s, &nm_, &pt);
            sps[k][s].name = (char *)nm_;
            sps[k][s].party = (char *)pt;
            ki_buf_addf(&g->sponsors, "%s; ", nm_);
            ki_buf_addf(&g->parties, "%s ", pt);
        }
        snprintf(subj[k], sizeof subj[k], "%s van %s", vocab[mix(mdoc[k]) % 300],
                 vocab[mix(mdoc[k] + 1) % 300]);
        motions[k].kamerstuk = mids[k];
        motions[k].sponsors = sps[k];
        motions[k].nsponsors = ns;
        motions[k].subject = subj[k];
        motions[k].span.page = 1 + (int)rnd_below(4);
        ki_buf_addf(&g->motions, "%s ", mids[k]);
    }
    bool has_com = !is_motion(i) && rnd_below(10) == 0;
    if (has_com) {
        memset(&com, 0, sizeof com);
        com_actor[0] = (char *)actors[rnd_below(sizeof actors / sizeof actors[0])];
        com.actors = com_actor;
        com.nactors = 1;
        com.venue = (char *)"commissiedebat";
        com.date = g->date;
        com.deadline = (char *)"voor de zomer";
        com.subject = (char *)"de Kamer informeren";
        com.relation = KI_REL_MADE;
    }

    refs.kind = (char *)g->kind;
    refs.date = g->date;
    refs.title = g->title;
    refs.self_id = g->id;
    refs.pages = 1 + (int)(g->body.len / 3000);
    refs.motions = motions;
    refs.nmotions = nm;
    refs.commitments = has_com ? &com : NULL;
    refs.ncommitments = has_com ? 1 : 0;

    /* the refs --json record */
    ki_buf *j = &g->json;
    ki_buf_addf(j, "{\"file\":\"gen/doc-%06u.txt\",\"pages\":%d,\"kind\":\"%s\",\"date\":\"%s\","
                   "\"title\":", i, refs.pages, g->kind, g->date);
    ki_json_str(j, g->title);
    ki_buf_addf(j, ",\"self\":{\"id\":\"%s\",\"kenmerk\":null},\"kamerstukken\":[],"
                   "\"handelingen\":[],\"tk_numbers\":[],\"motions\":[", g->id);
    for (size_t k = 0; k < nm; k++) {
        ki_buf_addf(j, "%s{\"kamerstuk\":\"%s\",\"sponsors\":[", k ? "," : "", mids[k]);
        for (size_t s = 0; s < motions[k].nsponsors; s++) {
            ki_buf_adds(j, s ? ",{\"name\":" : "{\"name\":");
            ki_json_str(j, sps[k][s].name);
            ki_buf_addf(j, ",\"party\":\"%s\"}", sps[k][s].party);
        }
        ki_buf_addf(j, "],\"cs\":false,\"subject\":\"%s\",\"relation\":\"%s\",\"page\":%d,"
                       "\"start\":0,\"end\":0,\"text\":\"de motie\"}",
                    subj[k], rel_names[motions[k].relation], motions[k].span.page);
    }
    ki_buf_adds(j, "],\"commitments\":[");
    if (has_com)
        ki_buf_addf(j, "{\"actors\":[\"%s\"],\"venue\":\"commissiedebat\",\"date\":\"%s\","
                       "\"deadline\":\"voor de zomer\",\"subject\":\"de Kamer informeren\","
                       "\"refs\":[],\"relation\":\"made\",\"page\":1,\"start\":0,\"end\":0,"
                       "\"text\":\"toezegging\"}", com_actor[0], g->date);
    ki_buf_adds(j, "],\"warnings\":[]}");

    char path[64];
    snprintf(path, sizeof path, "/bench/gen/doc-%06u.txt", i);
    ki_source src = {path + 7, path, g->body.len, 0, mix(i)};
    ki_text text;
    memset(&text, 0, sizeof text);
    text.buf = g->body.data;
    text.len = g->body.len;
    text.npages = refs.pages;
    ki_err err;
    ki_buf_truncate(bytes, 0);
    ki_buf_truncate(uniq, 0);
    if (ki_index_build(&src, &text, &refs, j->data, j->len, bytes, &err) ||
        ki_index_unique_term(path, uniq)) {
        fprintf(stderr, "query_bench: doc %u: %s\n", i, err.msg);
        return -1;
    }
    return 0;
}

/* Removes a Xapian folder from an earlier run (it holds only files). */
static void remove_dir(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return;
    struct dirent *e;
    char p[1024];
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(p, sizeof p, "%s/%s", path, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(path);
}

/* ------------------------------------------------------------- timing */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double load_average(void)
{
    double l = 0;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf", &l) != 1)
            l = 0;
        fclose(f);
    }
    return l;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct stats {
    double p50, p99, mean;
} stats;

static stats summarize(double *t, size_t n)
{
    stats s = {0, 0, 0};
    if (!n)
        return s;
    qsort(t, n, sizeof *t, cmp_double);
    for (size_t i = 0; i < n; i++)
        s.mean += t[i];
    s.mean /= (double)n;
    s.p50 = t[n / 2];
    s.p99 = t[(size_t)ceil(0.99 * (double)n) - 1];
    return s;
}

/* ------------------------------------------------------------ queries */

typedef struct bq {
    char xq[256];   /* kamerindex query */
    char fq[256];   /* FTS5 MATCH expression */
    char from[11], to[11]; /* FTS5 date filter, "" when none */
    const char *type;
} bq;

static const char *mid_word(void)
{
    /* a word people search for: not among the 30 commonest, rank up to 8000 */
    return vocab[30 + rnd_below(7970)];
}

static void make_queries(bq *qs, size_t nq, unsigned ndocs, const gen_doc *sample)
{
    for (size_t i = 0; i < nq; i++) {
        bq *q = &qs[i];
        memset(q, 0, sizeof *q);
        unsigned kind = (unsigned)(i % 20);
        const char *w = mid_word(), *w2 = mid_word();
        if (kind < 6) {
            q->type = "word";
            snprintf(q->xq, sizeof q->xq, "%s", w);
            snprintf(q->fq, sizeof q->fq, "%s", w);
        } else if (kind < 10) {
            q->type = "and";
            snprintf(q->xq, sizeof q->xq, "%s %s", w, w2);
            snprintf(q->fq, sizeof q->fq, "%s %s", w, w2);
        } else if (kind < 13) {
            q->type = "phrase";
            /* two neighbouring words of a generated body */
            const char *b = sample[i % 16].body.data;
            size_t len = sample[i % 16].body.len;
            size_t at = rnd_below((unsigned)(len > 200 ? len - 200 : 1));
            while (at < len && b[at] != ' ')
                at++;
            char a1[32] = "", a2[32] = "";
            sscanf(b + at, " %31[a-z] %31[a-z]", a1, a2);
            if (!*a1 || !*a2) {
                snprintf(a1, sizeof a1, "de");
                snprintf(a2, sizeof a2, "motie");
            }
            snprintf(q->xq, sizeof q->xq, "\"%s %s\"", a1, a2);
            snprintf(q->fq, sizeof q->fq, "\"%s %s\"", a1, a2);
        } else if (kind == 13) {
            q->type = "field";
            snprintf(q->xq, sizeof q->xq, "kind:motie %s", w);
            snprintf(q->fq, sizeof q->fq, "kind:motie AND %s", w);
        } else if (kind == 14) {
            q->type = "field";
            int d = dossier_of(rnd_below(NDOSSIERS));
            snprintf(q->xq, sizeof q->xq, "dossier:%d", d);
            snprintf(q->fq, sizeof q->fq, "dossiers:%d", d);
        } else if (kind == 15) {
            q->type = "field";
            const char *s = surnames[rnd_below(sizeof surnames / sizeof surnames[0])];
            snprintf(q->xq, sizeof q->xq, "indiener:\"%s\" %s", s, w);
            snprintf(q->fq, sizeof q->fq, "sponsors:\"%s\" AND %s", s, w);
        } else if (kind == 16) {
            q->type = "field";
            const char *p = parties[rnd_below(sizeof parties / sizeof parties[0])];
            snprintf(q->xq, sizeof q->xq, "partij:%s %s", p, w);
            snprintf(q->fq, sizeof q->fq, "parties:\"%s\" AND %s", p, w);
        } else if (kind < 19) {
            q->type = "field";
            int y = 2015 + (int)rnd_below(10);
            snprintf(q->xq, sizeof q->xq, "%s date:%d-01-01..%d-12-31", w, y, y);
            snprintf(q->fq, sizeof q->fq, "%s", w);
            snprintf(q->from, sizeof q->from, "%d-01-01", y);
            snprintf(q->to, sizeof q->to, "%d-12-31", y);
        } else {
            q->type = "field";
            char id[48];
            doc_id(rnd_below(ndocs / 7) * 7 + 3, id, sizeof id);
            snprintf(q->xq, sizeof q->xq, "motie:%s", id);
            snprintf(q->fq, sizeof q->fq, "motions:\"%s\"", id);
        }
    }
}

static void free_gen(gen_doc *g)
{
    ki_buf_free(&g->body);
    ki_buf_free(&g->json);
    ki_buf_free(&g->dossiers);
    ki_buf_free(&g->sponsors);
    ki_buf_free(&g->parties);
    ki_buf_free(&g->motions);
}

static int fts_check(int rc, sqlite3 *s, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "query_bench: sqlite %s: %s\n", what, sqlite3_errmsg(s));
        exit(2);
    }
    return rc;
}

/* Builds both indexes of ndocs documents in xdir and fpath. */
static int build_indexes(unsigned ndocs, const char *xdir, const char *fpath, double *xt,
                         double *ft)
{
    ki_db *db;
    ki_err err;
    remove(fpath);
    remove_dir(xdir);
    if (ki_db_open(xdir, KI_DB_WRITE, &db, &err)) {
        fprintf(stderr, "query_bench: %s: %s\n", xdir, err.msg);
        return -1;
    }
    sqlite3 *s;
    if (sqlite3_open(fpath, &s) != SQLITE_OK) {
        fprintf(stderr, "query_bench: %s: %s\n", fpath, sqlite3_errmsg(s));
        return -1;
    }
    fts_check(sqlite3_exec(s, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE VIRTUAL TABLE docs USING fts5(title, body, kind, dossiers,"
                              " sponsors, parties, motions, date UNINDEXED, data UNINDEXED,"
                              " tokenize='unicode61 remove_diacritics 2');"
                              "BEGIN;", NULL, NULL, NULL), s, "create");
    sqlite3_stmt *ins;
    fts_check(sqlite3_prepare_v2(s, "INSERT INTO docs(rowid, title, body, kind, dossiers, sponsors,"
                                    " parties, motions, date, data) VALUES (?,?,?,?,?,?,?,?,?,?)",
                                 -1, &ins, NULL), s, "prepare insert");
    gen_doc g;
    memset(&g, 0, sizeof g);
    ki_buf bytes = KI_BUF_INIT, uniq = KI_BUF_INIT;
    double t0;
    *xt = *ft = 0;
    ki_db_begin(db);
    for (unsigned i = 0; i < ndocs; i++) {
        if (build_doc(i, ndocs, &g, &bytes, &uniq))
            return -1;
        t0 = now_ms();
        if (ki_db_replace(db, ki_buf_str(&uniq), bytes.data, bytes.len, NULL)) {
            fprintf(stderr, "query_bench: replace: %s\n", ki_db_errmsg(db));
            return -1;
        }
        if (i % 10000 == 9999 && (ki_db_commit(db) || ki_db_begin(db))) {
            fprintf(stderr, "query_bench: commit: %s\n", ki_db_errmsg(db));
            return -1;
        }
        *xt += now_ms() - t0;
        t0 = now_ms();
        sqlite3_bind_int64(ins, 1, i + 1);
        sqlite3_bind_text(ins, 2, g.title, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 3, g.body.data, (int)g.body.len, SQLITE_STATIC);
        sqlite3_bind_text(ins, 4, g.kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, ki_buf_str(&g.dossiers), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 6, ki_buf_str(&g.sponsors), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 7, ki_buf_str(&g.parties), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 8, ki_buf_str(&g.motions), -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 9, g.date, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 10, g.json.data, (int)g.json.len, SQLITE_STATIC);
        fts_check(sqlite3_step(ins), s, "insert");
        sqlite3_reset(ins);
        *ft += now_ms() - t0;
        if (i % 20000 == 19999)
            fprintf(stderr, "query_bench: %u documents\n", i + 1);
    }
    t0 = now_ms();
    if (ki_db_commit(db)) {
        fprintf(stderr, "query_bench: commit: %s\n", ki_db_errmsg(db));
        return -1;
    }
    ki_db_close(db);
    *xt += now_ms() - t0;
    t0 = now_ms();
    fts_check(sqlite3_exec(s, "COMMIT; INSERT INTO docs(docs) VALUES('optimize');", NULL, NULL,
                           NULL), s, "commit");
    sqlite3_finalize(ins);
    sqlite3_close(s);
    *ft += now_ms() - t0;
    free_gen(&g);
    ki_buf_free(&bytes);
    ki_buf_free(&uniq);
    return 0;
}

static void print_stats(const char *what, double *tx, double *tc, double *tf, size_t n,
                        unsigned long xn, unsigned long fn)
{
    stats xs = summarize(tx, n), cs = summarize(tc, n), fs = summarize(tf, n);
    printf("  %-8s kamerindex p50 %7.3f  p99 %7.3f  mean %7.3f (cpu p50 %6.3f p99 %6.3f) (%lu)"
           "  |  fts5 p50 %7.3f  p99 %7.3f  mean %7.3f (%lu)  |  fts5/kamerindex p50 %5.2f  "
           "p99 %5.2f\n",
           what, xs.p50, xs.p99, xs.mean, cs.p50, cs.p99, xn, fs.p50, fs.p99, fs.mean, fn,
           fs.p50 / xs.p50, fs.p99 / xs.p99);
}

int main(int argc, char **argv)
{
    unsigned ndocs = 100000, nqueries = 200;
    const char *dir = "/tmp/kamerindex-query-bench";
    bool reuse = false;
    static const struct option opts[] = {
        {"docs", required_argument, NULL, 'n'},
        {"queries", required_argument, NULL, 'q'},
        {"dir", required_argument, NULL, 'd'},
        {"reuse", no_argument, NULL, 'r'},
        {NULL, 0, NULL, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'n': ndocs = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'q': nqueries = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'd': dir = optarg; break;
        case 'r': reuse = true; break;
        default:
            fprintf(stderr, "usage: query_bench [--docs N] [--queries N] [--dir DIR] [--reuse]\n");
            return 2;
        }
    }
    if (ndocs < 100 || nqueries < 10) {
        fprintf(stderr, "query_bench: --docs >= 100 and --queries >= 10\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    mkdir(dir, 0777);
    char xdir[512], fpath[512], spath[512], want[128], have[128] = "";
    snprintf(xdir, sizeof xdir, "%s/xapian", dir);
    snprintf(fpath, sizeof fpath, "%s/fts5.sqlite", dir);
    snprintf(spath, sizeof spath, "%s/stamp", dir);
    snprintf(want, sizeof want, "query_bench generator 2, schema %s, %u documents\n",
             KI_SCHEMA_VERSION, ndocs);
    make_vocab();

    /* ------------------------------------------------------- build both */
    FILE *f = fopen(spath, "r");
    if (f) {
        if (!fgets(have, sizeof have, f))
            have[0] = '\0';
        fclose(f);
    }
    printf("documents          %u generated through ki_index_build (the ingest indexer; no PDF "
           "extraction or detection)\n", ndocs);
    if (reuse && strcmp(have, want) == 0) {
        printf("build              reused from %s (delete it to rebuild)\n", dir);
    } else {
        double xt, ft;
        remove(spath);
        if (build_indexes(ndocs, xdir, fpath, &xt, &ft))
            return 2;
        printf("build              kamerindex %.1f s   fts5 %.1f s   (ratio fts5/kamerindex %.2f)\n",
               xt / 1e3, ft / 1e3, ft / xt);
        f = fopen(spath, "w");
        if (f) {
            fputs(want, f);
            fclose(f);
        }
    }
    struct stat fst;
    printf("size               kamerindex %.1f MB   fts5 %.1f MB\n",
           (double)ki_db_disk_bytes(xdir) / 1e6,
           stat(fpath, &fst) == 0 ? (double)fst.st_size / 1e6 : 0.0);

    /* sample bodies for phrase queries: documents 0..31 again */
    gen_doc sample[16], g;
    memset(sample, 0, sizeof sample);
    memset(&g, 0, sizeof g);
    ki_buf bytes = KI_BUF_INIT, uniq = KI_BUF_INIT;
    for (unsigned i = 0, k = 0; k < 16; i++) {
        if (is_motion(i))
            continue;
        if (build_doc(i, ndocs, &g, &bytes, &uniq))
            return 2;
        ki_buf_adds(&sample[k++].body, g.body.data);
    }
    free_gen(&g);
    ki_buf_free(&bytes);
    ki_buf_free(&uniq);

    /* ------------------------------------------------------ search */
    ki_db *db;
    ki_err err;
    sqlite3 *s;
    if (ki_db_open(xdir, KI_DB_READ, &db, &err)) {
        fprintf(stderr, "query_bench: %s\n", err.msg);
        return 2;
    }
    if (sqlite3_open_v2(fpath, &s, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "query_bench: %s: %s\n", fpath, sqlite3_errmsg(s));
        return 2;
    }
    bq *qs = calloc(nqueries, sizeof *qs);
    double *tx = calloc(nqueries, sizeof *tx), *tf = calloc(nqueries, sizeof *tf);
    double *sx = calloc(nqueries, sizeof *sx), *sf = calloc(nqueries, sizeof *sf);
    double *cx = calloc(nqueries, sizeof *cx);
    unsigned long *hx = calloc(nqueries, sizeof *hx), *hf = calloc(nqueries, sizeof *hf);
    if (!qs || !tx || !tf || !sx || !sf || !cx || !hx || !hf)
        return 2;
    rng_state = 0x51A7E;
    make_queries(qs, nqueries, ndocs, sample);
    sqlite3_stmt *sq, *sqd;
    fts_check(sqlite3_prepare_v2(s, "SELECT rowid, title, kind, date, data,"
                                    " snippet(docs, 1, '**', '**', '...', 24) FROM docs"
                                    " WHERE docs MATCH ?1 ORDER BY rank LIMIT 20",
                                 -1, &sq, NULL), s, "prepare search");
    fts_check(sqlite3_prepare_v2(s, "SELECT rowid, title, kind, date, data,"
                                    " snippet(docs, 1, '**', '**', '...', 24) FROM docs"
                                    " WHERE docs MATCH ?1 AND date BETWEEN ?2 AND ?3"
                                    " ORDER BY rank LIMIT 20",
                                 -1, &sqd, NULL), s, "prepare search");
    double t0;
    for (int pass = 0; pass < 2; pass++) { /* pass 0 warms the caches */
        for (size_t i = 0; i < nqueries; i++) {
            ki_query q = {.text = qs[i].xq, .limit = 20, .sort = KI_SORT_RELEVANCE,
                          .hi_start = "**", .hi_end = "**", .snippet_len = 200};
            ki_results *r;
            double c0 = cpu_ms();
            t0 = now_ms();
            if (ki_search_run(db, &q, &r, &err)) {
                fprintf(stderr, "query_bench: '%s': %s\n", qs[i].xq, err.msg);
                return 2;
            }
            tx[i] = now_ms() - t0;
            cx[i] = cpu_ms() - c0;
            hx[i] = r->n;
            ki_results_free(r);

            sqlite3_stmt *st = qs[i].from[0] ? sqd : sq;
            unsigned long n = 0;
            t0 = now_ms();
            sqlite3_bind_text(st, 1, qs[i].fq, -1, SQLITE_STATIC);
            if (qs[i].from[0]) {
                sqlite3_bind_text(st, 2, qs[i].from, -1, SQLITE_STATIC);
                sqlite3_bind_text(st, 3, qs[i].to, -1, SQLITE_STATIC);
            }
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                const char *data = (const char *)sqlite3_column_text(st, 4);
                ki_json *j = ki_json_parse(data, (size_t)sqlite3_column_bytes(st, 4), NULL);
                ki_json_free(j);
                (void)sqlite3_column_text(st, 5);
                n++;
            }
            fts_check(rc, s, qs[i].fq);
            sqlite3_reset(st);
            tf[i] = now_ms() - t0;
            hf[i] = n;
        }
    }
    printf("search: %u queries (words, two-word AND, phrases, field queries), top 20 with "
           "snippets; ms\n", nqueries);
    static const char *const types[] = {"word", "and", "phrase", "field"};
    double *sc = calloc(nqueries, sizeof *sc);
    if (!sc)
        return 2;
    for (size_t t = 0; t < 4; t++) {
        size_t n = 0;
        unsigned long xn = 0, fn = 0;
        for (size_t i = 0; i < nqueries; i++)
            if (strcmp(qs[i].type, types[t]) == 0) {
                sx[n] = tx[i];
                sc[n] = cx[i];
                sf[n++] = tf[i];
                xn += hx[i];
                fn += hf[i];
            }
        print_stats(types[t], sx, sc, sf, n, xn, fn);
    }
    unsigned long xn = 0, fn = 0;
    for (size_t i = 0; i < nqueries; i++) {
        xn += hx[i];
        fn += hf[i];
    }
    stats all = summarize(memcpy(sx, tx, nqueries * sizeof *tx), nqueries);
    stats allc = summarize(memcpy(sc, cx, nqueries * sizeof *cx), nqueries);
    print_stats("all", tx, cx, tf, nqueries, xn, fn);
    printf("  goal: kamerindex search p99 < 20 ms: %s (%.3f ms; CPU time p50 %.3f p99 %.3f ms)\n",
           all.p99 < 20 ? "met" : "NOT met", all.p99, allc.p50, allc.p99);

    /* ------------------------------------------------ motion look-up */
    char (*ids)[48] = calloc(nqueries, sizeof *ids);
    if (!ids)
        return 2;
    for (size_t i = 0; i < nqueries; i++)
        doc_id(rnd_below(ndocs / 7) * 7 + 3, ids[i], sizeof ids[i]);
    sqlite3_stmt *sm;
    fts_check(sqlite3_prepare_v2(s, "SELECT rowid, date, data FROM docs WHERE docs MATCH ?1"
                                    " ORDER BY date DESC", -1, &sm, NULL), s, "prepare motion");
    xn = fn = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < nqueries; i++) {
            ki_mreport *r;
            double c0 = cpu_ms();
            t0 = now_ms();
            if (ki_motion_lookup(db, ids[i], &r, &err)) {
                fprintf(stderr, "query_bench: motion %s: %s\n", ids[i], err.msg);
                return 2;
            }
            tx[i] = now_ms() - t0;
            cx[i] = cpu_ms() - c0;
            if (pass)
                xn += r->nletters;
            ki_mreport_free(r);

            char m[80];
            snprintf(m, sizeof m, "motions:\"%s\"", ids[i]);
            t0 = now_ms();
            sqlite3_bind_text(sm, 1, m, -1, SQLITE_STATIC);
            int rc;
            while ((rc = sqlite3_step(sm)) == SQLITE_ROW) {
                const char *data = (const char *)sqlite3_column_text(sm, 2);
                ki_json *j = ki_json_parse(data, (size_t)sqlite3_column_bytes(sm, 2), NULL);
                ki_json_free(j);
                if (pass)
                    fn++;
            }
            fts_check(rc, s, m);
            sqlite3_reset(sm);
            tf[i] = now_ms() - t0;
        }
    }
    printf("motion look-up: %u motions, every letter's record parsed (kamerindex also reads the "
           "motion's own document and dictum); ms\n", nqueries);
    stats ms = summarize(memcpy(sx, tx, nqueries * sizeof *tx), nqueries);
    stats mc = summarize(memcpy(sc, cx, nqueries * sizeof *cx), nqueries);
    print_stats("motion", tx, cx, tf, nqueries, xn, fn);
    printf("  goal: kamerindex motion look-up under 1 ms: p50 %s (%.3f ms), p99 %s (%.3f ms); "
           "CPU time p50 %.3f p99 %.3f ms\n", ms.p50 < 1 ? "met" : "NOT met", ms.p50,
           ms.p99 < 1 ? "met" : "NOT met", ms.p99, mc.p50, mc.p99);
    printf("  (wall times include waiting for a CPU on a busy machine: load average %.1f)\n",
           load_average());

    sqlite3_finalize(sq);
    sqlite3_finalize(sqd);
    sqlite3_finalize(sm);
    sqlite3_close(s);
    ki_db_close(db);
    for (int i = 0; i < 16; i++)
        ki_buf_free(&sample[i].body);
    free(qs);
    free(tx);
    free(tf);
    free(sx);
    free(sf);
    free(cx);
    free(sc);
    free(hx);
    free(hf);
    free(ids);
    return 0;
}
