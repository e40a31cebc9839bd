package protocol

import (
	"errors"
	"math"
	"math/big"
	"testing"
)

func validParams() Params {
	return Params{
		BlocksPerSession:          10,
		GracePeriodBlocks:         2,
		ClaimWindowBlocks:         5,
		ProofWindowBlocks:         5,
		SuppliersPerSession:       8,
		UnbondingBlocks:           22,
		ProofProbabilityPpm:       250_000,
		ProofRequirementThreshold: big.NewInt(1000),
		TokensPerComputeUnit:      big.NewInt(1),
		MinApplicationStake:       big.NewInt(100),
		MinGatewayStake:           big.NewInt(100),
		MinSupplierStake:          big.NewInt(100),
	}
}

func TestParamsValidate(t *testing.T) {
	if err := validParams().Validate(); err != nil {
		t.Fatalf("valid params: %v", err)
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	cases := []struct {
		field string
		edit  func(*Params)
	}{
		{"blocksPerSession", func(p *Params) { p.BlocksPerSession = 0 }},
		{"claimWindowBlocks", func(p *Params) { p.ClaimWindowBlocks = 0 }},
		{"proofWindowBlocks", func(p *Params) { p.ProofWindowBlocks = 0 }},
		{"suppliersPerSession", func(p *Params) { p.SuppliersPerSession = 0 }},
		{"suppliersPerSession", func(p *Params) { p.SuppliersPerSession = 33 }},
		{"sessionAndWindowBlocks", func(p *Params) { p.GracePeriodBlocks = 221; p.UnbondingBlocks = 1000 }},
		{"sessionAndWindowBlocks", func(p *Params) { p.GracePeriodBlocks = math.MaxUint64 }},
		{"unbondingBlocks", func(p *Params) { p.UnbondingBlocks = 21 }},
		{"proofProbabilityPpm", func(p *Params) { p.ProofProbabilityPpm = PPM + 1 }},
		{"proofRequirementThreshold", func(p *Params) { p.ProofRequirementThreshold = big.NewInt(-1) }},
		{"proofRequirementThreshold", func(p *Params) { p.ProofRequirementThreshold = huge }},
		{"tokensPerComputeUnit", func(p *Params) { p.TokensPerComputeUnit = nil }},
		{"minApplicationStake", func(p *Params) { p.MinApplicationStake = big.NewInt(0) }},
		{"minGatewayStake", func(p *Params) { p.MinGatewayStake = nil }},
		{"minSupplierStake", func(p *Params) { p.MinSupplierStake = huge }},
	}
	for _, c := range cases {
		p := validParams()
		c.edit(&p)
		err := p.Validate()
		var pe *ParamError
		if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidParams) {
			t.Fatalf("%s: Validate() = %v, want *ParamError", c.field, err)
		}
		if pe.Field != c.field {
			t.Fatalf("Validate() field = %s, want %s (%v)", pe.Field, c.field, err)
		}
	}

	// Edges that are valid.
	p := validParams()
	p.GracePeriodBlocks, p.UnbondingBlocks = 220, 240 // N+grace+claim+proof = 240
	p.ProofProbabilityPpm = PPM
	p.SuppliersPerSession = MaxSuppliersPerSession
	p.ProofRequirementThreshold = nil
	if err := p.Validate(); err != nil {
		t.Fatalf("edge params: %v", err)
	}
}

func TestPendingSessionsAndWindows(t *testing.T) {
	p := validParams()                       // N 10, grace 2, claim 5, proof 5
	if got := PendingSessions(p); got != 3 { // ceil(12/10)+1
		t.Fatalf("PendingSessions = %d, want 3", got)
	}
	p.GracePeriodBlocks = 0
	p.ClaimWindowBlocks, p.ProofWindowBlocks = 5, 5
	if got := PendingSessions(p); got != 2 { // ceil(10/10)+1
		t.Fatalf("PendingSessions = %d, want 2", got)
	}
	p = validParams()
	w := SessionWindows(40, p)
	want := Windows{Start: 40, End: 50, GraceEnd: 52, ClaimOpen: 52, ClaimClose: 57, ProofOpen: 57, ProofClose: 62}
	if w != want {
		t.Fatalf("SessionWindows = %+v, want %+v", w, want)
	}
}
