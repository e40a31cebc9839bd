package clientpool

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

var bg = context.Background()

func mustAcquire(t testing.TB, p *Pool, cid string, kind Kind, units uint64) func() {
	t.Helper()
	rel, r := p.Acquire(bg, cid, kind, units)
	if r != nil {
		t.Fatalf("Acquire(%s): %v", cid, r)
	}
	return rel
}

// Acquire connects on demand, enforces the per-client capacity, charges each
// relay, and disconnects idle clients so their capacity returns to the pool.
func TestAcquireLifecycle(t *testing.T) {
	p, clk := newTestPool(t, Config{TotalCapacity: 4, MinCapacity: 1, MaxClientCapacity: 3, IdleTimeout: 10 * time.Second})

	// A free client holds one slot: a second concurrent relay is refused.
	rel := mustAcquire(t, p, "ip:1.2.3.4", Free, 5)
	if _, r := p.Acquire(bg, "ip:1.2.3.4", Free, 5); r == nil || r.Reason != ReasonCapacity || r.RetryAfter != time.Second {
		t.Fatalf("second concurrent free relay: %v, want %q", r, ReasonCapacity)
	}
	rel()
	rel() // a second release does nothing
	if ci := info(t, p, "ip:1.2.3.4"); ci.InUse != 0 || !ci.Connected || !near(ci.Neg, 5, 1e-9, 0) {
		t.Fatalf("after release: %+v, want connected, 0 in use, neg 5 (the relay's units)", ci)
	}

	// A paid client grows on demand, up to MaxClientCapacity.
	mustAdd(t, p, "key:alice", 1000)
	var rels []func()
	for i := 0; i < 3; i++ {
		rels = append(rels, mustAcquire(t, p, "key:alice", Paid, 1))
	}
	if ci := info(t, p, "key:alice"); ci.Capacity != 3 || ci.InUse != 3 {
		t.Fatalf("alice %+v, want capacity 3, 3 in use", ci)
	}
	if _, r := p.Acquire(bg, "key:alice", Paid, 1); r == nil || r.Reason != ReasonCapacity {
		t.Fatalf("fourth relay: %v, want %q", r, ReasonCapacity)
	}
	if s := p.Stats(); s.CapacityUsed != 4 || s.InFlight != 3 || s.Connected != 2 || s.ConnectedPaid != 1 {
		t.Fatalf("stats %+v", s)
	}
	rels[0]()
	if ci := info(t, p, "key:alice"); ci.Capacity != 3 {
		t.Fatalf("alice %+v, want capacity 3 with 2 of 3 in use", ci)
	}
	rels[1]()
	rels[2]()
	if ci := info(t, p, "key:alice"); ci.Capacity != 1 {
		t.Fatalf("alice %+v, want capacity back to 1 with nothing in use", ci)
	}
	// Idle for IdleTimeout: disconnected, capacity back to the pool.
	clk.Advance(10 * time.Second)
	p.Tick()
	if s := p.Stats(); s.Connected != 0 || s.CapacityUsed != 0 || s.IdleDisconnects != 2 {
		t.Fatalf("after idle timeout: %+v, want nobody connected", s)
	}
	// The balance stays: 1000 - 3 relays - 10s at capacity 1 (the capacity
	// shrank back when the relays ended; the connection lasted until the idle
	// timeout).
	if ci := info(t, p, "key:alice"); !near(ci.Pos, 1000-3-10, 1e-6, 0) {
		t.Fatalf("alice pos %v, want 987", ci.Pos)
	}
	checkInvariants(t, p)
}

// A relay in flight keeps its client from idling out; a pushed-out client's
// relays in flight finish and are released normally.
func TestAcquireInFlightAndPushOut(t *testing.T) {
	p, clk := newTestPool(t, Config{TotalCapacity: 1, MinCapacity: 1, ConnectedBias: time.Second, IdleTimeout: time.Second})
	rel := mustAcquire(t, p, "free", Free, 1)
	clk.Advance(time.Minute)
	p.Tick()
	if !info(t, p, "free").Connected {
		t.Fatal("client with a relay in flight idled out")
	}
	mustAdd(t, p, "paid", 100)
	relPaid := mustAcquire(t, p, "paid", Paid, 1)
	if ci := info(t, p, "free"); ci.Connected || ci.InUse != 1 {
		t.Fatalf("free %+v, want pushed out with its relay still in flight", ci)
	}
	rel()
	relPaid()
	checkInvariants(t, p)
	if s := p.Stats(); s.InFlight != 0 || s.PushedOut != 1 {
		t.Fatalf("stats %+v", s)
	}
}

func TestAcquireRefusesBadInputAndClosed(t *testing.T) {
	p, _ := newTestPool(t, Config{})
	if _, r := p.Acquire(bg, "", Free, 1); r == nil || r.Reason != ReasonInvalid {
		t.Fatalf("empty id: %v", r)
	}
	ctx, cancel := context.WithCancel(bg)
	cancel()
	if _, r := p.Acquire(ctx, "x", Free, 1); r == nil || r.Reason != ReasonCanceled {
		t.Fatalf("canceled: %v", r)
	}
	// A refused newcomer leaves no record behind.
	if _, err := p.Client("x"); err == nil {
		t.Fatal("refused client has a record")
	}
	if err := p.Shutdown(bg); err != nil {
		t.Fatal(err)
	}
	if _, r := p.Acquire(bg, "x", Free, 1); r == nil || r.Reason != ReasonClosed {
		t.Fatalf("closed: %v", r)
	}
	if _, _, err := p.AddBalance("x", 1); err != ErrClosed {
		t.Fatalf("AddBalance after Shutdown: %v", err)
	}
	if err := p.Shutdown(bg); err != ErrClosed {
		t.Fatalf("second Shutdown: %v", err)
	}
}

