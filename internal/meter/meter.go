// Package meter is the relay meter of a supplier node: per application, service,
// session and supplier it counts the tokens spent on relays against the budget
// of docs/protocol.md ("Money") and refuses a relay that would go above it.
//
// # Counting
//
// The caller charges a relay's cost before serving it (Charge) and refunds it
// when the relay failed and will not be claimed (Refund). Counters live in
// memory, in a map split into shards with a lock each: charges of different keys
// rarely contend, and a charge of an existing key does not allocate.
//
// # Persistence and crashes
//
// Counters are checkpointed state (DESIGN.md, "Storage"): a background loop
// writes the counters changed since the last checkpoint to SQLite
// (synchronous=NORMAL) in one transaction every Config.CheckpointInterval, Open
// loads them, Shutdown writes a final checkpoint. A crash loses at most the
// charges of the last interval (plus those of a checkpoint interrupted by the
// crash); power loss may lose the checkpoints that SQLite had not yet synced
// (see internal/store/sqlite).
//
// The meter errs towards "already spent", since over-serving costs the supplier
// work it will not be paid for while under-serving only delays a relay:
//
//   - a charge counts from the moment Charge returns, before the relay is served;
//     a refund is written by a later checkpoint, so a crash keeps the charge;
//   - after a crash (Unclean reports it), a caller holding a durable record of
//     served relays (the mined-relay log) raises the counters to at least what
//     that record proves with RaiseSpent, never lowering them;
//   - a pruned session stays pruned across restarts: charging it fails with
//     ErrPruned instead of starting again from zero;
//   - a checkpoint that fails leaves its counters marked for the next one.
package meter

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/protocol"
)

// Key identifies one budget: what Supplier may serve Application for Service in
// the session starting at SessionStart.
type Key struct {
	Application  common.Address
	Service      protocol.ServiceID
	SessionStart uint64
	Supplier     common.Address
}

// Meter counts spending against budgets. It is safe for concurrent use; Charge,
// Refund, RaiseSpent and Spent never wait for disk I/O.
type Meter struct {
	shards [numShards]shard
	seed   uint64

	closed       atomic.Bool   // set once by Shutdown; read under a shard lock
	prunedBefore atomic.Uint64 // written under ckMu; read under a shard lock

	ckMu  sync.Mutex // serialises checkpoints, Prune and Shutdown's final write
	batch []row      // checkpoint buffer, reused; guarded by ckMu
	store *store

	unclean bool
	cfg     Config

	stop     context.CancelFunc
	loopDone chan struct{}

	// onCheckpoint, when set (by tests), is called after each background
	// checkpoint with its result.
	onCheckpoint func(error)
}

// Open loads the counters checkpointed at cfg.Path and starts the checkpoint
// loop. The caller must call Shutdown.
func Open(ctx context.Context, cfg Config) (*Meter, error) {
	return open(ctx, cfg, nil)
}

func open(ctx context.Context, cfg Config, onCheckpoint func(error)) (*Meter, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	st, err := openStore(ctx, cfg.Path)
	if err != nil {
		return nil, fmt.Errorf("meter: open: %w", err)
	}
	rows, prunedBefore, clean, err := st.load(ctx)
	if err != nil {
		st.close()
		return nil, fmt.Errorf("meter: open %s: %w", cfg.Path, err)
	}
	m := &Meter{
		seed:         randomSeed(),
		store:        st,
		unclean:      !clean,
		cfg:          cfg,
		loopDone:     make(chan struct{}),
		onCheckpoint: onCheckpoint,
	}
	m.prunedBefore.Store(prunedBefore)
	for i := range m.shards {
		m.shards[i].m = make(map[Key]*entry)
	}
	for _, r := range rows {
		if r.key.SessionStart < prunedBefore {
			continue
		}
		s := m.shard(&r.key)
		s.m[r.key] = &entry{key: r.key, spent: r.spent}
	}
	loopCtx, stop := context.WithCancel(context.Background())
	m.stop = stop
	ticker := cfg.Clock.NewTicker(cfg.CheckpointInterval)
	go m.run(loopCtx, ticker)
	return m, nil
}

