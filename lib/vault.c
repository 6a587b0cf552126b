/*
 * vault.c - sealing to the vault public key, and the token vault.
 */
#include "vault.h"

#include <pthread.h>
#include <time.h>

#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#define NPUB crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define ABYTES crypto_aead_xchacha20poly1305_ietf_ABYTES
#define VAULT_VERSION 1
#define VAULT_HDR (1 + 4 + MM_TOKEN_CHECK_LEN)

struct mm_unseal {
    const mm_vault_sec *vs;
    int valid;
    uint32_t id;
    unsigned char epk[32];
    unsigned char key[32];
};

/* key = BLAKE2b(shared || epk || pk): binds the key to both public halves. */
static void seal_key(unsigned char key[32], const unsigned char shared[32], const unsigned char epk[32],
                     const unsigned char pk[32])
{
    crypto_generichash_state h;
    crypto_generichash_init(&h, (const unsigned char *)"medmilter seal", 14, 32);
    crypto_generichash_update(&h, shared, 32);
    crypto_generichash_update(&h, epk, 32);
    crypto_generichash_update(&h, pk, 32);
    crypto_generichash_final(&h, key, 32);
    sodium_memzero(&h, sizeof h);
}

int mm_seal_begin(const mm_vault_pub *vp, mm_seal *s)
{
    unsigned char esk[32], shared[32];
    const unsigned char *pk = mm_vault_pub_key(vp);
    crypto_box_keypair(s->epk, esk);
    int r = crypto_scalarmult(shared, esk, pk);
    if (r == 0)
        seal_key(s->key, shared, s->epk, pk);
    sodium_memzero(esk, sizeof esk);
    sodium_memzero(shared, sizeof shared);
    if (r != 0) {
        mm_seal_end(s);
        mm_log(MM_LOG_ERR, "vault public key is invalid (low-order point): regenerate it with keygen");
        return MM_EKEY;
    }
    s->id = mm_vault_pub_id(vp);
    return MM_OK;
}

void mm_seal_end(mm_seal *s)
{
    sodium_memzero(s, sizeof *s);
}

struct mm_sealer {
    pthread_mutex_t mu;
    const mm_vault_pub *vp;
    mm_seal cur;
    int valid;
    time_t born;
    unsigned uses;
};

int mm_sealer_new(const mm_vault_pub *vp, mm_sealer **out)
{
    mm_sealer *sr = calloc(1, sizeof *sr);
    if (!sr)
        return MM_ENOMEM;
    pthread_mutex_init(&sr->mu, NULL);
    sr->vp = vp;
    *out = sr;
    return MM_OK;
}

int mm_sealer_get(mm_sealer *sr, mm_seal *s)
{
    pthread_mutex_lock(&sr->mu);
    time_t now = time(NULL);
    int rc = MM_OK;
    if (!sr->valid || sr->uses >= MM_SEALER_MAX_USES || now - sr->born >= MM_SEALER_MAX_AGE ||
        now < sr->born) {
        mm_seal_end(&sr->cur);
        sr->valid = 0;
        rc = mm_seal_begin(sr->vp, &sr->cur);
        if (rc == MM_OK) {
            sr->valid = 1;
            sr->born = now;
            sr->uses = 0;
        }
    }
    if (rc == MM_OK) {
        *s = sr->cur;
        sr->uses++;
    }
    pthread_mutex_unlock(&sr->mu);
    return rc;
}

void mm_sealer_free(mm_sealer *sr)
{
    if (!sr)
        return;
    mm_seal_end(&sr->cur);
    pthread_mutex_destroy(&sr->mu);
    free(sr);
}

/*
 * Nonces. XChaCha20-Poly1305 only needs them never to repeat under a key;
 * 192 random bits do that, but a getrandom(2) call per value cost more
 * than the sealing. Each thread keys a ChaCha20 keystream from
 * randombytes_buf and takes nonces from it: as unpredictable and as
 * unlikely to collide as fresh random bytes. A forked child draws a new
 * key (it must not repeat its parent's stream).
 */
#define NONCE_POOL 768   /* 32 nonces per ChaCha20 call */
#define NONCE_REKEY 4096 /* pool refills before a fresh key from the system */

