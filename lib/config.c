/*
 * config.c - parse medmilter.conf ("Key value" lines) into a mm_config.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <unistd.h>

#define MM_DEFAULT_DATADIR "./var/medmilter"

static int config_set(char **slot, const char *v)
{
    char *p = strdup(v);
    if (p == NULL)
        return MM_ENOMEM;
    free(*slot);
    *slot = p;
    return MM_OK;
}

const char *mm_on_action_name(enum mm_on_action a)
{
    switch (a) {
    case MM_ON_ACCEPT: return "accept";
    case MM_ON_REJECT: return "reject";
    default: return "tempfail";
    }
}

const char *mm_config_shipped_policy(const char *name, char *buf, size_t size)
{
    const char *dirs[] = {"./policies", MM_SOURCE_DIR "/policies", MM_DATADIR "/policies"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(buf, size, "%s/%s.json", dirs[i], name);
        if (access(buf, R_OK) == 0)
            return buf;
    }
    snprintf(buf, size, "%s/policies/%s.json", MM_DATADIR, name);
    return buf;
}

int mm_config_defaults(mm_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    char pol[PATH_MAX];
    cfg->socket_mode = 0660;
    cfg->max_scan_size = 25u << 20;
    cfg->map_size = 0;
    cfg->on_error = MM_ON_TEMPFAIL;
    cfg->on_oversize = MM_ON_ACCEPT;
    cfg->syslog_facility = -1;
    cfg->log_level = MM_LOG_INFO;
    cfg->dev_defaults = 1;
    if (config_set(&cfg->socket, "unix:" MM_DEFAULT_DATADIR "/medmilter.sock") ||
        config_set(&cfg->data_dir, MM_DEFAULT_DATADIR) ||
        config_set(&cfg->key_file, MM_DEFAULT_DATADIR "/host.key") ||
        config_set(&cfg->vault_pub, MM_DEFAULT_DATADIR "/vault.pub") ||
        config_set(&cfg->vault_sec, MM_DEFAULT_DATADIR "/vault.sec") ||
        config_set(&cfg->policy, mm_config_shipped_policy("default", pol, sizeof pol))) {
        mm_config_free(cfg);
        return MM_ENOMEM;
    }
    return MM_OK;
}

void mm_config_free(mm_config *cfg)
{
    free(cfg->path);
    free(cfg->socket);
    free(cfg->user);
    free(cfg->pid_file);
    free(cfg->data_dir);
    free(cfg->key_file);
    free(cfg->vault_pub);
    free(cfg->vault_sec);
    free(cfg->policy);
    memset(cfg, 0, sizeof *cfg);
}

/* Append a reason to err; the status is MM_ECONFIG whatever the append did. */
MM_PRINTF(2, 3) static int config_err(mm_buf *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (mm_buf_vappendf(err, fmt, ap) != MM_OK)
        mm_buf_reset(err);
    va_end(ap);
    return MM_ECONFIG;
}

/* Sizes: plain bytes or with a k/m/g suffix. */
static int config_size(const char *v, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (errno || end == v || *v == '-')
        return MM_EINVAL;
    unsigned long long mul = 1;
    switch (tolower((unsigned char)*end)) {
    case '\0': break;
    case 'k': mul = 1ull << 10; end++; break;
    case 'm': mul = 1ull << 20; end++; break;
    case 'g': mul = 1ull << 30; end++; break;
    default: return MM_EINVAL;
    }
    if (*end != '\0' || n == 0 || n > SIZE_MAX / mul)
        return MM_EINVAL;
    *out = (size_t)(n * mul);
    return MM_OK;
}

static int config_action(const char *v, enum mm_on_action *out)
{
    if (strcasecmp(v, "tempfail") == 0)
        *out = MM_ON_TEMPFAIL;
    else if (strcasecmp(v, "accept") == 0)
        *out = MM_ON_ACCEPT;
    else if (strcasecmp(v, "reject") == 0)
        *out = MM_ON_REJECT;
    else
        return MM_EINVAL;
    return MM_OK;
}

static const struct {
    const char *name;
    int value;
} facilities[] = {
    {"mail", LOG_MAIL},     {"daemon", LOG_DAEMON}, {"user", LOG_USER},     {"local0", LOG_LOCAL0},
    {"local1", LOG_LOCAL1}, {"local2", LOG_LOCAL2}, {"local3", LOG_LOCAL3}, {"local4", LOG_LOCAL4},
    {"local5", LOG_LOCAL5}, {"local6", LOG_LOCAL6}, {"local7", LOG_LOCAL7},
};

static const struct {
    const char *name;
    int value;
} levels[] = {
    {"error", MM_LOG_ERR}, {"warning", MM_LOG_WARNING}, {"notice", MM_LOG_NOTICE},
    {"info", MM_LOG_INFO}, {"debug", MM_LOG_DEBUG},
};

static int config_socket_ok(const char *v)
{
    if (strncmp(v, "unix:", 5) == 0 || strncmp(v, "local:", 6) == 0)
        return strchr(v, ':')[1] != '\0';
    if (strncmp(v, "inet:", 5) == 0 || strncmp(v, "inet6:", 6) == 0) {
        const char *p = strchr(v, ':') + 1;
        char *end;
        long port = strtol(p, &end, 10);
        return end != p && port > 0 && port < 65536 && (*end == '\0' || *end == '@');
    }
    return 0;
}

