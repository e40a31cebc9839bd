package e2e

import (
	"encoding/json"
	"io"
	"math/big"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/chain/devnet"
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
	reported := new(big.Int)
	for _, s := range n.sessions(t) {
		p, _ := new(big.Int).SetString(s.Paid, 10)
		if p == nil {
			t.Fatalf("session %d settled without a paid amount", s.SessionStart)
		}
		reported.Add(reported, p)
	}
	if reported.Cmp(got) != 0 {
		t.Fatalf("the node reports %s paid, the chain shows %s", reported, got)
	}
	t.Logf("%d relays in %d session(s): supplier paid %s, proofs accepted", relays, len(ss), got)
	for _, ev := range []string{"Claimed(bytes32,address,address,bytes32,uint64,bytes32,uint64,uint64)", "ProofAccepted(bytes32,address,bytes32)", "Settled(bytes32,address,uint256,uint256)"} {
		t.Logf("gas of the transactions emitting %s: %v", ev[:strings.IndexByte(ev, '(')], n.gasOfEvents(t, ev))
	}
	checkNoCrash(t, n.p, "up")
}

// settlementClaim reads RelaySettlement.claimOf(sessionID, supplier): the
// root count and the status (0 none, 1 claimed, 2 proven, 3 settled, 4 slashed).
func (n *relayNet) settlementClaim(t testing.TB, sessionID common.Hash, supplier common.Address) (count uint64, status uint8) {
	t.Helper()
	sel := crypto.Keccak256([]byte("claimOf(bytes32,address)"))[:4]
	data := append(append(sel, sessionID[:]...), common.LeftPadBytes(supplier[:], 32)...)
	var out hexutil.Bytes
	settlement := common.HexToAddress(field(t, n.banner, "settlement"))
	rpcCall(t, n.rpc, "eth_call", &out, map[string]string{"to": settlement.Hex(), "data": hexutil.Encode(data)}, "latest")
	if len(out) != 5*32 {
		t.Fatalf("claimOf answered %d bytes", len(out))
	}
	return new(big.Int).SetBytes(out[64:96]).Uint64(), out[159]
}

// sendGatewayRelays sends n plain JSON-RPC calls through the gateway.
func (n *relayNet) sendGatewayRelays(t testing.TB, count int) {
	t.Helper()
	for range count {
		var h hexutil.Uint64
		rpcCall(t, n.gateway, "eth_blockNumber", &h)
	}
}

// nextSession waits for the start of the next session and returns it.
func (n *relayNet) nextSession(t testing.TB) uint64 {
	t.Helper()
	s := n.sessionStart(n.head(t)) + n.n
	n.waitHead(t, s)
	return s
}

// TestClaimLandsAfterARelayerOutage: the transaction relayer is unreachable
// for the first half of the claim window; the claim is sent when it comes
// back and lands before the window closes, and the session is paid.
func TestClaimLandsAfterARelayerOutage(t *testing.T) {
	var rpcURL, target atomic.Value
	var downUntil atomic.Uint64
	var refused, passed atomic.Int64
	var firstPass atomic.Uint64
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var h hexutil.Uint64
		if u, ok := rpcURL.Load().(string); ok {
			rpcCall(t, u, "eth_blockNumber", &h)
		}
		if uint64(h) < downUntil.Load() || target.Load() == nil {
			refused.Add(1)
			http.Error(w, "relayer down", http.StatusServiceUnavailable)
			return
		}
		if r.Method == http.MethodPost {
			passed.Add(1)
			firstPass.CompareAndSwap(0, uint64(h))
		}
		u, _ := url.Parse(target.Load().(string))
		httputil.NewSingleHostReverseProxy(u).ServeHTTP(w, r)
	}))
	defer proxy.Close()
	downUntil.Store(1 << 62)
	n := startRelayNet(t, netOpts{args: []string{"--node.tx-relayer", proxy.URL}})
	rpcURL.Store(n.rpc)
	target.Store("http://" + n.txListen)
	s := n.nextSession(t)
	claimOpen := s + n.n + testGrace
	downUntil.Store(claimOpen + testClaim/2)
	n.sendGatewayRelays(t, 10)
	if got := n.sessionStart(n.head(t)); got != s {
		t.Skipf("the relays spilled into session %d (the machine is slow); nothing to check", got)
	}
	ss := n.waitSettled(t, 60*time.Second)
	if refused.Load() == 0 || firstPass.Load() < claimOpen+testClaim/2 {
		t.Fatalf("refused %d submissions, first passed at block %d; want refusals until %d", refused.Load(), firstPass.Load(), claimOpen+testClaim/2)
	}
	t.Logf("relayer down until block %d (claim window [%d,%d)); %d submissions refused; claim sent at %d; %d session(s) settled",
		claimOpen+testClaim/2, claimOpen, claimOpen+testClaim, refused.Load(), firstPass.Load(), len(ss))
}

