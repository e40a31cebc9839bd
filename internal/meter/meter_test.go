package meter

import (
	"context"
	"errors"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/store/sqlite"
)

func TestChargeWithinBudget(t *testing.T) {
	h := newHarness(t, tempDB(t))
	k := key(1, 100)
	budget := u(1000)
	if err := h.Charge(k, budget, u(990)); err != nil {
		t.Fatal(err)
	}
	// A cost exactly equal to the remainder fits.
	if err := h.Charge(k, budget, u(10)); err != nil {
		t.Fatalf("charge of exactly the remainder: %v", err)
	}
	wantSpent(t, h.Meter, k, 1000)
	// Nothing more fits, not even one base unit; a zero cost does.
	err := h.Charge(k, budget, u(1))
	var ob *OverBudgetError
	if !errors.As(err, &ob) || !errors.Is(err, ErrOverBudget) {
		t.Fatalf("charge beyond the budget: %v, want *OverBudgetError", err)
	}
	if !ob.Spent.Eq(u(1000)) || !ob.Budget.Eq(u(1000)) || !ob.Cost.Eq(u(1)) || ob.Key != k {
		t.Fatalf("OverBudgetError = %+v", ob)
	}
	if err := h.Charge(k, budget, u(0)); err != nil {
		t.Fatalf("zero cost at a full budget: %v", err)
	}
	wantSpent(t, h.Meter, k, 1000)
	// Other keys have their own budgets.
	for _, other := range []Key{key(2, 100), key(1, 200), {Application: k.Application, Service: protocol.MustParseServiceID("sol"), SessionStart: 100, Supplier: k.Supplier}} {
		if err := h.Charge(other, budget, u(1000)); err != nil {
			t.Fatalf("charge of %+v: %v", other, err)
		}
	}
}

