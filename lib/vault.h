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

/* A batch's sealing state. It lives in the caller's memory (usually the
 * stack, not sodium_malloc: mapping guard pages per message costs TLB
 * shootdowns across all milter threads) and mm_seal_end wipes it. */
typedef struct mm_seal {
    uint32_t id;
    unsigned char epk[32];
    unsigned char key[32];
} mm_seal;
typedef struct mm_unseal mm_unseal;

int mm_seal_begin(const mm_vault_pub *vp, mm_seal *s) MM_WUR;
/* Append the sealed form of PT (bound to AD) to OUT. */
int mm_seal_value(const mm_seal *s, const void *ad, size_t adlen, const void *pt, size_t ptlen,
                  mm_buf *out) MM_WUR;
void mm_seal_end(mm_seal *s); /* wipes S */

/* A shared sealing key, rotated: X25519 costs more than the rest of a
 * message's crypto, so messages sealed within MM_SEALER_MAX_AGE seconds
 * (and at most MM_SEALER_MAX_USES of them) share one ephemeral key. The
 * ephemeral secret is never kept, only the derived key, wiped at rotation:
 * whoever reads this process's memory sees at most that window, which it
 * could read as plaintext mail anyway. Thread-safe. */
#define MM_SEALER_MAX_AGE 1
#define MM_SEALER_MAX_USES 4096
typedef struct mm_sealer mm_sealer;
int mm_sealer_new(const mm_vault_pub *vp, mm_sealer **out) MM_WUR;
/* Copy the current sealing state into S (rotating first when due); wipe
 * S with mm_seal_end after use. */
int mm_sealer_get(mm_sealer *sr, mm_seal *s) MM_WUR;
void mm_sealer_free(mm_sealer *sr);

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
 * must not emit a colliding token: redact that value instead), MM_ECORRUPT
 * when an existing entry under an item's token is damaged, MM_EINVAL
 * for a malformed token or a type that does not match it. */
int mm_vault_put_batch(mm_store *st, const mm_hostkey *hk, const mm_vault_pub *vp, mm_vault_item *items,
                       size_t n) MM_WUR;

/* The same in two steps, so the items can share a transaction with other
 * writes (mm_audit_append_vault): seal in the caller's thread (one X25519
 * operation), then store inside a write transaction, which sets each
 * item's status (MM_ECORRUPT too: an existing entry is damaged) and fails
 * only on store errors. mm_vault_items_status sums the statuses up as
 * mm_vault_put_batch returns them. */
typedef struct mm_vault_sealed mm_vault_sealed;
int mm_vault_seal_items(const mm_hostkey *hk, const mm_vault_pub *vp, const mm_vault_item *items, size_t n,
                        mm_vault_sealed **out) MM_WUR;
/* The same with a sealing state the caller already has (mm_sealer_get). */
int mm_vault_seal_items_with(const mm_hostkey *hk, const mm_seal *s, const mm_vault_item *items,
                             size_t n, mm_vault_sealed **out) MM_WUR;
int mm_vault_txn_put(mm_txn *txn, const mm_hostkey *hk, mm_vault_item *items, size_t n,
                     const mm_vault_sealed *sv) MM_WUR;
int mm_vault_items_status(const mm_vault_item *items, size_t n);
void mm_vault_sealed_free(mm_vault_sealed *sv);

/* The original behind TOKEN: MM_EPARSE (not a token), MM_ENOTFOUND,
 * MM_EKEY (sealed to a vault key not in vault.sec), MM_ECRYPTO, MM_ECORRUPT. */
int mm_vault_reveal(mm_store *st, const mm_vault_sec *vs, const char *token, size_t tlen,
                    mm_buf *original) MM_WUR;

#endif
