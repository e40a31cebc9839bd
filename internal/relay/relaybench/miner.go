package relaybench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/relaynode/relaynode/internal/mining"
	"github.com/relaynode/relaynode/internal/mining/store"
)

// ErrInvalidConfig is returned for a StackConfig or a miner list that names
// something relaybench does not have.
var ErrInvalidConfig = errors.New("relaybench: invalid configuration")

// MinerKind names the miner a stack's relay node hands each served relay to
// before releasing the response.
type MinerKind string

const (
	// MinerCounting is relay.CountingMiner: a count in memory, no I/O.
	MinerCounting MinerKind = "counting"
	// MinerDurable is mining.Miner as `relaynode serve` runs it: each relay
	// appended to the Pebble mined-relay log (group commit, fsync before Add
	// returns) and inserted into its session's tree, the session's claim
	// recorded in SQLite on its first relay.
	MinerDurable MinerKind = "durable"
)

// minerKinds is every MinerKind, in the order a stack with both starts them.
var minerKinds = []MinerKind{MinerCounting, MinerDurable}

// ParseMiners parses a miner choice: "counting", "durable" or "both".
func ParseMiners(s string) ([]MinerKind, error) {
	switch k := MinerKind(strings.TrimSpace(s)); k {
	case MinerCounting, MinerDurable:
		return []MinerKind{k}, nil
	case "both":
		return slices.Clone(minerKinds), nil
	}
	return nil, fmt.Errorf("%w: miner %q, want counting, durable or both", ErrInvalidConfig, s)
}

// StackConfig says which relay nodes NewStack starts. The zero value means
// one node with the counting miner.
type StackConfig struct {
	// Miners lists the relay nodes to start, one per entry, each with its
	// own meter, miner and gateway, all in front of the same backend. nil
	// means {MinerCounting}; accepted: MinerCounting and MinerDurable, each
	// at most once.
	Miners []MinerKind
}

// Validate reports the first entry of Miners that is unknown or repeated.
func (c StackConfig) Validate() error {
	for i, k := range c.Miners {
		if !slices.Contains(minerKinds, k) {
			return fmt.Errorf("%w: miner %q, want %q or %q", ErrInvalidConfig, k, MinerCounting, MinerDurable)
		}
		if slices.Contains(c.Miners[:i], k) {
			return fmt.Errorf("%w: miner %q listed twice", ErrInvalidConfig, k)
		}
	}
	return nil
}

func (c StackConfig) miners() []MinerKind {
	if len(c.Miners) == 0 {
		return []MinerKind{MinerCounting}
	}
	return c.Miners
}

// newDurableMiner opens a mined-relay log and a claim store in a new
// directory under dir and returns a mining.Miner over them, with a function
// that closes the miner and both stores and removes the directory. The miner is safe for
// concurrent use.
func newDurableMiner(ctx context.Context, dir string, sessions mining.Sessions, log *slog.Logger) (*mining.Miner, *store.PebbleLog, func(), error) {
	own, err := os.MkdirTemp(dir, "mining-")
	if err != nil {
		return nil, nil, nil, fmt.Errorf("relaybench: mining directory: %w", err)
	}
	rl, err := store.OpenLog(filepath.Join(own, "log"), store.LogOptions{Logger: log})
	if err != nil {
		os.RemoveAll(own)
		return nil, nil, nil, err
	}
	claims, err := mining.OpenClaims(ctx, filepath.Join(own, "claims.db"))
	if err != nil {
		rl.Close()
		os.RemoveAll(own)
		return nil, nil, nil, err
	}
	m := mining.NewMiner(rl, claims, sessions, mining.NewMetrics(nil), log)
	closeAll := func() {
		m.Close() // waits for trees being persisted, which write to the log's database
		claims.Close()
		rl.Close()
		os.RemoveAll(own)
	}
	if _, err := m.Recover(ctx); err != nil { // nothing to recover; as the node does before serving
		closeAll()
		return nil, nil, nil, err
	}
	return m, rl, closeAll, nil
}

// minedInLog counts the relays in every session of l.
func minedInLog(ctx context.Context, l *store.PebbleLog) (uint64, error) {
	sessions, err := l.Sessions(ctx)
	if err != nil {
		return 0, err
	}
	var n uint64
	for _, s := range sessions {
		c, err := l.Count(ctx, s)
		if err != nil {
			return 0, err
		}
		n += c
	}
	return n, nil
}
