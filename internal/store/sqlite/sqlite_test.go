package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var testMigrations = []string{
	`CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
	 CREATE TABLE tag (item INTEGER NOT NULL REFERENCES item (id), tag TEXT NOT NULL)`,
	`ALTER TABLE item ADD COLUMN note TEXT`,
}

func openT(t *testing.T, path string, opts Options) *sql.DB {
	t.Helper()
	db, err := Open(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func pragma(t *testing.T, db *sql.DB, name string) string {
	t.Helper()
	var v string
	if err := db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		t.Fatalf("PRAGMA %s: %v", name, err)
	}
	return v
}

func TestOpenSettings(t *testing.T) {
	for _, tc := range []struct {
		sync Synchronous
		want string // PRAGMA synchronous: 1 NORMAL, 2 FULL
	}{{SyncFull, "2"}, {SyncNormal, "1"}} {
		t.Run(tc.sync.String(), func(t *testing.T) {
			db := openT(t, filepath.Join(t.TempDir(), "x.db"), Options{Synchronous: tc.sync, BusyTimeout: 1234 * time.Millisecond})
			for name, want := range map[string]string{
				"journal_mode": "wal",
				"synchronous":  tc.want,
				"foreign_keys": "1",
				"busy_timeout": "1234",
			} {
				if got := pragma(t, db, name); got != want {
					t.Errorf("PRAGMA %s = %q, want %q", name, got, want)
				}
			}
			if got := db.Stats().MaxOpenConnections; got != 1 {
				t.Errorf("MaxOpenConnections = %d, want 1", got)
			}
		})
	}
}

func TestMigrationsAppliedOnceInOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")

	db := openT(t, path, Options{Migrations: testMigrations[:1]})
	if _, err := db.Exec("INSERT INTO item (id, name) VALUES (1, 'a')"); err != nil {
		t.Fatal(err)
	}
	// Foreign keys are enforced.
	if _, err := db.Exec("INSERT INTO tag (item, tag) VALUES (99, 'x')"); err == nil {
		t.Fatal("insert violating a foreign key succeeded")
	}
	db.Close()

	// Reopening with one more migration applies only the new one; data stays.
	db = openT(t, path, Options{Migrations: testMigrations})
	if _, err := db.Exec("UPDATE item SET note = 'n' WHERE id = 1"); err != nil {
		t.Fatalf("migration 2 not applied: %v", err)
	}
	rows, err := db.QueryContext(ctx, "SELECT schema, version FROM schema_migrations ORDER BY version")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var s string
		var v int
		rows.Scan(&s, &v)
		got = append(got, s+"/"+string(rune('0'+v)))
	}
	rows.Close()
	if strings.Join(got, ",") != "main/1,main/2" {
		t.Fatalf("schema_migrations = %v, want main/1,main/2", got)
	}
	db.Close()

	// Reopening with the same list changes nothing.
	db = openT(t, path, Options{Migrations: testMigrations})
	var n int
	db.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&n)
	if n != 2 {
		t.Fatalf("%d migrations recorded after reopen, want 2", n)
	}
}

func TestMigrationFailureRollsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	bad := []string{testMigrations[0], "CREATE TABLE z (a INT); THIS IS NOT SQL"}
	_, err := Open(context.Background(), path, Options{Migrations: bad})
	if err == nil || !strings.Contains(err.Error(), "migration main/2") {
		t.Fatalf("Open with a broken migration: %v, want an error naming migration main/2", err)
	}
	db := openT(t, path, Options{Migrations: testMigrations[:1]})
	var n int
	db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'z'").Scan(&n)
	if n != 0 {
		t.Fatal("table z of the failed migration exists: the migration was not atomic")
	}
	db.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&n)
	if n != 1 {
		t.Fatalf("%d migrations recorded, want 1", n)
	}
}

