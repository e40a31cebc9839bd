package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/protocol"
)

// Key prefixes (first byte of every key); see the package documentation.
const (
	prefixVersion = 'v'
	prefixSession = 's'
	prefixRelay   = 'r'
	prefixTree    = 't'

	formatVersion = 1

	relayKeySize   = 1 + SessionKeySize + common.HashLength
	relayValueSize = 8 + protocol.RelayRecordSize
	totalsSize     = 16
)

// Defaults and limits of LogOptions.
const (
	DefaultMaxBatch = 1024
	MaxMaxBatch     = 1 << 16

	// syncQueue bounds the groups applied but not yet synced: when the disk
	// falls behind, the committer, and then Append, waits.
	syncQueue = 64
)

// RelayLog is the durable mined-relay log as the miner uses it: an append-only
// set of relays per claim, read back to rebuild session trees after a restart
// and dropped once the claim is settled. Implementations are safe for
// concurrent use. PebbleLog is the local implementation; a replicated one can
// stand in for it.
type RelayLog interface {
	// Append returns once e is durable. Appending an entry whose (Session,
	// Key) is already present succeeds and changes nothing.
	Append(ctx context.Context, e Entry) error
	// Scan calls fn for every entry of session s in key order.
	Scan(ctx context.Context, s SessionKey, fn func(Entry) error) error
	// Sessions returns the sessions that have entries.
	Sessions(ctx context.Context) ([]SessionKey, error)
	// Count returns the number of distinct entries of session s.
	Count(ctx context.Context, s SessionKey) (uint64, error)
	// Totals returns the number of distinct entries of session s and the
	// sum of their weights.
	Totals(ctx context.Context, s SessionKey) (Totals, error)
	// DeleteSession durably removes every entry of session s.
	DeleteSession(ctx context.Context, s SessionKey) error
	// Close waits for in-flight calls, then releases the log.
	Close() error
}

var _ RelayLog = (*PebbleLog)(nil)

// Entry is one mined relay: the relay record that becomes a tree leaf's value,
// stored under the relay key (the request digest) in its claim's session.
type Entry struct {
	Session SessionKey
	Key     common.Hash // the relay key: the request digest, the tree leaf's key
	Record  []byte      // the relay record, protocol.RelayRecordSize (384) bytes
	Weight  uint64      // the leaf's weight (compute units)
}

func (e Entry) validate() error {
	if len(e.Record) != protocol.RelayRecordSize {
		return fmt.Errorf("%w: record of relay %s is %d bytes, want %d (protocol.RelayRecordSize)",
			ErrInvalidEntry, e.Key, len(e.Record), protocol.RelayRecordSize)
	}
	return nil
}

// Totals are a session's distinct relays and the sum of their weights.
type Totals struct {
	Relays uint64
	Weight uint64
}

// LogOptions configure OpenLog. The zero value means defaults.
type LogOptions struct {
	// MaxBatch bounds how many Appends one group commit carries, and how many
	// may queue for the next one before Append blocks. 0 means
	// DefaultMaxBatch (1,024); accepted: 1 to MaxMaxBatch (65,536).
	MaxBatch int
	// Logger receives Pebble's messages (informational ones at debug level).
	// nil discards them.
	Logger *slog.Logger
}

// Validate reports the first field out of range.
func (o LogOptions) Validate() error {
	if o.MaxBatch < 0 || o.MaxBatch > MaxMaxBatch {
		return fmt.Errorf("%w: MaxBatch %d, want 0 (default %d) to %d", ErrInvalidOptions, o.MaxBatch, DefaultMaxBatch, MaxMaxBatch)
	}
	return nil
}

