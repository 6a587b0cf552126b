/*
 * clsindex.c - literal prefixes of lexicon patterns and a trie over them
 * (see clsindex.h).
 *
 * A prefix set is a list of (string, open) pairs such that every match of
 * the pattern so far either equals an open string or starts with a closed
 * one; concatenation extends open strings only. A concatenation that
 * would make too many strings takes the next part's first symbols only;
 * sets that still grow too large are closed (still true, less selective)
 * or given up ("" closed: any text). Character classes are over-approximated, never narrowed.
 *
 * A space in a prefix stands for a run of white space (\s+, the way the
 * classifier writes a pattern's spaces) and a '0' for a run of digits:
 * since a prefix never holds another white-space character or digit and
 * two runs of a kind in a row are one, the run before the next symbol is
 * all of the text's run, and the scan takes it whole. Any white space or
 * digit of a pattern becomes such a run, so "[0-9]+\s*(euros|%)" has the
 * prefixes "0 euros", "0euros", "0 %" and "0%".
 */
#include "clsindex.h"

#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define PFX_MAXLEN 24 /* longer prefixes buy little selectivity */
#define PSET_MAX 1024
#define CLASS_MAX 16 /* a class of more characters says nothing useful */

struct pfx {
    unsigned char len, open;
    char s[PFX_MAXLEN];
};

struct pset {
    int n;
    struct pfx e[PSET_MAX];
};

