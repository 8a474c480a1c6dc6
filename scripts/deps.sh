#!/usr/bin/env bash
# Installs the Debian 12 packages cmlint needs, if any is missing:
#   scripts/deps.sh          what the build needs (scripts/setup.sh)
#   scripts/deps.sh --test   also what the test suite needs (scripts/test.sh, .ci/run)
#   scripts/deps.sh --bench  the build and Google Benchmark only (bench/run.sh --micro)
# Needs root or sudo only when something has to be installed.
set -euo pipefail
packages=(g++ cmake make pkg-config tao-pegtl-dev libicu-dev libtomlplusplus-dev libfmt-dev
          nlohmann-json3-dev libcli11-dev libzip-dev libpugixml-dev)
with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1
[ "${1:-}" = "--bench" ] && packages+=(libbenchmark-dev)
if [ $with_tests -eq 1 ]; then
  # libgtest-dev: the suite; libxml2-utils: xmllint checks XML outputs; chromium: the HTML report is
  # opened headless; pre-commit, git: the hook is tried in a temp repository; valgrind: the
  # complexity guard counts instructions with callgrind; libbenchmark-dev: the micro-benchmarks
  # (bench/run.sh --micro, never built by the tests).
  packages+=(libgtest-dev libxml2-utils chromium pre-commit git valgrind libbenchmark-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The tests also run node: the SARIF output is validated against the official schema.
[ $with_tests -eq 1 ] && ! command -v npm >/dev/null && missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "cmlint: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "cmlint: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ $with_tests -eq 1 ] || exit 0
# npm packages the tests use, pinned by their lock files (node_modules is not committed).
root="$(cd "$(dirname "$0")/.." && pwd)"
for dir in tests/node; do
  if [ ! -d "$root/$dir/node_modules" ] || [ "$root/$dir/package-lock.json" -nt "$root/$dir/node_modules" ]; then
    echo "cmlint: npm ci in $dir" >&2
    (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$root/$dir/node_modules"
  fi
done
