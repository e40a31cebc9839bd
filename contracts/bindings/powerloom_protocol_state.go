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

// PowerloomProtocolStateMetaData contains all meta data concerning the PowerloomProtocolState contract.
var PowerloomProtocolStateMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"adminAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"AdminsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epochId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"BatchSubmissionsCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"snapshotterAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slotId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dayId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPoints\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"DailyTaskCompletedEvent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"ownerAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"epochSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sourceChainBlockTime\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"useBlockNumberAsEpochId\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"protocolState\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"}],\"name\":\"DataMarketCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sequencerAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SequencersUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"batchCid\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epochId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"SnapshotBatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"validatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"ValidatorsUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"epochId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"batchCid\",\"type\":\"string\"}],\"name\":\"batchSubmission\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"number\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"projectCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"finalizedCidsRootHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slotId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"day\",\"type\":\"uint256\"}],\"name\":\"checkSlotTaskStatusForDay\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ownerAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"epochSize\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainBlockTime\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"useBlockNumberAsEpochId\",\"type\":\"bool\"}],\"name\":\"createDataMarket\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"}],\"name\":\"dailySnapshotQuota\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"}],\"name\":\"dataMarketEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dataMarket\",\"type\":\"address\"}],\"name\":\"dataMarkets\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"ownerAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"epochSize\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainBlockTime\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"useBlockNumberAsEpochId\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"dataMarketAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"createdAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"epochId\",\"type\":\"uint256\"}],\"name\":\"endBatchSubmissions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"epochId\",\"type\":\"uint256\"}],\"name\":\"epochSubmissions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"projectCount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"batchSubmissionsCompleted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"}],\"name\":\"getSequencers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"}],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"day\",\"type\":\"uint256\"}],\"name\":\"rewardDay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eligibleNodes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slotsRemainingToBeRewarded\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"}],\"name\":\"rewardPoolSize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slotId\",\"type\":\"uint256\"}],\"name\":\"slotRewardPoints\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"day\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slotId\",\"type\":\"uint256\"}],\"name\":\"slotRewardsDistributedStatus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slotId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dayId\",\"type\":\"uint256\"}],\"name\":\"slotSubmissionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"batchCid\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"epochId\",\"type\":\"uint256\"},{\"internalType\":\"string[]\",\"name\":\"projectIds\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"snapshotCids\",\"type\":\"string[]\"},{\"internalType\":\"bytes32\",\"name\":\"finalizedCidsRootHash\",\"type\":\"bytes32\"}],\"name\":\"submitSubmissionBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"_addresses\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"_status\",\"type\":\"bool[]\"}],\"name\":\"updateAddresses\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_dailySnapshotQuota\",\"type\":\"uint256\"}],\"name\":\"updateDailySnapshotQuota\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"newRewardPoolSize\",\"type\":\"uint256\"}],\"name\":\"updateRewardPoolSize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractPowerloomDataMarket\",\"name\":\"dataMarket\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"slotIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"submissionsList\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"day\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"eligibleNodes\",\"type\":\"uint256\"}],\"name\":\"updateRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161224738038061224783398101604081905261002e916100d7565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100658161006c565b5050610104565b600180546001600160a01b031916905561008581610088565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156100e7575f5ffd5b81516001600160a01b03811681146100fd575f5ffd5b9392505050565b612136806101115f395ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80637f9ee950116100d9578063c00d0f9c11610093578063e30c39781161006e578063e30c3978146105ac578063eb4c8b89146105bd578063f2fde38b146105d0578063ff8744a6146105e3575f5ffd5b8063c00d0f9c14610539578063cf396cbf14610586578063d9ad5d2e14610599575f5ffd5b80637f9ee950146104155780638d3bcb5a146104615780638d9004ee146104745780638da5cb5b146104c25780639a2458a6146104d2578063a4afd0dc1461050b575f5ffd5b806368af906d1161012a57806368af906d1461037a5780636b0ad9ac1461038f5780636ee55d73146103af578063715018a6146103c257806375fd5c7c146103ca57806379ba50971461040d575f5ffd5b8063095cb210146101715780630c89e2ec146101ac5780631dbc586b146101d45780633270e5de146101ff5780635350fa81146102965780635f9abf70146102c1575b5f5ffd5b61019961017f3660046118fa565b6001600160a01b03165f9081526003602052604090205490565b6040519081526020015b60405180910390f35b6101bf6101ba366004611915565b6105f6565b604080519283526020830191909152016101a3565b6101e76101e236600461195e565b61064c565b6040516001600160a01b0390911681526020016101a3565b61027961020d366004611915565b6001600160a01b0382165f908152600360209081526040808320848452600801825291829020825160608101845290546001600160401b03808216808452600160401b830490911693830184905260ff600160801b909204919091161515919093018190529250925092565b6040805193845260208401929092521515908201526060016101a3565b6101996102a43660046118fa565b6001600160a01b03165f9081526003602052604090206001015490565b6103286102cf3660046118fa565b600260208190525f9182526040909120805460018201549282015460038301546004909301546001600160a01b0380841695600160a01b90940460ff908116958181169361010082049092169262010000909104169088565b604080516001600160a01b03998a16815260ff909816602089015287019590955260608601939093529015156080850152151560a08401529290921660c082015260e0810191909152610100016101a3565b61038d6103883660046119f3565b610942565b005b6103a261039d3660046118fa565b610b47565b6040516101a39190611a81565b61038d6103bd366004611915565b610b7a565b61038d610c34565b6103fd6103d83660046118fa565b6001600160a01b03165f90815260026020526040902060030154610100900460ff1690565b60405190151581526020016101a3565b61038d610c47565b610199610423366004611acc565b6001600160a01b0383165f908152600360209081526040808320848452600b0182528083208584529091529020546001600160801b03169392505050565b61038d61046f366004611afe565b610c8b565b6103fd610482366004611acc565b6001600160a01b0383165f908152600360209081526040808320858452600b01825280832084845290915290205460ff600160801b909104169392505050565b5f546001600160a01b03166101e7565b6101996104e0366004611915565b6001600160a01b03919091165f908152600360209081526040808320938352600c9093019052205490565b61051e610519366004611bcb565b610eae565b604080519384526020840192909252908201526060016101a3565b6103fd610547366004611acc565b6001600160a01b03929092165f9081526003602090815260408083208054958452600b01825280832093835292905220546001600160801b0316101590565b61038d610594366004611c22565b610f4a565b61038d6105a7366004611915565b611249565b6001546001600160a01b03166101e7565b61038d6105cb366004611915565b61125b565b61038d6105de3660046118fa565b61128a565b6103a26105f13660046118fa565b6112fa565b6001600160a01b0382165f908152600360209081526040808320848452600a018252918290208251808401909352546001600160801b03808216808552600160801b9092041692909101829052905b9250929050565b5f610655611321565b6001600160a01b0386161580159061066f575060ff851615155b801561067a57508215155b61069f5760405162461bcd60e51b815260040161069690611ce0565b60405180910390fd5b8115806106af57508460ff166001145b6106e15760405162461bcd60e51b815260206004820152600360248201526204531360ec1b6044820152606401610696565b5f86868686866040516106f3906118d9565b6001600160a01b03909516855260ff9093166020850152604084019190915260608301521515608082015260a001604051809103905ff08015801561073a573d5f5f3e3d5ffd5b509050604051806101000160405280886001600160a01b031681526020018760ff1681526020018681526020018581526020018415158152602001600115158152602001826001600160a01b031681526020014281525060025f836001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff021916908360ff16021790555060408201518160010155606082015181600201556080820151816003015f6101000a81548160ff02191690831515021790555060a08201518160030160016101000a81548160ff02191690831515021790555060c08201518160030160026101000a8154816001600160a01b0302191690836001600160a01b0316021790555060e082015181600401559050506103e860035f836001600160a01b03166001600160a01b031681526020019081526020015f205f0181905550866001600160a01b03167f4ac24bfdd2a01328b05db8f3587611f1d37fd01718e1edaa23a75ec91d71f5178787878730876040516109309695949392919060ff96909616865260208601949094526040850192909252151560608401526001600160a01b0390811660808401521660a082015260c00190565b60405180910390a29695505050505050565b5f61094c8861134d565b90508584146109835760405162461bcd60e51b815260206004820152600360248201526245313960e81b6044820152606401610696565b5f838152600a820160209081526040918290208251808401909352546001600160801b038082168452600160801b90910416908201528215610a505780516001600160801b03165f03610a0e576001600160801b038311156109f75760405162461bcd60e51b815260040161069690611ce0565b6001600160801b0383168082526020820152610a50565b80602001516001600160801b03165f03610a505760405162461bcd60e51b815260206004820152600360248201526245343760e81b6044820152606401610696565b5f6040518060a001604052808b6001600160a01b03168152602001868152602001845f01548152602001835f01516001600160801b03165f14610aac5783516001860154610aa7916001600160801b031690611d11565b610aae565b5f5b815260200183905290505f5b88811015610b0657610afe84838c8c85818110610ad957610ad9611d30565b905060200201358b8b86818110610af257610af2611d30565b905060200201356113fe565b600101610aba565b50608001515f948552600a90920160209081526040909420825194909201516001600160801b03908116600160801b02941693909317905550505050505050565b6001600160a01b0381165f908152600360205260409020606090610b749060020160015b600202016115dd565b92915050565b5f610b848361134d565b5f8381526008820160205260409020805491925090600160801b900460ff1615610bd65760405162461bcd60e51b815260206004820152600360248201526245333960e81b6044820152606401610696565b805460ff60801b1916600160801b17815560405183906001600160a01b038616907f5ed90e6a0e12831302fecf13a2cc6f7e9439fed821340d0bddc4ae305dbf9c3090610c269042815260200190565b60405180910390a350505050565b610c3c611321565b610c455f6115f0565b565b60015433906001600160a01b03168114610c7f5760405163118cdaa760e01b81526001600160a01b0382166004820152602401610696565b610c88816115f0565b50565b5f610c9587611609565b6002908101915060ff87161115610cd45760405162461bcd60e51b815260206004820152600360248201526208a62760eb1b6044820152606401610696565b838214610d095760405162461bcd60e51b815260206004820152600360248201526245313960e81b6044820152606401610696565b5f818760ff1660038110610d1f57610d1f611d30565b6002020190505f5b85811015610ea3575f878783818110610d4257610d42611d30565b9050602002016020810190610d5791906118fa565b90505f868684818110610d6c57610d6c611d30565b9050602002016020810190610d819190611d44565b905080610d9757610d9284836116b9565b610da1565b610da184836116cd565b610dac575050610e9b565b5f1960ff8b1601610e0457604080516001600160a01b03848116825283151560208301528d16917fad12010237fe83915c67abe51836e693a16f8a2592b9a4e959374ab33ae7a69791015b60405180910390a2610e98565b60ff8a16610e5057604080516001600160a01b03848116825283151560208301528d16917f2a93c48a2a98c035cd37b0e8a3e25c15ce5dd0caa1fb0553603c249c37db24b89101610df7565b604080516001600160a01b03848116825283151560208301528d16917fcde1efc8de533d8d3476a1e5f7423ea506a579776fc27e7d5f963f6c6018ca39910160405180910390a25b50505b600101610d27565b505050505050505050565b6001600160a01b0384165f9081526003602090815260408083208684526009019091528082209051829182918291908290610eec9089908990611d5d565b604080519182900390912082526020808301939093529081015f20815160608101835281548082526001909201546001600160401b03808216958301869052600160401b909104169201829052919a90995090975095505050505050565b5f610f548a61134d565b905084838114610f8c5760405162461bcd60e51b815260206004820152600360248201526245323360e81b6044820152606401610696565b805f03610fc15760405162461bcd60e51b8152602060048201526003602482015262114c8d60ea1b6044820152606401610696565b5f888152600883016020908152604091829020825160608101845290546001600160401b038082168352600160401b82041692820192909252600160801b90910460ff1615801592820192909252906110425760405162461bcd60e51b815260206004820152600360248201526245343360e81b6044820152606401610696565b5f89815260098401602052604080822090518290611063908f908f90611d5d565b604080519182900390912082526020820192909252015f2060018101549091506001600160401b0316156110bf5760405162461bcd60e51b815260206004820152600360248201526245323560e81b6044820152606401610696565b6001825f018181516110d19190611d6c565b6001600160401b03169052506020820180518491906110f1908390611d6c565b9150906001600160401b031690816001600160401b03168152505081846008015f8c81526020019081526020015f205f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f0160106101000a81548160ff02191690831515021790555090505084815f0181905550815f0151816001015f6101000a8154816001600160401b0302191690836001600160401b03160217905550828160010160086101000a8154816001600160401b0302191690836001600160401b03160217905550898d6001600160a01b03167fcbd08c0021940d15cc732c670afbb27d5170795ee3a4ba0e47368452fae58c5d8e8e4260405161123293929190611d8b565b60405180910390a350505050505050505050505050565b8061125383611609565b600101555050565b5f61126583611609565b9050815f036112865760405162461bcd60e51b815260040161069690611ce0565b5550565b611292611321565b600180546001600160a01b0383166001600160a01b031990911681179091556112c25f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6001600160a01b0381165f908152600360205260408120606091610b749160020190610b6b565b5f546001600160a01b03163314610c455760405163118cdaa760e01b8152336004820152602401610696565b6001600160a01b0381165f90815260026020526040812060030154610100900460ff166113a25760405162461bcd60e51b815260206004820152600360248201526222981960e91b6044820152606401610696565b506001600160a01b0381165f9081526003602052604090206113c760048201336116e1565b6113f95760405162461bcd60e51b8152602060048201526003602482015262114c0d60ea1b6044820152606401610696565b919050565b6020838101515f908152600b860182526040808220858352909252208054600160801b900460ff16156114595760405162461bcd60e51b815260206004820152600360248201526208a68760eb1b6044820152606401610696565b6001600160801b038211156114805760405162461bcd60e51b815260040161069690611ce0565b604084015182108015905f9082906114a557506080860151516001600160801b031615155b90508015611525578560800151602001516001600160801b03165f036114dd5760405162461bcd60e51b815260040161069690611ce0565b856080015160200180516114f090611dc2565b6001600160801b0316905260608601515f868152600c890160205260408120805490919061151f908490611de3565b90915550505b8254811515600160801b0270ffffffffffffffffffffffffffffffffff199091166001600160801b0386161717835581156115d457855f01516001600160a01b03167f3f80954353f9060121cb024ef2580d122fc250f7faad898ef5167aeef38f2b125f8789602001518561159a575f6115a0565b8a606001515b604080516001600160a01b039095168552602085019390935291830152606082015242608082015260a00160405180910390a25b50505050505050565b60605f6115e983611702565b9392505050565b600180546001600160a01b0319169055610c888161175b565b6001600160a01b0381165f9081526002602052604081206003810154610100900460ff1661165f5760405162461bcd60e51b815260206004820152600360248201526222981960e91b6044820152606401610696565b80546001600160a01b0316331461169e5760405162461bcd60e51b815260206004820152600360248201526245303360e81b6044820152606401610696565b50506001600160a01b03165f90815260036020526040902090565b5f6115e9836001600160a01b0384166117aa565b5f6115e9836001600160a01b03841661188d565b6001600160a01b0381165f90815260018301602052604081205415156115e9565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561174f57602002820191905f5260205f20905b81548152602001906001019080831161173b575b50505050509050919050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f8181526001830160205260408120548015611884575f6117cc600183611df6565b85549091505f906117df90600190611df6565b905080821461183e575f865f0182815481106117fd576117fd611d30565b905f5260205f200154905080875f01848154811061181d5761181d611d30565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061184f5761184f611e09565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610b74565b5f915050610b74565b5f8181526001830160205260408120546118d257508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610b74565b505f610b74565b6102e380611e1e83390190565b6001600160a01b0381168114610c88575f5ffd5b5f6020828403121561190a575f5ffd5b81356115e9816118e6565b5f5f60408385031215611926575f5ffd5b8235611931816118e6565b946020939093013593505050565b803560ff811681146113f9575f5ffd5b803580151581146113f9575f5ffd5b5f5f5f5f5f60a08688031215611972575f5ffd5b853561197d816118e6565b945061198b6020870161193f565b935060408601359250606086013591506119a76080870161194f565b90509295509295909350565b5f5f83601f8401126119c3575f5ffd5b5081356001600160401b038111156119d9575f5ffd5b6020830191508360208260051b8501011115610645575f5ffd5b5f5f5f5f5f5f5f60a0888a031215611a09575f5ffd5b8735611a14816118e6565b965060208801356001600160401b03811115611a2e575f5ffd5b611a3a8a828b016119b3565b90975095505060408801356001600160401b03811115611a58575f5ffd5b611a648a828b016119b3565b989b979a5095989597966060870135966080013595509350505050565b602080825282518282018190525f918401906040840190835b81811015611ac15783516001600160a01b0316835260209384019390920191600101611a9a565b509095945050505050565b5f5f5f60608486031215611ade575f5ffd5b8335611ae9816118e6565b95602085013595506040909401359392505050565b5f5f5f5f5f5f60808789031215611b13575f5ffd5b8635611b1e816118e6565b9550611b2c6020880161193f565b945060408701356001600160401b03811115611b46575f5ffd5b611b5289828a016119b3565b90955093505060608701356001600160401b03811115611b70575f5ffd5b611b7c89828a016119b3565b979a9699509497509295939492505050565b5f5f83601f840112611b9e575f5ffd5b5081356001600160401b03811115611bb4575f5ffd5b602083019150836020828501011115610645575f5ffd5b5f5f5f5f60608587031215611bde575f5ffd5b8435611be9816118e6565b93506020850135925060408501356001600160401b03811115611c0a575f5ffd5b611c1687828801611b8e565b95989497509550505050565b5f5f5f5f5f5f5f5f5f60c08a8c031215611c3a575f5ffd5b8935611c45816118e6565b985060208a01356001600160401b03811115611c5f575f5ffd5b611c6b8c828d01611b8e565b90995097505060408a0135955060608a01356001600160401b03811115611c90575f5ffd5b611c9c8c828d016119b3565b90965094505060808a01356001600160401b03811115611cba575f5ffd5b611cc68c828d016119b3565b9a9d999c50979a9699959894979660a00135949350505050565b60208082526003908201526245343560e81b604082015260600190565b634e487b7160e01b5f52601160045260245ffd5b5f82611d2b57634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611d54575f5ffd5b6115e98261194f565b818382375f9101908152919050565b6001600160401b038181168382160190811115610b7457610b74611cfd565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b5f6001600160801b03821680611dda57611dda611cfd565b5f190192915050565b80820180821115610b7457610b74611cfd565b81810381811115610b7457610b74611cfd565b634e487b7160e01b5f52603160045260245ffdfe610140604052348015610010575f5ffd5b506040516102e33803806102e383398101604081905261002f9161005c565b336080526001600160a01b039490941660a05260ff90921660c05260e052610100521515610120526100ce565b5f5f5f5f5f60a08688031215610070575f5ffd5b85516001600160a01b0381168114610086575f5ffd5b602087015190955060ff8116811461009c575f5ffd5b604087015160608801516080890151929650909450925080151581146100c0575f5ffd5b809150509295509295909350565b60805160a05160c05160e05161010051610120516101d16101125f395f60ad01525f60e401525f61015201525f61011901525f61017901525f606901526101d15ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80630b88f3a2146100645780632d46247b146100a8578063351b6155146100df578063626560031461011457806374be21501461014d5780638da5cb5b14610174575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100cf7f000000000000000000000000000000000000000000000000000000000000000081565b604051901515815260200161009f565b6101067f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161009f565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff909116815260200161009f565b6101067f000000000000000000000000000000000000000000000000000000000000000081565b61008b7f00000000000000000000000000000000000000000000000000000000000000008156fea2646970667358221220710f310e118d4684afb38f409c5214aacb6b5691e020cab2fb0999179e47a64f64736f6c634300081e0033a2646970667358221220ca8a6b795ada5149569d0b14251b778499eaf6437659af2231207123b02e3c0064736f6c634300081e0033",
}

