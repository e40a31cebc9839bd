package relay

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"

	"github.com/relaynode/relaynode/internal/protocol"
)

// WebSocket relays. Every frame is a text frame whose first line says what it
// is; the rest is the payload.
//
//	gateway -> node   "call <request envelope>\n<JSON-RPC message>"
//	                  "receipt <request envelope>\n<hex receipt>"
//	node -> gateway   "response <response envelope>\n<JSON-RPC message>"
//	                  "notification\n<JSON-RPC message>"
//	                  "receipted <response envelope>\n"
//	                  "error <code>\n<JSON-RPC error response>"
//
// Each call is a relay (method WS, target "/"). Notifications are not signed
// one by one: the gateway signs a receipt every few notifications, and each
// receipt is a relay (method RECEIPT) whose calls are the notifications it
// covers. A receipt's body is from ‖ to ‖ chain (8 + 8 + 32 bytes): the
// notifications [from, to) of this connection and the hash chain after the
// last of them, chain_0 = 0, chain_i = keccak256(chain_{i-1} ‖ keccak256(n_i)).
const (
	FrameCall         = "call"
	FrameReceipt      = "receipt"
	FrameResponse     = "response"
	FrameNotification = "notification"
	FrameReceipted    = "receipted"
	FrameError        = "error"
	// ReceiptSize is the byte length of a receipt body.
	ReceiptSize = 48
	// MaxUnreceipted is how many notifications a node sends before it
	// requires a receipt; beyond, it closes the connection.
	MaxUnreceipted = 1000
)

// Receipt is the body of a notification receipt.
type Receipt struct {
	From, To uint64
	Chain    common.Hash
}

// Encode returns the receipt's 48 bytes.
func (r Receipt) Encode() []byte {
	b := make([]byte, ReceiptSize)
	binary.BigEndian.PutUint64(b[0:8], r.From)
	binary.BigEndian.PutUint64(b[8:16], r.To)
	copy(b[16:], r.Chain[:])
	return b
}

// DecodeReceipt parses a receipt body.
func DecodeReceipt(b []byte) (Receipt, error) {
	if len(b) != ReceiptSize {
		return Receipt{}, fmt.Errorf("relay: a receipt is %d bytes, not %d", ReceiptSize, len(b))
	}
	return Receipt{From: binary.BigEndian.Uint64(b[0:8]), To: binary.BigEndian.Uint64(b[8:16]), Chain: common.BytesToHash(b[16:])}, nil
}

// ChainNext extends a notification hash chain by one notification.
func ChainNext(prev common.Hash, notification []byte) common.Hash {
	return crypto.Keccak256Hash(prev[:], crypto.Keccak256(notification))
}

// SplitFrame splits a frame into its first line's words and the payload.
func SplitFrame(frame []byte) (kind, arg string, payload []byte) {
	line, payload, _ := bytes.Cut(frame, []byte("\n"))
	kind, arg, _ = strings.Cut(string(line), " ")
	return kind, arg, payload
}

// Frame builds a frame.
func Frame(kind, arg string, payload []byte) []byte {
	head := kind
	if arg != "" {
		head += " " + arg
	}
	out := make([]byte, 0, len(head)+1+len(payload))
	out = append(out, head...)
	out = append(out, '\n')
	return append(out, payload...)
}

func isWebSocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

var upgrader = websocket.Upgrader{
	ReadBufferSize:  32 << 10,
	WriteBufferSize: 32 << 10,
	// Relays are authenticated per message by signature, not by origin.
	CheckOrigin: func(*http.Request) bool { return true },
}

// wsConn is one relayed WebSocket: the gateway's side and the backend's.
type wsConn struct {
	s       *Server
	svc     *Service
	client  *websocket.Conn
	backend *websocket.Conn
	wmu     sync.Mutex // serialises writes to client

	mu        sync.Mutex
	pending   map[string]*relayCtx // by JSON-RPC id of the call
	sent      uint64               // notifications sent
	receipted uint64               // notifications covered by receipts
	chain     []common.Hash        // chain[i] = chain after notification receipted+i; chain[0] = at receipted
}

func (s *Server) serveWS(w http.ResponseWriter, r *http.Request, svc *Service) {
	if len(svc.WS) == 0 {
		s.cfg.Metrics.refused(svc.ID.String(), CodeUnknownService)
		WriteError(w, Errorf(CodeUnknownService, "service %s has no WebSocket backend on this node", svc.ID), svc.Kind == "jsonrpc", nil)
		return
	}
	var backend *websocket.Conn
	var lastErr error
	for _, u := range svc.WS {
		ctx, cancel := context.WithTimeout(r.Context(), svc.Timeout)
		c, _, err := websocket.DefaultDialer.DialContext(ctx, u, nil)
		cancel()
		if err == nil {
			backend = c
			break
		}
		lastErr = err
	}
	if backend == nil {
		s.cfg.Metrics.refused(svc.ID.String(), CodeBackendUnavailable)
		WriteError(w, Errorf(CodeBackendUnavailable, "no WebSocket backend of %s answered: %v", svc.ID, lastErr), svc.Kind == "jsonrpc", nil)
		return
	}
	client, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		backend.Close()
		return // the upgrader has answered
	}
	c := &wsConn{s: s, svc: svc, client: client, backend: backend, pending: map[string]*relayCtx{}, chain: []common.Hash{{}}}
	if !s.wsConns.Add(client) {
		client.Close()
		backend.Close()
		return
	}
	defer s.wsConns.Done(client)
	c.run(r.Context())
}

