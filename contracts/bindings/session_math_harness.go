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
	ABI: "[{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isValidServiceId\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids\",\"type\":\"bytes32[]\"}],\"name\":\"isValidServiceIdBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"grace\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claim\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proof\",\"type\":\"uint64\"}],\"name\":\"pendingSessions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"lengths\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"graces\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"claims\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"proofs\",\"type\":\"uint64[]\"}],\"name\":\"pendingSessionsBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"appStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"suppliers\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"grace\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claim\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proof\",\"type\":\"uint64\"}],\"name\":\"relayBudget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"suppliers\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[4][]\",\"name\":\"params\",\"type\":\"uint64[4][]\"}],\"name\":\"relayBudgetBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"}],\"name\":\"relayCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"cus\",\"type\":\"uint64[]\"},{\"internalType\":\"uint32[]\",\"name\":\"calls\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"tpcus\",\"type\":\"uint256[]\"}],\"name\":\"relayCostBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"candidates\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"selectIndices\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"candidates\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ks\",\"type\":\"uint256[]\"}],\"name\":\"selectIndicesBatch\",\"outputs\":[{\"internalType\":\"uint256[][]\",\"name\":\"out\",\"type\":\"uint256[][]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"candidates\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"selectSuppliers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[][]\",\"name\":\"candidates\",\"type\":\"address[][]\"},{\"internalType\":\"uint256[]\",\"name\":\"ks\",\"type\":\"uint256[]\"}],\"name\":\"selectSuppliersBatch\",\"outputs\":[{\"internalType\":\"address[][]\",\"name\":\"out\",\"type\":\"address[][]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"sessionId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"apps\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"starts\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"seeds\",\"type\":\"bytes32[]\"}],\"name\":\"sessionIdBatch\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"out\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"}],\"name\":\"sessionStart\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"heights\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"epochStarts\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"lengths\",\"type\":\"uint64[]\"}],\"name\":\"sessionStartBatch\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"out\",\"type\":\"uint64[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50611c938061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f9575f3560e01c8063858b7dda11610093578063d5c96bc911610063578063d5c96bc914610250578063e5558fb114610263578063edc9320c14610283578063ef67c89914610296575f5ffd5b8063858b7dda146101ea578063af24ea96146101fd578063bed56d3e14610210578063d4ecea1214610230575f5ffd5b806324f88a3f116100ce57806324f88a3f1461017657806345426fde146101895780635c728591146101b45780636f8722e3146101c7575f5ffd5b806219bec4146100fd578062f39f59146101235780630a36530f146101435780630c5142f914610163575b5f5ffd5b61011061010b366004611389565b6102b6565b6040519081526020015b60405180910390f35b610136610131366004611421565b6102cc565b60405161011a91906114eb565b61015661015136600461152d565b61042f565b60405161011a91906115c9565b61013661017136600461152d565b610547565b61011061018436600461165e565b610668565b61019c6101973660046116c0565b610684565b6040516001600160401b03909116815260200161011a565b6101366101c2366004611700565b61069a565b6101da6101d5366004611729565b6106a7565b604051901515815260200161011a565b6101366101f8366004611421565b6106b7565b61011061020b366004611756565b6107f0565b61022361021e36600461152d565b6107fd565b60405161011a9190611797565b61024361023e366004611817565b6108ff565b60405161011a9190611855565b61011061025e3660046118a1565b6109a1565b6102766102713660046118db565b6109ad565b60405161011a9190611929565b610136610291366004611969565b6109bb565b6102a96102a436600461152d565b610b0c565b60405161011a9190611a35565b5f6102c385858585610c3b565b95945050505050565b60608786811415806102de5750848114155b806102e95750828114155b1561030a576040516001621398b960e31b0319815260040160405180910390fd5b806001600160401b0381111561032257610322611a75565b60405190808252806020026020018201604052801561034b578160200160208202803683370190505b5091505f5b81811015610421576103fc8b8b8381811061036d5761036d611a89565b90506020020160208101906103829190611a9d565b8a8a8481811061039457610394611a89565b90506020020160208101906103a99190611a9d565b8989858181106103bb576103bb611a89565b90506020020160208101906103d09190611a9d565b8888868181106103e2576103e2611a89565b90506020020160208101906103f79190611a9d565b610c3b565b83828151811061040e5761040e611a89565b6020908102919091010152600101610350565b505098975050505050505050565b606085841415806104405750858214155b15610461576040516001621398b960e31b0319815260040160405180910390fd5b856001600160401b0381111561047957610479611a75565b6040519080825280602002602001820160405280156104ac57816020015b60608152602001906001900390816104975790505b5090505f5b8681101561053c576105178888838181106104ce576104ce611a89565b905060200201358787848181106104e7576104e7611a89565b90506020028101906104f99190611ab6565b87878681811061050b5761050b611a89565b90506020020135610ca6565b82828151811061052957610529611a89565b60209081029190910101526001016104b1565b509695505050505050565b60608584811415806105595750828114155b1561057a576040516001621398b960e31b0319815260040160405180910390fd5b806001600160401b0381111561059257610592611a75565b6040519080825280602002602001820160405280156105bb578160200160208202803683370190505b5091505f5b8181101561065c576106378989838181106105dd576105dd611a89565b90506020020160208101906105f29190611a9d565b88888481811061060457610604611a89565b90506020020160208101906106199190611afb565b87878581811061062b5761062b611a89565b90506020020135610d82565b83828151811061064957610649611a89565b60209081029190910101526001016105c0565b50509695505050505050565b5f610677878787878787610dd5565b90505b9695505050505050565b5f610690848484610e04565b90505b9392505050565b6060610690848484610e2f565b5f6106b1826111de565b92915050565b60608786811415806106c95750848114155b806106d45750828114155b156106f5576040516001621398b960e31b0319815260040160405180910390fd5b806001600160401b0381111561070d5761070d611a75565b604051908082528060200260200182016040528015610736578160200160208202803683370190505b5091505f5b81811015610421576107cb8b8b8381811061075857610758611a89565b905060200201602081019061076d9190611b14565b8a8a8481811061077f5761077f611a89565b9050602002013589898581811061079857610798611a89565b90506020020160208101906107ad9190611a9d565b8888868181106107bf576107bf611a89565b9050602002013561131a565b8382815181106107dd576107dd611a89565b602090810291909101015260010161073b565b5f6102c38585858561131a565b6060858414158061080e5750858214155b1561082f576040516001621398b960e31b0319815260040160405180910390fd5b856001600160401b0381111561084757610847611a75565b60405190808252806020026020018201604052801561087a57816020015b60608152602001906001900390816108655790505b5090505f5b8681101561053c576108da88888381811061089c5761089c611a89565b905060200201358787848181106108b5576108b5611a89565b905060200201358686858181106108ce576108ce611a89565b90506020020135610e2f565b8282815181106108ec576108ec611a89565b602090810291909101015260010161087f565b6060816001600160401b0381111561091957610919611a75565b604051908082528060200260200182016040528015610942578160200160208202803683370190505b5090505f5b8281101561099a5761097084848381811061096457610964611a89565b905060200201356111de565b82828151811061098257610982611a89565b91151560209283029190910190910152600101610947565b5092915050565b5f610690848484610d82565b60606102c385858585610ca6565b60608584811415806109cd5750828114155b156109ee576040516001621398b960e31b0319815260040160405180910390fd5b806001600160401b03811115610a0657610a06611a75565b604051908082528060200260200182016040528015610a2f578160200160208202803683370190505b5091505f5b8181101561065c5736858583818110610a4f57610a4f611a89565b9050608002019050610ae68a8a84818110610a6c57610a6c611a89565b90506020020135898985818110610a8557610a85611a89565b90506020020135835f60048110610a9e57610a9e611a89565b602002016020810190610ab19190611a9d565b610ac16040860160208701611a9d565b610ad16060870160408801611a9d565b610ae16080880160608901611a9d565b610dd5565b848381518110610af857610af8611a89565b602090810291909101015250600101610a34565b60608584141580610b1d5750858214155b15610b3e576040516001621398b960e31b0319815260040160405180910390fd5b856001600160401b03811115610b5657610b56611a75565b604051908082528060200260200182016040528015610b7f578160200160208202803683370190505b5090505f5b8681101561053c57610c09888883818110610ba157610ba1611a89565b9050602002016020810190610bb69190611a9d565b878784818110610bc857610bc8611a89565b9050602002016020810190610bdd9190611a9d565b868685818110610bef57610bef611a89565b9050602002016020810190610c049190611a9d565b610e04565b828281518110610c1b57610c1b611a89565b6001600160401b0390921660209283029190910190910152600101610b84565b5f5f826001600160401b0316846001600160401b0316866001600160401b0316610c659190611b41565b610c6f9190611b41565b90506001600160401b0386166001610c878284611b41565b610c919190611b54565b610c9b9190611b7b565b61067a906001611b41565b60605f610cb4868585610e2f565b905080516001600160401b03811115610ccf57610ccf611a75565b604051908082528060200260200182016040528015610cf8578160200160208202803683370190505b5091505f5b8151811015610d78578585838381518110610d1a57610d1a611a89565b6020026020010151818110610d3157610d31611a89565b9050602002016020810190610d469190611b14565b838281518110610d5857610d58611a89565b6001600160a01b0390921660209283029190910190910152600101610cfd565b5050949350505050565b5f80610d9d63ffffffff85166001600160401b038716611b8e565b9050805f03610daf575f915050610693565b610dba815f19611b7b565b831115610dcb575f19915050610693565b6102c38382611b8e565b5f855f03610de457505f61067a565b610df085858585610c3b565b610dfa9087611b8e565b6106779088611b7b565b5f8180610e118587611ba5565b610e1b9190611bc4565b610e259190611bf1565b6106909084611c13565b60605f838310610e3f5783610e41565b825b9050806001600160401b03811115610e5b57610e5b611a75565b604051908082528060200260200182016040528015610e84578160200160208202803683370190505b509150805f03610e945750610693565b6104008411610feb575f846001600160401b03811115610eb657610eb6611a75565b604051908082528060200260200182016040528015610edf578160200160208202803683370190505b5090505f5b85811015610f125780828281518110610eff57610eff611a89565b6020908102919091010152600101610ee4565b505f5b82811015610fe3575f610f288288611b54565b6040805160208082018c905281830186905282518083038401815260609092019092528051910120610f5a9190611c32565b610f649083611b41565b90505f838281518110610f7957610f79611a89565b60200260200101519050838381518110610f9557610f95611a89565b6020026020010151848381518110610faf57610faf611a89565b60200260200101818152505080868481518110610fce57610fce611a89565b60209081029190910101525050600101610f15565b505050610693565b5f816001600160401b0381111561100457611004611a75565b60405190808252806020026020018201604052801561102d578160200160208202803683370190505b5090505f826001600160401b0381111561104957611049611a75565b604051908082528060200260200182016040528015611072578160200160208202803683370190505b5090505f805b848110156111d2575f61108b828a611b54565b6040805160208082018e9052818301869052825180830384018152606090920190925280519101206110bd9190611c32565b6110c79083611b41565b905081815f195f5b86811015611148575f8982815181106110ea576110ea611a89565b602002602001015190508681036111185788828151811061110d5761110d611a89565b602002602001015194505b85810361113f5788828151811061113157611131611a89565b602002602001015193508192505b506001016110cf565b50818a868151811061115c5761115c611a89565b6020026020010181815250508484146111c3575f1981036111a3578388878151811061118a5761118a611a89565b602090810291909101015250846111a081611c45565b95505b828782815181106111b6576111b6611a89565b6020026020010181815250505b50505050806001019050611078565b50505050509392505050565b5f81811a60f81b6001600160f81b0319165f036111fc57505f919050565b5f805b6020811015611310575f84826020811061121b5761121b611a89565b1a60f81b90506001600160f81b031981165f0361123c576001925050611308565b821561124c57505f949350505050565b5f606160f81b6001600160f81b03198316108015906112795750603d60f91b6001600160f81b0319831611155b806112ab5750600360fc1b6001600160f81b03198316108015906112ab5750603960f81b6001600160f81b0319831611155b806112c35750601760f91b6001600160f81b03198316145b806112db5750605f60f81b6001600160f81b03198316145b806112f35750602d60f81b6001600160f81b03198316145b90508061130557505f95945050505050565b50505b6001016111ff565b5060019392505050565b604080516001600160a01b03861660208201529081018490526001600160401b0383166060820152608081018290525f9060a001604051602081830303815290604052805190602001209050949350505050565b80356001600160401b0381168114611384575f5ffd5b919050565b5f5f5f5f6080858703121561139c575f5ffd5b6113a58561136e565b93506113b36020860161136e565b92506113c16040860161136e565b91506113cf6060860161136e565b905092959194509250565b5f5f83601f8401126113ea575f5ffd5b5081356001600160401b03811115611400575f5ffd5b6020830191508360208260051b850101111561141a575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f6080898b031215611438575f5ffd5b88356001600160401b0381111561144d575f5ffd5b6114598b828c016113da565b90995097505060208901356001600160401b03811115611477575f5ffd5b6114838b828c016113da565b90975095505060408901356001600160401b038111156114a1575f5ffd5b6114ad8b828c016113da565b90955093505060608901356001600160401b038111156114cb575f5ffd5b6114d78b828c016113da565b999c989b5096995094979396929594505050565b602080825282518282018190525f918401906040840190835b81811015611522578351835260209384019390920191600101611504565b509095945050505050565b5f5f5f5f5f5f60608789031215611542575f5ffd5b86356001600160401b03811115611557575f5ffd5b61156389828a016113da565b90975095505060208701356001600160401b03811115611581575f5ffd5b61158d89828a016113da565b90955093505060408701356001600160401b038111156115ab575f5ffd5b6115b789828a016113da565b979a9699509497509295939492505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561165257868503603f19018452815180518087526020918201918701905f5b818110156116395783516001600160a01b0316835260209384019390920191600101611612565b50909650505060209384019391909101906001016115ef565b50929695505050505050565b5f5f5f5f5f5f60c08789031215611673575f5ffd5b863595506020870135945061168a6040880161136e565b93506116986060880161136e565b92506116a66080880161136e565b91506116b460a0880161136e565b90509295509295509295565b5f5f5f606084860312156116d2575f5ffd5b6116db8461136e565b92506116e96020850161136e565b91506116f76040850161136e565b90509250925092565b5f5f5f60608486031215611712575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215611739575f5ffd5b5035919050565b80356001600160a01b0381168114611384575f5ffd5b5f5f5f5f60808587031215611769575f5ffd5b61177285611740565b9350602085013592506117876040860161136e565b9396929550929360600135925050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561165257868503603f19018452815180518087526020918201918701905f5b818110156117fe5783518352602093840193909201916001016117e0565b50909650505060209384019391909101906001016117bd565b5f5f60208385031215611828575f5ffd5b82356001600160401b0381111561183d575f5ffd5b611849858286016113da565b90969095509350505050565b602080825282518282018190525f918401906040840190835b81811015611522578351151583526020938401939092019160010161186e565b803563ffffffff81168114611384575f5ffd5b5f5f5f606084860312156118b3575f5ffd5b6118bc8461136e565b92506118ca6020850161188e565b929592945050506040919091013590565b5f5f5f5f606085870312156118ee575f5ffd5b8435935060208501356001600160401b0381111561190a575f5ffd5b611916878288016113da565b9598909750949560400135949350505050565b602080825282518282018190525f918401906040840190835b818110156115225783516001600160a01b0316835260209384019390920191600101611942565b5f5f5f5f5f5f6060878903121561197e575f5ffd5b86356001600160401b03811115611993575f5ffd5b61199f89828a016113da565b90975095505060208701356001600160401b038111156119bd575f5ffd5b6119c989828a016113da565b90955093505060408701356001600160401b038111156119e7575f5ffd5b8701601f810189136119f7575f5ffd5b80356001600160401b03811115611a0c575f5ffd5b8960208260071b8401011115611a20575f5ffd5b60208201935080925050509295509295509295565b602080825282518282018190525f918401906040840190835b818110156115225783516001600160401b0316835260209384019390920191600101611a4e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611aad575f5ffd5b6106938261136e565b5f5f8335601e19843603018112611acb575f5ffd5b8301803591506001600160401b03821115611ae4575f5ffd5b6020019150600581901b360382131561141a575f5ffd5b5f60208284031215611b0b575f5ffd5b6106938261188e565b5f60208284031215611b24575f5ffd5b61069382611740565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106b1576106b1611b2d565b818103818111156106b1576106b1611b2d565b634e487b7160e01b5f52601260045260245ffd5b5f82611b8957611b89611b67565b500490565b80820281158282048414176106b1576106b1611b2d565b6001600160401b0382811682821603908111156106b1576106b1611b2d565b5f6001600160401b03831680611bdc57611bdc611b67565b806001600160401b0384160491505092915050565b6001600160401b03818116838216029081169081811461099a5761099a611b2d565b6001600160401b0381811683821601908111156106b1576106b1611b2d565b5f82611c4057611c40611b67565b500690565b5f60018201611c5657611c56611b2d565b506001019056fea264697066735822122022465da380d236d513eaa239f2ba365b2eeceeefc8835696000d5eae3701ed5e64736f6c634300081e0033",
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

