package store

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/protocol"
)

// SessionKeySize is the size of an encoded SessionKey.
const SessionKeySize = 8 + common.AddressLength + 32 + common.AddressLength

// SessionKey names one claim: a session (application, service, start) as seen
// by one supplier. It is a comparable value usable as a map key.
type SessionKey struct {
	Application  common.Address
	Service      protocol.ServiceID
	SessionStart uint64
	Supplier     common.Address
}

// Bytes returns the fixed-size encoding: SessionStart (8 bytes, big-endian) ‖
// Application ‖ Service ‖ Supplier. Byte order of encodings is chronological
// order of sessions.
func (s SessionKey) Bytes() [SessionKeySize]byte {
	var b [SessionKeySize]byte
	s.put(b[:])
	return b
}

// AppendBytes appends the encoding of s to dst.
func (s SessionKey) AppendBytes(dst []byte) []byte {
	n := len(dst)
	dst = append(dst, make([]byte, SessionKeySize)...)
	s.put(dst[n:])
	return dst
}

func (s SessionKey) put(b []byte) {
	binary.BigEndian.PutUint64(b[0:8], s.SessionStart)
	copy(b[8:28], s.Application[:])
	copy(b[28:60], s.Service[:])
	copy(b[60:80], s.Supplier[:])
}

// ParseSessionKey decodes an encoding made by Bytes. It fails with
// ErrInvalidKey unless b is exactly SessionKeySize bytes.
func ParseSessionKey(b []byte) (SessionKey, error) {
	var s SessionKey
	if len(b) != SessionKeySize {
		return s, fmt.Errorf("%w: session key is %d bytes, want %d", ErrInvalidKey, len(b), SessionKeySize)
	}
	s.SessionStart = binary.BigEndian.Uint64(b[0:8])
	copy(s.Application[:], b[8:28])
	copy(s.Service[:], b[28:60])
	copy(s.Supplier[:], b[60:80])
	return s, nil
}

// String returns a readable form for logs:
// "app=0x…/service=eth/start=120/supplier=0x…".
func (s SessionKey) String() string {
	return fmt.Sprintf("app=%s/service=%s/start=%d/supplier=%s",
		s.Application.Hex(), s.Service, s.SessionStart, s.Supplier.Hex())
}
