/*
 * message_rewrite.c - apply replacements to a parsed message and render
 * the result (see message.h).
 *
 * Headers: the changed field gets a new value, RFC 2047 encoded by GMime
 * when it is not plain ASCII, folded for smfi_chgheader. Bodies: each
 * changed leaf is converted back to its charset, re-encoded with its
 * transfer encoding and spliced over its old content; every other byte of
 * the body is copied from the input.
 */
#include "message_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct splice {
    size_t off, end;
    mm_buf bytes;
} splice;

/* Convert line ends: to_crlf turns bare LF into CRLF, else CRLF into LF. */
static int nl_convert(const char *p, size_t n, int to_crlf, mm_buf *out)
{
    size_t i = 0;
    int rc = mm_buf_reserve(out, n + (to_crlf ? n / 32 : 0));
    while (rc == MM_OK && i < n) {
        const char *q = memchr(p + i, '\n', n - i);
        if (q == NULL)
            return mm_buf_append(out, p + i, n - i);
        size_t j = (size_t)(q - p);
        int cr = j > i && p[j - 1] == '\r';
        if (to_crlf && cr)
            rc = mm_buf_append(out, p + i, j + 1 - i); /* already CRLF */
        else if ((rc = mm_buf_append(out, p + i, j - i - (size_t)cr)) == MM_OK)
            rc = mm_buf_append(out, to_crlf ? "\r\n" : "\n", to_crlf ? 2 : 1);
        i = j + 1;
    }
    return rc;
}

static int cmp_repl(const void *a, const void *b)
{
    const mm_replacement *x = *(const mm_replacement *const *)a;
    const mm_replacement *y = *(const mm_replacement *const *)b;
    if (x->seg != y->seg)
        return x->seg < y->seg ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* Fold an encoded header value at spaces so that lines stay short, the
 * milter way ("\n\t"). Words longer than a line are left whole. */
static int fold(const char *name, const char *v, mm_buf *out)
{
    size_t col = strlen(name) + 2;
    size_t i = 0, n = strlen(v);
    int rc;
    while (i < n) {
        size_t j = i;
        while (j < n && v[j] != ' ')
            j++;
        if (i > 0) {
            /* Never break before an empty word: no white-space-only lines. */
            if (j > i && col + 1 + (j - i) > 76) {
                rc = mm_buf_append(out, "\n\t", 2);
                col = 1;
            } else {
                rc = mm_buf_append(out, " ", 1);
                col++;
            }
            if (rc != MM_OK)
                return rc;
        }
        if ((rc = mm_buf_append(out, v + i, j - i)) != MM_OK)
            return rc;
        col += j - i;
        i = j < n ? j + 1 : n;
    }
    return mm_buf_append(out, "", 0);
}

static int header_value(const char *name, const char *text, size_t len, char **out)
{
    /* No line breaks or NULs from replacement text reach a header. */
    char *plain = malloc(len + 1);
    int ascii = 1, rc;
    if (plain == NULL)
        return MM_ENOMEM;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
        if ((unsigned char)c >= 0x80 || ((unsigned char)c < 0x20 && c != '\t'))
            ascii = 0;
        plain[i] = c;
    }
    plain[len] = '\0';
    if (!g_utf8_validate(plain, (gssize)len, NULL)) {
        /* A range cut through a character: never put raw bytes in a header. */
        char *v = g_utf8_make_valid(plain, (gssize)len);
        free(plain);
        plain = strdup(v);
        g_free(v);
        if (plain == NULL)
            return MM_ENOMEM;
        ascii = 0;
    }
    /* The MTA puts one space after the colon; surrounding white space
     * carries nothing. */
    size_t lo = 0, e = strlen(plain);
    while (lo < e && (plain[lo] == ' ' || plain[lo] == '\t'))
        lo++;
    while (e > lo && (plain[e - 1] == ' ' || plain[e - 1] == '\t'))
        e--;
    memmove(plain, plain + lo, e - lo);
    plain[e - lo] = '\0';
    if (strstr(plain, "=?") != NULL)
        ascii = 0;
    char *enc = NULL;
    if (!ascii) {
        GMimeFormatOptions *fo = g_mime_format_options_new();
        enc = g_mime_utils_header_encode_text(fo, plain, "utf-8");
        g_mime_format_options_free(fo);
    }
    mm_buf b = MM_BUF_INIT;
    rc = fold(name, enc ? enc : plain, &b);
    g_free(enc);
    free(plain);
    if (rc != MM_OK) {
        mm_buf_free(&b);
        return rc;
    }
    *out = b.data;
    return MM_OK;
}

