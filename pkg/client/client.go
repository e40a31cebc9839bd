// Package client is relaynode's Go SDK for applications and gateways: it signs
// relays, picks a supplier of the current session, sends the relay, verifies
// the supplier's signed response and retries with another supplier when one
// fails. The gateway ('relaynode gateway') is a thin HTTP front on it.
//
// A Client needs a view of the registry (Sessions); chain.Registry is one:
//
//	c, _ := chain.Dial(ctx, rpcURL, 10*time.Second, 0)
//	reg, _ := chain.NewRegistry(ctx, c, registryAddr, time.Second, logger)
//	cl, _ := client.New(client.Config{Sessions: reg, Key: appKey})
//	resp, err := cl.Do(ctx, client.JSONRPC("eth", []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}`)))
package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
)

// Sessions is what a Client needs to know about the chain. *chain.Registry
// implements it.
type Sessions interface {
	Domain() protocol.Domain
	CurrentSessionStart() (uint64, protocol.Params)
	Session(ctx context.Context, app common.Address, service protocol.ServiceID, start uint64) (*chain.SessionInfo, error)
	Endpoint(ctx context.Context, supplier common.Address, service protocol.ServiceID) (string, error)
}

// Config configures a Client.
type Config struct {
	Sessions Sessions
	// Key signs relays: the application's own key, or the key of a gateway
	// the application delegated to.
	Key *ecdsa.PrivateKey
	// Application is the application relays are for; zero means Key's own
	// address (the application signs for itself).
	Application common.Address
	// HTTP sends relays; default: a client with keep-alive connections.
	HTTP *http.Client
	// Retries is how many other suppliers are tried after a failure; default 2.
	Retries int
	// Timeout bounds one attempt; default 30s.
	Timeout time.Duration
	// Cooldown is how long a failed supplier is avoided; default 30s.
	Cooldown time.Duration
}

// Client sends relays. It is safe for concurrent use.
type Client struct {
	cfg    Config
	signer common.Address
	app    common.Address
	domain protocol.Domain
	next   atomic.Uint64

	mu     sync.Mutex
	failed map[common.Address]time.Time
}

