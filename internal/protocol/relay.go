package protocol

import (
	"encoding/binary"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 types of relays (docs/protocol.md, "Relays"). RelayLib.sol holds the same
// strings.
const (
	// EIP712DomainType is the domain type of the registry's EIP-712 domain.
	EIP712DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	// RelayRequestType is the EIP-712 type the requester signs.
	RelayRequestType = "RelayRequest(address application,bytes32 service,uint64 sessionStart,address supplier,uint64 nonce,uint32 calls,bytes32 payloadHash)"
	// RelayResponseType is the EIP-712 type the supplier signs.
	RelayResponseType = "RelayResponse(bytes32 requestDigest,bytes32 responseHash)"
	// DomainName and DomainVersion name the registry's EIP-712 domain.
	DomainName    = "relaynode"
	DomainVersion = "1"
)

var (
	domainTypeHash   = crypto.Keccak256Hash([]byte(EIP712DomainType))
	requestTypeHash  = crypto.Keccak256Hash([]byte(RelayRequestType))
	responseTypeHash = crypto.Keccak256Hash([]byte(RelayResponseType))
)

// RelayHeader is what a requester signs: the fields of the EIP-712 RelayRequest.
type RelayHeader struct {
	Application  common.Address // the application the relay is billed to
	Service      ServiceID
	SessionStart uint64         // with Application and Service, names the session
	Supplier     common.Address // the supplier asked
	Nonce        uint64         // chosen by the application; unique per (application, session)
	Calls        uint32         // calls the request carries: 1, a batch's size, a receipt's notifications
	PayloadHash  common.Hash    // PayloadHash of the request
}

// Domain is the registry's EIP-712 domain (name "relaynode", version "1", the chain id and
// the registry address) with its separator computed once. The zero Domain is not usable;
// build one with NewDomain. A Domain is an immutable value, safe for concurrent use.
type Domain struct {
	chainID   uint64
	registry  common.Address
	separator common.Hash
}

// NewDomain returns the EIP-712 domain of the registry at registry on chain chainID.
func NewDomain(chainID uint64, registry common.Address) Domain {
	var buf [5 * 32]byte
	copy(buf[0:32], domainTypeHash[:])
	nameHash := crypto.Keccak256Hash([]byte(DomainName))
	versionHash := crypto.Keccak256Hash([]byte(DomainVersion))
	copy(buf[32:64], nameHash[:])
	copy(buf[64:96], versionHash[:])
	binary.BigEndian.PutUint64(buf[120:128], chainID)
	copy(buf[140:160], registry[:])
	return Domain{chainID: chainID, registry: registry, separator: crypto.Keccak256Hash(buf[:])}
}

// ChainID is the domain's chain id.
func (d Domain) ChainID() uint64 { return d.chainID }

// Registry is the domain's verifying contract.
func (d Domain) Registry() common.Address { return d.registry }

// Separator is the EIP-712 domain separator; it equals the registry's DOMAIN_SEPARATOR().
func (d Domain) Separator() common.Hash { return d.separator }

// digester holds the buffers and keccak state of one digest computation; pooled so that
// the digests allocate nothing.
type digester struct {
	st  crypto.KeccakState
	buf [8 * 32]byte // the largest preimage: RelayRequest's type hash and 7 fields
	out common.Hash
}

var digesters = sync.Pool{New: func() any { return &digester{st: crypto.NewKeccakState()} }}

// sum returns keccak256(buf[:n]).
func (g *digester) sum(n int) common.Hash {
	g.st.Reset()
	g.st.Write(g.buf[:n])
	g.st.Read(g.out[:])
	return g.out
}

// typedData returns keccak256(0x19 0x01 ‖ separator ‖ structHash).
func (g *digester) typedData(separator, structHash common.Hash) common.Hash {
	g.buf[0], g.buf[1] = 0x19, 0x01
	copy(g.buf[2:34], separator[:])
	copy(g.buf[34:66], structHash[:])
	return g.sum(66)
}

// RequestDigest returns the EIP-712 hash of the RelayRequest h in domain d: the relay key,
// which the requester signs. It allocates nothing.
func (d Domain) RequestDigest(h RelayHeader) common.Hash {
	g := digesters.Get().(*digester)
	b := &g.buf
	clear(b[:])
	copy(b[0:32], requestTypeHash[:])
	copy(b[44:64], h.Application[:])
	copy(b[64:96], h.Service[:])
	binary.BigEndian.PutUint64(b[120:128], h.SessionStart)
	copy(b[140:160], h.Supplier[:])
	binary.BigEndian.PutUint64(b[184:192], h.Nonce)
	binary.BigEndian.PutUint32(b[220:224], h.Calls)
	copy(b[224:256], h.PayloadHash[:])
	digest := g.typedData(d.separator, g.sum(256))
	digesters.Put(g)
	return digest
}

// ResponseDigest returns the EIP-712 hash of RelayResponse(requestDigest, responseHash) in
// domain d, which the supplier signs. It allocates nothing.
func (d Domain) ResponseDigest(requestDigest, responseHash common.Hash) common.Hash {
	g := digesters.Get().(*digester)
	copy(g.buf[0:32], responseTypeHash[:])
	copy(g.buf[32:64], requestDigest[:])
	copy(g.buf[64:96], responseHash[:])
	digest := g.typedData(d.separator, g.sum(96))
	digesters.Put(g)
	return digest
}

var newline = []byte{'\n'}

// PayloadHash returns keccak256(method ‖ 0x0a ‖ target ‖ 0x0a ‖ body): the HTTP method, the
// request target relative to the service root ("/path?query" exactly as sent) and the body.
// A JSON-RPC call is ("POST", "/", body); a WebSocket message ("WS", "/", message); a
// notification receipt ("RECEIPT", "/", receipt). HTTP methods and targets never contain
// 0x0a, so the preimage is unambiguous.
func PayloadHash(method, target string, body []byte) common.Hash {
	g := digesters.Get().(*digester)
	g.st.Reset()
	g.writeString(method)
	g.st.Write(newline)
	g.writeString(target)
	g.st.Write(newline)
	g.st.Write(body)
	g.st.Read(g.out[:])
	out := g.out
	digesters.Put(g)
	return out
}

// writeString hashes s through the digester's buffer, so that it does not allocate.
func (g *digester) writeString(s string) {
	for len(s) > 0 {
		n := copy(g.buf[:], s)
		g.st.Write(g.buf[:n])
		s = s[n:]
	}
}

// ResponseHasher computes a response hash, keccak256 of the response body, while the body
// streams through it. The zero value is ready to use. A ResponseHasher is not safe for
// concurrent use.
type ResponseHasher struct {
	st crypto.KeccakState
}

// Write adds p to the hashed body. It never fails.
func (r *ResponseHasher) Write(p []byte) (int, error) {
	if r.st == nil {
		r.st = crypto.NewKeccakState()
	}
	return r.st.Write(p)
}

// Sum returns keccak256 of everything written since the last Reset. It does not change the
// state: more may be written afterwards.
func (r *ResponseHasher) Sum() common.Hash {
	var h common.Hash
	if r.st == nil {
		r.st = crypto.NewKeccakState()
	}
	r.st.Sum(h[:0])
	return h
}

// Reset starts a new body.
func (r *ResponseHasher) Reset() {
	if r.st != nil {
		r.st.Reset()
	}
}

// ResponseHash returns keccak256(body), the response hash of a body held whole.
func ResponseHash(body []byte) common.Hash {
	return crypto.Keccak256Hash(body)
}
