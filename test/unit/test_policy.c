/* test_policy.c - policy validation (one test per kind of schema error,
 * each checking file:line:column, JSON path and expectation) and the
 * decisions: direction, actions with overrides, routes, escalation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "policy.h"

static char tmpdir[256];
static char polpath[512];

static void write_file(const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char lexicon[] =
    "{\"language\": \"en\", \"rules\": [\n"
    "  {\"id\": \"u.chest\", \"category\": \"clinical_urgent\", \"weight\": 2,\n"
    "   \"patterns\": [\"chest pain\"]},\n"
    "  {\"id\": \"a.appt\", \"category\": \"appointment\", \"weight\": 2,\n"
    "   \"patterns\": [\"appointment\"]}],\n"
    " \"context\": {\"negation_pre\": [\"no\"], \"terminators\": [\"but\"]}}\n";

/* A valid policy; tests substitute one fragment to break it. */
static const char base[] =
    "{\n"
    "  \"name\": \"test\",\n"
    "  \"mode\": \"enforce\",\n"
    "  \"internal_domains\": [\"example-hospital.org\"],\n"
    "  \"internal_networks\": [\"10.0.0.0/8\", \"2001:db8::/32\"],\n"
    "  \"detectors\": {\"types\": [\"ssn\"]},\n"
    "  \"actions\": {\n"
    "    \"default\": {\"inbound\": \"keep\", \"outbound\": \"tokenize\", \"internal\": \"keep\"},\n"
    "    \"types\": {\"card\": {\"inbound\": \"mask\"}},\n"
    "    \"domains\": {\"lab.example\": {\"default\": {\"outbound\": \"keep\"}},\n"
    "                \"secure.example\": {\"types\": {\"ssn\": {\"outbound\": \"redact\"}}}},\n"
    "    \"mailboxes\": {\"research@example-hospital.org\": {\"default\": {\"internal\": \"tokenize\"}}}\n"
    "  },\n"
    "  \"classification\": {\"lexicons\": [\"lex.json\"]},\n"
    "  \"routes\": {\n"
    "    \"categories\": {\"appointment\": \"appts\", \"prescription\": \"rx\", \"billing\": \"billing\",\n"
    "                   \"clinical_urgent\": \"urgent\", \"followup\": \"fu\", \"other\": \"general\"},\n"
    "    \"mailboxes\": {\"cardio@example-hospital.org\": {\"appointment\": \"cardio-appts\"}}\n"
    "  },\n"
    "  \"escalation\": {\"dedupe_seconds\": 900, \"rules\": [\n"
    "    {\"id\": \"cardio\", \"mailboxes\": [\"cardio@example-hospital.org\"], \"rota\": \"cardio\",\n"
    "     \"dedupe_seconds\": 300},\n"
    "    {\"id\": \"any\", \"mailboxes\": [\"@example-hospital.org\"], \"to\": \"desk@example-hospital.org\"},\n"
    "    {\"id\": \"billing\", \"categories\": [\"billing\"], \"priority\": \"any\", \"mailboxes\": \"*\",\n"
    "     \"to\": [\"accounts@example-hospital.org\"]}\n"
    "  ]},\n"
    "  \"rotas\": {\"cardio\": {\"time_zone\": \"Europe/Paris\",\n"
    "    \"shifts\": [{\"days\": [\"weekdays\"], \"start\": \"08:00\", \"end\": \"18:00\",\n"
    "                \"to\": [\"cardio-day@example-hospital.org\"]}]}}\n"
    "}\n";

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_policy.XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    write_file("lex.json", lexicon);
    snprintf(polpath, sizeof polpath, "%s/p.json", tmpdir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* base with the first occurrence of from replaced by to */
static char *variant(const char *from, const char *to)
{
    const char *at = strstr(base, from);
    assert_non_null(at);
    size_t n = strlen(base) - strlen(from) + strlen(to) + 1;
    char *s = malloc(n);
    snprintf(s, n, "%.*s%s%s", (int)(at - base), base, to, at + strlen(from));
    return s;
}

static mm_policy *parse_ok(const char *json)
{
    mm_policy *p = NULL;
    mm_buf err = MM_BUF_INIT;
    int rc = mm_policy_parse(json, strlen(json), polpath, &p, &err);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "(no message)\n");
    assert_int_equal(rc, MM_OK);
    mm_buf_free(&err);
    return p;
}

