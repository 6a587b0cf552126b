/*
 * report_html.c - the audit report as one self-contained HTML page: inline
 * CSS, inline SVG charts, no script, and a Content-Security-Policy that
 * forbids loading anything, so the page can be mailed or archived as is.
 * Only names and counts appear (see report.h).
 */
#include "report_int.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static const char *const palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                      "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
                                      "#1f77b4", "#17becf", "#bcbd22", "#8c564b"};
#define NPALETTE (sizeof palette / sizeof palette[0])

static void esc(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(*s, out);
        }
    }
}

/* A round axis maximum (1, 2 or 5 times a power of ten) >= V. */
static uint64_t nice_max(uint64_t v)
{
    uint64_t m = 1;
    while (m < v) {
        if (m * 2 >= v)
            return m * 2;
        if (m * 5 >= v)
            return m * 5;
        m *= 10;
    }
    return m;
}

#define VB_W 1000
#define VB_H 300
#define VB_L 56
#define VB_B 40
#define VB_T 14

/* Stacked vertical bars: NCOLS columns, NSERIES series, VALS[col * nseries + s]. */
static void svg_vbars(FILE *out, const char *label, size_t ncols, char (*cols)[16], size_t nseries,
                      const char *const *series, const uint64_t *vals)
{
    uint64_t top = 0;
    for (size_t c = 0; c < ncols; c++) {
        uint64_t sum = 0;
        for (size_t s = 0; s < nseries; s++)
            sum += vals[c * nseries + s];
        top = sum > top ? sum : top;
    }
    uint64_t step = nice_max((top + 3) / 4 ? (top + 3) / 4 : 1); /* at most 4 round steps */
    top = (top + step - 1) / step * step;
    top = top ? top : step;
    size_t legend_rows = nseries > 1 ? (nseries + 6) / 7 : 0;
    int h = VB_H + (int)legend_rows * 22;
    double pw = VB_W - VB_L - 10, ph = VB_H - VB_T - VB_B, slot = pw / (double)(ncols ? ncols : 1);
    fprintf(out, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"",
            VB_W, h, VB_W, h);
    esc(out, label);
    fputs("\">\n", out);
    for (uint64_t v = 0; v <= top; v += step) {
        double y = VB_T + ph - ph * (double)v / (double)top;
        fprintf(out, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                     "<text x=\"%d\" y=\"%.1f\" class=\"yl\">%" PRIu64 "</text>\n",
                VB_L, VB_W - 10, y, y, VB_L - 6, y + 4, v);
    }
    size_t every = ncols > 12 ? (ncols + 11) / 12 : 1;
    for (size_t c = 0; c < ncols; c++) {
        double w = slot * 0.8 < 80 ? slot * 0.8 : 80, x = VB_L + slot * (double)c + (slot - w) / 2,
               y = VB_T + ph;
        for (size_t s = 0; s < nseries; s++) {
            uint64_t v = vals[c * nseries + s];
            if (v == 0)
                continue;
            double bh = ph * (double)v / (double)top;
            y -= bh;
            fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                    x, y, w < 1 ? 1 : w, bh, palette[s % NPALETTE]);
            esc(out, cols[c]);
            if (nseries > 1) {
                fputs(" ", out);
                esc(out, series[s]);
            }
            fprintf(out, ": %" PRIu64 "</title></rect>\n", v);
        }
        if (c % every == 0) {
            fprintf(out, "<text x=\"%.1f\" y=\"%d\" class=\"xl\">", x + w / 2, VB_T + (int)ph + 18);
            esc(out, cols[c]);
            fputs("</text>\n", out);
        }
    }
    fprintf(out, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"axis\"/>\n", VB_L, VB_W - 10,
            VB_T + ph, VB_T + ph);
    for (size_t s = 0; legend_rows && s < nseries; s++) {
        int lx = VB_L + (int)(s % 7) * 130, ly = VB_H + (int)(s / 7) * 22;
        fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                     "<text x=\"%d\" y=\"%d\" class=\"lg\">",
                lx, ly - 10, palette[s % NPALETTE], lx + 17, ly);
        esc(out, series[s]);
        fputs("</text>\n", out);
    }
    fputs("</svg>\n", out);
}

