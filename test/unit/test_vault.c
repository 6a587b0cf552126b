/* test_vault.c - sealing, the token vault: batch put, stored once,
 * collisions, reveal, wrong keys, moved and truncated entries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "store_testutil.h"

#include "store.h"
#include "token.h"
#include "vault.h"

struct ctx {
    char *kdir, *kdir2, *ddir;
    mm_hostkey *hk;
    mm_vault_pub *vp;
    mm_vault_sec *vs, *vs_other;
    mm_store *st;
};

static int setup(void **state)
{
    struct ctx *c = calloc(1, sizeof *c);
    c->kdir = tu_tmpdir("keys");
    c->kdir2 = tu_tmpdir("keys");
    c->ddir = tu_tmpdir("data");
    if (tu_keys(c->kdir, &c->hk, &c->vp, &c->vs) != MM_OK || tu_keys(c->kdir2, NULL, NULL, &c->vs_other) != MM_OK ||
        mm_store_open(c->ddir, 0, 0, &c->st) != MM_OK)
        return -1;
    *state = c;
    return 0;
}

static int teardown(void **state)
{
    struct ctx *c = *state;
    mm_store_close(c->st);
    mm_hostkey_free(c->hk);
    mm_vault_pub_free(c->vp);
    mm_vault_sec_free(c->vs);
    mm_vault_sec_free(c->vs_other);
    tu_rmtree(c->kdir);
    tu_rmtree(c->kdir2);
    tu_rmtree(c->ddir);
    free(c);
    return 0;
}

struct item {
    char token[MM_TOKEN_MAX];
    mm_vault_item it;
};

static void mk(struct ctx *c, struct item *x, mm_phi_type t, const char *norm, const char *orig)
{
    size_t tl;
    assert_int_equal(mm_token_make(c->hk, t, norm, strlen(norm), x->token, &tl), MM_OK);
    x->it = (mm_vault_item){x->token, tl, t, norm, strlen(norm), orig, strlen(orig), -1};
}

static void reveal_is(struct ctx *c, const mm_vault_sec *vs, const char *token, int want_rc, const char *want)
{
    mm_buf v = MM_BUF_INIT;
    assert_int_equal(mm_vault_reveal(c->st, vs, token, strlen(token), &v), want_rc);
    if (want) {
        assert_int_equal(v.len, strlen(want));
        assert_memory_equal(v.data, want, v.len);
    }
    mm_buf_wipe(&v);
}

static void test_seal_roundtrip(void **state)
{
    struct ctx *c = *state;
    mm_seal s;
    mm_unseal *u;
    mm_buf a = MM_BUF_INIT, b = MM_BUF_INIT, out = MM_BUF_INIT;
    assert_int_equal(mm_seal_begin(c->vp, &s), MM_OK);
    assert_int_equal(mm_seal_value(&s, "ad", 2, "secret one", 10, &a), MM_OK);
    assert_int_equal(mm_seal_value(&s, "ad", 2, "secret two", 10, &b), MM_OK);
    mm_seal_end(&s);
    assert_int_equal(s.id, 0); /* wiped */
    assert_int_equal(a.len, 10 + MM_SEAL_OVERHEAD);
    /* One agreement per batch: same key id and ephemeral key, other nonce. */
    assert_memory_equal(a.data, b.data, 36);
    assert_memory_not_equal(a.data + 36, b.data + 36, 24);
    assert_null(memmem(a.data, a.len, "secret", 6));
    assert_int_equal(mm_unseal_new(c->vs, &u), MM_OK);
    assert_int_equal(mm_unseal_value(u, "ad", 2, a.data, a.len, &out), MM_OK);
    assert_memory_equal(out.data, "secret one", 10);
    assert_int_equal(mm_unseal_value(u, "ad", 2, b.data, b.len, &out), MM_OK);
    assert_memory_equal(out.data, "secret two", 10);
    assert_int_equal(mm_unseal_value(u, "ax", 2, b.data, b.len, &out), MM_ECRYPTO); /* other AD */
    assert_int_equal(mm_unseal_value(u, "ad", 2, b.data, MM_SEAL_OVERHEAD - 1, &out), MM_ECORRUPT);
    b.data[40] ^= 1; /* nonce */
    assert_int_equal(mm_unseal_value(u, "ad", 2, b.data, b.len, &out), MM_ECRYPTO);
    a.data[10] ^= 1; /* ephemeral key */
    assert_int_equal(mm_unseal_value(u, "ad", 2, a.data, a.len, &out), MM_ECRYPTO);
    a.data[0] ^= 1; /* key id */
    assert_int_equal(mm_unseal_value(u, "ad", 2, a.data, a.len, &out), MM_EKEY);
    mm_unseal_free(u);
    /* Another vault's secret key: its ids differ. */
    assert_int_equal(mm_unseal_new(c->vs_other, &u), MM_OK);
    a.data[0] ^= 1, a.data[10] ^= 1;
    assert_int_equal(mm_unseal_value(u, "ad", 2, a.data, a.len, &out), MM_EKEY);
    mm_unseal_free(u);
    mm_buf_free(&a);
    mm_buf_free(&b);
    mm_buf_wipe(&out);
}

