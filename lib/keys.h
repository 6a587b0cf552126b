/*
 * keys.h - key files: the host key (encrypts stored values, keys tokens)
 * and the vault key pair (X25519; the mail host holds only the public half,
 * the security team holds the secret half encrypted with a passphrase).
 *
 * Files in a key directory:
 *   host.key              32 random bytes, mode 0600 (the current host key)
 *   host.key.XXXXXXXX     older host keys kept by `keygen --rotate` (hex key id)
 *   vault.pub             32-byte X25519 public key (current)
 *   vault.sec             every vault secret key, newest first, encrypted
 *                         with a passphrase (Argon2id + XChaCha20-Poly1305)
 *
 * Every key has a 32-bit id derived from it (never 0); stored values carry
 * the id of the key that sealed them, so rotated keys keep decrypting.
 * Subkeys of the host key come from crypto_kdf (context "medmiltr").
 *
 * Errors are logged through mm_log naming the file and the fix.
 * Threading: loaded keys are read-only and may be shared by all threads.
 * MM_TEST_FAST_KDF=1 in the environment makes keygen use the minimum
 * Argon2id limits (tests only; loading always uses the file's limits).
 */
#ifndef MM_KEYS_H
#define MM_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include <sodium.h>

#include "mm.h"

#define MM_KEY_BYTES 32
#define MM_HOSTKEY_FILE "host.key"
#define MM_VAULT_PUB_FILE "vault.pub"
#define MM_VAULT_SEC_FILE "vault.sec"
#define MM_KEYS_MAX 64 /* keys kept by rotation */

typedef struct mm_hostkey mm_hostkey;
typedef struct mm_vault_pub mm_vault_pub;
typedef struct mm_vault_sec mm_vault_sec;

/* Subkeys of a host key. */
enum mm_subkey {
    MM_SUBKEY_STORE = 1, /* XChaCha20-Poly1305 for store values */
    MM_SUBKEY_TOKEN = 2, /* BLAKE2b key for token ids */
    MM_SUBKEY_CHECK = 3, /* BLAKE2b key for vault collision checks */
};

/* Create DIR (0700) if needed and write host.key, vault.pub, vault.sec.
 * Without rotate, refuses (MM_EEXIST) when any of them exists. With rotate,
 * the passphrase must open the existing vault.sec (MM_ECRYPTO otherwise);
 * the old host key is kept as host.key.ID and the old vault secret keys
 * stay in vault.sec, re-encrypted under the given passphrase. */
int mm_keygen(const char *dir, const char *passphrase, size_t plen, int rotate) MM_WUR;

/* Load PATH (the current host key) and every PATH.XXXXXXXX beside it.
 * Refuses (MM_EKEY) files that are group/world-accessible, not 32 bytes,
 * not regular or unreadable. The result is sodium_malloc'd, read-only. */
int mm_hostkey_load(const char *path, mm_hostkey **out) MM_WUR;
/* Key material from raw bytes (tests, tools): one key, current. */
int mm_hostkey_from_bytes(const unsigned char key[MM_KEY_BYTES], mm_hostkey **out) MM_WUR;
void mm_hostkey_free(mm_hostkey *hk);
/* Id of the current key. */
uint32_t mm_hostkey_id(const mm_hostkey *hk);
/* The subkey WHICH of the key with id ID (0 = current, *id_out tells which).
 * Returns NULL when no loaded key has that id. */
const unsigned char *mm_hostkey_subkey(const mm_hostkey *hk, enum mm_subkey which, uint32_t id,
                                       uint32_t *id_out);
/* Output length of the keyed BLAKE2b made with the token and check subkeys. */
#define MM_HOSTKEY_HASH_LEN 16
/* *ST = crypto_generichash_init keyed with subkey WHICH (MM_SUBKEY_TOKEN or
 * MM_SUBKEY_CHECK) of the key with id ID (as mm_hostkey_subkey), output
 * MM_HOSTKEY_HASH_LEN bytes: made once at load, copied here (the init
 * was 300 of a token's 2,000 instructions). MM_EKEY when no loaded key
 * has that id, MM_EINVAL for another subkey. The caller wipes ST. */
int mm_hostkey_hash_init(const mm_hostkey *hk, enum mm_subkey which, uint32_t id, uint32_t *id_out,
                         crypto_generichash_state *st) MM_WUR;

int mm_vault_pub_load(const char *path, mm_vault_pub **out) MM_WUR;
void mm_vault_pub_free(mm_vault_pub *vp);
uint32_t mm_vault_pub_id(const mm_vault_pub *vp);
const unsigned char *mm_vault_pub_key(const mm_vault_pub *vp);

/* Decrypt vault.sec with the passphrase: MM_ECRYPTO for a wrong one,
 * MM_EKEY for an unsafe/malformed file. */
int mm_vault_sec_load(const char *path, const char *pass, size_t plen, mm_vault_sec **out) MM_WUR;
void mm_vault_sec_free(mm_vault_sec *vs);
/* Secret key with id ID, or NULL. */
const unsigned char *mm_vault_sec_key(const mm_vault_sec *vs, uint32_t id);

/* Vault keys from raw bytes (tests, fuzzing): the pair of secret key SK. */
int mm_vault_pub_from_secret(const unsigned char sk[MM_KEY_BYTES], mm_vault_pub **out) MM_WUR;
int mm_vault_sec_from_bytes(const unsigned char sk[MM_KEY_BYTES], mm_vault_sec **out) MM_WUR;

/* Key id of a vault public key / of host key bytes. */
uint32_t mm_key_id_pub(const unsigned char pk[MM_KEY_BYTES]);
uint32_t mm_key_id_secret(const unsigned char key[MM_KEY_BYTES]);

/* sodium_malloc aligns the end of the block to the guard page: round the
 * size up so structures come back aligned. Free with sodium_free. */
static inline void *mm_secure_alloc(size_t n)
{
    return n > SIZE_MAX - 15 ? NULL : sodium_malloc((n + 15) & ~(size_t)15);
}

/* Big-endian helpers shared by the storage formats. */
static inline void mm_put_be32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}
static inline uint32_t mm_get_be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline void mm_put_be64(unsigned char *p, uint64_t v)
{
    mm_put_be32(p, (uint32_t)(v >> 32));
    mm_put_be32(p + 4, (uint32_t)v);
}
static inline uint64_t mm_get_be64(const unsigned char *p)
{
    return (uint64_t)mm_get_be32(p) << 32 | mm_get_be32(p + 4);
}

#endif
