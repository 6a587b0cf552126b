/*
 * test_message.c - the MIME message model: extraction from the fixtures in
 * test/corpus/mime and the sample corpus, the round-trip properties of the
 * rewrite (no replacement gives the input back byte for byte; replacements
 * give a message with the same tree, the same attachment bytes and the
 * expected text), limits, header edits. Big messages (20 MB, 1,000 parts,
 * 200 levels) are generated here at run time.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>

#include <cmocka.h>

#include "message.h"
#include "message_int.h"

/* ---- helpers ------------------------------------------------------- */

static char *slurp(const char *rel, size_t *len)
{
    const char *root = getenv("MM_SOURCE_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root ? root : MM_SOURCE_DIR, rel);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    mm_buf b = MM_BUF_INIT;
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        assert_int_equal(mm_buf_append(&b, tmp, n), MM_OK);
    fclose(f);
    *len = b.len;
    return b.data;
}

static mm_buf crlf_of(const char *d, size_t n)
{
    mm_buf b = MM_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\n' && (i == 0 || d[i - 1] != '\r'))
            assert_int_equal(mm_buf_append(&b, "\r", 1), MM_OK);
        assert_int_equal(mm_buf_append(&b, d + i, 1), MM_OK);
    }
    return b;
}

static mm_message *parse_ok(const char *d, size_t n, const mm_msg_limits *lim)
{
    mm_message *m = NULL;
    assert_int_equal(mm_message_parse(d, n, lim, &m), MM_OK);
    assert_non_null(m);
    return m;
}

static const mm_segment *seg_where(const mm_message *m, const char *where)
{
    for (size_t i = 0; i < mm_message_nsegments(m); i++)
        if (strcmp(mm_message_segment(m, i)->where, where) == 0)
            return mm_message_segment(m, i);
    return NULL;
}

static size_t seg_index(const mm_message *m, const char *where)
{
    for (size_t i = 0; i < mm_message_nsegments(m); i++)
        if (strcmp(mm_message_segment(m, i)->where, where) == 0)
            return i;
    fail_msg("no segment %s", where);
    return 0;
}

static int seg_has(const mm_segment *s, const char *needle)
{
    return s != NULL && memmem(s->text, s->len, needle, strlen(needle)) != NULL;
}

/* Header text compared with white space runs folded to one space: folding
 * turns a space into "\n\t". */
static void ws_norm(const char *s, size_t n, mm_buf *out)
{
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
            sp = 1;
            continue;
        }
        if (sp && out->len > 0)
            assert_int_equal(mm_buf_append(out, " ", 1), MM_OK);
        sp = 0;
        assert_int_equal(mm_buf_append(out, s + i, 1), MM_OK);
    }
    assert_int_equal(mm_buf_append(out, "", 0), MM_OK);
}

static void lf_norm(const char *s, size_t n, mm_buf *out)
{
    for (size_t i = 0; i < n; i++)
        if (!(s[i] == '\r' && i + 1 < n && s[i + 1] == '\n'))
            assert_int_equal(mm_buf_append(out, s + i, 1), MM_OK);
    assert_int_equal(mm_buf_append(out, "", 0), MM_OK);
}

/* No replacement: nothing changes and the rendering is the input. */
static void check_identity(const char *d, size_t n, const mm_msg_limits *lim)
{
    mm_message *m = parse_ok(d, n, lim);
    mm_rewrite rw;
    mm_buf out = MM_BUF_INIT;

    assert_int_equal(mm_message_rewrite(m, NULL, 0, &rw), MM_OK);
    assert_int_equal(rw.body_changed, 0);
    assert_int_equal(rw.nhdrs, 0);
    assert_int_equal(mm_message_render(m, &rw, NULL, 0, &out), MM_OK);
    assert_int_equal(out.len, n);
    assert_memory_equal(out.data, d, n);
    mm_buf_reset(&out);
    assert_int_equal(mm_message_render(m, NULL, NULL, 0, &out), MM_OK);
    assert_int_equal(out.len, n);
    assert_memory_equal(out.data, d, n);
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m);
}

static const char *const repl_texts[] = {"[MRN:7Q2X9K]", "", "XX", "é<&>\"", "***1234"};

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

/* A char boundary at or after p, not inside a CRLF pair (line ends are
 * normalised when a part is re-encoded). */
static size_t u8_align(const char *t, size_t len, size_t p)
{
    while (p < len &&
           (((unsigned char)t[p] & 0xC0) == 0x80 || (p > 0 && t[p] == '\n' && t[p - 1] == '\r')))
        p++;
    return p;
}

/*
 * Random replacements in every segment; the rendered result must parse to
 * the same tree (segment locations and kinds, attachments with the same
 * bytes) with the expected texts. HTML ranges stay within one line, since
 * tags (which read as line breaks) are kept.
 */
