// Package relaybench measures the relay path against bare reverse proxies in
// the same run: one bare proxy against the node (verify, meter, forward,
// sign, hand to the miner), two chained bare proxies against gateway → node,
// and the node's tail latency at half its saturation rate against the bare
// proxy's at the same load. A stack can run a node with the counting miner
// and one with the durable miner (mined-relay log on the response path) side
// by side, so that what the log costs is measured in the same run. Everything runs in this process on loopback, so
// the load generator, the proxies and the backend share the machine's cores
// in every setup alike. `relaynode bench relay` and the Benchmark functions
// of internal/relay use it.
package relaybench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/gateway"
	"github.com/relaynode/relaynode/internal/meter"
	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
	"github.com/relaynode/relaynode/pkg/client"
)

// Body is the JSON-RPC call every setup relays, and Answer the backend's
// reply: small, so that the proxies' own costs dominate.
var (
	Body   = []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)
	Answer = []byte(`{"jsonrpc":"2.0","id":1,"result":"0x1b4"}`)
)

// Service is the benchmark's service id.
var Service = protocol.MustParseServiceID("bench")

// Endpoints is what a load generator needs to know about a stack: its URLs,
// and the application key and supplier with which to sign relays for its
// nodes. It travels as JSON when the stack runs in another process.
type Endpoints struct {
	Backend  string          `json:"backend"`
	Proxy    string          `json:"proxy"`  // one bare proxy -> backend
	Proxy2   string          `json:"proxy2"` // bare proxy -> bare proxy -> backend
	Nodes    []NodeEndpoints `json:"nodes"`  // one per miner, in StackConfig.Miners order
	AppKey   hexutil.Bytes   `json:"appKey"` // a throwaway key made for the run
	Supplier common.Address  `json:"supplier"`
}

// NodeEndpoints are the URLs of one relay node and of the gateway in front
// of it. Every node of a stack serves the same supplier, each with its own
// meter and nonces, so one signed envelope is good once at each node.
type NodeEndpoints struct {
	Miner   MinerKind `json:"miner"`
	Node    string    `json:"node"`    // relay node -> backend (URL of the service route)
	Gateway string    `json:"gateway"` // gateway -> node -> backend (URL of the service route)
}

// Stack is every server of a benchmark run, on loopback ports. Close stops
// them and removes the files they made, except the caller's directory.
type Stack struct {
	Endpoints
	App     *ecdsa.PrivateKey
	nodes   []*Node
	closers []func()
}

// Node is one relay node of a stack.
type Node struct {
	NodeEndpoints
	// Sessions is the node's registry view; its Endpoint is this node.
	Sessions *Sessions
	Server   *relay.Server
	// Counting is the node's miner if it is MinerCounting, else nil.
	Counting *relay.CountingMiner
	log      *store.PebbleLog // the mined-relay log if the miner is MinerDurable
}

// Mined returns how many relays the node's miner has recorded: counted
// (MinerCounting) or durable in the mined-relay log (MinerDurable).
func (n *Node) Mined(ctx context.Context) (uint64, error) {
	if n.Counting != nil {
		return n.Counting.Total(), nil
	}
	return minedInLog(ctx, n.log)
}

// Node returns the stack's node with miner k, or nil.
func (st *Stack) Node(k MinerKind) *Node {
	for _, n := range st.nodes {
		if n.Miner == k {
			return n
		}
	}
	return nil
}

// Close stops every server.
func (st *Stack) Close() {
	for i := len(st.closers) - 1; i >= 0; i-- {
		st.closers[i]()
	}
}

// NewStack starts the backend, the bare proxies and, for each miner of cfg,
// a relay node (with a real meter in dir, and for MinerDurable a real
// mined-relay log and claim store in a directory of its own under dir) and a
// gateway in front of it.
func NewStack(dir string, cfg StackConfig) (*Stack, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	st := &Stack{}
	ok := false
	defer func() {
		if !ok {
			st.Close()
		}
	}()
	var err error
	if st.Backend, err = st.serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(Answer)
	})); err != nil {
		return nil, err
	}
	if st.Proxy, err = st.serve(bareProxy(st.Backend)); err != nil {
		return nil, err
	}
	if st.Proxy2, err = st.serve(bareProxy(st.Proxy)); err != nil {
		return nil, err
	}

	st.App = mustKey()
	st.AppKey = crypto.FromECDSA(st.App)
	supKey := mustKey()
	st.Supplier = crypto.PubkeyToAddress(supKey.PublicKey)
	for _, k := range cfg.miners() {
		n, err := st.startNode(dir, k, supKey)
		if err != nil {
			return nil, err
		}
		st.nodes = append(st.nodes, n)
		st.Nodes = append(st.Nodes, n.NodeEndpoints)
	}
	ok = true
	return st, nil
}

