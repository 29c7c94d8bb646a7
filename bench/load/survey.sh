#!/usr/bin/env bash
# Load test of the hosted survey pages with wrk on 127.0.0.1 against a Release build.
#   bench/load/survey.sh [sqlite|postgres] [seconds]
# For postgres, set EKKO_BENCH_POSTGRES to a connection string of an empty database you may write to.
# Measures the survey page (GET /s/{slug}) and answer submissions (POST /s/{slug}, each one a complete response
# to a one-question NPS survey), then checks that every acknowledged answer is stored as a response.
# The respondent rate limit is raised for the run: all load comes from one address.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}; seconds=${2:-20}; port=${EKKO_BENCH_PORT:-5198}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk </dev/null >/dev/null; }
work=$(mktemp -d); trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet publish src/Ekko.Server -c Release -o "$work/app" -v quiet -nologo >/dev/null
if [ "$provider" = postgres ]; then
  db=(--Database:Provider=Postgres "--ConnectionStrings:Ekko=${EKKO_BENCH_POSTGRES:?set EKKO_BENCH_POSTGRES}")
else
  db=(--Database:Provider=Sqlite "--ConnectionStrings:Ekko=Data Source=$work/bench.db")
fi
ekko() { (cd "$work" && exec dotnet app/ekko.dll "$@" "${db[@]}" --Ekko:Admin:Password=bench-password-1 --Logging:LogLevel:Default=Warning); }
ekko migrate >/dev/null 2>&1
key=$(ekko api-key create --name bench --scope admin 2>/dev/null)
! curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 || { echo "port $port is in use; set EKKO_BENCH_PORT" >&2; exit 1; }
(cd "$work" && exec dotnet app/ekko.dll serve --urls "http://127.0.0.1:$port" "${db[@]}" --Surveys:RequestsPerMinute=100000000 \
  --Logging:LogLevel:Default=Warning) >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
api() { curl -fs -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$port$1"; }
api /api/v1/surveys '{"key":"bench","name":"Bench","default_language":"sv","languages":["sv","en"],"questions":[{"id":"nps","type":"nps","text":{"sv":"Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?","en":"How likely is it that you would recommend us to a friend or colleague?"}}]}'
api /api/v1/surveys/bench/status '{"status":"active"}'
slug=$(curl -fs -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/surveys/bench" | sed -n 's/.*"open_link":"\/s\/\([^"]*\)".*/\1/p')

echo "== survey page GET /s/$slug, 16 connections, ${seconds}s ($provider)"
wrk -t2 -c16 -d"${seconds}s" --latency -s bench/load/survey-page.lua "http://127.0.0.1:$port/s/$slug" | tail -1
echo "== answer POST /s/$slug (each a complete response), 32 connections, ${seconds}s ($provider)"
answers=$(wrk -t2 -c32 -d"${seconds}s" --latency -s bench/load/survey-answer.lua "http://127.0.0.1:$port/s/$slug" | tail -1)
echo "$answers"
acknowledged=$(sed -n 's/^requests=\([0-9]*\).*/\1/p' <<<"$answers")
errors=$(sed -n 's/.*errors_status=\([0-9]*\).*/\1/p' <<<"$answers")
kill $server; wait $server 2>/dev/null || true
stored=$(ekko export responses 2>/dev/null | wc -l)
echo "== acknowledged=$acknowledged (non-2xx: $errors) stored=$stored"
[ "$stored" -ge "$acknowledged" ] && echo "count check: OK (every acknowledged answer is stored)" || { echo "count check: FAILED"; exit 1; }