/* UTF-8 back to the part's charset; unmappable characters become '?'. */
static int charset_encode(const mm_tpart *tp, const char *p, size_t n, mm_buf *out)
{
    if (strcasecmp(tp->charset, "UTF-8") != 0) {
        gsize w = 0;
        gchar *c = g_convert_with_fallback(p, (gssize)n, tp->charset, "UTF-8", "?", NULL, &w, NULL);
        if (c != NULL) {
            int rc = mm_buf_append(out, c, w);
            g_free(c);
            return rc;
        }
        /* Invalid UTF-8 in a replacement: keep its bytes as they are. */
    }
    return mm_buf_append(out, p, n);
}

static int transfer_encode(GMimeContentEncoding enc, const char *p, size_t n, mm_buf *out)
{
    GMimeEncoding st;
    mm_buf lf = MM_BUF_INIT;
    int rc;

    if (enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
        /* Hard line breaks are newlines in the encoder's input. */
        if ((rc = nl_convert(p, n, 0, &lf)) != MM_OK)
            goto done;
        p = lf.data ? lf.data : "";
        n = lf.len;
    } else if (enc != GMIME_CONTENT_ENCODING_BASE64) {
        return mm_buf_append(out, p, n);
    }
    g_mime_encoding_init_encode(&st, enc);
    size_t cap = g_mime_encoding_outlen(&st, n) + 16;
    if ((rc = mm_buf_reserve(out, cap)) != MM_OK)
        goto done;
    out->len += g_mime_encoding_flush(&st, p, n, out->data + out->len);
    out->data[out->len] = '\0';
done:
    mm_buf_free(&lf);
    return rc;
}

static int encode_part(const mm_message *m, const mm_tpart *tp, const char *p, size_t n,
                       mm_buf *out)
{
    mm_buf cs = MM_BUF_INIT, te = MM_BUF_INIT;
    int rc;

    if ((rc = charset_encode(tp, p, n, &cs)) != MM_OK ||
        (rc = transfer_encode(tp->enc, cs.data ? cs.data : "", cs.len, &te)) != MM_OK)
        goto done;
    /* The line break before a boundary belongs to the boundary, so old
     * content may end without one; encoders add one where it carries no
     * text (base64's last line, a final QP soft break): drop it then. */
    int had_nl = tp->body_end > tp->body_off && m->raw[tp->body_end - 1] == '\n';
    if (!had_nl && tp->enc == GMIME_CONTENT_ENCODING_BASE64 && te.len > 0 &&
        te.data[te.len - 1] == '\n')
        te.len--;
    else if (!had_nl && tp->enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE && te.len > 1 &&
             te.data[te.len - 1] == '\n' && te.data[te.len - 2] == '=')
        te.len -= 2;
    if (m->crlf)
        rc = nl_convert(te.data ? te.data : "", te.len, 1, out);
    else
        rc = mm_buf_append(out, te.data ? te.data : "", te.len);
done:
    mm_buf_wipe(&cs);
    mm_buf_wipe(&te);
    return rc;
}

/* New text of a segment: its text with the sorted replacements applied. */
static int apply_plain(const char *t, size_t tl, mm_replacement *const *r, size_t n, mm_buf *out)
{
    size_t pos = 0;
    int rc;
    for (size_t k = 0; k < n; k++) {
        if ((rc = mm_buf_append(out, t + pos, r[k]->start - pos)) != MM_OK ||
            (rc = mm_buf_append(out, r[k]->text ? r[k]->text : "", r[k]->len)) != MM_OK)
            return rc;
        pos = r[k]->end;
    }
    return mm_buf_append(out, t + pos, tl - pos);
}

