#!/usr/bin/env bash
# Throughput of `ekko import responses` from a JSONL file into SQLite or PostgreSQL (Release build).
#   bench/load/import.sh [sqlite|postgres] [lines]
# For postgres, set EKKO_BENCH_POSTGRES to a connection string of an empty database you may write to.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}; lines=${2:-200000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet publish src/Ekko.Server -c Release -o "$work/app" -v quiet -nologo >/dev/null
if [ "$provider" = postgres ]; then
  db=(--Database:Provider=Postgres "--ConnectionStrings:Ekko=${EKKO_BENCH_POSTGRES:?set EKKO_BENCH_POSTGRES}")
else
  db=(--Database:Provider=Sqlite "--ConnectionStrings:Ekko=Data Source=$work/bench.db")
fi
python3 - "$lines" > "$work/responses.jsonl" <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print('{"id":"i-%d","survey":"post-delivery","customer_id":"c-%d","channel":"email","submitted_at":"2026-03-02T08:01:00Z",'
          '"language":"sv","metric":"nps","score":%d,"comment":"Paketet kom en vecka för sent.","attributes":{"campaign":"spring-sale","region":"Stockholm"}}'
          % (i, i % 5000, i % 11))
PY
(cd "$work" && dotnet app/ekko.dll migrate "${db[@]}" --Ekko:Admin:Password=bench-password-1 >/dev/null 2>&1)
echo "== ekko import responses: $lines lines into $provider"
(cd "$work" && dotnet app/ekko.dll import responses responses.jsonl "${db[@]}" 2>/dev/null) | tee "$work/summary.json"
python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print('records_per_s=%.0f' % (s['created']/s['seconds']))" "$work/summary.json"
