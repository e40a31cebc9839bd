package protocol

import (
	"encoding/binary"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// denseSelectionLimit mirrors SessionMath.DENSE_SELECTION_LIMIT: up to this many candidates
// the shuffle uses a dense index array, above it a sparse map. Both give the same result.
const denseSelectionLimit = 1024

// SessionStart returns the start of the session containing height, in the parameter epoch
// that begins at epochStart with sessions of blocksPerSession blocks:
// epochStart + ((height - epochStart) / blocksPerSession) * blocksPerSession. With a single
// epoch (epochStart 0) this is height - height % blocksPerSession.
//
// It panics if blocksPerSession is 0 or height < epochStart (the contract reverts).
func SessionStart(height, epochStart, blocksPerSession uint64) uint64 {
	if blocksPerSession == 0 {
		panic("protocol: SessionStart with blocksPerSession 0")
	}
	if height < epochStart {
		panic("protocol: SessionStart with height below epochStart")
	}
	return epochStart + (height-epochStart)/blocksPerSession*blocksPerSession
}

// SessionID returns keccak256(abi.encode(app, service, uint256(start), seed)), the id of the
// session of app for service starting at start with the given seed (the hash of block
// start-1, or zero for start 0).
func SessionID(app common.Address, service ServiceID, start uint64, seed common.Hash) common.Hash {
	var buf [128]byte
	copy(buf[12:32], app[:])
	copy(buf[32:64], service[:])
	binary.BigEndian.PutUint64(buf[88:96], start)
	copy(buf[96:128], seed[:])
	return crypto.Keccak256Hash(buf[:])
}

// SelectIndices returns the positions, among candidates, of the suppliers picked for the
// session sessionID: a partial Fisher–Yates shuffle of [0, candidates) where step i swaps
// position i with i + keccak256(abi.encode(sessionID, uint256(i))) % (candidates - i). It
// returns min(k, candidates) positions in pick order (empty, not nil, when either is ≤ 0).
func SelectIndices(sessionID common.Hash, candidates, k int) []int {
	return selectIndices(sessionID, candidates, k, candidates <= denseSelectionLimit)
}

func selectIndices(sessionID common.Hash, candidates, k int, dense bool) []int {
	m := min(k, candidates)
	if m <= 0 {
		return []int{}
	}
	out := make([]int, m)
	var buf [64]byte
	copy(buf[:32], sessionID[:])
	draw := func(i int) int {
		binary.BigEndian.PutUint64(buf[56:], uint64(i))
		h := crypto.Keccak256(buf[:])
		return i + int(mod256(h, uint64(candidates-i)))
	}
	if dense {
		pos := make([]int, candidates)
		for i := range pos {
			pos[i] = i
		}
		for i := 0; i < m; i++ {
			j := draw(i)
			out[i] = pos[j]
			pos[j] = pos[i]
		}
		return out
	}
	moved := make(map[int]int, m) // position j > i -> the value it now holds
	for i := 0; i < m; i++ {
		j := draw(i)
		vi, ok := moved[i]
		if !ok {
			vi = i
		}
		vj, ok := moved[j]
		if !ok {
			vj = j
		}
		out[i] = vj
		moved[j] = vi
		delete(moved, i)
	}
	return out
}

// SelectSuppliers returns the suppliers of the session sessionID from its candidates (the
// service's supplier slots at the session start, in slot order), in pick order.
func SelectSuppliers(sessionID common.Hash, candidates []common.Address, k int) []common.Address {
	idx := SelectIndices(sessionID, len(candidates), k)
	out := make([]common.Address, len(idx))
	for i, p := range idx {
		out[i] = candidates[p]
	}
	return out
}

// mod256 returns the big-endian 256-bit integer h modulo n (n > 0).
func mod256(h []byte, n uint64) uint64 {
	var rem uint64
	for off := 0; off < 32; off += 8 {
		rem = bits.Rem64(rem, binary.BigEndian.Uint64(h[off:off+8]), n)
	}
	return rem
}

// Windows are the phases of one session, as half-open block ranges [from, to).
type Windows struct {
	Start      uint64 // first block of the session
	End        uint64 // session [Start, End); End = Start + N
	GraceEnd   uint64 // grace period [End, GraceEnd)
	ClaimOpen  uint64 // claim window [ClaimOpen, ClaimClose); ClaimOpen = GraceEnd
	ClaimClose uint64
	ProofOpen  uint64 // proof window [ProofOpen, ProofClose); ProofOpen = ClaimClose
	ProofClose uint64
}

// SessionWindows returns the windows of the session starting at start under p, the
// parameters in force at start.
func SessionWindows(start uint64, p Params) Windows {
	w := Windows{Start: start, End: start + p.BlocksPerSession}
	w.GraceEnd = w.End + p.GracePeriodBlocks
	w.ClaimOpen = w.GraceEnd
	w.ClaimClose = w.ClaimOpen + p.ClaimWindowBlocks
	w.ProofOpen = w.ClaimClose
	w.ProofClose = w.ProofOpen + p.ProofWindowBlocks
	return w
}
