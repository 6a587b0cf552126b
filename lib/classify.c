/*
 * classify.c - lexicon classifier with NegEx/ConText-style context.
 *
 * Each rule is one PCRE2 pattern (its alternatives joined), compiled with
 * JIT once per policy. A red-flag finding (category clinical_urgent) is
 * kept only when no trigger modifies it: triggers are searched in a scope
 * of a few words before and after the finding, cut at sentence ends and
 * at terminators ("but", "mais"...); a trigger inside a pseudo-trigger
 * ("no increase", "pas de doute") does not count. Hypothetical triggers
 * get a wider scope, as in ConText, since "if you have any of: ..." lists
 * run long.
 *
 * Red flags are looked for a second time with a closed list of adverbs
 * blanked out (same length, so context triggers are still read in the
 * text as written), only where the first pass found none. Quoted lines of
 * a reply are the old message and count for little (cls_quotes).
 *
 * Speed: one alternation per rule compiles to hundreds of KB of JIT code
 * per rule and a scan of every text with every rule thrashed the caches.
 * So each alternative is compiled on its own; those that begin with known
 * literal words (most do; see clsindex.h) are compiled anchored and run
 * only where the literal index found their prefix at a word start, the
 * rest are searched unanchored. The result is the same as the one
 * alternation's: the leftmost start wins, then the first alternative in
 * lexicon order, and each alternative backtracks alone exactly as it did
 * inside the group. mm_classifier_reference() builds the plain form, which
 * the tests compare against.
 *
 * Learned layer (docs/classify-model.md): when the policy names a model,
 * the words of the folded text (pairs and 5-letter prefixes too) and the
 * rule layer's outputs are looked up in it (clsmodel.c) and summed into
 * logits as they are produced; its probabilities have the last word
 * (cls_model_decide). The same code exports the features by name for the
 * trainer (mm_classifier_features), so C and Python cannot disagree on
 * what a feature is.
 */
#include "classify.h"
#include "clsindex.h"
#include "clsmodel.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define CLS_MAX_TEXT (256u << 10) /* bytes of folded text classified */
#define CLS_MATCH_LIMIT 1000000

enum {
    CTX_NEG_PRE,
    CTX_NEG_POST,
    CTX_PSEUDO,
    CTX_HYP_PRE,
    CTX_HYP_POST,
    CTX_HIST_PRE,
    CTX_HIST_POST,
    CTX_TERM,
    CTX_EDU,
    CTX_CURRENT,
    CTX_RECORD,
    CTX_PRESENT,
    CTX_QUESTION,
    CTX_REQUEST,
    CTX_COUNT
};

static const char *const ctx_names[CTX_COUNT] = {
    "negation_pre", "negation_post", "pseudo", "hypothetical_pre", "hypothetical_post",
    "historical_pre", "historical_post", "terminators", "education", "current",
    "record", "present", "question", "request"};

/* The alternatives of one rule or one trigger list. */
struct cls_group {
    char **src; /* folded alternatives, in lexicon order */
    size_t nsrc;
    pcre2_code *all;         /* all at once: reference build, or a group that cannot split */
    pcre2_code **alt;        /* else one pattern each */
    unsigned char *anchored; /* alt[i] has prefixes: run anchored at index candidates */
    uint32_t *opaque;        /* the others, searched unanchored; ascending */
    size_t nopaque;
    char ***pfx; /* prefixes of each anchored alternative, until indexed */
    size_t *npfx;
    uint32_t base; /* index id of alternative 0 */
};

struct cls_rule {
    char *id;
    char *mid; /* "model:" + id: the audit rule when the model decides */
    int cat;
    double weight;
    struct cls_group g;
};

struct mm_classifier {
    struct cls_rule *rules;
    size_t nrules;
    struct cls_group ctx[CTX_COUNT];
    double min_score, urgent_score, subject_weight, education_score, education_weight;
    double request_weight;
    int scope_words;
    int reference;
    mm_clsindex *index; /* NULL when no alternative is anchored */
    uint32_t *alt_group; /* group of each index id: rules, then contexts */
    uint32_t nalts;
    mm_clsmodel *model; /* the learned layer, or NULL: rules alone */
    int32_t *fid; /* model ids of the rule layer's features (cls_model_ids), or NULL */
};

/* A folded text and its index candidates, grouped by rule or context. */
#define CLS_FOUND 8

/* Last search of an unindexed alternative in a text: one from `from`
 * that found [ms, me) (or nothing) answers every later search from
 * between `from` and ms, which the classifier's left-to-right walks make
 * often (such alternatives hold no \G: that makes a group unsplittable). */
struct cls_found {
    const pcre2_code *re;
    size_t from, end, ms, me;
    int hit;
};

struct cls_text {
    const char *t;
    size_t len;
    struct cls_found found[CLS_FOUND];
    unsigned nfound, nextfound;
    mm_clshits hits;
    uint32_t *pos, *alt; /* candidates sorted by group, position, alternative */
    size_t cap;
    uint32_t *goff; /* group g: [goff[g], goff[g + 1]); then ng + 2 starts (cls_text_prepare) */
    size_t gcap;
};

struct mm_classify_scratch {
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    mm_buf subj, body, adv; /* adv: body with adverbs blanked, when it has any */
    struct cls_text xs, xb, xa;
    uint32_t *quote; /* quoted lines of the body: [quote[2i], quote[2i + 1]) */
    size_t nquote, qcap;
    uint32_t *req; /* request sentences of the body, same layout */
    size_t nreq, rcap;
    int reply;        /* the body quotes and has words of its own */
    int reply_now;    /* and those have a current cue ("still", "again") */
    int subj_re;      /* the subject is a reply's ("Re: ...") */
    int want_present; /* education veto: look for present-time red flags */
    int present;      /* one was found */
    unsigned char *zero; /* per rule: 1 red flag the first pass did not find, 2 hit */
    size_t nzero;
    /* what the rule layer saw, features for the model */
    int edu, rec, form;
    unsigned nneg, nhyp, nhist, nasked; /* red flags not affirmed, by reason */
    unsigned nquoted_red;               /* red flags on quoted lines, ignored */
    uint32_t *mod;                      /* body spans of red flags not affirmed */
    size_t nmod, mcap;
    double red_raw;                     /* affirmed red-flag score before the veto */
    int best[MM_CAT_COUNT];             /* best rule of each category, or -1 */
    uint8_t *seen; /* per model feature: the message (gen) that last had it; */
    size_t nseen;  /* a byte, so that the stamps of the shipped model fit in */
    uint8_t gen;   /* L1 (29 KB), cleared every 255 messages */
    double logits[MM_CAT_COUNT];
};

/* --- folding --------------------------------------------------------- */

static const char latin1_fold[] =
    "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
_Static_assert(sizeof latin1_fold == 65, "one letter per U+00C0..U+00FF");

int mm_classify_fold(const char *in, size_t len, mm_buf *out)
{
    int rc = mm_buf_reserve(out, len);
    if (rc != MM_OK)
        return rc;
    /* no replacement is longer than what it replaces: write in place */
    char *o = out->data + out->len;
    const unsigned char *p = (const unsigned char *)in, *e = p + len;
    while (p < e) {
        const unsigned char *q = p;
        /* ASCII without CR, eight bytes at a time */
        for (uint64_t w, v; e - q >= 8; q += 8) {
            memcpy(&w, q, 8);
            v = w ^ 0x0d0d0d0d0d0d0d0dull;
            if ((w & 0x8080808080808080ull) ||
                ((v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull))
                break;
        }
        while (q < e && *q < 0x80 && *q != '\r')
            q++;
        memcpy(o, p, (size_t)(q - p));
        o += q - p;
        if ((p = q) == e)
            break;
        unsigned char c = *p;
        const char *rep = NULL;
        size_t adv = 1;
        char one[2] = {0, 0};
        if (c == '\r') {
            p++;
            continue;
        }
        if (c == 0xC3 && p + 1 < e && p[1] >= 0x80 && p[1] <= 0xBF) {
            one[0] = latin1_fold[p[1] - 0x80];
            rep = one;
            adv = 2;
        } else if (c == 0xC2 && p + 1 < e && p[1] == 0xA0) {
            rep = " ", adv = 2;
        } else if (c == 0xC2 && p + 1 < e && p[1] == 0xB4) {
            rep = "'", adv = 2; /* U+00B4 typed for an apostrophe */
        } else if (c == 0xCA && p + 1 < e && p[1] == 0xBC) {
            rep = "'", adv = 2; /* modifier letter apostrophe */
        } else if ((c == 0xCC && p + 1 < e && p[1] >= 0x80 && p[1] <= 0xBF) ||
                   (c == 0xCD && p + 1 < e && p[1] >= 0x80 && p[1] <= 0xAF)) {
            /* combining accents (U+0300..U+036F): decomposed (NFD) text,
             * as some mail clients send it, folds like composed text */
            rep = "", adv = 2;
        } else if (c == 0xC5 && p + 1 < e && (p[1] == 0x93 || p[1] == 0x92)) {
            rep = p[1] == 0x93 ? "oe" : "OE", adv = 2;
        } else if (c == 0xE2 && p + 2 < e && p[1] == 0x80) {
            adv = 3;
            switch (p[2]) {
            case 0x98: case 0x99: rep = "'"; break;
            case 0x9C: case 0x9D: rep = "\""; break;
            case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: rep = "-"; break;
            case 0xA6: rep = "..."; break;
            case 0xAF: rep = " "; break;
            default: adv = 1; break;
            }
        }
        if (rep) {
            size_t n = strlen(rep);
            memcpy(o, rep, n);
            o += n;
        } else {
            *o++ = (char)c;
        }
        p += adv;
    }
    out->len = (size_t)(o - out->data);
    out->data[out->len] = '\0';
    return MM_OK;
}

/* --- compiling ------------------------------------------------------- */

/* Compile, with JIT unless only checking the pattern (jit 0). */
static pcre2_code *cls_compile(const char *pattern, size_t len, uint32_t options, int jit,
                               char *errbuf, size_t errsize)
{
    int ec;
    PCRE2_SIZE off;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pattern, len, PCRE2_CASELESS | options, &ec, &off, NULL);
    if (re == NULL) {
        PCRE2_UCHAR msg[200];
        pcre2_get_error_message(ec, msg, sizeof msg);
        snprintf(errbuf, errsize, "%s at offset %zu", (const char *)msg, (size_t)off);
        return NULL;
    }
    if (jit)
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
    return re;
}

