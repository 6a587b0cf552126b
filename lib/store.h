/*
 * store.h - the LMDB store: one environment under DataDir with the named
 * databases policy, meta, vault, audit and threads.
 *
 * Values in policy, meta and threads are XChaCha20-Poly1305 under a subkey
 * of the host key, with the database name and record key as additional
 * data (a value copied under another key fails to open) and the host key
 * id in the value (rotation). Vault and audit values have their own sealed
 * formats (vault.h, audit.h) written through the raw transaction layer.
 *
 * LMDB rules followed here: the environment is opened with MDB_NOTLS (read
 * transactions are not tied to threads: libmilter's thread pool), stale
 * readers are cleared at open (mdb_reader_check), the map is grown on
 * MDB_MAP_FULL (doubling) and adopted when another process grew it
 * (MDB_MAP_RESIZED). Commits are durable (no MDB_NOSYNC). Open the store
 * after daemonising: an LMDB environment must not cross fork().
 *
 * Every LMDB error is logged through mm_log with the mdb_strerror text and
 * the path; the functions then return MM_ESTORE.
 *
 * Threading: one mm_store may be shared by all threads of a process. A
 * write callback (mm_store_write) runs on the calling thread, inside the
 * single LMDB write transaction, and must not start other transactions.
 * A thread must not hold a read transaction while it writes (growing the
 * map waits for every transaction of the process to end).
 */
#ifndef MM_STORE_H
#define MM_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "keys.h"
#include "mm.h"

typedef struct mm_store mm_store;
typedef struct mm_txn mm_txn;

#define MM_STORE_RDONLY 0x1u  /* read-only: no write functions, no creation */
#define MM_STORE_NOGROW 0x2u
/* Batch durability (medmilterctl scan): writes are grouped into one LMDB
 * transaction, committed without fsync after MM_STORE_BATCH_WRITES writes,
 * MM_STORE_BATCH_BYTES written or MM_STORE_BATCH_MS (checked at each write
 * and by mm_store_tick), by mm_store_flush and at close; the store is
 * synced once when closed. A write whose callback fails drops only its
 * own writes (the batch is redone from an in-memory log of the others),
 * and a full map is grown and the batch redone: nothing acknowledged is
 * lost, except when the batch commit itself fails (I/O): that loses the
 * whole batch, reported to the write, tick or flush that commits. Reads
 * from the writing thread see the batch; other processes see it once
 * committed, and wait for the write lock while it is open. Writes must
 * come from one thread. With MM_STORE_NOGROW writes are not grouped (a
 * batch may need more room to commit than its writes took). Never for the daemon: end of message must wait
 * for a durable record. */
#define MM_STORE_BATCH 0x4u
#define MM_STORE_BATCH_WRITES 128
#define MM_STORE_BATCH_MS 20
#define MM_STORE_BATCH_BYTES ((size_t)8 << 20)
#define MM_STORE_DEFAULT_MAP ((size_t)256 << 20)

enum mm_db { MM_DB_POLICY, MM_DB_META, MM_DB_VAULT, MM_DB_AUDIT, MM_DB_THREADS, MM_DB_COUNT };

/* Name of a database ("policy", ...); mm_db_from_name returns -1 if unknown. */
const char *mm_db_name(enum mm_db db);
int mm_db_from_name(const char *name);

/* Open (creating DIR 0700 and the databases unless RDONLY). map_size 0
 * means MM_STORE_DEFAULT_MAP, or the existing environment's size if larger. */
int mm_store_open(const char *dir, size_t map_size, unsigned flags, mm_store **out) MM_WUR;
void mm_store_close(mm_store *st);
const char *mm_store_path(const mm_store *st);
size_t mm_store_map_size(mm_store *st);

/* Encrypted values under the host key, in policy, meta or threads (other
 * names: MM_EINVAL). get: MM_ENOTFOUND when absent, MM_ECRYPTO when the
 * value does not open (wrong key, moved value), MM_EKEY when sealed under a
 * key id not loaded, MM_ECORRUPT when truncated. val is wiped and replaced. */
int mm_store_put(mm_store *st, const mm_hostkey *hk, const char *db, const void *key, size_t klen,
                 const void *val, size_t vlen) MM_WUR;
int mm_store_get(mm_store *st, const mm_hostkey *hk, const char *db, const void *key, size_t klen,
                 mm_buf *val) MM_WUR;
int mm_store_del(mm_store *st, const char *db, const void *key, size_t klen) MM_WUR;

/* Call CB for each record of DB in key order (reverse when REVERSE), with
 * the decrypted value, all inside one read transaction. CB returns 0 to go
 * on, anything else to stop (that value is returned). */
