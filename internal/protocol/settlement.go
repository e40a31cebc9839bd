package protocol

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The pure rules of claim, proof and settlement, as SettlementMath computes them (checked
// against it by generated vectors in contracts/settlement_test.go). Nil big integers count
// as zero; results are new big.Ints.

// IsMined reports whether a relay with key (request digest) key is mined under target:
// key, read as a uint256, is at most target.
func IsMined(key common.Hash, target *big.Int) bool {
	if target == nil || target.Sign() < 0 {
		return false
	}
	return new(big.Int).SetBytes(key[:]).Cmp(target) <= 0
}

// ProofPath returns the session-tree path a claim must be proven at:
// keccak256(proofSeed ‖ sessionID), with proofSeed the hash of the proof window's first block
// (Windows.ProofOpen).
func ProofPath(proofSeed, sessionID common.Hash) common.Hash {
	return crypto.Keccak256Hash(proofSeed[:], sessionID[:])
}

// ProofRequired reports whether a claim of sum compute units by supplier must be proven: sum
// reaches threshold, or keccak256(proofSeed ‖ sessionID ‖ supplier) as a uint256, modulo
// 1,000,000, is below ppm.
func ProofRequired(sum uint64, threshold *big.Int, ppm uint32, proofSeed, sessionID common.Hash, supplier common.Address) bool {
	if threshold == nil || new(big.Int).SetUint64(sum).Cmp(threshold) >= 0 {
		return true
	}
	draw := crypto.Keccak256(proofSeed[:], sessionID[:], supplier[:])
	return mod256(draw, PPM) < uint64(ppm)
}

// Reward returns what a claim of sum compute units pays:
// min(floor(sum × tokensPerComputeUnit × (2^256-1) / target), budget): each mined relay
// stands for (2^256-1)/target served ones, and the session's budget (RelayBudget) caps it.
// A target of zero or less (the registry holds none) gives the budget.
func Reward(sum uint64, tokensPerComputeUnit, target, budget *big.Int) *big.Int {
	capped := new(big.Int)
	if budget != nil && budget.Sign() > 0 {
		capped.Set(budget)
	}
	if target == nil || target.Sign() <= 0 {
		return capped
	}
	r := new(big.Int).SetUint64(sum)
	if tokensPerComputeUnit == nil || tokensPerComputeUnit.Sign() <= 0 {
		r.SetUint64(0)
	} else {
		r.Mul(r, tokensPerComputeUnit)
	}
	r.Mul(r, maxUint256)
	r.Quo(r, target)
	if r.Cmp(capped) > 0 {
		return capped
	}
	return r
}

// SlashAmount returns what a supplier loses for a required proof it did not land:
// min(stake, floor(reward × 1,000,000 / max(ppm, 1)) + 1), the sum capped at 2^256-1.
// reward is what the claim would have paid (Reward); with the proof probability ppm, the
// expected loss of skipping a proof exceeds the reward.
func SlashAmount(reward *big.Int, ppm uint32, stake *big.Int) *big.Int {
	out := new(big.Int)
	if reward != nil && reward.Sign() > 0 {
		out.Set(reward)
	}
	out.Mul(out, big.NewInt(PPM))
	out.Quo(out, big.NewInt(int64(max(ppm, 1))))
	out.Add(out, big.NewInt(1))
	if out.Cmp(maxUint256) > 0 {
		out.Set(maxUint256)
	}
	if stake == nil || stake.Sign() <= 0 {
		return new(big.Int)
	}
	if out.Cmp(stake) > 0 {
		out.Set(stake)
	}
	return out
}
