package e2e

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Body limits of the shared network: small, so that oversized bodies are
// cheap to send.
const (
	gatewayMaxBody = 32 << 10
	nodeMaxBody    = 16 << 10
)

// TestRelays runs one 'up' and checks, against it, what ordinary clients get
// through the gateway, how the gateway and the node refuse bad requests, a
// node whose backend is down, and the metrics. The subtests share the
// process and run in order; the metrics one counts the difference its own
// traffic makes.
func TestRelays(t *testing.T) {
	t.Parallel()
	n := startRelayNet(t, netOpts{args: []string{
		"--gateway.max-body-bytes", strconv.Itoa(gatewayMaxBody),
		"--node.max-body-bytes", strconv.Itoa(nodeMaxBody),
	}})
	t.Cleanup(func() { checkNoCrash(t, n.p, "relaynode up") })
	t.Run("ethclient through the gateway", func(t *testing.T) { testEthclient(t, n) })
	t.Run("gateway errors", func(t *testing.T) { testGatewayErrors(t, n) })
	t.Run("node errors", func(t *testing.T) { testNodeErrors(t, n) })
	t.Run("backend down", func(t *testing.T) { testBackendDown(t, n) })
	t.Run("metrics", func(t *testing.T) { testMetrics(t, n) })
}

// testEthclient points a stock go-ethereum client at the gateway and
// compares its answers with the devnet's own.
func testEthclient(t *testing.T, n *relayNet) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	gw, err := ethclient.DialContext(ctx, n.gateway)
	if err != nil {
		t.Fatal(err)
	}
	defer gw.Close()
	direct, err := ethclient.DialContext(ctx, n.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()

	viaGW, err := gw.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("BlockNumber through the gateway: %v", err)
	}
	onChain, err := direct.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if viaGW+2 < onChain || viaGW > onChain+2 || viaGW < n.readyHead {
		t.Fatalf("BlockNumber through the gateway %d, on the devnet %d (ready at %d)", viaGW, onChain, n.readyHead)
	}
	at := new(big.Int).SetUint64(min(viaGW, onChain))

	app := devAddr(devApp)
	balGW, err := gw.BalanceAt(ctx, app, at)
	if err != nil {
		t.Fatalf("BalanceAt through the gateway: %v", err)
	}
	balChain, err := direct.BalanceAt(ctx, app, at)
	if err != nil {
		t.Fatal(err)
	}
	if balGW.Sign() <= 0 || balGW.Cmp(balChain) != 0 {
		t.Fatalf("balance of %s at %s: %s through the gateway, %s on the devnet", app.Hex(), at, balGW, balChain)
	}

	// A raw eth_call of the registry's token(), then the token's name()
	// through the generated bindings.
	call := ethereum.CallMsg{To: &n.registry, Data: crypto.Keccak256([]byte("token()"))[:4]}
	outGW, err := gw.CallContract(ctx, call, at)
	if err != nil {
		t.Fatalf("CallContract through the gateway: %v", err)
	}
	outChain, err := direct.CallContract(ctx, call, at)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(outGW, outChain) || common.BytesToAddress(outGW) != n.token {
		t.Fatalf("registry.token() is %x through the gateway, %x on the devnet; the banner says %s", outGW, outChain, n.token.Hex())
	}
	tokGW, err := bindings.NewRelayTokenCaller(n.token, gw)
	if err != nil {
		t.Fatal(err)
	}
	tokChain, err := bindings.NewRelayTokenCaller(n.token, direct)
	if err != nil {
		t.Fatal(err)
	}
	nameGW, err := tokGW.Name(&bind.CallOpts{Context: ctx, BlockNumber: at})
	if err != nil {
		t.Fatalf("token name() through the gateway: %v", err)
	}
	nameChain, err := tokChain.Name(&bind.CallOpts{Context: ctx, BlockNumber: at})
	if err != nil {
		t.Fatal(err)
	}
	if nameGW == "" || nameGW != nameChain {
		t.Fatalf("token name() %q through the gateway, %q on the devnet", nameGW, nameChain)
	}

	// One JSON-RPC batch of three calls.
	rc, err := rpc.DialContext(ctx, n.gateway)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var (
		num     hexutil.Uint64
		chainID hexutil.Big
		bal     hexutil.Big
	)
	batch := []rpc.BatchElem{
		{Method: "eth_blockNumber", Result: &num},
		{Method: "eth_chainId", Result: &chainID},
		{Method: "eth_getBalance", Args: []any{app, hexutil.EncodeBig(at)}, Result: &bal},
	}
	if err := rc.BatchCallContext(ctx, batch); err != nil {
		t.Fatalf("batch through the gateway: %v", err)
	}
	for i, e := range batch {
		if e.Error != nil {
			t.Fatalf("batch call %d (%s): %v", i, e.Method, e.Error)
		}
	}
	if uint64(num) < at.Uint64() || (*big.Int)(&chainID).Int64() != devnet.ChainID || (*big.Int)(&bal).Cmp(balChain) != 0 {
		t.Fatalf("batch answered block %d (want at least %s), chain id %s (want %d), balance %s (want %s)",
			num, at, (*big.Int)(&chainID), devnet.ChainID, (*big.Int)(&bal), balChain)
	}

	// New heads over a WebSocket to the gateway: consecutive, and the
	// devnet's own blocks.
	wsURL := "ws" + strings.TrimPrefix(n.gateway, "http")
	wsc, err := ethclient.DialContext(ctx, wsURL)
	if err != nil {
		t.Fatalf("WebSocket to %s: %v", wsURL, err)
	}
	defer wsc.Close()
	heads := receiveHeads(t, ctx, wsc, 3)
	for i, h := range heads {
		if i > 0 && (h.Number.Uint64() != heads[i-1].Number.Uint64()+1 || h.ParentHash != heads[i-1].Hash()) {
			t.Fatalf("head %d (block %d) does not follow block %d", i, h.Number, heads[i-1].Number)
		}
		onChain, err := direct.HeaderByNumber(ctx, h.Number)
		if err != nil {
			t.Fatal(err)
		}
		if onChain.Hash() != h.Hash() {
			t.Fatalf("head %d through the gateway is %s, the devnet's is %s", h.Number, h.Hash(), onChain.Hash())
		}
	}
}

