package relay

import (
	"io"
	"mime"
	"net/http"
	"time"

	"github.com/relaynode/relaynode/internal/protocol"
)

// SSEResponseEvent is the name of the final server-sent event that carries
// the supplier's signature of an event stream.
const SSEResponseEvent = "relay-response"

// isStream reports whether a backend response is forwarded as it arrives: an
// event stream, newline-delimited JSON, or a body of unknown length.
func isStream(resp *http.Response) bool {
	if isSSE(resp.Header) {
		return true
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	switch mt {
	case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines":
		return true
	}
	return resp.ContentLength < 0
}

func isSSE(h http.Header) bool {
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return mt == "text/event-stream"
}

// stream forwards a streamed backend response as it arrives, hashing it on
// the way. When it ends, the relay is signed and mined, and the signature is
// sent as a final SSE event (event streams; if the content does not end with
// a blank line, one is added first and counts as content) or as the
// Relay-Response trailer (everything else). One stream is one relay. If the backend breaks off, the
// relay is not signed, its charge is refunded and the client's connection is
// aborted, so a truncated stream never looks complete.
func (s *Server) stream(w http.ResponseWriter, r *http.Request, rc *relayCtx, resp *http.Response, started time.Time) {
	label := rc.svc.ID.String()
	sse := isSSE(resp.Header)
	h := w.Header()
	copyResponseHeaders(h, resp.Header)
	h.Del("Content-Length")
	if !sse {
		h.Set("Trailer", HeaderResponse)
	}
	w.WriteHeader(resp.StatusCode)
	flusher, _ := w.(http.Flusher)
	var hasher protocol.ResponseHasher
	bufp := CopyBuffer()
	defer PutCopyBuffer(bufp)
	buf := *bufp
	total := 0
	var tail [2]byte // the last two bytes sent, to end SSE content on an event boundary
	for {
		n, err := resp.Body.Read(buf)
		if n > 0 {
			hasher.Write(buf[:n])
			total += n
			if n >= 2 {
				tail = [2]byte{buf[n-2], buf[n-1]}
			} else {
				tail = [2]byte{tail[1], buf[0]}
			}
			if _, werr := w.Write(buf[:n]); werr != nil {
				// The client left; the backend's work is still done and was
				// paid for, but without a complete delivery there is no relay.
				s.refund(rc)
				s.cfg.Metrics.refused(label, CodeBackendUnavailable)
				return
			}
			if flusher != nil {
				flusher.Flush()
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			s.refund(rc)
			s.cfg.Metrics.refused(label, CodeBackendUnavailable)
			s.cfg.Log.Warn("relay: backend stream broke off", "service", label, "err", err)
			panic(http.ErrAbortHandler) // abort the client's connection: the stream is incomplete
		}
	}
	if sse && total > 0 && tail != [2]byte{'\n', '\n'} {
		// The signature event must start a new event: close the last one.
		// The separator is content, so it is hashed.
		io.WriteString(w, "\n\n")
		hasher.Write([]byte("\n\n"))
	}
	sig, e := s.complete(r.Context(), rc, hasher.Sum())
	if e != nil {
		s.cfg.Metrics.refused(label, e.Code)
		panic(http.ErrAbortHandler)
	}
	enc := protocol.ResponseEnvelope{Signature: sig}.Encode()
	if sse {
		io.WriteString(w, "event: "+SSEResponseEvent+"\ndata: "+enc+"\n\n")
		if flusher != nil {
			flusher.Flush()
		}
	} else {
		h.Set(HeaderResponse, enc)
	}
	s.cfg.Metrics.served(label, started, total)
}
