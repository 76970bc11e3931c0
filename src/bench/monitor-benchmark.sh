#!/usr/bin/env bash
# Monitor budget (issue 6): GET /api/deadlines and the page /monitor p95 <= 200 ms warm with 1,000 open
# inquiries (20,000 open tasks) and 100,000 finished tasks; the drill-downs beside them; the SQL behind
# each request and the EXPLAIN (ANALYZE, BUFFERS) plan of the slowest statement.
#
#   bash src/bench/monitor-benchmark.sh
#
# The first run generates the data through the real service and engine and keeps the database in
# target/monitor-bench/ (about 35 minutes on 2 cores); later runs reuse it. Delete the folder to start anew.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.mainClass=de.ratsanfragen.bench.MonitorBenchmark -Dexec.classpathScope=test "$@"
