/*
 * policystore.c - policy versions in the store (see policystore.h).
 */
#include "policystore.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "detect.h"
#include "policy.h"

#define PS_DB "policy"

static void ps_key(uint64_t v, unsigned char k[8])
{
    mm_put_be64(k, v);
}

int mm_policystore_current(mm_store *st, uint64_t *version)
{
    mm_buf key = MM_BUF_INIT;
    int rc = mm_store_last_key(st, PS_DB, &key);
    *version = 0;
    if (rc == MM_ENOTFOUND)
        rc = MM_OK;
    else if (rc == MM_OK && key.len == 8)
        *version = mm_get_be64((const unsigned char *)key.data);
    else if (rc == MM_OK)
        rc = MM_ECORRUPT;
    mm_buf_free(&key);
    return rc;
}

void mm_policystore_entry_free(mm_policystore_entry *e)
{
    free(e->label);
    free(e->file);
    free(e->comment);
    free(e->source);
    memset(e, 0, sizeof *e);
}

static int ps_decode(const char *val, size_t len, int with_source, mm_policystore_entry *e)
{
    memset(e, 0, sizeof *e);
    json_error_t jerr;
    json_t *o = json_loadb(val, len, 0, &jerr);
    if (o == NULL)
        return MM_ECORRUPT;
    json_int_t version = 0, at = 0;
    const char *label = NULL, *file = NULL, *comment = NULL, *source = NULL;
    size_t slen = 0;
    int rc = MM_ECORRUPT;
    if (json_unpack(o, "{s:I, s:s, s:s, s:I, s:s, s:s%}", "version", &version, "label", &label,
                    "file", &file, "loaded_at", &at, "comment", &comment, "source", &source,
                    &slen) == 0) {
        e->version = (uint64_t)version;
        e->loaded_at = (time_t)at;
        e->label = strdup(label);
        e->file = strdup(file);
        e->comment = strdup(comment);
        if (with_source) {
            e->source = malloc(slen + 1);
            if (e->source) {
                memcpy(e->source, source, slen);
                e->source[slen] = '\0';
                e->source_len = slen;
            }
        }
        rc = e->label && e->file && e->comment && (!with_source || e->source) ? MM_OK
                                                                              : MM_ENOMEM;
        if (rc != MM_OK)
            mm_policystore_entry_free(e);
    }
    json_decref(o);
    return rc;
}

int mm_policystore_get(mm_store *st, const mm_hostkey *hk, uint64_t version,
                       mm_policystore_entry *out)
{
    unsigned char k[8];
    ps_key(version, k);
    mm_buf val = MM_BUF_INIT;
    int rc = mm_store_get(st, hk, PS_DB, k, sizeof k, &val);
    if (rc == MM_OK)
        rc = ps_decode(val.data, val.len, 1, out);
    mm_buf_free(&val);
    return rc;
}

/* Compile everything the milter will compile, so a stored version always loads. */
static int ps_validate(const char *src, size_t len, const char *file, char **label,
                       mm_buf *err)
{
    mm_policy *pol;
    int rc = mm_policy_parse(src, len, file, &pol, err);
    if (rc != MM_OK)
        return rc;
    mm_detector *det;
    char why[256] = "";
    rc = mm_detector_new(mm_policy_detectors(pol), &det, why, sizeof why);
    if (rc != MM_OK) {
        if (mm_buf_appendf(err, "%s: detectors: %s\n", file, why) != MM_OK)
            mm_buf_reset(err);
        mm_policy_free(pol);
        return MM_EPOLICY;
    }
    mm_detector_free(det);
    *label = strdup(mm_policy_version_label(pol));
    mm_policy_free(pol);
    return *label ? MM_OK : MM_ENOMEM;
}

static int ps_store(mm_store *st, const mm_hostkey *hk, const char *src, size_t len,
                    const char *file, const char *label, const char *comment, uint64_t *version)
{
    uint64_t cur;
    int rc = mm_policystore_current(st, &cur);
    if (rc != MM_OK)
        return rc;
    uint64_t v = cur + 1;
    json_t *o = json_pack("{s:I, s:s, s:s, s:I, s:s, s:s%}", "version", (json_int_t)v, "label",
                          label, "file", file, "loaded_at", (json_int_t)time(NULL), "comment",
                          comment, "source", src, len);
    if (o == NULL)
        return MM_ENOMEM;
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    if (s == NULL)
        return MM_ENOMEM;
    unsigned char k[8];
    ps_key(v, k);
    rc = mm_store_put(st, hk, PS_DB, k, sizeof k, s, strlen(s));
    free(s);
    if (rc == MM_OK)
        *version = v;
    return rc;
}

