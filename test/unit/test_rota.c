/* test_rota.c - TZif reader (checked against glibc over years of instants)
 * and on-call resolution across midnight and DST changes in Europe/Paris
 * and America/New_York, holidays and fallback. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "rota.h"

/* UTC instant of a civil date-time (tests only). */
static time_t utc(int y, int mo, int d, int h, int mi)
{
    struct tm tm = {.tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h,
                    .tm_min = mi};
    return timegm(&tm);
}

static void check_local(const mm_tz *tz, time_t t, int y, int mo, int d, int h, int mi, long off,
                        int dst)
{
    mm_localtime lt;
    assert_int_equal(mm_tz_local(tz, t, &lt), MM_OK);
    assert_int_equal(lt.year, y);
    assert_int_equal(lt.mon, mo);
    assert_int_equal(lt.mday, d);
    assert_int_equal(lt.hour, h);
    assert_int_equal(lt.min, mi);
    assert_int_equal(lt.utoff, off);
    assert_int_equal(lt.isdst, dst);
}

static void test_tz_dst_edges(void **state)
{
    (void)state;
    mm_tz *paris, *ny;
    assert_int_equal(mm_tz_load("Europe/Paris", &paris), MM_OK);
    assert_int_equal(mm_tz_load("America/New_York", &ny), MM_OK);
    /* Paris, spring 2026-03-29 01:00Z: 01:59 CET then 03:00 CEST */
    check_local(paris, utc(2026, 3, 29, 0, 59), 2026, 3, 29, 1, 59, 3600, 0);
    check_local(paris, utc(2026, 3, 29, 1, 0), 2026, 3, 29, 3, 0, 7200, 1);
    /* Paris, autumn 2026-10-25 01:00Z: 02:59 CEST then 02:00 CET again */
    check_local(paris, utc(2026, 10, 25, 0, 59), 2026, 10, 25, 2, 59, 7200, 1);
    check_local(paris, utc(2026, 10, 25, 1, 0), 2026, 10, 25, 2, 0, 3600, 0);
    /* New York, spring 2026-03-08 07:00Z and autumn 2026-11-01 06:00Z */
    check_local(ny, utc(2026, 3, 8, 6, 59), 2026, 3, 8, 1, 59, -18000, 0);
    check_local(ny, utc(2026, 3, 8, 7, 0), 2026, 3, 8, 3, 0, -14400, 1);
    check_local(ny, utc(2026, 11, 1, 5, 59), 2026, 11, 1, 1, 59, -14400, 1);
    check_local(ny, utc(2026, 11, 1, 6, 0), 2026, 11, 1, 1, 0, -18000, 0);
    /* midnight and year change */
    check_local(ny, utc(2027, 1, 1, 4, 59), 2026, 12, 31, 23, 59, -18000, 0);
    check_local(ny, utc(2027, 1, 1, 5, 0), 2027, 1, 1, 0, 0, -18000, 0);
    check_local(paris, utc(2026, 12, 31, 23, 0), 2027, 1, 1, 0, 0, 3600, 0);
    /* far past (transition table) and far future (footer rule) */
    check_local(paris, utc(1990, 7, 1, 12, 0), 1990, 7, 1, 14, 0, 7200, 1);
    check_local(ny, utc(2090, 7, 4, 16, 0), 2090, 7, 4, 12, 0, -14400, 1);
    mm_tz_free(paris);
    mm_tz_free(ny);
}

/* Every 53 minutes from 1975 to 2045 (and a sample to 2100), our answer
 * must equal glibc's for several zones; the test process alone sets TZ. */
