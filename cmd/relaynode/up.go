package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/datadir"
	"github.com/relaynode/relaynode/internal/gateway"
	"github.com/relaynode/relaynode/internal/obs"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
)

// Roles of the first development accounts.
const (
	devDeployer    = 0
	devApplication = 1
	devGateway     = 2
	devSupplier    = 3
)

// receiptPoll is how often set-up work polls for receipts on a real chain.
const receiptPoll = time.Second

func newUpCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Run everything: devnet, contracts, demo stakes and every server",
		Long: `Run the whole network on this machine in one command.

With the default configuration (chain.rpc empty) up:
  1. starts the embedded devnet in <datadir>/devnet (see 'relaynode devnet');
  2. deploys the token, registry and settlement contracts from development
     account 0 and binds the registry to the settlement contract, or
     finds the existing deployment (deployment is idempotent and resumes after
     a crash, with the same addresses);
  3. registers the demo service (demo.service, backed by the devnet's own
     JSON-RPC) and stakes a demo application, gateway and supplier for it;
  4. starts the transaction relayer (tx.listen; the supplier's key is its
     reserved signer), the supplier's relay node with its miner (relays
     logged durably, sessions claimed, proven and settled through the
     relayer; 'relaynode sessions') and the application's gateway, both
     admitting clients through their client pools ('relaynode pool');
  5. prints what is running and where, and logs "ready".

With chain.rpc set, up connects to that chain and checks the contracts in
contracts.registry and contracts.token (run 'relaynode deploy' first).

Ctrl-C or SIGTERM shuts everything down cleanly; after a kill -9, run up again:
the chain, the contracts and the stakes are all still there.`,
		Args: exactArgs(0),
	}
	flags := config.BindFlags(cmd.Flags(), config.Keys()...)
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		cfg, log, err := a.load(flags)
		if err != nil {
			return err
		}
		dir, err := openDataDir(cfg)
		if err != nil {
			return err
		}
		defer dir.Close()
		if cfg.UsesDevnet() {
			return upDevnet(cmd.Context(), a, cfg, dir, log)
		}
		return upRemote(cmd.Context(), a, cfg, dir, log)
	}
	return cmd
}

