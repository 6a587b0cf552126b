/*
 * mlfi.c - libmilter callbacks over the lib pipeline.
 *
 * Per-connection state (smfi_setpriv) owns a pipeline worker (libmilter runs
 * one connection per thread) and nests the per-message state, which abort
 * and close free. Body chunks are appended to a length-counted buffer (NUL
 * bytes and CRLF kept) up to MaxScanSize; past it OnOversize applies. All
 * modifications happen in eom.
 */
#include "mlfi.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#include "mm.h"

struct mlfi_globals mlfi_g;

/* Messages in flight and pipeline runs in progress, for a graceful stop. */
static pthread_mutex_t flight_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t flight_cond = PTHREAD_COND_INITIALIZER;
static unsigned flight_msgs, flight_runs;
static int flight_closing;

static void flight_add(unsigned *counter, int delta)
{
    pthread_mutex_lock(&flight_lock);
    *counter = delta > 0 ? *counter + 1 : *counter - 1;
    pthread_cond_broadcast(&flight_cond);
    pthread_mutex_unlock(&flight_lock);
}

static unsigned flight_wait(unsigned *counter, unsigned secs, int closing)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += secs;
    pthread_mutex_lock(&flight_lock);
    if (closing)
        flight_closing = 1;
    while (*counter > 0)
        if (pthread_cond_timedwait(&flight_cond, &flight_lock, &until) == ETIMEDOUT)
            break;
    unsigned left = *counter;
    pthread_mutex_unlock(&flight_lock);
    return left;
}

unsigned mlfi_drain(unsigned secs)
{
    return flight_wait(&flight_msgs, secs, 0);
}

unsigned mlfi_quiesce(unsigned secs)
{
    return flight_wait(&flight_runs, secs, 1);
}

/* 0: the pipeline may run (caller ends with flight_add(&flight_runs, -1)). */
static int flight_run_begin(void)
{
    pthread_mutex_lock(&flight_lock);
    int ok = !flight_closing;
    if (ok)
        flight_runs++;
    pthread_mutex_unlock(&flight_lock);
    return ok ? 0 : -1;
}

struct mlfi_msg {
    mm_buf data;       /* "Name:value\r\n"... "\r\n" body */
    char *sender;
    char **rcpts;
    size_t nrcpts;
    size_t rcap;
    char *auth_user;
    int oversize;
    int in_body;
};

struct mlfi_conn {
    mm_worker *worker;
    char client_ip[INET6_ADDRSTRLEN];
    int leadspc; /* SMFIP_HDR_LEADSPC negotiated: header values keep their leading space */
    struct mlfi_msg *msg;
};

static void mlfi_msg_free(struct mlfi_msg *m)
{
    if (m == NULL)
        return;
    flight_add(&flight_msgs, -1);
    mm_buf_wipe(&m->data);
    free(m->sender);
    for (size_t i = 0; i < m->nrcpts; i++)
        free(m->rcpts[i]);
    free(m->rcpts);
    free(m->auth_user);
    free(m);
}

static struct mlfi_conn *mlfi_conn_get(SMFICTX *ctx)
{
    return smfi_getpriv(ctx);
}

/* A connection may reach later callbacks without xxfi_connect having run
 * (libmilter ordering quirks): create the state on first use. */
static struct mlfi_conn *mlfi_conn_need(SMFICTX *ctx)
{
    struct mlfi_conn *c = smfi_getpriv(ctx);
    if (c)
        return c;
    c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    if (mm_worker_new(mlfi_g.pipeline, &c->worker) != MM_OK) {
        free(c);
        return NULL;
    }
    if (smfi_setpriv(ctx, c) != MI_SUCCESS) {
        mm_worker_free(c->worker);
        free(c);
        return NULL;
    }
    return c;
}

static void mlfi_conn_free(SMFICTX *ctx)
{
    struct mlfi_conn *c = smfi_getpriv(ctx);
    if (c == NULL)
        return;
    mlfi_msg_free(c->msg);
    mm_worker_free(c->worker);
    free(c);
    (void)smfi_setpriv(ctx, NULL);
}

