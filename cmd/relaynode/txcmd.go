package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/datadir"
	"github.com/relaynode/relaynode/internal/keys"
	"github.com/relaynode/relaynode/internal/obs"
	"github.com/relaynode/relaynode/internal/txrelay"
)

// Development accounts the devnet's transaction relayer signs with.
const (
	devTxSignerFirst = 4
	devTxSigners     = 4
)

func newTxCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "tx",
		Short: "The transaction relayer: land transactions on the chain durably and exactly once",
	}
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve the transaction relayer's REST API",
		Long: `Serve the transaction relayer on tx.listen:

  POST /v1/tx          a transaction request (to, data or method+args, value,
                       gasLimit, signer, idempotencyKey); 202 with an id once it
                       is committed to the ledger; the same idempotency key
                       always returns the same id
  GET  /v1/tx/{id}     its status: queued, signed, broadcast, included,
                       confirmed, reverted (with the decoded reason) or failed
  GET  /v1/events      status changes as server-sent events (Last-Event-ID)
  POST /submitBatchSize, /submitSubmissionBatch, /submitUpdateRewards
                       Powerloom relayer-py compatible endpoints
  GET  /health, /metrics

Requests need 'Authorization: Bearer <token>' with a token of tx.tokens_file.
The ledger is <datadir>/tx.db (SQLite, synchronous commits): kill -9 at any
moment loses nothing accepted, and a restart re-sends the same signed
transactions with the same nonces.

Signers: tx.keystores and RELAYNODE_TX_SIGNER_KEYS; on the devnet, without
either, development accounts 4 to 7. When chain.rpc is empty the relayer joins
the local devnet of 'relaynode up' or 'relaynode devnet'.`,
		Args: exactArgs(0),
	}
	flags := config.BindFlags(serve.Flags(), config.Keys()...)
	serve.RunE = func(cmd *cobra.Command, _ []string) error {
		ctx := cmd.Context()
		cfg, log, err := a.load(flags)
		if err != nil {
			return err
		}
		dir, err := openDataDir(cfg)
		if err != nil {
			return err
		}
		defer dir.Close()
		clients, err := txClients(ctx, cfg)
		if err != nil {
			return err
		}
		defer func() {
			for _, c := range clients {
				c.Close()
			}
		}()
		prom := obs.NewRegistry()
		// The operator key (the node's) signs the node's claims and proofs,
		// and nothing else.
		var reserved []*ecdsa.PrivateKey
		if cfg.Keystore.File != "" || cfg.UsesDevnet() {
			op, err := a.operatorKey(cfg, devSupplier)
			if err != nil {
				return err
			}
			reserved = append(reserved, op)
		}
		stops, url, err := startTxRelayer(ctx, a, cfg, dir, clients, reserved, prom, log)
		if err != nil {
			return err
		}
		s := summary{}
		s.add("api", url+"/v1/tx")
		s.add("health", url+"/health  (and /metrics)")
		s.add("chain", clients[0].URL())
		s.add("ledger", dir.Join("tx.db"))
		s.print(a.stdout, "transaction relayer is ready")
		log.Info("ready")
		return waitAndShutdown(ctx, a, log, stops...)
	}
	cmd.AddCommand(serve)
	return cmd
}

