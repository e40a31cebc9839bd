package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// ErrSessionMismatch means the registry and relaynode's Go session code
// disagree: a bug in one of them, or a registry that is not ours.
var ErrSessionMismatch = errors.New("chain: registry and Go disagree on the session")

// Session is one application's session for one service.
type Session struct {
	Application common.Address
	Service     protocol.ServiceID
	Start, End  uint64 // blocks [Start, End)
	ID, Seed    common.Hash
	Suppliers   []common.Address
	Params      protocol.Params // in force at Start
}

// FetchSession reads the session containing height from the registry and
// recomputes it from its inputs (parameters, seed block, candidate list) with
// internal/protocol. It returns ErrSessionMismatch if the two differ, and the
// registry's custom error (decoded) if there is no such session.
func FetchSession(ctx context.Context, c *Client, registry common.Address, app common.Address, service protocol.ServiceID, height uint64) (Session, error) {
	reg, err := bindings.NewRegistryCaller(registry, c)
	if err != nil {
		return Session{}, fmt.Errorf("chain: binding registry: %w", err)
	}
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	opts := &bind.CallOpts{Context: cctx}
	onChain, err := reg.GetSession(opts, app, service, height)
	if err != nil {
		return Session{}, fmt.Errorf("chain: session of %s for %s at %d: %w", app.Hex(), service, height, NewRevertDecoder().Decode(err))
	}
	pa, err := reg.ParamsAt(opts, height)
	if err != nil {
		return Session{}, fmt.Errorf("chain: parameters at %d: %w", height, err)
	}
	params := protocol.Params(pa.Params)
	start := protocol.SessionStart(height, pa.EpochStart, params.BlocksPerSession)
	var seed common.Hash
	if start > 0 {
		h, err := c.HeaderByNumber(cctx, new(big.Int).SetUint64(start-1))
		if err != nil {
			return Session{}, fmt.Errorf("chain: seed block %d: %w", start-1, err)
		}
		seed = h.Hash()
	}
	candidates, err := reg.SessionCandidates(opts, service, start)
	if err != nil {
		return Session{}, fmt.Errorf("chain: candidates of %s at %d: %w", service, start, err)
	}
	id := protocol.SessionID(app, service, start, seed)
	s := Session{
		Application: app, Service: service, Start: start, End: start + params.BlocksPerSession,
		ID: id, Seed: seed, Params: params,
		Suppliers: protocol.SelectSuppliers(id, candidates, int(params.SuppliersPerSession)),
	}
	switch {
	case onChain.StartHeight != s.Start || onChain.EndHeight != s.End:
		return s, fmt.Errorf("%w: start/end %d/%d on chain, %d/%d in Go", ErrSessionMismatch, onChain.StartHeight, onChain.EndHeight, s.Start, s.End)
	case common.Hash(onChain.Seed) != s.Seed:
		return s, fmt.Errorf("%w: seed %x on chain, %x in Go", ErrSessionMismatch, onChain.Seed, s.Seed)
	case common.Hash(onChain.SessionId) != s.ID:
		return s, fmt.Errorf("%w: id %x on chain, %x in Go", ErrSessionMismatch, onChain.SessionId, s.ID)
	case !slices.Equal(onChain.Suppliers, s.Suppliers):
		return s, fmt.Errorf("%w: suppliers %v on chain, %v in Go", ErrSessionMismatch, onChain.Suppliers, s.Suppliers)
	}
	return s, nil
}

// ReadDeployment returns the contracts recorded in a deployment journal,
// without sending anything. It fails if a creation did not complete; the
// registry's binding to the settlement contract is not journaled
// (CheckContracts checks it).
func ReadDeployment(journalPath string) (Contracts, error) {
	j := loadJournal(journalPath)
	if j == nil {
		return Contracts{}, fmt.Errorf("%w: no deployment recorded in %s", ErrNoContracts, journalPath)
	}
	var cs Contracts
	for _, s := range j.Steps {
		if s.Block == 0 {
			return Contracts{}, fmt.Errorf("%w: the deployment in %s has not completed", ErrNoContracts, journalPath)
		}
		switch s.Name {
		case ContractToken:
			cs.Token = s.Address
		case ContractRegistry:
			cs.Registry, cs.RegistryBlock = s.Address, s.Block
		case ContractSettlement:
			cs.Settlement, cs.SettlementBlock = s.Address, s.Block
		}
	}
	if cs.Registry == (common.Address{}) || cs.Token == (common.Address{}) || cs.Settlement == (common.Address{}) {
		return Contracts{}, fmt.Errorf("%w: the deployment in %s is incomplete", ErrNoContracts, journalPath)
	}
	return cs, nil
}
