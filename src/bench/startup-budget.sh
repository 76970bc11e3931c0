#!/usr/bin/env bash
# Start-up budget: time from JVM start to "ready" and resident memory, on the embedded default
# with a warm data directory. Budget (issue 2): <= 15 s and <= 700 MB RSS on 2 cores.
#
#   bash src/bench/startup-budget.sh [runs]      (builds the jar first if it is missing)
#
# Prints one line per run and a summary; exits non-zero if a run misses the budget.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
port="${BENCH_PORT:-18080}"
data_dir="$(mktemp -d /tmp/ratsanfragen-startup.XXXXXX)"
jar="$(ls target/ratsanfragen-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
if [[ -z "$jar" ]]; then
  ./mvnw -B -q -DskipTests package
  jar="$(ls target/ratsanfragen-*.jar | grep -v original | head -n 1)"
fi
java_opts=(${JAVA_OPTS:-})

start_once() {
  local log="$1"
  local t0 t1 pid
  t0=$(date +%s%N)
  java "${java_opts[@]}" -jar "$jar" --server.port="$port" \
    --ratsanfragen.embedded-database.data-directory="$data_dir" >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "service died, see $log" >&2; exit 1; fi
    if (( ($(date +%s%N) - t0) / 1000000000 > 120 )); then echo "no readiness after 120 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s%N)
  sleep 2 # let the post-start work (job executor, first requests) settle before reading memory
  local rss_kb pg_kb=0 postmaster
  rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
  # the embedded PostgreSQL runs in its own processes: proportional set size of the server and its backends
  postmaster=$(head -n 1 "$data_dir/postmaster.pid")
  for p in "$postmaster" $(pgrep -P "$postmaster"); do
    pg_kb=$(( pg_kb + $(awk '/^Pss:/{print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) ))
  done
  kill "$pid"
  wait "$pid" || true
  echo "$(( (t1 - t0) / 1000000 )) $(( rss_kb / 1024 )) $(( pg_kb / 1024 ))"
}

echo "warm-up run (creates the data directory $data_dir) ..."
start_once /tmp/ratsanfragen-startup-warmup.log >/dev/null
failed=0
total_ms=0
max_rss=0
for i in $(seq 1 "$runs"); do
  read -r ms rss pg < <(start_once "/tmp/ratsanfragen-startup-$i.log")
  printf 'run %d: ready after %d.%03d s, resident memory %d MB (embedded PostgreSQL besides: %d MB PSS)\n' \
    "$i" $((ms / 1000)) $((ms % 1000)) "$rss" "$pg"
  (( ms > 15000 || rss > 700 )) && failed=1
  total_ms=$((total_ms + ms))
  (( rss > max_rss )) && max_rss=$rss
done
printf 'mean ready time %.2f s, max resident memory %d MB (budget 15 s, 700 MB), %d cores\n' \
  "$(echo "$total_ms / $runs / 1000" | bc -l)" "$max_rss" "$(nproc)"
rm -rf "$data_dir"
exit "$failed"
