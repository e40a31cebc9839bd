package clientpool

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"
	"time"
)

// These tests reproduce the scenarios of go-ethereum's
// les/vflux/server/clientpool_test.go with a simulated clock. Prices and
// balances are translated as in vfluxFactors (a vflux balance of
// int64(time.Minute) is 60 tokens here).

// testFairness is vflux's testClientPool: clients connect and disconnect at
// random for a long simulated time on a pool of activeLimit slots, paid ones
// get a balance for half of the time at a quarter of it, and each one's total
// connected time must be within ±20% of its expected share.
func testFairness(t *testing.T, activeLimit, clientCount, paidCount int, randomDisconnect bool) {
	t.Parallel()
	const ticks = 100000
	p, clk := newTestPool(t, Config{
		TotalCapacity:    uint64(activeLimit),
		MinCapacity:      1,
		ConnectedBias:    -1,           // vflux's test runs with no connected bias
		NegativeHalfLife: 693147180560, // vflux's time constant of 1000s
		PositiveHalfLife: NoExpiry,
	})
	rng := rand.New(rand.NewPCG(1, uint64(activeLimit*1000+paidCount)))
	connected := make([]bool, clientCount)
	connTicks := make([]int, clientCount)
	live := map[int]bool{}
	for i := 0; i < activeLimit; i++ {
		mustConnect(t, p, id(i), Free)
		connected[i], live[i] = true, true
	}
	pushed := p.Stats().PushedOut
	for tick := 0; tick < ticks; tick++ {
		clk.Advance(time.Second)
		if tick == ticks/4 {
			for i := 0; i < paidCount; i++ {
				mustAdd(t, p, id(i), ticks/2) // enough for half of the simulation
			}
		}
		i := rng.IntN(clientCount)
		if connected[i] {
			if randomDisconnect {
				if err := p.Disconnect(id(i)); err != nil {
					t.Fatal(err)
				}
				connected[i] = false
				delete(live, i)
				connTicks[i] += tick
			}
		} else if _, r := p.Connect(id(i), Free); r == nil {
			connected[i], live[i] = true, true
			connTicks[i] -= tick
		} else {
			continue // only a connection pushes clients out
		}
		if s := p.Stats().PushedOut; s != pushed { // someone was pushed out
			pushed = s
			for j := range live {
				if !info(t, p, id(j)).Connected {
					connected[j] = false
					delete(live, j)
					connTicks[j] += tick
				}
			}
		}
	}
	checkInvariants(t, p)
	expTicks := ticks/2*activeLimit/clientCount + ticks/2*(activeLimit-paidCount)/(clientCount-paidCount)
	paidTicks := ticks/2*activeLimit/clientCount + ticks/2
	var sum, n int
	for i, c := range connected {
		if c {
			connTicks[i] += ticks
		}
		exp := expTicks
		if i < paidCount {
			exp = paidTicks
		} else {
			sum += connTicks[i]
			n++
		}
		if connTicks[i] < exp-exp/5 || connTicks[i] > exp+exp/5 {
			t.Errorf("client %d connected for %d ticks, want %d ±20%%", i, connTicks[i], exp)
		}
	}
	t.Logf("free clients: mean connected time %d ticks (expected %d)", sum/n, expTicks)
}

func TestFairnessL10C100Free(t *testing.T) { testFairness(t, 10, 100, 0, true) }
func TestFairnessL40C200Free(t *testing.T) { testFairness(t, 40, 200, 0, true) }
func TestFairnessL10C100P4(t *testing.T)   { testFairness(t, 10, 100, 4, false) }

func vfluxPool(t *testing.T, total uint64) (*Pool, *SimClock) {
	return newTestPool(t, Config{TotalCapacity: total, MinCapacity: 1, MaxClientCapacity: total, ConnectedBias: vfluxBias})
}

// vflux TestConnectPaidClient and TestConnectPaidClientToSmallPool: a paid
// client gets the capacity it asks for; asked for more than the pool has, it
// gets what the pool can give.
func TestConnectPaidClient(t *testing.T) {
	p, _ := vfluxPool(t, 10)
	mustAdd(t, p, id(0), 60)
	if c := mustConnect(t, p, id(0), Paid); c != 1 {
		t.Fatalf("connected with capacity %d, want MinCapacity 1", c)
	}
	if c, err := p.SetCapacity(id(0), 10); err != nil || c != 10 {
		t.Fatalf("SetCapacity(10) = %d, %v; want 10", c, err)
	}
	if c, err := p.SetCapacity(id(0), 100); err != nil || c != 10 {
		t.Fatalf("SetCapacity(100) = %d, %v; want what the pool can give, 10", c, err)
	}
	checkInvariants(t, p)
}

