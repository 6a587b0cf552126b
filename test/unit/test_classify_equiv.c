/* test_classify_equiv.c - the indexed classifier gives exactly the results
 * of the reference one (each rule one PCRE2 alternation scanned over the
 * whole text): category, urgent flag, deciding rule, every score and the
 * learned layer's probabilities (the shipped policies name a model), on
 * all labelled corpora and on thousands of synthetic variants, with the
 * shipped lexicons (whatever they hold when the test runs). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <unistd.h>

#include "classify_variants.h"

#define NVARIANTS 3000

struct pair {
    mm_policy *p;
    const mm_classifier *fast;
    mm_classifier *ref;
    mm_classify_scratch *s1, *s2;
    size_t compared, urgent;
};

static const char *src_dir(void)
{
    const char *src = getenv("MM_SOURCE_DIR");
    return src ? src : MM_SOURCE_DIR;
}

static void pair_open(struct pair *pr, const char *policy)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/policies/%s", src_dir(), policy);
    mm_buf err = MM_BUF_INIT;
    memset(pr, 0, sizeof *pr);
    int rc = mm_policy_load_file(path, &pr->p, &err);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    mm_buf_free(&err);
    assert_int_equal(rc, MM_OK);
    pr->fast = mm_policy_classifier(pr->p);
    assert_non_null(pr->fast);
    assert_int_equal(mm_classifier_reference(pr->fast, &pr->ref), MM_OK);
    assert_int_equal(mm_classify_scratch_new(&pr->s1), MM_OK);
    assert_int_equal(mm_classify_scratch_new(&pr->s2), MM_OK);
}

static void pair_close(struct pair *pr)
{
    mm_classify_scratch_free(pr->s1);
    mm_classify_scratch_free(pr->s2);
    mm_classifier_free(pr->ref);
    mm_policy_free(pr->p);
}

static void same(struct pair *pr, const char *what, const mm_classify_result *a,
                 const mm_classify_result *b)
{
    int eq = a->category == b->category && a->urgent == b->urgent &&
             strcmp(a->rule, b->rule) == 0;
    for (int k = 0; k < MM_CAT_COUNT; k++)
        eq = eq && a->scores[k] == b->scores[k] && /* the same sums in the same order */
             a->prob[k] == b->prob[k];             /* the learned layer applied alike */
    eq = eq && a->model == b->model;
    if (!eq)
        fprintf(stderr, "%s: indexed %s/%d (%s), reference %s/%d (%s)\n", what,
                mm_category_name(a->category), a->urgent, a->rule,
                mm_category_name(b->category), b->urgent, b->rule);
    assert_true(eq);
    pr->compared++;
    pr->urgent += a->urgent != 0;
}

static void compare_text(struct pair *pr, const char *what, const char *subject,
                         const char *const *texts, const size_t *lens, size_t n)
{
    mm_classify_result a, b;
    assert_int_equal(mm_classifier_run(pr->fast, pr->s1, subject, strlen(subject), texts, lens,
                                       n, &a),
                     MM_OK);
    assert_int_equal(mm_classifier_run(pr->ref, pr->s2, subject, strlen(subject), texts, lens,
                                       n, &b),
                     MM_OK);
    same(pr, what, &a, &b);
}

/* Every message of a corpus file; 0 when the file is absent (the blind
 * set is not on every branch). */
static size_t compare_corpus(struct pair *pr, const char *rel, struct corpus *keep)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/test/corpus/classify/%s", src_dir(), rel);
    struct corpus c;
    if (corpus_load(path, &c) != 0)
        return 0;
    for (size_t i = 0; i < c.n; i++) {
        const char *texts[1] = {c.msgs[i].body};
        size_t lens[1] = {strlen(c.msgs[i].body)};
        compare_text(pr, c.msgs[i].id ? c.msgs[i].id : rel, c.msgs[i].subject, texts, lens, 1);
    }
    size_t n = c.n;
    if (keep)
        *keep = c;
    else
        corpus_free(&c);
    return n;
}

static void test_corpora_identical(void **state)
{
    (void)state;
    struct pair pr;
    pair_open(&pr, "default.json");
    struct corpus c;
    assert_true(compare_corpus(&pr, "corpus.jsonl", &c) >= 300);
    assert_true(compare_corpus(&pr, "holdout.jsonl", NULL) > 0);
    (void)compare_corpus(&pr, "holdout2.jsonl", NULL);
    (void)compare_corpus(&pr, "holdout3.jsonl", NULL);
    assert_true(compare_corpus(&pr, "holdout6.jsonl", NULL) >= 40); /* replies, adverbs */
    (void)compare_corpus(&pr, "holdout7.jsonl", NULL);
    assert_true(compare_corpus(&pr, "holdout8.jsonl", NULL) >= 150); /* genres, requests */
    (void)compare_corpus(&pr, "blind/blind.jsonl", NULL);
    /* the corpus is labelled: some of it must be urgent, some not */
    assert_true(pr.urgent > 0 && pr.urgent < pr.compared);
    corpus_free(&c);
    pair_close(&pr);
}