static void check_replacements(const char *d, size_t n, uint32_t seed, const mm_msg_limits *lim)
{
    mm_message *m = parse_ok(d, n, lim);
    size_t ns = mm_message_nsegments(m);
    mm_replacement *r = calloc(2 * ns + 1, sizeof *r);
    mm_buf *expect = calloc(ns + 1, sizeof *expect);
    size_t nr = 0;
    assert_non_null(r);
    assert_non_null(expect);

    for (size_t i = 0; i < ns; i++) {
        const mm_segment *s = mm_message_segment(m, i);
        size_t pos = 0;
        for (int k = 0; k < 2 && s->len > 0; k++) {
            size_t a = u8_align(s->text, s->len, pos + lcg(&seed) % (s->len - pos + 1));
            size_t b = u8_align(s->text, s->len, a + lcg(&seed) % 12);
            if (b > s->len)
                b = s->len;
            if (s->kind == MM_SEG_HTML) {
                const char *nl = memchr(s->text + a, '\n', b - a);
                if (nl)
                    b = (size_t)(nl - s->text);
                if (nl && b > a && s->text[b - 1] == '\r')
                    b--;
            }
            const char *t = repl_texts[lcg(&seed) % 5];
            r[nr++] = (mm_replacement){i, a, b, t, strlen(t)};
            if (b >= s->len)
                break;
            pos = b + 1;
            pos = u8_align(s->text, s->len, pos);
        }
    }
    /* Expected texts, built independently of the library. */
    for (size_t i = 0, k = 0; i < ns; i++) {
        const mm_segment *s = mm_message_segment(m, i);
        size_t pos = 0;
        for (; k < nr && r[k].seg == i; k++) {
            assert_int_equal(mm_buf_append(&expect[i], s->text + pos, r[k].start - pos), MM_OK);
            assert_int_equal(mm_buf_append(&expect[i], r[k].text, r[k].len), MM_OK);
            pos = r[k].end;
        }
        assert_int_equal(mm_buf_append(&expect[i], s->text + pos, s->len - pos), MM_OK);
    }
    /* Give them in reverse order: the library must sort. */
    for (size_t i = 0; i < nr / 2; i++) {
        mm_replacement t = r[i];
        r[i] = r[nr - 1 - i];
        r[nr - 1 - i] = t;
    }

    mm_rewrite rw;
    mm_buf out = MM_BUF_INIT;
    assert_int_equal(mm_message_rewrite(m, r, nr, &rw), MM_OK);
    for (size_t i = 0; i < rw.nhdrs; i++) {
        const char *v = rw.hdrs[i].value;
        assert_non_null(v);
        assert_true(v[0] != ' ');
        size_t col = 0; /* lines < 998, continuation lines start with a tab */
        for (const char *p = v; *p; p++) {
            if (*p == '\n') {
                assert_int_equal(p[1], '\t');
                col = 0;
            } else {
                assert_true(++col < 998);
            }
        }
    }
    if (rw.body_changed) {
        for (size_t i = 0; i < rw.body.len; i++)
            if (rw.body.data[i] == '\n')
                assert_true(i > 0 && rw.body.data[i - 1] == '\r');
    }
    assert_int_equal(mm_message_render(m, &rw, NULL, 0, &out), MM_OK);

    mm_message *m2 = parse_ok(out.data, out.len, lim);
    if (mm_message_nsegments(m2) != ns)
        fail_msg("segments %zu -> %zu; output:\n%.*s", ns, mm_message_nsegments(m2),
                 (int)(out.len < 3000 ? out.len : 3000), out.data);
    for (size_t i = 0; i < ns; i++) {
        const mm_segment *a = mm_message_segment(m, i), *b = mm_message_segment(m2, i);
        assert_string_equal(a->where, b->where);
        assert_int_equal(a->kind, b->kind);
        if (a->kind == MM_SEG_HEADER) {
            mm_buf x = MM_BUF_INIT, y = MM_BUF_INIT;
            ws_norm(expect[i].data, expect[i].len, &x);
            ws_norm(b->text, b->len, &y);
            assert_string_equal(x.data, y.data);
            assert_int_equal(a->hdr_index, b->hdr_index);
            mm_buf_free(&x);
            mm_buf_free(&y);
        } else {
            /* Line ends of a changed part follow the message (CRLF for
             * smfi_replacebody), so compare them as LF. */
            mm_buf x = MM_BUF_INIT, y = MM_BUF_INIT;
            lf_norm(expect[i].data, expect[i].len, &x);
            lf_norm(b->text, b->len, &y);
            int same = x.len == y.len && memcmp(x.data, y.data, x.len) == 0;
            mm_buf_free(&x);
            mm_buf_free(&y);
            if (!same) {
                for (size_t k = 0; k < nr; k++)
                    if (r[k].seg == i)
                        print_message("repl %zu-%zu of %zu [%s]\n", r[k].start, r[k].end, a->len,
                                      r[k].text);
                fail_msg("%s: expected [%.*s] got [%.*s]", a->where, (int)expect[i].len,
                         expect[i].data, (int)b->len, b->text);
            }
        }
    }
    assert_int_equal(mm_message_nattachments(m2), mm_message_nattachments(m));
    for (size_t i = 0; i < mm_message_nattachments(m); i++) {
        const mm_attachment *a = mm_message_attachment(m, i), *b = mm_message_attachment(m2, i);
        assert_string_equal(a->where, b->where);
        assert_string_equal(a->content_type, b->content_type);
        assert_int_equal(a->size, b->size);
        assert_memory_equal(a->data, b->data, a->size);
        assert_true((a->filename == NULL) == (b->filename == NULL));
        if (a->filename)
            assert_string_equal(a->filename, b->filename);
    }
    for (size_t i = 0; i < ns; i++)
        mm_buf_free(&expect[i]);
    free(expect);
    free(r);
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m2);
    mm_message_free(m);
}

static void check_both_forms(const char *d, size_t n, const mm_msg_limits *lim)
{
    mm_buf c = crlf_of(d, n);
    check_identity(d, n, lim);
    check_identity(c.data, c.len, lim);
    for (uint32_t seed = 1; seed <= 3; seed++) {
        check_replacements(d, n, seed, lim);
        check_replacements(c.data, c.len, seed * 7919, lim);
    }
    mm_buf_free(&c);
}

static void run_dir(const char *rel, int *count)
{
    const char *root = getenv("MM_SOURCE_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root ? root : MM_SOURCE_DIR, rel);
    DIR *dir = opendir(path);
    assert_non_null(dir);
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".eml") != 0)
            continue;
        char file[4096];
        size_t n;
        snprintf(file, sizeof file, "%s/%s", rel, de->d_name);
        char *d = slurp(file, &n);
        check_both_forms(d, n, NULL);
        free(d);
        (*count)++;
    }
    closedir(dir);
}