// A capacity request larger than the pool can give, on a full pool of free
// clients: the paid client gets all of it, pushing every free client out.
func TestCapacityRequestAboveWhatPoolCanGive(t *testing.T) {
	p, clk := vfluxPool(t, 10)
	for i := 1; i <= 9; i++ {
		mustConnect(t, p, id(i), Free)
	}
	clk.Advance(time.Second)
	mustAdd(t, p, id(0), 36000) // an hour at capacity 10
	e, err := p.Estimate(id(0), 0, 100)
	if err != nil || e.Capacity != 10 || e.Duration != time.Hour {
		t.Fatalf("Estimate(want 100) = %+v, %v; want capacity 10 for 1h", e, err)
	}
	mustConnect(t, p, id(0), Paid)
	if c, _ := p.SetCapacity(id(0), 100); c != 10 {
		t.Fatalf("SetCapacity(100) = %d, want 10", c)
	}
	if s := p.Stats(); s.Connected != 1 || s.PushedOut != 9 {
		t.Fatalf("stats %+v, want 1 connected, 9 pushed out", s)
	}
	// An estimate with no payment for a free client: nothing, the pool is
	// held by a client of higher priority.
	if e, _ := p.Estimate(id(1), 0, 1); e.Capacity != 0 {
		t.Fatalf("free client estimate %+v, want capacity 0", e)
	}
	checkInvariants(t, p)
}

// vflux TestConnectPaidClientToFullPool: on a pool full of paid clients, a
// client with a small balance is refused, one with a large balance pushes in.
func TestConnectPaidClientToFullPool(t *testing.T) {
	p, clk := vfluxPool(t, 10)
	for i := 0; i < 10; i++ {
		mustAdd(t, p, id(i), 20)
		mustConnect(t, p, id(i), Paid)
	}
	mustAdd(t, p, id(11), 2)
	if _, r := p.Connect(id(11), Paid); r == nil || r.Reason != ReasonPriority {
		t.Fatalf("low balance paid client: refusal %v, want %q", r, ReasonPriority)
	}
	clk.Advance(time.Second)
	mustAdd(t, p, id(12), 300)
	mustConnect(t, p, id(12), Paid)
	checkInvariants(t, p)
}

// A paid client connects to a full pool by pushing a free one out: the one
// that has used the most.
func TestPaidClientPushesOutFree(t *testing.T) {
	p, clk := vfluxPool(t, 10)
	for i := 0; i < 10; i++ {
		mustConnect(t, p, id(i), Free)
		clk.Advance(time.Millisecond)
	}
	clk.Advance(time.Second)
	mustAdd(t, p, "paid", 3600)
	mustConnect(t, p, "paid", Paid)
	if s := p.Stats(); s.PushedOut != 1 || s.Connected != 10 || s.ConnectedPaid != 1 {
		t.Fatalf("stats %+v, want one pushed out, 10 connected, 1 paid", s)
	}
	if ci := info(t, p, id(0)); ci.Connected || !ci.PushedOut {
		t.Fatalf("client 0 (connected first) %+v, want pushed out", ci)
	}
	// Its next relay is refused with the reason, and a hint to retry later.
	rel, r := p.Acquire(context.Background(), id(0), Free, 1)
	if rel != nil || r == nil || r.Reason != ReasonPushedOut || r.RetryAfter < time.Second {
		t.Fatalf("Acquire after push-out: %v, want %q", r, ReasonPushedOut)
	}
	checkInvariants(t, p)
}

// vflux TestPaidClientKickedOut: paid clients whose balance ran out are pushed
// out by a newcomer once they have used more than the connected bias.
func TestPaidClientKickedOut(t *testing.T) {
	p, clk := newTestPool(t, Config{TotalCapacity: 10, MinCapacity: 1, ConnectedBias: vfluxBias, NegativeHalfLife: NoExpiry})
	for i := 0; i < 10; i++ {
		mustAdd(t, p, id(i), 10) // 10 seconds
		mustConnect(t, p, id(i), Paid)
		clk.Advance(time.Millisecond)
	}
	clk.Advance(vfluxBias + 11*time.Second)
	p.Tick()
	if s := p.Stats(); s.Exhausted != 10 || s.ConnectedPaid != 0 {
		t.Fatalf("stats %+v, want 10 exhausted balances", s)
	}
	mustConnect(t, p, "free", Free)
	if ci := info(t, p, id(0)); ci.Connected || !ci.PushedOut {
		t.Fatalf("client 0 %+v, want pushed out", ci)
	}
	if s := p.Stats(); s.PushedOut != 1 {
		t.Fatalf("%d pushed out, want 1", s.PushedOut)
	}
	checkInvariants(t, p)
}

