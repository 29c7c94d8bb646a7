#!/usr/bin/env bash
# Load test of response ingestion through the HTTP API, with wrk on 127.0.0.1 against a Release build.
#   bench/load/ingest.sh [sqlite|postgres] [seconds]
# For postgres, set EKKO_BENCH_POSTGRES to a connection string of an empty database you may write to.
# Prints throughput and latency for batch POSTs (bench/Ekko.Benchmarks' load generator) and single POSTs (wrk), then checks that every acknowledged response is stored.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}; seconds=${2:-20}; port=${EKKO_BENCH_PORT:-5199}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk </dev/null >/dev/null; }
work=$(mktemp -d); trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet publish src/Ekko.Server -c Release -o "$work/app" -v quiet -nologo >/dev/null
dotnet build bench/Ekko.Benchmarks -c Release -o "$work/bench" -v quiet -nologo >/dev/null
if [ "$provider" = postgres ]; then
  db=(--Database:Provider=Postgres "--ConnectionStrings:Ekko=${EKKO_BENCH_POSTGRES:?set EKKO_BENCH_POSTGRES}")
else
  db=(--Database:Provider=Sqlite "--ConnectionStrings:Ekko=Data Source=$work/bench.db")
fi
ekko() { (cd "$work" && exec dotnet app/ekko.dll "$@" "${db[@]}" --Ekko:Admin:Password=bench-password-1 --Logging:LogLevel:Default=Warning); }
ekko migrate >/dev/null 2>&1
key=$(ekko api-key create --name bench --scope admin 2>/dev/null)
! curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 || { echo "port $port is in use; set EKKO_BENCH_PORT" >&2; exit 1; }
(cd "$work" && exec dotnet app/ekko.dll serve --urls "http://127.0.0.1:$port" "${db[@]}" --Logging:LogLevel:Default=Warning) >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
curl -fs -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"key":"home-delivery","name":"Home delivery","stage":"after_purchase","category":"interaction"}' "http://127.0.0.1:$port/api/v1/touchpoints"

echo "== batch of 1,000 responses per request, 2 connections, ${seconds}s ($provider); bodies built before the clock starts"
batch=$(dotnet "$work/bench/Ekko.Benchmarks.dll" load batch "http://127.0.0.1:$port" "$key" "$seconds" 2)
echo "$batch"
echo "== single response per request, 32 connections, ${seconds}s ($provider)"
single=$(wrk -t2 -c32 -d"${seconds}s" --latency -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -s bench/load/single-response.lua "http://127.0.0.1:$port" | tail -1)
echo "$single"

acknowledged=$(( $(sed -n 's/.*acknowledged=\([0-9]*\).*/\1/p' <<<"$batch") + $(sed -n 's/^requests=\([0-9]*\).*/\1/p' <<<"$single") ))
errors=$(( $(sed -n 's/.*failed=\([0-9]*\).*/\1/p' <<<"$batch") + $(sed -n 's/.*errors_status=\([0-9]*\).*/\1/p' <<<"$single") ))
kill $server; wait $server 2>/dev/null || true
stored=$(ekko export responses 2>/dev/null | wc -l)
echo "== acknowledged=$acknowledged (non-2xx: $errors) stored=$stored"
# wrk counts requests it completed; a request cut off by the end of the run may be stored without being counted.
[ "$stored" -ge "$acknowledged" ] && echo "count check: OK (every acknowledged response is stored)" || { echo "count check: FAILED"; exit 1; }
