package clientpool

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"
)

// testStart is the simulated clock's start.
var testStart = time.Unix(1_700_000_000, 0)

// vfluxFactors are go-ethereum's test prices (TimeFactor 1 per nanosecond at
// capacity 1) in this package's units: one token per slot-second, one per
// compute unit. Balances in tests are seconds of service at capacity 1.
var vfluxFactors = Factors{
	Positive: PriceFactors{CapacityFactor: 1, RequestFactor: 1},
	Negative: PriceFactors{CapacityFactor: 1, RequestFactor: 1},
}

// vfluxBias is go-ethereum's defaultConnectedBias in its client pool tests.
const vfluxBias = 3 * time.Minute

// newTestPool opens a pool on a simulated clock. Unless the test sets it, the
// checkpoint loop never ticks on its own (tests call Tick and Checkpoint).
func newTestPool(t testing.TB, cfg Config) (*Pool, *SimClock) {
	t.Helper()
	clk := NewSimClock(testStart)
	if cfg.Clock == nil {
		cfg.Clock = clk
	} else {
		clk = cfg.Clock.(*SimClock)
	}
	if cfg.CheckpointInterval == 0 {
		cfg.CheckpointInterval = 1000 * time.Hour
	}
	if cfg.Factors == (Factors{}) {
		cfg.Factors = vfluxFactors
	}
	p, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := p.Shutdown(context.Background()); err != nil && err != ErrClosed {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return p, clk
}

func id(i int) string { return fmt.Sprintf("c%d", i) }

func mustConnect(t testing.TB, p *Pool, cid string, kind Kind) uint64 {
	t.Helper()
	c, r := p.Connect(cid, kind)
	if r != nil {
		t.Fatalf("Connect(%s): refused: %v", cid, r)
	}
	return c
}

func mustAdd(t testing.TB, p *Pool, cid string, amount int64) {
	t.Helper()
	if _, _, err := p.AddBalance(cid, amount); err != nil {
		t.Fatalf("AddBalance(%s, %d): %v", cid, amount, err)
	}
}

func info(t testing.TB, p *Pool, cid string) ClientInfo {
	t.Helper()
	ci, err := p.Client(cid)
	if err != nil {
		t.Fatalf("Client(%s): %v", cid, err)
	}
	return ci
}

// near reports whether a is within rel (relative) or abs of b.
func near(a, b, rel, abs float64) bool {
	d := math.Abs(a - b)
	return d <= abs || d <= rel*math.Max(math.Abs(a), math.Abs(b))
}

// checkInvariants verifies the pool's bookkeeping against its clients.
func checkInvariants(t testing.TB, p *Pool) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	var used, inUse uint64
	var paid int
	for _, c := range p.all {
		inUse += c.inUse
		if c.connected {
			used += c.capacity
			if c.capacity < p.minCap {
				t.Errorf("client %s holds %d < MinCapacity", c.id, c.capacity)
			}
			if c.bal.pos > 0 {
				paid++
			}
		}
	}
	if used != p.used || used > p.total {
		t.Errorf("used %d, sum of capacities %d, total %d", p.used, used, p.total)
	}
	if inUse != p.inUse {
		t.Errorf("inUse %d, sum %d", p.inUse, inUse)
	}
	if p.tree.n != len(p.conn) || subSum(p.tree.root) != used {
		t.Errorf("tree holds %d clients / %d capacity, want %d / %d", p.tree.n, subSum(p.tree.root), len(p.conn), used)
	}
	if len(p.ex) != paid {
		t.Errorf("exhaustion heap holds %d, want %d paid", len(p.ex), paid)
	}
	var prev *client
	p.tree.each(func(c *client) {
		if prev != nil && !prev.rank.below(c.rank) {
			t.Errorf("tree out of order: %s %+v then %s %+v", prev.id, prev.rank, c.id, c.rank)
		}
		prev = c
	})
}
