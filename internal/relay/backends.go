package relay

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Backends is the set of backend URLs of one service. Requests go round-robin
// to backends believed healthy; a failed request marks its backend down at
// once (passive check) and a periodic probe (active check) brings it back. It
// is safe for concurrent use; Shutdown stops the probes.
type Backends struct {
	service string
	kind    string
	all     []*backend
	next    atomic.Uint64
	client  *http.Client
	log     *slog.Logger
	stop    chan struct{}
	wg      sync.WaitGroup
}

type backend struct {
	url     *url.URL
	healthy atomic.Bool
}

// NewBackends parses urls and starts probing them every interval.
func NewBackends(service, kind string, urls []string, client *http.Client, interval time.Duration, log *slog.Logger) (*Backends, error) {
	b := &Backends{service: service, kind: kind, client: client, log: log, stop: make(chan struct{})}
	for _, raw := range urls {
		u, err := url.Parse(strings.TrimRight(raw, "/"))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("relay: service %s: backend %q is not an http(s) URL", service, raw)
		}
		be := &backend{url: u}
		be.healthy.Store(true)
		b.all = append(b.all, be)
	}
	if len(b.all) == 0 {
		return nil, fmt.Errorf("relay: service %s has no backends", service)
	}
	b.wg.Add(1)
	go b.probeLoop(interval)
	return b, nil
}

// order returns the backends to try for one request: healthy ones first,
// starting at the round-robin position, then the others as a last resort.
func (b *Backends) order() []*backend {
	n := len(b.all)
	start := int(b.next.Add(1) % uint64(n))
	out := make([]*backend, 0, n)
	for i := range n {
		if be := b.all[(start+i)%n]; be.healthy.Load() {
			out = append(out, be)
		}
	}
	for i := range n {
		if be := b.all[(start+i)%n]; !be.healthy.Load() {
			out = append(out, be)
		}
	}
	return out
}

// errBackend is a backend failure worth failing over: no connection, or an
// answer saying the backend cannot serve (502, 503, 504).
type errBackend struct {
	url     string
	err     error
	status  int
	timeout bool
}

func (e *errBackend) Error() string {
	if e.status != 0 {
		return fmt.Sprintf("backend %s answered %d", e.url, e.status)
	}
	return fmt.Sprintf("backend %s: %v", e.url, e.err)
}

// Do sends the request built by build to one backend after another until one
// answers; it returns the first answer that is not a backend failure. The
// caller closes the response body. timeout bounds each attempt until the
// response headers arrive.
func (b *Backends) Do(ctx context.Context, timeout time.Duration, build func(ctx context.Context, base *url.URL) (*http.Request, error)) (*http.Response, error) {
	var last error
	for _, be := range b.order() {
		if ctx.Err() != nil {
			break
		}
		resp, err := b.try(ctx, be, timeout, build)
		if err == nil {
			return resp, nil
		}
		last = err
		var eb *errBackend
		if !errors.As(err, &eb) {
			return nil, err // not the backend's fault (e.g. a request we could not build)
		}
		be.healthy.Store(false)
		b.log.Warn("relay: backend failed; trying the next", "service", b.service, "backend", be.url.Redacted(), "err", err)
	}
	if last == nil {
		last = ctx.Err()
	}
	return nil, last
}

func (b *Backends) try(ctx context.Context, be *backend, timeout time.Duration, build func(context.Context, *url.URL) (*http.Request, error)) (*http.Response, error) {
	actx, cancel := context.WithCancel(ctx)
	timer := time.AfterFunc(timeout, cancel) // cancels only until headers arrive
	req, err := build(actx, be.url)
	if err != nil {
		timer.Stop()
		cancel()
		return nil, err
	}
	resp, err := b.client.Do(req)
	timedOut := !timer.Stop()
	if err != nil {
		cancel()
		var ne net.Error
		to := timedOut || (errors.As(err, &ne) && ne.Timeout())
		if ctx.Err() != nil && !timedOut {
			return nil, ctx.Err() // the caller gave up; not the backend's fault
		}
		return nil, &errBackend{url: be.url.Redacted(), err: err, timeout: to}
	}
	switch resp.StatusCode {
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		cancel()
		return nil, &errBackend{url: be.url.Redacted(), status: resp.StatusCode, timeout: resp.StatusCode == http.StatusGatewayTimeout}
	}
	resp.Body = &cancelOnClose{ReadCloser: resp.Body, cancel: cancel}
	return resp, nil
}

type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c *cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}

// Healthy returns how many backends are believed healthy.
func (b *Backends) Healthy() int {
	n := 0
	for _, be := range b.all {
		if be.healthy.Load() {
			n++
		}
	}
	return n
}

func (b *Backends) probeLoop(interval time.Duration) {
	defer b.wg.Done()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-t.C:
			for _, be := range b.all {
				ok := b.probe(be, interval)
				if ok != be.healthy.Load() {
					b.log.Info("relay: backend health changed", "service", b.service, "backend", be.url.Redacted(), "healthy", ok)
				}
				be.healthy.Store(ok)
			}
		}
	}
}

// probe checks that a backend answers at all: any response below 500 to a
// JSON-RPC call (jsonrpc) or a GET of its root (rest) counts as alive.
func (b *Backends) probe(be *backend, timeout time.Duration) bool {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var req *http.Request
	if b.kind == "jsonrpc" {
		req, _ = http.NewRequestWithContext(ctx, http.MethodPost, be.url.String(), strings.NewReader(`{"jsonrpc":"2.0","id":0,"method":"web3_clientVersion","params":[]}`))
		req.Header.Set("Content-Type", "application/json")
	} else {
		req, _ = http.NewRequestWithContext(ctx, http.MethodGet, be.url.String()+"/", nil)
	}
	resp, err := b.client.Do(req)
	if err != nil {
		return false
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	return resp.StatusCode < 500
}

// Shutdown stops the health probes.
func (b *Backends) Shutdown() {
	select {
	case <-b.stop:
	default:
		close(b.stop)
	}
	b.wg.Wait()
}

// NewBackendClient returns the HTTP client used for backends: keep-alive
// connections (many per host), no transparent compression (bytes pass through
// untouched, so the response hash covers what the backend sent).
func NewBackendClient() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 4096
	t.MaxIdleConnsPerHost = 1024
	t.IdleConnTimeout = 90 * time.Second
	t.DisableCompression = true
	t.ForceAttemptHTTP2 = true
	return &http.Client{Transport: t, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}
