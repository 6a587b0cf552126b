/*
 * fuzz_report.c - audit summaries over hostile payloads. Input: lines of
 * JSON, each added to a report as one audit record (record i made 7 hours
 * after record i-1; a line that does not parse is an undecryptable
 * record), then the JSON, Prometheus, text and HTML forms are rendered.
 * Invariants: nothing fails, counts add up, and no output carries "[["
 * (a token) or a "<script" from the input: names are reduced to plain
 * identifiers.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "report.h"

static void render_check(mm_report *r, int which, const mm_report_info *info)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    if (fp == NULL)
        abort();
    int rc = which == 0 ? mm_report_prometheus(r, fp) : which == 1 ? mm_report_text(r, info, fp)
                                                                   : mm_report_html(r, info, fp);
    if (rc != MM_OK || fclose(fp) != 0)
        abort();
    if (memmem(buf, len, "[[", 2) || memmem(buf, len, "<script", 7))
        abort();
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mm_report *r;
    if (mm_report_new(&r) != MM_OK)
        abort();
    uint64_t lines = 0;
    const char *p = (const char *)data, *end = p + size;
    while (p < end && lines < 2000) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        json_t *o = json_loadb(p, n, JSON_DISABLE_EOF_CHECK, NULL);
        if (mm_report_add(r, 1767225600 + (int64_t)lines * 7 * 3600, o) != MM_OK)
            abort();
        json_decref(o);
        lines++;
        p += n + 1;
    }
    if (mm_report_records(r) != lines || mm_report_messages(r) > lines)
        abort();
    json_t *j = NULL;
    if (mm_report_json(r, &j) != MM_OK)
        abort();
    char *s = json_dumps(j, JSON_COMPACT);
    if (s == NULL || strstr(s, "[[") || strstr(s, "<script"))
        abort();
    free(s);
    json_decref(j);
    mm_report_info info = {.source = "fuzz", .now = 1767225600, .chain_status = MM_OK};
    for (int i = 0; i < 3; i++)
        render_check(r, i, &info);
    uint64_t a, b;
    if (mm_report_percentile(r, 0, 50, &a) == MM_OK &&
        (mm_report_percentile(r, 0, 99, &b) != MM_OK || b < a))
        abort();
    mm_report_free(r);
    return 0;
}
