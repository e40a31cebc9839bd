package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

var (
	// ErrBadRelayRecord is wrapped by every error decoding a relay record.
	ErrBadRelayRecord = errors.New("protocol: bad relay record")
	// ErrWeightOverflow is wrapped when a relay's weight does not fit the session tree's
	// 64-bit weights.
	ErrWeightOverflow = errors.New("protocol: relay weight overflows 64 bits")
)

// RelayRecordSize is the size of an encoded relay record: 12 ABI words.
const RelayRecordSize = 12 * 32

// Relay is a served relay: the signed request header, the requester's signature, the
// response hash and the supplier's signature. Its encoding is the session tree's value.
type Relay struct {
	Header       RelayHeader
	RequestSig   Signature
	ResponseHash common.Hash
	ResponseSig  Signature
}

// Encode returns the relay record: the ABI encoding (abi.encode) of the Solidity struct
// RelayLib.RelayRecord, 384 bytes, with both signatures in EIP-2098 compact form.
func (r Relay) Encode() []byte {
	out := make([]byte, RelayRecordSize)
	r.encodeTo((*[RelayRecordSize]byte)(out))
	return out
}

// AppendEncode appends the relay record to dst.
func (r Relay) AppendEncode(dst []byte) []byte {
	n := len(dst)
	dst = append(dst, make([]byte, RelayRecordSize)...)
	r.encodeTo((*[RelayRecordSize]byte)(dst[n:]))
	return dst
}

func (r Relay) encodeTo(b *[RelayRecordSize]byte) {
	h := &r.Header
	copy(b[12:32], h.Application[:])
	copy(b[32:64], h.Service[:])
	binary.BigEndian.PutUint64(b[88:96], h.SessionStart)
	copy(b[108:128], h.Supplier[:])
	binary.BigEndian.PutUint64(b[152:160], h.Nonce)
	binary.BigEndian.PutUint32(b[188:192], h.Calls)
	copy(b[192:224], h.PayloadHash[:])
	reqR, reqVS := r.RequestSig.Compact()
	copy(b[224:256], reqR[:])
	copy(b[256:288], reqVS[:])
	copy(b[288:320], r.ResponseHash[:])
	respR, respVS := r.ResponseSig.Compact()
	copy(b[320:352], respR[:])
	copy(b[352:384], respVS[:])
}

// recordPadding lists the words whose leading bytes abi.decode requires to be zero: the
// addresses (12 bytes), the uint64s (24) and the uint32 (28).
var recordPadding = [...]struct {
	word, zeros int
	field       string
}{
	{0, 12, "application"},
	{2, 24, "sessionStart"},
	{3, 12, "supplier"},
	{4, 24, "nonce"},
	{5, 28, "calls"},
}

// DecodeRelay parses a relay record as RelayLib.decode does: exactly 384 bytes, with the
// zero padding abi.decode requires of the address and integer words. Signatures come back
// from their compact form (v = 27 or 28); they are not checked here. Errors wrap
// ErrBadRelayRecord.
func DecodeRelay(b []byte) (Relay, error) {
	if len(b) != RelayRecordSize {
		return Relay{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadRelayRecord, len(b), RelayRecordSize)
	}
	for _, p := range recordPadding {
		w := b[p.word*32 : p.word*32+p.zeros]
		for _, c := range w {
			if c != 0 {
				return Relay{}, fmt.Errorf("%w: word %d (%s) does not fit its type: the first %d bytes must be zero",
					ErrBadRelayRecord, p.word, p.field, p.zeros)
			}
		}
	}
	return Relay{
		Header: RelayHeader{
			Application:  common.Address(b[12:32]),
			Service:      ServiceID(b[32:64]),
			SessionStart: binary.BigEndian.Uint64(b[88:96]),
			Supplier:     common.Address(b[108:128]),
			Nonce:        binary.BigEndian.Uint64(b[152:160]),
			Calls:        binary.BigEndian.Uint32(b[188:192]),
			PayloadHash:  common.Hash(b[192:224]),
		},
		RequestSig:   SignatureFromCompact([32]byte(b[224:256]), [32]byte(b[256:288])),
		ResponseHash: common.Hash(b[288:320]),
		ResponseSig:  SignatureFromCompact([32]byte(b[320:352]), [32]byte(b[352:384])),
	}, nil
}

// Weight returns the relay's weight in the session tree: computeUnitsPerRelay (of the
// service at the session start) × calls. A product above 2^64-1 is an error wrapping
// ErrWeightOverflow, as RelayLib.weight reverts.
func (r Relay) Weight(computeUnitsPerRelay uint64) (uint64, error) {
	return r.Header.Weight(computeUnitsPerRelay)
}

// Weight is Relay.Weight for a header.
func (h RelayHeader) Weight(computeUnitsPerRelay uint64) (uint64, error) {
	hi, lo := bits.Mul64(computeUnitsPerRelay, uint64(h.Calls))
	if hi != 0 {
		return 0, fmt.Errorf("%w: %d compute units per relay × %d calls", ErrWeightOverflow, computeUnitsPerRelay, h.Calls)
	}
	return lo, nil
}

// Key returns the relay key in domain d: the request digest.
func (r Relay) Key(d Domain) common.Hash { return d.RequestDigest(r.Header) }

// Signers recovers the requester (the application or a delegated gateway) and the supplier
// that signed r in domain d, and returns the relay key. It checks the signatures, not
// whether the signers may sign for the session. Errors wrap ErrBadSignature.
func (d Domain) Signers(r Relay) (requester, supplier common.Address, key common.Hash, err error) {
	key = d.RequestDigest(r.Header)
	if requester, err = Recover(key, r.RequestSig); err != nil {
		return common.Address{}, common.Address{}, key, fmt.Errorf("request signature: %w", err)
	}
	if supplier, err = Recover(d.ResponseDigest(key, r.ResponseHash), r.ResponseSig); err != nil {
		return common.Address{}, common.Address{}, key, fmt.Errorf("response signature: %w", err)
	}
	return requester, supplier, key, nil
}
