/*
 * kamerindex motion - the letters that handled one motion, or the motions
 * of one member (--sponsor) or party (--party) with how far each got.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../index/xap.h"
#include "../query/lookup.h"
#include "../query/record.h"
#include "cli.h"

static const char help_text[] =
    "REF is the motion in any written form: 29279-889, kst-29279-889,\n"
    "\"29279, nr. 889\", \"29 279 nr. 889\", 36200-XVI-12, 21501-07-1750.\n"
    "Prints the motion (sponsors, subject, date and dictum when its own\n"
    "document is ingested) and every letter that mentions it, newest first,\n"
    "with the relation (settled, progress, addressed, cited), date, page and\n"
    "the sentence that says so.\n\n"
    "--sponsor NAME and --party P list the motions of a member or party with\n"
    "how far each got: the strongest relation any letter gave it.\n"
    "--json prints {\"motion\": {...}, \"letters\": [...]}, one object per line\n"
    "(one per motion for --sponsor and --party).\n";

static void print_sponsors(const ki_mreport *r)
{
    for (size_t i = 0; i < r->nsponsors; i++) {
        printf("%s", i ? ", " : "");
        ki_print_safe(stdout, r->sponsors[i].name ? r->sponsors[i].name : "?");
        if (r->sponsors[i].party) {
            fputs(" (", stdout);
            ki_print_safe(stdout, r->sponsors[i].party);
            fputc(')', stdout);
        }
    }
    if (r->cs && r->nsponsors)
        fputs(" c.s.", stdout);
}

static void print_report(const ki_mreport *r)
{
    printf("%s", r->id);
    if (r->nsponsors) {
        fputs("  motie ", stdout);
        print_sponsors(r);
    }
    fputc('\n', stdout);
    if (r->subject) {
        fputs("  over: ", stdout);
        ki_print_safe(stdout, r->subject);
        fputc('\n', stdout);
    }
    if (r->date)
        printf("  datum: %s\n", r->date);
    if (r->own_file) {
        fputs("  document: ", stdout);
        ki_print_safe(stdout, r->own_file);
        fputc('\n', stdout);
    }
    if (r->dictum) {
        fputs("  dictum: ", stdout);
        ki_print_safe(stdout, r->dictum);
        fputc('\n', stdout);
    }
    printf("  status: %s (%zu letter%s)\n", ki_mreport_status(r), r->nletters,
           r->nletters == 1 ? "" : "s");
    for (size_t i = 0; i < r->nletters; i++) {
        const ki_mletter *l = &r->letters[i];
        printf("\n  %-10s  %-9s  ", l->date ? l->date : "----------",
               ki_rel_to_str(l->relation));
        ki_print_safe(stdout, l->doc ? l->doc : "?");
        if (l->page > 0)
            printf("  p.%d", l->page);
        if (l->title) {
            fputs("  ", stdout);
            ki_print_safe(stdout, l->title);
        }
        fputs("\n              ", stdout);
        ki_print_safe(stdout, l->file ? l->file : "?");
        fputc('\n', stdout);
        if (l->evidence) {
            fputs("              \"", stdout);
            ki_print_safe(stdout, l->evidence);
            fputs("\"\n", stdout);
        }
    }
}

static void print_summary(const ki_mreport *r)
{
    printf("%-20s %-9s %2zu  ", r->id, ki_mreport_status(r), r->nletters);
    print_sponsors(r);
    if (r->subject) {
        fputs(": ", stdout);
        ki_print_safe(stdout, r->subject);
    }
    fputc('\n', stdout);
}

static int print_json(const ki_mreport *r)
{
    ki_buf b = KI_BUF_INIT;
    if (ki_mreport_json(r, &b)) {
        ki_buf_free(&b);
        ki_report(NULL, "out of memory");
        return KI_EXIT_USAGE;
    }
    puts(ki_buf_str(&b));
    ki_buf_free(&b);
    return KI_EXIT_OK;
}

int cmd_motion(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'j'},
        {"sponsor", required_argument, NULL, 's'},
        {"party", required_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *dbopt = NULL, *sponsor = NULL, *party = NULL;
    bool json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'd': dbopt = optarg; break;
        case 'j': json = true; break;
        case 's': sponsor = optarg; break;
        case 'p': party = optarg; break;
        case 'h':
            ki_print_command_help(stdout, ki_command_find("motion"));
            printf("\n%s", help_text);
            return KI_EXIT_OK;
        default: return ki_usage_error("motion", "unknown option");
        }
    }
    int nargs = argc - optind;
    if ((sponsor || party) ? nargs != 0 || (sponsor && party) : nargs < 1)
        return ki_usage_error("motion", "give one REF, or --sponsor NAME, or --party P");

    /* "29279, nr. 889" may arrive as several words */
    ki_buf ref = KI_BUF_INIT;
    for (int i = optind; i < argc; i++) {
        if (i > optind)
            ki_buf_addc(&ref, ' ');
        ki_buf_adds(&ref, argv[i]);
    }

    const char *path = ki_db_path(dbopt);
    ki_db *db;
    ki_err err;
    int rc = KI_EXIT_OK;
    if (ki_db_open(path, KI_DB_READ, &db, &err)) {
        ki_report(path, "%s", err.msg);
        ki_buf_free(&ref);
        return KI_EXIT_USAGE;
    }
    if (sponsor || party) {
        ki_mreport **rs;
        size_t n;
        if (ki_motions_by(db, sponsor, party, &rs, &n, &err)) {
            ki_report(NULL, "%s", err.msg);
            rc = KI_EXIT_USAGE;
        } else {
            if (n == 0)
                ki_report(NULL, "no motions of %s in the index", sponsor ? sponsor : party);
            for (size_t i = 0; i < n; i++) {
                if (json)
                    rc |= print_json(rs[i]);
                else
                    print_summary(rs[i]);
                ki_mreport_free(rs[i]);
            }
            free(rs);
        }
    } else {
        ki_mreport *r;
        ki_status st = ki_motion_lookup(db, ki_buf_str(&ref), &r, &err);
        if (st) {
            ki_report(NULL, "%s", err.msg);
            rc = KI_EXIT_USAGE;
        } else {
            if (r->nletters == 0 && !r->own_doc)
                ki_report(NULL, "%s: no document in the index mentions this motion", r->id);
            if (json)
                rc = print_json(r);
            else
                print_report(r);
            ki_mreport_free(r);
        }
    }
    ki_db_close(db);
    ki_buf_free(&ref);
    return rc;
}
