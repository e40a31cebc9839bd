package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// killChildEnv makes the test binary act as the writer that TestKillKeepsAcknowledgedWrites
// kills: "path,sync".
const killChildEnv = "RELAYNODE_SQLITE_KILL_CHILD"

var killMigrations = []string{`CREATE TABLE acked (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)`}

// TestKillChild is the child process: it commits rows 1, 2, 3, … one transaction
// each and reports every commit on fd 3 once Commit has returned, until killed.
func TestKillChild(t *testing.T) {
	arg := os.Getenv(killChildEnv)
	if arg == "" {
		t.Skip("child process of TestKillKeepsAcknowledgedWrites")
	}
	path, syncName, _ := strings.Cut(arg, ",")
	sync := SyncFull
	if syncName == SyncNormal.String() {
		sync = SyncNormal
	}
	acks := os.NewFile(3, "acks")
	db, err := Open(context.Background(), path, Options{Synchronous: sync, Migrations: killMigrations})
	if err != nil {
		fmt.Fprintf(acks, "error %v\n", err)
		os.Exit(2)
	}
	payload := make([]byte, 200)
	for id := 1; ; id++ {
		tx, err := db.Begin()
		if err == nil {
			_, err = tx.Exec("INSERT INTO acked (id, payload) VALUES (?, ?)", id, payload)
			if err == nil {
				err = tx.Commit()
			} else {
				tx.Rollback()
			}
		}
		if err != nil {
			fmt.Fprintf(acks, "error %v\n", err)
			os.Exit(2)
		}
		fmt.Fprintf(acks, "ack %d\n", id)
	}
}

// TestKillKeepsAcknowledgedWrites runs a writer in a child process, SIGKILLs it in
// the middle of its stream of commits and checks that every commit it
// acknowledged is in the database after reopening. A kill -9 loses nothing at
// either durability level (the OS keeps the written pages); power loss, which
// only SyncFull survives, cannot be simulated here.
func TestKillKeepsAcknowledgedWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	for _, sync := range []Synchronous{SyncFull, SyncNormal} {
		t.Run(sync.String(), func(t *testing.T) {
			for round := range 3 {
				path := filepath.Join(t.TempDir(), "kill.db")
				last := killWriter(t, path, sync, 50+round*150)
				db := openT(t, path, Options{Migrations: killMigrations})
				var n, top int
				if err := db.QueryRow("SELECT count(*), coalesce(max(id), 0) FROM acked WHERE id <= ?", last).Scan(&n, &top); err != nil {
					t.Fatal(err)
				}
				if n != last || top != last {
					t.Fatalf("round %d: %d of the %d acknowledged rows survived the kill", round, n, last)
				}
				var extra int
				db.QueryRow("SELECT count(*) FROM acked WHERE id > ?", last).Scan(&extra)
				if extra > 1 {
					t.Fatalf("round %d: %d rows beyond the last acknowledged one, want at most the one in flight", round, extra)
				}
				if got := pragma(t, db, "integrity_check"); got != "ok" {
					t.Fatalf("integrity_check after kill: %s", got)
				}
				t.Logf("round %d: killed after %d acknowledged commits, all present (+%d in flight)", round, last, extra)
				db.Close()
			}
		})
	}
}

// killWriter starts the child writer on path, SIGKILLs it once it has
// acknowledged at least minAcks commits, and returns the last acknowledged id.
func killWriter(t *testing.T, path string, sync Synchronous, minAcks int) int {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChildEnv+"="+path+","+sync.String())
	cmd.ExtraFiles = []*os.File{w}
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	deadline := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	defer deadline.Stop()
	last, killed := 0, false
	sc := bufio.NewScanner(r)
	for sc.Scan() { // reads until the pipe closes: every ack written before the kill
		line := sc.Text()
		id, ok := strings.CutPrefix(line, "ack ")
		if !ok {
			t.Fatalf("child: %s", line)
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != last+1 {
			t.Fatalf("child acknowledged %q after %d", line, last)
		}
		last = n
		if !killed && last >= minAcks {
			cmd.Process.Signal(syscall.SIGKILL)
			killed = true
		}
	}
	err = <-exited
	if !killed {
		t.Fatalf("child exited after %d acks before the kill: %v", last, err)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child ended with %v, want SIGKILL", cmd.ProcessState)
	}
	return last
}
