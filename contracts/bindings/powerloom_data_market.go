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

// PowerloomDataMarketMetaData contains all meta data concerning the PowerloomDataMarket contract.
var PowerloomDataMarketMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ownerAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"epochSize\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainBlockTime\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"useBlockNumberAsEpochId\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EPOCH_SIZE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SOURCE_CHAIN_BLOCK_TIME\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SOURCE_CHAIN_ID\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"USE_BLOCK_NUMBER_AS_EPOCH_ID\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolState\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610140604052348015610010575f5ffd5b506040516102e33803806102e383398101604081905261002f9161005c565b336080526001600160a01b039490941660a05260ff90921660c05260e052610100521515610120526100ce565b5f5f5f5f5f60a08688031215610070575f5ffd5b85516001600160a01b0381168114610086575f5ffd5b602087015190955060ff8116811461009c575f5ffd5b604087015160608801516080890151929650909450925080151581146100c0575f5ffd5b809150509295509295909350565b60805160a05160c05160e05161010051610120516101d16101125f395f60ad01525f60e401525f61015201525f61011901525f61017901525f606901526101d15ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80630b88f3a2146100645780632d46247b146100a8578063351b6155146100df578063626560031461011457806374be21501461014d5780638da5cb5b14610174575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100cf7f000000000000000000000000000000000000000000000000000000000000000081565b604051901515815260200161009f565b6101067f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161009f565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff909116815260200161009f565b6101067f000000000000000000000000000000000000000000000000000000000000000081565b61008b7f00000000000000000000000000000000000000000000000000000000000000008156fea2646970667358221220710f310e118d4684afb38f409c5214aacb6b5691e020cab2fb0999179e47a64f64736f6c634300081e0033",
}

// PowerloomDataMarketABI is the input ABI used to generate the binding from.
// Deprecated: Use PowerloomDataMarketMetaData.ABI instead.
var PowerloomDataMarketABI = PowerloomDataMarketMetaData.ABI

// PowerloomDataMarketBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PowerloomDataMarketMetaData.Bin instead.
var PowerloomDataMarketBin = PowerloomDataMarketMetaData.Bin

// DeployPowerloomDataMarket deploys a new Ethereum contract, binding an instance of PowerloomDataMarket to it.
func DeployPowerloomDataMarket(auth *bind.TransactOpts, backend bind.ContractBackend, ownerAddress common.Address, epochSize uint8, sourceChainId *big.Int, sourceChainBlockTime *big.Int, useBlockNumberAsEpochId bool) (common.Address, *types.Transaction, *PowerloomDataMarket, error) {
	parsed, err := PowerloomDataMarketMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PowerloomDataMarketBin), backend, ownerAddress, epochSize, sourceChainId, sourceChainBlockTime, useBlockNumberAsEpochId)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PowerloomDataMarket{PowerloomDataMarketCaller: PowerloomDataMarketCaller{contract: contract}, PowerloomDataMarketTransactor: PowerloomDataMarketTransactor{contract: contract}, PowerloomDataMarketFilterer: PowerloomDataMarketFilterer{contract: contract}}, nil
}

// PowerloomDataMarket is an auto generated Go binding around an Ethereum contract.
type PowerloomDataMarket struct {
	PowerloomDataMarketCaller     // Read-only binding to the contract
	PowerloomDataMarketTransactor // Write-only binding to the contract
	PowerloomDataMarketFilterer   // Log filterer for contract events
}

// PowerloomDataMarketCaller is an auto generated read-only Go binding around an Ethereum contract.
type PowerloomDataMarketCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PowerloomDataMarketTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PowerloomDataMarketTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PowerloomDataMarketFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PowerloomDataMarketFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PowerloomDataMarketSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PowerloomDataMarketSession struct {
	Contract     *PowerloomDataMarket // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// PowerloomDataMarketCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PowerloomDataMarketCallerSession struct {
	Contract *PowerloomDataMarketCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// PowerloomDataMarketTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PowerloomDataMarketTransactorSession struct {
	Contract     *PowerloomDataMarketTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// PowerloomDataMarketRaw is an auto generated low-level Go binding around an Ethereum contract.
type PowerloomDataMarketRaw struct {
	Contract *PowerloomDataMarket // Generic contract binding to access the raw methods on
}

// PowerloomDataMarketCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PowerloomDataMarketCallerRaw struct {
	Contract *PowerloomDataMarketCaller // Generic read-only contract binding to access the raw methods on
}

// PowerloomDataMarketTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PowerloomDataMarketTransactorRaw struct {
	Contract *PowerloomDataMarketTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPowerloomDataMarket creates a new instance of PowerloomDataMarket, bound to a specific deployed contract.
