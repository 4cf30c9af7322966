/*
 * kamerindex refs [--json] [--date D] FILE... - the references found in
 * each file, without an index.
 *
 * Without --json a table per file: the document's facts, then one line per
 * reference (kind, id, page, the text as written).  With --json one object
 * per file per line (JSON Lines, interface.md).  A file that cannot be read
 * is named on stderr and skipped.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../ingest/dates.h"
#include "../ingest/detect.h"
#include "../ingest/extract.h"
#include "../util/buf.h"
#include "cli.h"

static const char refs_help[] =
    "usage: kamerindex refs [--json] [--date YYYY-MM-DD] FILE...\n"
    "\n"
    "Lists the references found in each PDF or text file: Kamerstukken,\n"
    "Handelingen and Aanhangsel, Kamer document and zaak numbers, motions\n"
    "(sponsors, party, c.s.) and commitments (actors, venue, date, deadline),\n"
    "each motion and commitment with its relation to the document (settled,\n"
    "progress, addressed, cited, made).\n"
    "\n"
    "  --json         one JSON object per file, one per line\n"
    "  --date D       the document's own date when the file does not state\n"
    "                 it; resolves \"3 april jl.\" and dates without a year\n"
    "\n"
    "Commitment actors are the abbreviations ministries use (SJenV, MBZK);\n"
    "\"ik\"/\"wij\" is the signer when the document names one, else left out;\n"
    "\"u\" (the addressee of a beslisnota) stays \"u\".\n"
    "Exit status: 0 all files done; 1 some failed (named on stderr);\n"
    "2 usage error, or no file could be read.\n";

static void print_field(const char *label, const char *v)
{
    printf("  %-9s ", label);
    ki_print_safe(stdout, v ? v : "-");
    putchar('\n');
}

/* One line of the table; the text is cut to one line of ~70 columns. */
static void row(const char *kind, const char *id, int page, const char *extra, const char *text)
{
    printf("  %-11s %-24s p%-3d ", kind, id ? id : "-", page);
    if (extra && *extra) {
        ki_print_safe(stdout, extra);
        putchar(' ');
    }
    if (text) {
        char line[96];
        size_t o = 0;
        for (const char *p = text; *p && o < sizeof line - 4; p++)
            line[o++] = *p == '\n' ? ' ' : *p;
        /* do not cut a UTF-8 sequence */
        while (o > 0 && ((unsigned char)line[o - 1] & 0xC0) == 0x80)
            o--;
        if (o > 0 && (unsigned char)line[o - 1] >= 0xC0)
            o--;
        line[o] = '\0';
        putchar('"');
        ki_print_safe(stdout, line);
        fputs(text[o] ? "...\"" : "\"", stdout);
    }
    putchar('\n');
}

