/*
 * fuzz_audit.c - the audit record decoder, chain verifier and sealed
 * payload opener over hostile stored bytes. Input: a list of entries
 *   key length (1 byte) | key | value length (2 bytes, big-endian) | value
 * fed in order as the audit database's (key, value) pairs; every record
 * that decodes also has its payload opened with a fixed vault secret key
 * (the one the seeds were sealed to: 32 bytes of 0x42). Invariants: the
 * verifier names a first bad record exactly when it fails, and a payload
 * that opens is no longer than the sealed bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "audit.h"
#include "keys.h"
#include "vault.h"

static mm_vault_sec *vs;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!vs) {
        unsigned char sk[32];
        memset(sk, 0x42, sizeof sk);
        if (sodium_init() < 0 || mm_vault_sec_from_bytes(sk, &vs) != MM_OK)
            abort();
        mm_log_set(NULL, 0); /* quiet */
    }
    mm_buf reason = MM_BUF_INIT, plain = MM_BUF_INIT;
    mm_audit_verifier v;
    mm_audit_verifier_init(&v, &reason);
    mm_unseal *u;
    if (mm_unseal_new(vs, &u) != MM_OK)
        abort();
    int failed = 0;
    size_t off = 0;
    while (off < size) {
        size_t klen = data[off++];
        if (klen > size - off)
            break;
        const uint8_t *key = data + off;
        off += klen;
        if (size - off < 2)
            break;
        size_t vlen = (size_t)data[off] << 8 | data[off + 1];
        off += 2;
        if (vlen > size - off)
            vlen = size - off;
        /* A private copy so reads past the value are caught by ASan. */
        uint8_t *val = malloc(vlen ? vlen : 1);
        memcpy(val, data + off, vlen);
        off += vlen;
        if (!failed && mm_audit_verifier_feed(&v, key, klen, val, vlen) != MM_OK) {
            failed = 1;
            if (v.first_bad == 0 || reason.len == 0)
                abort();
        }
        mm_audit_record r;
        if (mm_audit_record_decode(key, klen, val, vlen, &r) == MM_OK) {
            if (r.sealed + r.sealed_len != val + vlen || r.seq == 0)
                abort();
            unsigned char ad[14];
            memcpy(ad, "audit:", 6);
            mm_put_be64(ad + 6, r.seq);
            if (mm_unseal_value(u, ad, sizeof ad, r.sealed, r.sealed_len, &plain) == MM_OK &&
                plain.len + MM_SEAL_OVERHEAD != r.sealed_len)
                abort();
        }
        free(val);
    }
    int rc = failed ? MM_ECORRUPT : mm_audit_verifier_finish(&v);
    if ((rc == MM_OK) != (v.first_bad == 0))
        abort();
    mm_unseal_free(u);
    mm_buf_wipe(&plain);
    mm_buf_free(&reason);
    return 0;
}
