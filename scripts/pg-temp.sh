#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 (own data folder, own port, password role) and prints its URL.
# `scripts/pg-temp.sh stop` stops it. Used by .ci/run and by developers: TEST_DATABASE_URL=$(scripts/pg-temp.sh).
# Debian's packaged cluster is left alone: policy-rc.d blocks its start, and its socket auth is peer.
set -euo pipefail
PGPORT=${PGPORT:-54329}
DIR=${PGTEMP_DIR:-/tmp/chiso-pg-$PGPORT}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found: apt-get install -y postgresql" >&2
  exit 1
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-}" = stop ]; then
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  # A test cluster: durability settings off for speed (PG_DURABLE=1 keeps the defaults, e.g. for benchmarks).
  opts="-c listen_addresses=127.0.0.1 -p $PGPORT -k $DIR -c max_connections=200"
  [ "${PG_DURABLE:-0}" = 1 ] || opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -o "$opts" -w start >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 1; }
  as_pg "$BIN/psql" -q -h "$DIR" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "create role chiso login password 'chiso' createdb" -c "create database chiso owner chiso" >/dev/null
fi
echo "postgres://chiso:chiso@127.0.0.1:$PGPORT/chiso"