/* Parse must fail and the messages contain each expected substring. */
static void expect_error(const char *json, const char *const *want)
{
    mm_policy *p = NULL;
    mm_buf err = MM_BUF_INIT;
    assert_int_equal(mm_policy_parse(json, strlen(json), polpath, &p, &err), MM_EPOLICY);
    assert_null(p);
    assert_non_null(err.data);
    for (; *want; want++)
        if (strstr(err.data, *want) == NULL) {
            fprintf(stderr, "missing \"%s\" in:\n%s", *want, err.data);
            fail();
        }
    mm_buf_free(&err);
}

static void expect_variant(const char *from, const char *to, const char *const *want)
{
    char *s = variant(from, to);
    expect_error(s, want);
    free(s);
}

static char where[600];
/* "DIR/p.json:LINE:COL: PATH: " */
static const char *at(int line, int col, const char *path)
{
    snprintf(where, sizeof where, "%s:%d:%d: %s: ", polpath, line, col, path);
    return where;
}

static void test_valid_base(void **state)
{
    (void)state;
    mm_policy *p = parse_ok(base);
    assert_string_equal(mm_policy_name(p), "test");
    assert_int_equal(mm_policy_enforce(p), 1);
    size_t len;
    assert_memory_equal(mm_policy_source(p, &len), base, strlen(base));
    assert_int_equal(len, strlen(base));
    assert_true(json_is_object(mm_policy_detectors(p)));
    assert_non_null(json_object_get(mm_policy_detectors(p), "types"));
    const char *label = mm_policy_version_label(p);
    assert_int_equal(strncmp(label, "test@", 5), 0);
    assert_int_equal(strlen(label), 5 + 12);
    /* same text, same label; another text (or lexicon) another label */
    mm_policy *q = parse_ok(base);
    assert_string_equal(mm_policy_version_label(q), label);
    mm_policy_free(q);
    char *s = variant("\"enforce\"", "\"shadow\"");
    q = parse_ok(s);
    assert_int_equal(mm_policy_enforce(q), 0);
    assert_string_not_equal(mm_policy_version_label(q), label);
    mm_policy_free(q);
    free(s);
    /* a changed lexicon file changes the label too */
    char changed[sizeof lexicon + 1];
    snprintf(changed, sizeof changed, "%s ", lexicon);
    write_file("lex.json", changed);
    q = parse_ok(base);
    assert_string_not_equal(mm_policy_version_label(q), label);
    mm_policy_free(q);
    write_file("lex.json", lexicon);
    mm_policy_free(p);
}

static void test_shipped_policies(void **state)
{
    (void)state;
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    const char *names[] = {"default", "strict"};
    for (int i = 0; i < 2; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/policies/%s.json", src, names[i]);
        mm_policy *p = NULL;
        mm_buf err = MM_BUF_INIT;
        int rc = mm_policy_load_file(path, &p, &err);
        if (rc != MM_OK)
            fprintf(stderr, "%s", err.data);
        assert_int_equal(rc, MM_OK);
        assert_int_equal(mm_policy_enforce(p), 1);
        const char *ext[] = {"someone@gmail.example"};
        assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_OUTBOUND, ext, 1),
                         MM_ACT_TOKENIZE);
        if (i == 1) { /* strict: tokenize everything everywhere, escalate always */
            for (int t = 0; t < MM_PHI_COUNT; t++)
                for (int d = 0; d < 3; d++)
                    assert_int_equal(
                        mm_policy_action(p, (mm_phi_type)t, (mm_direction)d, ext, 1),
                        MM_ACT_TOKENIZE);
            const char *rc1[] = {"ward@example-hospital.org"};
            const char *rule;
            char **addrs;
            size_t n;
            unsigned dd;
            for (time_t t = 1767225600; t < 1767225600 + 7 * 86400; t += 3 * 3600 + 17) {
                assert_int_equal(mm_policy_escalation(p, MM_CAT_CLINICAL_URGENT, 1, rc1, 1, t,
                                                      &rule, &addrs, &n, &dd),
                                 1);
                assert_int_equal(n, 1);
                assert_string_equal(addrs[0], "oncall@example-hospital.org");
                mm_policy_addrs_free(addrs, n);
            }
            assert_true(mm_policy_is_internal(p, "x@example-hospital.org"));
        }
        mm_policy_free(p);
        mm_buf_free(&err);
    }
}

