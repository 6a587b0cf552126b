/* test_vault_ctl.c - medmilterctl keygen, reveal and audit verify|export
 * run as a program over a store filled through the library. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/wait.h>
#include <sysexits.h>

#include <cmocka.h>

#include "store_testutil.h"

#include "audit.h"
#include "store.h"
#include "token.h"
#include "vault.h"

static char ctl[4096];

/* Run medmilterctl with ARGS (a shell fragment), capture stdout+stderr. */
static int run(char *out, size_t cap, const char *fmt, ...) MM_PRINTF(3, 4);
static int run(char *out, size_t cap, const char *fmt, ...)
{
    char args[8192], cmd[16384];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    snprintf(cmd, sizeof cmd, "PP='%s' MM_TEST_FAST_KDF=1 %s %s 2>&1", TEST_PASS, ctl, args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, cap - 1, p);
    out[n] = '\0';
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_ctl_roundtrip(void **state)
{
    (void)state;
    char *kdir = tu_tmpdir("keys"), *ddir = tu_tmpdir("data"), out[16384];
    rmdir(kdir);
    assert_int_equal(run(out, sizeof out, "keygen --dir %s --passphrase-env PP", kdir), 0);
    assert_int_equal(run(out, sizeof out, "keygen --dir %s --passphrase-env PP", kdir), EX_CANTCREAT);
    assert_non_null(strstr(out, "--rotate"));
    assert_int_equal(run(out, sizeof out, "keygen --passphrase-env PP"), EX_USAGE);
    assert_int_equal(run(out, sizeof out, "keygen --help"), 0);

    mm_hostkey *hk;
    mm_vault_pub *vp;
    mm_store *st;
    assert_int_equal(mm_hostkey_load(tu_path(kdir, "host.key"), &hk), MM_OK);
    assert_int_equal(mm_vault_pub_load(tu_path(kdir, "vault.pub"), &vp), MM_OK);
    assert_int_equal(mm_store_open(ddir, 0, 0, &st), MM_OK);
    char tok[MM_TOKEN_MAX];
    size_t tl;
    assert_int_equal(mm_token_make(hk, MM_PHI_SSN, "078051120", 9, tok, &tl), MM_OK);
    mm_vault_item it = {tok, tl, MM_PHI_SSN, "078051120", 9, "078-05-1120", 11, 0};
    assert_int_equal(mm_vault_put_batch(st, hk, vp, &it, 1), MM_OK);
    mm_store_close(st);

    /* Reveal: original printed, audit record written. */
    assert_int_equal(run(out, sizeof out, "reveal '%s' --reason 'ticket 42' --data-dir %s --key-dir %s "
                         "--passphrase-env PP", tok, ddir, kdir), 0);
    char want[128];
    snprintf(want, sizeof want, "%s\t078-05-1120\n", tok);
    assert_non_null(strstr(out, want));
    assert_non_null(strstr(out, "audit record 1"));
    /* Wrong passphrase: refused before anything is shown or audited. */
    assert_int_equal(run(out, sizeof out, "reveal '%s' --reason x --data-dir %s --key-dir %s "
                         "--passphrase-env HOME", tok, ddir, kdir), EX_NOPERM);
    assert_null(strstr(out, "078-05-1120"));
    assert_int_equal(run(out, sizeof out, "reveal '%s' --data-dir %s --key-dir %s --passphrase-env PP", tok,
                         ddir, kdir), EX_USAGE);
    assert_non_null(strstr(out, "--reason"));
    /* Unknown token: audited, exit DATAERR. */
    assert_int_equal(run(out, sizeof out, "reveal '[[SSN:0000000000ZZ]]' --reason y --data-dir %s --key-dir %s "
                         "--passphrase-env PP", ddir, kdir), EX_DATAERR);

    assert_int_equal(run(out, sizeof out, "audit verify --data-dir %s", ddir), 0);
    assert_non_null(strstr(out, "2 records"));
    assert_int_equal(run(out, sizeof out, "audit export --data-dir %s --key-dir %s --since 2000-01-01 "
                         "--passphrase-env PP", ddir, kdir), 0);
    assert_non_null(strstr(out, "\"reason\":\"ticket 42\""));
    assert_non_null(strstr(out, "\"user\":"));
    assert_non_null(strstr(out, tok));
    assert_null(strstr(out, "078-05-1120")); /* the audit holds tokens, not values */
    assert_int_equal(run(out, sizeof out, "audit export --data-dir %s --key-dir %s --since soon "
                         "--passphrase-env PP", ddir, kdir), EX_USAGE);

    assert_int_equal(run(out, sizeof out, "audit verify"), EX_USAGE);
    assert_int_equal(run(out, sizeof out, "audit verify --data-dir %s/nonexistent", ddir), EX_IOERR);
    assert_non_null(strstr(out, "nonexistent"));

    mm_hostkey_free(hk);
    mm_vault_pub_free(vp);
    tu_rmtree(kdir);
    tu_rmtree(ddir);
}

static int del_cb(mm_txn *t, void *arg)
{
    return mm_txn_del(t, MM_DB_AUDIT, arg, 8);
}

static void test_ctl_verify_names_record(void **state)
{
    (void)state;
    char *kdir = tu_tmpdir("keys"), *ddir = tu_tmpdir("data"), out[4096];
    mm_vault_pub *vp;
    mm_store *st;
    assert_int_equal(tu_keys(kdir, NULL, &vp, NULL), MM_OK);
    assert_int_equal(mm_store_open(ddir, 0, 0, &st), MM_OK);
    mm_audit_writer *w;
    assert_int_equal(mm_audit_writer_start(st, vp, &w), MM_OK);
    for (int i = 0; i < 5; i++)
        assert_int_equal(mm_audit_append(w, "{}", 2, NULL), MM_OK);
    mm_audit_writer_stop(w);
    unsigned char k[8];
    mm_put_be64(k, 3);
    assert_int_equal(mm_store_write(st, del_cb, k), MM_OK);
    mm_store_close(st);
    assert_int_equal(run(out, sizeof out, "audit verify --data-dir %s", ddir), EX_DATAERR);
    assert_non_null(strstr(out, "record 3"));
    assert_non_null(strstr(out, "deleted"));
    mm_vault_pub_free(vp);
    tu_rmtree(kdir);
    tu_rmtree(ddir);
}

int main(void)
{
    tu_init();
    const char *b = getenv("MM_BUILD_DIR");
    snprintf(ctl, sizeof ctl, "%s/milter/medmilterctl", b ? b : "..");
    if (access(ctl, X_OK) != 0) {
        fprintf(stderr, "%s not built\n", ctl);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ctl_roundtrip),
        cmocka_unit_test(test_ctl_verify_names_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
