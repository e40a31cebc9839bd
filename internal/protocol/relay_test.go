package protocol

import (
	"bytes"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var testRegistry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

func randBytes(rng *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
}

func randHeader(rng *rand.Rand) RelayHeader {
	var h RelayHeader
	randBytes(rng, h.Application[:])
	randBytes(rng, h.Service[:])
	randBytes(rng, h.Supplier[:])
	randBytes(rng, h.PayloadHash[:])
	h.SessionStart, h.Nonce, h.Calls = rng.Uint64(), rng.Uint64(), rng.Uint32()
	switch rng.IntN(4) {
	case 0:
		h.SessionStart, h.Nonce, h.Calls = 0, 0, 1
	case 1:
		h.SessionStart, h.Nonce, h.Calls = math.MaxUint64, math.MaxUint64, math.MaxUint32
	}
	return h
}

// typedData is the EIP-712 message of h in go-ethereum's signer implementation, an
// independent encoder to check ours against.
func typedData(chainID uint64, registry common.Address, h RelayHeader) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
			"RelayRequest": {
				{Name: "application", Type: "address"},
				{Name: "service", Type: "bytes32"},
				{Name: "sessionStart", Type: "uint64"},
				{Name: "supplier", Type: "address"},
				{Name: "nonce", Type: "uint64"},
				{Name: "calls", Type: "uint32"},
				{Name: "payloadHash", Type: "bytes32"},
			},
			"RelayResponse": {
				{Name: "requestDigest", Type: "bytes32"},
				{Name: "responseHash", Type: "bytes32"},
			},
		},
		PrimaryType: "RelayRequest",
		Domain: apitypes.TypedDataDomain{
			Name:              DomainName,
			Version:           DomainVersion,
			ChainId:           (*gmath.HexOrDecimal256)(new(big.Int).SetUint64(chainID)),
			VerifyingContract: registry.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"application":  h.Application.Hex(),
			"service":      h.Service[:],
			"sessionStart": new(big.Int).SetUint64(h.SessionStart),
			"supplier":     h.Supplier.Hex(),
			"nonce":        new(big.Int).SetUint64(h.Nonce),
			"calls":        new(big.Int).SetUint64(uint64(h.Calls)),
			"payloadHash":  h.PayloadHash[:],
		},
	}
}

func TestTypeStringsMatchEIP712Encoding(t *testing.T) {
	td := typedData(1, testRegistry, RelayHeader{})
	for name, want := range map[string]string{
		"EIP712Domain":  EIP712DomainType,
		"RelayRequest":  RelayRequestType,
		"RelayResponse": RelayResponseType,
	} {
		if got := string(td.EncodeType(name)); got != want {
			t.Errorf("%s type = %q, want %q", name, got, want)
		}
	}
}

func TestDigestsMatchGethTypedData(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 200 {
		chainID := []uint64{1, 1337, math.MaxUint64, rng.Uint64()}[i%4]
		var registry common.Address
		randBytes(rng, registry[:])
		h := randHeader(rng)
		d := NewDomain(chainID, registry)
		td := typedData(chainID, registry, h)

		sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(sep, d.Separator().Bytes()) {
			t.Fatalf("separator %x, geth %x", d.Separator(), sep)
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		req := d.RequestDigest(h)
		if !bytes.Equal(want, req[:]) {
			t.Fatalf("vector %d: RequestDigest %x, geth %x", i, req, want)
		}

		var respHash common.Hash
		randBytes(rng, respHash[:])
		td.PrimaryType = "RelayResponse"
		td.Message = apitypes.TypedDataMessage{"requestDigest": req[:], "responseHash": respHash[:]}
		want, _, err = apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.ResponseDigest(req, respHash); !bytes.Equal(want, got[:]) {
			t.Fatalf("vector %d: ResponseDigest %x, geth %x", i, got, want)
		}
	}
}

// knownHeader is the header of the known-answer vectors below.
var knownHeader = RelayHeader{
	Application:  common.HexToAddress("0x00000000000000000000000000000000000000a1"),
	Service:      MustParseServiceID("eth"),
	SessionStart: 120,
	Supplier:     common.HexToAddress("0x00000000000000000000000000000000000000b2"),
	Nonce:        7,
	Calls:        1,
	PayloadHash:  PayloadHash("POST", "/", []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)),
}

