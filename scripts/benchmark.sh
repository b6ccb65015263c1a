#!/usr/bin/env bash
# Benchmarks MentalVerse's pallets and the chain's block and extrinsic base weights, and writes
# the weight files from the measurements.
#   ./scripts/benchmark.sh                 # every pallet with benchmarks, then `overhead`
#   ./scripts/benchmark.sh credentials     # one pallet
#   ./scripts/benchmark.sh overhead        # runtime/src/weights/{block,extrinsic}_weights.rs
#   ./scripts/benchmark.sh build           # only build the benchmark node (used by loadbench.sh)
# STEPS and REPEAT may be overridden; the defaults suit the 2-core reference machine.
#
# How it builds (a separate, heavier feature set than the default node):
#  1. the runtime with `runtime-benchmarks`, whose wasm is kept aside;
#  2. the node with `runtime-benchmarks` and SKIP_WASM_BUILD=1: it runs the wasm of step 1
#     (`--runtime`), and frame-benchmarking-cli's own test runtime, which the wasm builder cannot
#     locate from this workspace's default metadata, is not built;
#  3. afterwards, the default node again, so that `target/debug/mentalverse-node` is the normal
#     node with the normal runtime embedded.
set -euo pipefail
. "$(dirname "$0")/env.sh"
"$REPO_ROOT/scripts/setup.sh"
cd "$REPO_ROOT"

STEPS="${STEPS:-20}"
REPEAT="${REPEAT:-10}"
# The node that runs the benchmarks executes the host functions (storage, hashing) natively:
# a debug node (the default here, reusing the debug build) makes them several times slower than
# on a production node, so the weights over-estimate. BENCH_PROFILE=release measures with an
# optimized node (a separate, long build).
BENCH_PROFILE="${BENCH_PROFILE:-dev}"
PROFILE_DIR=debug
[ "$BENCH_PROFILE" = dev ] || PROFILE_DIR="$BENCH_PROFILE"
BENCH_DIR="$CARGO_TARGET_DIR/benchmarks"
WASM="$BENCH_DIR/mentalverse_runtime_benchmarks.wasm"
# The production runtime: base weights are those of the runtime that will run them.
PRODUCTION_WASM="$BENCH_DIR/mentalverse_runtime.wasm"
WBUILD="$CARGO_TARGET_DIR/debug/wbuild/mentalverse-runtime"
mkdir -p "$BENCH_DIR"

restore_default_node() {
	# The benchmark wasm sits where the default build looks for its wasm: rebuild it.
	touch "$REPO_ROOT/runtime/build.rs"
	cargo build --locked -p mentalverse-node
}

# BENCH_NO_BUILD=1 re-runs benchmarks with the node and wasm blobs of the previous build.
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
	trap restore_default_node EXIT
	cargo build --locked -p mentalverse-runtime
	cp "$WBUILD/mentalverse_runtime.wasm" "$PRODUCTION_WASM"
	cargo build --locked -p mentalverse-runtime --features runtime-benchmarks
	cp "$WBUILD/mentalverse_runtime.wasm" "$WASM"
	SKIP_WASM_BUILD=1 cargo build --locked --profile "$BENCH_PROFILE" -p mentalverse-node --features runtime-benchmarks
	cp "$CARGO_TARGET_DIR/$PROFILE_DIR/mentalverse-node" "$BENCH_DIR/mentalverse-node-benchmarks"
	echo "$BENCH_PROFILE" > "$BENCH_DIR/mentalverse-node-benchmarks.profile"
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	for dir in pallets/*/; do
		[ -f "$dir/src/benchmarking.rs" ] && targets+=("$(basename "$dir")")
	done
	targets+=(overhead)
fi

benchmark_overhead() {
	echo "== benchmarking block and extrinsic overhead"
	mkdir -p "$REPO_ROOT/runtime/src/weights"
	"$BENCH_DIR/mentalverse-node-benchmarks" benchmark overhead \
		--runtime "$PRODUCTION_WASM" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--wasm-execution compiled \
		--weight-path "$REPO_ROOT/runtime/src/weights"
}

benchmark_pallet() {
	local name="$1" crate="pallet_mv_${1//-/_}"
	echo "== benchmarking $crate (steps $STEPS, repeat $REPEAT)"
	"$BENCH_DIR/mentalverse-node-benchmarks" benchmark pallet \
		--runtime "$WASM" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet "$crate" \
		--extrinsic '*' \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template "$REPO_ROOT/scripts/weights-template.hbs" \
		--output "$REPO_ROOT/pallets/$name/src/weights.rs"
}

for target in "${targets[@]}"; do
	case "$target" in
		build) ;;
		overhead) benchmark_overhead ;;
		*) benchmark_pallet "$target" ;;
	esac
done
