/*
 * fuzz_pipeline.c - the whole pipeline over arbitrary message bytes (MIME,
 * detection, classification, rewrite, vault, audit) under the strict
 * policy: a defined result or error, never a crash; a rewritten message
 * still renders.
 */
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

static mm_pipeline *pl;
static mm_worker *wk;

static void fuzz_init(void)
{
    if (sodium_init() < 0)
        abort();
    mm_log_set(NULL, -1);
    setenv("MM_TEST_FAST_KDF", "1", 1);
    static char dir[] = "/tmp/fuzz_pipeline.XXXXXX";
    if (mkdtemp(dir) == NULL || mm_keygen(dir, "", 0, 0) != MM_OK)
        abort();
    mm_config cfg;
    if (mm_config_defaults(&cfg) != MM_OK)
        abort();
    char path[4096], pol[4096];
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    free(cfg.data_dir), cfg.data_dir = strdup(dir);
    snprintf(path, sizeof path, "%s/host.key", dir);
    free(cfg.key_file), cfg.key_file = strdup(path);
    snprintf(path, sizeof path, "%s/vault.pub", dir);
    free(cfg.vault_pub), cfg.vault_pub = strdup(path);
    snprintf(pol, sizeof pol, "%s/policies/strict.json", src);
    free(cfg.policy), cfg.policy = strdup(pol);
    cfg.store_flags = MM_STORE_BATCH;
    cfg.max_scan_size = 1 << 20;
    mm_buf err = MM_BUF_INIT;
    if (mm_pipeline_open(&cfg, &pl, &err) != MM_OK || mm_worker_new(pl, &wk) != MM_OK) {
        fprintf(stderr, "fuzz_pipeline: %s\n", err.data ? err.data : "open failed");
        abort();
    }
    mm_buf_free(&err);
    mm_config_free(&cfg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (pl == NULL)
        fuzz_init();
    const char *rcpts[] = {"contact@example-hospital.org", "someone@elsewhere.test"};
    mm_envelope env = {.client_ip = size & 1 ? "10.1.2.3" : "198.51.100.7",
                       .sender = "p@patients.example.net", .rcpts = rcpts,
                       .nrcpts = size & 2 ? 2 : 1};
    mm_result res;
    int rc = mm_pipeline_run(pl, wk, &env, (const char *)data, size, time(NULL), &res);
    if (rc != MM_OK)
        return 0;
    if (res.body_changed && res.body.len == 0 && size > 0)
        abort();
    mm_buf out = MM_BUF_INIT;
    if (mm_result_render((const char *)data, size, &res, &out) != MM_OK)
        abort();
    mm_buf_free(&out);
    mm_result_free(&res);
    return 0;
}
