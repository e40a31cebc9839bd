package clientpool

import "github.com/prometheus/client_golang/prometheus"

// Collector exports a pool's Stats as relaynode_clientpool_* metrics, read at
// each scrape, with a constant label component ("node", "gateway"). Register it
// with prometheus.Registerer.Register.
type Collector struct {
	pool     *Pool
	gauges   []*prometheus.Desc
	counters []*prometheus.Desc
}

// NewCollector returns a Collector for p.
func NewCollector(p *Pool, component string) *Collector {
	const ns, sub = "relaynode", "clientpool"
	labels := prometheus.Labels{"component": component}
	d := func(name, help string) *prometheus.Desc {
		return prometheus.NewDesc(prometheus.BuildFQName(ns, sub, name), help, nil, labels)
	}
	return &Collector{
		pool: p,
		gauges: []*prometheus.Desc{
			d("clients_known", "Clients with a balance record, connected or not."),
			d("clients_connected", "Connected clients."),
			d("clients_connected_paid", "Connected clients with a positive balance."),
			d("clients_connected_free", "Connected clients without a positive balance."),
			d("capacity_total", "Capacity shared by connected clients, in relay slots."),
			d("capacity_used", "Capacity held by connected clients, in relay slots."),
			d("relays_in_flight", "Relays admitted and not yet released."),
		},
		counters: []*prometheus.Desc{
			d("relays_admitted_total", "Relays admitted."),
			d("connects_total", "Client connections."),
			d("disconnects_total", "Client disconnections, all causes."),
			d("kicked_out_total", "Clients pushed out by a higher-priority client."),
			d("pushed_down_total", "Capacity reductions for a higher-priority client."),
			d("idle_disconnects_total", "Clients disconnected for idleness."),
			d("balances_exhausted_total", "Positive balances that ran out while connected."),
			d("refused_priority_total", "Connections refused: pool full, priority too low."),
			d("refused_capacity_total", "Relays refused: client capacity exceeded."),
		},
	}
}

// Describe implements prometheus.Collector.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range c.gauges {
		ch <- d
	}
	for _, d := range c.counters {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	s := c.pool.Stats()
	gauges := []float64{float64(s.Known), float64(s.Connected), float64(s.ConnectedPaid), float64(s.ConnectedFree),
		float64(s.TotalCapacity), float64(s.CapacityUsed), float64(s.InFlight)}
	for i, v := range gauges {
		ch <- prometheus.MustNewConstMetric(c.gauges[i], prometheus.GaugeValue, v)
	}
	counters := []uint64{s.Admitted, s.Connects, s.Disconnects, s.PushedOut, s.PushedDown, s.IdleDisconnects,
		s.Exhausted, s.RefusedPriority, s.RefusedCapacity}
	for i, v := range counters {
		ch <- prometheus.MustNewConstMetric(c.counters[i], prometheus.CounterValue, float64(v))
	}
}