// TestClaimResentAfterAReorg: a devnet rewind (with the mempool emptied)
// drops a landed claim; the node sends it again within its window and the
// session is paid.
func TestClaimResentAfterAReorg(t *testing.T) {
	const claimWindow = 12
	n := startRelayNet(t, netOpts{args: []string{"--protocol.claim-window-blocks", strconv.Itoa(claimWindow),
		"--protocol.unbonding-blocks", "40"}})
	s := n.nextSession(t)
	n.sendGatewayRelays(t, 10)
	claimClose := s + n.n + testGrace + claimWindow
	supplier := devAddr(devSupplier)
	var view mining.SessionView
	deadline := time.Now().Add(30 * time.Second)
	for {
		for _, v := range n.sessions(t) {
			if v.SessionStart == s {
				view = v
			}
		}
		if view.Phase == mining.PhaseClaimed {
			break
		}
		if time.Now().After(deadline) || view.Phase.Final() {
			t.Fatalf("session %d never seen claimed: %+v", s, view)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if n.head(t)+3 >= claimClose {
		t.Skipf("claimed too late in the window to test a reorg (head %d, close %d)", n.head(t), claimClose)
	}
	id := common.HexToHash(view.SessionID)
	if _, st := n.settlementClaim(t, id, supplier); st == 0 {
		t.Fatal("the node says claimed, the contract has no claim")
	}
	var head hexutil.Uint64
	rpcCall(t, n.rpc, "evm_rewind", &head, hexutil.Uint64(view.ClaimHeight), true)
	if _, st := n.settlementClaim(t, id, supplier); st != 0 {
		t.Fatalf("the rewind to %d did not drop the claim (status %d)", view.ClaimHeight, st)
	}
	t.Logf("claim dropped by a rewind to block %d (window closes at %d)", uint64(head), claimClose)
	ss := n.waitSettled(t, 60*time.Second)
	for _, v := range ss {
		if v.SessionStart == s && v.Relays != 10 {
			t.Fatalf("session %d settled with %d relays, want 10", s, v.Relays)
		}
	}
	if count, st := n.settlementClaim(t, id, supplier); st != 3 || count != 10 {
		t.Fatalf("on chain: status %d, %d relays; want settled with 10", st, count)
	}
}

// TestMinedRelaysSurviveKill9: the node is killed with SIGKILL while it
// serves signed relays (every relay is mined: the demo target is the
// maximum) and restarted; every relay that got a response before the kill
// is in its session's claimed tree (the claim counts at least the relays
// answered in its session), and every session is still claimed and paid
// within its windows.
func TestMinedRelaysSurviveKill9(t *testing.T) {
	kills := 1
	if soak() {
		kills = 5
	}
	rng := mrand.New(mrand.NewPCG(7, uint64(kills)))
	n := startRelayNet(t, netOpts{})
	var mu sync.Mutex
	answered := map[uint64]int{} // session start → relays answered 200
	for k := range kills {
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					start, ok := n.loadRelay()
					if ok {
						mu.Lock()
						answered[start]++
						mu.Unlock()
					}
				}
			}()
		}
		time.Sleep(time.Duration(300+rng.IntN(1200)) * time.Millisecond)
		n.p.kill9()
		close(stop)
		wg.Wait()
		t.Logf("kill %d: %d sessions answered so far", k+1, len(answered))
		n.restart(t)
		if out, errOut := n.p.output(); !strings.Contains(out+errOut, "spending restored from the mined-relay log") {
			t.Errorf("restart %d: the meter's counters were not restored from the log", k+1)
		}
	}
	// A few more relays after the last restart, then let every session end.
	for range 5 {
		if start, ok := n.loadRelay(); ok {
			answered[start]++
		}
	}
	ss := n.waitSettled(t, 90*time.Second)
	claimed := map[uint64]uint64{}
	for _, s := range ss {
		claimed[s.SessionStart] += s.Relays
	}
	total := 0
	for start, a := range answered {
		total += a
		if claimed[start] < uint64(a) {
			t.Errorf("session %d: %d relays answered, %d claimed", start, a, claimed[start])
		}
	}
	t.Logf("%d kills: %d relays answered in %d sessions, all claimed and paid", kills, total, len(answered))
}

