/*
 * classify_variants.h - deterministic synthetic messages built from a
 * labelled corpus, to compare two classifier implementations on text that
 * no lexicon author wrote: lines and raw fragments of several messages
 * spliced together (fragments cut mid-word), context triggers inserted,
 * case changed, white space rewrapped, accents decomposed or stripped,
 * curly apostrophes, apostrophes dropped, long repeated bodies, bodies
 * split over several texts. Shared by test_classify_equiv.c and
 * bench_classify.c (--dump --variants N); header-only so each test stays
 * one executable.
 */
#ifndef CLASSIFY_VARIANTS_H
#define CLASSIFY_VARIANTS_H

#include <stdint.h>
#include <string.h>

#include "classify_corpus.h"

#define VARIANT_MAX_TEXTS 3

struct variant {
    mm_buf subject;
    mm_buf text[VARIANT_MAX_TEXTS];
    size_t ntexts;
};

static inline uint32_t variant_rand(uint64_t *s)
{
    /* xorshift64*: reproducible on every platform */
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return (uint32_t)((*s * 2685821657736338717ULL) >> 32);
}

static inline uint32_t variant_below(uint64_t *s, uint32_t n)
{
    return n ? variant_rand(s) % n : 0;
}

/* Words that move findings in and out of context, in both languages, and
 * a few that are scored elsewhere: not taken from the lexicons, so the
 * variants do not depend on them. */
static const char *const variant_words[] = {
    "no", "not", "denies", "without", "never", "if", "if you have", "in case of", "history of",
    "years ago", "last year", "but", "however", "although", "no increase in", "not only",
    "pas de", "sans", "jamais", "si", "en cas de", "il y a 3 ans", "antecedent de", "mais",
    "cependant", "pas seulement", "newsletter", "unsubscribe", "lettre d'information",
    "my father has", "ma fille a", "urgent", "ASAP", "appointment", "rendez-vous", "invoice",
    "facture", "prescription", "ordonnance", "results", "resultats", "chest", "pain", "douleur",
    "breathe", "respirer", "I can't", "je n'arrive pas", "since yesterday", "depuis hier", ".",
    "!", "?", ";", ",", "\n\n", "-", "'", "...", "(", ")", ":"};

static inline const char *variant_pick_text(const struct corpus *c, uint64_t *s)
{
    const struct corpus_msg *m = &c->msgs[variant_below(s, (uint32_t)c->n)];
    return variant_below(s, 5) == 0 ? m->subject : m->body;
}

/* Append a piece of a corpus text: a whole line, or a raw fragment that
 * may start and end inside words. */
static inline int variant_piece(const struct corpus *c, uint64_t *s, mm_buf *out)
{
    const char *t = variant_pick_text(c, s);
    size_t len = strlen(t);
    if (len == 0)
        return MM_OK;
    size_t a = variant_below(s, (uint32_t)len), b;
    if (variant_below(s, 2)) {
        while (a > 0 && t[a - 1] != '\n')
            a--;
        for (b = a; b < len && t[b] != '\n'; b++)
            ;
    } else {
        b = a + 1 + variant_below(s, 120);
        if (b > len)
            b = len;
    }
    return mm_buf_append(out, t + a, b - a);
}

/* Rewrite buf[from..] in place or into a copy: case, spacing, accents. */
static inline int variant_mangle(uint64_t *s, mm_buf *buf, size_t from)
{
    mm_buf o = MM_BUF_INIT;
    int how = (int)variant_below(s, 10), rc = MM_OK;
    for (size_t i = from; i < buf->len && rc == MM_OK; i++) {
        unsigned char ch = (unsigned char)buf->data[i];
        if (how == 0 && ch >= 'a' && ch <= 'z')
            ch = (unsigned char)(ch - 32);
        else if (how == 1 && ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch + 32);
        if (how == 2 && ch == ' ') {
            static const char *const sp[] = {"\n", "  ", "\t", "\r\n", " \n ", "\xc2\xa0"};
            const char *r = sp[variant_below(s, 6)];
            rc = mm_buf_append(&o, r, strlen(r));
        } else if (how == 3 && ch == '\'') {
            rc = variant_below(s, 2) ? mm_buf_append(&o, "\xe2\x80\x99", 3) : MM_OK;
        } else if (how == 4 && ch == 0xC3 && i + 1 < buf->len && buf->data[i + 1] == '\xa9') {
            int nfd = (int)variant_below(s, 2);
            rc = mm_buf_append(&o, nfd ? "e\xcc\x81" : "e", nfd ? 3 : 1);
            i++;
        } else if (how == 5 && (ch == 'e' || ch == 'E') && variant_below(s, 4) == 0) {
            rc = mm_buf_append(&o, ch == 'e' ? "\xc3\xa9" : "\xc3\x89", 2);
        } else if (how == 6 && ch == '.' && variant_below(s, 2)) {
            rc = mm_buf_append(&o, ".\n\n", 3);
        } else {
            rc = mm_buf_append(&o, &ch, 1);
        }
    }
    if (rc == MM_OK) {
        buf->len = from;
        rc = mm_buf_append(buf, o.data ? o.data : "", o.len);
    }
    mm_buf_free(&o);
    return rc;
}

