/* test_classify_model.c - the classifier's learned layer: C applies the
 * shipped model exactly as the trainer computed it (fixtures written by
 * tools/train_classifier.py), the feature names the trainer reads, the
 * decision rules on a hand-made model, and model file validation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "classify.h"
#include "clsmodel.h"

static const char *src_dir(void)
{
    const char *src = getenv("MM_SOURCE_DIR");
    return src ? src : MM_SOURCE_DIR;
}

static mm_policy *load_policy(const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/policies/%s", src_dir(), name);
    mm_policy *p = NULL;
    mm_buf err = MM_BUF_INIT;
    int rc = mm_policy_load_file(path, &p, &err);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    mm_buf_free(&err);
    assert_int_equal(rc, MM_OK);
    return p;
}

static mm_classify_result classify(const mm_classifier *c, mm_classify_scratch *s,
                                   const char *subject, const char *body)
{
    mm_classify_result r;
    const char *texts[1] = {body};
    size_t lens[1] = {strlen(body)};
    assert_int_equal(mm_classifier_run(c, s, subject, strlen(subject), texts, lens, 1, &r), MM_OK);
    return r;
}

/* The trainer's probabilities for a few messages, with the exported
 * weights: C must find the same (float weights: 1e-5). */
static void test_shipped_model_matches_trainer(void **state)
{
    (void)state;
    const char *policies[] = {"default.json", "strict.json"};
    char path[4096];
    snprintf(path, sizeof path, "%s/test/corpus/classify/model_checks.json", src_dir());
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    assert_non_null(root);
    json_t *checks = json_object_get(root, "checks");
    assert_true(json_array_size(checks) >= 6);
    mm_classify_scratch *s;
    assert_int_equal(mm_classify_scratch_new(&s), MM_OK);
    for (size_t pi = 0; pi < 2; pi++) {
        mm_policy *p = load_policy(policies[pi]);
        const mm_classifier *c = mm_policy_classifier(p);
        size_t i, changed = 0;
        json_t *chk;
        json_array_foreach(checks, i, chk) {
            const char *id = json_string_value(json_object_get(chk, "id"));
            mm_classify_result r = classify(c, s, json_string_value(json_object_get(chk, "subject")),
                                            json_string_value(json_object_get(chk, "body")));
            assert_true(r.model);
            double sum = 0;
            for (int k = 0; k < MM_CAT_COUNT; k++) {
                double want = json_number_value(json_array_get(json_object_get(chk, "prob"), k));
                if (r.prob[k] < want - 1e-5 || r.prob[k] > want + 1e-5) {
                    fprintf(stderr, "%s: p[%s] = %.9f, trainer %.9f\n", id,
                            mm_category_name((mm_category)k), r.prob[k], want);
                    fail();
                }
                sum += r.prob[k];
            }
            assert_true(sum > 0.999999 && sum < 1.000001);
            assert_string_equal(mm_category_name(r.category),
                                json_string_value(json_object_get(chk, "category")));
            assert_int_equal(r.urgent, json_is_true(json_object_get(chk, "urgent")));
            changed += strncmp(r.rule, "model", 5) == 0;
        }
        /* the fixtures include messages where the model overrides the rules */
        assert_true(changed > 0);
        mm_policy_free(p);
    }
    mm_classify_scratch_free(s);
    json_decref(root);
}

static void feature_add(void *ctx, const char *name, size_t len, double value)
{
    json_t *o = ctx;
    char key[256];
    assert_true(len > 2 && len < sizeof key);
    memcpy(key, name, len);
    key[len] = '\0';
    json_t *old = json_object_get(o, key);
    if (old) /* a repeated name has the same value */
        assert_true(json_real_value(old) == value);
    json_object_set_new(o, key, json_real(value));
}

