// Package relay is the supplier's relay server: it takes signed relays over
// HTTP (JSON-RPC, batches, REST, streams) and WebSocket, and for each one, in
// this order, applies the per-IP limit, parses the envelope and body,
// checks the session, verifies the signature and the nonce, admits the
// client, charges the meter, forwards to a backend, signs the response and
// hands the relay to the miner. Nothing is dropped silently: every request
// ends in a served, signed response or an explicit error with a stable code.
package relay

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/meter"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Header names of the relay protocol.
const (
	HeaderRequest  = "Relay-Request"
	HeaderResponse = "Relay-Response"
	// PathPrefix is where services are served: PathPrefix + "<service id>" +
	// the target.
	PathPrefix = "/v1/relay/"
)

// Sessions is what the server needs from the chain. *chain.Registry
// implements it.
type Sessions interface {
	Head() uint64
	Domain() protocol.Domain
	Session(ctx context.Context, app common.Address, service protocol.ServiceID, start uint64) (*chain.SessionInfo, error)
	Delegated(ctx context.Context, app, gateway common.Address, start uint64) (bool, error)
	IsGateway(ctx context.Context, addr common.Address, start uint64) (bool, error)
}

// Meter charges relays against per-session budgets. *meter.Meter implements
// it.
type Meter interface {
	Charge(k meter.Key, budget, cost *uint256.Int) error
	Refund(k meter.Key, cost *uint256.Int) error
	Spent(k meter.Key) *uint256.Int
}

// Admitter decides, after the signature check and before the meter, whether
// the application may use a relay slot now (the client pool). It returns a
// release function to call when the relay ends, or an *Error (429 with a
// reason). Optional.
type Admitter interface {
	Admit(ctx context.Context, a Admission) (release func(), err *Error)
}

// Admission is what the Admitter knows of a verified relay.
type Admission struct {
	Application  common.Address
	Service      protocol.ServiceID
	SessionStart uint64
	// Units is the relay's weight: computeUnitsPerRelay × calls.
	Units uint64
	// Remaining is what the application may still spend with this supplier
	// in this session (budget − spent), and PerUnit the price of a compute
	// unit, both in token base units: the application's positive balance.
	Remaining, PerUnit *uint256.Int
}

// ServedRelay is a relay the server served: signed request, signed response.
type ServedRelay struct {
	Relay        protocol.Relay
	Key          common.Hash // the request digest
	SessionID    common.Hash
	ComputeUnits uint64 // the relay's weight: computeUnitsPerRelay × calls
	Target       *big.Int
}

// Miner receives every served relay before its response is released. An
// error fails the relay (its charge is refunded and the caller gets 503).
type Miner interface {
	Add(ctx context.Context, r ServedRelay) error
}

// Service is one service the server serves.
type Service struct {
	ID       protocol.ServiceID
	Kind     string // "jsonrpc" or "rest"
	Backends *Backends
	WS       []string // WebSocket backend URLs
	Timeout  time.Duration
}

// Config wires a Server. Zero limits mean defaults.
type Config struct {
	Key          *ecdsa.PrivateKey // the supplier's key
	Services     []*Service
	Sessions     Sessions
	Meter        Meter
	Miner        Miner
	Admitter     Admitter // optional
	Metrics      *Metrics
	Log          *slog.Logger
	MaxBodyBytes int64
	MaxInFlight  int
	QueueTimeout time.Duration
	PerIPRate    int // 0: off
	PerIPBurst   int
}

// Server serves relays. It implements http.Handler and is safe for
// concurrent use. Shutdown stops its background work.
type Server struct {
	cfg      Config
	self     common.Address
	domain   protocol.Domain
	services map[protocol.ServiceID]*Service
	slots    chan struct{}
	ipLimit  *IPLimiter
	states   sync.Map // sessionKey -> *sessionState
	wsConns  ConnSet
	closing  atomic.Bool
	stop     chan struct{}
	wg       sync.WaitGroup
}

type sessionKey struct {
	app     common.Address
	service protocol.ServiceID
	start   uint64
}

// sessionState is the per-session data of the hot path, built once.
type sessionState struct {
	info    *chain.SessionInfo
	budget  *uint256.Int
	perCall *uint256.Int // computeUnitsPerRelay × tokensPerComputeUnit
	perUnit *uint256.Int // tokensPerComputeUnit
	key     meter.Key
	mu      sync.Mutex
	nonces  map[uint64]struct{}
}

