package protocol

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSessionStart(t *testing.T) {
	cases := []struct{ h, e, n, want uint64 }{
		{0, 0, 1, 0},
		{0, 0, 10, 0},
		{9, 0, 10, 0},
		{10, 0, 10, 10},
		{123, 0, 10, 120},
		{100, 100, 7, 100}, // epoch start is a session start
		{106, 100, 7, 100},
		{107, 100, 7, 107},
		{1<<64 - 1, 0, 1, 1<<64 - 1},
		{1<<64 - 1, 5, 1 << 62, 5 + 3<<62},
	}
	for _, c := range cases {
		if got := SessionStart(c.h, c.e, c.n); got != c.want {
			t.Errorf("SessionStart(%d, %d, %d) = %d, want %d", c.h, c.e, c.n, got, c.want)
		}
	}
	for _, c := range []struct{ h, e, n uint64 }{{5, 0, 0}, {5, 6, 1}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("SessionStart(%d, %d, %d) did not panic", c.h, c.e, c.n)
				}
			}()
			SessionStart(c.h, c.e, c.n)
		}()
	}
}

func TestSessionID(t *testing.T) {
	app := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	seed := common.HexToHash("0x1234")
	got := SessionID(app, MustParseServiceID("eth"), 300, seed)
	// abi.encode(address, bytes32, uint256, bytes32), written out by hand.
	enc := slices.Concat(
		common.LeftPadBytes(app.Bytes(), 32),
		common.RightPadBytes([]byte("eth"), 32),
		common.LeftPadBytes([]byte{0x01, 0x2c}, 32),
		seed.Bytes(),
	)
	if want := crypto.Keccak256Hash(enc); got != want {
		t.Fatalf("SessionID = %s, want %s", got, want)
	}
	if SessionID(app, MustParseServiceID("eth"), 301, seed) == got {
		t.Fatal("SessionID ignores the start")
	}
}

func TestSelectIndicesProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 500; trial++ {
		var id common.Hash
		for i := range id {
			id[i] = byte(rng.UintN(256))
		}
		l, k := rng.IntN(120), 1+rng.IntN(40)
		got := SelectIndices(id, l, k)
		if len(got) != min(l, k) {
			t.Fatalf("len = %d, want %d", len(got), min(l, k))
		}
		seen := map[int]bool{}
		for _, p := range got {
			if p < 0 || p >= l || seen[p] {
				t.Fatalf("SelectIndices(%s, %d, %d) = %v: out of range or repeated", id, l, k, got)
			}
			seen[p] = true
		}
		if !slices.Equal(got, SelectIndices(id, l, k)) {
			t.Fatal("not deterministic")
		}
		if sparse := selectIndices(id, l, k, false); !slices.Equal(got, sparse) {
			t.Fatalf("dense %v != sparse %v", got, sparse)
		}
		// A smaller k picks a prefix of a larger k's picks.
		if k > 1 && !slices.Equal(SelectIndices(id, l, k-1), got[:min(l, k-1)]) {
			t.Fatal("picks are not prefix-stable in k")
		}
	}
	// Large candidate counts take the sparse path; compare with the dense one.
	id := crypto.Keccak256Hash([]byte("large"))
	for _, l := range []int{1025, 5000, 100_000} {
		if a, b := SelectIndices(id, l, 32), selectIndices(id, l, 32, true); !slices.Equal(a, b) {
			t.Fatalf("L=%d: sparse %v != dense %v", l, a, b)
		}
	}
	for _, c := range [][2]int{{0, 5}, {5, 0}, {-1, 3}, {3, -1}} {
		if got := SelectIndices(id, c[0], c[1]); got == nil || len(got) != 0 {
			t.Fatalf("SelectIndices(L=%d, k=%d) = %#v, want empty", c[0], c[1], got)
		}
	}
}

func TestSelectIndicesUniform(t *testing.T) {
	// Each of 10 candidates should be first pick about 1/10 of the time.
	const l, trials = 10, 20_000
	var counts [l]int
	for i := 0; i < trials; i++ {
		id := crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8), byte(i >> 16)})
		counts[SelectIndices(id, l, 1)[0]]++
	}
	for p, c := range counts {
		if c < trials/l*8/10 || c > trials/l*12/10 {
			t.Fatalf("candidate %d picked first %d times of %d: not uniform (%v)", p, c, trials, counts)
		}
	}
}

func TestSelectSuppliers(t *testing.T) {
	cands := make([]common.Address, 20)
	for i := range cands {
		cands[i] = common.BytesToAddress([]byte{byte(i + 1)})
	}
	id := crypto.Keccak256Hash([]byte("session"))
	idx := SelectIndices(id, len(cands), 5)
	got := SelectSuppliers(id, cands, 5)
	for i, p := range idx {
		if got[i] != cands[p] {
			t.Fatalf("supplier %d = %s, want candidates[%d] = %s", i, got[i], p, cands[p])
		}
	}
	if n := len(SelectSuppliers(id, nil, 5)); n != 0 {
		t.Fatalf("no candidates gave %d suppliers", n)
	}
}
