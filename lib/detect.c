/*
 * detect.c - PHI detection engine.
 *
 * How a text is scanned:
 *  1. tokens already present ([[TYPE:XXXXXXXXXXXX]]) are located so that
 *     nothing inside or across them is reported;
 *  2. a byte loop groups digits into clusters (digits at most CLUSTER_GAP
 *     bytes apart); every identifier handled here has digits, so text
 *     without digits is skipped 16 bytes at a time;
 *  3. each enabled detector whose prefilter (minimum digits, longest run,
 *     letters, separators) the cluster meets is matched over a window
 *     around it: by its C matcher (detect_shape.c, same matches as its
 *     pattern) at the starts the cluster offers, or by its PCRE2 JIT
 *     pattern (site MRN patterns, and every detector when
 *     mm_detector_set_native is off: the reference);
 *  4. each match is validated (checksum, structure, calendar), normalised
 *     and, where the type needs it, confirmed by a context word found in
 *     the window before it with no other number in between (detect_ctx.c
 *     matches the words, as their pattern would);
 *  5. e-mail addresses are found from each '@' the same way;
 *  6. overlapping candidates are resolved: higher rank (check strength,
 *     +4 when a context word confirmed it), then longer, then earlier,
 *     then detector table order.
 * Patterns run in byte mode (no PCRE2_UTF): text may be invalid UTF-8 and
 * the patterns only need ASCII classes plus a few explicit UTF-8 sequences
 * (no-break spaces, accented letters).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <sodium.h>

#include "detect.h"
#include "detect_ctx.h"
#include "detect_shape.h"

/* Digits further apart than this start a new cluster; wide enough to
 * bridge "1er septembre 1941" and letter groups inside an IBAN. */
#define CLUSTER_GAP 16
/* Bytes scanned before a cluster's first digit ("September ", "+1 (",
 * "FR76", DEA letters) and after its last one. */
#define LEFT_MARGIN 12
#define RIGHT_MARGIN 4
#define DEFAULT_WINDOW 48
#define MAX_WINDOW 4096
#define CTX_BONUS 4

/* Pattern building blocks (byte mode). */
#define B0 "(?<![0-9A-Za-z])"
#define B1 "(?![0-9A-Za-z])"
#define SEP "(?:[ .\\-]|\\xc2\\xa0|\\xe2\\x80\\xaf)"
#define WS1 "(?:[ \\t]|\\xc2\\xa0|\\xe2\\x80\\xaf)"
#define WS WS1 "+"
/* bytes one of which any WS1 holds */
#define WSB " \t\xc2\xe2"
#define MBI_L "[AC-HJKMNP-RT-Y]"
#define MBI_X "[AC-HJKMNP-RT-Y0-9]"
#define MONTH_EN                                                                                \
    "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"          \
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
#define E_ACUTE "(?:\\xc3\\xa9|\\xc3\\x89|e)"
#define U_CIRC "(?:\\xc3\\xbb|\\xc3\\x9b|u)"
#define MONTH_FR                                                                                \
    "(?:janv(?:ier)?|f" E_ACUTE "vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao" U_CIRC    \
    "t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d" E_ACUTE "c(?:embre)?)\\.?"
#define ORD "(?:st|nd|rd|th)?"

typedef struct cand {
    mm_span sp;
    int rank;
    unsigned order;
    size_t dirty; /* bytes of sp.norm the checks may have written */
} cand;

/* Every writer of a candidate's norm (norm_compact, norm_set, chk_email,
 * chk_dob) writes at most the span's length plus a 3-byte prefix ("+33")
 * and the NUL; a date's ISO form (10 bytes) fits the shortest date (6). */
#define NORM_DIRTY(s, e) ((e) - (s) + 5 < MM_NORM_MAX ? (e) - (s) + 5 : MM_NORM_MAX)

static void wipe_cand(cand *c) { sodium_memzero(c->sp.norm, c->dirty); }

typedef bool (*check_fn)(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                         cand *c);

typedef bool (*valid_fn)(const char *compact, size_t n);

/* A detector: check validates and normalises a match; when it is NULL the
 * match is compacted (digits, or letters and digits when letters) and
 * valid, if any, decides. */
typedef struct det_rt {
    const char *id;
    mm_phi_type type;
    unsigned min_digits;
    int strength;
    bool need_ctx; /* a context word of its type must precede it */
    bool letters;
    check_fn check;
    valid_fn valid;
    pcre2_code *re;
    unsigned min_run; /* prefilter: longest run of adjacent digits needed */
    bool upper;       /* prefilter: needs a letter near the digits */
    bool digit_first; /* every match starts with a digit: no left margin */
    unsigned need;    /* prefilter: shape bits (shape_bit) of which one is needed */
    mm_shape_fn shape; /* C matcher, used instead of re unless native is off */
    unsigned starts;   /* MM_SHAPE_START_* */
    uint32_t runs;     /* see det_def */
    bool month;        /* may start with a month name, see det_def */
} det_rt;

/* The context words of one type as one pattern. */
typedef struct ctxpat {
    pcre2_code *re; /* NULL: no word can confirm */
    mm_ctxwords *cw; /* the same words, matched without PCRE2 */
    bool digits;    /* some word has a digit ("ZIP+4") */
} ctxpat;

struct mm_detector {
    det_rt *dets;
    size_t ndets;
    pcre2_code *email_re;
    ctxpat ctx[MM_PHI_COUNT];
    ctxpat dob_day_first; /* DOB context words implying d/m/y */
    pcre2_match_context *mctx;
    bool enabled[MM_PHI_COUNT];
    bool require_ctx[MM_PHI_COUNT];
    size_t window;
    unsigned min_digits_any;
    int cur_year;
    bool native; /* C matchers for the detectors that have one */
    uint16_t shape[256]; /* shape_bit of every byte */
    uint8_t start_cls[256]; /* MM_SHAPE_START_* bit of every byte */
    /* The prefilter as masks of detectors (bit i: dets[i]), see fit_masks. */
    uint64_t fit_digits[65], fit_run[65]; /* min_digits, min_run <= index */
    uint64_t need_upper, no_need, need_bit[16];
    uint64_t shaped;      /* with a C matcher */
    uint64_t far;         /* C matchers that may start at a month name */
    uint64_t starts[9];   /* by MM_SHAPE_START_* bit: C matchers starting so */
    uint64_t run_mask[32]; /* C matchers whose digit start run can be the index */
};

struct mm_detect_scratch {
    pcre2_match_data *md;
    cand *c;
    size_t nc, capc;
    const cand **ord; /* candidates sorted in resolve (pointers: a cand is large) */
    size_t capord;
    size_t *tok; /* start,end pairs of tokens in the text */
    size_t ntok, captok;
    unsigned char *occ;
    size_t occcap;
};

/* ------------------------------------------------------------------ */
/* Small helpers                                                        */

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(unsigned char c)
{
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Lead bytes of U+00C0..U+027F: Latin letters in practice. */
static bool is_letter_lead(unsigned char c) { return c >= 0xC3 && c <= 0xC9; }

/* Shape of a cluster's window: which separators and letters it holds.
 * Bit k+1 stands for byte shape_bytes[k]; bit 0 for an ASCII letter. */
static const char shape_bytes[] = "- \t\xc2\xe2(.+0/";
#define SHAPE_LETTER 1u
#define SHAPE_DIGIT (1u << 14) /* in mm_detector.shape only, never needed */
#define SHAPE_LD (1u << 15)    /* an ASCII letter just before a digit */

static unsigned shape_bit(unsigned char c)
{
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return SHAPE_LETTER;
    const char *p = c ? strchr(shape_bytes, c) : NULL;
    return p ? 2u << (p - shape_bytes) : 0;
}

/* Does the text just before s continue a word or a longer number? */
static bool word_before(const char *t, size_t s)
{
    if (s == 0)
        return false;
    unsigned char p = (unsigned char)t[s - 1];
    if (is_alnum(p))
        return true;
    if (p >= 0x80) {
        size_t k = s - 1;
        while (k > 0 && s - 1 - k < 3 && ((unsigned char)t[k] & 0xC0) == 0x80)
            k--;
        return is_letter_lead((unsigned char)t[k]);
    }
    return (p == '-' || p == '.' || p == '/') && s >= 2 && is_digit((unsigned char)t[s - 2]);
}

/* Does the text from e on continue a word or a longer number? */
static bool word_after(const char *t, size_t len, size_t e)
{
    if (e >= len)
        return false;
    unsigned char c = (unsigned char)t[e];
    if (is_alnum(c) || is_letter_lead(c))
        return true;
    return (c == '-' || c == '.' || c == '/') && e + 1 < len && is_digit((unsigned char)t[e + 1]);
}

/* Copy the characters of t[s,e) selected by keep (digits only, or letters
 * and digits upper-cased) into c->sp.norm. False when it does not fit. */
static bool norm_compact(cand *c, const char *t, bool letters)
{
    size_t n = 0;
    for (size_t i = c->sp.start; i < c->sp.end; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (!(is_digit(ch) || (letters && is_alnum(ch))))
            continue;
        if (n + 1 >= MM_NORM_MAX)
            return false;
        c->sp.norm[n++] = (char)(is_digit(ch) ? ch : ch & ~0x20); /* ASCII upper case */
    }
    c->sp.norm[n] = '\0';
    c->sp.norm_len = n;
    return true;
}

static void norm_set(cand *c, const char *prefix, const char *v, size_t n)
{
    size_t p = strlen(prefix);
    memcpy(c->sp.norm, prefix, p);
    memcpy(c->sp.norm + p, v, n);
    c->sp.norm_len = p + n;
    c->sp.norm[c->sp.norm_len] = '\0';
}

/* Just after the last digit in t[from,to), from if none (16 bytes at a
 * time from the end). */
static size_t after_last_digit(const char *t, size_t from, size_t to)
{
#ifdef __SSE2__
    const __m128i lo = _mm_set1_epi8('0' - 1), hi = _mm_set1_epi8('9' + 1);
    while (to >= from + 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + to - 16));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi)));
        if (m)
            return to - 16 + (unsigned)(32 - __builtin_clz(m));
        to -= 16;
    }
