/* test_classify_index.c - literal prefixes of lexicon patterns and the
 * trie scan behind the classifier's candidate search (clsindex.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "clsindex.h"

/* Prefixes of pat, sorted, joined by '|' ("" unless OK). */
static int prefixes(const char *pat, char *out, size_t size)
{
    char **sv;
    size_t n;
    int kind;
    assert_int_equal(mm_clsindex_prefixes(pat, strlen(pat), &kind, &sv, &n), MM_OK);
    out[0] = 0;
    for (size_t i = 1; i < n; i++) /* insertion sort: order is not part of the contract */
        for (size_t j = i; j > 0 && strcmp(sv[j - 1], sv[j]) > 0; j--) {
            char *t = sv[j];
            sv[j] = sv[j - 1];
            sv[j - 1] = t;
        }
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(out);
        snprintf(out + l, size - l, "%s%s", i ? "|" : "", sv[i]);
    }
    if (kind != MM_PFX_OK)
        assert_int_equal(n, 0);
    mm_clsindex_strv_free(sv, n);
    return kind;
}

static void expect(const char *pat, int kind, const char *want)
{
    char got[1024];
    int k = prefixes(pat, got, sizeof got);
    if (k != kind || strcmp(got, want) != 0)
        fprintf(stderr, "%s: kind %d [%s], expected %d [%s]\n", pat, k, got, kind, want);
    assert_int_equal(k, kind);
    assert_string_equal(got, want);
}

static void test_prefixes(void **state)
{
    (void)state;
    /* a space in a prefix is a run of white space */
    expect("chest\\s+pain", MM_PFX_OK, "chest pain");
    expect("chest\\s+\\s*pain\\s+.", MM_PFX_OK, "chest pain ");
    expect("chest\\s?pain", MM_PFX_OK, "chest pain|chestpain");
    expect("chest[ ]pain", MM_PFX_OK, "chest pain");
    expect("chest\\npain", MM_PFX_OK, "chest pain");
    expect("Chest", MM_PFX_OK, "chest");
    expect("(my|his|HER)\\s+chest", MM_PFX_OK, "her chest|his chest|my chest");
    expect("(?:left\\s+)?arm", MM_PFX_OK, "arm|left arm");
    expect("can'?t\\s+breathe", MM_PFX_OK, "can't breathe|cant breathe");
    expect("vomit[a-z]*", MM_PFX_OK, "vomit");
    /* a '0' is a run of digits, taken whole like a run of white space */
    expect("[0-9]+\\s+years", MM_PFX_OK, "0 years");
    expect("\\d{2,}\\s*(euros|\xe2\x82\xac)", MM_PFX_OK,
           "0 euros|0 \xe2\x82\xac|0euros|0\xe2\x82\xac");
    expect("(one|[0-9])[- ]days?\\s+course", MM_PFX_OK,
           "0 day course|0 days course|0-day course|0-days course|"
           "one day course|one days course|one-day course|one-days course");
    expect("3[89]([.,][0-9])?\\s*c", MM_PFX_OK, "0 c|0,0 c|0,0c|0.0 c|0.0c|0c");
    expect("po[- ]?[0-9]+x", MM_PFX_OK, "po 0x|po-0x|po0x");
    expect("1[0-9]*[ab]", MM_PFX_OK, "0a|0b");
    expect("[0-9a]+b", MM_PFX_OK, "0|a");       /* not a run: closed */
    expect("[\\s,]x", MM_PFX_OK, " x|,x");
    expect("a\\tb", MM_PFX_OK, "a b");
    expect("\\s*pain", MM_PFX_OK, " pain|pain");
    expect("[ab][cd]x", MM_PFX_OK, "acx|adx|bcx|bdx");
    expect("\\x41b\\x{63}", MM_PFX_OK, "abc");
    expect("(?<!no\\x20)pain", MM_PFX_OK, "pain");
    expect("\\bpain\\b", MM_PFX_OK, "pain");
    expect("a{2,3}b", MM_PFX_OK, "a");
    expect("ab{1}c", MM_PFX_OK, "abc");
    expect("ab?c", MM_PFX_OK, "abc|ac");
    expect("(pain|pains)", MM_PFX_OK, "pain"); /* "pains" is redundant */
    expect("a\\.b|c\\-d", MM_PFX_OK, "a.b|c-d");
    expect("abcdefghijklmnopqrstuvwxyzabc", MM_PFX_OK, "abcdefghijklmnopqrstuvwx");
    expect("x{", MM_PFX_OK, "x{");
    /* no usable prefix: searched unanchored */
    expect(".*pain", MM_PFX_OPAQUE, "");
    expect("[^.!?]{0,60}chest", MM_PFX_OPAQUE, "");
    expect("x?", MM_PFX_OPAQUE, "");
    expect("[a-z]pain", MM_PFX_OPAQUE, "");
    expect("\\s*.", MM_PFX_OPAQUE, "");
    expect("\xc3\xa9touffe", MM_PFX_OK, "\xc3\xa9touffe"); /* bytes, no UTF */
    expect("[\\w-]x", MM_PFX_OPAQUE, "");
    expect("[^0-9]x", MM_PFX_OPAQUE, "");
    /* an escaped character starts a range like any other (fuzz_clsindex) */
    expect("[\\*-h]x", MM_PFX_OPAQUE, "");
    expect("[\\x2a-h]x", MM_PFX_OPAQUE, "");
    expect("[\\.-]x", MM_PFX_OK, "-x|.x");
    expect("[a\\-z]x", MM_PFX_OK, "-x|ax|zx");
    expect("[\\x61-\\x63]x", MM_PFX_UNSAFE, "");
    expect("(a|)b", MM_PFX_OK, "ab|b");
    expect("(a|.)b", MM_PFX_OPAQUE, "");
    /* cannot be split out of its rule */
    expect("(a)\\1", MM_PFX_UNSAFE, "");
    expect("(?i)abc", MM_PFX_UNSAFE, "");
    expect("(*COMMIT)abc", MM_PFX_UNSAFE, "");
    expect("a\\Kb", MM_PFX_UNSAFE, "");
    expect("abc)", MM_PFX_UNSAFE, "");
    expect("(abc", MM_PFX_UNSAFE, "");
    expect("[abc", MM_PFX_UNSAFE, "");
    expect("a{,3}", MM_PFX_UNSAFE, "");
    expect("(?R)", MM_PFX_UNSAFE, "");
}

