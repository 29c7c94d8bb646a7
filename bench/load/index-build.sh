#!/usr/bin/env bash
# How long a server start takes to build the metrics index from the database, and its memory.
#   bench/load/index-build.sh [sqlite|postgres] [responses]
# Imports the responses (spread over two years, six attributes) with `ekko import`, starts the server and
# reads the warm-up's log line. For postgres, set EKKO_BENCH_POSTGRES to an empty database you may write to.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}; lines=${2:-1000000}
work=$(mktemp -d); trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
server=
dotnet publish src/Ekko.Server -c Release -o "$work/app" -v quiet -nologo >/dev/null
if [ "$provider" = postgres ]; then
  db=(--Database:Provider=Postgres "--ConnectionStrings:Ekko=${EKKO_BENCH_POSTGRES:?set EKKO_BENCH_POSTGRES}")
else
  db=(--Database:Provider=Sqlite "--ConnectionStrings:Ekko=Data Source=$work/bench.db")
fi
python3 - "$lines" > "$work/responses.jsonl" <<'PY'
import sys, random
random.seed(1)
n = int(sys.argv[1])
for i in range(n):
    day = 730 * i // n
    y, d = (2024, day) if day < 366 else (2025, day - 366)
    month = min(12, d // 31 + 1); dom = d % 28 + 1
    metric = ("nps", "csat", "ces")[i % 3]
    score = random.randint(0, 10) if metric == "nps" else random.randint(1, 5) if metric == "csat" else random.randint(1, 7)
    print('{"id":"i-%d","survey":"s-%d","customer_id":"c-%d","touchpoint":null,"channel":"email","submitted_at":"%d-%02d-%02dT08:01:00Z",'
          '"language":"sv","metric":"%s","score":%d,"attributes":{"campaign":"c%d","region":"r%d","segment":"s%d","store":"st%d"}}'
          % (i, i % 6, i % 50000, y, month, dom, metric, score, i % 7, i % 25, i % 3, i % 11))
PY
(cd "$work" && dotnet app/ekko.dll migrate "${db[@]}" --Ekko:Admin:Password=bench-password-1 >/dev/null 2>&1)
echo "== importing $lines responses into $provider"
(cd "$work" && dotnet app/ekko.dll import responses responses.jsonl "${db[@]}" 2>/dev/null >/dev/null)
echo "== starting the server"
start=$(date +%s.%N)
(cd "$work" && exec dotnet app/ekko.dll --urls http://127.0.0.1:5391 "${db[@]}" > server.log 2>&1) &
server=$!
until grep -q "Metrics index of workspace" "$work/server.log" 2>/dev/null; do sleep 0.2; done
end=$(date +%s.%N)
grep "Metrics index of workspace" "$work/server.log" | sed 's/^ *//'
echo "index built $(python3 -c "print(round($end - $start, 1))") s after the process started (including start-up)"
ps -o rss= -p "$(pgrep -f 'app/ekko.dll --urls http://127.0.0.1:5391' | head -1)" | awk '{printf "server memory (RSS) after the build: %.0f MB\n", $1/1024}'
