/*
 * message_int.h - private layout of mm_message, shared by message.c
 * (parse, extract) and message_rewrite.c (rewrite, render).
 */
#ifndef MM_MESSAGE_INT_H
#define MM_MESSAGE_INT_H

#include <gmime/gmime.h>

#include "html.h"
#include "message.h"

/* A top-level header field as it stands in the original bytes. */
typedef struct mm_hdr {
    char *name;      /* as written */
    char *value;     /* unfolded, trimmed */
    unsigned index;  /* 1-based among fields of that name */
    size_t off, end; /* raw bytes of the whole field incl. its line end */
} mm_hdr;

/* Names and values of the top-level fields in one block (fast split). */
typedef struct hdr_arena {
    char *p;
    size_t used, cap;
} hdr_arena;

/* A scanned text/plain or text/html leaf. */
typedef struct mm_tpart {
    size_t body_off, body_end; /* encoded content in the original bytes */
    GMimeContentEncoding enc;
    char *charset; /* iconv name the content was decoded from */
    int html;
    mm_buf src;      /* decoded UTF-8: the text, or the HTML source */
    mm_html_map map; /* HTML only */
} mm_tpart;

typedef struct mm_seg_int {
    mm_segment pub;
    size_t hdr;   /* MM_SEG_HEADER: index into hdrs, or ihdrs when inner */
    int inner;    /* a header of an attached message (lives in the body) */
    size_t tpart; /* bodies: index into tparts */
    mm_buf text;  /* owned text (headers, HTML); plain text points into tpart src */
} mm_seg_int;

struct mm_message {
    char *raw; /* private copy of the input */
    size_t len;
    size_t body_off; /* first body byte (after the blank line) */
    size_t hdr_end;  /* end of the last header field */
    int crlf;        /* line-end convention of the input */
    GMimeObject *top; /* the top-level entity, all its header fields */
    GMimeStream *stream; /* owns raw when GMime parsed raw itself */
    GMimeStream *pstream; /* owns praw: what GMime parsed, when not raw */
    char *praw;
    size_t plen;
    int split; /* how the top level was read: 0 GMime alone, 1 fast header
                * split + GMime, 2 fast split and one text leaf (no parser) */

    mm_hdr *hdrs; /* top level */
    size_t nhdrs, hdrcap;
    hdr_arena arena; /* owns their names and values when p is set */
    mm_hdr *ihdrs; /* of attached messages, all of them */
    size_t nihdrs, ihdrcap;
    mm_seg_int *segs;
    size_t nsegs, segcap;
    mm_tpart *tparts;
    size_t ntparts, tpartcap;
    mm_attachment *atts;
    size_t natts, attcap;

    mm_scan_state state;
    char reason[48];
    mm_msg_limits lim;
    size_t nparts; /* MIME entities seen */
};

/* mm_message_parse with fast = 0: GMime splits the top-level header
 * block too (the reference the fast split is tested against). */
int mm_message_parse_with(const char *data, size_t len, const mm_msg_limits *lim, int fast,
                          mm_message **out) MM_WUR;

/* A raw header value unfolded and trimmed as g_mime_utils_header_unfold
 * does, in malloc'd memory (NULL when out of memory). */
char *mm_message_unfold(const char *v);
/* Is P (N bytes) valid UTF-8, NUL bytes allowed (GLib's rules). */
int mm_message_utf8_valid(const char *p, size_t n);

#endif
