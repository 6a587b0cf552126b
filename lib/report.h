/*
 * report.h - summaries of the audit trail for the security team and for
 * monitoring: `medmilterctl stats` (JSON, Prometheus text format) and
 * `medmilterctl audit report` (plain text and a self-contained HTML page).
 *
 * A report aggregates decrypted audit payloads (auditread.h): counts per
 * category, priority, direction, mode, scan state, PHI type and action,
 * escalation rule, per UTC day; shadow-mode decisions (what enforce mode
 * would have changed); reveals per user; and the pipeline's elapsed time
 * per message (percentiles by nearest rank). It keeps names and counts
 * only: never a token, message id, address, reason or any other value
 * from the payloads. Names (categories, PHI types, rules, users) that are
 * not plain identifiers ([A-Za-z0-9_.@:+-], under 48 bytes) are counted
 * under "invalid".
 *
 * Threading: a report belongs to one thread at a time.
 */
#ifndef MM_REPORT_H
#define MM_REPORT_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include <jansson.h>

#include "mm.h"

typedef struct mm_report mm_report;

int mm_report_new(mm_report **out) MM_WUR;
void mm_report_free(mm_report *r);

/* Add one audit record made at TIME (Unix seconds). PAYLOAD: a message
 * record ("type":"message"), a reveal record ("event":"reveal"), another
 * record, or NULL for a record that did not decrypt. */
int mm_report_add(mm_report *r, int64_t time, const json_t *payload) MM_WUR;
/* The same as an mm_audit_read_fn (ARG is the report). */
int mm_report_audit_cb(void *arg, uint64_t seq, int64_t time, const json_t *payload);

/* Records added so far (all kinds), and messages among them. */
uint64_t mm_report_records(const mm_report *r);
uint64_t mm_report_messages(const mm_report *r);

/* Nearest-rank percentile P (0 < P <= 100) of elapsed_us over all messages,
 * or over escalated ones only. MM_ENOTFOUND when there is none. */
int mm_report_percentile(mm_report *r, int escalated, double p, uint64_t *us) MM_WUR;

/* Everything counted, as a JSON object (the format of `stats --json`). */
int mm_report_json(mm_report *r, json_t **out) MM_WUR;
/* Prometheus text exposition format (node_exporter textfile collector). */
int mm_report_prometheus(mm_report *r, FILE *out) MM_WUR;

/* What the report says about where the records come from. */
typedef struct mm_report_info {
    const char *source;       /* store directory, as given */
    time_t since;             /* 0: from the first record */
    time_t now;               /* when the report is made */
    int chain_status;         /* of mm_audit_verify: MM_OK, MM_ECORRUPT, other */
    uint64_t chain_records;   /* records checked */
    uint64_t chain_first_bad; /* with MM_ECORRUPT */
    const char *chain_reason; /* with MM_ECORRUPT (names a record, no payload) */
} mm_report_info;

/* A plain-text summary (a few lines per section). */
int mm_report_text(mm_report *r, const mm_report_info *info, FILE *out) MM_WUR;
/* A self-contained HTML page: inline CSS and SVG charts, no script, no
 * external asset. */
int mm_report_html(mm_report *r, const mm_report_info *info, FILE *out) MM_WUR;

#endif