// PebbleLog is a RelayLog in a Pebble database. It is safe for concurrent use.
//
// Appends are group-committed by two goroutines the log owns. The committer
// takes the first queued request and every other one already queued (up to
// MaxBatch), checks each key for a duplicate and writes them as one Pebble
// batch with a WAL sync requested (pebble.Sync), but hands the wait for that
// sync to the syncer instead of waiting itself, and goes on with the next
// group. The syncer waits for each batch's sync in order and acknowledges its
// Appends. Pebble syncs the WAL once for every batch written while the
// previous sync ran, so a lone caller pays one fsync and many callers share
// each one; the committer never waits for more callers to arrive.
//
// Reads (Scan, Count, Totals, Sessions) may see an entry a moment before its
// Append returns, between its write and the WAL sync.
type PebbleLog struct {
	db       *pebble.DB
	dir      string
	maxBatch int
	reqs     chan *request // to commitLoop; closed by Close
	toSync   chan pending  // applied batches, from commitLoop to syncLoop
	done     chan struct{} // closed when syncLoop, the last stage, has exited

	mu     sync.Mutex
	closed bool
	ops    sync.WaitGroup // calls in flight; Close waits for them

	batches atomic.Uint64 // batches written by the committer and synced
	acked   atomic.Uint64 // requests acknowledged by the syncer
}

// request is one Append (key, value set) or DeleteSession (del set). The
// committer answers on done if applying it fails, the syncer once it is
// durable; done is buffered, so neither blocks on a caller that gave up.
type request struct {
	session SessionKey
	key     []byte // relay key (Append)
	value   []byte // weight ‖ record (Append)
	weight  uint64
	del     bool
	done    chan error
}

// OpenLog opens (creating if needed) the log in directory dir and starts its
// committer and syncer. Close it to stop them and release the database.
func OpenLog(dir string, opts LogOptions) (*PebbleLog, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.MaxBatch == 0 {
		opts.MaxBatch = DefaultMaxBatch
	}
	db, err := pebble.Open(dir, pebbleOptions(opts.Logger))
	if err != nil {
		return nil, fmt.Errorf("store: open log %s: %w", dir, err)
	}
	if err := checkFormat(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open log %s: %w", dir, err)
	}
	l := &PebbleLog{
		db:       db,
		dir:      dir,
		maxBatch: opts.MaxBatch,
		reqs:     make(chan *request, opts.MaxBatch),
		toSync:   make(chan pending, syncQueue),
		done:     make(chan struct{}),
	}
	go l.commitLoop()
	go l.syncLoop()
	return l, nil
}

// checkFormat writes the format version into a new database and refuses one
// written with another.
func checkFormat(db *pebble.DB) error {
	key := []byte{prefixVersion}
	v, closer, err := db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], formatVersion)
		return db.Set(key, b[:], pebble.Sync)
	}
	if err != nil {
		return err
	}
	defer closer.Close()
	if len(v) != 8 || binary.BigEndian.Uint64(v) != formatVersion {
		return fmt.Errorf("%w: version %x, this build reads %d", ErrFormat, v, formatVersion)
	}
	return nil
}

// DB returns the underlying database, for tree stores that share it (see
// NewMapStore and TreePrefix). It must not be used after Close.
func (l *PebbleLog) DB() *pebble.DB { return l.db }

// enter registers a call in flight, or fails once Close has begun.
func (l *PebbleLog) enter() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return ErrClosed
	}
	l.ops.Add(1)
	return nil
}

// Append returns nil once e is durable (in a synced Pebble WAL write). If ctx
// ends first it returns the context's error, wrapped; the entry may still be
// written. Appending an entry whose (Session, Key) is present succeeds, keeps
// the first entry and does not change the session's Totals. Entry.Record is
// copied before Append returns.
func (l *PebbleLog) Append(ctx context.Context, e Entry) error {
	if err := e.validate(); err != nil {
		return err
	}
	if err := l.enter(); err != nil {
		return err
	}
	defer l.ops.Done()
	r := &request{
		session: e.Session,
		key:     relayKey(e.Session, e.Key),
		value:   make([]byte, relayValueSize),
		weight:  e.Weight,
		done:    make(chan error, 1),
	}
	binary.BigEndian.PutUint64(r.value, e.Weight)
	copy(r.value[8:], e.Record)
	if err := l.submit(ctx, r); err != nil {
		return fmt.Errorf("store: append relay %s to %s: %w", e.Key, e.Session, err)
	}
	return nil
}

