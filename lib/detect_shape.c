/*
 * detect_shape.c - C matchers for the fixed shapes of the PHI detectors.
 *
 * Each function mirrors one pattern of detect.c's built-in table (quoted
 * above it), backtracking included: where PCRE2 would give up a greedy
 * repeat or try the next alternative, the code does the same, so the
 * first match at each start is the one the pattern returns. Runs of
 * digits are measured once; "exactly n digits" below means a repeat
 * followed by something that cannot be a digit, which is what the
 * patterns' end boundary or next literal forces.
 */
#include <ctype.h>
#include <string.h>

#include "detect_shape.h"

static inline bool dg(const char *t, size_t len, size_t i)
{
    return i < len && (unsigned char)(t[i] - '0') <= 9;
}

static inline bool an(unsigned char c)
{
    return (unsigned char)(c - '0') <= 9 || (unsigned char)((c | 0x20) - 'a') <= 25;
}

static inline bool b0(const char *t, size_t s) { return s == 0 || !an((unsigned char)t[s - 1]); }

static inline bool b1(const char *t, size_t len, size_t e)
{
    return e >= len || !an((unsigned char)t[e]);
}

/* Number of digits from i on. */
static inline size_t run(const char *t, size_t len, size_t i)
{
    size_t k = i;
    while (dg(t, len, k))
        k++;
    return k - i;
}

/* n digits at i and the pattern's end boundary after them. */
static inline size_t digits_end(const char *t, size_t len, size_t i, size_t n)
{
    return run(t, len, i) == n && b1(t, len, i + n) ? i + n : 0;
}

static inline bool is(const char *t, size_t len, size_t i, char c) { return i < len && t[i] == c; }

/* t[i] is one of the (non-NUL) bytes of set */
static inline bool oneof(const char *t, size_t len, size_t i, const char *set)
{
    return i < len && t[i] != '\0' && strchr(set, t[i]) != NULL;
}

/* Length of (?:[ \t]|\xc2\xa0|\xe2\x80\xaf) at i, 0 if none. */
static size_t ws1(const char *t, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t')
        return 1;
    if (c == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0xAF)
        return 3;
    return 0;
}

/* Length of (?:[ .\-]|\xc2\xa0|\xe2\x80\xaf) at i, 0 if none. */
static size_t sep(const char *t, size_t len, size_t i)
{
    if (oneof(t, len, i, ".-"))
        return 1;
    return is(t, len, i, '\t') ? 0 : ws1(t, len, i);
}

/* Back reference: the n bytes at a again at i. */
static inline bool same(const char *t, size_t len, size_t i, size_t a, size_t n)
{
    return n <= len - i && memcmp(t + i, t + a, n) == 0;
}

static inline bool in(const char *t, size_t len, size_t i, char lo, char hi)
{
    return i < len && t[i] >= lo && t[i] <= hi;
}

/* B0 "[0-9]{3}-[0-9]{2}-[0-9]{4}" B1 */
size_t mm_shape_ssn_dashed(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || run(t, len, s) != 3 || !is(t, len, s + 3, '-') || run(t, len, s + 4) != 2 ||
        !is(t, len, s + 6, '-'))
        return 0;
    return digits_end(t, len, s + 7, 4);
}

/* B0 "[0-9]{3}" WS1 "[0-9]{2}" WS1 "[0-9]{4}" B1 */
size_t mm_shape_ssn_spaced(const char *t, size_t len, size_t s)
{
    size_t w, i;
    if (!b0(t, s) || run(t, len, s) != 3 || (w = ws1(t, len, s + 3)) == 0)
        return 0;
    i = s + 3 + w;
    if (run(t, len, i) != 2 || (w = ws1(t, len, i + 2)) == 0)
        return 0;
    return digits_end(t, len, i + 2 + w, 4);
}

/* B0 "[0-9]{9}" B1 */
size_t mm_shape_ssn_bare(const char *t, size_t len, size_t s)
{
    return b0(t, s) ? digits_end(t, len, s, 9) : 0;
}

