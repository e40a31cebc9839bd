package relay

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"
)

// TestProbesBringBackendsBack: a failed backend is avoided at once and
// rejoins when the periodic probe finds it healthy again.
func TestProbesBringBackendsBack(t *testing.T) {
	var down atomic.Bool
	flaky := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte(`{"jsonrpc":"2.0","id":0,"result":"ok"}`))
	}))
	defer flaky.Close()
	steady := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"jsonrpc":"2.0","id":0,"result":"ok"}`))
	}))
	defer steady.Close()
	b, err := NewBackends("eth", "jsonrpc", []string{flaky.URL, steady.URL}, NewBackendClient(), 20*time.Millisecond, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Shutdown()
	get := func() {
		t.Helper()
		resp, err := b.Do(context.Background(), time.Second, func(ctx context.Context, base *url.URL) (*http.Request, error) {
			return http.NewRequestWithContext(ctx, http.MethodPost, base.String(), nil)
		})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	down.Store(true)
	for range 4 {
		get() // fails over to steady every time
	}
	if b.Healthy() != 1 {
		t.Fatalf("healthy = %d after failures, want 1", b.Healthy())
	}
	down.Store(false)
	deadline := time.Now().Add(2 * time.Second)
	for b.Healthy() != 2 {
		if time.Now().After(deadline) {
			t.Fatal("the probe did not bring the backend back")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := NewBackends("x", "rest", []string{"ftp://nope"}, NewBackendClient(), time.Second, nil); err == nil {
		t.Fatal("a non-HTTP backend was accepted")
	}
}
