/*
 * rota.c - a TZif reader and on-call rota resolution.
 *
 * TZif (RFC 8536): a header, a 32-bit data block, then for version 2+ a
 * second header and a 64-bit block, then a footer holding a POSIX TZ
 * string that describes local time after the last transition. Debian
 * ships "slim" files whose transitions stop early (2007 for New York),
 * so the footer rule is what answers for the present day.
 */
#include "rota.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TZ_MAX_FILE (1 << 20)

struct tz_date {
    char kind; /* 'J' (1..365, no Feb 29), 'n' (0..365), 'M' (month.week.day) */
    int n, m, w, d;
    long secs; /* local time of day of the change */
};

struct mm_tz {
    size_t ntrans;
    int64_t *trans;
    uint8_t *tidx;
    size_t ntypes;
    int32_t off[256];
    uint8_t dst[256];
    int has_rule, rule_dst;
    long std_off, dst_off; /* seconds east of UTC */
    struct tz_date start, end;
};

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p)
{
    return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int64_t y, int m)
{
    static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : md[m - 1];
}

static int64_t floor_div(int64_t a, int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* --- POSIX TZ string ------------------------------------------------- */

static const char *tzs_name(const char *p)
{
    if (*p == '<') {
        while (*p && *p != '>')
            p++;
        return *p == '>' ? p + 1 : NULL;
    }
    const char *s = p;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
        p++;
    return p - s >= 3 ? p : NULL;
}

/* [+-]hh[:mm[:ss]], hours up to 167 (TZif v3 rule times). */
static const char *tzs_time(const char *p, long *secs)
{
    int sign = 1;
    if (*p == '+' || *p == '-')
        sign = *p++ == '-' ? -1 : 1;
    if (*p < '0' || *p > '9')
        return NULL;
    long h = 0, m = 0, s = 0;
    while (*p >= '0' && *p <= '9' && h < 1000)
        h = h * 10 + (*p++ - '0');
    if (h > 167)
        return NULL;
    if (*p == ':') {
        p++;
        if (p[0] < '0' || p[0] > '5' || p[1] < '0' || p[1] > '9')
            return NULL;
        m = (p[0] - '0') * 10 + p[1] - '0';
        p += 2;
        if (*p == ':') {
            p++;
            if (p[0] < '0' || p[0] > '5' || p[1] < '0' || p[1] > '9')
                return NULL;
            s = (p[0] - '0') * 10 + p[1] - '0';
            p += 2;
        }
    }
    *secs = sign * (h * 3600 + m * 60 + s);
    return p;
}

static const char *tzs_num(const char *p, int *v, int lo, int hi)
{
    if (*p < '0' || *p > '9')
        return NULL;
    int n = 0;
    while (*p >= '0' && *p <= '9' && n <= hi)
        n = n * 10 + (*p++ - '0');
    if (n < lo || n > hi)
        return NULL;
    *v = n;
    return p;
}

static const char *tzs_date(const char *p, struct tz_date *r)
{
    memset(r, 0, sizeof *r);
    if (*p == 'M') {
        r->kind = 'M';
        if ((p = tzs_num(p + 1, &r->m, 1, 12)) == NULL || *p++ != '.' ||
            (p = tzs_num(p, &r->w, 1, 5)) == NULL || *p++ != '.' ||
            (p = tzs_num(p, &r->d, 0, 6)) == NULL)
            return NULL;
    } else if (*p == 'J') {
        r->kind = 'J';
        if ((p = tzs_num(p + 1, &r->n, 1, 365)) == NULL)
            return NULL;
    } else {
        r->kind = 'n';
        if ((p = tzs_num(p, &r->n, 0, 365)) == NULL)
            return NULL;
    }
    r->secs = 7200;
    if (*p == '/' && (p = tzs_time(p + 1, &r->secs)) == NULL)
        return NULL;
    return p;
}

static int tzs_parse(mm_tz *tz, const char *s)
{
    long off;
    const char *p = tzs_name(s);
    if (p == NULL || (p = tzs_time(p, &off)) == NULL)
        return MM_EPARSE;
    tz->std_off = -off;
    tz->has_rule = 1;
    if (*p == '\0')
        return MM_OK;
    if ((p = tzs_name(p)) == NULL)
        return MM_EPARSE;
    tz->rule_dst = 1;
    tz->dst_off = tz->std_off + 3600;
    if (*p != ',' && *p != '\0') {
        if ((p = tzs_time(p, &off)) == NULL)
            return MM_EPARSE;
        tz->dst_off = -off;
    }
    if (*p == '\0') /* POSIX leaves the default rules open; use the US ones */
        p = ",M3.2.0,M11.1.0";
    if (*p++ != ',' || (p = tzs_date(p, &tz->start)) == NULL || *p++ != ',' ||
        (p = tzs_date(p, &tz->end)) == NULL || *p != '\0')
        return MM_EPARSE;
    return MM_OK;
}

/* Local-time seconds since the epoch of a rule date in year y. */
static int64_t tzs_when(const struct tz_date *r, int64_t y)
{
    int64_t day;
    if (r->kind == 'J')
        day = days_from_civil(y, 1, 1) + r->n - 1 + (is_leap(y) && r->n >= 60);
    else if (r->kind == 'n')
        day = days_from_civil(y, 1, 1) + r->n;
    else {
        int64_t first = days_from_civil(y, r->m, 1);
        int wd = (int)((first % 7 + 7 + 4) % 7);
        day = first + (r->d - wd + 7) % 7 + (int64_t)(r->w - 1) * 7;
        while (day >= first + month_days(y, r->m))
            day -= 7;
    }
    return day * 86400 + r->secs;
}

static void tzs_offset(const mm_tz *tz, int64_t t, long *off, int *isdst)
{
    *off = tz->std_off;
    *isdst = 0;
    if (!tz->rule_dst)
        return;
    int y, m, d;
    civil_from_days(floor_div(t + tz->std_off, 86400), &y, &m, &d);
    int64_t s = tzs_when(&tz->start, y) - tz->std_off;
    int64_t e = tzs_when(&tz->end, y) - tz->dst_off;
    int dst = s < e ? (t >= s && t < e) : !(t >= e && t < s);
    if (dst) {
        *off = tz->dst_off;
        *isdst = 1;
    }
}

/* --- TZif ------------------------------------------------------------ */

int mm_tz_parse(const unsigned char *data, size_t len, mm_tz **out)
{
    *out = NULL;
    if (len < 44 || memcmp(data, "TZif", 4) != 0)
        return MM_EPARSE;
    const unsigned char *h = data, *end = data + len;
    int version = data[4];
    size_t tsize = 4;
    for (int pass = 0; pass < 2; pass++) {
        if ((size_t)(end - h) < 44 || memcmp(h, "TZif", 4) != 0)
            return MM_EPARSE;
        uint32_t isut = be32(h + 20), isstd = be32(h + 24), leap = be32(h + 28);
        uint32_t timecnt = be32(h + 32), typecnt = be32(h + 36), charcnt = be32(h + 40);
        if (timecnt > 100000 || typecnt == 0 || typecnt > 256 || charcnt > 100000 ||
            leap > 100000 || isut > 256 || isstd > 256)
            return MM_EPARSE;
        size_t need = (size_t)timecnt * (tsize + 1) + (size_t)typecnt * 6 + charcnt +
                      (size_t)leap * (tsize + 4) + isstd + isut;
        if ((size_t)(end - h - 44) < need)
            return MM_EPARSE;
        if (pass == 0 && version >= '2') {
            h += 44 + need;
            tsize = 8;
            continue;
        }
        mm_tz *tz = calloc(1, sizeof *tz);
        if (tz == NULL)
            return MM_ENOMEM;
        tz->ntrans = timecnt;
        tz->ntypes = typecnt;
        tz->trans = calloc(timecnt ? timecnt : 1, sizeof *tz->trans);
        tz->tidx = calloc(timecnt ? timecnt : 1, 1);
        if (tz->trans == NULL || tz->tidx == NULL) {
            mm_tz_free(tz);
            return MM_ENOMEM;
        }
        const unsigned char *p = h + 44;
        for (size_t i = 0; i < timecnt; i++, p += tsize) {
            tz->trans[i] = tsize == 8 ? be64(p) : (int32_t)be32(p);
            if (i > 0 && tz->trans[i] <= tz->trans[i - 1]) {
                mm_tz_free(tz);
                return MM_EPARSE;
            }
        }
        for (size_t i = 0; i < timecnt; i++, p++) {
            if (*p >= typecnt) {
                mm_tz_free(tz);
                return MM_EPARSE;
            }
            tz->tidx[i] = *p;
        }
        for (size_t i = 0; i < typecnt; i++, p += 6) {
            int32_t off = (int32_t)be32(p);
            if (off < -25 * 3600 || off > 26 * 3600) {
                mm_tz_free(tz);
                return MM_EPARSE;
            }
            tz->off[i] = off;
            tz->dst[i] = p[4] != 0;
        }
        p = h + 44 + need;
        if (tsize == 8 && p < end && *p == '\n') {
            const unsigned char *nl = memchr(p + 1, '\n', (size_t)(end - p - 1));
            if (nl == NULL || nl - p > 128) {
                mm_tz_free(tz);
                return MM_EPARSE;
            }
            char rule[130];
            memcpy(rule, p + 1, (size_t)(nl - p - 1));
            rule[nl - p - 1] = '\0';
            if (rule[0] != '\0' && tzs_parse(tz, rule) != MM_OK) {
                mm_tz_free(tz);
                return MM_EPARSE;
            }
        }
        *out = tz;
        return MM_OK;
    }
    return MM_EPARSE;
}

int mm_tz_load(const char *name, mm_tz **out)
{
    *out = NULL;
    /* A zone name is a relative path made of tz database characters. */
    if (name == NULL || name[0] == '\0' || name[0] == '/' || strstr(name, "..") ||
        strlen(name) > 200)
        return MM_ENOTFOUND;
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '/' || *p == '_' || *p == '-' || *p == '+'))
            return MM_ENOTFOUND;
    const char *dir = getenv("TZDIR");
    if (dir == NULL || dir[0] == '\0')
        dir = "/usr/share/zoneinfo";
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    mm_buf b = MM_BUF_INIT;
    int rc = mm_jv_read_file(path, TZ_MAX_FILE, &b);
    if (rc == MM_OK)
        rc = mm_tz_parse((const unsigned char *)b.data, b.len, out);
    else if (rc == MM_EIO)
        rc = errno == ENOENT || errno == ENOTDIR || errno == EISDIR ? MM_ENOTFOUND : MM_EIO;
    else if (rc == MM_ELIMIT)
        rc = MM_EPARSE;
    mm_buf_free(&b);
    return rc;
}

