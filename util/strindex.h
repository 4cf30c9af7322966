/*
 * strindex.h - strings to ascending lists of indices: which records of an
 * array carry a given key ("kst-29279-889"), so that a pass comparing each
 * record with the ones before it looks only at those with its key instead
 * of at all of them.
 *
 * Keys are compared by content and not copied: the caller keeps each key
 * alive while the index holds it.  A key's list holds distinct indices in
 * ascending order whatever order they were added in (the usual order,
 * ascending, appends).  ki_strindex_get()'s list stays valid until the next
 * ki_strindex_add().
 *
 * On allocation failure ki_strindex_add() returns KI_ERR_NOMEM and leaves
 * the index as it was.
 */
#ifndef KI_STRINDEX_H
#define KI_STRINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ki_idxlist {
    const size_t *v; /* ascending */
    size_t        n;
} ki_idxlist;

typedef struct ki_strindex_slot {
    const char *key;  /* NULL: an empty slot */
    uint64_t    hash;
    size_t     *v;
    size_t      n, cap;
} ki_strindex_slot;

typedef struct ki_strindex {
    ki_strindex_slot *slots; /* cap slots, cap a power of two or 0 */
    size_t            cap, used;
} ki_strindex;

#define KI_STRINDEX_INIT { NULL, 0, 0 }

/* key's indices; n == 0 when the key has none */
ki_idxlist ki_strindex_get(const ki_strindex *x, const char *key);
/* files idx under key (once: adding it again changes nothing) */
ki_status ki_strindex_add(ki_strindex *x, const char *key, size_t idx);
void ki_strindex_free(ki_strindex *x);

#ifdef __cplusplus
}
#endif

#endif
