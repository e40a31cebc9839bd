package mining

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore/simplemap"

	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
)

// ErrSessionClosed is returned for a relay whose session tree has closed
// (its grace period is over): it can no longer be claimed.
var ErrSessionClosed = errors.New("mining: the session's tree is closed")

// sessionTree is one session's sparse Merkle sum trie, in memory while the
// session is live.
//
// A relay is durable once it is in the log, which is all its response waits
// for; it reaches the trie afterwards, off the response path: Add queues it
// and the miner's worker inserts queued relays (and hashes the trie as it
// grows) while requests go on. Adds never run with close: gate is held for
// reading from before a relay is logged until it is queued, and for writing
// by close, which inserts whatever is still queued before it hashes. So
// every relay logged before the tree closes is in the closed tree, and a
// tree rebuilt from the log has the same root.
type sessionTree struct {
	gate   sync.RWMutex
	mu     sync.Mutex // the trie and the counters below
	trie   *smt.SMST
	closed bool
	root   Root
	// relays and units count inserts, for reading a live tree's size
	// without hashing it; dirty counts inserts since the trie was last hashed.
	relays, units, dirty uint64
	// nodes is where the tree is persisted once closed (nil: memory only);
	// persisted is set once its nodes and mark are durable.
	nodes     *store.MapStore
	persisted bool

	qmu    sync.Mutex // queue and queued; taken after mu when both are held
	queue  []queuedRelay
	queued bool // the tree waits on the miner's work channel
}

// queuedRelay is a logged relay on its way into the trie.
type queuedRelay struct {
	key    common.Hash
	record []byte
	weight uint64
}

// A large live tree is hashed as it grows: once it holds warmFrom relays,
// each time the relays inserted since the last hashing reach warmEvery or a
// warmShare-th of the tree, whichever is more. smt hashes lazily: left
// alone, a 1M-relay tree takes 5-11 s to hash at close, inside the claim
// window; hashed this way, what is left at close is at most a 32nd of the
// tree (tens to a few hundred ms), for about 1.5-2 times the CPU of hashing
// once. The hashing runs in the miner's worker, not on the response path.
const (
	warmEvery = 1024
	warmFrom  = 16384
	warmShare = 32
)

func newTrie() *smt.SMST {
	return protocol.NewSessionTrie(simplemap.NewSimpleMap())
}

func newSessionTree() *sessionTree { return &sessionTree{trie: newTrie()} }

// newStoredTree returns an empty tree that lives in memory and is persisted
// under k's prefix of db when it closes.
func newStoredTree(db *pebble.DB, k store.SessionKey) (*sessionTree, error) {
	ms, err := store.NewMapStore(db, store.TreePrefix(k))
	if err != nil {
		return nil, err
	}
	return &sessionTree{trie: protocol.NewSessionTrie(ms), nodes: ms}, nil
}

// persist writes the closed tree's nodes and its mark, once.
func (t *sessionTree) persist(db *pebble.DB, k store.SessionKey) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.nodes == nil || t.persisted {
		return nil
	}
	raw, err := store.PersistTree(t.nodes, t.trie)
	if err != nil {
		return err
	}
	r, err := parseRoot(raw)
	if err != nil {
		return err
	}
	if r != t.root {
		return fmt.Errorf("mining: the persisted tree of %s has root %s, the closed tree %s", k, r.Hash.Hex(), t.root.Hash.Hex())
	}
	if err := store.MarkPersisted(db, k, raw); err != nil {
		return err
	}
	t.persisted = true
	return nil
}

// enqueue queues a logged relay for the trie. It reports whether the tree
// must be handed to the worker (it was not waiting already). The caller
// holds gate for reading.
func (t *sessionTree) enqueue(key common.Hash, record []byte, weight uint64) (notify bool) {
	t.qmu.Lock()
	defer t.qmu.Unlock()
	t.queue = append(t.queue, queuedRelay{key, record, weight})
	notify = !t.queued
	t.queued = true
	return notify
}

// drained counts what a drain did.
type drained struct {
	relays, units, duplicates uint64
}

// drain inserts the queued relays; a key already in the trie is counted
// once (as a duplicate).
func (t *sessionTree) drain() (drained, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.drainLocked()
}

// drainLocked is drain with mu held: the queue is taken under mu, so a
// batch is never between the queue and the trie while mu is free.
func (t *sessionTree) drainLocked() (drained, error) {
	t.qmu.Lock()
	batch := t.queue
	t.queue, t.queued = nil, false
	t.qmu.Unlock()
	var n drained
	for _, q := range batch {
		vh, _, err := t.trie.Get(q.key[:])
		if err != nil {
			return n, fmt.Errorf("mining: reading the session tree: %w", err)
		}
		if vh != nil {
			n.duplicates++
			continue
		}
		if err := t.insertLocked(q.key, q.record, q.weight); err != nil {
			return n, err
		}
		n.relays++
		n.units += q.weight
	}
	return n, nil
}

// insert adds a relay directly (rebuilding from the log).
func (t *sessionTree) insert(key common.Hash, record []byte, weight uint64) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.insertLocked(key, record, weight)
}

func (t *sessionTree) insertLocked(key common.Hash, record []byte, weight uint64) error {
	if err := t.trie.Update(key[:], record, weight); err != nil {
		return fmt.Errorf("mining: adding to the session tree: %w", err)
	}
	t.relays++
	t.units += weight
	t.dirty++
	if t.relays >= warmFrom && t.dirty >= max(warmEvery, t.relays/warmShare) {
		t.trie.Root() // hash what changed, so the root is ready when the session closes
		t.dirty = 0
	}
	return nil
}

// close stops further inserts and returns the root.
func (t *sessionTree) close() (Root, error) {
	t.gate.Lock()
	defer t.gate.Unlock()
	if t.closed {
		return t.root, nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, err := t.drainLocked(); err != nil { // relays logged but not yet inserted
		return Root{}, err
	}
	r, err := parseRoot(t.trie.Root())
	if err != nil {
		return Root{}, err
	}
	t.closed, t.root = true, r
	return r, nil
}

// proveClosest returns the closest proof for path.
func (t *sessionTree) proveClosest(path common.Hash) (*smt.SparseMerkleClosestProof, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := t.trie.ProveClosest(path[:])
	if err != nil {
		return nil, fmt.Errorf("mining: building the closest proof: %w", err)
	}
	return p, nil
}

// parseRoot splits smt's root (digest ‖ sum ‖ count) into a Root.
func parseRoot(b smt.MerkleSumRoot) (Root, error) {
	if len(b) != 32+8+8 {
		return Root{}, fmt.Errorf("mining: session tree root is %d bytes, want 48", len(b))
	}
	return Root{Hash: common.BytesToHash(b[:32]), Sum: binary.BigEndian.Uint64(b[32:40]), Count: binary.BigEndian.Uint64(b[40:48])}, nil
}
