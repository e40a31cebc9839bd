package clientpool

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// ClientInfo is a client as the admin API shows it, as of the call.
type ClientInfo struct {
	ID        string `json:"id"`
	Kind      Kind   `json:"kind"`
	Connected bool   `json:"connected"`
	// PushedOut: pushed out by a higher-priority client since it last
	// connected.
	PushedOut bool `json:"pushedOut"`
	// Capacity is the capacity held (0 when not connected); MaxCapacity what
	// it may grow to now (MinCapacity without a positive balance).
	Capacity    uint64 `json:"capacity"`
	MaxCapacity uint64 `json:"maxCapacity"`
	// InUse is the number of its relays in flight.
	InUse uint64 `json:"inUse"`
	// Pos and Neg are the balances, in tokens.
	Pos float64 `json:"pos"`
	Neg float64 `json:"neg"`
	// Priority, in seconds, at the capacity held (MinCapacity when not
	// connected): how long the positive balance lasts, or minus the negative
	// balance in seconds of service. math.MaxFloat64 when the positive
	// balance is never spent (zero prices).
	Priority float64 `json:"priority"`
	// Factors are the prices the client pays; CustomFactors tells whether
	// they are its own (SetFactors) rather than the pool's defaults.
	Factors       Factors `json:"factors"`
	CustomFactors bool    `json:"customFactors"`
}

// Filter selects clients for Clients. The zero value selects all of them.
type Filter struct {
	Connected bool   // only connected clients
	Paid      bool   // only clients with a positive balance
	Prefix    string // only ids starting with Prefix
	After     string // only ids sorting after After (to page through)
	Limit     int    // at most Limit clients; 0 means no limit
}

// chunk bounds the clients an admin call handles per hold of the mutex, so that
// listing 100,000 clients does not stall the serving path.
const chunk = 256

// Clients returns the clients f selects, sorted by id.
func (p *Pool) Clients(f Filter) ([]ClientInfo, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, ErrClosed
	}
	p.advance(p.now())
	src := p.all
	if f.Connected {
		src = p.conn
	}
	sel := make([]*client, 0, min(len(src), 1024))
	for _, c := range src {
		if (f.Paid && c.bal.pos <= 0) || !strings.HasPrefix(c.id, f.Prefix) || (f.After != "" && c.id <= f.After) {
			continue
		}
		sel = append(sel, c)
	}
	p.mu.Unlock()

	slices.SortFunc(sel, func(a, b *client) int { return strings.Compare(a.id, b.id) })
	if f.Limit > 0 && len(sel) > f.Limit {
		sel = sel[:f.Limit]
	}
	out := make([]ClientInfo, 0, len(sel))
	for i := 0; i < len(sel); i += chunk {
		p.mu.Lock()
		now := p.now()
		for _, c := range sel[i:min(i+chunk, len(sel))] {
			if !c.dropped {
				out = append(out, p.info(c, now))
			}
		}
		p.mu.Unlock()
	}
	return out, nil
}

// Client returns client id, or ErrUnknownClient.
func (p *Pool) Client(id string) (info ClientInfo, err error) {
	err = p.withKnown(id, func(c *client, now float64) error {
		info = p.info(c, now)
		return nil
	})
	return info, err
}

func (p *Pool) info(c *client, now float64) ClientInfo {
	p.settle(c, now)
	x := c.capacity
	if !c.connected {
		x = p.minCap
	}
	pri := p.priorityAt(c, c.bal, x)
	if math.IsInf(pri, 1) {
		pri = math.MaxFloat64
	}
	return ClientInfo{
		ID: c.id, Kind: c.kind, Connected: c.connected, PushedOut: c.pushedOut,
		Capacity: c.capacity, MaxCapacity: p.wantOf(c), InUse: c.inUse,
		Pos: c.bal.pos, Neg: c.bal.neg, Priority: pri,
		Factors: *p.factorsOf(c), CustomFactors: c.factors != nil,
	}
}

// lookup returns client id, creating it as kind when unknown. Called with
// p.mu held on an open pool.
func (p *Pool) lookup(id string, kind Kind, now float64) *client {
	if c := p.clients[id]; c != nil {
		return c
	}
	return p.newClient(id, kind, now)
}

