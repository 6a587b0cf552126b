/*
 * test_message_fast.c - the fast split of the top-level header block
 * (message.c: no GMime object per field) against GMime's own split
 * (mm_message_parse_with(..., 0, ...)): every field, byte range, index,
 * segment, text part and attachment must be the same, on every message
 * file in the tree (as is, in CRLF and in LF) and on 30,000 generated
 * messages with odd header blocks (folds, 8-bit, NUL, bare CR, stray
 * lines, From_ lines, missing blank line, Content-* fields anywhere,
 * multipart and encoded bodies). Also: which blocks take the fast path.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "msgcmp.h"

static size_t nsplit[3]; /* parses by how the fast side read them */

/* Parse d both ways; assert they agree; return whether the fast split
 * was taken. */
static int both_ways(const char *d, size_t n, const char *label)
{
    mm_msg_limits lim = {.max_parts = 300, .max_depth = 30};
    mm_message *f = NULL, *r = NULL;
    char why[160];
    assert_int_equal(mm_message_parse_with(d, n, &lim, 1, &f), MM_OK);
    assert_int_equal(mm_message_parse_with(d, n, &lim, 0, &r), MM_OK);
    assert_null(r->pstream);
    assert_int_equal(r->split, 0);
    assert_true((f->pstream != NULL) == (f->split == 1));
    int fast = f->split != 0;
    nsplit[f->split]++;
    if (!msgcmp_equal(f, r, why, sizeof why))
        fail_msg("%s: fast split differs from GMime: %s", label, why);
    mm_message_free(f);
    mm_message_free(r);
    return fast;
}

static void line_ends(const char *d, size_t n, int crlf, mm_buf *out)
{
    mm_buf_reset(out);
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n')
            continue;
        if (d[i] == '\n')
            assert_int_equal(mm_buf_append(out, crlf ? "\r\n" : "\n", crlf ? 2 : 1), MM_OK);
        else
            assert_int_equal(mm_buf_append(out, d + i, 1), MM_OK);
    }
}

static void walk_dir(const char *dir, size_t *files, size_t *fast)
{
    DIR *dh = opendir(dir);
    if (dh == NULL)
        fail_msg("cannot open %s", dir);
    struct dirent *e;
    mm_buf data = MM_BUF_INIT, alt = MM_BUF_INIT;
    while ((e = readdir(dh)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            walk_dir(path, files, fast);
            continue;
        }
        size_t nl = strlen(e->d_name);
        if (nl < 4 || strcmp(e->d_name + nl - 4, ".eml") != 0)
            continue;
        FILE *fp = fopen(path, "rb");
        assert_non_null(fp);
        char tmp[65536];
        size_t k;
        mm_buf_reset(&data);
        while ((k = fread(tmp, 1, sizeof tmp, fp)) > 0)
            assert_int_equal(mm_buf_append(&data, tmp, k), MM_OK);
        fclose(fp);
        *fast += (size_t)both_ways(data.data, data.len, path);
        line_ends(data.data, data.len, 1, &alt);
        *fast += (size_t)both_ways(alt.data, alt.len, path);
        line_ends(data.data, data.len, 0, &alt);
        *fast += (size_t)both_ways(alt.data, alt.len, path);
        *files += 3;
    }
    closedir(dh);
    mm_buf_free(&data);
    mm_buf_free(&alt);
}

static void test_tree_files(void **state)
{
    (void)state;
    const char *root = getenv("MM_SOURCE_DIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/test", root ? root : MM_SOURCE_DIR);
    size_t files = 0, fast = 0;
    memset(nsplit, 0, sizeof nsplit);
    walk_dir(dir, &files, &fast);
    print_message("%zu parses of %zu files: %zu GMime alone, %zu fast split + GMime, %zu one text "
                  "leaf without the parser\n",
                  files, files / 3, nsplit[0], nsplit[1], nsplit[2]);
    assert_true(nsplit[1] > 20 && nsplit[2] > 20);
    assert_true(files >= 250);
    assert_true(fast * 2 > files); /* most real mail is in plain form */
}

/* ---- fixed vectors: which blocks take the fast path ------------------ */

