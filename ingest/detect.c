/*
 * detect.c - the reference detector: compiling and running the patterns,
 * the prefilter, the Kamerstuk and Handelingen canonicalisers, ki_detect().
 * It and detect_text.c, detect_motions.c, detect_commit.c (sharing
 * detect_int.h) are the only files that call PCRE2.
 *
 * How a document is read (ki_detect):
 *   1. The text is checked for valid UTF-8 once; a text that is not gets a
 *      same-length copy with each bad byte replaced by '?', so that every
 *      match after that runs with PCRE2_NO_UTF_CHECK and offsets still point
 *      into the original.
 *   2. One prefilter pass (SSE2, 16 bytes at a time, with a plain C loop
 *      elsewhere) looks for the few anchor tokens every reference carries:
 *      "nr", "nummer" (also a scanner's "nurnmer"), "no.", "stuk", "t.v.v",
 *      "t.a.p.", "idem", "kst-", "hand", "-tk-", digits-D/Z-digits,
 *      "TZ"+digit, "T"+five digits, "(", a table cell's "| " or a line start
 *      (indented too) before a dossier, ", letter X", "EK " before a digit
 *      (the numeric kinds), "otie" (motions), "zeg" and the other words a
 *      promise is told with: "zal", "informeer", "kom", "aangekondigd",
 *      "gemeld", "laten weten", "verwacht" ... (commitments; pf_rows[] lists
 *      them all).  Real prose has few of them.
 *   3. Around numeric anchors, windows of text are matched against ONE
 *      pattern: the scan rows of the table joined as alternatives, each in
 *      a named group p0..pN that tells which row matched; its canonicaliser
 *      makes the records (lists, ranges, continuations, the dossier from
 *      context).  Then one pass in C reads the Eerste Kamer agenda lines
 *      that name a letter without brackets ("1. 32820, A";
 *      scan_agenda_letters(): the joined pattern is at PCRE2's size limit).
 *      The document's own id is dropped where it prints it
 *      (drop_own_header()), and a further motion a motion's file prints
 *      ("Nr. 52   GEWIJZIGDE MOTIE ...") added (further_motion_headers()).
 *   4. Around motion and commitment anchors the motion / commitment rows
 *      are matched; the sentence, list item, list introduction and section
 *      around each give its Kamerstuk, actors, venue, date, deadline and its
 *      relation to the document (the cue rows, run over those sentences).
 * Every pattern is compiled once per detector with JIT, and each has its
 * match data created once; a match limit bounds the work on hostile text.
 * The joined scan and cue patterns are compiled anchored and tried only at
 * word starts whose first two (three) bytes can begin a match (kd_run_pairs(),
 * with tables the patterns themselves give by partial matching, pairs_of());
 * the cue alternatives that can begin with each byte are compiled apart
 * (cue_sets()), so that a word start tries a handful of them, not all.
 */
#include "detect_int.h"
#include "columns.h"

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
 * that kd_run_pairs() skips every other place without running it and the
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
    /* after[p]: a partial match at the end of the one byte p, so that the
     * pattern's lookbehinds see p and whatever comes next may follow (a
     * lookbehind that would look further back sees nothing there, which
     * only lets more through) */
    t->word_start = true;
    for (int p = 0; p < 128; p++) {
        unsigned char b[1] = {(unsigned char)p};
        int r = pcre2_match(t->code, b, 1, 1, PCRE2_PARTIAL_HARD, t->md, NULL);
        t->after[p] = r >= 0 || r == PCRE2_ERROR_PARTIAL;
        if (t->after[p] && (((p | 0x20) >= 'a' && (p | 0x20) <= 'z') || (p >= '0' && p <= '9')))
            t->word_start = false;
    }
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
 * pattern.  False when out of memory or a pattern fails (then kd_cues_of()
 * uses the whole pattern).
 */