// NewServer checks cfg and starts the server's housekeeping.
func NewServer(cfg Config) (*Server, error) {
	if cfg.Key == nil || cfg.Sessions == nil || cfg.Meter == nil || cfg.Miner == nil || cfg.Metrics == nil {
		return nil, errors.New("relay: Config needs Key, Sessions, Meter, Miner and Metrics")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 10 << 20
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 2048
	}
	s := &Server{
		cfg:      cfg,
		self:     crypto.PubkeyToAddress(cfg.Key.PublicKey),
		domain:   cfg.Sessions.Domain(),
		services: map[protocol.ServiceID]*Service{},
		slots:    make(chan struct{}, cfg.MaxInFlight),
		stop:     make(chan struct{}),
	}
	for _, svc := range cfg.Services {
		s.services[svc.ID] = svc
		// Exported from the start (at 0), not from the first rejection.
		cfg.Metrics.MeterRejections.WithLabelValues(svc.ID.String())
	}
	if cfg.PerIPRate > 0 {
		s.ipLimit = NewIPLimiter(cfg.PerIPRate, cfg.PerIPBurst)
	}
	s.wg.Add(1)
	go s.housekeeping()
	return s, nil
}

// Supplier returns the address the server signs as.
func (s *Server) Supplier() common.Address { return s.self }

// ServeHTTP routes PathPrefix<service>[/target] to the relay pipeline.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, PathPrefix)
	if !ok {
		WriteError(w, Errorf(CodeUnknownService, "no relay route %q; relays go to %s<service id>", r.URL.Path, PathPrefix), false, nil)
		return
	}
	name, target, _ := strings.Cut(rest, "/")
	target = "/" + target
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	svcID, err := protocol.ParseServiceID(name)
	svc := s.services[svcID]
	if err != nil || svc == nil {
		s.cfg.Metrics.refused("unknown", CodeUnknownService)
		looksRPC := r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json")
		WriteError(w, Errorf(CodeUnknownService, "this node does not serve service %q", name), looksRPC, nil)
		return
	}
	if isWebSocket(r) {
		s.serveWS(w, r, svc)
		return
	}
	s.serveHTTP(w, r, svc, target)
}

// relayCtx carries one relay through the pipeline.
type relayCtx struct {
	svc     *Service
	env     protocol.RequestEnvelope
	header  protocol.RelayHeader
	digest  common.Hash
	state   *sessionState
	cost    *uint256.Int
	charged bool
	release func()
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request, svc *Service, target string) {
	started := time.Now()
	isRPC := svc.Kind == "jsonrpc"
	label := svc.ID.String()
	fail := func(e *Error, id json.RawMessage) {
		s.cfg.Metrics.refused(label, e.Code)
		WriteError(w, e, isRPC, id)
	}

	// 1. The cheap per-IP limit, then a processing slot.
	if s.ipLimit != nil && !s.ipLimit.Allow(clientIP(r)) {
		fail(&Error{Code: CodeRateLimited, Detail: "too many requests from this address", RetryAfter: time.Second}, nil)
		return
	}
	if !s.acquire(r.Context()) {
		fail(&Error{Code: CodeOverloaded, Detail: "the node is at capacity; retry shortly", RetryAfter: time.Second}, nil)
		return
	}
	defer s.releaseSlot()
	s.cfg.Metrics.InFlight.Inc()
	defer s.cfg.Metrics.InFlight.Dec()

	// Parse the envelope and the body, within the size limit.
	envText := r.Header.Get(HeaderRequest)
	if envText == "" {
		fail(Errorf(CodeBadEnvelope, "the request has no %s header: this endpoint takes signed relays only (send plain requests to a gateway)", HeaderRequest), nil)
		return
	}
	env, err := protocol.DecodeRequestEnvelope(envText)
	if err != nil {
		fail(Errorf(CodeBadEnvelope, "%s", strings.TrimPrefix(err.Error(), protocol.ErrBadEnvelope.Error()+": ")), nil)
		return
	}
	if env.Service != svc.ID {
		fail(Errorf(CodeBadEnvelope, "the envelope is for service %s, the path for %s", env.Service, svc.ID), nil)
		return
	}
	bodyBuf, err := readBody(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes), r.ContentLength)
	defer putBody(bodyBuf)
	body := bodyBuf.Bytes()
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			fail(Errorf(CodeBodyTooLarge, "the body exceeds %d bytes", mbe.Limit), nil)
			return
		}
		fail(Errorf(CodeMalformedRequest, "reading the body: %v", err), nil)
		return
	}
	s.cfg.Metrics.RequestBytes.WithLabelValues(label).Observe(float64(len(body)))
	var rpcID json.RawMessage
	if isRPC {
		var e *Error
		if rpcID, e = checkJSONRPC(body, env.Calls); e != nil {
			fail(e, rpcID)
			return
		}
	}
	rc := &relayCtx{svc: svc, env: env, header: env.Header(protocol.PayloadHash(r.Method, target, body))}

	// 2-4. Session, signature and nonce, admission, meter.
	if e := s.admit(r.Context(), rc); e != nil {
		fail(e, rpcID)
		return
	}
	defer rc.release()

	// 5. Forward to a backend.
	resp, err := svc.Backends.Do(r.Context(), svc.Timeout, func(ctx context.Context, base *url.URL) (*http.Request, error) {
		req, err := http.NewRequestWithContext(ctx, r.Method, joinTarget(base, target), bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		copyRequestHeaders(req.Header, r.Header)
		req.ContentLength = int64(len(body))
		return req, nil
	})
	if err != nil {
		s.refund(rc)
		code := CodeBackendUnavailable
		var eb *errBackend
		if errors.As(err, &eb) && eb.timeout {
			code = CodeBackendTimeout
		}
		fail(Errorf(code, "no backend of %s answered: %v", svc.ID, err), rpcID)
		return
	}
	defer resp.Body.Close()

	// 6-7. Sign the response, hand the relay to the miner, release it.
	if isStream(resp) {
		s.stream(w, r, rc, resp, started)
		return
	}
	outBuf, err := readBody(resp.Body, resp.ContentLength)
	defer putBody(outBuf)
	out := outBuf.Bytes()
	if err != nil {
		s.refund(rc)
		fail(Errorf(CodeBackendUnavailable, "reading the backend's answer: %v", err), rpcID)
		return
	}
	sig, e := s.complete(r.Context(), rc, protocol.ResponseHash(out))
	if e != nil {
		fail(e, rpcID)
		return
	}
	h := w.Header()
	copyResponseHeaders(h, resp.Header)
	h.Set(HeaderResponse, protocol.ResponseEnvelope{Signature: sig}.Encode())
	h.Set("Content-Length", strconv.Itoa(len(out)))
	w.WriteHeader(resp.StatusCode)
	w.Write(out)
	s.cfg.Metrics.served(label, started, len(out))
}