/* ---- fixtures and corpora ------------------------------------------- */

static void test_corpus_properties(void **state)
{
    (void)state;
    int count = 0;
    run_dir("test/corpus/mime", &count);
    assert_int_equal(count, 21);
    count = 0;
    run_dir("test/corpus/mime/sample", &count); /* copy of /work/shared/corpus-sample */
    assert_int_equal(count, 44);
}

static void test_7bit_and_headers(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/7bit.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const char *reason, *name, *value;
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_OK);
    assert_string_equal(reason, "");
    assert_int_equal(mm_message_nsegments(m), 2);
    const mm_segment *s = mm_message_segment(m, 0);
    assert_int_equal(s->kind, MM_SEG_HEADER);
    assert_string_equal(s->where, "header:Subject");
    assert_string_equal(s->hdr_name, "Subject");
    assert_int_equal(s->hdr_index, 1);
    assert_int_equal(s->len, strlen("Appointment for MRN 12345678"));
    s = mm_message_segment(m, 1);
    assert_int_equal(s->kind, MM_SEG_TEXT);
    assert_string_equal(s->where, "body:1");
    assert_true(seg_has(s, "DOB 03/13/1941, phone 275-748-1542."));
    assert_int_equal(mm_message_nheaders(m), 8);
    assert_int_equal(mm_message_header(m, 0, &name, &value), MM_OK);
    assert_string_equal(name, "From");
    assert_string_equal(value, "Nurse Example <nurse@example-hospital.org>");
    assert_int_equal(mm_message_header(m, 8, &name, &value), MM_ENOTFOUND);
    assert_int_equal(mm_message_nattachments(m), 0);
    mm_message_free(m);
    free(d);
}

static void test_folded_header_value(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/sample/msg0005.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const char *name, *value;
    assert_int_equal(mm_message_header(m, 0, &name, &value), MM_OK);
    assert_string_equal(name, "Content-Type");
    assert_non_null(strstr(value, "multipart/alternative; boundary="));
    assert_null(strchr(value, '\n'));
    mm_message_free(m);
    free(d);
}

static void test_qp_soft_break(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/qp-softbreak.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const mm_segment *s = seg_where(m, "body:1");
    assert_non_null(s);
    assert_true(seg_has(s, "MRN 66131860, café = fine."));
    assert_true(seg_has(s, "SSN 716-32-1342 on file."));
    const char *p = memmem(s->text, s->len, "66131860", 8);
    mm_replacement r = {seg_index(m, "body:1"), (size_t)(p - s->text), (size_t)(p - s->text) + 8,
                        "[MRN:TOKEN]", 11};
    mm_rewrite rw;
    mm_buf out = MM_BUF_INIT;
    assert_int_equal(mm_message_rewrite(m, &r, 1, &rw), MM_OK);
    assert_int_equal(rw.body_changed, 1);
    assert_int_equal(rw.nhdrs, 0);
    assert_null(memmem(rw.body.data, rw.body.len, "6613", 4));
    assert_int_equal(mm_message_render(m, &rw, NULL, 0, &out), MM_OK);
    /* Headers untouched, byte for byte. */
    const char *hdr_end = memmem(d, n, "\n\n", 2);
    assert_memory_equal(out.data, d, (size_t)(hdr_end - d) + 2);
    mm_message *m2 = parse_ok(out.data, out.len, NULL);
    assert_true(seg_has(seg_where(m2, "body:1"), "MRN [MRN:TOKEN], café = fine."));
    mm_message_free(m2);
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m);
    free(d);
}

static void test_base64(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/base64.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const mm_segment *s = seg_where(m, "body:1");
    assert_true(seg_has(s, "MRN 89555979, DOB 08/03/1946.\nMichael, (914) 880-1064\n"));
    mm_message_free(m);
    free(d);
}

static void test_html_text_and_rewrite(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/alternative.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const mm_segment *s = seg_where(m, "body:2");
    assert_non_null(s);
    assert_int_equal(s->kind, MM_SEG_HTML);
    assert_true(seg_has(s, "Call 555-123-4567 or write to café & co."));
    assert_true(seg_has(s, "MRN 77654321"));
    assert_true(seg_has(s, "Bye <3"));
    assert_false(seg_has(s, "000-00-0000")); /* script */
    assert_false(seg_has(s, "color"));       /* style */
    assert_false(seg_has(s, "99999999"));    /* comment */
    assert_false(seg_has(s, "<b>"));

    size_t si = seg_index(m, "body:2");
    const char *p = memmem(s->text, s->len, "555-123-4567", 12);
    const char *q = memmem(s->text, s->len, "café & co", strlen("café & co"));
    mm_replacement r[2] = {
        {si, (size_t)(p - s->text), (size_t)(p - s->text) + 12, "[PHONE:1]", 9},
        {si, (size_t)(q - s->text), (size_t)(q - s->text) + strlen("café & co"), "A<B", 3},
    };
    mm_rewrite rw;
    assert_int_equal(mm_message_rewrite(m, r, 2, &rw), MM_OK);
    assert_int_equal(rw.body_changed, 1);
    /* The tags around the phone number stay; the new text is escaped. */
    assert_non_null(memmem(rw.body.data, rw.body.len, "<b>[PHONE:1]</b>", 16));
    assert_non_null(memmem(rw.body.data, rw.body.len, "A&lt;B", 6));
    assert_non_null(memmem(rw.body.data, rw.body.len, "<p>Call", 7));
    /* The plain alternative is untouched. */
    assert_non_null(memmem(rw.body.data, rw.body.len, "Call 555-123-4567 or", 20));
    mm_buf out = MM_BUF_INIT;
    assert_int_equal(mm_message_render(m, &rw, NULL, 0, &out), MM_OK);
    mm_message *m2 = parse_ok(out.data, out.len, NULL);
    assert_true(seg_has(seg_where(m2, "body:2"), "Call [PHONE:1] or write to A<B."));
    mm_message_free(m2);
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m);
    free(d);
}

