/*
 * test_pipeline.c - the one pipeline entry point, in process, over a real
 * LMDB store and the shipped strict policy: decisions, header operations,
 * tokens, escalation dedupe, shadow mode, oversize and hostile input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <sodium.h>

#include "config.h"
#include "keys.h"
#include "pipeline.h"
#include "policy.h"
#include "store.h"

struct fx {
    char dir[64];
    mm_config cfg;
    mm_pipeline *p;
    mm_worker *w;
};

static int fx_open(struct fx *f, const char *policy_json_override)
{
    strcpy(f->dir, "/tmp/test_pipeline.XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    setenv("MM_TEST_FAST_KDF", "1", 1);
    assert_int_equal(mm_keygen(f->dir, "", 0, 0), MM_OK);
    assert_int_equal(mm_config_defaults(&f->cfg), MM_OK);
    char path[256];
    free(f->cfg.data_dir), f->cfg.data_dir = strdup(f->dir);
    snprintf(path, sizeof path, "%s/host.key", f->dir);
    free(f->cfg.key_file), f->cfg.key_file = strdup(path);
    snprintf(path, sizeof path, "%s/vault.pub", f->dir);
    free(f->cfg.vault_pub), f->cfg.vault_pub = strdup(path);
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    char pol[512];
    snprintf(pol, sizeof pol, "%s/policies/strict.json", src);
    if (policy_json_override) {
        /* A variant written to the test's own directory (lexicon paths made
         * absolute by the caller). */
        snprintf(pol, sizeof pol, "%s/policy.json", f->dir);
        FILE *fp = fopen(pol, "w");
        assert_non_null(fp);
        fputs(policy_json_override, fp);
        fclose(fp);
    }
    free(f->cfg.policy), f->cfg.policy = strdup(pol);
    f->cfg.policy_explicit = 1;
    f->cfg.max_scan_size = 1 << 20;
    mm_buf err = MM_BUF_INIT;
    int rc = mm_pipeline_open(&f->cfg, &f->p, &err);

    if (rc != MM_OK)
        fail_msg("pipeline open: %s", err.data ? err.data : mm_strerror(rc));
    mm_buf_free(&err);
    assert_int_equal(mm_worker_new(f->p, &f->w), MM_OK);
    return 0;
}

static void fx_close(struct fx *f)
{
    mm_worker_free(f->w);
    mm_pipeline_close(f->p);
    mm_config_free(&f->cfg);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    assert_int_equal(system(cmd), 0);
}

static const char *rcpt_contact[] = {"contact@example-hospital.org"};

static int run(struct fx *f, const char *msg, size_t len, mm_result *res)
{
    mm_envelope env = {.client_ip = "198.51.100.7", .sender = "p@patients.example.net",
                       .rcpts = rcpt_contact, .nrcpts = 1};
    return mm_pipeline_run(f->p, f->w, &env, msg, len, time(NULL), res);
}

static const mm_hdr_action *find_hdr(const mm_result *r, enum mm_hdr_op op, const char *name)
{
    for (size_t i = 0; i < r->nhdrs; i++)
        if (r->hdrs[i].op == op && strcmp(r->hdrs[i].name, name) == 0)
            return &r->hdrs[i];
    return NULL;
}

#define MSG(subject, extra, body)                                                               \
    "From: Nancy <nancy@patients.example.net>\r\nTo: contact@example-hospital.org\r\n"          \
    "Subject: " subject "\r\n" extra "Message-ID: <t-" subject "@patients.example.net>\r\n"     \
    "\r\n" body

