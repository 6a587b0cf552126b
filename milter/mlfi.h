/*
 * mlfi.h - the libmilter layer: callbacks that collect the envelope and the
 * message into per-connection state and, at end of message, run the lib
 * pipeline and apply its decisions. Every libmilter call sits behind a
 * small wrapper here, so the lib never sees libmilter.
 */
#ifndef MLFI_H
#define MLFI_H

#include <libmilter/mfapi.h>

#include "config.h"
#include "pipeline.h"

/* Set by main before smfi_main(); read-only afterwards except through the
 * locked accessors in medmilter.c. */
struct mlfi_globals {
    mm_pipeline *pipeline;
    size_t max_scan_size;
    enum mm_on_action on_error;
    enum mm_on_action on_oversize;
    int log_json; /* LogFormat json */
};

extern struct mlfi_globals mlfi_g;

/* Graceful stop (libmilter's smfi_stop cuts connections in flight: its
 * worker pool stops serving them). mlfi_drain waits up to SECS seconds until
 * no message is between MAIL FROM and its end; returns how many still are.
 * mlfi_quiesce then refuses new pipeline runs and waits up to SECS seconds
 * for running ones; returns how many still run (the pipeline may be closed
 * only when 0). */
unsigned mlfi_drain(unsigned secs);
unsigned mlfi_quiesce(unsigned secs);

/* The filter description to register. */
struct smfiDesc *mlfi_desc(void);

#endif