static int is_alpha(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* A space in a pattern, outside a character class, matches any run of
 * white space (mail text is wrapped at arbitrary words); " ?" and " *"
 * match optional white space. An apostrophe between two letters is
 * optional: text messages drop them ("cant breathe", "jai mal"). */
static int cls_spaces(mm_buf *f)
{
    mm_buf o = MM_BUF_INIT;
    int rc = MM_OK, in_class = 0;
    for (size_t i = 0; i < f->len && rc == MM_OK; i++) {
        char ch = f->data[i];
        if (ch == '\\' && i + 1 < f->len) {
            rc = mm_buf_append(&o, f->data + i, 2);
            i++;
            continue;
        }
        if (ch == '[' && !in_class)
            in_class = 1;
        else if (ch == ']' && in_class)
            in_class = 0;
        if (ch == '\'' && !in_class && i > 0 && i + 1 < f->len && is_alpha(f->data[i - 1]) &&
            is_alpha(f->data[i + 1])) {
            rc = mm_buf_append(&o, "'?", 2);
            continue;
        }
        if (ch == ' ' && !in_class) {
            while (i + 1 < f->len && f->data[i + 1] == ' ')
                i++;
            /* " ?" and " *": optional white space */
            int opt = i + 1 < f->len && (f->data[i + 1] == '?' || f->data[i + 1] == '*');
            if (opt || (i + 1 < f->len && f->data[i + 1] == '+'))
                i++;
            rc = mm_buf_append(&o, opt ? "\\s*" : "\\s+", 3);
        } else {
            rc = mm_buf_append(&o, &ch, 1);
        }
    }
    if (rc == MM_OK && o.len == 0)
        rc = mm_buf_append(&o, "", 0);
    mm_buf_free(f);
    *f = o;
    return rc;
}

/* Add pattern, folded, to g's alternatives, after checking it compiles on
 * its own (so an error names the right array element). */
static int cls_add_alt(mm_jv *v, const char *pattern, struct cls_group *g)
{
    mm_buf f = MM_BUF_INIT;
    int rc = mm_classify_fold(pattern, strlen(pattern), &f);
    if (rc != MM_OK)
        return rc;
    if (rc == MM_OK)
        rc = cls_spaces(&f);
    if (rc != MM_OK) {
        mm_buf_free(&f);
        return rc;
    }
    char err[256];
    pcre2_code *re = f.len ? cls_compile(f.data, f.len, 0, 0, err, sizeof err) : NULL;
    if (re == NULL) {
        mm_jv_error(v, 0, "expected a PCRE2 pattern: %s", f.len ? err : "empty pattern");
        mm_buf_free(&f);
        return MM_EPOLICY;
    }
    pcre2_code_free(re);
    char **ns = realloc(g->src, (g->nsrc + 1) * sizeof *ns);
    if (ns == NULL) {
        mm_buf_free(&f);
        return MM_ENOMEM;
    }
    g->src = ns;
    g->src[g->nsrc++] = f.data; /* NUL-terminated by mm_buf */
    return MM_OK;
}

/* Compile alternatives [0, n) of g (n > 1: as one alternation) into *out. */
static int cls_compile_alt(mm_jv *v, const struct cls_group *g, size_t i, size_t n,
                           uint32_t options, pcre2_code **out)
{
    mm_buf w = MM_BUF_INIT;
    /* whole words only: folded text is ASCII for Latin letters */
    int rc = mm_buf_append(&w, "(?<![a-z0-9])(?:", 16);
    for (size_t j = i; j < i + n && rc == MM_OK; j++)
        rc = mm_buf_appendf(&w, "%s(?:%s)", j > i ? "|" : "", g->src[j]);
    if (rc == MM_OK)
        rc = mm_buf_append(&w, ")(?![a-z0-9])", 13);
    if (rc != MM_OK) {
        mm_buf_free(&w);
        return rc;
    }
    char err[256];
    *out = cls_compile(w.data, w.len, options, 1, err, sizeof err);
    mm_buf_free(&w);
    if (*out == NULL) {
        if (v)
            mm_jv_error(v, 0, "expected PCRE2 patterns: %s", err);
        return MM_EPOLICY;
    }
    return MM_OK;
}

static void cls_group_free_pfx(struct cls_group *g)
{
    for (size_t i = 0; g->pfx && i < g->nsrc; i++)
        mm_clsindex_strv_free(g->pfx[i], g->npfx[i]);
    free(g->pfx);
    free(g->npfx);
    g->pfx = NULL;
    g->npfx = NULL;
}

static void cls_group_free(struct cls_group *g)
{
    cls_group_free_pfx(g);
    for (size_t i = 0; i < g->nsrc; i++) {
        free(g->src[i]);
        if (g->alt)
            pcre2_code_free(g->alt[i]);
    }
    free(g->src);
    free(g->alt);
    free(g->anchored);
    free(g->opaque);
    pcre2_code_free(g->all);
    memset(g, 0, sizeof *g);
}

/* Compile g: split into one pattern per alternative unless reference (or
 * an alternative cannot be split out safely). */
static int cls_group_build(mm_jv *v, struct cls_group *g, int reference)
{
    if (g->nsrc == 0)
        return MM_OK;
    int split = !reference, rc = MM_OK;
    unsigned char *anch = calloc(g->nsrc, 1);
    g->pfx = calloc(g->nsrc, sizeof *g->pfx);
    g->npfx = calloc(g->nsrc, sizeof *g->npfx);
    if (anch == NULL || g->pfx == NULL || g->npfx == NULL) {
        free(anch);
        return MM_ENOMEM;
    }
    for (size_t i = 0; i < g->nsrc && split; i++) {
        int kind;
        if ((rc = mm_clsindex_prefixes(g->src[i], strlen(g->src[i]), &kind, &g->pfx[i],
                                       &g->npfx[i])) != MM_OK) {
            free(anch);
            return rc;
        }
        anch[i] = kind == MM_PFX_OK;
        split = kind != MM_PFX_UNSAFE;
    }
    if (!split) {
        free(anch);
        cls_group_free_pfx(g);
        return cls_compile_alt(v, g, 0, g->nsrc, 0, &g->all);
    }
    g->anchored = anch;
    g->alt = calloc(g->nsrc, sizeof *g->alt);
    g->opaque = calloc(g->nsrc, sizeof *g->opaque);
    if (g->alt == NULL || g->opaque == NULL)
        return MM_ENOMEM;
    for (size_t i = 0; i < g->nsrc && rc == MM_OK; i++) {
        rc = cls_compile_alt(v, g, i, 1, anch[i] ? PCRE2_ANCHORED : 0, &g->alt[i]);
        if (!anch[i])
            g->opaque[g->nopaque++] = (uint32_t)i;
    }
    return rc;
}

static int cls_index_build(mm_classifier *c);

static int cls_rules(mm_jv *v, mm_classifier *c, const json_t *rules)
{
    static const char *const keys[] = {"id", "category", "weight", "patterns", "comment", NULL};
    size_t n = json_array_size(rules);
    struct cls_rule *nr = realloc(c->rules, (c->nrules + n + 1) * sizeof *nr);
    if (nr == NULL)
        return MM_ENOMEM;
    c->rules = nr;
    mm_jv_key(v, "rules");
    int rc = MM_OK;
    for (size_t i = 0; i < n && rc != MM_ENOMEM; i++) {
        json_t *r = json_array_get(rules, i);
        mm_jv_idx(v, i);
        if (!json_is_object(r)) {
            mm_jv_error(v, 0, "expected an object (a rule)");
            mm_jv_pop(v);
            continue;
        }
        mm_jv_keys(v, r, keys);
        json_t *id = mm_jv_get(v, r, "id", MM_JV_STRING, 1);
        json_t *cat = mm_jv_get(v, r, "category", MM_JV_STRING, 1);
        json_t *w = mm_jv_get(v, r, "weight", MM_JV_NUMBER, 1);
        json_t *pats = mm_jv_get(v, r, "patterns", MM_JV_ARRAY, 1);
        int ci = cat ? mm_category_from_name(json_string_value(cat)) : -1;
        if (cat && ci < 0) {
            mm_jv_key(v, "category");
            mm_jv_error(v, 0, "expected a category: appointment, prescription, billing, "
                              "clinical_urgent, followup or other");
            mm_jv_pop(v);
        }
        double wt = w ? json_number_value(w) : 0;
        if (w && !(wt > 0 && wt <= 100)) {
            mm_jv_key(v, "weight");
            mm_jv_error(v, 0, "expected a weight greater than 0 and at most 100");
            mm_jv_pop(v);
        }
        for (size_t j = 0; id && j < c->nrules; j++)
            if (strcmp(c->rules[j].id, json_string_value(id)) == 0) {
                mm_jv_key(v, "id");
                mm_jv_error(v, 0, "expected a unique rule id (\"%s\" is used twice)",
                            c->rules[j].id);
                mm_jv_pop(v);
            }
        struct cls_group grp;
        memset(&grp, 0, sizeof grp);
        if (pats) {
            mm_jv_key(v, "patterns");
            if (json_array_size(pats) == 0)
                mm_jv_error(v, 0, "expected at least one pattern");
            for (size_t j = 0; j < json_array_size(pats) && rc != MM_ENOMEM; j++) {
                json_t *pj = json_array_get(pats, j);
                mm_jv_idx(v, j);
                if (!json_is_string(pj))
                    mm_jv_error(v, 0, "expected a string (a PCRE2 pattern)");
                else if (cls_add_alt(v, json_string_value(pj), &grp) == MM_ENOMEM)
                    rc = MM_ENOMEM;
                mm_jv_pop(v);
            }
            mm_jv_pop(v);
        }
        if (rc == MM_OK && id && ci >= 0 && grp.nsrc && wt > 0 && wt <= 100) {
            struct cls_rule *cr = &c->rules[c->nrules];
            memset(cr, 0, sizeof *cr);
            int crc = cls_group_build(v, &grp, c->reference);
            if (crc == MM_ENOMEM)
                rc = crc;
            if (crc == MM_OK) {
                if ((cr->id = strdup(json_string_value(id))) == NULL) {
                    rc = MM_ENOMEM;
                } else {
                    cr->cat = ci;
                    cr->weight = wt;
                    cr->g = grp;
                    memset(&grp, 0, sizeof grp);
                    c->nrules++;
                }
            }
        }
        cls_group_free(&grp);
        mm_jv_pop(v);
    }
    mm_jv_pop(v);
    return rc;
}

static int cls_context(mm_jv *v, const json_t *ctx, struct cls_group alts[CTX_COUNT])
{
    static const char *const keys[] = {
        "negation_pre", "negation_post", "pseudo", "hypothetical_pre", "hypothetical_post",
        "historical_pre", "historical_post", "terminators", "education", "current", "record",
        "present", "question", "request", "comment", NULL};
    mm_jv_key(v, "context");
    mm_jv_keys(v, ctx, keys);
    int rc = MM_OK;
    for (int k = 0; k < CTX_COUNT && rc != MM_ENOMEM; k++) {
        json_t *arr = mm_jv_get(v, ctx, ctx_names[k], MM_JV_ARRAY, 0);
        if (arr == NULL)
            continue;
        mm_jv_key(v, ctx_names[k]);
        for (size_t j = 0; j < json_array_size(arr) && rc != MM_ENOMEM; j++) {
            json_t *pj = json_array_get(arr, j);
            mm_jv_idx(v, j);
            if (!json_is_string(pj))
                mm_jv_error(v, 0, "expected a string (a PCRE2 pattern)");
            else if (cls_add_alt(v, json_string_value(pj), &alts[k]) == MM_ENOMEM)
                rc = MM_ENOMEM;
            mm_jv_pop(v);
        }
        mm_jv_pop(v);
    }
    mm_jv_pop(v);
    return rc;
}

static int cls_model_ids(mm_classifier *c);

/* A lexicon or model file (at most 16 MiB), its bytes hashed into the
 * policy version. */
static int cls_read(mm_jv *outer, const char *path, const char *shown, const char *what,
                    crypto_hash_sha256_state *hs, mm_buf *text)
{
    int rc = mm_jv_read_file(path, 16u << 20, text);
    if (rc != MM_OK) {
        mm_buf_free(text);
        if (rc == MM_ELIMIT)
            mm_jv_error(outer, 0, "expected a %s file of at most 16 MiB (%s)", what, shown);
        else if (rc == MM_EIO)
            mm_jv_error(outer, 0, "expected a readable %s file (%s: %m)", what, shown);
        return rc == MM_ENOMEM ? rc : MM_EPOLICY;
    }
    if (hs)
        crypto_hash_sha256_update(hs, (const unsigned char *)text->data, text->len);
    return MM_OK;
}

static int cls_lexicon(mm_jv *outer, mm_classifier *c, const char *path, const char *shown,
                       crypto_hash_sha256_state *hs)
{
    static const char *const keys[] = {"language", "description", "sources", "rules",
                                       "context", NULL};
    mm_buf text = MM_BUF_INIT;
    int rc = cls_read(outer, path, shown, "lexicon", hs, &text);
    if (rc != MM_OK)
        return rc;
    mm_jv v;
    mm_jv_init(&v, shown, text.data ? text.data : "", text.len, outer->err);
    json_t *root = mm_jv_parse(&v);
    if (root && !json_is_object(root))
        mm_jv_error(&v, 0, "expected an object (a lexicon)");
    else if (root) {
        mm_jv_keys(&v, root, keys);
        (void)mm_jv_get(&v, root, "language", MM_JV_STRING, 1);
        (void)mm_jv_get(&v, root, "description", MM_JV_STRING, 0);
        (void)mm_jv_get(&v, root, "sources", MM_JV_ARRAY, 0);
        json_t *rules = mm_jv_get(&v, root, "rules", MM_JV_ARRAY, 1);
        if (rules)
            rc = cls_rules(&v, c, rules);
        json_t *ctx = mm_jv_get(&v, root, "context", MM_JV_OBJECT, 0);
        if (ctx && rc == MM_OK)
            rc = cls_context(&v, ctx, c->ctx);
    }
    json_decref(root);
    outer->nerr += v.nerr;
    mm_buf_free(&text);
    return rc;
}

static int cls_setting(mm_jv *v, const json_t *spec, const char *key, double lo, double hi,
                       double *out)
{
    json_t *j = mm_jv_get(v, spec, key, MM_JV_NUMBER, 0);
    if (j == NULL)
        return MM_OK;
    double d = json_number_value(j);
    if (!(d >= lo && d <= hi)) {
        mm_jv_key(v, key);
        mm_jv_error(v, 0, "expected a number between %g and %g", lo, hi);
        mm_jv_pop(v);
        return MM_EPOLICY;
    }
    *out = d;
    return MM_OK;
}

int mm_classifier_compile(mm_jv *v, const json_t *spec, const char *base_dir, void *hash_state,
                          mm_classifier **out)
{
    static const char *const keys[] = {"lexicons",       "min_score",      "urgent_score",
                                       "subject_weight", "scope_words",    "education_score",
                                       "education_weight", "request_weight", "model",
                                       "comment",        NULL};
    *out = NULL;
    mm_classifier *c = calloc(1, sizeof *c);
    if (c == NULL)
        return MM_ENOMEM;
    c->min_score = 1.0;
    c->urgent_score = 1.0;
    c->subject_weight = 2.0;
    c->education_score = 2.0;
    c->education_weight = 1.5;
    c->request_weight = 3.0;
    c->scope_words = 6;
    unsigned before = v->nerr;
    mm_jv_keys(v, spec, keys);
    (void)cls_setting(v, spec, "min_score", 0, 1000, &c->min_score);
    (void)cls_setting(v, spec, "urgent_score", 0.01, 1000, &c->urgent_score);
    (void)cls_setting(v, spec, "subject_weight", 0, 100, &c->subject_weight);
    (void)cls_setting(v, spec, "education_score", 0.01, 1000, &c->education_score);
    (void)cls_setting(v, spec, "education_weight", 0, 100, &c->education_weight);
    (void)cls_setting(v, spec, "request_weight", 1, 10, &c->request_weight);
    double sw = c->scope_words;
    if (cls_setting(v, spec, "scope_words", 1, 50, &sw) == MM_OK)
        c->scope_words = (int)sw;
    char **lex = NULL;
    size_t nlex = 0;
    int rc = mm_jv_strings(v, spec, "lexicons", 1, 0, NULL, "a lexicon file path", &lex, &nlex);
    if (rc == MM_ENOMEM)
        goto done;
    rc = MM_OK;
    mm_jv_key(v, "lexicons");
    for (size_t i = 0; i < nlex && rc != MM_ENOMEM; i++) {
        char path[4096];
        if (lex[i][0] == '/')
            snprintf(path, sizeof path, "%s", lex[i]);
        else
            snprintf(path, sizeof path, "%s/%s", base_dir, lex[i]);
        mm_jv_idx(v, i);
        rc = cls_lexicon(v, c, path, path, (crypto_hash_sha256_state *)hash_state);
        mm_jv_pop(v);
    }
    mm_jv_pop(v);
    json_t *mj = mm_jv_get(v, spec, "model", MM_JV_STRING, 0);
    if (mj && rc == MM_OK) {
        char path[4096];
        const char *mp = json_string_value(mj);
        if (mp[0] == '/')
            snprintf(path, sizeof path, "%s", mp);
        else
            snprintf(path, sizeof path, "%s/%s", base_dir, mp);
        mm_buf text = MM_BUF_INIT;
        mm_jv_key(v, "model");
        rc = cls_read(v, path, path, "model", hash_state, &text);
        if (rc == MM_OK)
            rc = mm_clsmodel_parse(v, text.data ? text.data : "", text.len, path, &c->model);
        mm_jv_pop(v);
        mm_buf_free(&text);
        if (rc == MM_EPOLICY)
            rc = MM_OK; /* reported */
    }
    for (size_t i = 0; i < c->nrules && rc == MM_OK && c->model; i++)
        if (asprintf(&c->rules[i].mid, "model:%s", c->rules[i].id) < 0) {
            c->rules[i].mid = NULL;
            rc = MM_ENOMEM;
        }
    if (rc == MM_OK && c->model)
        rc = cls_model_ids(c);
    for (int k = 0; k < CTX_COUNT && rc == MM_OK; k++)
        rc = cls_group_build(v, &c->ctx[k], 0);
    if (rc == MM_OK && v->nerr == before)
        rc = cls_index_build(c);
done:
    mm_strv_free(lex, nlex);
    if (rc == MM_OK && v->nerr != before)
        rc = MM_EPOLICY;
    if (rc != MM_OK) {
        mm_classifier_free(c);
        return rc;
    }
    *out = c;
    return MM_OK;
}

void mm_classifier_free(mm_classifier *c)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->nrules; i++) {
        free(c->rules[i].id);
        free(c->rules[i].mid);
        cls_group_free(&c->rules[i].g);
    }
    free(c->rules);
    for (int k = 0; k < CTX_COUNT; k++)
        cls_group_free(&c->ctx[k]);
    mm_clsindex_free(c->index);
    mm_clsmodel_free(c->model);
    free(c->fid);
    free(c->alt_group);
    free(c);
}