/* The set of a pattern's prefixes grows past its limit (1024 strings). */
static void test_prefixes_many(void **state)
{
    (void)state;
    char **sv;
    size_t n;
    int kind;
    /* 256 x 5 strings: the last part cut to "a" and "b" */
    const char *p1 = "[a-p][a-p](ab|ac|ad|ae|bb)";
    assert_int_equal(mm_clsindex_prefixes(p1, strlen(p1), &kind, &sv, &n), MM_OK);
    assert_int_equal(kind, MM_PFX_OK);
    assert_int_equal(n, 512);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(strlen(sv[i]), 3);
        assert_true(sv[i][2] == 'a' || sv[i][2] == 'b');
    }
    mm_clsindex_strv_free(sv, n);
    /* 256 x 16 even by first symbols: closed after two */
    const char *p2 = "[a-p][a-p][a-p]x";
    assert_int_equal(mm_clsindex_prefixes(p2, strlen(p2), &kind, &sv, &n), MM_OK);
    assert_int_equal(kind, MM_PFX_OK);
    assert_int_equal(n, 256);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(strlen(sv[i]), 2);
    mm_clsindex_strv_free(sv, n);
}

static void test_scan(void **state)
{
    (void)state;
    mm_clsindex *x;
    assert_int_equal(mm_clsindex_new(&x), MM_OK);
    assert_int_equal(mm_clsindex_add(x, "chest", 5, 1), MM_OK);
    assert_int_equal(mm_clsindex_add(x, "ches", 4, 2), MM_OK);
    assert_int_equal(mm_clsindex_add(x, "chest", 5, 1), MM_OK); /* no duplicate hits */
    assert_int_equal(mm_clsindex_add(x, "pain", 4, 3), MM_OK);
    assert_int_equal(mm_clsindex_add(x, "a.b", 3, 4), MM_OK);
    assert_int_equal(mm_clsindex_add(x, "\xc3\xa9", 2, 5), MM_OK);
    assert_int_equal(mm_clsindex_add(x, "", 0, 6), MM_EINVAL);
    assert_int_equal(mm_clsindex_add(x, "pain at", 7, 7), MM_OK);
    assert_int_equal(mm_clsindex_finish(x), MM_OK);
    mm_clshits h = {0};
    const char *t = "CHEST pain; xchest (chest) painful A.B pains \xc3\xa9 x\xc3\xa9 ches "
                    "pain \n\t at pain\tatx pain,at";
    assert_int_equal(mm_clsindex_scan(x, t, strlen(t), &h), MM_OK);
    char got[512] = "";
    for (size_t i = 0; i < h.n; i++) {
        size_t l = strlen(got);
        snprintf(got + l, sizeof got - l, "%u:%u ", h.pos[i], h.id[i]);
    }
    /* "xchest" starts inside a word; "x\xc3\xa9" too; "painful" is still a
     * candidate (the pattern decides where words end) */
    const char *want_pos[] = {"0:1 ", "0:2 ", "6:3 ", "20:1 ", "20:2 ", "27:3 ",
                              "35:4 ", "39:3 ", "45:5 ", "52:2 ", "57:3 ", "57:7 ",
                              "68:3 ", "68:7 ", "77:3 "};
    size_t want_n = sizeof want_pos / sizeof want_pos[0];
    assert_int_equal(h.n, want_n);
    for (size_t i = 0; i < want_n; i++)
        assert_non_null(strstr(got, want_pos[i]));
    assert_null(strstr(got, ":0 "));
    assert_null(strstr(got, ":6 "));
    /* a text cut inside a literal finds nothing there */
    assert_int_equal(mm_clsindex_scan(x, t, 4, &h), MM_OK);
    assert_int_equal(h.n, 1);
    assert_int_equal(h.id[0], 2);
    assert_int_equal(mm_clsindex_scan(x, t, 0, &h), MM_OK);
    assert_int_equal(h.n, 0);
    mm_clshits_free(&h);
    mm_clsindex_free(x);
}