static char *mlfi_strip_angle(const char *s)
{
    if (s == NULL)
        return strdup("");
    size_t n = strlen(s);
    while (n && (*s == ' ' || *s == '<'))
        s++, n--;
    while (n && (s[n - 1] == '>' || s[n - 1] == ' '))
        n--;
    return strndup(s, n);
}

static sfsistat mlfi_on(enum mm_on_action a)
{
    switch (a) {
    case MM_ON_ACCEPT: return SMFIS_ACCEPT;
    case MM_ON_REJECT: return SMFIS_REJECT;
    default: return SMFIS_TEMPFAIL;
    }
}

/* Internal failure (memory): the configured OnError action. */
static sfsistat mlfi_fail(SMFICTX *ctx, const char *where)
{
    struct mlfi_conn *c = smfi_getpriv(ctx);
    mm_log(MM_LOG_ERR, "%s: internal error, applying OnError=%s", where,
           mm_on_action_name(mlfi_g.on_error));
    if (c) {
        mlfi_msg_free(c->msg);
        c->msg = NULL;
    }
    if (mlfi_g.on_error == MM_ON_TEMPFAIL)
        (void)smfi_setreply(ctx, "451", "4.3.0", "medmilter: temporary failure, try again later");
    return mlfi_on(mlfi_g.on_error);
}