func NewPowerloomDataMarket(address common.Address, backend bind.ContractBackend) (*PowerloomDataMarket, error) {
	contract, err := bindPowerloomDataMarket(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PowerloomDataMarket{PowerloomDataMarketCaller: PowerloomDataMarketCaller{contract: contract}, PowerloomDataMarketTransactor: PowerloomDataMarketTransactor{contract: contract}, PowerloomDataMarketFilterer: PowerloomDataMarketFilterer{contract: contract}}, nil
}

// NewPowerloomDataMarketCaller creates a new read-only instance of PowerloomDataMarket, bound to a specific deployed contract.
func NewPowerloomDataMarketCaller(address common.Address, caller bind.ContractCaller) (*PowerloomDataMarketCaller, error) {
	contract, err := bindPowerloomDataMarket(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PowerloomDataMarketCaller{contract: contract}, nil
}

// NewPowerloomDataMarketTransactor creates a new write-only instance of PowerloomDataMarket, bound to a specific deployed contract.
func NewPowerloomDataMarketTransactor(address common.Address, transactor bind.ContractTransactor) (*PowerloomDataMarketTransactor, error) {
	contract, err := bindPowerloomDataMarket(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PowerloomDataMarketTransactor{contract: contract}, nil
}

// NewPowerloomDataMarketFilterer creates a new log filterer instance of PowerloomDataMarket, bound to a specific deployed contract.
func NewPowerloomDataMarketFilterer(address common.Address, filterer bind.ContractFilterer) (*PowerloomDataMarketFilterer, error) {
	contract, err := bindPowerloomDataMarket(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PowerloomDataMarketFilterer{contract: contract}, nil
}

// bindPowerloomDataMarket binds a generic wrapper to an already deployed contract.
func bindPowerloomDataMarket(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PowerloomDataMarketMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PowerloomDataMarket *PowerloomDataMarketRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PowerloomDataMarket.Contract.PowerloomDataMarketCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PowerloomDataMarket *PowerloomDataMarketRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PowerloomDataMarket.Contract.PowerloomDataMarketTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PowerloomDataMarket *PowerloomDataMarketRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PowerloomDataMarket.Contract.PowerloomDataMarketTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PowerloomDataMarket *PowerloomDataMarketCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PowerloomDataMarket.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PowerloomDataMarket *PowerloomDataMarketTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PowerloomDataMarket.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PowerloomDataMarket *PowerloomDataMarketTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PowerloomDataMarket.Contract.contract.Transact(opts, method, params...)
}

// EPOCHSIZE is a free data retrieval call binding the contract method 0x62656003.
//
// Solidity: function EPOCH_SIZE() view returns(uint8)
func (_PowerloomDataMarket *PowerloomDataMarketCaller) EPOCHSIZE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _PowerloomDataMarket.contract.Call(opts, &out, "EPOCH_SIZE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// EPOCHSIZE is a free data retrieval call binding the contract method 0x62656003.
//
// Solidity: function EPOCH_SIZE() view returns(uint8)
func (_PowerloomDataMarket *PowerloomDataMarketSession) EPOCHSIZE() (uint8, error) {
	return _PowerloomDataMarket.Contract.EPOCHSIZE(&_PowerloomDataMarket.CallOpts)
}

// EPOCHSIZE is a free data retrieval call binding the contract method 0x62656003.
//
// Solidity: function EPOCH_SIZE() view returns(uint8)
func (_PowerloomDataMarket *PowerloomDataMarketCallerSession) EPOCHSIZE() (uint8, error) {
	return _PowerloomDataMarket.Contract.EPOCHSIZE(&_PowerloomDataMarket.CallOpts)
}

// SOURCECHAINBLOCKTIME is a free data retrieval call binding the contract method 0x351b6155.
//
// Solidity: function SOURCE_CHAIN_BLOCK_TIME() view returns(uint256)
func (_PowerloomDataMarket *PowerloomDataMarketCaller) SOURCECHAINBLOCKTIME(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PowerloomDataMarket.contract.Call(opts, &out, "SOURCE_CHAIN_BLOCK_TIME")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SOURCECHAINBLOCKTIME is a free data retrieval call binding the contract method 0x351b6155.
//
// Solidity: function SOURCE_CHAIN_BLOCK_TIME() view returns(uint256)
func (_PowerloomDataMarket *PowerloomDataMarketSession) SOURCECHAINBLOCKTIME() (*big.Int, error) {
	return _PowerloomDataMarket.Contract.SOURCECHAINBLOCKTIME(&_PowerloomDataMarket.CallOpts)
}

// SOURCECHAINBLOCKTIME is a free data retrieval call binding the contract method 0x351b6155.
//
// Solidity: function SOURCE_CHAIN_BLOCK_TIME() view returns(uint256)
func (_PowerloomDataMarket *PowerloomDataMarketCallerSession) SOURCECHAINBLOCKTIME() (*big.Int, error) {
	return _PowerloomDataMarket.Contract.SOURCECHAINBLOCKTIME(&_PowerloomDataMarket.CallOpts)
}

// SOURCECHAINID is a free data retrieval call binding the contract method 0x74be2150.
//
// Solidity: function SOURCE_CHAIN_ID() view returns(uint256)
func (_PowerloomDataMarket *PowerloomDataMarketCaller) SOURCECHAINID(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PowerloomDataMarket.contract.Call(opts, &out, "SOURCE_CHAIN_ID")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SOURCECHAINID is a free data retrieval call binding the contract method 0x74be2150.
//
// Solidity: function SOURCE_CHAIN_ID() view returns(uint256)
func (_PowerloomDataMarket *PowerloomDataMarketSession) SOURCECHAINID() (*big.Int, error) {
	return _PowerloomDataMarket.Contract.SOURCECHAINID(&_PowerloomDataMarket.CallOpts)
}

// SOURCECHAINID is a free data retrieval call binding the contract method 0x74be2150.
//
// Solidity: function SOURCE_CHAIN_ID() view returns(uint256)
func (_PowerloomDataMarket *PowerloomDataMarketCallerSession) SOURCECHAINID() (*big.Int, error) {
	return _PowerloomDataMarket.Contract.SOURCECHAINID(&_PowerloomDataMarket.CallOpts)
}

// USEBLOCKNUMBERASEPOCHID is a free data retrieval call binding the contract method 0x2d46247b.
//
// Solidity: function USE_BLOCK_NUMBER_AS_EPOCH_ID() view returns(bool)
func (_PowerloomDataMarket *PowerloomDataMarketCaller) USEBLOCKNUMBERASEPOCHID(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _PowerloomDataMarket.contract.Call(opts, &out, "USE_BLOCK_NUMBER_AS_EPOCH_ID")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// USEBLOCKNUMBERASEPOCHID is a free data retrieval call binding the contract method 0x2d46247b.
//
// Solidity: function USE_BLOCK_NUMBER_AS_EPOCH_ID() view returns(bool)
func (_PowerloomDataMarket *PowerloomDataMarketSession) USEBLOCKNUMBERASEPOCHID() (bool, error) {
	return _PowerloomDataMarket.Contract.USEBLOCKNUMBERASEPOCHID(&_PowerloomDataMarket.CallOpts)
}

// USEBLOCKNUMBERASEPOCHID is a free data retrieval call binding the contract method 0x2d46247b.
//
// Solidity: function USE_BLOCK_NUMBER_AS_EPOCH_ID() view returns(bool)
func (_PowerloomDataMarket *PowerloomDataMarketCallerSession) USEBLOCKNUMBERASEPOCHID() (bool, error) {
	return _PowerloomDataMarket.Contract.USEBLOCKNUMBERASEPOCHID(&_PowerloomDataMarket.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PowerloomDataMarket *PowerloomDataMarketCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PowerloomDataMarket.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PowerloomDataMarket *PowerloomDataMarketSession) Owner() (common.Address, error) {
	return _PowerloomDataMarket.Contract.Owner(&_PowerloomDataMarket.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PowerloomDataMarket *PowerloomDataMarketCallerSession) Owner() (common.Address, error) {
	return _PowerloomDataMarket.Contract.Owner(&_PowerloomDataMarket.CallOpts)
}

// ProtocolState is a free data retrieval call binding the contract method 0x0b88f3a2.
//
// Solidity: function protocolState() view returns(address)
func (_PowerloomDataMarket *PowerloomDataMarketCaller) ProtocolState(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PowerloomDataMarket.contract.Call(opts, &out, "protocolState")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ProtocolState is a free data retrieval call binding the contract method 0x0b88f3a2.
//
// Solidity: function protocolState() view returns(address)
func (_PowerloomDataMarket *PowerloomDataMarketSession) ProtocolState() (common.Address, error) {
	return _PowerloomDataMarket.Contract.ProtocolState(&_PowerloomDataMarket.CallOpts)
}

// ProtocolState is a free data retrieval call binding the contract method 0x0b88f3a2.
//
// Solidity: function protocolState() view returns(address)
func (_PowerloomDataMarket *PowerloomDataMarketCallerSession) ProtocolState() (common.Address, error) {
	return _PowerloomDataMarket.Contract.ProtocolState(&_PowerloomDataMarket.CallOpts)
}
