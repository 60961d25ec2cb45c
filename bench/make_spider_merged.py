#!/usr/bin/env python3
"""Builds one SQLite database holding every Spider schema (876 tables from 166 databases), for
measuring genbi on a schema of realistic size: each table is named <db_id>__<table>, columns,
types, primary and foreign keys come from tables.json, and the rows of the databases whose
SQLite files are present (the dev databases) are copied in. Python standard library only.

usage: bench/make_spider_merged.py [--spider ../shared/eval/spider] --out merged.sqlite
exit status: 0 written, 77 when the Spider data is missing, 1 on error.
"""

import argparse
import json
import os
import sqlite3
import sys

# tables.json's column kinds -> declared types genbi reads the same way SQLite does.
TYPES = {"text": "TEXT", "number": "NUMERIC", "time": "DATETIME", "boolean": "BOOLEAN"}


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def table_ddl(db, ti, prefix, src_pks):
    """CREATE TABLE for table ti of one tables.json entry, and its kept column names. src_pks:
    the primary key of the table in its database file, when present (tables.json lists only
    the first column of a composite key)."""
    tables = db["table_names_original"]
    cols = [(i, n) for i, (t, n) in enumerate(db["column_names_original"]) if t == ti]
    seen, kept, lines = set(), [], []
    for i, name in cols:
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        kept.append(name)
        decl = TYPES.get(db["column_types"][i], "")
        lines.append(f"{quote(name)} {decl}".rstrip())
    pks = list(src_pks or [])
    for pk in [] if src_pks else db["primary_keys"]:
        for i in pk if isinstance(pk, list) else [pk]:
            if db["column_names_original"][i][0] == ti:
                pks.append(db["column_names_original"][i][1])
    if pks:
        lines.append("PRIMARY KEY (" + ", ".join(quote(p) for p in dict.fromkeys(pks)) + ")")
    for src, dst in db["foreign_keys"]:
        st, sn = db["column_names_original"][src]
        dt, dn = db["column_names_original"][dst]
        if st == ti:
            lines.append(f"FOREIGN KEY ({quote(sn)}) REFERENCES "
                         f"{quote(prefix + tables[dt])} ({quote(dn)})")
    return f"CREATE TABLE {quote(prefix + tables[ti])} (\n  " + ",\n  ".join(lines) + "\n)", kept


def source_tables(con):
    """Tables of the attached database file: lowercase name -> (name, primary key columns)."""
    out = {}
    names = con.execute("SELECT name FROM src.sqlite_master WHERE type = 'table'").fetchall()
    for (name,) in names:
        info = con.execute("SELECT name, pk FROM pragma_table_info(?, 'src')", (name,))
        out[name.lower()] = (name, [n for n, pk in sorted(info, key=lambda r: r[1]) if pk])
    return out


def copy_rows(con, db, prefix, kept_by_table, have):
    """Copies the rows of the attached database file; returns the rows copied."""
    rows = 0
    for ti, table in enumerate(db["table_names_original"]):
        if table.lower() not in have:
            continue
        real = have[table.lower()][0]
        src_cols = {r[1].lower() for r in
                    con.execute("SELECT * FROM pragma_table_info(?, 'src')", (real,))}
        cols = [c for c in kept_by_table[ti] if c.lower() in src_cols]
        if not cols:
            continue
        names = ", ".join(quote(c) for c in cols)
        cur = con.execute(f"INSERT INTO main.{quote(prefix + table)} ({names}) "
                          f"SELECT {names} FROM src.{quote(real)}")
        rows += max(cur.rowcount, 0)
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spider", default=os.path.join(here, "..", "..", "shared", "eval", "spider"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-data", action="store_true", help="schemas only")
    a = ap.parse_args()
    tables_json = os.path.join(a.spider, "tables.json")
    if not os.path.exists(tables_json):
        print(f"skip: {tables_json} not found", file=sys.stderr)
        return 77
    with open(tables_json, encoding="utf-8") as f:
        dbs = json.load(f)
    tmp = a.out + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = sqlite3.connect(tmp)
    n_tables = n_rows = n_filled = 0
    for db in sorted(dbs, key=lambda d: d["db_id"]):
        prefix = db["db_id"] + "__"
        path = os.path.join(a.spider, "database", db["db_id"], db["db_id"] + ".sqlite")
        have = {}
        if os.path.exists(path):
            con.execute("ATTACH DATABASE ? AS src", (path,))
            have = source_tables(con)
        kept_by_table = []
        for ti, table in enumerate(db["table_names_original"]):
            src = have.get(table.lower())
            ddl, kept = table_ddl(db, ti, prefix, src[1] if src else None)
            con.execute(ddl)
            kept_by_table.append(kept)
            n_tables += 1
        if have and not a.no_data:
            n_rows += copy_rows(con, db, prefix, kept_by_table, have)
            n_filled += 1
        con.commit()
        if have:
            con.execute("DETACH DATABASE src")
    con.commit()
    con.close()
    os.replace(tmp, a.out)
    print(f"{a.out}: {n_tables} tables from {len(dbs)} databases, "
          f"{n_rows} rows copied from {n_filled} database files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