static void test_variants_identical(void **state)
{
    (void)state;
    struct pair pr;
    pair_open(&pr, "default.json");
    char path[4096];
    snprintf(path, sizeof path, "%s/test/corpus/classify/corpus.jsonl", src_dir());
    struct corpus c;
    assert_int_equal(corpus_load(path, &c), 0);
    assert_true(c.n > 0);
    struct variant v;
    memset(&v, 0, sizeof v);
    size_t long_ones = 0;
    for (uint64_t k = 0; k < NVARIANTS; k++) {
        mm_classify_result a, b;
        assert_int_equal(variant_make(&c, k, &v), MM_OK);
        assert_int_equal(variant_classify(pr.fast, pr.s1, &v, &a), MM_OK);
        assert_int_equal(variant_classify(pr.ref, pr.s2, &v, &b), MM_OK);
        char what[32];
        snprintf(what, sizeof what, "variant %llu", (unsigned long long)k);
        same(&pr, what, &a, &b);
        long_ones += v.text[0].len + v.text[1].len + v.text[2].len > 4000;
    }
    fprintf(stderr, "%zu variants identical (%zu urgent, %zu over 4 KB)\n", pr.compared,
            pr.urgent, long_ones);
    assert_true(pr.urgent > NVARIANTS / 10 && pr.urgent < NVARIANTS * 9 / 10);
    assert_true(long_ones > 0);
    variant_free(&v);
    corpus_free(&c);
    pair_close(&pr);
}

/* Edge texts: empty, only a subject, word glued to a finding, text that
 * ends inside a pattern, several texts, NUL bytes, non-ASCII bytes. */
static void test_edges_identical(void **state)
{
    (void)state;
    struct pair pr;
    pair_open(&pr, "strict.json");
    static const char *const bodies[] = {
        "", "chest pain", "xchest pain", "chest painx", "CHEST PAIN!!", "chest\n\npain",
        "no chest pain. chest pain", "if you have chest pain call 999", "chest pa",
        "douleur thoracique depuis 1 heure", "pas de douleur thoracique",
        "\xc3\x89touffement, j'\xc3\xa9touffe", "j\xe2\x80\x99" "ai mal \xc3\xa0 la poitrine",
        "unsubscribe newsletter chest pain", "\xff\xfe chest pain \x80",
        "appointment appointment appointment invoice"};
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        const char *texts[2] = {bodies[i], bodies[(i + 1) % 16]};
        size_t lens[2] = {strlen(bodies[i]), strlen(texts[1])};
        compare_text(&pr, bodies[i], "", texts, lens, 1);
        compare_text(&pr, bodies[i], bodies[i], texts, lens, 2);
        compare_text(&pr, bodies[i], bodies[i], texts, lens, 0);
    }
    const char nul[] = "chest\0pain chest pain";
    const char *texts[1] = {nul};
    size_t lens[1] = {sizeof nul - 1};
    compare_text(&pr, "NUL", "", texts, lens, 1);
    pair_close(&pr);
}

/* A lexicon made to stress the split: alternatives of one rule that match
 * at one start with different ends (order decides), unanchored ones
 * competing with anchored ones, an unsplittable rule (back reference),
 * empty matches, red flags with every kind of trigger, genre cues that
 * veto them unless present, questions to the reader, request sentences. */
static const char lexicon[] =
    "{\"language\": \"xx\", \"rules\": ["
    "{\"id\": \"r.tie\", \"category\": \"billing\", \"weight\": 1, \"patterns\": "
    "[\"ab\", \"ab cd\", \".b cd ef\", \"[a-c]b cd ef gh\", \"a?b?\", \"gh\"]},"
    "{\"id\": \"r.opaque\", \"category\": \"appointment\", \"weight\": 0.7, \"patterns\": "
    "[\"[^ ]{2}ppt\", \"appt( now)?\", \"\\\\w+ appt later\", \"(?:x|y)?appt\"]},"
    "{\"id\": \"r.backref\", \"category\": \"followup\", \"weight\": 2, \"patterns\": "
    "[\"(lab|test) results? \\\\1\", \"results\"]},"
    "{\"id\": \"r.flag\", \"category\": \"clinical_urgent\", \"weight\": 1, \"patterns\": "
    "[\"chest pain\", \"pain in (the )?chest\", \"[0-9]+ ?bpm\"]},"
    "{\"id\": \"r.flag2\", \"category\": \"clinical_urgent\", \"weight\": 0.5, \"patterns\": "
    "[\"faint(ed|ing)?\", \".{0,3}collapse[ds]?\"]}],"
    "\"context\": {\"negation_pre\": [\"no\", \"not? any\", \"[^ ]*less\"],"
    "\"negation_post\": [\"gone\", \"resolved\"], \"pseudo\": [\"no (increase|doubt)\"],"
    "\"hypothetical_pre\": [\"if\", \"in case\"], \"hypothetical_post\": [\"maybe\"],"
    "\"historical_pre\": [\"history of\"], \"historical_post\": [\"[0-9]+ years ago\"],"
    "\"terminators\": [\"but\", \"(how)?ever\"], \"education\": [\"newsletter\", \"tips?\"],"
    "\"record\": [\"summary\", \"dear dr\"], \"present\": [\"is now\"],"
    "\"question\": [\"do you\"], \"request\": [\"please\", \"could you\"]}}";

