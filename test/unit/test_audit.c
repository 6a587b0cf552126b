/* test_audit.c - the audit trail: group commit from 16 threads, chain
 * verification against deletion, change, swap and truncation, export,
 * and a writer process killed with SIGKILL mid-batch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>

#include <cmocka.h>
#include <jansson.h>

#include "store_testutil.h"

#include "audit.h"
#include "store.h"
#include "token.h"
#include "vault.h"

struct ctx {
    char *kdir, *ddir;
    mm_vault_pub *vp;
    mm_vault_sec *vs;
    mm_store *st;
};

static int setup(void **state)
{
    struct ctx *c = calloc(1, sizeof *c);
    c->kdir = tu_tmpdir("keys");
    c->ddir = tu_tmpdir("data");
    if (tu_keys(c->kdir, NULL, &c->vp, &c->vs) != MM_OK || mm_store_open(c->ddir, 0, 0, &c->st) != MM_OK)
        return -1;
    *state = c;
    return 0;
}

static int teardown(void **state)
{
    struct ctx *c = *state;
    mm_store_close(c->st);
    mm_vault_pub_free(c->vp);
    mm_vault_sec_free(c->vs);
    tu_rmtree(c->kdir);
    tu_rmtree(c->ddir);
    free(c);
    return 0;
}

static void append_n(mm_store *st, const mm_vault_pub *vp, int n)
{
    mm_audit_writer *w;
    assert_int_equal(mm_audit_writer_start(st, vp, &w), MM_OK);
    for (int i = 0; i < n; i++) {
        char p[64];
        int l = snprintf(p, sizeof p, "{\"msg\":%d}", i);
        uint64_t seq;
        assert_int_equal(mm_audit_append(w, p, (size_t)l, &seq), MM_OK);
    }
    mm_audit_writer_stop(w);
}

static void expect_ok(mm_store *st, uint64_t n)
{
    uint64_t nrec = 99, bad = 99;
    mm_buf reason = MM_BUF_INIT;
    assert_int_equal(mm_audit_verify(st, &nrec, &bad, &reason), MM_OK);
    assert_int_equal(nrec, n);
    assert_int_equal(bad, 0);
    mm_buf_free(&reason);
}

static void expect_bad(mm_store *st, uint64_t first_bad, const char *word)
{
    uint64_t nrec, bad;
    mm_buf reason = MM_BUF_INIT;
    assert_int_equal(mm_audit_verify(st, &nrec, &bad, &reason), MM_ECORRUPT);
    assert_int_equal(bad, first_bad);
    assert_non_null(reason.data);
    if (!strstr(reason.data, word))
        fail_msg("reason '%s' lacks '%s'", reason.data, word);
    char num[32];
    snprintf(num, sizeof num, "%llu", (unsigned long long)first_bad);
    assert_non_null(strstr(reason.data, num));
    mm_buf_free(&reason);
}

#define NTHREADS 16
#define PER_THREAD 40

struct appender {
    mm_audit_writer *w;
    int id;
    uint64_t seqs[PER_THREAD];
    int errors;
};

static void *appender_main(void *arg)
{
    struct appender *a = arg;
    for (int i = 0; i < PER_THREAD; i++) {
        char p[64];
        int l = snprintf(p, sizeof p, "{\"thread\":%d,\"i\":%d}", a->id, i);
        if (mm_audit_append(a->w, p, (size_t)l, &a->seqs[i]) != MM_OK)
            a->errors++;
    }
    return NULL;
}

static void test_threads_and_export(void **state)
{
    struct ctx *c = *state;
    expect_ok(c->st, 0);
    mm_audit_writer *w;
    assert_int_equal(mm_audit_writer_start(c->st, c->vp, &w), MM_OK);
    struct appender a[NTHREADS];
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        a[i] = (struct appender){.w = w, .id = i};
        assert_int_equal(pthread_create(&th[i], NULL, appender_main, &a[i]), 0);
    }
    unsigned char seen[NTHREADS * PER_THREAD + 1] = {0};
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(a[i].errors, 0);
        for (int j = 0; j < PER_THREAD; j++) {
            assert_true(a[i].seqs[j] >= 1 && a[i].seqs[j] <= NTHREADS * PER_THREAD);
            assert_int_equal(seen[a[i].seqs[j]]++, 0);
            if (j)
                assert_true(a[i].seqs[j] > a[i].seqs[j - 1]);
        }
    }
    assert_int_equal(mm_audit_append(w, "x", MM_AUDIT_MAX_PAYLOAD + 1, NULL), MM_ELIMIT);
    mm_audit_writer_stop(w);
    expect_ok(c->st, NTHREADS * PER_THREAD);

    /* Export: every record decrypts to its payload, in order. */
    char *buf = NULL;
    size_t blen = 0;
    FILE *f = open_memstream(&buf, &blen);
    assert_int_equal(mm_audit_export(c->st, c->vs, 0, f), MM_OK);
    fclose(f);
    int lines = 0;
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        json_error_t e;
        json_t *o = json_loads(line, 0, &e);
        assert_non_null(o);
        assert_int_equal(json_integer_value(json_object_get(o, "seq")), ++lines);
        json_t *pl = json_object_get(o, "payload");
        assert_true(json_is_object(pl));
        int t = (int)json_integer_value(json_object_get(pl, "thread"));
        int i = (int)json_integer_value(json_object_get(pl, "i"));
        assert_int_equal(a[t].seqs[i], (uint64_t)lines);
        assert_int_equal(strlen(json_string_value(json_object_get(o, "hash"))), 64);
        json_decref(o);
    }
    assert_int_equal(lines, NTHREADS * PER_THREAD);
    free(buf);

    /* --since in the future: nothing. */
    f = open_memstream(&buf, &blen);
    assert_int_equal(mm_audit_export(c->st, c->vs, time(NULL) + 3600, f), MM_OK);
    fclose(f);
    assert_int_equal(blen, 0);
    free(buf);
}

