/*
 * keys.c - key generation, loading and rotation (see keys.h for the file
 * layout). Secret material lives in sodium_malloc'd memory, made read-only
 * once loaded, and is wiped on every path.
 */
#include "keys.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#define KDF_CTX "medmiltr"
#define SEC_MAGIC "MMVSEC01"
#define SEC_HDR (8 + 8 + 8 + crypto_pwhash_SALTBYTES + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)

struct hostkey_ent {
    uint32_t id;
    unsigned char sub[3][MM_KEY_BYTES]; /* indexed by enum mm_subkey - 1 */
    /* BLAKE2b states keyed with the token and check subkeys, as bytes:
     * sodium_malloc'd memory need not have their alignment. */
    unsigned char hinit[2][sizeof(crypto_generichash_state)];
};

struct mm_hostkey {
    size_t n; /* k[0] is current */
    struct hostkey_ent k[];
};

struct mm_vault_pub {
    uint32_t id;
    unsigned char pk[MM_KEY_BYTES];
};

struct vault_sec_ent {
    uint32_t id;
    unsigned char sk[MM_KEY_BYTES];
};

struct mm_vault_sec {
    size_t n; /* k[0] is current */
    struct vault_sec_ent k[];
};

static uint32_t key_id(const char *domain, const unsigned char key[MM_KEY_BYTES])
{
    unsigned char h[16];
    crypto_generichash(h, sizeof h, (const unsigned char *)domain, strlen(domain), key, MM_KEY_BYTES);
    uint32_t id = mm_get_be32(h);
    return id ? id : 1;
}

uint32_t mm_key_id_pub(const unsigned char pk[MM_KEY_BYTES])
{
    return key_id("medmilter vault key id", pk);
}

uint32_t mm_key_id_secret(const unsigned char key[MM_KEY_BYTES])
{
    return key_id("medmilter host key id", key);
}

/* Read a whole key file, refusing unsafe or malformed ones. want_min and
 * want_max bound the size; secret files must not be group/world-accessible. */
static int key_file_read(const char *path, int secret, size_t want_min, size_t want_max,
                         unsigned char *buf, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        int e = errno;
        mm_log(MM_LOG_ERR, "cannot open key file %s: %s (%s)", path, strerror(e),
               e == ENOENT ? "create it with 'medmilterctl keygen --dir DIR'"
                           : "check the path and that it belongs to the medmilter user");
        return MM_EKEY;
    }
    struct stat st;
    int rc = MM_EKEY;
    if (fstat(fd, &st) != 0) {
        mm_log(MM_LOG_ERR, "cannot stat key file %s: %s", path, strerror(errno));
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        mm_log(MM_LOG_ERR, "key file %s is not a regular file: point the option at the key file", path);
        goto out;
    }
    if (secret && (st.st_mode & 077) != 0) {
        mm_log(MM_LOG_ERR, "key file %s is accessible by group or others (mode %04o): run 'chmod 600 %s'",
               path, (unsigned)(st.st_mode & 07777), path);
        goto out;
    }
    if ((size_t)st.st_size < want_min || (size_t)st.st_size > want_max) {
        mm_log(MM_LOG_ERR, "key file %s has the wrong size (%lld bytes): restore it from backup or "
               "generate keys with 'medmilterctl keygen'", path, (long long)st.st_size);
        goto out;
    }
    size_t got = 0, want = (size_t)st.st_size;
    while (got < want) {
        ssize_t r = read(fd, buf + got, want - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            mm_log(MM_LOG_ERR, "cannot read key file %s: %s", path, r < 0 ? strerror(errno) : "short read");
            sodium_memzero(buf, got);
            goto out;
        }
        got += (size_t)r;
    }
    *len = got;
    rc = MM_OK;
out:
    close(fd);
    return rc;
}

static int fsync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return MM_EIO;
    int r = fsync(fd);
    close(fd);
    return r == 0 ? MM_OK : MM_EIO;
}