#endif
    for (; to > from; to--)
        if (is_digit((unsigned char)t[to - 1]))
            return to;
    return from;
}

/* Leftmost context word of cp in t[from,end): its end (and *start), or
 * SIZE_MAX. Natively, a word starting at slim or later counts as none. */
static size_t ctx_find(const mm_detector *d, mm_detect_scratch *sc, const ctxpat *cp,
                       const char *t, size_t end, size_t from, size_t slim, size_t *start)
{
    if (d->native)
        return mm_ctxwords_find(cp->cw, t, end, from, slim, start);
    if (pcre2_match(cp->re, (PCRE2_SPTR)t, end, from, 0, sc->md, d->mctx) < 0)
        return SIZE_MAX;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
    *start = ov[0];
    return ov[1];
}

/* End of the nearest context word (of cp) in the window before pos,
 * provided no digit lies between it and pos; SIZE_MAX when none. */
static size_t ctx_before(const mm_detector *d, mm_detect_scratch *sc, const ctxpat *cp,
                         const char *t, size_t pos)
{
    if (cp->re == NULL)
        return SIZE_MAX;
    size_t ws = pos > d->window ? pos - d->window : 0;
    while (ws < pos && ((unsigned char)t[ws] & 0xC0) == 0x80)
        ws++;
    /* A word without digits that ends before the last digit cannot
     * confirm: search only after that digit. */
    if (!cp->digits)
        ws = after_last_digit(t, ws, pos);
    size_t best = SIZE_MAX, bstart = 0, off = ws;
    while (off < pos) {
        size_t ms, me = ctx_find(d, sc, cp, t, pos, off, pos, &ms);
        if (me == SIZE_MAX)
            break;
        best = me;
        bstart = ms;
        off = me > ms ? me : ms + 1;
    }
    if (best == SIZE_MAX)
        return SIZE_MAX;
    bool nl = false;
    for (size_t i = best; i < pos; i++) {
        if (is_digit((unsigned char)t[i]))
            return SIZE_MAX;
        nl |= t[i] == '\n';
    }
    /* "5559428971 is the MRN\nNPI 1046724591": a word that ends a line
     * after a number labels that number, not the next line's. */
    for (size_t i = bstart; nl && i > 0 && t[i - 1] != '\n'; i--)
        if (is_digit((unsigned char)t[i - 1]))
            return SIZE_MAX;
    return best;
}

/* Start of a context word (of cp) just after a candidate ending at pos
 * ("03/13/1941 (date of birth)"): within half the window, on the same
 * line, no digit in between, and not nearer to a number that follows it
 * (in "seen 03/13/2020, DOB 04/05/1950" DOB labels the second date).
 * SIZE_MAX when none. */
static size_t ctx_after(const mm_detector *d, mm_detect_scratch *sc, const ctxpat *cp,
                        const char *t, size_t len, size_t pos)
{
    if (cp->re == NULL || pos >= len)
        return SIZE_MAX;
    size_t we = pos + d->window / 2 < len ? pos + d->window / 2 : len, lim = pos;
    while (lim < we && !is_digit((unsigned char)t[lim]) && t[lim] != '\n')
        lim++;
    if (lim == pos)
        return SIZE_MAX;
    /* room for the longest word (100 bytes) past the window */
    size_t cut = lim + 128 < len ? lim + 128 : len;
    size_t ws, wend = ctx_find(d, sc, cp, t, cut, pos, lim, &ws); /* ws >= lim: rejected */
    if (wend == SIZE_MAX)
        return SIZE_MAX;
    size_t gap = ws - pos;
    if (ws >= lim || (wend == cut && cut < len && is_alnum((unsigned char)t[cut])))
        return SIZE_MAX;
    for (size_t i = wend; i < len && i - wend <= gap; i++)
        if (is_digit((unsigned char)t[i]))
            return SIZE_MAX;
    return ws;
}

/* Types whose context words may also follow the identifier. */
static bool ctx_after_ok(mm_phi_type type)
{
    return type == MM_PHI_SSN || type == MM_PHI_MRN || type == MM_PHI_DOB ||
           type == MM_PHI_INS || type == MM_PHI_RPPS || type == MM_PHI_DEA;
}

/* Is the candidate [s,e) confirmed by a context word of its type? */
static bool has_ctx(const mm_detector *d, mm_detect_scratch *sc, mm_phi_type type, const char *t,
                    size_t len, size_t s, size_t e)
{
    return ctx_before(d, sc, &d->ctx[type], t, s) != SIZE_MAX ||
           (ctx_after_ok(type) && ctx_after(d, sc, &d->ctx[type], t, len, e) != SIZE_MAX);
}

/* ------------------------------------------------------------------ */
/* Validators and normalisers, one per detector family                  */

static bool chk_nanp(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len, cand *c)
{
    (void)d, (void)sc, (void)len;
    if (!norm_compact(c, t, false))
        return false;
    char dig[16];
    size_t n = c->sp.norm_len;
    if (n == 11 && c->sp.norm[0] == '1') /* +1 or 1- prefix */
        memmove(c->sp.norm, c->sp.norm + 1, n--);
    if (n != 10 || !mm_valid_nanp(c->sp.norm, n))
        return false;
    memcpy(dig, c->sp.norm, 10);
    norm_set(c, "+1", dig, 10);
    return true;
}

/* "914 880 1064" with spaces only and no prefix: also not an N11 service
 * code as area or exchange, which an ordinary number grouping would hit. */
static bool chk_nanp_spaced(const mm_detector *d, mm_detect_scratch *sc, const char *t,
                            size_t len, cand *c)
{
    if (!chk_nanp(d, sc, t, len, c))
        return false;
    const char *v = c->sp.norm + 2; /* after "+1" */
    return !(v[1] == '1' && v[2] == '1') && !(v[4] == '1' && v[5] == '1');
}

/* Lower-case DEA numbers ("ab1234563") also need a DEA context word: two
 * lower-case letters and seven digits are common in ordinary text. */
static bool chk_dea(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                    cand *c)
{
    if (!norm_compact(c, t, true) || !mm_valid_dea(c->sp.norm, c->sp.norm_len))
        return false;
    bool lower = (t[c->sp.start] >= 'a' && t[c->sp.start] <= 'z') ||
                 (t[c->sp.start + 1] >= 'a' && t[c->sp.start + 1] <= 'z');
    if (!lower)
        return true;
    if (!has_ctx(d, sc, MM_PHI_DEA, t, len, c->sp.start, c->sp.end))
        return false;
    c->rank += CTX_BONUS;
    return true;
}

static bool chk_frphone(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                        cand *c)
{
    (void)d, (void)sc, (void)len;
    if (!norm_compact(c, t, false))
        return false;
    char dig[24];
    const char *p = c->sp.norm;
    size_t n = c->sp.norm_len;
    if (t[c->sp.start] == '+') { /* +33, maybe (0) */
        p += 2, n -= 2;
    } else if (t[c->sp.start] == '0' && t[c->sp.start + 1] == '0') { /* 0033 */
        p += 4, n -= 4;
    }
    if (n == 10 && p[0] == '0')
        p++, n--;
    if (!mm_valid_fr_phone(p, n))
        return false;
    memcpy(dig, p, n);
    norm_set(c, "+33", dig, n);
    return true;
}

static bool chk_email(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                      cand *c)
{
    (void)d, (void)sc, (void)len;
    size_t n = c->sp.end - c->sp.start;
    if (n > 254 || n + 1 > MM_NORM_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)t[c->sp.start + i];
        c->sp.norm[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch); /* ASCII lower case */
    }
    c->sp.norm[n] = '\0';
    c->sp.norm_len = n;
    return true;
}

static bool chk_nir(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len, cand *c)
{
    if (!norm_compact(c, t, true) || !mm_valid_nir(c->sp.norm, c->sp.norm_len))
        return false;
    if (d->enabled[MM_PHI_INS] && has_ctx(d, sc, MM_PHI_INS, t, len, c->sp.start, c->sp.end)) {
        c->sp.type = MM_PHI_INS;
        c->sp.detector = "ins.nir";
        c->rank += CTX_BONUS;
        return true;
    }
    return d->enabled[MM_PHI_NIR];
}

