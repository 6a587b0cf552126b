/*
 * clsmodel.c - load a learned classifier model (logistic regression
 * weights per feature name) and apply it; see clsmodel.h.
 *
 * Features live in one open-addressing hash table of 64-byte slots
 * holding key, check and weights, so a per-word lookup reads one cache
 * line; names and a float array stay for the by-name path.
 */
#include "clsmodel.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


#define MODEL_FORMAT "medmilter-clsmodel-1"
#define MODEL_MAX_NAME 256

struct mm_clsmodel {
    struct mm_clsmodel_table t; /* first: mm_clsmodel_find_key */
    unsigned refs;
    char *names;      /* all names, NUL-separated */
    uint32_t *off;    /* name i at names + off[i] */
    uint32_t *len;
    float *w;         /* MM_CAT_COUNT per feature */
    size_t n;
    struct mm_clsmodel_slot *slot;
    int fast;         /* (key, check) pairs unique */
    double bias[MM_CAT_COUNT];
    double high, keep;
};

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* mm_clsmodel_hkey (mix) or mm_clsmodel_hcheck (mix2) of bytes that need
 * not be padded. */
static uint64_t part_hash(uint64_t h, const char *s, size_t n, int two)
{
    for (size_t i = 0; i < n; i += 8) {
        uint64_t c = 0;
        memcpy(&c, s + i, n - i < 8 ? n - i : 8);
        h = two ? mm_clsmodel_mix2(h, c) : mm_clsmodel_mix(h, c);
    }
    return h;
}

static uint64_t hkey(unsigned kind, const char *s, size_t n)
{
    return part_hash(mm_clsmodel_seed(kind, n), s, n, 0);
}

static uint64_t hcheck(unsigned kind, const char *s, size_t n)
{
    return part_hash(mm_clsmodel_seed2(kind, n), s, n, 1);
}

/* The key of a name (clsmodel.h), and its check in *check. */
static uint64_t name_key(const char *name, size_t len, uint32_t *check)
{
    unsigned kind = 0;
    const char *a = name;
    size_t an = len;
    if (len >= 2 && name[1] == ':') {
        const char *sp = memchr(name + 2, ' ', len - 2);
        unsigned kw = (unsigned char)name[0] | MM_CLSKEY_WORD;
        a = name + 2;
        an = len - 2;
        if (sp != NULL) { /* a pair: from the keys of its words */
            const char *b = sp + 1;
            size_t bn = (size_t)(name + len - b);
            an = (size_t)(sp - a);
            kind = (unsigned char)name[0] | MM_CLSKEY_PAIR;
            *check = mm_clsmodel_pcheck(kind, hcheck(kw, a, an), hcheck(kw, b, bn));
            return mm_clsmodel_pkey(kind, hkey(kw, a, an), hkey(kw, b, bn));
        }
        kind = kw;
    } else if (len >= 3 && name[1] == 'p' && name[2] == ':') {
        a = name + 3;
        an = len - 3;
        kind = (unsigned char)name[0] | MM_CLSKEY_PREFIX;
    }
    *check = (uint32_t)(hcheck(kind, a, an) >> 32);
    return kind == 0 ? fnv1a(name, len) : hkey(kind, a, an);
}

const char *mm_clsmodel_name(const mm_clsmodel *m, int32_t id, size_t *len)
{
    *len = m->len[id];
    return m->names + m->off[id];
}

int mm_clsmodel_fast(const mm_clsmodel *m)
{
    return m != NULL && m->fast;
}

int32_t mm_clsmodel_find(const mm_clsmodel *m, const char *name, size_t len)
{
    if (m == NULL || m->n == 0)
        return -1;
    uint32_t c;
    uint64_t h = name_key(name, len, &c);
    for (size_t i = (size_t)h & m->t.mask;; i = (i + 1) & m->t.mask) {
        uint32_t e = m->slot[i].e;
        if (e == 0)
            return -1;
        e--;
        if (m->slot[i].key == h && m->len[e] == len &&
            memcmp(m->names + m->off[e], name, len) == 0)
            return (int32_t)e;
    }
}

void mm_clsmodel_add(const mm_clsmodel *m, int32_t id, double value, double logits[MM_CAT_COUNT])
{
    const float *w = m->w + (size_t)id * MM_CAT_COUNT;
    for (int k = 0; k < MM_CAT_COUNT; k++)
        logits[k] += value * (double)w[k];
}

void mm_clsmodel_bias(const mm_clsmodel *m, double logits[MM_CAT_COUNT])
{
    memcpy(logits, m->bias, sizeof m->bias);
}

