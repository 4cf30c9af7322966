/*
 * kamerindex - which Kamerbrieven handled which motions and commitments.
 *
 * main() handles the global options and dispatches through commands[]; each
 * subcommand lives in its own file under cli/.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

#ifndef KI_VERSION
#define KI_VERSION "0.1.0"
#endif

static const ki_command commands[] = {
    {"text", cmd_text, "[--pages] FILE",
     "print the cleaned body text of a PDF or text file",
     "Prints exactly the text detection sees: margin column, headers and\n"
     "footers removed, hyphenation undone.  --pages marks each page start\n"
     "with a line \"\\f[page N]\"."},
    {"refs", cmd_refs, "[--json] [--date YYYY-MM-DD] FILE...",
     "list the references found in each file (no index needed)",
     "Kamerstukken, Handelingen, Aanhangsel, Kamer document and zaak numbers,\n"
     "motions and commitments with their relation to the document.\n"
     "--date gives the document's own date when the file does not state it;\n"
     "it resolves \"jl.\" and dates without a year.  --json prints one JSON\n"
     "object per file (JSON Lines)."},
    {"ingest", cmd_ingest, "[--db DIR] [-j N] [--force] [--json] PATH...",
     "add or update PDFs and .txt files in the index (folders recursively)", NULL},
    {"search", cmd_search, "[--db DIR] [--json] [--limit N] [--offset N] [--sort date|relevance] QUERY",
     "full-text and field search", NULL},
    {"motion", cmd_motion, "[--db DIR] [--json] REF | --sponsor NAME | --party P",
     "the letters that handled one motion", NULL},
    {"commitments", cmd_commitments, "[--db DIR] [--open] [--overdue] [--json]",
     "commitments and the documents that handled them", NULL},
    {"table", cmd_table, "[--db DIR] [--format md|csv|html|json] DOC | --dossier N",
     "the \"moties en toezeggingen\" table of one letter", NULL},
    {"stats", cmd_stats, "[--db DIR] [--json]", "what the index holds", NULL},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

const ki_command *ki_command_find(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

void ki_print_command_help(FILE *f, const ki_command *c)
{
    fprintf(f, "usage: kamerindex %s %s\n\n%s.\n", c->name, c->usage, c->summary);
    if (c->help)
        fprintf(f, "\n%s\n", c->help);
}

int ki_usage_error(const char *name, const char *fmt, ...)
{
    va_list ap;
    fputs("kamerindex: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    const ki_command *c = name ? ki_command_find(name) : NULL;
    if (c)
        fprintf(stderr, "usage: kamerindex %s %s\n", c->name, c->usage);
    fprintf(stderr, "Try 'kamerindex help%s%s'.\n", c ? " " : "", c ? c->name : "");
    return KI_EXIT_USAGE;
}

const char *ki_db_path(const char *opt)
{
    if (opt && *opt)
        return opt;
    const char *env = getenv("KAMERINDEX_DB");
    return env && *env ? env : "kamerindex.db";
}

/* Writes s with control characters (C0 but '\t', DEL, C1) as '?'; a
 * newline is kept, or written as "\n" when one_line is set. */
static void print_safe(FILE *f, const char *s, bool one_line)
{
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) {
        if (*p == '\n' && one_line)
            fputs("\\n", f);
        else if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F)
            fputc('?', f);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0) { /* C1 controls */
            fputc('?', f);
            p++;
        } else
            fputc(*p, f);
    }
}

void ki_print_safe(FILE *f, const char *s)
{
    print_safe(f, s, false);
}

void ki_report(const char *file, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fputs("kamerindex: ", stderr);
    if (file) {
        print_safe(stderr, file, true); /* a name may hold a newline */
        fputs(": ", stderr);
    }
    ki_print_safe(stderr, msg);
    fputc('\n', stderr);
}

bool ki_progress_wanted(void)
{
    return isatty(STDERR_FILENO) && !getenv("KAMERINDEX_NO_PROGRESS");
}

static void print_overview(FILE *f)
{
    fputs("usage: kamerindex [--version] [--help] COMMAND [ARGS]\n\n"
          "Finds which Kamerbrieven handled which motions (moties) and\n"
          "commitments (toezeggingen), and indexes them for search.\n\n"
          "Commands:\n", f);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fputs("\nThe index is --db DIR, else $KAMERINDEX_DB, else ./kamerindex.db.\n"
          "Exit status: 0 success; 1 some inputs failed (each named on stderr);\n"
          "2 usage error or nothing could be done.\n"
          "'kamerindex help COMMAND' tells more about one command.\n", f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_overview(stderr);
        return KI_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("kamerindex %s\n", KI_VERSION);
        return KI_EXIT_OK;
    }
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        print_overview(stdout);
        return KI_EXIT_OK;
    }
    if (strcmp(name, "help") == 0) {
        if (argc < 3) {
            print_overview(stdout);
            return KI_EXIT_OK;
        }
        const ki_command *c = ki_command_find(argv[2]);
        if (!c)
            return ki_usage_error(NULL, "'%s' is not a command", argv[2]);
        /* Commands with a longer help (search lists its fields) print it
         * themselves when asked with --help. */
        char *hargv[] = {(char *)c->name, (char *)"--help", NULL};
        return c->fn(2, hargv);
    }
    const ki_command *c = ki_command_find(name);
    if (!c)
        return ki_usage_error(NULL, "'%s' is not a command", name);
    return c->fn(argc - 1, argv + 1);
}
