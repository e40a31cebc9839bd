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

// SessionMathHarnessMetaData contains all meta data concerning the SessionMathHarness contract.
var SessionMathHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isValidServiceId\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids\",\"type\":\"bytes32[]\"}],\"name\":\"isValidServiceIdBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"grace\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claim\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proof\",\"type\":\"uint64\"}],\"name\":\"pendingSessions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"lengths\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"graces\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"claims\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"proofs\",\"type\":\"uint64[]\"}],\"name\":\"pendingSessionsBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"candidates\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"selectIndices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"candidates\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ks\",\"type\":\"uint256[]\"}],\"name\":\"selectIndicesBatch\",\"outputs\":[{\"internalType\":\"uint256[][]\",\"name\":\"out\",\"type\":\"uint256[][]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"candidates\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"selectSuppliers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[][]\",\"name\":\"candidates\",\"type\":\"address[][]\"},{\"internalType\":\"uint256[]\",\"name\":\"ks\",\"type\":\"uint256[]\"}],\"name\":\"selectSuppliersBatch\",\"outputs\":[{\"internalType\":\"address[][]\",\"name\":\"out\",\"type\":\"address[][]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"sessionId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"apps\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"starts\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"seeds\",\"type\":\"bytes32[]\"}],\"name\":\"sessionIdBatch\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"out\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"}],\"name\":\"sessionStart\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"heights\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"epochStarts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"lengths\",\"type\":\"uint64[]\"}],\"name\":\"sessionStartBatch\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"out\",\"type\":\"uint64[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506117408061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100af575f3560e01c8063858b7dda1161006e578063858b7dda1461017a578063af24ea961461018d578063bed56d3e146101a0578063d4ecea12146101c0578063e5558fb1146101e0578063ef67c89914610200575f5ffd5b806219bec4146100b3578062f39f59146100d95780630a36530f146100f957806345426fde146101195780635c728591146101445780636f8722e314610157575b5f5ffd5b6100c66100c1366004610fe1565b610220565b6040519081526020015b60405180910390f35b6100ec6100e7366004611079565b610236565b6040516100d09190611143565b61010c610107366004611185565b610399565b6040516100d09190611221565b61012c6101273660046112b6565b6104b1565b6040516001600160401b0390911681526020016100d0565b6100ec6101523660046112f6565b6104c7565b61016a61016536600461131f565b6104d4565b60405190151581526020016100d0565b6100ec610188366004611079565b6104e4565b6100c661019b36600461134c565b61061d565b6101b36101ae366004611185565b61062a565b6040516100d0919061138d565b6101d36101ce36600461140d565b61072c565b6040516100d0919061144b565b6101f36101ee366004611484565b6107ce565b6040516100d091906114d2565b61021361020e366004611185565b6107dc565b6040516100d09190611512565b5f61022d8585858561090b565b95945050505050565b60608786811415806102485750848114155b806102535750828114155b15610274576040516001621398b960e31b0319815260040160405180910390fd5b806001600160401b0381111561028c5761028c611552565b6040519080825280602002602001820160405280156102b5578160200160208202803683370190505b5091505f5b8181101561038b576103668b8b838181106102d7576102d7611566565b90506020020160208101906102ec919061157a565b8a8a848181106102fe576102fe611566565b9050602002016020810190610313919061157a565b89898581811061032557610325611566565b905060200201602081019061033a919061157a565b88888681811061034c5761034c611566565b9050602002016020810190610361919061157a565b61090b565b83828151811061037857610378611566565b60209081029190910101526001016102ba565b505098975050505050505050565b606085841415806103aa5750858214155b156103cb576040516001621398b960e31b0319815260040160405180910390fd5b856001600160401b038111156103e3576103e3611552565b60405190808252806020026020018201604052801561041657816020015b60608152602001906001900390816104015790505b5090505f5b868110156104a65761048188888381811061043857610438611566565b9050602002013587878481811061045157610451611566565b90506020028101906104639190611593565b87878681811061047557610475611566565b90506020020135610980565b82828151811061049357610493611566565b602090810291909101015260010161041b565b509695505050505050565b5f6104bd848484610a5c565b90505b9392505050565b60606104bd848484610a87565b5f6104de82610e36565b92915050565b60608786811415806104f65750848114155b806105015750828114155b15610522576040516001621398b960e31b0319815260040160405180910390fd5b806001600160401b0381111561053a5761053a611552565b604051908082528060200260200182016040528015610563578160200160208202803683370190505b5091505f5b8181101561038b576105f88b8b8381811061058557610585611566565b905060200201602081019061059a91906115d8565b8a8a848181106105ac576105ac611566565b905060200201358989858181106105c5576105c5611566565b90506020020160208101906105da919061157a565b8888868181106105ec576105ec611566565b90506020020135610f72565b83828151811061060a5761060a611566565b6020908102919091010152600101610568565b5f61022d85858585610f72565b6060858414158061063b5750858214155b1561065c576040516001621398b960e31b0319815260040160405180910390fd5b856001600160401b0381111561067457610674611552565b6040519080825280602002602001820160405280156106a757816020015b60608152602001906001900390816106925790505b5090505f5b868110156104a6576107078888838181106106c9576106c9611566565b905060200201358787848181106106e2576106e2611566565b905060200201358686858181106106fb576106fb611566565b90506020020135610a87565b82828151811061071957610719611566565b60209081029190910101526001016106ac565b6060816001600160401b0381111561074657610746611552565b60405190808252806020026020018201604052801561076f578160200160208202803683370190505b5090505f5b828110156107c75761079d84848381811061079157610791611566565b90506020020135610e36565b8282815181106107af576107af611566565b91151560209283029190910190910152600101610774565b5092915050565b606061022d85858585610980565b606085841415806107ed5750858214155b1561080e576040516001621398b960e31b0319815260040160405180910390fd5b856001600160401b0381111561082657610826611552565b60405190808252806020026020018201604052801561084f578160200160208202803683370190505b5090505f5b868110156104a6576108d988888381811061087157610871611566565b9050602002016020810190610886919061157a565b87878481811061089857610898611566565b90506020020160208101906108ad919061157a565b8686858181106108bf576108bf611566565b90506020020160208101906108d4919061157a565b610a5c565b8282815181106108eb576108eb611566565b6001600160401b0390921660209283029190910190910152600101610854565b5f5f826001600160401b0316846001600160401b0316866001600160401b03166109359190611605565b61093f9190611605565b90506001600160401b03861660016109578284611605565b6109619190611618565b61096b919061163f565b610976906001611605565b9695505050505050565b60605f61098e868585610a87565b905080516001600160401b038111156109a9576109a9611552565b6040519080825280602002602001820160405280156109d2578160200160208202803683370190505b5091505f5b8151811015610a525785858383815181106109f4576109f4611566565b6020026020010151818110610a0b57610a0b611566565b9050602002016020810190610a2091906115d8565b838281518110610a3257610a32611566565b6001600160a01b03909216602092830291909101909101526001016109d7565b5050949350505050565b5f8180610a698587611652565b610a739190611671565b610a7d919061169e565b6104bd90846116c0565b60605f838310610a975783610a99565b825b9050806001600160401b03811115610ab357610ab3611552565b604051908082528060200260200182016040528015610adc578160200160208202803683370190505b509150805f03610aec57506104c0565b6104008411610c43575f846001600160401b03811115610b0e57610b0e611552565b604051908082528060200260200182016040528015610b37578160200160208202803683370190505b5090505f5b85811015610b6a5780828281518110610b5757610b57611566565b6020908102919091010152600101610b3c565b505f5b82811015610c3b575f610b808288611618565b6040805160208082018c905281830186905282518083038401815260609092019092528051910120610bb291906116df565b610bbc9083611605565b90505f838281518110610bd157610bd1611566565b60200260200101519050838381518110610bed57610bed611566565b6020026020010151848381518110610c0757610c07611566565b60200260200101818152505080868481518110610c2657610c26611566565b60209081029190910101525050600101610b6d565b5050506104c0565b5f816001600160401b03811115610c5c57610c5c611552565b604051908082528060200260200182016040528015610c85578160200160208202803683370190505b5090505f826001600160401b03811115610ca157610ca1611552565b604051908082528060200260200182016040528015610cca578160200160208202803683370190505b5090505f805b84811015610e2a575f610ce3828a611618565b6040805160208082018e905281830186905282518083038401815260609092019092528051910120610d1591906116df565b610d1f9083611605565b905081815f195f5b86811015610da0575f898281518110610d4257610d42611566565b60200260200101519050868103610d7057888281518110610d6557610d65611566565b602002602001015194505b858103610d9757888281518110610d8957610d89611566565b602002602001015193508192505b50600101610d27565b50818a8681518110610db457610db4611566565b602002602001018181525050848414610e1b575f198103610dfb5783888781518110610de257610de2611566565b60209081029190910101525084610df8816116f2565b95505b82878281518110610e0e57610e0e611566565b6020026020010181815250505b50505050806001019050610cd0565b50505050509392505050565b5f81811a60f81b6001600160f81b0319165f03610e5457505f919050565b5f805b6020811015610f68575f848260208110610e7357610e73611566565b1a60f81b90506001600160f81b031981165f03610e94576001925050610f60565b8215610ea457505f949350505050565b5f606160f81b6001600160f81b0319831610801590610ed15750603d60f91b6001600160f81b0319831611155b80610f035750600360fc1b6001600160f81b0319831610801590610f035750603960f81b6001600160f81b0319831611155b80610f1b5750601760f91b6001600160f81b03198316145b80610f335750605f60f81b6001600160f81b03198316145b80610f4b5750602d60f81b6001600160f81b03198316145b905080610f5d57505f95945050505050565b50505b600101610e57565b5060019392505050565b604080516001600160a01b03861660208201529081018490526001600160401b0383166060820152608081018290525f9060a001604051602081830303815290604052805190602001209050949350505050565b80356001600160401b0381168114610fdc575f5ffd5b919050565b5f5f5f5f60808587031215610ff4575f5ffd5b610ffd85610fc6565b935061100b60208601610fc6565b925061101960408601610fc6565b915061102760608601610fc6565b905092959194509250565b5f5f83601f840112611042575f5ffd5b5081356001600160401b03811115611058575f5ffd5b6020830191508360208260051b8501011115611072575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f6080898b031215611090575f5ffd5b88356001600160401b038111156110a5575f5ffd5b6110b18b828c01611032565b90995097505060208901356001600160401b038111156110cf575f5ffd5b6110db8b828c01611032565b90975095505060408901356001600160401b038111156110f9575f5ffd5b6111058b828c01611032565b90955093505060608901356001600160401b03811115611123575f5ffd5b61112f8b828c01611032565b999c989b5096995094979396929594505050565b602080825282518282018190525f918401906040840190835b8181101561117a57835183526020938401939092019160010161115c565b509095945050505050565b5f5f5f5f5f5f6060878903121561119a575f5ffd5b86356001600160401b038111156111af575f5ffd5b6111bb89828a01611032565b90975095505060208701356001600160401b038111156111d9575f5ffd5b6111e589828a01611032565b90955093505060408701356001600160401b03811115611203575f5ffd5b61120f89828a01611032565b979a9699509497509295939492505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156112aa57868503603f19018452815180518087526020918201918701905f5b818110156112915783516001600160a01b031683526020938401939092019160010161126a565b5090965050506020938401939190910190600101611247565b50929695505050505050565b5f5f5f606084860312156112c8575f5ffd5b6112d184610fc6565b92506112df60208501610fc6565b91506112ed60408501610fc6565b90509250925092565b5f5f5f60608486031215611308575f5ffd5b505081359360208301359350604090920135919050565b5f6020828403121561132f575f5ffd5b5035919050565b80356001600160a01b0381168114610fdc575f5ffd5b5f5f5f5f6080858703121561135f575f5ffd5b61136885611336565b93506020850135925061137d60408601610fc6565b9396929550929360600135925050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156112aa57868503603f19018452815180518087526020918201918701905f5b818110156113f45783518352602093840193909201916001016113d6565b50909650505060209384019391909101906001016113b3565b5f5f6020838503121561141e575f5ffd5b82356001600160401b03811115611433575f5ffd5b61143f85828601611032565b90969095509350505050565b602080825282518282018190525f918401906040840190835b8181101561117a5783511515835260209384019390920191600101611464565b5f5f5f5f60608587031215611497575f5ffd5b8435935060208501356001600160401b038111156114b3575f5ffd5b6114bf87828801611032565b9598909750949560400135949350505050565b602080825282518282018190525f918401906040840190835b8181101561117a5783516001600160a01b03168352602093840193909201916001016114eb565b602080825282518282018190525f918401906040840190835b8181101561117a5783516001600160401b031683526020938401939092019160010161152b565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561158a575f5ffd5b6104c082610fc6565b5f5f8335601e198436030181126115a8575f5ffd5b8301803591506001600160401b038211156115c1575f5ffd5b6020019150600581901b3603821315611072575f5ffd5b5f602082840312156115e8575f5ffd5b6104c082611336565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104de576104de6115f1565b818103818111156104de576104de6115f1565b634e487b7160e01b5f52601260045260245ffd5b5f8261164d5761164d61162b565b500490565b6001600160401b0382811682821603908111156104de576104de6115f1565b5f6001600160401b038316806116895761168961162b565b806001600160401b0384160491505092915050565b6001600160401b0381811683821602908116908181146107c7576107c76115f1565b6001600160401b0381811683821601908111156104de576104de6115f1565b5f826116ed576116ed61162b565b500690565b5f60018201611703576117036115f1565b506001019056fea26469706673582212207121dab5c224fbca9829269f12bbc9b3c99b4d70b30b90455f6912e2169c397c64736f6c634300081e0033",
}

// SessionMathHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use SessionMathHarnessMetaData.ABI instead.
var SessionMathHarnessABI = SessionMathHarnessMetaData.ABI

// SessionMathHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SessionMathHarnessMetaData.Bin instead.
var SessionMathHarnessBin = SessionMathHarnessMetaData.Bin

// DeploySessionMathHarness deploys a new Ethereum contract, binding an instance of SessionMathHarness to it.
func DeploySessionMathHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *SessionMathHarness, error) {
	parsed, err := SessionMathHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SessionMathHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SessionMathHarness{SessionMathHarnessCaller: SessionMathHarnessCaller{contract: contract}, SessionMathHarnessTransactor: SessionMathHarnessTransactor{contract: contract}, SessionMathHarnessFilterer: SessionMathHarnessFilterer{contract: contract}}, nil
}

// SessionMathHarness is an auto generated Go binding around an Ethereum contract.
type SessionMathHarness struct {
	SessionMathHarnessCaller     // Read-only binding to the contract
	SessionMathHarnessTransactor // Write-only binding to the contract
	SessionMathHarnessFilterer   // Log filterer for contract events
}

// SessionMathHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type SessionMathHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SessionMathHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SessionMathHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SessionMathHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SessionMathHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SessionMathHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SessionMathHarnessSession struct {
	Contract     *SessionMathHarness // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// SessionMathHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SessionMathHarnessCallerSession struct {
	Contract *SessionMathHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// SessionMathHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SessionMathHarnessTransactorSession struct {
	Contract     *SessionMathHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// SessionMathHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type SessionMathHarnessRaw struct {
	Contract *SessionMathHarness // Generic contract binding to access the raw methods on
}

// SessionMathHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SessionMathHarnessCallerRaw struct {
	Contract *SessionMathHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// SessionMathHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SessionMathHarnessTransactorRaw struct {
	Contract *SessionMathHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSessionMathHarness creates a new instance of SessionMathHarness, bound to a specific deployed contract.
func NewSessionMathHarness(address common.Address, backend bind.ContractBackend) (*SessionMathHarness, error) {
	contract, err := bindSessionMathHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SessionMathHarness{SessionMathHarnessCaller: SessionMathHarnessCaller{contract: contract}, SessionMathHarnessTransactor: SessionMathHarnessTransactor{contract: contract}, SessionMathHarnessFilterer: SessionMathHarnessFilterer{contract: contract}}, nil
}

// NewSessionMathHarnessCaller creates a new read-only instance of SessionMathHarness, bound to a specific deployed contract.
func NewSessionMathHarnessCaller(address common.Address, caller bind.ContractCaller) (*SessionMathHarnessCaller, error) {
	contract, err := bindSessionMathHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SessionMathHarnessCaller{contract: contract}, nil
}

// NewSessionMathHarnessTransactor creates a new write-only instance of SessionMathHarness, bound to a specific deployed contract.
func NewSessionMathHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*SessionMathHarnessTransactor, error) {
	contract, err := bindSessionMathHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SessionMathHarnessTransactor{contract: contract}, nil
}

