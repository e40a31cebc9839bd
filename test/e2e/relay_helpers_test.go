package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Roles of the development accounts in 'up' (cmd/relaynode/up.go).
const (
	devApp      = 1
	devGateway  = 2
	devSupplier = 3
)

// devAddr is the address of development account i.
func devAddr(i int) common.Address { return crypto.PubkeyToAddress(devnet.DevKey(i).PublicKey) }

// relayNet is one running 'up' with every listener on a free port, and what
// its ready banner says.
type relayNet struct {
	p         *proc
	banner    string
	gateway   string // http://host:port/v1/eth
	node      string // http(s)://host:port/v1/relay/eth
	rpc       string // the devnet's HTTP JSON-RPC
	metrics   string // the admin server's /metrics
	devHTTP   string // host:port of the devnet's HTTP JSON-RPC, for processes joining it
	devWS     string // host:port of the devnet's WebSocket JSON-RPC
	registry  common.Address
	token     common.Address
	readyHead uint64 // the block in the banner; the demo stakes are in force there
	n         uint64 // blocks per session
	grace     uint64 // grace period blocks
	domain    protocol.Domain
	http      *http.Client // trusts the node's certificate when it speaks TLS
	args, env []string     // how 'up' was started, for restarts
	txListen  string       // host:port of the transaction relayer
}

// netOpts configures startRelayNet.
type netOpts struct {
	blocksPerSession uint64   // 0: 10
	env              []string // extra environment of the process
	args             []string // extra flags
	http             *http.Client
}

// The session windows every relay test runs with (the defaults, but stated
// here so that the arithmetic of the tests does not depend on them).
const (
	testGrace = 2
	testClaim = 4
	testProof = 4
)

// startRelayNet runs 'up' on free ports with 200ms blocks and waits for it
// to be ready.
func startRelayNet(t *testing.T, o netOpts) *relayNet {
	t.Helper()
	if o.blocksPerSession == 0 {
		o.blocksPerSession = 10
	}
	if o.http == nil {
		o.http = relayHTTPClient(nil)
	}
	var addr func(i int) string
	var lastArgs []string
	p, banner := startListening(t, o.env, func() []string {
		ports := freePorts(t, 7)
		addr = func(i int) string { return "127.0.0.1:" + strconv.Itoa(ports[i]) }
		args := []string{"up", "--datadir", t.TempDir(),
			"--devnet.http", addr(0), "--devnet.ws", addr(1),
			"--node.listen", addr(2), "--node.admin-listen", addr(3),
			"--gateway.listen", addr(4), "--gateway.admin-listen", addr(5),
			"--tx.listen", addr(6),
			"--devnet.block-period", "200ms",
			"--protocol.blocks-per-session", strconv.FormatUint(o.blocksPerSession, 10),
			"--protocol.grace-period-blocks", strconv.Itoa(testGrace),
			"--protocol.claim-window-blocks", strconv.Itoa(testClaim),
			"--protocol.proof-window-blocks", strconv.Itoa(testProof),
			"--protocol.unbonding-blocks", strconv.FormatUint(o.blocksPerSession+testGrace+testClaim+testProof, 10),
		}
		lastArgs = append(args, o.args...)
		return lastArgs
	})
	n := &relayNet{
		p: p, banner: banner,
		gateway: field(t, banner, "gateway"), node: field(t, banner, "node"),
		rpc: field(t, banner, "rpc"), metrics: field(t, banner, "metrics"),
		devHTTP: addr(0), devWS: addr(1),
		registry: common.HexToAddress(field(t, banner, "registry")),
		token:    common.HexToAddress(field(t, banner, "token")),
		n:        o.blocksPerSession, grace: testGrace, http: o.http,
		args: lastArgs, env: o.env, txListen: addr(6),
	}
	m := regexp.MustCompile(`(?m)^\s+chain\s+devnet, chain id 1337, block (\d+),`).FindStringSubmatch(banner)
	if m == nil {
		t.Fatalf("banner has no devnet chain row with a block:\n%s", banner)
	}
	n.readyHead, _ = strconv.ParseUint(m[1], 10, 64)
	n.domain = protocol.NewDomain(devnet.ChainID, n.registry)
	if want := "http://" + addr(4) + "/v1/eth"; n.gateway != want {
		t.Fatalf("gateway row is %s, want %s", n.gateway, want)
	}
	if want := "http://" + addr(3) + "/metrics"; n.metrics != want {
		t.Fatalf("metrics row is %s, want %s (node.admin_listen)", n.metrics, want)
	}
	if !strings.HasSuffix(n.node, addr(2)+"/v1/relay/eth") {
		t.Fatalf("node row is %s, want it to serve %s/v1/relay/eth", n.node, addr(2))
	}
	return n
}

