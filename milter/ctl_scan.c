/*
 * ctl_scan.c - `medmilterctl scan`: run the daemon's pipeline over .eml
 * files and print one JSON object per message; with --rewrite, write each
 * message as the milter would have the MTA deliver it.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include <gmime/gmime.h>

#include "ctl.h"
#include "ctl_common.h"
#include "pipeline.h"
#include "store.h"

static void scan_usage(FILE *fp)
{
    fprintf(fp,
            "usage: medmilterctl scan [OPTIONS] FILE.eml... (or - for stdin)\n"
            "  --config FILE     medmilter.conf to take DataDir, keys and Policy from\n"
            "  --data-dir DIR    store (default: a temporary one, keys generated)\n"
            "  --key-dir DIR     where host.key and vault.pub are (default: the data dir)\n"
            "  --policy FILE     policy to use (loaded into the store as a new version)\n"
            "  --from ADDR       envelope sender (default: the From: address)\n"
            "  --rcpt ADDR       envelope recipient, repeatable (default: To: and Cc:)\n"
            "  --client-ip IP    SMTP client address (default: external, unknown)\n"
            "  --auth USER       SMTP AUTH identity (default: none)\n"
            "  --rewrite DIR     write each message as delivered to DIR/<same name>\n"
            "Prints one JSON object per message on stdout.\n");
}

struct addrs {
    char **v;
    size_t n, cap;
};

static int addrs_add(struct addrs *a, const char *s)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 8;
        char **v = realloc(a->v, cap * sizeof *v);
        if (v == NULL)
            return -1;
        a->v = v;
        a->cap = cap;
    }
    return (a->v[a->n++] = strdup(s)) ? 0 : -1;
}

static void addrs_free(struct addrs *a)
{
    for (size_t i = 0; i < a->n; i++)
        free(a->v[i]);
    free(a->v);
    memset(a, 0, sizeof *a);
}

static void addrs_from_value(struct addrs *a, const char *value)
{
    InternetAddressList *list = internet_address_list_parse(NULL, value);
    if (list == NULL)
        return;
    int n = internet_address_list_length(list);
    for (int i = 0; i < n; i++) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
            if (addr && *addr)
                (void)addrs_add(a, addr);
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            InternetAddressList *members =
                internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia));
            int m = members ? internet_address_list_length(members) : 0;
            for (int k = 0; k < m; k++) {
                InternetAddress *mb = internet_address_list_get_address(members, k);
                if (INTERNET_ADDRESS_IS_MAILBOX(mb))
                    (void)addrs_add(a, internet_address_mailbox_get_addr(
                                           INTERNET_ADDRESS_MAILBOX(mb)));
            }
        }
    }
    g_object_unref(list);
}

/* Envelope defaults from the header block: From, To, Cc (unfolded). */
static void scan_header_addrs(const mm_buf *msg, struct addrs *from, struct addrs *rcpts)
{
    const char *p = msg->data, *end = msg->data + msg->len;
    mm_buf field = MM_BUF_INIT;
    for (;;) {
        const char *eol = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        const char *line_end = eol ? eol : end;
        size_t llen = (size_t)(line_end - p);
        if (llen && p[llen - 1] == '\r')
            llen--;
        int cont = p < end && llen && (*p == ' ' || *p == '\t');
        if (!cont && field.len) {
            const char *colon = memchr(field.data, ':', field.len);
            if (colon) {
                size_t nlen = (size_t)(colon - field.data);
                const char *v = colon + 1;
                if (nlen == 4 && strncasecmp(field.data, "From", 4) == 0)
                    addrs_from_value(from, v);
                else if ((nlen == 2 && strncasecmp(field.data, "To", 2) == 0) ||
                         (nlen == 2 && strncasecmp(field.data, "Cc", 2) == 0))
                    addrs_from_value(rcpts, v);
            }
            mm_buf_reset(&field);
        }
        if (p >= end || llen == 0)
            break; /* end of headers */
        if (memchr(p, '\0', llen) == NULL && mm_buf_append(&field, p, llen) != MM_OK)
            break;
        if (eol == NULL)
            break;
        p = eol + 1;
    }
    mm_buf_free(&field);
}

