package meter

import (
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// DefaultCheckpointInterval is Config.CheckpointInterval's default: DESIGN.md lets
// meter counters lose up to one second on a crash.
const DefaultCheckpointInterval = time.Second

// Config configures Open. The zero value is invalid only for lack of Path.
type Config struct {
	// Path is the SQLite file holding the checkpoints; it is created when absent
	// (its directory must exist). The meter opens its own connection on it with
	// synchronous=NORMAL and records its migrations under the schema name
	// "meter", so the file may be shared with other components (a checkpoint then
	// holds the file's write lock for the few milliseconds it takes). Required.
	Path string
	// CheckpointInterval is how often changed counters are written: the most a
	// crash can lose. Zero means DefaultCheckpointInterval.
	CheckpointInterval time.Duration
	// Clock makes the checkpoint ticker. Nil means the wall clock.
	Clock Clock
	// Logger receives failed background checkpoints (they are retried at the
	// next tick). Nil discards them.
	Logger *slog.Logger
}

// ErrInvalidConfig is wrapped by Config.Validate's errors.
var ErrInvalidConfig = errors.New("meter: invalid config")

// Validate reports the first field out of range.
func (c Config) Validate() error {
	if c.Path == "" {
		return fmt.Errorf("%w: Path is empty, want the SQLite file for checkpoints", ErrInvalidConfig)
	}
	if c.CheckpointInterval < 0 {
		return fmt.Errorf("%w: CheckpointInterval is %v, want > 0 (0 means %v)", ErrInvalidConfig, c.CheckpointInterval, DefaultCheckpointInterval)
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.CheckpointInterval == 0 {
		c.CheckpointInterval = DefaultCheckpointInterval
	}
	if c.Clock == nil {
		c.Clock = wallClock{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Clock is the meter's source of time: it only needs a ticker.
type Clock interface {
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

func (wallClock) NewTicker(d time.Duration) Ticker { return wallTicker{time.NewTicker(d)} }

type wallTicker struct{ t *time.Ticker }

func (t wallTicker) Chan() <-chan time.Time { return t.t.C }
func (t wallTicker) Stop()                  { t.t.Stop() }