/* Horizontal bars, one per counter entry (largest first). */
static void svg_hbars(FILE *out, const char *label, struct rep_counter *c, const char *color)
{
    mm_rep_counter_sort(c, 1);
    uint64_t top = c->n ? c->v[0].n : 1;
    int h = 10 + 28 * (int)c->n;
    fprintf(out, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"",
            VB_W, h, VB_W, h);
    esc(out, label);
    fputs("\">\n", out);
    for (size_t i = 0; i < c->n; i++) {
        double w = 700.0 * (double)c->v[i].n / (double)(top ? top : 1);
        int y = 6 + 28 * (int)i;
        fprintf(out, "<text x=\"180\" y=\"%d\" class=\"yl\">", y + 16);
        esc(out, c->v[i].name);
        fprintf(out, "</text><rect x=\"190\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>"
                     "<text x=\"%.1f\" y=\"%d\" class=\"val\">%" PRIu64 "</text>\n",
                y, w < 1 ? 1 : w, color, 196 + w, y + 16, c->v[i].n);
    }
    fputs("</svg>\n", out);
}

static void html_counter_table(FILE *out, const char *title, struct rep_counter *c)
{
    fputs("<table><tr><th>", out);
    esc(out, title);
    fputs("</th><th>count</th></tr>\n", out);
    mm_rep_counter_sort(c, 1);
    for (size_t i = 0; i < c->n; i++) {
        fputs("<tr><td>", out);
        esc(out, c->v[i].name);
        fprintf(out, "</td><td class=\"n\">%" PRIu64 "</td></tr>\n", c->v[i].n);
    }
    if (c->n == 0)
        fputs("<tr><td colspan=\"2\" class=\"none\">none</td></tr>\n", out);
    fputs("</table>\n", out);
}

/* The days from the first to the last record (or only those with
 * records, beyond a year), as column labels. */
static size_t day_columns(mm_report *r, char (**labels)[16], int64_t **days)
{
    mm_rep_days_sort(r);
    size_t n = 0;
    if (r->ndays) {
        int64_t span = r->days[r->ndays - 1].day - r->days[0].day + 1;
        n = span <= 366 ? (size_t)span : r->ndays;
    }
    *labels = calloc(n ? n : 1, sizeof **labels);
    *days = calloc(n ? n : 1, sizeof **days);
    if (!*labels || !*days) {
        free(*labels), free(*days);
        *labels = NULL, *days = NULL;
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        (*days)[i] = n == r->ndays ? r->days[i].day : r->days[0].day + (int64_t)i;
        time_t t = (time_t)((*days)[i] * 86400);
        struct tm tm;
        if (!gmtime_r(&t, &tm) || !strftime((*labels)[i], 16, "%Y-%m-%d", &tm))
            snprintf((*labels)[i], 16, "?");
    }
    return n;
}

static const struct rep_day *find_day(const mm_report *r, int64_t d)
{
    for (size_t i = 0; i < r->ndays; i++)
        if (r->days[i].day == d)
            return &r->days[i];
    return NULL;
}

