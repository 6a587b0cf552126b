/*
 * jsonv.c - JSON schema validation with positioned error messages.
 *
 * The position scan only walks text Jansson already accepted, so it needs
 * to know just enough JSON to skip values: strings with escapes, nested
 * brackets and bare scalars.
 */
#include "jsonv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mm_jv_init(mm_jv *v, const char *file, const char *text, size_t len, mm_buf *err)
{
    memset(v, 0, sizeof *v);
    v->file = file ? file : "-";
    v->text = text;
    v->len = len;
    v->err = err;
}

static void jv_append(mm_jv *v, const char *fmt, ...) MM_PRINTF(2, 3);
static void jv_append(mm_jv *v, const char *fmt, ...)
{
    v->nerr++;
    if (v->err == NULL)
        return;
    va_list ap;
    va_start(ap, fmt);
    /* Out of memory while reporting: the error count still fails the load. */
    if (mm_buf_vappendf(v->err, fmt, ap) != MM_OK)
        v->nerr++;
    va_end(ap);
}

json_t *mm_jv_parse(mm_jv *v)
{
    json_error_t je;
    json_t *root = json_loadb(v->text, v->len, JSON_REJECT_DUPLICATES,
                              &je);
    if (root == NULL)
        jv_append(v, "%s:%d:%d: $: invalid JSON: %s\n", v->file, je.line, je.column, je.text);
    return root;
}

void mm_jv_key(mm_jv *v, const char *key)
{
    if (v->depth < MM_JV_DEPTH) {
        v->path[v->depth].key = key;
        v->path[v->depth].idx = 0;
    }
    v->depth++;
}

void mm_jv_idx(mm_jv *v, size_t idx)
{
    if (v->depth < MM_JV_DEPTH) {
        v->path[v->depth].key = NULL;
        v->path[v->depth].idx = idx;
    }
    v->depth++;
}

void mm_jv_pop(mm_jv *v)
{
    if (v->depth > 0)
        v->depth--;
}

static int jv_simple_key(const char *k)
{
    if (*k == '\0')
        return 0;
    for (; *k; k++)
        if (!((*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') || (*k >= '0' && *k <= '9') ||
              *k == '_' || *k == '-'))
            return 0;
    return 1;
}

void mm_jv_path(const mm_jv *v, char *buf, size_t size)
{
    size_t n = (size_t)snprintf(buf, size, "$");
    int depth = v->depth < MM_JV_DEPTH ? v->depth : MM_JV_DEPTH;
    for (int i = 0; i < depth && n < size; i++) {
        const char *k = v->path[i].key;
        if (k == NULL)
            n += (size_t)snprintf(buf + n, size - n, "[%zu]", v->path[i].idx);
        else if (jv_simple_key(k))
            n += (size_t)snprintf(buf + n, size - n, ".%s", k);
        else
            n += (size_t)snprintf(buf + n, size - n, "[\"%s\"]", k);
    }
}

/* --- position scan --------------------------------------------------- */

static const char *jv_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

static const char *jv_skip_string(const char *p, const char *e)
{
    for (p++; p < e; p++) {
        if (*p == '\\')
            p++;
        else if (*p == '"')
            return p + 1;
    }
    return e;
}

static const char *jv_skip_value(const char *p, const char *e)
{
    int depth = 0;
    while (p < e) {
        char c = *p;
        if (c == '"') {
            p = jv_skip_string(p, e);
            if (depth == 0)
                return p;
            continue;
        }
        if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']') {
            if (depth == 0)
                return p;
            if (--depth == 0)
                return p + 1;
        } else if (c == ',' && depth == 0)
            return p;
        p++;
    }
    return e;
}

/* Compare the JSON string at p (at its opening quote) with key; handles
 * the simple escapes, treats \u escapes as a mismatch unless ASCII. */
