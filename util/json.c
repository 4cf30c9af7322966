#include "json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- writing ---- */

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t need;
    uint32_t cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (n < need)
        return 0;
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((need == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return need;
}

ki_status ki_json_strn(ki_buf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (ki_buf_addc(b, '"'))
        return KI_ERR_NOMEM;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        ki_status st = KI_OK;
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            st = ki_buf_add(b, e, 2);
            i++;
        } else if (c < 0x20 || c == 0x7F) {
            switch (c) {
            case '\n': st = ki_buf_add(b, "\\n", 2); break;
            case '\t': st = ki_buf_add(b, "\\t", 2); break;
            case '\r': st = ki_buf_add(b, "\\r", 2); break;
            default: st = ki_buf_addf(b, "\\u%04x", c); break;
            }
            i++;
        } else {
            size_t k = utf8_seq(p + i, n - i);
            if (k == 0) {
                st = ki_buf_add(b, "\xEF\xBF\xBD", 3);
                i++;
            } else if (k == 2 && c == 0xC2 && p[i + 1] >= 0x80 && p[i + 1] < 0xA0) {
                /* C1 controls (U+0080..U+009F) include the 8-bit CSI. */
                st = ki_buf_addf(b, "\\u%04x", (unsigned)p[i + 1]);
                i += 2;
            } else {
                st = ki_buf_add(b, p + i, k);
                i += k;
            }
        }
        if (st)
            return st;
    }
    return ki_buf_addc(b, '"');
}

ki_status ki_json_str(ki_buf *b, const char *s)
{
    return ki_json_strn(b, s, strlen(s));
}

ki_status ki_json_str_or_null(ki_buf *b, const char *s)
{
    return s ? ki_json_str(b, s) : ki_buf_adds(b, "null");
}

ki_status ki_json_member(ki_buf *b, char sep, const char *key, const char *value)
{
    if (sep && ki_buf_addc(b, sep))
        return KI_ERR_NOMEM;
    ki_status st = ki_json_str(b, key);
    if (!st)
        st = ki_buf_addc(b, ':');
    if (!st)
        st = ki_json_str_or_null(b, value);
    return st;
}

/* ---- reading ---- */

typedef struct parser {
    const char *p, *end, *start;
    ki_err *err;
    int depth;
    bool failed;
} parser;

static void fail(parser *ps, const char *what)
{
    if (!ps->failed)
        ki_err_set(ps->err, KI_ERR_CORRUPT, "JSON: %s at byte %zu", what,
                   (size_t)(ps->p - ps->start));
    ps->failed = true;
}

static void skip_ws(parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
        ps->p++;
}

static ki_json *node(parser *ps, ki_json_type t)
{
    ki_json *j = calloc(1, sizeof *j);
    if (!j)
        fail(ps, "out of memory");
    else
        j->type = t;
    return j;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool read_hex4(parser *ps, uint32_t *out)
{
    if (ps->end - ps->p < 4)
        return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(ps->p[i]);
        if (h < 0)
            return false;
        v = v * 16 + (uint32_t)h;
    }
    ps->p += 4;
    *out = v;
    return true;
}

static void put_utf8(ki_buf *b, uint32_t cp)
{
    char o[4];
    size_t n;
    if (cp < 0x80) { o[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) { o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[2] = (char)(0x80 | (cp & 0x3F)); n = 3; }
    else { o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F)); o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F)); n = 4; }
    ki_buf_add(b, o, n);
}

static char *read_string(parser *ps)
{
    ki_buf b = KI_BUF_INIT;
    ps->p++; /* opening quote */
    while (ps->p < ps->end && *ps->p != '"') {
        char c = *ps->p++;
        if ((unsigned char)c < 0x20) {
            fail(ps, "control character in string");
            break;
        }
        if (c != '\\') {
            ki_buf_addc(&b, c);
            continue;
        }
        if (ps->p >= ps->end)
            break;
        c = *ps->p++;
        switch (c) {
        case '"': case '\\': case '/': ki_buf_addc(&b, c); break;
        case 'b': ki_buf_addc(&b, '\b'); break;
        case 'f': ki_buf_addc(&b, '\f'); break;
        case 'n': ki_buf_addc(&b, '\n'); break;
        case 'r': ki_buf_addc(&b, '\r'); break;
        case 't': ki_buf_addc(&b, '\t'); break;
        case 'u': {
            uint32_t cp;
            if (!read_hex4(ps, &cp)) {
                fail(ps, "bad \\u escape");
                break;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF && ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u') {
                uint32_t lo;
                ps->p += 2;
                if (read_hex4(ps, &lo) && lo >= 0xDC00 && lo <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else
                    cp = 0xFFFD;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            put_utf8(&b, cp);
            break;
        }
        default: fail(ps, "bad escape"); break;
        }
        if (ps->failed)
            break;
    }
    if (ps->p >= ps->end && !ps->failed)
        fail(ps, "unterminated string");
    if (ps->failed) {
        ki_buf_free(&b);
        return NULL;
    }
    ps->p++; /* closing quote */
    return ki_buf_detach(&b, NULL);
}

static ki_json *parse_value(parser *ps);

static ki_json *parse_container(parser *ps, bool is_obj)
{
    ki_json *j = node(ps, is_obj ? KI_JSON_OBJECT : KI_JSON_ARRAY);
    if (!j)
        return NULL;
    if (++ps->depth > 256) {
        fail(ps, "nesting too deep");
        return j;
    }
    ps->p++;
    ki_json **tail = &j->child;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == (is_obj ? '}' : ']')) {
        ps->p++;
        ps->depth--;
        return j;
    }
    for (;;) {
        char *key = NULL;
        skip_ws(ps);
        if (is_obj) {
            if (ps->p >= ps->end || *ps->p != '"') {
                fail(ps, "expected a key");
                break;
            }
            key = read_string(ps);
            if (!key)
                break;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') {
                free(key);
                fail(ps, "expected ':'");
                break;
            }
            ps->p++;
        }
        ki_json *v = parse_value(ps);
        if (!v) {
            free(key);
            break;
        }
        v->key = key;
        *tail = v;
        tail = &v->next;
        j->count++;
        if (ps->failed)
            break;
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == (is_obj ? '}' : ']')) {
            ps->p++;
            break;
        }
        fail(ps, is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
        break;
    }
    ps->depth--;
    return j;
}

