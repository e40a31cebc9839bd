package protocol

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var (
	sinkHash common.Hash
	sinkAddr common.Address
	sinkSig  Signature
	sinkRec  []byte
	sinkEnv  RequestEnvelope
)

func BenchmarkRequestDigest(b *testing.B) {
	d := NewDomain(1337, testRegistry)
	h := knownHeader
	b.ReportAllocs()
	for b.Loop() {
		h.Nonce++
		sinkHash = d.RequestDigest(h)
	}
}

func BenchmarkResponseDigest(b *testing.B) {
	d := NewDomain(1337, testRegistry)
	b.ReportAllocs()
	for b.Loop() {
		sinkHash = d.ResponseDigest(sinkHash, knownHeader.PayloadHash)
	}
}

func BenchmarkPayloadHash1KB(b *testing.B) {
	body := []byte(strings.Repeat("x", 1024))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		sinkHash = PayloadHash("POST", "/", body)
	}
}

func BenchmarkSign(b *testing.B) {
	key := testKey(b, 0)
	digest := NewDomain(1337, testRegistry).RequestDigest(knownHeader)
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if sinkSig, err = Sign(digest, key); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecover(b *testing.B) {
	digest := NewDomain(1337, testRegistry).RequestDigest(knownHeader)
	sig, err := Sign(digest, testKey(b, 0))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if sinkAddr, err = Recover(digest, sig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRelayEncode(b *testing.B) {
	r := signedRelay(b, NewDomain(1337, testRegistry), knownHeader, 1, 2, []byte("ok"))
	b.ReportAllocs()
	for b.Loop() {
		sinkRec = r.Encode()
	}
}

func BenchmarkRelayAppendEncode(b *testing.B) {
	r := signedRelay(b, NewDomain(1337, testRegistry), knownHeader, 1, 2, []byte("ok"))
	buf := make([]byte, 0, RelayRecordSize)
	b.ReportAllocs()
	for b.Loop() {
		sinkRec = r.AppendEncode(buf[:0])
	}
}

func BenchmarkDecodeRelay(b *testing.B) {
	enc := signedRelay(b, NewDomain(1337, testRegistry), knownHeader, 1, 2, []byte("ok")).Encode()
	b.ReportAllocs()
	for b.Loop() {
		r, err := DecodeRelay(enc)
		if err != nil {
			b.Fatal(err)
		}
		sinkHash = r.ResponseHash
	}
}

func BenchmarkDecodeRequestEnvelope(b *testing.B) {
	s := knownHeader.Envelope(Signature{64: 27}).Encode()
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if sinkEnv, err = DecodeRequestEnvelope(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRequestEnvelopeEncode(b *testing.B) {
	e := knownHeader.Envelope(Signature{64: 27})
	var s string
	b.ReportAllocs()
	for b.Loop() {
		s = e.Encode()
	}
	_ = s
}
