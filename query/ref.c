/*
 * ref.c - references as people write them -> canonical ids.
 *
 * The input is cut into tokens (runs of digits, runs of letters, single
 * punctuation marks), each remembering whether blank space came before it.
 * A small recursive-descent reader then walks the tokens:
 *
 *   [kamerstuk(ken) [I|II] [YEAR ,]] [kst -] DOSSIER [(R NNNN)] ITEMS
 *
 * where DOSSIER may be written in groups of three ("29 279") and ITEMS are
 * one or two numbers or letter groups separated by '-', ',', blanks and the
 * words "nr."/"no.".  One item is the number; two are sub-dossier and number;
 * an item after "nr." is always the number.
 */
#include "ref.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

enum tok_type { T_END, T_NUM, T_WORD, T_PUNCT };

typedef struct tok {
    enum tok_type type;
    const char *s;
    size_t len;
    bool space_before;
} tok;

#define MAX_TOKS 48

typedef struct scanner {
    tok t[MAX_TOKS + 1];
    size_t n, i;
} scanner;

static bool is_letter(unsigned char c)
{
    return isalpha(c) != 0;
}

/* Cuts s into tokens; false when there are too many (no reference is long). */
static bool tokenize(const char *s, scanner *sc)
{
    const unsigned char *p = (const unsigned char *)s;
    bool space = false;
    sc->n = sc->i = 0;
    while (*p) {
        if (isspace(*p) || (*p == 0xC2 && p[1] == 0xA0)) { /* also NBSP */
            p += *p == 0xC2 ? 2 : 1;
            space = true;
            continue;
        }
        if (sc->n == MAX_TOKS)
            return false;
        tok *t = &sc->t[sc->n++];
        t->s = (const char *)p;
        t->space_before = space;
        space = false;
        if (isdigit(*p)) {
            t->type = T_NUM;
            while (isdigit(*p))
                p++;
        } else if (is_letter(*p)) {
            t->type = T_WORD;
            while (is_letter(*p))
                p++;
        } else {
            t->type = T_PUNCT;
            p++;
        }
        t->len = (size_t)((const char *)p - t->s);
    }
    sc->t[sc->n].type = T_END;
    sc->t[sc->n].s = (const char *)p;
    sc->t[sc->n].len = 0;
    sc->t[sc->n].space_before = space;
    return true;
}

static const tok *peek(const scanner *sc, size_t ahead)
{
    size_t k = sc->i + ahead;
    return &sc->t[k < sc->n ? k : sc->n];
}

static bool tok_is(const tok *t, const char *word)
{
    size_t n = strlen(word);
    return t->type != T_END && t->len == n && strncasecmp(t->s, word, n) == 0;
}

static bool tok_punct(const tok *t, char c)
{
    return t->type == T_PUNCT && t->s[0] == c;
}

/* Copies a token into out (upper case when upper), false when it does not fit. */
static bool tok_copy(const tok *t, char *out, size_t outsz, bool upper)
{
    if (t->len + 1 > outsz)
        return false;
    for (size_t k = 0; k < t->len; k++)
        out[k] = upper ? (char)toupper((unsigned char)t->s[k]) : t->s[k];
    out[t->len] = '\0';
    return true;
}

/* "2023/24", "2023-2024", "2023/2024", "2023-24" -> "20232024". */
static bool read_year(scanner *sc, char out[9])
{
    const tok *a = peek(sc, 0), *sep = peek(sc, 1), *b = peek(sc, 2);
    if (a->type != T_NUM || a->len != 4 || !(tok_punct(sep, '/') || tok_punct(sep, '-')) ||
        b->type != T_NUM || (b->len != 2 && b->len != 4))
        return false;
    int y1 = 0, y2 = 0;
    for (size_t k = 0; k < 4; k++)
        y1 = y1 * 10 + (a->s[k] - '0');
    for (size_t k = 0; k < b->len; k++)
        y2 = y2 * 10 + (b->s[k] - '0');
    if (b->len == 2)
        y2 += y1 / 100 * 100;
    if (y2 != y1 + 1)
        return false;
    snprintf(out, 9, "%04u%04u", (unsigned)y1 % 10000u, (unsigned)y2 % 10000u);
    sc->i += 3;
    return true;
}

/* Skips a chamber word: "I", "II", "TK", "EK"; sets *ek for the Eerste Kamer. */
static bool read_chamber(scanner *sc, bool *ek)
{
    const tok *t = peek(sc, 0);
    if (tok_is(t, "I") || tok_is(t, "EK")) {
        *ek = true;
    } else if (tok_is(t, "II") || tok_is(t, "TK")) {
        *ek = false;
    } else {
        return false;
    }
    sc->i++;
    return true;
}

