package store

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/pokt-network/smt/kvstore"
	"github.com/pokt-network/smt/kvstore/simplemap"

	"github.com/relaynode/relaynode/internal/protocol"
)

// runCallers runs op for i in [0, b.N) from callers goroutines and reports
// the throughput as relays/s.
func runCallers(b *testing.B, callers int, op func(i int) error) {
	b.Helper()
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for range callers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= b.N {
					return
				}
				if err := op(i); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "relays/s")
}

// benchEntry is a cheap distinct entry: key i (big-endian in a hash), a
// shared record.
func benchEntry(s SessionKey, i int, record []byte) Entry {
	e := Entry{Session: s, Record: record, Weight: 1}
	binary.BigEndian.PutUint64(e.Key[24:], uint64(i))
	e.Key[0] = byte(i * 131) // spread keys over the key space
	return e
}

// BenchmarkLogAppend measures durable appends at 1, 16 and 256 concurrent
// callers: the group-committing PebbleLog against one synced Pebble Set per
// entry under a mutex (naive), and against synced Sets without the mutex
// (Pebble's own commit pipeline batches concurrent WAL syncs).
func BenchmarkLogAppend(b *testing.B) {
	record := make([]byte, protocol.RelayRecordSize)
	s := testSession(100, 1)
	for _, callers := range []int{1, 16, 256} {
		b.Run(fmt.Sprintf("group/callers=%d", callers), func(b *testing.B) {
			l, err := OpenLog(b.TempDir(), LogOptions{})
			if err != nil {
				b.Fatal(err)
			}
			defer l.Close()
			ctx := context.Background()
			runCallers(b, callers, func(i int) error { return l.Append(ctx, benchEntry(s, i, record)) })
			if n := l.batches.Load(); n > 0 {
				b.ReportMetric(float64(l.acked.Load())/float64(n), "relays/batch")
			}
		})
		for _, mode := range []string{"naive-mutex", "pebble-nomutex"} {
			b.Run(fmt.Sprintf("%s/callers=%d", mode, callers), func(b *testing.B) {
				db := openDBT(b, b.TempDir())
				defer db.Close()
				var mu sync.Mutex
				runCallers(b, callers, func(i int) error {
					e := benchEntry(s, i, record)
					v := make([]byte, relayValueSize)
					binary.BigEndian.PutUint64(v, e.Weight)
					copy(v[8:], e.Record)
					if mode == "naive-mutex" {
						mu.Lock()
						defer mu.Unlock()
					}
					return db.Set(relayKey(s, e.Key), v, pebble.Sync)
				})
			})
		}
	}
}

// benchLeaves returns n random 32-byte keys.
func benchKeys(n int) [][]byte {
	buf := make([]byte, 32*n)
	rand.Read(buf)
	keys := make([][]byte, n)
	for i := range keys {
		keys[i] = buf[32*i : 32*(i+1)]
	}
	return keys
}

// countingStore counts the writes a tree makes to its store.
type countingStore struct {
	kvstore.MapStore
	sets, deletes int
}

func (c *countingStore) Set(k, v []byte) error { c.sets++; return c.MapStore.Set(k, v) }
func (c *countingStore) Delete(k []byte) error { c.deletes++; return c.MapStore.Delete(k) }

// BenchmarkTreeInsert measures inserting relays (random 32-byte keys,
// 384-byte values, weight 1) into a session tree: in memory without and with
// a mutex (uncontended, and with 16 callers contending), and on a Pebble
// MapStore with a Commit (and unsynced Flush) every 1,000 updates. The cost
// per leaf grows with the tree's depth: compare at the same -benchtime=Nx.
func BenchmarkTreeInsert(b *testing.B) {
	value := make([]byte, protocol.RelayRecordSize)
	rand.Read(value)
	b.Run("memory", func(b *testing.B) {
		keys := benchKeys(b.N)
		tree := NewTree(simplemap.NewSimpleMap())
		b.ResetTimer()
		for i := range b.N {
			if err := tree.Update(keys[i], value, 1); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		reportPerLeaf(b)
	})
	b.Run("memory+mutex", func(b *testing.B) {
		keys := benchKeys(b.N)
		tree := NewTree(simplemap.NewSimpleMap())
		var mu sync.Mutex
		b.ResetTimer()
		for i := range b.N {
			mu.Lock()
			err := tree.Update(keys[i], value, 1)
			mu.Unlock()
			if err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		reportPerLeaf(b)
	})
	b.Run("memory+mutex/callers=16", func(b *testing.B) {
		keys := benchKeys(b.N)
		tree := NewTree(simplemap.NewSimpleMap())
		var mu sync.Mutex
		runCallers(b, 16, func(i int) error {
			mu.Lock()
			defer mu.Unlock()
			return tree.Update(keys[i], value, 1)
		})
		reportPerLeaf(b)
	})
	b.Run("pebble-commit-1000", func(b *testing.B) {
		keys := benchKeys(b.N)
		db := openDBT(b, b.TempDir())
		defer db.Close()
		m, err := NewMapStore(db, []byte("t"))
		if err != nil {
			b.Fatal(err)
		}
		defer m.Close()
		cs := &countingStore{MapStore: m}
		tree := NewTree(cs)
		b.ResetTimer()
		for i := range b.N {
			if err := tree.Update(keys[i], value, 1); err != nil {
				b.Fatal(err)
			}
			if (i+1)%1000 == 0 || i == b.N-1 {
				if err := tree.Commit(); err != nil {
					b.Fatal(err)
				}
				if err := m.Flush(false); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.StopTimer()
		reportPerLeaf(b)
		b.ReportMetric(float64(cs.sets)/float64(b.N), "sets/leaf")
		b.ReportMetric(float64(cs.deletes)/float64(b.N), "deletes/leaf")
	})
}

func reportPerLeaf(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/leaf")
}
