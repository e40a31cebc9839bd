package clientpool

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

func TestCollector(t *testing.T) {
	p, _ := newTestPool(t, Config{TotalCapacity: 3})
	mustAdd(t, p, "key:a", 100)
	rel := mustAcquire(t, p, "key:a", Paid, 1)
	defer rel()
	mustAcquire(t, p, "ip:b", Free, 1)()
	reg := prometheus.NewRegistry()
	if err := reg.Register(NewCollector(p, "gateway")); err != nil {
		t.Fatal(err)
	}
	mfs, err := reg.Gather()
	if err != nil || len(mfs) != 16 {
		t.Fatalf("gathered %d metrics, %v; want 16", len(mfs), err)
	}
	for name, want := range map[string]float64{
		"relaynode_clientpool_clients_connected_paid": 1,
		"relaynode_clientpool_clients_connected_free": 1,
		"relaynode_clientpool_capacity_used":          2,
		"relaynode_clientpool_relays_in_flight":       1,
	} {
		found := false
		for _, mf := range mfs {
			if mf.GetName() == name {
				found = true
				if got := mf.GetMetric()[0].GetGauge().GetValue(); got != want {
					t.Errorf("%s = %v, want %v", name, got, want)
				}
			}
		}
		if !found {
			t.Errorf("%s missing", name)
		}
	}
}
