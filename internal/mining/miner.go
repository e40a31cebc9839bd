package mining

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
)

// Sessions gives the parameters of a session (its windows); chain.Registry
// implements it.
type Sessions interface {
	Session(ctx context.Context, app common.Address, service protocol.ServiceID, start uint64) (*chain.SessionInfo, error)
}

// Miner receives every relay the node served, before its response is
// released (it implements relay.Miner): a relay whose key meets the
// service's difficulty target is appended to the durable log and inserted
// into its session's tree; the first relay of a session starts its claim.
// A relay seen twice is counted once.
type Miner struct {
	log      store.RelayLog
	claims   *Claims
	sessions Sessions
	metrics  *Metrics
	logger   *slog.Logger

	// treeDB, when the log is a Pebble log, also holds closed trees
	// (persisted once, in the background: persisting tracks them).
	treeDB     *pebble.DB
	persisting sync.WaitGroup

	// Relays reach their trees through the worker: work carries trees with
	// queued relays; stop and done end it.
	work       chan *sessionTree
	stop, done chan struct{}
	closeOnce  sync.Once

	mu    sync.Mutex
	trees map[store.SessionKey]*sessionTree
	// starting serialises the first relay of each session (which records the
	// claim) without holding mu across the database write.
	starting map[store.SessionKey]*sync.Mutex
}

// NewMiner returns a miner over the log and the claim store. Call Recover
// before serving, to rebuild the trees of open sessions from the log.
func NewMiner(log store.RelayLog, claims *Claims, sessions Sessions, metrics *Metrics, logger *slog.Logger) *Miner {
	m := &Miner{log: log, claims: claims, sessions: sessions, metrics: metrics, logger: logger,
		trees: map[store.SessionKey]*sessionTree{}, starting: map[store.SessionKey]*sync.Mutex{},
		work: make(chan *sessionTree, 1024), stop: make(chan struct{}), done: make(chan struct{})}
	if pl, ok := log.(*store.PebbleLog); ok {
		m.treeDB = pl.DB()
	}
	go m.worker()
	return m
}

// Close stops the worker (after it inserted what was queued) and waits for
// trees being persisted. Call it before closing the log; later calls do
// nothing.
func (m *Miner) Close() {
	m.closeOnce.Do(func() { close(m.stop) })
	<-m.done
	m.persisting.Wait()
}

// newTree returns an empty tree for k: persisted when it closes if the
// miner has a tree database.
func (m *Miner) newTree(k store.SessionKey) (*sessionTree, error) {
	if m.treeDB == nil {
		return newSessionTree(), nil
	}
	return newStoredTree(m.treeDB, k)
}

var _ relay.Miner = (*Miner)(nil)

// Add mines r: it returns nil once r is durable in the log (and queued for
// its tree), or at once if r does not meet the target.
func (m *Miner) Add(ctx context.Context, r relay.ServedRelay) error {
	if !protocol.IsMined(r.Key, r.Target) {
		m.metrics.Skipped.Inc()
		return nil
	}
	h := r.Relay.Header
	k := store.SessionKey{Application: h.Application, Service: h.Service, SessionStart: h.SessionStart, Supplier: h.Supplier}
	t, err := m.tree(ctx, k, r.SessionID)
	if err != nil {
		return err
	}
	t.gate.RLock()
	defer t.gate.RUnlock()
	if t.closed {
		m.metrics.Late.Inc()
		return fmt.Errorf("%w: session %s", ErrSessionClosed, k)
	}
	record := r.Relay.Encode()
	// Appending the same relay twice is idempotent in the log, and the
	// worker inserts a key once: a relay seen twice counts once. The append
	// ignores the caller's cancellation: an append abandoned while queued
	// may still be written, and a relay in the log must reach the tree.
	if err := m.log.Append(context.WithoutCancel(ctx), store.Entry{Session: k, Key: r.Key, Record: record, Weight: r.ComputeUnits}); err != nil {
		return fmt.Errorf("mining: logging relay: %w", err)
	}
	if t.enqueue(r.Key, record, r.ComputeUnits) {
		select {
		case m.work <- t:
		case <-m.stop:
			// Shutting down: the tree is rebuilt from the log at the next start.
		}
	}
	return nil
}

