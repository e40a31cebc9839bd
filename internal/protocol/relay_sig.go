package protocol

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrBadSignature is wrapped by every error about a malformed or unrecoverable signature;
// the wrapping error says what is wrong.
var ErrBadSignature = errors.New("protocol: bad signature")

// secp256k1's group order n and n/2, big-endian.
var (
	secp256k1N     = [32]byte(common.FromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"))
	secp256k1HalfN = [32]byte(common.FromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0"))
)

// Signature is a 65-byte secp256k1 signature r ‖ s ‖ v with v ∈ {27, 28}, as relays carry
// it. A valid one has 1 ≤ r < n and 1 ≤ s ≤ n/2 (low-s).
type Signature [65]byte

// R is the signature's r.
func (s Signature) R() [32]byte { return [32]byte(s[0:32]) }

// S is the signature's s.
func (s Signature) S() [32]byte { return [32]byte(s[32:64]) }

// V is the signature's recovery byte, 27 or 28 when valid.
func (s Signature) V() byte { return s[64] }

// Compact returns the EIP-2098 form (r, vs), vs = s with its top bit set when v is 28. It
// is exact for every signature that Validate accepts (a low s never has its top bit set);
// any v other than 28 encodes like 27.
func (s Signature) Compact() (r, vs [32]byte) {
	r = [32]byte(s[0:32])
	vs = [32]byte(s[32:64])
	if s[64] == 28 {
		vs[0] |= 0x80
	}
	return r, vs
}

// SignatureFromCompact returns the signature whose EIP-2098 form is (r, vs): s is vs
// without its top bit, v is 28 when that bit is set and 27 otherwise.
func SignatureFromCompact(r, vs [32]byte) Signature {
	var sig Signature
	copy(sig[0:32], r[:])
	copy(sig[32:64], vs[:])
	sig[32] &= 0x7f
	sig[64] = 27 + vs[0]>>7
	return sig
}

// Validate checks the signature's form without recovering it: v ∈ {27, 28}, 1 ≤ r < n and
// 1 ≤ s ≤ n/2. The error wraps ErrBadSignature and names the first rule broken.
func (s Signature) Validate() error {
	var zero [32]byte
	switch {
	case s[64] != 27 && s[64] != 28:
		return fmt.Errorf("%w: v is %d, want 27 or 28", ErrBadSignature, s[64])
	case bytes.Equal(s[0:32], zero[:]):
		return fmt.Errorf("%w: r is zero", ErrBadSignature)
	case bytes.Compare(s[0:32], secp256k1N[:]) >= 0:
		return fmt.Errorf("%w: r is not below the curve order", ErrBadSignature)
	case bytes.Equal(s[32:64], zero[:]):
		return fmt.Errorf("%w: s is zero", ErrBadSignature)
	case bytes.Compare(s[32:64], secp256k1HalfN[:]) > 0:
		return fmt.Errorf("%w: s is above n/2 (high-s), want a low-s signature", ErrBadSignature)
	}
	return nil
}

// Sign signs digest with key and returns the low-s signature with v ∈ {27, 28}.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) (Signature, error) {
	var sig Signature
	if key == nil {
		return sig, errors.New("protocol: sign: nil key")
	}
	raw, err := crypto.Sign(digest[:], key)
	if err != nil {
		return sig, fmt.Errorf("protocol: sign: %w", err)
	}
	copy(sig[:], raw)
	sig[64] += 27
	if err := sig.Validate(); err != nil { // secp256k1 signs low-s; keep the promise checked
		return Signature{}, fmt.Errorf("protocol: sign: %w", err)
	}
	return sig, nil
}

// Recover returns the address that signed digest. It rejects (with an error wrapping
// ErrBadSignature) a signature that Validate rejects or that recovers no public key.
func Recover(digest common.Hash, sig Signature) (common.Address, error) {
	if err := sig.Validate(); err != nil {
		return common.Address{}, err
	}
	sig[64] -= 27
	pub, err := crypto.Ecrecover(digest[:], sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if len(pub) != 65 {
		return common.Address{}, fmt.Errorf("%w: recovered a %d-byte public key", ErrBadSignature, len(pub))
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
}