// startNode starts a relay node with miner k, and a gateway in front of it.
func (st *Stack) startNode(dir string, k MinerKind, supKey *ecdsa.PrivateKey) (*Node, error) {
	ctx := context.Background()
	n := &Node{NodeEndpoints: NodeEndpoints{Miner: k}, Sessions: newSessions(st.Supplier)}
	log := slog.New(slog.DiscardHandler)
	var miner relay.Miner
	switch k {
	case MinerCounting:
		n.Counting = relay.NewCountingMiner()
		miner = n.Counting
	case MinerDurable:
		m, rl, closeMiner, err := newDurableMiner(ctx, dir, n.Sessions, log)
		if err != nil {
			return nil, err
		}
		st.closers = append(st.closers, closeMiner)
		miner, n.log = m, rl
	}
	m, err := meter.Open(ctx, meter.Config{Path: filepath.Join(dir, "meter-"+string(k)+".db"), Logger: log})
	if err != nil {
		return nil, err
	}
	st.closers = append(st.closers, func() { m.Shutdown(context.Background()) })
	backends, err := relay.NewBackends(Service.String(), "jsonrpc", []string{st.Backend}, relay.NewBackendClient(), time.Hour, log)
	if err != nil {
		return nil, err
	}
	st.closers = append(st.closers, backends.Shutdown)
	srv, err := relay.NewServer(relay.Config{
		Key: supKey, Sessions: n.Sessions, Meter: m, Miner: miner,
		Metrics: relay.NewMetrics(prometheus.NewRegistry(), "node"), Log: log,
		MaxInFlight: 4096, QueueTimeout: time.Second,
		Services: []*relay.Service{{ID: Service, Kind: "jsonrpc", Backends: backends, Timeout: 10 * time.Second}},
	})
	if err != nil {
		return nil, err
	}
	n.Server = srv
	st.closers = append(st.closers, func() { srv.Shutdown(context.Background()) })
	nodeBase, err := st.serve(srv)
	if err != nil {
		return nil, err
	}
	n.Node = nodeBase + relay.PathPrefix + Service.String()
	n.Sessions.endpoint = n.Node

	cl, err := client.New(client.Config{Sessions: n.Sessions, Key: st.App, HTTP: relay.NewBackendClient()})
	if err != nil {
		return nil, err
	}
	gw, err := gateway.New(gateway.Config{Client: cl, Metrics: relay.NewMetrics(prometheus.NewRegistry(), "gateway"), Log: log})
	if err != nil {
		return nil, err
	}
	gwBase, err := st.serve(gw)
	if err != nil {
		return nil, err
	}
	n.Gateway = gwBase + gateway.PathPrefix + Service.String()
	return n, nil
}

// serve starts an HTTP server for h on a free loopback port.
func (st *Stack) serve(h http.Handler) (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("relaybench: listening: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		srv.Serve(l)
		close(done)
	}()
	st.closers = append(st.closers, func() {
		srv.Close()
		<-done
	})
	return "http://" + l.Addr().String(), nil
}

// bareProxy is the baseline: net/http/httputil's reverse proxy with the same
// keep-alive transport settings the relay node uses for its backends.
func bareProxy(target string) http.Handler {
	u, _ := url.Parse(target)
	p := httputil.NewSingleHostReverseProxy(u)
	p.Transport = relay.NewBackendClient().Transport
	p.ErrorLog = nil
	return p
}

func mustKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(err)
	}
	return k
}

// benchDomain is the EIP-712 domain of the benchmark's relays.
var benchDomain = protocol.NewDomain(1337, common.Address{0xbe, 0x0c})