static int jv_key_eq(const char *p, const char *e, const char *key)
{
    for (p++; p < e && *p != '"'; p++, key++) {
        char c = *p;
        if (c == '\\') {
            if (++p >= e)
                return 0;
            switch (*p) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u': return 0;
            default: c = *p; break;
            }
        }
        if (*key != c)
            return 0;
    }
    return *key == '\0';
}

int mm_jv_position(const mm_jv *v, int at_key, int *line, int *col)
{
    if (v->text == NULL || v->depth > MM_JV_DEPTH)
        return 0;
    const char *p = v->text, *e = v->text + v->len, *mark;
    p = jv_ws(p, e);
    mark = p;
    for (int i = 0; i < v->depth; i++) {
        const char *key = v->path[i].key;
        if (key == NULL) {
            if (p >= e || *p != '[')
                return 0;
            p = jv_ws(p + 1, e);
            for (size_t n = 0; n < v->path[i].idx; n++) {
                p = jv_ws(jv_skip_value(p, e), e);
                if (p >= e || *p != ',')
                    return 0;
                p = jv_ws(p + 1, e);
            }
            mark = p;
            continue;
        }
        if (p >= e || *p != '{')
            return 0;
        p = jv_ws(p + 1, e);
        for (;;) {
            if (p >= e || *p != '"')
                return 0;
            const char *kp = p;
            int match = jv_key_eq(p, e, key);
            p = jv_ws(jv_skip_string(p, e), e);
            if (p >= e || *p != ':')
                return 0;
            p = jv_ws(p + 1, e);
            if (match) {
                mark = (at_key && i == v->depth - 1) ? kp : p;
                break;
            }
            p = jv_ws(jv_skip_value(p, e), e);
            if (p >= e || *p != ',')
                return 0;
            p = jv_ws(p + 1, e);
        }
    }
    int l = 1, c = 1;
    for (const char *q = v->text; q < mark; q++) {
        if (*q == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)*q & 0xC0) != 0x80) {
            c++; /* columns count characters, as Jansson does */
        }
    }
    *line = l;
    *col = c;
    return 1;
}

void mm_jv_error(mm_jv *v, int at_key, const char *fmt, ...)
{
    char path[512], msg[512];
    int line = 0, col = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mm_jv_path(v, path, sizeof path);
    if (mm_jv_position(v, at_key, &line, &col))
        jv_append(v, "%s:%d:%d: %s: %s\n", v->file, line, col, path, msg);
    else
        jv_append(v, "%s: %s: %s\n", v->file, path, msg);
}

void mm_jv_keys(mm_jv *v, const json_t *obj, const char *const *allowed)
{
    const char *key;
    json_t *val;
    json_object_foreach((json_t *)obj, key, val) {
        int ok = 0;
        for (const char *const *a = allowed; *a && !ok; a++)
            ok = strcmp(*a, key) == 0;
        if (!ok) {
            char list[400];
            size_t n = 0;
            list[0] = '\0';
            for (const char *const *a = allowed; *a && n < sizeof list; a++)
                n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "", *a);
            mm_jv_key(v, key);
            mm_jv_error(v, 1, "unknown key; expected one of: %s", list);
            mm_jv_pop(v);
        }
    }
}

const char *mm_jv_expect(int types)
{
    switch (types) {
    case MM_JV_OBJECT: return "expected an object";
    case MM_JV_ARRAY: return "expected an array";
    case MM_JV_STRING: return "expected a string";
    case MM_JV_INTEGER: return "expected an integer";
    case MM_JV_NUMBER: return "expected a number";
    case MM_JV_BOOL: return "expected true or false";
    case MM_JV_STRING | MM_JV_ARRAY: return "expected a string or an array of strings";
    default: return "unexpected type";
    }
}

