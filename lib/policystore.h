/*
 * policystore.h - policy versions in the store: `policy load` validates a
 * policy file completely (policy, lexicons, detectors) and stores it as a
 * new version; the running milter picks the newest version at its next
 * message. Rollback stores an older version's source again as the newest
 * one, so history only ever grows.
 *
 * Records live in the "policy" database, key = version (8 bytes big-endian),
 * value = JSON {version, label, file, loaded_at, comment, source} encrypted
 * under the host key (mm_store_put).
 *
 * Threading: as the store (any thread; writes are serialised by LMDB).
 */
#ifndef MM_POLICYSTORE_H
#define MM_POLICYSTORE_H

#include <stdint.h>
#include <time.h>

#include "keys.h"
#include "mm.h"
#include "store.h"

typedef struct mm_policystore_entry {
    uint64_t version;
    char *label;   /* mm_policy_version_label of the source */
    char *file;    /* absolute path it was loaded from (lexicons resolve from there) */
    char *comment;
    time_t loaded_at;
    char *source;
    size_t source_len;
} mm_policystore_entry;

/* Newest version number, 0 when the store holds none. */
int mm_policystore_current(mm_store *st, uint64_t *version) MM_WUR;
int mm_policystore_get(mm_store *st, const mm_hostkey *hk, uint64_t version,
                       mm_policystore_entry *out) MM_WUR;
void mm_policystore_entry_free(mm_policystore_entry *e);

/* Validate FILE fully and store it as a new version (*version). Without
 * force, MM_EEXIST when the newest version already has the same content.
 * On MM_EPOLICY err holds the validation messages. */
int mm_policystore_load_file(mm_store *st, const mm_hostkey *hk, const char *file, int force,
                             uint64_t *version, mm_buf *err) MM_WUR;
/* Store version N's source again as the newest version. */
int mm_policystore_rollback(mm_store *st, const mm_hostkey *hk, uint64_t n, uint64_t *version,
                            mm_buf *err) MM_WUR;
/* Entries oldest first (sources not loaded: source NULL). */
typedef int (*mm_policystore_fn)(void *arg, const mm_policystore_entry *e);
int mm_policystore_history(mm_store *st, const mm_hostkey *hk, mm_policystore_fn fn,
                           void *arg) MM_WUR;

#endif
