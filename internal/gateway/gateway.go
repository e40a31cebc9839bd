// Package gateway is the application side of relaynode: it accepts plain
// JSON-RPC, REST and WebSocket traffic from ordinary clients at
// /v1/<service id>, turns each request into a signed relay to a supplier of
// the application's current session (pkg/client), verifies the supplier's
// signed answer and returns it. Clients need no knowledge of relays.
package gateway

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
	"github.com/relaynode/relaynode/pkg/client"
)

// PathPrefix is where services are served: PathPrefix + "<service id>".
const PathPrefix = "/v1/"

// Config wires a Gateway.
type Config struct {
	Client *client.Client
	// APIKeys are the SHA-256 digests of the accepted API keys; empty means
	// the gateway is open.
	APIKeys [][32]byte
	// FreeAccess admits requests without an API key when APIKeys is set, as
	// free clients identified by their IP address.
	FreeAccess bool
	// Admitter, when set, admits each request before it is relayed (the
	// client pool): API-key clients as paid, the others as free by IP.
	Admitter Admitter
	// PerIPRate limits requests per second from one address (IPv6: one
	// /64), checked before anything else, in bursts of PerIPBurst; 0: off.
	PerIPRate, PerIPBurst int
	MaxBodyBytes          int64
	ReceiptEvery          int
	Metrics               *relay.Metrics
	Log                   *slog.Logger
}

// Gateway serves ordinary clients. It implements http.Handler and is safe for
// concurrent use.
type Gateway struct {
	cfg     Config
	ipLimit *relay.IPLimiter // nil: no per-IP limit
	conns   relay.ConnSet
	known   sync.Map // protocol.ServiceID -> struct{}: services that served a relay
}

// metricLabel names svc in metrics only once it has served a relay, so that
// clients cannot mint metric series by naming services.
func (g *Gateway) metricLabel(svc protocol.ServiceID) string {
	if _, ok := g.known.Load(svc); ok {
		return svc.String()
	}
	return "unknown"
}

// New checks cfg and returns a Gateway.
func New(cfg Config) (*Gateway, error) {
	if cfg.Client == nil || cfg.Metrics == nil {
		return nil, errors.New("gateway: Config needs Client and Metrics")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 10 << 20
	}
	if cfg.ReceiptEvery <= 0 {
		cfg.ReceiptEvery = 10
	}
	g := &Gateway{cfg: cfg}
	if cfg.PerIPRate > 0 {
		g.ipLimit = relay.NewIPLimiter(cfg.PerIPRate, max(1, cfg.PerIPBurst))
	}
	return g, nil
}

// HashAPIKey returns the digest under which an API key is configured.
func HashAPIKey(key string) [32]byte { return sha256.Sum256([]byte(key)) }

// ClientOf names the client of an API key in the client pool: "key:" and
// the first 8 bytes of its digest in hex (never the key itself).
func ClientOf(digest [32]byte) string { return "key:" + hex.EncodeToString(digest[:8]) }

// Client is who sent a request, for the client pool.
type Client struct {
	ID   string // "key:<digest prefix>" or "ip:<address>"
	Paid bool   // an API-key client (its balance is deposited by an admin)
}

// Admitter admits a client's request before it is relayed, returning a
// release function to call when the request ends, or a refusal (429).
type Admitter interface {
	Admit(ctx context.Context, c Client) (release func(), err *relay.Error)
}

// authorized identifies the request's client: by its API key, checked in
// constant time against every configured key (an empty key is never
// accepted), or, with no keys configured or FreeAccess, by its IP address.
func (g *Gateway) authorized(r *http.Request) (Client, bool) {
	key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		key = r.URL.Query().Get("api_key")
	}
	if key == "" || len(g.cfg.APIKeys) == 0 {
		if len(g.cfg.APIKeys) == 0 || g.cfg.FreeAccess {
			return Client{ID: "ip:" + clientAddress(r.RemoteAddr)}, true
		}
		return Client{}, false
	}
	h := HashAPIKey(key)
	match := 0
	for _, k := range g.cfg.APIKeys {
		match |= subtle.ConstantTimeCompare(h[:], k[:])
	}
	return Client{ID: ClientOf(h), Paid: true}, match == 1
}