func upDevnet(ctx context.Context, a *app, cfg config.Config, dir *datadir.Dir, log *slog.Logger) error {
	d, err := startDevnet(ctx, cfg, dir, log)
	if err != nil {
		return err
	}
	// stops is in start order (the chain first) and runs reversed; servers
	// lists the servers' stoppers already in stop order, and runs first.
	stops := []stopper{d.Shutdown}
	var servers []stopper
	inStopOrder := func() []stopper {
		rev := append([]stopper(nil), stops...)
		reverse(rev)
		return append(append([]stopper(nil), servers...), rev...)
	}
	fail := func(err error) error {
		runStops(context.Background(), log, inStopOrder())
		return err
	}
	cs, err := setUpDevnet(ctx, cfg, dir, d, log)
	if err != nil {
		return fail(err)
	}
	c, err := chain.NewClient(ctx, d.RPCClient(), "devnet", cfg.Chain.Timeout, devnet.ChainID)
	if err != nil {
		return fail(err)
	}
	stops = append(stops, func(context.Context) error { c.Close(); return nil })
	reg, err := chain.NewRegistry(ctx, c, cs.Registry, cfg.Devnet.BlockPeriod/2+10*time.Millisecond, log)
	if err != nil {
		return fail(err)
	}
	stops = append(stops, reg.Shutdown)
	accts := d.Accounts()
	if cfg.Demo.Enabled {
		if _, ok := cfg.Node.Services[cfg.Demo.Service]; !ok {
			addDemoService(&cfg, d.HTTPURL(), d.WSURL())
		}
		if cfg.Gateway.Application == (common.Address{}) {
			cfg.Gateway.Application = accts[devApplication].Address
		}
	}
	pl, err := setUpPowerloom(ctx, cfg, dir, c, d, log)
	if err != nil {
		return fail(err)
	}
	if cfg.Tx.PowerloomState == (common.Address{}) {
		cfg.Tx.PowerloomState, cfg.Tx.PowerloomMarket = pl.ProtocolState, pl.DataMarket
	}
	prom := obs.NewRegistry()
	// The transaction relayer starts first: the node sends its claims
	// through it.
	txStops, txURL, err := startTxRelayer(ctx, a, cfg, dir, []*chain.Client{c}, []*ecdsa.PrivateKey{accts[devSupplier].Key}, prom, log)
	if err != nil {
		return fail(err)
	}
	servers = txStops
	tx, err := nodeTxRelayer(cfg, dir, txURL)
	if err != nil {
		return fail(err)
	}
	nodeAndGateway, err := startServers(ctx, cfg, dir, accts[devSupplier].Key, accts[devGateway].Key, reg, nodeMining{Settlement: cs.Settlement, Tx: tx}, prom, log)
	if err != nil {
		return fail(err)
	}
	// The gateway and the node stop first, then the relayer (the node's
	// claims go through it), then the registry, the client and the chain.
	servers = append(nodeAndGateway, servers...)

	s := summary{}
	if cfg.Demo.Enabled {
		s.add("gateway", fmt.Sprintf("http://%s%s%s  (JSON-RPC, REST and WebSocket for any client)", cfg.Gateway.Listen, gateway.PathPrefix, cfg.Demo.Service))
		s.add("node", fmt.Sprintf("%s%s%s  (signed relays only)", cfg.NodePublicURL(), relay.PathPrefix, cfg.Demo.Service))
	}
	s.add("tx", fmt.Sprintf("%s/v1/tx  (transaction relayer; token in %s; Powerloom endpoints at %s/submit...)", txURL, dir.Join("tx-token"), txURL))
	s.add("chain", fmt.Sprintf("devnet, chain id %d, block %d, %s", devnet.ChainID, d.Head(), describePeriod(cfg.Devnet.BlockPeriod)))
	s.add("rpc", d.HTTPURL())
	s.add("ws", d.WSURL())
	if cfg.Node.AdminListen != "" {
		s.add("metrics", "http://"+cfg.Node.AdminListen+"/metrics  (also /healthz, /debug/pprof, /v1/sessions, the node's /v1/pool/)")
	}
	if cfg.Gateway.AdminListen != "" && cfg.Gateway.Pool.Enabled {
		s.add("pool", fmt.Sprintf("http://%s/v1/pool/clients  (the gateway's client pool; admin token in %s; 'relaynode pool')", cfg.Gateway.AdminListen, dir.Join("admin-token")))
	}
	s.add("data", dir.Path())
	s.add("token", cs.Token.Hex())
	s.add("registry", fmt.Sprintf("%s (created in block %d)", cs.Registry.Hex(), cs.RegistryBlock))
	s.add("settlement", fmt.Sprintf("%s (created in block %d)", cs.Settlement.Hex(), cs.SettlementBlock))
	s.add("powerloom", fmt.Sprintf("protocol state %s, data market %s", cfg.Tx.PowerloomState.Hex(), cfg.Tx.PowerloomMarket.Hex()))
	if cfg.Demo.Enabled {
		s.add("service", fmt.Sprintf("%s: backend %s (the devnet itself), %d compute unit(s) per relay", cfg.Demo.Service, d.HTTPURL(), cfg.Demo.ComputeUnitsPerRelay))
		s.add("app", fmt.Sprintf("%s (dev account %d), staked %s, delegated to the gateway key %s (dev account %d)", accts[devApplication].Address.Hex(), devApplication, cfg.Demo.Stake, accts[devGateway].Address.Hex(), devGateway))
		s.add("supplier", fmt.Sprintf("%s (dev account %d), staked %s, announces %s", accts[devSupplier].Address.Hex(), devSupplier, cfg.Demo.Stake, cfg.NodePublicURL()+relay.PathPrefix+cfg.Demo.Service))
	}
	s.add("keys", "development keys are public: 'relaynode keys dev'")
	s.print(a.stdout, "relaynode is ready")
	log.Info("ready", "rpc", d.HTTPURL(), "registry", cs.Registry.Hex())
	return waitAndShutdown(ctx, a, log, inStopOrder()...)
}

// devPowerloomOwner is the development account that owns the devnet's
// Powerloom protocol state (its own account, so its addresses are fixed).
const devPowerloomOwner = 8

