/*
 * jsonv.h - schema validation helpers for JSON configuration (policies,
 * lexicons): a JSON path stack, unknown-key checks, typed member lookup,
 * and error messages naming file:line:column, the JSON path and what was
 * expected. Jansson gives positions only for syntax errors, so positions
 * of schema errors come from a light scan of the (already valid) source
 * text along the path.
 *
 * Threading: an mm_jv is used by one thread; no shared state.
 */
#ifndef MM_JSONV_H
#define MM_JSONV_H

#include <stddef.h>

#include <jansson.h>

#include "mm.h"

#define MM_JV_DEPTH 32

typedef struct mm_jv {
    const char *file;
    const char *text;
    size_t len;
    mm_buf *err;      /* messages appended here, one per line */
    unsigned nerr;    /* errors reported so far */
    int depth;
    struct {
        const char *key; /* NULL for an array index */
        size_t idx;
    } path[MM_JV_DEPTH];
} mm_jv;

/* Expected-type masks for mm_jv_get. */
#define MM_JV_OBJECT 0x01
#define MM_JV_ARRAY 0x02
#define MM_JV_STRING 0x04
#define MM_JV_INTEGER 0x08
#define MM_JV_NUMBER 0x18 /* integer or real */
#define MM_JV_BOOL 0x20

void mm_jv_init(mm_jv *v, const char *file, const char *text, size_t len, mm_buf *err);
/* Parse text with Jansson (duplicate keys rejected); a syntax error is
 * reported with its position. Returns NULL on error. */
json_t *mm_jv_parse(mm_jv *v);

void mm_jv_key(mm_jv *v, const char *key);
void mm_jv_idx(mm_jv *v, size_t idx);
void mm_jv_pop(mm_jv *v);

/* Report an error at the current path: at the key itself when at_key,
 * else at its value. */
void mm_jv_error(mm_jv *v, int at_key, const char *fmt, ...) MM_PRINTF(3, 4);

/* Report every key of obj not in the NULL-terminated allowed list. */
void mm_jv_keys(mm_jv *v, const json_t *obj, const char *const *allowed);

/* Member key of obj, checked against the type mask; reports a missing
 * required member or a wrong type and returns NULL then. */
json_t *mm_jv_get(mm_jv *v, const json_t *obj, const char *key, int types, int required);

/* "expected ..." text for a type mask. */
const char *mm_jv_expect(int types);

/* Current path as "$.a.b[2]" into buf. */
void mm_jv_path(const mm_jv *v, char *buf, size_t size);

/* Position (1-based line and column) of the current path in the text;
 * returns 0 when it cannot be found. */
int mm_jv_position(const mm_jv *v, int at_key, int *line, int *col);


/* Validators for mm_jv_strings. */
int mm_jv_is_address(const char *s);  /* local@domain, no spaces or brackets */
int mm_jv_is_domain(const char *s);   /* letters, digits, '-', '.' */

/* Member key of obj as an array of strings (a single string is accepted
 * when single_ok), each checked by valid (may be NULL) whose failure
 * reports "expected <what>". The strings are copied into *out (free with
 * mm_strv_free). Returns MM_OK, MM_ENOTFOUND when absent, MM_EPOLICY
 * after reporting, MM_ENOMEM. */
int mm_jv_strings(mm_jv *v, const json_t *obj, const char *key, int required, int single_ok,
                  int (*valid)(const char *), const char *what, char ***out, size_t *n) MM_WUR;
void mm_strv_free(char **sv, size_t n);

/* Read a whole file into out (appended), at most max bytes: MM_EIO (errno
 * set) when it cannot be opened or read, MM_ELIMIT when larger. */
int mm_jv_read_file(const char *path, size_t max, mm_buf *out) MM_WUR;

#endif