static void skip_punct(scanner *sc, const char *set)
{
    while (peek(sc, 0)->type == T_PUNCT && strchr(set, peek(sc, 0)->s[0]))
        sc->i++;
}

/* "nr", "nr.", "nrs", "no", "no.", "nummer", and the Eerste Kamer's
 * "letter" ("25295, letter AR") */
static bool skip_nr_word(scanner *sc)
{
    const tok *t = peek(sc, 0);
    if (!(tok_is(t, "nr") || tok_is(t, "nrs") || tok_is(t, "no") || tok_is(t, "nummer") ||
          tok_is(t, "letter")))
        return false;
    sc->i++;
    if (tok_punct(peek(sc, 0), '.'))
        sc->i++;
    return true;
}

static bool at_end(scanner *sc)
{
    skip_punct(sc, ".;)");
    return peek(sc, 0)->type == T_END;
}

static bool is_roman(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!strchr("IVXLCDM", *s))
            return false;
    return true;
}

static bool valid_sub(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 8)
        return false;
    if (isdigit((unsigned char)s[0])) {
        for (size_t k = 0; k < n; k++)
            if (!isdigit((unsigned char)s[k]))
                return false;
        return n <= 2;
    }
    return is_roman(s) || n <= 3;
}

static bool valid_nr(const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return false;
    if (isdigit((unsigned char)s[0])) {
        for (size_t k = 0; k < n; k++)
            if (!isdigit((unsigned char)s[k]))
                return false;
        return n <= 6;
    }
    /* Eerste Kamer letters (E, AA); "XVI" is a sub-dossier, never a number. */
    return n <= 3 && !(n > 1 && is_roman(s));
}

/* DOSSIER: digits, possibly in groups of three after a first group of 1-3
 * digits ("29 279", "21 501"). */
static bool read_dossier(scanner *sc, char *out, size_t outsz)
{
    const tok *t = peek(sc, 0);
    /* the Eerste Kamer's own Roman dossier numbers: "CLVI", "CXXIV" */
    if (t->type == T_WORD && t->len >= 2 && t->len <= 8 && (t->s[0] == 'C' || t->s[0] == 'c')) {
        if (!tok_copy(t, out, outsz, true) || !is_roman(out))
            return false;
        sc->i++;
        return true;
    }
    if (t->type != T_NUM || t->len > 6)
        return false;
    size_t len = 0;
    if (!tok_copy(t, out, outsz, false))
        return false;
    len = t->len;
    sc->i++;
    if (t->len <= 3) {
        const tok *g = peek(sc, 0);
        if (g->type == T_NUM && g->len == 3 && g->space_before && len + 4 <= outsz) {
            memcpy(out + len, g->s, 3);
            len += 3;
            out[len] = '\0';
            sc->i++;
        }
    }
    return len >= 4;
}

/* "(R 1519)" or "(R1519)", also inside a compact id ("23908-(R1519)-131"):
 * the Rijkswet number, not part of the id. */
static void skip_rijkswet(scanner *sc)
{
    if (tok_punct(peek(sc, 0), '-') && tok_punct(peek(sc, 1), '(') && tok_is(peek(sc, 2), "R"))
        sc->i++;
    if (tok_punct(peek(sc, 0), '(') && tok_is(peek(sc, 1), "R") &&
        peek(sc, 2)->type == T_NUM && tok_punct(peek(sc, 3), ')'))
        sc->i += 4;
}

static bool parse_kst(scanner *sc, ki_ref *out)
{
    bool ek = false;
    char year[9];
    const tok *t = peek(sc, 0);

    if (tok_is(t, "kamerstuk") || tok_is(t, "kamerstukken") || tok_is(t, "kamerstuknummer")) {
        sc->i++;
        read_chamber(sc, &ek);
        skip_punct(sc, ",");
        if (read_year(sc, year))
            skip_punct(sc, ",");
    } else if (tok_is(t, "kst")) {
        sc->i++;
        skip_punct(sc, "-");
    } else if (tok_is(t, "EK") || tok_is(t, "TK")) { /* "EK 34300 VII, E", "TK 2008-2009, 31473, nummer 25" */
        sc->i++;
        skip_punct(sc, ",");
        if (read_year(sc, year))
            skip_punct(sc, ",");
    } else if (read_year(sc, year)) {
        skip_punct(sc, ",");
    }
    if (!read_dossier(sc, out->dossier, sizeof out->dossier))
        return false;
    skip_rijkswet(sc);

    /* ITEMS */
    const tok *items[3];
    int nitems = 0, nr_at = -1;
    for (;;) {
        skip_punct(sc, "-,:/");
        if (skip_nr_word(sc)) {
            if (nr_at >= 0)
                return false;
            nr_at = nitems;
            continue;
        }
        t = peek(sc, 0);
        if (t->type != T_NUM && t->type != T_WORD)
            break;
        if (nitems == 3)
            return false;
        items[nitems++] = t;
        sc->i++;
    }
    if (!at_end(sc))
        return false;

    const tok *sub = NULL, *nr = NULL;
    if (nr_at >= 0) {
        if (nr_at != nitems - 1 || nr_at > 1)
            return false;
        nr = items[nr_at];
        sub = nr_at == 1 ? items[0] : NULL;
    } else if (nitems == 1) {
        nr = items[0];
    } else if (nitems == 2) {
        sub = items[0];
        nr = items[1];
    } else {
        return false;
    }
    out->sub[0] = '\0';
    if (sub && (!tok_copy(sub, out->sub, sizeof out->sub, true) || !valid_sub(out->sub)))
        return false;
    if (!tok_copy(nr, out->nr, sizeof out->nr, true) || !valid_nr(out->nr))
        return false;
    out->kind = KI_REF_KST;
    if (out->sub[0])
        snprintf(out->id, sizeof out->id, "kst-%s-%s-%s", out->dossier, out->sub, out->nr);
    else
        snprintf(out->id, sizeof out->id, "kst-%s-%s", out->dossier, out->nr);
    return true;
}

