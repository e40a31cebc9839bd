package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pokt-network/smt/kvstore/simplemap"

	"github.com/relaynode/relaynode/internal/protocol"
)

// soak reports whether RELAYNODE_SOAK=1 asks for the full-size runs.
func soak() bool { return os.Getenv("RELAYNODE_SOAK") == "1" }

// TestClaimRootTiming measures how long a session's claim root takes to be
// ready: fill an in-memory tree with n relays (random 32-byte keys, 384-byte
// values, weight 1), then the first Root() (smt hashes lazily, so this is
// where the hashing happens), then proofs, then persisting the tree once.
// n is 20,000, or 1,000,000 with RELAYNODE_SOAK=1.
func TestClaimRootTiming(t *testing.T) {
	n := 20_000
	if soak() {
		n = 1_000_000
	}
	keys := benchKeys(n)
	value := make([]byte, protocol.RelayRecordSize)
	rand.Read(value)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tree := NewTree(simplemap.NewSimpleMap())
	start := time.Now()
	for _, k := range keys {
		if err := tree.Update(k, value, 1); err != nil {
			t.Fatal(err)
		}
	}
	fill := time.Since(start)
	start = time.Now()
	root := tree.Root()
	first := time.Since(start)
	start = time.Now()
	if !bytes.Equal(tree.Root(), root) {
		t.Fatal("second Root() differs")
	}
	second := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if c := tree.MustCount(); c != uint64(n) {
		t.Fatalf("count %d, want %d", c, n)
	}

	const proofs = 1000
	path := make([]byte, 32)
	start = time.Now()
	for range proofs {
		rand.Read(path)
		if _, err := tree.ProveClosest(path); err != nil {
			t.Fatal(err)
		}
	}
	prove := time.Since(start) / proofs

	// Persist the same relays once: a tree on a MapStore, one Commit, one
	// synced Flush (with the unsynced spills it makes on the way).
	db := openDBT(t, t.TempDir())
	defer db.Close()
	m := newMapStoreT(t, db, string(TreePrefix(testSession(100, 1))))
	defer m.Close()
	ptree := NewTree(m)
	for _, k := range keys {
		if err := ptree.Update(k, value, 1); err != nil {
			t.Fatal(err)
		}
	}
	start = time.Now()
	proot, err := PersistTree(m, ptree)
	if err != nil {
		t.Fatal(err)
	}
	persist := time.Since(start)
	if !bytes.Equal(proot, root) {
		t.Fatal("persisted root differs")
	}

	t.Logf("%d leaves: fill %v (%.2f µs/leaf), first Root() %v (%.2f µs/leaf), second Root() %v, ProveClosest %v, heap %.0f B/leaf, persist once %v (%.2f µs/leaf)",
		n, fill.Round(time.Millisecond), us(fill)/float64(n), first.Round(time.Millisecond), us(first)/float64(n),
		second, prove, float64(after.HeapAlloc-before.HeapAlloc)/float64(n), persist.Round(time.Millisecond), us(persist)/float64(n))
}

// TestRebuildFromLog measures a restart: append n relays to the log from 256
// callers, reopen it, then Scan them into a new in-memory tree and compute
// its root. n is 10,000, or 100,000 with RELAYNODE_SOAK=1.
func TestRebuildFromLog(t *testing.T) {
	n := 10_000
	if soak() {
		n = 100_000
	}
	ctx := context.Background()
	dir := t.TempDir()
	l, err := OpenLog(dir, LogOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := testSession(100, 1)
	keys := benchKeys(n)
	record := make([]byte, protocol.RelayRecordSize)
	rand.Read(record)
	want := NewTree(simplemap.NewSimpleMap())
	for _, k := range keys {
		want.Update(k, record, 1)
	}

	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range 256 {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				e := Entry{Session: s, Record: record, Weight: 1}
				copy(e.Key[:], keys[i])
				if err := l.Append(ctx, e); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	appendDur := time.Since(start)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}

	start = time.Now()
	l = openLogT(t, dir, LogOptions{})
	open := time.Since(start)
	start = time.Now()
	tree := NewTree(simplemap.NewSimpleMap())
	if err := l.Scan(ctx, s, func(e Entry) error { return tree.Update(e.Key[:], e.Record, e.Weight) }); err != nil {
		t.Fatal(err)
	}
	scan := time.Since(start)
	start = time.Now()
	root := tree.Root()
	rootDur := time.Since(start)
	if !bytes.Equal(root, want.Root()) {
		t.Fatal("rebuilt root differs from the tree built directly")
	}
	t.Logf("%d relays: append from 256 callers %v (%.0f relays/s), reopen %v, scan+insert %v (%.2f µs/relay), Root() %v; ready %v after reopen",
		n, appendDur.Round(time.Millisecond), float64(n)/appendDur.Seconds(), open.Round(time.Millisecond),
		scan.Round(time.Millisecond), us(scan)/float64(n), rootDur.Round(time.Millisecond), (open + scan + rootDur).Round(time.Millisecond))
}

func us(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }
