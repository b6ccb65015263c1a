#!/usr/bin/env bash
# A local MentalVerse network on 127.0.0.1: four validators (Alice, Bob, Charlie, Dave) of the
# `local` chain, each with its own base path and keystore holding its session keys (Aura sr25519,
# GRANDPA ed25519), plus one non-validating RPC node. Alice is every other node's bootnode.
#
#   ./scripts/local-network.sh            # build, start, wait until all peer; Ctrl-C stops all
#   ./scripts/local-network.sh --check    # start, wait until all peer and finality moves, stop
#
# GRANDPA finalizes with n - floor((n-1)/3) of n voters: four validators keep finalizing with
# one of them down. Every process this script starts is stopped when it exits.
#
# Ports (node i = 0..4: alice, bob, charlie, dave, rpc): p2p 30333+i, JSON-RPC 9944+i,
# Prometheus 9615+i. NETWORK_DIR (default: a new temporary directory) holds the base paths;
# give an existing one to restart the network on its old state. SKIP_BUILD=1 uses the built node.
set -euo pipefail
. "$(dirname "$0")/env.sh"
[ "${SKIP_BUILD:-}" = 1 ] || "$REPO_ROOT/scripts/build.sh"

CHECK=0
[ "${1:-}" = --check ] && CHECK=1
NETWORK_DIR="${NETWORK_DIR:-$(mktemp -d -t mentalverse-network.XXXXXX)}"
VALIDATORS=(alice bob charlie dave)
NAMES=("${VALIDATORS[@]}" rpc)
# Fixed libp2p keys give fixed peer ids, so the bootnode address is known in advance.
node_key() { printf '%064x' "$(($1 + 1))"; }
ALICE_PEER_ID=12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp
BOOTNODE="/ip4/127.0.0.1/tcp/30333/p2p/$ALICE_PEER_ID"

log() { echo "[network] $*"; }
pids=()
stop_all() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
	log "stopped; state and logs are in $NETWORK_DIR"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# Session keys into each validator's keystore (idempotent: inserting again overwrites the file).
insert_keys() {
	local name=$1 seed="//${1^}"
	"$NODE_BIN" key insert --chain local --base-path "$NETWORK_DIR/$name" --key-type aura --scheme sr25519 --suri "$seed"
	"$NODE_BIN" key insert --chain local --base-path "$NETWORK_DIR/$name" --key-type gran --scheme ed25519 --suri "$seed"
}

start() {
	local i=$1 name=${NAMES[$1]}
	local args=(--chain local --base-path "$NETWORK_DIR/$name" --name "$name" --node-key "$(node_key "$i")"
		--port $((30333 + i)) --rpc-port $((9944 + i)) --prometheus-port $((9615 + i))
		--rpc-methods safe --no-mdns)
	[ "$name" = alice ] || args+=(--bootnodes "$BOOTNODE")
	[ "$name" = rpc ] || args+=(--validator)
	mkdir -p "$NETWORK_DIR/$name"
	"$NODE_BIN" "${args[@]}" >>"$NETWORK_DIR/$name.log" 2>&1 &
	pids+=($!)
	log "$name: pid $!, ws://127.0.0.1:$((9944 + i)), log $NETWORK_DIR/$name.log"
}

rpc() {
	curl -s -H 'content-type: application/json' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$2\",\"params\":[]}" "http://127.0.0.1:$1" || true
}
peers() { rpc "$1" system_health | sed -n 's/.*"peers":\([0-9]*\).*/\1/p'; }
finalized() {
	local head
	head=$(rpc "$1" chain_getFinalizedHead | sed -n 's/.*"result":"\(0x[0-9a-f]*\)".*/\1/p')
	[ -n "$head" ] || { echo 0; return; }
	curl -s -H 'content-type: application/json' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"chain_getHeader\",\"params\":[\"$head\"]}" \
		"http://127.0.0.1:$1" | sed -n 's/.*"number":"0x\([0-9a-f]*\)".*/\1/p' | { read -r hex; echo $((16#${hex:-0})); }
}

# Waits up to $1 seconds for `$2 ...` to succeed.
wait_until() {
	local seconds=$1; shift
	for _ in $(seq "$seconds"); do "$@" && return 0; sleep 1; done
	return 1
}
all_peered() {
	for i in "${!NAMES[@]}"; do [ "$(peers $((9944 + i)))" = 4 ] || return 1; done
}
all_finalized_past() {
	for i in "${!NAMES[@]}"; do [ "$(finalized $((9944 + i)))" -ge "$1" ] || return 1; done
}

for name in "${VALIDATORS[@]}"; do insert_keys "$name"; done
for i in "${!NAMES[@]}"; do start "$i"; done

wait_until 120 all_peered || { log "not every node saw its four peers within 120 s"; exit 1; }
log "all five nodes see their four peers"
if [ "$CHECK" = 1 ]; then
	wait_until 180 all_finalized_past 3 || { log "finality did not reach block 3 on every node"; exit 1; }
	log "every node finalized block 3"
	exit 0
fi
log "running; Ctrl-C stops every node"
wait -n "${pids[@]}" || true
log "a node exited; stopping the others"
