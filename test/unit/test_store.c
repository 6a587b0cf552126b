/* test_store.c - LMDB store: encrypted values, AD binding, wrong keys,
 * truncation, map growth and map full, iteration, concurrency, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <pthread.h>

#include <cmocka.h>

#include "store_testutil.h"

#include "store.h"

static mm_hostkey *hk, *hk_other;

static int setup(void **state)
{
    (void)state;
    unsigned char k[32];
    randombytes_buf(k, 32);
    if (mm_hostkey_from_bytes(k, &hk) != MM_OK)
        return -1;
    randombytes_buf(k, 32);
    return mm_hostkey_from_bytes(k, &hk_other) == MM_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    mm_hostkey_free(hk);
    mm_hostkey_free(hk_other);
    return 0;
}

struct raw {
    enum mm_db db;
    const void *key;
    size_t klen;
    const void *val;
    size_t vlen;
};

static int raw_put_cb(mm_txn *t, void *arg)
{
    struct raw *r = arg;
    return mm_txn_put(t, r->db, r->key, r->klen, r->val, r->vlen, 0);
}

static void raw_put(mm_store *st, enum mm_db db, const char *key, const void *val, size_t vlen)
{
    struct raw r = {db, key, strlen(key), val, vlen};
    assert_int_equal(mm_store_write(st, raw_put_cb, &r), MM_OK);
}

static int copy_cb(void *arg, const void *val, size_t vlen)
{
    mm_buf_reset(arg);
    return mm_buf_append(arg, val, vlen);
}

static void raw_get(mm_store *st, enum mm_db db, const char *key, mm_buf *out)
{
    assert_int_equal(mm_store_view(st, db, key, strlen(key), copy_cb, out), MM_OK);
}

static void test_roundtrip_and_binding(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("store");
    mm_store *st;
    assert_int_equal(mm_store_open(dir, 0, 0, &st), MM_OK);
    mm_buf v = MM_BUF_INIT, raw = MM_BUF_INIT;
    assert_int_equal(mm_store_get(st, hk, "meta", "a", 1, &v), MM_ENOTFOUND);
    assert_int_equal(mm_store_put(st, hk, "meta", "a", 1, "value\0A", 7), MM_OK);
    assert_int_equal(mm_store_put(st, hk, "policy", "a", 1, "", 0), MM_OK);
    assert_int_equal(mm_store_get(st, hk, "meta", "a", 1, &v), MM_OK);
    assert_int_equal(v.len, 7);
    assert_memory_equal(v.data, "value\0A", 7);
    assert_int_equal(mm_store_get(st, hk, "policy", "a", 1, &v), MM_OK);
    assert_int_equal(v.len, 0);
    /* Only host-key databases through this API. */
    assert_int_equal(mm_store_put(st, hk, "vault", "a", 1, "x", 1), MM_EINVAL);
    assert_int_equal(mm_store_put(st, hk, "nosuch", "a", 1, "x", 1), MM_EINVAL);
    assert_int_equal(mm_store_get(st, hk, "audit", "a", 1, &v), MM_EINVAL);
    assert_int_equal(mm_store_put(st, hk, "meta", "", 0, "x", 1), MM_EINVAL);

    /* The stored bytes are not the plaintext; a copy under another key or
     * database does not open. */
    raw_get(st, MM_DB_META, "a", &raw);
    assert_null(memmem(raw.data, raw.len, "value", 5));
    raw_put(st, MM_DB_META, "b", raw.data, raw.len);
    assert_int_equal(mm_store_get(st, hk, "meta", "b", 1, &v), MM_ECRYPTO);
    raw_put(st, MM_DB_THREADS, "a", raw.data, raw.len);
    assert_int_equal(mm_store_get(st, hk, "threads", "a", 1, &v), MM_ECRYPTO);
    /* Wrong key: its id is not loaded. */
    assert_int_equal(mm_store_get(st, hk_other, "meta", "a", 1, &v), MM_EKEY);
    /* A flipped bit anywhere fails authentication. */
    raw.data[raw.len / 2] ^= 0x10;
    raw_put(st, MM_DB_META, "a", raw.data, raw.len);
    assert_int_equal(mm_store_get(st, hk, "meta", "a", 1, &v), MM_ECRYPTO);
    /* Truncated values. */
    raw_put(st, MM_DB_META, "a", raw.data, 20);
    assert_int_equal(mm_store_get(st, hk, "meta", "a", 1, &v), MM_ECORRUPT);
    raw_put(st, MM_DB_META, "a", raw.data, raw.len - 1);
    assert_int_equal(mm_store_get(st, hk, "meta", "a", 1, &v), MM_ECRYPTO);
    raw_put(st, MM_DB_META, "a", "", 0);
    assert_int_equal(mm_store_get(st, hk, "meta", "a", 1, &v), MM_ECORRUPT);
    assert_int_equal(mm_store_del(st, "meta", "a", 1), MM_OK);
    assert_int_equal(mm_store_del(st, "meta", "a", 1), MM_ENOTFOUND);
    mm_store_close(st);

    /* Reopen read-only: data persisted, writes refused. */
    assert_int_equal(mm_store_open(dir, 0, MM_STORE_RDONLY, &st), MM_OK);
    assert_int_equal(mm_store_get(st, hk, "policy", "a", 1, &v), MM_OK);
    tu_log_capture();
    assert_int_equal(mm_store_put(st, hk, "meta", "z", 1, "x", 1), MM_EINVAL);
    mm_store_close(st);
    mm_buf_wipe(&v);
    mm_buf_free(&raw);
    tu_rmtree(dir);
}

