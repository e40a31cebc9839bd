package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// killChildEnv makes the test binary act as the writer that
// TestLogKeepsAcknowledgedAfterKill kills; its value is the log directory.
const killChildEnv = "RELAYNODE_STORE_KILL_CHILD"

// TestLogKillChild is the child process: 8 goroutines append entries until
// killed, and print "ack <key>" on stdout after each Append returns nil.
func TestLogKillChild(t *testing.T) {
	dir := os.Getenv(killChildEnv)
	if dir == "" {
		t.Skip("child process of TestLogKeepsAcknowledgedAfterKill")
	}
	l, err := OpenLog(dir, LogOptions{})
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(2)
	}
	var out sync.Mutex
	s := testSession(100, 1)
	for c := range 8 {
		go func() {
			for i := 0; ; i++ {
				e := testEntry(s, c*10_000_000+i)
				if err := l.Append(context.Background(), e); err != nil {
					fmt.Printf("error %v\n", err)
					os.Exit(2)
				}
				out.Lock()
				fmt.Fprintf(os.Stdout, "ack %s\n", e.Key.Hex())
				out.Unlock()
			}
		}()
	}
	select {} // until killed
}

// TestLogKeepsAcknowledgedAfterKill runs appenders in a child process,
// SIGKILLs it mid-stream and checks that every entry whose Append returned
// nil is in the log after reopening.
func TestLogKeepsAcknowledgedAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	for round := range 3 {
		dir := t.TempDir()
		acked := killAppender(t, dir, 100+round*400)
		l := openLogT(t, dir, LogOptions{})
		have := map[common.Hash]bool{}
		for _, e := range scanAll(t, l, testSession(100, 1)) {
			have[e.Key] = true
		}
		for _, k := range acked {
			if !have[k] {
				t.Fatalf("round %d: acknowledged entry %s lost in the kill", round, k)
			}
		}
		n, err := l.Count(context.Background(), testSession(100, 1))
		if err != nil || n != uint64(len(have)) {
			t.Fatalf("round %d: Count %d, %v; scan finds %d", round, n, err, len(have))
		}
		t.Logf("round %d: killed after %d acknowledged appends; all present, %d stored", round, len(acked), len(have))
		l.Close()
	}
}

// killAppender starts the child on dir, SIGKILLs it once it has acknowledged
// at least minAcks entries, and returns the keys it acknowledged.
func killAppender(t *testing.T, dir string, minAcks int) []common.Hash {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLogKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChildEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	defer deadline.Stop()
	var acked []common.Hash
	killed := false
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error ") {
			t.Fatalf("child: %s", line)
		}
		hex, ok := strings.CutPrefix(line, "ack ")
		if !ok {
			continue // the test framework's own output
		}
		acked = append(acked, common.HexToHash(hex))
		if !killed && len(acked) >= minAcks {
			cmd.Process.Kill() // SIGKILL; keep reading what it printed before dying
			killed = true
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatalf("child exited after %d acks, before being killed", len(acked))
	}
	return acked
}
