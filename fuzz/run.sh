#!/usr/bin/env bash
# Fuzzes one target of DispatchParser with AFL++ and SharpFuzz:
#   fuzz/run.sh [--target core|differential|lsp|cli] [--jobs N] [seconds]      (defaults: core, 1 job, 600 s)
# core         the hand-written parser, incremental reparse of the input's edit, analyzers, normalizer,
#              exporters, positions — every invariant a crash; the generated parser is not loaded
# differential the generated (ANTLR) parser against the hand-written one, inputs cut at
#              DISPATCH_FUZZ_GRAMMAR_LIMIT characters (default 512)
# lsp          JSON-RPC message sequences decoded from the input, against the language server in process
# cli          argument vectors and standard input decoded from the input, `dispatch` in process
# --jobs 2 runs a main (-M, deterministic stages) and a secondary (-S) afl-fuzz instance; a single job runs as -S
# (havoc only, see below). Installs afl++ (apt-get) and the SharpFuzz.CommandLine local tool when missing,
# publishes the harness in Release to a fresh folder,
# instruments the target's assemblies in that copy (a second instrumentation of a file fails, so every run
# publishes anew), seeds from tests/conformance/ (and from ../shared/corpus/ when present: those seeds stay
# in fuzz/out/, never in the repository), fuzzes with the target's dictionaries, and prints executions per
# second, paths, stability and coverage. Every crash or hang is minimised with afl-tmin and written to
# fuzz/regressions/<target>/ as a named input that FuzzRegressionTests replays; the script then exits 1.
# Output: fuzz/out/<target>-<timestamp>/ (git-ignored).
set -euo pipefail

target=core jobs=1 seconds=600
while [ $# -gt 0 ]; do
  case "$1" in
    --target) target="$2"; shift 2 ;;
    --target=*) target="${1#*=}"; shift ;;
    --jobs) jobs="$2"; shift 2 ;;
    --jobs=*) jobs="${1#*=}"; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) seconds="$1"; shift ;;
  esac
done
case "$target" in core|differential|lsp|cli) ;; *) echo "unknown target '$target' (core, differential, lsp, cli)" >&2; exit 2 ;; esac
[ "$jobs" -ge 1 ] || { echo "--jobs must be at least 1" >&2; exit 2; }

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
run="$root/fuzz/out/$target-$stamp"
publish="$run/publish" plain="$run/plain" seeds="$run/seeds" findings="$run/findings"
mkdir -p "$run"
ln -sfn "$target-$stamp" "$root/fuzz/out/latest"

echo "== publishing to $publish"
dotnet publish fuzz/DispatchParser.Fuzz -c Release -o "$publish" -nologo -v quiet
# Instrumented assemblies write to AFL's shared memory and crash outside afl-fuzz: keep a plain copy for
# writing seeds and replaying findings in-process.
cp -r "$publish" "$plain"
harness() { dotnet "$plain/DispatchParser.Fuzz.dll" "$@"; }

# One line per assembly: its file name, then the type prefixes left uninstrumented (-A,B; see Instrumentation.cs).
while read -r assembly skipped; do
  echo "== instrumenting $assembly${skipped:+ (not ${skipped#-})}"
  dotnet tool run sharpfuzz "$publish/$assembly" ${skipped:+"$skipped"}
done < <(harness assemblies "$target")

echo "== seeds"
sources=(tests/conformance)
[ -d ../shared/corpus ] && sources+=(../shared/corpus)
# core: inputs of at most DISPATCH_FUZZ_CORE_MAX_BYTES (default 4096, afl-fuzz -G) and seeds of at most 2048
# characters. An execution's cost grows with the text (five parses of it), and havoc's insertions and splices grow
# the inputs; every core crash found so far minimised to under 4 KB.
length_limit=()
seed_chars="${DISPATCH_FUZZ_SEED_CHARS:-8192}"
if [ "$target" = core ]; then
  length_limit=(-G "${DISPATCH_FUZZ_CORE_MAX_BYTES:-4096}")
  seed_chars="${DISPATCH_FUZZ_SEED_CHARS:-2048}"