void mm_tz_free(mm_tz *tz)
{
    if (tz == NULL)
        return;
    free(tz->trans);
    free(tz->tidx);
    free(tz);
}

int mm_tz_local(const mm_tz *tz, time_t when, mm_localtime *out)
{
    int64_t t = (int64_t)when;
    long off;
    int isdst;
    if (tz->ntrans == 0 || t < tz->trans[0]) {
        if (tz->ntrans == 0 && tz->has_rule) {
            tzs_offset(tz, t, &off, &isdst);
        } else {
            off = tz->off[0];
            isdst = tz->dst[0];
        }
    } else if (t >= tz->trans[tz->ntrans - 1] && tz->has_rule) {
        tzs_offset(tz, t, &off, &isdst);
    } else {
        size_t lo = 0, hi = tz->ntrans; /* last transition <= t */
        while (hi - lo > 1) {
            size_t mid = lo + (hi - lo) / 2;
            if (tz->trans[mid] <= t)
                lo = mid;
            else
                hi = mid;
        }
        off = tz->off[tz->tidx[lo]];
        isdst = tz->dst[tz->tidx[lo]];
    }
    int64_t local = t + off;
    int64_t days = floor_div(local, 86400);
    int64_t sod = local - days * 86400;
    if (days > 2932896 || days < -719468) /* keep years within int */
        return MM_EINVAL;
    civil_from_days(days, &out->year, &out->mon, &out->mday);
    out->wday = (int)((days % 7 + 7 + 4) % 7);
    out->hour = (int)(sod / 3600);
    out->min = (int)(sod / 60 % 60);
    out->sec = (int)(sod % 60);
    out->utoff = off;
    out->isdst = isdst;
    return MM_OK;
}

