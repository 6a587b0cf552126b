/* test_report.c - audit trail summaries: counting message, reveal and
 * undecryptable records, nearest-rank percentiles, the JSON, Prometheus,
 * text and HTML forms (no token, message id or address in any of them),
 * and mm_audit_read over a real trail (since, wrong key, long payloads,
 * a callback that stops). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "store_testutil.h"

#include "audit.h"
#include "auditread.h"
#include "report.h"
#include "store.h"

#define DAY 86400
#define T0 1767225600 /* 2026-01-01T00:00:00Z */

static void add(mm_report *r, int64_t t, const char *js)
{
    json_error_t err;
    json_t *o = json_loads(js, 0, &err);
    if (o == NULL)
        fail_msg("bad test JSON: %s", err.text);
    assert_int_equal(mm_report_add(r, t, o), MM_OK);
    json_decref(o);
}

static void add_msg(mm_report *r, int64_t t, const char *cat, const char *mode, const char *phi,
                    const char *esc, int deduped, long us)
{
    char js[2048];
    snprintf(js, sizeof js,
             "{\"type\":\"message\",\"time\":%lld,\"queue_id\":\"4XyQ1\",\"message_id\":\"<secret-mid@x.org>\","
             "\"direction\":\"inbound\",\"category\":\"%s\",\"priority\":\"%s\",\"route\":\"r\",\"mode\":\"%s\","
             "\"policy\":\"strict@abc\",\"phi\":[%s],\"escalated_to\":[%s],\"escalation_rule\":\"%s\","
             "\"escalation_deduped\":%s,\"changed\":%s,\"scan\":\"ok\",\"elapsed_us\":%ld}",
             (long long)t, cat, esc ? "urgent" : "normal", mode, phi,
             esc && strcmp(mode, "enforce") == 0 && !deduped ? "\"oncall@example-hospital.org\"" : "",
             esc ? esc : "", deduped ? "true" : "false", *phi && strcmp(mode, "enforce") == 0 ? "true" : "false",
             us);
    add(r, t, js);
}

#define SSN "{\"type\":\"ssn\",\"where\":\"body:1\",\"action\":\"tokenize\",\"token\":\"[[SSN:7Q2K9FXD4MHP]]\"}"
#define PHONE "{\"type\":\"phone\",\"where\":\"body:1\",\"action\":\"mask\",\"token\":\"\"}"
#define KEEP "{\"type\":\"email\",\"where\":\"header:From\",\"action\":\"keep\",\"token\":\"\"}"

/* A report over three days (the middle one empty) with every kind. */
static mm_report *sample(void)
{
    mm_report *r;
    assert_int_equal(mm_report_new(&r), MM_OK);
    add_msg(r, T0 + 10, "billing", "enforce", SSN "," PHONE, NULL, 0, 1000);
    add_msg(r, T0 + 20, "billing", "enforce", SSN, NULL, 0, 2000);
    add_msg(r, T0 + 30, "clinical_urgent", "enforce", PHONE, "urgent-always", 0, 8000);
    add_msg(r, T0 + 2 * DAY, "clinical_urgent", "enforce", "", "urgent-always", 1, 3000);
    add_msg(r, T0 + 2 * DAY + 5, "appointment", "shadow", SSN "," KEEP, "urgent-always", 0, 4000);
    add_msg(r, T0 + 2 * DAY + 6, "other", "shadow", KEEP, NULL, 0, 5000);
    add(r, T0 + 2 * DAY + 7, "{\"event\":\"reveal\",\"user\":\"alice\",\"uid\":1000,\"reason\":\"Jane Doe "
                              "ticket\",\"tokens\":[\"[[SSN:7Q2K9FXD4MHP]]\",\"[[MRN:AAAAAAAAAAAA]]\"],\"found\":1}");
    add(r, T0 + 2 * DAY + 8, "{\"event\":\"reveal\",\"user\":\"<script>\",\"tokens\":[],\"found\":0}");
    add(r, T0 + 2 * DAY + 9, "{\"type\":\"policy-note\"}");
    assert_int_equal(mm_report_add(r, T0 + 2 * DAY + 10, NULL), MM_OK);
    return r;
}

