/*
 * medmilter.c - the medmilter daemon: command line, configuration, logging,
 * daemonising, privileges, signals, then the libmilter main loop over the
 * lib pipeline (mlfi.c).
 *
 * Order matters: signals are blocked before any thread starts (libmilter's
 * own signal thread would treat SIGHUP as stop); the process daemonises and
 * drops privileges before LMDB is opened and before the socket is created.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <libmilter/mfapi.h>
#include <sodium.h>

#include "config.h"
#include "mlfi.h"
#include "mm.h"
#include "pipeline.h"

/* How long SIGTERM waits for messages in flight before stopping libmilter
 * (below the 30 s init systems commonly allow before SIGKILL, leaving room
 * for libmilter's ~5 s listener poll). What is cut off is tempfailed by the
 * MTA (milter_default_action), never lost. */
#define MM_DRAIN_SECONDS 20

static int use_syslog;
static const char *conf_path; /* NULL: embedded defaults */

static void log_stderr(int level, const char *msg)
{
    static const char *names[] = {"emerg", "alert", "crit", "error", "warning",
                                  "notice", "info", "debug"};
    char ts[32];
    time_t now = time(NULL);
    struct tm tm;
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
    fprintf(stderr, "%s medmilter[%d]: %s: %s\n", ts, (int)getpid(),
            names[level & 7], msg);
}

static void log_syslog(int level, const char *msg)
{
    syslog(level, "%s", msg);
}

static void log_setup(const mm_config *cfg)
{
    if (cfg->syslog_facility >= 0) {
        openlog("medmilter", LOG_PID | LOG_NDELAY, cfg->syslog_facility);
        use_syslog = 1;
        mm_log_set(log_syslog, cfg->log_level);
    } else {
        use_syslog = 0;
        mm_log_set(log_stderr, cfg->log_level);
    }
}

static int config_read(const char *path, int explicit_path, mm_config *cfg)
{
    if (mm_config_defaults(cfg) != MM_OK)
        return EX_OSERR;
    if (!explicit_path && access(path, F_OK) != 0)
        return EX_OK; /* no config file: embedded defaults */
    mm_buf err = MM_BUF_INIT;
    int rc = mm_config_load(cfg, path, &err);
    if (rc != MM_OK) {
        fprintf(stderr, "medmilter: %s\n", err.data ? err.data : mm_strerror(rc));
        mm_buf_free(&err);
        mm_config_free(cfg);
        return EX_CONFIG;
    }
    mm_buf_free(&err);
    return EX_OK;
}

static int drop_privileges(const char *spec)
{
    char user[256];
    snprintf(user, sizeof user, "%s", spec);
    char *group = strchr(user, ':');
    if (group)
        *group++ = '\0';
    struct passwd *pw = getpwnam(user);
    if (pw == NULL) {
        mm_log(MM_LOG_ERR, "UserID: no such user '%s'", user);
        return -1;
    }
    gid_t gid = pw->pw_gid;
    if (group) {
        struct group *gr = getgrnam(group);
        if (gr == NULL) {
            mm_log(MM_LOG_ERR, "UserID: no such group '%s'", group);
            return -1;
        }
        gid = gr->gr_gid;
    }
    if (getuid() != 0 && geteuid() != 0)
        return getuid() == pw->pw_uid ? 0 : (mm_log(MM_LOG_ERR, "UserID: not root"), -1);
    if (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(pw->pw_uid) != 0) {
        mm_log(MM_LOG_ERR, "UserID: cannot switch to %s: %s", spec, strerror(errno));
        return -1;
    }
    return 0;
}

static int write_pidfile(const char *path)
{
    FILE *fp = fopen(path, "w");
    if (fp == NULL) {
        mm_log(MM_LOG_ERR, "PidFile %s: %s", path, strerror(errno));
        return -1;
    }
    fprintf(fp, "%ld\n", (long)getpid());
    return fclose(fp) == 0 ? 0 : -1;
}

static pthread_mutex_t reload_lock = PTHREAD_MUTEX_INITIALIZER;

