package relaybench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/relaynode/relaynode/internal/relay"
)

// Target is what a load generator sends to: a URL and, for the node, the
// pre-signed envelopes (one per request; the run stops when they run out).
type Target struct {
	Name      string
	URL       string
	Envelopes []string
}

// Result is what one load run measured.
type Result struct {
	Name      string
	Requests  int           // answered 200
	Failures  int           // anything else
	Elapsed   time.Duration // wall time of the run
	Latencies []time.Duration
}

// Throughput returns served requests per second.
func (r Result) Throughput() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

// Quantile returns the q-quantile of the latencies (0 <= q <= 1).
func (r Result) Quantile(q float64) time.Duration {
	if len(r.Latencies) == 0 {
		return 0
	}
	i := int(q * float64(len(r.Latencies)-1))
	return r.Latencies[i]
}

func (r *Result) finish() { slices.Sort(r.Latencies) }

// newLoadClient is the load generator's HTTP client: enough keep-alive
// connections for every worker.
func newLoadClient(conns int) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = conns * 2
	t.MaxIdleConnsPerHost = conns * 2
	t.DisableCompression = true
	return &http.Client{Transport: t}
}

// send makes one request and reports whether it was served.
func send(ctx context.Context, c *http.Client, t *Target, i int) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.URL, bytes.NewReader(Body))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	if t.Envelopes != nil {
		req.Header.Set(relay.HeaderRequest, t.Envelopes[i])
	}
	resp, err := c.Do(req)
	if err != nil {
		return false
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// Saturate runs a closed loop: `workers` goroutines each send one request at
// a time for d (or until the target's envelopes run out).
func Saturate(ctx context.Context, t *Target, workers int, d time.Duration) Result {
	c := newLoadClient(workers)
	defer c.CloseIdleConnections()
	// Warm up connections and caches outside the measurement.
	warm := min(workers, len(t.Envelopes))
	if t.Envelopes == nil {
		warm = workers
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range warm {
		wg.Add(1)
		go func() {
			defer wg.Done()
			send(ctx, c, t, int(next.Add(1)-1))
		}()
	}
	wg.Wait()

	res := Result{Name: t.Name}
	var mu sync.Mutex
	deadline := time.Now().Add(d)
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			ok, bad := 0, 0
			for time.Now().Before(deadline) && ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if t.Envelopes != nil && i >= len(t.Envelopes) {
					break
				}
				t0 := time.Now()
				if send(ctx, c, t, i) {
					ok++
					lat = append(lat, time.Since(t0))
				} else {
					bad++
				}
			}
			mu.Lock()
			res.Requests += ok
			res.Failures += bad
			res.Latencies = append(res.Latencies, lat...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.finish()
	return res
}

// warmConns is how many connections a paced run opens before its clock
// starts (and how many envelopes it spends doing so).
const warmConns = 64

// Paced runs an open loop: requests start at a fixed rate for d whatever the
// answers do, and each latency counts from the request's scheduled start (so
// queueing behind a slow answer is measured, not hidden). Connections are
// opened before the clock starts: the first requests of an open loop would
// otherwise all dial at once.
func Paced(ctx context.Context, t *Target, rate float64, d time.Duration) Result {
	c := newLoadClient(256)
	defer c.CloseIdleConnections()
	var wg sync.WaitGroup
	for i := range warmConns {
		wg.Add(1)
		go func() { defer wg.Done(); send(ctx, c, t, i) }()
	}
	wg.Wait()
	first := 0
	if t.Envelopes != nil {
		first = warmConns
	}
	n := int(rate * d.Seconds())
	if t.Envelopes != nil {
		n = min(n, len(t.Envelopes)-first)
	}
	res := Result{Name: t.Name, Latencies: make([]time.Duration, 0, n)}
	var mu sync.Mutex
	interval := time.Duration(float64(time.Second) / rate)
	start := time.Now()
	for i := range n {
		at := start.Add(time.Duration(i) * interval)
		if wait := time.Until(at); wait > 0 {
			time.Sleep(wait)
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := send(ctx, c, t, first+i)
			lat := time.Since(at)
			mu.Lock()
			if ok {
				res.Requests++
				res.Latencies = append(res.Latencies, lat)
			} else {
				res.Failures++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.finish()
	return res
}

// Report is a whole benchmark run.
type Report struct {
	Proxy, Node, Proxy2, Gateway Result
	Rate                         float64 // the paced rate: half the node's saturation
	ProxyPaced, NodePaced        Result
}

// Config sizes a run.
type Config struct {
	Duration time.Duration // per saturation run
	Paced    time.Duration // per paced run
	Workers  int
}

// Run measures every setup of st in sequence and returns the report.
func Run(ctx context.Context, st *Stack, cfg Config, progress func(string)) (Report, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = 32
	}
	var rep Report
	progress("bare proxy, saturated")
	rep.Proxy = Saturate(ctx, &Target{Name: "bare proxy", URL: st.Proxy}, cfg.Workers, cfg.Duration)
	// Sign enough relays for a node run at up to the proxy's own rate.
	need := int(rep.Proxy.Throughput()*cfg.Duration.Seconds()*1.2) + cfg.Workers
	progress(fmt.Sprintf("signing %d relays for the node", need))
	envs := st.SignedRelays(need)
	progress("node, saturated")
	rep.Node = Saturate(ctx, &Target{Name: "node", URL: st.Node, Envelopes: envs}, cfg.Workers, cfg.Duration)
	progress("two chained bare proxies, saturated")
	rep.Proxy2 = Saturate(ctx, &Target{Name: "2 bare proxies", URL: st.Proxy2}, cfg.Workers, cfg.Duration)
	progress("gateway -> node, saturated")
	rep.Gateway = Saturate(ctx, &Target{Name: "gateway -> node", URL: st.Gateway}, cfg.Workers, cfg.Duration)
	if rep.Node.Requests == 0 || rep.Proxy.Requests == 0 {
		return rep, fmt.Errorf("relaybench: a saturation run served nothing (proxy %d, node %d failures)", rep.Proxy.Failures, rep.Node.Failures)
	}
	rep.Rate = rep.Node.Throughput() / 2
	progress(fmt.Sprintf("paced at %.0f/s: bare proxy", rep.Rate))
	rep.ProxyPaced = Paced(ctx, &Target{Name: "bare proxy", URL: st.Proxy}, rep.Rate, cfg.Paced)
	progress(fmt.Sprintf("paced at %.0f/s: node", rep.Rate))
	envs = st.SignedRelays(int(rep.Rate*cfg.Paced.Seconds()) + warmConns + 1)
	rep.NodePaced = Paced(ctx, &Target{Name: "node", URL: st.Node, Envelopes: envs}, rep.Rate, cfg.Paced)
	return rep, nil
}

// Write prints the report as a table with the ratios the targets name.
func (rep Report) Write(w io.Writer) {
	row := func(r Result) {
		fmt.Fprintf(w, "  %-18s %9.0f req/s  p50 %7s  p99 %7s  (%d served, %d failed)\n",
			r.Name, r.Throughput(), r.Quantile(0.5).Round(time.Microsecond), r.Quantile(0.99).Round(time.Microsecond), r.Requests, r.Failures)
	}
	fmt.Fprintln(w, "saturation (closed loop):")
	row(rep.Proxy)
	row(rep.Node)
	row(rep.Proxy2)
	row(rep.Gateway)
	fmt.Fprintf(w, "  node / bare proxy           = %.2f  (target >= 0.50)\n", rep.NodeRatio())
	fmt.Fprintf(w, "  gateway->node / 2 proxies   = %.2f  (target >= 0.50)\n", rep.GatewayRatio())
	fmt.Fprintf(w, "paced at %.0f req/s (half the node's saturation), open loop:\n", rep.Rate)
	row(rep.ProxyPaced)
	row(rep.NodePaced)
	fmt.Fprintf(w, "  node p99 - bare proxy p99   = %s  (target < 2ms)\n", rep.P99Gap().Round(time.Microsecond))
}

// NodeRatio is the node's saturated throughput over the bare proxy's.
func (rep Report) NodeRatio() float64 { return rep.Node.Throughput() / rep.Proxy.Throughput() }

// GatewayRatio is gateway -> node over two chained bare proxies.
func (rep Report) GatewayRatio() float64 { return rep.Gateway.Throughput() / rep.Proxy2.Throughput() }

// P99Gap is the node's p99 minus the bare proxy's, paced at the same rate.
func (rep Report) P99Gap() time.Duration {
	return rep.NodePaced.Quantile(0.99) - rep.ProxyPaced.Quantile(0.99)
}
