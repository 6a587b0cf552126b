/* test_classify_model_fast.c - the learned layer's fast feature lookup
 * (words hashed in place, keys from parts, clsmodel.h) gives exactly what
 * the straightforward computation gives: every feature the classifier
 * exports by name, looked up by name (mm_clsmodel_find), its weights
 * summed in the same order. Probabilities must agree to the last bit, on
 * random texts built from the model's own vocabulary (so that words,
 * prefixes, pairs and "n:" words hit), on a hand-made model of odd
 * feature names and on two words whose keys collide. The words the
 * tokenizer finds are checked against a plain reading of the rules. */
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

#define NTEXTS 300

static char tmpdir[64];

static const char *src_dir(void)
{
    const char *src = getenv("MM_SOURCE_DIR");
    return src ? src : MM_SOURCE_DIR;
}

static uint32_t rnd(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return (uint32_t)((*s * 2685821657736338717ULL) >> 32);
}

static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    mm_buf b = MM_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        assert_int_equal(mm_buf_append(&b, chunk, n), MM_OK);
    fclose(f);
    assert_int_equal(mm_buf_append(&b, "", 1), MM_OK);
    *len = b.len - 1;
    return b.data;
}

static mm_clsmodel *parse_model(const char *path)
{
    size_t len;
    char *text = read_text(path, &len);
    mm_buf err = MM_BUF_INIT;
    mm_jv v;
    mm_jv_init(&v, "spec", "{}", 2, &err);
    mm_clsmodel *m = NULL;
    int rc = mm_clsmodel_parse(&v, text, len, path, &m);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    assert_int_equal(rc, MM_OK);
    mm_buf_free(&err);
    free(text);
    return m;
}

static int compile(const char *model, mm_classifier **out)
{
    char spec_text[8192];
    snprintf(spec_text, sizeof spec_text,
             "{\"lexicons\": [\"%s/policies/lexicons/en.json\", "
             "\"%s/policies/lexicons/fr.json\"], \"model\": \"%s\"}",
             src_dir(), src_dir(), model);
    mm_buf err = MM_BUF_INIT;
    mm_jv v;
    mm_jv_init(&v, "spec", spec_text, strlen(spec_text), &err);
    json_t *spec = mm_jv_parse(&v);
    assert_non_null(spec);
    mm_jv_key(&v, "classification");
    int rc = mm_classifier_compile(&v, spec, tmpdir, NULL, out);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    json_decref(spec);
    mm_buf_free(&err);
    return rc;
}

/* The straightforward computation, from the exported feature names. */
struct plain {
    const mm_clsmodel *m;
    double logits[MM_CAT_COUNT];
    unsigned char *seen;
    size_t hits, pairs, prefixes, negated;
};

static void plain_add(void *ctx, const char *name, size_t len, double value)
{
    struct plain *p = ctx;
    int32_t id = mm_clsmodel_find(p->m, name, len);
    if (id < 0 || p->seen[id])
        return;
    p->seen[id] = 1;
    mm_clsmodel_add(p->m, id, value, p->logits);
    p->hits++;
    p->pairs += memchr(name, ' ', len) != NULL;
    p->prefixes += len > 2 && name[1] == 'p';
    p->negated += name[0] == 'n';
}

/* One message: the classifier's probabilities are the plain ones. */
static void check(const mm_classifier *c, const mm_clsmodel *m, mm_classify_scratch *s,
                  struct plain *p, const char *subject, const char *body)
{
    const char *texts[1] = {body};
    size_t lens[1] = {strlen(body)};
    mm_classify_result r, rr;
    assert_int_equal(mm_classifier_run(c, s, subject, strlen(subject), texts, lens, 1, &r), MM_OK);
    assert_int_equal(r.model, 1);
    memset(p->seen, 0, mm_clsmodel_size(m) ? mm_clsmodel_size(m) : 1);
    mm_clsmodel_bias(m, p->logits);
    assert_int_equal(mm_classifier_features(c, s, subject, strlen(subject), texts, lens, 1,
                                            plain_add, p, &rr),
                     MM_OK);
    double prob[MM_CAT_COUNT];
    mm_clsmodel_softmax(p->logits, prob);
    for (int k = 0; k < MM_CAT_COUNT; k++) {
        if (memcmp(&prob[k], &r.prob[k], sizeof prob[k]) != 0)
            fprintf(stderr, "category %d: fast %a, plain %a\nSubject: %s\n%s\n", k, r.prob[k],
                    prob[k], subject, body);
        assert_memory_equal(&prob[k], &r.prob[k], sizeof prob[k]);
    }
}