// Unclean reports whether the previous run ended without Shutdown: the loaded
// counters may then miss up to one checkpoint interval of charges, which a
// caller with a durable relay log restores with RaiseSpent.
func (m *Meter) Unclean() bool { return m.unclean }

// Charge adds cost to the spending of key if the result stays within budget
// (spent + cost ≤ budget), atomically with respect to every other call on key.
// Otherwise it changes nothing and returns an *OverBudgetError (wrapping
// ErrOverBudget) that names the key, the budget, the amount spent and the cost.
// Nil amounts count as zero. It returns an error wrapping ErrPruned for a pruned
// session and ErrClosed after Shutdown. It does not allocate unless key is new
// or the charge fails.
func (m *Meter) Charge(key Key, budget, cost *uint256.Int) error {
	var zero uint256.Int
	if budget == nil {
		budget = &zero
	}
	if cost == nil {
		cost = &zero
	}
	s := m.shard(&key)
	s.mu.Lock()
	if err := m.usable(&key); err != nil {
		s.mu.Unlock()
		return err
	}
	e := s.m[key]
	var sum uint256.Int
	var overflow bool
	if e == nil {
		sum.Set(cost)
	} else {
		_, overflow = sum.AddOverflow(&e.spent, cost)
	}
	if overflow || sum.Gt(budget) {
		err := &OverBudgetError{Key: key}
		err.Budget.Set(budget)
		err.Cost.Set(cost)
		if e != nil {
			err.Spent.Set(&e.spent)
		}
		s.mu.Unlock()
		return err
	}
	if e == nil {
		e = &entry{key: key}
		s.m[key] = e
	}
	e.spent.Set(&sum)
	s.markDirty(e)
	s.mu.Unlock()
	return nil
}

// Refund subtracts cost from the spending of key, for a charged relay that
// failed and will not be claimed; the amount never goes below zero. Refunding
// an unknown or pruned key does nothing. It returns ErrClosed after Shutdown.
func (m *Meter) Refund(key Key, cost *uint256.Int) error {
	s := m.shard(&key)
	s.mu.Lock()
	defer s.mu.Unlock()
	if m.closed.Load() {
		return ErrClosed
	}
	e := s.m[key]
	if e == nil || cost == nil || cost.IsZero() {
		return nil
	}
	if _, underflow := e.spent.SubOverflow(&e.spent, cost); underflow {
		e.spent.Clear()
	}
	s.markDirty(e)
	return nil
}

// RaiseSpent raises the spending of key to at least atLeast and never lowers
// it: after a crash, a caller re-derives spending from a durable relay log with
// it. It returns an error wrapping ErrPruned for a pruned session and ErrClosed
// after Shutdown.
func (m *Meter) RaiseSpent(key Key, atLeast *uint256.Int) error {
	s := m.shard(&key)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := m.usable(&key); err != nil {
		return err
	}
	if atLeast == nil || atLeast.IsZero() {
		return nil
	}
	e := s.m[key]
	if e == nil {
		e = &entry{key: key}
		s.m[key] = e
	}
	if e.spent.Lt(atLeast) {
		e.spent.Set(atLeast)
		s.markDirty(e)
	}
	return nil
}

// Spent returns what key has spent: zero for an unknown or pruned key. It keeps
// answering after Shutdown, from memory.
func (m *Meter) Spent(key Key) *uint256.Int {
	s := m.shard(&key)
	s.mu.Lock()
	defer s.mu.Unlock()
	z := new(uint256.Int)
	if e := s.m[key]; e != nil {
		z.Set(&e.spent)
	}
	return z
}

// usable returns why key cannot change: the meter is closed or its session
// pruned. The caller holds key's shard lock, which orders this check against
// Shutdown's and Prune's sweeps of the shard.
func (m *Meter) usable(key *Key) error {
	if m.closed.Load() {
		return ErrClosed
	}
	if h := m.prunedBefore.Load(); key.SessionStart < h {
		return prunedError(*key, h)
	}
	return nil
}