// Paid clients are served under a flood of free ones: with free demand far
// above capacity and paid demand at half of it, no paid relay is refused.
func TestPaidServedUnderFreeFlood(t *testing.T) {
	t.Parallel()
	p, clk := newTestPool(t, Config{TotalCapacity: 20, MinCapacity: 1, MaxClientCapacity: 4, ConnectedBias: 5 * time.Second, IdleTimeout: 5 * time.Second})
	for i := 0; i < 5; i++ {
		mustAdd(t, p, fmt.Sprintf("paid%d", i), 1_000_000)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	var paidOK, paidRefused, freeOK, freeRefused int
	type held struct {
		rel func()
		end int
	}
	var inflight []held
	for step := 0; step < 20000; step++ {
		clk.Advance(10 * time.Millisecond)
		kept := inflight[:0]
		for _, h := range inflight {
			if h.end <= step {
				h.rel()
			} else {
				kept = append(kept, h)
			}
		}
		inflight = kept
		// Each step: 2 paid relays (each lasting 1-4 steps, ~10 slots busy)
		// and 6 free ones from 200 addresses.
		for k := 0; k < 8; k++ {
			kind, cid := Free, fmt.Sprintf("ip:%d", rng.IntN(200))
			if k < 2 {
				kind, cid = Paid, fmt.Sprintf("paid%d", rng.IntN(5))
			}
			rel, r := p.Acquire(bg, cid, kind, 1)
			switch {
			case r == nil && kind == Paid:
				paidOK++
			case r == nil:
				freeOK++
			case kind == Paid:
				paidRefused++
			default:
				freeRefused++
			}
			if r == nil {
				inflight = append(inflight, held{rel, step + 1 + rng.IntN(4)})
			}
		}
	}
	for _, h := range inflight {
		h.rel()
	}
	checkInvariants(t, p)
	rate := float64(paidOK) / float64(paidOK+paidRefused)
	t.Logf("paid: %d ok, %d refused (%.2f%%); free: %d ok, %d refused", paidOK, paidRefused, 100*rate, freeOK, freeRefused)
	if rate < 0.99 {
		t.Errorf("paid success rate %.4f, want >= 0.99", rate)
	}
	if freeRefused == 0 || freeOK == 0 {
		t.Errorf("free clients: %d ok, %d refused; want both", freeOK, freeRefused)
	}
}

// Concurrent serving and admin traffic, for the race detector and the
// bookkeeping invariants.
func TestConcurrentUse(t *testing.T) {
	p, clk := newTestPool(t, Config{TotalCapacity: 50, MinCapacity: 1, MaxClientCapacity: 5, ConnectedBias: time.Second, IdleTimeout: time.Second})
	for i := 0; i < 20; i++ {
		mustAdd(t, p, fmt.Sprintf("paid%d", i), 1_000_000)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(g), 9))
			for i := 0; i < 3000; i++ {
				kind, cid := Free, fmt.Sprintf("ip:%d", rng.IntN(300))
				if rng.IntN(3) == 0 {
					kind, cid = Paid, fmt.Sprintf("paid%d", rng.IntN(20))
				}
				if rel, r := p.Acquire(bg, cid, kind, uint64(rng.IntN(3))); r == nil {
					rel()
				}
			}
		}(g)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 300; i++ {
			clk.Advance(100 * time.Millisecond)
			p.Tick()
			_, _, _ = p.AddBalance(fmt.Sprintf("paid%d", i%20), 10)
			_, _ = p.Clients(Filter{Connected: true, Limit: 10})
			_, _ = p.Estimate("paid0", 100, 0)
			_ = p.Checkpoint(bg)
			_ = p.Stats()
		}
	}()
	wg.Wait()
	checkInvariants(t, p)
	if s := p.Stats(); s.InFlight != 0 {
		t.Fatalf("stats %+v, want nothing in flight", s)
	}
}

func TestClientsFilter(t *testing.T) {
	p, _ := newTestPool(t, Config{TotalCapacity: 10})
	for i := 0; i < 5; i++ {
		mustAcquire(t, p, fmt.Sprintf("ip:%d", i), Free, 1)()
	}
	mustAdd(t, p, "key:a", 10)
	mustAdd(t, p, "key:b", 10)
	all, _ := p.Clients(Filter{})
	if len(all) != 7 || all[0].ID != "ip:0" || all[6].ID != "key:b" {
		t.Fatalf("all clients: %d, first %s", len(all), all[0].ID)
	}
	if got, _ := p.Clients(Filter{Paid: true}); len(got) != 2 {
		t.Fatalf("paid: %d, want 2", len(got))
	}
	if got, _ := p.Clients(Filter{Connected: true, Prefix: "ip:", After: "ip:2", Limit: 1}); len(got) != 1 || got[0].ID != "ip:3" {
		t.Fatalf("page: %+v", got)
	}
}