// New checks cfg and returns a Client.
func New(cfg Config) (*Client, error) {
	if cfg.Sessions == nil || cfg.Key == nil {
		return nil, errors.New("client: Config needs Sessions and Key")
	}
	if cfg.HTTP == nil {
		cfg.HTTP = relay.NewBackendClient()
	}
	if cfg.Retries < 0 {
		cfg.Retries = 0
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Cooldown <= 0 {
		cfg.Cooldown = 30 * time.Second
	}
	signer := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	app := cfg.Application
	if app == (common.Address{}) {
		app = signer
	}
	return &Client{cfg: cfg, signer: signer, app: app, domain: cfg.Sessions.Domain(), failed: map[common.Address]time.Time{}}, nil
}

// Application returns the application relays are sent for.
func (c *Client) Application() common.Address { return c.app }

// Request is one relay to send.
type Request struct {
	Service protocol.ServiceID
	Method  string      // HTTP method; POST for JSON-RPC
	Target  string      // path and query relative to the service root; "/" for JSON-RPC
	Header  http.Header // forwarded to the backend (Content-Type, Accept, ...)
	Body    []byte
	Calls   uint32 // calls the request carries; 0 means 1
}

// JSONRPC returns the Request of a JSON-RPC call or batch.
func JSONRPC(service string, body []byte) Request {
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	return Request{Service: protocol.MustParseServiceID(service), Method: http.MethodPost, Target: "/", Header: h, Body: body, Calls: JSONRPCCalls(body)}
}

// JSONRPCCalls returns the number of calls in a JSON-RPC body: the length of
// a batch, else 1.
func JSONRPCCalls(body []byte) uint32 {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '[' {
		return 1
	}
	n, err := countArray(trimmed)
	if err != nil || n == 0 {
		return 1 // the supplier will reject it with a clear error
	}
	return n
}

// Response is a verified relay response.
type Response struct {
	StatusCode int
	Header     http.Header
	Body       []byte
	Supplier   common.Address
	// Relay is the complete relay, both signatures verified.
	Relay protocol.Relay
}

// Error is returned when no supplier served the relay. Code is the stable
// relay error code of the last failure (relay.CodeNoSupplier if none said).
type Error = relay.Error

// Do sends req to a supplier of the application's current session and
// verifies the response; on a failure another supplier may succeed on, it
// tries up to Retries others. A relay error that no supplier can fix (a bad
// request, say) is returned at once as *relay.Error. Do reads the whole
// response; use Stream to pass a streamed one on as it arrives.
func (c *Client) Do(ctx context.Context, req Request) (*Response, error) {
	s, err := c.Stream(ctx, req)
	if err != nil {
		return nil, err
	}
	defer s.Body.Close()
	body, err := io.ReadAll(s.Body)
	if err != nil {
		return nil, err
	}
	rel, _ := s.Relay()
	return &Response{StatusCode: s.StatusCode, Header: s.Header, Body: body, Supplier: s.Supplier, Relay: rel}, nil
}

// StreamResponse is a relay response whose body is read as it arrives. A
// response the supplier sent whole has been verified already; a stream is
// verified when its end is read: Body.Read then returns io.EOF, or a
// *relay.Error (bad_response_signature) if the signature does not verify.
type StreamResponse struct {
	StatusCode int
	Header     http.Header
	Supplier   common.Address
	// ContentLength is the body's length for a whole response, -1 for a
	// stream.
	ContentLength int64
	Body          io.ReadCloser
	verified      func() (protocol.Relay, bool)
}

// Relay returns the verified relay once the whole body has been read.
func (s *StreamResponse) Relay() (protocol.Relay, bool) { return s.verified() }

// Stream is Do for responses that stream (server-sent events, NDJSON,
// chunked): it returns when the response headers arrive. Retries happen only
// before that.
func (c *Client) Stream(ctx context.Context, req Request) (*StreamResponse, error) {
	if req.Calls == 0 {
		req.Calls = 1
	}
	if req.Target == "" {
		req.Target = "/"
	}
	start, params := c.cfg.Sessions.CurrentSessionStart()
	var last error
	tried := map[common.Address]bool{}
	for attempt := 0; attempt <= c.cfg.Retries; attempt++ {
		sess, err := c.cfg.Sessions.Session(ctx, c.app, req.Service, start)
		if err != nil {
			return nil, sessionError(err, c.app, req.Service, start)
		}
		supplier, ok := c.pick(sess.Suppliers, tried)
		if !ok {
			break
		}
		tried[supplier] = true
		resp, err := c.attempt(ctx, req, sess, supplier)
		if err == nil {
			return resp, nil
		}
		last = err
		var re *relay.Error
		if errors.As(err, &re) {
			if !relay.Retryable(re.Code) {
				return nil, err
			}
			if re.Code == relay.CodeSessionNotStarted && start >= params.BlocksPerSession {
				// The supplier is a block behind us: the previous session is
				// still in its grace period there.
				start -= params.BlocksPerSession
				tried = map[common.Address]bool{}
			}
		}
		c.markFailed(supplier)
		if ctx.Err() != nil {
			break
		}
	}
	if last == nil {
		last = errors.New("the session has no supplier")
	}
	var re *relay.Error
	if errors.As(last, &re) {
		return nil, &relay.Error{Code: re.Code, Detail: fmt.Sprintf("no supplier served the relay; last: %s", re.Detail), RetryAfter: re.RetryAfter}
	}
	return nil, relay.Errorf(relay.CodeNoSupplier, "no supplier of %s served the relay: %v", req.Service, last)
}

// attempt sends the relay to one supplier. A whole response is read and
// verified here (so a bad one can be retried elsewhere); a stream is handed
// back to verify as it is read. Timeout bounds the wait for the headers.
func (c *Client) attempt(ctx context.Context, req Request, sess *chain.SessionInfo, supplier common.Address) (*StreamResponse, error) {
	signed, err := c.sign(req, sess.Start, supplier)
	if err != nil {
		return nil, err
	}
	endpoint, err := c.cfg.Sessions.Endpoint(ctx, supplier, req.Service)
	if err != nil {
		return nil, relay.Errorf(relay.CodeNoSupplier, "%v", err)
	}
	actx, cancel := context.WithCancel(ctx)
	timer := time.AfterFunc(c.cfg.Timeout, cancel)
	hreq, err := http.NewRequestWithContext(actx, req.Method, endpoint+targetSuffix(req.Target), bytes.NewReader(req.Body))
	if err != nil {
		timer.Stop()
		cancel()
		return nil, fmt.Errorf("client: building the request: %w", err)
	}
	for k, vs := range req.Header {
		hreq.Header[k] = vs
	}
	hreq.Header.Set(relay.HeaderRequest, signed.envelope)
	resp, err := c.cfg.HTTP.Do(hreq)
	inTime := timer.Stop()
	if err != nil {
		cancel()
		if !inTime && ctx.Err() == nil {
			return nil, relay.Errorf(relay.CodeBackendTimeout, "supplier %s did not answer within %s", supplier.Hex(), c.cfg.Timeout)
		}
		return nil, relay.Errorf(relay.CodeNoSupplier, "supplier %s: %v", supplier.Hex(), err)
	}
	if code, ok := relay.ParseError(resp); ok {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		cancel()
		return nil, &relay.Error{Code: code, Detail: fmt.Sprintf("supplier %s: %s", supplier.Hex(), errorDetail(body))}
	}
	header := resp.Header.Clone()
	header.Del(relay.HeaderResponse)
	header.Del("Trailer")
	out := &StreamResponse{StatusCode: resp.StatusCode, Header: header, Supplier: supplier, ContentLength: -1}
	if sigText := resp.Header.Get(relay.HeaderResponse); sigText != "" {
		defer cancel()
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return nil, relay.Errorf(relay.CodeNoSupplier, "reading the answer of supplier %s: %v", supplier.Hex(), err)
		}
		rel, err := c.verify(signed, supplier, sigText, protocol.ResponseHash(body))
		if err != nil {
			return nil, err
		}
		out.Body = io.NopCloser(bytes.NewReader(body))
		out.ContentLength = int64(len(body))
		out.verified = func() (protocol.Relay, bool) { return rel, true }
		return out, nil
	}
	v := &streamVerifier{c: c, signed: signed, supplier: supplier, resp: resp, cancel: cancel, sse: isSSE(resp.Header)}
	out.Body = v
	out.verified = v.result
	return out, nil
}