// setUpPowerloom deploys (or finds) a Powerloom-compatible protocol state
// with one data market whose sequencers are the transaction relayer's
// signers.
func setUpPowerloom(ctx context.Context, cfg config.Config, dir *datadir.Dir, c *chain.Client, d *devnet.Devnet, log *slog.Logger) (chain.Powerloom, error) {
	var seqs []common.Address
	for i := range devTxSigners {
		seqs = append(seqs, d.Accounts()[devTxSignerFirst+i].Address)
	}
	tr := chain.NewTransactor(c, d.Accounts()[devPowerloomOwner].Key, chain.NewRevertDecoder(), 20*time.Millisecond).
		WithSealer(func() { d.Commit() })
	pl, err := chain.DeployPowerloom(ctx, tr, dir.Join("deployments", fmt.Sprintf("%d-powerloom.json", devnet.ChainID)), seqs)
	if err != nil {
		return chain.Powerloom{}, err
	}
	log.Info("powerloom protocol state ready", "protocol_state", pl.ProtocolState.Hex(), "data_market", pl.DataMarket.Hex())
	return pl, nil
}

// startServers starts the relay node (with supplierKey), the gateway (with
// gatewayKey, for cfg.Gateway.Application) and their admin servers: both
// serve the metrics of both; each serves its own client pool's API.
func startServers(ctx context.Context, cfg config.Config, dir *datadir.Dir, supplierKey, gatewayKey *ecdsa.PrivateKey, reg *chain.Registry, mine nodeMining, prom *prometheus.Registry, log *slog.Logger) ([]stopper, error) {
	var stops []stopper
	fail := func(err error) ([]stopper, error) {
		runStops(context.Background(), log, stops)
		return nil, err
	}
	admin, adminMux, err := startAdmin(cfg.Node.AdminListen, prom, func() error { return nil }, log)
	if err != nil {
		return fail(err)
	}
	stops = admin
	mine.Admin = adminMux
	node, err := startNode(ctx, cfg, dir, supplierKey, reg, mine, prom, log)
	if err != nil {
		return fail(err)
	}
	stops = append(node, admin...)
	gwAdmin, gwMux, err := startAdmin(cfg.Gateway.AdminListen, prom, func() error { return nil }, log)
	if err != nil {
		return fail(err)
	}
	stops = append(stops, gwAdmin...)
	gw, err := startGateway(ctx, cfg, dir, gatewayKey, cfg.Gateway.Application, reg, gwMux, prom, log)
	if err != nil {
		return fail(err)
	}
	// Stop order: the gateway (no new relays), the node, the admin servers.
	return append(gw, stops...), nil
}

// setUpDevnet deploys (or finds) the contracts and stakes the demo actors,
// sealing blocks on demand so that set-up does not wait for the block timer.
func setUpDevnet(ctx context.Context, cfg config.Config, dir *datadir.Dir, d *devnet.Devnet, log *slog.Logger) (chain.Contracts, error) {
	c, err := chain.NewClient(ctx, d.RPCClient(), "devnet", cfg.Chain.Timeout, devnet.ChainID)
	if err != nil {
		return chain.Contracts{}, err
	}
	defer c.Close()
	seal := func() {
		if _, err := d.Commit(); err != nil {
			log.Warn("sealing a set-up block failed", "err", err)
		}
	}
	decoder := chain.NewRevertDecoder()
	accts := d.Accounts()
	actor := func(i int) *chain.Transactor {
		return chain.NewTransactor(c, accts[i].Key, decoder, 20*time.Millisecond).WithSealer(seal)
	}
	params, err := protocolParams(cfg.Protocol)
	if err != nil {
		return chain.Contracts{}, err
	}
	started := time.Now()
	cs, err := chain.DeployContracts(ctx, actor(devDeployer), journalPath(dir, devnet.ChainID), params)
	if err != nil {
		return chain.Contracts{}, err
	}
	log.Info("contracts deployed", "token", cs.Token.Hex(), "registry", cs.Registry.Hex(), "settlement", cs.Settlement.Hex(), "took", time.Since(started).Round(time.Millisecond))
	if cfg.Demo.Enabled {
		svc, err := protocol.ParseServiceID(cfg.Demo.Service)
		if err != nil {
			return chain.Contracts{}, fmt.Errorf("%w: demo.service: %w", config.ErrInvalid, err)
		}
		actors := chain.DemoActors{
			Owner: actor(devDeployer), Application: actor(devApplication), Gateway: actor(devGateway), Supplier: actor(devSupplier),
		}
		err = chain.StakeDemo(ctx, cs, actors, chain.DemoSpec{
			Service: svc, ComputeUnitsPerRelay: cfg.Demo.ComputeUnitsPerRelay, Stake: cfg.Demo.Stake.Base(),
			SupplierURL: cfg.NodePublicURL() + relay.PathPrefix + cfg.Demo.Service,
		})
		if err != nil {
			return chain.Contracts{}, err
		}
		// Stakes apply from the next session boundary: seal up to it, so that
		// "ready" means the demo session already has its supplier.
		for sealed := uint64(0); ; sealed++ {
			ok, err := chain.DemoInForce(ctx, c, cs, actors)
			if err != nil {
				return chain.Contracts{}, err
			}
			if ok {
				break
			}
			if sealed > 256 { // a session is at most 240 blocks
				return chain.Contracts{}, fmt.Errorf("up: demo stakes not in force after %d blocks", sealed)
			}
			if _, err := d.Commit(); err != nil {
				return chain.Contracts{}, err
			}
		}
		log.Info("demo actors staked and in force", "service", cfg.Demo.Service)
	}
	return cs, nil
}

