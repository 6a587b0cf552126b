/*
 * ctl_policyver.c - `medmilterctl policy load|show|history|rollback`:
 * policy versions in the store (lib/policystore). `policy check` lives in
 * ctl_policy.c.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ctl.h"
#include "ctl_common.h"
#include "keys.h"
#include "policystore.h"
#include "store.h"

struct pv_ctx {
    mm_config cfg;
    mm_store *st;
    mm_hostkey *hk;
};

static void pv_usage(FILE *fp, const char *cmd)
{
    if (strcmp(cmd, "load") == 0)
        fprintf(fp, "usage: medmilterctl policy load FILE [--force] (--config F | --data-dir D [--key-dir K])\n"
                    "Validates FILE fully and stores it as a new version; the running milter uses it\n"
                    "from its next message.\n");
    else if (strcmp(cmd, "show") == 0)
        fprintf(fp, "usage: medmilterctl policy show [N] (--config F | --data-dir D [--key-dir K])\n"
                    "Prints version N (default: the newest) as stored.\n");
    else if (strcmp(cmd, "history") == 0)
        fprintf(fp, "usage: medmilterctl policy history (--config F | --data-dir D [--key-dir K])\n");
    else
        fprintf(fp, "usage: medmilterctl policy rollback N (--config F | --data-dir D [--key-dir K])\n"
                    "Stores version N again as the newest version.\n");
}

/* Parse the shared options; leaves positional arguments from optind. */
static int pv_open(int argc, char **argv, struct pv_ctx *c, int *force)
{
    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'}, {"data-dir", required_argument, NULL, 'd'},
        {"key-dir", required_argument, NULL, 'k'}, {"force", no_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    struct ctl_where w = {0};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 'c': w.config = optarg; break;
        case 'd': w.data_dir = optarg; break;
        case 'k': w.key_dir = optarg; break;
        case 'F':
            if (force == NULL)
                goto usage;
            *force = 1;
            break;
        case 'h': pv_usage(stdout, argv[0]); return -1;
        default: goto usage;
        }
    }
    if (w.config == NULL && w.data_dir == NULL) {
        fprintf(stderr, "medmilterctl: policy %s: give --config FILE or --data-dir DIR\n",
                argv[0]);
        goto usage;
    }
    int ex = ctl_config(&w, &c->cfg);
    if (ex != EX_OK)
        return ex;
    int rc = mm_hostkey_load(c->cfg.key_file, &c->hk);
    if (rc != MM_OK) {
        fprintf(stderr, "medmilterctl: policy %s: host key %s: %s\n", argv[0], c->cfg.key_file,
                mm_strerror(rc));
        mm_config_free(&c->cfg);
        return EX_CONFIG;
    }
    rc = mm_store_open(c->cfg.data_dir, c->cfg.map_size, 0, &c->st);
    if (rc != MM_OK) {
        fprintf(stderr, "medmilterctl: policy %s: store %s: %s\n", argv[0], c->cfg.data_dir,
                mm_strerror(rc));
        mm_hostkey_free(c->hk);
        mm_config_free(&c->cfg);
        return EX_UNAVAILABLE;
    }
    return EX_OK;
usage:
    pv_usage(stderr, argv[0]);
    return EX_USAGE;
}

static void pv_close(struct pv_ctx *c)
{
    mm_store_close(c->st);
    mm_hostkey_free(c->hk);
    mm_config_free(&c->cfg);
}

static int pv_number(const char *s, uint64_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v == 0)
        return -1;
    *out = v;
    return 0;
}

int ctl_policy_load(int argc, char **argv)
{
    struct pv_ctx c = {0};
    int force = 0;
    int ex = pv_open(argc, argv, &c, &force);
    if (ex != EX_OK)
        return ex < 0 ? EX_OK : ex;
    if (optind + 1 != argc) {
        fprintf(stderr, "medmilterctl: policy load: give exactly one policy file\n");
        pv_close(&c);
        return EX_USAGE;
    }
    uint64_t v = 0;
    mm_buf err = MM_BUF_INIT;
    int rc = mm_policystore_load_file(c.st, c.hk, argv[optind], force, &v, &err);
    if (rc == MM_EEXIST) {
        printf("policy %s is already the newest version (%llu); --force stores it again\n",
               argv[optind], (unsigned long long)v);
        ex = EX_OK;
    } else if (rc != MM_OK) {
        fprintf(stderr, "%s", err.data ? err.data : "");
        if (err.len == 0 || err.data[err.len - 1] != '\n')
            fprintf(stderr, "%smedmilterctl: policy load: %s\n", err.len ? "\n" : "",
                    mm_strerror(rc));
        ex = rc == MM_EPOLICY ? EX_DATAERR : rc == MM_EIO ? EX_NOINPUT : EX_SOFTWARE;
    } else {
        printf("policy %s stored as version %llu\n", argv[optind], (unsigned long long)v);
    }
    mm_buf_free(&err);
    pv_close(&c);
    return ex;
}

