#!/usr/bin/env bash
# Installs the Debian 12 packages cmlint builds with, if any is missing.
# Needs root or sudo only when something has to be installed.
set -euo pipefail
packages=(g++ cmake make pkg-config tao-pegtl-dev libicu-dev libtomlplusplus-dev libfmt-dev
          nlohmann-json3-dev libcli11-dev libgtest-dev valgrind)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "cmlint: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "cmlint: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