static void test_html_entities(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/html-only.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const mm_segment *s = seg_where(m, "body:1");
    assert_int_equal(s->kind, MM_SEG_HTML);
    assert_true(seg_has(s, "Né le 12/05/1950, tél 06 12 34 56 78."));
    mm_message_free(m);
    free(d);
}

static void test_attachments(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/mixed-attach.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    assert_int_equal(mm_message_nsegments(m), 2);
    assert_int_equal(mm_message_nattachments(m), 2);
    const mm_attachment *a = mm_message_attachment(m, 0);
    assert_string_equal(a->where, "body:2");
    assert_string_equal(a->content_type, "application/pdf");
    assert_string_equal(a->filename, "results.pdf");
    assert_memory_equal(a->data, "JVBERi0xLjQK", 12); /* base64 of "%PDF-1.4\n" */
    a = mm_message_attachment(m, 1);
    assert_string_equal(a->where, "body:3");
    assert_string_equal(a->content_type, "image/png");
    assert_string_equal(a->filename, "scan.png");
    assert_null(mm_message_attachment(m, 2));
    /* The PDF says "MRN 12345678" inside: never a segment. */
    for (size_t i = 0; i < mm_message_nsegments(m); i++)
        assert_false(seg_has(mm_message_segment(m, i), "must stay"));
    mm_message_free(m);
    free(d);
}

static void test_rfc822(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/rfc822.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    assert_true(seg_has(seg_where(m, "body:1"), "SSN 716-32-1342"));
    const mm_segment *s = seg_where(m, "body:2/1");
    assert_non_null(s);
    assert_int_equal(s->kind, MM_SEG_TEXT);
    assert_true(seg_has(s, "Patient né le 01/02/1960, MRN 23456789."));
    s = seg_where(m, "body:2/2");
    assert_non_null(s);
    assert_int_equal(s->kind, MM_SEG_HTML);
    assert_true(seg_has(s, "Patient MRN 23456789"));
    /* The attached message's Subject is scanned, and rewritten in the body. */
    s = seg_where(m, "body:2/header:Subject");
    assert_non_null(s);
    assert_int_equal(s->kind, MM_SEG_HEADER);
    assert_int_equal(s->len, 8);
    assert_memory_equal(s->text, "Referral", 8);
    mm_replacement r = {seg_index(m, "body:2/header:Subject"), 0, 8, "Dossier de Zoé", 15};
    mm_rewrite rw;
    assert_int_equal(mm_message_rewrite(m, &r, 1, &rw), MM_OK);
    assert_int_equal(rw.nhdrs, 0);
    assert_int_equal(rw.body_changed, 1);
    assert_non_null(
        memmem(rw.body.data, rw.body.len, "To: nurse@example-hospital.org\r\nSubject: ", 41));
    assert_non_null(memmem(rw.body.data, rw.body.len, "?=\r\nMIME-Version: 1.0\r\n", 23));
    mm_buf out = MM_BUF_INIT;
    assert_int_equal(mm_message_render(m, &rw, NULL, 0, &out), MM_OK);
    mm_message *m2 = parse_ok(out.data, out.len, NULL);
    assert_true(seg_has(seg_where(m2, "body:2/header:Subject"), "Dossier de Zoé"));
    assert_true(seg_has(seg_where(m2, "body:2/1"), "MRN 23456789."));
    mm_message_free(m2);
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m);
    free(d);
}

static void test_rfc2047_subjects(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/subject-utf8.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const mm_segment *s = seg_where(m, "header:Subject");
    assert_int_equal(s->len, strlen("Rendez-vous du patient né le 12/05/1950"));
    assert_memory_equal(s->text, "Rendez-vous du patient né le 12/05/1950", s->len);
    assert_true(seg_has(seg_where(m, "header:Keywords"), "urgent"));
    /* Two Comments fields: indexes 1 and 2, as smfi_chgheader counts. */
    size_t seen = 0;
    for (size_t i = 0; i < mm_message_nsegments(m); i++) {
        s = mm_message_segment(m, i);
        if (s->kind != MM_SEG_HEADER || strcmp(s->hdr_name, "Comments") != 0)
            continue;
        seen++;
        assert_int_equal(s->hdr_index, seen);
        assert_true(seen == 1 ? seg_has(s, "Dr André about MRN 11223344")
                              : seg_has(s, "second comment"));
    }
    assert_int_equal(seen, 2);

    /* A non-ASCII replacement is RFC 2047 encoded and folded. */
    size_t si = seg_index(m, "header:Subject");
    mm_replacement r = {si, 0, 11, "Consultation très très longue avec un titre qui déborde", 57};
    mm_rewrite rw;
    assert_int_equal(mm_message_rewrite(m, &r, 1, &rw), MM_OK);
    assert_int_equal(rw.body_changed, 0);
    assert_int_equal(rw.nhdrs, 1);
    assert_string_equal(rw.hdrs[0].name, "Subject");
    assert_int_equal(rw.hdrs[0].index, 1);
    assert_non_null(strstr(rw.hdrs[0].value, "=?UTF-8?"));
    assert_non_null(strstr(rw.hdrs[0].value, "\n\t"));
    for (const char *p = rw.hdrs[0].value; *p; p++)
        assert_true((unsigned char)*p < 0x80);
    mm_rewrite_free(&rw);
    mm_message_free(m);
    free(d);

    d = slurp("test/corpus/mime/subject-latin1.eml", &n);
    m = parse_ok(d, n, NULL);
    s = seg_where(m, "header:Subject");
    assert_int_equal(s->len, strlen("Fièvre et douleur thoracique à domicile"));
    assert_memory_equal(s->text, "Fièvre et douleur thoracique à domicile", s->len);
    assert_true(seg_has(seg_where(m, "header:Thread-Topic"), "café"));
    mm_message_free(m);
    free(d);
}

