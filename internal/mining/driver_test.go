package mining

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore/simplemap"
	"golang.org/x/crypto/sha3"

	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/txrelay"
)

// fakeChain is the settlement contract and the transaction relayer in one:
// an accepted transaction lands at the next block unless told otherwise.
type fakeChain struct {
	t        *testing.T
	head     uint64
	status   map[common.Hash]OnChain
	txs      map[string]*fakeTx
	byKey    map[string]string
	down     func(head uint64) bool // the relayer refuses submissions
	revert   func(step string) bool // the transaction reverts
	path     common.Hash
	required bool
	sent     []string // "claim@115", …
	root     Root     // the last claimed root
}

type fakeTx struct {
	step    string
	session common.Hash
	at      uint64
	landed  bool
	failed  bool
}

func newFakeChain(t *testing.T) *fakeChain {
	return &fakeChain{t: t, status: map[common.Hash]OnChain{}, txs: map[string]*fakeTx{}, byKey: map[string]string{},
		down: func(uint64) bool { return false }, revert: func(string) bool { return false }, required: true,
		path: common.HexToHash("0x5151")}
}

// advance mines block head: transactions sent before it land.
func (f *fakeChain) advance(head uint64) {
	f.head = head
	for _, tx := range f.txs {
		if tx.landed || tx.failed || tx.at >= head {
			continue
		}
		if f.revert(tx.step) {
			tx.failed = true
			continue
		}
		tx.landed = true
		switch tx.step {
		case "claim":
			f.status[tx.session] = OnChainClaimed
		case "proof":
			f.status[tx.session] = OnChainProven
		case "settle":
			f.status[tx.session] = OnChainSettled
		}
	}
}

func (f *fakeChain) Address() common.Address { return common.HexToAddress("0x5e771e") }

func (f *fakeChain) Status(_ context.Context, id common.Hash, _ common.Address) (OnChain, error) {
	return f.status[id], nil
}

func (f *fakeChain) ProofRequirement(context.Context, store.SessionKey) (bool, bool, common.Hash, error) {
	return true, f.required, f.path, nil
}

func (f *fakeChain) ClaimData(k store.SessionKey, r Root) ([]byte, error) {
	f.root = r
	return []byte(fmt.Sprintf("claim|%d|%x", r.Count, r.Hash)), nil
}

// ProofData checks the proof against the claimed root with the contract's
// rules, and that the record is the proven leaf's value.
func (f *fakeChain) ProofData(k store.SessionKey, record []byte, p *smt.SparseMerkleClosestProof) ([]byte, error) {
	cp, err := protocol.EncodeClosestProof(p)
	if err != nil {
		f.t.Errorf("encoding the proof: %v", err)
		return nil, err
	}
	root := protocol.TrieNode{Hash: f.root.Hash, Sum: f.root.Sum, Count: f.root.Count}
	if err := protocol.VerifyClosestProof(root, f.path, cp); err != nil {
		f.t.Errorf("the proof does not verify: %v", err)
	}
	if cp.LeafValueHash != crypto.Keccak256Hash(record) {
		f.t.Errorf("the record sent is not the proven leaf's value")
	}
	return []byte("proof|" + hexutil.Encode(record)), nil
}

func (f *fakeChain) SettleData(store.SessionKey) ([]byte, error) { return []byte("settle|"), nil }

func (f *fakeChain) Paid(context.Context, common.Hash, common.Address, uint64) (*big.Int, error) {
	return big.NewInt(12345), nil
}

func (f *fakeChain) Submit(_ context.Context, req txrelay.TxRequest) (txrelay.TxAccepted, error) {
	if f.down(f.head) {
		return txrelay.TxAccepted{}, errors.New("connection refused")
	}
	if id, ok := f.byKey[req.IdempotencyKey]; ok {
		return txrelay.TxAccepted{ID: id, Duplicate: true}, nil
	}
	data, _ := hexutil.Decode(req.Data)
	step := string(data[:bytes.IndexByte(data, '|')])
	id := fmt.Sprintf("tx_%d", len(f.txs))
	parts := strings.Split(req.IdempotencyKey, ":") // relaynode:<step>:<supplier>:<session id>:<attempt>
	session := common.HexToHash(parts[3])
	f.txs[id] = &fakeTx{step: step, session: session, at: f.head}
	f.byKey[req.IdempotencyKey] = id
	f.sent = append(f.sent, fmt.Sprintf("%s@%d", step, f.head))
	return txrelay.TxAccepted{ID: id}, nil
}

func (f *fakeChain) TxStatus(_ context.Context, id string) (txrelay.TxStatus, error) {
	tx := f.txs[id]
	switch {
	case tx == nil:
		return txrelay.TxStatus{}, errors.New("unknown")
	case tx.failed:
		return txrelay.TxStatus{ID: id, Status: txrelay.StatusReverted}, nil
	case tx.landed:
		return txrelay.TxStatus{ID: id, Status: txrelay.StatusConfirmed}, nil
	}
	return txrelay.TxStatus{ID: id, Status: txrelay.StatusBroadcast}, nil
}