// PowerloomProtocolStateABI is the input ABI used to generate the binding from.
// Deprecated: Use PowerloomProtocolStateMetaData.ABI instead.
var PowerloomProtocolStateABI = PowerloomProtocolStateMetaData.ABI

// PowerloomProtocolStateBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PowerloomProtocolStateMetaData.Bin instead.
var PowerloomProtocolStateBin = PowerloomProtocolStateMetaData.Bin

// DeployPowerloomProtocolState deploys a new Ethereum contract, binding an instance of PowerloomProtocolState to it.
func DeployPowerloomProtocolState(auth *bind.TransactOpts, backend bind.ContractBackend, initialOwner common.Address) (common.Address, *types.Transaction, *PowerloomProtocolState, error) {
	parsed, err := PowerloomProtocolStateMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PowerloomProtocolStateBin), backend, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PowerloomProtocolState{PowerloomProtocolStateCaller: PowerloomProtocolStateCaller{contract: contract}, PowerloomProtocolStateTransactor: PowerloomProtocolStateTransactor{contract: contract}, PowerloomProtocolStateFilterer: PowerloomProtocolStateFilterer{contract: contract}}, nil
}

// PowerloomProtocolState is an auto generated Go binding around an Ethereum contract.
type PowerloomProtocolState struct {
	PowerloomProtocolStateCaller     // Read-only binding to the contract
	PowerloomProtocolStateTransactor // Write-only binding to the contract
	PowerloomProtocolStateFilterer   // Log filterer for contract events
}

