/*
 * mm.h - libmedmilter common definitions.
 *
 * Status codes shared by every module (functions return an int status,
 * MM_OK on success, decoded by mm_strerror), length-counted buffers for
 * mail data (mail may contain NUL bytes: never use C strings for it), the
 * PHI type table, and the logging hook the daemon and medmilterctl install.
 *
 * Threading: everything here is thread-safe except mm_log_set(), which must
 * be called before any thread starts.
 */
#ifndef MM_H
#define MM_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

#define MM_WUR __attribute__((warn_unused_result))
#define MM_PRINTF(a, b) __attribute__((format(printf, a, b)))

/* Status codes: 0 is success, errors are negative and distinct. */
#define MM_OK 0
#define MM_ENOMEM (-30900)    /* out of memory */
#define MM_EINVAL (-30901)    /* invalid argument */
#define MM_EIO (-30902)       /* I/O error (see errno / log) */
#define MM_ECRYPTO (-30903)   /* decryption or authentication failed */
#define MM_ENOTFOUND (-30904) /* no such record */
#define MM_ELIMIT (-30905)    /* a configured limit was exceeded */
#define MM_EPARSE (-30906)    /* malformed input */
#define MM_EPOLICY (-30907)   /* invalid policy */
#define MM_EKEY (-30908)      /* key file missing, unsafe or malformed */
#define MM_ESTORE (-30909)    /* LMDB error (see log for mdb_strerror) */
#define MM_EEXIST (-30910)    /* already exists */
#define MM_ECORRUPT (-30911)  /* stored data corrupt or tampered */
#define MM_ECONFIG (-30912)   /* invalid configuration */
#define MM_ECOLLISION (-30913) /* token id collision: same id, other value */

const char *mm_strerror(int status);

/* Length-counted byte buffer, always NUL-terminated for convenience only:
 * the NUL is not part of len and data may contain NULs. */
typedef struct mm_buf {
    char *data;
    size_t len;
    size_t cap;
} mm_buf;

#define MM_BUF_INIT {NULL, 0, 0}

int mm_buf_reserve(mm_buf *b, size_t extra) MM_WUR;
int mm_buf_append(mm_buf *b, const void *p, size_t n) MM_WUR;
int mm_buf_appendf(mm_buf *b, const char *fmt, ...) MM_PRINTF(2, 3) MM_WUR;
int mm_buf_vappendf(mm_buf *b, const char *fmt, va_list ap) MM_PRINTF(2, 0) MM_WUR;
void mm_buf_reset(mm_buf *b);
void mm_buf_free(mm_buf *b);
/* Zero the contents before freeing: for buffers that held PHI or secrets. */
void mm_buf_wipe(mm_buf *b);

/* PHI types. The order is stable: it is stored in the vault and audit. */
typedef enum mm_phi_type {
    MM_PHI_SSN = 0,
    MM_PHI_NPI,
    MM_PHI_DEA,
    MM_PHI_MBI,
    MM_PHI_PHONE,
    MM_PHI_DOB,
    MM_PHI_MRN,
    MM_PHI_EMAIL,
    MM_PHI_CARD,
    MM_PHI_ZIP,
    MM_PHI_NIR,
    MM_PHI_INS,
    MM_PHI_RPPS,
    MM_PHI_IBAN,
    MM_PHI_COUNT
} mm_phi_type;

/* "ssn", "npi", ... (lower case, as in policies and JSON output). */
const char *mm_phi_name(mm_phi_type t);
/* "SSN", "NPI", ... (upper case, as in tokens). */
const char *mm_phi_tag(mm_phi_type t);
/* Case-insensitive lookup; returns -1 when unknown. */
int mm_phi_from_name(const char *name, size_t len);

/* Logging: fixed levels, syslog-compatible numbering. Messages must never
 * contain PHI values. */
#define MM_LOG_ERR 3
#define MM_LOG_WARNING 4
#define MM_LOG_NOTICE 5
#define MM_LOG_INFO 6
#define MM_LOG_DEBUG 7

typedef void (*mm_log_fn)(int level, const char *msg);
void mm_log_set(mm_log_fn fn, int max_level);
void mm_log(int level, const char *fmt, ...) MM_PRINTF(2, 3);

/* Make room for one more element in a growable array: *arr holds n
 * elements of size bytes and room for *cap (doubled as needed). */
int mm_array_grow(void **arr, size_t *cap, size_t n, size_t size) MM_WUR;

#endif
