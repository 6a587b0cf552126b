/*
 * detect_ctx.c - context words: their PCRE2 pattern, and the same
 * matching done directly.
 *
 * A word compiles to atoms, one per piece of its pattern: a byte (caseless
 * for ASCII letters), a run of blanks, an accented letter with its
 * alternatives, the degree sign with its. Matching tries the words in
 * list order at each start, as the alternation does, and gives back
 * blanks of a run when what follows fails, as the greedy repeat does.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "detect_ctx.h"

#define WS "(?:[ \\t]|\\xc2\\xa0|\\xe2\\x80\\xaf)+"

enum { A_BYTE, A_LETTER, A_BLANKS, A_ACCENT, A_DEGREE };

typedef struct atom {
    uint8_t kind;
    uint8_t a, b, c; /* A_BYTE: a; A_LETTER: lower case a; A_ACCENT: c3 a | c3 b | letter c */
} atom;

typedef struct cword {
    atom *v;
    size_t n;
} cword;

struct mm_ctxwords {
    cword *w;
    size_t n;
    uint64_t first[256]; /* words (the first 64) that can start with the byte */
    bool more;           /* words past the first 64, tried at every start */
};

static bool is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool is_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Accented Latin letters (second byte of U+00C0..U+00FF, lower case) that
 * also match their bare letter. */
static char accent_base(unsigned char lo)
{
    static const struct {
        unsigned char lo;
        char base;
    } acc[] = {{0xa0, 'a'}, {0xa2, 'a'}, {0xa7, 'c'}, {0xa8, 'e'}, {0xa9, 'e'}, {0xaa, 'e'},
               {0xab, 'e'}, {0xae, 'i'}, {0xaf, 'i'}, {0xb4, 'o'}, {0xb9, 'u'}, {0xbb, 'u'},
               {0xbc, 'u'}};
    for (size_t i = 0; i < sizeof acc / sizeof *acc; i++)
        if (acc[i].lo == lo)
            return acc[i].base;
    return 0;
}

/* Splits w into atoms; with b, appends each one's pattern, with out, stores
 * them (out->v large enough: at most 2 atoms per byte). */
static int parse_word(const char *w, mm_buf *b, cword *out)
{
    int rc = MM_OK;
    atom at[2];
    for (const unsigned char *p = (const unsigned char *)w; *p && rc == MM_OK; p++) {
        size_t na = 1;
        if (is_alnum(*p)) {
            at[0] = (atom){is_letter(*p) ? A_LETTER : A_BYTE, is_letter(*p) ? *p | 0x20 : *p, 0, 0};
            if (b)
                rc = mm_buf_append(b, p, 1);
        } else if (*p == ' ') {
            while (p[1] == ' ')
                p++;
            at[0] = (atom){A_BLANKS, 0, 0, 0};
            if (b)
                rc = mm_buf_appendf(b, "%s", WS);
        } else if (*p == 0xC2 && (p[1] == 0xB0 || p[1] == 0xBA)) {
            p++;
            at[0] = (atom){A_DEGREE, 0, 0, 0};
            if (b)
                rc = mm_buf_appendf(b, "(?:\\xc2\\xb0|\\xc2\\xba|o)");
        } else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) {
            unsigned char lo = p[1] | 0x20;
            char base = accent_base(lo);
            p++;
            if (base) {
                at[0] = (atom){A_ACCENT, lo, (uint8_t)(lo & ~0x20u), (uint8_t)base};
                if (b)
                    rc = mm_buf_appendf(b, "(?:\\xc3\\x%02x|\\xc3\\x%02x|%c)", lo, lo & ~0x20u,
                                        base);
            } else {
                at[0] = (atom){A_BYTE, 0xC3, 0, 0};
                at[1] = (atom){A_BYTE, *p, 0, 0};
                na = 2;
                if (b)
                    rc = mm_buf_appendf(b, "\\xc3\\x%02x", *p);
            }
        } else {
            at[0] = (atom){A_BYTE, *p, 0, 0};
            if (b)
                rc = mm_buf_appendf(b, "\\x%02x", *p);
        }
        if (out)
            for (size_t i = 0; i < na; i++)
                out->v[out->n++] = at[i];
    }
    return rc;
}

int mm_ctx_pattern(mm_buf *b, const char *const *words, size_t n)
{
    int rc = mm_buf_appendf(b, "(?<![A-Za-z0-9])(?<![\\xc3-\\xc9][\\x80-\\xbf])(?:");
    for (size_t i = 0; rc == MM_OK && i < n; i++) {
        if (i > 0)
            rc = mm_buf_append(b, "|", 1);
        if (rc == MM_OK)
            rc = parse_word(words[i], b, NULL);
    }
    if (rc == MM_OK)
        rc = mm_buf_appendf(b, ")(?![A-Za-z\\xc3-\\xc9])");
    return rc;
}

/* Bytes atom a can start with. */
static void first_bytes(const atom *a, uint64_t *set, uint64_t bit)
{
    switch (a->kind) {
    case A_BYTE:
        set[a->a] |= bit;
        break;
    case A_LETTER:
        set[a->a] |= bit;
        set[a->a & ~0x20] |= bit;
        break;
    case A_BLANKS:
        set[' '] |= bit;
        set['\t'] |= bit;
        set[0xC2] |= bit;
        set[0xE2] |= bit;
        break;
    case A_ACCENT:
        set[0xC3] |= bit;
        set[a->c] |= bit;
        set[a->c & ~0x20] |= bit;
        break;
    default: /* A_DEGREE */
        set[0xC2] |= bit;
        set['o'] |= bit;
        set['O'] |= bit;
        break;
    }
}