static int rewrite_segment(mm_message *m, const mm_seg_int *s, mm_replacement *const *r, size_t n,
                           mm_rewrite *out, splice *sp, size_t *nsp)
{
    mm_buf nt = MM_BUF_INIT, src = MM_BUF_INIT;
    int rc;

    if ((rc = apply_plain(s->pub.text, s->pub.len, r, n, &nt)) != MM_OK)
        goto done;
    if (nt.len == s->pub.len && memcmp(nt.data ? nt.data : "", s->pub.text, nt.len) == 0)
        goto done; /* replacements that change nothing */

    if (s->pub.kind == MM_SEG_HEADER && s->inner) {
        /* A field of an attached message: a splice in the body. */
        const mm_hdr *h = &m->ihdrs[s->hdr];
        char *v = NULL;
        mm_buf line = MM_BUF_INIT;
        if ((rc = header_value(h->name, nt.data, nt.len, &v)) == MM_OK &&
            (rc = mm_buf_appendf(&line, "%s: %s\n", h->name, v)) == MM_OK) {
            sp[*nsp].off = h->off;
            sp[*nsp].end = h->end;
            rc = m->crlf ? nl_convert(line.data, line.len, 1, &sp[*nsp].bytes)
                         : mm_buf_append(&sp[*nsp].bytes, line.data, line.len);
            (*nsp)++;
        }
        free(v);
        mm_buf_wipe(&line);
        goto done;
    }
    if (s->pub.kind == MM_SEG_HEADER) {
        const mm_hdr *h = &m->hdrs[s->hdr];
        mm_hdr_change *c = &out->hdrs[out->nhdrs];
        if ((c->name = strdup(h->name)) == NULL) {
            rc = MM_ENOMEM;
            goto done;
        }
        c->index = h->index;
        out->nhdrs++;
        rc = header_value(h->name, nt.data ? nt.data : "", nt.len, &c->value);
        goto done;
    }

    const mm_tpart *tp = &m->tparts[s->tpart];
    const char *np = nt.data ? nt.data : "";
    size_t nl = nt.len;
    if (s->pub.kind == MM_SEG_HTML) {
        mm_html_edit *e = calloc(n ? n : 1, sizeof *e);
        if (e == NULL) {
            rc = MM_ENOMEM;
            goto done;
        }
        for (size_t k = 0; k < n; k++)
            e[k] = (mm_html_edit){r[k]->start, r[k]->end, r[k]->text, r[k]->len};
        rc = mm_html_apply(tp->src.data ? tp->src.data : "", &tp->map, e, n, &src);
        free(e);
        if (rc != MM_OK)
            goto done;
        np = src.data ? src.data : "";
        nl = src.len;
    }
    sp[*nsp].off = tp->body_off;
    sp[*nsp].end = tp->body_end;
    rc = encode_part(m, tp, np, nl, &sp[*nsp].bytes);
    (*nsp)++;
done:
    mm_buf_wipe(&nt);
    mm_buf_wipe(&src);
    return rc;
}

static int cmp_splice(const void *a, const void *b)
{
    const splice *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

int mm_message_rewrite(mm_message *m, const mm_replacement *r, size_t n, mm_rewrite *out)
{
    mm_replacement **ord = NULL;
    splice *sp = NULL;
    size_t nsp = 0;
    int rc = MM_OK;

    if (out == NULL)
        return MM_EINVAL;
    memset(out, 0, sizeof *out);
    if (m == NULL || (r == NULL && n > 0))
        return MM_EINVAL;
    for (size_t i = 0; i < n; i++) {
        if (r[i].seg >= m->nsegs || r[i].start > r[i].end || r[i].end > m->segs[r[i].seg].pub.len ||
            (r[i].text == NULL && r[i].len > 0))
            return MM_EINVAL;
    }
    if (n == 0)
        return MM_OK;
    ord = malloc(n * sizeof *ord);
    sp = calloc(m->nsegs + 1, sizeof *sp);
    out->hdrs = calloc(m->nhdrs + 1, sizeof *out->hdrs);
    if (ord == NULL || sp == NULL || out->hdrs == NULL) {
        rc = MM_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        ord[i] = (mm_replacement *)&r[i];
    qsort(ord, n, sizeof *ord, cmp_repl);
    for (size_t i = 1; i < n; i++) {
        if (ord[i]->seg == ord[i - 1]->seg && ord[i]->start < ord[i - 1]->end) {
            rc = MM_EINVAL;
            goto done;
        }
    }
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && ord[j]->seg == ord[i]->seg)
            j++;
        rc = rewrite_segment(m, &m->segs[ord[i]->seg], ord + i, j - i, out, sp, &nsp);
        if (rc != MM_OK)
            goto done;
        i = j;
    }
    if (nsp > 0) {
        mm_buf body = MM_BUF_INIT;
        size_t pos = m->body_off;
        qsort(sp, nsp, sizeof *sp, cmp_splice);
        for (size_t k = 0; k < nsp && rc == MM_OK; k++) {
            if (sp[k].off < pos) /* cannot happen: parts do not overlap */
                rc = MM_EPARSE;
            else if ((rc = mm_buf_append(&body, m->raw + pos, sp[k].off - pos)) == MM_OK)
                rc =
                    mm_buf_append(&body, sp[k].bytes.data ? sp[k].bytes.data : "", sp[k].bytes.len);
            pos = sp[k].end;
        }
        if (rc == MM_OK)
            rc = mm_buf_append(&body, m->raw + pos, m->len - pos);
        /* smfi_replacebody wants CRLF throughout (a no-op on what
         * libmilter delivers). */
        if (rc == MM_OK)
            rc = nl_convert(body.data, body.len, 1, &out->body);
        mm_buf_wipe(&body);
        out->body_changed = rc == MM_OK;
    }
done:
    for (size_t k = 0; k < nsp; k++)
        mm_buf_wipe(&sp[k].bytes);
    free(sp);
    free(ord);
    return rc;
}

