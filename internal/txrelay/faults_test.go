package txrelay_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/txrelay"
)

var dest = common.HexToAddress("0x00000000000000000000000000000000000d0d0d")

func (r *rig) transfers(n int, prefix string) []string {
	var ids []string
	for i := range n {
		ids = append(ids, r.submit(txrelay.TxRequest{To: dest.Hex(), Value: "1", IdempotencyKey: fmt.Sprintf("%s%d", prefix, i)}).ID)
	}
	return ids
}

func (r *rig) destBalance() int64 {
	b, err := r.c.BalanceAt(context.Background(), dest, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return b.Int64()
}

// TestWithheldTransactionsAreRepriced: the chain leaves out transactions
// whose tip is too low; the relayer re-prices them (>= +10% on both fee
// fields each time) until they are included, and the bumps show.
func TestWithheldTransactionsAreRepriced(t *testing.T) {
	r := newRig(t, 50*time.Millisecond, func(c *txrelay.Config) { c.BumpAfter = 2 })
	// The devnet suggests a tip of 1 wei; leave out everything below 10 wei,
	// several re-pricings away.
	r.d.SetMinTip(big.NewInt(10))
	ids := r.transfers(8, "stuck")
	time.Sleep(500 * time.Millisecond)
	if r.destBalance() != 0 {
		t.Fatal("the devnet did not withhold the cheap transactions")
	}
	final := r.waitFinal(ids, 60*time.Second)
	for _, st := range final {
		if st.Status != txrelay.StatusConfirmed || st.Bumps == 0 {
			t.Fatalf("%s: %s after %d bumps", st.ID, st.Status, st.Bumps)
		}
		if !strings.Contains(eventsText(st), "re-priced") {
			t.Fatalf("%s: the bumps do not show in its events: %v", st.ID, st.Events)
		}
	}
	if r.destBalance() != 8 {
		t.Fatalf("landed %d of 8", r.destBalance())
	}
}

func eventsText(st txrelay.TxStatus) string {
	var b strings.Builder
	for _, e := range st.Events {
		b.WriteString(string(e.Status) + ": " + e.Detail + "\n")
	}
	return b.String()
}

// TestDroppedTransactionsAreSentAgain: the node silently forgets pending
// transactions; the relayer notices and re-sends them with their nonces.
func TestDroppedTransactionsAreSentAgain(t *testing.T) {
	r := newRig(t, 0)
	var committing atomic.Bool
	committing.Store(true)
	stop := r.commitEvery(30*time.Millisecond, &committing)
	defer stop()
	committing.Store(false)
	ids := r.transfers(20, "drop")
	deadline := time.Now().Add(10 * time.Second)
	for r.signedCount(ids) < 20 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // let them reach the pool
	r.d.DropPending()
	committing.Store(true)
	final := r.waitFinal(ids, 60*time.Second)
	if countConfirmedWith(t, final, "dropped") == 0 {
		t.Fatal("no request shows a re-send after the drop")
	}
	if r.destBalance() != 20 {
		t.Fatalf("landed %d of 20", r.destBalance())
	}
}

func (r *rig) signedCount(ids []string) int {
	n := 0
	for _, id := range ids {
		if st := r.status(id); st.Status != txrelay.StatusQueued && st.Status != txrelay.StatusSigned {
			n++
		}
	}
	return n
}

// commitEvery seals a block every d while on is true.
func (r *rig) commitEvery(d time.Duration, on *atomic.Bool) func() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if on.Load() {
					r.d.Commit()
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// TestReorgedTransactionsLandAgain: blocks holding our transactions are
// replaced before the confirmation depth; the relayer sees it, tracks them
// into their new blocks and confirms them once.
func TestReorgedTransactionsLandAgain(t *testing.T) {
	r := newRig(t, 0, func(c *txrelay.Config) { c.Confirmations = 4 })
	ids := r.transfers(10, "reorg")
	deadline := time.Now().Add(10 * time.Second)
	for r.signedCount(ids) < 10 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	before := r.d.Head()
	if _, err := r.d.Commit(); err != nil { // the transactions land in before+1
		t.Fatal(err)
	}
	deadline = time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && r.status(ids[0]).Status != txrelay.StatusIncluded {
		time.Sleep(20 * time.Millisecond)
	}
	if err := r.d.Rewind(before); err != nil {
		t.Fatal(err)
	}
	var on atomic.Bool
	on.Store(true)
	stop := r.commitEvery(40*time.Millisecond, &on)
	defer stop()
	final := r.waitFinal(ids, 60*time.Second)
	if countConfirmedWith(t, final, "reorged") == 0 {
		t.Fatal("no request noticed the reorg")
	}
	if r.destBalance() != 10 {
		t.Fatalf("landed %d of 10", r.destBalance())
	}
}

// TestRestartResumesWithTheSameTransactions stops the relayer with work in
// every state and starts a new one on the same ledger.
func TestRestartResumesWithTheSameTransactions(t *testing.T) {
	r := newRig(t, 100*time.Millisecond)
	ids := r.transfers(60, "restart")
	time.Sleep(150 * time.Millisecond)
	if err := r.rl.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	r.start()
	ids = append(ids, r.transfers(20, "after")...)
	final := r.waitFinal(ids, 60*time.Second)
	for _, st := range final {
		if st.Status != txrelay.StatusConfirmed {
			t.Fatalf("%s: %s", st.ID, st.Status)
		}
	}
	if r.destBalance() != 80 {
		t.Fatalf("landed %d of 80", r.destBalance())
	}
}

// TestRevertsAreDecoded: a call that reverts at estimation fails without a
// nonce; one sent with a gas limit reverts on chain and its custom error is
// decoded.
func TestRevertsAreDecoded(t *testing.T) {
	r := newRig(t, 50*time.Millisecond)
	cs, err := chain.DeployContracts(context.Background(), chain.NewTransactor(r.c, devnet.DevKey(0), chain.NewRevertDecoder(), 20*time.Millisecond),
		filepath.Join(r.dir, "deploy.json"), protocolParams())
	if err != nil {
		t.Fatal(err)
	}
	svc := protocol.MustParseServiceID("eth")
	args := []json.RawMessage{json.RawMessage(`"1"`), json.RawMessage(`["0x` + common.Bytes2Hex(svc[:]) + `"]`)}
	failed := r.submit(txrelay.TxRequest{To: cs.Registry.Hex(), Method: "stakeApplication(uint256,bytes32[])", Args: args})
	reverted := r.submit(txrelay.TxRequest{To: cs.Registry.Hex(), Method: "stakeApplication(uint256,bytes32[])", Args: args, GasLimit: 300_000})
	final := r.waitFinal([]string{failed.ID, reverted.ID}, 30*time.Second)
	f, v := final[failed.ID], final[reverted.ID]
	if f.Status != txrelay.StatusFailed || f.Nonce != nil || !strings.Contains(f.Reason, "BelowMinimumStake") {
		t.Fatalf("estimation revert: %+v", f)
	}
	if v.Status != txrelay.StatusReverted || v.Nonce == nil || !strings.Contains(v.Reason, "BelowMinimumStake") {
		t.Fatalf("on-chain revert: %+v", v)
	}
}

func protocolParams() protocol.Params {
	return protocol.Params{
		BlocksPerSession: 10, GracePeriodBlocks: 2, ClaimWindowBlocks: 4, ProofWindowBlocks: 4,
		SuppliersPerSession: 8, UnbondingBlocks: 40, ProofProbabilityPpm: 250_000,
		ProofRequirementThreshold: big.NewInt(1_000_000), TokensPerComputeUnit: big.NewInt(1e12),
		MinApplicationStake: big.NewInt(100), MinGatewayStake: big.NewInt(100), MinSupplierStake: big.NewInt(100),
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestLowBalanceSignerIsExcluded: a signer that cannot pay takes no work,
// shows in /health and in the metric; the others carry the load.
func TestLowBalanceSignerIsExcluded(t *testing.T) {
	poor := mustKey(t)
	r := newRig(t, 50*time.Millisecond, func(c *txrelay.Config) { c.Signers = append(c.Signers[:1], poor) })
	ids := r.transfers(10, "poor")
	final := r.waitFinal(ids, 30*time.Second)
	for _, st := range final {
		if st.Status != txrelay.StatusConfirmed || st.Signer == crypto.PubkeyToAddress(poor.PublicKey).Hex() {
			t.Fatalf("%+v", st)
		}
	}
	code, body := r.do(http.MethodGet, "/health", "", nil)
	var h txrelay.Health
	json.Unmarshal(body, &h)
	if code != http.StatusServiceUnavailable || h.Funded || !h.Signers[1].Excluded || h.Chain != "ok" || h.Ledger != "ok" {
		t.Fatalf("health with an unfunded signer: %d %s", code, body)
	}
}

// countConfirmedWith fails the test unless every request is confirmed, and
// returns how many have an event mentioning word.
func countConfirmedWith(t *testing.T, final map[string]txrelay.TxStatus, word string) int {
	t.Helper()
	n := 0
	for _, st := range final {
		if st.Status != txrelay.StatusConfirmed {
			t.Fatalf("%s: %s", st.ID, st.Status)
		}
		if strings.Contains(eventsText(st), word) {
			n++
		}
	}
	return n
}
