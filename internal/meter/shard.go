package meter

import (
	"crypto/rand"
	"encoding/binary"
	"sync"
	"unsafe"

	"github.com/holiman/uint256"
)

// numShards splits the counters so that charges of different keys rarely share a
// lock. A power of two.
const numShards = 64

// entry is one key's counter. Its fields are guarded by its shard's lock.
type entry struct {
	key   Key
	spent uint256.Int
	dirty bool // in its shard's dirty list, not yet checkpointed
	dead  bool // pruned: skip it if still in a dirty list
}

type shardData struct {
	mu    sync.Mutex
	m     map[Key]*entry
	dirty []*entry // changed since the last checkpoint collected them
}

// shard is padded to a multiple of 128 bytes, so that shards next to each other
// in Meter.shards do not share cache lines (or adjacent-line prefetch pairs).
type shard struct {
	shardData
	_ [128 - unsafe.Sizeof(shardData{})%128]byte
}

// markDirty queues e for the next checkpoint. The caller holds s.mu.
func (s *shard) markDirty(e *entry) {
	if !e.dirty {
		e.dirty = true
		s.dirty = append(s.dirty, e)
	}
}

// shard returns the shard of k: a seeded hash of words from every field, so that
// keys differing in any field spread and an outsider cannot aim many keys at one
// shard. The products are independent, so they run in parallel; one finaliser
// mixes them.
func (m *Meter) shard(k *Key) *shard {
	h := m.seed ^
		binary.LittleEndian.Uint64(k.Application[:8])*0x9e3779b97f4a7c15 ^
		binary.LittleEndian.Uint64(k.Application[12:])*0xc2b2ae3d27d4eb4f ^
		binary.LittleEndian.Uint64(k.Supplier[12:])*0x165667b19e3779f9 ^
		binary.LittleEndian.Uint64(k.Service[:8])*0xd6e8feb86659fd93 ^
		k.SessionStart*0xff51afd7ed558ccd
	return &m.shards[mix(h)&(numShards-1)]
}

// mix is the 64-bit finaliser of MurmurHash3.
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func randomSeed() uint64 {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand, Go 1.24+)
	return binary.LittleEndian.Uint64(b[:])
}
