/*
 * pipeline.h - the one message pipeline shared by the daemon (at end of
 * message) and `medmilterctl scan`: envelope + message bytes in, decisions
 * out (headers to delete/change/add, new body or none, recipients to add,
 * audit record written). Nothing here knows libmilter.
 *
 * Stages (one module each): message (parse), detect, classify, policy
 * (decide), message (rewrite), escalation, audit.
 *
 * Threading: a mm_pipeline is shared by all threads; each thread owns a
 * mm_worker (per-thread scratch) and passes it to mm_pipeline_run. The
 * compiled policy is swapped atomically when a newer version is loaded into
 * the store; a message runs under the version current when it started.
 */
#ifndef MM_PIPELINE_H
#define MM_PIPELINE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "config.h"
#include "mm.h"

typedef struct mm_pipeline mm_pipeline;
typedef struct mm_worker mm_worker;

typedef struct mm_envelope {
    const char *client_ip;   /* NULL: unknown, treated as external */
    const char *auth_user;   /* SMTP AUTH identity or NULL */
    const char *sender;      /* envelope sender, without <> */
    const char *const *rcpts; /* envelope recipients, without <> */
    size_t nrcpts;
    const char *queue_id;    /* for logs and audit, may be NULL */
    int oversize;            /* body not given: larger than MaxScanSize */
} mm_envelope;

enum mm_hdr_op { MM_HOP_DELETE, MM_HOP_CHANGE, MM_HOP_ADD };

typedef struct mm_hdr_action {
    enum mm_hdr_op op;
    char *name;
    unsigned index; /* 1-based among headers of that name (delete/change) */
    char *value;    /* change/add: folded with "\n\t", never PHI */
} mm_hdr_action;

typedef struct mm_phi_hit {
    mm_phi_type type;
    char where[64];
    int action;     /* mm_action from policy.h */
    char token[40]; /* token text, or empty when the action is keep */
} mm_phi_hit;

typedef struct mm_result {
    int direction;             /* mm_direction */
    int category;              /* mm_category */
    int urgent;
    char route[64];
    char policy_version[64];
    int shadow;                /* policy mode shadow: decisions only */
    mm_phi_hit *phi;
    size_t nphi;
    char **escalate_to;        /* recipients to add */
    size_t nescalate;
    char esc_rule[64];
    int changed;               /* the message as delivered differs */
    int scan_state;            /* MM_SCAN_OK / PARTIAL / SKIPPED (message.h) */
    char scan_reason[96];
    mm_hdr_action *hdrs;       /* in the order the milter must apply them */
    size_t nhdrs;
    int body_changed;
    mm_buf body;               /* new body, CRLF, when body_changed */
    uint64_t audit_seq;
    double elapsed_ms;
} mm_result;

int mm_pipeline_open(const mm_config *cfg, mm_pipeline **out, mm_buf *err) MM_WUR;
/* Commit what a batched store (MM_STORE_BATCH, scan) still holds; MM_OK
 * otherwise. Close does it too, but cannot report a failure. */
int mm_pipeline_flush(mm_pipeline *p) MM_WUR;
void mm_pipeline_close(mm_pipeline *p);
/* Reload what can change at run time (policy file, log level). */
int mm_pipeline_reload(mm_pipeline *p, const mm_config *cfg, mm_buf *err) MM_WUR;

int mm_worker_new(mm_pipeline *p, mm_worker **out) MM_WUR;
void mm_worker_free(mm_worker *w);

/* Run the pipeline over one whole message (headers, blank line, body; CRLF
 * or LF). On error the result holds nothing to apply and the caller applies
 * its OnError action. */
int mm_pipeline_run(mm_pipeline *p, mm_worker *w, const mm_envelope *env, const char *msg,
                    size_t len, time_t now, mm_result *out) MM_WUR;
void mm_result_free(mm_result *r);

/* The message as the MTA delivers it after the milter applied r. */
int mm_result_render(const char *msg, size_t len, const mm_result *r, mm_buf *out) MM_WUR;
/* One JSON object (the `scan` contract) for the result, without newline. */
int mm_result_json(const mm_result *r, const char *file, mm_buf *out) MM_WUR;
/* One log line: counts, never values (key=value text, or a JSON object
 * for syslog/journald collectors feeding a SIEM). */
int mm_result_logline(const mm_result *r, const char *queue_id, mm_buf *out) MM_WUR;
int mm_result_logjson(const mm_result *r, const char *queue_id, mm_buf *out) MM_WUR;

#endif
