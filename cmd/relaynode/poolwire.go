package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/clientpool"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/datadir"
)

// openPool opens a client pool with its balances checkpointed in path and
// its metrics (relaynode_clientpool_*{component}) registered with prom.
func openPool(ctx context.Context, pc config.PoolConfig, path string, prom prometheus.Registerer, component string, log *slog.Logger) (*clientpool.Pool, []stopper, error) {
	half := pc.PositiveHalfLife
	if half == 0 {
		half = clientpool.NoExpiry
	}
	p, err := clientpool.Open(ctx, clientpool.Config{
		Path: path, TotalCapacity: pc.TotalCapacity, MinCapacity: pc.MinCapacity, MaxClientCapacity: pc.MaxClientCapacity,
		ConnectedBias: pc.ConnectedBias, IdleTimeout: pc.IdleTimeout, PositiveHalfLife: half, NegativeHalfLife: pc.NegativeHalfLife,
		Logger: log.With("component", component+"-pool"),
	})
	if err != nil {
		return nil, nil, fmt.Errorf("%s.pool: %w", component, err)
	}
	if prom != nil {
		prom.MustRegister(clientpool.NewCollector(p, component))
	}
	return p, []stopper{p.Shutdown}, nil
}

// mountPoolAPI serves the pool's admin API on an admin server's mux (nil:
// not served).
func mountPoolAPI(mux *http.ServeMux, p *clientpool.Pool, cfg clientpool.APIConfig) {
	if mux != nil {
		mux.Handle("/v1/pool/", p.Handler(cfg))
	}
}

// adminTokenHash returns the SHA-256 of the pools' admin token: the first
// field of gateway.admin_token_file, or on the devnet <datadir>/admin-token
// (created with a random token at first use). Without either the admin API
// only reads (the zero hash).
func adminTokenHash(cfg config.Config, dir *datadir.Dir) ([32]byte, error) {
	path := cfg.Gateway.AdminTokenFile
	if path == "" {
		if !cfg.UsesDevnet() {
			return [32]byte{}, nil
		}
		path = dir.Join("admin-token")
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			var b [24]byte
			if _, err := rand.Read(b[:]); err != nil {
				return [32]byte{}, fmt.Errorf("admin token: %w", err)
			}
			if err := os.WriteFile(path, []byte(hex.EncodeToString(b[:])+"\n"), 0o600); err != nil {
				return [32]byte{}, fmt.Errorf("admin token: %w", err)
			}
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: gateway.admin_token_file: %w", config.ErrInvalid, err)
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return [32]byte{}, fmt.Errorf("%w: %s holds no token; an empty token is never accepted", config.ErrInvalid, path)
	}
	return sha256.Sum256([]byte(f[0])), nil
}