func upRemote(ctx context.Context, a *app, cfg config.Config, dir *datadir.Dir, log *slog.Logger) error {
	c, err := chain.Dial(ctx, cfg.Chain.RPC, cfg.Chain.Timeout, cfg.Chain.ChainID)
	if err != nil {
		return err
	}
	defer c.Close()
	cs := chain.Contracts{Token: cfg.Contracts.Token, Registry: cfg.Contracts.Registry, Settlement: cfg.Contracts.Settlement}
	if err := chain.CheckContracts(ctx, c, cs); err != nil {
		return fmt.Errorf("%w; deploy them with 'relaynode deploy' or set contracts.registry and contracts.token", err)
	}
	s := summary{}
	s.add("chain", fmt.Sprintf("%s, chain id %s", c.URL(), c.ChainIDValue()))
	s.add("data", dir.Path())
	s.add("token", cs.Token.Hex())
	s.add("registry", cs.Registry.Hex())
	if cs.Settlement != (common.Address{}) {
		s.add("settlement", cs.Settlement.Hex())
	}
	s.print(a.stdout, "relaynode is ready")
	log.Info("ready", "chain", c.URL(), "registry", cs.Registry.Hex())
	return waitAndShutdown(ctx, a, log)
}

func journalPath(dir *datadir.Dir, chainID uint64) string {
	return journalPathIn(dir.Path(), chainID)
}

// journalPathIn is the deployment journal of a chain inside a data directory.
func journalPathIn(dataDir string, chainID uint64) string {
	return filepath.Join(dataDir, "deployments", strconv.FormatUint(chainID, 10)+".json")
}

// protocolParams converts the configured governance parameters.
func protocolParams(p config.ProtocolConfig) (protocol.Params, error) {
	out := protocol.Params{
		BlocksPerSession:          p.BlocksPerSession,
		GracePeriodBlocks:         p.GracePeriodBlocks,
		ClaimWindowBlocks:         p.ClaimWindowBlocks,
		ProofWindowBlocks:         p.ProofWindowBlocks,
		SuppliersPerSession:       uint32(p.SuppliersPerSession),
		UnbondingBlocks:           p.UnbondingBlocks,
		ProofProbabilityPpm:       uint32(p.ProofProbabilityPpm),
		ProofRequirementThreshold: new(big.Int).SetUint64(p.ProofRequirementThreshold),
		TokensPerComputeUnit:      p.TokensPerComputeUnit.Base(),
		MinApplicationStake:       p.MinApplicationStake.Base(),
		MinGatewayStake:           p.MinGatewayStake.Base(),
		MinSupplierStake:          p.MinSupplierStake.Base(),
	}
	if err := out.Validate(); err != nil {
		return protocol.Params{}, fmt.Errorf("%w: protocol: %w", config.ErrInvalid, err)
	}
	return out, nil
}
