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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"stakeToken\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"name\":\"ActorUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"}],\"name\":\"AlreadyDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ApplicationNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ApplicationNotStakedForService\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BelowMinimumStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"DuplicateService\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"InvalidComputeUnitsPerRelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"InvalidDifficultyTarget\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidServiceCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"InvalidServiceId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"InvalidSettlement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidUrlLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"}],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotServiceOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"}],\"name\":\"NotSessionStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"NotUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ServiceAlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"ServiceNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"SessionInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"SettlementAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyGateways\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownService\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"ApplicationCharged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"ApplicationStaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"GatewayDelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"GatewayStaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gateway\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"GatewayUndelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"ServiceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"ServiceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"sessionStart\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"SessionSeedRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"SettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"SupplierSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"supplier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structRegistry.ServiceEndpoint[]\",\"name\":\"endpoints\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"SupplierStaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveHeight\",\"type\":\"uint64\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"}],\"name\":\"addService\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"application\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"gateways\",\"type\":\"address[]\"}],\"internalType\":\"structRegistry.ApplicationInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"applicationHasServiceAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"applicationStakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"}],\"name\":\"delegateToGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"gateway\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"internalType\":\"structRegistry.GatewayInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"gatewayStakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"getSession\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"application\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"startHeight\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"sessionId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"suppliers\",\"type\":\"address[]\"}],\"internalType\":\"structRegistry.SessionInfo\",\"name\":\"session\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"isDelegatedAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"paramsAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"epochStart\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sup\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"paySupplier\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"recordSessionSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"serviceAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.ServiceConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"serviceOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"sessionCandidates\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"sessionSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"sessionStart\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"blocksPerSession\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindowBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"suppliersPerSession\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofProbabilityPpm\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proofRequirementThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokensPerComputeUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minApplicationStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGatewayStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minSupplierStake\",\"type\":\"uint256\"}],\"internalType\":\"structRegistry.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement_\",\"type\":\"address\"}],\"name\":\"setSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sup\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"slashSupplier\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"add\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"services\",\"type\":\"bytes32[]\"}],\"name\":\"stakeApplication\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"add\",\"type\":\"uint256\"}],\"name\":\"stakeGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"add\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"internalType\":\"structRegistry.ServiceEndpoint[]\",\"name\":\"endpoints\",\"type\":\"tuple[]\"}],\"name\":\"stakeSupplier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"supplier\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"internalType\":\"structRegistry.ServiceEndpoint[]\",\"name\":\"endpoints\",\"type\":\"tuple[]\"}],\"internalType\":\"structRegistry.SupplierInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sup\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"}],\"name\":\"supplierStakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"gw\",\"type\":\"address\"}],\"name\":\"undelegateFromGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeApplication\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeSupplier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"computeUnitsPerRelay\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"difficultyTarget\",\"type\":\"uint256\"}],\"name\":\"updateService\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawApplication\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawSupplier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161640c38038061640c83398101604081905261002f91610cb7565b604080518082018252600981526872656c61796e6f646560b81b602080830191909152825180840190935260018352603160f81b9083015290826001600160a01b03811661009757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100a0816104d1565b506100ac8260026104ed565b610120526100bb8160036104ed565b61014052815160208084019190912060e052815190820120610100524660a05261014760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101598261051f565b6001600160a01b0383166101609081526040805180820182528481525f6020808301828152600580546001810182559084529351805160089095027f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db081018054948301519783015160608401516001600160401b03908116600160c01b026001600160c01b03928216600160801b02929092166001600160801b039a821668010000000000000000026001600160801b0319909816998216999099179690961798909816969096179690961790945560808401517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db18601805460a087015160c088015163ffffffff9081166c010000000000000000000000000263ffffffff60601b19928816640100000000026001600160601b03199094169190951617919091171691909117905560e08401517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db28601556101008401517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db38601556101208401517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db48601556101408401517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db586015592909401517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db684015590517f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db79092018054929093166001600160401b031992909216919091179091556103bf9060069080610a1e565b50507f560a2d5701f5c4f0ea444500300c816bf230d34249b6d113d54a0e0fd54f46ad5f836040516104c19291906001600160401b03838116825282511660208201526101a0810160208301516001600160401b03811660408401525060408301516001600160401b03811660608401525060608301516001600160401b038116608084015250608083015163ffffffff811660a08401525060a08301516001600160401b03811660c08401525060c083015163ffffffff811660e08401525060e08301516101008301526101008301516101208301526101208301516101408301526101408301516101608301526101608301516101808301529392505050565b60405180910390a1505050610f8f565b600180546001600160a01b03191690556104ea81610a38565b50565b5f6020835110156105085761050183610a87565b9050610519565b816105138482610e43565b5060ff90505b92915050565b80516001600160401b039081165f0361058257604051630b6f4e6560e11b815260806004820152601060848201526f313637b1b5b9a832b929b2b9b9b4b7b760811b60a48201525f6024820152600160448201526064810182905260c40161008e565b81604001516001600160401b03165f036105e757604051630b6f4e6560e11b8152608060048201526011608482015270636c61696d57696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c40161008e565b81606001516001600160401b03165f0361064c57604051630b6f4e6560e11b815260806004820152601160848201527070726f6f6657696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c40161008e565b608082015163ffffffff16158061066d57506020826080015163ffffffff16115b156106db57608080830151604051630b6f4e6560e11b81526004810192909252601360848301527f737570706c6965727350657253657373696f6e0000000000000000000000000060a483015263ffffffff166024820152600160448201526020606482015260c40161008e565b5f82606001516001600160401b031683604001516001600160401b031684602001516001600160401b0316855f01516001600160401b031661071d9190610f11565b6107279190610f11565b6107319190610f11565b905060f081111561079a57604051630b6f4e6560e11b815260806004820152601660848201527f73657373696f6e416e6457696e646f77426c6f636b730000000000000000000060a4820152602481018290526003604482015260f0606482015260c40161008e565b808360a001516001600160401b0316101561080d5760a0830151604051630b6f4e6560e11b815260806004820152600f60848201526e756e626f6e64696e67426c6f636b7360881b60a48201526001600160401b039091166024820152604481018290526064810183905260c40161008e565b620f42408360c0015163ffffffff16111561088c5760c0830151604051630b6f4e6560e11b815260806004820152601360848201527f70726f6f6650726f626162696c69747950706d0000000000000000000000000060a482015263ffffffff90911660248201525f6044820152620f4240606482015260c40161008e565b6101008301515f19905f036108f857604051630b6f4e6560e11b815260806004820152601460848201527f746f6b656e73506572436f6d70757465556e697400000000000000000000000060a48201525f6024820152600160448201526064810182905260c40161008e565b8361012001515f0361096157604051630b6f4e6560e11b815260806004820152601360848201527f6d696e4170706c69636174696f6e5374616b650000000000000000000000000060a48201525f6024820152600160448201526064810182905260c40161008e565b8361014001515f036109bc57604051630b6f4e6560e11b815260806004820152600f60848201526e6d696e476174657761795374616b6560881b60a48201525f6024820152600160448201526064810182905260c40161008e565b8361016001515f03610a1857604051630b6f4e6560e11b815260806004820152601060848201526f6d696e537570706c6965725374616b6560801b60a48201525f6024820152600160448201526064810182905260c40161008e565b50505050565b5f80610a2b858585610ac4565b915091505b935093915050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f829050601f81511115610ab1578260405163305a27a960e01b815260040161008e9190610f24565b8051610abc82610f59565b179392505050565b82545f9081908015610bd0575f610aed87610ae0600185610f7c565b5f91825260209091200190565b805490915065ffffffffffff80821691660100000000000090046001600160d01b0316908816821115610b3357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603610b6f57825465ffffffffffff1666010000000000006001600160d01b03891602178355610bc2565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350610a3092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610a30565b6001600160a01b03811681146104ea575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405161018081016001600160401b0381118282101715610c7857610c78610c41565b60405290565b80516001600160401b0381168114610c94575f5ffd5b919050565b805163ffffffff81168114610c94575f5ffd5b8051610c9481610c2d565b5f5f5f8385036101c0811215610ccb575f5ffd5b8451610cd681610c2d565b9350610180601f1982011215610cea575f5ffd5b50610cf3610c55565b610cff60208601610c7e565b8152610d0d60408601610c7e565b6020820152610d1e60608601610c7e565b6040820152610d2f60808601610c7e565b6060820152610d4060a08601610c99565b6080820152610d5160c08601610c7e565b60a0820152610d6260e08601610c99565b60c08201526101008581015160e0830152610120808701519183019190915261014080870151918301919091526101608087015191830191909152610180860151908201529150610db66101a08501610cac565b90509250925092565b600181811c90821680610dd357607f821691505b602082108103610df157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610e3e57805f5260205f20601f840160051c81016020851015610e1c5750805b601f840160051c820191505b81811015610e3b575f8155600101610e28565b50505b505050565b81516001600160401b03811115610e5c57610e5c610c41565b610e7081610e6a8454610dbf565b84610df7565b6020601f821160018114610ea2575f8315610e8b5750848201515b5f19600385901b1c1916600184901b178455610e3b565b5f84815260208120601f198516915b82811015610ed15787850151825560209485019460019092019101610eb1565b5084821015610eee57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561051957610519610efd565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610df1575f1960209190910360031b1b16919050565b8181038181111561051957610519610efd565b60805160a05160c05160e051610100516101205161014051610160516153ff61100d5f395f818161066b01528181610acb01528181610ef4015281816119fe01528181611e03015261307d01525f61328501525f61325801525f612d9001525f612d6801525f612cc301525f612ced01525f612d1701526153ff5ff3fe608060405234801561000f575f5ffd5b5060043610610260575f3560e01c80638f4e6f371161014b578063cf6928e6116100bf578063f01f4ea811610084578063f01f4ea8146105f5578063f23f7b6114610608578063f2fde38b14610628578063fbaea4521461063b578063fc0c546a14610666578063fd9481fe1461068d575f5ffd5b8063cf6928e614610589578063d2bb3a8914610591578063d7c0bd55146105a4578063e30c3978146105c4578063e3eb842b146105d5575f5ffd5b8063a753eeeb11610110578063a753eeeb1461051f578063a7a267a714610540578063a7d750ef14610553578063b69e665614610566578063bde5bb9d1461056e578063cc1d877514610576575f5ffd5b80638f4e6f37146104bb578063900d6d87146104ce57806396120bd8146104e1578063964356a5146104f45780639f8fafeb14610517575f5ffd5b80635f8937e1116101e257806379ba5097116101a757806379ba509714610442578063817a63d91461044a57806384b0196e1461045d57806384e84294146104785780638bd2cc111461048b5780638da5cb5b146104ab575f5ffd5b80635f8937e1146103ee578063606170e11461040157806361100eb31461041457806365c20eff14610427578063715018a61461043a575f5ffd5b80632c5b34e5116102285780632c5b34e51461035f5780633644e5151461039f57806342e6f919146103b55780634f780682146103c857806351160630146103db575f5ffd5b806314beb3a314610264578063180c06e5146102825780631b94f446146103025780631de3d341146103175780631fcf55ff14610357575b5f5ffd5b61026c610695565b6040516102799190614567565b60405180910390f35b6102de610290366004614591565b604080518082019091525f8082526020820152506001600160a01b03165f908152600a6020908152604091829020825180840190935280548352600101546001600160401b03169082015290565b60408051825181526020928301516001600160401b03169281019290925201610279565b6103156103103660046145c9565b610758565b005b61033f6103253660046145fe565b5f908152600760205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610279565b610315610955565b61037261036d366004614615565b610af8565b6040805183516001600160401b031681526020938401519381019390935290151590820152606001610279565b6103a7610bad565b604051908152602001610279565b6103a76103c3366004614643565b610bbb565b6103156103d63660046145c9565b610bfa565b60045461033f906001600160a01b031681565b6103a76103fc36600461466d565b610d60565b6103a761040f366004614688565b610e31565b6103156104223660046146f1565b610f24565b6103a761043536600461466d565b6111a8565b610315611292565b6103156112a5565b6103156104583660046146f1565b6112e9565b610465611646565b6040516102799796959493929190614766565b6103156104863660046145fe565b611688565b61049e610499366004614591565b611706565b604051610279919061483f565b5f546001600160a01b031661033f565b6103156104c9366004614591565b611840565b6103a76104dc3660046148cf565b61190a565b6103156104ef366004614591565b611a2f565b6105076105023660046148f7565b611bc3565b6040519015158152602001610279565b610315611c20565b61053261052d36600461466d565b611c4d565b60405161027992919061493b565b6103a761054e366004614643565b611d1d565b610507610561366004614961565b611d4a565b610315611d92565b610315611e2a565b6103a7610584366004614643565b611e4f565b610315611e7c565b61031561059f366004614591565b611e9f565b6105b76105b2366004614615565b61205a565b6040516102799190614993565b6001546001600160a01b031661033f565b6105e86105e3366004614591565b61212a565b60405161027991906149a5565b610315610603366004614a46565b612279565b61061b610616366004614961565b6124e5565b6040516102799190614a60565b610315610636366004614591565b61286b565b61064e61064936600461466d565b6128db565b6040516001600160401b039091168152602001610279565b61033f7f000000000000000000000000000000000000000000000000000000000000000081565b610315612908565b61069d614332565b6106a5612949565b604080516101808101825282546001600160401b038082168352600160401b820481166020840152600160801b8204811693830193909352600160c01b900482166060820152600183015463ffffffff8082166080840152640100000000820490931660a0830152600160601b900490911660c0820152600282015460e0820152600382015461010082015260048201546101208201526005820154610140820152600690910154610160820152919050565b5f83815260076020526040902080546001600160a01b03166107955760405163cab7596760e01b8152600481018590526024015b60405180910390fd5b80546001600160a01b031633146107da5780546040516334c4873b60e21b8152600481018690526001600160a01b03909116602482015233604482015260640161078c565b6107e4838361297f565b5f6107ed6129cc565b604080518082019091526001600160401b0386168152602081018590529091505f8061081b60018601612a2c565b92509250508365ffffffffffff168265ffffffffffff160361089f578260028601610847600184614ae5565b6001600160d01b03168154811061086057610860614b04565b5f918252602091829020835160029290920201805467ffffffffffffffff19166001600160401b039092169190911781559101516001909101556108f8565b60028581018054600180820183555f838152602090819020885193909502909401805467ffffffffffffffff19166001600160401b039093169290921782559286015190830155546108f5918701908690612a98565b50505b604080516001600160401b03891681526020810188905265ffffffffffff861681830152905189917f62bc80a41402cdb4fb2aa6cf329143b2b75a7f0e60dc66eb47166f4df09bc542919081900360600190a25050505050505050565b335f908152600960205260408120819061096f9082612ab2565b335f908152600c602052604081209294509092505b81548110156109d957335f908152600d6020526040812083546109d192908590859081106109b4576109b4614b04565b905f5260205f20015481526020019081526020015f20845f612b46565b600101610984565b50335f908152600c602052604081206109f191614395565b335f908152600e60205260408120905b8154811015610a6457335f908152600f602052604081208354610a5c9290859085908110610a3157610a31614b04565b5f9182526020808320909101546001600160a01b031683528201929092526040018120908690612b46565b600101610a01565b50335f908152600e60205260408120610a7c91614395565b335f6040805187815265ffffffffffff871660208201527f4078d61f6a4a4488baad49eff51afc97a9ef1cbe15f4dd49aff250de59352d09910160405180910390a3610af26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163386612b8b565b50505050565b604080518082019091525f80825260208201525f83815260076020526040812081610b2f610b2586612bea565b6001840190612c14565b6001600160d01b03169050805f03610b4c57505f9150610ba69050565b60028201610b5b600183614b2c565b81548110610b6b57610b6b614b04565b5f9182526020918290206040805180820190915260029092020180546001600160401b03168252600190810154928201929092529450925050505b9250929050565b5f610bb6612cb7565b905090565b5f610be8610bc883612bea565b6001600160a01b0385165f908152600b6020526040902060020190612c14565b6001600160d01b031690505b92915050565b610c0383612de0565b610c235760405163185e417b60e21b81526004810184905260240161078c565b5f83815260076020526040902080546001600160a01b031615610c6e578054604051630b1adce160e01b8152600481018690526001600160a01b03909116602482015260440161078c565b610c78838361297f565b5f610c816129cc565b82546001600160a01b03191633178355604080518082019091526001600160401b038087168252602080830187815260028088018054600181810183555f928352949091209551910290940180549490931667ffffffffffffffff19909416939093178255915190820155909150610cfe90808401908390612a98565b5050604080516001600160401b03861681526020810185905265ffffffffffff831691810191909152339086907f532ca20bbbb0eadc9d30cc0351cb89d58aec341c192b359d6fbaae5f3a452eb0906060015b60405180910390a35050505050565b5f816001600160401b03165f03610d7857505f919050565b6001600160401b0382165f908152601160205260409020548015610d9c5792915050565b436001600160401b038082169085161115610ddd576040516325b2658960e01b81526001600160401b0380861660048301528216602482015260440161078c565b5f610de9600186614b3f565b6001600160401b03164090505f819003610e29576040516364f8b75f60e01b81526001600160401b0380871660048301528316602482015260440161078c565b949350505050565b6004545f906001600160a01b03163314610e6057604051634afb55c560e01b815233600482015260240161078c565b6001600160a01b0384165f908152600960205260408120610e819084612f1c565b90925090505f829003610e97575f915050610f1d565b6040805183815265ffffffffffff831660208201526001600160a01b0380871692908816917fabfc0019ead2d9c571f1851efe4983524040de3c57eca709511a0044d7870fc7910160405180910390a3610f1b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168584612b8b565b505b9392505050565b335f9081526009602052604081208190610f4b908287610f42612949565b60040154612f90565b909250905082801580610f5e5750600881115b15610f8d5760405163e0ef4c1560e01b815260048101829052600160248201526008604482015260640161078c565b5f5b8181101561103f57610fb8868683818110610fac57610fac614b04565b90506020020135613033565b5f5b8181101561103657868683818110610fd457610fd4614b04565b90506020020135878783818110610fed57610fed614b04565b905060200201350361102e5786868381811061100b5761100b614b04565b905060200201356040516362bda5bd60e01b815260040161078c91815260200190565b600101610fba565b50600101610f8f565b50335f908152600d60209081526040808320600c909252822090915b81548110156110ed575f82828154811061107757611077614b04565b5f9182526020822001549150805b8681108015611092575081155b156110c557828b8b838181106110aa576110aa614b04565b90506020020135149150806110be90614b5e565b9050611085565b50806110e3575f8281526020869052604081206110e3918990612b46565b505060010161105b565b505f5b838110156111335761112b835f8a8a8581811061110f5761110f614b04565b9050602002013581526020019081526020015f20866001612b46565b6001016110f0565b50335f908152600c6020526040902061114d9088886143b0565b50336001600160a01b03167f3b4b69c148603c7076cb0c0479680a3c28cf721ed67aa40b4fd669f48d25d5148689898860405161118d9493929190614b76565b60405180910390a261119e8861306a565b5050505050505050565b5f5f6111b3836128db565b9050826001600160401b0316816001600160401b0316146111fa576040516334483f6360e21b81526001600160401b0380851660048301528216602482015260440161078c565b61120383610d60565b91506001600160401b0383161580159061123257506001600160401b0383165f90815260116020526040902054155b1561128c576001600160401b0383165f8181526011602052604090819020849055517f91f25e1f05940e8d5566afc3535a2edf6eec020963558e13a3a405bd3de4d4a6906112839085815260200190565b60405180910390a25b50919050565b61129a6130a5565b6112a35f6130d1565b565b60015433906001600160a01b031681146112dd5760405163118cdaa760e01b81526001600160a01b038216600482015260240161078c565b6112e6816130d1565b50565b335f908152600b60205260408120819061131190600287611308612949565b60060154612f90565b9092509050828015806113245750601081115b156113535760405163e0ef4c1560e01b815260048101829052600160248201526010604482015260640161078c565b5f5b8181101561146d575f86868381811061137057611370614b04565b90506020028101906113829190614bc2565b35905061138e81613033565b5f5b828110156113e757818888838181106113ab576113ab614b04565b90506020028101906113bd9190614bc2565b35036113df576040516362bda5bd60e01b81526004810183905260240161078c565b600101611390565b505f8787848181106113fb576113fb614b04565b905060200281019061140d9190614bc2565b61141b906020810190614be0565b91505080158061142c575061010081115b1561146357604051633028a7a760e11b8152600481018390526024810182905260016044820152610100606482015260840161078c565b5050600101611355565b50335f908152601060205260408120905b815481101561150c575f82828154811061149a5761149a614b04565b5f91825260208220600290910201549150805b858110156114f157828a8a838181106114c8576114c8614b04565b90506020028101906114da9190614bc2565b35036114e957600191506114f1565b6001016114ad565b5080611502576115028233886130ea565b505060010161147e565b50335f908152601060205260408120611524916143f5565b5f5b828110156115ec575f87878381811061154157611541614b04565b90506020028101906115539190614bc2565b355f81815260086020908152604080832033845260020190915281205491925003611583576115838133876131cf565b82546001810184555f848152602090206002909102018181558888848181106115ae576115ae614b04565b90506020028101906115c09190614bc2565b6115ce906020810190614be0565b60018301916115de919083614cac565b505050806001019050611526565b50336001600160a01b03167f78bf402fb4d689ad3850e0cf276573eef541961b4615d4644cbdc21bb8e32af58588888760405161162c9493929190614d65565b60405180910390a261163d8761306a565b50505050505050565b5f6060805f5f5f6060611657613251565b61165f61327e565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b335f908152600a6020526040812081906116b0906001856116a7612949565b60050154612f90565b6040805183815265ffffffffffff8316602082015292945090925033917f945ac90d5580f97b9f853a60b920db76be4a1a7da53f414b97c824891172aee5910160405180910390a26117018361306a565b505050565b61173860405180608001604052805f81526020015f6001600160401b0316815260200160608152602001606081525090565b6001600160a01b0382165f81815260096020908152604080832081516080810183528154815260018201546001600160401b031681850152948452600c83529281902080548251818502810185018452818152949594928501938301828280156117bf57602002820191905f5260205f20905b8154815260200190600101908083116117ab575b50505091835250506001600160a01b0385165f908152600e6020908152604091829020805483518184028101840190945280845293820193909183018282801561183057602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611812575b5050505050815250915050919050565b6118486130a5565b6004546001600160a01b03161561188457600480546040516321391f6760e11b81526001600160a01b039091169181019190915260240161078c565b6001600160a01b0381166118b65760405163323b1ac560e11b81526001600160a01b038216600482015260240161078c565b600480546001600160a01b0319166001600160a01b0383169081179091556040519081527f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca999060200160405180910390a150565b6004545f906001600160a01b0316331461193957604051634afb55c560e01b815233600482015260240161078c565b6001600160a01b0383165f908152600b602052604081209061195b8285612f1c565b90935090505f839003611972575f92505050610bf4565b6040805184815265ffffffffffff831660208201526001600160a01b038716917fe88b54cc88efa740ca423a6e5a9f665a7f9c84ae230903fceedf6f062923a8f3910160405180910390a260018201546001600160401b03161580156119e357506119db612949565b600601548254105b156119f1576119f1856132ab565b611a276001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001661dead85612b8b565b505092915050565b335f81815260096020526040812091611a49918391613325565b6001600160a01b0382165f908152600a60205260409020611a6c90600184613325565b335f908152600e60205260408120805490915b81811015611aee57846001600160a01b0316838281548110611aa357611aa3614b04565b5f918252602090912001546001600160a01b031603611ae657604051633e39e40f60e21b81523360048201526001600160a01b038616602482015260440161078c565b600101611a7f565b5060088110611b1957604051630bbe161960e31b81523360048201526008602482015260440161078c565b81546001810183555f8381526020812090910180546001600160a01b0319166001600160a01b038716179055611b4d6129cc565b335f908152600f602090815260408083206001600160a01b038a1684529091529020909150611b7e90826001612b46565b60405165ffffffffffff821681526001600160a01b0386169033907fda532c1bbc53115f461492874b7243b7d17128c991ea5a9f20cc0bbc279b635990602001610d51565b5f611bfa611bd083612bea565b6001600160a01b038087165f908152600f6020908152604080832093891683529290522090612c14565b6001600160d01b031615801590610e295750611c168383611e4f565b1515949350505050565b335f818152600a6020526040902090611c3d908290600190613325565b611c4981600133613389565b5050565b611c55614332565b5f5f611c6084613460565b6007810154604080516101808101825283546001600160401b038181168352600160401b820481166020840152600160801b8204811693830193909352600160c01b900482166060820152600184015463ffffffff80821660808401526401000000008204841660a0840152600160601b9091041660c0820152600284015460e082015260038401546101008201526004840154610120820152600584015461014082015260069093015461016084015291969116945092505050565b5f610be8611d2a83612bea565b6001600160a01b0385165f90815260096020526040902060020190612c14565b5f611d7f611d5783612bea565b6001600160a01b0386165f908152600d60209081526040808320888452909152902090612c14565b6001600160d01b03161515949350505050565b335f908152600a602052604081208190611dad906001612ab2565b90925090503360015b6040805185815265ffffffffffff851660208201527f4078d61f6a4a4488baad49eff51afc97a9ef1cbe15f4dd49aff250de59352d09910160405180910390a3611c496001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384612b8b565b335f81815260096020526040812091611e44918391613325565b611c49815f33613389565b5f610be8611e5c83612bea565b6001600160a01b0385165f908152600a6020526040902060020190612c14565b335f818152600b60205260409020611e9691600290613325565b6112a3336132ab565b335f908152600e60205260408120805490915b8181108015611eef5750836001600160a01b0316838281548110611ed857611ed8614b04565b5f918252602090912001546001600160a01b031614155b15611f0457611efd81614b5e565b9050611eb2565b818103611f355760405163081490d160e41b81523360048201526001600160a01b038516602482015260440161078c565b82611f41600184614b2c565b81548110611f5157611f51614b04565b905f5260205f20015f9054906101000a90046001600160a01b0316838281548110611f7e57611f7e614b04565b905f5260205f20015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555082805480611fb957611fb9614e54565b5f8281526020812082015f1990810180546001600160a01b0319169055909101909155611fe46129cc565b335f908152600f602090815260408083206001600160a01b038a168452909152812091925061201591908390612b46565b60405165ffffffffffff821681526001600160a01b0386169033907fa4fb09be963a87556c79b23e6ebaed01450cc007ca1cd6db3fd84290ac685d7c90602001610d51565b5f82815260086020526040812060609161207384612bea565b905061207f8282612c14565b6001600160d01b03166001600160401b0381111561209f5761209f614c22565b6040519080825280602002602001820160405280156120c8578160200160208202803683370190505b5092505f5b8351811015612121575f81815260018401602052604090206120ef9083612c14565b84828151811061210157612101614b04565b6001600160a01b03909216602092830291909101909101526001016120cd565b50505092915050565b60408051606080820183525f80835260208084018290528385018390526001600160a01b038616808352600b8252858320865194850187528054855260018101546001600160401b0316858401529083526010825285832080548751818502810185018952818152969792969286019492939192909184015b8282101561226c578382905f5260205f2090600202016040518060400160405290815f82015481526020016001820180546121dd90614c36565b80601f016020809104026020016040519081016040528092919081815260200182805461220990614c36565b80156122545780601f1061222b57610100808354040283529160200191612254565b820191905f5260205f20905b81548152906001019060200180831161223757829003601f168201915b505050505081525050815260200190600101906121a3565b5050509152509392505050565b6122816130a5565b61229861229336839003830183614ead565b6134a3565b5f6122a16129cc565b90505f5f6122af6006612a2c565b92509250508265ffffffffffff168265ffffffffffff160361230957836005826001600160d01b0316815481106122e8576122e8614b04565b5f91825260209091206008909102016123018282614f90565b9050506124a6565b60056040518060400160405280868036038101906123279190614ead565b815265ffffffffffff86166020918201528254600181810185555f94855293829020835180516008909302909101805482850151604084015160608501516001600160401b03908116600160c01b026001600160c01b03928216600160801b02929092166fffffffffffffffffffffffffffffffff938216600160401b026fffffffffffffffffffffffffffffffff19909516978216979097179390931791909116949094179390931781556080820151818701805460a085015160c086015163ffffffff908116600160601b0263ffffffff60601b19928916640100000000026bffffffffffffffffffffffff199094169190951617919091171691909117905560e08201516002820155610100820151600382015561012082015160048201556101408201516005808301919091556101609092015160068201559390920151600790930180549390911667ffffffffffffffff199390931692909217909155546124a391859161249a9190614b2c565b60069190612a98565b50505b7f560a2d5701f5c4f0ea444500300c816bf230d34249b6d113d54a0e0fd54f46ad83856040516124d792919061513a565b60405180910390a150505050565b61253a6040518060e001604052805f6001600160a01b031681526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f8152602001606081525090565b5f61254483613460565b805460078201549192506001600160401b03908116915f91612569918791168461396e565b90505f61257582612bea565b5f8881526007602052604090209091506125929060010182612c14565b6001600160d01b03165f036125cc5760405163029a617f60e21b8152600481018890526001600160401b038316602482015260440161078c565b6001600160a01b0388165f9081526009602052604090206125f09060020182612c14565b6001600160d01b03165f0361263257604051635ab23b2b60e01b81526001600160a01b03891660048201526001600160401b038316602482015260440161078c565b6001600160a01b0388165f908152600d602090815260408083208a8452909152902061265e9082612c14565b6001600160d01b03165f036126a75760405163662a0f8f60e11b81526001600160a01b0389166004820152602481018890526001600160401b038316604482015260640161078c565b5f6126b183610d60565b604080516001600160a01b038c166020808301919091528183018c90526001600160401b038716606083015260808083018590528351808403909101815260a090920190925280519101209091505f905f8a815260086020526040812091925061273c8361271f8488612c14565b60018b01546001600160d01b03919091169063ffffffff16613999565b90505f81516001600160401b0381111561275857612758614c22565b604051908082528060200260200182016040528015612781578160200160208202803683370190505b5090505f5b82518110156127ff576127cd87856001015f8685815181106127aa576127aa614b04565b602002602001015181526020019081526020015f20612c1490919063ffffffff16565b8282815181106127df576127df614b04565b6001600160a01b0390921660209283029190910190910152600101612786565b506040518060e001604052808e6001600160a01b031681526020018d8152602001886001600160401b03168152602001898961283b919061524f565b6001600160401b031681526020018581526020018681526020018281525099505050505050505050509392505050565b6128736130a5565b600180546001600160a01b0383166001600160a01b031990911681179091556128a35f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f5f6128e683613460565b60078101548154919250610f1d9185916001600160401b03908116911661396e565b335f908152600b602052604081208190612923906002612ab2565b335f90815260106020526040812092945090925061294191906143f5565b336002611db6565b600580545f919061295c90600190614b2c565b8154811061296c5761296c614b04565b905f5260205f2090600802015f01905090565b816001600160401b03165f036129aa576040516304c7ccf960e21b81525f600482015260240161078c565b805f03611c4957604051637beb4e2f60e11b81525f600482015260240161078c565b5f5f6129d743613d48565b90505f6129e382613460565b805460078201549192506001600160401b0390811691612a24918391612a0c918791168361396e565b612a16919061524f565b6001600160401b0316613d81565b935050505090565b80545f9081908190808203612a4a575f5f5f93509350935050612a91565b5f612a6786612a5a600185614b2c565b5f91825260209091200190565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250612a91915050565b9193909250565b5f80612aa5858585613db3565b915091505b935093915050565b60018201545f9081906001600160401b0316808203612ae85783336040516323b36aff60e21b815260040161078c92919061528e565b806001600160401b0316431015612b1a578333824360405163c726257760e01b815260040161078c94939291906152b4565b84545f865560018601805467ffffffffffffffff191690559250612b3c6129cc565b9150509250929050565b5f5f612b5185612a2c565b9250509150818015612b745750826001600160d01b0316816001600160d01b0316145b15612b80575050505050565b61163d858585612a98565b6040516001600160a01b0383811660248301526044820183905261170191859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613f03565b5f65ffffffffffff6001600160401b03831611612c075781610bf4565b65ffffffffffff92915050565b81545f9081816005811115612c70575f612c2d84613f6f565b612c379085614b2c565b5f8881526020902090915081015465ffffffffffff9081169087161015612c6057809150612c6e565b612c6b8160016152f0565b92505b505b5f612c7d878785856140c2565b90508015612caa57612c9487612a5a600184614b2c565b54600160301b90046001600160d01b0316612cac565b5f5b979650505050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612d0f57507f000000000000000000000000000000000000000000000000000000000000000046145b15612d3957507f000000000000000000000000000000000000000000000000000000000000000090565b610bb6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f81811a60f81b6001600160f81b0319165f03612dfe57505f919050565b5f805b6020811015612f12575f848260208110612e1d57612e1d614b04565b1a60f81b90506001600160f81b031981165f03612e3e576001925050612f0a565b8215612e4e57505f949350505050565b5f606160f81b6001600160f81b0319831610801590612e7b5750603d60f91b6001600160f81b0319831611155b80612ead5750600360fc1b6001600160f81b0319831610801590612ead5750603960f81b6001600160f81b0319831611155b80612ec55750601760f91b6001600160f81b03198316145b80612edd5750605f60f81b6001600160f81b03198316145b80612ef55750602d60f81b6001600160f81b03198316145b905080612f0757505f95945050505050565b50505b600101612e01565b5060019392505050565b5f5f835f01548310612f2f578354612f31565b825b9150612f3b6129cc565b9050815f03612f4c575f9150610ba6565b81845f015f828254612f5e9190614b2c565b909155505060018401546001600160401b03165f03610ba657610ba68460020182612f8b875f0154614119565b612b46565b60018401545f9081906001600160401b031615612fd3576001860154604051634b133e8b60e11b815261078c91879133916001600160401b031690600401615303565b8554612fe09085906152f0565b91508282101561300c5760405162d46a8160e31b8152600481018490526024810183905260440161078c565b8186556130176129cc565b905061302a8660020182612f8b85614119565b94509492505050565b5f818152600760205260409020546001600160a01b03166112e65760405163cab7596760e01b81526004810182905260240161078c565b80156112e6576112e66001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461414c565b5f546001600160a01b031633146112a35760405163118cdaa760e01b815233600482015260240161078c565b600180546001600160a01b03191690556112e681614185565b5f8381526008602090815260408083206001600160a01b0386168452600281019092528220549091600161311d846141d4565b6131279190614ae5565b6001600160d01b031690508061313e600184614b2c565b146131a2575f818152600184016020526040812061315b906141d4565b9050613186846001015f6001866131729190614b2c565b81526020019081526020015f208683612b46565b6001600160a01b03165f90815260028401602052604090208290555b6001600160a01b0385165f9081526002840160205260408120556131c7838583612b46565b505050505050565b5f838152600860205260408120906131e6826141d4565b6001600160d01b03165f818152600184016020526040902090915061321590846001600160a01b038716612b46565b6132208160016152f0565b6001600160a01b0385165f90815260028401602052604090205561324a8284612f8b8460016152f0565b5050505050565b6060610bb67f0000000000000000000000000000000000000000000000000000000000000000600261420b565b6060610bb67f0000000000000000000000000000000000000000000000000000000000000000600361420b565b6001600160a01b0381165f908152600b602052604081206132ce90600284613389565b6001600160a01b0383165f9081526010602052604081209192505b8154811015610af25761331d82828154811061330757613307614b04565b905f5260205f2090600202015f015485856130ea565b6001016132e9565b82545f0361334a5781816040516315941b5360e11b815260040161078c92919061528e565b60018301546001600160401b031615611701576001830154604051634b133e8b60e11b815261078c91849184916001600160401b031690600401615303565b5f6133926129cc565b90506133a284600201825f612b46565b5f6133ac43613460565b600101546133d39064010000000090046001600160401b031665ffffffffffff841661524f565b60018601805467ffffffffffffffff19166001600160401b03831617905590506001600160a01b03831684600281111561340f5761340f614b18565b6040805165ffffffffffff861681526001600160401b03851660208201527f202d1032dfb26b9a459d2678d013f7311fd25cc508e898ff7724d9c1128870fc910160405180910390a3509392505050565b5f600561347761346f84612bea565b600690612c14565b6001600160d01b03168154811061349057613490614b04565b905f5260205f2090600802019050919050565b80516001600160401b039081165f0361350657604051630b6f4e6560e11b815260806004820152601060848201526f313637b1b5b9a832b929b2b9b9b4b7b760811b60a48201525f6024820152600160448201526064810182905260c40161078c565b81604001516001600160401b03165f0361356b57604051630b6f4e6560e11b8152608060048201526011608482015270636c61696d57696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c40161078c565b81606001516001600160401b03165f036135d057604051630b6f4e6560e11b815260806004820152601160848201527070726f6f6657696e646f77426c6f636b7360781b60a48201525f6024820152600160448201526064810182905260c40161078c565b608082015163ffffffff1615806135f157506020826080015163ffffffff16115b1561365557608080830151604051630b6f4e6560e11b81526004810192909252601360848301527239bab8383634b2b939a832b929b2b9b9b4b7b760691b60a483015263ffffffff166024820152600160448201526020606482015260c40161078c565b5f82606001516001600160401b031683604001516001600160401b031684602001516001600160401b0316855f01516001600160401b031661369791906152f0565b6136a191906152f0565b6136ab91906152f0565b905060f081111561370d57604051630b6f4e6560e11b815260806004820152601660848201527573657373696f6e416e6457696e646f77426c6f636b7360501b60a4820152602481018290526003604482015260f0606482015260c40161078c565b808360a001516001600160401b031610156137805760a0830151604051630b6f4e6560e11b815260806004820152600f60848201526e756e626f6e64696e67426c6f636b7360881b60a48201526001600160401b039091166024820152604481018290526064810183905260c40161078c565b620f42408360c0015163ffffffff1611156137f55760c0830151604051630b6f4e6560e11b815260806004820152601360848201527270726f6f6650726f626162696c69747950706d60681b60a482015263ffffffff90911660248201525f6044820152620f4240606482015260c40161078c565b6101008301515f19905f0361385857604051630b6f4e6560e11b81526080600482015260146084820152731d1bdad95b9cd4195c90dbdb5c1d5d19555b9a5d60621b60a48201525f6024820152600160448201526064810182905260c40161078c565b8361012001515f036138b757604051630b6f4e6560e11b81526080600482015260136084820152726d696e4170706c69636174696f6e5374616b6560681b60a48201525f6024820152600160448201526064810182905260c40161078c565b8361014001515f0361391257604051630b6f4e6560e11b815260806004820152600f60848201526e6d696e476174657761795374616b6560881b60a48201525f6024820152600160448201526064810182905260c40161078c565b8361016001515f03610af257604051630b6f4e6560e11b815260806004820152601060848201526f6d696e537570706c6965725374616b6560801b60a48201525f6024820152600160448201526064810182905260c40161078c565b5f818061397b8587614b3f565b613985919061534d565b61398f919061537a565b610e29908461524f565b60605f8383106139a957836139ab565b825b9050806001600160401b038111156139c5576139c5614c22565b6040519080825280602002602001820160405280156139ee578160200160208202803683370190505b509150805f036139fe5750610f1d565b6104008411613b55575f846001600160401b03811115613a2057613a20614c22565b604051908082528060200260200182016040528015613a49578160200160208202803683370190505b5090505f5b85811015613a7c5780828281518110613a6957613a69614b04565b6020908102919091010152600101613a4e565b505f5b82811015613b4d575f613a928288614b2c565b6040805160208082018c905281830186905282518083038401815260609092019092528051910120613ac491906153a3565b613ace90836152f0565b90505f838281518110613ae357613ae3614b04565b60200260200101519050838381518110613aff57613aff614b04565b6020026020010151848381518110613b1957613b19614b04565b60200260200101818152505080868481518110613b3857613b38614b04565b60209081029190910101525050600101613a7f565b505050610f1d565b5f816001600160401b03811115613b6e57613b6e614c22565b604051908082528060200260200182016040528015613b97578160200160208202803683370190505b5090505f826001600160401b03811115613bb357613bb3614c22565b604051908082528060200260200182016040528015613bdc578160200160208202803683370190505b5090505f805b84811015613d3c575f613bf5828a614b2c565b6040805160208082018e905281830186905282518083038401815260609092019092528051910120613c2791906153a3565b613c3190836152f0565b905081815f195f5b86811015613cb2575f898281518110613c5457613c54614b04565b60200260200101519050868103613c8257888281518110613c7757613c77614b04565b602002602001015194505b858103613ca957888281518110613c9b57613c9b614b04565b602002602001015193508192505b50600101613c39565b50818a8681518110613cc657613cc6614b04565b602002602001018181525050848414613d2d575f198103613d0d5783888781518110613cf457613cf4614b04565b60209081029190910101525084613d0a81614b5e565b95505b82878281518110613d2057613d20614b04565b6020026020010181815250505b50505050806001019050613be2565b50505050509392505050565b5f6001600160401b03821115613d7d57604080516306dfcc6560e41b815260048101919091526024810183905260440161078c565b5090565b5f65ffffffffffff821115613d7d576040516306dfcc6560e41b8152603060048201526024810183905260440161078c565b82545f9081908015613ea9575f613dcf87612a5a600185614b2c565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115613e1257604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603613e4b57825465ffffffffffff16600160301b6001600160d01b03891602178355613e9b565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612aaa92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612aaa565b5f5f60205f8451602086015f885af180613f22576040513d5f823e3d81fd5b50505f513d91508115613f39578060011415613f46565b6001600160a01b0384163b155b15610af257604051635274afe760e01b81526001600160a01b038516600482015260240161078c565b5f60018211613f7c575090565b816001600160801b8210613f955760809190911c9060401b5b600160401b8210613fab5760409190911c9060201b5b6401000000008210613fc25760209190911c9060101b5b620100008210613fd75760109190911c9060081b5b6101008210613feb5760089190911c9060041b5b60108210613ffe5760049190911c9060021b5b6004821061400a5760011b5b600302600190811c9081858161402257614022615339565b048201901c9050600181858161403a5761403a615339565b048201901c9050600181858161405257614052615339565b048201901c9050600181858161406a5761406a615339565b048201901c9050600181858161408257614082615339565b048201901c9050600181858161409a5761409a615339565b048201901c90506140b98185816140b3576140b3615339565b04821190565b90039392505050565b5f5b81831015610f1b575f6140d784846142b4565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff16111561410557809250614113565b6141108160016152f0565b93505b506140c4565b5f6001600160d01b03821115613d7d576040516306dfcc6560e41b815260d060048201526024810183905260440161078c565b6040516001600160a01b038481166024830152838116604483015260648201839052610af29186918216906323b872dd90608401612bb8565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80545f908015614203576141ed83612a5a600184614b2c565b54600160301b90046001600160d01b0316610f1d565b5f9392505050565b606060ff83146142255761421e836142ce565b9050610bf4565b81805461423190614c36565b80601f016020809104026020016040519081016040528092919081815260200182805461425d90614c36565b80156142a85780601f1061427f576101008083540402835291602001916142a8565b820191905f5260205f20905b81548152906001019060200180831161428b57829003601f168201915b50505050509050610bf4565b5f6142c260028484186153b6565b610f1d908484166152f0565b60605f6142da8361430b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f811115610bf457604051632cd44ac360e21b815260040160405180910390fd5b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915290565b5080545f8255905f5260205f20908101906112e69190614413565b828054828255905f5260205f209081019282156143e9579160200282015b828111156143e95782358255916020019190600101906143ce565b50613d7d929150614413565b5080545f8255600202905f5260205f20908101906112e69190614427565b5b80821115613d7d575f8155600101614414565b80821115613d7d575f8082556144406001830182614449565b50600201614427565b50805461445590614c36565b5f825580601f10614464575050565b601f0160209004905f5260205f20908101906112e69190614413565b80516001600160401b0316825260208101516144a760208401826001600160401b03169052565b5060408101516144c260408401826001600160401b03169052565b5060608101516144dd60608401826001600160401b03169052565b5060808101516144f5608084018263ffffffff169052565b5060a081015161451060a08401826001600160401b03169052565b5060c081015161452860c084018263ffffffff169052565b5060e081015160e08301526101008101516101008301526101208101516101208301526101408101516101408301526101608101516101608301525050565b6101808101610bf48284614480565b80356001600160a01b038116811461458c575f5ffd5b919050565b5f602082840312156145a1575f5ffd5b610f1d82614576565b6001600160401b03811681146112e6575f5ffd5b803561458c816145aa565b5f5f5f606084860312156145db575f5ffd5b8335925060208401356145ed816145aa565b929592945050506040919091013590565b5f6020828403121561460e575f5ffd5b5035919050565b5f5f60408385031215614626575f5ffd5b823591506020830135614638816145aa565b809150509250929050565b5f5f60408385031215614654575f5ffd5b61465d83614576565b91506020830135614638816145aa565b5f6020828403121561467d575f5ffd5b8135610f1d816145aa565b5f5f5f6060848603121561469a575f5ffd5b6146a384614576565b92506145ed60208501614576565b5f5f83601f8401126146c1575f5ffd5b5081356001600160401b038111156146d7575f5ffd5b6020830191508360208260051b8501011115610ba6575f5ffd5b5f5f5f60408486031215614703575f5ffd5b8335925060208401356001600160401b0381111561471f575f5ffd5b61472b868287016146b1565b9497909650939450505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61478460e0830189614738565b82810360408401526147968189614738565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156147eb5783518352602093840193909201916001016147cd565b50909b9a5050505050505050505050565b5f8151808452602084019350602083015f5b828110156148355781516001600160a01b031686526020958601959091019060010161480e565b5093949350505050565b602081525f60a08201835160208401526001600160401b03602085015116604084015260408401516080606085015281815180845260c0860191506020830193505f92505b808310156148a75783518252602082019150602084019350600183019250614884565b506060860151858203601f1901608087015292506148c581846147fc565b9695505050505050565b5f5f604083850312156148e0575f5ffd5b6148e983614576565b946020939093013593505050565b5f5f5f60608486031215614909575f5ffd5b61491284614576565b925061492060208501614576565b91506040840135614930816145aa565b809150509250925092565b6101a0810161494a8285614480565b6001600160401b0383166101808301529392505050565b5f5f5f60608486031215614973575f5ffd5b61497c84614576565b9250602084013591506040840135614930816145aa565b602081525f610f1d60208301846147fc565b602081525f60808201835160208401526001600160401b036020850151166040840152604084015160608085015281815180845260a08601915060a08160051b87010193506020830192505f5b81811015614a3a57609f198786030183528351805186526020810151905060406020870152614a246040870182614738565b95505060209384019392909201916001016149f2565b50929695505050505050565b5f610180828403128015614a58575f5ffd5b509092915050565b6020815260018060a01b038251166020820152602082015160408201526001600160401b0360408301511660608201526001600160401b036060830151166080820152608082015160a082015260a082015160c08201525f60c083015160e080840152610e296101008401826147fc565b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b038281168282160390811115610bf457610bf4614ad1565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b81810381811115610bf457610bf4614ad1565b6001600160401b038281168282160390811115610bf457610bf4614ad1565b5f60018201614b6f57614b6f614ad1565b5060010190565b84815260606020820181905281018390525f6001600160fb1b03841115614b9b575f5ffd5b8360051b8086608085013765ffffffffffff93909316604083015250016080019392505050565b5f8235603e19833603018112614bd6575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614bf5575f5ffd5b8301803591506001600160401b03821115614c0e575f5ffd5b602001915036819003821315610ba6575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680614c4a57607f821691505b60208210810361128c57634e487b7160e01b5f52602260045260245ffd5b601f82111561170157805f5260205f20601f840160051c81016020851015614c8d5750805b601f840160051c820191505b8181101561324a575f8155600101614c99565b6001600160401b03831115614cc357614cc3614c22565b614cd783614cd18354614c36565b83614c68565b5f601f841160018114614d08575f8515614cf15750838201355b5f19600387901b1c1916600186901b17835561324a565b5f83815260208120601f198716915b82811015614d375786850135825560209485019460019092019101614d17565b5086821015614d53575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b84815260606020820181905281018390525f6080600585901b830181019083018683603e1936839003015b88821015614e3757868503607f190184528235818112614dae575f5ffd5b8a0180358652602081013536829003601e19018112614dcb575f5ffd5b016020810190356001600160401b03811115614de5575f5ffd5b803603821315614df3575f5ffd5b60406020880152806040880152808260608901375f606082890101526060601f19601f83011688010196505050602083019250602084019350600182019150614d90565b50505065ffffffffffff8516604085015250905095945050505050565b634e487b7160e01b5f52603160045260245ffd5b60405161018081016001600160401b0381118282101715614e8b57614e8b614c22565b60405290565b63ffffffff811681146112e6575f5ffd5b803561458c81614e91565b5f610180828403128015614ebf575f5ffd5b50614ec8614e68565b614ed1836145be565b8152614edf602084016145be565b6020820152614ef0604084016145be565b6040820152614f01606084016145be565b6060820152614f1260808401614ea2565b6080820152614f2360a084016145be565b60a0820152614f3460c08401614ea2565b60c082015260e08381013590820152610100808401359082015261012080840135908201526101408084013590820152610160928301359281019290925250919050565b5f8135610bf4816145aa565b5f8135610bf481614e91565b614fba614f9c83614f78565b825467ffffffffffffffff19166001600160401b0391909116178255565b614ffb614fc960208401614f78565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b61503661500a60408401614f78565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b61506961504560608401614f78565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b6001810161509361507c60808501614f84565b825463ffffffff191663ffffffff91909116178255565b6150cc6150a260a08501614f78565b82546bffffffffffffffff00000000191660209190911b6bffffffffffffffff0000000016178255565b6150ff6150db60c08501614f84565b82805463ffffffff60601b191660609290921b63ffffffff60601b16919091179055565b5060e0820135600282015561010082013560038201556101208201356004820155610140820135600582015561016090910135600690910155565b65ffffffffffff831681526101a081016151676020830161515a856145be565b6001600160401b03169052565b615173602084016145be565b6001600160401b03811660408401525061518f604084016145be565b6001600160401b0381166060840152506151ab606084016145be565b6001600160401b0381166080840152506151c760808401614ea2565b63ffffffff811660a0840152506151e060a084016145be565b6001600160401b03811660c0840152506151fc60c08401614ea2565b63ffffffff811660e08401525060e0830135610100838101919091528301356101208084019190915283013561014080840191909152830135610160808401919091529092013561018090910152919050565b6001600160401b038181168382160190811115610bf457610bf4614ad1565b6003811061528a57634e487b7160e01b5f52602160045260245ffd5b9052565b6040810161529c828561526e565b6001600160a01b039290921660209190910152919050565b608081016152c2828761526e565b6001600160a01b039490941660208201526001600160401b0392831660408201529116606090910152919050565b80820180821115610bf457610bf4614ad1565b60608101615311828661526e565b6001600160a01b039390931660208201526001600160401b0391909116604090910152919050565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b0383168061536557615365615339565b806001600160401b0384160491505092915050565b6001600160401b03818116838216029081169081811461539c5761539c614ad1565b5092915050565b5f826153b1576153b1615339565b500690565b5f826153c4576153c4615339565b50049056fea2646970667358221220fe6be775b1cca60774091c769e9d7ec2d793e67b552f50bfb82e31fad1f69a8c64736f6c634300081e0033",
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