fi
harness seeds "$target" "$seeds" --max-chars "$seed_chars" "${sources[@]}"
if dotnet "$plain/dispatch.dll" --help 2>/dev/null | grep -q "^ *generate "; then
  # Generated dispatches, valid and malformed (dispatch generate), as plain texts turned into seeds.
  generated="$run/generated"
  dotnet "$plain/dispatch.dll" generate --count 60 --seed 17 --lang mix --out "$generated/valid" --valid >/dev/null
  dotnet "$plain/dispatch.dll" generate --count 120 --seed 18 --lang mix --out "$generated/malformed" --malformed >/dev/null
  harness seeds "$target" "$seeds/generated" "$generated"
  mv "$seeds"/generated/* "$seeds"/ && rmdir "$seeds/generated"
  # The grammar's literals and the registry's words, read from the .g4 and dialects.json by the generator.
  dotnet "$plain/dispatch.dll" generate --afl-dictionary > "$run/grammar.dict"
fi

dictionaries=(-x fuzz/dispatch.dict)
[ -s "$run/grammar.dict" ] && dictionaries+=(-x "$run/grammar.dict")
[ -f "fuzz/$target.dict" ] && dictionaries+=(-x "fuzz/$target.dict")

echo "== fuzzing $target for $seconds s with $jobs instance(s)"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# The machine is shared: do not pin afl-fuzz to a core another process may need.
export AFL_NO_AFFINITY=1
command_line=(dotnet "$publish/DispatchParser.Fuzz.dll" fuzz "$target")
pids=()
for ((i = 0; i < jobs; i++)); do
  # One instance runs as -S: -M adds AFL++'s deterministic stages, which a lone short run spends on the first queue
  # entry alone (bit flips over a 4.5 KB seed for all of a 60 s run); havoc goes round the queue, favouring small and
  # fast entries. Same seeds, 45 s, load 21: -M 1,097/s, 1,018 paths, 6.67 %; -S 2,705/s, 1,496 paths, 6.83 %.
  # With several instances the first is the -M main one, deterministic stages included.
  if [ "$i" -eq 0 ] && [ "$jobs" -gt 1 ]; then role=(-M main); name=main
  elif [ "$i" -eq 0 ]; then role=(-S main); name=main
  else role=(-S "secondary$i"); name="secondary$i"; fi
  afl-fuzz -i "$seeds" -o "$findings" "${role[@]}" -V "$seconds" -t 10000 -m none "${length_limit[@]}" "${dictionaries[@]}" \
    -- "${command_line[@]}" > "$run/afl-fuzz-$name.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
if [ "$status" -ne 0 ]; then
  echo "afl-fuzz exited with $status; last lines of its logs:" >&2
  tail -n 30 "$run"/afl-fuzz-*.log >&2
  exit "$status"
fi

stat() { awk -F' *: *' -v key="$2" '$1 == key { print $2 }' "$1"; }
echo
echo "== results ($run)"
total_execs=0 total_rate=0 total_crashes=0 total_hangs=0
for stats in "$findings"/*/fuzzer_stats; do
  instance="$(basename "$(dirname "$stats")")"
  execs="$(stat "$stats" execs_done)" run_time="$(stat "$stats" run_time)"
  paths="$(stat "$stats" corpus_count)"; paths="${paths:-$(stat "$stats" paths_total)}"
  found="$(stat "$stats" corpus_found)"; found="${found:-$(stat "$stats" paths_found)}"
  crashes="$(stat "$stats" saved_crashes)"; crashes="${crashes:-$(stat "$stats" unique_crashes)}"
  hangs="$(stat "$stats" saved_hangs)"; hangs="${hangs:-$(stat "$stats" unique_hangs)}"
  rate="$(awk -v e="$execs" -v t="$run_time" 'BEGIN { printf "%.0f", (t > 0 ? e / t : 0) }')"
  total_execs=$((total_execs + execs)); total_rate=$((total_rate + rate))
  total_crashes=$((total_crashes + ${crashes:-0})); total_hangs=$((total_hangs + ${hangs:-0}))
  echo "$instance: $run_time s, $execs executions ($rate per second over the run, $(stat "$stats" execs_per_sec) at the end)," \
    "paths $paths ($found new), stability $(stat "$stats" stability), edge coverage $(stat "$stats" bitmap_cvg), crashes $crashes, hangs $hangs"
done
if [ "$jobs" -gt 1 ]; then
  # The instances share finds only when they sync, which a short run may never reach: count the distinct queue
  # entries of all of them by content.
  distinct="$(find "$findings"/*/queue -maxdepth 1 -type f -name 'id:*' -exec sha256sum {} + | cut -d' ' -f1 | sort -u | wc -l)"
  echo "combined ($jobs instances): $total_execs executions, $total_rate per second, $distinct distinct paths, crashes $total_crashes, hangs $total_hangs (edge coverage: per instance, above)"
fi
echo "total: $total_execs executions, $total_rate per second; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

found=()
while IFS= read -r -d '' file; do found+=("$file"); done < <(find "$findings" \( -path '*/crashes/id:*' -o -path '*/hangs/id:*' \) -print0 2>/dev/null)
if [ "${#found[@]}" -eq 0 ]; then
  echo "no crash, no hang"
  exit 0
fi

echo
echo "== ${#found[@]} crashing or hanging inputs: minimising into fuzz/regressions/$target/"
mkdir -p "fuzz/regressions/$target"
for file in "${found[@]}"; do
  kind=crash; case "$file" in */hangs/*) kind=hang ;; esac
  minimised="$run/minimised-$(basename "$(dirname "$(dirname "$file")")")-$(basename "$file" | tr ':,' '__')"
  afl-tmin -i "$file" -o "$minimised" -t 10000 -m none -- "${command_line[@]}" > "$run/afl-tmin.log" 2>&1 || cp "$file" "$minimised"
  name="$target-$kind-$(date -u +%Y%m%d)-$(sha256sum "$minimised" | cut -c1-10)"
  cp "$minimised" "fuzz/regressions/$target/$name"
  echo "  fuzz/regressions/$target/$name (from $file)"
done
echo "== replaying them in-process"
harness replay "$target" "fuzz/regressions/$target" || true
echo "Name each one for what it shows (keep the $target- prefix), commit it; FuzzRegressionTests replays it."
exit 1
