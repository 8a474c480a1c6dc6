#!/usr/bin/env bash
# Lints every real document in ../shared/corpus/docs (when present): no
# crash, exactly one JSON object out, exit code 0 or 1. Findings there are
# reviewed by people, not asserted here. Exit 77 (skipped) without a corpus.
set -uo pipefail
cmlint="$1"
corpus="$2"
[ -d "$corpus" ] || { echo "no corpus at $corpus: skipped"; exit 77; }
out=$(mktemp)
"$cmlint" --format json "$corpus"/*.txt >"$out" 2>"$out.err"
code=$?
if [ "$code" -gt 1 ]; then
  echo "cmlint exited with $code on the corpus"; cat "$out.err"; exit 1
fi
files=$(grep -c '"path":' "$out")
echo "linted $files files, exit code $code"
tail -n 8 "$out"
[ "$(tail -c 2 "$out")" = "}" ] || { echo "output is not one JSON object"; exit 1; }
rm -f "$out" "$out.err"
