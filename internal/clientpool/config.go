package clientpool

import (
	"fmt"
	"log/slog"
	"math"
	"time"
)

// Defaults of Config.
const (
	DefaultTotalCapacity      = 1024
	DefaultMinCapacity        = 1
	DefaultMaxClientCapacity  = 16
	DefaultConnectedBias      = 30 * time.Second
	DefaultIdleTimeout        = 10 * time.Second
	DefaultNegativeHalfLife   = time.Hour
	DefaultPositiveHalfLife   = NoExpiry
	DefaultCheckpointInterval = time.Second
	DefaultMaxRetryAfter      = time.Minute
)

// NoExpiry as a half-life means the balance never expires.
const NoExpiry time.Duration = -1

// MaxBalance is the largest balance the pool holds (2^53, where float64 still
// counts whole tokens exactly).
const MaxBalance = 1 << 53

// maxIDLen bounds client ids (they are map keys and SQLite primary keys).
const maxIDLen = 256

// DefaultFactors are Config.Factors' defaults: a slot of capacity costs one
// token per connected second, a compute unit a tenth of a token, for paid and
// free clients alike.
var DefaultFactors = Factors{
	Positive: PriceFactors{CapacityFactor: 1, RequestFactor: 0.1},
	Negative: PriceFactors{CapacityFactor: 1, RequestFactor: 0.1},
}

// PriceFactors are the prices of service, in tokens (go-ethereum vflux's model,
// with seconds instead of nanoseconds and a slot instead of a millionth of
// capacity as the units):
//
//   - TimeFactor per connected second, whatever the capacity;
//   - CapacityFactor per connected second per slot of capacity;
//   - RequestFactor per compute unit of a relay.
//
// A connected client at capacity c pays TimeFactor + c×CapacityFactor tokens per
// second. Only CapacityFactor makes a larger capacity cost priority.
type PriceFactors struct {
	TimeFactor     float64 `json:"timeFactor"`
	CapacityFactor float64 `json:"capacityFactor"`
	RequestFactor  float64 `json:"requestFactor"`
}

// MaxFactor bounds every price factor: large enough for any sensible price,
// small enough that prices × capacity × time stay finite.
const MaxFactor = 1e9

// Validate reports a factor that is negative, NaN, infinite or above
// MaxFactor.
func (f PriceFactors) Validate() error {
	for _, v := range []struct {
		name string
		v    float64
	}{{"TimeFactor", f.TimeFactor}, {"CapacityFactor", f.CapacityFactor}, {"RequestFactor", f.RequestFactor}} {
		if math.IsNaN(v.v) || v.v < 0 || v.v > MaxFactor {
			return fmt.Errorf("%w: %s is %v, want a number from 0 to %g", ErrInvalidFactors, v.name, v.v, float64(MaxFactor))
		}
	}
	return nil
}

// price is the cost of one connected second at capacity c.
func (f PriceFactors) price(c uint64) float64 {
	return f.TimeFactor + float64(c)*f.CapacityFactor
}

// Factors are the prices charged to the positive balance and, once it is spent,
// added to the negative balance.
type Factors struct {
	Positive PriceFactors `json:"positive"`
	Negative PriceFactors `json:"negative"`
}

// Validate reports the first invalid factor.
func (f Factors) Validate() error {
	if err := f.Positive.Validate(); err != nil {
		return fmt.Errorf("positive: %w", err)
	}
	if err := f.Negative.Validate(); err != nil {
		return fmt.Errorf("negative: %w", err)
	}
	if f.Negative.TimeFactor+f.Negative.CapacityFactor == 0 {
		// Free clients' ranks assume their usage grows while connected.
		return fmt.Errorf("%w: negative: TimeFactor and CapacityFactor are both 0, want a per-second price for free clients", ErrInvalidFactors)
	}
	return nil
}

// Config configures Open. The zero value is a valid in-memory pool with the
// defaults.
type Config struct {
	// Path is the SQLite file the balances are checkpointed to; it is created
	// when absent (its directory must exist). The pool records its migrations
	// under the schema name "clientpool" and writes with synchronous=NORMAL, so
	// the file may be shared with other components. Empty means no
	// persistence: balances last as long as the process.
	Path string
	// TotalCapacity is the capacity shared by the connected clients, in
	// concurrent relay slots. Zero means DefaultTotalCapacity.
	TotalCapacity uint64
	// MinCapacity is the capacity of a connected client without a positive
	// balance, and what any client gets first. Zero means DefaultMinCapacity.
	MinCapacity uint64
	// MaxClientCapacity is how far a paid client's capacity grows on demand
	// (SetCapacity sets it per client). Zero means DefaultMaxClientCapacity;
	// it is lowered to TotalCapacity and raised to MinCapacity.
	MaxClientCapacity uint64
	// ConnectedBias is the advantage of connected clients: a client that asks
	// to connect (or for more capacity) is ranked by the priority it will have
	// after ConnectedBias of service, so that it does not push out a client it
	// would itself lose to soon after. Zero means DefaultConnectedBias;
	// negative means none.
	ConnectedBias time.Duration
	// IdleTimeout disconnects a client connected by Acquire that has had no
	// relay in flight for that long, returning its capacity to the pool. Zero
	// means DefaultIdleTimeout.
	IdleTimeout time.Duration
	// PositiveHalfLife and NegativeHalfLife are the half-lives of the
	// balances: both expire exponentially, connected or not. Zero means
	// DefaultPositiveHalfLife (NoExpiry) and DefaultNegativeHalfLife (1h);
	// NoExpiry means never.
	PositiveHalfLife time.Duration
	NegativeHalfLife time.Duration
	// Factors are the default prices, applied to every client without its own
	// (SetFactors). The zero value means DefaultFactors.
	Factors Factors
	// CheckpointInterval is how often changed balances are written: the most
	// a crash can lose. Zero means DefaultCheckpointInterval.
	CheckpointInterval time.Duration
	// MaxRetryAfter bounds the Retry-After hint of a refusal. Zero means
	// DefaultMaxRetryAfter.
	MaxRetryAfter time.Duration
	// Clock is the source of time. Nil means the wall clock.
	Clock Clock
	// Logger receives failed background checkpoints (retried at the next
	// tick). Nil discards them.
	Logger *slog.Logger
}