static json_t *features(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                        const char *body, mm_classify_result *r)
{
    json_t *o = json_object();
    const char *texts[1] = {body};
    size_t lens[1] = {strlen(body)};
    assert_int_equal(mm_classifier_features(c, s, subject, strlen(subject), texts, lens, 1,
                                            feature_add, o, r),
                     MM_OK);
    return o;
}

static int has(const json_t *o, const char *name)
{
    return json_object_get(o, name) != NULL;
}

static void test_feature_names(void **state)
{
    (void)state;
    mm_policy *p = load_policy("default.json");
    const mm_classifier *c = mm_policy_classifier(p);
    mm_classify_scratch *s;
    assert_int_equal(mm_classify_scratch_new(&s), MM_OK);
    mm_classify_result r;
    json_t *o = features(c, s, "Chest PAIN", "My dad can't breathe. Fever 39.5, \xc3\xa9touffe",
                         &r);
    assert_true(r.urgent); /* the rule layer's result */
    assert_int_equal(r.model, 0);
    assert_true(has(o, "s:chest") && has(o, "s:pain") && has(o, "s:chest pain"));
    assert_true(has(o, "w:dad can") && has(o, "w:can t") && has(o, "w:t breathe"));
    assert_false(has(o, "w:breathe fever")); /* no pair across a sentence end */
    assert_true(has(o, "w:fever #") && has(o, "w:#") && has(o, "w:etouffe"));
    assert_false(has(o, "w:39"));
    assert_true(has(o, "x:rule_urgent") && has(o, "x:rule.clinical_urgent"));
    assert_false(has(o, "x:rule.other")); /* zero values are not features */
    int rules = 0;
    const char *key;
    json_t *val;
    json_object_foreach(o, key, val) rules += strncmp(key, "r:", 2) == 0;
    assert_true(rules >= 1);
    json_decref(o);
    /* a reply: its quoted lines give no words; negated red flags counted */
    o = features(c, s, "Re: appointment",
                 "Thanks, no chest pain now, all fine here.\n> zebra crossing words\n", &r);
    assert_false(has(o, "w:zebra"));
    assert_true(has(o, "w:thanks") && has(o, "x:reply") && has(o, "x:negated"));
    assert_true(has(o, "s:re") && json_real_value(json_object_get(o, "x:quoted_share")) > 0);
    json_decref(o);
    /* words of a red flag the rules did not affirm are "n:" words */
    o = features(c, s, "", "No chest pain at all. My chest feels fine.", &r);
    assert_true(has(o, "n:chest") && has(o, "n:pain") && has(o, "w:chest"));
    assert_false(has(o, "w:pain") || has(o, "w:chest pain"));
    assert_true(has(o, "w:at all") && has(o, "x:negated"));
    json_decref(o);
    /* long words are cut at 20 letters */
    o = features(c, s, "", "pneumonoultramicroscopicsilicovolcanoconiosis", &r);
    assert_true(has(o, "w:pneumonoultramicrosc"));
    json_decref(o);
    assert_int_equal(mm_classifier_features(c, s, "", 0, NULL, NULL, 0, NULL, NULL, &r),
                     MM_EINVAL);
    mm_classify_scratch_free(s);
    mm_policy_free(p);
}

/* --- a hand-made model ---------------------------------------------- */

static char tmpdir[64];

static void write_file(const char *name, const char *text)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(fputs(text, f) >= 0, 1);
    assert_int_equal(fclose(f), 0);
}

/* Compile {"lexicons": [shipped en], "model": file}; MM_OK or the error
 * text in err. */
static int compile(const char *model, mm_classifier **out, mm_buf *err)
{
    char spec_text[8192];
    snprintf(spec_text, sizeof spec_text,
             "{\"lexicons\": [\"%s/policies/lexicons/en.json\"], \"model\": \"%s\"}", src_dir(),
             model);
    mm_jv v;
    mm_jv_init(&v, "spec", spec_text, strlen(spec_text), err);
    json_t *spec = mm_jv_parse(&v);
    assert_non_null(spec);
    mm_jv_key(&v, "classification");
    int rc = mm_classifier_compile(&v, spec, tmpdir, NULL, out);
    json_decref(spec);
    return rc;
}

