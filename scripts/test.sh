#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run the whole test suite:
#   1. Rust tests of every crate (pallets with mock runtimes, the runtime, the node), and every
#      pallet benchmark executed once against its mock runtime;
#   2. end-to-end tests (tests/e2e) that start the real node and use @polkadot/api.
set -euo pipefail
. "$(dirname "$0")/env.sh"
"$REPO_ROOT/scripts/build.sh"
cd "$REPO_ROOT"

echo "== cargo test"
cargo test --locked --workspace

echo "== pallet benchmarks, run once each as tests in their mock runtimes"
for dir in pallets/*/; do
	crate="pallet-mv-$(basename "$dir")"
	cargo test --locked -p "$crate" --features runtime-benchmarks benchmarking::
done

echo "== end-to-end tests"
cd "$REPO_ROOT/tests"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
npm test
