package contracts_test

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore/simplemap"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Cross-check of the session tree's closest proofs: smt's ProveClosest output must be
// accepted by SMSTVerifier (through SMSTHarness), by protocol.VerifyClosestProof and by
// smt.VerifyClosestProof; forged proofs must be rejected by the contract and by Go with the
// same custom error.

const (
	smstTries = 1000
	smstChunk = 120 // proofs per eth_call
)

// identityPath places a leaf at its 32-byte key, so tests can choose paths (long shared
// prefixes, depth 256); node encodings do not depend on the path hasher.
type identityPath struct{}

func (identityPath) Path(key []byte) []byte { return key }
func (identityPath) PathSize() int          { return 32 }

func harnessNode(n protocol.TrieNode) bindings.SMSTHarnessDigest {
	return bindings.SMSTHarnessDigest{Hash: n.Hash, Sum: n.Sum, Count: n.Count}
}

func harnessProof(p protocol.ClosestProof) bindings.SMSTHarnessProof {
	out := bindings.SMSTHarnessProof{
		LeafPath: p.LeafPath, LeafValueHash: p.LeafValueHash, LeafWeight: p.LeafWeight,
		Depth: p.Depth, FlippedBits: p.FlippedBits, SideNodes: make([]bindings.SMSTHarnessDigest, len(p.SideNodes)),
	}
	for i, n := range p.SideNodes {
		out.SideNodes[i] = harnessNode(n)
	}
	return out
}

// smstCase is one proof to verify and the custom error both sides must agree on ("" =
// accepted); want is checked when set by the generator (wantAny: only agreement).
type smstCase struct {
	name    string
	root    protocol.TrieNode
	target  common.Hash
	proof   protocol.ClosestProof
	want    string
	wantAny bool
}

func flipBit(h common.Hash, d int) common.Hash {
	h[d/8] ^= 0x80 >> (d % 8)
	return h
}

func hasBit(h common.Hash, d int) bool { return h[d/8]&(0x80>>(d%8)) != 0 }

func cloneClosest(p protocol.ClosestProof) protocol.ClosestProof {
	p.SideNodes = append([]protocol.TrieNode(nil), p.SideNodes...)
	return p
}

