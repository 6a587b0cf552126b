/*
 * audit.c - hash-chained audit records, the group-commit writer, chain
 * verification and export. See audit.h for the record format.
 */
#include "audit.h"

#include <inttypes.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sodium.h>

#include "vault.h"

#define REC_VERSION 1
#define REC_HDR (1 + 8 + 2 * MM_AUDIT_HASH_LEN)
#define HEAD_LEN (1 + 8 + MM_AUDIT_HASH_LEN)

static const unsigned char head_key[8]; /* sequence 0 */

static void record_hash(unsigned char out[MM_AUDIT_HASH_LEN], const unsigned char prev[MM_AUDIT_HASH_LEN],
                        uint64_t seq, int64_t t, const unsigned char *sealed, size_t slen)
{
    crypto_generichash_state h;
    unsigned char num[16];
    mm_put_be64(num, seq);
    mm_put_be64(num + 8, (uint64_t)t);
    crypto_generichash_init(&h, NULL, 0, MM_AUDIT_HASH_LEN);
    crypto_generichash_update(&h, prev, MM_AUDIT_HASH_LEN);
    crypto_generichash_update(&h, num, sizeof num);
    crypto_generichash_update(&h, sealed, slen);
    crypto_generichash_final(&h, out, MM_AUDIT_HASH_LEN);
}

static void audit_ad(unsigned char ad[14], uint64_t seq)
{
    memcpy(ad, "audit:", 6);
    mm_put_be64(ad + 6, seq);
}

int mm_audit_record_decode(const void *key, size_t klen, const void *val, size_t vlen, mm_audit_record *r)
{
    const unsigned char *p = val;
    if (klen != 8 || vlen < REC_HDR + MM_SEAL_OVERHEAD || p[0] != REC_VERSION)
        return MM_ECORRUPT;
    r->seq = mm_get_be64(key);
    if (r->seq == 0)
        return MM_ECORRUPT;
    r->time = (int64_t)mm_get_be64(p + 1);
    r->prev_hash = p + 9;
    r->hash = p + 9 + MM_AUDIT_HASH_LEN;
    r->sealed = p + REC_HDR;
    r->sealed_len = vlen - REC_HDR;
    return MM_OK;
}

/* ---- verification ---- */

void mm_audit_verifier_init(mm_audit_verifier *v, mm_buf *reason)
{
    memset(v, 0, sizeof *v);
    v->next = 1;
    v->reason = reason;
}

static int verify_bad(mm_audit_verifier *v, uint64_t seq, const char *fmt, ...) MM_PRINTF(3, 4);
static int verify_bad(mm_audit_verifier *v, uint64_t seq, const char *fmt, ...)
{
    v->first_bad = seq;
    if (v->reason) {
        va_list ap;
        va_start(ap, fmt);
        mm_buf_reset(v->reason);
        if (mm_buf_vappendf(v->reason, fmt, ap) != MM_OK)
            mm_buf_reset(v->reason);
        va_end(ap);
    }
    return MM_ECORRUPT;
}

