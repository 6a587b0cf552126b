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
 * 64-bit hash of its parts: "N:a b" (a pair) hashes as
 * mm_clsmodel_key(N | MM_CLSKEY_PAIR, whash(a), whash(b)), "N:a" as
 * mm_clsmodel_key(N | MM_CLSKEY_WORD, whash(a), 0), "Np:a" as
 * mm_clsmodel_key(N | MM_CLSKEY_PREFIX, whash(a), 0), any other name as
 * the hash of its bytes. A key is only a candidate: the caller compares
 * the name (mm_clsmodel_name) before using it. Keys are unique in a
 * model when mm_clsmodel_fast() says so (checked at load), so one
 * candidate is all there can be.
 */
#define MM_CLSKEY_WORD (1u << 8)
#define MM_CLSKEY_PREFIX (2u << 8)
#define MM_CLSKEY_PAIR (3u << 8)

static inline uint64_t mm_clsmodel_mix(uint64_t h, uint64_t c)
{
    h = (h ^ c) * 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 32);
}

/* Hash of s[0, n), which must be followed by zero bytes up to a multiple
 * of 8 (a word built in a zeroed buffer). */
static inline uint64_t mm_clsmodel_whash_padded(const char *s, size_t n)
{
    uint64_t h = n;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t c;
        memcpy(&c, s + i, 8);
        h = mm_clsmodel_mix(h, c);
    }
    return h;
}

static inline uint64_t mm_clsmodel_key(unsigned kind, uint64_t a, uint64_t b)
{
    return mm_clsmodel_mix(mm_clsmodel_mix((uint64_t)kind * 0xff51afd7ed558ccdull, a), b);
}

/* 1 when the model's keys are unique (the fast lookup may be used). */
int mm_clsmodel_fast(const mm_clsmodel *m);
/* The one feature whose key is `key`, or -1; a candidate (see above). */
static inline int32_t mm_clsmodel_find_key(const mm_clsmodel *m, uint64_t key);
/* Name of feature id. */
static inline const char *mm_clsmodel_name(const mm_clsmodel *m, int32_t id, size_t *len);
/* mm_clsmodel_add with value 1, inline (the same sums). */
static inline void mm_clsmodel_add1(const mm_clsmodel *m, int32_t id, double logits[MM_CAT_COUNT]);

/* Decision thresholds on the clinical_urgent probability: at or above
 * `high` the model alone makes mail urgent; below `keep` it overrules a
 * red flag the rules affirmed. */
double mm_clsmodel_urgent_high(const mm_clsmodel *m);
double mm_clsmodel_urgent_keep(const mm_clsmodel *m);
size_t mm_clsmodel_size(const mm_clsmodel *m); /* number of features */

/* The start of every mm_clsmodel, inline for the per-word lookups. */
struct mm_clsmodel_table {
    const struct mm_clsmodel_slot {
        uint32_t tag; /* high half of the key */
        uint32_t e;   /* feature index + 1, 0 when empty */
    } *slot;          /* 8 bytes: the table stays in cache */
    size_t mask;
    const uint64_t *key; /* per feature */
    const char *names;   /* name i at names + off[i], len[i] bytes */
    const uint32_t *off, *len;
    const float *w;      /* MM_CAT_COUNT per feature */
};

static inline int32_t mm_clsmodel_find_key(const mm_clsmodel *m, uint64_t key)
{
    const struct mm_clsmodel_table *t = (const struct mm_clsmodel_table *)m;
    for (size_t i = (size_t)key & t->mask;; i = (i + 1) & t->mask) {
        uint32_t e = t->slot[i].e;
        if (e == 0)
            return -1;
        if (t->slot[i].tag == (uint32_t)(key >> 32) && t->key[e - 1] == key)
            return (int32_t)e - 1;
    }
}

static inline const char *mm_clsmodel_name(const mm_clsmodel *m, int32_t id, size_t *len)
{
    const struct mm_clsmodel_table *t = (const struct mm_clsmodel_table *)m;
    *len = t->len[id];
    return t->names + t->off[id];
}

static inline void mm_clsmodel_add1(const mm_clsmodel *m, int32_t id, double logits[MM_CAT_COUNT])
{
    const float *w = ((const struct mm_clsmodel_table *)m)->w + (size_t)id * MM_CAT_COUNT;
    _Static_assert(MM_CAT_COUNT == 6, "unrolled");
    logits[0] += (double)w[0]; /* 1 * w is w exactly */
    logits[1] += (double)w[1];
    logits[2] += (double)w[2];
    logits[3] += (double)w[3];
    logits[4] += (double)w[4];
    logits[5] += (double)w[5];
}

#endif
