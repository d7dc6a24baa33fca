#!/usr/bin/env bash
# Instructions per operation of one --profile step, counted by valgrind's callgrind: the same figure whatever else the
# machine is doing, so a change can be judged on a busy machine (seconds are judged by BenchmarkDotNet on a quiet one).
#   tests/DispatchParser.Benchmarks/count-instructions.sh STEP [N]     (N operations, default 10; steps: Profile.cs;
#   BENCH_DLL=path measures another build, e.g. a copy of bin/Release/net10.0 made before a change)
# Runs the step N and 2N times with full optimisation from the start (no tiering, no dynamic PGO: the same code each run)
# and prints (instructions of 2N - instructions of N) / N. With COUNT_TIERED=1 the runtime tiers up as usual (Tier 1 with
# dynamic PGO, the code BenchmarkDotNet measures): take N large enough (100) that the first N operations reach Tier 1.
# Needs a Release build of the benchmarks and valgrind.
set -euo pipefail
step="$1"
count="${2:-10}"
here="$(cd "$(dirname "$0")" && pwd)"
dll="${BENCH_DLL:-$here/bin/Release/net10.0/DispatchParser.Benchmarks.dll}"
[ -f "$dll" ] || { echo "build first: dotnet build -c Release $here" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
total() {
  local tiering=(DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0)
  [ "${COUNT_TIERED:-0}" = 1 ] && tiering=(DOTNET_TieredCompilation=1)
  env "${tiering[@]}" \
    valgrind --tool=callgrind --callgrind-out-file="$work/out.$1" dotnet "$dll" --profile-count "$step" "$1" >"$work/log.$1" 2>&1 \
    || { cat "$work/log.$1" >&2; exit 1; }
  sed -nE 's/.*Collected : ([0-9]+).*/\1/p' "$work/log.$1"
}
low="$(total "$count")"
high="$(total $((2 * count)))"
echo "$step: $(( (high - low) / count )) instructions per operation (callgrind, $count and $((2 * count)) operations$([ "${COUNT_TIERED:-0}" = 1 ] && echo ", tiered"))"
# A garbage collection among the 2N operations and not the N adds its cost to the difference: say how many there were.
for n in "$count" $((2 * count)); do sed -nE "s/^.*: ([0-9,]+ operations, .*)$/  \1/p" "$work/log.$n"; done
