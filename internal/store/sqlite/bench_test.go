package sqlite

import (
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkCommit measures durable commits per second: one single-row INSERT per
// transaction, one writer, at each durability level, on the file system of
// t.TempDir (set TMPDIR to measure another disk).
func BenchmarkCommit(b *testing.B) {
	for _, sync := range []Synchronous{SyncFull, SyncNormal} {
		b.Run(sync.String(), func(b *testing.B) {
			db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), Options{
				Synchronous: sync,
				Migrations:  []string{`CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)`},
			})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			payload := make([]byte, 100)
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				tx, err := db.BeginTx(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := tx.ExecContext(ctx, "INSERT INTO t (id, payload) VALUES (?, ?)", i, payload); err != nil {
					b.Fatal(err)
				}
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "commits/s")
		})
	}
}
