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

/* Decision thresholds on the clinical_urgent probability: at or above
 * `high` the model alone makes mail urgent; below `keep` it overrules a
 * red flag the rules affirmed. */
double mm_clsmodel_urgent_high(const mm_clsmodel *m);
double mm_clsmodel_urgent_keep(const mm_clsmodel *m);
size_t mm_clsmodel_size(const mm_clsmodel *m); /* number of features */

#endif