static void test_configured_header(void **state)
{
    (void)state;
    const char *msg = "From: a@example.org\nX-Patient-Note: MRN 12345678\n\nbody\n";
    const char *extra[] = {"x-patient-note"};
    mm_msg_limits lim = {0};
    lim.text_headers = extra;
    lim.ntext_headers = 1;
    mm_message *m = parse_ok(msg, strlen(msg), NULL);
    assert_null(seg_where(m, "header:X-Patient-Note"));
    mm_message_free(m);
    m = parse_ok(msg, strlen(msg), &lim);
    assert_true(seg_has(seg_where(m, "header:X-Patient-Note"), "MRN 12345678"));
    mm_message_free(m);
}

static void test_charsets(void **state)
{
    (void)state;
    static const struct {
        const char *file, *text;
    } cases[] = {
        {"test/corpus/mime/cp1252.eml", "Montant 120 €, “reçu”, patient né le 02/03/1970."},
        {"test/corpus/mime/cp1252-qp.eml", "Montant 120 €, “reçu”, né le 02/03/1970."},
        {"test/corpus/mime/8bit.eml", "Le patient né le 12/05/1950"},
        /* unknown charset, then a lie: defined fallbacks, no failure */
        {"test/corpus/mime/bad-charset.eml", "café MRN 12345678 ÿþ"},
        {"test/corpus/mime/lying-charset.eml", "café is latin-1 really, MRN 12345678"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n;
        char *d = slurp(cases[i].file, &n);
        mm_message *m = parse_ok(d, n, NULL);
        const mm_segment *s = seg_where(m, "body:1");
        if (!seg_has(s, cases[i].text))
            fail_msg("%s: text not found", cases[i].file);
        mm_message_free(m);
        free(d);
    }
}

static void test_nul_and_malformed(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/nul.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    const mm_segment *s = seg_where(m, "body:1");
    assert_non_null(memmem(s->text, s->len, "before\0after MRN 12345678\0\nend", 30));
    mm_message_free(m);
    free(d);

    d = slurp("test/corpus/mime/no-final-boundary.eml", &n);
    m = parse_ok(d, n, NULL);
    assert_true(seg_has(seg_where(m, "body:1"), "first part MRN 12345678"));
    assert_true(seg_has(seg_where(m, "body:2"), "phone 275-748-1542"));
    mm_message_free(m);
    free(d);

    /* Degenerate inputs parse. */
    static const char *const odd[] = {"",
                                      "\n",
                                      "\r\n\r\n",
                                      "no colon at all",
                                      "A: b",
                                      ":\n\n",
                                      "Content-Type: multipart/mixed; boundary=x\n\n--x\n"};
    for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++)
        check_identity(odd[i], strlen(odd[i]), NULL);
}

static void test_rewrite_invalid(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/7bit.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    size_t len1 = mm_message_segment(m, 1)->len;
    mm_rewrite rw;
    mm_replacement bad_seg = {9, 0, 1, "x", 1};
    assert_int_equal(mm_message_rewrite(m, &bad_seg, 1, &rw), MM_EINVAL);
    mm_rewrite_free(&rw);
    mm_replacement bad_end = {1, 0, len1 + 1, "x", 1};
    assert_int_equal(mm_message_rewrite(m, &bad_end, 1, &rw), MM_EINVAL);
    mm_rewrite_free(&rw);
    mm_replacement bad_order = {1, 5, 4, "x", 1};
    assert_int_equal(mm_message_rewrite(m, &bad_order, 1, &rw), MM_EINVAL);
    mm_rewrite_free(&rw);
    mm_replacement overlap[2] = {{1, 0, 5, "x", 1}, {1, 4, 8, "y", 1}};
    assert_int_equal(mm_message_rewrite(m, overlap, 2, &rw), MM_EINVAL);
    mm_rewrite_free(&rw);
    /* Replacing text by itself is no change. */
    const mm_segment *s = mm_message_segment(m, 1);
    mm_replacement same[2] = {{1, 0, 5, s->text, 5}, {0, 0, 3, "App", 3}};
    assert_int_equal(mm_message_rewrite(m, same, 2, &rw), MM_OK);
    assert_int_equal(rw.body_changed, 0);
    assert_int_equal(rw.nhdrs, 0);
    mm_rewrite_free(&rw);
    /* Adjacent ranges are fine. */
    mm_replacement adj[2] = {{1, 0, 5, "A", 1}, {1, 5, 6, "B", 1}};
    assert_int_equal(mm_message_rewrite(m, adj, 2, &rw), MM_OK);
    assert_int_equal(rw.body_changed, 1);
    assert_memory_equal(rw.body.data, "AB\r\nPatient", 11);
    mm_rewrite_free(&rw);
    mm_message_free(m);
    free(d);
}

