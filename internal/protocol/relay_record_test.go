package protocol

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// signedRelay returns a relay over h signed by requester and supplier.
func signedRelay(t testing.TB, d Domain, h RelayHeader, requester, supplier int, body []byte) Relay {
	t.Helper()
	r := Relay{Header: h, ResponseHash: ResponseHash(body)}
	key := d.RequestDigest(h)
	var err error
	if r.RequestSig, err = Sign(key, testKey(t, requester)); err != nil {
		t.Fatal(err)
	}
	if r.ResponseSig, err = Sign(d.ResponseDigest(key, r.ResponseHash), testKey(t, supplier)); err != nil {
		t.Fatal(err)
	}
	return r
}

// recordArgs is the ABI of RelayLib.RelayRecord, to check Encode against go-ethereum's
// ABI encoder.
func recordArgs(t *testing.T) abi.Arguments {
	t.Helper()
	var comps []abi.ArgumentMarshaling
	for _, f := range [][2]string{
		{"application", "address"}, {"service", "bytes32"}, {"sessionStart", "uint64"},
		{"supplier", "address"}, {"nonce", "uint64"}, {"calls", "uint32"}, {"payloadHash", "bytes32"},
		{"requestR", "bytes32"}, {"requestVS", "bytes32"}, {"responseHash", "bytes32"},
		{"responseR", "bytes32"}, {"responseVS", "bytes32"},
	} {
		comps = append(comps, abi.ArgumentMarshaling{Name: f[0], Type: f[1]})
	}
	typ, err := abi.NewType("tuple", "", comps)
	if err != nil {
		t.Fatal(err)
	}
	return abi.Arguments{{Type: typ}}
}

func TestRelayEncodeMatchesABI(t *testing.T) {
	args := recordArgs(t)
	rng := rand.New(rand.NewPCG(21, 21))
	for range 300 {
		r := Relay{Header: randHeader(rng)}
		randBytes(rng, r.RequestSig[:64])
		randBytes(rng, r.ResponseSig[:64])
		randBytes(rng, r.ResponseHash[:])
		r.RequestSig[32] &= 0x7f // any s of a valid signature is below 2^255
		r.ResponseSig[32] &= 0x7f
		r.RequestSig[64], r.ResponseSig[64] = 27+byte(rng.IntN(2)), 27+byte(rng.IntN(2))
		reqR, reqVS := r.RequestSig.Compact()
		respR, respVS := r.ResponseSig.Compact()
		h := r.Header
		want, err := args.Pack(struct {
			Application  common.Address
			Service      [32]byte
			SessionStart uint64
			Supplier     common.Address
			Nonce        uint64
			Calls        uint32
			PayloadHash  [32]byte
			RequestR     [32]byte
			RequestVS    [32]byte
			ResponseHash [32]byte
			ResponseR    [32]byte
			ResponseVS   [32]byte
		}{h.Application, h.Service, h.SessionStart, h.Supplier, h.Nonce, h.Calls, h.PayloadHash,
			reqR, reqVS, r.ResponseHash, respR, respVS})
		if err != nil {
			t.Fatal(err)
		}
		got := r.Encode()
		if !bytes.Equal(got, want) {
			t.Fatalf("Encode() = %x\nabi.Pack = %x", got, want)
		}
		if app := r.AppendEncode([]byte{9}); app[0] != 9 || !bytes.Equal(app[1:], want) {
			t.Fatal("AppendEncode differs from Encode")
		}
		back, err := DecodeRelay(got)
		if err != nil {
			t.Fatal(err)
		}
		if back != r {
			t.Fatalf("DecodeRelay(Encode(r)) = %+v, want %+v", back, r)
		}
	}
}

func TestDecodeRelayRejects(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	good := signedRelay(t, d, knownHeader, 1, 2, []byte("ok")).Encode()
	for _, n := range []int{0, 383, 385, 768} {
		b := make([]byte, n)
		copy(b, good)
		if _, err := DecodeRelay(b); !errors.Is(err, ErrBadRelayRecord) || !strings.Contains(err.Error(), "want 384") {
			t.Errorf("%d bytes: DecodeRelay = %v", n, err)
		}
	}
	for _, c := range []struct {
		at    int
		field string
	}{{0, "application"}, {11, "application"}, {64, "sessionStart"}, {87, "sessionStart"}, {96, "supplier"}, {128, "nonce"}, {160, "calls"}, {187, "calls"}} {
		b := bytes.Clone(good)
		b[c.at] = 1
		if _, err := DecodeRelay(b); !errors.Is(err, ErrBadRelayRecord) || !strings.Contains(err.Error(), c.field) {
			t.Errorf("dirty byte %d: DecodeRelay = %v, want an error naming %s", c.at, err, c.field)
		}
	}
}