// PowerloomProtocolStateCaller is an auto generated read-only Go binding around an Ethereum contract.
type PowerloomProtocolStateCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PowerloomProtocolStateTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PowerloomProtocolStateTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PowerloomProtocolStateFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PowerloomProtocolStateFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PowerloomProtocolStateSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PowerloomProtocolStateSession struct {
	Contract     *PowerloomProtocolState // Generic contract binding to set the session for
	CallOpts     bind.CallOpts           // Call options to use throughout this session
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// PowerloomProtocolStateCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PowerloomProtocolStateCallerSession struct {
	Contract *PowerloomProtocolStateCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                 // Call options to use throughout this session
}

// PowerloomProtocolStateTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PowerloomProtocolStateTransactorSession struct {
	Contract     *PowerloomProtocolStateTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                 // Transaction auth options to use throughout this session
}

// PowerloomProtocolStateRaw is an auto generated low-level Go binding around an Ethereum contract.
type PowerloomProtocolStateRaw struct {
	Contract *PowerloomProtocolState // Generic contract binding to access the raw methods on
}

// PowerloomProtocolStateCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PowerloomProtocolStateCallerRaw struct {
	Contract *PowerloomProtocolStateCaller // Generic read-only contract binding to access the raw methods on
}

// PowerloomProtocolStateTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PowerloomProtocolStateTransactorRaw struct {
	Contract *PowerloomProtocolStateTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPowerloomProtocolState creates a new instance of PowerloomProtocolState, bound to a specific deployed contract.
func NewPowerloomProtocolState(address common.Address, backend bind.ContractBackend) (*PowerloomProtocolState, error) {
	contract, err := bindPowerloomProtocolState(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolState{PowerloomProtocolStateCaller: PowerloomProtocolStateCaller{contract: contract}, PowerloomProtocolStateTransactor: PowerloomProtocolStateTransactor{contract: contract}, PowerloomProtocolStateFilterer: PowerloomProtocolStateFilterer{contract: contract}}, nil
}

// NewPowerloomProtocolStateCaller creates a new read-only instance of PowerloomProtocolState, bound to a specific deployed contract.
func NewPowerloomProtocolStateCaller(address common.Address, caller bind.ContractCaller) (*PowerloomProtocolStateCaller, error) {
	contract, err := bindPowerloomProtocolState(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateCaller{contract: contract}, nil
}

// NewPowerloomProtocolStateTransactor creates a new write-only instance of PowerloomProtocolState, bound to a specific deployed contract.
func NewPowerloomProtocolStateTransactor(address common.Address, transactor bind.ContractTransactor) (*PowerloomProtocolStateTransactor, error) {
	contract, err := bindPowerloomProtocolState(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateTransactor{contract: contract}, nil
}

// NewPowerloomProtocolStateFilterer creates a new log filterer instance of PowerloomProtocolState, bound to a specific deployed contract.
func NewPowerloomProtocolStateFilterer(address common.Address, filterer bind.ContractFilterer) (*PowerloomProtocolStateFilterer, error) {
	contract, err := bindPowerloomProtocolState(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateFilterer{contract: contract}, nil
}

// bindPowerloomProtocolState binds a generic wrapper to an already deployed contract.
func bindPowerloomProtocolState(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PowerloomProtocolStateMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PowerloomProtocolState *PowerloomProtocolStateRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PowerloomProtocolState.Contract.PowerloomProtocolStateCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PowerloomProtocolState *PowerloomProtocolStateRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.PowerloomProtocolStateTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PowerloomProtocolState *PowerloomProtocolStateRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.PowerloomProtocolStateTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PowerloomProtocolState *PowerloomProtocolStateCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PowerloomProtocolState.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.contract.Transact(opts, method, params...)
}

// BatchSubmission is a free data retrieval call binding the contract method 0xa4afd0dc.
//
// Solidity: function batchSubmission(address dataMarket, uint256 epochId, string batchCid) view returns(uint256 number, uint256 projectCount, bytes32 finalizedCidsRootHash)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) BatchSubmission(opts *bind.CallOpts, dataMarket common.Address, epochId *big.Int, batchCid string) (struct {
	Number                *big.Int
	ProjectCount          *big.Int
	FinalizedCidsRootHash [32]byte
}, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "batchSubmission", dataMarket, epochId, batchCid)

	outstruct := new(struct {
		Number                *big.Int
		ProjectCount          *big.Int
		FinalizedCidsRootHash [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Number = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.ProjectCount = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.FinalizedCidsRootHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// BatchSubmission is a free data retrieval call binding the contract method 0xa4afd0dc.
//
// Solidity: function batchSubmission(address dataMarket, uint256 epochId, string batchCid) view returns(uint256 number, uint256 projectCount, bytes32 finalizedCidsRootHash)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) BatchSubmission(dataMarket common.Address, epochId *big.Int, batchCid string) (struct {
	Number                *big.Int
	ProjectCount          *big.Int
	FinalizedCidsRootHash [32]byte
}, error) {
	return _PowerloomProtocolState.Contract.BatchSubmission(&_PowerloomProtocolState.CallOpts, dataMarket, epochId, batchCid)
}

// BatchSubmission is a free data retrieval call binding the contract method 0xa4afd0dc.
//
// Solidity: function batchSubmission(address dataMarket, uint256 epochId, string batchCid) view returns(uint256 number, uint256 projectCount, bytes32 finalizedCidsRootHash)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) BatchSubmission(dataMarket common.Address, epochId *big.Int, batchCid string) (struct {
	Number                *big.Int
	ProjectCount          *big.Int
	FinalizedCidsRootHash [32]byte
}, error) {
	return _PowerloomProtocolState.Contract.BatchSubmission(&_PowerloomProtocolState.CallOpts, dataMarket, epochId, batchCid)
}

// CheckSlotTaskStatusForDay is a free data retrieval call binding the contract method 0xc00d0f9c.
//
// Solidity: function checkSlotTaskStatusForDay(address dataMarket, uint256 slotId, uint256 day) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) CheckSlotTaskStatusForDay(opts *bind.CallOpts, dataMarket common.Address, slotId *big.Int, day *big.Int) (bool, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "checkSlotTaskStatusForDay", dataMarket, slotId, day)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CheckSlotTaskStatusForDay is a free data retrieval call binding the contract method 0xc00d0f9c.
//
// Solidity: function checkSlotTaskStatusForDay(address dataMarket, uint256 slotId, uint256 day) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) CheckSlotTaskStatusForDay(dataMarket common.Address, slotId *big.Int, day *big.Int) (bool, error) {
	return _PowerloomProtocolState.Contract.CheckSlotTaskStatusForDay(&_PowerloomProtocolState.CallOpts, dataMarket, slotId, day)
}