int mm_ctxwords_new(const char *const *words, size_t n, mm_ctxwords **out)
{
    *out = NULL;
    mm_ctxwords *cw = calloc(1, sizeof *cw);
    if (cw == NULL || (n > 0 && (cw->w = calloc(n, sizeof *cw->w)) == NULL)) {
        free(cw);
        return MM_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        cword *w = &cw->w[i];
        if ((w->v = calloc(2 * strlen(words[i]) + 1, sizeof *w->v)) == NULL) {
            cw->n = i;
            mm_ctxwords_free(cw);
            return MM_ENOMEM;
        }
        (void)parse_word(words[i], NULL, w);
        if (i >= 64)
            cw->more = true;
        else if (w->n > 0)
            first_bytes(&w->v[0], cw->first, (uint64_t)1 << i);
    }
    cw->n = n;
    *out = cw;
    return MM_OK;
}

void mm_ctxwords_free(mm_ctxwords *cw)
{
    if (cw == NULL)
        return;
    for (size_t i = 0; i < cw->n; i++)
        free(cw->w[i].v);
    free(cw->w);
    free(cw);
}

/* Length of a blank (space, tab, no-break or narrow no-break space) at i. */
static size_t blank(const unsigned char *t, size_t end, size_t i)
{
    if (i >= end)
        return 0;
    if (t[i] == ' ' || t[i] == '\t')
        return 1;
    if (t[i] == 0xC2 && i + 1 < end && t[i + 1] == 0xA0)
        return 2;
    if (t[i] == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0xAF)
        return 3;
    return 0;
}

/* Atoms k.. of w at i, then the end boundary: the match end, or SIZE_MAX.
 * budget bounds the backtracking over blanks a pathological configured
 * word could cause, as the match limit bounds PCRE2. */
static size_t match_from(const cword *w, size_t k, const unsigned char *t, size_t end, size_t i,
                         size_t *budget)
{
    for (; k < w->n; k++) {
        const atom *a = &w->v[k];
        switch (a->kind) {
        case A_BYTE:
            if (i >= end || t[i] != a->a)
                return SIZE_MAX;
            i++;
            break;
        case A_LETTER:
            if (i >= end || (t[i] | 0x20) != a->a)
                return SIZE_MAX;
            i++;
            break;
        case A_DEGREE:
            if (i + 1 < end && t[i] == 0xC2 && (t[i + 1] == 0xB0 || t[i + 1] == 0xBA))
                i += 2;
            else if (i < end && (t[i] | 0x20) == 'o')
                i++;
            else
                return SIZE_MAX;
            break;
        case A_ACCENT:
            if (i + 1 < end && t[i] == 0xC3 && (t[i + 1] == a->a || t[i + 1] == a->b))
                i += 2;
            else if (i < end && (t[i] | 0x20) == a->c)
                i++;
            else
                return SIZE_MAX;
            break;
        default: { /* A_BLANKS: greedy, then giving back one blank at a time */
            size_t n, j = i;
            while ((n = blank(t, end, j)) > 0)
                j += n;
            while (j > i) {
                if (*budget == 0)
                    return SIZE_MAX;
                --*budget;
                size_t e = match_from(w, k + 1, t, end, j, budget);
                if (e != SIZE_MAX)
                    return e;
                /* the last blank ends in a0 (c2 a0), af (e2 80 af) or is one byte */
                j -= t[j - 1] == 0xA0 ? 2 : t[j - 1] == 0xAF ? 3 : 1;
            }
            return SIZE_MAX;
        }
        }
    }
    /* (?![A-Za-z\xc3-\xc9]) */
    if (i < end && (is_letter(t[i]) || (t[i] >= 0xC3 && t[i] <= 0xC9)))
        return SIZE_MAX;
    return i;
}

size_t mm_ctxwords_find(const mm_ctxwords *cw, const char *text, size_t end, size_t from,
                        size_t slim, size_t *start)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t budget = 1000000;
    if (slim > end)
        slim = end;
    for (size_t p = from; p < slim; p++) {
        uint64_t m = cw->first[t[p]];
        if (m == 0 && !cw->more)
            continue;
        /* (?<![A-Za-z0-9])(?<![\xc3-\xc9][\x80-\xbf]) */
        if (p > 0 && is_alnum(t[p - 1]))
            continue;
        if (p > 1 && t[p - 2] >= 0xC3 && t[p - 2] <= 0xC9 && t[p - 1] >= 0x80 && t[p - 1] <= 0xBF)
            continue;
        /* words in list order: those of the first 64 that can start here, then the rest */
        for (; m; m &= m - 1) {
            size_t e = match_from(&cw->w[__builtin_ctzll(m)], 0, t, end, p, &budget);
            if (e != SIZE_MAX) {
                *start = p;
                return e;
            }
        }
        for (size_t i = 64; i < cw->n; i++) {
            size_t e = match_from(&cw->w[i], 0, t, end, p, &budget);
            if (e != SIZE_MAX) {
                *start = p;
                return e;
            }
        }
    }
    return SIZE_MAX;
}
