/*
 * detect_ctx.h - context words of the PHI detectors (internal to
 * lib/detect.c and its tests).
 *
 * A list of context words ("MRN", "date de naissance", "n° IPP") is both
 * one PCRE2 pattern (mm_ctx_pattern: caseless, whole words, a space
 * matching any run of blanks, accented letters matching either case or
 * the bare letter, ° matching º and o) and a small compiled form that
 * finds the same matches without the regex engine (mm_ctxwords_find):
 * detect.c asks for context around most candidates, and the call into
 * PCRE2 cost more than the search. The pattern stays the reference.
 *
 * Threading: an mm_ctxwords is immutable once built; shared read-only.
 */
#ifndef MM_DETECT_CTX_H
#define MM_DETECT_CTX_H

#include <stddef.h>

#include "mm.h"

typedef struct mm_ctxwords mm_ctxwords;

/* Appends to b the pattern for the list of n words (n >= 1). */
int mm_ctx_pattern(mm_buf *b, const char *const *words, size_t n) MM_WUR;

/* Compiles the list of n words (n may be 0: nothing ever matches). */
int mm_ctxwords_new(const char *const *words, size_t n, mm_ctxwords **out) MM_WUR;
void mm_ctxwords_free(mm_ctxwords *cw);

/* The leftmost match of the pattern in t[0,end) starting at from or
 * later, as PCRE2 would find it with a subject of end bytes: returns its
 * end and sets *start; SIZE_MAX when none, or when it would start at slim
 * or later (a caller that rejects those need not have them searched). */
size_t mm_ctxwords_find(const mm_ctxwords *cw, const char *t, size_t end, size_t from,
                        size_t slim, size_t *start);

#endif