void mm_clsmodel_softmax(const double logits[MM_CAT_COUNT], double p[MM_CAT_COUNT])
{
    double mx = logits[0], sum = 0;
    for (int k = 1; k < MM_CAT_COUNT; k++)
        if (logits[k] > mx)
            mx = logits[k];
    for (int k = 0; k < MM_CAT_COUNT; k++)
        sum += (p[k] = exp(logits[k] - mx));
    for (int k = 0; k < MM_CAT_COUNT; k++)
        p[k] /= sum;
}

double mm_clsmodel_urgent_high(const mm_clsmodel *m)
{
    return m->high;
}

double mm_clsmodel_urgent_keep(const mm_clsmodel *m)
{
    return m->keep;
}

size_t mm_clsmodel_size(const mm_clsmodel *m)
{
    return m ? m->n : 0;
}

mm_clsmodel *mm_clsmodel_ref(mm_clsmodel *m)
{
    if (m)
        m->refs++;
    return m;
}

void mm_clsmodel_free(mm_clsmodel *m)
{
    if (m == NULL || --m->refs > 0)
        return;
    free(m->names);
    free(m->off);
    free(m->len);
    free(m->w);
    free(m->slot);
    free(m);
}

/* Six finite numbers, in the file's category order, stored in ours. */
static int model_vector(mm_jv *v, const json_t *a, const int map[MM_CAT_COUNT], double out[])
{
    if (!json_is_array(a) || json_array_size(a) != MM_CAT_COUNT) {
        mm_jv_error(v, 0, "expected an array of %d numbers (one per category)", MM_CAT_COUNT);
        return MM_EPOLICY;
    }
    for (int k = 0; k < MM_CAT_COUNT; k++) {
        json_t *x = json_array_get(a, (size_t)k);
        double d = json_number_value(x);
        if (!json_is_number(x) || !isfinite(d) || fabs(d) > 1e6) {
            mm_jv_idx(v, (size_t)k);
            mm_jv_error(v, 0, "expected a number between -1e6 and 1e6");
            mm_jv_pop(v);
            return MM_EPOLICY;
        }
        out[map[k]] = d;
    }
    return MM_OK;
}

static int model_threshold(mm_jv *v, const json_t *root, const char *key, double *out)
{
    json_t *j = mm_jv_get(v, root, key, MM_JV_NUMBER, 1);
    if (j == NULL)
        return MM_EPOLICY;
    double d = json_number_value(j);
    if (!(d >= 0 && d <= 1)) {
        mm_jv_key(v, key);
        mm_jv_error(v, 0, "expected a probability between 0 and 1");
        mm_jv_pop(v);
        return MM_EPOLICY;
    }
    *out = d;
    return MM_OK;
}

static int model_categories(mm_jv *v, const json_t *root, int map[MM_CAT_COUNT])
{
    json_t *a = mm_jv_get(v, root, "categories", MM_JV_ARRAY, 1);
    if (a == NULL)
        return MM_EPOLICY;
    unsigned seen = 0;
    mm_jv_key(v, "categories");
    int rc = MM_OK;
    if (json_array_size(a) != MM_CAT_COUNT) {
        mm_jv_error(v, 0, "expected the %d category names", MM_CAT_COUNT);
        rc = MM_EPOLICY;
    }
    for (size_t k = 0; k < json_array_size(a) && k < MM_CAT_COUNT && rc == MM_OK; k++) {
        const char *name = json_string_value(json_array_get(a, k));
        int c = name ? mm_category_from_name(name) : -1;
        if (c < 0 || (seen & (1u << c))) {
            mm_jv_idx(v, k);
            mm_jv_error(v, 0, "expected a category name, each once");
            mm_jv_pop(v);
            rc = MM_EPOLICY;
        } else {
            seen |= 1u << c;
            map[k] = c;
        }
    }
    mm_jv_pop(v);
    return rc;
}

static int model_index(mm_clsmodel *m)
{
    size_t cap = 16;
    while (cap < m->n + m->n / 2) /* load at most 2/3 */
        cap *= 2;
    m->slot = aligned_alloc(_Alignof(struct mm_clsmodel_slot), cap * sizeof *m->slot);
    if (m->slot == NULL)
        return MM_ENOMEM;
    memset(m->slot, 0, cap * sizeof *m->slot);
    m->t.slot = m->slot;
    m->t.mask = cap - 1;
    m->fast = 1;
    for (size_t e = 0; e < m->n; e++) {
        const char *name = m->names + m->off[e];
        uint32_t c;
        uint64_t h = name_key(name, m->len[e], &c);
        size_t i = (size_t)h & m->t.mask;
        for (; m->slot[i].e; i = (i + 1) & m->t.mask)
            if (m->slot[i].key == h && m->slot[i].check == c)
                m->fast = 0; /* two names, one (key, check): look names up by string */
        m->slot[i].key = h;
        m->slot[i].check = c;
        m->slot[i].e = (uint32_t)e + 1;
        memcpy(m->slot[i].w, m->w + e * MM_CAT_COUNT, sizeof m->slot[i].w);
    }
    return MM_OK;
}

