package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/gateway"
	"github.com/relaynode/relaynode/internal/keys"
	"github.com/relaynode/relaynode/internal/obs"
	"github.com/relaynode/relaynode/internal/relay"
)

// headPoll is how often a registry view polls the head when the chain
// connection cannot subscribe (plain HTTP).
const headPoll = time.Second

func newNodeCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run the supplier's relay server: verify, meter and forward signed relays",
		Long: `Run the supplier's relay server on node.listen. Each relay goes through, in
order: the per-IP limit, the envelope and body checks, the session check (the
session has started, is within its grace period and has this supplier), the
signature (the application or a gateway it delegated to) and nonce, the meter
(the application's budget per session), a backend of node.services (with
health checks and failover), the signed response, and the miner: a relay that
meets the service's difficulty target is appended to the durable mined-relay
log (<datadir>/mining) and its session tree before the response is released.
Each session is then claimed, proven when the contract asks, and settled,
through the transaction relayer at node.tx_relayer (signed there by this
node's key); 'relaynode sessions' lists them.

The supplier key is keystore.file. When chain.rpc is empty the node joins the
local devnet of 'relaynode up' or 'relaynode devnet' and, without a keystore,
uses development account 3 (the demo supplier).

Metrics, health and pprof are served on node.admin_listen.`,
		Args: exactArgs(0),
	}
	flags := config.BindFlags(cmd.Flags(), config.Keys()...)
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		ctx := cmd.Context()
		cfg, log, err := a.load(flags)
		if err != nil {
			return err
		}
		key, err := a.operatorKey(cfg, devSupplier)
		if err != nil {
			return err
		}
		dir, err := openDataDir(cfg)
		if err != nil {
			return err
		}
		defer dir.Close()
		reg, stops, err := openRegistry(ctx, cfg, log)
		if err != nil {
			return err
		}
		if cfg.UsesDevnet() && len(cfg.Node.Services) == 0 {
			addDemoService(&cfg, "http://"+cfg.Devnet.HTTP, "ws://"+cfg.Devnet.WS)
		}
		prom := obs.NewRegistry()
		admin, adminMux, err := startAdmin(cfg.Node.AdminListen, prom, func() error { return nil }, log)
		if err != nil {
			runStops(context.Background(), log, stops)
			return err
		}
		tx, err := nodeTxRelayer(cfg, dir, "http://"+cfg.Tx.Listen)
		if err != nil {
			runStops(context.Background(), log, append(admin, stops...))
			return err
		}
		settlement := cfg.Contracts.Settlement
		if cfg.UsesDevnet() {
			settlement = devnetContracts().Settlement
		}
		node, err := startNode(ctx, cfg, dir, key, reg, nodeMining{Settlement: settlement, Tx: tx, Admin: adminMux}, prom, log)
		if err != nil {
			runStops(context.Background(), log, append(admin, stops...))
			return err
		}
		s := summary{}
		for name := range cfg.Node.Services {
			s.add("service", cfg.NodePublicURL()+relay.PathPrefix+name)
		}
		s.add("supplier", crypto.PubkeyToAddress(key.PublicKey).Hex())
		s.add("registry", reg.Address().Hex())
		if cfg.Node.AdminListen != "" {
			s.add("metrics", "http://"+cfg.Node.AdminListen+"/metrics")
		}
		s.print(a.stdout, "relay node is ready")
		log.Info("ready")
		return waitAndShutdown(ctx, a, log, append(append(node, admin...), stops...)...)
	}
	return cmd
}

func newGatewayCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gateway",
		Short: "Run the application-side gateway: plain JSON-RPC, REST and WebSocket in, signed relays out",
		Long: `Run the gateway on gateway.listen. Ordinary clients (any Ethereum library, curl,
a browser) send plain JSON-RPC, REST or WebSocket traffic to
/v1/<service id>; the gateway signs each request as a relay for
gateway.application, sends it to a supplier of the application's current
session, verifies the supplier's signed answer, retries with another supplier
on failure, and returns the answer. With gateway.api_keys_file set, requests
need 'Authorization: Bearer <key>'.

The gateway key is keystore.file; the application must have delegated to it
(or be it). When chain.rpc is empty the gateway joins the local devnet and,
without a keystore, uses development account 2 for the demo application.`,
		Args: exactArgs(0),
	}
	flags := config.BindFlags(cmd.Flags(), config.Keys()...)
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		ctx := cmd.Context()
		cfg, log, err := a.load(flags)
		if err != nil {
			return err
		}
		key, err := a.operatorKey(cfg, devGateway)
		if err != nil {
			return err
		}
		if cfg.Gateway.Application == (common.Address{}) && cfg.UsesDevnet() && cfg.Keystore.File == "" {
			cfg.Gateway.Application = crypto.PubkeyToAddress(devnet.DevKey(devApplication).PublicKey)
		}
		dir, err := openDataDir(cfg)
		if err != nil {
			return err
		}
		defer dir.Close()
		reg, stops, err := openRegistry(ctx, cfg, log)
		if err != nil {
			return err
		}
		prom := obs.NewRegistry()
		admin, adminMux, err := startAdmin(cfg.Gateway.AdminListen, prom, func() error { return nil }, log)
		if err != nil {
			runStops(context.Background(), log, stops)
			return err
		}
		gw, err := startGateway(ctx, cfg, dir, key, cfg.Gateway.Application, reg, adminMux, prom, log)
		if err != nil {
			runStops(context.Background(), log, append(admin, stops...))
			return err
		}
		app := cfg.Gateway.Application
		if app == (common.Address{}) {
			app = crypto.PubkeyToAddress(key.PublicKey)
		}
		s := summary{}
		s.add("gateway", "http://"+cfg.Gateway.Listen+gateway.PathPrefix+"<service id>")
		s.add("application", app.Hex())
		s.add("signer", crypto.PubkeyToAddress(key.PublicKey).Hex())
		s.print(a.stdout, "gateway is ready")
		log.Info("ready")
		return waitAndShutdown(ctx, a, log, append(append(gw, admin...), stops...)...)
	}
	return cmd
}

// operatorKey loads keystore.file, or on the devnet without a keystore the
// development key of the given role.
func (a *app) operatorKey(cfg config.Config, devRole int) (*ecdsa.PrivateKey, error) {
	if cfg.Keystore.File == "" {
		if cfg.UsesDevnet() {
			return devnet.DevKey(devRole), nil
		}
		return nil, usageError{errors.New("keystore.file is required on a real chain (create a key with 'relaynode keys new DIR')")}
	}
	pass, err := keys.Passphrase(a.getenv(config.EnvPassphrase), cfg.Keystore.PassphraseFile)
	if err != nil {
		return nil, err
	}
	key, _, err := keys.Load(cfg.Keystore.File, pass)
	return key, err
}

// openRegistry connects to the chain (or the local devnet, over WebSocket so
// that heads arrive by subscription) and opens a cached registry view.
func openRegistry(ctx context.Context, cfg config.Config, log *slog.Logger) (*chain.Registry, []stopper, error) {
	cs := chain.Contracts{Registry: cfg.Contracts.Registry, Token: cfg.Contracts.Token, Settlement: cfg.Contracts.Settlement}
	if cfg.UsesDevnet() {
		cfg.Chain.RPC = "ws://" + cfg.Devnet.WS
		cs = devnetContracts()
	}
	c, err := chain.Dial(ctx, cfg.Chain.RPC, cfg.Chain.Timeout, cfg.Chain.ChainID)
	if err != nil {
		if cfg.UsesDevnet() {
			return nil, nil, fmt.Errorf("%w (is 'relaynode up' running?)", err)
		}
		return nil, nil, err
	}
	if err := chain.CheckContracts(ctx, c, cs); err != nil {
		c.Close()
		return nil, nil, err
	}
	reg, err := chain.NewRegistry(ctx, c, cs.Registry, headPoll, log)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	return reg, []stopper{reg.Shutdown, func(context.Context) error { c.Close(); return nil }}, nil
}

// devnetContracts are the addresses 'up' deploys to on the devnet: the first
// three creations of development account 0 (deployment is journaled, so they
// never change).
func devnetContracts() chain.Contracts {
	deployer := crypto.PubkeyToAddress(devnet.DevKey(devDeployer).PublicKey)
	return chain.Contracts{
		Token: crypto.CreateAddress(deployer, 0), Registry: crypto.CreateAddress(deployer, 1), Settlement: crypto.CreateAddress(deployer, 2),
	}
}

// addDemoService serves the demo service from the given devnet endpoints.
func addDemoService(cfg *config.Config, httpURL, wsURL string) {
	sc := config.ServiceConfig{}
	sc.SetDefaults()
	sc.Backends, sc.WSBackends = []string{httpURL}, []string{wsURL}
	if cfg.Node.Services == nil {
		cfg.Node.Services = map[string]config.ServiceConfig{}
	}
	cfg.Node.Services[cfg.Demo.Service] = sc
}
