package relay

import (
	"context"
	"io"
	"sync"
)

// ConnSet tracks hijacked connections (WebSockets), which http.Server's
// Shutdown neither waits for nor closes. The zero value is ready to use; it
// is safe for concurrent use.
type ConnSet struct {
	mu     sync.Mutex
	m      map[io.Closer]struct{}
	closed bool
	wg     sync.WaitGroup
}

// Add tracks c until Done; it returns false (and tracks nothing) once
// CloseAll has run, so a connection accepted during shutdown is refused.
func (s *ConnSet) Add(c io.Closer) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	if s.m == nil {
		s.m = map[io.Closer]struct{}{}
	}
	s.m[c] = struct{}{}
	s.wg.Add(1)
	return true
}

// Done stops tracking c, which has ended.
func (s *ConnSet) Done(c io.Closer) {
	s.mu.Lock()
	if _, ok := s.m[c]; ok {
		delete(s.m, c)
		s.wg.Done()
	}
	s.mu.Unlock()
}

// CloseAll closes every tracked connection and refuses new ones.
func (s *ConnSet) CloseAll() {
	s.mu.Lock()
	s.closed = true
	conns := make([]io.Closer, 0, len(s.m))
	for c := range s.m {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// Wait blocks until every tracked connection is Done or ctx ends.
func (s *ConnSet) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