// randTrie builds a trie of n leaves. With chosen paths, keys are paths that share a random
// prefix (sometimes all but the last bit).
func randTrie(t *testing.T, rng *rand.Rand, n int, chosen bool) (*smt.SMST, []common.Hash) {
	t.Helper()
	var trie *smt.SMST
	if chosen {
		trie = smt.NewSparseMerkleSumTrie(simplemap.NewSimpleMap(), crypto.NewKeccakState(), smt.WithPathHasher(identityPath{}))
	} else {
		trie = protocol.NewSessionTrie(simplemap.NewSimpleMap())
	}
	prefix, shared := randHash(rng), rng.IntN(256)
	if rng.IntN(4) == 0 {
		shared = 255
	}
	var paths []common.Hash
	for range n {
		key := randHash(rng)
		path := protocol.TriePath(key)
		if chosen {
			for d := range shared {
				if hasBit(key, d) != hasBit(prefix, d) {
					key = flipBit(key, d)
				}
			}
			path = key
		}
		record := randHash(rng)
		if err := trie.Update(key[:], record[:], 1+rng.Uint64N(1000)); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return trie, paths
}

func proveClosest(t *testing.T, trie *smt.SMST, target common.Hash) (protocol.ClosestProof, *smt.SparseMerkleClosestProof) {
	t.Helper()
	raw, err := trie.ProveClosest(target[:])
	if err != nil {
		t.Fatal(err)
	}
	p, err := protocol.EncodeClosestProof(raw)
	if err != nil {
		t.Fatal(err)
	}
	return p, raw
}

// smstCases returns the valid proof of target and forgeries of it.
func smstCases(t *testing.T, rng *rand.Rand, trie *smt.SMST, paths []common.Hash, target common.Hash) []smstCase {
	t.Helper()
	root, err := protocol.ParseTrieNode(trie.Root())
	if err != nil {
		t.Fatal(err)
	}
	p, raw := proveClosest(t, trie, target)
	// smt reports Depth 0 for a leaf at depth 256 and then rejects its flips.
	if quirk := p.Depth == protocol.MaxTrieDepth && raw.Depth == 0 && len(raw.FlippedBits) > 0; !quirk {
		if ok, err := smt.VerifyClosestProof(raw, root.Bytes(), protocol.SMTVerifySpec()); !ok || err != nil {
			t.Fatalf("smt rejects its own proof of %s: %v %v", target, ok, err)
		}
	}
	out := []smstCase{{name: "valid", root: root, target: target, proof: p}}
	add := func(name string, f protocol.ClosestProof, want string) {
		out = append(out, smstCase{name: name, root: root, target: target, proof: f, want: want})
	}
	depth := int(p.Depth)

	f := cloneClosest(p)
	f.Depth++
	add("depth+1", f, "ProofDepthMismatch")
	if depth > 0 {
		d := rng.IntN(depth)
		f = cloneClosest(p)
		f.FlippedBits = flipBit(f.FlippedBits, d)
		add("flip toggled", f, "PathMismatch")
		f = cloneClosest(p)
		want := "RootMismatch"
		if hasBit(p.FlippedBits, d) {
			want = "FlippedBitNotEmpty"
		}
		if rng.IntN(2) == 0 {
			f.SideNodes[d].Hash[rng.IntN(32)] ^= 1
		} else {
			f.SideNodes[d].Count++
		}
		add("side node tampered", f, want)
	}
	if depth < protocol.MaxTrieDepth {
		f = cloneClosest(p)
		f.FlippedBits = flipBit(f.FlippedBits, depth+rng.IntN(protocol.MaxTrieDepth-depth))
		add("flip below depth", f, "PathMismatch")
	}
	f = cloneClosest(p)
	if rng.IntN(2) == 0 {
		f.LeafWeight++
	} else {
		f.LeafValueHash[rng.IntN(32)] ^= 1
	}
	add("leaf tampered", f, "RootMismatch")
	wrong := root
	wrong.Hash[rng.IntN(32)] ^= 1
	out = append(out, smstCase{name: "wrong root", root: wrong, target: target, proof: p, want: "RootMismatch"})
	out = append(out, smstCase{name: "other target", root: root, target: randHash(rng), proof: p, wantAny: true})

	// Another leaf's valid proof passed off as the closest: as it is, with its differences
	// from the target declared as flips, and with its depth altered.
	for _, leaf := range paths {
		q, _ := proveClosest(t, trie, leaf)
		if q.LeafPath == p.LeafPath {
			continue
		}
		add("other leaf", q, "PathMismatch")
		g := cloneClosest(q)
		for d := range int(q.Depth) {
			if hasBit(q.LeafPath, d) != hasBit(target, d) {
				g.FlippedBits = flipBit(g.FlippedBits, d)
			}
		}
		add("other leaf, differences flipped", g, "FlippedBitNotEmpty")
		g.Depth = uint16(rng.IntN(int(q.Depth) + 1))
		if g.Depth != q.Depth {
			add("other leaf, depth altered", g, "ProofDepthMismatch")
		}
		break
	}
	return out
}

func revertName(t *testing.T, a *abi.ABI, data []byte) string {
	t.Helper()
	if len(data) == 0 {
		return ""
	}
	for name, e := range a.Errors {
		if len(data) >= 4 && [4]byte(e.ID[:4]) == [4]byte(data[:4]) {
			return name
		}
	}
	t.Fatalf("unknown revert data %x", data)
	return ""
}

func TestCrossSMSTClosestProofs(t *testing.T) {
	c := newTestChain(t, 1)
	_, tx, harness, err := bindings.DeploySMSTHarness(c.opts(0), c.client)
	c.do(tx, err)
	harnessABI := mustABI(t, bindings.SMSTHarnessMetaData)
	rng := rand.New(rand.NewPCG(80, 80))

	var cases []smstCase
	sizes := map[string]int{}
	for i := range smstTries {
		var n int
		switch r := rng.IntN(20); {
		case r < 5:
			n = 1
		case r < 8:
			n = 2
		case r < 11:
			n = 3
		case r < 17:
			n = 4 + rng.IntN(30)
		case r < 19:
			n = 34 + rng.IntN(100)
		default:
			n = 134 + rng.IntN(300)
		}
		chosen := i%4 == 3
		trie, paths := randTrie(t, rng, n, chosen)
		target := randHash(rng)
		if rng.IntN(2) == 0 { // near a leaf: its path with one later bit changed
			target = flipBit(paths[rng.IntN(len(paths))], 64+rng.IntN(192))
		}
		cs := smstCases(t, rng, trie, paths, target)
		switch p := cs[0].proof; {
		case p.Depth == protocol.MaxTrieDepth:
			sizes["depth 256"]++
		case p.FlippedBits != (common.Hash{}):
			sizes["with flipped bits"]++
		}
		if n == 1 {
			sizes["single leaf"]++
		}
		cases = append(cases, cs...)
	}
	t.Logf("%d tries, %d proofs verified on both sides; %v", smstTries, len(cases), sizes)
	if sizes["with flipped bits"] < 150 || sizes["depth 256"] < 10 || sizes["single leaf"] < 150 {
		t.Fatalf("the generator misses cases: %v", sizes)
	}

	accepted := 0
	for from := 0; from < len(cases); from += smstChunk {
		chunk := cases[from:min(from+smstChunk, len(cases))]
		roots := make([]bindings.SMSTHarnessDigest, len(chunk))
		targets := make([][32]byte, len(chunk))
		proofs := make([]bindings.SMSTHarnessProof, len(chunk))
		for i, cs := range chunk {
			roots[i], targets[i], proofs[i] = harnessNode(cs.root), cs.target, harnessProof(cs.proof)
		}
		got, err := harness.VerifyBatch(call(), roots, targets, proofs)
		if err != nil {
			t.Fatal(err)
		}
		for i, cs := range chunk {
			sol := revertName(t, harnessABI, got[i])
			goErr := protocol.VerifyClosestProof(cs.root, cs.target, cs.proof)
			var goName string
			if goErr != nil {
				pe, ok := goErr.(*protocol.ClosestProofError)
				if !ok {
					t.Fatalf("case %d (%s): Go error %v", from+i, cs.name, goErr)
				}
				goName = pe.Reason
			}
			if sol != goName {
				t.Fatalf("case %d (%s): solidity %q, go %q (%v)", from+i, cs.name, sol, goName, goErr)
			}
			if !cs.wantAny && sol != cs.want {
				t.Fatalf("case %d (%s): both %q, want %q", from+i, cs.name, sol, cs.want)
			}
			if sol == "" {
				accepted++
			}
		}
	}
	if accepted < smstTries {
		t.Fatalf("only %d proofs accepted", accepted)
	}
}

// TestSMSTVerifierEdges covers what random tries rarely reach: 257 side nodes, and sums
// that overflow 64 bits in forged side nodes.
func TestSMSTVerifierEdges(t *testing.T) {
	c := newTestChain(t, 1)
	_, tx, harness, err := bindings.DeploySMSTHarness(c.opts(0), c.client)
	c.do(tx, err)
	harnessABI := mustABI(t, bindings.SMSTHarnessMetaData)

	leaf := protocol.TrieNode{Hash: common.Hash{1}}
	deep := protocol.ClosestProof{LeafPath: common.Hash{1}, LeafWeight: 1, Depth: 257, SideNodes: make([]protocol.TrieNode, 257)}
	over := protocol.ClosestProof{LeafPath: common.Hash{1}, LeafWeight: 1<<64 - 1, Depth: 1,
		SideNodes: []protocol.TrieNode{{Hash: common.Hash{2}, Sum: 1, Count: 1}}}
	for _, cs := range []struct {
		proof protocol.ClosestProof
		want  string
	}{{deep, "TooManySideNodes"}, {over, "SumOverflow"}} {
		err := protocol.VerifyClosestProof(leaf, common.Hash{1}, cs.proof)
		pe, ok := err.(*protocol.ClosestProofError)
		if !ok || pe.Reason != cs.want {
			t.Fatalf("Go: %v, want %s", err, cs.want)
		}
		_, err = harness.Measure(call(), harnessNode(leaf), common.Hash{1}, harnessProof(cs.proof))
		if name, _, derr := revertOf(err, harnessABI); derr != nil || name != cs.want {
			t.Fatalf("solidity: %s %v, want %s", name, derr, cs.want)
		}
	}
}

// TestSMSTVerifierGas reports the gas of verifyClosest (proof in memory; calldata and ABI
// decoding excluded) for a typical proof and for one of depth 20 (a trie of about a
// million leaves), and for the deepest possible proof.
func TestSMSTVerifierGas(t *testing.T) {
	c := newTestChain(t, 1)
	_, tx, harness, err := bindings.DeploySMSTHarness(c.opts(0), c.client)
	c.do(tx, err)
	rng := rand.New(rand.NewPCG(81, 81))

	measure := func(trie *smt.SMST, target common.Hash) (uint64, int) {
		t.Helper()
		root, err := protocol.ParseTrieNode(trie.Root())
		if err != nil {
			t.Fatal(err)
		}
		p, _ := proveClosest(t, trie, target)
		g, err := harness.Measure(call(), harnessNode(root), target, harnessProof(p))
		if err != nil {
			t.Fatal(err)
		}
		return g.Uint64(), int(p.Depth)
	}

	trie, _ := randTrie(t, rng, 300, false)
	g, d := measure(trie, randHash(rng))
	t.Logf("gas: verifyClosest, 300-leaf trie (depth %d): %d", d, g)

	// A leaf at depth 20 with a one-leaf subtree beside it at every level: the shape of a
	// proof in a trie of about 2^20 leaves.
	trie = smt.NewSparseMerkleSumTrie(simplemap.NewSimpleMap(), crypto.NewKeccakState(), smt.WithPathHasher(identityPath{}))
	target := randHash(rng)
	for d := range 20 {
		k := flipBit(target, d)
		k[31] ^= byte(rng.Uint32())
		if err := trie.Update(k[:], k[:], 7); err != nil {
			t.Fatal(err)
		}
	}
	if err := trie.Update(target[:], target[:], 7); err != nil {
		t.Fatal(err)
	}
	g, d = measure(trie, target)
	if d != 20 {
		t.Fatalf("depth %d, want 20", d)
	}
	t.Logf("gas: verifyClosest, depth 20 (~1M leaves): %d", g)
	if g > 60_000 {
		t.Errorf("a depth-20 proof costs %d gas, want ≤ 60,000", g)
	}

	trie = smt.NewSparseMerkleSumTrie(simplemap.NewSimpleMap(), crypto.NewKeccakState(), smt.WithPathHasher(identityPath{}))
	a := common.Hash{31: 2}
	b := common.Hash{31: 3}
	for _, k := range []common.Hash{a, b} {
		if err := trie.Update(k[:], k[:], 1); err != nil {
			t.Fatal(err)
		}
	}
	g, d = measure(trie, b)
	t.Logf("gas: verifyClosest, depth %d (deepest): %d", d, g)
}
