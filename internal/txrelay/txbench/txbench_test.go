package txbench

import (
	"context"
	"os"
	"testing"
	"time"
)

// TestRunSmall runs both sides briefly on each kind of devnet and checks
// that every relayed transfer landed exactly once.
func TestRunSmall(t *testing.T) {
	for _, period := range []time.Duration{0, 200 * time.Millisecond} {
		res, err := Run(context.Background(), Config{N: 100, BlockPeriod: period, Signers: 4, InFlight: 64,
			Poll: 20 * time.Millisecond, BaselineMax: 10 * time.Second, Dir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		res.Write(os.Stderr)
		if res.Relayer.Landed != 100 || res.Baseline.Landed != res.Baseline.Sent || res.Baseline.Sent == 0 {
			t.Fatalf("period %s: %+v", period, res)
		}
	}
}
