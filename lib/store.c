/*
 * store.c - LMDB environment, named databases, host-key value encryption
 * and map growth. See store.h for the rules.
 */
#include "store.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <lmdb.h>
#include <sodium.h>

#define VAL_VERSION 1
#define VAL_HDR (1 + 4 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
#define AEAD_ABYTES crypto_aead_xchacha20poly1305_ietf_ABYTES

struct mm_store {
    MDB_env *env;
    MDB_dbi dbi[MM_DB_COUNT];
    int have[MM_DB_COUNT];
    unsigned flags;
    char *path;
    /* Every transaction holds this shared; resizing the map holds it
     * exclusively (LMDB: no transaction may be active in the process). */
    pthread_rwlock_t resize;
    /* MM_STORE_BATCH: the open write transaction that groups writes, its
     * thread, and when and how much it holds. */
    MDB_txn *batch;
    pthread_t batch_owner;
    unsigned batch_writes;
    struct timespec batch_t0;
    unsigned batch_max_writes, batch_max_ms; /* when a batch is due */
    /* Every put and delete the batch holds, in order: when the map fills
     * up, the batch is dropped, the map grown and the batch redone from
     * here, so a full map never loses writes already acknowledged. */
    mm_buf redo;
};

struct mm_txn {
    mm_store *st;
    MDB_txn *txn;
    int map_full;
    int borrowed; /* a read view of the open batch: not ended by read_end */
    int log;      /* a write inside the batch: record in st->redo */
};

static void redo_clear(mm_store *st);

static const char *const db_names[MM_DB_COUNT] = {"policy", "meta", "vault", "audit", "threads"};

const char *mm_db_name(enum mm_db db)
{
    return (unsigned)db < MM_DB_COUNT ? db_names[db] : "?";
}

int mm_db_from_name(const char *name)
{
    for (int i = 0; i < MM_DB_COUNT; i++)
        if (name && strcmp(name, db_names[i]) == 0)
            return i;
    return -1;
}

static int store_err(const mm_store *st, const char *what, int mdb_rc)
{
    mm_log(MM_LOG_ERR, "store %s: %s: %s", st ? st->path : "?", what, mdb_strerror(mdb_rc));
    return MM_ESTORE;
}

const char *mm_store_path(const mm_store *st)
{
    return st->path;
}

size_t mm_store_map_size(mm_store *st)
{
    MDB_envinfo info;
    mdb_env_info(st->env, &info);
    return info.me_mapsize;
}

/* Adopt a map size grown by another process, or double ours. */
static int store_resize(mm_store *st, int grow)
{
    pthread_rwlock_wrlock(&st->resize);
    size_t cur = mm_store_map_size(st), want = 0;
    if (grow) {
        if (cur > SIZE_MAX / 2) {
            pthread_rwlock_unlock(&st->resize);
            return store_err(st, "cannot grow the map further", MDB_MAP_FULL);
        }
        want = cur * 2;
    }
    int rc = mdb_env_set_mapsize(st->env, want);
    pthread_rwlock_unlock(&st->resize);
    if (rc != 0)
        return store_err(st, "mdb_env_set_mapsize", rc);
    if (grow)
        mm_log(MM_LOG_NOTICE, "store %s: map full, grown from %zu to %zu MB", st->path, cur >> 20, want >> 20);
    return MM_OK;
}

/* Begin a transaction holding the resize lock shared. */
static int txn_begin(mm_store *st, unsigned flags, MDB_txn **out)
{
    for (;;) {
        pthread_rwlock_rdlock(&st->resize);
        int rc = mdb_txn_begin(st->env, NULL, flags, out);
        if (rc == 0)
            return MM_OK;
        pthread_rwlock_unlock(&st->resize);
        if (rc != MDB_MAP_RESIZED)
            return store_err(st, "mdb_txn_begin", rc);
        if ((rc = store_resize(st, 0)) != MM_OK)
            return rc;
    }
}

static void txn_abort(mm_store *st, MDB_txn *txn)
{
    mdb_txn_abort(txn);
    pthread_rwlock_unlock(&st->resize);
}

