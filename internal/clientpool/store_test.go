package clientpool

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/relaynode/relaynode/internal/store/sqlite"
)

// A client who disconnects keeps its balance across a restart; balances go on
// expiring while the node is down; own factors and capacities are kept.
func TestRestartKeepsBalances(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pool.db")
	clk := NewSimClock(testStart)
	cfg := Config{Path: path, Clock: clk, TotalCapacity: 10, MinCapacity: 1, NegativeHalfLife: time.Hour}
	p, _ := newTestPool(t, cfg)

	mustAdd(t, p, "key:a", 500)
	mustAdd(t, p, "key:c", 1000)
	mustConnect(t, p, "key:c", Paid)
	if c, _ := p.SetCapacity("key:c", 4); c != 4 {
		t.Fatalf("capacity %d, want 4", c)
	}
	rel := mustAcquire(t, p, "ip:b", Free, 30)
	rel()
	f := &Factors{Positive: PriceFactors{TimeFactor: 0.5, CapacityFactor: 1}, Negative: PriceFactors{CapacityFactor: 3}}
	if err := p.SetFactors("key:a", f); err != nil {
		t.Fatal(err)
	}
	clk.Advance(10 * time.Second) // key:c pays 4/s; ip:b idles out after 10s at 1/s
	if err := p.Shutdown(bg); err != nil {
		t.Fatal(err)
	}

	clk.Advance(time.Hour) // down for an hour: the negative balance halves
	p2, _ := newTestPool(t, cfg)
	a, b, c := info(t, p2, "key:a"), info(t, p2, "ip:b"), info(t, p2, "key:c")
	if a.Pos != 500 || !a.CustomFactors || a.Factors != *f {
		t.Errorf("key:a after restart: %+v", a)
	}
	if want := (30 + 10.0) / 2; !near(b.Neg, want, 1e-2, 0) || b.Connected {
		t.Errorf("ip:b after restart: neg %v, want about %v (30 units + 10s, one half-life)", b.Neg, want)
	}
	if !near(c.Pos, 1000-40, 1e-9, 0) || c.Connected {
		t.Errorf("key:c after restart: %+v, want pos 960, not connected", c)
	}
	if c.MaxCapacity != 4 {
		t.Errorf("key:c maximum capacity after restart %d, want its own 4", c.MaxCapacity)
	}
}

// A crash loses at most the changes since the last checkpoint: the loop writes
// them every CheckpointInterval on the pool's clock.
func TestCrashLosesAtMostOneInterval(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pool.db")
	clk := NewSimClock(testStart)
	p, _ := newTestPool(t, Config{Path: path, Clock: clk, CheckpointInterval: time.Second})
	mustAdd(t, p, "key:a", 100)
	clk.Advance(time.Second) // the loop checkpoints
	waitForRow(t, path, "key:a", 100)
	mustAdd(t, p, "key:a", 50) // not yet checkpointed when we "crash"

	// Crash: copy the database as it is on disk and open the copy.
	crashed := filepath.Join(t.TempDir(), "pool.db")
	for _, suffix := range []string{"", "-wal"} {
		copyFile(t, path+suffix, crashed+suffix)
	}
	p2, _ := newTestPool(t, Config{Path: crashed, Clock: NewSimClock(clk.Now())})
	if a := info(t, p2, "key:a"); a.Pos != 100 {
		t.Fatalf("after the crash: pos %v, want the checkpointed 100", a.Pos)
	}
}

func waitForRow(t *testing.T, path, id string, pos float64) {
	t.Helper()
	db, err := sqlite.Open(bg, path, sqlite.Options{ReadOnly: true, Schema: schemaName, Migrations: migrations})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var got float64
		err := db.QueryRow("SELECT pos FROM clientpool_clients WHERE id = ?", id).Scan(&got)
		if err == nil && got == pos {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("row %s: pos %v, %v; want %v", id, got, err, pos)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// Records whose balances decayed to nothing are dropped, from memory and disk.
func TestDecayedRecordsDropped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pool.db")
	clk := NewSimClock(testStart)
	cfg := Config{Path: path, Clock: clk, NegativeHalfLife: time.Minute}
	p, _ := newTestPool(t, cfg)
	mustAcquire(t, p, "ip:gone", Free, 10)()
	mustAdd(t, p, "key:kept", 10)
	if err := p.Checkpoint(bg); err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Hour) // 60 half-lives
	if err := p.Checkpoint(bg); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Client("ip:gone"); !errors.Is(err, ErrUnknownClient) {
		t.Fatalf("decayed client: %v, want ErrUnknownClient", err)
	}
	if err := p.Shutdown(bg); err != nil {
		t.Fatal(err)
	}
	p2, _ := newTestPool(t, cfg)
	if s := p2.Stats(); s.Known != 1 {
		t.Fatalf("%d records after restart, want 1", s.Known)
	}
}

type failingStore struct {
	recordStore
	fail int
}

func (f *failingStore) save(ctx context.Context, recs []record, dels []string) error {
	if f.fail > 0 {
		f.fail--
		return errors.New("disk on fire")
	}
	return f.recordStore.save(ctx, recs, dels)
}

// A failed checkpoint keeps its records for the next one.
func TestFailedCheckpointRetried(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pool.db")
	clk := NewSimClock(testStart)
	cfg := Config{Path: path, Clock: clk}
	p, _ := newTestPool(t, cfg)
	p.store = &failingStore{recordStore: p.store, fail: 1}
	mustAdd(t, p, "key:a", 7)
	if err := p.Checkpoint(bg); err == nil {
		t.Fatal("checkpoint succeeded on a failing store")
	}
	if err := p.Checkpoint(bg); err != nil {
		t.Fatal(err)
	}
	waitForRow(t, path, "key:a", 7)
}

func TestOpenErrors(t *testing.T) {
	if _, err := Open(bg, Config{IdleTimeout: -1}); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("negative IdleTimeout: %v", err)
	}
	if _, err := Open(bg, Config{TotalCapacity: 2, MinCapacity: 3}); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("MinCapacity above TotalCapacity: %v", err)
	}
	if _, err := Open(bg, Config{NegativeHalfLife: -5}); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("negative half-life: %v", err)
	}
	if _, err := Open(bg, Config{Factors: Factors{Positive: PriceFactors{TimeFactor: -1}}}); !errors.Is(err, ErrInvalidFactors) {
		t.Errorf("negative factor: %v", err)
	}
	if _, err := Open(bg, Config{Path: filepath.Join(t.TempDir(), "missing", "pool.db")}); err == nil {
		t.Error("opened a database in a missing directory")
	}
}
