// Package txrelay is relaynode's transaction relayer: a REST API that takes
// transaction requests, commits each to a SQLite ledger before answering,
// and lands it on an EVM chain exactly once — per-signer nonce pipelines,
// the signed transaction recorded before it is broadcast, fee bumping,
// re-sending dropped and reorged transactions, receipts to a confirmation
// depth — plus endpoints compatible with Powerloom's relayer-py.
package txrelay

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/chain"
)

// Config wires a Relayer.
type Config struct {
	LedgerPath string
	Chain      Chain
	Signers    []*ecdsa.PrivateKey
	// ReservedSigners sign only requests that name them (see EngineConfig),
	// and only requests sent with a token named in ReservedFor: the node
	// operator's key must not sign for anyone else.
	ReservedSigners []*ecdsa.PrivateKey
	ReservedFor     []string
	Tokens          []Token
	RatePerToken    int
	MaxBodyBytes    int64
	MaxInFlight     int
	MaxQueue        int
	Confirmations   uint64
	BumpAfter       uint64
	Fees            FeePolicy
	MinBalance      *big.Int
	PollInterval    time.Duration
	WebhookURL      string
	// PowerloomState is the Powerloom protocol-state contract; zero disables
	// the Powerloom endpoints (they answer 503).
	PowerloomState common.Address
	// PowerloomDataMarket is the data market of Powerloom requests that do
	// not name one (the older request shape).
	PowerloomDataMarket common.Address
	Decoder             *chain.Decoder
	Registerer          prometheus.Registerer
	Log                 *slog.Logger
	Now                 func() time.Time
}

// NodeTokenName is the name of the API token (in a tokens file: "node
// <token>") with which a node sends its claims, proofs and settlements: the
// only token relaynode's commands allow to use the operator key.
const NodeTokenName = "node"

// Relayer is the whole transaction relayer. Its Handler is safe for
// concurrent use; Shutdown stops it.
type Relayer struct {
	cfg     Config
	chain   Chain
	ledger  *Ledger
	engine  *Engine
	intake  *intake
	hub     *hub
	webhook *webhook
	auth    *auth
	metrics *Metrics
	log     *slog.Logger

	plMu sync.Mutex // serialises the Powerloom epoch bookkeeping

	closeOnce sync.Once
}

// New opens the ledger, resumes what it holds and starts the relayer.
func New(ctx context.Context, cfg Config) (*Relayer, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Registerer == nil {
		cfg.Registerer = prometheus.NewRegistry()
	}
	if len(cfg.Tokens) == 0 {
		return nil, errors.New("txrelay: no API tokens configured; an empty token is never accepted")
	}
	l, err := OpenLedger(ctx, cfg.LedgerPath)
	if err != nil {
		return nil, err
	}
	rl := &Relayer{cfg: cfg, chain: cfg.Chain, ledger: l, hub: newHub(), auth: newAuth(cfg.Tokens, cfg.RatePerToken),
		metrics: NewMetrics(cfg.Registerer), log: cfg.Log}
	rl.engine, err = NewEngine(ctx, EngineConfig{
		Chain: cfg.Chain, Ledger: l, Signers: cfg.Signers, ReservedSigners: cfg.ReservedSigners, Fees: cfg.Fees, MaxInFlight: cfg.MaxInFlight,
		Confirmations: cfg.Confirmations, BumpAfter: cfg.BumpAfter, MinBalance: cfg.MinBalance, PollInterval: cfg.PollInterval,
		Decoder: cfg.Decoder, AlreadyDone: PowerloomAlreadyDone, OnEvents: func([]Event) { rl.hub.notify() }, Metrics: rl.metrics, Log: cfg.Log, Now: cfg.Now,
	})
	if err != nil {
		l.Close()
		return nil, err
	}
	rl.intake = newIntake(l, rl.engine, cfg.Now, rl.hub.notify)
	if cfg.WebhookURL != "" {
		rl.webhook = startWebhook(cfg.WebhookURL, l, rl.hub, cfg.Log)
	}
	return rl, nil
}

// head is the latest block the engine has seen.
func (rl *Relayer) head() uint64 {
	h, err := rl.chain.BlockNumber(context.Background())
	if err != nil {
		return 0
	}
	return h
}

// Ledger returns the relayer's ledger (read-only use: tests, tools).
func (rl *Relayer) Ledger() *Ledger { return rl.ledger }

// Signers returns the signers' state.
func (rl *Relayer) Signers() []SignerInfo { return rl.engine.Signers() }

// Shutdown stops taking requests, lets the engine finish its step and closes
// the ledger. Everything accepted stays in the ledger for the next start.
func (rl *Relayer) Shutdown(ctx context.Context) error {
	var err error
	rl.closeOnce.Do(func() {
		rl.intake.shutdown()
		if rl.webhook != nil {
			rl.webhook.shutdown()
		}
		if e := rl.engine.Shutdown(ctx); e != nil {
			err = e
		}
		if e := rl.ledger.Close(); e != nil && err == nil {
			err = fmt.Errorf("txrelay: closing the ledger: %w", e)
		}
	})
	return err
}