static int count_cb(void *arg, uint64_t seq, int64_t t, size_t plen)
{
    uint64_t *n = arg;
    assert_int_equal(seq, *n + 3);
    assert_true(t > 1600000000);
    assert_true(plen >= 9);
    (*n)++;
    return 0;
}

static void test_iter_metadata(void **state)
{
    struct ctx *c = *state;
    append_n(c->st, c->vp, 10);
    uint64_t n = 0;
    assert_int_equal(mm_audit_iter(c->st, 3, count_cb, &n), MM_OK);
    assert_int_equal(n, 8);
}

static void test_append_with_vault(void **state)
{
    struct ctx *c = *state;
    mm_hostkey *hk;
    assert_int_equal(mm_hostkey_load(tu_path(c->kdir, "host.key"), &hk), MM_OK);
    char t1[MM_TOKEN_MAX], t2[MM_TOKEN_MAX];
    size_t l1, l2;
    assert_int_equal(mm_token_make(hk, MM_PHI_SSN, "078051120", 9, t1, &l1), MM_OK);
    assert_int_equal(mm_token_make(hk, MM_PHI_MRN, "A77", 3, t2, &l2), MM_OK);
    mm_vault_item items[2] = {
        {t1, l1, MM_PHI_SSN, "078051120", 9, "078-05-1120", 11, -1},
        {t2, l2, MM_PHI_MRN, "A77", 3, "A77", 3, -1},
    };
    mm_audit_writer *w;
    uint64_t seq = 0;
    assert_int_equal(mm_audit_writer_start(c->st, c->vp, &w), MM_OK);
    assert_int_equal(mm_audit_append_vault(w, hk, items, 2, "{\"m\":1}", 7, &seq), MM_OK);
    assert_int_equal(seq, 1);
    assert_int_equal(items[0].status, MM_OK);
    assert_int_equal(items[1].status, MM_OK);
    /* Again with a forced collision on the second: the record is committed,
     * the status says which value must not be tokenized. */
    items[1].norm = "A78", items[1].value = "A78";
    assert_int_equal(mm_audit_append_vault(w, hk, items, 2, "{\"m\":2}", 7, &seq), MM_ECOLLISION);
    assert_int_equal(seq, 2);
    assert_int_equal(items[0].status, MM_EEXIST);
    assert_int_equal(items[1].status, MM_ECOLLISION);
    /* A malformed item: nothing queued. */
    items[0].type = MM_PHI_NPI;
    assert_int_equal(mm_audit_append_vault(w, hk, items, 1, "{}", 2, &seq), MM_EINVAL);
    mm_audit_writer_stop(w);
    expect_ok(c->st, 2);
    mm_buf v = MM_BUF_INIT;
    assert_int_equal(mm_vault_reveal(c->st, c->vs, t1, l1, &v), MM_OK);
    assert_memory_equal(v.data, "078-05-1120", 11);
    assert_int_equal(mm_vault_reveal(c->st, c->vs, t2, l2, &v), MM_OK);
    assert_memory_equal(v.data, "A77", 3);
    mm_buf_wipe(&v);
    mm_hostkey_free(hk);
}

