package relaybench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
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

// pacedWorkers is the number of connections (and goroutines) a paced run
// sends on. Requests whose start comes while every worker is busy wait for
// one, and that wait counts in their latency.
const pacedWorkers = 128

// warmConns is how many requests a paced run sends before its clock starts,
// to open its connections (and how many envelopes it spends doing so).
const warmConns = pacedWorkers

// Paced runs an open loop: requests are due at a fixed rate for d whatever
// the answers do, and each latency counts from the request's due time, so
// queueing behind a slow answer is measured, not hidden (no coordinated
// omission). A fixed pool of workers on keep-alive connections sends them:
// the load generator's own cost stays flat instead of dialing and spawning
// more as latency grows.
func Paced(ctx context.Context, t *Target, rate float64, d time.Duration) Result {
	c := newLoadClient(pacedWorkers)
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
	type job struct {
		i  int
		at time.Time
	}
	jobs := make(chan job, n)
	res := Result{Name: t.Name, Latencies: make([]time.Duration, 0, n)}
	var mu sync.Mutex
	for range pacedWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				ok := send(ctx, c, t, first+j.i)
				lat := time.Since(j.at)
				mu.Lock()
				if ok {
					res.Requests++
					res.Latencies = append(res.Latencies, lat)
				} else {
					res.Failures++
				}
				mu.Unlock()
			}
		}()
	}
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
		jobs <- job{i: i, at: at}
	}
	close(jobs)
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.finish()
	return res
}

// Report is a whole benchmark run.
type Report struct {
	Proxy, Proxy2 Result
	Nodes         []NodeReport // one per node of the stack, in its order
	// Rate is the paced rate: half the saturation of the slowest node, so
	// that every node is paced at no more than half its own saturation and
	// all at the same load.
	Rate float64
	// ProxyPaced holds the bare proxy's paced rounds. They alternate with
	// each node's (proxy, node 1, node 2, proxy, ...) so that drift in the
	// machine's speed hits all alike.
	ProxyPaced []Result
}

// NodeReport is what a run measured of one node of the stack.
type NodeReport struct {
	Miner   MinerKind
	Node    Result   // saturated
	Gateway Result   // gateway -> this node, saturated
	Paced   []Result // paced rounds at Report.Rate
}

// pacedRounds is how many alternating paced rounds each side gets; the
// report compares the medians of their p99s.
const pacedRounds = 5

// Config sizes a run.
type Config struct {
	Duration time.Duration // per saturation run
	Paced    time.Duration // per paced run
	Workers  int
}

// Run measures every setup of st (in this process or another) in sequence
// and returns the report. Saturated: the bare proxy, each node, two chained
// proxies, gateway -> each node; then paced rounds of the bare proxy and
// every node.
func Run(ctx context.Context, st Endpoints, cfg Config, progress func(string)) (Report, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = 32
	}
	if len(st.Nodes) == 0 {
		return Report{}, fmt.Errorf("%w: the stack has no relay node", ErrInvalidConfig)
	}
	rep := Report{Nodes: make([]NodeReport, len(st.Nodes))}
	progress("bare proxy, saturated")
	rep.Proxy = Saturate(ctx, &Target{Name: "bare proxy", URL: st.Proxy}, cfg.Workers, cfg.Duration)
	// Sign enough relays for a node run at up to the proxy's own rate. Each
	// node has its own nonces, so every node gets the same envelopes.
	need := int(rep.Proxy.Throughput()*cfg.Duration.Seconds()*1.2) + cfg.Workers
	progress(fmt.Sprintf("signing %d relays for the nodes", need))
	envs, err := st.SignRelays(need)
	if err != nil {
		return rep, err
	}
	for i, n := range st.Nodes {
		rep.Nodes[i].Miner = n.Miner
		progress(fmt.Sprintf("node (%s miner), saturated", n.Miner))
		rep.Nodes[i].Node = Saturate(ctx, &Target{Name: nodeName("node", n.Miner), URL: n.Node, Envelopes: envs}, cfg.Workers, cfg.Duration)
	}
	progress("two chained bare proxies, saturated")
	rep.Proxy2 = Saturate(ctx, &Target{Name: "2 bare proxies", URL: st.Proxy2}, cfg.Workers, cfg.Duration)
	for i, n := range st.Nodes {
		progress(fmt.Sprintf("gateway -> node (%s miner), saturated", n.Miner))
		rep.Nodes[i].Gateway = Saturate(ctx, &Target{Name: nodeName("gateway -> node", n.Miner), URL: n.Gateway}, cfg.Workers, cfg.Duration)
	}
	if rep.Proxy.Requests == 0 {
		return rep, fmt.Errorf("relaybench: the bare proxy served nothing (%d failures)", rep.Proxy.Failures)
	}
	rep.Rate = math.Inf(1)
	for _, n := range rep.Nodes {
		if n.Node.Requests == 0 {
			return rep, fmt.Errorf("relaybench: the node with the %s miner served nothing (%d failures)", n.Miner, n.Node.Failures)
		}
		rep.Rate = min(rep.Rate, n.Node.Throughput()/2)
	}
	round := cfg.Paced / pacedRounds
	per := int(rep.Rate*round.Seconds()) + warmConns + 1
	progress(fmt.Sprintf("signing %d relays for the paced rounds", per*pacedRounds))
	if envs, err = st.SignRelays(per * pacedRounds); err != nil {
		return rep, err
	}
	for r := range pacedRounds {
		progress(fmt.Sprintf("paced at %.0f/s, round %d of %d", rep.Rate, r+1, pacedRounds))
		rep.ProxyPaced = append(rep.ProxyPaced, Paced(ctx, &Target{Name: "bare proxy", URL: st.Proxy}, rep.Rate, round))
		for i, n := range st.Nodes {
			t := &Target{Name: nodeName("node", n.Miner), URL: n.Node, Envelopes: envs[r*per : (r+1)*per]}
			rep.Nodes[i].Paced = append(rep.Nodes[i].Paced, Paced(ctx, t, rep.Rate, round))
		}
	}
	return rep, nil
}