// CheckSlotTaskStatusForDay is a free data retrieval call binding the contract method 0xc00d0f9c.
//
// Solidity: function checkSlotTaskStatusForDay(address dataMarket, uint256 slotId, uint256 day) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) CheckSlotTaskStatusForDay(dataMarket common.Address, slotId *big.Int, day *big.Int) (bool, error) {
	return _PowerloomProtocolState.Contract.CheckSlotTaskStatusForDay(&_PowerloomProtocolState.CallOpts, dataMarket, slotId, day)
}

// DailySnapshotQuota is a free data retrieval call binding the contract method 0x095cb210.
//
// Solidity: function dailySnapshotQuota(address dataMarket) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) DailySnapshotQuota(opts *bind.CallOpts, dataMarket common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "dailySnapshotQuota", dataMarket)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DailySnapshotQuota is a free data retrieval call binding the contract method 0x095cb210.
//
// Solidity: function dailySnapshotQuota(address dataMarket) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) DailySnapshotQuota(dataMarket common.Address) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.DailySnapshotQuota(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// DailySnapshotQuota is a free data retrieval call binding the contract method 0x095cb210.
//
// Solidity: function dailySnapshotQuota(address dataMarket) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) DailySnapshotQuota(dataMarket common.Address) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.DailySnapshotQuota(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// DataMarketEnabled is a free data retrieval call binding the contract method 0x75fd5c7c.
//
// Solidity: function dataMarketEnabled(address dataMarketAddress) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) DataMarketEnabled(opts *bind.CallOpts, dataMarketAddress common.Address) (bool, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "dataMarketEnabled", dataMarketAddress)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// DataMarketEnabled is a free data retrieval call binding the contract method 0x75fd5c7c.
//
// Solidity: function dataMarketEnabled(address dataMarketAddress) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) DataMarketEnabled(dataMarketAddress common.Address) (bool, error) {
	return _PowerloomProtocolState.Contract.DataMarketEnabled(&_PowerloomProtocolState.CallOpts, dataMarketAddress)
}

// DataMarketEnabled is a free data retrieval call binding the contract method 0x75fd5c7c.
//
// Solidity: function dataMarketEnabled(address dataMarketAddress) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) DataMarketEnabled(dataMarketAddress common.Address) (bool, error) {
	return _PowerloomProtocolState.Contract.DataMarketEnabled(&_PowerloomProtocolState.CallOpts, dataMarketAddress)
}

// DataMarkets is a free data retrieval call binding the contract method 0x5f9abf70.
//
// Solidity: function dataMarkets(address dataMarket) view returns(address ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId, bool enabled, address dataMarketAddress, uint256 createdAt)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) DataMarkets(opts *bind.CallOpts, dataMarket common.Address) (struct {
	OwnerAddress            common.Address
	EpochSize               uint8
	SourceChainId           *big.Int
	SourceChainBlockTime    *big.Int
	UseBlockNumberAsEpochId bool
	Enabled                 bool
	DataMarketAddress       common.Address
	CreatedAt               *big.Int
}, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "dataMarkets", dataMarket)

	outstruct := new(struct {
		OwnerAddress            common.Address
		EpochSize               uint8
		SourceChainId           *big.Int
		SourceChainBlockTime    *big.Int
		UseBlockNumberAsEpochId bool
		Enabled                 bool
		DataMarketAddress       common.Address
		CreatedAt               *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.OwnerAddress = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.EpochSize = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.SourceChainId = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.SourceChainBlockTime = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.UseBlockNumberAsEpochId = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.Enabled = *abi.ConvertType(out[5], new(bool)).(*bool)
	outstruct.DataMarketAddress = *abi.ConvertType(out[6], new(common.Address)).(*common.Address)
	outstruct.CreatedAt = *abi.ConvertType(out[7], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// DataMarkets is a free data retrieval call binding the contract method 0x5f9abf70.
//
// Solidity: function dataMarkets(address dataMarket) view returns(address ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId, bool enabled, address dataMarketAddress, uint256 createdAt)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) DataMarkets(dataMarket common.Address) (struct {
	OwnerAddress            common.Address
	EpochSize               uint8
	SourceChainId           *big.Int
	SourceChainBlockTime    *big.Int
	UseBlockNumberAsEpochId bool
	Enabled                 bool
	DataMarketAddress       common.Address
	CreatedAt               *big.Int
}, error) {
	return _PowerloomProtocolState.Contract.DataMarkets(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// DataMarkets is a free data retrieval call binding the contract method 0x5f9abf70.
//
// Solidity: function dataMarkets(address dataMarket) view returns(address ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId, bool enabled, address dataMarketAddress, uint256 createdAt)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) DataMarkets(dataMarket common.Address) (struct {
	OwnerAddress            common.Address
	EpochSize               uint8
	SourceChainId           *big.Int
	SourceChainBlockTime    *big.Int
	UseBlockNumberAsEpochId bool
	Enabled                 bool
	DataMarketAddress       common.Address
	CreatedAt               *big.Int
}, error) {
	return _PowerloomProtocolState.Contract.DataMarkets(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// EpochSubmissions is a free data retrieval call binding the contract method 0x3270e5de.
//
// Solidity: function epochSubmissions(address dataMarket, uint256 epochId) view returns(uint256 batchCount, uint256 projectCount, bool batchSubmissionsCompleted)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) EpochSubmissions(opts *bind.CallOpts, dataMarket common.Address, epochId *big.Int) (struct {
	BatchCount                *big.Int
	ProjectCount              *big.Int
	BatchSubmissionsCompleted bool
}, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "epochSubmissions", dataMarket, epochId)

	outstruct := new(struct {
		BatchCount                *big.Int
		ProjectCount              *big.Int
		BatchSubmissionsCompleted bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.BatchCount = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.ProjectCount = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.BatchSubmissionsCompleted = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// EpochSubmissions is a free data retrieval call binding the contract method 0x3270e5de.
//
// Solidity: function epochSubmissions(address dataMarket, uint256 epochId) view returns(uint256 batchCount, uint256 projectCount, bool batchSubmissionsCompleted)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) EpochSubmissions(dataMarket common.Address, epochId *big.Int) (struct {
	BatchCount                *big.Int
	ProjectCount              *big.Int
	BatchSubmissionsCompleted bool
}, error) {
	return _PowerloomProtocolState.Contract.EpochSubmissions(&_PowerloomProtocolState.CallOpts, dataMarket, epochId)
}

// EpochSubmissions is a free data retrieval call binding the contract method 0x3270e5de.
//
// Solidity: function epochSubmissions(address dataMarket, uint256 epochId) view returns(uint256 batchCount, uint256 projectCount, bool batchSubmissionsCompleted)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) EpochSubmissions(dataMarket common.Address, epochId *big.Int) (struct {
	BatchCount                *big.Int
	ProjectCount              *big.Int
	BatchSubmissionsCompleted bool
}, error) {
	return _PowerloomProtocolState.Contract.EpochSubmissions(&_PowerloomProtocolState.CallOpts, dataMarket, epochId)
}

