/* kamerindex ingest: not written yet. */
#include <string.h>

#include "cli.h"

int cmd_ingest(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--help") == 0) {
        ki_print_command_help(stdout, ki_command_find("ingest"));
        return KI_EXIT_OK;
    }
    ki_report(NULL, "ingest: not implemented yet");
    return KI_EXIT_USAGE;
}
