#!/usr/bin/env bash
# Sets up what is missing and builds the node with its wasm runtime (debug profile).
set -euo pipefail
. "$(dirname "$0")/env.sh"
"$REPO_ROOT/scripts/setup.sh"
cd "$REPO_ROOT"
cargo build --locked -p mentalverse-node "$@"
