/*
 * ctl_main.c - medmilterctl, the operator tool: dispatches to subcommands.
 */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "ctl.h"
#include "mm.h"

static const struct ctl_cmd ctl_cmds[] = {
    {"scan", ctl_scan, "run the milter's pipeline over .eml files, print JSON"},
    {"version", ctl_version, "print the version"},
    {"keygen", ctl_keygen, "create or rotate the host key and the vault key pair"},
    {"reveal", ctl_reveal, "turn tokens back into originals (vault secret key; audited)"},
    {"audit", ctl_audit, "audit verify|export|report: check, decrypt or summarise the trail"},
    {"stats", ctl_stats, "counts and latency from the audit trail (JSON, Prometheus)"},
    {"policy", ctl_policy, "policy check|load|show|history|rollback"},
};

#define CTL_NCMDS (sizeof ctl_cmds / sizeof ctl_cmds[0])

int ctl_version(int argc, char **argv)
{
    (void)argc, (void)argv;
    printf("medmilterctl %s\n", MM_VERSION);
    return EX_OK;
}

static void ctl_usage(FILE *fp)
{
    fprintf(fp, "usage: medmilterctl COMMAND [ARGS...]\n\ncommands:\n");
    for (size_t i = 0; i < CTL_NCMDS; i++)
        fprintf(fp, "  %-10s %s\n", ctl_cmds[i].name, ctl_cmds[i].summary);
    fprintf(fp, "\n'medmilterctl COMMAND --help' describes each command.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        ctl_usage(stderr);
        return EX_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        ctl_usage(stdout);
        return EX_OK;
    }
    if (sodium_init() < 0) {
        fprintf(stderr, "medmilterctl: libsodium initialisation failed\n");
        return EX_SOFTWARE;
    }
    for (size_t i = 0; i < CTL_NCMDS; i++)
        if (strcmp(argv[1], ctl_cmds[i].name) == 0)
            return ctl_cmds[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "medmilterctl: unknown command '%s'\n", argv[1]);
    ctl_usage(stderr);
    return EX_USAGE;
}