/* --- rotas ----------------------------------------------------------- */

struct rota_slot {
    uint8_t days;     /* shifts: bit per weekday, 0 = Sunday */
    int64_t date;     /* overrides: day number */
    int start, end;   /* minutes after local midnight, end may be 1440 */
    char **to;
    size_t nto;
};

struct mm_rota {
    char *zone;
    mm_tz *tz;
    struct rota_slot *shifts, *overrides;
    size_t nshifts, noverrides;
    char **fallback;
    size_t nfallback;
};

static int parse_hhmm(const char *s, int *min)
{
    if (strlen(s) != 5 || s[2] != ':' || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' ||
        s[3] < '0' || s[3] > '5' || s[4] < '0' || s[4] > '9')
        return 0;
    int h = (s[0] - '0') * 10 + s[1] - '0', m = (s[3] - '0') * 10 + s[4] - '0';
    if (h > 24 || (h == 24 && m != 0))
        return 0;
    *min = h * 60 + m;
    return 1;
}

static int parse_date(const char *s, int64_t *day)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
        sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || y < 1970 || y > 9999 || m < 1 ||
        m > 12 || d < 1 || d > month_days(y, m))
        return 0;
    *day = days_from_civil(y, m, d);
    return 1;
}

static int rota_days(mm_jv *v, const json_t *slot, uint8_t *mask)
{
    static const char *const names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    char **sv;
    size_t n;
    int rc = mm_jv_strings(v, slot, "days", 1, 0, NULL, "a day", &sv, &n);
    if (rc != MM_OK)
        return rc;
    *mask = 0;
    mm_jv_key(v, "days");
    for (size_t i = 0; i < n; i++) {
        int found = 0;
        for (int d = 0; d < 7; d++)
            if (strcmp(sv[i], names[d]) == 0)
                *mask |= (uint8_t)(1u << d), found = 1;
        if (strcmp(sv[i], "daily") == 0)
            *mask |= 0x7f, found = 1;
        else if (strcmp(sv[i], "weekdays") == 0)
            *mask |= 0x3e, found = 1;
        else if (strcmp(sv[i], "weekends") == 0)
            *mask |= 0x41, found = 1;
        if (!found) {
            mm_jv_idx(v, i);
            mm_jv_error(v, 0, "expected a day: mon, tue, wed, thu, fri, sat, sun, daily, "
                              "weekdays or weekends");
            mm_jv_pop(v);
            rc = MM_EPOLICY;
        }
    }
    mm_jv_pop(v);
    mm_strv_free(sv, n);
    return rc;
}

