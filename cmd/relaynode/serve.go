package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/clientpool"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/datadir"
	"github.com/relaynode/relaynode/internal/gateway"
	"github.com/relaynode/relaynode/internal/meter"
	"github.com/relaynode/relaynode/internal/mining"
	"github.com/relaynode/relaynode/internal/obs"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
	"github.com/relaynode/relaynode/pkg/client"
)

// stopper shuts one component down.
type stopper func(context.Context) error

// nodeMining is what the node's miner needs besides the registry: the
// settlement contract, the transaction relayer that sends its claims, and
// the admin server's mux, where it serves /v1/sessions (nil: not served).
type nodeMining struct {
	Settlement common.Address
	Tx         txRelayerTarget
	Admin      *http.ServeMux
}

// startNode starts the supplier's relay server on cfg.Node.Listen, with its
// miner: mined relays are durable in <datadir>/mining before their
// responses are released, and their sessions are claimed, proven and
// settled through the transaction relayer.
func startNode(ctx context.Context, cfg config.Config, dir *datadir.Dir, key *ecdsa.PrivateKey, reg *chain.Registry, mine nodeMining, prom prometheus.Registerer, log *slog.Logger) ([]stopper, error) {
	log = log.With("component", "node")
	if len(cfg.Node.Services) == 0 {
		return nil, fmt.Errorf("%w: node.services is empty; add the services this node serves to the config file", config.ErrInvalid)
	}
	m, err := meter.Open(ctx, meter.Config{Path: dir.Join("node.db"), Logger: log})
	if err != nil {
		return nil, err
	}
	stops := []stopper{m.Shutdown}
	fail := func(err error) ([]stopper, error) {
		runStops(context.Background(), log, stops)
		return nil, err
	}
	miner, mstops, err := startMining(ctx, dir, reg, mine.Settlement, mine.Tx, prom, log.With("component", "mining"))
	if err != nil {
		return fail(err)
	}
	stops = append(stops, mstops...)
	if mine.Admin != nil {
		mine.Admin.Handle("GET /v1/sessions", miner.Handler())
	}
	if m.Unclean() {
		if err := restoreSpending(ctx, m, miner, log); err != nil {
			return fail(err)
		}
	}
	var admitter relay.Admitter
	if cfg.Node.Pool.Enabled {
		pool, pstops, err := openPool(ctx, cfg.Node.Pool, dir.Join("node-pool.db"), prom, "node", log)
		if err != nil {
			return fail(err)
		}
		stops = append(stops, pstops...)
		token, err := adminTokenHash(cfg, dir)
		if err != nil {
			return fail(err)
		}
		mountPoolAPI(mine.Admin, pool, clientpool.APIConfig{AdminTokenHash: token})
		admitter = clientpool.NodeAdmitter{Pool: pool}
	}
	httpClient := relay.NewBackendClient()
	var services []*relay.Service
	for name, sc := range cfg.Node.Services {
		id, err := protocol.ParseServiceID(name)
		if err != nil {
			return fail(fmt.Errorf("%w: node.services.%s: %w", config.ErrInvalid, name, err))
		}
		b, err := relay.NewBackends(name, sc.Kind, sc.Backends, httpClient, sc.HealthInterval, log)
		if err != nil {
			return fail(err)
		}
		stops = append(stops, func(context.Context) error { b.Shutdown(); return nil })
		services = append(services, &relay.Service{ID: id, Kind: sc.Kind, Backends: b, WS: sc.WSBackends, Timeout: sc.Timeout})
	}
	srv, err := relay.NewServer(relay.Config{
		Key: key, Services: services, Sessions: reg, Meter: m, Miner: miner, Admitter: admitter,
		Metrics: relay.NewMetrics(prom, "node"), Log: log,
		MaxBodyBytes: cfg.Node.MaxBodyBytes, MaxInFlight: cfg.Node.MaxInFlight, QueueTimeout: cfg.Node.QueueTimeout,
		PerIPRate: cfg.Node.PerIPRate, PerIPBurst: cfg.Node.PerIPBurst,
	})
	if err != nil {
		return fail(err)
	}
	stops = append(stops, srv.Shutdown)
	mux := http.NewServeMux()
	mux.Handle(relay.PathPrefix, srv)
	hs, err := obs.Serve(cfg.Node.Listen, mux, cfg.Node.TLSCert, cfg.Node.TLSKey)
	if err != nil {
		return fail(fmt.Errorf("node.listen: %w", err))
	}
	// The HTTP server stops first (no new relays), then the relay server
	// (WebSockets), the probes, and last the meter's final checkpoint.
	stops = append(stops, hs.Shutdown)
	reverse(stops)
	log.Info("relay node listening", "addr", hs.Addr(), "supplier", srv.Supplier().Hex())
	return stops, nil
}