static int ps_read_file(const char *file, char **out, size_t *len, mm_buf *err)
{
    FILE *fp = fopen(file, "rb");
    if (fp == NULL) {
        if (mm_buf_appendf(err, "%s: cannot open: %s\n", file, strerror(errno)) != MM_OK)
            mm_buf_reset(err);
        return MM_EIO;
    }
    mm_buf b = MM_BUF_INIT;
    char chunk[8192];
    size_t n;
    int rc = MM_OK;
    while (rc == MM_OK && (n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        rc = mm_buf_append(&b, chunk, n);
    if (rc == MM_OK && ferror(fp))
        rc = MM_EIO;
    fclose(fp);
    if (rc != MM_OK) {
        mm_buf_free(&b);
        return rc;
    }
    *out = b.data ? b.data : strdup("");
    *len = b.len;
    return *out ? MM_OK : MM_ENOMEM;
}

int mm_policystore_load_file(mm_store *st, const mm_hostkey *hk, const char *file, int force,
                             uint64_t *version, mm_buf *err)
{
    char abs[PATH_MAX];
    if (realpath(file, abs) == NULL) {
        if (mm_buf_appendf(err, "%s: %s\n", file, strerror(errno)) != MM_OK)
            mm_buf_reset(err);
        return MM_EIO;
    }
    char *src;
    size_t len;
    int rc = ps_read_file(abs, &src, &len, err);
    if (rc != MM_OK)
        return rc;
    char *label = NULL;
    rc = ps_validate(src, len, abs, &label, err);
    if (rc == MM_OK && !force) {
        uint64_t cur;
        rc = mm_policystore_current(st, &cur);
        if (rc == MM_OK && cur) {
            mm_policystore_entry e;
            rc = mm_policystore_get(st, hk, cur, &e);
            if (rc == MM_OK && strcmp(e.label, label) == 0 && strcmp(e.file, abs) == 0) {
                *version = cur;
                rc = MM_EEXIST;
            }
            mm_policystore_entry_free(&e);
        }
    }
    if (rc == MM_OK)
        rc = ps_store(st, hk, src, len, abs, label, "loaded", version);
    free(label);
    free(src);
    return rc;
}

int mm_policystore_rollback(mm_store *st, const mm_hostkey *hk, uint64_t n, uint64_t *version,
                            mm_buf *err)
{
    mm_policystore_entry e;
    int rc = mm_policystore_get(st, hk, n, &e);
    if (rc != MM_OK) {
        if (mm_buf_appendf(err, "policy version %llu: %s\n", (unsigned long long)n,
                           mm_strerror(rc)) != MM_OK)
            mm_buf_reset(err);
        return rc;
    }
    char *label = NULL;
    rc = ps_validate(e.source, e.source_len, e.file, &label, err);
    if (rc == MM_OK) {
        char comment[64];
        snprintf(comment, sizeof comment, "rollback to version %llu", (unsigned long long)n);
        rc = ps_store(st, hk, e.source, e.source_len, e.file, label, comment, version);
    }
    free(label);
    mm_policystore_entry_free(&e);
    return rc;
}

struct ps_iter {
    mm_policystore_fn fn;
    void *arg;
};

static int ps_iter_cb(void *arg, const void *key, size_t klen, const void *val, size_t vlen)
{
    (void)key, (void)klen;
    struct ps_iter *it = arg;
    mm_policystore_entry e;
    int rc = ps_decode(val, vlen, 0, &e);
    if (rc != MM_OK)
        return rc;
    rc = it->fn(it->arg, &e);
    mm_policystore_entry_free(&e);
    return rc;
}

int mm_policystore_history(mm_store *st, const mm_hostkey *hk, mm_policystore_fn fn, void *arg)
{
    struct ps_iter it = {fn, arg};
    return mm_store_iter(st, hk, PS_DB, 0, ps_iter_cb, &it);
}
