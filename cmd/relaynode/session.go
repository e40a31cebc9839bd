package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/protocol"
)

func newSessionCmd(a *app) *cobra.Command {
	var appAddr, service string
	var height uint64
	cmd := &cobra.Command{
		Use:   "session",
		Short: "Show an application's session for a service, as the registry computes it",
		Long: `Show the session of an application for a service at a height: its start and end,
seed, id and suppliers, as the registry contract computes them. relaynode
recomputes the same session from its inputs in Go and fails if they differ.

Talks to a running network: the chain at chain.rpc with contracts.*, or, when
chain.rpc is empty, the devnet of 'relaynode up' (devnet.http, the deployment
recorded in the data directory). Defaults: the demo application and service,
the latest block.`,
		Args: exactArgs(0),
	}
	cmd.Flags().StringVar(&appAddr, "app", "", "application address (default: the devnet's demo application)")
	cmd.Flags().StringVar(&service, "service", "", "service id (default: demo.service)")
	cmd.Flags().Uint64Var(&height, "height", 0, "block height (default: latest)")
	flags := config.BindFlags(cmd.Flags(), "datadir", "log", "chain", "devnet.http", "contracts", "demo.service")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		ctx := cmd.Context()
		cfg, _, err := a.load(flags)
		if err != nil {
			return err
		}
		c, cs, err := connect(ctx, cfg)
		if err != nil {
			return err
		}
		defer c.Close()
		app := crypto.PubkeyToAddress(devnet.DevKey(devApplication).PublicKey)
		if appAddr != "" {
			if !common.IsHexAddress(appAddr) {
				return usageError{fmt.Errorf("--app %q is not an address (0x followed by 40 hex digits)", appAddr)}
			}
			app = common.HexToAddress(appAddr)
		}
		if service == "" {
			service = cfg.Demo.Service
		}
		svc, err := protocol.ParseServiceID(service)
		if err != nil {
			return usageError{fmt.Errorf("--service: %w", err)}
		}
		if height == 0 {
			cctx, cancel := c.CallContext(ctx)
			height, err = c.BlockNumber(cctx)
			cancel()
			if err != nil {
				return fmt.Errorf("chain: latest block: %w", err)
			}
		}
		s, err := chain.FetchSession(ctx, c, cs.Registry, app, svc, height)
		if err != nil {
			return err
		}
		w := protocol.SessionWindows(s.Start, s.Params)
		sum := summary{}
		sum.add("application", s.Application.Hex())
		sum.add("service", s.Service.String())
		sum.add("height", fmt.Sprint(height))
		sum.add("blocks", fmt.Sprintf("[%d, %d); grace to %d, claims [%d, %d), proofs [%d, %d)", w.Start, w.End, w.GraceEnd, w.ClaimOpen, w.ClaimClose, w.ProofOpen, w.ProofClose))
		sum.add("id", s.ID.Hex())
		sum.add("seed", s.Seed.Hex())
		var sups []string
		for _, a := range s.Suppliers {
			sups = append(sups, a.Hex())
		}
		sum.add("suppliers", strings.Join(sups, ", "))
		sum.add("verified", "the registry and relaynode's Go code compute the same session")
		sum.print(a.stdout, "session")
		return nil
	}
	return cmd
}

// connect returns a client and the contracts of a running network: chain.rpc
// and contracts.* when chain.rpc is set, else the local devnet and the
// contracts 'up' deploys there.
func connect(ctx context.Context, cfg config.Config) (*chain.Client, chain.Contracts, error) {
	if !cfg.UsesDevnet() {
		c, err := chain.Dial(ctx, cfg.Chain.RPC, cfg.Chain.Timeout, cfg.Chain.ChainID)
		if err != nil {
			return nil, chain.Contracts{}, err
		}
		return c, chain.Contracts{Token: cfg.Contracts.Token, Registry: cfg.Contracts.Registry, Settlement: cfg.Contracts.Settlement}, nil
	}
	cs := devnetContracts()
	c, err := chain.Dial(ctx, "http://"+cfg.Devnet.HTTP, cfg.Chain.Timeout, devnet.ChainID)
	if err != nil {
		return nil, chain.Contracts{}, fmt.Errorf("%w (is 'relaynode up' running?)", err)
	}
	return c, cs, nil
}