int mm_classifier_reference(const mm_classifier *c, mm_classifier **out)
{
    *out = NULL;
    mm_classifier *r = calloc(1, sizeof *r);
    if (r == NULL)
        return MM_ENOMEM;
    r->min_score = c->min_score;
    r->urgent_score = c->urgent_score;
    r->subject_weight = c->subject_weight;
    r->education_score = c->education_score;
    r->education_weight = c->education_weight;
    r->request_weight = c->request_weight;
    r->scope_words = c->scope_words;
    r->reference = 1;
    r->model = mm_clsmodel_ref(c->model); /* applied identically */
    int rc = MM_OK;
    if ((r->rules = calloc(c->nrules + 1, sizeof *r->rules)) == NULL)
        rc = MM_ENOMEM;
    for (size_t i = 0; i < c->nrules + CTX_COUNT && rc == MM_OK; i++) {
        const struct cls_group *from = i < c->nrules ? &c->rules[i].g : &c->ctx[i - c->nrules];
        struct cls_group *to = i < c->nrules ? &r->rules[i].g : &r->ctx[i - c->nrules];
        if (i < c->nrules) {
            r->rules[i] = c->rules[i];
            memset(&r->rules[i].g, 0, sizeof r->rules[i].g);
            r->rules[i].mid = NULL;
            if ((r->rules[i].id = strdup(c->rules[i].id)) == NULL)
                rc = MM_ENOMEM;
            else
                r->nrules++;
            if (rc == MM_OK && c->rules[i].mid &&
                (r->rules[i].mid = strdup(c->rules[i].mid)) == NULL)
                rc = MM_ENOMEM;
        }
        if (rc == MM_OK && from->nsrc && (to->src = calloc(from->nsrc, sizeof *to->src)) == NULL)
            rc = MM_ENOMEM;
        for (size_t j = 0; j < from->nsrc && rc == MM_OK; j++, to->nsrc++)
            if ((to->src[j] = strdup(from->src[j])) == NULL)
                rc = MM_ENOMEM;
        if (rc == MM_OK)
            rc = cls_group_build(NULL, to, 1);
    }
    if (rc != MM_OK) {
        mm_classifier_free(r);
        return rc;
    }
    *out = r;
    return MM_OK;
}

/* --- scratch --------------------------------------------------------- */

int mm_classify_scratch_new(mm_classify_scratch **out)
{
    mm_classify_scratch *s = calloc(1, sizeof *s);
    if (s == NULL)
        return MM_ENOMEM;
    s->md = pcre2_match_data_create(16, NULL);
    s->mctx = pcre2_match_context_create(NULL);
    if (s->md == NULL || s->mctx == NULL) {
        mm_classify_scratch_free(s);
        return MM_ENOMEM;
    }
    pcre2_set_match_limit(s->mctx, CLS_MATCH_LIMIT);
    *out = s;
    return MM_OK;
}

static void cls_text_free(struct cls_text *x)
{
    mm_clshits_free(&x->hits);
    free(x->pos);
    free(x->alt);
    free(x->goff);
}

void mm_classify_scratch_free(mm_classify_scratch *s)
{
    if (s == NULL)
        return;
    pcre2_match_data_free(s->md);
    pcre2_match_context_free(s->mctx);
    mm_buf_wipe(&s->subj); /* held message text */
    mm_buf_wipe(&s->body);
    mm_buf_wipe(&s->adv);
    cls_text_free(&s->xs); /* positions only, no text */
    cls_text_free(&s->xb);
    cls_text_free(&s->xa);
    free(s->quote);
    free(s->req);
    free(s->zero);
    free(s->seen);
    free(s->mod);
    free(s);
}

/* --- matching -------------------------------------------------------- */

static const struct cls_group *cls_group_at(const mm_classifier *c, size_t gi)
{
    return gi < c->nrules ? &c->rules[gi].g : &c->ctx[gi - c->nrules];
}

/* Index ids and the literal index, once every group is compiled. */
static int cls_index_build(mm_classifier *c)
{
    size_t ng = c->nrules + CTX_COUNT;
    uint32_t n = 0;
    for (size_t gi = 0; gi < ng; gi++) {
        struct cls_group *g = gi < c->nrules ? &c->rules[gi].g : &c->ctx[gi - c->nrules];
        g->base = n;
        n += (uint32_t)g->nsrc;
    }
    c->nalts = n;
    if ((c->alt_group = calloc(n ? n : 1, sizeof *c->alt_group)) == NULL)
        return MM_ENOMEM;
    int rc = mm_clsindex_new(&c->index);
    for (size_t gi = 0; gi < ng && rc == MM_OK; gi++) {
        struct cls_group *g = gi < c->nrules ? &c->rules[gi].g : &c->ctx[gi - c->nrules];
        for (size_t i = 0; i < g->nsrc && rc == MM_OK; i++) {
            c->alt_group[g->base + i] = (uint32_t)gi;
            for (size_t j = 0; g->pfx && j < g->npfx[i] && rc == MM_OK; j++)
                rc = mm_clsindex_add(c->index, g->pfx[i][j], strlen(g->pfx[i][j]),
                                     g->base + (uint32_t)i);
        }
        cls_group_free_pfx(g);
    }
    if (rc == MM_OK)
        rc = mm_clsindex_finish(c->index);
    return rc;
}

/* Index candidates of t, grouped (counting sort: positions stay ascending),
 * then ordered by alternative within each position. */