static void chart_phi_days(FILE *out, mm_report *r, size_t ncols, char (*labels)[16], const int64_t *days)
{
    struct rep_counter types = {0};
    int ok = 1;
    for (size_t i = 0; ok && i < r->ndays; i++)
        for (size_t j = 0; ok && j < r->days[i].phi.n; j++)
            ok = mm_rep_counter_get(&types, r->days[i].phi.v[j].name) > 0 ||
                 mm_array_grow((void **)&types.v, &types.cap, types.n, sizeof *types.v) == MM_OK;
    for (size_t i = 0; ok && i < r->ndays; i++)
        for (size_t j = 0; j < r->days[i].phi.n; j++) {
            const char *name = r->days[i].phi.v[j].name;
            if (mm_rep_counter_get(&types, name) == 0) {
                snprintf(types.v[types.n].name, REP_NAME, "%s", name);
                types.v[types.n++].n = 1;
            }
        }
    mm_rep_counter_sort(&types, 0);
    const char **series = calloc(types.n ? types.n : 1, sizeof *series);
    uint64_t *vals = calloc(ncols * (types.n ? types.n : 1) + 1, sizeof *vals);
    if (ok && series && vals && types.n) {
        for (size_t s = 0; s < types.n; s++)
            series[s] = types.v[s].name;
        for (size_t c = 0; c < ncols; c++) {
            const struct rep_day *d = find_day(r, days[c]);
            for (size_t s = 0; d && s < types.n; s++)
                vals[c * types.n + s] = mm_rep_counter_get(&d->phi, series[s]);
        }
        svg_vbars(out, "PHI tokenized, masked or redacted per type per day", ncols, labels, types.n, series,
                  vals);
    } else {
        fputs("<p class=\"none\">No PHI was tokenized, masked or redacted in this period.</p>\n", out);
    }
    free(series);
    free(vals);
    free(types.v);
}

static void chart_escalations(FILE *out, mm_report *r, size_t ncols, char (*labels)[16], const int64_t *days)
{
    if (r->escalated == 0) {
        fputs("<p class=\"none\">No message was escalated in this period.</p>\n", out);
        return;
    }
    uint64_t *vals = calloc(ncols + 1, sizeof *vals);
    if (vals) {
        for (size_t c = 0; c < ncols; c++) {
            const struct rep_day *d = find_day(r, days[c]);
            vals[c] = d ? d->escalated : 0;
        }
        static const char *const one[] = {"escalations"};
        fputs("<h3>Escalations per day</h3>\n", out);
        svg_vbars(out, "Escalations per day", ncols, labels, 1, one, vals);
        free(vals);
    }
    /* Delay: the pipeline's time before the on-call copy is handed to the MTA. */
    static const uint64_t bounds_us[] = {1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000};
    static char names[][16] = {"<1 ms",     "1-2 ms",     "2-5 ms",     "5-10 ms",   "10-20 ms", "20-50 ms",
                               "50-100 ms", "100-200 ms", "200-500 ms", "0.5-1 s",   ">1 s"};
    uint64_t hist[sizeof names / sizeof names[0]] = {0};
    for (size_t i = 0; i < r->esc_lat.n; i++) {
        size_t b = 0;
        while (b < sizeof bounds_us / sizeof bounds_us[0] && r->esc_lat.v[i] >= bounds_us[b])
            b++;
        hist[b]++;
    }
    uint64_t p50 = 0, p90 = 0, p99 = 0, mx = 0;
    if (mm_report_percentile(r, 1, 50, &p50) == MM_OK && mm_report_percentile(r, 1, 90, &p90) == MM_OK &&
        mm_report_percentile(r, 1, 99, &p99) == MM_OK && mm_report_percentile(r, 1, 100, &mx) == MM_OK)
        fprintf(out, "<h3>Escalation delay (pipeline time per escalated message)</h3>\n"
                     "<p>p50 <b>%.1f ms</b> &middot; p90 <b>%.1f ms</b> &middot; p99 <b>%.1f ms</b> &middot; "
                     "max <b>%.1f ms</b> over %zu escalated messages; %" PRIu64
                     " repeat escalations suppressed by the dedupe window.</p>\n",
                (double)p50 / 1e3, (double)p90 / 1e3, (double)p99 / 1e3, (double)mx / 1e3, r->esc_lat.n,
                r->esc_deduped);
    static const char *const one[] = {"messages"};
    svg_vbars(out, "Escalation delay histogram", sizeof names / sizeof names[0], names, 1, one, hist);
    html_counter_table(out, "escalation rule", &r->esc_rule);
}

