/*
 * json.h - writing and reading the JSON that kamerindex prints and stores.
 *
 * Writing: ki_json_str() appends a quoted JSON string.  Every control
 * character (including ESC, so no terminal escape reaches a terminal through
 * JSON), '"' and '\\' are escaped; invalid UTF-8 bytes become U+FFFD.
 * ki_json_strn() does the same for a byte range; ki_json_str_or_null()
 * writes null for a NULL pointer, which is how "the text does not give it"
 * is spelled in every record.  ki_json_member() writes a whole object
 * member, "key":value, with that same null rule, so that a record is a
 * column of one call per member:
 *     ki_json_member(b, '{', "doc", doc);
 *     ki_json_member(b, ',', "title", title);
 *     ki_buf_addc(b, '}');
 * Each writer returns KI_OK, or KI_ERR_NOMEM when the buffer cannot grow
 * (what was appended before then stays in b).
 *
 * Reading: ki_json_parse() builds a tree of ki_json nodes from a text.  The
 * tree is one allocation block owned by the caller: free it with
 * ki_json_free() (NULL is a no-op).  Strings in the tree are NUL-terminated
 * UTF-8 with escapes decoded.  Objects keep their keys in order.  Nesting
 * deeper than 256 levels is refused.
 *
 * Typical usage:
 *     ki_json *root = ki_json_parse(text, len, &err);
 *     const ki_json *ks = ki_json_get(root, "kamerstukken");
 *     for (size_t i = 0; i < ki_json_len(ks); i++)
 *         puts(ki_json_getstr(ki_json_at(ks, i), "id"));
 *     ki_json_free(root);
 */
#ifndef KI_JSON_H
#define KI_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

ki_status ki_json_str(ki_buf *b, const char *s);
ki_status ki_json_strn(ki_buf *b, const char *s, size_t n);
ki_status ki_json_str_or_null(ki_buf *b, const char *s);
/* Appends sep (nothing when sep is '\0': pass '{' for an object's first
 * member, ',' for the next ones), then key as a JSON string, ':', and value
 * as ki_json_str_or_null() writes it.  No white space is added. */
ki_status ki_json_member(ki_buf *b, char sep, const char *key, const char *value);

typedef enum ki_json_type {
    KI_JSON_NULL,
    KI_JSON_BOOL,
    KI_JSON_NUMBER,
    KI_JSON_STRING,
    KI_JSON_ARRAY,
    KI_JSON_OBJECT
} ki_json_type;

typedef struct ki_json ki_json;
struct ki_json {
    ki_json_type type;
    bool         boolean;
    double       number;
    char        *string; /* STRING: the value */
    char        *key;    /* member of an OBJECT: its key; else NULL */
    ki_json     *child;  /* ARRAY/OBJECT: first element */
    ki_json     *next;   /* next sibling */
    size_t       count;  /* ARRAY/OBJECT: number of elements */
};

/* Parses text[0..len).  Returns NULL on a syntax error or when out of
 * memory, with a message in err (position included). */
ki_json *ki_json_parse(const char *text, size_t len, ki_err *err);
void ki_json_free(ki_json *j);

/* Look-ups; each accepts NULL and returns NULL (or 0, or false) on a
 * missing key or a node of another type. */
const ki_json *ki_json_get(const ki_json *obj, const char *key);
const ki_json *ki_json_at(const ki_json *arr, size_t i);
size_t ki_json_len(const ki_json *arr);
/* The string value of obj[key]; NULL when missing, null or not a string. */
const char *ki_json_getstr(const ki_json *obj, const char *key);
double ki_json_getnum(const ki_json *obj, const char *key, double dflt);
bool ki_json_getbool(const ki_json *obj, const char *key, bool dflt);

#ifdef __cplusplus
}
#endif

#endif
