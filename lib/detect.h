/*
 * detect.h - PHI detection engine.
 *
 * Given UTF-8 text (headers, decoded text parts; may contain NUL bytes),
 * returns every PHI span: type, byte offsets, normalised value, detector
 * id. A digit prefilter finds the few places worth looking at, C matchers
 * of the fixed forms (detect_shape.h, each equal to its PCRE2 pattern) and
 * PCRE2 JIT patterns propose candidates there, validators (validate.h)
 * and context words decide, and overlaps are resolved deterministically
 * (context-confirmed, then stronger check, then longer, then earlier wins).
 * Tokens already in the text ([[SSN:7Q2K9FXD4MHP]]) are never matched or
 * overlapped. The detector table (enabled types, context words, MRN site
 * patterns, context window) comes from the policy's "detectors" object;
 * its schema is in docs/detectors.md.
 *
 * Threading: an mm_detector is immutable after mm_detector_new and may be
 * shared read-only by any number of threads. Each thread needs its own
 * mm_detect_scratch (PCRE2 match data and work buffers).
 */
#ifndef MM_DETECT_H
#define MM_DETECT_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "mm.h"
#include "validate.h"

typedef struct mm_detector mm_detector;
typedef struct mm_detect_scratch mm_detect_scratch;

/* Large enough for any normalised value, e-mail addresses included. */
#define MM_NORM_MAX 256

typedef struct mm_span {
    mm_phi_type type;
    size_t start, end;       /* byte offsets into the text, [start,end) */
    char norm[MM_NORM_MAX];  /* normalised value, NUL-terminated */
    size_t norm_len;
    const char *detector;    /* static detector id, e.g. "ssn.dashed" */
} mm_span;

typedef struct mm_span_list {
    mm_span *v;
    size_t n, cap;
} mm_span_list;

/* config: the policy's "detectors" object, NULL for built-in defaults.
 * On error returns MM_EPOLICY (or MM_ENOMEM) and writes a message naming
 * the JSON path (e.g. "detectors.mrn.patterns[1]: ...") into err. */
int mm_detector_new(const json_t *config, mm_detector **out, char *err, size_t errlen) MM_WUR;
void mm_detector_free(mm_detector *det);

/* Whether detection of type t is enabled in this detector. */
bool mm_detector_enabled(const mm_detector *det, mm_phi_type t);

int mm_detect_scratch_new(const mm_detector *det, mm_detect_scratch **out) MM_WUR;
/* Wipes candidate buffers (they held PHI) before freeing. */
void mm_detect_scratch_free(mm_detect_scratch *sc);

/* Appends the spans found in text[0,len) to out, sorted by start and not
 * overlapping each other. On error out keeps what it had before. */
int mm_detect_run(const mm_detector *det, mm_detect_scratch *sc, const char *text, size_t len,
                  mm_span_list *out) MM_WUR;

/* Wipes (values are PHI) and frees; the list is left empty and reusable. */
void mm_span_list_free(mm_span_list *l);

#endif
