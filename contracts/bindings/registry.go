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

// RegistryApplicationInfo is an auto generated low-level Go binding around an user-defined struct.
type RegistryApplicationInfo struct {
	Stake        *big.Int
	UnbondingEnd uint64
	Services     [][32]byte
	Gateways     []common.Address
}

// RegistryGatewayInfo is an auto generated low-level Go binding around an user-defined struct.
type RegistryGatewayInfo struct {
	Stake        *big.Int
	UnbondingEnd uint64
}

// RegistryParams is an auto generated low-level Go binding around an user-defined struct.
type RegistryParams struct {
	BlocksPerSession          uint64
	GracePeriodBlocks         uint64
	ClaimWindowBlocks         uint64
	ProofWindowBlocks         uint64
	SuppliersPerSession       uint32
	UnbondingBlocks           uint64
	ProofProbabilityPpm       uint32
	ProofRequirementThreshold *big.Int
	TokensPerComputeUnit      *big.Int
	MinApplicationStake       *big.Int
	MinGatewayStake           *big.Int
	MinSupplierStake          *big.Int
}

// RegistryServiceConfig is an auto generated low-level Go binding around an user-defined struct.
type RegistryServiceConfig struct {
	ComputeUnitsPerRelay uint64
	DifficultyTarget     *big.Int
}

// RegistryServiceEndpoint is an auto generated low-level Go binding around an user-defined struct.
type RegistryServiceEndpoint struct {
	Service [32]byte
	Url     string
}

// RegistrySessionInfo is an auto generated low-level Go binding around an user-defined struct.
type RegistrySessionInfo struct {
	Application common.Address
	Service     [32]byte
	StartHeight uint64
	EndHeight   uint64
	SessionId   [32]byte
	Seed        [32]byte
	Suppliers   []common.Address
}