// AddBalance adds amount (> 0) tokens to the positive balance of client id,
// which need not be known or connected (an unknown id is created, as a paid
// client). It returns the new balances. A connected client's priority and
// capacity follow at once. The change is written by the next checkpoint.
func (p *Pool) AddBalance(id string, amount int64) (pos, neg float64, err error) {
	if err := checkID(id); err != nil {
		return 0, 0, err
	}
	if amount <= 0 || amount > MaxBalance {
		return 0, 0, fmt.Errorf("%w: %d, want 1 to %d tokens to add (SetPositive sets a lower balance)", ErrInvalidAmount, amount, int64(MaxBalance))
	}
	err = p.locked(func(now float64) error {
		c := p.lookup(id, Paid, now)
		p.settle(c, now)
		pos, neg = c.bal.pos, c.bal.neg
		if float64(amount) > MaxBalance-c.bal.pos {
			return fmt.Errorf("%w: %.0f + %d is above %d", ErrBalanceOverflow, c.bal.pos, amount, int64(MaxBalance))
		}
		p.rebalanced(c, now, func() { c.bal.pos += float64(amount) })
		pos, neg = c.bal.pos, c.bal.neg
		return nil
	})
	return pos, neg, err
}

// SetPositive sets the positive balance of client id to amount (>= 0) tokens,
// keeping its negative balance: a node sets an application's balance from its
// remaining budget this way. An unknown id is created, as a paid client. It
// returns the new balances.
func (p *Pool) SetPositive(id string, amount int64) (pos, neg float64, err error) {
	if err := checkID(id); err != nil {
		return 0, 0, err
	}
	if amount < 0 || amount > MaxBalance {
		return 0, 0, fmt.Errorf("%w: %d, want 0 to %d tokens", ErrInvalidAmount, amount, int64(MaxBalance))
	}
	err = p.locked(func(now float64) error {
		c := p.lookup(id, Paid, now)
		p.rebalanced(c, now, func() { c.bal.pos = float64(amount) })
		pos, neg = c.bal.pos, c.bal.neg
		return nil
	})
	return pos, neg, err
}

// SetFactors gives client id its own prices (nil: back to the pool's
// defaults). Its usage so far is charged at the old prices. An unknown id is
// created.
func (p *Pool) SetFactors(id string, f *Factors) error {
	if err := checkID(id); err != nil {
		return err
	}
	if f != nil {
		if err := f.Validate(); err != nil {
			return err
		}
		cp := *f
		f = &cp
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	now := p.now()
	p.advance(now)
	c := p.lookup(id, Free, now)
	p.rebalanced(c, now, func() { c.factors = f })
	return nil
}

// DefaultFactors returns the prices of clients without their own.
func (p *Pool) DefaultFactors() Factors {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.defaults
}

// SetDefaultFactors sets the prices of clients without their own, from now
// on (until a restart, which starts from Config.Factors). It re-ranks every
// connected client: O(n log n).
func (p *Pool) SetDefaultFactors(f Factors) error {
	if err := f.Validate(); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	now := p.now()
	p.advance(now)
	for _, c := range p.conn {
		p.settle(c, now)
	}
	p.defaults = f
	p.tree = tree{}
	for _, c := range p.conn {
		if c.exIdx >= 0 {
			p.ex.remove(c)
		}
		p.place(c, now)
	}
	return nil
}

// SetCapacity sets the capacity connected client id may grow to (0: the
// pool's MaxClientCapacity) and moves its capacity there now as far as the
// pool allows: a request larger than the pool can give is answered with what
// it can give. It returns the capacity granted. A client without a positive
// balance keeps MinCapacity.
func (p *Pool) SetCapacity(id string, want uint64) (uint64, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return 0, ErrClosed
	}
	now := p.now()
	p.advance(now)
	c := p.clients[id]
	if c == nil {
		return 0, fmt.Errorf("%w: %q", ErrUnknownClient, id)
	}
	if !c.connected {
		return 0, fmt.Errorf("%w: %q", ErrNotConnected, id)
	}
	if c.want != want {
		c.want = want
		p.markDirty(c)
	}
	w := p.wantOf(c)
	switch {
	case w < c.capacity:
		p.resize(c, w, now)
	case w > c.capacity:
		p.grow(c, w, now)
	}
	return c.capacity, nil
}

// SetTotalCapacity changes the pool's capacity. Lowering it pushes the
// lowest-priority clients down or out.
func (p *Pool) SetTotalCapacity(total uint64) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	if total < p.minCap {
		return fmt.Errorf("%w: TotalCapacity %d is below MinCapacity %d", ErrInvalidConfig, total, p.minCap)
	}
	now := p.now()
	p.advance(now)
	p.total = total
	for p.used > p.total {
		excess := p.used - p.total
		v := p.tree.lowest()
		if v.capacity > p.minCap && v.capacity-p.minCap >= excess {
			p.resize(v, v.capacity-excess, now)
			p.ctr.pushedDown++
		} else {
			p.disconnect(v, now, byPush)
		}
	}
	return nil
}

