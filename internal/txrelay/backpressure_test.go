package txrelay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/txrelay"
)

// post sends a JSON body and returns the status, the Retry-After header and
// the decoded body.
func (r *rig) post(path, token string, body any) (int, string, map[string]any) {
	r.t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, r.url+path, bytes.NewReader(b))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, resp.Header.Get("Retry-After"), out
}

// health reads /health.
func (r *rig) health() txrelay.Health {
	r.t.Helper()
	code, body := r.do(http.MethodGet, "/health", "", nil)
	var h txrelay.Health
	if err := json.Unmarshal(body, &h); err != nil {
		r.t.Fatalf("health: %d %s", code, body)
	}
	return h
}

// TestFullSignersAndQueueAnswer429 fills every signer's in-flight bound and
// then the queue on a chain that seals nothing: the next request, on the
// REST API and on a Powerloom endpoint, gets 429 with Retry-After and is not
// enqueued. Once blocks come, the backlog drains and requests are taken again.
func TestFullSignersAndQueueAnswer429(t *testing.T) {
	r := newRig(t, 0, func(c *txrelay.Config) {
		c.MaxInFlight, c.MaxQueue, c.Confirmations = 1, 2, 1
		// Endpoints configured; nothing reaches these addresses here.
		c.PowerloomState, c.PowerloomDataMarket = common.Address{0x9e}, common.Address{0xda}
	})
	transfer := func(key string) txrelay.TxRequest {
		return txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1", IdempotencyKey: key}
	}
	var ids []string
	for _, k := range []string{"a", "b", "c", "d"} { // one per signer
		ids = append(ids, r.submit(transfer(k)).ID)
	}
	deadline := time.Now().Add(10 * time.Second)
	for h := r.health(); h.InFlight != len(r.signers); h = r.health() {
		if time.Now().After(deadline) {
			t.Fatalf("signers did not take one each: %+v", h)
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, k := range []string{"e", "f"} { // the queue's two places
		ids = append(ids, r.submit(transfer(k)).ID)
	}
	code, retry, out := r.post("/v1/tx", testToken, transfer("g"))
	if code != http.StatusTooManyRequests || retry == "" || out["code"] != "queue_full" {
		t.Fatalf("full: %d Retry-After=%q %v", code, retry, out)
	}
	code, retry, out = r.post("/submitUpdateRewards", "", map[string]any{"slotIDs": []int{1}, "submissionsList": []int{1},
		"day": 1, "eligibleNodes": 1, "authToken": testToken})
	if code != http.StatusTooManyRequests || retry == "" || out["message"] != "Relayer busy, retry shortly" {
		t.Fatalf("full, Powerloom endpoint: %d Retry-After=%q %v", code, retry, out)
	}
	if h := r.health(); h.Queue != 2 {
		t.Fatalf("a refused request was enqueued: queue %d, want 2", h.Queue)
	}
	if code, _ := r.do(http.MethodGet, "/v1/tx/nonexistent", testToken, nil); code != http.StatusNotFound {
		t.Fatalf("unknown id: %d", code)
	}

	// Blocks arrive: everything accepted lands, and "g" is taken now.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			r.d.Commit()
			time.Sleep(30 * time.Millisecond)
		}
	}()
	for id, st := range r.waitFinal(ids, 30*time.Second) {
		if st.Status != txrelay.StatusConfirmed {
			t.Fatalf("%s: %s %s", id, st.Status, st.Reason)
		}
	}
	if g := r.submit(transfer("g")); g.Duplicate {
		t.Fatalf("the refused request had been recorded: %+v", g)
	}
}

// TestRateLimitPerToken: a token over its rate gets 429 with Retry-After;
// another token is unaffected.
func TestRateLimitPerToken(t *testing.T) {
	r := newRig(t, 50*time.Millisecond, func(c *txrelay.Config) {
		c.RatePerToken = 1
		c.Tokens = append(c.Tokens, txrelay.Token{Name: "other", Hash: txrelay.HashToken("other-token")})
	})
	limited := 0
	for i := range 10 {
		code, retry, out := r.post("/v1/tx", testToken, txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1", IdempotencyKey: string(rune('a' + i))})
		if code == http.StatusTooManyRequests {
			if retry == "" || out["code"] != "rate_limited" {
				t.Fatalf("rate limited without Retry-After or code: %q %v", retry, out)
			}
			limited++
		}
	}
	if limited < 5 {
		t.Fatalf("%d of 10 back-to-back requests limited at 1/s (burst 2)", limited)
	}
	if code, _, out := r.post("/v1/tx", "other-token", txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1"}); code != http.StatusAccepted {
		t.Fatalf("another token: %d %v", code, out)
	}
}
