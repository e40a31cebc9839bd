package contracts_test

import (
	"math"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Cross-vectors: Go (internal/protocol) and Solidity (SessionMath through its harness)
// must agree on every generated input.

const vectorsPerKind = 1200

func deployHarness(t *testing.T) *bindings.SessionMathHarness {
	t.Helper()
	c := newTestChain(t, 1)
	_, tx, h, err := bindings.DeploySessionMathHarness(c.opts(0), c.client)
	c.do(tx, err)
	return h
}

func randHash(rng *rand.Rand) common.Hash {
	var h common.Hash
	for i := 0; i < len(h); i += 8 {
		v := rng.Uint64()
		for j := range 8 {
			h[i+j] = byte(v >> (8 * j))
		}
	}
	return h
}

func randAddress(rng *rand.Rand) common.Address {
	return common.BytesToAddress(randHash(rng).Bytes())
}

const serviceAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789._-"

func randServiceID(rng *rand.Rand) protocol.ServiceID {
	b := make([]byte, 1+rng.IntN(32))
	for i := range b {
		b[i] = serviceAlphabet[rng.IntN(len(serviceAlphabet))]
	}
	return protocol.MustParseServiceID(string(b))
}

// randHeightVector returns (height, epochStart, blocksPerSession) with height >= epochStart,
// biased towards 0, epoch starts and session edges.
func randHeightVector(rng *rand.Rand) (h, e, n uint64) {
	lengths := []uint64{1, 2, 3, 7, 10, 60, 240, 1 << 32, 1<<63 + 5, math.MaxUint64}
	if rng.IntN(3) == 0 {
		n = 1 + rng.Uint64N(1000)
	} else {
		n = lengths[rng.IntN(len(lengths))]
	}
	switch rng.IntN(4) {
	case 0:
		e = 0
	case 1:
		e = rng.Uint64N(10_000)
	default:
		e = rng.Uint64()
	}
	// at returns e + m*n + d when it fits in a uint64, else e.
	at := func(m, d uint64) uint64 {
		hi, off := bits.Mul64(m, n)
		off, c1 := bits.Add64(off, d, 0)
		sum, c2 := bits.Add64(e, off, 0)
		if hi != 0 || c1 != 0 || c2 != 0 {
			return e
		}
		return sum
	}
	switch rng.IntN(7) {
	case 0:
		h = e // epoch start (0 when e is 0)
	case 1:
		h = at(rng.Uint64N(5)+1, 0) - 1 // last block of a session
		if h < e {
			h = e
		}
	case 2:
		h = at(1+rng.Uint64N(5), 0) // first block of a later session
	case 3:
		h = at(0, rng.Uint64N(1000))
	case 4:
		h = math.MaxUint64
	default:
		if e < math.MaxUint64 {
			h = e + rng.Uint64N(math.MaxUint64-e) // in [e, MaxUint64)
		} else {
			h = e
		}
	}
	return h, e, n
}

func TestCrossSessionStart(t *testing.T) {
	harness := deployHarness(t)
	rng := rand.New(rand.NewPCG(1, 1))
	var hs, es, ns []uint64
	// Fixed edges first.
	for _, v := range [][3]uint64{{0, 0, 1}, {0, 0, 10}, {9, 0, 10}, {10, 0, 10}, {100, 100, 7}, {106, 100, 7}, {107, 100, 7}} {
		hs, es, ns = append(hs, v[0]), append(es, v[1]), append(ns, v[2])
	}
	for len(hs) < vectorsPerKind {
		h, e, n := randHeightVector(rng)
		hs, es, ns = append(hs, h), append(es, e), append(ns, n)
	}
	got, err := harness.SessionStartBatch(call(), hs, es, ns)
	if err != nil {
		t.Fatal(err)
	}
	for i := range hs {
		if want := protocol.SessionStart(hs[i], es[i], ns[i]); got[i] != want {
			t.Fatalf("sessionStart(%d, %d, %d): solidity %d, go %d", hs[i], es[i], ns[i], got[i], want)
		}
	}
}

func TestCrossSessionID(t *testing.T) {
	harness := deployHarness(t)
	rng := rand.New(rand.NewPCG(2, 2))
	apps := make([]common.Address, vectorsPerKind)
	services := make([][32]byte, vectorsPerKind)
	starts := make([]uint64, vectorsPerKind)
	seeds := make([][32]byte, vectorsPerKind)
	pool := make([]common.Address, 50) // repeated apps across services and starts
	for i := range pool {
		pool[i] = randAddress(rng)
	}
	for i := range apps {
		apps[i] = pool[rng.IntN(len(pool))]
		services[i] = randServiceID(rng)
		switch rng.IntN(3) {
		case 0:
			starts[i] = rng.Uint64N(1000) * 10
		case 1:
			starts[i] = rng.Uint64()
		}
		if starts[i] != 0 {
			seeds[i] = randHash(rng)
		}
	}
	got, err := harness.SessionIdBatch(call(), apps, services, starts, seeds)
	if err != nil {
		t.Fatal(err)
	}
	for i := range apps {
		want := protocol.SessionID(apps[i], services[i], starts[i], seeds[i])
		if got[i] != want {
			t.Fatalf("sessionId(%s, %s, %d, %x): solidity %x, go %s", apps[i],
				protocol.ServiceID(services[i]), starts[i], seeds[i], got[i], want)
		}
	}
}

func TestCrossSelectIndices(t *testing.T) {
	harness := deployHarness(t)
	rng := rand.New(rand.NewPCG(3, 3))
	var ids [][32]byte
	var ls, ks []*big.Int
	for len(ids) < vectorsPerKind {
		l := rng.IntN(101) // 0..100 candidates
		if len(ids)%100 == 0 {
			l = []int{1024, 1025, 5000, 1_000_000}[len(ids)/100%4] // both code paths
		}
		ids = append(ids, randHash(rng))
		ls = append(ls, big.NewInt(int64(l)))
		ks = append(ks, big.NewInt(int64(1+rng.IntN(32))))
	}
	const chunk = 200
	for from := 0; from < len(ids); from += chunk {
		to := min(from+chunk, len(ids))
		got, err := harness.SelectIndicesBatch(call(), ids[from:to], ls[from:to], ks[from:to])
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			v := from + i
			want := protocol.SelectIndices(ids[v], int(ls[v].Int64()), int(ks[v].Int64()))
			gotInts := make([]int, len(got[i]))
			for j, x := range got[i] {
				gotInts[j] = int(x.Int64())
			}
			if !slices.Equal(gotInts, want) {
				t.Fatalf("selectIndices(%x, %v, %v): solidity %v, go %v", ids[v], ls[v], ks[v], gotInts, want)
			}
		}
	}
}