// NewSessionMathHarnessFilterer creates a new log filterer instance of SessionMathHarness, bound to a specific deployed contract.
func NewSessionMathHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*SessionMathHarnessFilterer, error) {
	contract, err := bindSessionMathHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SessionMathHarnessFilterer{contract: contract}, nil
}

// bindSessionMathHarness binds a generic wrapper to an already deployed contract.
func bindSessionMathHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SessionMathHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SessionMathHarness *SessionMathHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SessionMathHarness.Contract.SessionMathHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SessionMathHarness *SessionMathHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SessionMathHarness.Contract.SessionMathHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SessionMathHarness *SessionMathHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SessionMathHarness.Contract.SessionMathHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SessionMathHarness *SessionMathHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SessionMathHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SessionMathHarness *SessionMathHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SessionMathHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SessionMathHarness *SessionMathHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SessionMathHarness.Contract.contract.Transact(opts, method, params...)
}

// IsValidServiceId is a free data retrieval call binding the contract method 0x6f8722e3.
//
// Solidity: function isValidServiceId(bytes32 id) pure returns(bool)
func (_SessionMathHarness *SessionMathHarnessCaller) IsValidServiceId(opts *bind.CallOpts, id [32]byte) (bool, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "isValidServiceId", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidServiceId is a free data retrieval call binding the contract method 0x6f8722e3.
//
// Solidity: function isValidServiceId(bytes32 id) pure returns(bool)
func (_SessionMathHarness *SessionMathHarnessSession) IsValidServiceId(id [32]byte) (bool, error) {
	return _SessionMathHarness.Contract.IsValidServiceId(&_SessionMathHarness.CallOpts, id)
}

// IsValidServiceId is a free data retrieval call binding the contract method 0x6f8722e3.
//
// Solidity: function isValidServiceId(bytes32 id) pure returns(bool)
func (_SessionMathHarness *SessionMathHarnessCallerSession) IsValidServiceId(id [32]byte) (bool, error) {
	return _SessionMathHarness.Contract.IsValidServiceId(&_SessionMathHarness.CallOpts, id)
}

// IsValidServiceIdBatch is a free data retrieval call binding the contract method 0xd4ecea12.
//
// Solidity: function isValidServiceIdBatch(bytes32[] ids) pure returns(bool[] out)
func (_SessionMathHarness *SessionMathHarnessCaller) IsValidServiceIdBatch(opts *bind.CallOpts, ids [][32]byte) ([]bool, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "isValidServiceIdBatch", ids)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// IsValidServiceIdBatch is a free data retrieval call binding the contract method 0xd4ecea12.
//
// Solidity: function isValidServiceIdBatch(bytes32[] ids) pure returns(bool[] out)
func (_SessionMathHarness *SessionMathHarnessSession) IsValidServiceIdBatch(ids [][32]byte) ([]bool, error) {
	return _SessionMathHarness.Contract.IsValidServiceIdBatch(&_SessionMathHarness.CallOpts, ids)
}

// IsValidServiceIdBatch is a free data retrieval call binding the contract method 0xd4ecea12.
//
// Solidity: function isValidServiceIdBatch(bytes32[] ids) pure returns(bool[] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) IsValidServiceIdBatch(ids [][32]byte) ([]bool, error) {
	return _SessionMathHarness.Contract.IsValidServiceIdBatch(&_SessionMathHarness.CallOpts, ids)
}

