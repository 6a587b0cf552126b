/*
 * clsmodel.h - the learned layer of the classifier: a multinomial
 * logistic regression over the six categories, trained offline
 * (tools/train_classifier.py) and shipped as data (policies/lexicons/
 * model.json, format in docs/classify-model.md).
 *
 * The features themselves are computed by the classifier (classify.c):
 * words and word pairs of the folded subject and body, and the rule
 * layer's outputs. This module only loads the weights, looks a feature
 * name up and adds its weights to the logits.
 *
 * Threading: a model is loaded by one thread, then immutable and shared
 * (the classifier and its reference copy hold references, taken while
 * the policy is compiled, never concurrently).
 */
#ifndef MM_CLSMODEL_H
#define MM_CLSMODEL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "jsonv.h"
#include "mm.h"
#include "policy.h"

typedef struct mm_clsmodel mm_clsmodel;

/* Parse and validate a model file's text (errors through outer, which
 * the caller has pointed at the "model" key; positions name `shown`). */
int mm_clsmodel_parse(mm_jv *outer, const char *text, size_t len, const char *shown,
                      mm_clsmodel **out) MM_WUR;
/* Another owner (compile time only). */
mm_clsmodel *mm_clsmodel_ref(mm_clsmodel *m);
void mm_clsmodel_free(mm_clsmodel *m);

/* Index of feature name[0, len) in the model, or -1 when it has no weights. */
int32_t mm_clsmodel_find(const mm_clsmodel *m, const char *name, size_t len);
/* logits += value * weights of feature id (from mm_clsmodel_find). */
void mm_clsmodel_add(const mm_clsmodel *m, int32_t id, double value, double logits[MM_CAT_COUNT]);
/* The intercepts, to start the logits with. */
void mm_clsmodel_bias(const mm_clsmodel *m, double logits[MM_CAT_COUNT]);
/* Probabilities from logits (softmax, numerically stable). */
void mm_clsmodel_softmax(const double logits[MM_CAT_COUNT], double p[MM_CAT_COUNT]);

/*
 * Fast lookup, without formatting names. A feature's table key is a
 * 64-bit hash: "N:a" (a word) and "Np:a" (a prefix) hash as a's bytes
 * from a seed of their kind, mm_clsmodel_hkey(N | MM_CLSKEY_WORD, a) and
 * mm_clsmodel_hkey(N | MM_CLSKEY_PREFIX, a); "N:a b" (a pair) as
 * mm_clsmodel_pkey(N | MM_CLSKEY_PAIR, key of "N:a", key of "N:b"), so a
 * word's key serves its pairs too; any other name as the hash of its
 * bytes. Each name also has a 32-bit check, the same construction with
 * an independent hash (mm_clsmodel_hcheck, mm_clsmodel_pcheck): the high
 * half of the 64-bit hcheck for one-part names. When mm_clsmodel_fast()
 * says the (key, check) pairs of the model's names are distinct (checked
 * at load), a slot whose key and check both equal the caller's is the
 * feature: no name compare.
 */
#define MM_CLSKEY_WORD (1u << 8)
#define MM_CLSKEY_PREFIX (2u << 8)
#define MM_CLSKEY_PAIR (3u << 8)

static inline uint64_t mm_clsmodel_mix(uint64_t h, uint64_t c)
{
    h = (h ^ c) * 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 32);
}

static inline uint64_t mm_clsmodel_mix2(uint64_t h, uint64_t c)
{
    h = (h + c) * 0xc2b2ae3d27d4eb4full;
    return h ^ (h >> 29);
}

/* The seeds of the key and check hashes of a name of this kind and length. */
static inline uint64_t mm_clsmodel_seed(unsigned kind, size_t n)
{
    return ((uint64_t)kind * 0xff51afd7ed558ccdull) ^ n;
}

static inline uint64_t mm_clsmodel_seed2(unsigned kind, size_t n)
{
    return ((uint64_t)kind * 0x165667b19e3779f9ull) ^ n ^ 0x27d4eb2f165667c5ull;
}

/* Key of one-part name of kind `kind`, part s[0, n), which must be
 * followed by zero bytes up to a multiple of 8 (a word built in a zeroed
 * buffer). */
static inline uint64_t mm_clsmodel_hkey(unsigned kind, const char *s, size_t n)
{
    uint64_t h = mm_clsmodel_seed(kind, n);
    for (size_t i = 0; i < n; i += 8) {
        uint64_t c;
        memcpy(&c, s + i, 8);
        h = mm_clsmodel_mix(h, c);
    }
    return h;
}

