/*
 * ctl_policy.c - `medmilterctl policy check FILE...`: parse and validate
 * policy files (and the lexicons they name) without touching any store.
 * Errors name file:line:column, the JSON path and what was expected.
 * load/show/history/rollback belong with the policy store.
 */
#include <stdio.h>
#include <string.h>

#include "ctl.h"
#include "mm.h"
#include "policy.h"

static void policy_usage(FILE *fp)
{
    fprintf(fp, "usage: medmilterctl policy check FILE...\n"
                "       medmilterctl policy load FILE [--force] (--config F | --data-dir D)\n"
                "       medmilterctl policy show [N] (--config F | --data-dir D)\n"
                "       medmilterctl policy history (--config F | --data-dir D)\n"
                "       medmilterctl policy rollback N (--config F | --data-dir D)\n\n"
                "  check     validate policy files and their lexicons; exit 0 when all are\n"
                "            valid, %d (EX_DATAERR) with one message per error otherwise\n"
                "  load      validate and store as a new version (active at the next message)\n"
                "  show      print a stored version (default: the newest)\n"
                "  history   list stored versions\n"
                "  rollback  store version N again as the newest\n"
                "'medmilterctl policy SUBCOMMAND --help' describes each.\n",
                EX_DATAERR);
}

static int policy_check(int argc, char **argv)
{
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        policy_usage(stdout);
        return EX_OK;
    }
    if (argc < 2) {
        policy_usage(stderr);
        return EX_USAGE;
    }
    int status = EX_OK;
    for (int i = 1; i < argc; i++) {
        mm_buf err = MM_BUF_INIT;
        mm_policy *p = NULL;
        int rc = mm_policy_load_file(argv[i], &p, &err);
        if (rc == MM_OK) {
            printf("%s: ok (%s, %s)\n", argv[i], mm_policy_version_label(p),
                   mm_policy_enforce(p) ? "enforce" : "shadow");
            mm_policy_free(p);
        } else {
            if (err.len)
                fputs(err.data, stderr);
            else
                fprintf(stderr, "%s: %s\n", argv[i], mm_strerror(rc));
            if (rc == MM_EIO)
                status = status == EX_OK ? EX_NOINPUT : status;
            else if (rc == MM_ENOMEM)
                status = EX_OSERR;
            else
                status = EX_DATAERR;
        }
        mm_buf_free(&err);
    }
    return status;
}

int ctl_policy(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        policy_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EX_USAGE : EX_OK;
    }
    if (strcmp(argv[1], "check") == 0)
        return policy_check(argc - 1, argv + 1);
    if (strcmp(argv[1], "load") == 0)
        return ctl_policy_load(argc - 1, argv + 1);
    if (strcmp(argv[1], "show") == 0)
        return ctl_policy_show(argc - 1, argv + 1);
    if (strcmp(argv[1], "history") == 0)
        return ctl_policy_history(argc - 1, argv + 1);
    if (strcmp(argv[1], "rollback") == 0)
        return ctl_policy_rollback(argc - 1, argv + 1);
    fprintf(stderr, "medmilterctl policy: unknown subcommand '%s'\n", argv[1]);
    policy_usage(stderr);
    return EX_USAGE;
}
