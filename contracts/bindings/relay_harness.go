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

// RelayLibRelayRecord is an auto generated low-level Go binding around an user-defined struct.
type RelayLibRelayRecord struct {
	Application  common.Address
	Service      [32]byte
	SessionStart uint64
	Supplier     common.Address
	Nonce        uint64
	Calls        uint32
	PayloadHash  [32]byte
	RequestR     [32]byte
	RequestVS    [32]byte
	ResponseHash [32]byte
	ResponseR    [32]byte
	ResponseVS   [32]byte
}

// RelayHarnessMetaData contains all meta data concerning the RelayHarness contract.
var RelayHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InvalidRelayRecordLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"}],\"name\":\"WeightOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"encoded\",\"type\":\"bytes\"}],\"name\":\"decode\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestVS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseVS\",\"type\":\"bytes32\"}],\"internalType\":\"structRelayLib.RelayRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"encoded\",\"type\":\"bytes[]\"}],\"name\":\"decodeBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestVS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseVS\",\"type\":\"bytes32\"}],\"internalType\":\"structRelayLib.RelayRecord[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestVS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseVS\",\"type\":\"bytes32\"}],\"internalType\":\"structRelayLib.RelayRecord[]\",\"name\":\"records\",\"type\":\"tuple[]\"}],\"name\":\"encodeBatch\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"out\",\"type\":\"bytes[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"separator\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"encoded\",\"type\":\"bytes\"}],\"name\":\"measureRecover\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"decodeGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requestGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"responseGas\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"separator\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestVS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseVS\",\"type\":\"bytes32\"}],\"internalType\":\"structRelayLib.RelayRecord\",\"name\":\"record\",\"type\":\"tuple\"}],\"name\":\"recoverSigners\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"separator\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestVS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseVS\",\"type\":\"bytes32\"}],\"internalType\":\"structRelayLib.RelayRecord[]\",\"name\":\"records\",\"type\":\"tuple[]\"}],\"name\":\"recoverSignersBatch\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"requesters\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"suppliers\",\"type\":\"address[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"separator\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"requestVS\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseR\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"responseVS\",\"type\":\"bytes32\"}],\"internalType\":\"structRelayLib.RelayRecord[]\",\"name\":\"records\",\"type\":\"tuple[]\"}],\"name\":\"requestDigestBatch\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"out\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"separator\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestDigests\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"responseHashes\",\"type\":\"bytes32[]\"}],\"name\":\"responseDigestBatch\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"out\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"tryRecover65\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"err\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"calls\",\"type\":\"uint32\"}],\"name\":\"weight\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"cus\",\"type\":\"uint64[]\"},{\"internalType\":\"uint32[]\",\"name\":\"calls\",\"type\":\"uint32[]\"}],\"name\":\"weightBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"ok\",\"type\":\"bool[]\"},{\"internalType\":\"uint64[]\",\"name\":\"out\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50611afa8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063a8f397d31161006e578063a8f397d3146101b7578063b9774f69146101ca578063c0883e06146101eb578063d30fe03f1461020b578063e1b6db0614610251578063e5c5e9a314610272575f5ffd5b8063321bbad5146100b55780635e165e67146100de5780636bb0fd7f1461010957806386dcf0a11461013d5780638784ee94146101765780639e18b2c314610196575b5f5ffd5b6100c86100c33660046110d7565b610292565b6040516100d59190611115565b60405180910390f35b6100f16100ec3660046111dc565b610350565b6040516001600160401b0390911681526020016100d5565b61011c610117366004611250565b610379565b604080516001600160a01b03909316835260ff9091166020830152016100d5565b61015061014b366004611297565b6103e2565b604080516001600160a01b039485168152939092166020840152908201526060016100d5565b6101896101843660046112ce565b610424565b6040516100d59190611308565b6101a96101a436600461137f565b6104d3565b6040516100d59291906113e9565b6101896101c5366004611474565b6106b8565b6101dd6101d836600461150a565b610795565b6040519081526020016100d5565b6101fe6101f936600461152d565b610849565b6040516100d59190611627565b61021e610219366004611250565b61092e565b604080516001600160a01b039687168152959094166020860152928401919091526060830152608082015260a0016100d5565b61026461025f3660046112ce565b6109dc565b6040516100d59291906116ad565b6102856102803660046116d1565b610b24565b6040516100d59190611703565b6060816001600160401b038111156102ac576102ac611712565b6040519080825280602002602001820160405280156102df57816020015b60608152602001906001900390816102ca5790505b5090505f5b82811015610349578383828181106102fe576102fe611726565b90506101800201604051602001610315919061173a565b60405160208183030381529060405282828151811061033657610336611726565b60209081029190910101526001016102e4565b5092915050565b5f610359611010565b63ffffffff831660a082015261036f8185610b6a565b9150505b92915050565b5f5f5f5f6103bc8787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610bd792505050565b5091509150818160038111156103d4576103d461180f565b935093505050935093915050565b5f80806103fd856103f836879003870187611858565b610c20565b909350905061041b858261041636889003880188611858565b610c4b565b91509250925092565b6060816001600160401b0381111561043e5761043e611712565b604051908082528060200260200182016040528015610467578160200160208202803683370190505b5090505f5b828110156104cb576104a68585858481811061048a5761048a611726565b905061018002018036038101906104a19190611858565b610c78565b8282815181106104b8576104b8611726565b602090810291909101015260010161046c565b509392505050565b6060808483146104f9576040516001621398b960e31b0319815260040160405180910390fd5b846001600160401b0381111561051157610511611712565b60405190808252806020026020018201604052801561053a578160200160208202803683370190505b509150846001600160401b0381111561055557610555611712565b60405190808252806020026020018201604052801561057e578160200160208202803683370190505b5090505f5b858110156106ae5730635e165e678888848181106105a3576105a3611726565b90506020020160208101906105b89190611915565b8787858181106105ca576105ca611726565b90506020020160208101906105df9190611930565b6040516001600160e01b031960e085901b1681526001600160401b03909216600483015263ffffffff166024820152604401602060405180830381865afa92505050801561064a575060408051601f3d908101601f1916820190925261064791810190611956565b60015b156106a65760018185848151811061066457610664611726565b6020026020010185858151811061067d5761067d611726565b60200260200101826001600160401b03166001600160401b031681525082151515158152505050505b600101610583565b5094509492505050565b60608382146106dd576040516001621398b960e31b0319815260040160405180910390fd5b836001600160401b038111156106f5576106f5611712565b60405190808252806020026020018201604052801561071e578160200160208202803683370190505b5090505f5b8481101561078b576107668787878481811061074157610741611726565b9050602002013586868581811061075a5761075a611726565b90506020020135610d60565b82828151811061077857610778611726565b6020908102919091010152600101610723565b5095945050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fad7ac86eb01140cc2a4053feeb85c8f80be37e387b93993d545f3795733005df828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082018590526001600160a01b03841660a0808401919091528351808403909101815260c090920190925280519101205f905b9392505050565b6060816001600160401b0381111561086357610863611712565b60405190808252806020026020018201604052801561089c57816020015b610889611010565b8152602001906001900390816108815790505b5090505f5b82811015610349576109098484838181106108be576108be611726565b90506020028101906108d09190611971565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610de392505050565b82828151811061091b5761091b611726565b60209081029190910101526001016108a1565b5f5f5f5f5f5f5a90505f61097689898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610de392505050565b90505f5a90505f6109878c84610c20565b90995090505f5a905061099b8d8386610c4b565b98505f5a90508a8a6109ad86896119c7565b6109b785886119c7565b6109c185876119c7565b9a509a509a509a509a50505050505050939792965093509350565b606080826001600160401b038111156109f7576109f7611712565b604051908082528060200260200182016040528015610a20578160200160208202803683370190505b509150826001600160401b03811115610a3b57610a3b611712565b604051908082528060200260200182016040528015610a64578160200160208202803683370190505b5090505f5b83811015610b1b575f858583818110610a8457610a84611726565b90506101800201803603810190610a9b9190611858565b90505f610aa88883610c20565b868581518110610aba57610aba611726565b60200260200101819350826001600160a01b03166001600160a01b03168152505050610ae7888284610c4b565b848481518110610af957610af9611726565b6001600160a01b03909216602092830291909101909101525050600101610a69565b50935093915050565b610b2c611010565b61084283838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610de392505050565b5f5f8360a0015163ffffffff16836001600160401b0316610b8b91906119da565b90506001600160401b038111156108425760a0840151604051630a61254160e31b81526001600160401b038516600482015263ffffffff90911660248201526044015b60405180910390fd5b5f5f5f8351604103610c0e576020840151604085015160608601515f1a610c0088828585610e30565b955095509550505050610c19565b505081515f91506002905b9250925092565b5f5f610c2c8484610c78565b9050610c42818460e00151856101000151610ef8565b91509250929050565b5f610c70610c5f8585856101200151610d60565b836101400151846101600151610ef8565b949350505050565b5f5f7fbefe2420d6b6adbf63a6bbcc5d60745471b37b0f232a07df77245659ca372e3f835f015184602001518560400151866060015187608001518860a001518960c00151604051602001610d249897969594939291909788526001600160a01b03968716602089015260408801959095526001600160401b039384166060880152919094166080860152921660a084015263ffffffff9190911660c083015260e08201526101000190565b60405160208183030381529060405280519060200120905061036f848260405161190160f01b8152600281019290925260228201526042902090565b604080517fdcbb2809f531538b97257809df39001e2fd59c925489f49d8719ffeefaa68f636020820152908101839052606081018290525f908190608001604051602081830303815290604052805190602001209050610dda858260405161190160f01b8152600281019290925260228201526042902090565b95945050505050565b610deb611010565b610180825114610e1c5781516040516321a57e9d60e21b815260048101919091526101806024820152604401610bce565b818060200190518101906103739190611a07565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610e6957505f91506003905082610eee565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610eba573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610ee557505f925060019150829050610eee565b92505f91508190505b9450945094915050565b5f5f5f5f610f07878787610f22565b925092509250610f178282610f54565b509095945050505050565b5f80806001600160ff1b038416601b60ff86901c01610f4388828985610e30565b945094509450505093509350939050565b5f826003811115610f6757610f6761180f565b03610f70575050565b6001826003811115610f8457610f8461180f565b03610fa25760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610fb657610fb661180f565b03610fd75760405163fce698f760e01b815260048101829052602401610bce565b6003826003811115610feb57610feb61180f565b0361100c576040516335e2f38360e21b815260048101829052602401610bce565b5050565b6040518061018001604052805f6001600160a01b031681526020015f81526020015f6001600160401b031681526020015f6001600160a01b031681526020015f6001600160401b031681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f5f83601f84011261109f575f5ffd5b5081356001600160401b038111156110b5575f5ffd5b602083019150836020610180830285010111156110d0575f5ffd5b9250929050565b5f5f602083850312156110e8575f5ffd5b82356001600160401b038111156110fd575f5ffd5b6111098582860161108f565b90969095509350505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561118d57603f19878603018452815180518087528060208301602089015e5f602082890101526020601f19601f8301168801019650505060208201915060208401935060018101905061113b565b50929695505050505050565b6001600160401b03811681146111ad575f5ffd5b50565b80356111bb81611199565b919050565b63ffffffff811681146111ad575f5ffd5b80356111bb816111c0565b5f5f604083850312156111ed575f5ffd5b82356111f881611199565b91506020830135611208816111c0565b809150509250929050565b5f5f83601f840112611223575f5ffd5b5081356001600160401b03811115611239575f5ffd5b6020830191508360208285010111156110d0575f5ffd5b5f5f5f60408486031215611262575f5ffd5b8335925060208401356001600160401b0381111561127e575f5ffd5b61128a86828701611213565b9497909650939450505050565b5f5f8284036101a08112156112aa575f5ffd5b83359250610180601f19820112156112c0575f5ffd5b506020830190509250929050565b5f5f5f604084860312156112e0575f5ffd5b8335925060208401356001600160401b038111156112fc575f5ffd5b61128a8682870161108f565b602080825282518282018190525f918401906040840190835b81811015610f17578351835260209384019390920191600101611321565b5f5f83601f84011261134f575f5ffd5b5081356001600160401b03811115611365575f5ffd5b6020830191508360208260051b85010111156110d0575f5ffd5b5f5f5f5f60408587031215611392575f5ffd5b84356001600160401b038111156113a7575f5ffd5b6113b38782880161133f565b90955093505060208501356001600160401b038111156113d1575f5ffd5b6113dd8782880161133f565b95989497509550505050565b604080825283519082018190525f9060208501906060840190835b818110156114245783511515835260209384019390920191600101611404565b5050838103602080860191909152855180835291810192508501905f5b818110156114685782516001600160401b0316845260209384019390920191600101611441565b50919695505050505050565b5f5f5f5f5f60608688031215611488575f5ffd5b8535945060208601356001600160401b038111156114a4575f5ffd5b6114b08882890161133f565b90955093505060408601356001600160401b038111156114ce575f5ffd5b6114da8882890161133f565b969995985093965092949392505050565b6001600160a01b03811681146111ad575f5ffd5b80356111bb816114eb565b5f5f6040838503121561151b575f5ffd5b823591506020830135611208816114eb565b5f5f6020838503121561153e575f5ffd5b82356001600160401b03811115611553575f5ffd5b6111098582860161133f565b80516001600160a01b0316825260208101516020830152604081015161159060408401826001600160401b03169052565b5060608101516115ab60608401826001600160a01b03169052565b5060808101516115c660808401826001600160401b03169052565b5060a08101516115de60a084018263ffffffff169052565b5060c081015160c083015260e081015160e08301526101008101516101008301526101208101516101208301526101408101516101408301526101608101516101608301525050565b602080825282518282018190525f918401906040840190835b81811015610f175761165383855161155f565b602093909301926101809290920191600101611640565b5f8151808452602084019350602083015f5b828110156116a35781516001600160a01b031686526020958601959091019060010161167c565b5093949350505050565b604081525f6116bf604083018561166a565b8281036020840152610dda818561166a565b5f5f602083850312156116e2575f5ffd5b82356001600160401b038111156116f7575f5ffd5b61110985828601611213565b6101808101610373828461155f565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b61018081016117598261174c856114ff565b6001600160a01b03169052565b6020838101359083015261176f604084016111b0565b6001600160401b03166040830152611789606084016114ff565b6001600160a01b031660608301526117a3608084016111b0565b6001600160401b031660808301526117bd60a084016111d1565b63ffffffff1660a083015260c0838101359083015260e0808401359083015261010080840135908301526101208084013590830152610140808401359083015261016092830135929091019190915290565b634e487b7160e01b5f52602160045260245ffd5b60405161018081016001600160401b038111828210171561185257634e487b7160e01b5f52604160045260245ffd5b60405290565b5f61018082840312801561186a575f5ffd5b50611873611823565b61187c836114ff565b815260208381013590820152611894604084016111b0565b60408201526118a5606084016114ff565b60608201526118b6608084016111b0565b60808201526118c760a084016111d1565b60a082015260c0838101359082015260e08084013590820152610100808401359082015261012080840135908201526101408084013590820152610160928301359281019290925250919050565b5f60208284031215611925575f5ffd5b813561084281611199565b5f60208284031215611940575f5ffd5b8135610842816111c0565b80516111bb81611199565b5f60208284031215611966575f5ffd5b815161084281611199565b5f5f8335601e19843603018112611986575f5ffd5b8301803591506001600160401b0382111561199f575f5ffd5b6020019150368190038213156110d0575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610373576103736119b3565b8082028115828204841417610373576103736119b3565b80516111bb816114eb565b80516111bb816111c0565b5f610180828403128015611a19575f5ffd5b50611a22611823565b611a2b836119f1565b815260208381015190820152611a436040840161194b565b6040820152611a54606084016119f1565b6060820152611a656080840161194b565b6080820152611a7660a084016119fc565b60a082015260c0838101519082015260e0808401519082015261010080840151908201526101208084015190820152610140808401519082015261016092830151928101929092525091905056fea26469706673582212204d3392d8e5ee14a1eb2c10a17d667e0f22dec1ffdac094b03655ab010115c13064736f6c634300081e0033",
}

// RelayHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use RelayHarnessMetaData.ABI instead.
var RelayHarnessABI = RelayHarnessMetaData.ABI

// RelayHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RelayHarnessMetaData.Bin instead.
var RelayHarnessBin = RelayHarnessMetaData.Bin

// DeployRelayHarness deploys a new Ethereum contract, binding an instance of RelayHarness to it.
func DeployRelayHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *RelayHarness, error) {
	parsed, err := RelayHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RelayHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RelayHarness{RelayHarnessCaller: RelayHarnessCaller{contract: contract}, RelayHarnessTransactor: RelayHarnessTransactor{contract: contract}, RelayHarnessFilterer: RelayHarnessFilterer{contract: contract}}, nil
}

// RelayHarness is an auto generated Go binding around an Ethereum contract.
type RelayHarness struct {
	RelayHarnessCaller     // Read-only binding to the contract
	RelayHarnessTransactor // Write-only binding to the contract
	RelayHarnessFilterer   // Log filterer for contract events
}

// RelayHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type RelayHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RelayHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RelayHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RelayHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RelayHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RelayHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RelayHarnessSession struct {
	Contract     *RelayHarness     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RelayHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RelayHarnessCallerSession struct {
	Contract *RelayHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// RelayHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RelayHarnessTransactorSession struct {
	Contract     *RelayHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// RelayHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type RelayHarnessRaw struct {
	Contract *RelayHarness // Generic contract binding to access the raw methods on
}

// RelayHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RelayHarnessCallerRaw struct {
	Contract *RelayHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// RelayHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RelayHarnessTransactorRaw struct {
	Contract *RelayHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRelayHarness creates a new instance of RelayHarness, bound to a specific deployed contract.
func NewRelayHarness(address common.Address, backend bind.ContractBackend) (*RelayHarness, error) {
	contract, err := bindRelayHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RelayHarness{RelayHarnessCaller: RelayHarnessCaller{contract: contract}, RelayHarnessTransactor: RelayHarnessTransactor{contract: contract}, RelayHarnessFilterer: RelayHarnessFilterer{contract: contract}}, nil
}

// NewRelayHarnessCaller creates a new read-only instance of RelayHarness, bound to a specific deployed contract.
func NewRelayHarnessCaller(address common.Address, caller bind.ContractCaller) (*RelayHarnessCaller, error) {
	contract, err := bindRelayHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RelayHarnessCaller{contract: contract}, nil
}

// NewRelayHarnessTransactor creates a new write-only instance of RelayHarness, bound to a specific deployed contract.
func NewRelayHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*RelayHarnessTransactor, error) {
	contract, err := bindRelayHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RelayHarnessTransactor{contract: contract}, nil
}

// NewRelayHarnessFilterer creates a new log filterer instance of RelayHarness, bound to a specific deployed contract.
func NewRelayHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*RelayHarnessFilterer, error) {
	contract, err := bindRelayHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RelayHarnessFilterer{contract: contract}, nil
}

