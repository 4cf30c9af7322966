/*
 * fuzz_json.c - libFuzzer target: the JSON reader and the string escaper.
 *
 * The reader (ki_json_parse) takes arbitrary bytes: it must return a tree
 * or NULL, never crash, and the tree must be walkable and freeable.  The
 * writer (ki_json_strn) takes the same bytes as a string: its output must
 * hold no raw control character (C0, DEL, C1), must parse back as one
 * string, and for valid UTF-8 without NUL must give back the input exactly.
 *
 * fuzz-needs: ki_json_parse ki_json_strn
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t walk(const ki_json *j, int depth)
{
    size_t n = 1;
    if (depth > 300)
        abort(); /* json.h promises to refuse nesting deeper than 256 */
    if (j->type == KI_JSON_STRING && !j->string)
        abort();
    size_t kids = 0;
    for (const ki_json *c = j->child; c; c = c->next, kids++) {
        if (j->type == KI_JSON_OBJECT && !c->key)
            abort();
        n += walk(c, depth + 1);
    }
    if ((j->type == KI_JSON_ARRAY || j->type == KI_JSON_OBJECT) && kids != j->count)
        abort();
    return n;
}

static int valid_utf8_no_nul(const uint8_t *p, size_t n)
{
    /* Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. */
    if (memchr(p, 0, n))
        return 0;
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        size_t k = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (k == 0 || i + k > n)
            return 0;
        uint32_t cp = k == 1 ? c : k == 2 ? c & 0x1Fu : k == 3 ? c & 0x0Fu : c & 0x07u;
        for (size_t j = 1; j < k; j++) {
            if ((p[i + j] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i + j] & 0x3Fu);
        }
        static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ki_err err;
    ki_json *root = ki_json_parse((const char *)data, size, &err);
    if (root) {
        walk(root, 0);
        ki_json_free(root);
    }

    ki_buf b = KI_BUF_INIT;
    if (ki_json_strn(&b, (const char *)data, size) != KI_OK)
        abort();
    const uint8_t *o = (const uint8_t *)b.data;
    for (size_t i = 0; i < b.len; i++) {
        if (o[i] < 0x20 || o[i] == 0x7F || (o[i] == 0xC2 && i + 1 < b.len && o[i + 1] >= 0x80 && o[i + 1] < 0xA0)) {
            fprintf(stderr, "raw control byte 0x%02x at %zu in JSON output\n", o[i], i);
            abort();
        }
    }
    root = ki_json_parse(b.data, b.len, &err);
    if (!root || root->type != KI_JSON_STRING) {
        fprintf(stderr, "escaped string does not parse back: %s\n", root ? "not a string" : err.msg);
        abort();
    }
    if (valid_utf8_no_nul(data, size) &&
        (strlen(root->string) != size || memcmp(root->string, data, size) != 0)) {
        fprintf(stderr, "escaped string does not round-trip\n");
        abort();
    }
    ki_json_free(root);
    ki_buf_free(&b);
    return 0;
}
