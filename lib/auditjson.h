/*
 * auditjson.h - the JSON payload of a message's audit record, built with
 * Jansson. The record is the object a straightforward build gives
 * (json_object_set_new of json_string/json_integer/json_boolean members in
 * record order, json_dumpb with JSON_COMPACT), byte for byte, including
 * Jansson's rules that a string which is NULL or not valid UTF-8 is not
 * stored (the member is left out, a PHI entry with such a string is left
 * out whole). It is built fast: the Jansson values live in a per-worker
 * template, changed in place for each message, and dumped into the
 * caller's reused buffer.
 *
 * Threading: an mm_auditjson is used by one thread at a time (one per
 * pipeline worker); distinct ones are independent.
 */
#ifndef MM_AUDITJSON_H
#define MM_AUDITJSON_H

#include <stdint.h>

#include "mm.h"
#include "pipeline.h"

/* Identifiers listed per record (~120 bytes each); beyond, the record
 * counts them per type (phi_counts) and says how many are not listed
 * (phi_unlisted), so that it stays under MM_AUDIT_MAX_PAYLOAD. */
#define MM_AUDIT_MAX_PHI 2000

typedef struct mm_auditjson mm_auditjson;

/* What a record says beyond the pipeline result. */
typedef struct mm_auditjson_in {
    const mm_result *res;
    int64_t time;           /* seconds since the epoch */
    const char *queue_id;   /* NULL: "" */
    const char *message_id; /* NULL: "" */
    int deduped;            /* the escalation was sent already */
} mm_auditjson_in;

int mm_auditjson_new(mm_auditjson **out) MM_WUR;
void mm_auditjson_free(mm_auditjson *a);

/* Replace OUT's contents by the record (NUL-terminated, length out->len).
 * MM_ENOMEM. OUT holds message ids and tokens: the caller wipes it. */
int mm_auditjson_build(mm_auditjson *a, const mm_auditjson_in *in, mm_buf *out) MM_WUR;

#endif
