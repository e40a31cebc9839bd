#!/usr/bin/env bash
# Sends relays through the gateway of a running 'relaynode up' (default
# ports and devnet addresses), waits until the node has claimed, proven and
# settled their sessions, and shows what the demo supplier was paid: the
# sessions with their paid amounts, and its token balance on chain before
# and after (hex, base units). test/e2e/mining_test.go checks the same to
# the unit.
#
#   go run ./cmd/relaynode up --devnet.block-period 200ms &
#   bash scripts/demo-payment.sh 50
set -euo pipefail

relays=${1:-25}
gateway=${GATEWAY:-http://127.0.0.1:8080/v1/eth}
rpc=${RPC:-http://127.0.0.1:8545}
admin=${ADMIN:-http://127.0.0.1:9081}
token=${TOKEN:-0xD4c3e2954782683830175A47dc088f8D14d88896}       # the devnet's stake token
supplier=${SUPPLIER:-0xC644Ff8cE74666488B4Dcd3834c0d01B4B1fd6D2} # dev account 3

balance() {
	curl -fsS -H 'content-type: application/json' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_call\",\"params\":[{\"to\":\"$token\",\"data\":\"0x70a08231000000000000000000000000${supplier#0x}\"},\"latest\"]}" \
		"$rpc" | sed -E 's/.*"result":"0x0*([0-9a-f]*)".*/0x\1/; s/^0x$/0x0/'
}

before=$(balance)
echo "sending $relays relays through $gateway"
for _ in $(seq "$relays"); do
	curl -fsS -H 'content-type: application/json' \
		-d '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' "$gateway" >/dev/null
done
echo "waiting until every session is settled or expired (claim, proof if required, settle)"
for _ in $(seq 600); do
	if ! curl -fsS "$admin/v1/sessions" | grep -Eq '"phase":"(live|closed|claiming|claimed|proving|proven|settling)"'; then
		break
	fi
	sleep 0.2
done
go run ./cmd/relaynode sessions --limit 5
echo "supplier $supplier token balance: $before -> $(balance)"
