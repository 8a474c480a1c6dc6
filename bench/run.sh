#!/usr/bin/env bash
# Throughput benchmark over the real corpus (../shared/corpus/docs), never run
# as a test. Builds an optimised binary, then times whole-tool runs (load, NFC,
# scan, rules, JSON to /dev/null) with all rules, without the figure rules
# (CM302–CM308), without the citation rules, and with no rule at all, beside
# the floor of reading the bytes (cat, grep). Prints best/median/max of N runs,
# MB/s and peak RSS.  Usage: bench/run.sh [runs]
#
# bench/run.sh --micro [--benchmark_* flags]: instead, builds and runs the Google Benchmark
# micro-benchmarks of bench/micro (build-bench/bench/cmlint_micro: loading, NFC, each grammar,
# the scan, the models, each rule family) over one corpus file in 8 (CMLINT_CORPUS,
# CMLINT_BENCH_STRIDE, CMLINT_BENCH_PER_RULE=1: see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--micro" ]; then
  shift
  scripts/deps.sh --bench
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCMLINT_BUILD_TESTS=OFF -DCMLINT_BUILD_BENCH=ON >/dev/null
  cmake --build build-bench -j"$(nproc)" --target cmlint_micro >/dev/null 2>&1 || { echo "build failed"; exit 1; }
  exec build-bench/bench/cmlint_micro "$@"