// PendingSessions is a free data retrieval call binding the contract method 0x0019bec4.
//
// Solidity: function pendingSessions(uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessCaller) PendingSessions(opts *bind.CallOpts, blocksPerSession uint64, grace uint64, claim uint64, proof uint64) (*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "pendingSessions", blocksPerSession, grace, claim, proof)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingSessions is a free data retrieval call binding the contract method 0x0019bec4.
//
// Solidity: function pendingSessions(uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessSession) PendingSessions(blocksPerSession uint64, grace uint64, claim uint64, proof uint64) (*big.Int, error) {
	return _SessionMathHarness.Contract.PendingSessions(&_SessionMathHarness.CallOpts, blocksPerSession, grace, claim, proof)
}

// PendingSessions is a free data retrieval call binding the contract method 0x0019bec4.
//
// Solidity: function pendingSessions(uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessCallerSession) PendingSessions(blocksPerSession uint64, grace uint64, claim uint64, proof uint64) (*big.Int, error) {
	return _SessionMathHarness.Contract.PendingSessions(&_SessionMathHarness.CallOpts, blocksPerSession, grace, claim, proof)
}

// PendingSessionsBatch is a free data retrieval call binding the contract method 0x00f39f59.
//
// Solidity: function pendingSessionsBatch(uint64[] lengths, uint64[] graces, uint64[] claims, uint64[] proofs) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessCaller) PendingSessionsBatch(opts *bind.CallOpts, lengths []uint64, graces []uint64, claims []uint64, proofs []uint64) ([]*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "pendingSessionsBatch", lengths, graces, claims, proofs)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// PendingSessionsBatch is a free data retrieval call binding the contract method 0x00f39f59.
//
// Solidity: function pendingSessionsBatch(uint64[] lengths, uint64[] graces, uint64[] claims, uint64[] proofs) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessSession) PendingSessionsBatch(lengths []uint64, graces []uint64, claims []uint64, proofs []uint64) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.PendingSessionsBatch(&_SessionMathHarness.CallOpts, lengths, graces, claims, proofs)
}

