// Package contracts holds relaynode's Solidity contracts and everything built from them.
//
// Layout:
//
//	src/                   Solidity sources: RelayToken, Registry, RelaySettlement, SessionMath,
//	                       RelayLib, SMSTVerifier and SettlementMath (libraries), test/*Harness
//	                       (test-only)
//	package.json           the pinned npm solc and OpenZeppelin Contracts (exact versions),
//	package-lock.json      locked with integrity hashes; node_modules/ is not committed
//	compile.js             solc standard-JSON driver: src/**/*.sol -> artifacts/<Contract>.json
//	artifacts/             committed {"contractName","abi","bytecode"} per deployable contract
//	gen/                   command that writes the abigen v1 Go bindings from artifacts/
//	internal/gen/          the binding generator itself (also used by the tests)
//	bindings/              committed Go bindings, package bindings, one file per contract
//	build.sh               npm ci (when needed) + compile.js + go run ./contracts/gen
//
// Rebuild after changing a source (from any directory):
//
//	bash contracts/build.sh
//
// A Go build never needs node or solc: the artifacts and bindings are committed. The tests
// of this package compile the sources with the installed solc and fail when the committed
// artifacts or bindings are stale; without node or contracts/node_modules (install it with
// `cd contracts && npm ci`) that check is skipped. The other tests run the contracts on an
// in-memory go-ethereum chain (ethclient/simulated): Go/Solidity cross-vectors for the
// session math, the relays, the session tree's closest proofs and the settlement math of
// internal/protocol, and the registry's and settlement's behaviour (docs/protocol.md).
package contracts
