package relay_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/relaynode/relaynode/internal/relay"
)

// wsBackend is a fake JSON-RPC WebSocket backend: calls get result "0x1";
// eth_subscribe gets a subscription id and then `notes` notifications.
func wsBackend(t *testing.T, notes int) string {
	up := websocket.Upgrader{}
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		for {
			_, msg, err := c.ReadMessage()
			if err != nil {
				return
			}
			var req struct {
				ID     json.RawMessage `json:"id"`
				Method string          `json:"method"`
			}
			json.Unmarshal(msg, &req)
			if req.Method == "eth_subscribe" {
				c.WriteMessage(websocket.TextMessage, []byte(fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":"0xsub"}`, req.ID)))
				for i := range notes {
					c.WriteMessage(websocket.TextMessage, []byte(fmt.Sprintf(`{"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":"0xsub","result":%d}}`, i)))
				}
				continue
			}
			c.WriteMessage(websocket.TextMessage, answer(msg))
		}
	}))
	t.Cleanup(s.Close)
	return "ws" + strings.TrimPrefix(s.URL, "http")
}

func withWS(url string) rigOpt {
	return func(cfg *relay.Config, _ *rig) { cfg.Services[0].WS = []string{url} }
}

func TestWebSocketCallsAndReceipts(t *testing.T) {
	r := newRig(t, withWS(wsBackend(t, 7)))
	c := r.client(r.app, "eth")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ws, err := c.DialWebSocket(ctx, svc("eth"), 3)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if err := ws.Send(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}`)); err != nil {
		t.Fatal(err)
	}
	msg, err := ws.Receive(ctx)
	if err != nil || string(msg) != `{"jsonrpc":"2.0","id":1,"result":"0x1"}` {
		t.Fatalf("call: %s %v", msg, err)
	}
	if err := ws.Send(ctx, []byte(`{"jsonrpc":"2.0","id":2,"method":"eth_subscribe","params":["newHeads"]}`)); err != nil {
		t.Fatal(err)
	}
	if msg, err := ws.Receive(ctx); err != nil || !strings.Contains(string(msg), "0xsub") {
		t.Fatalf("subscribe: %s %v", msg, err)
	}
	for i := range 7 {
		msg, err := ws.Receive(ctx)
		if err != nil || !strings.Contains(string(msg), fmt.Sprintf(`"result":%d`, i)) {
			t.Fatalf("notification %d: %s %v", i, msg, err)
		}
	}
	// Two calls and two receipts: [0,3), then [3,6) or [3,7) depending on
	// whether the 7th notification arrived before the first receipt's answer.
	deadline := time.Now().Add(5 * time.Second)
	for r.miner.Total() < 4 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if cu := r.miner.Count(svc("eth")).ComputeUnits; r.miner.Total() != 4 || (cu != 8 && cu != 9) {
		t.Fatalf("mined %d relays, %d compute units; want 4 and 8 or 9", r.miner.Total(), cu)
	}
}

func TestWebSocketBadFramesGetErrors(t *testing.T) {
	r := newRig(t, withWS(wsBackend(t, 0)))
	conn := wsDial(t, r.url, "eth")
	for _, tc := range []struct {
		frame string
		code  relay.Code
	}{
		{"call not-an-envelope\n{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"x\"}", relay.CodeBadEnvelope},
		{"call x\n{not json", relay.CodeMalformedRequest},
		{"hello\n{}", relay.CodeBadEnvelope},
		{"receipt x\nzz", relay.CodeBadEnvelope},
	} {
		conn.WriteMessage(websocket.TextMessage, []byte(tc.frame))
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, msg, err := conn.ReadMessage()
		if err != nil {
			t.Fatalf("%q: %v", tc.frame, err)
		}
		kind, arg, payload := relay.SplitFrame(msg)
		if kind != relay.FrameError || arg != string(tc.code) || !json.Valid(payload) {
			t.Fatalf("%q: got %q %q %s", tc.frame, kind, arg, payload)
		}
	}
}

// TestWebSocketWithoutReceiptsIsCut: a gateway that never pays for
// notifications is disconnected after MaxUnreceipted of them.
func TestWebSocketWithoutReceiptsIsCut(t *testing.T) {
	r := newRig(t, withWS(wsBackend(t, relay.MaxUnreceipted+50)))
	c := r.client(r.app, "eth")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ws, err := c.DialWebSocket(ctx, svc("eth"), 1_000_000) // effectively never signs a receipt
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	ws.Send(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":["newHeads"]}`))
	notes, sawError := 0, false
	for {
		msg, err := ws.Receive(ctx)
		if err != nil {
			break
		}
		if strings.Contains(string(msg), "eth_subscription") {
			notes++
		}
		if strings.Contains(string(msg), string(relay.CodeBudgetExhausted)) {
			sawError = true
		}
	}
	if notes != relay.MaxUnreceipted || !sawError {
		t.Fatalf("got %d notifications (want %d) and error %v", notes, relay.MaxUnreceipted, sawError)
	}
}