int mm_store_open(const char *dir, size_t map_size, unsigned flags, mm_store **out)
{
    *out = NULL;
    int rdonly = (flags & MM_STORE_RDONLY) != 0;
    if (!rdonly && mkdir(dir, 0700) != 0 && errno != EEXIST) {
        mm_log(MM_LOG_ERR, "store %s: cannot create directory: %s", dir, strerror(errno));
        return MM_ESTORE;
    }
    mm_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(dir))) {
        free(st);
        return MM_ENOMEM;
    }
    st->flags = flags;
    st->batch_max_writes = MM_STORE_BATCH_WRITES;
    st->batch_max_ms = MM_STORE_BATCH_MS;
    pthread_rwlock_init(&st->resize, NULL);
    int rc = mdb_env_create(&st->env);
    if (rc != 0) {
        store_err(st, "mdb_env_create", rc);
        goto fail;
    }
    if ((rc = mdb_env_set_maxdbs(st->env, MM_DB_COUNT + 2)) != 0 ||
        (rc = mdb_env_set_maxreaders(st->env, 512)) != 0 ||
        (rc = mdb_env_set_mapsize(st->env, map_size ? map_size : MM_STORE_DEFAULT_MAP)) != 0) {
        store_err(st, "configuring the environment", rc);
        goto fail;
    }
    if ((rc = mdb_env_open(st->env, dir,
                            MDB_NOTLS | (rdonly ? MDB_RDONLY : 0) |
                                ((flags & MM_STORE_BATCH) && !rdonly ? MDB_NOSYNC : 0),
                            0600)) != 0) {
        store_err(st, "mdb_env_open", rc);
        goto fail;
    }
    int dead = 0;
    if ((rc = mdb_reader_check(st->env, &dead)) != 0) {
        store_err(st, "mdb_reader_check", rc);
        goto fail;
    }
    if (dead)
        mm_log(MM_LOG_NOTICE, "store %s: cleared %d stale reader slot(s)", dir, dead);
    MDB_txn *txn;
    if (txn_begin(st, rdonly ? MDB_RDONLY : 0, &txn) != MM_OK)
        goto fail;
    for (int i = 0; i < MM_DB_COUNT; i++) {
        rc = mdb_dbi_open(txn, db_names[i], rdonly ? 0 : MDB_CREATE, &st->dbi[i]);
        if (rc == MDB_NOTFOUND && rdonly)
            continue;
        if (rc != 0) {
            txn_abort(st, txn);
            store_err(st, "mdb_dbi_open", rc);
            goto fail;
        }
        st->have[i] = 1;
    }
    rc = mdb_txn_commit(txn);
    pthread_rwlock_unlock(&st->resize);
    if (rc != 0) {
        store_err(st, "mdb_txn_commit", rc);
        goto fail;
    }
    *out = st;
    return MM_OK;
fail:
    mm_store_close(st);
    return MM_ESTORE;
}

void mm_store_close(mm_store *st)
{
    if (!st)
        return;
    if (st->env) {
        if (st->batch && mm_store_flush(st) != MM_OK)
            mm_log(MM_LOG_ERR, "store %s: the last batch of writes is lost", st->path);
        if ((st->flags & MM_STORE_BATCH) && !(st->flags & MM_STORE_RDONLY)) {
            int rc = mdb_env_sync(st->env, 1);
            if (rc != 0)
                mm_log(MM_LOG_ERR, "store %s: final sync failed: %s", st->path, mdb_strerror(rc));
        }
        mdb_env_close(st->env);
    }
    pthread_rwlock_destroy(&st->resize);
    redo_clear(st);
    mm_buf_free(&st->redo);
    free(st->path);
    free(st);
}

/* ---- batched writes (MM_STORE_BATCH) ---- */

enum { REDO_PUT = 1, REDO_DEL = 2 };

