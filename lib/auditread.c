/*
 * auditread.c - audit payloads to a callback, over mm_audit_export: the
 * export stream is a fopencookie FILE that cuts it into lines and parses
 * each one, so the decryption and chain check stay in audit.c.
 */
#include "auditread.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"

struct rd {
    mm_buf line;
    mm_audit_read_fn cb;
    void *arg;
    int stop; /* MM_OK, or why the callback stopped us */
};

static int64_t rd_time(const json_t *o)
{
    const char *s = json_string_value(json_object_get(o, "time"));
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (s == NULL)
        return 0;
    const char *e = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return e && !*e ? (int64_t)timegm(&tm) : 0;
}

static void rd_line(struct rd *r)
{
    json_t *o = json_loadb(r->line.data, r->line.len, 0, NULL);
    mm_buf_wipe(&r->line);
    if (!json_is_object(o)) {
        json_decref(o);
        return; /* export writes only objects: nothing to pass */
    }
    const json_t *pl = json_object_get(o, "payload");
    int c = r->cb(r->arg, (uint64_t)json_integer_value(json_object_get(o, "seq")), rd_time(o),
                  json_is_object(pl) ? pl : NULL);
    if (c != 0)
        r->stop = c <= MM_ENOMEM && c >= MM_ECOLLISION ? c : MM_EINVAL;
    json_decref(o);
}

static ssize_t rd_write(void *cookie, const char *buf, size_t n)
{
    struct rd *r = cookie;
    if (r->stop != MM_OK) {
        errno = ECANCELED;
        return -1;
    }
    size_t done = 0;
    while (done < n) {
        const char *nl = memchr(buf + done, '\n', n - done);
        size_t take = nl ? (size_t)(nl - (buf + done)) : n - done;
        if (mm_buf_append(&r->line, buf + done, take) != MM_OK) {
            r->stop = MM_ENOMEM;
            errno = ENOMEM;
            return -1;
        }
        done += take;
        if (nl) {
            done++;
            rd_line(r);
            if (r->stop != MM_OK)
                return (ssize_t)done;
        }
    }
    return (ssize_t)n;
}

int mm_audit_read(mm_store *st, const mm_vault_sec *vs, time_t since, mm_audit_read_fn cb, void *arg)
{
    struct rd r = {.line = MM_BUF_INIT, .cb = cb, .arg = arg, .stop = MM_OK};
    cookie_io_functions_t io = {.write = rd_write};
    FILE *fp = fopencookie(&r, "w", io);
    if (fp == NULL)
        return MM_ENOMEM;
    int rc = mm_audit_export(st, vs, since, fp);
    if (fclose(fp) != 0 && rc == MM_OK)
        rc = MM_EIO;
    if (r.line.len && r.stop == MM_OK)
        rd_line(&r); /* a last line without its newline */
    mm_buf_wipe(&r.line);
    return r.stop != MM_OK ? r.stop : rc;
}