/* The scan against the definition: at each position not preceded by an
 * ASCII letter or digit, each literal compared byte by byte (ASCII case
 * folded; white space takes a whole, non-empty run of white space, a
 * digit a whole, non-empty run of digits). */
static int ref_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int ref_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static unsigned char ref_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static unsigned char ref_fold(unsigned char c)
{
    return ref_space(c) ? ' ' : ref_digit(c) ? '0' : ref_lower(c);
}

/* lit folded, two runs of a kind in a row as one, into out: its length */
static size_t ref_norm(const unsigned char *lit, size_t n, unsigned char *out)
{
    size_t k = 0;
    for (size_t j = 0; j < n; j++) {
        unsigned char f = ref_fold(lit[j]);
        if (!(k && (f == ' ' || f == '0') && out[k - 1] == f))
            out[k++] = f;
    }
    return k;
}

static int ref_at(const unsigned char *t, size_t len, size_t p, const unsigned char *lit,
                  size_t n)
{
    size_t i = p;
    for (size_t j = 0; j < n; j++) {
        unsigned char l = ref_lower(lit[j]);
        if (i >= len)
            return 0;
        if (ref_space(l) || ref_digit(l)) {
            int (*run)(unsigned char) = ref_space(l) ? ref_space : ref_digit;
            if (!run(t[i]))
                return 0;
            while (i < len && run(t[i]))
                i++;
            while (j + 1 < n && run(lit[j + 1]))
                j++; /* two runs of a kind in a row are one */
        } else if (ref_space(t[i]) || ref_lower(t[i]) != l) {
            return 0;
        }
        else
            i++;
    }
    return 1;
}

static int cmp_hit(const void *a, const void *b)
{
    const uint64_t *x = a, *y = b;
    return *x < *y ? -1 : *x > *y;
}