// nodeName names a setup with a node: "node, durable miner".
func nodeName(setup string, k MinerKind) string { return fmt.Sprintf("%s, %s miner", setup, k) }

// Write prints the report as a table with the ratios the targets name and,
// when the run had both miners, what the durable one costs.
func (rep Report) Write(w io.Writer) {
	us := func(d time.Duration) time.Duration { return d.Round(time.Microsecond) }
	row := func(r Result) {
		fmt.Fprintf(w, "  %-32s %7.0f req/s  p50 %8s  p99 %8s  (%d served, %d failed)\n",
			r.Name, r.Throughput(), us(r.Quantile(0.5)), us(r.Quantile(0.99)), r.Requests, r.Failures)
	}
	fmt.Fprintln(w, "saturation (closed loop):")
	row(rep.Proxy)
	for _, n := range rep.Nodes {
		row(n.Node)
	}
	row(rep.Proxy2)
	for _, n := range rep.Nodes {
		row(n.Gateway)
	}
	for _, n := range rep.Nodes {
		fmt.Fprintf(w, "  %-42s = %.2f  (target >= 0.50)\n", nodeName("node / bare proxy", n.Miner), rep.NodeRatio(n))
	}
	for _, n := range rep.Nodes {
		fmt.Fprintf(w, "  %-42s = %.2f  (target >= 0.50)\n", nodeName("gateway->node / 2 proxies", n.Miner), rep.GatewayRatio(n))
	}
	c, d, both := rep.bothMiners()
	if both {
		fmt.Fprintf(w, "  %-42s = %.2f\n", "node: durable / counting miner", d.Node.Throughput()/c.Node.Throughput())
		fmt.Fprintf(w, "  %-42s = %.2f\n", "gateway->node: durable / counting miner", d.Gateway.Throughput()/c.Gateway.Throughput())
	}
	fmt.Fprintf(w, "paced at %.0f req/s (half the slowest node's saturation), open loop, %d alternating rounds:\n", rep.Rate, len(rep.ProxyPaced))
	for i, p := range rep.ProxyPaced {
		fmt.Fprintf(w, "  round %d: bare proxy p50 %7s p99 %8s", i+1, us(p.Quantile(0.5)), us(p.Quantile(0.99)))
		for _, n := range rep.Nodes {
			if i < len(n.Paced) {
				fmt.Fprintf(w, " | %s p50 %7s p99 %8s", n.Miner, us(n.Paced[i].Quantile(0.5)), us(n.Paced[i].Quantile(0.99)))
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "  median p99: bare proxy %s", us(medianP99(rep.ProxyPaced)))
	for _, n := range rep.Nodes {
		fmt.Fprintf(w, ", %s %s", nodeName("node", n.Miner), us(medianP99(n.Paced)))
	}
	fmt.Fprintln(w)
	for _, n := range rep.Nodes {
		fmt.Fprintf(w, "  %-42s = %s  (target < 2ms)\n", nodeName("node p99 - bare proxy p99", n.Miner), us(rep.P99Gap(n)))
	}
	if both {
		fmt.Fprintf(w, "  %-42s = %s\n", "node p99: durable - counting miner", us(medianP99(d.Paced)-medianP99(c.Paced)))
	}
}

// bothMiners returns the counting and the durable node's reports, and
// whether the run had both.
func (rep Report) bothMiners() (counting, durable NodeReport, ok bool) {
	var hasC, hasD bool
	for _, n := range rep.Nodes {
		switch n.Miner {
		case MinerCounting:
			counting, hasC = n, true
		case MinerDurable:
			durable, hasD = n, true
		}
	}
	return counting, durable, hasC && hasD
}

// medianP99 returns the median of the rounds' p99 latencies.
func medianP99(rounds []Result) time.Duration {
	if len(rounds) == 0 {
		return 0
	}
	p := make([]time.Duration, len(rounds))
	for i, r := range rounds {
		p[i] = r.Quantile(0.99)
	}
	slices.Sort(p)
	return p[len(p)/2]
}

// NodeRatio is n's saturated throughput over the bare proxy's.
func (rep Report) NodeRatio(n NodeReport) float64 {
	return n.Node.Throughput() / rep.Proxy.Throughput()
}

// GatewayRatio is gateway -> n over two chained bare proxies.
func (rep Report) GatewayRatio(n NodeReport) float64 {
	return n.Gateway.Throughput() / rep.Proxy2.Throughput()
}

// P99Gap is the median p99 of n's paced rounds minus the bare proxy's,
// paced at the same rate.
func (rep Report) P99Gap(n NodeReport) time.Duration {
	return medianP99(n.Paced) - medianP99(rep.ProxyPaced)
}
