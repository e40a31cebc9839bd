package relaybench

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// TestStackServesEverySetup runs each setup briefly, with a node of each
// miner, and checks that every request was served and that each node's
// miner recorded exactly the relays its node served.
func TestStackServesEverySetup(t *testing.T) {
	st, err := NewStack(t.TempDir(), StackConfig{Miners: []MinerKind{MinerCounting, MinerDurable}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	envs := st.SignedRelays(300)
	targets := []*Target{{Name: "proxy", URL: st.Proxy}, {Name: "proxy2", URL: st.Proxy2}}
	for _, n := range st.Nodes {
		targets = append(targets, &Target{Name: nodeName("node", n.Miner), URL: n.Node, Envelopes: envs},
			&Target{Name: nodeName("gateway", n.Miner), URL: n.Gateway})
	}
	for _, tg := range targets {
		r := Saturate(ctx, tg, 4, 200*time.Millisecond)
		if r.Requests == 0 || r.Failures != 0 {
			t.Fatalf("%s: %d served, %d failed", tg.Name, r.Requests, r.Failures)
		}
		t.Logf("%s: %.0f req/s", tg.Name, r.Throughput())
	}
	p := Paced(ctx, &Target{Name: "proxy", URL: st.Proxy}, 500, 200*time.Millisecond)
	if p.Requests != 100 || p.Failures != 0 {
		t.Fatalf("paced: %d served, %d failed", p.Requests, p.Failures)
	}
	paced := st.SignedRelays(warmConns + 100)
	for _, k := range []MinerKind{MinerCounting, MinerDurable} {
		n := st.Node(k)
		before, err := n.Mined(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if before == 0 {
			t.Fatalf("%s: the node's miner saw nothing", k)
		}
		p := Paced(ctx, &Target{Name: "node", URL: n.Node, Envelopes: paced}, 500, 200*time.Millisecond)
		if p.Requests != 100 || p.Failures != 0 {
			t.Fatalf("%s: paced: %d served, %d failed", k, p.Requests, p.Failures)
		}
		// Every relay is mined: the warm-up's and the 100 paced ones.
		after, err := n.Mined(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := after - before; got != warmConns+100 {
			t.Fatalf("%s: the miner recorded %d relays of %d served", k, got, warmConns+100)
		}
	}
}

func TestStackConfig(t *testing.T) {
	for _, s := range []string{"counting", "durable", "both"} {
		m, err := ParseMiners(s)
		if err != nil || len(m) == 0 {
			t.Fatalf("%s: %v %v", s, m, err)
		}
		if err := (StackConfig{Miners: m}).Validate(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ParseMiners("pebble"); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("ParseMiners(pebble): %v", err)
	}
	for _, c := range []StackConfig{{Miners: []MinerKind{"x"}}, {Miners: []MinerKind{MinerDurable, MinerDurable}}} {
		if err := c.Validate(); !errors.Is(err, ErrInvalidConfig) {
			t.Fatalf("%v: %v", c.Miners, err)
		}
	}
}

// BenchmarkRelayPath compares, in one run, a bare reverse proxy with the
// relay node, and two chained bare proxies with gateway -> node, each node
// once with the counting miner and once with the durable one (the _durable
// sub-benchmarks). Relays for the node are signed before the timer starts.
// Compare the ns/op of the sub-benchmarks: node/bare_proxy and
// gateway_node/two_proxies are the ratios docs/benchmarks.md reports.
//
//	go test -run '^$' -bench RelayPath -benchtime 20000x ./internal/relay/relaybench/
func BenchmarkRelayPath(b *testing.B) {
	st, err := NewStack(b.TempDir(), StackConfig{Miners: []MinerKind{MinerCounting, MinerDurable}})
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
	counting, durable := st.Node(MinerCounting), st.Node(MinerDurable)
	b.Run("node", func(b *testing.B) { run(b, &Target{URL: counting.Node}, true) })
	b.Run("node_durable", func(b *testing.B) { run(b, &Target{URL: durable.Node}, true) })
	b.Run("two_proxies", func(b *testing.B) { run(b, &Target{URL: st.Proxy2}, false) })
	b.Run("gateway_node", func(b *testing.B) { run(b, &Target{URL: counting.Gateway}, false) })
	b.Run("gateway_node_durable", func(b *testing.B) { run(b, &Target{URL: durable.Gateway}, false) })
}