/* B0 "[12][0-9]{9}" B1 */
size_t mm_shape_npi(const char *t, size_t len, size_t s)
{
    return b0(t, s) && in(t, len, s, '1', '2') ? digits_end(t, len, s, 10) : 0;
}

static inline bool upper_az(const char *t, size_t len, size_t i) /* caseless [A-Z] */
{
    return i < len && (unsigned char)((t[i] | 0x20) - 'a') <= 25;
}

/* B0 "[A-Z][A-Z9][0-9]{7}" B1, caseless */
size_t mm_shape_dea(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !upper_az(t, len, s) || !(upper_az(t, len, s + 1) || in(t, len, s + 1, '9', '9')))
        return 0;
    return digits_end(t, len, s + 2, 7);
}

/* MBI_L "[AC-HJKMNP-RT-Y]", caseless */
static inline bool mbi_l(const char *t, size_t len, size_t i)
{
    if (i >= len)
        return false;
    unsigned char c = (unsigned char)(t[i] | 0x20);
    return c >= 'a' && c <= 'y' && !strchr("bilos", c);
}

static inline bool mbi_x(const char *t, size_t len, size_t i)
{
    return mbi_l(t, len, i) || dg(t, len, i);
}

/* B0 "[1-9]" MBI_L MBI_X "[0-9](-?)" MBI_L MBI_X "[0-9]\\1" MBI_L MBI_L "[0-9]{2}" B1,
 * caseless. */
size_t mm_shape_mbi(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !in(t, len, s, '1', '9') || !mbi_l(t, len, s + 1) || !mbi_x(t, len, s + 2) ||
        !dg(t, len, s + 3))
        return 0;
    /* (-?) is greedy, and without it a letter would have to be a '-' */
    size_t d = is(t, len, s + 4, '-'), i = s + 4 + d;
    if (!mbi_l(t, len, i) || !mbi_x(t, len, i + 1) || !dg(t, len, i + 2))
        return 0;
    i += 3;
    if (d && !is(t, len, i, '-'))
        return 0;
    i += d;
    if (!mbi_l(t, len, i) || !mbi_l(t, len, i + 1) || !dg(t, len, i + 2) || !dg(t, len, i + 3))
        return 0;
    return b1(t, len, i + 4) ? i + 4 : 0;
}

/* B0 "(?:\\+1" WS1 "?)?\\([2-9][0-9]{2}\\)" WS1 "?[2-9][0-9]{2}[ .\\-][0-9]{4}" B1 */
size_t mm_shape_nanp_paren(const char *t, size_t len, size_t s)
{
    if (!b0(t, s))
        return 0;
    size_t i = s;
    if (is(t, len, i, '+')) { /* without the prefix a '(' would be needed here */
        if (!in(t, len, i + 1, '1', '1'))
            return 0;
        i += 2;
        i += ws1(t, len, i);
    }
    if (!is(t, len, i, '(') || !in(t, len, i + 1, '2', '9') || run(t, len, i + 2) != 2 ||
        !is(t, len, i + 4, ')'))
        return 0;
    i += 5;
    i += ws1(t, len, i);
    if (!in(t, len, i, '2', '9') || run(t, len, i + 1) != 2 || !oneof(t, len, i + 3, " .-"))
        return 0;
    return digits_end(t, len, i + 4, 4);
}

/* B0 "(?:1[.\\-])?[2-9][0-9]{2}([.\\-])[2-9][0-9]{2}\\1[0-9]{4}" B1 */
size_t mm_shape_nanp(const char *t, size_t len, size_t s)
{
    if (!b0(t, s))
        return 0;
    size_t i = s;
    if (in(t, len, i, '1', '1')) { /* [2-9] cannot take the '1': the prefix is needed */
        if (!oneof(t, len, i + 1, ".-"))
            return 0;
        i += 2;
    }
    if (!in(t, len, i, '2', '9') || run(t, len, i + 1) != 2 || !oneof(t, len, i + 3, ".-"))
        return 0;
    char c = t[i + 3];
    i += 4;
    if (!in(t, len, i, '2', '9') || run(t, len, i + 1) != 2 || !is(t, len, i + 3, c))
        return 0;
    return digits_end(t, len, i + 4, 4);
}

