package meter

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/protocol"
)

// validParams has pendingSessions = ceil((2+3+4)/5)+1 = 3.
func validParams() protocol.Params {
	return protocol.Params{
		BlocksPerSession:          5,
		GracePeriodBlocks:         2,
		ClaimWindowBlocks:         3,
		ProofWindowBlocks:         4,
		SuppliersPerSession:       8,
		UnbondingBlocks:           100,
		ProofProbabilityPpm:       1000,
		ProofRequirementThreshold: big.NewInt(1),
		TokensPerComputeUnit:      big.NewInt(1),
		MinApplicationStake:       big.NewInt(1),
		MinGatewayStake:           big.NewInt(1),
		MinSupplierStake:          big.NewInt(1),
	}
}

var maxU256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// refBudget and refCost are docs/protocol.md "Money" in math/big, written the way
// DESIGN.md states it (two successive floor divisions).
func refBudget(stake *big.Int, suppliers int, p protocol.Params) *big.Int {
	q := new(big.Int).Quo(stake, big.NewInt(int64(suppliers)))
	return q.Quo(q, new(big.Int).SetUint64(protocol.PendingSessions(p)))
}

func refCost(cu uint64, calls uint32, tpcu *big.Int) *big.Int {
	c := new(big.Int).SetUint64(cu)
	c.Mul(c, new(big.Int).SetUint64(uint64(calls)))
	c.Mul(c, tpcu)
	if c.Cmp(maxU256) > 0 {
		return new(big.Int).Set(maxU256)
	}
	return c
}

func TestBudgetAndCostEdges(t *testing.T) {
	p := validParams()
	maxU := new(uint256.Int).SetAllOne()
	for _, tc := range []struct {
		name      string
		stake     *uint256.Int
		suppliers int
		want      *uint256.Int
	}{
		{"divisible", u(6000), 2, u(1000)},
		{"rounds down", u(5999), 2, u(999)},
		{"below one unit", u(5), 2, u(0)},
		{"zero stake", u(0), 1, u(0)},
		{"nil stake", nil, 1, u(0)},
		{"no suppliers", u(100), 0, u(0)},
		{"negative suppliers", u(100), -1, u(0)},
		{"max stake", maxU, 1, new(uint256.Int).Div(maxU, u(3))},
	} {
		if got := Budget(tc.stake, tc.suppliers, p); !got.Eq(tc.want) {
			t.Errorf("Budget %s = %s, want %s", tc.name, got.Dec(), tc.want.Dec())
		}
	}
	if got := Budget(u(100), 1, protocol.Params{}); !got.IsZero() {
		t.Errorf("Budget with zero BlocksPerSession = %s, want 0 (no panic)", got.Dec())
	}

	for _, tc := range []struct {
		name  string
		cu    uint64
		calls uint32
		tpcu  *uint256.Int
		want  *uint256.Int
	}{
		{"one call", 10, 1, u(7), u(70)},
		{"batch", 10, 25, u(7), u(1750)},
		{"zero calls", 10, 0, u(7), u(0)},
		{"nil price", 10, 1, nil, u(0)},
		{"exact max", 1, 1, maxU, maxU},
		{"saturates", 2, 1, maxU, maxU},
		{"saturates large", ^uint64(0), ^uint32(0), maxU, maxU},
	} {
		if got := Cost(tc.cu, tc.calls, tc.tpcu); !got.Eq(tc.want) {
			t.Errorf("Cost %s = %s, want %s", tc.name, got.Dec(), tc.want.Dec())
		}
	}
}

// TestMoneyMatchesReference compares Budget and Cost with the math/big statement of
// the formula on random vectors across the whole range.
func TestMoneyMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	randU256 := func() *uint256.Int {
		var b [32]byte
		n := 1 + rng.IntN(32) // spread magnitudes: 1..32 bytes
		for i := 32 - n; i < 32; i++ {
			b[i] = byte(rng.Uint32())
		}
		return new(uint256.Int).SetBytes32(b[:])
	}
	for i := range 20000 {
		p := validParams()
		p.BlocksPerSession = 1 + rng.Uint64N(60)
		p.GracePeriodBlocks = rng.Uint64N(60)
		p.ClaimWindowBlocks = 1 + rng.Uint64N(60)
		p.ProofWindowBlocks = 1 + rng.Uint64N(60)
		stake := randU256()
		suppliers := 1 + rng.IntN(protocol.MaxSuppliersPerSession)
		if got, want := Budget(stake, suppliers, p), refBudget(stake.ToBig(), suppliers, p); got.ToBig().Cmp(want) != 0 {
			t.Fatalf("vector %d: Budget(%s, %d, %+v) = %s, want %s", i, stake.Dec(), suppliers, p, got.Dec(), want)
		}
		cu := rng.Uint64() >> rng.IntN(64)
		calls := rng.Uint32() >> rng.IntN(32)
		tpcu := randU256()
		if got, want := Cost(cu, calls, tpcu), refCost(cu, calls, tpcu.ToBig()); got.ToBig().Cmp(want) != 0 {
			t.Fatalf("vector %d: Cost(%d, %d, %s) = %s, want %s", i, cu, calls, tpcu.Dec(), got.Dec(), want)
		}
	}
}

// TestMoneyMatchesProtocol cross-checks Budget and Cost with protocol.RelayBudget and
// protocol.RelayCost (math/big, the reference the contract vectors are made from) on
// random vectors, edges included.
func TestMoneyMatchesProtocol(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	maxU := new(uint256.Int).SetAllOne()
	edges := []*uint256.Int{u(0), u(1), u(2), maxU, new(uint256.Int).Rsh(maxU, 1), new(uint256.Int).Lsh(u(1), 128)}
	pick := func() *uint256.Int {
		if rng.IntN(8) == 0 {
			return edges[rng.IntN(len(edges))]
		}
		var b [32]byte
		n := 1 + rng.IntN(32)
		for i := 32 - n; i < 32; i++ {
			b[i] = byte(rng.Uint32())
		}
		return new(uint256.Int).SetBytes32(b[:])
	}
	for i := range 20000 {
		p := validParams()
		p.BlocksPerSession = 1 + rng.Uint64N(100)
		p.GracePeriodBlocks = rng.Uint64N(50)
		p.ClaimWindowBlocks = 1 + rng.Uint64N(50)
		p.ProofWindowBlocks = 1 + rng.Uint64N(40)
		stake := pick()
		suppliers := rng.IntN(protocol.MaxSuppliersPerSession+2) - 1 // -1 … 33
		if got, want := Budget(stake, suppliers, p), protocol.RelayBudget(stake.ToBig(), suppliers, p); got.ToBig().Cmp(want) != 0 {
			t.Fatalf("vector %d: Budget(%s, %d) = %s, protocol.RelayBudget = %s", i, stake.Dec(), suppliers, got.Dec(), want)
		}
		cu := rng.Uint64() >> rng.IntN(65)
		calls := rng.Uint32() >> rng.IntN(33)
		tpcu := pick()
		if got, want := Cost(cu, calls, tpcu), protocol.RelayCost(cu, calls, tpcu.ToBig()); got.ToBig().Cmp(want) != 0 {
			t.Fatalf("vector %d: Cost(%d, %d, %s) = %s, protocol.RelayCost = %s", i, cu, calls, tpcu.Dec(), got.Dec(), want)
		}
	}
}