// GetSequencers is a free data retrieval call binding the contract method 0x6b0ad9ac.
//
// Solidity: function getSequencers(address dataMarket) view returns(address[])
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) GetSequencers(opts *bind.CallOpts, dataMarket common.Address) ([]common.Address, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "getSequencers", dataMarket)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetSequencers is a free data retrieval call binding the contract method 0x6b0ad9ac.
//
// Solidity: function getSequencers(address dataMarket) view returns(address[])
func (_PowerloomProtocolState *PowerloomProtocolStateSession) GetSequencers(dataMarket common.Address) ([]common.Address, error) {
	return _PowerloomProtocolState.Contract.GetSequencers(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// GetSequencers is a free data retrieval call binding the contract method 0x6b0ad9ac.
//
// Solidity: function getSequencers(address dataMarket) view returns(address[])
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) GetSequencers(dataMarket common.Address) ([]common.Address, error) {
	return _PowerloomProtocolState.Contract.GetSequencers(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// GetValidators is a free data retrieval call binding the contract method 0xff8744a6.
//
// Solidity: function getValidators(address dataMarket) view returns(address[])
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) GetValidators(opts *bind.CallOpts, dataMarket common.Address) ([]common.Address, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "getValidators", dataMarket)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetValidators is a free data retrieval call binding the contract method 0xff8744a6.
//
// Solidity: function getValidators(address dataMarket) view returns(address[])
func (_PowerloomProtocolState *PowerloomProtocolStateSession) GetValidators(dataMarket common.Address) ([]common.Address, error) {
	return _PowerloomProtocolState.Contract.GetValidators(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// GetValidators is a free data retrieval call binding the contract method 0xff8744a6.
//
// Solidity: function getValidators(address dataMarket) view returns(address[])
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) GetValidators(dataMarket common.Address) ([]common.Address, error) {
	return _PowerloomProtocolState.Contract.GetValidators(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) Owner() (common.Address, error) {
	return _PowerloomProtocolState.Contract.Owner(&_PowerloomProtocolState.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) Owner() (common.Address, error) {
	return _PowerloomProtocolState.Contract.Owner(&_PowerloomProtocolState.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) PendingOwner() (common.Address, error) {
	return _PowerloomProtocolState.Contract.PendingOwner(&_PowerloomProtocolState.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) PendingOwner() (common.Address, error) {
	return _PowerloomProtocolState.Contract.PendingOwner(&_PowerloomProtocolState.CallOpts)
}

// RewardDay is a free data retrieval call binding the contract method 0x0c89e2ec.
//
// Solidity: function rewardDay(address dataMarket, uint256 day) view returns(uint256 eligibleNodes, uint256 slotsRemainingToBeRewarded)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) RewardDay(opts *bind.CallOpts, dataMarket common.Address, day *big.Int) (struct {
	EligibleNodes              *big.Int
	SlotsRemainingToBeRewarded *big.Int
}, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "rewardDay", dataMarket, day)

	outstruct := new(struct {
		EligibleNodes              *big.Int
		SlotsRemainingToBeRewarded *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.EligibleNodes = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.SlotsRemainingToBeRewarded = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// RewardDay is a free data retrieval call binding the contract method 0x0c89e2ec.
//
// Solidity: function rewardDay(address dataMarket, uint256 day) view returns(uint256 eligibleNodes, uint256 slotsRemainingToBeRewarded)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) RewardDay(dataMarket common.Address, day *big.Int) (struct {
	EligibleNodes              *big.Int
	SlotsRemainingToBeRewarded *big.Int
}, error) {
	return _PowerloomProtocolState.Contract.RewardDay(&_PowerloomProtocolState.CallOpts, dataMarket, day)
}

// RewardDay is a free data retrieval call binding the contract method 0x0c89e2ec.
//
// Solidity: function rewardDay(address dataMarket, uint256 day) view returns(uint256 eligibleNodes, uint256 slotsRemainingToBeRewarded)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) RewardDay(dataMarket common.Address, day *big.Int) (struct {
	EligibleNodes              *big.Int
	SlotsRemainingToBeRewarded *big.Int
}, error) {
	return _PowerloomProtocolState.Contract.RewardDay(&_PowerloomProtocolState.CallOpts, dataMarket, day)
}

// RewardPoolSize is a free data retrieval call binding the contract method 0x5350fa81.
//
// Solidity: function rewardPoolSize(address dataMarket) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) RewardPoolSize(opts *bind.CallOpts, dataMarket common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "rewardPoolSize", dataMarket)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RewardPoolSize is a free data retrieval call binding the contract method 0x5350fa81.
//
// Solidity: function rewardPoolSize(address dataMarket) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) RewardPoolSize(dataMarket common.Address) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.RewardPoolSize(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// RewardPoolSize is a free data retrieval call binding the contract method 0x5350fa81.
//
// Solidity: function rewardPoolSize(address dataMarket) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) RewardPoolSize(dataMarket common.Address) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.RewardPoolSize(&_PowerloomProtocolState.CallOpts, dataMarket)
}

// SlotRewardPoints is a free data retrieval call binding the contract method 0x9a2458a6.
//
// Solidity: function slotRewardPoints(address dataMarket, uint256 slotId) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) SlotRewardPoints(opts *bind.CallOpts, dataMarket common.Address, slotId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "slotRewardPoints", dataMarket, slotId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlotRewardPoints is a free data retrieval call binding the contract method 0x9a2458a6.
//
// Solidity: function slotRewardPoints(address dataMarket, uint256 slotId) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) SlotRewardPoints(dataMarket common.Address, slotId *big.Int) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.SlotRewardPoints(&_PowerloomProtocolState.CallOpts, dataMarket, slotId)
}

// SlotRewardPoints is a free data retrieval call binding the contract method 0x9a2458a6.
//
// Solidity: function slotRewardPoints(address dataMarket, uint256 slotId) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) SlotRewardPoints(dataMarket common.Address, slotId *big.Int) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.SlotRewardPoints(&_PowerloomProtocolState.CallOpts, dataMarket, slotId)
}

// SlotRewardsDistributedStatus is a free data retrieval call binding the contract method 0x8d9004ee.
//
// Solidity: function slotRewardsDistributedStatus(address dataMarket, uint256 day, uint256 slotId) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) SlotRewardsDistributedStatus(opts *bind.CallOpts, dataMarket common.Address, day *big.Int, slotId *big.Int) (bool, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "slotRewardsDistributedStatus", dataMarket, day, slotId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SlotRewardsDistributedStatus is a free data retrieval call binding the contract method 0x8d9004ee.
//
// Solidity: function slotRewardsDistributedStatus(address dataMarket, uint256 day, uint256 slotId) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) SlotRewardsDistributedStatus(dataMarket common.Address, day *big.Int, slotId *big.Int) (bool, error) {
	return _PowerloomProtocolState.Contract.SlotRewardsDistributedStatus(&_PowerloomProtocolState.CallOpts, dataMarket, day, slotId)
}

// SlotRewardsDistributedStatus is a free data retrieval call binding the contract method 0x8d9004ee.
//
// Solidity: function slotRewardsDistributedStatus(address dataMarket, uint256 day, uint256 slotId) view returns(bool)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) SlotRewardsDistributedStatus(dataMarket common.Address, day *big.Int, slotId *big.Int) (bool, error) {
	return _PowerloomProtocolState.Contract.SlotRewardsDistributedStatus(&_PowerloomProtocolState.CallOpts, dataMarket, day, slotId)
}

// SlotSubmissionCount is a free data retrieval call binding the contract method 0x7f9ee950.
//
// Solidity: function slotSubmissionCount(address dataMarket, uint256 slotId, uint256 dayId) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCaller) SlotSubmissionCount(opts *bind.CallOpts, dataMarket common.Address, slotId *big.Int, dayId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _PowerloomProtocolState.contract.Call(opts, &out, "slotSubmissionCount", dataMarket, slotId, dayId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlotSubmissionCount is a free data retrieval call binding the contract method 0x7f9ee950.
//
// Solidity: function slotSubmissionCount(address dataMarket, uint256 slotId, uint256 dayId) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) SlotSubmissionCount(dataMarket common.Address, slotId *big.Int, dayId *big.Int) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.SlotSubmissionCount(&_PowerloomProtocolState.CallOpts, dataMarket, slotId, dayId)
}

// SlotSubmissionCount is a free data retrieval call binding the contract method 0x7f9ee950.
//
// Solidity: function slotSubmissionCount(address dataMarket, uint256 slotId, uint256 dayId) view returns(uint256)
func (_PowerloomProtocolState *PowerloomProtocolStateCallerSession) SlotSubmissionCount(dataMarket common.Address, slotId *big.Int, dayId *big.Int) (*big.Int, error) {
	return _PowerloomProtocolState.Contract.SlotSubmissionCount(&_PowerloomProtocolState.CallOpts, dataMarket, slotId, dayId)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) AcceptOwnership() (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.AcceptOwnership(&_PowerloomProtocolState.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.AcceptOwnership(&_PowerloomProtocolState.TransactOpts)
}

// CreateDataMarket is a paid mutator transaction binding the contract method 0x1dbc586b.
//
// Solidity: function createDataMarket(address ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId) returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) CreateDataMarket(opts *bind.TransactOpts, ownerAddress common.Address, epochSize uint8, sourceChainId *big.Int, sourceChainBlockTime *big.Int, useBlockNumberAsEpochId bool) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "createDataMarket", ownerAddress, epochSize, sourceChainId, sourceChainBlockTime, useBlockNumberAsEpochId)
}

// CreateDataMarket is a paid mutator transaction binding the contract method 0x1dbc586b.
//
// Solidity: function createDataMarket(address ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId) returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateSession) CreateDataMarket(ownerAddress common.Address, epochSize uint8, sourceChainId *big.Int, sourceChainBlockTime *big.Int, useBlockNumberAsEpochId bool) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.CreateDataMarket(&_PowerloomProtocolState.TransactOpts, ownerAddress, epochSize, sourceChainId, sourceChainBlockTime, useBlockNumberAsEpochId)
}

// CreateDataMarket is a paid mutator transaction binding the contract method 0x1dbc586b.
//
// Solidity: function createDataMarket(address ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId) returns(address)
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) CreateDataMarket(ownerAddress common.Address, epochSize uint8, sourceChainId *big.Int, sourceChainBlockTime *big.Int, useBlockNumberAsEpochId bool) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.CreateDataMarket(&_PowerloomProtocolState.TransactOpts, ownerAddress, epochSize, sourceChainId, sourceChainBlockTime, useBlockNumberAsEpochId)
}

// EndBatchSubmissions is a paid mutator transaction binding the contract method 0x6ee55d73.
//
// Solidity: function endBatchSubmissions(address dataMarket, uint256 epochId) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) EndBatchSubmissions(opts *bind.TransactOpts, dataMarket common.Address, epochId *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "endBatchSubmissions", dataMarket, epochId)
}

// EndBatchSubmissions is a paid mutator transaction binding the contract method 0x6ee55d73.
//
// Solidity: function endBatchSubmissions(address dataMarket, uint256 epochId) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) EndBatchSubmissions(dataMarket common.Address, epochId *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.EndBatchSubmissions(&_PowerloomProtocolState.TransactOpts, dataMarket, epochId)
}

// EndBatchSubmissions is a paid mutator transaction binding the contract method 0x6ee55d73.
//
// Solidity: function endBatchSubmissions(address dataMarket, uint256 epochId) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) EndBatchSubmissions(dataMarket common.Address, epochId *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.EndBatchSubmissions(&_PowerloomProtocolState.TransactOpts, dataMarket, epochId)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) RenounceOwnership() (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.RenounceOwnership(&_PowerloomProtocolState.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.RenounceOwnership(&_PowerloomProtocolState.TransactOpts)
}