// clientAddress names a free client by its IP address; an IPv6 client by
// its /64 network (one host's share), so that rotating addresses inside it
// does not mint new clients.
func clientAddress(remote string) string {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		host = remote
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return host
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return (&net.IPNet{IP: ip.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
}

// admit asks the Admitter, if any, for a slot for c.
func (g *Gateway) admit(r *http.Request, c Client) (func(), *relay.Error) {
	if g.cfg.Admitter == nil {
		return func() {}, nil
	}
	return g.cfg.Admitter.Admit(r.Context(), c)
}

// ServeHTTP routes /v1/<service>[/target].
func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	started := time.Now()
	rest, ok := strings.CutPrefix(r.URL.Path, PathPrefix)
	if !ok {
		relay.WriteError(w, relay.Errorf(relay.CodeUnknownService, "services are served at %s<service id>", PathPrefix), false, nil)
		return
	}
	name, target, _ := strings.Cut(rest, "/")
	target = "/" + target
	svc, err := protocol.ParseServiceID(name)
	if err != nil {
		g.cfg.Metrics.Errors.WithLabelValues("unknown", string(relay.CodeUnknownService)).Inc()
		relay.WriteError(w, relay.Errorf(relay.CodeUnknownService, "%v", err), false, nil)
		return
	}
	label := g.metricLabel(svc)
	if g.ipLimit != nil && !g.ipLimit.Allow(clientAddress(r.RemoteAddr)) {
		g.refused(label, relay.CodeRateLimited)
		relay.WriteError(w, &relay.Error{Code: relay.CodeRateLimited, Detail: "too many requests from this address", RetryAfter: time.Second}, false, nil)
		return
	}
	cl, ok := g.authorized(r)
	if !ok {
		g.refused(label, relay.CodeUnauthorized)
		relay.WriteError(w, relay.Errorf(relay.CodeUnauthorized, "a valid API key is required: 'Authorization: Bearer <key>'"), false, nil)
		return
	}
	release, e := g.admit(r, cl)
	if e != nil {
		g.refused(label, e.Code)
		looksRPC := r.Method == http.MethodPost && target == "/" && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json")
		relay.WriteError(w, e, looksRPC, nil)
		return
	}
	defer release()
	if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		g.serveWS(w, r, svc)
		return
	}
	if q := r.URL.Query(); q.Has("api_key") {
		q.Del("api_key")
		r.URL.RawQuery = q.Encode()
	}
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, g.cfg.MaxBodyBytes))
	if err != nil {
		e := relay.Errorf(relay.CodeMalformedRequest, "reading the body: %v", err)
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			e = relay.Errorf(relay.CodeBodyTooLarge, "the body exceeds %d bytes", mbe.Limit)
		}
		g.refused(label, e.Code)
		// The body is unread: a POST of JSON to the service root is taken for
		// JSON-RPC, as the node does.
		looksRPC := r.Method == http.MethodPost && target == "/" && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json")
		relay.WriteError(w, e, looksRPC, nil)
		return
	}
	// Observed at the end, under "unknown" if the service turns out not to be
	// registered: clients must not mint metric series by naming services.
	defer func() { g.cfg.Metrics.RequestBytes.WithLabelValues(label).Observe(float64(len(body))) }()
	isRPC := r.Method == http.MethodPost && target == "/" && looksJSON(body)
	var id json.RawMessage
	if isRPC {
		if !json.Valid(body) {
			g.refused(label, relay.CodeMalformedRequest)
			relay.WriteError(w, relay.Errorf(relay.CodeMalformedRequest, "the body is not valid JSON"), true, nil)
			return
		}
		id = requestID(body)
	}
	req := client.Request{Service: svc, Method: r.Method, Target: target, Header: forwardHeaders(r.Header), Body: body, Calls: 1}
	if isRPC {
		req.Calls = client.JSONRPCCalls(body)
	}
	g.cfg.Metrics.InFlight.Inc()
	defer g.cfg.Metrics.InFlight.Dec()
	resp, err := g.cfg.Client.Stream(r.Context(), req)
	if err != nil {
		var re *relay.Error
		if !errors.As(err, &re) {
			re = relay.Errorf(relay.CodeInternal, "%v", err)
		}
		if re.Code == relay.CodeUnknownService {
			label = "unknown"
		}
		g.refused(label, re.Code)
		relay.WriteError(w, re, isRPC, id)
		return
	}
	defer resp.Body.Close()
	h := w.Header()
	for k, vs := range resp.Header {
		switch k {
		case "Content-Length", "Transfer-Encoding", "Connection", "Trailer", relay.HeaderResponse:
		default:
			h[k] = vs
		}
	}
	h.Set("Relay-Supplier", resp.Supplier.Hex())
	if resp.ContentLength >= 0 {
		h.Set("Content-Length", strconv.FormatInt(resp.ContentLength, 10))
	}
	w.WriteHeader(resp.StatusCode)
	var n int64
	if resp.ContentLength >= 0 {
		n, err = io.Copy(w, resp.Body) // a whole, verified body: one write
	} else {
		n, err = copyFlushing(w, resp.Body)
	}
	if err != nil {
		// The answer was cut off or did not verify: end the client's
		// connection so the truncated or unverified answer does not look
		// complete.
		g.refused(label, relay.CodeBadResponse)
		g.cfg.Log.Warn("gateway: streamed answer failed", "service", label, "supplier", resp.Supplier.Hex(), "err", err)
		panic(http.ErrAbortHandler)
	}
	if label == "unknown" {
		g.known.Store(svc, struct{}{})
		label = svc.String()
	}
	g.cfg.Metrics.Relays.WithLabelValues(label, "success").Inc()
	g.cfg.Metrics.Duration.WithLabelValues(label).Observe(time.Since(started).Seconds())
	g.cfg.Metrics.ResponseBytes.WithLabelValues(label).Observe(float64(n))
}