fi
runs=${1:-7}
corpus=../shared/corpus/docs
[ -d "$corpus" ] || { echo "no corpus at $corpus"; exit 1; }
scripts/deps.sh --test
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCMLINT_BUILD_TESTS=ON >/dev/null
cmake --build build-release -j"$(nproc)" --target cmlint gen_adversarial >/dev/null 2>&1 || { echo "build failed"; exit 1; }
bin=build-release/cmlint
files=("$corpus"/*.txt)
bytes=$(cat "${files[@]}" | wc -c)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rules_off() {  # a config that turns off the given rules
  local f="$tmp/$1.toml"; shift
  echo "[rules]" >"$f"
  for r in "$@"; do echo "$r = \"off\"" >>"$f"; done
  echo "$f"
}
all_rules=$($bin --list-rules --lang en | awk '{print $2}')
numeric=(implied-target breakdown-sum subtotal-exceeds-total percent-parts-sum share-over-100 target-contradiction number-format)
citations=(id-type-mismatch id-malformed id-unknown-type id-unknown-issuer id-year-mismatch citation-conflict citation-sequence citation-after-document)
cfg_all=$(rules_off all)
cfg_nonum=$(rules_off nonum "${numeric[@]}")
cfg_nocite=$(rules_off nocite "${citations[@]}")
# shellcheck disable=SC2086
cfg_none=$(rules_off none $all_rules)

measure() {  # label, command...: best/median/max wall ms over $runs, peak RSS (MB/s over $bytes)
  local label=$1; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -q -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || true
    read -r sec kb <"$tmp/t"
    times+=("$(awk -v s="$sec" 'BEGIN{printf "%d", s*1000}')")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  IFS=$'\n' sorted=($(sort -n <<<"${times[*]}")); unset IFS
  local best=${sorted[0]} med=${sorted[$((runs / 2))]} max=${sorted[$((runs - 1))]}
  local mbs; mbs=$(awk -v b="$bytes" -v ms="$best" 'BEGIN{ if (ms < 1) ms = 1; printf "%.1f", b / 1e6 / (ms / 1000) }')
  printf "%-34s %8s %8s %8s %9s %9s\n" "$label" "$best" "$med" "$max" "$mbs" "$((rss / 1024))"
}

echo "corpus: ${#files[@]} files, $bytes bytes; $runs runs each; $(nproc) cores; $(uname -m)"
printf "%-34s %8s %8s %8s %9s %9s\n" "run" "best ms" "median" "max" "MB/s" "RSS MB"
measure "cat (floor)" cat "${files[@]}"
measure "grep -c identifier pattern" grep -c -E '[0-9]+-[A-ZĐ]+/[A-ZĐ]+' "${files[@]}"
measure "cmlint -j1, no rules (load+NFC+scan)" $bin -j 1 --config "$cfg_none" --format json "${files[@]}"
measure "cmlint -j1, without citation rules" $bin -j 1 --config "$cfg_nocite" --format json "${files[@]}"
measure "cmlint -j1, without figure rules" $bin -j 1 --config "$cfg_nonum" --format json "${files[@]}"
measure "cmlint -j1, all rules" $bin -j 1 --config "$cfg_all" --format json "${files[@]}"
measure "cmlint -j2, all rules" $bin -j 2 --config "$cfg_all" --format json "${files[@]}"

# Scaling with document size, on the same text at every size: the corpus concatenated, then cut
# at line breaks into documents of 10 KB and of 1 MB (one run over all the pieces: one start-up
# for ~3,700 files), whole (37 MB), and repeated to 200 MB. Comparing a 10 KB slice with a
# 200 MB one would compare different texts, whose costs differ more than their sizes do.
echo
echo "scaling with document size: the corpus's text cut into documents of each size (all rules, -j 1)"
printf "%-34s %8s %8s %8s %9s %9s\n" "run" "best ms" "median" "max" "MB/s" "RSS MB"
cat "${files[@]}" >"$tmp/corpus.txt"
bytes=$(stat -c %s "$tmp/corpus.txt")
for piece in 10000 1000000; do
  mkdir "$tmp/pieces"
  split -C "$piece" -a 5 --additional-suffix=.txt "$tmp/corpus.txt" "$tmp/pieces/p"
  measure "$(ls "$tmp/pieces" | wc -l) documents of <= $((piece / 1000)) KB" $bin -j 1 --format json "$tmp/pieces"
  rm -rf "$tmp/pieces"
done
measure "one document, 37 MB" $bin -j 1 --format json "$tmp/corpus.txt"
: >"$tmp/doc.txt"
while [ "$(stat -c %s "$tmp/doc.txt")" -lt 200000000 ]; do cat "$tmp/corpus.txt" >>"$tmp/doc.txt"; done
head -c 200000000 "$tmp/doc.txt" | sed '$d' >"$tmp/big.txt" && mv "$tmp/big.txt" "$tmp/doc.txt"
bytes=$(stat -c %s "$tmp/doc.txt")
measure "one document, 200 MB" $bin -j 1 --format json "$tmp/doc.txt"
# The concatenation holds the corpus's few decomposed documents, so the whole text is not NFC and
# cmlint keeps a normalised copy beside the original. The same 200 MB made NFC (by cmlint's own
# unicode-nfc fix) shows the common case of an NFC draft.
nfc_cfg="$tmp/nfc.toml"
echo "[rules]" >"$nfc_cfg"
for r in $all_rules; do [ "$r" = unicode-nfc ] || echo "$r = \"off\"" >>"$nfc_cfg"; done
$bin --config "$nfc_cfg" --fix "$tmp/doc.txt" >/dev/null 2>&1 || true
bytes=$(stat -c %s "$tmp/doc.txt")
measure "one document, 200000 KB, NFC" $bin -j 1 --format json "$tmp/doc.txt"
rm -f "$tmp/big.txt" "$tmp/in.txt" "$tmp/corpus.txt"

echo
echo "adversarial inputs, 5 MB each (all rules; every unmatched “ or ( is a finding)"
printf "%-34s %8s %8s %8s %9s %9s\n" "run" "best ms" "median" "max" "MB/s" "RSS MB"
for kind in long-line digits quotes parens same-id items nesting citations; do
  build-release/tests/gen_adversarial "$kind" 5000000 >"$tmp/adv.txt"
  bytes=$(stat -c %s "$tmp/adv.txt")
  measure "$kind" $bin -j 1 --format json "$tmp/adv.txt"
done
rm -f "$tmp/adv.txt"

echo
echo "small files: process start to exit"
head -c 5000 "${files[0]}" >"$tmp/small.txt"
bytes=5000
measure "one 5 KB draft" $bin "$tmp/small.txt"
mkdir "$tmp/many"
for i in $(seq 1000); do cp "$tmp/small.txt" "$tmp/many/draft-$i.txt"; done
bytes=5000000
measure "1,000 drafts of 5 KB, -j 1" $bin -j 1 --format json "$tmp/many"
measure "1,000 drafts of 5 KB, -j 2" $bin -j 2 --format json "$tmp/many"
