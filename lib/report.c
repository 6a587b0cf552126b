/*
 * report.c - audit trail aggregates: counting payloads, and the JSON,
 * Prometheus and plain-text forms. The HTML page is in report_html.c.
 */
#include "report_int.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "auditread.h"

/* ---- counters ---- */

static void rep_name(const json_t *v, char out[REP_NAME])
{
    const char *s = json_string_value(v);
    size_t n = s ? strlen(s) : 0;
    int ok = s && n > 0 && n < REP_NAME;
    for (size_t i = 0; ok && i < n; i++)
        ok = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
             (s[i] >= '0' && s[i] <= '9') || strchr("_.@:+-", s[i]) != NULL;
    snprintf(out, REP_NAME, "%s", ok ? s : s && n == 0 ? "none" : "invalid");
}

static int counter_add(struct rep_counter *c, const char *name, uint64_t k)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->v[i].name, name) == 0) {
            c->v[i].n += k;
            return MM_OK;
        }
    int rc = mm_array_grow((void **)&c->v, &c->cap, c->n, sizeof *c->v);
    if (rc != MM_OK)
        return rc;
    snprintf(c->v[c->n].name, REP_NAME, "%s", name);
    c->v[c->n++].n = k;
    return MM_OK;
}

static int counter_addj(struct rep_counter *c, const json_t *v)
{
    char name[REP_NAME];
    rep_name(v, name);
    return counter_add(c, name, 1);
}

static void counter_free(struct rep_counter *c)
{
    free(c->v);
    memset(c, 0, sizeof *c);
}

uint64_t mm_rep_counter_get(const struct rep_counter *c, const char *name)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->v[i].name, name) == 0)
            return c->v[i].n;
    return 0;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(((const struct rep_count *)a)->name, ((const struct rep_count *)b)->name);
}

static int cmp_count(const void *a, const void *b)
{
    const struct rep_count *x = a, *y = b;
    return x->n != y->n ? (x->n < y->n ? 1 : -1) : strcmp(x->name, y->name);
}

void mm_rep_counter_sort(struct rep_counter *c, int by_count)
{
    if (c->n > 1)
        qsort(c->v, c->n, sizeof *c->v, by_count ? cmp_count : cmp_name);
}

static int lat_add(struct rep_lat *l, uint64_t us)
{
    int rc = mm_array_grow((void **)&l->v, &l->cap, l->n, sizeof *l->v);
    if (rc != MM_OK)
        return rc;
    l->v[l->n++] = us;
    l->sum += us;
    l->sorted = 0;
    return MM_OK;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static int lat_pct(struct rep_lat *l, double p, uint64_t *us)
{
    if (l->n == 0 || !(p > 0 && p <= 100))
        return l->n == 0 ? MM_ENOTFOUND : MM_EINVAL;
    if (!l->sorted) {
        qsort(l->v, l->n, sizeof *l->v, cmp_u64);
        l->sorted = 1;
    }
    double x = p / 100.0 * (double)l->n; /* nearest rank: ceil(x) */
    size_t rank = (size_t)x;
    if ((double)rank < x)
        rank++;
    size_t i = rank < 1 ? 0 : rank - 1;
    *us = l->v[i < l->n ? i : l->n - 1];
    return MM_OK;
}

/* ---- adding records ---- */

int mm_report_new(mm_report **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? MM_OK : MM_ENOMEM;
}

void mm_report_free(mm_report *r)
{
    if (r == NULL)
        return;
    struct rep_counter *cs[] = {&r->category,  &r->priority,        &r->direction, &r->mode,
                                &r->scan,      &r->policy,          &r->phi_type,  &r->phi_action,
                                &r->phi_type_action, &r->esc_rule,  &r->shadow_phi, &r->reveal_user};
    for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++)
        counter_free(cs[i]);
    for (size_t i = 0; i < r->ndays; i++)
        counter_free(&r->days[i].phi);
    free(r->days);
    free(r->lat.v);
    free(r->esc_lat.v);
    free(r);
}

static struct rep_day *rep_day(mm_report *r, int64_t t)
{
    int64_t d = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    for (size_t i = r->ndays; i-- > 0;) /* records come in time order: look from the end */
        if (r->days[i].day == d)
            return &r->days[i];
    if (mm_array_grow((void **)&r->days, &r->capdays, r->ndays, sizeof *r->days) != MM_OK)
        return NULL;
    struct rep_day *day = &r->days[r->ndays++];
    memset(day, 0, sizeof *day);
    day->day = d;
    return day;
}

