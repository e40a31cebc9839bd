package mining

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"math/big"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
)

var (
	testApp      = common.HexToAddress("0x00000000000000000000000000000000000a0001")
	testSupplier = common.HexToAddress("0x00000000000000000000000000000000000b0001")
	testService  = protocol.ServiceID{'e', 't', 'h'}
	maxTarget    = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	testParams   = protocol.Params{BlocksPerSession: 10, GracePeriodBlocks: 2, ClaimWindowBlocks: 6, ProofWindowBlocks: 4}
)

// fakeSessions answers every session with testParams.
type fakeSessions struct{}

func (fakeSessions) Session(_ context.Context, app common.Address, service protocol.ServiceID, start uint64) (*chain.SessionInfo, error) {
	return chain.NewSessionInfo(chain.Session{Application: app, Service: service, Start: start, End: start + testParams.BlocksPerSession,
		Suppliers: []common.Address{testSupplier}, Params: testParams}, 1, maxTarget, big.NewInt(1)), nil
}

// minerRig is a miner on a real Pebble log and a real SQLite claim store in dir.
type minerRig struct {
	t      testing.TB
	dir    string
	log    *store.PebbleLog
	claims *Claims
	m      *Miner
}

func newMinerRig(t testing.TB, dir string) *minerRig {
	t.Helper()
	l, err := store.OpenLog(filepath.Join(dir, "mining"), store.LogOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cl, err := OpenClaims(context.Background(), filepath.Join(dir, "mining.db"))
	if err != nil {
		t.Fatal(err)
	}
	r := &minerRig{t: t, dir: dir, log: l, claims: cl, m: NewMiner(l, cl, fakeSessions{}, NewMetrics(nil), slog.New(slog.NewTextHandler(io.Discard, nil)))}
	t.Cleanup(r.close)
	return r
}

func (r *minerRig) close() {
	r.m.Close()
	r.log.Close()
	r.claims.Close()
}

// servedRelay makes a relay of session start with nonce n and the given weight.
func servedRelay(start, n uint64, calls uint32) relay.ServedRelay {
	h := protocol.RelayHeader{Application: testApp, Service: testService, SessionStart: start, Supplier: testSupplier, Nonce: n, Calls: calls}
	key := crypto.Keccak256Hash(big.NewInt(int64(start)).Bytes(), big.NewInt(int64(n)).Bytes())
	return relay.ServedRelay{Relay: protocol.Relay{Header: h}, Key: key, SessionID: common.BigToHash(big.NewInt(int64(start))),
		ComputeUnits: uint64(calls), Target: maxTarget}
}

func TestMinerCountsEachRelayOnceAndSurvivesARestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	r := newMinerRig(t, dir)
	// 200 relays from 8 goroutines, each relay added twice.
	var wg sync.WaitGroup
	errs := make(chan error, 400)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				n := uint64((g*25 + i) % 200)
				errs <- r.m.Add(ctx, servedRelay(100, n, 2))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	k := store.SessionKey{Application: testApp, Service: testService, SessionStart: 100, Supplier: testSupplier}
	if n, _ := r.log.Count(ctx, k); n != 200 {
		t.Fatalf("logged %d relays, want 200", n)
	}
	// A relay below the target is served but not mined.
	low := servedRelay(100, 999, 1)
	low.Target = big.NewInt(1)
	if err := r.m.Add(ctx, low); err != nil {
		t.Fatal(err)
	}

	// The expected root: a raw trie over the same 200 relays.
	raw := newTrie()
	for n := range uint64(200) {
		sr := servedRelay(100, n, 2)
		if err := raw.Update(sr.Key[:], sr.Relay.Encode(), 2); err != nil {
			t.Fatal(err)
		}
	}
	want, err := parseRoot(raw.Root())
	if err != nil {
		t.Fatal(err)
	}
	if want.Count != 200 || want.Sum != 400 {
		t.Fatalf("raw root %+v", want)
	}

	// Restart before the tree closes: rebuilt from the log, it takes more relays.
	r.close()
	r = newMinerRig(t, dir)
	if n, err := r.m.Recover(ctx); err != nil || n != 200 {
		t.Fatalf("recovered %d relays: %v", n, err)
	}
	if err := r.m.Add(ctx, servedRelay(100, 5, 2)); err != nil { // a duplicate after the restart
		t.Fatal(err)
	}
	got, err := r.m.closeTree(k)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("closed root %+v, want %+v", got, want)
	}
	// Closed: a late relay is refused, not logged.
	if err := r.m.Add(ctx, servedRelay(100, 500, 1)); !errors.Is(err, ErrSessionClosed) {
		t.Fatalf("late relay: %v", err)
	}
	if n, _ := r.log.Count(ctx, k); n != 200 {
		t.Fatalf("logged %d relays after a late one, want 200", n)
	}
	c, err := r.claims.Get(ctx, k)
	if err != nil || c.Phase != PhaseLive || c.ClaimHeight < c.Windows.ClaimOpen {
		t.Fatalf("claim %+v: %v", c, err)
	}
}

