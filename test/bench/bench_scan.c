/*
 * bench_scan.c - the whole pipeline as `medmilterctl scan` runs it, in one
 * process: 10,000 messages of about 2 KB (synthetic hospital mail with the
 * headers real mail carries — Received, DKIM-Signature — fresh valid identifiers, plus the MIME sample corpus: base64, QP,
 * alternative, attachments), policies/strict.json (every identifier
 * tokenized, vault and audit written), prints messages/s and per-message
 * latency percentiles. Store durability batched as in scan.
 *
 *   bench_scan [N] [policy.json]
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "config.h"
#include "keys.h"
#include "pipeline.h"
#include "store.h"

static const char *paras_en[] = {
    "Hello, I would like to reschedule my appointment with the cardiology clinic next week "
    "because I will be travelling. Any morning slot on Thursday or Friday works for me.",
    "Could you please renew my prescription for metformin and send it to the pharmacy on "
    "Main Street? I have only three days of tablets left.",
    "I received an invoice for my last visit but my insurance should have covered it. Can you "
    "check the payment and issue a refund if it was charged twice?",
    "I was discharged last week after my knee surgery. When should I come back to have the "
    "stitches removed, and are my blood test results available yet?",
    "Thank you for the newsletter about flu season. Please remove my old address from your "
    "mailing list and use this one instead.",
    "My mother has had crushing chest pain for an hour and she is sweating and short of breath.",
};
static const char *paras_fr[] = {
    "Bonjour, je souhaiterais déplacer mon rendez-vous de mardi prochain avec le docteur "
    "Martin, je ne serai pas disponible le matin.",
    "Pourriez-vous renouveler mon ordonnance de lévothyroxine ? Ma pharmacie a besoin de "
    "l'original avant vendredi.",
    "J'ai reçu une facture pour ma consultation mais ma mutuelle devait la prendre en charge. "
    "Pouvez-vous vérifier le remboursement ?",
    "Je suis sortie de l'hôpital jeudi, quand dois-je revenir pour retirer les fils et avoir "
    "les résultats de la prise de sang ?",
    "Merci pour votre lettre d'information sur la vaccination, très utile pour toute la famille.",
};

/* A fixed seed: every run scans the same messages, so instruction counts
 * (callgrind) compare exactly between builds. */
static unsigned rnd(unsigned n)
{
    static uint32_t pool[4096];
    static size_t next = sizeof pool / sizeof pool[0];
    static uint64_t block;
    if (next == sizeof pool / sizeof pool[0]) {
        unsigned char seed[randombytes_SEEDBYTES] = {0};
        memcpy(seed, &block, sizeof block);
        block++;
        randombytes_buf_deterministic(pool, sizeof pool, seed);
        next = 0;
    }
    return pool[next++] % n;
}

static void gen_ssn(char *out)
{
    unsigned area;
    do
        area = 1 + rnd(899);
    while (area == 666);
    sprintf(out, "%03u-%02u-%04u", area, 1 + rnd(99), 1 + rnd(9999));
}

static void gen_phone(char *out)
{
    sprintf(out, "(%u%02u) %u%02u-%04u", 2 + rnd(8), rnd(100), 2 + rnd(8), rnd(100), rnd(10000));
}

static void gen_nir(char *out)
{
    /* sex(1) year(2) month(2) department(2) commune(3) order(3), key = 97 - (n mod 97) */
    unsigned long long n13 = (1 + rnd(2)) * 1000000000000ULL + (30 + rnd(70)) * 10000000000ULL +
                             (1 + rnd(12)) * 100000000ULL + (1 + rnd(95)) * 1000000ULL +
                             (1 + rnd(999)) * 1000ULL + (1 + rnd(999));
    sprintf(out, "%llu%02u", n13, 97 - (unsigned)(n13 % 97));
}

