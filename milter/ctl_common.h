/*
 * ctl_common.h - what several medmilterctl subcommands share: opening the
 * pipeline or the store from --config / --data-dir, a temporary store when
 * neither is given, reading files whole.
 */
#ifndef CTL_COMMON_H
#define CTL_COMMON_H

#include "config.h"
#include "mm.h"

/* Options naming where the data lives. */
struct ctl_where {
    const char *config;   /* --config FILE */
    const char *data_dir; /* --data-dir DIR */
    const char *key_dir;  /* --key-dir DIR: host.key / vault.pub / vault.sec (default data dir) */
    const char *policy;   /* --policy FILE */
};

/* Fill cfg from the options; with neither --config nor --data-dir, make a
 * temporary store (keys generated), say so on stderr, and remember to
 * remove it at exit. Returns a sysexits code. */
int ctl_config(const struct ctl_where *w, mm_config *cfg);

/* Read a whole file ("-" = stdin) into b. */
int ctl_read_file(const char *path, mm_buf *b) MM_WUR;

#endif
