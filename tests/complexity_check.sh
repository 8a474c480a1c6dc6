#!/usr/bin/env bash
# Guard against super-linear work without timing anything: callgrind counts the
# instructions cmlint executes on each adversarial input at N and 2N bytes; the
# ratio must stay below 2.5 (linear work doubles; quadratic work quadruples).
# Exit 77 (skipped) when valgrind is missing.
set -uo pipefail
cmlint=$1
gen=$2
command -v valgrind >/dev/null || { echo "valgrind not installed: skipped"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
n=150000
fail=0
instructions() {  # file -> total Ir
  valgrind --tool=callgrind --callgrind-out-file="$dir/cg.out" "$cmlint" --format json "$1" >/dev/null 2>"$dir/vg.err"
  grep -E '^(summary|totals):' "$dir/cg.out" | head -n 1 | awk '{print $2}'
}
printf "%-10s %14s %14s %6s\n" kind "Ir(N)" "Ir(2N)" ratio
for kind in long-line digits quotes parens same-id items nesting citations; do
  "$gen" "$kind" "$n" >"$dir/a.txt"
  "$gen" "$kind" $((2 * n)) >"$dir/b.txt"
  a=$(instructions "$dir/a.txt")
  b=$(instructions "$dir/b.txt")
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", b / a}')
  printf "%-10s %14s %14s %6s\n" "$kind" "$a" "$b" "$ratio"
  awk -v r="$ratio" 'BEGIN{exit !(r < 2.5)}' || { echo "  super-linear: $kind"; fail=1; }
done
exit $fail
