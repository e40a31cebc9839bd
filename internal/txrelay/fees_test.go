package txrelay

import (
	"math/big"
	"testing"
)

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

func TestInitialFees(t *testing.T) {
	p := FeePolicy{BumpPercent: 15, MaxFeeCap: gwei(500)}
	fc, tc := p.Initial(gwei(10), gwei(1))
	if fc.Cmp(gwei(21)) != 0 || tc.Cmp(gwei(1)) != 0 {
		t.Fatalf("fee cap %s tip %s", fc, tc)
	}
	fc, tc = p.Initial(gwei(400), gwei(300))
	if fc.Cmp(gwei(500)) != 0 || tc.Cmp(gwei(300)) != 0 {
		t.Fatalf("capped: fee cap %s tip %s", fc, tc)
	}
}

func TestBumpRaisesBothFieldsEnough(t *testing.T) {
	p := FeePolicy{BumpPercent: 10, MaxFeeCap: gwei(500)}
	cases := []struct{ feeCap, tip, base, sugg *big.Int }{
		{gwei(21), gwei(1), gwei(10), gwei(1)},
		{big.NewInt(7), big.NewInt(1), big.NewInt(3), big.NewInt(1)}, // tiny values still rise by >= 10%
		{big.NewInt(1), big.NewInt(0), big.NewInt(0), big.NewInt(0)}, // a zero tip must rise too
		{gwei(21), gwei(1), gwei(50), gwei(2)},                       // base fee rose: floor applies
	}
	for _, c := range cases {
		fc, tc, ok := p.Bump(c.feeCap, c.tip, c.base, c.sugg)
		if !ok {
			t.Fatalf("%v: not ok", c)
		}
		minFC := new(big.Int).Div(new(big.Int).Mul(c.feeCap, big.NewInt(110)), big.NewInt(100))
		minTC := new(big.Int).Div(new(big.Int).Mul(c.tip, big.NewInt(110)), big.NewInt(100))
		if fc.Cmp(minFC) < 0 || tc.Cmp(minTC) < 0 || fc.Cmp(c.feeCap) <= 0 || tc.Cmp(c.tip) <= 0 {
			t.Fatalf("%v: bumped to %s/%s, not +10%% on both", c, fc, tc)
		}
		if tc.Cmp(fc) > 0 {
			t.Fatalf("tip above fee cap")
		}
	}
	if fc, _, _ := p.Bump(gwei(21), gwei(1), gwei(50), gwei(2)); fc.Cmp(gwei(102)) < 0 {
		t.Fatalf("floor of twice the new base fee plus tip not applied: %s", fc)
	}
}

func TestBumpStopsAtTheCap(t *testing.T) {
	p := FeePolicy{BumpPercent: 15, MaxFeeCap: gwei(100)}
	fc, tc, ok := p.Bump(gwei(95), gwei(2), gwei(10), gwei(1))
	if ok || fc.Cmp(gwei(100)) != 0 {
		t.Fatalf("at the cap: %s %s %v", fc, tc, ok)
	}
}
