/*
 * detect_int.h - what the files of the detector share; not a public header
 * (detect.h is the manual of the module).  detect.c holds the detector:
 * compiling and running the patterns, the prefilter, the Kamerstuk and
 * Handelingen canonicalisers and ki_detect() (which reads a table laid out
 * in columns through columns.h's view); detect_text.c reads sentences,
 * lists, headings, relations, triggers and words; detect_motions.c and
 * detect_commit.c build the motion and commitment records.  Functions
 * shared between them carry kd_.
 */
#ifndef KI_DETECT_INT_H
#define KI_DETECT_INT_H

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

/* The kinds of cue: the cue pattern's groups c0..c4, made of the rows
 * KI_P_CUE_SETTLED..KI_P_CUE_MADE in this order (patterns.h); a cue hit's
 * kind, and a bit each in a sentence's flags (kd_cues_of()). */
enum { CUE_SETTLED, CUE_PROGRESS, CUE_ADDRESSED, CUE_CITED, CUE_MADE, CUE_KINDS };
_Static_assert(KI_P_CUE_MADE - KI_P_CUE_SETTLED + 1 == CUE_KINDS, "a cue kind for each cue row");

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
    /* 1 when a match may begin right after the ASCII byte p (after[p]),
     * as the pattern's own lookbehinds have it: "(?<![A-Za-z0-9])" lets
     * none begin inside a word.  word_start: after[] is 0 for every ASCII
     * letter and digit, so that only places after another byte are tried
     * (kd_run_chars()) */
    uint8_t  after[128];
    bool     word_start;
    pcre2_code       *code; /* compiled anchored, JIT-compiled for partial matching */
    pcre2_match_data *md;
} pairtab;

/* A pattern's name table hashed by name (names_of()): kd_group() looks a
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
static inline int letter_ix(unsigned c)
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
    /* each row compiled anchored too, at its first anchored match (kd_run_p()):
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
    uint32_t          cue_group[CUE_KINDS];
    /* the cue alternatives that can begin with each ASCII byte, compiled
     * apart (cue_sets()): at a word start only they are tried */
    struct matcher {
        pcre2_code       *re;
        pcre2_match_data *md;
        unsigned char     jit;      /* JIT_* */
        uint32_t          group[CUE_KINDS]; /* 0: the row has no alternative here */
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
        struct matcher m;        /* first: kd_run_pairs() hands back &m */
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
    bool   topic;               /* named by a topic, not a sponsor ("de motie Jeugdzorg") */
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
    size_t st_s, st_e; /* a register entry's "Status  voldaan": the value, or equal */
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
    bool          fn_built, aanl_built, mb_built, mb_failed;
    size_t       *mb_nl, nmb; /* the '\n's before the lines motion_body() stops at */
    size_t        aanl_s, aanl_e;  /* the "Aanleiding" section, or 0..0 */
    bool          gb_built;        /* gb_first is read (in_motion_text()) */
    size_t        gb_first;        /* the first "gehoord de beraadslaging", or (size_t)-1 */
    size_t       *gb_v, gb_n;      /* all of them (kd_find_all_ci()), when gb_all */
    bool          gb_all;
    bool          behalf_built;    /* behalf_s, behalf_e are read (on_behalf()) */
    size_t        behalf_s, behalf_e; /* the names after the head's "Mede namens", or 0..0 */
    size_t        lf_item, lf_first; /* the last list item and its list's first */
    const char   *oez_s;     /* the text oez_first was found in (NULL: not yet) */
    size_t        oez_first; /* kd_next_oezeggingen(oez_s, 0, n): asked by two list readers */
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
        signed char asks;  /* asks_you() of the sentence: 0 not asked yet, 1 yes, -1 no */
        struct cuehit { size_t pos; unsigned char kind; } m[CUE_PER];
    } cc[CUE_CACHE];
};

/* ---- small helpers ---- */

static inline bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* src into dst[0..cap) (cap > 0), cut to fit and terminated, as
 * snprintf(dst, cap, "%s", src) would, without parsing a format: the
 * canonicalisers copy a dozen short strings per reference. */
static inline void copy_str(char *dst, size_t cap, const char *src)
{
    size_t k = strnlen(src, cap - 1);
    memcpy(dst, src, k);
    dst[k] = '\0';
}

/* src appended to dst[0..k) (k < cap), cut to fit and terminated: parts
 * appended one after another are cut where snprintf() of them all would
 * cut.  Returns the new length. */