/* B0 "\\+1" SEP "?[2-9][0-9]{2}(" SEP "|)[2-9][0-9]{2}\\1[0-9]{4}" B1 */
size_t mm_shape_nanp_intl(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !is(t, len, s, '+') || !is(t, len, s + 1, '1'))
        return 0;
    size_t i = s + 2;
    i += sep(t, len, i);
    if (!in(t, len, i, '2', '9') || !dg(t, len, i + 1) || !dg(t, len, i + 2))
        return 0;
    i += 3;
    size_t g = i, n = sep(t, len, i);
    i += n;
    if (!in(t, len, i, '2', '9') || !dg(t, len, i + 1) || !dg(t, len, i + 2) ||
        !same(t, len, i + 3, g, n))
        return 0;
    return digits_end(t, len, i + 3 + n, 4);
}

/* B0 "[2-9][0-9]{2} [2-9][0-9]{2} [0-9]{4}" B1 */
size_t mm_shape_nanp_spaced(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !in(t, len, s, '2', '9') || run(t, len, s + 1) != 2 ||
        !is(t, len, s + 3, ' ') || !in(t, len, s + 4, '2', '9') || run(t, len, s + 5) != 2 ||
        !is(t, len, s + 7, ' '))
        return 0;
    return digits_end(t, len, s + 8, 4);
}

/* "(" SEP "|)[0-9]{2}(?:\\1[0-9]{2}){3}" B1 from i: the last eight digits
 * of a French number, in pairs with one separator (or none). */
static size_t fr_pairs(const char *t, size_t len, size_t i)
{
    size_t g = i, n = sep(t, len, i);
    i += n;
    if (!dg(t, len, i) || !dg(t, len, i + 1))
        return 0;
    i += 2;
    for (int k = 0; k < 3; k++) {
        if (!same(t, len, i, g, n) || !dg(t, len, i + n) || !dg(t, len, i + n + 1))
            return 0;
        i += n + 2;
    }
    return b1(t, len, i) ? i : 0;
}

/* B0 "0[1-9](" SEP "|)[0-9]{2}(?:\\1[0-9]{2}){3}" B1 */
size_t mm_shape_fr_phone(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !in(t, len, s, '0', '0') || !in(t, len, s + 1, '1', '9'))
        return 0;
    return fr_pairs(t, len, s + 2);
}

/* B0 "(?:\\+|00)33" SEP "?(?:\\(0\\)" SEP "?)?[1-9](" SEP "|)[0-9]{2}(?:\\1[0-9]{2}){3}" B1 */
size_t mm_shape_fr_intl(const char *t, size_t len, size_t s)
{
    if (!b0(t, s))
        return 0;
    size_t i = s;
    if (is(t, len, i, '+'))
        i++;
    else if (in(t, len, i, '0', '0') && in(t, len, i + 1, '0', '0'))
        i += 2;
    else
        return 0;
    if (!in(t, len, i, '3', '3') || !in(t, len, i + 1, '3', '3'))
        return 0;
    i += 2;
    i += sep(t, len, i);
    if (is(t, len, i, '(') && is(t, len, i + 1, '0') && is(t, len, i + 2, ')')) {
        i += 3;
        i += sep(t, len, i);
    }
    if (!in(t, len, i, '1', '9'))
        return 0;
    return fr_pairs(t, len, i + 1);
}

/* B0 "[0-9]{1,2}([/.\\-])[0-9]{1,2}\\1(?:[0-9]{4}|[0-9]{2})" B1 */
size_t mm_shape_date_num(const char *t, size_t len, size_t s)
{
    size_t n = run(t, len, s);
    if (!b0(t, s) || n < 1 || n > 2 || !oneof(t, len, s + n, "/.-"))
        return 0;
    char c = t[s + n];
    size_t i = s + n + 1;
    n = run(t, len, i);
    if (n < 1 || n > 2 || !is(t, len, i + n, c))
        return 0;
    i += n + 1;
    n = run(t, len, i);
    return (n == 4 || n == 2) && b1(t, len, i + n) ? i + n : 0;
}