static void test_vectors(void **state)
{
    (void)state;
    static const struct {
        const char *msg;
        int fast;
    } v[] = {
        {"Subject: hi\r\n\r\nbody\r\n", 1},
        {"Subject: hi\n\nbody\n", 1},
        {"Subject:hi\r\nTo: a@b\r\n\r\n", 1},
        {"Subject:\r\n\r\n", 1},
        {"X-A: 1\r\n folded\r\n\tagain\r\nSubject: s\r\n\r\nb", 1},
        {"Subject: caf\xc3\xa9 \xe9\r\n\r\nb", 1},
        {"Content-Type: multipart/mixed; boundary=b\r\nSubject: s\r\n\r\n--b\r\n"
         "Content-Type: text/plain\r\n\r\nhello\r\n--b--\r\n",
         1},
        {"Subject: s\r\nContent-Transfer-Encoding: base64\r\nX: y\r\n\r\naGVsbG8=\r\n", 1},
        /* left to GMime */
        {"From someone Sun Nov 29 2026\r\nSubject: s\r\n\r\nb", 0},
        {"Subject : s\r\n\r\nb", 0},
        {" Subject: s\r\n\r\nb", 0},
        {"Subject: s\r\nstray line\r\n\r\nb", 0},
        {": no name\r\n\r\nb", 0},
        {"Subject: a\rb\r\n\r\nb", 0},
        {"Subject: s\r\n", 0},
        {"Subject: s", 0},
        {"\r\nbody only\r\n", 0},
        {"", 0},
        {"Sub\xc3\xa9ject: s\r\n\r\nb", 0},
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        char label[32];
        snprintf(label, sizeof label, "vector %zu", i);
        assert_int_equal(both_ways(v[i].msg, strlen(v[i].msg), label), v[i].fast);
    }
    /* a NUL in the block */
    static const char nul[] = "Subject: a\0b\r\n\r\nbody";
    assert_int_equal(both_ways(nul, sizeof nul - 1, "nul"), 0);
}

/* The filler keeps the body where it was: a multipart body behind many
 * fields still yields its parts at the same offsets. */
static void test_offsets_kept(void **state)
{
    (void)state;
    mm_buf b = MM_BUF_INIT;
    for (int i = 0; i < 80; i++) { /* > 64 fields: the index table path */
        char f[64];
        int n = snprintf(f, sizeof f, "%s: v%d\r\n", i % 3 ? "Received" : "X-Dup", i);
        assert_int_equal(mm_buf_append(&b, f, (size_t)n), MM_OK);
    }
    static const char tail[] = "Content-Type: multipart/alternative; boundary=\"zz\"\r\n"
                               "Subject: s\r\n\r\npre\r\n--zz\r\nContent-Type: text/html\r\n\r\n"
                               "<p>x</p>\r\n--zz\r\nContent-Type: application/pdf\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--zz--\r\n";
    assert_int_equal(mm_buf_append(&b, tail, sizeof tail - 1), MM_OK);
    assert_int_equal(both_ways(b.data, b.len, "many fields"), 1);
    mm_message *m = NULL;
    assert_int_equal(mm_message_parse(b.data, b.len, NULL, &m), MM_OK);
    assert_int_equal(mm_message_nheaders(m), 82);
    assert_int_equal(m->hdrs[81].index, 1);
    assert_int_equal(m->hdrs[78].index, 27); /* the 27th X-Dup */
    assert_int_equal(mm_message_nattachments(m), 1);
    const mm_attachment *a = mm_message_attachment(m, 0);
    assert_memory_equal(a->data, "JVBERg==", 8);
    mm_message_free(m);
    mm_buf_free(&b);
}

/* ---- generated header blocks --------------------------------------- */

static uint64_t rs = 0x9e3779b97f4a7c15u;

static unsigned rnd(unsigned n)
{
    rs ^= rs << 13;
    rs ^= rs >> 7;
    rs ^= rs << 17;
    return (unsigned)(rs % n);
}

static void put(mm_buf *b, const char *s)
{
    assert_int_equal(mm_buf_append(b, s, strlen(s)), MM_OK);
}

