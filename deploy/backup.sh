#!/bin/sh
# Backs up what genbi owns and the compose PostgreSQL database:
#   - genbi's state directory (default /var/lib/genbi): semantic files, learned templates, the
#     fixes log; schema snapshots (cache/) are left out: genbi rebuilds them from the database;
#   - the PostgreSQL database, as a pg_dump custom archive: with --pg-dsn straight from the
#     server, or with --compose FILE from the compose file's postgres service.
# Writes OUT/genbi-backup-<UTC time>/ with state.tar.gz, postgres.dump and SHA256SUMS, and
# prints that directory. deploy/restore.sh puts it back. Run it from cron, e.g. nightly:
#   17 3 * * * /opt/genbi/deploy/backup.sh --compose /opt/genbi/deploy/compose.yaml --out /srv/backups
# usage: backup.sh --out DIR [--state DIR] [--pg-dsn DSN | --compose FILE] [--keep N]
set -eu
state=/var/lib/genbi
out=
pg_dsn=
compose=
keep=14
while [ $# -gt 0 ]; do
    case $1 in
    --out) out=${2:?}; shift 2 ;;
    --state) state=${2:?}; shift 2 ;;
    --pg-dsn) pg_dsn=${2:?}; shift 2 ;;
    --compose) compose=${2:?}; shift 2 ;;
    --keep) keep=${2:?}; shift 2 ;;
    *) echo "backup: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$out" ] || { echo "backup: --out DIR is required" >&2; exit 2; }
[ -d "$state" ] || { echo "backup: no state directory $state" >&2; exit 2; }

dest=$out/genbi-backup-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$dest.partial"
trap 'rm -rf "$dest.partial"' EXIT
tar -C "$state" --exclude=./cache -czf "$dest.partial/state.tar.gz" .
if [ -n "$pg_dsn" ]; then
    pg_dump --format=custom --no-owner --dbname="$pg_dsn" --file="$dest.partial/postgres.dump"
elif [ -n "$compose" ]; then
    docker compose -f "$compose" exec -T postgres \
        sh -c 'pg_dump --format=custom --no-owner -U "$POSTGRES_USER" "$POSTGRES_DB"' \
        >"$dest.partial/postgres.dump"
fi
(cd "$dest.partial" && sha256sum -- * >SHA256SUMS)
mv "$dest.partial" "$dest"
trap - EXIT
# Keeps the newest N backups.
ls -1d "$out"/genbi-backup-* 2>/dev/null | sort -r | tail -n +"$((keep + 1))" | while read -r old; do
    rm -rf "$old"
done
echo "$dest"
