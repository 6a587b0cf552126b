/*
 * pipeline.c - the message pipeline: parse, detect, classify, decide,
 * rewrite, escalate, audit. One entry point (mm_pipeline_run) for the
 * daemon and `medmilterctl scan`, so what scan shows is what the milter does.
 *
 * The compiled policy (policy + detector) is reference-counted and swapped
 * under a mutex when the store holds a newer version; a message keeps the
 * version it started with.
 */
#include "pipeline.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sodium.h>

#include "audit.h"
#include "auditjson.h"
#include "classify.h"
#include "detect.h"
#include "keys.h"
#include "message.h"
#include "policy.h"
#include "policystore.h"
#include "store.h"
#include "token.h"
#include "vault.h"

#define MM_HDR_PREFIX "X-MedMilter-"
#define MM_NACTIONS 4 /* keep, mask, tokenize, redact */

static const char *scan_name(int state)
{
    return state == MM_SCAN_OK ? "ok" : state == MM_SCAN_PARTIAL ? "partial" : "skipped";
}

/* snprintf(dst, size, "%s", src) without the format machinery: it runs
 * several times per message. */
static void str_copy(char *dst, size_t size, const char *src)
{
    if (src == NULL)
        src = "(null)"; /* what glibc's snprintf printed */
    size_t n = strlen(src);
    if (n >= size)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Per-type and per-action counts of a result: what headers and logs show. */
static void result_counts(const mm_result *r, unsigned counts[MM_PHI_COUNT],
                          unsigned acts[MM_NACTIONS])
{
    memset(counts, 0, MM_PHI_COUNT * sizeof counts[0]);
    memset(acts, 0, MM_NACTIONS * sizeof acts[0]);
    for (size_t i = 0; i < r->nphi; i++) {
        counts[r->phi[i].type]++;
        if ((unsigned)r->phi[i].action < MM_NACTIONS)
            acts[r->phi[i].action]++;
    }
}

struct mm_compiled {
    int refs;
    mm_policy *policy;
    mm_detector *det;
    uint64_t version; /* version number in the store */
};

struct mm_pipeline {
    char *data_dir;
    mm_msg_limits lim;
    mm_store *store;
    mm_hostkey *hk;
    mm_vault_pub *vp;
    mm_audit_writer *aw;
    pthread_mutex_t lock; /* cur, and escalation dedupe check-and-set */
    struct mm_compiled *cur;
};

struct mm_worker {
    mm_pipeline *p;
    mm_detect_scratch *ds;
    const mm_detector *ds_for;
    mm_classify_scratch *cs;
    mm_auditjson *aj;  /* the audit record's Jansson values, reused */
    mm_buf audit_json; /* the audit record, reused (wiped after each message) */
    mm_span_list spans; /* detection results, reused (used entries wiped after each segment) */
    mm_vault_item *items; /* the message's vault items, reused */
    size_t items_cap;
};

static pthread_once_t gmime_once = PTHREAD_ONCE_INIT;

static void pipeline_gmime_init(void)
{
    mm_message_init();
}

static void compiled_release(struct mm_compiled *c)
{
    if (c == NULL || __atomic_sub_fetch(&c->refs, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    mm_detector_free(c->det);
    mm_policy_free(c->policy);
    free(c);
}

MM_PRINTF(2, 3) static void pipeline_err(mm_buf *err, const char *fmt, ...)
{
    if (err == NULL)
        return;
    va_list ap;
    va_start(ap, fmt);
    if (mm_buf_vappendf(err, fmt, ap) != MM_OK)
        mm_buf_reset(err);
    va_end(ap);
}

/* Compile a policy source (as stored) into policy + detector. */
static int compiled_new(const char *src, size_t len, const char *filename, uint64_t version,
                        struct mm_compiled **out, mm_buf *err)
{
    struct mm_compiled *c = calloc(1, sizeof *c);
    if (c == NULL)
        return MM_ENOMEM;
    c->refs = 1;
    c->version = version;
    int rc = mm_policy_parse(src, len, filename, &c->policy, err);
    if (rc != MM_OK) {
        free(c);
        return rc;
    }
    char why[256] = "";
    rc = mm_detector_new(mm_policy_detectors(c->policy), &c->det, why, sizeof why);
    if (rc != MM_OK) {
        pipeline_err(err, "%s: detectors: %s", filename ? filename : "policy", why);
        mm_policy_free(c->policy);
        free(c);
        return MM_EPOLICY;
    }
    *out = c;
    return MM_OK;
}

/* Load the newest stored policy version when it differs from the current
 * one. Called at the start of each message: one read transaction. */
static int pipeline_refresh(mm_pipeline *p)
{
    uint64_t newest = 0;
    int rc = mm_policystore_current(p->store, &newest);
    if (rc != MM_OK)
        return rc;
    pthread_mutex_lock(&p->lock);
    uint64_t have = p->cur ? p->cur->version : 0;
    pthread_mutex_unlock(&p->lock);
    if (newest == have)
        return MM_OK;
    mm_policystore_entry e;
    rc = mm_policystore_get(p->store, p->hk, newest, &e);
    if (rc != MM_OK)
        return rc;
    struct mm_compiled *c;
    mm_buf err = MM_BUF_INIT;
    rc = compiled_new(e.source, e.source_len, e.file, newest, &c, &err);
    mm_policystore_entry_free(&e);
    if (rc != MM_OK) {
        /* Keep running the old version: never a half-loaded policy. */
        mm_log(MM_LOG_ERR, "policy version %llu does not compile, keeping version %llu: %s",
               (unsigned long long)newest, (unsigned long long)have,
               err.data ? err.data : mm_strerror(rc));
        mm_buf_free(&err);
        return have ? MM_OK : rc;
    }
    mm_buf_free(&err);
    pthread_mutex_lock(&p->lock);
    struct mm_compiled *old = p->cur;
    if (old == NULL || old->version != newest) {
        p->cur = c;
        c = old;
        mm_log(MM_LOG_NOTICE, "policy version %llu (%s) active", (unsigned long long)newest,
               mm_policy_version_label(p->cur->policy));
    }
    pthread_mutex_unlock(&p->lock);
    compiled_release(c);
    return MM_OK;
}

static struct mm_compiled *pipeline_acquire(mm_pipeline *p)
{
    pthread_mutex_lock(&p->lock);
    struct mm_compiled *c = p->cur;
    if (c)
        __atomic_add_fetch(&c->refs, 1, __ATOMIC_ACQ_REL);
    pthread_mutex_unlock(&p->lock);
    return c;
}

/* Load the configured policy file into the store when the store has none,
 * or when the file changed since the current version was loaded. */
static int pipeline_load_policy_file(mm_pipeline *p, const char *file, int force, mm_buf *err)
{
    if (file == NULL)
        return MM_OK;
    uint64_t v = 0;
    int rc = mm_policystore_current(p->store, &v);
    if (rc != MM_OK)
        return rc;
    struct stat sb;
    if (v && !force && stat(file, &sb) == 0) {
        /* The store wins unless the file changed after its newest version
         * was loaded (e.g. with medmilterctl policy load). */
        mm_policystore_entry e;
        if (mm_policystore_get(p->store, p->hk, v, &e) == MM_OK) {
            int older = sb.st_mtime <= e.loaded_at;
            mm_policystore_entry_free(&e);
            if (older)
                return MM_OK;
        }
    }
    rc = mm_policystore_load_file(p->store, p->hk, file, 0, &v, err);
    if (rc == MM_EEXIST)
        return MM_OK; /* same content already current */
    if (rc != MM_OK)
        return rc;
    mm_log(MM_LOG_NOTICE, "policy %s stored as version %llu", file, (unsigned long long)v);
    return MM_OK;
}

static int pipeline_keys(mm_pipeline *p, const mm_config *cfg, mm_buf *err)
{
    if (cfg->dev_defaults && access(cfg->key_file, F_OK) != 0) {
        int rc = mm_keygen(cfg->data_dir, "", 0, 0);
        if (rc != MM_OK) {
            pipeline_err(err, "cannot generate keys in %s: %s", cfg->data_dir, mm_strerror(rc));
            return rc;
        }
        mm_log(MM_LOG_WARNING,
               "generated a host key and a vault key pair in %s; the vault secret key %s has "
               "an empty passphrase: move it off this host (medmilterctl keygen for production)",
               cfg->data_dir, cfg->vault_sec ? cfg->vault_sec : "vault.sec");
    }
    int rc = mm_hostkey_load(cfg->key_file, &p->hk);
    if (rc != MM_OK) {
        pipeline_err(err, "KeyFile %s: %s", cfg->key_file, mm_strerror(rc));
        return rc;
    }
    rc = mm_vault_pub_load(cfg->vault_pub, &p->vp);
    if (rc != MM_OK) {
        pipeline_err(err, "VaultPublicKey %s: %s", cfg->vault_pub, mm_strerror(rc));
        return rc;
    }
    return MM_OK;
}

static void pipeline_limits(mm_pipeline *p, const mm_config *cfg)
{
    memset(&p->lim, 0, sizeof p->lim);
    p->lim.max_scan_bytes = cfg->max_scan_size;
}

int mm_pipeline_open(const mm_config *cfg, mm_pipeline **out, mm_buf *err)
{
    pthread_once(&gmime_once, pipeline_gmime_init);
    mm_pipeline *p = calloc(1, sizeof *p);
    if (p == NULL)
        return MM_ENOMEM;
    pthread_mutex_init(&p->lock, NULL);
    p->data_dir = strdup(cfg->data_dir);
    pipeline_limits(p, cfg);
    int rc = MM_ENOMEM;
    if (p->data_dir == NULL)
        goto fail;
    if (cfg->dev_defaults && mkdir(cfg->data_dir, 0700) != 0 && errno != EEXIST) {
        /* ./var may be missing too */
        char parent[PATH_MAX];
        snprintf(parent, sizeof parent, "%s", cfg->data_dir);
        char *slash = strrchr(parent, '/');
        if (slash) {
            *slash = '\0';
            (void)mkdir(parent, 0755);
        }
        if (mkdir(cfg->data_dir, 0700) != 0 && errno != EEXIST) {
            pipeline_err(err, "DataDir %s: cannot create: %s", cfg->data_dir, strerror(errno));
            rc = MM_EIO;
            goto fail;
        }
    }
    if ((rc = pipeline_keys(p, cfg, err)) != MM_OK)
        goto fail;
    rc = mm_store_open(cfg->data_dir, cfg->map_size, cfg->store_flags, &p->store);
    if (rc != MM_OK) {
        pipeline_err(err, "DataDir %s: cannot open the store: %s", cfg->data_dir,
                     mm_strerror(rc));
        goto fail;
    }
    if ((rc = pipeline_load_policy_file(p, cfg->policy, cfg->policy_explicit, err)) != MM_OK)
        goto fail;
    if ((rc = pipeline_refresh(p)) != MM_OK) {
        pipeline_err(err, "no usable policy in %s (%s): load one with medmilterctl policy load",
                     cfg->data_dir, mm_strerror(rc));
        goto fail;
    }
    if (p->cur == NULL) {
        pipeline_err(err, "no policy: set Policy in the configuration or run "
                          "medmilterctl policy load");
        rc = MM_EPOLICY;
        goto fail;
    }
    rc = mm_audit_writer_open(p->store, p->vp,
                              (cfg->store_flags & MM_STORE_BATCH) ? MM_AUDIT_INLINE : 0, &p->aw);
    if (rc != MM_OK) {
        pipeline_err(err, "cannot start the audit writer: %s", mm_strerror(rc));
        goto fail;
    }
    *out = p;
    return MM_OK;
fail:
    mm_pipeline_close(p);
    return rc;
}

int mm_pipeline_flush(mm_pipeline *p)
{
    return mm_store_flush(p->store);
}

void mm_pipeline_close(mm_pipeline *p)
{
    if (p == NULL)
        return;
    if (p->aw)
        mm_audit_writer_stop(p->aw);
    compiled_release(p->cur);
    if (p->store)
        mm_store_close(p->store);
    mm_hostkey_free(p->hk);
    mm_vault_pub_free(p->vp);
    pthread_mutex_destroy(&p->lock);
    free(p->data_dir);
    free(p);
}

int mm_pipeline_reload(mm_pipeline *p, const mm_config *cfg, mm_buf *err)
{
    int rc = pipeline_load_policy_file(p, cfg->policy, cfg->policy_explicit, err);
    if (rc != MM_OK)
        return rc;
    pthread_mutex_lock(&p->lock);
    pipeline_limits(p, cfg);
    pthread_mutex_unlock(&p->lock);
    return pipeline_refresh(p);
}

int mm_worker_new(mm_pipeline *p, mm_worker **out)
{
    mm_worker *w = calloc(1, sizeof *w);
    if (w == NULL)
        return MM_ENOMEM;
    w->p = p;
    int rc = mm_classify_scratch_new(&w->cs);
    if (rc == MM_OK && (rc = mm_auditjson_new(&w->aj)) != MM_OK)
        mm_classify_scratch_free(w->cs);
    if (rc != MM_OK) {
        free(w);
        return rc;
    }
    *out = w;
    return MM_OK;
}

void mm_worker_free(mm_worker *w)
{
    if (w == NULL)
        return;
    mm_detect_scratch_free(w->ds);
    mm_classify_scratch_free(w->cs);
    mm_auditjson_free(w->aj);
    free(w->items);
    mm_buf_wipe(&w->audit_json);
    mm_span_list_free(&w->spans);
    free(w);
}

/* --- decisions ---------------------------------------------------------- */

struct hit {
    size_t seg;
    mm_span span;
    mm_action action;
    char token[MM_TOKEN_MAX];
    mm_buf repl;
};

struct run {
    mm_pipeline *p;
    mm_worker *w;
    struct mm_compiled *c;
    const mm_envelope *env;
    mm_message *msg;
    struct hit *hits;
    size_t nhits, hcap;
    mm_result *res;
    char patient_token[MM_TOKEN_MAX];
    mm_phi_type patient_type;
    const mm_segment *patient_seg;
    size_t patient_hit;
};

static int run_add_hit(struct run *r, size_t seg, const mm_span *sp)
{
    if (r->nhits == r->hcap) {
        size_t cap = r->hcap ? r->hcap * 2 : 16;
        struct hit *h = realloc(r->hits, cap * sizeof *h);
        if (h == NULL)
            return MM_ENOMEM;
        r->hits = h;
        r->hcap = cap;
    }
    struct hit *h = &r->hits[r->nhits++];
    memset(h, 0, sizeof *h);
    h->seg = seg;
    h->span = *sp;
    return MM_OK;
}

static void run_free_hits(struct run *r)
{
    for (size_t i = 0; i < r->nhits; i++)
        mm_buf_wipe(&r->hits[i].repl);
    if (r->hits) /* entries past nhits were never written */
        sodium_memzero(r->hits, r->nhits * sizeof *r->hits);
    free(r->hits);
    r->hits = NULL;
    r->nhits = r->hcap = 0;
}

/* mask: every letter or digit but the last four becomes '*'. */
static int mask_value(const char *s, size_t n, mm_buf *out)
{
    size_t alnum = 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] >= '0' && s[i] <= '9') || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
            alnum++;
    size_t seen = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if ((ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z')) {
            if (++seen + 4 <= alnum)
                ch = '*';
        }
        int rc = mm_buf_append(out, &ch, 1);
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

static int is_patient_type(mm_phi_type t)
{
    return t == MM_PHI_MRN || t == MM_PHI_NIR || t == MM_PHI_INS || t == MM_PHI_SSN ||
           t == MM_PHI_MBI;
}

static int run_detect(struct run *r)
{
    mm_worker *w = r->w;
    if (w->ds_for != r->c->det) {
        mm_detect_scratch_free(w->ds);
        w->ds = NULL;
        w->ds_for = NULL;
        int rc = mm_detect_scratch_new(r->c->det, &w->ds);
        if (rc != MM_OK)
            return rc;
        w->ds_for = r->c->det;
    }
    /* The worker's list: no allocation per message, and only the spans
     * written are wiped (the list holds ~300 bytes per entry). */
    mm_span_list *spans = &w->spans;
    size_t nseg = mm_message_nsegments(r->msg);
    int rc = MM_OK;
    for (size_t i = 0; i < nseg && rc == MM_OK; i++) {
        const mm_segment *s = mm_message_segment(r->msg, i);
        spans->n = 0;
        rc = mm_detect_run(r->c->det, w->ds, s->text, s->len, spans);
        for (size_t k = 0; k < spans->n && rc == MM_OK; k++)
            rc = run_add_hit(r, i, &spans->v[k]);
        if (spans->n)
            sodium_memzero(spans->v, spans->n * sizeof *spans->v);
    }
    spans->n = 0;
    return rc;
}

static int run_decide(struct run *r, mm_direction dir)
{
    const mm_policy *pol = r->c->policy;
    const mm_envelope *env = r->env;
    r->patient_hit = SIZE_MAX;
    for (size_t i = 0; i < r->nhits; i++) {
        struct hit *h = &r->hits[i];
        const mm_segment *s = mm_message_segment(r->msg, h->seg);
        h->action = mm_policy_action(pol, h->span.type, dir, env->rcpts, env->nrcpts);
        size_t tlen = 0;
        int rc = MM_OK;
        if (h->action == MM_ACT_TOKENIZE || is_patient_type(h->span.type)) {
            rc = mm_token_make(r->p->hk, h->span.type, h->span.norm, h->span.norm_len, h->token,
                               &tlen);
            if (rc != MM_OK)
                return rc;
        }
        if (r->patient_hit == SIZE_MAX && is_patient_type(h->span.type) &&
            h->action != MM_ACT_KEEP)
            r->patient_hit = i;
        const char *orig = s->text + h->span.start;
        size_t olen = h->span.end - h->span.start;
        switch (h->action) {
        case MM_ACT_TOKENIZE: rc = mm_buf_append(&h->repl, h->token, tlen); break;
        case MM_ACT_MASK: rc = mask_value(orig, olen, &h->repl); break;
        case MM_ACT_REDACT:
            rc = mm_buf_appendf(&h->repl, "[REDACTED %s]", mm_phi_tag(h->span.type));
            break;
        default: break;
        }
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

/* Vault items: originals of every token that leaves this host (tokenized
 * values and the patient header token). They are stored in the audit
 * record's transaction: one durable commit, one X25519 operation. */
static int run_vault_items(struct run *r, mm_vault_item **out, size_t *nout)
{
    mm_worker *w = r->w;
    size_t n = 0;
    for (size_t i = 0; i < r->nhits; i++) {
        struct hit *h = &r->hits[i];
        if (h->action != MM_ACT_TOKENIZE && i != r->patient_hit)
            continue;
        if (mm_array_grow((void **)&w->items, &w->items_cap, n, sizeof *w->items) != MM_OK)
            return MM_ENOMEM;
        const mm_segment *s = mm_message_segment(r->msg, h->seg);
        w->items[n++] = (mm_vault_item){
            .token = h->token, .tlen = strlen(h->token), .type = h->span.type,
            .norm = h->span.norm, .nlen = h->span.norm_len,
            .value = s->text + h->span.start, .vlen = h->span.end - h->span.start,
        };
    }
    *out = w->items; /* the worker's: not freed by the caller */
    *nout = n;
    return MM_OK;
}

/* --- thread key for escalation dedupe ------------------------------------ */

static const char *run_header(const mm_message *m, const char *want)
{
    size_t n = mm_message_nheaders(m);
    for (size_t i = 0; i < n; i++) {
        const char *name, *value;
        if (mm_message_header(m, i, &name, &value) == MM_OK && strcasecmp(name, want) == 0)
            return value;
    }
    return NULL;
}

/* The thread root: first id of References, else In-Reply-To, else the
 * message's own Message-ID. */
static int run_thread_id(const mm_message *m, char *out, size_t size)
{
    const char *v = run_header(m, "References");
    if (v == NULL || strchr(v, '<') == NULL)
        v = run_header(m, "In-Reply-To");
    if (v == NULL || strchr(v, '<') == NULL)
        v = run_header(m, "Message-ID");
    if (v == NULL)
        return MM_ENOTFOUND;
    const char *a = strchr(v, '<'), *b = a ? strchr(a, '>') : NULL;
    if (a == NULL || b == NULL)
        return MM_ENOTFOUND;
    snprintf(out, size, "%.*s", (int)(b - a + 1), a);
    return MM_OK;
}

static int rcpt_present(const mm_envelope *env, const char *addr)
{
    for (size_t i = 0; i < env->nrcpts; i++)
        if (strcasecmp(env->rcpts[i], addr) == 0)
            return 1;
    return 0;
}

static int run_escalate(struct run *r, time_t now, int *deduped)
{
    const char *rule = NULL;
    char **addrs = NULL;
    size_t naddrs = 0;
    unsigned window = 0;
    mm_result *res = r->res;
    *deduped = 0;
    int e = mm_policy_escalation(r->c->policy, (mm_category)res->category, res->urgent,
                                 r->env->rcpts, r->env->nrcpts, now, &rule, &addrs, &naddrs,
                                 &window);
    if (e <= 0)
        return e < 0 ? e : MM_OK;
    str_copy(res->esc_rule, sizeof res->esc_rule, rule ? rule : "escalate");

    char tid[512];
    int rc = MM_OK;
    unsigned char key[crypto_generichash_BYTES];
    int have_thread = run_thread_id(r->msg, tid, sizeof tid) == MM_OK;
    if (have_thread && window > 0) {
        /* Keyed hash: thread ids stay unreadable in the store. */
        uint32_t kid;
        const unsigned char *sub = mm_hostkey_subkey(r->p->hk, MM_SUBKEY_CHECK, 0, &kid);
        crypto_generichash_state st;
        crypto_generichash_init(&st, sub, MM_KEY_BYTES, sizeof key);
        crypto_generichash_update(&st, (const unsigned char *)"thread\0", 7);
        crypto_generichash_update(&st, (const unsigned char *)tid, strlen(tid));
        crypto_generichash_update(&st, (const unsigned char *)res->esc_rule,
                                  strlen(res->esc_rule));
        crypto_generichash_final(&st, key, sizeof key);
        pthread_mutex_lock(&r->p->lock);
        mm_buf val = MM_BUF_INIT;
        int g = mm_store_get(r->p->store, r->p->hk, "threads", key, sizeof key, &val);
        if (g == MM_OK && val.len == 8) {
            uint64_t last = 0;
            for (int i = 0; i < 8; i++)
                last = last << 8 | (unsigned char)val.data[i];
            if ((uint64_t)now >= last && (uint64_t)now - last < window)
                *deduped = 1;
        }
        mm_buf_free(&val);
        /* Shadow mode pages nobody, so it must not hold back a later real page. */
        if (!*deduped && !res->shadow) {
            unsigned char t[8];
            for (int i = 0; i < 8; i++)
                t[i] = (unsigned char)((uint64_t)now >> (56 - 8 * i));
            rc = mm_store_put(r->p->store, r->p->hk, "threads", key, sizeof key, t, sizeof t);
        }
        pthread_mutex_unlock(&r->p->lock);
    }
    if (rc == MM_OK && !*deduped && naddrs) {
        res->escalate_to = calloc(naddrs, sizeof *res->escalate_to);
        if (res->escalate_to == NULL)
            rc = MM_ENOMEM;
        for (size_t i = 0; rc == MM_OK && i < naddrs; i++) {
            if (rcpt_present(r->env, addrs[i]))
                continue;
            if ((res->escalate_to[res->nescalate] = strdup(addrs[i])) == NULL)
                rc = MM_ENOMEM;
            else
                res->nescalate++;
        }
    }
    mm_policy_addrs_free(addrs, naddrs);
    return rc;
}

/* --- headers -------------------------------------------------------------- */

static int res_hdr(mm_result *res, enum mm_hdr_op op, const char *name, unsigned index,
                   const char *value)
{
    mm_hdr_action *h = realloc(res->hdrs, (res->nhdrs + 1) * sizeof *h);
    if (h == NULL)
        return MM_ENOMEM;
    res->hdrs = h;
    h = &res->hdrs[res->nhdrs];
    h->op = op;
    h->index = index;
    h->name = strdup(name);
    h->value = value ? strdup(value) : NULL;
    if (h->name == NULL || (value && h->value == NULL)) {
        free(h->name);
        free(h->value);
        return MM_ENOMEM;
    }
    res->nhdrs++;
    return MM_OK;
}

/* Delete every X-MedMilter-* header that came with the message (forgery),
 * highest index first so the remaining indices stay valid. */
static int run_strip_forged(struct run *r)
{
    size_t n = mm_message_nheaders(r->msg);
    for (size_t i = n; i-- > 0;) {
        const char *name, *value;
        if (mm_message_header(r->msg, i, &name, &value) != MM_OK ||
            strncasecmp(name, MM_HDR_PREFIX, strlen(MM_HDR_PREFIX)) != 0)
            continue;
        unsigned index = 0;
        for (size_t k = 0; k <= i; k++) {
            const char *n2, *v2;
            if (mm_message_header(r->msg, k, &n2, &v2) == MM_OK && strcasecmp(n2, name) == 0)
                index++;
        }
        int rc = res_hdr(r->res, MM_HOP_DELETE, name, index, NULL);
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

static int run_add_headers(struct run *r)
{
    mm_result *res = r->res;
    const char *scan = scan_name(res->scan_state);
    char buf[512];
    int rc = res_hdr(res, MM_HOP_ADD, MM_HDR_PREFIX "Category", 0,
                     mm_category_name((mm_category)res->category));
    if (rc == MM_OK)
        rc = res_hdr(res, MM_HOP_ADD, MM_HDR_PREFIX "Priority", 0,
                     res->urgent ? "urgent" : "normal");
    if (rc == MM_OK)
        rc = res_hdr(res, MM_HOP_ADD, MM_HDR_PREFIX "Route", 0, res->route);
    if (rc == MM_OK && res->nphi) {
        unsigned counts[MM_PHI_COUNT], acts[MM_NACTIONS];
        result_counts(res, counts, acts);
        size_t off = 0;
        buf[0] = '\0';
        for (int t = 0; t < MM_PHI_COUNT; t++)
            if (counts[t] && off < sizeof buf)
                off += (size_t)snprintf(buf + off, sizeof buf - off, "%s%s=%u", off ? " " : "",
                                        mm_phi_name((mm_phi_type)t), counts[t]);
        rc = res_hdr(res, MM_HOP_ADD, MM_HDR_PREFIX "PHI", 0, buf);
    }
    if (rc == MM_OK && r->patient_hit != SIZE_MAX)
        rc = res_hdr(res, MM_HOP_ADD, MM_HDR_PREFIX "Patient", 0,
                     r->hits[r->patient_hit].token);
    for (size_t i = 0; rc == MM_OK && i < res->nescalate; i++) {
        snprintf(buf, sizeof buf, "to=<%s>; rule=%s", res->escalate_to[i], res->esc_rule);
        rc = res_hdr(res, MM_HOP_ADD, MM_HDR_PREFIX "Escalated", 0, buf);
    }
    if (rc == MM_OK) {
        if (res->scan_state == MM_SCAN_OK)
            snprintf(buf, sizeof buf, "ok; policy=%s; audit=%llu", res->policy_version,
                     (unsigned long long)res->audit_seq);
        else
            snprintf(buf, sizeof buf, "%s; %s;\n\tpolicy=%s; audit=%llu", scan,
                     res->scan_reason, res->policy_version, (unsigned long long)res->audit_seq);
        rc = res_hdr(res, MM_HOP_ADD, MM_HDR_PREFIX "Scan", 0, buf);
    }
    return rc;
}

/* --- audit ----------------------------------------------------------------- */

static int run_audit(struct run *r, time_t now, int deduped, mm_vault_item *items, size_t nitems)
{
    mm_result *res = r->res;
    mm_buf *out = &r->w->audit_json;
    mm_auditjson_in in = {.res = res,
                          .time = (int64_t)now,
                          .queue_id = r->env->queue_id,
                          .message_id = run_header(r->msg, "Message-ID"),
                          .deduped = deduped};
    int rc = mm_auditjson_build(r->w->aj, &in, out);
    if (rc == MM_OK)
        rc = mm_audit_append_vault(r->p->aw, r->p->hk, items, nitems, out->data, out->len,
                                   &res->audit_seq);
    if (out->data) /* the record names message ids and tokens */
        sodium_memzero(out->data, out->len);
    out->len = 0;
    if (rc == MM_ECOLLISION) /* 60-bit token id shared by two values: never seen, but defined */
        mm_log(MM_LOG_ERR, "token collision in the vault: message refused (OnError)");
    return rc;
}

/* --- the pipeline ------------------------------------------------------------ */

static double elapsed_ms(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static int run_classify(struct run *r)
{
    size_t nseg = mm_message_nsegments(r->msg);
    const char **texts = calloc(nseg ? nseg : 1, sizeof *texts);
    size_t *lens = calloc(nseg ? nseg : 1, sizeof *lens);
    if (texts == NULL || lens == NULL) {
        free(texts), free(lens);
        return MM_ENOMEM;
    }
    const char *subj = NULL;
    size_t slen = 0, nt = 0;
    for (size_t i = 0; i < nseg; i++) {
        const mm_segment *s = mm_message_segment(r->msg, i);
        if (s->kind == MM_SEG_HEADER) {
            if (subj == NULL && s->hdr_name && strcasecmp(s->hdr_name, "Subject") == 0)
                subj = s->text, slen = s->len;
            continue;
        }
        texts[nt] = s->text;
        lens[nt++] = s->len;
    }
    mm_classify_result cr;
    int rc = mm_classify(r->c->policy, r->w->cs, subj ? subj : "", slen, texts, lens, nt, &cr);
    free(texts);
    free(lens);
    if (rc != MM_OK)
        return rc;
    r->res->category = (int)cr.category;
    r->res->urgent = cr.urgent;
    return MM_OK;
}

static int run_pipeline(struct run *r, const char *data, size_t len, time_t now,
                        struct timespec *t0)
{
    mm_result *res = r->res;
    const mm_envelope *env = r->env;
    const mm_policy *pol = r->c->policy;
    int rc = mm_message_parse(data, len, &r->p->lim, &r->msg);
    if (rc != MM_OK)
        return rc;
    const char *reason = NULL;
    res->scan_state = mm_message_scan_state(r->msg, &reason);
    if (env->oversize) {
        res->scan_state = MM_SCAN_PARTIAL;
        reason = "size>MaxScanSize";
    }
    if (reason)
        str_copy(res->scan_reason, sizeof res->scan_reason, reason);
    str_copy(res->policy_version, sizeof res->policy_version, mm_policy_version_label(pol));
    res->shadow = !mm_policy_enforce(pol);
    res->direction = (int)mm_policy_direction(pol, env->client_ip, env->auth_user != NULL,
                                              env->rcpts, env->nrcpts);
    if ((rc = run_detect(r)) != MM_OK || (rc = run_classify(r)) != MM_OK ||
        (rc = run_decide(r, (mm_direction)res->direction)) != MM_OK)
        return rc;
    str_copy(res->route, sizeof res->route,
             mm_policy_route(pol, (mm_category)res->category, env->rcpts, env->nrcpts));

    /* Report every hit; replace those whose action changes them. */
    res->phi = calloc(r->nhits ? r->nhits : 1, sizeof *res->phi);
    mm_replacement *repl = calloc(r->nhits ? r->nhits : 1, sizeof *repl);
    if (res->phi == NULL || repl == NULL) {
        free(repl);
        return MM_ENOMEM;
    }
    size_t nrepl = 0;
    for (size_t i = 0; i < r->nhits; i++) {
        struct hit *h = &r->hits[i];
        const mm_segment *s = mm_message_segment(r->msg, h->seg);
        mm_phi_hit *ph = &res->phi[res->nphi++];
        ph->type = h->span.type;
        ph->action = (int)h->action;
        str_copy(ph->where, sizeof ph->where, s->where);
        if (h->action == MM_ACT_TOKENIZE)
            str_copy(ph->token, sizeof ph->token, h->token);
        if (h->action != MM_ACT_KEEP && !(env->oversize && s->kind != MM_SEG_HEADER))
            repl[nrepl++] = (mm_replacement){h->seg, h->span.start, h->span.end, h->repl.data,
                                             h->repl.len};
    }
    mm_rewrite rw = {0};
    mm_vault_item *items = NULL;
    size_t nitems = 0;
    if (!res->shadow && nrepl)
        rc = mm_message_rewrite(r->msg, repl, nrepl, &rw);
    free(repl);
    if (rc == MM_OK && !res->shadow)
        rc = run_vault_items(r, &items, &nitems);
    int deduped = 0;
    if (rc == MM_OK)
        rc = run_escalate(r, now, &deduped);
    if (rc != MM_OK) {
        mm_rewrite_free(&rw);
        return rc;
    }
    if (res->shadow) {
        /* Decide and audit, change nothing. */
        for (size_t i = 0; i < res->nescalate; i++)
            free(res->escalate_to[i]);
        res->nescalate = 0;
    } else {
        rc = run_strip_forged(r);
        for (size_t i = 0; rc == MM_OK && i < rw.nhdrs; i++)
            rc = res_hdr(res, MM_HOP_CHANGE, rw.hdrs[i].name, rw.hdrs[i].index,
                         rw.hdrs[i].value);
        if (rc == MM_OK && rw.body_changed && !env->oversize) {
            res->body_changed = 1;
            res->body = rw.body;
            memset(&rw.body, 0, sizeof rw.body);
        }
        /* "changed": identifiers were replaced (routing headers aside). */
        res->changed = rw.nhdrs > 0 || res->body_changed;
    }
    mm_rewrite_free(&rw);
    if (rc == MM_OK) {
        res->elapsed_ms = elapsed_ms(t0);
        rc = run_audit(r, now, deduped, items, nitems);
    }
    if (rc != MM_OK)
        return rc;
    if (!res->shadow)
        rc = run_add_headers(r);
    return rc;
}

int mm_pipeline_run(mm_pipeline *p, mm_worker *w, const mm_envelope *env, const char *msg,
                    size_t len, time_t now, mm_result *out)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    memset(out, 0, sizeof *out);
    int rc = pipeline_refresh(p);
    if (rc != MM_OK)
        mm_log(MM_LOG_WARNING, "cannot check for a new policy version: %s", mm_strerror(rc));
    struct run r = {.p = p, .w = w, .env = env, .res = out, .patient_hit = SIZE_MAX};
    r.c = pipeline_acquire(p);
    if (r.c == NULL)
        return MM_EPOLICY;
    rc = run_pipeline(&r, msg, len, now, &t0);
    if (rc == MM_OK) /* batched store (scan): commit when due, between messages */
        rc = mm_store_tick(p->store);
    run_free_hits(&r);
    mm_message_free(r.msg);
    compiled_release(r.c);
    out->elapsed_ms = elapsed_ms(&t0);
    if (rc != MM_OK)
        mm_result_free(out);
    return rc;
}

void mm_result_free(mm_result *r)
{
    for (size_t i = 0; i < r->nhdrs; i++) {
        free(r->hdrs[i].name);
        free(r->hdrs[i].value);
    }
    free(r->hdrs);
    for (size_t i = 0; i < r->nescalate; i++)
        free(r->escalate_to[i]);
    free(r->escalate_to);
    free(r->phi);
    mm_buf_wipe(&r->body);
    memset(r, 0, sizeof *r);
}

int mm_result_render(const char *msg, size_t len, const mm_result *r, mm_buf *out)
{
    pthread_once(&gmime_once, pipeline_gmime_init);
    mm_message *m;
    int rc = mm_message_parse(msg, len, NULL, &m);
    if (rc != MM_OK)
        return rc;
    mm_hdr_change *chg = calloc(r->nhdrs + 1, sizeof *chg);
    mm_hdr_edit *ed = calloc(r->nhdrs + 1, sizeof *ed);
    if (chg == NULL || ed == NULL) {
        free(chg), free(ed);
        mm_message_free(m);
        return MM_ENOMEM;
    }
    mm_rewrite rw = {.hdrs = chg, .body_changed = r->body_changed, .body = r->body};
    size_t ned = 0;
    /* Changes are applied by render before the edits: keep the milter's
     * order (deletes never precede a change of the same name). */
    for (size_t i = 0; i < r->nhdrs; i++) {
        const mm_hdr_action *h = &r->hdrs[i];
        if (h->op == MM_HOP_CHANGE)
            chg[rw.nhdrs++] = (mm_hdr_change){h->name, h->index, h->value};
        else
            ed[ned++] = (mm_hdr_edit){h->op == MM_HOP_DELETE ? MM_HDR_DELETE : MM_HDR_ADD,
                                      h->name, h->index, h->value};
    }
    rc = mm_message_render(m, &rw, ed, ned, out);
    free(chg);
    free(ed);
    mm_message_free(m);
    return rc;
}

int mm_result_json(const mm_result *r, const char *file, mm_buf *out)
{
    json_t *o = json_object(), *phi = json_array(), *esc = json_array();
    if (o == NULL || phi == NULL || esc == NULL) {
        json_decref(o), json_decref(phi), json_decref(esc);
        return MM_ENOMEM;
    }
    json_object_set_new(o, "file", json_string(file ? file : "-"));
    json_object_set_new(o, "direction", json_string(mm_direction_name(r->direction)));
    json_object_set_new(o, "category", json_string(mm_category_name(r->category)));
    json_object_set_new(o, "priority", json_string(r->urgent ? "urgent" : "normal"));
    json_object_set_new(o, "route", json_string(r->route));
    for (size_t i = 0; i < r->nphi; i++) {
        json_t *e = json_pack("{s:s, s:s, s:s, s:s?}", "type", mm_phi_name(r->phi[i].type),
                              "where", r->phi[i].where, "action",
                              mm_action_name((mm_action)r->phi[i].action), "token",
                              r->phi[i].token[0] ? r->phi[i].token : NULL);
        if (e && !r->phi[i].token[0])
            json_object_set_new(e, "token", json_null());
        json_array_append_new(phi, e);
    }
    json_object_set_new(o, "phi", phi);
    for (size_t i = 0; i < r->nescalate; i++)
        json_array_append_new(esc, json_string(r->escalate_to[i]));
    json_object_set_new(o, "escalate_to", esc);
    json_object_set_new(o, "changed", json_boolean(r->changed));
    json_object_set_new(o, "scan", json_string(scan_name(r->scan_state)));
    if (r->scan_state != MM_SCAN_OK)
        json_object_set_new(o, "reason", json_string(r->scan_reason));
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (s == NULL)
        return MM_ENOMEM;
    int rc = mm_buf_append(out, s, strlen(s));
    free(s);
    return rc;
}

int mm_result_logline(const mm_result *r, const char *queue_id, mm_buf *out)
{
    unsigned counts[MM_PHI_COUNT], acts[MM_NACTIONS];
    result_counts(r, counts, acts);
    int rc = mm_buf_appendf(out, "%s: direction=%s category=%s priority=%s route=%s phi=",
                            queue_id ? queue_id : "-", mm_direction_name(r->direction),
                            mm_category_name(r->category), r->urgent ? "urgent" : "normal",
                            r->route);
    int any = 0;
    for (int t = 0; rc == MM_OK && t < MM_PHI_COUNT; t++)
        if (counts[t])
            rc = mm_buf_appendf(out, "%s%s:%u", any++ ? "," : "", mm_phi_name((mm_phi_type)t),
                                counts[t]);
    if (rc == MM_OK && !any)
        rc = mm_buf_appendf(out, "none");
    if (rc == MM_OK)
        rc = mm_buf_appendf(out, " actions=tokenize:%u,mask:%u,redact:%u,keep:%u",
                            acts[MM_ACT_TOKENIZE], acts[MM_ACT_MASK], acts[MM_ACT_REDACT],
                            acts[MM_ACT_KEEP]);
    for (size_t i = 0; rc == MM_OK && i < r->nescalate; i++)
        rc = mm_buf_appendf(out, " escalated=%s", r->escalate_to[i]);
    if (rc == MM_OK)
        rc = mm_buf_appendf(out, " mode=%s body=%s scan=%s%s%s audit=%llu elapsed=%.1fms",
                            r->shadow ? "shadow" : "enforce",
                            r->body_changed ? "replaced" : "unchanged",
                            scan_name(r->scan_state),
                            r->scan_state == MM_SCAN_OK ? "" : ":",
                            r->scan_state == MM_SCAN_OK ? "" : r->scan_reason,
                            (unsigned long long)r->audit_seq, r->elapsed_ms);
    return rc;
}

int mm_result_logjson(const mm_result *r, const char *queue_id, mm_buf *out)
{
    unsigned counts[MM_PHI_COUNT], acts[MM_NACTIONS];
    result_counts(r, counts, acts);
    json_t *o = json_object(), *phi = json_object(), *act = json_object(), *esc = json_array();
    if (o == NULL || phi == NULL || act == NULL || esc == NULL) {
        json_decref(o), json_decref(phi), json_decref(act), json_decref(esc);
        return MM_ENOMEM;
    }
    for (int t = 0; t < MM_PHI_COUNT; t++)
        if (counts[t])
            json_object_set_new(phi, mm_phi_name((mm_phi_type)t), json_integer(counts[t]));
    for (int a = 0; a < MM_NACTIONS; a++)
        if (acts[a])
            json_object_set_new(act, mm_action_name((mm_action)a), json_integer(acts[a]));
    for (size_t i = 0; i < r->nescalate; i++)
        json_array_append_new(esc, json_string(r->escalate_to[i]));
    json_object_set_new(o, "event", json_string("message"));
    json_object_set_new(o, "queue_id", json_string(queue_id ? queue_id : ""));
    json_object_set_new(o, "direction", json_string(mm_direction_name(r->direction)));
    json_object_set_new(o, "category", json_string(mm_category_name(r->category)));
    json_object_set_new(o, "priority", json_string(r->urgent ? "urgent" : "normal"));
    json_object_set_new(o, "route", json_string(r->route));
    json_object_set_new(o, "phi", phi);
    json_object_set_new(o, "actions", act);
    json_object_set_new(o, "escalated", esc);
    json_object_set_new(o, "mode", json_string(r->shadow ? "shadow" : "enforce"));
    json_object_set_new(o, "body", json_string(r->body_changed ? "replaced" : "unchanged"));
    json_object_set_new(o, "scan", json_string(scan_name(r->scan_state)));
    if (r->scan_state != MM_SCAN_OK)
        json_object_set_new(o, "reason", json_string(r->scan_reason));
    json_object_set_new(o, "policy", json_string(r->policy_version));
    json_object_set_new(o, "audit_seq", json_integer((json_int_t)r->audit_seq));
    json_object_set_new(o, "elapsed_ms", json_real(r->elapsed_ms));
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4));
    json_decref(o);
    if (s == NULL)
        return MM_ENOMEM;
    int rc = mm_buf_append(out, s, strlen(s));
    free(s);
    return rc;
}