/* B0 "[0-9]{4}([/\\-])[0-9]{1,2}\\1[0-9]{1,2}" B1 */
size_t mm_shape_date_iso(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || run(t, len, s) != 4 || !oneof(t, len, s + 4, "/-"))
        return 0;
    char c = t[s + 4];
    size_t i = s + 5, n = run(t, len, i);
    if (n < 1 || n > 2 || !is(t, len, i + n, c))
        return 0;
    i += n + 1;
    n = run(t, len, i);
    return n >= 1 && n <= 2 && b1(t, len, i + n) ? i + n : 0;
}

/* B0 "[2-6](?:[0-9]{12,18}|[0-9]{3}([ \\-])[0-9]{4}\\1[0-9]{4}\\1[0-9]{1,4}(?:\\1[0-9]{1,3})?|"
 *    "[0-9]{3}([ \\-])[0-9]{6}\\2[0-9]{4,5})" B1 */
size_t mm_shape_card(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !in(t, len, s, '2', '6'))
        return 0;
    size_t n = run(t, len, s);
    if (n >= 13 && n <= 19)
        return b1(t, len, s + n) ? s + n : 0;
    if (n != 4 || !oneof(t, len, s + 4, " -"))
        return 0;
    char c = t[s + 4];
    size_t i = s + 5;
    n = run(t, len, i);
    if (n == 4) { /* 4-4-4-(1..4)(-1..3) */
        i += 4;
        if (!is(t, len, i, c) || run(t, len, i + 1) != 4 || !is(t, len, i + 5, c))
            return 0;
        i += 6;
        n = run(t, len, i);
        if (n < 1 || n > 4)
            return 0;
        i += n;
        if (is(t, len, i, c)) {
            size_t m = run(t, len, i + 1);
            if (m >= 1 && m <= 3 && b1(t, len, i + 1 + m))
                return i + 1 + m;
        }
        return b1(t, len, i) ? i : 0;
    }
    if (n == 6) { /* 4-6-(4..5) */
        i += 6;
        if (!is(t, len, i, c))
            return 0;
        n = run(t, len, i + 1);
        return (n == 4 || n == 5) && b1(t, len, i + 1 + n) ? i + 1 + n : 0;
    }
    return 0;
}

/* B0 "[0-9]{5}(?:-[0-9]{4})?" B1 */
size_t mm_shape_zip(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || run(t, len, s) != 5)
        return 0;
    if (is(t, len, s + 5, '-') && run(t, len, s + 6) == 4 && b1(t, len, s + 10))
        return s + 10;
    return b1(t, len, s + 5) ? s + 5 : 0;
}

/* The NIR from its department on: one alternative of
 * "(?:(?:[0-9]{2}|2[AaBb])\\1[0-9]{3}|9[78][0-9]\\1[0-9]{2})\\1[0-9]{3}\\1[0-9]{2}" B1
 * with separator t[g,g+n). alt 0: two digits or 2A/2B, then 3; alt 1:
 * overseas, three digits then 2. */
static size_t nir_tail(const char *t, size_t len, size_t i, size_t g, size_t n, int alt)
{
    size_t a = alt ? 3 : 2, b = alt ? 2 : 3;
    if (alt == 0) {
        if (!(dg(t, len, i) && dg(t, len, i + 1)) &&
            !(in(t, len, i, '2', '2') && oneof(t, len, i + 1, "AaBb")))
            return 0;
    } else if (!in(t, len, i, '9', '9') || !in(t, len, i + 1, '7', '8') || !dg(t, len, i + 2)) {
        return 0;
    }
    i += a;
    const size_t grp[3] = {b, 3, 2};
    for (int k = 0; k < 3; k++) {
        if (!same(t, len, i, g, n))
            return 0;
        i += n;
        for (size_t j = 0; j < grp[k]; j++)
            if (!dg(t, len, i + j))
                return 0;
        i += grp[k];
    }
    return b1(t, len, i) ? i : 0;
}