/* Random text: the model's words (of every namespace, pairs split),
 * with separators that keep or break pairs, digits, capitals, cut-off
 * long words, quoted lines and negation cues. */
static void random_text(uint64_t *seed, char *const *vocab, size_t nvocab, mm_buf *out,
                        size_t nwords)
{
    static const char *const seps[] = {" ", " ", " ", "  ", "\t", "\n", "'", "-", ". ", ", ",
                                       "? ", "\n> ", "\n\n", " no ", " denies ", " if ",
                                       " pas de ", " history of ", "; ", ": "};
    out->len = 0;
    for (size_t i = 0; i < nwords; i++) {
        const char *w = vocab[rnd(seed) % nvocab];
        uint32_t r = rnd(seed) % 40;
        char tmp[128];
        if (r == 0) {
            snprintf(tmp, sizeof tmp, "%u%s", rnd(seed) % 1000, w); /* a word with a digit */
            w = tmp;
        } else if (r == 1) {
            snprintf(tmp, sizeof tmp, "%s%s%s", w, vocab[rnd(seed) % nvocab],
                     vocab[rnd(seed) % nvocab]); /* long: cut at 20 */
            w = tmp;
        } else if (r == 2) {
            snprintf(tmp, sizeof tmp, "%s", w);
            for (char *q = tmp; *q; q++)
                if (*q >= 'a' && *q <= 'z' && rnd(seed) % 2)
                    *q = (char)(*q - 'a' + 'A');
            w = tmp;
        }
        assert_int_equal(mm_buf_append(out, w, strlen(w)), MM_OK);
        const char *sep = seps[rnd(seed) % (sizeof seps / sizeof seps[0])];
        assert_int_equal(mm_buf_append(out, sep, strlen(sep)), MM_OK);
    }
    assert_int_equal(mm_buf_append(out, "", 1), MM_OK);
}

/* Words of the model's word, prefix and pair features. */
static char **model_vocab(const mm_clsmodel *m, size_t *n)
{
    char **v = calloc(2 * mm_clsmodel_size(m) + 8, sizeof *v);
    assert_non_null(v);
    *n = 0;
    for (int32_t id = 0; (size_t)id < mm_clsmodel_size(m); id++) {
        size_t len;
        const char *name = mm_clsmodel_name(m, id, &len);
        const char *c = memchr(name, ':', len);
        if (c == NULL || name[0] == 'x' || name[0] == 'r')
            continue;
        for (const char *a = c + 1, *e = name + len; a < e;) {
            const char *sp = memchr(a, ' ', (size_t)(e - a));
            const char *end = sp ? sp : e;
            if (end > a)
                v[(*n)++] = strndup(a, (size_t)(end - a));
            a = end + 1;
        }
    }
    v[(*n)++] = strdup("zzqx"); /* words the model lacks */
    v[(*n)++] = strdup("chest");
    v[(*n)++] = strdup("pain");
    return v;
}

static void run_random(const mm_classifier *c, const mm_clsmodel *m, uint64_t seed, size_t ntexts,
                       struct plain *p)
{
    size_t nvocab;
    char **vocab = model_vocab(m, &nvocab);
    mm_classify_scratch *s;
    assert_int_equal(mm_classify_scratch_new(&s), MM_OK);
    mm_buf subj = MM_BUF_INIT, body = MM_BUF_INIT;
    p->m = m;
    p->seen = malloc(mm_clsmodel_size(m) ? mm_clsmodel_size(m) : 1);
    assert_non_null(p->seen);
    for (size_t i = 0; i < ntexts; i++) {
        random_text(&seed, vocab, nvocab, &subj, 1 + rnd(&seed) % 8);
        random_text(&seed, vocab, nvocab, &body, 1 + rnd(&seed) % 400);
        check(c, m, s, p, subj.data, body.data);
    }
    check(c, m, s, p, "", ""); /* nothing but the rule layer's features */
    free(p->seen);
    mm_buf_free(&subj);
    mm_buf_free(&body);
    mm_classify_scratch_free(s);
    for (size_t i = 0; i < nvocab; i++)
        free(vocab[i]);
    free(vocab);
}

