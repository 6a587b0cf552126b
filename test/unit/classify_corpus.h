/*
 * classify_corpus.h - shared by test_classify_corpus.c and bench_classify.c:
 * load a labelled JSONL corpus (subject, body, category, urgent) and score
 * the classifier on it. Header-only so each test stays one executable.
 */
#ifndef CLASSIFY_CORPUS_H
#define CLASSIFY_CORPUS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "classify.h"
#include "policy.h"

struct corpus_msg {
    const char *id, *subject, *body;
    int category, urgent;
};

struct corpus {
    json_t *root; /* array owning the strings */
    struct corpus_msg *msgs;
    size_t n;
};

static inline int corpus_load(const char *path, struct corpus *c)
{
    memset(c, 0, sizeof *c);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    c->root = json_array();
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_error_t je;
        json_t *j = json_loads(line, 0, &je);
        if (j == NULL)
            continue;
        json_array_append_new(c->root, j);
    }
    free(line);
    fclose(f);
    c->n = json_array_size(c->root);
    c->msgs = calloc(c->n ? c->n : 1, sizeof *c->msgs);
    for (size_t i = 0; i < c->n; i++) {
        json_t *j = json_array_get(c->root, i);
        struct corpus_msg *m = &c->msgs[i];
        m->id = json_string_value(json_object_get(j, "id"));
        m->subject = json_string_value(json_object_get(j, "subject"));
        m->body = json_string_value(json_object_get(j, "body"));
        m->category = mm_category_from_name(json_string_value(json_object_get(j, "category")));
        m->urgent = json_is_true(json_object_get(j, "urgent"));
        if (m->subject == NULL)
            m->subject = "";
        if (m->body == NULL)
            m->body = "";
    }
    return 0;
}

static inline void corpus_free(struct corpus *c)
{
    free(c->msgs);
    json_decref(c->root);
}

struct corpus_score {
    size_t n, cat_ok, tp, fp, fn;
    double accuracy, recall, precision;
};

/* Classify every message; print misclassified ones to out when not NULL. */
static inline int corpus_score(const mm_policy *p, const struct corpus *c, FILE *out,
                               struct corpus_score *s)
{
    mm_classify_scratch *scr;
    memset(s, 0, sizeof *s);
    if (mm_classify_scratch_new(&scr) != MM_OK)
        return -1;
    for (size_t i = 0; i < c->n; i++) {
        const struct corpus_msg *m = &c->msgs[i];
        const char *texts[1] = {m->body};
        size_t lens[1] = {strlen(m->body)};
        mm_classify_result r;
        if (mm_classify(p, scr, m->subject, strlen(m->subject), texts, lens, 1, &r) != MM_OK) {
            mm_classify_scratch_free(scr);
            return -1;
        }
        s->n++;
        if ((int)r.category == m->category)
            s->cat_ok++;
        else if (out)
            fprintf(out, "  %s: expected %s, got %s (rule %s)\n", m->id,
                    mm_category_name((mm_category)m->category), mm_category_name(r.category),
                    r.rule);
        if (r.urgent && m->urgent)
            s->tp++;
        else if (r.urgent)
            s->fp++;
        else if (m->urgent)
            s->fn++;
    }
    mm_classify_scratch_free(scr);
    s->accuracy = s->n ? (double)s->cat_ok / (double)s->n : 0;
    s->recall = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 1;
    s->precision = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 1;
    return 0;
}

#endif
