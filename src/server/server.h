/* server: `genbi serve`, the HTTP service. It is built as the module genbi-server.so (with the
 * stores of cache/ and the libraries only the service needs: libmicrohttpd, hiredis, libsodium),
 * loaded by `genbi serve` alone (util/module.h). */
#ifndef GENBI_SERVER_H
#define GENBI_SERVER_H

/* The `genbi serve` command; argv[0] is "serve". Returns the process exit status. */
int server_main(int argc, char **argv);

/* What genbi-server.so exports, as `server_module`. */
struct server_module {
    int (*main)(int argc, char **argv);
};

#endif