static void reload(const mm_config *running)
{
    pthread_mutex_lock(&reload_lock);
    mm_config cfg;
    int rc = conf_path ? config_read(conf_path, 1, &cfg) : config_read("", 0, &cfg);
    if (rc != EX_OK) {
        mm_log(MM_LOG_ERR, "reload: configuration invalid, keeping the running one");
        pthread_mutex_unlock(&reload_lock);
        return;
    }
    if (strcmp(cfg.socket, running->socket) != 0 || strcmp(cfg.data_dir, running->data_dir) != 0 ||
        (cfg.user == NULL) != (running->user == NULL) ||
        (cfg.user && strcmp(cfg.user, running->user) != 0))
        mm_log(MM_LOG_WARNING, "reload: Socket, DataDir and UserID changes need a restart");
    mm_buf err = MM_BUF_INIT;
    if (mm_pipeline_reload(mlfi_g.pipeline, &cfg, &err) != MM_OK)
        mm_log(MM_LOG_ERR, "reload: %s", err.data ? err.data : "failed");
    else {
        mlfi_g.max_scan_size = cfg.max_scan_size;
        mlfi_g.on_error = cfg.on_error;
        mlfi_g.on_oversize = cfg.on_oversize;
        mlfi_g.log_json = cfg.log_json;
        mm_log_set(use_syslog ? log_syslog : log_stderr, cfg.log_level);
        mm_log(MM_LOG_NOTICE, "configuration reloaded");
    }
    mm_buf_free(&err);
    mm_config_free(&cfg);
    pthread_mutex_unlock(&reload_lock);
}

/* The signals the signal thread waits for; blocked in every thread. */
static void signals_handled(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGUSR1);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
}

static void *signal_thread(void *arg)
{
    const mm_config *running = arg;
    sigset_t set;
    signals_handled(&set);
    for (;;) {
        int sig;
        if (sigwait(&set, &sig) != 0)
            continue;
        if (sig == SIGHUP || sig == SIGUSR1) {
            reload(running);
            continue;
        }
        mm_log(MM_LOG_NOTICE, "signal %d: finishing messages in flight, then stopping", sig);
        /* No new connections on a unix socket while draining. */
        if (strncmp(running->socket, "unix:", 5) == 0 || strncmp(running->socket, "local:", 6) == 0)
            (void)unlink(strchr(running->socket, ':') + 1);
        unsigned left = mlfi_drain(MM_DRAIN_SECONDS);
        if (left)
            mm_log(MM_LOG_WARNING, "%u message(s) still in flight after %d s: stopping anyway; "
                                   "the MTA applies its milter default action to them",
                   left, MM_DRAIN_SECONDS);
        (void)smfi_stop();
        return NULL;
    }
}

static void usage(FILE *fp)
{
    fprintf(fp, "usage: medmilter [-c FILE] [-f] [-n] [-p SOCKET] [-V]\n"
                "  -c FILE    configuration file (default %s if it exists,\n"
                "             else embedded defaults: DataDir ./var/medmilter)\n"
                "  -f         stay in the foreground (systemd, tests)\n"
                "  -n         check the configuration and policy, then exit\n"
                "  -p SOCKET  override Socket (unix:/path, inet:port@host, inet6:port@[addr])\n"
                "  -V         print the version\n",
            MM_CONFIG_DEFAULT_PATH);
}

