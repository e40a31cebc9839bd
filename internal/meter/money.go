package meter

import (
	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/protocol"
)

// Budget returns what one supplier may serve one application in one session, in
// token base units (docs/protocol.md, "Money"):
//
//	appStake / (suppliersInSession × protocol.PendingSessions(p)), rounded down
//
// which equals appStake / suppliersInSession / pendingSessions with each division
// rounded down. Division cannot overflow; the result is zero when appStake is nil
// or suppliersInSession ≤ 0. p must be valid (Params.Validate); for an invalid p
// the result is meaningless but Budget does not panic.
func Budget(appStake *uint256.Int, suppliersInSession int, p protocol.Params) *uint256.Int {
	z := new(uint256.Int)
	if appStake == nil || suppliersInSession <= 0 || p.BlocksPerSession == 0 {
		return z
	}
	var d, pending uint256.Int
	d.SetUint64(uint64(suppliersInSession))
	pending.SetUint64(protocol.PendingSessions(p))
	d.Mul(&d, &pending) // two 64-bit factors: exact
	return z.Div(appStake, &d)
}

// Cost returns what a relay costs in token base units (docs/protocol.md, "Money"):
//
//	computeUnitsPerRelay × calls × tokensPerComputeUnit
//
// The product saturates at 2^256 − 1 instead of wrapping: the registry cannot hold
// such a price, and a saturated cost exceeds every budget (a budget is at most
// stake / 2, since pendingSessions ≥ 2), so the meter refuses it. A nil tpcu counts
// as zero.
func Cost(cu uint64, calls uint32, tpcu *uint256.Int) *uint256.Int {
	z := new(uint256.Int)
	if tpcu == nil {
		return z
	}
	var n uint256.Int
	z.SetUint64(cu)
	n.SetUint64(uint64(calls))
	z.Mul(z, &n) // below 2^96: exact
	if _, overflow := z.MulOverflow(z, tpcu); overflow {
		return z.SetAllOne()
	}
	return z
}
