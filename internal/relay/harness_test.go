package relay_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/meter"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
	"github.com/relaynode/relaynode/pkg/client"
)

// fakeChain is an in-memory registry view: one parameter set, sessions that
// the test defines, delegations it grants.
type fakeChain struct {
	domain protocol.Domain
	params protocol.Params
	head   atomic.Uint64
	mu     sync.Mutex
	// suppliers of every session, unless a session is overridden
	suppliers  []common.Address
	override   map[uint64][]common.Address
	stake      *big.Int
	delegated  map[common.Address]bool
	gateways   map[common.Address]bool
	endpoints  map[common.Address]string
	noApps     map[common.Address]bool
	sessionErr error
}

func newFakeChain(suppliers ...common.Address) *fakeChain {
	p := protocol.Params{
		BlocksPerSession: 10, GracePeriodBlocks: 2, ClaimWindowBlocks: 4, ProofWindowBlocks: 4,
		SuppliersPerSession: 8, UnbondingBlocks: 40, ProofProbabilityPpm: 0,
		ProofRequirementThreshold: big.NewInt(1e6), TokensPerComputeUnit: big.NewInt(1),
		MinApplicationStake: big.NewInt(1), MinGatewayStake: big.NewInt(1), MinSupplierStake: big.NewInt(1),
	}
	f := &fakeChain{
		domain: protocol.NewDomain(1337, common.Address{0x42}), params: p, suppliers: suppliers,
		override: map[uint64][]common.Address{}, stake: big.NewInt(1_000_000), delegated: map[common.Address]bool{}, gateways: map[common.Address]bool{},
		endpoints: map[common.Address]string{}, noApps: map[common.Address]bool{},
	}
	f.head.Store(25)
	return f
}

func (f *fakeChain) Head() uint64            { return f.head.Load() }
func (f *fakeChain) Domain() protocol.Domain { return f.domain }
func (f *fakeChain) CurrentSessionStart() (uint64, protocol.Params) {
	h := f.head.Load()
	return h - h%f.params.BlocksPerSession, f.params
}

func (f *fakeChain) Session(_ context.Context, app common.Address, service protocol.ServiceID, start uint64) (*chain.SessionInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.sessionErr != nil {
		return nil, f.sessionErr
	}
	if f.noApps[app] {
		return nil, fmt.Errorf("%w: %w", chain.ErrNoSession, &chain.RevertError{Name: "ApplicationNotActive"})
	}
	if start%f.params.BlocksPerSession != 0 {
		return nil, fmt.Errorf("%w: %d is not a session start", chain.ErrNoSession, start)
	}
	sups := f.suppliers
	if o, ok := f.override[start]; ok {
		sups = o
	}
	return chain.NewSessionInfo(chain.Session{
		Application: app, Service: service, Start: start, End: start + f.params.BlocksPerSession,
		ID: common.Hash{byte(start)}, Suppliers: sups, Params: f.params,
	}, 1, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)), f.stake), nil
}

func (f *fakeChain) Delegated(_ context.Context, _, gateway common.Address, _ uint64) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.delegated[gateway], nil
}

func (f *fakeChain) IsGateway(_ context.Context, addr common.Address, _ uint64) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.gateways[addr], nil
}

func (f *fakeChain) Endpoint(_ context.Context, supplier common.Address, _ protocol.ServiceID) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if e, ok := f.endpoints[supplier]; ok {
		return e, nil
	}
	return "", fmt.Errorf("no endpoint for %s", supplier.Hex())
}

// backend is a fake JSON-RPC backend: it answers every call with its id and
// result "0x1", streams on /sse and /ndjson, and can be made to fail or stall.
type backend struct {
	*httptest.Server
	calls atomic.Int64
	down  atomic.Bool
	delay atomic.Int64 // nanoseconds
}

func newBackend(t *testing.T) *backend {
	b := &backend{}
	b.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.calls.Add(1)
		if d := b.delay.Load(); d > 0 {
			time.Sleep(time.Duration(d))
		}
		if b.down.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		switch r.URL.Path {
		case "/sse":
			w.Header().Set("Content-Type", "text/event-stream")
			for i := range 3 {
				fmt.Fprintf(w, "data: chunk %d\n\n", i)
				w.(http.Flusher).Flush()
			}
			return
		case "/ndjson":
			w.Header().Set("Content-Type", "application/x-ndjson")
			for i := range 3 {
				fmt.Fprintf(w, "{\"n\":%d}\n", i)
				w.(http.Flusher).Flush()
			}
			return
		case "/rest/items":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"method":%q,"query":%q}`, r.Method, r.URL.RawQuery)
			return
		}
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(answer(body))
	}))
	t.Cleanup(b.Close)
	return b
}

// answer returns a JSON-RPC response (or batch) with result "0x1".
func answer(body []byte) []byte {
	type req struct {
		ID json.RawMessage `json:"id"`
	}
	one := func(id json.RawMessage) string { return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":"0x1"}`, id) }
	if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
		var batch []req
		json.Unmarshal(body, &batch)
		parts := make([]string, len(batch))
		for i, r := range batch {
			parts[i] = one(r.ID)
		}
		return []byte("[" + strings.Join(parts, ",") + "]")
	}
	var r req
	json.Unmarshal(body, &r)
	return []byte(one(r.ID))
}

