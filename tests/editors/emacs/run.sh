#!/usr/bin/env bash
# Headless Emacs + eglot against the real `dispatch lsp`, with the README's own configuration:
# extracts the ```elisp block of the README's "Emacs" subsection, loads it, then eglot-test.el.
# Needs `emacs` and eglot (Emacs 29 has it built in; Debian 12: apt-get install emacs-nox elpa-eglot)
# and `dispatch` on PATH. Prints "ok - ..." per step and "N passed, N failed".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
readme="$here/../../../README.md"
config="$(mktemp --suffix=.el)"
trap 'rm -f "$config"' EXIT
awk '/^### Emacs/ { inside = 1; next }
     inside && /^### / { exit }
     inside && /^```elisp/ { block = 1; next }
     block && /^```/ { exit }
     block { print }' "$readme" >"$config"
if [ ! -s "$config" ]; then
  echo "not ok - the README has no \`\`\`elisp block under an \"### Emacs\" heading"
  echo "0 passed, 1 failed"
  exit 1
fi
command -v dispatch >/dev/null || { echo "not ok - dispatch is not on PATH"; echo "0 passed, 1 failed"; exit 1; }
exec emacs --batch -l "$config" -l "$here/eglot-test.el"