struct pparse {
    const unsigned char *p, *e;
    int unsafe, nomem;
};

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* \s without UCP (the classifier's patterns): PCRE2's default tables */
static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* The symbol of a byte in prefixes and in the trie: ASCII case folded,
 * white space ' ' and digits '0' (runs, see above). */
static unsigned char fold(unsigned char c)
{
    return is_space(c) ? ' ' : is_digit(c) ? '0' : lower(c);
}

static int is_run(unsigned char c)
{
    return c == ' ' || c == '0';
}

static int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static void ps_any(struct pset *a)
{
    a->n = 1;
    a->e[0].len = 0;
    a->e[0].open = 0;
}

static void ps_empty(struct pset *a)
{
    a->n = 1;
    a->e[0].len = 0;
    a->e[0].open = 1;
}

static void ps_close(struct pset *a)
{
    for (int i = 0; i < a->n; i++)
        a->e[i].open = 0;
}

static int pfx_cmp(const void *a, const void *b)
{
    const struct pfx *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    if (c == 0)
        c = (int)x->len - (int)y->len;
    return c ? c : (int)x->open - (int)y->open;
}

/* Sort and drop duplicates. */
static void ps_unique(struct pset *a)
{
    if (a->n < 2)
        return;
    qsort(a->e, (size_t)a->n, sizeof a->e[0], pfx_cmp);
    int k = 1;
    for (int i = 1; i < a->n; i++)
        if (pfx_cmp(&a->e[k - 1], &a->e[i]) != 0)
            a->e[k++] = a->e[i];
    a->n = k;
}

/* Append x (duplicates are dropped when a fills up); 0 when a is full. */
static int ps_add(struct pset *a, const struct pfx *x)
{
    if (a->n == PSET_MAX)
        ps_unique(a);
    if (a->n == PSET_MAX)
        return 0;
    a->e[a->n++] = *x;
    return 1;
}

static void ps_union(struct pset *a, const struct pset *b)
{
    for (int i = 0; i < b->n; i++)
        if (!ps_add(a, &b->e[i])) {
            ps_any(a);
            return;
        }
    ps_unique(a);
}

static int ps_has_open(const struct pset *a)
{
    for (int i = 0; i < a->n; i++)
        if (a->e[i].open)
            return 1;
    return 0;
}

/* a = a . b, in the scratch set t: 1, or 0 (a unchanged) when too many. */
static int ps_concat_into(struct pset *a, const struct pset *b, struct pset *t)
{
    t->n = 0;
    for (int i = 0; i < a->n; i++) {
        const struct pfx *x = &a->e[i];
        if (!x->open) {
            if (!ps_add(t, x))
                return 0;
            continue;
        }
        for (int j = 0; j < b->n; j++) {
            const struct pfx *y = &b->e[j];
            struct pfx z = *x;
            /* a run and a run of its kind are one run: "\\s+\\s*" */
            size_t skip = z.len && is_run((unsigned char)z.s[z.len - 1]) && y->len &&
                          y->s[0] == z.s[z.len - 1];
            size_t room = PFX_MAXLEN - z.len, n = y->len - skip < room ? y->len - skip : room;
            memcpy(z.s + z.len, y->s + skip, n);
            z.len = (unsigned char)(z.len + n);
            z.open = n == y->len - skip && y->open;
            if (!ps_add(t, &z))
                return 0;
        }
    }
    a->n = t->n;
    memcpy(a->e, t->e, (size_t)t->n * sizeof t->e[0]);
    return 1;
}

/* a = a . b, in the scratch set t. When that makes too many strings, b's
 * strings are cut to their first symbol (closed: still true, less
 * selective), "he" . "\\s*(won'?t|cannot|...)" becoming "he w", "hec"...;
 * when that is still too many, a is closed. */
static void ps_concat(struct pset *a, const struct pset *b, struct pset *t)
{
    if (!ps_has_open(a) || ps_concat_into(a, b, t))
        return;
    struct pset *b1 = malloc(sizeof *b1);
    int done = 0;
    if (b1 != NULL) {
        b1->n = 0;
        for (int j = 0; j < b->n; j++) {
            struct pfx y = b->e[j];
            if (y.len > 1)
                y.len = 1, y.open = 0;
            b1->e[b1->n++] = y;
        }
        ps_unique(b1);
        done = ps_concat_into(a, b1, t);
        free(b1);
    }
    if (!done)
        ps_close(a); /* the strings so far still start every match */
}

static int parse_alt(struct pparse *pp, struct pset *out);

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The character of "\x" escape, pp->p just past the 'x': \xhh or
 * \x{hhh}; -1 (and unsafe) when malformed or too large. */
static long parse_hex(struct pparse *pp)
{
    long v = 0;
    if (pp->p < pp->e && *pp->p == '{') {
        const unsigned char *q = pp->p + 1;
        while (q < pp->e && hexval(*q) >= 0 && v < 0x110000)
            v = v * 16 + hexval(*q++);
        if (q == pp->p + 1 || q >= pp->e || *q != '}' || v >= 0x100) {
            pp->unsafe = 1;
            return -1;
        }
        pp->p = q + 1;
        return v;
    }
    for (int i = 0; i < 2 && pp->p < pp->e && hexval(*pp->p) >= 0; i++)
        v = v * 16 + hexval(*pp->p++);
    return v;
}

/* Over-approximate a bracket class; pp->p is just past '['. */
static void parse_class(struct pparse *pp, unsigned char bits[256])
{
    memset(bits, 0, 256);
    int neg = 0, first = 1;
    if (pp->p < pp->e && *pp->p == '^') {
        neg = 1;
        pp->p++;
    }
    while (pp->p < pp->e) {
        unsigned char c = *pp->p;
        if (c == ']' && !first) {
            pp->p++;
            if (neg)
                memset(bits, 1, 256);
            return;
        }
        first = 0;
        if (c == '[' && pp->p + 1 < pp->e && (pp->p[1] == ':' || pp->p[1] == '.' || pp->p[1] == '=')) {
            pp->unsafe = 1; /* POSIX classes: where PCRE2 ends them is subtle */
            return;
        }
        if (c == '\\') {
            if (pp->p + 1 >= pp->e)
                break;
            unsigned char d = pp->p[1];
            pp->p += 2;
            if (d == 'd') {
                memset(&bits['0'], 1, 10);
                continue;
            } else if (d == 's') {
                for (unsigned k = 0; k < 256; k++)
                    bits[k] |= (unsigned char)is_space((unsigned char)k);
                continue;
            } else if (d == 'x') {
                long v = parse_hex(pp);
                if (v < 0)
                    return;
                c = (unsigned char)v;
            } else if (d == 'p' || d == 'P' || d == 'N' || d == 'o' || d == 'c' ||
                       d == 'Q' || d == 'E' || (d >= '0' && d <= '9')) {
                pp->unsafe = 1; /* multi-character escapes: not worth modelling */
                return;
            } else if (is_alnum(d)) {
                memset(bits, 1, 256); /* \s \w \h \v \D ... and controls */
                continue;
            } else {
                c = d;
            }
            /* an escaped single character can start a range, as in
             * [\*-h] or [\x2a-h] (PCRE2 reads both as '*' to 'h') */
        } else {
            pp->p++;
        }
        if (pp->p + 1 < pp->e && pp->p[0] == '-' && pp->p[1] != ']') {
            unsigned char d = pp->p[1];
            if (d == '\\' || d == '[') {
                pp->unsafe = 1;
                return;
            }
            pp->p += 2;
            for (unsigned k = c; k <= d; k++)
                bits[k] = 1;
            continue;
        }
        bits[c] = 1;
    }
    pp->unsafe = 1; /* unterminated */
}

static void class_set(const unsigned char bits[256], struct pset *out)
{
    unsigned char low[256] = {0};
    int n = 0;
    for (unsigned k = 0; k < 256; k++) {
        if (!bits[k])
            continue;
        if (k == 0) { /* prefixes are C strings */
            ps_any(out);
            return;
        }
        unsigned char l = fold((unsigned char)k);
        if (!low[l]) {
            low[l] = 1;
            n++;
        }
    }
    if (n == 0 || n > CLASS_MAX) {
        ps_any(out);
        return;
    }
    out->n = 0;
    for (unsigned k = 0; k < 256; k++)
        if (low[k]) {
            struct pfx x = {.len = 1, .open = 1};
            x.s[0] = (char)k;
            out->e[out->n++] = x;
        }
}

/* Bytes >= 0x80 are literal bytes: the patterns are not UTF and PCRE2's
 * default tables fold the case of ASCII letters only. */
static void ps_char(struct pset *out, unsigned char c)
{
    if (c == 0) { /* prefixes are C strings */
        ps_any(out);
        return;
    }
    out->n = 1;
    out->e[0].len = 1;
    out->e[0].open = 1;
    out->e[0].s[0] = (char)fold(c);
}

static int parse_group(struct pparse *pp, struct pset *out)
{
    int zero = 0;
    const unsigned char *p = pp->p;
    if (p < pp->e && *p == '*') {
        pp->unsafe = 1; /* (*VERB) */
        return 0;
    }
    if (p < pp->e && *p == '?') {
        p++;
        if (p < pp->e && (*p == ':' || *p == '>' || *p == '|')) {
            p++;
        } else if (p < pp->e && (*p == '=' || *p == '!')) {
            zero = 1, p++;
        } else if (p + 1 < pp->e && *p == '<' && (p[1] == '=' || p[1] == '!')) {
            zero = 1, p += 2;
        } else if (p < pp->e && *p == '<') {
            p++;
            while (p < pp->e && (is_alnum(*p) || *p == '_'))
                p++;
            if (p >= pp->e || *p != '>') {
                pp->unsafe = 1;
                return 0;
            }
            p++;
        } else {
            pp->unsafe = 1; /* options, recursion, callouts, comments... */
            return 0;
        }
    }
    pp->p = p;
    if (parse_alt(pp, out) != MM_OK)
        return -1;
    if (pp->p >= pp->e || *pp->p != ')') {
        pp->unsafe = 1;
        return 0;
    }
    pp->p++;
    if (zero)
        ps_empty(out);
    return 0;
}

/* One atom into out; -1 when out of memory. */
static int parse_atom(struct pparse *pp, struct pset *out)
{
    unsigned char c = *pp->p++;
    unsigned char bits[256];
    switch (c) {
    case '(':
        return parse_group(pp, out);
    case '[':
        parse_class(pp, bits);
        class_set(bits, out);
        return 0;
    case '.':
        ps_any(out);
        return 0;
    case '^':
    case '$':
        ps_empty(out);
        return 0;
    case '\\':
        break;
    default:
        ps_char(out, c);
        return 0;
    }
    if (pp->p >= pp->e) {
        pp->unsafe = 1;
        return 0;
    }
    c = *pp->p++;
    if (c == 'd') {
        memset(bits, 0, sizeof bits);
        memset(&bits['0'], 1, 10);
        class_set(bits, out);
    } else if (c == 'x') {
        long v = parse_hex(pp);
        if (v >= 0)
            ps_char(out, (unsigned char)v);
    } else if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z') {
        ps_empty(out);
    } else if (c == 's' || c == 't' || c == 'n' || c == 'r' || c == 'f') {
        ps_char(out, ' '); /* a run of white space */
    } else if (c == 'D' || c == 'S' || c == 'w' || c == 'W' || c == 'h' ||
               c == 'H' || c == 'v' || c == 'V' || c == 'R' || c == 'e' || c == 'a') {
        ps_any(out);
    } else if (is_alnum(c)) {
        pp->unsafe = 1; /* back references, \K, \G, \Q, \x, \p... */
    } else {
        ps_char(out, c);
    }
    return 0;
}

