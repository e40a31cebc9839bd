package store

import (
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/crypto/keccak"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore"
)

// spillBytes is the size of pending writes at which a MapStore commits its
// batch without syncing, so that committing a large tree does not hold every
// node in memory twice. Flush(true) makes these writes durable with the rest.
const spillBytes = 16 << 20

var _ kvstore.MapStore = (*MapStore)(nil)

// MapStore is smt's kvstore.MapStore on a Pebble database, under a key prefix
// so several trees share one database (TreePrefix gives each session's).
//
// Writes collect in an indexed batch, and reads see them, until Flush writes
// the batch; once pending writes exceed 16 MiB they are written early without
// a sync. A crash before Flush(true) returns may therefore leave part of a
// tree: record a tree's root as persisted only after Flush(true), and remove
// an unrecorded tree with DeleteAll.
//
// A tree built on a MapStore lives wholly in memory until its first Commit
// (smt reads the store only to resolve nodes it has written), so a live
// session tree can be built on a MapStore at in-memory speed and persisted
// once, at the end, with PersistTree.
//
// A MapStore is not safe for concurrent use, like the tree using it.
type MapStore struct {
	db     *pebble.DB
	prefix []byte
	end    []byte
	batch  *pebble.Batch // indexed; nil after Close
	key    []byte        // scratch: prefix ‖ key
}

// NewMapStore returns a store for the keys under prefix in db, which must be
// non-empty and not all 0xff bytes. The store does not own db.
func NewMapStore(db *pebble.DB, prefix []byte) (*MapStore, error) {
	end := prefixEnd(prefix)
	if end == nil {
		return nil, fmt.Errorf("%w: tree prefix %x, want a non-empty prefix not all 0xff bytes", ErrInvalidKey, prefix)
	}
	p := append([]byte(nil), prefix...)
	return &MapStore{db: db, prefix: p, end: end, batch: db.NewIndexedBatch(), key: p}, nil
}

// fullKey returns prefix ‖ key in the scratch buffer (valid until the next call).
func (m *MapStore) fullKey(key []byte) ([]byte, error) {
	if m.batch == nil {
		return nil, ErrClosed
	}
	if len(key) == 0 {
		return nil, ErrEmptyNodeKey
	}
	m.key = append(m.key[:len(m.prefix)], key...)
	return m.key, nil
}

// Get returns a copy of the value of key, or an error wrapping
// ErrNodeNotFound (and so simplemap.ErrKVStoreKeyNotFound) if it has none.
func (m *MapStore) Get(key []byte) ([]byte, error) {
	k, err := m.fullKey(key)
	if err != nil {
		return nil, err
	}
	v, closer, err := m.batch.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("%w: %x", ErrNodeNotFound, key)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get tree node %x: %w", key, err)
	}
	out := append([]byte(nil), v...)
	closer.Close()
	return out, nil
}

// Set sets the value of key.
func (m *MapStore) Set(key, value []byte) error {
	k, err := m.fullKey(key)
	if err != nil {
		return err
	}
	if err := m.batch.Set(k, value, nil); err != nil {
		return fmt.Errorf("store: set tree node %x: %w", key, err)
	}
	return m.maybeSpill()
}

// Delete removes key. Removing a missing key is not an error.
func (m *MapStore) Delete(key []byte) error {
	k, err := m.fullKey(key)
	if err != nil {
		return err
	}
	if err := m.batch.Delete(k, nil); err != nil {
		return fmt.Errorf("store: delete tree node %x: %w", key, err)
	}
	return m.maybeSpill()
}

// maybeSpill writes the batch, unsynced, once it is large.
func (m *MapStore) maybeSpill() error {
	if m.batch.Len() < spillBytes {
		return nil
	}
	return m.Flush(false)
}

// Len returns the number of keys under the prefix, pending writes included.
// It reads every key: use it for tests and debugging.
func (m *MapStore) Len() (int, error) {
	if m.batch == nil {
		return 0, ErrClosed
	}
	it, err := m.batch.NewIter(&pebble.IterOptions{LowerBound: m.prefix, UpperBound: m.end})
	if err != nil {
		return 0, fmt.Errorf("store: count tree nodes: %w", err)
	}
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		n++
	}
	if err := it.Close(); err != nil {
		return 0, fmt.Errorf("store: count tree nodes: %w", err)
	}
	return n, nil
}

// DeleteAll removes every key under the prefix (a range deletion, pending
// until Flush).
func (m *MapStore) DeleteAll() error {
	if m.batch == nil {
		return ErrClosed
	}
	if err := m.batch.DeleteRange(m.prefix, m.end, nil); err != nil {
		return fmt.Errorf("store: delete tree nodes: %w", err)
	}
	return nil
}

// ClearAll is DeleteAll, under the name kvstore.MapStore uses.
func (m *MapStore) ClearAll() error { return m.DeleteAll() }

// Flush writes the pending writes as one batch, synced to disk if sync is set
// (which also makes durable every earlier unsynced write, spilled ones
// included).
func (m *MapStore) Flush(sync bool) error {
	if m.batch == nil {
		return ErrClosed
	}
	opts := pebble.NoSync
	if sync {
		opts = pebble.Sync
	}
	if m.batch.Empty() {
		if sync {
			// Earlier spills were written without a sync.
			if err := m.db.LogData(nil, pebble.Sync); err != nil {
				return fmt.Errorf("store: sync tree nodes: %w", err)
			}
		}
		return nil
	}
	err := m.batch.Commit(opts)
	m.batch.Close()
	m.batch = m.db.NewIndexedBatch()
	if err != nil {
		return fmt.Errorf("store: write tree nodes: %w", err)
	}
	return nil
}

// Close discards the writes not yet flushed. The database stays open.
func (m *MapStore) Close() error {
	if m.batch == nil {
		return ErrClosed
	}
	err := m.batch.Close()
	m.batch = nil
	if err != nil {
		return fmt.Errorf("store: close tree store: %w", err)
	}
	return nil
}

// NewTree returns an empty session tree on nodes with the parameters the
// claim verifier uses: a sparse Merkle sum trie with keccak256 as path,
// value and node hasher (smt's defaults for that hasher).
func NewTree(nodes kvstore.MapStore) *smt.SMST {
	return smt.NewSparseMerkleSumTrie(nodes, keccak.NewLegacyKeccak256())
}

// ImportTree returns the tree with the given root whose nodes are in nodes,
// with NewTree's parameters.
func ImportTree(nodes kvstore.MapStore, root []byte) *smt.SMST {
	return smt.ImportSparseMerkleSumTrie(nodes, keccak.NewLegacyKeccak256(), root)
}

// PersistTree commits tree's nodes into its store m and makes them durable
// with one synced write. It returns the root to record (and later pass to
// ImportTree). The tree stays usable.
func PersistTree(m *MapStore, tree *smt.SMST) (smt.MerkleSumRoot, error) {
	if err := tree.Commit(); err != nil {
		return nil, fmt.Errorf("store: commit tree: %w", err)
	}
	if err := m.Flush(true); err != nil {
		return nil, err
	}
	return tree.Root(), nil
}
