package e2e

import (
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/mining"
	"github.com/relaynode/relaynode/internal/protocol"
)

// tokenBalance reads token.balanceOf(who) from the devnet.
func (n *relayNet) tokenBalance(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	data := append(hexutil.MustDecode("0x70a08231"), common.LeftPadBytes(who[:], 32)...)
	var out hexutil.Bytes
	rpcCall(t, n.rpc, "eth_call", &out, map[string]string{"to": n.token.Hex(), "data": hexutil.Encode(data)}, "latest")
	return new(big.Int).SetBytes(out)
}

// sessions reads the node's /v1/sessions from its admin server.
func (n *relayNet) sessions(t testing.TB) []mining.SessionView {
	t.Helper()
	url := strings.TrimSuffix(n.metrics, "/metrics") + "/v1/sessions"
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("sessions: %v", err)
	}
	defer resp.Body.Close()
	var body struct {
		Sessions []mining.SessionView `json:"sessions"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&body) != nil {
		t.Fatalf("sessions: %s", resp.Status)
	}
	return body.Sessions
}

// waitSettled waits until every session the node tracks has ended, and
// fails unless each one was paid.
func (n *relayNet) waitSettled(t testing.TB, timeout time.Duration) []mining.SessionView {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ss := n.sessions(t)
		done := len(ss) > 0
		for _, s := range ss {
			if !s.Phase.Final() {
				done = false
			}
		}
		if done {
			for _, s := range ss {
				if s.Phase != mining.PhaseSettled {
					t.Fatalf("session %d ended %s: %s", s.SessionStart, s.Phase, s.Reason)
				}
			}
			return ss
		}
		if time.Now().After(deadline) {
			t.Fatalf("sessions not settled after %s: %+v", timeout, ss)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestRelaysArePaidEndToEnd: relays sent through the gateway are mined,
// claimed, proven (a proof is always required here) and settled, and the
// supplier's token balance rises by exactly the reward the protocol
// computes from the relays it served.
func TestRelaysArePaidEndToEnd(t *testing.T) {
	n := startRelayNet(t, netOpts{args: []string{"--protocol.proof-requirement-threshold", "1"}})
	supplier := devAddr(devSupplier)
	before := n.tokenBalance(t, supplier)
	const relays = 25
	for range relays {
		var h hexutil.Uint64
		rpcCall(t, n.gateway, "eth_blockNumber", &h) // through the gateway, a signed relay to the node
	}
	ss := n.waitSettled(t, 60*time.Second)
	var units uint64
	for _, s := range ss {
		units += s.ComputeUnits
		if !s.ProofRequired || !s.TreeDeleted || s.Root == "" {
			t.Fatalf("session %+v: want a required proof, a root and the tree deleted", s)
		}
	}
	if units != relays { // the demo service costs 1 compute unit per relay
		t.Fatalf("claimed %d compute units for %d relays", units, relays)
	}
	// The reward: every relay mined (the demo target is the maximum), the
	// budget (stake 1000 / 1 supplier / pending sessions) far above it.
	d := config.Default()
	params := protocol.Params{BlocksPerSession: n.n, GracePeriodBlocks: testGrace, ClaimWindowBlocks: testClaim, ProofWindowBlocks: testProof}
	budget := protocol.RelayBudget(d.Demo.Stake.Base(), 1, params)
	maxTarget := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	want := new(big.Int)
	for _, s := range ss {
		want.Add(want, protocol.Reward(s.ComputeUnits, d.Protocol.TokensPerComputeUnit.Base(), maxTarget, budget))
	}
	got := new(big.Int).Sub(n.tokenBalance(t, supplier), before)
	if got.Cmp(want) != 0 || want.Sign() == 0 {
		t.Fatalf("the supplier received %s, want %s (%d compute units in %d sessions)", got, want, units, len(ss))
	}
	t.Logf("%d relays in %d session(s): supplier paid %s, proofs accepted", relays, len(ss), got)
	checkNoCrash(t, n.p, "up")
}