static bool chk_iban(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                     cand *c)
{
    (void)d, (void)sc;
    if (!norm_compact(c, t, true) || c->sp.norm_len < 4)
        return false;
    size_t want = mm_iban_length(c->sp.norm);
    if (want == 0 || c->sp.norm_len < want)
        return false;
    if (c->sp.norm_len > want) {
        /* The pattern may have taken a following word: cut at the
         * country's length, which must fall on a word end. */
        size_t k = 0, i = c->sp.start;
        for (; i < c->sp.end && k < want; i++)
            if (is_alnum((unsigned char)t[i]))
                k++;
        if (word_after(t, len, i))
            return false;
        c->sp.end = i;
        c->sp.norm_len = want;
        c->sp.norm[want] = '\0';
    }
    return mm_valid_iban(c->sp.norm, c->sp.norm_len);
}

/* US state and territory codes, for ZIP codes in an address. */
static bool us_state(const char *s)
{
    static const char states[] =
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
        "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP ";
    for (size_t i = 0; states[i]; i += 3)
        if (states[i] == s[0] && states[i + 1] == s[1])
            return true;
    return false;
}

static bool chk_zip(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len, cand *c)
{
    (void)len;
    if (!norm_compact(c, t, false))
        return false;
    /* "Springfield, IL 62704": a state code just before. */
    size_t i = c->sp.start;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    bool state = i < c->sp.start && i >= 2 && t[i - 1] >= 'A' && t[i - 1] <= 'Z' &&
                 t[i - 2] >= 'A' && t[i - 2] <= 'Z' && us_state(t + i - 2) &&
                 (i == 2 || t[i - 3] == ' ' || t[i - 3] == ',');
    if (!state && ctx_before(d, sc, &d->ctx[MM_PHI_ZIP], t, c->sp.start) == SIZE_MAX)
        return false;
    c->rank += CTX_BONUS;
    return true;
}

