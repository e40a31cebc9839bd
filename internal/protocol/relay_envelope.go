package protocol

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBadEnvelope is wrapped by every error decoding a Relay-Request or Relay-Response
// envelope; the wrapping error says what is wrong and what is accepted.
var ErrBadEnvelope = errors.New("protocol: bad relay envelope")

// Envelope sizes and version (docs/protocol.md, "Wire form").
const (
	// EnvelopeVersion is the only envelope version.
	EnvelopeVersion = 1
	// RequestEnvelopeSize is the size of a decoded Relay-Request envelope.
	RequestEnvelopeSize = 158
	// ResponseEnvelopeSize is the size of a decoded Relay-Response envelope.
	ResponseEnvelopeSize = 66
)

// envelopeEncoding is base64url without padding, rejecting non-zero unused bits so that
// every envelope has exactly one text form.
var envelopeEncoding = base64.RawURLEncoding.Strict()

var (
	requestEnvelopeChars  = envelopeEncoding.EncodedLen(RequestEnvelopeSize)  // 211
	responseEnvelopeChars = envelopeEncoding.EncodedLen(ResponseEnvelopeSize) // 88
)

// RequestEnvelope is the relay metadata a requester sends in the Relay-Request header:
// the RelayHeader without the payload hash (the supplier computes it from the request),
// and the request signature.
type RequestEnvelope struct {
	Application  common.Address
	Service      ServiceID
	SessionStart uint64
	Supplier     common.Address
	Nonce        uint64
	Calls        uint32 // at least 1
	Signature    Signature
}

// Envelope returns the request envelope carrying h and the requester's signature over it.
func (h RelayHeader) Envelope(sig Signature) RequestEnvelope {
	return RequestEnvelope{
		Application:  h.Application,
		Service:      h.Service,
		SessionStart: h.SessionStart,
		Supplier:     h.Supplier,
		Nonce:        h.Nonce,
		Calls:        h.Calls,
		Signature:    sig,
	}
}

// Header returns the RelayHeader of e with the payload hash the supplier computed.
func (e RequestEnvelope) Header(payloadHash common.Hash) RelayHeader {
	return RelayHeader{
		Application:  e.Application,
		Service:      e.Service,
		SessionStart: e.SessionStart,
		Supplier:     e.Supplier,
		Nonce:        e.Nonce,
		Calls:        e.Calls,
		PayloadHash:  payloadHash,
	}
}

// Bytes returns the 158-byte binary envelope.
func (e RequestEnvelope) Bytes() [RequestEnvelopeSize]byte {
	var b [RequestEnvelopeSize]byte
	b[0] = EnvelopeVersion
	copy(b[1:21], e.Application[:])
	copy(b[21:53], e.Service[:])
	binary.BigEndian.PutUint64(b[53:61], e.SessionStart)
	copy(b[61:81], e.Supplier[:])
	binary.BigEndian.PutUint64(b[81:89], e.Nonce)
	binary.BigEndian.PutUint32(b[89:93], e.Calls)
	copy(b[93:158], e.Signature[:])
	return b
}

// Encode returns the envelope as sent in the Relay-Request header: base64url without
// padding of the 158-byte form (211 characters).
func (e RequestEnvelope) Encode() string {
	b := e.Bytes()
	return envelopeEncoding.EncodeToString(b[:])
}

// DecodeRequestEnvelope parses a Relay-Request header value. It accepts exactly the form
// Encode produces and checks the version and that calls is at least 1; it does not check
// the signature (Recover does). Errors wrap ErrBadEnvelope.
func DecodeRequestEnvelope(s string) (RequestEnvelope, error) {
	var b [RequestEnvelopeSize]byte
	if err := decodeEnvelope("request", s, b[:], requestEnvelopeChars); err != nil {
		return RequestEnvelope{}, err
	}
	e := RequestEnvelope{
		Application:  common.Address(b[1:21]),
		Service:      ServiceID(b[21:53]),
		SessionStart: binary.BigEndian.Uint64(b[53:61]),
		Supplier:     common.Address(b[61:81]),
		Nonce:        binary.BigEndian.Uint64(b[81:89]),
		Calls:        binary.BigEndian.Uint32(b[89:93]),
		Signature:    Signature(b[93:158]),
	}
	if e.Calls == 0 {
		return RequestEnvelope{}, fmt.Errorf("%w: request envelope declares 0 calls, want at least 1", ErrBadEnvelope)
	}
	return e, nil
}

// ResponseEnvelope is the supplier's signature as sent in Relay-Response (a header, an
// HTTP trailer or a final relay-response SSE event).
type ResponseEnvelope struct {
	Signature Signature
}

// Encode returns base64url without padding of version ‖ r ‖ s ‖ v (88 characters).
func (e ResponseEnvelope) Encode() string {
	var b [ResponseEnvelopeSize]byte
	b[0] = EnvelopeVersion
	copy(b[1:], e.Signature[:])
	return envelopeEncoding.EncodeToString(b[:])
}

// DecodeResponseEnvelope parses a Relay-Response value. It accepts exactly the form Encode
// produces and checks the version; it does not check the signature. Errors wrap
// ErrBadEnvelope.
func DecodeResponseEnvelope(s string) (ResponseEnvelope, error) {
	var b [ResponseEnvelopeSize]byte
	if err := decodeEnvelope("response", s, b[:], responseEnvelopeChars); err != nil {
		return ResponseEnvelope{}, err
	}
	return ResponseEnvelope{Signature: Signature(b[1:])}, nil
}

// decodeEnvelope decodes the base64url text s of the named envelope into dst, which has the
// envelope's size, and checks the version byte.
func decodeEnvelope(kind, s string, dst []byte, chars int) error {
	if len(s) != chars {
		return fmt.Errorf("%w: %s envelope is %d characters, want %d (base64url, no padding, of %d bytes)",
			ErrBadEnvelope, kind, len(s), chars, len(dst))
	}
	n, err := envelopeEncoding.Decode(dst, []byte(s))
	if err != nil {
		return fmt.Errorf("%w: %s envelope is not base64url without padding: %w", ErrBadEnvelope, kind, err)
	}
	if n != len(dst) { // line breaks, which the decoder skips
		return fmt.Errorf("%w: %s envelope decodes to %d bytes, want %d", ErrBadEnvelope, kind, n, len(dst))
	}
	if dst[0] != EnvelopeVersion {
		return fmt.Errorf("%w: %s envelope version %d, want %d", ErrBadEnvelope, kind, dst[0], EnvelopeVersion)
	}
	return nil
}