static void test_err_syntax(void **state)
{
    (void)state;
    const char *want[] = {":3:1: $: invalid JSON", NULL};
    expect_error("{\n \"name\": \"x\",\n}", want);
    const char *want2[] = {"duplicate", NULL};
    expect_error("{\"name\": \"a\", \"name\": \"b\"}", want2);
    const char *want3[] = {"$: expected an object (a policy)", NULL};
    expect_error("[1, 2]", want3);
}

static void test_err_unknown_key(void **state)
{
    (void)state;
    const char *w1[] = {at(2, 3, "$.colour"), "unknown key; expected one of: name,", NULL};
    expect_variant("  \"name\": \"test\",\n", "  \"colour\": 1, \"name\": \"test\",\n", w1);
    const char *w2[] = {at(8, 80, "$.actions.default.sideways"),
                        "unknown key; expected one of: inbound, outbound, internal", NULL};
    expect_variant("\"internal\": \"keep\"}", "\"internal\": \"keep\", \"sideways\": \"keep\"}",
                   w2);
}

static void test_err_missing_required(void **state)
{
    (void)state;
    const char *w[] = {at(1, 1, "$"), "missing required key \"mode\"", NULL};
    expect_variant("  \"mode\": \"enforce\",\n", "", w);
    const char *w2[] = {at(8, 16, "$.actions.default"), "missing required key \"internal\"",
                        NULL};
    expect_variant(", \"internal\": \"keep\"}", "}", w2);
}

static void test_err_wrong_type(void **state)
{
    (void)state;
    const char *w[] = {at(6, 16, "$.detectors"), "expected an object", NULL};
    expect_variant("{\"types\": [\"ssn\"]}", "[\"ssn\"]", w);
    const char *w2[] = {at(4, 23, "$.internal_domains"), "expected an array", NULL};
    expect_variant("[\"example-hospital.org\"]", "\"example-hospital.org\"", w2);
}

static void test_err_bad_enum(void **state)
{
    (void)state;
    const char *w[] = {at(3, 11, "$.mode"), "expected \"enforce\" or \"shadow\"", NULL};
    expect_variant("\"enforce\"", "\"enforced\"", w);
    const char *w2[] = {at(8, 48, "$.actions.default.outbound"),
                        "expected an action: keep, mask, tokenize or redact", NULL};
    expect_variant("\"tokenize\"", "\"scramble\"", w2);
    const char *w3[] = {at(9, 15, "$.actions.types.sssn"), "unknown PHI type; expected one of: ssn",
                        NULL};
    expect_variant("{\"card\":", "{\"sssn\":", w3);
}

