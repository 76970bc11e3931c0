#!/usr/bin/env bash
# Import budget: preview and import of the Erfurt seed (<= 200 ms) and the Jena report (<= 300 ms),
# warm, as complete HTTP round trips against the real service on an embedded PostgreSQL.
#
#   bash src/bench/import-benchmark.sh
#
# Prints p50/p95/max per operation.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.mainClass=de.ratsanfragen.bench.ImportBenchmark -Dexec.classpathScope=test
