package txrelay

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// EncodeCall ABI-encodes a call of method (a signature such as
// "transfer(address,uint256)") with JSON arguments: addresses, byte strings
// and hashes as 0x-hex strings, integers as JSON numbers or decimal or 0x
// strings, booleans, strings, and arrays of those. The error names the
// argument and what it accepts.
func EncodeCall(method string, args []json.RawMessage) ([]byte, error) {
	sel, err := abi.ParseSelector(strings.ReplaceAll(method, " ", ""))
	if err != nil {
		return nil, fmt.Errorf("method %q is not a function signature such as transfer(address,uint256): %v", method, err)
	}
	if len(args) != len(sel.Inputs) {
		return nil, fmt.Errorf("method %s takes %d arguments, got %d", sel.Name, len(sel.Inputs), len(args))
	}
	var arguments abi.Arguments
	var values []any
	var sig []string
	for i, in := range sel.Inputs {
		t, err := abi.NewType(in.Type, "", in.Components)
		if err != nil {
			return nil, fmt.Errorf("argument %d: type %q: %v", i, in.Type, err)
		}
		if t.T == abi.TupleTy {
			return nil, fmt.Errorf("argument %d: tuple arguments are not supported; send calldata instead", i)
		}
		v, err := jsonToABI(t, args[i])
		if err != nil {
			return nil, fmt.Errorf("argument %d (%s): %w", i, t.String(), err)
		}
		arguments = append(arguments, abi.Argument{Type: t})
		values = append(values, v)
		sig = append(sig, t.String())
	}
	packed, err := arguments.Pack(values...)
	if err != nil {
		return nil, fmt.Errorf("encoding the arguments: %w", err)
	}
	selector := crypto.Keccak256([]byte(sel.Name + "(" + strings.Join(sig, ",") + ")"))[:4]
	return append(selector, packed...), nil
}

// jsonToABI converts one JSON value to the Go value go-ethereum's abi
// package packs for type t.
func jsonToABI(t abi.Type, raw json.RawMessage) (any, error) {
	switch t.T {
	case abi.AddressTy:
		var s string
		if json.Unmarshal(raw, &s) != nil || !common.IsHexAddress(s) {
			return nil, fmt.Errorf("want an address, 0x followed by 40 hex digits")
		}
		return common.HexToAddress(s), nil
	case abi.BoolTy:
		var b bool
		if json.Unmarshal(raw, &b) != nil {
			return nil, fmt.Errorf("want true or false")
		}
		return b, nil
	case abi.StringTy:
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return nil, fmt.Errorf("want a string")
		}
		return s, nil
	case abi.BytesTy:
		b, err := hexArg(raw)
		return b, err
	case abi.FixedBytesTy:
		b, err := hexArg(raw)
		if err != nil {
			return nil, err
		}
		if len(b) != t.Size {
			return nil, fmt.Errorf("want %d bytes, got %d", t.Size, len(b))
		}
		v := reflect.New(t.GetType()).Elem()
		reflect.Copy(v, reflect.ValueOf(b))
		return v.Interface(), nil
	case abi.IntTy, abi.UintTy:
		n, err := intArg(raw)
		if err != nil {
			return nil, err
		}
		if t.T == abi.UintTy && n.Sign() < 0 {
			return nil, fmt.Errorf("want a non-negative integer")
		}
		limit := new(big.Int).Lsh(big.NewInt(1), uint(t.Size))
		if t.T == abi.IntTy {
			limit.Rsh(limit, 1)
		}
		if n.CmpAbs(limit) >= 0 && !(t.T == abi.IntTy && n.Sign() < 0 && n.CmpAbs(limit) == 0) {
			return nil, fmt.Errorf("%s does not fit in %d bits", n, t.Size)
		}
		rt := t.GetType()
		if rt == reflect.TypeFor[*big.Int]() {
			return n, nil
		}
		v := reflect.New(rt).Elem()
		if t.T == abi.UintTy {
			v.SetUint(n.Uint64())
		} else {
			v.SetInt(n.Int64())
		}
		return v.Interface(), nil
	case abi.SliceTy, abi.ArrayTy:
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) != nil {
			return nil, fmt.Errorf("want a JSON array")
		}
		if t.T == abi.ArrayTy && len(items) != t.Size {
			return nil, fmt.Errorf("want %d items, got %d", t.Size, len(items))
		}
		var v reflect.Value
		if t.T == abi.SliceTy {
			v = reflect.MakeSlice(t.GetType(), len(items), len(items))
		} else {
			v = reflect.New(t.GetType()).Elem()
		}
		for i, it := range items {
			e, err := jsonToABI(*t.Elem, it)
			if err != nil {
				return nil, fmt.Errorf("item %d: %w", i, err)
			}
			v.Index(i).Set(reflect.ValueOf(e))
		}
		return v.Interface(), nil
	}
	return nil, fmt.Errorf("type %s is not supported; send calldata instead", t.String())
}

func hexArg(raw json.RawMessage) ([]byte, error) {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return nil, fmt.Errorf("want a 0x-hex string")
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("want a 0x-hex string: %v", err)
	}
	return b, nil
}

func intArg(raw json.RawMessage) (*big.Int, error) {
	s := strings.TrimSpace(string(raw))
	if strings.HasPrefix(s, `"`) {
		if json.Unmarshal(raw, &s) != nil {
			return nil, fmt.Errorf("want an integer")
		}
	}
	n, ok := new(big.Int).SetString(s, 0)
	if !ok {
		return nil, fmt.Errorf("%q is not an integer; want a JSON number, or a decimal or 0x string", s)
	}
	return n, nil
}