// SubmitSubmissionBatch is a paid mutator transaction binding the contract method 0xcf396cbf.
//
// Solidity: function submitSubmissionBatch(address dataMarket, string batchCid, uint256 epochId, string[] projectIds, string[] snapshotCids, bytes32 finalizedCidsRootHash) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) SubmitSubmissionBatch(opts *bind.TransactOpts, dataMarket common.Address, batchCid string, epochId *big.Int, projectIds []string, snapshotCids []string, finalizedCidsRootHash [32]byte) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "submitSubmissionBatch", dataMarket, batchCid, epochId, projectIds, snapshotCids, finalizedCidsRootHash)
}

// SubmitSubmissionBatch is a paid mutator transaction binding the contract method 0xcf396cbf.
//
// Solidity: function submitSubmissionBatch(address dataMarket, string batchCid, uint256 epochId, string[] projectIds, string[] snapshotCids, bytes32 finalizedCidsRootHash) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) SubmitSubmissionBatch(dataMarket common.Address, batchCid string, epochId *big.Int, projectIds []string, snapshotCids []string, finalizedCidsRootHash [32]byte) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.SubmitSubmissionBatch(&_PowerloomProtocolState.TransactOpts, dataMarket, batchCid, epochId, projectIds, snapshotCids, finalizedCidsRootHash)
}

// SubmitSubmissionBatch is a paid mutator transaction binding the contract method 0xcf396cbf.
//
// Solidity: function submitSubmissionBatch(address dataMarket, string batchCid, uint256 epochId, string[] projectIds, string[] snapshotCids, bytes32 finalizedCidsRootHash) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) SubmitSubmissionBatch(dataMarket common.Address, batchCid string, epochId *big.Int, projectIds []string, snapshotCids []string, finalizedCidsRootHash [32]byte) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.SubmitSubmissionBatch(&_PowerloomProtocolState.TransactOpts, dataMarket, batchCid, epochId, projectIds, snapshotCids, finalizedCidsRootHash)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.TransferOwnership(&_PowerloomProtocolState.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.TransferOwnership(&_PowerloomProtocolState.TransactOpts, newOwner)
}

// UpdateAddresses is a paid mutator transaction binding the contract method 0x8d3bcb5a.
//
// Solidity: function updateAddresses(address dataMarket, uint8 role, address[] _addresses, bool[] _status) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) UpdateAddresses(opts *bind.TransactOpts, dataMarket common.Address, role uint8, _addresses []common.Address, _status []bool) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "updateAddresses", dataMarket, role, _addresses, _status)
}

// UpdateAddresses is a paid mutator transaction binding the contract method 0x8d3bcb5a.
//
// Solidity: function updateAddresses(address dataMarket, uint8 role, address[] _addresses, bool[] _status) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) UpdateAddresses(dataMarket common.Address, role uint8, _addresses []common.Address, _status []bool) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateAddresses(&_PowerloomProtocolState.TransactOpts, dataMarket, role, _addresses, _status)
}

// UpdateAddresses is a paid mutator transaction binding the contract method 0x8d3bcb5a.
//
// Solidity: function updateAddresses(address dataMarket, uint8 role, address[] _addresses, bool[] _status) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) UpdateAddresses(dataMarket common.Address, role uint8, _addresses []common.Address, _status []bool) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateAddresses(&_PowerloomProtocolState.TransactOpts, dataMarket, role, _addresses, _status)
}

// UpdateDailySnapshotQuota is a paid mutator transaction binding the contract method 0xeb4c8b89.
//
// Solidity: function updateDailySnapshotQuota(address dataMarket, uint256 _dailySnapshotQuota) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) UpdateDailySnapshotQuota(opts *bind.TransactOpts, dataMarket common.Address, _dailySnapshotQuota *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "updateDailySnapshotQuota", dataMarket, _dailySnapshotQuota)
}

// UpdateDailySnapshotQuota is a paid mutator transaction binding the contract method 0xeb4c8b89.
//
// Solidity: function updateDailySnapshotQuota(address dataMarket, uint256 _dailySnapshotQuota) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) UpdateDailySnapshotQuota(dataMarket common.Address, _dailySnapshotQuota *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateDailySnapshotQuota(&_PowerloomProtocolState.TransactOpts, dataMarket, _dailySnapshotQuota)
}

// UpdateDailySnapshotQuota is a paid mutator transaction binding the contract method 0xeb4c8b89.
//
// Solidity: function updateDailySnapshotQuota(address dataMarket, uint256 _dailySnapshotQuota) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) UpdateDailySnapshotQuota(dataMarket common.Address, _dailySnapshotQuota *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateDailySnapshotQuota(&_PowerloomProtocolState.TransactOpts, dataMarket, _dailySnapshotQuota)
}

// UpdateRewardPoolSize is a paid mutator transaction binding the contract method 0xd9ad5d2e.
//
// Solidity: function updateRewardPoolSize(address dataMarket, uint256 newRewardPoolSize) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) UpdateRewardPoolSize(opts *bind.TransactOpts, dataMarket common.Address, newRewardPoolSize *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "updateRewardPoolSize", dataMarket, newRewardPoolSize)
}

// UpdateRewardPoolSize is a paid mutator transaction binding the contract method 0xd9ad5d2e.
//
// Solidity: function updateRewardPoolSize(address dataMarket, uint256 newRewardPoolSize) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) UpdateRewardPoolSize(dataMarket common.Address, newRewardPoolSize *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateRewardPoolSize(&_PowerloomProtocolState.TransactOpts, dataMarket, newRewardPoolSize)
}

// UpdateRewardPoolSize is a paid mutator transaction binding the contract method 0xd9ad5d2e.
//
// Solidity: function updateRewardPoolSize(address dataMarket, uint256 newRewardPoolSize) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) UpdateRewardPoolSize(dataMarket common.Address, newRewardPoolSize *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateRewardPoolSize(&_PowerloomProtocolState.TransactOpts, dataMarket, newRewardPoolSize)
}

// UpdateRewards is a paid mutator transaction binding the contract method 0x68af906d.
//
// Solidity: function updateRewards(address dataMarket, uint256[] slotIds, uint256[] submissionsList, uint256 day, uint256 eligibleNodes) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactor) UpdateRewards(opts *bind.TransactOpts, dataMarket common.Address, slotIds []*big.Int, submissionsList []*big.Int, day *big.Int, eligibleNodes *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.contract.Transact(opts, "updateRewards", dataMarket, slotIds, submissionsList, day, eligibleNodes)
}

// UpdateRewards is a paid mutator transaction binding the contract method 0x68af906d.
//
// Solidity: function updateRewards(address dataMarket, uint256[] slotIds, uint256[] submissionsList, uint256 day, uint256 eligibleNodes) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateSession) UpdateRewards(dataMarket common.Address, slotIds []*big.Int, submissionsList []*big.Int, day *big.Int, eligibleNodes *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateRewards(&_PowerloomProtocolState.TransactOpts, dataMarket, slotIds, submissionsList, day, eligibleNodes)
}

// UpdateRewards is a paid mutator transaction binding the contract method 0x68af906d.
//
// Solidity: function updateRewards(address dataMarket, uint256[] slotIds, uint256[] submissionsList, uint256 day, uint256 eligibleNodes) returns()
func (_PowerloomProtocolState *PowerloomProtocolStateTransactorSession) UpdateRewards(dataMarket common.Address, slotIds []*big.Int, submissionsList []*big.Int, day *big.Int, eligibleNodes *big.Int) (*types.Transaction, error) {
	return _PowerloomProtocolState.Contract.UpdateRewards(&_PowerloomProtocolState.TransactOpts, dataMarket, slotIds, submissionsList, day, eligibleNodes)
}