// worker inserts queued relays into their trees until Close.
func (m *Miner) worker() {
	defer close(m.done)
	for {
		select {
		case t := <-m.work:
			m.drain(t)
		case <-m.stop:
			for {
				select {
				case t := <-m.work:
					m.drain(t)
				default:
					return
				}
			}
		}
	}
}

func (m *Miner) drain(t *sessionTree) {
	n, err := t.drain()
	m.metrics.Duplicates.Add(float64(n.duplicates))
	m.metrics.Mined.Add(float64(n.relays))
	m.metrics.ComputeUnits.Add(float64(n.units))
	if err != nil {
		// Not expected (an in-memory trie); the relays are in the log, and
		// closing the tree inserts what is still queued.
		m.logger.Error("mining: inserting relays into a session tree failed", "err", err)
	}
}

// tree returns the live tree of k, starting the session's claim (recorded
// durably) on its first relay.
func (m *Miner) tree(ctx context.Context, k store.SessionKey, sessionID common.Hash) (*sessionTree, error) {
	m.mu.Lock()
	if t := m.trees[k]; t != nil {
		m.mu.Unlock()
		return t, nil
	}
	gate := m.starting[k]
	if gate == nil {
		gate = &sync.Mutex{}
		m.starting[k] = gate
	}
	m.mu.Unlock()

	gate.Lock()
	defer gate.Unlock()
	m.mu.Lock()
	t := m.trees[k]
	m.mu.Unlock()
	if t != nil {
		return t, nil
	}
	info, err := m.sessions.Session(ctx, k.Application, k.Service, k.SessionStart)
	if err != nil {
		return nil, fmt.Errorf("mining: session of %s: %w", k, err)
	}
	c := NewClaim(k, sessionID, protocol.SessionWindows(k.SessionStart, info.Params))
	prev, err := m.claims.Get(ctx, k)
	switch {
	case err == nil && prev.Phase != PhaseLive:
		return nil, fmt.Errorf("%w: session %s is %s", ErrSessionClosed, k, prev.Phase)
	case errors.Is(err, ErrUnknownClaim):
		if err := m.claims.Create(ctx, c); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	}
	t, err = m.newTree(k)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	m.trees[k] = t
	delete(m.starting, k)
	m.mu.Unlock()
	m.metrics.Sessions.Inc()
	m.logger.Info("mining: new session", "session", k.String(), "claim_height", c.ClaimHeight)
	return t, nil
}