static void test_render_edits(void **state)
{
    (void)state;
    const char *msg = "From: a@example.org\r\n"
                      "X-MedMilter-Category: forged1\r\n"
                      "Subject: MRN 12345678\r\n"
                      "X-MedMilter-Category: forged2\r\n"
                      "x-medmilter-category: forged3\r\n"
                      "\r\n"
                      "body\r\n";
    mm_message *m = parse_ok(msg, strlen(msg), NULL);
    mm_replacement r = {0, 4, 12, "[MRN:T]", 7};
    mm_rewrite rw;
    assert_int_equal(mm_message_rewrite(m, &r, 1, &rw), MM_OK);
    /* Deleting index 1 three times removes all three, as in the MTA. */
    mm_hdr_edit e[4] = {
        {MM_HDR_DELETE, "X-MedMilter-Category", 1, NULL},
        {MM_HDR_DELETE, "X-MedMilter-Category", 1, NULL},
        {MM_HDR_DELETE, "X-MedMilter-Category", 1, NULL},
        {MM_HDR_ADD, "X-MedMilter-Category", 0, "billing\n\tand more"},
    };
    mm_buf out = MM_BUF_INIT;
    assert_int_equal(mm_message_render(m, &rw, e, 4, &out), MM_OK);
    assert_string_equal(out.data, "From: a@example.org\r\n"
                                  "Subject: MRN [MRN:T]\r\n"
                                  "X-MedMilter-Category: billing\r\n\tand more\r\n"
                                  "\r\n"
                                  "body\r\n");
    /* Deleting index 2 removes the second one only. */
    mm_buf_reset(&out);
    mm_hdr_edit e2 = {MM_HDR_DELETE, "x-medmilter-category", 2, NULL};
    assert_int_equal(mm_message_render(m, NULL, &e2, 1, &out), MM_OK);
    assert_null(strstr(out.data, "forged2"));
    assert_non_null(strstr(out.data, "forged1"));
    assert_non_null(strstr(out.data, "forged3"));
    mm_hdr_edit bad = {99, "X", 1, NULL};
    mm_buf_reset(&out);
    assert_int_equal(mm_message_render(m, NULL, &bad, 1, &out), MM_EINVAL);
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m);
}

static void test_lf_input_gives_crlf_body(void **state)
{
    (void)state;
    size_t n;
    char *d = slurp("test/corpus/mime/alternative.eml", &n);
    mm_message *m = parse_ok(d, n, NULL);
    mm_replacement r = {seg_index(m, "body:1"), 0, 4, "Ring", 4};
    mm_rewrite rw;
    assert_int_equal(mm_message_rewrite(m, &r, 1, &rw), MM_OK);
    assert_int_equal(rw.body_changed, 1);
    assert_non_null(memmem(rw.body.data, rw.body.len, "--ALT-1\r\nContent-Type", 21));
    mm_buf out = MM_BUF_INIT;
    assert_int_equal(mm_message_render(m, &rw, NULL, 0, &out), MM_OK);
    assert_null(memchr(out.data, '\r', out.len));
    assert_int_equal(out.len, n); /* "Call" -> "Ring": same length, QP soft breaks alike */
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m);
    free(d);
}

/* ---- limits and big messages ------------------------------------------ */

static const char big_hdr[] = "From: a@example.org\r\nTo: b@example-hospital.org\r\n"
                              "Subject: big\r\nMIME-Version: 1.0\r\n";

static void test_20mb(void **state)
{
    (void)state;
    mm_buf b = MM_BUF_INIT;
    assert_int_equal(mm_buf_appendf(&b, "%sContent-Type: text/plain\r\n\r\n", big_hdr), MM_OK);
    for (int i = 0; b.len < 20u * 1024 * 1024; i++)
        assert_int_equal(mm_buf_appendf(&b, "line %08d patient MRN %08d called 555-%04d\r\n", i,
                                        i * 7, i % 10000),
                         MM_OK);
    assert_int_equal(mm_buf_append(&b, "last line MRN 99999999\r\n", 24), MM_OK);
    check_identity(b.data, b.len, NULL);

    mm_message *m = parse_ok(b.data, b.len, NULL);
    assert_int_equal(mm_message_scan_state(m, NULL), MM_SCAN_OK);
    const mm_segment *s = seg_where(m, "body:1");
    assert_true(s->len > 20u * 1024 * 1024 - 4096);
    const char *p = memmem(s->text, s->len, "99999999", 8);
    assert_non_null(p);
    mm_replacement r = {seg_index(m, "body:1"), (size_t)(p - s->text), (size_t)(p - s->text) + 8,
                        "[MRN:X]", 7};
    mm_rewrite rw;
    assert_int_equal(mm_message_rewrite(m, &r, 1, &rw), MM_OK);
    const char *body = memmem(b.data, b.len, "\r\n\r\n", 4) + 4;
    size_t blen = b.len - (size_t)(body - b.data);
    assert_int_equal(rw.body.len, blen - 1);
    assert_memory_equal(rw.body.data, body, blen - 20);
    mm_rewrite_free(&rw);
    mm_message_free(m);

    /* Over MaxScanSize: skipped, headers still there, bytes untouched. */
    mm_msg_limits lim = {.max_scan_bytes = 10u * 1024 * 1024};
    const char *reason;
    m = parse_ok(b.data, b.len, &lim);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_SKIPPED);
    assert_string_equal(reason, "size>MaxScanSize");
    assert_int_equal(mm_message_nsegments(m), 0);
    assert_int_equal(mm_message_nheaders(m), 5);
    mm_message_free(m);
    check_identity(b.data, b.len, &lim);
    mm_buf_free(&b);
}

