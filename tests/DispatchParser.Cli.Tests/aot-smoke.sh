#!/usr/bin/env bash
# Native AOT smoke test of `dispatch`: publishes it with PublishAot (clang and zlib from Debian when
# missing), then runs the binary as a user would — --version, check (exit 1 on tests/samples/broken.txt),
# jsonl, config show, the size limit on /dev/zero, lsp refusing — and prints the median start-up
# time of --version (hyperfine when present). Exits non-zero when any step does not behave.
#
#   tests/DispatchParser.Cli.Tests/aot-smoke.sh [OUT_DIR]
set -euo pipefail

cd "$(dirname "$0")/../.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
  apt-get install -y clang zlib1g-dev >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y clang zlib1g-dev >/dev/null; }
fi

dotnet publish src/DispatchParser.Cli -c Release -r linux-x64 -p:PublishAot=true \
  --artifacts-path "$out/artifacts" -o "$out/bin" -v quiet -nologo >"$out/publish.log" 2>&1 \
  || { tail -n 30 "$out/publish.log"; echo "AOT publish failed"; exit 1; }
dispatch="$out/bin/dispatch"

fail() { echo "AOT smoke: $*"; exit 1; }
[ "$("$dispatch" --version)" = "$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/DispatchParser.Cli/DispatchParser.Cli.csproj)" ] || fail "--version"

set +e
"$dispatch" check tests/conformance/valid >/dev/null; [ $? -eq 0 ] || fail "check of the valid conformance files did not exit 0"
"$dispatch" check tests/samples/broken.txt >"$out/check.txt"; [ $? -eq 1 ] || fail "check tests/samples/broken.txt did not exit 1"
grep -q "error DSP0003" "$out/check.txt" || fail "check printed no DSP0003"
printf '%s\n' '{"id":1,"text":"Başlık\n\nANKARA (AA) - Metin.\nYASAL UYARI: x"}' '{"id":2,"text":"a \ud800"}' \
  | "$dispatch" jsonl >"$out/jsonl.txt"; [ $? -eq 0 ] || fail "jsonl did not exit 0"
[ "$(wc -l <"$out/jsonl.txt")" -eq 2 ] || fail "jsonl did not give one line per line"
grep -q '"dispatch":{"headline":"Başlık"' "$out/jsonl.txt" || fail "jsonl parts missing"
"$dispatch" config show tests/samples/broken.txt --severity DSP0004=none | grep -q "DSP0004 = none *(--severity)" || fail "config show"
"$dispatch" check --max-file-size 1 /dev/zero >/dev/null 2>"$out/zero.txt"; [ $? -eq 2 ] || fail "/dev/zero did not exit 2"
grep -q "input too large" "$out/zero.txt" || fail "/dev/zero not reported as too large"
"$dispatch" lsp </dev/null 2>"$out/lsp.txt"; [ $? -eq 2 ] || fail "lsp did not refuse"
grep -q "not the Native AOT binary" "$out/lsp.txt" || fail "lsp did not say why"
set -e

if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 30 --export-json "$out/startup.json" "$dispatch --version" >/dev/null 2>&1
  median="$(python3 -c "import json,sys; print(f\"{json.load(open(sys.argv[1]))['results'][0]['median']*1000:.1f}\")" "$out/startup.json")"
  echo "AOT smoke: passed (binary $(du -h "$dispatch" | cut -f1); --version median ${median} ms)"
else
  echo "AOT smoke: passed (binary $(du -h "$dispatch" | cut -f1))"
fi
