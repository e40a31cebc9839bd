package protocol

import (
	"encoding/base64"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func randEnvelope(rng *rand.Rand) RequestEnvelope {
	h := randHeader(rng)
	if h.Calls == 0 {
		h.Calls = 1
	}
	var sig Signature
	randBytes(rng, sig[:])
	return h.Envelope(sig)
}

func TestRequestEnvelopeRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 11))
	for range 500 {
		e := randEnvelope(rng)
		s := e.Encode()
		if len(s) != 211 || strings.ContainsAny(s, "+/=") {
			t.Fatalf("Encode() = %q: want 211 base64url characters", s)
		}
		got, err := DecodeRequestEnvelope(s)
		if err != nil {
			t.Fatal(err)
		}
		if got != e {
			t.Fatalf("round trip: %+v, want %+v", got, e)
		}
		h := got.Header(knownHeader.PayloadHash)
		if h.Application != e.Application || h.Service != e.Service || h.SessionStart != e.SessionStart ||
			h.Supplier != e.Supplier || h.Nonce != e.Nonce || h.Calls != e.Calls || h.PayloadHash != knownHeader.PayloadHash {
			t.Fatalf("Header = %+v from %+v", h, e)
		}
		if h.Envelope(e.Signature) != e {
			t.Fatal("Header(...).Envelope(sig) differs from the envelope")
		}
	}
}

func TestRequestEnvelopeLayout(t *testing.T) {
	e := knownHeader.Envelope(Signature{0: 0xaa, 64: 27})
	e.SessionStart, e.Nonce, e.Calls = 0x0102030405060708, 0x1112131415161718, 0x21222324
	b := e.Bytes()
	raw, err := base64.RawURLEncoding.DecodeString(e.Encode())
	if err != nil || string(raw) != string(b[:]) {
		t.Fatalf("Encode is not base64url of Bytes: %v", err)
	}
	for _, c := range []struct {
		off  int
		want []byte
	}{
		{0, []byte{1}},
		{1, e.Application[:]},
		{21, e.Service[:]},
		{53, []byte{1, 2, 3, 4, 5, 6, 7, 8}},
		{61, e.Supplier[:]},
		{81, []byte{0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18}},
		{89, []byte{0x21, 0x22, 0x23, 0x24}},
		{93, e.Signature[:]},
	} {
		if got := b[c.off : c.off+len(c.want)]; string(got) != string(c.want) {
			t.Errorf("bytes at %d = %x, want %x", c.off, got, c.want)
		}
	}
}

func TestDecodeRequestEnvelopeRejects(t *testing.T) {
	good := randEnvelope(rand.New(rand.NewPCG(1, 2)))
	b := good.Bytes()
	enc := func(raw []byte) string { return base64.RawURLEncoding.EncodeToString(raw) }
	v2 := b
	v2[0] = 2
	noCalls := good
	noCalls.Calls = 0
	ncb := noCalls.Bytes()
	s := good.Encode()
	// The last character carries 4 data bits and 2 unused bits; set an unused one.
	last := strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", s[len(s)-1])
	dirty := s[:len(s)-1] + string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[last^1])
	for _, c := range []struct{ name, in, want string }{
		{"empty", "", "is 0 characters, want 211"},
		{"short", s[:210], "is 210 characters, want 211"},
		{"long", s + "A", "is 212 characters, want 211"},
		{"157 bytes", enc(b[:157]), "want 211"},
		{"padded", base64.URLEncoding.EncodeToString(b[:]), "want 211"},
		{"std alphabet", strings.Replace(s, s[5:6], "+", 1), "not base64url"},
		{"line break", s[:100] + "\n" + s[101:], "request envelope"},
		{"unused bits", dirty, "not base64url"},
		{"version 2", enc(v2[:]), "version 2, want 1"},
		{"zero calls", enc(ncb[:]), "0 calls"},
	} {
		_, err := DecodeRequestEnvelope(c.in)
		if !errors.Is(err, ErrBadEnvelope) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: DecodeRequestEnvelope = %v, want ErrBadEnvelope saying %q", c.name, err, c.want)
		}
	}
}

