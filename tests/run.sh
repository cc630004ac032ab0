#!/usr/bin/env bash
# Sets up what the tests need, builds, and runs every test (the simulator's own included) in a
# private D-Bus session with an unlocked gnome-keyring and QT_QPA_PLATFORM=offscreen.
#
#   tests/run.sh                     every test, default preset
#   tests/run.sh -R tst_secretstore  one test, in the same keyring session (ctest arguments)
#   tests/run.sh --preset asan       the asan preset's build and its unit tests
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

preset=default
if [[ ${1:-} == --preset ]]; then
  preset=$2
  shift 2
fi

bash packaging/setup-debian.sh --test

if [[ ! -d tests/fakegitlab/node_modules/graphql ]] ||
   [[ tests/fakegitlab/package-lock.json -nt tests/fakegitlab/node_modules/.package-lock.json ]]; then
  (cd tests/fakegitlab && npm ci --no-audit --no-fund --loglevel=error)
fi

cmake --preset "$preset" -DDUO_BUILD_TESTS=ON >/dev/null
cmake --build --preset "$preset"

sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox"/{data,config,cache,runtime}
chmod 700 "$sandbox/runtime"
export XDG_DATA_HOME=$sandbox/data XDG_CONFIG_HOME=$sandbox/config
export XDG_CACHE_HOME=$sandbox/cache XDG_RUNTIME_DIR=$sandbox/runtime
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
# The throwaway keyring's password: the keychain test locks the keyring and unlocks it again.
DUO_TEST_KEYRING_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export DUO_TEST_KEYRING_PASSWORD

dbus-run-session -- bash -c '
  printf "%s" "$DUO_TEST_KEYRING_PASSWORD" |
    gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec ctest --preset "$0" "$@"' "$preset" "$@"
