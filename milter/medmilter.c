/*
 * medmilter.c - the medmilter daemon: command line, start-up and libmilter
 * main loop. This first version only proves the Postfix harness: it tags
 * each message with X-MedMilter-Scan. The pipeline arrives with the daemon
 * issue.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libmilter/mfapi.h>
#include <sodium.h>

#include "mm.h"

static sfsistat mlfi_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
                               unsigned long f3, unsigned long *pf0, unsigned long *pf1,
                               unsigned long *pf2, unsigned long *pf3)
{
    (void)ctx, (void)f0, (void)f2, (void)f3;
    *pf0 = SMFIF_ADDHDRS;
    *pf1 = f1 & SMFIP_HDR_LEADSPC;
    *pf2 = *pf3 = 0;
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_eom(SMFICTX *ctx)
{
    if (smfi_addheader(ctx, "X-MedMilter-Scan", "ok") != MI_SUCCESS)
        return SMFIS_TEMPFAIL;
    return SMFIS_CONTINUE;
}

int main(int argc, char **argv)
{
    const char *sock = "unix:./var/medmilter/medmilter.sock";
    int opt;
    while ((opt = getopt(argc, argv, "fp:")) != -1) {
        switch (opt) {
        case 'f': break;
        case 'p': sock = optarg; break;
        default:
            fprintf(stderr, "usage: medmilter [-f] [-p socket]\n");
            return 64;
        }
    }
    if (sodium_init() < 0) {
        fprintf(stderr, "medmilter: libsodium initialisation failed\n");
        return 70;
    }
    struct smfiDesc desc = {
        .xxfi_name = "medmilter",
        .xxfi_version = SMFI_VERSION,
        .xxfi_flags = SMFIF_ADDHDRS,
        .xxfi_eom = mlfi_eom,
        .xxfi_negotiate = mlfi_negotiate,
    };
    if (smfi_setconn((char *)sock) != MI_SUCCESS || smfi_register(desc) != MI_SUCCESS ||
        smfi_opensocket(1) != MI_SUCCESS) {
        fprintf(stderr, "medmilter: cannot open socket %s\n", sock);
        return 69;
    }
    return smfi_main() == MI_SUCCESS ? 0 : 70;
}