static int scan_write(const char *dir, const char *file, const mm_buf *b)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    if (strcmp(file, "-") == 0)
        base = "stdin.eml";
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, base);
    FILE *fp = fopen(path, "wb");
    if (fp == NULL || fwrite(b->data, 1, b->len, fp) != b->len || fclose(fp) != 0) {
        fprintf(stderr, "medmilterctl: scan: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

int ctl_scan(int argc, char **argv)
{
    static const struct option opts[] = {
        {"config", required_argument, NULL, 'c'},   {"data-dir", required_argument, NULL, 'd'},
        {"key-dir", required_argument, NULL, 'k'},  {"policy", required_argument, NULL, 'p'},
        {"from", required_argument, NULL, 'f'},     {"rcpt", required_argument, NULL, 'r'},
        {"client-ip", required_argument, NULL, 'i'}, {"auth", required_argument, NULL, 'a'},
        {"rewrite", required_argument, NULL, 'w'},  {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct ctl_where where = {0};
    const char *from = NULL, *client_ip = NULL, *auth = NULL, *rewrite = NULL;
    struct addrs cli_rcpts = {0};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 'c': where.config = optarg; break;
        case 'd': where.data_dir = optarg; break;
        case 'k': where.key_dir = optarg; break;
        case 'p': where.policy = optarg; break;
        case 'f': from = optarg; break;
        case 'r':
            if (addrs_add(&cli_rcpts, optarg) != 0)
                return EX_OSERR;
            break;
        case 'i': client_ip = optarg; break;
        case 'a': auth = optarg; break;
        case 'w': rewrite = optarg; break;
        case 'h': scan_usage(stdout); addrs_free(&cli_rcpts); return EX_OK;
        default: scan_usage(stderr); addrs_free(&cli_rcpts); return EX_USAGE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "medmilterctl: scan: no message file given\n");
        scan_usage(stderr);
        addrs_free(&cli_rcpts);
        return EX_USAGE;
    }
    struct stat sb;
    if (rewrite && (stat(rewrite, &sb) != 0 || !S_ISDIR(sb.st_mode))) {
        fprintf(stderr, "medmilterctl: scan: --rewrite %s: not a directory\n", rewrite);
        addrs_free(&cli_rcpts);
        return EX_CANTCREAT;
    }
    mm_config cfg;
    int ex = ctl_config(&where, &cfg);
    if (ex != EX_OK) {
        addrs_free(&cli_rcpts);
        return ex;
    }
    cfg.store_flags |= MM_STORE_BATCH; /* durable once, at the end of the run */
    mm_pipeline *p;
    mm_worker *w = NULL;
    mm_buf err = MM_BUF_INIT;
    int rc = mm_pipeline_open(&cfg, &p, &err);
    if (rc != MM_OK) {
        fprintf(stderr, "medmilterctl: scan: %s\n", err.data ? err.data : mm_strerror(rc));
        mm_buf_free(&err);
        mm_config_free(&cfg);
        addrs_free(&cli_rcpts);
        return rc == MM_EPOLICY ? EX_DATAERR : rc == MM_EKEY ? EX_CONFIG : EX_UNAVAILABLE;
    }
    mm_buf_free(&err);
    if (mm_worker_new(p, &w) != MM_OK) {
        mm_pipeline_close(p);
        return EX_OSERR;
    }
    ex = EX_OK;
    for (int i = optind; i < argc; i++) {
        const char *file = argv[i];
        mm_buf msg = MM_BUF_INIT;
        if (ctl_read_file(file, &msg) != MM_OK) {
            fprintf(stderr, "medmilterctl: scan: cannot read %s: %s\n", file, strerror(errno));
            ex = EX_NOINPUT;
            mm_buf_free(&msg);
            continue;
        }
        struct addrs hfrom = {0}, hrcpts = {0};
        scan_header_addrs(&msg, &hfrom, &hrcpts);
        const struct addrs *rc_list = cli_rcpts.n ? &cli_rcpts : &hrcpts;
        mm_envelope env = {
            .client_ip = client_ip,
            .auth_user = auth,
            .sender = from ? from : hfrom.n ? hfrom.v[0] : "",
            .rcpts = (const char *const *)rc_list->v,
            .nrcpts = rc_list->n,
            .queue_id = NULL,
        };
        mm_result res;
        rc = mm_pipeline_run(p, w, &env, msg.data, msg.len, time(NULL), &res);
        if (rc != MM_OK) {
            fprintf(stderr, "medmilterctl: scan: %s: %s\n", file, mm_strerror(rc));
            ex = EX_SOFTWARE;
        } else {
            mm_buf out = MM_BUF_INIT;
            if (mm_result_json(&res, file, &out) == MM_OK)
                printf("%s\n", out.data);
            mm_buf_free(&out);
            if (rewrite) {
                mm_buf del = MM_BUF_INIT;
                if (mm_result_render(msg.data, msg.len, &res, &del) != MM_OK ||
                    scan_write(rewrite, file, &del) != 0)
                    ex = EX_CANTCREAT;
                mm_buf_wipe(&del);
            }
            mm_result_free(&res);
        }
        addrs_free(&hfrom);
        addrs_free(&hrcpts);
        mm_buf_wipe(&msg);
    }
    fflush(stdout);
    mm_worker_free(w);
    if ((rc = mm_pipeline_flush(p)) != MM_OK) {
        fprintf(stderr, "medmilterctl: scan: audit and vault records not stored: %s\n",
                mm_strerror(rc));
        ex = EX_IOERR;
    }
    mm_pipeline_close(p);
    mm_config_free(&cfg);
    addrs_free(&cli_rcpts);
    return ex;
}