// RegistrySupplierInfo is an auto generated low-level Go binding around an user-defined struct.
type RegistrySupplierInfo struct {
	Stake        *big.Int
	UnbondingEnd uint64
	Endpoints    []RegistryServiceEndpoint
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"stakeToken\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"name\":\"ActorUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"}],\"name\":\"AlreadyDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ApplicationNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ApplicationNotStakedForService\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BelowMinimumStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"DuplicateService\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"InvalidComputeUnitsPerRelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"InvalidDifficultyTarget\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidServiceCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"InvalidServiceId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidUrlLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"}],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotServiceOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"}],\"name\":\"NotSessionStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"NotUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ServiceAlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ServiceNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"SessionInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyGateways\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownService\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"ApplicationStaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"GatewayDelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"GatewayStaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"GatewayUndelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"ServiceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"ServiceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"SessionSeedRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structRegistry.ServiceEndpoint[]\",\"name\":\"endpoints\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"SupplierStaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"}],\"name\":\"addService\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"application\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"gateways\",\"type\":\"address[]\"}],\"internalType\":\"structRegistry.ApplicationInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"applicationHasServiceAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"applicationStakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"}],\"name\":\"delegateToGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"gateway\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRegistry.GatewayInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"gatewayStakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"getSession\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"startHeight\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"sessionId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"suppliers\",\"type\":\"address[]\"}],\"internalType\":\"structRegistry.SessionInfo\",\"name\":\"session\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"isDelegatedAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"paramsAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"epochStart\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"recordSessionSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"serviceAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.ServiceConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"serviceOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"sessionCandidates\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"sessionSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"sessionStart\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"add\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"}],\"name\":\"stakeApplication\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"add\",\"type\":\"uint256\"}],\"name\":\"stakeGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"add\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"internalType\":\"structRegistry.ServiceEndpoint[]\",\"name\":\"endpoints\",\"type\":\"tuple[]\"}],\"name\":\"stakeSupplier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"supplier\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"internalType\":\"structRegistry.ServiceEndpoint[]\",\"name\":\"endpoints\",\"type\":\"tuple[]\"}],\"internalType\":\"structRegistry.SupplierInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sup\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"supplierStakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"}],\"name\":\"undelegateFromGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeApplication\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeSupplier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"}],\"name\":\"updateService\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawApplication\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawSupplier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b50604051615f9c380380615f9c83398101604081905261002f91610cb7565b604080518082018252600981526872656c61796e6f646560b81b602080830191909152825180840190935260018352603160f81b9083015290826001600160a01b03811661009757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100a0816104d1565b506100ac8260026104ed565b610120526100bb8160036104ed565b61014052815160208084019190912060e052815190820120610100524660a05261014760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101598261051f565b6001600160a01b0383166101609081526040805180820182528481525f6020808301828152600480546001810182559084529351805160089095027f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b81018054948301519783015160608401516001600160401b03908116600160c01b026001600160c01b03928216600160801b02929092166001600160801b039a821668010000000000000000026001600160801b0319909816998216999099179690961798909816969096179690961790945560808401517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19c8601805460a087015160c088015163ffffffff9081166c010000000000000000000000000263ffffffff60601b19928816640100000000026001600160601b03199094169190951617919091171691909117905560e08401517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19d8601556101008401517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19e8601556101208401517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19f8601556101408401517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd1a086015592909401517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd1a184015590517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd1a29092018054929093166001600160401b031992909216919091179091556103bf9060059080610a1e565b50507f560a2d5701f5c4f0ea444500300c816bf230d34249b6d113d54a0e0fd54f46ad5f836040516104c19291906001600160401b03838116825282511660208201526101a0810160208301516001600160401b03811660408401525060408301516001600160401b03811660608401525060608301516001600160401b038116608084015250608083015163ffffffff811660a08401525060a08301516001600160401b03811660c08401525060c083015163ffffffff811660e08401525060e08301516101008301526101008301516101208301526101208301516101408301526101408301516101608301526101608301516101808301529392505050565b60405180910390a1505050610f8f565b600180546001600160a01b03191690556104ea81610a38565b50565b5f6020835110156105085761050183610a87565b9050610519565b816105138482610e43565b5060ff90505b92915050565b80516001600160401b039081165f0361058257604051630b6f4e6560e11b815260806004820152601060848201526f313637b1b5b9a832b929b2b9b9b4b7b760811b60a48201525f6024820152600160448201526064810182905260c40161008e565b81604001516001600160401b03165f036105e757604051630b6f4e6560e11b8152608060048201526011608482015270636c61696d57696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c40161008e565b81606001516001600160401b03165f0361064c57604051630b6f4e6560e11b815260806004820152601160848201527070726f6f6657696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c40161008e565b608082015163ffffffff16158061066d57506020826080015163ffffffff16115b156106db57608080830151604051630b6f4e6560e11b81526004810192909252601360848301527f737570706c6965727350657253657373696f6e0000000000000000000000000060a483015263ffffffff166024820152600160448201526020606482015260c40161008e565b5f82606001516001600160401b031683604001516001600160401b031684602001516001600160401b0316855f01516001600160401b031661071d9190610f11565b6107279190610f11565b6107319190610f11565b905060f081111561079a57604051630b6f4e6560e11b815260806004820152601660848201527f73657373696f6e416e6457696e646f77426c6f636b730000000000000000000060a4820152602481018290526003604482015260f0606482015260c40161008e565b808360a001516001600160401b0316101561080d5760a0830151604051630b6f4e6560e11b815260806004820152600f60848201526e756e626f6e64696e67426c6f636b7360881b60a48201526001600160401b039091166024820152604481018290526064810183905260c40161008e565b620f42408360c0015163ffffffff16111561088c5760c0830151604051630b6f4e6560e11b815260806004820152601360848201527f70726f6f6650726f626162696c69747950706d0000000000000000000000000060a482015263ffffffff90911660248201525f6044820152620f4240606482015260c40161008e565b6101008301515f19905f036108f857604051630b6f4e6560e11b815260806004820152601460848201527f746f6b656e73506572436f6d70757465556e697400000000000000000000000060a48201525f6024820152600160448201526064810182905260c40161008e565b8361012001515f0361096157604051630b6f4e6560e11b815260806004820152601360848201527f6d696e4170706c69636174696f6e5374616b650000000000000000000000000060a48201525f6024820152600160448201526064810182905260c40161008e565b8361014001515f036109bc57604051630b6f4e6560e11b815260806004820152600f60848201526e6d696e476174657761795374616b6560881b60a48201525f6024820152600160448201526064810182905260c40161008e565b8361016001515f03610a1857604051630b6f4e6560e11b815260806004820152601060848201526f6d696e537570706c6965725374616b6560801b60a48201525f6024820152600160448201526064810182905260c40161008e565b50505050565b5f80610a2b858585610ac4565b915091505b935093915050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f829050601f81511115610ab1578260405163305a27a960e01b815260040161008e9190610f24565b8051610abc82610f59565b179392505050565b82545f9081908015610bd0575f610aed87610ae0600185610f7c565b5f91825260209091200190565b805490915065ffffffffffff80821691660100000000000090046001600160d01b0316908816821115610b3357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603610b6f57825465ffffffffffff1666010000000000006001600160d01b03891602178355610bc2565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350610a3092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610a30565b6001600160a01b03811681146104ea575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161018081016001600160401b0381118282101715610c7857610c78610c41565b60405290565b80516001600160401b0381168114610c94575f5ffd5b919050565b805163ffffffff81168114610c94575f5ffd5b8051610c9481610c2d565b5f5f5f8385036101c0811215610ccb575f5ffd5b8451610cd681610c2d565b9350610180601f1982011215610cea575f5ffd5b50610cf3610c55565b610cff60208601610c7e565b8152610d0d60408601610c7e565b6020820152610d1e60608601610c7e565b6040820152610d2f60808601610c7e565b6060820152610d4060a08601610c99565b6080820152610d5160c08601610c7e565b60a0820152610d6260e08601610c99565b60c08201526101008581015160e0830152610120808701519183019190915261014080870151918301919091526101608087015191830191909152610180860151908201529150610db66101a08501610cac565b90509250925092565b600181811c90821680610dd357607f821691505b602082108103610df157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610e3e57805f5260205f20601f840160051c81016020851015610e1c5750805b601f840160051c820191505b81811015610e3b575f8155600101610e28565b50505b505050565b81516001600160401b03811115610e5c57610e5c610c41565b610e7081610e6a8454610dbf565b84610df7565b6020601f821160018114610ea2575f8315610e8b5750848201515b5f19600385901b1c1916600184901b178455610e3b565b5f84815260208120601f198516915b82811015610ed15787850151825560209485019460019092019101610eb1565b5084821015610eee57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561051957610519610efd565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610df1575f1960209190910360031b1b16919050565b8181038181111561051957610519610efd565b60805160a05160c05160e05161010051610120516101405161016051614f9d610fff5f395f81816105f301528181610a5301528181611a980152612cdd01525f612ee501525f612eb801525f612a5f01525f612a3701525f61299201525f6129bc01525f6129e60152614f9d5ff3fe608060405234801561000f575f5ffd5b5060043610610234575f3560e01c806396120bd811610135578063d2bb3a89116100b4578063f23f7b6111610079578063f23f7b6114610590578063f2fde38b146105b0578063fbaea452146105c3578063fc0c546a146105ee578063fd9481fe14610615575f5ffd5b8063d2bb3a8914610519578063d7c0bd551461052c578063e30c39781461054c578063e3eb842b1461055d578063f01f4ea81461057d575f5ffd5b8063a7d750ef116100fa578063a7d750ef146104db578063b69e6656146104ee578063bde5bb9d146104f6578063cc1d8775146104fe578063cf6928e614610511575f5ffd5b806396120bd814610469578063964356a51461047c5780639f8fafeb1461049f578063a753eeeb146104a7578063a7a267a7146104c8575f5ffd5b80635f8937e1116101c1578063817a63d911610186578063817a63d9146103f857806384b0196e1461040b57806384e84294146104265780638bd2cc11146104395780638da5cb5b14610459575f5ffd5b80635f8937e1146103af57806361100eb3146103c257806365c20eff146103d5578063715018a6146103e857806379ba5097146103f0575f5ffd5b80631fcf55ff116102075780631fcf55ff1461032b5780632c5b34e5146103335780633644e5151461037357806342e6f919146103895780634f7806821461039c575f5ffd5b806314beb3a314610238578063180c06e5146102565780631b94f446146102d65780631de3d341146102eb575b5f5ffd5b61024061061d565b60405161024d9190614156565b60405180910390f35b6102b2610264366004614180565b604080518082019091525f8082526020820152506001600160a01b03165f90815260096020908152604091829020825180840190935280548352600101546001600160401b03169082015290565b60408051825181526020928301516001600160401b0316928101929092520161024d565b6102e96102e43660046141b8565b6106e0565b005b6103136102f93660046141ed565b5f908152600660205260409020546001600160a01b031690565b6040516001600160a01b03909116815260200161024d565b6102e96108dd565b610346610341366004614204565b610a80565b6040805183516001600160401b03168152602093840151938101939093529015159082015260600161024d565b61037b610b35565b60405190815260200161024d565b61037b610397366004614232565b610b43565b6102e96103aa3660046141b8565b610b82565b61037b6103bd36600461425c565b610ce8565b6102e96103d03660046142b7565b610db9565b61037b6103e336600461425c565b61103d565b6102e9611127565b6102e961113a565b6102e96104063660046142b7565b61117e565b6104136114db565b60405161024d979695949392919061432c565b6102e96104343660046141ed565b61151d565b61044c610447366004614180565b61159b565b60405161024d9190614405565b5f546001600160a01b0316610313565b6102e9610477366004614180565b6116d5565b61048f61048a366004614495565b611869565b604051901515815260200161024d565b6102e96118c9565b6104ba6104b536600461425c565b6118e2565b60405161024d9291906144d9565b61037b6104d6366004614232565b6119b2565b61048f6104e93660046144ff565b6119df565b6102e9611a27565b6102e9611ac3565b61037b61050c366004614232565b611ada565b6102e9611b07565b6102e9610527366004614180565b611b6e565b61053f61053a366004614204565b611d29565b60405161024d9190614531565b6001546001600160a01b0316610313565b61057061056b366004614180565b611df9565b60405161024d9190614543565b6102e961058b3660046145e4565b611f48565b6105a361059e3660046144ff565b6121b4565b60405161024d91906145fe565b6102e96105be366004614180565b61253a565b6105d66105d136600461425c565b6125aa565b6040516001600160401b03909116815260200161024d565b6103137f000000000000000000000000000000000000000000000000000000000000000081565b6102e96125d7565b610625613f21565b61062d612618565b604080516101808101825282546001600160401b038082168352600160401b820481166020840152600160801b8204811693830193909352600160c01b900482166060820152600183015463ffffffff8082166080840152640100000000820490931660a0830152600160601b900490911660c0820152600282015460e0820152600382015461010082015260048201546101208201526005820154610140820152600690910154610160820152919050565b5f83815260066020526040902080546001600160a01b031661071d5760405163cab7596760e01b8152600481018590526024015b60405180910390fd5b80546001600160a01b031633146107625780546040516334c4873b60e21b8152600481018690526001600160a01b039091166024820152336044820152606401610714565b61076c838361264e565b5f61077561269b565b604080518082019091526001600160401b0386168152602081018590529091505f806107a3600186016126fb565b92509250508365ffffffffffff168265ffffffffffff16036108275782600286016107cf600184614683565b6001600160d01b0316815481106107e8576107e86146a2565b5f918252602091829020835160029290920201805467ffffffffffffffff19166001600160401b03909216919091178155910151600190910155610880565b60028581018054600180820183555f838152602090819020885193909502909401805467ffffffffffffffff19166001600160401b0390931692909217825592860151908301555461087d918701908690612767565b50505b604080516001600160401b03891681526020810188905265ffffffffffff861681830152905189917f62bc80a41402cdb4fb2aa6cf329143b2b75a7f0e60dc66eb47166f4df09bc542919081900360600190a25050505050505050565b335f90815260086020526040812081906108f79082612781565b335f908152600b602052604081209294509092505b815481101561096157335f908152600c602052604081208354610959929085908590811061093c5761093c6146a2565b905f5260205f20015481526020019081526020015f20845f612815565b60010161090c565b50335f908152600b6020526040812061097991613f84565b335f908152600d60205260408120905b81548110156109ec57335f908152600e6020526040812083546109e492908590859081106109b9576109b96146a2565b5f9182526020808320909101546001600160a01b031683528201929092526040018120908690612815565b600101610989565b50335f908152600d60205260408120610a0491613f84565b335f6040805187815265ffffffffffff871660208201527f4078d61f6a4a4488baad49eff51afc97a9ef1cbe15f4dd49aff250de59352d09910160405180910390a3610a7a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338661285a565b50505050565b604080518082019091525f80825260208201525f83815260066020526040812081610ab7610aad866128b9565b60018401906128e3565b6001600160d01b03169050805f03610ad457505f9150610b2e9050565b60028201610ae36001836146ca565b81548110610af357610af36146a2565b5f9182526020918290206040805180820190915260029092020180546001600160401b03168252600190810154928201929092529450925050505b9250929050565b5f610b3e612986565b905090565b5f610b70610b50836128b9565b6001600160a01b0385165f908152600a60205260409020600201906128e3565b6001600160d01b031690505b92915050565b610b8b83612aaf565b610bab5760405163185e417b60e21b815260048101849052602401610714565b5f83815260066020526040902080546001600160a01b031615610bf6578054604051630b1adce160e01b8152600481018690526001600160a01b039091166024820152604401610714565b610c00838361264e565b5f610c0961269b565b82546001600160a01b03191633178355604080518082019091526001600160401b038087168252602080830187815260028088018054600181810183555f928352949091209551910290940180549490931667ffffffffffffffff19909416939093178255915190820155909150610c8690808401908390612767565b5050604080516001600160401b03861681526020810185905265ffffffffffff831691810191909152339086907f532ca20bbbb0eadc9d30cc0351cb89d58aec341c192b359d6fbaae5f3a452eb0906060015b60405180910390a35050505050565b5f816001600160401b03165f03610d0057505f919050565b6001600160401b0382165f908152601060205260409020548015610d245792915050565b436001600160401b038082169085161115610d65576040516325b2658960e01b81526001600160401b03808616600483015282166024820152604401610714565b5f610d716001866146dd565b6001600160401b03164090505f819003610db1576040516364f8b75f60e01b81526001600160401b03808716600483015283166024820152604401610714565b949350505050565b335f9081526008602052604081208190610de0908287610dd7612618565b60040154612beb565b909250905082801580610df35750600881115b15610e225760405163e0ef4c1560e01b8152600481018290526001602482015260086044820152606401610714565b5f5b81811015610ed457610e4d868683818110610e4157610e416146a2565b90506020020135612c93565b5f5b81811015610ecb57868683818110610e6957610e696146a2565b90506020020135878783818110610e8257610e826146a2565b9050602002013503610ec357868683818110610ea057610ea06146a2565b905060200201356040516362bda5bd60e01b815260040161071491815260200190565b600101610e4f565b50600101610e24565b50335f908152600c60209081526040808320600b909252822090915b8154811015610f82575f828281548110610f0c57610f0c6146a2565b5f9182526020822001549150805b8681108015610f27575081155b15610f5a57828b8b83818110610f3f57610f3f6146a2565b9050602002013514915080610f53906146fc565b9050610f1a565b5080610f78575f828152602086905260408120610f78918990612815565b5050600101610ef0565b505f5b83811015610fc857610fc0835f8a8a85818110610fa457610fa46146a2565b9050602002013581526020019081526020015f20866001612815565b600101610f85565b50335f908152600b60205260409020610fe2908888613f9f565b50336001600160a01b03167f3b4b69c148603c7076cb0c0479680a3c28cf721ed67aa40b4fd669f48d25d514868989886040516110229493929190614714565b60405180910390a261103388612cca565b5050505050505050565b5f5f611048836125aa565b9050826001600160401b0316816001600160401b03161461108f576040516334483f6360e21b81526001600160401b03808516600483015282166024820152604401610714565b61109883610ce8565b91506001600160401b038316158015906110c757506001600160401b0383165f90815260106020526040902054155b15611121576001600160401b0383165f8181526010602052604090819020849055517f91f25e1f05940e8d5566afc3535a2edf6eec020963558e13a3a405bd3de4d4a6906111189085815260200190565b60405180910390a25b50919050565b61112f612d05565b6111385f612d31565b565b60015433906001600160a01b031681146111725760405163118cdaa760e01b81526001600160a01b0382166004820152602401610714565b61117b81612d31565b50565b335f908152600a6020526040812081906111a69060028761119d612618565b60060154612beb565b9092509050828015806111b95750601081115b156111e85760405163e0ef4c1560e01b8152600481018290526001602482015260106044820152606401610714565b5f5b81811015611302575f868683818110611205576112056146a2565b90506020028101906112179190614760565b35905061122381612c93565b5f5b8281101561127c5781888883818110611240576112406146a2565b90506020028101906112529190614760565b3503611274576040516362bda5bd60e01b815260048101839052602401610714565b600101611225565b505f878784818110611290576112906146a2565b90506020028101906112a29190614760565b6112b090602081019061477e565b9150508015806112c1575061010081115b156112f857604051633028a7a760e11b81526004810183905260248101829052600160448201526101006064820152608401610714565b50506001016111ea565b50335f908152600f60205260408120905b81548110156113a1575f82828154811061132f5761132f6146a2565b5f91825260208220600290910201549150805b8581101561138657828a8a8381811061135d5761135d6146a2565b905060200281019061136f9190614760565b350361137e5760019150611386565b600101611342565b508061139757611397823388612d4a565b5050600101611313565b50335f908152600f602052604081206113b991613fe4565b5f5b82811015611481575f8787838181106113d6576113d66146a2565b90506020028101906113e89190614760565b355f8181526007602090815260408083203384526002019091528120549192500361141857611418813387612e2f565b82546001810184555f84815260209020600290910201818155888884818110611443576114436146a2565b90506020028101906114559190614760565b61146390602081019061477e565b600183019161147391908361484a565b5050508060010190506113bb565b50336001600160a01b03167f78bf402fb4d689ad3850e0cf276573eef541961b4615d4644cbdc21bb8e32af5858888876040516114c19493929190614903565b60405180910390a26114d287612cca565b50505050505050565b5f6060805f5f5f60606114ec612eb1565b6114f4612ede565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b335f90815260096020526040812081906115459060018561153c612618565b60050154612beb565b6040805183815265ffffffffffff8316602082015292945090925033917f945ac90d5580f97b9f853a60b920db76be4a1a7da53f414b97c824891172aee5910160405180910390a261159683612cca565b505050565b6115cd60405180608001604052805f81526020015f6001600160401b0316815260200160608152602001606081525090565b6001600160a01b0382165f81815260086020908152604080832081516080810183528154815260018201546001600160401b031681850152948452600b835292819020805482518185028101850184528181529495949285019383018282801561165457602002820191905f5260205f20905b815481526020019060010190808311611640575b50505091835250506001600160a01b0385165f908152600d602090815260409182902080548351818402810184019094528084529382019390918301828280156116c557602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116116a7575b5050505050815250915050919050565b335f818152600860205260408120916116ef918391612f0b565b6001600160a01b0382165f90815260096020526040902061171290600184612f0b565b335f908152600d60205260408120805490915b8181101561179457846001600160a01b0316838281548110611749576117496146a2565b5f918252602090912001546001600160a01b03160361178c57604051633e39e40f60e21b81523360048201526001600160a01b0386166024820152604401610714565b600101611725565b50600881106117bf57604051630bbe161960e31b815233600482015260086024820152604401610714565b81546001810183555f8381526020812090910180546001600160a01b0319166001600160a01b0387161790556117f361269b565b335f908152600e602090815260408083206001600160a01b038a168452909152902090915061182490826001612815565b60405165ffffffffffff821681526001600160a01b0386169033907fda532c1bbc53115f461492874b7243b7d17128c991ea5a9f20cc0bbc279b635990602001610cd9565b5f6118a0611876836128b9565b6001600160a01b038087165f908152600e60209081526040808320938916835292905220906128e3565b6001600160d01b0316158015906118bf57506118bc8383611ada565b15155b90505b9392505050565b335f90815260096020526040902061117b906001612f6f565b6118ea613f21565b5f5f6118f584613047565b6007810154604080516101808101825283546001600160401b038181168352600160401b820481166020840152600160801b8204811693830193909352600160c01b900482166060820152600184015463ffffffff80821660808401526401000000008204841660a0840152600160601b9091041660c0820152600284015460e082015260038401546101008201526004840154610120820152600584015461014082015260069093015461016084015291969116945092505050565b5f610b706119bf836128b9565b6001600160a01b0385165f908152600860205260409020600201906128e3565b5f611a146119ec836128b9565b6001600160a01b0386165f908152600c602090815260408083208884529091529020906128e3565b6001600160d01b03161515949350505050565b335f9081526009602052604081208190611a42906001612781565b90925090503360015b6040805185815265ffffffffffff851660208201527f4078d61f6a4a4488baad49eff51afc97a9ef1cbe15f4dd49aff250de59352d09910160405180910390a3611abf6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338461285a565b5050565b335f90815260086020526040812061117b91612f6f565b5f610b70611ae7836128b9565b6001600160a01b0385165f908152600960205260409020600201906128e3565b335f908152600a60205260408120611b20906002612f6f565b335f908152600f602052604081209192505b815481101561159657611b66828281548110611b5057611b506146a2565b905f5260205f2090600202015f01543385612d4a565b600101611b32565b335f908152600d60205260408120805490915b8181108015611bbe5750836001600160a01b0316838281548110611ba757611ba76146a2565b5f918252602090912001546001600160a01b031614155b15611bd357611bcc816146fc565b9050611b81565b818103611c045760405163081490d160e41b81523360048201526001600160a01b0385166024820152604401610714565b82611c106001846146ca565b81548110611c2057611c206146a2565b905f5260205f20015f9054906101000a90046001600160a01b0316838281548110611c4d57611c4d6146a2565b905f5260205f20015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555082805480611c8857611c886149f2565b5f8281526020812082015f1990810180546001600160a01b0319169055909101909155611cb361269b565b335f908152600e602090815260408083206001600160a01b038a1684529091528120919250611ce491908390612815565b60405165ffffffffffff821681526001600160a01b0386169033907fa4fb09be963a87556c79b23e6ebaed01450cc007ca1cd6db3fd84290ac685d7c90602001610cd9565b5f828152600760205260408120606091611d42846128b9565b9050611d4e82826128e3565b6001600160d01b03166001600160401b03811115611d6e57611d6e6147c0565b604051908082528060200260200182016040528015611d97578160200160208202803683370190505b5092505f5b8351811015611df0575f8181526001840160205260409020611dbe90836128e3565b848281518110611dd057611dd06146a2565b6001600160a01b0390921660209283029190910190910152600101611d9c565b50505092915050565b60408051606080820183525f80835260208084018290528385018390526001600160a01b038616808352600a8252858320865194850187528054855260018101546001600160401b031685840152908352600f825285832080548751818502810185018952818152969792969286019492939192909184015b82821015611f3b578382905f5260205f2090600202016040518060400160405290815f8201548152602001600182018054611eac906147d4565b80601f0160208091040260200160405190810160405280929190818152602001828054611ed8906147d4565b8015611f235780601f10611efa57610100808354040283529160200191611f23565b820191905f5260205f20905b815481529060010190602001808311611f0657829003601f168201915b50505050508152505081526020019060010190611e72565b5050509152509392505050565b611f50612d05565b611f67611f6236839003830183614a4b565b61308a565b5f611f7061269b565b90505f5f611f7e60056126fb565b92509250508265ffffffffffff168265ffffffffffff1603611fd857836004826001600160d01b031681548110611fb757611fb76146a2565b5f9182526020909120600890910201611fd08282614b2e565b905050612175565b6004604051806040016040528086803603810190611ff69190614a4b565b815265ffffffffffff86166020918201528254600181810185555f94855293829020835180516008909302909101805482850151604084015160608501516001600160401b03908116600160c01b026001600160c01b03928216600160801b02929092166fffffffffffffffffffffffffffffffff938216600160401b026fffffffffffffffffffffffffffffffff19909516978216979097179390931791909116949094179390931781556080820151818701805460a085015160c086015163ffffffff908116600160601b0263ffffffff60601b19928916640100000000026bffffffffffffffffffffffff199094169190951617919091171691909117905560e08201516002820155610100820151600382015561012082015160048083019190915561014083015160058301556101609092015160068201559390920151600790930180549390911667ffffffffffffffff1993909316929092179091555461217291859161216991906146ca565b60059190612767565b50505b7f560a2d5701f5c4f0ea444500300c816bf230d34249b6d113d54a0e0fd54f46ad83856040516121a6929190614cd8565b60405180910390a150505050565b6122096040518060e001604052805f6001600160a01b031681526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f8152602001606081525090565b5f61221383613047565b805460078201549192506001600160401b03908116915f916122389187911684613555565b90505f612244826128b9565b5f88815260066020526040902090915061226190600101826128e3565b6001600160d01b03165f0361229b5760405163029a617f60e21b8152600481018890526001600160401b0383166024820152604401610714565b6001600160a01b0388165f9081526008602052604090206122bf90600201826128e3565b6001600160d01b03165f0361230157604051635ab23b2b60e01b81526001600160a01b03891660048201526001600160401b0383166024820152604401610714565b6001600160a01b0388165f908152600c602090815260408083208a8452909152902061232d90826128e3565b6001600160d01b03165f036123765760405163662a0f8f60e11b81526001600160a01b0389166004820152602481018890526001600160401b0383166044820152606401610714565b5f61238083610ce8565b604080516001600160a01b038c166020808301919091528183018c90526001600160401b038716606083015260808083018590528351808403909101815260a090920190925280519101209091505f905f8a815260076020526040812091925061240b836123ee84886128e3565b60018b01546001600160d01b03919091169063ffffffff16613580565b90505f81516001600160401b03811115612427576124276147c0565b604051908082528060200260200182016040528015612450578160200160208202803683370190505b5090505f5b82518110156124ce5761249c87856001015f868581518110612479576124796146a2565b602002602001015181526020019081526020015f206128e390919063ffffffff16565b8282815181106124ae576124ae6146a2565b6001600160a01b0390921660209283029190910190910152600101612455565b506040518060e001604052808e6001600160a01b031681526020018d8152602001886001600160401b03168152602001898961250a9190614ded565b6001600160401b031681526020018581526020018681526020018281525099505050505050505050509392505050565b612542612d05565b600180546001600160a01b0383166001600160a01b031990911681179091556125725f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f5f6125b583613047565b600781015481549192506118c29185916001600160401b039081169116613555565b335f908152600a6020526040812081906125f2906002612781565b335f908152600f602052604081209294509092506126109190613fe4565b336002611a4b565b600480545f919061262b906001906146ca565b8154811061263b5761263b6146a2565b905f5260205f2090600802015f01905090565b816001600160401b03165f03612679576040516304c7ccf960e21b81525f6004820152602401610714565b805f03611abf57604051637beb4e2f60e11b81525f6004820152602401610714565b5f5f6126a64361392f565b90505f6126b282613047565b805460078201549192506001600160401b03908116916126f39183916126db9187911683613555565b6126e59190614ded565b6001600160401b0316613968565b935050505090565b80545f9081908190808203612719575f5f5f93509350935050612760565b5f612736866127296001856146ca565b5f91825260209091200190565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250612760915050565b9193909250565b5f8061277485858561399a565b915091505b935093915050565b60018201545f9081906001600160401b03168082036127b75783336040516323b36aff60e21b8152600401610714929190614e2c565b806001600160401b03164310156127e9578333824360405163c726257760e01b81526004016107149493929190614e52565b84545f865560018601805467ffffffffffffffff19169055925061280b61269b565b9150509250929050565b5f5f612820856126fb565b92505091508180156128435750826001600160d01b0316816001600160d01b0316145b1561284f575050505050565b6114d2858585612767565b6040516001600160a01b0383811660248301526044820183905261159691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613aea565b5f65ffffffffffff6001600160401b038316116128d65781610b7c565b65ffffffffffff92915050565b81545f908181600581111561293f575f6128fc84613b56565b61290690856146ca565b5f8881526020902090915081015465ffffffffffff908116908716101561292f5780915061293d565b61293a816001614e8e565b92505b505b5f61294c87878585613ca9565b9050801561297957612963876127296001846146ca565b54600160301b90046001600160d01b031661297b565b5f5b979650505050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156129de57507f000000000000000000000000000000000000000000000000000000000000000046145b15612a0857507f000000000000000000000000000000000000000000000000000000000000000090565b610b3e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f81811a60f81b6001600160f81b0319165f03612acd57505f919050565b5f805b6020811015612be1575f848260208110612aec57612aec6146a2565b1a60f81b90506001600160f81b031981165f03612b0d576001925050612bd9565b8215612b1d57505f949350505050565b5f606160f81b6001600160f81b0319831610801590612b4a5750603d60f91b6001600160f81b0319831611155b80612b7c5750600360fc1b6001600160f81b0319831610801590612b7c5750603960f81b6001600160f81b0319831611155b80612b945750601760f91b6001600160f81b03198316145b80612bac5750605f60f81b6001600160f81b03198316145b80612bc45750602d60f81b6001600160f81b03198316145b905080612bd657505f95945050505050565b50505b600101612ad0565b5060019392505050565b60018401545f9081906001600160401b031615612c2e576001860154604051634b133e8b60e11b815261071491879133916001600160401b031690600401614ea1565b8554612c3b908590614e8e565b915082821015612c675760405162d46a8160e31b81526004810184905260248101839052604401610714565b818655612c7261269b565b9050612c8a8660020182612c8585613d08565b612815565b94509492505050565b5f818152600660205260409020546001600160a01b031661117b5760405163cab7596760e01b815260048101829052602401610714565b801561117b5761117b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084613d3b565b5f546001600160a01b031633146111385760405163118cdaa760e01b8152336004820152602401610714565b600180546001600160a01b031916905561117b81613d74565b5f8381526007602090815260408083206001600160a01b03861684526002810190925282205490916001612d7d84613dc3565b612d879190614683565b6001600160d01b0316905080612d9e6001846146ca565b14612e02575f8181526001840160205260408120612dbb90613dc3565b9050612de6846001015f600186612dd291906146ca565b81526020019081526020015f208683612815565b6001600160a01b03165f90815260028401602052604090208290555b6001600160a01b0385165f908152600284016020526040812055612e27838583612815565b505050505050565b5f83815260076020526040812090612e4682613dc3565b6001600160d01b03165f8181526001840160205260409020909150612e7590846001600160a01b038716612815565b612e80816001614e8e565b6001600160a01b0385165f908152600284016020526040902055612eaa8284612c85846001614e8e565b5050505050565b6060610b3e7f00000000000000000000000000000000000000000000000000000000000000006002613dfa565b6060610b3e7f00000000000000000000000000000000000000000000000000000000000000006003613dfa565b82545f03612f305781816040516315941b5360e11b8152600401610714929190614e2c565b60018301546001600160401b031615611596576001830154604051634b133e8b60e11b815261071491849184916001600160401b031690600401614ea1565b5f612f7b838333612f0b565b612f8361269b565b9050612f9383600201825f612815565b5f612f9d43613047565b60010154612fc49064010000000090046001600160401b031665ffffffffffff8416614ded565b60018501805467ffffffffffffffff19166001600160401b038316179055905033836002811115612ff757612ff76146b6565b6040805165ffffffffffff861681526001600160401b03851660208201527f202d1032dfb26b9a459d2678d013f7311fd25cc508e898ff7724d9c1128870fc910160405180910390a35092915050565b5f600461305e613056846128b9565b6005906128e3565b6001600160d01b031681548110613077576130776146a2565b905f5260205f2090600802019050919050565b80516001600160401b039081165f036130ed57604051630b6f4e6560e11b815260806004820152601060848201526f313637b1b5b9a832b929b2b9b9b4b7b760811b60a48201525f6024820152600160448201526064810182905260c401610714565b81604001516001600160401b03165f0361315257604051630b6f4e6560e11b8152608060048201526011608482015270636c61696d57696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c401610714565b81606001516001600160401b03165f036131b757604051630b6f4e6560e11b815260806004820152601160848201527070726f6f6657696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c401610714565b608082015163ffffffff1615806131d857506020826080015163ffffffff16115b1561323c57608080830151604051630b6f4e6560e11b81526004810192909252601360848301527239bab8383634b2b939a832b929b2b9b9b4b7b760691b60a483015263ffffffff166024820152600160448201526020606482015260c401610714565b5f82606001516001600160401b031683604001516001600160401b031684602001516001600160401b0316855f01516001600160401b031661327e9190614e8e565b6132889190614e8e565b6132929190614e8e565b905060f08111156132f457604051630b6f4e6560e11b815260806004820152601660848201527573657373696f6e416e6457696e646f77426c6f636b7360501b60a4820152602481018290526003604482015260f0606482015260c401610714565b808360a001516001600160401b031610156133675760a0830151604051630b6f4e6560e11b815260806004820152600f60848201526e756e626f6e64696e67426c6f636b7360881b60a48201526001600160401b039091166024820152604481018290526064810183905260c401610714565b620f42408360c0015163ffffffff1611156133dc5760c0830151604051630b6f4e6560e11b815260806004820152601360848201527270726f6f6650726f626162696c69747950706d60681b60a482015263ffffffff90911660248201525f6044820152620f4240606482015260c401610714565b6101008301515f19905f0361343f57604051630b6f4e6560e11b81526080600482015260146084820152731d1bdad95b9cd4195c90dbdb5c1d5d19555b9a5d60621b60a48201525f6024820152600160448201526064810182905260c401610714565b8361012001515f0361349e57604051630b6f4e6560e11b81526080600482015260136084820152726d696e4170706c69636174696f6e5374616b6560681b60a48201525f6024820152600160448201526064810182905260c401610714565b8361014001515f036134f957604051630b6f4e6560e11b815260806004820152600f60848201526e6d696e476174657761795374616b6560881b60a48201525f6024820152600160448201526064810182905260c401610714565b8361016001515f03610a7a57604051630b6f4e6560e11b815260806004820152601060848201526f6d696e537570706c6965725374616b6560801b60a48201525f6024820152600160448201526064810182905260c401610714565b5f818061356285876146dd565b61356c9190614eeb565b6135769190614f18565b6118bf9084614ded565b60605f8383106135905783613592565b825b9050806001600160401b038111156135ac576135ac6147c0565b6040519080825280602002602001820160405280156135d5578160200160208202803683370190505b509150805f036135e557506118c2565b610400841161373c575f846001600160401b03811115613607576136076147c0565b604051908082528060200260200182016040528015613630578160200160208202803683370190505b5090505f5b858110156136635780828281518110613650576136506146a2565b6020908102919091010152600101613635565b505f5b82811015613734575f61367982886146ca565b6040805160208082018c9052818301869052825180830384018152606090920190925280519101206136ab9190614f41565b6136b59083614e8e565b90505f8382815181106136ca576136ca6146a2565b602002602001015190508383815181106136e6576136e66146a2565b6020026020010151848381518110613700576137006146a2565b6020026020010181815250508086848151811061371f5761371f6146a2565b60209081029190910101525050600101613666565b5050506118c2565b5f816001600160401b03811115613755576137556147c0565b60405190808252806020026020018201604052801561377e578160200160208202803683370190505b5090505f826001600160401b0381111561379a5761379a6147c0565b6040519080825280602002602001820160405280156137c3578160200160208202803683370190505b5090505f805b84811015613923575f6137dc828a6146ca565b6040805160208082018e90528183018690528251808303840181526060909201909252805191012061380e9190614f41565b6138189083614e8e565b905081815f195f5b86811015613899575f89828151811061383b5761383b6146a2565b602002602001015190508681036138695788828151811061385e5761385e6146a2565b602002602001015194505b85810361389057888281518110613882576138826146a2565b602002602001015193508192505b50600101613820565b50818a86815181106138ad576138ad6146a2565b602002602001018181525050848414613914575f1981036138f457838887815181106138db576138db6146a2565b602090810291909101015250846138f1816146fc565b95505b82878281518110613907576139076146a2565b6020026020010181815250505b505050508060010190506137c9565b50505050509392505050565b5f6001600160401b0382111561396457604080516306dfcc6560e41b8152600481019190915260248101839052604401610714565b5090565b5f65ffffffffffff821115613964576040516306dfcc6560e41b81526030600482015260248101839052604401610714565b82545f9081908015613a90575f6139b6876127296001856146ca565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156139f957604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603613a3257825465ffffffffffff16600160301b6001600160d01b03891602178355613a82565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061277992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612779565b5f5f60205f8451602086015f885af180613b09576040513d5f823e3d81fd5b50505f513d91508115613b20578060011415613b2d565b6001600160a01b0384163b155b15610a7a57604051635274afe760e01b81526001600160a01b0385166004820152602401610714565b5f60018211613b63575090565b816001600160801b8210613b7c5760809190911c9060401b5b600160401b8210613b925760409190911c9060201b5b6401000000008210613ba95760209190911c9060101b5b620100008210613bbe5760109190911c9060081b5b6101008210613bd25760089190911c9060041b5b60108210613be55760049190911c9060021b5b60048210613bf15760011b5b600302600190811c90818581613c0957613c09614ed7565b048201901c90506001818581613c2157613c21614ed7565b048201901c90506001818581613c3957613c39614ed7565b048201901c90506001818581613c5157613c51614ed7565b048201901c90506001818581613c6957613c69614ed7565b048201901c90506001818581613c8157613c81614ed7565b048201901c9050613ca0818581613c9a57613c9a614ed7565b04821190565b90039392505050565b5f5b81831015613d00575f613cbe8484613ea3565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff161115613cec57809250613cfa565b613cf7816001614e8e565b93505b50613cab565b509392505050565b5f6001600160d01b03821115613964576040516306dfcc6560e41b815260d0600482015260248101839052604401610714565b6040516001600160a01b038481166024830152838116604483015260648201839052610a7a9186918216906323b872dd90608401612887565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80545f908015613df257613ddc836127296001846146ca565b54600160301b90046001600160d01b03166118c2565b5f9392505050565b606060ff8314613e1457613e0d83613ebd565b9050610b7c565b818054613e20906147d4565b80601f0160208091040260200160405190810160405280929190818152602001828054613e4c906147d4565b8015613e975780601f10613e6e57610100808354040283529160200191613e97565b820191905f5260205f20905b815481529060010190602001808311613e7a57829003601f168201915b50505050509050610b7c565b5f613eb16002848418614f54565b6118c290848416614e8e565b60605f613ec983613efa565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610b7c57604051632cd44ac360e21b815260040160405180910390fd5b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915290565b5080545f8255905f5260205f209081019061117b9190614002565b828054828255905f5260205f20908101928215613fd8579160200282015b82811115613fd8578235825591602001919060010190613fbd565b50613964929150614002565b5080545f8255600202905f5260205f209081019061117b9190614016565b5b80821115613964575f8155600101614003565b80821115613964575f80825561402f6001830182614038565b50600201614016565b508054614044906147d4565b5f825580601f10614053575050565b601f0160209004905f5260205f209081019061117b9190614002565b80516001600160401b03168252602081015161409660208401826001600160401b03169052565b5060408101516140b160408401826001600160401b03169052565b5060608101516140cc60608401826001600160401b03169052565b5060808101516140e4608084018263ffffffff169052565b5060a08101516140ff60a08401826001600160401b03169052565b5060c081015161411760c084018263ffffffff169052565b5060e081015160e08301526101008101516101008301526101208101516101208301526101408101516101408301526101608101516101608301525050565b6101808101610b7c828461406f565b80356001600160a01b038116811461417b575f5ffd5b919050565b5f60208284031215614190575f5ffd5b6118c282614165565b6001600160401b038116811461117b575f5ffd5b803561417b81614199565b5f5f5f606084860312156141ca575f5ffd5b8335925060208401356141dc81614199565b929592945050506040919091013590565b5f602082840312156141fd575f5ffd5b5035919050565b5f5f60408385031215614215575f5ffd5b82359150602083013561422781614199565b809150509250929050565b5f5f60408385031215614243575f5ffd5b61424c83614165565b9150602083013561422781614199565b5f6020828403121561426c575f5ffd5b81356118c281614199565b5f5f83601f840112614287575f5ffd5b5081356001600160401b0381111561429d575f5ffd5b6020830191508360208260051b8501011115610b2e575f5ffd5b5f5f5f604084860312156142c9575f5ffd5b8335925060208401356001600160401b038111156142e5575f5ffd5b6142f186828701614277565b9497909650939450505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61434a60e08301896142fe565b828103604084015261435c81896142fe565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156143b1578351835260209384019390920191600101614393565b50909b9a5050505050505050505050565b5f8151808452602084019350602083015f5b828110156143fb5781516001600160a01b03168652602095860195909101906001016143d4565b5093949350505050565b602081525f60a08201835160208401526001600160401b03602085015116604084015260408401516080606085015281815180845260c0860191506020830193505f92505b8083101561446d578351825260208201915060208401935060018301925061444a565b506060860151858203601f19016080870152925061448b81846143c2565b9695505050505050565b5f5f5f606084860312156144a7575f5ffd5b6144b084614165565b92506144be60208501614165565b915060408401356144ce81614199565b809150509250925092565b6101a081016144e8828561406f565b6001600160401b0383166101808301529392505050565b5f5f5f60608486031215614511575f5ffd5b61451a84614165565b92506020840135915060408401356144ce81614199565b602081525f6118c260208301846143c2565b602081525f60808201835160208401526001600160401b036020850151166040840152604084015160608085015281815180845260a08601915060a08160051b87010193506020830192505f5b818110156145d857609f1987860301835283518051865260208101519050604060208701526145c260408701826142fe565b9550506020938401939290920191600101614590565b50929695505050505050565b5f6101808284031280156145f6575f5ffd5b509092915050565b6020815260018060a01b038251166020820152602082015160408201526001600160401b0360408301511660608201526001600160401b036060830151166080820152608082015160a082015260a082015160c08201525f60c083015160e080840152610db16101008401826143c2565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b038281168282160390811115610b7c57610b7c61466f565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b81810381811115610b7c57610b7c61466f565b6001600160401b038281168282160390811115610b7c57610b7c61466f565b5f6001820161470d5761470d61466f565b5060010190565b84815260606020820181905281018390525f6001600160fb1b03841115614739575f5ffd5b8360051b8086608085013765ffffffffffff93909316604083015250016080019392505050565b5f8235603e19833603018112614774575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614793575f5ffd5b8301803591506001600160401b038211156147ac575f5ffd5b602001915036819003821315610b2e575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806147e857607f821691505b60208210810361112157634e487b7160e01b5f52602260045260245ffd5b601f82111561159657805f5260205f20601f840160051c8101602085101561482b5750805b601f840160051c820191505b81811015612eaa575f8155600101614837565b6001600160401b03831115614861576148616147c0565b6148758361486f83546147d4565b83614806565b5f601f8411600181146148a6575f851561488f5750838201355b5f19600387901b1c1916600186901b178355612eaa565b5f83815260208120601f198716915b828110156148d557868501358255602094850194600190920191016148b5565b50868210156148f1575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b84815260606020820181905281018390525f6080600585901b830181019083018683603e1936839003015b888210156149d557868503607f19018452823581811261494c575f5ffd5b8a0180358652602081013536829003601e19018112614969575f5ffd5b016020810190356001600160401b03811115614983575f5ffd5b803603821315614991575f5ffd5b60406020880152806040880152808260608901375f606082890101526060601f19601f8301168801019650505060208301925060208401935060018201915061492e565b50505065ffffffffffff8516604085015250905095945050505050565b634e487b7160e01b5f52603160045260245ffd5b60405161018081016001600160401b0381118282101715614a2957614a296147c0565b60405290565b63ffffffff8116811461117b575f5ffd5b803561417b81614a2f565b5f610180828403128015614a5d575f5ffd5b50614a66614a06565b614a6f836141ad565b8152614a7d602084016141ad565b6020820152614a8e604084016141ad565b6040820152614a9f606084016141ad565b6060820152614ab060808401614a40565b6080820152614ac160a084016141ad565b60a0820152614ad260c08401614a40565b60c082015260e08381013590820152610100808401359082015261012080840135908201526101408084013590820152610160928301359281019290925250919050565b5f8135610b7c81614199565b5f8135610b7c81614a2f565b614b58614b3a83614b16565b825467ffffffffffffffff19166001600160401b0391909116178255565b614b99614b6760208401614b16565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b614bd4614ba860408401614b16565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b614c07614be360608401614b16565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b60018101614c31614c1a60808501614b22565b825463ffffffff191663ffffffff91909116178255565b614c6a614c4060a08501614b16565b82546bffffffffffffffff00000000191660209190911b6bffffffffffffffff0000000016178255565b614c9d614c7960c08501614b22565b82805463ffffffff60601b191660609290921b63ffffffff60601b16919091179055565b5060e0820135600282015561010082013560038201556101208201356004820155610140820135600582015561016090910135600690910155565b65ffffffffffff831681526101a08101614d0560208301614cf8856141ad565b6001600160401b03169052565b614d11602084016141ad565b6001600160401b038116604084015250614d2d604084016141ad565b6001600160401b038116606084015250614d49606084016141ad565b6001600160401b038116608084015250614d6560808401614a40565b63ffffffff811660a084015250614d7e60a084016141ad565b6001600160401b03811660c084015250614d9a60c08401614a40565b63ffffffff811660e08401525060e0830135610100838101919091528301356101208084019190915283013561014080840191909152830135610160808401919091529092013561018090910152919050565b6001600160401b038181168382160190811115610b7c57610b7c61466f565b60038110614e2857634e487b7160e01b5f52602160045260245ffd5b9052565b60408101614e3a8285614e0c565b6001600160a01b039290921660209190910152919050565b60808101614e608287614e0c565b6001600160a01b039490941660208201526001600160401b0392831660408201529116606090910152919050565b80820180821115610b7c57610b7c61466f565b60608101614eaf8286614e0c565b6001600160a01b039390931660208201526001600160401b0391909116604090910152919050565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b03831680614f0357614f03614ed7565b806001600160401b0384160491505092915050565b6001600160401b038181168382160290811690818114614f3a57614f3a61466f565b5092915050565b5f82614f4f57614f4f614ed7565b500690565b5f82614f6257614f62614ed7565b50049056fea2646970667358221220a2d59061381a5091724b3485e77833f763cf30488941d9b2c85a1614a877d0f364736f6c634300081e0033",
}

// RegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use RegistryMetaData.ABI instead.
var RegistryABI = RegistryMetaData.ABI

// RegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RegistryMetaData.Bin instead.
var RegistryBin = RegistryMetaData.Bin

// DeployRegistry deploys a new Ethereum contract, binding an instance of Registry to it.
func DeployRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, stakeToken common.Address, params RegistryParams, initialOwner common.Address) (common.Address, *types.Transaction, *Registry, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RegistryBin), backend, stakeToken, params, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	RegistryCaller     // Read-only binding to the contract
	RegistryTransactor // Write-only binding to the contract
	RegistryFilterer   // Log filterer for contract events
}

// RegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type RegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RegistrySession struct {
	Contract     *Registry         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RegistryCallerSession struct {
	Contract *RegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// RegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RegistryTransactorSession struct {
	Contract     *RegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// RegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type RegistryRaw struct {
	Contract *Registry // Generic contract binding to access the raw methods on
}

// RegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RegistryCallerRaw struct {
	Contract *RegistryCaller // Generic read-only contract binding to access the raw methods on
}

// RegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RegistryTransactorRaw struct {
	Contract *RegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRegistry creates a new instance of Registry, bound to a specific deployed contract.
func NewRegistry(address common.Address, backend bind.ContractBackend) (*Registry, error) {
	contract, err := bindRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// NewRegistryCaller creates a new read-only instance of Registry, bound to a specific deployed contract.
func NewRegistryCaller(address common.Address, caller bind.ContractCaller) (*RegistryCaller, error) {
	contract, err := bindRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryCaller{contract: contract}, nil
}

// NewRegistryTransactor creates a new write-only instance of Registry, bound to a specific deployed contract.
func NewRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*RegistryTransactor, error) {
	contract, err := bindRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryTransactor{contract: contract}, nil
}