/* Length of a (narrow) no-break space at t[i], else 0. */
static size_t nbsp_len(const char *t, size_t i, size_t e)
{
    const unsigned char *u = (const unsigned char *)t + i;
    if (i + 1 < e && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (i + 2 < e && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
        return 3;
    return 0;
}

static bool chk_dob(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len, cand *c)
{
    int nums[3], ndig[3], nn = 0, month = 0;
    size_t i = c->sp.start, e = c->sp.end;
    while (i < e) {
        unsigned char ch = (unsigned char)t[i];
        if (is_digit(ch)) {
            int v = 0, k = 0;
            while (i < e && is_digit((unsigned char)t[i]) && k < 5)
                v = v * 10 + (t[i++] - '0'), k++;
            if (nn == 3)
                return false;
            nums[nn] = v, ndig[nn++] = k;
            while (i < e && ((unsigned char)t[i] | 0x20) >= 'a' && ((unsigned char)t[i] | 0x20) <= 'z')
                i++; /* ordinal suffix: 13th, 1er */
        } else if (nbsp_len(t, i, e)) {
            i += nbsp_len(t, i, e);
        } else if (is_alnum(ch) || ch >= 0x80) {
            size_t ws = i;
            while (i < e && ((is_alnum((unsigned char)t[i]) && !is_digit((unsigned char)t[i])) ||
                             ((unsigned char)t[i] >= 0x80 && !nbsp_len(t, i, e))))
                i++;
            if (i - ws == 2 && (t[ws] | 0x20) == 'o' && (t[ws + 1] | 0x20) == 'f')
                continue;
            int m = mm_shape_month(t + ws, i - ws);
            if (m == 0 || month)
                return false;
            month = m;
        } else {
            i++;
        }
    }
    /* Whether it is a date at all does not depend on the day/month order
     * the context words give (either order is tried): decide it before
     * looking for them. */
    int yy;
    if (month) {
        if (nn != 2 || ndig[1] != 4 || !mm_valid_date(yy = nums[1], month, nums[0]))
            return false;
    } else if (nn != 3) {
        return false;
    } else if (ndig[0] == 4) {
        if (!mm_valid_date(yy = nums[0], nums[1], nums[2]))
            return false;
    } else {
        yy = nums[2];
        if (ndig[2] == 2)
            yy += yy <= d->cur_year % 100 ? 2000 : 1900;
        if (!mm_valid_date(yy, nums[0], nums[1]) && !mm_valid_date(yy, nums[1], nums[0]))
            return false;
    }
    if (yy < 1880 || yy > d->cur_year)
        return false;
    size_t en = ctx_before(d, sc, &d->ctx[MM_PHI_DOB], t, c->sp.start);
    size_t fr = ctx_before(d, sc, &d->dob_day_first, t, c->sp.start);
    bool day_first = fr != SIZE_MAX && (en == SIZE_MAX || fr >= en);
    if (en == SIZE_MAX && fr == SIZE_MAX) { /* "03/13/1941 (date of birth)" */
        en = ctx_after(d, sc, &d->ctx[MM_PHI_DOB], t, len, c->sp.end);
        fr = ctx_after(d, sc, &d->dob_day_first, t, len, c->sp.end);
        if (en == SIZE_MAX && fr == SIZE_MAX)
            return false;
        day_first = fr != SIZE_MAX && (en == SIZE_MAX || fr <= en);
    }
    int y, m, dd;
    if (month) {
        if (nn != 2 || ndig[1] != 4)
            return false;
        dd = nums[0], m = month, y = nums[1];
    } else {
        if (nn != 3)
            return false;
        if (ndig[0] == 4) {
            y = nums[0], m = nums[1], dd = nums[2];
        } else {
            y = nums[2];
            if (ndig[2] == 2)
                y += y <= d->cur_year % 100 ? 2000 : 1900;
            m = day_first ? nums[1] : nums[0];
            dd = day_first ? nums[0] : nums[1];
            if (!mm_valid_date(y, m, dd) && mm_valid_date(y, dd, m)) {
                int tmp = m;
                m = dd, dd = tmp;
            }
        }
    }
    if (y < 1880 || y > d->cur_year || !mm_valid_date(y, m, dd))
        return false;
    /* "%04d-%02d-%02d" (1880 <= y <= 9999) without printf, called per date */
    char *o = c->sp.norm;
    int v[3] = {y, m, dd}, w[3] = {4, 2, 2};
    for (int k = 0, at = 0; k < 3; k++) {
        for (int j = w[k] - 1; j >= 0; j--, v[k] /= 10)
            o[at + j] = (char)('0' + v[k] % 10);
        at += w[k];
        o[at++] = k < 2 ? '-' : '\0';
    }
    c->sp.norm_len = 10;
    c->rank += CTX_BONUS;
    return true;
}

/* ------------------------------------------------------------------ */
/* Built-in detector table                                              */

typedef struct det_def {
    const char *id;
    mm_phi_type type;
    unsigned min_digits;
    int strength;
    bool need_ctx;
    bool caseless;
    check_fn check;
    valid_fn valid;
    bool letters;
    const char *pattern;
    unsigned min_run;
    bool upper;
    const char *need; /* prefilter: one of these bytes must be near the digits,
                       * 'L' standing for a letter just before a digit */
    mm_shape_fn shape; /* its C matcher (detect_shape.h), NULL: PCRE2 only */
    unsigned starts;   /* MM_SHAPE_START_* bytes its matches start with */
    uint32_t runs;     /* lengths of the digit run a match starting with a digit
                        * starts with (RUN, RUNS; 31 and more count as 31) */
    bool month;        /* a match may also start with a month name ("September"),
                        * anywhere in the window before a digit run */
} det_def;

#define RUN(n) (1u << (n))
#define RUNS(a, b) ((2u << (b)) - (1u << (a)))

static const det_def builtin[] = {
    {"ssn.dashed", MM_PHI_SSN, 9, 3, false, false, NULL, mm_valid_ssn, false, B0 "[0-9]{3}-[0-9]{2}-[0-9]{4}" B1, 4, false, "-", mm_shape_ssn_dashed, MM_SHAPE_START_DIGIT, RUN(3), false},
    {"ssn.spaced", MM_PHI_SSN, 9, 2, false, false, NULL, mm_valid_ssn, false,
     B0 "[0-9]{3}" WS1 "[0-9]{2}" WS1 "[0-9]{4}" B1, 4, false, WSB, mm_shape_ssn_spaced, MM_SHAPE_START_DIGIT, RUN(3), false},
    {"ssn.bare", MM_PHI_SSN, 9, 1, true, false, NULL, mm_valid_ssn, false, B0 "[0-9]{9}" B1, 9, false, NULL, mm_shape_ssn_bare, MM_SHAPE_START_DIGIT, RUN(9), false},
    {"npi", MM_PHI_NPI, 10, 2, false, false, NULL, mm_valid_npi, false, B0 "[12][0-9]{9}" B1, 10, false, NULL, mm_shape_npi, MM_SHAPE_START_DIGIT, RUN(10), false},
    {"dea", MM_PHI_DEA, 7, 3, false, true, chk_dea, NULL, true, B0 "[A-Z][A-Z9][0-9]{7}" B1, 7, true, "L", mm_shape_dea, MM_SHAPE_START_LETTER, 0, false},
    {"mbi", MM_PHI_MBI, 5, 4, false, true, NULL, mm_valid_mbi, true,
     B0 "[1-9]" MBI_L MBI_X "[0-9](-?)" MBI_L MBI_X "[0-9]\\1" MBI_L MBI_L "[0-9]{2}" B1, 1, true, "L", mm_shape_mbi, MM_SHAPE_START_DIGIT, RUN(1), false},
    {"phone.nanp.paren", MM_PHI_PHONE, 10, 2, false, false, chk_nanp, NULL, false,
     B0 "(?:\\+1" WS1 "?)?\\([2-9][0-9]{2}\\)" WS1 "?[2-9][0-9]{2}[ .\\-][0-9]{4}" B1, 3, false, "(", mm_shape_nanp_paren, MM_SHAPE_START_PLUS | MM_SHAPE_START_PAREN, 0, false},
    {"phone.nanp", MM_PHI_PHONE, 10, 2, false, false, chk_nanp, NULL, false,
     B0 "(?:1[.\\-])?[2-9][0-9]{2}([.\\-])[2-9][0-9]{2}\\1[0-9]{4}" B1, 3, false, ".-", mm_shape_nanp, MM_SHAPE_START_DIGIT, RUN(1) | RUN(3), false},
    {"phone.nanp.intl", MM_PHI_PHONE, 10, 2, false, false, chk_nanp, NULL, false,
     B0 "\\+1" SEP "?[2-9][0-9]{2}(" SEP "|)[2-9][0-9]{2}\\1[0-9]{4}" B1, 1, false, "+", mm_shape_nanp_intl, MM_SHAPE_START_PLUS, 0, false},
    {"phone.nanp.spaced", MM_PHI_PHONE, 10, 2, false, false, chk_nanp_spaced, NULL, false,
     B0 "[2-9][0-9]{2} [2-9][0-9]{2} [0-9]{4}" B1, 4, false, " ", mm_shape_nanp_spaced, MM_SHAPE_START_DIGIT, RUN(3), false},
    {"phone.fr", MM_PHI_PHONE, 10, 2, false, false, chk_frphone, NULL, false,
     B0 "0[1-9](" SEP "|)[0-9]{2}(?:\\1[0-9]{2}){3}" B1, 2, false, NULL, mm_shape_fr_phone, MM_SHAPE_START_DIGIT, RUN(2) | RUN(10), false},
    {"phone.fr.intl", MM_PHI_PHONE, 11, 2, false, false, chk_frphone, NULL, false,
     B0 "(?:\\+|00)33" SEP "?(?:\\(0\\)" SEP "?)?[1-9](" SEP "|)[0-9]{2}(?:\\1[0-9]{2}){3}" B1, 1, false, "+0", mm_shape_fr_intl, MM_SHAPE_START_DIGIT | MM_SHAPE_START_PLUS, RUN(4) | RUN(5) | RUN(13), false},
    {"dob.numeric", MM_PHI_DOB, 4, 1, false, false, chk_dob, NULL, false,
     B0 "[0-9]{1,2}([/.\\-])[0-9]{1,2}\\1(?:[0-9]{4}|[0-9]{2})" B1, 2, false, "/.-", mm_shape_date_num, MM_SHAPE_START_DIGIT, RUN(1) | RUN(2), false},
    {"dob.iso", MM_PHI_DOB, 6, 1, false, false, chk_dob, NULL, false,
     B0 "[0-9]{4}([/\\-])[0-9]{1,2}\\1[0-9]{1,2}" B1, 4, false, "/-", mm_shape_date_iso, MM_SHAPE_START_DIGIT, RUN(4), false},
    {"dob.text_en", MM_PHI_DOB, 5, 1, false, true, chk_dob, NULL, false,
     B0 "(?:" MONTH_EN WS1 "*[0-9]{1,2}" ORD ",?" WS "[0-9]{4}|[0-9]{1,2}" ORD WS "(?:of" WS
        ")?" MONTH_EN ",?" WS "[0-9]{4})" B1, 4, true, WSB, mm_shape_date_en, MM_SHAPE_START_DIGIT, RUN(1) | RUN(2), true},
    {"dob.text_fr", MM_PHI_DOB, 5, 1, false, true, chk_dob, NULL, false,
     B0 "(?:1er|[0-9]{1,2})" WS MONTH_FR WS "[0-9]{4}" B1, 4, true, WSB, mm_shape_date_fr, MM_SHAPE_START_DIGIT, RUN(1) | RUN(2), false},
    {"card", MM_PHI_CARD, 13, 3, false, false, NULL, mm_valid_card, false,
     B0 "[2-6](?:[0-9]{12,18}|[0-9]{3}([ \\-])[0-9]{4}\\1[0-9]{4}\\1[0-9]{1,4}(?:\\1[0-9]{1,3})?|"
        "[0-9]{3}([ \\-])[0-9]{6}\\2[0-9]{4,5})" B1, 4, false, NULL, mm_shape_card, MM_SHAPE_START_DIGIT, RUN(4) | RUNS(13, 19), false},
    {"zip", MM_PHI_ZIP, 5, 0, false, false, chk_zip, NULL, false, B0 "[0-9]{5}(?:-[0-9]{4})?" B1, 5, false, NULL, mm_shape_zip, MM_SHAPE_START_DIGIT, RUN(5), false},
    {"nir", MM_PHI_NIR, 13, 5, false, false, chk_nir, NULL, false,
     B0 "[12378](" SEP "|)[0-9]{2}\\1[0-9]{2}\\1(?:(?:[0-9]{2}|2[AaBb])\\1[0-9]{3}|9[78][0-9]\\1[0-9]{2})"
        "\\1[0-9]{3}\\1[0-9]{2}" B1, 1, false, NULL, mm_shape_nir, MM_SHAPE_START_DIGIT, RUN(1) | RUN(6) | RUN(15), false},
    {"rpps", MM_PHI_RPPS, 11, 2, false, false, NULL, mm_valid_rpps, false, B0 "[0-9]{11}" B1, 11, false, NULL, mm_shape_rpps, MM_SHAPE_START_DIGIT, RUN(11), false},
    /* grouped by spaces, no standard grouping: 11 digits and a context word */
    {"rpps.spaced", MM_PHI_RPPS, 11, 2, true, false, NULL, mm_valid_rpps, false,
     B0 "1[0-9]{1,3}(?: [0-9]{1,4}){2,5}" B1, 1, false, " ", mm_shape_rpps_spaced, MM_SHAPE_START_DIGIT, RUNS(2, 4), false},
    {"iban", MM_PHI_IBAN, 8, 5, false, true, chk_iban, NULL, false,
     B0 "[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)" B1, 2, true, "L", mm_shape_iban, MM_SHAPE_START_LETTER, 0, false},
};

static const char email_pattern[] =
    B0 "[A-Za-z0-9._%+\\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+"
       "[A-Za-z]{2,24}(?![A-Za-z0-9\\-])";

#define MRN_DEFAULT_PATTERN "[0-9]{6,10}"

static const char *const ctx_ssn[] = {"SSN", "SSN#", "SS#", "social security", "social security number",
                                      "social security no", "soc sec", "soc. sec.", NULL};
static const char *const ctx_mrn[] = {
    "MRN", "MRN#", "medical record number", "medical record no", "medical record",
    "record number", "patient ID", "patient number", "hospital number", "IPP", "n° IPP",
    "numéro de dossier", "n° de dossier", "dossier n°", "numéro patient", "identifiant patient",
    NULL};
static const char *const ctx_dob[] = {"DOB", "D.O.B.", "date of birth", "birth date", "birthdate",
                                      "born", "born on", "birthday", NULL};
static const char *const ctx_dob_fr[] = {"né le", "née le", "né(e) le", "date de naissance",
                                         "naissance", "DDN", "né", "née", NULL};
static const char *const ctx_zip[] = {"ZIP", "ZIP code", "zipcode", "postal code", "ZIP+4",
                                      NULL};
static const char *const ctx_rpps[] = {"RPPS", "n° RPPS", "numéro RPPS", "RPPS n°", NULL};
static const char *const ctx_dea[] = {"DEA", "DEA#", "DEA number", "DEA no", "DEA registration",
                                      NULL};
static const char *const ctx_ins[] = {"INS", "matricule INS", "INS-NIR", "INS-NIA", "INS-C",
                                      "identifiant national de santé", "NIA", NULL};

/* ------------------------------------------------------------------ */
/* Compilation                                                          */

static int compile(const char *pat, size_t n, uint32_t opts, pcre2_code **out, char *err,
                   size_t errlen, const char *what)
{
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, n, opts | PCRE2_NEVER_UTF, &ec, &eo, NULL);
    if (re == NULL) {
        PCRE2_UCHAR msg[128];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(err, errlen, "%s: invalid pattern at offset %zu: %s", what, (size_t)eo,
                 (const char *)msg);
        return MM_EPOLICY;
    }
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* interpreter if JIT is unavailable */
    *out = re;
    return MM_OK;
}

/* Compile a list of context words (json array or built-in NULL-terminated
 * list) into one caseless pattern with word boundaries, and the same
 * words for mm_ctxwords_find. */
static int compile_ctx(const json_t *arr, const char *const *def, ctxpat *out, char *err,
                       size_t errlen, const char *path)
{
    size_t n = 0;
    if (arr)
        n = json_array_size(arr);
    else
        while (def[n] != NULL)
            n++;
    if (n == 0)
        return MM_OK; /* an empty list: no word can confirm */
    const char **w = calloc(n, sizeof *w);
    if (w == NULL)
        return MM_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const json_t *v = arr ? json_array_get(arr, i) : NULL;
        w[i] = arr ? json_string_value(v) : def[i];
        if (arr && (w[i] == NULL || w[i][0] == '\0' || json_string_length(v) > 100 ||
                    strlen(w[i]) != json_string_length(v))) {
            snprintf(err, errlen, "%s[%zu]: must be a non-empty string of at most 100 bytes",
                     path, i);
            free(w);
            return MM_EPOLICY;
        }
        if (strpbrk(w[i], "0123456789"))
            out->digits = true;
    }
    mm_buf b = MM_BUF_INIT;
    int rc = mm_ctx_pattern(&b, w, n);
    if (rc == MM_OK)
        rc = compile(b.data, b.len, PCRE2_CASELESS, &out->re, err, errlen, path);
    if (rc == MM_OK)
        rc = mm_ctxwords_new(w, n, &out->cw);
    mm_buf_free(&b);
    free(w);
    return rc;
}

