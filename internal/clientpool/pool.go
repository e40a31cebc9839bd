// Package clientpool decides, under load, which clients a relay node or gateway
// serves and with how much capacity, from what each client paid or used. It
// follows go-ethereum's vflux client pool (les/vflux/server), adapted to HTTP
// relays, where requests are not connections.
//
// # Model
//
// Clients are named by a string id (an API key's name, "ip:1.2.3.4", an
// application address). Each has a positive balance, paid for (AddBalance, or
// SetPositive from an application's remaining budget), and a negative one, the
// service it used without paying; both expire exponentially with their
// half-lives. A connected client holds a capacity, in concurrent relay slots,
// out of TotalCapacity, and pays for it per connected second and per compute
// unit (PriceFactors); once its positive balance is spent, the same usage grows
// its negative balance instead.
//
// Priority (see balance.go) is how long the positive balance lasts at the
// capacity held, or, without one, minus the negative balance in seconds of
// service. When the pool is full, a client connects only by pushing out
// clients of lower priority (or lowering their capacity), judged by the
// priority it will have after Config.ConnectedBias of service, so that
// connected clients do not flap. A paid client starts at MinCapacity and grows
// on demand up to its maximum; when its balance runs out it drops back to
// MinCapacity. Clients connected by Acquire are disconnected after
// IdleTimeout without a relay in flight.
//
// Every deciding operation (connect, disconnect, push out, charge) is O(log n)
// in the number of connected clients, growing a capacity O(log n · log
// capacity): they are kept in a treap by a rank that does not change with time
// (rankOf), with subtree capacity sums. Balances draining is handled by
// events: a heap of the times positive balances run out, processed at the
// start of every operation and on Tick. A charge re-ranks its client only once
// its priority moved by rankSlack (one second) or more.
//
// # Persistence
//
// Balances are checkpointed state (DESIGN.md, "Storage"): with Config.Path, a
// loop owned by the pool writes the changed records, and those of connected
// clients, to SQLite every CheckpointInterval; Open loads them; Shutdown writes
// a final checkpoint. A crash loses at most one interval. Records of clients
// not connected whose balances both decayed under one token are dropped.
//
// # Concurrency
//
// A Pool is safe for concurrent use. All state is guarded by one mutex, held
// for O(log n) work and no I/O by the serving path (Acquire, release).
package clientpool

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"time"
)

// Kind is how the caller identified a client.
type Kind uint8

const (
	// Free is a client identified without payment (by IP address, or a key
	// without a balance). It holds MinCapacity.
	Free Kind = iota
	// Paid is a paying client (an API key, an application); with a positive
	// balance its capacity grows on demand.
	Paid
)

// String returns "free" or "paid".
func (k Kind) String() string {
	switch k {
	case Free:
		return "free"
	case Paid:
		return "paid"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText encodes k as String does.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText accepts "free" and "paid".
func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "free":
		*k = Free
	case "paid":
		*k = Paid
	default:
		return fmt.Errorf("clientpool: kind %q, want \"free\" or \"paid\"", b)
	}
	return nil
}

// client is one known client. Guarded by Pool.mu.
type client struct {
	id      string
	kind    Kind
	bal     balance  // as of bal.at; brought forward by settle
	factors *Factors // nil: the pool's defaults
	want    uint64   // maximum capacity set by SetCapacity; 0: the default

	connected bool
	explicit  bool // connected by Connect: no idle timeout
	pushedOut bool // pushed out since it last connected
	capacity  uint64
	inUse     uint64  // relays in flight
	lastUsed  float64 // when its last relay ended (or it connected)
	seq       uint64  // connection order
	rank      rank    // while connected: its place in the tree

	// tree node
	left, right *client
	heap        uint32
	sum         uint64

	exIdx      int // in Pool.ex, -1 if not
	idle       bool
	prev, next *client // in Pool.idle

	allIdx, connIdx int
	dirty           bool
	dropped         bool
	ckGen           uint64
}

// why a client is disconnected.
type cause int

const (
	byCaller cause = iota
	byIdle
	byPush
)