func TestResponseEnvelope(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for range 100 {
		var e ResponseEnvelope
		randBytes(rng, e.Signature[:])
		s := e.Encode()
		if len(s) != 88 {
			t.Fatalf("Encode() is %d characters, want 88", len(s))
		}
		raw, _ := base64.RawURLEncoding.DecodeString(s)
		if raw[0] != 1 || string(raw[1:]) != string(e.Signature[:]) {
			t.Fatalf("Encode() = %x, want 01 ‖ signature", raw)
		}
		got, err := DecodeResponseEnvelope(s)
		if err != nil || got != e {
			t.Fatalf("round trip: %v, %v", got, err)
		}
	}
	var e ResponseEnvelope
	s := e.Encode()
	raw, _ := base64.RawURLEncoding.DecodeString(s)
	raw[0] = 0
	for _, c := range []struct{ name, in, want string }{
		{"short", s[:87], "is 87 characters, want 88"},
		{"version 0", base64.RawURLEncoding.EncodeToString(raw), "version 0, want 1"},
		{"bad character", "*" + s[1:], "not base64url"},
	} {
		if _, err := DecodeResponseEnvelope(c.in); !errors.Is(err, ErrBadEnvelope) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: DecodeResponseEnvelope = %v, want ErrBadEnvelope saying %q", c.name, err, c.want)
		}
	}
}

// FuzzDecodeRequestEnvelope checks that decoding never panics, that every accepted text is
// exactly Encode of what it decoded to, and that every 158-byte envelope of version 1
// with calls ≥ 1 is accepted.
func FuzzDecodeRequestEnvelope(f *testing.F) {
	rng := rand.New(rand.NewPCG(9, 9))
	for range 8 {
		e := randEnvelope(rng)
		f.Add(e.Encode())
		b := e.Bytes()
		f.Add(string(b[:]))
	}
	f.Add("")
	f.Add(strings.Repeat("A", 211))
	f.Fuzz(func(t *testing.T, s string) {
		e, err := DecodeRequestEnvelope(s)
		if err != nil {
			if !errors.Is(err, ErrBadEnvelope) {
				t.Fatalf("error %v does not wrap ErrBadEnvelope", err)
			}
		} else if got := e.Encode(); got != s {
			t.Fatalf("decode(%q).Encode() = %q", s, got)
		}
		if len(s) != RequestEnvelopeSize {
			return
		}
		// s as the binary envelope.
		text := base64.RawURLEncoding.EncodeToString([]byte(s))
		e, err = DecodeRequestEnvelope(text)
		valid := s[0] == EnvelopeVersion && s[89:93] != "\x00\x00\x00\x00"
		if (err == nil) != valid {
			t.Fatalf("DecodeRequestEnvelope(base64(%x)) error %v, want valid=%v", s, err, valid)
		}
		if err == nil {
			if b := e.Bytes(); string(b[:]) != s {
				t.Fatalf("Bytes() = %x, want %x", b, s)
			}
		}
	})
}

// FuzzDecodeResponseEnvelope is FuzzDecodeRequestEnvelope for Relay-Response.
func FuzzDecodeResponseEnvelope(f *testing.F) {
	rng := rand.New(rand.NewPCG(10, 10))
	for range 4 {
		var e ResponseEnvelope
		randBytes(rng, e.Signature[:])
		f.Add(e.Encode())
	}
	f.Add("")
	f.Add(strings.Repeat("_", 88))
	f.Fuzz(func(t *testing.T, s string) {
		e, err := DecodeResponseEnvelope(s)
		if err != nil {
			if !errors.Is(err, ErrBadEnvelope) {
				t.Fatalf("error %v does not wrap ErrBadEnvelope", err)
			}
		} else if got := e.Encode(); got != s {
			t.Fatalf("decode(%q).Encode() = %q", s, got)
		}
		if len(s) != ResponseEnvelopeSize {
			return
		}
		e, err = DecodeResponseEnvelope(base64.RawURLEncoding.EncodeToString([]byte(s)))
		if (err == nil) != (s[0] == EnvelopeVersion) {
			t.Fatalf("DecodeResponseEnvelope(base64(%x)) error %v", s, err)
		}
		if err == nil && string(e.Signature[:]) != s[1:] {
			t.Fatalf("Signature = %x, want %x", e.Signature, s[1:])
		}
	})
}
