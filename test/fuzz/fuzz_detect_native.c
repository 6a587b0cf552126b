/*
 * fuzz_detect_native.c - libFuzzer target: the C matchers of the built-in
 * shapes (detect_shape.c, detect_ctx.c) against the PCRE2 patterns they
 * stand for. The same detector table runs twice over the input, once with
 * the C matchers and once with PCRE2 only; any difference in the spans
 * (offsets, type, detector id, normalised value) aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "detect_shape.h"

static mm_detector *native, *pcre;
static mm_detect_scratch *sc_native, *sc_pcre;

static void fuzz_init(void)
{
    char err[256];
    if (mm_detector_new(NULL, &native, err, sizeof err) != MM_OK ||
        mm_detector_new(NULL, &pcre, err, sizeof err) != MM_OK ||
        mm_detect_scratch_new(native, &sc_native) != MM_OK ||
        mm_detect_scratch_new(pcre, &sc_pcre) != MM_OK)
        abort();
    mm_detector_set_native(native, true);
    mm_detector_set_native(pcre, false);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (native == NULL)
        fuzz_init();
    mm_span_list a = {0}, b = {0};
    if (mm_detect_run(native, sc_native, (const char *)data, size, &a) != MM_OK ||
        mm_detect_run(pcre, sc_pcre, (const char *)data, size, &b) != MM_OK)
        abort();
    if (a.n != b.n)
        abort();
    for (size_t i = 0; i < a.n; i++) {
        const mm_span *x = &a.v[i], *y = &b.v[i];
        if (x->start != y->start || x->end != y->end || x->type != y->type ||
            strcmp(x->detector, y->detector) != 0 || x->norm_len != y->norm_len ||
            memcmp(x->norm, y->norm, x->norm_len) != 0)
            abort();
    }
    mm_span_list_free(&a);
    mm_span_list_free(&b);
    return 0;
}
