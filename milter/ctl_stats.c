/*
 * ctl_stats.c - `medmilterctl stats`: counts per category, priority, PHI
 * type, action and escalation, and latency percentiles, from the audit
 * trail; as text, JSON or the Prometheus text format (for node_exporter's
 * textfile collector). Also the trail reading it shares with `audit
 * report` (ctl_trail.h).
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "auditread.h"
#include "ctl.h"
#include "ctl_trail.h"
#include "keys.h"

static void trail_log(int level, const char *msg)
{
    (void)level;
    fprintf(stderr, "medmilterctl: %s\n", msg);
}

int ctl_trail_option(struct ctl_trail *t, int c, const char *arg)
{
    switch (c) {
    case 'C': t->w.config = arg; return 1;
    case 'D': t->w.data_dir = arg; return 1;
    case 'K': t->w.key_dir = arg; return 1;
    case 's': t->since_s = arg; return 1;
    case 'F': t->pfile = arg; return 1;
    case 'E': t->penv = arg; return 1;
    default: return 0;
    }
}

static int first_record_cb(void *arg, uint64_t seq, int64_t time, size_t len)
{
    (void)seq, (void)time, (void)len;
    *(int *)arg = 1;
    return 1;
}

int ctl_trail_read(struct ctl_trail *t)
{
    if (!t->w.config && !t->w.data_dir) {
        fprintf(stderr, "medmilterctl %s: --config FILE or --data-dir DIR is required\n", t->cmd);
        return EX_USAGE;
    }
    if (t->pfile && t->penv) {
        fprintf(stderr, "medmilterctl %s: give one passphrase source\n", t->cmd);
        return EX_USAGE;
    }
    if (t->since_s && ctl_parse_since(t->since_s, &t->info.since) != 0) {
        fprintf(stderr, "medmilterctl %s: --since '%s' is not Unix seconds, YYYY-MM-DD or "
                        "YYYY-MM-DDTHH:MM:SSZ\n", t->cmd, t->since_s);
        return EX_USAGE;
    }
    mm_log_set(trail_log, MM_LOG_INFO);
    mm_config cfg;
    int ex = ctl_config(&t->w, &cfg);
    if (ex != EX_OK)
        return ex;
    char sec[PATH_MAX];
    const char *kdir = t->w.key_dir ? t->w.key_dir : cfg.data_dir;
    if ((size_t)snprintf(sec, sizeof sec, "%s/%s", kdir ? kdir : ".", MM_VAULT_SEC_FILE) >= sizeof sec) {
        fprintf(stderr, "medmilterctl %s: key directory path too long: %s\n", t->cmd, kdir);
        mm_config_free(&cfg);
        return EX_USAGE;
    }
    const char *ddir = t->w.data_dir ? t->w.data_dir : t->w.config;
    t->info.source = ddir;
    mm_store *st = NULL;
    int rc = cfg.data_dir ? mm_store_open(cfg.data_dir, 0, MM_STORE_RDONLY, &st) : MM_ECONFIG;
    if (rc != MM_OK) {
        fprintf(stderr, "medmilterctl %s: cannot open the store in %s: %s\n", t->cmd,
                cfg.data_dir ? cfg.data_dir : "(no DataDir in the configuration)", mm_strerror(rc));
        mm_config_free(&cfg);
        return ctl_exit(rc);
    }
    /* An empty trail is almost always the wrong --data-dir: say so before
     * asking for a passphrase. */
    int any = 0;
    rc = mm_audit_iter(st, 1, first_record_cb, &any);
    if (rc > 0)
        rc = MM_OK; /* stopped by first_record_cb */
    if (rc == MM_OK && !any) {
        fprintf(stderr, "medmilterctl %s: no audit records in the store %s (wrong --data-dir?)\n", t->cmd,
                cfg.data_dir);
        ex = EX_NOINPUT;
    } else if (rc != MM_OK) {
        fprintf(stderr, "medmilterctl %s: cannot read the audit trail in %s: %s\n", t->cmd, cfg.data_dir,
                mm_strerror(rc));
        ex = ctl_exit(rc);
    }
    mm_vault_sec *vs = NULL;
    if (ex == EX_OK)
        ex = ctl_vault_sec_load(sec, t->pfile, t->penv, &vs);
    if (ex == EX_OK) {
        uint64_t bad = 0;
        t->info.chain_status =
            mm_audit_verify(st, &t->info.chain_records, &bad, &t->chain_reason);
        t->info.chain_first_bad = bad;
        t->info.chain_reason = t->chain_reason.data;
        ex = ctl_exit(mm_report_new(&t->rep));
    }
    if (ex == EX_OK) {
        rc = mm_audit_read(st, vs, t->info.since, mm_report_audit_cb, t->rep);
        if (rc == MM_OK || rc == MM_ECORRUPT || rc == MM_EKEY || rc == MM_ECRYPTO) {
            t->read_rc = rc;
        } else {
            fprintf(stderr, "medmilterctl %s: cannot read the audit trail in %s: %s\n", t->cmd, cfg.data_dir,
                    mm_strerror(rc));
            ex = ctl_exit(rc);
        }
    }
    t->info.now = time(NULL);
    mm_vault_sec_free(vs);
    mm_store_close(st);
    mm_config_free(&cfg);
    return ex;
}