static int collect_cb(void *arg, const void *key, size_t klen, const void *val, size_t vlen)
{
    mm_buf *b = arg;
    assert_int_equal(klen, 1);
    assert_int_equal(vlen, 2);
    assert_int_equal(((const char *)val)[0], 'v');
    int rc = mm_buf_append(b, key, 1);
    return rc != MM_OK ? rc : (b->len == 3 && ((const char *)key)[0] == 'X');
}

static void test_iter_and_last(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("store");
    mm_store *st;
    mm_buf keys = MM_BUF_INIT;
    assert_int_equal(mm_store_open(dir, 0, 0, &st), MM_OK);
    assert_int_equal(mm_store_last_key(st, "policy", &keys), MM_ENOTFOUND);
    const char *ks = "cabed";
    for (int i = 0; i < 5; i++) {
        char v[2] = {'v', ks[i]};
        assert_int_equal(mm_store_put(st, hk, "policy", &ks[i], 1, v, 2), MM_OK);
    }
    assert_int_equal(mm_store_iter(st, hk, "policy", 0, collect_cb, &keys), MM_OK);
    assert_int_equal(keys.len, 5);
    assert_memory_equal(keys.data, "abcde", 5);
    mm_buf_reset(&keys);
    assert_int_equal(mm_store_iter(st, hk, "policy", 1, collect_cb, &keys), MM_OK);
    assert_memory_equal(keys.data, "edcba", 5);
    assert_int_equal(mm_store_last_key(st, "policy", &keys), MM_OK);
    assert_int_equal(keys.len, 1);
    assert_int_equal(keys.data[0], 'e');
    /* The callback's non-zero result stops the walk and is returned. */
    mm_buf_reset(&keys);
    assert_int_equal(mm_store_put(st, hk, "meta", "W", 1, "vW", 2), MM_OK);
    assert_int_equal(mm_store_put(st, hk, "meta", "X", 1, "vX", 2), MM_OK);
    assert_int_equal(mm_store_put(st, hk, "meta", "Y", 1, "vY", 2), MM_OK);
    assert_int_equal(mm_store_put(st, hk, "meta", "V", 1, "vV", 2), MM_OK);
    assert_int_equal(mm_store_iter(st, hk, "meta", 0, collect_cb, &keys), 1);
    assert_memory_equal(keys.data, "VWX", 3);
    /* A value that does not open stops iteration with the error. */
    raw_put(st, MM_DB_POLICY, "c", "garbage-garbage-garbage-garbage-garbage-garbage-", 48);
    mm_buf_reset(&keys);
    assert_int_equal(mm_store_iter(st, hk, "policy", 0, collect_cb, &keys), MM_ECORRUPT);
    assert_int_equal(keys.len, 2);
    mm_store_close(st);
    mm_buf_free(&keys);
    tu_rmtree(dir);
}

