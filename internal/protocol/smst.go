package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore"
)

// The session tree is a github.com/pokt-network/smt v0.14.1 sparse Merkle sum trie with the
// keccak256 hasher: a relay's path is keccak256(relay key), its value the relay record
// (the leaf holds keccak256(record)), its weight computeUnitsPerRelay × calls. The contract
// SMSTVerifier verifies its closest proofs; this file encodes them for the contract and
// verifies them exactly as the contract does.

// MaxTrieDepth is the deepest a leaf of the session tree can sit: one level per path bit.
const MaxTrieDepth = 256

// trieNodeSize is the size of smt's sum-trie node digest: hash ‖ sum ‖ count.
const trieNodeSize = 32 + 8 + 8

var (
	// ErrBadClosestProof is wrapped by every error of EncodeClosestProof and
	// VerifyClosestProof.
	ErrBadClosestProof = errors.New("protocol: bad closest proof")
	// ErrBadTrieNode is wrapped by ParseTrieNode's errors.
	ErrBadTrieNode = errors.New("protocol: bad trie node digest")
)

// ClosestProofError is a closest proof that SMSTVerifier.verifyClosest rejects. It wraps
// ErrBadClosestProof.
type ClosestProofError struct {
	Reason string // the SMSTVerifier custom error the contract reverts with, e.g. "PathMismatch"
	Detail string // its arguments, for people
}

func (e *ClosestProofError) Error() string {
	return fmt.Sprintf("%v: %s: %s", ErrBadClosestProof, e.Reason, e.Detail)
}

// Unwrap returns ErrBadClosestProof.
func (e *ClosestProofError) Unwrap() error { return ErrBadClosestProof }

// NewSessionTrie returns an empty session tree over store: smt's sparse Merkle sum trie with
// the keccak256 hasher and smt's default path hasher (keccak256 of the key) and value hasher
// (keccak256 of the value), which is what SMSTVerifier verifies. Insert a relay with
// Update(relayKey, record, weight). Like every smt trie it is not safe for concurrent use.
func NewSessionTrie(store kvstore.MapStore) *smt.SMST {
	return smt.NewSparseMerkleSumTrie(store, crypto.NewKeccakState())
}

// SMTVerifySpec is the trie spec under which smt's own VerifyClosestProof
// accepts session-tree proofs: without a value hasher, since it would hash the
// leaf's value hash again. For comparisons and tests: smt's verifier accepts
// forged closest proofs; the node and the contract use VerifyClosestProof.
func SMTVerifySpec() *smt.TrieSpec {
	spec := smt.NewTrieSpec(crypto.NewKeccakState(), true, smt.WithValueHasher(nil))
	return &spec
}

// TriePath returns the session-tree path of a relay key: keccak256(key).
func TriePath(key common.Hash) common.Hash { return crypto.Keccak256Hash(key[:]) }

// TrieNode is the digest of a session-tree node, as SMSTVerifier.Node: keccak256 of the
// node's preimage, the sum of the weights and the number of leaves below it. The zero
// TrieNode is the empty subtree; the root of a trie is a TrieNode.
type TrieNode struct {
	Hash  common.Hash
	Sum   uint64
	Count uint64
}

// ParseTrieNode parses smt's 48-byte node digest (hash ‖ sum ‖ count, big-endian), such as
// the smt.MerkleSumRoot of SMST.Root.
func ParseTrieNode(b []byte) (TrieNode, error) {
	if len(b) != trieNodeSize {
		return TrieNode{}, fmt.Errorf("%w: %d bytes, want %d (hash ‖ sum ‖ count)", ErrBadTrieNode, len(b), trieNodeSize)
	}
	return TrieNode{
		Hash:  common.Hash(b[:32]),
		Sum:   binary.BigEndian.Uint64(b[32:40]),
		Count: binary.BigEndian.Uint64(b[40:48]),
	}, nil
}

// Bytes returns smt's 48-byte encoding of n: hash ‖ sum ‖ count, big-endian.
func (n TrieNode) Bytes() []byte {
	out := make([]byte, trieNodeSize)
	putTrieNode(out, n)
	return out
}