// vflux TestConnectFreeClient: a free client connects, but cannot raise its
// capacity without a positive balance.
func TestConnectFreeClient(t *testing.T) {
	p, _ := vfluxPool(t, 10)
	mustConnect(t, p, id(0), Free)
	if c, err := p.SetCapacity(id(0), 2); err != nil || c != 1 {
		t.Fatalf("SetCapacity(2) = %d, %v; want 1", c, err)
	}
}

// vflux TestConnectFreeClientToFullPool: the connected bias keeps newcomers out
// until the connected clients have used more than it.
func TestConnectFreeClientToFullPool(t *testing.T) {
	p, clk := newTestPool(t, Config{TotalCapacity: 10, MinCapacity: 1, ConnectedBias: vfluxBias, NegativeHalfLife: NoExpiry})
	for i := 0; i < 10; i++ {
		mustConnect(t, p, id(i), Free)
	}
	if _, r := p.Connect(id(11), Free); r == nil {
		t.Fatal("new free client accepted by a full pool")
	}
	clk.Advance(time.Minute)
	if _, r := p.Connect(id(12), Free); r == nil {
		t.Fatal("new free client accepted by a full pool after 1 minute")
	} else if r.RetryAfter < 59*time.Second {
		t.Fatalf("RetryAfter %v, want about 2 minutes capped at MaxRetryAfter (1m)", r.RetryAfter)
	}
	clk.Advance(time.Millisecond)
	clk.Advance(4 * time.Minute)
	mustConnect(t, p, id(13), Free)
	checkInvariants(t, p)
}

// vflux TestFreeClientKickedOut: newcomers push out the clients connected for
// longer than the bias, never each other.
func TestFreeClientKickedOut(t *testing.T) {
	p, clk := newTestPool(t, Config{TotalCapacity: 10, MinCapacity: 1, ConnectedBias: vfluxBias, NegativeHalfLife: NoExpiry})
	for i := 0; i < 10; i++ {
		mustConnect(t, p, id(i), Free)
		clk.Advance(time.Millisecond)
	}
	if _, r := p.Connect(id(10), Free); r == nil {
		t.Fatal("new free client accepted by a full pool")
	}
	clk.Advance(5 * time.Minute)
	for i := 0; i < 10; i++ {
		mustConnect(t, p, id(i+10), Free)
	}
	for i := 0; i < 20; i++ {
		if got, want := info(t, p, id(i)).Connected, i >= 10; got != want {
			t.Errorf("client %d connected=%v, want %v", i, got, want)
		}
	}
	checkInvariants(t, p)
}

// vflux TestPositiveBalanceCalculation, and a client that disconnects and comes
// back keeps its balance.
func TestReconnectKeepsBalance(t *testing.T) {
	p, clk := vfluxPool(t, 10)
	mustAdd(t, p, id(0), 180)
	mustConnect(t, p, id(0), Paid)
	clk.Advance(time.Minute)
	if err := p.Disconnect(id(0)); err != nil {
		t.Fatal(err)
	}
	if ci := info(t, p, id(0)); !near(ci.Pos, 120, 1e-9, 0) {
		t.Fatalf("after 1 minute connected: pos %v, want 120", ci.Pos)
	}
	clk.Advance(time.Hour) // positive balances do not expire by default
	mustConnect(t, p, id(0), Paid)
	if ci := info(t, p, id(0)); !near(ci.Pos, 120, 1e-9, 0) || ci.Priority <= 0 {
		t.Fatalf("after reconnecting: %+v, want pos 120", ci)
	}
}

// vflux TestDowngradePriorityClient: when its balance runs out a paid client
// drops to MinCapacity, on the clock, without any other event.
func TestDowngradePriorityClient(t *testing.T) {
	p, clk := vfluxPool(t, 10)
	mustAdd(t, p, id(0), 60)
	mustConnect(t, p, id(0), Paid)
	if c, _ := p.SetCapacity(id(0), 10); c != 10 {
		t.Fatalf("capacity %d, want 10", c)
	}
	clk.Advance(6 * time.Second) // 60 tokens at 10 per second
	p.Tick()
	ci := info(t, p, id(0))
	if ci.Capacity != 1 || ci.Pos != 0 || !ci.Connected {
		t.Fatalf("after the balance ran out: %+v, want connected at capacity 1, pos 0", ci)
	}
	mustAdd(t, p, id(0), 60)
	if ci := info(t, p, id(0)); !near(ci.Pos, 60, 1e-9, 0) || ci.MaxCapacity != 10 {
		t.Fatalf("after adding 60: %+v", ci)
	}
	checkInvariants(t, p)
}

