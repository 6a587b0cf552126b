/*
 * html.h - the text an HTML part shows, and edits that keep the HTML valid.
 *
 * Detection must see what a reader sees: tags, comments, <script> and
 * <style> skipped, character references decoded, block tags as line
 * breaks. The map ties every text byte back to the source so that a
 * replacement of a text range becomes an edit of the HTML source that
 * never touches a tag: the replacement goes (escaped) where the first
 * replaced text byte was, the other replaced text bytes are removed, tags
 * in between stay.
 *
 * Not a validator and not a DOM: a tolerant tokenizer for mail bodies.
 * Threading: pure functions, thread-safe.
 */
#ifndef MM_HTML_H
#define MM_HTML_H

#include "mm.h"

/* One run of text: literal bytes copied from the source (tlen == slen),
 * a decoded character reference (slen > 0, atomic), or text standing for
 * a tag (slen == 0, e.g. "\n" for <br>). */
typedef struct mm_html_run {
    size_t toff, tlen;
    size_t soff, slen;
    int literal;
} mm_html_run;

typedef struct mm_html_map {
    mm_html_run *runs;
    size_t nruns, cap;
    size_t srclen;
} mm_html_map;

/* Extract the text of src into text (appended) and fill map. */
int mm_html_to_text(const char *src, size_t len, mm_buf *text, mm_html_map *map) MM_WUR;
void mm_html_map_free(mm_html_map *map);

typedef struct mm_html_edit {
    size_t start, end; /* text byte range */
    const char *text;
    size_t len;
} mm_html_edit;

/* Apply edits (sorted by start, not overlapping) to src; append the new
 * source to out. Replacement text is escaped. */
int mm_html_apply(const char *src, const mm_html_map *map, const mm_html_edit *e, size_t n,
                  mm_buf *out) MM_WUR;

#endif
