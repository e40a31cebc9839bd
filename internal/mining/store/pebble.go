package store

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
)

// pebbleOptions returns the Pebble options shared by the databases this
// package opens: the newest on-disk format, Bloom filters on every level
// (Append looks up each new relay key to keep the log idempotent, and nearly
// all of those lookups miss), 32 MiB memtables, a 128 MiB block cache (Pebble
// reserves the memtables' memory out of the cache: with a cache no larger than
// two memtables it caches no blocks at all), and Pebble's messages sent to
// logger (nil discards them).
func pebbleOptions(logger *slog.Logger) *pebble.Options {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	o := &pebble.Options{
		FormatMajorVersion: pebble.FormatNewest,
		CacheSize:          128 << 20,
		MemTableSize:       32 << 20,
		Logger:             pebbleLogger{logger},
	}
	o.Levels[0].FilterPolicy = bloom.FilterPolicy(10) // later levels inherit it
	return o
}

// pebbleLogger adapts an slog.Logger to pebble.Logger: Pebble's informational
// messages go out at debug level, its errors at error level.
type pebbleLogger struct{ l *slog.Logger }

func (p pebbleLogger) Infof(format string, args ...any) {
	if p.l.Enabled(context.Background(), slog.LevelDebug) {
		p.l.Debug(fmt.Sprintf(format, args...), "component", "pebble")
	}
}

func (p pebbleLogger) Errorf(format string, args ...any) {
	p.l.Error(fmt.Sprintf(format, args...), "component", "pebble")
}

// Fatalf logs and panics: Pebble calls it only for unrecoverable states and
// expects it not to return.
func (p pebbleLogger) Fatalf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	p.l.Error(msg, "component", "pebble", "fatal", true)
	panic("store: pebble: " + msg)
}

// prefixEnd returns the smallest key greater than every key starting with
// prefix, or nil if there is none (prefix is all 0xff).
func prefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] != 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}
