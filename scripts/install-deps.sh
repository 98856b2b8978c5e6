#!/usr/bin/env bash
# Installs the Debian 12 packages tcplens needs to build, run and test; only what is missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libpcap-dev libqcustomplot-dev libqcustomplot2.1-qt6
  zlib1g-dev libzstd-dev liblz4-dev gzip zstd lz4  # compressed captures, and the tests that make them
  tshark tcpdump wireshark-common         # oracles for the tests (tshark, capinfos) and recording
  xvfb xauth iproute2 netcat-openbsd python3 fonts-dejavu-core fonts-wqy-microhei
  nftables ethtool                        # recording the fixtures (tests/data/record-fixtures.sh)
  clang libclang-rt-dev                   # the fuzzers (scripts/fuzz.sh): clang with ASan, UBSan and libFuzzer
  openssh-client openssh-server           # remote capture over ssh, tested against an sshd in a namespace
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root (or with sudo) to install them" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# tshark asks whether non-root users may capture; answer no without a prompt.
echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
