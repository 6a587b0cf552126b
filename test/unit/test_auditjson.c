/* test_auditjson.c - the audit record built from the per-worker template
 * equals, byte for byte, the record built the straightforward Jansson way
 * (a fresh json_object, json_string/json_pack members, json_dumps
 * JSON_COMPACT), over a sequence of results through one builder: changing
 * strings, growing and shrinking PHI lists, escapes, strings that are not
 * UTF-8 (member or PHI entry left out), NUL-cut strings, NULL ids, the
 * overflow counts beyond MM_AUDIT_MAX_PHI, and random results. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "auditjson.h"
#include "message.h"
#include "policy.h"

/* The record as the pipeline built it before any template. */
static char *reference(const mm_auditjson_in *in)
{
    const mm_result *res = in->res;
    json_t *o = json_object(), *phi = json_array(), *esc = json_array();
    assert_non_null(o);
    json_object_set_new(o, "type", json_string("message"));
    json_object_set_new(o, "time", json_integer((json_int_t)in->time));
    json_object_set_new(o, "queue_id", json_string(in->queue_id ? in->queue_id : ""));
    json_object_set_new(o, "message_id", json_string(in->message_id ? in->message_id : ""));
    json_object_set_new(o, "direction", json_string(mm_direction_name(res->direction)));
    json_object_set_new(o, "category", json_string(mm_category_name(res->category)));
    json_object_set_new(o, "priority", json_string(res->urgent ? "urgent" : "normal"));
    json_object_set_new(o, "route", json_string(res->route));
    json_object_set_new(o, "mode", json_string(res->shadow ? "shadow" : "enforce"));
    json_object_set_new(o, "policy", json_string(res->policy_version));
    size_t listed = res->nphi < MM_AUDIT_MAX_PHI ? res->nphi : MM_AUDIT_MAX_PHI;
    for (size_t i = 0; i < listed; i++)
        json_array_append_new(phi, json_pack("{s:s, s:s, s:s, s:s}", "type",
                                             mm_phi_name(res->phi[i].type), "where",
                                             res->phi[i].where, "action",
                                             mm_action_name((mm_action)res->phi[i].action),
                                             "token", res->phi[i].token));
    json_object_set_new(o, "phi", phi);
    if (listed < res->nphi) {
        json_t *pc = json_object();
        for (int t = 0; t < MM_PHI_COUNT; t++) {
            json_int_t n = 0;
            for (size_t i = 0; i < res->nphi; i++)
                n += res->phi[i].type == (mm_phi_type)t;
            if (n)
                json_object_set_new(pc, mm_phi_name((mm_phi_type)t), json_integer(n));
        }
        json_object_set_new(o, "phi_counts", pc);
        json_object_set_new(o, "phi_unlisted", json_integer((json_int_t)(res->nphi - listed)));
    }
    for (size_t i = 0; i < res->nescalate; i++)
        json_array_append_new(esc, json_string(res->escalate_to[i]));
    json_object_set_new(o, "escalated_to", esc);
    json_object_set_new(o, "escalation_rule", json_string(res->esc_rule));
    json_object_set_new(o, "escalation_deduped", json_boolean(in->deduped));
    json_object_set_new(o, "changed", json_boolean(res->changed));
    json_object_set_new(o, "scan",
                        json_string(res->scan_state == MM_SCAN_OK        ? "ok"
                                    : res->scan_state == MM_SCAN_PARTIAL ? "partial"
                                                                          : "skipped"));
    json_object_set_new(o, "elapsed_us", json_integer((json_int_t)(res->elapsed_ms * 1000)));
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    assert_non_null(s);
    return s;
}

/* Build with A into OUT, compare with the reference; returns OUT's text. */
static const char *check(mm_auditjson *a, const mm_auditjson_in *in, mm_buf *out)
{
    char *want = reference(in);
    assert_int_equal(mm_auditjson_build(a, in, out), MM_OK);
    assert_int_equal(out->len, strlen(want));
    assert_int_equal(out->data[out->len], '\0');
    assert_string_equal(out->data, want);
    free(want);
    return out->data;
}

static void set_phi(mm_phi_hit *h, mm_phi_type t, const char *where, mm_action act,
                    const char *token)
{
    memset(h, 0, sizeof *h);
    h->type = t;
    snprintf(h->where, sizeof h->where, "%s", where);
    h->action = (int)act;
    snprintf(h->token, sizeof h->token, "%s", token);
}