static int cls_text_prepare(const mm_classifier *c, struct cls_text *x, const char *t, size_t len)
{
    x->t = t ? t : ""; /* the JIT entry wants a subject even when empty */
    x->len = len;
    x->nfound = 0;
    if (c->index == NULL)
        return MM_OK;
    int rc = mm_clsindex_scan(c->index, t, len, &x->hits);
    if (rc != MM_OK)
        return rc;
    size_t ng = c->nrules + CTX_COUNT, n = x->hits.n;
    if (x->cap < n || x->pos == NULL) {
        free(x->pos);
        free(x->alt);
        x->cap = n > 64 ? n : 64;
        x->pos = malloc(x->cap * sizeof *x->pos);
        x->alt = malloc(x->cap * sizeof *x->alt);
        if (x->pos == NULL || x->alt == NULL) {
            x->cap = 0;
            return MM_ENOMEM;
        }
    }
    if (x->gcap < ng + 2) {
        free(x->goff);
        if ((x->goff = malloc(2 * (ng + 2) * sizeof *x->goff)) == NULL) {
            x->gcap = 0;
            return MM_ENOMEM;
        }
        x->gcap = ng + 2;
    }
    memset(x->goff, 0, (ng + 2) * sizeof *x->goff);
    for (size_t i = 0; i < n; i++)
        x->goff[c->alt_group[x->hits.id[i]] + 2]++;
    for (size_t g = 2; g < ng + 2; g++)
        x->goff[g] += x->goff[g - 1];
    /* goff[g + 1] is group g's fill cursor; it ends as group g's end, and
     * gst[g + 1] keeps its start. Hits come by position, so each goes
     * after its group's earlier ones but before those at its position with
     * a greater alternative. */
    uint32_t *gst = x->goff + ng + 2;
    memcpy(gst, x->goff, (ng + 2) * sizeof *gst);
    for (size_t i = 0; i < n; i++) {
        uint32_t gi = c->alt_group[x->hits.id[i]], k = x->goff[gi + 1]++;
        uint32_t p = x->hits.pos[i], a = x->hits.id[i] - cls_group_at(c, gi)->base;
        x->pos[k] = p; /* where it goes or where one at p with a greater alternative goes */
        for (; k > gst[gi + 1] && x->pos[k - 1] == p && x->alt[k - 1] > a; k--)
            x->alt[k] = x->alt[k - 1];
        x->alt[k] = a;
    }
    return MM_OK;
}

/* Match of re in t[from, end) (anchored patterns: at from only); 1 with
 * *ms, *me set, 0 when none, -1 on a matching error (such as the match
 * limit), which ends the search as the one alternation's error did. */
static int cls_match(const pcre2_code *re, mm_classify_scratch *s, const char *t, size_t end,
                     size_t from, size_t *ms, size_t *me)
{
    /* The JIT entry skips pcre2_match's option checks (the patterns are
     * not UTF, so no subject check is lost); it refuses patterns the JIT
     * could not compile, which go to the interpreter. */
    int rc = pcre2_jit_match(re, (PCRE2_SPTR)t, end, from, 0, s->md, s->mctx);
    if (rc == PCRE2_ERROR_JIT_BADOPTION)
        rc = pcre2_match(re, (PCRE2_SPTR)t, end, from, 0, s->md, s->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return -1;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
    *ms = ov[0];
    *me = ov[1];
    return 1;
}

/* cls_match of an unanchored re over x, through x's record of searches. */
static int cls_find(const pcre2_code *re, mm_classify_scratch *s, struct cls_text *x, size_t end,
                    size_t from, size_t *ms, size_t *me)
{
    struct cls_found *f = NULL;
    for (unsigned i = 0; i < x->nfound && f == NULL; i++)
        if (x->found[i].re == re && x->found[i].end == end)
            f = &x->found[i];
    if (f && f->from <= from && (!f->hit || f->ms >= from)) {
        *ms = f->ms;
        *me = f->me;
        return f->hit;
    }
    int m = cls_match(re, s, x->t, end, from, ms, me);
    if (m < 0)
        return m;
    if (f == NULL)
        f = &x->found[x->nfound < CLS_FOUND ? x->nfound++ : x->nextfound++ % CLS_FOUND];
    *f = (struct cls_found){re, from, end, m ? *ms : 0, m ? *me : 0, m};
    return m;
}

/* Group g (number gi) has no match in x at or after from: it has no
 * alternative searched unanchored and no candidate there. The test most
 * rules end at (most texts hold no candidate of most rules), so callers
 * make it before cls_next's call. */
static inline int cls_none(const mm_classifier *c, const struct cls_group *g, size_t gi,
                           const struct cls_text *x, size_t from)
{
    return g->nsrc == 0 ||
           (g->nopaque == 0 && !g->all &&
            (c->index == NULL || x->goff[gi] == x->goff[gi + 1] || x->pos[x->goff[gi + 1] - 1] < from));
}

/* Next match of group gi in x->t[from, end), as its alternatives joined
 * in one pattern would find it: 1 with *ms, *me set, else 0. */
static int cls_next(const mm_classifier *c, mm_classify_scratch *s, size_t gi,
                    struct cls_text *x, size_t end, size_t from, size_t *ms, size_t *me)
{
    const struct cls_group *g = cls_group_at(c, gi);
    if (from > end || cls_none(c, g, gi, x, from))
        return 0;
    if (g->all)
        return cls_match(g->all, s, x->t, end, from, ms, me) > 0;
    size_t bs = SIZE_MAX, be = 0, a, b;
    uint32_t bj = UINT32_MAX;
    for (size_t k = 0; k < g->nopaque; k++) {
        int m = cls_find(g->alt[g->opaque[k]], s, x, end, from, &a, &b);
        if (m < 0)
            return 0;
        if (m && a < bs) /* ties go to the earlier alternative */
            bs = a, be = b, bj = g->opaque[k];
    }
    if (c->index) {
        uint32_t lo = x->goff[gi], hi = x->goff[gi + 1];
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (x->pos[mid] < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (uint32_t k = lo; k < x->goff[gi + 1]; k++) {
            size_t p = x->pos[k];
            uint32_t j = x->alt[k];
            if (p >= end || p > bs || (p == bs && j > bj))
                break;
            if (k > lo && x->pos[k - 1] == p && x->alt[k - 1] == j)
                continue; /* two prefixes of one alternative */
            int m = cls_match(g->alt[j], s, x->t, end, p, ms, me);
            if (m < 0)
                return 0;
            if (m)
                return 1;
        }
    }
    if (bj == UINT32_MAX)
        return 0;
    *ms = bs;
    *me = be;
    return 1;
}

/* Apostrophes belong to words: "don't", "n'a" and "j'ai" count as one. */
static int is_word(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '\'' || (unsigned char)ch >= 0x80;
}

/* Sentence boundary before position i: ".!?;" followed by space, or a
 * blank line. */
static int is_boundary(const char *t, size_t len, size_t i)
{
    char ch = t[i];
    if ((ch == '.' || ch == '!' || ch == '?' || ch == ';') &&
        (i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n' || t[i + 1] == '\t'))
        return 1;
    return ch == '\n' && i + 1 < len && t[i + 1] == '\n';
}

/* The bytes at which is_boundary can hold: the rest it need not ask. */
static const unsigned char cls_stop[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1,
                                            ['\n'] = 1};

/* The first byte at or after i at which is_boundary can hold, len if
 * none (16 bytes at a time: sentences run long). */
static size_t cls_next_stop(const char *t, size_t len, size_t i)
{
#ifdef __SSE2__
    const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?'),
                  semi = _mm_set1_epi8(';'), nl = _mm_set1_epi8('\n');
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, ask), _mm_cmpeq_epi8(v, semi)));
        unsigned bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(m, _mm_cmpeq_epi8(v, nl)));
        if (bits)
            return i + (unsigned)__builtin_ctz(bits);
    }
#endif
    while (i < len && !cls_stop[(unsigned char)t[i]])
        i++;
    return i;
}

/* Start of the scope of at most words words before pos. */
static size_t scope_before(const char *t, size_t len, size_t pos, int words)
{
    size_t i = pos;
    int n = 0;
    while (i > 0) {
        if (is_boundary(t, len, i - 1))
            break;
        if (is_word(t[i - 1]) && (i == pos || !is_word(t[i]))) {
            if (n == words)
                break;
            n++;
        }
        i--;
    }
    return i;
}

static size_t scope_after(const char *t, size_t len, size_t pos, int words)
{
    size_t i = pos;
    int n = 0;
    while (i < len) {
        if (is_boundary(t, len, i))
            break;
        if (is_word(t[i]) && (i == 0 || !is_word(t[i - 1]))) {
            if (n == words)
                break;
            n++;
        }
        i++;
    }
    return i;
}

static size_t cls_ctx(const mm_classifier *c, int k)
{
    return c->nrules + (size_t)k;
}

/* Triggers of kind k in [a, b) not inside a pseudo-trigger, counted up
 * to max. */
static int cls_triggers(const mm_classifier *c, mm_classify_scratch *s, int k,
                        struct cls_text *x, size_t a, size_t b, size_t pa, size_t pb,
                        int max)
{
    size_t ms, me, from = a;
    int n = 0;
    while (n < max && cls_next(c, s, cls_ctx(c, k), x, b, from, &ms, &me)) {
        size_t ps, pe, pf = pa;
        int pseudo = 0;
        while (!pseudo && cls_next(c, s, cls_ctx(c, CTX_PSEUDO), x, pb, pf, &ps, &pe)) {
            if (ps < me && pe > ms)
                pseudo = 1;
            pf = pe > ps ? pe : ps + 1;
        }
        if (!pseudo)
            n++;
        from = me > ms ? me : ms + 1;
    }
    return n;
}

static int cls_trigger(const mm_classifier *c, mm_classify_scratch *s, int k,
                       struct cls_text *x, size_t a, size_t b, size_t pa, size_t pb)
{
    return cls_triggers(c, s, k, x, a, b, pa, pb, 1);
}

/* Cut [a, pos) after its last terminator, [pos, b) before its first. */
static void cls_terminate(const mm_classifier *c, mm_classify_scratch *s,
                          struct cls_text *x, size_t *a, size_t s0, size_t e0, size_t *b)
{
    size_t ms, me, from = *a, term = cls_ctx(c, CTX_TERM);
    while (cls_next(c, s, term, x, s0, from, &ms, &me)) {
        *a = me;
        from = me > ms ? me : ms + 1;
    }
    if (cls_next(c, s, term, x, *b, e0, &ms, &me))
        *b = ms;
}

/* Is the finding at t[ms, me) asked about rather than reported: in a
 * clause opened by a question to the reader ("do you get chest pain when
 * walking?", "avez-vous déjà fait un AVC ?") and ending in "?". Forms and
 * screening questions ask this; "my son has a fever, is that bad?" does
 * not, the cue must open the finding's own clause (no comma between). */
static int cls_asked(const mm_classifier *c, mm_classify_scratch *s, struct cls_text *x,
                     size_t ms, size_t me)
{
    const char *t = x->t;
    size_t len = x->len, e = me, b = ms;
    size_t elim = len - me > 200 ? me + 200 : len, blim = ms > 200 ? ms - 200 : 0;
    while (e < elim && t[e] != '?' && !is_boundary(t, len, e))
        e++;
    if (e == elim || t[e] != '?')
        return 0;
    while (b > blim && t[b - 1] != ',' && t[b - 1] != ':' && !is_boundary(t, len, b - 1))
        b--;
    return cls_trigger(c, s, CTX_QUESTION, x, b, ms, b, e);
}

/* A red flag at t[ms, me) is affirmed unless negated, hypothetical or
 * historical. A finding that spans a list ("wound ... pus ... fever")
 * is negated by two negations inside it: "the scar isn't red, no pus, no
 * fever" (one may be a passing "no appetite"). A current cue ("again",
 * "right now", "de nouveau") in the finding's wide scope, terminators
 * ignored, undoes a historical trigger: "had a seizure last year and he's
 * fitting again now". */
/* Remember where a body red flag was not affirmed: its words are
 * features of their own for the model ("no chest pain" is not "chest
 * pain"). Best effort: without memory the words stay plain. */
static int cls_modified(mm_classify_scratch *s, const struct cls_text *x, size_t ms, size_t me,
                        unsigned *count)
{
    (*count)++;
    if (x != &s->xb && x != &s->xa)
        return 0;
    if (s->nmod == s->mcap) {
        size_t nc = s->mcap ? 2 * s->mcap : 16;
        uint32_t *nm = realloc(s->mod, 2 * nc * sizeof *nm);
        if (nm == NULL)
            return 0;
        s->mod = nm;
        s->mcap = nc;
    }
    s->mod[2 * s->nmod] = (uint32_t)ms;
    s->mod[2 * s->nmod + 1] = (uint32_t)me;
    s->nmod++;
    return 0;
}