int mm_audit_verifier_feed(mm_audit_verifier *v, const void *key, size_t klen, const void *val, size_t vlen)
{
    if (v->first_bad)
        return MM_ECORRUPT;
    if (klen != 8)
        return verify_bad(v, v->next, "unexpected key of %zu bytes in the audit database", klen);
    uint64_t seq = mm_get_be64(key);
    if (seq == 0) {
        const unsigned char *p = val;
        if (vlen != HEAD_LEN || p[0] != REC_VERSION || mm_get_be64(p + 1) == 0)
            return verify_bad(v, 1, "audit head record malformed");
        v->have_head = 1;
        v->head_seq = mm_get_be64(p + 1);
        memcpy(v->head_hash, p + 9, MM_AUDIT_HASH_LEN);
        return MM_OK;
    }
    if (seq != v->next)
        return verify_bad(v, v->next, "record %" PRIu64 " missing (deleted)", v->next);
    mm_audit_record r;
    if (mm_audit_record_decode(key, klen, val, vlen, &r) != MM_OK)
        return verify_bad(v, seq, "record %" PRIu64 " malformed (truncated or changed)", seq);
    if (sodium_memcmp(r.prev_hash, v->prev, MM_AUDIT_HASH_LEN) != 0)
        return verify_bad(v, seq,
                          "record %" PRIu64 " does not link to the record before it (changed, or records "
                          "reordered or deleted)", seq);
    unsigned char h[MM_AUDIT_HASH_LEN];
    record_hash(h, r.prev_hash, seq, r.time, r.sealed, r.sealed_len);
    if (sodium_memcmp(h, r.hash, MM_AUDIT_HASH_LEN) != 0)
        return verify_bad(v, seq, "record %" PRIu64 " changed (hash mismatch)", seq);
    memcpy(v->prev, h, MM_AUDIT_HASH_LEN);
    v->n++;
    v->next = seq + 1;
    return MM_OK;
}

int mm_audit_verifier_finish(mm_audit_verifier *v)
{
    if (v->first_bad)
        return MM_ECORRUPT;
    uint64_t last = v->next - 1;
    if (!v->have_head)
        return last == 0 ? MM_OK : verify_bad(v, last, "audit head missing (last record %" PRIu64 ")", last);
    if (v->head_seq > last)
        return verify_bad(v, last + 1, "records from %" PRIu64 " on missing (trail truncated)", last + 1);
    if (v->head_seq < last || sodium_memcmp(v->head_hash, v->prev, MM_AUDIT_HASH_LEN) != 0)
        return verify_bad(v, last, "record %" PRIu64 " does not match the audit head (changed or added)", last);
    return MM_OK;
}

static int verify_cb(void *arg, const void *key, size_t klen, const void *val, size_t vlen)
{
    return mm_audit_verifier_feed(arg, key, klen, val, vlen) == MM_OK ? 0 : 1;
}

int mm_audit_verify(mm_store *st, uint64_t *nrecords, uint64_t *first_bad, mm_buf *reason)
{
    mm_audit_verifier v;
    mm_audit_verifier_init(&v, reason);
    int rc = mm_store_walk(st, MM_DB_AUDIT, NULL, 0, 0, verify_cb, &v);
    if (rc < 0)
        return rc;
    rc = mm_audit_verifier_finish(&v);
    *nrecords = v.n;
    *first_bad = v.first_bad;
    return rc;
}

/* ---- export and iteration ---- */

struct export_arg {
    mm_audit_verifier v;
    mm_unseal *u;
    time_t since;
    FILE *out;
    mm_buf plain;
    int rc;
};

static int export_cb(void *arg, const void *key, size_t klen, const void *val, size_t vlen)
{
    struct export_arg *a = arg;
    if (mm_audit_verifier_feed(&a->v, key, klen, val, vlen) != MM_OK && a->rc == MM_OK) {
        mm_log(MM_LOG_WARNING, "audit export: chain broken at record %" PRIu64 ": %s", a->v.first_bad,
               a->v.reason && a->v.reason->data ? a->v.reason->data : "");
        a->rc = MM_ECORRUPT;
    }
    mm_audit_record r;
    if (mm_audit_record_decode(key, klen, val, vlen, &r) != MM_OK || r.time < (int64_t)a->since)
        return 0;
    unsigned char ad[14];
    audit_ad(ad, r.seq);
    char hex[2 * MM_AUDIT_HASH_LEN + 1], when[32];
    sodium_bin2hex(hex, sizeof hex, r.hash, MM_AUDIT_HASH_LEN);
    time_t tt = (time_t)r.time;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || !strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm))
        strcpy(when, "?");
    json_t *o = json_pack("{sIssss}", "seq", (json_int_t)r.seq, "time", when, "hash", hex);
    if (!o)
        return MM_ENOMEM;
    int urc = mm_unseal_value(a->u, ad, sizeof ad, r.sealed, r.sealed_len, &a->plain);
    if (urc == MM_OK) {
        json_t *pl = json_loadb(a->plain.data, a->plain.len, 0, NULL);
        if (!pl)
            pl = json_stringn(a->plain.data, a->plain.len);
        json_object_set_new(o, "payload", pl);
    } else {
        json_object_set_new(o, "error", json_string(mm_strerror(urc)));
        if (a->rc == MM_OK)
            a->rc = urc;
    }
    int dr = json_dumpf(o, a->out, JSON_COMPACT);
    json_decref(o);
    mm_buf_wipe(&a->plain);
    if (dr != 0 || fputc('\n', a->out) == EOF)
        return MM_EIO;
    return 0;
}