static int jv_type_ok(const json_t *j, int types)
{
    switch (json_typeof(j)) {
    case JSON_OBJECT: return types & MM_JV_OBJECT;
    case JSON_ARRAY: return types & MM_JV_ARRAY;
    case JSON_STRING: return types & MM_JV_STRING;
    case JSON_INTEGER: return types & MM_JV_INTEGER;
    case JSON_REAL: return types & 0x10;
    case JSON_TRUE:
    case JSON_FALSE: return types & MM_JV_BOOL;
    default: return 0;
    }
}

json_t *mm_jv_get(mm_jv *v, const json_t *obj, const char *key, int types, int required)
{
    json_t *j = obj ? json_object_get(obj, key) : NULL;
    if (j == NULL) {
        if (required && obj)
            mm_jv_error(v, 0, "missing required key \"%s\"", key);
        return NULL;
    }
    if (!jv_type_ok(j, types)) {
        mm_jv_key(v, key);
        mm_jv_error(v, 0, "%s", mm_jv_expect(types));
        mm_jv_pop(v);
        return NULL;
    }
    return j;
}

int mm_jv_is_address(const char *s)
{
    const char *at = strrchr(s, '@');
    if (at == NULL || at == s || !mm_jv_is_domain(at + 1))
        return 0;
    for (const char *p = s; p < at; p++)
        if ((unsigned char)*p <= ' ' || strchr("<>()[],;:\\\"@", *p) || *p == 0x7f)
            return 0;
    return 1;
}

int mm_jv_is_domain(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 253 || s[0] == '.' || s[0] == '-' || s[n - 1] == '.' || strstr(s, ".."))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '-' || *s == '.'))
            return 0;
    return 1;
}

void mm_strv_free(char **sv, size_t n)
{
    if (sv == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        free(sv[i]);
    free(sv);
}

int mm_jv_strings(mm_jv *v, const json_t *obj, const char *key, int required, int single_ok,
                  int (*valid)(const char *), const char *what, char ***out, size_t *n)
{
    *out = NULL;
    *n = 0;
    json_t *j = mm_jv_get(v, obj, key, single_ok ? MM_JV_STRING | MM_JV_ARRAY : MM_JV_ARRAY,
                          required);
    if (j == NULL)
        return json_object_get(obj, key) ? MM_EPOLICY : required ? MM_EPOLICY : MM_ENOTFOUND;
    size_t cnt = json_is_string(j) ? 1 : json_array_size(j);
    char **sv = calloc(cnt ? cnt : 1, sizeof *sv);
    if (sv == NULL)
        return MM_ENOMEM;
    int rc = MM_OK;
    mm_jv_key(v, key);
    for (size_t i = 0; i < cnt; i++) {
        json_t *s = json_is_string(j) ? j : json_array_get(j, i);
        if (!json_is_string(j))
            mm_jv_idx(v, i);
        if (!json_is_string(s)) {
            mm_jv_error(v, 0, "expected %s (a string)", what);
            rc = MM_EPOLICY;
        } else if (valid && !valid(json_string_value(s))) {
            mm_jv_error(v, 0, "expected %s", what);
            rc = MM_EPOLICY;
        } else if ((sv[*n] = strdup(json_string_value(s))) == NULL) {
            rc = MM_ENOMEM;
        } else {
            (*n)++;
        }
        if (!json_is_string(j))
            mm_jv_pop(v);
    }
    mm_jv_pop(v);
    if (rc != MM_OK) {
        mm_strv_free(sv, *n);
        *n = 0;
        return rc;
    }
    *out = sv;
    return MM_OK;
}

int mm_jv_read_file(const char *path, size_t max, mm_buf *out)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return MM_EIO;
    char chunk[8192];
    size_t n, start = out->len;
    int rc = MM_OK;
    while (rc == MM_OK && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if ((rc = mm_buf_append(out, chunk, n)) == MM_OK && out->len - start > max)
            rc = MM_ELIMIT;
    if (rc == MM_OK && ferror(f))
        rc = MM_EIO;
    int saved = errno;
    fclose(f);
    errno = saved;
    return rc;
}
