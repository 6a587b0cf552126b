/*
 * html.c - text of an HTML part with a map back to the source, and
 * tag-preserving edits (see html.h).
 */
#include "html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int run_add(mm_html_map *map, size_t toff, size_t tlen, size_t soff, size_t slen,
                   int literal)
{
    if (map->nruns > 0 && literal) {
        mm_html_run *p = &map->runs[map->nruns - 1];
        if (p->literal && p->toff + p->tlen == toff && p->soff + p->slen == soff) {
            p->tlen += tlen;
            p->slen += slen;
            return MM_OK;
        }
    }
    if (mm_array_grow((void **)&map->runs, &map->cap, map->nruns, sizeof *map->runs) != MM_OK)
        return MM_ENOMEM;
    map->runs[map->nruns++] = (mm_html_run){toff, tlen, soff, slen, literal};
    return MM_OK;
}

static size_t utf8_put(unsigned long cp, char out[4])
{
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The named references mail bodies actually use; the rest stay literal.
 * &nbsp; reads as a space so that "555&nbsp;1234" is seen as digits. */
static const struct {
    const char *name;
    unsigned long cp;
} entities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", ' '},     {"copy", 0xA9},    {"reg", 0xAE},      {"deg", 0xB0},     {"middot", 0xB7},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"times", 0xD7},    {"eacute", 0xE9},  {"egrave", 0xE8},
    {"ecirc", 0xEA},   {"euml", 0xEB},    {"agrave", 0xE0},   {"acirc", 0xE2},   {"ccedil", 0xE7},
    {"icirc", 0xEE},   {"iuml", 0xEF},    {"ocirc", 0xF4},    {"ugrave", 0xF9},  {"ucirc", 0xFB},
    {"uuml", 0xFC},    {"ouml", 0xF6},    {"auml", 0xE4},     {"szlig", 0xDF},   {"Eacute", 0xC9},
    {"Egrave", 0xC8},  {"Agrave", 0xC0},  {"Ccedil", 0xC7},   {"oelig", 0x153},  {"euro", 0x20AC},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bull", 0x2022},  {"hellip", 0x2026},
};

/* Decode the reference at s[0] == '&'. Returns its source length (0 when
 * it is not one) and the UTF-8 bytes in out/olen. */
