#!/usr/bin/env bash
# Installs the Debian 12 packages Duo Console needs to build and run; with --test, also what
# the tests need (a Secret Service, D-Bus, openssl, Node.js >= 18 with npm).
# Installs only what is missing, with sudo when not run as root.
set -euo pipefail

with_tests=0
[[ ${1:-} == --test ]] && with_tests=1

packages=(
  g++ cmake ninja-build file dpkg-dev
  qt6-base-dev libqt6sql6-sqlite libqt6svg6 qt6-tools-dev qt6-l10n-tools
  qtkeychain-qt6-dev libsecret-1-0 fonts-dejavu-core help2man rpm librsvg2-bin
  qt6-translations-l10n
)
if ((with_tests)); then
  packages+=(dbus gnome-keyring openssl desktop-file-utils appstream fonts-ipafont-gothic)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done

# Node.js for the GitLab simulator: only where node or npm is missing. A machine that has
# NodeSource's nodejs (which bundles npm) must not get Debian's npm: the two conflict.
if ((with_tests)); then
  if ! command -v node >/dev/null 2>&1; then
    missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
  elif ! command -v npm >/dev/null 2>&1; then
    missing+=(npm)
  fi
fi

if ((${#missing[@]})); then
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root, or install sudo: missing ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ((with_tests)); then
  major=$(node -p 'process.versions.node.split(".")[0]')
  if ((major < 18)); then
    echo "Node.js $(node --version) is too old for the GitLab simulator: 18 or newer is needed." >&2
    exit 1
  fi
fi