// run pumps both directions until either side closes, then refunds calls
// that never got an answer.
func (c *wsConn) run(ctx context.Context) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.fromBackend(ctx)
	}()
	c.fromClient(ctx)
	c.backend.Close()
	<-done
	c.client.Close()
	c.mu.Lock()
	for id, rc := range c.pending {
		c.s.refund(rc)
		rc.release()
		delete(c.pending, id)
	}
	c.mu.Unlock()
}

func (c *wsConn) write(frame []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.client.SetWriteDeadline(time.Now().Add(30 * time.Second))
	return c.client.WriteMessage(websocket.TextMessage, frame)
}

func (c *wsConn) fail(e *Error, id json.RawMessage) {
	c.s.cfg.Metrics.refused(c.svc.ID.String(), e.Code)
	c.write(Frame(FrameError, string(e.Code), RPCErrorBody(e, id)))
}

func (c *wsConn) fromClient(ctx context.Context) {
	c.client.SetReadLimit(c.s.cfg.MaxBodyBytes + 1024)
	for {
		_, msg, err := c.client.ReadMessage()
		if err != nil {
			return
		}
		kind, arg, payload := SplitFrame(msg)
		switch kind {
		case FrameCall:
			c.call(ctx, arg, payload)
		case FrameReceipt:
			c.receipt(ctx, arg, payload)
		default:
			c.fail(Errorf(CodeBadEnvelope, "unknown frame %q; expected %q or %q", kind, FrameCall, FrameReceipt), nil)
		}
	}
}

// call admits one JSON-RPC message and forwards it to the backend.
func (c *wsConn) call(ctx context.Context, envText string, payload []byte) {
	ids, e := messageIDs(payload)
	if e != nil {
		c.fail(e, nil)
		return
	}
	if len(ids) == 0 {
		c.fail(Errorf(CodeMalformedRequest, "a call needs a JSON-RPC id, to match it with its response"), nil)
		return
	}
	env, err := protocol.DecodeRequestEnvelope(envText)
	if err != nil {
		c.fail(Errorf(CodeBadEnvelope, "%v", err), ids[0])
		return
	}
	if env.Service != c.svc.ID {
		c.fail(Errorf(CodeBadEnvelope, "the envelope is for service %s, the connection for %s", env.Service, c.svc.ID), ids[0])
		return
	}
	if int(env.Calls) != len(ids) {
		c.fail(Errorf(CodeCallsMismatch, "the message has %d calls, the envelope declares %d", len(ids), env.Calls), ids[0])
		return
	}
	key := string(ids[0])
	c.mu.Lock()
	_, dup := c.pending[key]
	c.mu.Unlock()
	if dup {
		c.fail(Errorf(CodeMalformedRequest, "a call with id %s is already pending on this connection", key), ids[0])
		return
	}
	rc := &relayCtx{svc: c.svc, env: env, header: env.Header(protocol.PayloadHash("WS", "/", payload))}
	if !c.s.acquire(ctx) {
		c.fail(&Error{Code: CodeOverloaded, Detail: "the node is at capacity; retry shortly", RetryAfter: time.Second}, ids[0])
		return
	}
	e = c.s.admit(ctx, rc)
	c.s.releaseSlot()
	if e != nil {
		c.fail(e, ids[0])
		return
	}
	c.mu.Lock()
	c.pending[key] = rc
	c.mu.Unlock()
	if err := c.backend.WriteMessage(websocket.TextMessage, payload); err != nil {
		c.mu.Lock()
		delete(c.pending, key)
		c.mu.Unlock()
		c.s.refund(rc)
		rc.release()
		c.fail(Errorf(CodeBackendUnavailable, "the WebSocket backend failed: %v", err), ids[0])
	}
}