int mm_audit_export(mm_store *st, const mm_vault_sec *vs, time_t since, FILE *out)
{
    mm_buf reason = MM_BUF_INIT;
    struct export_arg a = {.since = since, .out = out, .plain = MM_BUF_INIT, .rc = MM_OK};
    mm_audit_verifier_init(&a.v, &reason);
    int rc = mm_unseal_new(vs, &a.u);
    if (rc != MM_OK)
        return rc;
    rc = mm_store_walk(st, MM_DB_AUDIT, NULL, 0, 0, export_cb, &a);
    if (rc == MM_OK && a.rc == MM_OK && mm_audit_verifier_finish(&a.v) != MM_OK) {
        mm_log(MM_LOG_WARNING, "audit export: %s", reason.data ? reason.data : "chain broken");
        a.rc = MM_ECORRUPT;
    }
    mm_unseal_free(a.u);
    mm_buf_free(&reason);
    if (rc == MM_OK && fflush(out) != 0)
        rc = MM_EIO;
    return rc != MM_OK ? rc : a.rc;
}

struct iter_arg {
    mm_audit_iter_fn cb;
    void *arg;
};

static int iter_cb(void *arg, const void *key, size_t klen, const void *val, size_t vlen)
{
    struct iter_arg *a = arg;
    mm_audit_record r;
    if (mm_audit_record_decode(key, klen, val, vlen, &r) != MM_OK)
        return 0; /* the head, or damage that verify reports */
    return a->cb(a->arg, r.seq, r.time, r.sealed_len - MM_SEAL_OVERHEAD);
}

int mm_audit_iter(mm_store *st, uint64_t from_seq, mm_audit_iter_fn cb, void *arg)
{
    unsigned char from[8];
    mm_put_be64(from, from_seq ? from_seq : 1);
    struct iter_arg a = {cb, arg};
    return mm_store_walk(st, MM_DB_AUDIT, from, sizeof from, 0, iter_cb, &a);
}

/* ---- the group-commit writer ---- */

struct pending {
    const char *payload;
    size_t len;
    const mm_hostkey *hk; /* vault items to store in the same transaction */
    mm_vault_item *items;
    size_t nitems;
    const mm_vault_sealed *sv;
    uint64_t seq;
    int status;
    sem_t done; /* posted by the writer: no herd on a shared mutex */
    struct pending *next;
};

struct batch {
    struct pending *list;
    const mm_seal *seal;
    mm_buf val;
    uint64_t head_seq; /* chain head after the batch, for the external anchor */
    unsigned char head_hash[MM_AUDIT_HASH_LEN];
};

struct mm_audit_writer {
    mm_store *st;
    const mm_vault_pub *vp;
    mm_sealer *sealer; /* shared, rotated ephemeral key (vault.h) */
    int inline_mode;   /* MM_AUDIT_INLINE: callers commit themselves */
    struct batch ib;   /* inline mode's batch (under mu) */
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t work;
    struct pending *head, *tail;
    int stop;
    size_t queued;     /* records in head..tail */
    size_t last_batch; /* records released by the last commit: likely back soon */
    double last_commit; /* seconds the last commit took */
    uint64_t nbatches, nrecords;
    double last_anchor;      /* mono time of the last logged anchor */
    uint64_t anchor_records; /* nrecords then */
};