static void test_map_growth_and_full(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("store");
    mm_store *st;
    char big[8192];
    memset(big, 'x', sizeof big);
    size_t small = 128 * 1024;
    assert_int_equal(mm_store_open(dir, small, 0, &st), MM_OK);
    size_t before = mm_store_map_size(st);
    tu_log_capture();
    for (int i = 0; i < 300; i++) {
        char k[16];
        snprintf(k, sizeof k, "k%04d", i);
        assert_int_equal(mm_store_put(st, hk, "threads", k, strlen(k), big, sizeof big), MM_OK);
    }
    assert_true(mm_store_map_size(st) > before);
    assert_non_null(strstr(tu_log, "map full, grown"));
    mm_buf v = MM_BUF_INIT;
    assert_int_equal(mm_store_get(st, hk, "threads", "k0000", 5, &v), MM_OK);
    assert_int_equal(v.len, sizeof big);
    mm_store_close(st);
    tu_rmtree(dir);

    /* With growth disabled: MM_ESTORE, with LMDB's text and the path logged. */
    dir = tu_tmpdir("store");
    assert_int_equal(mm_store_open(dir, small, MM_STORE_NOGROW, &st), MM_OK);
    int rc = MM_OK, i;
    tu_log_capture();
    for (i = 0; i < 300 && rc == MM_OK; i++) {
        char k[16];
        snprintf(k, sizeof k, "k%04d", i);
        rc = mm_store_put(st, hk, "threads", k, strlen(k), big, sizeof big);
    }
    assert_int_equal(rc, MM_ESTORE);
    assert_true(i > 1);
    assert_non_null(strstr(tu_log, "MDB_MAP_FULL"));
    assert_non_null(strstr(tu_log, dir));
    /* Earlier commits survive the failed one. */
    assert_int_equal(mm_store_get(st, hk, "threads", "k0000", 5, &v), MM_OK);
    mm_store_close(st);
    mm_buf_wipe(&v);
    tu_rmtree(dir);
}

static void test_open_errors(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("store");
    mm_store *st = NULL;
    const char *f = tu_path(dir, "file");
    FILE *fp = fopen(f, "w");
    fclose(fp);
    tu_log_capture();
    assert_int_equal(mm_store_open(f, 0, 0, &st), MM_ESTORE);
    assert_null(st);
    assert_non_null(strstr(tu_log, f));
    tu_log_capture();
    const char *none = tu_path(dir, "none");
    assert_int_equal(mm_store_open(none, 0, MM_STORE_RDONLY, &st), MM_ESTORE);
    assert_non_null(strstr(tu_log, none));
    assert_non_null(strstr(tu_log, "No such file"));
    tu_rmtree(dir);
}

static int fail_cb(mm_txn *t, void *arg)
{
    (void)arg;
    assert_int_equal(mm_txn_put(t, MM_DB_META, "bad", 3, "x", 1, 0), MM_OK);
    return MM_EINVAL;
}

/* Close ST (committing a batch), open DIR read-only and check KEY holds
 * WANT; ST stays open read-only for more checks. */
static void reopen_is(mm_store **st, const char *dir, const char *key, const char *want)
{
    mm_store_close(*st);
    assert_int_equal(mm_store_open(dir, 0, MM_STORE_RDONLY, st), MM_OK);
    mm_buf v = MM_BUF_INIT;
    raw_get(*st, MM_DB_META, key, &v);
    assert_int_equal(v.len, strlen(want));
    assert_memory_equal(v.data, want, strlen(want));
    mm_buf_free(&v);
}

/* A key, a value to write, and what a read-back returned. */
struct kvop {
    const char *key, *val;
    int rc;
    mm_buf out;
};