/* Quantifier after an atom: 1 with *min, *max (-1: unbounded) set. */
static int parse_quant(struct pparse *pp, long *min, long *max)
{
    const unsigned char *p = pp->p;
    if (p >= pp->e)
        return 0;
    if (*p == '?' || *p == '*' || *p == '+') {
        *min = *p == '+';
        *max = *p == '?' ? 1 : -1;
        p++;
    } else if (*p == '{') {
        const unsigned char *q = p + 1;
        long a = 0, b;
        if (q < pp->e && *q == ',') {
            pp->unsafe = 1; /* "{,n}" changed meaning across PCRE2 versions */
            return 0;
        }
        if (q >= pp->e || *q < '0' || *q > '9')
            return 0;
        /* saturated: only 0, 1 and "more" matter (PCRE2 rejects > 65535) */
        for (; q < pp->e && *q >= '0' && *q <= '9'; q++)
            a = a > 100000 ? a : a * 10 + (*q - '0');
        b = a;
        if (q < pp->e && *q == ',') {
            q++;
            b = -1;
            if (q < pp->e && *q >= '0' && *q <= '9')
                for (b = 0; q < pp->e && *q >= '0' && *q <= '9'; q++)
                    b = b > 100000 ? b : b * 10 + (*q - '0');
        }
        if (q >= pp->e || *q != '}')
            return 0; /* a literal '{' */
        p = q + 1;
        *min = a, *max = b;
    } else {
        return 0;
    }
    if (p < pp->e && (*p == '?' || *p == '+'))
        p++; /* lazy or possessive: same strings */
    pp->p = p;
    return 1;
}