static int batch_cb(mm_txn *t, void *arg)
{
    struct batch *b = arg;
    uint64_t seq = 0;
    unsigned char prev[MM_AUDIT_HASH_LEN] = {0};
    const void *hv;
    size_t hlen;
    int rc = mm_txn_get_first(t, MM_DB_AUDIT, head_key, sizeof head_key, &hv, &hlen);
    if (rc == MM_OK) {
        const unsigned char *p = hv;
        if (hlen != HEAD_LEN || p[0] != REC_VERSION) {
            mm_log(MM_LOG_ERR, "store %s: audit head record is corrupt: run 'medmilterctl audit verify'",
                   mm_store_path(mm_txn_store(t)));
            return MM_ECORRUPT;
        }
        seq = mm_get_be64(p + 1);
        memcpy(prev, p + 9, MM_AUDIT_HASH_LEN);
    } else if (rc != MM_ENOTFOUND) {
        return rc;
    }
    int64_t now = (int64_t)time(NULL);
    for (struct pending *p = b->list; p; p = p->next) {
        unsigned char key[8], ad[14];
        if (p->nitems && (rc = mm_vault_txn_put(t, p->hk, p->items, p->nitems, p->sv)) != MM_OK)
            return rc;
        seq++;
        mm_put_be64(key, seq);
        audit_ad(ad, seq);
        mm_buf_reset(&b->val);
        if ((rc = mm_buf_reserve(&b->val, REC_HDR)) != MM_OK)
            return rc;
        b->val.len = REC_HDR;
        if ((rc = mm_seal_value(b->seal, ad, sizeof ad, p->payload, p->len, &b->val)) != MM_OK)
            return rc;
        unsigned char *v = (unsigned char *)b->val.data;
        v[0] = REC_VERSION;
        mm_put_be64(v + 1, (uint64_t)now);
        memcpy(v + 9, prev, MM_AUDIT_HASH_LEN);
        record_hash(v + 9 + MM_AUDIT_HASH_LEN, prev, seq, now, v + REC_HDR, b->val.len - REC_HDR);
        memcpy(prev, v + 9 + MM_AUDIT_HASH_LEN, MM_AUDIT_HASH_LEN);
        if ((rc = mm_txn_append(t, MM_DB_AUDIT, key, sizeof key, v, b->val.len)) != MM_OK) {
            if (rc == MM_EEXIST)
                mm_log(MM_LOG_ERR, "store %s: audit records exist beyond the audit head (%" PRIu64 "): "
                       "run 'medmilterctl audit verify'", mm_store_path(mm_txn_store(t)), seq - 1);
            return rc == MM_EEXIST ? MM_ECORRUPT : rc;
        }
        p->seq = seq;
    }
    unsigned char h[HEAD_LEN];
    h[0] = REC_VERSION;
    mm_put_be64(h + 1, seq);
    memcpy(h + 9, prev, MM_AUDIT_HASH_LEN);
    b->head_seq = seq;
    memcpy(b->head_hash, prev, MM_AUDIT_HASH_LEN);
    return mm_txn_put_first(t, MM_DB_AUDIT, head_key, sizeof head_key, h, sizeof h);
}

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Group commit: callers released by the last commit usually append again
 * at once, so when fewer than that are queued, wait a little (at most half
 * a commit time, at most 1 ms) for them rather than committing a batch of
 * one and making the rest wait a whole commit. */
static void writer_gather(mm_audit_writer *w)
{
    if (w->queued >= w->last_batch || w->stop)
        return;
    double wait = w->last_commit / 2 < 0.001 ? w->last_commit / 2 : 0.001;
    struct timespec dl;
    clock_gettime(CLOCK_REALTIME, &dl);
    long ns = dl.tv_nsec + (long)(wait * 1e9);
    dl.tv_sec += ns / 1000000000L;
    dl.tv_nsec = ns % 1000000000L;
    while (w->queued < w->last_batch && !w->stop)
        if (pthread_cond_timedwait(&w->work, &w->mu, &dl) != 0)
            break;
}