static size_t entity_decode(const char *s, size_t len, char out[4], size_t *olen)
{
    size_t i = 1;
    unsigned long cp = 0;

    if (len > 2 && s[1] == '#') {
        int hex = (s[2] == 'x' || s[2] == 'X');
        size_t ndig = 0;
        i = hex ? 3 : 2;
        for (; i < len && ndig < 8; i++, ndig++) {
            unsigned char c = (unsigned char)s[i];
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                break;
            cp = cp * (hex ? 16 : 10) + (unsigned long)d;
        }
        if (ndig == 0 || i >= len || s[i] != ';')
            return 0;
        *olen = utf8_put(cp, out);
        return i + 1;
    }
    while (i < len && i < 12 && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
        i++;
    if (i == 1 || i >= len || s[i] != ';')
        return 0;
    for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++) {
        if (strlen(entities[k].name) == i - 1 && memcmp(entities[k].name, s + 1, i - 1) == 0) {
            *olen = utf8_put(entities[k].cp, out);
            return i + 1;
        }
    }
    return 0;
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* What a tag reads as: "\n" for blocks, " " for cells, nothing inline. */
static const char *tag_text(const char *name, size_t n)
{
    static const char *const blocks[] = {
        "br", "p",  "div",     "li",      "tr",     "h1",         "h2",     "h3", "h4",
        "h5", "h6", "table",   "ul",      "ol",     "blockquote", "pre",    "hr", "title",
        "dd", "dt", "section", "article", "header", "footer",     "address"};
    if ((n == 2 && (strncasecmp(name, "td", 2) == 0 || strncasecmp(name, "th", 2) == 0)))
        return " ";
    for (size_t k = 0; k < sizeof blocks / sizeof blocks[0]; k++)
        if (strlen(blocks[k]) == n && strncasecmp(blocks[k], name, n) == 0)
            return "\n";
    return "";
}

static size_t find_ci(const char *s, size_t len, size_t from, const char *needle)
{
    size_t nl = strlen(needle);
    for (size_t i = from; i + nl <= len; i++)
        if (strncasecmp(s + i, needle, nl) == 0)
            return i;
    return len;
}

/* End of the tag starting at s[i] == '<' (one past '>'), honouring quoted
 * attribute values as browsers do. */
static size_t tag_end(const char *s, size_t len, size_t i)
{
    char q = 0;
    for (size_t k = i + 1; k < len; k++) {
        if (q) {
            if (s[k] == q)
                q = 0;
        } else if (s[k] == '"' || s[k] == '\'') {
            /* A quote only opens a value right after '='. */
            if (s[k - 1] == '=')
                q = s[k];
        } else if (s[k] == '>') {
            return k + 1;
        }
    }
    return len;
}

int mm_html_to_text(const char *src, size_t len, mm_buf *text, mm_html_map *map)
{
    size_t base = text->len;
    size_t i = 0;
    int rc;

    map->srclen = len;
    while (i < len) {
        char c = src[i];
        if (c == '<' && i + 1 < len &&
            (is_alpha(src[i + 1]) || src[i + 1] == '/' || src[i + 1] == '!' || src[i + 1] == '?')) {
            size_t end;
            if (len - i >= 4 && memcmp(src + i, "<!--", 4) == 0) {
                size_t k = find_ci(src, len, i + 4, "-->");
                i = k < len ? k + 3 : len;
                continue;
            }
            end = tag_end(src, len, i);
            size_t ns = i + 1 + (src[i + 1] == '/');
            size_t ne = ns;
            while (ne < end && (is_alpha(src[ne]) || (src[ne] >= '0' && src[ne] <= '9')))
                ne++;
            const char *tt = tag_text(src + ns, ne - ns);
            if (*tt) {
                size_t toff = text->len - base;
                if ((rc = mm_buf_append(text, tt, 1)) != MM_OK ||
                    (rc = run_add(map, toff, 1, i, 0, 0)) != MM_OK)
                    return rc;
            }
            if (src[i + 1] != '/' && ((ne - ns == 6 && strncasecmp(src + ns, "script", 6) == 0) ||
                                      (ne - ns == 5 && strncasecmp(src + ns, "style", 5) == 0))) {
                /* Raw text element: skip to its end tag. */
                end = find_ci(src, len, end, ne - ns == 6 ? "</script" : "</style");
            }
            i = end;
            continue;
        }
        if (c == '&') {
            char u[4];
            size_t ulen = 0;
            size_t el = entity_decode(src + i, len - i, u, &ulen);
            if (el > 0) {
                size_t toff = text->len - base;
                if ((rc = mm_buf_append(text, u, ulen)) != MM_OK ||
                    (rc = run_add(map, toff, ulen, i, el, 0)) != MM_OK)
                    return rc;
                i += el;
                continue;
            }
        }
        /* Literal text up to the next markup character. */
        size_t j = i + 1;
        while (j < len && src[j] != '<' && src[j] != '&')
            j++;
        size_t toff = text->len - base;
        if ((rc = mm_buf_append(text, src + i, j - i)) != MM_OK ||
            (rc = run_add(map, toff, j - i, i, j - i, 1)) != MM_OK)
            return rc;
        i = j;
    }
    return MM_OK;
}

void mm_html_map_free(mm_html_map *map)
{
    free(map->runs);
    memset(map, 0, sizeof *map);
}

static int append_escaped(mm_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    int rc;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '&' && s[j] != '<' && s[j] != '>' && s[j] != '"')
            j++;
        if ((rc = mm_buf_append(out, s + i, j - i)) != MM_OK)
            return rc;
        if (j == n)
            break;
        const char *ent = s[j] == '&'   ? "&amp;"
                          : s[j] == '<' ? "&lt;"
                          : s[j] == '>' ? "&gt;"
                                        : "&quot;";
        if ((rc = mm_buf_append(out, ent, strlen(ent))) != MM_OK)
            return rc;
        i = j + 1;
    }
    return MM_OK;
}

/* First run whose text ends after position t. */
static size_t run_at(const mm_html_map *map, size_t t)
{
    size_t lo = 0, hi = map->nruns;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (map->runs[mid].toff + map->runs[mid].tlen <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Source position of text position t (for insertions). */
static size_t src_pos(const mm_html_map *map, size_t t)
{
    size_t k = run_at(map, t);
    if (k == map->nruns)
        return map->srclen;
    const mm_html_run *r = &map->runs[k];
    if (r->literal && t > r->toff)
        return r->soff + (t - r->toff);
    return r->soff;
}

int mm_html_apply(const char *src, const mm_html_map *map, const mm_html_edit *e, size_t n,
                  mm_buf *out)
{
    size_t pos = 0;
    int rc;

    for (size_t k = 0; k < n; k++) {
        int placed = 0;
        for (size_t ri = run_at(map, e[k].start); ri < map->nruns; ri++) {
            const mm_html_run *r = &map->runs[ri];
            if (r->toff >= e[k].end)
                break;
            if (r->slen == 0)
                continue; /* stands for a tag: the tag stays */
            size_t a = r->soff, b = r->soff + r->slen;
            if (r->literal) {
                size_t ts = e[k].start > r->toff ? e[k].start : r->toff;
                size_t te = e[k].end < r->toff + r->tlen ? e[k].end : r->toff + r->tlen;
                a = r->soff + (ts - r->toff);
                b = r->soff + (te - r->toff);
            }
            if (a < pos)
                a = pos;
            if (b <= a)
                continue;
            if ((rc = mm_buf_append(out, src + pos, a - pos)) != MM_OK)
                return rc;
            if (!placed && (rc = append_escaped(out, e[k].text, e[k].len)) != MM_OK)
                return rc;
            placed = 1;
            pos = b;
        }
        if (!placed) {
            size_t a = src_pos(map, e[k].start);
            if (a < pos)
                a = pos;
            if ((rc = mm_buf_append(out, src + pos, a - pos)) != MM_OK ||
                (rc = append_escaped(out, e[k].text, e[k].len)) != MM_OK)
                return rc;
            pos = a;
        }
    }
    return mm_buf_append(out, src + pos, map->srclen - pos);
}
