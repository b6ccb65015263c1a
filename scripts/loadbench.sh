#!/usr/bin/env bash
# The load benchmark: a release node on a fresh development chain, driven by the load generator
# (`loadgen/`) through JSON-RPC, then `benchmark block` over the blocks it filled. Prints the
# table the README shows, with the machine it ran on.
#   ./scripts/loadbench.sh
# Environment:
#   LOAD_ARGS   extra arguments for `mentalverse-loadgen run` (sizes: see `--help`)
#   REBUILD=1   rebuild the release benchmark node even if one exists
#   LOADBENCH_DIR  where the chain, results and logs go (default: under the target dir)
#
# The node is the release build of `scripts/benchmark.sh` (the `runtime-benchmarks` feature
# only adds its benchmark subcommands). It runs the production runtime: the chain spec is
# exported from the default node, whose embedded runtime is the one that ships.
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

BENCH_DIR="$CARGO_TARGET_DIR/benchmarks"
BENCH_NODE="$BENCH_DIR/mentalverse-node-benchmarks"
OUT="${LOADBENCH_DIR:-$CARGO_TARGET_DIR/loadbench}"
RPC_PORT="${RPC_PORT:-9966}"
P2P_PORT="${P2P_PORT:-30366}"

if [ "${REBUILD:-0}" = 1 ] || [ "$(cat "$BENCH_NODE.profile" 2>/dev/null)" != release ]; then
	BENCH_PROFILE=release "$REPO_ROOT/scripts/benchmark.sh" build
fi
"$REPO_ROOT/scripts/build.sh"

rm -rf "$OUT"
mkdir -p "$OUT"
"$NODE_BIN" build-spec --chain dev --raw --disable-default-bootnode > "$OUT/spec.json" 2> "$OUT/build-spec.log"

# A single authority with no peers: a fixed network key, and authoring without peers.
node_args=(--chain "$OUT/spec.json" --base-path "$OUT/chain" --alice --validator --force-authoring
	--node-key 0000000000000000000000000000000000000000000000000000000000000001
	--rpc-port "$RPC_PORT" --port "$P2P_PORT" --no-prometheus --no-telemetry --no-mdns
	# Room for the whole window of pre-signed transactions, and the blocks' state kept for
	# `benchmark block` afterwards.
	--pool-limit 40000 --pool-kbytes 204800 --state-pruning archive-canonical
	--rpc-max-request-size 64 --rpc-max-response-size 64)
"$BENCH_NODE" "${node_args[@]}" > "$OUT/node.log" 2>&1 &
node_pid=$!
stop_node() { kill -INT "$node_pid" 2>/dev/null && wait "$node_pid" 2>/dev/null || true; }
trap stop_node EXIT
up=0
for _ in $(seq 120); do
	kill -0 "$node_pid" 2>/dev/null || break
	if curl -sf -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"system_health"}' \
		"http://127.0.0.1:$RPC_PORT" > /dev/null; then
		up=1
		break
	fi
	sleep 1
done
[ "$up" = 1 ] || { echo "the node did not start; its log:" >&2; tail -20 "$OUT/node.log" >&2; exit 1; }

# shellcheck disable=SC2086
"$LOADGEN_BIN" run --rpc "127.0.0.1:$RPC_PORT" --results "$OUT/results.json" ${LOAD_ARGS:-} 2> "$OUT/loadgen.log"
stop_node
trap - EXIT

# Re-execute every block of the run and compare its time with its weight. The block before
# the run comes first: the first block executed also pays for compiling the runtime.
read -r first last < <("$LOADGEN_BIN" report --results "$OUT/results.json" --range)
"$BENCH_NODE" benchmark block --chain "$OUT/spec.json" --base-path "$OUT/chain" \
	--from "$((first - 1))" --to "$last" --repeat 3 > "$OUT/block.log" 2>&1

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "Machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; node: release build; $(date -u +%Y-%m-%d)."
echo
"$LOADGEN_BIN" report --results "$OUT/results.json" --block-log "$OUT/block.log" | tee "$OUT/table.md"