// Settlement is a free data retrieval call binding the contract method 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (_Registry *RegistryCaller) Settlement(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "settlement")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Settlement is a free data retrieval call binding the contract method 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (_Registry *RegistrySession) Settlement() (common.Address, error) {
	return _Registry.Contract.Settlement(&_Registry.CallOpts)
}

// Settlement is a free data retrieval call binding the contract method 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (_Registry *RegistryCallerSession) Settlement() (common.Address, error) {
	return _Registry.Contract.Settlement(&_Registry.CallOpts)
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

// PaySupplier is a paid mutator transaction binding the contract method 0x606170e1.
//
// Solidity: function paySupplier(address app, address sup, uint256 amount) returns(uint256 paid)
func (_Registry *RegistryTransactor) PaySupplier(opts *bind.TransactOpts, app common.Address, sup common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "paySupplier", app, sup, amount)
}

// PaySupplier is a paid mutator transaction binding the contract method 0x606170e1.
//
// Solidity: function paySupplier(address app, address sup, uint256 amount) returns(uint256 paid)
func (_Registry *RegistrySession) PaySupplier(app common.Address, sup common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.PaySupplier(&_Registry.TransactOpts, app, sup, amount)
}

// PaySupplier is a paid mutator transaction binding the contract method 0x606170e1.
//
// Solidity: function paySupplier(address app, address sup, uint256 amount) returns(uint256 paid)
func (_Registry *RegistryTransactorSession) PaySupplier(app common.Address, sup common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.PaySupplier(&_Registry.TransactOpts, app, sup, amount)
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

// SetSettlement is a paid mutator transaction binding the contract method 0x8f4e6f37.
//
// Solidity: function setSettlement(address settlement_) returns()
func (_Registry *RegistryTransactor) SetSettlement(opts *bind.TransactOpts, settlement_ common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setSettlement", settlement_)
}

// SetSettlement is a paid mutator transaction binding the contract method 0x8f4e6f37.
//
// Solidity: function setSettlement(address settlement_) returns()
func (_Registry *RegistrySession) SetSettlement(settlement_ common.Address) (*types.Transaction, error) {
	return _Registry.Contract.SetSettlement(&_Registry.TransactOpts, settlement_)
}

// SetSettlement is a paid mutator transaction binding the contract method 0x8f4e6f37.
//
// Solidity: function setSettlement(address settlement_) returns()
func (_Registry *RegistryTransactorSession) SetSettlement(settlement_ common.Address) (*types.Transaction, error) {
	return _Registry.Contract.SetSettlement(&_Registry.TransactOpts, settlement_)
}

// SlashSupplier is a paid mutator transaction binding the contract method 0x900d6d87.
//
// Solidity: function slashSupplier(address sup, uint256 amount) returns(uint256 slashed)
func (_Registry *RegistryTransactor) SlashSupplier(opts *bind.TransactOpts, sup common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "slashSupplier", sup, amount)
}

