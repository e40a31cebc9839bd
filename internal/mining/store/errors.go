package store

import (
	"errors"
	"fmt"

	"github.com/pokt-network/smt/kvstore/simplemap"
)

var (
	// ErrClosed is returned by every method of a PebbleLog after Close has
	// begun, and by a MapStore after Close.
	ErrClosed = errors.New("store: closed")
	// ErrInvalidEntry means an Entry passed to Append is malformed; the message
	// says which field and what is accepted.
	ErrInvalidEntry = errors.New("store: invalid entry")
	// ErrInvalidOptions means a LogOptions field is out of range; the message
	// says which and what is accepted.
	ErrInvalidOptions = errors.New("store: invalid options")
	// ErrInvalidKey means an encoded session key or a stored key has the wrong
	// size or layout.
	ErrInvalidKey = errors.New("store: invalid key")
	// ErrFormat means the database was written with a key layout this build
	// does not know.
	ErrFormat = errors.New("store: unknown database format")

	// ErrNodeNotFound is returned by MapStore.Get for a missing key. It wraps
	// simplemap.ErrKVStoreKeyNotFound, the error smt's in-memory store returns
	// in the same case, so code written against either store matches it.
	ErrNodeNotFound = fmt.Errorf("store: tree node not found: %w", simplemap.ErrKVStoreKeyNotFound)
	// ErrEmptyNodeKey is returned by MapStore for an empty key. It wraps
	// simplemap.ErrKVStoreEmptyKey.
	ErrEmptyNodeKey = fmt.Errorf("store: empty tree node key: %w", simplemap.ErrKVStoreEmptyKey)
)
