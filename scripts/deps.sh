#!/usr/bin/env bash
# Installs the Debian 12 packages cmlint builds with, if any is missing.
# Needs root or sudo only when something has to be installed.
set -euo pipefail
packages=(g++ cmake make pkg-config tao-pegtl-dev libicu-dev libtomlplusplus-dev libfmt-dev libxml2-utils
          nlohmann-json3-dev libcli11-dev libgtest-dev libzip-dev libpugixml-dev
          chromium pre-commit git)
# chromium: the HTML report is opened headless in a test; pre-commit: the hook is tried in a temp repo.
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The tests also run node: the SARIF output is validated against the official schema.
command -v npm >/dev/null || missing+=(nodejs npm)
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

# npm packages the tests use, pinned by their lock files (node_modules is not committed).
root="$(cd "$(dirname "$0")/.." && pwd)"
for dir in tests/node; do
  if [ ! -d "$root/$dir/node_modules" ] || [ "$root/$dir/package-lock.json" -nt "$root/$dir/node_modules" ]; then
    echo "cmlint: npm ci in $dir" >&2
    (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$root/$dir/node_modules"
  fi
done