static json_int_t jget(json_t *o, const char *path)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    json_t *cur = o;
    for (char *save = NULL, *k = strtok_r(buf, ".", &save); k; k = strtok_r(NULL, ".", &save))
        cur = json_object_get(cur, k);
    if (!json_is_integer(cur))
        fail_msg("%s is not an integer", path);
    return json_integer_value(cur);
}

static void test_counts(void **state)
{
    (void)state;
    mm_report *r = sample();
    assert_int_equal(mm_report_records(r), 10);
    assert_int_equal(mm_report_messages(r), 6);
    json_t *o = NULL;
    assert_int_equal(mm_report_json(r, &o), MM_OK);
    assert_int_equal(jget(o, "records.total"), 10);
    assert_int_equal(jget(o, "records.messages"), 6);
    assert_int_equal(jget(o, "records.reveals"), 2);
    assert_int_equal(jget(o, "records.other"), 1);
    assert_int_equal(jget(o, "records.undecryptable"), 1);
    assert_int_equal(jget(o, "category.billing"), 2);
    assert_int_equal(jget(o, "category.clinical_urgent"), 2);
    assert_null(json_object_get(json_object_get(o, "category"), "prescription"));
    assert_int_equal(jget(o, "priority.urgent"), 3);
    assert_int_equal(jget(o, "mode.shadow"), 2);
    assert_int_equal(jget(o, "phi.total"), 7);
    assert_int_equal(jget(o, "phi.type.ssn"), 3);
    assert_int_equal(jget(o, "phi.type.phone"), 2);
    assert_int_equal(jget(o, "phi.type.email"), 2);
    assert_int_equal(jget(o, "phi.action.keep"), 2);
    assert_int_equal(jget(o, "phi.type_action.phone.mask"), 2);
    assert_int_equal(jget(o, "phi.type_action.ssn.tokenize"), 3);
    assert_int_equal(jget(o, "changed"), 3);
    /* Escalated: the enforce one with a recipient; the deduped one is not. */
    assert_int_equal(jget(o, "escalation.escalated"), 1);
    assert_int_equal(jget(o, "escalation.deduped"), 1);
    assert_int_equal(jget(o, "escalation.recipients"), 1);
    assert_int_equal(jget(o, "escalation.rule.urgent-always"), 1);
    /* Shadow: SSN would be tokenized (the kept email does not count). */
    assert_int_equal(jget(o, "shadow.messages"), 2);
    assert_int_equal(jget(o, "shadow.would_change"), 1);
    assert_int_equal(jget(o, "shadow.would_escalate"), 1);
    assert_int_equal(jget(o, "shadow.phi.ssn"), 1);
    assert_null(json_object_get(json_object_get(json_object_get(o, "shadow"), "phi"), "email"));
    assert_int_equal(jget(o, "reveal.count"), 2);
    assert_int_equal(jget(o, "reveal.tokens"), 2);
    assert_int_equal(jget(o, "reveal.found"), 1);
    assert_int_equal(jget(o, "reveal.user.alice"), 1);
    assert_int_equal(jget(o, "reveal.user.invalid"), 1); /* "<script>" is no identifier */
    assert_int_equal(jget(o, "latency_us.count"), 6);
    assert_int_equal(jget(o, "latency_us.max"), 8000);
    assert_int_equal(jget(o, "escalation_latency_us.p50"), 8000);
    assert_string_equal(json_string_value(json_object_get(o, "first")), "2026-01-01T00:00:10Z");
    char *s = json_dumps(o, JSON_COMPACT);
    assert_null(strstr(s, "7Q2K9FXD4MHP"));
    assert_null(strstr(s, "secret-mid"));
    assert_null(strstr(s, "oncall@"));
    assert_null(strstr(s, "Jane"));
    free(s);
    json_decref(o);
    mm_report_free(r);
}