static void test_err_domains_networks(void **state)
{
    (void)state;
    const char *w[] = {at(4, 24, "$.internal_domains[0]"), "expected a domain name", NULL};
    expect_variant("[\"example-hospital.org\"]", "[\"example hospital\"]", w);
    const char *w2[] = {at(5, 39, "$.internal_networks[1]"),
                        "expected an IPv4 or IPv6 network in CIDR notation", NULL};
    expect_variant("\"2001:db8::/32\"", "\"2001:db8::/129\"", w2);
    expect_variant("\"2001:db8::/32\"", "\"10.0.0/8\"", w2);
    const char *w3[] = {"$.actions.domains[\"bad_domain!\"]", "expected a domain as the key",
                        NULL};
    expect_variant("\"lab.example\"", "\"bad_domain!\"", w3);
    const char *w4[] = {"$.actions.mailboxes.nobody", "expected a mail address as the key", NULL};
    expect_variant("\"research@example-hospital.org\"", "\"nobody\"", w4);
}

static void test_err_routes(void **state)
{
    (void)state;
    const char *w[] = {at(16, 44, "$.routes.categories.prescriptions"), "unknown category",
                       NULL};
    expect_variant("\"prescription\": \"rx\"", "\"prescriptions\": \"rx\"", w);
    const char *w2[] = {at(16, 19, "$.routes.categories"),
                        "missing required key \"prescription\" (every category needs a route)",
                        NULL};
    expect_variant("\"prescription\": \"rx\"", "\"prescriptions\": \"rx\"", w2);
    const char *w3[] = {at(16, 35, "$.routes.categories.appointment"), "expected a route name",
                        NULL};
    expect_variant("\"appts\"", "\"two words\"", w3);
}

static void test_err_escalation(void **state)
{
    (void)state;
    const char *w[] = {at(21, 76, "$.escalation.rules[0].rota"),
                       "expected the name of a rota defined in $.rotas", NULL};
    expect_variant("\"rota\": \"cardio\"", "\"rota\": \"cardiology\"", w);
    const char *w2[] = {at(21, 5, "$.escalation.rules[0]"),
                        "expected exactly one of \"rota\" or \"to\"", NULL};
    expect_variant("\"rota\": \"cardio\",", "\"rota\": \"cardio\", \"to\": \"a@b.org\",", w2);
    const char *w3[] = {at(23, 12, "$.escalation.rules[1].id"), "expected a unique rule id", NULL};
    expect_variant("\"id\": \"any\"", "\"id\": \"cardio\"", w3);
    const char *w4[] = {at(20, 36, "$.escalation.dedupe_seconds"),
                        "expected an integer between 0 and 604800", NULL};
    expect_variant("900", "-5", w4);
    const char *w5[] = {at(24, 38, "$.escalation.rules[2].categories[0]"), "expected a category",
                        NULL};
    expect_variant("[\"billing\"]", "[\"bills\"]", w5);
    const char *w6[] = {at(24, 62, "$.escalation.rules[2].priority"),
                        "expected \"urgent\" or \"any\"", NULL};
    expect_variant("\"priority\": \"any\"", "\"priority\": \"high\"", w6);
}

static void test_err_rotas(void **state)
{
    (void)state;
    const char *w[] = {at(27, 37, "$.rotas.cardio.time_zone"),
                       "expected a time zone of the tz database", NULL};
    expect_variant("\"Europe/Paris\"", "\"Europe/Atlantis\"", w);
    expect_variant("\"Europe/Paris\"", "\"../../etc/passwd\"", w);
    const char *w2[] = {at(28, 26, "$.rotas.cardio.shifts[0].days[0]"), "expected a day: mon,",
                        NULL};
    expect_variant("[\"weekdays\"]", "[\"workdays\"]", w2);
    const char *w3[] = {at(28, 48, "$.rotas.cardio.shifts[0].start"),
                        "expected a time \"HH:MM\" between 00:00 and 24:00", NULL};
    expect_variant("\"08:00\"", "\"8am\"", w3);
    expect_variant("\"08:00\"", "\"24:30\"", w3);
    const char *w4[] = {at(29, 24, "$.rotas.cardio.shifts[0].to[0]"), "expected a mail address",
                        NULL};
    expect_variant("[\"cardio-day@example-hospital.org\"]", "[\"cardio day\"]", w4);
    const char *w5[] = {"$.rotas.cardio.overrides[0].date", "expected a date \"YYYY-MM-DD\"",
                        NULL};
    expect_variant("\"shifts\":", "\"overrides\": [{\"date\": \"2026-02-30\", \"to\": \"a@b.org\"}], "
                                  "\"shifts\":",
                   w5);
}

