package relay

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// DurationBuckets are fine-grained from 0.5 ms to 15 s, so that the cost of
// verification and signing (tens of microseconds) is visible next to backend
// time.
var DurationBuckets = []float64{0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15}

// SizeBuckets cover bodies from 100 bytes to 10 MB.
var SizeBuckets = []float64{100, 500, 1000, 5000, 10_000, 50_000, 100_000, 500_000, 1_000_000, 10_000_000}

// Metrics are the Prometheus metrics of relay traffic, for one component
// ("node" or "gateway"). They are safe for concurrent use.
type Metrics struct {
	Relays          *prometheus.CounterVec   // by service and result (success or error)
	Errors          *prometheus.CounterVec   // by service and code
	Duration        *prometheus.HistogramVec // by service, served relays only
	RequestBytes    *prometheus.HistogramVec
	ResponseBytes   *prometheus.HistogramVec
	MeterRejections *prometheus.CounterVec
	InFlight        prometheus.Gauge
}

// NewMetrics creates the metrics of component and registers them with reg.
func NewMetrics(reg prometheus.Registerer, component string) *Metrics {
	ns := "relaynode"
	m := &Metrics{
		Relays: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: component, Name: "relays_total",
			Help: "Relays handled, by service and result (success, error)."}, []string{"service", "result"}),
		Errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: component, Name: "relay_errors_total",
			Help: "Relays refused or failed, by service and stable error code."}, []string{"service", "code"}),
		Duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Subsystem: component, Name: "relay_duration_seconds",
			Help: "Time to serve a relay, from arrival to the last byte of the response.", Buckets: DurationBuckets}, []string{"service"}),
		RequestBytes: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Subsystem: component, Name: "relay_request_bytes",
			Help: "Size of relay request bodies.", Buckets: SizeBuckets}, []string{"service"}),
		ResponseBytes: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Subsystem: component, Name: "relay_response_bytes",
			Help: "Size of relay response bodies.", Buckets: SizeBuckets}, []string{"service"}),
		MeterRejections: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: component, Name: "meter_rejections_total",
			Help: "Relays refused because the application's budget for the session was spent."}, []string{"service"}),
		InFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: component, Name: "relays_in_flight",
			Help: "Relays being processed now."}),
	}
	reg.MustRegister(m.Relays, m.Errors, m.Duration, m.RequestBytes, m.ResponseBytes, m.MeterRejections, m.InFlight)
	return m
}

func (m *Metrics) refused(service string, code Code) {
	m.Relays.WithLabelValues(service, "error").Inc()
	m.Errors.WithLabelValues(service, string(code)).Inc()
}

func (m *Metrics) served(service string, started time.Time, responseBytes int) {
	m.Relays.WithLabelValues(service, "success").Inc()
	m.Duration.WithLabelValues(service).Observe(time.Since(started).Seconds())
	m.ResponseBytes.WithLabelValues(service).Observe(float64(responseBytes))
}
