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
};

extern struct mlfi_globals mlfi_g;

/* The filter description to register. */
struct smfiDesc *mlfi_desc(void);

#endif