func TestCrossSelectSuppliers(t *testing.T) {
	harness := deployHarness(t)
	rng := rand.New(rand.NewPCG(4, 4))
	var ids [][32]byte
	var cands [][]common.Address
	var ks []*big.Int
	for len(ids) < vectorsPerKind {
		list := make([]common.Address, rng.IntN(101))
		for i := range list {
			list[i] = randAddress(rng)
		}
		ids = append(ids, randHash(rng))
		cands = append(cands, list)
		ks = append(ks, big.NewInt(int64(1+rng.IntN(32))))
	}
	const chunk = 150
	for from := 0; from < len(ids); from += chunk {
		to := min(from+chunk, len(ids))
		got, err := harness.SelectSuppliersBatch(call(), ids[from:to], cands[from:to], ks[from:to])
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			v := from + i
			want := protocol.SelectSuppliers(ids[v], cands[v], int(ks[v].Int64()))
			if !slices.Equal(got[i], want) {
				t.Fatalf("selectSuppliers(%x, %d candidates, k=%v): solidity %v, go %v", ids[v], len(cands[v]), ks[v], got[i], want)
			}
		}
	}
}

func TestCrossPendingSessions(t *testing.T) {
	harness := deployHarness(t)
	rng := rand.New(rand.NewPCG(5, 5))
	var ns, gs, cs, ps []uint64
	for len(ns) < vectorsPerKind {
		n := 1 + rng.Uint64N(240)
		g := rng.Uint64N(241 - n)
		c := rng.Uint64N(241-n-g) + 1
		if n+g+c >= 240 {
			continue
		}
		p := 1 + rng.Uint64N(240-n-g-c)
		ns, gs, cs, ps = append(ns, n), append(gs, g), append(cs, c), append(ps, p)
	}
	got, err := harness.PendingSessionsBatch(call(), ns, gs, cs, ps)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ns {
		p := protocol.Params{BlocksPerSession: ns[i], GracePeriodBlocks: gs[i], ClaimWindowBlocks: cs[i], ProofWindowBlocks: ps[i]}
		if want := protocol.PendingSessions(p); got[i].Uint64() != want {
			t.Fatalf("pendingSessions(%d, %d, %d, %d): solidity %v, go %d", ns[i], gs[i], cs[i], ps[i], got[i], want)
		}
	}
}

func TestCrossServiceIDValidity(t *testing.T) {
	harness := deployHarness(t)
	rng := rand.New(rand.NewPCG(6, 6))
	var ids [][32]byte
	for len(ids) < vectorsPerKind {
		id := randServiceID(rng)
		switch rng.IntN(6) {
		case 0: // an arbitrary byte somewhere
			id[rng.IntN(32)] = byte(rng.IntN(256))
		case 1: // a byte after the padding
			id[31] = serviceAlphabet[rng.IntN(len(serviceAlphabet))]
			if rng.IntN(2) == 0 {
				id[rng.IntN(31)] = 0
			}
		case 2: // empty first byte
			id[0] = 0
		case 3: // upper case or punctuation just outside the alphabet
			id[0] = "AZ/:@[`{~ "[rng.IntN(10)]
		}
		ids = append(ids, id)
	}
	got, err := harness.IsValidServiceIdBatch(call(), ids)
	if err != nil {
		t.Fatal(err)
	}
	valid := 0
	for i, id := range ids {
		goErr := protocol.ServiceID(id).Validate()
		if got[i] != (goErr == nil) {
			t.Fatalf("isValidServiceId(%x): solidity %v, go %v", id, got[i], goErr)
		}
		if got[i] {
			valid++
		}
	}
	if valid < len(ids)/4 || valid > len(ids)*3/4 {
		t.Fatalf("vectors are unbalanced: %d of %d valid", valid, len(ids))
	}
}
