/* test_classify_corpus.c - classification accuracy on the labelled corpus
 * (test/corpus/classify/corpus.jsonl, EN + FR) with the shipped policy. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "classify_corpus.h"

static void test_corpus_accuracy(void **state)
{
    (void)state;
    const char *src = getenv("MM_SOURCE_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/policies/default.json", src ? src : MM_SOURCE_DIR);
    mm_policy *p = NULL;
    mm_buf err = MM_BUF_INIT;
    int rc = mm_policy_load_file(path, &p, &err);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    assert_int_equal(rc, MM_OK);
    snprintf(path, sizeof path, "%s/test/corpus/classify/corpus.jsonl", src ? src : MM_SOURCE_DIR);
    struct corpus c;
    assert_int_equal(corpus_load(path, &c), 0);
    assert_true(c.n >= 300);
    struct corpus_score s;
    assert_int_equal(corpus_score(p, &c, stderr, &s), 0);
    fprintf(stderr, "corpus: %zu messages, category accuracy %.3f, urgent recall %.3f "
                    "precision %.3f (tp %zu fp %zu fn %zu)\n",
            s.n, s.accuracy, s.recall, s.precision, s.tp, s.fp, s.fn);
    assert_true(s.accuracy >= 0.95);
    assert_true(s.recall >= 0.98);
    assert_true(s.precision >= 0.90);
    corpus_free(&c);
    mm_policy_free(p);
    mm_buf_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpus_accuracy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
