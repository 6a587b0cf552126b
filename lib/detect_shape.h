/*
 * detect_shape.h - C matchers for the fixed shapes of the PHI detectors
 * (internal to lib/detect.c and its tests).
 *
 * Each matcher is the exact equivalent of one built-in PCRE2 pattern of
 * detect.c, first match at a given start included: PCRE2 with the
 * pattern anchored at s (in byte mode) and these functions give the same
 * end, or both no match. The patterns stay the reference (detect.c keeps
 * them compiled; mm_detector_set_native(d, false) runs them instead, and
 * test_detect_native compares the two). Digits and separators need no
 * regex engine: matching them here saves the JIT call per start and per
 * detector, which was most of the detection time on mail text.
 *
 * Every matcher checks the start boundary itself (no ASCII letter or
 * digit just before s) and the end boundary (none just after the match,
 * or len), reads nothing outside t[0,len) but t[s-1], and returns the
 * match end (> s), or 0. Like PCRE2 given a subject of len bytes, they
 * match nothing past len: detect.c passes the end of a cluster's window.
 *
 * Threading: pure functions.
 */
#ifndef MM_DETECT_SHAPE_H
#define MM_DETECT_SHAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct mm_detector mm_detector;

typedef size_t (*mm_shape_fn)(const char *t, size_t len, size_t s);

/* Which bytes a shape's match may start with (mm_shape_start). */
#define MM_SHAPE_START_DIGIT 1u
#define MM_SHAPE_START_PLUS 2u  /* '+' */
#define MM_SHAPE_START_PAREN 4u /* '(' */
#define MM_SHAPE_START_LETTER 8u

size_t mm_shape_ssn_dashed(const char *t, size_t len, size_t s);  /* 123-45-6789 */
size_t mm_shape_ssn_spaced(const char *t, size_t len, size_t s);  /* 123 45 6789 */
size_t mm_shape_ssn_bare(const char *t, size_t len, size_t s);    /* 9 digits */
size_t mm_shape_npi(const char *t, size_t len, size_t s);         /* [12] + 9 digits */
size_t mm_shape_dea(const char *t, size_t len, size_t s);         /* AB1234563 */
size_t mm_shape_mbi(const char *t, size_t len, size_t s);         /* 1EG4-TE5-MK73 */
size_t mm_shape_nanp_paren(const char *t, size_t len, size_t s);  /* +1 (914) 880-1064 */
size_t mm_shape_nanp(const char *t, size_t len, size_t s);        /* 1-914-880-1064 */
size_t mm_shape_nanp_intl(const char *t, size_t len, size_t s);   /* +1 914 880 1064 */
size_t mm_shape_nanp_spaced(const char *t, size_t len, size_t s); /* 914 880 1064 */
size_t mm_shape_fr_phone(const char *t, size_t len, size_t s);    /* 01 31 37 21 59 */
size_t mm_shape_fr_intl(const char *t, size_t len, size_t s);     /* +33 (0)1 31 37 21 59 */
size_t mm_shape_date_num(const char *t, size_t len, size_t s);    /* 08/03/1946, 8-3-46 */
size_t mm_shape_date_iso(const char *t, size_t len, size_t s);    /* 1946-08-03 */
size_t mm_shape_date_en(const char *t, size_t len, size_t s);     /* March 3rd, 1946 */
size_t mm_shape_date_fr(const char *t, size_t len, size_t s);     /* 1er août 1946 */
size_t mm_shape_card(const char *t, size_t len, size_t s);        /* 13-19 digits, grouped */
size_t mm_shape_zip(const char *t, size_t len, size_t s);         /* 62704, 62704-1234 */
size_t mm_shape_nir(const char *t, size_t len, size_t s);         /* 1 85 02 2B 127 522 20 */
size_t mm_shape_rpps(const char *t, size_t len, size_t s);        /* 11 digits */
size_t mm_shape_rpps_spaced(const char *t, size_t len, size_t s); /* 10 00 123 456 5 */
size_t mm_shape_iban(const char *t, size_t len, size_t s);        /* FR76 3000 6000 ... */
size_t mm_shape_mrn(const char *t, size_t len, size_t s);         /* 6-10 digits */

/* Month number (1-12) of an English or French month name, full or
 * abbreviated, any case, accents optional; 0 if w[0,n) is none. */
int mm_shape_month(const char *w, size_t n);

/* For tests: false runs every built-in detector through its PCRE2 pattern
 * (the reference), true (the default) uses the matchers above. Not for
 * a detector shared by running threads. */
void mm_detector_set_native(mm_detector *d, bool on);

/* For tests: the i-th detector of d (false past the last): its id, its C
 * matcher (NULL when it has none), its compiled pcre2_code, and the
 * lengths of digit run its matches can start with (bit n: n digits, bit
 * 31: 31 or more). */
bool mm_detector_shape_at(const mm_detector *d, size_t i, const char **id, mm_shape_fn *fn,
                          const void **re, uint32_t *runs);

#endif
