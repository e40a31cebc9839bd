package relaybench

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// TestStackServesEverySetup runs each setup briefly and checks that every
// request was served and that the node's miner got exactly the node's relays.
func TestStackServesEverySetup(t *testing.T) {
	st, err := NewStack(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	envs := st.SignedRelays(300)
	for _, tg := range []*Target{
		{Name: "proxy", URL: st.Proxy}, {Name: "proxy2", URL: st.Proxy2},
		{Name: "node", URL: st.Node, Envelopes: envs}, {Name: "gateway", URL: st.Gateway},
	} {
		r := Saturate(ctx, tg, 4, 200*time.Millisecond)
		if r.Requests == 0 || r.Failures != 0 {
			t.Fatalf("%s: %d served, %d failed", tg.Name, r.Requests, r.Failures)
		}
		t.Logf("%s: %.0f req/s", tg.Name, r.Throughput())
	}
	// The node served its own relays and the gateway's.
	if st.Miner.Total() == 0 {
		t.Fatal("the node's miner saw nothing")
	}
	p := Paced(ctx, &Target{Name: "proxy", URL: st.Proxy}, 500, 200*time.Millisecond)
	if p.Requests != 100 || p.Failures != 0 {
		t.Fatalf("paced: %d served, %d failed", p.Requests, p.Failures)
	}
	p = Paced(ctx, &Target{Name: "node", URL: st.Node, Envelopes: st.SignedRelays(warmConns + 100)}, 500, 200*time.Millisecond)
	if p.Requests != 100 || p.Failures != 0 {
		t.Fatalf("paced: %d served, %d failed", p.Requests, p.Failures)
	}
}

// BenchmarkRelayPath compares, in one run, a bare reverse proxy with the
// relay node, and two chained bare proxies with gateway -> node. Relays for
// the node are signed before the timer starts. Compare the ns/op of the
// sub-benchmarks: node/bare_proxy and gateway_node/two_proxies are the
// ratios docs/benchmarks.md reports.
//
//	go test -run '^$' -bench RelayPath -benchtime 20000x ./internal/relay/relaybench/
func BenchmarkRelayPath(b *testing.B) {
	st, err := NewStack(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	run := func(b *testing.B, t *Target, signed bool) {
		if signed {
			t.Envelopes = st.SignedRelays(b.N + 64)
		}
		c := newLoadClient(64)
		defer c.CloseIdleConnections()
		ctx := context.Background()
		var next atomic.Int64
		b.SetParallelism(16)
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if !send(ctx, c, t, int(next.Add(1)-1)) {
					b.Error("request failed")
					return
				}
			}
		})
	}
	b.Run("bare_proxy", func(b *testing.B) { run(b, &Target{URL: st.Proxy}, false) })
	b.Run("node", func(b *testing.B) { run(b, &Target{URL: st.Node}, true) })
	b.Run("two_proxies", func(b *testing.B) { run(b, &Target{URL: st.Proxy2}, false) })
	b.Run("gateway_node", func(b *testing.B) { run(b, &Target{URL: st.Gateway}, false) })
}