static int parse_alt(struct pparse *pp, struct pset *out)
{
    struct pset *seq = malloc(sizeof *seq), *atom = malloc(sizeof *atom),
                *tmp = malloc(sizeof *tmp);
    int rc = MM_OK;
    if (seq == NULL || atom == NULL || tmp == NULL) {
        rc = MM_ENOMEM;
        goto out;
    }
    out->n = 0;
    ps_empty(seq);
    for (;;) {
        if (pp->p >= pp->e || *pp->p == '|' || *pp->p == ')') {
            ps_union(out, seq);
            if (pp->p >= pp->e || *pp->p == ')')
                break;
            pp->p++;
            ps_empty(seq);
            continue;
        }
        if (parse_atom(pp, atom) != 0) {
            rc = MM_ENOMEM;
            goto out;
        }
        if (pp->unsafe)
            goto out;
        long min, max;
        if (parse_quant(pp, &min, &max)) {
            int run = atom->n == 1 && atom->e[0].len == 1 && atom->e[0].open &&
                      is_run((unsigned char)atom->e[0].s[0]);
            if ((max < 0 || max > 1) && !run)
                ps_close(atom);
            if (min == 0) {
                struct pfx none = {.len = 0, .open = 1};
                if (!ps_add(atom, &none))
                    ps_any(atom);
                ps_unique(atom);
            }
        }
        if (pp->unsafe)
            goto out;
        ps_concat(seq, atom, tmp);
    }
out:
    free(seq);
    free(atom);
    free(tmp);
    return rc;
}

