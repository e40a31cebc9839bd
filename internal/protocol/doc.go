// Package protocol holds the pure rules of the relaynode protocol that the node shares with
// the contracts in contracts/src (specified in docs/protocol.md): service identifiers,
// governance parameters and their validity, and the session math — session starts within
// parameter epochs, session ids, deterministic supplier selection and the claim and proof
// windows — and relays: their EIP-712 digests and signatures, the Relay-Request and
// Relay-Response envelopes, the relay record of the session tree, its weight, and the
// per-session budget and relay cost — and settlement: the session tree (an smt sparse Merkle
// sum trie), its closest proofs as the contract verifies them, the proof path and
// requirement, the reward and the slash.
//
// Every function here computes exactly what the Solidity side computes; the two are
// cross-checked by generated vectors in contracts/sessionmath_test.go,
// contracts/relay_test.go, contracts/smst_test.go and contracts/settlement_test.go. The
// package does no I/O, keeps no state and is safe for concurrent use (a session trie itself
// is not). It depends on go-ethereum's common and crypto packages and on
// github.com/pokt-network/smt.
package protocol
