package clientpool

import (
	"context"
	"fmt"
)

// dropBelow: a client not connected whose balances are both below one token
// is forgotten (its record dropped), as vflux drops balances under a threshold.
const dropBelow = 1.0

// Checkpoint writes the records changed since the last checkpoint and those of
// the connected clients (whose balances move with time) in one SQLite
// transaction, and drops records that decayed to nothing. The pool's loop calls
// it every CheckpointInterval; an admin API may call it to make a change
// durable before answering. Without Config.Path it only drops records. A
// failed checkpoint leaves its records for the next one.
func (p *Pool) Checkpoint(ctx context.Context) error {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return ErrClosed
	}
	return p.checkpoint(ctx)
}

func (p *Pool) checkpoint(ctx context.Context) error {
	p.ckMu.Lock()
	defer p.ckMu.Unlock()

	p.sweep()

	p.mu.Lock()
	p.advance(p.now())
	p.ckGen++
	batch := make([]*client, 0, len(p.dirty)+len(p.conn))
	for _, c := range p.dirty {
		c.dirty = false
		c.ckGen = p.ckGen
		batch = append(batch, c)
	}
	p.dirty = p.dirty[:0]
	for _, c := range p.conn {
		if c.ckGen != p.ckGen {
			c.ckGen = p.ckGen
			batch = append(batch, c)
		}
	}
	dels := p.deleted
	p.deleted = nil
	p.mu.Unlock()

	if p.store == nil {
		return nil
	}
	recs := make([]record, 0, len(batch))
	for i := 0; i < len(batch); i += chunk {
		p.mu.Lock()
		now := p.now()
		at := p.epoch.UnixNano() + int64(now*1e9)
		for _, c := range batch[i:min(i+chunk, len(batch))] {
			if c.dropped {
				continue
			}
			p.settle(c, now)
			recs = append(recs, record{id: c.id, kind: c.kind, pos: c.bal.pos, neg: c.bal.neg, at: at, want: c.want, factors: c.factors})
		}
		p.mu.Unlock()
	}
	if err := p.store.save(ctx, recs, dels); err != nil {
		p.mu.Lock()
		for _, c := range batch {
			if !c.dropped {
				p.markDirty(c)
			}
		}
		p.deleted = append(dels, p.deleted...)
		p.mu.Unlock()
		return fmt.Errorf("clientpool: checkpoint: %w", err)
	}
	return nil
}

// sweep looks at the next slice of known clients (about 1/64 of them, at
// least 512) and forgets those not connected, without relays in flight or
// settings of their own, whose balances decayed below dropBelow.
func (p *Pool) sweep() {
	p.mu.Lock()
	p.advance(p.now())
	budget := max(512, len(p.all)/64)
	p.mu.Unlock()
	for budget > 0 {
		p.mu.Lock()
		now := p.now()
		n := min(budget, chunk)
		budget -= n
		for ; n > 0 && len(p.all) > 0; n-- {
			if p.sweepAt >= len(p.all) {
				p.sweepAt = 0
			}
			c := p.all[p.sweepAt]
			if c.connected || c.inUse > 0 || c.factors != nil || c.want != 0 {
				p.sweepAt++
				continue
			}
			p.settle(c, now)
			if c.bal.pos < dropBelow && c.bal.neg < dropBelow {
				p.forget(c, true) // moves another client to sweepAt
				continue
			}
			p.sweepAt++
		}
		p.mu.Unlock()
	}
}
