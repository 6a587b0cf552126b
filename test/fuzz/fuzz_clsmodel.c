/*
 * fuzz_clsmodel.c - libFuzzer target for the learned layer's model files
 * (clsmodel.h). Input: model JSON. A model that validates must answer
 * lookups of each of its names and of strangers, and give probabilities
 * that sum to 1; one that does not must have reported an error.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clsmodel.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mm_buf err = MM_BUF_INIT;
    mm_jv v;
    mm_jv_init(&v, "spec", "{}", 2, &err);
    mm_jv_key(&v, "model");
    mm_clsmodel *m = NULL;
    int rc = mm_clsmodel_parse(&v, (const char *)data, size, "model.json", &m);
    if (rc == MM_ENOMEM)
        abort();
    if (rc != MM_OK) {
        if (m != NULL || v.nerr == 0 || err.len == 0)
            abort();
        mm_buf_free(&err);
        return 0;
    }
    if (v.nerr != 0)
        abort();
    double logits[MM_CAT_COUNT], p[MM_CAT_COUNT];
    mm_clsmodel_bias(m, logits);
    /* every name the input holds is found; words of the input too */
    const char *t = (const char *)data;
    for (size_t i = 0; i + 1 < size; i++) {
        if (t[i] != '"')
            continue;
        const char *e = memchr(t + i + 1, '"', size - i - 1);
        if (e == NULL)
            break;
        int32_t id = mm_clsmodel_find(m, t + i + 1, (size_t)(e - t - i - 1));
        if (id >= (int32_t)mm_clsmodel_size(m))
            abort();
        if (id >= 0)
            mm_clsmodel_add(m, id, 1.0, logits);
    }
    if (mm_clsmodel_find(m, "", 0) >= 0)
        abort(); /* empty names are refused */
    mm_clsmodel_softmax(logits, p);
    double sum = 0;
    for (int k = 0; k < MM_CAT_COUNT; k++)
        sum += p[k];
    if (!(fabs(sum - 1) < 1e-9) && !isnan(sum))
        abort();
    double hi = mm_clsmodel_urgent_high(m), keep = mm_clsmodel_urgent_keep(m);
    if (!(hi >= 0 && hi <= 1 && keep >= 0 && keep <= 1))
        abort();
    mm_clsmodel_free(mm_clsmodel_ref(m));
    mm_clsmodel_free(m);
    mm_buf_free(&err);
    return 0;
}
