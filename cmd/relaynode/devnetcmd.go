package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/datadir"
)

// shutdownTimeout bounds a clean shutdown after Ctrl-C or SIGTERM.
const shutdownTimeout = 30 * time.Second

func newDevnetCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run the embedded development chain (a real go-ethereum node in this process)",
		Long: `Run the embedded development chain: a real go-ethereum node with a developer
genesis, funded development accounts and HTTP/WebSocket JSON-RPC on loopback.

The chain is kept in <datadir>/devnet and a restart continues it (height,
balances, contract code), also after kill -9. Blocks are sealed every
devnet.block_period, or only on demand (the evm_mine RPC) when it is 0.
Ctrl-C or SIGTERM shuts it down cleanly.

The development accounts' keys are public ('relaynode keys dev'): never send
them value on a real chain.`,
		Args: exactArgs(0),
	}
	flags := config.BindFlags(cmd.Flags(), "datadir", "log", "devnet")
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
		d, err := startDevnet(cmd.Context(), cfg, dir, log)
		if err != nil {
			return err
		}
		s := summary{}
		s.add("chain", fmt.Sprintf("devnet, chain id %d, block %d, %s", devnet.ChainID, d.Head(), describePeriod(cfg.Devnet.BlockPeriod)))
		s.add("rpc", d.HTTPURL())
		s.add("ws", d.WSURL())
		s.add("data", dir.Path())
		s.add("accounts", fmt.Sprintf("%d funded development accounts ('relaynode keys dev')", len(d.Accounts())))
		s.print(a.stdout, "devnet is ready")
		log.Info("ready", "rpc", d.HTTPURL())
		return waitAndShutdown(cmd.Context(), a, log, d.Shutdown)
	}
	return cmd
}

func openDataDir(cfg config.Config) (*datadir.Dir, error) {
	path, err := cfg.ResolvedDataDir()
	if err != nil {
		return nil, err
	}
	return datadir.Open(path)
}

func startDevnet(ctx context.Context, cfg config.Config, dir *datadir.Dir, log *slog.Logger) (*devnet.Devnet, error) {
	return devnet.Start(ctx, devnet.Config{
		DataDir:     dir.Join("devnet"),
		HTTPAddr:    cfg.Devnet.HTTP,
		WSAddr:      cfg.Devnet.WS,
		BlockPeriod: cfg.Devnet.BlockPeriod,
		GasLimit:    cfg.Devnet.GasLimit,
		Accounts:    cfg.Devnet.Accounts,
		Logger:      log,
	})
}

func describePeriod(p time.Duration) string {
	if p == 0 {
		return "blocks on demand (evm_mine)"
	}
	return "a block every " + p.String()
}

// waitAndShutdown blocks until the command's context ends (Ctrl-C, SIGTERM),
// then runs the shutdown functions in order within shutdownTimeout.
func waitAndShutdown(ctx context.Context, a *app, log *slog.Logger, shutdowns ...stopper) error {
	<-ctx.Done()
	a.stopSignals() // a second Ctrl-C now kills the process
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := runStops(sctx, log, shutdowns); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	log.Info("stopped")
	return nil
}
