// Package datadir opens a node's data directory: it creates the directory when
// absent, checks that it is writable and holds an exclusive lock on it for the
// life of the process, so two nodes never share one directory.
package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Errors returned by Open.
var (
	// ErrLocked means another process holds the directory's lock.
	ErrLocked = errors.New("datadir: locked by another process")
	// ErrUnwritable means the directory cannot be created or written.
	ErrUnwritable = errors.New("datadir: not writable")
)

// lockName is the lock file inside the directory. It holds the owner's pid.
const lockName = "LOCK"

// Dir is an open, locked data directory. It is safe for concurrent use.
type Dir struct {
	path string
	lock *os.File
}

// Open creates path (mode 0700) when absent, checks that it is writable and
// takes its lock. The lock is released by Close or when the process dies, so a
// kill -9 never leaves a stale lock behind.
func Open(path string) (*Dir, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnwritable, path, err)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnwritable, abs, unwrapPath(err))
	}
	probe, err := os.CreateTemp(abs, ".write-probe-*")
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnwritable, abs, unwrapPath(err))
	}
	probe.Close()
	os.Remove(probe.Name())

	f, err := os.OpenFile(filepath.Join(abs, lockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnwritable, abs, unwrapPath(err))
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		owner := readOwner(f)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s (held by %s)", ErrLocked, abs, owner)
		}
		return nil, fmt.Errorf("datadir: locking %s: %w", abs, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &Dir{path: abs, lock: f}, nil
}

func readOwner(f *os.File) string {
	b := make([]byte, 32)
	n, _ := f.ReadAt(b, 0)
	pid := strings.TrimSpace(string(b[:n]))
	if _, err := strconv.Atoi(pid); err != nil {
		return "another process"
	}
	return "pid " + pid
}

// unwrapPath drops the *PathError wrapper, whose path the caller already names.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Path returns the absolute directory path.
func (d *Dir) Path() string { return d.path }

// Join returns a path inside the directory.
func (d *Dir) Join(elem ...string) string {
	return filepath.Join(append([]string{d.path}, elem...)...)
}

// Close releases the lock.
func (d *Dir) Close() error {
	if d.lock == nil {
		return nil
	}
	err := d.lock.Close() // closing the descriptor releases the flock
	d.lock = nil
	return err
}