// receipt admits a notification receipt as a relay and answers with the
// supplier's signature.
func (c *wsConn) receipt(ctx context.Context, envText string, payload []byte) {
	env, err := protocol.DecodeRequestEnvelope(envText)
	if err != nil {
		c.fail(Errorf(CodeBadEnvelope, "%v", err), nil)
		return
	}
	body, err := hex.DecodeString(strings.TrimSpace(string(payload)))
	if err != nil {
		c.fail(Errorf(CodeMalformedRequest, "the receipt is not hex: %v", err), nil)
		return
	}
	rcpt, err := DecodeReceipt(body)
	if err != nil {
		c.fail(Errorf(CodeMalformedRequest, "%v", err), nil)
		return
	}
	c.mu.Lock()
	from, sent := c.receipted, c.sent
	var want common.Hash
	okRange := rcpt.From == from && rcpt.To > rcpt.From && rcpt.To <= sent && uint64(env.Calls) == rcpt.To-rcpt.From
	if okRange {
		want = c.chain[rcpt.To-from]
	}
	c.mu.Unlock()
	if !okRange {
		c.fail(Errorf(CodeMalformedRequest, "the receipt covers [%d, %d) with %d calls; expected to start at %d, end by %d and declare to-from calls", rcpt.From, rcpt.To, env.Calls, from, sent), nil)
		return
	}
	if rcpt.Chain != want {
		c.fail(Errorf(CodeMalformedRequest, "the receipt's hash chain does not match the notifications sent"), nil)
		return
	}
	rc := &relayCtx{svc: c.svc, env: env, header: env.Header(protocol.PayloadHash("RECEIPT", "/", body))}
	if e := c.s.admit(ctx, rc); e != nil {
		c.fail(e, nil)
		return
	}
	defer rc.release()
	sig, e := c.s.complete(ctx, rc, protocol.ResponseHash(nil))
	if e != nil {
		c.fail(e, nil)
		return
	}
	c.mu.Lock()
	c.chain = append([]common.Hash(nil), c.chain[rcpt.To-from:]...)
	c.receipted = rcpt.To
	c.mu.Unlock()
	c.s.cfg.Metrics.served(c.svc.ID.String(), time.Now(), 0)
	c.write(Frame(FrameReceipted, protocol.ResponseEnvelope{Signature: sig}.Encode(), nil))
}

// fromBackend answers pending calls and forwards notifications.
func (c *wsConn) fromBackend(ctx context.Context) {
	defer c.client.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "backend closed"), time.Now().Add(time.Second))
	for {
		started := time.Now()
		_, msg, err := c.backend.ReadMessage()
		if err != nil {
			return
		}
		ids, _ := messageIDs(msg)
		var rc *relayCtx
		if len(ids) > 0 && string(ids[0]) != "null" {
			c.mu.Lock()
			rc = c.pending[string(ids[0])]
			delete(c.pending, string(ids[0]))
			c.mu.Unlock()
		}
		if rc == nil {
			if !c.notify(msg) {
				return
			}
			continue
		}
		sig, e := c.s.complete(ctx, rc, protocol.ResponseHash(msg))
		rc.release()
		if e != nil {
			c.fail(e, ids[0])
			continue
		}
		c.s.cfg.Metrics.served(c.svc.ID.String(), started, len(msg))
		if c.write(Frame(FrameResponse, protocol.ResponseEnvelope{Signature: sig}.Encode(), msg)) != nil {
			return
		}
	}
}

// notify forwards a notification and extends the hash chain; it refuses (and
// the connection ends) when too many notifications lack a receipt.
func (c *wsConn) notify(msg []byte) bool {
	c.mu.Lock()
	if c.sent-c.receipted >= MaxUnreceipted {
		c.mu.Unlock()
		c.fail(Errorf(CodeBudgetExhausted, "%d notifications have no receipt; send receipts to keep the subscription", MaxUnreceipted), nil)
		return false
	}
	c.sent++
	c.chain = append(c.chain, ChainNext(c.chain[len(c.chain)-1], msg))
	c.mu.Unlock()
	return c.write(Frame(FrameNotification, "", msg)) == nil
}

// messageIDs returns the ids of a JSON-RPC message or batch (a notification
// has none).
func messageIDs(msg []byte) ([]json.RawMessage, *Error) {
	trimmed := bytes.TrimLeft(msg, " \t\r\n")
	type idOnly struct {
		ID json.RawMessage `json:"id"`
	}
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var batch []idOnly
		if err := json.Unmarshal(trimmed, &batch); err != nil {
			return nil, Errorf(CodeMalformedRequest, "not a JSON-RPC batch: %v", err)
		}
		if len(batch) == 0 {
			return nil, Errorf(CodeMalformedRequest, "empty JSON-RPC batch")
		}
		ids := make([]json.RawMessage, len(batch))
		for i, m := range batch {
			ids[i] = m.ID
		}
		return ids, nil
	}
	var one idOnly
	if err := json.Unmarshal(trimmed, &one); err != nil {
		return nil, Errorf(CodeMalformedRequest, "not a JSON-RPC message: %v", err)
	}
	if len(one.ID) == 0 {
		return nil, nil
	}
	return []json.RawMessage{one.ID}, nil
}