void mm_clsindex_strv_free(char **sv, size_t n)
{
    for (size_t i = 0; sv && i < n; i++)
        free(sv[i]);
    free(sv);
}

int mm_clsindex_prefixes(const char *pat, size_t len, int *kind, char ***out, size_t *n)
{
    *out = NULL;
    *n = 0;
    *kind = MM_PFX_UNSAFE;
    struct pparse pp = {(const unsigned char *)pat, (const unsigned char *)pat + len, 0, 0};
    struct pset *ps = malloc(sizeof *ps);
    if (ps == NULL)
        return MM_ENOMEM;
    int rc = parse_alt(&pp, ps);
    if (rc != MM_OK || pp.unsafe || pp.p != pp.e) {
        free(ps);
        return rc; /* a stray ')' is unsafe too */
    }
    *kind = MM_PFX_OPAQUE;
    for (int i = 0; i < ps->n; i++)
        if (ps->e[i].len == 0) {
            free(ps);
            return MM_OK;
        }
    /* drop strings that extend another: the shorter one already fires;
     * sorted, the strings that extend s follow s */
    ps_unique(ps);
    char **sv = calloc(ps->n > 0 ? (size_t)ps->n : 1, sizeof *sv);
    size_t k = 0;
    const struct pfx *kept = NULL;
    for (int i = 0; sv && i < ps->n; i++) {
        const struct pfx *x = &ps->e[i];
        if (kept && kept->len <= x->len && memcmp(kept->s, x->s, kept->len) == 0)
            continue;
        if ((sv[k] = strndup(x->s, x->len)) == NULL) {
            mm_clsindex_strv_free(sv, k);
            sv = NULL;
            break;
        }
        kept = x;
        k++;
    }
    free(ps);
    if (sv == NULL)
        return MM_ENOMEM;
    *kind = MM_PFX_OK;
    *out = sv;
    *n = k;
    return MM_OK;
}

/* --- trie ------------------------------------------------------------ */

struct bnode {
    uint32_t child, sibling, out; /* first child, next sibling, output list (0: none) */
    unsigned char byte;
};

struct bout {
    uint32_t id, next;
};

struct da_cell {
    uint32_t base, check;
};

struct mm_clsindex {
    /* building */
    struct bnode *bn;
    size_t nbn, cbn;
    struct bout *bo;
    size_t nbo, cbo;
    /* finished: a double-array trie. Text bytes map to codes (letters of
     * both cases to one, white space to CODE_SP and digits to CODE_DG when
     * literals hold them, bytes in no literal to 0); the child of slot s
     * by code k is slot base[s] + k when check[base[s] + k] is s, or s
     * with DA_SPECIAL when the child has outputs or is reached by a run
     * (so the common step makes one test). base and check of a slot share
     * one 8-byte cell, so each step of a walk is one cache line: the array
     * (~200k slots for the shipped lexicons) is larger than L2.
     * Slot s has outputs [ooff[s], ooff[s + 1]). */
    struct da_cell *da;
    uint32_t *ooff, *oid;
    size_t nslot;
    unsigned char code[256];
    unsigned char flag[256]; /* FL_* of each text byte */
};

#define DA_SPECIAL 0x80000000u
enum { FL_ALNUM = 1, FL_START = 2 };
enum { CODE_SP = 1, CODE_DG = 2, CODE_RUNS = 2 }; /* the runs: codes 1 and 2 */

int mm_clsindex_new(mm_clsindex **out)
{
    mm_clsindex *x = calloc(1, sizeof *x);
    if (x == NULL)
        return MM_ENOMEM;
    if (mm_array_grow((void **)&x->bn, &x->cbn, 0, sizeof *x->bn) != MM_OK ||
        mm_array_grow((void **)&x->bo, &x->cbo, 0, sizeof *x->bo) != MM_OK) {
        mm_clsindex_free(x);
        return MM_ENOMEM;
    }
    memset(&x->bn[0], 0, sizeof x->bn[0]); /* the root */
    x->nbn = 1;
    memset(&x->bo[0], 0, sizeof x->bo[0]); /* index 0 means "none" */
    x->nbo = 1;
    *out = x;
    return MM_OK;
}