static void test_scan_random(void **state)
{
    (void)state;
    static const char common[] = "abcAB .\t\n07x\xc3\xa9'";
    unsigned seed = 12345;
    mm_clshits h = {0};
    for (int round = 0; round < 3000; round++) {
        unsigned char lits[48][6], text[300];
        size_t nl[48], nlit = 1 + (size_t)(rand_r(&seed) % 48);
        uint32_t ids[48];
        int wide = round % 5 == 0; /* any byte: families of many children */
        mm_clsindex *x;
        assert_int_equal(mm_clsindex_new(&x), MM_OK);
        for (size_t i = 0; i < nlit; i++) {
            nl[i] = 1 + (size_t)(rand_r(&seed) % 6);
            for (size_t j = 0; j < nl[i]; j++)
                lits[i][j] = wide && j == nl[i] - 1 ? (unsigned char)rand_r(&seed)
                                                    : (unsigned char)common[rand_r(&seed) % (sizeof common - 1)];
            ids[i] = (uint32_t)(rand_r(&seed) % 20);
            /* the same literal (any case, runs as runs) and id twice is one output */
            int dup = 0;
            for (size_t k = 0; k < i && !dup; k++) {
                unsigned char a[6], b[6];
                size_t na = ref_norm(lits[k], nl[k], a), nb = ref_norm(lits[i], nl[i], b);
                dup = na == nb && memcmp(a, b, na) == 0 && ids[k] == ids[i];
            }
            if (dup)
                ids[i] = 100 + (uint32_t)i;
            assert_int_equal(mm_clsindex_add(x, (const char *)lits[i], nl[i], ids[i]), MM_OK);
        }
        assert_int_equal(mm_clsindex_finish(x), MM_OK);
        size_t len = (size_t)(rand_r(&seed) % sizeof text);
        for (size_t i = 0; i < len; i++)
            text[i] = wide && rand_r(&seed) % 4 == 0 ? (unsigned char)rand_r(&seed)
                                                     : (unsigned char)common[rand_r(&seed) % (sizeof common - 1)];
        uint64_t want[48 * 300], got[48 * 300];
        size_t nw = 0;
        for (size_t p = 0; p < len; p++) {
            unsigned char b = p ? text[p - 1] : 0;
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
                continue;
            for (size_t i = 0; i < nlit; i++)
                if (ref_at(text, len, p, lits[i], nl[i]))
                    want[nw++] = (uint64_t)p << 32 | ids[i];
        }
        assert_int_equal(mm_clsindex_scan(x, (const char *)text, len, &h), MM_OK);
        assert_int_equal(h.n, nw);
        for (size_t i = 0; i < h.n; i++) {
            got[i] = (uint64_t)h.pos[i] << 32 | h.id[i];
            assert_true(i == 0 || h.pos[i] >= h.pos[i - 1]);
        }
        qsort(want, nw, sizeof *want, cmp_hit);
        qsort(got, nw, sizeof *got, cmp_hit);
        assert_memory_equal(want, got, nw * sizeof *want);
        mm_clsindex_free(x);
    }
    mm_clshits_free(&h);
}

/* A random pattern over the constructs the prefix analysis models (and
 * some it does not), depth-limited, appended to out. */
static void gen_alt(unsigned *seed, char *out, size_t size, int depth);

static void gen_atom(unsigned *seed, char *out, size_t size, int depth)
{
    static const char *const atoms[] = {
        "a", "b", "A", "0", "1", "7", "x", "-", ",", "'", "\\.", "\\s", "\\d", "\\t",
        "\\n", "[0-9]", "[- ]", "[\\s,]", "[ab]", "[a0]", "[^a]", "[0-9a]", "[17]", "\\w",
        ".", "\\b", "(?=a)", "(?!0)", "\\x20", "\\x{31}", " ", "\xc3\xa9"};
    size_t l = strlen(out);
    unsigned r = (unsigned)rand_r(seed) % 40;
    if (r < sizeof atoms / sizeof atoms[0] || depth > 2) {
        snprintf(out + l, size - l, "%s", atoms[r % (sizeof atoms / sizeof atoms[0])]);
        return;
    }
    snprintf(out + l, size - l, "%s", r % 2 ? "(" : "(?:");
    gen_alt(seed, out, size, depth + 1);
    l = strlen(out);
    snprintf(out + l, size - l, ")");
}