/* mm_txn_insert: stores a new key; on an existing one leaves it and hands
 * back the stored value. */

static int insert_cb(mm_txn *t, void *arg)
{
    struct kvop *a = arg;
    const void *old = NULL;
    size_t oldlen = 0;
    a->rc = mm_txn_insert(t, MM_DB_META, a->key, strlen(a->key), a->val, strlen(a->val), &old, &oldlen);
    mm_buf_reset(&a->out);
    if (a->rc == MM_EEXIST && mm_buf_append(&a->out, old, oldlen) != MM_OK)
        return MM_ENOMEM;
    return a->rc == MM_EEXIST ? MM_OK : a->rc;
}

static void insert_twice(unsigned flags)
{
    char *dir = tu_tmpdir("store");
    mm_store *st;
    assert_int_equal(mm_store_open(dir, 0, flags, &st), MM_OK);
    struct kvop a = {"k", "first", -1, MM_BUF_INIT};
    assert_int_equal(mm_store_write(st, insert_cb, &a), MM_OK);
    assert_int_equal(a.rc, MM_OK);
    assert_int_equal(a.out.len, 0);
    a.val = "second value";
    assert_int_equal(mm_store_write(st, insert_cb, &a), MM_OK);
    assert_int_equal(a.rc, MM_EEXIST);
    assert_int_equal(a.out.len, 5);
    assert_memory_equal(a.out.data, "first", 5);
    reopen_is(&st, dir, "k", "first");
    mm_store_close(st);
    mm_buf_free(&a.out);
    tu_rmtree(dir);
}

static void test_insert(void **state)
{
    (void)state;
    insert_twice(0);
    insert_twice(MM_STORE_BATCH);
}

/* get_first/put_first: the record under the lowest key, overwritten in
 * place when the size stays, put anew when it changes. */

static int first_put_cb(mm_txn *t, void *arg)
{
    struct kvop *a = arg;
    return mm_txn_put_first(t, MM_DB_META, a->key, strlen(a->key), a->val, strlen(a->val));
}

static int first_get_cb(mm_txn *t, void *arg)
{
    struct kvop *a = arg;
    const void *v;
    size_t vlen;
    mm_buf_reset(&a->out);
    a->rc = mm_txn_get_first(t, MM_DB_META, a->key, strlen(a->key), &v, &vlen);
    if (a->rc == MM_OK && mm_buf_append(&a->out, v, vlen) != MM_OK)
        return MM_ENOMEM;
    return MM_OK;
}

static void first_get_is(mm_store *st, const char *key, int rc, const char *want)
{
    struct kvop a = {key, NULL, -1, MM_BUF_INIT};
    assert_int_equal(mm_store_write(st, first_get_cb, &a), MM_OK);
    assert_int_equal(a.rc, rc);
    if (want) {
        assert_int_equal(a.out.len, strlen(want));
        assert_memory_equal(a.out.data, want, strlen(want));
    }
    mm_buf_free(&a.out);
}

static void first_cycle(unsigned flags)
{
    char *dir = tu_tmpdir("store");
    mm_store *st;
    assert_int_equal(mm_store_open(dir, 0, flags, &st), MM_OK);
    first_get_is(st, "a", MM_ENOTFOUND, NULL); /* empty */
    raw_put(st, MM_DB_META, "m", "x", 1);
    first_get_is(st, "a", MM_ENOTFOUND, NULL); /* first key is another */
    struct kvop a = {"a", "head1", 0, MM_BUF_INIT};
    assert_int_equal(mm_store_write(st, first_put_cb, &a), MM_OK);
    first_get_is(st, "a", MM_OK, "head1");
    a.val = "head2"; /* same size: in place */
    assert_int_equal(mm_store_write(st, first_put_cb, &a), MM_OK);
    first_get_is(st, "a", MM_OK, "head2");
    a.val = "longer head"; /* another size */
    assert_int_equal(mm_store_write(st, first_put_cb, &a), MM_OK);
    first_get_is(st, "a", MM_OK, "longer head");
    reopen_is(&st, dir, "a", "longer head");
    mm_buf v = MM_BUF_INIT;
    raw_get(st, MM_DB_META, "m", &v);
    assert_memory_equal(v.data, "x", 1);
    mm_store_close(st);
    mm_buf_free(&v);
    tu_rmtree(dir);
}

