package clientpool

import "math"

// This file is the pure arithmetic of balances and priorities: no locks, no
// clock, no I/O. Times are float64 seconds since the pool's epoch.
//
// # Balances
//
// A client has a positive balance (tokens paid for) and a negative one (the
// service it used without paying). While connected at capacity c it pays
// p(c) = TimeFactor + c×CapacityFactor tokens per second from the positive
// balance and, once that is spent, adds the negative price pn(c) per second to
// the negative balance; a relay costs RequestFactor per compute unit the same
// way. Both balances also expire exponentially with their own time constant τ
// (the half-life over ln 2), connected or not. Each record keeps its values as
// of one instant and is brought forward on access, so expiry costs O(1) per
// touched record and nothing for the others.
//
// # Priority
//
// A client's priority at capacity c is, in seconds:
//
//   - with a positive balance: how long it lasts at c (time until it is spent),
//     R = pos/p(c), or τ·ln(1 + pos/(p(c)·τ)) when it expires too;
//   - without: minus the negative balance in seconds of service at c,
//     -u = -neg/pn(c) (-neg when pn(c) is 0).
//
// Paid clients therefore rank above free ones; a larger capacity costs
// priority through CapacityFactor, as in go-ethereum's vflux, where priority is
// pos/capacity.
//
// While connected every paid client's priority falls by exactly one per second
// (R is a time left), and every free client's u follows the same equation
// du/dt = 1 - u/τneg whatever its prices. So, between events (a charge, a
// capacity change, a positive balance running out), connected clients never
// overtake one another, and each one's priority can be stored as a rank that
// does not change with time; see rankOf.

// balance is a client's two balances as of time at.
type balance struct {
	pos, neg float64
	at       float64
}

// expiry holds the time constants (seconds) of the two balances; 0 means no
// expiry.
type expiry struct {
	pos, neg float64
}

// epsilon is the time (seconds) under which a positive balance counts as
// spent, so that rounding does not leave a balance lasting a few attoseconds.
const epsilon = 1e-9

func decay(v, dt, tau float64) float64 {
	if tau == 0 || dt <= 0 || v == 0 {
		return v
	}
	return v * math.Exp(-dt/tau)
}

// timeLeft is how long a positive balance pos lasts when it pays price per
// second and expires with time constant tau: +Inf when price is 0.
func timeLeft(pos, price, tau float64) float64 {
	switch {
	case pos <= 0:
		return 0
	case price <= 0:
		return math.Inf(1)
	case tau == 0:
		return pos / price
	default:
		return tau * math.Log1p(pos/(price*tau))
	}
}

// advance returns the balance at time t of a client that pays pp per second
// from its positive balance and, once it is spent, pn per second into its
// negative one (pp = pn = 0 for a client that is not connected).
func (b balance) advance(t, pp, pn float64, e expiry) balance {
	dt := t - b.at
	if dt <= 0 {
		return b
	}
	b.at = t
	if b.pos > 0 {
		r := timeLeft(b.pos, pp, e.pos)
		if dt < r-epsilon {
			if e.pos == 0 {
				b.pos -= pp * dt
			} else {
				b.pos = (b.pos+pp*e.pos)*math.Exp(-dt/e.pos) - pp*e.pos
			}
			if b.pos < 0 {
				b.pos = 0
			}
			b.neg = decay(b.neg, dt, e.neg)
			return b
		}
		b.pos = 0
		b.neg = decay(b.neg, r, e.neg)
		dt -= r
		if dt <= 0 {
			return b
		}
	}
	if e.neg == 0 {
		b.neg += pn * dt
	} else {
		ss := pn * e.neg // the steady state
		b.neg = ss + (b.neg-ss)*math.Exp(-dt/e.neg)
	}
	if b.neg > MaxBalance {
		b.neg = MaxBalance
	}
	return b
}

// charge takes a relay of the given compute units: from the positive balance
// at the positive request price, and what it does not cover into the negative
// balance at the negative price. As in vflux, a client with a positive balance
// and a zero positive request price pays nothing for it.
func (b *balance) charge(units float64, f Factors) {
	if units <= 0 {
		return
	}
	if b.pos > 0 {
		cost := units * f.Positive.RequestFactor
		if cost <= b.pos {
			b.pos -= cost
			return
		}
		units *= 1 - b.pos/cost
		b.pos = 0
	}
	b.neg += units * f.Negative.RequestFactor
	if b.neg > MaxBalance {
		b.neg = MaxBalance
	}
}

// priority is the priority, in seconds, of balance b (as of b.at) for a client
// paying pp per second of its positive balance and pn of its negative one.
func priority(b balance, pp, pn, tauPos float64) float64 {
	if b.pos > 0 {
		return timeLeft(b.pos, pp, tauPos)
	}
	if pn > 0 {
		return -b.neg / pn
	}
	return -b.neg
}

// rank orders connected clients by priority without depending on time: the
// rank of a client connected since the last event is the same whatever the
// instant it is computed at. A rank below another is pushed out first.
type rank struct {
	// tier: 3 for a positive balance (v is the time it will be spent), then,
	// for u = -priority, 2 for u below τneg, 1 for u equal to it, 0 above it.
	tier int8
	v    float64 // within a tier, higher is better
	seq  uint64  // ties: the later connection (higher seq) ranks lower
}

// below reports whether a ranks lower than b.
func (a rank) below(b rank) bool {
	if a.tier != b.tier {
		return a.tier < b.tier
	}
	if a.v != b.v {
		return a.v < b.v
	}
	return a.seq > b.seq
}

// rankOf is the rank of a client whose priority at time t is pri, given the
// negative time constant tauNeg. The ranks of two connected clients compare as
// their priorities do at any common instant until the next event:
//
//   - paid: priority t' ↦ Z - t', with Z = t + pri the time the balance is spent;
//   - free without expiry: u(t') = u + (t' - t), so t - u is constant;
//   - free with expiry: u(t') = τ - (τ - u)·e^{-(t'-t)/τ}, so (τ - u)·e^{t/τ}
//     is constant; its logarithm keeps the value finite.
func rankOf(pri, t, tauNeg float64) rank {
	if pri > 0 {
		return rank{tier: 3, v: t + pri}
	}
	u := -pri
	if tauNeg == 0 {
		return rank{tier: 2, v: t - u}
	}
	d := u - tauNeg
	switch {
	case d < 0:
		return rank{tier: 2, v: math.Log(-d) + t/tauNeg}
	case d == 0:
		return rank{tier: 1}
	default:
		return rank{tier: 0, v: -(math.Log(d) + t/tauNeg)}
	}
}