// loadRelay signs a relay for the current session, sends it to the node and
// reports its session and whether it was answered 200 with a signed
// response. Errors (the node being killed) count as not answered.
func (n *relayNet) loadRelay() (uint64, bool) {
	var h hexutil.Uint64
	if err := rpcTry(n.rpc, "eth_blockNumber", &h); err != nil {
		return 0, false
	}
	start := n.sessionStart(uint64(h))
	hdr := protocol.RelayHeader{Application: devAddr(devApp), Service: protocol.MustParseServiceID("eth"), SessionStart: start,
		Supplier: devAddr(devSupplier), Nonce: mrand.Uint64(), Calls: 1, PayloadHash: protocol.PayloadHash(http.MethodPost, "/", []byte(chainIDCall))}
	sig, err := protocol.Sign(n.domain.RequestDigest(hdr), devnet.DevKey(devGateway))
	if err != nil {
		return 0, false
	}
	req, _ := http.NewRequest(http.MethodPost, n.node, strings.NewReader(chainIDCall))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Relay-Request", hdr.Envelope(sig).Encode())
	resp, err := n.http.Do(req)
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK || resp.Header.Get("Relay-Response") == "" || !strings.Contains(string(body), "0x539") {
		return 0, false
	}
	return start, true
}

// rpcTry is rpcCall without failing the test.
func rpcTry(url, method string, out any) error {
	body := `{"jsonrpc":"2.0","id":1,"method":"` + method + `","params":[]}`
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	return json.Unmarshal(r.Result, out)
}

// gasOfEvents returns the gas used by each transaction that emitted event
// (its signature) from the settlement contract.
func (n *relayNet) gasOfEvents(t testing.TB, event string) []uint64 {
	t.Helper()
	var logs []struct {
		TxHash common.Hash `json:"transactionHash"`
	}
	settlement := common.HexToAddress(field(t, n.banner, "settlement"))
	rpcCall(t, n.rpc, "eth_getLogs", &logs, map[string]any{"fromBlock": "0x0", "toBlock": "latest",
		"address": settlement.Hex(), "topics": []string{crypto.Keccak256Hash([]byte(event)).Hex()}})
	var out []uint64
	for _, l := range logs {
		var rc struct {
			GasUsed hexutil.Uint64 `json:"gasUsed"`
		}
		rpcCall(t, n.rpc, "eth_getTransactionReceipt", &rc, l.TxHash.Hex())
		out = append(out, uint64(rc.GasUsed))
	}
	return out
}