static ki_json *parse_value(parser *ps)
{
    skip_ws(ps);
    if (ps->p >= ps->end) {
        fail(ps, "unexpected end");
        return NULL;
    }
    char c = *ps->p;
    if (c == '{' || c == '[')
        return parse_container(ps, c == '{');
    if (c == '"') {
        char *s = read_string(ps);
        if (!s)
            return NULL;
        ki_json *j = node(ps, KI_JSON_STRING);
        if (!j) {
            free(s);
            return NULL;
        }
        j->string = s;
        return j;
    }
    static const struct { const char *w; ki_json_type t; bool v; } words[] = {
        {"null", KI_JSON_NULL, false}, {"true", KI_JSON_BOOL, true}, {"false", KI_JSON_BOOL, false}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i].w);
        if ((size_t)(ps->end - ps->p) >= n && memcmp(ps->p, words[i].w, n) == 0) {
            ps->p += n;
            ki_json *j = node(ps, words[i].t);
            if (j)
                j->boolean = words[i].v;
            return j;
        }
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        char tmp[64];
        size_t n = 0;
        while (ps->p + n < ps->end && n < sizeof tmp - 1 && strchr("+-0123456789.eE", ps->p[n]))
            n++;
        memcpy(tmp, ps->p, n);
        tmp[n] = '\0';
        char *endp;
        double d = strtod(tmp, &endp);
        if (endp == tmp) {
            fail(ps, "bad number");
            return NULL;
        }
        ps->p += (size_t)(endp - tmp);
        ki_json *j = node(ps, KI_JSON_NUMBER);
        if (j)
            j->number = d;
        return j;
    }
    fail(ps, "unexpected character");
    return NULL;
}

ki_json *ki_json_parse(const char *text, size_t len, ki_err *err)
{
    parser ps = {text, text + len, text, err, 0, false};
    ki_json *root = parse_value(&ps);
    if (!ps.failed) {
        skip_ws(&ps);
        if (ps.p != ps.end)
            fail(&ps, "trailing characters");
    }
    if (ps.failed) {
        ki_json_free(root);
        return NULL;
    }
    return root;
}

void ki_json_free(ki_json *j)
{
    while (j) {
        ki_json *next = j->next;
        ki_json_free(j->child);
        free(j->string);
        free(j->key);
        free(j);
        j = next;
    }
}

const ki_json *ki_json_get(const ki_json *obj, const char *key)
{
    if (!obj || obj->type != KI_JSON_OBJECT)
        return NULL;
    for (const ki_json *c = obj->child; c; c = c->next)
        if (c->key && strcmp(c->key, key) == 0)
            return c;
    return NULL;
}

const ki_json *ki_json_at(const ki_json *arr, size_t i)
{
    if (!arr || (arr->type != KI_JSON_ARRAY && arr->type != KI_JSON_OBJECT))
        return NULL;
    const ki_json *c = arr->child;
    while (c && i--)
        c = c->next;
    return c;
}

size_t ki_json_len(const ki_json *arr)
{
    if (!arr || (arr->type != KI_JSON_ARRAY && arr->type != KI_JSON_OBJECT))
        return 0;
    return arr->count;
}

const char *ki_json_getstr(const ki_json *obj, const char *key)
{
    const ki_json *v = ki_json_get(obj, key);
    return v && v->type == KI_JSON_STRING ? v->string : NULL;
}

double ki_json_getnum(const ki_json *obj, const char *key, double dflt)
{
    const ki_json *v = ki_json_get(obj, key);
    return v && v->type == KI_JSON_NUMBER ? v->number : dflt;
}

bool ki_json_getbool(const ki_json *obj, const char *key, bool dflt)
{
    const ki_json *v = ki_json_get(obj, key);
    return v && v->type == KI_JSON_BOOL ? v->boolean : dflt;
}