static void test_tz_against_libc(void **state)
{
    (void)state;
    const char *zones[] = {"Europe/Paris", "America/New_York", "Australia/Sydney",
                           "Asia/Kolkata", "America/Sao_Paulo", "Europe/London", "UTC",
                           "Pacific/Chatham", "America/St_Johns"};
    for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
        mm_tz *tz;
        assert_int_equal(mm_tz_load(zones[z], &tz), MM_OK);
        setenv("TZ", zones[z], 1);
        tzset();
        size_t checked = 0;
        for (time_t t = utc(1975, 1, 1, 0, 0); t < utc(2100, 1, 1, 0, 0);
             t += t < utc(2045, 1, 1, 0, 0) ? 53 * 60 : 86400 * 3 + 3600) {
            struct tm tm;
            localtime_r(&t, &tm);
            mm_localtime lt;
            assert_int_equal(mm_tz_local(tz, t, &lt), MM_OK);
            if (lt.year != tm.tm_year + 1900 || lt.mon != tm.tm_mon + 1 ||
                lt.mday != tm.tm_mday || lt.hour != tm.tm_hour || lt.min != tm.tm_min ||
                lt.wday != tm.tm_wday || lt.utoff != tm.tm_gmtoff) {
                fprintf(stderr, "%s at %lld: ours %04d-%02d-%02d %02d:%02d %+ld, libc %s",
                        zones[z], (long long)t, lt.year, lt.mon, lt.mday, lt.hour, lt.min,
                        lt.utoff, asctime(&tm));
                fail();
            }
            checked++;
        }
        assert_true(checked > 600000);
        mm_tz_free(tz);
    }
    unsetenv("TZ");
    tzset();
}

static void test_tz_bad(void **state)
{
    (void)state;
    mm_tz *tz = NULL;
    assert_int_equal(mm_tz_load("Europe/Atlantis", &tz), MM_ENOTFOUND);
    assert_int_equal(mm_tz_load("../../etc/passwd", &tz), MM_ENOTFOUND);
    assert_int_equal(mm_tz_load("/etc/localtime", &tz), MM_ENOTFOUND);
    assert_int_equal(mm_tz_load("", &tz), MM_ENOTFOUND);
    assert_int_equal(mm_tz_load("Europe", &tz), MM_ENOTFOUND); /* a directory */
    assert_null(tz);
    static const unsigned char junk[] = "TZif2 not really a zone file at all, too short";
    assert_int_equal(mm_tz_parse(junk, sizeof junk, &tz), MM_EPARSE);
    assert_int_equal(mm_tz_parse((const unsigned char *)"", 0, &tz), MM_EPARSE);
    /* truncations of a real file are rejected or parsed, never crash */
    FILE *f = fopen("/usr/share/zoneinfo/America/New_York", "rb");
    assert_non_null(f);
    unsigned char buf[8192];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    assert_int_equal(mm_tz_parse(buf, n, &tz), MM_OK);
    mm_tz_free(tz);
    size_t ok = 0;
    for (size_t cut = 0; cut < n; cut += 7) {
        if (mm_tz_parse(buf, cut, &tz) == MM_OK) {
            ok++;
            mm_tz_free(tz);
        }
    }
    assert_true(ok < n / 7); /* most prefixes are invalid */
}

static mm_rota *rota_from(const char *json)
{
    json_error_t je;
    json_t *j = json_loads(json, 0, &je);
    assert_non_null(j);
    mm_buf err = MM_BUF_INIT;
    mm_jv v;
    mm_jv_init(&v, "rota.json", json, strlen(json), &err);
    mm_rota *r = NULL;
    int rc = mm_rota_compile(&v, j, &r);
    if (rc != MM_OK)
        fprintf(stderr, "%s", err.data ? err.data : "");
    assert_int_equal(rc, MM_OK);
    json_decref(j);
    mm_buf_free(&err);
    return r;
}

/* The on-call addresses at t, joined with ','. */
static const char *oncall(const mm_rota *r, time_t t)
{
    static char out[512];
    const char *a[8];
    size_t n;
    assert_int_equal(mm_rota_oncall(r, t, a, 8, &n), MM_OK);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        strcat(out, i ? "," : "");
        strcat(out, a[i]);
    }
    return out;
}

static const char paris_rota[] =
    "{\"time_zone\": \"Europe/Paris\", \"shifts\": ["
    " {\"days\": [\"weekdays\"], \"start\": \"08:00\", \"end\": \"20:00\", \"to\": \"day@h.org\"},"
    " {\"days\": [\"daily\"], \"start\": \"20:00\", \"end\": \"08:00\", \"to\": \"night@h.org\"},"
    " {\"days\": [\"sat\", \"sun\"], \"start\": \"08:00\", \"end\": \"20:00\","
    "  \"to\": [\"we1@h.org\", \"we2@h.org\"]},"
    " {\"days\": [\"fri\"], \"start\": \"23:00\", \"end\": \"02:00\", \"to\": \"late@h.org\"}],"
    " \"overrides\": ["
    "  {\"date\": \"2026-12-25\", \"to\": \"xmas@h.org\"},"
    "  {\"date\": \"2026-12-31\", \"start\": \"22:00\", \"end\": \"06:00\", \"to\": \"nye@h.org\"}],"
    " \"fallback\": \"fallback@h.org\"}";

