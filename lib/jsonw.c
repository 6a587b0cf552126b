/*
 * jsonw.c - streaming JSON writer with Jansson-compatible compact output
 * (see jsonw.h). Building a Jansson tree, dumping it (with its loop
 * check: a hash table keyed by printed pointers) and freeing it cost
 * more than the rest of the audit record; this writes the bytes directly.
 */
#include "jsonw.h"

#include <string.h>

void mm_jw_init(mm_jw *w, mm_buf *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
}

int mm_jw_status(const mm_jw *w)
{
    return w->rc;
}

int mm_jw_utf8_ok(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4, cp = c & 0x07;
        else
            return 0; /* continuation byte, C0/C1, F5..FF */
        if (n - i < len)
            return 0;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (len == 3 && cp < 0x800) ||
            (len == 4 && cp < 0x10000))
            return 0;
        i += len;
    }
    return 1;
}

static void put(mm_jw *w, const char *p, size_t n)
{
    if (w->rc == MM_OK)
        w->rc = mm_buf_append(w->out, p, n);
}

static void put1(mm_jw *w, char c)
{
    mm_buf *b = w->out;
    if (w->rc == MM_OK && b->len + 2 <= b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
    } else {
        put(w, &c, 1);
    }
}

/* Escape as Jansson does without flags: '"', '\\' and controls only;
 * UTF-8 passes through. Room for the worst case is reserved once. */
static void put_string(mm_jw *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    if (w->rc != MM_OK)
        return;
    if (n > (SIZE_MAX - 3) / 6) {
        w->rc = MM_ENOMEM;
        return;
    }
    if ((w->rc = mm_buf_reserve(w->out, 6 * n + 2)) != MM_OK)
        return;
    char *o = w->out->data + w->out->len;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            *o++ = (char)c;
            continue;
        }
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default:
            memcpy(o, "u00", 3);
            o[3] = hex[c >> 4];
            o[4] = hex[c & 15];
            o += 5;
            break;
        }
    }
    *o++ = '"';
    w->out->len = (size_t)(o - w->out->data);
    *o = '\0';
}

/* Separator and key before a member. */
static void member(mm_jw *w, const char *key)
{
    if (w->depth > 0) {
        if (w->count[w->depth - 1])
            put1(w, ',');
        w->count[w->depth - 1] = 1;
    }
    if (key) {
        put_string(w, key, strlen(key));
        put1(w, ':');
    }
}

static void open_level(mm_jw *w, const char *key, char ch)
{
    member(w, key);
    put1(w, ch);
    if (w->depth >= MM_JW_DEPTH) {
        if (w->rc == MM_OK)
            w->rc = MM_ELIMIT;
        return;
    }
    w->count[w->depth++] = 0;
}

static void close_level(mm_jw *w, char ch)
{
    if (w->depth > 0)
        w->depth--;
    put1(w, ch);
}

void mm_jw_obj_begin(mm_jw *w, const char *key)
{
    open_level(w, key, '{');
}

void mm_jw_obj_end(mm_jw *w)
{
    close_level(w, '}');
}

void mm_jw_arr_begin(mm_jw *w, const char *key)
{
    open_level(w, key, '[');
}

void mm_jw_arr_end(mm_jw *w)
{
    close_level(w, ']');
}

int mm_jw_str(mm_jw *w, const char *key, const char *s)
{
    if (s == NULL)
        return 0;
    size_t n = strlen(s);
    if (!mm_jw_utf8_ok(s, n))
        return 0;
    member(w, key);
    put_string(w, s, n);
    return 1;
}

void mm_jw_int(mm_jw *w, const char *key, int64_t v)
{
    char num[24], *p = num + sizeof num;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do
        *--p = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
        *--p = '-';
    member(w, key);
    put(w, p, (size_t)(num + sizeof num - p));
}

void mm_jw_bool(mm_jw *w, const char *key, int v)
{
    member(w, key);
    if (v)
        put(w, "true", 4);
    else
        put(w, "false", 5);
}