// IsEmpty reports whether n is the empty subtree (smt's placeholder: 48 zero bytes).
func (n TrieNode) IsEmpty() bool { return n == TrieNode{} }

// ClosestProof is a closest proof of the session tree as SMSTVerifier.ClosestProof takes it
// (same fields, same order): the leaf reached from a target path, its depth, the depths at
// which smt's ProveClosest flipped the target's bit, and the side nodes.
type ClosestProof struct {
	LeafPath      common.Hash
	LeafValueHash common.Hash // keccak256 of the leaf's value (the relay record)
	LeafWeight    uint64
	Depth         uint16 // the leaf's depth: len(SideNodes)
	// FlippedBits has bit d set, most significant bit first as in paths (byte d/8, mask
	// 0x80 >> d%8), for each depth d at which ProveClosest flipped the target's bit.
	FlippedBits common.Hash
	// SideNodes[d] is the sibling at depth d, root level first (smt lists them leaf first).
	SideNodes []TrieNode
}

// EncodeClosestProof converts a proof from smst.ProveClosest (on a non-empty session tree)
// into the form SMSTVerifier takes. It checks the shape of the proof, not that it verifies.
//
// smt reports Depth 0 for a leaf at depth 256 (its walk stops at the bottom without looking
// at the node); the depth is taken from the number of side nodes.
func EncodeClosestProof(p *smt.SparseMerkleClosestProof) (ClosestProof, error) {
	if p == nil || p.ClosestProof == nil {
		return ClosestProof{}, fmt.Errorf("%w: no proof", ErrBadClosestProof)
	}
	if p.ClosestValueHash == nil {
		return ClosestProof{}, fmt.Errorf("%w: the trie is empty", ErrBadClosestProof)
	}
	if len(p.ClosestPath) != 32 {
		return ClosestProof{}, fmt.Errorf("%w: leaf path of %d bytes, want 32", ErrBadClosestProof, len(p.ClosestPath))
	}
	leaf, err := ParseTrieNode(p.ClosestValueHash)
	if err != nil {
		return ClosestProof{}, fmt.Errorf("%w: leaf value: %w", ErrBadClosestProof, err)
	}
	if leaf.Count != 1 {
		return ClosestProof{}, fmt.Errorf("%w: leaf count %d, want 1", ErrBadClosestProof, leaf.Count)
	}
	depth := len(p.ClosestProof.SideNodes)
	if depth > MaxTrieDepth {
		return ClosestProof{}, fmt.Errorf("%w: %d side nodes, at most %d", ErrBadClosestProof, depth, MaxTrieDepth)
	}
	if p.Depth != depth && (p.Depth != 0 || depth != MaxTrieDepth) {
		return ClosestProof{}, fmt.Errorf("%w: depth %d with %d side nodes", ErrBadClosestProof, p.Depth, depth)
	}
	out := ClosestProof{
		LeafPath:      common.Hash(p.ClosestPath),
		LeafValueHash: leaf.Hash,
		LeafWeight:    leaf.Sum,
		Depth:         uint16(depth),
		SideNodes:     make([]TrieNode, depth),
	}
	for _, d := range p.FlippedBits {
		if d < 0 || d >= depth || pathBit(out.FlippedBits, d) {
			return ClosestProof{}, fmt.Errorf("%w: flipped bit %d (depth %d, flips %v)", ErrBadClosestProof, d, depth, p.FlippedBits)
		}
		out.FlippedBits[d/8] |= 0x80 >> (d % 8)
	}
	for i, raw := range p.ClosestProof.SideNodes {
		n, err := ParseTrieNode(raw)
		if err != nil {
			return ClosestProof{}, fmt.Errorf("%w: side node %d: %w", ErrBadClosestProof, i, err)
		}
		out.SideNodes[depth-1-i] = n
	}
	return out, nil
}

