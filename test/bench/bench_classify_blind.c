/*
 * bench_classify_blind.c - classifier quality on the blind set
 * (test/corpus/classify/blind/blind.jsonl), hand-written apart from the
 * lexicon work and never used to tune it. Prints category accuracy
 * (overall and per language), urgent recall and precision, the confusion
 * matrix and every misclassified id. A benchmark, not a test: it reports
 * the numbers and exits 0 whatever they are. Usage:
 *   bench_classify_blind [--policy FILE] [--corpus FILE.jsonl] [--verbose]
 * --verbose also prints subject and body of each misclassified message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/classify_corpus.h"

struct lang_score {
    size_t n, ok;
};

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 1.0;
}

int main(int argc, char **argv)
{
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    char ppath[4096], cpath[4096];
    snprintf(ppath, sizeof ppath, "%s/policies/default.json", src);
    snprintf(cpath, sizeof cpath, "%s/test/corpus/classify/blind/blind.jsonl", src);
    int verbose = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--policy") == 0 && i + 1 < argc)
            snprintf(ppath, sizeof ppath, "%s", argv[++i]);
        else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc)
            snprintf(cpath, sizeof cpath, "%s", argv[++i]);
        else if (strcmp(argv[i], "--verbose") == 0)
            verbose = 1;
        else {
            fprintf(stderr, "usage: %s [--policy FILE] [--corpus FILE] [--verbose]\n", argv[0]);
            return 2;
        }
    }

    mm_policy *p = NULL;
    mm_buf err = MM_BUF_INIT;
    if (mm_policy_load_file(ppath, &p, &err) != MM_OK) {
        fprintf(stderr, "%s", err.data ? err.data : "policy load failed\n");
        mm_buf_free(&err);
        return 1;
    }
    struct corpus c;
    if (corpus_load(cpath, &c) != 0 || c.n == 0) {
        fprintf(stderr, "%s: cannot load corpus\n", cpath);
        mm_policy_free(p);
        mm_buf_free(&err);
        return 1;
    }
    mm_classify_scratch *scr;
    if (mm_classify_scratch_new(&scr) != MM_OK) {
        corpus_free(&c);
        mm_policy_free(p);
        mm_buf_free(&err);
        return 1;
    }

    /* confusion[expected][got]; an unknown label (-1) would be a corpus
     * error, counted apart so it cannot index out of range. */
    size_t confusion[MM_CAT_COUNT][MM_CAT_COUNT] = {{0}};
    size_t n = 0, ok = 0, bad_label = 0, tp = 0, fp = 0, fn = 0;
    struct lang_score en = {0, 0}, fr = {0, 0};
    int rc = 0;

    printf("misclassified (expected -> got, urgent expected/got, deciding rule, note):\n");
    for (size_t i = 0; i < c.n; i++) {
        const struct corpus_msg *m = &c.msgs[i];
        json_t *j = json_array_get(c.root, i);
        const char *lang = json_string_value(json_object_get(j, "lang"));
        const char *note = json_string_value(json_object_get(j, "note"));
        const char *texts[1] = {m->body};
        size_t lens[1] = {strlen(m->body)};
        mm_classify_result r;
        if (mm_classify(p, scr, m->subject, strlen(m->subject), texts, lens, 1, &r) != MM_OK) {
            fprintf(stderr, "%s: classification failed\n", m->id ? m->id : "?");
            rc = 1;
            break;
        }
        n++;
        if (m->category < 0 || m->category >= MM_CAT_COUNT) {
            bad_label++;
            continue;
        }
        confusion[m->category][r.category]++;
        int cat_ok = (int)r.category == m->category;
        ok += (size_t)cat_ok;
        struct lang_score *ls = lang && strcmp(lang, "fr") == 0 ? &fr : &en;
        ls->n++;
        ls->ok += (size_t)cat_ok;
        if (r.urgent && m->urgent)
            tp++;
        else if (r.urgent)
            fp++;
        else if (m->urgent)
            fn++;
        if (!cat_ok || r.urgent != m->urgent) {
            printf("  %-9s %s %-15s -> %-15s u %d/%d  %-28s %s\n", m->id ? m->id : "?",
                   lang ? lang : "??", mm_category_name((mm_category)m->category),
                   mm_category_name(r.category), m->urgent, r.urgent, r.rule,
                   note ? note : "");
            if (verbose)
                printf("      Subject: %s\n      %s\n", m->subject, m->body);
        }
    }

    if (rc == 0) {
        printf("\npolicy %s, corpus %s\n", mm_policy_version_label(p), cpath);
        printf("%zu messages: category accuracy %.3f (%zu/%zu); en %.3f (%zu/%zu), "
               "fr %.3f (%zu/%zu)\n",
               n, ratio(ok, n), ok, n, ratio(en.ok, en.n), en.ok, en.n, ratio(fr.ok, fr.n),
               fr.ok, fr.n);
        printf("urgent: recall %.3f (%zu/%zu), precision %.3f (%zu/%zu); "
               "%zu missed, %zu false alarms\n",
               ratio(tp, tp + fn), tp, tp + fn, ratio(tp, tp + fp), tp, tp + fp, fn, fp);
        if (bad_label)
            printf("%zu messages with an unknown category label (skipped)\n", bad_label);
        printf("\nconfusion (rows expected, columns got):\n%-16s", "");
        for (int g = 0; g < MM_CAT_COUNT; g++)
            printf(" %6.6s", mm_category_name((mm_category)g));
        printf("  recall\n");
        for (int e = 0; e < MM_CAT_COUNT; e++) {
            size_t row = 0;
            printf("%-16s", mm_category_name((mm_category)e));
            for (int g = 0; g < MM_CAT_COUNT; g++) {
                printf(" %6zu", confusion[e][g]);
                row += confusion[e][g];
            }
            printf("  %.3f\n", ratio(confusion[e][e], row));
        }
    }

    mm_classify_scratch_free(scr);
    corpus_free(&c);
    mm_policy_free(p);
    mm_buf_free(&err);
    return rc;
}