static inline size_t append_str(char *dst, size_t cap, size_t k, const char *src)
{
    while (*src && k + 1 < cap)
        dst[k++] = *src++;
    dst[k] = '\0';
    return k;
}

/* Moves i forward to the start of a UTF-8 character. */
static inline size_t cp_fwd(const char *s, size_t n, size_t i)
{
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* w at s[i..n), case-insensitive.  Compared as it is read, without a
 * strlen() first: most calls fail on the first byte. */
static inline bool starts_ci(const char *s, size_t n, size_t i, const char *w)
{
    if (i > n) /* also an i that wrapped below 0 ("x - 7") */
        return false;
    for (size_t j = 0; w[j]; j++)
        if (i + j >= n || ki_lower((unsigned char)s[i + j]) != ki_lower((unsigned char)w[j]))
            return false;
    return true;
}

/* word_at() past its first byte, out of line */
static __attribute__((noinline, unused)) size_t word_at_rest(const char *s, size_t n, size_t i, const char *w)
{
    if (i > 0 && ki_is_letter((unsigned char)s[i - 1]))
        return 0;
    if (!starts_ci(s, n, i, w))
        return 0;
    size_t e = i + strlen(w);
    if (e < n && (ki_is_letter((unsigned char)s[e]) || ki_is_digit((unsigned char)s[e])))
        return 0;
    return e;
}

/* A word at i (case-insensitive) that ends at a word boundary.  The first
 * two bytes are tested inline, before anything else (callers try it at every
 * byte of a clause: "om", "dat", "waarin" ...), the rest in word_at_rest():
 * inlined whole at its hundreds of callers it was mostly not inlined at all. */
static inline __attribute__((always_inline)) size_t word_at(const char *s, size_t n, size_t i, const char *w)
{
    if (w[0] && (i >= n || ki_lower((unsigned char)s[i]) != ki_lower((unsigned char)w[0])))
        return 0;
    /* the second byte too ("heeft" at "het", "is" at "in"): where w is a
     * literal, a compare without a call */
    if (w[0] && w[1] && (i + 1 >= n || ki_lower((unsigned char)s[i + 1]) != ki_lower((unsigned char)w[1])))
        return 0;
    return word_at_rest(s, n, i, w);
}

/* Valid UTF-8?  (RFC 3629: no overlongs, no surrogates, <= U+10FFFF)
 * Returns the offset of the first bad byte, or (size_t)-1. */
static inline size_t utf8_bad(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
#if defined(__SSE2__)
        /* most text is ASCII: 64 bytes at a time while no high bit is set
         * in any (their OR), then 16 */
        while (i + 64 <= n) {
            __m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(s + i)),
                                     _mm_loadu_si128((const __m128i *)(s + i + 16)));
            __m128i b = _mm_or_si128(_mm_loadu_si128((const __m128i *)(s + i + 32)),
                                     _mm_loadu_si128((const __m128i *)(s + i + 48)));
            if (_mm_movemask_epi8(_mm_or_si128(a, b)) != 0)
                break;
            i += 64;
        }
        if (i >= n)
            break;
#endif
        unsigned c = s[i];
#if defined(__SSE2__)
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


/* no limit on where a match may start (kd_run()'s lim) */
#define KI_ANY ((size_t)-1)

typedef struct hits {
    hit   *v;
    size_t n, cap;
} hits;

/*
 * The line around pos.  A "line" longer than LINE_MAX is taken to end
 * LINE_MAX bytes away: text without newlines (a hostile or badly exported
 * file, megabytes on one line) would otherwise make every look at "this
 * line" read the whole text, once per record.  Real lines, even a paragraph
 * exported as one line, are far shorter.
 */
#define LINE_MAX_SCAN 65536

typedef struct cues {
    bool settled, progress, addressed, cited, made;
    size_t ev_s, ev_e; /* the sentence that gave them */
} cues;

/* ---- shared between the detector's files ---- */

/* detect.c */
/* One match of code at subject s[0..len) from off, starting no later than
 * lim (KI_ANY: anywhere); returns rc (>0 on a match). */
int kd_run(const ki_detector *d, pcre2_code *code, pcre2_match_data *md, unsigned char *jit,
           const char *s, size_t len, size_t off, size_t lim, uint32_t opts);
int kd_run_p(ki_detector *d, int pid, const char *s, size_t len, size_t off,
             size_t lim, uint32_t opts);
