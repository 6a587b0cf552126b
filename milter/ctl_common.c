/*
 * ctl_common.c - configuration and file helpers shared by medmilterctl
 * subcommands.
 */
#include "ctl_common.h"

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

static char ctl_tmpdir[PATH_MAX];

static int ctl_rm_cb(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    return remove(path);
}

static void ctl_tmp_cleanup(void)
{
    if (ctl_tmpdir[0])
        (void)nftw(ctl_tmpdir, ctl_rm_cb, 16, FTW_DEPTH | FTW_PHYS);
}

static int ctl_set(char **slot, const char *dir, const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    free(*slot);
    *slot = strdup(path);
    return *slot ? 0 : -1;
}

int ctl_config(const struct ctl_where *w, mm_config *cfg)
{
    if (mm_config_defaults(cfg) != MM_OK)
        return EX_OSERR;
    if (w->config) {
        mm_buf err = MM_BUF_INIT;
        int rc = mm_config_load(cfg, w->config, &err);
        if (rc != MM_OK) {
            fprintf(stderr, "medmilterctl: %s\n", err.data ? err.data : mm_strerror(rc));
            mm_buf_free(&err);
            mm_config_free(cfg);
            return EX_CONFIG;
        }
        mm_buf_free(&err);
    }
    const char *dir = w->data_dir;
    if (dir == NULL && w->config == NULL) {
        char tmpl[] = "/tmp/medmilterctl.XXXXXX";
        if (mkdtemp(tmpl) == NULL) {
            fprintf(stderr, "medmilterctl: cannot create a temporary store: %s\n",
                    strerror(errno));
            mm_config_free(cfg);
            return EX_CANTCREAT;
        }
        snprintf(ctl_tmpdir, sizeof ctl_tmpdir, "%s", tmpl);
        atexit(ctl_tmp_cleanup);
        fprintf(stderr, "medmilterctl: no --config or --data-dir: using a temporary store "
                        "in %s with generated keys (removed at exit)\n", tmpl);
        dir = tmpl;
        cfg->dev_defaults = 1; /* generate keys there */
    } else if (w->data_dir) {
        cfg->dev_defaults = 0;
    }
    if (dir) {
        const char *kd = w->key_dir ? w->key_dir : dir;
        free(cfg->data_dir);
        cfg->data_dir = strdup(dir);
        if (cfg->data_dir == NULL || ctl_set(&cfg->key_file, kd, "host.key") ||
            ctl_set(&cfg->vault_pub, kd, "vault.pub") || ctl_set(&cfg->vault_sec, kd, "vault.sec"))
            return EX_OSERR;
    }
    if (w->policy) {
        free(cfg->policy);
        cfg->policy = strdup(w->policy);
        cfg->policy_explicit = 1;
        if (access(w->policy, R_OK) != 0) {
            fprintf(stderr, "medmilterctl: --policy %s: %s\n", w->policy, strerror(errno));
            mm_config_free(cfg);
            return EX_NOINPUT;
        }
    }
    return EX_OK;
}

int ctl_read_file(const char *path, mm_buf *b)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (fp == NULL)
        return MM_EIO;
    char chunk[65536];
    size_t n;
    int rc = MM_OK;
    while (rc == MM_OK && (n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        rc = mm_buf_append(b, chunk, n);
    if (rc == MM_OK && ferror(fp))
        rc = MM_EIO;
    if (fp != stdin)
        fclose(fp);
    if (rc == MM_OK && b->data == NULL)
        rc = mm_buf_append(b, "", 0);
    return rc;
}
