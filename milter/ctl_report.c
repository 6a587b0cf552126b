/*
 * ctl_report.c - `medmilterctl audit report`: the audit trail summarised
 * for a security team or a pilot review, as a self-contained HTML page
 * (--html FILE) and a plain-text summary on stdout. Counts only: no PHI
 * value, token, message id or address.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "ctl.h"
#include "ctl_trail.h"

static const char report_usage[] =
    "usage: medmilterctl audit report --since T [--html FILE]\n"
    "                                 (--config FILE | --data-dir DIR) [--key-dir DIR]\n"
    "                                 [--passphrase-file FILE | --passphrase-env VAR]\n"
    "\n"
    "Summarises the audit trail from T on (--since 0: all of it): chain\n"
    "verification, PHI tokenized/masked per type per day, messages per\n"
    "category, escalations and their delay, shadow-mode decisions, reveals.\n"
    "Prints a plain-text summary; --html FILE also writes a self-contained\n"
    "HTML page (inline CSS and SVG, nothing loaded from elsewhere). Counts\n"
    "only: no PHI value, token, message id or address.\n"
    "  --html FILE       write the HTML page to FILE\n"
    CTL_TRAIL_USAGE;

static int write_html(struct ctl_trail *t, const char *path)
{
    FILE *fp = fopen(path, "w");
    if (fp == NULL) {
        fprintf(stderr, "medmilterctl audit report: cannot write --html %s: %s\n", path, strerror(errno));
        return EX_CANTCREAT;
    }
    int rc = mm_report_html(t->rep, &t->info, fp);
    if (fclose(fp) != 0 && rc == MM_OK)
        rc = MM_EIO;
    if (rc != MM_OK) {
        fprintf(stderr, "medmilterctl audit report: cannot write --html %s: %s\n", path, mm_strerror(rc));
        return EX_IOERR;
    }
    return EX_OK;
}

int ctl_audit_report(int argc, char **argv)
{
    static const struct option opts[] = {
        CTL_TRAIL_OPTIONS, {"html", required_argument, NULL, 'H'},
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    struct ctl_trail t = {.cmd = "audit report", .chain_reason = MM_BUF_INIT};
    const char *html = NULL;
    int c;
    optind = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (ctl_trail_option(&t, c, optarg))
            continue;
        switch (c) {
        case 'H': html = optarg; break;
        case 'h': fputs(report_usage, stdout); return EX_OK;
        default: fputs(report_usage, stderr); return EX_USAGE;
        }
    }
    if (optind != argc || !t.since_s) {
        fprintf(stderr, "medmilterctl audit report: %s\n%s",
                optind != argc ? "unexpected argument" : "--since T is required (--since 0: the whole trail)",
                report_usage);
        return EX_USAGE;
    }
    int ex = ctl_trail_read(&t);
    if (ex == EX_OK && html)
        ex = write_html(&t, html);
    if (ex == EX_OK) {
        int rc = mm_report_text(t.rep, &t.info, stdout);
        if (rc == MM_OK && fflush(stdout) != 0)
            rc = MM_EIO;
        if (rc != MM_OK) {
            fprintf(stderr, "medmilterctl audit report: cannot write the summary: %s\n", mm_strerror(rc));
            ex = EX_IOERR;
        } else {
            if (html)
                fprintf(stderr, "medmilterctl audit report: HTML report written to %s\n", html);
            ex = ctl_trail_finish(&t);
        }
    }
    ctl_trail_free(&t);
    return ex;
}