/* B0 "[12378](" SEP "|)[0-9]{2}\\1[0-9]{2}\\1" then nir_tail */
size_t mm_shape_nir(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !oneof(t, len, s, "12378"))
        return 0;
    size_t g = s + 1, n = sep(t, len, g), i = g + n;
    if (!dg(t, len, i) || !dg(t, len, i + 1) || !same(t, len, i + 2, g, n))
        return 0;
    i += 2 + n;
    if (!dg(t, len, i) || !dg(t, len, i + 1) || !same(t, len, i + 2, g, n))
        return 0;
    i += 2 + n;
    size_t e = nir_tail(t, len, i, g, n, 0);
    return e ? e : nir_tail(t, len, i, g, n, 1);
}

/* B0 "[0-9]{11}" B1 */
size_t mm_shape_rpps(const char *t, size_t len, size_t s)
{
    return b0(t, s) ? digits_end(t, len, s, 11) : 0;
}

/* B0 "1[0-9]{1,3}(?: [0-9]{1,4}){2,5}" B1: the greedy repeat takes as
 * many whole groups as it can (a longer group leaves a digit that neither
 * a space nor the boundary accepts); when the boundary fails after the
 * last one, giving it back leaves a space, which the boundary accepts. */
size_t mm_shape_rpps_spaced(const char *t, size_t len, size_t s)
{
    size_t n = run(t, len, s);
    if (!b0(t, s) || !in(t, len, s, '1', '1') || n < 2 || n > 4)
        return 0;
    size_t ends[6], k = 0, i = s + n;
    ends[0] = i;
    while (k < 5 && is(t, len, i, ' ') && (n = run(t, len, i + 1)) >= 1 && n <= 4) {
        i += 1 + n;
        ends[++k] = i;
    }
    if (k >= 2 && b1(t, len, ends[k]))
        return ends[k];
    return k >= 3 ? ends[k - 1] : 0;
}

/* Length of the run of ASCII letters and digits from i. */
static size_t alnum_run(const char *t, size_t len, size_t i)
{
    size_t k = i;
    while (k < len && an((unsigned char)t[k]))
        k++;
    return k - i;
}

/* B0 "[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)" B1,
 * caseless. A group of four is one only when a non-alphanumeric follows
 * it (else neither a next group nor the boundary can); the last group
 * taken is always followed by one, so the boundary never fails there. */
size_t mm_shape_iban(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !upper_az(t, len, s) || !upper_az(t, len, s + 1) || !dg(t, len, s + 2) ||
        !dg(t, len, s + 3))
        return 0;
    size_t n = alnum_run(t, len, s + 4), i = s + 4, k = 0;
    if (n > 0)
        return n >= 11 && n <= 30 ? s + 4 + n : 0;
    while (k < 7 && is(t, len, i, ' ') && alnum_run(t, len, i + 1) == 4)
        i += 5, k++;
    if (k < 2)
        return 0;
    if (is(t, len, i, ' ') && (n = alnum_run(t, len, i + 1)) >= 1 && n <= 4)
        i += 1 + n;
    return i;
}

/* Text dates. Every month name of the patterns is followed by '.', ',',
 * a blank or a digit, never by a letter, so the name is the whole run of
 * letters at its start (ASCII, plus é/É/û/Û in French): the alternation
 * cannot settle on a shorter name. */

/* The run of ASCII letters (and with fr, é É û Û) at i, folded into buf
 * (lower case; é É as '1', û Û as '2'); its end, or 0 when it does not
 * fit buf. */
static size_t month_word(const char *t, size_t len, size_t i, bool fr, char *buf, size_t cap)
{
    size_t k = 0;
    while (i < len) {
        unsigned char c = (unsigned char)t[i], nx = i + 1 < len ? (unsigned char)t[i + 1] : 0;
        char f;
        if ((unsigned char)((c | 0x20) - 'a') <= 25)
            f = (char)(c | 0x20), i++;
        else if (fr && c == 0xC3 && (nx == 0xA9 || nx == 0x89))
            f = '1', i += 2;
        else if (fr && c == 0xC3 && (nx == 0xBB || nx == 0x9B))
            f = '2', i += 2;
        else
            break;
        if (k + 1 >= cap)
            return 0;
        buf[k++] = f;
    }
    buf[k] = '\0';
    return i;
}

