#!/usr/bin/env bash
# First command of the README: install what is missing, build cmlint, and
# lint the bundled sample plan to show real findings.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMLINT_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target cmlint
echo
echo "\$ build/cmlint samples/ke-hoach.txt"
build/cmlint samples/ke-hoach.txt || true   # exit code 1: the sample has errors on purpose