static void base_result(mm_result *r)
{
    memset(r, 0, sizeof *r);
    r->direction = MM_DIR_INBOUND;
    r->category = MM_CAT_APPOINTMENT;
    snprintf(r->route, sizeof r->route, "%s", "appointments@hospital.example");
    snprintf(r->policy_version, sizeof r->policy_version, "%s", "strict v3");
    snprintf(r->esc_rule, sizeof r->esc_rule, "%s", "escalate");
    r->elapsed_ms = 1.2345;
}

static void test_sequence(void **state)
{
    (void)state;
    mm_auditjson *a;
    assert_int_equal(mm_auditjson_new(&a), MM_OK);
    mm_buf out = MM_BUF_INIT;
    mm_result r;
    mm_phi_hit phi[4];
    char *esc[3] = {"oncall@hospital.example", "\xff\xfe@bad", "cardio@hospital.example"};
    base_result(&r);
    mm_auditjson_in in = {.res = &r, .time = 1795942800, .queue_id = "4XyZ1", .message_id = "<a@b>"};

    /* No PHI, no escalation. */
    const char *s = check(a, &in, &out);
    assert_non_null(strstr(s, "\"phi\":[]"));
    assert_non_null(strstr(s, "\"escalated_to\":[]"));

    /* Three entries, escalations (one not UTF-8: left out), booleans set. */
    set_phi(&phi[0], MM_PHI_SSN, "body:1", MM_ACT_TOKENIZE, "TOK-SSN-1");
    set_phi(&phi[1], MM_PHI_PHONE, "header:Subject", MM_ACT_MASK, "quote \" back \\ ctl \x01\t\n");
    set_phi(&phi[2], MM_PHI_NIR, "caf\xc3\xa9 \xe2\x82\xac", MM_ACT_KEEP, "");
    r.phi = phi, r.nphi = 3;
    r.escalate_to = esc, r.nescalate = 3;
    r.changed = 1, in.deduped = 1, r.urgent = 1, r.shadow = 1;
    r.category = MM_CAT_CLINICAL_URGENT, r.scan_state = MM_SCAN_PARTIAL;
    s = check(a, &in, &out);
    assert_null(strstr(s, "@bad"));
    assert_non_null(strstr(s, "\"changed\":true"));
    assert_non_null(strstr(s, "\\u0001\\t\\n"));

    /* An entry with a string that is not UTF-8 is left out whole; a string
     * cut by a NUL ends there. */
    set_phi(&phi[1], MM_PHI_PHONE, "body:\xc3", MM_ACT_MASK, "TOK-PH");
    memcpy(phi[2].where, "ab\0cd", 6);
    r.nescalate = 1, r.changed = 0, in.deduped = 0;
    s = check(a, &in, &out);
    assert_null(strstr(s, "TOK-PH"));
    assert_non_null(strstr(s, "\"where\":\"ab\""));
    assert_non_null(strstr(s, "\"escalation_deduped\":false"));

    /* Members left out (not UTF-8): another shape; then back. */
    in.message_id = "<\xed\xa0\x80@surrogate>";
    snprintf(r.route, sizeof r.route, "%s", "\xc0\xaf");
    s = check(a, &in, &out);
    assert_null(strstr(s, "message_id"));
    assert_null(strstr(s, "\"route\""));
    in.message_id = NULL, in.queue_id = NULL;
    snprintf(r.route, sizeof r.route, "%s", "x");
    s = check(a, &in, &out);
    assert_non_null(strstr(s, "\"queue_id\":\"\",\"message_id\":\"\""));

    /* Fewer entries than before; none. */
    r.nphi = 1;
    check(a, &in, &out);
    r.nphi = 0, r.nescalate = 0, r.scan_state = MM_SCAN_SKIPPED;
    check(a, &in, &out);

    mm_buf_free(&out);
    mm_auditjson_free(a);
}

