package store

import (
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
)

// prefixPersisted marks a session tree whose nodes are durable under
// TreePrefix: 'p' ‖ session → the root PersistTree returned.
const prefixPersisted = 'p'

func persistedKey(s SessionKey) []byte {
	return s.AppendBytes(append(make([]byte, 0, 1+SessionKeySize), prefixPersisted))
}

// MarkPersisted records, durably, that s's tree was persisted with root.
// Write it only after PersistTree returned: a tree without its mark is
// rebuilt from the log.
func MarkPersisted(db *pebble.DB, s SessionKey, root []byte) error {
	if err := db.Set(persistedKey(s), root, pebble.Sync); err != nil {
		return fmt.Errorf("store: marking the tree of %s persisted: %w", s, err)
	}
	return nil
}

// PersistedRoot returns the root recorded by MarkPersisted, or nil.
func PersistedRoot(db *pebble.DB, s SessionKey) ([]byte, error) {
	v, closer, err := db.Get(persistedKey(s))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: reading the tree mark of %s: %w", s, err)
	}
	defer closer.Close()
	return append([]byte(nil), v...), nil
}

// DeleteTree removes s's persisted tree nodes and its mark, durably.
func DeleteTree(db *pebble.DB, s SessionKey) error {
	b := db.NewBatch()
	defer b.Close()
	p := TreePrefix(s)
	if err := b.DeleteRange(p, prefixEnd(p), nil); err != nil {
		return fmt.Errorf("store: deleting the tree of %s: %w", s, err)
	}
	if err := b.Delete(persistedKey(s), nil); err != nil {
		return fmt.Errorf("store: deleting the tree of %s: %w", s, err)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("store: deleting the tree of %s: %w", s, err)
	}
	return nil
}
