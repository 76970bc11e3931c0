#!/usr/bin/env bash
# Response budget: a 100-item inquiry to PDF/A-2b and DOCX through the API (<= 2 s warm), and the heap
# in use after 10, 20, ... 50 further compilations (flat means no leak).
#
#   bash src/bench/response-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.mainClass=de.ratsanfragen.bench.ResponseBenchmark -Dexec.classpathScope=test "$@"
