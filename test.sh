#!/usr/bin/env bash
# Runs every test of Ekko on a fresh machine: installs what the tests need when it is missing (PostgreSQL,
# Chromium), starts a throwaway PostgreSQL cluster, runs the suite on SQLite and again on PostgreSQL, and
# ends with one plain "N passed, N failed" line. Exit status is non-zero when any test failed.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

apt_updated=""
need_package() { # need_package COMMAND-OR-PATH PACKAGE...
  if ! command -v "$1" >/dev/null 2>&1 && ! ls $1 >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then echo "test.sh: $2 is missing; install it (apt-get install $2) or run as root" >&2; exit 1; fi
    [ -n "$apt_updated" ] || { apt-get update -qq </dev/null; apt_updated=1; }
    shift; apt-get install -y -qq "$@" </dev/null >/dev/null
  fi
}
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (https://dot.net)" >&2; exit 1; }
need_package '/usr/lib/postgresql/*/bin/initdb' postgresql
need_package chromium chromium

# A private PostgreSQL cluster for this run only.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${EKKO_TEST_PGPORT:-55432}
PGROOT=$(mktemp -d)
chmod 755 "$PGROOT"
run_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$PGROOT"; runuser -u postgres -- "$@"; else "$@"; fi; }
echo secret > "$PGROOT/pw"
run_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  --pwfile="$PGROOT/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c max_connections=200" start >/dev/null
trap 'run_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PGROOT"' EXIT
run_pg psql -h "$PGROOT" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE ekko LOGIN CREATEDB PASSWORD 'secret';" -c "CREATE DATABASE ekko OWNER ekko;" \
  -c "GRANT pg_signal_backend TO ekko;"
export EKKO_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Database=ekko;Username=ekko;Password=secret;Include Error Detail=true"
export CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium)}

rm -rf TestResults
dotnet build Ekko.slnx -c Release -v quiet -nologo

status=0
run_suite() { # run_suite PROVIDER PROJECT...
  local provider=$1; shift
  for project in "$@"; do
    echo "== $(basename "$project") on $provider"
    EKKO_TEST_DB=$provider dotnet test "$project" -c Release --no-build -v quiet -nologo \
      --logger "trx;LogFileName=$(basename "$project")-$provider.trx" --results-directory TestResults || status=1
  done
}
run_suite sqlite tests/*Tests
# Everything that touches a database runs again on PostgreSQL.
run_suite postgres tests/Ekko.Core.Tests tests/Ekko.Server.Tests

passed=0; failed=0
for trx in TestResults/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$failed" = 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