static int cfg_error(char *err, size_t errlen, const char *fmt, ...) MM_PRINTF(3, 4);

static int cfg_error(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return MM_EPOLICY;
}

/* Per-type options of the config, collected before compiling. */
typedef struct type_cfg {
    const json_t *context;
    const json_t *day_first;
    const json_t *patterns;
    json_int_t min_digits;
} type_cfg;

static int parse_type(const char *tname, const json_t *obj, mm_detector *d, type_cfg *tc,
                      mm_phi_type t, char *err, size_t errlen)
{
    if (!json_is_object(obj))
        return cfg_error(err, errlen, "detectors.%s: must be an object", tname);
    const char *k;
    const json_t *v;
    json_object_foreach((json_t *)obj, k, v) {
        if (strcmp(k, "context") == 0) {
            if (!json_is_array(v))
                return cfg_error(err, errlen, "detectors.%s.%s: must be an array of strings",
                                 tname, k);
            tc->context = v;
        } else if (strcmp(k, "require_context") == 0) {
            if (!json_is_boolean(v))
                return cfg_error(err, errlen, "detectors.%s.%s: must be true or false", tname, k);
            d->require_ctx[t] = json_is_true(v);
        } else if (t == MM_PHI_DOB && strcmp(k, "context_day_first") == 0) {
            if (!json_is_array(v))
                return cfg_error(err, errlen, "detectors.%s.%s: must be an array of strings",
                                 tname, k);
            tc->day_first = v;
        } else if (t == MM_PHI_MRN && strcmp(k, "patterns") == 0) {
            if (!json_is_array(v) || json_array_size(v) == 0 || json_array_size(v) > 32)
                return cfg_error(err, errlen,
                                 "detectors.%s.%s: must be an array of 1 to 32 patterns", tname, k);
            tc->patterns = v;
        } else if (t == MM_PHI_MRN && strcmp(k, "min_digits") == 0) {
            if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 64)
                return cfg_error(err, errlen, "detectors.%s.%s: must be an integer from 1 to 64",
                                 tname, k);
            tc->min_digits = json_integer_value(v);
        } else {
            return cfg_error(err, errlen, "detectors.%s.%s: unknown key", tname, k);
        }
    }
    return MM_OK;
}

static int parse_config(const json_t *cfg, mm_detector *d, type_cfg *tc, char *err, size_t errlen)
{
    if (!json_is_object(cfg))
        return cfg_error(err, errlen, "detectors: must be an object");
    const char *k;
    const json_t *v;
    json_object_foreach((json_t *)cfg, k, v) {
        int t;
        if (strcmp(k, "enabled") == 0) {
            if (!json_is_array(v))
                return cfg_error(err, errlen, "detectors.enabled: must be an array of type names");
            memset(d->enabled, 0, sizeof d->enabled);
            for (size_t i = 0; i < json_array_size(v); i++) {
                const json_t *e = json_array_get(v, i);
                int et = json_is_string(e)
                             ? mm_phi_from_name(json_string_value(e), json_string_length(e))
                             : -1;
                if (et < 0) {
                    snprintf(err, errlen, "detectors.enabled[%zu]: unknown PHI type", i);
                    return MM_EPOLICY;
                }
                d->enabled[et] = true;
            }
        } else if (strcmp(k, "context_window") == 0) {
            if (!json_is_integer(v) || json_integer_value(v) < 1 ||
                json_integer_value(v) > MAX_WINDOW)
                return cfg_error(err, errlen, "detectors.context_window: must be an integer from 1 to %d",
                                 MAX_WINDOW);
            d->window = (size_t)json_integer_value(v);
        } else if (strcmp(k, "reference_year") == 0) {
            /* Two-digit years and the latest birth year are taken from it:
             * scans of archived mail, and tests, that do not change with
             * the calendar. */
            if (!json_is_integer(v) || json_integer_value(v) < 1900 ||
                json_integer_value(v) > 9999)
                return cfg_error(err, errlen,
                                 "detectors.reference_year: must be a year from 1900 to 9999");
            d->cur_year = (int)json_integer_value(v);
        } else if ((t = mm_phi_from_name(k, strlen(k))) >= 0) {
            int rc = parse_type(mm_phi_name((mm_phi_type)t), v, d, &tc[t], (mm_phi_type)t, err,
                                errlen);
            if (rc != MM_OK)
                return rc;
        } else {
            return cfg_error(err, errlen, "detectors.%s: unknown key", k);
        }
    }
    return MM_OK;
}

/* Does every match of B0 + pat start with a digit? Conservative: a
 * digit class or literal right after B0, or a group of digit-led
 * alternatives we know. */
static bool starts_with_digit(const char *pat, size_t n)
{
    static const char *const heads[] = {"[0-9]", "[1-9]", "[12]", "[2-6]", "[2-9]", "[12378]",
                                        "0[1-9]", "1[0-9]", "(?:1er|[0-9]",
                                        "(?:1[.\\-])?[2-9]"};
    size_t b = sizeof B0 - 1;
    if (n <= b || memcmp(pat, B0, b) != 0)
        return false;
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (n - b > strlen(heads[i]) && memcmp(pat + b, heads[i], strlen(heads[i])) == 0)
            return true;
    /* a site pattern "(?:[0-9]...)" without alternatives */
    return n - b > 8 && memcmp(pat + b, "(?:[0-9]", 8) == 0 && memchr(pat, '|', n) == NULL;
}

/* Adds a detector. Its pattern is compiled even when it has a C matcher:
 * the pattern is the reference (mm_detector_set_native). */
static int add_det(mm_detector *d, const det_def *def, const char *pat, size_t patlen,
                   bool caseless, unsigned min_digits, char *err, size_t errlen, const char *what)
{
    det_rt *r = &d->dets[d->ndets];
    int rc = compile(pat, patlen, caseless ? PCRE2_CASELESS : 0, &r->re, err, errlen, what);
    if (rc != MM_OK)
        return rc;
    r->id = def->id;
    r->type = def->type;
    r->min_digits = min_digits;
    r->strength = def->strength;
    r->need_ctx = def->need_ctx;
    r->check = def->check;
    r->valid = def->valid;
    r->letters = def->letters;
    r->min_run = def->min_run;
    r->upper = def->upper;
    r->digit_first = starts_with_digit(pat, patlen);
    r->shape = def->shape;
    r->starts = def->starts;
    r->runs = def->runs;
    r->month = def->month;
    r->need = 0;
    for (const char *p = def->need; p && *p; p++)
        r->need |= *p == 'L' ? SHAPE_LD : shape_bit((unsigned char)*p);
    d->ndets++;
    if (min_digits < d->min_digits_any)
        d->min_digits_any = min_digits;
    return MM_OK;
}

static const det_def mrn_default_def = {"mrn", MM_PHI_MRN, 6, 0, true, false, NULL, NULL, true, NULL, 6, false, NULL, mm_shape_mrn, MM_SHAPE_START_DIGIT, RUNS(6, 10), false};
static const det_def mrn_site_def = {"mrn.site", MM_PHI_MRN, 1, 0, true, false, NULL, NULL, true, NULL, 1, false, NULL, NULL, 0, 0, false};

/* The per-detector prefilter conditions of scan_cluster as bit masks, so
 * that a cluster needs a few ANDs rather than a test per detector. */