func TestSigners(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	rng := rand.New(rand.NewPCG(4, 4))
	for i := range 20 {
		r := signedRelay(t, d, randHeader(rng), i, i+100, []byte{byte(i)})
		decoded, err := DecodeRelay(r.Encode())
		if err != nil {
			t.Fatal(err)
		}
		req, sup, key, err := d.Signers(decoded)
		if err != nil {
			t.Fatal(err)
		}
		if req != crypto.PubkeyToAddress(testKey(t, i).PublicKey) || sup != crypto.PubkeyToAddress(testKey(t, i+100).PublicKey) {
			t.Fatalf("Signers = %s, %s", req, sup)
		}
		if key != d.RequestDigest(r.Header) || key != r.Key(d) {
			t.Fatal("Signers returns another key than RequestDigest")
		}
	}
	r := signedRelay(t, d, knownHeader, 1, 2, nil)
	bad := r
	bad.RequestSig = malleate(bad.RequestSig)
	if _, _, _, err := d.Signers(bad); !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), "request signature") {
		t.Errorf("malleated request signature: %v", err)
	}
	bad = r
	bad.ResponseSig[64] = 0
	if _, _, _, err := d.Signers(bad); !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), "response signature") {
		t.Errorf("bad response v: %v", err)
	}
}

func TestWeight(t *testing.T) {
	for _, c := range []struct {
		cu    uint64
		calls uint32
		want  uint64
		over  bool
	}{
		{1, 1, 1, false},
		{10, 0, 0, false},
		{0, 5, 0, false},
		{100, 32, 3200, false},
		{math.MaxUint64, 1, math.MaxUint64, false},
		{math.MaxUint64, 2, 0, true},
		{1 << 32, math.MaxUint32, (1 << 32) * math.MaxUint32, false},
		{1<<32 + 2, math.MaxUint32, 0, true},
		{math.MaxUint64 / math.MaxUint32, math.MaxUint32, math.MaxUint64, false},
		{math.MaxUint64/math.MaxUint32 + 1, math.MaxUint32, 0, true},
	} {
		r := Relay{Header: RelayHeader{Calls: c.calls}}
		got, err := r.Weight(c.cu)
		if c.over {
			if !errors.Is(err, ErrWeightOverflow) {
				t.Errorf("Weight(%d × %d) = %d, %v; want ErrWeightOverflow", c.cu, c.calls, got, err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("Weight(%d × %d) = %d, %v; want %d", c.cu, c.calls, got, err, c.want)
		}
	}
}

func TestRelayBudgetAndCost(t *testing.T) {
	p := validParams() // pendingSessions 3
	big2 := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 0); return v }
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, c := range []struct {
		stake     *big.Int
		suppliers int
		want      *big.Int
	}{
		{big.NewInt(2400), 8, big.NewInt(100)},
		{big.NewInt(2399), 8, big.NewInt(99)},
		{big.NewInt(23), 8, big.NewInt(0)},
		{big.NewInt(300), 1, big.NewInt(100)},
		{big.NewInt(300), 0, big.NewInt(0)},
		{big.NewInt(300), -1, big.NewInt(0)},
		{nil, 4, big.NewInt(0)},
		{big.NewInt(-5), 4, big.NewInt(0)},
		{max256, 32, new(big.Int).Div(max256, big.NewInt(96))},
		{big2("1000000000000000000000000"), 3, big2("111111111111111111111111")},
	} {
		if got := RelayBudget(c.stake, c.suppliers, p); got.Cmp(c.want) != 0 {
			t.Errorf("RelayBudget(%v, %d) = %v, want %v", c.stake, c.suppliers, got, c.want)
		}
	}
	for _, c := range []struct {
		cu    uint64
		calls uint32
		tpcu  *big.Int
		want  *big.Int
	}{
		{10, 3, big.NewInt(7), big.NewInt(210)},
		{10, 0, big.NewInt(7), big.NewInt(0)},
		{0, 3, big.NewInt(7), big.NewInt(0)},
		{10, 3, nil, big.NewInt(0)},
		{10, 3, big.NewInt(-1), big.NewInt(0)},
		{math.MaxUint64, math.MaxUint32, big.NewInt(1), new(big.Int).Mul(new(big.Int).SetUint64(math.MaxUint64), big.NewInt(math.MaxUint32))},
		{1, 1, max256, max256},
		{2, 1, max256, max256},
		{math.MaxUint64, math.MaxUint32, new(big.Int).Lsh(big.NewInt(1), 200), max256},
		{1, 1, new(big.Int).Lsh(big.NewInt(1), 200), new(big.Int).Lsh(big.NewInt(1), 200)},
	} {
		if got := RelayCost(c.cu, c.calls, c.tpcu); got.Cmp(c.want) != 0 {
			t.Errorf("RelayCost(%d, %d, %v) = %v, want %v", c.cu, c.calls, c.tpcu, got, c.want)
		}
	}
	// A capped cost exceeds every budget: pendingSessions is at least 2.
	tight := validParams()
	tight.BlocksPerSession, tight.GracePeriodBlocks, tight.ClaimWindowBlocks, tight.ProofWindowBlocks = 238, 0, 1, 1
	if PendingSessions(tight) != 2 || RelayBudget(max256, 1, tight).Cmp(max256) >= 0 {
		t.Error("a saturated cost does not exceed the largest budget")
	}
}