/* Write DIR/NAME atomically (temporary file, fsync, rename) with MODE. */
static int key_file_write(const char *dir, const char *name, const void *data, size_t len, mode_t mode)
{
    char path[PATH_MAX], tmp[PATH_MAX];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path ||
        (size_t)snprintf(tmp, sizeof tmp, "%s/.%s.tmp", dir, name) >= sizeof tmp) {
        mm_log(MM_LOG_ERR, "key directory path too long: %s", dir);
        return MM_EINVAL;
    }
    unlink(tmp);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0) {
        mm_log(MM_LOG_ERR, "cannot create %s: %s", tmp, strerror(errno));
        return MM_EIO;
    }
    const unsigned char *p = data;
    size_t off = 0;
    int ok = fchmod(fd, mode) == 0;
    while (ok && off < len) {
        ssize_t w = write(fd, p + off, len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            ok = 0;
        else
            off += (size_t)w;
    }
    ok = ok && fsync(fd) == 0;
    int e = errno;
    ok = (close(fd) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        if (ok)
            e = errno;
        mm_log(MM_LOG_ERR, "cannot write key file %s: %s", path, strerror(e));
        unlink(tmp);
        return MM_EIO;
    }
    return MM_OK;
}

static int kdf_limits(unsigned long long *ops, size_t *mem)
{
    const char *fast = getenv("MM_TEST_FAST_KDF");
    if (fast && strcmp(fast, "1") == 0) {
        *ops = crypto_pwhash_OPSLIMIT_MIN;
        *mem = crypto_pwhash_MEMLIMIT_MIN;
    } else {
        *ops = crypto_pwhash_OPSLIMIT_MODERATE;
        *mem = crypto_pwhash_MEMLIMIT_MODERATE;
    }
    return MM_OK;
}

/* Encrypt N secret keys (n*32 bytes at sks) into a vault.sec image. */
static int vault_sec_seal(const unsigned char *sks, size_t n, const char *pass, size_t plen,
                          unsigned char **img, size_t *imglen)
{
    unsigned long long ops;
    size_t mem;
    kdf_limits(&ops, &mem);
    size_t len = SEC_HDR + n * MM_KEY_BYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    unsigned char *out = malloc(len);
    unsigned char *k = sodium_malloc(MM_KEY_BYTES);
    if (!out || !k) {
        free(out);
        sodium_free(k);
        return MM_ENOMEM;
    }
    memcpy(out, SEC_MAGIC, 8);
    mm_put_be64(out + 8, ops);
    mm_put_be64(out + 16, mem);
    unsigned char *salt = out + 24, *nonce = salt + crypto_pwhash_SALTBYTES;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    if (crypto_pwhash(k, MM_KEY_BYTES, pass, plen, salt, ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        sodium_free(k);
        free(out);
        mm_log(MM_LOG_ERR, "Argon2id failed (out of memory?)");
        return MM_ENOMEM;
    }
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + SEC_HDR, NULL, sks, n * MM_KEY_BYTES, out, SEC_HDR,
                                               NULL, nonce, k);
    sodium_free(k);
    *img = out;
    *imglen = len;
    return MM_OK;
}

int mm_vault_sec_load(const char *path, const char *pass, size_t plen, mm_vault_sec **out)
{
    *out = NULL;
    size_t maxlen = SEC_HDR + MM_KEYS_MAX * MM_KEY_BYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    unsigned char *img = malloc(maxlen);
    if (!img)
        return MM_ENOMEM;
    size_t len = 0;
    int rc = key_file_read(path, 1, SEC_HDR + MM_KEY_BYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                           maxlen, img, &len);
    if (rc != MM_OK) {
        free(img);
        return rc;
    }
    size_t ctlen = len - SEC_HDR;
    size_t n = (ctlen - crypto_aead_xchacha20poly1305_ietf_ABYTES) / MM_KEY_BYTES;
    unsigned long long ops = mm_get_be64(img + 8);
    unsigned long long mem = mm_get_be64(img + 16);
    if (memcmp(img, SEC_MAGIC, 8) != 0 ||
        (ctlen - crypto_aead_xchacha20poly1305_ietf_ABYTES) % MM_KEY_BYTES != 0 ||
        ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE) {
        mm_log(MM_LOG_ERR, "vault secret key file %s is malformed: restore it from the security team's backup",
               path);
        free(img);
        return MM_EKEY;
    }
    unsigned char *k = sodium_malloc(MM_KEY_BYTES);
    unsigned char *sks = sodium_malloc(n * MM_KEY_BYTES);
    mm_vault_sec *vs = mm_secure_alloc(sizeof *vs + n * sizeof vs->k[0]);
    if (!k || !sks || !vs) {
        rc = MM_ENOMEM;
        goto out;
    }
    if (crypto_pwhash(k, MM_KEY_BYTES, pass, plen, img + 24, ops, (size_t)mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        rc = MM_ENOMEM;
        mm_log(MM_LOG_ERR, "Argon2id failed for %s (out of memory?)", path);
        goto out;
    }
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(sks, NULL, NULL, img + SEC_HDR, ctlen, img, SEC_HDR,
                                                   img + 24 + crypto_pwhash_SALTBYTES, k) != 0) {
        rc = MM_ECRYPTO;
        mm_log(MM_LOG_ERR, "cannot open vault secret key file %s: wrong passphrase or damaged file", path);
        goto out;
    }
    vs->n = n;
    for (size_t i = 0; i < n; i++) {
        unsigned char pk[MM_KEY_BYTES];
        memcpy(vs->k[i].sk, sks + i * MM_KEY_BYTES, MM_KEY_BYTES);
        crypto_scalarmult_base(pk, vs->k[i].sk);
        vs->k[i].id = mm_key_id_pub(pk);
    }
    sodium_mprotect_readonly(vs);
    *out = vs;
    vs = NULL;
    rc = MM_OK;
out:
    sodium_free(k);
    sodium_free(sks);
    sodium_free(vs);
    free(img);
    return rc;
}