// DeleteSession durably removes every entry of session s and its totals. It
// is ordered with Appends: those acknowledged before it are deleted, those
// submitted after it are kept. Like Append, it returns the context's error if
// ctx ends first, and the deletion may still happen.
func (l *PebbleLog) DeleteSession(ctx context.Context, s SessionKey) error {
	if err := l.enter(); err != nil {
		return err
	}
	defer l.ops.Done()
	r := &request{session: s, del: true, done: make(chan error, 1)}
	if err := l.submit(ctx, r); err != nil {
		return fmt.Errorf("store: delete session %s: %w", s, err)
	}
	return nil
}

// submit queues r for the committer and waits for its answer.
func (l *PebbleLog) submit(ctx context.Context, r *request) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case l.reqs <- r:
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-r.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// commitLoop is the committer: it runs until Close closes reqs. It takes the
// first queued request and every other one already queued (up to maxBatch)
// and applies them (applyGroup), then goes on with the next group while
// syncLoop waits for the disk.
func (l *PebbleLog) commitLoop() {
	defer close(l.toSync)
	group := make([]*request, 0, l.maxBatch)
	for r := range l.reqs {
		group = append(group[:0], r)
	gather:
		for len(group) < l.maxBatch {
			select {
			case r, ok := <-l.reqs:
				if !ok {
					break gather
				}
				group = append(group, r)
			default:
				break gather
			}
		}
		l.applyGroup(group)
		clear(group) // drop references to handed-off requests
	}
}

// applyGroup applies the requests of group in order: the Appends as one batch,
// and each DeleteSession as its own batch between them. Each batch goes to
// the WAL with a sync requested, without waiting for it; syncLoop waits. A
// request that fails is answered at once.
func (l *PebbleLog) applyGroup(group []*request) {
	var (
		batch   *pebble.Batch
		applied []*request
		totals  map[SessionKey]*Totals
	)
	start := func() {
		batch = l.db.NewIndexedBatch()
		applied = nil
		totals = map[SessionKey]*Totals{}
	}
	finish := func() {
		written, err := l.applyAppends(batch, totals)
		l.handOff(batch, written, applied, err)
	}
	start()
	for _, r := range group {
		if r.del {
			finish()
			del, err := l.applyDelete(r.session)
			l.handOff(del, true, []*request{r}, err)
			start()
			continue
		}
		if err := l.stage(batch, totals, r); err != nil {
			r.done <- err
			continue
		}
		applied = append(applied, r)
	}
	finish()
}

// pending is a batch applied with its WAL sync not yet waited for (nil if
// the batch was empty) and the requests it answers.
type pending struct {
	batch *pebble.Batch
	reqs  []*request
}

// handOff passes batch, if written, and its requests to syncLoop. If writing
// failed, or batch was not written (it was empty), it closes batch; on
// failure it answers the requests with err at once.
func (l *PebbleLog) handOff(batch *pebble.Batch, written bool, reqs []*request, err error) {
	if err != nil || !written {
		batch.Close()
		batch = nil
	}
	if err != nil {
		for _, r := range reqs {
			r.done <- err
		}
		return
	}
	if batch == nil && len(reqs) == 0 {
		return
	}
	l.toSync <- pending{batch, reqs}
}

// syncLoop is the syncer: it runs until commitLoop closes toSync. In the
// order they were applied, it waits for each batch's WAL sync (Pebble syncs
// the WAL once for all the batches written while the previous sync ran) and
// answers its requests. Requests that wrote nothing (duplicates) are answered
// after the batches applied before them are synced.
func (l *PebbleLog) syncLoop() {
	defer close(l.done)
	for p := range l.toSync {
		var err error
		if p.batch != nil {
			if err = p.batch.SyncWait(); err != nil {
				err = fmt.Errorf("store: sync log: %w", err)
			}
			p.batch.Close()
			l.batches.Add(1)
		}
		l.acked.Add(uint64(len(p.reqs)))
		for _, r := range p.reqs {
			r.done <- err
		}
	}
}

