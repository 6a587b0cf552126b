/*
 * bench_classify.c - classification throughput (messages/s) and latency on
 * the labelled corpus, plus its accuracy. Usage:
 *   bench_classify [--policy FILE] [--corpus FILE.jsonl] [--rounds N] [--errors]
 *                  [--dump [--variants N] [--probs]]
 * --errors prints each misclassified message (subject and body) for
 * lexicon work. --dump prints one line per message (id, category, urgent,
 * deciding rule, scores) and nothing else, to compare two builds; with
 * --variants N, also N synthetic variants of the corpus; with --probs,
 * also the model's probabilities, exactly (hex floats).
 * --features prints, for each message, the learned layer's features as
 * one JSON line ({"id", "rule_category", "rule_urgent", "features"}): the
 * one feature extractor the trainer (tools/train_classifier.py) reads.
 * Throughput is measured in process CPU time (the machine is shared).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../unit/classify_variants.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int show_probs;

static void dump_result(const char *id, const mm_classify_result *r)
{
    printf("%s\t%s\t%d\t%s", id, mm_category_name(r->category), r->urgent, r->rule);
    for (int k = 0; k < MM_CAT_COUNT; k++)
        printf("\t%.17g", r->scores[k]);
    for (int k = 0; show_probs && r->model && k < MM_CAT_COUNT; k++)
        printf("\t%a", r->prob[k]);
    printf("\n");
}

static void feature_add(void *ctx, const char *name, size_t len, double value)
{
    char key[512];
    if (len < sizeof key) {
        memcpy(key, name, len);
        key[len] = '\0';
        json_object_set_new((json_t *)ctx, key, json_real(value));
    }
}

/* One JSON line of the learned layer's features. */
static int dump_features(const mm_classifier *cl, mm_classify_scratch *scr,
                         const struct corpus_msg *m, const char *const *texts, const size_t *lens)
{
    mm_classify_result r;
    json_t *f = json_object();
    if (mm_classifier_features(cl, scr, m->subject, strlen(m->subject), texts, lens, 1,
                               feature_add, f, &r) != MM_OK)
        return 1;
    json_t *line = json_pack("{s:s, s:s, s:b, s:o}", "id", m->id ? m->id : "-", "rule_category",
                             mm_category_name(r.category), "rule_urgent", r.urgent, "features", f);
    char *txt = json_dumps(line, JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(17));
    json_decref(line);
    if (txt == NULL)
        return 1;
    printf("%s\n", txt);
    free(txt);
    return 0;
}