int kd_run_pairs(const ki_detector *d, struct matcher *m,
                 struct matcher *const *pick, const struct matcher **used,
                 pairtab *t, bool digit_word, const char *s, size_t len, size_t off,
                 size_t lim, const pcre2_code *whole, prefixmemo *pm);
int kd_run_chars(const ki_detector *d, struct matcher *m, const pcre2_code *wide,
                 pairtab *t, prefixmemo *pm, const char *s, size_t len, size_t off, size_t lim);
bool kd_group(const ki_hit *h, const char *name, const char **p, size_t *n);
bool kd_gstr(const ki_hit *h, const char *name, char *out, size_t cap);
bool kd_dossier_at(const char *s, size_t pos, size_t k, char d[8], size_t *e);
bool kd_anaphor(const char *s, size_t a, size_t b);
/* Is the document of that kind (docmeta.h's: "brief", "motie", ...)?  False
 * when its kind is unknown. */
bool kd_kind_is(const struct ki_scan *sc, const char *kind);
/* Does the document report what was said in a debate: the Handelingen or a
 * verslag? */
bool kd_reports_debate(const struct ki_scan *sc);

/* detect_text.c */
/* a new text: sentence bounds remembered for an earlier one are forgotten */
void kd_sent_new_text(void);
/* The start of the line that holds pos, and the end (its '\n', or n) of the
 * line from pos: at most LINE_MAX_SCAN bytes away (pos - LINE_MAX_SCAN, pos +
 * LINE_MAX_SCAN when no '\n' is nearer). */
size_t kd_line_start(const char *s, size_t pos);
size_t kd_line_end(const char *s, size_t n, size_t pos);
/* s[0..n) is the text the next kd_line_start() and kd_line_end() calls read
 * most: a line index of it may be built (see detect_text.c) and is used for
 * s alone; kd_lines_done() drops it when the text is done. */
void kd_lines_new_text(const char *s, size_t n);
void kd_lines_done(void);
/* Tests only: on, no index is used, every bound is read with memrchr() and
 * memchr(); and the number of line indexes this thread has built. */
void kd_lines_test_plain(bool on);
size_t kd_lines_test_builds(void);
bool kd_bullet_at(const char *s, size_t n, size_t ls);
/* The cell of the table row at ls under the first column whose head (the
 * table's first row) opens with one of heads (NULL-terminated), in [*a,
 * *b); false when there is none. */
bool kd_head_cell(const char *s, size_t n, size_t ls, const char *const *heads, size_t *a, size_t *b);
bool kd_heading_at(const char *s, size_t n, size_t ls);
/* the bulleted item around the line at ls (first line at most up lines
 * above), and in *end where it ends (next item, blank line, reach bytes
 * past from); false when there is none */
bool kd_bullet_item(const char *s, size_t n, size_t ls, int up, size_t from, size_t reach, size_t *end);
size_t kd_sent_start(const char *s, size_t n, size_t pos);
size_t kd_sent_end(const char *s, size_t n, size_t pos);
char kd_last_char(const char *s, size_t n, size_t ls);
bool kd_blank_line(const char *s, size_t n, size_t ls);
/* is there an empty line in s[a, b) (a line end in it followed by a blank
 * line): does a paragraph end there? */
bool kd_blank_between(const char *s, size_t n, size_t a, size_t b);
size_t kd_prev_line(const char *s, size_t n, size_t ls);
size_t kd_list_first_item(struct ki_scan *sc, const char *s, size_t n, size_t pos);
void kd_cues_of(struct ki_scan *sc, size_t a, size_t b, size_t xs, size_t xe, cues *c);
/* Tests only: on, the cue reader's own words (more_cues()) are looked for
 * at every byte with one of their first letters, as before it asked
 * whether a word starts there. */
void kd_more_cues_test_whole(bool on);
/* the relation cues give (settled and progress both: addressed); false when none */
bool kd_cue_rel(const cues *c, ki_relation *r);
bool kd_on_subject_line(const char *s, size_t ts);
/* Is s[0, n) a document of a gemeente, provincie or waterschap to its
 * elected body (a raadsinformatiebrief, "Aan de gemeenteraad", "Geachte
 * leden van Provinciale Staten,", a statenbrief, "Aan het algemeen
 * bestuur"), or signed at its foot by its college or a wethouder (when its
 * head names no Kamer)?  Its own motions and promises are not the Kamer's. */
bool kd_lower_gov_doc(const char *s, size_t n);
ki_relation kd_relation_of(struct ki_scan *sc, size_t ts, size_t xs, size_t xe,
                           size_t next_item, size_t *ev_s, size_t *ev_e);