/* One "Key value" line; returns MM_OK or MM_ECONFIG with err filled. */
static int config_line(mm_config *cfg, const char *key, const char *val, unsigned seen[],
                       mm_buf *err)
{
    static const char *keys[] = {"Socket",   "SocketMode",  "UserID",         "PidFile",
                                 "DataDir",  "KeyFile",     "VaultPublicKey", "Policy",
                                 "MaxScanSize", "OnError",  "OnOversize",     "Syslog",
                                 "LogLevel", "MapSize",     "LogFormat"};
    size_t k;
    for (k = 0; k < sizeof keys / sizeof keys[0]; k++)
        if (strcasecmp(key, keys[k]) == 0)
            break;
    if (k == sizeof keys / sizeof keys[0])
        return config_err(err, "unknown key '%s'", key);
    if (seen[k]++)
        return config_err(err, "duplicate key '%s'", keys[k]);
    if (*val == '\0')
        return config_err(err, "%s: missing value", keys[k]);

    int rc = MM_OK;
    switch (k) {
    case 0:
        if (!config_socket_ok(val))
            return config_err(err, "Socket: expected unix:/path, local:/path, inet:port@host "
                                       "or inet6:port@[addr], got '%s'", val);
        rc = config_set(&cfg->socket, val);
        break;
    case 1: {
        char *end;
        long m = strtol(val, &end, 8);
        if (*end != '\0' || m < 0 || m > 0777)
            return config_err(err, "SocketMode: expected an octal mode like 0660");
        cfg->socket_mode = (unsigned)m;
        break;
    }
    case 2: rc = config_set(&cfg->user, val); break;
    case 3: rc = config_set(&cfg->pid_file, val); break;
    case 4: rc = config_set(&cfg->data_dir, val); break;
    case 5: rc = config_set(&cfg->key_file, val); break;
    case 6: rc = config_set(&cfg->vault_pub, val); break;
    case 7: rc = config_set(&cfg->policy, val); break;
    case 8:
        if (config_size(val, &cfg->max_scan_size) != MM_OK)
            return config_err(err, "MaxScanSize: expected a size like 25M, got '%s'", val);
        break;
    case 9:
    case 10:
        if (config_action(val, k == 9 ? &cfg->on_error : &cfg->on_oversize) != MM_OK)
            return config_err(err, "%s: expected tempfail, accept or reject, got '%s'",
                                  keys[k], val);
        break;
    case 11: {
        if (strcasecmp(val, "no") == 0 || strcasecmp(val, "false") == 0 ||
            strcasecmp(val, "stderr") == 0) {
            cfg->syslog_facility = -1;
            break;
        }
        size_t i;
        for (i = 0; i < sizeof facilities / sizeof facilities[0]; i++)
            if (strcasecmp(val, facilities[i].name) == 0 ||
                ((strcasecmp(val, "yes") == 0 || strcasecmp(val, "true") == 0) && i == 0))
                break;
        if (i == sizeof facilities / sizeof facilities[0])
            return config_err(err, "Syslog: expected a facility (mail, daemon, local0..7), "
                                       "yes or no, got '%s'", val);
        cfg->syslog_facility = facilities[i].value;
        break;
    }
    case 12: {
        size_t i;
        for (i = 0; i < sizeof levels / sizeof levels[0]; i++)
            if (strcasecmp(val, levels[i].name) == 0)
                break;
        if (i == sizeof levels / sizeof levels[0])
            return config_err(err, "LogLevel: expected error, warning, notice, info or "
                                       "debug, got '%s'", val);
        cfg->log_level = levels[i].value;
        break;
    }
    case 14:
        if (strcasecmp(val, "json") == 0)
            cfg->log_json = 1;
        else if (strcasecmp(val, "text") == 0)
            cfg->log_json = 0;
        else
            return config_err(err, "LogFormat: expected text or json, got '%s'", val);
        break;
    case 13:
        if (config_size(val, &cfg->map_size) != MM_OK)
            return config_err(err, "MapSize: expected a size like 1G, got '%s'", val);
        break;
    }
    return rc;
}

int mm_config_load(mm_config *cfg, const char *file, mm_buf *err)
{
    FILE *fp = fopen(file, "r");
    if (fp == NULL) {
        config_err(err, "%s: cannot open: %s", file, strerror(errno));
        return MM_ECONFIG;
    }
    cfg->dev_defaults = 0;
    if (config_set(&cfg->path, file) != MM_OK) {
        fclose(fp);
        return MM_ENOMEM;
    }
    /* A config file describes a production install: no dev vault secret. */
    free(cfg->vault_sec);
    cfg->vault_sec = NULL;

    unsigned seen[16] = {0};
    char line[4096];
    unsigned lineno = 0;
    int rc = MM_OK;
    while (rc == MM_OK && fgets(line, sizeof line, fp)) {
        lineno++;
        size_t n = strlen(line);
        if (n == sizeof line - 1 && line[n - 1] != '\n') {
            config_err(err, "%s:%u: line too long", file, lineno);
            rc = MM_ECONFIG;
            break;
        }
        char *p = line;
        char *hash = strchr(p, '#');
        if (hash)
            *hash = '\0';
        while (isspace((unsigned char)*p))
            p++;
        n = strlen(p);
        while (n > 0 && isspace((unsigned char)p[n - 1]))
            p[--n] = '\0';
        if (*p == '\0')
            continue;
        char *key = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        if (*p)
            *p++ = '\0';
        while (isspace((unsigned char)*p))
            p++;
        mm_buf why = MM_BUF_INIT;
        rc = config_line(cfg, key, p, seen, &why);
        if (rc != MM_OK)
            config_err(err, "%s:%u: %s", file, lineno,
                                 why.data ? why.data : mm_strerror(rc));
        mm_buf_free(&why);
    }
    fclose(fp);
    return rc;
}
