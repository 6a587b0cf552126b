/*
 * fuzz_detect.c - libFuzzer target for the detection engine: arbitrary
 * bytes as text (NUL, invalid UTF-8, tokens, long digit runs). Checks the
 * output contract: spans inside the text, sorted, non-overlapping, with a
 * NUL-terminated normalised value, never overlapping a token.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"

static mm_detector *det;
static mm_detect_scratch *sc;

static void fuzz_init(void)
{
    char err[256];
    if (mm_detector_new(NULL, &det, err, sizeof err) != MM_OK ||
        mm_detect_scratch_new(det, &sc) != MM_OK)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (det == NULL)
        fuzz_init();
    mm_span_list l = {0};
    if (mm_detect_run(det, sc, (const char *)data, size, &l) != MM_OK)
        abort();
    for (size_t i = 0; i < l.n; i++) {
        const mm_span *s = &l.v[i];
        if (s->start >= s->end || s->end > size || (i > 0 && l.v[i - 1].end > s->start))
            abort();
        if (s->norm_len == 0 || s->norm_len >= MM_NORM_MAX || s->norm[s->norm_len] != '\0')
            abort();
        if ((unsigned)s->type >= MM_PHI_COUNT || s->detector == NULL)
            abort();
        /* no span may touch "[[" ... "]]" token brackets it would split */
        if (memmem(data + s->start, s->end - s->start, "[[", 2) != NULL)
            abort();
    }
    mm_span_list_free(&l);
    return 0;
}
