package client

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"

	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
)

// ErrWSClosed is returned by a WSSession after it closed.
var ErrWSClosed = errors.New("client: websocket session closed")

// WSSession is a relayed JSON-RPC WebSocket to one supplier: each message
// sent is a signed relay, each response is verified, and every ReceiptEvery
// notifications it signs a receipt that pays for them (see internal/relay's
// frame format). Send and Receive may be called from different goroutines.
type WSSession struct {
	c        *Client
	service  protocol.ServiceID
	supplier common.Address
	conn     *websocket.Conn
	every    int
	wmu      sync.Mutex
	in       chan []byte
	done     chan struct{}
	closeErr error

	mu        sync.Mutex
	pending   map[string]signedRequest
	receipt   *signedRequest // awaiting "receipted"
	count     uint64         // notifications received
	receipted uint64         // notifications covered by a sent receipt
	chain     common.Hash    // hash chain after count notifications
}

// DialWebSocket opens a relayed WebSocket for service to a supplier of the
// current session, signing a receipt every receiptEvery notifications.
func (c *Client) DialWebSocket(ctx context.Context, service protocol.ServiceID, receiptEvery int) (*WSSession, error) {
	if receiptEvery < 1 {
		receiptEvery = 1
	}
	start, _ := c.cfg.Sessions.CurrentSessionStart()
	sess, err := c.cfg.Sessions.Session(ctx, c.app, service, start)
	if err != nil {
		return nil, sessionError(err, c.app, service, start)
	}
	var last error
	tried := map[common.Address]bool{}
	for attempt := 0; attempt <= c.cfg.Retries; attempt++ {
		supplier, ok := c.pick(sess.Suppliers, tried)
		if !ok {
			break
		}
		tried[supplier] = true
		endpoint, err := c.cfg.Sessions.Endpoint(ctx, supplier, service)
		if err != nil {
			last = err
			continue
		}
		dctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
		conn, _, err := websocket.DefaultDialer.DialContext(dctx, wsURL(endpoint), nil)
		cancel()
		if err != nil {
			last = err
			c.markFailed(supplier)
			continue
		}
		w := &WSSession{c: c, service: service, supplier: supplier, conn: conn, every: receiptEvery,
			in: make(chan []byte, 256), done: make(chan struct{}), pending: map[string]signedRequest{}}
		go w.read()
		return w, nil
	}
	if last == nil {
		last = errors.New("the session has no supplier")
	}
	return nil, relay.Errorf(relay.CodeNoSupplier, "no supplier of %s accepted a WebSocket: %v", service, last)
}

func wsURL(endpoint string) string {
	if rest, ok := strings.CutPrefix(endpoint, "https://"); ok {
		return "wss://" + rest
	}
	return "ws://" + strings.TrimPrefix(endpoint, "http://")
}

// Supplier returns the supplier the session is connected to.
func (w *WSSession) Supplier() common.Address { return w.supplier }

// Send relays one JSON-RPC message (a call or a batch).
func (w *WSSession) Send(ctx context.Context, payload []byte) error {
	var one struct {
		ID json.RawMessage `json:"id"`
	}
	calls := JSONRPCCalls(payload)
	id := ""
	if calls == 1 {
		if err := json.Unmarshal(payload, &one); err != nil || len(one.ID) == 0 {
			return relay.Errorf(relay.CodeMalformedRequest, "a WebSocket call must be a JSON-RPC request with an id")
		}
		id = string(one.ID)
	} else {
		var batch []struct {
			ID json.RawMessage `json:"id"`
		}
		if err := json.Unmarshal(payload, &batch); err != nil || len(batch) == 0 {
			return relay.Errorf(relay.CodeMalformedRequest, "malformed JSON-RPC batch")
		}
		id = string(batch[0].ID)
	}
	start, _ := w.c.cfg.Sessions.CurrentSessionStart()
	sr, err := w.c.signPayload(w.service, start, w.supplier, calls, protocol.PayloadHash("WS", "/", payload))
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.pending[id] = sr
	w.mu.Unlock()
	return w.write(relay.Frame(relay.FrameCall, sr.envelope, payload))
}

