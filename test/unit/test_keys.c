/* test_keys.c - key generation, loading, refusal of unsafe files, rotation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "store_testutil.h"

#include "store.h"
#include "token.h"
#include "vault.h"

static void write_bytes(const char *path, const void *p, size_t n, mode_t mode)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, n, f), n);
    fclose(f);
    assert_int_equal(chmod(path, mode), 0);
}

static size_t file_size(const char *path, mode_t *mode)
{
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    *mode = st.st_mode & 07777;
    return (size_t)st.st_size;
}

static void test_keygen_files(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("keys");
    mm_hostkey *hk;
    mm_vault_pub *vp;
    mm_vault_sec *vs;
    assert_int_equal(tu_keys(dir, &hk, &vp, &vs), MM_OK);
    mode_t m;
    assert_int_equal(file_size(tu_path(dir, "host.key"), &m), 32);
    assert_int_equal(m, 0600);
    assert_int_equal(file_size(tu_path(dir, "vault.pub"), &m), 32);
    assert_int_equal(m, 0644);
    file_size(tu_path(dir, "vault.sec"), &m);
    assert_int_equal(m, 0600);
    /* The secret key matches the public one (same id, same point). */
    const unsigned char *sk = mm_vault_sec_key(vs, mm_vault_pub_id(vp));
    assert_non_null(sk);
    unsigned char pk[32];
    crypto_scalarmult_base(pk, sk);
    assert_memory_equal(pk, mm_vault_pub_key(vp), 32);
    assert_int_not_equal(mm_hostkey_id(hk), 0);
    /* Subkeys differ from each other. */
    const unsigned char *a = mm_hostkey_subkey(hk, MM_SUBKEY_STORE, 0, NULL);
    const unsigned char *b = mm_hostkey_subkey(hk, MM_SUBKEY_TOKEN, 0, NULL);
    assert_memory_not_equal(a, b, 32);
    assert_null(mm_hostkey_subkey(hk, MM_SUBKEY_STORE, mm_hostkey_id(hk) ^ 1, NULL));
    /* A second keygen without --rotate refuses to overwrite. */
    tu_log_capture();
    assert_int_equal(mm_keygen(dir, "x", 1, 0), MM_EEXIST);
    assert_non_null(strstr(tu_log, "--rotate"));
    mm_hostkey_free(hk);
    mm_vault_pub_free(vp);
    mm_vault_sec_free(vs);
    tu_rmtree(dir);
}

static void test_hostkey_refusals(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("keys");
    unsigned char key[33];
    randombytes_buf(key, sizeof key);
    const char *p = tu_path(dir, "host.key");
    mm_hostkey *hk = NULL;

    tu_log_capture();
    assert_int_equal(mm_hostkey_load(p, &hk), MM_EKEY); /* missing */
    assert_non_null(strstr(tu_log, p));
    assert_non_null(strstr(tu_log, "keygen"));

    write_bytes(p, key, 32, 0640);
    tu_log_capture();
    assert_int_equal(mm_hostkey_load(p, &hk), MM_EKEY); /* group-readable */
    assert_non_null(strstr(tu_log, p));
    assert_non_null(strstr(tu_log, "chmod 600"));
    assert_null(hk);

    assert_int_equal(chmod(p, 0604), 0);
    assert_int_equal(mm_hostkey_load(p, &hk), MM_EKEY); /* world-readable */

    write_bytes(p, key, 33, 0600);
    tu_log_capture();
    assert_int_equal(mm_hostkey_load(p, &hk), MM_EKEY); /* too long */
    assert_non_null(strstr(tu_log, "wrong size"));
    write_bytes(p, key, 31, 0600);
    assert_int_equal(mm_hostkey_load(p, &hk), MM_EKEY); /* too short */
    write_bytes(p, key, 0, 0600);
    assert_int_equal(mm_hostkey_load(p, &hk), MM_EKEY); /* empty */

    assert_int_equal(mkdir(tu_path(dir, "d.key"), 0700), 0);
    assert_int_equal(mm_hostkey_load(tu_path(dir, "d.key"), &hk), MM_EKEY); /* not a file */

    write_bytes(p, key, 32, 0600);
    assert_int_equal(mm_hostkey_load(p, &hk), MM_OK);
    uint32_t id = mm_hostkey_id(hk);
    assert_int_equal(id, mm_key_id_secret(key));
    mm_hostkey_free(hk);
    /* An old key beside it that is unsafe makes the whole load fail. */
    char old[64];
    snprintf(old, sizeof old, "host.key.%08x", 0x1234abcdu);
    write_bytes(tu_path(dir, old), key + 1, 32, 0644);
    assert_int_equal(mm_hostkey_load(p, &hk), MM_EKEY);
    tu_rmtree(dir);
}

