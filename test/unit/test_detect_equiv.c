/*
 * test_detect_equiv.c - the detector's exact output, pinned.
 *
 * Speed work on lib/detect.c must not change a single result. This runs
 * the default detector over the labelled corpus, the shared sample and
 * synthetic variants of every corpus case (separators swapped, digits
 * shifted so checksums fail, case flipped, neighbouring cases glued,
 * prefixes cut mid-identifier) and hashes every span (type, offsets,
 * normalised value, detector id) per group of 64 texts. The hashes must
 * equal those in test/corpus/phi/detect_equiv.txt. With MM_EQUIV_WRITE=1
 * the fixture is rewritten instead; with MM_EQUIV_DUMP=path every span is
 * also written there, to diff two builds when a group differs.
 * The fixture depends on the current year (two-digit years, DOB range).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sodium.h>

#include "detect.h"

#define GROUP 64
#define NVARIANTS 6

static mm_detector *det;
static mm_detect_scratch *sc;

static int setup(void **state)
{
    (void)state;
    char err[256];
    /* A fixed reference year: dates of birth must not change with the calendar. */
    json_t *cfg = json_pack("{s:i}", "reference_year", 2026);
    int rc = sodium_init() < 0 || cfg == NULL ? MM_EINVAL
                                               : mm_detector_new(cfg, &det, err, sizeof err);
    json_decref(cfg);
    if (rc != MM_OK)
        return -1;
    return mm_detect_scratch_new(det, &sc) == MM_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    mm_detect_scratch_free(sc);
    mm_detector_free(det);
    return 0;
}

typedef struct texts {
    char **v;
    size_t *len;
    size_t n, cap;
} texts;

static void add_text(texts *ts, const char *s, size_t n)
{
    if (ts->n == ts->cap) {
        ts->cap = ts->cap ? 2 * ts->cap : 1024;
        ts->v = realloc(ts->v, ts->cap * sizeof *ts->v);
        ts->len = realloc(ts->len, ts->cap * sizeof *ts->len);
        assert_non_null(ts->v);
        assert_non_null(ts->len);
    }
    ts->v[ts->n] = malloc(n + 1);
    assert_non_null(ts->v[ts->n]);
    memcpy(ts->v[ts->n], s, n);
    ts->v[ts->n][n] = '\0';
    ts->len[ts->n++] = n;
}

static void load(texts *ts, const char *name)
{
    const char *root = getenv("MM_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/test/corpus/phi/%s", root ? root : MM_SOURCE_DIR, name);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_error_t je;
        json_t *c = json_loads(line, 0, &je);
        assert_non_null(c);
        const json_t *jt = json_object_get(c, "text");
        assert_true(json_is_string(jt));
        add_text(ts, json_string_value(jt), json_string_length(jt));
        json_decref(c);
    }
    free(line);
    fclose(f);
}

/* Variant k of text s (n bytes) into out; out has room for 2n+1 bytes. */
static size_t variant(int k, const char *s, size_t n, const char *next, size_t nn, char *out)
{
    size_t m = 0;
    switch (k) {
    case 0: /* separators swapped inside numbers */
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            bool dig_l = i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
            if (dig_l && c == '-')
                c = ' ';
            else if (dig_l && c == ' ')
                c = '.';
            else if (dig_l && c == '/')
                c = '-';
            out[m++] = c;
        }
        return m;
    case 1: /* every third digit shifted: most checksums fail */
        for (size_t i = 0, d = 0; i < n; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9' && d++ % 3 == 1)
                c = (char)('0' + (c - '0' + 7) % 10);
            out[m++] = c;
        }
        return m;
    case 2: /* case flipped */
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            if (c >= 'a' && c <= 'z')
                c = (char)(c - 32);
            else if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            out[m++] = c;
        }
        return m;
    case 3: /* glued to the next case, newlines dropped: dense text */
        for (size_t i = 0; i < n; i++)
            out[m++] = s[i] == '\n' ? ' ' : s[i];
        memcpy(out + m, next, nn < n ? nn : n);
        return m + (nn < n ? nn : n);
    case 4: /* cut at a digit, then the tail doubled */
        for (size_t i = n / 2; i < n; i++)
            if (s[i] >= '0' && s[i] <= '9') {
                memcpy(out, s, i);
                memcpy(out + i, s + i / 2, n - i / 2);
                return i + n - i / 2;
            }
        memcpy(out, s, n);
        return n;
    default: /* digits stuck to words, context words pulled apart */
        for (size_t i = 0; i < n; i++) {
            out[m++] = s[i];
            if (s[i] == ':' || (s[i] == ' ' && i % 5 == 0))
                out[m++] = i % 2 ? '\n' : 'x';
        }
        return m;
    }
}

