package relay_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/meter"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
	"github.com/relaynode/relaynode/pkg/client"
)

func TestServedRelayIsSignedAndMined(t *testing.T) {
	r := newRig(t)
	c := r.client(r.app, "eth")
	resp, err := c.Do(context.Background(), client.JSONRPC("eth", []byte(`{"jsonrpc":"2.0","id":7,"method":"eth_blockNumber"}`)))
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != `{"jsonrpc":"2.0","id":7,"result":"0x1"}` || resp.Supplier != r.supplier {
		t.Fatalf("response %s from %s", resp.Body, resp.Supplier)
	}
	// The relay record verifies with the domain: both signers recover.
	requester, supplier, key, err := r.chain.domain.Signers(resp.Relay)
	if err != nil || requester != c.Application() || supplier != r.supplier || key != r.chain.domain.RequestDigest(resp.Relay.Header) {
		t.Fatalf("relay does not verify: %v %s %s", err, requester, supplier)
	}
	if r.miner.Total() != 1 {
		t.Fatalf("miner saw %d relays", r.miner.Total())
	}

	// A batch is one relay of three calls.
	resp, err = c.Do(context.Background(), client.JSONRPC("eth", []byte(`[{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","id":2,"method":"b"},{"jsonrpc":"2.0","id":3,"method":"c"}]`)))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Relay.Header.Calls != 3 || r.miner.Count(svc("eth")).ComputeUnits != 4 {
		t.Fatalf("batch: calls %d, compute units %d", resp.Relay.Header.Calls, r.miner.Count(svc("eth")).ComputeUnits)
	}
	spent := r.meter.Spent(meter.Key{Application: c.Application(), Service: svc("eth"), SessionStart: 20, Supplier: r.supplier})
	if spent.Uint64() != 4 { // 4 calls x 1 CU x 1 token per CU
		t.Fatalf("meter spent %s, want 4", spent)
	}
}

func TestDelegatedGatewayAndREST(t *testing.T) {
	r := newRig(t)
	gw := mustKey()
	r.chain.delegated[crypto.PubkeyToAddress(gw.PublicKey)] = true
	c := r.client(gw, "api")
	resp, err := c.Do(context.Background(), client.Request{Service: svc("api"), Method: http.MethodPut, Target: "/items?x=1&y=2"})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != `{"method":"PUT","query":"x=1&y=2"}` {
		t.Fatalf("REST passthrough: %s", resp.Body)
	}
}