#define CUE_ALTS 128
static bool cue_sets(ki_detector *d)
{
    size_t at[CUE_KINDS][CUE_ALTS], len[CUE_KINDS][CUE_ALTS];
    int nalt[CUE_KINDS];
    bool ok = false;
    /* first[r][a]: bit c of the bytes alternative a of row r can begin with */
    uint32_t (*first)[CUE_ALTS][4] = calloc(CUE_KINDS, sizeof *first);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    ki_buf b = KI_BUF_INIT;
    if (!first || !md)
        goto out;
    for (int r = 0; r < CUE_KINDS; r++) {
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
        for (int r = 0; r < CUE_KINDS; r++) {
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
            for (int r = 0; r < CUE_KINDS && eq; r++)
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

/* Does re[i..e) open a capturing group: "(x", "(?<name>", "(?'name'",
 * "(?P<name>"? */
static bool holds_group(const char *re, size_t i, size_t e)
{
    for (; i < e; i = re_next(re, i)) {
        if (re[i] != '(')
            continue;
        if (re[i + 1] != '?' || re[i + 2] == '\'' || re[i + 2] == 'P' ||
            (re[i + 2] == '<' && re[i + 3] != '=' && re[i + 3] != '!'))
            return true;
    }
    return false;
}

/*
 * re with its positive lookbehinds left out, into out: a pattern that
 * matches wherever re does and maybe more (an assertion left out only
 * drops a condition), whose beginnings asked of a few bytes alone hold in
 * any text, for nothing before the bytes can make a match possible (see
 * pairs_of(), prefix_may_begin()).  False when that cannot be vouched for:
 * a lookbehind inside a negative assertion or a condition that asserts
 * (leaving it out would forbid more), a lookbehind that holds a group (a
 * condition on the group would choose otherwise), \b \B \G \Q (which
 * look before the bytes or are not parsed here), or out of memory.
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
            if (!e || negs || holds_group(re, i + 4, e))
                return false;
            i = e; /* left out */
            continue;
        } else if (c == '(') {
            if (depth == 64)
                return false;
            /* a condition that tests a group, "(?(<pre>)yes|no)": a
             * match's path sets the same groups once the lookbehinds are
             * gone (none that is left out holds one), so the condition
             * chooses the same branch, and a branch only loses conditions.
             * A condition that asserts, "(?(?<=x)yes|no)", would choose
             * otherwise. */
            bool cond = strncmp(re + i, "(?(", 3) == 0;
            bool by_group = cond && (re[i + 3] == '<' || ki_is_digit((unsigned char)re[i + 3]));
            bool n = strncmp(re + i, "(?!", 3) == 0 || strncmp(re + i, "(?<!", 4) == 0 || (cond && !by_group);
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
 * only at the few places those allow (kd_run_chars()).  The tables and memo
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
    for (int i = 0; i < CUE_KINDS; i++)
        if (ki_buf_addf(&b, "%s(?<c%d>%s)", i ? "|" : "", i, ki_patterns[KI_P_CUE_SETTLED + i].re)) {
            ki_buf_free(&b);
            goto nomem;
        }
    if (ki_buf_adds(&b, ")")) {
        ki_buf_free(&b);
        goto nomem;
    }
    /* anchored: kd_cues_of() tries it only where a word starts with a pair of
     * bytes that can begin a cue (cue_pair) */
    st = compile_one(b.data, PCRE2_ANCHORED, &d->cue, &d->cue_jit, err, "cues");
    ki_buf_free(&b);
    if (st)
        goto fail;
    if (!(d->cue_md = pcre2_match_data_create_from_pattern(d->cue, NULL)))
        goto nomem;
    for (int i = 0; i < CUE_KINDS; i++) {
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

int kd_run(const ki_detector *d, pcre2_code *code, pcre2_match_data *md, unsigned char *jit,
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

/* One match of row pid (see kd_run()); an anchored one by the row compiled
 * anchored, whose JIT code can serve it. */
int kd_run_p(ki_detector *d, int pid, const char *s, size_t len, size_t off,
             size_t lim, uint32_t opts)
{
    if ((opts & PCRE2_ANCHORED) && (d->re_a[pid] || (!d->tried_a[pid] && anchored_first(d, pid))))
        return kd_run(d, d->re_a[pid], d->md[pid], &d->jit_a[pid], s, len, off, lim, opts & ~(uint32_t)PCRE2_ANCHORED);
    return kd_run(d, d->re[pid], d->md[pid], &d->jit[pid], s, len, off, lim, opts);
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
        for (int r = 0; r < CUE_KINDS; r++) {
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
 * the one that matched.  Returns rc as kd_run() does.
 */
int kd_run_pairs(const ki_detector *d, struct matcher *m,
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
        int rc = kd_run(d, mm->re, mm->md, &mm->jit, s, len, off, KI_ANY, PCRE2_NO_UTF_CHECK);
        if (rc != PCRE2_ERROR_NOMATCH) {
            *used = mm;
            return rc;
        }
    }
    return PCRE2_ERROR_NOMATCH;
}

/* kd_run_chars() at the one place off: m's match there, or
 * PCRE2_ERROR_NOMATCH when the tables say none begins there */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int char_try(const ki_detector *d, struct matcher *m, const pcre2_code *wide, pairtab *t,
                           prefixmemo *pm, const char *s, size_t len, size_t off)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c1 = u[off];
    /* the byte before, as the pattern's lookbehinds have it (after[]) */
    if (off > 0 && u[off - 1] < 128 && !t->after[u[off - 1]])
        return PCRE2_ERROR_NOMATCH;
    /* the byte alone: most bytes of a text begin nothing (an ASCII byte
     * without pairs may still begin a match at the end) */
    if (!t->first[c1] && (c1 >= 0x80 || off + 1 < len))
        return PCRE2_ERROR_NOMATCH;
    if (c1 < 128 ? !pair_may_begin(t, u, off, len) : !char_may_begin(wide, pm, u + off, len - off))
        return PCRE2_ERROR_NOMATCH;
    if (!prefix_may_begin(wide, pm, u + off, len - off))
        return PCRE2_ERROR_NOMATCH;
    return kd_run(d, m->re, m->md, &m->jit, s, len, off, KI_ANY, PCRE2_NO_UTF_CHECK);
}

/*
 * The leftmost match of m (compiled anchored) in s[0..len) that starts in
 * [off, lim]: what an unanchored search of the same pattern from off with
 * offset limit lim finds, for that search tries it at each character
 * start in turn and returns the first match.  Here it is run only where
 * the tables t and the memo pm say a match can begin: they are those of
 * wide, m's pattern with its positive lookbehinds left out, which matches
 * wherever m does (see commit_tries()); a byte inside a UTF-8 character
 * begins none, nor a byte after one that t->after[] rules out.  Where no
 * match begins after an ASCII letter or digit (t->word_start), the places
 * after another byte are found sixteen at a time.  Returns rc as kd_run()
 * does.
 */
int kd_run_chars(const ki_detector *d, struct matcher *m, const pcre2_code *wide,
                 pairtab *t, prefixmemo *pm, const char *s, size_t len, size_t off, size_t lim)
{
    size_t end = lim < len ? lim + 1 : len; /* the places are [off, end) */
    int rc;
#if defined(__SSE2__)
    if (t->word_start && off < end) {
        if (off == 0 && (rc = char_try(d, m, wide, t, pm, s, len, off++)) != PCRE2_ERROR_NOMATCH)
            return rc;
        /* the bytes before the sixteen places, s[off - 1, off + 15): those
         * that are no ASCII letter or digit (signed compares of the
         * flipped bytes: unsigned ranges) */
        const __m128i flip = _mm_set1_epi8((char)0x80), c20 = _mm_set1_epi8(0x20),
                      ca = _mm_set1_epi8((char)('a' ^ 0x80)), c0 = _mm_set1_epi8((char)('0' ^ 0x80)),
                      l26 = _mm_set1_epi8((char)(('a' + 26) ^ 0x80)), l10 = _mm_set1_epi8((char)(('0' + 10) ^ 0x80));
        /* (a last block shorter than sixteen places too, while its bytes
         * can be read: s[0..len) is there) */
        for (; off < end && off + 15 <= len; off += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + off - 1));
            __m128i f = _mm_xor_si128(v, flip), fl = _mm_xor_si128(_mm_or_si128(v, c20), flip);
            __m128i letter = _mm_andnot_si128(_mm_cmplt_epi8(fl, ca), _mm_cmplt_epi8(fl, l26));
            __m128i digit = _mm_andnot_si128(_mm_cmplt_epi8(f, c0), _mm_cmplt_epi8(f, l10));
            unsigned open = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xFFFFu;
            if (end - off < 16)
                open &= (1u << (end - off)) - 1;
            for (; open; open &= open - 1)
                if ((rc = char_try(d, m, wide, t, pm, s, len, off + (size_t)__builtin_ctz(open))) !=
                    PCRE2_ERROR_NOMATCH)
                    return rc;
        }
    }
#endif
    for (; off < end; off++)
        if ((rc = char_try(d, m, wide, t, pm, s, len, off)) != PCRE2_ERROR_NOMATCH)
            return rc;
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
    } memo[1024];
    uint64_t k = (uint64_t)(uintptr_t)x ^ ((uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15u);
    size_t slot = (size_t)((k * 0x9E3779B97F4A7C15u) >> 54);
    if (memo[slot].x != x || memo[slot].name != name) {
        memo[slot].x = x;
        memo[slot].name = name;
        memo[slot].sl = name_slot(x, name);
    }
    return memo[slot].sl;
}

/* The first set group called name (a string literal: see name_slot_memo())
 * in the match; false when none is set. */
bool kd_group(const ki_hit *h, const char *name, const char **p, size_t *n)
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

bool kd_gstr(const ki_hit *h, const char *name, char *out, size_t cap)
{
    const char *p;
    size_t n;
    out[0] = '\0';
    if (!kd_group(h, name, &p, &n))
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

/* The vergaderjaar written after a Kamerstuk's number, s[end..): "(32820,
 * nr. 258, vergaderjaar 2017-2018)", "..., nr. 12, vergaderjaar 2019/20" */
static bool year_after(const char *s, size_t n, size_t end, char out[24])
{
    size_t i = ki_skip_blank(s, n, end);
    if (i < n && s[i] == ',')
        i = ki_skip_blank(s, n, i + 1);
    if (!starts_ci(s, n, i, "vergaderjaar"))
        return false;
    i = ki_skip_blank(s, n, i + 12);
    char y1[8] = "", y2[8] = "";
    size_t k = 0;
    while (i < n && k < 4 && ki_is_digit((unsigned char)s[i]))
        y1[k++] = s[i++];
    if (k != 4)
        return false;
    if (i < n && (s[i] == '-' || s[i] == '/'))
        i++;
    else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
             (unsigned char)s[i + 2] == 0x93)
        i += 3; /* en dash */
    else
        return false;
    k = 0;
    while (i < n && k < 5 && ki_is_digit((unsigned char)s[i]))
        y2[k++] = s[i++];
    return (k == 2 || k == 4) && year_of(y1, y2, out);
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

/* The letter an older Eerste Kamer number may carry: "nr. 42e", "nr. 175a"
 * (officielebekendmakingen's kst-26976-175a), a to h. */
static bool nr_suffix_letter(int c)
{
    return c >= 'a' && c <= 'h';
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
                /* an older Eerste Kamer number with its letter: "nr. 42e", "nr. 175a" */
                if (nr_suffix_letter(*p) && !ki_is_letter((unsigned char)p[1]) && !ki_is_digit((unsigned char)p[1])) {
                    size_t n = strlen(nr);
                    nr[n] = *p++;
                    nr[n + 1] = '\0';
                }
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
bool kd_dossier_at(const char *s, size_t pos, size_t k, char d[8], size_t *e)
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
            if (kd_dossier_at(s, pos, j, d, &e) && (e = ki_skip_blank(s, pos, e)) < pos && s[e] == ')') {
                copy_str(dos, cap, d);
                return true;
            }
        } else if (ki_is_blank((unsigned char)s[i - 1]) && i < pos && ki_is_digit((unsigned char)s[i]) &&
                   kd_dossier_at(s, pos, i, d, &e) && !(e < pos && (s[e] == '-' || s[e] == '/')) &&
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
        if (kd_dossier_at(s, lim, i, d, &e) && !(e < lim && (s[e] == '-' || s[e] == '/' || s[e] == ',')) &&
            (names_dossier(s, pos, i) || (s[i - 1] == '(' && e < lim && s[e] == ')'))) {
            copy_str(dos, cap, d);
            return true;
        }
    }
    return false;
}

/* Is "op stuk nr." at pos a motion's or an amendment's ("De motie op stuk
 * nr. 81", "mijn amendement op stuk nr. 35") in the verslag of a debate
 * (a wetgevingsoverleg, a notaoverleg: "heeft op ... overleg gevoerd") on
 * the document's own dossier, with no Kamerstuk cited before it in its
 * sentence?  Such a motion or amendment was moved in that dossier: the
 * number is the dossier's, not that of the Kamerstuk last cited (the
 * speaker's earlier "(Kamerstuk 30 234, nr. 401)"). */
static bool debate_own_stuk(const struct ki_scan *sc, size_t pos)
{
    const char *s = sc->s;
    if (!sc->meta.self_dossier[0] || !sc->meta.debate_date[0] || !kd_kind_is(sc, "verslag"))
        return false;
    /* "motie" or "amendement" in the words just before, in its sentence:
     * "mijn amendement op stuk nr.", "de gewijzigde motie van het lid X op
     * stuk nr." */
    size_t ss = kd_sent_start(s, sc->n, pos), lo = pos > 60 ? pos - 60 : 0;
    if (lo < ss)
        lo = ss;
    if (sc->last_end > ss)
        return false;
    return kd_find_ci(s, pos, lo, "motie") != (size_t)-1 || kd_find_ci(s, pos, lo, "amendement") != (size_t)-1;
}

/* Does pos's sentence name an amendment ("het amendement op stuk nr. 11",
 * "Het amendement-Van Dijk (stuk nr. 12)"), or with notas a nota van
 * wijziging, in the back bytes before pos? */
static bool amendment_before(const struct ki_scan *sc, size_t pos, size_t back, bool notas)
{
    size_t ss = kd_sent_start(sc->s, sc->n, pos), lo = pos > back ? pos - back : 0;
    if (lo < ss)
        lo = ss;
    return kd_find_ci(sc->s, pos, lo, "amendement") != (size_t)-1 ||
           (notas && kd_find_ci(sc->s, pos, lo, "nota van wijzi") != (size_t)-1);
}

/* Is "stuk nr." at pos an amendment's or a nota van wijziging's ("het
 * amendement op stuk nr. 11", "De nota van wijziging (stuk nr. 9)") in a
 * debate (Handelingen, a verslag or a stenogram of one) whose head names the
 * bill it is about ("Wetgevingsoverleg ... (36 741)", "Ik open dit
 * wetgevingsoverleg ... over het wetsvoorstel 36 741")?  Both are parts of
 * that bill's dossier, whatever Kamerstuk a speaker cited last (a motion on
 * a begroting).  The bill's dossier in dos. */
static bool debate_bill_stuk(const struct ki_scan *sc, size_t pos, char *dos, size_t cap)
{
    if (!kd_reports_debate(sc) || !amendment_before(sc, pos, 80, true))
        return false;
    /* the bill named nearest the end of the head (the chair's opening) */
    size_t head = pos < 4000 ? pos : 4000;
    return dossier_before(sc, 0, head, dos, cap);
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
    if (k >= sc->n || s[k] != '(' || !kd_dossier_at(s, sc->n, ki_skip_blank(s, sc->n, k + 1), d, &e))
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


/* Whether the full citation that starts at pos is the number a gewijzigde
 * motie replaces: "t.v.v." ("tvv") or "ter vervanging van" right before it,
 * only blanks (a line end) between: "(t.v.v.⏎36 600 XV, nr. 90)", not "de
 * tvv (36 600 XV, nr. 90)".  The compact and bare forms say so in their own
 * match. */
static bool replaced_before(const char *s, size_t pos)
{
    size_t e = ki_skip_blank_back(s, 0, pos);
    if (e > 0 && s[e - 1] == '.')
        e--;
    size_t we, ws = ki_word_before(s, e > 12 ? e - 12 : 0, e, &we);
    if (we != e)
        return false;
    /* "t.v.v": the word before is one letter, "v", after "t.v." */
    if (we - ws == 1 && (s[ws] == 'v' || s[ws] == 'V') && ws >= 4 && s[ws - 1] == '.' &&
        (s[ws - 2] == 'v' || s[ws - 2] == 'V') && s[ws - 3] == '.' && (s[ws - 4] == 't' || s[ws - 4] == 'T') &&
        (ws == 4 || !ki_is_letter((unsigned char)s[ws - 5])))
        return true;
    if (we - ws == 3 && starts_ci(s, we, ws, "tvv") && (ws == 0 || !ki_is_letter((unsigned char)s[ws - 1])))
        return true;
    /* "ter vervanging van" */
    if (we - ws == 3 && starts_ci(s, we, ws, "van")) {
        size_t w2e, w2 = ki_word_before(s, ws > 16 ? ws - 16 : 0, ws, &w2e);
        return w2e - w2 == 10 && starts_ci(s, w2e, w2, "vervanging");
    }
    return false;
}

/* The dossier of the Kamerstuk cited next in the sentence, within 300
 * bytes of pos: "(ter vervanging van die gedrukt onder nr. 123) over de zorg
 * (36 200 XVI, nr. 130)" -- a dossier, its sub (Roman after a blank or
 * dash, two digits or a capital after a dash), then ", nr.".  Its number in
 * dos and sub; false when there is none. */
static bool dossier_ahead(const struct ki_scan *sc, size_t pos, char *dos, char *sub, size_t cap)
{
    const char *s = sc->s;
    size_t lim = kd_sent_end(s, sc->n, pos), e;
    if (lim > pos + 300)
        lim = pos + 300;
    for (size_t i = pos; i < lim; i++) {
        char d[8];
        if (s[i] == ';')
            return false;
        if (!ki_is_digit((unsigned char)s[i]) || (i > 0 && !(s[i - 1] == '(' || ki_is_blank((unsigned char)s[i - 1]))) ||
            !kd_dossier_at(s, lim, i, d, &e))
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

/* The digits at s[i] (at most max), their end; i when none or more. */
static size_t digits_at(const char *s, size_t n, size_t i, size_t max)
{
    size_t e = i;
    while (e < n && ki_is_digit((unsigned char)s[e]))
        e++;
    return e > i && e - i <= max && !(e < n && ki_is_letter((unsigned char)s[e])) ? e : i;
}

/* After a Handelingen citation with its item, ending at e, another sitting
 * of the same year with its item: "(,) en nr. 48, item 11" (also ";" for
 * "en").  Its end, and in d the spans of its number (d[0], d[1]) and item
 * (d[2], d[3]); 0 when none follows. */
static size_t next_sitting(const char *s, size_t n, size_t e, size_t d[4])
{
    size_t i = ki_skip_blank(s, n, e), k;
    bool semi = i < n && s[i] == ';';
    if (i < n && (s[i] == ',' || s[i] == ';'))
        i = ki_skip_blank(s, n, i + 1);
    if ((k = word_at(s, n, i, "en")))
        i = ki_skip_blank(s, n, k);
    else if (!semi)
        return 0;
    if ((k = word_at(s, n, i, "nr")) || (k = word_at(s, n, i, "nrs")))
        i = ki_skip_blank(s, n, k < n && s[k] == '.' ? k + 1 : k);
    else
        return 0;
    d[0] = i;
    if ((d[1] = digits_at(s, n, i, 5)) == i)
        return 0;
    i = ki_skip_blank(s, n, d[1]);
    if (!(i < n && s[i] == ','))
        return 0;
    i = ki_skip_blank(s, n, i + 1);
    if (!(k = word_at(s, n, i, "item")))
        return 0;
    d[2] = ki_skip_blank(s, n, k);
    if ((d[3] = digits_at(s, n, d[2], 4)) == d[2])
        return 0;
    return d[3];
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

/* A motion named by its number alone ("de motie op stuk nr. 81") after the
 * chair numbered a motion so in this text ("Zij krijgt nr. 81 (37 000-XVI)"):
 * that motion's dossier and sub.  Only after the word "motie" (an
 * amendment's numbers are another series), and only for one number. */
static bool numbered_here(const struct ki_scan *sc, size_t at, const char *nrs, char *dos, char *sub, size_t cap)
{
    /* "motie" among the few words before: "de motie op stuk nr. " is 21 bytes */
    size_t lo = at > 24 ? at - 24 : 0;
    if (kd_find_ci(sc->s, at, lo, "motie") == (size_t)-1 || !nrs[0])
        return false;
    for (const char *p = nrs; *p; p++)
        if (!ki_is_digit((unsigned char)*p))
            return false;
    const ki_refs *r = sc->r;
    for (size_t k = r->nkamerstukken; k > 0; k--) {
        const ki_kamerstuk *q = &r->kamerstukken[k - 1];
        if (q->span.start < at && (sc->kflag[k - 1] & KF_KRIJGT) && q->nr && strcmp(q->nr, nrs) == 0) {
            copy_str(dos, cap, q->dossier);
            copy_str(sub, cap, q->sub ? q->sub : "");
            return true;
        }
    }
    return false;
}

/* A joint document whose first dossier has a sub of its own, written
 * before the one a match read: "Kamerstukken 36 600 B en 36 600 C, nr. 6",
 * "(36 410 VII en 36 410 B, nr. 3)".  Before pos (where the match's dossier
 * starts) stand "Kamerstuk(ken)" or "(", a dossier of five digits, its sub
 * (a Roman number or a capital) and "en", "/" or ","; that dossier in dos,
 * its sub in sub, its start in *at.  False when the text has none. */
static bool joint_sub_before(const char *s, size_t pos, char dos[8], char sub[8], size_t *at)
{
    size_t i = pos;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i >= 2 && s[i - 1] == 'n' && s[i - 2] == 'e' && (i < 3 || s[i - 3] == ' '))
        i -= 2;
    else if (i >= 1 && (s[i - 1] == '/' || s[i - 1] == ','))
        i--;
    else
        return false;
    if (i == pos || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '/' && s[i - 1] != ','))
        return false;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    size_t se = i;
    while (i > 0 && (s[i - 1] == 'I' || s[i - 1] == 'V' || s[i - 1] == 'X' || s[i - 1] == 'L' ||
                     (s[i - 1] >= 'A' && s[i - 1] <= 'Z' && i == se)) && se - i < 7)
        i--;
    if (i == se || se - i > 7 || (se - i > 1 && strspn(s + i, "IVXL") < se - i))
        return false;
    size_t sb = i;
    if (i == 0 || (s[i - 1] != ' ' && s[i - 1] != '-'))
        return false;
    i--;
    size_t de = i, k = 0;
    char d[8];
    while (i > 0 && k < 6 && (ki_is_digit((unsigned char)s[i - 1]) || (s[i - 1] == ' ' && de - i == 3))) {
        i--;
        if (s[i] != ' ')
            k++;
    }
    if (k != 5 || (i > 0 && ki_is_digit((unsigned char)s[i - 1])))
        return false;
    size_t ds = i, dl = 0;
    for (size_t j = ds; j < de; j++)
        if (s[j] != ' ')
            d[dl++] = s[j];
    d[dl] = '\0';
    while (i > 0 && s[i - 1] == ' ')
        i--;
    /* "Kamerstukken II 2024/25, 36 600 B en ...": the vergaderjaar and the chamber */
    if (i > 0 && s[i - 1] == ',') {
        size_t y = i - 1;
        while (y > 0 && (ki_is_digit((unsigned char)s[y - 1]) || s[y - 1] == '/' || s[y - 1] == '-') && i - y < 12)
            y--;
        if (i - 1 - y >= 7 && ki_is_digit((unsigned char)s[y]) && y > 0 && s[y - 1] == ' ') {
            i = y - 1;
            while (i > 0 && s[i - 1] == 'I' && y - i < 4)
                i--;
            while (i > 0 && s[i - 1] == ' ')
                i--;
        }
    }
    if (i >= 3 && memcmp(s + i - 3, "ken", 3) == 0)
        i -= 3;
    if (!(i > 0 && s[i - 1] == '(' && i == ds) &&
        !(i >= 9 && ki_lower((unsigned char)s[i - 9]) == 'k' && memcmp(s + i - 8, "amerstuk", 8) == 0))
        return false;
    memcpy(dos, d, dl + 1);
    memcpy(sub, s + sb, se - sb);
    sub[se - sb] = '\0';
    *at = ds;
    return true;
}

/* The letter an older document number may carry (nr_suffix_letter()),
 * written right after its first number, is part of it: added to nrs, and
 * *hend (the match's end) moved past it when the match ends before it.
 * Any other small letter there ("nr. 12de", "nr. 3km") makes it no number:
 * false. */
static bool nr_letter(const struct ki_scan *sc, const struct ki_hit *h, char *nrs, size_t cap, size_t *hend)
{
    const char *gp;
    size_t gl, d = 0;
    if (!ki_is_digit((unsigned char)nrs[0]) || !kd_group(h, "nrs", &gp, &gl))
        return true;
    while (d < gl && ki_is_digit((unsigned char)gp[d]))
        d++;
    size_t at = (size_t)(gp - sc->s) + d;
    if (at >= sc->n || sc->s[at] < 'a' || sc->s[at] > 'z')
        return true;
    if (!nr_suffix_letter(sc->s[at]) || (at + 1 < sc->n && (ki_is_letter((unsigned char)sc->s[at + 1]) ||
                                                            ki_is_digit((unsigned char)sc->s[at + 1]) ||
                                                            sc->s[at + 1] == '_')))
        return false;
    size_t len = strlen(nrs);
    if (d > len || len + 2 > cap)
        return true;
    memmove(nrs + d + 1, nrs + d, len - d + 1);
    nrs[d] = sc->s[at];
    if (*hend == at)
        *hend = at + 1; /* the letter ends the citation's text */
    return true;
}

ki_status ki_canon_kamerstuk(struct ki_scan *sc, const struct ki_hit *h)
{
    char pre[32], ch[8], chname[16], y1[8], y2[8], dos[32], sub[32], rw[16], nrs[256], tmp[64];
    kd_gstr(h, "pre", pre, sizeof pre);
    kd_gstr(h, "ch", ch, sizeof ch);
    kd_gstr(h, "chname", chname, sizeof chname);
    kd_gstr(h, "y1", y1, sizeof y1);
    kd_gstr(h, "y2", y2, sizeof y2);
    kd_gstr(h, "dos", dos, sizeof dos);
    kd_gstr(h, "sub", sub, sizeof sub);
    kd_gstr(h, "rw", rw, sizeof rw);
    kd_gstr(h, "nrs", nrs, sizeof nrs);
    size_t hend = h->end;
    if (!nr_letter(sc, h, nrs, sizeof nrs, &hend))
        return KI_OK;
    /* the Eerste Kamer's "(35.526, BH)", not an amount "(10.000, NL)": a
     * dossier written with a thousands dot is no round number */
    size_t dosl = strlen(dos);
    if (memchr(dos, '.', dosl) && dosl >= 3 &&
        (strcmp(dos + dosl - 3, "000") == 0 || strcmp(dos + dosl - 3, "500") == 0))
        return KI_OK;
    squeeze(dos);
    for (char *c = dos; *c; c++)
        if (*c == 'l')
            *c = '1'; /* a scanner's "32 l23" */
    squeeze(sub); /* "IX B" -> "IXB" */
    squeeze(rw);
    bool tap = kd_gstr(h, "tap", tmp, sizeof tmp);
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
    } else if (kd_gstr(h, "ekp", tmp, sizeof tmp)) {
        /* "(EK, B)": a letter of the dossier the page is about */
        if (!sc->meta.self_dossier[0])
            return KI_OK;
        copy_str(dos, sizeof dos, sc->meta.self_dossier);
        copy_str(sub, sizeof sub, sc->meta.self_sub);
    } else if (!dos[0] && kd_gstr(h, "ctx", tmp, sizeof tmp)) {
        /* "(letter F)" alone is a motion's (or an amendment's) named just
         * before in its sentence: "de motie-Koffeman c.s. (letter F)", not
         * "bijlage 2 (letter F)" */
        if (starts_ci(sc->s, sc->n, h->start, "letter")) {
            size_t lo = kd_sent_start(sc->s, sc->n, h->start);
            if (h->start - lo > 160)
                lo = h->start - 160;
            if (kd_find_ci(sc->s, h->start, lo, "motie") == (size_t)-1 &&
                kd_find_ci(sc->s, h->start, lo, "amendement") == (size_t)-1)
                return KI_OK;
        }
        /* "op stuk nr. 13": the dossier named alone since the last
         * Kamerstuk ("het wetsvoorstel 36 145"), or later in the sentence
         * ("... bij het wetsvoorstel 36 583"), else that Kamerstuk's */
        size_t be;
        bool repl = kd_gstr(h, "tvv", tmp, sizeof tmp) || starts_ci(sc->s, sc->n, h->start, "gedrukt") ||
                    starts_ci(sc->s, sc->n, h->start, "onder");
        if (dossier_bracket(sc, h->end, dos, sub, sizeof dos, &be)) {
            sc->resume = be; /* "op stuk nr. 68 (35483)": its own dossier */
        } else if (repl && dossier_ahead(sc, h->end, dos, sub, sizeof dos)) {
            /* "de gewijzigde motie (ter vervanging van die gedrukt onder nr.
             * 123) over X (36 200 XVI, nr. 130)": the dossier of the motion
             * that replaces it */
        } else if (!repl && numbered_here(sc, h->start, nrs, dos, sub, sizeof dos)) {
            /* "De motie op stuk nr. 81 laat ik aan het oordeel van de Kamer",
             * after "Zij krijgt nr. 81 (37 000-XVI)" in the same debate */
        } else if (dossier_before(sc, sc->last_end, h->start, dos, sizeof dos) ||
                   dossier_after(sc, h->end, dos, sizeof dos)) {
            sub[0] = '\0';
        } else if (debate_bill_stuk(sc, h->start, dos, sizeof dos)) {
            sub[0] = '\0'; /* "het amendement op stuk nr. 11" in a debate on the
                            * wetsvoorstel 36 741 */
        } else if (debate_own_stuk(sc, h->start)) {
            /* "mijn amendement op stuk nr. 35" in the verslag of a debate on
             * the begroting: the dossier debated */
            copy_str(dos, sizeof dos, sc->meta.self_dossier);
            copy_str(sub, sizeof sub, sc->meta.self_sub);
        } else if (!repl && sc->meta.self_dossier[0] && amendment_before(sc, h->start, 40, false)) {
            /* "Het amendement-Van Dijk (stuk nr. 12)" in a document of the
             * bill itself (a nota van wijziging): the bill's, not the
             * Kamerstuk of a motion cited just before */
            copy_str(dos, sizeof dos, sc->meta.self_dossier);
            copy_str(sub, sizeof sub, sc->meta.self_sub);
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
        if (kd_gstr(h, "tvv", tvv, sizeof tvv) || starts_ci(sc->s, sc->n, h->start, "gedrukt") ||
            starts_ci(sc->s, sc->n, h->start, "onder") || starts_ci(sc->s, sc->n, h->start, "was") ||
            replaced_before(sc->s, h->start))
            sc->curflag = KF_REPLACED;
        while (b > 0 && ki_is_blank((unsigned char)sc->s[b - 1]))
            b--;
        if (b >= 6 && starts_ci(sc->s, sc->n, b - 6, "krijgt"))
            sc->curflag = KF_KRIJGT;
    }
    const char *chamber = NULL;
    /* "Kamerstukken I/II": a document of both Kamers, the Eerste Kamer's
     * letters and the Tweede Kamer's numbers ("30 953, A en nr. 1") */
    const char *chp;
    size_t chn;
    bool both = ch[0] && kd_group(h, "ch", &chp, &chn) && (size_t)(chp - sc->s) + chn + 3 <= sc->n &&
                memcmp(chp + chn, "/II", 3) == 0;
    if (both)
        chamber = ki_is_digit((unsigned char)nrs[0]) ? "II" : "I";
    else if (ch[0])
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
    if (!year[0] && !tap)
        year_after(sc->s, sc->n, h->end, year);
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
    /* "voor de stukken 31761, 31741, 31718, nr. 1, 31725 (R1867), 31708,
     * nr. 1": dossiers parted by commas alone, with no prefix before them,
     * are the items of a list, each its own (a bare dossier is no
     * Kamerstuk); the number is the last one's.  A joint document names its
     * dossiers with "en" or "/" ("35 234, 35 235 en 35 237, nr. 7", "31
     * 031/29 949, nr. 19"), or after "Kamerstukken" */
    size_t kstart = h->start;
    bool itemlist = false;
    {
        const char *dp0;
        size_t dl0;
        if (ki_is_digit((unsigned char)nrs[0]) && kd_group(h, "dos2", &d2p, &d2l) && kd_group(h, "dos", &dp0, &dl0) &&
            d2p > dp0 && (size_t)(dp0 - sc->s) == h->start && !sub[0] && !rw[0]) {
            bool comma = false, other = false;
            for (const char *q = dp0 + dl0; q < d2p; q++) {
                if (*q == ',')
                    comma = true;
                else if (!(ki_is_blank((unsigned char)*q) || ki_is_digit((unsigned char)*q) || *q == '.' ||
                           (unsigned char)*q == 0xC2 || (unsigned char)*q == 0xA0))
                    other = true;
            }
            if (comma && !other && d2l < sizeof dos) {
                memcpy(dos, d2p, d2l);
                dos[d2l] = '\0';
                squeeze(dos);
                kstart = (size_t)(d2p - sc->s);
                itemlist = true;
            }
        }
    }
    copy_str(rw2, sizeof rw2, rw);
    if (rw[0] && kd_group(h, "rw", &rwp, &rwl) && kd_group(h, "dos2", &d2p, &d2l) && rwp > d2p)
        rw[0] = '\0';
    /* "Kamerstukken 36 600 B en 36 600 C, nr. 6": the letter is in both
     * sub-dossiers named */
    char jdos[8], jsub[8];
    size_t jat;
    if (!itemlist && !kd_group(h, "dos2", &d2p, &d2l) && joint_sub_before(sc->s, kstart, jdos, jsub, &jat)) {
        ki_status sj = add_nrs(sc, jat, hend, nrs, chamber, year, jdos, jsub, "");
        if (sj)
            return sj;
        sc->matchno++;
    }
    ki_status st = add_nrs(sc, kstart, hend, nrs, chamber, year, dos, sub, rw);
    if (st)
        return st;
    if (itemlist)
        return KI_OK;
    /* a joint document: the Eerste Kamer's "22 112 / 31 544, CK" (and
     * "35925 VII / 35925 IV, A", "(35526 25295, CG)") is that letter in
     * both dossiers, and so is the plural "Kamerstukken 33 576 en 26 407,
     * nr. 254" (the Rijkswet of "35 687 en 35 688 (R2151), nr. 14" is the
     * last's); the Tweede Kamer's "31 031/29 949, nr. 19" is filed under the
     * first (officielebekendmakingen: kst-31031-19) */
    const char *dp;
    size_t dl;
    if (kd_group(h, "dos2", &d2p, &d2l) && kd_group(h, "dos", &dp, &dl) && d2p > dp) {
        const char *s = sc->s;
        size_t a = (size_t)(dp - s) + dl, b = (size_t)(d2p - s) + d2l;
        if (!ki_is_digit((unsigned char)nrs[0]) || !memchr(s + a, '/', b - a)) {
            char sub2[16];
            if (!kd_gstr(h, "sub2", sub2, sizeof sub2))
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
                if ((st = add_nrs(sc, h->start, hend, nrs, chamber, year, d2, e == b ? sub2 : "",
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
        int rc = kd_run_p(sc->d, KI_P_KST_CONT, sc->s, lim, at, at, PCRE2_NO_UTF_CHECK);
        if (rc <= 0)
            break;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->d->md[KI_P_KST_CONT]);
        ki_hit ch2 = {sc->d->re[KI_P_KST_CONT], ov, pcre2_get_ovector_count(sc->d->md[KI_P_KST_CONT]),
                      sc->s, ov[0], ov[1], KI_P_KST_CONT, &sc->d->names[KI_P_KST_CONT]};
        char nrs2[256], cdos[16];
        kd_gstr(&ch2, "nrs", nrs2, sizeof nrs2);
        if (kd_gstr(&ch2, "cdos", cdos, sizeof cdos)) {
            /* "36 600-XVI-77 en 21501-31-702": the next compact number,
             * with a dossier of its own; two parts ("en 31473-25") only
             * after a compact number */
            char csub[16];
            if (!kd_gstr(&ch2, "csub", csub, sizeof csub) && h->pid != KI_P_KST_COMPACT)
                break;
            squeeze(cdos);
            copy_str(dos, sizeof dos, cdos);
            copy_str(sub, sizeof sub, csub);
            kd_gstr(&ch2, "crw", rw, sizeof rw); /* "; 35313-(R2135)-1" */
            kd_gstr(&ch2, "cnr", nrs2, sizeof nrs2);
            copy_str(sc->last_dos, sizeof sc->last_dos, dos);
            copy_str(sc->last_sub, sizeof sc->last_sub, sub);
        }
        if (!nrs2[0] || ov[1] <= at)
            break;
        if (both)
            chamber = ki_is_digit((unsigned char)nrs2[0]) ? "II" : "I";
        size_t ns = ki_skip_blank(sc->s, sc->n, at);
        const char *cp;
        size_t cn;
        if (kd_group(&ch2, "cdos", &cp, &cn))
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
    kd_gstr(h, "nr", nr, sizeof nr);
    kd_gstr(h, "item", item, sizeof item);
    if (kd_gstr(h, "htap", tmp, sizeof tmp)) {
        /* "(idem, item 21)": the Handelingen just cited, another item */
        if (!tap_is_hand(sc, h->start) || strcmp(sc->lh_kind, "h") != 0)
            return KI_OK;
        return add_hand(sc, h->start, h->end, "h", sc->lh_chamber, sc->lh_year, sc->lh_nr, item);
    }
    if (kd_gstr(h, "lit", lit, sizeof lit)) {
        kd_gstr(h, "house", house, sizeof house);
        kd_gstr(h, "yy", yy, sizeof yy);
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
        kind = kd_gstr(h, "aanh", aanh, sizeof aanh) ? "ah" : "h";
        kd_gstr(h, "ch", ch, sizeof ch);
        kd_gstr(h, "chname", chname, sizeof chname);
        chamber = ch[0] ? chamber_of(ch) : chname[0] == 'E' ? "I" : "II";
        kd_gstr(h, "y1", y1, sizeof y1);
        kd_gstr(h, "y2", y2, sizeof y2);
        if (!year_of(y1, y2, year))
            return KI_OK;
    }
    ki_status st = add_hand(sc, h->start, h->end, kind, chamber, year, nr, item);
    /* the next sitting of the same year, with its item: "nr. 47, item 6,
     * en nr. 48, item 11", "nr. 21, item 4 en nr. 22, item 6" */
    size_t e = h->end, ce, d[4];
    while (!st && item[0] && strcmp(kind, "h") == 0 && (ce = next_sitting(sc->s, sc->n, e, d)) != 0) {
        char nr2[8], item2[8];
        snprintf(nr2, sizeof nr2, "%.*s", (int)(d[1] - d[0]), sc->s + d[0]);
        snprintf(item2, sizeof item2, "%.*s", (int)(d[3] - d[2]), sc->s + d[2]);
        st = add_hand(sc, d[0], ce, kind, chamber, year, nr2, item2);
        e = ce;
    }
    return st;
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

/* An Eerste Kamer toezegging's number: "T" and five digits. */
enum { TNUM_LEN = 6 };

/* "T03912" at s[i]: five digits, a word of its own */
static bool tnum_at(const char *s, size_t n, size_t i)
{
    if (i + TNUM_LEN > n || s[i] != 'T')
        return false;
    for (size_t k = 1; k < TNUM_LEN; k++)
        if (!ki_is_digit((unsigned char)s[i + k]))
            return false;
    return !(i + TNUM_LEN < n &&
             (ki_is_letter((unsigned char)s[i + TNUM_LEN]) || ki_is_digit((unsigned char)s[i + TNUM_LEN])));
}

ki_status ki_canon_tknumber(struct ki_scan *sc, const struct ki_hit *h)
{
    char id[32], dz[4];
    const char *kind;
    if (kd_gstr(h, "tz", id, sizeof id))
        kind = "toezegging";
    else {
        kd_gstr(h, "tkn", id, sizeof id);
        kd_gstr(h, "dz", dz, sizeof dz);
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
        memcpy(id, s + j, TNUM_LEN);
        id[TNUM_LEN] = '\0';
        if ((st = add_tknumber(sc, j, j + TNUM_LEN, id, kind)))
            return st;
        at = j + 6;
        sc->resume = at;
    }
    return KI_OK;
}

/*
 * The Eerste Kamer's toezegging number closing a heading after a comma or
 * a dash, where the pattern expects none: "4. Eerste Kamer, behandeling Wet
 * toekomstbestendige telecom (9 juni 2026), T03512" above "Toezegging:
 * ...".  Only where its line or the next says "Eerste Kamer" or
 * "toezegging" (a product's "type T12345" is no such number).  Added in
 * text order among those the scan found.
 */
static ki_status heading_tnumbers(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    ki_refs *r = sc->r;
    for (const char *p = s; (p = memchr(p, 'T', (size_t)(s + n - p))) != NULL; p++) {
        size_t i = (size_t)(p - s);
        if (!tnum_at(s, n, i))
            continue;
        /* the line ends after it */
        size_t e = i + TNUM_LEN;
        while (e < n && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r'))
            e++;
        if (e < n && s[e] != '\n')
            continue;
        /* a comma or a dash before it */
        size_t b = i;
        while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        if (b == i || b == 0)
            continue;
        bool sep = s[b - 1] == ',' || s[b - 1] == '-' ||
                   (b >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
                    ((unsigned char)s[b - 1] == 0x93 || (unsigned char)s[b - 1] == 0x94));
        if (!sep)
            continue;
        size_t ls = kd_line_start(s, i), le = e < n ? kd_line_end(s, n, e + 1) : n;
        if (kd_find_ci(s, le, ls, "eerste kamer") == (size_t)-1 && kd_find_ci(s, le, ls, "toezegging") == (size_t)-1)
            continue;
        size_t k = 0;
        while (k < r->ntk_numbers && r->tk_numbers[k].span.start < i)
            k++;
        if (k < r->ntk_numbers && r->tk_numbers[k].span.start == i)
            continue;
        char id[TNUM_LEN + 1];
        memcpy(id, s + i, TNUM_LEN);
        id[TNUM_LEN] = '\0';
        ki_status st = add_tknumber(sc, i, i + TNUM_LEN, id, "toezegging");
        if (st)
            return st;
        /* (into its place in text order) */
        ki_tknumber x = r->tk_numbers[r->ntk_numbers - 1];
        memmove(&r->tk_numbers[k + 1], &r->tk_numbers[k], (r->ntk_numbers - 1 - k) * sizeof x);
        r->tk_numbers[k] = x;
    }
    return KI_OK;
}

bool kd_kind_is(const struct ki_scan *sc, const char *kind)
{
    return sc->meta.kind && strcmp(sc->meta.kind, kind) == 0;
}

bool kd_reports_debate(const struct ki_scan *sc)
{
    return kd_kind_is(sc, "handelingen") || kd_kind_is(sc, "verslag");
}

/* s[a, b) only points back ("dat onderwerp", "dit punt", "deze kwestie"):
 * a demonstrative and at most one word, no subject of its own. */
bool kd_anaphor(const char *s, size_t a, size_t b)
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
        if (c1 == 'u' && (c2 == 'm' || (c2 == 'r' && c3 == 'n'))) /* "nummer", a scanner's "nurnmer" */
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
        /* "Na de zomer stuur ik uw Kamer een brief", "Het kabinet stuurt" */
        if (ws && c1 == 't' && c2 == 'u' && i + 6 < n &&
            ((c3 == 'u' && s[i + 4] == 'r' && (s[i + 5] == ' ' || (s[i + 5] == 't' && s[i + 6] == ' '))) ||
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
    case 'b':
        /* "heb ik u beloofd ...": a promise in other words, as "toegezegd";
         * "Ik beloof de Kamer dat ...", "Dat kan ik u beloven" */
        if (!ws || c1 != 'e' || c2 != 'l' || c3 != 'o' || i + 6 > n)
            return 0;
        {
            size_t e = memcmp(s + i + 4, "of", 2) == 0 ? i + 6 + (i + 6 < n && s[i + 6] == 'd')
                       : i + 7 <= n && memcmp(s + i + 4, "ven", 3) == 0 ? i + 7
                                                                        : n + 1;
            return e <= n && !(e < n && ki_is_letter(s[e])) ? HIT_COM : 0;
        }
    case 'm':
        /* "heb ik gemeld uw Kamer ... aan te bieden" */
        return c1 == 'e' && c2 == 'l' && c3 == 'd' && i >= 2 && s[i - 2] == 'g' && s[i - 1] == 'e' &&
                       !(i + 4 < n && ki_is_letter(s[i + 4]))
                   ? HIT_COM
                   : 0;
    case 'l':
        /* "heb ik uw Kamer laten weten dat ik ... zou informeren" */
        if (ws && c1 == 'a' && c2 == 't' && c3 == 'e' && i + 11 < n && memcmp(s + i + 4, "n weten", 7) == 0)
            return HIT_COM;
        /* "Ik laat u voor 1 mei weten of ...", "Wel laat ik u ... weten" */
        return ws && c1 == 'a' && c2 == 'a' && c3 == 't' && i + 4 < n && s[i + 4] == ' ' ? HIT_COM : 0;
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
        /* "Voor de zomer krijgt de Kamer een voorstel" */
        if (ws && c1 == 'r' && c2 == 'i' && c3 == 'j' && i + 6 < n && s[i + 4] == 'g' && s[i + 5] == 't' &&
            s[i + 6] == ' ')
            return HIT_COM;
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
                               (l == 10 && (memcmp(s + i + 1, "nformeren", 9) == 0 ||
                                            memcmp(s + i + 1, "nformeert", 9) == 0)));
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
        /* "... - 36 600-VI-42": spaced, then a dash (the pattern asks for a sub
         * and a number after it) */
        if (c1 == ' ' && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t') && i + 9 < n && ki_is_digit(s[i + 2]) &&
            ki_is_digit(s[i + 3]) && s[i + 4] == ' ' && ki_is_digit(s[i + 5]) && ki_is_digit(s[i + 6]) &&
            ki_is_digit(s[i + 7]) && s[i + 8] == '-')
            return HIT_NUM;
        return c1 == 't' && c2 == 'k' && c3 == '-' ? HIT_NUM : 0;
    case 'o':
        /* "Voor de zomer ontvangt uw Kamer van mij een brief" */
        if (ws && c1 == 'n' && c2 == 't' && c3 == 'v' && i + 8 < n && memcmp(s + i + 4, "angt", 4) == 0 &&
            s[i + 8] == ' ')
            return HIT_COM;
        if (!(c1 == 't' && c2 == 'i' && c3 == 'e' && i > 0 && ki_lower(s[i - 1]) == 'm'))
            return 0;
        /* "de motie 32793-812", "de moties 29911-226": a compact id right
         * after the word; "-31066-503-Motie van ...": glued before it */
        return HIT_MOT | ((i + 4 < n && ((s[i + 4] == ' ' && dossier_dash(s, n, i + 5)) ||
                                         (s[i + 4] == 's' && i + 5 < n && s[i + 5] == ' ' && dossier_dash(s, n, i + 6)))) ||
                                  (i >= 3 && s[i - 2] == '-' && ki_is_digit(s[i - 3]))
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
    case '|':
        /* "vervallen: 35300-XII-53; 34348-74": a list item after "; " or ": ";
         * a table cell "| 24557-201 |" */
        if (i + 1 < n && s[i + 1] == ' ' && dossier_dash(s, n, i + 2))
            return HIT_NUM;
        return 0;
    case '(':
    case '\n':
        /* "(21501-32-1740)", a line starting "31497-305 ": five digits, a dash */
        if (dossier_dash(s, n, i + 1))
            return HIT_NUM;
        /* "    31015-311" alone on an indented line */
        if (s[i] == '\n') {
            size_t j = i + 1;
            while (j < n && j <= i + 8 && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j > i + 1 && j <= i + 9 && dossier_dash(s, n, j))
                return HIT_NUM;
        }
        /* "(31 700-XIV-126)": a spaced dossier, then a dash */
        if (s[i] == '(' && i + 8 < n && ki_is_digit(s[i + 1]) && ki_is_digit(s[i + 2]) && s[i + 3] == ' ' &&
            ki_is_digit(s[i + 4]) && ki_is_digit(s[i + 5]) && ki_is_digit(s[i + 6]) && s[i + 7] == '-')
            return HIT_NUM;
        /* an Eerste Kamer motion numbered in Handelingen: "Zij krijgt letter
         * F (36 702)." (the bracket after "letter" and one or two capitals) */
        if (s[i] == '(' && i >= 10 && s[i - 1] == ' ' && ki_is_digit(s[i + 1])) {
            size_t b = i - 1;
            while (b > i - 4 && is_upper(s[b - 1]))
                b--;
            if (b < i - 1 && b >= 8 && s[b - 1] == ' ' && memcmp(s + b - 7, "letter", 6) == 0)
                return HIT_NUM;
        }
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
    {{"nN", "fFuU", "oOmMrR"}},    /* geïnformeerd, num, nurn(mer) */
    {{"nN", "rR", "*"}},           /* nr */
    {{"nN", "oO", ".sS"}},         /* no., nos. */
    {{"sS", "tT", "uU"}},          /* stuk */
    {{"tT", ".vV", "vVaA"}},       /* t.v.v., t.a.p., tvv */
    {{"tT#", "#zZdD", "#"}},       /* T03912, tz2025, 2024D38217 */
    {{"kK", "oOsSrR", "mMtTiI"}},  /* kom, kst-, krijgt */
    {{"iI", "nN", "fF"}},          /* informeer */
    {{"iI", "dD", "eE"}},          /* idem */
    {{"hH", "aA", "nN"}},          /* hand */
    {{"-", "tT ", "kK#"}},         /* -tk-, " - 21501-34-181" */
    {{"oO", "tT", "iI"}},          /* motie */
    {{"zZ", "eEiIoO", "gGjJnN"}},  /* zeg, zijn, gezonden */
    {{"zZ", "aAuU", "lL"}},        /* zal, zullen */
    {{",E", " K", "l ,"}},         /* ", letter", "EK 34300", "(EK, B)" */
    {{";:(\nf|", " \t#", "# \t"}}, /* "; 35300-XII-53", "(21501-32", a line "31497-305" (indented too), "brief 29279-889", "| 24557-201" */
    {{"aA", "aA", "nN"}},          /* aangegeven, aangekondigd */
    {{"mM", "eE", "lL"}},          /* gemeld */
    {{"lL", "aA", "tTaA"}},        /* laten weten, laat ik u ... weten */
    {{"oO", "nN", "tT"}},          /* ontvangt */
    {{"eE", "rR", "nN"}},          /* ernaar */
    {{"vV", "eE", "rR"}},          /* verwacht */
    {{"bB", "eE", "lL"}},          /* beloofd, beloof, beloven */
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
        /* an indented line: "\n    31015-311" */
        m = _mm_or_si128(m, _mm_and_si128(EQ(v0, '\n'), _mm_or_si128(EQ(v1, ' '), EQ(v1, '\t'))));
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
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'l'), EQ(l1, 'a')),
                                          _mm_or_si128(_mm_and_si128(t2, EQ(l3, 'e')),
                                                       _mm_and_si128(EQ(l2, 'a'), EQ(l3, 't')))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'v'), EQ(l1, 'e')), _mm_and_si128(EQ(l2, 'r'), EQ(l3, 'w'))));
        m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(EQ(l0, 'b'), EQ(l1, 'e')), _mm_and_si128(EQ(l2, 'l'), EQ(l3, 'o'))));
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
            c != 'f' && c != 'b' &&
            s[i] != ';' && s[i] != ':' && s[i] != ',' &&
            !ki_is_digit(s[i]))
            continue;
        int k = classify(s, n, i);
        if (k && push_hit(out, i, k))
            return -1;
    }
    return 0;
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
            int rc = kd_run_pairs(d, &d->scan_all, d->scan_split ? d->scan_for : NULL, &m, &d->scan_pair,
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

int ki_detector_match(ki_detector *d, int id, const char *s, size_t n, size_t *start, size_t *end)
{
    if (id < 0 || id >= KI_P_COUNT)
        return -1;
    int rc = kd_run_p(d, id, s, n, 0, KI_ANY, PCRE2_NO_UTF_CHECK);
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
    size_t ls = kd_line_start(sc->s, pos), le = kd_line_end(sc->s, sc->n, pos);
    return memchr(sc->s + ls, '|', le - ls) && kd_find_ci(sc->s, le, ls, "Staten-Generaal") != (size_t)-1;
}

/* A Handelingen text that opens "Handelingen II 2023/24, nr. 45" names
 * itself there, and a page about a Kamerstuk its number ("Kenmerk 33820,
 * nr. 2"): that is its own id (the document's self), not a reference. */
/* Is pos on a Kamerstuk's running footer ("Tweede Kamer, vergaderjaar
 * 2026-2027, 37 000 IX, nr. 2    143"), where the document names itself
 * on every page? */
static bool running_footer(const struct ki_scan *sc, size_t pos)
{
    size_t ls = ki_skip_blank(sc->s, sc->n, kd_line_start(sc->s, pos));
    return starts_ci(sc->s, sc->n, ls, "Tweede Kamer, vergaderjaar") ||
           starts_ci(sc->s, sc->n, ls, "Eerste Kamer, vergaderjaar");
}

/* Is [a, b) a line of its own but for a page number after it
 * ("Kamerstukken I 2026/27, 36 702, H        2"), as a page's running head
 * or foot cites the document itself? */
static bool own_line(const struct ki_scan *sc, size_t a, size_t b)
{
    const char *s = sc->s;
    size_t f = ki_skip_blank(s, sc->n, kd_line_start(s, a));
    /* (a tab-separated line reaches the detector as a row: "| X | 2 |") */
    bool row = f < a && s[f] == '|';
    if (row)
        f = ki_skip_blank(s, sc->n, f + 1);
    if (f != a)
        return false;
    size_t le = kd_line_end(s, sc->n, b), q = b, d;
    while (q < le && (s[q] == ' ' || s[q] == '\t' || (row && s[q] == '|')))
        q++;
    for (d = q; d < le && d - q < 4 && ki_is_digit((unsigned char)s[d]);)
        d++;
    while (d < le && (ki_is_blank((unsigned char)s[d]) || (row && s[d] == '|')))
        d++;
    return d == le;
}

/* A dossier number at s[i]: "32820", "32 820", "35.526" (five digits); its
 * digits into dos and the end, or i when there is none. */
static size_t agenda_dossier(const char *s, size_t n, size_t i, char dos[8])
{
    size_t k = 0, e = i;
    while (e < n && k < 5) {
        if (ki_is_digit((unsigned char)s[e]))
            dos[k++] = s[e++];
        else if (k == 2 && e == i + 2 && (s[e] == ' ' || s[e] == '.'))
            e++;
        else
            break;
    }
    if (k != 5 || (e < n && (ki_is_digit((unsigned char)s[e]) || ki_is_letter((unsigned char)s[e]))))
        return i;
    dos[5] = '\0';
    return e;
}

/* An Eerste Kamer agenda item (korte aantekeningen, besluitenlijst) names
 * the letter it is about at the start of its line, without brackets or the
 * word "letter": "1. 32820, A", "3. 36410 VIII, C", "1. 35526 / 25295, AP
 * (betrokken commissies: ...)" -- a joint letter in both dossiers.  Added
 * in text order among the Kamerstukken found before. */
/* The first line start at or after the line start ls whose line, after its
 * blanks, begins with a digit; n when none.  For a text of at most
 * LINE_MAX_SCAN bytes, whose lines kd_line_end() ends at their '\n' (or
 * n): most lines are passed over by their first byte and a memchr(). */
static size_t next_digit_line(const char *s, size_t n, size_t ls)
{
    while (ls < n) {
        unsigned char c = (unsigned char)s[ls];
        if (ki_is_digit(c))
            return ls;
        if (c == '\n') {
            ls++; /* an empty line */
            continue;
        }
        if (ki_is_blank(c) || c == 0xC2) {
            size_t le = kd_line_end(s, n, ls), i = ki_skip_blank(s, le, ls);
            if (i < le && ki_is_digit((unsigned char)s[i]))
                return ls;
            ls = le < n ? le + 1 : n;
            continue;
        }
        const char *nl = memchr(s + ls, '\n', n - ls);
        ls = nl ? (size_t)(nl - s) + 1 : n;
    }
    return n;
}

/* The letter after the dossiers read from st to i (", A", ", AP"), when
 * only blanks or a bracket follow it on its line (ending at le): added as
 * a Kamerstuk in each dossier (its chamber ch, NULL when the text does not
 * say it), in text order among the Kamerstukken found before, unless one
 * found covers it already. */
static ki_status add_agenda_letter(struct ki_scan *sc, size_t st, size_t i, size_t le, int nd,
                                   char dos[][8], char sub[][8], const char *ch)
{
    const char *s = sc->s;
    if (!nd || i >= le || s[i] != ',')
        return KI_OK;
    size_t a = ki_skip_blank(s, le, i + 1), b = a;
    while (b < le && b - a < 3 && s[b] >= 'A' && s[b] <= 'Z')
        b++;
    size_t after = ki_skip_blank(s, le, b);
    if (b == a || b - a > 2 || (b < le && !ki_is_blank((unsigned char)s[b])) || (after < le && s[after] != '('))
        return KI_OK;
    for (size_t k = 0; k < sc->r->nkamerstukken; k++)
        if (sc->r->kamerstukken[k].span.start < b && sc->r->kamerstukken[k].span.end > st)
            return KI_OK;
    char let[4];
    memcpy(let, s + a, b - a);
    let[b - a] = '\0';
    size_t from = sc->r->nkamerstukken;
    sc->matchno++;
    sc->curflag = 0;
    for (int k = 0; k < nd; k++) {
        ki_status stt = add_nrs(sc, st, b, let, ch, "", dos[k], sub[k], "");
        if (stt)
            return stt;
    }
    /* into text order: each new record before the first that starts after it */
    ki_refs *r = sc->r;
    for (size_t k = from; k < r->nkamerstukken; k++) {
        size_t p = k;
        while (p > 0 && r->kamerstukken[p - 1].span.start > r->kamerstukken[p].span.start) {
            ki_kamerstuk t = r->kamerstukken[p - 1];
            r->kamerstukken[p - 1] = r->kamerstukken[p];
            r->kamerstukken[p] = t;
            size_t g = sc->kgroup[p - 1];
            sc->kgroup[p - 1] = sc->kgroup[p];
            sc->kgroup[p] = g;
            unsigned char f = sc->kflag[p - 1];
            sc->kflag[p - 1] = sc->kflag[p];
            sc->kflag[p] = f;
            p--;
        }
    }
    return KI_OK;
}

/* The Eerste Kamer's list of related documents ends an item with the
 * dossier and letter after a dash, without brackets: "Brief regering;
 * Eerste resultaten ... - 36.067, Q (12 december 2025)", "Verslag van een
 * schriftelijk overleg ... - 36.067, P" (the date on the next line).  Only
 * as the line's last item: a dash between blanks, a dossier that begins
 * with 1-3, a capital or two, then nothing but a bracket ("Totaal - 36.067,
 * A en B" and "EUR 36.067, P" are none).  Its chamber not said, as of a
 * letter in brackets ("(36.279, F)"). */
static ki_status scan_dash_letters(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t p = 1; p + 3 < n && sc->r->nkamerstukken < MAX_ITEMS;) {
        const char *q = memchr(s + p, '-', n - p);
        if (!q)
            break;
        size_t i = (size_t)(q - s);
        p = i + 1;
        if ((s[i - 1] != ' ' && s[i - 1] != '\t') || i + 2 >= n || s[i + 1] != ' ' || s[i + 2] < '1' ||
            s[i + 2] > '3')
            continue;
        size_t ls = kd_line_start(s, i), le = kd_line_end(s, n, i);
        if (ki_skip_blank(s, i, ls) >= i - 1)
            continue; /* nothing before the dash on its line */
        char dos[1][8], sub[1][8] = {""};
        size_t e = agenda_dossier(s, le, i + 2, dos[0]);
        if (e == i + 2)
            continue;
        ki_status st = add_agenda_letter(sc, i + 2, e, le, 1, dos, sub, NULL);
        if (st)
            return st;
    }
    return KI_OK;
}

static ki_status scan_agenda_letters(struct ki_scan *sc)
{
    const char *s = sc->s;
    size_t n = sc->n;
    for (size_t ls = 0; ls < n;) {
        /* (only a line that begins with a digit can name a letter) */
        if (n <= LINE_MAX_SCAN && (ls = next_digit_line(s, n, ls)) >= n)
            break;
        size_t le = kd_line_end(s, n, ls), i = ki_skip_blank(s, le, ls), d = i;
        size_t next = le < n ? le + 1 : n;
        while (d < le && d - i < 3 && ki_is_digit((unsigned char)s[d]))
            d++;
        if (d > i && d < le && s[d] == '.')
            i = ki_skip_blank(s, le, d + 1);
        size_t st = i;
        char dos[3][8], sub[3][8];
        int nd = 0;
        while (nd < 3) {
            size_t e = agenda_dossier(s, le, i, dos[nd]);
            if (e == i)
                break;
            sub[nd][0] = '\0';
            size_t r = e;
            if (r < le && s[r] == ' ') {
                size_t t = r + 1;
                while (t < le && t - r <= 7 && s[t] && strchr("IVXL", s[t]))
                    t++;
                if (t > r + 1 && t - r <= 7 && (t >= le || !ki_is_letter((unsigned char)s[t]))) {
                    memcpy(sub[nd], s + r + 1, t - r - 1);
                    sub[nd][t - r - 1] = '\0';
                    e = t;
                }
            }
            nd++;
            i = ki_skip_blank(s, le, e);
            if (i < le && s[i] == '/')
                i = ki_skip_blank(s, le, i + 1);
            else
                break;
        }
        ki_status stt = add_agenda_letter(sc, st, i, le, nd, dos, sub, "I");
        if (stt)
            return stt;
        ls = next;
    }
    return scan_dash_letters(sc);
}

/* A joint document's kenmerk names its other dossier too ("Kenmerk 33826;
 * 33992, nr. C", the document kst-33826-C): a Kamerstuk on the line of the
 * label "Kenmerk", written inside the kenmerk and with the document's own
 * number, is the document itself. */
static bool joint_kenmerk(struct ki_scan *sc, const ki_kamerstuk *k)
{
    const char *own_nr = strrchr(sc->meta.self_id, '-');
    if (!sc->meta.kenmerk[0] || !own_nr || !k->nr || strcmp(k->nr, own_nr + 1) != 0 || !k->text ||
        !strstr(sc->meta.kenmerk, k->text))
        return false;
    size_t ls = kd_line_start(sc->s, k->span.start), a = ki_skip_blank(sc->s, k->span.start, ls);
    return word_at(sc->s, k->span.start, a, "Kenmerk") != 0;
}

/* The document's own id is no reference it makes: drops the Handelingen
 * record of it above the text (before the header's end or the first line)
 * or alone on a line at the foot, and the Kamerstuk record of it above the
 * text, as its kenmerk, as its own link ("(kst-35256-4)"), in its own table
 * row, in a running footer or on a line of its own.  The Kamerstukken kept
 * keep their group and flags (sc->kgroup, sc->kflag) beside them. */
static void drop_own_header(struct ki_scan *sc)
{
    ki_refs *r = sc->r;
    if (!sc->meta.self_id[0])
        return;
    size_t head = sc->meta.body_start;
    size_t first = kd_line_end(sc->s, sc->n, ki_skip_blank(sc->s, sc->n, 0));
    if (head < first)
        head = first;
    size_t o = 0;
    for (size_t i = 0; i < r->nhandelingen; i++) {
        /* above the text, or the id itself on its own line at the foot
         * ("ah-tk-20252026-1587 / ISSN ..." under an Aanhangsel answer) */
        if (strcmp(r->handelingen[i].id, sc->meta.self_id) == 0 &&
            (r->handelingen[i].span.start < head ||
             (strstr(r->handelingen[i].text, sc->meta.self_id) &&
              own_line(sc, r->handelingen[i].span.start, r->handelingen[i].span.end)) ||
             /* (or in the page's foot beside its page number, a tab
              * between: "Aanhangsel Handelingen II 2025/26, nr. 611 | 1 |") */
             (r->handelingen[i].span.start >= head &&
              own_line(sc, r->handelingen[i].span.start, r->handelingen[i].span.end))))
            continue;
        r->handelingen[o++] = r->handelingen[i];
    }
    r->nhandelingen = o;
    /* a page about the document: "Kenmerk 33820, nr. 2" above its text */
    o = 0;
    for (size_t i = 0; i < r->nkamerstukken; i++) {
        if (joint_kenmerk(sc, &r->kamerstukken[i]))
            continue;
        if (strcmp(r->kamerstukken[i].id, sc->meta.self_id) == 0 &&
            (r->kamerstukken[i].span.start < head ||
             (sc->meta.kenmerk[0] && strcmp(r->kamerstukken[i].text, sc->meta.kenmerk) == 0) ||
             /* its own link, written as the id: "officiële HTML versie
              * (kst-35256-4)" on a page about it */
             strstr(r->kamerstukken[i].text, sc->meta.self_id) ||
             own_row(sc, r->kamerstukken[i].span.start) || running_footer(sc, r->kamerstukken[i].span.start) ||
             own_line(sc, r->kamerstukken[i].span.start, r->kamerstukken[i].span.end)))
            continue;
        /* each record's group and flags go with it ("gedrukt onder nr. 40"
         * after the own number in a page's foot keeps its KF_REPLACED) */
        sc->kgroup[o] = sc->kgroup[i];
        sc->kflag[o] = sc->kflag[i];
        r->kamerstukken[o++] = r->kamerstukken[i];
    }
    r->nkamerstukken = o;
}

/* A file that prints more than one motion of the dossier (a Kamerstuk PDF of
 * a motion and, on its next page, a gewijzigde motie): the header line of
 * each further one, "Nr. 52   GEWIJZIGDE MOTIE VAN DE LEDEN ...", is that
 * Kamerstuk of the document's dossier (the first one's number is the
 * document's own).  Added as a Kamerstuk at its "Nr. 52". */
static ki_status further_motion_headers(struct ki_scan *sc)
{
    const char *s = sc->s, *own = sc->meta.self_id;
    size_t n = sc->n;
    if (!kd_kind_is(sc, "motie") || !own[0] || !sc->meta.self_dossier[0])
        return KI_OK;
    const char *on = strrchr(own, '-');
    for (size_t ls = 0; ls < n;) {
        size_t le = kd_line_end(s, n, ls), i = ki_skip_blank(s, le, ls);
        size_t next = le < n ? le + 1 : n;
        if (i + 4 < le && (s[i] == 'N' || s[i] == 'n') && s[i + 1] == 'r' && s[i + 2] == '.') {
            size_t d = ki_skip_blank(s, le, i + 3), e = d;
            while (e < le && e - d < 5 && ki_is_digit((unsigned char)s[e]))
                e++;
            size_t w = ki_skip_blank(s, le, e);
            if (e > d && e - d < 5 && w > e && w < le &&
                (starts_ci(s, le, w, "MOTIE ") || starts_ci(s, le, w, "GEWIJZIGDE MOTIE ") ||
                 starts_ci(s, le, w, "NADER GEWIJZIGDE MOTIE ")) &&
                is_upper((unsigned char)s[w + 1])) {
                char nr[8];
                memcpy(nr, s + d, e - d);
                nr[e - d] = '\0';
                if (!on || strcmp(on + 1, nr) != 0) {
                    sc->matchno++;
                    sc->curflag = 0;
                    ki_status st = add_kst(sc, i, e, NULL, NULL, sc->meta.self_dossier, sc->meta.self_sub, nr, NULL);
                    if (st)
                        return st;
                }
            }
        }
        ls = next;
    }
    return KI_OK;
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

/* The spans of r, found in the column view cv, as spans of the text. */
static void spans_to_text(ki_refs *r, const ki_colview *cv, const ki_text *text)
{
#define TO_TEXT(arr, cnt)                                                                          \
    for (size_t i = 0; i < r->cnt; i++) {                                                          \
        ki_span *sp = &r->arr[i].span;                                                             \
        ki_colview_span(cv, sp->start, sp->end, &sp->start, &sp->end);                             \
        sp->page = ki_text_page(text, sp->start);                                                  \
    }
    TO_TEXT(kamerstukken, nkamerstukken)
    TO_TEXT(handelingen, nhandelingen)
    TO_TEXT(tk_numbers, ntk_numbers)
    TO_TEXT(motions, nmotions)
    TO_TEXT(commitments, ncommitments)
#undef TO_TEXT
}

/* The same-length copy of *s that may be written (*fixed, made when still
 * NULL, then *s); NULL when out of memory. */
static char *own_copy(const char **s, size_t n, char **fixed)
{
    if (!*fixed) {
        if (!(*fixed = malloc(n + 1)))
            return NULL;
        memcpy(*fixed, *s, n);
        (*fixed)[n] = '\0';
        *s = *fixed;
    }
    return *fixed;
}

/* A scanner's slips in what the patterns read, mended in a same-length
 * copy of the text (*fixed, made here when still NULL; *s then points at
 * it): a stray blank inside a document number right before its bracket
 * closes, "(Kamerstuk 29 544, nr. 12 98)" -> "nr.  1298)" (four digits
 * at most, the blank moved before them); "rn" read for the "m" of motie,
 * "de rnotie-Van Dijk" -> "de  motie-Van Dijk". */
static ki_status ocr_mend(const char **s, size_t n, char **fixed)
{
    const char *t = *s;
    for (size_t from = 0; from + 2 < n;) {
        const char *q = memmem(t + from, n - from, "nr", 2);
        if (!q)
            break;
        size_t i = (size_t)(q - t), a = i + 2;
        from = a;
        if (i > 0 && ki_is_letter((unsigned char)t[i - 1]))
            continue;
        if (a < n && t[a] == 's')
            a++;
        if (a >= n || (t[a] != '.' && t[a] != ','))
            continue;
        a++;
        size_t b = a;
        while (b < n && b - a < 3 && (t[b] == ' ' || t[b] == '\n'))
            b++;
        if (b == a)
            continue;
        size_t d1 = b;
        while (d1 < n && d1 - b < 4 && ki_is_digit((unsigned char)t[d1]))
            d1++;
        if (d1 == b || d1 - b > 3 || d1 + 1 >= n || t[d1] != ' ')
            continue;
        size_t d2 = d1 + 1;
        while (d2 < n && d2 - d1 - 1 < 4 && ki_is_digit((unsigned char)t[d2]))
            d2++;
        if (d2 == d1 + 1 || d2 >= n || t[d2] != ')' || (d1 - b) + (d2 - d1 - 1) > 4)
            continue;
        if (!(t = own_copy(s, n, fixed)))
            return KI_ERR_NOMEM;
        memmove(*fixed + b + 1, *fixed + b, d1 - b);
        (*fixed)[b] = ' ';
        from = d2;
    }
    for (size_t from = 0; from + 6 <= n;) {
        const char *q = memmem(t + from, n - from, "notie", 5);
        if (!q)
            break;
        size_t i = (size_t)(q - t);
        from = i + 5;
        if (i < 2 || (t[i - 1] != 'r' && t[i - 1] != 'R') || ki_is_letter((unsigned char)t[i - 2]) ||
            (i + 5 < n && ki_is_letter((unsigned char)t[i + 5]) && t[i + 5] != 's'))
            continue;
        if (!(t = own_copy(s, n, fixed)))
            return KI_ERR_NOMEM;
        char cap = t[i - 1] == 'R';
        (*fixed)[i - 1] = ' ';
        (*fixed)[i] = cap ? 'M' : 'm';
    }
    return KI_OK;
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
    ki_colview cols = {0};
    motinfo *mv = NULL;
    cominfo *cv = NULL;
    size_t nm = 0, nc = 0;
    ki_status st = KI_OK;
    if (!sc) {
        st = KI_ERR_NOMEM;
        goto done;
    }
    sc->d = d;
    kd_sent_new_text(); /* the sentence bounds of an earlier text are not this one's */
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

    /* (and a scanner's slips, mended in such a copy) */
    if ((st = ocr_mend(&sc->s, sc->n, &fixed)))
        goto done;

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

    /* a table laid out in columns is read cell by cell, in a view of the
     * same length (columns.h); spans go back to the text at the end */
    if (ki_columns_view(sc->s, sc->n, text->page_start, text->npages, &cols)) {
        st = KI_ERR_NOMEM;
        goto done;
    }
    if (cols.buf) {
        sc->s = cols.buf;
        sc->meta.body_start = ki_colview_from_text(&cols, sc->meta.body_start);
    }
    kd_lines_new_text(sc->s, sc->n);

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
    if ((st = scan_agenda_letters(sc)))
        goto done;
    if ((st = heading_tnumbers(sc)))
        goto done;
    drop_own_header(sc);
    if ((st = further_motion_headers(sc)))
        goto done;
    kd_note_order(sc);

    /* 4. motions and commitments */
    if ((st = kd_find_triggers(sc, &h, &mv, &nm, &cv, &nc)))
        goto done;
    if ((st = kd_build_commitments(sc, mv, nm, cv, nc)))
        goto done;
    if ((st = kd_build_motions(sc, mv, nm, cv, nc)))
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
    if (cols.buf)
        spans_to_text(r, &cols, text);
done:
    kd_lines_done();
    ki_colview_free(&cols);
    free(h.v);
    free(mv);
    free(cv);
    if (sc) {
        free(sc->kgroup);
        free(sc->kflag);
        free(sc->fn);
        free(sc->mb_nl);
        free(sc->gb_v);
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