// NewRegistryFilterer creates a new log filterer instance of Registry, bound to a specific deployed contract.
func NewRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*RegistryFilterer, error) {
	contract, err := bindRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RegistryFilterer{contract: contract}, nil
}

// bindRegistry binds a generic wrapper to an already deployed contract.
func bindRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.RegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transact(opts, method, params...)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_Registry *RegistryCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_Registry *RegistrySession) DOMAINSEPARATOR() ([32]byte, error) {
	return _Registry.Contract.DOMAINSEPARATOR(&_Registry.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_Registry *RegistryCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _Registry.Contract.DOMAINSEPARATOR(&_Registry.CallOpts)
}

// Application is a free data retrieval call binding the contract method 0x8bd2cc11.
//
// Solidity: function application(address a) view returns((uint256,uint64,bytes32[],address[]))
func (_Registry *RegistryCaller) Application(opts *bind.CallOpts, a common.Address) (RegistryApplicationInfo, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "application", a)

	if err != nil {
		return *new(RegistryApplicationInfo), err
	}

	out0 := *abi.ConvertType(out[0], new(RegistryApplicationInfo)).(*RegistryApplicationInfo)

	return out0, err

}

// Application is a free data retrieval call binding the contract method 0x8bd2cc11.
//
// Solidity: function application(address a) view returns((uint256,uint64,bytes32[],address[]))
func (_Registry *RegistrySession) Application(a common.Address) (RegistryApplicationInfo, error) {
	return _Registry.Contract.Application(&_Registry.CallOpts, a)
}

// Application is a free data retrieval call binding the contract method 0x8bd2cc11.
//
// Solidity: function application(address a) view returns((uint256,uint64,bytes32[],address[]))
func (_Registry *RegistryCallerSession) Application(a common.Address) (RegistryApplicationInfo, error) {
	return _Registry.Contract.Application(&_Registry.CallOpts, a)
}

// ApplicationHasServiceAt is a free data retrieval call binding the contract method 0xa7d750ef.
//
// Solidity: function applicationHasServiceAt(address app, bytes32 service, uint64 height) view returns(bool)
func (_Registry *RegistryCaller) ApplicationHasServiceAt(opts *bind.CallOpts, app common.Address, service [32]byte, height uint64) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "applicationHasServiceAt", app, service, height)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ApplicationHasServiceAt is a free data retrieval call binding the contract method 0xa7d750ef.
//
// Solidity: function applicationHasServiceAt(address app, bytes32 service, uint64 height) view returns(bool)
func (_Registry *RegistrySession) ApplicationHasServiceAt(app common.Address, service [32]byte, height uint64) (bool, error) {
	return _Registry.Contract.ApplicationHasServiceAt(&_Registry.CallOpts, app, service, height)
}

// ApplicationHasServiceAt is a free data retrieval call binding the contract method 0xa7d750ef.
//
// Solidity: function applicationHasServiceAt(address app, bytes32 service, uint64 height) view returns(bool)
func (_Registry *RegistryCallerSession) ApplicationHasServiceAt(app common.Address, service [32]byte, height uint64) (bool, error) {
	return _Registry.Contract.ApplicationHasServiceAt(&_Registry.CallOpts, app, service, height)
}

// ApplicationStakeAt is a free data retrieval call binding the contract method 0xa7a267a7.
//
// Solidity: function applicationStakeAt(address app, uint64 height) view returns(uint256)
func (_Registry *RegistryCaller) ApplicationStakeAt(opts *bind.CallOpts, app common.Address, height uint64) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "applicationStakeAt", app, height)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ApplicationStakeAt is a free data retrieval call binding the contract method 0xa7a267a7.
//
// Solidity: function applicationStakeAt(address app, uint64 height) view returns(uint256)
func (_Registry *RegistrySession) ApplicationStakeAt(app common.Address, height uint64) (*big.Int, error) {
	return _Registry.Contract.ApplicationStakeAt(&_Registry.CallOpts, app, height)
}

// ApplicationStakeAt is a free data retrieval call binding the contract method 0xa7a267a7.
//
// Solidity: function applicationStakeAt(address app, uint64 height) view returns(uint256)
func (_Registry *RegistryCallerSession) ApplicationStakeAt(app common.Address, height uint64) (*big.Int, error) {
	return _Registry.Contract.ApplicationStakeAt(&_Registry.CallOpts, app, height)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Registry *RegistryCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Registry *RegistrySession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _Registry.Contract.Eip712Domain(&_Registry.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Registry *RegistryCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _Registry.Contract.Eip712Domain(&_Registry.CallOpts)
}

// Gateway is a free data retrieval call binding the contract method 0x180c06e5.
//
// Solidity: function gateway(address a) view returns((uint256,uint64))
func (_Registry *RegistryCaller) Gateway(opts *bind.CallOpts, a common.Address) (RegistryGatewayInfo, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "gateway", a)

	if err != nil {
		return *new(RegistryGatewayInfo), err
	}

	out0 := *abi.ConvertType(out[0], new(RegistryGatewayInfo)).(*RegistryGatewayInfo)

	return out0, err

}

// Gateway is a free data retrieval call binding the contract method 0x180c06e5.
//
// Solidity: function gateway(address a) view returns((uint256,uint64))
func (_Registry *RegistrySession) Gateway(a common.Address) (RegistryGatewayInfo, error) {
	return _Registry.Contract.Gateway(&_Registry.CallOpts, a)
}

// Gateway is a free data retrieval call binding the contract method 0x180c06e5.
//
// Solidity: function gateway(address a) view returns((uint256,uint64))
func (_Registry *RegistryCallerSession) Gateway(a common.Address) (RegistryGatewayInfo, error) {
	return _Registry.Contract.Gateway(&_Registry.CallOpts, a)
}

// GatewayStakeAt is a free data retrieval call binding the contract method 0xcc1d8775.
//
// Solidity: function gatewayStakeAt(address gw, uint64 height) view returns(uint256)
func (_Registry *RegistryCaller) GatewayStakeAt(opts *bind.CallOpts, gw common.Address, height uint64) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "gatewayStakeAt", gw, height)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GatewayStakeAt is a free data retrieval call binding the contract method 0xcc1d8775.
//
// Solidity: function gatewayStakeAt(address gw, uint64 height) view returns(uint256)
func (_Registry *RegistrySession) GatewayStakeAt(gw common.Address, height uint64) (*big.Int, error) {
	return _Registry.Contract.GatewayStakeAt(&_Registry.CallOpts, gw, height)
}

