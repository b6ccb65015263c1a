#!/usr/bin/env bash
# Makes this machine able to build the MentalVerse node and its wasm runtime. Idempotent:
# every step checks whether it is needed first, so running it again costs a second.
#
# The wasm runtime needs a Rust target for wasm (`wasm32v1-none`) with a precompiled `core`.
#  1. Where rustup can install that target (a normal developer machine), that is the route.
#  2. Otherwise (no access to rustup's servers), Debian's packaged Rust 1.96 with its library
#     sources is linked as a rustup toolchain, and `core`/`alloc` for wasm32v1-none are compiled
#     once from those sources into its sysroot. The wasm builder then uses that toolchain
#     (WASM_BUILD_TOOLCHAIN) while the native node keeps rustup's default stable.
set -euo pipefail
. "$(dirname "$0")/env.sh"

log() { echo "[setup] $*"; }
WASM_TARGET=wasm32v1-none
mkdir -p "$(dirname "$MV_WASM_ENV")" "$CARGO_TARGET_DIR"

apt_install() {
	local missing=()
	for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
	[ ${#missing[@]} -eq 0 ] && return 0
	log "installing ${missing[*]}"
	local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# protoc: litep2p and sc-network generate their protobuf code at build time.
command -v protoc >/dev/null || apt_install protobuf-compiler

# Route 1: rustup's own target (MV_WASM_ROUTE=debian forces route 2, to test it).
if [ "${MV_WASM_ROUTE:-}" = debian ]; then
	:
elif rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
	log "rustup already has $WASM_TARGET"
	rm -f "$MV_WASM_ENV"
	exit 0
elif timeout 60 rustup target add "$WASM_TARGET" >/dev/null 2>&1; then
	log "installed $WASM_TARGET with rustup"
	rm -f "$MV_WASM_ENV"
	exit 0
fi

# Route 2: Debian's toolchain.
log "rustup cannot install $WASM_TARGET here; using Debian's Rust toolchain"
apt_install rustc-web cargo-web rust-web-src lld-22
WASM_LD=/usr/lib/llvm-22/bin/wasm-ld
TOOLCHAIN=debian-web
rustup toolchain list | grep -q "^$TOOLCHAIN" || rustup toolchain link "$TOOLCHAIN" /usr

SYSROOT_LIB="$(rustup run "$TOOLCHAIN" rustc --print sysroot)/lib/rustlib/$WASM_TARGET/lib"
if ! ls "$SYSROOT_LIB"/libcore-*.rlib >/dev/null 2>&1; then
	log "compiling core and alloc for $WASM_TARGET (about a minute)"
	probe="$(mktemp -d)"
	trap 'rm -rf "$probe"' EXIT
	mkdir -p "$probe/src"
	cat >"$probe/Cargo.toml" <<'TOML'
[package]
name = "mv-sysroot-probe"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["rlib"]
[profile.release]
panic = "abort"
TOML
	printf '#![no_std]\nextern crate alloc;\n' >"$probe/src/lib.rs"
	(cd "$probe" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$probe/target" \
		CARGO_TARGET_WASM32V1_NONE_LINKER="$WASM_LD" \
		rustup run "$TOOLCHAIN" cargo build -q -Zbuild-std=core,alloc \
		--target "$WASM_TARGET" --release)
	mkdir -p "$SYSROOT_LIB"
	cp "$probe"/target/$WASM_TARGET/release/deps/lib{core,alloc,compiler_builtins}-*.rlib "$SYSROOT_LIB/"
fi

cat >"$MV_WASM_ENV" <<ENV
# Written by scripts/setup.sh: build the wasm runtime with Debian's toolchain.
export WASM_BUILD_TOOLCHAIN=$TOOLCHAIN
export CARGO_TARGET_WASM32V1_NONE_LINKER=$WASM_LD
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=$WASM_LD
ENV
log "wasm toolchain ready ($TOOLCHAIN, $WASM_TARGET)"