static void test_shipped_model(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/policies/lexicons/model.json", src_dir());
    mm_clsmodel *m = parse_model(path);
    assert_int_equal(mm_clsmodel_fast(m), 1); /* else the fast path would not be used */
    for (int32_t id = 0; (size_t)id < mm_clsmodel_size(m); id++) {
        size_t len;
        const char *name = mm_clsmodel_name(m, id, &len);
        assert_int_equal(mm_clsmodel_find(m, name, len), id);
    }
    mm_classifier *c = NULL;
    assert_int_equal(compile(path, &c), MM_OK);
    struct plain p;
    memset(&p, 0, sizeof p);
    run_random(c, m, 0x5eed5eedull, NTEXTS, &p);
    /* the texts reached every kind of feature */
    assert_true(p.pairs > 100);
    assert_true(p.prefixes > 100);
    assert_true(p.negated > 0);
    mm_classifier_free(c);
    mm_clsmodel_free(m);
}

/* A model file in tmpdir of these names, random weights; its path in path. */
static void write_model(char *path, size_t size, const char *stem, const char *const *names,
                        size_t n)
{
    snprintf(path, size, "%s/%s.json", tmpdir, stem);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "{\"format\": \"medmilter-clsmodel-1\", \"categories\": [\"other\", "
               "\"appointment\", \"prescription\", \"billing\", \"clinical_urgent\", "
               "\"followup\"], \"bias\": [0.1, -0.2, 0.3, -0.4, 0.5, -0.6], "
               "\"urgent_high\": 0.6, \"urgent_keep\": 0.1, \"weights\": {");
    uint64_t seed = 42;
    for (size_t i = 0; i < n; i++) {
        fprintf(f, "%s\"%s\": [", i ? ", " : "", names[i]);
        for (int k = 0; k < MM_CAT_COUNT; k++)
            fprintf(f, "%s%.6f", k ? ", " : "", (double)(rnd(&seed) % 2000) / 1000 - 1);
        fprintf(f, "]");
    }
    fprintf(f, "}}\n");
    assert_int_equal(fclose(f), 0);
}

/* Names of odd shapes: several spaces, empty parts, words longer than the
 * cut, namespaces the classifier never makes, a name that is only one
 * letter. Their keys are computed the same way at load and per word. */
static void test_odd_names(void **state)
{
    (void)state;
    static const char *const names[] = {
        "w:chest", "w:chest pain", "w:chest  pain", "w:a b c", "w: pain", "w:chest ",
        "wp:chest", "wp:vomit", "sp:urgen", "p:x", ":x", "x", "w:", "n:pain", "n:chest pain",
        "w:abcdefghijklmnopqrst", "w:abcdefghijklmnopqrstu", "wp:abcde", "w:#", "w:# pain",
        "s:urgent", "s:urgent chest", "w:pain chest", "w:xyzzy", "x:words", "x:red_raw",
        "w:severe", "w:severe chest", "wp:sever", "w:i'm", "w:can't", "w:don t"};
    char path[4096];
    size_t nodd = sizeof names / sizeof names[0];
    write_model(path, sizeof path, "odd", names, nodd);
    mm_clsmodel *m = parse_model(path);
    for (size_t i = 0; i < nodd; i++) {
        int32_t id = mm_clsmodel_find(m, names[i], strlen(names[i]));
        assert_true(id >= 0);
        size_t len;
        const char *name = mm_clsmodel_name(m, id, &len);
        assert_int_equal(len, strlen(names[i]));
        assert_memory_equal(name, names[i], len);
    }
    assert_int_equal(mm_clsmodel_find(m, "w:chest  ", 9), -1);
    assert_int_equal(mm_clsmodel_find(m, "w:pain", 6), -1);
    mm_classifier *c = NULL;
    assert_int_equal(compile(path, &c), MM_OK);
    struct plain p;
    memset(&p, 0, sizeof p);
    run_random(c, m, 7, NTEXTS / 3, &p);
    assert_true(p.pairs > 10);
    mm_classify_scratch *s;
    assert_int_equal(mm_classify_scratch_new(&s), MM_OK);
    p.seen = malloc(mm_clsmodel_size(m));
    assert_non_null(p.seen);
    /* words cut at 20 letters, digits, a pair across an apostrophe */
    p.hits = 0;
    check(c, m, s, &p, "URGENT chest", "Severe chest pain, abcdefghijklmnopqrstuvwxyz I'm 42yo");
    assert_true(p.hits >= 6);
    free(p.seen);
    mm_classify_scratch_free(s);
    mm_classifier_free(c);
    mm_clsmodel_free(m);
    unlink(path);
}

/* Two words whose keys collide (found by inverting the last mix of
 * "ploavyngfmgsrsyy" onto the key of "chestpainsevereb"; regenerate them
 * if the hashes change): only the check tells them apart. Each must find
 * its own weights, and the other word must not find them when it is not
 * in the model. */