// TestCloseWaitsForRelaysInFlight: a relay that was logged before the tree
// closed is in the closed tree (so a tree rebuilt from the log has the
// claimed root), and one that arrives after is refused.
func TestCloseWaitsForRelaysInFlight(t *testing.T) {
	ctx := context.Background()
	r := newMinerRig(t, t.TempDir())
	k := store.SessionKey{Application: testApp, Service: testService, SessionStart: 200, Supplier: testSupplier}
	var wg sync.WaitGroup
	var mu sync.Mutex
	accepted := 0
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 40 {
				err := r.m.Add(ctx, servedRelay(200, uint64(g*1000+i), 1))
				if err == nil {
					mu.Lock()
					accepted++
					mu.Unlock()
				} else if !errors.Is(err, ErrSessionClosed) {
					t.Error(err)
				}
			}
		}()
	}
	for r.m.treeOf(k) == nil {
	}
	root, err := r.m.closeTree(k)
	if err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	logged, _ := r.log.Count(ctx, k)
	if root.Count != uint64(accepted) || logged != uint64(accepted) {
		t.Fatalf("accepted %d, in the closed tree %d, logged %d", accepted, root.Count, logged)
	}
}

// TestSamplingBelowTheMaximumTarget: with a target of a quarter of the key
// space, about a quarter of the relays are mined, and the reward (scaled by
// maxTarget/target) pays for all of the served relays in expectation. The
// keys are digests, so the check is statistical: within 5 standard
// deviations of the expected count (a false failure about once in 3.5
// million runs; the keys are fixed, so the test is deterministic).
func TestSamplingBelowTheMaximumTarget(t *testing.T) {
	ctx := context.Background()
	r := newMinerRig(t, t.TempDir())
	target := new(big.Int).Rsh(maxTarget, 2) // 2^254 - 1: P(mined) = 1/4
	const served = 4000
	for i := range served {
		sr := servedRelay(300, uint64(i), 1)
		sr.Target = target
		if err := r.m.Add(ctx, sr); err != nil {
			t.Fatal(err)
		}
	}
	k := store.SessionKey{Application: testApp, Service: testService, SessionStart: 300, Supplier: testSupplier}
	root, err := r.m.closeTree(k)
	if err != nil {
		t.Fatal(err)
	}
	mean, sd := served*0.25, math.Sqrt(served*0.25*0.75)
	if d := math.Abs(float64(root.Count) - mean); d > 5*sd {
		t.Fatalf("%d of %d relays mined at P=1/4: %.1f standard deviations from %.0f", root.Count, served, d/sd, mean)
	}
	// Each mined relay stands for maxTarget/target ≈ 4 served ones.
	perUnit := big.NewInt(1_000_000)
	reward := protocol.Reward(root.Sum, perUnit, target, maxTarget)
	paidFor := new(big.Int).Quo(reward, perUnit).Int64()
	if d := math.Abs(float64(paidFor) - served); d > 4*5*sd {
		t.Fatalf("the reward pays for %d relays, %d were served", paidFor, served)
	}
	t.Logf("%d of %d mined (expected %.0f ± %.0f); reward pays for %d", root.Count, served, mean, sd, paidFor)
}

// TestClosedTreeIsPersistedOnceAndImportedAfterARestart: a closed tree is
// written to Pebble once, in the background; after a restart it is
// imported (not rebuilt from the log) and still proves against its root;
// deleting it removes its nodes.
func TestClosedTreeIsPersistedOnceAndImportedAfterARestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	r := newMinerRig(t, dir)
	for i := range 300 {
		if err := r.m.Add(ctx, servedRelay(400, uint64(i), 1+uint32(i%3))); err != nil {
			t.Fatal(err)
		}
	}
	k := store.SessionKey{Application: testApp, Service: testService, SessionStart: 400, Supplier: testSupplier}
	root, err := r.m.closeTree(k)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := r.claims.Get(ctx, k)
	if err := r.claims.Put(ctx, Closed(c, root)); err != nil {
		t.Fatal(err)
	}
	r.close() // waits for the persist
	r = newMinerRig(t, dir)
	n, err := r.m.Recover(ctx)
	if err != nil || n != 0 {
		t.Fatalf("recovered by scanning %d relays (%v); want the persisted tree imported", n, err)
	}
	tr := r.m.treeOf(k)
	if tr == nil || !tr.persisted || tr.root != root {
		t.Fatalf("imported tree %+v, want root %+v", tr, root)
	}
	path := common.HexToHash("0x1234")
	p, err := tr.proveClosest(path)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := protocol.EncodeClosestProof(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := protocol.VerifyClosestProof(protocol.TrieNode{Hash: root.Hash, Sum: root.Sum, Count: root.Count}, path, cp); err != nil {
		t.Fatalf("a proof from the imported tree: %v", err)
	}
	if err := r.m.deleteTree(ctx, k); err != nil {
		t.Fatal(err)
	}
	if raw, err := store.PersistedRoot(r.log.DB(), k); err != nil || raw != nil {
		t.Fatalf("persisted root after delete: %x %v", raw, err)
	}
	if n, _ := r.log.Count(ctx, k); n != 0 {
		t.Fatalf("%d relays logged after delete", n)
	}
}

// TestLoggedSpendingIsWhatTheLogProves: the weight the meter restores after
// a crash is the sum over the logged relays of open sessions.
func TestLoggedSpendingIsWhatTheLogProves(t *testing.T) {
	ctx := context.Background()
	r := newMinerRig(t, t.TempDir())
	for i := range 40 {
		if err := r.m.Add(ctx, servedRelay(500, uint64(i), 3)); err != nil {
			t.Fatal(err)
		}
	}
	logged, err := r.m.LoggedSpending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(logged) != 1 || logged[0].Weight != 120 || logged[0].Target.Cmp(maxTarget) != 0 || logged[0].Key.SessionStart != 500 {
		t.Fatalf("logged %+v", logged)
	}
}
