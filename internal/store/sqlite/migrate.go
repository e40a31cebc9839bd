package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
)

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	schema     TEXT    NOT NULL,
	version    INTEGER NOT NULL CHECK (version >= 1),
	sha256     TEXT    NOT NULL,
	applied_at TEXT    NOT NULL,
	PRIMARY KEY (schema, version)
) WITHOUT ROWID`

// Migrate applies the migrations of schema that db has not recorded yet, as Open
// does with Options.Migrations; see the package documentation. Use it when
// several components share one handle. db should come from Open (its
// transactions take the write lock at BEGIN). Safe to run concurrently with
// other Migrate calls on the same file: each migration is applied once.
func Migrate(ctx context.Context, db *sql.DB, schema string, migrations []string) error {
	if schema == "" {
		return fmt.Errorf("%w: empty schema name", ErrInvalidOptions)
	}
	if err := (Options{Migrations: migrations}).Validate(); err != nil {
		return err
	}
	return migrate(ctx, db, dbFile(ctx, db), schema, migrations)
}

// dbFile names db's main file for error messages.
func dbFile(ctx context.Context, db *sql.DB) string {
	var file string
	if err := db.QueryRowContext(ctx, "SELECT file FROM pragma_database_list WHERE name = 'main'").Scan(&file); err != nil || file == "" {
		return "database"
	}
	return file
}

type applied struct {
	sum string
	at  string
}

func migrate(ctx context.Context, db *sql.DB, path, schema string, migrations []string) error {
	if _, err := db.ExecContext(ctx, createMigrationsTable); err != nil {
		return classify(path, "creating schema_migrations", err)
	}
	done, err := recorded(ctx, db, path, schema)
	if err != nil {
		return err
	}
	if err := compare(path, schema, done, migrations); err != nil {
		return err
	}
	for v := len(done) + 1; v <= len(migrations); v++ {
		if err := apply(ctx, db, path, schema, v, migrations[v-1]); err != nil {
			return err
		}
	}
	return nil
}

// check verifies, without writing, that the database's recorded migrations of
// schema are a prefix of migrations.
func check(ctx context.Context, db *sql.DB, path, schema string, migrations []string) error {
	var n int
	err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").Scan(&n)
	if err != nil {
		return classify(path, "reading schema", err)
	}
	if n == 0 {
		return nil
	}
	done, err := recorded(ctx, db, path, schema)
	if err != nil {
		return err
	}
	return compare(path, schema, done, migrations)
}

// recorded returns the applied migrations of schema, version v at index v-1.
func recorded(ctx context.Context, db *sql.DB, path, schema string) ([]applied, error) {
	rows, err := db.QueryContext(ctx, "SELECT version, sha256, applied_at FROM schema_migrations WHERE schema = ? ORDER BY version", schema)
	if err != nil {
		return nil, classify(path, "reading schema_migrations", err)
	}
	defer rows.Close()
	var out []applied
	for rows.Next() {
		var v int
		var a applied
		if err := rows.Scan(&v, &a.sum, &a.at); err != nil {
			return nil, classify(path, "reading schema_migrations", err)
		}
		if v != len(out)+1 {
			return nil, fmt.Errorf("%w: %s: schema %q records migration %d after %d: versions must be contiguous from 1",
				ErrCorrupt, path, schema, v, len(out))
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(path, "reading schema_migrations", err)
	}
	return out, nil
}

func compare(path, schema string, done []applied, migrations []string) error {
	if len(done) > len(migrations) {
		return fmt.Errorf("%w: %s: schema %q is at migration %d, this build knows %d: run the relaynode release that wrote it, or restore a backup",
			ErrSchemaTooNew, path, schema, len(done), len(migrations))
	}
	for i, a := range done {
		if err := compareOne(path, schema, i+1, a, migrations[i]); err != nil {
			return err
		}
	}
	return nil
}

func compareOne(path, schema string, v int, a applied, script string) error {
	if sum := checksum(script); sum != a.sum {
		return fmt.Errorf("%w: %s: schema %q migration %d was applied at %s with sha256 %s, this build's has %s: restore the applied text and append a new migration instead",
			ErrMigrationChanged, path, schema, v, a.at, a.sum, sum)
	}
	return nil
}

// apply runs migration v of schema and records it in one transaction, unless
// another connection recorded it first.
func apply(ctx context.Context, db *sql.DB, path, schema string, v int, script string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return classify(path, fmt.Sprintf("migration %s/%d", schema, v), err)
	}
	defer tx.Rollback()
	var top int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations WHERE schema = ?", schema).Scan(&top); err != nil {
		return classify(path, fmt.Sprintf("migration %s/%d", schema, v), err)
	}
	if top >= v { // applied by a concurrent Migrate: check that it applied the same text
		var a applied
		err := tx.QueryRowContext(ctx, "SELECT sha256, applied_at FROM schema_migrations WHERE schema = ? AND version = ?", schema, v).Scan(&a.sum, &a.at)
		if err != nil {
			return classify(path, fmt.Sprintf("migration %s/%d", schema, v), err)
		}
		return compareOne(path, schema, v, a, script)
	}
	if top != v-1 {
		return fmt.Errorf("%w: %s: schema %q is at migration %d, expected %d", ErrCorrupt, path, schema, top, v-1)
	}
	if _, err := tx.ExecContext(ctx, script); err != nil {
		return classify(path, fmt.Sprintf("migration %s/%d", schema, v), err)
	}
	if _, err := tx.ExecContext(ctx,
		"INSERT INTO schema_migrations (schema, version, sha256, applied_at) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
		schema, v, checksum(script)); err != nil {
		return classify(path, fmt.Sprintf("recording migration %s/%d", schema, v), err)
	}
	if err := tx.Commit(); err != nil {
		return classify(path, fmt.Sprintf("committing migration %s/%d", schema, v), err)
	}
	return nil
}

func checksum(script string) string {
	s := sha256.Sum256([]byte(script))
	return hex.EncodeToString(s[:])
}