static int rota_time(mm_jv *v, const json_t *slot, const char *key, int dflt, int *out)
{
    json_t *j = mm_jv_get(v, slot, key, MM_JV_STRING, 0);
    if (j == NULL) {
        *out = dflt;
        return json_object_get(slot, key) ? MM_EPOLICY : MM_OK;
    }
    if (!parse_hhmm(json_string_value(j), out)) {
        mm_jv_key(v, key);
        mm_jv_error(v, 0, "expected a time \"HH:MM\" between 00:00 and 24:00");
        mm_jv_pop(v);
        return MM_EPOLICY;
    }
    return MM_OK;
}

static int rota_slots(mm_jv *v, const json_t *spec, const char *key, int is_override,
                      struct rota_slot **out, size_t *nout)
{
    static const char *const shift_keys[] = {"days", "start", "end", "to", NULL};
    static const char *const ov_keys[] = {"date", "start", "end", "to", "comment", NULL};
    json_t *arr = mm_jv_get(v, spec, key, MM_JV_ARRAY, 0);
    *out = NULL;
    *nout = 0;
    if (arr == NULL)
        return json_object_get(spec, key) ? MM_EPOLICY : MM_OK;
    size_t n = json_array_size(arr);
    struct rota_slot *slots = calloc(n ? n : 1, sizeof *slots);
    if (slots == NULL)
        return MM_ENOMEM;
    int rc = MM_OK;
    mm_jv_key(v, key);
    for (size_t i = 0; i < n; i++) {
        json_t *slot = json_array_get(arr, i);
        struct rota_slot *s = &slots[i];
        mm_jv_idx(v, i);
        if (!json_is_object(slot)) {
            mm_jv_error(v, 0, "expected an object");
            rc = MM_EPOLICY;
            mm_jv_pop(v);
            continue;
        }
        mm_jv_keys(v, slot, is_override ? ov_keys : shift_keys);
        int r1 = MM_OK;
        if (is_override) {
            json_t *d = mm_jv_get(v, slot, "date", MM_JV_STRING, 1);
            if (d == NULL)
                r1 = MM_EPOLICY;
            else if (!parse_date(json_string_value(d), &s->date)) {
                mm_jv_key(v, "date");
                mm_jv_error(v, 0, "expected a date \"YYYY-MM-DD\"");
                mm_jv_pop(v);
                r1 = MM_EPOLICY;
            }
        } else {
            r1 = rota_days(v, slot, &s->days);
        }
        int r2 = rota_time(v, slot, "start", 0, &s->start);
        int r3 = rota_time(v, slot, "end", 1440, &s->end);
        if (r2 == MM_OK && s->start == 1440) {
            mm_jv_key(v, "start");
            mm_jv_error(v, 0, "expected a start time before 24:00");
            mm_jv_pop(v);
            r2 = MM_EPOLICY;
        }
        int r4 = mm_jv_strings(v, slot, "to", 1, 1, mm_jv_is_address, "a mail address", &s->to,
                               &s->nto);
        if (r4 == MM_OK && s->nto == 0) {
            mm_jv_key(v, "to");
            mm_jv_error(v, 0, "expected at least one address");
            mm_jv_pop(v);
            r4 = MM_EPOLICY;
        }
        if (rc == MM_OK)
            rc = r1 != MM_OK ? r1 : r2 != MM_OK ? r2 : r3 != MM_OK ? r3 : r4;
        mm_jv_pop(v);
    }
    mm_jv_pop(v);
    *out = slots;
    *nout = n;
    return rc;
}