/* Seal and commit one batch (the caller owns it; w->mu not needed). */
static int batch_commit(mm_audit_writer *w, struct batch *b)
{
    mm_seal seal;
    int rc = mm_sealer_get(w->sealer, &seal);
    if (rc == MM_OK) {
        b->seal = &seal;
        rc = mm_store_write(w->st, batch_cb, b);
        mm_seal_end(&seal);
    }
    if (rc != MM_OK)
        mm_log(MM_LOG_ERR, "audit: cannot commit records: %s", mm_strerror(rc));
    return rc;
}

/* Statistics and the external anchor after a commit; w->mu held. */
static void batch_account(mm_audit_writer *w, const struct batch *b, size_t n, int rc,
                          double took)
{
    w->last_commit = took;
    w->last_batch = n;
    w->nbatches++;
    w->nrecords += n;
    /* External anchor: the chain head in the log (and so the SIEM), so a
     * trail rewritten together with its head still shows. */
    double tnow = mono_now();
    if (rc == MM_OK && (tnow - w->last_anchor >= MM_AUDIT_ANCHOR_SECONDS ||
                        w->nrecords - w->anchor_records >= MM_AUDIT_ANCHOR_RECORDS)) {
        char hex[2 * MM_AUDIT_HASH_LEN + 1];
        sodium_bin2hex(hex, sizeof hex, b->head_hash, sizeof b->head_hash);
        mm_log(MM_LOG_NOTICE, "audit anchor: seq=%llu hash=%s", (unsigned long long)b->head_seq,
               hex);
        w->last_anchor = tnow;
        w->anchor_records = w->nrecords;
    }
}

static void *writer_main(void *arg)
{
    mm_audit_writer *w = arg;
    struct batch b = {.val = MM_BUF_INIT};
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (!w->head && !w->stop)
            pthread_cond_wait(&w->work, &w->mu);
        if (!w->head)
            break;
        writer_gather(w);
        b.list = w->head;
        size_t n = w->queued;
        w->head = w->tail = NULL;
        w->queued = 0;
        pthread_mutex_unlock(&w->mu);

        double t0 = mono_now();
        int rc = batch_commit(w, &b);
        for (struct pending *p = b.list, *next; p; p = next) {
            next = p->next; /* P belongs to its caller once posted */
            p->status = rc;
            sem_post(&p->done);
        }
        pthread_mutex_lock(&w->mu);
        batch_account(w, &b, n, rc, mono_now() - t0);
    }
    pthread_mutex_unlock(&w->mu);
    mm_buf_free(&b.val);
    return NULL;
}

int mm_audit_writer_open(mm_store *st, const mm_vault_pub *vp, unsigned flags,
                         mm_audit_writer **out)
{
    mm_audit_writer *w = calloc(1, sizeof *w);
    if (!w)
        return MM_ENOMEM;
    w->st = st;
    w->vp = vp;
    w->inline_mode = (flags & MM_AUDIT_INLINE) != 0;
    w->ib.val = (mm_buf)MM_BUF_INIT;
    if (mm_sealer_new(vp, &w->sealer) != MM_OK) {
        free(w);
        return MM_ENOMEM;
    }
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->work, NULL);
    if (!w->inline_mode && pthread_create(&w->thread, NULL, writer_main, w) != 0) {
        pthread_mutex_destroy(&w->mu);
        pthread_cond_destroy(&w->work);
        mm_sealer_free(w->sealer);
        free(w);
        mm_log(MM_LOG_ERR, "audit: cannot start the writer thread");
        return MM_ENOMEM;
    }
    *out = w;
    return MM_OK;
}

int mm_audit_writer_start(mm_store *st, const mm_vault_pub *vp, mm_audit_writer **out)
{
    return mm_audit_writer_open(st, vp, 0, out);
}