// PowerloomProtocolStateAdminsUpdatedIterator is returned from FilterAdminsUpdated and is used to iterate over the raw logs and unpacked data for AdminsUpdated events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateAdminsUpdatedIterator struct {
	Event *PowerloomProtocolStateAdminsUpdated // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateAdminsUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateAdminsUpdated)
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
		it.Event = new(PowerloomProtocolStateAdminsUpdated)
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
func (it *PowerloomProtocolStateAdminsUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateAdminsUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateAdminsUpdated represents a AdminsUpdated event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateAdminsUpdated struct {
	DataMarketAddress common.Address
	AdminAddress      common.Address
	Allowed           bool
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterAdminsUpdated is a free log retrieval operation binding the contract event 0xcde1efc8de533d8d3476a1e5f7423ea506a579776fc27e7d5f963f6c6018ca39.
//
// Solidity: event AdminsUpdated(address indexed dataMarketAddress, address adminAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterAdminsUpdated(opts *bind.FilterOpts, dataMarketAddress []common.Address) (*PowerloomProtocolStateAdminsUpdatedIterator, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "AdminsUpdated", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateAdminsUpdatedIterator{contract: _PowerloomProtocolState.contract, event: "AdminsUpdated", logs: logs, sub: sub}, nil
}

// WatchAdminsUpdated is a free log subscription operation binding the contract event 0xcde1efc8de533d8d3476a1e5f7423ea506a579776fc27e7d5f963f6c6018ca39.
//
// Solidity: event AdminsUpdated(address indexed dataMarketAddress, address adminAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchAdminsUpdated(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateAdminsUpdated, dataMarketAddress []common.Address) (event.Subscription, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "AdminsUpdated", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateAdminsUpdated)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "AdminsUpdated", log); err != nil {
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

// ParseAdminsUpdated is a log parse operation binding the contract event 0xcde1efc8de533d8d3476a1e5f7423ea506a579776fc27e7d5f963f6c6018ca39.
//
// Solidity: event AdminsUpdated(address indexed dataMarketAddress, address adminAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseAdminsUpdated(log types.Log) (*PowerloomProtocolStateAdminsUpdated, error) {
	event := new(PowerloomProtocolStateAdminsUpdated)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "AdminsUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateBatchSubmissionsCompletedIterator is returned from FilterBatchSubmissionsCompleted and is used to iterate over the raw logs and unpacked data for BatchSubmissionsCompleted events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateBatchSubmissionsCompletedIterator struct {
	Event *PowerloomProtocolStateBatchSubmissionsCompleted // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateBatchSubmissionsCompletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateBatchSubmissionsCompleted)
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
		it.Event = new(PowerloomProtocolStateBatchSubmissionsCompleted)
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
func (it *PowerloomProtocolStateBatchSubmissionsCompletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateBatchSubmissionsCompletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateBatchSubmissionsCompleted represents a BatchSubmissionsCompleted event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateBatchSubmissionsCompleted struct {
	DataMarketAddress common.Address
	EpochId           *big.Int
	Timestamp         *big.Int
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterBatchSubmissionsCompleted is a free log retrieval operation binding the contract event 0x5ed90e6a0e12831302fecf13a2cc6f7e9439fed821340d0bddc4ae305dbf9c30.
//
// Solidity: event BatchSubmissionsCompleted(address indexed dataMarketAddress, uint256 indexed epochId, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterBatchSubmissionsCompleted(opts *bind.FilterOpts, dataMarketAddress []common.Address, epochId []*big.Int) (*PowerloomProtocolStateBatchSubmissionsCompletedIterator, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}
	var epochIdRule []interface{}
	for _, epochIdItem := range epochId {
		epochIdRule = append(epochIdRule, epochIdItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "BatchSubmissionsCompleted", dataMarketAddressRule, epochIdRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateBatchSubmissionsCompletedIterator{contract: _PowerloomProtocolState.contract, event: "BatchSubmissionsCompleted", logs: logs, sub: sub}, nil
}

// WatchBatchSubmissionsCompleted is a free log subscription operation binding the contract event 0x5ed90e6a0e12831302fecf13a2cc6f7e9439fed821340d0bddc4ae305dbf9c30.
//
// Solidity: event BatchSubmissionsCompleted(address indexed dataMarketAddress, uint256 indexed epochId, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchBatchSubmissionsCompleted(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateBatchSubmissionsCompleted, dataMarketAddress []common.Address, epochId []*big.Int) (event.Subscription, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}
	var epochIdRule []interface{}
	for _, epochIdItem := range epochId {
		epochIdRule = append(epochIdRule, epochIdItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "BatchSubmissionsCompleted", dataMarketAddressRule, epochIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateBatchSubmissionsCompleted)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "BatchSubmissionsCompleted", log); err != nil {
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

// ParseBatchSubmissionsCompleted is a log parse operation binding the contract event 0x5ed90e6a0e12831302fecf13a2cc6f7e9439fed821340d0bddc4ae305dbf9c30.
//
// Solidity: event BatchSubmissionsCompleted(address indexed dataMarketAddress, uint256 indexed epochId, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseBatchSubmissionsCompleted(log types.Log) (*PowerloomProtocolStateBatchSubmissionsCompleted, error) {
	event := new(PowerloomProtocolStateBatchSubmissionsCompleted)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "BatchSubmissionsCompleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateDailyTaskCompletedEventIterator is returned from FilterDailyTaskCompletedEvent and is used to iterate over the raw logs and unpacked data for DailyTaskCompletedEvent events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateDailyTaskCompletedEventIterator struct {
	Event *PowerloomProtocolStateDailyTaskCompletedEvent // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateDailyTaskCompletedEventIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateDailyTaskCompletedEvent)
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
		it.Event = new(PowerloomProtocolStateDailyTaskCompletedEvent)
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
func (it *PowerloomProtocolStateDailyTaskCompletedEventIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateDailyTaskCompletedEventIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateDailyTaskCompletedEvent represents a DailyTaskCompletedEvent event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateDailyTaskCompletedEvent struct {
	DataMarketAddress  common.Address
	SnapshotterAddress common.Address
	SlotId             *big.Int
	DayId              *big.Int
	RewardPoints       *big.Int
	Timestamp          *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterDailyTaskCompletedEvent is a free log retrieval operation binding the contract event 0x3f80954353f9060121cb024ef2580d122fc250f7faad898ef5167aeef38f2b12.
//
// Solidity: event DailyTaskCompletedEvent(address indexed dataMarketAddress, address snapshotterAddress, uint256 slotId, uint256 dayId, uint256 rewardPoints, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterDailyTaskCompletedEvent(opts *bind.FilterOpts, dataMarketAddress []common.Address) (*PowerloomProtocolStateDailyTaskCompletedEventIterator, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "DailyTaskCompletedEvent", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateDailyTaskCompletedEventIterator{contract: _PowerloomProtocolState.contract, event: "DailyTaskCompletedEvent", logs: logs, sub: sub}, nil
}

// WatchDailyTaskCompletedEvent is a free log subscription operation binding the contract event 0x3f80954353f9060121cb024ef2580d122fc250f7faad898ef5167aeef38f2b12.
//
// Solidity: event DailyTaskCompletedEvent(address indexed dataMarketAddress, address snapshotterAddress, uint256 slotId, uint256 dayId, uint256 rewardPoints, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchDailyTaskCompletedEvent(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateDailyTaskCompletedEvent, dataMarketAddress []common.Address) (event.Subscription, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "DailyTaskCompletedEvent", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateDailyTaskCompletedEvent)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "DailyTaskCompletedEvent", log); err != nil {
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

// ParseDailyTaskCompletedEvent is a log parse operation binding the contract event 0x3f80954353f9060121cb024ef2580d122fc250f7faad898ef5167aeef38f2b12.
//
// Solidity: event DailyTaskCompletedEvent(address indexed dataMarketAddress, address snapshotterAddress, uint256 slotId, uint256 dayId, uint256 rewardPoints, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseDailyTaskCompletedEvent(log types.Log) (*PowerloomProtocolStateDailyTaskCompletedEvent, error) {
	event := new(PowerloomProtocolStateDailyTaskCompletedEvent)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "DailyTaskCompletedEvent", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateDataMarketCreatedIterator is returned from FilterDataMarketCreated and is used to iterate over the raw logs and unpacked data for DataMarketCreated events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateDataMarketCreatedIterator struct {
	Event *PowerloomProtocolStateDataMarketCreated // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateDataMarketCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateDataMarketCreated)
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
		it.Event = new(PowerloomProtocolStateDataMarketCreated)
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
func (it *PowerloomProtocolStateDataMarketCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateDataMarketCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateDataMarketCreated represents a DataMarketCreated event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateDataMarketCreated struct {
	OwnerAddress            common.Address
	EpochSize               uint8
	SourceChainId           *big.Int
	SourceChainBlockTime    *big.Int
	UseBlockNumberAsEpochId bool
	ProtocolState           common.Address
	DataMarketAddress       common.Address
	Raw                     types.Log // Blockchain specific contextual infos
}

// FilterDataMarketCreated is a free log retrieval operation binding the contract event 0x4ac24bfdd2a01328b05db8f3587611f1d37fd01718e1edaa23a75ec91d71f517.
//
// Solidity: event DataMarketCreated(address indexed ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId, address protocolState, address dataMarketAddress)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterDataMarketCreated(opts *bind.FilterOpts, ownerAddress []common.Address) (*PowerloomProtocolStateDataMarketCreatedIterator, error) {

	var ownerAddressRule []interface{}
	for _, ownerAddressItem := range ownerAddress {
		ownerAddressRule = append(ownerAddressRule, ownerAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "DataMarketCreated", ownerAddressRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateDataMarketCreatedIterator{contract: _PowerloomProtocolState.contract, event: "DataMarketCreated", logs: logs, sub: sub}, nil
}

// WatchDataMarketCreated is a free log subscription operation binding the contract event 0x4ac24bfdd2a01328b05db8f3587611f1d37fd01718e1edaa23a75ec91d71f517.
//
// Solidity: event DataMarketCreated(address indexed ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId, address protocolState, address dataMarketAddress)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchDataMarketCreated(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateDataMarketCreated, ownerAddress []common.Address) (event.Subscription, error) {

	var ownerAddressRule []interface{}
	for _, ownerAddressItem := range ownerAddress {
		ownerAddressRule = append(ownerAddressRule, ownerAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "DataMarketCreated", ownerAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateDataMarketCreated)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "DataMarketCreated", log); err != nil {
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

// ParseDataMarketCreated is a log parse operation binding the contract event 0x4ac24bfdd2a01328b05db8f3587611f1d37fd01718e1edaa23a75ec91d71f517.
//
// Solidity: event DataMarketCreated(address indexed ownerAddress, uint8 epochSize, uint256 sourceChainId, uint256 sourceChainBlockTime, bool useBlockNumberAsEpochId, address protocolState, address dataMarketAddress)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseDataMarketCreated(log types.Log) (*PowerloomProtocolStateDataMarketCreated, error) {
	event := new(PowerloomProtocolStateDataMarketCreated)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "DataMarketCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateOwnershipTransferStartedIterator struct {
	Event *PowerloomProtocolStateOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateOwnershipTransferStarted)
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
		it.Event = new(PowerloomProtocolStateOwnershipTransferStarted)
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
func (it *PowerloomProtocolStateOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*PowerloomProtocolStateOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateOwnershipTransferStartedIterator{contract: _PowerloomProtocolState.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateOwnershipTransferStarted)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseOwnershipTransferStarted(log types.Log) (*PowerloomProtocolStateOwnershipTransferStarted, error) {
	event := new(PowerloomProtocolStateOwnershipTransferStarted)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateOwnershipTransferredIterator struct {
	Event *PowerloomProtocolStateOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateOwnershipTransferred)
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
		it.Event = new(PowerloomProtocolStateOwnershipTransferred)
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
func (it *PowerloomProtocolStateOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateOwnershipTransferred represents a OwnershipTransferred event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*PowerloomProtocolStateOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateOwnershipTransferredIterator{contract: _PowerloomProtocolState.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateOwnershipTransferred)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseOwnershipTransferred(log types.Log) (*PowerloomProtocolStateOwnershipTransferred, error) {
	event := new(PowerloomProtocolStateOwnershipTransferred)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateSequencersUpdatedIterator is returned from FilterSequencersUpdated and is used to iterate over the raw logs and unpacked data for SequencersUpdated events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateSequencersUpdatedIterator struct {
	Event *PowerloomProtocolStateSequencersUpdated // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateSequencersUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateSequencersUpdated)
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
		it.Event = new(PowerloomProtocolStateSequencersUpdated)
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
func (it *PowerloomProtocolStateSequencersUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateSequencersUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateSequencersUpdated represents a SequencersUpdated event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateSequencersUpdated struct {
	DataMarketAddress common.Address
	SequencerAddress  common.Address
	Allowed           bool
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterSequencersUpdated is a free log retrieval operation binding the contract event 0xad12010237fe83915c67abe51836e693a16f8a2592b9a4e959374ab33ae7a697.
//
// Solidity: event SequencersUpdated(address indexed dataMarketAddress, address sequencerAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterSequencersUpdated(opts *bind.FilterOpts, dataMarketAddress []common.Address) (*PowerloomProtocolStateSequencersUpdatedIterator, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "SequencersUpdated", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateSequencersUpdatedIterator{contract: _PowerloomProtocolState.contract, event: "SequencersUpdated", logs: logs, sub: sub}, nil
}

// WatchSequencersUpdated is a free log subscription operation binding the contract event 0xad12010237fe83915c67abe51836e693a16f8a2592b9a4e959374ab33ae7a697.
//
// Solidity: event SequencersUpdated(address indexed dataMarketAddress, address sequencerAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchSequencersUpdated(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateSequencersUpdated, dataMarketAddress []common.Address) (event.Subscription, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "SequencersUpdated", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateSequencersUpdated)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "SequencersUpdated", log); err != nil {
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

// ParseSequencersUpdated is a log parse operation binding the contract event 0xad12010237fe83915c67abe51836e693a16f8a2592b9a4e959374ab33ae7a697.
//
// Solidity: event SequencersUpdated(address indexed dataMarketAddress, address sequencerAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseSequencersUpdated(log types.Log) (*PowerloomProtocolStateSequencersUpdated, error) {
	event := new(PowerloomProtocolStateSequencersUpdated)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "SequencersUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateSnapshotBatchSubmittedIterator is returned from FilterSnapshotBatchSubmitted and is used to iterate over the raw logs and unpacked data for SnapshotBatchSubmitted events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateSnapshotBatchSubmittedIterator struct {
	Event *PowerloomProtocolStateSnapshotBatchSubmitted // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateSnapshotBatchSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateSnapshotBatchSubmitted)
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
		it.Event = new(PowerloomProtocolStateSnapshotBatchSubmitted)
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
func (it *PowerloomProtocolStateSnapshotBatchSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateSnapshotBatchSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateSnapshotBatchSubmitted represents a SnapshotBatchSubmitted event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateSnapshotBatchSubmitted struct {
	DataMarketAddress common.Address
	BatchCid          string
	EpochId           *big.Int
	Timestamp         *big.Int
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterSnapshotBatchSubmitted is a free log retrieval operation binding the contract event 0xcbd08c0021940d15cc732c670afbb27d5170795ee3a4ba0e47368452fae58c5d.
//
// Solidity: event SnapshotBatchSubmitted(address indexed dataMarketAddress, string batchCid, uint256 indexed epochId, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterSnapshotBatchSubmitted(opts *bind.FilterOpts, dataMarketAddress []common.Address, epochId []*big.Int) (*PowerloomProtocolStateSnapshotBatchSubmittedIterator, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	var epochIdRule []interface{}
	for _, epochIdItem := range epochId {
		epochIdRule = append(epochIdRule, epochIdItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "SnapshotBatchSubmitted", dataMarketAddressRule, epochIdRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateSnapshotBatchSubmittedIterator{contract: _PowerloomProtocolState.contract, event: "SnapshotBatchSubmitted", logs: logs, sub: sub}, nil
}

// WatchSnapshotBatchSubmitted is a free log subscription operation binding the contract event 0xcbd08c0021940d15cc732c670afbb27d5170795ee3a4ba0e47368452fae58c5d.
//
// Solidity: event SnapshotBatchSubmitted(address indexed dataMarketAddress, string batchCid, uint256 indexed epochId, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchSnapshotBatchSubmitted(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateSnapshotBatchSubmitted, dataMarketAddress []common.Address, epochId []*big.Int) (event.Subscription, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	var epochIdRule []interface{}
	for _, epochIdItem := range epochId {
		epochIdRule = append(epochIdRule, epochIdItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "SnapshotBatchSubmitted", dataMarketAddressRule, epochIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateSnapshotBatchSubmitted)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "SnapshotBatchSubmitted", log); err != nil {
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

// ParseSnapshotBatchSubmitted is a log parse operation binding the contract event 0xcbd08c0021940d15cc732c670afbb27d5170795ee3a4ba0e47368452fae58c5d.
//
// Solidity: event SnapshotBatchSubmitted(address indexed dataMarketAddress, string batchCid, uint256 indexed epochId, uint256 timestamp)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseSnapshotBatchSubmitted(log types.Log) (*PowerloomProtocolStateSnapshotBatchSubmitted, error) {
	event := new(PowerloomProtocolStateSnapshotBatchSubmitted)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "SnapshotBatchSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PowerloomProtocolStateValidatorsUpdatedIterator is returned from FilterValidatorsUpdated and is used to iterate over the raw logs and unpacked data for ValidatorsUpdated events raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateValidatorsUpdatedIterator struct {
	Event *PowerloomProtocolStateValidatorsUpdated // Event containing the contract specifics and raw log

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
func (it *PowerloomProtocolStateValidatorsUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PowerloomProtocolStateValidatorsUpdated)
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
		it.Event = new(PowerloomProtocolStateValidatorsUpdated)
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
func (it *PowerloomProtocolStateValidatorsUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PowerloomProtocolStateValidatorsUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PowerloomProtocolStateValidatorsUpdated represents a ValidatorsUpdated event raised by the PowerloomProtocolState contract.
type PowerloomProtocolStateValidatorsUpdated struct {
	DataMarketAddress common.Address
	ValidatorAddress  common.Address
	Allowed           bool
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterValidatorsUpdated is a free log retrieval operation binding the contract event 0x2a93c48a2a98c035cd37b0e8a3e25c15ce5dd0caa1fb0553603c249c37db24b8.
//
// Solidity: event ValidatorsUpdated(address indexed dataMarketAddress, address validatorAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) FilterValidatorsUpdated(opts *bind.FilterOpts, dataMarketAddress []common.Address) (*PowerloomProtocolStateValidatorsUpdatedIterator, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.FilterLogs(opts, "ValidatorsUpdated", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return &PowerloomProtocolStateValidatorsUpdatedIterator{contract: _PowerloomProtocolState.contract, event: "ValidatorsUpdated", logs: logs, sub: sub}, nil
}

// WatchValidatorsUpdated is a free log subscription operation binding the contract event 0x2a93c48a2a98c035cd37b0e8a3e25c15ce5dd0caa1fb0553603c249c37db24b8.
//
// Solidity: event ValidatorsUpdated(address indexed dataMarketAddress, address validatorAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) WatchValidatorsUpdated(opts *bind.WatchOpts, sink chan<- *PowerloomProtocolStateValidatorsUpdated, dataMarketAddress []common.Address) (event.Subscription, error) {

	var dataMarketAddressRule []interface{}
	for _, dataMarketAddressItem := range dataMarketAddress {
		dataMarketAddressRule = append(dataMarketAddressRule, dataMarketAddressItem)
	}

	logs, sub, err := _PowerloomProtocolState.contract.WatchLogs(opts, "ValidatorsUpdated", dataMarketAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PowerloomProtocolStateValidatorsUpdated)
				if err := _PowerloomProtocolState.contract.UnpackLog(event, "ValidatorsUpdated", log); err != nil {
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

// ParseValidatorsUpdated is a log parse operation binding the contract event 0x2a93c48a2a98c035cd37b0e8a3e25c15ce5dd0caa1fb0553603c249c37db24b8.
//
// Solidity: event ValidatorsUpdated(address indexed dataMarketAddress, address validatorAddress, bool allowed)
func (_PowerloomProtocolState *PowerloomProtocolStateFilterer) ParseValidatorsUpdated(log types.Log) (*PowerloomProtocolStateValidatorsUpdated, error) {
	event := new(PowerloomProtocolStateValidatorsUpdated)
	if err := _PowerloomProtocolState.contract.UnpackLog(event, "ValidatorsUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
