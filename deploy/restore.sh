#!/bin/sh
# Restores a backup made by deploy/backup.sh: checks SHA256SUMS first (nothing is touched when
# a file is damaged), puts the state directory back (the old one is kept beside it as
# DIR.before-restore until the next restore), and restores the PostgreSQL archive with
# pg_restore --clean (with --pg-dsn, or into the compose file's postgres service). Stop genbi
# first: it reads its state at start-up.
# usage: restore.sh BACKUP_DIR [--state DIR] [--pg-dsn DSN | --compose FILE]
set -eu
src=${1:?usage: restore.sh BACKUP_DIR [--state DIR] [--pg-dsn DSN | --compose FILE]}
shift
state=/var/lib/genbi
pg_dsn=
compose=
while [ $# -gt 0 ]; do
    case $1 in
    --state) state=${2:?}; shift 2 ;;
    --pg-dsn) pg_dsn=${2:?}; shift 2 ;;
    --compose) compose=${2:?}; shift 2 ;;
    *) echo "restore: unknown argument $1" >&2; exit 2 ;;
    esac
done
(cd "$src" && sha256sum --check --quiet SHA256SUMS) || {
    echo "restore: $src is damaged (SHA256SUMS does not match); nothing was restored" >&2
    exit 1
}
new=$state.restoring
rm -rf "$new"
mkdir -p "$new"
tar -C "$new" -xzf "$src/state.tar.gz"
if [ -d "$state/cache" ]; then # snapshots are not in backups; keep the current ones
    mv "$state/cache" "$new/cache"
fi
rm -rf "$state.before-restore"
if [ -d "$state" ]; then
    mv "$state" "$state.before-restore"
fi
mv "$new" "$state"
if [ -f "$src/postgres.dump" ]; then
    if [ -n "$pg_dsn" ]; then
        pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="$pg_dsn" "$src/postgres.dump"
    elif [ -n "$compose" ]; then
        docker compose -f "$compose" exec -T postgres \
            sh -c 'pg_restore --clean --if-exists --no-owner --exit-on-error -U "$POSTGRES_USER" -d "$POSTGRES_DB"' \
            <"$src/postgres.dump"
    else
        echo "restore: the backup has a PostgreSQL archive; pass --pg-dsn or --compose to restore it" >&2
    fi
fi
echo "restore: $src restored into $state"
