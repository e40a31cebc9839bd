package txrelay_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/relaynode/relaynode/internal/txrelay"
)

// sse reads a token's event stream until stop says so or the deadline.
func (r *rig) sse(token, lastID string, stop func([]txrelay.Event) bool) []txrelay.Event {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.url+"/v1/events", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		r.t.Fatalf("events: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var got []txrelay.Event
	sc := bufio.NewScanner(resp.Body)
	id := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "id: "):
			id = strings.TrimPrefix(line, "id: ")
		case strings.HasPrefix(line, "data: "):
			var e txrelay.Event
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &e); err != nil {
				r.t.Fatalf("event data: %v: %s", err, line)
			}
			if strconv.FormatInt(e.Seq, 10) != id {
				r.t.Fatalf("event id %q but seq %d", id, e.Seq)
			}
			got = append(got, e)
			if stop(got) {
				return got
			}
		}
	}
	r.t.Fatalf("the stream ended (%v) after %d events", sc.Err(), len(got))
	return nil
}

// confirmedAll reports whether evs hold a confirmed event for every id.
func confirmedAll(ids []string) func([]txrelay.Event) bool {
	return func(evs []txrelay.Event) bool {
		done := map[string]bool{}
		for _, e := range evs {
			if e.Status == txrelay.StatusConfirmed {
				done[e.Request] = true
			}
		}
		for _, id := range ids {
			if !done[id] {
				return false
			}
		}
		return true
	}
}

// TestEventStreamIsCompletePerToken: a subscriber sees each of its
// requests go queued → signed → broadcast → included → confirmed, in
// sequence order, and never another token's requests; reconnecting with
// Last-Event-ID resumes after that event with nothing skipped.
func TestEventStreamIsCompletePerToken(t *testing.T) {
	r := newRig(t, 50*time.Millisecond, func(c *txrelay.Config) {
		c.Tokens = append(c.Tokens, txrelay.Token{Name: "other", Hash: txrelay.HashToken("other-token")})
	})
	var mine []string
	var streamed []txrelay.Event
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the stream runs while requests arrive and land
		defer wg.Done()
		streamed = r.sse(testToken, "", func(evs []txrelay.Event) bool { return len(evs) >= 5*20 })
	}()
	for i := range 20 {
		mine = append(mine, r.submit(txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1", IdempotencyKey: fmt.Sprint("m", i)}).ID)
		code, _, out := r.post("/v1/tx", "other-token", txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1"})
		if code != http.StatusAccepted {
			t.Fatalf("other token: %d %v", code, out)
		}
	}
	wg.Wait()

	want := []txrelay.Status{txrelay.StatusQueued, txrelay.StatusSigned, txrelay.StatusBroadcast, txrelay.StatusIncluded, txrelay.StatusConfirmed}
	isMine := map[string]bool{}
	for _, id := range mine {
		isMine[id] = true
	}
	seen := map[string][]txrelay.Status{}
	var last int64
	for _, e := range streamed {
		if !isMine[e.Request] {
			t.Fatalf("the stream carried another token's request: %+v", e)
		}
		if e.Seq <= last {
			t.Fatalf("event %d after %d: out of order", e.Seq, last)
		}
		last = e.Seq
		seen[e.Request] = append(seen[e.Request], e.Status)
	}
	for _, id := range mine {
		if fmt.Sprint(seen[id]) != fmt.Sprint(want) {
			t.Fatalf("%s: events %v, want %v", id, seen[id], want)
		}
	}

	// Resume from the middle: exactly the rest, from the ledger.
	mid := streamed[len(streamed)/2]
	rest := r.sse(testToken, strconv.FormatInt(mid.Seq, 10), func(evs []txrelay.Event) bool {
		return len(evs) >= len(streamed)-len(streamed)/2-1
	})
	for i, e := range rest {
		if e != streamed[len(streamed)/2+1+i] {
			t.Fatalf("resumed event %d: %+v, want %+v", i, e, streamed[len(streamed)/2+1+i])
		}
	}
}

// TestWebhookDeliversEveryEventAcrossFailuresAndRestart: the webhook gets
// every event in order (at least once) although its first answers are
// errors and the relayer restarts in between.
func TestWebhookDeliversEveryEventAcrossFailuresAndRestart(t *testing.T) {
	var mu sync.Mutex
	var got []txrelay.Event
	calls := 0
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		if calls <= 2 {
			http.Error(w, "not yet", http.StatusServiceUnavailable)
			return
		}
		var evs []txrelay.Event
		if err := json.NewDecoder(req.Body).Decode(&evs); err != nil {
			t.Errorf("webhook body: %v", err)
		}
		got = append(got, evs...)
	}))
	defer hook.Close()
	r := newRig(t, 50*time.Millisecond, func(c *txrelay.Config) { c.WebhookURL = hook.URL })

	var ids []string
	for i := range 5 {
		ids = append(ids, r.submit(txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1", IdempotencyKey: fmt.Sprint("w", i)}).ID)
	}
	r.waitFinal(ids, 30*time.Second)
	r.rl.Shutdown(context.Background())
	r.start()
	for i := 5; i < 10; i++ {
		ids = append(ids, r.submit(txrelay.TxRequest{To: "0x1111111111111111111111111111111111111111", Value: "1", IdempotencyKey: fmt.Sprint("w", i)}).ID)
	}
	r.waitFinal(ids, 30*time.Second)

	deadline := time.Now().Add(30 * time.Second)
	for {
		mu.Lock()
		done := confirmedAll(ids)(got)
		evs := append([]txrelay.Event(nil), got...)
		mu.Unlock()
		if done {
			var next int64 = 1
			for _, e := range evs {
				if e.Seq > next {
					t.Fatalf("event %d skipped (next delivered: %d)", next, e.Seq)
				}
				next = max(next, e.Seq+1)
			}
			if next-1 != int64(5*len(ids)) {
				t.Fatalf("delivered events up to %d, want %d", next-1, 5*len(ids))
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the webhook has %d events after the deadline", len(evs))
		}
		time.Sleep(50 * time.Millisecond)
	}
}
