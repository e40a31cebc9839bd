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

// SMSTHarnessDigest is an auto generated low-level Go binding around an user-defined struct.
type SMSTHarnessDigest struct {
	Hash  [32]byte
	Sum   uint64
	Count uint64
}

// SMSTHarnessProof is an auto generated low-level Go binding around an user-defined struct.
type SMSTHarnessProof struct {
	LeafPath      [32]byte
	LeafValueHash [32]byte
	LeafWeight    uint64
	Depth         uint16
	FlippedBits   [32]byte
	SideNodes     []SMSTHarnessDigest
}

// SMSTHarnessMetaData contains all meta data concerning the SMSTHarness contract.
var SMSTHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"FlippedBitNotEmpty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leafPath\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"targetPath\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"PathMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sideNodes\",\"type\":\"uint256\"}],\"name\":\"ProofDepthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"RootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"SumOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManySideNodes\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"internalType\":\"structSMSTHarness.Digest\",\"name\":\"root\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"targetPath\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"leafPath\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leafValueHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leafWeight\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"depth\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"flippedBits\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"internalType\":\"structSMSTHarness.Digest[]\",\"name\":\"sideNodes\",\"type\":\"tuple[]\"}],\"internalType\":\"structSMSTHarness.Proof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"measure\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"internalType\":\"structSMSTHarness.Digest\",\"name\":\"root\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"targetPath\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"leafPath\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leafValueHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leafWeight\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"depth\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"flippedBits\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"internalType\":\"structSMSTHarness.Digest[]\",\"name\":\"sideNodes\",\"type\":\"tuple[]\"}],\"internalType\":\"structSMSTHarness.Proof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"verify\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"internalType\":\"structSMSTHarness.Digest[]\",\"name\":\"roots\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"targetPaths\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"leafPath\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leafValueHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leafWeight\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"depth\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"flippedBits\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"internalType\":\"structSMSTHarness.Digest[]\",\"name\":\"sideNodes\",\"type\":\"tuple[]\"}],\"internalType\":\"structSMSTHarness.Proof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"}],\"name\":\"verifyBatch\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"out\",\"type\":\"bytes[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610ded8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806334bdff16146100435780635aa059d614610058578063e55201631461007e575b5f5ffd5b6100566100513660046108d9565b61009e565b005b61006b6100663660046108d9565b6100d7565b6040519081526020015b60405180910390f35b61009161008c36600461097f565b610129565b6040516100759190610a49565b6100d283356100b36040860160208701610ae8565b6100c36060870160408801610ae8565b856100cd866102b9565b61047d565b505050565b5f5f6100e2836102b9565b90505f5a905061011486356100fd6040890160208a01610ae8565b61010d60608a0160408b01610ae8565b888661047d565b5a61011f9082610b1c565b9695505050505050565b6060858414158061013a5750858214155b1561015b576040516001621398b960e31b0319815260040160405180910390fd5b816001600160401b0381111561017357610173610b2f565b6040519080825280602002602001820160405280156101a657816020015b60608152602001906001900390816101915790505b5090505f5b828110156102ae57306334bdff168989848181106101cb576101cb610b43565b9050606002018888858181106101e3576101e3610b43565b905060200201358787868181106101fc576101fc610b43565b905060200281019061020e9190610b57565b6040518463ffffffff1660e01b815260040161022c93929190610bfe565b5f6040518083038186803b158015610242575f5ffd5b505afa925050508015610253575060015b6102a6573d808015610280576040519150601f19603f3d011682016040523d82523d5f602084013e610285565b606091505b508083838151811061029957610299610b43565b6020026020010181905250505b6001016101ab565b509695505050505050565b6102fa6040518060c001604052805f81526020015f81526020015f6001600160401b031681526020015f61ffff1681526020015f8152602001606081525090565b81358152602080830135908201526103186060830160408401610ae8565b6001600160401b031660408201526103366080830160608401610cc9565b61ffff1660608201526080808301359082015261035660a0830183610ce2565b90506001600160401b0381111561036f5761036f610b2f565b6040519080825280602002602001820160405280156103b857816020015b604080516060810182525f80825260208083018290529282015282525f1990920191018161038d5790505b5060a08201525f5b6103cd60a0840184610ce2565b905081101561047757366103e460a0850185610ce2565b838181106103f4576103f4610b43565b90506060020190506040518060600160405280825f013581526020018260200160208101906104239190610ae8565b6001600160401b031681526020016104416060840160408501610ae8565b6001600160401b03168152508360a00151838151811061046357610463610b43565b6020908102919091010152506001016103c0565b50919050565b60a0810151516101008111156104b657604051633b92b82b60e01b81526004810182905261010060248201526044015b60405180910390fd5b80826060015161ffff16146104f1576060820151604051635b3418c560e11b815261ffff9091166004820152602481018290526044016104ad565b60808201515f81610501846108a3565b85518718168181189250146105c45783518561058f835f60076fffffffffffffffffffffffffffffffff8311901b905060066001600160401b0383831c11901b17600563ffffffff83831c11901b17600461ffff83831c11901b17600360ff83831c11901b176002600f83831c116d010102020202030303030303030360801b911b9190911791821c1a1790565b61059a9060ff610b1c565b6040516306867d0f60e01b81526004810193909352602483019190915260448201526064016104ad565b83516020808601516040808801805182515f818701526021810196909652604186019390935260c09290921b6001600160c01b0319166061850152600160c01b606985015280518085036051018152607190940190528251929091019190912090516001855b801561081f5761063981610d26565b90505f8860a00151828151811061065257610652610b43565b6020026020010151905061066687836108bb565b801561069f57508051151580610688575060208101516001600160401b031615155b8061069f575060408101516001600160401b031615155b156106ea57805160208201516040808401519051639b53b3f360e01b81526004810186905260248101939093526001600160401b0391821660448401521660648201526084016104ad565b5f81602001516001600160401b0316856001600160401b031661070d9190610d3b565b90505f82604001516001600160401b0316856001600160401b03166107329190610d3b565b90506001600160401b0382118061074f57506001600160401b0381115b1561077057604051633de9133960e21b8152600481018590526024016104ad565b8a5161077c90856108bb565b156107cc57825160208085015160408087015190516107af94600160f81b94909392918d918d918d918b918b9101610d4e565b604051602081830303815290604052805190602001209650610813565b825160208085015160408087015190516107fa94600160f81b948d948d948d94919290918b918b9101610d4e565b6040516020818303038152906040528051906020012096505b909450925061062a9050565b508a831415806108415750896001600160401b0316826001600160401b031614155b8061085e5750886001600160401b0316816001600160401b031614155b15610896576040516352b2319f60e01b8152600481018490526001600160401b038084166024830152821660448201526064016104ad565b5050505050505050505050565b5f815f036108b257505f919050565b505f19901c1990565b5f6108c78260ff610b1c565b83901c60011660011490505b92915050565b5f5f5f83850360a08112156108ec575f5ffd5b60608112156108f9575f5ffd5b508392506060830135915060808301356001600160401b0381111561091c575f5ffd5b840160c0818703121561092d575f5ffd5b809150509250925092565b5f5f83601f840112610948575f5ffd5b5081356001600160401b0381111561095e575f5ffd5b6020830191508360208260051b8501011115610978575f5ffd5b9250929050565b5f5f5f5f5f5f60608789031215610994575f5ffd5b86356001600160401b038111156109a9575f5ffd5b8701601f810189136109b9575f5ffd5b80356001600160401b038111156109ce575f5ffd5b8960206060830284010111156109e2575f5ffd5b6020918201975095508701356001600160401b03811115610a01575f5ffd5b610a0d89828a01610938565b90955093505060408701356001600160401b03811115610a2b575f5ffd5b610a3789828a01610938565b979a9699509497509295939492505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015610ac157603f19878603018452815180518087528060208301602089015e5f602082890101526020601f19601f83011688010196505050602082019150602084019350600181019050610a6f565b50929695505050505050565b80356001600160401b0381168114610ae3575f5ffd5b919050565b5f60208284031215610af8575f5ffd5b610b0182610acd565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156108d3576108d3610b08565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f823560be19833603018112610b6b575f5ffd5b9190910192915050565b803582526001600160401b03610b8d60208301610acd565b1660208301526001600160401b03610ba760408301610acd565b1660408301525050565b803561ffff81168114610ae3575f5ffd5b8183526020830192505f815f5b84811015610bf457610be18683610b75565b6060958601959190910190600101610bcf565b5093949350505050565b610c088185610b75565b6060810183905260a060808201819052823590820152602082013560c08201525f6001600160401b03610c3d60408501610acd565b1660e083015261ffff610c5260608501610bb1565b16610100830152608083013561012083015260a083013536849003601e19018112610c7b575f5ffd5b83016020810190356001600160401b03811115610c96575f5ffd5b606081023603821315610ca7575f5ffd5b60c0610140850152610cbe61016085018284610bc2565b979650505050505050565b5f60208284031215610cd9575f5ffd5b610b0182610bb1565b5f5f8335601e19843603018112610cf7575f5ffd5b8301803591506001600160401b03821115610d10575f5ffd5b6020019150606081023603821315610978575f5ffd5b5f81610d3457610d34610b08565b505f190190565b808201808211156108d3576108d3610b08565b6001600160f81b031999909916895260018901979097526001600160c01b031960c096871b811660218a015294861b85166029890152603188019390935290841b83166051870152831b82166059860152821b8116606185015291901b1660698201526071019056fea2646970667358221220b5fe4a2a4020679395ed884ed7d0390d998c182c92eaffa637319abbb51c3c6064736f6c634300081e0033",
}

// SMSTHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use SMSTHarnessMetaData.ABI instead.
var SMSTHarnessABI = SMSTHarnessMetaData.ABI

// SMSTHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SMSTHarnessMetaData.Bin instead.
var SMSTHarnessBin = SMSTHarnessMetaData.Bin

// DeploySMSTHarness deploys a new Ethereum contract, binding an instance of SMSTHarness to it.
func DeploySMSTHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *SMSTHarness, error) {
	parsed, err := SMSTHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SMSTHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SMSTHarness{SMSTHarnessCaller: SMSTHarnessCaller{contract: contract}, SMSTHarnessTransactor: SMSTHarnessTransactor{contract: contract}, SMSTHarnessFilterer: SMSTHarnessFilterer{contract: contract}}, nil
}

// SMSTHarness is an auto generated Go binding around an Ethereum contract.
type SMSTHarness struct {
	SMSTHarnessCaller     // Read-only binding to the contract
	SMSTHarnessTransactor // Write-only binding to the contract
	SMSTHarnessFilterer   // Log filterer for contract events
}

// SMSTHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type SMSTHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SMSTHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SMSTHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SMSTHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SMSTHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SMSTHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SMSTHarnessSession struct {
	Contract     *SMSTHarness      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SMSTHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SMSTHarnessCallerSession struct {
	Contract *SMSTHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// SMSTHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SMSTHarnessTransactorSession struct {
	Contract     *SMSTHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// SMSTHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type SMSTHarnessRaw struct {
	Contract *SMSTHarness // Generic contract binding to access the raw methods on
}

// SMSTHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SMSTHarnessCallerRaw struct {
	Contract *SMSTHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// SMSTHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SMSTHarnessTransactorRaw struct {
	Contract *SMSTHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSMSTHarness creates a new instance of SMSTHarness, bound to a specific deployed contract.
func NewSMSTHarness(address common.Address, backend bind.ContractBackend) (*SMSTHarness, error) {
	contract, err := bindSMSTHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SMSTHarness{SMSTHarnessCaller: SMSTHarnessCaller{contract: contract}, SMSTHarnessTransactor: SMSTHarnessTransactor{contract: contract}, SMSTHarnessFilterer: SMSTHarnessFilterer{contract: contract}}, nil
}

// NewSMSTHarnessCaller creates a new read-only instance of SMSTHarness, bound to a specific deployed contract.
func NewSMSTHarnessCaller(address common.Address, caller bind.ContractCaller) (*SMSTHarnessCaller, error) {
	contract, err := bindSMSTHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SMSTHarnessCaller{contract: contract}, nil
}

// NewSMSTHarnessTransactor creates a new write-only instance of SMSTHarness, bound to a specific deployed contract.
func NewSMSTHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*SMSTHarnessTransactor, error) {
	contract, err := bindSMSTHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SMSTHarnessTransactor{contract: contract}, nil
}

// NewSMSTHarnessFilterer creates a new log filterer instance of SMSTHarness, bound to a specific deployed contract.
func NewSMSTHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*SMSTHarnessFilterer, error) {
	contract, err := bindSMSTHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SMSTHarnessFilterer{contract: contract}, nil
}

// bindSMSTHarness binds a generic wrapper to an already deployed contract.
func bindSMSTHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SMSTHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SMSTHarness *SMSTHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SMSTHarness.Contract.SMSTHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SMSTHarness *SMSTHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SMSTHarness.Contract.SMSTHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SMSTHarness *SMSTHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SMSTHarness.Contract.SMSTHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SMSTHarness *SMSTHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SMSTHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SMSTHarness *SMSTHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SMSTHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SMSTHarness *SMSTHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SMSTHarness.Contract.contract.Transact(opts, method, params...)
}