// Validate reports the first field out of range.
func (c Config) Validate() error {
	if c.ConnectedBias > 0 && c.ConnectedBias > 24*time.Hour {
		return fmt.Errorf("%w: ConnectedBias is %v, want at most 24h", ErrInvalidConfig, c.ConnectedBias)
	}
	if c.IdleTimeout < 0 {
		return fmt.Errorf("%w: IdleTimeout is %v, want > 0 (0 means %v)", ErrInvalidConfig, c.IdleTimeout, DefaultIdleTimeout)
	}
	for _, h := range []struct {
		name string
		d    time.Duration
	}{{"PositiveHalfLife", c.PositiveHalfLife}, {"NegativeHalfLife", c.NegativeHalfLife}} {
		if h.d < 0 && h.d != NoExpiry {
			return fmt.Errorf("%w: %s is %v, want > 0, 0 (the default) or NoExpiry", ErrInvalidConfig, h.name, h.d)
		}
	}
	if c.CheckpointInterval < 0 {
		return fmt.Errorf("%w: CheckpointInterval is %v, want > 0 (0 means %v)", ErrInvalidConfig, c.CheckpointInterval, DefaultCheckpointInterval)
	}
	if c.MaxRetryAfter < 0 {
		return fmt.Errorf("%w: MaxRetryAfter is %v, want > 0 (0 means %v)", ErrInvalidConfig, c.MaxRetryAfter, DefaultMaxRetryAfter)
	}
	if c.Factors != (Factors{}) { // the zero value means DefaultFactors
		if err := c.Factors.Validate(); err != nil {
			return fmt.Errorf("%w: Factors: %w", ErrInvalidConfig, err)
		}
	}
	c = c.withDefaults()
	if c.MinCapacity > c.TotalCapacity {
		return fmt.Errorf("%w: MinCapacity %d is above TotalCapacity %d", ErrInvalidConfig, c.MinCapacity, c.TotalCapacity)
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.TotalCapacity == 0 {
		c.TotalCapacity = DefaultTotalCapacity
	}
	if c.MinCapacity == 0 {
		c.MinCapacity = DefaultMinCapacity
	}
	if c.MaxClientCapacity == 0 {
		c.MaxClientCapacity = DefaultMaxClientCapacity
	}
	if c.MaxClientCapacity > c.TotalCapacity {
		c.MaxClientCapacity = c.TotalCapacity
	}
	if c.MaxClientCapacity < c.MinCapacity {
		c.MaxClientCapacity = c.MinCapacity
	}
	if c.ConnectedBias == 0 {
		c.ConnectedBias = DefaultConnectedBias
	}
	if c.ConnectedBias < 0 {
		c.ConnectedBias = 0
	}
	if c.IdleTimeout == 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.PositiveHalfLife == 0 {
		c.PositiveHalfLife = DefaultPositiveHalfLife
	}
	if c.NegativeHalfLife == 0 {
		c.NegativeHalfLife = DefaultNegativeHalfLife
	}
	if c.Factors == (Factors{}) {
		c.Factors = DefaultFactors
	}
	if c.CheckpointInterval == 0 {
		c.CheckpointInterval = DefaultCheckpointInterval
	}
	if c.MaxRetryAfter == 0 {
		c.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if c.Clock == nil {
		c.Clock = wallClock{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// timeConstant converts a half-life to the e-folding time in seconds of the
// exponential decay (0: no decay).
func timeConstant(halfLife time.Duration) float64 {
	if halfLife <= 0 {
		return 0
	}
	return halfLife.Seconds() / math.Ln2
}

// checkID validates a client id.
func checkID(id string) error {
	if id == "" || len(id) > maxIDLen {
		return fmt.Errorf("%w: %q has %d bytes, want 1 to %d", ErrInvalidID, id, len(id), maxIDLen)
	}
	return nil
}