static void test_rota_paris(void **state)
{
    (void)state;
    mm_rota *r = rota_from(paris_rota);
    assert_string_equal(mm_rota_zone(r), "Europe/Paris");
    /* Wednesday 2026-01-14, CET (+1) */
    assert_string_equal(oncall(r, utc(2026, 1, 14, 6, 59)), "night@h.org");  /* 07:59 */
    assert_string_equal(oncall(r, utc(2026, 1, 14, 7, 0)), "day@h.org");     /* 08:00 */
    assert_string_equal(oncall(r, utc(2026, 1, 14, 18, 59)), "day@h.org");   /* 19:59 */
    assert_string_equal(oncall(r, utc(2026, 1, 14, 19, 0)), "night@h.org");  /* 20:00 */
    assert_string_equal(oncall(r, utc(2026, 1, 14, 22, 59)), "night@h.org"); /* 23:59 */
    assert_string_equal(oncall(r, utc(2026, 1, 14, 23, 0)), "night@h.org");  /* 00:00 Thu */
    /* Friday 23:00 to Saturday 02:00: the late shift joins the night shift
     * across midnight, then the weekend day shift starts on Saturday */
    assert_string_equal(oncall(r, utc(2026, 1, 16, 22, 30)), "night@h.org,late@h.org");
    assert_string_equal(oncall(r, utc(2026, 1, 16, 23, 30)), "night@h.org,late@h.org");
    assert_string_equal(oncall(r, utc(2026, 1, 17, 1, 0)), "night@h.org"); /* Sat 02:00 */
    assert_string_equal(oncall(r, utc(2026, 1, 17, 9, 0)), "we1@h.org,we2@h.org");
    /* no late shift on Saturday night: Saturday 00:30 is Friday's shift,
     * Sunday 00:30 is not */
    assert_string_equal(oncall(r, utc(2026, 1, 17, 23, 30)), "night@h.org");
    /* DST spring forward (Sunday 2026-03-29): 05:30Z is 07:30 CEST (night),
     * 06:30Z is 08:30 CEST (weekend day), which CET would call 07:30 */
    assert_string_equal(oncall(r, utc(2026, 3, 29, 5, 30)), "night@h.org");
    assert_string_equal(oncall(r, utc(2026, 3, 29, 6, 30)), "we1@h.org,we2@h.org");
    /* Monday after: 06:30Z = 08:30 CEST, day shift */
    assert_string_equal(oncall(r, utc(2026, 3, 30, 6, 30)), "day@h.org");
    /* DST fall back (Sunday 2026-10-25): 07:30Z = 08:30 CET (day) but
     * 07:30 CEST would have been 09:30; 06:30Z = 07:30 CET (night) */
    assert_string_equal(oncall(r, utc(2026, 10, 25, 6, 30)), "night@h.org");
    assert_string_equal(oncall(r, utc(2026, 10, 25, 7, 30)), "we1@h.org,we2@h.org");
    /* the repeated hour 02:00-03:00 local is night both times */
    assert_string_equal(oncall(r, utc(2026, 10, 25, 0, 30)), "night@h.org");
    assert_string_equal(oncall(r, utc(2026, 10, 25, 1, 30)), "night@h.org");
    /* holiday override: the whole of Christmas Day (Friday) local time */
    assert_string_equal(oncall(r, utc(2026, 12, 24, 22, 59)), "night@h.org"); /* Thu */
    assert_string_equal(oncall(r, utc(2026, 12, 24, 23, 0)), "xmas@h.org");  /* 00:00 */
    assert_string_equal(oncall(r, utc(2026, 12, 25, 12, 0)), "xmas@h.org");
    assert_string_equal(oncall(r, utc(2026, 12, 25, 22, 59)), "xmas@h.org"); /* 23:59 */
    /* Saturday 00:00: Friday's late shift runs on, the override has ended */
    assert_string_equal(oncall(r, utc(2026, 12, 25, 23, 0)), "night@h.org,late@h.org");
    /* overnight override across midnight and the new year */
    assert_string_equal(oncall(r, utc(2026, 12, 31, 20, 59)), "night@h.org");
    assert_string_equal(oncall(r, utc(2026, 12, 31, 21, 0)), "nye@h.org");  /* 22:00 */
    assert_string_equal(oncall(r, utc(2027, 1, 1, 4, 59)), "nye@h.org");    /* 05:59 */
    assert_string_equal(oncall(r, utc(2027, 1, 1, 5, 0)), "night@h.org");   /* 06:00 */
    mm_rota_free(r);
}