// counters are cumulative counts, reported by Stats.
type counters struct {
	connects, disconnects, pushedOut, pushedDown, idle, exhausted uint64
	refusedPriority, refusedCapacity, admitted                    uint64
}

// Pool is a client pool. Open one with Open, stop it with Shutdown. It is safe
// for concurrent use.
type Pool struct {
	cfg   Config
	clock Clock
	epoch time.Time
	exp   expiry
	bias  float64 // seconds
	idleT float64 // seconds

	mu       sync.Mutex
	closed   bool
	total    uint64
	minCap   uint64
	maxCap   uint64
	used     uint64 // capacity held by connected clients
	inUse    uint64 // relays in flight
	defaults Factors
	seq      uint64
	clients  map[string]*client
	all      []*client // every known client, for sweeping
	conn     []*client // connected clients, for checkpoints
	tree     tree
	ex       exhaustHeap
	idle     idleList
	dirty    []*client
	deleted  []string
	sweepAt  int
	ckGen    uint64
	ctr      counters

	ckMu  sync.Mutex  // serialises checkpoints
	store recordStore // nil without Config.Path

	stop     context.CancelFunc
	loopDone chan struct{}

	// onPush, when set (by Bench), is called with p.mu held for each client
	// pushed out.
	onPush func(id string)
}

// Open loads the balances checkpointed at cfg.Path (if any) and starts the
// pool's loop, which processes timed events and checkpoints every
// CheckpointInterval. The caller ends it with Shutdown.
func Open(ctx context.Context, cfg Config) (*Pool, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	p := &Pool{
		cfg:      cfg,
		clock:    cfg.Clock,
		epoch:    cfg.Clock.Now(),
		exp:      expiry{pos: timeConstant(cfg.PositiveHalfLife), neg: timeConstant(cfg.NegativeHalfLife)},
		bias:     cfg.ConnectedBias.Seconds(),
		idleT:    cfg.IdleTimeout.Seconds(),
		total:    cfg.TotalCapacity,
		minCap:   cfg.MinCapacity,
		maxCap:   cfg.MaxClientCapacity,
		defaults: cfg.Factors,
		clients:  make(map[string]*client),
		loopDone: make(chan struct{}),
	}
	if cfg.Path != "" {
		st, err := openStore(ctx, cfg.Path)
		if err != nil {
			return nil, fmt.Errorf("clientpool: opening %s: %w", cfg.Path, err)
		}
		recs, err := st.load(ctx)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("clientpool: loading %s: %w", cfg.Path, err)
		}
		for _, r := range recs {
			c := p.newClient(r.id, r.kind, 0)
			c.bal = balance{pos: r.pos, neg: r.neg, at: float64(r.at-p.epoch.UnixNano()) / 1e9}
			c.factors = r.factors
			c.want = r.want
		}
		p.store = st
	}
	lctx, stop := context.WithCancel(context.Background())
	p.stop = stop
	t := p.clock.NewTicker(p.cfg.CheckpointInterval) // before Open returns, so that a simulated clock's next Advance ticks it
	go p.loop(lctx, t)
	return p, nil
}

func (p *Pool) loop(ctx context.Context, t Ticker) {
	defer close(p.loopDone)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.Chan():
			p.Tick()
			if err := p.checkpoint(ctx); err != nil && ctx.Err() == nil {
				p.cfg.Logger.Warn("client pool checkpoint failed; retrying at the next tick", "err", err)
			}
		}
	}
}

// Shutdown stops the loop, writes a final checkpoint and closes the database.
// The pool refuses everything afterwards; a second Shutdown returns ErrClosed.
func (p *Pool) Shutdown(ctx context.Context) error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return ErrClosed
	}
	p.closed = true
	p.mu.Unlock()
	p.stop()
	select {
	case <-p.loopDone:
	case <-ctx.Done():
		return fmt.Errorf("clientpool: shutdown: %w", ctx.Err())
	}
	err := p.checkpoint(ctx)
	if p.store != nil {
		if cerr := p.store.close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("clientpool: closing the database: %w", cerr))
		}
	}
	return err
}

