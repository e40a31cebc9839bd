#!/usr/bin/env bash
# Installs the pinned npm solc and OpenZeppelin Contracts (package-lock.json), compiles
# contracts/src into contracts/artifacts and regenerates the Go bindings in
# contracts/bindings. Run from anywhere: bash contracts/build.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"

# npm ci when node_modules is missing or older than the lockfile it was installed from.
stamp="$here/node_modules/.package-lock.json"
if [[ ! -f "$stamp" || "$here/package-lock.json" -nt "$stamp" || "$here/package.json" -nt "$stamp" ]]; then
	(cd "$here" && npm ci --no-audit --no-fund)
fi

node "$here/compile.js" "$here/artifacts"
(cd "$repo" && go run ./contracts/gen -artifacts contracts/artifacts -out contracts/bindings)
echo "contracts: artifacts and bindings up to date"
