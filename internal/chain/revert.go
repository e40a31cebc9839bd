package chain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReverted is wrapped by every RevertError.
var ErrReverted = errors.New("chain: execution reverted")

// RevertError is a decoded contract revert: a custom error with its arguments,
// a require message (Error(string)) or a compiler panic (Panic(uint256)).
type RevertError struct {
	Name string   // custom error name, "Error" or "Panic"; "" if unknown
	Args []string // "name=value" pairs, rendered for people
	Data []byte   // the raw revert data
}

func (e *RevertError) Error() string {
	switch {
	case e.Name == "":
		if len(e.Data) == 0 {
			return "execution reverted without a reason"
		}
		return "execution reverted with unknown data 0x" + hex.EncodeToString(e.Data)
	case e.Name == "Error" && len(e.Args) == 1:
		return "execution reverted: " + strings.TrimPrefix(e.Args[0], "message=")
	}
	return "execution reverted: " + e.Name + "(" + strings.Join(e.Args, ", ") + ")"
}

// Unwrap makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Unwrap() error { return ErrReverted }

// Decoder turns revert data into RevertErrors using the custom errors of a
// set of contract ABIs. It is immutable and safe for concurrent use.
type Decoder struct {
	errs map[[4]byte]abi.Error
}

var (
	errorStringSelector = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector       = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// NewDecoder collects the custom errors of the given ABIs.
func NewDecoder(abis ...*abi.ABI) *Decoder {
	d := &Decoder{errs: map[[4]byte]abi.Error{}}
	for _, a := range abis {
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			d.errs[sel] = e
		}
	}
	return d
}

// Decode returns a *RevertError if err carries revert data (as go-ethereum
// and most clients return from eth_call and eth_estimateGas), else err as is.
func (d *Decoder) Decode(err error) error {
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	return d.DecodeData(data)
}

// RevertData extracts the revert data carried by a JSON-RPC error.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil {
		return nil, false
	}
	return b, true
}

// DecodeData decodes raw revert data.
func (d *Decoder) DecodeData(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch sel {
	case errorStringSelector:
		s, err := abi.UnpackRevert(data)
		if err == nil {
			re.Name, re.Args = "Error", []string{"message=" + s}
		}
		return re
	case panicSelector:
		if len(data) == 36 {
			code := new(big.Int).SetBytes(data[4:])
			re.Name, re.Args = "Panic", []string{"code=0x" + code.Text(16) + " (" + panicReason(code.Uint64()) + ")"}
		}
		return re
	}
	e, ok := d.errs[sel]
	if !ok {
		return re
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return re
	}
	re.Name = e.Name
	for i, in := range e.Inputs {
		name := in.Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		re.Args = append(re.Args, name+"="+renderValue(vals[i]))
	}
	return re
}

// renderValue prints addresses as hex, short ASCII bytes32 (service ids) as
// quoted text, and numbers in decimal.
func renderValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		if s, ok := asciiID(x); ok {
			return fmt.Sprintf("%q", s)
		}
		return "0x" + hex.EncodeToString(x[:])
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case *big.Int:
		return x.String()
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v)
}

func asciiID(b [32]byte) (string, bool) {
	n := 0
	for n < 32 && b[n] != 0 {
		if b[n] < 0x21 || b[n] > 0x7e {
			return "", false
		}
		n++
	}
	if n == 0 {
		return "", false
	}
	for _, c := range b[n:] {
		if c != 0 {
			return "", false
		}
	}
	return string(b[:n]), true
}

func panicReason(code uint64) string {
	switch code {
	case 0x01:
		return "assertion failed"
	case 0x11:
		return "arithmetic overflow or underflow"
	case 0x12:
		return "division by zero"
	case 0x21:
		return "invalid enum value"
	case 0x22:
		return "corrupt storage byte array"
	case 0x31:
		return "pop on empty array"
	case 0x32:
		return "array index out of bounds"
	case 0x41:
		return "out of memory"
	case 0x51:
		return "call to a zero-initialised function"
	}
	return "unknown panic"
}