// restart starts 'up' again with the same data directory and ports (after
// the previous process ended) and waits until it is ready.
func (n *relayNet) restart(t *testing.T) {
	t.Helper()
	n.p, n.banner = startListening(t, n.env, func() []string { return n.args })
}

// relayHTTPClient is a client for relays: no transparent decompression, so
// that the body read is the body the supplier signed.
func relayHTTPClient(tlsCfg *tls.Config) *http.Client {
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DisableCompression: true, TLSClientConfig: tlsCfg}}
}

// startListening starts relaynode with the arguments args returns (fresh
// free ports each time) and waits for its ready banner. A free port can be
// taken by another process between freePorts and the listen: when the process
// exits saying an address is in use, it tries again with new ports.
func startListening(t *testing.T, env []string, args func() []string) (*proc, string) {
	t.Helper()
	for attempt := 1; ; attempt++ {
		p := start(t, env, args()...)
		cmd := p.cmd.Args[1]
		deadline := time.After(60 * time.Second)
	wait:
		for {
			select {
			case l := <-p.lines:
				if strings.HasSuffix(l, "is ready") {
					time.Sleep(50 * time.Millisecond) // the banner's rows follow the title
					banner, _ := p.output()
					return p, banner
				}
			case <-p.done:
				break wait
			case <-deadline:
				out, errOut := p.output()
				t.Fatalf("relaynode %s not ready after 60s\nstdout:\n%s\nstderr:\n%s", cmd, out, errOut)
			}
		}
		out, errOut := p.output()
		if !strings.Contains(errOut, "already in use") || attempt == 3 {
			t.Fatalf("relaynode %s exited before ready: %v\nstdout:\n%s\nstderr:\n%s", cmd, p.err, out, errOut)
		}
		t.Logf("a free port was taken before relaynode %s listened; again with new ports", cmd)
	}
}

// head returns the devnet's block number.
func (n *relayNet) head(t testing.TB) uint64 {
	t.Helper()
	var h hexutil.Uint64
	rpcCall(t, n.rpc, "eth_blockNumber", &h)
	return uint64(h)
}

// sessionStart is the start of the session containing h (one parameter
// epoch from height 0, as 'up' deploys).
func (n *relayNet) sessionStart(h uint64) uint64 { return h - h%n.n }