static void gen_message(mm_buf *b)
{
    static const char *names[] = {
        "Subject", "From", "To", "Received", "DKIM-Signature", "Comments", "Keywords",
        "Content-Type", "content-transfer-encoding", "Content-Disposition", "CONTENT-TYPE",
        "Content-", "Contents", "MIME-Version", "X-Mailer", "x", "Thread-Topic", "X_Weird.Name~1",
        "Content-Type ", "Sub ject", "", "Subj\xe9", "Message-ID", "Date"};
    static const char *values[] = {
        " hello", "", " ", "\t tab", " caf\xc3\xa9", " \xe9t\xe9", " =?utf-8?q?caf=C3=A9?=",
        " text/plain; charset=utf-8", " multipart/mixed; boundary=\"b1\"", " base64",
        " quoted-printable", " attachment; filename=\"a.txt\"", " text/html", " 8bit",
        " message/rfc822", " a:b:c", " <x@y>", " multipart/alternative; boundary=b1",
        " 123-45-6789", " text/plain; charset=iso-8859-1", " text/plain; charset=us-asci\xd0i",
        " text/html; charset=\"=?utf-8?q?x?=\"", " text/plain; charset*=utf-8''%C3%A9",
        " text/plain;\r\n charset=utf-8", " 7bit\xe9"};
    static const char *eols[] = {"\r\n", "\n", "\r\n", "\r\n", "\n", "\r"};
    static const char *bodies[] = {
        "hello 555-123-4567\r\n",
        "--b1\r\nContent-Type: text/plain\r\n\r\npart one\r\n--b1\r\nContent-Type: text/html\r\n"
        "\r\n<b>two</b>\r\n--b1--\r\n",
        "aGVsbG8gd29ybGQ=\r\n",
        "caf=C3=A9 =\r\nsoft\r\n",
        "From: inner@x\r\nSubject: inner\r\n\r\ninner body\r\n",
        "",
        "--b1\r\n\r\nno headers\r\n--b1--",
        "\xe9t\xe9\r\n"};
    mm_buf_reset(b);
    if (rnd(40) == 0)
        put(b, "From someone@example Sun Nov 29 09:00:00 2026\n");
    unsigned nf = rnd(12);
    const char *eol = eols[rnd(3) == 0 ? rnd(6) : 0];
    for (unsigned i = 0; i < nf; i++) {
        if (rnd(30) == 0)
            put(b, rnd(2) ? " stray fold" : "stray line");
        else {
            put(b, names[rnd(sizeof names / sizeof names[0])]);
            put(b, rnd(25) ? ":" : "");
            put(b, values[rnd(sizeof values / sizeof values[0])]);
        }
        if (rnd(60) == 0)
            assert_int_equal(mm_buf_append(b, rnd(2) ? "\0" : "\r", 1), MM_OK);
        while (rnd(5) == 0) {
            put(b, eol);
            put(b, rnd(2) ? " " : "\t");
            put(b, values[rnd(sizeof values / sizeof values[0])]);
        }
        put(b, rnd(15) ? eol : eols[rnd(6)]);
    }
    if (rnd(20))
        put(b, eol);
    put(b, bodies[rnd(sizeof bodies / sizeof bodies[0])]);
}

static void test_generated(void **state)
{
    (void)state;
    mm_buf b = MM_BUF_INIT;
    size_t fast = 0, n = 30000;
    memset(nsplit, 0, sizeof nsplit);
    for (size_t i = 0; i < n; i++) {
        gen_message(&b);
        char label[48];
        snprintf(label, sizeof label, "generated message %zu", i);
        fast += (size_t)both_ways(b.data ? b.data : "", b.len, label);
    }
    print_message("%zu generated messages: %zu GMime alone, %zu fast split + GMime, %zu one text "
                  "leaf without the parser\n",
                  n, nsplit[0], nsplit[1], nsplit[2]);
    /* every path is exercised */
    assert_true(fast > n / 5);
    assert_true(fast < n - n / 5);
    assert_true(nsplit[1] > n / 50);
    assert_true(nsplit[2] > n / 50);
    mm_buf_free(&b);
}

int main(void)
{
    mm_message_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_offsets_kept),
        cmocka_unit_test(test_tree_files),
        cmocka_unit_test(test_generated),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    mm_message_shutdown();
    return rc;
}
