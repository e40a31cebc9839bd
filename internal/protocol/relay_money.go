package protocol

import (
	"math/big"
)

// maxUint256 is 2^256 - 1, the cap of RelayCost.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// RelayBudget returns what one supplier may serve one application in one session:
// appStake / (suppliersInSession × PendingSessions(p)), rounded down, as
// SessionMath.relayBudget computes it. appStake is the application's stake at the session
// start (nil or negative counts as zero); suppliersInSession is the number of suppliers the
// session picked (≤ 0 gives a zero budget). p must be valid (Params.Validate); it is the
// parameters in force at the session start. The result is a new big.Int.
func RelayBudget(appStake *big.Int, suppliersInSession int, p Params) *big.Int {
	out := new(big.Int)
	if appStake == nil || appStake.Sign() <= 0 || suppliersInSession <= 0 {
		return out
	}
	div := new(big.Int).SetUint64(PendingSessions(p))
	div.Mul(div, big.NewInt(int64(suppliersInSession)))
	return out.Quo(appStake, div)
}

// RelayCost returns computeUnitsPerRelay × calls × tokensPerComputeUnit, capped at
// 2^256 - 1 as SessionMath.relayCost saturates (a capped cost exceeds every budget). A nil
// or negative tokensPerComputeUnit counts as zero. The result is a new big.Int.
func RelayCost(computeUnitsPerRelay uint64, calls uint32, tokensPerComputeUnit *big.Int) *big.Int {
	out := new(big.Int)
	if tokensPerComputeUnit == nil || tokensPerComputeUnit.Sign() <= 0 || computeUnitsPerRelay == 0 || calls == 0 {
		return out
	}
	out.SetUint64(computeUnitsPerRelay)
	out.Mul(out, new(big.Int).SetUint64(uint64(calls)))
	out.Mul(out, tokensPerComputeUnit)
	if out.Cmp(maxUint256) > 0 {
		out.Set(maxUint256)
	}
	return out
}