static void test_equiv(void **state)
{
    (void)state;
    texts ts = {0};
    load(&ts, "corpus.jsonl");
    size_t ncorpus = ts.n;
    load(&ts, "sample.jsonl");
    for (int k = 0; k < NVARIANTS; k++)
        for (size_t i = 0; i < ncorpus; i++) {
            const char *nx = ts.v[(i + 1) % ncorpus];
            size_t nn = ts.len[(i + 1) % ncorpus];
            char *buf = malloc(2 * ts.len[i] + 1);
            assert_non_null(buf);
            size_t m = variant(k, ts.v[i], ts.len[i], nx, nn, buf);
            add_text(&ts, buf, m);
            free(buf);
        }

    const char *root = getenv("MM_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/test/corpus/phi/detect_equiv.txt",
             root ? root : MM_SOURCE_DIR);
    bool write = getenv("MM_EQUIV_WRITE") != NULL;
    const char *dump_path = getenv("MM_EQUIV_DUMP");
    FILE *dump = dump_path ? fopen(dump_path, "w") : NULL;
    FILE *fx = fopen(path, write ? "w" : "r");
    if (fx == NULL)
        fail_msg("cannot open %s", path);

    mm_span_list l = {0};
    size_t nspans = 0, bad = 0;
    char line[256];
    for (size_t g = 0; g * GROUP < ts.n; g++) {
        crypto_generichash_state h;
        crypto_generichash_init(&h, NULL, 0, 16);
        for (size_t i = g * GROUP; i < ts.n && i < (g + 1) * GROUP; i++) {
            l.n = 0;
            assert_int_equal(mm_detect_run(det, sc, ts.v[i], ts.len[i], &l), MM_OK);
            for (size_t k = 0; k < l.n; k++) {
                const mm_span *sp = &l.v[k];
                char rec[MM_NORM_MAX + 128];
                int n = snprintf(rec, sizeof rec, "%zu %s %zu %zu %s %s\n", i, mm_phi_name(sp->type),
                                 sp->start, sp->end, sp->detector, sp->norm);
                assert_true(n > 0 && (size_t)n < sizeof rec);
                crypto_generichash_update(&h, (const unsigned char *)rec, (size_t)n);
                if (dump)
                    fputs(rec, dump);
                nspans++;
            }
            crypto_generichash_update(&h, (const unsigned char *)"|", 1);
        }
        unsigned char out[16];
        char hex[33];
        crypto_generichash_final(&h, out, sizeof out);
        sodium_bin2hex(hex, sizeof hex, out, sizeof out);
        if (write) {
            fprintf(fx, "%zu %s\n", g, hex);
            continue;
        }
        if (fgets(line, sizeof line, fx) == NULL) {
            fail_msg("fixture ends before group %zu", g);
        }
        char want[64];
        size_t wg;
        assert_int_equal(sscanf(line, "%zu %63s", &wg, want), 2);
        assert_int_equal(wg, g);
        if (strcmp(want, hex) != 0) {
            if (bad++ < 10)
                print_message("group %zu (texts %zu..%zu) differs\n", g, g * GROUP,
                              (g + 1) * GROUP - 1);
        }
    }
    if (!write)
        assert_null(fgets(line, sizeof line, fx)); /* no group missing at the end */
    fclose(fx);
    if (dump)
        fclose(dump);
    print_message("%zu texts, %zu spans, %zu groups differ\n", ts.n, nspans, bad);
    assert_true(nspans > 5000);
    assert_int_equal(bad, 0);
    mm_span_list_free(&l);
    for (size_t i = 0; i < ts.n; i++)
        free(ts.v[i]);
    free(ts.v);
    free(ts.len);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_equiv),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