// bindRelayHarness binds a generic wrapper to an already deployed contract.
func bindRelayHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RelayHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RelayHarness *RelayHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RelayHarness.Contract.RelayHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RelayHarness *RelayHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RelayHarness.Contract.RelayHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RelayHarness *RelayHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RelayHarness.Contract.RelayHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RelayHarness *RelayHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RelayHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RelayHarness *RelayHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RelayHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RelayHarness *RelayHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RelayHarness.Contract.contract.Transact(opts, method, params...)
}

// Decode is a free data retrieval call binding the contract method 0xe5c5e9a3.
//
// Solidity: function decode(bytes encoded) pure returns((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32))
func (_RelayHarness *RelayHarnessCaller) Decode(opts *bind.CallOpts, encoded []byte) (RelayLibRelayRecord, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "decode", encoded)

	if err != nil {
		return *new(RelayLibRelayRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(RelayLibRelayRecord)).(*RelayLibRelayRecord)

	return out0, err

}

// Decode is a free data retrieval call binding the contract method 0xe5c5e9a3.
//
// Solidity: function decode(bytes encoded) pure returns((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32))
func (_RelayHarness *RelayHarnessSession) Decode(encoded []byte) (RelayLibRelayRecord, error) {
	return _RelayHarness.Contract.Decode(&_RelayHarness.CallOpts, encoded)
}