static void rota_slots_free(struct rota_slot *s, size_t n)
{
    if (s == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        mm_strv_free(s[i].to, s[i].nto);
    free(s);
}

void mm_rota_free(mm_rota *r)
{
    if (r == NULL)
        return;
    free(r->zone);
    mm_tz_free(r->tz);
    rota_slots_free(r->shifts, r->nshifts);
    rota_slots_free(r->overrides, r->noverrides);
    mm_strv_free(r->fallback, r->nfallback);
    free(r);
}

int mm_rota_compile(mm_jv *v, const json_t *spec, mm_rota **out)
{
    static const char *const keys[] = {"time_zone", "shifts", "overrides", "fallback",
                                       "comment", NULL};
    *out = NULL;
    if (!json_is_object(spec)) {
        mm_jv_error(v, 0, "expected an object (a rota)");
        return MM_EPOLICY;
    }
    mm_rota *r = calloc(1, sizeof *r);
    if (r == NULL)
        return MM_ENOMEM;
    unsigned before = v->nerr;
    int rc = MM_OK;
    mm_jv_keys(v, spec, keys);
    json_t *zone = mm_jv_get(v, spec, "time_zone", MM_JV_STRING, 1);
    if (zone) {
        if ((r->zone = strdup(json_string_value(zone))) == NULL) {
            rc = MM_ENOMEM;
            goto out;
        }
        int zrc = mm_tz_load(r->zone, &r->tz);
        if (zrc == MM_ENOMEM) {
            rc = zrc;
            goto out;
        }
        if (zrc != MM_OK) {
            mm_jv_key(v, "time_zone");
            mm_jv_error(v, 0, "expected a time zone of the tz database, e.g. \"Europe/Paris\" "
                              "(%s)", zrc == MM_ENOTFOUND ? "no such zone" : "unreadable zone file");
            mm_jv_pop(v);
        }
    }
    int r1 = rota_slots(v, spec, "shifts", 0, &r->shifts, &r->nshifts);
    int r2 = rota_slots(v, spec, "overrides", 1, &r->overrides, &r->noverrides);
    int r3 = mm_jv_strings(v, spec, "fallback", 0, 1, mm_jv_is_address, "a mail address",
                           &r->fallback, &r->nfallback);
    if (r1 == MM_ENOMEM || r2 == MM_ENOMEM || r3 == MM_ENOMEM) {
        rc = MM_ENOMEM;
        goto out;
    }
    if (r->nshifts == 0 && r->nfallback == 0 && v->nerr == before)
        mm_jv_error(v, 0, "expected at least one shift or a fallback address");
out:
    if (rc == MM_OK && v->nerr != before)
        rc = MM_EPOLICY;
    if (rc != MM_OK) {
        mm_rota_free(r);
        return rc;
    }
    *out = r;
    return MM_OK;
}

const char *mm_rota_zone(const mm_rota *r)
{
    return r->zone;
}

/* Does the slot cover minute m of a day, given whether it applies to this
 * day (today) or to the previous one (yesterday, for slots past midnight)? */
static int slot_covers(const struct rota_slot *s, int today, int yesterday, int m)
{
    if (s->start < s->end)
        return today && m >= s->start && m < s->end;
    /* start >= end: runs past midnight (start == end: 24 hours) */
    return (today && m >= s->start) || (yesterday && m < s->end);
}

static void add_addrs(const struct rota_slot *s, const char **addrs, size_t max, size_t *n)
{
    for (size_t i = 0; i < s->nto; i++) {
        size_t j;
        for (j = 0; j < *n; j++)
            if (strcmp(addrs[j], s->to[i]) == 0)
                break;
        if (j == *n && *n < max)
            addrs[(*n)++] = s->to[i];
    }
}

int mm_rota_oncall(const mm_rota *r, time_t t, const char **addrs, size_t max, size_t *n)
{
    mm_localtime lt;
    *n = 0;
    int rc = mm_tz_local(r->tz, t, &lt);
    if (rc != MM_OK)
        return rc;
    int m = lt.hour * 60 + lt.min;
    int64_t day = days_from_civil(lt.year, lt.mon, lt.mday);
    for (size_t i = 0; i < r->noverrides; i++) {
        const struct rota_slot *s = &r->overrides[i];
        if (slot_covers(s, s->date == day, s->date == day - 1, m))
            add_addrs(s, addrs, max, n);
    }
    if (*n > 0)
        return MM_OK;
    int prev = (lt.wday + 6) % 7;
    for (size_t i = 0; i < r->nshifts; i++) {
        const struct rota_slot *s = &r->shifts[i];
        if (slot_covers(s, (s->days >> lt.wday) & 1, (s->days >> prev) & 1, m))
            add_addrs(s, addrs, max, n);
    }
    if (*n == 0)
        for (size_t i = 0; i < r->nfallback && *n < max; i++)
            addrs[(*n)++] = r->fallback[i];
    return MM_OK;
}