// waitHead waits until the devnet reaches height h.
func (n *relayNet) waitHead(t testing.TB, h uint64) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for n.head(t) < h {
		if time.Now().After(deadline) {
			t.Fatalf("the devnet did not reach block %d", h)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkNoCrash fails when a process's stderr shows a panic or a stack trace.
func checkNoCrash(t testing.TB, p *proc, name string) {
	t.Helper()
	select {
	case <-p.done:
		_, errOut := p.output()
		t.Fatalf("%s exited: %v\nstderr:\n%s", name, p.err, errOut)
	default:
	}
	_, errOut := p.output()
	for _, bad := range []string{"panic:", "goroutine ", "runtime error", ".go:"} {
		if strings.Contains(errOut, bad) {
			t.Fatalf("%s stderr has a crash or stack trace (%q):\n%s", name, bad, errOut)
		}
	}
}

// chainIDCall is the JSON-RPC call the hand-built relays carry.
const chainIDCall = `{"jsonrpc":"2.0","id":7,"method":"eth_chainId","params":[]}`

// relaySpec is a hand-built relay to a node. Zero fields take the demo
// values: signed by the gateway (dev 2) for the application (dev 1),
// addressed to the supplier (dev 3), in the current session, a random nonce,
// the eth_chainId call.
type relaySpec struct {
	signer     *ecdsa.PrivateKey
	app        common.Address
	supplier   common.Address
	start      *uint64
	nonce      uint64
	body       []byte // what is signed
	sent       []byte // what is sent; nil: body (set it to tamper with the payload)
	corruptSig bool   // zero the signature's r
}

// signedRelay is a relay ready to send (again: a replay sends it twice).
type signedRelay struct {
	envelope string
	body     []byte
	digest   common.Hash
}

func (n *relayNet) sign(t testing.TB, s relaySpec) signedRelay {
	t.Helper()
	if s.signer == nil {
		s.signer = devnet.DevKey(devGateway)
	}
	if s.app == (common.Address{}) {
		s.app = devAddr(devApp)
	}
	if s.supplier == (common.Address{}) {
		s.supplier = devAddr(devSupplier)
	}
	start := n.sessionStart(n.head(t))
	if s.start != nil {
		start = *s.start
	}
	if s.nonce == 0 {
		s.nonce = mrand.Uint64()
	}
	if s.body == nil {
		s.body = []byte(chainIDCall)
	}
	if s.sent == nil {
		s.sent = s.body
	}
	h := protocol.RelayHeader{
		Application: s.app, Service: protocol.MustParseServiceID("eth"), SessionStart: start,
		Supplier: s.supplier, Nonce: s.nonce, Calls: 1, PayloadHash: protocol.PayloadHash(http.MethodPost, "/", s.body),
	}
	digest := n.domain.RequestDigest(h)
	sig, err := protocol.Sign(digest, s.signer)
	if err != nil {
		t.Fatal(err)
	}
	if s.corruptSig {
		clear(sig[:32])
	}
	return signedRelay{envelope: h.Envelope(sig).Encode(), body: s.sent, digest: digest}
}

// send posts a signed relay to a node's service URL.
func (n *relayNet) send(t testing.TB, url string, r signedRelay) (*http.Response, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Relay-Request", r.envelope)
	return do(t, n.http, req)
}

// do sends req and reads the whole answer.
func do(t testing.TB, c *http.Client, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the answer: %v", req.Method, req.URL, err)
	}
	return resp, body
}

// relayOK sends a good relay to the node at url and checks the answer and
// the supplier's signature over it.
func (n *relayNet) relayOK(t testing.TB, url string) {
	t.Helper()
	r := n.sign(t, relaySpec{})
	resp, body := n.send(t, url, r)
	n.checkServed(t, r, resp, body, `"0x539"`)
}

// checkServed checks a served relay: 200, the expected JSON-RPC result and a
// Relay-Response signature by the demo supplier over the body.
func (n *relayNet) checkServed(t testing.TB, r signedRelay, resp *http.Response, body []byte, wantResult string) {
	t.Helper()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("a good relay got %d (Relay-Error %q): %s", resp.StatusCode, resp.Header.Get("Relay-Error"), body)
	}
	var out struct {
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(body, &out); err != nil || string(out.Result) != wantResult {
		t.Fatalf("a good relay answered %s, want result %s", body, wantResult)
	}
	sigText := resp.Header.Get("Relay-Response")
	if sigText == "" { // a body of unknown length is signed in a trailer
		sigText = resp.Trailer.Get("Relay-Response")
	}
	env, err := protocol.DecodeResponseEnvelope(sigText)
	if err != nil {
		t.Fatalf("Relay-Response of a served relay: %v", err)
	}
	signer, err := protocol.Recover(n.domain.ResponseDigest(r.digest, protocol.ResponseHash(body)), env.Signature)
	if err != nil || signer != devAddr(devSupplier) {
		t.Fatalf("the response is signed by %s (%v), want the supplier %s", signer.Hex(), err, devAddr(devSupplier).Hex())
	}
}

// wantErr is a relay error answer.
type wantErr struct {
	status int
	code   string   // the stable code: Relay-Error and data.code / code
	rpc    int      // JSON-RPC error number; 0 means an application/problem+json answer
	id     string   // JSON-RPC id echoed ("" skips the check)
	detail []string // substrings of the detail
}

// checkRelayError checks that an answer is the error w, in the form its
// transport promises: a JSON-RPC error object carrying data.code, or an RFC
// 9457 problem carrying code.
func checkRelayError(t testing.TB, what string, resp *http.Response, body []byte, w wantErr) {
	t.Helper()
	if resp.StatusCode != w.status || resp.Header.Get("Relay-Error") != w.code {
		t.Fatalf("%s: got %d with Relay-Error %q, want %d %q; body: %s", what, resp.StatusCode, resp.Header.Get("Relay-Error"), w.status, w.code, body)
	}
	ct := resp.Header.Get("Content-Type")
	var detail string
	if w.rpc != 0 {
		var r struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Result  json.RawMessage `json:"result"`
			Error   *struct {
				Code    int    `json:"code"`
				Message string `json:"message"`
				Data    struct {
					Code   string `json:"code"`
					Detail string `json:"detail"`
				} `json:"data"`
			} `json:"error"`
		}
		if !strings.HasPrefix(ct, "application/json") {
			t.Fatalf("%s: Content-Type %q, want a JSON-RPC error (application/json); body: %s", what, ct, body)
		}
		if err := json.Unmarshal(body, &r); err != nil || r.Error == nil || r.JSONRPC != "2.0" || r.Result != nil {
			t.Fatalf("%s: not a JSON-RPC error response (%v): %s", what, err, body)
		}
		if r.Error.Code != w.rpc || r.Error.Data.Code != w.code || r.Error.Message == "" {
			t.Fatalf("%s: JSON-RPC error %d data.code %q, want %d %q: %s", what, r.Error.Code, r.Error.Data.Code, w.rpc, w.code, body)
		}
		if w.id != "" && string(r.ID) != w.id {
			t.Fatalf("%s: JSON-RPC id %s, want %s", what, r.ID, w.id)
		}
		detail = r.Error.Data.Detail
	} else {
		var p struct {
			Type   string `json:"type"`
			Title  string `json:"title"`
			Status int    `json:"status"`
			Detail string `json:"detail"`
			Code   string `json:"code"`
		}
		if ct != "application/problem+json" {
			t.Fatalf("%s: Content-Type %q, want application/problem+json; body: %s", what, ct, body)
		}
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatalf("%s: problem body: %v: %s", what, err, body)
		}
		if p.Code != w.code || p.Status != w.status || p.Type != "urn:relaynode:error:"+w.code || p.Title == "" {
			t.Fatalf("%s: problem %+v, want code %q status %d", what, p, w.code, w.status)
		}
		detail = p.Detail
	}
	if detail == "" {
		t.Fatalf("%s: the error has no detail: %s", what, body)
	}
	for _, d := range w.detail {
		if !strings.Contains(detail, d) {
			t.Fatalf("%s: detail %q lacks %q", what, detail, d)
		}
	}
}

