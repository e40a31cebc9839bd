package txrelay_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/chain/devnet/devnettest"
	"github.com/relaynode/relaynode/internal/txrelay"
)

// rpcProxy forwards JSON-RPC to the devnet and can fail on demand.
type rpcProxy struct {
	srv  *httptest.Server
	mode atomic.Value // "up", "down" (503) or "hang" (no answer until the caller gives up)
	hits atomic.Int64
	quit chan struct{} // releases hanging handlers at the end
}

func newRPCProxy(t *testing.T, target string) *rpcProxy {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &rpcProxy{quit: make(chan struct{})}
	p.mode.Store("up")
	rp := httputil.NewSingleHostReverseProxy(u)
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.hits.Add(1)
		switch p.mode.Load() {
		case "down":
			io.Copy(io.Discard, r.Body)
			http.Error(w, "backend down", http.StatusServiceUnavailable)
		case "hang":
			io.Copy(io.Discard, r.Body) // the server notices a gone client only once the body is read
			select {
			case <-r.Context().Done():
			case <-p.quit:
			}
		default:
			rp.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(func() {
		close(p.quit)
		p.srv.Close()
	})
	return p
}

func (p *rpcProxy) client(t *testing.T) *chain.Client {
	c, err := chain.Dial(context.Background(), p.srv.URL, 5*time.Second, devnet.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// TestRPCFailover: calls go to the first endpoint while it is up, move to
// the next one when it fails at transport level (an error status or a
// timeout), skip it while it cools down, and are not repeated elsewhere when
// the chain itself answers with an error.
func TestRPCFailover(t *testing.T) {
	d := devnettest.Start(t, devnettest.WithHTTP)
	a, b := newRPCProxy(t, d.HTTPURL()), newRPCProxy(t, d.HTTPURL())
	rc, err := txrelay.NewRPCChain([]*chain.Client{a.client(t), b.client(t)}, 1000, 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	a.hits.Store(0)
	b.hits.Store(0)
	if _, err := rc.BlockNumber(ctx); err != nil || a.hits.Load() != 1 || b.hits.Load() != 0 {
		t.Fatalf("both up: err %v, hits %d/%d; want the first only", err, a.hits.Load(), b.hits.Load())
	}

	a.mode.Store("down")
	if _, err := rc.BlockNumber(ctx); err != nil || b.hits.Load() != 1 {
		t.Fatalf("first down: err %v, second's hits %d", err, b.hits.Load())
	}
	before := a.hits.Load()
	if _, err := rc.BlockNumber(ctx); err != nil || a.hits.Load() != before {
		t.Fatalf("the failed endpoint was not skipped while cooling down: err %v, hits %d→%d", err, before, a.hits.Load())
	}

	// A chain error is an answer, not an outage: no failover.
	b.hits.Store(0)
	_, err = rc.EstimateGas(ctx, ethereum.CallMsg{From: common.Address{1}, To: &common.Address{2}, Value: devnet.DevAccountBalance})
	if err == nil || b.hits.Load() != 1 {
		t.Fatalf("insufficient funds: err %v, second's hits %d (want one call, an error)", err, b.hits.Load())
	}

	// The second hangs: with the first still cooling down, the call waits its
	// timeout there and then tries the first again (which is back).
	a.mode.Store("up")
	b.mode.Store("hang")
	if _, err := rc.BlockNumber(ctx); err != nil {
		t.Fatalf("second hangs, first back: %v", err)
	}

	// Everything down: a clear error naming the cause, no hang.
	a.mode.Store("down")
	b.mode.Store("down")
	_, err = rc.BlockNumber(ctx)
	if err == nil || !strings.Contains(err.Error(), "no chain endpoint answered") {
		t.Fatalf("all down: %v", err)
	}
}

// TestRPCRateLimit: an endpoint allows its rate; a call that would have to
// wait past its context's deadline fails at once with a clear error.
func TestRPCRateLimit(t *testing.T) {
	d := devnettest.Start(t, devnettest.WithHTTP)
	p := newRPCProxy(t, d.HTTPURL())
	rc, err := txrelay.NewRPCChain([]*chain.Client{p.client(t)}, 2, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	for i := range 2 { // the burst
		if _, err := rc.BlockNumber(ctx); err != nil {
			t.Fatalf("call %d within the burst: %v", i, err)
		}
	}
	_, err = rc.BlockNumber(ctx) // the next place is 500 ms away
	if err == nil || !strings.Contains(err.Error(), "rate limit") {
		t.Fatalf("over the rate: %v", err)
	}
}

// TestChainOutageLosesNothing: with its only chain endpoint hanging, the
// relayer still accepts requests durably, /health says the chain is the
// problem, and once the endpoint is back every request lands.
func TestChainOutageLosesNothing(t *testing.T) {
	d := devnettest.Start(t, devnettest.WithHTTP, func(c *devnet.Config) { c.BlockPeriod = 50 * time.Millisecond })
	p := newRPCProxy(t, d.HTTPURL())
	r := newRig(t, 50*time.Millisecond, func(c *txrelay.Config) {
		rc, err := txrelay.NewRPCChain([]*chain.Client{p.client(t)}, 1000, 200*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		c.Chain = rc
	})
	// The rig's own devnet is not the one behind the proxy: check on p's.
	p.mode.Store("hang")
	var ids []string
	for i := range 5 {
		acc := r.submit(txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1", IdempotencyKey: string(rune('a' + i))})
		ids = append(ids, acc.ID)
	}
	code, body := r.do(http.MethodGet, "/health", "", nil)
	if code != http.StatusServiceUnavailable || !strings.Contains(string(body), `"chain":"txrelay: no chain endpoint answered`) {
		t.Fatalf("health during the outage: %d %s", code, body)
	}
	p.mode.Store("up")
	for id, st := range r.waitFinal(ids, 30*time.Second) {
		if st.Status != txrelay.StatusConfirmed {
			t.Fatalf("%s: %s %s", id, st.Status, st.Reason)
		}
	}
	c := p.client(t)
	if bal, err := c.BalanceAt(context.Background(), common.HexToAddress("0x1111111111111111111111111111111111111111"), nil); err != nil || bal.Int64() != 5 {
		t.Fatalf("on chain: %v %v", bal, err)
	}
}
