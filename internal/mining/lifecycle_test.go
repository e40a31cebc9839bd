package mining

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
)

func testWindows() protocol.Windows {
	return protocol.SessionWindows(100, protocol.Params{BlocksPerSession: 10, GracePeriodBlocks: 2, ClaimWindowBlocks: 6, ProofWindowBlocks: 4})
}

func testClaim() Claim {
	k := store.SessionKey{Application: common.HexToAddress("0xa"), SessionStart: 100, Supplier: common.HexToAddress("0x5")}
	return NewClaim(k, common.HexToHash("0x1d"), testWindows())
}

// walk applies observations in order and returns the actions asked for.
func walk(t *testing.T, c Claim, steps []Observation, feed func(Claim, Action) Claim) (Claim, []Action) {
	t.Helper()
	var acts []Action
	for _, o := range steps {
		var a Action
		c, a = Step(c, o)
		acts = append(acts, a)
		c = feed(c, a)
	}
	return c, acts
}

// driverFeed answers actions as a healthy driver would.
func driverFeed(c Claim, a Action) Claim {
	switch a {
	case ActClose:
		return Closed(c, Root{Hash: common.HexToHash("0x77"), Sum: 40, Count: 4})
	case ActSubmitClaim, ActSubmitProof, ActSubmitSettle:
		return Submitted(c, a, "tx_"+a.String())
	case ActDeleteTree:
		return TreeGone(c)
	}
	return c
}

func TestLifecycleHappyPathWithProof(t *testing.T) {
	w := testWindows() // session [100,110), grace to 112, claim [112,118), proof [118,122)
	c := testClaim()
	if c.ClaimHeight < w.ClaimOpen || c.ClaimHeight >= w.ClaimOpen+3 {
		t.Fatalf("claim height %d outside the first half of [%d,%d)", c.ClaimHeight, w.ClaimOpen, w.ClaimClose)
	}
	path := common.HexToHash("0xfeed")
	c, acts := walk(t, c, []Observation{
		{Head: 105},
		{Head: 112},
		{Head: c.ClaimHeight},
		{Head: c.ClaimHeight + 1, Tx: TxPending},
		{Head: c.ClaimHeight + 2, Tx: TxDone, OnChain: OnChainClaimed},
		{Head: 118, OnChain: OnChainClaimed},
		{Head: 119, OnChain: OnChainClaimed, ProofKnown: true, ProofRequired: true, ProofPath: path},
		{Head: 120, OnChain: OnChainProven, Tx: TxDone},
		{Head: 122, OnChain: OnChainProven},
		{Head: 123, OnChain: OnChainSettled, Tx: TxDone},
		{Head: 124, OnChain: OnChainSettled},
	}, driverFeed)
	want := []Action{ActNone, ActClose, ActSubmitClaim, ActNone, ActNone, ActNone, ActSubmitProof, ActNone, ActSubmitSettle, ActDeleteTree, ActNone}
	if len(acts) != len(want) {
		t.Fatalf("actions %v", acts)
	}
	for i := range want {
		if acts[i] != want[i] {
			t.Fatalf("step %d: %v, want %v (all: %v)", i, acts[i], want[i], acts)
		}
	}
	if c.Phase != PhaseSettled || !c.TreeDeleted || c.ProofPath != path {
		t.Fatalf("end: %+v", c)
	}
}

func TestLifecycleNoProofRequired(t *testing.T) {
	c := testClaim()
	c, _ = walk(t, c, []Observation{{Head: 112}, {Head: 117}, {Head: 118, OnChain: OnChainClaimed}, {Head: 119, OnChain: OnChainClaimed, ProofKnown: true}}, driverFeed)
	if c.Phase != PhaseProven || c.Reason != "no proof required" {
		t.Fatalf("%+v", c)
	}
}

