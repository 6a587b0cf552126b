/*
 * ctl_trail.h - what `stats` and `audit report` share: their common
 * options (where the store and the vault secret key are, --since, the
 * passphrase source) and reading the audit trail into an mm_report.
 */
#ifndef CTL_TRAIL_H
#define CTL_TRAIL_H

#include <getopt.h>
#include <time.h>

#include "ctl_common.h"
#include "report.h"
#include "store.h"

#define CTL_TRAIL_OPTIONS                                                                                 \
    {"config", required_argument, NULL, 'C'}, {"data-dir", required_argument, NULL, 'D'},                 \
        {"key-dir", required_argument, NULL, 'K'}, {"since", required_argument, NULL, 's'},              \
        {"passphrase-file", required_argument, NULL, 'F'}, {"passphrase-env", required_argument, NULL, 'E'}

#define CTL_TRAIL_USAGE                                                                                   \
    "  --config FILE     medmilter.conf to take DataDir from\n"                                           \
    "  --data-dir DIR    the store (one of --config or --data-dir is required)\n"                         \
    "  --key-dir DIR     where vault.sec is (default: the data dir)\n"                                    \
    "  --since T         records from T on: Unix seconds, YYYY-MM-DD or\n"                                \
    "                    YYYY-MM-DDTHH:MM:SSZ (UTC)\n"                                                    \
    "  --passphrase-file FILE   vault passphrase from FILE (mode 0600)\n"                                 \
    "  --passphrase-env VAR     vault passphrase from environment variable VAR\n"                         \
    "                    (without either, it is asked on the terminal)\n"                                 \
    "Audit payloads are sealed to the vault public key: reading them needs the\n"                         \
    "vault secret key (KEYDIR/vault.sec) and its passphrase, as `audit export`.\n"

struct ctl_trail {
    const char *cmd; /* "stats", "audit report": for messages */
    struct ctl_where w;
    const char *pfile, *penv, *since_s;
    mm_report *rep;
    mm_report_info info;
    mm_buf chain_reason;
    int read_rc; /* of mm_audit_read: MM_OK, MM_ECORRUPT, MM_EKEY, MM_ECRYPTO */
};

/* Take option C (with optarg) if it is one of CTL_TRAIL_OPTIONS: 1 if so. */
int ctl_trail_option(struct ctl_trail *t, int c, const char *arg);
/* Check the options, verify the chain, decrypt and count the records into
 * t->rep. Returns a sysexits code (messages on stderr). */
int ctl_trail_read(struct ctl_trail *t);
/* After the output: warn about a broken chain or records that did not
 * decrypt, and give the exit code. */
int ctl_trail_finish(struct ctl_trail *t);
void ctl_trail_free(struct ctl_trail *t);

#endif
