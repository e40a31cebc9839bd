package txrelay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// hub tells SSE streams and the webhook worker that new status events are
// durable in the ledger. It carries no events: each reader reads the ledger
// after its own position, so every reader sees every event once, in
// sequence order, however the intake's and the engine's commits interleave,
// and a slow reader never makes anyone wait or lose anything.
type hub struct {
	mu   sync.Mutex
	subs map[chan struct{}]struct{}
}

func newHub() *hub { return &hub{subs: map[chan struct{}]struct{}{}} }

// notify wakes every subscriber (at most one pending wake-up each).
func (h *hub) notify() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

func (h *hub) subscribe() chan struct{} {
	ch := make(chan struct{}, 1)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	return ch
}

func (h *hub) unsubscribe(ch chan struct{}) {
	h.mu.Lock()
	delete(h.subs, ch)
	h.mu.Unlock()
}

// webhook posts every status event, in order and at least once, to a URL:
// batches of up to 100 as a JSON array, the position kept in the ledger so a
// restart resumes where delivery stopped.
type webhook struct {
	url    string
	ledger *Ledger
	hub    *hub
	client *http.Client
	log    *slog.Logger
	stop   chan struct{}
	done   chan struct{}
}

const webhookCursor = "webhook"

func startWebhook(url string, l *Ledger, h *hub, log *slog.Logger) *webhook {
	w := &webhook{url: url, ledger: l, hub: h, client: &http.Client{Timeout: 10 * time.Second}, log: log,
		stop: make(chan struct{}), done: make(chan struct{})}
	go w.run()
	return w
}

func (w *webhook) run() {
	defer close(w.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { <-w.stop; cancel() }()
	wake := w.hub.subscribe()
	defer w.hub.unsubscribe(wake)
	backoff := time.Second
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-tick.C:
		}
		for ctx.Err() == nil {
			n, err := w.deliver(ctx)
			if err != nil {
				w.log.Warn("txrelay: webhook delivery failed; retrying", "err", err, "in", backoff)
				select {
				case <-ctx.Done():
					return
				case <-time.After(backoff):
				}
				backoff = min(backoff*2, time.Minute)
				continue
			}
			backoff = time.Second
			if n == 0 {
				break
			}
		}
	}
}

// deliver sends the next batch and returns how many events it carried.
func (w *webhook) deliver(ctx context.Context) (int, error) {
	seq, err := w.ledger.Cursor(ctx, webhookCursor)
	if err != nil {
		return 0, err
	}
	evs, err := w.ledger.EventsAfter(ctx, seq, 100)
	if err != nil || len(evs) == 0 {
		return 0, err
	}
	body, _ := json.Marshal(evs)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.client.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return 0, fmt.Errorf("webhook answered %d", resp.StatusCode)
	}
	return len(evs), w.ledger.SetCursor(ctx, webhookCursor, evs[len(evs)-1].Seq)
}

func (w *webhook) shutdown() {
	close(w.stop)
	<-w.done
}
