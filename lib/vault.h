/*
 * vault.h - the token vault (token -> original value), sealed to the
 * security team's vault public key so the mail host cannot read it back,
 * and the sealing primitive the audit trail shares.
 *
 * Sealing: one ephemeral X25519 agreement with the vault public key per
 * batch (a message's values, or a group of audit records); the shared
 * secret is hashed with both public keys into an XChaCha20-Poly1305 key,
 * and each value is encrypted with its own random nonce. A sealed blob is
 *   vault key id (4) | ephemeral public key (32) | nonce (24) | ciphertext+tag
 * The ephemeral secret is wiped when the batch ends.
 *
 * Vault value: version (1) | host key id (4) | check (16) | sealed blob,
 * with AD "vault:" + token. The check is a keyed hash of (type, normalised
 * value) under the host key: the mail host can tell "same value again"
 * (stored once) from "same id, other value" (collision) without being able
 * to open the vault.
 *
 * Threading: functions are thread-safe given thread-safe store/keys; a
 * mm_seal or mm_unseal context belongs to one thread at a time.
 */
#ifndef MM_VAULT_H
#define MM_VAULT_H

#include <stddef.h>
#include <stdint.h>

#include "keys.h"
#include "mm.h"
#include "store.h"
#include "token.h"

#define MM_SEAL_OVERHEAD (4 + 32 + 24 + 16)

typedef struct mm_seal mm_seal;
typedef struct mm_unseal mm_unseal;

int mm_seal_begin(const mm_vault_pub *vp, mm_seal **out) MM_WUR;
/* Append the sealed form of PT (bound to AD) to OUT. */
int mm_seal_value(const mm_seal *s, const void *ad, size_t adlen, const void *pt, size_t ptlen,
                  mm_buf *out) MM_WUR;
void mm_seal_end(mm_seal *s);

/* Opening side (needs the vault secret keys); caches the last ephemeral
 * key so records sealed in one batch cost one X25519 operation. */
int mm_unseal_new(const mm_vault_sec *vs, mm_unseal **out) MM_WUR;
/* MM_ECORRUPT: too short; MM_EKEY: sealed to a key not in vault.sec;
 * MM_ECRYPTO: does not open. OUT is wiped and replaced. */
int mm_unseal_value(mm_unseal *u, const void *ad, size_t adlen, const void *blob, size_t len,
                    mm_buf *out) MM_WUR;
void mm_unseal_free(mm_unseal *u);

typedef struct mm_vault_item {
    const char *token; /* as made by mm_token_make */
    size_t tlen;
    mm_phi_type type;
    const char *norm; /* the normalised value the token was made from */
    size_t nlen;
    const char *value; /* the original as written: what reveal returns */
    size_t vlen;
    int status; /* out: MM_OK stored, MM_EEXIST already stored (same value),
                   MM_ECOLLISION other value under that id (not stored) */
} mm_vault_item;

/* Store a message's items in one transaction, one X25519 operation.
 * Returns MM_OK when every item is stored or already present,
 * MM_ECOLLISION when some item collided (the others are stored; the caller
 * must not emit a colliding token: redact that value instead), MM_EINVAL
 * for a malformed token or a type that does not match it. */
int mm_vault_put_batch(mm_store *st, const mm_hostkey *hk, const mm_vault_pub *vp, mm_vault_item *items,
                       size_t n) MM_WUR;

/* The original behind TOKEN: MM_EPARSE (not a token), MM_ENOTFOUND,
 * MM_EKEY (sealed to a vault key not in vault.sec), MM_ECRYPTO, MM_ECORRUPT. */
int mm_vault_reveal(mm_store *st, const mm_vault_sec *vs, const char *token, size_t tlen,
                    mm_buf *original) MM_WUR;

#endif