char *kd_clean_copy(ki_refs *r, const char *s, size_t a, size_t b);
char *kd_clean_join(ki_refs *r, const char *s, size_t a1, size_t b1, size_t a2, size_t b2);
ki_status kd_find_triggers(struct ki_scan *sc, const hits *h, motinfo **mv, size_t *nm,
                           cominfo **cv, size_t *nc);
size_t kd_mot_from(const motinfo *mv, size_t nm, size_t pos);
size_t kd_com_from(const cominfo *cv, size_t nc, size_t pos);
size_t kd_next_trigger_f(const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                         size_t pos, size_t n, bool kept_only);
size_t kd_next_trigger(const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                       size_t pos, size_t n);
int kd_rel_rank(ki_relation r);
bool kd_clause_rel(struct ki_scan *sc, const motinfo *mv, size_t nm, const cominfo *cv, size_t nc,
                   size_t ts, size_t te, size_t xs, size_t xe, ki_relation *rel, size_t *es,
                   size_t *ee);
/* the Kamerstuk of the footnote a mark in s[from, to) points to, or -1;
 * *mark_end: where the mark ends in the text (set only when found) */
long kd_footnote_kamerstuk(const struct ki_scan *sc, size_t from, size_t to, size_t *mark_end);
long kd_cell_kamerstuk(struct ki_scan *sc, size_t start, size_t lim);
bool kd_word_in_list(const char *s, size_t w, size_t e, const char *const *list);
size_t kd_word_end(const char *s, size_t n, size_t i);
size_t kd_find_ci(const char *s, size_t to, size_t from, const char *w);
size_t kd_rfind_ci(const char *s, size_t to, size_t from, const char *w);
/* Sorts v[0..n) by span.start, stably (records at one place keep their
 * order): as an insertion sort would, moving each record once per merge of
 * the runs already in order (the rows of tables and lists are appended
 * after the sentences' records). */
void kd_sort_commitments(ki_commitment *v, size_t n);
/* Every place where kd_find_ci() finds w in s[from..n), in order, into *v
 * (malloc()ed, the caller's to free; NULL when none) and their number into
 * *nv: asked once, then kd_last_in() answers what kd_rfind_ci(s, to, lo, w)
 * would for any range, as kd_last_in(*v, *nv, lo, to - strlen(w)) (to >= strlen(w)),
 * without reading the text again.  False (*v NULL, *nv 0) when out of memory. */
bool kd_find_all_ci(const char *s, size_t n, size_t from, const char *w, size_t **v, size_t *nv);
/* The last of the sorted places v[0..nv) in [lo, hi], or (size_t)-1. */
size_t kd_last_in(const size_t *v, size_t nv, size_t lo, size_t hi);
size_t kd_word_in(const char *s, size_t a, size_t b, const char *const *w, size_t nw);
/* The places in s[a, b) of a few four-byte keys, found in one pass
 * (kd_places_scan(), keys of four bytes or more, only the first four read):
 * then kd_places_find_ci(pl, k, s, b, x, w) answers kd_find_ci(s, b, x, w)
 * for a word w that begins with key k, and kd_places_word_in(pl, k0, s, a,
 * b, w, nw) kd_word_in(s, a, b, w, nw) for words w[j] that begin with key
 * k0 + j, without reading the range again.  Asked of another range, or
 * where a key had more places than are kept, they ask the plain function. */
#define KD_PLACE_KEYS 8
#define KD_PLACE_MAX 24
typedef struct kd_places {
    unsigned nk;
    size_t   a, b;
    unsigned n[KD_PLACE_KEYS];
    bool     full[KD_PLACE_KEYS];
    size_t   at[KD_PLACE_KEYS][KD_PLACE_MAX];
} kd_places;
/* (in one pass: the first and fourth bytes of sixteen places compared with
 * every key's at once, the two between at the few places where those fit;
 * the last block moved back to end at b, its places already read left out) */
static inline bool kd_place4(const char *s, size_t i, const char *k)
{
    return ((unsigned char)s[i] | 0x20) == ((unsigned char)k[0] | 0x20) &&
           ((unsigned char)s[i + 1] | 0x20) == ((unsigned char)k[1] | 0x20) &&
           ((unsigned char)s[i + 2] | 0x20) == ((unsigned char)k[2] | 0x20) &&
           ((unsigned char)s[i + 3] | 0x20) == ((unsigned char)k[3] | 0x20);
}

