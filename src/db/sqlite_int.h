/* Internals of the SQLite driver shared by its files (sqlite.c, sqlite_printf.c) and the
 * statement watchdog (watchdog.c) the drivers use. Only src/db includes it. */
#ifndef GENBI_SQLITE_INT_H
#define GENBI_SQLITE_INT_H

#include <sqlite3.h>

/* Replaces printf() and format() on db with the bounded versions (sqlite_printf.c). */
int sqlite_printf_register(sqlite3 *db);

/* The watchdog: one thread per process that calls fn(arg) once when a deadline passes, from
 * outside the thread running the statement, for work a check between steps cannot stop
 * (sqlite3_interrupt() inside a long sort). db_watchdog_arm() returns a token, or 0 when the
 * watchdog cannot run (no thread: the progress handler still bounds the statement);
 * db_watchdog_disarm() returns only when fn is not running and will not run. */
unsigned long db_watchdog_arm(double deadline_ms, void (*fn)(void *), void *arg);
void db_watchdog_disarm(unsigned long token);

#endif
