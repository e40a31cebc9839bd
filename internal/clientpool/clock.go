package clientpool

import (
	"sync"
	"time"
)

// Clock is the pool's source of time. Balances drain and decay with Now; the
// background loop ticks with NewTicker. Tests pass a *SimClock.
type Clock interface {
	// Now returns the current time. It must not go backwards (time.Now's
	// monotonic reading does not).
	Now() time.Time
	// NewTicker returns a ticker delivering ticks every d, like time.NewTicker.
	NewTicker(d time.Duration) Ticker
}

// Ticker delivers ticks until stopped, like *time.Ticker.
type Ticker interface {
	// Chan is the channel ticks arrive on.
	Chan() <-chan time.Time
	// Stop ends the ticks.
	Stop()
}

type wallClock struct{}

func (wallClock) Now() time.Time                   { return time.Now() }
func (wallClock) NewTicker(d time.Duration) Ticker { return wallTicker{time.NewTicker(d)} }

type wallTicker struct{ t *time.Ticker }

func (t wallTicker) Chan() <-chan time.Time { return t.t.C }
func (t wallTicker) Stop()                  { t.t.Stop() }

// SimClock is a Clock whose time moves only when Advance is called: tests and
// simulations drive the pool with it instead of sleeping. Its tickers, like
// time.Ticker's, drop ticks that their reader has not taken yet. It is safe for
// concurrent use.
type SimClock struct {
	mu      sync.Mutex
	now     time.Time
	tickers []*simTicker
}

// NewSimClock returns a SimClock set to start.
func NewSimClock(start time.Time) *SimClock { return &SimClock{now: start} }

// Now returns the simulated time.
func (c *SimClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the simulated time forward by d (a negative d is ignored) and
// delivers one tick to every ticker whose period elapsed.
func (c *SimClock) Advance(d time.Duration) {
	if d < 0 {
		d = 0
	}
	c.mu.Lock()
	c.now = c.now.Add(d)
	now := c.now
	live := c.tickers[:0]
	for _, t := range c.tickers {
		if t.stopped {
			continue
		}
		live = append(live, t)
		if !now.Before(t.next) {
			for !now.Before(t.next) {
				t.next = t.next.Add(t.period)
			}
			select {
			case t.ch <- now:
			default:
			}
		}
	}
	c.tickers = live
	c.mu.Unlock()
}

// NewTicker returns a ticker that ticks when Advance passes each period d.
func (c *SimClock) NewTicker(d time.Duration) Ticker {
	if d <= 0 {
		panic("clientpool: SimClock.NewTicker: non-positive period")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &simTicker{clock: c, period: d, next: c.now.Add(d), ch: make(chan time.Time, 1)}
	c.tickers = append(c.tickers, t)
	return t
}

type simTicker struct {
	clock   *SimClock
	period  time.Duration
	next    time.Time
	ch      chan time.Time
	stopped bool // guarded by clock.mu
}

func (t *simTicker) Chan() <-chan time.Time { return t.ch }

func (t *simTicker) Stop() {
	t.clock.mu.Lock()
	t.stopped = true
	t.clock.mu.Unlock()
}