int ctl_trail_finish(struct ctl_trail *t)
{
    if (t->info.chain_status == MM_ECORRUPT || t->read_rc == MM_ECORRUPT) {
        fprintf(stderr, "medmilterctl %s: the audit chain in %s is BROKEN (record %" PRIu64
                        "): run 'medmilterctl audit verify'\n", t->cmd, t->info.source, t->info.chain_first_bad);
        return EX_DATAERR;
    }
    if (t->info.chain_status != MM_OK) {
        fprintf(stderr, "medmilterctl %s: the audit chain in %s could not be verified: %s\n", t->cmd,
                t->info.source, mm_strerror(t->info.chain_status));
        return ctl_exit(t->info.chain_status);
    }
    if (t->read_rc != MM_OK) {
        fprintf(stderr, "medmilterctl %s: some audit records did not decrypt with the vault secret key "
                        "given (sealed to another key, or damaged): they are not counted\n", t->cmd);
        return EX_DATAERR;
    }
    return EX_OK;
}

void ctl_trail_free(struct ctl_trail *t)
{
    mm_report_free(t->rep);
    t->rep = NULL;
    mm_buf_free(&t->chain_reason);
}

static const char stats_usage[] =
    "usage: medmilterctl stats [--since T] [--json | --prometheus]\n"
    "                          (--config FILE | --data-dir DIR) [--key-dir DIR]\n"
    "                          [--passphrase-file FILE | --passphrase-env VAR]\n"
    "\n"
    "Counts per category, priority, direction, mode, PHI type and action, and\n"
    "escalation, and the pipeline's time per message (p50/p90/p99, nearest\n"
    "rank), from the audit trail. Text by default; --json one JSON object;\n"
    "--prometheus the Prometheus text format, for node_exporter's textfile\n"
    "collector (write to a temporary file and rename it into the directory).\n"
    CTL_TRAIL_USAGE;

int ctl_stats(int argc, char **argv)
{
    static const struct option opts[] = {
        CTL_TRAIL_OPTIONS, {"json", no_argument, NULL, 'j'}, {"prometheus", no_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    struct ctl_trail t = {.cmd = "stats", .chain_reason = MM_BUF_INIT};
    int c, json = 0, prom = 0;
    optind = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (ctl_trail_option(&t, c, optarg))
            continue;
        switch (c) {
        case 'j': json = 1; break;
        case 'p': prom = 1; break;
        case 'h': fputs(stats_usage, stdout); return EX_OK;
        default: fputs(stats_usage, stderr); return EX_USAGE;
        }
    }
    if (optind != argc || (json && prom)) {
        fprintf(stderr, "medmilterctl stats: %s\n%s",
                optind != argc ? "unexpected argument" : "give one of --json and --prometheus", stats_usage);
        return EX_USAGE;
    }
    int ex = ctl_trail_read(&t);
    if (ex == EX_OK) {
        int rc;
        if (json) {
            json_t *o = NULL;
            rc = mm_report_json(t.rep, &o);
            if (rc == MM_OK && (json_dumpf(o, stdout, JSON_INDENT(2) | JSON_SORT_KEYS) != 0 ||
                                putchar('\n') == EOF))
                rc = MM_EIO;
            json_decref(o);
        } else if (prom) {
            rc = mm_report_prometheus(t.rep, stdout);
        } else {
            rc = mm_report_text(t.rep, &t.info, stdout);
        }
        if (rc == MM_OK && fflush(stdout) != 0)
            rc = MM_EIO;
        if (rc != MM_OK) {
            fprintf(stderr, "medmilterctl stats: cannot write the output: %s\n", mm_strerror(rc));
            ex = ctl_exit(rc);
        } else {
            ex = ctl_trail_finish(&t);
        }
    }
    ctl_trail_free(&t);
    return ex;
}
