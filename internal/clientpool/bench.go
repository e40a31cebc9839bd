package clientpool

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"time"
)

// BenchConfig shapes Bench. The zero value is the shape of issue 7: 100,000
// known clients, 20% of them paid, 10,000 connected on a pool of 10,000 slots.
type BenchConfig struct {
	Known     int     // known clients; 0 means 100,000
	PaidShare float64 // share of known clients with a positive balance; 0 means 0.2
	Connected int     // connected clients, and the pool's capacity; 0 means 10,000
	Ops       int     // operations per phase; 0 means 200,000
	Seed      uint64  // of the random choices; runs with one seed do the same operations
}

func (c BenchConfig) withDefaults() BenchConfig {
	if c.Known == 0 {
		c.Known = 100_000
	}
	if c.PaidShare == 0 {
		c.PaidShare = 0.2
	}
	if c.Connected == 0 {
		c.Connected = 10_000
	}
	if c.Ops == 0 {
		c.Ops = 200_000
	}
	return c
}

// BenchPhase is one measured phase.
type BenchPhase struct {
	Name      string        `json:"name"`
	Ops       int           `json:"ops"`
	OpsPerSec float64       `json:"opsPerSec"`
	P50       time.Duration `json:"p50"`
	P99       time.Duration `json:"p99"`
	// Admitted counts the full-pool attempts that got in (by pushing a
	// lower-priority client out).
	Admitted int `json:"admitted,omitempty"`
}

// BenchResult is what Bench measured, for this pool and for a plain
// mutex-and-map admission baseline given the same operations.
type BenchResult struct {
	Config   BenchConfig  `json:"config"`
	Pool     []BenchPhase `json:"pool"`
	Baseline []BenchPhase `json:"baseline"`
}

// Format writes r as a table.
func (r BenchResult) Format(w io.Writer) error {
	c := r.Config
	if _, err := fmt.Fprintf(w, "client pool: %d known clients (%.0f%% paid), %d connected on %d slots, %d ops per phase\n",
		c.Known, 100*c.PaidShare, c.Connected, c.Connected, c.Ops); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "%-10s %-9s %14s %10s %10s %9s\n", "impl", "phase", "ops/s", "p50", "p99", "admitted"); err != nil {
		return err
	}
	for _, set := range []struct {
		name   string
		phases []BenchPhase
	}{{"pool", r.Pool}, {"baseline", r.Baseline}} {
		for _, ph := range set.phases {
			if _, err := fmt.Fprintf(w, "%-10s %-9s %14.0f %10v %10v %9d\n", set.name, ph.Name, ph.OpsPerSec, ph.P50, ph.P99, ph.Admitted); err != nil {
				return err
			}
		}
	}
	_, err := fmt.Fprintln(w, "churn: a disconnect then a connect (p50/p99 of the connects); charge: a compute-unit charge of a connected client (latency sampled 1 in 16);\nfull: a connection attempt by a client not connected to the full pool (refused, or admitted by pushing a lower-priority client out).")
	return err
}

// admitter is what Bench measures: the pool or the baseline.
type admitter interface {
	connect(id string) bool
	disconnect(id string)
	charge(id string, units uint64)
	setPush(func(id string))
}

// Bench measures the pool's deciding operations at the shape of cfg, on the
// wall clock and without persistence, next to a plain mutex-and-map admission
// baseline given the same operations: connect/disconnect churn, charges, and
// connection attempts against a full pool. It takes a few seconds and some
// hundred megabytes at the default shape.
func Bench(cfg BenchConfig) (BenchResult, error) {
	cfg = cfg.withDefaults()
	if cfg.Connected > cfg.Known || cfg.Connected <= 0 || cfg.PaidShare < 0 || cfg.PaidShare > 1 || cfg.Ops <= 0 {
		return BenchResult{}, fmt.Errorf("%w: bench shape %+v: want 0 < Connected <= Known, 0 <= PaidShare <= 1, Ops > 0", ErrInvalidConfig, cfg)
	}
	res := BenchResult{Config: cfg}
	p, err := Open(context.Background(), Config{
		TotalCapacity:     uint64(cfg.Connected),
		MinCapacity:       1,
		MaxClientCapacity: 1,
	})
	if err != nil {
		return res, err
	}
	defer p.Shutdown(context.Background())
	pa := &poolAdmitter{p: p}
	ids, err := benchSetup(p, cfg)
	if err != nil {
		return res, err
	}
	res.Pool = benchRun(pa, ids, cfg)

	b := &baseline{m: make(map[string]*baseEntry, cfg.Known), total: cfg.Connected}
	for _, id := range ids {
		b.m[id] = &baseEntry{}
	}
	res.Baseline = benchRun(b, ids, cfg)
	return res, nil
}