int ctl_policy_show(int argc, char **argv)
{
    struct pv_ctx c = {0};
    int ex = pv_open(argc, argv, &c, NULL);
    if (ex != EX_OK)
        return ex < 0 ? EX_OK : ex;
    uint64_t v = 0;
    if (optind < argc && pv_number(argv[optind], &v) != 0) {
        fprintf(stderr, "medmilterctl: policy show: '%s' is not a version number\n",
                argv[optind]);
        pv_close(&c);
        return EX_USAGE;
    }
    if (v == 0 && (mm_policystore_current(c.st, &v) != MM_OK || v == 0)) {
        fprintf(stderr, "medmilterctl: policy show: the store holds no policy\n");
        pv_close(&c);
        return EX_DATAERR;
    }
    mm_policystore_entry e;
    int rc = mm_policystore_get(c.st, c.hk, v, &e);
    if (rc != MM_OK) {
        fprintf(stderr, "medmilterctl: policy show: version %llu: %s\n", (unsigned long long)v,
                mm_strerror(rc));
        pv_close(&c);
        return rc == MM_ENOTFOUND ? EX_DATAERR : EX_SOFTWARE;
    }
    fwrite(e.source, 1, e.source_len, stdout);
    if (e.source_len && e.source[e.source_len - 1] != '\n')
        putchar('\n');
    mm_policystore_entry_free(&e);
    pv_close(&c);
    return EX_OK;
}

static int pv_print(void *arg, const mm_policystore_entry *e)
{
    uint64_t *cur = arg;
    char when[32];
    struct tm tm;
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&e->loaded_at, &tm));
    printf("%c %4llu  %s  %-28s %s  (%s)\n", e->version == *cur ? '*' : ' ',
           (unsigned long long)e->version, when, e->label, e->file, e->comment);
    return MM_OK;
}

int ctl_policy_history(int argc, char **argv)
{
    struct pv_ctx c = {0};
    int ex = pv_open(argc, argv, &c, NULL);
    if (ex != EX_OK)
        return ex < 0 ? EX_OK : ex;
    uint64_t cur = 0;
    int rc = mm_policystore_current(c.st, &cur);
    if (rc == MM_OK && cur == 0)
        printf("no policy stored yet\n");
    else if (rc == MM_OK)
        rc = mm_policystore_history(c.st, c.hk, pv_print, &cur);
    if (rc != MM_OK)
        fprintf(stderr, "medmilterctl: policy history: %s\n", mm_strerror(rc));
    pv_close(&c);
    return rc == MM_OK ? EX_OK : EX_SOFTWARE;
}

int ctl_policy_rollback(int argc, char **argv)
{
    struct pv_ctx c = {0};
    int ex = pv_open(argc, argv, &c, NULL);
    if (ex != EX_OK)
        return ex < 0 ? EX_OK : ex;
    uint64_t n;
    if (optind + 1 != argc || pv_number(argv[optind], &n) != 0) {
        fprintf(stderr, "medmilterctl: policy rollback: give one version number\n");
        pv_close(&c);
        return EX_USAGE;
    }
    uint64_t v;
    mm_buf err = MM_BUF_INIT;
    int rc = mm_policystore_rollback(c.st, c.hk, n, &v, &err);
    if (rc != MM_OK) {
        fprintf(stderr, "%smedmilterctl: policy rollback: %s\n", err.data ? err.data : "",
                mm_strerror(rc));
        ex = rc == MM_ENOTFOUND ? EX_DATAERR : EX_SOFTWARE;
    } else {
        printf("version %llu stored again as version %llu\n", (unsigned long long)n,
               (unsigned long long)v);
    }
    mm_buf_free(&err);
    pv_close(&c);
    return ex;
}