// admit runs steps 2-4 of the pipeline: the session, the signature and
// nonce, the client pool and the meter. On success rc holds the session and
// the charge, and rc.release must be called when the relay ends.
func (s *Server) admit(ctx context.Context, rc *relayCtx) *Error {
	env := rc.env
	st, e := s.session(ctx, env)
	if e != nil {
		return e
	}
	rc.state = st
	rc.digest = s.domain.RequestDigest(rc.header)
	signer, err := protocol.Recover(rc.digest, env.Signature)
	if err != nil {
		return Errorf(CodeBadSignature, "%s", strings.TrimPrefix(err.Error(), protocol.ErrBadSignature.Error()+": "))
	}
	if signer != env.Application {
		ok, err := s.cfg.Sessions.Delegated(ctx, env.Application, signer, env.SessionStart)
		if err != nil {
			return Errorf(CodeChainUnavailable, "reading delegations: %v", err)
		}
		if !ok {
			// A staked gateway without the delegation, or a signature of
			// nobody in particular (a wrong or tampered one)?
			isGW, err := s.cfg.Sessions.IsGateway(ctx, signer, env.SessionStart)
			if err != nil {
				return Errorf(CodeChainUnavailable, "reading gateway stakes: %v", err)
			}
			if isGW {
				return Errorf(CodeNotDelegated, "gateway %s signed the relay, but application %s has not delegated to it for the session starting at %d", signer.Hex(), env.Application.Hex(), env.SessionStart)
			}
			return Errorf(CodeBadSignature, "the signature does not come from application %s or a gateway it delegated to (it recovers to %s, which is not a staked gateway)", env.Application.Hex(), signer.Hex())
		}
	}
	if !st.useNonce(env.Nonce) {
		return Errorf(CodeReplayedNonce, "nonce %d was already used by application %s in the session starting at %d", env.Nonce, env.Application.Hex(), env.SessionStart)
	}
	rc.release = func() {}
	rc.cost = new(uint256.Int).Mul(st.perCall, uint256.NewInt(uint64(env.Calls)))
	if s.cfg.Admitter != nil {
		remaining := new(uint256.Int)
		if spent := s.cfg.Meter.Spent(st.key); spent.Lt(st.budget) {
			remaining.Sub(st.budget, spent)
		}
		release, e := s.cfg.Admitter.Admit(ctx, Admission{
			Application: env.Application, Service: env.Service, SessionStart: env.SessionStart,
			Units: st.info.ComputeUnitsPerRelay * uint64(env.Calls), Remaining: remaining, PerUnit: st.perUnit,
		})
		if e != nil {
			return e
		}
		rc.release = release
	}
	if err := s.cfg.Meter.Charge(st.key, st.budget, rc.cost); err != nil {
		rc.release()
		s.cfg.Metrics.MeterRejections.WithLabelValues(rc.svc.ID.String()).Inc()
		return Errorf(CodeBudgetExhausted, "%v", err)
	}
	rc.charged = true
	return nil
}

