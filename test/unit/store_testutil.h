/*
 * store_testutil.h - helpers shared by the store/keys/vault/audit unit
 * tests: scratch directories, fast key generation, log capture.
 */
#ifndef STORE_TESTUTIL_H
#define STORE_TESTUTIL_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "keys.h"
#include "mm.h"

#define TEST_PASS "correct horse battery staple"

static char tu_log[8192] __attribute__((unused));

static inline void tu_log_fn(int level, const char *msg)
{
    (void)level;
    size_t l = strlen(tu_log);
    snprintf(tu_log + l, sizeof tu_log - l, "%s\n", msg);
}

static inline void tu_log_capture(void)
{
    tu_log[0] = '\0';
    mm_log_set(tu_log_fn, MM_LOG_DEBUG);
}

/* A fresh directory under the build tree (or /tmp). */
static inline char *tu_tmpdir(const char *tag)
{
    const char *base = getenv("MM_BUILD_DIR");
    char tmpl[4096];
    snprintf(tmpl, sizeof tmpl, "%s/mm-%s-XXXXXX", base && *base ? base : "/tmp", tag);
    char *d = mkdtemp(tmpl);
    return d ? strdup(d) : NULL;
}

static inline int tu_rm_cb(const char *p, const struct stat *sb, int flag, struct FTW *f)
{
    (void)sb, (void)flag, (void)f;
    return remove(p);
}

static inline void tu_rmtree(char *dir)
{
    if (dir) {
        nftw(dir, tu_rm_cb, 16, FTW_DEPTH | FTW_PHYS);
        free(dir);
    }
}

static inline void tu_init(void)
{
    setenv("MM_TEST_FAST_KDF", "1", 1);
    if (sodium_init() < 0)
        abort();
}

static inline char *tu_path(const char *dir, const char *name)
{
    static char buf[4][4096];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", dir, name);
    return buf[i];
}

/* Generate keys in DIR and load all three. */
static inline int tu_keys(const char *dir, mm_hostkey **hk, mm_vault_pub **vp, mm_vault_sec **vs)
{
    int rc = mm_keygen(dir, TEST_PASS, strlen(TEST_PASS), 0);
    if (rc == MM_OK && hk)
        rc = mm_hostkey_load(tu_path(dir, MM_HOSTKEY_FILE), hk);
    if (rc == MM_OK && vp)
        rc = mm_vault_pub_load(tu_path(dir, MM_VAULT_PUB_FILE), vp);
    if (rc == MM_OK && vs)
        rc = mm_vault_sec_load(tu_path(dir, MM_VAULT_SEC_FILE), TEST_PASS, strlen(TEST_PASS), vs);
    return rc;
}

#endif