/* Queue P (its semaphore initialised) and wait for its commit. */
static int writer_submit(mm_audit_writer *w, struct pending *p)
{
    pthread_mutex_lock(&w->mu);
    if (w->stop) {
        pthread_mutex_unlock(&w->mu);
        return MM_EINVAL;
    }
    if (w->inline_mode) {
        /* No thread to hand over to: commit in the caller, one at a time. */
        double t0 = mono_now();
        p->next = NULL;
        w->ib.list = p;
        p->status = batch_commit(w, &w->ib);
        batch_account(w, &w->ib, 1, p->status, mono_now() - t0);
        pthread_mutex_unlock(&w->mu);
        return p->status;
    }
    if (w->tail)
        w->tail->next = p;
    else
        w->head = p;
    w->tail = p;
    w->queued++;
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->mu);
    while (sem_wait(&p->done) != 0)
        ; /* EINTR */
    return p->status;
}

int mm_audit_append(mm_audit_writer *w, const char *json_payload, size_t len, uint64_t *seq_out)
{
    if (len > MM_AUDIT_MAX_PAYLOAD)
        return MM_ELIMIT;
    struct pending p = {.payload = json_payload, .len = len};
    sem_init(&p.done, 0, 0);
    int rc = writer_submit(w, &p);
    sem_destroy(&p.done);
    if (rc == MM_OK && seq_out)
        *seq_out = p.seq;
    return rc;
}

int mm_audit_append_vault(mm_audit_writer *w, const mm_hostkey *hk, mm_vault_item *items, size_t n,
                          const char *json_payload, size_t len, uint64_t *seq_out)
{
    if (len > MM_AUDIT_MAX_PAYLOAD)
        return MM_ELIMIT;
    mm_vault_sealed *sv = NULL;
    mm_seal seal;
    int rc = n ? mm_sealer_get(w->sealer, &seal) : MM_OK;
    if (rc != MM_OK)
        return rc;
    rc = mm_vault_seal_items_with(hk, n ? &seal : NULL, items, n, &sv);
    if (n)
        mm_seal_end(&seal);
    if (rc != MM_OK)
        return rc;
    struct pending p = {.payload = json_payload, .len = len, .hk = hk, .items = items, .nitems = n, .sv = sv};
    sem_init(&p.done, 0, 0);
    rc = writer_submit(w, &p);
    sem_destroy(&p.done);
    mm_vault_sealed_free(sv);
    if (rc != MM_OK)
        return rc;
    if (seq_out)
        *seq_out = p.seq;
    return mm_vault_items_status(items, n);
}

void mm_audit_writer_stats(mm_audit_writer *w, uint64_t *batches, uint64_t *records)
{
    pthread_mutex_lock(&w->mu);
    *batches = w->nbatches;
    *records = w->nrecords;
    pthread_mutex_unlock(&w->mu);
}

void mm_audit_writer_stop(mm_audit_writer *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->mu);
    w->stop = 1;
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->mu);
    if (!w->inline_mode)
        pthread_join(w->thread, NULL);
    mm_buf_free(&w->ib.val);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->work);
    mm_sealer_free(w->sealer);
    free(w);
}

int mm_audit_check_anchor(mm_store *st, uint64_t seq, const unsigned char hash[MM_AUDIT_HASH_LEN])
{
    mm_txn *t;
    int rc = mm_store_read_begin(st, &t);
    if (rc != MM_OK)
        return rc;
    unsigned char key[8];
    mm_put_be64(key, seq);
    const void *v;
    size_t vlen;
    rc = mm_txn_get(t, MM_DB_AUDIT, key, sizeof key, &v, &vlen);
    if (rc == MM_OK) {
        mm_audit_record r;
        rc = mm_audit_record_decode(key, sizeof key, v, vlen, &r);
        if (rc == MM_OK && sodium_memcmp(r.hash, hash, MM_AUDIT_HASH_LEN) != 0)
            rc = MM_ECORRUPT;
    }
    mm_store_read_end(t);
    return rc;
}
