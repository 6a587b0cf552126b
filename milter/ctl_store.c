/*
 * ctl_store.c - medmilterctl subcommands over the store and keys:
 * `keygen` (host key and vault key pair), `reveal` (token -> original, for
 * the security team; audited) and `audit verify|export`.
 *
 * Passphrases come from the terminal, or for automation from a file
 * (--passphrase-file, which must not be group/world-readable) or an
 * environment variable (--passphrase-env). They live in sodium_malloc'd
 * memory and are wiped. Messages name the file or argument at fault and
 * never contain revealed values.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sodium.h>

#include "audit.h"
#include "ctl.h"
#include "keys.h"
#include "mm.h"
#include "store.h"
#include "token.h"
#include "vault.h"

#define PASS_MAX 1024

static void ctl_log(int level, const char *msg)
{
    (void)level;
    fprintf(stderr, "medmilterctl: %s\n", msg);
}

/* Map a library status to a sysexits code. */
int ctl_exit(int rc)
{
    switch (rc) {
    case MM_OK: return EX_OK;
    case MM_EINVAL: case MM_EPARSE: return EX_USAGE;
    case MM_EKEY: case MM_ECONFIG: return EX_CONFIG;
    case MM_ECRYPTO: return EX_NOPERM;
    case MM_ENOTFOUND: case MM_ECORRUPT: return EX_DATAERR;
    case MM_ESTORE: case MM_EIO: return EX_IOERR;
    case MM_EEXIST: return EX_CANTCREAT;
    default: return EX_SOFTWARE;
    }
}

struct pass {
    char *buf; /* sodium_malloc'd */
    size_t len;
};

static void pass_free(struct pass *p)
{
    sodium_free(p->buf);
    p->buf = NULL;
    p->len = 0;
}

static void chomp(struct pass *p)
{
    while (p->len && (p->buf[p->len - 1] == '\n' || p->buf[p->len - 1] == '\r'))
        p->buf[--p->len] = '\0';
}

static int read_tty_line(FILE *tty, const char *prompt, char *buf, size_t cap, size_t *len)
{
    struct termios old, noecho;
    int fd = fileno(tty);
    int have = tcgetattr(fd, &old) == 0;
    fputs(prompt, tty);
    fflush(tty);
    if (have) {
        noecho = old;
        noecho.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(fd, TCSAFLUSH, &noecho);
    }
    char *r = fgets(buf, (int)cap, tty);
    if (have)
        tcsetattr(fd, TCSAFLUSH, &old);
    fputc('\n', tty);
    if (!r)
        return -1;
    *len = strlen(buf);
    return 0;
}

/* Get the passphrase from --passphrase-file, --passphrase-env or the
 * terminal (asked twice when CONFIRM). Returns a sysexits code. */
static int get_passphrase(const char *file, const char *env, int confirm, struct pass *p)
{
    p->buf = sodium_malloc(PASS_MAX + 1);
    p->len = 0;
    if (!p->buf)
        return EX_OSERR;
    if (file) {
        int fd = open(file, O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) != 0) {
            fprintf(stderr, "medmilterctl: cannot read passphrase file %s: %s\n", file, strerror(errno));
            if (fd >= 0)
                close(fd);
            return EX_NOINPUT;
        }
        if (st.st_mode & 077) {
            fprintf(stderr, "medmilterctl: passphrase file %s is accessible by group or others: run 'chmod 600 %s'\n",
                    file, file);
            close(fd);
            return EX_NOPERM;
        }
        ssize_t n = read(fd, p->buf, PASS_MAX);
        close(fd);
        if (n < 0) {
            fprintf(stderr, "medmilterctl: cannot read passphrase file %s: %s\n", file, strerror(errno));
            return EX_IOERR;
        }
        p->len = (size_t)n;
        p->buf[p->len] = '\0';
        if (memchr(p->buf, '\n', p->len))
            p->len = (size_t)((char *)memchr(p->buf, '\n', p->len) - p->buf);
        chomp(p);
        if (p->len == 0) {
            fprintf(stderr, "medmilterctl: passphrase file %s is empty\n", file);
            return EX_DATAERR;
        }
        return EX_OK;
    }
    if (env) {
        const char *v = getenv(env);
        if (!v || !*v) {
            fprintf(stderr, "medmilterctl: environment variable %s (--passphrase-env) is not set or empty\n", env);
            return EX_USAGE;
        }
        p->len = strnlen(v, PASS_MAX);
        memcpy(p->buf, v, p->len);
        p->buf[p->len] = '\0';
        return EX_OK;
    }
    FILE *tty = fopen("/dev/tty", "r+");
    if (!tty) {
        fprintf(stderr, "medmilterctl: no terminal to ask the passphrase on: use --passphrase-file or --passphrase-env\n");
        return EX_USAGE;
    }
    int rc = EX_OK;
    if (read_tty_line(tty, "Vault passphrase: ", p->buf, PASS_MAX + 1, &p->len) != 0) {
        rc = EX_NOINPUT;
    } else if (confirm) {
        char *again = sodium_malloc(PASS_MAX + 1);
        size_t alen = 0;
        chomp(p);
        if (!again || read_tty_line(tty, "Repeat passphrase: ", again, PASS_MAX + 1, &alen) != 0) {
            rc = EX_NOINPUT;
        } else {
            while (alen && (again[alen - 1] == '\n' || again[alen - 1] == '\r'))
                alen--;
            if (alen != p->len || sodium_memcmp(again, p->buf, alen) != 0) {
                fprintf(stderr, "medmilterctl: the passphrases differ\n");
                rc = EX_DATAERR;
            }
        }
        sodium_free(again);
    }
    fclose(tty);
    chomp(p);
    return rc;
}