// receiveHeads subscribes to new heads and returns the first count.
func receiveHeads(t *testing.T, ctx context.Context, c *ethclient.Client, count int) []*types.Header {
	t.Helper()
	ch := make(chan *types.Header, 16)
	sub, err := c.SubscribeNewHead(ctx, ch)
	if err != nil {
		t.Fatalf("SubscribeNewHead: %v", err)
	}
	defer sub.Unsubscribe()
	var heads []*types.Header
	timeout := time.After(10 * time.Second)
	for len(heads) < count {
		select {
		case h := <-ch:
			heads = append(heads, h)
		case err := <-sub.Err():
			t.Fatalf("subscription ended after %d heads: %v", len(heads), err)
		case <-timeout:
			t.Fatalf("%d heads in 10s, want %d (a block every 200ms)", len(heads), count)
		}
	}
	return heads
}

// gatewayOK checks that the gateway still serves an ordinary client.
func gatewayOK(t *testing.T, n *relayNet) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := ethclient.DialContext(ctx, n.gateway)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(ctx)
	if err != nil || id.Int64() != devnet.ChainID {
		t.Fatalf("a good call after the error: chain id %v, %v", id, err)
	}
}

func testGatewayErrors(t *testing.T, n *relayNet) {
	root := strings.TrimSuffix(n.gateway, "/eth")
	oversized := fmt.Appendf(nil, `{"jsonrpc":"2.0","id":1,"method":"eth_call","params":["%s"]}`, strings.Repeat("a", gatewayMaxBody))
	limit := strconv.Itoa(gatewayMaxBody)
	for _, c := range []struct {
		name, method, url, contentType string
		body                           []byte
		want                           wantErr
	}{
		{"unknown service (JSON-RPC)", http.MethodPost, root + "/nosuch", "application/json", jsonCall(1, "eth_blockNumber"),
			wantErr{http.StatusNotFound, "unknown_service", -32012, "1", []string{"nosuch"}}},
		{"unknown service (REST)", http.MethodGet, root + "/nosuch/status", "", nil,
			wantErr{http.StatusNotFound, "unknown_service", 0, "", []string{"nosuch"}}},
		{"body over gateway.max_body_bytes (JSON-RPC)", http.MethodPost, n.gateway, "application/json", oversized,
			wantErr{http.StatusRequestEntityTooLarge, "body_too_large", -32011, "null", []string{limit}}},
		{"body over gateway.max_body_bytes (REST)", http.MethodPut, n.gateway + "/upload", "application/octet-stream", oversized,
			wantErr{http.StatusRequestEntityTooLarge, "body_too_large", 0, "", []string{limit}}},
		{"malformed JSON", http.MethodPost, n.gateway, "application/json", []byte(`{"jsonrpc":"2.0","id":1,"method":`),
			wantErr{http.StatusBadRequest, "malformed_request", -32700, "null", []string{"JSON"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(c.method, c.url, bytes.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			if c.contentType != "" {
				req.Header.Set("Content-Type", c.contentType)
			}
			resp, body := do(t, n.http, req)
			checkRelayError(t, c.name, resp, body, c.want)
			gatewayOK(t, n)
		})
	}
}

// testNodeErrors sends hand-built signed relays straight to the node.
func testNodeErrors(t *testing.T, n *relayNet) {
	app, supplier := devAddr(devApp), devAddr(devSupplier)
	n.relayOK(t, n.node)
	t.Run("tampered payload", func(t *testing.T) {
		r := n.sign(t, relaySpec{sent: []byte(`{"jsonrpc":"2.0","id":7,"method":"eth_accounts","params":[]}`)})
		resp, body := n.send(t, n.node, r)
		checkRelayError(t, "a relay whose body is not the signed one", resp, body, wantErr{http.StatusUnauthorized, "bad_signature", -32017, "7",
			[]string{"does not come from application " + app.Hex(), "not a staked gateway"}})
		n.relayOK(t, n.node)
	})
	t.Run("corrupt signature", func(t *testing.T) {
		resp, body := n.send(t, n.node, n.sign(t, relaySpec{corruptSig: true}))
		checkRelayError(t, "a relay with a zero r", resp, body, wantErr{http.StatusUnauthorized, "bad_signature", -32017, "7", nil})
		n.relayOK(t, n.node)
	})
	t.Run("signer neither app nor delegated gateway", func(t *testing.T) {
		resp, body := n.send(t, n.node, n.sign(t, relaySpec{signer: devnet.DevKey(5)}))
		checkRelayError(t, "a relay signed by dev account 5", resp, body, wantErr{http.StatusUnauthorized, "bad_signature", -32017, "7",
			[]string{devAddr(5).Hex(), "not a staked gateway"}})
		n.relayOK(t, n.node)
	})
	t.Run("expired session", func(t *testing.T) {
		// The session in force when up was ready is past its grace period
		// once the head reaches its end + grace.
		old := n.sessionStart(n.readyHead)
		n.waitHead(t, old+n.n+n.grace+1) // +1: the node may be a block behind the devnet
		resp, body := n.send(t, n.node, n.sign(t, relaySpec{start: &old}))
		checkRelayError(t, "a relay for an ended session", resp, body, wantErr{http.StatusGone, "session_expired", -32013, "7",
			[]string{fmt.Sprintf("[%d, %d)", old, old+n.n), "grace period closed"}})
		n.relayOK(t, n.node)
	})
	t.Run("supplier not in session", func(t *testing.T) {
		resp, body := n.send(t, n.node, n.sign(t, relaySpec{supplier: devAddr(4)}))
		checkRelayError(t, "a relay addressed to dev account 4", resp, body, wantErr{http.StatusMisdirectedRequest, "supplier_not_in_session", -32015, "7",
			[]string{devAddr(4).Hex(), supplier.Hex()}})
		n.relayOK(t, n.node)
	})
	t.Run("body over node.max_body_bytes", func(t *testing.T) {
		body := fmt.Appendf(nil, `{"jsonrpc":"2.0","id":7,"method":"eth_call","params":["%s"]}`, strings.Repeat("a", nodeMaxBody))
		resp, out := n.send(t, n.node, n.sign(t, relaySpec{body: body}))
		checkRelayError(t, "an oversized relay", resp, out, wantErr{http.StatusRequestEntityTooLarge, "body_too_large", -32011, "null",
			[]string{strconv.Itoa(nodeMaxBody)}})
		n.relayOK(t, n.node)
	})
	t.Run("replayed nonce", func(t *testing.T) {
		r := n.sign(t, relaySpec{})
		resp, body := n.send(t, n.node, r)
		n.checkServed(t, r, resp, body, `"0x539"`)
		resp, body = n.send(t, n.node, r)
		checkRelayError(t, "the same relay again", resp, body, wantErr{http.StatusConflict, "replayed_nonce", -32019, "7",
			[]string{"already used"}})
		n.relayOK(t, n.node)
	})
}

// testBackendDown runs a second relay node, joined to the devnet of up, whose
// only backend is a closed port.
func testBackendDown(t *testing.T, n *relayNet) {
	backend := "127.0.0.1:" + strconv.Itoa(freePorts(t, 1)[0])
	cfg := filepath.Join(t.TempDir(), "node.yaml")
	yaml := fmt.Sprintf("node:\n  services:\n    eth:\n      backends: [\"http://%s\"]\n      health_interval: 200ms\n", backend)
	if err := os.WriteFile(cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	var listen, admin string
	p, banner := startListening(t, nil, func() []string {
		ports := freePorts(t, 2)
		listen, admin = "127.0.0.1:"+strconv.Itoa(ports[0]), "127.0.0.1:"+strconv.Itoa(ports[1])
		return []string{"node", "--config", cfg, "--datadir", t.TempDir(),
			"--devnet.http", n.devHTTP, "--devnet.ws", n.devWS, "--node.listen", listen, "--node.admin-listen", admin}
	})
	nodeURL := field(t, banner, "service")
	if nodeURL != "http://"+listen+"/v1/relay/eth" {
		t.Fatalf("the node serves %s, want http://%s/v1/relay/eth", nodeURL, listen)
	}
	for i := range 2 {
		resp, body := n.send(t, nodeURL, n.sign(t, relaySpec{}))
		checkRelayError(t, "a relay to a node whose backend is down", resp, body, wantErr{http.StatusBadGateway, "backend_unavailable", -32022, "7",
			[]string{backend}})
		if resp.Header.Get("Retry-After") == "" {
			t.Fatalf("relay %d: a 502 backend_unavailable without Retry-After", i)
		}
		checkNoCrash(t, p, "relaynode node")
	}
	// The backend comes up on the closed port: the same node serves again.
	l, err := net.Listen("tcp", backend)
	if err != nil {
		t.Fatalf("reopening the backend port: %v", err)
	}
	target, _ := url.Parse(n.rpc)
	srv := &http.Server{Handler: httputil.NewSingleHostReverseProxy(target)}
	go srv.Serve(l)
	defer srv.Close()
	n.relayOK(t, nodeURL)
	checkNoCrash(t, p, "relaynode node")
	m := stableScrape(t, "http://"+admin+"/metrics")
	if got := metricOr0(m, "relaynode_node_relay_errors_total", "code", "backend_unavailable", "service", "eth"); got != 2 {
		t.Fatalf("the node counted %v backend_unavailable errors, want 2", got)
	}
	if got := metricOr0(m, "relaynode_node_relays_total", "result", "success", "service", "eth"); got != 1 {
		t.Fatalf("the node counted %v served relays, want 1", got)
	}
}

// testMetrics sends a known mix of traffic and checks that the counters of
// the node and of the gateway moved by exactly that.
func testMetrics(t *testing.T, n *relayNet) {
	before := stableScrape(t, n.metrics)
	var gwReq, gwResp, nodeReq, nodeResp float64
	const good, direct = 4, 3
	for i := range good {
		body := jsonCall(100+i, "eth_chainId")
		req, _ := http.NewRequest(http.MethodPost, n.gateway, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, out := do(t, n.http, req)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("gateway call %d: %d %s", i, resp.StatusCode, out)
		}
		gwReq += float64(len(body))
		gwResp += float64(len(out))
		nodeReq += float64(len(body))
		nodeResp += float64(len(out))
	}
	bad := []byte(`{"jsonrpc":`)
	req, _ := http.NewRequest(http.MethodPost, n.gateway, bytes.NewReader(bad))
	if resp, out := do(t, n.http, req); resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("malformed call: %d %s", resp.StatusCode, out)
	}
	gwReq += float64(len(bad))
	req, _ = http.NewRequest(http.MethodPost, strings.TrimSuffix(n.gateway, "/eth")+"/nosuch-metrics", bytes.NewReader(jsonCall(1, "eth_chainId")))
	if resp, out := do(t, n.http, req); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("unknown service: %d %s", resp.StatusCode, out)
	}
	for range direct {
		r := n.sign(t, relaySpec{})
		resp, out := n.send(t, n.node, r)
		n.checkServed(t, r, resp, out, `"0x539"`)
		nodeReq += float64(len(r.body))
		nodeResp += float64(len(out))
	}
	wrong := n.sign(t, relaySpec{supplier: devAddr(4)})
	if resp, out := n.send(t, n.node, wrong); resp.StatusCode != http.StatusMisdirectedRequest {
		t.Fatalf("misaddressed relay: %d %s", resp.StatusCode, out)
	}
	nodeReq += float64(len(wrong.body))
	after := stableScrape(t, n.metrics)

	delta := func(name string, labels ...string) float64 {
		return metricOr0(after, name, labels...) - metricOr0(before, name, labels...)
	}
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"relaynode_gateway_relays_total", []string{"result", "success", "service", "eth"}, good},
		{"relaynode_gateway_relays_total", []string{"result", "error", "service", "eth"}, 1},
		{"relaynode_gateway_relay_errors_total", []string{"code", "malformed_request", "service", "eth"}, 1},
		{"relaynode_gateway_relay_errors_total", []string{"code", "unknown_service", "service", "unknown"}, 1},
		{"relaynode_gateway_relay_duration_seconds_count", []string{"service", "eth"}, good},
		{"relaynode_gateway_relay_duration_seconds_bucket", []string{"le", "+Inf", "service", "eth"}, good},
		{"relaynode_gateway_relay_request_bytes_count", []string{"service", "eth"}, good + 1},
		{"relaynode_gateway_relay_request_bytes_sum", []string{"service", "eth"}, gwReq},
		{"relaynode_gateway_relay_response_bytes_count", []string{"service", "eth"}, good},
		{"relaynode_gateway_relay_response_bytes_sum", []string{"service", "eth"}, gwResp},
		{"relaynode_node_relays_total", []string{"result", "success", "service", "eth"}, good + direct},
		{"relaynode_node_relays_total", []string{"result", "error", "service", "eth"}, 1},
		{"relaynode_node_relay_errors_total", []string{"code", "supplier_not_in_session", "service", "eth"}, 1},
		{"relaynode_node_relay_duration_seconds_count", []string{"service", "eth"}, good + direct},
		{"relaynode_node_relay_duration_seconds_bucket", []string{"le", "+Inf", "service", "eth"}, good + direct},
		{"relaynode_node_relay_request_bytes_count", []string{"service", "eth"}, good + direct + 1},
		{"relaynode_node_relay_request_bytes_sum", []string{"service", "eth"}, nodeReq},
		{"relaynode_node_relay_response_bytes_count", []string{"service", "eth"}, good + direct},
		{"relaynode_node_relay_response_bytes_sum", []string{"service", "eth"}, nodeResp},
		{"relaynode_node_meter_rejections_total", []string{"service", "eth"}, 0},
	} {
		if _, ok := metric(after, c.name, c.labels...); !ok {
			t.Errorf("/metrics has no %s%v", c.name, c.labels)
			continue
		}
		if got := delta(c.name, c.labels...); got != c.want {
			t.Errorf("%s%v went up by %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	// The fine-grained duration buckets are exposed.
	for _, name := range []string{"relaynode_node_relay_duration_seconds_bucket", "relaynode_gateway_relay_duration_seconds_bucket"} {
		if _, ok := metric(after, name, "le", "0.0005", "service", "eth"); !ok {
			t.Errorf("/metrics has no %s{le=\"0.0005\"}", name)
		}
	}
	// A client cannot mint metric series by naming services.
	for _, s := range after {
		if s.labels["service"] == "nosuch-metrics" {
			t.Errorf("a request for an unknown service created the series %s%v", s.name, s.labels)
		}
	}
}

// stableScrape waits until the relay counters stop moving (a handler counts
// a relay after its answer is on the way, and the WebSocket of an earlier
// subtest may still be closing) and returns the scrape.
func stableScrape(t *testing.T, url string) []series {
	t.Helper()
	total := func(m []series) float64 {
		var s float64
		for _, x := range m {
			if strings.HasSuffix(x.name, "_relays_total") || strings.HasSuffix(x.name, "_bytes_count") || strings.HasSuffix(x.name, "_errors_total") {
				s += x.value
			}
		}
		return s
	}
	prev := scrape(t, url)
	for range 30 {
		time.Sleep(100 * time.Millisecond)
		cur := scrape(t, url)
		if total(cur) == total(prev) {
			return cur
		}
		prev = cur
	}
	t.Fatal("relay counters kept moving with no traffic")
	return nil
}

// TestRelayBudgetExhausted stakes the demo application with a budget of
// exactly five relays per session and checks that the sixth is refused.
func TestRelayBudgetExhausted(t *testing.T) {
	t.Parallel()
	// 50-block sessions (10 s at 200ms blocks), so that all the calls fit in
	// one session; the loop below still checks that they did.
	const blocks = 50
	n := startRelayNet(t, netOpts{blocksPerSession: blocks, args: []string{
		"--demo.stake", "100",
		"--protocol.min-application-stake", "100", "--protocol.min-gateway-stake", "100", "--protocol.min-supplier-stake", "100",
		"--protocol.tokens-per-compute-unit", "10",
	}})

	// docs/protocol.md, "Money": one supplier (the demo one), one compute
	// unit per relay (demo.compute_units_per_relay), 18-decimal tokens.
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	stake := new(big.Int).Mul(big.NewInt(100), unit)
	pending := uint64((testGrace+testClaim+testProof+blocks-1)/blocks + 1) // ceil(10/50) + 1 = 2
	budget := new(big.Int).Quo(stake, new(big.Int).SetUint64(1*pending))   // 50 tokens
	cost := new(big.Int).Mul(big.NewInt(1*1*10), unit)                     // 10 tokens
	calls := new(big.Int).Quo(budget, cost).Int64()
	if pending != 2 || calls != 5 {
		t.Fatalf("arithmetic: %d pending sessions, %d calls per budget; want 2 and 5", pending, calls)
	}
	params := protocol.Params{BlocksPerSession: blocks, GracePeriodBlocks: testGrace, ClaimWindowBlocks: testClaim, ProofWindowBlocks: testProof}
	if got := protocol.RelayBudget(stake, 1, params); got.Cmp(budget) != 0 {
		t.Fatalf("protocol.RelayBudget = %s, the documented formula gives %s", got, budget)
	}
	if got := protocol.RelayCost(1, 1, new(big.Int).Mul(big.NewInt(10), unit)); got.Cmp(cost) != 0 {
		t.Fatalf("protocol.RelayCost = %s, the documented formula gives %s", got, cost)
	}

	call := func(id int) (*http.Response, []byte) {
		req, _ := http.NewRequest(http.MethodPost, n.gateway, bytes.NewReader(jsonCall(id, "eth_chainId")))
		req.Header.Set("Content-Type", "application/json")
		return do(t, n.http, req)
	}
	var served, refused, straddled int
	fresh := uint64(0) // sessions from here have not been charged
	for {
		h := n.head(t)
		s := n.sessionStart(h)
		switch {
		case s < fresh:
			n.waitHead(t, fresh+2)
			continue
		case h < s+2: // the gateway or node may not have seen the new session yet
			n.waitHead(t, s+2)
			continue
		case h+3 > s+blocks: // too close to the end of the session
			n.waitHead(t, s+blocks+2)
			continue
		}
		type answer struct {
			resp *http.Response
			body []byte
		}
		var answers []answer
		for i := range int(calls) + 2 {
			resp, body := call(i + 1)
			answers = append(answers, answer{resp, body})
			if resp.StatusCode == http.StatusOK {
				served++
			} else {
				refused++
			}
		}
		end := n.head(t)
		if n.sessionStart(end) != s || end+1 >= s+blocks {
			if straddled++; straddled == 3 {
				t.Fatalf("three attempts straddled a session boundary (the last from block %d to %d)", h, end)
			}
			t.Logf("the calls straddled the session boundary at %d (blocks %d to %d); again in a fresh session", s+blocks, h, end)
			fresh = n.sessionStart(end) + blocks
			continue
		}
		for i, a := range answers {
			if int64(i) < calls {
				if a.resp.StatusCode != http.StatusOK || !bytes.Contains(a.body, []byte(`"result":"0x539"`)) {
					t.Fatalf("call %d of a budget of %d: %d %s", i+1, calls, a.resp.StatusCode, a.body)
				}
				continue
			}
			checkRelayError(t, fmt.Sprintf("call %d of a budget of %d", i+1, calls), a.resp, a.body, wantErr{
				http.StatusPaymentRequired, "budget_exhausted", -32021, strconv.Itoa(i + 1),
				[]string{"budget " + budget.String(), "already spent " + budget.String(), "costs " + cost.String(), "session " + strconv.FormatUint(s, 10)},
			})
		}
		break
	}

	m := stableScrape(t, n.metrics)
	for _, c := range []struct {
		name   string
		labels []string
		want   int
	}{
		{"relaynode_node_meter_rejections_total", []string{"service", "eth"}, refused},
		{"relaynode_gateway_meter_rejections_total", []string{"service", "eth"}, refused},
		{"relaynode_node_relay_errors_total", []string{"code", "budget_exhausted", "service", "eth"}, refused},
		{"relaynode_gateway_relay_errors_total", []string{"code", "budget_exhausted", "service", "eth"}, refused},
		{"relaynode_node_relays_total", []string{"result", "success", "service", "eth"}, served},
		{"relaynode_gateway_relays_total", []string{"result", "success", "service", "eth"}, served},
	} {
		if got := metricOr0(m, c.name, c.labels...); got != float64(c.want) {
			t.Errorf("%s%v = %v, want %d", c.name, c.labels, got, c.want)
		}
	}
	checkNoCrash(t, n.p, "relaynode up")
}

// TestRelayOverTLS runs up with a node that speaks HTTPS with a certificate
// of a private CA, which up's gateway trusts through SSL_CERT_FILE.
func TestRelayOverTLS(t *testing.T) {
	t.Parallel()
	caFile, certFile, keyFile := writeTLS(t, t.TempDir())
	caPEM, err := os.ReadFile(caFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		t.Fatal("the CA does not parse")
	}
	trusting := relayHTTPClient(&tls.Config{RootCAs: pool})
	n := startRelayNet(t, netOpts{
		env:  []string{"SSL_CERT_FILE=" + caFile},
		args: []string{"--node.tls-cert", certFile, "--node.tls-key", keyFile},
		http: trusting,
	})
	if !strings.HasPrefix(n.node, "https://") || !strings.Contains(n.banner, "announces "+n.node) {
		t.Fatalf("the node row is %s; want an https URL that the supplier announces\n%s", n.node, n.banner)
	}

	// The node serves HTTPS with that certificate, and only HTTPS.
	n.relayOK(t, n.node)
	if _, err := (&http.Client{Timeout: 10 * time.Second}).Get(n.node); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("a client without the CA: %v, want a certificate error", err)
	}
	plain, _ := http.NewRequest(http.MethodPost, "http://"+strings.TrimPrefix(n.node, "https://"), strings.NewReader(chainIDCall))
	if resp, body := do(t, &http.Client{Timeout: 10 * time.Second}, plain); resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Relay-Response") != "" {
		t.Fatalf("plain HTTP to the TLS port: %d %s", resp.StatusCode, body)
	}

	// up's gateway (started with SSL_CERT_FILE) relays through it, over HTTP
	// and over a WebSocket (wss).
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	gw, err := ethclient.DialContext(ctx, n.gateway)
	if err != nil {
		t.Fatal(err)
	}
	defer gw.Close()
	if id, err := gw.ChainID(ctx); err != nil || id.Int64() != devnet.ChainID {
		t.Fatalf("chain id through the gateway and the TLS node: %v, %v", id, err)
	}
	wsc, err := ethclient.DialContext(ctx, "ws"+strings.TrimPrefix(n.gateway, "http"))
	if err != nil {
		t.Fatal(err)
	}
	defer wsc.Close()
	receiveHeads(t, ctx, wsc, 1)
	m := stableScrape(t, n.metrics)
	if got := metricOr0(m, "relaynode_node_relays_total", "result", "success", "service", "eth"); got < 2 {
		t.Fatalf("the TLS node counted %v served relays, want at least 2 (direct and through the gateway)", got)
	}

	// A gateway without the CA refuses the node's certificate.
	var listen string
	g, _ := startListening(t, nil, func() []string {
		ports := freePorts(t, 2)
		listen = "127.0.0.1:" + strconv.Itoa(ports[0])
		return []string{"gateway", "--devnet.http", n.devHTTP, "--devnet.ws", n.devWS,
			"--gateway.listen", listen, "--gateway.admin-listen", "127.0.0.1:" + strconv.Itoa(ports[1])}
	})
	req, _ := http.NewRequest(http.MethodPost, "http://"+listen+"/v1/eth", strings.NewReader(chainIDCall))
	req.Header.Set("Content-Type", "application/json")
	resp, body := do(t, &http.Client{Timeout: 30 * time.Second}, req)
	checkRelayError(t, "a gateway that does not trust the node's CA", resp, body, wantErr{http.StatusBadGateway, "no_supplier", -32026, "7",
		[]string{"certificate"}})
	checkNoCrash(t, g, "relaynode gateway")
	checkNoCrash(t, n.p, "relaynode up")
}