static bool in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return true;
    return false;
}

/* Can a month name (folded as month_word does) start with these three
 * bytes? Most words before a number cannot: one test rejects them. */
static bool month_stem(char a, char b, char c, bool fr)
{
    switch (a) {
    case 'j':
        return b == 'a' ? c == 'n' : b == 'u' && (c == 'n' || c == 'l' || (fr && c == 'i'));
    case 'f':
        return (b == 'e' && (c == 'b' || (fr && c == 'v'))) || (fr && b == '1' && c == 'v');
    case 'm':
        return b == 'a' && (c == 'r' || c == 'y' || (fr && c == 'i'));
    case 'a':
        return (b == 'p' && c == 'r') || (b == 'u' && c == 'g') ||
               (fr && ((b == 'v' && c == 'r') || (b == 'o' && (c == 'u' || c == '2'))));
    case 's':
        return b == 'e' && c == 'p';
    case 'o':
        return b == 'c' && c == 't';
    case 'n':
        return b == 'o' && c == 'v';
    case 'd':
        return (b == 'e' || (fr && b == '1')) && c == 'c';
    default:
        return false;
    }
}

/* MONTH_EN (without its '.'), MONTH_FR likewise, as month_word folds them */
static const char *const months_en[] = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december", NULL};
static const char *const months_fr[] = {
    "janv", "janvier", "fevr", "f1vr", "fevrier", "f1vrier", "mars", "avr", "avril", "mai",
    "juin", "juil", "juillet", "aout", "ao2t", "sept", "septembre", "oct", "octobre", "nov",
    "novembre", "dec", "d1c", "decembre", "d1cembre", NULL};

/* A month name at i, then its optional '.': the position after, or 0. */
static size_t month_name(const char *t, size_t len, size_t i, bool fr)
{
    if (i + 2 >= len) /* every name has three bytes or more */
        return 0;
    char a = (char)(t[i] | 0x20), w[16];
    /* reject most words on their first bytes (French ones may have an
     * accent in second place: only the first letter then) */
    if (fr ? !(a == 'j' || a == 'f' || a == 'm' || a == 'a' || a == 's' || a == 'o' || a == 'n' ||
               a == 'd')
           : !month_stem(a, (char)(t[i + 1] | 0x20), (char)(t[i + 2] | 0x20), false))
        return 0;
    size_t e = month_word(t, len, i, fr, w, sizeof w);
    if (e == 0 || e - i < 3 || !month_stem(w[0], w[1], w[2], fr) ||
        !in_list(w, fr ? months_fr : months_en))
        return 0;
    return e + is(t, len, e, '.');
}

/* WS: one or more blanks at i; the position after them (i when none). */
static size_t blanks(const char *t, size_t len, size_t i)
{
    size_t n;
    while ((n = ws1(t, len, i)) > 0)
        i += n;
    return i;
}

/* "[0-9]{1,2}" ORD at i (ORD: st, nd, rd or th, optional): the position
 * after, or 0. A longer number leaves a digit nothing after it accepts. */
static size_t day_ord(const char *t, size_t len, size_t i)
{
    size_t n = run(t, len, i);
    if (n < 1 || n > 2)
        return 0;
    i += n;
    if (i + 1 < len) {
        char a = (char)(t[i] | 0x20), b = (char)(t[i + 1] | 0x20);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h'))
            i += 2; /* without it, what follows would have to be a letter */
    }
    return i;
}

/* WS "[0-9]{4}" B1 at i: the match end, or 0. */
static size_t year_end(const char *t, size_t len, size_t i)
{
    size_t j = blanks(t, len, i);
    return j > i ? digits_end(t, len, j, 4) : 0;
}