// RelayBudget is a free data retrieval call binding the contract method 0x24f88a3f.
//
// Solidity: function relayBudget(uint256 appStake, uint256 suppliers, uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessCaller) RelayBudget(opts *bind.CallOpts, appStake *big.Int, suppliers *big.Int, blocksPerSession uint64, grace uint64, claim uint64, proof uint64) (*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "relayBudget", appStake, suppliers, blocksPerSession, grace, claim, proof)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RelayBudget is a free data retrieval call binding the contract method 0x24f88a3f.
//
// Solidity: function relayBudget(uint256 appStake, uint256 suppliers, uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessSession) RelayBudget(appStake *big.Int, suppliers *big.Int, blocksPerSession uint64, grace uint64, claim uint64, proof uint64) (*big.Int, error) {
	return _SessionMathHarness.Contract.RelayBudget(&_SessionMathHarness.CallOpts, appStake, suppliers, blocksPerSession, grace, claim, proof)
}

// RelayBudget is a free data retrieval call binding the contract method 0x24f88a3f.
//
// Solidity: function relayBudget(uint256 appStake, uint256 suppliers, uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessCallerSession) RelayBudget(appStake *big.Int, suppliers *big.Int, blocksPerSession uint64, grace uint64, claim uint64, proof uint64) (*big.Int, error) {
	return _SessionMathHarness.Contract.RelayBudget(&_SessionMathHarness.CallOpts, appStake, suppliers, blocksPerSession, grace, claim, proof)
}