// txClients dials chain.rpc and tx.rpc_urls, or the local devnet's
// WebSocket (heads by subscription).
func txClients(ctx context.Context, cfg config.Config) ([]*chain.Client, error) {
	urls := append([]string{cfg.Chain.RPC}, cfg.Tx.RPCURLs...)
	if cfg.UsesDevnet() {
		urls = []string{"ws://" + cfg.Devnet.WS}
	}
	var out []*chain.Client
	for _, u := range urls {
		c, err := chain.Dial(ctx, u, cfg.Chain.Timeout, cfg.Chain.ChainID)
		if err != nil {
			for _, o := range out {
				o.Close()
			}
			if cfg.UsesDevnet() {
				return nil, fmt.Errorf("%w (is 'relaynode up' running?)", err)
			}
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// startTxRelayer opens the ledger, starts the relayer and serves its API on
// tx.listen; it returns the stop functions in order and the base URL.
//
// reserved are keys that sign only requests naming them: the operator key,
// whose claims, proofs and settlements the node sends through the relayer.
func startTxRelayer(ctx context.Context, a *app, cfg config.Config, dir *datadir.Dir, clients []*chain.Client, reserved []*ecdsa.PrivateKey, prom *prometheus.Registry, log *slog.Logger) ([]stopper, string, error) {
	log = log.With("component", "tx")
	signers, err := a.txSigners(cfg)
	if err != nil {
		return nil, "", err
	}
	tokens, err := txTokens(cfg, dir)
	if err != nil {
		return nil, "", err
	}
	rc, err := txrelay.NewRPCChain(clients, cfg.Tx.RPCRate, cfg.Chain.Timeout)
	if err != nil {
		return nil, "", err
	}
	rl, err := txrelay.New(ctx, txrelay.Config{
		LedgerPath: dir.Join("tx.db"), Chain: rc, Signers: signers, ReservedSigners: reserved, ReservedFor: []string{txrelay.NodeTokenName}, Tokens: tokens,
		RatePerToken: cfg.Tx.RatePerToken, MaxBodyBytes: cfg.Tx.MaxBodyBytes, MaxInFlight: cfg.Tx.MaxInFlight,
		MaxQueue: cfg.Tx.MaxQueue, Confirmations: cfg.Tx.Confirmations, BumpAfter: cfg.Tx.BumpAfterBlocks,
		Fees:           txrelay.FeePolicy{BumpPercent: cfg.Tx.BumpPercent, MaxFeeCap: new(big.Int).Mul(new(big.Int).SetUint64(cfg.Tx.MaxFeeGwei), big.NewInt(params.GWei))},
		MinBalance:     cfg.Tx.MinSignerBalance.Base(),
		PollInterval:   cfg.Tx.PollInterval,
		WebhookURL:     cfg.Tx.WebhookURL,
		PowerloomState: cfg.Tx.PowerloomState,
		Decoder:        chain.NewRevertDecoder(),
		Registerer:     prom,
		Log:            log,
	})
	if err != nil {
		return nil, "", err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(prom, promhttp.HandlerOpts{}))
	mux.Handle("/", rl.Handler())
	hs, err := obs.Serve(cfg.Tx.Listen, mux, "", "")
	if err != nil {
		rl.Shutdown(context.Background())
		return nil, "", fmt.Errorf("tx.listen: %w", err)
	}
	var addrs, reservedAddrs []string
	for _, s := range rl.Signers() {
		if s.Reserved {
			reservedAddrs = append(reservedAddrs, s.Address.Hex())
		} else {
			addrs = append(addrs, s.Address.Hex())
		}
	}
	log.Info("transaction relayer listening", "addr", hs.Addr(), "signers", strings.Join(addrs, ","), "reserved_signers", strings.Join(reservedAddrs, ","))
	return []stopper{hs.Shutdown, rl.Shutdown}, "http://" + hs.Addr(), nil
}

// txSigners loads tx.keystores and RELAYNODE_TX_SIGNER_KEYS, or on the devnet
// without either, development accounts 4 to 7.
func (a *app) txSigners(cfg config.Config) ([]*ecdsa.PrivateKey, error) {
	var out []*ecdsa.PrivateKey
	if len(cfg.Tx.Keystores) > 0 {
		pass, err := keys.Passphrase(a.getenv(config.EnvPassphrase), cfg.Keystore.PassphraseFile)
		if err != nil {
			return nil, err
		}
		for _, f := range cfg.Tx.Keystores {
			k, _, err := keys.Load(f, pass)
			if err != nil {
				return nil, err
			}
			out = append(out, k)
		}
	}
	for i, h := range strings.Split(a.getenv(config.EnvTxSignerKeys), ",") {
		if h = strings.TrimSpace(h); h == "" {
			continue
		}
		k, err := crypto.HexToECDSA(strings.TrimPrefix(h, "0x"))
		if err != nil {
			// Never print the value: it is a private key.
			return nil, fmt.Errorf("%w: %s: item %d is not a hex private key", config.ErrInvalid, config.EnvTxSignerKeys, i+1)
		}
		out = append(out, k)
	}
	if len(out) == 0 && cfg.UsesDevnet() {
		for i := range devTxSigners {
			out = append(out, devnet.DevKey(devTxSignerFirst+i))
		}
	}
	if len(out) == 0 {
		return nil, usageError{errors.New("the transaction relayer needs signers: tx.keystores or " + config.EnvTxSignerKeys)}
	}
	return out, nil
}

// txTokens reads tx.tokens_file ("name token" or "token" per line). On the
// devnet without one, it uses <datadir>/tx-token and <datadir>/tx-node-token
// (the node's own, named "node"), creating random tokens there at first use.
func txTokens(cfg config.Config, dir *datadir.Dir) ([]txrelay.Token, error) {
	if cfg.Tx.TokensFile != "" {
		return readTxTokens(cfg.Tx.TokensFile)
	}
	if !cfg.UsesDevnet() {
		return nil, fmt.Errorf("%w: tx.tokens_file is empty; the relayer never accepts requests without a token", config.ErrInvalid)
	}
	var out []txrelay.Token
	for _, f := range []func(*datadir.Dir) (string, error){devTxToken, devTxNodeToken} {
		path, err := f(dir)
		if err != nil {
			return nil, err
		}
		ts, err := readTxTokens(path)
		if err != nil {
			return nil, err
		}
		out = append(out, ts...)
	}
	return out, nil
}

// readTxTokens reads a tokens file.
func readTxTokens(path string) ([]txrelay.Token, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: tx.tokens_file: %w", config.ErrInvalid, err)
	}
	var out []txrelay.Token
	for i, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		name, secret := fmt.Sprintf("token%d", i+1), f[0]
		if len(f) >= 2 {
			name, secret = f[0], f[1]
		}
		out = append(out, txrelay.Token{Name: name, Hash: txrelay.HashToken(secret)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s holds no token", config.ErrInvalid, path)
	}
	return out, nil
}

// devTxToken returns <datadir>/tx-token, creating it with a random token.
func devTxToken(dir *datadir.Dir) (string, error) { return devToken(dir, "tx-token", "devnet") }

// devTxNodeToken returns <datadir>/tx-node-token, the node's own token
// (named "node": the only one that may use the operator key).
func devTxNodeToken(dir *datadir.Dir) (string, error) {
	return devToken(dir, "tx-node-token", txrelay.NodeTokenName)
}

// devToken returns <datadir>/file, creating it with "name <random token>".
func devToken(dir *datadir.Dir, file, name string) (string, error) {
	path := dir.Join(file)
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	var b [24]byte
	rand.Read(b[:])
	if err := os.WriteFile(path, []byte(name+" "+hex.EncodeToString(b[:])+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("tx: writing %s: %w", path, err)
	}
	return path, nil
}