static void gen_alt(unsigned *seed, char *out, size_t size, int depth)
{
    static const char *const quants[] = {"?", "*", "+", "{0,2}", "{1,3}", "{2}", "+?", "{3,}"};
    int nalt = 1 + (rand_r(seed) % 3 == 0) * (1 + rand_r(seed) % 2);
    for (int a = 0; a < nalt; a++) {
        size_t l = strlen(out);
        if (a)
            snprintf(out + l, size - l, "|");
        int nseq = 1 + rand_r(seed) % 5;
        for (int i = 0; i < nseq; i++) {
            gen_atom(seed, out, size, depth);
            l = strlen(out);
            if (rand_r(seed) % 4 == 0)
                snprintf(out + l, size - l, "%s", quants[rand_r(seed) % 8]);
        }
    }
}

/* The contract behind the classifier's bit-identical results: wherever a
 * pattern with prefixes matches (caseless, no UTF, as the classifier
 * compiles it) at a position not preceded by an ASCII letter or digit,
 * the scan of an index of those prefixes reports that position. */
static void test_prefixes_sound(void **state)
{
    (void)state;
    static const char alpha[] = "abAB0179x-.,' \t\n\xc3\xa9";
    unsigned seed = 4242;
    size_t ok = 0, matched = 0;
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    mm_clshits h = {0};
    assert_non_null(md);
    static const char *const fixed[] = {
        "[a-p][a-p](ab|ac|ad|ae|bb)x", "[a-p][a-p][a-p]x",
        "(a|b|ab|ba|aa|bb|'a)('b|\\s+a|\\s+b)?\\s*(a'?b|bb|b\\s+a|ab'?a|1a|a1)\\s+(b|a)",
        "[0-9]+\\s*[ab]{1,3}(0|\\s)[ab,]{0,2}", "[\\'-b]x", "[\\x2c-1]+\\s*a"};
    size_t nfixed = sizeof fixed / sizeof fixed[0];
    for (int round = 0; round < 4000; round++) {
        char pat[512] = "";
        if ((size_t)round < nfixed)
            snprintf(pat, sizeof pat, "%s", fixed[round]);
        else
            gen_alt(&seed, pat, sizeof pat, 0);
        int kind, ec;
        char **sv;
        size_t n;
        PCRE2_SIZE off;
        pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, strlen(pat),
                                       PCRE2_CASELESS | PCRE2_ANCHORED, &ec, &off, NULL);
        if (re == NULL)
            continue;
        assert_int_equal(mm_clsindex_prefixes(pat, strlen(pat), &kind, &sv, &n), MM_OK);
        if (kind != MM_PFX_OK) {
            pcre2_code_free(re);
            continue;
        }
        ok++;
        mm_clsindex *x;
        assert_int_equal(mm_clsindex_new(&x), MM_OK);
        for (size_t i = 0; i < n; i++)
            assert_int_equal(mm_clsindex_add(x, sv[i], strlen(sv[i]), 7), MM_OK);
        assert_int_equal(mm_clsindex_finish(x), MM_OK);
        for (int tr = 0; tr < ((size_t)round < nfixed ? 3000 : 30); tr++) {
            char text[48];
            size_t len = (size_t)(rand_r(&seed) % sizeof text);
            for (size_t i = 0; i < len; i++)
                text[i] = alpha[rand_r(&seed) % (sizeof alpha - 1)];
            assert_int_equal(mm_clsindex_scan(x, text, len, &h), MM_OK);
            for (size_t p = 0; p < len; p++) {
                unsigned char b = p ? (unsigned char)text[p - 1] : 0;
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
                    continue;
                if (pcre2_match(re, (PCRE2_SPTR)text, len, p, 0, md, NULL) < 0)
                    continue;
                matched++;
                size_t k = 0;
                while (k < h.n && h.pos[k] != p)
                    k++;
                if (k == h.n)
                    fprintf(stderr, "pattern %s matches [%.*s] at %zu, no prefix found\n", pat,
                            (int)len, text, p);
                assert_true(k < h.n);
            }
        }
        mm_clsindex_free(x);
        mm_clsindex_strv_free(sv, n);
        pcre2_code_free(re);
    }
    /* the generator must exercise the analysis, not skip it */
    assert_true(ok > 1000);
    assert_true(matched > 1000);
    mm_clshits_free(&h);
    pcre2_match_data_free(md);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prefixes),
        cmocka_unit_test(test_prefixes_many),
        cmocka_unit_test(test_scan),
        cmocka_unit_test(test_scan_random),
        cmocka_unit_test(test_prefixes_sound),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