static int add_phi(mm_report *r, struct rep_day *day, int shadow, const json_t *phi, int *would)
{
    size_t i;
    const json_t *e;
    int rc = MM_OK;
    json_array_foreach(phi, i, e) {
        char type[REP_NAME], action[REP_NAME], both[2 * REP_NAME];
        rep_name(json_object_get(e, "type"), type);
        rep_name(json_object_get(e, "action"), action);
        snprintf(both, sizeof both, "%s/%s", type, action);
        r->phi_total++;
        if ((rc = counter_add(&r->phi_type, type, 1)) != MM_OK ||
            (rc = counter_add(&r->phi_action, action, 1)) != MM_OK ||
            (rc = counter_add(&r->phi_type_action, both, 1)) != MM_OK)
            return rc;
        if (strcmp(action, "keep") == 0)
            continue;
        *would = 1;
        rc = counter_add(shadow ? &r->shadow_phi : &day->phi, type, 1);
        if (rc != MM_OK)
            return rc;
    }
    return rc;
}

static int add_message(mm_report *r, int64_t t, const json_t *p)
{
    struct rep_day *day = rep_day(r, t);
    if (day == NULL)
        return MM_ENOMEM;
    char mode[REP_NAME], rule[REP_NAME];
    rep_name(json_object_get(p, "mode"), mode);
    rep_name(json_object_get(p, "escalation_rule"), rule);
    const char *rs = json_string_value(json_object_get(p, "escalation_rule"));
    int shadow = strcmp(mode, "shadow") == 0, would = 0, rc, has_rule = rs && *rs;
    const json_t *esc = json_object_get(p, "escalated_to");
    size_t nesc = json_array_size(esc);
    int deduped = json_is_true(json_object_get(p, "escalation_deduped"));
    const json_t *el = json_object_get(p, "elapsed_us");
    uint64_t us = json_is_integer(el) && json_integer_value(el) > 0 ? (uint64_t)json_integer_value(el) : 0;

    r->messages++;
    day->messages++;
    if ((rc = counter_addj(&r->category, json_object_get(p, "category"))) != MM_OK ||
        (rc = counter_addj(&r->priority, json_object_get(p, "priority"))) != MM_OK ||
        (rc = counter_addj(&r->direction, json_object_get(p, "direction"))) != MM_OK ||
        (rc = counter_add(&r->mode, mode, 1)) != MM_OK ||
        (rc = counter_addj(&r->scan, json_object_get(p, "scan"))) != MM_OK ||
        (rc = counter_addj(&r->policy, json_object_get(p, "policy"))) != MM_OK ||
        (rc = add_phi(r, day, shadow, json_object_get(p, "phi"), &would)) != MM_OK ||
        (rc = lat_add(&r->lat, us)) != MM_OK)
        return rc;
    if (json_is_true(json_object_get(p, "changed")))
        r->changed++;
    if (deduped)
        r->esc_deduped++;
    if (shadow) {
        r->shadow++;
        r->shadow_would_change += would;
        r->shadow_would_escalate += has_rule && !deduped;
    } else if (nesc > 0) {
        r->escalated++;
        day->escalated++;
        r->esc_recipients += nesc;
        if ((rc = counter_add(&r->esc_rule, rule, 1)) != MM_OK || (rc = lat_add(&r->esc_lat, us)) != MM_OK)
            return rc;
    }
    return MM_OK;
}

static int add_reveal(mm_report *r, const json_t *p)
{
    const json_t *found = json_object_get(p, "found");
    r->reveals++;
    r->reveal_tokens += json_array_size(json_object_get(p, "tokens"));
    r->reveal_found += json_is_integer(found) && json_integer_value(found) > 0
                           ? (uint64_t)json_integer_value(found) : 0;
    return counter_addj(&r->reveal_user, json_object_get(p, "user"));
}

int mm_report_add(mm_report *r, int64_t time, const json_t *payload)
{
    r->records++;
    if (time > 0 && (r->first == 0 || time < r->first))
        r->first = time;
    if (time > r->last)
        r->last = time;
    if (payload == NULL) {
        r->undecryptable++;
        return MM_OK;
    }
    const char *type = json_string_value(json_object_get(payload, "type"));
    const char *event = json_string_value(json_object_get(payload, "event"));
    if (type && strcmp(type, "message") == 0)
        return add_message(r, time, payload);
    if (event && strcmp(event, "reveal") == 0)
        return add_reveal(r, payload);
    r->other++;
    return MM_OK;
}

