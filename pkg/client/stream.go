package client

import (
	"bytes"
	"context"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/relay"
)

func isSSE(h http.Header) bool {
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return mt == "text/event-stream"
}

// streamVerifier passes a streamed response through while hashing it, and
// verifies the supplier's signature at the end: from the Relay-Response
// trailer, or, for server-sent events, from the final relay-response event,
// which it removes from what the reader sees. Events are released whole, as
// soon as their terminating blank line arrives.
type streamVerifier struct {
	c        *Client
	signed   signedRequest
	supplier common.Address
	resp     *http.Response
	cancel   context.CancelFunc
	sse      bool

	hasher  protocol.ResponseHasher
	buf     []byte
	pending []byte // SSE bytes of an event not yet complete
	out     []byte // bytes released, not yet returned
	sig     string // SSE: the signature event's data
	done    bool
	err     error

	mu  sync.Mutex
	rel *protocol.Relay
}

const sseSignaturePrefix = "event: " + relay.SSEResponseEvent + "\n"

func (v *streamVerifier) Read(p []byte) (int, error) {
	for {
		if len(v.out) > 0 {
			n := copy(p, v.out)
			v.out = v.out[n:]
			return n, nil
		}
		if v.done {
			return 0, v.err
		}
		if v.buf == nil {
			v.buf = make([]byte, 32<<10)
		}
		n, rerr := v.resp.Body.Read(v.buf)
		if n > 0 {
			if v.sse {
				v.pending = append(v.pending, v.buf[:n]...)
				v.releaseEvents()
			} else {
				v.hasher.Write(v.buf[:n])
				v.out = append(v.out[:0], v.buf[:n]...)
			}
		}
		if rerr == io.EOF {
			v.finish()
			continue
		}
		if rerr != nil {
			v.done, v.err = true, rerr
		}
	}
}

// releaseEvents moves complete events from pending to out, keeping the
// signature event aside.
func (v *streamVerifier) releaseEvents() {
	for {
		i := eventEnd(v.pending)
		if i < 0 {
			return
		}
		ev := v.pending[:i]
		if strings.HasPrefix(string(ev), sseSignaturePrefix) {
			for _, line := range strings.Split(string(ev), "\n") {
				if d, ok := strings.CutPrefix(line, "data: "); ok {
					v.sig = strings.TrimSpace(d)
				}
			}
		} else {
			v.hasher.Write(ev)
			v.out = append(v.out, ev...)
		}
		v.pending = v.pending[i:]
	}
}

// eventEnd returns the length of the first complete event in b (through its
// blank line, LF or CRLF), or -1.
func eventEnd(b []byte) int {
	lf := bytes.Index(b, []byte("\n\n"))
	crlf := bytes.Index(b, []byte("\n\r\n"))
	switch {
	case lf < 0 && crlf < 0:
		return -1
	case crlf < 0 || (lf >= 0 && lf < crlf):
		return lf + 2
	default:
		return crlf + 3
	}
}

func (v *streamVerifier) finish() {
	v.done = true
	sigText := v.sig
	if v.sse {
		if len(v.pending) > 0 { // content after the last blank line
			v.hasher.Write(v.pending)
			v.out = append(v.out, v.pending...)
			v.pending = nil
		}
	} else {
		sigText = v.resp.Trailer.Get(relay.HeaderResponse)
	}
	rel, err := v.c.verify(v.signed, v.supplier, sigText, v.hasher.Sum())
	if err != nil {
		v.err = err
		return
	}
	v.mu.Lock()
	v.rel = &rel
	v.mu.Unlock()
	v.err = io.EOF
}

func (v *streamVerifier) result() (protocol.Relay, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.rel == nil {
		return protocol.Relay{}, false
	}
	return *v.rel, true
}

func (v *streamVerifier) Close() error {
	err := v.resp.Body.Close()
	v.cancel()
	return err
}