// Tick processes the events due by now: positive balances that ran out
// (their clients drop to MinCapacity and rank as free) and idle clients
// (disconnected). Every operation does the same first; the pool's loop calls
// Tick every CheckpointInterval so that this also happens when nothing else
// does.
func (p *Pool) Tick() {
	p.mu.Lock()
	if !p.closed {
		p.advance(p.now())
	}
	p.mu.Unlock()
}

// now is the pool's time in seconds since its epoch.
func (p *Pool) now() float64 { return p.clock.Now().Sub(p.epoch).Seconds() }

func (p *Pool) newClient(id string, kind Kind, now float64) *client {
	c := &client{id: id, kind: kind, bal: balance{at: now}, exIdx: -1, connIdx: -1, heap: rand.Uint32()}
	c.allIdx = len(p.all)
	p.all = append(p.all, c)
	p.clients[id] = c
	return c
}

// forget removes c, not connected, from the pool; stored tells whether its
// record may be in the database.
func (p *Pool) forget(c *client, stored bool) {
	delete(p.clients, c.id)
	last := len(p.all) - 1
	p.all[c.allIdx] = p.all[last]
	p.all[c.allIdx].allIdx = c.allIdx
	p.all[last] = nil
	p.all = p.all[:last]
	c.dropped = true
	if stored {
		p.deleted = append(p.deleted, c.id)
	}
}

func (p *Pool) markDirty(c *client) {
	if !c.dirty {
		c.dirty = true
		p.dirty = append(p.dirty, c)
	}
}

func (p *Pool) factorsOf(c *client) *Factors {
	if c.factors != nil {
		return c.factors
	}
	return &p.defaults
}

// prices returns what c pays per second at capacity x from each balance.
func (p *Pool) prices(c *client, x uint64) (pp, pn float64) {
	f := p.factorsOf(c)
	return f.Positive.price(x), f.Negative.price(x)
}

// settle brings c's balance forward to now, charging its connected time.
func (p *Pool) settle(c *client, now float64) {
	if c.connected {
		pp, pn := p.prices(c, c.capacity)
		c.bal = c.bal.advance(now, pp, pn, p.exp)
	} else {
		c.bal = c.bal.advance(now, 0, 0, p.exp)
	}
}

// priorityAt is c's priority at capacity x from its balance b (at b.at).
func (p *Pool) priorityAt(c *client, b balance, x uint64) float64 {
	pp, pn := p.prices(c, x)
	return priority(b, pp, pn, p.exp.pos)
}

// candidate is the rank, compared with connected clients at time now, of c
// asking for capacity x: its priority after the connected bias of service at
// x. It loses ties. pri is that priority.
func (p *Pool) candidate(c *client, x uint64, now float64) (r rank, pri float64) {
	pp, pn := p.prices(c, x)
	b := c.bal.advance(now+p.bias, pp, pn, p.exp)
	pri = priority(b, pp, pn, p.exp.pos)
	r = rankOf(pri, now, p.exp.neg)
	r.seq = math.MaxUint64
	return r, pri
}

// wantOf is the capacity c may grow to.
func (p *Pool) wantOf(c *client) uint64 {
	if c.kind == Free || c.bal.pos <= 0 {
		return p.minCap
	}
	w := p.maxCap
	if c.want != 0 {
		w = c.want
	}
	return min(max(w, p.minCap), p.total)
}

// feasible reports whether c (not in the tree) could get capacity x by pushing
// out or down clients ranked below it.
func (p *Pool) feasible(c *client, x uint64, now float64) bool {
	free := p.total - p.used
	if x <= free {
		return true
	}
	if x > p.total {
		return false
	}
	r, _ := p.candidate(c, x, now)
	return p.tree.sumBelow(r) >= x-free
}