// RelayBudgetBatch is a free data retrieval call binding the contract method 0xedc9320c.
//
// Solidity: function relayBudgetBatch(uint256[] stakes, uint256[] suppliers, uint64[4][] params) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessCaller) RelayBudgetBatch(opts *bind.CallOpts, stakes []*big.Int, suppliers []*big.Int, params [][4]uint64) ([]*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "relayBudgetBatch", stakes, suppliers, params)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// RelayBudgetBatch is a free data retrieval call binding the contract method 0xedc9320c.
//
// Solidity: function relayBudgetBatch(uint256[] stakes, uint256[] suppliers, uint64[4][] params) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessSession) RelayBudgetBatch(stakes []*big.Int, suppliers []*big.Int, params [][4]uint64) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.RelayBudgetBatch(&_SessionMathHarness.CallOpts, stakes, suppliers, params)
}

// RelayBudgetBatch is a free data retrieval call binding the contract method 0xedc9320c.
//
// Solidity: function relayBudgetBatch(uint256[] stakes, uint256[] suppliers, uint64[4][] params) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) RelayBudgetBatch(stakes []*big.Int, suppliers []*big.Int, params [][4]uint64) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.RelayBudgetBatch(&_SessionMathHarness.CallOpts, stakes, suppliers, params)
}