int mm_report_audit_cb(void *arg, uint64_t seq, int64_t time, const json_t *payload)
{
    (void)seq;
    int rc = mm_report_add(arg, time, payload);
    return rc == MM_OK ? 0 : rc;
}

uint64_t mm_report_records(const mm_report *r)
{
    return r->records;
}

uint64_t mm_report_messages(const mm_report *r)
{
    return r->messages;
}

int mm_report_percentile(mm_report *r, int escalated, double p, uint64_t *us)
{
    return lat_pct(escalated ? &r->esc_lat : &r->lat, p, us);
}

static int cmp_day(const void *a, const void *b)
{
    int64_t x = ((const struct rep_day *)a)->day, y = ((const struct rep_day *)b)->day;
    return (x > y) - (x < y);
}

void mm_rep_days_sort(mm_report *r)
{
    if (r->ndays > 1)
        qsort(r->days, r->ndays, sizeof *r->days, cmp_day);
}

/* ---- JSON ---- */

static json_t *counter_json(struct rep_counter *c)
{
    json_t *o = json_object();
    mm_rep_counter_sort(c, 0);
    for (size_t i = 0; o && i < c->n; i++)
        json_object_set_new(o, c->v[i].name, json_integer((json_int_t)c->v[i].n));
    return o;
}

static json_t *lat_json(struct rep_lat *l)
{
    static const struct {
        const char *name;
        double p;
    } pcts[] = {{"p50", 50}, {"p90", 90}, {"p99", 99}, {"max", 100}};
    json_t *o = json_pack("{sIsI}", "count", (json_int_t)l->n, "sum", (json_int_t)l->sum);
    for (size_t i = 0; o && i < sizeof pcts / sizeof pcts[0]; i++) {
        uint64_t us;
        json_object_set_new(o, pcts[i].name, lat_pct(l, pcts[i].p, &us) == MM_OK
                                                  ? json_integer((json_int_t)us) : json_null());
    }
    return o;
}

static json_t *type_action_json(struct rep_counter *c)
{
    json_t *o = json_object();
    mm_rep_counter_sort(c, 0);
    for (size_t i = 0; o && i < c->n; i++) {
        char type[REP_NAME];
        const char *slash = strchr(c->v[i].name, '/');
        size_t tl = slash ? (size_t)(slash - c->v[i].name) : strlen(c->v[i].name);
        snprintf(type, sizeof type, "%.*s", (int)tl, c->v[i].name);
        json_t *t = json_object_get(o, type);
        if (t == NULL) {
            t = json_object();
            json_object_set_new(o, type, t);
        }
        json_object_set_new(t, slash ? slash + 1 : "", json_integer((json_int_t)c->v[i].n));
    }
    return o;
}