int mm_vault_sec_from_bytes(const unsigned char sk[MM_KEY_BYTES], mm_vault_sec **out)
{
    mm_vault_sec *vs = mm_secure_alloc(sizeof *vs + sizeof vs->k[0]);
    if (!vs)
        return MM_ENOMEM;
    unsigned char pk[MM_KEY_BYTES];
    vs->n = 1;
    memcpy(vs->k[0].sk, sk, MM_KEY_BYTES);
    crypto_scalarmult_base(pk, sk);
    vs->k[0].id = mm_key_id_pub(pk);
    sodium_mprotect_readonly(vs);
    *out = vs;
    return MM_OK;
}

int mm_vault_pub_from_secret(const unsigned char sk[MM_KEY_BYTES], mm_vault_pub **out)
{
    mm_vault_pub *vp = malloc(sizeof *vp);
    if (!vp)
        return MM_ENOMEM;
    crypto_scalarmult_base(vp->pk, sk);
    vp->id = mm_key_id_pub(vp->pk);
    *out = vp;
    return MM_OK;
}

void mm_vault_sec_free(mm_vault_sec *vs)
{
    sodium_free(vs);
}

const unsigned char *mm_vault_sec_key(const mm_vault_sec *vs, uint32_t id)
{
    for (size_t i = 0; i < vs->n; i++)
        if (vs->k[i].id == id)
            return vs->k[i].sk;
    return NULL;
}

int mm_vault_pub_load(const char *path, mm_vault_pub **out)
{
    *out = NULL;
    unsigned char pk[MM_KEY_BYTES];
    size_t len;
    int rc = key_file_read(path, 0, MM_KEY_BYTES, MM_KEY_BYTES, pk, &len);
    if (rc != MM_OK)
        return rc;
    mm_vault_pub *vp = malloc(sizeof *vp);
    if (!vp)
        return MM_ENOMEM;
    memcpy(vp->pk, pk, MM_KEY_BYTES);
    vp->id = mm_key_id_pub(pk);
    *out = vp;
    return MM_OK;
}

void mm_vault_pub_free(mm_vault_pub *vp)
{
    free(vp);
}

uint32_t mm_vault_pub_id(const mm_vault_pub *vp)
{
    return vp->id;
}

const unsigned char *mm_vault_pub_key(const mm_vault_pub *vp)
{
    return vp->pk;
}

static void hostkey_derive(struct hostkey_ent *e, const unsigned char key[MM_KEY_BYTES])
{
    e->id = mm_key_id_secret(key);
    for (int i = 0; i < 3; i++)
        crypto_kdf_derive_from_key(e->sub[i], MM_KEY_BYTES, (uint64_t)i + 1, KDF_CTX, key);
    crypto_generichash_state h;
    for (int i = 0; i < 2; i++) {
        crypto_generichash_init(&h, e->sub[MM_SUBKEY_TOKEN - 1 + i], MM_KEY_BYTES, MM_HOSTKEY_HASH_LEN);
        memcpy(e->hinit[i], &h, sizeof h);
    }
    sodium_memzero(&h, sizeof h);
}

