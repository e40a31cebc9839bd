package txrelay

import "math/big"

// FeePolicy prices EIP-1559 transactions and re-prices stuck ones. It is a
// pure value; the zero value is not valid (see Validate in config).
type FeePolicy struct {
	// BumpPercent raises both fee fields of a re-priced transaction by at
	// least this much (geth wants +10% on both to accept a replacement).
	BumpPercent uint64
	// MaxFeeCap caps the fee per gas re-pricing may reach.
	MaxFeeCap *big.Int
}

// Initial returns the fee fields of a new transaction: the suggested tip,
// and a fee cap of twice the base fee plus the tip, which survives six full
// blocks of base-fee increases (each at most +12.5%).
func (p FeePolicy) Initial(baseFee, tip *big.Int) (feeCap, tipCap *big.Int) {
	tipCap = new(big.Int).Set(tip)
	feeCap = new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
	if feeCap.Cmp(p.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(p.MaxFeeCap)
	}
	if tipCap.Cmp(feeCap) > 0 {
		tipCap = new(big.Int).Set(feeCap)
	}
	return feeCap, tipCap
}

// Bump returns the fee fields of a replacement for a transaction priced
// (feeCap, tipCap): each raised by BumpPercent (rounded up, at least 1 wei),
// the fee cap also at least what Initial would give at the current base fee
// and tip. ok is false when the cap stops the fee cap from rising enough for
// a replacement to be accepted.
func (p FeePolicy) Bump(feeCap, tipCap, baseFee, tip *big.Int) (newFeeCap, newTipCap *big.Int, ok bool) {
	newTipCap = raise(tipCap, p.BumpPercent)
	if tip.Cmp(newTipCap) > 0 {
		newTipCap = new(big.Int).Set(tip)
	}
	newFeeCap = raise(feeCap, p.BumpPercent)
	if floor := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), newTipCap); floor.Cmp(newFeeCap) > 0 {
		newFeeCap = floor
	}
	if newFeeCap.Cmp(p.MaxFeeCap) > 0 {
		newFeeCap = new(big.Int).Set(p.MaxFeeCap)
	}
	if newTipCap.Cmp(newFeeCap) > 0 {
		newTipCap = new(big.Int).Set(newFeeCap)
	}
	// A replacement must raise both fields by the minimum bump.
	ok = newFeeCap.Cmp(raise(feeCap, 10)) >= 0 && newTipCap.Cmp(raise(tipCap, 10)) >= 0
	return newFeeCap, newTipCap, ok
}

// raise returns v × (100 + pct) / 100, rounded up, and at least v + 1.
func raise(v *big.Int, pct uint64) *big.Int {
	n := new(big.Int).Mul(v, new(big.Int).SetUint64(100+pct))
	n.Add(n, big.NewInt(99))
	n.Div(n, big.NewInt(100))
	if n.Cmp(v) <= 0 {
		n.Add(v, big.NewInt(1))
	}
	return n
}
