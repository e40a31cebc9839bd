package mining

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pokt-network/smt"

	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/txrelay"
)

// Settlement is the settlement contract as the driver needs it: what it
// says of a claim, and the calldata of each step.
type Settlement interface {
	Address() common.Address
	// Status is the contract's status of the claim of (sessionID, supplier).
	Status(ctx context.Context, sessionID common.Hash, supplier common.Address) (OnChain, error)
	// ProofRequirement says whether the claim must be proven and for which
	// path; known is false until the proof seed exists.
	ProofRequirement(ctx context.Context, k store.SessionKey) (known, required bool, path common.Hash, err error)
	// Paid is what the settlement paid the supplier (its Settled event, at
	// or after block from).
	Paid(ctx context.Context, sessionID common.Hash, supplier common.Address, from uint64) (*big.Int, error)
	ClaimData(k store.SessionKey, r Root) ([]byte, error)
	ProofData(k store.SessionKey, record []byte, p *smt.SparseMerkleClosestProof) ([]byte, error)
	SettleData(k store.SessionKey) ([]byte, error)
}

// TxSender sends transactions through the transaction relayer;
// *txrelay.Client implements it.
type TxSender interface {
	Submit(ctx context.Context, req txrelay.TxRequest) (txrelay.TxAccepted, error)
	Status(ctx context.Context, id string) (txrelay.TxStatus, error)
}

// Heads gives the chain's latest block height; chain.Registry implements it.
type Heads interface {
	Head() uint64
}

// DriverConfig configures a Driver.
type DriverConfig struct {
	Miner      *Miner
	Claims     *Claims
	Settlement Settlement
	Tx         TxSender
	Heads      Heads
	Poll       time.Duration // how often to look for a new block
	Metrics    *Metrics
	Log        *slog.Logger
}

// Driver runs every claim's lifecycle: at each new block it observes the
// chain and the transaction relayer, steps each open claim, acts, and
// records the new state.
type Driver struct {
	cfg  DriverConfig
	last uint64
	stop chan struct{}
	done chan struct{}
}

// NewDriver returns a driver; Start runs it.
func NewDriver(cfg DriverConfig) *Driver {
	return &Driver{cfg: cfg, stop: make(chan struct{}), done: make(chan struct{})}
}

// Start runs the driver until Stop.
func (d *Driver) Start() {
	go d.loop()
}

// Stop stops the driver and waits for it.
func (d *Driver) Stop() {
	close(d.stop)
	<-d.done
}

func (d *Driver) loop() {
	defer close(d.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-d.stop
		cancel()
	}()
	t := time.NewTicker(d.cfg.Poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		head := d.cfg.Heads.Head()
		if head == d.last {
			continue
		}
		d.last = head
		if err := d.Tick(ctx, head); err != nil && ctx.Err() == nil {
			d.cfg.Log.Warn("mining: claim step failed; trying again at the next block", "head", head, "err", err)
		}
	}
}

// Tick steps every open claim at head. It is exported for tests, which
// drive blocks themselves.
func (d *Driver) Tick(ctx context.Context, head uint64) error {
	open, err := d.cfg.Claims.Open(ctx)
	if err != nil {
		return err
	}
	phases := map[Phase]int{}
	var errs []error
	for _, c := range open {
		next, err := d.advance(ctx, c, head)
		if err != nil {
			errs = append(errs, fmt.Errorf("session %s: %w", c.Key, err))
		}
		phases[next.Phase]++
	}
	for _, p := range []Phase{PhaseLive, PhaseClosed, PhaseClaiming, PhaseClaimed, PhaseProving, PhaseProven, PhaseSettling} {
		d.cfg.Metrics.Claims.WithLabelValues(string(p)).Set(float64(phases[p]))
	}
	return errors.Join(errs...)
}

// advance steps one claim until it asks for nothing more at this head
// (a step may lead straight to the next: a failed claim is re-sent at once).
func (d *Driver) advance(ctx context.Context, c Claim, head uint64) (Claim, error) {
	for range 4 {
		o, err := d.observe(ctx, c, head)
		if err != nil {
			return c, err
		}
		next, act := Step(c, o)
		next, err = d.act(ctx, next, act)
		if next != c {
			if perr := d.cfg.Claims.Put(ctx, next); perr != nil {
				return c, perr
			}
			d.logChange(c, next)
		}
		if err != nil || next == c || act == ActNone {
			return next, err
		}
		c = next
	}
	return c, nil
}