/* ---- tampering ---- */

struct tamper {
    uint64_t a, b;
    int op; /* 0 delete a, 1 flip a byte of a, 2 swap a and b, 3 delete head */
};

static int tamper_cb(mm_txn *t, void *arg)
{
    struct tamper *tp = arg;
    unsigned char ka[8], kb[8];
    mm_put_be64(ka, tp->a);
    mm_put_be64(kb, tp->b);
    const void *va, *vb;
    size_t la, lb;
    if (tp->op == 0 || tp->op == 3)
        return mm_txn_del(t, MM_DB_AUDIT, ka, 8);
    int rc = mm_txn_get(t, MM_DB_AUDIT, ka, 8, &va, &la);
    if (rc != MM_OK)
        return rc;
    unsigned char *copy = malloc(la);
    memcpy(copy, va, la);
    if (tp->op == 1) {
        copy[la - 5] ^= 0x01;
        rc = mm_txn_put(t, MM_DB_AUDIT, ka, 8, copy, la, 0);
    } else {
        if ((rc = mm_txn_get(t, MM_DB_AUDIT, kb, 8, &vb, &lb)) == MM_OK &&
            (rc = mm_txn_put(t, MM_DB_AUDIT, ka, 8, vb, lb, 0)) == MM_OK)
            rc = mm_txn_put(t, MM_DB_AUDIT, kb, 8, copy, la, 0);
    }
    free(copy);
    return rc;
}

static void tamper(mm_store *st, int op, uint64_t a, uint64_t b)
{
    struct tamper tp = {a, b, op};
    assert_int_equal(mm_store_write(st, tamper_cb, &tp), MM_OK);
}

static void test_tamper_delete(void **state)
{
    struct ctx *c = *state;
    append_n(c->st, c->vp, 10);
    expect_ok(c->st, 10);
    tamper(c->st, 0, 6, 0);
    expect_bad(c->st, 6, "missing");
}

static void test_tamper_change(void **state)
{
    struct ctx *c = *state;
    append_n(c->st, c->vp, 10);
    tamper(c->st, 1, 4, 0);
    expect_bad(c->st, 4, "changed");
    /* Export still decrypts the rest but reports the break. */
    FILE *f = fopen("/dev/null", "w");
    assert_int_equal(mm_audit_export(c->st, c->vs, 0, f), MM_ECORRUPT);
    fclose(f);
}

static void test_tamper_swap(void **state)
{
    struct ctx *c = *state;
    append_n(c->st, c->vp, 10);
    tamper(c->st, 2, 3, 5);
    expect_bad(c->st, 3, "link");
}

