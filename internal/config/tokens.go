package config

import (
	"fmt"
	"math/big"
	"strings"
)

// TokenDecimals is the number of decimals of the stake token.
const TokenDecimals = 18

var tokenUnit = new(big.Int).Exp(big.NewInt(10), big.NewInt(TokenDecimals), nil)

// Tokens is an amount of the stake token, written in whole tokens with up to 18
// decimals ("100", "0.5") and held in base units. The zero value is zero tokens.
// Tokens is immutable and safe to copy.
type Tokens struct {
	base *big.Int
}

// ParseTokens parses a decimal token amount.
func ParseTokens(s string) (Tokens, error) {
	s = strings.TrimSpace(s)
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || (hasFrac && frac == "") || len(frac) > TokenDecimals || !allDigits(whole) || !allDigits(frac) {
		return Tokens{}, fmt.Errorf("%q is not a token amount; accepted: a decimal such as 100 or 0.25, at most %d decimals", s, TokenDecimals)
	}
	base, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", TokenDecimals-len(frac)), 10)
	return Tokens{base: base}, nil
}

// MustTokens is ParseTokens for constants; it panics on a malformed literal.
func MustTokens(s string) Tokens {
	t, err := ParseTokens(s)
	if err != nil {
		panic(err)
	}
	return t
}

// TokensFromBase wraps an amount in base units.
func TokensFromBase(base *big.Int) Tokens { return Tokens{base: new(big.Int).Set(base)} }

// Base returns the amount in base units (a fresh copy).
func (t Tokens) Base() *big.Int {
	if t.base == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(t.base)
}

// Sign returns -1, 0 or +1.
func (t Tokens) Sign() int { return t.Base().Sign() }

// Cmp compares two amounts like big.Int.Cmp.
func (t Tokens) Cmp(o Tokens) int { return t.Base().Cmp(o.Base()) }

// String formats the amount in whole tokens without trailing zeros.
func (t Tokens) String() string {
	q, r := new(big.Int).QuoRem(t.Base(), tokenUnit, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	frac := fmt.Sprintf("%0*s", TokenDecimals, r.String())
	return q.String() + "." + strings.TrimRight(frac, "0")
}

// MarshalText implements encoding.TextMarshaler.
func (t Tokens) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Tokens) UnmarshalText(b []byte) error {
	v, err := ParseTokens(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