// Recover rebuilds, from the log, the tree of every claim that is not
// final: the live ones keep taking relays; the closed ones are needed for
// their proofs. It returns how many relays it re-inserted.
func (m *Miner) Recover(ctx context.Context) (int, error) {
	open, err := m.claims.Open(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, c := range open {
		if c.Phase.Final() {
			continue
		}
		if t, err := m.importTree(c); err != nil || t != nil {
			if err != nil {
				return n, err
			}
			m.mu.Lock()
			m.trees[c.Key] = t
			m.mu.Unlock()
			continue
		}
		t, err := m.newTree(c.Key)
		if err != nil {
			return n, err
		}
		err = m.log.Scan(ctx, c.Key, func(e store.Entry) error {
			n++
			return t.insert(e.Key, e.Record, e.Weight)
		})
		if err != nil {
			return n, fmt.Errorf("mining: rebuilding the tree of %s: %w", c.Key, err)
		}
		if c.Phase != PhaseLive {
			r, err := t.close()
			if err != nil {
				return n, err
			}
			if r != c.Root {
				m.logger.Error("mining: the tree rebuilt from the log differs from the closed root", "session", c.Key.String(),
					"closed", c.Root.Hash.Hex(), "rebuilt", r.Hash.Hex(), "closed_count", c.Root.Count, "rebuilt_count", r.Count)
				m.metrics.Lost.WithLabelValues("rebuilt root differs").Inc()
			}
			m.persistLater(c.Key, t)
		}
		m.mu.Lock()
		m.trees[c.Key] = t
		m.mu.Unlock()
	}
	return n, nil
}

// importTree returns c's closed tree from its persisted nodes, or nil if it
// was not persisted (or not with c's root).
func (m *Miner) importTree(c Claim) (*sessionTree, error) {
	if m.treeDB == nil || c.Phase == PhaseLive {
		return nil, nil
	}
	raw, err := store.PersistedRoot(m.treeDB, c.Key)
	if err != nil || raw == nil {
		return nil, err
	}
	if r, err := parseRoot(raw); err != nil || r != c.Root {
		return nil, nil
	}
	ms, err := store.NewMapStore(m.treeDB, store.TreePrefix(c.Key))
	if err != nil {
		return nil, err
	}
	return &sessionTree{trie: store.ImportTree(ms, raw), nodes: ms, closed: true, root: c.Root, persisted: true,
		relays: c.Root.Count, units: c.Root.Sum}, nil
}

// persistLater persists a closed tree in the background.
func (m *Miner) persistLater(k store.SessionKey, t *sessionTree) {
	if m.treeDB == nil || t.nodes == nil {
		return
	}
	m.persisting.Add(1)
	go func() {
		defer m.persisting.Done()
		started := time.Now()
		if err := t.persist(m.treeDB, k); err != nil {
			m.logger.Error("mining: persisting a closed tree failed; it will be rebuilt from the log after a restart", "session", k.String(), "err", err)
			return
		}
		m.logger.Debug("mining: closed tree persisted", "session", k.String(), "took", time.Since(started))
	}()
}

// closeTree closes k's tree and returns its root; a session that never had
// a tree in this process (no relays since start) has an empty root.
func (m *Miner) closeTree(k store.SessionKey) (Root, error) {
	m.mu.Lock()
	t, gate := m.trees[k], m.starting[k]
	m.mu.Unlock()
	if t == nil && gate != nil {
		// The session's first relay is recording its claim: its tree is
		// about to exist, and that relay must be in it.
		gate.Lock()
		gate.Unlock()
		m.mu.Lock()
		t = m.trees[k]
		m.mu.Unlock()
	}
	if t == nil {
		return Root{}, nil
	}
	r, err := t.close()
	if err != nil {
		return Root{}, err
	}
	m.metrics.TreeRelays.Observe(float64(r.Count))
	m.persistLater(k, t)
	return r, nil
}

// treeOf returns k's tree, or nil.
func (m *Miner) treeOf(k store.SessionKey) *sessionTree {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.trees[k]
}

// deleteTree drops k's tree (in memory and persisted) and its log entries.
func (m *Miner) deleteTree(ctx context.Context, k store.SessionKey) error {
	m.mu.Lock()
	t := m.trees[k]
	m.mu.Unlock()
	if t != nil && t.nodes != nil {
		t.mu.Lock() // waits for a persist in progress
		t.nodes.Close()
		t.nodes = nil
		t.mu.Unlock()
	}
	if m.treeDB != nil {
		if err := store.DeleteTree(m.treeDB, k); err != nil {
			return err
		}
	}
	if err := m.log.DeleteSession(ctx, k); err != nil {
		return fmt.Errorf("mining: deleting the log of %s: %w", k, err)
	}
	m.mu.Lock()
	delete(m.trees, k)
	m.mu.Unlock()
	return nil
}

// Logged is the durable record of one open session: the weight (compute
// units) of its logged relays.
type Logged struct {
	Key     store.SessionKey
	Weight  uint64
	Target  *big.Int
	PerUnit *big.Int // token base units per compute unit at the session start
}

// LoggedSpending returns, for every session not yet final, what its log
// proves was served, with the session's target and price. After a crash
// the meter raises its counters to at least this (relays below the target
// are not logged; each logged one stands for maxTarget/target served).
func (m *Miner) LoggedSpending(ctx context.Context) ([]Logged, error) {
	open, err := m.claims.Open(ctx)
	if err != nil {
		return nil, err
	}
	var out []Logged
	for _, c := range open {
		if c.Phase.Final() {
			continue
		}
		totals, err := m.log.Totals(ctx, c.Key)
		if err != nil {
			return nil, fmt.Errorf("mining: reading the log of %s: %w", c.Key, err)
		}
		info, err := m.sessions.Session(ctx, c.Key.Application, c.Key.Service, c.Key.SessionStart)
		if err != nil {
			return nil, fmt.Errorf("mining: session of %s: %w", c.Key, err)
		}
		out = append(out, Logged{Key: c.Key, Weight: totals.Weight, Target: info.DifficultyTarget, PerUnit: info.Params.TokensPerComputeUnit})
	}
	return out, nil
}
