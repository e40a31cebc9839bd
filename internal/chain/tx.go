package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Transactor sends transactions from one key and waits for them. It is meant
// for set-up work (deployment, staking); the node's own traffic goes through
// the transaction relayer. It is safe for concurrent use, but concurrent
// sends from one key race for nonces: serialise them.
type Transactor struct {
	c       *Client
	key     *ecdsa.PrivateKey
	from    common.Address
	decoder *Decoder
	poll    time.Duration
	seal    func() // optional: seals a block now (devnet); nil on real chains
}

// NewTransactor returns a Transactor for key. poll is the receipt polling
// interval (a fraction of the block time).
func NewTransactor(c *Client, key *ecdsa.PrivateKey, decoder *Decoder, poll time.Duration) *Transactor {
	return &Transactor{c: c, key: key, from: crypto.PubkeyToAddress(key.PublicKey), decoder: decoder, poll: poll}
}

// WithSealer returns a copy of t that calls seal after each broadcast, so a
// chain that seals blocks on demand (the devnet) includes the transaction at
// once instead of at its next timed block.
func (t *Transactor) WithSealer(seal func()) *Transactor {
	c := *t
	c.seal = seal
	return &c
}

// From returns the sending address.
func (t *Transactor) From() common.Address { return t.from }

// Client returns the chain client.
func (t *Transactor) Client() *Client { return t.c }

// Opts returns transaction options bound to ctx. Gas and fees are estimated
// by the node; estimation runs the call, so a revert surfaces before sending.
func (t *Transactor) Opts(ctx context.Context) *bind.TransactOpts {
	opts, err := bind.NewKeyedTransactorWithChainID(t.key, t.c.ChainIDValue())
	if err != nil {
		panic(fmt.Sprintf("chain: keyed transactor: %v", err)) // only fails on a nil chain id
	}
	opts.Context = ctx
	return opts
}

// CallOpts returns call options bound to ctx, from this key's address.
func (t *Transactor) CallOpts(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, From: t.from}
}

// Send builds and sends one transaction with send and waits until it is
// mined. A revert (at estimation or on chain) is returned as a *RevertError
// wrapped with what.
func (t *Transactor) Send(ctx context.Context, what string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	tx, err := send(t.Opts(ctx))
	if err != nil {
		return nil, fmt.Errorf("chain: %s: %w", what, t.decoder.Decode(err))
	}
	t.sealNow()
	r, err := t.Wait(ctx, tx)
	if err != nil {
		return r, fmt.Errorf("chain: %s: %w", what, err)
	}
	return r, nil
}

// Wait polls for tx's receipt. A failed transaction is replayed at its block
// to recover the revert reason.
func (t *Transactor) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := WaitReceipt(ctx, t.c, tx.Hash(), t.poll)
	if err != nil {
		return nil, err
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	msg := ethereum.CallMsg{From: t.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	cctx, cancel := t.c.CallContext(ctx)
	defer cancel()
	_, callErr := t.c.CallContract(cctx, msg, r.BlockNumber)
	if callErr != nil {
		return r, t.decoder.Decode(callErr)
	}
	return r, fmt.Errorf("%w: transaction %s failed in block %s (out of gas?)", ErrReverted, tx.Hash().Hex(), r.BlockNumber)
}

func (t *Transactor) sealNow() {
	if t.seal != nil {
		t.seal()
	}
}

// WaitReceipt polls for a receipt until it exists or ctx ends. RPC errors
// while polling are retried; the last one is reported if ctx ends first.
func WaitReceipt(ctx context.Context, c *Client, hash common.Hash, poll time.Duration) (*types.Receipt, error) {
	t := time.NewTicker(poll)
	defer t.Stop()
	var lastErr error
	for {
		cctx, cancel := c.CallContext(ctx)
		r, err := c.TransactionReceipt(cctx, hash)
		cancel()
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return nil, fmt.Errorf("chain: waiting for %s: %w (last RPC error: %w)", hash.Hex(), ctx.Err(), lastErr)
			}
			return nil, fmt.Errorf("chain: waiting for %s: %w", hash.Hex(), ctx.Err())
		case <-t.C:
		}
	}
}
