package txrelay_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/chain/devnet/devnettest"
	"github.com/relaynode/relaynode/internal/txrelay"
)

const testToken = "test-token-1"

// rig is a relayer on a real embedded devnet.
type rig struct {
	t       *testing.T
	d       *devnet.Devnet
	c       *chain.Client
	rl      *txrelay.Relayer
	url     string
	signers []*ecdsa.PrivateKey
	dir     string
	cfg     txrelay.Config
}

func newRig(t *testing.T, period time.Duration, mutate ...func(*txrelay.Config)) *rig {
	t.Helper()
	d := devnettest.Start(t, func(c *devnet.Config) { c.BlockPeriod = period })
	c, err := chain.NewClient(context.Background(), d.RPCClient(), "devnet", 10*time.Second, devnet.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	r := &rig{t: t, d: d, c: c, dir: t.TempDir()}
	for i := 4; i < 8; i++ {
		r.signers = append(r.signers, devnet.DevKey(i))
	}
	rc, err := txrelay.NewRPCChain([]*chain.Client{c}, 100000, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	r.cfg = txrelay.Config{
		LedgerPath: filepath.Join(r.dir, "tx.db"), Chain: rc, Signers: r.signers,
		Tokens:       []txrelay.Token{{Name: "test", Hash: txrelay.HashToken(testToken)}},
		RatePerToken: 100000, MaxBodyBytes: 1 << 16, MaxInFlight: 64, MaxQueue: 10000, Confirmations: 2, BumpAfter: 3,
		Fees:       txrelay.FeePolicy{BumpPercent: 15, MaxFeeCap: new(big.Int).Mul(big.NewInt(500), big.NewInt(params.GWei))},
		MinBalance: big.NewInt(params.Ether / 100), PollInterval: 20 * time.Millisecond, Decoder: chain.NewRevertDecoder(),
	}
	for _, m := range mutate {
		m(&r.cfg)
	}
	r.start()
	return r
}

func (r *rig) start() {
	r.t.Helper()
	rl, err := txrelay.New(context.Background(), r.cfg)
	if err != nil {
		r.t.Fatal(err)
	}
	r.rl = rl
	srv := httptest.NewServer(rl.Handler())
	r.url = srv.URL
	r.t.Cleanup(func() {
		srv.Close()
		rl.Shutdown(context.Background())
	})
}

func (r *rig) do(method, path, token string, body any) (int, []byte) {
	r.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, r.url+path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func (r *rig) submit(req txrelay.TxRequest) txrelay.TxAccepted {
	r.t.Helper()
	code, body := r.do(http.MethodPost, "/v1/tx", testToken, req)
	if code != http.StatusAccepted && code != http.StatusOK {
		r.t.Fatalf("submit: %d %s", code, body)
	}
	var acc txrelay.TxAccepted
	json.Unmarshal(body, &acc)
	return acc
}

func (r *rig) status(id string) txrelay.TxStatus {
	r.t.Helper()
	code, body := r.do(http.MethodGet, "/v1/tx/"+id, testToken, nil)
	if code != http.StatusOK {
		r.t.Fatalf("status %s: %d %s", id, code, body)
	}
	var st txrelay.TxStatus
	json.Unmarshal(body, &st)
	return st
}

// waitFinal waits until every id is terminal and returns their statuses.
func (r *rig) waitFinal(ids []string, timeout time.Duration) map[string]txrelay.TxStatus {
	r.t.Helper()
	out := map[string]txrelay.TxStatus{}
	deadline := time.Now().Add(timeout)
	for len(out) < len(ids) {
		if time.Now().After(deadline) {
			var open []string
			for _, id := range ids {
				if _, ok := out[id]; !ok {
					open = append(open, fmt.Sprintf("%s=%s", id, r.status(id).Status))
					if len(open) > 5 {
						break
					}
				}
			}
			r.t.Fatalf("%d of %d requests not final after %s: %v", len(ids)-len(out), len(ids), timeout, open)
		}
		for _, id := range ids {
			if _, ok := out[id]; ok {
				continue
			}
			st := r.status(id)
			if st.Status.Terminal() {
				out[id] = st
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return out
}

func TestTransfersLandExactlyOnceWithContiguousNonces(t *testing.T) {
	r := newRig(t, 100*time.Millisecond)
	const n = 200
	var ids []string
	dest := common.HexToAddress("0x00000000000000000000000000000000000d0d0d")
	for i := range n {
		acc := r.submit(txrelay.TxRequest{To: dest.Hex(), Value: "1", IdempotencyKey: fmt.Sprintf("k%d", i)})
		if acc.Duplicate || acc.Status != txrelay.StatusQueued {
			t.Fatalf("request %d: %+v", i, acc)
		}
		ids = append(ids, acc.ID)
	}
	// A retry with a known key returns the same id and enqueues nothing.
	again := r.submit(txrelay.TxRequest{To: dest.Hex(), Value: "1", IdempotencyKey: "k7"})
	if !again.Duplicate || again.ID != ids[7] {
		t.Fatalf("retry: %+v, want duplicate of %s", again, ids[7])
	}
	final := r.waitFinal(ids, 60*time.Second)
	perSigner := map[string][]uint64{}
	for _, st := range final {
		if st.Status != txrelay.StatusConfirmed || st.Nonce == nil || st.Confirmations < 2 {
			t.Fatalf("request %s: %+v", st.ID, st)
		}
		perSigner[st.Signer] = append(perSigner[st.Signer], *st.Nonce)
	}
	ctx := context.Background()
	bal, _ := r.c.BalanceAt(ctx, dest, nil)
	if bal.Int64() != n {
		t.Fatalf("destination got %s wei, want exactly %d", bal, n)
	}
	for _, k := range r.signers {
		a := crypto.PubkeyToAddress(k.PublicKey)
		nonces := perSigner[a.Hex()]
		onChain, _ := r.c.NonceAt(ctx, a, nil)
		if uint64(len(nonces)) != onChain {
			t.Fatalf("signer %s: %d requests, chain nonce %d", a.Hex(), len(nonces), onChain)
		}
		seen := make([]bool, len(nonces))
		for _, nc := range nonces {
			if nc >= uint64(len(nonces)) || seen[nc] {
				t.Fatalf("signer %s: nonces %v are not contiguous from 0", a.Hex(), nonces)
			}
			seen[nc] = true
		}
	}
}

func TestBadInputIsRefusedAndNothingEnqueued(t *testing.T) {
	r := newRig(t, 100*time.Millisecond)
	to := "0x00000000000000000000000000000000000d0d0d"
	cases := []struct {
		name, token string
		body        any
		code        int
		want        string
	}{
		{"no token", "", txrelay.TxRequest{To: to}, 401, "unauthorized"},
		{"wrong token", "nope", txrelay.TxRequest{To: to}, 401, "unauthorized"},
		{"bad address", testToken, txrelay.TxRequest{To: "0x1234"}, 400, "bad_address"},
		{"bad data", testToken, txrelay.TxRequest{To: to, Data: "0xzz"}, 400, "bad_data"},
		{"bad method", testToken, txrelay.TxRequest{To: to, Method: "transfer(address", Args: nil}, 400, "bad_args"},
		{"bad args", testToken, txrelay.TxRequest{To: to, Method: "transfer(address,uint256)", Args: []json.RawMessage{json.RawMessage(`"0x12"`), json.RawMessage(`1`)}}, 400, "bad_args"},
		{"arg count", testToken, txrelay.TxRequest{To: to, Method: "transfer(address,uint256)", Args: []json.RawMessage{json.RawMessage(`"` + to + `"`)}}, 400, "bad_args"},
		{"uint overflow", testToken, txrelay.TxRequest{To: to, Method: "f(uint8)", Args: []json.RawMessage{json.RawMessage(`256`)}}, 400, "bad_args"},
		{"negative value", testToken, txrelay.TxRequest{To: to, Value: "-1"}, 400, "bad_value"},
		{"gas too low", testToken, txrelay.TxRequest{To: to, GasLimit: 100}, 400, "bad_gas_limit"},
		{"unknown signer", testToken, txrelay.TxRequest{To: to, Signer: to}, 400, "unknown_signer"},
		{"oversized body", testToken, map[string]string{"to": to, "data": "0x" + strings.Repeat("00", 1<<16)}, 413, "body_too_large"},
		{"not json", testToken, "just a string", 400, "bad_request"},
	}
	for _, tc := range cases {
		code, body := r.do(http.MethodPost, "/v1/tx", tc.token, tc.body)
		if code != tc.code || !strings.Contains(string(body), `"code":"`+tc.want+`"`) {
			t.Errorf("%s: %d %s", tc.name, code, body)
		}
	}
	if code, body := r.do(http.MethodGet, "/v1/tx/tx_nope", testToken, nil); code != 404 || !strings.Contains(string(body), "unknown_id") {
		t.Errorf("unknown id: %d %s", code, body)
	}
	queued, inFlight, err := r.rl.Ledger().Depth(context.Background())
	if err != nil || queued+inFlight != 0 {
		t.Fatalf("something was enqueued: %d queued, %d in flight, %v", queued, inFlight, err)
	}
	// A method call with good arguments encodes and lands.
	acc := r.submit(txrelay.TxRequest{To: to, Method: "transfer(address,uint256)", Args: []json.RawMessage{json.RawMessage(`"` + to + `"`), json.RawMessage(`"1000"`)}})
	if st := r.waitFinal([]string{acc.ID}, 30*time.Second)[acc.ID]; st.Status != txrelay.StatusConfirmed {
		t.Fatalf("method call: %+v", st)
	}
}

// TestReservedSignerSignsOnlyWhenNamed: a reserved signer (the operator key)
// takes no request that does not name it, and signs those that do; the Go
// client sees the same statuses as the HTTP API.
func TestReservedSignerSignsOnlyWhenNamed(t *testing.T) {
	operator := devnet.DevKey(3)
	r := newRig(t, 100*time.Millisecond, func(c *txrelay.Config) {
		c.Signers = c.Signers[:1]
		c.ReservedSigners = []*ecdsa.PrivateKey{operator}
		c.ReservedFor = []string{"test"}
		c.Tokens = append(c.Tokens, txrelay.Token{Name: "other", Hash: txrelay.HashToken("other-token-1")})
	})
	cl, err := txrelay.NewClient(r.url, testToken, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	opAddr := crypto.PubkeyToAddress(operator.PublicKey)
	var anyIDs []string
	for i := range 5 {
		acc, err := cl.Submit(ctx, txrelay.TxRequest{To: "0x000000000000000000000000000000000000dEaD", Value: "1", IdempotencyKey: fmt.Sprintf("any-%d", i)})
		if err != nil {
			t.Fatal(err)
		}
		anyIDs = append(anyIDs, acc.ID)
	}
	named, err := cl.Submit(ctx, txrelay.TxRequest{To: "0x000000000000000000000000000000000000dEaD", Value: "1", Signer: opAddr.Hex(), IdempotencyKey: "named"})
	if err != nil {
		t.Fatal(err)
	}
	final := r.waitFinal(append(anyIDs, named.ID), 30*time.Second)
	for _, id := range anyIDs {
		if common.HexToAddress(final[id].Signer) == opAddr {
			t.Fatalf("%s was signed by the reserved signer", id)
		}
	}
	st, err := cl.Status(ctx, named.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.Status != txrelay.StatusConfirmed || common.HexToAddress(st.Signer) != opAddr {
		t.Fatalf("named request: %+v", st)
	}
	if _, err := cl.Status(ctx, "tx_nope"); !errors.Is(err, txrelay.ErrRefused) {
		t.Fatalf("unknown id: %v, want ErrRefused", err)
	}
	// Another token may not have the operator key sign anything.
	other, _ := txrelay.NewClient(r.url, "other-token-1", 5*time.Second)
	_, err = other.Submit(ctx, txrelay.TxRequest{To: "0x000000000000000000000000000000000000dEaD", Value: "1", Signer: opAddr.Hex(), IdempotencyKey: "steal"})
	if !errors.Is(err, txrelay.ErrRefused) || !strings.Contains(err.Error(), "signer_reserved") {
		t.Fatalf("another token used the reserved signer: %v", err)
	}
}