static int model_weights(mm_jv *v, mm_clsmodel *m, const json_t *obj, const int map[])
{
    size_t n = json_object_size(obj), total = 0;
    const char *key;
    json_t *val;
    json_object_foreach((json_t *)obj, key, val)
        total += strlen(key) + 1;
    m->names = malloc(total ? total : 1);
    m->off = calloc(n ? n : 1, sizeof *m->off);
    m->len = calloc(n ? n : 1, sizeof *m->len);
    m->w = calloc(n ? n * MM_CAT_COUNT : 1, sizeof *m->w);
    if (m->names == NULL || m->off == NULL || m->len == NULL || m->w == NULL)
        return MM_ENOMEM;
    int rc = MM_OK;
    size_t at = 0;
    mm_jv_key(v, "weights");
    json_object_foreach((json_t *)obj, key, val) {
        size_t kl = strlen(key);
        double d[MM_CAT_COUNT];
        mm_jv_key(v, key);
        if (kl == 0 || kl > MODEL_MAX_NAME) {
            mm_jv_error(v, 1, "expected a feature name of 1 to %d bytes", MODEL_MAX_NAME);
            rc = MM_EPOLICY;
        } else if (model_vector(v, val, map, d) != MM_OK) {
            rc = MM_EPOLICY;
        }
        mm_jv_pop(v);
        if (rc != MM_OK)
            break;
        memcpy(m->names + at, key, kl + 1);
        m->off[m->n] = (uint32_t)at;
        m->len[m->n] = (uint32_t)kl;
        for (int k = 0; k < MM_CAT_COUNT; k++)
            m->w[m->n * MM_CAT_COUNT + (size_t)k] = (float)d[k];
        m->n++;
        at += kl + 1;
    }
    mm_jv_pop(v);
    return rc == MM_OK ? model_index(m) : rc;
}

static int model_parse(mm_jv *v, const json_t *root, mm_clsmodel *m)
{
    static const char *const keys[] = {"format", "description", "categories", "bias",
                                       "urgent_high", "urgent_keep", "weights", "training",
                                       "comment", NULL};
    if (!json_is_object(root)) {
        mm_jv_error(v, 0, "expected an object (a classifier model)");
        return MM_EPOLICY;
    }
    unsigned before = v->nerr;
    mm_jv_keys(v, root, keys);
    json_t *f = mm_jv_get(v, root, "format", MM_JV_STRING, 1);
    if (f && strcmp(json_string_value(f), MODEL_FORMAT) != 0) {
        mm_jv_key(v, "format");
        mm_jv_error(v, 0, "expected \"%s\"", MODEL_FORMAT);
        mm_jv_pop(v);
    }
    (void)mm_jv_get(v, root, "description", MM_JV_STRING, 0);
    (void)mm_jv_get(v, root, "training", MM_JV_OBJECT, 0);
    (void)model_threshold(v, root, "urgent_high", &m->high);
    (void)model_threshold(v, root, "urgent_keep", &m->keep);
    int map[MM_CAT_COUNT];
    if (model_categories(v, root, map) != MM_OK || v->nerr != before)
        return MM_EPOLICY;
    json_t *b = mm_jv_get(v, root, "bias", MM_JV_ARRAY, 1);
    if (b) {
        mm_jv_key(v, "bias");
        (void)model_vector(v, b, map, m->bias);
        mm_jv_pop(v);
    }
    json_t *w = mm_jv_get(v, root, "weights", MM_JV_OBJECT, 1);
    if (w == NULL || v->nerr != before)
        return MM_EPOLICY;
    return model_weights(v, m, w, map);
}

int mm_clsmodel_parse(mm_jv *outer, const char *text, size_t len, const char *shown,
                      mm_clsmodel **out)
{
    *out = NULL;
    mm_clsmodel *m = calloc(1, sizeof *m);
    if (m == NULL)
        return MM_ENOMEM;
    m->refs = 1;
    mm_jv v;
    mm_jv_init(&v, shown, text, len, outer->err);
    json_t *root = mm_jv_parse(&v);
    int rc = root == NULL ? MM_EPOLICY : model_parse(&v, root, m);
    if (rc == MM_OK && v.nerr)
        rc = MM_EPOLICY;
    json_decref(root);
    outer->nerr += v.nerr;
    if (rc != MM_OK) {
        mm_clsmodel_free(m);
        return rc;
    }
    *out = m;
    return MM_OK;
}