static const char css[] =
    "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;margin:24px 32px;color:#1d2733;"
    "background:#fff;max-width:1060px}"
    "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:30px 0 8px;border-bottom:2px solid #dde3ea;"
    "padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}"
    ".meta{color:#5b6b7c;margin:0 0 14px}"
    ".chain{padding:10px 14px;border-radius:6px;font-weight:bold;margin:10px 0}"
    ".ok{background:#e3f4e6;color:#1e6b2f;border:1px solid #9fd3aa}"
    ".bad{background:#fde5e4;color:#9b1c16;border:1px solid #f0a39e}"
    ".warn{background:#fff4da;color:#7a5200;border:1px solid #f0cf7e}"
    ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:14px 0}"
    ".card{border:1px solid #dde3ea;border-radius:6px;padding:10px 16px;min-width:150px}"
    ".card b{display:block;font-size:26px}.card span{color:#5b6b7c;font-size:13px}"
    "table{border-collapse:collapse;margin:8px 24px 8px 0;display:inline-table;vertical-align:top}"
    "th,td{border:1px solid #dde3ea;padding:4px 10px;text-align:left;font-size:13px}"
    "th{background:#f3f6f9}td.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".none{color:#5b6b7c;font-style:italic}"
    "svg.chart{display:block;max-width:100%;height:auto;margin:6px 0}"
    "svg text{font-family:'DejaVu Sans',Arial,sans-serif;font-size:12px;fill:#1d2733}"
    "svg .yl{text-anchor:end}svg .xl{text-anchor:middle}svg .val{fill:#1d2733}"
    "svg .grid{stroke:#e6ebf0}svg .axis{stroke:#8795a4}"
    "footer{margin-top:32px;color:#5b6b7c;font-size:12px}";

static void html_card(FILE *out, uint64_t n, const char *what)
{
    fprintf(out, "<div class=\"card\"><b>%" PRIu64 "</b><span>%s</span></div>\n", n, what);
}

static void html_chain(FILE *out, const mm_report_info *info, const mm_report *r)
{
    if (info->chain_status == MM_OK)
        fprintf(out, "<div class=\"chain ok\">Audit chain intact: %" PRIu64
                     " records verified (hash chain and head).</div>\n", info->chain_records);
    else if (info->chain_status == MM_ECORRUPT) {
        fprintf(out, "<div class=\"chain bad\">Audit chain BROKEN at record %" PRIu64 ": ", info->chain_first_bad);
        esc(out, info->chain_reason);
        fputs("</div>\n", out);
    } else {
        fputs("<div class=\"chain bad\">Audit chain not verified: ", out);
        esc(out, mm_strerror(info->chain_status));
        fputs("</div>\n", out);
    }
    if (r->undecryptable)
        fprintf(out, "<div class=\"chain warn\">%" PRIu64 " records did not decrypt with the vault key given "
                     "(sealed to another key, or damaged): they are not counted below.</div>\n",
                r->undecryptable);
}

int mm_report_html(mm_report *r, const mm_report_info *info, FILE *out)
{
    char first[32], last[32], now[32], since[32];
    mm_rep_format_time(first, sizeof first, r->first);
    mm_rep_format_time(last, sizeof last, r->last);
    mm_rep_format_time(now, sizeof now, info->now);
    mm_rep_format_time(since, sizeof since, info->since);
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src 'unsafe-inline'\">\n<title>medmilter audit report</title>\n<style>%s</style>\n"
                 "</head><body>\n<h1>medmilter audit report</h1>\n<p class=\"meta\">Store <b>",
            css);
    esc(out, info->source);
    fprintf(out, "</b> &middot; records %s to %s%s%s &middot; generated %s (UTC)</p>\n", first, last,
            info->since ? " &middot; since " : "", info->since ? since : "", now);
    html_chain(out, info, r);

    uint64_t protected_phi = 0;
    for (size_t i = 0; i < r->ndays; i++)
        for (size_t j = 0; j < r->days[i].phi.n; j++)
            protected_phi += r->days[i].phi.v[j].n;
    fputs("<div class=\"cards\">\n", out);
    html_card(out, r->messages, "messages scanned");
    html_card(out, protected_phi, "PHI tokenized, masked or redacted");
    html_card(out, r->changed, "messages changed");
    html_card(out, r->escalated, "escalations");
    html_card(out, r->shadow, "shadow-mode decisions");
    html_card(out, r->reveals, "vault reveals");
    fputs("</div>\n", out);

    char(*labels)[16] = NULL;
    int64_t *days = NULL;
    size_t ncols = day_columns(r, &labels, &days);
    fputs("<h2>PHI tokenized, masked or redacted, per type per day (UTC)</h2>\n", out);
    chart_phi_days(out, r, ncols, labels, days);

    fputs("<h2>Messages per category</h2>\n", out);
    if (r->category.n)
        svg_hbars(out, "Messages per category", &r->category, palette[0]);
    else
        fputs("<p class=\"none\">No message in this period.</p>\n", out);

    fputs("<h2>Escalations to on-call</h2>\n", out);
    chart_escalations(out, r, ncols, labels, days);
    free(labels);
    free(days);

    fputs("<h2>Shadow-mode decisions (what enforce mode would have done)</h2>\n", out);
    if (r->shadow == 0) {
        fputs("<p class=\"none\">No message was handled in shadow mode in this period.</p>\n", out);
    } else {
        fprintf(out, "<p>%" PRIu64 " messages in shadow mode: <b>%" PRIu64 "</b> would have had PHI replaced, "
                     "<b>%" PRIu64 "</b> would have been escalated.</p>\n",
                r->shadow, r->shadow_would_change, r->shadow_would_escalate);
        if (r->shadow_phi.n)
            svg_hbars(out, "PHI enforce mode would have replaced, by type", &r->shadow_phi, palette[1]);
    }

    fputs("<h2>PHI by type and action</h2>\n", out);
    html_counter_table(out, "type/action", &r->phi_type_action);
    html_counter_table(out, "PHI type", &r->phi_type);
    html_counter_table(out, "action", &r->phi_action);

    fputs("<h2>Messages</h2>\n", out);
    html_counter_table(out, "priority", &r->priority);
    html_counter_table(out, "direction", &r->direction);
    html_counter_table(out, "mode", &r->mode);
    html_counter_table(out, "scan", &r->scan);
    html_counter_table(out, "policy version", &r->policy);
    uint64_t p50 = 0, p90 = 0, p99 = 0;
    if (mm_report_percentile(r, 0, 50, &p50) == MM_OK && mm_report_percentile(r, 0, 90, &p90) == MM_OK &&
        mm_report_percentile(r, 0, 99, &p99) == MM_OK)
        fprintf(out, "<p>Pipeline time per message: p50 %.1f ms &middot; p90 %.1f ms &middot; p99 %.1f ms.</p>\n",
                (double)p50 / 1e3, (double)p90 / 1e3, (double)p99 / 1e3);

    fprintf(out, "<h2>Vault reveals</h2>\n<p>%" PRIu64 " reveals, %" PRIu64 " tokens asked, %" PRIu64
                 " found (reasons and tokens are in the audit export, not here).</p>\n",
            r->reveals, r->reveal_tokens, r->reveal_found);
    if (r->reveals)
        html_counter_table(out, "user", &r->reveal_user);
    fputs("<footer>Counts only: this report holds no PHI value, token, message id or address. "
          "Generated by medmilterctl audit report from the decrypted audit trail.</footer>\n"
          "</body></html>\n",
          out);
    return ferror(out) ? MM_EIO : MM_OK;
}