// txSide adapts fakeChain to TxSender (its Status name is taken by Settlement).
type txSide struct{ f *fakeChain }

func (s txSide) Submit(ctx context.Context, req txrelay.TxRequest) (txrelay.TxAccepted, error) {
	return s.f.Submit(ctx, req)
}
func (s txSide) Status(ctx context.Context, id string) (txrelay.TxStatus, error) {
	return s.f.TxStatus(ctx, id)
}

func newTestDriver(r *minerRig, f *fakeChain) *Driver {
	return NewDriver(DriverConfig{Miner: r.m, Claims: r.claims, Settlement: f, Tx: txSide{f}, Metrics: r.m.metrics,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
}

// run ticks the driver over heads [from, to].
func run(t *testing.T, d *Driver, f *fakeChain, from, to uint64) {
	t.Helper()
	for h := from; h <= to; h++ {
		f.advance(h)
		if err := d.Tick(context.Background(), h); err != nil {
			t.Logf("head %d: %v", h, err)
		}
	}
}

func addRelays(t *testing.T, m *Miner, start uint64, n int) {
	t.Helper()
	for i := range n {
		if err := m.Add(context.Background(), servedRelay(start, uint64(i), 1)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDriverClaimsProvesAndSettles(t *testing.T) {
	ctx := context.Background()
	r := newMinerRig(t, t.TempDir())
	f := newFakeChain(t)
	d := newTestDriver(r, f)
	addRelays(t, r.m, 100, 50)
	run(t, d, f, 100, 130)
	k := store.SessionKey{Application: testApp, Service: testService, SessionStart: 100, Supplier: testSupplier}
	c, err := r.claims.Get(ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	if c.Phase != PhaseSettled || !c.TreeDeleted || c.Root.Count != 50 || c.Paid != "12345" {
		t.Fatalf("claim %+v", c)
	}
	want := []string{fmt.Sprintf("claim@%d", c.ClaimHeight), "proof@119", "settle@122"}
	if fmt.Sprint(f.sent) != fmt.Sprint(want) {
		t.Fatalf("sent %v, want %v", f.sent, want)
	}
	if n, _ := r.log.Count(ctx, k); n != 0 {
		t.Fatalf("%d relays still logged after settlement", n)
	}
	// The proof's leaf is a relay of the tree, found in the log: check it
	// against a raw trie of the same relays.
	raw := smt.NewSparseMerkleSumTrie(simplemap.NewSimpleMap(), sha3.NewLegacyKeccak256())
	for i := range 50 {
		sr := servedRelay(100, uint64(i), 1)
		raw.Update(sr.Key[:], sr.Relay.Encode(), 1)
	}
	if got, _ := parseRoot(raw.Root()); got != c.Root {
		t.Fatalf("claimed root %+v, raw %+v", c.Root, got)
	}
}

func TestDriverClaimLandsAfterARelayerOutage(t *testing.T) {
	ctx := context.Background()
	r := newMinerRig(t, t.TempDir())
	f := newFakeChain(t)
	f.required = false
	w := testWindows()
	half := w.ClaimOpen + (w.ClaimClose-w.ClaimOpen)/2
	f.down = func(h uint64) bool { return h < half } // down for the first half of the claim window
	d := newTestDriver(r, f)
	addRelays(t, r.m, 100, 10)
	run(t, d, f, 100, 130)
	c, _ := r.claims.Get(ctx, store.SessionKey{Application: testApp, Service: testService, SessionStart: 100, Supplier: testSupplier})
	if c.Phase != PhaseSettled {
		t.Fatalf("claim %+v (sent %v)", c, f.sent)
	}
	if f.sent[0] != fmt.Sprintf("claim@%d", half) {
		t.Fatalf("sent %v, want the claim at %d", f.sent, half)
	}
}

func TestDriverResendsARevertedClaimAndResumesAfterARestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	r := newMinerRig(t, dir)
	f := newFakeChain(t)
	reverted := 0
	f.revert = func(step string) bool {
		if step == "claim" && reverted == 0 {
			reverted++
			return true
		}
		return false
	}
	d := newTestDriver(r, f)
	addRelays(t, r.m, 100, 20)
	run(t, d, f, 100, 115)
	// Restart the node: a new miner and driver over the same files.
	r.close()
	r = newMinerRig(t, dir)
	if _, err := r.m.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	d = newTestDriver(r, f)
	run(t, d, f, 116, 130)
	c, _ := r.claims.Get(ctx, store.SessionKey{Application: testApp, Service: testService, SessionStart: 100, Supplier: testSupplier})
	if c.Phase != PhaseSettled || len(f.sent) != 4 || f.sent[0][:5] != "claim" || f.sent[1][:5] != "claim" {
		t.Fatalf("claim %+v, sent %v", c, f.sent)
	}
}