// maxFeasible returns the largest capacity in [lo, hi] that c (not in the
// tree) could get, 0 if not even lo.
func (p *Pool) maxFeasible(c *client, lo, hi uint64, now float64) uint64 {
	hi = min(hi, p.total)
	if lo > hi {
		return 0
	}
	if p.feasible(c, hi, now) {
		return hi
	}
	if lo == hi || !p.feasible(c, lo, now) {
		return 0
	}
	for hi-lo > 1 { // feasible(lo) && !feasible(hi)
		mid := lo + (hi-lo)/2
		if p.feasible(c, mid, now) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// makeRoom frees capacity until x is free, taking it from the lowest-ranked
// clients, all ranked below r: a client that can give what is missing and keep
// MinCapacity is pushed down, otherwise it is pushed out. The caller checked
// feasibility.
func (p *Pool) makeRoom(x uint64, r rank, now float64) {
	for p.total-p.used < x {
		need := x - (p.total - p.used)
		v := p.tree.lowest()
		if v == nil || !v.rank.below(r) {
			panic("clientpool: makeRoom without enough lower-ranked capacity")
		}
		if v.capacity > p.minCap && v.capacity-p.minCap >= need {
			p.resize(v, v.capacity-need, now)
			p.ctr.pushedDown++
		} else {
			p.disconnect(v, now, byPush)
		}
	}
}

// place computes the rank of c (connected, not in the tree, balance settled to
// now), lowering it to MinCapacity if it has no positive balance, and inserts
// it in the tree and the exhaustion heap.
func (p *Pool) place(c *client, now float64) {
	if c.bal.pos <= 0 && c.capacity > p.minCap {
		p.used -= c.capacity - p.minCap
		c.capacity = p.minCap
	}
	c.rank = rankOf(p.priorityAt(c, c.bal, c.capacity), now, p.exp.neg)
	c.rank.seq = c.seq
	p.tree.insert(c)
	switch {
	case c.bal.pos > 0 && c.exIdx < 0:
		p.ex.push(c)
	case c.bal.pos > 0:
		p.ex.fix(c)
	case c.exIdx >= 0:
		p.ex.remove(c)
	}
}

// resize sets the capacity of connected c to x (within the pool's limits).
func (p *Pool) resize(c *client, x uint64, now float64) {
	p.settle(c, now)
	p.tree.remove(c)
	p.used = p.used - c.capacity + x
	c.capacity = x
	p.place(c, now)
	p.markDirty(c)
}

// rebalanced re-ranks connected c after its balance or factors changed; mutate
// is applied to c between settling and re-ranking.
func (p *Pool) rebalanced(c *client, now float64, mutate func()) {
	p.settle(c, now)
	if c.connected {
		p.tree.remove(c)
	}
	mutate()
	if c.connected {
		p.place(c, now)
	}
	p.markDirty(c)
}

// connect connects c at MinCapacity, pushing out lower-ranked clients if the
// pool is full, or returns why not.
func (p *Pool) connect(c *client, now float64, explicit bool) *Refusal {
	p.settle(c, now)
	r, pri := p.candidate(c, p.minCap, now)
	free := p.total - p.used
	if p.minCap > free && p.tree.sumBelow(r) < p.minCap-free {
		p.ctr.refusedPriority++
		reason := ReasonPriority
		if c.pushedOut {
			reason = ReasonPushedOut
		}
		return &Refusal{Reason: reason, RetryAfter: p.retryAfter(pri, now)}
	}
	p.makeRoom(p.minCap, r, now)
	p.seq++
	c.seq = p.seq
	c.connected, c.explicit, c.pushedOut = true, explicit, false
	c.capacity = p.minCap
	c.lastUsed = now
	p.used += c.capacity
	c.connIdx = len(p.conn)
	p.conn = append(p.conn, c)
	p.place(c, now)
	if !explicit && c.inUse == 0 { // relays from before a push-out may still be in flight
		p.idle.pushBack(c)
	}
	p.ctr.connects++
	return nil
}

// retryAfter estimates when a client refused with (biased) priority pri could
// connect: the lowest connected client's priority falls about one second per
// second, so after the gap between the two.
func (p *Pool) retryAfter(pri, now float64) time.Duration {
	gap := 1.0
	if v := p.tree.lowest(); v != nil {
		pp, pn := p.prices(v, v.capacity)
		b := v.bal.advance(now, pp, pn, p.exp)
		if g := priority(b, pp, pn, p.exp.pos) - pri; g > gap {
			gap = g
		}
	}
	d := time.Duration(math.Ceil(min(gap, p.cfg.MaxRetryAfter.Seconds()))) * time.Second
	return max(d, time.Second)
}

// disconnect disconnects c as of time now, charging its connected time.
func (p *Pool) disconnect(c *client, now float64, why cause) {
	p.settle(c, now)
	p.tree.remove(c)
	if c.exIdx >= 0 {
		p.ex.remove(c)
	}
	p.idle.remove(c)
	last := len(p.conn) - 1
	p.conn[c.connIdx] = p.conn[last]
	p.conn[c.connIdx].connIdx = c.connIdx
	p.conn[last] = nil
	p.conn = p.conn[:last]
	c.connIdx = -1
	p.used -= c.capacity
	c.capacity = 0
	c.connected, c.explicit = false, false
	p.markDirty(c)
	p.ctr.disconnects++
	switch why {
	case byPush:
		c.pushedOut = true
		p.ctr.pushedOut++
		if p.onPush != nil {
			p.onPush(c.id)
		}
	case byIdle:
		p.ctr.idle++
	}
}

// grow raises the capacity of connected c towards target (at least its
// current capacity + 1), as far as lower-ranked clients allow; it returns the
// new capacity.
func (p *Pool) grow(c *client, target uint64, now float64) uint64 {
	old := c.capacity
	if target <= old {
		return old
	}
	p.settle(c, now)
	p.tree.remove(c)
	p.used -= old
	x := p.maxFeasible(c, old+1, target, now)
	if x == 0 {
		p.used += old
		p.tree.insert(c) // same balance trajectory, same rank
		return old
	}
	r, _ := p.candidate(c, x, now)
	p.makeRoom(x, r, now)
	p.used += x
	c.capacity = x
	p.place(c, now)
	p.markDirty(c)
	return x
}

// advance processes the events due by now.
func (p *Pool) advance(now float64) {
	for len(p.ex) > 0 && p.ex[0].rank.v <= now {
		c := p.ex[0]
		p.settle(c, now)
		p.tree.remove(c)
		c.bal.pos = 0
		p.place(c, now) // leaves the heap, drops to MinCapacity
		p.markDirty(c)
		p.ctr.exhausted++
	}
	for c := p.idle.head; c != nil && c.lastUsed+p.idleT <= now; c = p.idle.head {
		p.disconnect(c, c.lastUsed+p.idleT, byIdle) // charged until its deadline only
	}
}

// rankSlack is how far (in seconds of priority) the rank of a connected client
// may lag behind its charges before it is re-ranked. Most charges then cost a
// few arithmetic operations instead of a tree update, and no decision is off
// by more than rankSlack.
const rankSlack = 1.0

// charge charges c for a relay of units compute units.
func (p *Pool) charge(c *client, units uint64, now float64) {
	if units == 0 {
		return
	}
	p.settle(c, now)
	c.bal.charge(float64(units), *p.factorsOf(c))
	p.markDirty(c)
	if !c.connected {
		return
	}
	pri := p.priorityAt(c, c.bal, c.capacity)
	if r := rankOf(pri, now, p.exp.neg); r.tier == c.rank.tier && (r.v == c.rank.v || math.Abs(pri-p.rankPriority(c.rank, now)) < rankSlack) {
		return
	}
	p.tree.remove(c)
	p.place(c, now)
}

// rankPriority inverts rankOf: the priority at time now of a client of rank r
// connected since r was computed.
func (p *Pool) rankPriority(r rank, now float64) float64 {
	tau := p.exp.neg
	switch {
	case r.tier == 3:
		return r.v - now
	case tau == 0:
		return r.v - now
	case r.tier == 2:
		return -(tau - math.Exp(r.v-now/tau))
	case r.tier == 1:
		return -tau
	default:
		return -(tau + math.Exp(-r.v-now/tau))
	}
}
