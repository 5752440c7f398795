#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 (a fresh folder, a free port, a password role) and prints its URL.
#   TEST_DATABASE_URL=$(scripts/pg-temp.sh)          start; the port is picked at random and tried until one is free
#   scripts/pg-temp.sh stop "$TEST_DATABASE_URL"      stop it and delete its folder
# PGPORT and PGTEMP_DIR pin the port and the folder. Used by .ci/run, the api bench and developers.
# Debian's packaged cluster is left alone: policy-rc.d blocks its start, and its socket auth is peer.
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found: apt-get install -y postgresql" >&2
  exit 1
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-}" = stop ]; then
  port=${PGPORT:-}
  [ -n "${2:-}" ] && port=$(printf '%s' "$2" | sed -E 's#.*:([0-9]+)/[^/]*$#\1#')
  DIR=${PGTEMP_DIR:-/tmp/chiso-pg-$port}
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  [ -L "$DIR" ] && rm -rf "$(readlink -f "$DIR")"
  rm -rf "$DIR"
  exit 0
fi

if [ -n "${PGTEMP_DIR:-}" ]; then
  DIR=$PGTEMP_DIR
  rm -rf "$DIR"
  mkdir -p "$DIR"
else
  DIR=$(mktemp -d /tmp/chiso-pg-XXXXXX)
fi
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }

# A test cluster: durability settings off for speed (PG_DURABLE=1 keeps the defaults, e.g. for benchmarks).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${PG_DURABLE:-0}" = 1 ] && durability=""
started=""
for attempt in $(seq 1 20); do
  port=${PGPORT:-$((20000 + RANDOM % 40000))}
  if as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c max_connections=200 $durability" -w start >/dev/null 2>&1; then
    started=$port
    break
  fi
  [ -n "${PGPORT:-}" ] && break
done
[ -n "$started" ] || { cat "$DIR/server.log" >&2; exit 1; }
# `stop URL` finds the folder by the port.
[ -z "${PGTEMP_DIR:-}" ] && ln -sfn "$DIR" "/tmp/chiso-pg-$started"
as_pg "$BIN/psql" -q -h "$DIR" -p "$started" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "create role chiso login password 'chiso' createdb" -c "create database chiso owner chiso" >/dev/null
echo "postgres://chiso:chiso@127.0.0.1:$started/chiso"