/* h-tk-20232024-45-12, ah-tk-20242025-1821 as ids. */
static bool parse_h_id(scanner *sc, ki_ref *out)
{
    const tok *k = peek(sc, 0), *c = peek(sc, 2), *y = peek(sc, 4), *nr = peek(sc, 6);
    bool ah;
    if (tok_is(k, "h"))
        ah = false;
    else if (tok_is(k, "ah"))
        ah = true;
    else
        return false;
    if (!tok_punct(peek(sc, 1), '-') || !(tok_is(c, "tk") || tok_is(c, "ek")) ||
        !tok_punct(peek(sc, 3), '-') || y->type != T_NUM || y->len != 8 ||
        !tok_punct(peek(sc, 5), '-') || nr->type != T_NUM || nr->len > 6)
        return false;
    sc->i += 7;
    const tok *item = NULL;
    if (!ah && tok_punct(peek(sc, 0), '-') && peek(sc, 1)->type == T_NUM && peek(sc, 1)->len <= 4) {
        item = peek(sc, 1);
        sc->i += 2;
    }
    if (!at_end(sc))
        return false;
    out->kind = ah ? KI_REF_AH : KI_REF_H;
    tok_copy(nr, out->nr, sizeof out->nr, false);
    bool ek = tolower((unsigned char)c->s[0]) == 'e';
    if (item)
        snprintf(out->id, sizeof out->id, "h-%s-%.*s-%s-%.*s", ek ? "ek" : "tk", 8, y->s,
                 out->nr, (int)item->len, item->s);
    else
        snprintf(out->id, sizeof out->id, "%s-%s-%.*s-%s", ah ? "ah" : "h", ek ? "ek" : "tk", 8,
                 y->s, out->nr);
    return true;
}

/* "Handelingen II 2023/24, nr. 45, item 12",
 * "Aanhangsel (van de) Handelingen II 2024/25, nr. 1821". */
static bool parse_h_citation(scanner *sc, ki_ref *out)
{
    bool ah = false, ek = false;
    char year[9];
    if (tok_is(peek(sc, 0), "aanhangsel")) {
        ah = true;
        sc->i++;
        if (tok_is(peek(sc, 0), "van") && tok_is(peek(sc, 1), "de"))
            sc->i += 2;
        else if (tok_is(peek(sc, 0), "bij"))
            sc->i++;
    }
    if (!tok_is(peek(sc, 0), "handelingen"))
        return false;
    sc->i++;
    if (!read_chamber(sc, &ek))
        return false;
    skip_punct(sc, ",");
    if (!read_year(sc, year))
        return false;
    skip_punct(sc, ",");
    skip_nr_word(sc);
    const tok *nr = peek(sc, 0);
    if (nr->type != T_NUM || nr->len > 6)
        return false;
    sc->i++;
    const tok *item = NULL;
    skip_punct(sc, ",");
    if (!ah && tok_is(peek(sc, 0), "item") && peek(sc, 1)->type == T_NUM) {
        item = peek(sc, 1);
        sc->i += 2;
    }
    if (!at_end(sc))
        return false;
    out->kind = ah ? KI_REF_AH : KI_REF_H;
    tok_copy(nr, out->nr, sizeof out->nr, false);
    if (item)
        snprintf(out->id, sizeof out->id, "h-%s-%s-%s-%.*s", ek ? "ek" : "tk", year, out->nr,
                 (int)item->len, item->s);
    else
        snprintf(out->id, sizeof out->id, "%s-%s-%s-%s", ah ? "ah" : "h", ek ? "ek" : "tk", year,
                 out->nr);
    return true;
}