struct nonce_pool {
    unsigned char key[crypto_stream_chacha20_KEYBYTES];
    unsigned char buf[NONCE_POOL];
    size_t off;
    uint64_t block;
    unsigned gen;
    int keyed;
};

static __thread struct nonce_pool nonce_pool;
static unsigned nonce_gen; /* bumped in every forked child */
static pthread_once_t nonce_once = PTHREAD_ONCE_INIT;

static void nonce_atfork_child(void)
{
    __atomic_add_fetch(&nonce_gen, 1, __ATOMIC_RELAXED);
}

static void nonce_register(void)
{
    (void)pthread_atfork(NULL, NULL, nonce_atfork_child);
}

static void nonce_make(unsigned char out[NPUB])
{
    struct nonce_pool *np = &nonce_pool;
    pthread_once(&nonce_once, nonce_register);
    unsigned gen = __atomic_load_n(&nonce_gen, __ATOMIC_RELAXED);
    if (!np->keyed || np->gen != gen || np->block >= NONCE_REKEY) {
        randombytes_buf(np->key, sizeof np->key);
        np->block = 0;
        np->gen = gen;
        np->keyed = 1;
        np->off = NONCE_POOL;
    }
    if (np->off + NPUB > NONCE_POOL) {
        unsigned char n[crypto_stream_chacha20_NONCEBYTES];
        uint64_t b = np->block++;
        for (size_t i = 0; i < sizeof n; i++, b >>= 8)
            n[i] = (unsigned char)b;
        crypto_stream_chacha20(np->buf, NONCE_POOL, n, np->key);
        np->off = 0;
    }
    memcpy(out, np->buf + np->off, NPUB);
    sodium_memzero(np->buf + np->off, NPUB); /* each nonce is handed out once */
    np->off += NPUB;
}

int mm_seal_value(const mm_seal *s, const void *ad, size_t adlen, const void *pt, size_t ptlen, mm_buf *out)
{
    int rc = mm_buf_reserve(out, MM_SEAL_OVERHEAD + ptlen);
    if (rc != MM_OK)
        return rc;
    unsigned char *p = (unsigned char *)out->data + out->len;
    mm_put_be32(p, s->id);
    memcpy(p + 4, s->epk, 32);
    nonce_make(p + 36);
    crypto_aead_xchacha20poly1305_ietf_encrypt(p + 36 + NPUB, NULL, pt, ptlen, ad, adlen, NULL, p + 36, s->key);
    out->len += MM_SEAL_OVERHEAD + ptlen;
    out->data[out->len] = '\0';
    return MM_OK;
}

int mm_unseal_new(const mm_vault_sec *vs, mm_unseal **out)
{
    mm_unseal *u = mm_secure_alloc(sizeof *u);
    if (!u)
        return MM_ENOMEM;
    u->vs = vs;
    u->valid = 0;
    *out = u;
    return MM_OK;
}

void mm_unseal_free(mm_unseal *u)
{
    sodium_free(u);
}

int mm_unseal_value(mm_unseal *u, const void *ad, size_t adlen, const void *blob, size_t len, mm_buf *out)
{
    const unsigned char *p = blob;
    mm_buf_wipe(out);
    if (len < MM_SEAL_OVERHEAD)
        return MM_ECORRUPT;
    uint32_t id = mm_get_be32(p);
    if (!u->valid || u->id != id || sodium_memcmp(u->epk, p + 4, 32) != 0) {
        const unsigned char *sk = mm_vault_sec_key(u->vs, id);
        if (!sk)
            return MM_EKEY;
        unsigned char shared[32], pk[32];
        u->valid = 0;
        if (crypto_scalarmult(shared, sk, p + 4) != 0)
            return MM_ECRYPTO;
        crypto_scalarmult_base(pk, sk);
        seal_key(u->key, shared, p + 4, pk);
        sodium_memzero(shared, sizeof shared);
        memcpy(u->epk, p + 4, 32);
        u->id = id;
        u->valid = 1;
    }
    size_t ptlen = len - MM_SEAL_OVERHEAD;
    int rc = mm_buf_reserve(out, ptlen);
    if (rc != MM_OK)
        return rc;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt((unsigned char *)out->data, NULL, NULL, p + 36 + NPUB,
                                                   len - 36 - NPUB, ad, adlen, p + 36, u->key) != 0)
        return MM_ECRYPTO;
    out->len = ptlen;
    out->data[ptlen] = '\0';
    return MM_OK;
}

