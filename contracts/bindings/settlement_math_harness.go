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

// SettlementMathHarnessRequirementInput is an auto generated low-level Go binding around an user-defined struct.
type SettlementMathHarnessRequirementInput struct {
	Sum       uint64
	Threshold *big.Int
	Ppm       uint32
	ProofSeed [32]byte
	SessionId [32]byte
	Supplier  common.Address
}

// SettlementMathHarnessRewardInput is an auto generated low-level Go binding around an user-defined struct.
type SettlementMathHarnessRewardInput struct {
	Sum                  uint64
	TokensPerComputeUnit *big.Int
	Target               *big.Int
	Budget               *big.Int
}

// SettlementMathHarnessSlashInput is an auto generated low-level Go binding around an user-defined struct.
type SettlementMathHarnessSlashInput struct {
	Reward *big.Int
	Ppm    uint32
	Stake  *big.Int
}

// SettlementMathHarnessMetaData contains all meta data concerning the SettlementMathHarness contract.
var SettlementMathHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"targets\",\"type\":\"uint256[]\"}],\"name\":\"isMinedBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"seeds\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"sessionIds\",\"type\":\"bytes32[]\"}],\"name\":\"proofPathBatch\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"out\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"ppm\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"proofSeed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sessionId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"}],\"internalType\":\"structSettlementMathHarness.RequirementInput[]\",\"name\":\"in_\",\"type\":\"tuple[]\"}],\"name\":\"proofRequiredBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"internalType\":\"structSettlementMathHarness.RewardInput[]\",\"name\":\"in_\",\"type\":\"tuple[]\"}],\"name\":\"rewardBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"ppm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"internalType\":\"structSettlementMathHarness.SlashInput[]\",\"name\":\"in_\",\"type\":\"tuple[]\"}],\"name\":\"slashAmountBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610b748061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806304b950bf146100595780632d2b550e146100825780633ee428f2146100a257806341f8e292146100b557806361b16ff2146100c8575b5f5ffd5b61006c6100673660046107f1565b6100db565b6040516100799190610860565b60405180910390f35b6100956100903660046108a2565b6101c0565b6040516100799190610901565b6100956100b0366004610981565b61029d565b61006c6100c3366004610981565b61037d565b61006c6100d63660046109eb565b610476565b6060816001600160401b038111156100f5576100f5610a4a565b60405190808252806020026020018201604052801561011e578160200160208202803683370190505b5090505f5b828110156101b95761019484848381811061014057610140610a5e565b9050606002015f013585858481811061015b5761015b610a5e565b90506060020160200160208101906101739190610a72565b86868581811061018557610185610a5e565b9050606002016040013561052e565b8282815181106101a6576101a6610a5e565b6020908102919091010152600101610123565b5092915050565b6060816001600160401b038111156101da576101da610a4a565b604051908082528060200260200182016040528015610203578160200160208202803683370190505b5090505f5b828110156101b9573684848381811061022357610223610a5e565b60c002919091019150610272905061023e6020830183610a95565b60208301356102536060850160408601610a72565b6060850135608086013561026d60c0880160a08901610abb565b6105bb565b83838151811061028457610284610a5e565b9115156020928302919091019091015250600101610208565b60608382146102c2576040516001621398b960e31b0319815260040160405180910390fd5b836001600160401b038111156102da576102da610a4a565b604051908082528060200260200182016040528015610303578160200160208202803683370190505b5090505f5b848110156103745761034a86868381811061032557610325610a5e565b9050602002013585858481811061033e5761033e610a5e565b90506020020135610647565b82828151811061035c5761035c610a5e565b91151560209283029190910190910152600101610308565b50949350505050565b60608382146103a2576040516001621398b960e31b0319815260040160405180910390fd5b836001600160401b038111156103ba576103ba610a4a565b6040519080825280602002602001820160405280156103e3578160200160208202803683370190505b5090505f5b848110156103745761045186868381811061040557610405610a5e565b9050602002013585858481811061041e5761041e610a5e565b90506020020135604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b82828151811061046357610463610a5e565b60209081029190910101526001016103e8565b6060816001600160401b0381111561049057610490610a4a565b6040519080825280602002602001820160405280156104b9578160200160208202803683370190505b5090505f5b828110156101b957368484838181106104d9576104d9610a5e565b60800291909101915061050890506104f46020830183610a95565b826020013583604001358460600135610652565b83838151811061051a5761051a610a5e565b6020908102919091010152506001016104be565b5f8063ffffffff8416156105425783610545565b60015b63ffffffff1690505f61058f61056761055e8489610af5565b620f42406106b4565b83620f4240610576828b610b08565b6105809190610b1b565b61058a9190610af5565b6106d4565b90505f61059d8260016106d4565b90508481106105ac57846105ae565b805b93505050505b9392505050565b5f85876001600160401b0316106105d45750600161063d565b8463ffffffff16620f424085858560405160200161061793929190928352602083019190915260601b6bffffffffffffffffffffffff1916604082015260540190565b604051602081830303815290604052805190602001205f1c6106399190610b08565b1090505b9695505050505050565b808211155b92915050565b5f5f5f610668876001600160401b0316876106e1565b915091508115806106795750848110155b156106885783925050506106ac565b5f610695825f1988610704565b90508481106106a457846106a6565b805b93505050505b949350505050565b5f5f5f6106c185856106e1565b9015155f19918218021895945050505050565b5f5f5f6106c185856107b4565b8181028281048214831517905f906106f883151590565b81029150509250929050565b5f5f5f61071186866107c4565b91509150815f036107355783818161072b5761072b610ae1565b04925050506105b4565b81841161074c5761074c60038515026011186107e0565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b80820182811015905f90826106f8565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f60208385031215610802575f5ffd5b82356001600160401b03811115610817575f5ffd5b8301601f81018513610827575f5ffd5b80356001600160401b0381111561083c575f5ffd5b856020606083028401011115610850575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b81811015610897578351835260209384019390920191600101610879565b509095945050505050565b5f5f602083850312156108b3575f5ffd5b82356001600160401b038111156108c8575f5ffd5b8301601f810185136108d8575f5ffd5b80356001600160401b038111156108ed575f5ffd5b85602060c083028401011115610850575f5ffd5b602080825282518282018190525f918401906040840190835b81811015610897578351151583526020938401939092019160010161091a565b5f5f83601f84011261094a575f5ffd5b5081356001600160401b03811115610960575f5ffd5b6020830191508360208260051b850101111561097a575f5ffd5b9250929050565b5f5f5f5f60408587031215610994575f5ffd5b84356001600160401b038111156109a9575f5ffd5b6109b58782880161093a565b90955093505060208501356001600160401b038111156109d3575f5ffd5b6109df8782880161093a565b95989497509550505050565b5f5f602083850312156109fc575f5ffd5b82356001600160401b03811115610a11575f5ffd5b8301601f81018513610a21575f5ffd5b80356001600160401b03811115610a36575f5ffd5b8560208260071b8401011115610850575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610a82575f5ffd5b813563ffffffff811681146105b4575f5ffd5b5f60208284031215610aa5575f5ffd5b81356001600160401b03811681146105b4575f5ffd5b5f60208284031215610acb575f5ffd5b81356001600160a01b03811681146105b4575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f82610b0357610b03610ae1565b500490565b5f82610b1657610b16610ae1565b500690565b808202811582820484141761064c57634e487b7160e01b5f52601160045260245ffdfea2646970667358221220d586b4bd135f696fa5df5af06a4392ba300231809c97ad618768dc2c10ae9ad364736f6c634300081e0033",
}

// SettlementMathHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use SettlementMathHarnessMetaData.ABI instead.
var SettlementMathHarnessABI = SettlementMathHarnessMetaData.ABI

// SettlementMathHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SettlementMathHarnessMetaData.Bin instead.
var SettlementMathHarnessBin = SettlementMathHarnessMetaData.Bin

// DeploySettlementMathHarness deploys a new Ethereum contract, binding an instance of SettlementMathHarness to it.
func DeploySettlementMathHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *SettlementMathHarness, error) {
	parsed, err := SettlementMathHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SettlementMathHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SettlementMathHarness{SettlementMathHarnessCaller: SettlementMathHarnessCaller{contract: contract}, SettlementMathHarnessTransactor: SettlementMathHarnessTransactor{contract: contract}, SettlementMathHarnessFilterer: SettlementMathHarnessFilterer{contract: contract}}, nil
}

// SettlementMathHarness is an auto generated Go binding around an Ethereum contract.
type SettlementMathHarness struct {
	SettlementMathHarnessCaller     // Read-only binding to the contract
	SettlementMathHarnessTransactor // Write-only binding to the contract
	SettlementMathHarnessFilterer   // Log filterer for contract events
}

// SettlementMathHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type SettlementMathHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SettlementMathHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SettlementMathHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SettlementMathHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SettlementMathHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SettlementMathHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SettlementMathHarnessSession struct {
	Contract     *SettlementMathHarness // Generic contract binding to set the session for
	CallOpts     bind.CallOpts          // Call options to use throughout this session
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// SettlementMathHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SettlementMathHarnessCallerSession struct {
	Contract *SettlementMathHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                // Call options to use throughout this session
}

// SettlementMathHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SettlementMathHarnessTransactorSession struct {
	Contract     *SettlementMathHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                // Transaction auth options to use throughout this session
}

// SettlementMathHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type SettlementMathHarnessRaw struct {
	Contract *SettlementMathHarness // Generic contract binding to access the raw methods on
}

// SettlementMathHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SettlementMathHarnessCallerRaw struct {
	Contract *SettlementMathHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// SettlementMathHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SettlementMathHarnessTransactorRaw struct {
	Contract *SettlementMathHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSettlementMathHarness creates a new instance of SettlementMathHarness, bound to a specific deployed contract.
func NewSettlementMathHarness(address common.Address, backend bind.ContractBackend) (*SettlementMathHarness, error) {
	contract, err := bindSettlementMathHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SettlementMathHarness{SettlementMathHarnessCaller: SettlementMathHarnessCaller{contract: contract}, SettlementMathHarnessTransactor: SettlementMathHarnessTransactor{contract: contract}, SettlementMathHarnessFilterer: SettlementMathHarnessFilterer{contract: contract}}, nil
}

// NewSettlementMathHarnessCaller creates a new read-only instance of SettlementMathHarness, bound to a specific deployed contract.
func NewSettlementMathHarnessCaller(address common.Address, caller bind.ContractCaller) (*SettlementMathHarnessCaller, error) {
	contract, err := bindSettlementMathHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SettlementMathHarnessCaller{contract: contract}, nil
}

// NewSettlementMathHarnessTransactor creates a new write-only instance of SettlementMathHarness, bound to a specific deployed contract.
func NewSettlementMathHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*SettlementMathHarnessTransactor, error) {
	contract, err := bindSettlementMathHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SettlementMathHarnessTransactor{contract: contract}, nil
}

// NewSettlementMathHarnessFilterer creates a new log filterer instance of SettlementMathHarness, bound to a specific deployed contract.
func NewSettlementMathHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*SettlementMathHarnessFilterer, error) {
	contract, err := bindSettlementMathHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SettlementMathHarnessFilterer{contract: contract}, nil
}

// bindSettlementMathHarness binds a generic wrapper to an already deployed contract.
func bindSettlementMathHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SettlementMathHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SettlementMathHarness *SettlementMathHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SettlementMathHarness.Contract.SettlementMathHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SettlementMathHarness *SettlementMathHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SettlementMathHarness.Contract.SettlementMathHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SettlementMathHarness *SettlementMathHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SettlementMathHarness.Contract.SettlementMathHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SettlementMathHarness *SettlementMathHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SettlementMathHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SettlementMathHarness *SettlementMathHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SettlementMathHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SettlementMathHarness *SettlementMathHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SettlementMathHarness.Contract.contract.Transact(opts, method, params...)
}

