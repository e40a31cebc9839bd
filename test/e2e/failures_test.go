package e2e

import (
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// checkOneLine asserts that a failed run exited non-zero and that its last
// words are one "relaynode: ..." line containing want, with no stack trace.
func checkOneLine(t *testing.T, p *proc, wantCode int, want ...string) {
	t.Helper()
	code := p.exit(60 * time.Second)
	out, errOut := p.output()
	if code != wantCode {
		t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, wantCode, out, errOut)
	}
	for _, bad := range []string{"goroutine ", "panic:", ".go:"} {
		if strings.Contains(errOut, bad) {
			t.Fatalf("stderr has a stack trace (%q):\n%s", bad, errOut)
		}
	}
	lines := strings.Split(strings.TrimRight(errOut, "\n"), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "relaynode: ") {
		t.Fatalf("last stderr line is not the error: %q\nstderr:\n%s", last, errOut)
	}
	if strings.Count(errOut, "relaynode: ") != 1 {
		t.Fatalf("more than one error line:\n%s", errOut)
	}
	for _, w := range want {
		if !strings.Contains(last, w) {
			t.Errorf("error line %q lacks %q", last, w)
		}
	}
}

func TestStartupFailuresSayWhatAndHow(t *testing.T) {
	t.Run("bad config key", func(t *testing.T) {
		cfg := filepath.Join(t.TempDir(), "c.yaml")
		os.WriteFile(cfg, []byte("devnet:\n  blok_period: 1s\n"), 0o600)
		p := start(t, nil, append(upArgs(t, t.TempDir()), "--config", cfg)...)
		checkOneLine(t, p, 2, "unknown key devnet.blok_period", "line 2", "block_period")
	})
	t.Run("bad flag value", func(t *testing.T) {
		p := start(t, nil, append(upArgs(t, t.TempDir()), "--devnet.block-period", "soon")...)
		checkOneLine(t, p, 2, "--devnet.block-period", "500ms")
	})
	t.Run("bad env value", func(t *testing.T) {
		p := start(t, []string{"RELAYNODE_LOG_LEVEL=loud"}, upArgs(t, t.TempDir())...)
		checkOneLine(t, p, 2, "log.level", "debug, info, warn, error")
	})
	t.Run("unknown flag", func(t *testing.T) {
		p := start(t, nil, "up", "--no-such-flag")
		checkOneLine(t, p, 2, "unknown flag", "--help")
	})
	t.Run("port in use", func(t *testing.T) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		args := append(upArgs(t, t.TempDir()), "--devnet.http", l.Addr().String())
		p := start(t, nil, args...)
		checkOneLine(t, p, 1, l.Addr().String(), "already in use", "--devnet.http")
	})
	t.Run("data directory unwritable", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "a-file")
		os.WriteFile(file, nil, 0o600)
		p := start(t, nil, upArgs(t, filepath.Join(file, "data"))...)
		checkOneLine(t, p, 1, "not writable", "--datadir")
	})
	t.Run("data directory locked", func(t *testing.T) {
		dir := t.TempDir()
		first := start(t, nil, upArgs(t, dir)...)
		first.waitReady(60 * time.Second)
		second := start(t, nil, upArgs(t, dir)...)
		checkOneLine(t, second, 1, "locked", "pid "+strconv.Itoa(first.cmd.Process.Pid), "--datadir")
	})
	t.Run("unreachable chain rpc", func(t *testing.T) {
		port := freePorts(t, 1)[0]
		p := start(t, nil, "up", "--datadir", t.TempDir(), "--chain.rpc", "http://127.0.0.1:"+strconv.Itoa(port), "--chain.timeout", "2s")
		checkOneLine(t, p, 1, "unreachable", "127.0.0.1:"+strconv.Itoa(port), "connection refused", "--chain.rpc")
	})
	t.Run("unreachable chain rpc hides api key", func(t *testing.T) {
		port := freePorts(t, 1)[0]
		p := start(t, nil, "up", "--datadir", t.TempDir(), "--chain.rpc", "http://127.0.0.1:"+strconv.Itoa(port)+"/v3/SECRETKEY", "--chain.timeout", "2s")
		checkOneLine(t, p, 1, "unreachable")
		if _, errOut := p.output(); strings.Contains(errOut, "SECRETKEY") {
			t.Fatalf("the RPC URL's key was printed:\n%s", errOut)
		}
	})
}