static void test_tokens_and_headers(void **state)
{
    (void)state;
    struct fx f;
    fx_open(&f, NULL);
    static const char m1[] = MSG("SSN 716-32-1342", "X-MedMilter-Priority: urgent\r\n",
                                 "My SSN is 716-32-1342, order ORD-524480.\r\n");
    mm_result r;
    assert_int_equal(run(&f, m1, sizeof m1 - 1, &r), MM_OK);
    assert_int_equal(r.nphi, 2);
    assert_string_equal(mm_phi_name(r.phi[0].type), "ssn");
    assert_int_equal(r.phi[0].action, MM_ACT_TOKENIZE);
    assert_true(r.changed);
    assert_true(r.body_changed);
    assert_null(memmem(r.body.data, r.body.len, "716-32-1342", 11));
    assert_non_null(memmem(r.body.data, r.body.len, r.phi[1].token, strlen(r.phi[1].token)));
    assert_non_null(memmem(r.body.data, r.body.len, "ORD-524480", 10));
    /* forged header deleted, Subject changed, routing headers added */
    const mm_hdr_action *del = find_hdr(&r, MM_HOP_DELETE, "X-MedMilter-Priority");
    assert_non_null(del);
    assert_int_equal(del->index, 1);
    const mm_hdr_action *subj = find_hdr(&r, MM_HOP_CHANGE, "Subject");
    assert_non_null(subj);
    assert_non_null(strstr(subj->value, r.phi[0].token));
    assert_non_null(find_hdr(&r, MM_HOP_ADD, "X-MedMilter-Category"));
    const mm_hdr_action *scan = find_hdr(&r, MM_HOP_ADD, "X-MedMilter-Scan");
    assert_non_null(scan);
    assert_true(strncmp(scan->value, "ok; policy=strict@", 18) == 0);
    assert_true(r.audit_seq >= 1);
    char tok[40];
    snprintf(tok, sizeof tok, "%s", r.phi[0].token);
    mm_result_free(&r);

    /* same value, other spelling, other message: same token */
    static const char m2[] = MSG("records", "", "SSN 716 32 1342 again\r\n");
    assert_int_equal(run(&f, m2, sizeof m2 - 1, &r), MM_OK);
    assert_int_equal(r.nphi, 1);
    assert_string_equal(r.phi[0].token, tok);
    mm_result_free(&r);
    fx_close(&f);
}

static void test_nothing_to_change(void **state)
{
    (void)state;
    struct fx f;
    fx_open(&f, NULL);
    static const char m[] = MSG("parking", "", "Where can I park?\r\n");
    mm_result r;
    assert_int_equal(run(&f, m, sizeof m - 1, &r), MM_OK);
    assert_int_equal(r.nphi, 0);
    assert_false(r.changed);
    assert_false(r.body_changed);
    assert_null(find_hdr(&r, MM_HOP_CHANGE, "Subject"));
    mm_buf out = MM_BUF_INIT;
    assert_int_equal(mm_result_render(m, sizeof m - 1, &r, &out), MM_OK);
    /* delivered = original + the added headers, body byte-identical */
    const char *body = strstr(m, "\r\n\r\n");
    assert_non_null(memmem(out.data, out.len, body, strlen(body)));
    mm_buf_free(&out);
    mm_result_free(&r);
    fx_close(&f);
}

static void test_escalation_dedupe(void **state)
{
    (void)state;
    struct fx f;
    fx_open(&f, NULL);
    static const char m1[] =
        "From: m@patients.example.net\r\nTo: contact@example-hospital.org\r\n"
        "Subject: chest pain\r\nMessage-ID: <thread-1@x>\r\n\r\n"
        "I have crushing chest pain and my left arm is numb.\r\n";
    static const char m2[] =
        "From: m@patients.example.net\r\nTo: contact@example-hospital.org\r\n"
        "Subject: Re: chest pain\r\nMessage-ID: <thread-2@x>\r\nIn-Reply-To: <thread-1@x>\r\n"
        "References: <thread-1@x>\r\n\r\nThe chest pain is worse now.\r\n";
    mm_result r;
    assert_int_equal(run(&f, m1, sizeof m1 - 1, &r), MM_OK);
    assert_true(r.urgent);
    assert_int_equal(r.nescalate, 1);
    assert_string_equal(r.escalate_to[0], "oncall@example-hospital.org");
    assert_non_null(find_hdr(&r, MM_HOP_ADD, "X-MedMilter-Escalated"));
    mm_result_free(&r);
    assert_int_equal(run(&f, m2, sizeof m2 - 1, &r), MM_OK);
    assert_true(r.urgent);
    assert_int_equal(r.nescalate, 0);
    assert_null(find_hdr(&r, MM_HOP_ADD, "X-MedMilter-Escalated"));
    mm_result_free(&r);
    fx_close(&f);
}