static void test_first(void **state)
{
    (void)state;
    first_cycle(0);
    first_cycle(MM_STORE_BATCH);
}

struct peek {
    mm_store *st;
    const char *key;
    int rc;
};

static void *peek_main(void *arg)
{
    struct peek *p = arg;
    mm_buf v = MM_BUF_INIT;
    p->rc = mm_store_view(p->st, MM_DB_META, p->key, strlen(p->key), copy_cb, &v);
    mm_buf_free(&v);
    return NULL;
}

/* What another thread (a read transaction of its own) sees of KEY. */
static int peek(mm_store *st, const char *key)
{
    struct peek p = {st, key, -1};
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, peek_main, &p), 0);
    pthread_join(th, NULL);
    return p.rc;
}

/* MM_STORE_BATCH: writes grouped in one transaction, each in a child (a
 * failing one drops only its own), visible to the writing thread at once
 * and to others after the commit (flush, count, growth, close). */
static void test_batch(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("store");
    mm_store *st;
    assert_int_equal(mm_store_open(dir, 128 * 1024, MM_STORE_BATCH, &st), MM_OK);
    mm_store_batch_limits(st, MM_STORE_BATCH_WRITES, 3600 * 1000); /* not due by age here */
    raw_put(st, MM_DB_META, "a", "1", 1);
    raw_put(st, MM_DB_META, "b", "2", 1);
    mm_buf v = MM_BUF_INIT;
    raw_get(st, MM_DB_META, "a", &v); /* the writer reads its batch */
    assert_memory_equal(v.data, "1", 1);
    assert_int_equal(peek(st, "a"), MM_ENOTFOUND); /* not committed yet */
    assert_int_equal(mm_store_tick(st), MM_OK);     /* not due */
    assert_int_equal(peek(st, "a"), MM_ENOTFOUND);

    assert_int_equal(mm_store_write(st, fail_cb, NULL), MM_EINVAL);
    assert_int_equal(mm_store_view(st, MM_DB_META, "bad", 3, copy_cb, &v), MM_ENOTFOUND);
    raw_get(st, MM_DB_META, "b", &v);
    assert_memory_equal(v.data, "2", 1);

    assert_int_equal(mm_store_flush(st), MM_OK);
    assert_int_equal(peek(st, "a"), MM_OK);
    assert_int_equal(peek(st, "b"), MM_OK);
    assert_int_equal(mm_store_flush(st), MM_OK); /* nothing open */

    /* A full batch commits by itself. */
    for (int i = 0; i < MM_STORE_BATCH_WRITES; i++) {
        char k[16];
        snprintf(k, sizeof k, "n%04d", i);
        raw_put(st, MM_DB_META, k, "v", 1);
    }
    assert_int_equal(peek(st, "n0000"), MM_OK);

    /* Due by age: with no delay allowed, each write commits. */
    mm_store_batch_limits(st, MM_STORE_BATCH_WRITES, 0);
    raw_put(st, MM_DB_META, "aged", "1", 1);
    assert_int_equal(peek(st, "aged"), MM_OK);
    mm_store_batch_limits(st, MM_STORE_BATCH_WRITES, 3600 * 1000);

    /* The map grows in the middle of a batch; nothing is lost. */
    char big[8192];
    memset(big, 'x', sizeof big);
    size_t before = mm_store_map_size(st);
    tu_log_capture();
    for (int i = 0; i < 100; i++) {
        char k[16];
        snprintf(k, sizeof k, "g%04d", i);
        raw_put(st, MM_DB_META, k, big, sizeof big);
    }
    assert_true(mm_store_map_size(st) > before);
    assert_non_null(strstr(tu_log, "map full, grown"));
    raw_put(st, MM_DB_META, "last", "z", 1);
    mm_store_close(st); /* commits */

    assert_int_equal(mm_store_open(dir, 0, MM_STORE_RDONLY, &st), MM_OK);
    for (int i = 0; i < 100; i++) {
        char k[16];
        snprintf(k, sizeof k, "g%04d", i);
        raw_get(st, MM_DB_META, k, &v);
        assert_int_equal(v.len, sizeof big);
    }
    raw_get(st, MM_DB_META, "last", &v);
    assert_memory_equal(v.data, "z", 1);
    assert_int_equal(mm_store_view(st, MM_DB_META, "bad", 3, copy_cb, &v), MM_ENOTFOUND);
    mm_store_close(st);
    tu_rmtree(dir);

    /* Growth disabled: writes are not grouped; the one that does not fit
     * fails, those before it are committed. */
    dir = tu_tmpdir("store");
    assert_int_equal(mm_store_open(dir, 128 * 1024, MM_STORE_BATCH | MM_STORE_NOGROW, &st), MM_OK);
    mm_store_batch_limits(st, 100000, 3600 * 1000);
    int rc = MM_OK, i;
    tu_log_capture();
    for (i = 0; i < 100 && rc == MM_OK; i++) {
        char k[16];
        snprintf(k, sizeof k, "g%04d", i);
        struct raw r = {MM_DB_META, k, strlen(k), big, sizeof big};
        rc = mm_store_write(st, raw_put_cb, &r);
    }
    assert_int_equal(rc, MM_ESTORE);
    assert_true(i > 2);
    assert_non_null(strstr(tu_log, "MDB_MAP_FULL"));
    assert_null(strstr(tu_log, "lost"));
    assert_int_equal(peek(st, "g0000"), MM_OK); /* committed without a flush */
    assert_int_equal(mm_store_flush(st), MM_OK);
    mm_store_close(st);
    mm_buf_free(&v);
    tu_rmtree(dir);
}