// Decode is a free data retrieval call binding the contract method 0xe5c5e9a3.
//
// Solidity: function decode(bytes encoded) pure returns((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32))
func (_RelayHarness *RelayHarnessCallerSession) Decode(encoded []byte) (RelayLibRelayRecord, error) {
	return _RelayHarness.Contract.Decode(&_RelayHarness.CallOpts, encoded)
}

// DecodeBatch is a free data retrieval call binding the contract method 0xc0883e06.
//
// Solidity: function decodeBatch(bytes[] encoded) pure returns((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] out)
func (_RelayHarness *RelayHarnessCaller) DecodeBatch(opts *bind.CallOpts, encoded [][]byte) ([]RelayLibRelayRecord, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "decodeBatch", encoded)

	if err != nil {
		return *new([]RelayLibRelayRecord), err
	}

	out0 := *abi.ConvertType(out[0], new([]RelayLibRelayRecord)).(*[]RelayLibRelayRecord)

	return out0, err

}

// DecodeBatch is a free data retrieval call binding the contract method 0xc0883e06.
//
// Solidity: function decodeBatch(bytes[] encoded) pure returns((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] out)
func (_RelayHarness *RelayHarnessSession) DecodeBatch(encoded [][]byte) ([]RelayLibRelayRecord, error) {
	return _RelayHarness.Contract.DecodeBatch(&_RelayHarness.CallOpts, encoded)
}

// DecodeBatch is a free data retrieval call binding the contract method 0xc0883e06.
//
// Solidity: function decodeBatch(bytes[] encoded) pure returns((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] out)
func (_RelayHarness *RelayHarnessCallerSession) DecodeBatch(encoded [][]byte) ([]RelayLibRelayRecord, error) {
	return _RelayHarness.Contract.DecodeBatch(&_RelayHarness.CallOpts, encoded)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xb9774f69.
//
// Solidity: function domainSeparator(uint256 chainId, address registry) pure returns(bytes32)
func (_RelayHarness *RelayHarnessCaller) DomainSeparator(opts *bind.CallOpts, chainId *big.Int, registry common.Address) ([32]byte, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "domainSeparator", chainId, registry)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xb9774f69.
//
// Solidity: function domainSeparator(uint256 chainId, address registry) pure returns(bytes32)
func (_RelayHarness *RelayHarnessSession) DomainSeparator(chainId *big.Int, registry common.Address) ([32]byte, error) {
	return _RelayHarness.Contract.DomainSeparator(&_RelayHarness.CallOpts, chainId, registry)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xb9774f69.
//
// Solidity: function domainSeparator(uint256 chainId, address registry) pure returns(bytes32)
func (_RelayHarness *RelayHarnessCallerSession) DomainSeparator(chainId *big.Int, registry common.Address) ([32]byte, error) {
	return _RelayHarness.Contract.DomainSeparator(&_RelayHarness.CallOpts, chainId, registry)
}

// EncodeBatch is a free data retrieval call binding the contract method 0x321bbad5.
//
// Solidity: function encodeBatch((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(bytes[] out)
func (_RelayHarness *RelayHarnessCaller) EncodeBatch(opts *bind.CallOpts, records []RelayLibRelayRecord) ([][]byte, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "encodeBatch", records)

	if err != nil {
		return *new([][]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][]byte)).(*[][]byte)

	return out0, err

}

