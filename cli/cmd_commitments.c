/*
 * kamerindex commitments - the commitments (toezeggingen) found across the
 * index, grouped by who made them, with the documents that handled each.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../index/xap.h"
#include "../query/lookup.h"
#include "../query/record.h"
#include "cli.h"

static const char help_text[] =
    "Each commitment with its venue, date and deadline, where it was made and\n"
    "which later documents addressed or settled it.  Mentions in different\n"
    "documents are one commitment when they share a toezegging number or\n"
    "reference, or name the same actor, date and debate.\n\n"
    "--open     only commitments no document has settled yet\n"
    "--overdue  only open commitments whose deadline (\"voor de zomer van 2026\"\n"
    "           -> 2026-07-01) lies before today ($KAMERINDEX_TODAY fixes today)\n"
    "--json     one JSON object per commitment per line\n";

static void say(const char *label, const char *s)
{
    if (!s)
        return;
    printf("      %s", label);
    ki_print_safe(stdout, s);
    fputc('\n', stdout);
}

static void print_commit(const ki_commit *c)
{
    printf("  - [%s%s] ", ki_commit_status(c), c->overdue ? ", overdue" : "");
    ki_print_safe(stdout, c->subject ? c->subject : "(zonder onderwerp)");
    fputc('\n', stdout);
    say("venue:    ", c->venue);
    say("date:     ", c->date);
    if (c->deadline) {
        printf("      deadline: ");
        ki_print_safe(stdout, c->deadline);
        if (c->due)
            printf(" (%s)", c->due);
        fputc('\n', stdout);
    }
    if (c->made.doc || c->made.file) {
        printf("      made in:  ");
        ki_print_safe(stdout, c->made.doc ? c->made.doc : c->made.file);
        printf(" %s", c->made.date ? c->made.date : "");
        fputc('\n', stdout);
    }
    for (size_t i = 0; i < c->nhandled; i++) {
        const ki_cmention *m = &c->handled[i];
        printf("      %-9s %-10s ", ki_rel_to_str(m->relation), m->date ? m->date : "----------");
        ki_print_safe(stdout, m->doc ? m->doc : "?");
        if (m->page > 0)
            printf(" p.%d", m->page);
        fputc('\n', stdout);
    }
}

int cmd_commitments(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'j'},
        {"open", no_argument, NULL, 'o'},
        {"overdue", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *dbopt = NULL;
    bool json = false;
    unsigned flags = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'd': dbopt = optarg; break;
        case 'j': json = true; break;
        case 'o': flags |= KI_COMMITS_OPEN; break;
        case 'v': flags |= KI_COMMITS_OVERDUE; break;
        case 'h':
            ki_print_command_help(stdout, ki_command_find("commitments"));
            printf("\n%s", help_text);
            return KI_EXIT_OK;
        default: return ki_usage_error("commitments", "unknown option");
        }
    }
    if (optind < argc)
        return ki_usage_error("commitments", "unexpected argument '%s'", argv[optind]);

    const char *path = ki_db_path(dbopt);
    ki_db *db;
    ki_err err;
    if (ki_db_open(path, KI_DB_READ, &db, &err)) {
        ki_report(path, "%s", err.msg);
        return KI_EXIT_USAGE;
    }
    ki_commits *cs;
    if (ki_commitments(db, flags, &cs, &err)) {
        ki_report(NULL, "%s", err.msg);
        ki_db_close(db);
        return KI_EXIT_USAGE;
    }
    const char *group = NULL;
    for (size_t i = 0; i < cs->n; i++) {
        const ki_commit *k = &cs->items[i];
        if (json) {
            ki_buf b = KI_BUF_INIT;
            ki_commit_json(k, &b);
            puts(ki_buf_str(&b));
            ki_buf_free(&b);
            continue;
        }
        if (!group || strcmp(group, k->actor_key) != 0) {
            if (group)
                fputc('\n', stdout);
            ki_print_safe(stdout, k->actor_key);
            fputs(":\n", stdout);
            group = k->actor_key;
        }
        print_commit(k);
    }
    if (!json && cs->n == 0)
        fprintf(stderr, "kamerindex: no %scommitments in the index\n",
                flags & KI_COMMITS_OVERDUE ? "overdue " : flags & KI_COMMITS_OPEN ? "open " : "");
    ki_commits_free(cs);
    ki_db_close(db);
    return KI_EXIT_OK;
}
