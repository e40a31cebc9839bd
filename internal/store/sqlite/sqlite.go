// Package sqlite opens the SQLite databases of relaynode (the tx relayer's ledger,
// claims, balances, meter checkpoints) in one way: the pure-Go modernc.org/sqlite
// driver, WAL mode, a busy timeout, foreign keys on, a chosen durability level, one
// writer connection, and migrations kept in code and recorded in the file.
//
// # Durability
//
// In WAL mode a commit appends to the -wal file; what happens next depends on
// Options.Synchronous:
//
//   - SyncFull (synchronous=FULL, the default): the WAL is fsynced before Commit
//     returns. A committed transaction survives a process crash (kill -9) and an OS
//     crash or power loss. Use it for every write a reply to a caller depends on
//     (the tx ledger, the mined-relay log).
//   - SyncNormal (synchronous=NORMAL): the WAL is fsynced only when it is
//     checkpointed into the database file. A committed transaction survives a
//     process crash (kill -9: the written pages are in the OS page cache), but an OS
//     crash or power loss may roll back the transactions committed since the last
//     WAL sync. The database is never corrupted either way. Use it for checkpointed
//     state that may lose its last moments (meter counters, client-pool balances).
//
// # Connections
//
// Open returns a *sql.DB holding exactly one connection (SetMaxOpenConns(1)),
// kept open for the life of the handle, whose transactions begin with BEGIN
// IMMEDIATE. SQLite allows one writer per file at a time; funnelling all of a
// component's statements through one connection turns writer contention into
// queueing inside database/sql instead of SQLITE_BUSY retries, and BEGIN
// IMMEDIATE makes a transaction take the write lock up front, so a transaction
// that reads and then writes never fails half-way because another connection
// (another component sharing the file, or another process) wrote in between: it
// waits up to BusyTimeout at BEGIN instead (a transaction begun with
// sql.TxOptions{ReadOnly: true} begins DEFERRED and takes no write lock). The
// cost is that reads wait for the write in progress. A component whose reads must not wait opens a second handle
// on the same file with Options.ReadOnly: a pool of query-only connections that
// read the last committed state concurrently with the writer (WAL readers never
// block the writer nor each other).
//
// Because the write handle has a single connection, code holding a *sql.Tx must
// not call methods of the *sql.DB until the transaction ends: that call would wait
// for the connection the transaction holds, forever.
//
// # Migrations
//
// Options.Migrations are SQL scripts (one or more statements each) applied in
// order, each in its own transaction together with a row recording it in the
// table schema_migrations (schema, version, sha256, applied_at). Version n is
// Migrations[n-1]. Several components may keep their tables in one file, each
// with its own Options.Schema name and version sequence. Open refuses a database
// whose recorded versions for the schema go beyond the migrations this build
// knows (ErrSchemaTooNew), or whose applied migration text differs from this
// build's (ErrMigrationChanged): an applied migration is never edited, a change
// is a new migration appended to the list.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Synchronous is the durability level of a write handle: SQLite's synchronous
// pragma in WAL mode. The zero value is SyncFull.
type Synchronous int

const (
	// SyncFull fsyncs the WAL at every commit: a committed transaction survives
	// kill -9 and power loss. The default.
	SyncFull Synchronous = iota
	// SyncNormal fsyncs the WAL only at WAL checkpoints: a committed transaction
	// survives kill -9, but power loss may roll back the latest commits (the
	// database stays consistent).
	SyncNormal
)

// String returns the pragma value, "FULL" or "NORMAL".
func (s Synchronous) String() string {
	switch s {
	case SyncFull:
		return "FULL"
	case SyncNormal:
		return "NORMAL"
	}
	return "Synchronous(" + strconv.Itoa(int(s)) + ")"
}

// Defaults of Options.
const (
	// DefaultBusyTimeout is how long a statement waits for another connection's
	// lock when Options.BusyTimeout is zero.
	DefaultBusyTimeout = 5 * time.Second
	// DefaultSchema names the migration sequence when Options.Schema is empty.
	DefaultSchema = "main"
	// DefaultMaxReadConns is the size of a ReadOnly pool when Options.MaxReadConns
	// is zero.
	DefaultMaxReadConns = 4
)

// Options configure Open. The zero value opens a durable (SyncFull) write handle
// with no migrations.
type Options struct {
	// Synchronous is the durability of commits; see the package documentation.
	// Ignored for ReadOnly handles, which do not write.
	Synchronous Synchronous
	// BusyTimeout is how long a statement (or BEGIN) waits for a lock held by
	// another connection before failing with an error wrapping ErrLocked. Zero
	// means DefaultBusyTimeout. A context deadline ends the wait earlier.
	BusyTimeout time.Duration
	// Schema names the sequence Migrations belong to in schema_migrations, so
	// that several components can keep their tables in one file. Empty means
	// DefaultSchema. Any non-empty text is accepted.
	Schema string
	// Migrations are applied in order, once each, in one transaction each; see
	// the package documentation. Never edit or reorder an applied entry: append.
	Migrations []string
	// ReadOnly opens a pool of query-only connections on an existing database
	// instead of the write handle: nothing is created, no migration is applied,
	// but Migrations are still checked (the file must not be newer than them).
	ReadOnly bool
	// MaxReadConns is the size of a ReadOnly pool. Zero means
	// DefaultMaxReadConns. Ignored for write handles, which have one connection.
	MaxReadConns int
}

