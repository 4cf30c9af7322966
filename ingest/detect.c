/*
 * detect.c - the reference detector: the one file that calls PCRE2.
 *
 * How a document is read (ki_detect):
 *   1. The text is checked for valid UTF-8 once; a text that is not gets a
 *      same-length copy with each bad byte replaced by '?', so that every
 *      match after that runs with PCRE2_NO_UTF_CHECK and offsets still point
 *      into the original.
 *   2. One prefilter pass (SSE2, 16 bytes at a time, with a plain C loop
 *      elsewhere) looks for the few anchor tokens every reference carries:
 *      "nr", "nummer", "no.", "stuk", "t.v.v", "t.a.p.", "idem", "kst-",
 *      "hand", "-tk-", digits-D/Z-digits, "TZ"+digit, "T"+five digits, "("
 *      or a line start before a dossier, ", letter X", "EK " before a digit
 *      (the numeric kinds), "otie" (motions), "zeg" (commitments).  Real
 *      prose has few of them.
 *   3. Around numeric anchors, windows of text are matched against ONE
 *      pattern: the scan rows of the table joined as alternatives, each in
 *      a named group p0..pN that tells which row matched; its canonicaliser
 *      makes the records (lists, ranges, continuations, the dossier from
 *      context).
 *   4. Around motion and commitment anchors the motion / commitment rows
 *      are matched; the sentence, list item, list introduction and section
 *      around each give its Kamerstuk, actors, venue, date, deadline and its
 *      relation to the document (the cue rows, run over those sentences).
 * Every pattern is compiled once per detector with JIT, and each has its
 * match data created once; a match limit bounds the work on hostile text.
 * The joined scan and cue patterns are compiled anchored and tried only at
 * word starts whose first two (three) bytes can begin a match (run_pairs(),
 * with tables the patterns themselves give by partial matching, pairs_of());
 * the cue alternatives that can begin with each byte are compiled apart
 * (cue_sets()), so that a word start tries a handful of them, not all.
 */
#include "../util/scan.h"
#include "detect.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* SSSE3 (pshufb) and AVX2 for the prefilter, each in a function compiled
 * for it and used when the CPU has it */
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define KI_PF_SSSE3 1
#endif

#include "dates.h"
#include "docmeta.h"
#include "patterns.h"

#define NSCAN (KI_P_SCAN_LAST + 1)
#define MATCH_LIMIT 200000u
#define DEPTH_LIMIT 2000u
#define MAX_ITEMS 5000 /* motions, commitments per document */
#define WIN_BEFORE 96
#define WIN_AFTER 8
#define PF_SETS 3     /* the prefilter's buckets, eight a set: see pf_rows[] (three
                       * are written out in prefilter_ssse3()) */
#define CUE_SETS 96   /* distinct first-byte subsets of the cue pattern */
#define CUE_CACHE 16 /* sentences whose cues are remembered */
#define CUE_PER 12   /* cue matches remembered per sentence */

/* How a match may begin (pairs_of()): bit c2 of pair[c1] when with the
 * bytes c1 c2; for two ASCII letters, bit c3 of tri[letter c1][letter c2]
 * when with c1 c2 c3 (c3 ASCII; any other third byte is let through).
 * Each bit of pair and tri is asked of code when a text first meets it
 * (pair_may_begin(), the same question pairs_of() would have asked of
 * every one: one letter meets few, and asking all costs some thirty
 * thousand matches).  Until then it is 1, and its bit in pair_known or
 * tri_known 0, so that only a byte let through looks whether it is known. */
typedef struct pairtab {
    uint32_t pair[128][8];
    uint32_t tri[52][52][4];
    uint32_t pair_known[128][8];
    uint32_t tri_known[52][52][4];
    /* 1 when a byte can begin a match: an ASCII byte with a pair, a UTF-8
     * lead byte; 0 for UTF-8 continuation bytes, which begin no character */
    uint8_t  first[256];
    pcre2_code       *code; /* compiled anchored, JIT-compiled for partial matching */
    pcre2_match_data *md;
} pairtab;

/* A pattern's name table hashed by name (names_of()): group() looks a
 * name up here instead of asking pcre2_substring_nametable_scan(), whose
 * binary search with string compares cost more than the rest of a
 * canonicaliser's reading of its match.  Each slot holds the entries of
 * one name, in the table's order. */
#define NAME_SLOTS 128
typedef struct nameidx {
    struct nameslot {
        const char *name; /* NULL: empty */
        PCRE2_SPTR  first;
        unsigned    count;
    } slot[NAME_SLOTS];
    int esz;
} nameidx;

/*
 * What the cue pattern (compiled anchored) makes of the eight bytes at a
 * word start, remembered per detector: most word starts that pass the pair
 * and triple tables still fail on the next word ("het ", "voor de ", "in
 * de "), and the same few phrases come back in every document.  Eight bytes
 * that may begin a match are asked again with the next eight ("over de
 * motie", "toezegging van"), remembered apart.  The answer is the
 * pattern's own (a partial match on the bytes alone, prefix_may_begin()),
 * so it cannot drift from the rows.  A slot holds the key's ASCII bytes
 * with the verdict in a top bit the key cannot have (MEMO_MAY, MEMO_NONE);
 * 0 is empty.
 */
#define MEMO_BITS 15
#define MEMO_SLOTS (1u << MEMO_BITS)
#define MEMO_MAY  0x80u   /* bit 7 of the first byte */
#define MEMO_NONE 0x8000u /* bit 7 of the second */
#define CHAR_MEMO 256
typedef struct prefixmemo {
    uint64_t      slot[MEMO_SLOTS];     /* eight bytes */
    uint64_t      slot2[MEMO_SLOTS][2]; /* sixteen: the verdict in [0] */
    /* one UTF-8 character beyond ASCII (char_may_begin()): its bytes, 0
     * when empty, and the verdict */
    uint32_t      ch[CHAR_MEMO];
    bool          ch_may[CHAR_MEMO];
    pcre2_match_data *md;
} prefixmemo;

/* A pattern's JIT code: compile_one() leaves it to the pattern's first
 * match (jit_now()), for one short letter runs a part of the patterns and
 * JIT-compiling them all costs more than reading it.  JIT_NO: none (the
 * interpreter runs it). */
enum { JIT_NO, JIT_YES, JIT_LATER };

/* 0..51 for an ASCII letter, -1 for anything else */
static int letter_ix(unsigned c)
{
    if (c >= 'A' && c <= 'Z')
        return (int)(c - 'A');
    if (c >= 'a' && c <= 'z')
        return (int)(c - 'a') + 26;
    return -1;
}

struct ki_detector {
    pcre2_code       *re[KI_P_COUNT];
    pcre2_match_data *md[KI_P_COUNT];
    unsigned char     jit[KI_P_COUNT]; /* JIT_* */
    /* each row compiled anchored too, at its first anchored match (run_p()):
     * JIT code serves PCRE2_ANCHORED only when compiled so.  Matched into
     * md[] (the same groups); NULL: not yet, or it failed (re[] is run) */
    pcre2_code       *re_a[KI_P_COUNT];
    unsigned char     jit_a[KI_P_COUNT]; /* JIT_* */
    bool              tried_a[KI_P_COUNT];
    pcre2_code       *scan; /* the scan rows joined */
    pcre2_match_data *scan_md;
    unsigned char     scan_jit;
    pcre2_code       *cue; /* the cue rows joined: (?<c0>settled)|(?<c1>progress)|... */
    pcre2_match_data *cue_md;
    unsigned char     cue_jit;
    pairtab           cue_pair;
    uint32_t          cue_group[5];
    /* the cue alternatives that can begin with each ASCII byte, compiled
     * apart (cue_sets()): at a word start only they are tried */
    struct matcher {
        pcre2_code       *re;
        pcre2_match_data *md;
        unsigned char     jit;      /* JIT_* */
        uint32_t          group[5]; /* 0: the row has no alternative here */
        /* a subset not compiled yet: its source, compiled at its first
         * use (matcher_ready()), and whether it is a scan set's */
        char             *src;
        bool              scan;
    } cueset[CUE_SETS];
    unsigned          ncueset;
    struct matcher   *cue_for[128]; /* NULL: no cue begins with the byte */
    bool              cue_split;       /* cue_for is filled */
    struct matcher     cue_all;         /* the whole pattern, for other bytes */
    prefixmemo       *cue_memo;        /* cue's verdicts on eight-byte prefixes */
    /* the commitment pattern compiled anchored, its beginnings and memo:
     * match_around() tries it only where a match can begin (commit_ok:
     * built, see commit_tries()) */
    struct matcher     commit_a;
    pcre2_code       *commit_wide; /* commit_a without its positive lookbehinds */
    pairtab           commit_pair;
    prefixmemo       *commit_memo;
    bool              commit_ok;
    struct matcher     scan_all;        /* the scan pattern as a matcher */
    uint32_t          scan_group[NSCAN]; /* group number of p0..pN */
    nameidx           scan_names;        /* the scan pattern's group names */
    /* the scan rows that can begin with each ASCII byte, joined apart
     * (scan_sets()); scanset[0] is the whole pattern */
    struct scanset {
        struct matcher m;        /* first: run_pairs() hands back &m */
        uint32_t       group[NSCAN]; /* group number of p0..pN, 0: not here */
        nameidx        names;
    } *scanset;
    unsigned          nscanset;
    struct matcher   *scan_for[128]; /* NULL: no scan row begins with the byte */
    bool              scan_split;        /* scan_for is filled */
    nameidx           names[KI_P_COUNT]; /* each row's */
    pairtab           scan_pair;
    pcre2_code       *scan_wide; /* the scan pattern without positive lookbehinds and \b */
    prefixmemo       *scan_memo; /* its verdicts on eight-byte prefixes */
    pcre2_match_context *mctx;
    /* the prefilter's nibble tables (pf_tables()): bit b of lo[set][k][x & 15]
     * and hi[set][k][x >> 4] when byte x can be at i + k of an anchor of
     * bucket 8 * set + b */
    struct pftab {
        uint8_t lo[PF_SETS][3][16], hi[PF_SETS][3][16];
    } pf;
    int               pf_level; /* the prefilter run: KI_PF_SSE2, _SSSE3 (by pf) or _AVX2 (by pf) */
    int               pf_max;   /* the best the CPU has */
};

/* A match handed to a canonicaliser. */
typedef struct ki_hit {
    const pcre2_code *code;
    const PCRE2_SIZE *ov;
    uint32_t          ovn;
    const char       *s;
    size_t            start, end;
    int               pid;
    const nameidx    *names; /* code's group names (names_of()) */
} ki_hit;

enum { HIT_NUM = 1, HIT_MOT = 2, HIT_COM = 4 };
/* how a Kamerstuk was written, for motions: "t.v.v. 31497-297", "gedrukt
 * onder nr. 12", "was nr. 297" name a replaced motion; "Zij krijgt nr. 22
 * (30196)" gives a motion its number in Handelingen */
enum { KF_REPLACED = 1, KF_KRIJGT = 2 };

typedef struct hit {
    size_t pos;
    int    kind;
} hit;

/* side facts about one motion while the document is read */
typedef struct motinfo {
    size_t start, end;          /* the trigger match */
    size_t names_s, names_e;    /* sponsor list, or equal */
    size_t co_s, co_e;          /* more sponsors named apart ("Met mevrouw Kuik dien ik ... in"), or equal */
    bool   plural, header, by, gew;
} motinfo;

typedef struct cominfo {
    size_t start, end; /* trigger */
    int    form;       /* 0 noun, 1 verb, 2 "zeg ik toe", 3 "zal uw Kamer ... informeren",
                        * 4 the present tense with its time */
    bool   advice;     /* form 2 as "toe te zeggen" (a beslisnota's advice) */
    bool   passive;    /* form 4 "... zullen u worden nagezonden": what is sent comes first */
    bool   attr;       /* form 0 as "de toegezegde evaluatie" */
    bool   keep;       /* it became a record */
    size_t subj_s, ue; /* its subject and the end of its own text */
    long   rec;        /* index in r->commitments */
} cominfo;

/* The kinds of numbered reference a commitment or motion can carry. */
enum { REF_KST, REF_HAND, REF_TK };

struct ki_scan {
    ki_detector  *d;
    const ki_text *t;
    const char   *s;
    size_t        n;
    ki_refs      *r;
    ki_docmeta    meta;
    const char   *refdate; /* the document's own date, or NULL */
    char          last_dos[32], last_sub[32], last_year[24];
    const char   *last_chamber; /* static */
    int           handles_motions; /* see handles_motions(): 0 unknown, 1 yes, -1 no */
    size_t        last_end;     /* end of the last Kamerstuk match */
    /* the last Handelingen cited, for "(idem, item 21)" */
    char          lh_kind[4], lh_chamber[4], lh_year[24], lh_nr[12];
    size_t        lh_end;
    size_t        resume;  /* a canonicaliser consumed up to here */
    size_t       *kgroup;  /* per kamerstuk: the match it came from */
    unsigned char *kflag;  /* per kamerstuk: KF_* */
    /* read lazily, once per document */
    struct fnline { char key[12]; size_t ls, le; } *fn;
    bool          in_order[3]; /* REF_KST, REF_HAND, REF_TK records are in text order */
    size_t        nfn;
    bool          fn_built, aanl_built;
    size_t        aanl_s, aanl_e;  /* the "Aanleiding" section, or 0..0 */
    size_t        lf_item, lf_first; /* the last list item and its list's first */
    unsigned      ncc;
    size_t        kgroup_cap, matchno;
    unsigned char curflag;
    ki_status     st;
    /* the cue matches of the last CUE_CACHE sentences asked about; only
     * cc[0..ncc) are read, so this array (last: most of the struct) is
     * left out when a scan is zeroed */
    struct cuecache {
        size_t a, b;
        unsigned n;
        unsigned char all; /* kinds beyond CUE_PER matches */
        struct cuehit { size_t pos; unsigned char kind; } m[CUE_PER];
    } cc[CUE_CACHE];
};

/* ---- small helpers ---- */

static bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* src into dst[0..cap) (cap > 0), cut to fit and terminated, as
 * snprintf(dst, cap, "%s", src) would, without parsing a format: the
 * canonicalisers copy a dozen short strings per reference. */
static void copy_str(char *dst, size_t cap, const char *src)
{
    size_t k = strnlen(src, cap - 1);
    memcpy(dst, src, k);
    dst[k] = '\0';
}

/* src appended to dst[0..k) (k < cap), cut to fit and terminated: parts
 * appended one after another are cut where snprintf() of them all would
 * cut.  Returns the new length. */
static size_t append_str(char *dst, size_t cap, size_t k, const char *src)
{
    while (*src && k + 1 < cap)
        dst[k++] = *src++;
    dst[k] = '\0';
    return k;
}

/* Moves i forward to the start of a UTF-8 character. */
static size_t cp_fwd(const char *s, size_t n, size_t i)
{
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* w at s[i..n), case-insensitive.  Compared as it is read, without a
 * strlen() first: most calls fail on the first byte. */
static bool starts_ci(const char *s, size_t n, size_t i, const char *w)
{
    if (i > n) /* also an i that wrapped below 0 ("x - 7") */
        return false;
    for (size_t j = 0; w[j]; j++)
        if (i + j >= n || ki_lower((unsigned char)s[i + j]) != ki_lower((unsigned char)w[j]))
            return false;
    return true;
}

/* A word at i (case-insensitive) that ends at a word boundary.  Inline,
 * the first byte tested before anything else: callers try it at every
 * byte of a clause ("om", "dat", "waarin" ...). */
static inline size_t word_at(const char *s, size_t n, size_t i, const char *w)
{
    if (w[0] && (i >= n || ki_lower((unsigned char)s[i]) != ki_lower((unsigned char)w[0])))
        return 0;
    if (i > 0 && ki_is_letter((unsigned char)s[i - 1]))
        return 0;
    if (!starts_ci(s, n, i, w))
        return 0;
    size_t e = i + strlen(w);
    if (e < n && (ki_is_letter((unsigned char)s[e]) || ki_is_digit((unsigned char)s[e])))
        return 0;
    return e;
}

/* Valid UTF-8?  (RFC 3629: no overlongs, no surrogates, <= U+10FFFF)
 * Returns the offset of the first bad byte, or (size_t)-1. */
static size_t utf8_bad(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
#if defined(__SSE2__)
        /* most text is ASCII: 16 bytes at a time while no high bit is set */
        if (c < 0x80 && i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
            if (_mm_movemask_epi8(v) == 0) {
                i += 16;
                continue;
            }
        }
#endif
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { need = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 4; cp = c & 0x07; }
        else return i;
        if (n - i < need)
            return i;
        for (size_t k = 1; k < need; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((need == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += need;
    }
    return (size_t)-1;
}

/* ---- detector ---- */

struct pftab;
static void pf_tables(struct pftab *t);

static unsigned name_hash(const char *name, size_t len)
{
    unsigned h = (unsigned)len;
    for (size_t i = 0; i < len; i++)
        h = h * 31u + (unsigned char)name[i];
    return h & (NAME_SLOTS - 1);
}

/* The slot of name in x (linear probing), empty when it is not there. */
static const struct nameslot *name_slot(const nameidx *x, const char *name)
{
    size_t len = strlen(name);
    for (unsigned k = name_hash(name, len);; k = (k + 1) & (NAME_SLOTS - 1)) {
        const struct nameslot *sl = &x->slot[k];
        if (!sl->name || strcmp(sl->name, name) == 0)
            return sl;
    }
}

/* Fills x from code's name table; false when it has more names than x
 * has room for (then x is not used). */
static bool names_of(const pcre2_code *code, nameidx *x)
{
    uint32_t count, esz;
    PCRE2_SPTR tab;
    memset(x, 0, sizeof *x);
    if (pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count) ||
        pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &esz) ||
        pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &tab))
        return false;
    x->esz = (int)esz;
    unsigned used = 0;
    for (uint32_t i = 0; i < count; i++) {
        PCRE2_SPTR e = tab + (size_t)i * esz;
        const char *name = (const char *)e + 2;
        /* the table is sorted by name: a name's entries are together */
        struct nameslot *sl = (struct nameslot *)name_slot(x, name);
        if (sl->name) {
            sl->count++;
            continue;
        }
        if (++used > NAME_SLOTS / 2)
            return false;
        *sl = (struct nameslot){name, e, 1};
    }
    return true;
}


static ki_status compile_one(const char *re, uint32_t opts, pcre2_code **out, unsigned char *jit,
                             ki_err *err, const char *name)
{
    int ec;
    PCRE2_SIZE eo;
    /* PCRE2_USE_OFFSET_LIMIT: a window search says where a match may start
     * at the latest, so that a miss stops there instead of running on
     * through the text kept after the window for the match's own tail */
    pcre2_code *c = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
                                  PCRE2_UTF | PCRE2_DUPNAMES | PCRE2_USE_OFFSET_LIMIT | opts, &ec, &eo,
                                  NULL);
    if (!c) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        return ki_err_set(err, KI_ERR_PATTERN, "pattern %s: %s at offset %zu", name,
                          (const char *)msg, (size_t)eo);
    }
    *jit = JIT_LATER;
    *out = c;
    return KI_OK;
}

/* code (a compile_one() pattern) JIT-compiled for complete matches, once
 * (*jit JIT_LATER); whether it has that JIT code.  See jit_now(). */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static bool jit_first(pcre2_code *code, unsigned char *jit)
{
    *jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0 ? JIT_YES : JIT_NO;
    return *jit == JIT_YES;
}

/* Whether code (a compile_one() pattern) has JIT code for complete
 * matches, JIT-compiling it at its first match. */
static inline bool jit_now(pcre2_code *code, unsigned char *jit)
{
    return *jit == JIT_YES || (*jit == JIT_LATER && jit_first(code, jit));
}

/* A copy of the n bytes at p, 0-terminated; NULL when out of memory. */
static char *dup_bytes(const char *p, size_t n)
{
    char *c = malloc(n + 1);
    if (c) {
        memcpy(c, p, n);
        c[n] = 0;
    }
    return c;
}

/* Whether the n bytes at b may begin a match of t's code (a partial match
 * on them alone). */
static bool may_begin(pairtab *t, const unsigned char *b, size_t n)
{
    int r = pcre2_match(t->code, b, n, 0, PCRE2_PARTIAL_HARD, t->md, NULL);
    return r >= 0 || r == PCRE2_ERROR_PARTIAL;
}

/*
 * Which two-byte beginnings a match of code (compiled anchored) can have,
 * asked of the pattern itself (a partial match on the two bytes alone), so
 * that run_pairs() skips every other place without running it and the
 * table cannot drift from the patterns.  A second byte that is not ASCII is
 * allowed when the first can begin a match at all.  Here only which first
 * bytes can (first[]); the pairs and triples are asked as the text meets
 * them (pair_may_begin()).
 */
static bool pairs_of(pcre2_code *code, pairtab *t)
{
    memset(t, 0, sizeof *t);
    if (!(t->md = pcre2_match_data_create(4, NULL)))
        return false;
    t->code = code;
    /* some thousand partial matches: worth their own machine code */
    pcre2_jit_compile(code, PCRE2_JIT_PARTIAL_HARD);
    for (int c1 = 0; c1 < 128; c1++) {
        unsigned char b[1] = {(unsigned char)c1};
        if (!may_begin(t, b, 1))
            continue; /* pair[c1] stays 0 */
        t->first[c1] = 1;
        memset(t->pair[c1], 0xFF, sizeof t->pair[c1]);
        for (int k = 4; k < 8; k++)
            t->pair_known[c1][k] = 0xFFFFFFFFu; /* a second byte beyond ASCII */
    }
    for (int c = 0xC0; c < 256; c++)
        t->first[c] = 1;
    memset(t->tri, 0xFF, sizeof t->tri);
    return true;
}

/* The index after the class that opens at re[i] ('['): ']' right after
 * '[' or '[^' is a member, escapes are skipped. */
static size_t class_end(const char *re, size_t i)
{
    i++;
    if (re[i] == '^')
        i++;
    if (re[i] == ']')
        i++;
    while (re[i] && re[i] != ']')
        i += re[i] == '\\' && re[i + 1] ? 2 : 1;
    return re[i] ? i + 1 : i;
}

/* The index after the token at re[i]: an escape, a class, or one byte. */
static size_t re_next(const char *re, size_t i)
{
    if (re[i] == '\\' && re[i + 1])
        return i + 2;
    if (re[i] == '[')
        return class_end(re, i);
    return i + 1;
}

/*
 * Splits the regular expression re at its top-level '|' (outside groups,
 * classes and escapes): the alternatives' offsets and lengths, at most max;
 * returns their number, or -1 when there are more.
 */
static int split_alts(const char *re, size_t *at, size_t *len, int max)
{
    int n = 0, depth = 0;
    size_t start = 0, i = 0;
    for (; re[i]; i = re_next(re, i)) {
        char c = re[i];
        if (c == '(')
            depth++;
        else if (c == ')')
            depth--;
        else if (c == '|' && depth == 0) {
            if (n == max)
                return -1;
            at[n] = start;
            len[n++] = i - start;
            start = i + 1;
        }
    }
    if (n == max)
        return -1;
    at[n] = start;
    len[n++] = i - start;
    return n;
}

/*
 * The cue pattern tried at a word start costs one attempt per alternative
 * (some seventy).  For each first byte, the alternatives that can begin with
 * it (asked of each alternative, a partial match on the byte alone) are
 * compiled as a pattern of their own, in their order and with their row's
 * group, so that the first alternative to match, and so the match, is the
 * one the whole pattern gives.  Bytes with the same alternatives share one
 * pattern.  False when out of memory or a pattern fails (then cues_of()
 * uses the whole pattern).
 */
#define CUE_ALTS 128
static bool cue_sets(ki_detector *d)
{
    size_t at[5][CUE_ALTS], len[5][CUE_ALTS];
    int nalt[5];
    bool ok = false;
    /* first[r][a]: bit c of the bytes alternative a of row r can begin with */
    uint32_t (*first)[CUE_ALTS][4] = calloc(5, sizeof *first);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    ki_buf b = KI_BUF_INIT;
    if (!first || !md)
        goto out;
    for (int r = 0; r < 5; r++) {
        const char *re = ki_patterns[KI_P_CUE_SETTLED + r].re;
        if ((nalt[r] = split_alts(re, at[r], len[r], CUE_ALTS)) < 0)
            goto out;
        for (int a = 0; a < nalt[r]; a++) {
            ki_buf_truncate(&b, 0);
            if (ki_buf_addf(&b, "(?<![A-Za-z0-9])(?:%.*s)", (int)len[r][a], re + at[r][a]))
                goto out;
            int ec;
            PCRE2_SIZE eo;
            pcre2_code *c = pcre2_compile((PCRE2_SPTR)b.data, PCRE2_ZERO_TERMINATED,
                                          PCRE2_UTF | PCRE2_ANCHORED, &ec, &eo, NULL);
            if (!c)
                goto out;
            for (int c1 = 0; c1 < 128; c1++) {
                unsigned char one[1] = {(unsigned char)c1};
                int rc = pcre2_match(c, one, 1, 0, PCRE2_PARTIAL_HARD, md, NULL);
                if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL)
                    first[r][a][c1 >> 5] |= 1u << (c1 & 31);
            }
            pcre2_code_free(c);
        }
    }
    for (int c1 = 0; c1 < 128; c1++) {
        if (!d->cue_pair.first[c1]) /* no cue begins with c1 */
            continue;
        ki_buf_truncate(&b, 0);
        if (ki_buf_adds(&b, "(?<![A-Za-z0-9])(?:"))
            goto out;
        bool any = false;
        for (int r = 0; r < 5; r++) {
            bool open = false;
            const char *re = ki_patterns[KI_P_CUE_SETTLED + r].re;
            for (int a = 0; a < nalt[r]; a++) {
                if (!((first[r][a][c1 >> 5] >> (c1 & 31)) & 1))
                    continue;
                if (open ? ki_buf_addf(&b, "|%.*s", (int)len[r][a], re + at[r][a])
                         : ki_buf_addf(&b, "%s(?<c%d>%.*s", any ? "|" : "", r, (int)len[r][a],
                                       re + at[r][a]))
                    goto out;
                open = any = true;
            }
            if (open && ki_buf_adds(&b, ")"))
                goto out;
        }
        if (ki_buf_adds(&b, ")"))
            goto out;
        if (!any)
            continue;
        /* a byte with the same alternatives as an earlier one shares its pattern */
        struct matcher *same = NULL;
        for (int c0 = 0; c0 < c1 && !same; c0++) {
            if (!d->cue_for[c0])
                continue;
            bool eq = true;
            for (int r = 0; r < 5 && eq; r++)
                for (int a = 0; a < nalt[r] && eq; a++)
                    eq = ((first[r][a][c0 >> 5] >> (c0 & 31)) & 1) ==
                         ((first[r][a][c1 >> 5] >> (c1 & 31)) & 1);
            if (eq)
                same = d->cue_for[c0];
        }
        if (same) {
            d->cue_for[c1] = same;
            continue;
        }
        if (d->ncueset == CUE_SETS)
            goto out;
        /* compiled at its first use (matcher_ready()) */
        struct matcher *cs = &d->cueset[d->ncueset];
        if (!(cs->src = dup_bytes(b.data, b.len)))
            goto out;
        d->ncueset++;
        d->cue_for[c1] = cs;
    }
    ok = true;
out:
    if (!ok)
        memset(d->cue_for, 0, sizeof d->cue_for);
    ki_buf_free(&b);
    pcre2_match_data_free(md);
    free(first);
    return ok;
}

/*
 * The ASCII bytes a match of code (one row, compiled unanchored) can begin
 * with, as PCRE2's own start-of-match optimisation has them: its first code
 * unit (both cases of a letter), else its first-unit bitmap, else any byte.
 * Lookbehinds and \K do not change where an attempt begins, so this holds
 * in any text.
 */
static void first_bytes(const pcre2_code *code, uint32_t out[4])
{
    uint32_t type = 0, unit = 0;
    const uint8_t *map = NULL;
    memset(out, 0, 4 * sizeof *out);
    if (pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 && type == 1 &&
        pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0) {
        if (unit < 128) {
            out[unit >> 5] |= 1u << (unit & 31);
            unsigned o = (unit | 0x20) >= 'a' && (unit | 0x20) <= 'z' ? unit ^ 0x20 : unit;
            out[o >> 5] |= 1u << (o & 31);
        }
        return;
    }
    if (pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, (void *)&map) == 0 && map) {
        for (unsigned c = 0; c < 128; c++)
            if ((map[c >> 3] >> (c & 7)) & 1)
                out[c >> 5] |= 1u << (c & 31);
        return;
    }
    memset(out, 0xFF, 4 * sizeof *out);
}

/* The group numbers of p0..pN in x's code (0: absent) and its names. */
static bool scanset_groups(struct scanset *x)
{
    for (int i = 0; i < NSCAN; i++) {
        char nm[8];
        snprintf(nm, sizeof nm, "p%d", i);
        int g = pcre2_substring_number_from_name(x->m.re, (PCRE2_SPTR)nm);
        x->group[i] = g > 0 ? (uint32_t)g : 0;
    }
    return names_of(x->m.re, &x->names);
}

/*
 * The scan pattern tried at a word start runs its rows one after another,
 * and most rows cannot begin with that byte at all.  For each ASCII first
 * byte, the rows that can (first_bytes()) are joined as the whole pattern
 * joins them, in their order and with their groups' names, so that the
 * first row to match, and so the match, is the one the whole pattern
 * gives.  Bytes with the same rows share one pattern.  False when out of
 * memory or a pattern fails (then scan_windows() uses the whole pattern).
 */
#define SCAN_SETS 64
static bool scan_sets(ki_detector *d)
{
    uint32_t first[NSCAN][4];
    for (int i = 0; i < NSCAN; i++)
        first_bytes(d->re[i], first[i]);
    unsigned rows_of[SCAN_SETS]; /* the rows of each set, as a bit mask */
    if (!(d->scanset = calloc(SCAN_SETS, sizeof *d->scanset)))
        return false;
    d->scanset[0].m = d->scan_all;
    memcpy(d->scanset[0].group, d->scan_group, sizeof d->scan_group);
    d->scanset[0].names = d->scan_names;
    rows_of[0] = (1u << NSCAN) - 1;
    d->nscanset = 1;
    ki_buf b = KI_BUF_INIT;
    bool ok = false;
    for (unsigned c = 0; c < 128; c++) {
        unsigned rows = 0;
        for (int i = 0; i < NSCAN; i++)
            if ((first[i][c >> 5] >> (c & 31)) & 1)
                rows |= 1u << i;
        d->scan_for[c] = NULL;
        if (!rows)
            continue;
        unsigned k = 0;
        while (k < d->nscanset && rows_of[k] != rows)
            k++;
        if (k == d->nscanset) {
            if (k == SCAN_SETS)
                goto out;
            ki_buf_truncate(&b, 0);
            if (ki_buf_adds(&b, "(?<![A-Za-z])(?:"))
                goto out;
            bool any = false;
            for (int i = 0; i < NSCAN; i++) {
                if (!((rows >> i) & 1))
                    continue;
                if (ki_buf_addf(&b, "%s(?<p%d>%s)", any ? "|" : "", i, ki_patterns[i].re))
                    goto out;
                any = true;
            }
            if (ki_buf_adds(&b, ")"))
                goto out;
            /* compiled at its first use (matcher_ready()) */
            struct scanset *x = &d->scanset[k];
            if (!(x->m.src = dup_bytes(b.data, b.len)))
                goto out;
            x->m.scan = true;
            d->nscanset++;
            rows_of[k] = rows;
        }
        d->scan_for[c] = &d->scanset[k].m;
    }
    ok = true;
out:
    if (!ok)
        memset(d->scan_for, 0, sizeof d->scan_for);
    ki_buf_free(&b);
    return ok;
}

/* The end of the group that opens at re[i] ('('): the index after its
 * ')', or 0 when it does not close.  Skips escapes and classes as
 * split_alts() does. */
static size_t group_end(const char *re, size_t i)
{
    int depth = 0;
    for (; re[i]; i = re_next(re, i)) {
        if (re[i] == '(')
            depth++;
        else if (re[i] == ')' && --depth == 0)
            return i + 1;
    }
    return 0;
}

/*
 * re with its positive lookbehinds left out, into out: a pattern that
 * matches wherever re does and maybe more (an assertion left out only
 * drops a condition), whose beginnings asked of a few bytes alone hold in
 * any text, for nothing before the bytes can make a match possible (see
 * pairs_of(), prefix_may_begin()).  False when that cannot be vouched for:
 * a lookbehind inside a negative assertion or a condition (leaving it out
 * would forbid more), \b \B \G \Q (which look before the bytes or are
 * not parsed here), or out of memory.
 */
static bool without_lookbehinds(const char *re, bool drop_b, ki_buf *out)
{
    int neg[64]; /* per open group: 1 when it is a negative assertion or condition */
    int depth = 0, negs = 0;
    for (size_t i = 0; re[i];) {
        char c = re[i];
        size_t from = i;
        if (c == '\\' && re[i + 1]) {
            if (drop_b && re[i + 1] == 'b' && !negs) {
                i += 2; /* left out */
                continue;
            }
            if (strchr("bBGQ", re[i + 1]))
                return false;
            i += 2;
        } else if (c == '[') {
            i = class_end(re, i);
        } else if (c == '(' && strncmp(re + i, "(?<=", 4) == 0) {
            size_t e = group_end(re, i);
            if (!e || negs)
                return false;
            i = e; /* left out */
            continue;
        } else if (c == '(') {
            if (depth == 64)
                return false;
            bool n = strncmp(re + i, "(?!", 3) == 0 || strncmp(re + i, "(?<!", 4) == 0 ||
                     strncmp(re + i, "(?(", 3) == 0;
            neg[depth++] = n;
            negs += n;
            i++;
        } else if (c == ')') {
            if (depth == 0)
                return false;
            negs -= neg[--depth];
            i++;
        } else {
            i++;
        }
        if (ki_buf_add(out, re + from, i - from))
            return false;
    }
    return depth == 0 && out->data;
}

/*
 * The commitment pattern compiled anchored, with the tables and memo of
 * how its matches can begin, for match_around(): a window search tries it
 * only at the few places those allow (run_chars()).  The tables and memo
 * are the pattern's without its positive lookbehinds (without_lookbehinds()),
 * which let through every place the pattern can begin at; where that form
 * cannot be had, the pattern is searched as it is (commit_ok stays false).
 */
static ki_status commit_tries(ki_detector *d, ki_err *err)
{
    const char *re = ki_patterns[KI_P_COMMIT].re;
    ki_buf wide = KI_BUF_INIT;
    /* \b left out too ("\b[Ww]at ik ... toezeggen"): with it the tables
     * could not be had and every window was searched whole */
    if (!without_lookbehinds(re, true, &wide)) {
        ki_buf_free(&wide);
        return KI_OK;
    }
    ki_status st = compile_one(re, PCRE2_ANCHORED, &d->commit_a.re, &d->commit_a.jit, err,
                               "commitment (anchored)");
    if (st) {
        ki_buf_free(&wide);
        return st;
    }
    /* only ever matched partially, by pairs_of() and prefix_may_begin():
     * pairs_of() JIT-compiles it for that */
    int ec;
    PCRE2_SIZE eo;
    d->commit_wide = pcre2_compile((PCRE2_SPTR)wide.data, wide.len, PCRE2_UTF | PCRE2_DUPNAMES | PCRE2_ANCHORED,
                                   &ec, &eo, NULL);
    ki_buf_free(&wide);
    if (!d->commit_wide)
        return KI_OK; /* not a pattern PCRE2 takes: searched as it is */
    if (!(d->commit_a.md = pcre2_match_data_create_from_pattern(d->commit_a.re, NULL)) ||
        !pairs_of(d->commit_wide, &d->commit_pair) ||
        !(d->commit_memo = calloc(1, sizeof *d->commit_memo)) ||
        !(d->commit_memo->md = pcre2_match_data_create(1, NULL)))
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    d->commit_ok = true;
    return KI_OK;
}

void ki_detector_free(ki_detector *d)
{
    if (!d)
        return;
    for (int i = 0; i < KI_P_COUNT; i++) {
        pcre2_match_data_free(d->md[i]);
        pcre2_code_free(d->re[i]);
        pcre2_code_free(d->re_a[i]);
    }
    pcre2_match_data_free(d->scan_md);
    pcre2_code_free(d->scan);
    pcre2_match_data_free(d->cue_md);
    pcre2_code_free(d->cue);
    for (unsigned i = 0; i < d->ncueset; i++) {
        pcre2_match_data_free(d->cueset[i].md);
        pcre2_code_free(d->cueset[i].re);
        free(d->cueset[i].src);
    }
    for (unsigned i = 1; i < d->nscanset; i++) {
        pcre2_match_data_free(d->scanset[i].m.md);
        pcre2_code_free(d->scanset[i].m.re);
        free(d->scanset[i].m.src);
    }
    free(d->scanset);
    pcre2_match_context_free(d->mctx);
    if (d->cue_memo)
        pcre2_match_data_free(d->cue_memo->md);
    free(d->cue_memo);
    pcre2_match_data_free(d->commit_a.md);
    pcre2_match_data_free(d->cue_pair.md);
    pcre2_match_data_free(d->scan_pair.md);
    pcre2_match_data_free(d->commit_pair.md);
    pcre2_code_free(d->commit_a.re);
    pcre2_code_free(d->commit_wide);
    pcre2_code_free(d->scan_wide);
    if (d->scan_memo)
        pcre2_match_data_free(d->scan_memo->md);
    free(d->scan_memo);
    if (d->commit_memo)
        pcre2_match_data_free(d->commit_memo->md);
    free(d->commit_memo);
    free(d);
}

ki_status ki_detector_new(ki_detector **out, ki_err *err)
{
    *out = NULL;
    ki_detector *d = calloc(1, sizeof *d);
    if (!d)
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    ki_status st;
    ki_buf b = KI_BUF_INIT;
    for (int i = 0; i < KI_P_COUNT; i++) {
        if ((st = compile_one(ki_patterns[i].re, 0, &d->re[i], &d->jit[i], err, ki_patterns[i].name)))
            goto fail;
        if (!(d->md[i] = pcre2_match_data_create_from_pattern(d->re[i], NULL)))
            goto nomem;
    }
    /* the scan rows, joined: (?<p0>row0)|(?<p1>row1)|...; no reference
     * starts inside a word, so one assertion up front spares the rows at
     * every position within one */
    if (ki_buf_adds(&b, "(?<![A-Za-z])(?:"))
        goto nomem;
    for (int i = 0; i < NSCAN; i++)
        if (ki_buf_addf(&b, "%s(?<p%d>%s)", i ? "|" : "", i, ki_patterns[i].re)) {
            ki_buf_free(&b);
            goto nomem;
        }
    if (ki_buf_adds(&b, ")")) {
        ki_buf_free(&b);
        goto nomem;
    }
    st = compile_one(b.data, PCRE2_ANCHORED, &d->scan, &d->scan_jit, err, "scan");
    {
        /* the scan rows look behind ("(", "motie "): their memo is asked of
         * the rows without that (see without_lookbehinds()) */
        ki_buf wide = KI_BUF_INIT;
        int ec;
        PCRE2_SIZE eo;
        if (!st && without_lookbehinds(b.data, true, &wide))
            d->scan_wide = pcre2_compile((PCRE2_SPTR)wide.data, wide.len,
                                         PCRE2_UTF | PCRE2_DUPNAMES | PCRE2_ANCHORED, &ec, &eo, NULL);
        ki_buf_free(&wide);
        if (d->scan_wide && (!(d->scan_memo = calloc(1, sizeof *d->scan_memo)) ||
                             !(d->scan_memo->md = pcre2_match_data_create(1, NULL)))) {
            ki_buf_free(&b);
            goto nomem;
        }
        if (d->scan_wide)
            pcre2_jit_compile(d->scan_wide, PCRE2_JIT_PARTIAL_HARD);
    }
    ki_buf_truncate(&b, 0);
    if (st)
        goto fail;
    if (!(d->scan_md = pcre2_match_data_create_from_pattern(d->scan, NULL)))
        goto nomem;
    for (int i = 0; i < NSCAN; i++) {
        char nm[8];
        snprintf(nm, sizeof nm, "p%d", i);
        int g = pcre2_substring_number_from_name(d->scan, (PCRE2_SPTR)nm);
        if (g <= 0) {
            st = ki_err_set(err, KI_ERR_PATTERN, "scan group %s missing", nm);
            goto fail;
        }
        d->scan_group[i] = (uint32_t)g;
    }
    bool named = names_of(d->scan, &d->scan_names);
    for (int i = 0; i < KI_P_COUNT; i++)
        named = named && names_of(d->re[i], &d->names[i]);
    if (!named) {
        st = ki_err_set(err, KI_ERR_PATTERN, "too many group names");
        goto fail;
    }
    /* every cue starts a word: one assertion up front spares the alternatives
     * at every position inside a word */
    if (ki_buf_adds(&b, "(?<![A-Za-z0-9])(?:"))
        goto nomem;
    for (int i = 0; i < 5; i++)
        if (ki_buf_addf(&b, "%s(?<c%d>%s)", i ? "|" : "", i, ki_patterns[KI_P_CUE_SETTLED + i].re)) {
            ki_buf_free(&b);
            goto nomem;
        }
    if (ki_buf_adds(&b, ")")) {
        ki_buf_free(&b);
        goto nomem;
    }
    /* anchored: cues_of() tries it only where a word starts with a pair of
     * bytes that can begin a cue (cue_pair) */
    st = compile_one(b.data, PCRE2_ANCHORED, &d->cue, &d->cue_jit, err, "cues");
    ki_buf_free(&b);
    if (st)
        goto fail;
    if (!(d->cue_md = pcre2_match_data_create_from_pattern(d->cue, NULL)))
        goto nomem;
    for (int i = 0; i < 5; i++) {
        char nm[8];
        snprintf(nm, sizeof nm, "c%d", i);
        int g = pcre2_substring_number_from_name(d->cue, (PCRE2_SPTR)nm);
        if (g <= 0) {
            st = ki_err_set(err, KI_ERR_PATTERN, "cue group %s missing", nm);
            goto fail;
        }
        d->cue_group[i] = (uint32_t)g;
    }
    if (!(d->mctx = pcre2_match_context_create(NULL)))
        goto nomem;
    if (!pairs_of(d->cue, &d->cue_pair) || !pairs_of(d->scan, &d->scan_pair))
        goto nomem;
    if (!(d->cue_memo = calloc(1, sizeof *d->cue_memo)) ||
        !(d->cue_memo->md = pcre2_match_data_create(1, NULL)))
        goto nomem;
    d->scan_all = (struct matcher){d->scan, d->scan_md, d->scan_jit, {0}, NULL, false};
    d->cue_all = (struct matcher){d->cue, d->cue_md, d->cue_jit, {0}, NULL, false};
    memcpy(d->cue_all.group, d->cue_group, sizeof d->cue_group);
    d->cue_split = cue_sets(d);
    if ((st = commit_tries(d, err)))
        goto fail;
    d->scan_split = scan_sets(d);
    pf_tables(&d->pf);
#if defined(KI_PF_SSSE3)
    d->pf_max = __builtin_cpu_supports("avx2") ? KI_PF_AVX2 : __builtin_cpu_supports("ssse3") ? KI_PF_SSSE3 : KI_PF_SSE2;
#endif
    d->pf_level = d->pf_max;
    if (!d->scanset)
        goto nomem;
    pcre2_set_match_limit(d->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(d->mctx, DEPTH_LIMIT);
    *out = d;
    return KI_OK;
nomem:
    st = ki_err_set(err, KI_ERR_NOMEM, "out of memory");
fail:
    ki_detector_free(d);
    return st;
}

/* One match of code at subject s[0..len) from off, starting no later than
 * lim (KI_ANY: anywhere); returns rc (>0 on a match). */
#define KI_ANY ((size_t)-1)
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int run(const ki_detector *d, pcre2_code *code, pcre2_match_data *md, unsigned char *jit,
                      const char *s, size_t len, size_t off, size_t lim, uint32_t opts)
{
    pcre2_set_offset_limit(d->mctx, lim == KI_ANY ? PCRE2_UNSET : (PCRE2_SIZE)lim);
    if (jit_now(code, jit) && !(opts & PCRE2_ANCHORED))
        return pcre2_jit_match(code, (PCRE2_SPTR)s, len, off, opts, md, d->mctx);
    return pcre2_match(code, (PCRE2_SPTR)s, len, off, opts | PCRE2_NO_UTF_CHECK, md, d->mctx);
}

/* Row pid compiled anchored (d->re_a[pid]), at its first use; false when
 * that fails (then the row as it is serves, by the interpreter). */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static bool anchored_first(ki_detector *d, int pid)
{
    ki_err e2;
    d->tried_a[pid] = true;
    if (compile_one(ki_patterns[pid].re, PCRE2_ANCHORED, &d->re_a[pid], &d->jit_a[pid], &e2,
                    ki_patterns[pid].name) != KI_OK)
        d->re_a[pid] = NULL;
    return d->re_a[pid] != NULL;
}

/* One match of row pid (see run()); an anchored one by the row compiled
 * anchored, whose JIT code can serve it. */
static int run_p(ki_detector *d, int pid, const char *s, size_t len, size_t off,
                 size_t lim, uint32_t opts)
{
    if ((opts & PCRE2_ANCHORED) && (d->re_a[pid] || (!d->tried_a[pid] && anchored_first(d, pid))))
        return run(d, d->re_a[pid], d->md[pid], &d->jit_a[pid], s, len, off, lim, opts & ~(uint32_t)PCRE2_ANCHORED);
    return run(d, d->re[pid], d->md[pid], &d->jit[pid], s, len, off, lim, opts);
}

/*
 * m (re NULL) ready to run: a subset kept as its source (cue_sets(),
 * scan_sets()) is compiled at its first use, with its match data and group
 * numbers.  False when that fails (out of memory): then the caller runs the
 * whole pattern, which gives the same match.
 */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static bool matcher_ready(struct matcher *m)
{
    if (!m->src)
        return false; /* failed before */
    ki_err e2;
    bool ok = compile_one(m->src, PCRE2_ANCHORED, &m->re, &m->jit, &e2, "subset") == KI_OK &&
              (m->md = pcre2_match_data_create_from_pattern(m->re, NULL)) != NULL;
    if (ok && m->scan) {
        ok = scanset_groups((struct scanset *)m); /* m is its scanset's first member */
    } else if (ok) {
        for (int r = 0; r < 5; r++) {
            char nm[8];
            snprintf(nm, sizeof nm, "c%d", r);
            int g = pcre2_substring_number_from_name(m->re, (PCRE2_SPTR)nm);
            m->group[r] = g > 0 ? (uint32_t)g : 0;
        }
    }
    free(m->src);
    m->src = NULL;
    if (!ok) {
        pcre2_match_data_free(m->md);
        pcre2_code_free(m->re);
        m->md = NULL;
        m->re = NULL;
    }
    return ok;
}

/*
 * The first word start at or after off and before end: a byte that is not
 * inside a UTF-8 character and does not follow an ASCII letter (nor a digit
 * when digit_word); end when there is none.  Most bytes of a sentence are
 * inside words, so where SSE2 is there 16 are tested at a time.
 */
static size_t next_start(const unsigned char *u, size_t off, size_t end, bool digit_word)
{
#if defined(__SSE2__)
    if (off > 0) {
        const __m128i c20 = _mm_set1_epi8(0x20), ca = _mm_set1_epi8('a'), c0 = _mm_set1_epi8('0');
        const __m128i flip = _mm_set1_epi8((char)0x80), l26 = _mm_set1_epi8((char)(26 ^ 0x80));
        const __m128i l10 = _mm_set1_epi8((char)(10 ^ 0x80)), cc0 = _mm_set1_epi8((char)0xC0);
        for (; off + 16 <= end; off += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + off));
            __m128i p = _mm_loadu_si128((const __m128i *)(const void *)(u + off - 1));
            /* unsigned x - base < limit, as a signed compare of both sides flipped */
            __m128i skip = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(_mm_or_si128(p, c20), ca), flip), l26);
            if (digit_word)
                skip = _mm_or_si128(skip, _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(p, c0), flip), l10));
            skip = _mm_or_si128(skip, _mm_cmpeq_epi8(_mm_and_si128(v, cc0), flip));
            unsigned starts = ~(unsigned)_mm_movemask_epi8(skip) & 0xFFFFu;
            if (starts)
                return off + (size_t)__builtin_ctz(starts);
        }
    }
#endif
    for (; off < end; off++) {
        if ((u[off] & 0xC0) == 0x80)
            continue;
        if (off > 0) {
            unsigned p = u[off - 1];
            if ((p | 0x20) >= 'a' && (p | 0x20) <= 'z')
                continue;
            if (digit_word && p >= '0' && p <= '9')
                continue;
        }
        return off;
    }
    return end;
}

/*
 * May a match of code (compiled anchored, JIT-compiled for partial matching
 * by pairs_of()) begin with the avail bytes at u?  Asked of the first eight
 * alone, with PCRE2_PARTIAL_HARD, then (when those may) of the first
 * sixteen, each answer remembered in pm.  That answer holds
 * in any text only when nothing before u can make a match possible: code
 * has no positive lookbehind and no \B (a negative lookbehind with nothing
 * to look at succeeds, which only lets more through).  Fewer than eight
 * (sixteen) bytes, or any that is not ASCII (the eight could end inside a
 * character), are let through unasked.
 */
static bool prefix_may_begin(const pcre2_code *code, prefixmemo *pm, const unsigned char *u,
                             size_t avail)
{
    uint64_t k, k2;
    if (avail < 8)
        return true;
    memcpy(&k, u, 8);
    if (k & 0x8080808080808080u)
        return true;
    uint64_t *e = &pm->slot[(size_t)((k * 0x9E3779B97F4A7C15u) >> (64 - MEMO_BITS))];
    if ((*e & ~(uint64_t)(MEMO_MAY | MEMO_NONE)) != k || !*e) {
        int rc = pcre2_match(code, u, 8, 0, PCRE2_PARTIAL_HARD | PCRE2_NO_UTF_CHECK, pm->md, NULL);
        *e = k | (rc == PCRE2_ERROR_NOMATCH ? MEMO_NONE : MEMO_MAY);
    }
    if (*e & MEMO_NONE)
        return false;
    /* the eight may begin one: the sixteen? */
    if (avail < 16)
        return true;
    memcpy(&k2, u + 8, 8);
    if (k2 & 0x8080808080808080u)
        return true;
    uint64_t *e2 = pm->slot2[(size_t)(((k ^ k2 * 0xC2B2AE3D27D4EB4Fu) * 0x9E3779B97F4A7C15u) >> (64 - MEMO_BITS))];
    if ((e2[0] & ~(uint64_t)(MEMO_MAY | MEMO_NONE)) != k || e2[1] != k2 || !e2[0]) {
        int rc = pcre2_match(code, u, 16, 0, PCRE2_PARTIAL_HARD | PCRE2_NO_UTF_CHECK, pm->md, NULL);
        e2[0] = k | (rc == PCRE2_ERROR_NOMATCH ? MEMO_NONE : MEMO_MAY);
        e2[1] = k2;
    }
    return !(e2[0] & MEMO_NONE);
}

/* Asks t's code whether the n bytes at b may begin a match, the question
 * behind bit of *word, and remembers the answer there (*known gets bit);
 * apart from pair_may_begin(), which stays small enough to inline. */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static bool learn(pairtab *t, uint32_t *word, uint32_t *known, uint32_t bit, const unsigned char *b,
                  size_t n)
{
    *known |= bit;
    if (may_begin(t, b, n))
        return true;
    *word &= ~bit;
    return false;
}

/*
 * May a match of code (as prefix_may_begin() asks it) begin with the UTF-8
 * character beyond ASCII at u (u[0] its lead byte; the text is valid
 * UTF-8)?  Asked of the character's bytes alone and remembered in pm by
 * the character: curly quotes, dashes and accented letters begin words
 * in every letter, and few patterns begin with any of them.
 */
static bool char_may_begin(const pcre2_code *code, prefixmemo *pm, const unsigned char *u, size_t avail)
{
    size_t k = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
    if (u[0] < 0xC0 || avail < k)
        return true;
    uint32_t key = 0;
    memcpy(&key, u, k);
    size_t e = (size_t)((key * 0x9E3779B1u) >> 24) & (CHAR_MEMO - 1);
    if (pm->ch[e] != key) {
        int rc = pcre2_match(code, u, k, 0, PCRE2_PARTIAL_HARD | PCRE2_NO_UTF_CHECK, pm->md, NULL);
        pm->ch[e] = key;
        pm->ch_may[e] = rc != PCRE2_ERROR_NOMATCH;
    }
    return pm->ch_may[e];
}

/* May a match begin with the ASCII byte u[off] and the bytes after it, as
 * the tables t (pairs_of()) have it? */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline bool pair_may_begin(pairtab *t, const unsigned char *u, size_t off, size_t len)
{
    unsigned c1 = u[off];
    if (off + 1 >= len)
        return true;
    unsigned c2 = u[off + 1];
    uint32_t bit = 1u << (c2 & 31);
    if (!(t->pair[c1][c2 >> 5] & bit))
        return false;
    if (!(t->pair_known[c1][c2 >> 5] & bit) &&
        !learn(t, &t->pair[c1][c2 >> 5], &t->pair_known[c1][c2 >> 5], bit, u + off, 2))
        return false;
    int l1 = letter_ix(c1), l2 = letter_ix(c2);
    if (l1 >= 0 && l2 >= 0 && off + 2 < len && u[off + 2] < 128) {
        unsigned c3 = u[off + 2];
        bit = 1u << (c3 & 31);
        if (!(t->tri[l1][l2][c3 >> 5] & bit))
            return false;
        if (!(t->tri_known[l1][l2][c3 >> 5] & bit) &&
            !learn(t, &t->tri[l1][l2][c3 >> 5], &t->tri_known[l1][l2][c3 >> 5], bit, u + off, 3))
            return false;
    }
    return true;
}

/*
 * The leftmost match of code (compiled anchored) in s[0..len) that starts in
 * [off, lim] at a word start (not after an ASCII letter, nor after a digit
 * when digit_word) whose first two bytes t allows: what an unanchored search
 * of the same pattern behind "(?<![A-Za-z])" or "(?<![A-Za-z0-9])" finds,
 * without running the pattern everywhere.  With pick, the pattern tried at
 * an ASCII byte c is pick[c] (NULL: none begins there), else m; *used is
 * the one that matched.  Returns rc as run() does.
 */
static int run_pairs(const ki_detector *d, struct matcher *m,
                     struct matcher *const *pick, const struct matcher **used,
                     pairtab *t, bool digit_word, const char *s, size_t len, size_t off,
                     size_t lim, const pcre2_code *whole, prefixmemo *pm)
{
    const unsigned char *u = (const unsigned char *)s;
    if (lim > len)
        lim = len;
    for (; off <= lim && off < len; off++) {
        /* the tests below, and a skip to the next word start first */
        size_t end = lim < len ? lim + 1 : len;
        if ((off = next_start(u, off, end, digit_word)) == end)
            break;
        unsigned c1 = u[off]; /* a word start: see next_start() */
        struct matcher *mm = m;
        if (c1 < 128) {
            if (!pair_may_begin(t, u, off, len))
                continue;
            if (pick && !(mm = pick[c1]))
                continue;
        } else if (pm && !char_may_begin(whole, pm, u + off, len - off)) {
            continue;
        }
        if (pm && !prefix_may_begin(whole, pm, u + off, len - off))
            continue;
        if (!mm->re && !matcher_ready(mm))
            mm = m;
        int rc = run(d, mm->re, mm->md, &mm->jit, s, len, off, KI_ANY, PCRE2_NO_UTF_CHECK);
        if (rc != PCRE2_ERROR_NOMATCH) {
            *used = mm;
            return rc;
        }
    }
    return PCRE2_ERROR_NOMATCH;
}

/*
 * The leftmost match of m (compiled anchored) in s[0..len) that starts in
 * [off, lim]: what an unanchored search of the same pattern from off with
 * offset limit lim finds, for that search tries it at each character
 * start in turn and returns the first match.  Here it is run only where
 * the tables t and the memo pm say a match can begin: they are those of
 * wide, m's pattern with its positive lookbehinds left out, which matches
 * wherever m does (see commit_tries()); a byte inside a UTF-8 character
 * begins none.  Returns rc as run() does.
 */
static int run_chars(const ki_detector *d, struct matcher *m, const pcre2_code *wide,
                     pairtab *t, prefixmemo *pm, const char *s, size_t len, size_t off, size_t lim)
{
    const unsigned char *u = (const unsigned char *)s;
    for (; off <= lim && off < len; off++) {
        unsigned c1 = u[off];
        /* the byte alone first: most bytes of a text begin nothing (an
         * ASCII byte without pairs may still begin a match at the end) */
        if (!t->first[c1] && (c1 >= 0x80 || off + 1 < len))
            continue;
        if (c1 < 128 ? !pair_may_begin(t, u, off, len) : !char_may_begin(wide, pm, u + off, len - off))
            continue;
        if (!prefix_may_begin(wide, pm, u + off, len - off))
            continue;
        int rc = run(d, m->re, m->md, &m->jit, s, len, off, KI_ANY, PCRE2_NO_UTF_CHECK);
        if (rc != PCRE2_ERROR_NOMATCH)
            return rc;
    }
    return PCRE2_ERROR_NOMATCH;
}

/* name_slot(x, name), remembered by the two addresses: callers name groups
 * by string literals, and a detector's name tables do not change (a new
 * detector at a freed one's address builds the same tables from the same
 * patterns, so a slot remembered there is still right). */
static const struct nameslot *name_slot_memo(const nameidx *x, const char *name)
{
    static _Thread_local struct {
        const nameidx *x;
        const char *name;
        const struct nameslot *sl;
    } memo[256];
    uint64_t k = (uint64_t)(uintptr_t)x ^ ((uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15u);
    size_t slot = (size_t)((k * 0x9E3779B97F4A7C15u) >> 56);
    if (memo[slot].x != x || memo[slot].name != name) {
        memo[slot].x = x;
        memo[slot].name = name;
        memo[slot].sl = name_slot(x, name);
    }
    return memo[slot].sl;
}

/* The first set group called name (a string literal: see name_slot_memo())
 * in the match; false when none is set. */
static bool group(const ki_hit *h, const char *name, const char **p, size_t *n)
{
    const struct nameslot *sl = name_slot_memo(h->names, name);
    if (!sl->name)
        return false;
    size_t esz = (size_t)h->names->esz;
    PCRE2_SPTR first = sl->first, last = first + (sl->count - 1) * esz;
    for (PCRE2_SPTR e = first; e <= last; e += esz) {
        uint32_t g = ((uint32_t)e[0] << 8) | e[1];
        if (g >= h->ovn || h->ov[2 * g] == PCRE2_UNSET)
            continue;
        *p = h->s + h->ov[2 * g];
        *n = h->ov[2 * g + 1] - h->ov[2 * g];
        return true;
    }
    return false;
}

static bool gstr(const ki_hit *h, const char *name, char *out, size_t cap)
{
    const char *p;
    size_t n;
    out[0] = '\0';
    if (!group(h, name, &p, &n))
        return false;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
    return true;
}

/* Keeps only ASCII digits and letters (drops blanks, NBSP, dots). */
static void squeeze(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++)
        if (ki_is_digit((unsigned char)*p) || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
            *o++ = *p;
    *o = '\0';
}

/* ---- canonicalisers ---- */

static const char *chamber_of(const char *ch)
{
    if (!ch[0])
        return NULL;
    if (strcmp(ch, "I") == 0 || strcmp(ch, "l") == 0 || strcmp(ch, "1") == 0 ||
        strcmp(ch, "EK") == 0)
        return "I";
    return "II";
}

/* "2019"+"20" -> "2019-2020"; false when the second is not the next year */
static bool year_of(const char *y1, const char *y2, char out[24])
{
    if (strlen(y1) != 4 || !y2[0])
        return false;
    int a = atoi(y1), b = atoi(y2);
    if (strlen(y2) == 2)
        b = (a / 100) * 100 + b + ((a % 100) == 99 && b == 0 ? 100 : 0);
    if (b != a + 1)
        return false;
    snprintf(out, 24, "%04d-%04d", a, b);
    return true;
}

static ki_status add_kst(struct ki_scan *sc, size_t start, size_t end, const char *chamber,
                         const char *year, const char *dos, const char *sub, const char *nr,
                         const char *rw)
{
    ki_refs *r = sc->r;
    if (r->nkamerstukken == sc->kgroup_cap) {
        size_t nc = sc->kgroup_cap ? sc->kgroup_cap * 2 : 16;
        size_t *g = realloc(sc->kgroup, nc * sizeof *g);
        if (!g)
            return KI_ERR_NOMEM;
        sc->kgroup = g;
        unsigned char *f = realloc(sc->kflag, nc);
        if (!f)
            return KI_ERR_NOMEM;
        sc->kflag = f;
        sc->kgroup_cap = nc;
    }
    ki_kamerstuk *k = ki_refs_add_kamerstuk(r);
    if (!k)
        return KI_ERR_NOMEM;
    sc->kgroup[r->nkamerstukken - 1] = sc->matchno;
    sc->kflag[r->nkamerstukken - 1] = sc->curflag;
    /* "kst-DOS[-SUB]-NR", appended part by part (cut as snprintf would) */
    char id[96];
    size_t il = append_str(id, sizeof id, 0, "kst-");
    il = append_str(id, sizeof id, il, dos);
    if (sub && *sub) {
        il = append_str(id, sizeof id, il, "-");
        il = append_str(id, sizeof id, il, sub);
    }
    il = append_str(id, sizeof id, il, "-");
    append_str(id, sizeof id, il, nr);
    k->id = ki_refs_strdup(r, id);
    k->chamber = chamber ? ki_refs_strdup(r, chamber) : NULL;
    k->year = year && *year ? ki_refs_strdup(r, year) : NULL;
    k->dossier = ki_refs_strdup(r, dos);
    k->sub = sub && *sub ? ki_refs_strdup(r, sub) : NULL;
    k->nr = ki_refs_strdup(r, nr);
    k->rijkswet = rw && *rw ? ki_refs_strdup(r, rw) : NULL;
    k->text = ki_refs_strndup(r, sc->s + start, end - start);
    k->span.start = start;
    k->span.end = end;
    k->span.page = ki_text_page(sc->t, start);
    if (!k->id || !k->dossier || !k->nr || !k->text)
        return KI_ERR_NOMEM;
    return KI_OK;
}

/* Adds every number of a list "520 en 548", "1-3", "12, 14 en 19", "E". */
/* v (>= 0) in decimal into buf, as snprintf(buf, 24, "%ld", v) writes it. */
static void long_str(char buf[24], long v)
{
    char t[24];
    size_t k = 0;
    do {
        t[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0 && k < sizeof t);
    for (size_t j = 0; j < k; j++)
        buf[j] = t[k - 1 - j];
    buf[k] = '\0';
}

static ki_status add_nrs(struct ki_scan *sc, size_t start, size_t end, const char *nrs,
                         const char *chamber, const char *year, const char *dos,
                         const char *sub, const char *rw)
{
    const char *p = nrs;
    long prev = -1;
    bool range = false;
    while (*p) {
        if (ki_is_digit((unsigned char)*p)) {
            long v = 0;
            int k = 0;
            while (ki_is_digit((unsigned char)*p) && k < 6) {
                v = v * 10 + (*p - '0');
                p++;
                k++;
            }
            if (range && prev >= 0 && v > prev && v - prev <= 60) {
                for (long x = prev + 1; x <= v; x++) {
                    char nr[24];
                    long_str(nr, x);
                    ki_status st = add_kst(sc, start, end, chamber, year, dos, sub, nr, rw);
                    if (st)
                        return st;
                }
            } else {
                char nr[24];
                long_str(nr, v);
                ki_status st = add_kst(sc, start, end, chamber, year, dos, sub, nr, rw);
                if (st)
                    return st;
            }
            prev = v;
            range = false;
        } else if (is_upper((unsigned char)*p)) {
            char nr[4] = {0};
            int k = 0;
            while (is_upper((unsigned char)*p) && k < 2)
                nr[k++] = *p++;
            ki_status st = add_kst(sc, start, end, chamber, year, dos, sub, nr, rw);
            if (st)
                return st;
            prev = -1;
        } else {
            if (*p == '-' || starts_ci(p, strlen(p), 0, "t/m") ||
                starts_ci(p, strlen(p), 0, "tot en met") ||
                ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80))
                range = true;
            if (starts_ci(p, strlen(p), 0, "tot en met"))
                p += 9;
            p++;
        }
    }
    return KI_OK;
}

/* A dossier number written at s[k..pos): "36 123", "36123"; its five
 * digits in d, the end in *e; false when there is none. */
static bool dossier_at(const char *s, size_t pos, size_t k, char d[8], size_t *e)
{
    size_t dl = 0;
    if (k > 0 && ki_is_digit((unsigned char)s[k - 1]))
        return false;
    while (k < pos && dl < 6 && (ki_is_digit((unsigned char)s[k]) || (s[k] == ' ' && dl == 2))) {
        if (s[k] != ' ')
            d[dl++] = s[k];
        k++;
    }
    if (dl != 5 || (k < pos && ki_is_digit((unsigned char)s[k])))
        return false;
    d[5] = '\0';
    *e = k;
    return true;
}

/* Does the word ending at s[e] (blanks before e skipped) name what a bare
 * dossier number stands for: "wetsvoorstel 36 145", "bij de behandeling van
 * 36 145", "dossier 36 145"? */
static bool names_dossier(const char *s, size_t lo, size_t e)
{
    static const char *const w[] = {"wetsvoorstel", "voorstel", "dossier", "Kamerstukdossier",
                                    "initiatiefwetsvoorstel", "initiatiefvoorstel", "begroting"};
    while (e > lo && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    size_t b = e;
    while (b > lo && ki_is_letter((unsigned char)s[b - 1]))
        b--;
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (e - b == strlen(w[k]) && starts_ci(s, e, b, w[k]))
            return true;
    if (e - b == 3 && starts_ci(s, e, b, "van")) { /* "behandeling van 36 145" */
        size_t c = b;
        while (c > lo && ki_is_blank((unsigned char)s[c - 1]))
            c--;
        return c >= lo + 11 && starts_ci(s, c, c - 11, "behandeling");
    }
    return false;
}

/* A dossier named alone in s[from..pos), the nearest before pos: "het
 * wetsvoorstel (36 123)", "het wetsvoorstel 36 145", "bij de behandeling
 * van 36 145". */
static bool dossier_before(const struct ki_scan *sc, size_t from, size_t pos, char *dos, size_t cap)
{
    const char *s = sc->s;
    size_t lim = pos > 3000 ? pos - 3000 : 0;
    if (lim < from)
        lim = from;
    for (size_t i = pos; i > lim; i--) {
        char d[8];
        size_t e;
        if (s[i - 1] == '(') {
            size_t j = ki_skip_blank(s, pos, i);
            if (dossier_at(s, pos, j, d, &e) && (e = ki_skip_blank(s, pos, e)) < pos && s[e] == ')') {
                copy_str(dos, cap, d);
                return true;
            }
        } else if (ki_is_blank((unsigned char)s[i - 1]) && i < pos && ki_is_digit((unsigned char)s[i]) &&
                   dossier_at(s, pos, i, d, &e) && !(e < pos && (s[e] == '-' || s[e] == '/')) &&
                   names_dossier(s, lim, i)) {
            copy_str(dos, cap, d);
            return true;
        }
    }
    return false;
}

/* A dossier named alone later in the same sentence, within 250 bytes of pos:
 * "de motie op stuk nr. 27 van het lid X bij het wetsvoorstel 36 583". */
static bool dossier_after(const struct ki_scan *sc, size_t pos, char *dos, size_t cap)
{
    const char *s = sc->s;
    size_t lim = pos + 250 < sc->n ? pos + 250 : sc->n;
    for (size_t i = pos; i < lim; i++) {
        char d[8];
        size_t e;
        if (s[i] == ';' || s[i] == '?' || s[i] == '!' || (s[i] == '\n' && i + 1 < lim && s[i + 1] == '\n'))
            return false;
        if (s[i] == '.' && i + 2 < lim && ki_is_blank((unsigned char)s[i + 1]) &&
            (is_upper((unsigned char)s[i + 2]) || s[i + 1] == '\n'))
            return false;
        if (i == 0 || !ki_is_blank((unsigned char)s[i - 1]) || !ki_is_digit((unsigned char)s[i]))
            continue;
        if (dossier_at(s, lim, i, d, &e) && !(e < lim && (s[e] == '-' || s[e] == '/' || s[e] == ',')) &&
            (names_dossier(s, pos, i) || (s[i - 1] == '(' && e < lim && s[e] == ')'))) {
            copy_str(dos, cap, d);
            return true;
        }
    }
    return false;
}

/* The length of the dash at s[i]: "-", an en or em dash, a minus (UTF-8);
 * 0 when there is none. */
static size_t dash_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i < n && u[i] == '-')
        return 1;
    if (i + 2 < n && u[i] == 0xE2 &&
        ((u[i + 1] == 0x80 && u[i + 2] >= 0x90 && u[i + 2] <= 0x95) || (u[i + 1] == 0x88 && u[i + 2] == 0x92)))
        return 3;
    return 0;
}

/* A dossier in brackets right at pos: "op stuk nr. 68 (35483)", "nr. 12
 * (36 600-XVI)", "was nr. 598 (21501-32)", "(36600-B)"; its number in dos,
 * its sub (Roman after a dash or blank, two digits or one capital after a
 * dash) in sub, the end past ")" in *end; false when there is none. */
static bool dossier_bracket(const struct ki_scan *sc, size_t pos, char *dos, char *sub, size_t cap,
                            size_t *end)
{
    const char *s = sc->s;
    size_t k = ki_skip_blank(s, sc->n, pos), e;
    char d[8];
    if (k >= sc->n || s[k] != '(' || !dossier_at(s, sc->n, ki_skip_blank(s, sc->n, k + 1), d, &e))
        return false;
    size_t rs = e, re, dl = dash_len(s, sc->n, e);
    if (dl || (rs < sc->n && s[rs] == ' '))
        rs += dl ? dl : 1;
    for (re = rs; re < sc->n && re - rs < 7 && strchr("IVXL", s[re]) && s[re]; re++)
        ;
    if (re == rs && dl && re + 1 < sc->n && ki_is_digit((unsigned char)s[re]) &&
        ki_is_digit((unsigned char)s[re + 1]))
        re += 2; /* an EU or numbered sub-dossier: "21501-32", "21501-07" */
    else if (re == rs && re < sc->n && s[re] >= 'A' && s[re] <= 'Z')
        re++; /* a letter: "36600-B" */
    if (re > rs && (re >= sc->n || !(ki_is_letter((unsigned char)s[re]) || ki_is_digit((unsigned char)s[re]))))
        e = re;
    else
        rs = re = e;
    e = ki_skip_blank(s, sc->n, e);
    if (e >= sc->n || s[e] != ')')
        return false;
    copy_str(dos, cap, d);
    size_t sl = re - rs < cap - 1 ? re - rs : cap - 1;
    memcpy(sub, s + rs, sl);
    sub[sl] = '\0';
    *end = e + 1;
    return true;
}

static size_t sent_end(const char *s, size_t n, size_t pos);
static size_t sent_start(const char *s, size_t n, size_t pos);
static size_t find_ci(const char *s, size_t to, size_t from, const char *w);

/* The dossier of the Kamerstuk cited next in the sentence, within 300
 * bytes of pos: "(ter vervanging van die gedrukt onder nr. 123) over de zorg
 * (36 200 XVI, nr. 130)" -- a dossier, its sub (Roman after a blank or
 * dash, two digits or a capital after a dash), then ", nr.".  Its number in
 * dos and sub; false when there is none. */
static bool dossier_ahead(const struct ki_scan *sc, size_t pos, char *dos, char *sub, size_t cap)
{
    const char *s = sc->s;
    size_t lim = sent_end(s, sc->n, pos), e;
    if (lim > pos + 300)
        lim = pos + 300;
    for (size_t i = pos; i < lim; i++) {
        char d[8];
        if (s[i] == ';')
            return false;
        if (!ki_is_digit((unsigned char)s[i]) || (i > 0 && !(s[i - 1] == '(' || ki_is_blank((unsigned char)s[i - 1]))) ||
            !dossier_at(s, lim, i, d, &e))
            continue;
        size_t rs = e, re, dl = dash_len(s, lim, e);
        if (dl || (rs < lim && s[rs] == ' '))
            rs += dl ? dl : 1;
        for (re = rs; re < lim && re - rs < 7 && strchr("IVXL", s[re]) && s[re]; re++)
            ;
        if (re == rs && dl && re + 1 < lim && ki_is_digit((unsigned char)s[re]) && ki_is_digit((unsigned char)s[re + 1]))
            re += 2;
        else if (re == rs && dl && re < lim && is_upper((unsigned char)s[re]))
            re++;
        if (!(re > rs && (re >= lim || !(ki_is_letter((unsigned char)s[re]) || ki_is_digit((unsigned char)s[re])))))
            rs = re = e;
        size_t k = ki_skip_blank(s, lim, re);
        if (k >= lim || s[k] != ',')
            continue;
        k = ki_skip_blank(s, lim, k + 1);
        if (!starts_ci(s, lim, k, "nr"))
            continue;
        copy_str(dos, cap, d);
        size_t sl = re - rs < cap - 1 ? re - rs : cap - 1;
        memcpy(sub, s + rs, sl);
        sub[sl] = '\0';
        return true;
    }
    return false;
}

/* The numbers in s ("1402 en 1403", "8, 9"), at most 8 of at most 11
 * digits each, into out; returns how many. */
static int split_numbers(const char *s, char out[8][12])
{
    int n = 0;
    for (const char *p = s; *p && n < 8;) {
        if (!ki_is_digit((unsigned char)*p)) {
            p++;
            continue;
        }
        int k = 0;
        while (ki_is_digit((unsigned char)*p) && k < 11)
            out[n][k++] = *p++;
        while (ki_is_digit((unsigned char)*p))
            p++;
        out[n++][k] = '\0';
    }
    return n;
}

/* Adds the Handelingen records of one citation: every nr of nrs ("1402 en
 * 1403"), or every item of items of the one nr ("items 8 en 9"); kind "h"
 * or "ah", chamber "I"/"II", year "2023-2024". */
static ki_status add_hand(struct ki_scan *sc, size_t start, size_t end, const char *kind,
                          const char *chamber, const char *year, const char *nr, const char *item)
{
    char yid[9], id[160];
    memcpy(yid, year, 4);
    memcpy(yid + 4, year + 5, 4);
    yid[8] = '\0';
    const char *house2 = strcmp(chamber, "I") == 0 ? "ek" : "tk";
    char nrs[8][12], items[8][12];
    int nn = split_numbers(nr, nrs), ni = split_numbers(item, items);
    bool ah = strcmp(kind, "ah") == 0;
    if (ah || ni == 0)
        ni = 1, items[0][0] = '\0';
    ki_refs *r = sc->r;
    for (int a = 0; a < nn; a++) {
        for (int b2 = 0; b2 < (nn > 1 ? 1 : ni); b2++) {
            const char *it = nn > 1 ? "" : items[b2];
            if (ah)
                snprintf(id, sizeof id, "ah-%s-%s-%s", house2, yid, nrs[a]);
            else if (it[0])
                snprintf(id, sizeof id, "h-%s-%s-%s-%s", house2, yid, nrs[a], it);
            else
                snprintf(id, sizeof id, "h-%s-%s-%s", house2, yid, nrs[a]);
            ki_handeling *x = ki_refs_add_handeling(r);
            if (!x)
                return KI_ERR_NOMEM;
            x->id = ki_refs_strdup(r, id);
            x->kind = ki_refs_strdup(r, kind);
            x->chamber = ki_refs_strdup(r, chamber);
            x->year = ki_refs_strdup(r, year);
            x->nr = ki_refs_strdup(r, nrs[a]);
            x->item = it[0] ? ki_refs_strdup(r, it) : NULL;
            x->text = ki_refs_strndup(r, sc->s + start, end - start);
            x->span.start = start;
            x->span.end = end;
            x->span.page = ki_text_page(sc->t, start);
            if (!x->id || !x->text)
                return KI_ERR_NOMEM;
        }
    }
    if (nn) {
        /* kind, chamber and year may be these very fields ("idem") */
        if (kind != sc->lh_kind)
            copy_str(sc->lh_kind, sizeof sc->lh_kind, kind);
        if (chamber != sc->lh_chamber)
            copy_str(sc->lh_chamber, sizeof sc->lh_chamber, chamber);
        if (year != sc->lh_year)
            copy_str(sc->lh_year, sizeof sc->lh_year, year);
        copy_str(sc->lh_nr, sizeof sc->lh_nr, nrs[nn - 1]);
        sc->lh_end = end;
    }
    return KI_OK;
}

/* "idem" / "t.a.p." just after a Handelingen citation, rather than after a
 * Kamerstuk? */
static bool tap_is_hand(const struct ki_scan *sc, size_t start)
{
    return sc->lh_end && start >= sc->lh_end && start - sc->lh_end <= 300 &&
           (sc->lh_end > sc->last_end || sc->last_end > start);
}

/* Whether a Kamerstuk of r spans [a, b): the last ones, which end before
 * the text being read. */
static bool kst_holds(const ki_refs *r, size_t a, size_t b)
{
    for (size_t i = r->nkamerstukken; i > 0 && r->kamerstukken[i - 1].span.end + 400 >= b; i--)
        if (r->kamerstukken[i - 1].span.start <= a && r->kamerstukken[i - 1].span.end >= b)
            return true;
    return false;
}

/* The new number before "was nr. M" at pos: "nr. 348, was nr. 347" (the
 * comma may be missing) gives [*a, *b) over "nr. 348" and "348" in nr. */
static bool new_before_was(const char *s, size_t pos, size_t *a, size_t *b, char nr[8])
{
    size_t i = pos;
    while (i > 0 && ki_is_blank((unsigned char)s[i - 1]))
        i--;
    if (i > 0 && s[i - 1] == ',')
        i--;
    while (i > 0 && ki_is_blank((unsigned char)s[i - 1]))
        i--;
    size_t e = i;
    while (i > 0 && e - i < 5 && ki_is_digit((unsigned char)s[i - 1]))
        i--;
    if (i == e || e - i > 4 || (i > 0 && ki_is_digit((unsigned char)s[i - 1])))
        return false;
    size_t d = i;
    while (i > 0 && ki_is_blank((unsigned char)s[i - 1]) && d - i < 8)
        i--;
    if (i > 0 && s[i - 1] == '.')
        i--;
    if (i < 2 || !((s[i - 2] == 'n' || s[i - 2] == 'N') && (s[i - 1] == 'r' || s[i - 1] == 'R')) ||
        (i > 2 && (ki_is_letter((unsigned char)s[i - 3]) || ki_is_digit((unsigned char)s[i - 3]))))
        return false;
    memcpy(nr, s + d, e - d);
    nr[e - d] = '\0';
    *a = i - 2;
    *b = e;
    return true;
}

ki_status ki_canon_kamerstuk(struct ki_scan *sc, const struct ki_hit *h)
{
    char pre[32], ch[8], chname[16], y1[8], y2[8], dos[32], sub[32], rw[16], nrs[256], tmp[64];
    gstr(h, "pre", pre, sizeof pre);
    gstr(h, "ch", ch, sizeof ch);
    gstr(h, "chname", chname, sizeof chname);
    gstr(h, "y1", y1, sizeof y1);
    gstr(h, "y2", y2, sizeof y2);
    gstr(h, "dos", dos, sizeof dos);
    gstr(h, "sub", sub, sizeof sub);
    gstr(h, "rw", rw, sizeof rw);
    gstr(h, "nrs", nrs, sizeof nrs);
    /* the Eerste Kamer's "(35.526, BH)", not an amount "(10.000, NL)": a
     * dossier written with a thousands dot is no round number */
    size_t dosl = strlen(dos);
    if (memchr(dos, '.', dosl) && dosl >= 3 &&
        (strcmp(dos + dosl - 3, "000") == 0 || strcmp(dos + dosl - 3, "500") == 0))
        return KI_OK;
    squeeze(dos);
    squeeze(sub); /* "IX B" -> "IXB" */
    squeeze(rw);
    bool tap = gstr(h, "tap", tmp, sizeof tmp);
    if (tap && tap_is_hand(sc, h->start)) {
        /* "(idem, nr. 48, item 3)" after a Handelingen citation */
        char item[16] = "";
        size_t e = h->end, k = ki_skip_blank(sc->s, sc->n, e), q;
        if (k < sc->n && sc->s[k] == ',') {
            k = ki_skip_blank(sc->s, sc->n, k + 1);
            if ((q = word_at(sc->s, sc->n, k, "item")) || (q = word_at(sc->s, sc->n, k, "items"))) {
                size_t d = ki_skip_blank(sc->s, sc->n, q), dl = 0;
                while (d + dl < sc->n && dl < 4 && ki_is_digit((unsigned char)sc->s[d + dl]))
                    dl++;
                if (dl && !(d + dl < sc->n && ki_is_digit((unsigned char)sc->s[d + dl]))) {
                    memcpy(item, sc->s + d, dl);
                    item[dl] = '\0';
                    e = d + dl;
                }
            }
        }
        sc->resume = e;
        return add_hand(sc, h->start, e, sc->lh_kind, sc->lh_chamber, sc->lh_year, nrs, item);
    }
    if (tap) {
        /* "t.a.p., nr. 19", "Idem, nr. 91": the citation just before */
        if (!sc->last_dos[0] || h->start < sc->last_end || h->start - sc->last_end > 300)
            return KI_OK;
        copy_str(dos, sizeof dos, sc->last_dos);
        copy_str(sub, sizeof sub, sc->last_sub);
    } else if (gstr(h, "ekp", tmp, sizeof tmp)) {
        /* "(EK, B)": a letter of the dossier the page is about */
        if (!sc->meta.self_dossier[0])
            return KI_OK;
        copy_str(dos, sizeof dos, sc->meta.self_dossier);
        copy_str(sub, sizeof sub, sc->meta.self_sub);
    } else if (!dos[0] && gstr(h, "ctx", tmp, sizeof tmp)) {
        /* "(letter F)" alone is a motion's (or an amendment's) named just
         * before in its sentence: "de motie-Koffeman c.s. (letter F)", not
         * "bijlage 2 (letter F)" */
        if (starts_ci(sc->s, sc->n, h->start, "letter")) {
            size_t lo = sent_start(sc->s, sc->n, h->start);
            if (h->start - lo > 160)
                lo = h->start - 160;
            if (find_ci(sc->s, h->start, lo, "motie") == (size_t)-1 &&
                find_ci(sc->s, h->start, lo, "amendement") == (size_t)-1)
                return KI_OK;
        }
        /* "op stuk nr. 13": the dossier named alone since the last
         * Kamerstuk ("het wetsvoorstel 36 145"), or later in the sentence
         * ("... bij het wetsvoorstel 36 583"), else that Kamerstuk's */
        size_t be;
        bool repl = gstr(h, "tvv", tmp, sizeof tmp) || starts_ci(sc->s, sc->n, h->start, "gedrukt") ||
                    starts_ci(sc->s, sc->n, h->start, "onder");
        if (dossier_bracket(sc, h->end, dos, sub, sizeof dos, &be)) {
            sc->resume = be; /* "op stuk nr. 68 (35483)": its own dossier */
        } else if (repl && dossier_ahead(sc, h->end, dos, sub, sizeof dos)) {
            /* "de gewijzigde motie (ter vervanging van die gedrukt onder nr.
             * 123) over X (36 200 XVI, nr. 130)": the dossier of the motion
             * that replaces it */
        } else if (dossier_before(sc, sc->last_end, h->start, dos, sizeof dos) ||
                   dossier_after(sc, h->end, dos, sizeof dos)) {
            sub[0] = '\0';
        } else if (sc->last_dos[0]) {
            copy_str(dos, sizeof dos, sc->last_dos);
            copy_str(sub, sizeof sub, sc->last_sub);
        } else {
            return KI_OK;
        }
    }
    if (!dos[0] || !nrs[0])
        return KI_OK;
    /* "Zij krijgt nr. 348, was nr. 347 (32317).": the Handelingen sentence of
     * a gewijzigde motie; the dossier of the old number (in brackets after
     * it, or from before) is the new number's too, which comes first --
     * unless a Kamerstuk read already holds it ("(32317, nr. 348, was nr.
     * 347)") */
    size_t ws, we;
    char wnr[8];
    if (starts_ci(sc->s, sc->n, h->start, "was") && new_before_was(sc->s, h->start, &ws, &we, wnr) &&
        !kst_holds(sc->r, ws, we)) {
        size_t b = ws;
        while (b > 0 && ki_is_blank((unsigned char)sc->s[b - 1]))
            b--;
        sc->curflag = b >= 6 && starts_ci(sc->s, sc->n, b - 6, "krijgt") ? KF_KRIJGT : 0;
        sc->matchno++;
        ki_status st = add_nrs(sc, ws, we, wnr, NULL, "", dos, sub, "");
        if (st)
            return st;
    }
    sc->curflag = 0;
    {
        char tvv[16];
        size_t b = h->start;
        if (gstr(h, "tvv", tvv, sizeof tvv) || starts_ci(sc->s, sc->n, h->start, "gedrukt") ||
            starts_ci(sc->s, sc->n, h->start, "onder") || starts_ci(sc->s, sc->n, h->start, "was"))
            sc->curflag = KF_REPLACED;
        while (b > 0 && ki_is_blank((unsigned char)sc->s[b - 1]))
            b--;
        if (b >= 6 && starts_ci(sc->s, sc->n, b - 6, "krijgt"))
            sc->curflag = KF_KRIJGT;
    }
    const char *chamber = NULL;
    if (ch[0])
        chamber = chamber_of(ch);
    else if (strcmp(pre, "TK") == 0)
        chamber = "II";
    else if (strcmp(pre, "EK") == 0)
        chamber = "I";
    else if (chname[0])
        chamber = chname[0] == 'T' ? "II" : "I";
    char year[24] = "";
    if (y1[0] && !year_of(y1, y2, year))
        year[0] = '\0';
    if (tap) {
        chamber = sc->last_chamber;
        copy_str(year, sizeof year, sc->last_year);
    }
    /* "Kamerstukken II, 2023-2024, 36 200-XVI, nr. 12 en 36 410-XVI, nr. 8":
     * the second, bare, takes chamber and year from the first */
    if (!pre[0] && !chname[0] && !ch[0] && sc->last_end && h->start >= sc->last_end &&
        h->start - sc->last_end <= 8) {
        bool joined = true;
        for (size_t x = sc->last_end; x < h->start && joined; x++)
            joined = ki_is_blank((unsigned char)sc->s[x]) || sc->s[x] == ',' || sc->s[x] == ';' ||
                     sc->s[x] == 'e' || sc->s[x] == 'n';
        if (joined) {
            chamber = sc->last_chamber;
            if (!year[0])
                copy_str(year, sizeof year, sc->last_year);
        }
    }
    sc->matchno++;
    /* "33826/33992 (R2034), nr. C": the Rijkswet is the dossier's right before the bracket */
    char rw2[16];
    const char *rwp, *d2p;
    size_t rwl, d2l;
    copy_str(rw2, sizeof rw2, rw);
    if (rw[0] && group(h, "rw", &rwp, &rwl) && group(h, "dos2", &d2p, &d2l) && rwp > d2p)
        rw[0] = '\0';
    ki_status st = add_nrs(sc, h->start, h->end, nrs, chamber, year, dos, sub, rw);
    if (st)
        return st;
    /* a joint document: the Eerste Kamer's "22 112 / 31 544, CK" (and
     * "35925 VII / 35925 IV, A", "(35526 25295, CG)") is that letter in
     * both dossiers, and so is the plural "Kamerstukken 33 576 en 26 407,
     * nr. 254" (the Rijkswet of "35 687 en 35 688 (R2151), nr. 14" is the
     * last's); the Tweede Kamer's "31 031/29 949, nr. 19" is filed under the
     * first (officielebekendmakingen: kst-31031-19) */
    const char *dp;
    size_t dl;
    if (group(h, "dos2", &d2p, &d2l) && group(h, "dos", &dp, &dl) && d2p > dp) {
        const char *s = sc->s;
        size_t a = (size_t)(dp - s) + dl, b = (size_t)(d2p - s) + d2l;
        if (!ki_is_digit((unsigned char)nrs[0]) || !memchr(s + a, '/', b - a)) {
            char sub2[16];
            if (!gstr(h, "sub2", sub2, sizeof sub2))
                sub2[0] = '\0';
            sc->matchno++; /* the same document again: "de moties (A en B, nr. 3)" are not two */
            for (size_t i = a; i < b; i++) {
                if (!ki_is_digit((unsigned char)s[i]) || ki_is_digit((unsigned char)s[i - 1]))
                    continue;
                char d2[8];
                size_t k = 0, e = i;
                while (e < b && k < 5) {
                    if (ki_is_digit((unsigned char)s[e]))
                        d2[k++] = s[e++];
                    else if (k == 2 && e == i + 2 && (s[e] == ' ' || s[e] == '.' || s[e] == '\n'))
                        e++;
                    else if (k == 2 && e == i + 2 && (unsigned char)s[e] == 0xC2 && e + 1 < b &&
                             (unsigned char)s[e + 1] == 0xA0)
                        e += 2;
                    else
                        break;
                }
                if (k != 5 || (e < b && ki_is_digit((unsigned char)s[e])))
                    continue;
                d2[5] = '\0';
                if ((st = add_nrs(sc, h->start, h->end, nrs, chamber, year, d2, e == b ? sub2 : "",
                                  e == b ? rw2 : "")))
                    return st;
                i = e;
            }
        }
    }
    copy_str(sc->last_dos, sizeof sc->last_dos, dos);
    copy_str(sc->last_sub, sizeof sc->last_sub, sub);
    sc->last_chamber = chamber;
    copy_str(sc->last_year, sizeof sc->last_year, year);
    sc->last_end = h->end;

    /* continuations: "..., nr. 6, p. 15; nr. 7" */
    size_t at = h->end;
    for (int guard = 0; guard < 16; guard++) {
        size_t lim = at + 200 < sc->n ? cp_fwd(sc->s, sc->n, at + 200) : sc->n;
        int rc = run_p(sc->d, KI_P_KST_CONT, sc->s, lim, at, at, PCRE2_NO_UTF_CHECK);
        if (rc <= 0)
            break;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_KST_CONT]);
        ki_hit ch2 = {sc->d->re[KI_P_KST_CONT], ov, pcre2_get_ovector_count(sc->d->md[KI_P_KST_CONT]),
                      sc->s, ov[0], ov[1], KI_P_KST_CONT, &sc->d->names[KI_P_KST_CONT]};
        char nrs2[256], cdos[16];
        gstr(&ch2, "nrs", nrs2, sizeof nrs2);
        if (gstr(&ch2, "cdos", cdos, sizeof cdos)) {
            /* "36 600-XVI-77 en 21501-31-702": the next compact number,
             * with a dossier of its own; two parts ("en 31473-25") only
             * after a compact number */
            char csub[16];
            if (!gstr(&ch2, "csub", csub, sizeof csub) && h->pid != KI_P_KST_COMPACT)
                break;
            squeeze(cdos);
            copy_str(dos, sizeof dos, cdos);
            copy_str(sub, sizeof sub, csub);
            gstr(&ch2, "crw", rw, sizeof rw); /* "; 35313-(R2135)-1" */
            gstr(&ch2, "cnr", nrs2, sizeof nrs2);
            copy_str(sc->last_dos, sizeof sc->last_dos, dos);
            copy_str(sc->last_sub, sizeof sc->last_sub, sub);
        }
        if (!nrs2[0] || ov[1] <= at)
            break;
        size_t ns = ki_skip_blank(sc->s, sc->n, at);
        const char *cp;
        size_t cn;
        if (group(&ch2, "cdos", &cp, &cn))
            ns = (size_t)(cp - sc->s); /* one list with the match: "moties op de stukken X en Y" */
        else
            sc->matchno++;
        if ((st = add_nrs(sc, ns, ov[1], nrs2, chamber, year, dos, sub, rw)))
            return st;
        at = ov[1];
        sc->resume = at;
        sc->last_end = at;
    }
    return KI_OK;
}

ki_status ki_canon_handeling(struct ki_scan *sc, const struct ki_hit *h)
{
    char lit[4], house[4], yy[12], nr[128], item[128], aanh[32], ch[8], chname[16], y1[8], y2[8];
    char year[24] = "", tmp[16];
    const char *kind, *chamber;
    gstr(h, "nr", nr, sizeof nr);
    gstr(h, "item", item, sizeof item);
    if (gstr(h, "htap", tmp, sizeof tmp)) {
        /* "(idem, item 21)": the Handelingen just cited, another item */
        if (!tap_is_hand(sc, h->start) || strcmp(sc->lh_kind, "h") != 0)
            return KI_OK;
        return add_hand(sc, h->start, h->end, "h", sc->lh_chamber, sc->lh_year, sc->lh_nr, item);
    }
    if (gstr(h, "lit", lit, sizeof lit)) {
        gstr(h, "house", house, sizeof house);
        gstr(h, "yy", yy, sizeof yy);
        kind = strcmp(lit, "ah") == 0 ? "ah" : "h";
        chamber = strcmp(house, "ek") == 0 ? "I" : "II";
        char a[5], b[5];
        memcpy(a, yy, 4);
        a[4] = '\0';
        memcpy(b, yy + 4, 4);
        b[4] = '\0';
        if (!year_of(a, b, year))
            return KI_OK;
    } else {
        kind = gstr(h, "aanh", aanh, sizeof aanh) ? "ah" : "h";
        gstr(h, "ch", ch, sizeof ch);
        gstr(h, "chname", chname, sizeof chname);
        chamber = ch[0] ? chamber_of(ch) : chname[0] == 'E' ? "I" : "II";
        gstr(h, "y1", y1, sizeof y1);
        gstr(h, "y2", y2, sizeof y2);
        if (!year_of(y1, y2, year))
            return KI_OK;
    }
    return add_hand(sc, h->start, h->end, kind, chamber, year, nr, item);
}

static ki_status add_tknumber(struct ki_scan *sc, size_t start, size_t end, const char *id,
                             const char *kind)
{
    ki_refs *r = sc->r;
    ki_tknumber *x = ki_refs_add_tknumber(r);
    if (!x)
        return KI_ERR_NOMEM;
    x->id = ki_refs_strdup(r, id);
    x->kind = ki_refs_strdup(r, kind);
    x->text = ki_refs_strndup(r, sc->s + start, end - start);
    x->span.start = start;
    x->span.end = end;
    x->span.page = ki_text_page(sc->t, start);
    return x->id && x->text ? KI_OK : KI_ERR_NOMEM;
}

/* "T03912" at s[i]: five digits, a word of its own */
static bool tnum_at(const char *s, size_t n, size_t i)
{
    if (i + 6 > n || s[i] != 'T')
        return false;
    for (size_t k = 1; k < 6; k++)
        if (!ki_is_digit((unsigned char)s[i + k]))
            return false;
    return !(i + 6 < n && (ki_is_letter((unsigned char)s[i + 6]) || ki_is_digit((unsigned char)s[i + 6])));
}

ki_status ki_canon_tknumber(struct ki_scan *sc, const struct ki_hit *h)
{
    char id[32], dz[4];
    const char *kind;
    if (gstr(h, "tz", id, sizeof id))
        kind = "toezegging";
    else {
        gstr(h, "tkn", id, sizeof id);
        gstr(h, "dz", dz, sizeof dz);
        kind = dz[0] == 'Z' ? "zaak" : "document";
    }
    ki_status st = add_tknumber(sc, h->start, h->end, id, kind);
    if (st || id[1] == 'Z')
        return st;
    /* an Eerste Kamer list: "T03912, T03913 en T03915" */
    const char *s = sc->s;
    size_t at = h->end;
    for (int guard = 0; guard < 32; guard++) {
        size_t j = ki_skip_blank(s, sc->n, at), e;
        if (j < sc->n && (s[j] == ',' || s[j] == ';'))
            j = ki_skip_blank(s, sc->n, j + 1);
        else if ((e = word_at(s, sc->n, j, "en")) && e > j)
            j = ki_skip_blank(s, sc->n, e);
        else
            break;
        if (!tnum_at(s, sc->n, j))
            break;
        memcpy(id, s + j, 6);
        id[6] = '\0';
        if ((st = add_tknumber(sc, j, j + 6, id, kind)))
            return st;
        at = j + 6;
        sc->resume = at;
    }
    return KI_OK;
}

/* s[a, b) only points back ("dat onderwerp", "dit punt", "deze kwestie"):
 * a demonstrative and at most one word, no subject of its own. */
static bool anaphor(const char *s, size_t a, size_t b)
{
    size_t e = 0;
    if (!(e = word_at(s, b, a, "dat")) && !(e = word_at(s, b, a, "dit")) && !(e = word_at(s, b, a, "deze")) &&
        !(e = word_at(s, b, a, "die")) && !(e = word_at(s, b, a, "hetzelfde")))
        return false;
    for (size_t i = ki_skip_blank(s, b, e); i < b; i++)
        if (ki_is_blank((unsigned char)s[i]))
            return false; /* "dit jaar verplichte taallessen": a subject */
    return true;
}

/* ---- prefilter ---- */

typedef struct hits {
    hit   *v;
    size_t n, cap;
} hits;

static int push_hit(hits *h, size_t pos, int kind)
{
    if (h->n == h->cap) {
        size_t nc = h->cap ? h->cap * 2 : 256;
        hit *v = realloc(h->v, nc * sizeof *v);
        if (!v)
            return -1;
        h->v = v;
        h->cap = nc;
    }
    h->v[h->n].pos = pos;
    h->v[h->n].kind = kind;
    h->n++;
    return 0;
}

/* Which anchor starts at i (0 when none): the scalar check of a candidate. */
/* Five digits and a dash at s[i..]: the start of a compact id "31497-305". */
static bool dossier_dash(const unsigned char *s, size_t n, size_t i)
{
    if (i + 5 >= n)
        return false;
    for (size_t k = 0; k < 5; k++)
        if (!ki_is_digit(s[i + k]))
            return false;
    return s[i + 5] == '-';
}

/* Every anchor classify() accepts needs its first three bytes in a row of
 * pf_rows[] below (and in prefilter()'s SSE2 test): a position the
 * prefilter does not let through is never classified. */
static int classify(const unsigned char *s, size_t n, size_t i)
{
    int c0 = ki_lower(s[i]);
    int c1 = i + 1 < n ? ki_lower(s[i + 1]) : 0;
    int c2 = i + 2 < n ? ki_lower(s[i + 2]) : 0;
    int c3 = i + 3 < n ? ki_lower(s[i + 3]) : 0;
    bool ws = i == 0 || !ki_is_letter(s[i - 1]);
    switch (c0) {
    case 'n':
        /* "geïnformeerd": a promise in the passive */
        if (c1 == 'f' && c2 == 'o' && c3 == 'r' && i >= 4 && s[i - 1] == 0xAF && s[i - 2] == 0xC3 &&
            ki_lower(s[i - 3]) == 'e' && ki_lower(s[i - 4]) == 'g')
            return HIT_COM;
        if (!ws)
            return 0;
        if (c1 == 'r' && !(c2 >= 'a' && c2 <= 'z' && c2 != 's'))
            return HIT_NUM;
        if (c1 == 'u' && c2 == 'm')
            return HIT_NUM;
        if (c1 == 'o' && (c2 == '.' || (c2 == 's' && c3 == '.')))
            return HIT_NUM;
        return 0;
    case 's':
        if (c1 == 't' && c2 == 'u' && c3 == 'k')
            return HIT_NUM;
        /* "(toe)gestuurd", a promise in the passive */
        if (c1 == 't' && c2 == 'u' && c3 == 'u' && i >= 2 && i + 5 < n && s[i + 4] == 'r' && s[i + 5] == 'd' &&
            s[i - 2] == 'g' && s[i - 1] == 'e')
            return HIT_COM;
        /* "Na de zomer stuur ik uw Kamer een brief" */
        if (ws && c1 == 't' && c2 == 'u' && i + 6 < n &&
            ((c3 == 'u' && s[i + 4] == 'r' && s[i + 5] == ' ') ||
             (c3 == 'r' && s[i + 4] == 'e' && s[i + 5] == 'n' && s[i + 6] == ' ')))
            return HIT_COM;
        return 0;
    case 'v':
        /* "Ik verwacht uw Kamer voor de zomer te informeren" */
        return ws && c1 == 'e' && c2 == 'r' && c3 == 'w' && i + 9 < n && memcmp(s + i + 4, "acht", 4) == 0 &&
                       (s[i + 8] == ' ' || (s[i + 8] == 'e' && s[i + 9] == 'n'))
                   ? HIT_COM
                   : 0;
    case 'a':
        /* "heb ik aangegeven uw Kamer ... te informeren", "aangekondigd";
         * "zal aan uw Kamer worden aangeboden" */
        return ws && c1 == 'a' && c2 == 'n' && c3 == 'g' && i + 11 < n &&
                       (memcmp(s + i + 4, "egeven", 6) == 0 || memcmp(s + i + 4, "ekondigd", 8) == 0 ||
                        memcmp(s + i + 4, "eboden", 6) == 0)
                   ? HIT_COM
                   : 0;
    case 'm':
        /* "heb ik gemeld uw Kamer ... aan te bieden" */
        return c1 == 'e' && c2 == 'l' && c3 == 'd' && i >= 2 && s[i - 2] == 'g' && s[i - 1] == 'e' &&
                       !(i + 4 < n && ki_is_letter(s[i + 4]))
                   ? HIT_COM
                   : 0;
    case 'l':
        /* "heb ik uw Kamer laten weten dat ik ... zou informeren" */
        return ws && c1 == 'a' && c2 == 't' && c3 == 'e' && i + 11 < n && memcmp(s + i + 4, "n weten", 7) == 0
                   ? HIT_COM
                   : 0;
    case 't':
        if (c1 == '.' && (c2 == 'v' || (c2 == 'a' && c3 == '.')) && ws)
            return HIT_NUM; /* "t.v.v.", "t.a.p." */
        /* the Eerste Kamer's toezegging numbers "T03912" */
        if (s[i] == 'T' && ws && i + 6 <= n && ki_is_digit(s[i + 1]) && ki_is_digit(s[i + 2]) &&
            ki_is_digit(s[i + 3]) && ki_is_digit(s[i + 4]) && ki_is_digit(s[i + 5]) &&
            !(i + 6 < n && ki_is_digit(s[i + 6])))
            return HIT_NUM;
        if (c1 == 'v' && c2 == 'v' && ws)
            return HIT_NUM;
        if (c1 == 'z' && ki_is_digit(c2))
            return HIT_NUM;
        return 0;
    case 'k':
        /* "Ik kom hierop terug", "komen wij ... terug" */
        if (c1 == 'o' && c2 == 'm' && ws &&
            (c3 == ' ' || (c3 == 'e' && i + 5 < n && s[i + 4] == 'n' && s[i + 5] == ' ')))
            return HIT_COM;
        return c1 == 's' && c2 == 't' && c3 == '-' ? HIT_NUM : 0;
    case 'i':
        /* "idem, F", "(idem, item 21)" */
        if (c1 == 'n' && c2 == 'f' && c3 == 'o' && i + 10 < n) {
            /* "informeer ik", "wij informeren", "wordt geinformeerd" */
            size_t e = i + 4;
            while (e < n && e < i + 12 && ki_is_letter(s[e]))
                e++;
            size_t l = e - i;
            bool pres = ws && ((l == 9 && memcmp(s + i + 1, "nformeer", 8) == 0) ||
                               (l == 10 && memcmp(s + i + 1, "nformeren", 9) == 0));
            bool pass = !ws && i >= 2 && ki_lower(s[i - 2]) == 'g' && ki_lower(s[i - 1]) == 'e' && l == 10 &&
                        memcmp(s + i + 1, "nformeerd", 9) == 0;
            return pres || pass ? HIT_COM : 0;
        }
        return ws && c1 == 'd' && c2 == 'e' && c3 == 'm' ? HIT_NUM : 0;
    case 'h':
        return ws && c1 == 'a' && c2 == 'n' && c3 == 'd' ? HIT_NUM : 0;
    case '-':
        /* "Zaak: ... - 21501-34-181": a compact id after " - " */
        if (c1 == ' ' && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t') && dossier_dash(s, n, i + 2))
            return HIT_NUM;
        return c1 == 't' && c2 == 'k' && c3 == '-' ? HIT_NUM : 0;
    case 'o':
        /* "Voor de zomer ontvangt uw Kamer van mij een brief" */
        if (ws && c1 == 'n' && c2 == 't' && c3 == 'v' && i + 8 < n && memcmp(s + i + 4, "angt", 4) == 0 &&
            s[i + 8] == ' ')
            return HIT_COM;
        if (!(c1 == 't' && c2 == 'i' && c3 == 'e' && i > 0 && ki_lower(s[i - 1]) == 'm'))
            return 0;
        /* "de motie 32793-812", "de moties 29911-226": a compact id right after the word */
        return HIT_MOT | (i + 4 < n && ((s[i + 4] == ' ' && dossier_dash(s, n, i + 5)) ||
                                        (s[i + 4] == 's' && i + 5 < n && s[i + 5] == ' ' && dossier_dash(s, n, i + 6)))
                              ? HIT_NUM
                              : 0);
    case 'z':
        if (c1 == 'e' && c2 == 'g')
            return HIT_COM;
        /* "(toe/na)gezonden", a promise in the passive */
        if (c1 == 'o' && c2 == 'n' && c3 == 'd' && i >= 2 && i + 5 < n && s[i + 4] == 'e' && s[i + 5] == 'n' &&
            s[i - 2] == 'g' && s[i - 1] == 'e')
            return HIT_COM;
        /* "Wij zijn voornemens u ... te berichten", "zijn van plan": an intention */
        if (ws && c1 == 'i' && c2 == 'j' && c3 == 'n' && i + 6 < n && s[i + 4] == ' ' &&
            (s[i + 5] == 'v' || s[i + 5] == 'V'))
            return i + 15 <= n && (memcmp(s + i + 5, "voornemens", 10) == 0 || memcmp(s + i + 5, "van plan", 8) == 0)
                       ? HIT_COM
                       : 0;
        /* "zal", "zullen": a promise in the future tense */
        return ws && (c1 == 'a' || c1 == 'u') && c2 == 'l' ? HIT_COM : 0;
    case ',':
        /* an Eerste Kamer letter: "25295, letter AR", "CLVI, letter M" */
        if (i + 10 < n && s[i + 1] == ' ' && memcmp(s + i + 2, "letter ", 7) == 0 && is_upper(s[i + 9]))
            return HIT_NUM;
        return 0;
    case 'e':
        /* "Ik streef ernaar uw Kamer ... te informeren" */
        if (ws && c1 == 'r' && c2 == 'n' && c3 == 'a' && i + 6 < n && s[i + 4] == 'a' && s[i + 5] == 'r' &&
            s[i + 6] == ' ')
            return HIT_COM;
        /* "(EK 34300 VII, E)"; "(EK CXXIV, H)" and "(EK, B)" (the page's own
         * Eerste Kamer dossier) */
        if (!(i + 3 < n && s[i] == 'E' && s[i + 1] == 'K' && ws))
            return 0;
        if (c2 == ' ' && ki_is_digit(c3))
            return HIT_NUM;
        return i > 0 && s[i - 1] == '(' && ((c2 == ',' && c3 == ' ') || (c2 == ' ' && s[i + 3] == 'C'))
                   ? HIT_NUM
                   : 0;
    case 'f':
        /* "Zie de brief 21501-34-181", "Kamerbrief 29279-889": a letter by its compact id */
        return s[i] == 'f' && c1 == ' ' && i >= 4 && ki_lower(s[i - 4]) == 'b' && memcmp(s + i - 3, "rie", 3) == 0 &&
                       dossier_dash(s, n, i + 2)
                   ? HIT_NUM
                   : 0;
    case ';':
    case ':':
        /* "vervallen: 35300-XII-53; 34348-74": a list item after "; " or ": " */
        if (i + 1 < n && s[i + 1] == ' ' && dossier_dash(s, n, i + 2))
            return HIT_NUM;
        return 0;
    case '(':
    case '\n':
        /* "(21501-32-1740)", a line starting "31497-305 ": five digits, a dash */
        if (dossier_dash(s, n, i + 1))
            return HIT_NUM;
        /* an Eerste Kamer motion's letter alone: "de motie-Koffeman c.s. (letter F)" */
        if (s[i] == '(' && i + 9 < n && memcmp(s + i + 1, "letter ", 7) == 0 && is_upper(s[i + 8]))
            return HIT_NUM;
        /* an Eerste Kamer dossier in Roman numerals: "(CXXIV, B)" */
        if (s[i] == '(' && i + 4 < n && s[i + 1] == 'C') {
            size_t j = i + 2;
            while (j < n && j < i + 10 && strchr("CLXVI", s[j]))
                j++;
            if (j > i + 2 && j < n && s[j] == ',')
                return HIT_NUM;
        }
        /* "(36 011 (R2183), E)": a bracket opening with a dossier number;
         * "(22.112 / 31.544, CK)" */
        if (s[i] == '(' && i + 7 < n && ki_is_digit(s[i + 1]) && ki_is_digit(s[i + 2])) {
            size_t j = i + 3 + (s[i + 3] == ' ' || s[i + 3] == '.');
            if (j + 3 < n && ki_is_digit(s[j]) && ki_is_digit(s[j + 1]) && ki_is_digit(s[j + 2]) &&
                !ki_is_digit(s[j + 3]) && (s[j + 3] == ' ' || s[j + 3] == ','))
                return HIT_NUM;
        }
        return 0;
    default:
        if (ki_is_digit(c0) && (c1 == 'd' || c1 == 'z') && ki_is_digit(c2))
            return HIT_NUM;
        return 0;
    }
}

/*
 * What the first three bytes of each anchor classify() knows must be, as
 * sets of bytes ('#' any digit, '*' any byte), in sixteen buckets of one or
 * a few anchors each.  A position whose three bytes fit a bucket is handed
 * to classify(), which decides: the buckets only need to let every anchor
 * through, and few else.
 */
static const struct {
    const char *b[3];
} pf_rows[] = {
    {{"nN", "fFuU", "oOmM"}},      /* geïnformeerd, num */
    {{"nN", "rR", "*"}},           /* nr */
    {{"nN", "oO", ".sS"}},         /* no., nos. */
    {{"sS", "tT", "uU"}},          /* stuk */
    {{"tT", ".vV", "vVaA"}},       /* t.v.v., t.a.p., tvv */
    {{"tT#", "#zZdD", "#"}},       /* T03912, tz2025, 2024D38217 */
    {{"kK", "oOsS", "mMtT"}},      /* kom, kst- */
    {{"iI", "nN", "fF"}},          /* informeer */
    {{"iI", "dD", "eE"}},          /* idem */
    {{"hH", "aA", "nN"}},          /* hand */
    {{"-", "tT ", "kK#"}},         /* -tk-, " - 21501-34-181" */
    {{"oO", "tT", "iI"}},          /* motie */
    {{"zZ", "eEiIoO", "gGjJnN"}},  /* zeg, zijn, gezonden */
    {{"zZ", "aAuU", "lL"}},        /* zal, zullen */
    {{",E", " K", "l ,"}},         /* ", letter", "EK 34300", "(EK, B)" */
    {{";:(\nf", " #", "#"}},       /* "; 35300-XII-53", "(21501-32", a line "31497-305", "brief 29279-889" */
    {{"aA", "aA", "nN"}},          /* aangegeven, aangekondigd */
    {{"mM", "eE", "lL"}},          /* gemeld */
    {{"lL", "aA", "tT"}},          /* laten weten */
    {{"oO", "nN", "tT"}},          /* ontvangt */
    {{"eE", "rR", "nN"}},          /* ernaar */
    {{"vV", "eE", "rR"}},          /* verwacht */
    {{"(", "Cl", "CLXVIe"}},       /* "(CXXIV, B)", "(letter F)" */
};
#define PF_ROWS (sizeof pf_rows / sizeof pf_rows[0])

_Static_assert(PF_ROWS <= 8 * PF_SETS, "pf_rows[] has more rows than PF_SETS holds");

/* Classifies the candidates of a block at s[i..i+16): bit j of mask set
 * for i + j.  -1 when out of memory. */
static inline int classify_mask(const unsigned char *s, size_t n, size_t i, unsigned mask, hits *out)
{
    while (mask) {
        unsigned b = (unsigned)__builtin_ctz(mask);
        mask &= mask - 1;
        int k = classify(s, n, i + b);
        if (k && push_hit(out, i + b, k))
            return -1;
    }
    return 0;
}

static void pf_tables(struct pftab *t)
{
    memset(t, 0, sizeof *t);
    for (size_t r = 0; r < PF_ROWS; r++) {
        size_t set = r >> 3;
        uint8_t bit = (uint8_t)(1u << (r & 7));
        for (int k = 0; k < 3; k++) {
            for (const char *c = pf_rows[r].b[k]; *c; c++) {
                unsigned lo0 = (unsigned char)*c & 15, lo1 = lo0, hi0 = (unsigned char)*c >> 4, hi1 = hi0;
                if (*c == '#') {
                    lo0 = 0, lo1 = 9, hi0 = hi1 = 3;
                } else if (*c == '*') {
                    lo0 = hi0 = 0, lo1 = hi1 = 15;
                }
                for (unsigned x = lo0; x <= lo1; x++)
                    t->lo[set][k][x] |= bit;
                for (unsigned x = hi0; x <= hi1; x++)
                    t->hi[set][k][x] |= bit;
            }
        }
    }
}

#if defined(KI_PF_SSSE3)
/* The prefilter's blocks by pf (SSSE3) from *done on: the positions whose
 * three bytes fit a bucket, tried by classify(); sets *done to where the
 * blocks end. */
__attribute__((target("ssse3"))) static int prefilter_ssse3(const struct pftab *t, const unsigned char *s,
                                                            size_t n, hits *out, size_t *done)
{
    const __m128i nib = _mm_set1_epi8(0x0F), zero = _mm_setzero_si128();
    __m128i lo[PF_SETS][3], hi[PF_SETS][3];
    for (int q = 0; q < PF_SETS; q++)
        for (int k = 0; k < 3; k++) {
            lo[q][k] = _mm_loadu_si128((const __m128i *)(const void *)t->lo[q][k]);
            hi[q][k] = _mm_loadu_si128((const __m128i *)(const void *)t->hi[q][k]);
        }
    size_t i = *done;
    for (; i + 16 + 3 <= n; i += 16) {
        /* written out for the three sets, so that all stays in registers */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i vl = _mm_and_si128(v, nib), vh = _mm_and_si128(_mm_srli_epi16(v, 4), nib);
        __m128i m0 = _mm_and_si128(_mm_shuffle_epi8(lo[0][0], vl), _mm_shuffle_epi8(hi[0][0], vh));
        __m128i m1 = _mm_and_si128(_mm_shuffle_epi8(lo[1][0], vl), _mm_shuffle_epi8(hi[1][0], vh));
        __m128i m2 = _mm_and_si128(_mm_shuffle_epi8(lo[2][0], vl), _mm_shuffle_epi8(hi[2][0], vh));
        for (int k = 1; k < 3; k++) {
            v = _mm_loadu_si128((const __m128i *)(const void *)(s + i + k));
            vl = _mm_and_si128(v, nib);
            vh = _mm_and_si128(_mm_srli_epi16(v, 4), nib);
            m0 = _mm_and_si128(m0, _mm_and_si128(_mm_shuffle_epi8(lo[0][k], vl), _mm_shuffle_epi8(hi[0][k], vh)));
            m1 = _mm_and_si128(m1, _mm_and_si128(_mm_shuffle_epi8(lo[1][k], vl), _mm_shuffle_epi8(hi[1][k], vh)));
            m2 = _mm_and_si128(m2, _mm_and_si128(_mm_shuffle_epi8(lo[2][k], vl), _mm_shuffle_epi8(hi[2][k], vh)));
        }
        /* bit j: some bucket fits at i + j */
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(m0, _mm_or_si128(m1, m2)), zero)) ^ 0xFFFFu;
        if (classify_mask(s, n, i, mask, out))
            return -1;
    }
    *done = i;
    return 0;
}

/* The same test as prefilter_ssse3(), 32 bytes at a time (AVX2): each
 * table in both 16-byte lanes, as vpshufb looks up within a lane, so each
 * position gets the same buckets; the candidates are classified in text
 * order, the low half of a block first.  Sets *done to where the blocks
 * end (prefilter_ssse3() goes on from there). */
__attribute__((target("avx2"))) static int prefilter_avx2(const struct pftab *t, const unsigned char *s,
                                                          size_t n, hits *out, size_t *done)
{
    const __m256i nib = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
    __m256i lo[PF_SETS][3], hi[PF_SETS][3];
    for (int q = 0; q < PF_SETS; q++)
        for (int k = 0; k < 3; k++) {
            lo[q][k] = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)t->lo[q][k]));
            hi[q][k] = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)t->hi[q][k]));
        }
    size_t i = 0;
    for (; i + 32 + 3 <= n; i += 32) {
        __m256i m0 = _mm256_set1_epi8(-1), m1 = m0, m2 = m0;
        for (int k = 0; k < 3; k++) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + k));
            __m256i vl = _mm256_and_si256(v, nib), vh = _mm256_and_si256(_mm256_srli_epi16(v, 4), nib);
            m0 = _mm256_and_si256(m0, _mm256_and_si256(_mm256_shuffle_epi8(lo[0][k], vl), _mm256_shuffle_epi8(hi[0][k], vh)));
            m1 = _mm256_and_si256(m1, _mm256_and_si256(_mm256_shuffle_epi8(lo[1][k], vl), _mm256_shuffle_epi8(hi[1][k], vh)));
            m2 = _mm256_and_si256(m2, _mm256_and_si256(_mm256_shuffle_epi8(lo[2][k], vl), _mm256_shuffle_epi8(hi[2][k], vh)));
        }
        /* bit j: some bucket fits at i + j */
        uint32_t mask = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_or_si256(m0, _mm256_or_si256(m1, m2)), zero));
        if (mask && (classify_mask(s, n, i, mask & 0xFFFFu, out) || classify_mask(s, n, i + 16, mask >> 16, out)))
            return -1;
    }
    *done = i;
    return 0;
}
#endif

int ki_detector_prefilter(ki_detector *d, int level)
{
    if (level >= KI_PF_SSE2)
        d->pf_level = level < d->pf_max ? level : d->pf_max;
    return d->pf_level;
}

static int prefilter(const ki_detector *d, const char *text, size_t n, hits *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
#if defined(KI_PF_SSSE3)
    if (d->pf_level >= KI_PF_SSSE3) {
        if ((d->pf_level >= KI_PF_AVX2 && prefilter_avx2(&d->pf, s, n, out, &i)) ||
            prefilter_ssse3(&d->pf, s, n, out, &i))
            return -1;
        goto tail;
    }
#else
    (void)d;
#endif
#if defined(__SSE2__)
    const __m128i x20 = _mm_set1_epi8(0x20);
#define EQ(v, c) _mm_cmpeq_epi8((v), _mm_set1_epi8((char)(c)))
    const __m128i c0 = _mm_set1_epi8('0'), x80 = _mm_set1_epi8((char)0x80);
    const __m128i d9 = _mm_set1_epi8((char)(10 ^ 0x80));
    for (; i + 16 + 3 <= n; i += 16) {
        __m128i v0 = _mm_loadu_si128((const __m128i *)(s + i));
        __m128i v1 = _mm_loadu_si128((const __m128i *)(s + i + 1));
        __m128i v2 = _mm_loadu_si128((const __m128i *)(s + i + 2));
        __m128i v3 = _mm_loadu_si128((const __m128i *)(s + i + 3));
        __m128i l0 = _mm_or_si128(v0, x20), l1 = _mm_or_si128(v1, x20);
        __m128i l2 = _mm_or_si128(v2, x20), l3 = _mm_or_si128(v3, x20);
        /* digit test: (c - '0') as unsigned < 10, via a signed compare */
        __m128i dig0 = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v0, c0), x80), d9);
        __m128i dig2 = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v2, c0), x80), d9);
        __m128i n0 = EQ(l0, 'n'), t0 = EQ(l0, 't'), t1 = EQ(l1, 't'), t2 = EQ(l2, 't');
        __m128i m = _mm_and_si128(n0, _mm_or_si128(EQ(l1, 'r'), _mm_or_si128(EQ(l1, 'u'), EQ(l1, 'o'))));
        /* "stuk", "stuur", "sturen" */
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 's'), t1),
                                          _mm_and_si128(EQ(l2, 'u'), _mm_or_si128(EQ(l3, 'k'),
                                                                                  _mm_or_si128(EQ(l3, 'u'), EQ(l3, 'r'))))));
        __m128i dig1 = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v1, c0), x80), d9);
        m = _mm_or_si128(m, _mm_and_si128(t0, _mm_or_si128(_mm_or_si128(EQ(v1, '.'), dig1),
                                                           _mm_or_si128(EQ(l1, 'v'), _mm_and_si128(EQ(l1, 'z'), dig2)))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'i'), EQ(l1, 'd')), _mm_and_si128(EQ(l2, 'e'), EQ(l3, 'm'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'k'), EQ(l1, 's')), _mm_and_si128(EQ(l2, 't'), EQ(v3, '-'))));
        /* "informeer", "geïnformeerd" (its "nfor"), "kom" */
        __m128i nf = _mm_and_si128(EQ(l1, 'n'), _mm_and_si128(EQ(l2, 'f'), EQ(l3, 'o')));
        m = _mm_or_si128(m, _mm_and_si128(EQ(l0, 'i'), nf));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(n0, EQ(l1, 'f')), _mm_and_si128(EQ(l2, 'o'), EQ(l3, 'r'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'k'), EQ(l1, 'o')), EQ(l2, 'm')));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'h'), EQ(l1, 'a')), _mm_and_si128(EQ(l2, 'n'), EQ(l3, 'd'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(v0, '-'), t1), _mm_and_si128(EQ(l2, 'k'), EQ(v3, '-'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(v0, '-'), EQ(v1, ' ')), dig2));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(dig0, dig2), _mm_or_si128(EQ(l1, 'd'), EQ(l1, 'z'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'o'), t1), _mm_and_si128(EQ(l2, 'i'), EQ(l3, 'e'))));
        m = _mm_or_si128(m, _mm_and_si128(EQ(l0, 'z'), _mm_or_si128(_mm_and_si128(EQ(l1, 'e'), EQ(l2, 'g')),
                                                               _mm_and_si128(_mm_or_si128(EQ(l1, 'a'), EQ(l1, 'u')),
                                                                             EQ(l2, 'l')))));
        /* "zijn voornemens", "gezonden" */
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'z'), EQ(l1, 'i')), _mm_and_si128(EQ(l2, 'j'), EQ(l3, 'n'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'z'), EQ(l1, 'o')), _mm_and_si128(EQ(l2, 'n'), EQ(l3, 'd'))));
        m = _mm_or_si128(m, _mm_and_si128(dig1, _mm_or_si128(EQ(v0, '('), EQ(v0, '\n'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(dig2, EQ(v1, ' ')),
                                          _mm_or_si128(_mm_or_si128(EQ(v0, ';'), EQ(v0, ':')), EQ(v0, 'f'))));
        /* ", letter X" and "EK 34300" */
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(v0, ','), EQ(v1, ' ')),
                                          _mm_and_si128(EQ(v2, 'l'), EQ(v3, 'e'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(v0, 'E'), EQ(v1, 'K')),
                                          _mm_or_si128(EQ(v2, ' '), EQ(v2, ','))));
        /* "(CXXIV, B)" */
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(v0, '('), EQ(v1, 'C')),
                                          _mm_or_si128(_mm_or_si128(EQ(v2, 'C'), EQ(v2, 'L')),
                                                       _mm_or_si128(_mm_or_si128(EQ(v2, 'X'), EQ(v2, 'V')),
                                                                    EQ(v2, 'I')))));
        /* "(letter F)" */
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(v0, '('), EQ(v1, 'l')), EQ(v2, 'e')));
        /* promises in other words: "ontvangt uw Kamer", "ernaar", "aangegeven",
         * "gemeld", "laten weten" */
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'o'), EQ(l1, 'n')), _mm_and_si128(t2, EQ(l3, 'v'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'e'), EQ(l1, 'r')), _mm_and_si128(EQ(l2, 'n'), EQ(l3, 'a'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'a'), EQ(l1, 'a')), _mm_and_si128(EQ(l2, 'n'), EQ(l3, 'g'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'm'), EQ(l1, 'e')), _mm_and_si128(EQ(l2, 'l'), EQ(l3, 'd'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'l'), EQ(l1, 'a')), _mm_and_si128(t2, EQ(l3, 'e'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'v'), EQ(l1, 'e')), _mm_and_si128(EQ(l2, 'r'), EQ(l3, 'w'))));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (classify_mask(s, n, i, mask, out))
            return -1;
    }
#undef EQ
#endif
#if defined(KI_PF_SSSE3)
tail:
#endif
    for (; i < n; i++) {
        int c = s[i] | 0x20;
        if (c != 'n' && c != 's' && c != 't' && c != 'k' && c != 'h' && c != '-' && c != 'o' &&
            c != 'z' && c != '(' && c != '*' && c != 'i' && c != 'e' && c != 'a' && c != 'm' && c != 'l' && c != 'v' &&
            c != 'f' &&
            s[i] != ';' && s[i] != ':' && s[i] != ',' &&
            !ki_is_digit(s[i]))
            continue;
        int k = classify(s, n, i);
        if (k && push_hit(out, i, k))
            return -1;
    }
    return 0;
}

/* ---- sentences, list items, sections ---- */

/*
 * The line around pos.  A "line" longer than LINE_MAX is taken to end
 * LINE_MAX bytes away: text without newlines (a hostile or badly exported
 * file, megabytes on one line) would otherwise make every look at "this
 * line" read the whole text, once per record.  Real lines, even a paragraph
 * exported as one line, are far shorter.
 */
#define LINE_MAX_SCAN 65536

static size_t line_start(const char *s, size_t pos)
{
    size_t lim = pos > LINE_MAX_SCAN ? pos - LINE_MAX_SCAN : 0;
    const char *p = memrchr(s + lim, '\n', pos - lim);
    return p ? (size_t)(p - s) + 1 : lim;
}

static size_t line_end(const char *s, size_t n, size_t pos)
{
    size_t lim = n - pos > LINE_MAX_SCAN ? LINE_MAX_SCAN : n - pos;
    const char *p = memchr(s + pos, '\n', lim);
    return p ? (size_t)(p - s) : pos + lim;
}

static bool heading_at(const char *s, size_t n, size_t ls);

static bool bullet_at(const char *s, size_t n, size_t ls)
{
    size_t i = ls;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= n)
        return false;
    unsigned char c = (unsigned char)s[i];
    if (c == '-')
        return i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '_' || s[i + 1] == '\t');
    if (c == '|')
        return true; /* a table row */
    if (ki_is_digit(c) || (c >= 'a' && c <= 'z')) {
        /* "1. Motie ...", "2) de motie", "a. ..." with text after it */
        size_t k = i;
        while (k < n && k - i < 2 && ki_is_digit((unsigned char)s[k]))
            k++;
        if (k == i)
            k++;
        if (k - i > 2 || k + 1 >= n || !(s[k] == '.' || s[k] == ')') || s[k + 1] != ' ')
            return false;
        size_t e = line_end(s, n, i);
        return e - i > 40 && !heading_at(s, n, ls);
    }
    if (c == 0xE2 && i + 2 < n) {
        unsigned char c1 = (unsigned char)s[i + 1], c2 = (unsigned char)s[i + 2];
        if (c1 == 0x80 && (c2 == 0x93 || c2 == 0x94 || c2 == 0xA2)) /* – — • */
            return true;
        if ((c1 == 0x96 && c2 == 0xAA) || (c1 == 0x97 && c2 == 0x8F)) /* ▪ ● */
            return true;
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xB7) /* · */
        return true;
    if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0x82 && (unsigned char)s[i + 2] == 0xB7)
        return true;
    return false;
}

static const char *const abbrevs[] = {
    "d.d", "c.s", "t.v.v", "nr", "nrs", "blz", "p", "pp", "pag", "jl", "j.l", "mr", "dr",
    "drs", "ir", "ing", "prof", "dhr", "mevr", "mw", "o.a", "e.a", "i.c", "m.b.t", "t.a.v",
    "ca", "vs", "art", "stb", "stcrt", "kst", "aanh", "hand", "bijv", "resp", "evt", "incl",
    "excl", "z.s.m", "n.a.v", "i.v.m", "m.u.v", "o.b.v", "a.s", "no", "jan", "feb", "mrt",
    "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "vgl", "zgn", "e.d",
};

#define ABBREV_MAX 5
#define NABBREV (sizeof abbrevs / sizeof abbrevs[0])
_Static_assert(NABBREV < 255, "abbrevs[] is indexed by a byte");

/* Is w (lower case) one of abbrevs[]?  Only those with its first letter
 * (a-z) are compared, by a list per letter each thread builds once. */
static bool is_abbrev(const char *w)
{
    static _Thread_local unsigned char first[26], next[NABBREV];
    static _Thread_local bool ready;
    if (!ready) {
        memset(first, 0xFF, sizeof first);
        for (size_t a = NABBREV; a-- > 0;) {
            unsigned l = (unsigned)((unsigned char)abbrevs[a][0] - 'a');
            next[a] = l < 26 ? first[l] : 0xFF;
            if (l < 26)
                first[l] = (unsigned char)a;
        }
        ready = true;
    }
    unsigned l = (unsigned)((unsigned char)w[0] - 'a');
    if (l >= 26) { /* not a letter's list: all of them */
        for (size_t a = 0; a < NABBREV; a++)
            if (w[0] == abbrevs[a][0] && strcmp(w, abbrevs[a]) == 0)
                return true;
        return false;
    }
    for (unsigned a = first[l]; a != 0xFF; a = next[a])
        if (strcmp(w, abbrevs[a]) == 0)
            return true;
    return false;
}

/* Is the '.' (or ? !) at i the end of a sentence? */
/* Whether s[b, i) (i at a period) is a member's initials: parts split by
 * periods, each a capital or one of the two- and three-letter initials
 * Dutch writes for one sound or a long name ("Chr", "Th", "IJ", "Joh"), as
 * patterns.c's INITIAL: "Chr", "Th.C", "J.J", "M.B". */
static bool initials_at(const char *s, size_t b, size_t i)
{
    static const char *const multi[] = {"Th", "Ph", "Ch", "Chr", "Tj", "Sj", "IJ", "Ij", "Joh", "Jac", "Wm", NULL};
    if (b > 0 && ki_is_letter((unsigned char)s[b - 1]))
        return false;
    for (size_t p = b; p < i;) {
        size_t q = p;
        while (q < i && s[q] != '.')
            q++;
        bool ok = q - p == 1 && is_upper((unsigned char)s[p]);
        for (const char *const *m = multi; *m && !ok; m++)
            ok = strlen(*m) == q - p && memcmp(s + p, *m, q - p) == 0;
        if (!ok)
            return false;
        p = q + 1;
    }
    return true;
}

static bool sentence_end_at(const char *s, size_t n, size_t i)
{
    /* a footnote mark glued to the period: "toegestuurd krijgen.1 In 2023" */
    bool mark = false;
    if (s[i] == '.' && i > 0 && i + 2 < n && ki_is_digit((unsigned char)s[i + 1]) &&
        ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || s[i - 1] == ')')) {
        size_t k = i + 1;
        while (k < n && k - i <= 3 && ki_is_digit((unsigned char)s[k]))
            k++;
        size_t j = ki_skip_blank(s, n, k);
        mark = k - i <= 3 && j > k && j < n && is_upper((unsigned char)s[j]);
    }
    if (!mark && i + 1 < n && !ki_is_blank((unsigned char)s[i + 1]) && s[i + 1] != ')' &&
        !((unsigned char)s[i + 1] == 0xE2))
        return false;
    if (s[i] == '.') {
        size_t b = i;
        while (b > 0 && (ki_is_letter((unsigned char)s[b - 1]) || s[b - 1] == '.') && i - b < 8)
            b--;
        if (b < i) {
            char w[10];
            size_t k = 0;
            for (size_t j = b; j < i && k < 9; j++)
                w[k++] = (char)ki_lower((unsigned char)s[j]);
            w[k] = '\0';
            /* no abbreviation is longer than ABBREV_MAX */
            /* "3 april jl. De ...", "motie-X c.s. Ik ...": these end a
             * sentence before a capital */
            if (strcmp(w, "jl") == 0 || strcmp(w, "j.l") == 0 || strcmp(w, "c.s") == 0) {
                size_t j = mark ? i + 1 : i;
                while (j + 1 < n && ki_is_digit((unsigned char)s[j + 1]))
                    j++;
                size_t u = ki_skip_blank(s, n, j + 1);
                return u > j + 1 && u < n && is_upper((unsigned char)s[u]);
            }
            if (k <= ABBREV_MAX && is_abbrev(w))
                return false;
            if (k == 1 && (b == 0 || !ki_is_letter((unsigned char)s[b - 1])) && is_upper((unsigned char)s[b]))
                return false; /* an initial: "J. de Vries" */
            if (initials_at(s, b, i))
                return false; /* "Chr. Jansen", "Th.C. de Graaf", "J.J. Vos" */
        }
    }
    if (mark)
        return true;
    size_t j = ki_skip_blank(s, n, i + 1);
    if (j >= n)
        return true;
    unsigned char c = (unsigned char)s[j];
    if (is_upper(c) || c == '[' || c == '(' || c == '-' || c >= 0xC3)
        return true;
    /* "... te laten.\n2.\nToezeggingen": a numbered part starts on its own line */
    if (ki_is_digit(c) && memchr(s + i + 1, '\n', j - i - 1)) {
        size_t k = j;
        while (k < n && k - j < 3 && ki_is_digit((unsigned char)s[k]))
            k++;
        return k < n && (s[k] == '.' || s[k] == ')') && (k + 1 >= n || ki_is_blank((unsigned char)s[k + 1]));
    }
    return false;
}

/* A heading line: "h. Toezeggingen", "4, Toelichting", "2. Geadviseerd
 * besluit": an enumerator, a capitalised short text, no final period. */
static bool heading_at(const char *s, size_t n, size_t ls)
{
    size_t e = line_end(s, n, ls), i = ls;
    while (i < e && (s[i] == ' ' || s[i] == '\t'))
        i++;
    /* the numbered questions and answers of written questions: "Vraag 2",
     * "Antwoord 4", "Antwoord op vraag 3", alone on their line */
    if (i < e && (s[i] == 'V' || s[i] == 'A')) {
        size_t w = word_at(s, e, i, "Vraag");
        if (!w && (w = word_at(s, e, i, "Antwoord"))) {
            size_t o = ki_skip_blank(s, e, w), q;
            if ((q = word_at(s, e, o, "op")) && (q = word_at(s, e, ki_skip_blank(s, e, q), "vraag")))
                w = q;
        }
        if (w) {
            w = ki_skip_blank(s, e, w);
            size_t d = w;
            while (d < e && ki_is_digit((unsigned char)s[d]))
                d++;
            if (d > w && d - w <= 3) {
                if (d < e && s[d] >= 'a' && s[d] <= 'z')
                    d++;
                if (d < e && (s[d] == ':' || s[d] == '.'))
                    d++;
                return ki_skip_blank(s, e, d) == e;
            }
        }
    }
    size_t k = i;
    while (k < e && k - i < 2 && (ki_is_digit((unsigned char)s[k]) || (s[k] >= 'a' && s[k] <= 'z')))
        k++;
    if (k == i || k >= e || !(s[k] == '.' || s[k] == ',' || s[k] == ')'))
        return false;
    if (k - i == 2 && !ki_is_digit((unsigned char)s[i]))
        return false;
    k++;
    while (k < e && (s[k] == ' ' || s[k] == '_' || s[k] == '\t'))
        k++;
    if (k >= e || !is_upper((unsigned char)s[k]))
        return false;
    size_t t = e;
    while (t > k && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    return t - i <= 70 && s[t - 1] != '.' && s[t - 1] != ',';
}

/* The bytes sent_start() and sent_end() stop at: line breaks, . ? ! :, and
 * 0xE2, the lead byte of the quotes ‘ ’ “ ”. */
static const bool sent_byte[256] = {
    ['\n'] = true, ['.'] = true, ['?'] = true, ['!'] = true, [':'] = true, [0xE2] = true,
};

#if defined(__SSE2__)
/* A bit per byte of the 16 at p: is it one of sent_byte's? */
static inline unsigned sent_mask(const char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* The first i in [from, lim) with sent_byte[s[i]], else lim. */
static inline size_t sent_fwd(const char *s, size_t from, size_t lim)
{
    size_t i = from;
#if defined(__SSE2__)
    for (; i + 16 <= lim; i += 16) {
        unsigned m = sent_mask(s + i);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i < lim && !sent_byte[(unsigned char)s[i]])
        i++;
    return i;
}

/* The greatest i in (lim, from] with sent_byte[s[i - 1]], else lim. */
static inline size_t sent_back(const char *s, size_t from, size_t lim)
{
    size_t i = from;
#if defined(__SSE2__)
    for (; i >= lim + 16; i -= 16) {
        unsigned m = sent_mask(s + i - 16);
        if (m)
            return i - 16 + (size_t)(32 - __builtin_clz(m));
    }
#endif
    while (i > lim && !sent_byte[(unsigned char)s[i - 1]])
        i--;
    return i;
}

/*
 * The sentence bounds already asked in this document: a motion's or
 * commitment's subject, list, venue and relation each ask them of the same
 * few places.  sent_start() and sent_end() depend on nothing but (s, n,
 * pos), so an answer kept under that key, for the current ki_detect() call
 * (sent_gen, a new number per call: a later document may sit at the same
 * address), is the answer.  One table per function and thread, a slot per
 * hashed pos, the last answer winning.
 */
#define SENT_MEMO 512 /* a power of two */
struct sentmemo {
    uint64_t    gen;
    const char *s;
    size_t      n, pos, val;
};
static _Thread_local uint64_t sent_gen;

/* The slot for (s, n, pos) in t; *known when it holds the answer. */
static struct sentmemo *sent_slot(struct sentmemo *t, const char *s, size_t n, size_t pos, bool *known)
{
    struct sentmemo *e = &t[(size_t)(((uint64_t)pos * 0x9E3779B97F4A7C15u) >> 40) & (SENT_MEMO - 1)];
    *known = e->gen == sent_gen && e->pos == pos && e->s == s && e->n == n;
    return e;
}

/* Remembers val as the answer at e for (s, n, pos); returns val. */
static size_t sent_keep(struct sentmemo *e, const char *s, size_t n, size_t pos, size_t val)
{
    *e = (struct sentmemo){sent_gen, s, n, pos, val};
    return val;
}

static size_t sent_start_scan(const char *s, size_t n, size_t pos);
static size_t sent_end_scan(const char *s, size_t n, size_t pos);
static size_t word_end(const char *s, size_t n, size_t i);
static size_t word_in(const char *s, size_t a, size_t b, const char *const *w, size_t nw);

/* Start of the sentence (or list item) that contains pos. */
static size_t sent_start(const char *s, size_t n, size_t pos)
{
    static _Thread_local struct sentmemo t[SENT_MEMO];
    bool known;
    struct sentmemo *e = sent_slot(t, s, n, pos, &known);
    return known ? e->val : sent_keep(e, s, n, pos, sent_start_scan(s, n, pos));
}

/* End (exclusive) of the sentence that contains pos; '.'s inside ‘...’ do
 * not end it. */
static size_t sent_end(const char *s, size_t n, size_t pos)
{
    static _Thread_local struct sentmemo t[SENT_MEMO];
    bool known;
    struct sentmemo *e = sent_slot(t, s, n, pos, &known);
    return known ? e->val : sent_keep(e, s, n, pos, sent_end_scan(s, n, pos));
}

/* sent_start() worked out */
static size_t sent_start_scan(const char *s, size_t n, size_t pos)
{
    size_t lim = pos > 1500 ? pos - 1500 : 0;
    for (size_t i = pos; i > lim; i--) {
        /* every test below is at one of sent_byte's bytes */
        i = sent_back(s, i, lim);
        if (i == lim)
            break;
        size_t k = i - 1;
        if (s[k] == '\n' && i <= pos && bullet_at(s, n, i))
            return ki_skip_blank(s, n, i);
        if (s[k] == '\n' && i <= pos && heading_at(s, n, line_start(s, k)) && line_start(s, k) < k)
            return ki_skip_blank(s, n, i);
        /* the salutation "Geachte voorzitter," (and the letter's head above
         * it); the date line "Den Haag, 9 juli 2018" */
        if (s[k] == '\n' && i <= pos && k > 0 &&
            (starts_ci(s, k, ki_skip_blank(s, k, line_start(s, k - 1)), "Geachte ") ||
             starts_ci(s, k, ki_skip_blank(s, k, line_start(s, k - 1)), "Den Haag, ")))
            return ki_skip_blank(s, n, i);
        if ((s[k] == '.' || s[k] == '?' || s[k] == '!') && k + 1 <= pos && sentence_end_at(s, n, k))
            return ki_skip_blank(s, n, k + 1);
        if (s[k] == ':') {
            size_t j = k + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < n && s[j] == '\n' && j < pos)
                return ki_skip_blank(s, n, j);
        }
    }
    return lim ? ki_skip_blank(s, n, lim) : 0;
}

/* sent_end() worked out */
static size_t sent_end_scan(const char *s, size_t n, size_t pos)
{
    size_t lim = pos + 1500 < n ? pos + 1500 : n;
    int quote = 0;
    for (size_t i = pos; i < lim; i++) {
        /* only these bytes can end a sentence or open and close a quote:
         * the rest of the sentence is passed over a byte per step */
        i = sent_fwd(s, i, lim);
        if (i == lim)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char c2 = (unsigned char)s[i + 2];
            if (c2 == 0x98 || c2 == 0x9C)
                quote++;
            else if ((c2 == 0x99 || c2 == 0x9D) && quote > 0)
                quote--;
        }
        if (c == '\n' && i + 1 < n && (bullet_at(s, n, i + 1) || heading_at(s, n, i + 1) ||
                                         heading_at(s, n, line_start(s, i))))
            return i;
        /* "…(Kamerstuk 31839, nr. 1101);" then a blank line: a list item ends */
        if (c == '\n' && i > pos && s[i - 1] == ';' && i + 1 < n && s[i + 1] == '\n')
            return i;
        /* "femicide!' In": a sentence may end inside the quote */
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x9D) && i > pos &&
            (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?') && sentence_end_at(s, n, i + 2))
            return i + 3;
        if ((c == '.' || c == '?' || c == '!') && !quote && sentence_end_at(s, n, i))
            return i + 1;
        if (c == ':') {
            size_t j = i + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < n && s[j] == '\n')
                return i + 1;
        }
    }
    return lim;
}

/* Trimmed end of the line starting at ls: the last non-blank char, or ls. */
static char last_char(const char *s, size_t n, size_t ls)
{
    size_t e = line_end(s, n, ls);
    while (e > ls && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    return e > ls ? s[e - 1] : '\0';
}

static bool blank_line(const char *s, size_t n, size_t ls)
{
    size_t e = line_end(s, n, ls);
    for (size_t i = ls; i < e; i++)
        if (!ki_is_blank((unsigned char)s[i]))
            return false;
    return true;
}

/* Previous non-blank line start before the line at ls; (size_t)-1 if none. */
static size_t prev_line(const char *s, size_t n, size_t ls)
{
    while (ls > 0) {
        size_t p = line_start(s, ls - 1);
        if (!blank_line(s, n, p))
            return p;
        ls = p;
    }
    return (size_t)-1;
}

/* When pos lies in a bulleted list: the start of the list's first item;
 * else (size_t)-1.  Lines between items that do not start with a bullet
 * are continuations when a bullet comes before any sentence end. */
static size_t list_first_item(struct ki_scan *sc, const char *s, size_t n, size_t pos)
{
    size_t ls = line_start(s, pos);
    /* climb to the bullet that starts this item */
    size_t item = (size_t)-1;
    for (int g = 0; g < 40; g++) {
        if (bullet_at(s, n, ls)) {
            item = ls;
            break;
        }
        size_t p = prev_line(s, n, ls);
        if (p == (size_t)-1)
            return (size_t)-1;
        char lc = last_char(s, n, p);
        if (lc == '.' || lc == ':' || lc == '?' || lc == '!') {
            if (!bullet_at(s, n, p))
                return (size_t)-1;
        }
        ls = p;
    }
    if (item == (size_t)-1)
        return (size_t)-1;
    if (sc->lf_first != (size_t)-1 && item == sc->lf_item)
        return sc->lf_first;
    size_t first = item;
    ls = item;
    for (int g = 0; g < 400; g++) {
        if (sc->lf_first != (size_t)-1 && ls == sc->lf_item) {
            first = sc->lf_first;
            break;
        }
        size_t p = prev_line(s, n, ls);
        if (p == (size_t)-1)
            break;
        if (bullet_at(s, n, p)) {
            first = p;
            ls = p;
            continue;
        }
        /* a line ending in ':' introduces this list ("Over de volgende
         * moties wordt de voortgang toegelicht:"): it is nobody's
         * continuation, and the items above it belong to another list */
        if (last_char(s, n, p) == ':')
            break;
        /* a continuation line of an earlier item? */
        size_t q = p;
        bool cont = false;
        for (int h = 0; h < 12; h++) {
            size_t pp = prev_line(s, n, q);
            if (pp == (size_t)-1)
                break;
            if (bullet_at(s, n, pp)) {
                cont = true;
                q = pp;
                break;
            }
            char lc = last_char(s, n, pp);
            if (lc == '.' || lc == ':' || lc == '?' || lc == '!')
                break;
            q = pp;
        }
        if (!cont)
            break;
        first = q;
        ls = q;
    }
    sc->lf_item = item;
    sc->lf_first = first;
    return first;
}

/* Inside the "Aanleiding" section (the reason this document exists)?  The
 * section runs from its heading to the next numbered heading. */
static bool in_aanleiding(struct ki_scan *sc, const char *s, size_t n, size_t pos)
{
    if (!sc->aanl_built) {
        sc->aanl_built = true;
        size_t from = 0;
        const char *ah;
        while (from < n && (ah = memmem(s + from, n - from, "Aanleiding", 10))) {
            size_t at = (size_t)(ah - s), ls = line_start(s, at), e = line_end(s, n, at);
            from = at + 10;
            size_t i = ki_skip_blank(s, e, ls);
            while (i < e && (ki_is_digit((unsigned char)s[i]) || s[i] == '.' || s[i] == ','))
                i++;
            i = ki_skip_blank(s, e, i);
            size_t k = word_at(s, e, i, "Aanleiding");
            if (!k || ki_skip_blank(s, e, k + (k < e && s[k] == ':')) < e)
                continue;
            sc->aanl_s = e;
            sc->aanl_e = n;
            for (size_t l = e < n ? e + 1 : n; l < n; l = line_end(s, n, l) + 1) {
                size_t j = ki_skip_blank(s, line_end(s, n, l), l);
                if (j < n && ki_is_digit((unsigned char)s[j]) && heading_at(s, n, l)) {
                    sc->aanl_e = l;
                    break;
                }
                if (line_end(s, n, l) >= n)
                    break;
            }
            break;
        }
    }
    return pos >= sc->aanl_s && pos < sc->aanl_e;
}

/* ---- relations ---- */

typedef struct cues {
    bool settled, progress, addressed, cited, made;
    size_t ev_s, ev_e; /* the sentence that gave them */
} cues;

/*
 * The cues in the sentence [a, b), leaving out those that start inside the
 * mention's own subject [xs, xe).  Neighbouring mentions ask about the same
 * sentences (two motions in one sentence, the items of one list and their
 * introduction), so the matches of the last few ranges are kept with their
 * positions, and a range is matched once however many mentions ask.
 */
static void cues_of(struct ki_scan *sc, size_t a, size_t b, size_t xs, size_t xe, cues *c)
{
    memset(c, 0, sizeof *c);
    c->ev_s = a;
    c->ev_e = b;
    bool *flag[5] = {&c->settled, &c->progress, &c->addressed, &c->cited, &c->made};
    struct cuecache *e = NULL;
    for (unsigned i = 0; i < CUE_CACHE && i < sc->ncc; i++)
        if (sc->cc[i].a == a && sc->cc[i].b == b) {
            e = &sc->cc[i];
            break;
        }
    if (!e) {
        e = &sc->cc[sc->ncc++ % CUE_CACHE];
        e->a = a;
        e->b = b;
        e->n = 0;
        e->all = 0;
        ki_detector *d = sc->d;
        size_t off = a;
        while (off < b) {
            const struct matcher *m = NULL;
            int rc = run_pairs(d, &d->cue_all, d->cue_split ? d->cue_for : NULL, &m, &d->cue_pair,
                               true, sc->s, b, off, b, d->cue, d->cue_memo);
            if (rc <= 0)
                break;
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
            uint32_t ovn = pcre2_get_ovector_count(m->md);
            for (int i = 0; i < 5; i++) {
                uint32_t g = m->group[i];
                if (g && g < ovn && ov[2 * g] != PCRE2_UNSET) {
                    if (e->n < CUE_PER)
                        e->m[e->n++] = (struct cuehit){ov[0], (unsigned char)i};
                    else
                        e->all |= (unsigned char)(1u << i); /* too many to place */
                    break;
                }
            }
            off = cp_fwd(sc->s, b, ov[1] > ov[0] ? ov[1] : ov[0] + 1);
        }
    }
    unsigned char flags = e->all;
    for (unsigned i = 0; i < e->n; i++)
        if (!(e->m[i].pos >= xs && e->m[i].pos < xe))
            flags |= (unsigned char)(1u << e->m[i].kind);
    for (int k = 0; k < 5; k++)
        *flag[k] = (flags >> k) & 1;
}

static bool cue_rel(const cues *c, ki_relation *r)
{
    if (c->settled && c->progress)
        *r = KI_REL_ADDRESSED;
    else if (c->settled)
        *r = KI_REL_SETTLED;
    else if (c->progress)
        *r = KI_REL_PROGRESS;
    else if (c->addressed)
        *r = KI_REL_ADDRESSED;
    else
        return false;
    return true;
}

/* Is ts on a letter's subject line ("Betreft ...", "Onderwerp: ...")? */
static bool on_subject_line(const char *s, size_t ts)
{
    size_t l = ki_skip_blank(s, ts, line_start(s, ts));
    return starts_ci(s, ts, l, "Betreft ") || starts_ci(s, ts, l, "Betreft:") || starts_ci(s, ts, l, "Onderwerp ") ||
           starts_ci(s, ts, l, "Onderwerp:");
}

/* Is the item at ts the object of "(mede) ter uitvoering van" in a sentence
 * s[a, b) that speaks of this text ("in deze brief", "hierbij",
 * "hieronder")? */
static bool carried_out_here(const char *s, size_t a, size_t b, size_t ts)
{
    static const char *const here[] = {"deze brief", "hierbij", "hiermee", "hieronder", "bijgaand"};
    size_t f = find_ci(s, ts, ts > a + 40 ? ts - 40 : a, "ter uitvoering van");
    if (f == (size_t)-1 || word_in(s, a, b, here, sizeof here / sizeof here[0]) == (size_t)-1)
        return false;
    size_t k = ki_skip_blank(s, ts, f + 18), w;
    if ((w = word_at(s, ts, k, "de")) || (w = word_at(s, ts, k, "het")))
        k = ki_skip_blank(s, ts, w);
    return k == ts;
}

/*
 * The relation of a motion or commitment whose trigger is at [ts, te) and
 * whose own subject text is [xs, xe) (cues there describe the subject, not
 * this document).  In order: cues in its own sentence; an explicit "zie
 * ook" there; cues in the next sentence (when no other item starts in it);
 * the introduction of the list it is an item of; the "Aanleiding" section;
 * else cited.  next_item bounds the next sentence.
 */
static ki_relation relation_of(struct ki_scan *sc, size_t ts, size_t xs, size_t xe,
                               size_t next_item, size_t *ev_s, size_t *ev_e)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t a = sent_start(s, n, ts), b = sent_end(s, n, ts);
    cues c, nc2;
    ki_relation r = KI_REL_CITED;
    cues_of(sc, a, b, xs, xe, &c);
    *ev_s = a;
    *ev_e = b;
    /* a question ("Op welke wijze wordt uitvoering gegeven aan de motie
     * ...?") reports nothing itself; its answer may, below */
    size_t qe = b;
    while (qe > a && ki_is_blank((unsigned char)s[qe - 1]))
        qe--;
    if (qe > a && s[qe - 1] == '?')
        memset(&c, 0, sizeof c);
    /* "In deze brief geef ik, ter uitvoering van de motie X, een overzicht
     * van de stand van zaken": the letter carries it out; the state of
     * things it describes is its content, not the item's progress */
    if (c.progress && !c.settled && carried_out_here(s, a, b, ts))
        return KI_REL_ADDRESSED;
    /* "Betreft Uitvoering motie-Bikker over gokreclame": what the letter is
     * about, named in its subject line */
    if (!c.settled && !c.progress && on_subject_line(s, ts))
        return KI_REL_ADDRESSED;
    if (c.settled || c.progress) {
        cue_rel(&c, &r);
        return r;
    }
    if (c.cited)
        return KI_REL_CITED;
    memset(&nc2, 0, sizeof nc2);
    /* the next two sentences of the same paragraph, while no other item starts */
    size_t ns = ki_skip_blank(s, n, b);
    for (int k = 0; k < 2; k++) {
        /* (a bullet line starts the next item, unless the sentence goes on on
         * the item's own line: "1. TZ.. - ... (debat, datum). Status: afgedaan.") */
        if (!(ns < n && ns < next_item && ns - b < 600 &&
              !(bullet_at(s, n, line_start(s, ns)) && line_start(s, ns) != line_start(s, b > 0 ? b - 1 : 0))))
            break;
        size_t ne = sent_end(s, n, ns);
        if (ne > next_item)
            ne = next_item;
        /* a line ending in ':' introduces what follows, not this item */
        bool intro = false;
        for (size_t q = ns; q < ne && !intro; q++) {
            if (s[q] != ':')
                continue;
            size_t t = q + 1;
            while (t < ne && (s[t] == ' ' || s[t] == '\t'))
                t++;
            intro = t >= ne || s[t] == '\n';
        }
        if (intro)
            break;
        cues cx;
        cues_of(sc, ns, ne, 0, 0, &cx);
        if (cx.settled || cx.progress) {
            cue_rel(&cx, &r);
            *ev_s = ns;
            *ev_e = ne;
            return r;
        }
        if (cx.addressed && !nc2.addressed)
            nc2 = cx;
        if (ne <= ns || blank_line(s, n, line_start(s, ki_skip_blank(s, n, ne))))
            break;
        ns = ki_skip_blank(s, n, ne);
    }
    if (c.addressed)
        return KI_REL_ADDRESSED;
    if (nc2.addressed) {
        *ev_s = nc2.ev_s;
        *ev_e = nc2.ev_e;
        return KI_REL_ADDRESSED;
    }
    size_t first = list_first_item(sc, s, n, ts);
    if (first != (size_t)-1) {
        size_t p = prev_line(s, n, first);
        if (p != (size_t)-1) {
            size_t pe = line_end(s, n, p);
            while (pe > p && ki_is_blank((unsigned char)s[pe - 1]))
                pe--;
            size_t is = sent_start(s, n, pe > p ? pe - 1 : p);
            cues_of(sc, is, first, 0, 0, &c);
            if (cue_rel(&c, &r)) {
                *ev_s = is;
                *ev_e = first;
                return r;
            }
            /* a bare "Het gaat om:" or "Dit betreft:" introduces the list the
             * sentence before announced ("... informeert over de stand van
             * zaken bij de uitvoering van enkele moties. Het gaat om:") */
            size_t iq = is > p ? is : p, ps = iq;
            while (ps > 0 && ki_is_blank((unsigned char)s[ps - 1]))
                ps--;
            /* (past a line that is no sentence: "Kamerbrief over uitvoering
             * moties (PDF | 5 pagina's | 280 kB)") */
            for (int k = 0; k < 2 && first - iq < 60 && last_char(s, n, p) == ':' && ps > 1 && iq - ps < 200; k++) {
                size_t pa = sent_start(s, n, ps - 1);
                if (iq - pa >= 600)
                    break;
                cues_of(sc, pa, ps, 0, 0, &c);
                if (cue_rel(&c, &r)) {
                    *ev_s = pa;
                    *ev_e = first;
                    return r;
                }
                size_t ls = line_start(s, ps - 1);
                if (s[ps - 1] == '.' || s[ps - 1] == '?' || ls < 2)
                    break;
                ps = ls;
                while (ps > 0 && ki_is_blank((unsigned char)s[ps - 1]))
                    ps--;
            }
        }
    }
    if (in_aanleiding(sc, s, n, ts))
        return KI_REL_ADDRESSED;
    return KI_REL_CITED;
}

/* Runs pattern pid over the window [p - back, p + ahead) (never before
 * floor) and fills *hh when a match covers the anchor at p. */
static bool match_around(struct ki_scan *sc, int pid, size_t p, size_t floor, size_t back,
                         size_t ahead, ki_hit *hh)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t from = p > back ? p - back : 0;
    if (from < floor)
        from = floor;
    from = cp_fwd(s, n, from);
    size_t len = p + ahead < n ? cp_fwd(s, n, p + ahead) : n;
    ki_detector *d = sc->d;
    /* the commitment pattern, long and begun by many words, is tried
     * anchored where it can begin (the same leftmost match: run_chars());
     * its groups are numbered and named as the unanchored one's */
    struct matcher *m = pid == KI_P_COMMIT && d->commit_ok ? &d->commit_a : NULL;
    int rc = m ? run_chars(d, m, d->commit_wide, &d->commit_pair, d->commit_memo, s, len, from, p)
               : run_p(d, pid, s, len, from, p, PCRE2_NO_UTF_CHECK);
    if (rc <= 0)
        return false;
    pcre2_match_data *md = m ? m->md : d->md[pid];
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[0] > p || ov[1] < p)
        return false;
    *hh = (ki_hit){m ? m->re : d->re[pid], ov, pcre2_get_ovector_count(md), s, ov[0], ov[1], pid,
                   &d->names[pid]};
    return true;
}

#if defined(__SSE2__)
/* Bit j set when byte j of v is a blank, a control byte or 0xC2 (the lead
 * byte of a no-break space): what clean_copy() cannot copy as it is. */
static inline unsigned odd_bytes(__m128i v)
{
    const __m128i sp = _mm_set1_epi8(' ');
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, sp), sp), _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2))));
}
#endif

/* Copies s[a..b) with blanks collapsed into r's storage. */
static char *clean_copy(ki_refs *r, const char *s, size_t a, size_t b)
{
    while (a < b && ki_is_blank((unsigned char)s[a]))
        a++;
    while (b > a && ki_is_blank((unsigned char)s[b - 1]))
        b--;
    char *d = ki_refs_alloc(r, b - a + 1);
    if (!d)
        return NULL;
    size_t o = 0;
    size_t i = a;
    while (i < b) {
#if defined(__SSE2__)
        /* sixteen bytes at a time while each is copied as it is: an
         * ordinary byte (not a blank, a control byte or 0xC2, the lead byte
         * of a no-break space), or a single ' ' between two ordinary bytes
         * (a run of blanks that is one space already; asked only where the
         * bytes on both sides can be read).  Each block is stored whole and
         * kept up to the first other byte.  The store stays inside d: the
         * copy is never longer than what has been read (o <= i - a), so
         * o + 16 <= b - a. */
        while (i + 16 <= b) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            unsigned m = odd_bytes(v);
            if (i > 0 && i + 17 <= b)
                m &= ~((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) &
                       ~odd_bytes(_mm_loadu_si128((const __m128i *)(const void *)(s + i - 1))) &
                       ~odd_bytes(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 1))));
            _mm_storeu_si128((__m128i *)(void *)(d + o), v);
            size_t run = m ? (size_t)__builtin_ctz(m) : 16;
            o += run;
            i += run;
            if (m)
                break;
        }
#endif
        /* the rest of a run of ordinary bytes, copied as it is read: words
         * are too short for a memcpy() call each */
        while (i < b && (unsigned char)s[i] > ' ' && (unsigned char)s[i] != 0xC2)
            d[o++] = s[i++];
        if (i == b)
            break;
        unsigned char c = (unsigned char)s[i];
        bool nbsp = c == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] == 0xA0;
        if (!ki_is_blank(c) && !nbsp) {
            d[o++] = (char)c;
            i++;
            continue;
        }
        /* blanks and no-break spaces: one space between words */
        while (i < b) {
            c = (unsigned char)s[i];
            if (ki_is_blank(c))
                i++;
            else if (c == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] == 0xA0)
                i += 2;
            else
                break;
        }
        if (o > 0 && i < b)
            d[o++] = ' ';
    }
    d[o] = '\0';
    return d;
}

/* Copies s[a1..b1) and s[a2..b2), one space between, with blanks
 * collapsed into r's storage. */
static char *clean_join(ki_refs *r, const char *s, size_t a1, size_t b1, size_t a2, size_t b2)
{
    char *x = clean_copy(r, s, a1, b1), *y = clean_copy(r, s, a2, b2);
    if (!x || !y)
        return NULL;
    size_t lx = strlen(x), ly = strlen(y);
    char *d = ki_refs_alloc(r, lx + ly + 2);
    if (!d)
        return NULL;
    memcpy(d, x, lx);
    d[lx] = ' ';
    memcpy(d + lx + 1, y, ly + 1);
    return d;
}

/* ---- motions ---- */

static bool is_prefix_word(const char *w, size_t n)
{
    static const char *const pf[] = {"van", "de", "der", "den", "ter", "ten", "te", "in",
                                     "'t", "\xe2\x80\x99t", "op", "la", "le", "du", "el"};
    for (size_t i = 0; i < sizeof pf / sizeof pf[0]; i++)
        if (strlen(pf[i]) == n && starts_ci(w, n, 0, pf[i]))
            return true;
    return false;
}

/* Writes the sponsor's name as the Kamer writes it standing alone: first
 * letter capital, all-caps words in title case, prefixes after the first
 * word in lower case. */
static char *norm_name(ki_refs *r, const char *s, size_t a, size_t b)
{
    char *d = clean_copy(r, s, a, b);
    if (!d)
        return NULL;
    bool allcaps = true;
    for (char *p = d; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            allcaps = false;
    size_t len = strlen(d);
    size_t w = 0;
    int wordno = 0;
    while (w < len) {
        size_t e = w;
        while (e < len && d[e] != ' ')
            e++;
        bool pfx = is_prefix_word(d + w, e - w);
        for (size_t i = w; i < e; i++) {
            unsigned char c = (unsigned char)d[i];
            bool first = i == w || d[i - 1] == '-';
            if (allcaps && !first) {
                if (c >= 'A' && c <= 'Z')
                    d[i] = (char)(c + 32);
                else if (c == 0xC3 && i + 1 < e && (unsigned char)d[i + 1] >= 0x80 &&
                         (unsigned char)d[i + 1] <= 0x9E && (unsigned char)d[i + 1] != 0x97) {
                    d[i + 1] = (char)((unsigned char)d[i + 1] + 0x20);
                    i++;
                }
            }
            if (first && pfx && wordno > 0 && c >= 'A' && c <= 'Z' && allcaps)
                d[i] = (char)(c + 32);
        }
        w = e + 1;
        wordno++;
    }
    if (d[0] >= 'a' && d[0] <= 'z')
        d[0] = (char)(d[0] - 32);
    return d;
}

static bool speaker_label(struct ki_scan *sc, size_t pos, size_t *ns, size_t *ne);

/* The length of the title that opens a sponsor named as in a debate ("de
 * heer ", "mevrouw ", "het lid ") at s[i..b), or 0. */
static size_t title_len(const char *s, size_t b, size_t i)
{
    static const char *const t1[] = {"mevrouw", "de heer", "het lid", "het Kamerlid"};
    for (size_t t = 0; t < sizeof t1 / sizeof t1[0]; t++) {
        size_t e = word_at(s, b, i, t1[t]);
        if (e && e < b && ki_is_blank((unsigned char)s[e]))
            return ki_skip_blank(s, b, e) - i;
    }
    return 0;
}

/* The sponsors written in s[a..b) appended to tmp[*nt..16); the speaker
 * ("mij", "ondergetekende", the subject's "ik") is the member whose label the text gives above
 * (speaker_label()), left out when there is none. */
static ki_status sponsors_into(struct ki_scan *sc, ki_sponsor *tmp, size_t *ntp, bool *cs, size_t a, size_t b,
                               bool me_ok)
{
    const char *s = sc->s;
    const size_t first = *ntp;
    size_t nt = first;
    size_t i = a;
    while (i < b && nt < 16) {
        i = ki_skip_blank(s, b, i);
        if (i >= b)
            break;
        if (starts_ci(s, b, i, "c.") || word_at(s, b, i, "cs")) {
            *cs = true;
            /* "Tielen c.s. (VVD)": the party of the first named */
            size_t j = i + 2;
            while (j < b && (ki_is_blank((unsigned char)s[j]) || s[j] == 's' || s[j] == 'S' || s[j] == '.'))
                j++;
            const char *cp = j < b && s[j] == '(' ? memchr(s + j, ')', b - j) : NULL;
            if (cp && nt > first && !tmp[first].party) {
                tmp[first].party = clean_copy(sc->r, s, j + 1, (size_t)(cp - s));
                if (!tmp[first].party)
                    return KI_ERR_NOMEM;
            }
            break;
        }
        i += title_len(s, b, i);
        size_t me = word_at(s, b, i, "mij");
        if (!me)
            me = word_at(s, b, i, "mijzelf");
        if (!me)
            me = word_at(s, b, i, "ondergetekende");
        if (!me)
            me = word_at(s, b, i, "ik"); /* "Mevrouw Kuik en ik hebben ..." */
        if (me) {
            size_t ps, pe;
            *ntp = nt;
            if (me_ok && speaker_label(sc, a, &ps, &pe)) {
                ki_status st = sponsors_into(sc, tmp, ntp, cs, ps, pe, false);
                if (st)
                    return st;
            }
            nt = *ntp;
            i = ki_skip_blank(s, b, me);
            size_t k;
            if (i < b && s[i] == ',')
                i = ki_skip_blank(s, b, i + 1);
            if ((k = word_at(s, b, i, "en")))
                i = k;
            continue;
        }
        /* the name runs to "(", ",", "/", "&", " en " or the end */
        size_t e = i;
        while (e < b && s[e] != '(' && s[e] != ',' && s[e] != '/' && s[e] != '&') {
            if (ki_is_blank((unsigned char)s[e])) {
                size_t k = ki_skip_blank(s, b, e);
                if ((word_at(s, b, k, "en") && k > e) || starts_ci(s, b, k, "c.s") || word_at(s, b, k, "cs"))
                    break;
            }
            e++;
        }
        size_t ne = e;
        while (ne > i && ki_is_blank((unsigned char)s[ne - 1]))
            ne--;
        char *party = NULL;
        size_t j = ki_skip_blank(s, b, e);
        if (j < b && s[j] == '(') {
            const char *cp = memchr(s + j, ')', b - j);
            if (cp) {
                party = clean_copy(sc->r, s, j + 1, (size_t)(cp - s));
                if (!party)
                    return KI_ERR_NOMEM;
                j = (size_t)(cp - s) + 1;
            }
        }
        /* "Van der Plas en Vermeer (beiden SGP)": the party of all named
         * so far that have none */
        size_t pw = 0;
        if (party && ((pw = word_at(party, strlen(party), 0, "beiden")) ||
                      (pw = word_at(party, strlen(party), 0, "beide")) ||
                      (pw = word_at(party, strlen(party), 0, "allen")) ||
                      (pw = word_at(party, strlen(party), 0, "allebei")))) {
            party += ki_skip_blank(party, strlen(party), pw);
            for (size_t q = first; q < nt; q++)
                if (!tmp[q].party)
                    tmp[q].party = party;
        }
        if (ne > i) {
            tmp[nt].name = norm_name(sc->r, s, i, ne);
            tmp[nt].party = party;
            if (!tmp[nt].name)
                return KI_ERR_NOMEM;
            nt++;
        }
        j = ki_skip_blank(s, b, j);
        if (j < b && (s[j] == ',' || s[j] == '/' || s[j] == '&'))
            j++;
        j = ki_skip_blank(s, b, j);
        size_t k;
        if ((k = word_at(s, b, j, "en")))
            j = k;
        if (j <= i)
            j = i + 1;
        i = j;
    }
    *ntp = nt;
    return KI_OK;
}

/* Splits "Temmink (SP) en Mutluer (GL-PvdA)", "Van der Werf/Becker",
 * "Van Nispen c.s.", "de heer Jansen en mevrouw Pietersen (CDA)" into
 * sponsors, after those m has already (a member named apart: "Met mevrouw
 * Kuik dien ik de volgende motie in"); one named twice is kept once. */
static ki_status parse_sponsors(struct ki_scan *sc, ki_motion *m, size_t a, size_t b)
{
    ki_sponsor tmp[16];
    size_t nt = 0;
    ki_status st = sponsors_into(sc, tmp, &nt, &m->cs, a, b, true);
    if (st)
        return st;
    size_t keep = 0;
    for (size_t q = 0; q < nt; q++) {
        bool dup = false;
        for (size_t o = 0; o < m->nsponsors && !dup; o++)
            dup = strcasecmp(m->sponsors[o].name, tmp[q].name) == 0;
        if (!dup)
            tmp[keep++] = tmp[q];
    }
    if (keep) {
        ki_sponsor *v = ki_refs_alloc(sc->r, (m->nsponsors + keep) * sizeof *v);
        if (!v)
            return KI_ERR_NOMEM;
        if (m->nsponsors)
            memcpy(v, m->sponsors, m->nsponsors * sizeof *v);
        memcpy(v + m->nsponsors, tmp, keep * sizeof *tmp);
        m->sponsors = v;
        m->nsponsors += keep;
    }
    return KI_OK;
}

/* The records of one kind: their count, and the span of record k. */
static size_t nrefs(const ki_refs *r, int kind)
{
    return kind == REF_KST ? r->nkamerstukken : kind == REF_HAND ? r->nhandelingen : r->ntk_numbers;
}

static const ki_span *ref_span(const ki_refs *r, int kind, size_t k)
{
    return kind == REF_KST    ? &r->kamerstukken[k].span
           : kind == REF_HAND ? &r->handelingen[k].span
                              : &r->tk_numbers[k].span;
}

/* Notes whether each kind's records are in text order (they are as the scan
 * finds them; in_order makes that a checked fact, not an assumption), so
 * that the lookups below can use binary search. */
static void note_order(struct ki_scan *sc)
{
    for (int kind = REF_KST; kind <= REF_TK; kind++) {
        size_t cnt = nrefs(sc->r, kind), k = 1;
        while (k < cnt && ref_span(sc->r, kind, k - 1)->start <= ref_span(sc->r, kind, k)->start)
            k++;
        sc->in_order[kind] = k >= cnt;
    }
}

/* The first record of a kind that may start at or after a: found by binary
 * search when the records are in text order, else 0 (the caller then walks
 * them all and tests each start). */
static size_t ref_from(const struct ki_scan *sc, int kind, size_t a)
{
    size_t lo = 0, hi = nrefs(sc->r, kind);
    if (!sc->in_order[kind])
        return 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ref_span(sc->r, kind, mid)->start < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Index of the first Kamerstuk starting in [a, b), or -1. */
static long kst_in(const struct ki_scan *sc, size_t a, size_t b)
{
    const ki_refs *r = sc->r;
    for (size_t i = ref_from(sc, REF_KST, a); i < r->nkamerstukken; i++) {
        if (r->kamerstukken[i].span.start >= a && r->kamerstukken[i].span.start < b)
            return (long)i;
        if (sc->in_order[REF_KST] && r->kamerstukken[i].span.start >= b)
            break;
    }
    return -1;
}

/* ---- commitments ---- */

static const char *const venue_words[] = {
    "commissiedebat", "wetgevingsoverleg", "notaoverleg", "algemeen overleg",
    "schriftelijk overleg", "plenaire debat", "plenair debat", "plenaire behandeling",
    "tweeminutendebat", "dertigledendebat", "mondelinge vragenuur", "vragenuur",
    "begrotingsbehandeling", "behandeling", "memorie van antwoord", "debat", "aanbiedingsbrief", "verzamelbrief", "Kamerbrief",
    "voortgangsbrief", "brief", "beantwoording", "antwoorden op", "antwoord op",
    "rondetafelgesprek", "technische briefing", "VAO", "VSO", "AO", "WGO", "CD", "overleg",
    "kabinetsreactie", "beleidsreactie",
    "Algemene Politieke Beschouwingen", "Algemene Financi\xc3\xable Beschouwingen",
};

static bool letter_venue(const char *w) { return strstr(w, "brief") != NULL; }

/* Is the venue at s[vs..ve) a letter ("brief van 7 juni 2024")? */
static bool letter_venue_at(const char *s, size_t vs, size_t ve)
{
    for (size_t i = vs; i + 5 <= ve; i++)
        if (memcmp(s + i, "brief", 5) == 0)
            return true;
    return false;
}

/* A weekday followed by a day number at s[i] ("maandag 2 december"). */
static bool weekday_end(const char *s, size_t b, size_t i)
{
    static const char *const days[] = {"maandag", "dinsdag", "woensdag", "donderdag",
                                       "vrijdag", "zaterdag", "zondag"};
    for (size_t d = 0; d < sizeof days / sizeof days[0]; d++) {
        size_t e = word_at(s, b, i, days[d]);
        if (e) {
            e = ki_skip_blank(s, b, e);
            return e < b && ki_is_digit((unsigned char)s[e]);
        }
    }
    return false;
}

/* The words that end a venue's name: "het commissiedebat [om|dat|heeft|...]" */
static const char *const venue_stops[] = {
    "om", "dat", "heeft", "heb", "hebben", "is", "zijn", "waarin", "te", "zou", "zal",
    "toegezegd", "jl", "toe", "wordt", "werd", "worden", "werden", "gedaan", "als", "af",
    "na", "gestand", "afgedaan", "uitgevoerd", "voldaan", "verder", "hiermee", "daarmee",
    "eveneens", "ook", "tevens", "namelijk", "daarnaast",
    /* "tijdens het commissiedebat Wonen al (eerder) toegezegd" */
    "al", "reeds", "eerder", "destijds", "toen", "komt", "kwam",
};

/* Does one of venue_stops start at s[j] (a word)?  Its first letter is
 * tested here, without a call: find_venue() asks at every blank. */
static bool venue_stop_at(const char *s, size_t b, size_t j)
{
    if (j >= b)
        return false;
    int c = ki_lower((unsigned char)s[j]);
    for (size_t w = 0; w < sizeof venue_stops / sizeof venue_stops[0]; w++)
        if (venue_stops[w][0] == c && word_at(s, b, j, venue_stops[w]))
            return true;
    /* whom it was said to: "in het debat aan de heer Jansen toegezegd"
     * (not "Memorie van antwoord aan de Eerste Kamer") */
    size_t a = c == 'a' ? word_at(s, b, j, "aan") : 0;
    if (a) {
        a = ki_skip_blank(s, b, a);
        return starts_ci(s, b, a, "de heer ") || starts_ci(s, b, a, "mevrouw ") || starts_ci(s, b, a, "het lid ") ||
               starts_ci(s, b, a, "de leden ") || starts_ci(s, b, a, "uw Kamer") || word_at(s, b, a, "u");
    }
    return false;
}

/* Finds a venue starting in s[a..amax) and ending before b; its span in vs..ve. */
/* At the comma at k inside a venue's name: ", y en z" that ends the name
 * (a date, "van", "op", "d.d.", a bracket or a stop follows)?  Its end,
 * else k.  "Discriminatie, racisme en mensenrechten van 5 februari". */
static size_t listed_name_end(const char *s, size_t b, size_t k)
{
    size_t j = k + 1;
    bool en = false;
    for (int w = 0; w < 5; w++) {
        j = ki_skip_blank(s, b, j);
        if (j >= b || !(s[j] >= 'a' && s[j] <= 'z'))
            return k;
        size_t we = word_end(s, b, j);
        if (word_at(s, b, j, "en"))
            en = true;
        else if (en) {
            size_t q = ki_skip_blank(s, b, we);
            if (q >= b || s[q] == '(' || s[q] == '.' || s[q] == ',' || s[q] == ')' || s[q] == ';' ||
                ki_is_digit((unsigned char)s[q]) || word_at(s, b, q, "van") || word_at(s, b, q, "op") ||
                starts_ci(s, b, q, "d.d."))
                return we;
            return k;
        }
        j = we;
    }
    return k;
}

static bool find_venue(const char *s, size_t a, size_t amax, size_t b, size_t *vs, size_t *ve)
{
    for (size_t i = a; i < b && i < amax; i++) {
        if (i > a && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        int c0 = ki_lower((unsigned char)s[i]);
        if (!strchr("cwnasptdmvbkro", c0) || !c0)
            continue; /* no venue word starts so */
        for (size_t w = 0; w < sizeof venue_words / sizeof venue_words[0]; w++) {
            const char *vw = venue_words[w];
            if (ki_lower((unsigned char)vw[0]) != c0)
                continue;
            bool caps = strcmp(vw, "AO") == 0 || strcmp(vw, "WGO") == 0 || strcmp(vw, "CD") == 0;
            size_t e;
            if (caps) {
                if (!(e = word_at(s, b, i, vw)) || memcmp(s + i, vw, strlen(vw)) != 0)
                    continue;
                /* its name, capitalised: "WGO Jeugd", "AO Water" */
                for (int w2 = 0; w2 < 3; w2++) {
                    size_t j = ki_skip_blank(s, b, e), k = j;
                    /* one word in lower case that a comma or bracket ends:
                     * "(AO preventie, Kamerstuk ...)" */
                    if (w2 == 0 && j < b && s[j] >= 'a' && s[j] <= 'z' && j > e && s[e] == ' ') {
                        while (k < b && (ki_is_letter((unsigned char)s[k]) || s[k] == '-'))
                            k++;
                        if (k < b && (s[k] == ',' || s[k] == ')') && k - j >= 4 &&
                            !word_at(s, b, j, "over") && !word_at(s, b, j, "van"))
                            e = k;
                        break;
                    }
                    if (j >= b || !is_upper((unsigned char)s[j]) || (j > e && s[e] == '\n'))
                        break;
                    /* ("CD Mijnbouw/Groningen": two names in one) */
                    while (k < b && (ki_is_letter((unsigned char)s[k]) || s[k] == '-' || (unsigned char)s[k] >= 0x80 ||
                                     (s[k] == '/' && k + 1 < b && is_upper((unsigned char)s[k + 1]))))
                        k++;
                    if (k < b && ki_is_digit((unsigned char)s[k]))
                        break;
                    e = k;
                }
                if (e == i + strlen(vw) && vw[0] == 'C')
                    continue; /* "CD" is a commissiedebat only with its name */
                if (e == i + strlen(vw) || (e < b && s[e] != ' ')) {
                    *vs = i;
                    *ve = e;
                    return true;
                }
                /* a name that goes on in lower case: "AO Vreemdelingen- en
                 * asielbeleid van 7 december", "(WGO Hoger onderwijs, ...)" */
            } else if (!starts_ci(s, b, i, vw)) {
                continue;
            } else if (is_upper((unsigned char)s[i]) && is_upper((unsigned char)s[i + 1])) {
                continue; /* a header in capitals: "BRIEF VAN DE STAATSSECRETARIS" */
            }
            e = i + strlen(vw);
            /* "deze brief" is the text itself, not where a promise was made */
            if (letter_venue(vw) && i >= a + 5 && starts_ci(s, i, i - 5, "deze "))
                continue;
            /* a compound's head: "het POC-debat", "het MIRT-overleg" ("overleg"
             * alone is no venue) */
            size_t pre = i;
            if (i > a + 1 && s[i - 1] == '-' && ki_is_letter((unsigned char)s[i - 2])) {
                pre = i - 1;
                while (pre > a && ki_is_letter((unsigned char)s[pre - 1]))
                    pre--;
            }
            if (strcmp(vw, "overleg") == 0 && pre == i)
                continue;
            if (strcmp(vw, "beantwoording") == 0 || strncmp(vw, "antwoord", 8) == 0) {
                /* "beantwoording van (de) (schriftelijke) (Kamer)vragen" */
                size_t k = e, q;
                for (int g = 0; g < 4; g++) {
                    size_t j = ki_skip_blank(s, b, k);
                    if ((q = word_at(s, b, j, "van")) || (q = word_at(s, b, j, "de")) ||
                        (q = word_at(s, b, j, "schriftelijke")) || (q = word_at(s, b, j, "mondelinge")))
                        k = q;
                    else if ((q = word_at(s, b, j, "Kamervragen")) || (q = word_at(s, b, j, "vragen"))) {
                        k = q;
                        break;
                    } else
                        break;
                }
                *vs = i;
                *ve = k;
                return true;
            }
            if (e < b && ki_is_letter((unsigned char)s[e]) && !(strcmp(vw, "debat") == 0))
                continue;
            if (starts_ci(s, b, e, "te")) /* the verb: "debatteerde", "debatteren" */
                continue;
            /* the venue's name runs to a date, "om", "dat", a comma... */
            size_t k = e, le;
            while (k < b) {
                unsigned char c = (unsigned char)s[k];
                /* (a name that lists: "commissiedebat Discriminatie, racisme
                 * en mensenrechten van 5 februari") */
                if (c == ',' && k > e + 1 && (le = listed_name_end(s, b, k)) > k) {
                    k = le;
                    continue;
                }
                if (c == ',' || c == ';' || c == ':')
                    break;
                if (c == '(' && k > e && ki_is_blank((unsigned char)s[k - 1]) && k + 1 < b &&
                    (!(s[k + 1] >= 'a' && s[k + 1] <= 'z') || starts_ci(s, b, k + 1, "d.d")))
                    break; /* "(CD ...)", "(d.d. 26-02-2026)"; not "(on)veiligheid" */
                if (c == '.' && (k + 1 >= b || ki_is_blank((unsigned char)s[k + 1])))
                    break;
                if (ki_is_blank(c)) {
                    size_t j = ki_skip_blank(s, b, k), q;
                    if (starts_ci(s, b, j, "in de Tweede Kamer") || starts_ci(s, b, j, "in de Eerste Kamer") ||
                        starts_ci(s, b, j, "in uw Kamer"))
                        break;
                    if (starts_ci(s, b, j, "d.d.") || venue_stop_at(s, b, j))
                        break;
                    if (((q = word_at(s, b, j, "op")) || (q = word_at(s, b, j, "van")) ||
                         (q = word_at(s, b, j, "d.d"))) && weekday_end(s, b, ki_skip_blank(s, b, q)))
                        break; /* "van maandag 2 december" */
                    if ((q = word_at(s, b, j, "van")) &&
                        (word_at(s, b, ki_skip_blank(s, b, q), "vorige") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "vorig") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "afgelopen") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "gisteren") ||
                         word_at(s, b, ki_skip_blank(s, b, q), "eerder")))
                        break; /* "van vorige maand" is when, not which */
                    if (((q = word_at(s, b, j, "op")) || (q = word_at(s, b, j, "van")) ||
                         (q = word_at(s, b, j, "d.d"))) && ki_is_digit((unsigned char)s[ki_skip_blank(s, b, q)])) {
                        if (strcmp(vw, "Kamerbrief") == 0 || (letter_venue(vw) && word_at(s, b, j, "van"))) {
                            ki_date d;
                            size_t ds = ki_skip_blank(s, b, q);
                            size_t dl = ki_date_parse(s + ds, b - ds, false, &d);
                            if (dl) {
                                k = ds + dl;
                                continue;
                            }
                        }
                        break;
                    }
                    /* a year that is part of the name: "wetgevingsoverleg
                     * Fiscale verzamelwet 2027", "de Defensiebegroting 2027" */
                    if (ki_is_digit((unsigned char)s[j]) && j > e + 1 && j + 4 <= b &&
                        (s[j] == '1' || s[j] == '2') && ki_is_digit((unsigned char)s[j + 1]) &&
                        ki_is_digit((unsigned char)s[j + 2]) && ki_is_digit((unsigned char)s[j + 3]) &&
                        (j + 4 == b || !ki_is_letter((unsigned char)s[j + 4])) &&
                        (j + 4 == b || !ki_is_digit((unsigned char)s[j + 4])) && !ki_is_digit((unsigned char)s[k - 1])) {
                        k = j + 4;
                        continue;
                    }
                    if (ki_is_digit((unsigned char)s[j]))
                        break;
                }
                if (k - i > 120)
                    break;
                k++;
            }
            while (k > e && ki_is_blank((unsigned char)s[k - 1]))
                k--;
            /* not a footnote mark glued to its year ("brief van 26 mei 20235") */
            size_t dg = k;
            while (dg > e && ki_is_digit((unsigned char)s[dg - 1]))
                dg--;
            if ((k - dg == 5 || k - dg == 6) && (s[dg] == '1' || s[dg] == '2') && dg > e && s[dg - 1] == ' ')
                k = dg + 4;
            *vs = pre;
            *ve = k;
            return true;
        }
    }
    return false;
}

typedef struct actors {
    const char *v[8];
    size_t n;
} actors;

static void actor_add(actors *a, const char *x)
{
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->v[i], x) == 0)
            return;
    if (a->n < 8)
        a->v[a->n++] = x;
}

/* A title a scanner broke over a line ("de minister voor Volkshuisvesting
 * en Ruimte- lijke Ordening"): read with the breaks joined; *used is
 * counted in s.  NULL when there is no break or still no title. */
static const char *actor_parse_joined(const char *s, size_t i, size_t b, size_t *used)
{
    size_t t = i;
    if (starts_ci(s, b, t, "de "))
        t += 3;
    if (!starts_ci(s, b, t, "minister") && !starts_ci(s, b, t, "staatssecretaris"))
        return NULL;
    size_t lim = b - i < 160 ? b : i + 160;
    const char *dash = memchr(s + i, '-', lim - i);
    if (!dash)
        return NULL;
    char buf[200];
    size_t map[200];
    size_t k = 0, j = i;
    bool joined = false;
    while (j < b && k < sizeof buf - 1) {
        if (s[j] == '-' && j > i && ki_is_letter((unsigned char)s[j - 1])) {
            size_t q = j + 1;
            while (q < b && ki_is_blank((unsigned char)s[q]) && q - j < 4)
                q++;
            if (q > j + 1 && q < b && s[q] >= 'a' && s[q] <= 'z') {
                j = q; /* "Ruimte- lijke" -> "Ruimtelijke" */
                joined = true;
                continue;
            }
        }
        map[k] = j;
        buf[k++] = s[j++];
    }
    if (!joined)
        return NULL;
    buf[k] = '\0';
    size_t u = 0;
    const char *ab = ki_actor_parse(buf, k, &u);
    if (!ab || u == 0)
        return NULL;
    *used = (u < k ? map[u] : j) - i;
    return ab;
}

/* Abbreviations and written titles in s[a..b), in order. */
static void find_actors(struct ki_scan *sc, size_t a, size_t b, actors *out)
{
    const char *s = sc->s;
    for (size_t i = a; i < b; i++) {
        /* every actor below begins with d, m or s in either case: the
         * byte first, then whether it starts a word */
        unsigned char c = (unsigned char)s[i];
        if ((c | 0x20) != 'd' && (c | 0x20) != 'm' && (c | 0x20) != 's')
            continue;
        if (i > a && (ki_is_letter((unsigned char)s[i - 1]) || ki_is_digit((unsigned char)s[i - 1])))
            continue;
        size_t used;
        if (c == 'M' || c == 'S') {
            size_t e = i;
            while (e < b && e - i < 6 && ki_is_letter((unsigned char)s[e]) && (unsigned char)s[e] < 0x80)
                e++;
            const char *ab = ki_actor_abbrev(s + i, e - i);
            if (ab && !(e < b && ki_is_letter((unsigned char)s[e]))) {
                actor_add(out, ab);
                i = e;
                continue;
            }
            /* the long forms some ministries write: "MinVWS", "MinOCW", "StasJenV" */
            size_t pre = starts_ci(s, b, i, "Min") ? 3 : starts_ci(s, b, i, "Stas") ? 4 : 0;
            if (pre && i + pre < b && is_upper((unsigned char)s[i + pre])) {
                char tmp[12];
                size_t k = 0;
                tmp[k++] = (char)c;
                for (e = i + pre; e < b && k < sizeof tmp - 1 && ki_is_letter((unsigned char)s[e]) &&
                                  (unsigned char)s[e] < 0x80;
                     e++)
                    tmp[k++] = s[e];
                if (!(e < b && ki_is_letter((unsigned char)s[e])) && (ab = ki_actor_abbrev(tmp, k))) {
                    actor_add(out, ab);
                    i = e;
                    continue;
                }
            }
        }
        if (c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 's' || c == 'S') {
            const char *ab = ki_actor_parse(s + i, b - i, &used);
            if (ab) {
                actor_add(out, ab);
                i += used;
            } else if ((ab = actor_parse_joined(s, i, b, &used))) {
                actor_add(out, ab);
                i += used;
            }
        }
    }
}

/* "ik"/"wij" of the signer: its abbreviation when the document names it,
 * and both when two sign ("Wij zeggen toe ...") */
static void actor_self(struct ki_scan *sc, actors *a)
{
    if (sc->meta.cosigner)
        actor_add(a, sc->meta.cosigner);
    if (sc->meta.signer)
        actor_add(a, sc->meta.signer);
}

/* "ik" at pos in Handelingen: the speaker.  Under "Staatssecretaris Van
 * Oosten:" that is the bewindspersoon whose title the text gave last ("Het
 * woord is aan de staatssecretaris van Justitie en Veiligheid"); under a
 * member or the chair no one who can promise: false.  Elsewhere the
 * signer. */
static bool actor_self_at(struct ki_scan *sc, size_t pos, actors *a)
{
    const char *s = sc->s;
    size_t n = sc->n;
    bool hand = sc->meta.kind && strcmp(sc->meta.kind, "handelingen") == 0;
    size_t ls = line_start(s, pos);
    for (int k = 0; k < 80 && ls > 0; k++) {
        ls = line_start(s, ls - 1);
        size_t le = line_end(s, n, ls), t = le;
        while (t > ls && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        if (t == ls || s[t - 1] != ':' || t - ls > 80 || !is_upper((unsigned char)s[ls]))
            continue;
        /* a speaker's label */
        char rank = 0;
        size_t used;
        if (starts_ci(s, t, ls, "minister") || starts_ci(s, t, ls, "de minister"))
            rank = 'M';
        else if (starts_ci(s, t, ls, "staatssecretaris") || starts_ci(s, t, ls, "de staatssecretaris"))
            rank = 'S';
        if (!rank && !hand)
            break; /* a letter's "Toezeggingen:": its signer */
        if (!rank)
            return false; /* a member or the chair: no commitment */
        const char *ab = ki_actor_parse(s + ls, t - ls, &used);
        if (ab) {
            actor_add(a, ab);
            return true;
        }
        /* the title the text gave last, of the same rank */
        size_t b0 = ls > 3000 ? ls - 3000 : 0;
        actors seen = {{0}, 0};
        find_actors(sc, b0, ls, &seen);
        for (size_t i = seen.n; i > 0; i--)
            if (seen.v[i - 1][0] == rank) {
                actor_add(a, seen.v[i - 1]);
                return true;
            }
        if (sc->meta.signer && sc->meta.signer[0] == rank)
            actor_add(a, sc->meta.signer);
        return true;
    }
    if (!hand)
        actor_self(sc, a);
    return true;
}

/* Footnote refs: markers "*", "[^N]", "^N" or a number glued to a word in
 * s[a..b) lead to the footnote line; the ids in it are appended. */
static void footnote_refs(struct ki_scan *sc, size_t a, size_t b, const char **ids, size_t *nids,
                          size_t cap)
{
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t i = a; i < b; i++) {
        char key[16] = "";
        if (s[i] == '*' && (i == 0 || ki_is_blank((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80) &&
            (i + 1 >= n || ki_is_blank((unsigned char)s[i + 1])))
            snprintf(key, sizeof key, "*");
        else if (s[i] == '^' && i + 1 < b && ki_is_digit((unsigned char)s[i + 1])) {
            size_t e = i + 1;
            while (e < b && ki_is_digit((unsigned char)s[e]) && e - i < 4)
                e++;
            snprintf(key, sizeof key, "[^%.*s]", (int)(e - i - 1), s + i + 1);
        } else if (ki_is_digit((unsigned char)s[i]) && i > a &&
                   (ki_is_letter((unsigned char)s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ',') &&
                   (unsigned char)s[i - 1] < 0x80 && !ki_is_digit((unsigned char)s[i - 1])) {
            size_t e = i;
            while (e < b && ki_is_digit((unsigned char)s[e]) && e - i < 3)
                e++;
            if (e - i <= 2 && (e >= n || ki_is_blank((unsigned char)s[e]) || s[e] == ',' || s[e] == '.'))
                snprintf(key, sizeof key, "[^%.*s]", (int)(e - i), s + i);
        }
        if (!key[0])
            continue;
        /* the footnote line: at a line start, "* " or "[^N] ", after the marker */
        if (!sc->fn_built) {
            sc->fn_built = true;
            size_t fcap = 0;
            for (size_t ls = 0; ls < n; ls = line_end(s, n, ls) + 1) {
                size_t j = ls;
                while (j < n && (s[j] == ' ' || s[j] == '\t'))
                    j++;
                size_t kl = 0;
                if (j + 1 < n && s[j] == '*' && ki_is_blank((unsigned char)s[j + 1]))
                    kl = 1;
                else if (j + 3 < n && s[j] == '[' && s[j + 1] == '^') {
                    size_t e = j + 2;
                    while (e < n && ki_is_digit((unsigned char)s[e]) && e - j < 6)
                        e++;
                    if (e < n && s[e] == ']' && e > j + 2)
                        kl = e + 1 - j;
                }
                if (kl) {
                    if (sc->nfn == fcap) {
                        fcap = fcap ? fcap * 2 : 16;
                        struct fnline *v = realloc(sc->fn, fcap * sizeof *v);
                        if (!v)
                            break; /* footnote refs are a bonus: go without */
                        sc->fn = v;
                    }
                    struct fnline *f = &sc->fn[sc->nfn++];
                    snprintf(f->key, sizeof f->key, "%.*s", (int)kl, s + j);
                    f->ls = j;
                    f->le = line_end(s, n, ls);
                }
                if (line_end(s, n, ls) >= n)
                    break;
            }
        }
        for (size_t f = 0; f < sc->nfn; f++) {
            if (sc->fn[f].ls <= i || strcmp(sc->fn[f].key, key) != 0)
                continue;
            size_t j = sc->fn[f].ls, le = sc->fn[f].le;
            const ki_refs *r = sc->r;
            for (size_t k = 0; k < r->nkamerstukken && *nids < cap; k++)
                if (r->kamerstukken[k].span.start >= j && r->kamerstukken[k].span.start < le)
                    ids[(*nids)++] = r->kamerstukken[k].id;
            for (size_t k = 0; k < r->nhandelingen && *nids < cap; k++)
                if (r->handelingen[k].span.start >= j && r->handelingen[k].span.start < le)
                    ids[(*nids)++] = r->handelingen[k].id;
            break;
        }
    }
}

/* ---- the document ---- */

static ki_status scan_windows(struct ki_scan *sc, const hits *h)
{
    ki_detector *d = sc->d;
    const char *s = sc->s;
    size_t n = sc->n;
    size_t consumed = 0;
    for (size_t i = 0; i < h->n;) {
        if (!(h->v[i].kind & HIT_NUM)) {
            i++;
            continue;
        }
        /* a reference starts at most ~80 bytes before its anchor
         * ("Kamerstukken II, vergaderjaar 2019-2020, 35 300 XV, nr.") and
         * no later than a few bytes after it ("(21501-32-1740)") */
        size_t ws = h->v[i].pos > WIN_BEFORE ? h->v[i].pos - WIN_BEFORE : 0;
        size_t we = h->v[i].pos + WIN_AFTER;
        size_t j = i + 1;
        for (; j < h->n; j++) {
            if (!(h->v[j].kind & HIT_NUM))
                continue;
            if (h->v[j].pos > we + WIN_BEFORE)
                break;
            we = h->v[j].pos + WIN_AFTER;
        }
        i = j;
        if (we > n)
            we = n;
        if (ws < consumed)
            ws = consumed;
        ws = cp_fwd(s, n, ws);
        size_t len = we + 240 < n ? cp_fwd(s, n, we + 240) : n;
        size_t off = ws;
        while (off < we) {
            const struct matcher *m = NULL;
            /* the prefix memo of the rows without their lookbehinds */
            int rc = run_pairs(d, &d->scan_all, d->scan_split ? d->scan_for : NULL, &m, &d->scan_pair,
                               false, s, len, off, we, d->scan_wide, d->scan_wide ? d->scan_memo : NULL);
            if (rc == PCRE2_ERROR_NOMATCH)
                break;
            if (rc < 0) {
                if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                    rc == PCRE2_ERROR_JIT_STACKLIMIT) {
                    char w[96];
                    snprintf(w, sizeof w, "pattern work limit reached near byte %zu", off);
                    if (sc->r->nwarnings < 20 && ki_refs_warn(sc->r, w))
                        return KI_ERR_NOMEM;
                    off = cp_fwd(s, n, off + 64);
                    continue;
                }
                return KI_ERR_PATTERN;
            }
            /* m is the whole pattern's or a subset's: see scan_sets() */
            const struct scanset *x = m == &d->scan_all ? &d->scanset[0] : (const struct scanset *)m;
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(x->m.md);
            uint32_t ovn = pcre2_get_ovector_count(x->m.md);
            if (ov[0] >= we)
                break;
            int pid = -1;
            for (int p = 0; p < NSCAN; p++) {
                uint32_t g = x->group[p];
                if (g && g < ovn && ov[2 * g] != PCRE2_UNSET) {
                    pid = p;
                    break;
                }
            }
            size_t ms = ov[0], me = ov[1];
            /* trailing blanks are not part of the reference */
            while (me > ms && ki_is_blank((unsigned char)s[me - 1]))
                me--;
            if (pid >= 0 && me > ms) {
                ki_hit mh = {x->m.re, ov, ovn, s, ms, me, pid, &x->names};
                sc->resume = 0;
                ki_status st = ki_patterns[pid].canon(sc, &mh);
                if (st)
                    return st;
            }
            size_t next = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            if (sc->resume > next)
                next = sc->resume;
            off = cp_fwd(s, n, next);
        }
        if (off > consumed)
            consumed = off;
    }
    return KI_OK;
}

/* A word of w..e (letters only, any case) among the lower-case list. */
static bool word_in_list(const char *s, size_t w, size_t e, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == e - w && starts_ci(s, e, w, *list))
            return true;
    return false;
}

/* The end of the word (letters and UTF-8 bytes) that starts at i. */
static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n && (ki_is_letter((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
        i++;
    return i;
}

/* Whether the word s[a, b) ends as an adjective before a noun does
 * ("Europese", "Nationale", "Caribische", "Wettelijke"). */
static bool adjective_word(const char *s, size_t a, size_t b)
{
    if (b - a < 5)
        return false;
    char t[8];
    for (size_t k = 0; k < 5; k++)
        t[k] = (char)ki_lower((unsigned char)s[b - 5 + k]);
    t[5] = '\0';
    bool cons = strchr("aeiouys", t[2]) == NULL;
    return (t[3] == 's' && t[4] == 'e' && (cons || t[2] == 'e')) || strcmp(t + 2, "ale") == 0 ||
           strcmp(t + 1, "sche") == 0 || strcmp(t, "lijke") == 0;
}

/* Whether the word s[a, b) ends as a noun of a title does ("Samenvoeging",
 * "Herindeling", "Veiligheid", "Participatie"). */
static bool noun_word(const char *s, size_t a, size_t b)
{
    static const char *const noun_end[] = {"ging", "ering", "eling", "ning", "ming", "king", "ding", "heid",
                                           "schap", "tie", "isme", "teit", NULL};
    for (const char *const *e = noun_end; *e; e++) {
        size_t l = strlen(*e);
        if (b - a > l + 2 && starts_ci(s, b, b - l, *e))
            return true;
    }
    return false;
}

/* Whether the word s[a, b) is a common noun by its head, which no surname
 * ends in: a compound's last part ("Vreemdelingenbeleid", "Klimaatakkoord",
 * "Stikstof", "Omgevingswet", "Actieplan") or an abstract noun's suffix
 * ("Bestaanszekerheid", "Burgerschap", "Racisme", "Kwaliteit",
 * "Participatie"), at least three letters before it ("Kaplan" is a name). */
static bool topic_head(const char *s, size_t a, size_t b)
{
    static const char *const head[] = {"beleid", "akkoord", "stof", "wet", "plan", "fonds", "zorg", "recht",
                                       "markt", "vervoer", "verkeer", "onderwijs", "wezen", "stelsel", "agenda",
                                       "heid", "schap", "isme", "teit", "tie", NULL};
    for (const char *const *h = head; *h; h++) {
        size_t l = strlen(*h);
        if (b - a >= l + 3 && starts_ci(s, b, b - l, *h))
            return true;
    }
    return false;
}

/* Whether the capitalised word s[a, b) is written as a member's name within
 * TOPIC_WIN bytes of a: after "lid", "leden", "de heer", "mevrouw", "motie-"
 * or a slash ("motie-Jansen/Stikstof"), or before a party in brackets, "c.s."
 * or a slash. */
#define TOPIC_WIN 30000
static bool named_as_member(const char *s, size_t n, size_t a, size_t b)
{
    size_t l = b - a, lo = a > TOPIC_WIN ? a - TOPIC_WIN : 0, hi = a + TOPIC_WIN < n ? a + TOPIC_WIN : n;
    static const char *const before[] = {"lid ", "leden ", "heer ", "mevrouw ", "motie-", "moties-", "/", NULL};
    /* the word's places, by memmem: the window is long */
    const char *found;
    for (size_t i = lo; i + l <= hi && (found = memmem(s + i, hi - i, s + a, l)); i++) {
        i = (size_t)(found - s);
        if ((i > 0 && ki_is_letter((unsigned char)s[i - 1])) ||
            (i + l < n && (ki_is_letter((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0x80)))
            continue;
        for (const char *const *w = before; *w; w++) {
            size_t wl = strlen(*w);
            if (i >= wl && starts_ci(s, i, i - wl, *w) && (wl == 1 || i == wl || !ki_is_letter((unsigned char)s[i - wl - 1])))
                return true;
        }
        size_t k = i + l;
        if (k < n && s[k] == '/')
            return true;
        k = ki_skip_blank(s, n, k);
        if (k + 1 < n && s[k] == '(' && is_upper((unsigned char)s[k + 1]))
            return true;
        if (starts_ci(s, n, k, "c.s."))
            return true;
    }
    return false;
}

/* Whether the capitalised word s[a, b) is written in lower case as a word
 * of its own within TOPIC_WIN bytes: a common noun ("de motie Stikstof" in a
 * letter about "stikstof"), which a surname seldom is. */
static bool written_lower(const char *s, size_t n, size_t a, size_t b)
{
    size_t l = b - a, lo = a > TOPIC_WIN ? a - TOPIC_WIN : 0, hi = a + TOPIC_WIN < n ? a + TOPIC_WIN : n;
    if (l < 4 || !is_upper((unsigned char)s[a]))
        return false;
    char c0 = (char)ki_lower((unsigned char)s[a]);
    /* the word's places after its first letter, by memmem (the window is
     * long); that letter in lower case before */
    const char *found;
    for (size_t j = lo + 1; j + l - 1 <= hi && (found = memmem(s + j, hi - j, s + a + 1, l - 1)); j++) {
        j = (size_t)(found - s);
        size_t i = j - 1;
        if (s[i] == c0 &&
            !(i > 0 && (ki_is_letter((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80 || s[i - 1] == '-')) &&
            !(i + l < n && (ki_is_letter((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0x80 || s[i + l] == '-')))
            return true;
    }
    return false;
}

/* Whether the capitalised word s[a, b) stands elsewhere within TOPIC_WIN
 * bytes right after a preposition of place ("in Europa", "naar Groningen",
 * "binnen Nederland"): a place, which a member's surname never follows. */
static bool after_place_word(const char *s, size_t n, size_t a, size_t b)
{
    static const char *const prep[] = {"in", "uit", "naar", "binnen", "buiten", NULL};
    size_t l = b - a, lo = a > TOPIC_WIN ? a - TOPIC_WIN : 0, hi = a + TOPIC_WIN < n ? a + TOPIC_WIN : n;
    for (size_t i = lo; i + l <= hi; i++) {
        if (i == a || s[i] != s[a] || memcmp(s + i, s + a, l) != 0 || i < 3 || s[i - 1] != ' ' ||
            (i + l < n && (ki_is_letter((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0x80)))
            continue;
        size_t e = i - 1, w = e;
        while (w > lo && ki_is_letter((unsigned char)s[w - 1]))
            w--;
        if (w < e && word_in_list(s, w, e, prep) && (w == 0 || !ki_is_letter((unsigned char)s[w - 1])))
            return true;
    }
    return false;
}

/*
 * Whether a lone name right after "motie" or "motie-" (s[ns..ne), no party,
 * no c.s., no second name) is a sponsor: the capital alone does not say so.
 * "Stemming motie Europese top over ...", "Motie Stikstof en natuur",
 * "motie Samenvoeging van de gemeenten ...": a title, whose first word is
 * an adjective ("Europese", "Nationale") or is followed by a noun.  A name
 * is followed by what follows a name: "over", "c.s.", a bracket, a comma, a
 * verb ("is aangenomen", "verzoekt"), "en" with another name, the end of
 * the line, or a verb and its subject ("De motie-Kops acht ik ...").  In a
 * title (the line opens with "motie", "Stemming motie"), "en", "of" or a
 * preposition with an article and a noun ("en natuur", "van de gemeenten",
 * "op de kinderopvang") go on with the title.
 */
static bool bare_name_backed(const char *s, size_t n, size_t ns, size_t ne, bool title, bool dash)
{
    static const char *const fn[] = {
        "over", "inzake", "met", "om", "is", "was", "wordt", "werd", "worden", "werden", "zijn", "waren",
        "heeft", "had", "hebben", "heb", "kan", "kon", "kunnen", "zal", "zullen", "zou", "moet", "mag", "die",
        "dat", "waarin",
        "waarmee", "waarbij", "waarvan", "waarop", "waarover", "ter", "tot", "uit", "in", "op", "aan",
        "bij", "voor", "na", "naar", "als", "niet", "nog", "ook", "al", "reeds", "inmiddels", "verzoekt",
        "vraagt", "verzocht", "vroeg", "roept", "riep", "beoogt", "beoogde", "houdende", "luidt", "stelt",
        "gaat", "ging", "betreft", "betrof", "draagt", "wil", "wilde", "vergt", "behelst", "tevens",
        "eveneens", "daarover", "hierover", "destijds", "toen", "zelf", "aangenomen", "verworpen",
        "aangehouden", "ingetrokken", "ingediend", "uitgevoerd", "afgedaan", "gewijzigd", "en", "of",
        "van", "de", "het", "een", "deze", "dit",
        /* adverbs before the verb: "heb ik de motie-Klaver volledig uitgevoerd" */
        "volledig", "deels", "gedeeltelijk", "grotendeels", "geheel", "daarmee", "hiermee", "echter",
        "dan", "nu", "thans", "wel", "dus", "verder", "namelijk", "overigens", "eerder", "later", "alsnog",
        "eerst", "vandaag", "gisteren", "mede", NULL};
    static const char *const subj[] = {"ik", "wij", "we", "u", "hij", "zij", "het", NULL};
    /* the first word: "Europese", "Nationale", "Nederlandse", "Caribische" */
    size_t w = ns;
    while (w < ne && ki_is_letter((unsigned char)s[w]))
        w++;
    for (size_t x = ns; x < ne; x++)
        if (s[x] == '(' || s[x] == '/' || s[x] == ',' || s[x] == '&' || word_at(s, ne, x, "en") ||
            starts_ci(s, ne, x, "c.") || word_at(s, ne, x, "cs"))
            return true;
    /* a surname with its prefix ("Van Dam", "De Graaf", "Ter Horst", "Van
     * der Werf"): no title opens so, unless the word after the prefixes is
     * an adjective or a noun ("De Europese ...") */
    {
        static const char *const pfx[] = {"van", "de", "der", "den", "ter", "ten", "te", NULL};
        size_t x = ns, we = w;
        bool had = false;
        while (we > x && word_in_list(s, x, we, pfx)) {
            had = true;
            x = ki_skip_blank(s, ne, we);
            we = x;
            while (we < ne && ki_is_letter((unsigned char)s[we]))
                we++;
        }
        if (had && we > x && is_upper((unsigned char)s[x])) {
            if (!adjective_word(s, x, we) && !noun_word(s, x, we))
                return true;
            ns = x;
            w = we;
        }
    }
    if (adjective_word(s, ns, w))
        return false;
    /* a common noun by its head ("de motie Vreemdelingenbeleid is ...");
     * after "motie " (a name is written "motie-X") also one the text writes
     * in lower case, or as a place ("in Europa"), and never as a member's
     * name ("de motie Stikstof" in a letter about stikstof) */
    if (topic_head(s, ns, w) ||
        (!dash && (written_lower(s, n, ns, w) || after_place_word(s, n, ns, w)) && !named_as_member(s, n, ns, w)))
        return false;
    /* a noun's ending ("Samenvoeging", "Herindeling", "Veiligheid",
     * "Participatie"): a title, unless what follows is "over" or a verb */
    if (noun_word(s, ns, w)) {
        static const char *const strong[] = {"over", "inzake", "is", "was", "wordt", "werd", "worden", "werden",
                                             "heeft", "had", "verzoekt", "vraagt", "verzocht", "aangenomen",
                                             "verworpen", "aangehouden", "ingetrokken", "uitgevoerd", NULL};
        size_t x = ki_skip_blank(s, n, ne);
        return x < n && word_in_list(s, x, word_end(s, n, x), strong);
    }
    /* "Motie Mei Li Vos is ...": further capitalised words of the name */
    size_t i = ne;
    for (int caps = 0;; caps++) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || (unsigned char)s[i] == 0xA0 || (unsigned char)s[i] == 0xC2))
            i++;
        if (i >= n || s[i] == '\n' || s[i] == '\r')
            return true; /* the end of the line */
        if (!is_upper((unsigned char)s[i]) || caps == 2)
            break;
        i = word_end(s, n, i);
    }
    if (!ki_is_letter((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
        return true; /* a bracket, a comma, a full stop, a number */
    if (is_upper((unsigned char)s[i]))
        return false;
    size_t e = word_end(s, n, i);
    size_t j = ki_skip_blank(s, n, e);
    size_t je = word_end(s, n, j);
    /* "De motie-Kops acht ik ...": a verb and its subject */
    if (je > j && word_in_list(s, j, je, subj) && (je >= n || !ki_is_letter((unsigned char)s[je])))
        return true;
    if (!word_in_list(s, i, e, fn))
        return false;
    static const char *const prep[] = {"van", "op", "voor", "in", "bij", "aan", "naar", "tegen", "tussen", NULL};
    bool pr = word_in_list(s, i, e, prep);
    if (title && (word_at(s, e, i, "en") || word_at(s, e, i, "of") || pr)) {
        /* "en natuur": a title; "en Mutluer", "en de motie ...": names */
        if (j >= n || !ki_is_letter((unsigned char)s[j]) || is_upper((unsigned char)s[j]))
            return true;
        if (pr && !word_in_list(s, j, je, fn))
            return true; /* "van vorige week", "op stuk nr. 24" */
        if (pr) {
            /* "van de gemeenten", "op de kinderopvang": a title; "van de SP": a name */
            size_t k = ki_skip_blank(s, n, je);
            return k < n && (is_upper((unsigned char)s[k]) || ki_is_digit((unsigned char)s[k]));
        }
        return word_in_list(s, j, je, fn);
    }
    return true;
}

/* Whether "motie" at pos opens the title of an item: on its line before it
 * only a number, a bullet or "Stemming(en)" ("14 Stemming motie ...",
 * "- Motie ..."). */
static bool item_title(const char *s, size_t pos)
{
    size_t i = line_start(s, pos);
    while (i < pos) {
        size_t e;
        if (ki_is_blank((unsigned char)s[i]) || ki_is_digit((unsigned char)s[i]) || strchr("-*.)", s[i]))
            i++;
        else if ((e = word_at(s, pos, i, "Stemming")) || (e = word_at(s, pos, i, "Stemmingen")))
            i = e;
        else if ((unsigned char)s[i] == 0xE2 && i + 2 < pos) /* a bullet "•" */
            i += 3;
        else
            return false;
    }
    return true;
}

/* Finds motion and commitment triggers around their anchors. */
static ki_status find_triggers(struct ki_scan *sc, const hits *h, motinfo **mv, size_t *nm,
                               cominfo **cv, size_t *nc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t mcap = 0, ccap = 0, mlast = 0, clast = 0;
    for (size_t i = 0; i < h->n; i++) {
        size_t p = h->v[i].pos;
        if (*nm >= MAX_ITEMS || *nc >= MAX_ITEMS) {
            if (ki_refs_warn(sc->r, "too many motions or commitments; the rest are not read"))
                return KI_ERR_NOMEM;
            break;
        }
        if (h->v[i].kind & HIT_MOT) {
            if (p < mlast)
                continue;
            ki_hit hh;
            if (!match_around(sc, KI_P_MOTION, p, mlast, 13, 600, &hh))
                continue;
            const PCRE2_SIZE *ov = hh.ov;
            motinfo mi;
            memset(&mi, 0, sizeof mi);
            mi.start = ov[0];
            mi.end = ov[1];
            const char *gp;
            size_t gl;
            if (group(&hh, "names", &gp, &gl)) {
                mi.names_s = (size_t)(gp - s);
                mi.names_e = mi.names_s + gl;
            } else {
                mi.names_s = mi.names_e = mi.end;
            }
            char kw[8] = "", pl[4] = "", gew[16] = "";
            gstr(&hh, "kw", kw, sizeof kw);
            gstr(&hh, "pl", pl, sizeof pl);
            mi.gew = gstr(&hh, "gew", gew, sizeof gew);
            mi.plural = pl[0] != '\0';
            if (mi.plural && mi.names_s < mi.names_e && mi.names_s > 0) {
                /* "moties Femicide": plural names only after "van het lid" or a dash */
                size_t b = mi.names_s;
                while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
                    b--;
                /* ... nor before their numbers in a list: "de moties Dik-Faber
                 * (Kamerstuk 32 793, nr. 176) en Wolbert (...)" */
                size_t o = ki_skip_blank(s, n, mi.names_e);
                bool numbered = o < n && s[o] == '(' && kst_in(sc, o, o + 16) >= 0;
                const char *cl = numbered ? memchr(s + o, ')', (n - o < 80 ? n - o : 80)) : NULL;
                if (cl) {
                    size_t q = ki_skip_blank(s, n, (size_t)(cl - s) + 1), e;
                    if (q < n && s[q] == ',')
                        q = ki_skip_blank(s, n, q + 1);
                    if ((e = word_at(s, n, q, "en")))
                        q = ki_skip_blank(s, n, e);
                    if (q < n && s[q] == '-')
                        q++;
                    numbered = q < n && is_upper((unsigned char)s[q]);
                } else {
                    numbered = false;
                }
                if (!(b >= 3 && (starts_ci(s, n, b - 3, "lid") || starts_ci(s, n, b - 5, "leden"))) &&
                    !(b > 0 && s[b - 1] == '-') && !numbered)
                    mi.names_s = mi.names_e = mi.end = b;
            }
            if (!mi.plural && strcmp(kw, "MOTIE") != 0 && mi.names_s < mi.names_e && group(&hh, "kw", &gp, &gl)) {
                /* "Stemming motie Europese top", "motie-Europese top": no sponsor */
                size_t b = (size_t)(gp - s) + gl, x = b;
                while (x < mi.names_s && (ki_is_blank((unsigned char)s[x]) || s[x] == '-'))
                    x++;
                bool dash = false;
                for (size_t y = b; y < x; y++)
                    dash = dash || s[y] == '-';
                if (x == mi.names_s && !bare_name_backed(s, n, mi.names_s, mi.names_e, item_title(s, mi.start), dash))
                    mi.names_s = mi.names_e = mi.end = b;
            }
            /* "MOTIE VAN HET LID X" heads a motion; "BIJLAGE 3. MOTIES EN
             * TOEZEGGINGEN" heads an annex of many */
            mi.header = strcmp(kw, "MOTIE") == 0 && !mi.plural;
            mlast = mi.end;
            if (mi.names_s == mi.names_e) {
                /* "Deze motie is voorgesteld door de leden X en Y" */
                size_t bl = mi.end + 200 < n ? cp_fwd(s, n, mi.end + 200) : n;
                int rc = run_p(sc->d, KI_P_MOTION_BY, s, bl, cp_fwd(s, n, mi.end), KI_ANY, PCRE2_NO_UTF_CHECK);
                if (rc > 0) {
                    const PCRE2_SIZE *o2 = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_BY]);
                    ki_hit h2 = {sc->d->re[KI_P_MOTION_BY], o2,
                                 pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_BY]), s, o2[0], o2[1],
                                 KI_P_MOTION_BY, &sc->d->names[KI_P_MOTION_BY]};
                    if (o2[0] < sent_end(s, n, mi.end) && !group(&h2, "ond", &gp, &gl) &&
                        group(&h2, "names", &gp, &gl)) {
                        mi.names_s = (size_t)(gp - s);
                        mi.names_e = mi.names_s + gl;
                        mi.by = true;
                        mi.end = o2[1];
                        mlast = mi.end;
                    }
                }
            }
            if (*nm == mcap) {
                mcap = mcap ? mcap * 2 : 16;
                motinfo *v = realloc(*mv, mcap * sizeof *v);
                if (!v)
                    return KI_ERR_NOMEM;
                *mv = v;
            }
            (*mv)[(*nm)++] = mi;
        }
        if (h->v[i].kind & HIT_COM) {
            if (p < clast)
                continue;
            ki_hit hh;
            /* "zal", "zullen", "zijn voornemens" */
            /* a promise in other words: its subject stands before the
             * trigger, "heb ik" up to ten words before "aangegeven" */
            int c0 = ki_lower((unsigned char)s[p]);
            size_t other = c0 == 'a' || c0 == 'm' || c0 == 'l' ? 160 : c0 == 'o' || c0 == 'e' || c0 == 'v' ? 30 : 0;
            bool fut = c0 != 'a' && p + 1 < n &&
                       (s[p + 1] == 'a' || s[p + 1] == 'u' || ((s[p] == 'z' || s[p] == 'Z') && s[p + 1] == 'i'));
            /* "zegt de Kamer, naar aanleiding van een vraag van het lid X, toe" */
            fut = fut || (p + 4 < n && s[p + 3] == 't' && ki_is_blank((unsigned char)s[p + 4]));
            /* "Ik kom hier ... op terug": "terug" comes late; "Uw Kamer wordt
             * uiterlijk januari 2026 geïnformeerd": the subject comes early */
            fut = fut || s[p] == 'k' || s[p] == 'K';
            /* "geïnformeerd", "geinformeerd", "(toe)gezonden", "gestuurd",
             * "aangeboden": the participle ends a passive that began before */
            bool passive = s[p] == 'n' || (p >= 2 && (s[p - 1] == 'e' || s[p - 1] == 'E') &&
                                           (s[p] == 'i' || s[p] == 'I' || s[p] == 'z' || s[p] == 's'));
            if (c0 == 'a' && p + 4 < n && s[p + 4] == 'b')
                passive = true, other = 0;
            bool zegt = p + 4 < n && s[p + 3] == 't' && ki_is_blank((unsigned char)s[p + 4]);
            size_t ahead = zegt || (other && c0 != 'o') ? 400 : fut ? 320 : 80;
            /* "waarna ik uw Kamer spoedig zal informeren", "Ik streef ernaar
             * uw Kamer voor de zomer te informeren": the subject further
             * before "zal" or the verb */
            if (!match_around(sc, KI_P_COMMIT, p, clast, passive ? 140 : other ? other : 12, ahead, &hh) &&
                !(fut && (s[p] == 'z' || s[p] == 'Z') && match_around(sc, KI_P_COMMIT, p, clast, 60, ahead, &hh)) &&
                !(!passive && (s[p] == 'i' || s[p] == 'I') && match_around(sc, KI_P_COMMIT, p, clast, 160, ahead, &hh)))
                continue;
            const PCRE2_SIZE *ov = hh.ov;
            cominfo ci;
            memset(&ci, 0, sizeof ci);
            const char *gp;
            size_t gl;
            ci.start = ov[0];
            ci.end = ov[1];
            ci.form = group(&hh, "noun", &gp, &gl) ? 0 : group(&hh, "verb", &gp, &gl) ? 1
                    : group(&hh, "zal", &gp, &gl) ? 3 : group(&hh, "pres", &gp, &gl) ? 4 : 2;
            ci.advice = group(&hh, "tte", &gp, &gl);
            ci.passive = group(&hh, "sent", &gp, &gl);
            /* "Toezegging X: de minister zal de Kamer ... informeren" says
             * what an earlier trigger of the sentence promised */
            if ((ci.form == 3 || ci.form == 4) && *nc > 0 && (*cv)[*nc - 1].end > sent_start(s, n, ci.start))
                continue;
            clast = ci.end;
            if (*nc == ccap) {
                ccap = ccap ? ccap * 2 : 16;
                cominfo *v = realloc(*cv, ccap * sizeof *v);
                if (!v)
                    return KI_ERR_NOMEM;
                *cv = v;
            }
            (*cv)[(*nc)++] = ci;
        }
    }
    return KI_OK;
}

/* The first motion (commitment) trigger that starts at or after pos: both
 * arrays are in text order, so a sentence's triggers are found by binary
 * search, not by a walk over the whole document. */
static size_t mot_from(const motinfo *mv, size_t nm, size_t pos)
{
    size_t lo = 0, hi = nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (mv[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t com_from(const cominfo *cv, size_t nc, size_t pos)
{
    size_t lo = 0, hi = nc;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cv[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Start of the next motion/commitment trigger after pos, or n (both
 * arrays are in text order: binary search). */
static size_t next_trigger_f(const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                             size_t pos, size_t n, bool kept_only)
{
    size_t best = n, lo = mot_from(mv, nm, pos + 1);
    for (size_t i = lo; i < nm && i < lo + 8; i++)
        if (mv[i].names_s < mv[i].names_e || mv[i].by) {
            best = mv[i].start;
            break;
        }
    lo = com_from(cv, nc, pos + 1);
    while (kept_only && lo < nc && !cv[lo].keep)
        lo++;
    if (lo < nc && cv[lo].start < best)
        best = cv[lo].start;
    return best;
}

static size_t next_trigger(const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                           size_t pos, size_t n)
{
    return next_trigger_f(mv, nm, cv, nc, pos, n, false);
}

static int rel_rank(ki_relation r)
{
    switch (r) {
    case KI_REL_SETTLED: return 4;
    case KI_REL_PROGRESS: return 3;
    case KI_REL_ADDRESSED: return 2;
    case KI_REL_MADE: return 5;
    default: return 1;
    }
}

/* Whether the comma at s[x] starts another item of the sentence [.., se):
 * ", de motie-B", ", het lid X" is not one, ", de toezegging". */
static bool comma_item(const char *s, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc, size_t x,
                       size_t se)
{
    size_t w = ki_skip_blank(s, se, x + 1), e;
    if ((e = word_at(s, se, w, "de")) || (e = word_at(s, se, w, "het")))
        w = ki_skip_blank(s, se, e);
    for (size_t k = mot_from(mv, nm, w); k < nm && mv[k].start <= w; k++)
        if (mv[k].start == w && !mv[k].header)
            return true;
    for (size_t k = com_from(cv, nc, w); k < nc && cv[k].start <= w; k++)
        if (cv[k].start == w && cv[k].keep)
            return true;
    return false;
}

/* The clause [*ca, *cb) of the sentence [ss, se) that holds the item at
 * [ts, te): clauses end at ';', ", maar" and ", terwijl", and with weak
 * also at a comma before another item (comma_item()). */
static void clause_of(const char *s, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc, size_t ss,
                      size_t se, size_t ts, size_t te, bool weak, size_t *ca, size_t *cb)
{
    *ca = ss;
    *cb = se;
    for (size_t x = ss; x < se; x++) {
        if (x >= ts && x < te)
            continue;
        bool end = s[x] == ';';
        if (s[x] == ',') {
            size_t w = ki_skip_blank(s, se, x + 1);
            end = word_at(s, se, w, "maar") || word_at(s, se, w, "terwijl") ||
                  (weak && comma_item(s, mv, nm, cv, nc, x, se));
        }
        if (!end)
            continue;
        if (x < ts) {
            *ca = x + 1;
        } else {
            *cb = x;
            break;
        }
    }
}


/* An elliptic clause [ca, cb) around the item at [ts, te) (its words
 * [xs, xe) after it, such as its number, aside): "maar de
 * motie-B wel" gives 1, "maar de motie-B nog niet" 2 (-2 would be "niet"
 * alone, which says nothing more than no cue: 0), anything else 0.  Only
 * the item, "wel"/"(nog) niet" and "en", "maar", "ook" may stand in it. */
static int elliptic_turn(const char *s, size_t ca, size_t cb, size_t ts, size_t te, size_t xs, size_t xe)
{
    if (xs <= te && xe > te)
        te = xe; /* its number: "maar de motie (36512, nr. 77) nog niet" */
    static const char *const filler[] = {"maar", "en", "de", "het", "dat", "voor", "geldt", "met", NULL};
    bool wel = false, nog = false, niet = false;
    for (size_t x = ca; x < cb;) {
        if (x >= ts && x < te) {
            x = te;
            continue;
        }
        if (!ki_is_letter((unsigned char)s[x])) {
            if (!(ki_is_blank((unsigned char)s[x]) || s[x] == ',' || s[x] == '.' || s[x] == '(' || s[x] == ')'))
                return 0;
            x++;
            continue;
        }
        size_t e = word_end(s, cb, x);
        if (word_at(s, e, x, "wel"))
            wel = true;
        else if (word_at(s, e, x, "nog"))
            nog = true;
        else if (word_at(s, e, x, "niet"))
            niet = true;
        else if (!word_in_list(s, x, e, filler))
            return 0;
        x = e;
    }
    if (wel && !niet && !nog)
        return 1;
    if (niet && nog && !wel)
        return 2;
    return 0;
}

/* When the sentence of the item at [ts, te) also holds another motion or
 * commitment and ';' splits it ("De motie-A is hiermee afgedaan; over de
 * motie-B informeer ik u later"), the cues of the item's own clause decide:
 * true and *rel when that clause says settled or progress (not both). */
static bool clause_rel(struct ki_scan *sc, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                       size_t ts, size_t te, size_t xs, size_t xe, ki_relation *rel, size_t *es,
                       size_t *ee)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t ss = sent_start(s, n, ts), se = sent_end(s, n, ts);
    size_t m0 = mot_from(mv, nm, ss), c0 = com_from(cv, nc, ss);
    bool other = false;
    for (size_t k = m0; k < nm && mv[k].start < se && !other; k++)
        other = mv[k].start != ts && !mv[k].header;
    for (size_t k = c0; k < nc && cv[k].start < se && !other; k++)
        other = cv[k].keep && cv[k].start != ts;
    if (!other)
        return false;
    /* clauses end at ';' and at ", maar", ", terwijl" ("Ik heb de motie-A
     * uitgevoerd, maar de motie-B nog niet") */
    size_t ca, cb;
    clause_of(s, mv, nm, cv, nc, ss, se, ts, te, false, &ca, &cb);
    cues c;
    memset(&c, 0, sizeof c);
    if (ca != ss || cb != se)
        cues_of(sc, ca, cb, xs, xe, &c);
    if ((ca == ss && cb == se) || (c.settled && c.progress)) {
        /* "De motie-A is uitgevoerd, de motie-B is nog in uitvoering": a
         * comma before another item ends a clause too, when the item's own
         * clause then says settled or progress */
        size_t wa, wb;
        clause_of(s, mv, nm, cv, nc, ss, se, ts, te, true, &wa, &wb);
        if (wa != ss || wb != se) {
            cues w;
            cues_of(sc, wa, wb, xs, xe, &w);
            if (w.settled != w.progress && !w.cited) {
                *rel = w.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
                *es = wa;
                *ee = wb;
                return true;
            }
        }
        if (ca == ss && cb == se)
            return false;
    }
    if (c.settled != c.progress) {
        *rel = c.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
        *es = ca;
        *ee = cb;
        return true;
    }
    /* "..., maar de motie-B is aangehouden": its own clause says what
     * became of it, and that is no step towards it */
    if (c.cited && !c.settled && !c.progress && !c.addressed) {
        *rel = KI_REL_CITED;
        *es = ca;
        *ee = cb;
        return true;
    }
    if (c.settled || c.cited)
        return false;
    /* its own clause says nothing; what the other clauses say is about the
     * items they name ("kom ik tegemoet aan de motie-A; de motie-B is hier
     * niet aan de orde"): B is only mentioned */
    /* ... named by sponsor or by its own number ("Ik heb de motie 36512-76
     * uitgevoerd, maar de motie 36512-77 nog niet"), not "de motie" alone */
    bool other_in = false;
    for (size_t k = m0; k < nm && mv[k].start < se && !other_in; k++)
        other_in = mv[k].start != ts && (mv[k].start < ca || mv[k].start >= cb) &&
                   (mv[k].names_s < mv[k].names_e || mv[k].by ||
                    kst_in(sc, mv[k].end, ki_skip_blank(s, se, mv[k].end) + 2) >= 0);
    if (!other_in)
        return false;
    /* "...; de motie-B eveneens": it shares what the other clause says */
    for (size_t x = ca; x < cb; x++)
        if ((x == ca || !ki_is_letter((unsigned char)s[x - 1])) &&
            (word_at(s, cb, x, "eveneens") || word_at(s, cb, x, "ook") || word_at(s, cb, x, "evenzeer") ||
             word_at(s, cb, x, "evenmin") || word_at(s, cb, x, "idem") || word_at(s, cb, x, "beide") ||
             word_at(s, cb, x, "hetzelfde")))
            return false;
    /* "A is nog niet uitgevoerd, maar B wel", "A is uitgevoerd, maar B nog
     * niet": the clause leaves out the verb of the other and turns it */
    int turn = elliptic_turn(s, ca, cb, ts, te, xs, xe);
    if (turn) {
        size_t oa = ca > ss ? ss : cb, ob = ca > ss ? ca : se;
        cues o;
        cues_of(sc, oa, ob, 0, 0, &o);
        bool done_word = false, negated = false;
        static const char *const done[] = {"uitgevoerd", "afgerond", "afgedaan", "voldaan", "afgehandeld",
                                           "gerealiseerd", "ingevuld"};
        static const char *const neg[] = {"niet"};
        size_t ng = word_in(s, oa, ob, neg, 1);
        negated = ng != (size_t)-1;
        done_word = word_in(s, negated ? ng : oa, ob, done, sizeof done / sizeof done[0]) != (size_t)-1;
        if ((turn == 1 && negated && done_word) || (turn == 2 && !negated && o.settled && !o.progress)) {
            *rel = turn == 1 ? KI_REL_SETTLED : KI_REL_PROGRESS;
            *es = ss;
            *ee = se;
            return true;
        }
    }
    *rel = c.addressed ? KI_REL_ADDRESSED : KI_REL_CITED;
    *es = ca;
    *ee = cb;
    return true;
}

/*
 * A footnote marker glued to a word of a motion's mention ("de motie-Kröger
 * c.s.9 verzoekt", "over maatschappelijk prioriteren3 verzoekt", "(NSC)
 * c.s.2", from a PDF "c.s.^9"), the first in s[from..to): the first
 * Kamerstuk on the footnote line "9 Kamerstuk 29 023, nr. 561" (or "[^9]
 * Kamerstuk ...") further on (within FOOTNOTE_REACH), or -1.
 */
#define FOOTNOTE_REACH 20000

static long footnote_kamerstuk(const struct ki_scan *sc, size_t from, size_t to)
{
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t at = from > 0 ? from : 1; at < to && at < n; at++) {
        /* "zee4", "c.s.9", and the PDF extractor's "c.s.^9" */
        bool caret = s[at - 1] == '^';
        if (!ki_is_digit((unsigned char)s[at]) || ki_is_digit((unsigned char)s[at - 1]) ||
            !(ki_is_letter((unsigned char)s[at - 1]) || s[at - 1] == '.' || s[at - 1] == ')' || caret))
            continue;
        size_t e = at;
        while (e < n && e - at < 3 && ki_is_digit((unsigned char)s[e]))
            e++;
        if (e - at > 2 || (e < n && !ki_is_blank((unsigned char)s[e]) && s[e] != ',' && s[e] != '.' &&
                           s[e] != ';' && s[e] != ')'))
            continue;
        size_t len = e - at, lim = at + FOOTNOTE_REACH < n ? at + FOOTNOTE_REACH : n;
        for (size_t ls = line_end(s, n, e) + 1; ls < lim; ls = line_end(s, n, ls) + 1) {
            size_t j = ls;
            while (j < lim && (s[j] == ' ' || s[j] == '\t'))
                j++;
            /* the note: "9 Kamerstuk ..." or "[^9] Kamerstuk ..." */
            size_t d = j + 2 < lim && s[j] == '[' && s[j + 1] == '^' ? j + 2 : j;
            size_t de = d + len + (d > j);
            if (de < lim && memcmp(s + d, s + at, len) == 0 && (d == j || s[d + len] == ']') &&
                ki_is_blank((unsigned char)s[de]))
                return kst_in(sc, j, line_end(s, n, de));
        }
        return -1; /* the first marker only */
    }
    return -1;
}

/*
 * A bijlage table flattened to its cells: "De motie van het lid X c.s.;
 * Verzoekt de regering ...", then a paragraph that is only
 * "Kamerstukken II 2022/23, 36200 IV, nr. 12" (the Vindplaats), then the
 * status.  For a motion that starts its paragraph: the Kamerstuk that is a
 * later paragraph on its own, before lim (the next motion or commitment);
 * else -1.
 */
static long cell_kamerstuk(struct ki_scan *sc, size_t start, size_t lim)
{
    const char *s = sc->s;
    size_t n = sc->n;
    const ki_refs *r = sc->r;
    size_t ls = line_start(s, start), f = ki_skip_blank(s, n, ls);
    if (start - f > 3 || (ls > 0 && !blank_line(s, n, line_start(s, ls - 1))))
        return -1; /* not the first words of a paragraph */
    if (lim > start + 3000)
        lim = start + 3000;
    for (size_t p = line_end(s, n, start); p < lim && p < n;) {
        size_t a = ki_skip_blank(s, n, p);
        if (a >= lim)
            break;
        size_t e = line_end(s, n, a);
        size_t t = e;
        while (t > a && (ki_is_blank((unsigned char)s[t - 1]) || s[t - 1] == '.' || s[t - 1] == ';'))
            t--;
        /* "Kamerstukken II 2018/19, 34477, nr. 64 (t.v.v. 58)": a short
         * bracket after the number is part of the cell */
        if (t > a && s[t - 1] == ')') {
            size_t o = t - 1;
            while (o > a && s[o] != '(' && t - o < 24)
                o--;
            if (s[o] == '(') {
                t = o;
                while (t > a && ki_is_blank((unsigned char)s[t - 1]))
                    t--;
            }
        }
        long k = kst_in(sc, a, a + 1);
        if (k >= 0 && r->kamerstukken[k].span.end >= t && (a == 0 || s[a - 1] == '\n'))
            return k;
        p = e;
    }
    return -1;
}

/* The first case-insensitive w in s[from..to), or (size_t)-1.  Only the
 * places whose byte with 0x20 set is w[0]'s (a superset of those
 * starts_ci() can accept there) are compared, found 16 at a time where
 * SSE2 is there. */
static size_t find_ci(const char *s, size_t to, size_t from, const char *w)
{
    size_t wl = strlen(w), i = from;
    if (!wl || from > to) {
        for (; i + wl <= to; i++)
            if (starts_ci(s, to, i, w))
                return i;
        return (size_t)-1;
    }
    unsigned char c0 = (unsigned char)w[0] | 0x20;
#if defined(__SSE2__)
    const __m128i k = _mm_set1_epi8((char)c0), c20 = _mm_set1_epi8(0x20);
    for (; i + 16 <= to; i += 16) {
        __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), c20);
        for (unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, k)); m; m &= m - 1) {
            size_t j = i + (size_t)__builtin_ctz(m);
            if (j + wl > to)
                return (size_t)-1;
            if (starts_ci(s, to, j, w))
                return j;
        }
    }
#endif
    for (; i + wl <= to; i++)
        if (((unsigned char)s[i] | 0x20) == c0 && starts_ci(s, to, i, w))
            return i;
    return (size_t)-1;
}

/*
 * The sponsors in the bracket that opens at a, after a motion's number ("de
 * motie Kamerstuk 32 793, nr. 181 (Wolbert)"): true with the names in
 * [*ns, *ne) and *close just after the ')'.  A bracket with no lower-case
 * letter is a party or an abbreviation ("(SP)", "(EK)"), not a member.
 */
static bool bracket_names(struct ki_scan *sc, size_t a, size_t *ns, size_t *ne, size_t *close)
{
    const char *s = sc->s;
    size_t n = sc->n;
    if (a >= n || s[a] != '(')
        return false;
    size_t len = a + 120 < n ? cp_fwd(s, n, a + 120) : n;
    if (run_p(sc->d, KI_P_SPONSORS, s, len, a + 1, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
        return false;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_SPONSORS]);
    size_t e = ki_skip_blank(s, n, ov[1]);
    if (e >= n || s[e] != ')')
        return false;
    bool lower = false;
    for (size_t x = ov[0]; x < ov[1] && !lower; x++)
        lower = s[x] >= 'a' && s[x] <= 'z';
    if (!lower)
        return false;
    *ns = ov[0];
    *ne = ov[1];
    *close = e + 1;
    return true;
}

static bool names_at(struct ki_scan *sc, size_t a, size_t len, const char *want, size_t *ns, size_t *ne);

/* Is w (lower case) the word right before s[pos]? */
static bool word_before(const char *s, size_t pos, const char *w)
{
    size_t e, b = ki_word_before(s, 0, pos, &e);
    return b < e && word_at(s, e, b, w) == e;
}

/* The participles that say a motion was moved ("ingediend", "voorgesteld",
 * "ingebracht", "aangekondigd"): the word at i, or 0. */
static size_t moved_word(const char *s, size_t n, size_t i)
{
    static const char *const w[] = {"ingediend", "voorgesteld", "ingebracht", "aangekondigd"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t e = word_at(s, n, i, w[k]);
        if (e)
            return e;
    }
    return 0;
}

/* Does the clause after a motion's trigger, s[a..b), say it was moved
 * ("een motie ingediend over X", "een motie over X ingediend"), or the
 * particle after it with the verb before ("In het debat kondigde het lid X
 * een motie aan over Y", "diende het lid X een motie in")?  ss is the
 * sentence start. */
static bool moved_after(const char *s, size_t n, size_t ss, size_t a, size_t b)
{
    static const char *const verb[] = {"diende", "dienden", "dient", "kondigde", "kondigden", "kondigt", NULL};
    if (b > n)
        b = n;
    size_t p = ki_skip_blank(s, b, a);
    if (word_at(s, b, p, "aan") || word_at(s, b, p, "in"))
        for (size_t x = ss; x < a; x++)
            if ((x == ss || !ki_is_letter((unsigned char)s[x - 1])) && word_in_list(s, x, word_end(s, a, x), verb))
                return true;
    for (size_t x = a; x < b; x++) {
        if (s[x] == ';' || (s[x] == ',' && !ki_is_digit((unsigned char)s[x + 1 < n ? x + 1 : x])))
            return false;
        if ((x == a || ki_is_blank((unsigned char)s[x - 1])) && moved_word(s, b, x))
            return true;
    }
    return false;
}

/*
 * A motion named by its number before its sponsors, or after them:
 *   1 "de motie 25295, letter AR, de motie van het lid X" (the next trigger,
 *     mv[i + 1], is the same motion: *skip = 1) and "de motie op stuk nr. 21
 *     van het lid X": the names follow the number k;
 *   2 "Op verzoek van het lid X stel ik voor de volgende door hem ingediende
 *     motie opnieuw aan te houden: 29544, nr. 959": they come before;
 *   3 "de motie Kamerstuk 32 793, nr. 181 (Wolbert)": in a bracket after it.
 * Sets the names (and the end) in *mi and returns 1, 2 or 3; 0 when none.
 */
static int names_apart(struct ki_scan *sc, const motinfo *mv, size_t nm, size_t i, long k,
                       motinfo *mi, size_t *skip)
{
    const char *s = sc->s;
    size_t n = sc->n;
    const ki_refs *r = sc->r;
    *skip = 0;
    size_t ke = 0;
    if (k >= 0 && r->kamerstukken[k].span.start >= mi->end && r->kamerstukken[k].span.start - mi->end <= 24) {
        ke = r->kamerstukken[k].span.end;
    } else if (k < 0) {
        /* "de motie op stuk nr. 12 van de heer X" with no dossier to give it a number */
        size_t a = ki_skip_blank(s, n, mi->end), e;
        if ((e = word_at(s, n, a, "op")))
            a = ki_skip_blank(s, n, e);
        if ((e = word_at(s, n, a, "stuk")))
            a = ki_skip_blank(s, n, e);
        if ((e = word_at(s, n, a, "nr")) && e < n && s[e] == '.') {
            size_t d = ki_skip_blank(s, n, e + 1), q = d;
            while (q < n && q - d < 4 && ki_is_digit((unsigned char)s[q]))
                q++;
            if (q > d)
                ke = q;
        }
    }
    if (ke) {
        size_t a = ki_skip_blank(s, n, ke), e, bs, be, bc;
        /* "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), ..." */
        if (k >= 0 && bracket_names(sc, a, &bs, &be, &bc)) {
            mi->names_s = bs;
            mi->names_e = be;
            mi->end = bc;
            return 3;
        }
        if (a < n && s[a] == ',')
            a = ki_skip_blank(s, n, a + 1);
        if (k >= 0 && (e = word_at(s, n, a, "de")) && i + 1 < nm && mv[i + 1].start == ki_skip_blank(s, n, e) &&
            mv[i + 1].names_s < mv[i + 1].names_e && !mv[i + 1].plural) {
            mi->names_s = mv[i + 1].names_s;
            mi->names_e = mv[i + 1].names_e;
            mi->end = mv[i + 1].end;
            *skip = 1;
            return 1;
        }
        size_t len = a + 300 < n ? cp_fwd(s, n, a + 300) : n;
        if (word_at(s, n, a, "van") &&
            run_p(sc->d, KI_P_MOTION_OF, s, len, a, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) > 0) {
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_OF]);
            ki_hit h = {sc->d->re[KI_P_MOTION_OF], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_OF]),
                        s, ov[0], ov[1], KI_P_MOTION_OF, &sc->d->names[KI_P_MOTION_OF]};
            const char *gp;
            size_t gl;
            if (group(&h, "of", &gp, &gl) && group(&h, "names", &gp, &gl)) {
                mi->names_s = (size_t)(gp - s);
                mi->names_e = mi->names_s + gl;
                mi->end = ov[1];
                return 1;
            }
        }
    }
    /* "De leden X en Y hebben vorige week een motie ingediend over Z": the
     * members who moved it are the subject of its sentence */
    size_t ss0 = sent_start(s, n, mi->start);
    if (!mi->plural && moved_after(s, n, ss0, mi->end, sent_end(s, n, mi->end))) {
        for (size_t x = ss0; x < mi->start; x++) {
            bool door = word_at(s, mi->start, x, "door") != 0;
            if (!(x == ss0 || ki_is_blank((unsigned char)s[x - 1])) ||
                !(word_at(s, mi->start, x, "het") || word_at(s, mi->start, x, "de") ||
                  word_at(s, mi->start, x, "mevrouw") || door))
                continue;
            size_t ns, ne;
            if (names_at(sc, x, mi->end, door ? "door" : "subj", &ns, &ne) && ne < mi->start) {
                mi->names_s = ns;
                mi->names_e = ne;
                /* "Ik heb samen met de heer X een motie ingediend", "Samen
                 * met mevrouw Y hebben wij ...": the member speaking moved
                 * it with them */
                static const char *const we[] = {"ik", "wij", "we"};
                size_t ps, pe;
                if (!door && word_before(s, x, "met") && word_in(s, ss0, mi->start, we, 3) != (size_t)-1 &&
                    speaker_label(sc, x, &ps, &pe)) {
                    mi->co_s = ns;
                    mi->co_e = ne;
                    mi->names_s = ps;
                    mi->names_e = pe;
                }
                return 2;
            }
        }
    }
    /* the form before the trigger ends "... door hem ingediende motie", "...
     * door de leden X en Y voorgestelde motie" or "... stel ik voor, haar motie" */
    size_t w = mi->start;
    while (w > 0 && ki_is_blank((unsigned char)s[w - 1]))
        w--;
    if (!(w >= 10 && starts_ci(s, n, w - 10, "ingediende")) && !(w >= 12 && starts_ci(s, n, w - 12, "voorgestelde")) &&
        !(w >= 5 && (word_at(s, w, w - 4, "haar") || word_at(s, w, w - 4, "zijn")) && !ki_is_letter((unsigned char)s[w - 5])) &&
        !(w >= 4 && word_at(s, w, w - 3, "hun") && !ki_is_letter((unsigned char)s[w - 4])))
        return 0;
    size_t ss = sent_start(s, n, mi->start);
    if (mi->start - ss > 400)
        ss = mi->start - 400;
    size_t len = mi->start + 8 < n ? cp_fwd(s, n, mi->start + 8) : n;
    for (size_t off = cp_fwd(s, n, ss); off < mi->start;) {
        /* "Op verzoek van het lid X ... door hem ingediende motie", or "de
         * door de leden X en Y ingediende motie" (run from "door") */
        size_t v = find_ci(s, mi->start, off, "verzoek"), dv = find_ci(s, mi->start, off, "door ");
        bool door = dv != (size_t)-1 && (v == (size_t)-1 || dv < v);
        if (door)
            v = dv + 3;
        if (v == (size_t)-1 || v < off + 3)
            break;
        if (run_p(sc->d, KI_P_MOTION_OF, s, len, v - 3, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) > 0) {
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_OF]);
            ki_hit h = {sc->d->re[KI_P_MOTION_OF], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_OF]),
                        s, ov[0], ov[1], KI_P_MOTION_OF, &sc->d->names[KI_P_MOTION_OF]};
            const char *gp;
            size_t gl;
            if (ov[1] == mi->start && (group(&h, "req", &gp, &gl) || group(&h, "door", &gp, &gl)) &&
                group(&h, "names", &gp, &gl)) {
                mi->names_s = (size_t)(gp - s);
                mi->names_e = mi->names_s + gl;
                return 2;
            }
        }
        off = v + 7;
    }
    return 0;
}

/* Runs KI_P_MOTION_OF anchored at a; the names when group want is set. */
static bool names_at(struct ki_scan *sc, size_t a, size_t len, const char *want, size_t *ns, size_t *ne)
{
    if (run_p(sc->d, KI_P_MOTION_OF, sc->s, len, a, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
        return false;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_OF]);
    ki_hit h = {sc->d->re[KI_P_MOTION_OF], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_OF]), sc->s,
                ov[0], ov[1], KI_P_MOTION_OF, &sc->d->names[KI_P_MOTION_OF]};
    const char *gp;
    size_t gl;
    if (!group(&h, want, &gp, &gl) || !group(&h, "names", &gp, &gl))
        return false;
    *ns = (size_t)(gp - sc->s);
    *ne = *ns + gl;
    return true;
}

/*
 * The member speaking at pos in Handelingen or a verslag: the nearest label
 * above, "De heer Jasper van Dijk (SP):" alone on its line or before the
 * words ("De heer Vendrik (GroenLinks): Voorzitter. ..."), with the names in
 * [*ns, *ne).  False when another label comes first ("De voorzitter:",
 * "Minister X:"), or none within a few pages: a letter has no speaker.
 */
static bool speaker_label(struct ki_scan *sc, size_t pos, size_t *ns, size_t *ne)
{
    const char *s = sc->s;
    size_t n = sc->n, lo = pos > 8000 ? pos - 8000 : 0;
    for (size_t ls = line_start(s, pos);; ls = line_start(s, ls - 1)) {
        size_t le = line_end(s, n, ls), a = ls, t = le;
        while (a < le && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (t > a && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        bool member = a < pos && is_upper((unsigned char)s[a]) &&
                      (starts_ci(s, le, a, "De heer ") || starts_ci(s, le, a, "Mevrouw "));
        if (member && names_at(sc, a, le + 1 < n ? le + 1 : n, "spk", ns, ne))
            return *ne <= pos;
        /* another speaker's label: "De voorzitter:", "Minister Van Ark:" */
        const char *c = a < le ? memchr(s + a, ':', le - a < 80 ? le - a : 80) : NULL;
        if (c && is_upper((unsigned char)s[a]) &&
            ((member && (size_t)(c - s) + 1 == t) || starts_ci(s, le, a, "De voorzitter:") ||
             starts_ci(s, le, a, "Voorzitter:") || starts_ci(s, le, a, "Minister") ||
             starts_ci(s, le, a, "Staatssecretaris") || starts_ci(s, le, a, "De minister") ||
             starts_ci(s, le, a, "De staatssecretaris")))
            return false;
        if (ls <= lo)
            return false;
    }
}

/*
 * A motion read out in Handelingen ("Motie" alone on its line, then "De
 * Kamer,") whose closing "Deze motie is voorgesteld door ..." does not
 * follow before the next such heading (the record comes from that line when
 * it does): its sponsor is the member speaking, the label "De heer Smaling
 * (SP):" above it.  Sets the names in *mi; false when there is none.
 */
/* Is mi the heading of a motion read out: "Motie" alone on its line, then
 * "De Kamer,"?  Its end of line in *eol. */
static bool motion_heading(const struct ki_scan *sc, const motinfo *mi, size_t *eol)
{
    const char *s = sc->s;
    size_t n = sc->n, ls = line_start(s, mi->start);
    if (ki_skip_blank(s, n, ls) != mi->start || !starts_ci(s, n, mi->start, "motie") ||
        mi->start + 5 != mi->end)
        return false;
    size_t e = mi->end;
    while (e < n && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r'))
        e++;
    *eol = e;
    return e < n && s[e] == '\n' && starts_ci(s, n, ki_skip_blank(s, n, e), "De Kamer,");
}

static bool read_out_motion(struct ki_scan *sc, motinfo *mi)
{
    const char *s = sc->s;
    size_t n = sc->n, ls = line_start(s, mi->start), e;
    if (!motion_heading(sc, mi, &e))
        return false;
    size_t lim = e + 8000 < n ? e + 8000 : n;
    for (size_t q = e; q + 16 < lim; q++) {
        if (s[q] == '\n' && starts_ci(s, lim, q + 1, "Motie") && q + 6 < lim &&
            (s[q + 6] == '\n' || s[q + 6] == ' ' || s[q + 6] == '\r'))
            break; /* the next motion read out */
        if ((s[q] == 'v' || s[q] == 'V') && starts_ci(s, lim, q, "voorgesteld door"))
            return false;
    }
    /* the nearest speaker label above */
    size_t lo = mi->start > 4000 ? mi->start - 4000 : 0;
    for (size_t p = ls; p > lo;) {
        size_t pe = p - 1, ps = line_start(s, pe);
        size_t t = pe;
        while (t > ps && ki_is_blank((unsigned char)s[t - 1]))
            t--;
        if (t > ps && s[t - 1] == ':') {
            size_t a = ki_skip_blank(s, pe, ps), ns, ne;
            size_t len = pe + 1 < n ? pe + 1 : n;
            if ((a == 0 || s[a - 1] == '\n') && names_at(sc, a, len, "spk", &ns, &ne)) {
                mi->names_s = ns;
                mi->names_e = ne;
                /* "Met mevrouw Kuik dien ik de volgende motie in.": she moves it too */
                for (size_t x = pe; x < ls; x++) {
                    size_t w = (s[x] == 'm' || s[x] == 'M') ? word_at(s, ls, x, "met") : 0;
                    if (!w && (s[x] == 'm' || s[x] == 'M'))
                        w = word_at(s, ls, x, "mede");
                    if (w && names_at(sc, x, ls, "with", &ns, &ne)) {
                        mi->co_s = ns;
                        mi->co_e = ne;
                    }
                }
                return true;
            }
            return false; /* "De voorzitter:", "Minister X:" */
        }
        p = ps;
    }
    return false;
}

/* Whether a request s[a, b) opens with words that point back to what the
 * motion said before ("hiervan bij de marktverkenningen uit te gaan",
 * "daarover te rapporteren", "dit mee te nemen"): a pronominal adverb
 * (hier-, daar-, er- with a preposition), or "dit"/"dat" as the object
 * right before an adverb, a particle or "te".  Such a request names no
 * subject. */
static bool request_points_back(const char *s, size_t a, size_t b)
{
    static const char *const adv[] = {"hiervan", "daarvan", "hierover", "daarover", "hiermee", "daarmee",
                                      "hieraan", "daaraan", "hierin", "daarin", "hierbij", "daarbij", "hierop",
                                      "daarop", "hiervoor", "daarvoor", "hiertoe", "daartoe", "hierna",
                                      "daarna", "hieruit", "daaruit", "ervan", "erover", "ermee",
                                      "eraan", "erin", "erbij", "erop", "ervoor", "ertoe", "eruit", NULL};
    static const char *const light[] = {"te", "mee", "bij", "in", "op", "aan", "uit", "over", "voor", "door",
                                        "na", "toe", "af", "om", "met", "zo", "ook", "nader", "verder",
                                        "alsnog", "spoedig", "snel", "binnen", "uiterlijk", "per", NULL};
    static const char *const pron[] = {"dit", "dat", NULL};
    size_t e = word_end(s, b, a);
    if (e == a)
        return false;
    if (word_in_list(s, a, e, adv))
        return true;
    if (!word_in_list(s, a, e, pron))
        return false;
    size_t x = ki_skip_blank(s, b, e), xe = word_end(s, b, x);
    return xe > x && word_in_list(s, x, xe, light);
}

/*
 * The request of a motion's own text ("De Kamer, ... verzoekt de regering,
 * X, en gaat over tot de orde van de dag."): X in [*ds, *de).  The text
 * follows the motion at [start, end) (a MOTIE document's head, "Motie" read
 * out), or comes before it (before, "Deze motie is voorgesteld door ...").
 */
static bool dictum(const char *s, size_t n, size_t start, size_t end, bool before, size_t *ds, size_t *de)
{
    static const char *const whom[] = {"de regering", "het kabinet", "de Voorzitter", "het Presidium",
                                       "de minister", "de staatssecretaris", "de Kamer"};
    size_t a = end, b;
    if (before) {
        /* back to the body's "De Kamer," (past its "en gaat over ...") */
        size_t lo = start > 6000 ? start - 6000 : 0, q = start;
        while (q > lo && !(s[q - 1] == '\n' && starts_ci(s, n, q, "De Kamer,")))
            q--;
        if (q <= lo && !(q == 0 && starts_ci(s, n, 0, "De Kamer,"))) {
            /* no "De Kamer," (a page that begins inside the motion): back to
             * its "en gaat over tot de orde van de dag.", the end of the
             * motion before it at most */
            size_t lo2 = start > 800 ? start - 800 : 0, g = (size_t)-1, x;
            for (x = lo2; (x = find_ci(s, start, x, "en gaat over tot de orde")) != (size_t)-1; x++)
                g = x;
            if (g == (size_t)-1)
                return false;
            q = g > 4000 ? g - 4000 : 0;
            for (x = q; (x = find_ci(s, g, x, "en gaat over tot de orde")) != (size_t)-1; x++)
                q = x + 24;
        }
        a = q;
        b = start;
    } else {
        b = end + 6000 < n ? end + 6000 : n;
    }
    size_t g = find_ci(s, b, a, "en gaat over tot de orde");
    if (g != (size_t)-1)
        b = g;
    for (size_t i = a; i < b; i++) {
        size_t e;
        if ((s[i] != 'v' && s[i] != 'V') || (i > 0 && !ki_is_blank((unsigned char)s[i - 1])) ||
            !(e = word_at(s, b, i, "verzoekt")))
            continue;
        size_t p = ki_skip_blank(s, b, e);
        for (size_t w = 0; w < sizeof whom / sizeof whom[0]; w++)
            if ((e = word_at(s, b, p, whom[w]))) {
                p = ki_skip_blank(s, b, e);
                break;
            }
        if (p < b && s[p] == ',')
            p = ki_skip_blank(s, b, p + 1);
        if ((e = word_at(s, b, p, "om")))
            p = ki_skip_blank(s, b, e);
        size_t q = p;
        while (q < b && s[q] != ';' && !(s[q] == '\n' && (q + 1 >= b || s[q + 1] == '\n' || s[q - 1] == ',')))
            q++;
        /* "verzoekt de regering te regelen dat:" and a list: all of it */
        for (size_t c = p; c < q; c++)
            if (s[c] == ':' && ki_skip_blank(s, b, c + 1) > c + 1 && memchr(s + c + 1, '\n', ki_skip_blank(s, b, c + 1) - c - 1)) {
                q = b;
                break;
            }
        {
            size_t t = q;
            while (t > p && ki_is_blank((unsigned char)s[t - 1]))
                t--;
            if (t > p && s[t - 1] == ':')
                q = b;
        }
        if (q - p > 300) {
            q = p + 300;
            while (q > p && !ki_is_blank((unsigned char)s[q]))
                q--;
        }
        while (q > p && (ki_is_blank((unsigned char)s[q - 1]) || s[q - 1] == ',' || s[q - 1] == ';'))
            q--;
        if (q <= p || request_points_back(s, p, q))
            return false;
        *ds = p;
        *de = q;
        return true;
    }
    return false;
}

/* Finite verbs that follow the subject of a motion ("de motie over X
 * duurde lang"), beyond subject_stop()'s auxiliaries: nouns of the same
 * spelling ("de staat") come after an article, see after_determiner(). */
static const char *const finite[] = {
    "had", "hadden", "waren", "zou", "zouden", "kon", "konden", "moet", "moeten", "moest", "moesten",
    "wilde", "wilden", "ging", "gingen", "kwam", "kwamen", "komt", "bleef", "bleven", "bleek", "bleken",
    "blijkt", "duurde", "duurden", "duurt", "leidde", "leidden", "leidt", "kreeg", "kregen", "krijgt",
    "stond", "stonden", "staat", "lag", "lagen", "ligt", "gaf", "gaven", "riep", "riepen", "roept",
    "betreft", "betrof", "verzocht", "loopt", "lopen", "liep", "liepen", NULL};

/* Does the word before s[i] (after a) determine a noun: an article, a
 * demonstrative or possessive, a preposition, or an inflected adjective
 * ("de nieuwe", "een vrije")? */
static bool after_determiner(const char *s, size_t a, size_t i)
{
    static const char *const det[] = {"de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun",
                                      "mijn", "uw", "onze", "ons", "van", "voor", "over", "op", "in", "met",
                                      "aan", "bij", "tot", "uit", "naar", "om", "en", "of", "te", "door", NULL};
    size_t e = i;
    while (e > a && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    size_t w = e;
    while (w > a && ki_is_letter((unsigned char)s[w - 1]))
        w--;
    if (w == e)
        return true; /* no word before: a number, a bracket, the start */
    return word_in_list(s, w, e, det) || s[e - 1] == 'e';
}

/* Does a verb that takes an infinitive ("gaat", "zal", "kan", "wil",
 * "moet") stand before s[i] in its sentence?  Then a word in -en that ends
 * the clause is that infinitive, not a plural ("de basisnormen
 * hoogbegaafden;"). */
static bool modal_before(const char *s, size_t i)
{
    static const char *const modal[] = {"ga", "gaat", "gaan", "zal", "zult", "zullen", "kan", "kunt", "kunnen",
                                        "wil", "wilt", "willen", "moet", "moeten", "zou", "zouden", NULL};
    size_t lo = i > 400 ? i - 400 : 0;
    for (size_t e = i; e > lo;) {
        char c = s[e - 1];
        /* a full stop ends a sentence before a capital, not in "nr. 598" */
        size_t z = e;
        while (z < i && ki_is_blank((unsigned char)s[z]))
            z++;
        if ((c == '.' && z > e && z < i && is_upper((unsigned char)s[z])) || c == '?' || c == '!' || c == ';' ||
            c == ':' || (c == '\n' && e >= 2 && s[e - 2] == '\n'))
            return false;
        if (!ki_is_letter((unsigned char)c)) {
            e--;
            continue;
        }
        size_t w = e;
        while (w > lo && ki_is_letter((unsigned char)s[w - 1]))
            w--;
        if (word_in_list(s, w, e, modal))
            return true;
        e = w;
    }
    return false;
}

/* A verb at s[i] that ends its clause (then '.', ',', ';', ':', '?' or
 * the end b): a participle "(aan|in|uit|...)ge...d/t/en" ("aangenomen",
 * "ingediend", "gevraagd"), one without ge- of the few a motion is given
 * ("verworpen", "aanvaard"), or a word in -en after a modal
 * (modal_before()), an infinitive ("Hoe gaat de minister de motie over X
 * versnellen?"); the caller has made sure no article or adjective stands
 * before it (a plural noun: "de kosten"). */
static bool clause_verb(const char *s, size_t b, size_t i)
{
    static const char *const part[] = {"aan", "af", "in", "uit", "op", "voor", "mee", "na", "toe", "door",
                                       "terug", "bij", "om", "vast", "weg", "tegen", "samen", "neer", ""};
    static const char *const bare[] = {"verworpen", "aanvaard", "behandeld", "besproken", "ondersteund",
                                       "ontvangen", "ondertekend", NULL};
    size_t e = word_end(s, b, i);
    size_t z = ki_skip_blank(s, b, e);
    if (e - i < 5 || !(z >= b || s[z] == '.' || s[z] == ',' || s[z] == ';' || s[z] == ':' || s[z] == '?' ||
                       s[z] == '!' || s[z] == ')'))
        return false;
    for (size_t x = i; x < e; x++)
        if (!(s[x] >= 'a' && s[x] <= 'z'))
            return false;
    if (word_in_list(s, i, e, bare) || (s[e - 2] == 'e' && s[e - 1] == 'n' && modal_before(s, i)))
        return true;
    bool end = s[e - 1] == 'd' || s[e - 1] == 't' || (s[e - 2] == 'e' && s[e - 1] == 'n');
    for (size_t p = 0; end && p < sizeof part / sizeof part[0]; p++) {
        size_t l = strlen(part[p]);
        if (i + l + 4 <= e && starts_ci(s, e, i, part[p]) && s[i + l] == 'g' && s[i + l + 1] == 'e')
            return true;
    }
    return false;
}

/* Does s[a, b) say the work is not yet done: "nog niet" within three words
 * of "afgerond", "uitgevoerd", "afgedaan", "voldaan", "gereed"? */
static bool not_yet_done(const char *s, size_t a, size_t b)
{
    static const char *const done[] = {"afgerond", "uitgevoerd", "afgedaan", "voldaan", "gereed", "klaar", NULL};
    for (size_t x = a; x < b; x++) {
        size_t e = word_at(s, b, x, "nog");
        if (!e)
            continue;
        size_t y = ki_skip_blank(s, b, e);
        if (!(e = word_at(s, b, y, "niet")))
            continue;
        for (int w = 0; w < 3 && e < b; w++) {
            y = ki_skip_blank(s, b, e);
            e = word_end(s, b, y);
            if (e == y)
                break;
            if (word_in_list(s, y, e, done))
                return true;
        }
    }
    return false;
}

/* Does the sentence from a ask, before the item at ts, whether something
 * is so ("heeft gevraagd of", "vraagt wanneer", "wil weten hoe"): an
 * indirect question? */
static bool asked_whether(const char *s, size_t a, size_t ts)
{
    static const char *const ask[] = {"vraagt", "vroeg", "vroegen", "vragen", "gevraagd", "weten", "informeerde",
                                      "informeerden", NULL};
    static const char *const wh[] = {"of", "wanneer", "hoe", "waarom", "hoever", "welke", NULL};
    for (size_t x = a; x < ts; x++) {
        if (!(x == a || !ki_is_letter((unsigned char)s[x - 1])) || !ki_is_letter((unsigned char)s[x]))
            continue;
        size_t e = word_end(s, ts, x);
        if (word_in_list(s, x, e, ask)) {
            size_t y = ki_skip_blank(s, ts, e);
            if (y < ts && s[y] == ',')
                y = ki_skip_blank(s, ts, y + 1);
            size_t f = word_end(s, ts, y);
            if (f > y && word_in_list(s, y, f, wh))
                return true;
        }
        x = e;
    }
    return false;
}

/* Where the subject of a motion without a number ("de motie-X over Y is
 * hiermee uitgevoerd") ends: before the verb of the sentence it stands in
 * (" is ", " wordt ", " zijn ", ...), a comma, ';' or '(' in s[a..b); b
 * when none. */
static size_t subject_stop(const char *s, size_t a, size_t b)
{
    static const char *const verbs[] = {"is", "wordt", "werd", "zijn", "worden", "werden", "heb",
                                        "heeft", "hebben", "zal", "zullen", "kan", "kunnen", "vraagt",
                                        "verzoekt", "was", "ga", "gaat", "geef", "geeft", "voer", "neem",
                                        "acht", "beschouw", "blijft", "ben", "bent"};
    for (size_t i = a; i < b; i++) {
        /* '|' or three blanks: the next cell */
        if (s[i] == ',' || s[i] == ';' || s[i] == '(' || s[i] == '|' ||
            (s[i] == ' ' && i + 2 < b && s[i + 1] == ' ' && s[i + 2] == ' '))
            return i;
        if (i == a || !ki_is_blank((unsigned char)s[i - 1]) || !ki_is_letter((unsigned char)s[i]))
            continue;
        /* "beschouw ik de motie over X als afgedaan" */
        size_t als = word_at(s, b, i, "als");
        if (als) {
            size_t v = ki_skip_blank(s, b, als);
            if (word_at(s, b, v, "afgedaan") || word_at(s, b, v, "uitgevoerd") || word_at(s, b, v, "afgerond") ||
                word_at(s, b, v, "voldaan"))
                return i;
        }
        /* a clause about the motion itself: "over X die uw Kamer op 12 maart
         * aannam", "over X die de Kamer heeft aangenomen" */
        size_t r = word_at(s, b, i, "die");
        if (!r)
            r = word_at(s, b, i, "welke");
        if (r) {
            r = ki_skip_blank(s, b, r);
            if (word_at(s, b, r, "uw") || word_at(s, b, r, "u") || word_at(s, b, r, "ik") ||
                word_at(s, b, r, "wij") || word_at(s, b, r, "het") ||
                (word_at(s, b, r, "de") && (starts_ci(s, b, ki_skip_blank(s, b, r + 2), "Kamer") ||
                                            starts_ci(s, b, ki_skip_blank(s, b, r + 2), "Tweede"))))
                return i;
        }
        for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
            if (word_at(s, b, i, verbs[v]))
                return i;
        /* "Het debat over de motie over X duurde lang", "heeft de Kamer de
         * motie over X aangenomen": a finite verb, or a participle that
         * ends the clause, after a word that is no article (the noun "de
         * staat", "het aangenomen voorstel") */
        if (!after_determiner(s, a, i) && (word_in_list(s, i, word_end(s, b, i), finite) || clause_verb(s, b, i)))
            return i;
    }
    return b;
}

/*
 * A motion on a row of a table laid out with spaces ("Motie van het lid X
 * over ...    35 334, nr. 301    Afgedaan met deze brief") or bars: the
 * row's last cell is its status column, and says the relation when it has
 * one cue ("Afgedaan ...", "Loopt; ...", "Aangehouden").  Returns false
 * when pos is on no such row or the cell says nothing clear.
 */
/* The first x at or after from where s[x] is '|' or s[x] and s[x + 1] are
 * both ' ', looked for sixteen bytes at a time while seventeen are left
 * before le; where that search stops short, the x it reached (< le). */
static size_t pipe_or_gap(const char *s, size_t x, size_t le)
{
#if defined(__SSE2__)
    const __m128i bar = _mm_set1_epi8('|'), sp = _mm_set1_epi8(' ');
    for (; x + 17 <= le; x += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + x));
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + x + 1));
        __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, bar), _mm_and_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(w, sp)));
        unsigned k = (unsigned)_mm_movemask_epi8(m);
        if (k)
            return x + (size_t)__builtin_ctz(k);
    }
#else
    (void)s;
    (void)le;
#endif
    return x;
}

static bool row_status(struct ki_scan *sc, size_t pos, ki_relation *rel, size_t *es, size_t *ee)
{
    const char *s = sc->s;
    size_t n = sc->n, ls = line_start(s, pos), le = line_end(s, n, ls), gaps = 0, cell = ls;
    for (size_t x = ls; x < le; x++) {
        /* only a '|' or two blanks in a row can open a cell */
        x = pipe_or_gap(s, x, le);
        if (s[x] == '|' && x + 1 < le) {
            gaps++;
            cell = x + 1;
        } else if (s[x] == ' ' && x + 3 < le && s[x + 1] == ' ' && s[x + 2] == ' ') {
            while (x < le && s[x] == ' ')
                x++;
            if (x < le) {
                gaps++;
                cell = x;
            }
        }
    }
    size_t t = le;
    while (t > cell && (ki_is_blank((unsigned char)s[t - 1]) || s[t - 1] == '|'))
        t--;
    if (gaps < 2 || cell <= pos || t <= cell)
        return false;
    cues c;
    cues_of(sc, cell, t, 0, 0, &c);
    /* a status that points to where it is done ("Afgedaan, zie brief
     * 29279-889", "Loopt; zie de voortgangsbrief") is that status */
    int k = c.settled + c.progress;
    if (k == 0)
        k = c.cited;
    if (k != 1)
        return false;
    *rel = c.settled ? KI_REL_SETTLED : c.progress ? KI_REL_PROGRESS : KI_REL_CITED;
    *es = cell;
    *ee = t;
    return true;
}

/* A further item of a list of motions: Kamerstuk k2, sponsors named at
 * s[ns, ne), its text s[a, b), the relation and evidence of the list's
 * first motion `base`; *out is the new record (owned by sc->r). */
static ki_status list_item_motion(struct ki_scan *sc, size_t base, long k2, size_t ns, size_t ne, size_t a,
                                  size_t b, ki_motion **out)
{
    ki_refs *r = sc->r;
    ki_motion *m = ki_refs_add_motion(r);
    if (!m)
        return KI_ERR_NOMEM;
    const ki_motion *first = &r->motions[base];
    m->kamerstuk = r->kamerstukken[k2].id;
    m->relation = first->relation;
    m->evidence = first->evidence;
    ki_status st = parse_sponsors(sc, m, ns, ne);
    if (st)
        return st;
    if (!(m->text = clean_copy(r, sc->s, a, b)))
        return KI_ERR_NOMEM;
    m->span.start = a;
    m->span.end = b;
    m->span.page = ki_text_page(sc->t, a);
    *out = m;
    return KI_OK;
}

/*
 * "de moties van de leden Kathmann c.s. (Kamerstuk 36 600 VII, nr. 20) en Six
 * Dijkstra (Kamerstuk 26 643, nr. 1195)": after motion `base` with Kamerstuk
 * k, each further "en NAMES (number)" of the list is a motion of its own, with
 * the relation and evidence of the first.
 */
static ki_status list_next_motions(struct ki_scan *sc, size_t base, long k)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (int items = 0; items < 8; items++) {
        size_t p = r->kamerstukken[k].span.end, e, w0;
        while (p < n && (s[p] == ')' || ki_is_blank((unsigned char)s[p])))
            p++;
        if (p < n && s[p] == ',')
            p = ki_skip_blank(s, n, p + 1);
        if ((e = word_at(s, n, p, "en")))
            p = ki_skip_blank(s, n, e);
        /* "de moties-Dik-Faber (...) en -Wolbert (...)" */
        if (p + 1 < n && s[p] == '-' && is_upper((unsigned char)s[p + 1]))
            p++;
        /* "de moties van het lid X over A (35925-VI, nr. 20) en over B
         * (35925-VI, nr. 21)": another motion of the same sponsors */
        if (e && ((w0 = word_at(s, n, p, "over")) || (w0 = word_at(s, n, p, "inzake")))) {
            size_t ss = ki_skip_blank(s, n, w0), lim = ss + 300 < n ? ss + 300 : n;
            size_t se = sent_end(s, n, ss);
            long k2 = kst_in(sc, ss, se < lim ? se : lim);
            if (k2 <= k)
                return KI_OK;
            size_t ks = r->kamerstukken[k2].span.start, ce = ks;
            const char *op = memchr(s + ss, '(', ks - ss);
            if (op)
                ce = (size_t)(op - s);
            while (ce > ss && (ki_is_blank((unsigned char)s[ce - 1]) || s[ce - 1] == ','))
                ce--;
            ki_motion *m;
            ki_status st = list_item_motion(sc, base, k2, ss, ss, p, r->kamerstukken[k2].span.end, &m);
            if (st)
                return st;
            m->sponsors = r->motions[base].sponsors;
            m->nsponsors = r->motions[base].nsponsors;
            m->cs = r->motions[base].cs;
            if (ce > ss && !(m->subject = clean_copy(r, s, ss, ce)))
                return KI_ERR_NOMEM;
            k = k2;
            continue;
        }
        size_t len = p + 300 < n ? cp_fwd(s, n, p + 300) : n;
        if (p >= n || !is_upper((unsigned char)s[p]) ||
            run_p(sc->d, KI_P_SPONSORS, s, len, p, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
            return KI_OK;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_SPONSORS]);
        size_t ns = ov[0], ne = ov[1];
        size_t open = ki_skip_blank(s, n, ne), subj_s = 0, subj_e = 0, w;
        /* "... en Mertens (VVD) over minder toetsdruk (Kamerstuk ...)": a
         * party, and a subject, before the number */
        if (open < n && s[open] == '(' && kst_in(sc, open, open + 16) < 0) {
            const char *cl = memchr(s + open, ')', n - open < 32 ? n - open : 32);
            if (cl) {
                ne = (size_t)(cl - s) + 1;
                open = ki_skip_blank(s, n, ne);
            }
        }
        if ((w = word_at(s, n, open, "over")) || (w = word_at(s, n, open, "inzake"))) {
            size_t q = subj_s = ki_skip_blank(s, n, w);
            while (q < n && q - subj_s < 250 && s[q] != '(' && s[q] != ';' && s[q] != '.' && s[q] != '\n')
                q++;
            if (q < n && s[q] == '(') {
                subj_e = q;
                while (subj_e > subj_s && ki_is_blank((unsigned char)s[subj_e - 1]))
                    subj_e--;
                open = q;
            }
        }
        long k2 = open < n && s[open] == '(' ? kst_in(sc, open, open + 16) : -1;
        if (k2 < 0 || k2 <= k)
            return KI_OK;
        ki_motion *m;
        ki_status st = list_item_motion(sc, base, k2, ns, ne, ns, r->kamerstukken[k2].span.end, &m);
        if (st)
            return st;
        if (subj_e > subj_s && !(m->subject = clean_copy(r, s, subj_s, subj_e)))
            return KI_ERR_NOMEM;
        k = k2;
    }
    return KI_OK;
}

/*
 * "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), Kamerstuk 32 793, nr.
 * 181 (Wolbert) en Kamerstuk 32 793, nr. 185 (Wolbert)": after motion `base`
 * (Kamerstuk k, its bracket closing at close), each further "[,|en] NUMBER
 * (NAMES)" of the list is a motion of its own, with the relation and
 * evidence of the first.
 */
static ki_status list_next_numbered(struct ki_scan *sc, size_t base, long k, size_t close)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (int items = 0; items < 12; items++) {
        size_t p = ki_skip_blank(s, n, close), e, ns, ne;
        if (p < n && (s[p] == ',' || s[p] == ';'))
            p = ki_skip_blank(s, n, p + 1);
        if ((e = word_at(s, n, p, "en")))
            p = ki_skip_blank(s, n, e);
        long k2 = kst_in(sc, p, p + 1);
        if (k2 <= k)
            return KI_OK;
        size_t a = ki_skip_blank(s, n, r->kamerstukken[k2].span.end);
        if (!bracket_names(sc, a, &ns, &ne, &close))
            return KI_OK;
        ki_motion *m;
        ki_status st = list_item_motion(sc, base, k2, ns, ne, p, close, &m);
        if (st)
            return st;
        k = k2;
    }
    return KI_OK;
}

/* Does the motion at pos open its line ("De motie van het lid Krol;
 * Verzoekt ...", a row of a bijlage), a bullet or "De" before it allowed? */
static bool row_start(const char *s, size_t n, size_t pos)
{
    size_t ls = line_start(s, pos), i = ki_skip_blank(s, pos, ls);
    if (i < pos && bullet_at(s, n, ls)) {
        while (i < pos && !ki_is_letter((unsigned char)s[i]))
            i++;
    }
    size_t e;
    if ((e = word_at(s, pos, i, "de")) || (e = word_at(s, pos, i, "een")))
        i = ki_skip_blank(s, pos, e);
    return i == pos;
}

static void shared_words(const char *a, const char *b, int *shared, int *fewest);

/* Two rows of a list or table by one member are two motions: each opens
 * its line, and their subjects share no word, or the later row goes on with
 * its own dictum ("De motie van het lid Krol; Verzoekt de regering, ..."). */
static bool rows_apart(const char *s, size_t n, const ki_motion *m, const ki_motion *p)
{
    if (!row_start(s, n, m->span.start) || !row_start(s, n, p->span.start))
        return false;
    /* a subject read from "De motie van het lid X verzoekt de regering Y" is
     * its dictum, not a title to compare */
    bool dict = starts_ci(s, n, ki_skip_blank(s, n, m->span.end), "verzoekt") ||
                starts_ci(s, n, ki_skip_blank(s, n, p->span.end), "verzoekt");
    if (m->subject && p->subject && !dict) {
        int sh, few;
        shared_words(m->subject, p->subject, &sh, &few);
        return few > 0 && sh == 0;
    }
    size_t a = ki_skip_blank(s, n, m->span.end);
    return a < n && s[a] == ';' && starts_ci(s, n, ki_skip_blank(s, n, a + 1), "verzoekt");
}

/* Where the body of a motion read out in Handelingen ("Motie\n\nDe Kamer,
 * ... en gaat over tot de orde van de dag.") that holds pos starts (its
 * "De Kamer,"), or (size_t)-1 when pos is in none. */
static size_t motion_body(const char *s, size_t n, size_t pos)
{
    size_t lo = pos > 6000 ? pos - 6000 : 0;
    for (size_t q = pos; q > lo; q--) {
        /* the line starts before q, by memrchr() */
        const char *nl = memrchr(s + lo, '\n', q - lo);
        if (!nl)
            break;
        q = (size_t)(nl - s) + 1;
        int c = q < n ? s[q] | 0x20 : 0;
        if (c != 'e' && c != 'd')
            continue;
        if (starts_ci(s, n, q, "en gaat over tot de orde van de dag"))
            return (size_t)-1;
        if (starts_ci(s, n, q, "De Kamer,")) {
            size_t b = q - 1;
            while (b > lo && ki_is_blank((unsigned char)s[b - 1]))
                b--;
            return b >= 5 && starts_ci(s, n, b - 5, "Motie") ? q : (size_t)-1;
        }
    }
    return (size_t)-1;
}

/* Motions submitted in the text itself (Handelingen), by index in
 * r->motions: such a motion is never a later mention of another.  Also the
 * motions that are the name cell of an annex row (annex_dictum()). */
typedef struct subflags {
    unsigned char *v;
    size_t cap;
} subflags;

static bool sub_set(subflags *f, size_t i, bool on)
{
    if (i >= f->cap) {
        size_t nc = f->cap ? f->cap * 2 : 64;
        while (nc <= i)
            nc *= 2;
        unsigned char *v = realloc(f->v, nc);
        if (!v)
            return false;
        memset(v + f->cap, 0, nc - f->cap);
        f->v = v;
        f->cap = nc;
    }
    f->v[i] = on;
    return true;
}

/* Does the letter say, in its title or opening, that it handles motions
 * ("Uitvoering van diverse moties en toezeggingen", "een overzicht van de
 * stand van zaken van de door u aangeleverde moties")?  Read once. */
static bool handles_motions(struct ki_scan *sc)
{
    if (sc->handles_motions)
        return sc->handles_motions > 0;
    static const char *const intro[] = {"uitvoering van", "stand van zaken van", "voortgang van",
                                        "afhandeling van", "afdoening van"};
    const char *s = sc->s;
    size_t lim = sc->n < 3000 ? sc->n : 3000;
    bool yes = false;
    for (size_t k = 0; k < sizeof intro / sizeof intro[0] && !yes; k++) {
        const char *t = sc->meta.title;
        size_t tl = strlen(t), p;
        /* in the title, or in the opening text */
        if ((p = find_ci(t, tl, 0, intro[k])) != (size_t)-1 && find_ci(t, tl, p, "motie") != (size_t)-1)
            yes = true;
        for (size_t from = 0; !yes && (p = find_ci(s, lim, from, intro[k])) != (size_t)-1; from = p + 1) {
            size_t e = p + 100 < lim ? p + 100 : lim;
            size_t m = find_ci(s, e, p, "moties");
            yes = m != (size_t)-1 && !memchr(s + p, '.', m - p);
        }
    }
    sc->handles_motions = yes ? 1 : -1;
    return yes;
}

/*
 * A motion named in a heading or title line ("Uitvoering van de motie van het
 * lid X c.s. over Y", "Motie van het lid Bushoff over MRSA"), with no full
 * stop before the text below it: where its line ends, or (size_t)-1 when the
 * motion at start (its names ending at after) is running prose.  A title
 * line opens its block (the text's start, a blank line or a finished
 * sentence above it), ends in a word that can end a phrase (no ",", "(",
 * "van", "de"...), and the next line starts with a capital that is no
 * Kamerstuk: PDF text wraps prose at any word, but a wrapped line goes on
 * in lower case or after a preposition.
 */
/* Where the line s[a, e) ends when its end can end a title (a word that is
 * none of open[], a number, ')' or "c.s."), or (size_t)-1. */
static size_t title_end(const char *s, size_t a, size_t e, const char *const *open, size_t nopen)
{
    size_t t = e;
    while (t > a && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    if (t <= a)
        return (size_t)-1;
    unsigned char lc = (unsigned char)s[t - 1];
    if (lc == '.' && !(t >= a + 4 && starts_ci(s, t, t - 4, "c.s.")))
        return (size_t)-1;
    if (!(ki_is_letter(lc) || ki_is_digit(lc) || lc == ')' || lc == '.' || lc >= 0x80))
        return (size_t)-1;
    size_t w = t;
    while (w > a && ki_is_letter((unsigned char)s[w - 1]))
        w--;
    for (size_t k = 0; k < nopen; k++)
        if (word_at(s, t, w, open[k]) == t)
            return (size_t)-1;
    return t;
}

static size_t heading_end(struct ki_scan *sc, size_t start, size_t after)
{
    static const char *const open_words[] = {
        "de", "het", "een", "van", "voor", "over", "met", "in", "op", "aan", "te", "en", "of", "dat", "die",
        "als", "door", "bij", "naar", "om", "tot", "uit", "tegen", "tussen", "onder", "na", "zijn", "is",
        "wordt", "der", "den", "ter", "ten", "inzake", "betreffende", "zoals", "waarin", "welke", "dan", "nr",
        "nrs", "lid", "leden"};
    const char *s = sc->s;
    size_t n = sc->n, ls = line_start(s, start), le = line_end(s, n, ls);
    if (after > le || le >= n)
        return (size_t)-1;
    /* the line opens its block */
    size_t i = ki_skip_blank(s, le, ls);
    if (bullet_at(s, n, ls))
        while (i < start && !ki_is_letter((unsigned char)s[i]))
            i++;
    if (i >= le || !is_upper((unsigned char)s[i]))
        return (size_t)-1;
    /* above it: nothing, a blank line, a finished sentence or another title
     * ("Bijlage - Stand van zaken⏎Passages van de minister van VWS⏎Motie van
     * het lid X over Y⏎In navolging van ...") */
    if (ls > 0 && !blank_line(s, n, line_start(s, ls - 1))) {
        size_t pl = line_start(s, ls - 1);
        char c = last_char(s, n, pl);
        if (c != '.' && c != ':' && c != ';' && c != '!' && c != '?' && title_end(s, pl, line_end(s, n, pl), open_words, sizeof open_words / sizeof open_words[0]) == (size_t)-1)
            return (size_t)-1;
    }
    /* it ends in a word that can end a title; no bracket is left open */
    size_t t = title_end(s, start, le, open_words, sizeof open_words / sizeof open_words[0]);
    if (t == (size_t)-1 || t <= after)
        return (size_t)-1;
    int depth = 0;
    for (size_t x = start; x < t; x++)
        depth += s[x] == '(' ? 1 : s[x] == ')' ? -1 : 0;
    if (depth > 0)
        return (size_t)-1;
    /* the next line starts with a capital, and not with a number; or it is
     * a Kamerstuk's dossier line ("36 512 Wijziging van de ...") */
    size_t nl = ki_skip_blank(s, n, le), de;
    char dos[8];
    if (nl < n && dossier_at(s, le + 80 < n ? le + 80 : n, nl, dos, &de)) {
        size_t x = ki_skip_blank(s, n, de), r = x;
        while (r < n && s[r] && strchr("IVXL", s[r]) && r < de + 9) /* a Roman sub: "36 200 XVI" */
            r++;
        if (r > x && r < n && ki_is_blank((unsigned char)s[r]))
            x = ki_skip_blank(s, n, r);
        if (x > de && x + 1 < n && is_upper((unsigned char)s[x]) && s[x + 1] >= 'a' && s[x + 1] <= 'z')
            return t;
    }
    if (nl >= n || !is_upper((unsigned char)s[nl]))
        return (size_t)-1;
    long k = kst_in(sc, nl, nl + 1);
    if (k >= 0 || starts_ci(s, n, nl, "Kamerstuk") || starts_ci(s, n, nl, "Kst"))
        return (size_t)-1;
    return t;
}

/* A word of w[] at a word start in s[a, b): its position, or (size_t)-1.
 * Only places whose byte can begin one of the words (as word_at() compares
 * it: either case of a letter) are tried. */
static size_t word_in(const char *s, size_t a, size_t b, const char *const *w, size_t nw)
{
    bool first[256] = {false};
    for (size_t k = 0; k < nw; k++) {
        unsigned c = (unsigned)ki_lower((unsigned char)w[k][0]);
        if (!c)
            memset(first, true, sizeof first); /* word_at() lets any byte begin "" */
        first[c] = true;
        if (c >= 'a' && c <= 'z')
            first[c - 32] = true;
    }
    for (size_t i = a; i < b; i++) {
        if (!first[(unsigned char)s[i]])
            continue;
        if (i > a && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        for (size_t k = 0; k < nw; k++)
            if (word_at(s, b, i, w[k]))
                return i;
    }
    return (size_t)-1;
}

/*
 * Does the sentence s[a, b) promise to report to the Kamer ("zal het kabinet
 * uw Kamer hier voor 1 april nader over informeren", "zal ik u ... berichten")
 * outside the motion's own subject [xs, xe)?  A promise to report on a motion
 * is progress on it.
 */
static bool promise_in(const char *s, size_t a, size_t b, size_t xs, size_t xe)
{
    static const char *const aux[] = {"zal", "zullen"};
    static const char *const verbs[] = {"informeren", "berichten", "rapporteren", "inlichten", "toesturen",
                                        "toezenden", "sturen", "terugkomen", "aanbieden", "informeer"};
    static const char *const whom[] = {"Kamer", "u"};
    for (size_t z = a; (z = word_in(s, z, b, aux, 2)) != (size_t)-1; z++) {
        if (z >= xs && z < xe)
            continue;
        size_t lim = z + 240 < b ? z + 240 : b;
        size_t v = word_in(s, z, lim, verbs, sizeof verbs / sizeof verbs[0]);
        if (v == (size_t)-1 || (v >= xs && v < xe))
            continue;
        size_t k = word_in(s, z, v, whom, 2);
        if (k != (size_t)-1 && !(k >= xs && k < xe))
            return true;
    }
    return false;
}

/* Does the sentence s[a, b) recall what the Kamer or a commissie asked ("Uw
 * Kamer heeft via de motie van het lid X het kabinet verzocht ...", "De vaste
 * commissie ... heeft mij verzocht ...")?  A letter recalls the request it
 * answers. */
static bool request_recap(const char *s, size_t a, size_t b)
{
    static const char *const asked[] = {"verzocht", "gevraagd"};
    static const char *const who[] = {"uw Kamer", "commissie", "Kamercommissie"};
    size_t v = word_in(s, a, b, asked, 2);
    if (v == (size_t)-1 || memchr(s + a, '?', b - a))
        return false;
    size_t w = word_in(s, a, v, who, 3);
    return w != (size_t)-1;
}

/* A list of votes or a table puts the number first: "31497-305 Gewijzigde
 * motie van de leden X en Y over ...": the Kamerstuk that opens the line and
 * ends just before the motion at pos, or -1. */
static long number_before(struct ki_scan *sc, size_t pos)
{
    const char *s = sc->s;
    const ki_refs *r = sc->r;
    for (size_t i = ref_from(sc, REF_KST, pos > 40 ? pos - 40 : 0); i < r->nkamerstukken; i++) {
        const ki_span *sp = &r->kamerstukken[i].span;
        if (sp->start >= pos)
            break;
        if (sp->end > pos || pos - sp->end > 2 || (sc->kflag[i] & KF_REPLACED))
            continue;
        size_t ls = line_start(s, sp->start);
        if (ki_skip_blank(s, sp->start, ls) == sp->start && ki_is_blank((unsigned char)s[sp->end]))
            return (long)i;
    }
    return -1;
}

/* Does s[a, b) name a letter ("brief", "Kamerbrief", "voortgangsbrief",
 * "de brieven")? */
static bool letter_between(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i + 5 <= b; i++) {
        size_t e = s[i] != 'b' ? 0 : starts_ci(s, b, i, "brieven") ? i + 7 : starts_ci(s, b, i, "brief") ? i + 5 : 0;
        if (e && (e == b || !ki_is_letter((unsigned char)s[e])))
            return true;
    }
    return false;
}

/*
 * "De motie is daarmee afgedaan.", "Hiermee beschouw ik deze motie als
 * uitgevoerd.": a motion named by nothing (at pos) whose own sentence says
 * it is settled or in progress speaks of the motion named last, within a
 * few paragraphs and with no other item named in between; that record takes
 * the relation when it is stronger than its own.
 */
static void back_reference(struct ki_scan *sc, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                           size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    if (r->nmotions == 0)
        return;
    ki_motion *p = &r->motions[r->nmotions - 1];
    /* a motion known by its subject alone is one too ("de motie over de
     * woningbouw ... Die motie heb ik uitgevoerd.") */
    if (p->span.start >= pos || pos - p->span.start > 2500 || (!p->nsponsors && !p->kamerstuk && !p->subject))
        return;
    /* nothing else named since: no motion with names, no commitment */
    for (size_t k = mot_from(mv, nm, p->span.end); k < nm && mv[k].start < pos; k++)
        if (mv[k].names_s < mv[k].names_e || mv[k].by)
            return;
    size_t c0 = com_from(cv, nc, p->span.end);
    if (c0 < nc && cv[c0].start < pos)
        return;
    size_t a = sent_start(s, n, pos), b = sent_end(s, n, pos), q = b;
    while (q > a && ki_is_blank((unsigned char)s[q - 1]))
        q--;
    if (q > a && s[q - 1] == '?')
        return;
    /* "Over de uitvoering van die motie heb ik uw Kamer op 5 juni
     * geïnformeerd (Kamerstuk ...)": a report in another document */
    if (kst_in(sc, a, b) >= 0)
        return;
    cues c;
    cues_of(sc, a, b, 0, 0, &c);
    if (c.settled == c.progress || c.cited)
        return;
    ki_relation rel = c.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
    if (rel_rank(rel) <= rel_rank(p->relation))
        return;
    char *ev = clean_copy(r, s, a, b);
    if (!ev)
        return; /* out of memory: the record keeps what it had */
    p->relation = rel;
    p->evidence = ev;
}

/* "met als strekking" at j: what a motion moved in a debate was about. */
static bool purport_at(const char *s, size_t n, size_t j)
{
    size_t e = word_at(s, n, j, "met");
    return e && (e = word_at(s, n, ki_skip_blank(s, n, e), "als")) && word_at(s, n, ki_skip_blank(s, n, e), "strekking");
}

/* The end of "de regering" / "het kabinet" at s[x], else 0. */
static size_t government_at(const char *s, size_t n, size_t x)
{
    size_t y;
    if (!(y = word_at(s, n, x, "de")) && !(y = word_at(s, n, x, "het")))
        return 0;
    x = ki_skip_blank(s, n, y);
    if (!(y = word_at(s, n, x, "regering")) && !(y = word_at(s, n, x, "kabinet")))
        return 0;
    return y;
}

/* Where the subject starts after the words at j that introduce what a
 * motion asks: "met (het) verzoek (om)", "houdende het verzoek (om)", "met
 * als strekking (dat)", "verzoekt de regering(,) (om)", and with the Kamer
 * that asks named "verzocht uw Kamer het kabinet"; 0 when none stands at j. */
static size_t request_lead(const char *s, size_t n, size_t j)
{
    size_t e = 0;
    /* ", die de regering verzoekt X", "die het kabinet vraagt om X" */
    if (j < n && s[j] == ',' && ((e = word_at(s, n, ki_skip_blank(s, n, j + 1), "die")) ||
                                 (e = word_at(s, n, ki_skip_blank(s, n, j + 1), "welke")))) {
        size_t x = ki_skip_blank(s, n, e), y;
        if (!(y = government_at(s, n, x)))
            return 0;
        x = ki_skip_blank(s, n, y);
        if (!(e = word_at(s, n, x, "verzoekt")) && !(e = word_at(s, n, x, "vraagt")))
            return 0;
        if (e < n && s[e] == ',')
            e++;
    } else if ((e = word_at(s, n, j, "met")) || (e = word_at(s, n, j, "houdende"))) {
        size_t x = ki_skip_blank(s, n, e), y;
        if ((y = word_at(s, n, x, "het")) || (y = word_at(s, n, x, "een")))
            x = ki_skip_blank(s, n, y);
        if (purport_at(s, n, j)) {
            x = ki_skip_blank(s, n, word_at(s, n, ki_skip_blank(s, n, word_at(s, n, x, "als")), "strekking"));
            if ((y = word_at(s, n, x, "dat")))
                x = ki_skip_blank(s, n, y);
            return x < n && ki_is_letter((unsigned char)s[x]) ? x : 0;
        }
        if (!(e = word_at(s, n, x, "verzoek")))
            return 0;
    } else if ((e = word_at(s, n, j, "verzoekt")) || (e = word_at(s, n, j, "verzocht"))) {
        size_t x = ki_skip_blank(s, n, e), y;
        if ((y = word_at(s, n, x, "uw")) || (y = word_at(s, n, x, "de"))) {
            size_t z = ki_skip_blank(s, n, y), k;
            if ((k = word_at(s, n, z, "Tweede")))
                z = ki_skip_blank(s, n, k);
            if ((k = word_at(s, n, z, "Kamer")))
                x = ki_skip_blank(s, n, k);
        }
        if (!(e = government_at(s, n, x)))
            return 0;
        if (e < n && s[e] == ',')
            e++;
    } else {
        return 0;
    }
    size_t x = ki_skip_blank(s, n, e), y;
    if ((y = word_at(s, n, x, "om")) || (y = word_at(s, n, x, "tot")))
        x = ki_skip_blank(s, n, y);
    return x < n && ki_is_letter((unsigned char)s[x]) ? x : 0;
}

/* Where the request that starts at a ends (at most 400 bytes on, and not
 * past b): at ';', a blank line, or the full stop of its sentence, a
 * footnote mark glued to it or not ("van jongeren.[^2] De", "leerlingen.3
 * In"). */
static size_t request_end(const char *s, size_t n, size_t a, size_t b)
{
    if (b > a + 400)
        b = a + 400;
    if (b > n)
        b = n;
    for (size_t i = a; i < b; i++) {
        if (s[i] == ';' || (s[i] == '\n' && i + 1 < b && s[i + 1] == '\n'))
            return i;
        if (s[i] != '.')
            continue;
        size_t x = i + 1, y = x;
        if (x < b && s[x] == '[') { /* "[^2]" */
            while (y < b && y < i + 10 && s[y] != ']')
                y++;
            if (y < b && s[y] == ']')
                x = y + 1;
        }
        while (x < b && ki_is_digit((unsigned char)s[x]) && x < i + 4)
            x++;
        y = ki_skip_blank(s, n, x);
        if (x >= b || (ki_is_blank((unsigned char)s[x]) && (x == i + 1 || y >= n || is_upper((unsigned char)s[y]))))
            return i;
    }
    return b;
}

/* The first line of the paragraph before the one whose first line starts
 * at ls, in *ps, and the end of its last line, in *pe; false when there is
 * none (blank lines of blanks only count as blank). */
static bool para_before(const char *s, size_t n, size_t ls, size_t *ps, size_t *pe)
{
    size_t p = prev_line(s, n, ls);
    if (p == (size_t)-1)
        return false;
    *pe = line_end(s, n, p);
    while (p > 0 && !blank_line(s, n, line_start(s, p - 1)))
        p = line_start(s, p - 1);
    *ps = p;
    return true;
}

/*
 * A row of a begroting's annex "Moties en toezeggingen", its cells flattened
 * to paragraphs: the dictum ("De Tweede Kamer verzoekt de regering X."),
 * the vindplaats ("Debat [22-02-2018] Plenair debat ..."), the motion by its
 * name alone ("Motie-Jansen", "Motie-Straus/ Jadnanansing c.s."), then its
 * number and its stand van zaken.  For a motion s[start, end) that is such a
 * name cell: the request of the dictum cell two paragraphs up (after its
 * last "verzoekt de regering", to the end of that request), in [*ds, *de).
 */
static bool annex_dictum(const char *s, size_t n, size_t start, size_t end, size_t *ds, size_t *de)
{
    size_t ls = line_start(s, start), le = line_end(s, n, start);
    if (ki_skip_blank(s, le, ls) != start || ls == 0 || !blank_line(s, n, line_start(s, ls - 1)) || end > le ||
        le - start > 120 || (le < n && !blank_line(s, n, le + 1)))
        return false;
    /* the name and nothing more ("c.s." at most): no number, no sentence */
    size_t t = ki_skip_blank(s, le, end);
    if (t < le && starts_ci(s, le, t, "c.s"))
        t = ki_skip_blank(s, le, t + 3 + (t + 3 < le && s[t + 3] == '.'));
    if (t < le)
        return false;
    /* the vindplaats: one line, a label rather than a sentence */
    size_t vs, ve, qs, qe;
    if (!para_before(s, n, ls, &vs, &ve) || line_end(s, n, vs) != ve || find_ci(s, ve, vs, "verzoekt") != (size_t)-1 ||
        last_char(s, n, vs) == '.' || !para_before(s, n, vs, &qs, &qe))
        return false;
    size_t a = 0;
    for (size_t v = qs; (v = find_ci(s, qe, v, "verzoekt")) != (size_t)-1; v++) {
        size_t e2 = request_lead(s, qe, v);
        if (e2 && (v == qs || !ki_is_letter((unsigned char)s[v - 1])))
            a = e2;
    }
    if (!a)
        return false;
    /* the cell is the request's end ("in lijn met de motie 30 950, nr. 113,
     * passende maatregelen te nemen"), unless it runs on too long */
    size_t b = qe - a < 600 ? qe : request_end(s, n, a, qe);
    while (b > a && (ki_is_blank((unsigned char)s[b - 1]) || s[b - 1] == '.' || s[b - 1] == ','))
        b--;
    if (b <= a)
        return false;
    *ds = a;
    *de = b;
    return true;
}

/* The paragraph at or after x (blank lines skipped): [*ps, *pe), its end
 * before the blank line that closes it; false at the end of the text. */
static bool para_at(const char *s, size_t n, size_t x, size_t *ps, size_t *pe)
{
    while (x < n && blank_line(s, n, x))
        x = line_end(s, n, x) + 1;
    if (x >= n)
        return false;
    size_t e = x;
    while (e < n && !blank_line(s, n, e))
        e = line_end(s, n, e) + 1;
    *ps = x;
    *pe = e > n ? n : e;
    while (*pe > x && ki_is_blank((unsigned char)s[*pe - 1]))
        (*pe)--;
    return true;
}

/* The stand cell of the annex row whose name cell starts at start: the
 * paragraph after the name, or after its number cell ("33 106, nr. 71"),
 * unless that paragraph is the next row's dictum; [*cs, *ce). */
static bool stand_cell(struct ki_scan *sc, size_t start, size_t *cs, size_t *ce)
{
    const char *s = sc->s;
    size_t n = sc->n, ps, pe;
    if (!para_at(s, n, line_end(s, n, start), &ps, &pe))
        return false;
    long k = kst_in(sc, ps, ps + 1);
    if (k >= 0 && sc->r->kamerstukken[k].span.end + 2 >= pe && !para_at(s, n, pe, &ps, &pe))
        return false;
    if (find_ci(s, pe, ps, "verzoekt") != (size_t)-1)
        return false;
    *cs = ps;
    *ce = pe;
    return true;
}

/* The relation an annex row's stand cell gives its motion: settled
 * ("Aan de motie is uitvoering gegeven met de brief van ...") or progress
 * ("Op dit moment wordt uitgewerkt ..."), when it has the cues of one of
 * them only; progress too when it has no cue at all, for a stand van zaken
 * that is no "afgedaan" reports where things stand ("Op dit moment wordt
 * bekeken hoe ...", "In de zomer van 2016 wordt de eindevaluatie
 * toegezonden"); else false ("Aangehouden", both kinds of cue). */
static bool annex_status(struct ki_scan *sc, size_t start, ki_relation *rel, size_t *es, size_t *ee)
{
    size_t cs, ce;
    if (!stand_cell(sc, start, &cs, &ce))
        return false;
    cues c;
    cues_of(sc, cs, ce, 0, 0, &c);
    if (c.settled == c.progress && (c.settled || c.cited))
        return false;
    *rel = c.settled ? KI_REL_SETTLED : KI_REL_PROGRESS;
    *es = cs;
    *ee = ce;
    return true;
}

/* The sponsors of an older annex row, written as the Kamer's register
 * writes members: "Hamer, drs. M.I., Slob, drs. A., Vlies, ir. B.J. van der"
 * (surname, titles and initials, the prefix last), in s[a, b): each
 * surname with its prefix in front ("Van der Vlies") appended to m; *first
 * is where the first of them starts, *end where the last ends (both a when
 * there is none). */
static ki_status register_names(struct ki_scan *sc, ki_motion *m, size_t a, size_t b, size_t *first,
                                size_t *end)
{
    *first = *end = a;
    static const char *const titles[] = {"drs.", "mr.", "ir.", "dr.", "prof.", "ing.", "ds.", "dr.ir."};
    static const char *const particles[] = {"van", "der", "de", "den", "ter", "ten", "het", "'t", "in"};
    const char *s = sc->s;
    for (size_t c = a; c + 2 < b; c++) {
        if (s[c] != ',' || s[c + 1] != ' ')
            continue;
        size_t x = c + 2, e;
        bool tagged = false;
        for (bool more = true; more && x < b;) {
            more = false;
            for (size_t t = 0; t < sizeof titles / sizeof titles[0] && !more; t++)
                if (starts_ci(s, b, x, titles[t])) {
                    x = ki_skip_blank(s, b, x + strlen(titles[t]));
                    more = tagged = true;
                }
        }
        size_t i0 = x;
        while (x + 1 < b && is_upper((unsigned char)s[x]) && s[x + 1] == '.')
            x += 2;
        if (!tagged && x == i0)
            continue; /* no member: "Begroting OCW, rest" */
        if (x == i0)
            continue;
        /* the surname: the word before the comma */
        size_t w = c;
        while (w > a && (ki_is_letter((unsigned char)s[w - 1]) || (unsigned char)s[w - 1] >= 0x80 ||
                         s[w - 1] == '-' || s[w - 1] == '\''))
            w--;
        if (w == c || !is_upper((unsigned char)s[w]))
            continue;
        /* the prefix after the initials: "van der" */
        size_t ps = ki_skip_blank(s, b, x), pe = ps;
        for (size_t q = ps; q < b;) {
            size_t pe2 = 0;
            for (size_t k = 0; k < sizeof particles / sizeof particles[0] && !pe2; k++)
                if ((e = word_at(s, b, q, particles[k])) && s[q] >= 'a' && s[q] <= 'z')
                    pe2 = e;
            if (!pe2)
                break;
            pe = pe2;
            q = ki_skip_blank(s, b, pe2);
        }
        char name[96];
        int len;
        if (pe > ps)
            len = snprintf(name, sizeof name, "%c%.*s %.*s", s[ps] - 32, (int)(pe - ps - 1), s + ps + 1,
                           (int)(c - w), s + w);
        else
            len = snprintf(name, sizeof name, "%.*s", (int)(c - w), s + w);
        if (len <= 0 || (size_t)len >= sizeof name)
            continue;
        ki_sponsor *v = ki_refs_alloc(sc->r, (m->nsponsors + 1) * sizeof *v);
        if (!v || !(v[m->nsponsors].name = ki_refs_strdup(sc->r, name)))
            return KI_ERR_NOMEM;
        if (m->nsponsors)
            memcpy(v, m->sponsors, m->nsponsors * sizeof *v);
        m->sponsors = v;
        if (!m->nsponsors)
            *first = w;
        m->nsponsors++;
        c = pe > x ? pe : x;
        *end = c;
    }
    return KI_OK;
}

/*
 * A row of an older annex (the rijksbegroting's "Moties en toezeggingen" of
 * about 2005-2008), its cells glued into one line: "De Kamer verzoekt de
 * regering X.PA [12-11-2003] Begroting OCW Hamer, drs. M.I., Slob, drs. A.
 * kamerstuk 29 200 VIII, nr. 72De motie is afgedaan met brief d.d. 29
 * september 2005.": the dictum, the vindplaats with its date in brackets,
 * the sponsors (register_names()), the motion's Kamerstuk, the stand.  Each
 * such line is a motion, added to sc->r in the order of the text (with its
 * flags in subm and rows, the row's own flag set).
 */
static ki_status glued_rows(struct ki_scan *sc, subflags *subm, subflags *rows)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    size_t from = 0, v;
    while ((v = find_ci(s, n, from, "verzoekt de regering")) != (size_t)-1) {
        from = v + 1;
        size_t ls = line_start(s, v), le = line_end(s, n, v), f = ki_skip_blank(s, le, ls), e;
        if (!(e = word_at(s, le, f, "De")))
            continue;
        f = ki_skip_blank(s, le, e);
        if ((e = word_at(s, le, f, "Tweede")))
            f = ki_skip_blank(s, le, e);
        if (!(e = word_at(s, le, f, "Kamer")) || ki_skip_blank(s, le, e) != v)
            continue;
        size_t a = request_lead(s, le, v);
        if (!a)
            continue;
        /* the vindplaats: "[12-11-2003]" */
        size_t br = a;
        while (br < le && !(s[br] == '[' && br + 1 < le && ki_is_digit((unsigned char)s[br + 1])))
            br++;
        const char *cl = br < le ? memchr(s + br, ']', le - br < 16 ? le - br : 16) : NULL;
        if (!cl)
            continue;
        /* the dictum ends at the full stop before the vindplaats's label */
        size_t d = br;
        while (d > a && (ki_is_blank((unsigned char)s[d - 1]) || is_upper((unsigned char)s[d - 1])))
            d--;
        if (d <= a || s[d - 1] != '.')
            continue;
        d--;
        size_t after = (size_t)(cl - s) + 1, nb, ne;
        ki_motion *m = ki_refs_add_motion(r);
        if (!m || !sub_set(subm, r->nmotions - 1, false) || !sub_set(rows, r->nmotions - 1, true))
            return KI_ERR_NOMEM;
        ki_status st = register_names(sc, m, after, le, &nb, &ne);
        if (st)
            return st;
        if (!m->nsponsors) {
            r->nmotions--;
            continue;
        }
        /* its number right after the names; a later one is the stand's */
        long k = kst_in(sc, ne, le);
        size_t te = ne;
        if (k >= 0 && ki_skip_blank(s, le, ne) == r->kamerstukken[k].span.start) {
            m->kamerstuk = r->kamerstukken[k].id;
            te = r->kamerstukken[k].span.end;
        }
        if (!(m->subject = clean_copy(r, s, a, d)))
            return KI_ERR_NOMEM;
        /* the stand: its cue, else a report of where it stands */
        cues c;
        cues_of(sc, te, le, 0, 0, &c);
        m->relation = c.settled && !c.progress ? KI_REL_SETTLED
                      : c.progress && !c.settled ? KI_REL_PROGRESS
                      : c.cited || c.settled     ? KI_REL_CITED
                                                 : KI_REL_PROGRESS;
        m->evidence = clean_copy(r, s, te, le);
        m->text = clean_copy(r, s, nb, te); /* its members and number */
        m->span.start = nb;
        m->span.end = te;
        m->span.page = ki_text_page(sc->t, nb);
        if (!m->evidence || !m->text)
            return KI_ERR_NOMEM;
        /* into its place in the order of the text */
        size_t at = r->nmotions - 1;
        while (at > 0 && r->motions[at - 1].span.start > nb)
            at--;
        if (at < r->nmotions - 1) {
            ki_motion tmp = *m;
            memmove(&r->motions[at + 1], &r->motions[at], (r->nmotions - 1 - at) * sizeof tmp);
            r->motions[at] = tmp;
            memmove(subm->v + at + 1, subm->v + at, r->nmotions - 1 - at);
            memmove(rows->v + at + 1, rows->v + at, r->nmotions - 1 - at);
            subm->v[at] = 0;
            rows->v[at] = 1;
        }
        from = le;
    }
    return KI_OK;
}

/*
 * The stand cell of an annex row (the paragraphs after its name cell, its
 * number cell and its stand, up to a paragraph with a dictum) names other
 * motions: "De motie is afgedaan met de brief ..., Kamerstuk 33 187, nr. 39
 * inzake motie 33 000-VIII, nr. 144 en motie 33 187, nr. 34" settles the
 * row's motion and only cites those.  A row without a number cell that
 * names one numbered motion there ("... met de brief inzake antwoord op
 * motie 34 251, nr. 60") is that motion: it takes the number, and the two
 * records become one (not one it names beside it: "zie ook motie X").  rows
 * flags the row motions by index.
 */
static void annex_stands(struct ki_scan *sc, const subflags *rows)
{
    ki_refs *r = sc->r;
    for (size_t i = 0; i < r->nmotions && i < rows->cap; i++) {
        if (!rows->v[i])
            continue;
        ki_motion *row = &r->motions[i];
        size_t cs, ce;
        if (!stand_cell(sc, row->span.start, &cs, &ce))
            continue;
        long only = -1;
        int named = 0;
        for (size_t j = 0; j < r->nmotions; j++) {
            ki_motion *m = &r->motions[j];
            if (j == i || (j < rows->cap && rows->v[j]) || m->span.start <= row->span.start ||
                m->span.start >= ce)
                continue;
            if (row->kamerstuk && m->kamerstuk && strcmp(row->kamerstuk, m->kamerstuk) == 0)
                continue;
            named++;
            /* (not one set beside it: "zie ook motie X", "samen met motie X") */
            size_t b0 = m->span.start > 24 ? m->span.start - 24 : 0;
            bool beside = find_ci(sc->s, m->span.start, b0, "zie ook") != (size_t)-1 ||
                          find_ci(sc->s, m->span.start, b0, "samen met") != (size_t)-1 ||
                          find_ci(sc->s, m->span.start, b0, "evenals") != (size_t)-1;
            if (!row->kamerstuk && m->kamerstuk && !m->nsponsors && !beside)
                only = (long)j;
            m->relation = KI_REL_CITED;
        }
        if (named == 1 && only >= 0) {
            ki_motion *m = &r->motions[only];
            row->kamerstuk = m->kamerstuk;
            m->relation = row->relation; /* the same motion */
        }
    }
}

/* "De motie-X (35000-XII, nr. 12) is in die zin gewijzigd dat zij thans is
 * ondertekend door de leden X en Y": the sentence after the number at pos
 * names the changed motion's sponsors, which replace those of m. */
static ki_status changed_sponsors(struct ki_scan *sc, ki_motion *m, size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n, se = sent_end(s, n, pos);
    size_t g = find_ci(s, se, pos, "gewijzigd");
    size_t o = g == (size_t)-1 ? g : find_ci(s, se, g, "ondertekend door");
    if (o == (size_t)-1 || o > pos + 200)
        return KI_OK;
    size_t bl = o + 300 < n ? cp_fwd(s, n, o + 300) : n;
    if (run_p(sc->d, KI_P_MOTION_BY, s, bl, o, KI_ANY, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK) <= 0)
        return KI_OK;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_MOTION_BY]);
    ki_hit h = {sc->d->re[KI_P_MOTION_BY], ov, pcre2_get_ovector_count(sc->d->md[KI_P_MOTION_BY]), s, ov[0], ov[1],
                KI_P_MOTION_BY, &sc->d->names[KI_P_MOTION_BY]};
    const char *gp;
    size_t gl;
    if (!group(&h, "names", &gp, &gl))
        return KI_OK;
    m->sponsors = NULL;
    m->nsponsors = 0;
    m->cs = false;
    return parse_sponsors(sc, m, (size_t)(gp - s), (size_t)(gp - s) + gl);
}

/* Whether the number "ter vervanging van ... gedrukt onder nr. 51" at pos
 * replaces an amendment, not a motion: "amendement" is the nearer noun
 * before it in its sentence ("AMENDEMENT VAN HET LID X TER VERVANGING VAN
 * DAT GEDRUKT ONDER NR. 51"), or, without either noun, the neuter "dat
 * gedrukt" (a motion is "die gedrukt"). */
static bool amendment_replaced(const char *s, size_t n, size_t pos)
{
    size_t ss = sent_start(s, n, pos);
    if (pos > ss + 400)
        ss = pos - 400;
    for (size_t i = pos; i > ss; i--) {
        if (starts_ci(s, pos, i - 1, "amendement"))
            return true;
        if (starts_ci(s, pos, i - 1, "motie"))
            return false;
    }
    size_t d = find_ci(s, pos, ss, "dat gedrukt");
    return d != (size_t)-1;
}

static const char *next_word(const char **p, size_t *len);

/* Whether two subjects of motions name the same thing: every word of three
 * letters or more of the shorter one is in the other ("de bekostiging van
 * het mbo" and "de bekostiging van het mbo en hbo"); NULL meets nothing. */
static bool same_subject(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    if (strlen(a) > strlen(b)) {
        const char *t = a;
        a = b;
        b = t;
    }
    size_t l, m;
    int words = 0;
    for (const char *p = a; *p;) {
        const char *w = next_word(&p, &l);
        if (l < 3)
            continue;
        bool in = false;
        for (const char *q = b; *q && !in;) {
            const char *v = next_word(&q, &m);
            in = m == l && strncasecmp(v, w, l) == 0;
        }
        if (!in)
            return false;
        words++;
    }
    return words > 0;
}

/*
 * A motion known by its subject alone: "de motie over de bekostiging van
 * het mbo", "De door uw Kamer aangenomen motie over X": the article "de"
 * (not "een", "deze", "mijn", ...) a few words before the trigger at
 * [start, end), and "over" or "inzake" with a subject of its own after it,
 * before lim.  Such a motion is a record of its own (no number, no
 * sponsor); "een motie over X" is one not yet moved, "deze motie" one
 * named before.
 */
static bool by_subject(const char *s, size_t n, size_t start, size_t end, size_t lim)
{
    static const char *const other[] = {"een", "deze", "die", "dit", "dat", "geen", "mijn", "zijn", "haar", "hun",
                                        "onze", "elke", "iedere", "welke", "andere", "zo'n", NULL};
    size_t b = start;
    bool de = false;
    for (int back = 0; back < 5 && b > 0 && !de; back++) {
        while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
            b--;
        size_t e = b;
        while (b > 0 && (ki_is_letter((unsigned char)s[b - 1]) || s[b - 1] == '\''))
            b--;
        if (b == e || word_in_list(s, b, e, other))
            return false;
        de = word_at(s, e, b, "de") != 0;
    }
    size_t j = ki_skip_blank(s, n, end), e2;
    if (!de || !((e2 = word_at(s, n, j, "over")) || (e2 = word_at(s, n, j, "inzake"))))
        return false;
    size_t a = ki_skip_blank(s, n, e2), z = subject_stop(s, a, lim < n ? lim : n);
    while (z > a && (ki_is_blank((unsigned char)s[z - 1]) || s[z - 1] == '.'))
        z--;
    return z > a + 3 && !anaphor(s, a, z);
}

/* Whether the number at pos ends a motion read out: "... en gaat over tot
 * de orde van de dag." a few sentences before ("Naar mij blijkt, wordt de
 * indiening ervan voldoende ondersteund. Zij krijgt nr. 348"), and no
 * other motion's number between. */
static bool read_out_before(const char *s, size_t n, size_t pos)
{
    size_t lo = pos > 600 ? pos - 600 : 0, g = (size_t)-1, x;
    for (x = lo; (x = find_ci(s, pos, x, "en gaat over tot de orde")) != (size_t)-1; x++)
        g = x;
    (void)n;
    return g != (size_t)-1 && find_ci(s, pos, g, "krijgt nr") == (size_t)-1 &&
           find_ci(s, pos, g, "De Kamer,") == (size_t)-1;
}

/* The motion that the gewijzigde motie numbered by Kamerstuk k ("Zij krijgt
 * nr. 348") changes: the one of the number it replaces right after it
 * ("was nr. 347"), or the one named in "De motie-X (..., nr. 347) is in die
 * zin gewijzigd dat zij thans luidt" before it, with no other motion's
 * number between; -1 when none. */
static long changed_motion(const struct ki_scan *sc, size_t k)
{
    const ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t pos = r->kamerstukken[k].span.start;
    const char *was = NULL;
    if (k + 1 < r->nkamerstukken && (sc->kflag[k + 1] & KF_REPLACED) &&
        r->kamerstukken[k + 1].span.start < sent_end(s, sc->n, pos))
        was = r->kamerstukken[k + 1].id;
    long best = -1;
    for (size_t j = 0; j < r->nmotions; j++) {
        const ki_motion *m = &r->motions[j];
        if (!m->kamerstuk || strcmp(m->kamerstuk, r->kamerstukken[k].id) == 0)
            continue;
        if (was && strcmp(m->kamerstuk, was) == 0 && m->span.start < pos)
            return (long)j;
        if (m->span.end >= pos || pos - m->span.end > 3000)
            continue;
        size_t se = sent_end(s, sc->n, m->span.end);
        if (find_ci(s, se, m->span.end, "in die zin gewijzigd") == (size_t)-1 ||
            find_ci(s, pos, m->span.end, "krijgt nr") != (size_t)-1)
            continue;
        best = (long)j;
    }
    return best;
}

static ki_status build_motions_in(struct ki_scan *sc, const motinfo *mv, size_t nm,
                                  const cominfo *cv, size_t nc, subflags *subm, subflags *rows)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (size_t i = 0; i < nm; i++) {
        motinfo cur = mv[i];
        const motinfo *mi = &cur;
        size_t after = mi->names_e > mi->end ? mi->names_e : mi->end;
        size_t nt = next_trigger(mv, nm, cv, nc, mi->start, n);
        size_t se = sent_end(s, n, after > 0 ? after - 1 : 0);
        if (mi->by) /* "Zij krijgt nr. 890 (29279)." follows */
            se = sent_end(s, n, ki_skip_blank(s, n, se));
        size_t lim = se < nt ? se : nt;
        if (lim > after + 600)
            lim = after + 600;
        /* a title line ends the motion's text: what follows is not its number */
        size_t hl = heading_end(sc, mi->start, after);
        if (hl < lim)
            lim = hl;
        long k = kst_in(sc, after, lim);
        while (k >= 0 && (sc->kflag[k] & KF_REPLACED))
            k = kst_in(sc, r->kamerstukken[k].span.end, lim);
        /* "Aan de motie-X is uitvoering gegeven met de brief van 18 september
         * jl. (Kamerstuk 19 637, nr. 3266)": the number of the letter */
        if (k >= 0 && letter_between(s, after, r->kamerstukken[k].span.start))
            k = -1;
        bool nfirst = false; /* "31497-305 Gewijzigde motie van ..." */
        if (k < 0 && !mi->by && !mi->header)
            nfirst = (k = number_before(sc, mi->start)) >= 0;
        if (k < 0 && !mi->by)
            k = footnote_kamerstuk(sc, mi->names_s < mi->names_e ? mi->names_s : mi->end, lim);
        if (k < 0 && !mi->by)
            k = cell_kamerstuk(sc, mi->start, nt);
        if (mi->by && k < 0) {
            /* Handelingen: "Deze motie is voorgesteld door het lid X. Naar mij
             * blijkt, wordt de indiening ervan voldoende ondersteund. Zij
             * krijgt nr. 203(28286)." -- the number a few sentences on */
            size_t l2 = after + 400 < nt ? after + 400 : nt;
            for (long q = kst_in(sc, after, l2); q >= 0; q = kst_in(sc, r->kamerstukken[q].span.end, l2))
                if (sc->kflag[q] & KF_KRIJGT) {
                    k = q;
                    lim = r->kamerstukken[q].span.end;
                    break;
                }
        }
        /* a motion read out gets its number from "Zij krijgt nr."; a number
         * in its own overwegingen is another motion's ("overwegende dat de
         * motie op stuk nr. 68 (35483) is aangenomen") */
        size_t eol;
        if (k >= 0 && !(sc->kflag[k] & KF_KRIJGT) && motion_heading(sc, mi, &eol))
            k = -1;
        bool own = mi->header && sc->meta.self_id[0] && sc->meta.kind && strcmp(sc->meta.kind, "motie") == 0;
        if (own)
            k = -1;
        /* the sponsors named apart from the number (see names_apart()) */
        bool late = nfirst, submitted = mi->by; /* they follow the number; submitted here */
        bool bracketed = false; /* "Kamerstuk ..., nr. 176 (Dik-Faber)" */
        if (mi->names_s == mi->names_e && !mi->header && !mi->by) {
            size_t skip = 0;
            int how = names_apart(sc, mv, nm, i, k, &cur, &skip);
            /* "Voorzitter. In november nam de Kamer mijn motie aan": the
             * member speaking moved it */
            size_t ms, me;
            if (!how && !mi->plural && word_before(s, mi->start, "mijn") && speaker_label(sc, mi->start, &ms, &me)) {
                cur.names_s = ms;
                cur.names_e = me;
                how = 2;
            }
            late = how == 1 || how == 3;
            bracketed = how == 3;
            i += skip;
            after = cur.names_e > cur.end ? cur.names_e : cur.end;
            if (late) {
                lim = sent_end(s, n, after > 0 ? after - 1 : 0);
                nt = next_trigger(mv, nm, cv, nc, cur.end, n);
                if (lim > nt)
                    lim = nt;
                if (lim > after + 600)
                    lim = after + 600;
            }
        }
        if (mi->names_s == mi->names_e && !mi->header) {
            /* "die laatste motie", "deze motie": one already named */
            size_t b = mi->start, w0 = 0;
            for (int back = 0; back < 2 && b > 0; back++) {
                while (b > 0 && ki_is_blank((unsigned char)s[b - 1]))
                    b--;
                size_t e = b;
                while (b > 0 && ki_is_letter((unsigned char)s[b - 1]))
                    b--;
                if (word_at(s, e, b, "deze") || word_at(s, e, b, "die") || word_at(s, e, b, "dezelfde") ||
                    word_at(s, e, b, "laatste") || word_at(s, e, b, "genoemde") ||
                    word_at(s, e, b, "bovengenoemde") || word_at(s, e, b, "voornoemde"))
                    w0 = 1;
                /* an article before it ends its phrase: "die de motie op nr.
                 * 1297 verving" names a motion of its own */
                if (word_at(s, e, b, "de") || word_at(s, e, b, "het") || word_at(s, e, b, "een"))
                    break;
            }
            if (!w0 && k < 0 && read_out_motion(sc, &cur)) {
                submitted = true;
                /* its subject is its "verzoekt ..." body, not the words after "Motie" */
                after = cur.end;
                lim = after;
            } else if ((w0 || k < 0) && (w0 || mi->plural || !by_subject(s, n, mi->start, mi->end, lim))) {
                if (!mi->plural) /* "alle moties zijn afgehandeld" names no one motion */
                    back_reference(sc, mv, nm, cv, nc, mi->start);
                continue;
            }
        }
        /* "mijn reactie op de aangenomen moties (Kamerstuk 32 123 X, nr. 89)":
         * several motions without a name own no one number; it is the
         * letter's that handles them */
        if (k >= 0 && mi->plural && cur.names_s == cur.names_e && !late && !bracketed && !submitted &&
            !((size_t)k + 1 < r->nkamerstukken && sc->kgroup[k + 1] == sc->kgroup[k]) &&
            kst_in(sc, r->kamerstukken[k].span.end, lim) < 0)
            continue;
        size_t nk = 1;
        if (k >= 0 && mi->plural) {
            while ((size_t)k + nk < r->nkamerstukken && sc->kgroup[k + nk] == sc->kgroup[k])
                nk++;
            /* "de volgende moties zijn vervallen: 35300-XII-53; 34348-74; ...":
             * after a colon, every item of the list is one of them */
            size_t ks = r->kamerstukken[k].span.start; /* may lie before after (a table cell) */
            /* ... and "de moties over X (Kamerstuk 35510-21 en Kamerstuk
             * 35510-16)": every number of the bracket that follows them */
            size_t ob = ks;
            while (ob > after && ki_is_blank((unsigned char)s[ob - 1]))
                ob--;
            bool bracket = ob > after && s[ob - 1] == '(' && cur.names_s == cur.names_e;
            if (ks > after && (bracket || memchr(s + after, ':', ks - after))) {
                while ((size_t)k + nk < r->nkamerstukken) {
                    size_t pe = r->kamerstukken[k + nk - 1].span.end;
                    size_t ns = r->kamerstukken[k + nk].span.start;
                    if (ns < pe || ns - pe > 4)
                        break;
                    bool sep = true; /* only "; " or ", " between them, or " en " in a bracket */
                    for (size_t x = pe; x < ns && sep; x++) {
                        size_t e;
                        if (bracket && (e = word_at(s, ns, x, "en")))
                            x = e - 1;
                        else
                            sep = s[x] == ';' || s[x] == ',' || ki_is_blank((unsigned char)s[x]);
                    }
                    if (!sep)
                        break;
                    nk++;
                }
            }
        }
        for (size_t q = 0; q < nk; q++) {
            ki_motion *m = ki_refs_add_motion(r);
            if (!m || !sub_set(subm, r->nmotions - 1, submitted))
                return KI_ERR_NOMEM;
            if (k >= 0)
                m->kamerstuk = r->kamerstukken[k + q].id;
            else if (own)
                m->kamerstuk = ki_refs_strdup(r, sc->meta.self_id);
            if (mi->names_e > mi->names_s) {
                ki_status st = parse_sponsors(sc, m, mi->names_s, mi->names_e);
                if (st)
                    return st;
            }
            if (cur.co_e > cur.co_s) {
                ki_status st = parse_sponsors(sc, m, cur.co_s, cur.co_e);
                if (st)
                    return st;
            }
            if (q == 0 && k >= 0 && !late) {
                ki_status st = changed_sponsors(sc, m, r->kamerstukken[k].span.end);
                if (st)
                    return st;
            }
            /* subject: "over ..." or "met het verzoek ..." */
            size_t j = ki_skip_blank(s, n, after), e2, subj_cut = 0;
            size_t subj_s = j, subj_e = k >= 0 && !late ? r->kamerstukken[k].span.end : lim;
            size_t kb = k >= 0 && !late ? ki_skip_blank(s, n, r->kamerstukken[k].span.end) : 0;
            bool req = false;
            if (kb && kb < n && s[kb] == ')')
                kb = ki_skip_blank(s, n, kb + 1);
            /* "de gewijzigde motie-X c.s. (t.v.v. 35570-VIII-50) over Y", "(ter
             * vervanging van die gedrukt onder nr. 123) over Y": the motion it
             * replaces, then its subject */
            if (j < n && s[j] == '(') {
                size_t o = ki_skip_blank(s, n, j + 1);
                const char *cp = memchr(s + j, ')', n - j < 160 ? n - j : 160);
                if (cp && (starts_ci(s, n, o, "t.v.v") || starts_ci(s, n, o, "tvv") ||
                           starts_ci(s, n, o, "ter vervanging") || starts_ci(s, n, o, "was nr"))) {
                    size_t z = ki_skip_blank(s, n, (size_t)(cp - s) + 1);
                    if (word_at(s, n, z, "over") || word_at(s, n, z, "inzake"))
                        j = z;
                }
            }
            /* "een motie ingediend over X", "kondigde ... een motie aan over
             * X": what was done to it, then its subject */
            /* "Het lid X dient de volgende motie in: verzoekt de regering Y" */
            if ((e2 = word_at(s, n, j, "in")) && e2 < n && s[e2] == ':' &&
                request_lead(s, n, ki_skip_blank(s, n, e2 + 1)))
                j = ki_skip_blank(s, n, e2 + 1);
            if (((e2 = moved_word(s, n, j)) || (e2 = word_at(s, n, j, "aan")) || (e2 = word_at(s, n, j, "in"))) &&
                (word_at(s, n, ki_skip_blank(s, n, e2), "over") || word_at(s, n, ki_skip_blank(s, n, e2), "inzake")))
                j = ki_skip_blank(s, n, e2);
            /* "een motie-X c.s. ingediend, met als strekking dat Y" */
            if ((e2 = moved_word(s, n, j))) {
                size_t c = ki_skip_blank(s, n, e2);
                if (c < n && s[c] == ',')
                    c = ki_skip_blank(s, n, c + 1);
                if (request_lead(s, n, c))
                    j = c;
            }
            if ((e2 = word_at(s, n, j, "over")) || (e2 = word_at(s, n, j, "inzake"))) {
                subj_s = ki_skip_blank(s, n, e2);
            } else if (kb > j && kb < lim && ((e2 = word_at(s, n, kb, "over")) || (e2 = word_at(s, n, kb, "inzake")))) {
                /* "de motie (36512, nr. 76) over de huurtoeslag is uitgevoerd" */
                subj_s = ki_skip_blank(s, n, e2);
                subj_e = subject_stop(s, subj_s, lim);
            } else if ((e2 = request_lead(s, n, j))) {
                subj_s = e2;
                /* "De motie van het lid X verzoekt de regering Y.": Y, to its sentence's end */
                if ((req = word_at(s, n, j, "verzoekt") != 0 || word_at(s, n, j, "verzocht") != 0 ||
                           purport_at(s, n, j)))
                    subj_e = request_end(s, n, e2, n);
            } else if (kb > j && kb < lim && (e2 = request_lead(s, n, kb))) {
                /* "De motie van het lid X (Kamerstuk ...) verzoekt de regering Y." */
                subj_s = e2;
                subj_e = request_end(s, n, e2, n);
                req = true;
            } else {
                subj_s = subj_e;
            }
            if (subj_e > subj_s) {
                size_t cut = subj_e;
                for (size_t x = subj_s; x < subj_e; x++)
                    if (s[x] == '(' && k >= 0 && !late) {
                        cut = x;
                        break;
                    }
                /* "Motie van het lid X over Y⏎Kamerstuk 36600-XVI, nr. 45": the
                 * number on its own is no part of the subject */
                if (k >= 0 && !late && r->kamerstukken[k].span.start > subj_s && r->kamerstukken[k].span.start < cut)
                    cut = r->kamerstukken[k].span.start;
                if ((k < 0 || late) && !req)
                    cut = subj_e = subject_stop(s, subj_s, lim);
                while (cut > subj_s && (ki_is_blank((unsigned char)s[cut - 1]) || s[cut - 1] == '.' ||
                                        s[cut - 1] == ',' || s[cut - 1] == '|' || s[cut - 1] == ';'))
                    cut--;
                if (cut > subj_s && cut - subj_s < 400 && !anaphor(s, subj_s, cut) &&
                    !(m->subject = clean_copy(r, s, subj_s, cut)))
                    return KI_ERR_NOMEM;
                if (m->subject)
                    subj_cut = cut;
            }
            /* known by its subject alone (by_subject()): that is all it has */
            bool bare = k < 0 && !own && mi->names_s == mi->names_e && !mi->header && !submitted;
            if (bare && !m->subject) {
                r->nmotions--;
                continue;
            }
            /* a motion moved here or the motion itself: what it asks ("verzoekt
             * de regering, X" gives X) */
            if (!m->subject && (mi->header || submitted)) {
                size_t ds, de;
                if (dictum(s, n, mi->start, mi->end, mi->by, &ds, &de) && !(m->subject = clean_copy(r, s, ds, de)))
                    return KI_ERR_NOMEM;
            }
            /* a row of an annex "Moties en toezeggingen": its dictum cell */
            size_t ds, de;
            bool arow = annex_dictum(s, n, mi->start, after, &ds, &de);
            if (arow) {
                if (!sub_set(rows, r->nmotions - 1, true))
                    return KI_ERR_NOMEM;
                if (!m->subject && !(m->subject = clean_copy(r, s, ds, de)))
                    return KI_ERR_NOMEM;
            }
            size_t xs = after, xe = k >= 0 && !late ? r->kamerstukken[k].span.end : subj_e;
            /* without a number or an "over ..." the words after the name say
             * what happens to it ("de wijze waarop de motie X wordt
             * uitgevoerd"), they are no subject to leave out */
            if ((k < 0 || late) && subj_s == subj_e)
                xe = after;
            size_t te0 = xe > mi->end ? xe : mi->end;
            size_t es, ee;
            /* items later in the same sentence do not end its next sentence
             * ("A en B zijn betrokken. Over de uitvoering van beide moties
             * informeer ik u ..."), unless that sentence names an item itself */
            size_t own_end = sent_end(s, n, mi->start);
            size_t nt_same = next_trigger_f(mv, nm, cv, nc, mi->start, n, true);
            size_t nt_item = nt_same;
            if (nt_same < own_end) {
                size_t nt_after = next_trigger_f(mv, nm, cv, nc, own_end > 0 ? own_end - 1 : 0, n, true);
                if (nt_after >= sent_end(s, n, ki_skip_blank(s, n, own_end)))
                    nt_item = nt_after;
            }
            bool heading = ki_skip_blank(s, n, line_start(s, mi->start)) == mi->start;
            /* the motion document itself ("Nr. 110 MOTIE VAN HET LID X"):
             * its considerans ("constaterende dat ... niet volledig is
             * uitgevoerd") says nothing of what became of it */
            bool self_doc = mi->header && sc->meta.kind && strcmp(sc->meta.kind, "motie") == 0;
            if (submitted || self_doc) {
                /* a motion moved here: its own "verzoekt de regering ... de
                 * Kamer hierover te informeren" is its request, not a report */
                m->relation = KI_REL_CITED;
                es = sent_start(s, n, mi->start);
                ee = own_end;
            } else if (!(arow && annex_status(sc, mi->start, &m->relation, &es, &ee)) &&
                       !row_status(sc, mi->start, &m->relation, &es, &ee) &&
                       !clause_rel(sc, mv, nm, cv, nc, mi->start, te0, xs, xe, &m->relation, &es, &ee)) {
                m->relation = relation_of(sc, mi->start, xs, xe, nt_item, &es, &ee);
                /* "Aan de motie wordt daarmee uitvoering gegeven; zij is nog
                 * niet afgerond": done and not done weigh as not yet done */
                if (m->relation == KI_REL_ADDRESSED && not_yet_done(s, es, ee))
                    m->relation = KI_REL_PROGRESS;
                /* "De heer X heeft gevraagd of de motie over Y is uitgevoerd":
                 * an indirect question reports nothing */
                if ((m->relation == KI_REL_SETTLED || m->relation == KI_REL_PROGRESS) &&
                    es == sent_start(s, n, mi->start) && asked_whether(s, es, mi->start))
                    m->relation = KI_REL_CITED;
                /* "Met deze brief informeer ik u over de uitvoering van diverse
                 * moties ...", then "Motie Bisschop over ..." opening a line:
                 * one of those the letter handles */
                if (m->relation == KI_REL_CITED && heading && !mi->header && handles_motions(sc))
                    m->relation = KI_REL_ADDRESSED;
                size_t ps = sent_start(s, n, mi->start), pe = sent_end(s, n, mi->start);
                if ((m->relation == KI_REL_CITED || m->relation == KI_REL_ADDRESSED) &&
                    promise_in(s, ps, pe, xs, xe)) {
                    /* "Conform de motie van het lid X, zal het kabinet uw Kamer
                     * hier voor 1 april nader over informeren" */
                    m->relation = KI_REL_PROGRESS;
                    es = ps;
                    ee = pe;
                } else if (m->relation == KI_REL_CITED && sc->meta.kind && strcmp(sc->meta.kind, "brief") == 0 &&
                           mi->start < 3000 && request_recap(s, ps, pe)) {
                    /* "Uw Kamer heeft via de motie van het lid X het kabinet
                     * verzocht ...", opening a letter: what the letter answers */
                    m->relation = KI_REL_ADDRESSED;
                    es = ps;
                    ee = pe;
                }
            }
            /* "(de motie-Graus ...), die de motie op nr. 1297 verving": the
             * motion replaced is only named; the one that replaced it is
             * what the sentence settles */
            if (k >= 0 && !late) {
                size_t v = ki_skip_blank(s, n, r->kamerstukken[k].span.end);
                if (v < n && s[v] == ')')
                    v = ki_skip_blank(s, n, v + 1);
                if (word_at(s, n, v, "verving") || word_at(s, n, v, "vervingen") || word_at(s, n, v, "vervangt"))
                    m->relation = KI_REL_CITED;
            }
            m->evidence = clean_copy(r, s, es, ee);
            size_t te = k >= 0 && r->kamerstukken[k].span.end > mi->end ? r->kamerstukken[k].span.end : mi->end;
            if (mi->names_e > te)
                te = mi->names_e;
            if (bare) /* "motie over de bekostiging van het mbo" */
                te = subj_cut;
            m->text = clean_copy(r, s, mi->start, te);
            m->span.start = mi->start;
            m->span.end = te;
            m->span.page = ki_text_page(sc->t, mi->start);
            if (q > 0) {
                /* the later items of "de moties 35925-32; 35925-29; ...": each
                 * where its own number stands */
                m->text = r->kamerstukken[k + q].text;
                m->span = r->kamerstukken[k + q].span;
            }
            if (!m->text || !m->evidence)
                return KI_ERR_NOMEM;
        }
        /* "de moties van de leden A c.s. (Kamerstuk ...) en B (Kamerstuk ...)" */
        if (k >= 0 && mi->plural && !late && nk == 1) {
            ki_status st = list_next_motions(sc, r->nmotions - 1, k);
            if (st)
                return st;
        }
        /* "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), Kamerstuk 32 793,
         * nr. 181 (Wolbert) en ..." */
        if (k >= 0 && mi->plural && bracketed) {
            ki_status st = list_next_numbered(sc, r->nmotions - 1, k, cur.end);
            if (st)
                return st;
        }
    }
    /* the replaced motion ("t.v.v. 31497-297", "gedrukt onder nr. 297") and
     * a motion numbered in Handelingen ("Zij krijgt nr. 41 (36 600 XVI)")
     * are motions too, without sponsors when nothing names them */
    for (size_t k = 0; k < r->nkamerstukken; k++) {
        if (!(sc->kflag[k] & (KF_REPLACED | KF_KRIJGT)))
            continue;
        if ((sc->kflag[k] & KF_REPLACED) && amendment_replaced(s, n, r->kamerstukken[k].span.start))
            continue;
        long have = -1;
        for (size_t j = 0; j < r->nmotions && have < 0; j++)
            if (r->motions[j].kamerstuk && strcmp(r->motions[j].kamerstuk, r->kamerstukken[k].id) == 0)
                have = (long)j;
        /* a gewijzigde motie numbered here ("Zij krijgt nr. 348, was nr. 347")
         * is the motion it changes in its new words: its sponsors, unless
         * named apart, and its subject when its own request only points back */
        long old = (sc->kflag[k] & KF_KRIJGT) ? changed_motion(sc, k) : -1;
        if (have >= 0) {
            ki_motion *m = &r->motions[have];
            if (old >= 0 && !m->subject && r->motions[old].subject)
                m->subject = r->motions[old].subject;
            continue;
        }
        ki_motion *m = ki_refs_add_motion(r);
        if (!m)
            return KI_ERR_NOMEM;
        m->kamerstuk = r->kamerstukken[k].id;
        m->relation = KI_REL_CITED;
        m->text = r->kamerstukken[k].text;
        m->span = r->kamerstukken[k].span;
        if (sc->kflag[k] & KF_KRIJGT) {
            size_t ds, de;
            if (read_out_before(s, n, m->span.start) && dictum(s, n, m->span.start, m->span.end, true, &ds, &de) &&
                !(m->subject = clean_copy(r, s, ds, de)))
                return KI_ERR_NOMEM;
            if (old >= 0) {
                const ki_motion *o = &r->motions[old];
                m->sponsors = o->sponsors;
                m->nsponsors = o->nsponsors;
                m->cs = o->cs;
                if (!m->subject)
                    m->subject = o->subject;
            }
        }
    }
    ki_status gst = glued_rows(sc, subm, rows);
    if (gst)
        return gst;
    annex_stands(sc, rows);
    /* one record per motion: a later mention by name only, or the same
     * Kamerstuk again, joins the first */
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        ki_motion *m = &r->motions[i];
        bool dup = false;
        bool msub = i < subm->cap && subm->v[i];
        bool mrow = i < rows->cap && rows->v[i];
        /* an earlier motion named in the considerans of one moved here
         * ("constaterende dat naar aanleiding van de motie van de leden X en
         * Y onderzoek is gedaan"): only cited, and not the one moved */
        size_t body = msub ? (size_t)-1 : motion_body(s, n, m->span.start);
        if (body != (size_t)-1)
            m->relation = KI_REL_CITED;
        for (size_t j = 0; j < o && !dup; j++) {
            ki_motion *p = &r->motions[j];
            bool same = false;
            if (body != (size_t)-1 && p->span.start <= body && p->span.start + 40 >= body)
                continue;
            bool mbare = !m->kamerstuk && !m->nsponsors, pbare = !p->kamerstuk && !p->nsponsors;
            /* two rows of an annex, each with its own dictum, are two
             * motions unless one number names both */
            bool two_rows = mrow && j < rows->cap && rows->v[j];
            if (m->kamerstuk && p->kamerstuk)
                same = strcmp(m->kamerstuk, p->kamerstuk) == 0;
            else if (two_rows)
                same = false;
            else if ((mbare || pbare) && !msub && same_subject(m->subject, p->subject)) {
                /* "de motie over X" is the motion named before (or after)
                 * with that subject; the named mention gives the record */
                same = true;
                if (pbare && !mbare) {
                    p->kamerstuk = m->kamerstuk;
                    p->sponsors = m->sponsors;
                    p->nsponsors = m->nsponsors;
                    p->cs = m->cs;
                    p->text = m->text;
                    p->span = m->span;
                }
            } else if (!m->kamerstuk && m->nsponsors && p->nsponsors && !msub && !rows_apart(s, n, m, p))
                same = strcasecmp(m->sponsors[0].name, p->sponsors[0].name) == 0;
            else if (m->kamerstuk && !p->kamerstuk && m->nsponsors && p->nsponsors &&
                     strcasecmp(m->sponsors[0].name, p->sponsors[0].name) == 0) {
                /* the first mention lacked the number: take it */
                p->kamerstuk = m->kamerstuk;
                same = true;
            }
            if (same) {
                dup = true;
                /* ... or named fewer of them: "De motie-X (...) is in die zin
                 * gewijzigd dat zij thans is ondertekend door de leden X en Y" */
                if ((!p->nsponsors && m->nsponsors) ||
                    (m->kamerstuk && p->kamerstuk && p->nsponsors && m->nsponsors > p->nsponsors &&
                     strcasecmp(m->sponsors[0].name, p->sponsors[0].name) == 0)) {
                    p->sponsors = m->sponsors;
                    p->nsponsors = m->nsponsors;
                    p->cs = m->cs;
                }
                if (rel_rank(m->relation) > rel_rank(p->relation)) {
                    p->relation = m->relation;
                    p->evidence = m->evidence;
                }
                /* "... de motie Jansen c.s. (Kamerstuk 35510-21). Met de motie
                 * Jansen c.s. verzocht uw Kamer het kabinet X": the later
                 * mention says what it asks */
                if (!p->subject && m->subject)
                    p->subject = m->subject;
            }
        }
        if (!dup) {
            if (o < rows->cap)
                rows->v[o] = mrow; /* o <= i: the flags move with their records */
            r->motions[o++] = *m;
        }
    }
    r->nmotions = o;
    return KI_OK;
}

static ki_status build_motions(struct ki_scan *sc, const motinfo *mv, size_t nm,
                               const cominfo *cv, size_t nc)
{
    subflags subm = {NULL, 0}, rows = {NULL, 0};
    ki_status st = build_motions_in(sc, mv, nm, cv, nc, &subm, &rows);
    free(subm.v);
    free(rows.v);
    return st;
}

/* The inside [*a, *b) of a bracket that closes the text s[from..to) (blanks
 * and ".;," after it aside): "... (commissiedebat X, 4 juli 2024);". */
static bool trailing_bracket(const char *s, size_t from, size_t to, size_t *a, size_t *b)
{
    size_t k = to;
    while (k > from && (ki_is_blank((unsigned char)s[k - 1]) || s[k - 1] == '.' || s[k - 1] == ';' ||
                        s[k - 1] == ','))
        k--;
    if (k <= from || s[k - 1] != ')')
        return false;
    size_t o = k - 1;
    while (o > from && k - o < 200 && s[o - 1] != '(' && s[o - 1] != ')' && s[o - 1] != '\n')
        o--;
    if (o <= from || s[o - 1] != '(')
        return false;
    *a = ki_skip_blank(s, k - 1, o);
    *b = k - 1;
    return *b > *a;
}

/* "voorganger(s)", "ambtsvoorganger(s)" at s[j..b) */
static bool predecessor_at(const char *s, size_t b, size_t j)
{
    return word_at(s, b, j, "voorganger") || word_at(s, b, j, "ambtsvoorganger") ||
           word_at(s, b, j, "voorgangers") || word_at(s, b, j, "ambtsvoorgangers");
}

/* A bewindspersoon named without the ministry at s[i..b): "uw voorganger",
 * "mijn ambtsvoorganger", "de minister", "de staatssecretaris", "het
 * kabinet", "de regering" (then "dat", "om", ",", a verb...; not "de
 * minister van X", which find_actors reads). */
static bool bare_maker(const char *s, size_t i, size_t b)
{
    size_t k;
    if ((k = word_at(s, b, i, "uw")) || (k = word_at(s, b, i, "mijn")) || (k = word_at(s, b, i, "zijn")) ||
        (k = word_at(s, b, i, "haar"))) {
        size_t j = ki_skip_blank(s, b, k);
        return predecessor_at(s, b, j);
    }
    if ((k = word_at(s, b, i, "de")) || (k = word_at(s, b, i, "het"))) {
        size_t j = ki_skip_blank(s, b, k), e;
        if (!((e = word_at(s, b, j, "minister")) || (e = word_at(s, b, j, "staatssecretaris")) ||
              (e = word_at(s, b, j, "minister-president")) || (e = word_at(s, b, j, "kabinet")) ||
              (e = word_at(s, b, j, "regering")) || (e = word_at(s, b, j, "bewindspersoon"))))
            return false;
        size_t f = ki_skip_blank(s, b, e);
        return !(word_at(s, b, f, "van") || word_at(s, b, f, "voor")); /* a title: find_actors */
    }
    return false;
}

/* Adds the last minister ('M') or staatssecretaris ('S') of rank (0: either;
 * never the minister-president) named in the back bytes before ss; false
 * when there is none. */
static bool last_named_before(struct ki_scan *sc, size_t ss, size_t back, char rank, actors *a)
{
    actors seen = {{0}, 0};
    find_actors(sc, ss > back ? ss - back : 0, ss, &seen);
    for (size_t i = seen.n; i > 0; i--) {
        const char *v = seen.v[i - 1];
        if ((v[0] == 'M' || v[0] == 'S') && strcmp(v, "MP") != 0 && (!rank || v[0] == rank)) {
            actor_add(a, v);
            return true;
        }
    }
    return false;
}

/* "De minister" at t, a title without its ministry, in a passage that
 * named one shortly before ("- De minister van JenV stuurt ... \n- De
 * minister zegt toe ..."): that bewindspersoon, the last of the same rank
 * named in the 600 bytes before ss. */
static bool same_rank_before(struct ki_scan *sc, size_t ss, size_t t, actors *a)
{
    const char *s = sc->s;
    size_t k = ss;
    while (k < t && !ki_is_letter((unsigned char)s[k]))
        k++;
    if (starts_ci(s, sc->n, k, "de "))
        k = ki_skip_blank(s, sc->n, k + 3);
    char rank = starts_ci(s, sc->n, k, "minister-president") ? 0
                : starts_ci(s, sc->n, k, "minister")       ? 'M'
                : starts_ci(s, sc->n, k, "staatssecretaris") ? 'S'
                                                             : 0;
    if (!rank)
        return false;
    return last_named_before(sc, ss, 600, rank, a);
}

/* "Zij zegde toe", "Ook heeft hij toegezegd", "Wel zegde hij toe", "Tevens
 * zegde de minister toe": a pronoun or a bare title in [a, b) for someone
 * the text named before.  Adds the last bewindspersoon named in the 1500
 * bytes before ss (of the title's rank, when a title is given); true when
 * such a subject is there, whether or not it was found. */
static bool third_person(struct ki_scan *sc, size_t ss, size_t a, size_t b, actors *ac)
{
    const char *s = sc->s;
    char rank = 0;
    bool found = false;
    for (size_t x = a; x < b && !found; x++) {
        if (x > a && ki_is_letter((unsigned char)s[x - 1]))
            continue;
        if (word_at(s, b, x, "hij") || word_at(s, b, x, "zij") || word_at(s, b, x, "ze"))
            found = true;
        else if (starts_ci(s, b, x, "de minister ") && !starts_ci(s, b, x, "de minister van"))
            found = true, rank = 'M';
        else if (starts_ci(s, b, x, "de staatssecretaris ") && !starts_ci(s, b, x, "de staatssecretaris van"))
            found = true, rank = 'S';
    }
    if (found)
        (void)last_named_before(sc, ss, 1500, rank, ac);
    return found;
}

/* Is pos in a bulleted list whose introduction (the line before its first
 * item, ending in ':') has the writer as subject ("doe ik de volgende
 * toezeggingen af:", "ga ik in op de volgende toezeggingen:")? */
static bool intro_by_self(struct ki_scan *sc, size_t pos)
{
    const char *s = sc->s;
    size_t n = sc->n;
    size_t first = list_first_item(sc, s, n, pos);
    if (first == (size_t)-1)
        return false;
    size_t p = prev_line(s, n, first);
    if (p == (size_t)-1 || last_char(s, n, p) != ':')
        return false;
    size_t le = line_end(s, n, p);
    for (size_t x = p; x < le; x++)
        if ((x == p || !ki_is_letter((unsigned char)s[x - 1])) &&
            (word_at(s, le, x, "ik") || word_at(s, le, x, "wij") || word_at(s, le, x, "we")))
            return true;
    return false;
}

/* Does s[ss..pos) say "mijn ambtsvoorganger" or "onze (ambts)voorgangers"
 * (the subject of "... heeft toegezegd"; a heading line may precede it): the
 * predecessor in the signer's own office, which the actor abbreviation
 * names as well (MSZW then as now)? */
static bool own_predecessor(const char *s, size_t ss, size_t pos)
{
    for (size_t i = ss; i < pos; i++) {
        size_t k;
        if ((i > ss && ki_is_letter((unsigned char)s[i - 1])) ||
            (!(k = word_at(s, pos, i, "mijn")) && !(k = word_at(s, pos, i, "onze")))) /* either case */
            continue;
        size_t j = ki_skip_blank(s, pos, k);
        if (predecessor_at(s, pos, j))
            return true;
    }
    return false;
}

/* Is the commitment noun at [ns, ne) made by its clause now: "Die
 * toezegging doe ik graag", "die toezegging kan ik doen", "Ik doe de
 * toezegging dat ...", "doe ik u de toezegging"?  (Not "heb ik gedaan",
 * nor "doe ik ... af".) */
static bool promise_done_now(const char *s, size_t ss, size_t ns, size_t ne, size_t ue)
{
    /* not "doe ik die toezegging gestand", "Beide toezeggingen doe ik met
     * deze brief af" (kept, done) */
    for (size_t y = ne; y < ue; y++)
        if (!ki_is_letter((unsigned char)s[y - 1]) && (word_at(s, ue, y, "gestand") || word_at(s, ue, y, "af")))
            return false;
    size_t a = ki_skip_blank(s, ue, ne), k;
    if ((k = word_at(s, ue, a, "kan")) || (k = word_at(s, ue, a, "wil")) || (k = word_at(s, ue, a, "doe")) ||
        (k = word_at(s, ue, a, "kunnen")) || (k = word_at(s, ue, a, "willen")) || (k = word_at(s, ue, a, "doen"))) {
        bool doe = s[a] == 'd';
        size_t j = ki_skip_blank(s, ue, k);
        if (!(k = word_at(s, ue, j, "ik")) && !(k = word_at(s, ue, j, "wij")) && !(k = word_at(s, ue, j, "we")))
            return false;
        if (doe)
            return true;
        for (int g = 0; g < 3; g++) { /* "kan ik (u) (graag) doen" */
            j = ki_skip_blank(s, ue, k);
            if (word_at(s, ue, j, "doen"))
                return true;
            if (!(k = word_at(s, ue, j, "u")) && !(k = word_at(s, ue, j, "wel")) && !(k = word_at(s, ue, j, "graag")) &&
                !(k = word_at(s, ue, j, "best")))
                return false;
        }
        return false;
    }
    /* before it: "Ik doe (u) (hierbij) de", "doe ik u de" */
    size_t x = ns, e;
    bool doe = false, who = false;
    for (int w = 0; w < 5 && x > ss; w++) {
        x = ki_word_before(s, ss, x, &e);
        if (x == e)
            break;
        if (word_at(s, e, x, "doe") || word_at(s, e, x, "doen"))
            doe = true;
        else if (word_at(s, e, x, "ik") || word_at(s, e, x, "wij") || word_at(s, e, x, "we"))
            who = true;
        else if (!(word_at(s, e, x, "de") || word_at(s, e, x, "een") || word_at(s, e, x, "die") ||
                   word_at(s, e, x, "deze") || word_at(s, e, x, "u") || word_at(s, e, x, "hierbij") ||
                   word_at(s, e, x, "graag") || word_at(s, e, x, "dan") || word_at(s, e, x, "ook")))
            break;
    }
    return doe && who;
}

/* The date a sentence opens with, "Op 30 december jl., ...", found in
 * s[ss, lim): true and *dt (its span in s). */
static bool opening_date(const char *s, size_t ss, size_t lim, ki_date *dt)
{
    size_t a = ss, k;
    while (a < lim && !ki_is_letter((unsigned char)s[a]))
        a++;
    if (!(k = word_at(s, lim, a, "op")))
        return false;
    a = ki_skip_blank(s, lim, k);
    size_t len = ki_date_parse(s + a, lim - a, false, dt);
    if (!len)
        return false;
    dt->start = a;
    dt->end = a + len;
    return true;
}

/* Where a deadline found at d0 (not before lo) begins with the words that
 * lead it in: "uiterlijk in het najaar van 2025", "voor het eind van 2025". */
static size_t deadline_lead(const char *s, size_t n, size_t lo, size_t d0)
{
    static const char *const pre[] = {"uiterlijk ", "voor het ", "tegen het ", "voor de "};
    for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++) {
        size_t l = strlen(pre[k]);
        if (d0 >= lo + l && starts_ci(s, n, d0 - l, pre[k]) &&
            (d0 - l == lo || !ki_is_letter((unsigned char)s[d0 - l - 1])))
            return d0 - l;
    }
    return d0;
}

/* Is s[a, e) a particle that a separable verb keeps before "te": "aan te
 * passen", "in te zetten", "op te treden"? */
static bool particle_at(const char *s, size_t a, size_t e)
{
    static const char *const pt[] = {"aan", "in", "op", "af", "toe", "door", "mee", "na", "over", "vast",
                                     "voor", "uit", "bij", "terug", "weg", "samen", "tegemoet", NULL};
    return word_in_list(s, a, e, pt);
}

/* Does the line at h0 (ending by e) begin with a commitment's number:
 * "T03987 Toezegging ...", "TZ202605-071"? */
static bool numbered_line(const char *s, size_t e, size_t h0)
{
    return h0 + 2 < e && s[h0] == 'T' && (ki_is_digit((unsigned char)s[h0 + 1]) || s[h0 + 1] == 'Z') &&
           ki_is_digit((unsigned char)s[h0 + 2]);
}

/* After "Toezegging" at hs: a register entry's label up to its colon,
 * nothing but a number or a short name and one bracket between ("Toezegging:",
 * "Toezegging (TZ202411-087):", "Toezegging TZ202606-044 (commissiedebat X,
 * 18 juni 2026):")?  Where its text starts, else ue. */
static size_t entry_label_end(const char *s, size_t hs, size_t ue)
{
    size_t i = ki_skip_blank(s, ue, hs);
    if (i < ue && s[i] != '(' && s[i] != ':') { /* one word: a number or an abbreviation */
        while (i < ue && !ki_is_blank((unsigned char)s[i]) && s[i] != '(' && s[i] != ':')
            i++;
        i = ki_skip_blank(s, ue, i);
    }
    if (i < ue && s[i] == '(') {
        const char *cb = memchr(s + i, ')', ue - i);
        if (!cb || (size_t)(cb - s) - i > 160)
            return ue;
        i = ki_skip_blank(s, ue, (size_t)(cb - s) + 1);
    }
    if (i >= ue || s[i] != ':')
        return ue;
    i = ki_skip_blank(s, ue, i + 1);
    return i + 10 < ue && ki_is_letter((unsigned char)s[i]) ? i : ue;
}

/* Does the sentence at ss open with a word that points back, before the
 * verb at pos: "Dat kan ik u toezeggen", "Die toezegging doe ik graag",
 * "Ook dit zeg ik toe"? */
static bool points_back(const char *s, size_t ss, size_t pos)
{
    size_t a = ss, k;
    while (a < pos && !ki_is_letter((unsigned char)s[a]))
        a++;
    if ((k = word_at(s, pos, a, "ook")) || (k = word_at(s, pos, a, "en")))
        a = ki_skip_blank(s, pos, k);
    return word_at(s, pos, a, "dat") || word_at(s, pos, a, "die") || word_at(s, pos, a, "dit") ||
           word_at(s, pos, a, "deze") || word_at(s, pos, a, "datgene");
}

/* What the sentence before ss asked or said, as [*a, *b): after its first
 * "om", "dat", "of" or "naar" ("vroeg in het debat om een overzicht van
 * X", "heb ik gezegd dat ik de Kamer zou informeren"), else all of it.
 * False when there is none or it is not a sentence of words. */
static bool said_before(const char *s, size_t n, size_t ss, size_t *a, size_t *b)
{
    size_t e = ss;
    while (e > 0 && ki_is_blank((unsigned char)s[e - 1]))
        e--;
    if (e < 2 || (s[e - 1] != '.' && s[e - 1] != '?'))
        return false;
    size_t p = sent_start(s, n, e - 1);
    e--;
    if (e <= p + 10 || e - p > 600)
        return false;
    static const char *const lead[] = {"om", "dat", "of", "naar"};
    size_t w = word_in(s, p + 1, e, lead, sizeof lead / sizeof lead[0]);
    if (w != (size_t)-1) {
        size_t k = ki_skip_blank(s, e, word_end(s, e, w));
        if (e - k > 10)
            p = k;
    }
    while (p < e && ki_is_blank((unsigned char)s[p]))
        p++;
    /* the question itself: "Wilt u de Kamer informeren over X?", "Kan de
     * minister toezeggen dat ...?", "Is de minister bereid om ...?" */
    static const char *const ask[] = {"Wilt u ", "Kunt u ", "Zou u ", "Wil de minister ", "Kan de minister ",
                                      "Wil de staatssecretaris ", "Kan de staatssecretaris ", "Wil het kabinet ",
                                      "Kan het kabinet "};
    for (size_t k = 0; k < sizeof ask / sizeof ask[0]; k++)
        if (starts_ci(s, e, p, ask[k])) {
            size_t q = ki_skip_blank(s, e, p + strlen(ask[k])), r;
            if ((r = word_at(s, e, q, "toezeggen")))
                q = ki_skip_blank(s, e, r);
            if ((r = word_at(s, e, q, "dat")) || (r = word_at(s, e, q, "om")))
                q = ki_skip_blank(s, e, r);
            if (e > q + 8)
                p = q;
            break;
        }
    *a = p;
    *b = e;
    return true;
}

/* Is s[cs..pos), just before "zal ik uw Kamer informeren", the text itself:
 * "In deze brief zal ik uw Kamer informeren over X", "Hieronder informeer
 * ik u over Y"?  What the letter holds is told, not promised. */
static bool this_text_ahead(const char *s, size_t cs, size_t pos)
{
    static const char *const here[] = {"in deze brief", "met deze brief", "in deze notitie", "in deze nota",
                                       "hieronder", "hierna", "in het onderstaande", "onderstaand",
                                       "in het vervolg van deze brief"};
    size_t a = ki_skip_blank(s, pos, cs), e = pos;
    while (e > a && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == ','))
        e--;
    for (size_t k = 0; k < sizeof here / sizeof here[0]; k++)
        if (e - a == strlen(here[k]) && starts_ci(s, e, a, here[k]))
            return true;
    return false;
}

/* Does s[ss..pos), before "toegezegd", point back at a debate named in the
 * sentence before: "Ik heb toen toegezegd", "Daarbij is toegezegd", "In dat
 * debat heb ik toegezegd", "Tijdens dat overleg zegde ik toe"? */
static bool back_to_debate(const char *s, size_t ss, size_t pos)
{
    static const char *const backs[] = {"toen", "daarbij", "daar", "daarin", "daartijdens"};
    static const char *const nouns[] = {"debat", "overleg", "commissiedebat", "notaoverleg", "gesprek"};
    if (word_in(s, ss, pos, backs, sizeof backs / sizeof backs[0]) != (size_t)-1)
        return true;
    for (size_t i = ss; i < pos; i++) {
        if (i > ss && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        size_t k;
        if ((k = word_at(s, pos, i, "dat")) || (k = word_at(s, pos, i, "dit"))) {
            size_t j = ki_skip_blank(s, pos, k);
            for (size_t w = 0; w < sizeof nouns / sizeof nouns[0]; w++)
                if (word_at(s, pos, j, nouns[w]))
                    return true;
        }
    }
    return false;
}

/* "zoals eerder toegezegd", "zoals reeds aan uw Kamer toegezegd", "later
 * dan (ik u heb) toegezegd": "zoals" (or "later/eerder/anders dan") at most
 * four words before the verb at pos, nothing between naming who: the
 * writer's own earlier promise. */
static bool zoals_before(const char *s, size_t ss, size_t pos)
{
    size_t x = pos, e;
    for (int w = 0; w < 5 && x > ss; w++) {
        x = ki_word_before(s, ss, x, &e);
        /* a footnote mark glued to a word: "eerder schriftelijk1 toegezegd" */
        if (x == e && e > ss + 1 && ki_is_digit((unsigned char)s[e - 1]) && ki_is_letter((unsigned char)s[e - 2])) {
            x = ki_word_before(s, ss, e - 1, &e);
            continue;
        }
        if (x == e)
            return false; /* a comma or bracket between */
        if (word_at(s, e, x, "zoals"))
            return true;
        /* "(komt) later dan (ik heb) toegezegd" */
        size_t e2;
        if (word_at(s, e, x, "dan") && x > ss) {
            size_t y = ki_word_before(s, ss, x, &e2);
            if (word_at(s, e2, y, "later") || word_at(s, e2, y, "eerder") || word_at(s, e2, y, "anders"))
                return true;
        }
        if (word_at(s, e, x, "de") || word_at(s, e, x, "het") || word_at(s, e, x, "door"))
            return false; /* "zoals de minister toegezegd heeft": named */
    }
    return false;
}

/* Is the sentence's subject before the verb at pos a bare title ("De
 * minister heeft toegezegd", "Het kabinet heeft in het debat toegezegd")? */
static bool bare_subject(const char *s, size_t ss, size_t pos)
{
    size_t i = ss;
    while (i < pos && !ki_is_letter((unsigned char)s[i])) /* blanks, a bullet "- ", "2." */
        i++;
    if (!bare_maker(s, i, pos))
        return false;
    /* then only "heeft", "hebben", "had" before the verb */
    size_t k = i;
    for (int w = 0; w < 2; w++) {
        k = ki_skip_blank(s, pos, k);
        while (k < pos && ki_is_letter((unsigned char)s[k]))
            k++;
    }
    k = ki_skip_blank(s, pos, k);
    if (k >= pos)
        return true;
    size_t e;
    if (!(e = word_at(s, pos, k, "heeft")) && !(e = word_at(s, pos, k, "hebben")) && !(e = word_at(s, pos, k, "had")))
        return false;
    /* "heeft in het commissiedebat toegezegd": a few words where and when,
     * no punctuation, no negation */
    k = ki_skip_blank(s, pos, e);
    for (int w = 0; w < 6 && k < pos; w++) {
        size_t we = k;
        while (we < pos && ki_is_letter((unsigned char)s[we]))
            we++;
        if (we == k || word_at(s, we, k, "niet") || word_at(s, we, k, "nooit") || word_at(s, we, k, "geen"))
            return false;
        k = ki_skip_blank(s, pos, we);
    }
    return k >= pos;
}

/* The date of the sentence before pos (at most 3000 bytes back) that
 * speaks of a debate ("debat", "gedebatteerd"); true and *dt (absolute
 * offsets) when there is one. */
static bool earlier_debate_date(const char *s, size_t n, size_t pos, ki_date *dt)
{
    size_t lo = pos > 3000 ? pos - 3000 : 0;
    size_t own = sent_start(s, n, pos);
    size_t i = own;
    while (i > lo + 5) {
        i--;
        if (!(s[i] == 'd' && memcmp(s + i, "debat", 5) == 0))
            continue;
        size_t a = sent_start(s, n, i), b = sent_end(s, n, i);
        if (a < lo)
            a = lo;
        if (b > own)
            b = own;
        if (ki_date_find(s + a, b - a, dt)) {
            dt->start += a;
            dt->end += a;
            return true;
        }
        i = a;
    }
    return false;
}

/* Does the word before the date at pos ("voor", "vóór", "uiterlijk",
 * "tot", "per") make it a deadline? */
static bool deadline_date(const char *s, size_t from, size_t pos)
{
    size_t k = pos;
    while (k > from && ki_is_blank((unsigned char)s[k - 1]))
        k--;
    size_t w0 = k;
    while (w0 > from && (ki_is_letter((unsigned char)s[w0 - 1]) || (unsigned char)s[w0 - 1] >= 0x80))
        w0--;
    return word_at(s, k, w0, "voor") || word_at(s, k, w0, "v\xc3\xb3\xc3\xb3r") || word_at(s, k, w0, "uiterlijk") ||
           word_at(s, k, w0, "tot") || word_at(s, k, w0, "per");
}

/* Is the noun at [ns, ne) one particular commitment that the rest of the
 * sentence describes: singular, after "een"/"de" (not "geen"), and followed
 * by who made it or what it says ("een toezegging van de minister",
 * "de toezegging om ...", "de toezegging in het commissiedebat")? */
static bool one_named(const char *s, size_t ss, size_t ns, size_t ne, size_t ue)
{
    if (s[ne - 1] != 'g' && s[ne - 1] != 'G')
        return false;
    size_t k, w0 = ki_word_before(s, ss, ns, &k);
    if (word_at(s, k, w0, "eerdere") || word_at(s, k, w0, "gedane"))
        w0 = ki_word_before(s, ss, w0, &k);
    if (!(word_at(s, k, w0, "een") || word_at(s, k, w0, "de") || word_at(s, k, w0, "mijn") ||
          word_at(s, k, w0, "onze")))
        return false;
    size_t a = ki_skip_blank(s, ue, ne);
    static const char *const next[] = {"van", "om", "dat", "in", "tijdens", "aan", "die", "uit", "over", "bij"};
    for (size_t i = 0; i < sizeof next / sizeof next[0]; i++)
        if (word_at(s, ue, a, next[i]))
            return true;
    return false;
}

/* Is the commitment noun at pos introduced by "conform", "overeenkomstig",
 * "volgens", "ingevolge" or "zoals" ("conform de toezegging", "conform
 * eerdere toezegging"), so that the sentence's subject before it is who
 * made it? */
static bool conform_before(const char *s, size_t ss, size_t pos)
{
    size_t k = pos;
    for (int w = 0; w < 3 && k > ss; w++) {
        size_t w0 = ki_word_before(s, ss, k, &k);
        if (word_at(s, k, w0, "conform") || word_at(s, k, w0, "overeenkomstig") ||
            word_at(s, k, w0, "volgens") || word_at(s, k, w0, "ingevolge"))
            return true;
        if (!(word_at(s, k, w0, "de") || word_at(s, k, w0, "die") || word_at(s, k, w0, "deze") ||
              word_at(s, k, w0, "mijn") || word_at(s, k, w0, "onze") || word_at(s, k, w0, "met") ||
              word_at(s, k, w0, "eerdere") || word_at(s, k, w0, "gedane")))
            return false;
        k = w0;
    }
    return false;
}

/* Between a commitment noun and its venue only who made it may stand
 * (gap_end: where something else starts, or b):
 * "Toezegging(en) van SJenV, MBZK en SOCW in de", "minister van VWS (",
 * not a clause ("kom ik terug in de voortgangsbrief"). */
static size_t gap_end(const char *s, size_t a, size_t b)
{
    static const char *const ok[] = {"van", "de", "het", "en", "minister", "staatssecretaris",
                                     "voor", "door", "gedaan", "aan", "uit", "tijdens", "in",
                                     "bij", "op", "een", "uw", "mijn", "zijn", "haar", "d", "minister-president",
                                     "lid", "leden", "ambtsvoorganger", "voorganger", "ambtsvoorgangers",
                                     "genoemde", "bedoelde", "voornoemde", "eerdergenoemde", "zelfde"};
    /* a relative clause: "die ik deed in", "die de minister heeft gedaan tijdens" */
    static const char *const rel[] = {"ik", "wij", "we", "u", "deed", "deden", "heb", "hebben", "heeft",
                                      "hadden", "had", "toen"};
    bool relc = false;
    size_t i = a;
    while (i < b) {
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < b && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z') || s[e] == '-' ||
                         (unsigned char)s[e] >= 0x80))
            e++;
        if (s[i] >= 'a' && s[i] <= 'z') {
            bool good = false;
            for (size_t k = 0; k < sizeof ok / sizeof ok[0] && !good; k++)
                good = strlen(ok[k]) == e - i && memcmp(ok[k], s + i, e - i) == 0;
            for (size_t k = 0; relc && k < sizeof rel / sizeof rel[0] && !good; k++)
                good = strlen(rel[k]) == e - i && memcmp(rel[k], s + i, e - i) == 0;
            /* "de toezegging (af|na) die ...": the particle of "doet ... af" */
            if (!good && !relc && ((e - i == 2 && (memcmp(s + i, "af", 2) == 0 || memcmp(s + i, "na", 2) == 0)) ||
                                   (e - i == 7 && memcmp(s + i, "gestand", 7) == 0)))
                good = true;
            if (!good && !relc && e - i == 3 && memcmp(s + i, "die", 3) == 0)
                good = relc = true;
            if (!good)
                return i;
        }
        i = e;
    }
    return b;
}

static bool gap_ok(const char *s, size_t a, size_t b) { return gap_end(s, a, b) == b; }

/* A heading that opens a list of commitments: "Toezeggingen",
 * "Openstaande toezeggingen", "## Toezeggingen", "h. Toezeggingen",
 * "Toezeggingen uit het commissiedebat X van 6 november 2024:".  The line
 * s[ls..le); *tz is set to where the word "toezeggingen" ends. */
static bool tz_heading(const char *s, size_t ls, size_t le, size_t *tz)
{
    static const char *const adj[] = {"openstaande", "gedane", "nieuwe", "overzicht", "lijst",
                                      "overige", "afgedane", "lopende"};
    size_t i = ls;
    while (i < le && (s[i] == ' ' || s[i] == '\t' || s[i] == '#'))
        i++;
    /* an enumerator "3. ", "h) " */
    size_t k = i;
    while (k < le && k - i < 2 && (ki_is_digit((unsigned char)s[k]) || (s[k] >= 'a' && s[k] <= 'z')))
        k++;
    if (k > i && k < le && (s[k] == '.' || s[k] == ')') && k + 1 < le && s[k + 1] == ' ')
        i = ki_skip_blank(s, le, k + 1);
    for (int g = 0; g < 3; g++) {
        size_t e = 0;
        for (size_t a = 0; a < sizeof adj / sizeof adj[0] && !e; a++)
            e = word_at(s, le, i, adj[a]);
        if (!e && g > 0)
            e = word_at(s, le, i, "van") ? word_at(s, le, i, "van") : word_at(s, le, i, "de");
        if (!e)
            break;
        i = ki_skip_blank(s, le, e);
    }
    size_t e = word_at(s, le, i, "toezeggingen");
    if (!e)
        return false;
    size_t t = le;
    while (t > e && ki_is_blank((unsigned char)s[t - 1]))
        t--;
    *tz = e;
    if (t == e || (t == e + 1 && s[e] == ':'))
        return true;
    /* "Toezeggingen uit het commissiedebat ... van 6 november 2024:" */
    return t - ls < 200 && s[t - 1] == ':';
}

/* The subject of a list item ("De minister van Landbouw, Visserij,
 * Voedselzekerheid en Natuur stuurt ...") ends at its first other
 * lower-case word. */
static size_t subject_end(const char *s, size_t a, size_t b)
{
    static const char *const ok[] = {"de", "het", "van", "voor", "en", "minister", "staatssecretaris",
                                     "minister-president", "ministers", "staatssecretarissen"};
    size_t i = a;
    while (i < b) {
        if (!ki_is_letter((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < b && (ki_is_letter((unsigned char)s[e]) || s[e] == '-' || (unsigned char)s[e] >= 0x80))
            e++;
        if (s[i] >= 'a' && s[i] <= 'z') {
            bool good = false;
            for (size_t k = 0; k < sizeof ok / sizeof ok[0] && !good; k++)
                good = strlen(ok[k]) == e - i && memcmp(ok[k], s + i, e - i) == 0;
            if (!good)
                return i;
        }
        i = e;
    }
    return b;
}

static ki_status set_actors(ki_refs *r, ki_commitment *c, const actors *ac)
{
    if (!ac->n)
        return KI_OK;
    c->actors = ki_refs_alloc(r, ac->n * sizeof *c->actors);
    if (!c->actors)
        return KI_ERR_NOMEM;
    for (size_t a = 0; a < ac->n; a++)
        c->actors[a] = (char *)ac->v[a];
    c->nactors = ac->n;
    return KI_OK;
}

/* The kind of meeting a verslag reports, from its header ("VERSLAG VAN EEN
 * COMMISSIEDEBAT"), as a static string, or NULL. */
static const char *verslag_venue(const char *s, size_t n)
{
    static const char *const kinds[] = {"commissiedebat", "wetgevingsoverleg", "notaoverleg",
                                        "algemeen overleg", "schriftelijk overleg"};
    size_t lim = n < 1500 ? n : 1500;
    for (size_t i = 0; i + 16 < lim; i++) {
        if (ki_lower((unsigned char)s[i]) != 'v' || !starts_ci(s, lim, i, "verslag van een "))
            continue;
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            if (starts_ci(s, lim, i + 16, kinds[k]))
                return kinds[k];
    }
    return NULL;
}

/* The references of one kind (REF_KST, REF_HAND, REF_TK) that start in
 * [a, b), appended to ids[*n..cap). */
static void ids_in(const struct ki_scan *sc, int kind, size_t a, size_t b, const char **ids,
                   size_t *n, size_t cap)
{
    const ki_refs *r = sc->r;
    size_t cnt = nrefs(r, kind);
    for (size_t k = ref_from(sc, kind, a); k < cnt && *n < cap; k++) {
        const ki_span *sp = ref_span(r, kind, k);
        if (sc->in_order[kind] && sp->start >= b)
            break;
        if (sp->start >= a && sp->start < b)
            ids[(*n)++] = kind == REF_KST    ? r->kamerstukken[k].id
                          : kind == REF_HAND ? r->handelingen[k].id
                                             : r->tk_numbers[k].id;
    }
}

/* The heading of a register entry whose labels stand above its text
 * ("T03987 Toezegging X", "Toezegging 12", then "Datum: ...", "Uiterste
 * datum: ..." lines, then the line of the commitment at pos): where the
 * heading line starts, else (size_t)-1.  Only labels and blank lines may
 * stand between. */
static size_t labels_above(const char *s, size_t n, size_t pos)
{
    static const char *const labels[] = {"Datum", "Uiterste datum", "Streefdatum", "Deadline", "Vindplaats",
                                         "Activiteit", "Gedaan tijdens", "Gedaan in", "Status", "Nummer"};
    size_t hl = line_start(s, pos);
    int nlab = 0;
    for (int k = 0; k < 12 && hl > 0; k++) {
        hl = line_start(s, hl - 1);
        size_t h0 = ki_skip_blank(s, n, hl), he = line_end(s, n, hl);
        if (h0 >= he)
            continue; /* blank */
        if (word_at(s, he, h0, "Toezegging") || numbered_line(s, he, h0))
            return nlab ? hl : (size_t)-1;
        bool lab = false;
        for (size_t j = 0; j < sizeof labels / sizeof labels[0] && !lab; j++)
            lab = starts_ci(s, he, h0, labels[j]);
        if (!lab)
            return (size_t)-1;
        nlab++;
    }
    return (size_t)-1;
}

/* Is the commitment at pos, its sentence starting at ss, an entry of a register page
 * whose key data are missing: a heading "Toezegging Titel (35.500)" on its
 * line or the one above (past blank lines), and a commitment number ("T02999", "(T02999)") on
 * those lines?  The Eerste Kamer's page of one commitment, its
 * "Kerngegevens" left empty. */
static bool numbered_entry(const struct ki_scan *sc, size_t ss, size_t pos)
{
    const char *s = sc->s;
    size_t hl = line_start(s, ss), end = line_end(s, sc->n, pos);
    /* the line above, past blank ones */
    for (size_t up = hl; up > 0;) {
        up = line_start(s, up - 1);
        size_t f = ki_skip_blank(s, hl, up);
        if (f < hl && s[f] != '\n') {
            hl = up;
            break;
        }
        if (hl - up > 8)
            break;
    }
    bool head = false;
    /* (a line above that ends in a period is an entry of its own) */
    for (size_t x = hl; x < end; x = line_end(s, sc->n, x) + 1)
        head = head || (word_at(s, end, ki_skip_blank(s, end, x), "Toezegging") &&
                        (line_end(s, sc->n, x) >= line_start(s, pos) || last_char(s, sc->n, x) != '.'));
    const char *ids[1];
    size_t nids = 0;
    if (head)
        ids_in(sc, REF_TK, hl, end, ids, &nids, 1);
    return nids > 0;
}

/* c->refs = ids[0..n), in r's storage (the strings are r's already). */
static ki_status set_refs(ki_refs *r, ki_commitment *c, const char **ids, size_t n)
{
    if (!n)
        return KI_OK;
    if (!(c->refs = ki_refs_alloc(r, n * sizeof *c->refs)))
        return KI_ERR_NOMEM;
    for (size_t k = 0; k < n; k++)
        c->refs[k] = (char *)ids[k];
    c->nrefs = n;
    return KI_OK;
}

/* c's text and span: s[a, b), on its page.  False when out of memory. */
static bool set_text(struct ki_scan *sc, ki_commitment *c, size_t a, size_t b)
{
    c->text = clean_copy(sc->r, sc->s, a, b);
    c->span.start = a;
    c->span.end = b;
    c->span.page = ki_text_page(sc->t, a);
    return c->text != NULL;
}

/* Is the table row s[i, le) a key and its value in a register entry ("|
 * Deadline | 1 juli 2025 |", "| Datum toezegging | ... |"), no commitment? */
static bool kv_row(const char *s, size_t i, size_t le)
{
    static const char *const keys[] = {"Deadline", "Datum toezegging", "Datum", "Status", "Nummer",
                                       "Activiteit", "Vindplaats", "Kerngegevens", "Toegezegd aan",
                                       "Verantwoordelijk", "Ministerie", "Commissie"};
    if (i < le && s[i] == '|')
        i++;
    i = ki_skip_blank(s, le, i);
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        size_t e = word_at(s, le, i, keys[k]);
        if (e && ki_skip_blank(s, le, e) < le && s[ki_skip_blank(s, le, e)] == '|')
            return true;
    }
    return false;
}

/* Does the list item s[is, ie) promise the Kamer something in the present
 * tense ("stuurt de Kamer", "informeert de Kamer", "zendt uw Kamer")? */
static bool item_promises(const char *s, size_t is, size_t ie)
{
    static const char *const verbs[] = {"stuurt", "informeert", "zendt", "bericht", "rapporteert"};
    for (size_t x = is; x < ie && x < is + 200; x++) {
        if (x > is && ki_is_letter((unsigned char)s[x - 1]))
            continue;
        for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
            size_t e = word_at(s, ie, x, verbs[v]);
            if (!e)
                continue;
            size_t j = ki_skip_blank(s, ie, e);
            if (starts_ci(s, ie, j, "de Kamer") || starts_ci(s, ie, j, "uw Kamer") ||
                starts_ci(s, ie, j, "de Tweede Kamer"))
                return true;
        }
    }
    return false;
}

/* Lists under a "Toezeggingen" heading (a verslag's closing list, an
 * extract of the register): every item is one commitment; who made it is
 * the item's subject, where and when come from the heading or, in a
 * verslag, from the debate it reports.  Items that already hold a
 * commitment get the heading's venue and date when they lack them. */
/* Does s[ls..le) hold "oezeggingen" (its 'o' as written, the rest in
 * either case)?  Asked of every short line of a document, so where SSE2
 * is there 16 places at a time are tested for the "oe" first. */
static size_t next_oezeggingen(const char *s, size_t ls, size_t le);

static bool has_oezeggingen(const char *s, size_t ls, size_t le)
{
    return next_oezeggingen(s, ls, le) < le;
}

/* Where the first "oezeggingen" (any case but the 'o') in s[ls..le) begins,
 * le when none does. */
static size_t next_oezeggingen(const char *s, size_t ls, size_t le)
{
    size_t x = ls;
#if defined(__SSE2__)
    const __m128i o = _mm_set1_epi8('o'), e = _mm_set1_epi8('e'), c20 = _mm_set1_epi8(0x20);
    for (; x + 17 <= le; x += 16) {
        __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(s + x));
        __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(s + x + 1));
        __m128i m = _mm_and_si128(_mm_cmpeq_epi8(v0, o), _mm_cmpeq_epi8(_mm_or_si128(v1, c20), e));
        for (unsigned mask = (unsigned)_mm_movemask_epi8(m); mask; mask &= mask - 1)
            if (starts_ci(s, le, x + (size_t)__builtin_ctz(mask), "oezeggingen"))
                return x + (size_t)__builtin_ctz(mask);
    }
#endif
    for (; x + 9 <= le; x++)
        if (s[x] == 'o' && starts_ci(s, le, x, "oezeggingen"))
            return x;
    return le;
}

static ki_status tz_blocks(struct ki_scan *sc, bool verslag)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    size_t items = 0, oez = next_oezeggingen(s, 0, n);
    for (size_t ls = 0; ls < n && items < MAX_ITEMS;) {
        /* only a line with "oezeggingen" can be a heading: on to the line
         * of the next, which the lines below reach (each is passed over
         * there) when no line before it is longer than line_end() reads */
        if (oez < ls)
            oez = next_oezeggingen(s, ls, n);
        if (oez >= n)
            break;
        if (oez > ls) {
            size_t w = oez - ls < LINE_MAX_SCAN ? oez - ls : LINE_MAX_SCAN - 1;
            const char *nl = memrchr(s + ls, '\n', w);
            if (nl)
                ls = (size_t)(nl - s) + 1;
        }
        size_t le = line_end(s, n, ls), tz;
        /* a cheap test first: the line holds "oezegging" */
        bool cand = le - ls < 220 && le - ls >= 12 && has_oezeggingen(s, ls, le);
        if (!cand || !tz_heading(s, ls, le, &tz)) {
            if (le >= n)
                break;
            ls = le + 1;
            continue;
        }
        /* what the heading says */
        size_t vs = 0, ve = 0;
        bool hv = find_venue(s, tz, le, le, &vs, &ve);
        ki_date hd;
        bool hdate = ki_date_find(s + tz, le - tz, &hd);
        char iso[11] = "";
        if (hdate && !ki_date_resolve(&hd, sc->refdate, iso))
            iso[0] = '\0';
        actors hact = {{0}, 0};
        find_actors(sc, tz, hv ? vs : le, &hact);
        const char *dvenue = verslag ? verslag_venue(s, n) : NULL;
        /* the items: bulleted or numbered lines, a blank line allowed
         * before the first; a line that is no item continues the last one */
        size_t p = le < n ? le + 1 : n;
        size_t nitems = 0;
        while (p < n && blank_line(s, n, p) && !nitems && p - le < 8)
            p = line_end(s, n, p) + 1;
        while (p < n && nitems < 200) {
            size_t ie = line_end(s, n, p);
            size_t b0 = p;
            while (b0 < ie && (s[b0] == ' ' || s[b0] == '\t'))
                b0++;
            if (b0 >= ie || s[b0] == '|' || !bullet_at(s, n, p))
                break;
            /* continuation lines of a wrapped item */
            while (ie < n) {
                size_t q = ie + 1;
                if (q >= n || blank_line(s, n, q) || bullet_at(s, n, q) || heading_at(s, n, q))
                    break;
                char lc = last_char(s, n, line_start(s, ie));
                if (lc == '.' || lc == ';' || lc == ':')
                    break;
                ie = line_end(s, n, q);
            }
            nitems++;
            /* the item's text after its bullet */
            size_t is = b0;
            if (!ki_is_letter((unsigned char)s[is]) && !ki_is_digit((unsigned char)s[is]))
                is = cp_fwd(s, n, is + 1);
            else {
                while (is < ie && (ki_is_letter((unsigned char)s[is]) || ki_is_digit((unsigned char)s[is])))
                    is++;
                is++; /* "1." "a)" */
            }
            while (is < ie && (ki_is_blank((unsigned char)s[is]) || s[is] == '_'))
                is++;
            long have = -1;
            for (size_t k = 0; k < r->ncommitments && have < 0; k++)
                if (r->commitments[k].span.start >= b0 && r->commitments[k].span.start < ie)
                    have = (long)k;
            if (have >= 0) {
                ki_commitment *c = &r->commitments[have];
                if (!c->venue && (hv || dvenue))
                    c->venue = hv ? clean_copy(r, s, vs, ve) : ki_refs_strdup(r, dvenue);
                if (!c->date && iso[0])
                    c->date = ki_refs_strdup(r, iso);
            } else if (is < ie) {
                items++;
                actors ac = {{0}, 0};
                find_actors(sc, is, subject_end(s, is, ie), &ac);
                if (!ac.n)
                    ac = hact;
                if (!ac.n && (word_at(s, ie, is, "ik") || word_at(s, ie, is, "wij") ||
                              word_at(s, ie, is, "Ik") || word_at(s, ie, is, "Wij")))
                    actor_self(sc, &ac);
                if (!ac.n && verslag && sc->meta.signer)
                    actor_self(sc, &ac);
                ki_commitment *c = ki_refs_add_commitment(r);
                if (!c)
                    return KI_ERR_NOMEM;
                if (set_actors(r, c, &ac))
                    return KI_ERR_NOMEM;
                /* the item's own "(commissiedebat X, 9 oktober 2024)" */
                size_t iv0 = 0, iv1 = 0;
                ki_date idt;
                bool iv = !hv && !dvenue && find_venue(s, is, ie, ie, &iv0, &iv1) &&
                          iv0 > is && s[iv0 - 1] == '(';
                bool idate = iv && !iso[0] && !hdate && ki_date_find(s + iv1, ie - iv1, &idt) &&
                             idt.start < 40;
                if (hv)
                    c->venue = clean_copy(r, s, vs, ve);
                else if (dvenue)
                    c->venue = ki_refs_strdup(r, dvenue);
                else if (iv)
                    c->venue = clean_copy(r, s, iv0, iv1);
                char iiso[11];
                if (idate && ki_date_resolve(&idt, sc->refdate, iiso))
                    c->date = ki_refs_strdup(r, iiso);
                else if (iso[0])
                    c->date = ki_refs_strdup(r, iso);
                else if (hdate)
                    c->date_raw = clean_copy(r, s, tz + hd.start, tz + hd.end);
                else if (verslag && sc->meta.debate_date[0])
                    c->date = ki_refs_strdup(r, sc->meta.debate_date);
                ki_deadline dl;
                if (ki_deadline_find(s + is, ie - is, &dl))
                    c->deadline = clean_copy(r, s, is + dl.start, is + dl.end);
                const char *ids[16];
                size_t nids = 0;
                ids_in(sc, REF_KST, is, ie, ids, &nids, 16);
                ids_in(sc, REF_TK, is, ie, ids, &nids, 16);
                if (set_refs(r, c, ids, nids))
                    return KI_ERR_NOMEM;
                size_t es = is, ee = ie;
                if (verslag)
                    c->relation = KI_REL_MADE;
                else
                    c->relation = relation_of(sc, is, 0, 0, ie, &es, &ee);
                /* "Toezeggingen\n- De minister van X stuurt de Kamer voor 1
                 * december een brief": a list of what was promised, with
                 * nothing saying where or when before: made here */
                if (c->relation == KI_REL_CITED && !c->venue && !c->date && !hdate && ac.n && item_promises(s, is, ie))
                    c->relation = KI_REL_MADE;
                c->subject = clean_copy(r, s, is, ie);
                c->evidence = clean_copy(r, s, es, ee);
                if (!set_text(sc, c, is, ie) || !c->evidence || !c->subject || (c->venue == NULL && (hv || dvenue || iv)))
                    return KI_ERR_NOMEM;
            }
            if (ie >= n)
                break;
            p = ie + 1;
        }
        /* the heading itself is no commitment once its items are */
        if (nitems) {
            size_t o = 0;
            for (size_t k = 0; k < r->ncommitments; k++)
                if (!(r->commitments[k].span.start >= ls && r->commitments[k].span.start < le))
                    r->commitments[o++] = r->commitments[k];
            r->ncommitments = o;
        }
        ls = p > le ? p : le + 1;
        if (ls >= n)
            break;
    }
    return KI_OK;
}

/* Does s[a, b) move a deadline: "de deadline van toezegging T03141 te
 * verplaatsen naar 15 december 2021", "met een nieuwe deadline"?  Returns
 * where the new date may follow ("naar"), else b; (size_t)-1 when not. */
static size_t deadline_moved(const char *s, size_t a, size_t b)
{
    size_t d = find_ci(s, b, a, "deadline");
    if (d == (size_t)-1)
        return (size_t)-1;
    static const char *const moves[] = {"verschuiven", "verschoven", "verplaatst", "verplaatsen", "bijgesteld"};
    bool moved = find_ci(s, b, a, "nieuwe deadline") != (size_t)-1;
    for (size_t k = 0; k < sizeof moves / sizeof moves[0] && !moved; k++)
        moved = find_ci(s, b, d, moves[k]) != (size_t)-1;
    if (!moved)
        return (size_t)-1;
    size_t to = find_ci(s, b, d, " naar ");
    return to == (size_t)-1 ? b : to + 6;
}

/* The status an Eerste Kamer committee gives a numbered commitment in
 * s[a, b), when that clause names a status: "de status van toezegging
 * T01154 wordt gewijzigd in voldaan", "blijft ongewijzigd (openstaand)",
 * "toezegging T02881 als "deels voldaan" te blijven beschouwen",
 * "De commissie besluit de status van de toezeggingen (openstaand)
 * ongewijzigd te laten".  Voldaan settles it, deels voldaan is progress,
 * and so is kept open with a new deadline; any other status (kept open,
 * niet voldaan, vervallen) addresses it. */
static bool tz_status_in(const char *s, size_t a, size_t b, ki_relation *rel)
{
    /* a decision ("de status van ... wordt", "T02883 als "voldaan" aan te
     * merken"), not a register's "Status:" */
    size_t st = find_ci(s, b, a, "status van ");
    if (st == (size_t)-1) {
        size_t q = find_ci(s, b, a, " als ");
        if (q == (size_t)-1 && !memchr(s + a, '|', b - a) && deadline_moved(s, a, b) != (size_t)-1) {
            *rel = KI_REL_PROGRESS; /* kept open, later: how it goes on */
            return true;
        }
        if (q == (size_t)-1)
            return false;
        size_t v = q + 5;
        if (v < b && s[v] == '"')
            v++;
        else if (v + 3 <= b && (unsigned char)s[v] == 0xE2 && (unsigned char)s[v + 1] == 0x80)
            v += 3; /* a curly quote */
        if (!(starts_ci(s, b, v, "voldaan") || starts_ci(s, b, v, "deels voldaan") ||
              starts_ci(s, b, v, "openstaand") || starts_ci(s, b, v, "niet voldaan") ||
              starts_ci(s, b, v, "doorlopend")))
            return false;
        /* what is decided, not "staan in het register nog als openstaand" */
        if (find_ci(s, b, v, "aan te merken") == (size_t)-1 && find_ci(s, b, v, "aanmerken") == (size_t)-1 &&
            find_ci(s, b, v, "beschouwen") == (size_t)-1)
            return false;
        st = q;
    }
    if (memchr(s + a, '|', b - a))
        return false;
    static const char *const kept[] = {"openstaand", "ongewijzigd", "niet voldaan", "vervallen",
                                       "achterhaald", "ingetrokken"};
    size_t v = find_ci(s, b, st, "voldaan");
    if (v != (size_t)-1 && !(v >= 5 && starts_ci(s, b, v - 5, "niet "))) {
        *rel = v >= 6 && starts_ci(s, b, v - 6, "deels ") ? KI_REL_PROGRESS : KI_REL_SETTLED;
        return true;
    }
    if (find_ci(s, b, st, "doorlopend") != (size_t)-1) {
        *rel = KI_REL_PROGRESS; /* a standing commitment, kept up */
        return true;
    }
    for (size_t k = 0; k < sizeof kept / sizeof kept[0]; k++)
        if (find_ci(s, b, st, kept[k]) != (size_t)-1) {
            /* kept open with a new deadline: news of how it goes on */
            *rel = deadline_moved(s, a, b) != (size_t)-1 ? KI_REL_PROGRESS : KI_REL_ADDRESSED;
            return true;
        }
    return false;
}

/* The clause around pos: its sentence, or its part between ';'s. */
static void tz_clause(const char *s, size_t n, size_t pos, size_t *a, size_t *b)
{
    size_t ss = sent_start(s, n, pos), se = sent_end(s, n, pos);
    for (size_t i = pos; i > ss; i--)
        if (s[i - 1] == ';') {
            ss = ki_skip_blank(s, n, i);
            break;
        }
    for (size_t i = pos; i < se; i++)
        if (s[i] == ';') {
            se = i;
            break;
        }
    *a = ss;
    *b = se;
}

/* Each numbered commitment ("T01154") on which this document records a
 * committee's decision (see tz_status_in) and which no record holds yet
 * is a commitment of its own: the number, the relation, the clause as
 * its evidence and a new deadline ("en de deadline wordt verplaatst naar
 * 1 november 2016").  Who made it is whose letter the decisions answer
 * ("naar aanleiding van de brief van de minister van X ... besloten:");
 * where and when, the decision does not say.  A clause without a number
 * takes those of the sentence before it, when that sentence names some
 * and no status. */
static ki_status tz_status(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (size_t k = 0; k < r->ntk_numbers; k++) {
        const ki_tknumber *t = &r->tk_numbers[k];
        if (strcmp(t->kind, "toezegging") != 0)
            continue;
        bool have = false;
        for (size_t c = 0; c < r->ncommitments && !have; c++)
            for (size_t x = 0; x < r->commitments[c].nrefs && !have; x++)
                have = strcmp(r->commitments[c].refs[x], t->id) == 0;
        if (have)
            continue;
        size_t a, b;
        ki_relation rel;
        tz_clause(s, n, t->span.start, &a, &b);
        if (!tz_status_in(s, a, b, &rel)) {
            /* "... de toezeggingen T01220 en T01222 (EK 34300 VII, E). De
             * commissie besluit de status van de toezeggingen (openstaand)
             * ongewijzigd te laten." */
            size_t na = ki_skip_blank(s, n, b < n && s[b] != '\n' ? b + 1 : b);
            while (na < n && s[na] == '\n')
                na = ki_skip_blank(s, n, na + 1);
            if (na >= n || b - a > 600)
                continue;
            tz_clause(s, n, na, &a, &b);
            bool named = false;
            for (size_t j = 0; j < r->ntk_numbers && !named; j++)
                named = r->tk_numbers[j].span.start >= a && r->tk_numbers[j].span.start < b;
            if (named || a != na || !tz_status_in(s, a, b, &rel))
                continue;
        }
        ki_commitment *c = ki_refs_add_commitment(r);
        if (!c)
            return KI_ERR_NOMEM;
        const char *id = t->id;
        if (set_refs(r, c, &id, 1))
            return KI_ERR_NOMEM;
        c->relation = rel;
        /* "naar aanleiding van de brief van de minister van X van 19 november
         * 2021 (...) besloten:\n- toezegging T02067 als ...": whose letter
         * the decisions answer made them */
        size_t first = list_first_item(sc, s, n, t->span.start);
        size_t is = first != (size_t)-1 && prev_line(s, n, first) != (size_t)-1
                        ? sent_start(s, n, prev_line(s, n, first))
                        : sent_start(s, n, t->span.start);
        size_t bv = find_ci(s, first != (size_t)-1 ? first : a > t->span.start ? a : b, is, "brief van ");
        if (bv != (size_t)-1) {
            actors ac = {{0}, 0};
            size_t be = bv + 10 + 120 < n ? bv + 10 + 120 : n;
            size_t used;
            size_t j = ki_skip_blank(s, n, bv + 10);
            if (ki_actor_parse(s + j, be - j, &used))
                find_actors(sc, j, j + used, &ac);
            if (set_actors(r, c, &ac))
                return KI_ERR_NOMEM;
        }
        /* "en de deadline wordt verplaatst naar 1 november 2016", "de deadline
         * van toezegging T03141 te verplaatsen naar 15 december 2021" */
        ki_deadline dl;
        ki_date nd;
        size_t to = deadline_moved(s, a, b), dlen;
        if (ki_deadline_find(s + a, b - a, &dl)) {
            if (!(c->deadline = clean_copy(r, s, a + dl.start, a + dl.end)))
                return KI_ERR_NOMEM;
        } else if (to < b && (dlen = ki_date_parse(s + to, b - to, false, &nd)) && nd.month) {
            if (!(c->deadline = clean_copy(r, s, to, to + dlen)))
                return KI_ERR_NOMEM;
        }
        c->evidence = clean_copy(r, s, a, b);
        if (!c->evidence || !set_text(sc, c, a, b))
            return KI_ERR_NOMEM;
    }
    return KI_OK;
}

/* Does s[a, b) say that something comes, now or later: "ontvangt u",
 * "volgt", "verschijnt", "zal ... sturen"? */
static bool coming_in(const char *s, size_t a, size_t b)
{
    static const char *const verbs[] = {"ontvangt", "ontvangen", "volgt", "volgen", "komt", "verschijnt",
                                        "zal", "zullen", "stuur", "stuurt", "sturen", "zend", "bied"};
    return word_in(s, a, b, verbs, sizeof verbs / sizeof verbs[0]) != (size_t)-1;
}

/* The first deadline phrase in s[a, b) that is one: "tot eind 2025" and
 * "sinds begin 2024" end or start a period ("De pilot loopt tot eind
 * 2025").  Its span is made relative to a, as ki_deadline_find's. */
static bool next_deadline(const char *s, size_t a, size_t b, ki_deadline *dl)
{
    size_t from = a;
    while (b > from && ki_deadline_find(s + from, b - from, dl)) {
        size_t q, w = ki_word_before(s, a, from + dl->start, &q);
        if (!(word_at(s, q, w, "tot") || word_at(s, q, w, "sinds") || word_at(s, q, w, "vanaf"))) {
            dl->start += from - a;
            dl->end += from - a;
            return true;
        }
        from += dl->end;
    }
    return false;
}

static bool same_deadline(const char *a, const char *b)
{
    if (!a || !b)
        return true;
    while (*a && *b) {
        if (ki_is_blank((unsigned char)*a)) {
            a++;
            continue;
        }
        if (ki_is_blank((unsigned char)*b)) {
            b++;
            continue;
        }
        if (ki_lower((unsigned char)*a) != ki_lower((unsigned char)*b))
            return false;
        a++;
        b++;
    }
    return !*a && !*b;
}

/* Is the line at ls a table row: "| 10 | TZ202410-101: ... |", or cells
 * without the outer bars "De Kamer informeren | Commissiedebat X | Loopt"? */
static bool pipe_row(const char *s, size_t n, size_t ls)
{
    size_t le = line_end(s, n, ls), i = ls;
    while (i < le && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i < le && s[i] == '|')
        return true;
    const char *p = memchr(s + i, '|', le - i);
    return p && memchr(p + 1, '|', le - (size_t)(p + 1 - s)) != NULL;
}

/* Is the record at pos in a table row? */
static bool in_row(const char *s, size_t n, size_t pos)
{
    return pipe_row(s, n, line_start(s, pos < n ? pos : n));
}

/* A table row about a commitment the body of the letter already discussed
 * (same day, same bewindspersoon, no other deadline, the same kind of
 * meeting) is that commitment: the body record takes the row's number,
 * deadline and, when the body only mentions it, the row's status.  Each
 * body record takes one row. */
static void merge_rows(const char *s, size_t n, ki_refs *r)
{
    /* per record: 1 took a row, 2 merged into another; 4 is a row */
    unsigned char *st = calloc(r->ncommitments + 1, 1);
    if (!st)
        return; /* merging is a refinement: go without */
    for (size_t t = 0; t < r->ncommitments; t++)
        if (in_row(s, n, r->commitments[t].span.start))
            st[t] = 4;
    for (size_t t = 0; t < r->ncommitments && t < 2000; t++) {
        ki_commitment *row = &r->commitments[t];
        if (!(st[t] & 4))
            continue;
        long hb = -1;
        /* the same registry number ("TZ202410-113") in the body */
        for (size_t b = 0; b < r->ncommitments && hb < 0 && t < 1000; b++) {
            const ki_commitment *c = &r->commitments[b];
            if (b == t || st[b])
                continue;
            for (size_t x = 0; x < row->nrefs && hb < 0; x++)
                for (size_t y = 0; y < c->nrefs && hb < 0; y++)
                    if (row->refs[x][0] == 'T' && strcmp(row->refs[x], c->refs[y]) == 0)
                        hb = (long)b;
        }
        for (size_t b = 0; b < r->ncommitments && hb < 0 && row->date; b++) {
            const ki_commitment *c = &r->commitments[b];
            if (b == t || st[b] || !c->date || strcmp(row->date, c->date) != 0 ||
                c->relation == KI_REL_MADE || !same_deadline(row->deadline, c->deadline))
                continue;
            bool ok = row->nactors <= c->nactors && c->nactors > 0;
            for (size_t a = 0; ok && a < row->nactors; a++) {
                bool in = false;
                for (size_t x = 0; x < c->nactors; x++)
                    in = in || strcmp(row->actors[a], c->actors[x]) == 0;
                ok = in;
            }
            if (ok && row->venue && c->venue)
                ok = strncasecmp(row->venue, c->venue, 7) == 0;
            if (ok)
                hb = (long)b;
        }
        if (hb < 0)
            continue;
        ki_commitment *c = &r->commitments[hb];
        st[hb] = 1;
        st[t] = 2 | 4;
        if (!c->nactors && row->nactors) {
            c->actors = row->actors;
            c->nactors = row->nactors;
        }
        if (!c->deadline)
            c->deadline = row->deadline;
        /* "commissiedebat" in the body, its full name in the row */
        if (row->venue && (!c->venue || (strlen(row->venue) > strlen(c->venue) &&
                                         strncasecmp(row->venue, c->venue, strlen(c->venue)) == 0)))
            c->venue = row->venue;
        if (!c->nrefs && row->nrefs) {
            c->refs = row->refs;
            c->nrefs = row->nrefs;
        }
        if ((c->relation == KI_REL_CITED || c->relation == KI_REL_ADDRESSED) &&
            (row->relation == KI_REL_SETTLED || row->relation == KI_REL_PROGRESS)) {
            c->relation = row->relation;
            c->evidence = row->evidence;
        }
    }
    size_t o = 0;
    for (size_t t = 0; t < r->ncommitments; t++)
        if (!(st[t] & 2))
            r->commitments[o++] = r->commitments[t];
    r->ncommitments = o;
    free(st);
}

/* Words of 6 letters or more that two subjects share, and the fewest
 * such words either has. */
static void shared_words(const char *a, const char *b, int *shared, int *fewest)
{
    int na = 0, nb = 0, sh = 0;
    for (const char *p = a; p && *p;) {
        while (*p && !ki_is_letter((unsigned char)*p) && (unsigned char)*p < 0x80)
            p++;
        const char *q = p;
        while (*q && (ki_is_letter((unsigned char)*q) || (unsigned char)*q >= 0x80))
            q++;
        size_t l = (size_t)(q - p);
        if (l >= 6 && na < 24) {
            na++;
            bool in = false;
            for (const char *x = b; x && *x && !in && x - b < 600;) {
                while (*x && !ki_is_letter((unsigned char)*x) && (unsigned char)*x < 0x80)
                    x++;
                const char *y = x;
                while (*y && (ki_is_letter((unsigned char)*y) || (unsigned char)*y >= 0x80))
                    y++;
                in = (size_t)(y - x) == l && strncasecmp(x, p, l) == 0;
                x = y;
            }
            sh += in;
        }
        p = q;
    }
    for (const char *p = b; p && *p;) {
        while (*p && !ki_is_letter((unsigned char)*p) && (unsigned char)*p < 0x80)
            p++;
        const char *q = p;
        while (*q && (ki_is_letter((unsigned char)*q) || (unsigned char)*q >= 0x80))
            q++;
        nb += q - p >= 6;
        p = q;
    }
    *shared = sh;
    *fewest = na < nb ? na : nb;
}

/* Words of 6 letters or more in s (NULL: none). */
static int long_words(const char *s)
{
    int k = 0;
    for (const char *p = s; p && *p;) {
        while (*p && !ki_is_letter((unsigned char)*p) && (unsigned char)*p < 0x80)
            p++;
        const char *q = p;
        while (*q && (ki_is_letter((unsigned char)*q) || (unsigned char)*q >= 0x80))
            q++;
        k += q - p >= 6;
        p = q;
    }
    return k;
}

/* The venue v in out with its abbreviation written out ("CD Visserij" ->
 * "commissiedebat Visserij", "WGO", "AO", "NO"), so that two mentions of
 * one meeting compare equal; returns out. */
static const char *venue_norm(char *out, size_t cap, const char *v)
{
    static const char *const ab[][2] = {{"CD ", "commissiedebat "}, {"WGO ", "wetgevingsoverleg "},
                                        {"AO ", "algemeen overleg "}, {"NO ", "notaoverleg "}};
    for (size_t k = 0; k < sizeof ab / sizeof ab[0]; k++)
        if (!strncmp(v, ab[k][0], strlen(ab[k][0]))) {
            snprintf(out, cap, "%s%s", ab[k][1], v + strlen(ab[k][0]));
            return out;
        }
    snprintf(out, cap, "%s", v);
    return out;
}

/* One commitment mentioned twice (a list item and the paragraph about it,
 * "de toezegging uit het commissiedebat van 12 maart jl." after the
 * Aanleiding named it) is one record: same day, the same kind of meeting,
 * and either no one named the second time while only one commitment of
 * that day was named before, or the same bewindspersonen promising the
 * same thing.  The more specific relation of the two is kept. */
static void merge_mentions(const char *s, size_t n, ki_refs *r)
{
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *m = &r->commitments[i];
        long hb = -1;
        int cands = 0;
        /* a mention that says no more than which meeting ("de toezegging
         * uit het commissiedebat van 12 maart jl.", "die toezegging") */
        int sh = 0, few = 0;
        bool answer = false; /* m answers the question p */
        /* ("Ik heb toegezegd daarover in gesprek te gaan" says a promise
         * of its own, however short) */
        bool bare = long_words(m->subject) < 3 && !(m->text && strncmp(m->text, "toegezegd ", 10) == 0);
        bool row = in_row(s, n, m->span.start); /* rows: merge_rows */
        /* "Reactie: mijn ambtsvoorganger heeft deze toezegging gedaan tijdens
         * de plenaire behandeling op 18 juni 2024": the one just named, and
         * when and where it was made */
        size_t dwe, dw = ki_word_before(s, 0, m->span.start, &dwe);
        if (!row && bare && o > 0 && m->relation != KI_REL_MADE && (m->date || m->venue) &&
            (word_at(s, dwe, dw, "deze") || word_at(s, dwe, dw, "die")) && dwe + 1 == m->span.start) {
            ki_commitment *p = &r->commitments[o - 1];
            if (p->span.end <= m->span.start && p->span.end + 800 > m->span.start && !p->date && !p->date_raw &&
                (!m->nactors || !p->nactors || !strcmp(m->actors[0], p->actors[0]))) {
                p->date = m->date;
                p->date_raw = m->date_raw;
                if (!p->venue)
                    p->venue = m->venue;
                if (m->relation == KI_REL_SETTLED || m->relation == KI_REL_PROGRESS ||
                    p->relation == KI_REL_MADE) {
                    p->relation = m->relation;
                    p->evidence = m->evidence;
                }
                continue;
            }
        }
        bool look = !row && i < 1000 && m->relation != KI_REL_MADE &&
                    (m->date || bare || (m->venue && strchr(m->venue, ' ')));
        /* bounded: the last 32 records before it */
        for (size_t j = o > 32 ? o - 32 : 0; look && j < o; j++) {
            ki_commitment *p = &r->commitments[j];
            if (p->relation == KI_REL_MADE)
                continue;
            /* (a question that named it without its date: "Hoe staat het met
             * de toezegging uit het commissiedebat X om ...?") */
            bool asked = !p->date && p->evidence && *p->evidence &&
                         p->evidence[strlen(p->evidence) - 1] == '?' && p->venue && m->venue;
            if (m->date && !asked) {
                if (!p->date || strcmp(p->date, m->date) != 0)
                    continue;
            } else if (m->venue) {
                /* undated: the meeting it names, "commissiedebat" or in full */
                char pv[160], mv[160];
                if (!p->venue || strncasecmp(venue_norm(pv, sizeof pv, p->venue), venue_norm(mv, sizeof mv, m->venue),
                                             strlen(mv)) != 0)
                    continue;
            } else if (j + 1 != o || p->span.end + 800 < m->span.start) {
                continue; /* "die toezegging": only the one just named */
            }
            if (p->venue && m->venue) {
                size_t la = strlen(p->venue), lb = strlen(m->venue);
                char pv[160], mv[160];
                venue_norm(pv, sizeof pv, p->venue);
                venue_norm(mv, sizeof mv, m->venue);
                la = strlen(pv);
                lb = strlen(mv);
                if (strncasecmp(pv, mv, la < lb ? la : lb) != 0)
                    continue;
            }
            if (asked && !p->nactors) { /* the answer to it */
                cands = 1;
                hb = (long)j;
                answer = true;
                break;
            }
            bool same = p->nactors == m->nactors;
            for (size_t x = 0; same && x < m->nactors; x++) {
                bool in = false;
                for (size_t y = 0; y < p->nactors; y++)
                    in = in || strcmp(m->actors[x], p->actors[y]) == 0;
                same = in;
            }
            if (bare) {
                /* (an earlier mention that named no one: "Herinnert u zich
                 * uw toezegging ...?" before "mijn ambtsvoorganger heeft
                 * dat toegezegd") */
                if (m->nactors && !same && p->nactors)
                    continue;
                cands++;
                hb = (long)j;
                continue;
            }
            if (same)
                shared_words(p->subject, m->subject, &sh, &few);
            if (same && sh >= 2 && 2 * sh >= few) {
                cands = 1;
                hb = (long)j;
                break;
            }
        }
        if (cands != 1) {
            r->commitments[o++] = *m;
            continue;
        }
        ki_commitment *p = &r->commitments[hb];
        if ((p->relation == KI_REL_CITED || p->relation == KI_REL_ADDRESSED) &&
            (m->relation == KI_REL_SETTLED || m->relation == KI_REL_PROGRESS)) {
            p->relation = m->relation;
            p->evidence = m->evidence;
        }
        if (!p->deadline)
            p->deadline = m->deadline;
        if (!p->date && !p->date_raw) {
            p->date = m->date;
            p->date_raw = m->date_raw;
        }
        if (answer)
            p->evidence = m->evidence;
        if (!p->nactors && m->nactors) {
            p->actors = m->actors;
            p->nactors = m->nactors;
        }
        if (!p->venue || (m->venue && strlen(m->venue) > strlen(p->venue)))
            p->venue = m->venue ? m->venue : p->venue;
        if (!p->nrefs && m->nrefs) {
            p->refs = m->refs;
            p->nrefs = m->nrefs;
        }
    }
    r->ncommitments = o;
}

/* "Daarbij ga ik in op de toezeggingen die ik heb gedaan in het
 * commissiedebat X van 16 oktober 2024": a plural mention that points at
 * the commitments of one day is no commitment of its own when the letter
 * names those one by one. */
static void drop_overviews(ki_refs *r)
{
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        const ki_commitment *m = &r->commitments[i];
        bool drop = false;
        if (m->date && m->text && strncasecmp(m->text, "toezeggingen ", 13) == 0)
            for (size_t j = 0; j < r->ncommitments && !drop; j++) {
                const ki_commitment *p = &r->commitments[j];
                drop = j != i && p->date && strcmp(p->date, m->date) == 0 && p->text &&
                       strncasecmp(p->text, "toezeggingen ", 13) != 0;
            }
        if (!drop)
            r->commitments[o++] = *m;
    }
    r->ncommitments = o;
}

/* "u" in a letter to a bewindspersoon ("AAN DE STAATSSECRETARIS VAN
 * FINANCIËN", "Aan de minister van Justitie en Veiligheid" on a line of its
 * own, above pos): who that is. */
static bool addressee_actor(const char *s, size_t pos, actors *ac)
{
    size_t lim = pos > 4000 ? pos - 4000 : 0;
    for (size_t ls = line_start(s, pos); ls > lim;) {
        ls = line_start(s, ls - 1);
        size_t q = ls;
        while (q < pos && (s[q] == ' ' || s[q] == '\t'))
            q++;
        if (!starts_ci(s, pos, q, "aan de minister") && !starts_ci(s, pos, q, "aan de staatssecretaris"))
            continue;
        /* "de minister ...", in capitals or not: ki_actor_parse() reads both */
        size_t used, le = line_end(s, pos, q);
        const char *ab = ki_actor_parse(s + q + 4, le - q - 4, &used);
        if (ab)
            actor_add(ac, ab);
        return ab != NULL;
    }
    return false;
}

/* The next word (a run of letters) at or after *p in a C string: its
 * start, its length in *len (0 at the end); *p moves past it. */
static const char *next_word(const char **p, size_t *len)
{
    const char *q = *p;
    while (*q && !ki_is_letter((unsigned char)*q))
        q++;
    const char *w = q;
    while (*q && ki_is_letter((unsigned char)*q))
        q++;
    *p = q;
    *len = (size_t)(q - w);
    return w;
}

/* Whether two subjects are about the same thing: a word of seven letters
 * or more in both, other than the verbs of promising themselves
 * ("informeren", "toezegging").  "over de uitkomsten van de pilot" and "een
 * brief over de evaluatie" are two promises; a subject not known meets all. */
static bool subjects_meet(const char *a, const char *b)
{
    if (!a || !b)
        return true;
    size_t l, m;
    for (const char *p = a; *p;) {
        const char *w = next_word(&p, &l);
        if (l < 7 || starts_ci(w, l, 0, "informe") || starts_ci(w, l, 0, "toezeg"))
            continue;
        for (const char *q = b; *q;) {
            const char *v = next_word(&q, &m);
            if (m == l && strncasecmp(v, w, l) == 0)
                return true;
        }
    }
    return false;
}

/*
 * "de toezeggingen om de Kamer te informeren over X (AO Voedsel, Kamerstuk
 * 31 532, nr. 122), over Y (AO preventie, Kamerstuk 32 793, nr. 171) en Z
 * (AO EU-Gezondheidsraad, ...)": one record per item, each with the venue,
 * date and references of its own bracket; the rest (actors, relation,
 * deadline) is the list's.
 */
static ki_status split_lists(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    const char *s = sc->s;
    size_t cnt = r->ncommitments;
    for (size_t i = 0; i < cnt; i++) {
        size_t a = r->commitments[i].span.start, b = r->commitments[i].span.end;
        if (b - a < 40 || !starts_ci(s, b, a, "toezeggingen "))
            continue;
        enum { MAXB = 8 };
        size_t bs[MAXB], be[MAXB], v1[MAXB], v2[MAXB];
        int nb = 0;
        for (size_t x = a; x < b && nb < MAXB; x++) {
            if (s[x] != '(')
                continue;
            const char *q = memchr(s + x, ')', b - x);
            if (!q)
                break;
            size_t y = (size_t)(q - s);
            if (find_venue(s, x + 1, x + 2, y, &v1[nb], &v2[nb])) {
                bs[nb] = x;
                be[nb] = y + 1;
                nb++;
            }
            x = y;
        }
        if (nb < 2)
            continue;
        ki_commitment base = r->commitments[i];
        for (int k = 0; k < nb; k++) {
            ki_commitment *c;
            if (k == 0) {
                c = &r->commitments[i];
            } else {
                if (!(c = ki_refs_add_commitment(r)))
                    return KI_ERR_NOMEM;
                *c = base;
            }
            size_t t0 = k == 0 ? a : be[k - 1];
            while (t0 < bs[k] && (ki_is_blank((unsigned char)s[t0]) || s[t0] == ',' || s[t0] == ';'))
                t0++;
            size_t u0 = k == 0 ? a + 12 : be[k - 1], w;
            u0 = ki_skip_blank(s, bs[k], u0);
            while (u0 < bs[k] && (s[u0] == ',' || s[u0] == ';'))
                u0 = ki_skip_blank(s, bs[k], u0 + 1);
            if ((w = word_at(s, bs[k], u0, "en")) || (w = word_at(s, bs[k], u0, "om")))
                u0 = ki_skip_blank(s, bs[k], w);
            c->subject = bs[k] > u0 ? clean_copy(r, s, u0, bs[k]) : NULL;
            if (!(c->venue = clean_copy(r, s, v1[k], v2[k])))
                return KI_ERR_NOMEM;
            ki_date dt;
            char iso[11];
            c->date = c->date_raw = NULL;
            if (ki_date_find(s + v2[k], be[k] - v2[k], &dt)) {
                if (ki_date_resolve(&dt, sc->refdate, iso))
                    c->date = ki_refs_strdup(r, iso);
                else
                    c->date_raw = clean_copy(r, s, v2[k] + dt.start, v2[k] + dt.end);
            }
            const char *ids[32];
            size_t nids = 0;
            ids_in(sc, REF_KST, bs[k], be[k], ids, &nids, 32);
            ids_in(sc, REF_HAND, bs[k], be[k], ids, &nids, 32);
            ids_in(sc, REF_TK, bs[k], be[k], ids, &nids, 32);
            if (set_refs(r, c, ids, nids) || !set_text(sc, c, t0, be[k]))
                return KI_ERR_NOMEM;
        }
    }
    return KI_OK;
}

/* qsort() order of size_t values */
static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Past an aside that opens s[a, b) and a comma closes ("naar aanleiding van
 * een vraag van het lid X (PvdD), ", "in overleg met de minister van
 * Financiën, "): where what follows starts; a when there is none. */
static size_t past_aside(const char *s, size_t a, size_t b)
{
    static const char *const open[] = {"naar aanleiding van", "in overleg met", "op verzoek van", "in antwoord op",
                                       "mede namens", "samen met", "desgevraagd", "na overleg met",
                                       "in reactie op", "op vragen van"};
    size_t j = 0;
    for (size_t k = 0; k < sizeof open / sizeof open[0] && !j; k++)
        if (starts_ci(s, b, a, open[k]))
            j = a + strlen(open[k]);
    if (!j)
        return a;
    int depth = 0;
    for (size_t i = j; i < b && i < a + 200; i++) {
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')')
            depth--;
        else if (s[i] == ';' || s[i] == '.')
            return a;
        else if (s[i] == ',' && depth <= 0) {
            size_t x = ki_skip_blank(s, b, i + 1);
            return x + 8 < b ? x : a;
        }
    }
    return a;
}

/* Where a promise's "om ... te VERB" clause ends, from just after its
 * verb at a: at a bracket, or at the finite verb of the sentence before
 * any comma ("om X te informeren over Y (TZ...) is hiermee afgedaan", "om in
 * gesprek te gaan met Z heb ik uitgevoerd"); b when neither.  A comma
 * opens a clause of the promise's own ("..., waarbij ook aandacht is
 * voor ..."). */
static size_t om_clause_end(const char *s, size_t a, size_t b)
{
    static const char *const fin[] = {"is", "wordt", "werd", "zijn", "worden", "heb", "heeft", "hebben",
                                      "zal", "zullen", "kan", "ben", "was", NULL};
    bool comma = false;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '(' || s[i] == ';')
            return i;
        comma = comma || s[i] == ',';
        if (!comma && i > a && ki_is_blank((unsigned char)s[i - 1]) && ki_is_letter((unsigned char)s[i]) &&
            word_in_list(s, i, word_end(s, b, i), fin))
            return i;
    }
    return b;
}

/* Where s[a, e) ends without the words that lead into the motion or
 * commitment named at e: "... voor een verhoging van de budgetten, conform
 * de ingetrokken | motie-De Graaf" ends at "budgetten". */
static size_t before_lead_in(const char *s, size_t a, size_t e)
{
    static const char *const lead[] = {"de", "het", "een", "die", "deze", "dit", "mijn", "onze", "conform",
                                       "overeenkomstig", "volgens", "ingevolge", "zoals", "in", "met", "op",
                                       "van", "uit", "via", "bij", "naar", "en", "of", "ter", "uitvoering",
                                       "ingetrokken", "aangenomen", "aangehouden", "gewijzigde", "eerdere",
                                       "genoemde", "bovengenoemde", "verworpen", "eerder", "inmiddels", "reeds", "al", NULL};
    size_t x = e;
    for (int k = 0; k < 6 && x > a; k++) {
        size_t we, w0 = ki_word_before(s, a, x, &we);
        if (we == w0 || !word_in_list(s, w0, we, lead))
            break;
        x = w0;
    }
    if (x == e)
        return e;
    while (x > a && (ki_is_blank((unsigned char)s[x - 1]) || s[x - 1] == ','))
        x--;
    return x;
}

static ki_status build_commitments(struct ki_scan *sc, const motinfo *mv, size_t nm,
                                   cominfo *cv, size_t nc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    bool verslag = sc->meta.kind && strcmp(sc->meta.kind, "verslag") == 0;
    size_t ctx_vs = 0, ctx_ve = 0, ctx_at = 0; /* "enkele toezeggingen gedaan" */
    ki_date ctx_dt;
    memset(&ctx_dt, 0, sizeof ctx_dt);
    for (size_t i = 0; i < nc; i++) {
        cominfo *ci = &cv[i];
        size_t ss = sent_start(s, n, ci->start), se = sent_end(s, n, ci->end);
        size_t nt = next_trigger(mv, nm, cv, nc, ci->start, n);
        size_t ue = se < nt ? se : nt; /* this commitment's own text ends here */
        actors ac = {{0}, 0};
        bool made = false, has_venue = false, by_self = false, third = false;
        size_t subj_cut = 0; /* where its subject ends, when before ue */
        size_t ntz = 0; /* numbers of registered commitments in it */
        size_t xds = 0, xde = 0; /* where else its date may be said */
        bool inherited = false;    /* venue and date from an earlier overview */
        size_t vs = 0, ve = 0, hs, he, subj_s;
        /* the head: where actor, venue and date are said */
        if (ci->form == 0) {
            /* "Toezegging" alone on its line is a heading, not a commitment */
            size_t l0 = line_start(s, ci->start), l1 = line_end(s, n, ci->start);
            while (l0 < ci->start && (ki_is_blank((unsigned char)s[l0]) || s[l0] == '#'))
                l0++;
            while (l1 > ci->end && (ki_is_blank((unsigned char)s[l1 - 1]) || s[l1 - 1] == ':'))
                l1--;
            if (l0 == ci->start && l1 == ci->end)
                continue;
            /* "moties en toezeggingen" names a kind of item, not one ("Stand
             * van zaken moties en toezeggingen", "Bijlage bij: ... moties en
             * toezeggingen begrotingsbehandeling VWS 2026"): the items say
             * the rest */
            if ((s[ci->end - 1] == 'n' || s[ci->end - 1] == 'N') && ci->start >= ss + 10 &&
                (starts_ci(s, ci->start, ci->start - 10, "moties en ") ||
                 starts_ci(s, ci->start, ci->start - 9, "motie en ")))
                continue;
            /* nor a heading with its number and title ("Toezegging T03912 -
             * Monitoring"): the entry's text on the next line says the rest */
            {
                size_t le = line_end(s, n, ci->start), nl = le < n ? ki_skip_blank(s, n, le + 1) : n;
                char lc = last_char(s, n, line_start(s, ci->start));
                bool titled = false; /* " - Titel" after the number */
                for (size_t x = ci->end; x + 2 < le && !titled; x++)
                    titled = ki_is_blank((unsigned char)s[x]) &&
                             (s[x + 1] == '-' || ((unsigned char)s[x + 1] == 0xE2 && x + 3 < le &&
                                                  (unsigned char)s[x + 2] == 0x80)) &&
                             x > ci->end + 2;
                if (l0 == ci->start && s[ci->start] == 'T' && titled && lc != '.' && lc != ':' && lc != ';' &&
                    nl < n && is_upper((unsigned char)s[nl]) && le < ue)
                    ue = le;
            }
            /* nor is the word in a table: its rows are read cell by cell below */
            if (in_row(s, n, ci->start))
                continue;
            hs = ci->end;
            he = ue;
            /* "de toegezegde evaluatie (van X)": what follows is what was
             * promised, up to a bracket that closes around it */
            bool attr = ci->attr = s[ci->end - 1] == 'e';
            for (size_t x = hs; attr && x < ue; x++) {
                if (s[x] == ')' || s[x] == ';') {
                    ue = x;
                    break;
                }
                /* "de toegezegde evaluatie | is vertraagd": the predicate
                 * says what became of it */
                static const char *const verbs[] = {"is", "wordt", "zal", "komt", "volgt", "loopt", "heeft",
                                                    "verschijnt", "voor", "na", "uiterlijk", "ontvangt"};
                bool v = false;
                for (size_t k = 0; k < sizeof verbs / sizeof verbs[0] && !v && x > hs; k++)
                    v = !ki_is_letter((unsigned char)s[x - 1]) && word_at(s, ue, x, verbs[k]);
                if (v) {
                    subj_cut = x;
                    break;
                }
            }
            for (size_t x = hs; x < ue && !attr; x++) {
                size_t w;
                if ((w = word_at(s, ue, x, "om")) || (w = word_at(s, ue, x, "dat")) ||
                    (w = word_at(s, ue, x, "waarin"))) {
                    he = x;
                    break;
                }
            }
            subj_s = attr ? hs : he;
            /* "Toezegging: De minister van X zal ...", "Toezegging (d.d. ...,
             * CD X): de minister informeert ...": a register entry's text
             * follows its colon */
            if (!attr && he == ue && entry_label_end(s, hs, ue) < ue)
                subj_s = entry_label_end(s, hs, ue);
            /* "Toezegging(en) van SJenV, MBZK en SOCW" / "Toezegging minister van VWS" */
            size_t as = ki_skip_blank(s, n, hs), k;
            if ((k = word_at(s, n, as, "van")) || (k = word_at(s, n, as, "aan")))
                as = k;
            size_t ae = he;
            if (!attr && find_venue(s, hs, hs + 160, he, &vs, &ve) && gap_ok(s, hs, vs)) {
                has_venue = true;
                ae = vs;
            }
            /* who made it is named right after the noun, or after a colon
             * ("Toezegging (TZ..): de minister van X informeert"), not in a
             * later clause ("... zijn opgenomen in de brief van de minister") */
            size_t ge = gap_end(s, hs, ae);
            if (!word_at(s, n, ki_skip_blank(s, n, hs), "aan"))
                find_actors(sc, as, ge, &ac);
            for (size_t x = hs; x < ge && !ac.n && !has_venue; x++)
                if (s[x] == ':') {
                    size_t y = ki_skip_blank(s, he, x + 1);
                    find_actors(sc, y, subject_end(s, y, he), &ac);
                    break;
                }
            if (!ac.n && has_venue) {
                /* "..., gedaan door de minister van X" */
                for (size_t x = ve; x + 4 < he && !ac.n; x++)
                    if (word_at(s, he, x, "door"))
                        find_actors(sc, x + 4, he, &ac);
                /* "Toezegging TZ.. aan het lid X, gedaan tijdens Y: de minister van Z informeert" */
                for (size_t x = ve; x < he && !ac.n; x++)
                    if (s[x] == ':') {
                        size_t y = ki_skip_blank(s, he, x + 1);
                        find_actors(sc, y, subject_end(s, y, he), &ac);
                        break;
                    }
            }
            /* "de toezegging die ik deed in het commissiedebat X" */
            for (size_t x = hs; has_venue && !ac.n && x < vs; x++) {
                if (x > hs && ki_is_letter((unsigned char)s[x - 1]))
                    continue;
                if (word_at(s, vs, x, "ik") || word_at(s, vs, x, "wij") || word_at(s, vs, x, "we"))
                    (void)actor_self_at(sc, ci->start, &ac);
                else if (word_at(s, vs, x, "u"))
                    actor_add(&ac, "u");
            }
            /* "mijn toezegging" */
            size_t b = ci->start;
            while (b > ss && ki_is_blank((unsigned char)s[b - 1]))
                b--;
            bool mine = false;
            if (b >= ss + 4 && (word_at(s, n, b - 4, "mijn") || (b >= ss + 4 && word_at(s, n, b - 4, "onze")))) {
                (void)actor_self_at(sc, ci->start, &ac);
                mine = true;
            }
            /* "Hierbij stuur ik u de toegezegde evaluatie": in a letter, the
             * promise of the office that writes */
            if (!ac.n && (s[ci->start] == 't' || s[ci->start] == 'T') && s[ci->end - 1] == 'e' && !verslag) {
                (void)actor_self_at(sc, ci->start, &ac);
                mine = by_self = true; /* named by what was promised, even unsigned */
            }
            /* "de eerdere toezegging van uw voorganger dat ...", "de
             * toezegging van de minister om ...": made by a bewindspersoon
             * the text does not name */
            size_t vk = ki_skip_blank(s, n, ci->end), vq;
            bool maker = (vq = word_at(s, n, vk, "van")) && bare_maker(s, ki_skip_blank(s, n, vq), ue);
            /* "de reactie op de toezegging aan het lid Bikker om ...": made to a
             * member, by the office that writes */
            if (!ac.n && (vq = word_at(s, n, vk, "aan"))) {
                size_t m0 = ki_skip_blank(s, n, vq);
                if ((starts_ci(s, n, m0, "het lid ") || starts_ci(s, n, m0, "de leden ") ||
                     starts_ci(s, n, m0, "de heer ") || starts_ci(s, n, m0, "mevrouw ")) &&
                    actor_self_at(sc, ci->start, &ac) && ac.n)
                    by_self = true;
            }
            cues c;
            size_t mk = ci->start > ss + 60 ? ci->start - 60 : ss;
            size_t mke = ci->end + 30 < ue ? ci->end + 30 : ue;
            cues_of(sc, mk, mke, 0, 0, &c);
            made = c.made;
            /* "doe ik de toezegging uit het commissiedebat X af": the
             * particle past the window settles it, nothing is made */
            for (size_t y = ci->end; made && y < ue; y++)
                if (!ki_is_letter((unsigned char)s[y - 1]) && (word_at(s, ue, y, "af") || word_at(s, ue, y, "gestand")))
                    made = false;
            /* "Op 19 januari jl. is, tijdens een VSO (...), de Kamer de
             * toezegging gedaan ...": made that day, which was before this
             * document; it reports on it.  Where and when come before the
             * noun, and who is the office that writes. */
            ki_date pd, nd;
            char piso[11];
            bool past = false;
            for (size_t f = ss; made && sc->refdate && f < ci->start && ki_date_find(s + f, ci->start - f, &nd);
                 f += nd.end) {
                /* the last date before the noun (a letter's own date line
                 * may open the same "sentence") */
                pd = nd;
                pd.start += f;
                pd.end += f;
                past = !deadline_date(s, ss, pd.start) && ki_date_resolve(&nd, sc->refdate, piso) &&
                       strcmp(piso, sc->refdate) < 0;
            }
            if (past) {
                made = false;
                xds = pd.start;
                xde = ci->start;
                /* "In het Algemeen Overleg over X op 2 juni 2009 (...) is aan
                 * uw Kamer de toezegging gedaan": the venue may stand before
                 * its date */
                if (!has_venue && (find_venue(s, pd.start, ci->start, ci->start, &vs, &ve) ||
                                   (find_venue(s, ss, pd.start, ci->start, &vs, &ve) && ve <= pd.start + 4)))
                    has_venue = true;
                if (!ac.n && actor_self_at(sc, ci->start, &ac))
                    by_self = true;
            }
            if (made && !has_venue && find_venue(s, ss, ci->start, ci->start, &vs, &ve))
                has_venue = true;
            /* "De minister van X deed in het commissiedebat Y de toezegging ..." */
            bool deed = false;
            for (size_t x = ss; x < ci->start && !deed && !made && !has_venue; x++)
                if (s[x] == 'd' && (x == ss || !ki_is_letter((unsigned char)s[x - 1])))
                    deed = word_at(s, ci->start, x, "deed") || word_at(s, ci->start, x, "deden");
            if (deed && !ac.n && find_venue(s, ss, ci->start, ci->start, &vs, &ve)) {
                has_venue = true;
                find_actors(sc, ss, vs, &ac);
            }
            /* "- de toezegging om ... (commissiedebat X, 4 juli 2024);": where
             * and when in the bracket that closes the item */
            if (!has_venue && !made && trailing_bracket(s, he, ue, &xds, &xde) &&
                find_venue(s, xds, xds + 1, xde, &vs, &ve)) {
                has_venue = true;
                xds = ve;
            }
            /* said before the noun: "Het vragenuur van dinsdag 3 juni jl.
             * leidde tot een toezegging van ...", "informeert MFin de Kamer,
             * conform de toezegging in het commissiedebat X" */
            if (!has_venue && !made && one_named(s, ss, ci->start, ci->end, ue) &&
                find_venue(s, ss, ci->start, ci->start, &vs, &ve) && !letter_venue_at(s, vs, ve))
                has_venue = true;
            if (!ac.n && has_venue && conform_before(s, ss, ci->start))
                find_actors(sc, ss, ci->start, &ac);
            /* "Conform mijn toezegging in het genoemde debat zal ik ..." */
            if (mine && !has_venue && !made && conform_before(s, ss, ci->start))
                by_self = true;
            if (maker && !ac.n && one_named(s, ss, ci->start, ci->end, ue))
                by_self = true;
            /* "dat de minister een toezegging heeft gedaan, namelijk dat ..." */
            if (!ac.n && !has_venue && !made && !by_self) {
                size_t g = ki_skip_blank(s, ue, ci->end), e2;
                if ((e2 = word_at(s, ue, g, "heeft")) || (e2 = word_at(s, ue, g, "hebben")))
                    g = ki_skip_blank(s, ue, e2);
                if (word_at(s, ue, g, "gedaan")) {
                    for (size_t x = ss; x < ci->start && !by_self; x++)
                        if ((s[x] == 'd' || s[x] == 'D' || s[x] == 'h' || s[x] == 'H') &&
                            (x == ss || !ki_is_letter((unsigned char)s[x - 1])))
                            by_self = bare_maker(s, x, ci->start);
                }
            }
            /* "Tijdens de behandeling ... op 16 december 2025 heb ik uw Kamer
             * enkele toezeggingen gedaan", or said ahead: "Ook ga ik in op
             * twee toezeggingen uit het commissiedebat Bouwopgave van 4 juni
             * jl.": where and when of the commitments the letter then takes
             * one by one ("Ik heb toegezegd ...") */
            if (!made && (s[ci->end - 1] == 'n' || s[ci->end - 1] == 'N')) {
                size_t g = ki_skip_blank(s, ue, ci->end), v0, v1, w2;
                ki_date cd;
                bool said = !has_venue && word_at(s, ue, g, "gedaan") &&
                            find_venue(s, ss, ci->start, ci->start, &v0, &v1) &&
                            ki_date_find(s + v1, ci->start - v1, &cd);
                bool ahead = !said && ((w2 = word_at(s, ue, g, "uit")) || (w2 = word_at(s, ue, g, "tijdens"))) &&
                             find_venue(s, w2, w2 + 8, ue, &v0, &v1) && ki_date_find(s + v1, ue - v1, &cd) &&
                             cd.start < 12;
                if (said || ahead) {
                    ctx_vs = v0;
                    ctx_ve = v1;
                    ctx_dt = cd;
                    ctx_dt.start += v1;
                    ctx_dt.end += v1;
                    ctx_at = ci->end;
                }
            }
            /* "Met deze brief geef ik invulling aan de toezegging over X",
             * "Hiermee voldoe ik aan de toezegging om ...", "doe ik
             * toezegging T03357 gestand": one commitment, named by its
             * subject or number, that the writer says the text handles */
            cues cs2 = c; /* the whole clause up to it: "Ik ga hierbij in op de moties ... en op de toezeggingen om" */
            if (!ac.n && !made && !by_self && !attr && !(c.settled || c.progress || c.addressed) && ss < mk)
                cues_of(sc, ss, mke, 0, 0, &cs2);
            if (!ac.n && !made && !by_self && !attr && (cs2.settled || cs2.progress || cs2.addressed)) {
                size_t g = ki_skip_blank(s, ue, ci->end);
                if (g < ue && s[g] == '(')
                    g++;
                bool named = word_at(s, ue, g, "over") || word_at(s, ue, g, "om") || word_at(s, ue, g, "inzake") ||
                             word_at(s, ue, g, "betreffende") || word_at(s, ue, g, "aangaande") ||
                             starts_ci(s, ue, g, "met betrekking tot ") ||
                             (g + 6 <= ue && s[g] == 'T' && ki_is_digit((unsigned char)s[g + 1]) &&
                              ki_is_digit((unsigned char)s[g + 5]));
                /* "haar toezegging", "zijn toezegging": the bewindspersoon's */
                bool own = mine || (b >= ss + 4 && word_at(s, n, b - 4, "haar")) ||
                           (b >= ss + 4 && word_at(s, n, b - 4, "zijn"));
                if ((named || own) && actor_self_at(sc, ci->start, &ac) && ac.n)
                    by_self = true; /* the office that signs, not a committee's minutes */
            }
            /* "de toezegging(en) over X, gedaan in het debat van ...": X */
            size_t ov = ki_skip_blank(s, ue, ci->end), ove;
            if (ov < ue && s[ov] == '(') /* "de toezeggingen (over X en Y) die ..." */
                ov++;
            if (numbered_line(s, ue, ov)) { /* "De toezegging TZ201710-112 over X" */
                size_t x = ov;
                while (x < ue && !ki_is_blank((unsigned char)s[x]))
                    x++;
                if (word_at(s, ue, ki_skip_blank(s, ue, x), "over"))
                    ov = ki_skip_blank(s, ue, x);
            }
            /* (or after who made it, where and when: "Toezegging MKGG
             * (commissiedebat X, d.d. ...) over Y: ...") */
            if (!attr && he == ue && has_venue && ve > ci->end && ve < ue && !word_at(s, ue, ov, "over")) {
                size_t x = ve, q;
                for (int g = 0; g < 6 && x < ue; g++) {
                    ki_date vd;
                    size_t dl;
                    x = ki_skip_blank(s, ue, x);
                    if (x < ue && (s[x] == ',' || s[x] == ')'))
                        x++;
                    else if (starts_ci(s, ue, x, "d.d."))
                        x += 4;
                    else if ((q = word_at(s, ue, x, "van")) || (q = word_at(s, ue, x, "op")))
                        x = q;
                    else if ((dl = ki_date_parse(s + x, ue - x, false, &vd)))
                        x += dl;
                    else
                        break;
                }
                if (word_at(s, ue, x, "over"))
                    ov = x;
            }
            if (!attr && he == ue && (ove = word_at(s, ue, ov, "over"))) {
                subj_s = ki_skip_blank(s, ue, ove);
                /* ("over de warmtewet: zie bijlage 2": what became of it) */
                for (size_t x = subj_s; x < ue && !subj_cut; x++)
                    if (s[x] == '(' || s[x] == ')' || (s[x] == ':' && x + 1 < ue && ki_is_blank((unsigned char)s[x + 1])) ||
                        (s[x] == ',' && x + 2 < ue &&
                                        (word_at(s, ue, x + 2, "gedaan") || word_at(s, ue, x + 2, "die") ||
                                         word_at(s, ue, x + 2, "zoals") || word_at(s, ue, x + 2, "waarover"))) ||
                        ((s[x] == 'd' || s[x] == 'g') && ki_is_blank((unsigned char)s[x - 1]) &&
                         (word_at(s, ue, x, "die") || word_at(s, ue, x, "gedaan"))))
                        subj_cut = x;
                /* "De toezegging over X is hiermee afgedaan" */
                size_t fe = om_clause_end(s, subj_s, subj_cut ? subj_cut : ue);
                if (fe < (subj_cut ? subj_cut : ue))
                    subj_cut = fe;
                /* "..., gedaan in het debat van 27 maart", "die in ons debat
                 * van 27 maart naar voren kwamen": where it was made */
                if (subj_cut && !has_venue && find_venue(s, subj_cut, subj_cut + 40, ue, &vs, &ve))
                    has_venue = true;
            }
            /* "De toezegging om X, gedaan tijdens het commissiedebat van 5
             * april 2023, wordt ... ingelost": where it was made */
            size_t gd;
            if (!attr && !has_venue && word_at(s, ue, ov, "om") &&
                (gd = find_ci(s, ue, ov, ", gedaan ")) != (size_t)-1 &&
                find_venue(s, gd + 9, gd + 40, ue, &vs, &ve)) {
                has_venue = true;
                subj_cut = gd;
                xds = ve; /* its date: "van 5 april 2023" */
                xde = ve + 40 < ue ? ve + 40 : ue;
            }
            /* "is conform eerdere toezegging vóór 1 april afgerond",
             * "Conform mijn toezegging stuur ik u hierbij ...": the
             * writer's own earlier promise, unless "van X" names another */
            if (!ac.n && !by_self && conform_before(s, ss, ci->start) && !word_at(s, ue, ki_skip_blank(s, ue, ci->end), "van") &&
                actor_self_at(sc, ci->start, &ac))
                by_self = true;
            /* "Die toezegging doe ik graag: ...", "Ik doe de toezegging dat
             * ...": made now, by the one speaking or writing */
            if (!ac.n && !made && promise_done_now(s, ss, ci->start, ci->end, ue) &&
                actor_self_at(sc, ci->start, &ac))
                made = by_self = true;
            /* (unless it says what was promised and gives its number: "De
             * toezegging om X (TZ201710-112) is hiermee afgedaan") */
            const char *tz[1];
            size_t nw = ki_skip_blank(s, ue, ci->end);
            if (numbered_line(s, ue, nw)) { /* "De toezegging TZ201710-112 over X" */
                while (nw < ue && !ki_is_blank((unsigned char)s[nw]))
                    nw++;
                nw = ki_skip_blank(s, ue, nw);
            }
            if (!ac.n && !has_venue && !made && !by_self &&
                (word_at(s, ue, nw, "om") || word_at(s, ue, nw, "dat") || word_at(s, ue, nw, "over")))
                ids_in(sc, REF_TK, ci->end, ue, tz, &ntz, 1);
            if (!ac.n && !has_venue && !made && !by_self && !ntz)
                continue; /* a bare mention: "toezeggingen", "deze toezegging" */
            /* the letter's subject line names its theme: "Betreft Rappel
             * toezeggingen", "Betreft Stand van zaken moties en toezeggingen"
             * (not "Betreft Toezegging over X") */
            if (!ntz && on_subject_line(s, ci->start)) {
                size_t le = line_end(s, n, ci->start);
                static const char *const more[] = {"over", "om", "dat", "uit", "van", "aan", "tijdens", "in", "inzake"};
                if (word_in(s, ci->end, le, more, sizeof more / sizeof more[0]) == (size_t)-1)
                    continue;
            }
            /* a set, not one: "de stand van zaken van de openstaande
             * toezeggingen", "alle toezeggingen uit dat debat" */
            static const char *const some[] = {"openstaande", "alle", "enkele", "diverse", "verschillende",
                                               "overige", "lopende", "aantal", "resterende", NULL};
            size_t qe0, q0 = ki_word_before(s, ss, ci->start, &qe0);
            if (!ac.n && !ntz && s[ci->end - 1] == 'n' && qe0 > q0 && word_in_list(s, q0, qe0, some) &&
                !word_at(s, ue, nw, "over") && !word_at(s, ue, nw, "om") && !word_at(s, ue, nw, "dat"))
                continue;
            /* "Toezegging X om Y te herijken: hierop wordt in deze brief
             * ingegaan": what follows the colon is what became of it */
            if (!attr && !subj_cut && subj_s < ue && !made) {
                const char *co = memchr(s + subj_s, ':', ue - subj_s);
                size_t cq = co ? (size_t)(co - s) : ue;
                if (co && cq > subj_s + 10 && cq + 1 < ue && ki_is_blank((unsigned char)s[cq + 1]))
                    subj_cut = cq;
            }
        } else if (ci->form == 1) {
            /* "... heeft de staatssecretaris van X toegezegd (in de brief van ...)" */
            hs = ss;
            he = ci->end;
            size_t k = ki_skip_blank(s, n, ci->end), q;
            if ((q = word_at(s, n, k, "door"))) {
                /* "zoals toegezegd door de minister van X in het ..." */
                size_t used;
                size_t j = ki_skip_blank(s, n, q);
                if (ki_actor_parse(s + j, n - j, &used))
                    k = ki_skip_blank(s, n, j + used);
            }
            /* (not a particle of the promised verb: "toegezegd in te zetten
             * op", "op te treden") */
            /* (nor a phrase of it: "toegezegd in overleg te treden met"; a
             * meeting is "het debat", "een overleg", "CD X", "12 maart") */
            static const char *const det[] = {"het", "de", "een", "dit", "dat", "deze", "die", "mijn", "ons",
                                              "onze", "zijn", "haar", "uw", "hun", NULL};
            if (((q = word_at(s, n, k, "in")) || (q = word_at(s, n, k, "tijdens")) ||
                 (q = word_at(s, n, k, "bij")) || (q = word_at(s, n, k, "op"))) &&
                !word_at(s, n, ki_skip_blank(s, n, q), "te") &&
                (s[k] == 't' || word_in_list(s, ki_skip_blank(s, n, q), word_end(s, n, ki_skip_blank(s, n, q)), det) ||
                 !(s[ki_skip_blank(s, n, q)] >= 'a' && s[ki_skip_blank(s, n, q)] <= 'z'))) {
                he = ue;
                for (size_t x = q; x < ue; x++)
                    if (word_at(s, ue, x, "dat") || word_at(s, ue, x, "om") || word_at(s, ue, x, "te")) {
                        he = x;
                        /* "... aan te passen": the particle goes with its verb */
                        size_t pe, pw = ki_word_before(s, q, x, &pe);
                        if (s[x] == 't' && pe > pw && particle_at(s, pw, pe))
                            he = pw;
                        /* "... in het debat van 12 maart 2024 de regeling aan
                         * te passen": what follows the debate's date */
                        ki_date qd;
                        if (s[x] == 't' && ki_date_find(s + q, he - q, &qd) && q + qd.end + 3 < he)
                            he = q + qd.end;
                        break;
                    }
            }
            /* "zegde de minister van X toe ...": the actor between verb and "toe" */
            size_t toe = 0;
            if (s[ci->start] == 'z') {
                for (size_t x = ci->end; x < ue && x < ci->end + 160 && !toe; x++)
                    if (s[x] == 't' && ki_is_blank((unsigned char)s[x - 1]))
                        toe = word_at(s, ue, x, "toe");
                if (toe) /* "zegde in het debat toe de regeling aan te passen" */
                    he = toe;
            }
            subj_s = he > ci->end ? he : ci->end;
            /* "Met deze brief informeer ik u, zoals toegezegd in de brief van
             * 10 januari ...": this letter is no venue (find_venue() passes
             * "deze brief" by), the one after the verb is */
            if (find_venue(s, ss, ci->start, ci->start, &vs, &ve))
                has_venue = true;
            else if (find_venue(s, ci->end, he, toe ? toe : he, &vs, &ve))
                has_venue = true;
            /* "Bij brief van 29 januari 2024 ... In de brief is toegezegd
             * dat ...", "In die brief heb ik toegezegd": the letter the
             * sentence before named */
            bool deze = false;
            /* "Met onze brief van 26 mei 2023 hebben wij u geïnformeerd ...
             * In deze brief hebben wij u ook toegezegd ...": the past tense
             * makes "deze brief" the one just named */
            if (!has_venue && ss > 2) {
                size_t db = find_ci(s, ci->start, ss, "deze brief");
                bool perf = false;
                for (size_t x = db; db != (size_t)-1 && x < ci->start && !perf; x++)
                    perf = !ki_is_letter((unsigned char)s[x - 1]) &&
                           (word_at(s, ci->start, x, "heb") || word_at(s, ci->start, x, "hebben") ||
                            word_at(s, ci->start, x, "heeft") || word_at(s, ci->start, x, "is"));
                if (perf) {
                    vs = db + 5; /* "brief" */
                    ve = db + 10;
                    has_venue = deze = true;
                }
            }
            if (has_venue && ve - vs == 5 && memcmp(s + vs, "brief", 5) == 0 && vs >= 4 &&
                (starts_ci(s, vs, vs - 3, "de ") || starts_ci(s, vs, vs - 4, "die ") ||
                 starts_ci(s, vs, vs - 5, "deze ")) && ss > 2) {
                size_t p0 = sent_start(s, n, ss - 2), pvs, pve;
                for (size_t x = p0; x < ss && find_venue(s, x, ss, ss, &pvs, &pve); x = pve) {
                    if (letter_venue_at(s, pvs, pve) && pve > pvs + 5) {
                        vs = pvs; /* "brief van 29 januari 2024" */
                        ve = pve;
                        deze = false;
                        break;
                    }
                }
                if (deze)
                    has_venue = false; /* no letter named before: this one */
            }
            /* "In het commissiedebat van 5 februari jl. vroeg het lid X naar
             * Y. Ik heb toen toegezegd ...": "toen", "daarbij", "daar" and
             * "in dat debat" are the debate the sentence before named */
            bool that = has_venue && vs >= ss + 4 && (starts_ci(s, vs, vs - 4, "dat ") ||
                                                       starts_ci(s, vs, vs - 4, "dit "));
            if ((!has_venue || that) && ss > 2 && back_to_debate(s, ss, ci->start)) {
                size_t p0 = sent_start(s, n, ss - 2), pvs, pve;
                if (find_venue(s, p0, ss, ss, &pvs, &pve) && !letter_venue_at(s, pvs, pve)) {
                    vs = pvs;
                    ve = pve;
                    has_venue = true;
                    xds = p0; /* its date, before or after it */
                    xde = ss;
                }
            }
            if (toe && has_venue && vs > ci->end) {
                find_actors(sc, ci->end, vs, &ac);
                find_actors(sc, ve, toe, &ac);
            } else if (toe) {
                find_actors(sc, ci->end, toe, &ac);
            }
            if (ac.n) {
                /* said after the verb */
            } else if (has_venue && ve < ci->start) {
                find_actors(sc, ss, vs, &ac);
                find_actors(sc, ve, ci->start, &ac);
            } else {
                find_actors(sc, ss, ci->start, &ac);
            }
            size_t kd = ki_skip_blank(s, n, ci->end);
            if ((q = word_at(s, n, kd, "door")))
                find_actors(sc, q, q + 120 < ue ? q + 120 : ue, &ac);
            if (!ac.n) {
                /* a pronoun as the subject: "U heeft ...", "heb ik ..." */
                bool u = false, ik = false;
                for (size_t x = ss; x < ci->start; x++) {
                    size_t e;
                    if ((e = word_at(s, ci->start, x, "ik")) || (e = word_at(s, ci->start, x, "wij")) ||
                        (e = word_at(s, ci->start, x, "we"))) {
                        size_t y = ki_skip_blank(s, ci->start, e);
                        if (x == ss || word_at(s, ci->start, y, "heb") || word_at(s, ci->start, y, "hebben") ||
                            (x >= 4 && (starts_ci(s, n, x - 4, "heb ") || starts_ci(s, n, x - 7, "hebben "))))
                            ik = true;
                    }
                    if ((s[x] == 'u' || s[x] == 'U') && (e = word_at(s, ci->start, x, "u"))) {
                        size_t y = ki_skip_blank(s, ci->start, e);
                        if (word_at(s, ci->start, y, "heeft") || (x >= 6 && starts_ci(s, n, x - 6, "heeft ")))
                            u = true;
                    }
                }
                /* a beslisnota's "u" stays "u" (the seed's and the
                 * annotators' usage); a letter's is its addressee */
                bool nota = sc->meta.kind && strcmp(sc->meta.kind, "beslisnota") == 0;
                /* "Zoals ik u bij verschillende gelegenheden heb toegezegd" */
                bool heb = false, ikw = false;
                for (size_t x = ss; x < ci->start && !ik; x++) {
                    heb = heb || word_at(s, ci->start, x, "heb") || word_at(s, ci->start, x, "hebben");
                    ikw = ikw || word_at(s, ci->start, x, "ik") || word_at(s, ci->start, x, "wij");
                    ik = heb && ikw;
                }
                if (u && !ik && (nota || !addressee_actor(s, ss, &ac)))
                    actor_add(&ac, "u");
                else if (ik) {
                    if (!actor_self_at(sc, ci->start, &ac))
                        continue; /* a member speaking */
                    by_self = true; /* "ik heb toegezegd": the writer, even unnamed */
                } else if (bare_subject(s, ss, ci->start)) {
                    by_self = true; /* "De minister heeft toegezegd, ...": who, unnamed */
                    (void)same_rank_before(sc, ss, ci->start, &ac);
                } else if (third_person(sc, ss, ss, ci->start, &ac) ||
                           (toe && third_person(sc, ss, ci->end, toe, &ac))) {
                    third = true;
                }
            }
            /* "Mijn ambtsvoorganger heeft op 4 november ... toegezegd": the
             * office that signs */
            if (!ac.n && own_predecessor(s, ss, ci->start))
                (void)actor_self_at(sc, ci->start, &ac);
            /* "Het is niet mogelijk, zoals eerder toegezegd, uw Kamer ... te
             * informeren": a letter's own earlier promise */
            if (!ac.n && !by_self && zoals_before(s, ss, ci->start) && actor_self_at(sc, ci->start, &ac))
                by_self = true;
            made = verslag;
            /* "In de brief wordt toegezegd ...": promised now, in the text
             * itself (a beslisnota's letter, that "u" signs) */
            size_t wpe, wp = ki_word_before(s, ss, ci->start, &wpe);
            if (!made && !ac.n && wpe == ci->start - 1 && s[ci->start] == 't' &&
                (word_at(s, wpe, wp, "wordt") || word_at(s, wpe, wp, "worden")) &&
                !zoals_before(s, ss, ci->start) && !conform_before(s, ss, ci->start)) {
                if (sc->meta.kind && strcmp(sc->meta.kind, "beslisnota") == 0)
                    actor_add(&ac, "u");
                else
                    (void)actor_self_at(sc, ci->start, &ac);
                made = true;
            }
        } else if (ci->form == 3 || ci->form == 4) {
            /* "Ik zal uw Kamer voor de zomer informeren over ...": a new
             * commitment, unless it reports on a motion or commitment named
             * in the same clause, or asks ("Zal de minister ...?") */
            if (se > ss && s[se - 1] == '?')
                continue;
            size_t cs = ss;
            for (size_t x = ss; x < ci->start; x++)
                if (s[x] == ';' || s[x] == ':')
                    cs = x + 1;
            if (this_text_ahead(s, cs, ci->start))
                continue;
            bool named = false, mot_in = false, mot_topic = false;
            /* (the triggers are in text order: those in a span are found
             * by binary search, not by a walk over all of them) */
            for (size_t k = mot_from(mv, nm, cs); k < nm && mv[k].start < ue; k++) {
                mot_in = true;
                /* "Over (de uitvoering van) de motie X zal ik ...": the
                 * motion is what the promise is about */
                for (size_t x = cs; x < mv[k].start && !mot_topic; x++)
                    mot_topic = word_at(s, mv[k].start, x, "over");
            }
            /* "hierover", "daarover": about a motion or commitment only when
             * one was named just before (in this or the previous sentence);
             * else about whatever the text was telling ("De uitkomsten zijn
             * nog niet bekend. Ik zal uw Kamer hierover informeren ...") */
            size_t ps = ss;
            while (ps > 0 && ki_is_blank((unsigned char)s[ps - 1]))
                ps--;
            ps = ps > 1 ? sent_start(s, n, ps - 2) : 0;
            size_t km = mot_from(mv, nm, ps), kc = com_from(cv, i, ps);
            bool item_before = (km < nm && mv[km].start < ci->start) || (kc < i && cv[kc].start < ci->start);
            for (size_t x = cs; x < ue && !named && item_before; x++)
                if (s[x] == 'h' || s[x] == 'd' || s[x] == 'w' || s[x] == 'H' || s[x] == 'D' || s[x] == 'W')
                    named = (x == cs || !ki_is_letter((unsigned char)s[x - 1])) &&
                            (word_at(s, ue, x, "hierover") || word_at(s, ue, x, "daarover") ||
                             word_at(s, ue, x, "waarover"));
            if (ci->form == 4) {
                /* the present tense promises only with its time ("Wij
                 * informeren uw Kamer voor de zomer", not "Hierbij informeer
                 * ik u"), and is about an item named just before when there
                 * is one ("... toegezegd. Ik kom hierop terug in ...") */
                ki_deadline pdl;
                size_t para = ss, lo = ss > 1000 ? ss - 1000 : 0;
                while (para > lo && !(s[para - 1] == '\n' && blank_line(s, n, line_start(s, para - 1))))
                    para--;
                /* a promise after a promise is its own ("Na de zomer
                 * informeer ik uw Kamer over X. Voor de zomer ontvangt uw
                 * Kamer een brief over Y"); after a motion or an earlier
                 * commitment it tells how that one goes on */
                size_t from = ps < para ? ps : para;
                /* an expectation is the next step of the item its section
                 * is about ("Toezegging ...\n\nDe toenmalig minister heeft
                 * toegezegd ...\n\n... De minister verwacht uw Kamer ... te
                 * informeren") */
                for (size_t x = ci->start; x < ci->end && x < ci->start + 12; x++)
                    if (word_at(s, ci->end, x, "verwacht") || word_at(s, ci->end, x, "verwachten")) {
                        from = ss > 1500 ? ss - 1500 : 0;
                        break;
                    }
                km = mot_from(mv, nm, from);
                item_before = km < nm && mv[km].start < ci->start;
                for (size_t k = com_from(cv, i, from); k < i && cv[k].start < ci->start && !item_before; k++)
                    item_before = cv[k].form != 3 && cv[k].form != 4;
                /* its time may be an event: "Zodra de resultaten bekend zijn, ..." */
                size_t cw = ki_skip_blank(s, ue, cs);
                bool when = word_at(s, ue, cw, "zodra") || starts_ci(s, ue, cw, "na afronding") ||
                            starts_ci(s, ue, cw, "na ontvangst");
                /* the passive "zal ... worden aangeboden" is a promise
                 * without its time, as is "worden u spoedig nagezonden" */
                for (size_t x = ci->start; ci->passive && x < ci->end && !when; x++)
                    when = (x == ci->start || !ki_is_letter((unsigned char)s[x - 1])) &&
                           (word_at(s, ci->end, x, "zal") || word_at(s, ci->end, x, "zullen") ||
                            word_at(s, ci->end, x, "spoedig") || word_at(s, ci->end, x, "binnenkort") ||
                            starts_ci(s, ci->end, x, "op korte termijn"));
                if (item_before || (!when && !ki_deadline_find(s + cs, ue - cs, &pdl)))
                    continue;
                bool now = false;
                for (size_t x = cs; x < ue && !now; x++)
                    now = (x == cs || !ki_is_letter((unsigned char)s[x - 1])) &&
                          (word_at(s, ue, x, "hierbij") || starts_ci(s, ue, x, "met deze brief") ||
                           starts_ci(s, ue, x, "in deze brief") || starts_ci(s, ue, x, "met deze") ||
                           word_at(s, ue, x, "hiermee"));
                if (now)
                    continue;
            }
            /* a motion in the clause: the promise reports on it, unless it
             * has a time of its own ("Conform de motie van het lid X zal
             * het kabinet uw Kamer voor 1 april informeren": a new promise) */
            ki_deadline own;
            if (named || (mot_in && (mot_topic || !ki_deadline_find(s + cs, ue - cs, &own))))
                continue;
            hs = ki_skip_blank(s, ci->start, cs); /* "Voor de zomer zal ik ...": its deadline */
            he = ci->end;
            subj_s = ci->start;
            /* "De antwoorden zullen u worden nagezonden": what is sent */
            if (ci->passive && ci->start > hs + 3)
                subj_s = hs;
            find_actors(sc, cs, ci->start, &ac);
            if (!ac.n) {
                /* the subject "ik"/"wij" just before "zal" or just after it */
                size_t b = ci->start;
                while (b > cs && ki_is_blank((unsigned char)s[b - 1]))
                    b--;
                size_t w0 = b;
                while (w0 > cs && ki_is_letter((unsigned char)s[w0 - 1]))
                    w0--;
                size_t a1 = ci->start;
                while (a1 < ci->end && ki_is_letter((unsigned char)s[a1]))
                    a1++;
                a1 = ki_skip_blank(s, ci->end, a1);
                /* "Het kabinet zal ...": the cabinet, through the signer */
                bool kab = word_at(s, b, w0, "kabinet") || starts_ci(s, ci->end, a1, "het kabinet ");
                bool self = word_at(s, b, w0, "ik") || word_at(s, b, w0, "wij") || word_at(s, b, w0, "we") || kab ||
                            word_at(s, ci->end, ci->start, "ik") || word_at(s, ci->end, ci->start, "wij") ||
                            word_at(s, ci->end, ci->start, "we") ||
                            word_at(s, ci->end, a1, "ik") || word_at(s, ci->end, a1, "wij") ||
                            word_at(s, ci->end, a1, "we") || ci->form == 4; /* its subject is in it */
                /* "De staatssecretaris zal de Kamer voor 1 april informeren":
                 * the one of that rank named before, else the writer when
                 * of that rank, else unnamed */
                size_t t0 = cs;
                while (t0 < ci->start && !ki_is_letter((unsigned char)s[t0]))
                    t0++;
                if (!self && bare_maker(s, t0, ci->start) && !word_at(s, ci->start, t0, "uw") &&
                    !starts_ci(s, ci->start, ki_skip_blank(s, ci->start, t0 + 3), "kabinet") &&
                    !starts_ci(s, ci->start, ki_skip_blank(s, ci->start, t0 + 3), "regering")) {
                    if (!same_rank_before(sc, cs, ci->start, &ac)) {
                        actors me = {{0}, 0};
                        size_t j = ki_skip_blank(s, ci->start, t0 + 3);
                        char rank = starts_ci(s, ci->start, j, "staatssecretaris") ? 'S' : 'M';
                        if (actor_self_at(sc, ci->start, &me) && me.n && me.v[0][0] == rank)
                            actor_add(&ac, me.v[0]);
                    }
                } else if (!self || !actor_self_at(sc, ci->start, &ac) || (kab && !ac.n)) {
                    continue;
                }
            }
            made = true;
        } else if (ci->advice) {
            /* "U wordt geadviseerd: ... in de Kamerbrief toe te zeggen de Kamer
             * ... te informeren": the addressee "u" promises, in that letter */
            if (!sc->meta.kind || strcmp(sc->meta.kind, "beslisnota") != 0 || (se > ss && s[se - 1] == '?'))
                continue;
            hs = ci->start;
            he = ci->end;
            subj_s = ci->end;
            actor_add(&ac, "u");
            if (find_venue(s, ss, ci->start, ci->start, &vs, &ve))
                has_venue = true;
            made = true;
        } else {
            if (se > ss && s[se - 1] == '?')
                continue; /* "Zegt u toe dat ...?" */
            hs = ci->start;
            he = ci->end;
            subj_s = ci->end;
            /* "De minister zegt in het debat van 4 april toe ...": where,
             * between the verb and its particle */
            if (ci->end > ci->start + 9 && find_venue(s, ci->start + 5, ci->end - 3, ci->end - 3, &vs, &ve))
                has_venue = true;
            /* "De minister van X zegt toe ...", else "ik" */
            find_actors(sc, ss, ci->start, &ac);
            if (!ac.n && bare_subject(s, ss, ci->start))
                (void)same_rank_before(sc, ss, ci->start, &ac);
            else if (!ac.n && !actor_self_at(sc, ci->start, &ac))
                continue; /* a member speaking */
            made = true;
        }
        /* "Met deze brief doe ik de volgende toezeggingen af:\n- de toezegging
         * uit het commissiedebat X ...": an item no one is named for is the
         * writer's (the office that signs) */
        if (!ac.n && ci->form == 0 && intro_by_self(sc, ci->start))
            (void)actor_self_at(sc, ci->start, &ac);
        ki_date dt;
        bool has_date = false;
        size_t ds = hs, de = he;
        size_t dfrom = has_venue && vs < ci->start ? (vs > ss + 40 ? vs - 40 : ss) : ss;
        if (ci->form == 1 && has_venue && vs < ci->start && ki_date_find(s + vs, ci->start - vs, &dt)) {
            /* "In het commissiedebat X van 3 april jl. heeft ... toegezegd" */
            has_date = true;
            dt.start += vs;
            dt.end += vs;
        } else if (ci->form == 1 && ki_date_find(s + dfrom, ci->start - dfrom, &dt)) {
            /* "heeft op 6 februari 2025 in het commissiedebat X toegezegd" */
            has_date = true;
            dt.start += dfrom;
            dt.end += dfrom;
            ds = de = 0;
        } else if (ci->form == 1 && dfrom > ss && opening_date(s, ss, dfrom, &dt)) {
            /* "Op 30 december jl. heeft de minister ... in een brief toegezegd" */
            has_date = true;
            ds = de = 0;
        } else if (ci->form == 1) {
            /* the date next to the venue, before or after the verb */
            if (has_venue) {
                ds = letter_venue_at(s, vs, ve) ? vs : ve;
                de = ve + 60 < ue ? ve + 60 : ue;
            }
        } else if (ci->form == 3) {
            ds = de = 0; /* the dates in it are its deadline */
        } else if (has_venue && vs < ds) {
            ds = ve;
        }
        if (!has_date && de > ds && ki_date_find(s + ds, de - ds, &dt)) {
            has_date = true;
            dt.start += ds;
            dt.end += ds;
            /* "zal de Kamer voor 1 maart 2026 informeren": a deadline, not
             * the day it was made */
            if (deadline_date(s, ds, dt.start))
                has_date = false;
        }
        if (!has_date && xde > xds && ki_date_find(s + xds, xde - xds, &dt)) {
            has_date = true;
            dt.start += xds;
            dt.end += xds;
        }
        if (has_venue && ve > vs && s[vs] && ci->form == 1 && !has_date && he > ci->end &&
            ki_date_find(s + ci->end, he - ci->end, &dt)) {
            has_date = true;
            dt.start += ci->end;
            dt.end += ci->end;
        }
        if (ci->form == 0 && !ac.n && !has_venue && !has_date && !made && !by_self && !ntz)
            continue;
        if (ci->form == 1 && s[ci->start] == 'z') {
            /* "hij zegde niet toe dat ...", "zegde de minister geen ... toe" */
            bool neg = false;
            for (size_t x = ci->end; x < ue && x < ci->end + 160 && !neg; x++) {
                if (!ki_is_blank((unsigned char)s[x - 1]))
                    continue;
                if (word_at(s, ue, x, "toe"))
                    break;
                neg = word_at(s, ue, x, "niet") || word_at(s, ue, x, "geen") || word_at(s, ue, x, "nooit") ||
                      word_at(s, ue, x, "niets");
            }
            if (neg)
                continue;
        }
        if (ci->form == 1) {
            /* "ik heb niets/niet/nooit toegezegd" is no commitment */
            size_t b = ci->start;
            while (b > ss && ki_is_blank((unsigned char)s[b - 1]))
                b--;
            size_t w0 = b;
            while (w0 > ss && ki_is_letter((unsigned char)s[w0 - 1]))
                w0--;
            if (word_at(s, b, w0, "niets") || word_at(s, b, w0, "niet") || word_at(s, b, w0, "nooit"))
                continue;
        }
        if (ci->form == 1 && !ac.n && !by_self && !third && !has_venue && !has_date && !made &&
            !(ci->start >= ss + 6 && starts_ci(s, n, ss, "zoals")) && !zoals_before(s, ss, ci->start))
            continue;
        /* an entry of a register: "Vindplaats: commissiedebat X, 22 januari
         * 2025", "Activiteit: Commissiedebat X, 12 november 2025", "Datum
         * toezegging 16 december 2025", "Deadline 1 juli 2026" on lines of
         * their own below say where and when it was made, and by when */
        size_t dl_s = 0, dl_e = 0, lab_end = 0;
        bool entry = false; /* a register's entry without its labels, or with them above */
        size_t head_at = (size_t)-1; /* the heading of an entry labelled above */
        if (!has_venue || !has_date || ci->form == 0 || ci->form == 1) {
            size_t p = line_end(s, n, ue > 0 ? ue - 1 : 0);
            bool labelled = false;
            /* an entry headed by its number ("T03987 Toezegging ...",
             * "TZ202605-071"), on its own line or the one above */
            bool reg_head = false;
            for (size_t hl = line_start(s, ss > 0 && line_start(s, ss) > 0 ? line_start(s, ss) - 1 : ss), k = 0;
                 k < 2 && hl <= ss && !reg_head; k++) {
                size_t h0 = ki_skip_blank(s, ss + 1, hl);
                reg_head = numbered_line(s, n, h0);
                hl = line_end(s, n, hl) + 1;
            }
            /* the labels may also stand between the entry's heading and
             * its text: "T03987 Toezegging X / Datum: 15 februari 2024 /
             * Uiterste datum: 1 juli 2024 / De staatssecretaris zegt toe ..." */
            size_t below_end = p, lim = n;
            bool above = false;
            head_at = labels_above(s, n, ci->start);
            /* the Eerste Kamer's register lists its "Kerngegevens" a dozen
             * lines down: "Soort activiteit Plenaire vergadering" */
            for (int k = 0;; k++) {
                size_t q = p < n ? ki_skip_blank(s, n, p + 1) : n, qe = q < n ? line_end(s, n, q) : n, lab = 0;
                if (q < qe && s[q] == '|') /* a key-value table: "| Deadline | 1 juli 2025 |" */
                    q = ki_skip_blank(s, qe, q + 1);
                if (k == 14 || q >= lim || qe - q < 6 || word_at(s, qe, q, "Toezegging") || bullet_at(s, n, q)) {
                    if (!above)
                        below_end = p;
                    if (above || labelled || head_at == (size_t)-1)
                        break;
                    /* then the lines between the heading above and the
                     * entry's text, when those below said nothing */
                    above = reg_head = true;
                    p = line_end(s, n, head_at);
                    lim = line_start(s, ci->start);
                    k = -1;
                    continue;
                }
                bool date_only = false;
                if (starts_ci(s, qe, q, "Vindplaats:"))
                    lab = q + 11;
                else if (starts_ci(s, qe, q, "Gedaan tijdens:") || starts_ci(s, qe, q, "Gedaan in:") ||
                         starts_ci(s, qe, q, "Activiteit:"))
                    lab = memchr(s + q, ':', qe - q) ? (size_t)((const char *)memchr(s + q, ':', qe - q) - s) + 1 : 0;
                else if (starts_ci(s, qe, q, "Datum toezegging")) {
                    lab = q + 16;
                    date_only = true;
                } else if (starts_ci(s, qe, q, "Datum:") && reg_head) { /* the Eerste Kamer's "Datum: 10 februari 2026" */
                    lab = q + 6;
                    date_only = true;
                } else if ((starts_ci(s, qe, q, "Uiterste datum") || starts_ci(s, qe, q, "Streefdatum")) && !dl_e) {
                    /* "Uiterste datum: 31-12-2026": the date is the deadline */
                    size_t d0 = q + (s[q] == 'U' || s[q] == 'u' ? 14 : 11);
                    while (d0 < qe && (ki_is_blank((unsigned char)s[d0]) || s[d0] == ':' || s[d0] == '|'))
                        d0++;
                    ki_date dd;
                    if (ki_date_find(s + d0, qe - d0, &dd) && dd.start == 0 && dd.year) {
                        dl_s = d0;
                        dl_e = d0 + dd.end;
                    }
                } else if (starts_ci(s, qe, q, "Soort activiteit ") && !has_venue) {
                    size_t v1 = q + 17, v2 = qe; /* "| Soort activiteit | Plenaire vergadering |" too */
                    while (v1 < v2 && (ki_is_blank((unsigned char)s[v1]) || s[v1] == '|'))
                        v1++;
                    while (v2 > v1 && (ki_is_blank((unsigned char)s[v2 - 1]) || s[v2 - 1] == '|'))
                        v2--;
                    if (v2 > v1 && v2 - v1 < 60) {
                        has_venue = labelled = true;
                        vs = v1;
                        ve = v2;
                    }
                } else if (word_at(s, qe, q, "Deadline") && !dl_e) {
                    ki_deadline d;
                    if (ki_deadline_find(s + q, qe - q, &d)) {
                        dl_s = q + d.start;
                        dl_e = q + d.end;
                    }
                }
                if (lab) {
                    size_t v1, v2;
                    if (!has_venue && !date_only && find_venue(s, lab, qe, qe, &v1, &v2)) {
                        has_venue = true;
                        vs = v1;
                        ve = v2;
                    }
                    if (!has_date && ki_date_find(s + lab, qe - lab, &dt)) {
                        has_date = true;
                        dt.start += lab;
                        dt.end += lab;
                    }
                    labelled = true;
                }
                p = qe;
            }
            if (labelled) {
                made = false; /* made there, not here */
                lab_end = below_end;
                entry = above; /* (its number is on the heading) */
            } else if (numbered_entry(sc, ss, ci->start)) {
                made = false;
                entry = true;
            }
        }
        /* "Ik heb toegezegd ..." below "... op 16 december 2025 heb ik uw
         * Kamer enkele toezeggingen gedaan": made there and then */
        /* (or in that meeting, named again without its date: "In het
         * commissiedebat Bouwopgave heb ik toegezegd", "In hetzelfde debat") */
        bool ctx_venue = has_venue && ctx_at && ve > vs &&
                         ((ve - vs == ctx_ve - ctx_vs && !memcmp(s + vs, s + ctx_vs, ve - vs)) ||
                          (ve - vs == 5 && !memcmp(s + vs, "debat", 5) && vs >= 10 &&
                           starts_ci(s, vs, vs - 10, "hetzelfde ")));
        if (ci->form == 1 && by_self && (!has_venue || ctx_venue) && !has_date && ctx_at && ci->start > ctx_at &&
            ci->start - ctx_at < 6000) {
            has_venue = has_date = inherited = true;
            vs = ctx_vs;
            ve = ctx_ve;
            dt = ctx_dt;
            made = false;
        }
        /* "in het (genoemde) debat" is the debate the text dated before:
         * "..., waarover de Kamer op 24 oktober jl. heeft gedebatteerd" */
        if (has_venue && !has_date && ve - vs == 5 && memcmp(s + vs, "debat", 5) == 0 &&
            earlier_debate_date(s, n, vs, &dt))
            has_date = true;
        ki_commitment *c = ki_refs_add_commitment(r);
        if (!c)
            return KI_ERR_NOMEM;
        if (ac.n) {
            c->actors = ki_refs_alloc(r, ac.n * sizeof *c->actors);
            if (!c->actors)
                return KI_ERR_NOMEM;
            for (size_t a = 0; a < ac.n; a++)
                c->actors[a] = (char *)ac.v[a];
            c->nactors = ac.n;
        }
        if (has_venue) {
            size_t v0 = vs;
            if (!(c->venue = clean_copy(r, s, v0, ve)))
                return KI_ERR_NOMEM;
        }
        /* a promise in Handelingen is made in the debate the item reports */
        if (!c->venue && made && sc->meta.kind && strcmp(sc->meta.kind, "handelingen") == 0 &&
            (strstr(sc->meta.title, "debat") || strstr(sc->meta.title, "overleg") ||
             strstr(sc->meta.title, "vragenuur")) && !(c->venue = ki_refs_strdup(r, sc->meta.title)))
            return KI_ERR_NOMEM;
        if (!has_date && verslag && sc->meta.debate_date[0]) {
            if (!(c->date = ki_refs_strdup(r, sc->meta.debate_date)))
                return KI_ERR_NOMEM;
        }
        /* "De minister heeft in het commissiedebat toegezegd ..." in the
         * tweeminutendebat that follows that commissiedebat: its date */
        if (!has_date && !made && sc->meta.prior_date[0] && !c->date &&
            !(c->date = ki_refs_strdup(r, sc->meta.prior_date)))
            return KI_ERR_NOMEM;
        if (has_date) {
            char iso[11];
            if (ki_date_resolve(&dt, sc->refdate, iso))
                c->date = ki_refs_strdup(r, iso);
            else
                c->date_raw = clean_copy(r, s, dt.start, dt.end);
        } else if (!c->date && ci->form == 1 && sc->refdate && !made) {
            /* "Vandaag heb ik u aangekondigd ...": the document's own day */
            for (size_t x = ss; x < ci->start && !c->date; x++)
                if ((x == ss || !ki_is_letter((unsigned char)s[x - 1])) &&
                    (word_at(s, ci->start, x, "vandaag") || word_at(s, ci->start, x, "Vandaag")) &&
                    !(c->date = ki_refs_strdup(r, sc->refdate)))
                    return KI_ERR_NOMEM;
        }
        ki_deadline dl;
        size_t dls = ci->form == 1 ? ci->end : hs;
        if (dl_e) {
            if (!(c->deadline = clean_copy(r, s, dl_s, dl_e)))
                return KI_ERR_NOMEM;
        } else if (ue > dls && ki_deadline_find(s + dls, ue - dls, &dl)) {
            size_t d0 = deadline_lead(s, n, dls, dls + dl.start);
            c->deadline = clean_copy(r, s, d0, dls + dl.end);
        }
        if (ci->form == 1 && !(ue > ki_skip_blank(s, n, subj_s) + 2)) {
            /* "Graag informeer ik u in deze brief over X, zoals toegezegd
             * tijdens Y": what was promised is the clause before "zoals" */
            size_t z = (size_t)-1;
            for (size_t x = ss + 1; x < ci->start; x++)
                if (!ki_is_letter((unsigned char)s[x - 1]) && word_at(s, ci->start, x, "zoals"))
                    z = x;
            if (z != (size_t)-1 && z > ss + 10) {
                size_t e = z;
                while (e > ss && ki_is_blank((unsigned char)s[e - 1]))
                    e--;
                bool open = e > ss && s[e - 1] == ',';
                while (e > ss && (ki_is_blank((unsigned char)s[e - 1]) || s[e - 1] == ','))
                    e--;
                /* "In deze brief zal ik, zoals toegezegd tijdens Y, uw Kamer
                 * informeren over X": the sentence around the aside */
                /* (an aside: bracket-free and short, after a clause that
                 * stops at its subject or object: "zal ik,", "uw Kamer,") */
                const char *cl = open && se > ci->end ? memchr(s + ci->end, ',', se - ci->end) : NULL;
                static const char *const stops[] = {"ik", "wij", "we", "u", "Kamer"};
                size_t lw = e, lwe = e;
                while (lw > ss && ki_is_letter((unsigned char)s[lw - 1]))
                    lw--;
                if (cl && ((size_t)(cl - s) - z > 150 || memchr(s + z, '(', (size_t)(cl - s) - z) ||
                           word_in(s, lw, lwe, stops, sizeof stops / sizeof stops[0]) != lw))
                    cl = NULL;
                size_t ra = cl ? ki_skip_blank(s, se, (size_t)(cl - s) + 1) : se, rb = se;
                while (rb > ra && (ki_is_blank((unsigned char)s[rb - 1]) || s[rb - 1] == '.'))
                    rb--;
                if (!(c->subject = rb > ra + 4 && memchr(s + ra, ' ', rb - ra) ? clean_join(r, s, ss, e, ra, rb)
                                                                              : clean_copy(r, s, ss, e)))
                    return KI_ERR_NOMEM;
            }
        }
        if (ue > subj_s) {
            size_t a = ki_skip_blank(s, n, subj_s), w;
            if (a < ue && s[a] == ',') /* "zoals eerder toegezegd, uw Kamer ... te informeren" */
                a = ki_skip_blank(s, n, a + 1);
            if ((w = word_at(s, n, a, "is")) && word_at(s, n, ki_skip_blank(s, n, w), "dat"))
                a = ki_skip_blank(s, n, w); /* "Wat ik kan toezeggen, is dat ..." */
            /* "toe, naar aanleiding van een vraag van het lid X (PvdD), de
             * evaluatie te zenden", "toegezegd, in overleg met Y, een voorstel
             * uit te werken": an aside before what is promised */
            a = past_aside(s, a, ue);
            bool om = false;
            if ((w = word_at(s, n, a, "om")) || (w = word_at(s, n, a, "dat"))) {
                om = s[a] == 'o';
                a = w;
            }
            /* "Deze brief komt later dan toegezegd, omdat ...": a reason, not
             * what was promised; nor is a bare "." */
            size_t a1 = ki_skip_blank(s, n, a);
            if (a1 < ue && s[a1] == ',') { /* "toe dat, wanneer ...", "toe om, na overleg met X, ..." */
                a = a1 = ki_skip_blank(s, n, a1 + 1);
                a = a1 = past_aside(s, a1, ue);
            }
            bool none = a1 >= ue || !(ki_is_letter((unsigned char)s[a1]) || ki_is_digit((unsigned char)s[a1]) ||
                                      s[a1] == '(' || (unsigned char)s[a1] >= 0x80) ||
                        word_at(s, n, a1, "omdat") || word_at(s, n, a1, "want") || word_at(s, n, a1, "doordat") ||
                        word_at(s, n, a1, "aangezien") || word_at(s, n, a1, "maar");
            /* "... zou ontvangen; met deze brief kom ik die toezegging na": the
             * promise ends at its clause */
            const char *semi = ue > a ? memchr(s + a, ';', ue - a) : NULL;
            size_t sue = semi ? (size_t)(semi - s) : ue;
            if (ci->passive && a < ci->start) /* "De antwoorden | zullen u worden nagezonden" */
                sue = ci->start;
            if (subj_cut > a && subj_cut < sue)
                sue = subj_cut;
            /* "... zou gaan praten, maar hij zegde niet toe ...": a clause of its own */
            size_t mr = find_ci(s, sue, a, ", maar ");
            if (mr != (size_t)-1 && mr > a)
                sue = mr;
            if (sue == ue && nt < se) /* "..., conform de ingetrokken | motie-X" */
                sue = before_lead_in(s, a, sue);
            /* "De toezegging om X te informeren over Y (TZ...) is hiermee
             * afgedaan", "... om in gesprek te gaan met Z heb ik uitgevoerd":
             * the clause of "om" ends after its verb, at the sentence's */
            if (om && ci->form == 0)
                for (size_t x = a; x + 3 < sue; x++)
                    if (word_at(s, sue, x, "te") && (x == a || ki_is_blank((unsigned char)s[x - 1]))) {
                        size_t v = ki_skip_blank(s, sue, x + 2);
                        sue = om_clause_end(s, word_end(s, sue, v), sue);
                        if (sue < ue) /* what follows says what became of it */
                            subj_cut = sue;
                        break;
                    }
            if (!none && sue > a && sue - a < 600)
                c->subject = clean_copy(r, s, a, sue);
        }
        /* "Conform mijn toezegging in het debat van 24 oktober stuur ik u
         * hierbij het advies over X", "Zoals toegezegd tijdens Y informeer ik
         * u hierbij over X", "... ontvangt u hierbij X": an aside that opens
         * the sentence; what was promised is what its main clause gives */
        if (!c->subject && !made && ci->form <= 1 && ci->start < ss + 24 &&
            (conform_before(s, ss, ci->start) || zoals_before(s, ss, ci->start))) {
            size_t a = ci->end;
            if (has_venue && ve > a && ve < ue)
                a = ve;
            if (has_date && dt.end > a && dt.end < ue)
                a = dt.end;
            size_t w = ki_skip_blank(s, ue, a);
            if ((a = word_at(s, ue, w, "jl.")) || (a = word_at(s, ue, w, "jongstleden")))
                w = ki_skip_blank(s, ue, a);
            if (w < ue && s[w] == ',')
                w = ki_skip_blank(s, ue, w + 1);
            size_t ve1 = word_end(s, ue, w), x = ki_skip_blank(s, ue, ve1), y;
            bool inform = word_at(s, ue, w, "informeer") || word_at(s, ue, w, "informeren");
            if (ve1 > w && s[w] >= 'a' && s[w] <= 'z') {
                /* the subject after the verb, then whom it is for and "hierbij" */
                if ((y = word_at(s, ue, x, "ik")) || (y = word_at(s, ue, x, "wij")) || (y = word_at(s, ue, x, "we")))
                    x = ki_skip_blank(s, ue, y);
                if ((y = word_at(s, ue, x, "u")))
                    x = ki_skip_blank(s, ue, y);
                else if ((word_at(s, ue, x, "uw") || word_at(s, ue, x, "de")) && starts_ci(s, ue, ki_skip_blank(s, ue, x + 2), "Kamer "))
                    x = ki_skip_blank(s, ue, ki_skip_blank(s, ue, x + 2) + 5);
                static const char *const now[] = {"hierbij", "hiermee", "graag", "nu", NULL};
                if ((y = word_end(s, ue, x)) > x && word_in_list(s, x, y, now))
                    x = ki_skip_blank(s, ue, y);
                if (inform && (y = word_at(s, ue, x, "over")))
                    x = ki_skip_blank(s, ue, y);
                if (ue > x + 4 && ue - x < 600 && !(c->subject = clean_copy(r, s, x, ue)))
                    return KI_ERR_NOMEM;
            }
        }
        /* "... vroeg om een overzicht van X. Dat kan ik u toezeggen.", "...
         * dat ik de Kamer voor de zomer zou informeren. Die toezegging doe ik
         * graag.": what is promised is what the sentence before asked or
         * said; its term is the deadline */
        size_t ps0, ps1;
        if (made && !c->subject && ss > 2 && points_back(s, ss, ci->start) && said_before(s, n, ss, &ps0, &ps1)) {
            if (!(c->subject = clean_copy(r, s, ps0, ps1)))
                return KI_ERR_NOMEM;
            if (!c->deadline && ki_deadline_find(s + ps0, ps1 - ps0, &dl))
                c->deadline = clean_copy(r, s, deadline_lead(s, n, ps0, ps0 + dl.start), ps0 + dl.end);
        }
        /* references inside it, and those that name where it was made: "In
         * mijn brief van 7 juni 2024 (Kamerstuk 28345, nr. 278) heb ik
         * toegezegd", "Bij de behandeling (Handelingen I ..., item 3) zegde" */
        const char *ids[32];
        size_t nids = 0;
        size_t r0 = has_venue && vs < ci->start && ci->form != 0 && !inherited ? vs : ci->start;
        ids_in(sc, REF_KST, r0, ue, ids, &nids, 32);
        ids_in(sc, REF_HAND, r0, ue, ids, &nids, 32);
        ids_in(sc, REF_TK, r0, ue, ids, &nids, 32);
        footnote_refs(sc, ss, ue, ids, &nids, 32);
        if (inherited) {
            /* its section's heading: "Toezegging T03912 - Monitoring ...", at
             * most six lines up (it may open the sentence: it has no full stop) */
            size_t hl = line_start(s, ci->start);
            for (int k = 0; k < 7; k++) {
                size_t q = ki_skip_blank(s, line_end(s, n, hl), hl);
                if (word_at(s, n, q, "Toezegging")) {
                    ids_in(sc, REF_TK, q, line_end(s, n, q), ids, &nids, 32);
                    break;
                }
                if (hl == 0)
                    break;
                hl = line_start(s, hl - 1);
            }
        }
        if (lab_end > ue || entry) {
            /* a register entry's number: on its heading ("Toezegging Titel
             * (T03913)") and its "Nummer T03913" line, once */
            /* (or its number alone above it: "TZ202605-071", "T03987
             * Toezegging Uitvoeringstoets ..."), on the two lines up to
             * the commitment's own words */
            size_t hl = line_start(s, ss);
            if (hl > 0)
                hl = line_start(s, hl - 1);
            for (int k = 0; k < 2 && hl < ci->start; k++) {
                size_t h0 = ki_skip_blank(s, ci->start, hl), he0 = line_end(s, ci->start, hl);
                if (word_at(s, he0, h0, "Toezegging") || numbered_line(s, he0, h0))
                    ids_in(sc, REF_TK, hl, he0, ids, &nids, 32);
                hl = he0 + 1;
            }
            if (lab_end > ue)
                ids_in(sc, REF_TK, ue, lab_end, ids, &nids, 32);
            if (entry && head_at != (size_t)-1)
                ids_in(sc, REF_TK, head_at, line_end(s, n, head_at), ids, &nids, 32);
            size_t o = 0;
            for (size_t k = 0; k < nids; k++) {
                bool dup = false;
                for (size_t j = 0; j < o && !dup; j++)
                    dup = strcmp(ids[j], ids[k]) == 0;
                if (!dup)
                    ids[o++] = ids[k];
            }
            nids = o;
        }
        if (set_refs(r, c, ids, nids))
            return KI_ERR_NOMEM;
        c->relation = made ? KI_REL_MADE : KI_REL_CITED;
        c->evidence = clean_copy(r, s, ss, se);
        ci->keep = true;
        ci->subj_s = subj_s;
        ci->ue = subj_cut > subj_s && subj_cut < ue ? subj_cut : ue; /* cues after it are about it */
        /* "... te informeren; die informatie vindt u in de bijlage": the
         * clause after ';' is about this document */
        const char *semi = ci->ue > subj_s ? memchr(s + subj_s, ';', ci->ue - subj_s) : NULL;
        if (semi)
            ci->ue = (size_t)(semi - s);
        ci->rec = (long)(r->ncommitments - 1);
        if (!set_text(sc, c, ci->start, ue) || !c->evidence)
            return KI_ERR_NOMEM;
    }
    /* tables of commitments: every row under a header that says
     * "Toezegging", and every row that carries a TZ number, is one
     * ("| 6 | TZ202410-077: de minister van BZK informeert ... |
     * Commissiedebat Financiele verhoudingen, 9 oktober 2024 | Afgedaan |") */
    if (memchr(s, '|', n)) {
        bool table_tz = false;
        size_t ls = 0;
        size_t rows = 0;
        /* where the commitments found so far start, in text order, and the
         * first of them not before the line: the lines come in text order,
         * so a row that is one already is found without a walk over all */
        size_t n0 = r->ncommitments, at0 = 0;
        size_t *starts0 = ki_refs_alloc(r, (n0 ? n0 : 1) * sizeof *starts0);
        if (!starts0)
            return KI_ERR_NOMEM;
        for (size_t k = 0; k < n0; k++)
            starts0[k] = r->commitments[k].span.start;
        qsort(starts0, n0, sizeof *starts0, cmp_size);
        while (ls < n && rows < MAX_ITEMS) {
            size_t le = line_end(s, n, ls);
            size_t i = ls;
            while (i < le && (s[i] == ' ' || s[i] == '\t'))
                i++;
            bool row = pipe_row(s, n, ls);
            bool header = row && (ls == 0 || !(ls >= 2 && s[ls - 1] == '\n' &&
                                               pipe_row(s, n, line_start(s, ls - 1))));
            if (header) {
                /* a table without a header row: its first row carries a TZ number */
                for (size_t x = i; x + 9 < le && header; x++)
                    if (s[x] == 'T' && s[x + 1] == 'Z' && ki_is_digit((unsigned char)s[x + 2]) &&
                        (x == 0 || !ki_is_letter((unsigned char)s[x - 1])))
                        header = false;
            }
            if (!row) {
                table_tz = false;
            } else if (header) {
                table_tz = false;
                for (size_t x = i; x + 10 <= le && !table_tz; x++)
                    table_tz = starts_ci(s, le, x, "toezegging");
                if (kv_row(s, i, le))
                    table_tz = false; /* "| Datum toezegging | 16 december 2025 |" */
            } else {
                bool sepline = true, tzno = false;
                for (size_t x = i; x < le; x++) {
                    if (!(s[x] == '|' || s[x] == '-' || s[x] == ':' || s[x] == ' '))
                        sepline = false;
                    if (s[x] == 'T' && x + 9 < le && s[x + 1] == 'Z' && ki_is_digit((unsigned char)s[x + 2]) &&
                        (x == i || !ki_is_letter((unsigned char)s[x - 1])))
                        tzno = true;
                }
                while (at0 < n0 && starts0[at0] < ls)
                    at0++;
                bool have = at0 < n0 && starts0[at0] < le;
                /* the rows added below start on their own lines, before this
                 * one, in text order: the last ones are the ones to ask */
                for (size_t k = r->ncommitments; k-- > n0 && !have && r->commitments[k].span.start >= ls;)
                    have = r->commitments[k].span.start < le;
                /* a row about a motion is not a commitment */
                bool motrow = false;
                for (size_t x = i; x + 5 <= le && x < i + 40 && !motrow; x++)
                    motrow = starts_ci(s, le, x, "motie") && (x == 0 || !ki_is_letter((unsigned char)s[x - 1]));
                if (!sepline && (table_tz || tzno) && !have && !motrow && !kv_row(s, i, le)) {
                    rows++;
                    actors ac = {{0}, 0};
                    /* a column of its own names who made it ("| MJenV |",
                     * "| Minister van Financiën |"); else any name in the row */
                    for (size_t x = i; x < le && !ac.n;) {
                        const char *bar = memchr(s + x, '|', le - x);
                        size_t ce = bar ? (size_t)(bar - s) : le;
                        size_t c0 = ki_skip_blank(s, ce, x), c1 = ce, used;
                        while (c1 > c0 && ki_is_blank((unsigned char)s[c1 - 1]))
                            c1--;
                        if (c1 > c0 && c1 - c0 < 80) {
                            const char *ab = ki_actor_abbrev(s + c0, c1 - c0);
                            if (!ab && (ab = ki_actor_parse(s + c0, c1 - c0, &used)) && c0 + used < c1)
                                ab = NULL;
                            if (ab)
                                actor_add(&ac, ab);
                        }
                        x = ce + 1;
                    }
                    if (!ac.n)
                        find_actors(sc, i, le, &ac);
                    size_t vs = 0, ve = 0;
                    bool hv = find_venue(s, i, le, le, &vs, &ve);
                    ki_date dt;
                    size_t d0 = hv ? ve : i;
                    bool hd = ki_date_find(s + d0, le - d0, &dt);
                    ki_commitment *c = ki_refs_add_commitment(r);
                    if (!c)
                        return KI_ERR_NOMEM;
                    if (ac.n) {
                        c->actors = ki_refs_alloc(r, ac.n * sizeof *c->actors);
                        if (!c->actors)
                            return KI_ERR_NOMEM;
                        for (size_t a = 0; a < ac.n; a++)
                            c->actors[a] = (char *)ac.v[a];
                        c->nactors = ac.n;
                    }
                    if (hv && !(c->venue = clean_copy(r, s, vs, ve)))
                        return KI_ERR_NOMEM;
                    if (hd) {
                        char iso[11];
                        if (ki_date_resolve(&dt, sc->refdate, iso))
                            c->date = ki_refs_strdup(r, iso);
                        else
                            c->date_raw = clean_copy(r, s, d0 + dt.start, d0 + dt.end);
                    }
                    /* the last cell says how it stands ("Loopt; volgt in
                     * september"): no deadline, no reference of the row */
                    size_t st = le;
                    while (st > i && (ki_is_blank((unsigned char)s[st - 1]) || s[st - 1] == '|'))
                        st--;
                    while (st > i && s[st - 1] != '|')
                        st--;
                    if (st <= i + 1)
                        st = le;
                    ki_deadline dl;
                    size_t d1 = hv && vs > i ? vs : st;
                    if (ki_deadline_find(s + i, d1 - i, &dl))
                        c->deadline = clean_copy(r, s, i + dl.start, i + dl.end);
                    else if (hv && ve < st && ki_deadline_find(s + ve, st - ve, &dl))
                        c->deadline = clean_copy(r, s, ve + dl.start, ve + dl.end);
                    const char *ids[16];
                    size_t nids = 0;
                    ids_in(sc, REF_TK, ls, le, ids, &nids, 16);
                    ids_in(sc, REF_KST, i, st, ids, &nids, 16);
                    if (set_refs(r, c, ids, nids))
                        return KI_ERR_NOMEM;
                    size_t es, ee;
                    /* the status cell: "Afgedaan met deze brief", "Loopt; ..." */
                    size_t sc0 = st < le ? ki_skip_blank(s, le, st) : le;
                    if (word_at(s, le, sc0, "Afgedaan") || word_at(s, le, sc0, "Afgerond") ||
                        word_at(s, le, sc0, "Voldaan") || word_at(s, le, sc0, "Uitgevoerd")) {
                        c->relation = KI_REL_SETTLED;
                        es = sc0;
                        ee = line_end(s, n, sc0);
                    } else if (word_at(s, le, sc0, "Loopt") || word_at(s, le, sc0, "Lopend") ||
                               starts_ci(s, le, sc0, "In uitvoering") ||
                               starts_ci(s, le, sc0, "In voorbereiding")) {
                        c->relation = KI_REL_PROGRESS;
                        es = sc0;
                        ee = line_end(s, n, sc0);
                    } else {
                        c->relation = relation_of(sc, i, 0, 0, le, &es, &ee);
                    }
                    c->evidence = clean_copy(r, s, es, ee);
                    if (!set_text(sc, c, i, le) || !c->evidence)
                        return KI_ERR_NOMEM;
                }
            }
            if (le >= n)
                break;
            ls = le + 1;
        }
    }
    /* relations, now that it is known which triggers are records */
    for (size_t i = 0; i < nc; i++) {
        cominfo *ci = &cv[i];
        if (!ci->keep)
            continue;
        ki_commitment *c = &r->commitments[ci->rec];
        if (c->relation == KI_REL_MADE)
            continue;
        size_t es, ee;
        /* as for motions: an item later in the same sentence does not end
         * the next sentence, unless that one names an item itself */
        size_t own_end = sent_end(s, n, ci->start);
        size_t nt_item = next_trigger_f(mv, nm, cv, nc, ci->start, n, true);
        if (nt_item < own_end) {
            size_t nt_after = next_trigger_f(mv, nm, cv, nc, own_end > 0 ? own_end - 1 : 0, n, true);
            if (nt_after >= sent_end(s, n, ki_skip_blank(s, n, own_end)))
                nt_item = nt_after;
        }
        if (!clause_rel(sc, mv, nm, cv, nc, ci->start, ci->end, ci->subj_s, ci->ue, &c->relation, &es, &ee))
            c->relation = relation_of(sc, ci->start, ci->subj_s, ci->ue, nt_item, &es, &ee);
        if (!(c->evidence = clean_copy(r, s, es, ee)))
            return KI_ERR_NOMEM;
        /* "Uw Kamer ontvangt de toegezegde evaluatie voor de zomer",
         * "ontvangt de Kamer, overeenkomstig de toezegging in X, bij de
         * Voorjaarsnota een overzicht": when what was promised comes is
         * news of it */
        if ((ci->attr || (ci->form == 0 && conform_before(s, sent_start(s, n, ci->start), ci->start))) && c->deadline &&
            (c->relation == KI_REL_CITED || c->relation == KI_REL_ADDRESSED) &&
            coming_in(s, sent_start(s, n, ci->start), own_end)) {
            c->relation = KI_REL_PROGRESS;
            if (!(c->evidence = clean_copy(r, s, sent_start(s, n, ci->start), own_end)))
                return KI_ERR_NOMEM;
        }
        /* the next step's time is its deadline: "... is nog niet gereed; ik
         * verwacht u hierover in het tweede kwartaal van 2026 te berichten",
         * also when that is said in the sentence after the progress cue
         * (a term the promise itself states stays its deadline) */
        if (c->relation == KI_REL_PROGRESS && !c->deadline) {
            size_t d0 = es > ci->ue ? es : ci->ue, d1 = ee;
            ki_deadline dl;
            bool got = next_deadline(s, d0, d1, &dl);
            if (!got) {
                d0 = ki_skip_blank(s, n, ee > own_end ? ee : own_end);
                d1 = d0 < nt_item && d0 < n && !bullet_at(s, n, line_start(s, d0)) ? sent_end(s, n, d0) : d0;
                if (d1 > nt_item)
                    d1 = nt_item;
                got = next_deadline(s, d0, d1, &dl);
            }
            if (got && !(c->deadline = clean_copy(r, s, d0 + dl.start, d0 + dl.end)))
                return KI_ERR_NOMEM;
        }
    }
    ki_status lst = split_lists(sc);
    if (lst)
        return lst;
    merge_rows(s, n, r);
    drop_overviews(r); /* before the merge would fold a real one into it */
    merge_mentions(s, n, r);
    ki_status bst = tz_blocks(sc, verslag);
    if (!bst)
        bst = tz_status(sc);
    if (bst)
        return bst;
    /* a new commitment said twice ("akkoord met de toezegging ... voor de
     * zomer van 2026", "wordt de toezegging gedaan ... voor de zomer 2026")
     * is one */
    size_t o = 0;
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        bool dup = false;
        if (c->relation == KI_REL_MADE && c->deadline) {
            for (size_t j = 0; j < o && !dup; j++) {
                ki_commitment *p = &r->commitments[j];
                /* same day (a verslag dates both to its debate), same deadline */
                if (p->relation != KI_REL_MADE || !p->deadline || !p->date != !c->date ||
                    (p->date && strcmp(p->date, c->date) != 0))
                    continue;
                char a[128], b[128];
                size_t x = 0, y = 0;
                for (const char *q = c->deadline; *q && x < 127; q++)
                    if (*q != ' ')
                        a[x++] = (char)ki_lower((unsigned char)*q);
                for (const char *q = p->deadline; *q && y < 127; q++)
                    if (*q != ' ')
                        b[y++] = (char)ki_lower((unsigned char)*q);
                a[x] = b[y] = '\0';
                char *va;
                while ((va = strstr(a, "van")))
                    memmove(va, va + 3, strlen(va + 3) + 1);
                while ((va = strstr(b, "van")))
                    memmove(va, va + 3, strlen(va + 3) + 1);
                if (strcmp(a, b) == 0 && subjects_meet(p->subject, c->subject)) {
                    dup = true;
                    if (!p->venue)
                        p->venue = c->venue;
                }
            }
        }
        /* "Ik stuur uw Kamer in het najaar een brief. Dat zeg ik toe.": the
         * promise of the sentence before, confirmed */
        if (!dup && c->relation == KI_REL_MADE && o > 0 && c->evidence &&
            (!strncmp(c->evidence, "Dat ", 4) || !strncmp(c->evidence, "Die ", 4) || !strncmp(c->evidence, "Dit ", 4)) &&
            strlen(c->evidence) < 60) {
            ki_commitment *p = &r->commitments[o - 1];
            if (p->relation == KI_REL_MADE && p->span.end <= c->span.start && p->span.end + 300 > c->span.start) {
                dup = true;
                if (!p->nactors) {
                    p->actors = c->actors;
                    p->nactors = c->nactors;
                }
            }
        }
        if (!dup)
            r->commitments[o++] = *c;
    }
    r->ncommitments = o;
    /* in text order: the rows of tables and lists were read after the
     * sentences (insertion sort: only those appended rows move) */
    for (size_t i = 1; i < r->ncommitments; i++) {
        ki_commitment c = r->commitments[i];
        size_t j = i;
        while (j > 0 && r->commitments[j - 1].span.start > c.span.start) {
            r->commitments[j] = r->commitments[j - 1];
            j--;
        }
        r->commitments[j] = c;
    }
    return KI_OK;
}

int ki_detector_match(ki_detector *d, int id, const char *s, size_t n, size_t *start, size_t *end)
{
    if (id < 0 || id >= KI_P_COUNT)
        return -1;
    int rc = run_p(d, id, s, n, 0, KI_ANY, PCRE2_NO_UTF_CHECK);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return -1;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(d->md[id]);
    *start = ov[0];
    *end = ov[1];
    return 1;
}

/* Is pos in the head on a page's row about the document itself,
 * "Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |"? */
static bool own_row(const struct ki_scan *sc, size_t pos)
{
    if (pos > 3000)
        return false;
    size_t ls = line_start(sc->s, pos), le = line_end(sc->s, sc->n, pos);
    return memchr(sc->s + ls, '|', le - ls) && find_ci(sc->s, le, ls, "Staten-Generaal") != (size_t)-1;
}

/* A Handelingen text that opens "Handelingen II 2023/24, nr. 45" names
 * itself there, and a page about a Kamerstuk its number ("Kenmerk 33820,
 * nr. 2"): that is its own id (the document's self), not a reference. */
static void drop_own_header(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    if (!sc->meta.self_id[0])
        return;
    size_t head = sc->meta.body_start;
    size_t first = line_end(sc->s, sc->n, ki_skip_blank(sc->s, sc->n, 0));
    if (head < first)
        head = first;
    size_t o = 0;
    for (size_t i = 0; i < r->nhandelingen; i++) {
        if (r->handelingen[i].span.start < head && strcmp(r->handelingen[i].id, sc->meta.self_id) == 0)
            continue;
        r->handelingen[o++] = r->handelingen[i];
    }
    r->nhandelingen = o;
    /* a page about the document: "Kenmerk 33820, nr. 2" above its text */
    o = 0;
    for (size_t i = 0; i < r->nkamerstukken; i++) {
        if (strcmp(r->kamerstukken[i].id, sc->meta.self_id) == 0 &&
            (r->kamerstukken[i].span.start < head ||
             (sc->meta.kenmerk[0] && strcmp(r->kamerstukken[i].text, sc->meta.kenmerk) == 0) ||
             own_row(sc, r->kamerstukken[i].span.start)))
            continue;
        r->kamerstukken[o++] = r->kamerstukken[i];
    }
    r->nkamerstukken = o;
}

/* A subject is a phrase, not a sentence: the '.', '?', ',', ';' or ':' that
 * ended the clause it was cut from goes ("de Kamer te informeren over de
 * wachttijden."), the one of an abbreviation stays ("de motie-X c.s.",
 * "subsidies, leningen enz."). */
static void tidy_subject(char *t)
{
    if (!t)
        return;
    size_t e = strlen(t);
    while (e > 0 && (t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == ':' || t[e - 1] == '?' || t[e - 1] == ' '))
        e--;
    if (e > 0 && t[e - 1] == '.') {
        size_t w = e - 1;
        while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '(')
            w--;
        /* the word the '.' ends: "c.s", "J", "enz", or a word */
        bool abbr = memchr(t + w, '.', e - 1 - w) || e - 1 - w <= 1 || (e - 1 - w == 3 && (!memcmp(t + w, "enz", 3) || !memcmp(t + w, "etc", 3)));
        if (!abbr)
            e--;
        while (e > 0 && (t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == ':' || t[e - 1] == ' '))
            e--;
    }
    t[e] = '\0';
}

ki_status ki_detect(ki_detector *d, const ki_text *text, const char *ref_date, ki_refs **out,
                    ki_err *err)
{
    *out = NULL;
    ki_refs *r = ki_refs_new();
    if (!r)
        return ki_err_set(err, KI_ERR_NOMEM, "out of memory");
    struct ki_scan *sc = malloc(sizeof *sc);
    if (sc)
        memset(sc, 0, offsetof(struct ki_scan, cc));
    char *fixed = NULL;
    hits h = {NULL, 0, 0};
    motinfo *mv = NULL;
    cominfo *cv = NULL;
    size_t nm = 0, nc = 0;
    ki_status st = KI_OK;
    if (!sc) {
        st = KI_ERR_NOMEM;
        goto done;
    }
    sc->d = d;
    sent_gen++; /* the sentence bounds of an earlier text are not this one's */
    sc->lf_first = (size_t)-1;
    sc->t = text;
    sc->r = r;
    sc->s = text->buf ? text->buf : "";
    sc->n = text->buf ? text->len : 0;
    r->pages = text->npages > 0 ? text->npages : 1;

    /* 1. valid UTF-8, or a same-length repaired copy */
    size_t bad = utf8_bad((const unsigned char *)sc->s, sc->n);
    if (bad != (size_t)-1 || memchr(sc->s, '\0', sc->n)) {
        if (!(fixed = malloc(sc->n + 1))) {
            st = KI_ERR_NOMEM;
            goto done;
        }
        memcpy(fixed, sc->s, sc->n);
        fixed[sc->n] = '\0';
        size_t i = 0;
        while (i < sc->n) {
            size_t b2 = utf8_bad((const unsigned char *)fixed + i, sc->n - i);
            if (b2 == (size_t)-1)
                break;
            fixed[i + b2] = '?';
            i += b2 + 1;
        }
        for (size_t k = 0; k < sc->n; k++)
            if (!fixed[k])
                fixed[k] = ' ';
        sc->s = fixed;
        if ((st = ki_refs_warn(r, "text is not valid UTF-8; bad bytes read as '?'")))
            goto done;
    }

    /* 2. the document itself */
    ki_docmeta_read(text, sc->s, sc->n, ki_date_valid_iso(ref_date) ? ref_date : NULL, &sc->meta);
    r->kind = ki_refs_strdup(r, sc->meta.kind);
    r->date = sc->meta.date[0] ? ki_refs_strdup(r, sc->meta.date) : NULL;
    r->title = sc->meta.title[0] ? ki_refs_strdup(r, sc->meta.title) : NULL;
    r->self_id = sc->meta.self_id[0] ? ki_refs_strdup(r, sc->meta.self_id) : NULL;
    r->kenmerk = sc->meta.kenmerk[0] ? ki_refs_strdup(r, sc->meta.kenmerk) : NULL;
    sc->refdate = r->date;
    if (sc->meta.self_dossier[0]) {
        copy_str(sc->last_dos, sizeof sc->last_dos, sc->meta.self_dossier);
        copy_str(sc->last_sub, sizeof sc->last_sub, sc->meta.self_sub);
    }
    for (int w = 0; w < text->nwarnings; w++)
        if ((st = ki_refs_warn(r, text->warnings[w])))
            goto done;

    /* 3. anchors, then the numeric references around them */
    /* a text that starts "31497-305 ..." has no '(' or newline before it */
    if (sc->n > 6 && ki_is_digit((unsigned char)sc->s[0]) && ki_is_digit((unsigned char)sc->s[4]) &&
        sc->s[5] == '-' && push_hit(&h, 0, HIT_NUM)) {
        st = KI_ERR_NOMEM;
        goto done;
    }
    if (prefilter(sc->d, sc->s, sc->n, &h)) {
        st = KI_ERR_NOMEM;
        goto done;
    }
    if ((st = scan_windows(sc, &h)))
        goto done;
    drop_own_header(sc);
    note_order(sc);

    /* 4. motions and commitments */
    if ((st = find_triggers(sc, &h, &mv, &nm, &cv, &nc)))
        goto done;
    if ((st = build_commitments(sc, mv, nm, cv, nc)))
        goto done;
    if ((st = build_motions(sc, mv, nm, cv, nc)))
        goto done;
    for (size_t i = 0; i < r->nmotions; i++)
        tidy_subject(r->motions[i].subject);
    for (size_t i = 0; i < r->ncommitments; i++) {
        ki_commitment *c = &r->commitments[i];
        tidy_subject(c->subject);
        /* "De staatssecretaris zal de Kamer ... informeren": what is
         * promised, without the auxiliary */
        if (c->subject && (!strncmp(c->subject, "zal ", 4) || !strncmp(c->subject, "zullen ", 7)) &&
            strlen(c->subject) > 20)
            c->subject += c->subject[1] == 'a' ? 4 : 7;
    }
done:
    free(h.v);
    free(mv);
    free(cv);
    if (sc) {
        free(sc->kgroup);
        free(sc->kflag);
        free(sc->fn);
    }
    free(sc);
    free(fixed);
    if (st) {
        ki_refs_free(r);
        if (st == KI_ERR_PATTERN)
            return ki_err_set(err, st, "a detection pattern failed to match");
        return ki_err_set(err, st, "%s", ki_status_str(st));
    }
    *out = r;
    return KI_OK;
}