// session checks the relay's session: it has started (the node may be one
// block behind the requester), has not passed its grace period, and has this
// supplier. The facts are cached per session.
func (s *Server) session(ctx context.Context, env protocol.RequestEnvelope) (*sessionState, *Error) {
	if env.Supplier != s.self {
		return nil, Errorf(CodeNotInSession, "the relay is addressed to supplier %s; this node is %s", env.Supplier.Hex(), s.self.Hex())
	}
	head := s.cfg.Sessions.Head()
	if env.SessionStart > head+1 {
		return nil, &Error{Code: CodeSessionNotStarted, Detail: fmt.Sprintf("the session starting at %d has not started; the chain is at %d", env.SessionStart, head), RetryAfter: time.Second}
	}
	k := sessionKey{env.Application, env.Service, env.SessionStart}
	st, ok := s.states.Load(k)
	if !ok {
		info, err := s.cfg.Sessions.Session(ctx, env.Application, env.Service, env.SessionStart)
		if err != nil {
			return nil, sessionError(err, env)
		}
		built := &sessionState{
			info:    info,
			nonces:  map[uint64]struct{}{},
			key:     meter.Key{Application: env.Application, Service: env.Service, SessionStart: env.SessionStart, Supplier: s.self},
			budget:  meter.Budget(uint256.MustFromBig(info.AppStake), len(info.Suppliers), info.Params),
			perCall: meter.Cost(info.ComputeUnitsPerRelay, 1, uint256.MustFromBig(info.Params.TokensPerComputeUnit)),
			perUnit: uint256.MustFromBig(info.Params.TokensPerComputeUnit),
		}
		st, _ = s.states.LoadOrStore(k, built)
	}
	state := st.(*sessionState)
	info := state.info
	if head >= info.End+info.Params.GracePeriodBlocks {
		return nil, Errorf(CodeSessionExpired, "the session [%d, %d) ended and its grace period closed at %d; the chain is at %d", info.Start, info.End, info.End+info.Params.GracePeriodBlocks, head)
	}
	if !info.HasSupplier(s.self) {
		return nil, Errorf(CodeNotInSession, "supplier %s is not in the session of %s for %s starting at %d", s.self.Hex(), env.Application.Hex(), env.Service, env.SessionStart)
	}
	return state, nil
}

func sessionError(err error, env protocol.RequestEnvelope) *Error {
	var re *chain.RevertError
	if errors.Is(err, chain.ErrNoSession) && errors.As(err, &re) {
		switch re.Name {
		case "ServiceNotActive":
			return Errorf(CodeUnknownService, "service %s is not registered for the session starting at %d", env.Service, env.SessionStart)
		case "SessionInFuture", "SeedUnavailable":
			return &Error{Code: CodeSessionNotStarted, Detail: fmt.Sprintf("the session starting at %d cannot be evaluated yet: %v", env.SessionStart, re), RetryAfter: time.Second}
		}
		return Errorf(CodeAppNotStaked, "application %s has no session for %s starting at %d: %v", env.Application.Hex(), env.Service, env.SessionStart, re)
	}
	if errors.Is(err, chain.ErrNoSession) {
		return Errorf(CodeBadEnvelope, "%v", err)
	}
	return Errorf(CodeChainUnavailable, "reading the session: %v", err)
}

func (st *sessionState) useNonce(n uint64) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	if _, seen := st.nonces[n]; seen {
		return false
	}
	st.nonces[n] = struct{}{}
	return true
}

