#!/bin/sh
# Runs once when the PostgreSQL volume is created: a login role that can only read the tables
# genbi_admin creates (genbi demo --out loads them as genbi_admin). genbi connects as this role,
# so even a query that got past genbi's own gate could not write (genbi doctor checks it).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v reader_pw="$GENBI_READER_PASSWORD" <<'SQL'
CREATE ROLE genbi_reader LOGIN PASSWORD :'reader_pw';
GRANT CONNECT ON DATABASE sales TO genbi_reader;
GRANT USAGE ON SCHEMA public TO genbi_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE genbi_admin IN SCHEMA public GRANT SELECT ON TABLES TO genbi_reader;
ALTER ROLE genbi_reader SET default_transaction_read_only = on;
SQL