static void test_synthetic_lexicon(void **state)
{
    (void)state;
    char dir[] = "/tmp/mm_cls_equiv_XXXXXX", path[4096];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/xx.json", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(lexicon, 1, sizeof lexicon - 1, f), sizeof lexicon - 1);
    assert_int_equal(fclose(f), 0);
    static const char spec_text[] = "{\"lexicons\": [\"xx.json\"], \"scope_words\": 3}";
    mm_buf err = MM_BUF_INIT;
    mm_jv v;
    mm_jv_init(&v, "spec", spec_text, sizeof spec_text - 1, &err);
    json_t *spec = mm_jv_parse(&v);
    assert_non_null(spec);
    struct pair pr;
    memset(&pr, 0, sizeof pr);
    mm_classifier *fast;
    int rc = mm_classifier_compile(&v, spec, dir, NULL, &fast);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    assert_int_equal(rc, MM_OK);
    pr.fast = fast;
    assert_int_equal(mm_classifier_reference(fast, &pr.ref), MM_OK);
    assert_int_equal(mm_classify_scratch_new(&pr.s1), MM_OK);
    assert_int_equal(mm_classify_scratch_new(&pr.s2), MM_OK);
    static const char *const words[] = {
        "ab", "cd", "ef", "gh", "bb", "cb", "xb", "a", "b", "appt", "xappt", "yappt", "now",
        "later", "lab", "test", "results", "result", "chest", "pain", "in", "the", "72", "bpm",
        "72bpm", "faint", "fainted", "collapsed", "no", "not", "any", "painless", "gone",
        "resolved", "increase", "if", "in case", "maybe", "history of", "3", "years", "ago", "but",
        "however", "ever", "newsletter", "tip", "tips", ".", ". ", "\n\n", ",", " ", "  ", "\n",
        "summary", "dear dr", "is now", "do you", "?", "please", "could you", "- ", "x: y\n"};
    /* first some made to order: where an alternative ends decides the next hit */
    static const char *const fixed[] = {
        "cb cd ef gh", "ab cd ef gh", "xb cd ef gh", "b cd ef", "xappt later", "appt now appt",
        "yappt", "lab results lab", "test result test", "no chest pain but 72 bpm",
        "chest pain if", "pain in the chest 3 years ago", "painless chest pain", "newsletter tips",
        "summary dear dr chest pain", "summary dear dr chest pain is now", "do you faint? no",
        "could you ab cd please. appt appt", "- a: b\n- c: d\n- e: f\nnewsletter chest pain"};
    uint64_t seed = 42;
    mm_buf text = MM_BUF_INIT;
    for (int k = 0; k < 4000; k++) {
        mm_buf_reset(&text);
        if (k < (int)(sizeof fixed / sizeof fixed[0])) {
            const char *texts[1] = {fixed[k]};
            size_t lens[1] = {strlen(fixed[k])};
            mm_classify_result a, b;
            assert_int_equal(mm_classifier_run(pr.fast, pr.s1, "", 0, texts, lens, 1, &a), MM_OK);
            assert_int_equal(mm_classifier_run(pr.ref, pr.s2, "", 0, texts, lens, 1, &b), MM_OK);
            same(&pr, fixed[k], &a, &b);
            continue;
        }
        int n = 1 + (int)variant_below(&seed, 40);
        for (int i = 0; i < n; i++) {
            const char *w = words[variant_below(&seed, sizeof words / sizeof words[0])];
            assert_int_equal(mm_buf_append(&text, w, strlen(w)), MM_OK);
            if (variant_below(&seed, 3))
                assert_int_equal(mm_buf_append(&text, " ", 1), MM_OK);
        }
        size_t cut = variant_below(&seed, (uint32_t)text.len + 1);
        const char *texts[1] = {text.data + cut};
        size_t lens[1] = {text.len - cut};
        mm_classify_result a, b;
        assert_int_equal(
            mm_classifier_run(pr.fast, pr.s1, text.data, cut, texts, lens, 1, &a), MM_OK);
        assert_int_equal(
            mm_classifier_run(pr.ref, pr.s2, text.data, cut, texts, lens, 1, &b), MM_OK);
        same(&pr, text.data, &a, &b);
    }
    fprintf(stderr, "%zu synthetic-lexicon texts identical (%zu urgent)\n", pr.compared,
            pr.urgent);
    assert_true(pr.urgent > 100 && pr.urgent < pr.compared - 100);
    mm_buf_free(&text);
    mm_classify_scratch_free(pr.s1);
    mm_classify_scratch_free(pr.s2);
    mm_classifier_free(pr.ref);
    mm_classifier_free(fast);
    json_decref(spec);
    mm_buf_free(&err);
    assert_int_equal(unlink(path), 0);
    assert_int_equal(rmdir(dir), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpora_identical),
        cmocka_unit_test(test_variants_identical),
        cmocka_unit_test(test_edges_identical),
        cmocka_unit_test(test_synthetic_lexicon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