// PendingSessionsBatch is a free data retrieval call binding the contract method 0x00f39f59.
//
// Solidity: function pendingSessionsBatch(uint64[] lengths, uint64[] graces, uint64[] claims, uint64[] proofs) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) PendingSessionsBatch(lengths []uint64, graces []uint64, claims []uint64, proofs []uint64) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.PendingSessionsBatch(&_SessionMathHarness.CallOpts, lengths, graces, claims, proofs)
}

// SelectIndices is a free data retrieval call binding the contract method 0x5c728591.
//
// Solidity: function selectIndices(bytes32 id, uint256 candidates, uint256 k) pure returns(uint256[])
func (_SessionMathHarness *SessionMathHarnessCaller) SelectIndices(opts *bind.CallOpts, id [32]byte, candidates *big.Int, k *big.Int) ([]*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "selectIndices", id, candidates, k)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// SelectIndices is a free data retrieval call binding the contract method 0x5c728591.
//
// Solidity: function selectIndices(bytes32 id, uint256 candidates, uint256 k) pure returns(uint256[])
func (_SessionMathHarness *SessionMathHarnessSession) SelectIndices(id [32]byte, candidates *big.Int, k *big.Int) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.SelectIndices(&_SessionMathHarness.CallOpts, id, candidates, k)
}

// SelectIndices is a free data retrieval call binding the contract method 0x5c728591.
//
// Solidity: function selectIndices(bytes32 id, uint256 candidates, uint256 k) pure returns(uint256[])
func (_SessionMathHarness *SessionMathHarnessCallerSession) SelectIndices(id [32]byte, candidates *big.Int, k *big.Int) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.SelectIndices(&_SessionMathHarness.CallOpts, id, candidates, k)
}

// SelectIndicesBatch is a free data retrieval call binding the contract method 0xbed56d3e.
//
// Solidity: function selectIndicesBatch(bytes32[] ids, uint256[] candidates, uint256[] ks) pure returns(uint256[][] out)
func (_SessionMathHarness *SessionMathHarnessCaller) SelectIndicesBatch(opts *bind.CallOpts, ids [][32]byte, candidates []*big.Int, ks []*big.Int) ([][]*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "selectIndicesBatch", ids, candidates, ks)

	if err != nil {
		return *new([][]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([][]*big.Int)).(*[][]*big.Int)

	return out0, err

}

// SelectIndicesBatch is a free data retrieval call binding the contract method 0xbed56d3e.
//
// Solidity: function selectIndicesBatch(bytes32[] ids, uint256[] candidates, uint256[] ks) pure returns(uint256[][] out)
func (_SessionMathHarness *SessionMathHarnessSession) SelectIndicesBatch(ids [][32]byte, candidates []*big.Int, ks []*big.Int) ([][]*big.Int, error) {
	return _SessionMathHarness.Contract.SelectIndicesBatch(&_SessionMathHarness.CallOpts, ids, candidates, ks)
}

// SelectIndicesBatch is a free data retrieval call binding the contract method 0xbed56d3e.
//
// Solidity: function selectIndicesBatch(bytes32[] ids, uint256[] candidates, uint256[] ks) pure returns(uint256[][] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) SelectIndicesBatch(ids [][32]byte, candidates []*big.Int, ks []*big.Int) ([][]*big.Int, error) {
	return _SessionMathHarness.Contract.SelectIndicesBatch(&_SessionMathHarness.CallOpts, ids, candidates, ks)
}

// SelectSuppliers is a free data retrieval call binding the contract method 0xe5558fb1.
//
// Solidity: function selectSuppliers(bytes32 id, address[] candidates, uint256 k) pure returns(address[])
func (_SessionMathHarness *SessionMathHarnessCaller) SelectSuppliers(opts *bind.CallOpts, id [32]byte, candidates []common.Address, k *big.Int) ([]common.Address, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "selectSuppliers", id, candidates, k)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// SelectSuppliers is a free data retrieval call binding the contract method 0xe5558fb1.
//
// Solidity: function selectSuppliers(bytes32 id, address[] candidates, uint256 k) pure returns(address[])
func (_SessionMathHarness *SessionMathHarnessSession) SelectSuppliers(id [32]byte, candidates []common.Address, k *big.Int) ([]common.Address, error) {
	return _SessionMathHarness.Contract.SelectSuppliers(&_SessionMathHarness.CallOpts, id, candidates, k)
}