// Receive returns the next message for the application: a verified response,
// a notification, or a JSON-RPC error response.
func (w *WSSession) Receive(ctx context.Context) ([]byte, error) {
	select {
	case m, ok := <-w.in:
		if !ok {
			return nil, w.closeErr
		}
		return m, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Close ends the session.
func (w *WSSession) Close() error {
	w.wmu.Lock()
	w.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
	w.wmu.Unlock()
	err := w.conn.Close()
	<-w.done
	return err
}

func (w *WSSession) write(frame []byte) error {
	w.wmu.Lock()
	defer w.wmu.Unlock()
	w.conn.SetWriteDeadline(time.Now().Add(30 * time.Second))
	if err := w.conn.WriteMessage(websocket.TextMessage, frame); err != nil {
		return fmt.Errorf("%w: %w", ErrWSClosed, err)
	}
	return nil
}

func (w *WSSession) read() {
	defer close(w.done)
	defer close(w.in)
	w.closeErr = ErrWSClosed
	for {
		_, msg, err := w.conn.ReadMessage()
		if err != nil {
			return
		}
		kind, arg, payload := relay.SplitFrame(msg)
		switch kind {
		case relay.FrameResponse:
			if !w.response(arg, payload) {
				return
			}
		case relay.FrameNotification:
			w.notification(payload)
		case relay.FrameReceipted:
			w.onReceipted(arg)
		case relay.FrameError:
			w.in <- payload
		}
	}
}

// response verifies a call's response; a response that does not verify ends
// the session (the supplier cannot be trusted with it).
func (w *WSSession) response(sigText string, payload []byte) bool {
	var ids []json.RawMessage
	if JSONRPCCalls(payload) > 1 || strings.HasPrefix(strings.TrimSpace(string(payload)), "[") {
		var batch []struct {
			ID json.RawMessage `json:"id"`
		}
		json.Unmarshal(payload, &batch)
		for _, b := range batch {
			ids = append(ids, b.ID)
		}
	} else {
		var one struct {
			ID json.RawMessage `json:"id"`
		}
		json.Unmarshal(payload, &one)
		ids = append(ids, one.ID)
	}
	if len(ids) == 0 {
		return true
	}
	w.mu.Lock()
	sr, ok := w.pending[string(ids[0])]
	delete(w.pending, string(ids[0]))
	w.mu.Unlock()
	if !ok {
		w.closeErr = relay.Errorf(relay.CodeBadResponse, "supplier %s answered a call that was not made", w.supplier.Hex())
		return false
	}
	if _, err := w.c.verify(sr, w.supplier, sigText, protocol.ResponseHash(payload)); err != nil {
		w.closeErr = err
		return false
	}
	w.in <- payload
	return true
}

func (w *WSSession) notification(payload []byte) {
	w.mu.Lock()
	w.count++
	w.chain = relay.ChainNext(w.chain, payload)
	w.mu.Unlock()
	w.in <- payload
	w.maybeReceipt()
}

// maybeReceipt signs a receipt when enough notifications lack one and no
// receipt is awaiting its answer (receipts are answered in order).
func (w *WSSession) maybeReceipt() {
	w.mu.Lock()
	if w.receipt != nil || w.count-w.receipted < uint64(w.every) {
		w.mu.Unlock()
		return
	}
	r := relay.Receipt{From: w.receipted, To: w.count, Chain: w.chain}
	body := r.Encode()
	start, _ := w.c.cfg.Sessions.CurrentSessionStart()
	sr, err := w.c.signPayload(w.service, start, w.supplier, uint32(r.To-r.From), protocol.PayloadHash("RECEIPT", "/", body))
	if err != nil {
		w.mu.Unlock()
		return
	}
	w.receipt = &sr
	w.receipted = r.To
	w.mu.Unlock()
	w.write(relay.Frame(relay.FrameReceipt, sr.envelope, []byte(hex.EncodeToString(body))))
}

func (w *WSSession) onReceipted(sigText string) {
	w.mu.Lock()
	sr := w.receipt
	w.receipt = nil
	w.mu.Unlock()
	if sr != nil {
		w.c.verify(*sr, w.supplier, sigText, protocol.ResponseHash(nil))
	}
	w.maybeReceipt()
}