typedef int (*mm_store_iter_fn)(void *arg, const void *key, size_t klen, const void *val, size_t vlen);
int mm_store_iter(mm_store *st, const mm_hostkey *hk, const char *db, int reverse, mm_store_iter_fn cb,
                  void *arg) MM_WUR;
/* Largest key of DB (MM_ENOTFOUND when empty). */
int mm_store_last_key(mm_store *st, const char *db, mm_buf *key) MM_WUR;

/* Raw layer for modules with their own value formats. */
/* Run FN inside a write transaction and commit durably. FN may run more
 * than once (map grown after MDB_MAP_FULL), so it must only depend on its
 * argument and the transaction. FN's non-MM_OK result aborts and is returned. */
typedef int (*mm_txn_fn)(mm_txn *txn, void *arg);
int mm_store_write(mm_store *st, mm_txn_fn fn, void *arg) MM_WUR;
/* MM_STORE_BATCH: commit the open batch now (MM_OK when none is open), or
 * only when it is due (size or age): call tick between units of work so
 * the write lock is not held long. No-ops for other stores. */
int mm_store_flush(mm_store *st) MM_WUR;
int mm_store_tick(mm_store *st) MM_WUR;
/* Change when a batch is due (defaults MM_STORE_BATCH_WRITES and _MS);
 * call before the first write. */
void mm_store_batch_limits(mm_store *st, unsigned writes, unsigned ms);
/* Read transaction (MDB_NOTLS: may be used by any one thread at a time). */
int mm_store_read_begin(mm_store *st, mm_txn **out) MM_WUR;
void mm_store_read_end(mm_txn *txn);
mm_store *mm_txn_store(mm_txn *txn);
/* Raw put/get inside a transaction. get points into the map (valid until
 * the transaction ends). put with noover: MM_EEXIST when the key exists. */
int mm_txn_put(mm_txn *txn, enum mm_db db, const void *key, size_t klen, const void *val, size_t vlen,
               int noover) MM_WUR;
int mm_txn_get(mm_txn *txn, enum mm_db db, const void *key, size_t klen, const void **val,
               size_t *vlen) MM_WUR;
/* Put unless the key exists, in one lookup: MM_EEXIST then, with *OLD and
 * *OLDLEN set to the stored value (valid until the next write in TXN). */
int mm_txn_insert(mm_txn *txn, enum mm_db db, const void *key, size_t klen, const void *val,
                  size_t vlen, const void **old, size_t *oldlen) MM_WUR;
/* Put a key that sorts after every key in DB (MM_EEXIST otherwise): no
 * search, and pages filled up rather than split in half, for keys that
 * only grow (the audit trail). */
int mm_txn_append(mm_txn *txn, enum mm_db db, const void *key, size_t klen, const void *val,
                  size_t vlen) MM_WUR;
/* get and put for a record under the lowest key of DB (the audit head):
 * a walk down the left edge of the tree instead of a search. get_first:
 * MM_ENOTFOUND unless the first key is KEY. put_first: KEY must sort
 * before every other key in DB. */
int mm_txn_get_first(mm_txn *txn, enum mm_db db, const void *key, size_t klen, const void **val,
                     size_t *vlen) MM_WUR;
int mm_txn_put_first(mm_txn *txn, enum mm_db db, const void *key, size_t klen, const void *val,
                     size_t vlen) MM_WUR;
int mm_txn_del(mm_txn *txn, enum mm_db db, const void *key, size_t klen) MM_WUR;
/* Cursor walk over DB: CB gets raw key/value; start at key FROM (NULL =
 * first; with reverse, NULL = last). Same stop rule as mm_store_iter. */
int mm_txn_walk(mm_txn *txn, enum mm_db db, const void *from, size_t flen, int reverse, mm_store_iter_fn cb,
                void *arg) MM_WUR;

/* One-shot read transactions: walk DB (as mm_txn_walk), or look KEY up
 * and hand its raw value to CB (MM_ENOTFOUND when absent). */
int mm_store_walk(mm_store *st, enum mm_db db, const void *from, size_t flen, int reverse, mm_store_iter_fn cb,
                  void *arg) MM_WUR;
typedef int (*mm_store_view_fn)(void *arg, const void *val, size_t vlen);
int mm_store_view(mm_store *st, enum mm_db db, const void *key, size_t klen, mm_store_view_fn cb,
                  void *arg) MM_WUR;

/* Host-key value encryption as used by mm_store_put, exposed for tests. */
int mm_store_seal(const mm_hostkey *hk, const char *db, const void *key, size_t klen, const void *val,
                  size_t vlen, mm_buf *out) MM_WUR;
int mm_store_open_value(const mm_hostkey *hk, const char *db, const void *key, size_t klen,
                        const void *sealed, size_t slen, mm_buf *out) MM_WUR;

#endif
