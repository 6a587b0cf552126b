/*
 * bench_detect.c - detection throughput and accuracy.
 *
 * Texts: the labelled corpus test/corpus/phi/corpus.jsonl (dense: every
 * case has PHI or look-alikes), and a mail-like mix of the same cases
 * between paragraphs of ordinary English and French prose (one case per
 * ~550 bytes), and a sparse text closer to ordinary mail (one case per
 * ~6 KB of prose). Prints MB/s and spans/s per text on one thread, the
 * time per call on ~2 KB messages (prose with 2-4 identifiers, what the
 * pipeline sees per text segment), then per-type recall and precision
 * over the labelled corpus.
 * Usage: bench_detect [SECONDS-PER-RUN [TEXT]]  (default 2; TEXT: only that
 * text, e.g. "dense", for instruction counts under callgrind with 0 s)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "detect.h"

static const char *const prose[] = {
    "Hello, I would like to know whether the cardiology clinic is open on Saturday mornings, "
    "and whether I need a referral from my general practitioner before booking. My last visit "
    "was in the spring and the doctor asked me to come back after three months for a check-up "
    "of my blood pressure and a new prescription. Thank you for your help and have a good day.\n",
    "Bonjour, je vous écris au sujet du rendez-vous de ma mère en rhumatologie. Elle a reçu une "
    "convocation mais ne pourra pas se déplacer à la date prévue à cause de travaux dans son "
    "immeuble. Serait-il possible de décaler la consultation d'une ou deux semaines ? Elle est "
    "disponible le matin de préférence. Merci par avance et bonne journée à toute l'équipe.\n",
    "The discharge summary mentions physiotherapy twice a week for 6 weeks and a follow-up "
    "X-ray. I have not been contacted yet by the physiotherapy department; could someone tell "
    "me who to call? The pain is manageable with paracetamol 1 g three times a day.\n",
    "Suite à l'opération du genou, la cicatrice est propre et il n'y a pas de fièvre. Le "
    "kinésithérapeute conseille de reprendre la marche progressivement. Dois-je garder les "
    "bas de contention la nuit ? Je reprends le travail le 4 du mois prochain.\n",
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *only; /* measure only this text */

static void measure(const char *name, const mm_detector *d, mm_detect_scratch *sc,
                    const mm_buf *text, double secs)
{
    if (only != NULL && strcmp(only, name) != 0)
        return;
    mm_span_list l = {0};
    size_t runs = 0, spans = 0;
    double t0 = now(), t;
    do {
        l.n = 0;
        if (mm_detect_run(d, sc, text->data, text->len, &l) != MM_OK) {
            fprintf(stderr, "detect failed\n");
            exit(1);
        }
        spans += l.n;
        runs++;
    } while ((t = now() - t0) < secs);
    printf("%-10s %8.2f MB  %8.1f MB/s  %10.0f spans/s  (%zu spans per pass)\n", name,
           (double)text->len / 1e6, (double)text->len * (double)runs / t / 1e6,
           (double)spans / t, spans / runs);
    mm_span_list_free(&l);
}

/* ~2 KB messages: prose paragraphs around corpus cases until 2-4 spans
 * and ~2 KB; time per mm_detect_run call, cycling over all of them. */
#define NMSG 256
static void measure_msgs(const mm_detector *d, mm_detect_scratch *sc, mm_buf *msgs, double secs)
{
    mm_span_list l = {0};
    size_t runs = 0, spans = 0, bytes = 0;
    double t0 = now(), t;
    do {
        const mm_buf *m = &msgs[runs % NMSG];
        l.n = 0;
        if (mm_detect_run(d, sc, m->data, m->len, &l) != MM_OK) {
            fprintf(stderr, "detect failed\n");
            exit(1);
        }
        spans += l.n;
        bytes += m->len;
        runs++;
    } while ((t = now() - t0) < secs);
    printf("%-10s %8.0f B   %8.2f us/call  %8.1f MB/s  (%.1f spans per call)\n", "2KB-msg",
           (double)bytes / (double)runs, t / (double)runs * 1e6, (double)bytes / t / 1e6,
           (double)spans / (double)runs);
    mm_span_list_free(&l);
}

