/*
 * jsonw.h - a small streaming JSON writer for records built once per
 * message (the audit record): no tree, no allocation beyond the output
 * buffer. Its output is byte for byte what Jansson's json_dumpb(...,
 * JSON_COMPACT) prints for the same object built with json_object_set_new
 * and friends, including Jansson's rule that a string which is not valid
 * UTF-8 is not stored: mm_jw_str leaves such a member out (test_jsonw
 * checks both against Jansson). Parsing and everything else stays with
 * Jansson.
 *
 * Threading: an mm_jw is used by one thread; no shared state.
 */
#ifndef MM_JSONW_H
#define MM_JSONW_H

#include <stddef.h>
#include <stdint.h>

#include "mm.h"

#define MM_JW_DEPTH 16

typedef struct mm_jw {
    mm_buf *out;
    int rc;    /* first error (MM_ENOMEM, MM_ELIMIT for too deep), sticky */
    int depth;
    unsigned char count[MM_JW_DEPTH]; /* members written at each level (0, 1 = some) */
} mm_jw;

/* Start writing at the end of OUT (not reset). */
void mm_jw_init(mm_jw *w, mm_buf *out);
/* Is S (N bytes) valid UTF-8 as Jansson's json_string requires it: no
 * overlong forms, surrogates or code points above U+10FFFF. */
int mm_jw_utf8_ok(const char *s, size_t n);

/* KEY is the member name inside an object, NULL for an array element. */
void mm_jw_obj_begin(mm_jw *w, const char *key);
void mm_jw_obj_end(mm_jw *w);
void mm_jw_arr_begin(mm_jw *w, const char *key);
void mm_jw_arr_end(mm_jw *w);
/* A NUL-terminated string; left out (returns 0) when not valid UTF-8 or
 * NULL, as json_object_set_new(o, key, json_string(s)) does. 1 if written. */
int mm_jw_str(mm_jw *w, const char *key, const char *s);
void mm_jw_int(mm_jw *w, const char *key, int64_t v);
void mm_jw_bool(mm_jw *w, const char *key, int v);
/* MM_OK, or the first error. */
int mm_jw_status(const mm_jw *w) MM_WUR;

#endif
