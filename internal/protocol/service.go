package protocol

import (
	"encoding/hex"
	"errors"
	"fmt"
)

// ErrInvalidServiceID is returned (wrapped) for a service id that the registry would
// reject.
var ErrInvalidServiceID = errors.New("protocol: invalid service id")

// ServiceIDRule describes the accepted service ids, for error messages.
const ServiceIDRule = "1-32 bytes of [a-z0-9._-]"

// ServiceID identifies a service on-chain: a bytes32 holding 1-32 ASCII bytes from
// [a-z0-9._-], left-aligned and zero-padded ("eth" is 0x657468000…). The first byte is
// non-zero and no non-zero byte follows a zero byte. The zero value is not a valid id.
type ServiceID [32]byte

// ParseServiceID returns the id spelled by s, or an error wrapping ErrInvalidServiceID
// that says what is wrong and what is accepted.
func ParseServiceID(s string) (ServiceID, error) {
	var id ServiceID
	if len(s) == 0 || len(s) > len(id) {
		return id, fmt.Errorf("%w %q: length %d, want %s", ErrInvalidServiceID, s, len(s), ServiceIDRule)
	}
	for i := 0; i < len(s); i++ {
		if !serviceIDByte(s[i]) {
			return id, fmt.Errorf("%w %q: byte %q at %d, want %s", ErrInvalidServiceID, s, s[i], i, ServiceIDRule)
		}
	}
	copy(id[:], s)
	return id, nil
}

// MustParseServiceID is ParseServiceID for constants; it panics on an invalid id.
func MustParseServiceID(s string) ServiceID {
	id, err := ParseServiceID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// Validate reports whether id is well-formed exactly as the registry checks it
// (SessionMath.isValidServiceId).
func (id ServiceID) Validate() error {
	if id[0] == 0 {
		return fmt.Errorf("%w %s: empty (first byte is zero), want %s", ErrInvalidServiceID, id.hex(), ServiceIDRule)
	}
	ended := false
	for i, c := range id {
		switch {
		case c == 0:
			ended = true
		case ended:
			return fmt.Errorf("%w %s: non-zero byte at %d after the zero padding, want %s left-aligned",
				ErrInvalidServiceID, id.hex(), i, ServiceIDRule)
		case !serviceIDByte(c):
			return fmt.Errorf("%w %s: byte %q at %d, want %s", ErrInvalidServiceID, id.hex(), c, i, ServiceIDRule)
		}
	}
	return nil
}

// String returns the id's text for a valid id ("eth") and its 0x-prefixed hex otherwise.
func (id ServiceID) String() string {
	if id.Validate() != nil {
		return id.hex()
	}
	n := 0
	for n < len(id) && id[n] != 0 {
		n++
	}
	return string(id[:n])
}

// MarshalText encodes a valid id as its text; it fails for an invalid one.
func (id ServiceID) MarshalText() ([]byte, error) {
	if err := id.Validate(); err != nil {
		return nil, err
	}
	return []byte(id.String()), nil
}

// UnmarshalText parses text with ParseServiceID.
func (id *ServiceID) UnmarshalText(text []byte) error {
	parsed, err := ParseServiceID(string(text))
	if err != nil {
		return err
	}
	*id = parsed
	return nil
}

func (id ServiceID) hex() string { return "0x" + hex.EncodeToString(id[:]) }

func serviceIDByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'
}
