/* test_vault_nonce.c - the nonces mm_seal_value draws from its per-thread
 * keystream: distinct across pool refills, threads and fork(), and every
 * sealed value still opens. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store_testutil.h"

#include "vault.h"

struct ctx {
    char *kdir;
    mm_vault_pub *vp;
    mm_vault_sec *vs;
};

static int setup(void **state)
{
    struct ctx *c = calloc(1, sizeof *c);
    c->kdir = tu_tmpdir("keys");
    if (tu_keys(c->kdir, NULL, &c->vp, &c->vs) != MM_OK)
        return -1;
    *state = c;
    return 0;
}

static int teardown(void **state)
{
    struct ctx *c = *state;
    mm_vault_pub_free(c->vp);
    mm_vault_sec_free(c->vs);
    tu_rmtree(c->kdir);
    free(c);
    return 0;
}

/* Nonces of n values sealed with s, into out (n * 24 bytes). */
static void seal_nonces(const mm_seal *s, unsigned char *out, size_t n)
{
    mm_buf b = MM_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        mm_buf_reset(&b);
        assert_int_equal(mm_seal_value(s, "ad", 2, "v", 1, &b), MM_OK);
        memcpy(out + i * 24, b.data + 36, 24);
    }
    mm_buf_free(&b);
}

static int cmp24(const void *a, const void *b)
{
    return memcmp(a, b, 24);
}

static void assert_distinct(unsigned char *v, size_t n)
{
    qsort(v, n, 24, cmp24);
    for (size_t i = 1; i < n; i++)
        assert_memory_not_equal(v + (i - 1) * 24, v + i * 24, 24);
}

struct nonce_job {
    const mm_seal *s;
    unsigned char *out;
    size_t n;
};

static void *nonce_thread(void *arg)
{
    struct nonce_job *j = arg;
    seal_nonces(j->s, j->out, j->n);
    return NULL;
}

static void test_nonces_distinct(void **state)
{
    struct ctx *c = *state;
    enum { PER = 3000, THREADS = 3 }; /* many pool refills per thread */
    mm_seal s;
    assert_int_equal(mm_seal_begin(c->vp, &s), MM_OK);
    unsigned char *v = malloc((size_t)PER * (THREADS + 1) * 24);
    assert_non_null(v);
    seal_nonces(&s, v, PER);
    pthread_t th[THREADS];
    struct nonce_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (struct nonce_job){&s, v + (size_t)(i + 1) * PER * 24, PER};
        assert_int_equal(pthread_create(&th[i], NULL, nonce_thread, &jobs[i]), 0);
    }
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_join(th[i], NULL), 0);
    assert_distinct(v, (size_t)PER * (THREADS + 1));
    free(v);
    mm_seal_end(&s);
}

/* A forked child must not repeat the nonces its parent goes on to use. */
static void test_nonces_fork(void **state)
{
    struct ctx *c = *state;
    enum { N = 40 };
    mm_seal s;
    assert_int_equal(mm_seal_begin(c->vp, &s), MM_OK);
    unsigned char v[2 * N * 24];
    seal_nonces(&s, v, 1); /* the parent's pool is in use before fork */
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        unsigned char mine[N * 24];
        close(fd[0]);
        seal_nonces(&s, mine, N);
        _exit(write(fd[1], mine, sizeof mine) == (ssize_t)sizeof mine ? 0 : 1);
    }
    close(fd[1]);
    seal_nonces(&s, v, N);
    size_t got = 0;
    while (got < N * 24) {
        ssize_t k = read(fd[0], v + N * 24 + got, N * 24 - got);
        assert_true(k > 0);
        got += (size_t)k;
    }
    close(fd[0]);
    int st = 0;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    assert_distinct(v, 2 * N);
    mm_seal_end(&s);
}

/* Values sealed across a pool refill all open, and a changed nonce fails. */
static void test_sealed_open(void **state)
{
    struct ctx *c = *state;
    mm_seal s;
    mm_unseal *u;
    mm_buf b = MM_BUF_INIT, out = MM_BUF_INIT;
    assert_int_equal(mm_seal_begin(c->vp, &s), MM_OK);
    assert_int_equal(mm_unseal_new(c->vs, &u), MM_OK);
    for (int i = 0; i < 70; i++) {
        char pt[16];
        int n = snprintf(pt, sizeof pt, "value %d", i);
        mm_buf_reset(&b);
        assert_int_equal(mm_seal_value(&s, "ad", 2, pt, (size_t)n, &b), MM_OK);
        assert_int_equal(mm_unseal_value(u, "ad", 2, b.data, b.len, &out), MM_OK);
        assert_int_equal(out.len, (size_t)n);
        assert_memory_equal(out.data, pt, (size_t)n);
        b.data[36 + i % 24] ^= 1;
        assert_int_equal(mm_unseal_value(u, "ad", 2, b.data, b.len, &out), MM_ECRYPTO);
    }
    mm_unseal_free(u);
    mm_seal_end(&s);
    mm_buf_free(&b);
    mm_buf_wipe(&out);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_nonces_distinct, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nonces_fork, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sealed_open, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
