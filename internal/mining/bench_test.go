package mining

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore/simplemap"

	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
)

// go test -run '^$' -bench . -benchtime 20000x ./internal/mining/
//
// BenchmarkInsert compares, in one run, what a mined relay costs: a raw smt
// update (the floor), and Miner.Add (difficulty check, durable log append
// with group commit; then, behind it, the worker's duplicate check and tree
// insert, counted in by closing the tree) from 1 and from 64 concurrent
// callers.
func BenchmarkInsert(b *testing.B) {
	record := make([]byte, protocol.RelayRecordSize)
	b.Run("raw-smt", func(b *testing.B) {
		trie := protocol.NewSessionTrie(simplemap.NewSimpleMap())
		for i := range b.N {
			k := benchKey(uint64(i))
			if err := trie.Update(k[:], record, 1); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "relays/s")
	})
	for _, par := range []int{1, 64} {
		b.Run(fmt.Sprintf("miner-durable-%d", par), func(b *testing.B) {
			r := newMinerRig(b, b.TempDir())
			var n atomic.Uint64
			b.SetParallelism(max(1, par/2)) // GOMAXPROCS is 2 on the project's machines
			if par == 1 {
				for range b.N {
					if err := r.m.Add(context.Background(), servedRelay(100, n.Add(1), 1)); err != nil {
						b.Fatal(err)
					}
				}
			} else {
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						if err := r.m.Add(context.Background(), servedRelay(100, n.Add(1), 1)); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			// The tree inserts run behind Add: count them in by closing the
			// tree (which inserts what is still queued) inside the timing.
			k := store.SessionKey{Application: testApp, Service: testService, SessionStart: 100, Supplier: testSupplier}
			if _, err := r.m.closeTree(k); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "relays/s")
		})
	}
}

// BenchmarkProof builds closest proofs on a 100,000-leaf session tree and
// verifies them three ways: smt's own verifier (which accepts forgeries, see
// internal/protocol), our strict Go verifier (the contract's rules), and
// encoding for the contract.
func BenchmarkProof(b *testing.B) {
	const leaves = 100_000
	trie := protocol.NewSessionTrie(simplemap.NewSimpleMap())
	record := make([]byte, protocol.RelayRecordSize)
	for i := range uint64(leaves) {
		k := benchKey(i)
		if err := trie.Update(k[:], record, 1+i%7); err != nil {
			b.Fatal(err)
		}
	}
	rootBytes := trie.Root()
	root, err := parseRoot(rootBytes)
	if err != nil {
		b.Fatal(err)
	}
	node := protocol.TrieNode{Hash: root.Hash, Sum: root.Sum, Count: root.Count}
	path := func(i int) common.Hash {
		return crypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, uint64(i)+1<<40))
	}
	b.Run("prove", func(b *testing.B) {
		for i := range b.N {
			p := path(i)
			if _, err := trie.ProveClosest(p[:]); err != nil {
				b.Fatal(err)
			}
		}
	})
	proofs := make([]*smt.SparseMerkleClosestProof, 256)
	for i := range proofs {
		p := path(i)
		if proofs[i], err = trie.ProveClosest(p[:]); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("verify-smt", func(b *testing.B) {
		spec := protocol.SMTVerifySpec()
		for i := range b.N {
			if ok, err := smt.VerifyClosestProof(proofs[i%len(proofs)], rootBytes, spec); !ok || err != nil {
				b.Fatalf("smt rejects a valid proof: %v", err)
			}
		}
	})
	b.Run("verify-strict", func(b *testing.B) {
		for i := range b.N {
			p := proofs[i%len(proofs)]
			cp, err := protocol.EncodeClosestProof(p)
			if err != nil {
				b.Fatal(err)
			}
			if err := protocol.VerifyClosestProof(node, common.Hash(p.Path), cp); err != nil {
				b.Fatal(err)
			}
		}
	})
	var sides int
	for _, p := range proofs {
		sides += len(p.ClosestProof.SideNodes)
	}
	b.Logf("%d leaves: %.1f side nodes per proof on average", leaves, float64(sides)/float64(len(proofs)))
}

func benchKey(i uint64) common.Hash {
	return crypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, i))
}

// TestClaimRootReadyForALargeSession measures how long the claim root of a
// large session takes once the session closes, with the miner's tree (which
// hashes as it goes) against a raw trie hashed only at the end, and checks
// both give the same root. 50,000 relays; 1,000,000 with RELAYNODE_SOAK=1.
// RELAYNODE_TREE_RELAYS=N sets another size. The figures are logged, not
// asserted (docs/benchmarks.md).
func TestClaimRootReadyForALargeSession(t *testing.T) {
	n := 50_000
	if s := os.Getenv("RELAYNODE_TREE_RELAYS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	if os.Getenv("RELAYNODE_SOAK") == "1" {
		n = 1_000_000
	}
	record := make([]byte, protocol.RelayRecordSize)
	tree := newSessionTree()
	started := time.Now()
	for i := range uint64(n) {
		if err := tree.insert(benchKey(i), record, 1); err != nil {
			t.Fatal(err)
		}
	}
	fill := time.Since(started)
	started = time.Now()
	root, err := tree.close()
	if err != nil || root.Count != uint64(n) {
		t.Fatalf("root %+v: %v", root, err)
	}
	ready := time.Since(started)

	raw := protocol.NewSessionTrie(simplemap.NewSimpleMap())
	started = time.Now()
	for i := range uint64(n) {
		k := benchKey(i)
		if err := raw.Update(k[:], record, 1); err != nil {
			t.Fatal(err)
		}
	}
	rawFill := time.Since(started)
	started = time.Now()
	rawRoot, _ := parseRoot(raw.Root())
	rawReady := time.Since(started)
	if rawRoot != root {
		t.Fatalf("roots differ: %+v and %+v", root, rawRoot)
	}
	t.Logf("%d relays: miner tree fill %s, root ready %s after close; raw trie fill %s, root %s after close",
		n, fill.Round(time.Millisecond), ready, rawFill.Round(time.Millisecond), rawReady.Round(time.Millisecond))
}