/* The independent hash behind the check, same padding rule. */
static inline uint64_t mm_clsmodel_hcheck(unsigned kind, const char *s, size_t n)
{
    uint64_t h = mm_clsmodel_seed2(kind, n);
    for (size_t i = 0; i < n; i += 8) {
        uint64_t c;
        memcpy(&c, s + i, 8);
        h = mm_clsmodel_mix2(h, c);
    }
    return h;
}

/* Both, for a part of 1 to 24 bytes in w[0, 3), zero-padded (unrolled). */
static inline void mm_clsmodel_hash24(unsigned kind, const uint64_t w[3], size_t n, uint64_t *key,
                                      uint64_t *check)
{
    uint64_t a = mm_clsmodel_mix(mm_clsmodel_seed(kind, n), w[0]);
    uint64_t b = mm_clsmodel_mix2(mm_clsmodel_seed2(kind, n), w[0]);
    if (n > 8) {
        a = mm_clsmodel_mix(a, w[1]);
        b = mm_clsmodel_mix2(b, w[1]);
        if (n > 16) {
            a = mm_clsmodel_mix(a, w[2]);
            b = mm_clsmodel_mix2(b, w[2]);
        }
    }
    *key = a;
    *check = b;
}

/* Key of a pair from its words' keys. */
static inline uint64_t mm_clsmodel_pkey(unsigned kind, uint64_t a, uint64_t b)
{
    return mm_clsmodel_mix(mm_clsmodel_mix((uint64_t)kind * 0xff51afd7ed558ccdull, a), b);
}

/* Check of a pair from its words' hcheck. */
static inline uint32_t mm_clsmodel_pcheck(unsigned kind, uint64_t a2, uint64_t b2)
{
    uint64_t h = mm_clsmodel_mix2(mm_clsmodel_mix2((uint64_t)kind * 0x165667b19e3779f9ull, a2), b2);
    return (uint32_t)(h >> 32);
}

/* 1 when the model's (key, check) pairs are unique (the fast lookup may
 * be used). */
int mm_clsmodel_fast(const mm_clsmodel *m);
/* Name of feature id. */
const char *mm_clsmodel_name(const mm_clsmodel *m, int32_t id, size_t *len);

/* One feature, on one cache line: everything a fast-path hit reads. */
struct mm_clsmodel_slot {
    _Alignas(64) uint64_t key;
    uint32_t check;
    uint32_t e;              /* feature index + 1, 0 when empty */
    float w[MM_CAT_COUNT];
};

/* The start of every mm_clsmodel, inline for the per-word lookups. */
struct mm_clsmodel_table {
    const struct mm_clsmodel_slot *slot;
    size_t mask;
};

/* The slot of the feature with this key and check, or NULL (only
 * meaningful when mm_clsmodel_fast()). */
static inline const struct mm_clsmodel_slot *mm_clsmodel_find_slot(const mm_clsmodel *m,
                                                                   uint64_t key, uint32_t check)
{
    const struct mm_clsmodel_table *t = (const struct mm_clsmodel_table *)m;
    for (size_t i = (size_t)key & t->mask;; i = (i + 1) & t->mask) {
        const struct mm_clsmodel_slot *sl = &t->slot[i];
        if (sl->e == 0)
            return NULL;
        if (sl->key == key && sl->check == check)
            return sl;
    }
}

/* mm_clsmodel_add with value 1 of a slot's weights, inline (the same sums). */
static inline void mm_clsmodel_add1(const struct mm_clsmodel_slot *sl, double logits[MM_CAT_COUNT])
{
    const float *w = sl->w;
    _Static_assert(MM_CAT_COUNT == 6, "unrolled");
    logits[0] += (double)w[0]; /* 1 * w is w exactly */
    logits[1] += (double)w[1];
    logits[2] += (double)w[2];
    logits[3] += (double)w[3];
    logits[4] += (double)w[4];
    logits[5] += (double)w[5];
}

/* Decision thresholds on the clinical_urgent probability: at or above
 * `high` the model alone makes mail urgent; below `keep` it overrules a
 * red flag the rules affirmed. */
double mm_clsmodel_urgent_high(const mm_clsmodel *m);
double mm_clsmodel_urgent_keep(const mm_clsmodel *m);
size_t mm_clsmodel_size(const mm_clsmodel *m); /* number of features */

#endif
