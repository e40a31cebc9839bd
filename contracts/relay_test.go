package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Cross-vectors for relays: Go (internal/protocol) and Solidity (RelayLib through
// RelayHarness, the budget math through SessionMathHarness) must agree on every generated
// input.

const relayChunk = 300 // vectors per eth_call

func deployRelayHarness(t *testing.T) (*testChain, *bindings.RelayHarness) {
	t.Helper()
	c := newTestChain(t, 1)
	_, tx, h, err := bindings.DeployRelayHarness(c.opts(0), c.client)
	c.do(tx, err)
	return c, h
}

func toRecord(r protocol.Relay) bindings.RelayLibRelayRecord {
	h := r.Header
	reqR, reqVS := r.RequestSig.Compact()
	respR, respVS := r.ResponseSig.Compact()
	return bindings.RelayLibRelayRecord{
		Application: h.Application, Service: h.Service, SessionStart: h.SessionStart, Supplier: h.Supplier,
		Nonce: h.Nonce, Calls: h.Calls, PayloadHash: h.PayloadHash,
		RequestR: reqR, RequestVS: reqVS, ResponseHash: r.ResponseHash, ResponseR: respR, ResponseVS: respVS,
	}
}

// relayVector is a relay signed in Go and who signed it.
type relayVector struct {
	relay               protocol.Relay
	requester, supplier common.Address
}

func relayKeys(t *testing.T, n int) []*ecdsa.PrivateKey {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("relay vector key %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	return keys
}

// randRelayHeader draws a header with edge values mixed in.
func randRelayHeader(rng *rand.Rand) protocol.RelayHeader {
	h := protocol.RelayHeader{
		Application:  randAddress(rng),
		Service:      randServiceID(rng),
		SessionStart: rng.Uint64(),
		Supplier:     randAddress(rng),
		Nonce:        rng.Uint64(),
		Calls:        1 + rng.Uint32N(100),
		PayloadHash:  randHash(rng),
	}
	switch rng.IntN(6) {
	case 0:
		h.SessionStart, h.Nonce, h.Calls = 0, 0, 1
	case 1:
		h.SessionStart, h.Nonce, h.Calls = math.MaxUint64, math.MaxUint64, math.MaxUint32
	case 2:
		h.Service = protocol.ServiceID(randHash(rng)) // the digest does not care whether the id is valid
		h.Calls = rng.Uint32()
	case 3:
		h.Application, h.Supplier = common.Address{}, common.MaxAddress
	}
	return h
}

func genRelayVectors(t *testing.T, d protocol.Domain, n int) []relayVector {
	t.Helper()
	rng := rand.New(rand.NewPCG(40, 40))
	keys := relayKeys(t, 64)
	out := make([]relayVector, n)
	for i := range out {
		reqKey, supKey := keys[rng.IntN(len(keys))], keys[rng.IntN(len(keys))]
		r := protocol.Relay{Header: randRelayHeader(rng), ResponseHash: randHash(rng)}
		if i%7 == 0 {
			r.ResponseHash = protocol.ResponseHash(nil)
		}
		key := d.RequestDigest(r.Header)
		var err error
		if r.RequestSig, err = protocol.Sign(key, reqKey); err != nil {
			t.Fatal(err)
		}
		if r.ResponseSig, err = protocol.Sign(d.ResponseDigest(key, r.ResponseHash), supKey); err != nil {
			t.Fatal(err)
		}
		out[i] = relayVector{r, crypto.PubkeyToAddress(reqKey.PublicKey), crypto.PubkeyToAddress(supKey.PublicKey)}
	}
	return out
}

func TestCrossRelayDomainSeparator(t *testing.T) {
	e := newRegistryEnv(t, 1, testParams())
	_, tx, harness, err := bindings.DeployRelayHarness(e.opts(0), e.client)
	e.do(tx, err)
	id, err := e.client.ChainID(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := protocol.NewDomain(id.Uint64(), e.regAddr).Separator()
	got, err := e.reg.DOMAINSEPARATOR(call())
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("Registry.DOMAIN_SEPARATOR() = %x, Go Domain.Separator() = %s", got, want)
	}
	rng := rand.New(rand.NewPCG(41, 41))
	for i := range 50 {
		chain := []uint64{id.Uint64(), 1, 0, math.MaxUint64, rng.Uint64()}[i%5]
		reg := randAddress(rng)
		if i == 0 {
			reg = e.regAddr
		}
		got, err := harness.DomainSeparator(call(), new(big.Int).SetUint64(chain), reg)
		if err != nil {
			t.Fatal(err)
		}
		if want := protocol.NewDomain(chain, reg).Separator(); got != want {
			t.Fatalf("domainSeparator(%d, %s): solidity %x, go %s", chain, reg, got, want)
		}
	}
}

func TestCrossRelayVectors(t *testing.T) {
	_, harness := deployRelayHarness(t)
	d := protocol.NewDomain(chainID, common.HexToAddress("0x00000000000000000000000000000000000abcde"))
	sep := [32]byte(d.Separator())
	vectors := genRelayVectors(t, d, vectorsPerKind)
	for from := 0; from < len(vectors); from += relayChunk {
		vs := vectors[from:min(from+relayChunk, len(vectors))]
		records := make([]bindings.RelayLibRelayRecord, len(vs))
		encoded := make([][]byte, len(vs))
		reqDigests := make([][32]byte, len(vs))
		respHashes := make([][32]byte, len(vs))
		for i, v := range vs {
			records[i] = toRecord(v.relay)
			encoded[i] = v.relay.Encode()
			reqDigests[i] = d.RequestDigest(v.relay.Header)
			respHashes[i] = v.relay.ResponseHash
		}

		gotReq, err := harness.RequestDigestBatch(call(), sep, records)
		if err != nil {
			t.Fatal(err)
		}
		gotResp, err := harness.ResponseDigestBatch(call(), sep, reqDigests, respHashes)
		if err != nil {
			t.Fatal(err)
		}
		signers, err := harness.RecoverSignersBatch(call(), sep, records)
		if err != nil {
			t.Fatal(err)
		}
		gotEnc, err := harness.EncodeBatch(call(), records)
		if err != nil {
			t.Fatal(err)
		}
		decoded, err := harness.DecodeBatch(call(), encoded)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range vs {
			n := from + i
			if gotReq[i] != reqDigests[i] {
				t.Fatalf("vector %d: requestDigest solidity %x, go %x", n, gotReq[i], reqDigests[i])
			}
			if want := d.ResponseDigest(reqDigests[i], respHashes[i]); gotResp[i] != want {
				t.Fatalf("vector %d: responseDigest solidity %x, go %s", n, gotResp[i], want)
			}
			if signers.Requesters[i] != v.requester || signers.Suppliers[i] != v.supplier {
				t.Fatalf("vector %d: solidity recovers (%s, %s), signed by (%s, %s)", n,
					signers.Requesters[i], signers.Suppliers[i], v.requester, v.supplier)
			}
			if !bytes.Equal(gotEnc[i], encoded[i]) {
				t.Fatalf("vector %d: abi.encode %x\nGo Encode %x", n, gotEnc[i], encoded[i])
			}
			if decoded[i] != records[i] {
				t.Fatalf("vector %d: solidity decodes Go's bytes to %+v, want %+v", n, decoded[i], records[i])
			}
			back, err := protocol.DecodeRelay(gotEnc[i])
			if err != nil || back != v.relay {
				t.Fatalf("vector %d: Go decodes solidity's bytes to %+v, %v", n, back, err)
			}
			req, sup, _, err := d.Signers(back)
			if err != nil || req != v.requester || sup != v.supplier {
				t.Fatalf("vector %d: Go recovers (%s, %s), %v", n, req, sup, err)
			}
		}
	}
}

// TestCrossRelayRandomSignatures feeds both sides compact signatures of random bytes: they
// must agree on which are rejected and on the address the others recover to.
func TestCrossRelayRandomSignatures(t *testing.T) {
	_, harness := deployRelayHarness(t)
	d := protocol.NewDomain(chainID, common.HexToAddress("0x1"))
	rng := rand.New(rand.NewPCG(42, 42))
	halfN := new(big.Int).Rsh(crypto.S256().Params().N, 1)
	rejected := 0
	for i := range 120 {
		rec := toRecord(protocol.Relay{Header: randRelayHeader(rng), ResponseHash: randHash(rng)})
		rec.RequestR, rec.RequestVS = randHash(rng), randHash(rng)
		rec.ResponseR, rec.ResponseVS = randHash(rng), randHash(rng)
		switch i % 6 { // steer some into the rejection rules
		case 1:
			rec.RequestR = [32]byte{}
		case 2:
			s := new(big.Int).Add(halfN, big.NewInt(int64(1+rng.IntN(1000))))
			s.FillBytes(rec.RequestVS[:]) // high s, top bit clear
		case 3:
			copy(rec.RequestR[:], common.FromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")) // r = n
		case 4:
			rec.ResponseVS = [32]byte{0x80} // s = 0, v = 28
		}
		relay, err := protocol.DecodeRelay(mustEncodeRecord(t, harness, rec))
		if err != nil {
			t.Fatal(err)
		}
		goReq, goSup, _, goErr := d.Signers(relay)
		sol, solErr := harness.RecoverSigners(call(), [32]byte(d.Separator()), rec)
		if (goErr == nil) != (solErr == nil) {
			t.Fatalf("vector %d: go error %v, solidity error %v", i, goErr, solErr)
		}
		if goErr != nil {
			rejected++
			if !errors.Is(goErr, protocol.ErrBadSignature) {
				t.Fatalf("vector %d: go error %v", i, goErr)
			}
			continue
		}
		if sol.Requester != goReq || sol.Supplier != goSup {
			t.Fatalf("vector %d: solidity (%s, %s), go (%s, %s)", i, sol.Requester, sol.Supplier, goReq, goSup)
		}
	}
	if rejected < 60 {
		t.Fatalf("only %d of 120 random signatures rejected; the steered cases should be", rejected)
	}
}

func mustEncodeRecord(t *testing.T, h *bindings.RelayHarness, rec bindings.RelayLibRelayRecord) []byte {
	t.Helper()
	out, err := h.EncodeBatch(call(), []bindings.RelayLibRelayRecord{rec})
	if err != nil {
		t.Fatal(err)
	}
	return out[0]
}

// TestCrossRelayRejections checks that high-s, bad-v and out-of-range signatures and
// malformed records are refused by both sides.
func TestCrossRelayRejections(t *testing.T) {
	_, harness := deployRelayHarness(t)
	harnessABI := mustABI(t, bindings.RelayHarnessMetaData)
	d := protocol.NewDomain(chainID, common.HexToAddress("0x2"))
	v := genRelayVectors(t, d, 1)[0]
	key := d.RequestDigest(v.relay.Header)
	good := v.relay.RequestSig

	n := crypto.S256().Params().N
	high := good
	new(big.Int).Sub(n, new(big.Int).SetBytes(good[32:64])).FillBytes(high[32:64])
	high[64] ^= 27 ^ 28
	withV := func(v byte) protocol.Signature { s := good; s[64] = v; return s }
	zeroR := good
	clear(zeroR[:32])

	const (
		ozNoError = iota
		ozInvalidSignature
		ozInvalidLength
		ozInvalidS
	)
	for _, c := range []struct {
		name string
		sig  protocol.Signature
		oz   uint8
	}{
		{"valid", good, ozNoError},
		{"high s", high, ozInvalidS},
		{"v 0", withV(0), ozInvalidSignature},
		{"v 1", withV(1), ozInvalidSignature},
		{"v 29", withV(29), ozInvalidSignature},
		{"r 0", zeroR, ozInvalidSignature},
	} {
		addr, ozErr, err := harness.TryRecover65(call(), key, c.sig[:])
		if err != nil {
			t.Fatal(err)
		}
		goAddr, goErr := protocol.Recover(key, c.sig)
		if ozErr != c.oz {
			t.Errorf("%s: OpenZeppelin RecoverError %d, want %d", c.name, ozErr, c.oz)
		}
		if c.oz == ozNoError {
			if goErr != nil || goAddr != v.requester || addr != v.requester {
				t.Errorf("%s: go %s %v, solidity %s", c.name, goAddr, goErr, addr)
			}
		} else if !errors.Is(goErr, protocol.ErrBadSignature) {
			t.Errorf("%s: Go Recover = %s, %v; want ErrBadSignature", c.name, goAddr, goErr)
		}
	}

	// Through RelayLib: a record whose request s is above n/2 (top bit clear, so the compact
	// form carries it) reverts ECDSAInvalidSignatureS.
	rec := toRecord(v.relay)
	new(big.Int).Add(new(big.Int).Rsh(n, 1), big.NewInt(1)).FillBytes(rec.RequestVS[:])
	_, err := harness.RecoverSigners(call(), [32]byte(d.Separator()), rec)
	if name, _, derr := revertOf(err, harnessABI); derr != nil || name != "ECDSAInvalidSignatureS" {
		t.Errorf("high-s record: solidity %s %v, want ECDSAInvalidSignatureS", name, derr)
	}
	relay, err := protocol.DecodeRelay(mustEncodeRecord(t, harness, rec))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := d.Signers(relay); !errors.Is(err, protocol.ErrBadSignature) {
		t.Errorf("high-s record: Go Signers = %v, want ErrBadSignature", err)
	}
	// The high-s twin in compact form collides with the parity bit: it recovers someone else
	// (or nobody) on both sides.
	r, vs := high.Compact()
	rec = toRecord(v.relay)
	rec.RequestR, rec.RequestVS = r, vs
	sol, solErr := harness.RecoverSigners(call(), [32]byte(d.Separator()), rec)
	relay, _ = protocol.DecodeRelay(mustEncodeRecord(t, harness, rec))
	goReq, _, _, goErr := d.Signers(relay)
	if (solErr == nil) != (goErr == nil) || (solErr == nil && (sol.Requester != goReq || goReq == v.requester)) {
		t.Errorf("compact high-s twin: solidity %s %v, go %s %v", sol.Requester, solErr, goReq, goErr)
	}

	// Records: wrong lengths and dirty padding.
	enc := v.relay.Encode()
	for _, b := range [][]byte{enc[:383], append(bytes.Clone(enc), 0), nil} {
		_, err := harness.Decode(call(), b)
		if name, _, derr := revertOf(err, harnessABI); derr != nil || name != "InvalidRelayRecordLength" {
			t.Errorf("%d-byte record: solidity %s %v, want InvalidRelayRecordLength", len(b), name, derr)
		}
		if _, err := protocol.DecodeRelay(b); !errors.Is(err, protocol.ErrBadRelayRecord) {
			t.Errorf("%d-byte record: Go %v", len(b), err)
		}
	}
	for _, at := range []int{0, 11, 64, 87, 96, 107, 128, 151, 160, 187} {
		b := bytes.Clone(enc)
		b[at] = 0x01
		if _, err := harness.Decode(call(), b); err == nil {
			t.Errorf("dirty byte %d: solidity decodes", at)
		}
		if _, err := protocol.DecodeRelay(b); !errors.Is(err, protocol.ErrBadRelayRecord) {
			t.Errorf("dirty byte %d: Go %v", at, err)
		}
	}
	for _, at := range []int{12, 32, 88, 108, 152, 188, 192, 383} {
		b := bytes.Clone(enc)
		b[at] ^= 0xff
		got, err := harness.Decode(call(), b)
		back, gerr := protocol.DecodeRelay(b)
		if err != nil || gerr != nil || got != toRecord(back) {
			t.Errorf("value byte %d: solidity %+v %v, go %+v %v", at, got, err, back, gerr)
		}
	}
}

func TestCrossRelayWeight(t *testing.T) {
	_, harness := deployRelayHarness(t)
	rng := rand.New(rand.NewPCG(43, 43))
	cus := []uint64{0, 1, 1, math.MaxUint64, math.MaxUint64, 1 << 32, 1<<32 + 2, math.MaxUint64 / math.MaxUint32, math.MaxUint64/math.MaxUint32 + 1}
	calls := []uint32{1, 0, math.MaxUint32, 1, 2, math.MaxUint32, math.MaxUint32, math.MaxUint32, math.MaxUint32}
	for len(cus) < vectorsPerKind {
		var cu uint64
		switch rng.IntN(3) {
		case 0:
			cu = 1 + rng.Uint64N(1000)
		case 1:
			cu = rng.Uint64() >> rng.UintN(64)
		default:
			cu = rng.Uint64()
		}
		cus = append(cus, cu)
		calls = append(calls, []uint32{1, 1 + rng.Uint32N(100), rng.Uint32()}[rng.IntN(3)])
	}
	overflows := 0
	for from := 0; from < len(cus); from += relayChunk {
		to := min(from+relayChunk, len(cus))
		got, err := harness.WeightBatch(call(), cus[from:to], calls[from:to])
		if err != nil {
			t.Fatal(err)
		}
		for i := range got.Ok {
			n := from + i
			w, err := protocol.RelayHeader{Calls: calls[n]}.Weight(cus[n])
			if got.Ok[i] != (err == nil) || got.Out[i] != w {
				t.Fatalf("weight(%d, %d): solidity (%v, %d), go (%d, %v)", cus[n], calls[n], got.Ok[i], got.Out[i], w, err)
			}
			if err != nil {
				overflows++
			}
		}
	}
	if overflows < 10 {
		t.Fatalf("only %d overflowing vectors", overflows)
	}
	_, err := harness.Weight(call(), math.MaxUint64, 2)
	if name, args, derr := revertOf(err, mustABI(t, bindings.RelayHarnessMetaData)); derr != nil || name != "WeightOverflow" {
		t.Fatalf("weight overflow: %s%v %v, want WeightOverflow", name, args, derr)
	}
}

// randParams returns valid session parameters (only the block counts matter here).
func randParams(rng *rand.Rand) protocol.Params {
	p := testParams()
	switch rng.IntN(4) {
	case 0: // the tightest: pendingSessions 2
		p.BlocksPerSession, p.GracePeriodBlocks, p.ClaimWindowBlocks, p.ProofWindowBlocks = 238, 0, 1, 1
	case 1: // the loosest: N 1, pendingSessions 240
		p.BlocksPerSession, p.GracePeriodBlocks, p.ClaimWindowBlocks, p.ProofWindowBlocks = 1, 237, 1, 1
	default:
		p.BlocksPerSession = 1 + rng.Uint64N(200)
		left := protocol.MaxSessionAndWindowBlocks - p.BlocksPerSession // ≥ 40
		p.ClaimWindowBlocks = 1 + rng.Uint64N(left/3)
		p.ProofWindowBlocks = 1 + rng.Uint64N(left/3)
		p.GracePeriodBlocks = rng.Uint64N(left/3 + 1)
	}
	p.UnbondingBlocks = 240
	return p
}

func randUint256(rng *rand.Rand) *big.Int {
	h := randHash(rng)
	v := new(big.Int).SetBytes(h[:])
	return v.Rsh(v, rng.UintN(256))
}

func TestCrossRelayBudgetAndCost(t *testing.T) {
	harness := deployHarness(t)
	rng := rand.New(rand.NewPCG(44, 44))
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

	// Budgets.
	var stakes, suppliers []*big.Int
	var params []protocol.Params
	var blocks [][4]uint64
	for len(stakes) < vectorsPerKind {
		var stake *big.Int
		switch rng.IntN(5) {
		case 0:
			stake = []*big.Int{big.NewInt(0), big.NewInt(1), max256, new(big.Int).Lsh(big.NewInt(1), 255)}[rng.IntN(4)]
		case 1:
			stake = big.NewInt(rng.Int64N(10_000))
		default:
			stake = randUint256(rng)
		}
		k := []int{1, 32, 0, 1 + rng.IntN(32), 1 + rng.IntN(32)}[rng.IntN(5)]
		p := randParams(rng)
		if err := p.Validate(); err != nil {
			t.Fatal(err)
		}
		stakes, suppliers, params = append(stakes, stake), append(suppliers, big.NewInt(int64(k))), append(params, p)
		blocks = append(blocks, [4]uint64{p.BlocksPerSession, p.GracePeriodBlocks, p.ClaimWindowBlocks, p.ProofWindowBlocks})
	}
	for from := 0; from < len(stakes); from += relayChunk {
		to := min(from+relayChunk, len(stakes))
		got, err := harness.RelayBudgetBatch(call(), stakes[from:to], suppliers[from:to], blocks[from:to])
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			n := from + i
			want := protocol.RelayBudget(stakes[n], int(suppliers[n].Int64()), params[n])
			if got[i].Cmp(want) != 0 {
				t.Fatalf("relayBudget(%v, %v, %v): solidity %v, go %v", stakes[n], suppliers[n], blocks[n], got[i], want)
			}
		}
	}

	// Costs.
	var cus []uint64
	var calls []uint32
	var tpcus []*big.Int
	near200 := new(big.Int).Lsh(big.NewInt(1), 200)
	for len(cus) < vectorsPerKind {
		cu := []uint64{0, 1, math.MaxUint64, 1 + rng.Uint64N(1000), rng.Uint64()}[rng.IntN(5)]
		c := []uint32{0, 1, math.MaxUint32, 1 + rng.Uint32N(100)}[rng.IntN(4)]
		var tpcu *big.Int
		switch rng.IntN(5) {
		case 0:
			tpcu = []*big.Int{big.NewInt(0), big.NewInt(1), max256}[rng.IntN(3)]
		case 1: // near 2^200: costs around 2^256 saturate or not
			tpcu = new(big.Int).Add(near200, big.NewInt(rng.Int64N(2001)-1000))
		case 2:
			tpcu = new(big.Int).Rsh(randUint256(rng), 0)
			tpcu.SetBit(tpcu, 199+rng.IntN(3), 1)
		default:
			tpcu = randUint256(rng)
		}
		cus, calls, tpcus = append(cus, cu), append(calls, c), append(tpcus, tpcu)
	}
	saturated := 0
	for from := 0; from < len(cus); from += relayChunk {
		to := min(from+relayChunk, len(cus))
		got, err := harness.RelayCostBatch(call(), cus[from:to], calls[from:to], tpcus[from:to])
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			n := from + i
			want := protocol.RelayCost(cus[n], calls[n], tpcus[n])
			if got[i].Cmp(want) != 0 {
				t.Fatalf("relayCost(%d, %d, %v): solidity %v, go %v", cus[n], calls[n], tpcus[n], got[i], want)
			}
			if want.Cmp(max256) == 0 {
				saturated++
			}
		}
	}
	if saturated < 50 {
		t.Fatalf("only %d saturated costs among the vectors", saturated)
	}
}

// TestRelayRecoverGas reports what a verifier pays to decode a record and recover both
// signers.
func TestRelayRecoverGas(t *testing.T) {
	_, harness := deployRelayHarness(t)
	d := protocol.NewDomain(chainID, common.HexToAddress("0x3"))
	v := genRelayVectors(t, d, 1)[0]
	got, err := harness.MeasureRecover(call(), [32]byte(d.Separator()), v.relay.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.Requester != v.requester || got.Supplier != v.supplier {
		t.Fatalf("measureRecover recovers (%s, %s)", got.Requester, got.Supplier)
	}
	t.Logf("gas: decode %v, request digest + recover %v, response digest + recover %v",
		got.DecodeGas, got.RequestGas, got.ResponseGas)
	for _, g := range []*big.Int{got.RequestGas, got.ResponseGas} {
		if g.Uint64() > 10_000 {
			t.Errorf("a digest + recover costs %v gas, want ≤ 10,000", g)
		}
	}
}
