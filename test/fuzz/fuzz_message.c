/*
 * fuzz_message.c - parse -> extract -> rewrite with pseudo-random
 * replacements -> render -> parse again. Checks, besides memory safety:
 * rendering without changes gives the input back, a rewrite never fails
 * on valid ranges, and the replacement body has CRLF line ends only.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"

static const char *const texts[] = {"[MRN:X1]", "", "\xc3\xa9<&>", "\n", "=?utf-8?q?x?=", "***"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    mm_message *m = NULL, *m2 = NULL;
    mm_rewrite rw;
    mm_buf out = MM_BUF_INIT;
    mm_msg_limits lim = {.max_parts = 300, .max_depth = 30};

    if (!init) {
        mm_message_init();
        init = 1;
    }
    if (size > (1u << 20))
        return 0;
    if (mm_message_parse((const char *)data, size, &lim, &m) != MM_OK)
        abort();

    if (mm_message_rewrite(m, NULL, 0, &rw) != MM_OK || rw.body_changed || rw.nhdrs)
        abort();
    if (mm_message_render(m, &rw, NULL, 0, &out) != MM_OK || out.len != size ||
        (size && memcmp(out.data, data, size) != 0))
        abort();
    mm_rewrite_free(&rw);
    mm_buf_reset(&out);

    /* Replacements drawn from the input itself, so they are reproducible. */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 16777619u;
    size_t ns = mm_message_nsegments(m);
    mm_replacement r[32];
    size_t nr = 0;
    for (size_t i = 0; i < ns && nr + 2 <= 32; i++) {
        const mm_segment *s = mm_message_segment(m, i);
        size_t pos = 0;
        for (int k = 0; k < 2; k++) {
            h = h * 1103515245u + 12345u;
            size_t a = pos + (h >> 8) % (s->len - pos + 1);
            h = h * 1103515245u + 12345u;
            size_t b = a + (h >> 8) % 16;
            if (b > s->len)
                b = s->len;
            const char *t = texts[(h >> 20) % 6];
            r[nr++] = (mm_replacement){i, a, b, t, strlen(t)};
            if (b >= s->len)
                break;
            pos = b + 1;
        }
    }
    if (mm_message_rewrite(m, r, nr, &rw) != MM_OK)
        abort();
    if (rw.body_changed)
        for (size_t i = 0; i < rw.body.len; i++)
            if (rw.body.data[i] == '\n' && (i == 0 || rw.body.data[i - 1] != '\r'))
                abort();
    for (size_t i = 0; i < rw.nhdrs; i++)
        for (const char *v = rw.hdrs[i].value; *v; v++)
            if (*v == '\r' || (*v == '\n' && v[1] != '\t'))
                abort();
    mm_hdr_edit e[2] = {{MM_HDR_DELETE, "X-MedMilter-Category", 1, NULL},
                        {MM_HDR_ADD, "X-MedMilter-Scan", 0, "ok"}};
    if (mm_message_render(m, &rw, e, 2, &out) != MM_OK)
        abort();
    if (mm_message_parse(out.data, out.len, &lim, &m2) != MM_OK)
        abort();
    mm_message_free(m2);
    mm_buf_free(&out);
    mm_rewrite_free(&rw);
    mm_message_free(m);
    return 0;
}
