/*
 * message.h - the MIME message model (GMime 3).
 *
 * A message arrives as one length-counted buffer (headers, blank line,
 * body; CRLF or LF line ends; may contain NUL bytes), as the daemon
 * rebuilds it from the libmilter callbacks or medmilterctl reads it from a
 * file. The model hands detection a list of UTF-8 text segments (free-text
 * headers with RFC 2047 words decoded, text/plain and text/html parts
 * decoded from their transfer encoding and charset, also inside attached
 * message/rfc822), each with its location; it applies replacements to
 * those segments and gives back the header changes and the new body as the
 * milter applies them. Only the changed leaf parts are re-encoded and
 * spliced into the original bytes: unchanged parts, attachments, headers
 * and boundaries stay byte-identical, and when nothing changed the body is
 * not replaced at all.
 *
 * Limits (size, parts, depth, headers) never make parsing fail: the scan
 * state says what was not scanned and why.
 *
 * Threading: call mm_message_init() once from main before any thread
 * starts and mm_message_shutdown() once at exit after they stopped; in
 * between, every function is thread-safe, and one mm_message (and the
 * segments, headers and rewrites it hands out) belongs to one thread.
 */
#ifndef MM_MESSAGE_H
#define MM_MESSAGE_H

#include "mm.h"

typedef struct mm_message mm_message;

/* Limits from the configuration; a field left 0 takes the default. */
typedef struct mm_msg_limits {
    size_t max_scan_bytes; /* default MM_MSG_DEF_SCAN_BYTES: larger messages are not scanned */
    size_t max_parts;      /* default 1000 MIME entities */
    size_t max_depth;      /* default 50 levels of multipart / message nesting */
    size_t max_headers;    /* default 1000 header fields at the top level */
    size_t max_header_len; /* default 16384 bytes per (unfolded) header value */
    /* Extra free-text header names to scan besides Subject, Comments,
     * Keywords and Thread-Topic (case-insensitive); may be NULL. */
    const char *const *text_headers;
    size_t ntext_headers;
} mm_msg_limits;

#define MM_MSG_DEF_SCAN_BYTES ((size_t)50 * 1024 * 1024)
#define MM_MSG_DEF_PARTS 1000
#define MM_MSG_DEF_DEPTH 50
#define MM_MSG_DEF_HEADERS 1000
#define MM_MSG_DEF_HEADER_LEN 16384

/* Initialise / release GMime. Not thread-safe: once, from main. */
void mm_message_init(void);
void mm_message_shutdown(void);

typedef enum { MM_SEG_HEADER, MM_SEG_TEXT, MM_SEG_HTML } mm_seg_kind;

typedef struct mm_segment {
    mm_seg_kind kind;
    /* Location for reports: "header:Subject", "body:1.2" (MIME part path,
     * numbered like IMAP sections), "body:1.2/1" inside message/rfc822,
     * "body:1.2/header:Subject" for a field of that attached message. */
    char where[64];
    /* Headers: the name as written and the 1-based index among the
     * headers of that name (as smfi_chgheader counts); NULL/0 for bodies.
     * Fields of attached messages (where starting "body:") are rewritten
     * inside the body, never through mm_hdr_change. */
    const char *hdr_name;
    unsigned hdr_index;
    /* UTF-8 text seen by detection (HTML: tags skipped, entities decoded).
     * Not NUL-terminated in general; may contain NULs. */
    const char *text;
    size_t len;
} mm_segment;

typedef enum { MM_SCAN_OK, MM_SCAN_PARTIAL, MM_SCAN_SKIPPED } mm_scan_state;

/* Parse a whole message. Returns MM_EINVAL on bad arguments, MM_ENOMEM;
 * never fails on malformed or oversized mail (see mm_message_scan_state). */
int mm_message_parse(const char *data, size_t len, const mm_msg_limits *lim,
                     mm_message **out) MM_WUR;
void mm_message_free(mm_message *m);

size_t mm_message_nsegments(const mm_message *m);
const mm_segment *mm_message_segment(const mm_message *m, size_t i);

/* MM_SCAN_OK, or PARTIAL (something not scanned) / SKIPPED (no segment at
 * all) with a short reason: "size>MaxScanSize", "parts>1000", "depth>50",
 * "headers>1000", "header_len>16384". The reason stays valid with m. */
mm_scan_state mm_message_scan_state(const mm_message *m, const char **reason);

/* Top-level header fields in order: name as written, value unfolded (no
 * RFC 2047 decoding, surrounding white space removed). MM_ENOTFOUND when
 * i is out of range. Always available, even when the scan was skipped. */
size_t mm_message_nheaders(const mm_message *m);
int mm_message_header(const mm_message *m, size_t i, const char **name, const char **value) MM_WUR;

/* Attachments: leaf parts that are not text/plain or text/html (and text
 * parts not scanned because of an unusable transfer encoding). Never
 * modified. */
typedef struct mm_attachment {
    char where[64];           /* "body:2", like segments */
    const char *content_type; /* "image/png", lower case */
    const char *filename;     /* from Content-Disposition or Content-Type name; may be NULL */
    const char *data;         /* its encoded content as in the message (valid with it) */
    size_t size;              /* encoded size in the message */
} mm_attachment;

size_t mm_message_nattachments(const mm_message *m);
const mm_attachment *mm_message_attachment(const mm_message *m, size_t i);

/* Replacement of the byte range [start, end) of segment seg's text. Ranges
 * of one segment must not overlap; order does not matter. */
typedef struct mm_replacement {
    size_t seg;
    size_t start, end;
    const char *text;
    size_t len;
} mm_replacement;

typedef struct mm_hdr_change {
    char *name;
    unsigned index;
    /* New value, RFC 2047 encoded when non-ASCII, folded with "\n\t",
     * lines < 998, no leading space (the MTA adds it). */
    char *value;
} mm_hdr_change;

typedef struct mm_rewrite {
    mm_hdr_change *hdrs;
    size_t nhdrs;
    int body_changed; /* 0: do not call smfi_replacebody */
    mm_buf body;      /* new body, CRLF line ends, for smfi_replacebody */
} mm_rewrite;

/* Apply replacements. With n == 0 (or replacements that change nothing)
 * the result has no header change and body_changed == 0. MM_EINVAL for a
 * bad segment index, range or overlap. out must be released with
 * mm_rewrite_free() whatever the result. */
int mm_message_rewrite(mm_message *m, const mm_replacement *r, size_t n, mm_rewrite *out) MM_WUR;
void mm_rewrite_free(mm_rewrite *rw);

/* Extra header edits, applied in order after the rewrite's header changes,
 * exactly as the MTA applies smfi_chgheader(name, index, NULL) and
 * smfi_addheader(name, value). */
#define MM_HDR_DELETE 1
#define MM_HDR_ADD 2
typedef struct mm_hdr_edit {
    int op;
    const char *name;
    unsigned index;    /* MM_HDR_DELETE: 1-based among headers of that name */
    const char *value; /* MM_HDR_ADD: value, may be folded with "\n\t" */
} mm_hdr_edit;

/* The whole message as the MTA would deliver it after rw (may be NULL)
 * and the edits, in the input's line-end convention. Without rw and
 * edits it is the input, byte for byte. */
int mm_message_render(const mm_message *m, const mm_rewrite *rw, const mm_hdr_edit *e, size_t n,
                      mm_buf *out) MM_WUR;

#endif
