package sqlite

import (
	"errors"
	"fmt"
)

// Errors returned (wrapped) by Open and Migrate.
var (
	// ErrInvalidOptions means an Options field or the path is out of range; the
	// message says which and what is accepted.
	ErrInvalidOptions = errors.New("sqlite: invalid options")
	// ErrUnwritable means the database file cannot be created, opened or written
	// (missing directory, permissions, read-only file system, disk full).
	ErrUnwritable = errors.New("sqlite: database not writable")
	// ErrLocked means another connection or process held a lock on the database
	// longer than the busy timeout.
	ErrLocked = errors.New("sqlite: database locked")
	// ErrCorrupt means the file is not an SQLite database or is damaged.
	ErrCorrupt = errors.New("sqlite: database corrupt or not an SQLite file")
	// ErrSchemaTooNew means the database records migrations this build does not
	// know: it was written by a newer relaynode.
	ErrSchemaTooNew = errors.New("sqlite: database schema is newer than this build")
	// ErrMigrationChanged means a migration recorded as applied differs from the
	// text this build has for the same version.
	ErrMigrationChanged = errors.New("sqlite: applied migration differs from this build's")
)

// SQLite primary result codes (https://sqlite.org/rescode.html). Extended codes
// carry the primary code in their low byte.
const (
	codePerm       = 3
	codeBusy       = 5
	codeLocked     = 6
	codeReadOnly   = 8
	codeCorrupt    = 11
	codeFull       = 13
	codeCantOpen   = 14
	codeConstraint = 19
	codeNotADB     = 26

	codeConstraintPrimaryKey = codeConstraint | 6<<8
	codeConstraintUnique     = codeConstraint | 8<<8
)

// code returns the SQLite result code (extended) carried by err, or 0.
func code(err error) int {
	var e interface{ Code() int }
	if errors.As(err, &e) {
		return e.Code()
	}
	return 0
}

// IsBusy reports whether err is SQLite's "database is locked" (SQLITE_BUSY or
// SQLITE_LOCKED): another connection held a lock past the busy timeout. The
// statement had no effect and may be retried.
func IsBusy(err error) bool {
	c := code(err) & 0xff
	return c == codeBusy || c == codeLocked || errors.Is(err, ErrLocked)
}

// IsUniqueViolation reports whether err is a UNIQUE or PRIMARY KEY constraint
// violation, as an insert of an existing idempotency key returns.
func IsUniqueViolation(err error) bool {
	c := code(err)
	return c == codeConstraintUnique || c == codeConstraintPrimaryKey
}

// classify wraps err from an operation on the database at path with the
// sentinel its SQLite result code stands for.
func classify(path, op string, err error) error {
	switch code(err) & 0xff {
	case codeBusy, codeLocked:
		return fmt.Errorf("%w: %s: %s: %w", ErrLocked, path, op, err)
	case codeCorrupt, codeNotADB:
		return fmt.Errorf("%w: %s: %s: %w", ErrCorrupt, path, op, err)
	case codePerm, codeReadOnly, codeCantOpen, codeFull:
		return fmt.Errorf("%w: %s: %s: %w", ErrUnwritable, path, op, err)
	}
	return fmt.Errorf("sqlite: %s: %s: %w", path, op, err)
}