// Estimate is the answer to a capacity query.
type Estimate struct {
	// Capacity is what the client would get by connecting (or growing) now,
	// in slots; 0 if it would be refused.
	Capacity uint64 `json:"capacity"`
	// Duration is how long its positive balance would last at Capacity,
	// counting connected time only; 0 without a positive balance, the largest
	// time.Duration when it is never spent.
	Duration time.Duration `json:"duration"`
	// Priority is its priority at Capacity (see ClientInfo.Priority).
	Priority float64 `json:"priority"`
}

// Estimate answers what capacity client id (known or not) would get now if it
// paid payment (>= 0) more tokens and asked for want slots (0: its maximum),
// and for how long: go-ethereum vflux's capacity query. A request larger than
// the pool can give is answered with what it can give. It changes nothing.
func (p *Pool) Estimate(id string, payment int64, want uint64) (Estimate, error) {
	if err := checkID(id); err != nil {
		return Estimate{}, err
	}
	if payment < 0 || payment > MaxBalance {
		return Estimate{}, fmt.Errorf("%w: payment %d, want 0 to %d tokens", ErrInvalidAmount, payment, int64(MaxBalance))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return Estimate{}, ErrClosed
	}
	now := p.now()
	p.advance(now)
	tmp := client{id: id, kind: Paid, bal: balance{at: now}}
	if c := p.clients[id]; c != nil {
		p.settle(c, now)
		tmp.kind, tmp.bal, tmp.factors, tmp.want = c.kind, c.bal, c.factors, c.want
		if c.connected {
			// The client's own capacity counts as available to it.
			p.tree.remove(c)
			p.used -= c.capacity
			defer func() {
				p.used += c.capacity
				p.tree.insert(c)
			}()
		}
	}
	tmp.bal.pos = min(tmp.bal.pos+float64(payment), MaxBalance)
	if want != 0 {
		tmp.want = min(want, p.maxCap) // no more than the serving path grants
	}
	x := p.maxFeasible(&tmp, p.minCap, p.wantOf(&tmp), now)
	if x == 0 {
		return Estimate{}, nil
	}
	e := Estimate{Capacity: x, Priority: p.priorityAt(&tmp, tmp.bal, x)}
	if tmp.bal.pos > 0 {
		pp, _ := p.prices(&tmp, x)
		d := timeLeft(tmp.bal.pos, pp, p.exp.pos)
		if d >= float64(math.MaxInt64)/1e9 {
			e.Duration = time.Duration(math.MaxInt64)
		} else {
			e.Duration = time.Duration(d * 1e9)
		}
	}
	if math.IsInf(e.Priority, 1) {
		e.Priority = math.MaxFloat64
	}
	return e, nil
}

// Stats is a snapshot of the pool's counts, for metrics.
type Stats struct {
	Known         int // clients with a record (connected or not)
	Connected     int
	ConnectedPaid int // connected with a positive balance
	ConnectedFree int // connected without one
	TotalCapacity uint64
	CapacityUsed  uint64 // capacity held by connected clients
	InFlight      uint64 // relays admitted and not released

	// Cumulative counts since Open.
	Admitted        uint64 // relays admitted by Acquire
	Connects        uint64
	Disconnects     uint64 // all causes, pushes included
	PushedOut       uint64 // disconnected by a higher-priority client
	PushedDown      uint64 // capacity lowered for a higher-priority client
	IdleDisconnects uint64
	Exhausted       uint64 // positive balances that ran out while connected
	RefusedPriority uint64 // connections refused: pool full, priority too low
	RefusedCapacity uint64 // relays refused: client capacity exceeded
}

// Stats returns the pool's counts now.
func (p *Pool) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.advance(p.now())
	}
	return Stats{
		Known: len(p.clients), Connected: len(p.conn), ConnectedPaid: len(p.ex), ConnectedFree: len(p.conn) - len(p.ex),
		TotalCapacity: p.total, CapacityUsed: p.used, InFlight: p.inUse,
		Admitted: p.ctr.admitted, Connects: p.ctr.connects, Disconnects: p.ctr.disconnects,
		PushedOut: p.ctr.pushedOut, PushedDown: p.ctr.pushedDown, IdleDisconnects: p.ctr.idle,
		Exhausted: p.ctr.exhausted, RefusedPriority: p.ctr.refusedPriority, RefusedCapacity: p.ctr.refusedCapacity,
	}
}