#define NTHREADS 16
#define PER_THREAD 60

struct worker {
    mm_store *st;
    int id;
    int errors;
};

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    mm_buf v = MM_BUF_INIT;
    char val[600];
    for (int i = 0; i < PER_THREAD; i++) {
        char k[32];
        snprintf(k, sizeof k, "t%02d-%03d", w->id, i);
        memset(val, 'a' + w->id, sizeof val);
        snprintf(val, sizeof val, "%s", k);
        if (mm_store_put(w->st, hk, "threads", k, strlen(k), val, sizeof val) != MM_OK)
            w->errors++;
        /* Read back own and a neighbour's (may be absent yet). */
        if (mm_store_get(w->st, hk, "threads", k, strlen(k), &v) != MM_OK || v.len != sizeof val ||
            memcmp(v.data, val, sizeof val) != 0)
            w->errors++;
        snprintf(k, sizeof k, "t%02d-%03d", (w->id + 1) % NTHREADS, i);
        int rc = mm_store_get(w->st, hk, "threads", k, strlen(k), &v);
        if (rc != MM_OK && rc != MM_ENOTFOUND)
            w->errors++;
        if (rc == MM_OK && strcmp(v.data, k) != 0)
            w->errors++;
    }
    mm_buf_wipe(&v);
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("store");
    mm_store *st;
    /* A small map so the map grows while readers are active. */
    assert_int_equal(mm_store_open(dir, 64 * 1024, 0, &st), MM_OK);
    pthread_t th[NTHREADS];
    struct worker w[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        w[i] = (struct worker){st, i, 0};
        assert_int_equal(pthread_create(&th[i], NULL, worker_main, &w[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(w[i].errors, 0);
    }
    mm_buf k = MM_BUF_INIT;
    assert_int_equal(mm_store_last_key(st, "threads", &k), MM_OK);
    assert_memory_equal(k.data, "t15-059", 7);
    mm_buf_free(&k);
    mm_store_close(st);
    tu_rmtree(dir);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_and_binding),
        cmocka_unit_test(test_iter_and_last),
        cmocka_unit_test(test_map_growth_and_full),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_batch),
        cmocka_unit_test(test_insert),
        cmocka_unit_test(test_first),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