// VerifyClosestProof checks p as SMSTVerifier.verifyClosest does, in the same order, and
// returns nil if p is the closest proof of targetPath in the trie with the given root. A
// rejection is a *ClosestProofError naming the contract's custom error. The conditions:
//
//  1. Depth == len(SideNodes) ≤ 256 (TooManySideNodes, ProofDepthMismatch);
//  2. for every depth d < Depth, LeafPath and targetPath differ at bit d exactly when bit d
//     of FlippedBits is set, and no bit at or below Depth is flipped (PathMismatch, at the
//     first offending depth);
//  3. hashing up from the leaf (count 1), the side node at every flipped depth is empty
//     (FlippedBitNotEmpty) and no sum or count exceeds 2^64-1 (SumOverflow);
//  4. the result is root (RootMismatch).
//
// smt's own VerifyClosestProof checks 2 only up to a Depth that nothing authenticates, and
// not 3, so it accepts a valid proof of another leaf with a made-up Depth or with its
// differences from the target declared as FlippedBits.
func VerifyClosestProof(root TrieNode, targetPath common.Hash, p ClosestProof) error {
	depth := len(p.SideNodes)
	if depth > MaxTrieDepth {
		return &ClosestProofError{"TooManySideNodes", fmt.Sprintf("%d side nodes, at most %d", depth, MaxTrieDepth)}
	}
	if int(p.Depth) != depth {
		return &ClosestProofError{"ProofDepthMismatch", fmt.Sprintf("depth %d with %d side nodes", p.Depth, depth)}
	}
	for d := range MaxTrieDepth {
		differs := d < depth && pathBit(p.LeafPath, d) != pathBit(targetPath, d)
		if differs != pathBit(p.FlippedBits, d) {
			return &ClosestProofError{"PathMismatch", fmt.Sprintf("leaf path %s does not follow target %s with flips %s at depth %d",
				p.LeafPath, targetPath, p.FlippedBits, d)}
		}
	}

	var buf [1 + 2*trieNodeSize + 16]byte
	buf[0] = 0x00
	copy(buf[1:33], p.LeafPath[:])
	copy(buf[33:65], p.LeafValueHash[:])
	binary.BigEndian.PutUint64(buf[65:73], p.LeafWeight)
	binary.BigEndian.PutUint64(buf[73:81], 1)
	node := TrieNode{Hash: crypto.Keccak256Hash(buf[:81]), Sum: p.LeafWeight, Count: 1}
	for d := depth - 1; d >= 0; d-- {
		side := p.SideNodes[d]
		if pathBit(p.FlippedBits, d) && !side.IsEmpty() {
			return &ClosestProofError{"FlippedBitNotEmpty", fmt.Sprintf("side node at flipped depth %d is %+v", d, side)}
		}
		sum, c1 := bits.Add64(node.Sum, side.Sum, 0)
		count, c2 := bits.Add64(node.Count, side.Count, 0)
		if c1 != 0 || c2 != 0 {
			return &ClosestProofError{"SumOverflow", fmt.Sprintf("at depth %d", d)}
		}
		left, right := node, side
		if pathBit(p.LeafPath, d) {
			left, right = side, node
		}
		buf[0] = 0x01
		putTrieNode(buf[1:1+trieNodeSize], left)
		putTrieNode(buf[1+trieNodeSize:1+2*trieNodeSize], right)
		binary.BigEndian.PutUint64(buf[1+2*trieNodeSize:], sum)
		binary.BigEndian.PutUint64(buf[9+2*trieNodeSize:], count)
		node = TrieNode{Hash: crypto.Keccak256Hash(buf[:]), Sum: sum, Count: count}
	}
	if node != root {
		return &ClosestProofError{"RootMismatch", fmt.Sprintf("the proof hashes to %+v, not %+v", node, root)}
	}
	return nil
}

func putTrieNode(dst []byte, n TrieNode) {
	copy(dst[:32], n.Hash[:])
	binary.BigEndian.PutUint64(dst[32:40], n.Sum)
	binary.BigEndian.PutUint64(dst[40:48], n.Count)
}

// pathBit reports bit d of a path, most significant bit first, as smt reads paths.
func pathBit(path common.Hash, d int) bool { return path[d/8]&(0x80>>(d%8)) != 0 }