int main(int argc, char **argv)
{
    int foreground = 0, check_only = 0, opt;
    const char *sock_override = NULL;
    int explicit_conf = 0;
    conf_path = MM_CONFIG_DEFAULT_PATH;
    while ((opt = getopt(argc, argv, "c:fhnp:V")) != -1) {
        switch (opt) {
        case 'c': conf_path = optarg; explicit_conf = 1; break;
        case 'f': foreground = 1; break;
        case 'n': check_only = 1; break;
        case 'p': sock_override = optarg; break;
        case 'V': printf("medmilter %s\n", MM_VERSION); return EX_OK;
        case 'h': usage(stdout); return EX_OK;
        default: usage(stderr); return EX_USAGE;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return EX_USAGE;
    }

    mm_config cfg;
    int ex = config_read(conf_path, explicit_conf, &cfg);
    if (ex != EX_OK)
        return ex;
    if (cfg.dev_defaults)
        conf_path = NULL;
    if (sock_override) {
        free(cfg.socket);
        cfg.socket = strdup(sock_override);
    }
    if (sodium_init() < 0) {
        fprintf(stderr, "medmilter: libsodium initialisation failed\n");
        return EX_SOFTWARE;
    }
    if (check_only) {
        mm_log_set(log_stderr, cfg.log_level);
        mm_buf err = MM_BUF_INIT;
        mm_pipeline *p = NULL;
        cfg.dev_defaults = 0; /* -n never creates keys or data */
        int rc = mm_pipeline_open(&cfg, &p, &err);
        if (rc != MM_OK) {
            fprintf(stderr, "medmilter: %s\n", err.data ? err.data : mm_strerror(rc));
            mm_buf_free(&err);
            return EX_CONFIG;
        }
        mm_pipeline_close(p);
        printf("medmilter: configuration %s OK\n", conf_path ? conf_path : "(embedded defaults)");
        mm_config_free(&cfg);
        return EX_OK;
    }

    log_setup(&cfg);
    if (cfg.dev_defaults)
        mm_log(MM_LOG_NOTICE, "no %s: running with embedded defaults (DataDir %s, Socket %s)",
               MM_CONFIG_DEFAULT_PATH, cfg.data_dir, cfg.socket);

    sigset_t set;
    signals_handled(&set);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    if (!foreground && daemon(1, 0) != 0) {
        mm_log(MM_LOG_ERR, "cannot daemonise: %s", strerror(errno));
        return EX_OSERR;
    }
    if (cfg.user && drop_privileges(cfg.user) != 0)
        return EX_NOUSER;
    if (cfg.pid_file && write_pidfile(cfg.pid_file) != 0)
        return EX_CANTCREAT;

    mm_buf err = MM_BUF_INIT;
    int rc = mm_pipeline_open(&cfg, &mlfi_g.pipeline, &err);
    if (rc != MM_OK) {
        mm_log(MM_LOG_ERR, "%s", err.data ? err.data : mm_strerror(rc));
        mm_buf_free(&err);
        return rc == MM_ECONFIG || rc == MM_EPOLICY || rc == MM_EKEY ? EX_CONFIG : EX_UNAVAILABLE;
    }
    mm_buf_free(&err);
    mlfi_g.max_scan_size = cfg.max_scan_size;
    mlfi_g.on_error = cfg.on_error;
    mlfi_g.on_oversize = cfg.on_oversize;
    mlfi_g.log_json = cfg.log_json;

    const char *sock = cfg.socket;
    /* The socket is created with the configured mode, never wider first. */
    if (strncmp(sock, "unix:", 5) == 0 || strncmp(sock, "local:", 6) == 0)
        umask(0777 & ~cfg.socket_mode);
    if (smfi_setconn((char *)sock) != MI_SUCCESS || smfi_register(*mlfi_desc()) != MI_SUCCESS ||
        smfi_opensocket(1) != MI_SUCCESS) {
        mm_log(MM_LOG_ERR, "cannot open milter socket %s", sock);
        mm_pipeline_close(mlfi_g.pipeline);
        return EX_UNAVAILABLE;
    }
    umask(077);
    if (strncmp(sock, "unix:", 5) == 0 || strncmp(sock, "local:", 6) == 0)
        (void)chmod(strchr(sock, ':') + 1, cfg.socket_mode);

    pthread_t sigthr;
    if (pthread_create(&sigthr, NULL, signal_thread, &cfg) != 0) {
        mm_log(MM_LOG_ERR, "cannot start the signal thread");
        return EX_OSERR;
    }
    pthread_detach(sigthr);
    mm_log(MM_LOG_NOTICE, "medmilter %s listening on %s", MM_VERSION, sock);
    rc = smfi_main();
    mm_log(MM_LOG_NOTICE, "medmilter stopped");
    if (mlfi_quiesce(5) == 0) /* never close under a running pipeline */
        mm_pipeline_close(mlfi_g.pipeline);
    if (strncmp(sock, "unix:", 5) == 0 || strncmp(sock, "local:", 6) == 0)
        (void)unlink(strchr(sock, ':') + 1);
    if (cfg.pid_file)
        unlink(cfg.pid_file);
    mm_config_free(&cfg);
    return rc == MI_SUCCESS ? EX_OK : EX_SOFTWARE;
}