#define PASS_OPTIONS                                                                                  \
    {"passphrase-file", required_argument, NULL, 'F'}, {"passphrase-env", required_argument, NULL, 'E'}

static const char keygen_usage[] =
    "usage: medmilterctl keygen --dir DIR [--rotate] [--passphrase-file FILE | --passphrase-env VAR]\n"
    "\n"
    "Writes DIR/host.key (32 random bytes, mode 0600: the mail host's key for\n"
    "stored values and tokens), DIR/vault.pub (install on the mail host) and\n"
    "DIR/vault.sec (the vault secret key, encrypted with the passphrase:\n"
    "keep it with the security team, off the mail host).\n"
    "  --rotate       add new keys; older keys stay usable for decryption\n"
    "  --passphrase-file FILE   read the passphrase from FILE (mode 0600)\n"
    "  --passphrase-env VAR     read the passphrase from environment variable VAR\n"
    "Without either, the passphrase is asked on the terminal.\n";

int ctl_keygen(int argc, char **argv)
{
    static const struct option opts[] = {
        {"dir", required_argument, NULL, 'd'}, {"rotate", no_argument, NULL, 'r'},
        PASS_OPTIONS, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    const char *dir = NULL, *pfile = NULL, *penv = NULL;
    int rotate = 0, c;
    optind = 0;
    while ((c = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
        switch (c) {
        case 'd': dir = optarg; break;
        case 'r': rotate = 1; break;
        case 'F': pfile = optarg; break;
        case 'E': penv = optarg; break;
        case 'h': fputs(keygen_usage, stdout); return EX_OK;
        default: fputs(keygen_usage, stderr); return EX_USAGE;
        }
    }
    if (!dir || optind != argc || (pfile && penv)) {
        fprintf(stderr, "medmilterctl keygen: %s\n%s",
                !dir ? "--dir is required" : optind != argc ? "unexpected argument" : "give one passphrase source",
                keygen_usage);
        return EX_USAGE;
    }
    mm_log_set(ctl_log, MM_LOG_INFO);
    struct pass p;
    int ex = get_passphrase(pfile, penv, !rotate, &p);
    if (ex == EX_OK && p.len < 8) {
        fprintf(stderr, "medmilterctl keygen: the passphrase must have at least 8 characters\n");
        ex = EX_DATAERR;
    }
    if (ex == EX_OK) {
        int rc = mm_keygen(dir, p.buf, p.len, rotate);
        ex = ctl_exit(rc);
        if (rc == MM_OK)
            printf("%s keys in %s: host.key (mail host), vault.pub (mail host), vault.sec (security team)\n",
                   rotate ? "rotated" : "wrote", dir);
    }
    pass_free(&p);
    return ex;
}

static int key_path(char *out, const char *dir, const char *name)
{
    if ((size_t)snprintf(out, PATH_MAX, "%s/%s", dir, name) >= PATH_MAX) {
        fprintf(stderr, "medmilterctl: key directory path too long: %s\n", dir);
        return EX_USAGE;
    }
    return EX_OK;
}

/* Load the vault secret key from KDIR with the passphrase from the options. */
static int load_vault_sec(const char *kdir, const char *pfile, const char *penv, mm_vault_sec **vs)
{
    char path[PATH_MAX];
    int ex = key_path(path, kdir, MM_VAULT_SEC_FILE);
    if (ex != EX_OK)
        return ex;
    return ctl_vault_sec_load(path, pfile, penv, vs);
}

int ctl_vault_sec_load(const char *path, const char *pfile, const char *penv, mm_vault_sec **vs)
{
    struct pass p;
    int ex = get_passphrase(pfile, penv, 0, &p);
    if (ex == EX_OK)
        ex = ctl_exit(mm_vault_sec_load(path, p.buf, p.len, vs));
    pass_free(&p);
    return ex;
}

static const char reveal_usage[] =
    "usage: medmilterctl reveal TOKEN... --reason TEXT --data-dir DIR --key-dir DIR\n"
    "                           [--passphrase-file FILE | --passphrase-env VAR]\n"
    "\n"
    "Prints 'TOKEN<TAB>ORIGINAL' for each token found in the vault of DIR, using\n"
    "the vault secret key (KEYDIR/vault.sec) and its passphrase. Every reveal is\n"
    "recorded in the audit trail first (Unix user, reason, tokens).\n";

static int reveal_audit(mm_store *st, const char *kdir, const char *reason, char **tokens, int n,
                        int found)
{
    char path[PATH_MAX];
    mm_vault_pub *vp = NULL;
    int ex = key_path(path, kdir, MM_VAULT_PUB_FILE);
    if (ex != EX_OK || (ex = ctl_exit(mm_vault_pub_load(path, &vp))) != EX_OK)
        return ex;
    struct passwd *pw = getpwuid(getuid());
    json_t *toks = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(toks, json_string(tokens[i]));
    json_t *rec = json_pack("{sssssIsssosi}", "event", "reveal", "user", pw ? pw->pw_name : "?", "uid",
                            (json_int_t)getuid(), "reason", reason, "tokens", toks, "found", found);
    char *js = rec ? json_dumps(rec, JSON_COMPACT) : NULL;
    json_decref(rec);
    mm_audit_writer *w;
    int rc = js ? mm_audit_writer_start(st, vp, &w) : MM_ENOMEM;
    uint64_t seq = 0;
    if (rc == MM_OK) {
        rc = mm_audit_append(w, js, strlen(js), &seq);
        mm_audit_writer_stop(w);
    }
    if (rc != MM_OK)
        fprintf(stderr, "medmilterctl reveal: cannot write the audit record (%s): nothing revealed\n",
                mm_strerror(rc));
    else
        fprintf(stderr, "medmilterctl reveal: audit record %" PRIu64 " written\n", seq);
    free(js);
    mm_vault_pub_free(vp);
    return ctl_exit(rc);
}

int ctl_reveal(int argc, char **argv)
{
    static const struct option opts[] = {
        {"reason", required_argument, NULL, 'r'}, {"data-dir", required_argument, NULL, 'D'},
        {"key-dir", required_argument, NULL, 'K'}, PASS_OPTIONS,
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    const char *reason = NULL, *ddir = NULL, *kdir = NULL, *pfile = NULL, *penv = NULL;
    int c;
    optind = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'r': reason = optarg; break;
        case 'D': ddir = optarg; break;
        case 'K': kdir = optarg; break;
        case 'F': pfile = optarg; break;
        case 'E': penv = optarg; break;
        case 'h': fputs(reveal_usage, stdout); return EX_OK;
        default: fputs(reveal_usage, stderr); return EX_USAGE;
        }
    }
    if (!reason || !*reason || !ddir || !kdir) {
        fprintf(stderr, "medmilterctl reveal: %s is required\n%s",
                !reason || !*reason ? "--reason TEXT" : !ddir ? "--data-dir DIR" : "--key-dir DIR", reveal_usage);
        return EX_USAGE;
    }
    if (optind == argc || (pfile && penv)) {
        fprintf(stderr, "medmilterctl reveal: %s\n%s", optind == argc ? "no TOKEN given" : "give one passphrase source",
                reveal_usage);
        return EX_USAGE;
    }
    char **tokens = argv + optind;
    int n = argc - optind;
    for (int i = 0; i < n; i++)
        if (mm_token_parse(tokens[i], strlen(tokens[i]), NULL, NULL) != MM_OK) {
            fprintf(stderr, "medmilterctl reveal: argument %d is not a token of the form [[TYPE:XXXXXXXXXXXX]]\n",
                    i + 1);
            return EX_USAGE;
        }
    mm_log_set(ctl_log, MM_LOG_INFO);
    mm_vault_sec *vs = NULL;
    mm_store *st = NULL;
    int ex = load_vault_sec(kdir, pfile, penv, &vs);
    if (ex == EX_OK)
        ex = ctl_exit(mm_store_open(ddir, 0, 0, &st));
    mm_buf *orig = calloc((size_t)n, sizeof *orig);
    int *status = calloc((size_t)n, sizeof *status);
    int found = 0;
    if (ex == EX_OK && (!orig || !status))
        ex = EX_OSERR;
    for (int i = 0; ex == EX_OK && i < n; i++) {
        status[i] = mm_vault_reveal(st, vs, tokens[i], strlen(tokens[i]), &orig[i]);
        if (status[i] == MM_OK)
            found++;
        else if (status[i] != MM_ENOTFOUND && status[i] != MM_EKEY && status[i] != MM_ECRYPTO &&
                 status[i] != MM_ECORRUPT)
            ex = ctl_exit(status[i]);
    }
    /* Audit before anything is shown. */
    if (ex == EX_OK)
        ex = reveal_audit(st, kdir, reason, tokens, n, found);
    for (int i = 0; ex == EX_OK && i < n; i++) {
        if (status[i] == MM_OK) {
            printf("%s\t", tokens[i]);
            fwrite(orig[i].data, 1, orig[i].len, stdout);
            putchar('\n');
        } else {
            fprintf(stderr, "medmilterctl reveal: %s: %s\n", tokens[i],
                    status[i] == MM_ENOTFOUND ? "not in this vault"
                    : status[i] == MM_EKEY    ? "sealed to a vault key not in vault.sec"
                                              : "vault entry does not open (changed or damaged)");
        }
    }
    if (ex == EX_OK && found < n)
        ex = EX_DATAERR;
    for (int i = 0; orig && i < n; i++)
        mm_buf_wipe(&orig[i]);
    free(orig);
    free(status);
    mm_store_close(st);
    mm_vault_sec_free(vs);
    fflush(stdout);
    return ex;
}

static const char audit_usage[] =
    "usage: medmilterctl audit verify --data-dir DIR [--anchor SEQ:HASH]...\n"
    "       medmilterctl audit export --data-dir DIR --key-dir DIR [--since T]\n"
    "                                 [--passphrase-file FILE | --passphrase-env VAR]\n"
    "       medmilterctl audit report --since T ... (see 'medmilterctl audit report --help')\n"
    "\n"
    "verify  checks the whole hash chain (no secret key needed) and names the\n"
    "        first bad record (deleted, changed, reordered, truncated); each\n"
    "        --anchor (from the milter's 'audit anchor: seq=N hash=H' log lines\n"
    "        kept by the SIEM) must still match, which catches a chain rewritten\n"
    "        together with its head.\n"
    "export  decrypts records with the vault secret key and prints JSON lines;\n"
    "        --since T: Unix seconds, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC).\n";

int ctl_parse_since(const char *s, time_t *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*s && !*end && errno == 0 && v >= 0) {
        *out = (time_t)v;
        return 0;
    }
    static const char *const fmts[] = {"%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"};
    for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        const char *e = strptime(s, fmts[i], &tm);
        if (e && !*e) {
            *out = timegm(&tm);
            return 0;
        }
    }
    return -1;
}