static void test_percentiles(void **state)
{
    (void)state;
    mm_report *r;
    assert_int_equal(mm_report_new(&r), MM_OK);
    uint64_t us = 7;
    assert_int_equal(mm_report_percentile(r, 0, 50, &us), MM_ENOTFOUND);
    /* 1..100 ms in a shuffled order: nearest rank gives p-th value. */
    for (int i = 0; i < 100; i++)
        add_msg(r, T0, "other", "enforce", "", NULL, 0, (long)((i * 37) % 100 + 1) * 1000);
    assert_int_equal(mm_report_percentile(r, 0, 50, &us), MM_OK);
    assert_int_equal(us, 50000);
    assert_int_equal(mm_report_percentile(r, 0, 90, &us), MM_OK);
    assert_int_equal(us, 90000);
    assert_int_equal(mm_report_percentile(r, 0, 99, &us), MM_OK);
    assert_int_equal(us, 99000);
    assert_int_equal(mm_report_percentile(r, 0, 100, &us), MM_OK);
    assert_int_equal(us, 100000);
    assert_int_equal(mm_report_percentile(r, 0, 0.5, &us), MM_OK);
    assert_int_equal(us, 1000);
    assert_int_equal(mm_report_percentile(r, 0, 0, &us), MM_EINVAL);
    assert_int_equal(mm_report_percentile(r, 0, 101, &us), MM_EINVAL);
    assert_int_equal(mm_report_percentile(r, 1, 50, &us), MM_ENOTFOUND); /* none escalated */
    /* Adding after a percentile keeps the order right. */
    add_msg(r, T0, "other", "enforce", "", NULL, 0, 500);
    assert_int_equal(mm_report_percentile(r, 0, 0.5, &us), MM_OK);
    assert_int_equal(us, 500);
    /* Three values: p50 is the 2nd (rank ceil(1.5) = 2). */
    mm_report_free(r);
    assert_int_equal(mm_report_new(&r), MM_OK);
    add_msg(r, T0, "other", "enforce", "", NULL, 0, 30);
    add_msg(r, T0, "other", "enforce", "", NULL, 0, 10);
    add_msg(r, T0, "other", "enforce", "", NULL, 0, 20);
    assert_int_equal(mm_report_percentile(r, 0, 50, &us), MM_OK);
    assert_int_equal(us, 20);
    mm_report_free(r);
}

static char *render(mm_report *r, int which, const mm_report_info *info)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    int rc = which == 0 ? mm_report_prometheus(r, fp) : which == 1 ? mm_report_text(r, info, fp)
                                                                   : mm_report_html(r, info, fp);
    assert_int_equal(rc, MM_OK);
    assert_int_equal(fclose(fp), 0);
    return buf;
}

static void no_secrets(const char *s)
{
    static const char *const secrets[] = {"7Q2K9FXD4MHP", "[[", "secret-mid", "oncall@", "Jane", "4XyQ1",
                                          "<script>"};
    for (size_t i = 0; i < sizeof secrets / sizeof secrets[0]; i++)
        if (strstr(s, secrets[i]))
            fail_msg("output holds '%s'", secrets[i]);
}