static int cls_affirmed(const mm_classifier *c, mm_classify_scratch *s, struct cls_text *x,
                        size_t ms, size_t me)
{
    int w = c->scope_words;
    const char *t = x->t;
    size_t len = x->len;
    size_t a = scope_before(t, len, ms, w), b = scope_after(t, len, me, w);
    size_t ha = scope_before(t, len, ms, 2 * w), hb = scope_after(t, len, me, 2 * w);
    size_t ca = ha, cb = hb, a0 = a, b0 = b;
    cls_terminate(c, s, x, &a, ms, me, &b);
    cls_terminate(c, s, x, &ha, ms, me, &hb);
    /* "watch for redness: the wound is now red": a colon followed by a
     * present-time clause ends the hypothetical scope */
    size_t colon = ms;
    while (colon > ha && t[colon - 1] != ':')
        colon--;
    if (colon > ha && cls_trigger(c, s, CTX_CURRENT, x, colon, b0, colon, b0))
        ha = colon;
    /* the reasons are counted for the learned layer */
    if (cls_trigger(c, s, CTX_NEG_PRE, x, a, ms, a, b) ||
        (me - ms > 24 && cls_triggers(c, s, CTX_NEG_PRE, x, ms, me, ms, me, 2) == 2) ||
        cls_trigger(c, s, CTX_NEG_POST, x, me, b, a, b))
        return cls_modified(s, x, ms, me, &s->nneg);
    if (cls_trigger(c, s, CTX_HYP_PRE, x, ha, ms, ha, hb) ||
        cls_trigger(c, s, CTX_HYP_POST, x, me, b, a, b))
        return cls_modified(s, x, ms, me, &s->nhyp);
    if (cls_asked(c, s, x, ms, me))
        return cls_modified(s, x, ms, me, &s->nasked);
    if ((cls_trigger(c, s, CTX_HIST_PRE, x, ha, ms, ha, hb) ||
         cls_trigger(c, s, CTX_HIST_POST, x, me, b, a, b)) &&
        !cls_trigger(c, s, CTX_CURRENT, x, ca, cb, ca, cb))
        return cls_modified(s, x, ms, me, &s->nhist);
    if (s->want_present && !s->present &&
        (cls_trigger(c, s, CTX_CURRENT, x, a0, b0, a0, b0) ||
         cls_trigger(c, s, CTX_PRESENT, x, ca, cb, ca, cb)))
        s->present = 1;
    return 1;
}

/* Occurrences of rule ri in text x (red flags: affirmed ones only). After
 * a red flag that is not affirmed the search resumes inside it, since a
 * long finding that starts in a hypothetical ("if the wound becomes red:
 * it is now red, with pus and fever") may hide an affirmed one; a few
 * dozen such retries at most. */
/* Is pos inside one of n sorted, disjoint spans [sp[2i], sp[2i + 1])? */
static int cls_in_spans(const uint32_t *sp, size_t n, size_t pos)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sp[2 * mid + 1] <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && sp[2 * lo] <= pos;
}

/* Is body position pos on a quoted line of a reply? */
static int cls_quoted(const mm_classify_scratch *s, size_t pos)
{
    return s->reply && cls_in_spans(s->quote, s->nquote, pos);
}

/* Hits of rule ri matched in x, context read in xc (the same text, or x
 * with adverbs blanked: same length, same positions). In the body of a
 * reply (body set), quoted lines are the old message: a red flag there
 * does not count, another cue counts half. Other cues in a sentence that
 * asks for something ("could I book", "pourriez-vous renouveler") count
 * request_weight times: the request says what the mail is for, the rest
 * is background ("since my heart attack I take ...; please send the
 * repeat"). */
static double cls_rule_hits(const mm_classifier *c, mm_classify_scratch *s, size_t ri,
                            struct cls_text *x, struct cls_text *xc, int body)
{
    size_t ms, me, from = 0;
    int n = 0, retries = 0, red = c->rules[ri].cat == MM_CAT_CLINICAL_URGENT;
    double v = 0;
    while (n < 5 && cls_next(c, s, ri, x, x->len, from, &ms, &me)) {
        int q = body && cls_quoted(s, ms);
        int hit = !(red && q && !s->reply_now) && (!red || cls_affirmed(c, s, xc, ms, me));
        if (red && q && !s->reply_now)
            s->nquoted_red++;
        if (hit) {
            n++;
            v += (q ? 0.5 : 1) *
                 (!red && body && cls_in_spans(s->req, s->nreq, ms) ? c->request_weight : 1);
        }
        if (!hit && me > ms + 1 && retries++ < 32)
            from = ms + 1;
        else
            from = me > ms ? me : ms + 1;
    }
    return v;
}

/* A rule's contribution: its weight for one hit, then half a weight per
 * further hit up to five, so several cues of one kind outweigh a single
 * passing mention of another. Subject hits count subject_weight times;
 * a reply's subject repeats the old message, so its red flags do not
 * count when the body quotes it. Red flags are also looked for with
 * adverbs skipped ("sa bouche est de nouveau de travers"). */
static double cls_rule_score(const mm_classifier *c, mm_classify_scratch *s, size_t ri, int adv)
{
    int red = c->rules[ri].cat == MM_CAT_CLINICAL_URGENT;
    const struct cls_group *g = &c->rules[ri].g;
    struct cls_text *xb = adv ? &s->xa : &s->xb;
    double hits = cls_none(c, g, ri, xb, 0) ? 0 : cls_rule_hits(c, s, ri, xb, &s->xb, 1);
    if (!(red && s->subj_re && s->reply && !s->reply_now) && !cls_none(c, g, ri, &s->xs, 0))
        hits += c->subject_weight * cls_rule_hits(c, s, ri, &s->xs, &s->xs, 0);
    double wt = c->rules[ri].weight;
    if (hits <= 1)
        return wt * hits;
    return wt * (1 + 0.5 * ((hits < 5 ? hits : 5) - 1));
}

/* Matches of group gi in x (in the body: outside quoted lines). */
static int cls_count(const mm_classifier *c, mm_classify_scratch *s, size_t gi,
                     struct cls_text *x, int body)
{
    size_t ms, me, from = 0;
    int n = 0;
    while (n < 1000 && cls_next(c, s, gi, x, x->len, from, &ms, &me)) {
        if (!(body && cls_quoted(s, ms)))
            n++;
        from = me > ms ? me : ms + 1;
    }
    return n;
}

/* Lines of the body that start with ">" (after blanks); the body is a
 * reply when it has at least three words outside them. */
static int cls_quotes(mm_classify_scratch *s)
{
    const char *t = s->body.data ? s->body.data : "";
    size_t len = s->body.len, words = 0;
    s->nquote = 0;
    s->reply = 0;
    if (len == 0 || memchr(t, '>', len) == NULL)
        return MM_OK;
    for (size_t i = 0; i < len;) {
        size_t e = i, j = i;
        while (e < len && t[e] != '\n')
            e++;
        while (j < e && (t[j] == ' ' || t[j] == '\t'))
            j++;
        if (j < e && t[j] == '>') {
            if (s->nquote && s->quote[2 * s->nquote - 1] + 1 >= i) {
                s->quote[2 * s->nquote - 1] = (uint32_t)e;
            } else {
                if (s->nquote == s->qcap) {
                    size_t nc = s->qcap ? 2 * s->qcap : 16;
                    uint32_t *nq = realloc(s->quote, 2 * nc * sizeof *nq);
                    if (nq == NULL)
                        return MM_ENOMEM;
                    s->quote = nq;
                    s->qcap = nc;
                }
                s->quote[2 * s->nquote] = (uint32_t)i;
                s->quote[2 * s->nquote + 1] = (uint32_t)e;
                s->nquote++;
            }
        } else {
            for (size_t k = i; k < e; k++)
                if (is_word(t[k]) && (k == i || !is_word(t[k - 1])))
                    words++;
        }
        i = e + 1;
    }
    s->reply = s->nquote > 0 && words >= 3;
    return MM_OK;
}

/* s->req: the sentences of the body, outside quoted lines, that hold a
 * request cue ("could you", "please", "pourriez-vous"), merged. */
static int cls_requests(const mm_classifier *c, mm_classify_scratch *s)
{
    struct cls_text *x = &s->xb;
    size_t ms, me, from = 0, rg = cls_ctx(c, CTX_REQUEST);
    s->nreq = 0;
    while (cls_next(c, s, rg, x, x->len, from, &ms, &me)) {
        from = me > ms ? me : ms + 1;
        if (cls_quoted(s, ms))
            continue;
        /* a cue that ends inside the last sentence found: matches come in
         * order, so its sentence is that one (no boundary from an earlier
         * cue's end to that sentence's end), already merged */
        if (s->nreq && me <= s->req[2 * s->nreq - 1])
            continue;
        size_t a = ms, b = me;
        while (a > 0 && !(cls_stop[(unsigned char)x->t[a - 1]] && is_boundary(x->t, x->len, a - 1)))
            a--;
        while ((b = cls_next_stop(x->t, x->len, b)) < x->len && !is_boundary(x->t, x->len, b))
            b++;
        if (s->nreq && s->req[2 * s->nreq - 1] >= a) {
            if (b > s->req[2 * s->nreq - 1])
                s->req[2 * s->nreq - 1] = (uint32_t)b;
            continue;
        }
        if (s->nreq == s->rcap) {
            size_t nc = s->rcap ? 2 * s->rcap : 8;
            uint32_t *nr = realloc(s->req, 2 * nc * sizeof *nr);
            if (nr == NULL)
                return MM_ENOMEM;
            s->req = nr;
            s->rcap = nc;
        }
        s->req[2 * s->nreq] = (uint32_t)a;
        s->req[2 * s->nreq + 1] = (uint32_t)b;
        s->nreq++;
    }
    return MM_OK;
}

/* Is the line t[i, e) laid out as a form, a list or a programme: a bullet,
 * a numbered item, a time ("09:00", "14h30") or a short "Label:" first? */
static int cls_form_line(const char *t, size_t i, size_t e)
{
    while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i == e)
        return 0;
    unsigned char ch = (unsigned char)t[i];
    if ((ch == '-' || ch == '*' || ch == '+') && i + 1 < e && t[i + 1] == ' ')
        return 1;
    if (ch == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0xA2)
        return 1; /* U+2022 bullet */
    size_t d = i;
    while (d < e && d - i < 4 && t[d] >= '0' && t[d] <= '9')
        d++;
    if (d > i && d < e && (t[d] == '.' || t[d] == ')') && d + 1 < e && t[d + 1] == ' ')
        return 1;
    if (d > i && d - i <= 2 && d + 2 < e && (t[d] == ':' || t[d] == 'h' || t[d] == 'H') &&
        t[d + 1] >= '0' && t[d + 1] <= '5')
        return 1;
    /* a label of at most four words, then ':' and more text; the walk
     * below looks at t[i, i + 40] for the ':', and most lines have none */
    if (memchr(t + i, ':', e - i < 41 ? e - i : 41) == NULL)
        return 0;
    size_t words = 0, k = i;
    for (; k < e && k - i < 40 && t[k] != ':'; k++) {
        if (t[k] == '.' || t[k] == ',' || t[k] == '?' || t[k] == '!')
            return 0;
        if (is_word(t[k]) && (k == i || !is_word(t[k - 1])))
            words++;
    }
    return k < e && t[k] == ':' && words >= 1 && words <= 4 && k + 1 < e &&
           (t[k + 1] == ' ' || t[k + 1] == '\t');
}

