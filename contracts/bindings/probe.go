// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ProbeMetaData contains all meta data concerning the Probe contract.
var ProbeMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"Recorded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"record\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"total\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506101298061001c5f395ff3fe6080604052348015600e575f5ffd5b5060043610603a575f3560e01c80632ddbd13a14603e5780637937354c146058578063b5c645bd146074575b5f5ffd5b604660015481565b60405190815260200160405180910390f35b6046606336600460dd565b5f6020819052908152604090205481565b6083607f36600460dd565b6085565b005b5f818152602081815260409182902080546001908101918290558054810190559151828152339184917f849ac79d66ea7789ca4429e5ad6bda68f926e8764ad9a3ecb2bbad927aef6502910160405180910390a35050565b5f6020828403121560ec575f5ffd5b503591905056fea2646970667358221220309576182fed7074b299c5b846315ac3fec9b3444633380dd08eafe29778ab8764736f6c634300081e0033",
}

// ProbeABI is the input ABI used to generate the binding from.
// Deprecated: Use ProbeMetaData.ABI instead.
var ProbeABI = ProbeMetaData.ABI

// ProbeBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ProbeMetaData.Bin instead.
var ProbeBin = ProbeMetaData.Bin

// DeployProbe deploys a new Ethereum contract, binding an instance of Probe to it.
func DeployProbe(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Probe, error) {
	parsed, err := ProbeMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ProbeBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Probe{ProbeCaller: ProbeCaller{contract: contract}, ProbeTransactor: ProbeTransactor{contract: contract}, ProbeFilterer: ProbeFilterer{contract: contract}}, nil
}

// Probe is an auto generated Go binding around an Ethereum contract.
type Probe struct {
	ProbeCaller     // Read-only binding to the contract
	ProbeTransactor // Write-only binding to the contract
	ProbeFilterer   // Log filterer for contract events
}

// ProbeCaller is an auto generated read-only Go binding around an Ethereum contract.
type ProbeCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProbeTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ProbeTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProbeFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ProbeFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProbeSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ProbeSession struct {
	Contract     *Probe            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ProbeCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ProbeCallerSession struct {
	Contract *ProbeCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// ProbeTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ProbeTransactorSession struct {
	Contract     *ProbeTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ProbeRaw is an auto generated low-level Go binding around an Ethereum contract.
type ProbeRaw struct {
	Contract *Probe // Generic contract binding to access the raw methods on
}

// ProbeCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ProbeCallerRaw struct {
	Contract *ProbeCaller // Generic read-only contract binding to access the raw methods on
}

// ProbeTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ProbeTransactorRaw struct {
	Contract *ProbeTransactor // Generic write-only contract binding to access the raw methods on
}

