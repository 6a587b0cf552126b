/*
 * bench_audit.c - audited records per second through the group-commit
 * writer (durable LMDB commits on this machine's disk) at 1, 8 and 32
 * concurrent writers, with append latency, and vault batch puts per second.
 * The store lives under MM_BUILD_DIR (else the current directory), on disk.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <ftw.h>

#include <sodium.h>

#include "audit.h"
#include "keys.h"
#include "store.h"
#include "token.h"
#include "vault.h"

static double RUN_SECONDS = 3.0;
#define MAX_LAT 2000000

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int rm_cb(const char *p, const struct stat *sb, int flag, struct FTW *f)
{
    (void)sb, (void)flag, (void)f;
    return remove(p);
}

struct shared {
    mm_audit_writer *w;
    const mm_hostkey *hk; /* set: each record also stores 3 new vault values */
    long counter;
    volatile int stop;
    double *lat;
    size_t nlat;
    pthread_mutex_t mu;
};

static void *writer(void *arg)
{
    struct shared *s = arg;
    /* A realistic per-message payload: ids, direction, category, PHI types and tokens. */
    char payload[512];
    int len = snprintf(payload, sizeof payload,
                       "{\"msgid\":\"<%lx.bench@example-hospital.org>\",\"direction\":\"outbound\","
                       "\"category\":\"billing\",\"priority\":\"normal\",\"policy\":7,"
                       "\"phi\":[{\"type\":\"ssn\",\"action\":\"tokenize\",\"token\":\"[[SSN:7Q2K9FXD4MHP]]\"},"
                       "{\"type\":\"phone\",\"action\":\"mask\"}],\"escalated\":null}",
                       (unsigned long)pthread_self());
    while (!s->stop) {
        double t0 = now();
        uint64_t seq;
        int rc;
        if (s->hk) {
            enum { PER_MSG = 3 };
            char norm[PER_MSG][32], tok[PER_MSG][MM_TOKEN_MAX];
            mm_vault_item it[PER_MSG];
            long base = __atomic_fetch_add(&s->counter, PER_MSG, __ATOMIC_RELAXED);
            for (int i = 0; i < PER_MSG; i++) {
                size_t tl;
                snprintf(norm[i], sizeof norm[i], "%09ld", base + i);
                if (mm_token_make(s->hk, MM_PHI_SSN, norm[i], 9, tok[i], &tl) != MM_OK)
                    exit(1);
                it[i] = (mm_vault_item){tok[i], tl, MM_PHI_SSN, norm[i], 9, norm[i], 9, 0};
            }
            rc = mm_audit_append_vault(s->w, s->hk, it, PER_MSG, payload, (size_t)len, &seq);
        } else {
            rc = mm_audit_append(s->w, payload, (size_t)len, &seq);
        }
        if (rc != MM_OK) {
            fprintf(stderr, "append failed\n");
            exit(1);
        }
        double dt = now() - t0;
        pthread_mutex_lock(&s->mu);
        if (s->nlat < MAX_LAT)
            s->lat[s->nlat++] = dt;
        pthread_mutex_unlock(&s->mu);
    }
    return NULL;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void bench_audit(mm_store *st, const mm_vault_pub *vp, const mm_hostkey *hk, int nthreads)
{
    static long counter = 1000000000L;
    struct shared s = {.lat = malloc(MAX_LAT * sizeof(double)), .hk = hk, .counter = counter};
    pthread_mutex_init(&s.mu, NULL);
    if (mm_audit_writer_start(st, vp, &s.w) != MM_OK)
        exit(1);
    pthread_t th[64];
    double t0 = now();
    for (int i = 0; i < nthreads; i++)
        pthread_create(&th[i], NULL, writer, &s);
    while (now() - t0 < RUN_SECONDS)
        usleep(10000);
    s.stop = 1;
    for (int i = 0; i < nthreads; i++)
        pthread_join(th[i], NULL);
    double el = now() - t0;
    uint64_t nb, nr;
    mm_audit_writer_stats(s.w, &nb, &nr);
    mm_audit_writer_stop(s.w);
    qsort(s.lat, s.nlat, sizeof(double), cmp_d);
    counter = s.counter;
    printf("%s: %2d writers", hk ? "audit+vault(3 values)" : "audit", nthreads);
    printf(": %8.0f records/s  (%zu records in %.2f s)  latency p50 %.2f ms  p99 %.2f ms  %.1f records/commit\n",
           (double)s.nlat / el, s.nlat, el, s.lat[s.nlat / 2] * 1e3, s.lat[s.nlat * 99 / 100] * 1e3, nb ? (double)nr / (double)nb : 0.0);
    free(s.lat);
    pthread_mutex_destroy(&s.mu);
}

static void bench_vault(mm_store *st, const mm_hostkey *hk, const mm_vault_pub *vp)
{
    /* Messages with 4 new values each (worst case: nothing stored yet). */
    enum { PER_MSG = 4 };
    double t0 = now();
    long msgs = 0;
    while (now() - t0 < RUN_SECONDS) {
        char norm[PER_MSG][32], tok[PER_MSG][MM_TOKEN_MAX];
        mm_vault_item it[PER_MSG];
        for (int i = 0; i < PER_MSG; i++) {
            size_t tl;
            snprintf(norm[i], sizeof norm[i], "%09ld", msgs * PER_MSG + i);
            if (mm_token_make(hk, MM_PHI_SSN, norm[i], 9, tok[i], &tl) != MM_OK)
                exit(1);
            it[i] = (mm_vault_item){tok[i], tl, MM_PHI_SSN, norm[i], 9, norm[i], 9, 0};
        }
        if (mm_vault_put_batch(st, hk, vp, it, PER_MSG) != MM_OK)
            exit(1);
        msgs++;
    }
    double el = now() - t0;
    printf("vault: %8.0f puts/s (%.0f messages/s of %d new values, one durable commit each)\n",
           (double)msgs * PER_MSG / el, (double)msgs / el, PER_MSG);
}

int main(void)
{
    if (sodium_init() < 0)
        return 1;
    setenv("MM_TEST_FAST_KDF", "1", 1);
    if (getenv("MM_BENCH_SECONDS"))
        RUN_SECONDS = atof(getenv("MM_BENCH_SECONDS"));
    const char *base = getenv("MM_BUILD_DIR");
    char kdir[4096], ddir[4096];
    snprintf(kdir, sizeof kdir, "%s/bench-audit-keys", base ? base : ".");
    snprintf(ddir, sizeof ddir, "%s/bench-audit-data", base ? base : ".");
    nftw(kdir, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
    nftw(ddir, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
    mm_hostkey *hk;
    mm_vault_pub *vp;
    mm_store *st;
    char p[4200];
    if (mm_keygen(kdir, "bench passphrase", 16, 0) != MM_OK)
        return 1;
    snprintf(p, sizeof p, "%s/host.key", kdir);
    if (mm_hostkey_load(p, &hk) != MM_OK)
        return 1;
    snprintf(p, sizeof p, "%s/vault.pub", kdir);
    if (mm_vault_pub_load(p, &vp) != MM_OK || mm_store_open(ddir, 0, 0, &st) != MM_OK)
        return 1;
    printf("bench_audit: store %s (durable commits)\n", ddir);
    int counts[] = {1, 8, 32};
    for (size_t i = 0; i < 3; i++)
        bench_audit(st, vp, NULL, counts[i]);
    for (size_t i = 0; i < 3; i++)
        bench_audit(st, vp, hk, counts[i]);
    bench_vault(st, hk, vp);
    uint64_t n, bad;
    mm_buf reason = MM_BUF_INIT;
    double t0 = now();
    int rc = mm_audit_verify(st, &n, &bad, &reason);
    printf("verify: %" PRIu64 " records in %.2f s: %s\n", n, now() - t0, rc == MM_OK ? "intact" : reason.data);
    mm_buf_free(&reason);
    mm_store_close(st);
    mm_hostkey_free(hk);
    mm_vault_pub_free(vp);
    nftw(kdir, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
    nftw(ddir, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
    return rc == MM_OK ? 0 : 1;
}