static int redo_add(mm_store *st, int op, enum mm_db db, const void *key, size_t klen,
                    const void *val, size_t vlen)
{
    unsigned char h[10];
    if (klen > UINT32_MAX || vlen > UINT32_MAX)
        return MM_ELIMIT;
    h[0] = (unsigned char)op;
    h[1] = (unsigned char)db;
    for (int i = 0; i < 4; i++) {
        h[2 + i] = (unsigned char)(klen >> (24 - 8 * i));
        h[6 + i] = (unsigned char)(vlen >> (24 - 8 * i));
    }
    int rc = mm_buf_reserve(&st->redo, sizeof h + klen + vlen);
    if (rc != MM_OK)
        return rc;
    char *p = st->redo.data + st->redo.len;
    memcpy(p, h, sizeof h);
    memcpy(p + sizeof h, key, klen);
    if (vlen)
        memcpy(p + sizeof h + klen, val, vlen);
    st->redo.len += sizeof h + klen + vlen;
    return MM_OK;
}

static void redo_clear(mm_store *st)
{
    if (st->redo.data)
        sodium_memzero(st->redo.data, st->redo.len);
    st->redo.len = 0;
}

/* Apply the redo log to the (fresh) batch transaction; *full when the
 * map filled up on the way. */
static int redo_apply(mm_store *st, int *full)
{
    *full = 0;
    const unsigned char *p = (const unsigned char *)st->redo.data, *end = p + st->redo.len;
    while (p < end) {
        size_t klen = 0, vlen = 0;
        for (int i = 0; i < 4; i++) {
            klen = klen << 8 | p[2 + i];
            vlen = vlen << 8 | p[6 + i];
        }
        MDB_val k = {klen, (void *)(p + 10)}, v = {vlen, (void *)(p + 10 + klen)};
        MDB_dbi dbi = st->dbi[p[1]];
        int mrc = p[0] == REDO_PUT ? mdb_put(st->batch, dbi, &k, &v, 0) : mdb_del(st->batch, dbi, &k, NULL);
        if (mrc == MDB_MAP_FULL) {
            *full = 1;
            return MM_ESTORE;
        }
        if (mrc != 0 && !(p[0] == REDO_DEL && mrc == MDB_NOTFOUND))
            return store_err(st, "redoing the batch", mrc);
        p += 10 + klen + vlen;
    }
    return MM_OK;
}

static int batch_begin(mm_store *st)
{
    int rc = txn_begin(st, 0, &st->batch);
    if (rc != MM_OK) {
        st->batch = NULL;
        return rc;
    }
    st->batch_owner = pthread_self();
    st->batch_writes = 0;
    clock_gettime(CLOCK_MONOTONIC, &st->batch_t0);
    return MM_OK;
}

static void batch_abort(mm_store *st)
{
    txn_abort(st, st->batch);
    st->batch = NULL;
}

/* The map is full: drop the batch, grow the map, redo the batch. */
static int batch_grow(mm_store *st)
{
    for (;;) {
        if (st->batch)
            batch_abort(st);
        int full = 0;
        int rc = store_resize(st, 1);
        if (rc == MM_OK)
            rc = batch_begin(st);
        if (rc == MM_OK)
            rc = redo_apply(st, &full);
        if (rc == MM_OK)
            return MM_OK;
        if (!full) {
            if (st->batch)
                batch_abort(st);
            mm_log(MM_LOG_ERR, "store %s: a batch of writes is lost", st->path);
            redo_clear(st);
            return rc;
        }
    }
}

int mm_store_flush(mm_store *st)
{
    if (st->batch == NULL)
        return MM_OK;
    if (!pthread_equal(st->batch_owner, pthread_self())) {
        mm_log(MM_LOG_ERR, "store %s: batch flushed from another thread", st->path);
        return MM_EINVAL;
    }
    for (;;) {
        int mrc = mdb_txn_commit(st->batch);
        st->batch = NULL;
        pthread_rwlock_unlock(&st->resize);
        if (mrc == MDB_MAP_FULL) { /* the commit itself needed room */
            int rc = batch_grow(st);
            if (rc != MM_OK)
                return rc;
            continue;
        }
        redo_clear(st);
        return mrc == 0 ? MM_OK : store_err(st, "mdb_txn_commit (batch lost)", mrc);
    }
}

static int batch_age_ms(const mm_store *st)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long ms = (long)(now.tv_sec - st->batch_t0.tv_sec) * 1000 +
              (now.tv_nsec - st->batch_t0.tv_nsec) / 1000000;
    return ms > INT32_MAX ? INT32_MAX : (int)ms;
}