// GatewayStakeAt is a free data retrieval call binding the contract method 0xcc1d8775.
//
// Solidity: function gatewayStakeAt(address gw, uint64 height) view returns(uint256)
func (_Registry *RegistryCallerSession) GatewayStakeAt(gw common.Address, height uint64) (*big.Int, error) {
	return _Registry.Contract.GatewayStakeAt(&_Registry.CallOpts, gw, height)
}

// GetSession is a free data retrieval call binding the contract method 0xf23f7b61.
//
// Solidity: function getSession(address app, bytes32 service, uint64 height) view returns((address,bytes32,uint64,uint64,bytes32,bytes32,address[]) session)
func (_Registry *RegistryCaller) GetSession(opts *bind.CallOpts, app common.Address, service [32]byte, height uint64) (RegistrySessionInfo, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "getSession", app, service, height)

	if err != nil {
		return *new(RegistrySessionInfo), err
	}

	out0 := *abi.ConvertType(out[0], new(RegistrySessionInfo)).(*RegistrySessionInfo)

	return out0, err

}

// GetSession is a free data retrieval call binding the contract method 0xf23f7b61.
//
// Solidity: function getSession(address app, bytes32 service, uint64 height) view returns((address,bytes32,uint64,uint64,bytes32,bytes32,address[]) session)
func (_Registry *RegistrySession) GetSession(app common.Address, service [32]byte, height uint64) (RegistrySessionInfo, error) {
	return _Registry.Contract.GetSession(&_Registry.CallOpts, app, service, height)
}

// GetSession is a free data retrieval call binding the contract method 0xf23f7b61.
//
// Solidity: function getSession(address app, bytes32 service, uint64 height) view returns((address,bytes32,uint64,uint64,bytes32,bytes32,address[]) session)
func (_Registry *RegistryCallerSession) GetSession(app common.Address, service [32]byte, height uint64) (RegistrySessionInfo, error) {
	return _Registry.Contract.GetSession(&_Registry.CallOpts, app, service, height)
}

// IsDelegatedAt is a free data retrieval call binding the contract method 0x964356a5.
//
// Solidity: function isDelegatedAt(address app, address gw, uint64 height) view returns(bool)
func (_Registry *RegistryCaller) IsDelegatedAt(opts *bind.CallOpts, app common.Address, gw common.Address, height uint64) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "isDelegatedAt", app, gw, height)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsDelegatedAt is a free data retrieval call binding the contract method 0x964356a5.
//
// Solidity: function isDelegatedAt(address app, address gw, uint64 height) view returns(bool)
func (_Registry *RegistrySession) IsDelegatedAt(app common.Address, gw common.Address, height uint64) (bool, error) {
	return _Registry.Contract.IsDelegatedAt(&_Registry.CallOpts, app, gw, height)
}

// IsDelegatedAt is a free data retrieval call binding the contract method 0x964356a5.
//
// Solidity: function isDelegatedAt(address app, address gw, uint64 height) view returns(bool)
func (_Registry *RegistryCallerSession) IsDelegatedAt(app common.Address, gw common.Address, height uint64) (bool, error) {
	return _Registry.Contract.IsDelegatedAt(&_Registry.CallOpts, app, gw, height)
}

// LatestParams is a free data retrieval call binding the contract method 0x14beb3a3.
//
// Solidity: function latestParams() view returns((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256))
func (_Registry *RegistryCaller) LatestParams(opts *bind.CallOpts) (RegistryParams, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "latestParams")

	if err != nil {
		return *new(RegistryParams), err
	}

	out0 := *abi.ConvertType(out[0], new(RegistryParams)).(*RegistryParams)

	return out0, err

}

// LatestParams is a free data retrieval call binding the contract method 0x14beb3a3.
//
// Solidity: function latestParams() view returns((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256))
func (_Registry *RegistrySession) LatestParams() (RegistryParams, error) {
	return _Registry.Contract.LatestParams(&_Registry.CallOpts)
}

// LatestParams is a free data retrieval call binding the contract method 0x14beb3a3.
//
// Solidity: function latestParams() view returns((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256))
func (_Registry *RegistryCallerSession) LatestParams() (RegistryParams, error) {
	return _Registry.Contract.LatestParams(&_Registry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistrySession) Owner() (common.Address, error) {
	return _Registry.Contract.Owner(&_Registry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistryCallerSession) Owner() (common.Address, error) {
	return _Registry.Contract.Owner(&_Registry.CallOpts)
}

// ParamsAt is a free data retrieval call binding the contract method 0xa753eeeb.
//
// Solidity: function paramsAt(uint64 height) view returns((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params, uint64 epochStart)
func (_Registry *RegistryCaller) ParamsAt(opts *bind.CallOpts, height uint64) (struct {
	Params     RegistryParams
	EpochStart uint64
}, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "paramsAt", height)

	outstruct := new(struct {
		Params     RegistryParams
		EpochStart uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Params = *abi.ConvertType(out[0], new(RegistryParams)).(*RegistryParams)
	outstruct.EpochStart = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// ParamsAt is a free data retrieval call binding the contract method 0xa753eeeb.
//
// Solidity: function paramsAt(uint64 height) view returns((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params, uint64 epochStart)
func (_Registry *RegistrySession) ParamsAt(height uint64) (struct {
	Params     RegistryParams
	EpochStart uint64
}, error) {
	return _Registry.Contract.ParamsAt(&_Registry.CallOpts, height)
}

// ParamsAt is a free data retrieval call binding the contract method 0xa753eeeb.
//
// Solidity: function paramsAt(uint64 height) view returns((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params, uint64 epochStart)
func (_Registry *RegistryCallerSession) ParamsAt(height uint64) (struct {
	Params     RegistryParams
	EpochStart uint64
}, error) {
	return _Registry.Contract.ParamsAt(&_Registry.CallOpts, height)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Registry *RegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Registry *RegistrySession) PendingOwner() (common.Address, error) {
	return _Registry.Contract.PendingOwner(&_Registry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_Registry *RegistryCallerSession) PendingOwner() (common.Address, error) {
	return _Registry.Contract.PendingOwner(&_Registry.CallOpts)
}

// ServiceAt is a free data retrieval call binding the contract method 0x2c5b34e5.
//
// Solidity: function serviceAt(bytes32 id, uint64 height) view returns((uint64,uint256) config, bool exists)
func (_Registry *RegistryCaller) ServiceAt(opts *bind.CallOpts, id [32]byte, height uint64) (struct {
	Config RegistryServiceConfig
	Exists bool
}, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "serviceAt", id, height)

	outstruct := new(struct {
		Config RegistryServiceConfig
		Exists bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Config = *abi.ConvertType(out[0], new(RegistryServiceConfig)).(*RegistryServiceConfig)
	outstruct.Exists = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// ServiceAt is a free data retrieval call binding the contract method 0x2c5b34e5.
//
// Solidity: function serviceAt(bytes32 id, uint64 height) view returns((uint64,uint256) config, bool exists)
func (_Registry *RegistrySession) ServiceAt(id [32]byte, height uint64) (struct {
	Config RegistryServiceConfig
	Exists bool
}, error) {
	return _Registry.Contract.ServiceAt(&_Registry.CallOpts, id, height)
}

// ServiceAt is a free data retrieval call binding the contract method 0x2c5b34e5.
//
// Solidity: function serviceAt(bytes32 id, uint64 height) view returns((uint64,uint256) config, bool exists)
func (_Registry *RegistryCallerSession) ServiceAt(id [32]byte, height uint64) (struct {
	Config RegistryServiceConfig
	Exists bool
}, error) {
	return _Registry.Contract.ServiceAt(&_Registry.CallOpts, id, height)
}

// ServiceOwner is a free data retrieval call binding the contract method 0x1de3d341.
//
// Solidity: function serviceOwner(bytes32 id) view returns(address)
func (_Registry *RegistryCaller) ServiceOwner(opts *bind.CallOpts, id [32]byte) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "serviceOwner", id)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ServiceOwner is a free data retrieval call binding the contract method 0x1de3d341.
//
// Solidity: function serviceOwner(bytes32 id) view returns(address)
func (_Registry *RegistrySession) ServiceOwner(id [32]byte) (common.Address, error) {
	return _Registry.Contract.ServiceOwner(&_Registry.CallOpts, id)
}

// ServiceOwner is a free data retrieval call binding the contract method 0x1de3d341.
//
// Solidity: function serviceOwner(bytes32 id) view returns(address)
func (_Registry *RegistryCallerSession) ServiceOwner(id [32]byte) (common.Address, error) {
	return _Registry.Contract.ServiceOwner(&_Registry.CallOpts, id)
}

// SessionCandidates is a free data retrieval call binding the contract method 0xd7c0bd55.
//
// Solidity: function sessionCandidates(bytes32 service, uint64 start) view returns(address[] out)
func (_Registry *RegistryCaller) SessionCandidates(opts *bind.CallOpts, service [32]byte, start uint64) ([]common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "sessionCandidates", service, start)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// SessionCandidates is a free data retrieval call binding the contract method 0xd7c0bd55.
//
// Solidity: function sessionCandidates(bytes32 service, uint64 start) view returns(address[] out)
func (_Registry *RegistrySession) SessionCandidates(service [32]byte, start uint64) ([]common.Address, error) {
	return _Registry.Contract.SessionCandidates(&_Registry.CallOpts, service, start)
}

// SessionCandidates is a free data retrieval call binding the contract method 0xd7c0bd55.
//
// Solidity: function sessionCandidates(bytes32 service, uint64 start) view returns(address[] out)
func (_Registry *RegistryCallerSession) SessionCandidates(service [32]byte, start uint64) ([]common.Address, error) {
	return _Registry.Contract.SessionCandidates(&_Registry.CallOpts, service, start)
}

// SessionSeed is a free data retrieval call binding the contract method 0x5f8937e1.
//
// Solidity: function sessionSeed(uint64 start) view returns(bytes32)
func (_Registry *RegistryCaller) SessionSeed(opts *bind.CallOpts, start uint64) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "sessionSeed", start)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SessionSeed is a free data retrieval call binding the contract method 0x5f8937e1.
//
// Solidity: function sessionSeed(uint64 start) view returns(bytes32)
func (_Registry *RegistrySession) SessionSeed(start uint64) ([32]byte, error) {
	return _Registry.Contract.SessionSeed(&_Registry.CallOpts, start)
}

// SessionSeed is a free data retrieval call binding the contract method 0x5f8937e1.
//
// Solidity: function sessionSeed(uint64 start) view returns(bytes32)
func (_Registry *RegistryCallerSession) SessionSeed(start uint64) ([32]byte, error) {
	return _Registry.Contract.SessionSeed(&_Registry.CallOpts, start)
}

// SessionStart is a free data retrieval call binding the contract method 0xfbaea452.
//
// Solidity: function sessionStart(uint64 height) view returns(uint64)
func (_Registry *RegistryCaller) SessionStart(opts *bind.CallOpts, height uint64) (uint64, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "sessionStart", height)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SessionStart is a free data retrieval call binding the contract method 0xfbaea452.
//
// Solidity: function sessionStart(uint64 height) view returns(uint64)
func (_Registry *RegistrySession) SessionStart(height uint64) (uint64, error) {
	return _Registry.Contract.SessionStart(&_Registry.CallOpts, height)
}

// SessionStart is a free data retrieval call binding the contract method 0xfbaea452.
//
// Solidity: function sessionStart(uint64 height) view returns(uint64)
func (_Registry *RegistryCallerSession) SessionStart(height uint64) (uint64, error) {
	return _Registry.Contract.SessionStart(&_Registry.CallOpts, height)
}

// Supplier is a free data retrieval call binding the contract method 0xe3eb842b.
//
// Solidity: function supplier(address a) view returns((uint256,uint64,(bytes32,string)[]))
func (_Registry *RegistryCaller) Supplier(opts *bind.CallOpts, a common.Address) (RegistrySupplierInfo, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "supplier", a)

	if err != nil {
		return *new(RegistrySupplierInfo), err
	}

	out0 := *abi.ConvertType(out[0], new(RegistrySupplierInfo)).(*RegistrySupplierInfo)

	return out0, err

}

// Supplier is a free data retrieval call binding the contract method 0xe3eb842b.
//
// Solidity: function supplier(address a) view returns((uint256,uint64,(bytes32,string)[]))
func (_Registry *RegistrySession) Supplier(a common.Address) (RegistrySupplierInfo, error) {
	return _Registry.Contract.Supplier(&_Registry.CallOpts, a)
}

// Supplier is a free data retrieval call binding the contract method 0xe3eb842b.
//
// Solidity: function supplier(address a) view returns((uint256,uint64,(bytes32,string)[]))
func (_Registry *RegistryCallerSession) Supplier(a common.Address) (RegistrySupplierInfo, error) {
	return _Registry.Contract.Supplier(&_Registry.CallOpts, a)
}

// SupplierStakeAt is a free data retrieval call binding the contract method 0x42e6f919.
//
// Solidity: function supplierStakeAt(address sup, uint64 height) view returns(uint256)
func (_Registry *RegistryCaller) SupplierStakeAt(opts *bind.CallOpts, sup common.Address, height uint64) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "supplierStakeAt", sup, height)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SupplierStakeAt is a free data retrieval call binding the contract method 0x42e6f919.
//
// Solidity: function supplierStakeAt(address sup, uint64 height) view returns(uint256)
func (_Registry *RegistrySession) SupplierStakeAt(sup common.Address, height uint64) (*big.Int, error) {
	return _Registry.Contract.SupplierStakeAt(&_Registry.CallOpts, sup, height)
}

// SupplierStakeAt is a free data retrieval call binding the contract method 0x42e6f919.
//
// Solidity: function supplierStakeAt(address sup, uint64 height) view returns(uint256)
func (_Registry *RegistryCallerSession) SupplierStakeAt(sup common.Address, height uint64) (*big.Int, error) {
	return _Registry.Contract.SupplierStakeAt(&_Registry.CallOpts, sup, height)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Registry *RegistryCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Registry *RegistrySession) Token() (common.Address, error) {
	return _Registry.Contract.Token(&_Registry.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Registry *RegistryCallerSession) Token() (common.Address, error) {
	return _Registry.Contract.Token(&_Registry.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Registry *RegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Registry *RegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _Registry.Contract.AcceptOwnership(&_Registry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_Registry *RegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _Registry.Contract.AcceptOwnership(&_Registry.TransactOpts)
}

// AddService is a paid mutator transaction binding the contract method 0x4f780682.
//
// Solidity: function addService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) returns()
func (_Registry *RegistryTransactor) AddService(opts *bind.TransactOpts, id [32]byte, computeUnitsPerRelay uint64, difficultyTarget *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "addService", id, computeUnitsPerRelay, difficultyTarget)
}

// AddService is a paid mutator transaction binding the contract method 0x4f780682.
//
// Solidity: function addService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) returns()
func (_Registry *RegistrySession) AddService(id [32]byte, computeUnitsPerRelay uint64, difficultyTarget *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.AddService(&_Registry.TransactOpts, id, computeUnitsPerRelay, difficultyTarget)
}

// AddService is a paid mutator transaction binding the contract method 0x4f780682.
//
// Solidity: function addService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) returns()
func (_Registry *RegistryTransactorSession) AddService(id [32]byte, computeUnitsPerRelay uint64, difficultyTarget *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.AddService(&_Registry.TransactOpts, id, computeUnitsPerRelay, difficultyTarget)
}

// DelegateToGateway is a paid mutator transaction binding the contract method 0x96120bd8.
//
// Solidity: function delegateToGateway(address gw) returns()
func (_Registry *RegistryTransactor) DelegateToGateway(opts *bind.TransactOpts, gw common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "delegateToGateway", gw)
}

// DelegateToGateway is a paid mutator transaction binding the contract method 0x96120bd8.
//
// Solidity: function delegateToGateway(address gw) returns()
func (_Registry *RegistrySession) DelegateToGateway(gw common.Address) (*types.Transaction, error) {
	return _Registry.Contract.DelegateToGateway(&_Registry.TransactOpts, gw)
}

// DelegateToGateway is a paid mutator transaction binding the contract method 0x96120bd8.
//
// Solidity: function delegateToGateway(address gw) returns()
func (_Registry *RegistryTransactorSession) DelegateToGateway(gw common.Address) (*types.Transaction, error) {
	return _Registry.Contract.DelegateToGateway(&_Registry.TransactOpts, gw)
}

// RecordSessionSeed is a paid mutator transaction binding the contract method 0x65c20eff.
//
// Solidity: function recordSessionSeed(uint64 start) returns(bytes32 seed)
func (_Registry *RegistryTransactor) RecordSessionSeed(opts *bind.TransactOpts, start uint64) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "recordSessionSeed", start)
}

// RecordSessionSeed is a paid mutator transaction binding the contract method 0x65c20eff.
//
// Solidity: function recordSessionSeed(uint64 start) returns(bytes32 seed)
func (_Registry *RegistrySession) RecordSessionSeed(start uint64) (*types.Transaction, error) {
	return _Registry.Contract.RecordSessionSeed(&_Registry.TransactOpts, start)
}

// RecordSessionSeed is a paid mutator transaction binding the contract method 0x65c20eff.
//
// Solidity: function recordSessionSeed(uint64 start) returns(bytes32 seed)
func (_Registry *RegistryTransactorSession) RecordSessionSeed(start uint64) (*types.Transaction, error) {
	return _Registry.Contract.RecordSessionSeed(&_Registry.TransactOpts, start)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_Registry *RegistryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_Registry *RegistrySession) RenounceOwnership() (*types.Transaction, error) {
	return _Registry.Contract.RenounceOwnership(&_Registry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_Registry *RegistryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _Registry.Contract.RenounceOwnership(&_Registry.TransactOpts)
}

// SetParams is a paid mutator transaction binding the contract method 0xf01f4ea8.
//
// Solidity: function setParams((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params) returns()
func (_Registry *RegistryTransactor) SetParams(opts *bind.TransactOpts, params RegistryParams) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setParams", params)
}

// SetParams is a paid mutator transaction binding the contract method 0xf01f4ea8.
//
// Solidity: function setParams((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params) returns()
func (_Registry *RegistrySession) SetParams(params RegistryParams) (*types.Transaction, error) {
	return _Registry.Contract.SetParams(&_Registry.TransactOpts, params)
}

// SetParams is a paid mutator transaction binding the contract method 0xf01f4ea8.
//
// Solidity: function setParams((uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params) returns()
func (_Registry *RegistryTransactorSession) SetParams(params RegistryParams) (*types.Transaction, error) {
	return _Registry.Contract.SetParams(&_Registry.TransactOpts, params)
}

// StakeApplication is a paid mutator transaction binding the contract method 0x61100eb3.
//
// Solidity: function stakeApplication(uint256 add, bytes32[] services) returns()
func (_Registry *RegistryTransactor) StakeApplication(opts *bind.TransactOpts, add *big.Int, services [][32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "stakeApplication", add, services)
}

// StakeApplication is a paid mutator transaction binding the contract method 0x61100eb3.
//
// Solidity: function stakeApplication(uint256 add, bytes32[] services) returns()
func (_Registry *RegistrySession) StakeApplication(add *big.Int, services [][32]byte) (*types.Transaction, error) {
	return _Registry.Contract.StakeApplication(&_Registry.TransactOpts, add, services)
}

// StakeApplication is a paid mutator transaction binding the contract method 0x61100eb3.
//
// Solidity: function stakeApplication(uint256 add, bytes32[] services) returns()
func (_Registry *RegistryTransactorSession) StakeApplication(add *big.Int, services [][32]byte) (*types.Transaction, error) {
	return _Registry.Contract.StakeApplication(&_Registry.TransactOpts, add, services)
}

// StakeGateway is a paid mutator transaction binding the contract method 0x84e84294.
//
// Solidity: function stakeGateway(uint256 add) returns()
func (_Registry *RegistryTransactor) StakeGateway(opts *bind.TransactOpts, add *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "stakeGateway", add)
}

// StakeGateway is a paid mutator transaction binding the contract method 0x84e84294.
//
// Solidity: function stakeGateway(uint256 add) returns()
func (_Registry *RegistrySession) StakeGateway(add *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.StakeGateway(&_Registry.TransactOpts, add)
}

// StakeGateway is a paid mutator transaction binding the contract method 0x84e84294.
//
// Solidity: function stakeGateway(uint256 add) returns()
func (_Registry *RegistryTransactorSession) StakeGateway(add *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.StakeGateway(&_Registry.TransactOpts, add)
}

// StakeSupplier is a paid mutator transaction binding the contract method 0x817a63d9.
//
// Solidity: function stakeSupplier(uint256 add, (bytes32,string)[] endpoints) returns()
func (_Registry *RegistryTransactor) StakeSupplier(opts *bind.TransactOpts, add *big.Int, endpoints []RegistryServiceEndpoint) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "stakeSupplier", add, endpoints)
}