int mm_hostkey_from_bytes(const unsigned char key[MM_KEY_BYTES], mm_hostkey **out)
{
    mm_hostkey *hk = mm_secure_alloc(sizeof *hk + sizeof hk->k[0]);
    if (!hk)
        return MM_ENOMEM;
    hk->n = 1;
    hostkey_derive(&hk->k[0], key);
    sodium_mprotect_readonly(hk);
    *out = hk;
    return MM_OK;
}

static int is_old_key_name(const char *base, const char *name)
{
    size_t bl = strlen(base);
    if (strncmp(name, base, bl) != 0 || name[bl] != '.' || strlen(name + bl + 1) != 8)
        return 0;
    return strspn(name + bl + 1, "0123456789abcdef") == 8;
}

int mm_hostkey_load(const char *path, mm_hostkey **out)
{
    *out = NULL;
    char dir[PATH_MAX];
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (strlen(path) >= sizeof dir)
        return MM_EINVAL;
    if (slash) {
        memcpy(dir, path, (size_t)(slash - path));
        dir[slash == path ? 1 : slash - path] = '\0';
    } else {
        strcpy(dir, ".");
    }
    /* Older keys first collected by name, so the count is known. */
    char *names[MM_KEYS_MAX];
    size_t nold = 0;
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *de;
        while ((de = readdir(d)) != NULL && nold < MM_KEYS_MAX - 1)
            if (is_old_key_name(base, de->d_name) && (names[nold] = strdup(de->d_name)) != NULL)
                nold++;
        closedir(d);
    }
    mm_hostkey *hk = mm_secure_alloc(sizeof *hk + (nold + 1) * sizeof hk->k[0]);
    unsigned char *raw = sodium_malloc(MM_KEY_BYTES);
    int rc = MM_ENOMEM;
    if (!hk || !raw)
        goto out;
    size_t len;
    rc = key_file_read(path, 1, MM_KEY_BYTES, MM_KEY_BYTES, raw, &len);
    if (rc != MM_OK)
        goto out;
    hostkey_derive(&hk->k[0], raw);
    hk->n = 1;
    for (size_t i = 0; i < nold; i++) {
        char p[PATH_MAX];
        if ((size_t)snprintf(p, sizeof p, "%s/%s", dir, names[i]) >= sizeof p) {
            rc = MM_EINVAL;
            goto out;
        }
        rc = key_file_read(p, 1, MM_KEY_BYTES, MM_KEY_BYTES, raw, &len);
        if (rc != MM_OK)
            goto out;
        hostkey_derive(&hk->k[hk->n++], raw);
    }
    sodium_mprotect_readonly(hk);
    *out = hk;
    hk = NULL;
    rc = MM_OK;
out:
    for (size_t i = 0; i < nold; i++)
        free(names[i]);
    sodium_free(raw);
    sodium_free(hk);
    return rc;
}

void mm_hostkey_free(mm_hostkey *hk)
{
    sodium_free(hk);
}

uint32_t mm_hostkey_id(const mm_hostkey *hk)
{
    return hk->k[0].id;
}

const unsigned char *mm_hostkey_subkey(const mm_hostkey *hk, enum mm_subkey which, uint32_t id,
                                       uint32_t *id_out)
{
    if (which < MM_SUBKEY_STORE || which > MM_SUBKEY_CHECK)
        return NULL;
    for (size_t i = 0; i < hk->n; i++)
        if (id == 0 || hk->k[i].id == id) {
            if (id_out)
                *id_out = hk->k[i].id;
            return hk->k[i].sub[which - 1];
        }
    return NULL;
}

int mm_hostkey_hash_init(const mm_hostkey *hk, enum mm_subkey which, uint32_t id, uint32_t *id_out,
                         crypto_generichash_state *st)
{
    if (which != MM_SUBKEY_TOKEN && which != MM_SUBKEY_CHECK)
        return MM_EINVAL;
    for (size_t i = 0; i < hk->n; i++)
        if (id == 0 || hk->k[i].id == id) {
            if (id_out)
                *id_out = hk->k[i].id;
            memcpy(st, hk->k[i].hinit[which - MM_SUBKEY_TOKEN], sizeof *st);
            return MM_OK;
        }
    return MM_EKEY;
}

static int path_exists(const char *dir, const char *name)
{
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    struct stat st;
    return lstat(p, &st) == 0;
}