int main(int argc, char **argv)
{
    double secs = argc > 1 ? atof(argv[1]) : 2.0;
    only = argc > 2 ? argv[2] : NULL;
    const char *root = getenv("MM_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/test/corpus/phi/corpus.jsonl", root ? root : MM_SOURCE_DIR);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    mm_detector *d;
    mm_detect_scratch *sc;
    char err[256];
    if (mm_detector_new(NULL, &d, err, sizeof err) != MM_OK || mm_detect_scratch_new(d, &sc)) {
        fprintf(stderr, "detector: %s\n", err);
        return 1;
    }
    mm_buf dense = MM_BUF_INIT, mixed = MM_BUF_INIT, sparse = MM_BUF_INIT;
    static mm_buf msgs[NMSG];
    size_t msg_spans[NMSG] = {0}, nmsg = 0;
    size_t expected[MM_PHI_COUNT] = {0}, tp[MM_PHI_COUNT] = {0}, rep[MM_PHI_COUNT] = {0};
    char *line = NULL;
    size_t cap = 0, ncase = 0, ndecoy = 0, decoy_hits = 0;
    while (getline(&line, &cap, f) > 0) {
        json_error_t je;
        json_t *c = json_loads(line, 0, &je);
        const json_t *jt = json_object_get(c, "text");
        if (c == NULL || !json_is_string(jt))
            return 1;
        const char *text = json_string_value(jt);
        size_t len = json_string_length(jt);
        if (mm_buf_append(&dense, text, len) || mm_buf_append(&mixed, text, len) ||
            mm_buf_appendf(&mixed, "%s", prose[ncase % 4]))
            return 1;
        for (int k = 0; k < 16; k++)
            if (mm_buf_appendf(&sparse, "%s", prose[(ncase + (size_t)k) % 4]))
                return 1;
        if (mm_buf_append(&sparse, text, len))
            return 1;
        if (nmsg < NMSG) {
            mm_buf *m = &msgs[nmsg];
            size_t ns = json_array_size(json_object_get(c, "spans"));
            if (mm_buf_appendf(m, "%s", prose[(ncase + 1) % 4]) || mm_buf_append(m, text, len))
                return 1;
            msg_spans[nmsg] += ns;
            if (msg_spans[nmsg] >= 2 || m->len >= 1500) {
                while (m->len < 2000)
                    if (mm_buf_appendf(m, "%s", prose[(ncase + m->len) % 4]))
                        return 1;
                nmsg++;
            }
        }
        mm_span_list l = {0};
        if (mm_detect_run(d, sc, text, len, &l) != MM_OK)
            return 1;
        for (size_t k = 0; k < l.n; k++)
            rep[l.v[k].type]++;
        size_t i;
        json_t *sp;
        json_array_foreach(json_object_get(c, "decoys"), i, sp) {
            size_t s = (size_t)json_integer_value(json_object_get(sp, "start"));
            size_t e = (size_t)json_integer_value(json_object_get(sp, "end"));
            ndecoy++;
            for (size_t k = 0; k < l.n; k++)
                if (l.v[k].start < e && l.v[k].end > s) {
                    decoy_hits++;
                    break;
                }
        }
        json_array_foreach(json_object_get(c, "spans"), i, sp) {
            const char *ty = json_string_value(json_object_get(sp, "type"));
            int t = mm_phi_from_name(ty, strlen(ty));
            size_t s = (size_t)json_integer_value(json_object_get(sp, "start"));
            if (t < 0)
                return 1;
            expected[t]++;
            for (size_t k = 0; k < l.n; k++)
                if (l.v[k].type == (mm_phi_type)t && l.v[k].start == s)
                    tp[t]++;
        }
        mm_span_list_free(&l);
        json_decref(c);
        ncase++;
    }
    free(line);
    fclose(f);
    /* grow the mixed text to ~8 MB so caches do not flatter it */
    size_t one = mixed.len;
    char *copy = malloc(one);
    if (copy == NULL)
        return 1;
    memcpy(copy, mixed.data, one);
    while (mixed.len < 8000000)
        if (mm_buf_append(&mixed, copy, one))
            return 1;
    free(copy);

    printf("bench_detect: %zu labelled cases, one thread\n", ncase);
    measure("dense", d, sc, &dense, secs);
    measure("mail-mix", d, sc, &mixed, secs);
    measure("sparse", d, sc, &sparse, secs);
    if (nmsg == NMSG && (only == NULL || strcmp(only, "2KB-msg") == 0))
        measure_msgs(d, sc, msgs, secs);
    printf("look-alikes: %zu of %zu matched\n", decoy_hits, ndecoy);
    printf("%-6s %8s %8s %8s %9s\n", "type", "expected", "recall", "reported", "precision");
    for (int t = 0; t < MM_PHI_COUNT; t++)
        printf("%-6s %8zu %8.4f %8zu %9.4f\n", mm_phi_name((mm_phi_type)t), expected[t],
               expected[t] ? (double)tp[t] / (double)expected[t] : 1.0, rep[t],
               rep[t] ? (double)tp[t] / (double)rep[t] : 1.0);
    mm_buf_free(&dense);
    mm_buf_free(&mixed);
    mm_buf_free(&sparse);
    for (size_t k = 0; k < NMSG; k++)
        mm_buf_free(&msgs[k]);
    mm_detect_scratch_free(sc);
    mm_detector_free(d);
    return 0;
}