// RelayCost is a free data retrieval call binding the contract method 0xd5c96bc9.
//
// Solidity: function relayCost(uint64 computeUnitsPerRelay, uint32 calls, uint256 tokensPerComputeUnit) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessCaller) RelayCost(opts *bind.CallOpts, computeUnitsPerRelay uint64, calls uint32, tokensPerComputeUnit *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "relayCost", computeUnitsPerRelay, calls, tokensPerComputeUnit)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RelayCost is a free data retrieval call binding the contract method 0xd5c96bc9.
//
// Solidity: function relayCost(uint64 computeUnitsPerRelay, uint32 calls, uint256 tokensPerComputeUnit) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessSession) RelayCost(computeUnitsPerRelay uint64, calls uint32, tokensPerComputeUnit *big.Int) (*big.Int, error) {
	return _SessionMathHarness.Contract.RelayCost(&_SessionMathHarness.CallOpts, computeUnitsPerRelay, calls, tokensPerComputeUnit)
}

// RelayCost is a free data retrieval call binding the contract method 0xd5c96bc9.
//
// Solidity: function relayCost(uint64 computeUnitsPerRelay, uint32 calls, uint256 tokensPerComputeUnit) pure returns(uint256)
func (_SessionMathHarness *SessionMathHarnessCallerSession) RelayCost(computeUnitsPerRelay uint64, calls uint32, tokensPerComputeUnit *big.Int) (*big.Int, error) {
	return _SessionMathHarness.Contract.RelayCost(&_SessionMathHarness.CallOpts, computeUnitsPerRelay, calls, tokensPerComputeUnit)
}