int mm_keygen(const char *dir, const char *passphrase, size_t plen, int rotate)
{
    char p[PATH_MAX];
    if (strlen(dir) > PATH_MAX - 64) {
        mm_log(MM_LOG_ERR, "key directory path too long: %s", dir);
        return MM_EINVAL;
    }
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        mm_log(MM_LOG_ERR, "cannot create key directory %s: %s", dir, strerror(errno));
        return MM_EIO;
    }
    static const char *const files[] = {MM_HOSTKEY_FILE, MM_VAULT_PUB_FILE, MM_VAULT_SEC_FILE};
    for (size_t i = 0; i < 3; i++) {
        int have = path_exists(dir, files[i]);
        if (!rotate && have) {
            mm_log(MM_LOG_ERR, "%s/%s already exists: use --rotate to add a new key, or another --dir",
                   dir, files[i]);
            return MM_EEXIST;
        }
        if (rotate && !have) {
            mm_log(MM_LOG_ERR, "%s/%s does not exist: --rotate needs existing keys (run keygen without it)",
                   dir, files[i]);
            return MM_EKEY;
        }
    }
    mm_vault_sec *old = NULL;
    mm_hostkey *oldhk = NULL;
    unsigned char *fresh = sodium_malloc(2 * MM_KEY_BYTES); /* host key, vault sk */
    unsigned char *sks = sodium_malloc(MM_KEYS_MAX * MM_KEY_BYTES);
    unsigned char *img = NULL;
    size_t imglen, n = 1;
    int rc = MM_ENOMEM;
    if (!fresh || !sks)
        goto out;
    if (rotate) {
        snprintf(p, sizeof p, "%s/%s", dir, MM_VAULT_SEC_FILE);
        if ((rc = mm_vault_sec_load(p, passphrase, plen, &old)) != MM_OK)
            goto out;
        snprintf(p, sizeof p, "%s/%s", dir, MM_HOSTKEY_FILE);
        if ((rc = mm_hostkey_load(p, &oldhk)) != MM_OK)
            goto out;
        if (old->n >= MM_KEYS_MAX || oldhk->n >= MM_KEYS_MAX) {
            mm_log(MM_LOG_ERR, "%s holds %d keys already: start a new key directory", dir, MM_KEYS_MAX);
            rc = MM_ELIMIT;
            goto out;
        }
        for (size_t i = 0; i < old->n; i++)
            memcpy(sks + (i + 1) * MM_KEY_BYTES, old->k[i].sk, MM_KEY_BYTES);
        n += old->n;
    }
    unsigned char pk[MM_KEY_BYTES];
    randombytes_buf(fresh, MM_KEY_BYTES);
    crypto_box_keypair(pk, fresh + MM_KEY_BYTES);
    memcpy(sks, fresh + MM_KEY_BYTES, MM_KEY_BYTES);
    if ((rc = vault_sec_seal(sks, n, passphrase, plen, &img, &imglen)) != MM_OK)
        goto out;
    if (rotate) {
        /* Keep the old host key under its id before replacing it. */
        snprintf(p, sizeof p, "%s/%s", dir, MM_HOSTKEY_FILE);
        unsigned char *raw = sodium_malloc(MM_KEY_BYTES);
        size_t len;
        if (!raw) {
            rc = MM_ENOMEM;
            goto out;
        }
        rc = key_file_read(p, 1, MM_KEY_BYTES, MM_KEY_BYTES, raw, &len);
        if (rc == MM_OK) {
            char name[64];
            snprintf(name, sizeof name, "%s.%08x", MM_HOSTKEY_FILE, (unsigned)mm_key_id_secret(raw));
            rc = key_file_write(dir, name, raw, MM_KEY_BYTES, 0600);
        }
        sodium_free(raw);
        if (rc != MM_OK)
            goto out;
    }
    if ((rc = key_file_write(dir, MM_VAULT_SEC_FILE, img, imglen, 0600)) != MM_OK ||
        (rc = key_file_write(dir, MM_VAULT_PUB_FILE, pk, MM_KEY_BYTES, 0644)) != MM_OK ||
        (rc = key_file_write(dir, MM_HOSTKEY_FILE, fresh, MM_KEY_BYTES, 0600)) != MM_OK)
        goto out;
    rc = fsync_dir(dir);
    if (rc != MM_OK)
        mm_log(MM_LOG_ERR, "cannot sync key directory %s: %s", dir, strerror(errno));
out:
    free(img);
    sodium_free(fresh);
    sodium_free(sks);
    mm_vault_sec_free(old);
    mm_hostkey_free(oldhk);
    return rc;
}
