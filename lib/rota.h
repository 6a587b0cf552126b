/*
 * rota.h - on-call rotas: who is on call at a given instant, in the rota's
 * own time zone, with weekly shifts, date overrides (holidays) and a
 * fallback.
 *
 * Time zones come from the system tz database (TZif files under $TZDIR or
 * /usr/share/zoneinfo), read by a small TZif v2+ reader including the
 * POSIX TZ footer rule that covers instants after the last transition.
 * Nothing touches the process TZ or calls tzset(), so lookups are
 * thread-safe.
 *
 * Threading: mm_tz and mm_rota are immutable after creation and may be
 * shared read-only by any number of threads.
 */
#ifndef MM_ROTA_H
#define MM_ROTA_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>

#include "jsonv.h"
#include "mm.h"

typedef struct mm_tz mm_tz;

/* Broken-down local time. */
typedef struct mm_localtime {
    int year, mon, mday; /* mon 1..12 */
    int wday;            /* 0 = Sunday */
    int hour, min, sec;
    long utoff;          /* seconds east of UTC */
    int isdst;
} mm_localtime;

/* Load a zone by name ("Europe/Paris", "UTC"). MM_ENOTFOUND when there is
 * no such zone, MM_EPARSE when the file is not TZif. */
int mm_tz_load(const char *name, mm_tz **out) MM_WUR;
/* Parse TZif data (v1, v2, v3, v4). */
int mm_tz_parse(const unsigned char *data, size_t len, mm_tz **out) MM_WUR;
void mm_tz_free(mm_tz *tz);
int mm_tz_local(const mm_tz *tz, time_t t, mm_localtime *out) MM_WUR;

typedef struct mm_rota mm_rota;

/* Validate and compile one rota from its policy JSON; errors are reported
 * through v (the caller has pushed the rota's path). */
int mm_rota_compile(mm_jv *v, const json_t *spec, mm_rota **out) MM_WUR;
void mm_rota_free(mm_rota *r);
const char *mm_rota_zone(const mm_rota *r);

/* On-call addresses at instant t: pointers into the rota (valid while it
 * lives), at most max of them, count in *n (0 when nobody is on call). */
int mm_rota_oncall(const mm_rota *r, time_t t, const char **addrs, size_t max,
                   size_t *n) MM_WUR;

#endif
