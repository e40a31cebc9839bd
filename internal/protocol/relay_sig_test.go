package protocol

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func testKey(t testing.TB, i int) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("relay test key %d", i))))
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func TestCurveConstants(t *testing.T) {
	n := crypto.S256().Params().N
	if new(big.Int).SetBytes(secp256k1N[:]).Cmp(n) != 0 {
		t.Fatal("secp256k1N is not the curve order")
	}
	if new(big.Int).SetBytes(secp256k1HalfN[:]).Cmp(new(big.Int).Rsh(n, 1)) != 0 {
		t.Fatal("secp256k1HalfN is not n/2")
	}
}

func TestSignRecover(t *testing.T) {
	for i := range 64 {
		key := testKey(t, i)
		digest := crypto.Keccak256Hash([]byte{byte(i)})
		sig, err := Sign(digest, key)
		if err != nil {
			t.Fatal(err)
		}
		if sig.V() != 27 && sig.V() != 28 {
			t.Fatalf("v = %d", sig.V())
		}
		got, err := Recover(digest, sig)
		if err != nil {
			t.Fatal(err)
		}
		if want := crypto.PubkeyToAddress(key.PublicKey); got != want {
			t.Fatalf("Recover = %s, want %s", got, want)
		}
		other := digest
		other[0] ^= 1
		if got, err := Recover(other, sig); err == nil && got == crypto.PubkeyToAddress(key.PublicKey) {
			t.Fatal("signature recovers its signer over another digest")
		}
	}
	if _, err := Sign(common.Hash{}, nil); err == nil {
		t.Fatal("Sign with a nil key succeeded")
	}
}

// malleate returns the other valid ECDSA signature of the same message: (r, n - s, v ^ 1).
func malleate(sig Signature) Signature {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(sig[32:64])
	sig[64] ^= 27 ^ 28
	return sig
}

func TestRecoverRejects(t *testing.T) {
	key := testKey(t, 0)
	digest := crypto.Keccak256Hash([]byte("digest"))
	good, err := Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	high := malleate(good)
	// The high-s twin is a valid ECDSA signature of the same signer: only the low-s rule
	// stops it.
	raw := high
	raw[64] -= 27
	if pub, err := crypto.SigToPub(digest[:], raw[:]); err != nil || crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("malleated signature does not recover the signer in geth (%v)", err)
	}
	with := func(edit func(*Signature)) Signature { s := good; edit(&s); return s }
	setWord := func(off int, v *big.Int) func(*Signature) {
		return func(s *Signature) { v.FillBytes(s[off : off+32]) }
	}
	n := crypto.S256().Params().N
	cases := []struct {
		name string
		sig  Signature
		want string
	}{
		{"high s", high, "high-s"},
		{"v 0", with(func(s *Signature) { s[64] = 0 }), "v is 0"},
		{"v 1", with(func(s *Signature) { s[64] = 1 }), "v is 1"},
		{"v 29", with(func(s *Signature) { s[64] = 29 }), "v is 29"},
		{"r 0", with(setWord(0, new(big.Int))), "r is zero"},
		{"r n", with(setWord(0, n)), "r is not below"},
		{"r max", with(setWord(0, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)))), "r is not below"},
		{"s 0", with(setWord(32, new(big.Int))), "s is zero"},
		{"s n/2+1", with(setWord(32, new(big.Int).Add(new(big.Int).Rsh(n, 1), big.NewInt(1)))), "high-s"},
		{"s n", with(setWord(32, n)), "high-s"},
		{"r not on curve", with(setWord(0, big.NewInt(5))), ""}, // x = 5 has no point on secp256k1
	}
	for _, c := range cases {
		addr, err := Recover(digest, c.sig)
		if !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: Recover = %s, %v; want ErrBadSignature", c.name, addr, err)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q does not say %q", c.name, err, c.want)
		}
	}
	// s = n/2 is the largest accepted s.
	edge := with(setWord(32, new(big.Int).Rsh(n, 1)))
	if err := edge.Validate(); err != nil {
		t.Errorf("s = n/2: %v", err)
	}
}

func TestCompactRoundTrip(t *testing.T) {
	for i := range 64 {
		digest := crypto.Keccak256Hash([]byte{byte(i), 1})
		sig, err := Sign(digest, testKey(t, i))
		if err != nil {
			t.Fatal(err)
		}
		r, vs := sig.Compact()
		if r != sig.R() || (vs[0]>>7 == 1) != (sig.V() == 28) {
			t.Fatalf("Compact(%x) = %x, %x", sig, r, vs)
		}
		vs[0] &= 0x7f
		if vs != sig.S() {
			t.Fatalf("Compact s = %x, want %x", vs, sig.S())
		}
		if back := SignatureFromCompact(sig.Compact()); back != sig {
			t.Fatalf("SignatureFromCompact(Compact(%x)) = %x", sig, back)
		}
	}
}

// TestEIP2098Vectors checks Sign and Compact against the examples of EIP-2098, which sign
// the EIP-191 personal-message hash with the key 0x1234…1234.
func TestEIP2098Vectors(t *testing.T) {
	key, err := crypto.HexToECDSA("1234567890123456789012345678901234567890123456789012345678901234")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		msg, r, s string
		v         byte
		vs        string
	}{
		{
			"Hello World",
			"68a020a209d3d56c46f38cc50a33f704f4a9a10a59377f8dd762ac66910e9b90",
			"7e865ad05c4035ab5792787d4a0297a43617ae897930a6fe4d822b8faea52064", 27,
			"7e865ad05c4035ab5792787d4a0297a43617ae897930a6fe4d822b8faea52064",
		},
		{
			"It's a small(er) world",
			"9328da16089fcba9bececa81663203989f2df5fe1faa6291a45381c81bd17f76",
			"139c6d6b623b42da56557e5e734a43dc83345ddfadec52cbe24d0cc64f550793", 28,
			"939c6d6b623b42da56557e5e734a43dc83345ddfadec52cbe24d0cc64f550793",
		},
	} {
		digest := common.BytesToHash(accounts.TextHash([]byte(c.msg)))
		sig, err := Sign(digest, key)
		if err != nil {
			t.Fatal(err)
		}
		r, vs := sig.Compact()
		if common.Bytes2Hex(r[:]) != c.r || common.Bytes2Hex(sig[32:64]) != c.s || sig.V() != c.v || common.Bytes2Hex(vs[:]) != c.vs {
			t.Errorf("%q: got r %x s %x v %d vs %x", c.msg, r, sig[32:64], sig.V(), vs)
		}
		addr, err := Recover(digest, sig)
		if err != nil || addr != crypto.PubkeyToAddress(key.PublicKey) {
			t.Errorf("%q: Recover = %s, %v", c.msg, addr, err)
		}
	}
}