// TestEveryFailureHasItsOwnError sends each kind of bad relay and checks its
// stable code, status and JSON-RPC error, that nothing was charged or mined,
// and that the node still serves a good relay afterwards.
func TestEveryFailureHasItsOwnError(t *testing.T) {
	r := newRig(t)
	good := func() {
		t.Helper()
		resp, body := r.send(r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`))
		if resp.StatusCode != 200 || resp.Header.Get(relay.HeaderResponse) == "" {
			t.Fatalf("a good relay after a bad one failed: %d %s", resp.StatusCode, body)
		}
	}
	good()
	stranger, gw := mustKey(), mustKey()
	r.chain.gateways[crypto.PubkeyToAddress(gw.PublicKey)] = true
	cases := []struct {
		name   string
		prep   func() raw
		code   relay.Code
		status int
		rpc    int
	}{
		{"wrong signature", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.mutate = func(e *protocol.RequestEnvelope) { e.Signature[10] ^= 0xff }
			return x
		}, relay.CodeBadSignature, 401, 0},
		{"high-s signature", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.mutate = func(e *protocol.RequestEnvelope) { e.Signature[32] = 0xff }
			return x
		}, relay.CodeBadSignature, 401, 0},
		{"signed by a stranger", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.key = stranger
			return x
		}, relay.CodeBadSignature, 401, 0},
		{"undelegated gateway", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.key = gw
			return x
		}, relay.CodeNotDelegated, 403, 0},
		{"expired session", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.header.SessionStart = 0 // [0,10) + 2 grace blocks; the head is 25
			return x
		}, relay.CodeSessionExpired, 410, 0},
		{"future session", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.header.SessionStart = 40
			return x
		}, relay.CodeSessionNotStarted, 425, 0},
		{"supplier not in session", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.header.Supplier = crypto.PubkeyToAddress(stranger.PublicKey)
			return x
		}, relay.CodeNotInSession, 421, 0},
		{"unknown service", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.service = "nope"
			return x
		}, relay.CodeUnknownService, 404, 0},
		{"body over the limit", func() raw {
			return r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x","params":["` + strings.Repeat("a", 5000) + `"]}`)
		}, relay.CodeBodyTooLarge, 413, 0},
		{"malformed JSON", func() raw { return r.rawRelay(`{"jsonrpc":"2.0","id":1,`) }, relay.CodeMalformedRequest, 400, -32700},
		{"calls mismatch", func() raw {
			x := r.rawRelay(`[{"jsonrpc":"2.0","id":1,"method":"x"},{"jsonrpc":"2.0","id":2,"method":"x"}]`)
			x.header.Calls = 1
			return x
		}, relay.CodeCallsMismatch, 400, 0},
		{"missing envelope", func() raw {
			x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
			x.mutate = func(e *protocol.RequestEnvelope) { *e = protocol.RequestEnvelope{} }
			return x
		}, relay.CodeBadSignature, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mined := r.miner.Total()
			resp, body := r.send(tc.prep())
			code, ok := relay.ParseError(resp)
			if tc.status == 0 { // only "some clear error"
				if !ok || resp.StatusCode < 400 {
					t.Fatalf("accepted: %d %s", resp.StatusCode, body)
				}
			} else if !ok || code != tc.code || resp.StatusCode != tc.status {
				t.Fatalf("got %d %q, want %d %q: %s", resp.StatusCode, code, tc.status, tc.code, body)
			}
			var rpcResp struct {
				ID    json.RawMessage `json:"id"`
				Error relay.RPCError  `json:"error"`
			}
			if err := json.Unmarshal(body, &rpcResp); err != nil || rpcResp.Error.Data.Code == "" || rpcResp.Error.Message == "" {
				t.Fatalf("not a JSON-RPC error with a stable code: %s", body)
			}
			if tc.rpc != 0 && rpcResp.Error.Code != tc.rpc {
				t.Fatalf("JSON-RPC code %d, want %d", rpcResp.Error.Code, tc.rpc)
			}
			if r.miner.Total() != mined {
				t.Fatal("a refused relay was mined")
			}
			good()
		})
	}
}

func TestReplayedNonceIsRefused(t *testing.T) {
	r := newRig(t)
	x := r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)
	if resp, body := r.send(x); resp.StatusCode != 200 {
		t.Fatalf("first: %d %s", resp.StatusCode, body)
	}
	resp, _ := r.send(x)
	if code, _ := relay.ParseError(resp); code != relay.CodeReplayedNonce || resp.StatusCode != http.StatusConflict {
		t.Fatalf("replay: %d %s", resp.StatusCode, code)
	}
	if r.miner.Total() != 1 {
		t.Fatalf("mined %d", r.miner.Total())
	}
}

func TestBackendDownIsRefundedAndFailsOver(t *testing.T) {
	r := newRig(t)
	c := r.client(r.app, "eth")
	key := meter.Key{Application: c.Application(), Service: svc("eth"), SessionStart: 20, Supplier: r.supplier}
	r.backend.down.Store(true)
	_, err := c.Do(context.Background(), client.JSONRPC("eth", []byte(`{"jsonrpc":"2.0","id":1,"method":"x"}`)))
	var re *relay.Error
	if !errors.As(err, &re) || re.Code != relay.CodeBackendUnavailable {
		t.Fatalf("backend down: %v", err)
	}
	if s := r.meter.Spent(key); !s.IsZero() {
		t.Fatalf("a failed relay stayed charged: %s", s)
	}
	if r.miner.Total() != 0 {
		t.Fatal("a failed relay was mined")
	}
	r.backend.down.Store(false)
	if _, err := c.Do(context.Background(), client.JSONRPC("eth", []byte(`{"jsonrpc":"2.0","id":1,"method":"x"}`))); err != nil {
		t.Fatalf("after recovery: %v", err)
	}
}