// rig is a relay server with a fake chain, a real meter and fake backends.
type rig struct {
	t        *testing.T
	chain    *fakeChain
	app      *ecdsa.PrivateKey
	supKey   *ecdsa.PrivateKey
	supplier common.Address
	backend  *backend
	srv      *relay.Server
	url      string // base URL of the node
	meter    *meter.Meter
	miner    *relay.CountingMiner
	metrics  *relay.Metrics
}

type rigOpt func(*relay.Config, *rig)

func newRig(t *testing.T, opts ...rigOpt) *rig {
	t.Helper()
	r := &rig{t: t, app: mustKey(), supKey: mustKey(), backend: newBackend(t), miner: relay.NewCountingMiner()}
	r.supplier = crypto.PubkeyToAddress(r.supKey.PublicKey)
	r.chain = newFakeChain(r.supplier)
	m, err := meter.Open(context.Background(), meter.Config{Path: filepath.Join(t.TempDir(), "meter.db")})
	if err != nil {
		t.Fatal(err)
	}
	r.meter = m
	t.Cleanup(func() { m.Shutdown(context.Background()) })
	log := slog.New(slog.DiscardHandler)
	b, err := relay.NewBackends("eth", "jsonrpc", []string{r.backend.URL}, relay.NewBackendClient(), time.Hour, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Shutdown)
	rb, err := relay.NewBackends("api", "rest", []string{r.backend.URL + "/rest"}, relay.NewBackendClient(), time.Hour, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rb.Shutdown)
	sb, err := relay.NewBackends("stream", "rest", []string{r.backend.URL}, relay.NewBackendClient(), time.Hour, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sb.Shutdown)
	r.metrics = relay.NewMetrics(prometheus.NewRegistry(), "node")
	cfg := relay.Config{
		Key: r.supKey, Sessions: r.chain, Meter: m, Miner: r.miner, Metrics: r.metrics, Log: log,
		MaxBodyBytes: 4096, MaxInFlight: 64, QueueTimeout: time.Second,
		Services: []*relay.Service{
			{ID: svc("eth"), Kind: "jsonrpc", Backends: b, Timeout: 5 * time.Second},
			{ID: svc("api"), Kind: "rest", Backends: rb, Timeout: 5 * time.Second},
			{ID: svc("stream"), Kind: "rest", Backends: sb, Timeout: 5 * time.Second},
		},
	}
	for _, o := range opts {
		o(&cfg, r)
	}
	srv, err := relay.NewServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	r.srv = srv
	hs := httptest.NewServer(srv)
	t.Cleanup(func() {
		hs.Close()
		srv.Shutdown(context.Background())
	})
	r.url = hs.URL
	return r
}

func svc(s string) protocol.ServiceID { return protocol.MustParseServiceID(s) }

func mustKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(err)
	}
	return k
}

// client returns an SDK client signing with key for the rig's application.
func (r *rig) client(key *ecdsa.PrivateKey, service string) *client.Client {
	r.chain.mu.Lock()
	r.chain.endpoints[r.supplier] = r.url + relay.PathPrefix + service
	r.chain.mu.Unlock()
	c, err := client.New(client.Config{Sessions: r.chain, Key: key, Application: crypto.PubkeyToAddress(r.app.PublicKey), Retries: 0, Timeout: 5 * time.Second})
	if err != nil {
		r.t.Fatal(err)
	}
	return c
}

// raw is a hand-built relay, for requests the SDK would never send.
type raw struct {
	service string
	target  string
	method  string
	body    []byte
	header  protocol.RelayHeader
	key     *ecdsa.PrivateKey
	mutate  func(*protocol.RequestEnvelope)
}

func (r *rig) rawRelay(body string) raw {
	start, _ := r.chain.CurrentSessionStart()
	return raw{
		service: "eth", target: "/", method: http.MethodPost, body: []byte(body), key: r.app,
		header: protocol.RelayHeader{Application: crypto.PubkeyToAddress(r.app.PublicKey), Service: svc("eth"),
			SessionStart: start, Supplier: r.supplier, Nonce: rand.Uint64(), Calls: 1},
	}
}

// send signs and posts a raw relay and returns the response.
func (r *rig) send(x raw) (*http.Response, []byte) {
	r.t.Helper()
	x.header.Service = svc(x.service)
	x.header.PayloadHash = protocol.PayloadHash(x.method, x.target, x.body)
	sig, err := protocol.Sign(r.chain.domain.RequestDigest(x.header), x.key)
	if err != nil {
		r.t.Fatal(err)
	}
	env := x.header.Envelope(sig)
	if x.mutate != nil {
		x.mutate(&env)
	}
	path := r.url + relay.PathPrefix + x.service
	if x.target != "/" {
		path += x.target
	}
	req, _ := http.NewRequest(x.method, path, bytes.NewReader(x.body))
	req.Header.Set(relay.HeaderRequest, env.Encode())
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

// wsDial opens a raw relayed WebSocket to the node.
func wsDial(t *testing.T, base, service string) *websocket.Conn {
	t.Helper()
	c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+relay.PathPrefix+service, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func nil2log() *slog.Logger { return slog.New(slog.DiscardHandler) }
