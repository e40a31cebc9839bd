package protocol

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore/simplemap"
)

// identityPath is a path hasher whose path is the 32-byte key itself, so tests can place
// leaves at chosen paths (long shared prefixes, depth 256). Node encodings do not depend on
// the path hasher, so its proofs verify like the session tree's.
type identityPath struct{}

func (identityPath) Path(key []byte) []byte { return key }
func (identityPath) PathSize() int          { return 32 }

func reasonOf(err error) string {
	var pe *ClosestProofError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	if err == nil {
		return ""
	}
	return "other: " + err.Error()
}

func mustRoot(t *testing.T, trie *smt.SMST) TrieNode {
	t.Helper()
	root, err := ParseTrieNode(trie.Root())
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func prove(t *testing.T, trie *smt.SMST, target common.Hash) (ClosestProof, *smt.SparseMerkleClosestProof) {
	t.Helper()
	raw, err := trie.ProveClosest(target[:])
	if err != nil {
		t.Fatal(err)
	}
	p, err := EncodeClosestProof(raw)
	if err != nil {
		t.Fatal(err)
	}
	return p, raw
}

func withBit(h common.Hash, d int) common.Hash {
	h[d/8] ^= 0x80 >> (d % 8)
	return h
}

func TestSessionTrieMatchesRelayLayout(t *testing.T) {
	trie := NewSessionTrie(simplemap.NewSimpleMap())
	key := common.HexToHash("0x1234")
	record := []byte("relay record")
	if err := trie.Update(key[:], record, 7); err != nil {
		t.Fatal(err)
	}
	p, _ := prove(t, trie, TriePath(key))
	want := ClosestProof{LeafPath: TriePath(key), LeafValueHash: crypto.Keccak256Hash(record), LeafWeight: 7}
	if p.LeafPath != want.LeafPath || p.LeafValueHash != want.LeafValueHash || p.LeafWeight != 7 || p.Depth != 0 {
		t.Fatalf("proof %+v, want leaf %+v", p, want)
	}
	root := mustRoot(t, trie)
	if root.Sum != 7 || root.Count != 1 {
		t.Fatalf("root %+v", root)
	}
	if err := VerifyClosestProof(root, TriePath(key), p); err != nil {
		t.Fatal(err)
	}
}

// TestClosestProofsStrict builds random tries (keccak paths and chosen paths), checks that
// every ProveClosest proof verifies here and in smt, and that forgeries fail with the
// expected reason.
func TestClosestProofsStrict(t *testing.T) {
	rng := rand.New(rand.NewPCG(70, 70))
	accepted, flipped := 0, 0
	for round := range 300 {
		var trie *smt.SMST
		chosen := round%3 == 0
		if chosen {
			trie = smt.NewSparseMerkleSumTrie(simplemap.NewSimpleMap(), crypto.NewKeccakState(), smt.WithPathHasher(identityPath{}))
		} else {
			trie = NewSessionTrie(simplemap.NewSimpleMap())
		}
		n := []int{1, 2, 3, 1 + rng.IntN(40)}[rng.IntN(4)]
		var prefix common.Hash
		randBytes(rng, prefix[:])
		shared := rng.IntN(256)
		var leaves []common.Hash
		for range n {
			var key common.Hash
			randBytes(rng, key[:])
			if chosen { // share the first `shared` bits, sometimes all but the last
				if rng.IntN(4) == 0 {
					shared = 255
				}
				for d := range shared {
					if pathBit(key, d) != pathBit(prefix, d) {
						key = withBit(key, d)
					}
				}
			}
			if err := trie.Update(key[:], key[:8], rng.Uint64N(1000)); err != nil {
				t.Fatal(err)
			}
			if chosen {
				leaves = append(leaves, key)
			} else {
				leaves = append(leaves, TriePath(key))
			}
		}
		root := mustRoot(t, trie)
		for range 4 {
			var target common.Hash
			randBytes(rng, target[:])
			if rng.IntN(2) == 0 { // near a leaf: its path with a late bit changed
				target = withBit(leaves[rng.IntN(len(leaves))], 128+rng.IntN(128))
			}
			p, raw := prove(t, trie, target)
			// smt reports Depth 0 for a leaf at depth 256 and then rejects its flips.
			if quirk := p.Depth == MaxTrieDepth && raw.Depth == 0 && len(raw.FlippedBits) > 0; !quirk {
				if ok, err := smt.VerifyClosestProof(raw, root.Bytes(), SMTVerifySpec()); !ok || err != nil {
					t.Fatalf("round %d: smt rejects its own proof: %v %v", round, ok, err)
				}
			}
			if err := VerifyClosestProof(root, target, p); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			accepted++
			if p.FlippedBits != (common.Hash{}) {
				flipped++
			}
			for _, f := range forgeries(rng, trie, root, target, p, leaves) {
				if got := reasonOf(VerifyClosestProof(f.root, f.target, f.proof)); got != f.want {
					t.Fatalf("round %d, forgery %q: got %q, want %q", round, f.name, got, f.want)
				}
			}
		}
	}
	if flipped < 100 {
		t.Fatalf("only %d of %d proofs have flipped bits", flipped, accepted)
	}
}

// forgery is a proof that must be rejected with want (or accepted, if want is "").
type forgery struct {
	name   string
	root   TrieNode
	target common.Hash
	proof  ClosestProof
	want   string
}

func cloneProof(p ClosestProof) ClosestProof {
	p.SideNodes = append([]TrieNode(nil), p.SideNodes...)
	return p
}

// forgeries derives rejected proofs from the valid proof p of target.
func forgeries(rng *rand.Rand, trie *smt.SMST, root TrieNode, target common.Hash, p ClosestProof, leaves []common.Hash) []forgery {
	var out []forgery
	add := func(name string, f ClosestProof, want string) {
		out = append(out, forgery{name, root, target, f, want})
	}
	depth := int(p.Depth)

	f := cloneProof(p)
	f.Depth++
	add("depth+1", f, "ProofDepthMismatch")
	if depth > 0 {
		f = cloneProof(p)
		f.Depth--
		add("depth-1", f, "ProofDepthMismatch")
		f = cloneProof(p)
		d := rng.IntN(depth)
		f.FlippedBits = withBit(f.FlippedBits, d)
		add("flip toggled", f, "PathMismatch")

		f = cloneProof(p)
		d = rng.IntN(depth)
		f.SideNodes[d].Sum++
		want := "RootMismatch"
		if pathBit(p.FlippedBits, d) {
			want = "FlippedBitNotEmpty"
		}
		add("side node sum", f, want)
		f = cloneProof(p)
		f.SideNodes[d].Hash[rng.IntN(32)] ^= 1
		add("side node hash", f, want)
	}
	if depth < MaxTrieDepth {
		f = cloneProof(p)
		f.FlippedBits = withBit(f.FlippedBits, depth+rng.IntN(MaxTrieDepth-depth))
		add("flip below depth", f, "PathMismatch")
	}
	f = cloneProof(p)
	f.LeafWeight++
	add("leaf weight", f, "RootMismatch")
	f = cloneProof(p)
	f.LeafValueHash[0] ^= 1
	add("leaf value", f, "RootMismatch")
	wrong := root
	wrong.Count++
	out = append(out, forgery{"root count", wrong, target, p, "RootMismatch"})

	// Another leaf's valid (exact) proof passed off as the closest: as it is, with its
	// differences declared as flips, and with a shortened depth.
	for _, leaf := range leaves {
		if leaf == p.LeafPath {
			continue
		}
		q, _ := proveQuiet(trie, leaf)
		if q.LeafPath == p.LeafPath { // several keys at one path (replaced leaf)
			continue
		}
		add("other leaf", q, "PathMismatch")
		g := cloneProof(q)
		for d := range int(q.Depth) {
			if pathBit(q.LeafPath, d) != pathBit(target, d) {
				g.FlippedBits = withBit(g.FlippedBits, d)
			}
		}
		add("other leaf, differences flipped", g, "FlippedBitNotEmpty")
		if q.Depth > 0 {
			g = cloneProof(q)
			g.Depth = 0
			add("other leaf, depth 0", g, "ProofDepthMismatch")
		}
		break
	}
	return out
}

func proveQuiet(trie *smt.SMST, path common.Hash) (ClosestProof, error) {
	raw, err := trie.ProveClosest(path[:])
	if err != nil {
		return ClosestProof{}, err
	}
	return EncodeClosestProof(raw)
}

// TestSMTAcceptsForgedClosestProofs documents why VerifyClosestProof is stricter than
// smt's: smt accepts another leaf's proof with its differences declared as flipped bits, and
// a proof whose Depth is made up.
func TestSMTAcceptsForgedClosestProofs(t *testing.T) {
	trie := smt.NewSparseMerkleSumTrie(simplemap.NewSimpleMap(), crypto.NewKeccakState(), smt.WithPathHasher(identityPath{}))
	a, b := common.Hash{0x00, 1}, common.Hash{0x80, 2} // split at bit 0
	c := common.Hash{0xc0, 3}                          // b and c split at bit 1
	for _, k := range []common.Hash{a, b, c} {
		if err := trie.Update(k[:], k[:], 1); err != nil {
			t.Fatal(err)
		}
	}
	root := mustRoot(t, trie)
	target := common.Hash{0x00, 0xff} // closest: a
	honest, _ := prove(t, trie, target)
	if honest.LeafPath != a {
		t.Fatalf("closest leaf %s, want %s", honest.LeafPath, a)
	}
	// b's proof with bit 0 declared flipped.
	raw, err := trie.ProveClosest(b[:])
	if err != nil {
		t.Fatal(err)
	}
	raw.Path, raw.FlippedBits = target[:], []int{0}
	if ok, err := smt.VerifyClosestProof(raw, root.Bytes(), SMTVerifySpec()); !ok || err != nil {
		t.Fatalf("smt now rejects the forged proof (%v, %v); revisit the strict checks", ok, err)
	}
	forged, err := EncodeClosestProof(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := reasonOf(VerifyClosestProof(root, target, forged)); got != "FlippedBitNotEmpty" {
		t.Fatalf("forged flips: %q", got)
	}
	// b's proof, passed off as the closest leaf of a target on c's side, with Depth 1
	// instead of 2 (the target shares only bit 0 with b).
	raw, err = trie.ProveClosest(b[:])
	if err != nil {
		t.Fatal(err)
	}
	forged, err = EncodeClosestProof(raw)
	if err != nil {
		t.Fatal(err)
	}
	other := common.Hash{0xc0, 0xff}
	raw.Path, raw.Depth = other[:], 1
	if ok, err := smt.VerifyClosestProof(raw, root.Bytes(), SMTVerifySpec()); !ok || err != nil {
		t.Fatalf("smt now rejects the made-up depth (%v, %v); revisit the strict checks", ok, err)
	}
	forged.Depth = 1
	if got := reasonOf(VerifyClosestProof(root, other, forged)); got != "ProofDepthMismatch" {
		t.Fatalf("made-up depth: %q", got)
	}
}

func TestEncodeClosestProofRejectsEmptyTrie(t *testing.T) {
	trie := NewSessionTrie(simplemap.NewSimpleMap())
	raw, err := trie.ProveClosest(make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := EncodeClosestProof(raw); !errors.Is(err, ErrBadClosestProof) {
		t.Fatalf("empty trie: %v", err)
	}
}

func TestClosestProofDepth256(t *testing.T) {
	trie := smt.NewSparseMerkleSumTrie(simplemap.NewSimpleMap(), crypto.NewKeccakState(), smt.WithPathHasher(identityPath{}))
	a := common.Hash{31: 0x02}
	b := common.Hash{31: 0x03} // a and b differ only in the last bit
	for _, k := range []common.Hash{a, b} {
		if err := trie.Update(k[:], k[:], 5); err != nil {
			t.Fatal(err)
		}
	}
	p, raw := prove(t, trie, b)
	if raw.Depth != 0 || len(raw.ClosestProof.SideNodes) != 256 {
		t.Fatalf("smt depth %d with %d side nodes; the depth-256 quirk changed", raw.Depth, len(raw.ClosestProof.SideNodes))
	}
	if p.Depth != 256 || p.LeafPath != b {
		t.Fatalf("encoded depth %d leaf %s", p.Depth, p.LeafPath)
	}
	if err := VerifyClosestProof(mustRoot(t, trie), b, p); err != nil {
		t.Fatal(err)
	}
	tooDeep := cloneProof(p)
	tooDeep.SideNodes = append(tooDeep.SideNodes, TrieNode{})
	if got := reasonOf(VerifyClosestProof(mustRoot(t, trie), b, tooDeep)); got != "TooManySideNodes" {
		t.Fatalf("257 side nodes: %q", got)
	}
}