static void test_prometheus(void **state)
{
    (void)state;
    mm_report *r = sample();
    char *p = render(r, 0, NULL);
    assert_non_null(strstr(p, "# TYPE medmilter_messages_total counter\n"));
    assert_non_null(strstr(p, "\nmedmilter_messages_total{category=\"billing\"} 2\n"));
    assert_non_null(strstr(p, "\nmedmilter_phi_total{type=\"phone\",action=\"mask\"} 2\n"));
    assert_non_null(strstr(p, "\nmedmilter_escalations_total{rule=\"urgent-always\"} 1\n"));
    assert_non_null(strstr(p, "\nmedmilter_audit_records_total{kind=\"undecryptable\"} 1\n"));
    assert_non_null(strstr(p, "\nmedmilter_message_latency_seconds{quantile=\"0.5\"} 0.003000\n"));
    assert_non_null(strstr(p, "\nmedmilter_message_latency_seconds_count 6\n"));
    assert_non_null(strstr(p, "\nmedmilter_message_latency_seconds_sum 0.023000\n"));
    no_secrets(p);
    /* Every line is a comment or "name{labels} value", and each sample's
     * family has had its TYPE line. */
    char *save = NULL, typed[64][80];
    size_t ntyped = 0;
    for (char *line = strtok_r(p, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char name[80];
        if (sscanf(line, "# TYPE %79s", name) == 1) {
            assert_true(ntyped < 64);
            snprintf(typed[ntyped++], sizeof typed[0], "%s", name);
            continue;
        }
        if (line[0] == '#') {
            assert_int_equal(strncmp(line, "# HELP medmilter_", 17), 0);
            continue;
        }
        size_t n = strspn(line, "abcdefghijklmnopqrstuvwxyz_");
        assert_true(n > 10);
        snprintf(name, sizeof name, "%.*s", (int)n, line);
        int known = 0;
        for (size_t i = 0; i < ntyped; i++) {
            size_t tl = strlen(typed[i]);
            known |= strncmp(name, typed[i], tl) == 0 &&
                     (name[tl] == '\0' || strcmp(name + tl, "_sum") == 0 || strcmp(name + tl, "_count") == 0);
        }
        if (!known)
            fail_msg("sample without TYPE: %s", line);
        const char *v = strrchr(line, ' ');
        assert_non_null(v);
        char *end;
        strtod(v + 1, &end);
        assert_true(*end == '\0' && end > v + 1);
        if (line[n] == '{')
            assert_non_null(strstr(line, "\"} "));
        else
            assert_int_equal(line[n], ' ');
    }
    free(p);
    mm_report_free(r);
}

static void test_text_and_html(void **state)
{
    (void)state;
    mm_report *r = sample();
    mm_report_info info = {.source = "/var/lib/<medmilter>", .since = T0, .now = T0 + 3 * DAY,
                           .chain_status = MM_OK, .chain_records = 10};
    char *t = render(r, 1, &info);
    assert_non_null(strstr(t, "chain        intact (10 records checked)"));
    assert_non_null(strstr(t, "category     billing=2 clinical_urgent=2 appointment=1 other=1\n"));
    assert_non_null(strstr(t, "shadow       2 messages: 1 would change, 1 would escalate"));
    no_secrets(t);
    free(t);

    char *h = render(r, 2, &info);
    no_secrets(h);
    assert_int_equal(strncmp(h, "<!DOCTYPE html>", 15), 0);
    assert_non_null(strstr(h, "</html>"));
    assert_non_null(strstr(h, "/var/lib/&lt;medmilter&gt;"));
    assert_non_null(strstr(h, "Audit chain intact: 10 records"));
    assert_non_null(strstr(h, "did not decrypt"));
    /* Self-contained: nothing fetched, nothing run. */
    assert_null(strstr(h, "http://"));
    assert_null(strstr(h, "https://"));
    assert_null(strstr(h, "src="));
    assert_null(strstr(h, "<script"));
    assert_null(strstr(h, "<link"));
    assert_null(strstr(h, "url("));
    /* Three day columns, the empty middle one included. */
    assert_non_null(strstr(h, ">2026-01-01<"));
    assert_non_null(strstr(h, ">2026-01-02<"));
    assert_non_null(strstr(h, ">2026-01-03<"));
    assert_non_null(strstr(h, "<title>2026-01-01 ssn: 2</title>"));
    assert_non_null(strstr(h, "<title>2026-01-01 phone: 2</title>"));
    size_t svgs = 0;
    for (const char *p = h; (p = strstr(p, "<svg")); p++)
        svgs++;
    assert_true(svgs >= 4); /* PHI per day, categories, escalations per day, delay, shadow */
    assert_non_null(strstr(h, "would have had PHI replaced"));
    free(h);

    info.chain_status = MM_ECORRUPT;
    info.chain_first_bad = 7;
    info.chain_reason = "record 7 changed";
    t = render(r, 1, &info);
    assert_non_null(strstr(t, "chain        BROKEN at record 7: record 7 changed"));
    free(t);
    h = render(r, 2, &info);
    assert_non_null(strstr(h, "chain bad\">Audit chain BROKEN at record 7: record 7 changed"));
    free(h);
    mm_report_free(r);

    /* An empty report still makes a whole page. */
    assert_int_equal(mm_report_new(&r), MM_OK);
    info.chain_status = MM_OK;
    h = render(r, 2, &info);
    assert_non_null(strstr(h, "No PHI was tokenized"));
    assert_non_null(strstr(h, "No message was escalated"));
    assert_non_null(strstr(h, "</html>"));
    free(h);
    mm_report_free(r);
}

/* ---- mm_audit_read over a real trail ---- */

struct seen {
    int n, stop_after;
    uint64_t seqs[8];
    int nulls;
    size_t biggest;
};

static int seen_cb(void *arg, uint64_t seq, int64_t time, const json_t *payload)
{
    struct seen *s = arg;
    assert_true(time > 0);
    if (s->n < 8)
        s->seqs[s->n] = seq;
    s->n++;
    if (payload == NULL)
        s->nulls++;
    else {
        size_t l = strlen(json_string_value(json_object_get(payload, "pad")) ?: "");
        s->biggest = l > s->biggest ? l : s->biggest;
    }
    return s->stop_after && s->n >= s->stop_after ? MM_ENOMEM : 0;
}

static void test_audit_read(void **state)
{
    (void)state;
    char *kdir = tu_tmpdir("rkeys"), *kdir2 = tu_tmpdir("rkeys2"), *ddir = tu_tmpdir("rdata");
    mm_vault_pub *vp;
    mm_vault_sec *vs, *vs2;
    mm_store *st;
    assert_int_equal(tu_keys(kdir, NULL, &vp, &vs), MM_OK);
    assert_int_equal(tu_keys(kdir2, NULL, NULL, &vs2), MM_OK);
    assert_int_equal(mm_store_open(ddir, 0, 0, &st), MM_OK);
    mm_audit_writer *w;
    assert_int_equal(mm_audit_writer_start(st, vp, &w), MM_OK);
    static char big[40000];
    for (int i = 0; i < 5; i++) {
        /* Record 3 is far bigger than a stdio buffer: split over writes. */
        size_t pad = i == 2 ? 30000 : 10;
        memset(big, 'a', pad);
        big[pad] = '\0';
        char *js = NULL;
        assert_true(asprintf(&js, "{\"type\":\"message\",\"category\":\"billing\",\"pad\":\"%s\"}", big) > 0);
        uint64_t seq;
        assert_int_equal(mm_audit_append(w, js, strlen(js), &seq), MM_OK);
        assert_int_equal(seq, (uint64_t)i + 1);
        free(js);
    }
    mm_audit_writer_stop(w);

    struct seen s = {0};
    assert_int_equal(mm_audit_read(st, vs, 0, seen_cb, &s), MM_OK);
    assert_int_equal(s.n, 5);
    assert_int_equal(s.nulls, 0);
    assert_int_equal(s.biggest, 30000);
    for (int i = 0; i < 5; i++)
        assert_int_equal(s.seqs[i], (uint64_t)i + 1);

    memset(&s, 0, sizeof s); /* since: after every record */
    assert_int_equal(mm_audit_read(st, vs, time(NULL) + 3600, seen_cb, &s), MM_OK);
    assert_int_equal(s.n, 0);

    memset(&s, 0, sizeof s); /* another installation's key: nothing opens */
    tu_log_capture();
    int rc = mm_audit_read(st, vs2, 0, seen_cb, &s);
    assert_true(rc == MM_EKEY || rc == MM_ECRYPTO);
    assert_int_equal(s.n, 5);
    assert_int_equal(s.nulls, 5);

    memset(&s, 0, sizeof s); /* the callback stops: its status comes back */
    s.stop_after = 2;
    assert_int_equal(mm_audit_read(st, vs, 0, seen_cb, &s), MM_ENOMEM);
    assert_int_equal(s.n, 2);

    /* Into a report. */
    mm_report *r;
    assert_int_equal(mm_report_new(&r), MM_OK);
    assert_int_equal(mm_audit_read(st, vs, 0, mm_report_audit_cb, r), MM_OK);
    assert_int_equal(mm_report_messages(r), 5);
    mm_report_free(r);

    mm_store_close(st);
    mm_vault_pub_free(vp);
    mm_vault_sec_free(vs);
    mm_vault_sec_free(vs2);
    tu_rmtree(kdir);
    tu_rmtree(kdir2);
    tu_rmtree(ddir);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_percentiles),
        cmocka_unit_test(test_prometheus),
        cmocka_unit_test(test_text_and_html),
        cmocka_unit_test(test_audit_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
