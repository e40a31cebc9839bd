package protocol

import (
	"errors"
	"fmt"
	"math"
	"math/big"
)

// Limits enforced by the registry (docs/protocol.md).
const (
	// MaxSuppliersPerSession bounds Params.SuppliersPerSession.
	MaxSuppliersPerSession = 32
	// MaxSessionAndWindowBlocks bounds N + grace + claim + proof, so that every window
	// closes well within the 256 blocks BLOCKHASH can see from a session's start.
	MaxSessionAndWindowBlocks = 240
	// MaxApplicationServices is the most services an application stakes for.
	MaxApplicationServices = 8
	// MaxGateways is the most gateways an application delegates to.
	MaxGateways = 8
	// MaxSupplierServices is the most endpoints (services) a supplier stakes for.
	MaxSupplierServices = 16
	// MaxURLBytes is the longest supplier endpoint URL.
	MaxURLBytes = 256
	// PPM is one million: proof probabilities are in parts per million.
	PPM = 1_000_000
)

// ErrInvalidParams is wrapped by every *ParamError.
var ErrInvalidParams = errors.New("protocol: invalid params")

// ParamError says which parameter is out of range, mirroring the registry's
// InvalidParams(field, got, min, max) revert.
type ParamError struct {
	Field    string   // the Solidity field name, as in the revert
	Got      *big.Int // the rejected value
	Min, Max *big.Int // the accepted range, inclusive
}

func (e *ParamError) Error() string {
	return fmt.Sprintf("%v: %s is %v, want %v..%v", ErrInvalidParams, e.Field, e.Got, e.Min, e.Max)
}

// Unwrap returns ErrInvalidParams.
func (e *ParamError) Unwrap() error { return ErrInvalidParams }

// Params are the registry's governance parameters. The fields, their order and their types
// match the Solidity struct Registry.Params, so a value converts directly to and from
// bindings.RegistryParams. Nil big integers count as zero.
type Params struct {
	// BlocksPerSession (N) is the session length in blocks; at least 1.
	BlocksPerSession uint64
	// GracePeriodBlocks is how long after a session ends its relays are still accepted.
	GracePeriodBlocks uint64
	// ClaimWindowBlocks is the length of the claim window, which opens when the grace period
	// ends; at least 1.
	ClaimWindowBlocks uint64
	// ProofWindowBlocks is the length of the proof window, which opens when the claim window
	// closes; at least 1.
	ProofWindowBlocks uint64
	// SuppliersPerSession is the number of suppliers picked per session; 1..32.
	SuppliersPerSession uint32
	// UnbondingBlocks is the wait after an unstake takes effect until the stake may be
	// withdrawn; at least N + grace + claim + proof.
	UnbondingBlocks uint64
	// ProofProbabilityPpm is the chance, in parts per million, that a claim below the
	// threshold needs a proof; at most 1,000,000.
	ProofProbabilityPpm uint32
	// ProofRequirementThreshold is the claimed compute units from which a proof is always
	// required.
	ProofRequirementThreshold *big.Int
	// TokensPerComputeUnit is the token base units paid per compute unit; at least 1.
	TokensPerComputeUnit *big.Int
	// MinApplicationStake, MinGatewayStake and MinSupplierStake are the minimum stakes; each
	// at least 1.
	MinApplicationStake *big.Int
	MinGatewayStake     *big.Int
	MinSupplierStake    *big.Int
}

// Validate checks p exactly as the registry's setParams does, in the same order, and
// returns a *ParamError naming the first field out of range.
func (p Params) Validate() error {
	maxU64 := new(big.Int).SetUint64(math.MaxUint64)
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	fail := func(field string, got, min, max *big.Int) error {
		return &ParamError{Field: field, Got: got, Min: min, Max: max}
	}
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	one := big.NewInt(1)

	if p.BlocksPerSession == 0 {
		return fail("blocksPerSession", u(0), one, maxU64)
	}
	if p.ClaimWindowBlocks == 0 {
		return fail("claimWindowBlocks", u(0), one, maxU64)
	}
	if p.ProofWindowBlocks == 0 {
		return fail("proofWindowBlocks", u(0), one, maxU64)
	}
	if p.SuppliersPerSession == 0 || p.SuppliersPerSession > MaxSuppliersPerSession {
		return fail("suppliersPerSession", u(uint64(p.SuppliersPerSession)), one, u(MaxSuppliersPerSession))
	}
	total := u(p.BlocksPerSession)
	total.Add(total, u(p.GracePeriodBlocks))
	total.Add(total, u(p.ClaimWindowBlocks))
	total.Add(total, u(p.ProofWindowBlocks))
	if total.Cmp(u(MaxSessionAndWindowBlocks)) > 0 {
		return fail("sessionAndWindowBlocks", total, u(3), u(MaxSessionAndWindowBlocks))
	}
	if u(p.UnbondingBlocks).Cmp(total) < 0 {
		return fail("unbondingBlocks", u(p.UnbondingBlocks), total, maxU64)
	}
	if p.ProofProbabilityPpm > PPM {
		return fail("proofProbabilityPpm", u(uint64(p.ProofProbabilityPpm)), u(0), u(PPM))
	}
	// The registry cannot hold a negative or over-wide uint256; Go values can.
	for _, f := range []struct {
		name string
		v    *big.Int
		min  *big.Int
	}{
		{"proofRequirementThreshold", p.ProofRequirementThreshold, u(0)},
		{"tokensPerComputeUnit", p.TokensPerComputeUnit, one},
		{"minApplicationStake", p.MinApplicationStake, one},
		{"minGatewayStake", p.MinGatewayStake, one},
		{"minSupplierStake", p.MinSupplierStake, one},
	} {
		got := new(big.Int)
		if f.v != nil {
			got.Set(f.v)
		}
		if got.Cmp(f.min) < 0 || got.Cmp(maxU256) > 0 {
			return fail(f.name, got, f.min, maxU256)
		}
	}
	return nil
}

// PendingSessions is the number of sessions whose budgets are open at once:
// ceil((grace + claim + proof) / N) + 1. An application's budget per session and supplier
// is its stake / suppliers in the session / PendingSessions. p must be valid.
func PendingSessions(p Params) uint64 {
	tail := p.GracePeriodBlocks + p.ClaimWindowBlocks + p.ProofWindowBlocks
	return (tail+p.BlocksPerSession-1)/p.BlocksPerSession + 1
}
