package clientpool

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// Bench runs end to end at a small shape (the full shape is the
// BenchmarkIssueShape benchmark and `relaynode bench pool`).
func TestBenchSmall(t *testing.T) {
	r, err := Bench(BenchConfig{Known: 2000, Connected: 200, Ops: 2000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pool) != 3 || len(r.Baseline) != 3 {
		t.Fatalf("phases: %+v", r)
	}
	for _, ph := range append(r.Pool, r.Baseline...) {
		if ph.OpsPerSec <= 0 || ph.P99 <= 0 {
			t.Errorf("phase %+v", ph)
		}
	}
	if r.Pool[2].Admitted == 0 || r.Baseline[2].Admitted != 0 {
		t.Errorf("full-pool admissions: pool %d, baseline %d; want some by priority, none first-come", r.Pool[2].Admitted, r.Baseline[2].Admitted)
	}
	var sb strings.Builder
	if err := r.Format(&sb); err != nil || !strings.Contains(sb.String(), "baseline") {
		t.Fatalf("Format: %v\n%s", err, sb.String())
	}
	if _, err := Bench(BenchConfig{Known: 10, Connected: 20}); err == nil {
		t.Error("accepted Connected > Known")
	}
}

// BenchmarkIssueShape runs Bench at issue 7's shape and prints its table:
//
//	go test -run '^$' -bench IssueShape -benchtime 1x ./internal/clientpool/
func BenchmarkIssueShape(b *testing.B) {
	for i := 0; i < b.N; i++ {
		r, err := Bench(BenchConfig{Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		if err := r.Format(os.Stdout); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(r.Pool[0].OpsPerSec, "churn-ops/s")
		b.ReportMetric(float64(r.Pool[2].P99.Nanoseconds()), "full-p99-ns")
	}
}

// benchPool connects n clients (capacity n) out of 4n known, a fifth paid.
func benchPool(b *testing.B, n int) (*Pool, []string) {
	b.Helper()
	p, err := Open(context.Background(), Config{TotalCapacity: uint64(n), MinCapacity: 1, MaxClientCapacity: 1, CheckpointInterval: time.Hour})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { p.Shutdown(context.Background()) })
	ids, err := benchSetup(p, BenchConfig{Known: 4 * n, PaidShare: 0.2, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for _, id := range ids[:n] { // paid clients first: the pool fills with them
		if _, r := p.Connect(id, Free); r != nil {
			b.Fatal(r)
		}
	}
	return p, ids
}

// The deciding operations scale as O(log n): ns/op grows by a roughly constant
// step per tenfold n, not tenfold.
//
//	go test -run '^$' -bench 'Scaling' ./internal/clientpool/
func BenchmarkScalingFullPoolAttempt(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("connected=%d", n), func(b *testing.B) {
			p, ids := benchPool(b, n)
			outside := ids[n:]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p.Connect(outside[(i*7919)%len(outside)], Free) // free clients: refused by the paid ones
			}
		})
	}
}

func BenchmarkScalingChurn(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("connected=%d", n), func(b *testing.B) {
			p, ids := benchPool(b, n)
			in, out := slices.Clone(ids[:n]), slices.Clone(ids[n:])
			rng := rand.New(rand.NewPCG(1, 1))
			b.ResetTimer()
			for i := 0; i < b.N; i++ { // swap a random connected client for a random one outside
				i, j := rng.IntN(len(in)), rng.IntN(len(out))
				if err := p.Disconnect(in[i]); err != nil {
					b.Fatal(err)
				}
				if _, r := p.Connect(out[j], Free); r != nil {
					b.Fatal(r)
				}
				in[i], out[j] = out[j], in[i]
			}
		})
	}
}

func BenchmarkScalingCharge(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("connected=%d", n), func(b *testing.B) {
			p, ids := benchPool(b, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p.Charge(ids[(i*7919)%n], 1)
			}
		})
	}
}

// The serving path, from many goroutines.
func BenchmarkAcquireRelease(b *testing.B) {
	p, _ := benchPool(b, 10_000)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			i++
			if rel, r := p.Acquire(context.Background(), fmt.Sprintf("bench:%07d", i%20000), Paid, 1); r == nil {
				rel()
			}
		}
	})
}