static void gen_parts(mm_buf *b, int nparts)
{
    assert_int_equal(
        mm_buf_appendf(b, "%sContent-Type: multipart/mixed; boundary=\"P\"\r\n\r\n", big_hdr),
        MM_OK);
    for (int i = 0; i < nparts; i++) {
        if (i % 3 == 2)
            assert_int_equal(mm_buf_appendf(b, "--P\r\nContent-Type: application/octet-stream\r\n"
                                               "Content-Transfer-Encoding: base64\r\n\r\n"
                                               "AAECAwQF\r\n"),
                             MM_OK);
        else
            assert_int_equal(mm_buf_appendf(b,
                                            "--P\r\nContent-Type: text/plain\r\n"
                                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                                            "part %d MRN %08d=\r\n end\r\n",
                                            i, i),
                             MM_OK);
    }
    assert_int_equal(mm_buf_appendf(b, "--P--\r\n"), MM_OK);
}

static void test_1000_parts(void **state)
{
    (void)state;
    const char *reason;
    mm_buf b = MM_BUF_INIT;
    gen_parts(&b, 1000);
    mm_message *m = parse_ok(b.data, b.len, NULL);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_OK);
    assert_int_equal(mm_message_nattachments(m), 333);
    assert_int_equal(mm_message_nsegments(m), 1 + 667);
    assert_true(seg_has(seg_where(m, "body:1000"), "part 999 MRN 00000999 end"));
    mm_message_free(m);
    check_identity(b.data, b.len, NULL);
    check_replacements(b.data, b.len, 42, NULL);
    mm_buf_reset(&b);

    gen_parts(&b, 1001);
    m = parse_ok(b.data, b.len, NULL);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_PARTIAL);
    assert_string_equal(reason, "parts>1000");
    assert_null(seg_where(m, "body:1001"));
    assert_non_null(seg_where(m, "body:1000"));
    mm_message_free(m);
    check_identity(b.data, b.len, NULL);

    mm_msg_limits lim = {.max_parts = 10};
    m = parse_ok(b.data, b.len, &lim);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_PARTIAL);
    assert_string_equal(reason, "parts>10");
    assert_int_equal(mm_message_nsegments(m) + mm_message_nattachments(m), 1 + 10);
    mm_message_free(m);
    mm_buf_free(&b);
}

/* depth levels: multipart (or message/rfc822 when rfc822) inside each other,
 * each level with a text part first. */
static void gen_deep(mm_buf *b, int depth, int rfc822)
{
    assert_int_equal(mm_buf_appendf(b, "%s", big_hdr), MM_OK);
    for (int i = 0; i < depth; i++) {
        assert_int_equal(
            mm_buf_appendf(b,
                           "Content-Type: multipart/mixed; boundary=\"L%d\"\r\n\r\n"
                           "--L%d\r\nContent-Type: text/plain\r\n\r\nlevel %d MRN %08d\r\n"
                           "--L%d\r\n%s",
                           i, i, i, i, i,
                           rfc822 ? "Content-Type: message/rfc822\r\n\r\n"
                                    "Subject: inner\r\n"
                                  : ""),
            MM_OK);
    }
    assert_int_equal(mm_buf_appendf(b, "Content-Type: text/plain\r\n\r\nbottom\r\n"), MM_OK);
    for (int i = depth - 1; i >= 0; i--)
        assert_int_equal(mm_buf_appendf(b, "\r\n--L%d--\r\n", i), MM_OK);
}

static void test_deep_nesting(void **state)
{
    (void)state;
    const char *reason;
    for (int rfc822 = 0; rfc822 <= 1; rfc822++) {
        mm_buf b = MM_BUF_INIT;
        gen_deep(&b, 200, rfc822);
        mm_message *m = parse_ok(b.data, b.len, NULL);
        assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_PARTIAL);
        assert_string_equal(reason, "depth>50");
        size_t ns = mm_message_nsegments(m);
        assert_true(ns >= 20 && ns <= 52);
        assert_true(seg_has(mm_message_segment(m, 1), "level 0 MRN 00000000"));
        assert_true(seg_has(mm_message_segment(m, ns - 1), rfc822 ? "inner" : "MRN"));
        mm_message_free(m);
        check_identity(b.data, b.len, NULL);
        check_replacements(b.data, b.len, 5, NULL);

        mm_msg_limits lim = {.max_depth = 500};
        m = parse_ok(b.data, b.len, &lim);
        assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_OK);
        assert_true(seg_has(mm_message_segment(m, mm_message_nsegments(m) - 1), "bottom"));
        assert_true(seg_has(mm_message_segment(m, mm_message_nsegments(m) - 2 - (size_t)rfc822),
                            "level 199 MRN 00000199"));
        mm_message_free(m);
        mm_buf_free(&b);
    }
}

static void test_nesting_bomb(void **state)
{
    (void)state;
    /* 100,000 unclosed levels: must neither recurse that deep nor fail. */
    mm_buf b = MM_BUF_INIT;
    assert_int_equal(mm_buf_appendf(&b, "%s", big_hdr), MM_OK);
    for (int i = 0; i < 100000; i++)
        assert_int_equal(
            mm_buf_appendf(&b, "Content-Type: multipart/mixed; boundary=%d\r\n\r\n--%d\r\n", i, i),
            MM_OK);
    const char *reason;
    mm_message *m = parse_ok(b.data, b.len, NULL);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_PARTIAL);
    assert_string_equal(reason, "parts>1000");
    assert_non_null(seg_where(m, "header:Subject"));
    mm_message_free(m);
    check_identity(b.data, b.len, NULL);
    mm_buf_free(&b);
}

