/* Placeholder until the evaluation harness lands. */
#include <stdio.h>

#include "eval/eval.h"

int eval_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "genbi: eval is not available in this build\n");
    return 2;
}