func TestSchemasAreIndependent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	a := openT(t, path, Options{Schema: "ledger", Migrations: []string{"CREATE TABLE l (x)", "CREATE TABLE l2 (x)"}})
	b := openT(t, path, Options{Schema: "meter", Synchronous: SyncNormal, Migrations: []string{"CREATE TABLE m (x)"}})
	if _, err := a.Exec("INSERT INTO l VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Exec("INSERT INTO m VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	// Migrate on an existing handle, as components sharing one handle do.
	if err := Migrate(context.Background(), a, "claims", []string{"CREATE TABLE c (x)"}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Exec("INSERT INTO c VALUES (1)"); err != nil {
		t.Fatal(err)
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	openT(t, path, Options{Migrations: testMigrations}).Close()
	_, err := Open(context.Background(), path, Options{Migrations: testMigrations[:1]})
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open with fewer migrations than recorded: %v, want ErrSchemaTooNew", err)
	}
	for _, want := range []string{path, `"main"`, "migration 2", "knows 1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
	// A read-only handle checks too.
	_, err = Open(context.Background(), path, Options{ReadOnly: true, Migrations: testMigrations[:1]})
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("read-only Open with fewer migrations: %v, want ErrSchemaTooNew", err)
	}
}

func TestRefusesChangedMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	openT(t, path, Options{Migrations: testMigrations}).Close()
	edited := []string{testMigrations[0], "ALTER TABLE item ADD COLUMN note2 TEXT"}
	_, err := Open(context.Background(), path, Options{Migrations: edited})
	if !errors.Is(err, ErrMigrationChanged) || !strings.Contains(err.Error(), "migration 2") {
		t.Fatalf("Open with an edited migration: %v, want ErrMigrationChanged naming migration 2", err)
	}
}

func TestConcurrentMigrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			db, err := Open(context.Background(), path, Options{Migrations: testMigrations})
			if err == nil {
				db.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open %d: %v", i, err)
		}
	}
	db := openT(t, path, Options{Migrations: testMigrations})
	var n int
	db.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&n)
	if n != 2 {
		t.Fatalf("%d migrations recorded, want 2", n)
	}
}

func TestReadOnlyPool(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	if _, err := Open(context.Background(), path, Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("read-only Open of a missing file: %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("read-only Open created the file")
	}
	w := openT(t, path, Options{Migrations: testMigrations})
	r := openT(t, path, Options{ReadOnly: true, Migrations: testMigrations})
	if got := r.Stats().MaxOpenConnections; got != DefaultMaxReadConns {
		t.Errorf("read pool MaxOpenConnections = %d, want %d", got, DefaultMaxReadConns)
	}
	if _, err := r.Exec("INSERT INTO item (id, name) VALUES (1, 'a')"); err == nil {
		t.Fatal("insert through the read-only handle succeeded")
	}

	// A reader sees committed data and is not blocked by an open write transaction.
	if _, err := w.Exec("INSERT INTO item (id, name) VALUES (1, 'a')"); err != nil {
		t.Fatal(err)
	}
	tx, err := w.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("INSERT INTO item (id, name) VALUES (2, 'b')"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var n int
	if err := r.QueryRowContext(ctx, "SELECT count(*) FROM item").Scan(&n); err != nil {
		t.Fatalf("read during a write transaction: %v", err)
	}
	if n != 1 {
		t.Fatalf("reader sees %d rows, want 1 (the committed one)", n)
	}
}

func TestUnwritablePaths(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for name, path := range map[string]string{
		"missing directory":        filepath.Join(dir, "nope", "x.db"),
		"parent is a file":         filepath.Join(file, "x.db"),
		"path is a directory":      dir,
		"directory not accessible": "", // set below when not root
	} {
		if path == "" {
			if os.Geteuid() == 0 {
				continue // root ignores permissions
			}
			ro := filepath.Join(dir, "ro")
			os.Mkdir(ro, 0o500)
			path = filepath.Join(ro, "x.db")
		}
		t.Run(name, func(t *testing.T) {
			_, err := Open(context.Background(), path, Options{})
			if !errors.Is(err, ErrUnwritable) {
				t.Fatalf("Open(%s): %v, want ErrUnwritable", path, err)
			}
			if !strings.Contains(err.Error(), path) && !strings.Contains(err.Error(), filepath.Dir(path)) {
				t.Errorf("error %q does not name the path", err)
			}
		})
	}
	if _, err := Open(context.Background(), ":memory:", Options{}); !errors.Is(err, ErrInvalidOptions) {
		t.Fatalf("Open(:memory:): %v, want ErrInvalidOptions", err)
	}
}

func TestOddFileNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a?b#c%20d.db")
	db := openT(t, path, Options{Migrations: testMigrations})
	if _, err := db.Exec("INSERT INTO item (id, name) VALUES (1, 'a')"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at its path: %v", err)
	}
}

func TestCorruptFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "junk.db")
	junk := []byte(strings.Repeat("this is not an sqlite database\n", 200))
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path, Options{Migrations: testMigrations})
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open of a junk file: %v, want ErrCorrupt naming the path", err)
	}
}

func TestLockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.db")
	openT(t, path, Options{Migrations: testMigrations[:1]}).Close()

	// Another writer holds the write lock (BEGIN IMMEDIATE) and never lets go.
	holder := openT(t, path, Options{Migrations: testMigrations[:1]})
	tx, err := holder.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("INSERT INTO item (id, name) VALUES (1, 'a')"); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	_, err = Open(context.Background(), path, Options{Migrations: testMigrations, BusyTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) {
		t.Fatalf("Open of a locked file: %v, want ErrLocked naming the path", err)
	}
	if !IsBusy(err) {
		t.Errorf("IsBusy(%v) = false", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Open waited %v with BusyTimeout 200ms", d)
	}

	// A writer's context bounds its wait too.
	other := openT(t, path, Options{Migrations: testMigrations[:1]})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = other.ExecContext(ctx, "INSERT INTO item (id, name) VALUES (2, 'b')")
	if err == nil {
		t.Fatal("insert while another writer holds the lock succeeded")
	}
}

func TestIsUniqueViolation(t *testing.T) {
	db := openT(t, filepath.Join(t.TempDir(), "u.db"), Options{Migrations: testMigrations})
	if _, err := db.Exec("INSERT INTO item (id, name) VALUES (1, 'a')"); err != nil {
		t.Fatal(err)
	}
	_, err := db.Exec("INSERT INTO item (id, name) VALUES (2, 'a')")
	if !IsUniqueViolation(err) {
		t.Errorf("duplicate UNIQUE column: IsUniqueViolation(%v) = false", err)
	}
	_, err = db.Exec("INSERT INTO item (id, name) VALUES (1, 'b')")
	if !IsUniqueViolation(err) {
		t.Errorf("duplicate PRIMARY KEY: IsUniqueViolation(%v) = false", err)
	}
	_, err = db.Exec("INSERT INTO tag (item, tag) VALUES (42, 'x')")
	if err == nil || IsUniqueViolation(err) {
		t.Errorf("foreign key violation: IsUniqueViolation(%v) = true", err)
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{
		{Synchronous: 7},
		{BusyTimeout: -1},
		{MaxReadConns: -1},
		{Migrations: []string{"CREATE TABLE a (x)", "  "}},
	} {
		err := o.Validate()
		if !errors.Is(err, ErrInvalidOptions) {
			t.Errorf("%+v.Validate() = %v, want ErrInvalidOptions", o, err)
		}
		if _, err := Open(context.Background(), filepath.Join(t.TempDir(), "x.db"), o); !errors.Is(err, ErrInvalidOptions) {
			t.Errorf("Open(%+v) = %v, want ErrInvalidOptions", o, err)
		}
	}
}
