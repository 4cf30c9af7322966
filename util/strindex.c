/*
 * strindex.c - strings to ascending lists of indices (strindex.h): open
 * addressing with linear probing, FNV-1a hashes kept with the keys, the
 * table doubled at half full.
 */
#include "strindex.h"

#include <stdlib.h>
#include <string.h>

static uint64_t hash_of(const char *s)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3u;
    return h;
}

/* The slot holding key, or the empty slot where it would go. */
static ki_strindex_slot *slot_of(ki_strindex_slot *slots, size_t cap, const char *key, uint64_t h)
{
    for (size_t i = (size_t)h & (cap - 1);; i = (i + 1) & (cap - 1)) {
        ki_strindex_slot *sl = &slots[i];
        if (!sl->key || (sl->hash == h && strcmp(sl->key, key) == 0))
            return sl;
    }
}

ki_idxlist ki_strindex_get(const ki_strindex *x, const char *key)
{
    ki_idxlist l = {NULL, 0};
    if (!x->cap)
        return l;
    const ki_strindex_slot *sl = slot_of(x->slots, x->cap, key, hash_of(key));
    if (sl->key) {
        l.v = sl->v;
        l.n = sl->n;
    }
    return l;
}

static ki_status grow(ki_strindex *x)
{
    size_t cap = x->cap ? x->cap * 2 : 64;
    ki_strindex_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return KI_ERR_NOMEM;
    for (size_t i = 0; i < x->cap; i++)
        if (x->slots[i].key)
            *slot_of(slots, cap, x->slots[i].key, x->slots[i].hash) = x->slots[i];
    free(x->slots);
    x->slots = slots;
    x->cap = cap;
    return KI_OK;
}

ki_status ki_strindex_add(ki_strindex *x, const char *key, size_t idx)
{
    if ((x->used + 1) * 2 > x->cap && grow(x))
        return KI_ERR_NOMEM;
    uint64_t h = hash_of(key);
    ki_strindex_slot *sl = slot_of(x->slots, x->cap, key, h);
    /* where idx goes: after the last smaller one */
    size_t at = sl->key ? sl->n : 0;
    while (at > 0 && sl->v[at - 1] >= idx) {
        if (sl->v[at - 1] == idx)
            return KI_OK;
        at--;
    }
    size_t n = sl->key ? sl->n : 0, cap = sl->key ? sl->cap : 0;
    size_t *v = sl->key ? sl->v : NULL;
    if (n == cap) {
        size_t nc = cap ? cap * 2 : 2;
        size_t *nv = realloc(v, nc * sizeof *nv);
        if (!nv)
            return KI_ERR_NOMEM;
        v = nv;
        cap = nc;
    }
    memmove(v + at + 1, v + at, (n - at) * sizeof *v);
    v[at] = idx;
    if (!sl->key) {
        sl->key = key;
        sl->hash = h;
        x->used++;
    }
    sl->v = v;
    sl->n = n + 1;
    sl->cap = cap;
    return KI_OK;
}

void ki_strindex_free(ki_strindex *x)
{
    for (size_t i = 0; i < x->cap; i++)
        free(x->slots[i].v);
    free(x->slots);
    x->slots = NULL;
    x->cap = x->used = 0;
}