func (d *Driver) observe(ctx context.Context, c Claim, head uint64) (Observation, error) {
	o := Observation{Head: head}
	switch c.Phase {
	case PhaseLive, PhaseSettled, PhaseExpired:
		return o, nil
	case PhaseClosed:
		if head < c.ClaimHeight {
			return o, nil // nothing sent yet
		}
	}
	// The transaction's outcome first: a claim that lands between the two
	// reads is then seen on chain, not as done-but-missing.
	if c.TxID != "" {
		o.Tx = d.txOutcome(ctx, c.TxID)
	}
	st, err := d.cfg.Settlement.Status(ctx, c.SessionID, c.Key.Supplier)
	if err != nil {
		return o, fmt.Errorf("mining: reading the claim on chain: %w", err)
	}
	o.OnChain = st
	if c.Phase == PhaseClaimed && head > c.Windows.ProofOpen {
		o.ProofKnown, o.ProofRequired, o.ProofPath, err = d.cfg.Settlement.ProofRequirement(ctx, c.Key)
		if err != nil {
			return o, fmt.Errorf("mining: reading the proof requirement: %w", err)
		}
	}
	return o, nil
}

func (d *Driver) txOutcome(ctx context.Context, id string) TxOutcome {
	st, err := d.cfg.Tx.Status(ctx, id)
	if err != nil {
		return TxUnknown // the relayer is down or slow: windows decide
	}
	switch st.Status {
	case txrelay.StatusConfirmed:
		return TxDone
	case txrelay.StatusFailed, txrelay.StatusReverted:
		return TxFailed
	}
	return TxPending
}

// act does what Step asked and returns the claim with the outcome applied.
// On error the claim is returned as Step left it: the action is retried at
// the next block.
func (d *Driver) act(ctx context.Context, c Claim, a Action) (Claim, error) {
	switch a {
	case ActClose:
		r, err := d.cfg.Miner.closeTree(c.Key)
		if err != nil {
			return c, err
		}
		return Closed(c, r), nil
	case ActSubmitClaim, ActSubmitProof, ActSubmitSettle:
		data, err := d.calldata(ctx, c, a)
		if err != nil {
			d.cfg.Metrics.Failed.WithLabelValues(stepName(a)).Inc()
			return c, err
		}
		acc, err := d.cfg.Tx.Submit(ctx, txrelay.TxRequest{
			To: d.cfg.Settlement.Address().Hex(), Data: hexutil.Encode(data), Signer: c.Key.Supplier.Hex(), IdempotencyKey: IdempotencyKey(c, a),
		})
		if err != nil {
			d.cfg.Metrics.Failed.WithLabelValues(stepName(a)).Inc()
			return c, fmt.Errorf("mining: submitting the %s: %w", stepName(a), err)
		}
		d.cfg.Metrics.Submitted.WithLabelValues(stepName(a)).Inc()
		return Submitted(c, a, acc.ID), nil
	case ActDeleteTree:
		if err := d.cfg.Miner.deleteTree(ctx, c.Key); err != nil {
			return c, err
		}
		switch {
		case c.Phase == PhaseSettled:
			d.cfg.Metrics.Settled.Inc()
			if paid, err := d.cfg.Settlement.Paid(ctx, c.SessionID, c.Key.Supplier, c.Windows.ProofClose); err != nil {
				d.cfg.Log.Warn("mining: settled, but the amount paid is not readable", "session", c.Key.String(), "err", err)
			} else {
				c.Paid = paid.String()
				f, _ := new(big.Float).Quo(new(big.Float).SetInt(paid), big.NewFloat(1e18)).Float64()
				d.cfg.Metrics.Rewards.Add(f)
				d.cfg.Log.Info("mining: paid", "session", c.Key.String(), "amount", paid.String(), "relays", c.Root.Count)
			}
		case c.Root.Count > 0:
			d.cfg.Metrics.Lost.WithLabelValues(lossReason(c.Reason)).Inc()
			d.cfg.Log.Warn("mining: a claim ended without payment", "session", c.Key.String(), "relays", c.Root.Count,
				"compute_units", c.Root.Sum, "reason", c.Reason)
		}
		return TreeGone(c), nil
	}
	return c, nil
}

