/* Placeholder until the HTTP service lands. */
#include <stdio.h>

#include "server/server.h"

int server_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "genbi: serve is not available in this build\n");
    return 2;
}
