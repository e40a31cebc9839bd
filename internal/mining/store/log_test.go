package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/protocol"
)

func openLogT(t testing.TB, dir string, opts LogOptions) *PebbleLog {
	t.Helper()
	l, err := OpenLog(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil && !errors.Is(err, ErrClosed) {
			t.Error(err)
		}
	})
	return l
}

func testSession(start uint64, supplier byte) SessionKey {
	svc, _ := protocol.ParseServiceID("eth")
	return SessionKey{
		Application:  common.Address{0xaa, 1},
		Service:      svc,
		SessionStart: start,
		Supplier:     common.Address{0x55, supplier},
	}
}

// testEntry returns the i-th entry of s: a key derived from (s, i), a record
// whose bytes depend on i, weight 1 + i%5.
func testEntry(s SessionKey, i int) Entry {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(i))
	sk := s.Bytes()
	rec := make([]byte, protocol.RelayRecordSize)
	for j := range rec {
		rec[j] = byte(i + j)
	}
	return Entry{Session: s, Key: crypto.Keccak256Hash(sk[:], n[:]), Record: rec, Weight: uint64(1 + i%5)}
}

func scanAll(t testing.TB, l RelayLog, s SessionKey) []Entry {
	t.Helper()
	var out []Entry
	if err := l.Scan(context.Background(), s, func(e Entry) error {
		out = append(out, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSessionKeyEncoding(t *testing.T) {
	s := testSession(120, 7)
	b := s.Bytes()
	got, err := ParseSessionKey(b[:])
	if err != nil || got != s {
		t.Fatalf("round trip: %v, %v", got, err)
	}
	if !bytes.Equal(s.AppendBytes([]byte{1}), append([]byte{1}, b[:]...)) {
		t.Fatal("AppendBytes differs from Bytes")
	}
	if _, err := ParseSessionKey(b[:79]); !errors.Is(err, ErrInvalidKey) {
		t.Fatalf("short key: %v", err)
	}
	// Encodings sort by SessionStart first, whatever the other fields.
	earlier := s
	earlier.SessionStart = 119
	earlier.Application = common.Address{0xff}
	eb := earlier.Bytes()
	if bytes.Compare(eb[:], b[:]) >= 0 {
		t.Fatal("an earlier session does not sort first")
	}
	str := s.String()
	for _, want := range []string{"service=eth", "start=120", s.Application.Hex(), s.Supplier.Hex()} {
		if !strings.Contains(str, want) {
			t.Fatalf("String() = %q, missing %q", str, want)
		}
	}
}

func TestLogAppendScanReopen(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	l, err := OpenLog(dir, LogOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s1, s2 := testSession(200, 1), testSession(100, 2)
	var want1 []Entry
	var weight1 uint64
	for i := range 50 {
		e := testEntry(s1, i)
		want1 = append(want1, e)
		weight1 += e.Weight
		if err := l.Append(ctx, e); err != nil {
			t.Fatal(err)
		}
		if err := l.Append(ctx, testEntry(s2, i)); err != nil {
			t.Fatal(err)
		}
	}
	slices.SortFunc(want1, func(a, b Entry) int { return bytes.Compare(a.Key[:], b.Key[:]) })
	check := func(l *PebbleLog) {
		t.Helper()
		got := scanAll(t, l, s1)
		if len(got) != len(want1) {
			t.Fatalf("scan: %d entries, want %d", len(got), len(want1))
		}
		for i := range got {
			w := want1[i]
			if got[i].Session != s1 || got[i].Key != w.Key || got[i].Weight != w.Weight || !bytes.Equal(got[i].Record, w.Record) {
				t.Fatalf("entry %d: got %+v, want %+v", i, got[i], w)
			}
		}
		tot, err := l.Totals(ctx, s1)
		if err != nil || tot != (Totals{Relays: 50, Weight: weight1}) {
			t.Fatalf("totals: %+v, %v; want 50 relays, weight %d", tot, err, weight1)
		}
		if n, err := l.Count(ctx, s2); err != nil || n != 50 {
			t.Fatalf("count s2: %d, %v", n, err)
		}
		if n, err := l.Count(ctx, testSession(300, 1)); err != nil || n != 0 {
			t.Fatalf("count of an unknown session: %d, %v", n, err)
		}
		ss, err := l.Sessions(ctx)
		if err != nil || !slices.Equal(ss, []SessionKey{s2, s1}) {
			t.Fatalf("sessions: %v, %v; want [s2 s1] (chronological)", ss, err)
		}
	}
	check(l)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	check(openLogT(t, dir, LogOptions{}))
}

func TestLogAppendIsIdempotent(t *testing.T) {
	ctx := context.Background()
	l := openLogT(t, t.TempDir(), LogOptions{})
	s := testSession(100, 1)
	e := testEntry(s, 1)
	for range 3 {
		if err := l.Append(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	// The same key with another record keeps the first.
	other := testEntry(s, 2)
	other.Key = e.Key
	if err := l.Append(ctx, other); err != nil {
		t.Fatal(err)
	}
	// Concurrent duplicates land in one group commit.
	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			if err := l.Append(ctx, testEntry(s, 3)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	got := scanAll(t, l, s)
	if len(got) != 2 || (got[0].Key == e.Key && !bytes.Equal(got[0].Record, e.Record)) || (got[1].Key == e.Key && !bytes.Equal(got[1].Record, e.Record)) {
		t.Fatalf("got %d entries (want 2, the first record of each key kept)", len(got))
	}
	tot, err := l.Totals(ctx, s)
	if want := (Totals{Relays: 2, Weight: e.Weight + testEntry(s, 3).Weight}); err != nil || tot != want {
		t.Fatalf("totals %+v, %v; want %+v", tot, err, want)
	}
}

func TestLogConcurrentAppends(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l, err := OpenLog(dir, LogOptions{MaxBatch: 64})
	if err != nil {
		t.Fatal(err)
	}
	sessions := []SessionKey{testSession(100, 1), testSession(100, 2), testSession(104, 1)}
	const callers, each = 48, 40
	var wg sync.WaitGroup
	for c := range callers {
		wg.Go(func() {
			for i := range each {
				s := sessions[(c+i)%len(sessions)]
				if err := l.Append(ctx, testEntry(s, c*each+i)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	l.Close()
	l = openLogT(t, dir, LogOptions{})
	var total uint64
	for _, s := range sessions {
		n, err := l.Count(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if got := uint64(len(scanAll(t, l, s))); got != n {
			t.Fatalf("%s: scan finds %d entries, Count says %d", s, got, n)
		}
		total += n
	}
	if total != callers*each {
		t.Fatalf("%d entries, want %d", total, callers*each)
	}
}

func TestLogDeleteSession(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l, err := OpenLog(dir, LogOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s1, s2 := testSession(100, 1), testSession(100, 2)
	for i := range 20 {
		for _, s := range []SessionKey{s1, s2} {
			if err := l.Append(ctx, testEntry(s, i)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := l.DeleteSession(ctx, s1); err != nil {
		t.Fatal(err)
	}
	if got := scanAll(t, l, s1); len(got) != 0 {
		t.Fatalf("%d entries left after DeleteSession", len(got))
	}
	if ss, _ := l.Sessions(ctx); !slices.Equal(ss, []SessionKey{s2}) {
		t.Fatalf("sessions %v, want [s2]", ss)
	}
	// Deleting interleaved with concurrent appends to the other session.
	var wg sync.WaitGroup
	for c := range 8 {
		wg.Go(func() {
			for i := range 10 {
				if err := l.Append(ctx, testEntry(s2, 100+c*10+i)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	if err := l.DeleteSession(ctx, s1); err != nil { // already empty: no error
		t.Fatal(err)
	}
	wg.Wait()
	// A deleted session starts again from zero.
	if err := l.Append(ctx, testEntry(s1, 5)); err != nil {
		t.Fatal(err)
	}
	l.Close()
	l = openLogT(t, dir, LogOptions{})
	if n, _ := l.Count(ctx, s1); n != 1 {
		t.Fatalf("count after delete and one append: %d", n)
	}
	if n, _ := l.Count(ctx, s2); n != 100 || len(scanAll(t, l, s2)) != 100 {
		t.Fatalf("other session: count %d, want 100", n)
	}
}

func TestLogRejectsBadInput(t *testing.T) {
	if err := (LogOptions{MaxBatch: -1}).Validate(); !errors.Is(err, ErrInvalidOptions) {
		t.Fatalf("MaxBatch -1: %v", err)
	}
	if _, err := OpenLog(t.TempDir(), LogOptions{MaxBatch: MaxMaxBatch + 1}); !errors.Is(err, ErrInvalidOptions) {
		t.Fatalf("MaxBatch too large: %v", err)
	}
	l := openLogT(t, t.TempDir(), LogOptions{})
	e := testEntry(testSession(1, 1), 1)
	e.Record = e.Record[:100]
	if err := l.Append(context.Background(), e); !errors.Is(err, ErrInvalidEntry) || !strings.Contains(err.Error(), "want 384") {
		t.Fatalf("short record: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Append(ctx, testEntry(testSession(1, 1), 1)); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled context: %v", err)
	}
	sentinel := errors.New("stop")
	l.Append(context.Background(), testEntry(testSession(1, 1), 2))
	if err := l.Scan(context.Background(), testSession(1, 1), func(Entry) error { return sentinel }); err != sentinel {
		t.Fatalf("Scan returned %v, want fn's error", err)
	}
}

func TestLogRefusesOtherFormat(t *testing.T) {
	dir := t.TempDir()
	db, err := pebble.Open(dir, pebbleOptions(nil))
	if err != nil {
		t.Fatal(err)
	}
	db.Set([]byte{prefixVersion}, []byte{0, 0, 0, 0, 0, 0, 0, 9}, pebble.Sync)
	db.Close()
	if _, err := OpenLog(dir, LogOptions{}); !errors.Is(err, ErrFormat) {
		t.Fatalf("OpenLog on format 9: %v", err)
	}
}

// TestLogCloseDrains closes the log while callers append: each Append either
// succeeds, and its entry is there after reopening, or fails with ErrClosed.
func TestLogCloseDrains(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l, err := OpenLog(dir, LogOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := testSession(100, 1)
	var (
		mu    sync.Mutex
		acked []common.Hash
		wg    sync.WaitGroup
		ready = make(chan struct{}, 16)
	)
	for c := range 16 {
		wg.Go(func() {
			for i := 0; ; i++ {
				e := testEntry(s, c*1_000_000+i)
				err := l.Append(ctx, e)
				if i == 5 {
					ready <- struct{}{}
				}
				if errors.Is(err, ErrClosed) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				acked = append(acked, e.Key)
				mu.Unlock()
			}
		})
	}
	for range 16 {
		<-ready
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if err := l.Close(); !errors.Is(err, ErrClosed) {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := l.Sessions(ctx); !errors.Is(err, ErrClosed) {
		t.Fatalf("Sessions after Close: %v", err)
	}
	l = openLogT(t, dir, LogOptions{})
	have := map[common.Hash]bool{}
	for _, e := range scanAll(t, l, s) {
		have[e.Key] = true
	}
	for _, k := range acked {
		if !have[k] {
			t.Fatalf("acknowledged entry %s missing after Close and reopen", k)
		}
	}
	if len(have) != len(acked) {
		t.Fatalf("%d entries stored, %d acknowledged", len(have), len(acked))
	}
	t.Logf("%d entries acknowledged before Close", len(acked))
}