void mm_store_batch_limits(mm_store *st, unsigned writes, unsigned ms)
{
    st->batch_max_writes = writes;
    st->batch_max_ms = ms > INT32_MAX ? INT32_MAX : ms;
}

int mm_store_tick(mm_store *st)
{
    if (st->batch == NULL || !pthread_equal(st->batch_owner, pthread_self()))
        return MM_OK;
    if (st->batch_writes >= st->batch_max_writes || st->redo.len >= MM_STORE_BATCH_BYTES ||
        batch_age_ms(st) >= (int)st->batch_max_ms)
        return mm_store_flush(st);
    return MM_OK;
}

/* Start the batch over from the redo log (after a failed write). */
static int batch_redo(mm_store *st)
{
    if (st->batch)
        batch_abort(st);
    int full = 0;
    int rc = batch_begin(st);
    if (rc == MM_OK)
        rc = redo_apply(st, &full);
    if (full)
        return batch_grow(st);
    if (rc != MM_OK) {
        if (st->batch)
            batch_abort(st);
        mm_log(MM_LOG_ERR, "store %s: a batch of writes is lost", st->path);
        redo_clear(st);
    }
    return rc;
}

/* FN writes straight into the open batch transaction. When it fails, its
 * partial writes go with the batch, which is started over from the redo
 * log: errors are rare, and a child transaction per write would cost
 * every write a copy of each page it touches. */
static int store_write_batch(mm_store *st, mm_txn_fn fn, void *arg)
{
    if (st->batch && !pthread_equal(st->batch_owner, pthread_self())) {
        mm_log(MM_LOG_ERR, "store %s: batched writes from two threads", st->path);
        return MM_EINVAL;
    }
    for (;;) {
        int rc;
        if (st->batch == NULL && (rc = batch_begin(st)) != MM_OK)
            return rc;
        mm_txn t = {st, st->batch, 0, 0, 1};
        size_t mark = st->redo.len;
        rc = fn(&t, arg);
        if (rc == MM_OK) {
            st->batch_writes++;
            return mm_store_tick(st);
        }
        st->redo.len = mark;
        if (!t.map_full) {
            (void)batch_redo(st); /* the batch without this write; logs a loss */
            return rc;
        }
        if ((rc = batch_grow(st)) != MM_OK)
            return rc;
    }
}

int mm_store_write(mm_store *st, mm_txn_fn fn, void *arg)
{
    if (st->flags & MM_STORE_RDONLY) {
        mm_log(MM_LOG_ERR, "store %s: opened read-only", st->path);
        return MM_EINVAL;
    }
    /* A batch may need more room to commit than its writes took: with a
     * map that may not grow, each write commits alone. */
    if ((st->flags & MM_STORE_BATCH) && !(st->flags & MM_STORE_NOGROW))
        return store_write_batch(st, fn, arg);
    for (;;) {
        mm_txn t = {st, NULL, 0, 0, 0};
        int rc = txn_begin(st, 0, &t.txn);
        if (rc != MM_OK)
            return rc;
        rc = fn(&t, arg);
        if (rc == MM_OK) {
            int mrc = mdb_txn_commit(t.txn);
            pthread_rwlock_unlock(&st->resize);
            if (mrc == 0)
                return MM_OK;
            if (mrc != MDB_MAP_FULL || (st->flags & MM_STORE_NOGROW))
                return store_err(st, "mdb_txn_commit", mrc);
        } else {
            txn_abort(st, t.txn);
            if (!t.map_full)
                return rc;
            if (st->flags & MM_STORE_NOGROW)
                return store_err(st, "write (map size fixed by configuration)", MDB_MAP_FULL);
        }
        if ((rc = store_resize(st, 1)) != MM_OK)
            return rc;
    }
}

/* A read view in T: this thread's open batch (its own writes too), or a
 * read transaction of its own. */
static int read_open(mm_store *st, mm_txn *t)
{
    *t = (mm_txn){.st = st};
    if (st->batch && pthread_equal(st->batch_owner, pthread_self())) {
        t->txn = st->batch;
        t->borrowed = 1;
        return MM_OK;
    }
    return txn_begin(st, MDB_RDONLY, &t->txn);
}

static void read_close(mm_txn *t)
{
    if (!t->borrowed)
        txn_abort(t->st, t->txn);
}