// SelectSuppliers is a free data retrieval call binding the contract method 0xe5558fb1.
//
// Solidity: function selectSuppliers(bytes32 id, address[] candidates, uint256 k) pure returns(address[])
func (_SessionMathHarness *SessionMathHarnessCallerSession) SelectSuppliers(id [32]byte, candidates []common.Address, k *big.Int) ([]common.Address, error) {
	return _SessionMathHarness.Contract.SelectSuppliers(&_SessionMathHarness.CallOpts, id, candidates, k)
}

// SelectSuppliersBatch is a free data retrieval call binding the contract method 0x0a36530f.
//
// Solidity: function selectSuppliersBatch(bytes32[] ids, address[][] candidates, uint256[] ks) pure returns(address[][] out)
func (_SessionMathHarness *SessionMathHarnessCaller) SelectSuppliersBatch(opts *bind.CallOpts, ids [][32]byte, candidates [][]common.Address, ks []*big.Int) ([][]common.Address, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "selectSuppliersBatch", ids, candidates, ks)

	if err != nil {
		return *new([][]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([][]common.Address)).(*[][]common.Address)

	return out0, err

}

// SelectSuppliersBatch is a free data retrieval call binding the contract method 0x0a36530f.
//
// Solidity: function selectSuppliersBatch(bytes32[] ids, address[][] candidates, uint256[] ks) pure returns(address[][] out)
func (_SessionMathHarness *SessionMathHarnessSession) SelectSuppliersBatch(ids [][32]byte, candidates [][]common.Address, ks []*big.Int) ([][]common.Address, error) {
	return _SessionMathHarness.Contract.SelectSuppliersBatch(&_SessionMathHarness.CallOpts, ids, candidates, ks)
}

// SelectSuppliersBatch is a free data retrieval call binding the contract method 0x0a36530f.
//
// Solidity: function selectSuppliersBatch(bytes32[] ids, address[][] candidates, uint256[] ks) pure returns(address[][] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) SelectSuppliersBatch(ids [][32]byte, candidates [][]common.Address, ks []*big.Int) ([][]common.Address, error) {
	return _SessionMathHarness.Contract.SelectSuppliersBatch(&_SessionMathHarness.CallOpts, ids, candidates, ks)
}

// SessionId is a free data retrieval call binding the contract method 0xaf24ea96.
//
// Solidity: function sessionId(address app, bytes32 service, uint64 start, bytes32 seed) pure returns(bytes32)
func (_SessionMathHarness *SessionMathHarnessCaller) SessionId(opts *bind.CallOpts, app common.Address, service [32]byte, start uint64, seed [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "sessionId", app, service, start, seed)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SessionId is a free data retrieval call binding the contract method 0xaf24ea96.
//
// Solidity: function sessionId(address app, bytes32 service, uint64 start, bytes32 seed) pure returns(bytes32)
func (_SessionMathHarness *SessionMathHarnessSession) SessionId(app common.Address, service [32]byte, start uint64, seed [32]byte) ([32]byte, error) {
	return _SessionMathHarness.Contract.SessionId(&_SessionMathHarness.CallOpts, app, service, start, seed)
}

// SessionId is a free data retrieval call binding the contract method 0xaf24ea96.
//
// Solidity: function sessionId(address app, bytes32 service, uint64 start, bytes32 seed) pure returns(bytes32)
func (_SessionMathHarness *SessionMathHarnessCallerSession) SessionId(app common.Address, service [32]byte, start uint64, seed [32]byte) ([32]byte, error) {
	return _SessionMathHarness.Contract.SessionId(&_SessionMathHarness.CallOpts, app, service, start, seed)
}

// SessionIdBatch is a free data retrieval call binding the contract method 0x858b7dda.
//
// Solidity: function sessionIdBatch(address[] apps, bytes32[] services, uint64[] starts, bytes32[] seeds) pure returns(bytes32[] out)
func (_SessionMathHarness *SessionMathHarnessCaller) SessionIdBatch(opts *bind.CallOpts, apps []common.Address, services [][32]byte, starts []uint64, seeds [][32]byte) ([][32]byte, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "sessionIdBatch", apps, services, starts, seeds)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// SessionIdBatch is a free data retrieval call binding the contract method 0x858b7dda.
//
// Solidity: function sessionIdBatch(address[] apps, bytes32[] services, uint64[] starts, bytes32[] seeds) pure returns(bytes32[] out)
func (_SessionMathHarness *SessionMathHarnessSession) SessionIdBatch(apps []common.Address, services [][32]byte, starts []uint64, seeds [][32]byte) ([][32]byte, error) {
	return _SessionMathHarness.Contract.SessionIdBatch(&_SessionMathHarness.CallOpts, apps, services, starts, seeds)
}

// SessionIdBatch is a free data retrieval call binding the contract method 0x858b7dda.
//
// Solidity: function sessionIdBatch(address[] apps, bytes32[] services, uint64[] starts, bytes32[] seeds) pure returns(bytes32[] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) SessionIdBatch(apps []common.Address, services [][32]byte, starts []uint64, seeds [][32]byte) ([][32]byte, error) {
	return _SessionMathHarness.Contract.SessionIdBatch(&_SessionMathHarness.CallOpts, apps, services, starts, seeds)
}