// stage adds the Append r to batch unless its key is already in the database
// or the batch, and counts it in totals. A duplicate is still handed to
// syncLoop: the entry it duplicates may not be synced yet.
func (l *PebbleLog) stage(batch *pebble.Batch, totals map[SessionKey]*Totals, r *request) error {
	_, closer, err := batch.Get(r.key)
	if err == nil {
		closer.Close()
		return nil
	}
	if !errors.Is(err, pebble.ErrNotFound) {
		return fmt.Errorf("store: check relay in %s: %w", r.session, err)
	}
	t := totals[r.session]
	if t == nil {
		loaded, err := readTotals(batch.Get, r.session)
		if err != nil {
			return err
		}
		t = &loaded
		totals[r.session] = t
	}
	weight, carry := bits.Add64(t.Weight, r.weight, 0)
	if carry != 0 {
		return fmt.Errorf("%w: session %s weight %d + %d overflows 64 bits", ErrInvalidEntry, r.session, t.Weight, r.weight)
	}
	if err := batch.Set(r.key, r.value, nil); err != nil {
		return fmt.Errorf("store: stage relay in %s: %w", r.session, err)
	}
	t.Relays++
	t.Weight = weight
	return nil
}

// applyAppends writes the updated totals into batch and, unless it is empty,
// applies it with a WAL sync requested but not waited for. It reports whether
// it applied batch.
func (l *PebbleLog) applyAppends(batch *pebble.Batch, totals map[SessionKey]*Totals) (bool, error) {
	for s, t := range totals {
		var v [totalsSize]byte
		binary.BigEndian.PutUint64(v[0:8], t.Relays)
		binary.BigEndian.PutUint64(v[8:16], t.Weight)
		if err := batch.Set(sessionKey(s), v[:], nil); err != nil {
			return false, fmt.Errorf("store: stage totals of %s: %w", s, err)
		}
	}
	if batch.Empty() {
		return false, nil
	}
	if err := l.db.ApplyNoSyncWait(batch, pebble.Sync); err != nil {
		return false, fmt.Errorf("store: write %d relays: %w", batch.Count(), err)
	}
	return true, nil
}

// applyDelete applies the deletion of session s like applyAppends.
func (l *PebbleLog) applyDelete(s SessionKey) (*pebble.Batch, error) {
	batch := l.db.NewBatch()
	p := relayPrefix(s)
	if err := batch.DeleteRange(p, prefixEnd(p), nil); err != nil {
		return batch, fmt.Errorf("store: delete session %s: %w", s, err)
	}
	if err := batch.Delete(sessionKey(s), nil); err != nil {
		return batch, fmt.Errorf("store: delete session %s: %w", s, err)
	}
	if err := l.db.ApplyNoSyncWait(batch, pebble.Sync); err != nil {
		return batch, fmt.Errorf("store: delete session %s: %w", s, err)
	}
	return batch, nil
}

// Scan calls fn for every entry of session s in key order, from a consistent
// snapshot taken when Scan starts. It stops at, and returns, the first error
// from fn (unwrapped) or from ctx. Each Entry's Record is fn's to keep. fn may
// call other methods of l but not Close.
func (l *PebbleLog) Scan(ctx context.Context, s SessionKey, fn func(Entry) error) error {
	if err := l.enter(); err != nil {
		return err
	}
	defer l.ops.Done()
	p := relayPrefix(s)
	it, err := l.db.NewIterWithContext(ctx, &pebble.IterOptions{LowerBound: p, UpperBound: prefixEnd(p)})
	if err != nil {
		return fmt.Errorf("store: scan %s: %w", s, err)
	}
	defer it.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		if n++; n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("store: scan %s: %w", s, err)
			}
		}
		v, err := it.ValueAndErr()
		if err != nil {
			return fmt.Errorf("store: scan %s: %w", s, err)
		}
		k := it.Key()
		if len(k) != relayKeySize || len(v) != relayValueSize {
			return fmt.Errorf("%w: relay entry in %s with %d-byte key and %d-byte value", ErrInvalidKey, s, len(k), len(v))
		}
		e := Entry{
			Session: s,
			Key:     common.BytesToHash(k[1+SessionKeySize:]),
			Record:  append([]byte(nil), v[8:]...),
			Weight:  binary.BigEndian.Uint64(v[:8]),
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("store: scan %s: %w", s, err)
	}
	return nil
}