void mm_rewrite_free(mm_rewrite *rw)
{
    if (rw == NULL)
        return;
    for (size_t i = 0; i < rw->nhdrs; i++) {
        free(rw->hdrs[i].name);
        free(rw->hdrs[i].value);
    }
    free(rw->hdrs);
    mm_buf_wipe(&rw->body);
    memset(rw, 0, sizeof *rw);
}

/* A header field while rendering: original bytes or a new field. */
typedef struct rfield {
    const char *name;
    const char *raw;
    size_t len;
    mm_buf own;
} rfield;

static int field_new(const mm_message *m, const char *name, const char *value, rfield *f)
{
    mm_buf line = MM_BUF_INIT;
    int rc = mm_buf_appendf(&line, "%s: %s\n", name, value ? value : "");
    if (rc == MM_OK)
        rc = nl_convert(line.data, line.len, m->crlf, &f->own);
    mm_buf_free(&line);
    f->name = name;
    f->raw = f->own.data;
    f->len = f->own.len;
    return rc;
}

/* Position of the index-th field called name, or nf when there is none. */
static size_t field_find(const rfield *f, size_t nf, const char *name, unsigned index)
{
    unsigned seen = 0;
    for (size_t i = 0; i < nf; i++)
        if (f[i].name && strcasecmp(f[i].name, name) == 0 && ++seen == index)
            return i;
    return nf;
}

int mm_message_render(const mm_message *m, const mm_rewrite *rw, const mm_hdr_edit *e, size_t n,
                      mm_buf *out)
{
    size_t nchg = rw ? rw->nhdrs : 0;
    size_t cap = m ? m->nhdrs + nchg + n + 1 : 0;
    rfield *f;
    size_t nf = 0;
    int rc = MM_OK;

    if (m == NULL || out == NULL || (e == NULL && n > 0))
        return MM_EINVAL;
    if ((f = calloc(cap, sizeof *f)) == NULL)
        return MM_ENOMEM;
    for (size_t i = 0; i < m->nhdrs; i++, nf++) {
        f[nf].name = m->hdrs[i].name;
        f[nf].raw = m->raw + m->hdrs[i].off;
        f[nf].len = m->hdrs[i].end - m->hdrs[i].off;
    }
    /* Header changes first, then the edits, in order, as the MTA does. */
    for (size_t i = 0; i < nchg && rc == MM_OK; i++) {
        const mm_hdr_change *c = &rw->hdrs[i];
        size_t k = field_find(f, nf, c->name, c->index);
        if (k == nf)
            nf++;
        mm_buf_free(&f[k].own);
        rc = field_new(m, c->name, c->value, &f[k]);
    }
    for (size_t i = 0; i < n && rc == MM_OK; i++) {
        if (e[i].name == NULL) {
            rc = MM_EINVAL;
        } else if (e[i].op == MM_HDR_DELETE) {
            size_t k = field_find(f, nf, e[i].name, e[i].index);
            if (k < nf)
                f[k].name = NULL, f[k].len = 0;
        } else if (e[i].op == MM_HDR_ADD) {
            rc = field_new(m, e[i].name, e[i].value, &f[nf++]);
        } else {
            rc = MM_EINVAL;
        }
    }
    size_t first = m->nhdrs ? m->hdrs[0].off : m->hdr_end;
    if (rc == MM_OK)
        rc = mm_buf_append(out, m->raw, first);
    for (size_t i = 0; i < nf && rc == MM_OK; i++)
        rc = mm_buf_append(out, f[i].raw ? f[i].raw : "", f[i].len);
    if (rc == MM_OK)
        rc = mm_buf_append(out, m->raw + m->hdr_end, m->body_off - m->hdr_end);
    if (rc == MM_OK && rw && rw->body_changed)
        rc = m->crlf ? mm_buf_append(out, rw->body.data, rw->body.len)
                     : nl_convert(rw->body.data, rw->body.len, 0, out);
    else if (rc == MM_OK)
        rc = mm_buf_append(out, m->raw + m->body_off, m->len - m->body_off);
    for (size_t i = 0; i < nf; i++)
        mm_buf_free(&f[i].own);
    free(f);
    return rc;
}
