#!/usr/bin/env bash
# Workflow budget: triage of the Erfurt seed to all its first answer tasks (p50 <= 1 s warm), and answer
# completions per second with 4 concurrent REST clients next to the plain engine completing simple
# tasks in the same run (ratio goal >= 0.7), with the SQL statements per completion.
#
#   bash src/bench/workflow-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.mainClass=de.ratsanfragen.bench.WorkflowBenchmark -Dexec.classpathScope=test "$@"