void mm_clsindex_free(mm_clsindex *x)
{
    if (x == NULL)
        return;
    free(x->bn);
    free(x->bo);
    free(x->da);
    free(x->ooff);
    free(x->oid);
    free(x);
}

int mm_clsindex_add(mm_clsindex *x, const char *lit, size_t len, uint32_t id)
{
    if (len == 0 || x->bn == NULL)
        return MM_EINVAL;
    uint32_t nd = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = fold((unsigned char)lit[i]);
        if (i && is_run(c) && fold((unsigned char)lit[i - 1]) == c)
            continue; /* two runs of a kind in a row are one */
        uint32_t ch = x->bn[nd].child;
        while (ch && x->bn[ch].byte != c)
            ch = x->bn[ch].sibling;
        if (ch == 0) {
            if (x->nbn >= UINT32_MAX ||
                mm_array_grow((void **)&x->bn, &x->cbn, x->nbn, sizeof *x->bn) != MM_OK)
                return MM_ENOMEM;
            ch = (uint32_t)x->nbn++;
            x->bn[ch] = (struct bnode){0, x->bn[nd].child, 0, c};
            x->bn[nd].child = ch;
        }
        nd = ch;
    }
    for (uint32_t o = x->bn[nd].out; o; o = x->bo[o].next)
        if (x->bo[o].id == id)
            return MM_OK;
    if (x->nbo >= UINT32_MAX ||
        mm_array_grow((void **)&x->bo, &x->cbo, x->nbo, sizeof *x->bo) != MM_OK)
        return MM_ENOMEM;
    x->bo[x->nbo] = (struct bout){id, x->bn[nd].out};
    x->bn[nd].out = (uint32_t)x->nbo++;
    return MM_OK;
}

#define SLOT_FREE UINT32_MAX

/* Room for slots [0, n) plus a code's reach past them. */
static int da_reserve(mm_clsindex *x, size_t *cap, size_t n)
{
    size_t need = n + 257;
    if (need <= *cap)
        return MM_OK;
    size_t nc = *cap ? *cap : 1024;
    while (nc < need)
        nc *= 2;
    struct da_cell *d = realloc(x->da, nc * sizeof *d);
    if (d == NULL)
        return MM_ENOMEM;
    x->da = d;
    for (size_t i = *cap; i < nc; i++)
        x->da[i] = (struct da_cell){0, SLOT_FREE};
    *cap = nc;
    return MM_OK;
}

