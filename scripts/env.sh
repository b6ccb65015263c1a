# Shared environment for every MentalVerse script. Source it, don't run it.
#
# One cargo target dir outside the clone, reused by every build (developers and CI), so a
# fresh clone does not recompile ~1,000 dependency crates.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/mentalverse/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Two cores: more parallel jobs only add memory pressure.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-$(nproc)}"

# Set by scripts/setup.sh when the wasm target comes from Debian's toolchain rather than rustup.
MV_WASM_ENV="$HOME/.cache/mentalverse/wasm-env.sh"
# shellcheck disable=SC1090
[ -f "$MV_WASM_ENV" ] && . "$MV_WASM_ENV"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
# The wasm builder runs its own cargo in the target dir; with that dir outside the clone it must
# be told where the workspace (and so Cargo.lock, with its pinned versions) is.
export WASM_BUILD_WORKSPACE_HINT="$REPO_ROOT"
NODE_BIN="$CARGO_TARGET_DIR/debug/mentalverse-node"
export NODE_BIN
# The load generator (`loadgen/`), built with the node by scripts/build.sh.
LOADGEN_BIN="$CARGO_TARGET_DIR/debug/mentalverse-loadgen"
export LOADGEN_BIN
# The same runtime with spec_version + 1, enacted by the runtime-upgrade end-to-end test (a
# debug build does not compact the wasm: this is the full blob, about 4 MB).
UPGRADE_RUNTIME_WASM="$CARGO_TARGET_DIR/debug/wbuild/mentalverse-upgrade-test-runtime/mentalverse_upgrade_test_runtime.wasm"
export UPGRADE_RUNTIME_WASM