// vflux TestNegativeBalanceCalculation: the negative balance grows with
// connected time and requests, and decays with its half-life.
func TestNegativeBalance(t *testing.T) {
	tc := time.Hour // vflux's time constant of 3600s
	half := time.Duration(float64(tc) * 0.6931471805599453)
	p, clk := newTestPool(t, Config{TotalCapacity: 10, MinCapacity: 1, NegativeHalfLife: half})
	for i := 0; i < 10; i++ {
		mustConnect(t, p, id(i), Free)
	}
	clk.Advance(time.Minute)
	for i := 0; i < 10; i++ {
		if err := p.Disconnect(id(i)); err != nil {
			t.Fatal(err)
		}
		exp := 60.0 - 60.0/120 // corrected for expiry, as in vflux
		if ci := info(t, p, id(i)); !near(ci.Neg, exp, 1e-3, 0) || ci.Pos != 0 {
			t.Fatalf("client %d: neg %v, want %v", i, ci.Neg, exp)
		}
	}
	before := info(t, p, id(0)).Neg
	if err := p.Charge(id(0), 40); err != nil {
		t.Fatal(err)
	}
	if neg := info(t, p, id(0)).Neg; !near(neg, before+40, 1e-9, 0) {
		t.Fatalf("after 40 compute units: neg %v, want %v", neg, before+40)
	}
	clk.Advance(half)
	if neg := info(t, p, id(0)).Neg; !near(neg, (before+40)/2, 1e-6, 0) {
		t.Fatalf("after one half-life: neg %v, want %v", neg, (before+40)/2)
	}
}

// A free client with a larger negative balance ranks lower: of two free
// clients, the heavier user is pushed out first.
func TestHeavierFreeUserPushedFirst(t *testing.T) {
	p, clk := newTestPool(t, Config{TotalCapacity: 2, MinCapacity: 1, ConnectedBias: time.Second})
	mustConnect(t, p, "light", Free)
	mustConnect(t, p, "heavy", Free)
	if err := p.Charge("heavy", 100); err != nil {
		t.Fatal(err)
	}
	clk.Advance(10 * time.Second)
	mustConnect(t, p, "new", Free)
	if info(t, p, "heavy").Connected || !info(t, p, "light").Connected {
		t.Fatal("the light user was pushed out instead of the heavy one")
	}
}

// Estimate against brute force, and connecting then asking for the estimated
// capacity gets exactly it (vflux TestPriorityPool's capacity curve check).
func TestEstimateMatchesGrant(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for round := 0; round < 30; round++ {
		p, _ := newTestPool(t, Config{TotalCapacity: 100, MinCapacity: 1, MaxClientCapacity: 100, ConnectedBias: -1, PositiveHalfLife: NoExpiry})
		type inc struct {
			cap uint64
			r   float64 // seconds left
		}
		var incs []inc
		for i := 0; i < 10; i++ {
			c := uint64(1 + rng.IntN(10))
			bal := int64(1 + rng.IntN(5000))
			mustAdd(t, p, id(i), bal)
			mustConnect(t, p, id(i), Paid)
			if got, _ := p.SetCapacity(id(i), c); got != c {
				t.Fatalf("round %d: incumbent %d got %d, want %d", round, i, got, c)
			}
			incs = append(incs, inc{c, float64(bal) / float64(c)})
		}
		var used uint64
		for _, in := range incs {
			used += in.cap
		}
		pay := int64(1 + rng.IntN(20000))
		// Brute force: capacity x is available if free capacity plus that of the
		// incumbents lasting less than pay/x covers it.
		var want uint64
		for x := uint64(1); x <= 100; x++ {
			avail := 100 - used
			for _, in := range incs {
				if in.r < float64(pay)/float64(x) {
					avail += in.cap
				}
			}
			if avail >= x {
				want = x
			}
		}
		e, err := p.Estimate("new", pay, 0)
		if err != nil || e.Capacity != want {
			t.Fatalf("round %d: Estimate(%d) = %+v, %v; want capacity %d", round, pay, e, err, want)
		}
		if want == 0 {
			continue
		}
		mustAdd(t, p, "new", pay)
		mustConnect(t, p, "new", Paid)
		if got, _ := p.SetCapacity("new", 100); got != want {
			t.Fatalf("round %d: granted %d, estimated %d", round, got, want)
		}
		checkInvariants(t, p)
	}
}

