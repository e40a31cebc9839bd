package meter

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/store/sqlite"
)

// schemaName is the meter's migration sequence in the shared schema_migrations.
const schemaName = "meter"

// migrations of the meter's tables; append, never edit (see internal/store/sqlite).
//
// Heights and amounts are stored as fixed-width big-endian BLOBs, whose byte
// order (memcmp) is their numeric order: SQLite integers are signed 64-bit and
// amounts are 256-bit. The primary key starts with the session so that Prune is
// a range delete.
var migrations = []string{
	`CREATE TABLE meter_spent (
		session_start BLOB NOT NULL CHECK (length(session_start) = 8),
		application   BLOB NOT NULL CHECK (length(application) = 20),
		service       BLOB NOT NULL CHECK (length(service) = 32),
		supplier      BLOB NOT NULL CHECK (length(supplier) = 20),
		spent         BLOB NOT NULL CHECK (length(spent) = 32),
		PRIMARY KEY (session_start, application, service, supplier)
	) WITHOUT ROWID;
	CREATE TABLE meter_state (
		name  TEXT PRIMARY KEY,
		value BLOB NOT NULL
	) WITHOUT ROWID;
	INSERT INTO meter_state (name, value) VALUES ('clean', 1), ('pruned_before', zeroblob(8));`,
}

const upsertSpent = `INSERT INTO meter_spent (session_start, application, service, supplier, spent)
	VALUES (?, ?, ?, ?, ?)
	ON CONFLICT (session_start, application, service, supplier) DO UPDATE SET spent = excluded.spent`

// row is one counter as written to or read from disk.
type row struct {
	key   Key
	spent uint256.Int
}

// store is the meter's SQLite persistence. It is used under Meter.ckMu only.
type store struct {
	db     *sql.DB
	upsert *sql.Stmt
}

func openStore(ctx context.Context, path string) (*store, error) {
	db, err := sqlite.Open(ctx, path, sqlite.Options{
		Synchronous: sqlite.SyncNormal, // checkpointed state: survives kill -9, may lose the last moments on power loss
		Schema:      schemaName,
		Migrations:  migrations,
	})
	if err != nil {
		return nil, err
	}
	up, err := db.PrepareContext(ctx, upsertSpent)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("preparing upsert: %w", err)
	}
	return &store{db: db, upsert: up}, nil
}

func (s *store) close() error {
	s.upsert.Close()
	return s.db.Close()
}

// load returns every stored counter, the prune horizon and whether the previous
// run ended with Shutdown, then records that this run has not (yet).
func (s *store) load(ctx context.Context) (rows []row, prunedBefore uint64, clean bool, err error) {
	var horizon []byte
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM meter_state WHERE name = 'pruned_before'").Scan(&horizon); err != nil {
		return nil, 0, false, fmt.Errorf("reading prune horizon: %w", err)
	}
	if len(horizon) != 8 {
		return nil, 0, false, fmt.Errorf("reading prune horizon: %d bytes, want 8", len(horizon))
	}
	prunedBefore = binary.BigEndian.Uint64(horizon)
	var c int
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM meter_state WHERE name = 'clean'").Scan(&c); err != nil {
		return nil, 0, false, fmt.Errorf("reading shutdown flag: %w", err)
	}
	clean = c == 1

	rs, err := s.db.QueryContext(ctx, "SELECT session_start, application, service, supplier, spent FROM meter_spent")
	if err != nil {
		return nil, 0, false, fmt.Errorf("reading counters: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var start, app, svc, sup, spent []byte
		if err := rs.Scan(&start, &app, &svc, &sup, &spent); err != nil {
			return nil, 0, false, fmt.Errorf("reading counters: %w", err)
		}
		var r row
		r.key.SessionStart = binary.BigEndian.Uint64(start) // lengths are CHECKed by the table
		copy(r.key.Application[:], app)
		copy(r.key.Service[:], svc)
		copy(r.key.Supplier[:], sup)
		r.spent.SetBytes32(spent)
		rows = append(rows, r)
	}
	if err := rs.Err(); err != nil {
		return nil, 0, false, fmt.Errorf("reading counters: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, "UPDATE meter_state SET value = 0 WHERE name = 'clean'"); err != nil {
		return nil, 0, false, fmt.Errorf("clearing shutdown flag: %w", err)
	}
	return rows, prunedBefore, clean, nil
}

// write stores rows in one transaction; final also records a clean shutdown.
func (s *store) write(ctx context.Context, rows []row, final bool) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	up := tx.StmtContext(ctx, s.upsert)
	var start [8]byte
	for i := range rows {
		r := &rows[i]
		binary.BigEndian.PutUint64(start[:], r.key.SessionStart)
		spent := r.spent.Bytes32()
		if _, err := up.ExecContext(ctx, start[:], r.key.Application[:], r.key.Service[:], r.key.Supplier[:], spent[:]); err != nil {
			return err
		}
	}
	if final {
		if _, err := tx.ExecContext(ctx, "UPDATE meter_state SET value = 1 WHERE name = 'clean'"); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// prune deletes the counters of sessions before the horizon and records it.
func (s *store) prune(ctx context.Context, before uint64) error {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], before)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM meter_spent WHERE session_start < ?", b[:]); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE meter_state SET value = ? WHERE name = 'pruned_before'", b[:]); err != nil {
		return err
	}
	return tx.Commit()
}