static void gen_message(char *buf, size_t size, unsigned i)
{
    char ssn[16], phone[20], nir[20];
    gen_ssn(ssn);
    gen_phone(phone);
    gen_nir(nir);
    int fr = i % 3 == 0;
    size_t off = (size_t)snprintf(
        buf, size,
        /* Headers as real mail carries them: the milter sees them all. */
        "Received: from mx2.patients.example.net (mx2.patients.example.net [198.51.100.7])\r\n"
        "\tby mx.example-hospital.org (Postfix) with ESMTPS id 4XbQ1m0Zz1z\r\n"
        "\tfor <contact@example-hospital.org>; Sun, 29 Nov 2026 09:00:01 +0000 (UTC)\r\n"
        "Received: from [192.168.1.23] (unknown [203.0.113.50])\r\n"
        "\tby mx2.patients.example.net (Postfix) with ESMTPSA id 9F2A81E0042\r\n"
        "\tSun, 29 Nov 2026 09:00:00 +0000 (UTC)\r\n"
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=patients.example.net;\r\n"
        "\ts=mail; t=1795942800; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n"
        "\th=From:To:Subject:Date:Message-ID;\r\n"
        "\tb=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgaXMgYXMgbG9uZyBhcyBvbmUgYW5k\r\n"
        "\t ZXhlcmNpc2VzIHRoZSBoZWFkZXIgcGFyc2VyIHRoZSBzYW1lIHdheSBhIHJlYWwgb25lIHdvdWxk\r\n"
        "\t IGRvIG9uIGV2ZXJ5IG1lc3NhZ2UgdGhhdCBhcnJpdmVzIGZyb20gdGhlIEludGVybmV0IHRvZGF5\r\n"
        "X-Mailer: Apple Mail (2.3774.300.61.1.2)\r\n"
        "From: patient%u@patients.example.net\r\nTo: %s@example-hospital.org\r\n"
        "Subject: %s %u\r\nDate: Sun, 29 Nov 2026 09:00:00 +0000\r\n"
        "Message-ID: <bench-%u@patients.example.net>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
        i, fr ? "accueil" : "contact", fr ? "Demande" : "Request", i, i);
    for (int k = 0; k < 6 && off < size; k++) {
        const char *p = fr ? paras_fr[rnd(5)] : paras_en[rnd(i % 17 == 0 ? 6 : 5)];
        off += (size_t)snprintf(buf + off, size - off, "%s\r\n\r\n", p);
    }
    if (off < size)
        off += (size_t)snprintf(buf + off, size - off,
                                fr ? "Mon numéro de sécurité sociale est %s, téléphone %s.\r\n"
                                     "Cordialement.\r\n"
                                   : "My SSN is %s and my phone is %s.\r\nBest regards.\r\n",
                                fr ? nir : ssn, phone);
    for (int k = 0; k < 4 && off < size; k++)
        off += (size_t)snprintf(buf + off, size - off, "%s\r\n",
                                "--\r\nThis message may contain confidential information.");
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double cpu_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int load_samples(const char *dir, mm_buf **out, size_t *n)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return -1;
    struct dirent *e;
    size_t cap = 64;
    *out = calloc(cap, sizeof **out);
    *n = 0;
    while ((e = readdir(d)) != NULL && *n < cap) {
        if (strstr(e->d_name, ".eml") == NULL)
            continue;
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *fp = fopen(path, "rb");
        if (fp == NULL)
            continue;
        char chunk[8192];
        size_t k;
        mm_buf *b = &(*out)[*n];
        memset(b, 0, sizeof *b);
        while ((k = fread(chunk, 1, sizeof chunk, fp)) > 0)
            if (mm_buf_append(b, chunk, k) != MM_OK)
                break;
        fclose(fp);
        (*n)++;
    }
    closedir(d);
    return 0;
}