static void test_shadow_changes_nothing(void **state)
{
    (void)state;
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    char path[512];
    snprintf(path, sizeof path, "%s/policies/strict.json", src);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    mm_buf pol = MM_BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        assert_int_equal(mm_buf_append(&pol, chunk, n), MM_OK);
    fclose(fp);
    char *mode = strstr(pol.data, "\"mode\": \"enforce\"");
    assert_non_null(mode);
    memcpy(mode, "\"mode\":  \"shadow\"", 17);
    /* lexicon paths relative to policies/ made absolute */
    mm_buf fixed = MM_BUF_INIT;
    for (const char *p = pol.data; *p;) {
        const char *hit = strstr(p, "\"lexicons/");
        size_t plen = hit ? (size_t)(hit - p) : strlen(p);
        assert_int_equal(mm_buf_append(&fixed, p, plen), MM_OK);
        if (!hit)
            break;
        assert_int_equal(mm_buf_appendf(&fixed, "\"%s/policies/lexicons/", src), MM_OK);
        p = hit + strlen("\"lexicons/");
    }
    mm_buf_free(&pol);
    pol = fixed;
    struct fx f;
    fx_open(&f, pol.data);
    mm_buf_free(&pol);
    static const char m[] = MSG("SSN 716-32-1342 chest pain", "X-MedMilter-Priority: normal\r\n",
                                "I have crushing chest pain. SSN 716-32-1342.\r\n");
    mm_result r;
    assert_int_equal(run(&f, m, sizeof m - 1, &r), MM_OK);
    assert_true(r.shadow);
    assert_true(r.urgent);
    assert_int_equal(r.nphi, 2);
    assert_int_equal(r.nhdrs, 0);
    assert_false(r.body_changed);
    assert_int_equal(r.nescalate, 0);
    assert_true(r.audit_seq >= 1);
    mm_result_free(&r);
    fx_close(&f);
}

static void test_hostile_input(void **state)
{
    (void)state;
    struct fx f;
    fx_open(&f, NULL);
    mm_result r;
    /* empty, no header/body separator, NUL bytes, CR-only, binary */
#define IN(lit) {lit, sizeof lit - 1}
    static const struct {
        const char *data;
        size_t len;
    } inputs[] = {
        IN(""),
        IN("Subject: x"),
        IN("\r\n\r\n"),
        IN("Subject: a\0b\r\n\r\nx\0\0y SSN 716-32-1342\r\n"),
        IN("Subject: y\r\r\rbody\r"),
        IN("\xff\xfe\x00\x01"),
    };
#undef IN
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        assert_int_equal(run(&f, inputs[i].data, inputs[i].len, &r), MM_OK);
        assert_non_null(find_hdr(&r, MM_HOP_ADD, "X-MedMilter-Scan"));
        mm_result_free(&r);
    }
    /* more identifiers than an audit record lists: still accepted */
    mm_buf big = MM_BUF_INIT;
    assert_int_equal(mm_buf_appendf(&big, "Subject: numbers\r\n\r\n"), MM_OK);
    for (unsigned i = 0; i < 6000; i++)
        assert_int_equal(mm_buf_appendf(&big, "call (914) %03u-%04u\r\n", 200 + i % 700, i),
                         MM_OK);
    assert_int_equal(run(&f, big.data, big.len, &r), MM_OK);
    assert_int_equal(r.nphi, 6000);
    assert_true(r.body_changed);
    mm_result_free(&r);
    mm_buf_free(&big);
    fx_close(&f);
}

static void test_oversize(void **state)
{
    (void)state;
    struct fx f;
    fx_open(&f, NULL);
    static const char m[] = "From: a@x\r\nSubject: SSN 716-32-1342\r\n\r\n";
    mm_envelope env = {.client_ip = "198.51.100.7", .sender = "a@x", .rcpts = rcpt_contact,
                       .nrcpts = 1, .oversize = 1};
    mm_result r;
    assert_int_equal(mm_pipeline_run(f.p, f.w, &env, m, sizeof m - 1, time(NULL), &r), MM_OK);
    assert_int_equal(r.scan_state, 1 /* MM_SCAN_PARTIAL */);
    assert_string_equal(r.scan_reason, "size>MaxScanSize");
    assert_false(r.body_changed); /* never replace a body we did not see */
    assert_non_null(find_hdr(&r, MM_HOP_CHANGE, "Subject"));
    mm_result_free(&r);
    fx_close(&f);
}

int main(void)
{
    if (sodium_init() < 0)
        return 1;
    mm_log_set(NULL, MM_LOG_ERR);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens_and_headers), cmocka_unit_test(test_nothing_to_change),
        cmocka_unit_test(test_escalation_dedupe),  cmocka_unit_test(test_shadow_changes_nothing),
        cmocka_unit_test(test_hostile_input),      cmocka_unit_test(test_oversize),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