// startGateway starts the gateway on cfg.Gateway.Listen, signing with key
// for app.
//
// With gateway.pool.enabled, requests are admitted by the gateway's client
// pool (balances in <datadir>/gateway.db), whose admin API is mounted on
// adminMux (nil: not served) and whose capacity query is public.
func startGateway(ctx context.Context, cfg config.Config, dir *datadir.Dir, key *ecdsa.PrivateKey, app common.Address, reg *chain.Registry, adminMux *http.ServeMux, prom prometheus.Registerer, log *slog.Logger) ([]stopper, error) {
	log = log.With("component", "gateway")
	keys, err := loadAPIKeys(cfg.Gateway.APIKeysFile)
	if err != nil {
		return nil, err
	}
	cl, err := client.New(client.Config{Sessions: reg, Key: key, Application: app, Retries: cfg.Gateway.Retries, Timeout: cfg.Gateway.Timeout})
	if err != nil {
		return nil, err
	}
	gcfg := gateway.Config{
		Client: cl, APIKeys: keys, FreeAccess: cfg.Gateway.FreeAccess, MaxBodyBytes: cfg.Gateway.MaxBodyBytes, ReceiptEvery: cfg.Gateway.ReceiptEvery,
		PerIPRate: cfg.Gateway.PerIPRate, PerIPBurst: cfg.Gateway.PerIPBurst,
		Metrics: relay.NewMetrics(prom, "gateway"), Log: log,
	}
	var stops []stopper
	mux := http.NewServeMux()
	if cfg.Gateway.Pool.Enabled {
		pool, pstops, err := openPool(ctx, cfg.Gateway.Pool, dir.Join("gateway.db"), prom, "gateway", log)
		if err != nil {
			return nil, err
		}
		stops = pstops
		token, err := adminTokenHash(cfg, dir)
		if err != nil {
			runStops(context.Background(), log, stops)
			return nil, err
		}
		known := map[string]bool{}
		for _, k := range keys {
			known[gateway.ClientOf(k)] = true
		}
		mountPoolAPI(adminMux, pool, clientpool.APIConfig{AdminTokenHash: token, Known: func(id string) bool { return known[id] }})
		mux.Handle("GET /v1/pool/capacity", pool.CapacityHandler())
		gcfg.Admitter = clientpool.GatewayAdmitter{Pool: pool}
	}
	gw, err := gateway.New(gcfg)
	if err != nil {
		runStops(context.Background(), log, stops)
		return nil, err
	}
	mux.Handle(gateway.PathPrefix, gw)
	hs, err := obs.Serve(cfg.Gateway.Listen, mux, cfg.Gateway.TLSCert, cfg.Gateway.TLSKey)
	if err != nil {
		runStops(context.Background(), log, stops)
		return nil, fmt.Errorf("gateway.listen: %w", err)
	}
	log.Info("gateway listening", "addr", hs.Addr(), "application", cl.Application().Hex(), "api_keys", len(keys), "client_pool", cfg.Gateway.Pool.Enabled)
	// The listener stops first, then the gateway, then the pool's last checkpoint.
	return append([]stopper{hs.Shutdown, gw.Shutdown}, stops...), nil
}

// startAdmin serves /metrics, /healthz and pprof on addr ("" disables it).
//
// It returns the server's mux, on which components mount their admin APIs.
func startAdmin(addr string, prom *prometheus.Registry, health func() error, log *slog.Logger) ([]stopper, *http.ServeMux, error) {
	if addr == "" {
		return nil, nil, nil
	}
	mux := obs.AdminHandler(prom, health)
	hs, err := obs.Serve(addr, mux, "", "")
	if err != nil {
		return nil, nil, fmt.Errorf("admin: %w", err)
	}
	log.Info("admin server listening", "addr", hs.Addr())
	return []stopper{hs.Shutdown}, mux, nil
}

// loadAPIKeys reads one key per line (blank lines and # comments skipped) and
// keeps only their digests.
func loadAPIKeys(path string) ([][32]byte, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: gateway.api_keys_file: %w", config.ErrInvalid, err)
	}
	var out [][32]byte
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, gateway.HashAPIKey(line))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: gateway.api_keys_file %s holds no key; an empty key is never accepted", config.ErrInvalid, path)
	}
	return out, nil
}

// runStops runs shutdown functions in order, logging failures.
func runStops(ctx context.Context, log *slog.Logger, stops []stopper) error {
	var first error
	for _, s := range stops {
		if err := s(ctx); err != nil {
			log.Warn("shutdown step failed", "err", err)
			if first == nil {
				first = err
			}
		}
	}
	return first
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// restoreSpending raises the meter's counters, after a crash, to at least
// what the mined-relay log proves was served: the checkpoints may miss the
// last second of charges, the log misses nothing it acknowledged.
func restoreSpending(ctx context.Context, m *meter.Meter, miner *mining.Miner, log *slog.Logger) error {
	logged, err := miner.LoggedSpending(ctx)
	if err != nil {
		return err
	}
	maxTarget := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, l := range logged {
		spent := protocol.Reward(l.Weight, l.PerUnit, l.Target, maxTarget) // weight × price × maxTarget/target
		atLeast, overflow := uint256.FromBig(spent)
		if overflow {
			atLeast = new(uint256.Int).SetAllOne()
		}
		key := meter.Key{Application: l.Key.Application, Service: l.Key.Service, SessionStart: l.Key.SessionStart, Supplier: l.Key.Supplier}
		if err := m.RaiseSpent(key, atLeast); err != nil && !errors.Is(err, meter.ErrPruned) {
			return fmt.Errorf("node: restoring the spending of %s: %w", l.Key, err)
		}
	}
	log.Info("meter: spending restored from the mined-relay log after an unclean stop", "sessions", len(logged))
	return nil
}