#define MODEL_HEAD                                                                                 \
    "{\"format\": \"medmilter-clsmodel-1\", \"categories\": [\"other\", \"appointment\", "         \
    "\"prescription\", \"billing\", \"clinical_urgent\", \"followup\"], "

static void test_decisions(void **state)
{
    (void)state;
    /* categories in another order than the enum's: mapped by name */
    write_file("m.json", MODEL_HEAD "\"bias\": [0, 0, 0, 0, 0, 0], \"urgent_high\": 0.9, "
                                    "\"urgent_keep\": 0.5, \"weights\": {"
                                    "\"w:zebra\": [0, 0, 0, 0, 20, 0], "
                                    "\"w:giraffe\": [0, 0, 0, 20, 0, 0], "
                                    "\"x:rule_urgent\": [0, 0, 0, 0, 1, 0]}}");
    mm_buf err = MM_BUF_INIT;
    mm_classifier *c, *ref;
    int rc = compile("m.json", &c, &err);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    assert_int_equal(rc, MM_OK);
    assert_int_equal(mm_classifier_reference(c, &ref), MM_OK);
    mm_classify_scratch *s;
    assert_int_equal(mm_classify_scratch_new(&s), MM_OK);
    const mm_classifier *both[2] = {c, ref};
    for (int i = 0; i < 2; i++) {
        /* the model alone, confident: urgent without any red flag */
        mm_classify_result r = classify(both[i], s, "", "a zebra, a zebra");
        assert_true(r.model && r.urgent);
        assert_int_equal(r.category, MM_CAT_CLINICAL_URGENT);
        assert_string_equal(r.rule, "model");
        assert_true(r.prob[MM_CAT_CLINICAL_URGENT] > 0.99);
        /* the model's category where the rules have none */
        r = classify(both[i], s, "", "the giraffe is tall");
        assert_false(r.urgent);
        assert_int_equal(r.category, MM_CAT_BILLING);
        /* a red flag the rules affirm, the model unconvinced (p < keep):
         * not urgent, and the audit says the model decided */
        r = classify(both[i], s, "", "I have crushing chest pain");
        assert_false(r.urgent);
        assert_true(r.prob[MM_CAT_CLINICAL_URGENT] < 0.5);
        assert_true(strncmp(r.rule, "model", 5) == 0);
        assert_true(mm_classifier_run_rules(both[i], s, "", 0,
                                            (const char *const[]){"I have crushing chest pain"},
                                            (const size_t[]){26}, 1, &r) == MM_OK);
        assert_true(r.urgent && !r.model);
        /* the model agrees with the rules: their rule stays */
        r = classify(both[i], s, "", "crushing chest pain, zebra");
        assert_true(r.urgent);
        assert_true(strncmp(r.rule, "en.", 3) == 0);
    }
    mm_classifier_free(ref);
    mm_classifier_free(c);
    /* keep 0: an affirmed red flag always pages */
    write_file("m0.json", MODEL_HEAD "\"bias\": [0, 0, 0, 0, 0, 0], \"urgent_high\": 1, "
                                     "\"urgent_keep\": 0, \"weights\": {}}");
    assert_int_equal(compile("m0.json", &c, &err), MM_OK);
    mm_classify_result r = classify(c, s, "", "I have crushing chest pain");
    assert_true(r.urgent && r.model);
    r = classify(c, s, "", "");
    assert_false(r.urgent);
    assert_int_equal(r.category, MM_CAT_APPOINTMENT); /* uniform: the first other category */
    mm_classifier_free(c);
    mm_classify_scratch_free(s);
    mm_buf_free(&err);
}