#define COLL_A "chestpainsevereb"
#define COLL_B "ploavyngfmgsrsyy"

static uint64_t word_key(const char *w)
{
    uint64_t b[3] = {0, 0, 0};
    memcpy(b, w, strlen(w));
    return mm_clsmodel_hkey('w' | MM_CLSKEY_WORD, (const char *)b, strlen(w));
}

static void test_key_collision(void **state)
{
    (void)state;
    assert_true(word_key(COLL_A) == word_key(COLL_B)); /* else find a new pair */
    assert_true(word_key(COLL_A) != word_key("chestpainseverec"));
    static const char *const both[] = {"w:" COLL_A, "w:" COLL_B, "w:" COLL_A " " COLL_B,
                                       "w:" COLL_B " " COLL_A, "wp:chest", "wp:ploav", "w:pain"};
    static const char *const one[] = {"w:" COLL_A, "w:pain", "w:" COLL_A " " COLL_A};
    static const char *const texts[] = {COLL_A, COLL_B, COLL_A " " COLL_B, COLL_B " " COLL_A,
                                        COLL_B " pain " COLL_B " " COLL_B, "pain"};
    for (int variant = 0; variant < 2; variant++) {
        char path[4096];
        const char *const *names = variant ? one : both;
        size_t n = variant ? sizeof one / sizeof one[0] : sizeof both / sizeof both[0];
        write_model(path, sizeof path, "coll", names, n);
        mm_clsmodel *m = parse_model(path);
        assert_int_equal(mm_clsmodel_fast(m), 1); /* keys alike, (key, check) unique */
        for (size_t i = 0; i < n; i++)
            assert_int_equal(mm_clsmodel_find(m, names[i], strlen(names[i])), (int32_t)i);
        assert_int_equal(mm_clsmodel_find(m, "w:" COLL_B, strlen("w:" COLL_B)),
                         variant ? -1 : 1);
        mm_classifier *c = NULL;
        assert_int_equal(compile(path, &c), MM_OK);
        mm_classify_scratch *s;
        assert_int_equal(mm_classify_scratch_new(&s), MM_OK);
        struct plain p;
        memset(&p, 0, sizeof p);
        p.m = m;
        p.seen = malloc(n);
        assert_non_null(p.seen);
        for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
            p.hits = 0;
            check(c, m, s, &p, "", texts[i]);
            /* the words of COLL_B hit only the model that has them */
            if (i == 1)
                assert_int_equal(p.hits, variant ? 0 : 2);
            if (i == 2)
                assert_int_equal(p.hits, variant ? 1 : 5);
        }
        free(p.seen);
        mm_classify_scratch_free(s);
        mm_classifier_free(c);
        mm_clsmodel_free(m);
        unlink(path);
    }
}

/* The words, prefixes and pairs the classifier exports, against a plain
 * reading of the rules (docs/classify-model.md) over the folded text:
 * random bytes around the eight- and sixteen-byte steps of the tokenizer,
 * digits anywhere in a word, bytes above 0x7f, text ends inside a word. */
static int ref_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static void ref_words(const char *t, size_t len, char ns, mm_buf *out)
{
    char prev[32];
    int pair = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)t[i];
        if (!ref_alnum(c)) {
            if (!strchr(" \t\n'-", c) || c == 0)
                pair = 0;
            i++;
            continue;
        }
        size_t j = i;
        int digit = 0;
        for (; j < len && ref_alnum((unsigned char)t[j]); j++)
            digit |= t[j] >= '0' && t[j] <= '9';
        char w[32];
        size_t n = digit ? 1 : (j - i < 20 ? j - i : 20);
        for (size_t k = 0; k < n; k++)
            w[k] = digit ? '#' : (char)(t[i + k] | 0x20);
        w[n] = 0;
        char line[96];
        snprintf(line, sizeof line, "%c:%s\n", ns, w);
        assert_int_equal(mm_buf_append(out, line, strlen(line)), MM_OK);
        if (n > 5) {
            snprintf(line, sizeof line, "%cp:%.5s\n", ns, w);
            assert_int_equal(mm_buf_append(out, line, strlen(line)), MM_OK);
        }
        if (pair) {
            snprintf(line, sizeof line, "%c:%s %s\n", ns, prev, w);
            assert_int_equal(mm_buf_append(out, line, strlen(line)), MM_OK);
        }
        memcpy(prev, w, n + 1);
        pair = 1;
        i = j;
    }
}

