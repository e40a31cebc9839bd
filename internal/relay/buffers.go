package relay

import (
	"bytes"
	"io"
	"sync"
)

// Buffers for bodies and stream copies are pooled: a relay server allocates
// per request only what net/http itself does, which keeps the garbage
// collector (and so tail latency) quiet under load.

var bodyPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled bounds the buffers kept for reuse; larger ones are left to the
// collector so one huge body does not pin memory.
const maxPooled = 1 << 20

// readBody reads r whole into a pooled buffer (sized by hint when known).
// Call putBody when done with the bytes.
func readBody(r io.Reader, hint int64) (*bytes.Buffer, error) {
	b := bodyPool.Get().(*bytes.Buffer)
	b.Reset()
	if hint > 0 && hint <= maxPooled {
		b.Grow(int(hint) + bytes.MinRead)
	}
	_, err := b.ReadFrom(r)
	return b, err
}

func putBody(b *bytes.Buffer) {
	if b.Cap() <= maxPooled {
		bodyPool.Put(b)
	}
}

var copyPool = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// CopyBuffer returns a pooled 32 KiB buffer for stream copies; give it back
// with PutCopyBuffer.
func CopyBuffer() *[]byte { return copyPool.Get().(*[]byte) }

// PutCopyBuffer returns a buffer from CopyBuffer.
func PutCopyBuffer(b *[]byte) { copyPool.Put(b) }