/* 2024D38217, 2023Z06928 */
static bool parse_tk(const char *s, ki_ref *out)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n < 6 || n > 12)
        return false;
    for (size_t k = 0; k < 4; k++)
        if (!isdigit((unsigned char)s[k]))
            return false;
    char c = (char)toupper((unsigned char)s[4]);
    if (c != 'D' && c != 'Z')
        return false;
    for (size_t k = 5; k < n; k++)
        if (!isdigit((unsigned char)s[k]))
            return false;
    out->kind = KI_REF_TK;
    snprintf(out->id, sizeof out->id, "%.4s%c%.*s", s, c, (int)(n - 5), s + 5);
    snprintf(out->nr, sizeof out->nr, "%.*s", (int)(n - 5), s + 5);
    return true;
}

ki_status ki_ref_parse(const char *s, ki_ref *out, ki_err *err)
{
    scanner sc;
    memset(out, 0, sizeof *out);
    if (!s || !*s)
        return ki_err_set(err, KI_ERR_USAGE, "empty reference");
    if (strlen(s) < 256 && tokenize(s, &sc)) {
        if (parse_tk(s, out))
            return KI_OK;
        sc.i = 0;
        if (parse_h_id(&sc, out))
            return KI_OK;
        sc.i = 0;
        memset(out, 0, sizeof *out);
        if (parse_h_citation(&sc, out))
            return KI_OK;
        sc.i = 0;
        memset(out, 0, sizeof *out);
        if (parse_kst(&sc, out))
            return KI_OK;
    }
    memset(out, 0, sizeof *out);
    return ki_err_set(err, KI_ERR_USAGE,
                      "'%.80s' is not a reference (try 29279-889, kst-36200-XVI-12 or "
                      "\"29279, nr. 889\")", s);
}

ki_status ki_dossier_parse(const char *s, char *out, size_t outsz, ki_err *err)
{
    scanner sc;
    char dossier[16], sub[16] = "";
    if (outsz)
        out[0] = '\0';
    if (!s || strlen(s) >= 128 || !tokenize(s, &sc))
        goto bad;
    if (tok_is(peek(&sc, 0), "kst")) {
        sc.i++;
        skip_punct(&sc, "-");
    } else if (tok_is(peek(&sc, 0), "dossier") || tok_is(peek(&sc, 0), "kamerstuk")) {
        sc.i++;
    }
    if (!read_dossier(&sc, dossier, sizeof dossier))
        goto bad;
    skip_rijkswet(&sc);
    skip_punct(&sc, "-");
    const tok *t = peek(&sc, 0);
    if (t->type == T_NUM || t->type == T_WORD) {
        if (!tok_copy(t, sub, sizeof sub, true) || !valid_sub(sub))
            goto bad;
        sc.i++;
    }
    if (!at_end(&sc))
        goto bad;
    int n = sub[0] ? snprintf(out, outsz, "%s-%s", dossier, sub) : snprintf(out, outsz, "%s", dossier);
    if (n < 0 || (size_t)n >= outsz)
        goto bad;
    return KI_OK;
bad:
    if (outsz)
        out[0] = '\0';
    return ki_err_set(err, KI_ERR_USAGE, "'%.80s' is not a dossier number (try 28345 or 36200-XVI)",
                      s ? s : "");
}

ki_status ki_ref_url(const char *id, char *out, size_t outsz)
{
    if (outsz)
        out[0] = '\0';
    if (!id || !(strncmp(id, "kst-", 4) == 0 || strncmp(id, "h-", 2) == 0 ||
                 strncmp(id, "ah-", 3) == 0))
        return KI_ERR_USAGE;
    for (const char *p = id; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-')
            return KI_ERR_USAGE;
    int n = snprintf(out, outsz, "https://zoek.officielebekendmakingen.nl/%s.html", id);
    if (n < 0 || (size_t)n >= outsz) {
        if (outsz)
            out[0] = '\0';
        return KI_ERR_USAGE;
    }
    return KI_OK;
}

ki_status ki_ref_dossier_of(const char *id, char *out, size_t outsz)
{
    ki_ref r;
    if (outsz)
        out[0] = '\0';
    if (!id || strncmp(id, "kst-", 4) != 0 || ki_ref_parse(id, &r, NULL) || r.kind != KI_REF_KST)
        return KI_ERR_USAGE;
    int n = r.sub[0] ? snprintf(out, outsz, "%s-%s", r.dossier, r.sub)
                     : snprintf(out, outsz, "%s", r.dossier);
    if (n < 0 || (size_t)n >= outsz) {
        if (outsz)
            out[0] = '\0';
        return KI_ERR_USAGE;
    }
    return KI_OK;
}