// benchSetup gives the known clients their history: paid ones a balance, free
// ones some usage (a negative balance).
func benchSetup(p *Pool, cfg BenchConfig) ([]string, error) {
	rng := rand.New(rand.NewPCG(cfg.Seed, 1))
	ids := make([]string, cfg.Known)
	paid := int(cfg.PaidShare * float64(cfg.Known))
	for i := range ids {
		ids[i] = fmt.Sprintf("bench:%07d", i)
	}
	rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	for i, id := range ids {
		if i < paid {
			if _, _, err := p.AddBalance(id, 1000+rng.Int64N(1_000_000)); err != nil {
				return nil, err
			}
			continue
		}
		if _, r := p.Connect(id, Free); r != nil {
			return nil, r
		}
		if err := p.Charge(id, 10+rng.Uint64N(1000)); err != nil {
			return nil, err
		}
		if err := p.Disconnect(id); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// benchRun runs the three phases on a; ids are the known clients, none
// connected on entry; they are all disconnected on return.
func benchRun(a admitter, ids []string, cfg BenchConfig) []BenchPhase {
	rng := rand.New(rand.NewPCG(cfg.Seed, 2))
	// Who is connected, as two sets with positions for O(1) moves.
	pos := make(map[string]int, len(ids))
	in := make([]string, 0, cfg.Connected)
	out := slices.Clone(ids)
	for i, id := range out {
		pos[id] = i
	}
	move := func(id string, from, to *[]string) {
		i := pos[id]
		last := len(*from) - 1
		(*from)[i] = (*from)[last]
		pos[(*from)[i]] = i
		*from = (*from)[:last]
		pos[id] = len(*to)
		*to = append(*to, id)
	}
	a.setPush(func(id string) { move(id, &in, &out) })
	for len(in) < cfg.Connected {
		id := out[rng.IntN(len(out))]
		if a.connect(id) {
			move(id, &out, &in)
		}
	}

	var phases []BenchPhase
	lat := make([]time.Duration, 0, cfg.Ops)

	// Churn: a random connected client leaves, a random other one joins.
	start := time.Now()
	for i := 0; i < cfg.Ops/2; i++ {
		id := in[rng.IntN(len(in))]
		a.disconnect(id)
		move(id, &in, &out)
		id = out[rng.IntN(len(out))]
		t0 := time.Now()
		ok := a.connect(id)
		lat = append(lat, time.Since(t0))
		if ok {
			move(id, &out, &in)
		}
	}
	phases = append(phases, phase("churn", 2*(cfg.Ops/2), time.Since(start), lat, 0))

	// Charges of connected clients, one latency sample in 16.
	lat = lat[:0]
	start = time.Now()
	for i := 0; i < cfg.Ops; i++ {
		id := in[rng.IntN(len(in))]
		if i%16 == 0 {
			t0 := time.Now()
			a.charge(id, 1)
			lat = append(lat, time.Since(t0))
		} else {
			a.charge(id, 1)
		}
	}
	phases = append(phases, phase("charge", cfg.Ops, time.Since(start), lat, 0))

	// Top the pool up, then attempts by clients not connected.
	for len(in) < cfg.Connected {
		id := out[rng.IntN(len(out))]
		if a.connect(id) {
			move(id, &out, &in)
		}
	}
	lat = lat[:0]
	admitted := 0
	start = time.Now()
	for i := 0; i < cfg.Ops; i++ {
		id := out[rng.IntN(len(out))]
		t0 := time.Now()
		ok := a.connect(id)
		lat = append(lat, time.Since(t0))
		if ok {
			move(id, &out, &in)
			admitted++
		}
	}
	phases = append(phases, phase("full", cfg.Ops, time.Since(start), lat, admitted))

	a.setPush(nil)
	for _, id := range in {
		a.disconnect(id)
	}
	return phases
}

func phase(name string, ops int, elapsed time.Duration, lat []time.Duration, admitted int) BenchPhase {
	slices.Sort(lat)
	ph := BenchPhase{Name: name, Ops: ops, OpsPerSec: float64(ops) / elapsed.Seconds(), Admitted: admitted}
	if n := len(lat); n > 0 {
		ph.P50 = lat[n/2]
		ph.P99 = lat[min(n-1, n*99/100)]
	}
	return ph
}

type poolAdmitter struct{ p *Pool }

func (a *poolAdmitter) connect(id string) bool {
	_, r := a.p.Connect(id, Free)
	return r == nil
}
func (a *poolAdmitter) disconnect(id string)           { _ = a.p.Disconnect(id) }
func (a *poolAdmitter) charge(id string, units uint64) { _ = a.p.Charge(id, units) }
func (a *poolAdmitter) setPush(f func(string)) {
	a.p.mu.Lock()
	a.p.onPush = f
	a.p.mu.Unlock()
}

// baseline is the plain admission the pool is compared with: a mutex, a map,
// first come first served, a balance per client and no priority.
type baseline struct {
	mu    sync.Mutex
	m     map[string]*baseEntry
	used  int
	total int
}

type baseEntry struct {
	connected bool
	spent     float64
}

func (b *baseline) connect(id string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	e := b.m[id]
	if e == nil {
		e = &baseEntry{}
		b.m[id] = e
	}
	if e.connected {
		return true
	}
	if b.used >= b.total {
		return false
	}
	e.connected = true
	b.used++
	return true
}

func (b *baseline) disconnect(id string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if e := b.m[id]; e != nil && e.connected {
		e.connected = false
		b.used--
	}
}

func (b *baseline) charge(id string, units uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if e := b.m[id]; e != nil {
		e.spent += float64(units)
	}
}

func (b *baseline) setPush(func(string)) {}
