/* eval: `genbi eval`, execution accuracy, per-tier precision, latency and cost on Spider/BIRD
 * style datasets. */
#ifndef GENBI_EVAL_H
#define GENBI_EVAL_H

/* The `genbi eval` command; argv[0] is "eval". Returns the process exit status. */
int eval_main(int argc, char **argv);

#endif
