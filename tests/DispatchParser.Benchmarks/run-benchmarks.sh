#!/usr/bin/env bash
# Runs every benchmark for real (BenchmarkDotNet short job, Release, out of process) and records the
# results under tests/DispatchParser.Benchmarks/results/: the *-report-github.md files of the run,
# RATIOS.md (the goals of README.md "Performance", computed from the run's JSON reports) and FACTS.md
# (inputs, green-node reuse). The machine's load before and after goes into RATIOS.md: a run during
# other work on this 2-core machine is not worth keeping. Extra arguments go to BenchmarkDotNet
# (e.g. --filter '*ParseBenchmarks*'); the default is every benchmark.
set -euo pipefail

cd "$(dirname "$0")"
project="$PWD"
cd ../..

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

filter=(--filter '*')
if [ "$#" -gt 0 ]; then filter=("$@"); fi

artifacts="$project/BenchmarkDotNet.Artifacts"
rm -rf "$artifacts/results"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
dotnet run -c Release --project tests/DispatchParser.Benchmarks -- --job short "${filter[@]}" --artifacts "$artifacts"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

mkdir -p "$project/results"
cp "$artifacts"/results/*-report-github.md "$project/results/"
{
  echo "# Ratios of the goals"
  echo
  echo "Run started $started on $(nproc) cores at niceness $(nice) (scheduler group: $(cat /proc/self/autogroup 2>/dev/null || echo n/a)); load average (1, 5, 15 min) before: $load_before, after: $load_after."
  echo "Command: \`tests/DispatchParser.Benchmarks/run-benchmarks.sh\` (= \`dotnet run -c Release --project tests/DispatchParser.Benchmarks -- --job short --filter '*'\`, then \`-- --ratios\`)."
  echo "Means from BenchmarkDotNet's JSON reports of that run; the per-class tables are the *-report-github.md files next to this one."
  echo
  dotnet run -c Release --no-build --project tests/DispatchParser.Benchmarks -- --ratios "$artifacts/results"
} >"$project/results/RATIOS.md"
dotnet run -c Release --no-build --project tests/DispatchParser.Benchmarks -- --facts >"$project/results/FACTS.md"
cat "$project/results/RATIOS.md"