int main(int argc, char **argv)
{
    unsigned n = argc > 1 ? (unsigned)atoi(argv[1]) : 10000;
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    char policy[4096], samples_dir[4096];
    snprintf(policy, sizeof policy, "%s/policies/strict.json", src);
    if (argc > 2)
        snprintf(policy, sizeof policy, "%s", argv[2]);
    snprintf(samples_dir, sizeof samples_dir, "%s/test/corpus/mime/sample", src);
    if (sodium_init() < 0)
        return 1;
    mm_log_set(NULL, MM_LOG_WARNING);

    char dir[] = "/tmp/bench_scan.XXXXXX";
    if (mkdtemp(dir) == NULL)
        return 1;
    mm_config cfg;
    if (mm_config_defaults(&cfg) != MM_OK)
        return 1;
    char path[4200];
    free(cfg.data_dir), cfg.data_dir = strdup(dir);
    snprintf(path, sizeof path, "%s/host.key", dir);
    free(cfg.key_file), cfg.key_file = strdup(path);
    snprintf(path, sizeof path, "%s/vault.pub", dir);
    free(cfg.vault_pub), cfg.vault_pub = strdup(path);
    free(cfg.policy), cfg.policy = strdup(policy);
    cfg.store_flags = MM_STORE_BATCH;
    cfg.map_size = (size_t)1 << 30;
    if (mm_keygen(dir, "", 0, 0) != MM_OK) {
        fprintf(stderr, "bench_scan: keygen failed\n");
        return 1;
    }
    mm_buf err = MM_BUF_INIT;
    mm_pipeline *p;
    mm_worker *w;
    if (mm_pipeline_open(&cfg, &p, &err) != MM_OK || mm_worker_new(p, &w) != MM_OK) {
        fprintf(stderr, "bench_scan: %s\n", err.data ? err.data : "cannot open pipeline");
        return 1;
    }
    mm_buf *samples = NULL;
    size_t nsamples = 0;
    load_samples(samples_dir, &samples, &nsamples);

    /* Prepare all inputs first: only the pipeline is timed. */
    mm_buf *msgs = calloc(n, sizeof *msgs);
    size_t bytes = 0;
    char *gen = malloc(8192);
    for (unsigned i = 0; i < n; i++) {
        if (nsamples && i % 4 == 3) {
            const mm_buf *s = &samples[(i / 4) % nsamples];
            if (mm_buf_append(&msgs[i], s->data, s->len) != MM_OK)
                return 1;
        } else {
            gen_message(gen, 8192, i);
            if (mm_buf_append(&msgs[i], gen, strlen(gen)) != MM_OK)
                return 1;
        }
        bytes += msgs[i].len;
    }
    free(gen);

    const char *rcpt[] = {"contact@example-hospital.org"};
    mm_envelope env = {.client_ip = "198.51.100.7", .sender = "patient@patients.example.net",
                       .rcpts = rcpt, .nrcpts = 1};
    double *lat = calloc(n, sizeof *lat);
    unsigned phi = 0, changed = 0, urgent = 0;
    double t0 = now_s(), c0 = cpu_s();
    for (unsigned i = 0; i < n; i++) {
        double a = now_s();
        mm_result res;
        if (mm_pipeline_run(p, w, &env, msgs[i].data, msgs[i].len, time(NULL), &res) != MM_OK) {
            fprintf(stderr, "bench_scan: message %u failed\n", i);
            return 1;
        }
        lat[i] = (now_s() - a) * 1e3;
        phi += (unsigned)res.nphi;
        changed += res.changed != 0;
        urgent += res.urgent != 0;
        mm_result_free(&res);
    }
    double total = now_s() - t0, cpu = cpu_s() - c0;
    mm_worker_free(w);
    double tc = now_s();
    mm_pipeline_close(p); /* final sync */
    double close_s = now_s() - tc;
    qsort(lat, n, sizeof *lat, cmp_double);
    printf("bench_scan: %u messages, %.1f KB average, policy %s\n", n,
           (double)bytes / n / 1024.0, policy);
    printf("  throughput   %.0f messages/s (one thread), %.1f MB/s\n", n / total,
           (double)bytes / total / 1e6);
    printf("  cpu          %.1f us per message (all threads) = %.0f messages/s per core\n",
           cpu / n * 1e6, n / cpu);
    printf("  latency      p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms\n", lat[n / 2],
           lat[n * 9 / 10], lat[n * 99 / 100], lat[n - 1]);
    printf("  found        %u identifiers, %u messages changed, %u urgent\n", phi, changed,
           urgent);
    printf("  final sync   %.1f ms\n", close_s * 1e3);
    for (unsigned i = 0; i < n; i++)
        mm_buf_free(&msgs[i]);
    free(msgs);
    free(lat);
    for (size_t i = 0; i < nsamples; i++)
        mm_buf_free(&samples[i]);
    free(samples);
    mm_config_free(&cfg);
    char cmd[4300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "bench_scan: could not remove %s\n", dir);
    return 0;
}
