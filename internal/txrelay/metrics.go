package txrelay

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the relayer's Prometheus metrics. They are safe for concurrent
// use.
type Metrics struct {
	Accepted       prometheus.Counter
	Duplicates     prometheus.Counter
	Rejected       *prometheus.CounterVec // API refusals by code
	QueueDepth     prometheus.Gauge
	InFlight       *prometheus.GaugeVec // by signer
	Confirmed      prometheus.Counter
	ConfirmSeconds prometheus.Histogram // from acceptance to confirmation
	Bumps          prometheus.Counter
	Dropped        prometheus.Counter // transactions re-sent after the node dropped them
	Failures       *prometheus.CounterVec
	SignerExcluded *prometheus.GaugeVec
	SignerBalance  *prometheus.GaugeVec
}

// NewMetrics creates the relayer's metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	ns, sub := "relaynode", "tx"
	m := &Metrics{
		Accepted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "accepted_total",
			Help: "Requests accepted (committed to the ledger)."}),
		Duplicates: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "duplicates_total",
			Help: "Requests whose idempotency key was already known (nothing new enqueued)."}),
		Rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rejected_total",
			Help: "Requests refused by the API, by code."}, []string{"code"}),
		QueueDepth: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "queue_depth",
			Help: "Accepted requests waiting for a signer."}),
		InFlight: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "in_flight",
			Help: "Transactions sent but not confirmed, per signer."}, []string{"signer"}),
		Confirmed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "finished_total",
			Help: "Requests finished at the confirmation depth (confirmed or reverted)."}),
		ConfirmSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "confirmation_seconds",
			Help: "Time from acceptance to the confirmation depth.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 12)}),
		Bumps: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "bumps_total",
			Help: "Re-pricings of stuck transactions."}),
		Dropped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "resent_dropped_total",
			Help: "Transactions sent again after the node dropped them."}),
		Failures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "failures_total",
			Help: "Failures by reason (some are retried: broadcast, underpriced)."}, []string{"reason"}),
		SignerExcluded: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "signer_excluded",
			Help: "1 when the signer's balance is below the minimum and it takes no new transactions."}, []string{"signer"}),
		SignerBalance: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "signer_balance",
			Help: "Signer balance, in ether units."}, []string{"signer"}),
	}
	reg.MustRegister(m.Accepted, m.Duplicates, m.Rejected, m.QueueDepth, m.InFlight, m.Confirmed, m.ConfirmSeconds,
		m.Bumps, m.Dropped, m.Failures, m.SignerExcluded, m.SignerBalance)
	return m
}
