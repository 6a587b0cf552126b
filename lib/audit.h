/*
 * audit.h - the tamper-evident audit trail: append-only records in the
 * `audit` database, key = sequence number (8 bytes big-endian, from 1),
 *   value = version (1) | time (8, Unix seconds) | prev_hash (32) | hash (32) | sealed payload
 *   hash  = BLAKE2b-256(prev_hash || seq || time || sealed payload)
 * The payload (JSON) is sealed to the vault public key (vault.h) with AD
 * "audit:" + seq, so the mail host cannot read it back. Key 0 holds the
 * head {last seq, last hash}, updated in the same transaction, so a
 * truncated tail shows too (an external anchor, e.g. the hash sent to
 * syslog, defends against a rewritten head).
 *
 * One writer thread group-commits the records of all callers in one LMDB
 * transaction; mm_audit_append returns once its record is durable.
 *
 * Threading: mm_audit_append is thread-safe; start/stop are not (call them
 * from the owning thread). Verification and export open their own read
 * transactions and may run beside a writer in another process.
 */
#ifndef MM_AUDIT_H
#define MM_AUDIT_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "keys.h"
#include "mm.h"
#include "store.h"
#include "vault.h"

#define MM_AUDIT_HASH_LEN 32
#define MM_AUDIT_MAX_PAYLOAD ((size_t)1 << 20)
/* The writer logs the chain head ("audit anchor: seq=N hash=H", NOTICE)
 * at its first commit and then every so often, for the SIEM to keep. */
#define MM_AUDIT_ANCHOR_SECONDS 60.0
#define MM_AUDIT_ANCHOR_RECORDS 10000

typedef struct mm_audit_writer mm_audit_writer;

int mm_audit_writer_start(mm_store *st, const mm_vault_pub *vp, mm_audit_writer **out) MM_WUR;
/* With MM_AUDIT_INLINE there is no writer thread: each caller commits its
 * own record (serialised). For single-threaded tools (scan), where handing
 * every record to a thread costs two context switches and batches nothing. */
#define MM_AUDIT_INLINE 0x1u
int mm_audit_writer_open(mm_store *st, const mm_vault_pub *vp, unsigned flags,
                         mm_audit_writer **out) MM_WUR;
/* Append one record; blocks until committed durably. *seq_out (may be
 * NULL) gets its sequence number. MM_ELIMIT beyond MM_AUDIT_MAX_PAYLOAD. */
int mm_audit_append(mm_audit_writer *w, const char *json_payload, size_t len, uint64_t *seq_out) MM_WUR;
/* The same, storing a message's vault items (vault.h, sealed in the
 * caller's thread to the writer's vault key) in the record's transaction:
 * one durable commit for both. Returns as mm_vault_put_batch for the items
 * (MM_ECOLLISION/MM_ECORRUPT: the record IS committed; redact those values
 * and say so in a follow-up record), or the commit error. */
int mm_audit_append_vault(mm_audit_writer *w, const mm_hostkey *hk, mm_vault_item *items, size_t n,
                          const char *json_payload, size_t len, uint64_t *seq_out) MM_WUR;
/* Transactions committed and records in them so far (group-commit ratio). */
void mm_audit_writer_stats(mm_audit_writer *w, uint64_t *batches, uint64_t *records);
/* Drain what is queued, then stop the thread and free W. */
void mm_audit_writer_stop(mm_audit_writer *w);

/* Check the whole chain (no secret key needed). MM_OK with *nrecords;
 * MM_ECORRUPT with *first_bad (the first sequence number at fault) and a
 * reason naming it (deleted, changed, reordered, truncated). */
int mm_audit_verify(mm_store *st, uint64_t *nrecords, uint64_t *first_bad, mm_buf *reason) MM_WUR;

/* Does record SEQ still have the hash an external anchor recorded (the
 * writer's "audit anchor: seq=N hash=H" log lines)? MM_OK, MM_ENOTFOUND
 * (deleted), MM_ECORRUPT (different: the chain was rewritten). */
int mm_audit_check_anchor(mm_store *st, uint64_t seq, const unsigned char hash[MM_AUDIT_HASH_LEN]) MM_WUR;
/* Decrypt records with time >= since and print one JSON object per line:
 * {"seq":N,"time":"ISO-8601","hash":"hex","payload":{...}}. The chain is
 * checked on the way; MM_ECORRUPT (after printing) when it is broken. */
int mm_audit_export(mm_store *st, const mm_vault_sec *vs, time_t since, FILE *out) MM_WUR;

/* Cleartext metadata of records from FROM_SEQ on (stats). CB returns 0 to
 * go on, anything else to stop. */
typedef int (*mm_audit_iter_fn)(void *arg, uint64_t seq, int64_t time, size_t payload_len);
int mm_audit_iter(mm_store *st, uint64_t from_seq, mm_audit_iter_fn cb, void *arg) MM_WUR;

/* The record decoder and chain checker used by verify (exposed for the
 * fuzzer). Feed every (key, value) of the audit database in key order. */
typedef struct mm_audit_record {
    uint64_t seq;
    int64_t time;
    const unsigned char *prev_hash, *hash;
    const unsigned char *sealed;
    size_t sealed_len;
} mm_audit_record;

int mm_audit_record_decode(const void *key, size_t klen, const void *val, size_t vlen,
                           mm_audit_record *r) MM_WUR;

typedef struct mm_audit_verifier {
    uint64_t next;     /* sequence expected next */
    uint64_t n;        /* records checked */
    uint64_t first_bad;
    unsigned char prev[MM_AUDIT_HASH_LEN];
    int have_head;
    uint64_t head_seq;
    unsigned char head_hash[MM_AUDIT_HASH_LEN];
    mm_buf *reason;
} mm_audit_verifier;

void mm_audit_verifier_init(mm_audit_verifier *v, mm_buf *reason);
/* MM_OK, or MM_ECORRUPT once a bad record is found (stop feeding then). */
int mm_audit_verifier_feed(mm_audit_verifier *v, const void *key, size_t klen, const void *val,
                           size_t vlen) MM_WUR;
int mm_audit_verifier_finish(mm_audit_verifier *v) MM_WUR;

#endif