static void test_vault_sec_errors(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("keys");
    assert_int_equal(tu_keys(dir, NULL, NULL, NULL), MM_OK);
    const char *p = tu_path(dir, "vault.sec");
    mm_vault_sec *vs = NULL;
    tu_log_capture();
    assert_int_equal(mm_vault_sec_load(p, "wrong", 5, &vs), MM_ECRYPTO);
    assert_non_null(strstr(tu_log, "wrong passphrase"));
    assert_null(vs);

    FILE *f = fopen(p, "rb");
    unsigned char img[512];
    size_t n = fread(img, 1, sizeof img, f);
    fclose(f);
    /* A flipped ciphertext byte does not open with the right passphrase. */
    img[n - 1] ^= 1;
    write_bytes(p, img, n, 0600);
    assert_int_equal(mm_vault_sec_load(p, TEST_PASS, strlen(TEST_PASS), &vs), MM_ECRYPTO);
    img[n - 1] ^= 1;
    write_bytes(p, img, n - 5, 0600); /* truncated */
    assert_int_equal(mm_vault_sec_load(p, TEST_PASS, strlen(TEST_PASS), &vs), MM_EKEY);
    img[0] = 'X';
    write_bytes(p, img, n, 0600); /* bad magic */
    assert_int_equal(mm_vault_sec_load(p, TEST_PASS, strlen(TEST_PASS), &vs), MM_EKEY);
    img[0] = 'M';
    write_bytes(p, img, n, 0640); /* group-readable */
    assert_int_equal(mm_vault_sec_load(p, TEST_PASS, strlen(TEST_PASS), &vs), MM_EKEY);
    write_bytes(p, img, n, 0600);
    assert_int_equal(mm_vault_sec_load(p, TEST_PASS, strlen(TEST_PASS), &vs), MM_OK);
    mm_vault_sec_free(vs);

    mm_vault_pub *vp = NULL;
    write_bytes(tu_path(dir, "vault.pub"), img, 31, 0644);
    assert_int_equal(mm_vault_pub_load(tu_path(dir, "vault.pub"), &vp), MM_EKEY);
    tu_rmtree(dir);
}

static void test_rotate(void **state)
{
    (void)state;
    char *kdir = tu_tmpdir("keys"), *ddir = tu_tmpdir("data");
    mm_hostkey *hk1, *hk2;
    mm_vault_pub *vp1, *vp2;
    mm_vault_sec *vs;
    mm_store *st;
    assert_int_equal(tu_keys(kdir, &hk1, &vp1, NULL), MM_OK);
    assert_int_equal(mm_store_open(ddir, 0, 0, &st), MM_OK);
    assert_int_equal(mm_store_put(st, hk1, "meta", "k1", 2, "old value", 9), MM_OK);
    char t1[MM_TOKEN_MAX];
    size_t t1len;
    assert_int_equal(mm_token_make(hk1, MM_PHI_SSN, "123456789", 9, t1, &t1len), MM_OK);
    mm_vault_item it1 = {t1, t1len, MM_PHI_SSN, "123456789", 9, "123-45-6789", 11, 0};
    assert_int_equal(mm_vault_put_batch(st, hk1, vp1, &it1, 1), MM_OK);

    /* Wrong passphrase: refused, nothing changed. */
    assert_int_equal(mm_keygen(kdir, "nope", 4, 1), MM_ECRYPTO);
    assert_int_equal(mm_hostkey_load(tu_path(kdir, "host.key"), &hk2), MM_OK);
    assert_int_equal(mm_hostkey_id(hk2), mm_hostkey_id(hk1));
    mm_hostkey_free(hk2);

    assert_int_equal(mm_keygen(kdir, TEST_PASS, strlen(TEST_PASS), 1), MM_OK);
    assert_int_equal(mm_hostkey_load(tu_path(kdir, "host.key"), &hk2), MM_OK);
    assert_int_equal(mm_vault_pub_load(tu_path(kdir, "vault.pub"), &vp2), MM_OK);
    assert_int_equal(mm_vault_sec_load(tu_path(kdir, "vault.sec"), TEST_PASS, strlen(TEST_PASS), &vs), MM_OK);
    assert_int_not_equal(mm_hostkey_id(hk2), mm_hostkey_id(hk1));
    assert_int_not_equal(mm_vault_pub_id(vp2), mm_vault_pub_id(vp1));

    /* Old values still open with the rotated key set; new ones use the new key. */
    mm_buf v = MM_BUF_INIT;
    assert_int_equal(mm_store_get(st, hk2, "meta", "k1", 2, &v), MM_OK);
    assert_memory_equal(v.data, "old value", 9);
    assert_int_equal(mm_store_put(st, hk2, "meta", "k2", 2, "new value", 9), MM_OK);
    assert_int_equal(mm_store_get(st, hk1, "meta", "k2", 2, &v), MM_EKEY); /* old set lacks new key */
    assert_int_equal(mm_store_get(st, hk2, "meta", "k2", 2, &v), MM_OK);

    char t2[MM_TOKEN_MAX];
    size_t t2len;
    assert_int_equal(mm_token_make(hk2, MM_PHI_SSN, "987654321", 9, t2, &t2len), MM_OK);
    mm_vault_item it2 = {t2, t2len, MM_PHI_SSN, "987654321", 9, "987 65 4321", 11, 0};
    assert_int_equal(mm_vault_put_batch(st, hk2, vp2, &it2, 1), MM_OK);
    assert_int_equal(mm_vault_reveal(st, vs, t1, t1len, &v), MM_OK);
    assert_int_equal(v.len, 11);
    assert_memory_equal(v.data, "123-45-6789", 11);
    assert_int_equal(mm_vault_reveal(st, vs, t2, t2len, &v), MM_OK);
    assert_memory_equal(v.data, "987 65 4321", 11);
    /* Re-putting the old token under the new key set is recognised as the same value. */
    it1.status = -1;
    assert_int_equal(mm_vault_put_batch(st, hk2, vp2, &it1, 1), MM_OK);
    assert_int_equal(it1.status, MM_EEXIST);

    mm_buf_wipe(&v);
    mm_store_close(st);
    mm_hostkey_free(hk1);
    mm_hostkey_free(hk2);
    mm_vault_pub_free(vp1);
    mm_vault_pub_free(vp2);
    mm_vault_sec_free(vs);
    tu_rmtree(kdir);
    tu_rmtree(ddir);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keygen_files),
        cmocka_unit_test(test_hostkey_refusals),
        cmocka_unit_test(test_vault_sec_errors),
        cmocka_unit_test(test_rotate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