// Validate reports the first option out of range.
func (o Options) Validate() error {
	if o.Synchronous != SyncFull && o.Synchronous != SyncNormal {
		return fmt.Errorf("%w: Synchronous is %v, accepted SyncFull or SyncNormal", ErrInvalidOptions, o.Synchronous)
	}
	if o.BusyTimeout < 0 {
		return fmt.Errorf("%w: BusyTimeout is %v, want >= 0 (0 means %v)", ErrInvalidOptions, o.BusyTimeout, DefaultBusyTimeout)
	}
	if o.MaxReadConns < 0 {
		return fmt.Errorf("%w: MaxReadConns is %d, want >= 0 (0 means %d)", ErrInvalidOptions, o.MaxReadConns, DefaultMaxReadConns)
	}
	for i, m := range o.Migrations {
		if strings.TrimSpace(m) == "" {
			return fmt.Errorf("%w: Migrations[%d] (version %d) is empty, want SQL", ErrInvalidOptions, i, i+1)
		}
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.BusyTimeout == 0 {
		o.BusyTimeout = DefaultBusyTimeout
	}
	if o.Schema == "" {
		o.Schema = DefaultSchema
	}
	if o.MaxReadConns == 0 {
		o.MaxReadConns = DefaultMaxReadConns
	}
	return o
}

// Open opens (creating it when absent, unless ReadOnly) the SQLite database at
// path, applies opts.Migrations and returns the handle; see the package
// documentation for its connections and durability. The directory of path must
// exist. The caller closes the handle. The returned *sql.DB is safe for
// concurrent use.
//
// Errors wrap ErrInvalidOptions for bad options, ErrUnwritable when the file
// cannot be created or written, ErrLocked when another connection held its lock
// past BusyTimeout, ErrCorrupt when it is not a healthy SQLite database,
// ErrSchemaTooNew or ErrMigrationChanged for a schema this build cannot use, and
// fs.ErrNotExist for a missing file opened ReadOnly.
func Open(ctx context.Context, path string, opts Options) (*sql.DB, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	abs, err := checkPath(path, opts.ReadOnly)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(abs, opts))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", abs, err)
	}
	if opts.ReadOnly {
		db.SetMaxOpenConns(opts.MaxReadConns)
		db.SetMaxIdleConns(opts.MaxReadConns)
	} else {
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
	}
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)

	if err := setup(ctx, db, abs, opts); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// setup opens the first connection (running the DSN's pragmas), checks that the
// file is a WAL-mode database, and applies or checks the migrations.
func setup(ctx context.Context, db *sql.DB, abs string, opts Options) error {
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return classify(abs, "open", err)
	}
	if !strings.EqualFold(mode, "wal") {
		if opts.ReadOnly {
			return fmt.Errorf("sqlite: open %s: journal mode is %q, want wal (open it for writing once first)", abs, mode)
		}
		return fmt.Errorf("sqlite: open %s: journal mode is %q, want wal (does the file system support shared memory?)", abs, mode)
	}
	if opts.ReadOnly {
		return check(ctx, db, abs, opts.Schema, opts.Migrations)
	}
	return migrate(ctx, db, abs, opts.Schema, opts.Migrations)
}

// dsn builds the driver's data source name: a file: URI (so that any path is
// accepted) with the pragmas every connection of the pool runs when it opens.
func dsn(abs string, opts Options) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(opts.BusyTimeout.Milliseconds(), 10)+")")
	q.Add("_pragma", "foreign_keys(1)")
	if opts.ReadOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous("+opts.Synchronous.String()+")")
		q.Set("_txlock", "immediate")
	}
	return "file:" + uriEscaper.Replace(abs) + "?" + q.Encode()
}

// uriEscaper escapes the characters that end the path part of a file: URI.
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// checkPath returns path made absolute, failing with a clear error when the
// database cannot be opened there.
func checkPath(path string, readOnly bool) (string, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return "", fmt.Errorf("%w: path %q, want a file system path", ErrInvalidOptions, path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %w", ErrUnwritable, path, err)
	}
	dir := filepath.Dir(abs)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("%w: %s: directory %s does not exist", ErrUnwritable, abs, dir)
	case err != nil:
		return "", fmt.Errorf("%w: %s: %w", ErrUnwritable, abs, err)
	case !st.IsDir():
		return "", fmt.Errorf("%w: %s: %s is not a directory", ErrUnwritable, abs, dir)
	}
	st, err = os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if readOnly {
			return "", fmt.Errorf("sqlite: open %s read-only: no such database: %w", abs, fs.ErrNotExist)
		}
	case err != nil:
		return "", fmt.Errorf("%w: %s: %w", ErrUnwritable, abs, err)
	case st.IsDir():
		return "", fmt.Errorf("%w: %s is a directory, want a database file", ErrUnwritable, abs)
	}
	return abs, nil
}
