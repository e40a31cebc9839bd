package meter

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// BenchmarkCharge measures Charge from concurrent goroutines (run with -cpu 1,2):
// onekey is the worst case, every relay for one application and supplier in one
// session; manykeys spreads relays over 1,024 budgets.
func BenchmarkCharge(b *testing.B) {
	budget := new(uint256.Int).SetAllOne()
	cost := Cost(10, 1, uint256.NewInt(1_000_000_000_000))
	for _, bc := range []struct {
		name string
		keys int
	}{{"onekey", 1}, {"manykeys", 1024}} {
		b.Run(bc.name, func(b *testing.B) {
			m, err := Open(context.Background(), Config{Path: tempDB(b)})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { m.Shutdown(context.Background()) })
			keys := make([]Key, bc.keys)
			for i := range keys {
				keys[i] = key(byte(i), uint64(i>>8))
				keys[i].Supplier = common.Address{byte(i >> 8), 1}
				m.Charge(keys[i], budget, cost)
			}
			mask := uint64(len(keys) - 1) // len is a power of two
			var next atomic.Uint64
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				i := next.Add(7919)
				for pb.Next() {
					i++
					if err := m.Charge(keys[i&mask], budget, cost); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkChargeRefund is a relay that fails: charge, then refund.
func BenchmarkChargeRefund(b *testing.B) {
	budget := new(uint256.Int).SetAllOne()
	cost := uint256.NewInt(12345)
	m, err := Open(context.Background(), Config{Path: tempDB(b)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { m.Shutdown(context.Background()) })
	k := key(1, 1)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := m.Charge(k, budget, cost); err != nil {
				b.Error(err)
				return
			}
			m.Refund(k, cost)
		}
	})
}
