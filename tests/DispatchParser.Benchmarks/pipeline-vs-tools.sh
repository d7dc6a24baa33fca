#!/usr/bin/env bash
# Whole processes side by side (hyperfine): `dispatch jsonl` against `jq -c .` on the same JSON Lines
# crawl, `dispatch check` against `rg -c AA` on the same 10,000 files, `check --jobs 2` against
# `--jobs 1`, start-up (`--version`), and peak memory of `jsonl` on the crawl and on ten times the
# crawl through a pipe. The inputs are generated from the repository's own dispatches
# (generate-pipeline-inputs.py), never from corpus text. Writes results/PIPELINE.md.
#
#   tests/DispatchParser.Benchmarks/pipeline-vs-tools.sh [RUNS] [check]
#
# With `check` it runs the check comparison only (rg, --jobs 1 and 2; about a minute with the AOT binary
# given as DISPATCH_AOT) and prints its ratios, leaving results/PIPELINE.md alone.
#
# It measures `dispatch` as `dotnet tool install` installs it: on linux-x64 the tool's ReadyToRun package,
# which is what `dotnet publish src/DispatchParser.Cli -c Release -r linux-x64` gives (the script publishes it
# into its scratch folder; DISPATCH_TOOL=PATH names one already published); on other machines the portable
# JIT build (`dotnet build -c Release`). And the Native AOT binary: DISPATCH_AOT=PATH names one already
# published; unset, the script publishes one into its scratch folder (`dotnet publish src/DispatchParser.Cli
# -c Release -r linux-x64 -p:PublishAot=true`, needs clang and zlib1g-dev; a few minutes); DISPATCH_AOT=none
# leaves the AOT rows out. With both given, a run of 5 takes about three minutes on a quiet machine.
#
# "One core" comparisons pin both processes to CPU 0 with taskset. On a shared machine run it when
# it is quiet: the file records the load average before and after.
set -euo pipefail

cd "$(dirname "$0")"
bench="$PWD"
cd ../..
repo="$PWD"
runs="${1:-5}"
only="${2:-}"
case "$only" in "" | check) ;; *) echo "usage: $0 [RUNS] [check]" >&2; exit 2 ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
for tool in jq rg hyperfine taskset; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
  packages=()
  for tool in "${missing[@]}"; do
    case "$tool" in rg) packages+=(ripgrep) ;; taskset) packages+=(util-linux) ;; *) packages+=("$tool") ;; esac
  done
  apt-get install -y "${packages[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${packages[@]}" >/dev/null; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) rid="" ;; esac

dispatch="${DISPATCH_TOOL-}" # the .NET tool's build for this machine (see the README)
if [ -n "$dispatch" ]; then
  tool_build="given as DISPATCH_TOOL"
elif [ "$rid" = linux-x64 ]; then
  echo "Publishing the .NET tool's linux-x64 build (ReadyToRun)..." >&2
  dotnet publish src/DispatchParser.Cli -c Release -r linux-x64 -v quiet -nologo -o "$work/tool" >/dev/null
  dispatch="$work/tool/dispatch"
  tool_build="ReadyToRun, \`dotnet publish -r linux-x64\`: the tool package's linux-x64 part"
else
  dotnet build -c Release src/DispatchParser.Cli -v quiet -nologo >/dev/null
  dispatch="$repo/src/DispatchParser.Cli/bin/Release/net10.0/dispatch"
  tool_build="JIT, \`dotnet build -c Release\`: the tool package's portable part"
fi

aot="${DISPATCH_AOT-build}" # a Native AOT build of dispatch (see the README)
if [ "$aot" = none ]; then
  aot=""
elif [ "$aot" = build ]; then
  aot=""
  if [ -n "$rid" ] && command -v clang >/dev/null; then
    echo "Publishing the Native AOT binary ($rid)..." >&2
    if dotnet publish src/DispatchParser.Cli -c Release -r "$rid" -p:PublishAot=true -v quiet -nologo -o "$work/aot" >"$work/aot.log" 2>&1; then
      aot="$work/aot/dispatch"
    else
      echo "Native AOT publish failed (rows left out); its log:" >&2
      tail -20 "$work/aot.log" >&2
    fi
  else
    echo "No Native AOT rows: clang is missing or $(uname -m) has no runtime identifier here (DISPATCH_AOT=PATH names a binary)." >&2
  fi