// Measure is a free data retrieval call binding the contract method 0x5aa059d6.
//
// Solidity: function measure((bytes32,uint64,uint64) root, bytes32 targetPath, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[]) proof) view returns(uint256 gasUsed)
func (_SMSTHarness *SMSTHarnessCaller) Measure(opts *bind.CallOpts, root SMSTHarnessDigest, targetPath [32]byte, proof SMSTHarnessProof) (*big.Int, error) {
	var out []interface{}
	err := _SMSTHarness.contract.Call(opts, &out, "measure", root, targetPath, proof)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Measure is a free data retrieval call binding the contract method 0x5aa059d6.
//
// Solidity: function measure((bytes32,uint64,uint64) root, bytes32 targetPath, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[]) proof) view returns(uint256 gasUsed)
func (_SMSTHarness *SMSTHarnessSession) Measure(root SMSTHarnessDigest, targetPath [32]byte, proof SMSTHarnessProof) (*big.Int, error) {
	return _SMSTHarness.Contract.Measure(&_SMSTHarness.CallOpts, root, targetPath, proof)
}

// Measure is a free data retrieval call binding the contract method 0x5aa059d6.
//
// Solidity: function measure((bytes32,uint64,uint64) root, bytes32 targetPath, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[]) proof) view returns(uint256 gasUsed)
func (_SMSTHarness *SMSTHarnessCallerSession) Measure(root SMSTHarnessDigest, targetPath [32]byte, proof SMSTHarnessProof) (*big.Int, error) {
	return _SMSTHarness.Contract.Measure(&_SMSTHarness.CallOpts, root, targetPath, proof)
}

// Verify is a free data retrieval call binding the contract method 0x34bdff16.
//
// Solidity: function verify((bytes32,uint64,uint64) root, bytes32 targetPath, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[]) proof) pure returns()
func (_SMSTHarness *SMSTHarnessCaller) Verify(opts *bind.CallOpts, root SMSTHarnessDigest, targetPath [32]byte, proof SMSTHarnessProof) error {
	var out []interface{}
	err := _SMSTHarness.contract.Call(opts, &out, "verify", root, targetPath, proof)

	if err != nil {
		return err
	}

	return err

}

// Verify is a free data retrieval call binding the contract method 0x34bdff16.
//
// Solidity: function verify((bytes32,uint64,uint64) root, bytes32 targetPath, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[]) proof) pure returns()
func (_SMSTHarness *SMSTHarnessSession) Verify(root SMSTHarnessDigest, targetPath [32]byte, proof SMSTHarnessProof) error {
	return _SMSTHarness.Contract.Verify(&_SMSTHarness.CallOpts, root, targetPath, proof)
}

// Verify is a free data retrieval call binding the contract method 0x34bdff16.
//
// Solidity: function verify((bytes32,uint64,uint64) root, bytes32 targetPath, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[]) proof) pure returns()
func (_SMSTHarness *SMSTHarnessCallerSession) Verify(root SMSTHarnessDigest, targetPath [32]byte, proof SMSTHarnessProof) error {
	return _SMSTHarness.Contract.Verify(&_SMSTHarness.CallOpts, root, targetPath, proof)
}

// VerifyBatch is a free data retrieval call binding the contract method 0xe5520163.
//
// Solidity: function verifyBatch((bytes32,uint64,uint64)[] roots, bytes32[] targetPaths, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[])[] proofs) view returns(bytes[] out)
func (_SMSTHarness *SMSTHarnessCaller) VerifyBatch(opts *bind.CallOpts, roots []SMSTHarnessDigest, targetPaths [][32]byte, proofs []SMSTHarnessProof) ([][]byte, error) {
	var out []interface{}
	err := _SMSTHarness.contract.Call(opts, &out, "verifyBatch", roots, targetPaths, proofs)

	if err != nil {
		return *new([][]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][]byte)).(*[][]byte)

	return out0, err

}

// VerifyBatch is a free data retrieval call binding the contract method 0xe5520163.
//
// Solidity: function verifyBatch((bytes32,uint64,uint64)[] roots, bytes32[] targetPaths, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[])[] proofs) view returns(bytes[] out)
func (_SMSTHarness *SMSTHarnessSession) VerifyBatch(roots []SMSTHarnessDigest, targetPaths [][32]byte, proofs []SMSTHarnessProof) ([][]byte, error) {
	return _SMSTHarness.Contract.VerifyBatch(&_SMSTHarness.CallOpts, roots, targetPaths, proofs)
}

// VerifyBatch is a free data retrieval call binding the contract method 0xe5520163.
//
// Solidity: function verifyBatch((bytes32,uint64,uint64)[] roots, bytes32[] targetPaths, (bytes32,bytes32,uint64,uint16,bytes32,(bytes32,uint64,uint64)[])[] proofs) view returns(bytes[] out)
func (_SMSTHarness *SMSTHarnessCallerSession) VerifyBatch(roots []SMSTHarnessDigest, targetPaths [][32]byte, proofs []SMSTHarnessProof) ([][]byte, error) {
	return _SMSTHarness.Contract.VerifyBatch(&_SMSTHarness.CallOpts, roots, targetPaths, proofs)
}