static void test_header_limits(void **state)
{
    (void)state;
    const char *reason;
    mm_buf b = MM_BUF_INIT;
    assert_int_equal(mm_buf_appendf(&b, "Subject: first\r\n"), MM_OK);
    for (int i = 0; i < 1500; i++)
        assert_int_equal(mm_buf_appendf(&b, "X-Filler-%d: %d\r\n", i, i), MM_OK);
    assert_int_equal(mm_buf_appendf(&b, "Comments: late MRN 12345678\r\n\r\nbody\r\n"), MM_OK);
    mm_message *m = parse_ok(b.data, b.len, NULL);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_PARTIAL);
    assert_string_equal(reason, "headers>1000");
    assert_int_equal(mm_message_nheaders(m), 1502);
    assert_non_null(seg_where(m, "header:Subject"));
    assert_null(seg_where(m, "header:Comments"));
    assert_non_null(seg_where(m, "body:1"));
    mm_message_free(m);
    check_identity(b.data, b.len, NULL);
    mm_buf_reset(&b);

    assert_int_equal(mm_buf_appendf(&b, "Keywords: short\r\nSubject: "), MM_OK);
    for (int i = 0; i < 2000; i++)
        assert_int_equal(mm_buf_appendf(&b, "word%04d \r\n ", i), MM_OK);
    assert_int_equal(mm_buf_appendf(&b, "end\r\n\r\nbody\r\n"), MM_OK);
    m = parse_ok(b.data, b.len, NULL);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_PARTIAL);
    assert_string_equal(reason, "header_len>16384");
    assert_null(seg_where(m, "header:Subject"));
    assert_non_null(seg_where(m, "header:Keywords"));
    mm_message_free(m);
    mm_msg_limits lim = {.max_header_len = 100000};
    m = parse_ok(b.data, b.len, &lim);
    assert_int_equal(mm_message_scan_state(m, &reason), MM_SCAN_OK);
    assert_true(seg_has(seg_where(m, "header:Subject"), "word1999"));
    mm_message_free(m);
    check_replacements(b.data, b.len, 9, &lim);
    mm_buf_free(&b);
}

/* The unfolding of header values is GMime's, byte for byte. */
static void test_unfold_like_gmime(void **state)
{
    (void)state;
    static const char alphabet[] = {' ', '\t', '\r', '\n', 'a', 'B', ':', (char)0xC3, (char)0xA9,
                                    '\v', '\f', 0x01, (char)0xA0, '='};
    srand(4242);
    for (int i = 0; i < 20000; i++) {
        char s[24];
        int n = rand() % 23;
        for (int k = 0; k < n; k++)
            s[k] = alphabet[rand() % sizeof alphabet];
        s[n] = '\0';
        char *want = g_mime_utils_header_unfold(s);
        char *got = mm_message_unfold(s);
        assert_non_null(got);
        assert_string_equal(got, want);
        g_free(want);
        free(got);
    }
    char *got = mm_message_unfold(" \t\r\n folded\r\n\tvalue \r\n");
    assert_string_equal(got, "folded\tvalue");
    free(got);
}

/* Reference: GLib over the whole text, NUL bytes stepped over. */
static int utf8_valid_ref(const char *p, size_t n)
{
    const gchar *end;
    while (n > 0) {
        if (g_utf8_validate_len(p, n, &end))
            return 1;
        if (*end != '\0')
            return 0;
        n -= (size_t)(end - p) + 1;
        p = end + 1;
    }
    return 1;
}

static void test_utf8_valid_like_glib(void **state)
{
    (void)state;
    static const unsigned char alphabet[] = {'a', 0, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xe0, 0xe2,
                                             0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xa0, 0x9f, 0x8f,
                                             0x90, 0xff, 'z', ' '};
    srand(777);
    unsigned valid = 0;
    for (int i = 0; i < 50000; i++) {
        char s[40];
        int n = rand() % 40;
        int ascii_run = rand() % 3 == 0; /* long ASCII stretches take the fast path */
        for (int k = 0; k < n; k++)
            s[k] = ascii_run && k < 20 ? (char)('a' + k) : (char)alphabet[rand() % sizeof alphabet];
        int want = utf8_valid_ref(s, (size_t)n);
        assert_int_equal(mm_message_utf8_valid(s, (size_t)n), want);
        valid += (unsigned)want;
    }
    assert_true(valid > 1000 && valid < 49000);
}

static void test_bad_arguments(void **state)
{
    (void)state;
    mm_message *m = (mm_message *)&m;
    assert_int_equal(mm_message_parse(NULL, 5, NULL, &m), MM_EINVAL);
    assert_int_equal(mm_message_parse("x", 1, NULL, NULL), MM_EINVAL);
    assert_int_equal(mm_message_nsegments(NULL), 0);
    assert_null(mm_message_segment(NULL, 0));
    mm_message_free(NULL);
    mm_rewrite_free(NULL);
}

static int setup(void **state)
{
    (void)state;
    mm_message_init();
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    mm_message_shutdown();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_7bit_and_headers),
        cmocka_unit_test(test_folded_header_value),
        cmocka_unit_test(test_qp_soft_break),
        cmocka_unit_test(test_base64),
        cmocka_unit_test(test_html_text_and_rewrite),
        cmocka_unit_test(test_html_entities),
        cmocka_unit_test(test_attachments),
        cmocka_unit_test(test_rfc822),
        cmocka_unit_test(test_rfc2047_subjects),
        cmocka_unit_test(test_configured_header),
        cmocka_unit_test(test_charsets),
        cmocka_unit_test(test_nul_and_malformed),
        cmocka_unit_test(test_rewrite_invalid),
        cmocka_unit_test(test_render_edits),
        cmocka_unit_test(test_lf_input_gives_crlf_body),
        cmocka_unit_test(test_corpus_properties),
        cmocka_unit_test(test_20mb),
        cmocka_unit_test(test_1000_parts),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_nesting_bomb),
        cmocka_unit_test(test_header_limits),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_unfold_like_gmime),
        cmocka_unit_test(test_utf8_valid_like_glib),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
