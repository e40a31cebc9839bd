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
// session is live. Adds run concurrently with each other (the trie itself
// is guarded by mu) but never with close: gate is held for reading from
// before a relay is logged until it is in the trie, and for writing by
// close, so every relay that is logged before the tree closes is in the
// closed tree, and a tree rebuilt from the log has the same root.
type sessionTree struct {
	gate   sync.RWMutex
	mu     sync.Mutex
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
}

// A large live tree is hashed every warmEvery inserts (smt hashes lazily:
// left alone, a 1M-relay tree takes 7-11 s to hash at close, inside the
// claim window). Each warm-up holds the tree for about 10 ms and all of them
// cost about 2-3 times the hashing done once at close; the root is then
// ready at once. Trees below warmFrom relays hash in well under 100 ms.
const (
	warmEvery = 1024
	warmFrom  = 16384
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

// has reports whether the relay key is in the trie.
func (t *sessionTree) has(key common.Hash) (bool, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	vh, _, err := t.trie.Get(key[:])
	if err != nil {
		return false, fmt.Errorf("mining: reading the session tree: %w", err)
	}
	return vh != nil, nil
}

// insert adds a relay. The caller holds gate for reading.
func (t *sessionTree) insert(key common.Hash, record []byte, weight uint64) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.trie.Update(key[:], record, weight); err != nil {
		return fmt.Errorf("mining: adding to the session tree: %w", err)
	}
	t.relays++
	t.units += weight
	t.dirty++
	if t.dirty >= warmEvery && t.relays >= warmFrom {
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