/* Lines of the body, outside quoted lines, laid out as a form or a list. */
static int cls_form_lines(const mm_classify_scratch *s)
{
    const char *t = s->body.data ? s->body.data : "";
    size_t len = s->body.len;
    int n = 0;
    for (size_t i = 0; i < len && n < 100;) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len;
        if (!cls_quoted(s, i) && cls_form_line(t, i, e))
            n++;
        i = e + 1;
    }
    return n;
}

/* Adverbs that may sit inside a finding without changing it ("il parle
 * d'un coup tres mal"): a closed list, folded, lower case, grouped by
 * initial (cls_adverb_at finds a group by its initial). */
#define ADV(w) {w, sizeof w - 1}
static const struct {
    const char *w;
    size_t n;
} cls_adverbs[] = {
    ADV("a nouveau"),   ADV("again"),       ADV("all of a sudden"),                 /* a: 0 */
    ADV("brusquement"),                                                           /* b: 3 */
    ADV("de nouveau"),  ADV("d'un coup"),                                         /* d: 4 */
    ADV("encore"),                                                                /* e: 6 */
    ADV("really"),                                                                /* r: 7 */
    ADV("soudainement"), ADV("soudain"),    ADV("suddenly"),                      /* s: 8 */
    ADV("tout d'un coup"), ADV("tout a coup"), ADV("tres"),                       /* t: 11 */
    ADV("vraiment"),    ADV("very"),                                              /* v: 14 */
};
#undef ADV

/* Length of the adverb at t[i, len) (i at a word start), else 0. */
static size_t cls_adverb_at(const char *t, size_t len, size_t i)
{
    size_t lo, hi;
    switch (t[i] | 0x20) {
    case 'a': lo = 0, hi = 3; break;
    case 'b': lo = 3, hi = 4; break;
    case 'd': lo = 4, hi = 6; break;
    case 'e': lo = 6, hi = 7; break;
    case 'r': lo = 7, hi = 8; break;
    case 's': lo = 8, hi = 11; break;
    case 't': lo = 11, hi = 14; break;
    case 'v': lo = 14, hi = 16; break;
    default: return 0;
    }
    char c2 = i + 1 < len ? (char)(t[i + 1] | 0x20) : 0;
    for (size_t a = lo; a < hi; a++) {
        const char *w = cls_adverbs[a].w;
        size_t n = cls_adverbs[a].n, k = 1;
        if (w[1] != c2 || n > len - i)
            continue;
        while (k < n && (is_alpha(w[k]) ? (char)(t[i + k] | 0x20) == w[k] : t[i + k] == w[k]))
            k++;
        if (k == n && (i + n == len || (!is_alpha(t[i + n]) && t[i + n] != '\'')))
            return n;
    }
    return 0;
}
_Static_assert(sizeof cls_adverbs / sizeof cls_adverbs[0] == 16, "cls_adverb_at's groups");

#define CLS_ADV_WINDOW 200 /* bytes kept each side of an adverb */

/* The bit of an adverb's second character (lower case: a letter, a space
 * or an apostrophe) in cls_blank_adverbs' masks; 31 for any other. */
static unsigned cls_second(char c)
{
    return c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : c == ' ' ? 26 : c == '\'' ? 27 : 31;
}

/* The first word start at or after i (an ASCII letter not preceded by
 * one) whose letter, lower-cased, is in initials (bit k: 'a' + k); len
 * if none. Mail text is mostly letters in words: look at 16 bytes at a
 * time and only at the starts. */
static size_t cls_word_at(const char *t, size_t len, size_t i, uint32_t initials)
{
#ifdef __SSE2__
    const __m128i case_bit = _mm_set1_epi8(0x20), lo = _mm_set1_epi8('a' - 1),
                  hi = _mm_set1_epi8('z' + 1);
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(t + i)), case_bit);
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi)));
        m &= ~((m << 1) | (unsigned)(i > 0 && is_alpha(t[i - 1])));
        for (; m; m &= m - 1) {
            size_t j = i + (unsigned)__builtin_ctz(m);
            if ((initials >> ((t[j] | 0x20) - 'a')) & 1)
                return j;
        }
    }
#endif
    for (; i < len; i++)
        if (is_alpha(t[i]) && (i == 0 || !is_alpha(t[i - 1])) &&
            ((initials >> ((t[i] | 0x20) - 'a')) & 1))
            return i;
    return len;
}

/* s->adv: the body with those adverbs blanked, or empty when it has none.
 * Only text near an adverb is kept (the rest is blanked too): a finding
 * far from every adverb was already looked for in the body, and the
 * second pass then runs only where it can find something new. */
static int cls_blank_adverbs(mm_classify_scratch *s)
{
    const char *t = s->body.data;
    size_t len = s->body.len, kept = 0; /* adv[kept, i) is already final */
    int rc = MM_OK, found = 0;
    /* the adverbs' first two letters, as cls_adverb_at reads them: most
     * words are no adverb by then */
    uint32_t initials = 0, second[26] = {0};
    for (size_t a = 0; a < sizeof cls_adverbs / sizeof cls_adverbs[0]; a++) {
        const char *w = cls_adverbs[a].w;
        initials |= 1u << (w[0] - 'a');
        second[w[0] - 'a'] |= 1u << cls_second(w[1]);
    }
    mm_buf_reset(&s->adv);
    for (size_t i = 0; rc == MM_OK && (i = cls_word_at(t, len, i, initials)) < len; i++) {
        char c2 = i + 1 < len ? (char)(t[i + 1] | 0x20) : 0;
        if (!((second[(t[i] | 0x20) - 'a'] >> cls_second(c2)) & 1))
            continue;
        size_t n = cls_adverb_at(t, len, i);
        if (n == 0)
            continue; /* the next word start is past i */
        if (!found) {
            rc = mm_buf_append(&s->adv, t, len);
            if (rc != MM_OK)
                return rc;
            memset(s->adv.data, ' ', len);
            found = 1;
        }
        size_t lo = i > CLS_ADV_WINDOW ? i - CLS_ADV_WINDOW : 0;
        size_t hi = len - (i + n) > CLS_ADV_WINDOW ? i + n + CLS_ADV_WINDOW : len;
        if (lo < kept)
            lo = kept;
        memcpy(s->adv.data + lo, t + lo, hi - lo);
        memset(s->adv.data + i, ' ', n);
        kept = hi;
        i += n - 1;
    }
    return rc;
}

/* The rule layer: category, urgency and scores from the lexicons alone. */
static int cls_run_rules(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                         size_t slen, const char *const *texts, const size_t *lens, size_t ntexts,
                         mm_classify_result *out)
{
    memset(out, 0, sizeof *out);
    s->nneg = s->nhyp = s->nhist = s->nasked = s->nquoted_red = 0;
    s->nmod = 0;
    s->edu = s->rec = s->form = 0;
    s->red_raw = 0;
    for (int k = 0; k < MM_CAT_COUNT; k++)
        s->best[k] = -1;
    out->category = MM_CAT_OTHER;
    out->rule = "none";
    if (c == NULL || s == NULL)
        return MM_EINVAL;
    mm_buf_reset(&s->subj);
    mm_buf_reset(&s->body);
    int rc = MM_OK;
    if (subject && slen)
        rc = mm_classify_fold(subject, slen < CLS_MAX_TEXT ? slen : CLS_MAX_TEXT, &s->subj);
    for (size_t i = 0; i < ntexts && rc == MM_OK && s->body.len < CLS_MAX_TEXT; i++) {
        size_t n = lens[i];
        if (n > CLS_MAX_TEXT - s->body.len)
            n = CLS_MAX_TEXT - s->body.len;
        if (s->body.len)
            rc = mm_buf_append(&s->body, "\n\n", 2);
        if (rc == MM_OK && texts[i])
            rc = mm_classify_fold(texts[i], n, &s->body);
    }
    if (rc == MM_OK)
        rc = cls_text_prepare(c, &s->xs, s->subj.data ? s->subj.data : "", s->subj.len);
    if (rc == MM_OK)
        rc = cls_text_prepare(c, &s->xb, s->body.data ? s->body.data : "", s->body.len);
    if (rc == MM_OK)
        rc = cls_quotes(s);
    if (rc == MM_OK)
        rc = cls_blank_adverbs(s);
    if (rc == MM_OK && s->nzero < c->nrules) {
        unsigned char *z = realloc(s->zero, c->nrules);
        if (z == NULL)
            rc = MM_ENOMEM;
        else
            s->zero = z, s->nzero = c->nrules;
    }
    if (rc != MM_OK)
        return rc;
    /* education cues: not in a reply's subject nor in quoted lines */
    size_t si = 0;
    while (si < s->subj.len && (s->subj.data[si] == ' ' || s->subj.data[si] == '\t'))
        si++;
    s->subj_re = si + 2 < s->subj.len && strncasecmp(s->subj.data + si, "re", 2) == 0 &&
                 (s->subj.data[si + 2] == ':' ||
                  (s->subj.data[si + 2] == ' ' && si + 3 < s->subj.len && s->subj.data[si + 3] == ':'));
    size_t eg = cls_ctx(c, CTX_EDU), rg = cls_ctx(c, CTX_RECORD);
    int edu = (s->subj_re ? 0 : cls_count(c, s, eg, &s->xs, 0)) + cls_count(c, s, eg, &s->xb, 1);
    /* the document's genre: bulk mail (education cues) or a record of past
     * care or of administration (letters, summaries, claims, forms; a
     * form's layout counts as one cue) */
    int rec = (s->subj_re ? 0 : cls_count(c, s, rg, &s->xs, 0)) + cls_count(c, s, rg, &s->xb, 1);
    s->edu = edu;
    s->rec = rec;
    s->form = cls_form_lines(s);
    int genre = edu + rec + (s->form >= 3);
    s->want_present = genre >= c->education_score;
    if ((rc = cls_requests(c, s)) != MM_OK)
        return rc;
    s->reply_now = s->reply && cls_count(c, s, cls_ctx(c, CTX_CURRENT), &s->xb, 1) > 0;
    s->present = 0;
    double best[MM_CAT_COUNT] = {0};
    const char *best_rule[MM_CAT_COUNT] = {0};
    /* second pass, adverbs skipped: red flags not found in the first,
     * only while it can change the outcome */
    for (int adv = 0; adv < 2; adv++) {
        if (adv && (s->adv.len == 0 || (out->scores[MM_CAT_CLINICAL_URGENT] >= c->urgent_score &&
                                        (!s->want_present || s->present))))
            break;
        if (adv && (rc = cls_text_prepare(c, &s->xa, s->adv.data, s->adv.len)) != MM_OK)
            return rc;
        const struct cls_text *xb = adv ? &s->xa : &s->xb, *xs = &s->xs;
        for (size_t i = 0; i < c->nrules; i++) {
            const struct cls_rule *r = &c->rules[i];
            if (adv && !(s->zero[i] & 1))
                continue;
            /* most rules have no candidate in either text and no unanchored
             * alternative: they score 0 (cls_rule_score's cls_none tests) */
            if (c->index && r->g.nopaque == 0 && !r->g.all && xb->goff[i] == xb->goff[i + 1] &&
                xs->goff[i] == xs->goff[i + 1]) {
                if (!adv)
                    s->zero[i] = r->cat == MM_CAT_CLINICAL_URGENT;
                continue;
            }
            double v = cls_rule_score(c, s, i, adv);
            if (!adv)
                s->zero[i] = v <= 0 && r->cat == MM_CAT_CLINICAL_URGENT;
            if (v <= 0)
                continue;
            s->zero[i] |= 2; /* the rule hit: a feature of the model */
            out->scores[r->cat] += v;
            if (v > best[r->cat]) {
                best[r->cat] = v;
                best_rule[r->cat] = r->id;
                s->best[r->cat] = (int)i;
            }
        }
    }
    s->red_raw = out->scores[MM_CAT_CLINICAL_URGENT];
    /* the veto yields to a red flag reported as happening now */
    if (out->scores[MM_CAT_CLINICAL_URGENT] >= c->urgent_score &&
        (!s->want_present || s->present)) {
        out->category = MM_CAT_CLINICAL_URGENT;
        out->urgent = 1;
        out->rule = best_rule[MM_CAT_CLINICAL_URGENT];
        return MM_OK;
    }
    /* Bulk mail is "other" whatever it talks about; a record that reports
     * red flags of the past is about a patient's follow-up */
    if (edu >= c->education_score)
        out->scores[MM_CAT_OTHER] += c->education_weight * edu;
    else if (s->want_present && rec > 0)
        out->scores[MM_CAT_FOLLOWUP] += 0.5 * out->scores[MM_CAT_CLINICAL_URGENT];
    int win = -1;
    for (int k = 0; k < MM_CAT_COUNT; k++)
        if (k != MM_CAT_CLINICAL_URGENT && out->scores[k] >= c->min_score &&
            (win < 0 || out->scores[k] > out->scores[win]))
            win = k;
    if (win >= 0) {
        out->category = (mm_category)win;
        out->rule = best_rule[win] ? best_rule[win] : win == MM_CAT_OTHER ? "education" : "record";
    } else if (edu >= c->education_score) {
        out->rule = "education";
    }
    return MM_OK;
}

