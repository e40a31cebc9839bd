// Package devnettest starts embedded devnets for tests.
package devnettest

import (
	"context"
	"testing"
	"time"

	"github.com/relaynode/relaynode/internal/chain/devnet"
)

// Start runs a devnet in a fresh temporary directory with blocks on demand
// (call Commit) and no RPC listeners, and shuts it down when the test ends.
// Options adjust the config before start, e.g. to enable HTTP on port 0.
func Start(t testing.TB, opts ...func(*devnet.Config)) *devnet.Devnet {
	t.Helper()
	cfg := devnet.Config{DataDir: t.TempDir(), Accounts: 10}
	for _, o := range opts {
		o(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("devnettest: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := d.Shutdown(ctx); err != nil && err != devnet.ErrClosed {
			t.Errorf("devnettest: shutdown: %v", err)
		}
	})
	return d
}

// WithHTTP enables the HTTP and WebSocket endpoints on free loopback ports.
func WithHTTP(c *devnet.Config) {
	c.HTTPAddr = "127.0.0.1:0"
	c.WSAddr = "127.0.0.1:0"
}
