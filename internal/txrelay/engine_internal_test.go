package txrelay

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/chain/devnet/devnettest"
)

// TestUnrecordedTransactionsAreNeverSent makes the ledger refuse writes
// while requests wait for a signer: the engine signs them, cannot record
// them, and must then neither send them nor keep their nonces. Once the
// ledger is writable again they are signed anew and land with contiguous
// nonces from 0.
func TestUnrecordedTransactionsAreNeverSent(t *testing.T) {
	d := devnettest.Start(t, func(c *devnet.Config) { c.BlockPeriod = 50 * time.Millisecond })
	ctx := context.Background()
	c, err := chain.NewClient(ctx, d.RPCClient(), "devnet", 10*time.Second, devnet.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rc, err := NewRPCChain([]*chain.Client{c}, 100000, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tx.db")
	l, err := OpenLedger(ctx, path) // the engine's; made read-only below
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	intake, err := OpenLedger(ctx, path) // another connection, as the intake
	if err != nil {
		t.Fatal(err)
	}
	defer intake.Close()
	key := devnet.DevKey(4)
	signer := crypto.PubkeyToAddress(key.PublicKey)
	var reqs []*Request
	for i := range 3 {
		reqs = append(reqs, &Request{IdemKey: string(rune('a' + i)), Token: "t", Kind: "api",
			Target: common.Address{0x11}, Data: []byte{}, Value: big.NewInt(1), GasLimit: 21000})
	}
	e, err := NewEngine(ctx, EngineConfig{Chain: rc, Ledger: l, Signers: []*ecdsa.PrivateKey{key}, MaxInFlight: 8, Confirmations: 1, BumpAfter: 3,
		Fees:       FeePolicy{BumpPercent: 15, MaxFeeCap: big.NewInt(500 * params.GWei)},
		MinBalance: big.NewInt(1), PollInterval: 10 * time.Millisecond, Decoder: chain.NewRevertDecoder()})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown(ctx)

	if _, err := l.db.ExecContext(ctx, `PRAGMA query_only = ON`); err != nil {
		t.Fatal(err)
	}
	if _, err := intake.Insert(ctx, reqs, time.Now()); err != nil {
		t.Fatal(err)
	}
	e.Enqueue(reqs)
	time.Sleep(300 * time.Millisecond) // several steps, each failing to record
	if n, err := c.PendingNonceAt(ctx, signer); err != nil || n != 0 {
		t.Fatalf("unrecorded transactions reached the chain: pending nonce %d (%v)", n, err)
	}
	if got := e.Signers()[0]; got.InFlight != 0 || got.NextNonce != 0 {
		t.Fatalf("signer after failed recording: %+v; want nothing in flight, next nonce 0", got)
	}
	if e.QueueDepth() != 3 {
		t.Fatalf("queue depth %d; want the 3 requests waiting", e.QueueDepth())
	}

	if _, err := l.db.ExecContext(ctx, `PRAGMA query_only = OFF`); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for _, r := range reqs {
		for {
			got, _, err := l.Get(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status == StatusConfirmed {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %s %s", r.ID, got.Status, got.Reason)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	if n, err := c.NonceAt(ctx, signer, nil); err != nil || n != 3 {
		t.Fatalf("on chain nonce %d (%v); want 3: each request once, nonces 0-2", n, err)
	}
}
