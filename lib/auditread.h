/*
 * auditread.h - decrypted audit payloads, one callback per record, for the
 * summaries of `medmilterctl stats` and `audit report`. It reads what
 * mm_audit_export writes (one decryption path, chain checked on the way)
 * through a line-splitting stream, so nothing is held beyond one record.
 *
 * Needs the vault secret key: the payloads are sealed to the vault public
 * key and the mail host cannot read them back.
 *
 * Threading: one call per thread; the callback runs in the caller's thread.
 */
#ifndef MM_AUDITREAD_H
#define MM_AUDITREAD_H

#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "keys.h"
#include "mm.h"
#include "store.h"

/* PAYLOAD is the record's decrypted JSON (borrowed for the call), or NULL
 * when the record does not open with the keys given (rotated away,
 * damaged). TIME is the record's cleartext time. Return 0 to go on,
 * anything else to stop (mm_audit_read then returns MM_EINVAL unless the
 * value is itself an MM_E* status, which is returned). */
typedef int (*mm_audit_read_fn)(void *arg, uint64_t seq, int64_t time, const json_t *payload);

/* Call CB for every record with time >= SINCE, in sequence order. Returns
 * MM_OK; MM_ECORRUPT when the chain is broken (all readable records were
 * still passed); MM_EKEY / MM_ECRYPTO when some record did not open (passed
 * as NULL); or a store / I/O error. */
int mm_audit_read(mm_store *st, const mm_vault_sec *vs, time_t since, mm_audit_read_fn cb,
                  void *arg) MM_WUR;

#endif