static inline void kd_place_put(kd_places *pl, unsigned k, size_t i)
{
    if (pl->n[k] < KD_PLACE_MAX)
        pl->at[k][pl->n[k]++] = i;
    else
        pl->full[k] = true;
}

static inline void kd_places_scan(kd_places *pl, const char *s, size_t a, size_t b, const char *const *keys,
                                  unsigned nk)
{
    if (nk > KD_PLACE_KEYS)
        nk = KD_PLACE_KEYS;
    pl->nk = nk;
    pl->a = a;
    pl->b = b;
    for (unsigned k = 0; k < nk; k++) {
        pl->n[k] = 0;
        pl->full[k] = false;
    }
    size_t i = a;
#if defined(__SSE2__)
    if (b >= a + 19) {
        const __m128i c20 = _mm_set1_epi8(0x20);
        __m128i k0[KD_PLACE_KEYS], k3[KD_PLACE_KEYS];
        for (unsigned k = 0; k < nk; k++) {
            k0[k] = _mm_set1_epi8((char)((unsigned char)keys[k][0] | 0x20));
            k3[k] = _mm_set1_epi8((char)((unsigned char)keys[k][3] | 0x20));
        }
        /* a block's places at .. at + 15 read up to s[at + 18] */
        while (i + 4 <= b) {
            size_t at = i + 19 <= b ? i : b - 19;
            __m128i v0 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at)), c20);
            __m128i v3 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + at + 3)), c20);
            __m128i any = _mm_setzero_si128();
            for (unsigned k = 0; k < nk; k++)
                any = _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(v0, k0[k]), _mm_cmpeq_epi8(v3, k3[k])));
            unsigned skip = (unsigned)(i - at); /* places of a moved block read before */
            for (unsigned bits = ((unsigned)_mm_movemask_epi8(any) >> skip) << skip; bits; bits &= bits - 1) {
                size_t j = at + (size_t)__builtin_ctz(bits);
                for (unsigned k = 0; k < nk; k++)
                    if (kd_place4(s, j, keys[k]))
                        kd_place_put(pl, k, j);
            }
            i = at + 16;
        }
        return;
    }
#endif
    for (; i + 4 <= b; i++)
        for (unsigned k = 0; k < nk; k++)
            if (kd_place4(s, i, keys[k]))
                kd_place_put(pl, k, i);
}
size_t kd_places_find_ci(const kd_places *pl, unsigned k, const char *s, size_t to, size_t from, const char *w);
size_t kd_places_word_in(const kd_places *pl, unsigned k0, const char *s, size_t a, size_t b,
                         const char *const *w, size_t nw);

/* detect_motions.c */
size_t kd_nrefs(const ki_refs *r, int kind);
const ki_span *kd_ref_span(const ki_refs *r, int kind, size_t k);
void kd_note_order(struct ki_scan *sc);
size_t kd_ref_from(const struct ki_scan *sc, int kind, size_t a);
long kd_kst_in(const struct ki_scan *sc, size_t a, size_t b);
bool kd_bare_name_backed(const char *s, size_t n, size_t ns, size_t ne, bool title, bool dash);
bool kd_item_title(const char *s, size_t pos);
ki_status kd_build_motions(struct ki_scan *sc, const motinfo *mv, size_t nm,
                           const cominfo *cv, size_t nc);

/* detect_commit.c */
/* the status word a register, list or table cell gives ("Afgedaan",
 * "Loopt", "In uitvoering") at x, before e: its end and relation; 0 when none */
size_t kd_status_at(const char *s, size_t e, size_t x, ki_relation *rel);
/* a bulleted item's status after the colon at colon, before e ("...:
 * uitgevoerd, zie ...", "...: in uitvoering"): true with *rel settled or
 * progress when its first word says so */
bool kd_status_after_colon(const char *s, size_t e, size_t colon, ki_relation *rel);
void kd_shared_words(const char *a, const char *b, int *shared, int *fewest);
/* where the first "oezeggingen" (any case but the 'o') in s[ls..le)
 * begins, le when none does */
size_t kd_next_oezeggingen(const char *s, size_t ls, size_t le);
/* whether s[0..n) holds "oezegging:" or "OEZEGGING:" */
bool kd_has_tz_label(const char *s, size_t n);
const char *kd_next_word(const char **p, size_t *len);
ki_status kd_build_commitments(struct ki_scan *sc, const motinfo *mv, size_t nm,
                               cominfo *cv, size_t nc);

#endif