fi
python3 "$bench/generate-pipeline-inputs.py" "$repo" "$work" 20000 10000
crawl="$work/crawl.jsonl"
files="$work/files"
one=(taskset -c 0)

if [ -z "$aot" ]; then aot_source="none"; elif [ "$aot" = "$work/aot/dispatch" ]; then aot_source="published by this run"; else aot_source="DISPATCH_AOT"; fi
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# Linux schedules by autogroup: \`nice\` only ranks processes inside their session's group, so say both.
priority="nice $(nice), scheduler group: $(cat /proc/self/autogroup 2>/dev/null || echo 'no autogroup')"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

hf() { hyperfine -N --warmup 1 --runs "$runs" --style basic --export-json "$@"; }
jsonl=(-n "dispatch jsonl --jobs 1 (1 core)" "${one[*]} $dispatch jsonl --jobs 1 $crawl"
  -n "jq -c . (1 core)" "${one[*]} jq -c . $crawl"
  -n "dispatch jsonl (2 jobs)" "$dispatch jsonl --jobs 2 $crawl")
if [ -n "$aot" ]; then
  jsonl+=(-n "dispatch jsonl --jobs 1 (Native AOT, 1 core)" "${one[*]} $aot jsonl --jobs 1 $crawl")
fi
if [ "$only" != check ]; then hf "$work/jsonl.json" "${jsonl[@]}"; fi
check=(-n "dispatch check --jobs 2" "$dispatch check --jobs 2 $files"
  -n "rg -c AA" "rg -c AA $files"
  -n "dispatch check --jobs 1" "$dispatch check --jobs 1 $files")
if [ -n "$aot" ]; then
  check+=(-n "dispatch check --jobs 2 (Native AOT)" "$aot check --jobs 2 $files"
    -n "dispatch check --jobs 1 (Native AOT)" "$aot check --jobs 1 $files")
fi
hf "$work/check.json" "${check[@]}"
if [ "$only" = check ]; then
  python3 - "$work/check.json" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rg = results["rg -c AA"]
print(f"load before: {sys.argv[2]}, after: {sys.argv[3]}")
for build in ["", " (Native AOT)"]:
    two, one = results.get("dispatch check --jobs 2" + build), results.get("dispatch check --jobs 1" + build)
    if two is None: continue
    print(f"check --jobs 2{build} / rg -c AA: {two['median'] / rg['median']:.2f} (goal <= 4); --jobs 1 / --jobs 2: {one['median'] / two['median']:.2f} (goal >= 1.7)")
PY
  exit 0
fi
startup=(-n "dispatch --version" "$dispatch --version")
if [ -n "$aot" ]; then startup+=(-n "dispatch --version (Native AOT)" "$aot --version"); fi
hyperfine -N --warmup 3 --runs 30 --style basic --export-json "$work/startup.json" "${startup[@]}"

peak_kb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
rss_once="$(peak_kb "$dispatch" jsonl --jobs 1 "$crawl")"
rss_ten="$( (for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$crawl"; done) | /usr/bin/time -f '%M' "$dispatch" jsonl --jobs 1 2>&1 >/dev/null | tail -1)"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

mkdir -p "$bench/results"
python3 - "$work" "$bench/results/PIPELINE.md" <<PY
import json, os, sys
work, out = sys.argv[1], sys.argv[2]
def load(name):
    return {r["command"]: r for r in json.load(open(os.path.join(work, name)))["results"]}
jsonl, check, startup = load("jsonl.json"), load("check.json"), load("startup.json")
def row(r):
    return f"| {r['command']} | {r['mean']:.3f} | {r['median']:.3f} | {r['stddev'] or 0:.3f} | {r['user']:.3f} | {r['system']:.3f} |"
def ratio(a, b, key="median"):
    return a[key] / b[key]