// signedRequest is a signed relay header and its wire envelope.
type signedRequest struct {
	header   protocol.RelayHeader
	digest   common.Hash
	sig      protocol.Signature
	envelope string
}

func (c *Client) sign(req Request, start uint64, supplier common.Address) (signedRequest, error) {
	return c.signPayload(req.Service, start, supplier, req.Calls, protocol.PayloadHash(req.Method, req.Target, req.Body))
}

func (c *Client) signPayload(service protocol.ServiceID, start uint64, supplier common.Address, calls uint32, payloadHash common.Hash) (signedRequest, error) {
	h := protocol.RelayHeader{
		Application: c.app, Service: service, SessionStart: start, Supplier: supplier,
		Nonce: rand.Uint64(), Calls: calls, PayloadHash: payloadHash,
	}
	digest := c.domain.RequestDigest(h)
	sig, err := protocol.Sign(digest, c.cfg.Key)
	if err != nil {
		return signedRequest{}, fmt.Errorf("client: signing the relay: %w", err)
	}
	return signedRequest{header: h, digest: digest, sig: sig, envelope: h.Envelope(sig).Encode()}, nil
}

// verify checks the supplier's signature over the request digest and the
// response hash, and returns the complete relay.
func (c *Client) verify(sr signedRequest, supplier common.Address, sigText string, responseHash common.Hash) (protocol.Relay, error) {
	if sigText == "" {
		return protocol.Relay{}, relay.Errorf(relay.CodeBadResponse, "supplier %s sent no %s signature", supplier.Hex(), relay.HeaderResponse)
	}
	env, err := protocol.DecodeResponseEnvelope(sigText)
	if err != nil {
		return protocol.Relay{}, relay.Errorf(relay.CodeBadResponse, "supplier %s: %v", supplier.Hex(), err)
	}
	got, err := protocol.Recover(c.domain.ResponseDigest(sr.digest, responseHash), env.Signature)
	if err != nil || got != supplier {
		return protocol.Relay{}, relay.Errorf(relay.CodeBadResponse, "the response is not signed by supplier %s", supplier.Hex())
	}
	return protocol.Relay{Header: sr.header, RequestSig: sr.sig, ResponseHash: responseHash, ResponseSig: env.Signature}, nil
}

// pick chooses the next supplier round-robin, avoiding those tried for this
// request and, while others remain, those that failed recently.
func (c *Client) pick(suppliers []common.Address, tried map[common.Address]bool) (common.Address, bool) {
	n := len(suppliers)
	if n == 0 {
		return common.Address{}, false
	}
	start := int(c.next.Add(1) % uint64(n))
	now := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	var fallback common.Address
	found := false
	for i := range n {
		s := suppliers[(start+i)%n]
		if tried[s] {
			continue
		}
		if until, bad := c.failed[s]; bad && now.Before(until) {
			if !found {
				fallback, found = s, true
			}
			continue
		}
		return s, true
	}
	return fallback, found
}

func (c *Client) markFailed(s common.Address) {
	c.mu.Lock()
	c.failed[s] = time.Now().Add(c.cfg.Cooldown)
	c.mu.Unlock()
}

func sessionError(err error, app common.Address, service protocol.ServiceID, start uint64) error {
	var re *chain.RevertError
	if errors.Is(err, chain.ErrNoSession) && errors.As(err, &re) {
		if re.Name == "ServiceNotActive" {
			return relay.Errorf(relay.CodeUnknownService, "service %s is not registered", service)
		}
		return relay.Errorf(relay.CodeAppNotStaked, "application %s has no session for %s at %d: %v", app.Hex(), service, start, re)
	}
	return relay.Errorf(relay.CodeChainUnavailable, "reading the session: %v", err)
}

func targetSuffix(target string) string {
	if target == "/" {
		return ""
	}
	return target
}