static void test_tamper_truncate(void **state)
{
    struct ctx *c = *state;
    append_n(c->st, c->vp, 10);
    tamper(c->st, 0, 10, 0);
    tamper(c->st, 0, 9, 0);
    expect_bad(c->st, 9, "truncated");
    /* The writer keeps chaining from the head: the gap stays visible. */
    append_n(c->st, c->vp, 1);
    expect_bad(c->st, 9, "missing");
    /* Deleting the head itself is noticed. */
    tamper(c->st, 3, 0, 0);
    expect_bad(c->st, 9, "missing");
}

static void test_tamper_head_removed(void **state)
{
    struct ctx *c = *state;
    append_n(c->st, c->vp, 3);
    tamper(c->st, 3, 0, 0);
    expect_bad(c->st, 3, "head");
}

/* ---- crash safety ---- */

#define KILL_THREADS 8

struct killer_arg {
    mm_audit_writer *w;
    int fd;
};

static void *kill_appender(void *arg)
{
    struct killer_arg *k = arg;
    for (;;) {
        uint64_t seq;
        if (mm_audit_append(k->w, "{\"crash\":\"test payload\"}", 24, &seq) != MM_OK)
            _exit(3);
        /* Reported only after the commit returned: it must survive. */
        if (write(k->fd, &seq, sizeof seq) != sizeof seq)
            _exit(4);
    }
    return NULL;
}

static int unmark_cb(void *arg, uint64_t seq, int64_t t, size_t plen)
{
    (void)t, (void)plen;
    unsigned char *seen = arg;
    if (seq < (1 << 20))
        seen[seq] = 0;
    return 0;
}

static void test_sigkill_mid_batch(void **state)
{
    struct ctx *c = *state;
    mm_store_close(c->st); /* the environment must not cross fork() */
    c->st = NULL;
    int pfd[2];
    assert_int_equal(pipe(pfd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(pfd[0]);
        mm_store *st;
        mm_audit_writer *w;
        if (mm_store_open(c->ddir, 0, 0, &st) != MM_OK || mm_audit_writer_start(st, c->vp, &w) != MM_OK)
            _exit(2);
        struct killer_arg k = {w, pfd[1]};
        pthread_t th;
        for (int i = 0; i < KILL_THREADS; i++)
            pthread_create(&th, NULL, kill_appender, &k);
        for (;;)
            pause();
    }
    close(pfd[1]);
    uint64_t seq, maxseq = 0, count = 0;
    unsigned char *seen = calloc(1 << 20, 1);
    while (count < 300 && read(pfd[0], &seq, sizeof seq) == sizeof seq) {
        assert_true(seq < (1 << 20));
        seen[seq] = 1, count++;
        maxseq = seq > maxseq ? seq : maxseq;
    }
    kill(pid, SIGKILL);
    while (read(pfd[0], &seq, sizeof seq) == sizeof seq) {
        seen[seq] = 1, count++;
        maxseq = seq > maxseq ? seq : maxseq;
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    close(pfd[0]);
    assert_true(count >= 300);

    assert_int_equal(mm_store_open(c->ddir, 0, 0, &c->st), MM_OK);
    uint64_t nrec, bad;
    mm_buf reason = MM_BUF_INIT;
    assert_int_equal(mm_audit_verify(c->st, &nrec, &bad, &reason), MM_OK);
    mm_buf_free(&reason);
    /* Every acknowledged record is there. */
    assert_true(nrec >= maxseq);
    assert_int_equal(mm_audit_iter(c->st, 1, unmark_cb, seen), MM_OK);
    for (uint64_t s = 0; s < (1 << 20); s++)
        assert_int_equal(seen[s], 0);
    free(seen);
    /* And the trail goes on after the crash. */
    append_n(c->st, c->vp, 2);
    expect_ok(c->st, nrec + 2);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_threads_and_export, setup, teardown),
        cmocka_unit_test_setup_teardown(test_iter_metadata, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_with_vault, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_delete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_swap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_truncate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tamper_head_removed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sigkill_mid_batch, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