static sfsistat mlfi_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
                               unsigned long f3, unsigned long *pf0, unsigned long *pf1,
                               unsigned long *pf2, unsigned long *pf3)
{
    (void)f2, (void)f3;
    unsigned long want = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_CHGBODY | SMFIF_ADDRCPT;
    if ((f0 & want) != want) {
        mm_log(MM_LOG_ERR, "MTA does not offer the actions medmilter needs "
                           "(add/change headers, replace body, add recipient)");
        return SMFIS_REJECT;
    }
    *pf0 = want;
    /* Steps not used: the MTA need not send them. */
    *pf1 = f1 & (SMFIP_NOHELO | SMFIP_NOUNKNOWN | SMFIP_NODATA | SMFIP_HDR_LEADSPC);
    *pf2 = *pf3 = 0;
    struct mlfi_conn *c = mlfi_conn_need(ctx);
    if (c == NULL)
        return SMFIS_TEMPFAIL;
    c->leadspc = (*pf1 & SMFIP_HDR_LEADSPC) != 0;
    (void)smfi_setsymlist(ctx, SMFIM_ENVFROM, "i {auth_authen} {daemon_name}");
    (void)smfi_setsymlist(ctx, SMFIM_EOM, "i");
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_connect(SMFICTX *ctx, char *host, _SOCK_ADDR *sa)
{
    (void)host;
    struct mlfi_conn *c = mlfi_conn_need(ctx);
    if (c == NULL)
        return mlfi_fail(ctx, "connect");
    c->client_ip[0] = '\0';
    if (sa && sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)sa)->sin_addr, c->client_ip,
                  sizeof c->client_ip);
    else if (sa && sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((struct sockaddr_in6 *)(void *)sa)->sin6_addr, c->client_ip,
                  sizeof c->client_ip);
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_envfrom(SMFICTX *ctx, char **argv)
{
    struct mlfi_conn *c = mlfi_conn_need(ctx);
    if (c == NULL)
        return mlfi_fail(ctx, "envfrom");
    mlfi_msg_free(c->msg);
    c->msg = calloc(1, sizeof *c->msg);
    if (c->msg == NULL)
        return mlfi_fail(ctx, "envfrom");
    flight_add(&flight_msgs, 1);
    c->msg->sender = mlfi_strip_angle(argv ? argv[0] : NULL);
    const char *auth = smfi_getsymval(ctx, "{auth_authen}");
    if (auth && *auth)
        c->msg->auth_user = strdup(auth);
    if (c->msg->sender == NULL)
        return mlfi_fail(ctx, "envfrom");
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_envrcpt(SMFICTX *ctx, char **argv)
{
    struct mlfi_conn *c = mlfi_conn_get(ctx);
    if (c == NULL || c->msg == NULL)
        return mlfi_fail(ctx, "envrcpt");
    struct mlfi_msg *m = c->msg;
    if (m->nrcpts == m->rcap) {
        size_t cap = m->rcap ? m->rcap * 2 : 8;
        char **r = realloc(m->rcpts, cap * sizeof *r);
        if (r == NULL)
            return mlfi_fail(ctx, "envrcpt");
        m->rcpts = r;
        m->rcap = cap;
    }
    char *rcpt = mlfi_strip_angle(argv ? argv[0] : NULL);
    if (rcpt == NULL)
        return mlfi_fail(ctx, "envrcpt");
    m->rcpts[m->nrcpts++] = rcpt;
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_header(SMFICTX *ctx, char *name, char *value)
{
    struct mlfi_conn *c = mlfi_conn_get(ctx);
    if (c == NULL || c->msg == NULL)
        return mlfi_fail(ctx, "header");
    mm_buf *d = &c->msg->data;
    /* Rebuild the header as received: with LEADSPC the value keeps its
     * leading space; libmilter folds with "\n\t"-style LF only: restore CRLF. */
    if (mm_buf_append(d, name, strlen(name)) || mm_buf_append(d, ":", 1) ||
        (!c->leadspc && mm_buf_append(d, " ", 1)))
        return mlfi_fail(ctx, "header");
    for (const char *p = value; *p; p++) {
        int rc = (*p == '\n' && (p == value || p[-1] != '\r')) ? mm_buf_append(d, "\r\n", 2)
                                                              : mm_buf_append(d, p, 1);
        if (rc)
            return mlfi_fail(ctx, "header");
    }
    if (mm_buf_append(d, "\r\n", 2))
        return mlfi_fail(ctx, "header");
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_eoh(SMFICTX *ctx)
{
    struct mlfi_conn *c = mlfi_conn_get(ctx);
    if (c == NULL || c->msg == NULL)
        return mlfi_fail(ctx, "eoh");
    if (mm_buf_append(&c->msg->data, "\r\n", 2))
        return mlfi_fail(ctx, "eoh");
    c->msg->in_body = 1;
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_body(SMFICTX *ctx, unsigned char *chunk, size_t len)
{
    struct mlfi_conn *c = mlfi_conn_get(ctx);
    if (c == NULL || c->msg == NULL)
        return mlfi_fail(ctx, "body");
    struct mlfi_msg *m = c->msg;
    if (m->oversize)
        return SMFIS_CONTINUE;
    if (m->data.len + len > mlfi_g.max_scan_size) {
        m->oversize = 1;
        if (mlfi_g.on_oversize != MM_ON_ACCEPT) {
            mm_log(MM_LOG_NOTICE, "message larger than MaxScanSize (%zu bytes): OnOversize=%s",
                   mlfi_g.max_scan_size, mm_on_action_name(mlfi_g.on_oversize));
            mlfi_msg_free(m);
            c->msg = NULL;
            if (mlfi_g.on_oversize == MM_ON_REJECT)
                (void)smfi_setreply(ctx, "552", "5.3.4", "medmilter: message too large to scan");
            else
                (void)smfi_setreply(ctx, "452", "4.3.4", "medmilter: message too large to scan");
            return mlfi_on(mlfi_g.on_oversize);
        }
        return SMFIS_CONTINUE;
    }
    if (mm_buf_append(&m->data, chunk, len))
        return mlfi_fail(ctx, "body");
    return SMFIS_CONTINUE;
}

/* With SMFIP_HDR_LEADSPC the MTA takes values verbatim: give it the space. */
static char *mlfi_hdr_value(const struct mlfi_conn *c, const char *v, char *buf, size_t size)
{
    if (v == NULL || !c->leadspc)
        return (char *)v;
    size_t n = strlen(v);
    char *p = n + 2 <= size ? buf : malloc(n + 2);
    if (p == NULL)
        return NULL;
    p[0] = ' ';
    memcpy(p + 1, v, n + 1);
    return p;
}

static int mlfi_apply(SMFICTX *ctx, const struct mlfi_conn *c, const mm_result *r)
{
    for (size_t i = 0; i < r->nhdrs; i++) {
        const mm_hdr_action *h = &r->hdrs[i];
        char buf[1024];
        char *v = mlfi_hdr_value(c, h->value, buf, sizeof buf);
        if (h->value && v == NULL)
            return -1;
        int rc;
        switch (h->op) {
        case MM_HOP_DELETE: rc = smfi_chgheader(ctx, h->name, (int)h->index, NULL); break;
        case MM_HOP_CHANGE: rc = smfi_chgheader(ctx, h->name, (int)h->index, v); break;
        default: rc = smfi_addheader(ctx, h->name, v); break;
        }
        if (v != h->value && v != buf)
            free(v);
        if (rc != MI_SUCCESS) {
            mm_log(MM_LOG_ERR, "cannot %s header %s",
                   h->op == MM_HOP_ADD ? "add" : "change", h->name);
            return -1;
        }
    }
    if (r->body_changed) {
        (void)smfi_progress(ctx);
        if (smfi_replacebody(ctx, (unsigned char *)r->body.data, (int)r->body.len) !=
            MI_SUCCESS) {
            mm_log(MM_LOG_ERR, "cannot replace body");
            return -1;
        }
    }
    for (size_t i = 0; i < r->nescalate; i++) {
        if (smfi_addrcpt(ctx, r->escalate_to[i]) != MI_SUCCESS) {
            mm_log(MM_LOG_ERR, "cannot add escalation recipient");
            return -1;
        }
    }
    return 0;
}

static sfsistat mlfi_eom(SMFICTX *ctx)
{
    struct mlfi_conn *c = mlfi_conn_get(ctx);
    if (c == NULL || c->msg == NULL)
        return mlfi_fail(ctx, "eom");
    struct mlfi_msg *m = c->msg;
    const char *qid = smfi_getsymval(ctx, "i");
    mm_envelope env = {
        .client_ip = c->client_ip[0] ? c->client_ip : NULL,
        .auth_user = m->auth_user,
        .sender = m->sender,
        .rcpts = (const char *const *)m->rcpts,
        .nrcpts = m->nrcpts,
        .queue_id = qid,
        .oversize = m->oversize,
    };
    (void)smfi_progress(ctx);
    if (flight_run_begin() != 0)
        return mlfi_fail(ctx, "eom (stopping)");
    mm_result res;
    int rc = mm_pipeline_run(mlfi_g.pipeline, c->worker, &env, m->data.data, m->data.len,
                             time(NULL), &res);
    flight_add(&flight_runs, -1);
    sfsistat st = SMFIS_CONTINUE;
    if (rc != MM_OK) {
        mm_log(MM_LOG_ERR, "%s: pipeline failed: %s", qid ? qid : "-", mm_strerror(rc));
        st = mlfi_fail(ctx, "eom");
        return st;
    }
    mm_buf line = MM_BUF_INIT;
    if ((mlfi_g.log_json ? mm_result_logjson(&res, qid, &line)
                         : mm_result_logline(&res, qid, &line)) == MM_OK)
        mm_log(MM_LOG_INFO, "%s", line.data);
    mm_buf_free(&line);
    if (mlfi_apply(ctx, c, &res) != 0)
        st = mlfi_fail(ctx, "eom");
    mm_result_free(&res);
    mlfi_msg_free(c->msg);
    c->msg = NULL;
    return st;
}

static sfsistat mlfi_abort(SMFICTX *ctx)
{
    struct mlfi_conn *c = mlfi_conn_get(ctx);
    if (c) {
        mlfi_msg_free(c->msg);
        c->msg = NULL;
    }
    return SMFIS_CONTINUE;
}

static sfsistat mlfi_close(SMFICTX *ctx)
{
    mlfi_conn_free(ctx);
    return SMFIS_CONTINUE;
}

static struct smfiDesc mlfi_description = {
    .xxfi_name = "medmilter",
    .xxfi_version = SMFI_VERSION,
    .xxfi_flags = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_CHGBODY | SMFIF_ADDRCPT,
    .xxfi_connect = mlfi_connect,
    .xxfi_envfrom = mlfi_envfrom,
    .xxfi_envrcpt = mlfi_envrcpt,
    .xxfi_header = mlfi_header,
    .xxfi_eoh = mlfi_eoh,
    .xxfi_body = mlfi_body,
    .xxfi_eom = mlfi_eom,
    .xxfi_abort = mlfi_abort,
    .xxfi_close = mlfi_close,
    .xxfi_negotiate = mlfi_negotiate,
};

struct smfiDesc *mlfi_desc(void)
{
    return &mlfi_description;
}
