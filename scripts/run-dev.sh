#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and start a development chain.
#   - one authority (Alice) producing a block every 6 s, finalized by GRANDPA;
#   - state in a temporary ParityDB database, discarded on exit (pass --base-path DIR to keep it);
#   - JSON-RPC on ws://127.0.0.1:9944, Prometheus on 127.0.0.1:9615.
# Extra arguments go to the node, e.g. `./scripts/run-dev.sh --rpc-port 9955`.
set -euo pipefail
. "$(dirname "$0")/env.sh"
"$REPO_ROOT/scripts/build.sh"
args=(--dev)
[[ " $* " == *" --base-path "* ]] || args+=(--tmp)
exec "$NODE_BIN" "${args[@]}" "$@"
