/*
 * report_int.h - the report's aggregates, shared by report.c (counting,
 * JSON, Prometheus, text) and report_html.c (the HTML page).
 */
#ifndef MM_REPORT_INT_H
#define MM_REPORT_INT_H

#include "report.h"

#define REP_NAME 48

struct rep_count {
    char name[REP_NAME];
    uint64_t n;
};

/* A small name -> count table (names are policy words: few). */
struct rep_counter {
    struct rep_count *v;
    size_t n, cap;
};

struct rep_day {
    int64_t day;              /* Unix days (UTC) */
    uint64_t messages, escalated;
    struct rep_counter phi;   /* PHI changed in enforce mode, by type */
};

struct rep_lat {
    uint64_t *v;
    size_t n, cap;
    int sorted;
    uint64_t sum;
};

struct mm_report {
    uint64_t records, messages, reveals, other, undecryptable;
    int64_t first, last; /* record times (0: none) */
    struct rep_counter category, priority, direction, mode, scan, policy;
    struct rep_counter phi_type, phi_action, phi_type_action; /* "type/action" */
    uint64_t phi_total, changed;
    uint64_t escalated, esc_recipients, esc_deduped;
    struct rep_counter esc_rule;
    uint64_t shadow, shadow_would_change, shadow_would_escalate;
    struct rep_counter shadow_phi; /* PHI enforce mode would have changed, by type */
    struct rep_counter reveal_user;
    uint64_t reveal_tokens, reveal_found;
    struct rep_day *days;
    size_t ndays, capdays;
    struct rep_lat lat, esc_lat;
};

/* Sort by name, or by count (largest first, then name). */
void mm_rep_counter_sort(struct rep_counter *c, int by_count);
uint64_t mm_rep_counter_get(const struct rep_counter *c, const char *name);
void mm_rep_days_sort(mm_report *r);
/* "YYYY-MM-DD HH:MM:SSZ", or "-" for 0. */
void mm_rep_format_time(char *buf, size_t cap, int64_t t);

#endif