static void test_rota_new_york(void **state)
{
    (void)state;
    mm_rota *r = rota_from(
        "{\"time_zone\": \"America/New_York\", \"shifts\": ["
        " {\"days\": [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"],"
        "  \"start\": \"08:00\", \"end\": \"20:00\", \"to\": \"day@h.org\"},"
        " {\"days\": [\"daily\"], \"start\": \"20:00\", \"end\": \"08:00\", \"to\": \"night@h.org\"}]}");
    /* spring forward Sunday 2026-03-08: 12:30Z = 08:30 EDT (day); EST would be 07:30 */
    assert_string_equal(oncall(r, utc(2026, 3, 8, 11, 30)), "night@h.org"); /* 07:30 EDT */
    assert_string_equal(oncall(r, utc(2026, 3, 8, 12, 30)), "day@h.org");
    /* 23:59 / 00:00 around midnight in EDT: 03:59Z / 04:00Z */
    assert_string_equal(oncall(r, utc(2026, 3, 9, 3, 59)), "night@h.org");
    assert_string_equal(oncall(r, utc(2026, 3, 9, 23, 59)), "day@h.org"); /* 19:59 EDT */
    assert_string_equal(oncall(r, utc(2026, 3, 10, 0, 0)), "night@h.org"); /* 20:00 EDT */
    /* fall back Sunday 2026-11-01: 12:30Z = 07:30 EST (night); EDT would say 08:30 */
    assert_string_equal(oncall(r, utc(2026, 11, 1, 12, 30)), "night@h.org");
    assert_string_equal(oncall(r, utc(2026, 11, 1, 13, 0)), "day@h.org");
    assert_string_equal(oncall(r, utc(2026, 11, 2, 0, 59)), "day@h.org");   /* 19:59 EST */
    assert_string_equal(oncall(r, utc(2026, 11, 2, 1, 0)), "night@h.org");  /* 20:00 EST */
    mm_rota_free(r);
}

static void test_rota_fallback_and_limits(void **state)
{
    (void)state;
    mm_rota *r = rota_from(
        "{\"time_zone\": \"UTC\", \"shifts\": ["
        " {\"days\": [\"mon\"], \"start\": \"09:00\", \"end\": \"10:00\", \"to\": [\"a@h.org\", \"b@h.org\"]},"
        " {\"days\": [\"mon\"], \"start\": \"09:30\", \"end\": \"11:00\", \"to\": [\"b@h.org\", \"c@h.org\"]}],"
        " \"fallback\": [\"f@h.org\"]}");
    time_t mon0945 = utc(2026, 1, 5, 9, 45);
    assert_string_equal(oncall(r, mon0945), "a@h.org,b@h.org,c@h.org"); /* union, no dups */
    assert_string_equal(oncall(r, utc(2026, 1, 5, 8, 0)), "f@h.org");
    const char *a[2];
    size_t n;
    assert_int_equal(mm_rota_oncall(r, mon0945, a, 2, &n), MM_OK);
    assert_int_equal(n, 2);
    mm_rota_free(r);
    /* no shift, no fallback: nobody */
    r = rota_from("{\"time_zone\": \"UTC\", \"shifts\": [{\"days\": [\"tue\"], \"to\": \"t@h.org\"}]}");
    assert_string_equal(oncall(r, utc(2026, 1, 6, 0, 0)), "t@h.org"); /* whole Tuesday */
    assert_string_equal(oncall(r, utc(2026, 1, 6, 23, 59)), "t@h.org");
    assert_string_equal(oncall(r, utc(2026, 1, 7, 0, 0)), "");
    mm_rota_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tz_dst_edges),
        cmocka_unit_test(test_tz_against_libc),
        cmocka_unit_test(test_tz_bad),
        cmocka_unit_test(test_rota_paris),
        cmocka_unit_test(test_rota_new_york),
        cmocka_unit_test(test_rota_fallback_and_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
