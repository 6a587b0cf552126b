/*
 * bench_message.c - throughput of the message model on a mixed corpus:
 * the fixtures of test/corpus/mime (small plain, QP, base64, HTML,
 * attachments, nested, the 44 sample messages) plus generated larger ones
 * (a 1 MB text message, a 200-part message, a 300 KB HTML message), each
 * in CRLF form as libmilter delivers it.
 *
 * Prints messages/s and MB/s for parse+extract, and for rewrite (one
 * replacement per segment, then render) on already parsed messages.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "message.h"

typedef struct {
    mm_buf *v;
    size_t n, cap;
} corpus;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "bench_message: %s\n", what);
    exit(1);
}

/* Add a message in CRLF form. */
static void add(corpus *c, const char *d, size_t n)
{
    if (mm_array_grow((void **)&c->v, &c->cap, c->n, sizeof *c->v) != MM_OK)
        die("out of memory");
    mm_buf *b = &c->v[c->n++];
    *b = (mm_buf)MM_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\n' && (i == 0 || d[i - 1] != '\r') && mm_buf_append(b, "\r", 1) != MM_OK)
            die("out of memory");
        if (mm_buf_append(b, d + i, 1) != MM_OK)
            die("out of memory");
    }
}

static void add_dir(corpus *c, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    if (d == NULL)
        die(dir);
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".eml") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *f = fopen(path, "rb");
        if (f == NULL)
            die(path);
        mm_buf b = MM_BUF_INIT;
        char tmp[65536];
        size_t n;
        while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
            if (mm_buf_append(&b, tmp, n) != MM_OK)
                die("out of memory");
        fclose(f);
        add(c, b.data, b.len);
        mm_buf_free(&b);
    }
    closedir(d);
}

static void add_generated(corpus *c)
{
    const char *h = "From: a@example.org\nTo: b@example-hospital.org\nSubject: MRN 12345678\n"
                    "MIME-Version: 1.0\n";
    mm_buf b = MM_BUF_INIT;
    int rc = mm_buf_appendf(&b, "%sContent-Type: text/plain\n\n", h);
    for (int i = 0; rc == MM_OK && b.len < 1024 * 1024; i++)
        rc =
            mm_buf_appendf(&b, "line %d: patient MRN %08d, call 555-%04d today\n", i, i, i % 10000);
    add(c, b.data, b.len);
    mm_buf_reset(&b);
    rc |= mm_buf_appendf(&b, "%sContent-Type: multipart/mixed; boundary=P\n\n", h);
    for (int i = 0; rc == MM_OK && i < 200; i++)
        rc = mm_buf_appendf(&b,
                            "--P\nContent-Type: text/plain; charset=utf-8\n"
                            "Content-Transfer-Encoding: quoted-printable\n\n"
                            "Part %d caf=C3=A9 MRN %08d, a long line of text that goes on and on "
                            "and is=\n soft-broken\n",
                            i, i);
    rc |= mm_buf_appendf(&b, "--P--\n");
    add(c, b.data, b.len);
    mm_buf_reset(&b);
    rc |= mm_buf_appendf(&b, "%sContent-Type: text/html; charset=utf-8\n\n<html><body>", h);
    for (int i = 0; rc == MM_OK && b.len < 300 * 1024; i++)
        rc = mm_buf_appendf(&b, "<p>Row %d: <b>MRN</b> %08d &amp; t&eacute;l 06&nbsp;12</p>\n", i,
                            i);
    rc |= mm_buf_appendf(&b, "</body></html>\n");
    if (rc != MM_OK)
        die("out of memory");
    add(c, b.data, b.len);
    mm_buf_free(&b);
}