func TestAdminInput(t *testing.T) {
	p, _ := vfluxPool(t, 10)
	if _, _, err := p.AddBalance("a", -5); !errors.Is(err, ErrInvalidAmount) {
		t.Errorf("negative amount: %v", err)
	}
	if _, _, err := p.AddBalance("a", 0); !errors.Is(err, ErrInvalidAmount) {
		t.Errorf("zero amount: %v", err)
	}
	if _, _, err := p.AddBalance("", 5); !errors.Is(err, ErrInvalidID) {
		t.Errorf("empty id: %v", err)
	}
	mustAdd(t, p, "a", MaxBalance-10)
	if _, _, err := p.AddBalance("a", 11); !errors.Is(err, ErrBalanceOverflow) {
		t.Errorf("overflow: %v", err)
	}
	if _, err := p.Client("nobody"); !errors.Is(err, ErrUnknownClient) {
		t.Errorf("unknown client: %v", err)
	}
	if _, err := p.SetCapacity("nobody", 3); !errors.Is(err, ErrUnknownClient) {
		t.Errorf("SetCapacity of unknown client: %v", err)
	}
	if _, err := p.SetCapacity("a", 3); !errors.Is(err, ErrNotConnected) {
		t.Errorf("SetCapacity of a client not connected: %v", err)
	}
	if err := p.SetFactors("a", &Factors{Positive: PriceFactors{TimeFactor: -1}}); !errors.Is(err, ErrInvalidFactors) {
		t.Errorf("negative factor: %v", err)
	}
	if err := p.SetDefaultFactors(Factors{Negative: PriceFactors{RequestFactor: nan()}}); !errors.Is(err, ErrInvalidFactors) {
		t.Errorf("NaN factor: %v", err)
	}
	if err := p.SetDefaultFactors(Factors{Positive: PriceFactors{TimeFactor: 1e308, CapacityFactor: 1e308}, Negative: PriceFactors{CapacityFactor: 1}}); !errors.Is(err, ErrInvalidFactors) {
		t.Errorf("a factor whose prices overflow: %v", err)
	}
	if err := p.SetFactors("a", &Factors{Positive: PriceFactors{CapacityFactor: 2}}); !errors.Is(err, ErrInvalidFactors) {
		t.Errorf("free clients without a per-second price: %v", err)
	}
	if err := p.SetFactors("a", &Factors{Positive: PriceFactors{CapacityFactor: 2}, Negative: PriceFactors{CapacityFactor: 1}}); err != nil {
		t.Fatal(err)
	}
	if ci := info(t, p, "a"); !ci.CustomFactors || ci.Factors.Positive.CapacityFactor != 2 {
		t.Errorf("custom factors not applied: %+v", ci)
	}
	if err := p.SetFactors("a", nil); err != nil || info(t, p, "a").CustomFactors {
		t.Errorf("reset factors: %v", err)
	}
	if _, err := p.Estimate("a", -1, 0); !errors.Is(err, ErrInvalidAmount) {
		t.Errorf("negative payment: %v", err)
	}
}

func nan() float64 { var z float64; return z / z }

// Changing the default prices re-ranks connected clients.
func TestSetDefaultFactors(t *testing.T) {
	p, clk := vfluxPool(t, 10)
	for i := 0; i < 5; i++ {
		mustAdd(t, p, id(i), int64(100*(i+1)))
		mustConnect(t, p, id(i), Paid)
		mustConnect(t, p, id(i+5), Free)
	}
	clk.Advance(10 * time.Second)
	if err := p.SetDefaultFactors(Factors{Positive: PriceFactors{CapacityFactor: 2}, Negative: PriceFactors{TimeFactor: 1}}); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, p)
	clk.Advance(10 * time.Second)
	if pos := info(t, p, id(0)).Pos; !near(pos, 100-10-20, 1e-9, 0) {
		t.Fatalf("pos %v, want 70 (10s at 1/s then 10s at 2/s)", pos)
	}
	if err := p.SetTotalCapacity(4); err != nil {
		t.Fatal(err)
	}
	// The four richest paid clients stay.
	for i := 0; i < 10; i++ {
		if got, want := info(t, p, id(i)).Connected, i >= 1 && i < 5; got != want {
			t.Errorf("client %d connected=%v, want %v", i, got, want)
		}
	}
	checkInvariants(t, p)
}
