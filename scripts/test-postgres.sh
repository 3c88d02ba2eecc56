#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the team-mode tests, print its URL.
#
#   eval "$(scripts/test-postgres.sh start)"   # exports TRACKER_TEST_POSTGRES_URL
#   scripts/test-postgres.sh stop
#
# Installs the distribution's server when it is missing (Debian/Ubuntu, as root).
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/tracker-test-pg}"

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    echo "$found"
}

as_pg() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
    BIN=$(find_bin)
    if [ -z "$BIN" ]; then
        echo "installing PostgreSQL from the distribution's packages" >&2
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        BIN=$(find_bin)
    fi
    if [ -f "$PGDATA_DIR/postmaster.pid" ]; then
        as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" stop -m fast >&2 || true
    fi
    rm -rf "$PGDATA_DIR"
    mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = "0" ] && chown postgres: "$PGDATA_DIR"
    as_pg "$BIN/initdb" -D "$PGDATA_DIR" -U tracker --auth=trust -E UTF8 >/dev/null
    as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
        -o "-h 127.0.0.1 -p $PGPORT -k $PGDATA_DIR -F" start >&2
    echo "export TRACKER_TEST_POSTGRES_URL=postgresql+psycopg://tracker@127.0.0.1:$PGPORT/postgres"
    ;;
stop)
    BIN=$(find_bin)
    [ -n "$BIN" ] && as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" stop -m fast >&2 || true
    ;;
esac
