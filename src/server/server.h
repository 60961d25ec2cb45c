/* server: `genbi serve`, the HTTP service. */
#ifndef GENBI_SERVER_H
#define GENBI_SERVER_H

/* The `genbi serve` command; argv[0] is "serve". Returns the process exit status. */
int server_main(int argc, char **argv);

#endif