func TestOverBudgetMessage(t *testing.T) {
	h := newHarness(t, tempDB(t))
	k := key(0xab, 1200)
	h.Charge(k, u(1000), u(990))
	err := h.Charge(k, u(1000), u(25))
	msg := err.Error()
	for _, want := range []string{
		"meter: over budget",
		k.Application.Hex(), k.Supplier.Hex(), "service eth", "session 1200",
		"already spent 990", "budget 1000", "costs 25", "10 left",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	t.Log(msg)
}

func TestChargeOverflowDoesNotWrap(t *testing.T) {
	h := newHarness(t, tempDB(t))
	k := key(1, 1)
	maxU := new(uint256.Int).SetAllOne()
	if err := h.Charge(k, maxU, new(uint256.Int).Sub(maxU, u(5))); err != nil {
		t.Fatal(err)
	}
	if err := h.Charge(k, maxU, u(10)); !errors.Is(err, ErrOverBudget) {
		t.Fatalf("charge overflowing 2^256: %v, want ErrOverBudget", err)
	}
	if err := h.Charge(k, maxU, u(5)); err != nil {
		t.Fatalf("charge up to 2^256-1: %v", err)
	}
	if !h.Spent(k).Eq(maxU) {
		t.Fatalf("Spent = %s", h.Spent(k).Hex())
	}
	// A saturated cost is refused by any budget a valid Params allows.
	if err := h.Charge(key(2, 1), new(uint256.Int).Rsh(maxU, 1), Cost(1<<63, 1<<31, maxU)); !errors.Is(err, ErrOverBudget) {
		t.Fatalf("saturated cost: %v, want ErrOverBudget", err)
	}
}

func TestChargeRoundingEdges(t *testing.T) {
	h := newHarness(t, tempDB(t))
	p := validParams() // pendingSessions = 3
	if got := protocol.PendingSessions(p); got != 3 {
		t.Fatalf("PendingSessions = %d, want 3", got)
	}
	// 1001 / (2 × 3) = 166.83…: the budget rounds down to 166.
	budget := Budget(u(1001), 2, p)
	if !budget.Eq(u(166)) {
		t.Fatalf("Budget(1001, 2) = %s, want 166", budget.Dec())
	}
	cost := Cost(3, 5, u(11)) // 165
	k := key(1, 10)
	if err := h.Charge(k, budget, cost); err != nil {
		t.Fatal(err)
	}
	if err := h.Charge(k, budget, u(2)); !errors.Is(err, ErrOverBudget) {
		t.Fatalf("charge 1 above the remainder: %v", err)
	}
	if err := h.Charge(k, budget, u(1)); err != nil {
		t.Fatalf("charge of exactly the remainder: %v", err)
	}
	// Budgets below one relay's cost serve nothing.
	tiny := Budget(u(5), 2, p) // 0
	if err := h.Charge(key(2, 10), tiny, u(1)); !errors.Is(err, ErrOverBudget) {
		t.Fatalf("charge against a zero budget: %v", err)
	}
}

func TestRefund(t *testing.T) {
	h := newHarness(t, tempDB(t))
	k := key(1, 100)
	budget := u(100)
	h.Charge(k, budget, u(100))
	if err := h.Refund(k, u(30)); err != nil {
		t.Fatal(err)
	}
	wantSpent(t, h.Meter, k, 70)
	if err := h.Charge(k, budget, u(30)); err != nil {
		t.Fatalf("charge after a refund freed room: %v", err)
	}
	// Never below zero.
	h.Refund(k, u(1_000_000))
	wantSpent(t, h.Meter, k, 0)
	// Unknown keys and nil amounts are no-ops.
	if err := h.Refund(key(9, 9), u(5)); err != nil {
		t.Fatal(err)
	}
	wantSpent(t, h.Meter, key(9, 9), 0)
	if err := h.Refund(k, nil); err != nil {
		t.Fatal(err)
	}
}

func TestRaiseSpent(t *testing.T) {
	h := newHarness(t, tempDB(t))
	k := key(1, 100)
	h.Charge(k, u(100), u(40))
	h.RaiseSpent(k, u(30)) // lower: no change
	wantSpent(t, h.Meter, k, 40)
	h.RaiseSpent(k, u(60))
	wantSpent(t, h.Meter, k, 60)
	h.RaiseSpent(key(2, 100), u(7)) // new key
	wantSpent(t, h.Meter, key(2, 100), 7)
}

// TestConcurrentChargesNeverExceedBudget hammers one key from many goroutines;
// run with -race.
func TestConcurrentChargesNeverExceedBudget(t *testing.T) {
	h := newHarness(t, tempDB(t))
	workers := 4 * runtime.GOMAXPROCS(0)
	if workers < 8 {
		workers = 8
	}

	t.Run("unit costs fill the budget exactly", func(t *testing.T) {
		k := key(1, 1)
		const budget = 20_000
		var accepted atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					err := h.Charge(k, u(budget), u(1))
					if errors.Is(err, ErrOverBudget) {
						return
					}
					if err != nil {
						t.Error(err)
						return
					}
					accepted.Add(1)
				}
			})
		}
		wg.Wait()
		if accepted.Load() != budget {
			t.Fatalf("%d unit charges accepted, want exactly the budget %d", accepted.Load(), budget)
		}
		wantSpent(t, h.Meter, k, budget)
	})

	t.Run("mixed costs and refunds", func(t *testing.T) {
		k := key(2, 1)
		const budget = 50_000
		var net atomic.Int64 // accepted charges minus refunds
		var wg sync.WaitGroup
		stopReader := make(chan struct{})
		readerDone := make(chan struct{})
		go func() { // checks the invariant while the writers run
			defer close(readerDone)
			for {
				select {
				case <-stopReader:
					return
				default:
				}
				if s := h.Spent(k); s.Gt(u(budget)) {
					t.Errorf("Spent = %s above the budget %d", s.Dec(), budget)
					return
				}
			}
		}()
		for w := range workers {
			wg.Go(func() {
				rng := rand.New(rand.NewPCG(uint64(w), 7))
				refusals := 0
				for refusals < 200 {
					c := 1 + rng.Uint64N(97)
					err := h.Charge(k, u(budget), u(c))
					if errors.Is(err, ErrOverBudget) {
						refusals++
						continue
					}
					if err != nil {
						t.Error(err)
						return
					}
					net.Add(int64(c))
					if rng.IntN(4) == 0 { // a failed relay gives its charge back
						h.Refund(k, u(c))
						net.Add(-int64(c))
					}
				}
			})
		}
		wg.Wait()
		close(stopReader)
		<-readerDone
		got := h.Spent(k)
		if !got.Eq(u(uint64(net.Load()))) {
			t.Fatalf("Spent = %s, want the net of accepted charges and refunds %d", got.Dec(), net.Load())
		}
		if got.Gt(u(budget)) {
			t.Fatalf("Spent = %s above the budget %d", got.Dec(), budget)
		}
	})
}

func TestChargeDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	h := newHarness(t, tempDB(t))
	k := key(1, 1)
	budget, cost := new(uint256.Int).SetAllOne(), u(3)
	h.Charge(k, budget, cost) // creates the entry
	if n := testing.AllocsPerRun(1000, func() {
		h.Charge(k, budget, cost)
		h.Refund(k, cost)
		h.Charge(k, budget, cost)
	}); n != 0 {
		t.Fatalf("Charge/Refund of an existing key: %v allocations, want 0", n)
	}
	// Including after a checkpoint emptied the dirty lists (their capacity stays).
	if err := h.Checkpoint(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(1000, func() { h.Charge(k, budget, cost) }); n != 0 {
		t.Fatalf("Charge after a checkpoint: %v allocations, want 0", n)
	}
}

func TestRestartKeepsSpent(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	m, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if m.Unclean() {
		t.Error("a new database reports an unclean shutdown")
	}
	keys := []Key{key(1, 100), key(2, 100), key(1, 200)}
	big := new(uint256.Int).Lsh(u(1), 200) // amounts beyond 64 bits survive
	for i, k := range keys {
		if err := m.Charge(k, new(uint256.Int).Mul(big, u(10)), new(uint256.Int).Add(big, u(uint64(i)))); err != nil {
			t.Fatal(err)
		}
	}
	m.Refund(keys[2], big) // leaves 2
	if err := m.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := m.Shutdown(ctx); !errors.Is(err, ErrClosed) {
		t.Fatalf("second Shutdown: %v, want ErrClosed", err)
	}
	for name, err := range map[string]error{
		"Charge":     m.Charge(keys[0], u(1), u(1)),
		"Refund":     m.Refund(keys[0], u(1)),
		"RaiseSpent": m.RaiseSpent(keys[0], u(1)),
		"Prune":      m.Prune(ctx, 1),
		"Checkpoint": m.Checkpoint(ctx),
	} {
		if !errors.Is(err, ErrClosed) {
			t.Errorf("%s after Shutdown: %v, want ErrClosed", name, err)
		}
	}

	m2, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Shutdown(ctx)
	if m2.Unclean() {
		t.Error("Unclean after a clean Shutdown")
	}
	for i, k := range keys[:2] {
		if want := new(uint256.Int).Add(big, u(uint64(i))); !m2.Spent(k).Eq(want) {
			t.Errorf("after restart Spent(%d) = %s, want %s", i, m2.Spent(k).Dec(), want.Dec())
		}
	}
	wantSpent(t, m2, keys[2], 2)
}

// TestCrashLosesAtMostOneInterval: what a checkpoint wrote survives a crash, what
// came after it is lost, and the meter says so.
func TestCrashLosesAtMostOneInterval(t *testing.T) {
	path := tempDB(t)
	h := newHarness(t, path)
	a, b := key(1, 100), key(2, 100)
	h.Charge(a, u(1000), u(100))
	h.Charge(b, u(1000), u(10))
	h.checkpointByTick(t)
	h.Charge(a, u(1000), u(50))          // after the checkpoint: lost
	h.Refund(b, u(10))                   // after the checkpoint: lost, so b stays spent
	h.Charge(key(3, 100), u(1000), u(7)) // new key after the checkpoint: lost
	h.crash(t)

	h2 := newHarness(t, path)
	if !h2.Unclean() {
		t.Error("Unclean() = false after a crash")
	}
	wantSpent(t, h2.Meter, a, 100)
	wantSpent(t, h2.Meter, b, 10)
	wantSpent(t, h2.Meter, key(3, 100), 0)
	// A durable relay log restores what the checkpoint missed.
	h2.RaiseSpent(a, u(150))
	wantSpent(t, h2.Meter, a, 150)

	// The loop keeps checkpointing after a restart.
	h2.checkpointByTick(t)
	h2.crash(t)
	h3 := newHarness(t, path)
	wantSpent(t, h3.Meter, a, 150)
}

func TestCheckpointWritesChangesOnly(t *testing.T) {
	path := tempDB(t)
	h := newHarness(t, path)
	h.Charge(key(1, 1), u(100), u(1))
	h.checkpointByTick(t)
	if n := len(h.batch); n != 1 {
		t.Fatalf("first checkpoint wrote %d counters, want 1", n)
	}
	h.Charge(key(2, 1), u(100), u(1))
	h.Charge(key(2, 1), u(100), u(1))
	h.checkpointByTick(t)
	if n := len(h.batch); n != 1 {
		t.Fatalf("second checkpoint wrote %d counters, want only the changed one", n)
	}
	h.checkpointByTick(t)
	if n := len(h.batch); n != 0 {
		t.Fatalf("idle checkpoint wrote %d counters", n)
	}
}