func TestFailoverToSecondBackend(t *testing.T) {
	second := newBackend(t)
	r := newRig(t, func(cfg *relay.Config, rr *rig) {
		b, err := relay.NewBackends("eth", "jsonrpc", []string{rr.backend.URL, second.URL}, relay.NewBackendClient(), time.Hour, nil2log())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Shutdown)
		cfg.Services[0].Backends = b
	})
	r.backend.down.Store(true)
	c := r.client(r.app, "eth")
	for range 4 {
		if _, err := c.Do(context.Background(), client.JSONRPC("eth", []byte(`{"jsonrpc":"2.0","id":1,"method":"x"}`))); err != nil {
			t.Fatalf("failover: %v", err)
		}
	}
	if second.calls.Load() != 4 {
		t.Fatalf("second backend served %d of 4", second.calls.Load())
	}
}

func TestExhaustedBudget(t *testing.T) {
	r := newRig(t)
	// budget = stake / (suppliers x pendingSessions) = 12 / (1 x 2) = 6 calls.
	r.chain.stake.SetInt64(12)
	c := r.client(r.app, "eth")
	for i := range 6 {
		if _, err := c.Do(context.Background(), client.JSONRPC("eth", []byte(`{"jsonrpc":"2.0","id":1,"method":"x"}`))); err != nil {
			t.Fatalf("call %d within budget: %v", i, err)
		}
	}
	_, err := c.Do(context.Background(), client.JSONRPC("eth", []byte(`{"jsonrpc":"2.0","id":1,"method":"x"}`)))
	var re *relay.Error
	if !errors.As(err, &re) || re.Code != relay.CodeBudgetExhausted || !strings.Contains(re.Detail, "budget") || !strings.Contains(re.Detail, "6") {
		t.Fatalf("over budget: %v", err)
	}
	if r.miner.Total() != 6 {
		t.Fatalf("mined %d, want 6", r.miner.Total())
	}
}

func TestStreamsAreForwardedAndSignedAtTheEnd(t *testing.T) {
	r := newRig(t)
	for _, target := range []string{"/sse", "/ndjson"} {
		x := r.rawRelay("")
		x.service, x.target, x.method = "stream", target, http.MethodGet
		x.header.PayloadHash = protocol.PayloadHash(x.method, x.target, nil)
		resp, body := r.send(x)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", target, resp.StatusCode, body)
		}
		var sigText string
		content := body
		if target == "/sse" {
			i := strings.Index(string(body), "event: "+relay.SSEResponseEvent)
			if i < 0 {
				t.Fatalf("no signature event in %q", body)
			}
			content = body[:i]
			sigText = strings.TrimSpace(strings.TrimPrefix(strings.SplitN(string(body[i:]), "\n", 3)[1], "data: "))
		} else {
			sigText = resp.Trailer.Get(relay.HeaderResponse)
		}
		env, err := protocol.DecodeResponseEnvelope(sigText)
		if err != nil {
			t.Fatalf("%s: signature %q: %v", target, sigText, err)
		}
		x.header.Service = svc("stream")
		digest := r.chain.domain.RequestDigest(x.header)
		who, err := protocol.Recover(r.chain.domain.ResponseDigest(digest, protocol.ResponseHash(content)), env.Signature)
		if err != nil || who != r.supplier {
			t.Fatalf("%s: stream signature does not verify: %v %s", target, err, who)
		}
		if !strings.Contains(string(content), "2") {
			t.Fatalf("%s: content %q", target, content)
		}
	}
	if r.miner.Total() != 2 {
		t.Fatalf("mined %d streams, want 2", r.miner.Total())
	}
}