// copyFlushing copies src to w, flushing after every read so streams reach
// the client as they arrive.
func copyFlushing(w http.ResponseWriter, src io.Reader) (int64, error) {
	flusher, _ := w.(http.Flusher)
	bufp := relay.CopyBuffer()
	defer relay.PutCopyBuffer(bufp)
	buf := *bufp
	var total int64
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if _, werr := w.Write(buf[:n]); werr != nil {
				return total, werr
			}
			total += int64(n)
			if flusher != nil {
				flusher.Flush()
			}
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func (g *Gateway) refused(label string, code relay.Code) {
	if code == relay.CodeUnknownService {
		label = "unknown" // a client-chosen name is not a metric label
	}
	g.cfg.Metrics.Relays.WithLabelValues(label, "error").Inc()
	g.cfg.Metrics.Errors.WithLabelValues(label, string(code)).Inc()
	if code == relay.CodeBudgetExhausted {
		g.cfg.Metrics.MeterRejections.WithLabelValues(label).Inc()
	}
}

func looksJSON(body []byte) bool {
	t := bytes.TrimLeft(body, " \t\r\n")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

func requestID(body []byte) json.RawMessage {
	var one struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(body, &one) != nil {
		return nil
	}
	return one.ID
}

// forwardHeaders keeps what a backend needs to understand the request.
func forwardHeaders(src http.Header) http.Header {
	out := http.Header{}
	for _, k := range []string{"Content-Type", "Accept", "Accept-Encoding", "Content-Encoding", "Accept-Language"} {
		if v := src.Values(k); len(v) > 0 {
			out[k] = v
		}
	}
	return out
}

var upgrader = websocket.Upgrader{
	ReadBufferSize:  32 << 10,
	WriteBufferSize: 32 << 10,
	CheckOrigin:     func(*http.Request) bool { return true },
}

// serveWS bridges a client's plain JSON-RPC WebSocket to a relayed one.
func (g *Gateway) serveWS(w http.ResponseWriter, r *http.Request, svc protocol.ServiceID) {
	label := g.metricLabel(svc)
	up, err := g.cfg.Client.DialWebSocket(r.Context(), svc, g.cfg.ReceiptEvery)
	if err != nil {
		var re *relay.Error
		if !errors.As(err, &re) {
			re = relay.Errorf(relay.CodeNoSupplier, "%v", err)
		}
		g.refused(label, re.Code)
		relay.WriteError(w, re, true, nil)
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		up.Close()
		return
	}
	g.known.Store(svc, struct{}{})
	label = svc.String()
	if !g.conns.Add(conn) {
		conn.Close()
		up.Close()
		return
	}
	defer g.conns.Done(conn)
	conn.SetReadLimit(g.cfg.MaxBodyBytes)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() { // supplier -> client
		defer close(done)
		for {
			msg, err := up.Receive(ctx)
			if err != nil {
				conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "supplier connection ended"), time.Now().Add(time.Second))
				conn.Close()
				return
			}
			conn.SetWriteDeadline(time.Now().Add(30 * time.Second))
			if conn.WriteMessage(websocket.TextMessage, msg) != nil {
				return
			}
		}
	}()
	for { // client -> supplier
		_, msg, err := conn.ReadMessage()
		if err != nil {
			break
		}
		if err := up.Send(ctx, msg); err != nil {
			var re *relay.Error
			if errors.As(err, &re) {
				conn.WriteMessage(websocket.TextMessage, relay.RPCErrorBody(re, requestID(msg)))
				continue
			}
			break
		}
		g.cfg.Metrics.Relays.WithLabelValues(label, "success").Inc()
	}
	up.Close()
	cancel()
	conn.Close()
	<-done
}

// Shutdown closes WebSocket bridges and waits for them to end. Call it after
// the HTTP server's Shutdown, which does not close hijacked connections.
func (g *Gateway) Shutdown(ctx context.Context) error {
	g.conns.CloseAll()
	return g.conns.Wait(ctx)
}
