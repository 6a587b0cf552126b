/*
 * policy.h - the medmilter policy: JSON (schema in docs/policy.md) parsed,
 * validated and compiled into an immutable object that answers the
 * pipeline's questions: direction of a message, action per PHI type,
 * route per category, escalation and on-call addresses. Lexicons named by
 * the policy are compiled here too (see classify.h).
 *
 * Validation reports every error it finds, one line each, as
 *   FILE:LINE:COLUMN: $.json.path: what was expected
 * (LINE:COLUMN omitted when the position cannot be found).
 *
 * Threading: parsing is single-threaded; a compiled mm_policy is
 * immutable and may be shared read-only by any number of threads.
 * Classification needs one mm_classify_scratch per thread.
 */
#ifndef MM_POLICY_H
#define MM_POLICY_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>

#include "mm.h"

typedef enum { MM_DIR_INBOUND, MM_DIR_OUTBOUND, MM_DIR_INTERNAL } mm_direction;

/* Ordered from least to most strict (what the recipient gets to see):
 * keep (all) < mask (last 4 characters) < tokenize (nothing; reversible by
 * the security team) < redact (nothing; irreversible). When recipients
 * disagree the strictest wins, since one copy goes to all. */
typedef enum { MM_ACT_KEEP, MM_ACT_MASK, MM_ACT_TOKENIZE, MM_ACT_REDACT } mm_action;

typedef enum {
    MM_CAT_APPOINTMENT,
    MM_CAT_PRESCRIPTION,
    MM_CAT_BILLING,
    MM_CAT_CLINICAL_URGENT,
    MM_CAT_FOLLOWUP,
    MM_CAT_OTHER
} mm_category;
#define MM_CAT_COUNT 6

const char *mm_category_name(mm_category c);
const char *mm_action_name(mm_action a);
const char *mm_direction_name(mm_direction d);
/* Name to value; -1 when unknown. */
int mm_category_from_name(const char *name);
int mm_action_from_name(const char *name);

typedef struct mm_policy mm_policy;

/* Parse, validate and compile a policy. filename names the source in
 * error messages and is the base for relative lexicon paths (NULL: the
 * current directory). On MM_EPOLICY, err holds the messages. */
int mm_policy_parse(const char *json, size_t len, const char *filename, mm_policy **out,
                    mm_buf *err) MM_WUR;
int mm_policy_load_file(const char *path, mm_policy **out, mm_buf *err) MM_WUR;
void mm_policy_free(mm_policy *p);

/* The exact source text (for the store), and its length. */
const char *mm_policy_source(const mm_policy *p, size_t *len);
/* "name@sha256-prefix", e.g. "default@3f2a9c01b4e7": the policy's name and
 * a hash of its source and of every lexicon file it loaded. */
const char *mm_policy_version_label(const mm_policy *p);
const char *mm_policy_name(const mm_policy *p);

/* 1 enforce, 0 shadow (decide and audit, change nothing). */
int mm_policy_enforce(const mm_policy *p);

/* The "detectors" object, opaque here (the detection module owns it);
 * NULL when the policy has none. Valid while p lives. Borrowed: Jansson
 * reference counts are not atomic, so read it (json_object_get etc.) but
 * do not json_incref/decref it from milter threads; compile what you need
 * once, when the policy is loaded. */
const json_t *mm_policy_detectors(const mm_policy *p);

/* Is the domain (or the domain of an address) internal? */
int mm_policy_is_internal(const mm_policy *p, const char *addr_or_domain);
/* Is the client address (IPv4 or IPv6 text) in internal_networks? */
int mm_policy_internal_ip(const mm_policy *p, const char *client_ip);

/* inbound: external, unauthenticated client; outbound: internal or
 * authenticated client and any recipient outside internal_domains;
 * internal otherwise. */
mm_direction mm_policy_direction(const mm_policy *p, const char *client_ip, int authenticated,
                                 const char *const *rcpts, size_t n);

/* Action for a PHI type: per recipient, mailbox override, then domain
 * override, then the policy-wide setting; the strictest recipient wins. */
mm_action mm_policy_action(const mm_policy *p, mm_phi_type type, mm_direction dir,
                           const char *const *rcpts, size_t n);

/* Route for a category: the first recipient with a mailbox route for it,
 * else the policy-wide route; never NULL. */
const char *mm_policy_route(const mm_policy *p, mm_category cat, const char *const *rcpts,
                            size_t n);

/* Escalation: returns 1 when the message escalates (rule id, on-call
 * addresses at instant now in *addrs, a malloc'd array of malloc'd
 * strings to free with mm_policy_addrs_free, and the dedupe window), 0
 * when it does not (outputs cleared), or a negative MM_E* status. A rule
 * whose rota has nobody on call at now does not escalate. */
int mm_policy_escalation(const mm_policy *p, mm_category cat, int urgent,
                         const char *const *rcpts, size_t n, time_t now, const char **rule_id,
                         char ***addrs, size_t *naddrs, unsigned *dedupe_seconds);
void mm_policy_addrs_free(char **addrs, size_t n);

/* Classifier compiled from the policy's lexicons (see classify.h). */
struct mm_classifier;
const struct mm_classifier *mm_policy_classifier(const mm_policy *p);

#endif
