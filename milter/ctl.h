/*
 * ctl.h - medmilterctl subcommands. Each subcommand is a function taking
 * its own argv (argv[0] is the subcommand name) and returning a sysexits.h
 * code. Errors go to stderr and name the file, key or argument at fault.
 */
#ifndef CTL_H
#define CTL_H

#include <sysexits.h>
#include <time.h>

#include "keys.h"

typedef int (*ctl_cmd_fn)(int argc, char **argv);

struct ctl_cmd {
    const char *name;
    ctl_cmd_fn fn;
    const char *summary;
};

/* Subcommands, one per ctl_*.c file. */
int ctl_version(int argc, char **argv);
int ctl_scan(int argc, char **argv);
int ctl_policy_load(int argc, char **argv);
int ctl_policy_show(int argc, char **argv);
int ctl_policy_history(int argc, char **argv);
int ctl_policy_rollback(int argc, char **argv);
int ctl_keygen(int argc, char **argv);  /* ctl_store.c */
int ctl_reveal(int argc, char **argv);  /* ctl_store.c */
int ctl_audit(int argc, char **argv);   /* ctl_store.c */
int ctl_policy(int argc, char **argv); /* ctl_policy.c: policy check */
int ctl_stats(int argc, char **argv);  /* ctl_stats.c */
int ctl_audit_report(int argc, char **argv); /* ctl_report.c: `audit report` */

/* Helpers of ctl_store.c shared with ctl_stats.c and ctl_report.c. */
int ctl_exit(int mm_status); /* library status -> sysexits code */
/* The vault secret key at PATH, with the passphrase from --passphrase-file
 * PFILE, --passphrase-env PENV or the terminal. Returns a sysexits code. */
int ctl_vault_sec_load(const char *path, const char *pfile, const char *penv, mm_vault_sec **vs);
/* --since: Unix seconds, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC); -1 if bad. */
int ctl_parse_since(const char *s, time_t *out);

#endif
