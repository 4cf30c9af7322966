/* snippet.c - the excerpt around the query's words (see snippet.h). */
#include "snippet.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#define MAX_WORDS 16
#define MAX_MATCHES 512

typedef struct qwords {
    char stem[MAX_WORDS][32];
    size_t len[MAX_WORDS];
    size_t n;
} qwords;

static bool word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

/* Strips one Dutch ending, keeping at least four letters. */
static void stem(char *w, size_t *n)
{
    size_t k = *n;
    if (k >= 7 && (strcmp(w + k - 3, "ven") == 0 || strcmp(w + k - 3, "zen") == 0))
        k -= 3;
    else if (k >= 6 && strcmp(w + k - 2, "en") == 0)
        k -= 2;
    else if (k >= 5 && (w[k - 1] == 's' || w[k - 1] == 'e'))
        k -= 1;
    w[k] = '\0';
    *n = k;
}

static void add_word(qwords *q, const char *s, size_t n)
{
    char w[32];
    size_t k = 0;
    while (n && !word_byte((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && !word_byte((unsigned char)s[n - 1]))
        n--;
    if (n < 2 || n >= sizeof w || q->n == MAX_WORDS)
        return;
    for (size_t i = 0; i < n; i++) {
        if (!word_byte((unsigned char)s[i]))
            return; /* "29279-889": not a word to look for */
        w[k++] = (char)tolower((unsigned char)s[i]);
    }
    w[k] = '\0';
    stem(w, &k);
    for (size_t i = 0; i < q->n; i++)
        if (strcmp(q->stem[i], w) == 0)
            return;
    memcpy(q->stem[q->n], w, k + 1);
    q->len[q->n++] = k;
}

/* The plain words of a query: no field:value, operators or excluded words. */
static void query_words(const char *s, qwords *q)
{
    bool exclude_next = false;
    q->n = 0;
    while (*s) {
        while (*s && (isspace((unsigned char)*s) || *s == '(' || *s == ')'))
            s++;
        if (!*s)
            break;
        bool excluded = exclude_next || *s == '-';
        exclude_next = false;
        if (*s == '-' || *s == '+')
            s++;
        if (*s == '"') { /* a phrase: each of its words */
            const char *e = strchr(s + 1, '"');
            if (!e)
                e = s + strlen(s);
            const char *p = s + 1;
            while (p < e) {
                while (p < e && isspace((unsigned char)*p))
                    p++;
                const char *w = p;
                while (p < e && !isspace((unsigned char)*p))
                    p++;
                if (!excluded && p > w)
                    add_word(q, w, (size_t)(p - w));
            }
            s = *e ? e + 1 : e;
            continue;
        }
        const char *t = s;
        bool field = false;
        while (*s && !isspace((unsigned char)*s) && *s != '(' && *s != ')') {
            if (*s == ':') {
                field = true;
                if (s[1] == '"') { /* indiener:"Van der Werf" */
                    const char *e = strchr(s + 2, '"');
                    s = e ? e + 1 : s + strlen(s);
                    break;
                }
            }
            s++;
        }
        size_t n = (size_t)(s - t);
        if (field)
            continue;
        if ((n == 3 && strncmp(t, "NOT", 3) == 0)) {
            exclude_next = true;
            continue;
        }
        if ((n == 3 && strncmp(t, "AND", 3) == 0) || (n == 2 && strncmp(t, "OR", 2) == 0) ||
            (n == 3 && strncmp(t, "XOR", 3) == 0) || (n == 4 && strncmp(t, "NEAR", 4) == 0) ||
            (n == 3 && strncmp(t, "ADJ", 3) == 0))
            continue;
        if (!excluded)
            add_word(q, t, n);
    }
}

typedef struct match {
    size_t start, end;
    int word;
} match;

/* Which query word the text word t[0..n) matches, or -1. */
static int match_word(const qwords *q, const char *t, size_t n)
{
    for (size_t i = 0; i < q->n; i++) {
        size_t k = q->len[i];
        if (n < k || n > k + 4)
            continue;
        size_t j = 0;
        while (j < k && tolower((unsigned char)t[j]) == (unsigned char)q->stem[i][j])
            j++;
        if (j == k)
            return (int)i;
    }
    return -1;
}

ki_status ki_snippet(const char *text, size_t len, const char *query, size_t length,
                     const char *on, const char *off, ki_buf *out)
{
    qwords q;
    match m[MAX_MATCHES];
    size_t nm = 0;
    if (!text || !len || !length)
        return KI_OK;
    query_words(query ? query : "", &q);

    for (size_t i = 0; i < len && nm < MAX_MATCHES && q.n;) {
        if (!word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t s = i;
        while (i < len && word_byte((unsigned char)text[i]))
            i++;
        int w = match_word(&q, text + s, i - s);
        if (w >= 0)
            m[nm++] = (match){s, i, w};
    }

    /* The anchor: the match with the most distinct query words after it. */
    size_t anchor = 0, best = 0;
    for (size_t i = 0; i < nm; i++) {
        unsigned seen = 0, count = 0;
        for (size_t j = i; j < nm && m[j].start < m[i].start + length * 4 / 5; j++)
            if (!(seen & (1u << m[j].word))) {
                seen |= 1u << m[j].word;
                count++;
            }
        if (count > best) {
            best = count;
            anchor = i;
        }
    }

    size_t start = 0;
    if (nm) {
        size_t back = length / 5;
        start = m[anchor].start > back ? m[anchor].start - back : 0;
        while (start > 0 && start < m[anchor].start && !isspace((unsigned char)text[start - 1]))
            start++;
    }
    size_t end = start + length < len ? start + length : len;
    if (end < len) {
        size_t e = end;
        while (e > start && !isspace((unsigned char)text[e]))
            e--;
        if (e > start)
            end = e;
        else /* one long word: back to a UTF-8 boundary */
            while (end > start && ((unsigned char)text[end] & 0xC0) == 0x80)
                end--;
    }

    ki_status st = KI_OK;
    size_t base = out->len;
    if (start > 0)
        st = ki_buf_adds(out, "...");
    size_t k = 0;
    while (k < nm && m[k].start < start)
        k++;
    bool space = false;
    for (size_t i = start; i < end && !st;) {
        if (k < nm && m[k].start == i && m[k].end <= end) {
            if (space)
                st = ki_buf_addc(out, ' ');
            space = false;
            if (!st)
                st = ki_buf_adds(out, on ? on : "");
            if (!st)
                st = ki_buf_add(out, text + i, m[k].end - i);
            if (!st)
                st = ki_buf_adds(out, off ? off : "");
            i = m[k++].end;
            continue;
        }
        unsigned char c = (unsigned char)text[i++];
        if (isspace(c)) {
            space = out->len > base;
            continue;
        }
        if (space)
            st = ki_buf_addc(out, ' ');
        space = false;
        if (!st)
            st = ki_buf_addc(out, (char)c);
    }
    if (!st && end < len)
        st = ki_buf_adds(out, "...");
    return st;
}