static inline int variant_body(const struct corpus *c, uint64_t *s, mm_buf *out, size_t target)
{
    int rc = MM_OK;
    while (rc == MM_OK && out->len < target) {
        size_t from = out->len;
        switch (variant_below(s, 6)) {
        case 0:
        case 1: {
            const char *w = variant_words[variant_below(
                s, (uint32_t)(sizeof variant_words / sizeof variant_words[0]))];
            rc = mm_buf_append(out, w, strlen(w));
            break;
        }
        default:
            rc = variant_piece(c, s, out);
            break;
        }
        static const char *const sep[] = {" ", " ", " ", "", "\n", ". ", ", ", "\n\n"};
        const char *sp = sep[variant_below(s, 8)];
        if (rc == MM_OK)
            rc = mm_buf_append(out, sp, strlen(sp));
        if (rc == MM_OK && variant_below(s, 4) == 0)
            rc = variant_mangle(s, out, from);
    }
    return rc;
}

static inline void variant_free(struct variant *v)
{
    mm_buf_free(&v->subject);
    for (size_t i = 0; i < VARIANT_MAX_TEXTS; i++)
        mm_buf_free(&v->text[i]);
}

/* Variant number k of corpus c (c->n > 0). */
static inline int variant_make(const struct corpus *c, uint64_t k, struct variant *v)
{
    uint64_t s = 0x9E3779B97F4A7C15ULL ^ (k * 0xD1B54A32D192ED03ULL);
    if (s == 0)
        s = 1;
    for (int i = 0; i < 4; i++)
        (void)variant_rand(&s);
    variant_free(v);
    memset(v, 0, sizeof *v);
    mm_buf body = MM_BUF_INIT;
    static const size_t sizes[] = {0, 40, 200, 600, 1500, 4000};
    int rc = variant_body(c, &s, &v->subject, variant_below(&s, 3) ? 30 : 0);
    if (rc == MM_OK)
        rc = variant_body(c, &s, &body, sizes[variant_below(&s, 6)]);
    if (rc == MM_OK && variant_below(&s, 8) == 0) {
        size_t n = body.len; /* repeated text: hit caps */
        for (int i = 0; i < 6 && rc == MM_OK && n; i++)
            if ((rc = mm_buf_reserve(&body, n)) == MM_OK) /* source may move */
                rc = mm_buf_append(&body, body.data, n);
    }
    v->ntexts = 1 + variant_below(&s, VARIANT_MAX_TEXTS);
    size_t at = 0;
    for (size_t i = 0; i < v->ntexts && rc == MM_OK; i++) {
        size_t n = i + 1 == v->ntexts ? body.len - at : variant_below(&s, (uint32_t)(body.len - at + 1));
        rc = mm_buf_append(&v->text[i], body.data ? body.data + at : "", n);
        at += n;
    }
    mm_buf_free(&body);
    return rc;
}

static inline int variant_classify(const mm_classifier *cl, mm_classify_scratch *scr,
                                   const struct variant *v, mm_classify_result *r)
{
    const char *texts[VARIANT_MAX_TEXTS];
    size_t lens[VARIANT_MAX_TEXTS];
    for (size_t i = 0; i < v->ntexts; i++) {
        texts[i] = v->text[i].data ? v->text[i].data : "";
        lens[i] = v->text[i].len;
    }
    return mm_classifier_run(cl, scr, v->subject.data ? v->subject.data : "", v->subject.len,
                             texts, lens, v->ntexts, r);
}

#endif