// TestKnownAnswers pins the digests of one relay (checked against geth's EIP-712 encoder
// above and the Solidity RelayLib in contracts/), so that a change of encoding shows.
func TestKnownAnswers(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	for _, c := range []struct {
		name string
		got  common.Hash
		want string
	}{
		{"request type hash", requestTypeHash, "0xbefe2420d6b6adbf63a6bbcc5d60745471b37b0f232a07df77245659ca372e3f"},
		{"response type hash", responseTypeHash, "0xdcbb2809f531538b97257809df39001e2fd59c925489f49d8719ffeefaa68f63"},
		{"separator", d.Separator(), "0x428f02854e280b2f2957216c995a92bef1d9b1b2a65a100a0e25273776425f3a"},
		{"payload hash", knownHeader.PayloadHash, "0x5050a2146ec8703ef73696b8474a73c587c16b43f481e7759eb0f33834187eb5"},
		{"request digest", d.RequestDigest(knownHeader), "0xd8c3a34857818207f45f17742265216303588b03c8fee7b90404195dfa73c345"},
		{"response digest", d.ResponseDigest(d.RequestDigest(knownHeader), ResponseHash([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x10"}`))), "0x4d39c08625f12b61b904ed50cc347a10268cab9a6a27bedc6be1e172de2687f2"},
	} {
		if c.got.Hex() != c.want {
			t.Errorf("%s = %s, want %s", c.name, c.got.Hex(), c.want)
		}
	}
}

func TestRequestDigestCoversEveryField(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	base := d.RequestDigest(knownHeader)
	edits := map[string]func(*RelayHeader){
		"application":  func(h *RelayHeader) { h.Application[19] ^= 1 },
		"service":      func(h *RelayHeader) { h.Service[31] ^= 1 },
		"sessionStart": func(h *RelayHeader) { h.SessionStart++ },
		"supplier":     func(h *RelayHeader) { h.Supplier[0] ^= 1 },
		"nonce":        func(h *RelayHeader) { h.Nonce++ },
		"calls":        func(h *RelayHeader) { h.Calls++ },
		"payloadHash":  func(h *RelayHeader) { h.PayloadHash[5] ^= 1 },
	}
	for name, edit := range edits {
		h := knownHeader
		edit(&h)
		if d.RequestDigest(h) == base {
			t.Errorf("changing %s does not change the request digest", name)
		}
	}
	if NewDomain(1338, testRegistry).RequestDigest(knownHeader) == base {
		t.Error("the chain id does not change the request digest")
	}
	if NewDomain(1337, common.Address{1}).RequestDigest(knownHeader) == base {
		t.Error("the registry does not change the request digest")
	}
	// The buffers are reused: a digest must not depend on the previous call's inputs.
	_ = d.ResponseDigest(common.Hash{0xff}, common.Hash{0xee})
	if d.RequestDigest(knownHeader) != base {
		t.Error("RequestDigest depends on an earlier call")
	}
}

func TestDomainAccessors(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	if d.ChainID() != 1337 || d.Registry() != testRegistry {
		t.Fatalf("Domain = (%d, %s)", d.ChainID(), d.Registry())
	}
}

func TestDigestsAllocateNothing(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	h := knownHeader
	body := []byte(strings.Repeat("x", 1000))
	var sink common.Hash
	for name, f := range map[string]func(){
		"RequestDigest":  func() { sink = d.RequestDigest(h) },
		"ResponseDigest": func() { sink = d.ResponseDigest(sink, h.PayloadHash) },
		"PayloadHash":    func() { sink = PayloadHash("POST", "/v1/chat/completions?stream=true", body) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %.1f times per call, want 0", name, n)
		}
	}
}

func TestPayloadHash(t *testing.T) {
	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)
	long := strings.Repeat("/segment", 40) + "?q=" + strings.Repeat("v", 100)
	for _, c := range []struct{ method, target string }{
		{"POST", "/"}, {"GET", "/v1/models?limit=2"}, {"WS", "/"}, {"RECEIPT", "/"}, {"", ""},
		{strings.Repeat("M", 100), long},
	} {
		want := crypto.Keccak256Hash([]byte(c.method + "\n" + c.target + "\n" + string(body)))
		if got := PayloadHash(c.method, c.target, body); got != want {
			t.Errorf("PayloadHash(%q, %q) = %s, want %s", c.method, c.target, got, want)
		}
	}
	if PayloadHash("POST", "/", nil) != crypto.Keccak256Hash([]byte("POST\n/\n")) {
		t.Error("PayloadHash with an empty body")
	}
}

func TestResponseHasher(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	body := make([]byte, 10_000)
	randBytes(rng, body)
	var zero ResponseHasher
	if zero.Sum() != ResponseHash(nil) {
		t.Fatal("zero ResponseHasher does not hash the empty body")
	}
	var h ResponseHasher
	for rest := body; len(rest) > 0; {
		n := min(len(rest), 1+rng.IntN(700))
		if _, err := h.Write(rest[:n]); err != nil {
			t.Fatal(err)
		}
		rest = rest[n:]
		if got, want := h.Sum(), ResponseHash(body[:len(body)-len(rest)]); got != want {
			t.Fatalf("Sum after %d bytes = %s, want %s", len(body)-len(rest), got, want)
		}
	}
	if h.Sum() != crypto.Keccak256Hash(body) {
		t.Fatal("streamed hash differs from keccak256 of the body")
	}
	h.Reset()
	h.Write([]byte("abc"))
	if h.Sum() != ResponseHash([]byte("abc")) {
		t.Fatal("Reset does not start a new body")
	}
}