int mm_store_read_begin(mm_store *st, mm_txn **out)
{
    mm_txn *t = malloc(sizeof *t);
    if (!t)
        return MM_ENOMEM;
    int rc = read_open(st, t);
    if (rc != MM_OK) {
        free(t);
        return rc;
    }
    *out = t;
    return MM_OK;
}

void mm_store_read_end(mm_txn *t)
{
    if (!t)
        return;
    read_close(t);
    free(t);
}

mm_store *mm_txn_store(mm_txn *t)
{
    return t->st;
}

static int check_db(mm_txn *t, enum mm_db db)
{
    if ((unsigned)db >= MM_DB_COUNT)
        return MM_EINVAL;
    return t->st->have[db] ? MM_OK : MM_ENOTFOUND;
}

/* mdb_put; with MDB_NOOVERWRITE, V is the stored value on MM_EEXIST. */
static int txn_put(mm_txn *t, enum mm_db db, const void *key, size_t klen, MDB_val *v, unsigned flags)
{
    int rc = check_db(t, db);
    if (rc != MM_OK)
        return rc == MM_ENOTFOUND ? MM_ESTORE : rc;
    const void *val = v->mv_data;
    size_t vlen = v->mv_size;
    MDB_val k = {klen, (void *)key};
    rc = mdb_put(t->txn, t->st->dbi[db], &k, v, flags);
    if (rc == 0)
        return t->log ? redo_add(t->st, REDO_PUT, db, key, klen, val, vlen) : MM_OK;
    if (rc == MDB_KEYEXIST)
        return MM_EEXIST;
    if (rc == MDB_MAP_FULL) {
        t->map_full = 1;
        return MM_ESTORE; /* mm_store_write grows and retries, or reports it */
    }
    return store_err(t->st, "mdb_put", rc);
}

int mm_txn_put(mm_txn *t, enum mm_db db, const void *key, size_t klen, const void *val, size_t vlen, int noover)
{
    MDB_val v = {vlen, (void *)val};
    return txn_put(t, db, key, klen, &v, noover ? MDB_NOOVERWRITE : 0);
}

int mm_txn_append(mm_txn *t, enum mm_db db, const void *key, size_t klen, const void *val, size_t vlen)
{
    MDB_val v = {vlen, (void *)val};
    return txn_put(t, db, key, klen, &v, MDB_APPEND);
}

/* A cursor on the first key of DB; 1 when that key is KEY, 0 when not (or
 * DB is empty), or a negative MM_E* code. */
static int first_is(mm_txn *t, enum mm_db db, const void *key, size_t klen, MDB_cursor **cur, MDB_val *v)
{
    int rc = check_db(t, db);
    if (rc != MM_OK)
        return rc;
    if ((rc = mdb_cursor_open(t->txn, t->st->dbi[db], cur)) != 0)
        return store_err(t->st, "mdb_cursor_open", rc);
    MDB_val k;
    rc = mdb_cursor_get(*cur, &k, v, MDB_FIRST);
    if (rc == 0)
        return k.mv_size == klen && memcmp(k.mv_data, key, klen) == 0;
    mdb_cursor_close(*cur);
    *cur = NULL;
    return rc == MDB_NOTFOUND ? 0 : store_err(t->st, "mdb_cursor_get", rc);
}

int mm_txn_get_first(mm_txn *t, enum mm_db db, const void *key, size_t klen, const void **val, size_t *vlen)
{
    MDB_cursor *cur = NULL;
    MDB_val v;
    int rc = first_is(t, db, key, klen, &cur, &v);
    if (cur)
        mdb_cursor_close(cur);
    if (rc < 0)
        return rc;
    if (rc == 0)
        return MM_ENOTFOUND;
    *val = v.mv_data;
    *vlen = v.mv_size;
    return MM_OK;
}