static void collect_words(void *ctx, const char *name, size_t len, double value)
{
    (void)value;
    mm_buf *out = ctx;
    assert_true(len < 2 || name[0] != 'n' || name[1] != ':'); /* no red flag in the texts */
    if (len >= 2 && (name[0] == 'w' || name[0] == 's') && (name[1] == ':' || name[1] == 'p')) {
        assert_int_equal(mm_buf_append(out, name, len), MM_OK);
        assert_int_equal(mm_buf_append(out, "\n", 1), MM_OK);
    }
}

static void random_bytes(uint64_t *seed, mm_buf *out, size_t n)
{
    static const char *const bits[] = {
        " ", " ", " ", "  ", "\t", "\n", "'", "-", ".", ", ", "?", "!", ";", ":", "/", "(", ")",
        "\"", "\r\n", "\xc3\xa9", "\xc3\x89t\xc3\xa9", "\xe2\x82\xac", "\xe4\xb8\xad", "\xc2\xa0",
        "\xe2\x80\x99", "\xe2\x80\x94", "\xff", "\x80", "\x01", "7", "1er", "@", "_", "~"};
    out->len = 0;
    while (out->len < n) {
        uint32_t r = rnd(seed) % 3;
        if (r == 0) {
            const char *b = bits[rnd(seed) % (sizeof bits / sizeof bits[0])];
            assert_int_equal(mm_buf_append(out, b, strlen(b)), MM_OK);
            continue;
        }
        size_t wl = 1 + rnd(seed) % (r == 1 ? 9 : 30); /* short words and long ones */
        for (size_t k = 0; k < wl; k++) {
            uint32_t x = rnd(seed) % 60;
            char ch = x < 26 ? (char)('a' + x) : x < 52 ? (char)('A' + x - 26) : (char)('0' + x % 10);
            if (x >= 52 && rnd(seed) % 4) /* digits rarer */
                ch = (char)('a' + x - 52);
            assert_int_equal(mm_buf_append(out, &ch, 1), MM_OK);
        }
    }
    assert_int_equal(mm_buf_append(out, "", 1), MM_OK);
    out->len--;
}

static void test_tokenizer_reference(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/policies/lexicons/model.json", src_dir());
    mm_classifier *c = NULL;
    assert_int_equal(compile(path, &c), MM_OK);
    mm_classify_scratch *s;
    assert_int_equal(mm_classify_scratch_new(&s), MM_OK);
    mm_buf subj = MM_BUF_INIT, body = MM_BUF_INIT, fs = MM_BUF_INIT, fb = MM_BUF_INIT;
    mm_buf want = MM_BUF_INIT, got = MM_BUF_INIT;
    uint64_t seed = 0x70c3a11ull;
    size_t words = 0;
    for (int i = 0; i < 1500; i++) {
        random_bytes(&seed, &subj, rnd(&seed) % 40);
        random_bytes(&seed, &body, rnd(&seed) % 300);
        fs.len = fb.len = want.len = got.len = 0;
        assert_int_equal(mm_classify_fold(subj.data, subj.len, &fs), MM_OK);
        assert_int_equal(mm_classify_fold(body.data, body.len, &fb), MM_OK);
        ref_words(fs.data, fs.len, 's', &want);
        ref_words(fb.data, fb.len, 'w', &want);
        const char *texts[1] = {body.data};
        size_t lens[1] = {body.len};
        mm_classify_result r;
        assert_int_equal(mm_classifier_features(c, s, subj.data, subj.len, texts, lens, 1,
                                                collect_words, &got, &r),
                         MM_OK);
        if (want.len != got.len || memcmp(want.data, got.data, want.len) != 0)
            fprintf(stderr, "text %d\nwant:\n%.*sgot:\n%.*s", i, (int)want.len, want.data,
                    (int)got.len, got.data);
        assert_int_equal(want.len, got.len);
        assert_memory_equal(want.data, got.data, want.len);
        for (size_t k = 0; k < want.len; k++)
            words += want.data[k] == '\n';
    }
    assert_true(words > 10000); /* the texts held words */
    mm_buf_free(&subj);
    mm_buf_free(&body);
    mm_buf_free(&fs);
    mm_buf_free(&fb);
    mm_buf_free(&want);
    mm_buf_free(&got);
    mm_classify_scratch_free(s);
    mm_classifier_free(c);
}

static int group_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mm_clsfast_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    return rmdir(tmpdir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_model),
        cmocka_unit_test(test_odd_names),
        cmocka_unit_test(test_key_collision),
        cmocka_unit_test(test_tokenizer_reference),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
