/*
 * classify.h - message category and priority from weighted lexicon rules.
 *
 * Lexicons (policies/lexicons/NAME.json, schema in docs/policy.md) hold PCRE2
 * rules per category with weights, and ConText-style trigger lists:
 * negation before or after a finding, pseudo-negations, hypothetical and
 * historical triggers, scope terminators, and education/newsletter cues.
 * Text and patterns are folded alike (accents stripped, curly quotes
 * straightened) and matched case-insensitively, so "fièvre" matches
 * "FIEVRE". Clinical red flags (category clinical_urgent) count only when
 * affirmed: not negated, hypothetical or historical; another experiencer
 * ("my father has...") still counts. An affirmed red flag makes the
 * message urgent and clinical_urgent whatever else it says, unless the
 * document's genre cues (bulk mail, records of past care or of billing,
 * form layout) reach their threshold and no affirmed red flag is reported
 * as happening now. A red flag asked about in a question to the reader
 * ("have you ever had a stroke?") is not reported. Cues in a request
 * sentence ("could I book ...") weigh more for the category. In a reply's
 * body, quoted lines (">") carry no red flags nor genre cues and
 * half-weight other cues.
 *
 * A learned layer (clsmodel.h; docs/classify-model.md), when the policy
 * names a model, reads the words of the message and the rule layer's
 * outputs and has the last word: urgent when the rules affirm a red flag
 * and the model does not strongly disagree, or when the model alone is
 * confident; otherwise the model's most probable category.
 *
 * Threading: a compiled classifier is immutable and shared; each thread
 * uses its own mm_classify_scratch (match data and a fold buffer).
 */
#ifndef MM_CLASSIFY_H
#define MM_CLASSIFY_H

#include <stddef.h>

#include <jansson.h>

#include "jsonv.h"
#include "mm.h"
#include "policy.h"

typedef struct mm_classifier mm_classifier;
typedef struct mm_classify_scratch mm_classify_scratch;

typedef struct mm_classify_result {
    mm_category category;
    int urgent;
    double scores[MM_CAT_COUNT];
    const char *rule; /* id of the deciding rule, for the audit ("none" when no rule;
                       * "model:ID" or "model" when the learned layer changed the decision) */
    int model;                   /* the learned layer ran */
    double prob[MM_CAT_COUNT];   /* its probabilities (0 without a model) */
} mm_classify_result;

/* A feature of the learned layer (name[0, len) is not NUL-terminated). */
typedef void mm_classify_feature_fn(void *ctx, const char *name, size_t len, double value);

int mm_classify_scratch_new(mm_classify_scratch **out) MM_WUR;
void mm_classify_scratch_free(mm_classify_scratch *s);

int mm_classify(const mm_policy *p, mm_classify_scratch *s, const char *subject, size_t slen,
                const char *const *texts, const size_t *lens, size_t ntexts,
                mm_classify_result *out) MM_WUR;

/* Lower level, for tests and tools: classify with a classifier. */
int mm_classifier_run(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                      size_t slen, const char *const *texts, const size_t *lens, size_t ntexts,
                      mm_classify_result *out) MM_WUR;

/* The rule layer alone, as without a model (tests of the lexicons). */
int mm_classifier_run_rules(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                            size_t slen, const char *const *texts, const size_t *lens,
                            size_t ntexts, mm_classify_result *out) MM_WUR;

/* For training (tools/train_classifier.py through bench_classify
 * --features): run the rule layer (its result in *rules) and pass every
 * feature the learned layer reads to fn. A name may be passed more than
 * once, always with the same value; it counts once. */
int mm_classifier_features(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                           size_t slen, const char *const *texts, const size_t *lens,
                           size_t ntexts, mm_classify_feature_fn *fn, void *ctx,
                           mm_classify_result *rules) MM_WUR;

/* Compile the policy's "classification" object: settings and lexicon
 * files (paths relative to base_dir). Errors reported through v (the
 * caller has pushed the path); lexicon file errors name the lexicon file.
 * hash_state, when not NULL, is updated with each lexicon file's bytes. */
int mm_classifier_compile(mm_jv *v, const json_t *spec, const char *base_dir,
                          void *hash_state, mm_classifier **out) MM_WUR;
void mm_classifier_free(mm_classifier *c);

/* For tests: a copy of c that runs each rule as one PCRE2 alternation
 * scanned over the whole text, without the literal index; it must give
 * the same results as c, only slower. */
int mm_classifier_reference(const mm_classifier *c, mm_classifier **out) MM_WUR;

/* Fold text for matching (accents stripped, curly quotes and no-break
 * spaces made ASCII); output appended to out. Exposed for tests. */
int mm_classify_fold(const char *in, size_t len, mm_buf *out) MM_WUR;

#endif
