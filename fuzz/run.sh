#!/usr/bin/env bash
# Fuzzes DispatchParser with AFL++ and SharpFuzz for the given number of seconds (default 600):
#   fuzz/run.sh [seconds]
# Installs afl++ (apt-get) and the SharpFuzz.CommandLine local tool (.config/dotnet-tools.json) when missing,
# publishes the harness in Release to a fresh folder, instruments that copy (a second instrumentation of the
# same file fails, so every run publishes anew), seeds from tests/conformance/, fuzzes with fuzz/dispatch.dict,
# then prints executions, paths and crashes from fuzzer_stats. Exits non-zero, listing the inputs and replaying
# them in-process, when a crash or hang was found. Output: fuzz/out/<timestamp>/ (git-ignored).
# DISPATCH_FUZZ_GRAMMAR_LIMIT (default 512) is the longest input also compared against the generated parser,
# which is slow (above all on Arabic).
set -euo pipefail

seconds="${1:-600}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "== installing afl++"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++; fi
fi

echo "== restoring the sharpfuzz tool"
dotnet tool restore >/dev/null

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
run="$root/fuzz/out/$stamp"
publish="$run/publish"
seeds="$run/seeds"
findings="$run/findings"
mkdir -p "$run"
ln -sfn "$stamp" "$root/fuzz/out/latest"

echo "== publishing to $publish"
dotnet publish fuzz/DispatchParser.Fuzz -c Release -o "$publish" -nologo -v quiet

# Instrumented assemblies write to AFL's shared memory and crash outside afl-fuzz: keep a plain copy for
# writing seeds and replaying findings in-process.
plain="$run/plain"
cp -r "$publish" "$plain"

echo "== instrumenting"
for assembly in DispatchParser.dll DispatchParser.Grammar.dll DispatchParser.LanguageServer.dll; do
  dotnet tool run sharpfuzz "$publish/$assembly"
done

echo "== seeds from tests/conformance"
dotnet "$plain/DispatchParser.Fuzz.dll" seeds tests/conformance "$seeds"

echo "== fuzzing for $seconds s"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# The machine is shared: do not pin afl-fuzz to a core another process may need.
export AFL_NO_AFFINITY=1
status=0
afl-fuzz -i "$seeds" -o "$findings" -V "$seconds" -t 5000 -m none -x fuzz/dispatch.dict \
  -- dotnet "$publish/DispatchParser.Fuzz.dll" > "$run/afl-fuzz.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  echo "afl-fuzz exited with $status; last lines of $run/afl-fuzz.log:" >&2
  tail -n 30 "$run/afl-fuzz.log" >&2
  exit "$status"
fi

stats="$findings/default/fuzzer_stats"
stat() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
execs="$(stat execs_done)"
paths="$(stat corpus_count)"; paths="${paths:-$(stat paths_total)}"
new_paths="$(stat corpus_found)"; new_paths="${new_paths:-$(stat paths_found)}"
crashes="$(stat saved_crashes)"; crashes="${crashes:-$(stat unique_crashes)}"
hangs="$(stat saved_hangs)"; hangs="${hangs:-$(stat unique_hangs)}"
echo
echo "== results ($run)"
echo "run time:     $(stat run_time) s"
echo "executions:   $execs ($(stat execs_per_sec) per second at the end)"
echo "paths found:  $new_paths new ($paths in the corpus, seeds included; edge coverage $(stat bitmap_cvg))"
echo "crashes:      $crashes"
echo "hangs:        $hangs"

found=()
for dir in "$findings/default/crashes" "$findings/default/hangs"; do
  [ -d "$dir" ] || continue
  while IFS= read -r -d '' file; do found+=("$file"); done < <(find "$dir" -type f -name 'id:*' -print0)
done
if [ "${#found[@]}" -gt 0 ]; then
  echo
  echo "== ${#found[@]} crashing or hanging inputs:"
  printf '  %s\n' "${found[@]}"
  echo "== replaying them in-process"
  dotnet "$plain/DispatchParser.Fuzz.dll" replay "${found[@]}" || true
  exit 1
fi