// TestOverloadAnswersEveryRequest offers far more concurrent relays than the
// node takes: each one gets a served response or an explicit 503, and the
// miner gets exactly the served ones.
func TestOverloadAnswersEveryRequest(t *testing.T) {
	r := newRig(t, func(cfg *relay.Config, _ *rig) {
		cfg.MaxInFlight = 4
		cfg.QueueTimeout = 5 * time.Millisecond
	})
	r.backend.delay.Store(int64(20 * time.Millisecond))
	const n = 200
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[int]int{}
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, _ := r.send(r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`))
			mu.Lock()
			counts[resp.StatusCode]++
			mu.Unlock()
			if resp.StatusCode == 503 && resp.Header.Get("Retry-After") == "" {
				t.Error("503 without Retry-After")
			}
		}()
	}
	wg.Wait()
	if counts[200]+counts[503] != n || counts[503] == 0 || counts[200] == 0 {
		t.Fatalf("status counts %v; want only 200 and 503, both present", counts)
	}
	if int(r.miner.Total()) != counts[200] {
		t.Fatalf("mined %d, served %d", r.miner.Total(), counts[200])
	}
}

func TestPerIPLimit(t *testing.T) {
	r := newRig(t, func(cfg *relay.Config, _ *rig) { cfg.PerIPRate, cfg.PerIPBurst = 1, 3 })
	limited := 0
	for range 10 {
		resp, _ := r.send(r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`))
		if resp.StatusCode == http.StatusTooManyRequests {
			limited++
			if c, _ := relay.ParseError(resp); c != relay.CodeRateLimited {
				t.Fatalf("429 with code %q", c)
			}
		}
	}
	if limited < 6 {
		t.Fatalf("only %d of 10 limited with a burst of 3", limited)
	}
}

func TestSessionLookupFailureIsExplicit(t *testing.T) {
	r := newRig(t)
	r.chain.sessionErr = errors.New("rpc timeout")
	resp, body := r.send(r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`))
	if c, _ := relay.ParseError(resp); c != relay.CodeChainUnavailable || resp.StatusCode != 503 {
		t.Fatalf("chain down: %d %s", resp.StatusCode, body)
	}
	r.chain.sessionErr = nil
	if resp, _ := r.send(r.rawRelay(`{"jsonrpc":"2.0","id":1,"method":"x"}`)); resp.StatusCode != 200 {
		t.Fatal("not serving after the chain came back")
	}
}

// TestSDKStreamsAndVerifiesAtTheEnd reads streams through pkg/client: the
// content arrives without the signature event, and the relay verifies once
// the end is read.
func TestSDKStreamsAndVerifiesAtTheEnd(t *testing.T) {
	r := newRig(t)
	c := r.client(r.app, "stream")
	for target, want := range map[string]string{
		"/sse":    "data: chunk 0\n\ndata: chunk 1\n\ndata: chunk 2\n\n",
		"/ndjson": "{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n",
	} {
		s, err := c.Stream(context.Background(), client.Request{Service: svc("stream"), Method: http.MethodGet, Target: target})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := s.Relay(); ok {
			t.Fatal("verified before the end was read")
		}
		body, err := io.ReadAll(s.Body)
		s.Body.Close()
		if err != nil || string(body) != want {
			t.Fatalf("%s: %q, %v", target, body, err)
		}
		if rel, ok := s.Relay(); !ok || rel.ResponseHash != protocol.ResponseHash(body) {
			t.Fatalf("%s: relay not verified", target)
		}
	}
}

// TestSDKRejectsAForgedStreamSignature: a "supplier" whose final signature
// does not match what it streamed is caught when the end is read.
func TestSDKRejectsAForgedStreamSignature(t *testing.T) {
	r := newRig(t)
	forger := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, "data: hello\n\n")
		var sig protocol.Signature
		sig[64] = 27
		io.WriteString(w, "event: "+relay.SSEResponseEvent+"\ndata: "+protocol.ResponseEnvelope{Signature: sig}.Encode()+"\n\n")
	}))
	defer forger.Close()
	c := r.client(r.app, "stream")
	r.chain.mu.Lock()
	r.chain.endpoints[r.supplier] = forger.URL
	r.chain.mu.Unlock()
	s, err := c.Stream(context.Background(), client.Request{Service: svc("stream"), Method: http.MethodGet, Target: "/sse"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(s.Body)
	var re *relay.Error
	if !errors.As(err, &re) || re.Code != relay.CodeBadResponse {
		t.Fatalf("forged stream accepted: %v", err)
	}
}
