package clientpool

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/relaynode/relaynode/internal/store/sqlite"
)

// schemaName is the pool's migration sequence in the shared schema_migrations.
const schemaName = "clientpool"

// migrations of the pool's tables; append, never edit (see internal/store/sqlite).
//
// Balances are stored as of the instant at (Unix nanoseconds), from which they
// keep expiring: a restart does not stop the clock of expiry.
var migrations = []string{
	`CREATE TABLE clientpool_clients (
		id      TEXT PRIMARY KEY,
		kind    INTEGER NOT NULL,
		pos     REAL NOT NULL CHECK (pos >= 0),
		neg     REAL NOT NULL CHECK (neg >= 0),
		at      INTEGER NOT NULL,
		want    INTEGER NOT NULL DEFAULT 0,
		factors TEXT
	) WITHOUT ROWID;`,
}

const (
	upsertClient = `INSERT INTO clientpool_clients (id, kind, pos, neg, at, want, factors)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, pos = excluded.pos, neg = excluded.neg,
			at = excluded.at, want = excluded.want, factors = excluded.factors`
	deleteClient = `DELETE FROM clientpool_clients WHERE id = ?`
)

// record is a client as written to or read from disk.
type record struct {
	id       string
	kind     Kind
	pos, neg float64
	at       int64 // Unix nanoseconds
	want     uint64
	factors  *Factors
}

// recordStore is what checkpoints need of the database (a seam for tests).
type recordStore interface {
	save(ctx context.Context, recs []record, dels []string) error
	close() error
}

// store is the pool's SQLite persistence. It is used under Pool.ckMu only.
type store struct {
	db *sql.DB
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
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

func (s *store) load(ctx context.Context) ([]record, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, kind, pos, neg, at, want, factors FROM clientpool_clients")
	if err != nil {
		return nil, fmt.Errorf("reading clients: %w", err)
	}
	defer rows.Close()
	var out []record
	for rows.Next() {
		var (
			r       record
			kind    int64
			want    int64
			factors sql.NullString
		)
		if err := rows.Scan(&r.id, &kind, &r.pos, &r.neg, &r.at, &want, &factors); err != nil {
			return nil, fmt.Errorf("reading clients: %w", err)
		}
		if kind != int64(Free) && kind != int64(Paid) {
			return nil, fmt.Errorf("reading client %q: kind %d, want 0 or 1", r.id, kind)
		}
		r.kind, r.want = Kind(kind), uint64(max(want, 0))
		if factors.Valid {
			var f Factors
			if err := json.Unmarshal([]byte(factors.String), &f); err != nil {
				return nil, fmt.Errorf("reading the factors of client %q: %w", r.id, err)
			}
			if err := f.Validate(); err != nil {
				return nil, fmt.Errorf("reading the factors of client %q: %w", r.id, err)
			}
			r.factors = &f
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading clients: %w", err)
	}
	return out, nil
}

// save deletes the records of dels, then writes recs, in one transaction.
func (s *store) save(ctx context.Context, recs []record, dels []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning: %w", err)
	}
	defer tx.Rollback()
	if len(dels) > 0 {
		del, err := tx.PrepareContext(ctx, deleteClient)
		if err != nil {
			return fmt.Errorf("preparing delete: %w", err)
		}
		defer del.Close()
		for _, id := range dels {
			if _, err := del.ExecContext(ctx, id); err != nil {
				return fmt.Errorf("deleting client %q: %w", id, err)
			}
		}
	}
	if len(recs) > 0 {
		up, err := tx.PrepareContext(ctx, upsertClient)
		if err != nil {
			return fmt.Errorf("preparing upsert: %w", err)
		}
		defer up.Close()
		for _, r := range recs {
			var factors sql.NullString
			if r.factors != nil {
				b, err := json.Marshal(r.factors)
				if err != nil {
					return fmt.Errorf("encoding the factors of client %q: %w", r.id, err)
				}
				factors = sql.NullString{String: string(b), Valid: true}
			}
			if _, err := up.ExecContext(ctx, r.id, int64(r.kind), r.pos, r.neg, r.at, int64(min(r.want, 1<<62)), factors); err != nil {
				return fmt.Errorf("writing client %q: %w", r.id, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}