static void test_model_errors(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } bad[] = {
        {"[]", "expected an object (a classifier model)"},
        {"{\"format\": \"x\"", "m.json:1:"},
        {MODEL_HEAD "\"bias\": [0,0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, "
                    "\"weights\": {}, \"bogus\": 1}",
         "$.bogus: unknown key"},
        {"{\"format\": \"v2\", \"categories\": [\"other\", \"appointment\", \"prescription\", "
         "\"billing\", \"clinical_urgent\", \"followup\"], \"bias\": [0,0,0,0,0,0], "
         "\"urgent_high\": 0.9, \"urgent_keep\": 0.1, \"weights\": {}}",
         "$.format: expected \"medmilter-clsmodel-1\""},
        {MODEL_HEAD "\"bias\": [0,0,0,0,0,0], \"urgent_high\": 1.5, \"urgent_keep\": 0.1, "
                    "\"weights\": {}}",
         "$.urgent_high: expected a probability between 0 and 1"},
        {MODEL_HEAD "\"bias\": [0,0,0,0,0,0], \"urgent_high\": 0.5, \"weights\": {}}",
         "urgent_keep"},
        {MODEL_HEAD "\"bias\": [0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, "
                    "\"weights\": {}}",
         "$.bias: expected an array of 6 numbers"},
        {MODEL_HEAD "\"bias\": [0,0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, "
                    "\"weights\": {\"w:a\": [0,0,0,0,0,\"x\"]}}",
         "$.weights[\"w:a\"][5]: expected a number"},
        {MODEL_HEAD "\"bias\": [0,0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, "
                    "\"weights\": {\"w:a\": [0,0,0,0,0,1e300]}}",
         "expected a number between -1e6 and 1e6"},
        {MODEL_HEAD "\"bias\": [0,0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, "
                    "\"weights\": {\"\": [0,0,0,0,0,0]}}",
         "expected a feature name of 1 to 256 bytes"},
        {"{\"format\": \"medmilter-clsmodel-1\", \"categories\": [\"other\", \"other\", "
         "\"prescription\", \"billing\", \"clinical_urgent\", \"followup\"], \"bias\": "
         "[0,0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, \"weights\": {}}",
         "$.categories[1]: expected a category name, each once"},
        {"{\"format\": \"medmilter-clsmodel-1\", \"categories\": [\"other\", 0, "
         "\"prescription\", \"billing\", \"clinical_urgent\", \"followup\"], \"bias\": "
         "[0,0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, \"weights\": {}}",
         "$.categories[1]: expected a category name, each once"},
        {"{\"format\": \"medmilter-clsmodel-1\", \"categories\": [\"other\"], \"bias\": "
         "[0,0,0,0,0,0], \"urgent_high\": 0.9, \"urgent_keep\": 0.1, \"weights\": {}}",
         "$.categories: expected the 6 category names"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        write_file("m.json", bad[i].text);
        mm_buf err = MM_BUF_INIT;
        mm_classifier *c = NULL;
        assert_int_equal(compile("m.json", &c, &err), MM_EPOLICY);
        assert_null(c);
        if (err.data == NULL || strstr(err.data, bad[i].want) == NULL) {
            fprintf(stderr, "case %zu: wanted \"%s\" in:\n%s", i, bad[i].want,
                    err.data ? err.data : "(nothing)\n");
            fail();
        }
        mm_buf_free(&err);
    }
    /* a missing file: the policy path and the file named */
    mm_buf err = MM_BUF_INIT;
    mm_classifier *c = NULL;
    assert_int_equal(compile("absent.json", &c, &err), MM_EPOLICY);
    assert_non_null(strstr(err.data, "$.classification.model: expected a readable model file"));
    assert_non_null(strstr(err.data, "absent.json"));
    mm_buf_free(&err);
}

static int group_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mm_clsmodel_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    char path[4096];
    const char *names[] = {"m.json", "m0.json"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, names[i]);
        unlink(path);
    }
    return rmdir(tmpdir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_model_matches_trainer),
        cmocka_unit_test(test_feature_names),
        cmocka_unit_test(test_decisions),
        cmocka_unit_test(test_model_errors),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