// series is one sample of the Prometheus text format.
type series struct {
	name   string
	labels map[string]string
	value  float64
}

// scrape reads a /metrics page.
func scrape(t testing.TB, url string) []series {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("metrics: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("metrics: %s", resp.Status)
	}
	var out []series
	line := regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$`)
	label := regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"`)
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") || sc.Text() == "" {
			continue
		}
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			t.Fatalf("metrics: unparsable line %q", sc.Text())
		}
		s := series{name: m[1], labels: map[string]string{}}
		for _, l := range label.FindAllStringSubmatch(m[2], -1) {
			s.labels[l[1]] = l[2]
		}
		if s.value, err = strconv.ParseFloat(m[3], 64); err != nil {
			t.Fatalf("metrics: line %q: %v", sc.Text(), err)
		}
		out = append(out, s)
	}
	return out
}

// metric returns the value of the series name with exactly the labels given
// as name=value pairs, and whether it exists.
func metric(all []series, name string, labels ...string) (float64, bool) {
	for _, s := range all {
		if s.name != name || len(s.labels) != len(labels)/2 {
			continue
		}
		match := true
		for i := 0; i < len(labels); i += 2 {
			if s.labels[labels[i]] != labels[i+1] {
				match = false
			}
		}
		if match {
			return s.value, true
		}
	}
	return 0, false
}

// metricOr0 is metric with absent series counting as 0 (a labelled
// counter appears on first use).
func metricOr0(all []series, name string, labels ...string) float64 {
	v, _ := metric(all, name, labels...)
	return v
}

// writeTLS writes a self-signed CA and a certificate for 127.0.0.1 signed by
// it into dir, and returns the paths of the CA, the certificate and its key.
func writeTLS(t testing.TB, dir string) (caFile, certFile, keyFile string) {
	t.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "relaynode e2e CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, typ string, der []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	return write("ca.pem", "CERTIFICATE", caDER), write("node.pem", "CERTIFICATE", der), write("node-key.pem", "PRIVATE KEY", keyDER)
}

// jsonCall is a JSON-RPC request body.
func jsonCall(id int, method string, params ...any) []byte {
	if params == nil {
		params = []any{}
	}
	b, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	if err != nil {
		panic(fmt.Sprintf("jsonCall: %v", err))
	}
	return b
}
