# Sourced by .ci/run (bash, set -euo pipefail). Starts a PostgreSQL server set up as docker-compose.yml
# sets up its database: a login role "ratsanfragen" with a password, owner of the database "ratsanfragen"
# (and so of its schema public), reached over TCP with scram-sha-256. Debian's postgresql package gives the server; the cluster is a fresh one in a temporary
# directory on port $PORT, stopped when the calling script ends.
#
# Exports RATSANFRAGEN_TEST_POSTGRES_URL, _USER and _PASSWORD for ProductionPostgresIT.

PORT="${RATSANFRAGEN_CI_POSTGRES_PORT:-55432}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# PostgreSQL refuses to run as root: as root the server runs as the package's user "postgres"
as_server_user() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

PG_HOME="$(mktemp -d /tmp/ratsanfragen-ci-postgres.XXXXXX)"
if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_HOME"; fi
as_server_user "$PG_BIN/initdb" -D "$PG_HOME/data" -U postgres -E UTF8 --auth-local=peer --auth-host=scram-sha-256 >/dev/null
as_server_user "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -l "$PG_HOME/server.log" -w \
  -o "-p $PORT -k $PG_HOME -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_server_user "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -m fast -w stop >/dev/null || true; rm -rf "$PG_HOME"' EXIT

RATSANFRAGEN_TEST_POSTGRES_PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
as_server_user "$PG_BIN/psql" -q -h "$PG_HOME" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "create role ratsanfragen login password '$RATSANFRAGEN_TEST_POSTGRES_PASSWORD'" \
  -c "create database ratsanfragen owner ratsanfragen encoding 'UTF8'"

export RATSANFRAGEN_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PORT/ratsanfragen"
export RATSANFRAGEN_TEST_POSTGRES_USER=ratsanfragen
export RATSANFRAGEN_TEST_POSTGRES_PASSWORD
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') for ProductionPostgresIT on port $PORT (role and database ratsanfragen)"
