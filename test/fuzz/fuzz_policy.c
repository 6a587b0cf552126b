/*
 * fuzz_policy.c - libFuzzer target for the policy module. The first byte
 * picks what the rest is fed to:
 *   0..3  policy JSON (mm_policy_parse, lexicons resolved next to the
 *         shipped policies), then every decision on a parsed policy;
 *   4     TZif data (mm_tz_parse, then lookups);
 *   5..7  message text for the shipped default policy's classifier
 *         (subject and body split at the first newline).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classify.h"
#include "policy.h"
#include "rota.h"

static mm_policy *shipped;
static mm_classify_scratch *scratch;
static char polname[4096];

static void init(void)
{
    const char *src = getenv("MM_SOURCE_DIR") ? getenv("MM_SOURCE_DIR") : MM_SOURCE_DIR;
    snprintf(polname, sizeof polname, "%s/policies/fuzz.json", src);
    char path[4096];
    snprintf(path, sizeof path, "%s/policies/default.json", src);
    mm_buf err = MM_BUF_INIT;
    if (mm_policy_load_file(path, &shipped, &err) != MM_OK ||
        mm_classify_scratch_new(&scratch) != MM_OK) {
        fprintf(stderr, "fuzz_policy: cannot load %s\n%s", path, err.data ? err.data : "");
        abort();
    }
    mm_buf_free(&err);
}

static void decisions(const mm_policy *p, const uint8_t *data, size_t size)
{
    static const char *const rcpts[] = {"a@example-hospital.org", "<b@lab.example>",
                                        "x@gmail.example", "weird", "@", ""};
    static const char *const ips[] = {NULL, "10.1.2.3", "::1", "2001:db8::5", "203.0.113.1",
                                      "[IPv6:fe80::1]", "::ffff:192.168.1.1", "garbage"};
    unsigned seed = size ? data[size - 1] : 0;
    size_t n = 1 + seed % 6;
    for (int d = 0; d < 3; d++)
        for (int t = 0; t < MM_PHI_COUNT; t++)
            (void)mm_policy_action(p, (mm_phi_type)t, (mm_direction)d, rcpts, n);
    for (size_t i = 0; i < sizeof ips / sizeof ips[0]; i++)
        (void)mm_policy_direction(p, ips[i], (int)(i & 1), rcpts, n);
    for (int c = 0; c < MM_CAT_COUNT; c++) {
        (void)mm_policy_route(p, (mm_category)c, rcpts, n);
        const char *rule;
        char **addrs;
        size_t na;
        unsigned dd;
        for (time_t t = 1700000000; t < 1700000000 + 8 * 86400; t += 7 * 3600 + 13 * seed)
            if (mm_policy_escalation(p, (mm_category)c, 1, rcpts, n, t, &rule, &addrs, &na,
                                     &dd) == 1)
                mm_policy_addrs_free(addrs, na);
    }
    size_t len;
    (void)mm_policy_source(p, &len);
    (void)mm_policy_detectors(p);
    (void)mm_policy_version_label(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (shipped == NULL)
        init();
    if (size == 0)
        return 0;
    unsigned mode = data[0] % 8;
    data++, size--;
    if (mode <= 3) {
        mm_policy *p = NULL;
        mm_buf err = MM_BUF_INIT;
        if (mm_policy_parse((const char *)data, size, polname, &p, &err) == MM_OK) {
            decisions(p, data, size);
            mm_policy_free(p);
        }
        mm_buf_free(&err);
    } else if (mode == 4) {
        mm_tz *tz = NULL;
        if (mm_tz_parse(data, size, &tz) == MM_OK) {
            mm_localtime lt;
            for (int64_t t = -4000000000LL; t < 8000000000LL; t += 123456789)
                if (mm_tz_local(tz, (time_t)t, &lt) != MM_OK)
                    break;
            mm_tz_free(tz);
        }
    } else {
        const uint8_t *nl = memchr(data, '\n', size);
        size_t slen = nl ? (size_t)(nl - data) : 0;
        const char *texts[1] = {(const char *)data + (nl ? slen + 1 : 0)};
        size_t lens[1] = {size - (nl ? slen + 1 : 0)};
        mm_classify_result r;
        if (mm_classify(shipped, scratch, (const char *)data, slen, texts, lens, 1, &r) != MM_OK)
            abort();
        if ((unsigned)r.category >= MM_CAT_COUNT || r.rule == NULL ||
            (r.urgent && r.category != MM_CAT_CLINICAL_URGENT))
            abort();
    }
    return 0;
}
