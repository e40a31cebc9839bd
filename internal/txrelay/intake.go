package txrelay

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// intake commits accepted requests in groups: it collects what arrives
// within a short linger (or up to a batch size) and writes it in one SQLite
// transaction, so that durable acknowledgement costs one fsync per group,
// not per request. Nothing is acknowledged before its group is committed.
type intake struct {
	ledger *Ledger
	engine *Engine
	now    func() time.Time
	// committed is told when new requests' events are durable.
	committed func()
	in        chan *submission
	stop      chan struct{}
	wg        sync.WaitGroup
}

type submission struct {
	reqs  []*Request
	reply chan intakeResult
}

type intakeResult struct {
	accepted []Accepted
	err      error
}

const (
	intakeLinger   = time.Millisecond
	intakeMaxBatch = 1024
)

func newIntake(l *Ledger, e *Engine, now func() time.Time, committed func()) *intake {
	in := &intake{ledger: l, engine: e, now: now, committed: committed, in: make(chan *submission, 4096), stop: make(chan struct{})}
	in.wg.Add(1)
	go in.run()
	return in
}

var errIntakeClosed = errors.New("txrelay: shutting down")

// submit commits reqs (all or none) and returns what each became.
func (in *intake) submit(ctx context.Context, reqs []*Request) ([]Accepted, error) {
	s := &submission{reqs: reqs, reply: make(chan intakeResult, 1)}
	select {
	case in.in <- s:
	case <-in.stop:
		return nil, errIntakeClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case r := <-s.reply:
		return r.accepted, r.err
	case <-ctx.Done():
		// The group may still commit; the caller's retry with the same
		// idempotency key finds it.
		return nil, ctx.Err()
	}
}

func (in *intake) run() {
	defer in.wg.Done()
	for {
		var first *submission
		select {
		case first = <-in.in:
		case <-in.stop:
			return
		}
		group := []*submission{first}
		n := len(first.reqs)
		timer := time.NewTimer(intakeLinger)
	collect:
		for n < intakeMaxBatch {
			select {
			case s := <-in.in:
				group = append(group, s)
				n += len(s.reqs)
			case <-timer.C:
				break collect
			}
		}
		timer.Stop()
		in.commit(group)
	}
}

func (in *intake) commit(group []*submission) {
	var all []*Request
	for _, s := range group {
		all = append(all, s.reqs...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	accepted, err := in.ledger.Insert(ctx, all, in.now())
	if err != nil {
		err = fmt.Errorf("txrelay: committing requests: %w", err)
		for _, s := range group {
			s.reply <- intakeResult{err: err}
		}
		return
	}
	var fresh []*Request
	for i, a := range accepted {
		if !a.Duplicate {
			fresh = append(fresh, all[i])
		}
	}
	in.engine.Enqueue(fresh)
	if len(fresh) > 0 {
		in.committed() // their "queued" events are durable
	}
	i := 0
	for _, s := range group {
		s.reply <- intakeResult{accepted: accepted[i : i+len(s.reqs)]}
		i += len(s.reqs)
	}
}

func (in *intake) shutdown() {
	close(in.stop)
	in.wg.Wait()
}