static void test_err_lexicons(void **state)
{
    (void)state;
    const char *w[] = {at(14, 35, "$.classification.lexicons[0]"),
                       "expected a readable lexicon file", "nope.json", NULL};
    expect_variant("\"lex.json\"", "\"nope.json\"", w);
    /* errors inside a lexicon name the lexicon file and its own position */
    write_file("bad.json", "{\"language\": \"en\", \"rules\": [\n"
                           "  {\"id\": \"x\", \"category\": \"appointment\", \"weight\": 1,\n"
                           "   \"patterns\": [\"ok\", \"(unclosed\"]},\n"
                           "  {\"id\": \"y\", \"category\": \"urgentish\", \"weight\": 0,\n"
                           "   \"patterns\": [\"fine\"], \"colour\": 1}]}\n");
    char lex[600], w2a[700], w2b[700], w2c[700], w2d[700];
    snprintf(lex, sizeof lex, "%s/bad.json", tmpdir);
    snprintf(w2a, sizeof w2a, "%s:3:23: $.rules[0].patterns[1]: expected a PCRE2 pattern", lex);
    snprintf(w2b, sizeof w2b, "%s:4:27: $.rules[1].category: expected a category", lex);
    snprintf(w2c, sizeof w2c, "%s:4:50: $.rules[1].weight: expected a weight", lex);
    snprintf(w2d, sizeof w2d, "%s:5:26: $.rules[1].colour: unknown key", lex);
    const char *w2[] = {w2a, w2b, w2c, w2d, NULL};
    expect_variant("\"lex.json\"", "\"bad.json\"", w2);
    const char *w3[] = {at(14, 35, "$.classification.min_score"),
                        "expected a number between 0 and 1000", NULL};
    expect_variant("{\"lexicons\"", "{\"min_score\": -1, \"lexicons\"", w3);
}

static void test_direction(void **state)
{
    (void)state;
    mm_policy *p = parse_ok(base);
    const char *in[] = {"a@example-hospital.org", "<b@sub.example-hospital.org>"};
    const char *mixed[] = {"a@example-hospital.org", "x@gmail.example"};
    assert_int_equal(mm_policy_direction(p, "203.0.113.9", 0, in, 2), MM_DIR_INBOUND);
    assert_int_equal(mm_policy_direction(p, NULL, 0, mixed, 2), MM_DIR_INBOUND);
    assert_int_equal(mm_policy_direction(p, "10.1.2.3", 0, in, 2), MM_DIR_INTERNAL);
    assert_int_equal(mm_policy_direction(p, "10.1.2.3", 0, mixed, 2), MM_DIR_OUTBOUND);
    assert_int_equal(mm_policy_direction(p, "203.0.113.9", 1, mixed, 2), MM_DIR_OUTBOUND);
    assert_int_equal(mm_policy_direction(p, "203.0.113.9", 1, in, 2), MM_DIR_INTERNAL);
    assert_int_equal(mm_policy_direction(p, "2001:db8:1::5", 0, in, 2), MM_DIR_INTERNAL);
    assert_int_equal(mm_policy_direction(p, "[IPv6:2001:db8::1]", 0, mixed, 2), MM_DIR_OUTBOUND);
    assert_int_equal(mm_policy_direction(p, "2001:db9::1", 0, in, 2), MM_DIR_INBOUND);
    assert_int_equal(mm_policy_direction(p, "::ffff:10.9.9.9", 0, in, 2), MM_DIR_INTERNAL);
    assert_int_equal(mm_policy_direction(p, "11.0.0.1", 0, in, 2), MM_DIR_INBOUND);
    assert_int_equal(mm_policy_direction(p, "not-an-ip", 0, in, 2), MM_DIR_INBOUND);
    assert_false(mm_policy_is_internal(p, "x@notexample-hospital.org"));
    assert_true(mm_policy_is_internal(p, "x@EXAMPLE-hospital.ORG"));
    mm_policy_free(p);
}