int mm_txn_put_first(mm_txn *t, enum mm_db db, const void *key, size_t klen, const void *val, size_t vlen)
{
    MDB_cursor *cur = NULL;
    MDB_val old;
    int rc = first_is(t, db, key, klen, &cur, &old);
    if (rc == 1 && old.mv_size == vlen) {
        /* Same key, same size: overwritten in place, no search. */
        MDB_val k = {klen, (void *)key}, v = {vlen, (void *)val};
        int mrc = mdb_cursor_put(cur, &k, &v, MDB_CURRENT);
        mdb_cursor_close(cur);
        if (mrc == 0)
            return t->log ? redo_add(t->st, REDO_PUT, db, key, klen, val, vlen) : MM_OK;
        if (mrc == MDB_MAP_FULL) {
            t->map_full = 1;
            return MM_ESTORE;
        }
        return store_err(t->st, "mdb_cursor_put", mrc);
    }
    if (cur)
        mdb_cursor_close(cur);
    if (rc < 0)
        return rc;
    return mm_txn_put(t, db, key, klen, val, vlen, 0);
}

int mm_txn_insert(mm_txn *t, enum mm_db db, const void *key, size_t klen, const void *val, size_t vlen,
                  const void **old, size_t *oldlen)
{
    MDB_val v = {vlen, (void *)val};
    int rc = txn_put(t, db, key, klen, &v, MDB_NOOVERWRITE);
    if (rc == MM_EEXIST) {
        *old = v.mv_data;
        *oldlen = v.mv_size;
    }
    return rc;
}

int mm_txn_get(mm_txn *t, enum mm_db db, const void *key, size_t klen, const void **val, size_t *vlen)
{
    int rc = check_db(t, db);
    if (rc != MM_OK)
        return rc;
    MDB_val k = {klen, (void *)key}, v;
    rc = mdb_get(t->txn, t->st->dbi[db], &k, &v);
    if (rc == MDB_NOTFOUND)
        return MM_ENOTFOUND;
    if (rc != 0)
        return store_err(t->st, "mdb_get", rc);
    *val = v.mv_data;
    *vlen = v.mv_size;
    return MM_OK;
}

int mm_txn_del(mm_txn *t, enum mm_db db, const void *key, size_t klen)
{
    int rc = check_db(t, db);
    if (rc != MM_OK)
        return rc;
    MDB_val k = {klen, (void *)key};
    rc = mdb_del(t->txn, t->st->dbi[db], &k, NULL);
    if (rc == MDB_NOTFOUND)
        return MM_ENOTFOUND;
    if (rc == 0 && t->log)
        return redo_add(t->st, REDO_DEL, db, key, klen, NULL, 0);
    return rc == 0 ? MM_OK : store_err(t->st, "mdb_del", rc);
}

int mm_txn_walk(mm_txn *t, enum mm_db db, const void *from, size_t flen, int reverse, mm_store_iter_fn cb,
                void *arg)
{
    int rc = check_db(t, db);
    if (rc != MM_OK)
        return rc == MM_ENOTFOUND ? MM_OK : rc;
    MDB_cursor *cur;
    if ((rc = mdb_cursor_open(t->txn, t->st->dbi[db], &cur)) != 0)
        return store_err(t->st, "mdb_cursor_open", rc);
    MDB_val k = {flen, (void *)from}, v;
    MDB_cursor_op op;
    if (from) {
        rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
        if (reverse) {
            if (rc == MDB_NOTFOUND)
                rc = mdb_cursor_get(cur, &k, &v, MDB_LAST);
            else if (rc == 0 && (k.mv_size != flen || memcmp(k.mv_data, from, flen) != 0))
                rc = mdb_cursor_get(cur, &k, &v, MDB_PREV);
        }
    } else {
        rc = mdb_cursor_get(cur, &k, &v, reverse ? MDB_LAST : MDB_FIRST);
    }
    op = reverse ? MDB_PREV : MDB_NEXT;
    int ret = MM_OK;
    while (rc == 0) {
        if ((ret = cb(arg, k.mv_data, k.mv_size, v.mv_data, v.mv_size)) != 0)
            break;
        rc = mdb_cursor_get(cur, &k, &v, op);
    }
    mdb_cursor_close(cur);
    if (ret == MM_OK && rc != 0 && rc != MDB_NOTFOUND)
        return store_err(t->st, "mdb_cursor_get", rc);
    return ret;
}

