package protocol

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestReward(t *testing.T) {
	half := new(big.Int).Lsh(big.NewInt(1), 255)
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	for _, c := range []struct {
		name              string
		sum               uint64
		tpcu, target, bgt *big.Int
		want              *big.Int
	}{
		{"every relay mined", 7, big.NewInt(3), maxUint256, big.NewInt(100), big.NewInt(21)},
		{"half mined: 2x, rounded down", 7, big.NewInt(3), half, big.NewInt(100), big.NewInt(41)},
		{"budget cap", 7, big.NewInt(3), half, big.NewInt(40), big.NewInt(40)},
		{"product beyond 2^256", math.MaxUint64, huge, big.NewInt(1), maxUint256, maxUint256},
		{"zero target gives the budget", 1, big.NewInt(1), big.NewInt(0), big.NewInt(5), big.NewInt(5)},
		{"nil budget", 1, big.NewInt(1), maxUint256, nil, big.NewInt(0)},
		{"nil price", 1, nil, maxUint256, big.NewInt(5), big.NewInt(0)},
	} {
		if got := Reward(c.sum, c.tpcu, c.target, c.bgt); got.Cmp(c.want) != 0 {
			t.Errorf("%s: Reward = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSlashAmount(t *testing.T) {
	for _, c := range []struct {
		name        string
		reward      *big.Int
		ppm         uint32
		stake, want *big.Int
	}{
		{"always required: reward + 1", big.NewInt(10), PPM, big.NewInt(1000), big.NewInt(11)},
		{"10%: 10x + 1", big.NewInt(10), 100_000, big.NewInt(1000), big.NewInt(101)},
		{"ppm 0 counts as 1", big.NewInt(10), 0, big.NewInt(1e12), big.NewInt(10_000_001)},
		{"rounded down before + 1", big.NewInt(1), 300_000, big.NewInt(1000), big.NewInt(4)},
		{"capped at the stake", big.NewInt(10), 1, big.NewInt(7), big.NewInt(7)},
		{"saturates", maxUint256, 1, new(big.Int).Lsh(maxUint256, 1), maxUint256},
		{"no reward still costs 1", big.NewInt(0), 5, big.NewInt(9), big.NewInt(1)},
	} {
		if got := SlashAmount(c.reward, c.ppm, c.stake); got.Cmp(c.want) != 0 {
			t.Errorf("%s: SlashAmount = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestIsMinedAndProofRequired(t *testing.T) {
	key := common.HexToHash("0x05")
	if !IsMined(key, big.NewInt(5)) || IsMined(key, big.NewInt(4)) || !IsMined(common.MaxHash, maxUint256) {
		t.Fatal("IsMined is not key <= target")
	}
	seed, id, sup := common.Hash{1}, common.Hash{2}, common.Address{3}
	if !ProofRequired(10, big.NewInt(10), 0, seed, id, sup) || ProofRequired(9, big.NewInt(10), 0, seed, id, sup) {
		t.Fatal("the threshold is not sum >= threshold")
	}
	if !ProofRequired(0, maxUint256, PPM, seed, id, sup) {
		t.Fatal("ppm 1,000,000 does not always require")
	}
	if ProofPath(seed, id) == ProofPath(id, seed) {
		t.Fatal("ProofPath ignores the order of seed and session id")
	}
}