// NewProbe creates a new instance of Probe, bound to a specific deployed contract.
func NewProbe(address common.Address, backend bind.ContractBackend) (*Probe, error) {
	contract, err := bindProbe(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Probe{ProbeCaller: ProbeCaller{contract: contract}, ProbeTransactor: ProbeTransactor{contract: contract}, ProbeFilterer: ProbeFilterer{contract: contract}}, nil
}

// NewProbeCaller creates a new read-only instance of Probe, bound to a specific deployed contract.
func NewProbeCaller(address common.Address, caller bind.ContractCaller) (*ProbeCaller, error) {
	contract, err := bindProbe(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ProbeCaller{contract: contract}, nil
}

// NewProbeTransactor creates a new write-only instance of Probe, bound to a specific deployed contract.
func NewProbeTransactor(address common.Address, transactor bind.ContractTransactor) (*ProbeTransactor, error) {
	contract, err := bindProbe(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ProbeTransactor{contract: contract}, nil
}

// NewProbeFilterer creates a new log filterer instance of Probe, bound to a specific deployed contract.
func NewProbeFilterer(address common.Address, filterer bind.ContractFilterer) (*ProbeFilterer, error) {
	contract, err := bindProbe(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ProbeFilterer{contract: contract}, nil
}

// bindProbe binds a generic wrapper to an already deployed contract.
func bindProbe(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ProbeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Probe *ProbeRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Probe.Contract.ProbeCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Probe *ProbeRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Probe.Contract.ProbeTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Probe *ProbeRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Probe.Contract.ProbeTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Probe *ProbeCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Probe.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Probe *ProbeTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Probe.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Probe *ProbeTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Probe.Contract.contract.Transact(opts, method, params...)
}

// Count is a free data retrieval call binding the contract method 0x7937354c.
//
// Solidity: function count(bytes32 key) view returns(uint256)
func (_Probe *ProbeCaller) Count(opts *bind.CallOpts, key [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _Probe.contract.Call(opts, &out, "count", key)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Count is a free data retrieval call binding the contract method 0x7937354c.
//
// Solidity: function count(bytes32 key) view returns(uint256)
func (_Probe *ProbeSession) Count(key [32]byte) (*big.Int, error) {
	return _Probe.Contract.Count(&_Probe.CallOpts, key)
}

// Count is a free data retrieval call binding the contract method 0x7937354c.
//
// Solidity: function count(bytes32 key) view returns(uint256)
func (_Probe *ProbeCallerSession) Count(key [32]byte) (*big.Int, error) {
	return _Probe.Contract.Count(&_Probe.CallOpts, key)
}

// Total is a free data retrieval call binding the contract method 0x2ddbd13a.
//
// Solidity: function total() view returns(uint256)
func (_Probe *ProbeCaller) Total(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Probe.contract.Call(opts, &out, "total")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Total is a free data retrieval call binding the contract method 0x2ddbd13a.
//
// Solidity: function total() view returns(uint256)
func (_Probe *ProbeSession) Total() (*big.Int, error) {
	return _Probe.Contract.Total(&_Probe.CallOpts)
}

// Total is a free data retrieval call binding the contract method 0x2ddbd13a.
//
// Solidity: function total() view returns(uint256)
func (_Probe *ProbeCallerSession) Total() (*big.Int, error) {
	return _Probe.Contract.Total(&_Probe.CallOpts)
}

// Record is a paid mutator transaction binding the contract method 0xb5c645bd.
//
// Solidity: function record(bytes32 key) returns()
func (_Probe *ProbeTransactor) Record(opts *bind.TransactOpts, key [32]byte) (*types.Transaction, error) {
	return _Probe.contract.Transact(opts, "record", key)
}

// Record is a paid mutator transaction binding the contract method 0xb5c645bd.
//
// Solidity: function record(bytes32 key) returns()
func (_Probe *ProbeSession) Record(key [32]byte) (*types.Transaction, error) {
	return _Probe.Contract.Record(&_Probe.TransactOpts, key)
}

// Record is a paid mutator transaction binding the contract method 0xb5c645bd.
//
// Solidity: function record(bytes32 key) returns()
func (_Probe *ProbeTransactorSession) Record(key [32]byte) (*types.Transaction, error) {
	return _Probe.Contract.Record(&_Probe.TransactOpts, key)
}

// ProbeRecordedIterator is returned from FilterRecorded and is used to iterate over the raw logs and unpacked data for Recorded events raised by the Probe contract.
type ProbeRecordedIterator struct {
	Event *ProbeRecorded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProbeRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProbeRecorded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProbeRecorded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProbeRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProbeRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProbeRecorded represents a Recorded event raised by the Probe contract.
type ProbeRecorded struct {
	Key    [32]byte
	Count  *big.Int
	Sender common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRecorded is a free log retrieval operation binding the contract event 0x849ac79d66ea7789ca4429e5ad6bda68f926e8764ad9a3ecb2bbad927aef6502.
//
// Solidity: event Recorded(bytes32 indexed key, uint256 count, address indexed sender)
func (_Probe *ProbeFilterer) FilterRecorded(opts *bind.FilterOpts, key [][32]byte, sender []common.Address) (*ProbeRecordedIterator, error) {

	var keyRule []interface{}
	for _, keyItem := range key {
		keyRule = append(keyRule, keyItem)
	}

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Probe.contract.FilterLogs(opts, "Recorded", keyRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ProbeRecordedIterator{contract: _Probe.contract, event: "Recorded", logs: logs, sub: sub}, nil
}

// WatchRecorded is a free log subscription operation binding the contract event 0x849ac79d66ea7789ca4429e5ad6bda68f926e8764ad9a3ecb2bbad927aef6502.
//
// Solidity: event Recorded(bytes32 indexed key, uint256 count, address indexed sender)
func (_Probe *ProbeFilterer) WatchRecorded(opts *bind.WatchOpts, sink chan<- *ProbeRecorded, key [][32]byte, sender []common.Address) (event.Subscription, error) {

	var keyRule []interface{}
	for _, keyItem := range key {
		keyRule = append(keyRule, keyItem)
	}

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Probe.contract.WatchLogs(opts, "Recorded", keyRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProbeRecorded)
				if err := _Probe.contract.UnpackLog(event, "Recorded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRecorded is a log parse operation binding the contract event 0x849ac79d66ea7789ca4429e5ad6bda68f926e8764ad9a3ecb2bbad927aef6502.
//
// Solidity: event Recorded(bytes32 indexed key, uint256 count, address indexed sender)
func (_Probe *ProbeFilterer) ParseRecorded(log types.Log) (*ProbeRecorded, error) {
	event := new(ProbeRecorded)
	if err := _Probe.contract.UnpackLog(event, "Recorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