static void test_actions(void **state)
{
    (void)state;
    mm_policy *p = parse_ok(base);
    const char *ext[] = {"x@gmail.example"};
    const char *lab[] = {"results@lab.example"};
    const char *sublab[] = {"a@eu.lab.example"};
    const char *both[] = {"results@lab.example", "x@gmail.example"};
    const char *sec[] = {"a@secure.example"};
    const char *res[] = {"Research@Example-Hospital.org"};
    const char *ward[] = {"ward@example-hospital.org"};
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_OUTBOUND, ext, 1), MM_ACT_TOKENIZE);
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_OUTBOUND, lab, 1), MM_ACT_KEEP);
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_OUTBOUND, sublab, 1), MM_ACT_KEEP);
    /* strictest recipient wins */
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_OUTBOUND, both, 2), MM_ACT_TOKENIZE);
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_OUTBOUND, sec, 1), MM_ACT_REDACT);
    assert_int_equal(mm_policy_action(p, MM_PHI_PHONE, MM_DIR_OUTBOUND, sec, 1),
                     MM_ACT_TOKENIZE);
    assert_int_equal(mm_policy_action(p, MM_PHI_CARD, MM_DIR_INBOUND, ward, 1), MM_ACT_MASK);
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_INBOUND, ward, 1), MM_ACT_KEEP);
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_INTERNAL, ward, 1), MM_ACT_KEEP);
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_INTERNAL, res, 1), MM_ACT_TOKENIZE);
    /* mailbox override without an inbound setting falls back to policy-wide */
    assert_int_equal(mm_policy_action(p, MM_PHI_CARD, MM_DIR_INBOUND, res, 1), MM_ACT_MASK);
    assert_int_equal(mm_policy_action(p, MM_PHI_SSN, MM_DIR_OUTBOUND, NULL, 0), MM_ACT_TOKENIZE);
    assert_int_equal(mm_policy_action(p, MM_PHI_COUNT, MM_DIR_OUTBOUND, ext, 1), MM_ACT_REDACT);
    assert_true(MM_ACT_KEEP < MM_ACT_MASK && MM_ACT_MASK < MM_ACT_TOKENIZE &&
                MM_ACT_TOKENIZE < MM_ACT_REDACT);
    assert_string_equal(mm_action_name(MM_ACT_MASK), "mask");
    assert_int_equal(mm_action_from_name("redact"), MM_ACT_REDACT);
    assert_int_equal(mm_action_from_name("Redact"), -1);
    mm_policy_free(p);
}

static void test_routes(void **state)
{
    (void)state;
    mm_policy *p = parse_ok(base);
    const char *cardio[] = {"x@gmail.example", "<Cardio@example-hospital.org>"};
    const char *ward[] = {"ward@example-hospital.org"};
    assert_string_equal(mm_policy_route(p, MM_CAT_APPOINTMENT, cardio, 2), "cardio-appts");
    assert_string_equal(mm_policy_route(p, MM_CAT_BILLING, cardio, 2), "billing");
    assert_string_equal(mm_policy_route(p, MM_CAT_APPOINTMENT, ward, 1), "appts");
    assert_string_equal(mm_policy_route(p, MM_CAT_CLINICAL_URGENT, NULL, 0), "urgent");
    for (int c = 0; c < MM_CAT_COUNT; c++) {
        assert_int_equal(mm_category_from_name(mm_category_name((mm_category)c)), c);
        assert_non_null(mm_policy_route(p, (mm_category)c, ward, 1));
    }
    assert_string_equal(mm_direction_name(MM_DIR_OUTBOUND), "outbound");
    mm_policy_free(p);
}