/* AD of a vault value: "vault:" + token (parsed, so shorter than MM_TOKEN_MAX). */
#define VAULT_AD_MAX (6 + MM_TOKEN_MAX)

static size_t vault_ad(const char *token, size_t tlen, unsigned char ad[VAULT_AD_MAX])
{
    memcpy(ad, "vault:", 6);
    memcpy(ad + 6, token, tlen);
    return 6 + tlen;
}

/* One allocation: the table, then each item's vault value. */
struct mm_vault_sealed {
    size_t n;
    struct sealed_val {
        const unsigned char *data; /* version | key id | check | sealed blob */
        size_t len;
    } v[];
};

void mm_vault_sealed_free(mm_vault_sealed *vs)
{
    free(vs);
}

int mm_vault_seal_items(const mm_hostkey *hk, const mm_vault_pub *vp, const mm_vault_item *items, size_t n,
                        mm_vault_sealed **out)
{
    *out = NULL;
    mm_seal s;
    int rc = n ? mm_seal_begin(vp, &s) : MM_OK;
    if (rc != MM_OK)
        return rc;
    rc = mm_vault_seal_items_with(hk, n ? &s : NULL, items, n, out);
    if (n)
        mm_seal_end(&s);
    return rc;
}

int mm_vault_seal_items_with(const mm_hostkey *hk, const mm_seal *seal, const mm_vault_item *items,
                             size_t n, mm_vault_sealed **out)
{
    *out = NULL;
    size_t size = sizeof(mm_vault_sealed);
    if (n > (SIZE_MAX - size) / sizeof(struct sealed_val))
        return MM_ENOMEM;
    size += n * sizeof(struct sealed_val);
    for (size_t i = 0; i < n; i++) {
        mm_phi_type tt;
        if (mm_token_parse(items[i].token, items[i].tlen, &tt, NULL) != MM_OK || tt != items[i].type)
            return MM_EINVAL;
        /* each value, and the NUL mm_seal_value ends it with */
        if (items[i].vlen > SIZE_MAX - size - (VAULT_HDR + MM_SEAL_OVERHEAD + 1))
            return MM_ENOMEM;
        size += VAULT_HDR + MM_SEAL_OVERHEAD + items[i].vlen + 1;
    }
    mm_vault_sealed *sv = malloc(size);
    if (!sv)
        return MM_ENOMEM;
    sv->n = n;
    unsigned char *next = (unsigned char *)&sv->v[n];
    int rc = MM_OK;
    for (size_t i = 0; i < n && rc == MM_OK; i++) {
        uint32_t id;
        unsigned char ad[VAULT_AD_MAX];
        /* A buffer over this item's room: sized above, never reallocated. */
        mm_buf val = {(char *)next, VAULT_HDR, VAULT_HDR + MM_SEAL_OVERHEAD + items[i].vlen + 1};
        next[0] = VAULT_VERSION;
        rc = mm_token_check(hk, 0, items[i].type, items[i].norm, items[i].nlen, next + 5, &id);
        mm_put_be32(next + 1, id);
        if (rc == MM_OK)
            rc = mm_seal_value(seal, ad, vault_ad(items[i].token, items[i].tlen, ad), items[i].value,
                               items[i].vlen, &val);
        sv->v[i].data = next;
        sv->v[i].len = val.len;
        next += val.cap;
    }
    if (rc != MM_OK) {
        mm_vault_sealed_free(sv);
        return rc;
    }
    *out = sv;
    return MM_OK;
}