int main(void)
{
    const char *root = getenv("MM_SOURCE_DIR");
    char dir[4096];
    corpus c = {0};
    size_t bytes = 0;

    mm_message_init();
    snprintf(dir, sizeof dir, "%s/test/corpus/mime", root ? root : MM_SOURCE_DIR);
    add_dir(&c, dir);
    snprintf(dir, sizeof dir, "%s/test/corpus/mime/sample", root ? root : MM_SOURCE_DIR);
    add_dir(&c, dir);
    add_generated(&c);
    for (size_t i = 0; i < c.n; i++)
        bytes += c.v[i].len;
    printf("bench_message: corpus %zu messages, %.2f MB\n", c.n, (double)bytes / 1e6);

    /* parse + extract */
    size_t msgs = 0, done = 0, rounds = 0;
    double t0 = now(), t;
    do {
        for (size_t i = 0; i < c.n; i++) {
            mm_message *m;
            if (mm_message_parse(c.v[i].data, c.v[i].len, NULL, &m) != MM_OK)
                die("parse failed");
            msgs++;
            done += c.v[i].len;
            mm_message_free(m);
        }
        rounds++;
        t = now() - t0;
    } while (t < 2.0);
    printf("parse+extract: %.0f messages/s, %.1f MB/s (%zu rounds)\n", (double)msgs / t,
           (double)done / 1e6 / t, rounds);

    /* rewrite + render on parsed messages */
    mm_message **pm = calloc(c.n, sizeof *pm);
    if (pm == NULL)
        die("out of memory");
    for (size_t i = 0; i < c.n; i++)
        if (mm_message_parse(c.v[i].data, c.v[i].len, NULL, &pm[i]) != MM_OK)
            die("parse failed");
    msgs = done = rounds = 0;
    t0 = now();
    do {
        for (size_t i = 0; i < c.n; i++) {
            size_t ns = mm_message_nsegments(pm[i]);
            mm_replacement *r = calloc(ns + 1, sizeof *r);
            size_t nr = 0;
            if (r == NULL)
                die("out of memory");
            for (size_t k = 0; k < ns; k++) {
                const mm_segment *s = mm_message_segment(pm[i], k);
                if (s->len >= 8)
                    r[nr++] = (mm_replacement){k, 0, 8, "[MRN:TK]", 8};
            }
            mm_rewrite rw;
            mm_buf out = MM_BUF_INIT;
            if (mm_message_rewrite(pm[i], r, nr, &rw) != MM_OK ||
                mm_message_render(pm[i], &rw, NULL, 0, &out) != MM_OK)
                die("rewrite failed");
            msgs++;
            done += c.v[i].len;
            mm_buf_free(&out);
            mm_rewrite_free(&rw);
            free(r);
        }
        rounds++;
        t = now() - t0;
    } while (t < 2.0);
    printf("rewrite+render: %.0f messages/s, %.1f MB/s (%zu rounds)\n", (double)msgs / t,
           (double)done / 1e6 / t, rounds);

    /* One 20 MB message (latency of the worst ordinary case). */
    mm_buf big = MM_BUF_INIT;
    int rc = mm_buf_appendf(&big, "From: a@example.org\r\nSubject: big\r\n"
                                  "Content-Type: text/plain\r\n\r\n");
    for (int i = 0; rc == MM_OK && big.len < 20u * 1024 * 1024; i++)
        rc = mm_buf_appendf(&big, "line %08d patient MRN %08d called 555-%04d\r\n", i, i * 7,
                            i % 10000);
    if (rc != MM_OK)
        die("out of memory");
    double best_p = 1e9, best_r = 1e9;
    for (int k = 0; k < 3; k++) {
        mm_message *m;
        mm_rewrite rw;
        t0 = now();
        if (mm_message_parse(big.data, big.len, NULL, &m) != MM_OK)
            die("parse failed");
        t = now() - t0;
        best_p = t < best_p ? t : best_p;
        mm_replacement r = {1, 100, 108, "[MRN:TK]", 8};
        t0 = now();
        if (mm_message_rewrite(m, &r, 1, &rw) != MM_OK)
            die("rewrite failed");
        t = now() - t0;
        best_r = t < best_r ? t : best_r;
        mm_rewrite_free(&rw);
        mm_message_free(m);
    }
    printf("20 MB message: parse+extract %.0f ms, rewrite %.0f ms (best of 3)\n", best_p * 1e3,
           best_r * 1e3);
    mm_buf_free(&big);

    for (size_t i = 0; i < c.n; i++) {
        mm_message_free(pm[i]);
        mm_buf_free(&c.v[i]);
    }
    free(pm);
    free(c.v);
    mm_message_shutdown();
    return 0;
}