int ctl_audit(int argc, char **argv)
{
    static const struct option opts[] = {
        {"data-dir", required_argument, NULL, 'D'}, {"key-dir", required_argument, NULL, 'K'},
        {"since", required_argument, NULL, 's'}, {"anchor", required_argument, NULL, 'A'},
        PASS_OPTIONS,
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    if (argc > 1 && strcmp(argv[1], "report") == 0)
        return ctl_audit_report(argc - 1, argv + 1); /* ctl_report.c */
    const char *ddir = NULL, *kdir = NULL, *pfile = NULL, *penv = NULL, *since_s = NULL;
    const char *anchors[64];
    size_t nanchors = 0;
    int c;
    optind = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'D': ddir = optarg; break;
        case 'K': kdir = optarg; break;
        case 's': since_s = optarg; break;
        case 'A':
            if (nanchors == sizeof anchors / sizeof anchors[0]) {
                fprintf(stderr, "medmilterctl audit verify: at most 64 --anchor options\n");
                return EX_USAGE;
            }
            anchors[nanchors++] = optarg;
            break;
        case 'F': pfile = optarg; break;
        case 'E': penv = optarg; break;
        case 'h': fputs(audit_usage, stdout); return EX_OK;
        default: fputs(audit_usage, stderr); return EX_USAGE;
        }
    }
    const char *verb = optind < argc ? argv[optind] : NULL;
    int verify = verb && strcmp(verb, "verify") == 0, export = verb && strcmp(verb, "export") == 0;
    if ((!verify && !export) || optind + 1 != argc) {
        fprintf(stderr, "medmilterctl audit: %s%s%s\n%s", !verb ? "verify, export or report expected" :
                (!verify && !export) ? "unknown action '" : "unexpected argument",
                verb && !verify && !export ? verb : "",
                verb && !verify && !export ? "' (verify, export or report expected)" : "", audit_usage);
        return EX_USAGE;
    }
    if (!ddir || (export && !kdir)) {
        fprintf(stderr, "medmilterctl audit %s: %s is required\n%s", verb, !ddir ? "--data-dir" : "--key-dir",
                audit_usage);
        return EX_USAGE;
    }
    time_t since = 0;
    if (since_s && ctl_parse_since(since_s, &since) != 0) {
        fprintf(stderr, "medmilterctl audit: --since '%s' is not Unix seconds, YYYY-MM-DD or "
                "YYYY-MM-DDTHH:MM:SSZ\n", since_s);
        return EX_USAGE;
    }
    mm_log_set(ctl_log, MM_LOG_INFO);
    mm_store *st = NULL;
    int ex = ctl_exit(mm_store_open(ddir, 0, MM_STORE_RDONLY, &st));
    if (ex != EX_OK)
        return ex;
    if (verify) {
        uint64_t n = 0, bad = 0;
        mm_buf reason = MM_BUF_INIT;
        int rc = mm_audit_verify(st, &n, &bad, &reason);
        if (rc == MM_OK)
            printf("audit trail in %s: %" PRIu64 " records, chain intact\n", ddir, n);
        else if (rc == MM_ECORRUPT)
            printf("audit trail in %s: BROKEN at record %" PRIu64 ": %s\n", ddir, bad,
                   reason.data ? reason.data : "");
        else
            fprintf(stderr, "medmilterctl audit verify: %s: %s\n", ddir, mm_strerror(rc));
        ex = ctl_exit(rc);
        mm_buf_free(&reason);
        for (size_t i = 0; rc == MM_OK && i < nanchors; i++) {
            unsigned long long aseq;
            char hex[2 * MM_AUDIT_HASH_LEN + 2];
            unsigned char h[MM_AUDIT_HASH_LEN];
            size_t hlen = 0;
            if (sscanf(anchors[i], "%llu:%65s", &aseq, hex) != 2 ||
                sodium_hex2bin(h, sizeof h, hex, strlen(hex), NULL, &hlen, NULL) != 0 ||
                hlen != sizeof h) {
                fprintf(stderr, "medmilterctl audit verify: --anchor '%s': expected SEQ:HASH "
                                "(64 hex digits)\n", anchors[i]);
                ex = EX_USAGE;
                break;
            }
            int arc = mm_audit_check_anchor(st, aseq, h);
            if (arc == MM_OK) {
                printf("anchor %llu: matches\n", aseq);
            } else {
                printf("audit trail in %s: BROKEN at record %llu: %s the external anchor\n", ddir,
                       aseq, arc == MM_ENOTFOUND ? "missing, unlike" : "does not match");
                ex = ctl_exit(arc == MM_ENOTFOUND ? MM_ECORRUPT : arc);
                rc = arc;
            }
        }
    } else {
        mm_vault_sec *vs = NULL;
        ex = load_vault_sec(kdir, pfile, penv, &vs);
        if (ex == EX_OK) {
            int rc = mm_audit_export(st, vs, since, stdout);
            if (rc != MM_OK)
                fprintf(stderr, "medmilterctl audit export: %s: %s\n", ddir, mm_strerror(rc));
            ex = ctl_exit(rc);
        }
        mm_vault_sec_free(vs);
    }
    mm_store_close(st);
    return ex;
}