// SessionStart is a free data retrieval call binding the contract method 0x45426fde.
//
// Solidity: function sessionStart(uint64 height, uint64 epochStart, uint64 blocksPerSession) pure returns(uint64)
func (_SessionMathHarness *SessionMathHarnessCaller) SessionStart(opts *bind.CallOpts, height uint64, epochStart uint64, blocksPerSession uint64) (uint64, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "sessionStart", height, epochStart, blocksPerSession)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SessionStart is a free data retrieval call binding the contract method 0x45426fde.
//
// Solidity: function sessionStart(uint64 height, uint64 epochStart, uint64 blocksPerSession) pure returns(uint64)
func (_SessionMathHarness *SessionMathHarnessSession) SessionStart(height uint64, epochStart uint64, blocksPerSession uint64) (uint64, error) {
	return _SessionMathHarness.Contract.SessionStart(&_SessionMathHarness.CallOpts, height, epochStart, blocksPerSession)
}

// SessionStart is a free data retrieval call binding the contract method 0x45426fde.
//
// Solidity: function sessionStart(uint64 height, uint64 epochStart, uint64 blocksPerSession) pure returns(uint64)
func (_SessionMathHarness *SessionMathHarnessCallerSession) SessionStart(height uint64, epochStart uint64, blocksPerSession uint64) (uint64, error) {
	return _SessionMathHarness.Contract.SessionStart(&_SessionMathHarness.CallOpts, height, epochStart, blocksPerSession)
}

// SessionStartBatch is a free data retrieval call binding the contract method 0xef67c899.
//
// Solidity: function sessionStartBatch(uint64[] heights, uint64[] epochStarts, uint64[] lengths) pure returns(uint64[] out)
func (_SessionMathHarness *SessionMathHarnessCaller) SessionStartBatch(opts *bind.CallOpts, heights []uint64, epochStarts []uint64, lengths []uint64) ([]uint64, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "sessionStartBatch", heights, epochStarts, lengths)

	if err != nil {
		return *new([]uint64), err
	}

	out0 := *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)

	return out0, err

}

// SessionStartBatch is a free data retrieval call binding the contract method 0xef67c899.
//
// Solidity: function sessionStartBatch(uint64[] heights, uint64[] epochStarts, uint64[] lengths) pure returns(uint64[] out)
func (_SessionMathHarness *SessionMathHarnessSession) SessionStartBatch(heights []uint64, epochStarts []uint64, lengths []uint64) ([]uint64, error) {
	return _SessionMathHarness.Contract.SessionStartBatch(&_SessionMathHarness.CallOpts, heights, epochStarts, lengths)
}

// SessionStartBatch is a free data retrieval call binding the contract method 0xef67c899.
//
// Solidity: function sessionStartBatch(uint64[] heights, uint64[] epochStarts, uint64[] lengths) pure returns(uint64[] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) SessionStartBatch(heights []uint64, epochStarts []uint64, lengths []uint64) ([]uint64, error) {
	return _SessionMathHarness.Contract.SessionStartBatch(&_SessionMathHarness.CallOpts, heights, epochStarts, lengths)
}