// SlashSupplier is a paid mutator transaction binding the contract method 0x900d6d87.
//
// Solidity: function slashSupplier(address sup, uint256 amount) returns(uint256 slashed)
func (_Registry *RegistrySession) SlashSupplier(sup common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.SlashSupplier(&_Registry.TransactOpts, sup, amount)
}

// SlashSupplier is a paid mutator transaction binding the contract method 0x900d6d87.
//
// Solidity: function slashSupplier(address sup, uint256 amount) returns(uint256 slashed)
func (_Registry *RegistryTransactorSession) SlashSupplier(sup common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.SlashSupplier(&_Registry.TransactOpts, sup, amount)
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

// RegistryApplicationChargedIterator is returned from FilterApplicationCharged and is used to iterate over the raw logs and unpacked data for ApplicationCharged events raised by the Registry contract.
type RegistryApplicationChargedIterator struct {
	Event *RegistryApplicationCharged // Event containing the contract specifics and raw log

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
func (it *RegistryApplicationChargedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryApplicationCharged)
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
		it.Event = new(RegistryApplicationCharged)
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
func (it *RegistryApplicationChargedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryApplicationChargedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryApplicationCharged represents a ApplicationCharged event raised by the Registry contract.
type RegistryApplicationCharged struct {
	Application     common.Address
	Supplier        common.Address
	Amount          *big.Int
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterApplicationCharged is a free log retrieval operation binding the contract event 0xabfc0019ead2d9c571f1851efe4983524040de3c57eca709511a0044d7870fc7.
//
// Solidity: event ApplicationCharged(address indexed application, address indexed supplier, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterApplicationCharged(opts *bind.FilterOpts, application []common.Address, supplier []common.Address) (*RegistryApplicationChargedIterator, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}
	var supplierRule []interface{}
	for _, supplierItem := range supplier {
		supplierRule = append(supplierRule, supplierItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ApplicationCharged", applicationRule, supplierRule)
	if err != nil {
		return nil, err
	}
	return &RegistryApplicationChargedIterator{contract: _Registry.contract, event: "ApplicationCharged", logs: logs, sub: sub}, nil
}

// WatchApplicationCharged is a free log subscription operation binding the contract event 0xabfc0019ead2d9c571f1851efe4983524040de3c57eca709511a0044d7870fc7.
//
// Solidity: event ApplicationCharged(address indexed application, address indexed supplier, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchApplicationCharged(opts *bind.WatchOpts, sink chan<- *RegistryApplicationCharged, application []common.Address, supplier []common.Address) (event.Subscription, error) {

	var applicationRule []interface{}
	for _, applicationItem := range application {
		applicationRule = append(applicationRule, applicationItem)
	}
	var supplierRule []interface{}
	for _, supplierItem := range supplier {
		supplierRule = append(supplierRule, supplierItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ApplicationCharged", applicationRule, supplierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryApplicationCharged)
				if err := _Registry.contract.UnpackLog(event, "ApplicationCharged", log); err != nil {
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

// ParseApplicationCharged is a log parse operation binding the contract event 0xabfc0019ead2d9c571f1851efe4983524040de3c57eca709511a0044d7870fc7.
//
// Solidity: event ApplicationCharged(address indexed application, address indexed supplier, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseApplicationCharged(log types.Log) (*RegistryApplicationCharged, error) {
	event := new(RegistryApplicationCharged)
	if err := _Registry.contract.UnpackLog(event, "ApplicationCharged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
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

// RegistrySettlementSetIterator is returned from FilterSettlementSet and is used to iterate over the raw logs and unpacked data for SettlementSet events raised by the Registry contract.
type RegistrySettlementSetIterator struct {
	Event *RegistrySettlementSet // Event containing the contract specifics and raw log

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
func (it *RegistrySettlementSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistrySettlementSet)
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
		it.Event = new(RegistrySettlementSet)
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
func (it *RegistrySettlementSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistrySettlementSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistrySettlementSet represents a SettlementSet event raised by the Registry contract.
type RegistrySettlementSet struct {
	Settlement common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSettlementSet is a free log retrieval operation binding the contract event 0x9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99.
//
// Solidity: event SettlementSet(address settlement)
func (_Registry *RegistryFilterer) FilterSettlementSet(opts *bind.FilterOpts) (*RegistrySettlementSetIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "SettlementSet")
	if err != nil {
		return nil, err
	}
	return &RegistrySettlementSetIterator{contract: _Registry.contract, event: "SettlementSet", logs: logs, sub: sub}, nil
}

// WatchSettlementSet is a free log subscription operation binding the contract event 0x9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99.
//
// Solidity: event SettlementSet(address settlement)
func (_Registry *RegistryFilterer) WatchSettlementSet(opts *bind.WatchOpts, sink chan<- *RegistrySettlementSet) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "SettlementSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistrySettlementSet)
				if err := _Registry.contract.UnpackLog(event, "SettlementSet", log); err != nil {
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

// ParseSettlementSet is a log parse operation binding the contract event 0x9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99.
//
// Solidity: event SettlementSet(address settlement)
func (_Registry *RegistryFilterer) ParseSettlementSet(log types.Log) (*RegistrySettlementSet, error) {
	event := new(RegistrySettlementSet)
	if err := _Registry.contract.UnpackLog(event, "SettlementSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistrySupplierSlashedIterator is returned from FilterSupplierSlashed and is used to iterate over the raw logs and unpacked data for SupplierSlashed events raised by the Registry contract.
type RegistrySupplierSlashedIterator struct {
	Event *RegistrySupplierSlashed // Event containing the contract specifics and raw log

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
func (it *RegistrySupplierSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistrySupplierSlashed)
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
		it.Event = new(RegistrySupplierSlashed)
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
func (it *RegistrySupplierSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistrySupplierSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistrySupplierSlashed represents a SupplierSlashed event raised by the Registry contract.
type RegistrySupplierSlashed struct {
	Supplier        common.Address
	Amount          *big.Int
	EffectiveHeight uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterSupplierSlashed is a free log retrieval operation binding the contract event 0xe88b54cc88efa740ca423a6e5a9f665a7f9c84ae230903fceedf6f062923a8f3.
//
// Solidity: event SupplierSlashed(address indexed supplier, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) FilterSupplierSlashed(opts *bind.FilterOpts, supplier []common.Address) (*RegistrySupplierSlashedIterator, error) {

	var supplierRule []interface{}
	for _, supplierItem := range supplier {
		supplierRule = append(supplierRule, supplierItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "SupplierSlashed", supplierRule)
	if err != nil {
		return nil, err
	}
	return &RegistrySupplierSlashedIterator{contract: _Registry.contract, event: "SupplierSlashed", logs: logs, sub: sub}, nil
}

// WatchSupplierSlashed is a free log subscription operation binding the contract event 0xe88b54cc88efa740ca423a6e5a9f665a7f9c84ae230903fceedf6f062923a8f3.
//
// Solidity: event SupplierSlashed(address indexed supplier, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) WatchSupplierSlashed(opts *bind.WatchOpts, sink chan<- *RegistrySupplierSlashed, supplier []common.Address) (event.Subscription, error) {

	var supplierRule []interface{}
	for _, supplierItem := range supplier {
		supplierRule = append(supplierRule, supplierItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "SupplierSlashed", supplierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistrySupplierSlashed)
				if err := _Registry.contract.UnpackLog(event, "SupplierSlashed", log); err != nil {
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

// ParseSupplierSlashed is a log parse operation binding the contract event 0xe88b54cc88efa740ca423a6e5a9f665a7f9c84ae230903fceedf6f062923a8f3.
//
// Solidity: event SupplierSlashed(address indexed supplier, uint256 amount, uint64 effectiveHeight)
func (_Registry *RegistryFilterer) ParseSupplierSlashed(log types.Log) (*RegistrySupplierSlashed, error) {
	event := new(RegistrySupplierSlashed)
	if err := _Registry.contract.UnpackLog(event, "SupplierSlashed", log); err != nil {
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
