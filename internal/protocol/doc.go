// Package protocol holds the pure rules of the relaynode protocol that the node shares with
// the contracts in contracts/src (specified in docs/protocol.md): service identifiers,
// governance parameters and their validity, and the session math — session starts within
// parameter epochs, session ids, deterministic supplier selection and the claim and proof
// windows — and relays: their EIP-712 digests and signatures, the Relay-Request and
// Relay-Response envelopes, the relay record of the session tree, its weight, and the
// per-session budget and relay cost.
//
// Every function here computes exactly what the Solidity side computes; the two are
// cross-checked by generated vectors in contracts/sessionmath_test.go and
// contracts/relay_test.go. The package does no I/O, keeps no state and is safe for
// concurrent use. It depends on go-ethereum's common and crypto packages only.
package protocol
