/*
 * token.h - reversible-token text for PHI values: "[[SSN:7Q2K9FXD4MHP]]",
 * the upper-case type tag and 12 Crockford base32 characters (60 bits) of
 * a BLAKE2b keyed with a host subkey over (type, normalised value).
 * Deterministic per host key: one value, one token, across messages and
 * across hosts sharing the key. The vault (vault.h) maps token -> original.
 *
 * Threading: pure functions, thread-safe.
 */
#ifndef MM_TOKEN_H
#define MM_TOKEN_H

#include <stddef.h>

#include "keys.h"
#include "mm.h"

#define MM_TOKEN_MAX 32    /* buffer size for a token, NUL included */
#define MM_TOKEN_ID_LEN 12 /* Crockford base32 characters */
#define MM_TOKEN_CHECK_LEN 16

/* Write the token for (type, norm) to OUT, NUL-terminated, length in *outlen. */
int mm_token_make(const mm_hostkey *hk, mm_phi_type type, const char *norm, size_t nlen,
                  char out[MM_TOKEN_MAX], size_t *outlen) MM_WUR;

/* Parse exactly one token of LEN bytes. TYPE and ID (NUL-terminated, may be
 * NULL) receive its parts. MM_EPARSE unless canonical: "[[", a known upper-
 * case tag, ':', 12 characters of 0-9A-Z without I L O U, "]]". */
int mm_token_parse(const char *s, size_t len, mm_phi_type *type, char id[MM_TOKEN_ID_LEN + 1]) MM_WUR;

/* Find the first token in S (for "never re-tokenize"): MM_OK with its
 * offset and length, MM_ENOTFOUND when none. */
int mm_token_find(const char *s, size_t len, size_t *off, size_t *tlen) MM_WUR;

/* Collision check for the vault: a longer keyed hash of (type, norm) with
 * the check subkey of the host key with id KEY_ID (0 = current; the id
 * used goes to *id_out). MM_EKEY when that key is not loaded. */
int mm_token_check(const mm_hostkey *hk, uint32_t key_id, mm_phi_type type, const char *norm, size_t nlen,
                   unsigned char check[MM_TOKEN_CHECK_LEN], uint32_t *id_out) MM_WUR;

#endif
