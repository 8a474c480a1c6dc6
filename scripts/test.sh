#!/usr/bin/env bash
# Second command of the README: install what is missing, build, and run the
# whole test suite (unit, fixture, golden, CLI, and the real-corpus check).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMLINT_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