// RelayCostBatch is a free data retrieval call binding the contract method 0x0c5142f9.
//
// Solidity: function relayCostBatch(uint64[] cus, uint32[] calls, uint256[] tpcus) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessCaller) RelayCostBatch(opts *bind.CallOpts, cus []uint64, calls []uint32, tpcus []*big.Int) ([]*big.Int, error) {
	var out []interface{}
	err := _SessionMathHarness.contract.Call(opts, &out, "relayCostBatch", cus, calls, tpcus)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// RelayCostBatch is a free data retrieval call binding the contract method 0x0c5142f9.
//
// Solidity: function relayCostBatch(uint64[] cus, uint32[] calls, uint256[] tpcus) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessSession) RelayCostBatch(cus []uint64, calls []uint32, tpcus []*big.Int) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.RelayCostBatch(&_SessionMathHarness.CallOpts, cus, calls, tpcus)
}

// RelayCostBatch is a free data retrieval call binding the contract method 0x0c5142f9.
//
// Solidity: function relayCostBatch(uint64[] cus, uint32[] calls, uint256[] tpcus) pure returns(uint256[] out)
func (_SessionMathHarness *SessionMathHarnessCallerSession) RelayCostBatch(cus []uint64, calls []uint32, tpcus []*big.Int) ([]*big.Int, error) {
	return _SessionMathHarness.Contract.RelayCostBatch(&_SessionMathHarness.CallOpts, cus, calls, tpcus)
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