func (d *Driver) calldata(ctx context.Context, c Claim, a Action) ([]byte, error) {
	switch a {
	case ActSubmitClaim:
		return d.cfg.Settlement.ClaimData(c.Key, c.Root)
	case ActSubmitSettle:
		return d.cfg.Settlement.SettleData(c.Key)
	}
	t := d.cfg.Miner.treeOf(c.Key)
	if t == nil {
		return nil, fmt.Errorf("mining: no tree for %s to prove", c.Key)
	}
	p, err := t.proveClosest(c.ProofPath)
	if err != nil {
		return nil, err
	}
	record, err := d.recordAt(ctx, c.Key, common.BytesToHash(p.ClosestPath))
	if err != nil {
		return nil, err
	}
	// Check the proof with the contract's own rules before paying gas for
	// it: a tree that does not match its claimed root shows here.
	cp, err := protocol.EncodeClosestProof(p)
	if err != nil {
		return nil, fmt.Errorf("mining: encoding the proof of %s: %w", c.Key, err)
	}
	root := protocol.TrieNode{Hash: c.Root.Hash, Sum: c.Root.Sum, Count: c.Root.Count}
	if err := protocol.VerifyClosestProof(root, c.ProofPath, cp); err != nil {
		d.cfg.Metrics.Lost.WithLabelValues("proof does not verify").Inc()
		return nil, fmt.Errorf("mining: the proof of %s does not verify against the claimed root: %w", c.Key, err)
	}
	if crypto.Keccak256Hash(record) != cp.LeafValueHash {
		return nil, fmt.Errorf("mining: the logged relay of %s does not match the proven leaf", c.Key)
	}
	return d.cfg.Settlement.ProofData(c.Key, record, p)
}

// errFound stops a log scan early.
var errFound = errors.New("found")

// recordAt finds the logged relay whose leaf path (keccak256 of its key) is path.
func (d *Driver) recordAt(ctx context.Context, k store.SessionKey, path common.Hash) ([]byte, error) {
	var record []byte
	err := d.cfg.Miner.log.Scan(ctx, k, func(e store.Entry) error {
		if protocol.TriePath(e.Key) == path {
			record = e.Record
			return errFound
		}
		return nil
	})
	if err != nil && !errors.Is(err, errFound) {
		return nil, fmt.Errorf("mining: finding the proven relay in the log: %w", err)
	}
	if record == nil {
		return nil, fmt.Errorf("mining: the proven leaf %s of %s is not in the log", path.Hex(), k)
	}
	return record, nil
}

func (d *Driver) logChange(from, to Claim) {
	if from.Phase == to.Phase && from.TxID == to.TxID {
		return
	}
	args := []any{"session", to.Key.String(), "phase", string(to.Phase)}
	if to.TxID != "" {
		args = append(args, "tx", to.TxID)
	}
	if to.Reason != "" {
		args = append(args, "reason", to.Reason)
	}
	if to.Phase == PhaseClosed && from.Phase == PhaseLive {
		args = append(args, "relays", to.Root.Count, "compute_units", to.Root.Sum, "claim_height", to.ClaimHeight)
	}
	d.cfg.Log.Info("mining: claim", args...)
}

func stepName(a Action) string {
	switch a {
	case ActSubmitClaim:
		return "claim"
	case ActSubmitProof:
		return "proof"
	case ActSubmitSettle:
		return "settle"
	}
	return a.String()
}

// lossReason maps an expiry reason to a short metric label.
func lossReason(reason string) string {
	for _, r := range []struct{ in, label string }{
		{"claim window closed", "claim not accepted"},
		{"claim did not land", "claim window missed"},
		{"vanished", "claim reorged out"},
		{"proof did not land", "proof window missed"},
		{"slashed", "slashed"},
	} {
		if strings.Contains(reason, r.in) {
			return r.label
		}
	}
	return "other"
}
