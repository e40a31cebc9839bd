package clientpool

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// Like vflux's TestBalanceTimeCost: a connected client spends its positive
// balance with time, then grows its negative one.
func TestBalanceTimeCost(t *testing.T) {
	steps := []struct {
		run      float64
		pos, neg float64
	}{{1, 59, 0}, {0, 59, 0}, {59, 0, 0}, {1, 0, 1}}
	for round := 0; round < 2; round++ { // the second round refills, like vflux's
		b := balance{pos: 60}
		now := 0.0
		if round == 1 {
			b = balance{pos: 60, neg: 0, at: 100}
			now = 100
		}
		for _, s := range steps {
			now += s.run
			b = b.advance(now, 1, 1, expiry{})
			if !near(b.pos, s.pos, 0, 1e-9) || !near(b.neg, s.neg, 0, 1e-9) {
				t.Fatalf("round %d after %vs: balance %v/%v, want %v/%v", round, s.run, b.pos, b.neg, s.pos, s.neg)
			}
		}
	}
}

// Like vflux's TestBalanceReqCost: requests are charged to the positive balance
// first, the rest to the negative one.
func TestBalanceReqCost(t *testing.T) {
	b := balance{pos: 60}
	for _, s := range []struct{ units, pos, neg float64 }{{1, 59, 0}, {0, 59, 0}, {59, 0, 0}, {1, 0, 1}} {
		b.charge(s.units, vfluxFactors)
		if b.pos != s.pos || b.neg != s.neg {
			t.Fatalf("after %v units: %v/%v, want %v/%v", s.units, b.pos, b.neg, s.pos, s.neg)
		}
	}
	// A charge larger than the positive balance is split by the share it covers.
	b = balance{pos: 10}
	b.charge(30, Factors{Positive: PriceFactors{RequestFactor: 1}, Negative: PriceFactors{RequestFactor: 2}})
	if b.pos != 0 || !near(b.neg, 40, 1e-12, 0) {
		t.Fatalf("split charge: %v/%v, want 0/40", b.pos, b.neg)
	}
}

// Like vflux's TestBalancePersistence: both balances halve with their
// half-lives, connected or not.
func TestBalanceExpiry(t *testing.T) {
	e := expiry{pos: timeConstant(2 * time.Hour), neg: timeConstant(time.Hour)}
	b := balance{pos: 16e9, neg: 16e9}
	b = b.advance(2*3600, 0, 0, e)
	if !near(b.pos, 8e9, 1e-9, 0) || !near(b.neg, 4e9, 1e-9, 0) {
		t.Fatalf("after 2h: %v/%v, want 8e9/4e9", b.pos, b.neg)
	}
	b = b.advance(4*3600, 0, 0, e)
	if !near(b.pos, 4e9, 1e-9, 0) || !near(b.neg, 1e9, 1e-9, 0) {
		t.Fatalf("after 4h: %v/%v, want 4e9/1e9", b.pos, b.neg)
	}
}

// With expiry, a connected client's positive balance lasts exactly timeLeft,
// however the time is cut into steps, and the negative balance approaches its
// steady state pn·τ.
func TestBalanceDrainWithExpiry(t *testing.T) {
	e := expiry{pos: timeConstant(time.Hour), neg: timeConstant(time.Hour)}
	b := balance{pos: 1000}
	r := timeLeft(1000, 2, e.pos)
	if r >= 500 || r <= 400 {
		t.Fatalf("timeLeft %v, want a little under 500s", r)
	}
	s := b
	for i := 1; i <= 100; i++ {
		s = s.advance(r*float64(i)/100*0.999, 2, 3, e)
	}
	if s.pos <= 0 || s.pos > 1 {
		t.Fatalf("just before timeLeft: pos %v, want a little above 0", s.pos)
	}
	s = s.advance(r+1, 2, 3, e)
	if s.pos != 0 || !near(s.neg, 3, 1e-3, 0) {
		t.Fatalf("1s after timeLeft: %v/%v, want 0/≈3", s.pos, s.neg)
	}
	s = s.advance(r+1e6, 2, 3, e)
	if !near(s.neg, 3*e.neg, 1e-6, 0) {
		t.Fatalf("steady state %v, want %v", s.neg, 3*e.neg)
	}
}

