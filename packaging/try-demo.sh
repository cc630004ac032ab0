#!/usr/bin/env bash
# Try Duo Console without a GitLab instance: starts the GitLab simulator with a realistic demo
# instance, and opens the console on a throw-away configuration where that instance was added
# through the real profile mechanism. The token is used for this run only (kept in memory);
# plain http:// is confirmed explicitly because the simulator listens on loopback.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash packaging/setup-debian.sh --test
if [[ ! -d tests/fakegitlab/node_modules/graphql ]]; then
  (cd tests/fakegitlab && npm ci --no-audit --no-fund --loglevel=error)
fi
cmake --preset default -DDUO_BUILD_TESTS=OFF >/dev/null
cmake --build --preset default

sandbox=$(mktemp -d)
simulator=
cleanup() {
  [[ -n $simulator ]] && kill "$simulator" 2>/dev/null || true
  rm -rf "$sandbox"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$sandbox/config XDG_DATA_HOME=$sandbox/data XDG_CACHE_HOME=$sandbox/cache

node tests/fakegitlab/server.js --port 0 --fixture tests/fakegitlab/fixtures/demo.json \
  >"$sandbox/simulator.out" 2>"$sandbox/simulator.log" &
simulator=$!
for _ in $(seq 100); do
  [[ -s $sandbox/simulator.out ]] && break
  sleep 0.1
done
url=$(node -e 'const l = require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0];
               console.log(JSON.parse(l).gitlab.url)' "$sandbox/simulator.out")
echo "GitLab simulator at $url (demo instance; token sim-admin-token)"

console=build/default/bin/duo-console
"$console" instance add "Demo (simulated)" --url "$url" --allow-http
echo sim-admin-token | "$console" open -i "Demo (simulated)" --token-stdin
