/*
 * clsindex.h - literal prefix index for the lexicon classifier.
 *
 * Most lexicon patterns begin with a word or a small set of words. At
 * compile time mm_clsindex_prefixes() derives from a (folded) PCRE2
 * pattern a set of literal strings, one of which starts every match;
 * the strings of all patterns go into one trie over case-folded ASCII.
 * At run time mm_clsindex_scan() walks the trie once from every position
 * that can start a whole-word match and reports (position, pattern id)
 * candidates, so the classifier runs a pattern only, anchored, where its
 * prefix occurs instead of scanning every text with every pattern.
 *
 * The prefix analysis only over-approximates: a set it returns is a
 * necessary condition for a match. Constructs it does not model make the
 * pattern "opaque" (no usable prefix: search it unanchored) or, when
 * splitting the pattern out of its rule could change what it matches
 * (back references, recursion, backtracking verbs, \K, inline options),
 * "unsafe" (keep the rule's patterns together).
 *
 * The finished trie is a double array over byte codes (clsindex.c).
 *
 * Threading: an index is built by one thread, then immutable and shared;
 * each thread scans into its own mm_clshits.
 */
#ifndef MM_CLSINDEX_H
#define MM_CLSINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "mm.h"

enum { MM_PFX_OK, MM_PFX_OPAQUE, MM_PFX_UNSAFE };

/* Prefixes of a pattern compiled caselessly without UTF: *kind is one of
 * MM_PFX_*; with MM_PFX_OK, *out holds *n lower-case non-empty strings
 * in which ' ' stands for a run of white space and '0' for a run of
 * digits (free with mm_clsindex_strv_free). */
int mm_clsindex_prefixes(const char *pat, size_t len, int *kind, char ***out, size_t *n) MM_WUR;
void mm_clsindex_strv_free(char **sv, size_t n);

typedef struct mm_clsindex mm_clsindex;

typedef struct mm_clshits {
    uint32_t *pos, *id; /* candidates, by position (ids at one position unordered) */
    size_t n, cap;
} mm_clshits;

int mm_clsindex_new(mm_clsindex **out) MM_WUR;
void mm_clsindex_free(mm_clsindex *x);
/* Add a literal for pattern id; then mm_clsindex_finish once. ASCII case
 * is folded; a white-space byte stands for a non-empty run of white space
 * and a digit for a non-empty run of digits, which the scan takes whole. */
int mm_clsindex_add(mm_clsindex *x, const char *lit, size_t len, uint32_t id) MM_WUR;
int mm_clsindex_finish(mm_clsindex *x) MM_WUR;
/* Replace h's contents by the candidates in t[0, len): positions not
 * preceded by an ASCII letter or digit where a literal occurs, any case. */
int mm_clsindex_scan(const mm_clsindex *x, const char *t, size_t len, mm_clshits *h) MM_WUR;
void mm_clshits_free(mm_clshits *h);

#endif
