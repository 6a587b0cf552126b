/*
 * config.h - medmilter.conf: "Key value" lines in the style of opendkim.conf.
 *
 * Keys are case-insensitive; '#' starts a comment; values run to the end of
 * the line (trailing blanks stripped). Unknown keys, bad values and
 * duplicates are errors naming file:line and the reason. A missing file is
 * an error only when the caller asks for that file explicitly.
 *
 * Threading: a mm_config is plain data, built once and then read-only.
 */
#ifndef MM_CONFIG_H
#define MM_CONFIG_H

#include <stddef.h>

#include "mm.h"

#define MM_CONFIG_DEFAULT_PATH "/etc/medmilter/medmilter.conf"

enum mm_on_action { MM_ON_TEMPFAIL = 0, MM_ON_ACCEPT, MM_ON_REJECT };
/* What to do with messages larger than MaxScanSize: scan the first
 * MaxScanSize bytes' headers only and pass the message (accept, the default:
 * never lose mail), or tempfail/reject it. */

typedef struct mm_config {
    char *path;          /* file read, or NULL for the embedded defaults */
    char *socket;        /* libmilter connection spec (local:/unix:/inet:/inet6:) */
    unsigned socket_mode; /* permissions of a unix socket */
    char *user;          /* UserID user[:group], or NULL */
    char *pid_file;
    char *data_dir;
    char *key_file;      /* host key */
    char *vault_pub;     /* vault public key */
    char *vault_sec;     /* generated vault secret (embedded defaults only) */
    char *policy;        /* policy JSON loaded at start when newer than the store's */
    int policy_explicit; /* load it even when older than the store's newest version */
    size_t max_scan_size;
    size_t map_size;
    enum mm_on_action on_error;
    enum mm_on_action on_oversize;
    int syslog_facility; /* LOG_MAIL etc.; -1 = log to stderr */
    int log_level;       /* MM_LOG_ERR .. MM_LOG_DEBUG */
    int log_json;        /* LogFormat json: per-message lines as JSON for the SIEM */
    int dev_defaults;    /* no config file: embedded development defaults */
    unsigned store_flags; /* MM_STORE_* for tools (scan batches durability) */
} mm_config;

/* Embedded defaults: DataDir ./var/medmilter, keys generated there, the
 * shipped default policy, socket unix:./var/medmilter/medmilter.sock. */
int mm_config_defaults(mm_config *cfg) MM_WUR;
/* Read FILE over the defaults; on error, err holds "file:line: reason". */
int mm_config_load(mm_config *cfg, const char *file, mm_buf *err) MM_WUR;
void mm_config_free(mm_config *cfg);
/* The shipped policy file (policies/NAME.json): source tree or install. */
const char *mm_config_shipped_policy(const char *name, char *buf, size_t size);
const char *mm_on_action_name(enum mm_on_action a);

#endif