func TestLifecycleRetriesWithinTheWindow(t *testing.T) {
	c := testClaim()
	c, _ = walk(t, c, []Observation{{Head: 112}}, driverFeed)
	// The relayer is down: the submission fails, the claim stays due.
	for h := c.ClaimHeight; h < c.ClaimHeight+2; h++ {
		var a Action
		c, a = Step(c, Observation{Head: h})
		if a != ActSubmitClaim || c.Phase != PhaseClosed {
			t.Fatalf("head %d: %v %s", h, a, c.Phase)
		}
	}
	key0 := IdempotencyKey(c, ActSubmitClaim)
	c = Submitted(c, ActSubmitClaim, "tx_1")
	// The claim reverts: a new attempt, with a new idempotency key.
	c, a := Step(c, Observation{Head: 115, Tx: TxFailed})
	if a != ActSubmitClaim || c.Attempt != 1 || IdempotencyKey(c, a) == key0 {
		t.Fatalf("after a failed claim: %v %+v", a, c)
	}
	c = Submitted(c, a, "tx_2")
	c, _ = Step(c, Observation{Head: 116, Tx: TxDone, OnChain: OnChainClaimed})
	if c.Phase != PhaseClaimed {
		t.Fatalf("%+v", c)
	}
	// A reorg removes the landed claim while the window is open: sent again.
	c, a = Step(c, Observation{Head: 117, OnChain: OnChainNone})
	if a != ActSubmitClaim || c.Phase != PhaseClosed {
		t.Fatalf("after a reorg: %v %+v", a, c)
	}
}

func TestLifecycleExpiresWhenAWindowCloses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(Claim) Claim
		o     Observation
		want  string
	}{
		{"claim never accepted", func(c Claim) Claim { return Closed(c, Root{Sum: 1, Count: 1}) }, Observation{Head: 118}, "claim window closed"},
		{"claim never landed", func(c Claim) Claim { return Submitted(Closed(c, Root{Sum: 1, Count: 1}), ActSubmitClaim, "x") }, Observation{Head: 118, Tx: TxPending}, "did not land"},
		{"claim reorged out late", func(c Claim) Claim { c.Phase = PhaseClaimed; return c }, Observation{Head: 119}, "vanished"},
		{"proof never landed", func(c Claim) Claim { c.Phase = PhaseProving; return c }, Observation{Head: 122, OnChain: OnChainClaimed}, "proof did not land"},
		{"slashed", func(c Claim) Claim { c.Phase = PhaseSettling; return c }, Observation{Head: 130, OnChain: OnChainSlashed}, "slashed"},
	} {
		c, a := Step(tc.setup(testClaim()), tc.o)
		if c.Phase != PhaseExpired || a != ActDeleteTree || !strings.Contains(c.Reason, tc.want) {
			t.Errorf("%s: %s %v %q", tc.name, c.Phase, a, c.Reason)
		}
	}
	c := Closed(testClaim(), Root{})
	if c.Phase != PhaseExpired {
		t.Fatalf("empty tree: %+v", c)
	}
}

func TestClaimHeightSpreadsAndStays(t *testing.T) {
	w := testWindows()
	seen := map[uint64]bool{}
	for i := range 64 {
		h := ClaimHeight(common.BigToHash(big.NewInt(int64(i))), common.HexToAddress("0x5"), w)
		if h < w.ClaimOpen || h >= w.ClaimOpen+3 {
			t.Fatalf("height %d", h)
		}
		seen[h] = true
	}
	if len(seen) < 2 {
		t.Fatal("claim heights do not spread")
	}
}

// TestLifecycleTrustsTheChain: a claim that landed although its answer was
// lost (or sent before a crash) is taken as claimed, even when the window
// has closed; a claim gone from the chain after its window ends the claim
// instead of settling forever; settlement is not retried without bound.
func TestLifecycleTrustsTheChain(t *testing.T) {
	c := Closed(testClaim(), Root{Sum: 1, Count: 1})
	if next, a := Step(c, Observation{Head: 118, OnChain: OnChainClaimed}); next.Phase != PhaseClaimed || a != ActNone {
		t.Fatalf("landed claim after the window: %s %v", next.Phase, a)
	}
	for _, p := range []Phase{PhaseProven, PhaseSettling} {
		c := testClaim()
		c.Phase = p
		if next, a := Step(c, Observation{Head: 125, OnChain: OnChainNone}); next.Phase != PhaseExpired || a != ActDeleteTree {
			t.Fatalf("%s with no claim on chain: %s %v", p, next.Phase, a)
		}
	}
	c = testClaim()
	c.Phase, c.TxID = PhaseSettling, "tx"
	for range maxSettleAttempts - 1 {
		var a Action
		c, a = Step(c, Observation{Head: 125, OnChain: OnChainProven, Tx: TxFailed})
		if a != ActSubmitSettle {
			t.Fatalf("attempt %d: %v", c.Attempt, a)
		}
		c = Submitted(c, a, "tx")
	}
	if c, _ = Step(c, Observation{Head: 125, OnChain: OnChainProven, Tx: TxFailed}); c.Phase != PhaseExpired {
		t.Fatalf("after %d failed settlements: %s", maxSettleAttempts, c.Phase)
	}
}
