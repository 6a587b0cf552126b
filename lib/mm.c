/*
 * mm.c - status decoding, length-counted buffers, the PHI type table and
 * the logging hook shared by every libmedmilter module.
 */
#include "mm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sodium.h>

const char *mm_strerror(int status)
{
    switch (status) {
    case MM_OK: return "success";
    case MM_ENOMEM: return "out of memory";
    case MM_EINVAL: return "invalid argument";
    case MM_EIO: return "input/output error";
    case MM_ECRYPTO: return "decryption or authentication failed";
    case MM_ENOTFOUND: return "not found";
    case MM_ELIMIT: return "limit exceeded";
    case MM_EPARSE: return "malformed input";
    case MM_EPOLICY: return "invalid policy";
    case MM_EKEY: return "key file missing, unsafe or malformed";
    case MM_ESTORE: return "storage error";
    case MM_EEXIST: return "already exists";
    case MM_ECORRUPT: return "stored data corrupt or tampered with";
    case MM_ECONFIG: return "invalid configuration";
    case MM_ECOLLISION: return "token id collision";
    default: return "unknown error";
    }
}

int mm_buf_reserve(mm_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1)
        return MM_ENOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return MM_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (p == NULL)
        return MM_ENOMEM;
    b->data = p;
    b->cap = cap;
    return MM_OK;
}

int mm_buf_append(mm_buf *b, const void *p, size_t n)
{
    int rc = mm_buf_reserve(b, n);
    if (rc != MM_OK)
        return rc;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return MM_OK;
}

int mm_buf_vappendf(mm_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return MM_EINVAL;
    int rc = mm_buf_reserve(b, (size_t)n);
    if (rc != MM_OK)
        return rc;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return MM_OK;
}

int mm_buf_appendf(mm_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = mm_buf_vappendf(b, fmt, ap);
    va_end(ap);
    return rc;
}

void mm_buf_reset(mm_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void mm_buf_free(mm_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void mm_buf_wipe(mm_buf *b)
{
    if (b->data)
        sodium_memzero(b->data, b->cap);
    mm_buf_free(b);
}

static const struct {
    const char *name;
    const char *tag;
} phi_table[MM_PHI_COUNT] = {
    [MM_PHI_SSN] = {"ssn", "SSN"},       [MM_PHI_NPI] = {"npi", "NPI"},
    [MM_PHI_DEA] = {"dea", "DEA"},       [MM_PHI_MBI] = {"mbi", "MBI"},
    [MM_PHI_PHONE] = {"phone", "PHONE"}, [MM_PHI_DOB] = {"dob", "DOB"},
    [MM_PHI_MRN] = {"mrn", "MRN"},       [MM_PHI_EMAIL] = {"email", "EMAIL"},
    [MM_PHI_CARD] = {"card", "CARD"},    [MM_PHI_ZIP] = {"zip", "ZIP"},
    [MM_PHI_NIR] = {"nir", "NIR"},       [MM_PHI_INS] = {"ins", "INS"},
    [MM_PHI_RPPS] = {"rpps", "RPPS"},    [MM_PHI_IBAN] = {"iban", "IBAN"},
};

const char *mm_phi_name(mm_phi_type t)
{
    return (unsigned)t < MM_PHI_COUNT ? phi_table[t].name : "unknown";
}

const char *mm_phi_tag(mm_phi_type t)
{
    return (unsigned)t < MM_PHI_COUNT ? phi_table[t].tag : "UNKNOWN";
}

int mm_phi_from_name(const char *name, size_t len)
{
    for (int i = 0; i < MM_PHI_COUNT; i++)
        if (strlen(phi_table[i].name) == len && strncasecmp(phi_table[i].name, name, len) == 0)
            return i;
    return -1;
}

static mm_log_fn log_fn;
static int log_max = MM_LOG_INFO;

void mm_log_set(mm_log_fn fn, int max_level)
{
    log_fn = fn;
    log_max = max_level;
}

void mm_log(int level, const char *fmt, ...)
{
    if (level > log_max)
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (log_fn)
        log_fn(level, msg);
    else
        fprintf(stderr, "medmilter: %s\n", msg);
}

int mm_array_grow(void **arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return MM_OK;
    size_t ncap = *cap ? *cap * 2 : 8;
    if (ncap > SIZE_MAX / size)
        return MM_ENOMEM;
    void *p = realloc(*arr, ncap * size);
    if (p == NULL)
        return MM_ENOMEM;
    *arr = p;
    *cap = ncap;
    return MM_OK;
}
