package mining

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/pokt-network/smt"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
)

// ContractSettlement is Settlement on a deployed RelaySettlement contract.
type ContractSettlement struct {
	addr     common.Address
	abi      *abi.ABI
	caller   *bindings.RelaySettlementCaller
	filterer *bindings.RelaySettlementFilterer
	decoder  *chain.Decoder
}

// SettlementBackend is what ContractSettlement reads through; *chain.Client
// implements it.
type SettlementBackend interface {
	bind.ContractCaller
	bind.ContractFilterer
}

// NewContractSettlement binds the RelaySettlement at addr through backend.
func NewContractSettlement(addr common.Address, backend SettlementBackend) (*ContractSettlement, error) {
	a, err := bindings.RelaySettlementMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("mining: settlement ABI: %w", err)
	}
	caller, err := bindings.NewRelaySettlementCaller(addr, backend)
	if err != nil {
		return nil, fmt.Errorf("mining: binding the settlement contract: %w", err)
	}
	filterer, err := bindings.NewRelaySettlementFilterer(addr, backend)
	if err != nil {
		return nil, fmt.Errorf("mining: binding the settlement contract: %w", err)
	}
	return &ContractSettlement{addr: addr, abi: a, caller: caller, filterer: filterer, decoder: chain.NewRevertDecoder()}, nil
}

// Address implements Settlement.
func (s *ContractSettlement) Address() common.Address { return s.addr }

// Status implements Settlement.
func (s *ContractSettlement) Status(ctx context.Context, sessionID common.Hash, supplier common.Address) (OnChain, error) {
	c, err := s.caller.ClaimOf(&bind.CallOpts{Context: ctx}, sessionID, supplier)
	if err != nil {
		return OnChainNone, fmt.Errorf("mining: claimOf: %w", err)
	}
	return OnChain(c.Status), nil
}

// ProofRequirement implements Settlement: known is false while the proof
// seed (the hash of the block that opens the proof window) does not exist.
func (s *ContractSettlement) ProofRequirement(ctx context.Context, k store.SessionKey) (known, required bool, path common.Hash, err error) {
	r, err := s.caller.ProofRequirement(&bind.CallOpts{Context: ctx}, k.Application, k.Service, k.SessionStart, k.Supplier)
	if err != nil {
		var re *chain.RevertError
		if errors.As(s.decoder.Decode(err), &re) && re.Name == "ProofSeedUnavailable" {
			return false, false, common.Hash{}, nil
		}
		return false, false, common.Hash{}, fmt.Errorf("mining: proofRequirement: %w", err)
	}
	return true, r.Required, r.Path, nil
}

// Paid implements Settlement: the amount of the Settled event of the claim,
// looked up from block from on.
func (s *ContractSettlement) Paid(ctx context.Context, sessionID common.Hash, supplier common.Address, from uint64) (*big.Int, error) {
	it, err := s.filterer.FilterSettled(&bind.FilterOpts{Start: from, Context: ctx}, [][32]byte{sessionID}, []common.Address{supplier})
	if err != nil {
		return nil, fmt.Errorf("mining: reading Settled events: %w", err)
	}
	defer it.Close()
	for it.Next() {
		return new(big.Int).Set(it.Event.Paid), nil
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("mining: reading Settled events: %w", err)
	}
	return nil, fmt.Errorf("mining: no Settled event for session %s", sessionID.Hex())
}

// ClaimData implements Settlement.
func (s *ContractSettlement) ClaimData(k store.SessionKey, r Root) ([]byte, error) {
	return s.pack("claim", k.Application, k.Service, k.SessionStart, r.Hash, r.Sum, r.Count)
}

// ProofData implements Settlement: it encodes the proof for submitProof
// (the driver has checked it with the contract's rules).
func (s *ContractSettlement) ProofData(k store.SessionKey, record []byte, p *smt.SparseMerkleClosestProof) ([]byte, error) {
	cp, err := protocol.EncodeClosestProof(p)
	if err != nil {
		return nil, fmt.Errorf("mining: encoding the proof: %w", err)
	}
	sides := make([]bindings.SMSTVerifierNode, len(cp.SideNodes))
	for i, n := range cp.SideNodes {
		sides[i] = bindings.SMSTVerifierNode{Hash: n.Hash, Sum: n.Sum, Count: n.Count}
	}
	proof := bindings.SMSTVerifierClosestProof{LeafPath: cp.LeafPath, LeafValueHash: cp.LeafValueHash, LeafWeight: cp.LeafWeight,
		Depth: cp.Depth, FlippedBits: cp.FlippedBits, SideNodes: sides}
	return s.pack("submitProof", k.Application, k.Service, k.SessionStart, k.Supplier, record, proof)
}

// SettleData implements Settlement.
func (s *ContractSettlement) SettleData(k store.SessionKey) ([]byte, error) {
	return s.pack("settle", k.Application, k.Service, k.SessionStart, k.Supplier)
}

func (s *ContractSettlement) pack(method string, args ...any) ([]byte, error) {
	b, err := s.abi.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("mining: encoding %s: %w", method, err)
	}
	return b, nil
}