static void print_table(const char *file, const ki_refs *r)
{
    printf("==> ");
    ki_print_safe(stdout, file);
    printf(" <==\n");
    print_field("kind", r->kind);
    print_field("date", r->date);
    print_field("title", r->title);
    print_field("self", r->self_id);
    print_field("kenmerk", r->kenmerk);
    for (size_t i = 0; i < r->nkamerstukken; i++)
        row("kamerstuk", r->kamerstukken[i].id, r->kamerstukken[i].span.page, NULL,
            r->kamerstukken[i].text);
    for (size_t i = 0; i < r->nhandelingen; i++)
        row("handelingen", r->handelingen[i].id, r->handelingen[i].span.page, NULL,
            r->handelingen[i].text);
    /* a toezegging's number (TZ202501-123, T01237) is not a commitment row */
    for (size_t i = 0; i < r->ntk_numbers; i++)
        row(strcmp(r->tk_numbers[i].kind, "toezegging") == 0 ? "tz-nummer" : r->tk_numbers[i].kind,
            r->tk_numbers[i].id, r->tk_numbers[i].span.page, NULL, r->tk_numbers[i].text);
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        ki_buf b = KI_BUF_INIT;
        ki_buf_addf(&b, "[%s]", ki_relation_str(m->relation));
        for (size_t j = 0; j < m->nsponsors; j++)
            ki_buf_addf(&b, "%s%s%s%s%s", j ? ", " : " ", m->sponsors[j].name,
                        m->sponsors[j].party ? " (" : "", m->sponsors[j].party ? m->sponsors[j].party : "",
                        m->sponsors[j].party ? ")" : "");
        if (m->cs)
            ki_buf_adds(&b, " c.s.");
        row("motie", m->kamerstuk, m->span.page, ki_buf_str(&b), m->subject);
        ki_buf_free(&b);
    }
    for (size_t i = 0; i < r->ncommitments; i++) {
        const ki_commitment *c = &r->commitments[i];
        ki_buf b = KI_BUF_INIT;
        ki_buf_addf(&b, "[%s]", ki_relation_str(c->relation));
        for (size_t j = 0; j < c->nactors; j++)
            ki_buf_addf(&b, "%s%s", j ? "," : " ", c->actors[j]);
        if (c->venue)
            ki_buf_addf(&b, " @ %s", c->venue);
        if (c->deadline)
            ki_buf_addf(&b, " due: %s", c->deadline);
        for (size_t j = 0; j < c->nrefs; j++)
            ki_buf_addf(&b, "%s%s", j ? "," : " re: ", c->refs[j]);
        row("toezegging", c->date ? c->date : c->date_raw, c->span.page, ki_buf_str(&b), c->text);
        ki_buf_free(&b);
    }
    for (size_t i = 0; i < r->nwarnings; i++) {
        printf("  warning: ");
        ki_print_safe(stdout, r->warnings[i]);
        putchar('\n');
    }
}

int cmd_refs(int argc, char **argv)
{
    static const struct option opts[] = {
        {"json", no_argument, NULL, 'j'},
        {"date", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bool json = false;
    const char *date = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "jd:h", opts, NULL)) != -1) {
        switch (c) {
        case 'j':
            json = true;
            break;
        case 'd':
            date = optarg;
            break;
        case 'h':
            fputs(refs_help, stdout);
            return KI_EXIT_OK;
        default:
            return ki_usage_error("refs", "unknown option");
        }
    }
    if (date && !ki_date_valid_iso(date))
        return ki_usage_error("refs", "--date wants a date as YYYY-MM-DD, not '%s'", date);
    if (optind >= argc)
        return ki_usage_error("refs", "no FILE given");

    ki_err err = {{0}};
    ki_detector *d;
    if (ki_detector_new(&d, &err)) {
        ki_report(NULL, "%s", err.msg);
        return KI_EXIT_USAGE;
    }
    int nfiles = argc - optind, failed = 0;
    ki_buf out = KI_BUF_INIT;
    for (int i = optind; i < argc; i++) {
        const char *file = argv[i];
        ki_text *t = NULL;
        ki_refs *r = NULL;
        if (ki_extract_file(file, &t, &err)) {
            ki_report(file, "%s", err.msg);
            failed++;
            continue;
        }
        if (ki_detect(d, t, date, &r, &err)) {
            ki_report(file, "%s", err.msg);
            ki_text_free(t);
            failed++;
            continue;
        }
        if (json) {
            ki_buf_truncate(&out, 0);
            if (ki_refs_to_json(r, file, &out) || ki_buf_addc(&out, '\n')) {
                ki_report(file, "out of memory");
                failed++;
            } else {
                fwrite(out.data, 1, out.len, stdout);
            }
        } else {
            if (i > optind)
                putchar('\n');
            print_table(file, r);
        }
        ki_refs_free(r);
        ki_text_free(t);
    }
    ki_buf_free(&out);
    ki_detector_free(d);
    if (fflush(stdout) != 0) {
        ki_report(NULL, "cannot write the output");
        return KI_EXIT_USAGE;
    }
    if (failed == nfiles)
        return KI_EXIT_USAGE;
    return failed ? KI_EXIT_SOME_FAILED : KI_EXIT_OK;
}