j1, jq, j2 = jsonl["dispatch jsonl --jobs 1 (1 core)"], jsonl["jq -c . (1 core)"], jsonl["dispatch jsonl (2 jobs)"]
c2, rg, c1 = check["dispatch check --jobs 2"], check["rg -c AA"], check["dispatch check --jobs 1"]
a2, a1 = check.get("dispatch check --jobs 2 (Native AOT)"), check.get("dispatch check --jobs 1 (Native AOT)")
aj1 = jsonl.get("dispatch jsonl --jobs 1 (Native AOT, 1 core)")
aot_rows = [] if a2 is None else [
    f"| \`jq -c .\` time / \`dispatch jsonl --jobs 1\` (Native AOT) time, 1 core | ≥ 1 (moonshot 2) | {ratio(jq, aj1):.2f} | {ratio(jq, aj1, 'mean'):.2f} |",
    f"| \`dispatch check --jobs 2\` (Native AOT) time / \`rg -c AA\` time, 10,000 files | ≤ 4 (moonshot 2) | {ratio(a2, rg):.2f} | {ratio(a2, rg, 'mean'):.2f} |",
    f"| \`check --jobs 1\` time / \`check --jobs 2\` time (Native AOT) | ≥ 1.7 | {ratio(a1, a2):.2f} | {ratio(a1, a2, 'mean'):.2f} |",
]
crawl_mb = os.path.getsize(os.path.join(work, "crawl.jsonl")) / 1e6
files_mb = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(work, "files")) for f in fs) / 1e6
lines = [
    "# Whole processes against jq and ripgrep",
    "",
    f"Run started $started on $(nproc) cores; load average (1, 5, 15 min) before: $load_before, after: $load_after; $priority.",
    f"Command: \`tests/DispatchParser.Benchmarks/pipeline-vs-tools.sh $runs\` (hyperfine, $runs runs after one warm-up; Release build of \`dispatch\`;",
    f"$(jq --version), ripgrep $(rg --version | head -1 | cut -d' ' -f2), $(hyperfine --version)). Inputs generated by \`generate-pipeline-inputs.py\` from the repository's own",
    f"dispatches: a crawl of 20,000 JSON lines ({crawl_mb:.1f} MB) and 10,000 files ({files_mb:.1f} MB). \"1 core\": both pinned to CPU 0 with taskset.",
    "",
    "| ratio | goal | median ratio | from the means |",
    "|---|---|---:|---:|",
    f"| \`jq -c .\` time / \`dispatch jsonl --jobs 1\` time, 1 core | ≥ 1 (moonshot 2) | {ratio(jq, j1):.2f} | {ratio(jq, j1, 'mean'):.2f} |",
    f"| \`dispatch check\` time / \`rg -c AA\` time, 10,000 files | ≤ 4 (moonshot 2) | {ratio(c2, rg):.2f} | {ratio(c2, rg, 'mean'):.2f} |",
    f"| \`check --jobs 1\` time / \`check --jobs 2\` time | ≥ 1.7 | {ratio(c1, c2):.2f} | {ratio(c1, c2, 'mean'):.2f} |",
    f"| \`jsonl --jobs 1\` time / \`jsonl --jobs 2\` time | — | {ratio(j1, j2):.2f} | {ratio(j1, j2, 'mean'):.2f} |",
    *aot_rows,
    "",
    "Rows without \"(Native AOT)\" are the .NET tool as \`dotnet tool install\` installs it on this machine ($tool_build); "
    + ("\"(Native AOT)\" rows are the Native AOT binary (\`dotnet publish -r linux-x64 -p:PublishAot=true\`, x86-64-v3; $aot_source)." if a2 is not None else "no Native AOT binary (DISPATCH_AOT=none, or it could not be published)."),
    "",
    "| command | mean s | median s | σ s | user s | system s |",
    "|---|---:|---:|---:|---:|---:|",
    *[row(r) for r in [*jsonl.values(), *check.values(), *startup.values()]],
    "",
    f"Start-up: \`dispatch --version\` median {startup['dispatch --version']['median'] * 1000:.1f} ms"
    + (f", Native AOT {startup['dispatch --version (Native AOT)']['median'] * 1000:.1f} ms." if "dispatch --version (Native AOT)" in startup else "."),
    f"Peak memory (max RSS) of \`dispatch jsonl --jobs 1\`: $rss_once KB on the crawl, $rss_ten KB on ten times the crawl through a pipe ({crawl_mb * 10:.0f} MB).",
    "",
]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PY