static void fit_masks(mm_detector *d)
{
    for (size_t i = 0; i < d->ndets; i++) {
        const det_rt *r = &d->dets[i];
        uint64_t bit = (uint64_t)1 << i;
        for (unsigned n = 0; n <= 64; n++) {
            if (r->min_digits <= n)
                d->fit_digits[n] |= bit;
            if (r->min_run <= n)
                d->fit_run[n] |= bit;
        }
        if (r->upper)
            d->need_upper |= bit;
        if (r->need == 0)
            d->no_need |= bit;
        for (unsigned k = 0; k < 16; k++)
            if (r->need & (1u << k))
                d->need_bit[k] |= bit;
        if (r->shape == NULL)
            continue;
        d->shaped |= bit;
        if (r->month)
            d->far |= bit;
        for (unsigned c = 1; c <= 8; c <<= 1)
            if (r->starts & c)
                d->starts[c] |= bit;
        for (unsigned n = 0; n < 32; n++)
            if (r->runs & (1u << n))
                d->run_mask[n] |= bit;
    }
}

static int build(mm_detector *d, const type_cfg *tc, char *err, size_t errlen)
{
    static const struct {
        mm_phi_type t;
        const char *const *def;
    } ctx_defaults[] = {{MM_PHI_SSN, ctx_ssn}, {MM_PHI_MRN, ctx_mrn}, {MM_PHI_DOB, ctx_dob},
                        {MM_PHI_ZIP, ctx_zip}, {MM_PHI_INS, ctx_ins}, {MM_PHI_RPPS, ctx_rpps},
                        {MM_PHI_DEA, ctx_dea}};
    static const char *const none[] = {NULL};
    char path[64];
    int rc;
    for (int t = 0; t < MM_PHI_COUNT; t++) {
        const char *const *def = none;
        for (size_t i = 0; i < sizeof ctx_defaults / sizeof *ctx_defaults; i++)
            if (ctx_defaults[i].t == (mm_phi_type)t)
                def = ctx_defaults[i].def;
        snprintf(path, sizeof path, "detectors.%s.context", mm_phi_name((mm_phi_type)t));
        if ((tc[t].context || def[0]) &&
            (rc = compile_ctx(tc[t].context, def, &d->ctx[t], err, errlen, path)) != MM_OK)
            return rc;
    }
    rc = compile_ctx(tc[MM_PHI_DOB].day_first, ctx_dob_fr, &d->dob_day_first, err, errlen,
                     "detectors.dob.context_day_first");
    if (rc != MM_OK)
        return rc;
    rc = compile(email_pattern, sizeof email_pattern - 1, 0, &d->email_re, err, errlen, "email");
    if (rc != MM_OK)
        return rc;

    const json_t *pats = tc[MM_PHI_MRN].patterns;
    size_t nmrn = pats ? json_array_size(pats) : 1;
    d->dets = calloc(sizeof builtin / sizeof *builtin + nmrn, sizeof *d->dets);
    if (d->dets == NULL)
        return MM_ENOMEM;
    d->min_digits_any = 64;
    rc = MM_OK;
    for (size_t i = 0; rc == MM_OK && i < sizeof builtin / sizeof *builtin; i++) {
        const det_def *b = &builtin[i];
        bool on = d->enabled[b->type] || (b->type == MM_PHI_NIR && d->enabled[MM_PHI_INS]);
        if (on)
            rc = add_det(d, b, b->pattern, strlen(b->pattern), b->caseless, b->min_digits, err,
                         errlen, b->id);
    }
    if (rc == MM_OK && d->enabled[MM_PHI_MRN] && tc[MM_PHI_MRN].patterns == NULL)
        rc = add_det(d, &mrn_default_def, B0 "(?:" MRN_DEFAULT_PATTERN ")" B1,
                     sizeof(B0 "(?:" MRN_DEFAULT_PATTERN ")" B1) - 1, false,
                     tc[MM_PHI_MRN].min_digits ? (unsigned)tc[MM_PHI_MRN].min_digits : 6, err,
                     errlen, "detectors.mrn.patterns[0]");
    if (rc != MM_OK || !d->enabled[MM_PHI_MRN] || tc[MM_PHI_MRN].patterns == NULL)
        return rc;
    for (size_t i = 0; i < nmrn; i++) {
        mm_buf b = MM_BUF_INIT;
        const json_t *v = json_array_get(pats, i);
        const char *p = json_string_value(v);
        if (p == NULL || p[0] == '\0' || strlen(p) != json_string_length(v) ||
            json_string_length(v) > 512) {
            snprintf(err, errlen, "detectors.mrn.patterns[%zu]: must be a non-empty string", i);
            return MM_EPOLICY;
        }
        snprintf(path, sizeof path, "detectors.mrn.patterns[%zu]", i);
        rc = mm_buf_appendf(&b, B0 "(?:%s)" B1, p);
        unsigned md = tc[MM_PHI_MRN].min_digits ? (unsigned)tc[MM_PHI_MRN].min_digits : 1;
        if (rc == MM_OK)
            rc = add_det(d, &mrn_site_def, b.data, b.len, false, md, err, errlen, path);
        mm_buf_free(&b);
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

int mm_detector_new(const json_t *config, mm_detector **out, char *err, size_t errlen)
{
    type_cfg tc[MM_PHI_COUNT];
    char dummy[8];
    if (err == NULL || errlen == 0)
        err = dummy, errlen = sizeof dummy;
    err[0] = '\0';
    *out = NULL;
    mm_detector *d = calloc(1, sizeof *d);
    if (d == NULL)
        return MM_ENOMEM;
    memset(tc, 0, sizeof tc);
    for (int t = 0; t < MM_PHI_COUNT; t++)
        d->enabled[t] = true;
    d->window = DEFAULT_WINDOW;
    d->native = true;
    for (unsigned c = 0; c < 256; c++) {
        d->shape[c] = (uint16_t)(shape_bit((unsigned char)c) | (is_digit((unsigned char)c) ? SHAPE_DIGIT : 0));
        d->start_cls[c] = is_digit((unsigned char)c) ? MM_SHAPE_START_DIGIT
                          : c == '+'                 ? MM_SHAPE_START_PLUS
                          : c == '('                 ? MM_SHAPE_START_PAREN
                          : is_alnum((unsigned char)c) ? MM_SHAPE_START_LETTER
                                                     : 0;
    }
    time_t now = time(NULL);
    struct tm tm;
    d->cur_year = gmtime_r(&now, &tm) ? tm.tm_year + 1900 : 2026;
    int rc = MM_OK;
    if (config != NULL)
        rc = parse_config(config, d, tc, err, errlen);
    if (rc == MM_OK)
        rc = build(d, tc, err, errlen);
    if (rc == MM_OK)
        fit_masks(d);
    if (rc == MM_OK)
        d->mctx = pcre2_match_context_create(NULL);
    if (rc == MM_OK && d->mctx == NULL)
        rc = MM_ENOMEM;
    if (rc != MM_OK) {
        if (rc == MM_ENOMEM && err[0] == '\0')
            snprintf(err, errlen, "detectors: out of memory");
        mm_detector_free(d);
        return rc;
    }
    /* Bound backtracking in site patterns written by administrators. */
    pcre2_set_match_limit(d->mctx, 1000000);
    *out = d;
    return MM_OK;
}

void mm_detector_free(mm_detector *d)
{
    if (d == NULL)
        return;
    for (size_t i = 0; i < d->ndets; i++)
        pcre2_code_free(d->dets[i].re);
    free(d->dets);
    for (int t = 0; t < MM_PHI_COUNT; t++) {
        pcre2_code_free(d->ctx[t].re);
        mm_ctxwords_free(d->ctx[t].cw);
    }
    pcre2_code_free(d->dob_day_first.re);
    mm_ctxwords_free(d->dob_day_first.cw);
    pcre2_code_free(d->email_re);
    pcre2_match_context_free(d->mctx);
    free(d);
}

void mm_detector_set_native(mm_detector *d, bool on) { d->native = on; }

bool mm_detector_shape_at(const mm_detector *d, size_t i, const char **id, mm_shape_fn *fn,
                          const void **re, uint32_t *runs)
{
    if (i >= d->ndets)
        return false;
    *id = d->dets[i].id;
    *fn = d->dets[i].shape;
    *re = d->dets[i].re;
    *runs = d->dets[i].runs;
    return true;
}

bool mm_detector_enabled(const mm_detector *d, mm_phi_type t)
{
    return (unsigned)t < MM_PHI_COUNT && d->enabled[t];
}

int mm_detect_scratch_new(const mm_detector *d, mm_detect_scratch **out)
{
    *out = NULL;
    mm_detect_scratch *sc = calloc(1, sizeof *sc);
    if (sc == NULL)
        return MM_ENOMEM;
    (void)d;
    sc->md = pcre2_match_data_create(16, NULL);
    if (sc->md == NULL) {
        mm_detect_scratch_free(sc);
        return MM_ENOMEM;
    }
    *out = sc;
    return MM_OK;
}

void mm_detect_scratch_free(mm_detect_scratch *sc)
{
    if (sc == NULL)
        return;
    if (sc->c)
        sodium_memzero(sc->c, sc->capc * sizeof *sc->c);
    free(sc->c);
    free(sc->ord);
    free(sc->tok);
    free(sc->occ);
    pcre2_match_data_free(sc->md);
    free(sc);
}

void mm_span_list_free(mm_span_list *l)
{
    if (l->v)
        sodium_memzero(l->v, l->cap * sizeof *l->v);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Scanning                                                             */

static int grow(void **p, size_t *cap, size_t need, size_t elt)
{
    if (need <= *cap)
        return MM_OK;
    size_t nc = *cap ? *cap : 16;
    while (nc < need)
        nc *= 2;
    void *np = realloc(*p, nc * elt);
    if (np == NULL)
        return MM_ENOMEM;
    *p = np;
    *cap = nc;
    return MM_OK;
}

/* Tokens [[TAG:XXXXXXXXXXXX]] already in the text. */
static int find_tokens(mm_detect_scratch *sc, const char *t, size_t len)
{
    sc->ntok = 0;
    const char *p = t, *end = t + len;
    while ((p = memchr(p, '[', (size_t)(end - p))) != NULL) {
        if (end - p < 2 || p[1] != '[') {
            p++;
            continue;
        }
        const char *q = p + 2;
        while (q < end && *q >= 'A' && *q <= 'Z')
            q++;
        bool ok = q > p + 2 && end - q >= 15 && *q == ':';
        for (int i = 1; ok && i <= 12; i++)
            ok = is_digit((unsigned char)q[i]) || (q[i] >= 'A' && q[i] <= 'Z');
        if (ok && q[13] == ']' && q[14] == ']') {
            if (grow((void **)&sc->tok, &sc->captok, sc->ntok + 2, sizeof *sc->tok) != MM_OK)
                return MM_ENOMEM;
            sc->tok[sc->ntok++] = (size_t)(p - t);
            sc->tok[sc->ntok++] = (size_t)(q + 15 - t);
            p = q + 15;
        } else {
            p++;
        }
    }
    return MM_OK;
}

static bool overlaps_token(const mm_detect_scratch *sc, size_t s, size_t e)
{
    size_t lo = 0, hi = sc->ntok / 2;
    while (lo < hi) { /* first token ending after s */
        size_t mid = (lo + hi) / 2;
        if (sc->tok[2 * mid + 1] <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sc->ntok / 2 && sc->tok[2 * lo] < e;
}

/* Is t[s,e) a run of groups inside a longer grouped number ("1234 5678
 * ..." in an IBAN)? Only when the match itself is grouped by the same
 * separator: "716-32-1342 214-52-8758" are two SSNs. */
static bool grouped_neighbour(const char *t, size_t len, size_t s, size_t e)
{
    const char *sp = memchr(t + s, ' ', e - s), *da = memchr(t + s, '-', e - s);
    if (!is_digit((unsigned char)t[s]))
        sp = da = NULL; /* "(212) 555-1234" after a number is not a group of it */
    if (sp && s >= 2 && t[s - 1] == ' ' && is_digit((unsigned char)t[s - 2]))
        return true;
    if (da && s >= 2 && t[s - 1] == '-' && is_digit((unsigned char)t[s - 2]))
        return true;
    if (sp && e + 1 < len && t[e] == ' ' && is_digit((unsigned char)t[e + 1]))
        return true;
    return da && e + 1 < len && t[e] == '-' && is_digit((unsigned char)t[e + 1]);
}

static int push_cand(const mm_detector *d, mm_detect_scratch *sc, const det_rt *r, unsigned order,
                     const char *t, size_t len, size_t s, size_t e)
{
    if (word_before(t, s) || word_after(t, len, e) || overlaps_token(sc, s, e))
        return MM_OK;
    /* Dates may follow a number ("le 3 mars 1946"), addresses cannot. */
    if (r->type != MM_PHI_DOB && r->type != MM_PHI_EMAIL && grouped_neighbour(t, len, s, e))
        return MM_OK;
    if (grow((void **)&sc->c, &sc->capc, sc->nc + 1, sizeof *sc->c) != MM_OK)
        return MM_ENOMEM;
    cand *c = &sc->c[sc->nc];
    c->sp.type = r->type;
    c->sp.start = s;
    c->sp.end = e;
    c->sp.detector = r->id;
    c->rank = r->strength;
    c->order = order;
    c->dirty = NORM_DIRTY(s, e);
    bool ok = r->check ? r->check(d, sc, t, len, c)
                       : norm_compact(c, t, r->letters) && c->sp.norm_len > 0 &&
                             (r->valid == NULL || r->valid(c->sp.norm, c->sp.norm_len));
    if (!ok) {
        wipe_cand(c);
        return MM_OK;
    }
    if (r->need_ctx || d->require_ctx[c->sp.type]) {
        if (!has_ctx(d, sc, c->sp.type, t, len, s, e)) {
            wipe_cand(c);
            return MM_OK;
        }
        if (r->need_ctx)
            c->rank += CTX_BONUS;
    }
    sc->nc++;
    return MM_OK;
}

/* All matches of r in t[ws,we), including overlapping ones. */
static int scan_det(const mm_detector *d, mm_detect_scratch *sc, const det_rt *r, unsigned order,
                    const char *t, size_t len, size_t ws, size_t we)
{
    size_t off = ws;
    while (off < we) {
        int rc = pcre2_match(r->re, (PCRE2_SPTR)t, we, off, 0, sc->md, d->mctx);
        if (rc < 0)
            return MM_OK; /* no match, or a site pattern hit the match limit */
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
        size_t s = ov[0], e = ov[1];
        if (e > s && (rc = push_cand(d, sc, r, order, t, len, s, e)) != MM_OK)
            return rc;
        off = s + 1;
    }
    return MM_OK;
}

/* Runs the C matchers in m at p, pushing their matches. */
static int shapes_at(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                     size_t we, uint64_t m, size_t p)
{
    for (; m; m &= m - 1) {
        unsigned i = (unsigned)__builtin_ctzll(m);
        const det_rt *r = &d->dets[i];
        size_t e = r->shape(t, we, p);
        int rc = e ? push_cand(d, sc, r, i, t, len, p, e) : MM_OK;
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

/* Start of the month name a text date would have before the digit run at
 * p ("Sept. 13", "jan5"): back over blanks (any byte of one), a '.' and
 * the letters; p when there are no letters. Which name, and whether the
 * boundary before it holds, the matcher checks. */
static size_t month_start(const char *t, size_t p)
{
    size_t q = p;
    unsigned char c;
    while (q > 0 && ((c = (unsigned char)t[q - 1]) == ' ' || c == '\t' || c == 0xA0 || c == 0xC2 ||
                     c == 0xAF || c == 0x80 || c == 0xE2))
        q--;
    if (q > 0 && t[q - 1] == '.')
        q--;
    size_t e = q;
    while (q > 0 && ((unsigned char)t[q - 1] | 0x20) >= 'a' && ((unsigned char)t[q - 1] | 0x20) <= 'z')
        q--;
    /* every month name has 3 to 9 letters and starts with one of these */
    c = (unsigned char)(t[q] | 0x20);
    if (e - q < 3 || e - q > 9 || !(c == 'j' || c == 'f' || c == 'm' || c == 'a' || c == 's' ||
                                   c == 'o' || c == 'n' || c == 'd'))
        return p;
    return q;
}

/* The C matchers in nat at every start of a cluster: its digits, and a
 * '+', '(' or letter up to two bytes before one (+1, +33, (212), AB1234563),
 * and for text dates (d->far) the start of a month name before a digit
 * run, if in the window from ws. Matches end by we, the end of the window
 * the patterns would run over. */
static int scan_shapes(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                       size_t ws, size_t cs, size_t ce, size_t we, uint64_t nat, unsigned starts)
{
    uint64_t far = nat & d->far;
    for (size_t p = cs >= 2 ? cs - 2 : 0; p < ce; p++) {
        unsigned cls = d->start_cls[(unsigned char)t[p]];
        if (!(cls & starts)) /* text dates start with a digit too: in starts if far */
            continue;
        unsigned char prev = p > 0 ? (unsigned char)t[p - 1] : 0;
        if (cls == MM_SHAPE_START_DIGIT && is_digit(prev))
            continue; /* inside a run: no start */
        if (far && cls == MM_SHAPE_START_DIGIT) {
            size_t q = month_start(t, p);
            int rc = q < p && q >= ws ? shapes_at(d, sc, t, len, we, far, q) : MM_OK;
            if (rc != MM_OK)
                return rc;
        }
        if (is_alnum(prev))
            continue;
        uint64_t m = nat & d->starts[cls];
        if (cls == MM_SHAPE_START_DIGIT) { /* and the length of the digit run at p */
            size_t k = p + 1;
            while (k < we && k - p < 31 && is_digit((unsigned char)t[k]))
                k++;
            m &= d->run_mask[k - p];
        }
        int rc = shapes_at(d, sc, t, len, we, m, p);
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

static int scan_cluster(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                        size_t cs, size_t ce, unsigned ndig, unsigned maxrun)
{
    size_t ws = cs > LEFT_MARGIN ? cs - LEFT_MARGIN : 0;
    size_t we = ce + RIGHT_MARGIN < len ? ce + RIGHT_MARGIN : len;
    while (we < len && is_alnum((unsigned char)t[we]))
        we++;
    unsigned shape = 0, prev = 0; /* a letter: IBAN, DEA and MBI may be lower case */
    for (size_t i = ws; i < we; i++) {
        unsigned b = d->shape[(unsigned char)t[i]];
        if ((b & SHAPE_DIGIT) && (prev & SHAPE_LETTER))
            shape |= SHAPE_LD;
        shape |= b;
        prev = b;
    }
    /* the detectors whose minimum digits, longest run, letter and shape
     * needs this cluster meets */
    uint64_t fit = d->fit_digits[ndig < 64 ? ndig : 64] & d->fit_run[maxrun < 64 ? maxrun : 64];
    if (!(shape & SHAPE_LETTER))
        fit &= ~d->need_upper;
    uint64_t need_ok = d->no_need;
    for (unsigned k = 0; k < 16; k++)
        if (shape & (1u << k))
            need_ok |= d->need_bit[k];
    fit &= need_ok;
    uint64_t nat = d->native ? fit & d->shaped : 0;
    unsigned starts = 0;
    for (unsigned c = 1; c <= 8; c <<= 1)
        if (nat & d->starts[c])
            starts |= c;
    if (nat) {
        int rc = scan_shapes(d, sc, t, len, ws, cs, ce, we, nat, starts);
        if (rc != MM_OK)
            return rc;
    }
    /* the rest through their patterns: site MRN patterns, and all of them
     * when native is off */
    for (uint64_t m = fit & ~nat; m; m &= m - 1) {
        size_t i = (size_t)__builtin_ctzll(m);
        const det_rt *r = &d->dets[i];
        int rc = scan_det(d, sc, r, (unsigned)i, t, len, r->digit_first ? cs : ws, we);
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

/* Index of the first digit in t[i,len), len if none: most mail text has
 * no digit for hundreds of bytes, so look at 16 bytes at a time. */
static size_t next_digit(const char *t, size_t len, size_t i)
{
#ifdef __SSE2__
    const __m128i lo = _mm_set1_epi8('0' - 1), hi = _mm_set1_epi8('9' + 1);
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi)));
        if (m)
            return i + (unsigned)__builtin_ctz(m);
    }
#endif
    while (i < len && !is_digit((unsigned char)t[i]))
        i++;
    return i;
}

static bool email_char(unsigned char c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* E-mail addresses around each '@' in t[*from,to); *from becomes to. Run
 * between clusters so that candidates arrive nearly in text order. */
static int scan_emails(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                       size_t *from, size_t to)
{
    static const det_rt email_rt = {"email", MM_PHI_EMAIL, 0, 6, false, false, chk_email, NULL, NULL, 0, false, false, 0, NULL, 0, 0, false};
    const char *p = t + *from, *end = t + to;
    *from = to;
    while (p < end && (p = memchr(p, '@', (size_t)(end - p))) != NULL) {
        size_t at = (size_t)(p - t), ls = at, de = at + 1;
        while (ls > 0 && at - ls < 64 && email_char((unsigned char)t[ls - 1]))
            ls--;
        while (de < len && de - at < 190 &&
               (is_alnum((unsigned char)t[de]) || t[de] == '.' || t[de] == '-'))
            de++;
        p++;
        if (ls == at || de == at + 1)
            continue;
        int rc = pcre2_match(d->email_re, (PCRE2_SPTR)t, de, ls, 0, sc->md, d->mctx);
        if (rc < 0)
            continue;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
        if (ov[0] > at || ov[1] <= at)
            continue;
        rc = push_cand(d, sc, &email_rt, (unsigned)d->ndets, t, len, ov[0], ov[1]);
        if (rc != MM_OK)
            return rc;
    }
    return MM_OK;
}

static int cmp_start(const void *a, const void *b)
{
    const cand *x = *(const cand *const *)a, *y = *(const cand *const *)b;
    if (x->sp.start != y->sp.start)
        return x->sp.start < y->sp.start ? -1 : 1;
    if (x->sp.end != y->sp.end)
        return x->sp.end < y->sp.end ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_rank(const void *a, const void *b)
{
    const cand *x = *(const cand *const *)a, *y = *(const cand *const *)b;
    if (x->rank != y->rank)
        return x->rank > y->rank ? -1 : 1;
    size_t lx = x->sp.end - x->sp.start, ly = y->sp.end - y->sp.start;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    if (x->sp.start != y->sp.start)
        return x->sp.start < y->sp.start ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Pick non-overlapping winners in each group of overlapping candidates
 * and append them to out in text order. */
static int resolve(mm_detect_scratch *sc, mm_span_list *out, size_t out_n0)
{
    if (sc->nc == 0)
        return MM_OK;
    if (grow((void **)&sc->ord, &sc->capord, sc->nc, sizeof *sc->ord) != MM_OK)
        return MM_ENOMEM;
    const cand **o = sc->ord;
    for (size_t k = 0; k < sc->nc; k++)
        o[k] = &sc->c[k];
    /* Candidates come nearly in text order: insertion sort, unless that
     * turns out to move too much (the order is total, so either gives the
     * same result). */
    size_t moves = 0;
    for (size_t a = 1; a < sc->nc && moves <= 8 * sc->nc; a++)
        for (size_t b = a; b > 0 && cmp_start(&o[b - 1], &o[b]) > 0; b--, moves++) {
            const cand *tmp = o[b];
            o[b] = o[b - 1];
            o[b - 1] = tmp;
        }
    if (moves > 8 * sc->nc)
        qsort(o, sc->nc, sizeof *o, cmp_start);
    size_t i = 0;
    while (i < sc->nc) {
        size_t j = i + 1, gs = o[i]->sp.start, ge = o[i]->sp.end;
        while (j < sc->nc && o[j]->sp.start < ge) {
            if (o[j]->sp.end > ge)
                ge = o[j]->sp.end;
            j++;
        }
        size_t first = out->n;
        if (j - i == 1) {
            if (grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) != MM_OK)
                goto nomem;
            out->v[out->n++] = o[i]->sp;
        } else {
            qsort(o + i, j - i, sizeof *o, cmp_rank);
            if (grow((void **)&sc->occ, &sc->occcap, ge - gs, 1) != MM_OK)
                goto nomem;
            memset(sc->occ, 0, ge - gs);
            for (size_t k = i; k < j; k++) {
                const mm_span *sp = &o[k]->sp;
                bool free_ = true;
                for (size_t b = sp->start; b < sp->end && free_; b++)
                    free_ = !sc->occ[b - gs];
                if (!free_)
                    continue;
                memset(sc->occ + (sp->start - gs), 1, sp->end - sp->start);
                if (grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) != MM_OK)
                    goto nomem;
                out->v[out->n++] = *sp;
            }
            /* winners of one group are disjoint: order them by start */
            for (size_t a = first + 1; a < out->n; a++)
                for (size_t b = a; b > first && out->v[b - 1].start > out->v[b].start; b--) {
                    mm_span tmp = out->v[b];
                    out->v[b] = out->v[b - 1];
                    out->v[b - 1] = tmp;
                }
        }
        i = j;
    }
    return MM_OK;
nomem:
    sodium_memzero(out->v + out_n0, (out->n - out_n0) * sizeof *out->v);
    out->n = out_n0;
    return MM_ENOMEM;
}

int mm_detect_run(const mm_detector *d, mm_detect_scratch *sc, const char *t, size_t len,
                  mm_span_list *out)
{
    if (d == NULL || sc == NULL || out == NULL || (t == NULL && len > 0))
        return MM_EINVAL;
    sc->nc = 0;
    size_t out_n0 = out->n;
    int rc = find_tokens(sc, t, len);
    size_t i = 0, epos = 0;
    while (rc == MM_OK && i < len) {
        i = next_digit(t, len, i);
        if (i >= len)
            break;
        /* runs of digits, each followed by a gap of at most CLUSTER_GAP
         * bytes to the next */
        size_t cs = i, last = i;
        unsigned ndig = 0, maxrun = 0;
        for (;;) {
            size_t r = i;
            while (r < len && is_digit((unsigned char)t[r]))
                r++;
            ndig += (unsigned)(r - i);
            if (r - i > maxrun)
                maxrun = (unsigned)(r - i);
            last = r - 1;
            size_t lim = len - r > CLUSTER_GAP + 1 ? r + CLUSTER_GAP + 1 : len;
            i = next_digit(t, lim, r);
            if (i >= lim)
                break;
        }
        if (ndig >= d->min_digits_any && d->enabled[MM_PHI_EMAIL])
            rc = scan_emails(d, sc, t, len, &epos, cs);
        if (rc == MM_OK && ndig >= d->min_digits_any)
            rc = scan_cluster(d, sc, t, len, cs, last + 1, ndig, maxrun);
    }
    if (rc == MM_OK && d->enabled[MM_PHI_EMAIL])
        rc = scan_emails(d, sc, t, len, &epos, len);
    if (rc == MM_OK)
        rc = resolve(sc, out, out_n0);
    for (size_t k = 0; k < sc->nc; k++)
        wipe_cand(&sc->c[k]);
    sc->nc = 0;
    return rc;
}