// complete signs the response and hands the relay to the miner. On failure
// the charge is refunded.
func (s *Server) complete(ctx context.Context, rc *relayCtx, responseHash common.Hash) (protocol.Signature, *Error) {
	sig, err := protocol.Sign(s.domain.ResponseDigest(rc.digest, responseHash), s.cfg.Key)
	if err != nil {
		s.refund(rc)
		return sig, Errorf(CodeInternal, "signing the response: %v", err)
	}
	info := rc.state.info
	weight, err := rc.header.Weight(info.ComputeUnitsPerRelay)
	if err != nil {
		s.refund(rc)
		return sig, Errorf(CodeCallsMismatch, "%v", err)
	}
	served := ServedRelay{
		Relay:        protocol.Relay{Header: rc.header, RequestSig: rc.env.Signature, ResponseHash: responseHash, ResponseSig: sig},
		Key:          rc.digest,
		SessionID:    info.ID,
		ComputeUnits: weight,
		Target:       info.DifficultyTarget,
	}
	if err := s.cfg.Miner.Add(ctx, served); err != nil {
		s.refund(rc)
		return sig, &Error{Code: CodeOverloaded, Detail: fmt.Sprintf("recording the relay failed: %v", err), RetryAfter: time.Second}
	}
	return sig, nil
}

func (s *Server) refund(rc *relayCtx) {
	if rc.charged {
		if err := s.cfg.Meter.Refund(rc.state.key, rc.cost); err != nil {
			s.cfg.Log.Warn("relay: refund failed", "err", err)
		}
		rc.charged = false
	}
}

// acquire takes a processing slot, waiting up to QueueTimeout.
func (s *Server) acquire(ctx context.Context) bool {
	select {
	case s.slots <- struct{}{}:
		return true
	default:
	}
	if s.cfg.QueueTimeout <= 0 {
		return false
	}
	t := time.NewTimer(s.cfg.QueueTimeout)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

func (s *Server) releaseSlot() { <-s.slots }

// housekeeping forgets the state of sessions whose grace period is over.
func (s *Server) housekeeping() {
	defer s.wg.Done()
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			head := s.cfg.Sessions.Head()
			s.states.Range(func(k, v any) bool {
				info := v.(*sessionState).info
				if head >= info.End+info.Params.GracePeriodBlocks {
					s.states.Delete(k)
				}
				return true
			})
		}
	}
}

// Shutdown stops housekeeping, closes WebSocket relays (whose unanswered
// calls are refunded) and waits for them to end. Call it after the HTTP
// server's Shutdown, which does not close hijacked connections.
func (s *Server) Shutdown(ctx context.Context) error {
	if !s.closing.CompareAndSwap(false, true) {
		return nil
	}
	close(s.stop)
	s.wsConns.CloseAll()
	if err := s.wsConns.Wait(ctx); err != nil {
		return fmt.Errorf("relay: shutdown: %w", err)
	}
	s.wg.Wait()
	return nil
}

// checkJSONRPC validates a JSON-RPC body and the declared number of calls,
// and returns the request id (for error answers).
func checkJSONRPC(body []byte, calls uint32) (json.RawMessage, *Error) {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var batch []json.RawMessage
		if err := json.Unmarshal(trimmed, &batch); err != nil {
			return nil, Errorf(CodeMalformedRequest, "the body is not a JSON-RPC batch: %v", err)
		}
		if len(batch) == 0 {
			return nil, Errorf(CodeMalformedRequest, "empty JSON-RPC batch")
		}
		if uint32(len(batch)) != calls {
			return nil, Errorf(CodeCallsMismatch, "the batch has %d calls, the envelope declares %d", len(batch), calls)
		}
		return nil, nil
	}
	var one struct {
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(trimmed, &one); err != nil {
		return nil, Errorf(CodeMalformedRequest, "the body is not a JSON-RPC request: %v", err)
	}
	if calls != 1 {
		return one.ID, Errorf(CodeCallsMismatch, "a single call declares %d calls", calls)
	}
	return one.ID, nil
}

func joinTarget(base *url.URL, target string) string {
	if target == "/" {
		return base.String()
	}
	return base.String() + target
}

// hopHeaders are not forwarded in either direction (RFC 9110 7.6.1), nor are
// the relay protocol's own headers.
var hopHeaders = map[string]bool{
	"Connection": true, "Proxy-Connection": true, "Keep-Alive": true, "Proxy-Authenticate": true,
	"Proxy-Authorization": true, "Te": true, "Trailer": true, "Transfer-Encoding": true, "Upgrade": true,
	"Host": true, "Content-Length": true, "Authorization": true, "Cookie": true,
	HeaderRequest: true, HeaderResponse: true, "Relay-Error": true,
}

func copyRequestHeaders(dst, src http.Header) {
	for k, vs := range src {
		if !hopHeaders[k] {
			dst[k] = vs
		}
	}
}

func copyResponseHeaders(dst, src http.Header) {
	for k, vs := range src {
		if !hopHeaders[k] && k != "Set-Cookie" {
			dst[k] = vs
		}
	}
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
