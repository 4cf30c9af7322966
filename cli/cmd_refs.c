/* kamerindex refs: not written yet. */
#include <string.h>

#include "cli.h"

int cmd_refs(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--help") == 0) {
        ki_print_command_help(stdout, ki_command_find("refs"));
        return KI_EXIT_OK;
    }
    ki_report(NULL, "refs: not implemented yet");
    return KI_EXIT_USAGE;
}
