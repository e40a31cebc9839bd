package meter

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/protocol"
)

// fakeClock hands out tickers that tick only when the test says so.
type fakeClock struct {
	mu      sync.Mutex
	tickers []*fakeTicker
}

type fakeTicker struct {
	c    chan time.Time
	mu   sync.Mutex
	stop bool
}

func (c *fakeClock) NewTicker(time.Duration) Ticker {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTicker{c: make(chan time.Time)} // unbuffered: tick returns once the loop took it
	c.tickers = append(c.tickers, t)
	return t
}

func (t *fakeTicker) Chan() <-chan time.Time { return t.c }
func (t *fakeTicker) Stop() {
	t.mu.Lock()
	t.stop = true
	t.mu.Unlock()
}

// tick delivers one tick to the newest ticker.
func (c *fakeClock) tick(t *testing.T) {
	t.Helper()
	c.mu.Lock()
	tk := c.tickers[len(c.tickers)-1]
	c.mu.Unlock()
	select {
	case tk.c <- time.Time{}:
	case <-time.After(10 * time.Second):
		t.Fatal("checkpoint loop did not take the tick")
	}
}

// harness is a meter on a file with a fake clock and a channel reporting each
// background checkpoint.
type harness struct {
	*Meter
	path  string
	clock *fakeClock
	done  chan error
}

func newHarness(t *testing.T, path string) *harness {
	t.Helper()
	h := &harness{path: path, clock: &fakeClock{}, done: make(chan error, 16)}
	m, err := open(context.Background(), Config{Path: path, Clock: h.clock}, func(err error) { h.done <- err })
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	h.Meter = m
	t.Cleanup(func() {
		if !m.closed.Load() {
			m.Shutdown(context.Background())
		}
	})
	return h
}

// checkpointByTick makes the loop run one checkpoint and waits for it.
func (h *harness) checkpointByTick(t *testing.T) {
	t.Helper()
	h.clock.tick(t)
	select {
	case err := <-h.done:
		if err != nil {
			t.Fatalf("background checkpoint: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("background checkpoint did not finish")
	}
}

// crash stops the meter as a kill -9 would: no final checkpoint, no clean flag.
func (h *harness) crash(t *testing.T) {
	t.Helper()
	h.closed.Store(true)
	h.stop()
	<-h.loopDone
	h.store.close()
}

func tempDB(t testing.TB) string { return filepath.Join(t.TempDir(), "meter.db") }

func u(v uint64) *uint256.Int { return uint256.NewInt(v) }

func key(app byte, session uint64) Key {
	return Key{
		Application:  common.Address{app, 0xaa},
		Service:      protocol.MustParseServiceID("eth"),
		SessionStart: session,
		Supplier:     common.Address{0x50, 0x01},
	}
}

func wantSpent(t *testing.T, m *Meter, k Key, want uint64) {
	t.Helper()
	if got := m.Spent(k); !got.Eq(u(want)) {
		t.Fatalf("Spent(app %x session %d) = %s, want %d", k.Application[0], k.SessionStart, got.Dec(), want)
	}
}
