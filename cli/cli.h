/*
 * cli.h - what the subcommands share.  One file per subcommand
 * (cmd_text.c, cmd_refs.c, ...); each exports one cmd_NAME() with the
 * signature of ki_cmd_fn.  Only files under cli/ and kamerindex.c print to
 * stdout/stderr or decide exit codes.
 *
 * Exit codes (interface.md): KI_EXIT_OK 0; KI_EXIT_SOME_FAILED 1 (some
 * inputs failed, each named on stderr, the rest done); KI_EXIT_USAGE 2 (a
 * usage error, or nothing could be done).
 */
#ifndef KI_CLI_H
#define KI_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "../util/status.h"

enum { KI_EXIT_OK = 0, KI_EXIT_SOME_FAILED = 1, KI_EXIT_USAGE = 2 };

/* argv[0] is the subcommand's name; options follow (getopt_long). */
typedef int ki_cmd_fn(int argc, char **argv);

typedef struct ki_command {
    const char *name;
    ki_cmd_fn  *fn;
    const char *usage;   /* "[--json] [--date D] FILE..." */
    const char *summary; /* one line */
    const char *help;    /* the paragraphs of `kamerindex help NAME`, or NULL */
} ki_command;

ki_cmd_fn cmd_text, cmd_refs, cmd_ingest, cmd_search, cmd_motion,
    cmd_commitments, cmd_table, cmd_stats;

/* The command table (kamerindex.c). */
const ki_command *ki_command_find(const char *name);
/* Prints "usage: kamerindex NAME USAGE" and a hint to stderr; returns 2. */
int ki_usage_error(const char *name, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Prints the help of one command to f. */
void ki_print_command_help(FILE *f, const ki_command *c);

/* The index path: opt when given, else $KAMERINDEX_DB, else "kamerindex.db". */
const char *ki_db_path(const char *opt);

/* "kamerindex: FILE: reason" on stderr.  file may be NULL. */
void ki_report(const char *file, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Writes s to f with control characters (ESC, C1, ...) replaced, so that
 * text from documents never reaches a terminal raw. */
void ki_print_safe(FILE *f, const char *s);

/* True when stderr is a terminal and progress may be drawn. */
bool ki_progress_wanted(void);

#endif