static void test_overflow_counts(void **state)
{
    (void)state;
    mm_auditjson *a;
    assert_int_equal(mm_auditjson_new(&a), MM_OK);
    mm_buf out = MM_BUF_INIT;
    mm_result r;
    base_result(&r);
    size_t n = MM_AUDIT_MAX_PHI + 7;
    mm_phi_hit *phi = calloc(n, sizeof *phi);
    assert_non_null(phi);
    for (size_t i = 0; i < n; i++) {
        char where[32], tok[32];
        snprintf(where, sizeof where, "body:%zu", i);
        snprintf(tok, sizeof tok, "TOK%zu", i);
        set_phi(&phi[i], i % 3 ? MM_PHI_SSN : MM_PHI_EMAIL, where, MM_ACT_TOKENIZE, tok);
    }
    r.phi = phi, r.nphi = n;
    mm_auditjson_in in = {.res = &r, .time = 42, .queue_id = "Q", .message_id = "<m>"};
    const char *s = check(a, &in, &out);
    assert_non_null(strstr(s, "\"phi_unlisted\":7"));
    assert_true(out.len > 4096); /* the buffer grew */
    /* And back to the usual shape. */
    r.nphi = 2;
    s = check(a, &in, &out);
    assert_null(strstr(s, "phi_counts"));
    free(phi);
    mm_buf_free(&out);
    mm_auditjson_free(a);
}

static void random_string(char *dst, size_t size)
{
    static const unsigned char alphabet[] = {'a', 'Z', '"', '\\', '/', 0x01, 0x1f, 0x7f, 0x80,
                                             0xbf, 0xc2, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed,
                                             0xa0, 0xf0, 0x9f, 0x98, 0xf5, '\n', 0xff, '@'};
    size_t n = (size_t)rand() % (size - 1);
    for (size_t k = 0; k < n; k++)
        dst[k] = (char)alphabet[rand() % sizeof alphabet];
    dst[n] = '\0';
}

static void test_random(void **state)
{
    (void)state;
    mm_auditjson *a;
    assert_int_equal(mm_auditjson_new(&a), MM_OK);
    mm_buf out = MM_BUF_INIT;
    mm_phi_hit phi[6];
    char escbuf[4][12], *esc[4] = {escbuf[0], escbuf[1], escbuf[2], escbuf[3]};
    char qid[10], mid[14];
    mm_result r;
    srand(4242);
    unsigned with_phi = 0, dropped = 0;
    for (int iter = 0; iter < 3000; iter++) {
        base_result(&r);
        r.direction = rand() % 3;
        r.category = rand() % MM_CAT_COUNT;
        r.urgent = rand() % 2, r.shadow = rand() % 2, r.changed = rand() % 2;
        r.scan_state = rand() % 3;
        r.elapsed_ms = (double)(rand() % 100000) / 1000;
        if (rand() % 4 == 0)
            random_string(r.route, 8);
        if (rand() % 4 == 0)
            random_string(r.esc_rule, 8);
        r.nphi = (size_t)rand() % 7;
        for (size_t i = 0; i < r.nphi; i++) {
            char where[8], tok[8];
            random_string(where, sizeof where);
            random_string(tok, sizeof tok);
            set_phi(&phi[i], (mm_phi_type)(rand() % MM_PHI_COUNT), rand() % 2 ? where : "body:1",
                    (mm_action)(rand() % 4), rand() % 2 ? tok : "TOKEN");
        }
        r.phi = phi;
        r.nescalate = (size_t)rand() % 5;
        for (size_t i = 0; i < r.nescalate; i++)
            random_string(escbuf[i], sizeof escbuf[i]);
        r.escalate_to = esc;
        random_string(qid, sizeof qid);
        random_string(mid, sizeof mid);
        mm_auditjson_in in = {.res = &r,
                              .time = rand(),
                              .queue_id = rand() % 5 ? qid : NULL,
                              .message_id = rand() % 5 ? mid : NULL,
                              .deduped = rand() % 2};
        const char *s = check(a, &in, &out);
        json_t *j = json_loads(s, 0, NULL);
        assert_non_null(j);
        size_t listed = json_array_size(json_object_get(j, "phi"));
        with_phi += listed > 0;
        dropped += listed < r.nphi;
        json_decref(j);
    }
    /* Both kept and dropped entries exercised. */
    assert_true(with_phi > 500);
    assert_true(dropped > 500);
    mm_buf_free(&out);
    mm_auditjson_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sequence),
        cmocka_unit_test(test_overflow_counts),
        cmocka_unit_test(test_random),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