// StakeSupplier is a paid mutator transaction binding the contract method 0x817a63d9.
//
// Solidity: function stakeSupplier(uint256 add, (bytes32,string)[] endpoints) returns()
func (_Registry *RegistrySession) StakeSupplier(add *big.Int, endpoints []RegistryServiceEndpoint) (*types.Transaction, error) {
	return _Registry.Contract.StakeSupplier(&_Registry.TransactOpts, add, endpoints)
}

// StakeSupplier is a paid mutator transaction binding the contract method 0x817a63d9.
//
// Solidity: function stakeSupplier(uint256 add, (bytes32,string)[] endpoints) returns()
func (_Registry *RegistryTransactorSession) StakeSupplier(add *big.Int, endpoints []RegistryServiceEndpoint) (*types.Transaction, error) {
	return _Registry.Contract.StakeSupplier(&_Registry.TransactOpts, add, endpoints)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Registry *RegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Registry *RegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Registry.Contract.TransferOwnership(&_Registry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Registry *RegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Registry.Contract.TransferOwnership(&_Registry.TransactOpts, newOwner)
}

// UndelegateFromGateway is a paid mutator transaction binding the contract method 0xd2bb3a89.
//
// Solidity: function undelegateFromGateway(address gw) returns()
func (_Registry *RegistryTransactor) UndelegateFromGateway(opts *bind.TransactOpts, gw common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "undelegateFromGateway", gw)
}

// UndelegateFromGateway is a paid mutator transaction binding the contract method 0xd2bb3a89.
//
// Solidity: function undelegateFromGateway(address gw) returns()
func (_Registry *RegistrySession) UndelegateFromGateway(gw common.Address) (*types.Transaction, error) {
	return _Registry.Contract.UndelegateFromGateway(&_Registry.TransactOpts, gw)
}

// UndelegateFromGateway is a paid mutator transaction binding the contract method 0xd2bb3a89.
//
// Solidity: function undelegateFromGateway(address gw) returns()
func (_Registry *RegistryTransactorSession) UndelegateFromGateway(gw common.Address) (*types.Transaction, error) {
	return _Registry.Contract.UndelegateFromGateway(&_Registry.TransactOpts, gw)
}

// UnstakeApplication is a paid mutator transaction binding the contract method 0xbde5bb9d.
//
// Solidity: function unstakeApplication() returns()
func (_Registry *RegistryTransactor) UnstakeApplication(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "unstakeApplication")
}

// UnstakeApplication is a paid mutator transaction binding the contract method 0xbde5bb9d.
//
// Solidity: function unstakeApplication() returns()
func (_Registry *RegistrySession) UnstakeApplication() (*types.Transaction, error) {
	return _Registry.Contract.UnstakeApplication(&_Registry.TransactOpts)
}

// UnstakeApplication is a paid mutator transaction binding the contract method 0xbde5bb9d.
//
// Solidity: function unstakeApplication() returns()
func (_Registry *RegistryTransactorSession) UnstakeApplication() (*types.Transaction, error) {
	return _Registry.Contract.UnstakeApplication(&_Registry.TransactOpts)
}

// UnstakeGateway is a paid mutator transaction binding the contract method 0x9f8fafeb.
//
// Solidity: function unstakeGateway() returns()
func (_Registry *RegistryTransactor) UnstakeGateway(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "unstakeGateway")
}

// UnstakeGateway is a paid mutator transaction binding the contract method 0x9f8fafeb.
//
// Solidity: function unstakeGateway() returns()
func (_Registry *RegistrySession) UnstakeGateway() (*types.Transaction, error) {
	return _Registry.Contract.UnstakeGateway(&_Registry.TransactOpts)
}

// UnstakeGateway is a paid mutator transaction binding the contract method 0x9f8fafeb.
//
// Solidity: function unstakeGateway() returns()
func (_Registry *RegistryTransactorSession) UnstakeGateway() (*types.Transaction, error) {
	return _Registry.Contract.UnstakeGateway(&_Registry.TransactOpts)
}

// UnstakeSupplier is a paid mutator transaction binding the contract method 0xcf6928e6.
//
// Solidity: function unstakeSupplier() returns()
func (_Registry *RegistryTransactor) UnstakeSupplier(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "unstakeSupplier")
}

// UnstakeSupplier is a paid mutator transaction binding the contract method 0xcf6928e6.
//
// Solidity: function unstakeSupplier() returns()
func (_Registry *RegistrySession) UnstakeSupplier() (*types.Transaction, error) {
	return _Registry.Contract.UnstakeSupplier(&_Registry.TransactOpts)
}

// UnstakeSupplier is a paid mutator transaction binding the contract method 0xcf6928e6.
//
// Solidity: function unstakeSupplier() returns()
func (_Registry *RegistryTransactorSession) UnstakeSupplier() (*types.Transaction, error) {
	return _Registry.Contract.UnstakeSupplier(&_Registry.TransactOpts)
}

// UpdateService is a paid mutator transaction binding the contract method 0x1b94f446.
//
// Solidity: function updateService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) returns()
func (_Registry *RegistryTransactor) UpdateService(opts *bind.TransactOpts, id [32]byte, computeUnitsPerRelay uint64, difficultyTarget *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "updateService", id, computeUnitsPerRelay, difficultyTarget)
}

// UpdateService is a paid mutator transaction binding the contract method 0x1b94f446.
//
// Solidity: function updateService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) returns()
func (_Registry *RegistrySession) UpdateService(id [32]byte, computeUnitsPerRelay uint64, difficultyTarget *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.UpdateService(&_Registry.TransactOpts, id, computeUnitsPerRelay, difficultyTarget)
}

// UpdateService is a paid mutator transaction binding the contract method 0x1b94f446.
//
// Solidity: function updateService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) returns()
func (_Registry *RegistryTransactorSession) UpdateService(id [32]byte, computeUnitsPerRelay uint64, difficultyTarget *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.UpdateService(&_Registry.TransactOpts, id, computeUnitsPerRelay, difficultyTarget)
}

// WithdrawApplication is a paid mutator transaction binding the contract method 0x1fcf55ff.
//
// Solidity: function withdrawApplication() returns()
func (_Registry *RegistryTransactor) WithdrawApplication(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "withdrawApplication")
}

// WithdrawApplication is a paid mutator transaction binding the contract method 0x1fcf55ff.
//
// Solidity: function withdrawApplication() returns()
func (_Registry *RegistrySession) WithdrawApplication() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawApplication(&_Registry.TransactOpts)
}

// WithdrawApplication is a paid mutator transaction binding the contract method 0x1fcf55ff.
//
// Solidity: function withdrawApplication() returns()
func (_Registry *RegistryTransactorSession) WithdrawApplication() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawApplication(&_Registry.TransactOpts)
}

// WithdrawGateway is a paid mutator transaction binding the contract method 0xb69e6656.
//
// Solidity: function withdrawGateway() returns()
func (_Registry *RegistryTransactor) WithdrawGateway(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "withdrawGateway")
}

// WithdrawGateway is a paid mutator transaction binding the contract method 0xb69e6656.
//
// Solidity: function withdrawGateway() returns()
func (_Registry *RegistrySession) WithdrawGateway() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawGateway(&_Registry.TransactOpts)
}

// WithdrawGateway is a paid mutator transaction binding the contract method 0xb69e6656.
//
// Solidity: function withdrawGateway() returns()
func (_Registry *RegistryTransactorSession) WithdrawGateway() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawGateway(&_Registry.TransactOpts)
}

// WithdrawSupplier is a paid mutator transaction binding the contract method 0xfd9481fe.
//
// Solidity: function withdrawSupplier() returns()
func (_Registry *RegistryTransactor) WithdrawSupplier(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "withdrawSupplier")
}

// WithdrawSupplier is a paid mutator transaction binding the contract method 0xfd9481fe.
//
// Solidity: function withdrawSupplier() returns()
func (_Registry *RegistrySession) WithdrawSupplier() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawSupplier(&_Registry.TransactOpts)
}

// WithdrawSupplier is a paid mutator transaction binding the contract method 0xfd9481fe.
//
// Solidity: function withdrawSupplier() returns()
func (_Registry *RegistryTransactorSession) WithdrawSupplier() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawSupplier(&_Registry.TransactOpts)
}