// EncodeBatch is a free data retrieval call binding the contract method 0x321bbad5.
//
// Solidity: function encodeBatch((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(bytes[] out)
func (_RelayHarness *RelayHarnessSession) EncodeBatch(records []RelayLibRelayRecord) ([][]byte, error) {
	return _RelayHarness.Contract.EncodeBatch(&_RelayHarness.CallOpts, records)
}

// EncodeBatch is a free data retrieval call binding the contract method 0x321bbad5.
//
// Solidity: function encodeBatch((address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(bytes[] out)
func (_RelayHarness *RelayHarnessCallerSession) EncodeBatch(records []RelayLibRelayRecord) ([][]byte, error) {
	return _RelayHarness.Contract.EncodeBatch(&_RelayHarness.CallOpts, records)
}

// MeasureRecover is a free data retrieval call binding the contract method 0xd30fe03f.
//
// Solidity: function measureRecover(bytes32 separator, bytes encoded) view returns(address requester, address supplier, uint256 decodeGas, uint256 requestGas, uint256 responseGas)
func (_RelayHarness *RelayHarnessCaller) MeasureRecover(opts *bind.CallOpts, separator [32]byte, encoded []byte) (struct {
	Requester   common.Address
	Supplier    common.Address
	DecodeGas   *big.Int
	RequestGas  *big.Int
	ResponseGas *big.Int
}, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "measureRecover", separator, encoded)

	outstruct := new(struct {
		Requester   common.Address
		Supplier    common.Address
		DecodeGas   *big.Int
		RequestGas  *big.Int
		ResponseGas *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Supplier = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.DecodeGas = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.RequestGas = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.ResponseGas = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// MeasureRecover is a free data retrieval call binding the contract method 0xd30fe03f.
//
// Solidity: function measureRecover(bytes32 separator, bytes encoded) view returns(address requester, address supplier, uint256 decodeGas, uint256 requestGas, uint256 responseGas)
func (_RelayHarness *RelayHarnessSession) MeasureRecover(separator [32]byte, encoded []byte) (struct {
	Requester   common.Address
	Supplier    common.Address
	DecodeGas   *big.Int
	RequestGas  *big.Int
	ResponseGas *big.Int
}, error) {
	return _RelayHarness.Contract.MeasureRecover(&_RelayHarness.CallOpts, separator, encoded)
}

// MeasureRecover is a free data retrieval call binding the contract method 0xd30fe03f.
//
// Solidity: function measureRecover(bytes32 separator, bytes encoded) view returns(address requester, address supplier, uint256 decodeGas, uint256 requestGas, uint256 responseGas)
func (_RelayHarness *RelayHarnessCallerSession) MeasureRecover(separator [32]byte, encoded []byte) (struct {
	Requester   common.Address
	Supplier    common.Address
	DecodeGas   *big.Int
	RequestGas  *big.Int
	ResponseGas *big.Int
}, error) {
	return _RelayHarness.Contract.MeasureRecover(&_RelayHarness.CallOpts, separator, encoded)
}

// RecoverSigners is a free data retrieval call binding the contract method 0x86dcf0a1.
//
// Solidity: function recoverSigners(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32) record) pure returns(address requester, address supplier, bytes32 key)
func (_RelayHarness *RelayHarnessCaller) RecoverSigners(opts *bind.CallOpts, separator [32]byte, record RelayLibRelayRecord) (struct {
	Requester common.Address
	Supplier  common.Address
	Key       [32]byte
}, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "recoverSigners", separator, record)

	outstruct := new(struct {
		Requester common.Address
		Supplier  common.Address
		Key       [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Supplier = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Key = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// RecoverSigners is a free data retrieval call binding the contract method 0x86dcf0a1.
//
// Solidity: function recoverSigners(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32) record) pure returns(address requester, address supplier, bytes32 key)
func (_RelayHarness *RelayHarnessSession) RecoverSigners(separator [32]byte, record RelayLibRelayRecord) (struct {
	Requester common.Address
	Supplier  common.Address
	Key       [32]byte
}, error) {
	return _RelayHarness.Contract.RecoverSigners(&_RelayHarness.CallOpts, separator, record)
}

// RecoverSigners is a free data retrieval call binding the contract method 0x86dcf0a1.
//
// Solidity: function recoverSigners(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32) record) pure returns(address requester, address supplier, bytes32 key)
func (_RelayHarness *RelayHarnessCallerSession) RecoverSigners(separator [32]byte, record RelayLibRelayRecord) (struct {
	Requester common.Address
	Supplier  common.Address
	Key       [32]byte
}, error) {
	return _RelayHarness.Contract.RecoverSigners(&_RelayHarness.CallOpts, separator, record)
}

// RecoverSignersBatch is a free data retrieval call binding the contract method 0xe1b6db06.
//
// Solidity: function recoverSignersBatch(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(address[] requesters, address[] suppliers)
func (_RelayHarness *RelayHarnessCaller) RecoverSignersBatch(opts *bind.CallOpts, separator [32]byte, records []RelayLibRelayRecord) (struct {
	Requesters []common.Address
	Suppliers  []common.Address
}, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "recoverSignersBatch", separator, records)

	outstruct := new(struct {
		Requesters []common.Address
		Suppliers  []common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Requesters = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Suppliers = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)

	return *outstruct, err

}

// RecoverSignersBatch is a free data retrieval call binding the contract method 0xe1b6db06.
//
// Solidity: function recoverSignersBatch(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(address[] requesters, address[] suppliers)
func (_RelayHarness *RelayHarnessSession) RecoverSignersBatch(separator [32]byte, records []RelayLibRelayRecord) (struct {
	Requesters []common.Address
	Suppliers  []common.Address
}, error) {
	return _RelayHarness.Contract.RecoverSignersBatch(&_RelayHarness.CallOpts, separator, records)
}

// RecoverSignersBatch is a free data retrieval call binding the contract method 0xe1b6db06.
//
// Solidity: function recoverSignersBatch(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(address[] requesters, address[] suppliers)
func (_RelayHarness *RelayHarnessCallerSession) RecoverSignersBatch(separator [32]byte, records []RelayLibRelayRecord) (struct {
	Requesters []common.Address
	Suppliers  []common.Address
}, error) {
	return _RelayHarness.Contract.RecoverSignersBatch(&_RelayHarness.CallOpts, separator, records)
}

// RequestDigestBatch is a free data retrieval call binding the contract method 0x8784ee94.
//
// Solidity: function requestDigestBatch(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(bytes32[] out)
func (_RelayHarness *RelayHarnessCaller) RequestDigestBatch(opts *bind.CallOpts, separator [32]byte, records []RelayLibRelayRecord) ([][32]byte, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "requestDigestBatch", separator, records)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// RequestDigestBatch is a free data retrieval call binding the contract method 0x8784ee94.
//
// Solidity: function requestDigestBatch(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(bytes32[] out)
func (_RelayHarness *RelayHarnessSession) RequestDigestBatch(separator [32]byte, records []RelayLibRelayRecord) ([][32]byte, error) {
	return _RelayHarness.Contract.RequestDigestBatch(&_RelayHarness.CallOpts, separator, records)
}

// RequestDigestBatch is a free data retrieval call binding the contract method 0x8784ee94.
//
// Solidity: function requestDigestBatch(bytes32 separator, (address,bytes32,uint64,address,uint64,uint32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32)[] records) pure returns(bytes32[] out)
func (_RelayHarness *RelayHarnessCallerSession) RequestDigestBatch(separator [32]byte, records []RelayLibRelayRecord) ([][32]byte, error) {
	return _RelayHarness.Contract.RequestDigestBatch(&_RelayHarness.CallOpts, separator, records)
}

// ResponseDigestBatch is a free data retrieval call binding the contract method 0xa8f397d3.
//
// Solidity: function responseDigestBatch(bytes32 separator, bytes32[] requestDigests, bytes32[] responseHashes) pure returns(bytes32[] out)
func (_RelayHarness *RelayHarnessCaller) ResponseDigestBatch(opts *bind.CallOpts, separator [32]byte, requestDigests [][32]byte, responseHashes [][32]byte) ([][32]byte, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "responseDigestBatch", separator, requestDigests, responseHashes)

	if err != nil {
		return *new([][32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)

	return out0, err

}

// ResponseDigestBatch is a free data retrieval call binding the contract method 0xa8f397d3.
//
// Solidity: function responseDigestBatch(bytes32 separator, bytes32[] requestDigests, bytes32[] responseHashes) pure returns(bytes32[] out)
func (_RelayHarness *RelayHarnessSession) ResponseDigestBatch(separator [32]byte, requestDigests [][32]byte, responseHashes [][32]byte) ([][32]byte, error) {
	return _RelayHarness.Contract.ResponseDigestBatch(&_RelayHarness.CallOpts, separator, requestDigests, responseHashes)
}

// ResponseDigestBatch is a free data retrieval call binding the contract method 0xa8f397d3.
//
// Solidity: function responseDigestBatch(bytes32 separator, bytes32[] requestDigests, bytes32[] responseHashes) pure returns(bytes32[] out)
func (_RelayHarness *RelayHarnessCallerSession) ResponseDigestBatch(separator [32]byte, requestDigests [][32]byte, responseHashes [][32]byte) ([][32]byte, error) {
	return _RelayHarness.Contract.ResponseDigestBatch(&_RelayHarness.CallOpts, separator, requestDigests, responseHashes)
}

// TryRecover65 is a free data retrieval call binding the contract method 0x6bb0fd7f.
//
// Solidity: function tryRecover65(bytes32 digest, bytes signature) pure returns(address, uint8 err)
func (_RelayHarness *RelayHarnessCaller) TryRecover65(opts *bind.CallOpts, digest [32]byte, signature []byte) (common.Address, uint8, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "tryRecover65", digest, signature)

	if err != nil {
		return *new(common.Address), *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	out1 := *abi.ConvertType(out[1], new(uint8)).(*uint8)

	return out0, out1, err

}

// TryRecover65 is a free data retrieval call binding the contract method 0x6bb0fd7f.
//
// Solidity: function tryRecover65(bytes32 digest, bytes signature) pure returns(address, uint8 err)
func (_RelayHarness *RelayHarnessSession) TryRecover65(digest [32]byte, signature []byte) (common.Address, uint8, error) {
	return _RelayHarness.Contract.TryRecover65(&_RelayHarness.CallOpts, digest, signature)
}

// TryRecover65 is a free data retrieval call binding the contract method 0x6bb0fd7f.
//
// Solidity: function tryRecover65(bytes32 digest, bytes signature) pure returns(address, uint8 err)
func (_RelayHarness *RelayHarnessCallerSession) TryRecover65(digest [32]byte, signature []byte) (common.Address, uint8, error) {
	return _RelayHarness.Contract.TryRecover65(&_RelayHarness.CallOpts, digest, signature)
}

// Weight is a free data retrieval call binding the contract method 0x5e165e67.
//
// Solidity: function weight(uint64 computeUnitsPerRelay, uint32 calls) pure returns(uint64)
func (_RelayHarness *RelayHarnessCaller) Weight(opts *bind.CallOpts, computeUnitsPerRelay uint64, calls uint32) (uint64, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "weight", computeUnitsPerRelay, calls)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Weight is a free data retrieval call binding the contract method 0x5e165e67.
//
// Solidity: function weight(uint64 computeUnitsPerRelay, uint32 calls) pure returns(uint64)
func (_RelayHarness *RelayHarnessSession) Weight(computeUnitsPerRelay uint64, calls uint32) (uint64, error) {
	return _RelayHarness.Contract.Weight(&_RelayHarness.CallOpts, computeUnitsPerRelay, calls)
}

// Weight is a free data retrieval call binding the contract method 0x5e165e67.
//
// Solidity: function weight(uint64 computeUnitsPerRelay, uint32 calls) pure returns(uint64)
func (_RelayHarness *RelayHarnessCallerSession) Weight(computeUnitsPerRelay uint64, calls uint32) (uint64, error) {
	return _RelayHarness.Contract.Weight(&_RelayHarness.CallOpts, computeUnitsPerRelay, calls)
}

// WeightBatch is a free data retrieval call binding the contract method 0x9e18b2c3.
//
// Solidity: function weightBatch(uint64[] cus, uint32[] calls) view returns(bool[] ok, uint64[] out)
func (_RelayHarness *RelayHarnessCaller) WeightBatch(opts *bind.CallOpts, cus []uint64, calls []uint32) (struct {
	Ok  []bool
	Out []uint64
}, error) {
	var out []interface{}
	err := _RelayHarness.contract.Call(opts, &out, "weightBatch", cus, calls)

	outstruct := new(struct {
		Ok  []bool
		Out []uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Ok = *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	outstruct.Out = *abi.ConvertType(out[1], new([]uint64)).(*[]uint64)

	return *outstruct, err

}

// WeightBatch is a free data retrieval call binding the contract method 0x9e18b2c3.
//
// Solidity: function weightBatch(uint64[] cus, uint32[] calls) view returns(bool[] ok, uint64[] out)
func (_RelayHarness *RelayHarnessSession) WeightBatch(cus []uint64, calls []uint32) (struct {
	Ok  []bool
	Out []uint64
}, error) {
	return _RelayHarness.Contract.WeightBatch(&_RelayHarness.CallOpts, cus, calls)
}

// WeightBatch is a free data retrieval call binding the contract method 0x9e18b2c3.
//
// Solidity: function weightBatch(uint64[] cus, uint32[] calls) view returns(bool[] ok, uint64[] out)
func (_RelayHarness *RelayHarnessCallerSession) WeightBatch(cus []uint64, calls []uint32) (struct {
	Ok  []bool
	Out []uint64
}, error) {
	return _RelayHarness.Contract.WeightBatch(&_RelayHarness.CallOpts, cus, calls)
}