// maxTarget is the benchmark's difficulty target, 2^256 - 1: every relay is
// mined.
var maxTarget = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Sessions is an in-memory registry view with one session, always current,
// whose only supplier is the node, a budget no benchmark exhausts, and a
// difficulty target every relay meets. It implements relay.Sessions,
// client.Sessions and mining.Sessions and is safe for concurrent use.
type Sessions struct {
	domain   protocol.Domain
	params   protocol.Params
	supplier common.Address
	endpoint string
	mu       sync.Mutex
	infos    map[common.Address]*chain.SessionInfo
}

// Start is the benchmark session's start height.
const Start = 1000

func newSessions(supplier common.Address) *Sessions {
	return &Sessions{
		domain: benchDomain,
		params: protocol.Params{
			BlocksPerSession: 1000, GracePeriodBlocks: 10, ClaimWindowBlocks: 10, ProofWindowBlocks: 10,
			SuppliersPerSession: 1, UnbondingBlocks: 2000, TokensPerComputeUnit: big.NewInt(1),
			ProofRequirementThreshold: big.NewInt(1), MinApplicationStake: big.NewInt(1), MinGatewayStake: big.NewInt(1), MinSupplierStake: big.NewInt(1),
		},
		supplier: supplier,
		infos:    map[common.Address]*chain.SessionInfo{},
	}
}

// Domain implements relay.Sessions.
func (s *Sessions) Domain() protocol.Domain { return s.domain }

// Head implements relay.Sessions.
func (s *Sessions) Head() uint64 { return Start + 1 }

// CurrentSessionStart implements client.Sessions.
func (s *Sessions) CurrentSessionStart() (uint64, protocol.Params) { return Start, s.params }

// Session implements relay.Sessions and client.Sessions.
func (s *Sessions) Session(_ context.Context, app common.Address, service protocol.ServiceID, start uint64) (*chain.SessionInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if info, ok := s.infos[app]; ok {
		return info, nil
	}
	stake := new(big.Int).Lsh(big.NewInt(1), 200)
	info := chain.NewSessionInfo(chain.Session{
		Application: app, Service: service, Start: Start, End: Start + s.params.BlocksPerSession,
		ID: common.Hash{1}, Suppliers: []common.Address{s.supplier}, Params: s.params,
	}, 1, maxTarget, stake)
	s.infos[app] = info
	return info, nil
}

// Delegated implements relay.Sessions: no gateways in the benchmark.
func (s *Sessions) Delegated(context.Context, common.Address, common.Address, uint64) (bool, error) {
	return false, nil
}

// IsGateway implements relay.Sessions.
func (s *Sessions) IsGateway(context.Context, common.Address, uint64) (bool, error) {
	return false, nil
}

// Endpoint implements client.Sessions.
func (s *Sessions) Endpoint(context.Context, common.Address, protocol.ServiceID) (string, error) {
	return s.endpoint, nil
}

// SignRelays signs n distinct relays of Body for the node, using every
// core, so that a load generator sends them without signing on the clock.
func (e Endpoints) SignRelays(n int) ([]string, error) {
	key, err := crypto.ToECDSA(e.AppKey)
	if err != nil {
		return nil, fmt.Errorf("relaybench: application key: %w", err)
	}
	out := make([]string, n)
	app := crypto.PubkeyToAddress(key.PublicKey)
	payload := protocol.PayloadHash(http.MethodPost, "/", Body)
	var wg sync.WaitGroup
	var signErr error
	var once sync.Once
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				h := protocol.RelayHeader{Application: app, Service: Service, SessionStart: Start, Supplier: e.Supplier,
					Nonce: rand.Uint64(), Calls: 1, PayloadHash: payload}
				sig, err := protocol.Sign(benchDomain.RequestDigest(h), key)
				if err != nil {
					once.Do(func() { signErr = err })
					return
				}
				out[i] = h.Envelope(sig).Encode()
			}
		}()
	}
	wg.Wait()
	return out, signErr
}

// SignedRelays is SignRelays for tests and in-process runs; it panics on a
// signing failure, which only a broken key can cause.
func (st *Stack) SignedRelays(n int) []string {
	out, err := st.SignRelays(n)
	if err != nil {
		panic(err)
	}
	return out
}