static void test_escalation(void **state)
{
    (void)state;
    mm_policy *p = parse_ok(base);
    const char *cardio[] = {"cardio@example-hospital.org"};
    const char *ward[] = {"ward@example-hospital.org"};
    const char *ext[] = {"x@gmail.example"};
    const char *rule;
    char **addrs;
    size_t n;
    unsigned dd;
    /* Tuesday 2026-03-03 10:00 Paris (09:00Z): the cardio rota is on */
    time_t tue10 = 1772528400;
    assert_int_equal(mm_policy_escalation(p, MM_CAT_CLINICAL_URGENT, 1, cardio, 1, tue10, &rule,
                                          &addrs, &n, &dd),
                     1);
    assert_string_equal(rule, "cardio");
    assert_int_equal(n, 1);
    assert_string_equal(addrs[0], "cardio-day@example-hospital.org");
    assert_int_equal(dd, 300);
    mm_policy_addrs_free(addrs, n);
    /* 20:00 Paris: nobody on the cardio rota, next rule (static) applies */
    assert_int_equal(mm_policy_escalation(p, MM_CAT_CLINICAL_URGENT, 1, cardio, 1,
                                          tue10 + 10 * 3600, &rule, &addrs, &n, &dd),
                     1);
    assert_string_equal(rule, "any");
    assert_string_equal(addrs[0], "desk@example-hospital.org");
    assert_int_equal(dd, 900);
    mm_policy_addrs_free(addrs, n);
    /* not urgent, not an escalating category, not an escalating mailbox */
    assert_int_equal(mm_policy_escalation(p, MM_CAT_CLINICAL_URGENT, 0, ward, 1, tue10, &rule,
                                          &addrs, &n, &dd),
                     0);
    assert_null(addrs);
    assert_int_equal(mm_policy_escalation(p, MM_CAT_FOLLOWUP, 1, ward, 1, tue10, &rule, &addrs,
                                          &n, &dd),
                     0);
    assert_int_equal(mm_policy_escalation(p, MM_CAT_CLINICAL_URGENT, 1, ext, 1, tue10, &rule,
                                          &addrs, &n, &dd),
                     0);
    /* priority any: non-urgent billing escalates for any mailbox */
    assert_int_equal(mm_policy_escalation(p, MM_CAT_BILLING, 0, ext, 1, tue10, &rule, &addrs, &n,
                                          &dd),
                     1);
    assert_string_equal(rule, "billing");
    mm_policy_addrs_free(addrs, n);
    mm_policy_free(p);
}

static void test_load_file_errors(void **state)
{
    (void)state;
    mm_policy *p = NULL;
    mm_buf err = MM_BUF_INIT;
    assert_int_equal(mm_policy_load_file("/nonexistent/policy.json", &p, &err), MM_EIO);
    assert_non_null(strstr(err.data, "/nonexistent/policy.json: cannot read"));
    mm_buf_free(&err);
    write_file("p.json", base);
    assert_int_equal(mm_policy_load_file(polpath, &p, &err), MM_OK);
    mm_policy_free(p);
    mm_buf_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_base),
        cmocka_unit_test(test_shipped_policies),
        cmocka_unit_test(test_err_syntax),
        cmocka_unit_test(test_err_unknown_key),
        cmocka_unit_test(test_err_missing_required),
        cmocka_unit_test(test_err_wrong_type),
        cmocka_unit_test(test_err_bad_enum),
        cmocka_unit_test(test_err_domains_networks),
        cmocka_unit_test(test_err_routes),
        cmocka_unit_test(test_err_escalation),
        cmocka_unit_test(test_err_rotas),
        cmocka_unit_test(test_err_lexicons),
        cmocka_unit_test(test_direction),
        cmocka_unit_test(test_actions),
        cmocka_unit_test(test_routes),
        cmocka_unit_test(test_escalation),
        cmocka_unit_test(test_load_file_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