/* --- the learned layer ------------------------------------------------ */

#define CLS_TOKMAX 20 /* longer words are cut */
#define CLS_PREFIX 5  /* words longer than this also count by their first letters */

/* Features go either to a caller (export for training: names) or, when
 * the model has them, straight into the logits (classification). */
struct cls_sink {
    const mm_clsmodel *m;
    mm_classify_feature_fn *fn;
    void *ctx;
    mm_classify_scratch *s;
    int rc;
};

static void cls_feat(struct cls_sink *k, const char *name, size_t len, double v)
{
    if (k->rc != MM_OK || v == 0)
        return;
    if (k->fn) {
        k->fn(k->ctx, name, len, v);
        return;
    }
    int32_t id = mm_clsmodel_find(k->m, name, len);
    if (id < 0)
        return;
    mm_classify_scratch *s = k->s;
    if (s->seen[id] == s->gen)
        return; /* each feature counts once; a repeat has the same value */
    s->seen[id] = s->gen;
    mm_clsmodel_add(k->m, id, v, s->logits);
}

/* Feature prefix + name. */
static void cls_featn(struct cls_sink *k, double v, const char *prefix, const char *name)
{
    char buf[160];
    size_t a = strlen(prefix), b = strlen(name);
    if (a + b <= sizeof buf) {
        memcpy(buf, prefix, a);
        memcpy(buf + a, name, b);
        cls_feat(k, buf, a + b, v);
    }
}

/* Words (ASCII letters and digits, lower-cased; a word with a digit is
 * "#") and pairs of words apart only by blanks, an apostrophe or a dash,
 * as "NS:word" and "NS:word word", and the first CLS_PREFIX letters of
 * longer words as "NSp:prefi" (a poor man's stemmer: "vomiting",
 * "vomited", "vomissements"); each counts once (value 1). In a
 * reply's body the quoted lines are skipped; words inside a red flag the
 * rules found negated, hypothetical, historical or asked about are
 * "n:word" only. cls_words names them, cls_words_fast looks them up. */
struct cls_tok {
    const mm_classify_scratch *s;
    const char *t;
    size_t len, i, q, md;
    size_t qnext; /* where the next quoted line to skip starts, or SIZE_MAX */
    int body;
    int pair;    /* the word may pair with the previous one */
    size_t n;    /* the word: w[0, n), zero-padded */
    uint64_t wb[3];
};

_Static_assert(CLS_TOKMAX <= 24, "a word fits in cls_tok.wb");

/* 1 letter, 2 digit, 4 a separator that keeps a pair, 0 other */
static const unsigned char cls_alnum[256] = {
    ['0' ... '9'] = 2, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
    [' '] = 4, ['\t'] = 4, ['\n'] = 4, ['\''] = 4, ['-'] = 4};

/* Mask of the first n bytes (at most 8) of a 64-bit word in memory order. */
static inline uint64_t cls_bytes(size_t n)
{
    if (n >= 8)
        return ~0ull;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return n ? ~0ull << (8 * (8 - n)) : 0;
#else
    return (1ull << (8 * n)) - 1;
#endif
}

/* High bit of each byte of v that is an ASCII letter or digit (SWAR: no
 * carry crosses a byte, as every sum stays below 0x100); digits in *dig. */
static inline uint64_t cls_alnum8(uint64_t v, uint64_t *dig)
{
    const uint64_t hi = 0x8080808080808080ull, v7 = v & 0x7f7f7f7f7f7f7f7full;
    const uint64_t lc = v7 | 0x2020202020202020ull; /* letters to lower case */
    uint64_t let = (lc + 0x1f1f1f1f1f1f1f1full) & ~(lc + 0x0505050505050505ull); /* a-z */
    uint64_t d = (v7 + 0x5050505050505050ull) & ~(v7 + 0x4646464646464646ull);   /* 0-9 */
    *dig = d & ~v & hi; /* bytes of 0x80 and above are neither */
    return (let | d) & ~v & hi;
}

static void cls_tok_init(struct cls_tok *x, const mm_classify_scratch *s, const char *t,
                         size_t len, int body)
{
    memset(x, 0, sizeof *x);
    x->s = s;
    x->t = t;
    x->len = len;
    x->body = body;
    x->qnext = body && s->reply && s->nquote ? s->quote[0] : SIZE_MAX;
}

/* The next word: 0 at the end, 1 a word, 2 a word of a red flag not affirmed. */
static inline __attribute__((always_inline)) int cls_tok_next(struct cls_tok *x)
{
    const mm_classify_scratch *s = x->s;
    const unsigned char *t = (const unsigned char *)x->t;
    const size_t len = x->len;
    size_t i = x->i;
    while (i < len) {
        if (i >= x->qnext) {
            if (i < s->quote[2 * x->q + 1])
                i = s->quote[2 * x->q + 1];
            x->q++;
            x->qnext = x->q < s->nquote ? s->quote[2 * x->q] : SIZE_MAX;
            x->pair = 0;
            continue;
        }
        unsigned ch = cls_alnum[t[i]];
        if (!(ch & 3)) {
            if (!ch)
                x->pair = 0;
            i++;
            continue;
        }
        size_t j = i, n;
        uint64_t w0 = 0, w1 = 0, w2 = 0, stop = 0, dig = 0, dig1 = 0;
        const uint64_t low = 0x2020202020202020ull, hi = 0x8080808080808080ull;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (len - i >= 16) { /* the run's end among the next 16 bytes, most words */
            memcpy(&w0, t + i, 8);
            stop = ~cls_alnum8(w0, &dig) & hi;
            if (stop != 0) {
                dig &= stop - 1; /* digits before the end */
                j = i + (size_t)__builtin_ctzll(stop) / 8;
            } else {
                memcpy(&w1, t + i + 8, 8);
                stop = ~cls_alnum8(w1, &dig1) & hi;
                dig |= dig1 & (stop - 1);
                j = i + 8 + (size_t)__builtin_ctzll(stop | (1ull << 63)) / 8;
            }
        }
#endif
        if (stop != 0) { /* no byte loop */
            n = j - i;
            if (dig) {
                memcpy(&w0, "#\0\0\0\0\0\0", 8);
                w1 = 0;
                n = 1;
            } else if (n < 8) {
                w0 = (w0 | low) & cls_bytes(n);
            } else {
                w0 |= low;
                w1 = (w1 | low) & cls_bytes(n - 8);
            }
        } else {
            unsigned cl = 0;
            j = i;
            for (unsigned c; j < len && ((c = cls_alnum[t[j]]) & 3) != 0; j++)
                cl |= c;
            n = j - i < CLS_TOKMAX ? j - i : CLS_TOKMAX;
            if (cl & 2) {
                memcpy(&w0, "#\0\0\0\0\0\0", 8);
                n = 1;
            } else {
                if (len - i >= 24) {
                    memcpy(&w0, t + i, 8);
                    memcpy(&w1, t + i + 8, 8);
                    memcpy(&w2, t + i + 16, 8);
                } else {
                    uint64_t tmp[3] = {0, 0, 0};
                    memcpy(tmp, t + i, n);
                    w0 = tmp[0], w1 = tmp[1], w2 = tmp[2];
                }
                /* letters only: bit 5 makes them lower case; bytes past n are zeroed */
                w0 = (w0 | low) & cls_bytes(n);
                w1 = (w1 | low) & cls_bytes(n > 8 ? n - 8 : 0);
                w2 = (w2 | low) & cls_bytes(n > 16 ? n - 16 : 0);
            }
        }
        x->wb[0] = w0, x->wb[1] = w1, x->wb[2] = w2;
        x->n = n;
        /* one blank after the word, the usual case, needs no turn of the loop */
        x->i = j + (j < len && j < x->qnext && cls_alnum[t[j]] == 4);
        if (!x->body)
            return 1;
        while (x->md < s->nmod && s->mod[2 * x->md + 1] <= i)
            x->md++;
        return x->md < s->nmod && s->mod[2 * x->md] <= i ? 2 : 1;
    }
    x->i = i;
    return 0;
}

static size_t cls_words(struct cls_sink *k, const char *t, size_t len, char ns, int body)
{
    struct cls_tok x;
    cls_tok_init(&x, k->s, t, len, body);
    char cur[2 + 2 * CLS_TOKMAX + 2], prev[CLS_TOKMAX];
    size_t plen = 0, nwords = 0;
    for (int kind; (kind = cls_tok_next(&x)) != 0;) {
        const char *w = (const char *)x.wb;
        size_t n = x.n;
        nwords++;
        if (!x.pair)
            plen = 0;
        if (kind == 2) {
            cur[0] = 'n';
            cur[1] = ':';
            memcpy(cur + 2, w, n);
            cls_feat(k, cur, 2 + n, 1);
            x.pair = 0;
            continue;
        }
        cur[0] = ns;
        cur[1] = ':';
        memcpy(cur + 2, w, n);
        cls_feat(k, cur, 2 + n, 1);
        if (n > CLS_PREFIX) { /* "NSp:" + the first letters: inflections alike */
            cur[1] = 'p';
            cur[2] = ':';
            memcpy(cur + 3, w, CLS_PREFIX);
            cls_feat(k, cur, 3 + CLS_PREFIX, 1);
            cur[1] = ':';
            memcpy(cur + 2, w, n);
        }
        if (plen) {
            memcpy(cur + 2, prev, plen);
            cur[2 + plen] = ' ';
            memcpy(cur + 3 + plen, w, n);
            cls_feat(k, cur, 3 + plen + n, 1);
        }
        memcpy(prev, w, n);
        plen = n;
        x.pair = 1;
    }
    return nwords;
}

/* The feature in slot sl (from mm_clsmodel_find_slot) into the logits
 * (a copy of s->logits kept in registers), once; NULL when the model
 * lacks it. */
static inline void cls_hit(mm_classify_scratch *s, const struct mm_clsmodel_slot *sl,
                           double logits[MM_CAT_COUNT])
{
    if (sl == NULL || s->seen[sl->e - 1] == s->gen)
        return; /* not in the model, or counted already */
    s->seen[sl->e - 1] = s->gen;
    mm_clsmodel_add1(sl, logits);
}

/* cls_words for classification: the same features in the same order,
 * but each word is hashed once, in place, its pairs' keys derive from
 * its key (clsmodel.h); no names are formatted. */