/* Additional data: length-prefixed database name, then the record key. */
static int value_ad(const char *db, const void *key, size_t klen, mm_buf *ad)
{
    size_t dl = strlen(db);
    unsigned char l = (unsigned char)dl;
    int rc;
    if ((rc = mm_buf_append(ad, &l, 1)) != MM_OK || (rc = mm_buf_append(ad, db, dl)) != MM_OK ||
        (rc = mm_buf_append(ad, key, klen)) != MM_OK)
        return rc;
    return MM_OK;
}

int mm_store_seal(const mm_hostkey *hk, const char *db, const void *key, size_t klen, const void *val,
                  size_t vlen, mm_buf *out)
{
    uint32_t id;
    const unsigned char *k = mm_hostkey_subkey(hk, MM_SUBKEY_STORE, 0, &id);
    mm_buf ad = MM_BUF_INIT;
    int rc = value_ad(db, key, klen, &ad);
    if (rc == MM_OK)
        rc = mm_buf_reserve(out, VAL_HDR + vlen + AEAD_ABYTES);
    if (rc != MM_OK) {
        mm_buf_free(&ad);
        return rc;
    }
    unsigned char *p = (unsigned char *)out->data + out->len;
    p[0] = VAL_VERSION;
    mm_put_be32(p + 1, id);
    randombytes_buf(p + 5, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    crypto_aead_xchacha20poly1305_ietf_encrypt(p + VAL_HDR, NULL, val, vlen, (unsigned char *)ad.data, ad.len,
                                               NULL, p + 5, k);
    out->len += VAL_HDR + vlen + AEAD_ABYTES;
    out->data[out->len] = '\0';
    mm_buf_free(&ad);
    return MM_OK;
}

int mm_store_open_value(const mm_hostkey *hk, const char *db, const void *key, size_t klen,
                        const void *sealed, size_t slen, mm_buf *out)
{
    const unsigned char *p = sealed;
    mm_buf_wipe(out);
    if (slen < VAL_HDR + AEAD_ABYTES || p[0] != VAL_VERSION)
        return MM_ECORRUPT;
    uint32_t id = mm_get_be32(p + 1);
    const unsigned char *k = mm_hostkey_subkey(hk, MM_SUBKEY_STORE, id, NULL);
    if (!k) {
        mm_log(MM_LOG_ERR, "%s value sealed under host key id %08x, which is not loaded: "
               "keep rotated keys (host.key.*) beside the host key", db, (unsigned)id);
        return MM_EKEY;
    }
    mm_buf ad = MM_BUF_INIT;
    size_t ptlen = slen - VAL_HDR - AEAD_ABYTES;
    int rc = value_ad(db, key, klen, &ad);
    if (rc == MM_OK)
        rc = mm_buf_reserve(out, ptlen);
    if (rc == MM_OK) {
        if (crypto_aead_xchacha20poly1305_ietf_decrypt((unsigned char *)out->data, NULL, NULL, p + VAL_HDR,
                                                       slen - VAL_HDR, (unsigned char *)ad.data, ad.len,
                                                       p + 5, k) != 0) {
            rc = MM_ECRYPTO;
        } else {
            out->len = ptlen;
            out->data[ptlen] = '\0';
        }
    }
    mm_buf_free(&ad);
    return rc;
}

static int value_db(const char *db)
{
    int d = mm_db_from_name(db);
    if (d != MM_DB_POLICY && d != MM_DB_META && d != MM_DB_THREADS) {
        mm_log(MM_LOG_ERR, "store: '%s' is not a database for host-key values", db ? db : "(null)");
        return -1;
    }
    return d;
}

struct put_arg {
    int db;
    const void *key;
    size_t klen;
    const mm_buf *val;
};

static int put_cb(mm_txn *t, void *arg)
{
    struct put_arg *a = arg;
    return mm_txn_put(t, (enum mm_db)a->db, a->key, a->klen, a->val->data, a->val->len, 0);
}

int mm_store_put(mm_store *st, const mm_hostkey *hk, const char *db, const void *key, size_t klen,
                 const void *val, size_t vlen)
{
    int d = value_db(db);
    if (d < 0 || klen == 0 || klen > 511)
        return MM_EINVAL;
    mm_buf sealed = MM_BUF_INIT;
    int rc = mm_store_seal(hk, db, key, klen, val, vlen, &sealed);
    if (rc == MM_OK) {
        struct put_arg a = {d, key, klen, &sealed};
        rc = mm_store_write(st, put_cb, &a);
    }
    mm_buf_free(&sealed);
    return rc;
}

struct get_arg {
    const mm_hostkey *hk;
    const char *db;
    const void *key;
    size_t klen;
    mm_buf *out;
};

static int get_cb(void *arg, const void *val, size_t vlen)
{
    struct get_arg *a = arg;
    return mm_store_open_value(a->hk, a->db, a->key, a->klen, val, vlen, a->out);
}

int mm_store_get(mm_store *st, const mm_hostkey *hk, const char *db, const void *key, size_t klen, mm_buf *val)
{
    int d = value_db(db);
    if (d < 0 || klen == 0 || klen > 511)
        return MM_EINVAL;
    struct get_arg a = {hk, db, key, klen, val};
    return mm_store_view(st, (enum mm_db)d, key, klen, get_cb, &a);
}

int mm_store_view(mm_store *st, enum mm_db db, const void *key, size_t klen, mm_store_view_fn cb, void *arg)
{
    mm_txn t;
    int rc = read_open(st, &t);
    if (rc != MM_OK)
        return rc;
    const void *v;
    size_t vlen;
    rc = mm_txn_get(&t, db, key, klen, &v, &vlen);
    if (rc == MM_OK)
        rc = cb(arg, v, vlen);
    read_close(&t);
    return rc;
}

int mm_store_walk(mm_store *st, enum mm_db db, const void *from, size_t flen, int reverse, mm_store_iter_fn cb,
                  void *arg)
{
    mm_txn t; /* on the stack: a walk per message (the policy version) */
    int rc = read_open(st, &t);
    if (rc != MM_OK)
        return rc;
    rc = mm_txn_walk(&t, db, from, flen, reverse, cb, arg);
    read_close(&t);
    return rc;
}

static int del_cb(mm_txn *t, void *arg)
{
    struct put_arg *a = arg;
    return mm_txn_del(t, (enum mm_db)a->db, a->key, a->klen);
}

int mm_store_del(mm_store *st, const char *db, const void *key, size_t klen)
{
    int d = value_db(db);
    if (d < 0 || klen == 0 || klen > 511)
        return MM_EINVAL;
    struct put_arg a = {d, key, klen, NULL};
    return mm_store_write(st, del_cb, &a);
}

struct iter_arg {
    const mm_hostkey *hk;
    const char *db;
    mm_store_iter_fn cb;
    void *arg;
    mm_buf plain;
    int err;
};

static int iter_cb(void *arg, const void *key, size_t klen, const void *val, size_t vlen)
{
    struct iter_arg *a = arg;
    int rc = mm_store_open_value(a->hk, a->db, key, klen, val, vlen, &a->plain);
    if (rc != MM_OK)
        return rc;
    return a->cb(a->arg, key, klen, a->plain.data, a->plain.len);
}

int mm_store_iter(mm_store *st, const mm_hostkey *hk, const char *db, int reverse, mm_store_iter_fn cb, void *arg)
{
    int d = value_db(db);
    if (d < 0)
        return MM_EINVAL;
    struct iter_arg a = {hk, db, cb, arg, MM_BUF_INIT, 0};
    int rc = mm_store_walk(st, (enum mm_db)d, NULL, 0, reverse, iter_cb, &a);
    mm_buf_wipe(&a.plain);
    return rc;
}

static int last_cb(void *arg, const void *key, size_t klen, const void *val, size_t vlen)
{
    (void)val, (void)vlen;
    mm_buf *out = arg;
    mm_buf_reset(out);
    int rc = mm_buf_append(out, key, klen);
    return rc == MM_OK ? 1 : rc;
}

int mm_store_last_key(mm_store *st, const char *db, mm_buf *key)
{
    int d = mm_db_from_name(db);
    if (d < 0)
        return MM_EINVAL;
    int rc = mm_store_walk(st, (enum mm_db)d, NULL, 0, 1, last_cb, key);
    if (rc == 1)
        return MM_OK;
    return rc == MM_OK ? MM_ENOTFOUND : rc;
}
