package relay

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/relaynode/relaynode/internal/protocol"
)

// CountingMiner counts served relays and their compute units per service. It
// stands in for the mining pipeline (session trees, claims, proofs) and is
// safe for concurrent use.
type CountingMiner struct {
	total atomic.Uint64
	mu    sync.Mutex
	per   map[protocol.ServiceID]*MinedCount
}

// MinedCount is what a CountingMiner saw for one service.
type MinedCount struct {
	Relays       uint64
	ComputeUnits uint64
}

// NewCountingMiner returns an empty CountingMiner.
func NewCountingMiner() *CountingMiner {
	return &CountingMiner{per: map[protocol.ServiceID]*MinedCount{}}
}

// Add counts r. It never fails.
func (m *CountingMiner) Add(_ context.Context, r ServedRelay) error {
	m.total.Add(1)
	m.mu.Lock()
	c := m.per[r.Relay.Header.Service]
	if c == nil {
		c = &MinedCount{}
		m.per[r.Relay.Header.Service] = c
	}
	c.Relays++
	c.ComputeUnits += r.ComputeUnits
	m.mu.Unlock()
	return nil
}

// Total returns the number of relays added.
func (m *CountingMiner) Total() uint64 { return m.total.Load() }

// Count returns what was added for service.
func (m *CountingMiner) Count(service protocol.ServiceID) MinedCount {
	m.mu.Lock()
	defer m.mu.Unlock()
	if c := m.per[service]; c != nil {
		return *c
	}
	return MinedCount{}
}