int mm_clsindex_finish(mm_clsindex *x)
{
    size_t n = x->nbn, cap = 0;
    /* codes: one per byte of the literals, the runs first, then in byte
     * order (at most 256 - 2 bytes besides the runs: fold maps the 10
     * digits to one, the 6 white-space bytes to one) */
    unsigned char used[256] = {0};
    for (size_t i = 1; i < n; i++)
        used[x->bn[i].byte] = 1;
    unsigned char lcode[256] = {0};
    lcode[' '] = used[' '] ? CODE_SP : 0;
    lcode['0'] = used['0'] ? CODE_DG : 0;
    unsigned k = CODE_RUNS;
    for (unsigned b = 0; b < 256; b++)
        if (used[b] && !is_run((unsigned char)b))
            lcode[b] = (unsigned char)++k;
    for (unsigned b = 0; b < 256; b++)
        x->code[b] = lcode[fold((unsigned char)b)];
    uint32_t *slot = malloc(n * sizeof *slot), *queue = malloc(n * sizeof *queue);
    int rc = slot && queue ? da_reserve(x, &cap, 1) : MM_ENOMEM;
    /* place nodes breadth first, each family at the first base that fits */
    size_t qh = 0, qt = 0, first_free = 1, top = 1;
    if (rc == MM_OK) {
        slot[0] = 0;
        x->da[0].check = SLOT_FREE - 1; /* the root: used, nobody's child */
        queue[qt++] = 0;
    }
    while (rc == MM_OK && qh < qt) {
        uint32_t nd = queue[qh++], s = slot[nd];
        unsigned char kids[256];
        unsigned nk = 0;
        for (uint32_t ch = x->bn[nd].child; ch; ch = x->bn[ch].sibling)
            kids[nk++] = lcode[x->bn[ch].byte];
        if (nk == 0)
            continue;
        unsigned char kmin = 255;
        for (unsigned j = 0; j < nk; j++)
            kmin = kids[j] < kmin ? kids[j] : kmin;
        while (x->da[first_free].check != SLOT_FREE)
            first_free++;
        size_t b = first_free > kmin ? first_free - kmin : 0;
        for (;; b++) {
            if ((rc = da_reserve(x, &cap, b + 256)) != MM_OK)
                break;
            unsigned j = 0;
            while (j < nk && x->da[b + kids[j]].check == SLOT_FREE)
                j++;
            if (j == nk)
                break;
        }
        if (rc != MM_OK || b + 256 >= DA_SPECIAL) {
            rc = MM_ENOMEM;
            break;
        }
        x->da[s].base = (uint32_t)b;
        for (uint32_t ch = x->bn[nd].child; ch; ch = x->bn[ch].sibling) {
            size_t cs = b + lcode[x->bn[ch].byte];
            x->da[cs].check = s | (is_run(x->bn[ch].byte) ? DA_SPECIAL : 0);
            slot[ch] = (uint32_t)cs;
            queue[qt++] = ch;
            if (cs + 1 > top)
                top = cs + 1;
        }
    }
    free(queue);
    if (rc == MM_OK) {
        x->nslot = top;
        x->ooff = calloc(top + 1, sizeof *x->ooff);
        x->oid = calloc(x->nbo, sizeof *x->oid);
        if (x->ooff == NULL || x->oid == NULL)
            rc = MM_ENOMEM;
    }
    if (rc == MM_OK) {
        /* outputs by slot: count, offsets, fill */
        for (size_t i = 0; i < n; i++)
            for (uint32_t o = x->bn[i].out; o; o = x->bo[o].next)
                x->ooff[slot[i] + 1]++;
        for (size_t i = 1; i <= top; i++) {
            if (x->ooff[i])
                x->da[i - 1].check |= DA_SPECIAL;
            x->ooff[i] += x->ooff[i - 1];
        }
        for (size_t i = 0; i < n; i++) {
            uint32_t w = x->ooff[slot[i]];
            for (uint32_t o = x->bn[i].out; o; o = x->bo[o].next)
                x->oid[w++] = x->bo[o].id;
        }
    }
    free(slot);
    for (unsigned b = 0; rc == MM_OK && b < 256; b++) {
        uint32_t kb = x->code[b];
        x->flag[b] = (unsigned char)((is_alnum((unsigned char)b) ? FL_ALNUM : 0) |
                                     (kb && (x->da[x->da[0].base + kb].check & ~DA_SPECIAL) == 0 ? FL_START : 0));
    }
    if (rc != MM_OK) {
        free(x->da);
        free(x->ooff);
        free(x->oid);
        x->da = NULL;
        x->ooff = x->oid = NULL;
        return rc;
    }
    free(x->bn);
    free(x->bo);
    x->bn = NULL;
    x->bo = NULL;
    return MM_OK;
}

/* Append the outputs of slot s as candidates at p; out of the walk's
 * loop, which most steps leave without output, to keep its registers. */
static __attribute__((noinline)) int scan_out(const mm_clsindex *x, uint32_t s, size_t p,
                                              mm_clshits *h)
{
    for (uint32_t o = x->ooff[s]; o < x->ooff[s + 1]; o++) {
        if (h->n == h->cap) {
            size_t c1 = h->cap, c2 = h->cap;
            if (mm_array_grow((void **)&h->pos, &c1, h->n, sizeof *h->pos) != MM_OK ||
                mm_array_grow((void **)&h->id, &c2, h->n, sizeof *h->id) != MM_OK)
                return MM_ENOMEM;
            h->cap = c1 < c2 ? c1 : c2;
        }
        h->pos[h->n] = (uint32_t)p;
        h->id[h->n++] = x->oid[o];
    }
    return MM_OK;
}

