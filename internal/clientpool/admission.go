package clientpool

import (
	"context"
	"fmt"
	"time"
)

// Acquire admits one relay of client id, identified as kind, costing units
// compute units, before the backend is called. A client that is not connected
// is connected on demand, which may push out lower-priority clients or be
// refused; a connected client may have at most its capacity of relays in
// flight. A paid client's capacity grows on demand (doubling, while the pool
// allows) and shrinks back (halving) when its relays use a quarter of it or
// less, so that it pays for, and holds, about what it uses.
// The relay is charged at once.
//
// On success the caller must call release exactly once when the relay ends
// (further calls do nothing). On refusal release is nil and the caller answers
// 429 with the Refusal's reason and Retry-After. Acquire does not block: ctx
// only lets a caller that gave up skip the work.
func (p *Pool) Acquire(ctx context.Context, id string, kind Kind, units uint64) (release func(), refusal *Refusal) {
	if ctx.Err() != nil {
		return nil, &Refusal{Reason: ReasonCanceled, RetryAfter: time.Second}
	}
	if checkID(id) != nil {
		return nil, &Refusal{Reason: ReasonInvalid, RetryAfter: p.cfg.MaxRetryAfter}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, &Refusal{Reason: ReasonClosed, RetryAfter: p.cfg.MaxRetryAfter}
	}
	now := p.now()
	p.advance(now)
	c := p.clients[id]
	created := c == nil
	if created {
		c = p.newClient(id, kind, now)
	}
	c.kind = kind
	if !c.connected {
		if r := p.connect(c, now, false); r != nil {
			if created {
				p.forget(c, false)
			}
			return nil, r
		}
	}
	if c.inUse >= c.capacity {
		if w := p.wantOf(c); c.capacity >= w || p.grow(c, min(w, max(2*c.capacity, c.capacity+1)), now) <= c.inUse {
			p.ctr.refusedCapacity++
			return nil, &Refusal{Reason: ReasonCapacity, RetryAfter: time.Second}
		}
	}
	if c.inUse == 0 {
		p.idle.remove(c)
	}
	c.inUse++
	p.inUse++
	p.ctr.admitted++
	p.charge(c, units, now)
	s := &slot{p: p, c: c}
	return s.release, nil
}

// slot is one admitted relay.
type slot struct {
	p    *Pool
	c    *client
	done bool // guarded by p.mu
}

func (s *slot) release() {
	p, c := s.p, s.c
	p.mu.Lock()
	defer p.mu.Unlock()
	if s.done {
		return
	}
	s.done = true
	c.inUse--
	p.inUse--
	if !c.connected || c.explicit || p.closed {
		return
	}
	now := p.now()
	if c.capacity > p.minCap && 4*c.inUse <= c.capacity {
		// Capacity grown on demand and used at a quarter or less goes back
		// to the pool, halving (it doubled when growing).
		p.resize(c, max(p.minCap, c.capacity/2), now)
	}
	if c.inUse == 0 {
		c.lastUsed = now
		p.idle.pushBack(c)
	}
}

// Connect connects client id for a long-lived session (a WebSocket
// subscription, a test): unlike a client connected by Acquire it is not
// disconnected when idle, only by Disconnect or when pushed out. It returns
// the client's capacity, or why it was refused. Connecting a connected client
// only marks it long-lived.
func (p *Pool) Connect(id string, kind Kind) (capacity uint64, refusal *Refusal) {
	if checkID(id) != nil {
		return 0, &Refusal{Reason: ReasonInvalid, RetryAfter: p.cfg.MaxRetryAfter}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return 0, &Refusal{Reason: ReasonClosed, RetryAfter: p.cfg.MaxRetryAfter}
	}
	now := p.now()
	p.advance(now)
	c := p.clients[id]
	created := c == nil
	if created {
		c = p.newClient(id, kind, now)
	}
	c.kind = kind
	if c.connected {
		c.explicit = true
		p.idle.remove(c)
		return c.capacity, nil
	}
	if r := p.connect(c, now, true); r != nil {
		if created {
			p.forget(c, false)
		}
		return 0, r
	}
	return c.capacity, nil
}

// Disconnect disconnects client id, charging its connected time; its relays
// in flight finish. It returns ErrUnknownClient or ErrNotConnected when there
// is nothing to disconnect.
func (p *Pool) Disconnect(id string) error {
	return p.withKnown(id, func(c *client, now float64) error {
		if !c.connected {
			return ErrNotConnected
		}
		p.disconnect(c, now, byCaller)
		return nil
	})
}

// Charge charges known client id for units compute units outside Acquire
// (for example when the cost of a relay is known only after it was served).
func (p *Pool) Charge(id string, units uint64) error {
	return p.withKnown(id, func(c *client, now float64) error {
		p.charge(c, units, now)
		return nil
	})
}

// locked runs f under the pool's lock with the pool's clock advanced to now;
// after Shutdown it fails with ErrClosed.
func (p *Pool) locked(f func(now float64) error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	now := p.now()
	p.advance(now)
	return f(now)
}

// withKnown is locked for a known client id (else ErrUnknownClient).
func (p *Pool) withKnown(id string, f func(c *client, now float64) error) error {
	return p.locked(func(now float64) error {
		c := p.clients[id]
		if c == nil {
			return fmt.Errorf("%w: %q", ErrUnknownClient, id)
		}
		return f(c, now)
	})
}