// Prune forgets the sessions that start before beforeSessionStart, in memory
// and on disk, and refuses to charge them from then on (across restarts too).
// The horizon only moves forward: a lower value than a previous call's prunes
// nothing new. It returns ErrClosed after Shutdown.
func (m *Meter) Prune(ctx context.Context, beforeSessionStart uint64) error {
	m.ckMu.Lock()
	defer m.ckMu.Unlock()
	if m.closed.Load() {
		return ErrClosed
	}
	if beforeSessionStart > m.prunedBefore.Load() {
		m.prunedBefore.Store(beforeSessionStart)
	}
	horizon := m.prunedBefore.Load()
	for i := range m.shards {
		s := &m.shards[i]
		s.mu.Lock()
		for k, e := range s.m {
			if k.SessionStart < horizon {
				e.dead = true // it may still sit in the dirty list
				delete(s.m, k)
			}
		}
		s.mu.Unlock()
	}
	if err := m.store.prune(ctx, horizon); err != nil {
		return fmt.Errorf("meter: pruning sessions before %d: %w", horizon, err)
	}
	return nil
}

// Checkpoint writes the counters changed since the last checkpoint now, in one
// transaction, as the background loop does every CheckpointInterval. It returns
// ErrClosed after Shutdown.
func (m *Meter) Checkpoint(ctx context.Context) error {
	m.ckMu.Lock()
	defer m.ckMu.Unlock()
	if m.closed.Load() {
		return ErrClosed
	}
	return m.checkpointLocked(ctx, false)
}

// checkpointLocked collects the dirty counters of every shard and writes them;
// on failure they are marked dirty again for the next checkpoint. final also
// records a clean shutdown (and writes even when nothing changed). The caller
// holds ckMu.
func (m *Meter) checkpointLocked(ctx context.Context, final bool) error {
	rows := m.batch[:0]
	for i := range m.shards {
		s := &m.shards[i]
		s.mu.Lock()
		for _, e := range s.dirty {
			if !e.dead {
				rows = append(rows, row{key: e.key, spent: e.spent})
			}
			e.dirty = false
		}
		clear(s.dirty)
		s.dirty = s.dirty[:0]
		s.mu.Unlock()
	}
	m.batch = rows
	if len(rows) == 0 && !final {
		return nil
	}
	if err := m.store.write(ctx, rows, final); err != nil {
		m.remark(rows)
		return fmt.Errorf("meter: checkpoint of %d counters: %w", len(rows), err)
	}
	return nil
}

// remark marks the counters of rows dirty again after a failed write.
func (m *Meter) remark(rows []row) {
	for i := range rows {
		s := m.shard(&rows[i].key)
		s.mu.Lock()
		if e := s.m[rows[i].key]; e != nil {
			s.markDirty(e)
		}
		s.mu.Unlock()
	}
}

// run is the checkpoint loop; it ends when ctx is cancelled.
func (m *Meter) run(ctx context.Context, t Ticker) {
	defer close(m.loopDone)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.Chan():
			m.ckMu.Lock()
			err := m.checkpointLocked(ctx, false)
			m.ckMu.Unlock()
			if err != nil && ctx.Err() == nil {
				m.cfg.Logger.Warn("meter checkpoint failed; retrying at the next tick", "err", err)
			}
			if m.onCheckpoint != nil {
				m.onCheckpoint(err)
			}
		}
	}
}

// Shutdown refuses further changes, stops the checkpoint loop, writes a final
// checkpoint that also records the clean shutdown, and closes the database. If
// ctx ends first, it returns ctx's error and the next Open reports Unclean. It
// returns ErrClosed when called again. Spent keeps answering from memory.
func (m *Meter) Shutdown(ctx context.Context) error {
	if !m.closed.CompareAndSwap(false, true) {
		return ErrClosed
	}
	m.stop()
	select {
	case <-m.loopDone:
	case <-ctx.Done():
		return fmt.Errorf("meter: shutdown: waiting for the checkpoint loop: %w", ctx.Err())
	}
	m.ckMu.Lock()
	defer m.ckMu.Unlock()
	err := m.checkpointLocked(ctx, true)
	if cerr := m.store.close(); err == nil && cerr != nil {
		err = fmt.Errorf("meter: shutdown: closing %s: %w", m.cfg.Path, cerr)
	}
	if err != nil {
		return fmt.Errorf("meter: shutdown: %w", err)
	}
	return nil
}
