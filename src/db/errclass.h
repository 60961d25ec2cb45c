/* errclass: database error codes -> genbi error classes, as data, for the drivers of servers
 * that report codes rather than only messages: PostgreSQL's SQLSTATE and MySQL/MariaDB's error
 * numbers. The SQLite driver classifies by message (sqlite.c) because SQLite's codes are too
 * coarse (SQLITE_ERROR for nearly everything).
 *
 * Pure functions over static tables; thread-safe. */
#ifndef GENBI_ERRCLASS_H
#define GENBI_ERRCLASS_H

#include "db/db.h"

/* The class of a five-character SQLSTATE; msg (may be NULL) refines codes PostgreSQL shares
 * between classes (42803 is both a GROUP BY and an aggregate error). Unknown: DBE_OTHER. */
enum db_errclass db_errclass_from_sqlstate(const char *sqlstate, const char *msg);
/* The class of a MySQL / MariaDB error number. Unknown: DBE_OTHER. */
enum db_errclass db_errclass_from_mysql(unsigned code);
/* Fills de from a server error: class from the code (exactly one of sqlstate or mysql_code is
 * used: sqlstate when non-NULL), message as given, and the offending name (first quoted word,
 * or the function name before '(') for the classes that have one. pos is left at -1. */
void db_error_from_sqlstate(struct db_error *de, const char *sqlstate, const char *msg);
void db_error_from_mysql(struct db_error *de, unsigned code, const char *msg);

#endif