// Sessions returns the sessions that have entries, in chronological order
// (SessionStart first; see SessionKey.Bytes). It reads one small key per
// session, not the relays.
func (l *PebbleLog) Sessions(ctx context.Context) ([]SessionKey, error) {
	if err := l.enter(); err != nil {
		return nil, err
	}
	defer l.ops.Done()
	p := []byte{prefixSession}
	it, err := l.db.NewIterWithContext(ctx, &pebble.IterOptions{LowerBound: p, UpperBound: prefixEnd(p)})
	if err != nil {
		return nil, fmt.Errorf("store: list sessions: %w", err)
	}
	defer it.Close()
	var out []SessionKey
	for ok := it.First(); ok; ok = it.Next() {
		s, err := ParseSessionKey(it.Key()[1:])
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("store: list sessions: %w", err)
	}
	return out, nil
}

// Count returns the number of distinct entries of session s (0 if it has
// none).
func (l *PebbleLog) Count(ctx context.Context, s SessionKey) (uint64, error) {
	t, err := l.Totals(ctx, s)
	return t.Relays, err
}

// Totals returns the number of distinct entries of session s and the sum of
// their weights, as of the last acknowledged Append.
func (l *PebbleLog) Totals(ctx context.Context, s SessionKey) (Totals, error) {
	if err := l.enter(); err != nil {
		return Totals{}, err
	}
	defer l.ops.Done()
	if err := ctx.Err(); err != nil {
		return Totals{}, fmt.Errorf("store: totals of %s: %w", s, err)
	}
	return readTotals(l.db.Get, s)
}

// readTotals reads the totals of s through get (a DB's or an indexed batch's).
func readTotals(get func([]byte) ([]byte, io.Closer, error), s SessionKey) (Totals, error) {
	v, closer, err := get(sessionKey(s))
	if errors.Is(err, pebble.ErrNotFound) {
		return Totals{}, nil
	}
	if err != nil {
		return Totals{}, fmt.Errorf("store: totals of %s: %w", s, err)
	}
	defer closer.Close()
	if len(v) != totalsSize {
		return Totals{}, fmt.Errorf("%w: totals of %s are %d bytes, want %d", ErrInvalidKey, s, len(v), totalsSize)
	}
	return Totals{Relays: binary.BigEndian.Uint64(v[0:8]), Weight: binary.BigEndian.Uint64(v[8:16])}, nil
}

// Close stops new calls (they get ErrClosed), waits for those in flight,
// commits every queued Append, stops the committer and closes the database.
// It must not be called from a Scan callback.
func (l *PebbleLog) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return ErrClosed
	}
	l.closed = true
	l.mu.Unlock()
	l.ops.Wait()
	close(l.reqs)
	<-l.done
	if err := l.db.Close(); err != nil {
		return fmt.Errorf("store: close log %s: %w", l.dir, err)
	}
	return nil
}

func relayPrefix(s SessionKey) []byte {
	return s.AppendBytes(append(make([]byte, 0, relayKeySize), prefixRelay))
}

func relayKey(s SessionKey, key common.Hash) []byte {
	return append(relayPrefix(s), key[:]...)
}

func sessionKey(s SessionKey) []byte {
	return s.AppendBytes(append(make([]byte, 0, 1+SessionKeySize), prefixSession))
}

// TreePrefix returns the key prefix under which session s's persisted tree
// lives in a database shared with a PebbleLog (see NewMapStore).
func TreePrefix(s SessionKey) []byte {
	return s.AppendBytes(append(make([]byte, 0, 1+SessionKeySize), prefixTree))
}
