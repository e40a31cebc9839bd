package gateway

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/relay"
)

// refuseAll is an Admitter that records who asked and refuses.
type refuseAll struct{ seen []Client }

func (r *refuseAll) Admit(_ context.Context, c Client) (func(), *relay.Error) {
	r.seen = append(r.seen, c)
	e := relay.Errorf(relay.CodePoolRefused, "pool full: priority too low")
	e.RetryAfter = 3 * time.Second
	return nil, e
}

// TestClientsAreIdentifiedAndRefusedByThePool: API-key clients are paid and
// named by their key's digest (never the key), keyless ones free by IP (only
// with no keys configured or FreeAccess); a pool refusal is a 429 with its
// reason and Retry-After, before anything is relayed.
func TestClientsAreIdentifiedAndRefusedByThePool(t *testing.T) {
	const key = "a-real-api-key-0123456789"
	for _, tc := range []struct {
		name       string
		keys       [][32]byte
		free       bool
		header     string
		wantStatus int
		want       Client
	}{
		{"open gateway", nil, false, "", 429, Client{ID: "ip:192.0.2.7"}},
		{"key required, none sent", [][32]byte{HashAPIKey(key)}, false, "", 401, Client{}},
		{"key required, free access", [][32]byte{HashAPIKey(key)}, true, "", 429, Client{ID: "ip:192.0.2.7"}},
		{"wrong key", [][32]byte{HashAPIKey(key)}, true, "Bearer nope", 401, Client{}},
		{"good key", [][32]byte{HashAPIKey(key)}, false, "Bearer " + key, 429, Client{ID: ClientOf(HashAPIKey(key)), Paid: true}},
	} {
		pool := &refuseAll{}
		g := &Gateway{cfg: Config{APIKeys: tc.keys, FreeAccess: tc.free, Admitter: pool, Metrics: relay.NewMetrics(prometheus.NewRegistry(), "gw")}}
		req := httptest.NewRequest(http.MethodPost, "/v1/eth", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}`))
		req.RemoteAddr = "192.0.2.7:5555"
		req.Header.Set("Content-Type", "application/json")
		if tc.header != "" {
			req.Header.Set("Authorization", tc.header)
		}
		w := httptest.NewRecorder()
		g.ServeHTTP(w, req)
		if w.Code != tc.wantStatus {
			t.Fatalf("%s: status %d, want %d (%s)", tc.name, w.Code, tc.wantStatus, w.Body)
		}
		if tc.wantStatus == 429 {
			if len(pool.seen) != 1 || pool.seen[0] != tc.want {
				t.Fatalf("%s: the pool saw %+v, want %+v", tc.name, pool.seen, tc.want)
			}
			if w.Header().Get("Retry-After") != "3" || !strings.Contains(w.Body.String(), "client_pool_refused") || !strings.Contains(w.Body.String(), "priority too low") {
				t.Fatalf("%s: refusal %v %s", tc.name, w.Header(), w.Body)
			}
			if strings.Contains(pool.seen[0].ID, key) {
				t.Fatalf("%s: the client id carries the key", tc.name)
			}
		} else if len(pool.seen) != 0 {
			t.Fatalf("%s: an unauthorized request reached the pool", tc.name)
		}
	}
}

func TestFreeClientsAreNamedByAddressOrIPv6Network(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.7:5555":              "192.0.2.7",
		"[2001:db8:1:2:3:4:5:6]:443":  "2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff::1]:9999": "2001:db8:1:2::/64",
		"[::ffff:192.0.2.9]:80":       "192.0.2.9",
	} {
		if got := clientAddress(in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}

// TestPerIPLimitComesFirst: past its burst an address gets 429
// rate_limited before the pool is asked; another address is not affected.
func TestPerIPLimitComesFirst(t *testing.T) {
	pool := &refuseAll{}
	g := &Gateway{cfg: Config{Admitter: pool, Metrics: relay.NewMetrics(prometheus.NewRegistry(), "gw")}, ipLimit: relay.NewIPLimiter(1, 2)}
	send := func(addr string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/v1/eth", strings.NewReader(`{}`))
		req.RemoteAddr = addr
		w := httptest.NewRecorder()
		g.ServeHTTP(w, req)
		return w
	}
	for i := range 2 {
		if w := send("192.0.2.1:1"); w.Code != http.StatusTooManyRequests || !strings.Contains(w.Body.String(), "client_pool_refused") {
			t.Fatalf("request %d within the burst: %d %s", i, w.Code, w.Body)
		}
	}
	if w := send("192.0.2.1:1"); w.Code != http.StatusTooManyRequests || !strings.Contains(w.Body.String(), "rate_limited") || len(pool.seen) != 2 {
		t.Fatalf("past the burst: %d %s (pool asked %d times)", w.Code, w.Body, len(pool.seen))
	}
	if w := send("[2001:db8::1]:1"); !strings.Contains(w.Body.String(), "client_pool_refused") {
		t.Fatalf("another address was limited: %s", w.Body)
	}
}
