#!/usr/bin/env bash
# Sets up what is missing and builds the node with its wasm runtime (debug profile), and the
# wasm of the next runtime version that the runtime-upgrade test enacts.
set -euo pipefail
. "$(dirname "$0")/env.sh"
"$REPO_ROOT/scripts/setup.sh"
cd "$REPO_ROOT"
cargo build --locked -p mentalverse-node -p mentalverse-upgrade-test-runtime -p mentalverse-loadgen "$@"