static int dump(const mm_policy *p, const struct corpus *c, unsigned variants, int feats)
{
    mm_classify_scratch *scr;
    if (mm_classify_scratch_new(&scr) != MM_OK)
        return 1;
    for (size_t i = 0; i < c->n; i++) {
        const struct corpus_msg *m = &c->msgs[i];
        const char *texts[1] = {m->body};
        size_t lens[1] = {strlen(m->body)};
        mm_classify_result r;
        if (feats) {
            if (dump_features(mm_policy_classifier(p), scr, m, texts, lens) != 0)
                return 1;
            continue;
        }
        if (mm_classify(p, scr, m->subject, strlen(m->subject), texts, lens, 1, &r) != MM_OK)
            return 1;
        dump_result(m->id ? m->id : "-", &r);
    }
    struct variant v;
    memset(&v, 0, sizeof v);
    for (unsigned k = 0; k < variants && c->n && !feats; k++) {
        mm_classify_result r;
        char id[32];
        if (variant_make(c, k, &v) != MM_OK ||
            variant_classify(mm_policy_classifier(p), scr, &v, &r) != MM_OK)
            return 1;
        snprintf(id, sizeof id, "v%05u", k);
        dump_result(id, &r);
    }
    variant_free(&v);
    mm_classify_scratch_free(scr);
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    char ppath[4096], cpath[4096];
    snprintf(ppath, sizeof ppath, "%s/policies/default.json", src);
    snprintf(cpath, sizeof cpath, "%s/test/corpus/classify/corpus.jsonl", src);
    int rounds = 20, show = 0, dumping = 0, feats = 0;
    unsigned variants = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--policy") == 0 && i + 1 < argc)
            snprintf(ppath, sizeof ppath, "%s", argv[++i]);
        else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc)
            snprintf(cpath, sizeof cpath, "%s", argv[++i]);
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--errors") == 0)
            show = 1;
        else if (strcmp(argv[i], "--dump") == 0)
            dumping = 1;
        else if (strcmp(argv[i], "--features") == 0)
            feats = 1;
        else if (strcmp(argv[i], "--probs") == 0)
            show_probs = 1;
        else if (strcmp(argv[i], "--variants") == 0 && i + 1 < argc)
            variants = (unsigned)atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: %s [--policy FILE] [--corpus FILE] [--rounds N] [--errors] "
                            "[--dump [--variants N] [--probs]] [--features]\n",
                    argv[0]);
            return 2;
        }
    }
    mm_policy *p = NULL;
    mm_buf err = MM_BUF_INIT;
    double t0 = now_s();
    if (mm_policy_load_file(ppath, &p, &err) != MM_OK) {
        fprintf(stderr, "%s", err.data ? err.data : "policy load failed\n");
        return 1;
    }
    double tload = now_s() - t0;
    struct corpus c;
    if (corpus_load(cpath, &c) != 0 || c.n == 0) {
        fprintf(stderr, "%s: cannot load corpus\n", cpath);
        return 1;
    }
    if (dumping || feats) {
        int drc = dump(p, &c, variants, feats);
        corpus_free(&c);
        mm_policy_free(p);
        mm_buf_free(&err);
        return drc;
    }
    struct corpus_score s;
    if (corpus_score(p, &c, show ? stdout : NULL, &s) != 0)
        return 1;
    if (show) {
        mm_classify_scratch *scr;
        if (mm_classify_scratch_new(&scr) != MM_OK)
            return 1;
        for (size_t i = 0; i < c.n; i++) {
            const struct corpus_msg *m = &c.msgs[i];
            const char *texts[1] = {m->body};
            size_t lens[1] = {strlen(m->body)};
            mm_classify_result r;
            if (mm_classify(p, scr, m->subject, strlen(m->subject), texts, lens, 1, &r) != MM_OK)
                return 1;
            if ((int)r.category != m->category || r.urgent != m->urgent)
                printf("--- %s expected %s/%d got %s/%d rule %s\nSubject: %s\n%s\n", m->id,
                       mm_category_name((mm_category)m->category), m->urgent,
                       mm_category_name(r.category), r.urgent, r.rule, m->subject, m->body);
        }
        mm_classify_scratch_free(scr);
    }
    printf("policy %s compiled in %.1f ms\n", mm_policy_version_label(p), tload * 1e3);
    printf("corpus %s: %zu messages, category accuracy %.3f, urgent recall %.3f, precision %.3f\n",
           cpath, s.n, s.accuracy, s.recall, s.precision);

    mm_classify_scratch *scr;
    if (mm_classify_scratch_new(&scr) != MM_OK)
        return 1;
    size_t total = (size_t)rounds * c.n, k = 0, bytes = 0;
    double *lat = calloc(total ? total : 1, sizeof *lat);
    double start = now_s(), cstart = cpu_s();
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < c.n; i++, k++) {
            const struct corpus_msg *m = &c.msgs[i];
            const char *texts[1] = {m->body};
            size_t lens[1] = {strlen(m->body)};
            mm_classify_result res;
            double a = now_s();
            if (mm_classify(p, scr, m->subject, strlen(m->subject), texts, lens, 1, &res) != MM_OK)
                return 1;
            lat[k] = now_s() - a;
            bytes += lens[0] + strlen(m->subject);
        }
    double el = now_s() - start, cpu = cpu_s() - cstart;
    qsort(lat, total, sizeof *lat, cmp_double);
    printf("classify: %zu messages (%.0f bytes each) in %.2f s wall, %.2f s CPU: "
           "%.0f messages/s CPU time (%.0f wall), %.2f MB/s CPU\n",
           total, total ? (double)bytes / (double)total : 0, el, cpu, (double)total / cpu,
           (double)total / el, (double)bytes / cpu / 1e6);
    printf("latency (wall) p50 %.1f us, p99 %.1f us, max %.1f us\n", lat[total / 2] * 1e6,
           lat[total * 99 / 100] * 1e6, lat[total - 1] * 1e6);
    free(lat);
    mm_classify_scratch_free(scr);
    corpus_free(&c);
    mm_policy_free(p);
    mm_buf_free(&err);
    return 0;
}
