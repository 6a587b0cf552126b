/*
 * token.c - token text: keyed BLAKE2b, Crockford base32, strict parsing.
 */
#include "token.h"

#include <string.h>

#include <sodium.h>

static const char crock[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/* In crock[]: digits, upper-case letters but I L O U. */
static int is_crock(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U');
}

/* Keyed BLAKE2b of (type, norm) with subkey WHICH of host key ID. */
static int keyed_hash(const mm_hostkey *hk, enum mm_subkey which, uint32_t id, uint32_t *id_out,
                      mm_phi_type type, const char *norm, size_t nlen, unsigned char out[MM_HOSTKEY_HASH_LEN])
{
    crypto_generichash_state h;
    unsigned char t = (unsigned char)type;
    int rc = mm_hostkey_hash_init(hk, which, id, id_out, &h);
    if (rc == MM_OK) {
        crypto_generichash_update(&h, &t, 1);
        crypto_generichash_update(&h, (const unsigned char *)norm, nlen);
        crypto_generichash_final(&h, out, MM_HOSTKEY_HASH_LEN);
    }
    sodium_memzero(&h, sizeof h);
    return rc;
}

int mm_token_make(const mm_hostkey *hk, mm_phi_type type, const char *norm, size_t nlen,
                  char out[MM_TOKEN_MAX], size_t *outlen)
{
    if ((unsigned)type >= MM_PHI_COUNT || (!norm && nlen))
        return MM_EINVAL;
    unsigned char h[MM_HOSTKEY_HASH_LEN];
    int rc = keyed_hash(hk, MM_SUBKEY_TOKEN, 0, NULL, type, norm, nlen, h);
    if (rc != MM_OK)
        return rc;
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++)
        bits = bits << 8 | h[i];
    /* "[[" tag ":" id "]]", put together by hand: snprintf cost a third
     * as much as the hash. */
    const char *tag = mm_phi_tag(type);
    size_t tl = strlen(tag), n = 2 + tl + 1 + MM_TOKEN_ID_LEN + 2;
    if (n >= MM_TOKEN_MAX)
        return MM_ELIMIT;
    char *p = out;
    memcpy(p, "[[", 2);
    memcpy(p + 2, tag, tl);
    p += 2 + tl;
    *p++ = ':';
    for (int i = 0; i < MM_TOKEN_ID_LEN; i++)
        *p++ = crock[(bits >> (64 - 5 * (i + 1))) & 31];
    memcpy(p, "]]", 3);
    *outlen = n;
    return MM_OK;
}

int mm_token_check(const mm_hostkey *hk, uint32_t key_id, mm_phi_type type, const char *norm, size_t nlen,
                   unsigned char check[MM_TOKEN_CHECK_LEN], uint32_t *id_out)
{
    _Static_assert(MM_TOKEN_CHECK_LEN == MM_HOSTKEY_HASH_LEN, "check is one keyed hash");
    return keyed_hash(hk, MM_SUBKEY_CHECK, key_id, id_out, type, norm, nlen, check);
}

int mm_token_parse(const char *s, size_t len, mm_phi_type *type, char id[MM_TOKEN_ID_LEN + 1])
{
    if (len < 2 + 1 + 1 + MM_TOKEN_ID_LEN + 2 || len >= MM_TOKEN_MAX || memcmp(s, "[[", 2) != 0 ||
        memcmp(s + len - 2, "]]", 2) != 0 || s[len - 3 - MM_TOKEN_ID_LEN] != ':')
        return MM_EPARSE;
    size_t taglen = len - 2 - 1 - MM_TOKEN_ID_LEN - 2;
    int t = -1;
    for (int i = 0; i < MM_PHI_COUNT && t < 0; i++) {
        const char *tag = mm_phi_tag((mm_phi_type)i);
        if (tag[0] == s[2] && strlen(tag) == taglen && memcmp(tag, s + 2, taglen) == 0)
            t = i; /* tags are distinct */
    }
    if (t < 0)
        return MM_EPARSE;
    const char *p = s + 2 + taglen + 1;
    for (int i = 0; i < MM_TOKEN_ID_LEN; i++)
        if (!is_crock(p[i]))
            return MM_EPARSE;
    if (type)
        *type = (mm_phi_type)t;
    if (id) {
        memcpy(id, p, MM_TOKEN_ID_LEN);
        id[MM_TOKEN_ID_LEN] = '\0';
    }
    return MM_OK;
}

int mm_token_find(const char *s, size_t len, size_t *off, size_t *tlen)
{
    const char *p = s, *end = s + len;
    while ((p = memmem(p, (size_t)(end - p), "[[", 2)) != NULL) {
        const char *q = memmem(p + 2, (size_t)(end - p - 2) < MM_TOKEN_MAX ? (size_t)(end - p - 2) : MM_TOKEN_MAX,
                               "]]", 2);
        if (q && mm_token_parse(p, (size_t)(q + 2 - p), NULL, NULL) == MM_OK) {
            *off = (size_t)(p - s);
            *tlen = (size_t)(q + 2 - p);
            return MM_OK;
        }
        p++;
    }
    return MM_ENOTFOUND;
}