// The core of the ordering: between events, the ranks of connected clients
// compare as their priorities do at any later instant, whatever their prices,
// capacities and balances.
func TestRankMatchesPriorityOverTime(t *testing.T) {
	for _, tauNeg := range []float64{0, timeConstant(10 * time.Minute)} {
		e := expiry{pos: timeConstant(time.Hour), neg: tauNeg}
		rng := rand.New(rand.NewPCG(1, uint64(tauNeg)))
		type cl struct {
			b      balance
			pp, pn float64
			r      rank
		}
		var cs []cl
		for i := 0; i < 200; i++ {
			c := cl{pp: 0.1 + rng.Float64()*10, pn: 0.1 + rng.Float64()*10}
			if rng.IntN(2) == 0 {
				c.b.pos = 1e4 + rng.Float64()*1e6 // lasts well beyond the test
			}
			c.b.neg = rng.Float64() * 1e4
			c.b.at = rng.Float64() * 100
			c.r = rankOf(priority(c.b, c.pp, c.pn, e.pos), c.b.at, tauNeg)
			c.r.seq = uint64(i)
			cs = append(cs, c)
		}
		for _, at := range []float64{100, 500, 2000} {
			type pr struct {
				pri float64
				r   rank
			}
			var ps []pr
			for _, c := range cs {
				b := c.b.advance(at, c.pp, c.pn, e)
				ps = append(ps, pr{priority(b, c.pp, c.pn, e.pos), c.r})
			}
			slices.SortFunc(ps, func(a, b pr) int {
				if a.r.below(b.r) {
					return -1
				}
				return 1
			})
			for i := 1; i < len(ps); i++ {
				if ps[i].pri < ps[i-1].pri && !near(ps[i].pri, ps[i-1].pri, 1e-9, 1e-6) {
					t.Fatalf("tauNeg %v at %v: rank order has priority %v before %v", tauNeg, at, ps[i-1].pri, ps[i].pri)
				}
			}
		}
	}
}

func TestRankOfTiers(t *testing.T) {
	tau := 100.0
	order := []float64{-150, -100, -50, 0, 1, 1e9, math.Inf(1)} // priorities, ascending
	for i := 1; i < len(order); i++ {
		a, b := rankOf(order[i-1], 42, tau), rankOf(order[i], 42, tau)
		if !a.below(b) || b.below(a) {
			t.Errorf("rank(%v)=%+v not below rank(%v)=%+v", order[i-1], a, order[i], b)
		}
	}
}

// The treap against brute force.
func TestTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var tr tree
	in := map[*client]bool{}
	var all []*client
	for i := 0; i < 2000; i++ {
		c := &client{heap: rng.Uint32(), capacity: 1 + rng.Uint64N(5), exIdx: -1}
		c.rank = rank{tier: int8(rng.IntN(4)), v: float64(rng.IntN(50)), seq: uint64(i)}
		all = append(all, c)
	}
	for step := 0; step < 20000; step++ {
		c := all[rng.IntN(len(all))]
		if in[c] {
			tr.remove(c)
			delete(in, c)
		} else {
			tr.insert(c)
			in[c] = true
		}
		if step%97 != 0 {
			continue
		}
		k := rank{tier: int8(rng.IntN(4)), v: float64(rng.IntN(50)), seq: uint64(rng.IntN(2000))}
		var want uint64
		var low *client
		for c := range in {
			if c.rank.below(k) {
				want += c.capacity
			}
			if low == nil || c.rank.below(low.rank) {
				low = c
			}
		}
		if got := tr.sumBelow(k); got != want {
			t.Fatalf("step %d: sumBelow %d, want %d", step, got, want)
		}
		if got := tr.lowest(); got != low {
			t.Fatalf("step %d: lowest %p, want %p", step, got, low)
		}
		if tr.n != len(in) {
			t.Fatalf("step %d: n %d, want %d", step, tr.n, len(in))
		}
	}
}

func TestFactorsValidate(t *testing.T) {
	for _, f := range []PriceFactors{{TimeFactor: -1}, {CapacityFactor: math.NaN()}, {RequestFactor: math.Inf(1)}} {
		if err := (Factors{Negative: f}).Validate(); err == nil {
			t.Errorf("%+v accepted", f)
		}
	}
	if err := DefaultFactors.Validate(); err != nil {
		t.Error(err)
	}
}

// rankPriority inverts rankOf.
func TestRankPriorityInvertsRankOf(t *testing.T) {
	for _, tau := range []float64{0, 500} {
		p := &Pool{exp: expiry{neg: tau}}
		for _, pri := range []float64{1234.5, 3, -1, -200, -499, -500, -501, -5000} {
			if tau == 0 && pri == -500 {
				continue
			}
			r := rankOf(pri, 77, tau)
			if got := p.rankPriority(r, 77); !near(got, pri, 1e-9, 1e-9) {
				t.Errorf("tau %v: priority %v → rank %+v → %v", tau, pri, r, got)
			}
			if pri > 0 && pri < 10 {
				continue // spent within the 10 seconds: an exhaustion event re-ranks it
			}
			// 10 seconds later, connected: as advancing the balance says.
			b := balance{neg: -pri, at: 77}
			if pri > 0 {
				b = balance{pos: pri, at: 77}
			}
			b = b.advance(87, 1, 1, expiry{neg: tau})
			if want, got := priority(b, 1, 1, 0), p.rankPriority(r, 87); !near(got, want, 1e-9, 1e-9) {
				t.Errorf("tau %v, priority %v, 10s later: %v, want %v", tau, pri, got, want)
			}
		}
	}
}
