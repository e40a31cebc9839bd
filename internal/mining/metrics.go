package mining

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the miner's and the claim driver's Prometheus metrics
// (relaynode_mining_*).
type Metrics struct {
	Mined        prometheus.Counter
	ComputeUnits prometheus.Counter
	Skipped      prometheus.Counter
	Duplicates   prometheus.Counter
	Late         prometheus.Counter
	Sessions     prometheus.Counter
	TreeRelays   prometheus.Histogram
	Submitted    *prometheus.CounterVec
	Failed       *prometheus.CounterVec
	Lost         *prometheus.CounterVec
	Settled      prometheus.Counter
	Rewards      prometheus.Counter
	Claims       *prometheus.GaugeVec
}

// NewMetrics creates the metrics and registers them with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const ns, sub = "relaynode", "mining"
	m := &Metrics{
		Mined: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "relays_mined_total",
			Help: "Relays that met the difficulty target and went into a session tree."}),
		ComputeUnits: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "compute_units_mined_total",
			Help: "Weight (compute units) of the mined relays."}),
		Skipped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "relays_below_difficulty_total",
			Help: "Served relays whose key did not meet the service's difficulty target."}),
		Duplicates: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "relays_duplicate_total",
			Help: "Relays already in their session tree (counted once)."}),
		Late: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "relays_late_total",
			Help: "Relays refused because their session's tree had already closed."}),
		Sessions: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "sessions_started_total",
			Help: "Sessions whose first relay was mined."}),
		TreeRelays: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "tree_relays",
			Help: "Relays per session tree when it closes.", Buckets: prometheus.ExponentialBuckets(1, 10, 8)}),
		Submitted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "transactions_submitted_total",
			Help: "Claim, proof and settle transactions accepted by the transaction relayer."}, []string{"step"}),
		Failed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "transactions_failed_total",
			Help: "Claim, proof and settle transactions that failed or could not be submitted."}, []string{"step"}),
		Lost: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "claims_lost_total",
			Help: "Claims that ended without payment, by reason."}, []string{"reason"}),
		Settled: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "sessions_settled_total",
			Help: "Claims settled (paid)."}),
		Rewards: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rewards_tokens_total",
			Help: "Tokens paid to this supplier by settlements (whole tokens, 18 decimals)."}),
		Claims: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "claims",
			Help: "Claims being tracked, by phase."}, []string{"phase"}),
	}
	if reg != nil {
		reg.MustRegister(m.Mined, m.ComputeUnits, m.Skipped, m.Duplicates, m.Late, m.Sessions, m.TreeRelays, m.Submitted, m.Failed, m.Lost, m.Settled, m.Rewards, m.Claims)
	}
	return m
}
