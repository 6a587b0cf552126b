/*
 * msgcmp.h - compare two parses of one message field by field (header
 * fields and their byte ranges, segments, text parts, attachments, scan
 * state): test_message_fast and fuzz_message_fast check the fast
 * header split against GMime's with it.
 */
#ifndef MM_TEST_MSGCMP_H
#define MM_TEST_MSGCMP_H

#include <stdio.h>
#include <string.h>

#include "message_int.h"

static int msgcmp_mem(const void *a, size_t na, const void *b, size_t nb)
{
    return na == nb && (na == 0 || memcmp(a, b, na) == 0);
}

static int msgcmp_str(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == b;
    return strcmp(a, b) == 0;
}

/* 1 when equal; else 0 with what differs in why (no message text). */
static int msgcmp_equal(const mm_message *a, const mm_message *b, char *why, size_t n)
{
#define MSGCMP_FAIL(...)                                                                           \
    do {                                                                                           \
        snprintf(why, n, __VA_ARGS__);                                                             \
        return 0;                                                                                  \
    } while (0)
    if (a->state != b->state || strcmp(a->reason, b->reason) != 0)
        MSGCMP_FAIL("scan state");
    if (a->hdr_end != b->hdr_end || a->body_off != b->body_off || a->crlf != b->crlf)
        MSGCMP_FAIL("header block end %zu/%zu body %zu/%zu", a->hdr_end, b->hdr_end, a->body_off,
                    b->body_off);
    if (a->nhdrs != b->nhdrs)
        MSGCMP_FAIL("header count %zu/%zu", a->nhdrs, b->nhdrs);
    for (size_t i = 0; i < a->nhdrs; i++) {
        const mm_hdr *x = &a->hdrs[i], *y = &b->hdrs[i];
        if (!msgcmp_str(x->name, y->name) || !msgcmp_str(x->value, y->value) ||
            x->index != y->index || x->off != y->off || x->end != y->end)
            MSGCMP_FAIL("header %zu (off %zu/%zu end %zu/%zu index %u/%u)", i, x->off, y->off,
                        x->end, y->end, x->index, y->index);
    }
    if (a->nihdrs != b->nihdrs)
        MSGCMP_FAIL("inner header count");
    for (size_t i = 0; i < a->nihdrs; i++) {
        const mm_hdr *x = &a->ihdrs[i], *y = &b->ihdrs[i];
        if (!msgcmp_str(x->name, y->name) || !msgcmp_str(x->value, y->value) ||
            x->index != y->index || x->off != y->off || x->end != y->end)
            MSGCMP_FAIL("inner header %zu", i);
    }
    if (a->nsegs != b->nsegs)
        MSGCMP_FAIL("segment count %zu/%zu", a->nsegs, b->nsegs);
    for (size_t i = 0; i < a->nsegs; i++) {
        const mm_seg_int *x = &a->segs[i], *y = &b->segs[i];
        if (x->pub.kind != y->pub.kind || strcmp(x->pub.where, y->pub.where) != 0 ||
            !msgcmp_str(x->pub.hdr_name, y->pub.hdr_name) ||
            x->pub.hdr_index != y->pub.hdr_index || x->hdr != y->hdr || x->inner != y->inner ||
            x->tpart != y->tpart || !msgcmp_mem(x->pub.text, x->pub.len, y->pub.text, y->pub.len))
            MSGCMP_FAIL("segment %zu", i);
    }
    if (a->ntparts != b->ntparts)
        MSGCMP_FAIL("text part count");
    for (size_t i = 0; i < a->ntparts; i++) {
        const mm_tpart *x = &a->tparts[i], *y = &b->tparts[i];
        if (x->body_off != y->body_off || x->body_end != y->body_end || x->enc != y->enc ||
            x->html != y->html || !msgcmp_str(x->charset, y->charset) ||
            !msgcmp_mem(x->src.data, x->src.len, y->src.data, y->src.len) ||
            x->map.nruns != y->map.nruns || x->map.srclen != y->map.srclen)
            MSGCMP_FAIL("text part %zu", i);
    }
    if (a->natts != b->natts || a->nparts != b->nparts)
        MSGCMP_FAIL("attachment count %zu/%zu parts %zu/%zu", a->natts, b->natts, a->nparts,
                    b->nparts);
    for (size_t i = 0; i < a->natts; i++) {
        const mm_attachment *x = &a->atts[i], *y = &b->atts[i];
        if (strcmp(x->where, y->where) != 0 || !msgcmp_str(x->content_type, y->content_type) ||
            !msgcmp_str(x->filename, y->filename) || x->data - a->raw != y->data - b->raw ||
            x->size != y->size)
            MSGCMP_FAIL("attachment %zu", i);
    }
    return 1;
#undef MSGCMP_FAIL
}

#endif