func TestFailedCheckpointIsRetried(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	h := newHarness(t, path)
	k := key(1, 1)
	h.Charge(k, u(100), u(42))

	// Another writer holds the file's write lock: the checkpoint fails.
	other, err := sqlite.Open(ctx, path, sqlite.Options{Schema: schemaName, Migrations: migrations})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if err := h.Checkpoint(short); err == nil {
		t.Fatal("checkpoint succeeded while another connection held the write lock")
	}
	tx.Rollback()

	// The counter is still marked: the next checkpoint writes it.
	if err := h.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	h.crash(t)
	h2 := newHarness(t, path)
	wantSpent(t, h2.Meter, k, 42)
}

func TestPrune(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	h := newHarness(t, path)
	old, mid, cur := key(1, 100), key(1, 200), key(1, 300)
	for _, k := range []Key{old, mid, cur} {
		h.Charge(k, u(100), u(10))
	}
	h.checkpointByTick(t)
	h.Charge(old, u(100), u(5)) // dirty when pruned: the checkpoint must not resurrect it
	if err := h.Prune(ctx, 200); err != nil {
		t.Fatal(err)
	}
	wantSpent(t, h.Meter, old, 0)
	wantSpent(t, h.Meter, mid, 10)
	if err := h.Charge(old, u(100), u(1)); !errors.Is(err, ErrPruned) {
		t.Fatalf("charge of a pruned session: %v, want ErrPruned", err)
	}
	if err := h.RaiseSpent(old, u(1)); !errors.Is(err, ErrPruned) {
		t.Fatalf("RaiseSpent of a pruned session: %v, want ErrPruned", err)
	}
	// A lower horizon prunes nothing and does not move it back.
	if err := h.Prune(ctx, 150); err != nil {
		t.Fatal(err)
	}
	if err := h.Charge(key(2, 199), u(100), u(1)); !errors.Is(err, ErrPruned) {
		t.Fatalf("charge below the horizon after a lower Prune: %v, want ErrPruned", err)
	}
	if err := h.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}

	h2 := newHarness(t, path)
	wantSpent(t, h2.Meter, old, 0)
	wantSpent(t, h2.Meter, mid, 10)
	wantSpent(t, h2.Meter, cur, 10)
	if err := h2.Charge(old, u(100), u(1)); !errors.Is(err, ErrPruned) {
		t.Fatalf("charge of a pruned session after restart: %v, want ErrPruned", err)
	}
	var n int
	if err := h2.store.db.QueryRow("SELECT count(*) FROM meter_spent").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Fatalf("%d counters on disk after prune, want 2", n)
	}
}

// TestShutdownKeepsEveryAcceptedCharge races charges against Shutdown: every
// charge that returned nil is in the final checkpoint.
func TestShutdownKeepsEveryAcceptedCharge(t *testing.T) {
	ctx := context.Background()
	path := tempDB(t)
	m, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int64
	var wg sync.WaitGroup
	started := make(chan struct{})
	var once sync.Once
	for w := range 8 {
		wg.Go(func() {
			k := key(byte(w%3), 1)
			for {
				err := m.Charge(k, new(uint256.Int).SetAllOne(), u(1))
				if errors.Is(err, ErrClosed) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
				accepted.Add(1)
				once.Do(func() { close(started) })
			}
		})
	}
	<-started
	for accepted.Load() < 2000 { // let the charges run a little
		runtime.Gosched()
	}
	if err := m.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	wg.Wait()

	m2, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Shutdown(ctx)
	total := new(uint256.Int)
	for a := range 3 {
		total.Add(total, m2.Spent(key(byte(a), 1)))
	}
	if !total.Eq(u(uint64(accepted.Load()))) {
		t.Fatalf("restored %s, want the %d accepted charges", total.Dec(), accepted.Load())
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []Config{{}, {Path: "x.db", CheckpointInterval: -time.Second}} {
		if err := c.Validate(); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%+v.Validate() = %v, want ErrInvalidConfig", c, err)
		}
		if _, err := Open(context.Background(), c); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("Open(%+v) = %v, want ErrInvalidConfig", c, err)
		}
	}
	_, err := Open(context.Background(), Config{Path: "/nonexistent-relaynode-dir/meter.db"})
	if !errors.Is(err, sqlite.ErrUnwritable) {
		t.Errorf("Open in a missing directory: %v, want sqlite.ErrUnwritable", err)
	}
}
