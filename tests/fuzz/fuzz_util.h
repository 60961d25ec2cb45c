/* Helpers shared by the libFuzzer targets (tests/fuzz/fuzz_*.c): a NUL-terminated copy of the
 * input, and a small SQLite database introspected into a struct schema once per process. The
 * database file lives in $TMPDIR (or /tmp) only until it is open; nothing outside the process
 * sees it afterwards. */
#ifndef GENBI_FUZZ_UTIL_H
#define GENBI_FUZZ_UTIL_H

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "schema/schema.h"

/* The input as a C string (bytes after an embedded NUL are invisible to C-string parsers, as
 * they would be in the product). Aborts on no memory: a fuzz run cannot go on without it. */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* Creates a database from ddl (schema and rows), opens it read-only through the product's driver
 * and introspects it. Aborts on any failure: the target is useless without its schema. */
static inline void fuzz_open_schema(const char *ddl, struct db **db, struct schema *s)
{
    const char *dir = getenv("TMPDIR");
    char path[512];
    struct err e = {0};
    sqlite3 *raw = NULL;
    snprintf(path, sizeof path, "%s/genbi_fuzz_%d.sqlite", dir && *dir ? dir : "/tmp",
             (int)getpid());
    unlink(path);
    if (sqlite3_open(path, &raw) != SQLITE_OK ||
        sqlite3_exec(raw, ddl, NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "fuzz: cannot create %s: %s\n", path, raw ? sqlite3_errmsg(raw) : "");
        abort();
    }
    sqlite3_close(raw);
    memset(s, 0, sizeof *s);
    if (db_open(path, db, &e) || db_introspect(*db, s, &e)) {
        fprintf(stderr, "fuzz: cannot open %s: %s\n", path, e.msg);
        abort();
    }
    unlink(path); /* the open connection keeps the file */
}

/* The fixer's schema (tests/unit/test_fix.c uses the same shape). */
static const char fuzz_singer_ddl[] =
    "CREATE TABLE singer(singer_id INTEGER PRIMARY KEY, name TEXT, country TEXT, age INT);"
    "CREATE TABLE song(song_id INTEGER PRIMARY KEY, song_name TEXT, singer_id INT "
    "  REFERENCES singer(singer_id), sales REAL, released TEXT);"
    "CREATE TABLE concert(concert_id INTEGER PRIMARY KEY, name TEXT, year INT);"
    "CREATE TABLE \"Order Details\"(\"OrderID\" INT, \"Unit Price\" REAL, singerId INT "
    "  REFERENCES singer(singer_id));"
    "INSERT INTO singer VALUES (1,'Joe Sharp','Netherlands',52),(2,'Timbaland','United States',"
    "32),(3,'Justin Brown','France',29),(4,'Rose White','France',41);"
    "INSERT INTO song VALUES (1,'You',1,300.5,'2019-03-01'),(2,'Sun',2,120,'2020-06-11'),"
    "(3,'Gentleman',3,50,'2021-01-20'),(4,'Love',4,80,'2020-02-02');"
    "INSERT INTO concert VALUES (1,'Auditions',2014),(2,'Super bootcamp',2015);"
    "INSERT INTO \"Order Details\" VALUES (1, 9.5, 1), (2, 3.25, 2);";

#endif