int mm_vault_txn_put(mm_txn *t, const mm_hostkey *hk, mm_vault_item *items, size_t n, const mm_vault_sealed *sv)
{
    for (size_t i = 0; i < n; i++) {
        mm_vault_item *it = &items[i];
        const unsigned char *mine = sv->v[i].data;
        const void *v;
        size_t vlen;
        int rc = mm_txn_insert(t, MM_DB_VAULT, it->token, it->tlen, mine, sv->v[i].len, &v, &vlen);
        if (rc == MM_OK) {
            it->status = MM_OK;
            continue;
        }
        if (rc != MM_EEXIST)
            return rc;
        const unsigned char *p = v;
        unsigned char buf[MM_TOKEN_CHECK_LEN];
        const unsigned char *check = buf;
        if (vlen < VAULT_HDR + MM_SEAL_OVERHEAD || p[0] != VAULT_VERSION) {
            mm_log(MM_LOG_ERR, "store %s: a vault entry is corrupt: the value is not tokenized",
                   mm_store_path(mm_txn_store(t)));
            it->status = MM_ECORRUPT;
            continue;
        }
        rc = MM_OK;
        if (memcmp(p + 1, mine + 1, 4) == 0) /* same host key: the check sealing made */
            check = mine + 5;
        else
            rc = mm_token_check(hk, mm_get_be32(p + 1), it->type, it->norm, it->nlen, buf, NULL);
        if (rc == MM_EKEY || (rc == MM_OK && sodium_memcmp(check, p + 5, MM_TOKEN_CHECK_LEN) == 0)) {
            it->status = MM_EEXIST; /* stored once (or under a key no longer loaded: keep it) */
        } else if (rc == MM_OK) {
            it->status = MM_ECOLLISION;
            mm_log(MM_LOG_WARNING, "vault: token id collision on a %s value: the value is not tokenized",
                   mm_phi_name(it->type));
        } else {
            return rc;
        }
    }
    return MM_OK;
}

int mm_vault_items_status(const mm_vault_item *items, size_t n)
{
    int rc = MM_OK;
    for (size_t i = 0; i < n; i++)
        if (items[i].status == MM_ECORRUPT)
            return MM_ECORRUPT;
        else if (items[i].status == MM_ECOLLISION)
            rc = MM_ECOLLISION;
    return rc;
}

struct batch {
    const mm_hostkey *hk;
    mm_vault_item *items;
    size_t n;
    const mm_vault_sealed *sv;
};

static int batch_cb(mm_txn *t, void *arg)
{
    struct batch *b = arg;
    return mm_vault_txn_put(t, b->hk, b->items, b->n, b->sv);
}

int mm_vault_put_batch(mm_store *st, const mm_hostkey *hk, const mm_vault_pub *vp, mm_vault_item *items, size_t n)
{
    if (n == 0)
        return MM_OK;
    mm_vault_sealed *sv;
    int rc = mm_vault_seal_items(hk, vp, items, n, &sv);
    if (rc != MM_OK)
        return rc;
    struct batch b = {hk, items, n, sv};
    rc = mm_store_write(st, batch_cb, &b);
    mm_vault_sealed_free(sv);
    return rc == MM_OK ? mm_vault_items_status(items, n) : rc;
}

struct reveal_arg {
    const mm_vault_sec *vs;
    const char *token;
    size_t tlen;
    mm_buf *out;
};

static int reveal_cb(void *arg, const void *v, size_t vlen)
{
    struct reveal_arg *a = arg;
    if (vlen < VAULT_HDR + MM_SEAL_OVERHEAD || ((const unsigned char *)v)[0] != VAULT_VERSION)
        return MM_ECORRUPT;
    unsigned char ad[VAULT_AD_MAX];
    size_t adlen = vault_ad(a->token, a->tlen, ad);
    mm_unseal *u = NULL;
    int rc = mm_unseal_new(a->vs, &u);
    if (rc == MM_OK)
        rc = mm_unseal_value(u, ad, adlen, (const unsigned char *)v + VAULT_HDR, vlen - VAULT_HDR, a->out);
    mm_unseal_free(u);
    return rc;
}

int mm_vault_reveal(mm_store *st, const mm_vault_sec *vs, const char *token, size_t tlen, mm_buf *original)
{
    if (mm_token_parse(token, tlen, NULL, NULL) != MM_OK)
        return MM_EPARSE;
    struct reveal_arg a = {vs, token, tlen, original};
    return mm_store_view(st, MM_DB_VAULT, token, tlen, reveal_cb, &a);
}