static size_t cls_words_fast(struct cls_sink *k, const char *t, size_t len, char ns, int body)
{
    const mm_clsmodel *m = k->m;
    const unsigned kw = (unsigned char)ns | MM_CLSKEY_WORD, kp = (unsigned char)ns | MM_CLSKEY_PREFIX,
                   kpair = (unsigned char)ns | MM_CLSKEY_PAIR, kn = 'n' | MM_CLSKEY_WORD;
    struct cls_tok x;
    cls_tok_init(&x, k->s, t, len, body);
    uint64_t hprev = 0, hprev2 = 0; /* the previous word's key and check hash */
    size_t plen = 0, nwords = 0;
    mm_classify_scratch *s = k->s;
    double l[MM_CAT_COUNT]; /* the same sums in the same order, in registers */
    memcpy(l, s->logits, sizeof l);
    for (int kind; (kind = cls_tok_next(&x)) != 0;) {
        const char *w = (const char *)x.wb;
        size_t n = x.n;
        uint64_t hw, hw2;
        mm_clsmodel_hash24(kind == 2 ? kn : kw, x.wb, n, &hw, &hw2);
        nwords++;
        if (!x.pair)
            plen = 0;
        cls_hit(s, mm_clsmodel_find_slot(m, hw, (uint32_t)(hw2 >> 32)), l);
        if (kind == 2) {
            x.pair = 0;
            continue;
        }
        if (n > CLS_PREFIX) {
            uint64_t p5 = 0;
            memcpy(&p5, w, CLS_PREFIX);
            uint64_t hp = mm_clsmodel_hkey(kp, (const char *)&p5, CLS_PREFIX),
                     hp2 = mm_clsmodel_hcheck(kp, (const char *)&p5, CLS_PREFIX);
            cls_hit(s, mm_clsmodel_find_slot(m, hp, (uint32_t)(hp2 >> 32)), l);
        }
        if (plen)
            cls_hit(s, mm_clsmodel_find_slot(m, mm_clsmodel_pkey(kpair, hprev, hw),
                                             mm_clsmodel_pcheck(kpair, hprev2, hw2)), l);
        plen = n;
        hprev = hw;
        hprev2 = hw2;
        x.pair = 1;
    }
    memcpy(s->logits, l, sizeof l);
    return nwords;
}

/* Every feature of the message the rule layer r just classified. */
static int cmp_span(const void *a, const void *b)
{
    const uint32_t *x = a, *y = b;
    return x[0] != y[0] ? (x[0] < y[0] ? -1 : 1) : (x[1] < y[1] ? -1 : x[1] > y[1]);
}

/* Sort and merge the spans of red flags not affirmed. */
static void cls_mod_spans(mm_classify_scratch *s)
{
    if (s->nmod < 2)
        return;
    qsort(s->mod, s->nmod, 2 * sizeof *s->mod, cmp_span);
    size_t n = 1;
    for (size_t i = 1; i < s->nmod; i++) {
        if (s->mod[2 * i] <= s->mod[2 * n - 1]) {
            if (s->mod[2 * i + 1] > s->mod[2 * n - 1])
                s->mod[2 * n - 1] = s->mod[2 * i + 1];
        } else {
            s->mod[2 * n] = s->mod[2 * i];
            s->mod[2 * n + 1] = s->mod[2 * i + 1];
            n++;
        }
    }
    s->nmod = n;
}

/* The rule layer's features besides "r:" + rule id: "x:score." and
 * "x:rule." + each category, then "x:" + these. */
static const char *const cls_xnames[] = {
    "red_raw", "rule_urgent", "vetoed",  "negated",      "hypothetical", "historical", "asked",
    "quoted_red", "education", "record", "form",         "request",      "reply",      "reply_now",
    "subject_re", "want_present", "present", "quoted_share", "question", "words"};
#define CLS_NX (sizeof cls_xnames / sizeof cls_xnames[0])
#define CLS_FID_X(c) ((c)->nrules + 2 * MM_CAT_COUNT) /* c->fid: rules, categories, x */

/* Feature prefix + name: by name, or by its id fid[at] (cls_model_ids). */
static void cls_featx(struct cls_sink *k, const int32_t *fid, size_t at, double v,
                      const char *prefix, const char *name)
{
    if (fid == NULL) {
        cls_featn(k, v, prefix, name);
        return;
    }
    int32_t id = fid[at];
    mm_classify_scratch *s = k->s;
    if (id < 0 || v == 0 || s->seen[id] == s->gen)
        return;
    s->seen[id] = s->gen;
    mm_clsmodel_add(k->m, id, v, s->logits);
}

/* c->fid: the ids of the names cls_features gives the rule layer's
 * features, found once per policy rather than per message. */
static int cls_model_ids(mm_classifier *c)
{
    size_t n = CLS_FID_X(c) + CLS_NX;
    if ((c->fid = malloc(n * sizeof *c->fid)) == NULL)
        return MM_ENOMEM;
    char buf[160];
    for (size_t i = 0; i < n; i++) {
        const char *prefix = "x:", *name;
        if (i < c->nrules)
            prefix = "r:", name = c->rules[i].id;
        else if (i < CLS_FID_X(c))
            prefix = (i - c->nrules) % 2 ? "x:rule." : "x:score.",
            name = mm_category_name((mm_category)((i - c->nrules) / 2));
        else
            name = cls_xnames[i - CLS_FID_X(c)];
        size_t a = strlen(prefix), b = strlen(name);
        c->fid[i] = -1; /* cls_featn drops longer names */
        if (a + b <= sizeof buf) {
            memcpy(buf, prefix, a);
            memcpy(buf + a, name, b);
            c->fid[i] = mm_clsmodel_find(c->model, buf, a + b);
        }
    }
    return MM_OK;
}

static void cls_features(const mm_classifier *c, mm_classify_scratch *s,
                         const mm_classify_result *r, struct cls_sink *k)
{
    cls_mod_spans(s);
    /* the reference classifier keeps the plain lookups, to compare with */
    int fast = k->fn == NULL && !c->reference && mm_clsmodel_fast(k->m);
    size_t (*words)(struct cls_sink *, const char *, size_t, char, int) =
        fast ? cls_words_fast : cls_words;
    const int32_t *fid = fast ? c->fid : NULL;
    size_t ns = words(k, s->subj.data ? s->subj.data : "", s->subj.len, 's', 0);
    size_t nb = words(k, s->body.data ? s->body.data : "", s->body.len, 'w', 1);
    for (size_t i = 0; i < c->nrules; i++)
        if (s->zero[i] & 2)
            cls_featx(k, fid, i, 1, "r:", c->rules[i].id);
    for (int j = 0; j < MM_CAT_COUNT; j++) {
        const char *cat = mm_category_name((mm_category)j);
        size_t at = c->nrules + 2 * (size_t)j;
        cls_featx(k, fid, at, log1p(r->scores[j]), "x:score.", cat);
        cls_featx(k, fid, at + 1, (int)r->category == j, "x:rule.", cat);
    }
    size_t quoted = 0, qmark = 0;
    for (size_t i = 0; s->reply && i < s->nquote; i++)
        quoted += s->quote[2 * i + 1] - s->quote[2 * i];
    for (size_t i = 0; i < s->body.len; i++) {
        const char *p = memchr(s->body.data + i, '?', s->body.len - i);
        if (p == NULL)
            break;
        i = (size_t)(p - s->body.data);
        qmark += !cls_quoted(s, i);
    }
    const double xv[] = {
        log1p(s->red_raw), /* red_raw */
        r->urgent, /* rule_urgent */
        s->red_raw >= c->urgent_score && !r->urgent, /* vetoed */
        log1p(s->nneg), /* negated */
        log1p(s->nhyp), /* hypothetical */
        log1p(s->nhist), /* historical */
        log1p(s->nasked), /* asked */
        log1p(s->nquoted_red), /* quoted_red */
        log1p(s->edu), /* education */
        log1p(s->rec), /* record */
        log1p(s->form), /* form */
        log1p((double)s->nreq), /* request */
        s->reply, /* reply */
        s->reply_now, /* reply_now */
        s->subj_re, /* subject_re */
        s->want_present, /* want_present */
        s->present, /* present */
        s->body.len ? (double)quoted / (double)s->body.len : 0, /* quoted_share */
        log1p((double)qmark), /* question */
        log1p((double)(nb + ns)) / 4, /* words */
    };
    _Static_assert(sizeof xv / sizeof xv[0] == CLS_NX, "one value per name");
    for (size_t i = 0; i < CLS_NX; i++)
        cls_featx(k, fid, CLS_FID_X(c) + i, xv[i], "x:", cls_xnames[i]);
}

/* The model's say. Urgent: a red flag the rules affirmed, unless the
 * model finds clinical_urgent less likely than urgent_keep; or the model
 * alone at urgent_high or more (words the lexicons lack). Otherwise the
 * most probable of the other categories. The audit rule stays the rule
 * layer's when the decision is the same, else "model:" + the best rule of
 * the chosen category, or "model". */
static int cls_model_decide(const mm_classifier *c, mm_classify_scratch *s,
                            mm_classify_result *out)
{
    const mm_clsmodel *m = c->model;
    struct cls_sink k = {.m = m, .s = s, .rc = MM_OK};
    size_t n = mm_clsmodel_size(m);
    if (s->nseen != n || ++s->gen == 0) { /* another model, or the stamps wrapped */
        uint8_t *ns = realloc(s->seen, (n ? n : 1) * sizeof *ns);
        if (ns == NULL)
            return MM_ENOMEM;
        memset(ns, 0, (n ? n : 1) * sizeof *ns);
        s->seen = ns;
        s->nseen = n;
        s->gen = 1;
    }
    mm_clsmodel_bias(m, s->logits);
    cls_features(c, s, out, &k);
    if (k.rc != MM_OK)
        return k.rc;
    mm_clsmodel_softmax(s->logits, out->prob);
    double pu = out->prob[MM_CAT_CLINICAL_URGENT];
    int urgent = out->urgent ? pu >= mm_clsmodel_urgent_keep(m) : pu >= mm_clsmodel_urgent_high(m);
    int cat = MM_CAT_CLINICAL_URGENT;
    if (!urgent) {
        cat = -1;
        for (int j = 0; j < MM_CAT_COUNT; j++)
            if (j != MM_CAT_CLINICAL_URGENT && (cat < 0 || out->prob[j] > out->prob[cat]))
                cat = j;
    }
    out->model = 1;
    if (urgent == out->urgent && cat == (int)out->category)
        return MM_OK;
    out->urgent = urgent;
    out->category = (mm_category)cat;
    out->rule = s->best[cat] >= 0 ? c->rules[s->best[cat]].mid : "model";
    return MM_OK;
}

int mm_classifier_run(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                      size_t slen, const char *const *texts, const size_t *lens, size_t ntexts,
                      mm_classify_result *out)
{
    int rc = cls_run_rules(c, s, subject, slen, texts, lens, ntexts, out);
    if (rc != MM_OK || c->model == NULL)
        return rc;
    return cls_model_decide(c, s, out);
}

int mm_classifier_run_rules(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                            size_t slen, const char *const *texts, const size_t *lens,
                            size_t ntexts, mm_classify_result *out)
{
    return cls_run_rules(c, s, subject, slen, texts, lens, ntexts, out);
}

int mm_classifier_features(const mm_classifier *c, mm_classify_scratch *s, const char *subject,
                           size_t slen, const char *const *texts, const size_t *lens,
                           size_t ntexts, mm_classify_feature_fn *fn, void *ctx,
                           mm_classify_result *rules)
{
    if (fn == NULL)
        return MM_EINVAL;
    int rc = cls_run_rules(c, s, subject, slen, texts, lens, ntexts, rules);
    if (rc != MM_OK)
        return rc;
    struct cls_sink k = {.fn = fn, .ctx = ctx, .s = s, .rc = MM_OK};
    cls_features(c, s, rules, &k);
    return k.rc;
}

int mm_classify(const mm_policy *p, mm_classify_scratch *s, const char *subject, size_t slen,
                const char *const *texts, const size_t *lens, size_t ntexts,
                mm_classify_result *out)
{
    if (p == NULL)
        return MM_EINVAL;
    return mm_classifier_run(mm_policy_classifier(p), s, subject, slen, texts, lens, ntexts, out);
}
