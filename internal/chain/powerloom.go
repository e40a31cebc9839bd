package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/contracts/bindings"
)

// ContractPowerloom names the Powerloom protocol-state contract in
// deployment journals.
const ContractPowerloom = "PowerloomProtocolState"

// roleSequencer is the Powerloom data-market role allowed to submit
// batches and rewards.
const roleSequencer = 1

// Powerloom is a Powerloom-compatible protocol state with one data market.
type Powerloom struct {
	ProtocolState common.Address
	DataMarket    common.Address
}

// DeployPowerloom deploys (or finds, via the journal) a Powerloom
// protocol-state contract owned by tr's key, creates its first data market
// (owned by the same key) if absent, and makes the given addresses its
// sequencers. Every step checks the chain first, so it is idempotent.
func DeployPowerloom(ctx context.Context, tr *Transactor, journalPath string, sequencers []common.Address) (Powerloom, error) {
	owner := tr.From()
	dep, err := Deploy(ctx, tr, journalPath, []ContractStep{{Name: ContractPowerloom, InitCode: func(map[string]common.Address) ([]byte, error) {
		return creationCode(bindings.PowerloomProtocolStateMetaData, owner)
	}}})
	if err != nil {
		return Powerloom{}, err
	}
	ps := dep.Addresses[ContractPowerloom]
	// A contract's first creation uses nonce 1: the first data market's
	// address is known before it exists.
	out := Powerloom{ProtocolState: ps, DataMarket: crypto.CreateAddress(ps, 1)}
	c, err := bindings.NewPowerloomProtocolState(ps, tr.Client())
	if err != nil {
		return Powerloom{}, fmt.Errorf("chain: binding Powerloom: %w", err)
	}
	enabled, err := c.DataMarketEnabled(tr.CallOpts(ctx), out.DataMarket)
	if err != nil {
		return Powerloom{}, fmt.Errorf("chain: reading the Powerloom data market: %w", err)
	}
	if !enabled {
		if _, err := tr.Send(ctx, "creating the Powerloom data market", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.CreateDataMarket(o, owner, 1, big.NewInt(1), big.NewInt(12), false)
		}); err != nil {
			return Powerloom{}, err
		}
	}
	current, err := c.GetSequencers(tr.CallOpts(ctx), out.DataMarket)
	if err != nil {
		return Powerloom{}, fmt.Errorf("chain: reading Powerloom sequencers: %w", err)
	}
	var add []common.Address
	var on []bool
	for _, s := range sequencers {
		if !slices.Contains(current, s) {
			add, on = append(add, s), append(on, true)
		}
	}
	if len(add) > 0 {
		if _, err := tr.Send(ctx, "authorizing Powerloom sequencers", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.UpdateAddresses(o, out.DataMarket, roleSequencer, add, on)
		}); err != nil {
			return Powerloom{}, err
		}
	}
	return out, nil
}