/* B0 "(?:" MONTH_EN WS1 "*[0-9]{1,2}" ORD ",?" WS "[0-9]{4}|[0-9]{1,2}" ORD WS "(?:of" WS
 *    ")?" MONTH_EN ",?" WS "[0-9]{4})" B1, caseless */
size_t mm_shape_date_en(const char *t, size_t len, size_t s)
{
    if (!b0(t, s))
        return 0;
    size_t i;
    if (dg(t, len, s)) { /* 3rd of March 1946 */
        if ((i = day_ord(t, len, s)) == 0)
            return 0;
        size_t j = blanks(t, len, i);
        if (j == i)
            return 0;
        i = j;
        if (i + 1 < len && (t[i] | 0x20) == 'o' && (t[i + 1] | 0x20) == 'f' &&
            (j = blanks(t, len, i + 2)) > i + 2)
            i = j; /* without "of ", the month would have to start "of" */
        if ((i = month_name(t, len, i, false)) == 0)
            return 0;
    } else { /* March 3rd, 1946 */
        if ((i = month_name(t, len, s, false)) == 0)
            return 0;
        if ((i = day_ord(t, len, blanks(t, len, i))) == 0)
            return 0;
    }
    return year_end(t, len, i + is(t, len, i, ','));
}

/* B0 "(?:1er|[0-9]{1,2})" WS MONTH_FR WS "[0-9]{4}" B1, caseless */
size_t mm_shape_date_fr(const char *t, size_t len, size_t s)
{
    if (!b0(t, s) || !dg(t, len, s))
        return 0;
    size_t i, n = run(t, len, s);
    if (t[s] == '1' && s + 2 < len && (t[s + 1] | 0x20) == 'e' && (t[s + 2] | 0x20) == 'r')
        i = s + 3; /* else "1" would need a blank where the 'e' is */
    else if (n >= 1 && n <= 2)
        i = s + n;
    else
        return 0;
    size_t j = blanks(t, len, i);
    if (j == i || (i = month_name(t, len, j, true)) == 0)
        return 0;
    return year_end(t, len, i);
}

/* B0 "(?:[0-9]{6,10})" B1 */
size_t mm_shape_mrn(const char *t, size_t len, size_t s)
{
    size_t n = run(t, len, s);
    return b0(t, s) && n >= 6 && n <= 10 && b1(t, len, s + n) ? s + n : 0;
}

/* Month number of a month name (English or French, full or abbreviated,
 * any case, accents optional), 0 if none. */
int mm_shape_month(const char *w, size_t n)
{
    static const struct {
        const char *name;
        int m;
    } months[] = {
        {"january", 1},  {"jan", 1},      {"february", 2}, {"feb", 2},     {"march", 3},
        {"mar", 3},      {"april", 4},    {"apr", 4},      {"may", 5},     {"june", 6},
        {"jun", 6},      {"july", 7},     {"jul", 7},      {"august", 8},  {"aug", 8},
        {"september", 9}, {"sept", 9},    {"sep", 9},      {"october", 10}, {"oct", 10},
        {"november", 11}, {"nov", 11},    {"december", 12}, {"dec", 12},   {"janvier", 1},
        {"janv", 1},     {"fevrier", 2},  {"fevr", 2},     {"mars", 3},    {"avril", 4},
        {"avr", 4},      {"mai", 5},      {"juin", 6},     {"juillet", 7}, {"juil", 7},
        {"aout", 8},     {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
    };
    char buf[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)w[i];
        if (ch == 0xC3 && i + 1 < n) { /* é É è û Û: fold to the bare letter */
            unsigned char nx = (unsigned char)w[++i] | 0x20;
            ch = (nx == 0xa9 || nx == 0xa8) ? 'e' : nx == 0xbb ? 'u' : '?';
        }
        if (k + 1 >= sizeof buf)
            return 0;
        buf[k++] = (char)tolower(ch);
    }
    buf[k] = '\0';
    for (size_t i = 0; i < sizeof months / sizeof *months; i++)
        if (strcmp(buf, months[i].name) == 0)
            return months[i].m;
    return 0;
}