// IsMinedBatch is a free data retrieval call binding the contract method 0x3ee428f2.
//
// Solidity: function isMinedBatch(bytes32[] keys, uint256[] targets) pure returns(bool[] out)
func (_SettlementMathHarness *SettlementMathHarnessCaller) IsMinedBatch(opts *bind.CallOpts, keys [][32]byte, targets []*big.Int) ([]bool, error) {
	var out []interface{}
	err := _SettlementMathHarness.contract.Call(opts, &out, "isMinedBatch", keys, targets)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// IsMinedBatch is a free data retrieval call binding the contract method 0x3ee428f2.
//
// Solidity: function isMinedBatch(bytes32[] keys, uint256[] targets) pure returns(bool[] out)
func (_SettlementMathHarness *SettlementMathHarnessSession) IsMinedBatch(keys [][32]byte, targets []*big.Int) ([]bool, error) {
	return _SettlementMathHarness.Contract.IsMinedBatch(&_SettlementMathHarness.CallOpts, keys, targets)
}

// IsMinedBatch is a free data retrieval call binding the contract method 0x3ee428f2.
//
// Solidity: function isMinedBatch(bytes32[] keys, uint256[] targets) pure returns(bool[] out)
func (_SettlementMathHarness *SettlementMathHarnessCallerSession) IsMinedBatch(keys [][32]byte, targets []*big.Int) ([]bool, error) {
	return _SettlementMathHarness.Contract.IsMinedBatch(&_SettlementMathHarness.CallOpts, keys, targets)
}

// ProofPathBatch is a free data retrieval call binding the contract method 0x41f8e292.
//
// Solidity: function proofPathBatch(bytes32[] seeds, bytes32[] sessionIds) pure returns(bytes32[] out)
func (_SettlementMathHarness *SettlementMathHarnessCaller) ProofPathBatch(opts *bind.CallOpts, seeds [][32]byte, sessionIds [][32]byte) ([][32]byte, error) {
	var out []interface{}
	err := _SettlementMathHarness.contract.Call(opts, &out, "proofPathBatch", seeds, sessionIds)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// ProofPathBatch is a free data retrieval call binding the contract method 0x41f8e292.
//
// Solidity: function proofPathBatch(bytes32[] seeds, bytes32[] sessionIds) pure returns(bytes32[] out)
func (_SettlementMathHarness *SettlementMathHarnessSession) ProofPathBatch(seeds [][32]byte, sessionIds [][32]byte) ([][32]byte, error) {
	return _SettlementMathHarness.Contract.ProofPathBatch(&_SettlementMathHarness.CallOpts, seeds, sessionIds)
}

// ProofPathBatch is a free data retrieval call binding the contract method 0x41f8e292.
//
// Solidity: function proofPathBatch(bytes32[] seeds, bytes32[] sessionIds) pure returns(bytes32[] out)
func (_SettlementMathHarness *SettlementMathHarnessCallerSession) ProofPathBatch(seeds [][32]byte, sessionIds [][32]byte) ([][32]byte, error) {
	return _SettlementMathHarness.Contract.ProofPathBatch(&_SettlementMathHarness.CallOpts, seeds, sessionIds)
}

// ProofRequiredBatch is a free data retrieval call binding the contract method 0x2d2b550e.
//
// Solidity: function proofRequiredBatch((uint64,uint256,uint32,bytes32,bytes32,address)[] in_) pure returns(bool[] out)
func (_SettlementMathHarness *SettlementMathHarnessCaller) ProofRequiredBatch(opts *bind.CallOpts, in_ []SettlementMathHarnessRequirementInput) ([]bool, error) {
	var out []interface{}
	err := _SettlementMathHarness.contract.Call(opts, &out, "proofRequiredBatch", in_)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// ProofRequiredBatch is a free data retrieval call binding the contract method 0x2d2b550e.
//
// Solidity: function proofRequiredBatch((uint64,uint256,uint32,bytes32,bytes32,address)[] in_) pure returns(bool[] out)
func (_SettlementMathHarness *SettlementMathHarnessSession) ProofRequiredBatch(in_ []SettlementMathHarnessRequirementInput) ([]bool, error) {
	return _SettlementMathHarness.Contract.ProofRequiredBatch(&_SettlementMathHarness.CallOpts, in_)
}

// ProofRequiredBatch is a free data retrieval call binding the contract method 0x2d2b550e.
//
// Solidity: function proofRequiredBatch((uint64,uint256,uint32,bytes32,bytes32,address)[] in_) pure returns(bool[] out)
func (_SettlementMathHarness *SettlementMathHarnessCallerSession) ProofRequiredBatch(in_ []SettlementMathHarnessRequirementInput) ([]bool, error) {
	return _SettlementMathHarness.Contract.ProofRequiredBatch(&_SettlementMathHarness.CallOpts, in_)
}

// RewardBatch is a free data retrieval call binding the contract method 0x61b16ff2.
//
// Solidity: function rewardBatch((uint64,uint256,uint256,uint256)[] in_) pure returns(uint256[] out)
func (_SettlementMathHarness *SettlementMathHarnessCaller) RewardBatch(opts *bind.CallOpts, in_ []SettlementMathHarnessRewardInput) ([]*big.Int, error) {
	var out []interface{}
	err := _SettlementMathHarness.contract.Call(opts, &out, "rewardBatch", in_)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// RewardBatch is a free data retrieval call binding the contract method 0x61b16ff2.
//
// Solidity: function rewardBatch((uint64,uint256,uint256,uint256)[] in_) pure returns(uint256[] out)
func (_SettlementMathHarness *SettlementMathHarnessSession) RewardBatch(in_ []SettlementMathHarnessRewardInput) ([]*big.Int, error) {
	return _SettlementMathHarness.Contract.RewardBatch(&_SettlementMathHarness.CallOpts, in_)
}

// RewardBatch is a free data retrieval call binding the contract method 0x61b16ff2.
//
// Solidity: function rewardBatch((uint64,uint256,uint256,uint256)[] in_) pure returns(uint256[] out)
func (_SettlementMathHarness *SettlementMathHarnessCallerSession) RewardBatch(in_ []SettlementMathHarnessRewardInput) ([]*big.Int, error) {
	return _SettlementMathHarness.Contract.RewardBatch(&_SettlementMathHarness.CallOpts, in_)
}

// SlashAmountBatch is a free data retrieval call binding the contract method 0x04b950bf.
//
// Solidity: function slashAmountBatch((uint256,uint32,uint256)[] in_) pure returns(uint256[] out)
func (_SettlementMathHarness *SettlementMathHarnessCaller) SlashAmountBatch(opts *bind.CallOpts, in_ []SettlementMathHarnessSlashInput) ([]*big.Int, error) {
	var out []interface{}
	err := _SettlementMathHarness.contract.Call(opts, &out, "slashAmountBatch", in_)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// SlashAmountBatch is a free data retrieval call binding the contract method 0x04b950bf.
//
// Solidity: function slashAmountBatch((uint256,uint32,uint256)[] in_) pure returns(uint256[] out)
func (_SettlementMathHarness *SettlementMathHarnessSession) SlashAmountBatch(in_ []SettlementMathHarnessSlashInput) ([]*big.Int, error) {
	return _SettlementMathHarness.Contract.SlashAmountBatch(&_SettlementMathHarness.CallOpts, in_)
}

// SlashAmountBatch is a free data retrieval call binding the contract method 0x04b950bf.
//
// Solidity: function slashAmountBatch((uint256,uint32,uint256)[] in_) pure returns(uint256[] out)
func (_SettlementMathHarness *SettlementMathHarnessCallerSession) SlashAmountBatch(in_ []SettlementMathHarnessSlashInput) ([]*big.Int, error) {
	return _SettlementMathHarness.Contract.SlashAmountBatch(&_SettlementMathHarness.CallOpts, in_)
}