static json_t *time_json(int64_t t)
{
    char s[32];
    time_t tt = (time_t)t;
    struct tm tm;
    if (t == 0 || !gmtime_r(&tt, &tm) || !strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%SZ", &tm))
        return json_null();
    return json_string(s);
}

int mm_report_json(mm_report *r, json_t **out)
{
    json_t *o = json_pack(
        "{s{sIsIsIsIsI} so so s{sIsososo} s{sIsIsIso} s{sIsIsIso} so so so so so"
        " s{sIsIsIso} so so}",
        "records", "total", (json_int_t)r->records, "messages", (json_int_t)r->messages, "reveals",
        (json_int_t)r->reveals, "other", (json_int_t)r->other, "undecryptable", (json_int_t)r->undecryptable,
        "first", time_json(r->first), "last", time_json(r->last),
        "phi", "total", (json_int_t)r->phi_total, "type", counter_json(&r->phi_type), "action",
        counter_json(&r->phi_action), "type_action", type_action_json(&r->phi_type_action),
        "escalation", "escalated", (json_int_t)r->escalated, "recipients", (json_int_t)r->esc_recipients,
        "deduped", (json_int_t)r->esc_deduped, "rule", counter_json(&r->esc_rule),
        "reveal", "count", (json_int_t)r->reveals, "tokens", (json_int_t)r->reveal_tokens, "found",
        (json_int_t)r->reveal_found, "user", counter_json(&r->reveal_user),
        "category", counter_json(&r->category), "priority", counter_json(&r->priority), "direction",
        counter_json(&r->direction), "mode", counter_json(&r->mode), "scan", counter_json(&r->scan),
        "shadow", "messages", (json_int_t)r->shadow, "would_change", (json_int_t)r->shadow_would_change,
        "would_escalate", (json_int_t)r->shadow_would_escalate, "phi", counter_json(&r->shadow_phi),
        "latency_us", lat_json(&r->lat), "escalation_latency_us", lat_json(&r->esc_lat));
    if (o == NULL)
        return MM_ENOMEM;
    json_object_set_new(o, "policy", counter_json(&r->policy));
    json_object_set_new(o, "changed", json_integer((json_int_t)r->changed));
    *out = o;
    return MM_OK;
}

/* ---- Prometheus text format ---- */

static void prom_head(FILE *out, const char *name, const char *type, const char *help)
{
    fprintf(out, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* Label values are plain identifiers (rep_name), so they need no escaping;
 * "/" separates type and action in phi_type_action. */
static void prom_counter(FILE *out, const char *name, const char *help, const char *label,
                         struct rep_counter *c)
{
    prom_head(out, name, "counter", help);
    mm_rep_counter_sort(c, 0);
    for (size_t i = 0; i < c->n; i++)
        fprintf(out, "%s{%s=\"%s\"} %" PRIu64 "\n", name, label, c->v[i].name, c->v[i].n);
}

static void prom_scalar(FILE *out, const char *name, const char *help, uint64_t v)
{
    prom_head(out, name, "counter", help);
    fprintf(out, "%s %" PRIu64 "\n", name, v);
}

static void prom_summary(FILE *out, const char *name, const char *help, struct rep_lat *l)
{
    static const double q[] = {0.5, 0.9, 0.99};
    prom_head(out, name, "summary", help);
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        uint64_t us;
        if (lat_pct(l, q[i] * 100, &us) == MM_OK)
            fprintf(out, "%s{quantile=\"%g\"} %.6f\n", name, q[i], (double)us / 1e6);
    }
    fprintf(out, "%s_sum %.6f\n%s_count %zu\n", name, (double)l->sum / 1e6, name, l->n);
}

int mm_report_prometheus(mm_report *r, FILE *out)
{
    prom_head(out, "medmilter_audit_records_total", "counter",
              "Audit records read, by kind (undecryptable: sealed to a key not given).");
    fprintf(out,
            "medmilter_audit_records_total{kind=\"message\"} %" PRIu64 "\n"
            "medmilter_audit_records_total{kind=\"reveal\"} %" PRIu64 "\n"
            "medmilter_audit_records_total{kind=\"other\"} %" PRIu64 "\n"
            "medmilter_audit_records_total{kind=\"undecryptable\"} %" PRIu64 "\n",
            r->messages, r->reveals, r->other, r->undecryptable);
    prom_counter(out, "medmilter_messages_total", "Messages scanned, by category.", "category",
                 &r->category);
    prom_counter(out, "medmilter_messages_priority_total", "Messages scanned, by priority.", "priority",
                 &r->priority);
    prom_counter(out, "medmilter_messages_direction_total", "Messages scanned, by direction.",
                 "direction", &r->direction);
    prom_counter(out, "medmilter_messages_mode_total", "Messages scanned, by policy mode.", "mode",
                 &r->mode);
    prom_counter(out, "medmilter_messages_scan_total", "Messages scanned, by scan state.", "scan",
                 &r->scan);
    prom_scalar(out, "medmilter_messages_changed_total", "Messages whose PHI was replaced.", r->changed);

    prom_head(out, "medmilter_phi_total", "counter", "PHI detected, by type and action taken.");
    mm_rep_counter_sort(&r->phi_type_action, 0);
    for (size_t i = 0; i < r->phi_type_action.n; i++) {
        const char *name = r->phi_type_action.v[i].name, *slash = strchr(name, '/');
        int tl = slash ? (int)(slash - name) : (int)strlen(name);
        fprintf(out, "medmilter_phi_total{type=\"%.*s\",action=\"%s\"} %" PRIu64 "\n", tl, name,
                slash ? slash + 1 : "", r->phi_type_action.v[i].n);
    }
    prom_counter(out, "medmilter_escalations_total", "Messages escalated to on-call, by rule.", "rule",
                 &r->esc_rule);
    prom_scalar(out, "medmilter_escalation_recipients_total", "On-call recipients added.",
                r->esc_recipients);
    prom_scalar(out, "medmilter_escalations_deduped_total",
                "Escalations not repeated within the thread's dedupe window.", r->esc_deduped);
    prom_scalar(out, "medmilter_shadow_would_change_total",
                "Shadow-mode messages whose PHI enforce mode would have replaced.", r->shadow_would_change);
    prom_scalar(out, "medmilter_shadow_would_escalate_total",
                "Shadow-mode messages enforce mode would have escalated.", r->shadow_would_escalate);
    prom_scalar(out, "medmilter_reveals_total", "Vault reveals by the security team.", r->reveals);
    prom_summary(out, "medmilter_message_latency_seconds", "Pipeline time per message.", &r->lat);
    prom_summary(out, "medmilter_escalation_latency_seconds", "Pipeline time per escalated message.",
                 &r->esc_lat);
    return ferror(out) ? MM_EIO : MM_OK;
}

/* ---- plain text ---- */

static void text_counter(FILE *out, const char *title, struct rep_counter *c)
{
    fprintf(out, "  %-12s", title);
    if (c->n == 0)
        fputs(" -", out);
    mm_rep_counter_sort(c, 1);
    for (size_t i = 0; i < c->n; i++)
        fprintf(out, " %s=%" PRIu64, c->v[i].name, c->v[i].n);
    fputc('\n', out);
}

static void text_lat(FILE *out, const char *title, struct rep_lat *l)
{
    uint64_t p50, p90, p99;
    if (lat_pct(l, 50, &p50) != MM_OK || lat_pct(l, 90, &p90) != MM_OK || lat_pct(l, 99, &p99) != MM_OK) {
        fprintf(out, "  %-12s -\n", title);
        return;
    }
    fprintf(out, "  %-12s p50=%.1fms p90=%.1fms p99=%.1fms (%zu messages)\n", title, (double)p50 / 1e3,
            (double)p90 / 1e3, (double)p99 / 1e3, l->n);
}

void mm_rep_format_time(char *buf, size_t cap, int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (t == 0 || !gmtime_r(&tt, &tm) || !strftime(buf, cap, "%Y-%m-%d %H:%M:%SZ", &tm))
        snprintf(buf, cap, "-");
}

int mm_report_text(mm_report *r, const mm_report_info *info, FILE *out)
{
    char a[32], b[32];
    mm_rep_format_time(a, sizeof a, r->first);
    mm_rep_format_time(b, sizeof b, r->last);
    fprintf(out, "medmilter audit trail: %s\n", info->source ? info->source : "");
    if (info->since) {
        char s[32];
        mm_rep_format_time(s, sizeof s, info->since);
        fprintf(out, "  since        %s\n", s);
    }
    fprintf(out, "  records      %" PRIu64 " (%s .. %s): %" PRIu64 " messages, %" PRIu64 " reveals, %" PRIu64
                 " other, %" PRIu64 " undecryptable\n",
            r->records, a, b, r->messages, r->reveals, r->other, r->undecryptable);
    if (info->chain_status == MM_OK)
        fprintf(out, "  chain        intact (%" PRIu64 " records checked)\n", info->chain_records);
    else if (info->chain_status == MM_ECORRUPT)
        fprintf(out, "  chain        BROKEN at record %" PRIu64 ": %s\n", info->chain_first_bad,
                info->chain_reason ? info->chain_reason : "");
    else
        fprintf(out, "  chain        not verified: %s\n", mm_strerror(info->chain_status));
    text_counter(out, "category", &r->category);
    text_counter(out, "priority", &r->priority);
    text_counter(out, "direction", &r->direction);
    text_counter(out, "mode", &r->mode);
    fprintf(out, "  phi          %" PRIu64 " detected, %" PRIu64 " messages changed\n", r->phi_total, r->changed);
    text_counter(out, "phi type", &r->phi_type);
    text_counter(out, "phi action", &r->phi_action);
    fprintf(out, "  escalations  %" PRIu64 " (%" PRIu64 " recipients added, %" PRIu64 " deduped)\n", r->escalated,
            r->esc_recipients, r->esc_deduped);
    text_lat(out, "latency", &r->lat);
    text_lat(out, "escalated", &r->esc_lat);
    fprintf(out, "  shadow       %" PRIu64 " messages: %" PRIu64 " would change, %" PRIu64 " would escalate\n",
            r->shadow, r->shadow_would_change, r->shadow_would_escalate);
    fprintf(out, "  reveals      %" PRIu64 " (%" PRIu64 " tokens asked, %" PRIu64 " found)\n", r->reveals,
            r->reveal_tokens, r->reveal_found);
    return ferror(out) ? MM_EIO : MM_OK;
}
