/*
 * fuzz_clsindex.c - libFuzzer target for the classifier's literal prefix
 * analysis (clsindex.h). Input: a PCRE2 pattern, a newline, a subject.
 * Checks the one property the classifier relies on: wherever the pattern,
 * wrapped as the classifier wraps it (whole words, caseless), matches, the
 * scan of the pattern's prefixes reports that start position.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "clsindex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nl = memchr(data, '\n', size);
    if (nl == NULL || nl - data > 200)
        return 0;
    size_t plen = (size_t)(nl - data), slen = size - plen - 1;
    const char *subject = (const char *)nl + 1;
    int kind;
    char **sv;
    size_t n;
    if (mm_clsindex_prefixes((const char *)data, plen, &kind, &sv, &n) != MM_OK)
        abort();
    if (kind != MM_PFX_OK) {
        if (n != 0)
            abort();
        return 0;
    }
    char *w = malloc(plen + 40);
    if (w == NULL)
        abort();
    size_t wl = 0;
    memcpy(w, "(?<![a-z0-9])(?:", 16), wl += 16;
    memcpy(w + wl, data, plen), wl += plen;
    memcpy(w + wl, ")(?![a-z0-9])", 13), wl += 13;
    int ec;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)w, wl, PCRE2_CASELESS, &ec, &off, NULL);
    free(w);
    if (re == NULL) {
        mm_clsindex_strv_free(sv, n);
        return 0;
    }
    mm_clsindex *x;
    if (mm_clsindex_new(&x) != MM_OK)
        abort();
    for (size_t i = 0; i < n; i++)
        if (strlen(sv[i]) == 0 || mm_clsindex_add(x, sv[i], strlen(sv[i]), 7) != MM_OK)
            abort();
    if (mm_clsindex_finish(x) != MM_OK)
        abort();
    mm_clshits h = {0};
    if (mm_clsindex_scan(x, subject, slen, &h) != MM_OK)
        abort();
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(mc, 10000);
    for (size_t p = 0; p <= slen; p++) {
        int rc = pcre2_match(re, (PCRE2_SPTR)subject, slen, p, PCRE2_ANCHORED, md, mc);
        if (rc < 0)
            continue;
        int found = 0;
        for (size_t k = 0; k < h.n && !found; k++)
            found = h.pos[k] == p && h.id[k] == 7;
        if (!found) {
            fprintf(stderr, "match at %zu not a candidate: /%.*s/\n", p, (int)plen,
                    (const char *)data);
            abort();
        }
    }
    pcre2_match_context_free(mc);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    mm_clshits_free(&h);
    mm_clsindex_free(x);
    mm_clsindex_strv_free(sv, n);
    return 0;
}