// RegistryApplicationStakedIterator is returned from FilterApplicationStaked and is used to iterate over the raw logs and unpacked data for ApplicationStaked events raised by the Registry contract.
type RegistryApplicationStakedIterator struct {
	Event *RegistryApplicationStaked // Event containing the contract specifics and raw log

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
func (it *RegistryApplicationStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryApplicationStaked)
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
		it.Event = new(RegistryApplicationStaked)
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
func (it *RegistryApplicationStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryApplicationStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryApplicationStaked represents a ApplicationStaked event raised by the Registry contract.
type RegistryApplicationStaked struct {
	Application     common.Address
	Stake           *big.Int
	Services        [][32]byte
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterApplicationStaked is a free log retrieval operation binding the contract event 0x3b4b69c148603c7076cb0c0479680a3c28cf721ed67aa40b4fd669f48d25d514.
//
// Solidity: event ApplicationStaked(address indexed application, uint256 stake, bytes32[] services, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterApplicationStaked(opts *bind.FilterOpts, application []common.Address) (*RegistryApplicationStakedIterator, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ApplicationStaked", applicationRule)
	if err != nil {
		return nil, err
	}
	return &RegistryApplicationStakedIterator{contract: _Registry.contract, event: "ApplicationStaked", logs: logs, sub: sub}, nil
}

// WatchApplicationStaked is a free log subscription operation binding the contract event 0x3b4b69c148603c7076cb0c0479680a3c28cf721ed67aa40b4fd669f48d25d514.
//
// Solidity: event ApplicationStaked(address indexed application, uint256 stake, bytes32[] services, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchApplicationStaked(opts *bind.WatchOpts, sink chan<- *RegistryApplicationStaked, application []common.Address) (event.Subscription, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ApplicationStaked", applicationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryApplicationStaked)
				if err := _Registry.contract.UnpackLog(event, "ApplicationStaked", log); err != nil {
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

// ParseApplicationStaked is a log parse operation binding the contract event 0x3b4b69c148603c7076cb0c0479680a3c28cf721ed67aa40b4fd669f48d25d514.
//
// Solidity: event ApplicationStaked(address indexed application, uint256 stake, bytes32[] services, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseApplicationStaked(log types.Log) (*RegistryApplicationStaked, error) {
	event := new(RegistryApplicationStaked)
	if err := _Registry.contract.UnpackLog(event, "ApplicationStaked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the Registry contract.
type RegistryEIP712DomainChangedIterator struct {
	Event *RegistryEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *RegistryEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryEIP712DomainChanged)
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
		it.Event = new(RegistryEIP712DomainChanged)
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
func (it *RegistryEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the Registry contract.
type RegistryEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Registry *RegistryFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*RegistryEIP712DomainChangedIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &RegistryEIP712DomainChangedIterator{contract: _Registry.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Registry *RegistryFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *RegistryEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryEIP712DomainChanged)
				if err := _Registry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Registry *RegistryFilterer) ParseEIP712DomainChanged(log types.Log) (*RegistryEIP712DomainChanged, error) {
	event := new(RegistryEIP712DomainChanged)
	if err := _Registry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryGatewayDelegatedIterator is returned from FilterGatewayDelegated and is used to iterate over the raw logs and unpacked data for GatewayDelegated events raised by the Registry contract.
type RegistryGatewayDelegatedIterator struct {
	Event *RegistryGatewayDelegated // Event containing the contract specifics and raw log

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
func (it *RegistryGatewayDelegatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryGatewayDelegated)
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
		it.Event = new(RegistryGatewayDelegated)
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
func (it *RegistryGatewayDelegatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryGatewayDelegatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryGatewayDelegated represents a GatewayDelegated event raised by the Registry contract.
type RegistryGatewayDelegated struct {
	Application     common.Address
	Gateway         common.Address
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterGatewayDelegated is a free log retrieval operation binding the contract event 0xda532c1bbc53115f461492874b7243b7d17128c991ea5a9f20cc0bbc279b6359.
//
// Solidity: event GatewayDelegated(address indexed application, address indexed gateway, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterGatewayDelegated(opts *bind.FilterOpts, application []common.Address, gateway []common.Address) (*RegistryGatewayDelegatedIterator, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}
	var gatewayRule []interface{}
	for _, gatewayItem := range gateway {
		gatewayRule = append(gatewayRule, gatewayItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "GatewayDelegated", applicationRule, gatewayRule)
	if err != nil {
		return nil, err
	}
	return &RegistryGatewayDelegatedIterator{contract: _Registry.contract, event: "GatewayDelegated", logs: logs, sub: sub}, nil
}

// WatchGatewayDelegated is a free log subscription operation binding the contract event 0xda532c1bbc53115f461492874b7243b7d17128c991ea5a9f20cc0bbc279b6359.
//
// Solidity: event GatewayDelegated(address indexed application, address indexed gateway, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchGatewayDelegated(opts *bind.WatchOpts, sink chan<- *RegistryGatewayDelegated, application []common.Address, gateway []common.Address) (event.Subscription, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}
	var gatewayRule []interface{}
	for _, gatewayItem := range gateway {
		gatewayRule = append(gatewayRule, gatewayItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "GatewayDelegated", applicationRule, gatewayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryGatewayDelegated)
				if err := _Registry.contract.UnpackLog(event, "GatewayDelegated", log); err != nil {
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

// ParseGatewayDelegated is a log parse operation binding the contract event 0xda532c1bbc53115f461492874b7243b7d17128c991ea5a9f20cc0bbc279b6359.
//
// Solidity: event GatewayDelegated(address indexed application, address indexed gateway, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseGatewayDelegated(log types.Log) (*RegistryGatewayDelegated, error) {
	event := new(RegistryGatewayDelegated)
	if err := _Registry.contract.UnpackLog(event, "GatewayDelegated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryGatewayStakedIterator is returned from FilterGatewayStaked and is used to iterate over the raw logs and unpacked data for GatewayStaked events raised by the Registry contract.
type RegistryGatewayStakedIterator struct {
	Event *RegistryGatewayStaked // Event containing the contract specifics and raw log

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
func (it *RegistryGatewayStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryGatewayStaked)
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
		it.Event = new(RegistryGatewayStaked)
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
func (it *RegistryGatewayStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryGatewayStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryGatewayStaked represents a GatewayStaked event raised by the Registry contract.
type RegistryGatewayStaked struct {
	Gateway         common.Address
	Stake           *big.Int
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterGatewayStaked is a free log retrieval operation binding the contract event 0x945ac90d5580f97b9f853a60b920db76be4a1a7da53f414b97c824891172aee5.
//
// Solidity: event GatewayStaked(address indexed gateway, uint256 stake, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterGatewayStaked(opts *bind.FilterOpts, gateway []common.Address) (*RegistryGatewayStakedIterator, error) {

	var gatewayRule []interface{}
	for _, gatewayItem := range gateway {
		gatewayRule = append(gatewayRule, gatewayItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "GatewayStaked", gatewayRule)
	if err != nil {
		return nil, err
	}
	return &RegistryGatewayStakedIterator{contract: _Registry.contract, event: "GatewayStaked", logs: logs, sub: sub}, nil
}

// WatchGatewayStaked is a free log subscription operation binding the contract event 0x945ac90d5580f97b9f853a60b920db76be4a1a7da53f414b97c824891172aee5.
//
// Solidity: event GatewayStaked(address indexed gateway, uint256 stake, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchGatewayStaked(opts *bind.WatchOpts, sink chan<- *RegistryGatewayStaked, gateway []common.Address) (event.Subscription, error) {

	var gatewayRule []interface{}
	for _, gatewayItem := range gateway {
		gatewayRule = append(gatewayRule, gatewayItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "GatewayStaked", gatewayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryGatewayStaked)
				if err := _Registry.contract.UnpackLog(event, "GatewayStaked", log); err != nil {
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

// ParseGatewayStaked is a log parse operation binding the contract event 0x945ac90d5580f97b9f853a60b920db76be4a1a7da53f414b97c824891172aee5.
//
// Solidity: event GatewayStaked(address indexed gateway, uint256 stake, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseGatewayStaked(log types.Log) (*RegistryGatewayStaked, error) {
	event := new(RegistryGatewayStaked)
	if err := _Registry.contract.UnpackLog(event, "GatewayStaked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryGatewayUndelegatedIterator is returned from FilterGatewayUndelegated and is used to iterate over the raw logs and unpacked data for GatewayUndelegated events raised by the Registry contract.
type RegistryGatewayUndelegatedIterator struct {
	Event *RegistryGatewayUndelegated // Event containing the contract specifics and raw log

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
func (it *RegistryGatewayUndelegatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryGatewayUndelegated)
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
		it.Event = new(RegistryGatewayUndelegated)
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
func (it *RegistryGatewayUndelegatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryGatewayUndelegatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryGatewayUndelegated represents a GatewayUndelegated event raised by the Registry contract.
type RegistryGatewayUndelegated struct {
	Application     common.Address
	Gateway         common.Address
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterGatewayUndelegated is a free log retrieval operation binding the contract event 0xa4fb09be963a87556c79b23e6ebaed01450cc007ca1cd6db3fd84290ac685d7c.
//
// Solidity: event GatewayUndelegated(address indexed application, address indexed gateway, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterGatewayUndelegated(opts *bind.FilterOpts, application []common.Address, gateway []common.Address) (*RegistryGatewayUndelegatedIterator, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}
	var gatewayRule []interface{}
	for _, gatewayItem := range gateway {
		gatewayRule = append(gatewayRule, gatewayItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "GatewayUndelegated", applicationRule, gatewayRule)
	if err != nil {
		return nil, err
	}
	return &RegistryGatewayUndelegatedIterator{contract: _Registry.contract, event: "GatewayUndelegated", logs: logs, sub: sub}, nil
}

// WatchGatewayUndelegated is a free log subscription operation binding the contract event 0xa4fb09be963a87556c79b23e6ebaed01450cc007ca1cd6db3fd84290ac685d7c.
//
// Solidity: event GatewayUndelegated(address indexed application, address indexed gateway, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchGatewayUndelegated(opts *bind.WatchOpts, sink chan<- *RegistryGatewayUndelegated, application []common.Address, gateway []common.Address) (event.Subscription, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}
	var gatewayRule []interface{}
	for _, gatewayItem := range gateway {
		gatewayRule = append(gatewayRule, gatewayItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "GatewayUndelegated", applicationRule, gatewayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryGatewayUndelegated)
				if err := _Registry.contract.UnpackLog(event, "GatewayUndelegated", log); err != nil {
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

// ParseGatewayUndelegated is a log parse operation binding the contract event 0xa4fb09be963a87556c79b23e6ebaed01450cc007ca1cd6db3fd84290ac685d7c.
//
// Solidity: event GatewayUndelegated(address indexed application, address indexed gateway, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseGatewayUndelegated(log types.Log) (*RegistryGatewayUndelegated, error) {
	event := new(RegistryGatewayUndelegated)
	if err := _Registry.contract.UnpackLog(event, "GatewayUndelegated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the Registry contract.
type RegistryOwnershipTransferStartedIterator struct {
	Event *RegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *RegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryOwnershipTransferStarted)
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
		it.Event = new(RegistryOwnershipTransferStarted)
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
func (it *RegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Registry contract.
type RegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Registry *RegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*RegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryOwnershipTransferStartedIterator{contract: _Registry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_Registry *RegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *RegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryOwnershipTransferStarted)
				if err := _Registry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_Registry *RegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*RegistryOwnershipTransferStarted, error) {
	event := new(RegistryOwnershipTransferStarted)
	if err := _Registry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the Registry contract.
type RegistryOwnershipTransferredIterator struct {
	Event *RegistryOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *RegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryOwnershipTransferred)
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
		it.Event = new(RegistryOwnershipTransferred)
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
func (it *RegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryOwnershipTransferred represents a OwnershipTransferred event raised by the Registry contract.
type RegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Registry *RegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*RegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryOwnershipTransferredIterator{contract: _Registry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Registry *RegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *RegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryOwnershipTransferred)
				if err := _Registry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_Registry *RegistryFilterer) ParseOwnershipTransferred(log types.Log) (*RegistryOwnershipTransferred, error) {
	event := new(RegistryOwnershipTransferred)
	if err := _Registry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryParamsSetIterator is returned from FilterParamsSet and is used to iterate over the raw logs and unpacked data for ParamsSet events raised by the Registry contract.
type RegistryParamsSetIterator struct {
	Event *RegistryParamsSet // Event containing the contract specifics and raw log

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
func (it *RegistryParamsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryParamsSet)
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
		it.Event = new(RegistryParamsSet)
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
func (it *RegistryParamsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryParamsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryParamsSet represents a ParamsSet event raised by the Registry contract.
type RegistryParamsSet struct {
	EffectiveHeight uint64
	Params          RegistryParams
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterParamsSet is a free log retrieval operation binding the contract event 0x560a2d5701f5c4f0ea444500300c816bf230d34249b6d113d54a0e0fd54f46ad.
//
// Solidity: event ParamsSet(uint64 effectiveHeight, (uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params)
func (_Registry *RegistryFilterer) FilterParamsSet(opts *bind.FilterOpts) (*RegistryParamsSetIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ParamsSet")
	if err != nil {
		return nil, err
	}
	return &RegistryParamsSetIterator{contract: _Registry.contract, event: "ParamsSet", logs: logs, sub: sub}, nil
}

// WatchParamsSet is a free log subscription operation binding the contract event 0x560a2d5701f5c4f0ea444500300c816bf230d34249b6d113d54a0e0fd54f46ad.
//
// Solidity: event ParamsSet(uint64 effectiveHeight, (uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params)
func (_Registry *RegistryFilterer) WatchParamsSet(opts *bind.WatchOpts, sink chan<- *RegistryParamsSet) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ParamsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryParamsSet)
				if err := _Registry.contract.UnpackLog(event, "ParamsSet", log); err != nil {
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

// ParseParamsSet is a log parse operation binding the contract event 0x560a2d5701f5c4f0ea444500300c816bf230d34249b6d113d54a0e0fd54f46ad.
//
// Solidity: event ParamsSet(uint64 effectiveHeight, (uint64,uint64,uint64,uint64,uint32,uint64,uint32,uint256,uint256,uint256,uint256,uint256) params)
func (_Registry *RegistryFilterer) ParseParamsSet(log types.Log) (*RegistryParamsSet, error) {
	event := new(RegistryParamsSet)
	if err := _Registry.contract.UnpackLog(event, "ParamsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryServiceAddedIterator is returned from FilterServiceAdded and is used to iterate over the raw logs and unpacked data for ServiceAdded events raised by the Registry contract.
type RegistryServiceAddedIterator struct {
	Event *RegistryServiceAdded // Event containing the contract specifics and raw log

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
func (it *RegistryServiceAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryServiceAdded)
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
		it.Event = new(RegistryServiceAdded)
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
func (it *RegistryServiceAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryServiceAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryServiceAdded represents a ServiceAdded event raised by the Registry contract.
type RegistryServiceAdded struct {
	Service              [32]byte
	Owner                common.Address
	ComputeUnitsPerRelay uint64
	DifficultyTarget     *big.Int
	EffectiveHeight      uint64
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterServiceAdded is a free log retrieval operation binding the contract event 0x532ca20bbbb0eadc9d30cc0351cb89d58aec341c192b359d6fbaae5f3a452eb0.
//
// Solidity: event ServiceAdded(bytes32 indexed service, address indexed owner, uint64 computeUnitsPerRelay, uint256 difficultyTarget, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterServiceAdded(opts *bind.FilterOpts, service [][32]byte, owner []common.Address) (*RegistryServiceAddedIterator, error) {

	var serviceRule []interface{}
	for _, serviceItem := range service {
		serviceRule = append(serviceRule, serviceItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ServiceAdded", serviceRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryServiceAddedIterator{contract: _Registry.contract, event: "ServiceAdded", logs: logs, sub: sub}, nil
}

// WatchServiceAdded is a free log subscription operation binding the contract event 0x532ca20bbbb0eadc9d30cc0351cb89d58aec341c192b359d6fbaae5f3a452eb0.
//
// Solidity: event ServiceAdded(bytes32 indexed service, address indexed owner, uint64 computeUnitsPerRelay, uint256 difficultyTarget, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchServiceAdded(opts *bind.WatchOpts, sink chan<- *RegistryServiceAdded, service [][32]byte, owner []common.Address) (event.Subscription, error) {

	var serviceRule []interface{}
	for _, serviceItem := range service {
		serviceRule = append(serviceRule, serviceItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ServiceAdded", serviceRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryServiceAdded)
				if err := _Registry.contract.UnpackLog(event, "ServiceAdded", log); err != nil {
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

// ParseServiceAdded is a log parse operation binding the contract event 0x532ca20bbbb0eadc9d30cc0351cb89d58aec341c192b359d6fbaae5f3a452eb0.
//
// Solidity: event ServiceAdded(bytes32 indexed service, address indexed owner, uint64 computeUnitsPerRelay, uint256 difficultyTarget, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseServiceAdded(log types.Log) (*RegistryServiceAdded, error) {
	event := new(RegistryServiceAdded)
	if err := _Registry.contract.UnpackLog(event, "ServiceAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryServiceUpdatedIterator is returned from FilterServiceUpdated and is used to iterate over the raw logs and unpacked data for ServiceUpdated events raised by the Registry contract.
type RegistryServiceUpdatedIterator struct {
	Event *RegistryServiceUpdated // Event containing the contract specifics and raw log

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
func (it *RegistryServiceUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryServiceUpdated)
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
		it.Event = new(RegistryServiceUpdated)
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
func (it *RegistryServiceUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryServiceUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryServiceUpdated represents a ServiceUpdated event raised by the Registry contract.
type RegistryServiceUpdated struct {
	Service              [32]byte
	ComputeUnitsPerRelay uint64
	DifficultyTarget     *big.Int
	EffectiveHeight      uint64
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterServiceUpdated is a free log retrieval operation binding the contract event 0x62bc80a41402cdb4fb2aa6cf329143b2b75a7f0e60dc66eb47166f4df09bc542.
//
// Solidity: event ServiceUpdated(bytes32 indexed service, uint64 computeUnitsPerRelay, uint256 difficultyTarget, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterServiceUpdated(opts *bind.FilterOpts, service [][32]byte) (*RegistryServiceUpdatedIterator, error) {

	var serviceRule []interface{}
	for _, serviceItem := range service {
		serviceRule = append(serviceRule, serviceItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ServiceUpdated", serviceRule)
	if err != nil {
		return nil, err
	}
	return &RegistryServiceUpdatedIterator{contract: _Registry.contract, event: "ServiceUpdated", logs: logs, sub: sub}, nil
}

// WatchServiceUpdated is a free log subscription operation binding the contract event 0x62bc80a41402cdb4fb2aa6cf329143b2b75a7f0e60dc66eb47166f4df09bc542.
//
// Solidity: event ServiceUpdated(bytes32 indexed service, uint64 computeUnitsPerRelay, uint256 difficultyTarget, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchServiceUpdated(opts *bind.WatchOpts, sink chan<- *RegistryServiceUpdated, service [][32]byte) (event.Subscription, error) {

	var serviceRule []interface{}
	for _, serviceItem := range service {
		serviceRule = append(serviceRule, serviceItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ServiceUpdated", serviceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryServiceUpdated)
				if err := _Registry.contract.UnpackLog(event, "ServiceUpdated", log); err != nil {
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

// ParseServiceUpdated is a log parse operation binding the contract event 0x62bc80a41402cdb4fb2aa6cf329143b2b75a7f0e60dc66eb47166f4df09bc542.
//
// Solidity: event ServiceUpdated(bytes32 indexed service, uint64 computeUnitsPerRelay, uint256 difficultyTarget, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseServiceUpdated(log types.Log) (*RegistryServiceUpdated, error) {
	event := new(RegistryServiceUpdated)
	if err := _Registry.contract.UnpackLog(event, "ServiceUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistrySessionSeedRecordedIterator is returned from FilterSessionSeedRecorded and is used to iterate over the raw logs and unpacked data for SessionSeedRecorded events raised by the Registry contract.
type RegistrySessionSeedRecordedIterator struct {
	Event *RegistrySessionSeedRecorded // Event containing the contract specifics and raw log

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
func (it *RegistrySessionSeedRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistrySessionSeedRecorded)
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
		it.Event = new(RegistrySessionSeedRecorded)
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
func (it *RegistrySessionSeedRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistrySessionSeedRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistrySessionSeedRecorded represents a SessionSeedRecorded event raised by the Registry contract.
type RegistrySessionSeedRecorded struct {
	SessionStart uint64
	Seed         [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterSessionSeedRecorded is a free log retrieval operation binding the contract event 0x91f25e1f05940e8d5566afc3535a2edf6eec020963558e13a3a405bd3de4d4a6.
//
// Solidity: event SessionSeedRecorded(uint64 indexed sessionStart, bytes32 seed)
func (_Registry *RegistryFilterer) FilterSessionSeedRecorded(opts *bind.FilterOpts, sessionStart []uint64) (*RegistrySessionSeedRecordedIterator, error) {

	var sessionStartRule []interface{}
	for _, sessionStartItem := range sessionStart {
		sessionStartRule = append(sessionStartRule, sessionStartItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "SessionSeedRecorded", sessionStartRule)
	if err != nil {
		return nil, err
	}
	return &RegistrySessionSeedRecordedIterator{contract: _Registry.contract, event: "SessionSeedRecorded", logs: logs, sub: sub}, nil
}

// WatchSessionSeedRecorded is a free log subscription operation binding the contract event 0x91f25e1f05940e8d5566afc3535a2edf6eec020963558e13a3a405bd3de4d4a6.
//
// Solidity: event SessionSeedRecorded(uint64 indexed sessionStart, bytes32 seed)
func (_Registry *RegistryFilterer) WatchSessionSeedRecorded(opts *bind.WatchOpts, sink chan<- *RegistrySessionSeedRecorded, sessionStart []uint64) (event.Subscription, error) {

	var sessionStartRule []interface{}
	for _, sessionStartItem := range sessionStart {
		sessionStartRule = append(sessionStartRule, sessionStartItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "SessionSeedRecorded", sessionStartRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistrySessionSeedRecorded)
				if err := _Registry.contract.UnpackLog(event, "SessionSeedRecorded", log); err != nil {
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

// ParseSessionSeedRecorded is a log parse operation binding the contract event 0x91f25e1f05940e8d5566afc3535a2edf6eec020963558e13a3a405bd3de4d4a6.
//
// Solidity: event SessionSeedRecorded(uint64 indexed sessionStart, bytes32 seed)
func (_Registry *RegistryFilterer) ParseSessionSeedRecorded(log types.Log) (*RegistrySessionSeedRecorded, error) {
	event := new(RegistrySessionSeedRecorded)
	if err := _Registry.contract.UnpackLog(event, "SessionSeedRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistrySupplierStakedIterator is returned from FilterSupplierStaked and is used to iterate over the raw logs and unpacked data for SupplierStaked events raised by the Registry contract.
type RegistrySupplierStakedIterator struct {
	Event *RegistrySupplierStaked // Event containing the contract specifics and raw log

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
func (it *RegistrySupplierStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistrySupplierStaked)
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
		it.Event = new(RegistrySupplierStaked)
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
func (it *RegistrySupplierStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistrySupplierStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistrySupplierStaked represents a SupplierStaked event raised by the Registry contract.
type RegistrySupplierStaked struct {
	Supplier        common.Address
	Stake           *big.Int
	Endpoints       []RegistryServiceEndpoint
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterSupplierStaked is a free log retrieval operation binding the contract event 0x78bf402fb4d689ad3850e0cf276573eef541961b4615d4644cbdc21bb8e32af5.
//
// Solidity: event SupplierStaked(address indexed supplier, uint256 stake, (bytes32,string)[] endpoints, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterSupplierStaked(opts *bind.FilterOpts, supplier []common.Address) (*RegistrySupplierStakedIterator, error) {

	var supplierRule []interface{}
	for _, supplierItem := range supplier {
		supplierRule = append(supplierRule, supplierItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "SupplierStaked", supplierRule)
	if err != nil {
		return nil, err
	}
	return &RegistrySupplierStakedIterator{contract: _Registry.contract, event: "SupplierStaked", logs: logs, sub: sub}, nil
}

// WatchSupplierStaked is a free log subscription operation binding the contract event 0x78bf402fb4d689ad3850e0cf276573eef541961b4615d4644cbdc21bb8e32af5.
//
// Solidity: event SupplierStaked(address indexed supplier, uint256 stake, (bytes32,string)[] endpoints, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchSupplierStaked(opts *bind.WatchOpts, sink chan<- *RegistrySupplierStaked, supplier []common.Address) (event.Subscription, error) {

	var supplierRule []interface{}
	for _, supplierItem := range supplier {
		supplierRule = append(supplierRule, supplierItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "SupplierStaked", supplierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistrySupplierStaked)
				if err := _Registry.contract.UnpackLog(event, "SupplierStaked", log); err != nil {
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

// ParseSupplierStaked is a log parse operation binding the contract event 0x78bf402fb4d689ad3850e0cf276573eef541961b4615d4644cbdc21bb8e32af5.
//
// Solidity: event SupplierStaked(address indexed supplier, uint256 stake, (bytes32,string)[] endpoints, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseSupplierStaked(log types.Log) (*RegistrySupplierStaked, error) {
	event := new(RegistrySupplierStaked)
	if err := _Registry.contract.UnpackLog(event, "SupplierStaked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryUnstakedIterator is returned from FilterUnstaked and is used to iterate over the raw logs and unpacked data for Unstaked events raised by the Registry contract.
type RegistryUnstakedIterator struct {
	Event *RegistryUnstaked // Event containing the contract specifics and raw log

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
func (it *RegistryUnstakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryUnstaked)
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
		it.Event = new(RegistryUnstaked)
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
func (it *RegistryUnstakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryUnstakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryUnstaked represents a Unstaked event raised by the Registry contract.
type RegistryUnstaked struct {
	Role            uint8
	Actor           common.Address
	EffectiveHeight uint64
	UnbondingEnd    uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterUnstaked is a free log retrieval operation binding the contract event 0x202d1032dfb26b9a459d2678d013f7311fd25cc508e898ff7724d9c1128870fc.
//
// Solidity: event Unstaked(uint8 indexed role, address indexed actor, uint64 effectiveHeight, uint64 unbondingEnd)
func (_Registry *RegistryFilterer) FilterUnstaked(opts *bind.FilterOpts, role []uint8, actor []common.Address) (*RegistryUnstakedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var actorRule []interface{}
	for _, actorItem := range actor {
		actorRule = append(actorRule, actorItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "Unstaked", roleRule, actorRule)
	if err != nil {
		return nil, err
	}
	return &RegistryUnstakedIterator{contract: _Registry.contract, event: "Unstaked", logs: logs, sub: sub}, nil
}

// WatchUnstaked is a free log subscription operation binding the contract event 0x202d1032dfb26b9a459d2678d013f7311fd25cc508e898ff7724d9c1128870fc.
//
// Solidity: event Unstaked(uint8 indexed role, address indexed actor, uint64 effectiveHeight, uint64 unbondingEnd)
func (_Registry *RegistryFilterer) WatchUnstaked(opts *bind.WatchOpts, sink chan<- *RegistryUnstaked, role []uint8, actor []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var actorRule []interface{}
	for _, actorItem := range actor {
		actorRule = append(actorRule, actorItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "Unstaked", roleRule, actorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryUnstaked)
				if err := _Registry.contract.UnpackLog(event, "Unstaked", log); err != nil {
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

// ParseUnstaked is a log parse operation binding the contract event 0x202d1032dfb26b9a459d2678d013f7311fd25cc508e898ff7724d9c1128870fc.
//
// Solidity: event Unstaked(uint8 indexed role, address indexed actor, uint64 effectiveHeight, uint64 unbondingEnd)
func (_Registry *RegistryFilterer) ParseUnstaked(log types.Log) (*RegistryUnstaked, error) {
	event := new(RegistryUnstaked)
	if err := _Registry.contract.UnpackLog(event, "Unstaked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the Registry contract.
type RegistryWithdrawnIterator struct {
	Event *RegistryWithdrawn // Event containing the contract specifics and raw log

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
func (it *RegistryWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryWithdrawn)
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
		it.Event = new(RegistryWithdrawn)
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
func (it *RegistryWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryWithdrawn represents a Withdrawn event raised by the Registry contract.
type RegistryWithdrawn struct {
	Role            uint8
	Actor           common.Address
	Amount          *big.Int
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x4078d61f6a4a4488baad49eff51afc97a9ef1cbe15f4dd49aff250de59352d09.
//
// Solidity: event Withdrawn(uint8 indexed role, address indexed actor, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterWithdrawn(opts *bind.FilterOpts, role []uint8, actor []common.Address) (*RegistryWithdrawnIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var actorRule []interface{}
	for _, actorItem := range actor {
		actorRule = append(actorRule, actorItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "Withdrawn", roleRule, actorRule)
	if err != nil {
		return nil, err
	}
	return &RegistryWithdrawnIterator{contract: _Registry.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x4078d61f6a4a4488baad49eff51afc97a9ef1cbe15f4dd49aff250de59352d09.
//
// Solidity: event Withdrawn(uint8 indexed role, address indexed actor, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *RegistryWithdrawn, role []uint8, actor []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var actorRule []interface{}
	for _, actorItem := range actor {
		actorRule = append(actorRule, actorItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "Withdrawn", roleRule, actorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryWithdrawn)
				if err := _Registry.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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

// ParseWithdrawn is a log parse operation binding the contract event 0x4078d61f6a4a4488baad49eff51afc97a9ef1cbe15f4dd49aff250de59352d09.
//
// Solidity: event Withdrawn(uint8 indexed role, address indexed actor, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseWithdrawn(log types.Log) (*RegistryWithdrawn, error) {
	event := new(RegistryWithdrawn)
	if err := _Registry.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
