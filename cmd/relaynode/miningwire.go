package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/datadir"
	"github.com/relaynode/relaynode/internal/mining"
	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/txrelay"
)

// txRelayerTarget is where the node sends its claims, proofs and
// settlements: a transaction relayer's base URL and API token.
type txRelayerTarget struct {
	URL, Token string
}

// startMining opens the mined-relay log (<datadir>/mining, Pebble) and the
// claim store (<datadir>/mining.db, SQLite), rebuilds the trees of open
// sessions from the log and starts the claim driver, which sends each step
// through the transaction relayer at tx, signed by the node's key there.
func startMining(ctx context.Context, dir *datadir.Dir, reg *chain.Registry, settlement common.Address, tx txRelayerTarget, prom prometheus.Registerer, log *slog.Logger) (*mining.Miner, []stopper, error) {
	if settlement == (common.Address{}) {
		return nil, nil, fmt.Errorf("mining: contracts.settlement is not set: deploy the contracts with this version ('relaynode deploy') or set it in the config")
	}
	sc, err := mining.NewContractSettlement(settlement, reg.Client())
	if err != nil {
		return nil, nil, err
	}
	txc, err := txrelay.NewClient(tx.URL, tx.Token, 10*time.Second)
	if err != nil {
		return nil, nil, fmt.Errorf("mining: the transaction relayer: %w", err)
	}
	rl, err := store.OpenLog(dir.Join("mining"), store.LogOptions{Logger: log})
	if err != nil {
		return nil, nil, err
	}
	claims, err := mining.OpenClaims(ctx, dir.Join("mining.db"))
	if err != nil {
		rl.Close()
		return nil, nil, err
	}
	metrics := mining.NewMetrics(prom)
	m := mining.NewMiner(rl, claims, reg, metrics, log)
	started := time.Now()
	n, err := m.Recover(ctx)
	if err != nil {
		m.Close() // its worker and any tree being persisted use the log
		claims.Close()
		rl.Close()
		return nil, nil, err
	}
	if n > 0 {
		log.Info("mining: session trees rebuilt from the log", "relays", n, "took", time.Since(started).Round(time.Millisecond))
	}
	d := mining.NewDriver(mining.DriverConfig{Miner: m, Claims: claims, Settlement: sc, Tx: txc, Heads: reg,
		Poll: 50 * time.Millisecond, Metrics: metrics, Log: log})
	d.Start()
	// One stopper, whatever order the caller runs its list in: the driver
	// stops first, then the miner's worker and the trees being persisted
	// finish, then the stores close.
	stop := func(context.Context) error {
		d.Stop()
		m.Close()
		return errors.Join(claims.Close(), rl.Close())
	}
	return m, []stopper{stop}, nil
}

// nodeTxRelayer returns node.tx_relayer (empty: ownURL) with the first token
// of node.tx_relayer_token_file (on the devnet without one,
// <datadir>/tx-node-token). The relayer lets only the token named "node" use
// the operator key.
func nodeTxRelayer(cfg config.Config, dir *datadir.Dir, ownURL string) (txRelayerTarget, error) {
	url := cfg.Node.TxRelayer
	if url == "" {
		url = ownURL
	}
	path := cfg.Node.TxRelayerTokenFile
	if path == "" {
		if !cfg.UsesDevnet() {
			return txRelayerTarget{}, fmt.Errorf("%w: node.tx_relayer_token_file is empty; the node needs a token of the transaction relayer to send its claims", config.ErrInvalid)
		}
		p, err := devTxNodeToken(dir)
		if err != nil {
			return txRelayerTarget{}, err
		}
		path = p
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return txRelayerTarget{}, fmt.Errorf("%w: node.tx_relayer_token_file: %w", config.ErrInvalid, err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		return txRelayerTarget{URL: url, Token: f[len(f)-1]}, nil
	}
	return txRelayerTarget{}, fmt.Errorf("%w: %s holds no token", config.ErrInvalid, path)
}