/* The last run of each kind a walk took, [from, to): every position in a
 * run of white space starts a walk that takes the rest of the run, and
 * every walk from a word start up to 24 symbols back may take a run, so
 * remembering it makes a long run cost linear, not quadratic, time. */
struct scan_runs {
    size_t from[CODE_RUNS + 1], to[CODE_RUNS + 1];
};

/* The walk of the trie from p: its candidates appended to h. */
static inline __attribute__((always_inline)) int
scan_walk(const mm_clsindex *x, const unsigned char *t, size_t len, size_t p,
          struct scan_runs *r, mm_clshits *h)
{
    const struct da_cell *da = x->da;
    const unsigned char *code = x->code;
    uint32_t s = 0, b = da[0].base;
    size_t i = p;
    do {
        /* no slot has a child by code 0 (a byte in no literal), so the
         * check fails for it as for any other missing child */
        uint32_t k = code[t[i++]], ns = b + k;
        struct da_cell c = da[ns];
        if (c.check != s) {
            if (c.check != (s | DA_SPECIAL))
                break;
            if (k <= CODE_RUNS) { /* a run is one symbol */
                if (i >= r->from[k] && i <= r->to[k]) {
                    i = r->to[k];
                } else {
                    r->from[k] = i;
                    while (i < len && code[t[i]] == k)
                        i++;
                    r->to[k] = i;
                }
            }
            if (x->ooff[ns] != x->ooff[ns + 1] && scan_out(x, ns, p, h) != MM_OK)
                return MM_ENOMEM;
        }
        s = ns;
        b = c.base;
    } while (i < len);
    return MM_OK;
}

int mm_clsindex_scan(const mm_clsindex *x, const char *text, size_t len, mm_clshits *h)
{
    const unsigned char *t = (const unsigned char *)text;
    h->n = 0;
    if (x->da == NULL)
        return MM_EINVAL;
    const unsigned char *flag = x->flag;
    struct scan_runs r = {{1, 1, 1}, {0, 0, 0}};
    size_t p = 0;
#ifdef __SSE2__
    /* Walks start where no ASCII letter or digit precedes: find those 16
     * bytes at a time (most of mail text is words) */
    const __m128i case_bit = _mm_set1_epi8(0x20), a_lo = _mm_set1_epi8('a' - 1),
                  a_hi = _mm_set1_epi8('z' + 1), d_lo = _mm_set1_epi8('0' - 1),
                  d_hi = _mm_set1_epi8('9' + 1);
    for (; p + 16 <= len; p += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + p));
        __m128i l = _mm_or_si128(v, case_bit);
        __m128i an = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(l, a_lo), _mm_cmplt_epi8(l, a_hi)),
                                  _mm_and_si128(_mm_cmpgt_epi8(v, d_lo), _mm_cmplt_epi8(v, d_hi)));
        unsigned m = (unsigned)_mm_movemask_epi8(an);
        unsigned st = ~((m << 1) | (unsigned)(p > 0 && (flag[t[p - 1]] & FL_ALNUM))) & 0xffffu;
        for (; st; st &= st - 1) {
            size_t j = p + (unsigned)__builtin_ctz(st);
            if ((flag[t[j]] & FL_START) && scan_walk(x, t, len, j, &r, h) != MM_OK)
                return MM_ENOMEM;
        }
    }
#endif
    for (; p < len; p++)
        if ((flag[t[p]] & FL_START) && !(p && (flag[t[p - 1]] & FL_ALNUM)) &&
            scan_walk(x, t, len, p, &r, h) != MM_OK)
            return MM_ENOMEM;
    return MM_OK;
}

void mm_clshits_free(mm_clshits *h)
{
    free(h->pos);
    free(h->id);
    memset(h, 0, sizeof *h);
}
