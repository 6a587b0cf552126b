/*
 * ctl.h - medmilterctl subcommands. Each subcommand is a function taking
 * its own argv (argv[0] is the subcommand name) and returning a sysexits.h
 * code. Errors go to stderr and name the file, key or argument at fault.
 */
#ifndef CTL_H
#define CTL_H

#include <sysexits.h>

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

#endif
