/*
 * kamerindex table - the "moties en toezeggingen" bijlage of one letter, or
 * (--dossier) every motion of a dossier with the letters that handled it.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../index/xap.h"
#include "../query/format.h"
#include "../query/table.h"
#include "cli.h"

static const char help_text[] =
    "DOC is an ingested file's path or the document's id as 'search --json'\n"
    "prints it (\"kst-28345-290\").  Columns: Soort, Omschrijving, Indiener(s) /\n"
    "Bewindspersoon, Vindplaats (linked to zoek.officielebekendmakingen.nl),\n"
    "Datum, Stand van zaken (Afgedaan, Lopend, In behandeling).  The table holds\n"
    "what the letter settles, reports progress on or addresses; --all adds what\n"
    "it only cites or newly promises.\n\n"
    "--format md (default), csv, html or json.  HTML is escaped, CSV cells that\n"
    "could run as a spreadsheet formula start with ', Markdown renders as a table.\n"
    "--dossier N lists every motion of dossier N with the letters that handled it.\n";

int cmd_table(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"format", required_argument, NULL, 'f'},
        {"dossier", required_argument, NULL, 'D'},
        {"all", no_argument, NULL, 'a'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *dbopt = NULL, *dossier = NULL;
    int format = KI_FMT_MD;
    unsigned flags = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'd': dbopt = optarg; break;
        case 'f':
            if ((format = ki_format_parse(optarg)) < 0)
                return ki_usage_error("table", "--format is md, csv, html or json, not '%s'",
                                      optarg);
            break;
        case 'D': dossier = optarg; break;
        case 'a': flags |= KI_TABLE_ALL; break;
        case 'h':
            ki_print_command_help(stdout, ki_command_find("table"));
            printf("\n%s", help_text);
            return KI_EXIT_OK;
        default: return ki_usage_error("table", "unknown option");
        }
    }
    if (dossier ? optind != argc : optind + 1 != argc)
        return ki_usage_error("table", "give one DOC, or --dossier N");

    const char *path = ki_db_path(dbopt);
    ki_db *db;
    ki_err err;
    if (ki_db_open(path, KI_DB_READ, &db, &err)) {
        ki_report(path, "%s", err.msg);
        return KI_EXIT_USAGE;
    }
    ki_buf out = KI_BUF_INIT;
    ki_status st = dossier ? ki_table_of_dossier(db, dossier, (ki_format)format, &out, &err)
                           : ki_table_of_doc(db, argv[optind], flags, (ki_format)format, &out, &err);
    int rc = KI_EXIT_OK;
    if (st) {
        ki_report(dossier ? NULL : argv[optind], "%s", err.msg);
        rc = KI_EXIT_USAGE;
    } else {
        /* Every writer has made document text inert for its format. */
        fwrite(out.data ? out.data : "", 1, out.len, stdout);
    }
    ki_buf_free(&out);
    ki_db_close(db);
    return rc;
}