static void test_put_reveal(void **state)
{
    struct ctx *c = *state;
    struct item x[3];
    mk(c, &x[0], MM_PHI_SSN, "123456789", "123-45-6789");
    mk(c, &x[1], MM_PHI_EMAIL, "jane.roe@example.org", "Jane.Roe@Example.org");
    mk(c, &x[2], MM_PHI_PHONE, "+15551234567", "(555) 123-4567");
    mm_vault_item items[3] = {x[0].it, x[1].it, x[2].it};
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, items, 3), MM_OK);
    for (int i = 0; i < 3; i++)
        assert_int_equal(items[i].status, MM_OK);
    reveal_is(c, c->vs, x[0].token, MM_OK, "123-45-6789");
    reveal_is(c, c->vs, x[1].token, MM_OK, "Jane.Roe@Example.org");
    reveal_is(c, c->vs, x[2].token, MM_OK, "(555) 123-4567");

    /* Another spelling of a stored value: same token, stored once, the
     * first original kept. A duplicate inside one batch is stored once too. */
    struct item y, z;
    mk(c, &y, MM_PHI_SSN, "123456789", "123 45 6789");
    mk(c, &z, MM_PHI_NPI, "1234567893", "1234567893");
    mm_vault_item again[3] = {y.it, z.it, z.it};
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, again, 3), MM_OK);
    assert_int_equal(again[0].status, MM_EEXIST);
    assert_int_equal(again[1].status, MM_OK);
    assert_int_equal(again[2].status, MM_EEXIST);
    reveal_is(c, c->vs, y.token, MM_OK, "123-45-6789");

    /* Reveal errors. */
    reveal_is(c, c->vs, "[[SSN:0000000000ZZ]]", MM_ENOTFOUND, NULL);
    reveal_is(c, c->vs, "SSN:0000000000ZZ", MM_EPARSE, NULL);
    reveal_is(c, c->vs_other, x[0].token, MM_EKEY, NULL);

    /* Bad input to put. */
    mm_vault_item bad = x[0].it;
    bad.type = MM_PHI_NPI;
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, &bad, 1), MM_EINVAL);
    bad = x[0].it;
    bad.tlen--;
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, &bad, 1), MM_EINVAL);
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, NULL, 0), MM_OK);
}

static void test_collision(void **state)
{
    struct ctx *c = *state;
    struct item a, b;
    mk(c, &a, MM_PHI_MRN, "A1000", "A1000");
    mk(c, &b, MM_PHI_MRN, "A2000", "A2000");
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, &a.it, 1), MM_OK);
    /* Force "same id, other value": a's token with b's value. */
    mm_vault_item items[2] = {b.it, a.it};
    items[1].norm = "A3000", items[1].value = "A3000";
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, items, 2), MM_ECOLLISION);
    assert_int_equal(items[0].status, MM_OK); /* the other item is stored */
    assert_int_equal(items[1].status, MM_ECOLLISION);
    reveal_is(c, c->vs, a.token, MM_OK, "A1000");
    reveal_is(c, c->vs, b.token, MM_OK, "A2000");
}

static int copy_cb(void *arg, const void *val, size_t vlen)
{
    mm_buf_reset(arg);
    return mm_buf_append(arg, val, vlen);
}

struct raw {
    const char *key;
    mm_buf *val;
};

static int raw_put_cb(mm_txn *t, void *arg)
{
    struct raw *r = arg;
    return mm_txn_put(t, MM_DB_VAULT, r->key, strlen(r->key), r->val->data, r->val->len, 0);
}

static void test_moved_and_truncated(void **state)
{
    struct ctx *c = *state;
    struct item a, b;
    mk(c, &a, MM_PHI_DOB, "1960-07-14", "14/07/1960");
    mk(c, &b, MM_PHI_DOB, "1961-01-01", "01/01/1961");
    mm_vault_item items[2] = {a.it, b.it};
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, items, 2), MM_OK);
    mm_buf raw = MM_BUF_INIT;
    assert_int_equal(mm_store_view(c->st, MM_DB_VAULT, a.token, strlen(a.token), copy_cb, &raw), MM_OK);
    assert_null(memmem(raw.data, raw.len, "1960", 4));
    /* a's sealed entry under b's token does not open. */
    struct raw r = {b.token, &raw};
    assert_int_equal(mm_store_write(c->st, raw_put_cb, &r), MM_OK);
    reveal_is(c, c->vs, b.token, MM_ECRYPTO, NULL);
    /* Truncated entries. */
    raw.len -= 1;
    assert_int_equal(mm_store_write(c->st, raw_put_cb, &r), MM_OK);
    reveal_is(c, c->vs, b.token, MM_ECRYPTO, NULL);
    raw.len = 30;
    assert_int_equal(mm_store_write(c->st, raw_put_cb, &r), MM_OK);
    reveal_is(c, c->vs, b.token, MM_ECORRUPT, NULL);
    /* And a put over a corrupt entry reports it rather than guessing. */
    assert_int_equal(mm_vault_put_batch(c->st, c->hk, c->vp, &b.it, 1), MM_ECORRUPT);
    reveal_is(c, c->vs, a.token, MM_OK, "14/07/1960");
    mm_buf_free(&raw);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_seal_roundtrip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_put_reveal, setup, teardown),
        cmocka_unit_test_setup_teardown(test_collision, setup, teardown),
        cmocka_unit_test_setup_teardown(test_moved_and_truncated, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
