package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Names of relaynode's contracts in deployment journals.
const (
	ContractToken      = "RelayToken"
	ContractRegistry   = "Registry"
	ContractSettlement = "RelaySettlement"
)

// ErrNoContracts means the configured addresses hold no (or the wrong)
// relaynode contracts.
var ErrNoContracts = errors.New("chain: relaynode contracts not found")

// Contracts are the addresses of a relaynode deployment.
type Contracts struct {
	Token    common.Address
	Registry common.Address
	// RegistryBlock is the block the registry was created in (0 if unknown);
	// event scans start there.
	RegistryBlock uint64
	// Settlement is the RelaySettlement contract the registry is bound to
	// (claims, proofs, settlement); zero if not configured.
	Settlement common.Address
	// SettlementBlock is the block the settlement contract was created in (0
	// if unknown).
	SettlementBlock uint64
}

// NewRevertDecoder returns a revert decoder that knows the custom errors of every
// relaynode contract.
func NewRevertDecoder() *Decoder {
	var abis []*abi.ABI
	for _, md := range []*bind.MetaData{bindings.RegistryMetaData, bindings.RelayTokenMetaData, bindings.RelaySettlementMetaData, bindings.PowerloomProtocolStateMetaData, bindings.ProbeMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			panic(fmt.Sprintf("chain: committed ABI does not parse: %v", err)) // a build defect
		}
		abis = append(abis, a)
	}
	return NewDecoder(abis...)
}

// DeployContracts deploys the token, the registry and the settlement contract
// from tr's key (which becomes the owner of the token and the registry) with
// the given governance parameters, resuming and reusing the deployment
// recorded in journalPath, and binds the registry to the settlement contract
// (Registry.setSettlement). The binding is a plain transaction after the
// journaled creations: it is sent only while the registry has no settlement,
// so a rerun after a crash neither repeats nor conflicts with it.
func DeployContracts(ctx context.Context, tr *Transactor, journalPath string, params protocol.Params) (Contracts, error) {
	if err := params.Validate(); err != nil {
		return Contracts{}, fmt.Errorf("chain: deployment parameters: %w", err)
	}
	owner := tr.From()
	steps := []ContractStep{
		{Name: ContractToken, InitCode: func(map[string]common.Address) ([]byte, error) {
			return creationCode(bindings.RelayTokenMetaData, owner)
		}},
		{Name: ContractRegistry, InitCode: func(d map[string]common.Address) ([]byte, error) {
			return creationCode(bindings.RegistryMetaData, d[ContractToken], bindings.RegistryParams(params), owner)
		}},
		{Name: ContractSettlement, InitCode: func(d map[string]common.Address) ([]byte, error) {
			return creationCode(bindings.RelaySettlementMetaData, d[ContractRegistry])
		}},
	}
	dep, err := Deploy(ctx, tr, journalPath, steps)
	if err != nil {
		return Contracts{}, err
	}
	cs := Contracts{
		Token:           dep.Addresses[ContractToken],
		Registry:        dep.Addresses[ContractRegistry],
		RegistryBlock:   dep.Blocks[ContractRegistry],
		Settlement:      dep.Addresses[ContractSettlement],
		SettlementBlock: dep.Blocks[ContractSettlement],
	}
	if err := bindSettlement(ctx, tr, cs); err != nil {
		return Contracts{}, err
	}
	return cs, nil
}

// bindSettlement makes cs.Settlement the registry's settlement contract unless
// it already is. A binding sent before a crash may still be pending or land
// while this one waits; then the registry names cs.Settlement anyway and this
// one fails on chain, which is success.
func bindSettlement(ctx context.Context, tr *Transactor, cs Contracts) error {
	reg, err := bindings.NewRegistry(cs.Registry, tr.Client())
	if err != nil {
		return fmt.Errorf("chain: binding registry: %w", err)
	}
	current := func() (common.Address, error) {
		cctx, cancel := tr.Client().CallContext(ctx)
		defer cancel()
		a, err := reg.Settlement(&bind.CallOpts{Context: cctx})
		if err != nil {
			return common.Address{}, fmt.Errorf("chain: reading the registry's settlement contract: %w", err)
		}
		return a, nil
	}
	have, err := current()
	if err != nil {
		return err
	}
	switch have {
	case cs.Settlement:
		return nil
	case common.Address{}:
	default:
		return fmt.Errorf("%w: registry %s is bound to settlement %s, not %s", ErrNoContracts, cs.Registry.Hex(), have.Hex(), cs.Settlement.Hex())
	}
	_, sendErr := tr.Send(ctx, "binding the registry to the settlement contract", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.SetSettlement(o, cs.Settlement)
	})
	if sendErr == nil {
		return nil
	}
	if have, err := current(); err == nil && have == cs.Settlement {
		return nil
	}
	return sendErr
}

func creationCode(md *bind.MetaData, args ...any) ([]byte, error) {
	a, err := md.GetAbi()
	if err != nil {
		return nil, err
	}
	packed, err := a.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("packing constructor arguments: %w", err)
	}
	return append(common.FromHex(md.Bin), packed...), nil
}

// CheckContracts verifies that the addresses hold a relaynode registry bound to
// the given token and, if cs.Settlement is set, to that settlement contract.
func CheckContracts(ctx context.Context, c *Client, cs Contracts) error {
	for name, a := range map[string]common.Address{ContractToken: cs.Token, ContractRegistry: cs.Registry} {
		if a == (common.Address{}) {
			return fmt.Errorf("%w: no %s address configured", ErrNoContracts, name)
		}
		ok, err := hasCode(ctx, c, a)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: no code at the %s address %s on chain %s", ErrNoContracts, name, a.Hex(), c.ChainIDValue())
		}
	}
	reg, err := bindings.NewRegistryCaller(cs.Registry, c)
	if err != nil {
		return fmt.Errorf("chain: binding registry: %w", err)
	}
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	token, err := reg.Token(&bind.CallOpts{Context: cctx})
	if err != nil {
		return fmt.Errorf("%w: %s does not answer as a registry: %w", ErrNoContracts, cs.Registry.Hex(), err)
	}
	if token != cs.Token {
		return fmt.Errorf("%w: registry %s uses token %s, not the configured %s", ErrNoContracts, cs.Registry.Hex(), token.Hex(), cs.Token.Hex())
	}
	if cs.Settlement == (common.Address{}) {
		return nil
	}
	settlement, err := reg.Settlement(&bind.CallOpts{Context: cctx})
	if err != nil {
		return fmt.Errorf("%w: %s does not answer as a registry: %w", ErrNoContracts, cs.Registry.Hex(), err)
	}
	if settlement != cs.Settlement {
		return fmt.Errorf("%w: registry %s is bound to settlement %s, not the configured %s", ErrNoContracts, cs.Registry.Hex(), settlement.Hex(), cs.Settlement.Hex())
	}
	return nil
}

// DemoSpec is what StakeDemo sets up.
type DemoSpec struct {
	Service              protocol.ServiceID
	ComputeUnitsPerRelay uint64
	Stake                *big.Int // per actor, in token base units
	SupplierURL          string
}

// DemoActors are the keys StakeDemo uses. Owner owns the token (it mints).
type DemoActors struct {
	Owner, Application, Gateway, Supplier *Transactor
}

// StakeDemo registers the demo service and stakes an application (delegated to
// the gateway), a gateway and a supplier for it. Each step first checks the
// chain, so a second run, or a run after a crash half-way, does only what is
// missing.
func StakeDemo(ctx context.Context, cs Contracts, a DemoActors, spec DemoSpec) error {
	c := a.Owner.Client()
	reg, err := bindings.NewRegistry(cs.Registry, c)
	if err != nil {
		return fmt.Errorf("chain: binding registry: %w", err)
	}
	token, err := bindings.NewRelayToken(cs.Token, c)
	if err != nil {
		return fmt.Errorf("chain: binding token: %w", err)
	}
	owner, err := reg.ServiceOwner(a.Owner.CallOpts(ctx), spec.Service)
	if err != nil {
		return fmt.Errorf("chain: reading service %s: %w", spec.Service, err)
	}
	if owner == (common.Address{}) {
		target := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) // every relay is mined
		if _, err := a.Owner.Send(ctx, "adding service "+spec.Service.String(), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.AddService(o, spec.Service, spec.ComputeUnitsPerRelay, target)
		}); err != nil {
			return err
		}
	}

	stake := func(who *Transactor, what string, current func(*bind.CallOpts) (*big.Int, error), send func(*bind.TransactOpts) (*types.Transaction, error)) error {
		have, err := current(who.CallOpts(ctx))
		if err != nil {
			return fmt.Errorf("chain: reading the %s's stake: %w", what, err)
		}
		if have.Sign() > 0 {
			return nil
		}
		if err := fundAndApprove(ctx, token, cs.Registry, a.Owner, who, spec.Stake); err != nil {
			return err
		}
		_, err = who.Send(ctx, "staking the demo "+what, send)
		return err
	}
	err = stake(a.Application, "application", func(o *bind.CallOpts) (*big.Int, error) {
		info, err := reg.Application(o, a.Application.From())
		return info.Stake, err
	}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.StakeApplication(o, spec.Stake, [][32]byte{spec.Service})
	})
	if err != nil {
		return err
	}
	err = stake(a.Gateway, "gateway", func(o *bind.CallOpts) (*big.Int, error) {
		info, err := reg.Gateway(o, a.Gateway.From())
		return info.Stake, err
	}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.StakeGateway(o, spec.Stake)
	})
	if err != nil {
		return err
	}
	err = stake(a.Supplier, "supplier", func(o *bind.CallOpts) (*big.Int, error) {
		info, err := reg.Supplier(o, a.Supplier.From())
		return info.Stake, err
	}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.StakeSupplier(o, spec.Stake, []bindings.RegistryServiceEndpoint{{Service: spec.Service, Url: spec.SupplierURL}})
	})
	if err != nil {
		return err
	}

	app, err := reg.Application(a.Application.CallOpts(ctx), a.Application.From())
	if err != nil {
		return fmt.Errorf("chain: reading application: %w", err)
	}
	delegated := false
	for _, g := range app.Gateways {
		delegated = delegated || g == a.Gateway.From()
	}
	if !delegated {
		if _, err := a.Application.Send(ctx, "delegating the demo application to the gateway", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.DelegateToGateway(o, a.Gateway.From())
		}); err != nil {
			return err
		}
	}

	return nil
}

// fundAndApprove mints what the actor lacks and approves the registry for amount.
func fundAndApprove(ctx context.Context, token *bindings.RelayToken, registry common.Address, owner, actor *Transactor, amount *big.Int) error {
	bal, err := token.BalanceOf(actor.CallOpts(ctx), actor.From())
	if err != nil {
		return fmt.Errorf("chain: reading token balance: %w", err)
	}
	if bal.Cmp(amount) < 0 {
		missing := new(big.Int).Sub(amount, bal)
		if _, err := owner.Send(ctx, "minting stake tokens", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Mint(o, actor.From(), missing)
		}); err != nil {
			return err
		}
	}
	allowance, err := token.Allowance(actor.CallOpts(ctx), actor.From(), registry)
	if err != nil {
		return fmt.Errorf("chain: reading allowance: %w", err)
	}
	if allowance.Cmp(amount) >= 0 {
		return nil
	}
	_, err = actor.Send(ctx, "approving the registry", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return token.Approve(o, registry, amount)
	})
	return err
}

// DemoInForce reports whether the demo stakes apply at the current head: the
// supplier is a candidate and the application's delegation holds. Stakes take
// effect at the next session boundary, so right after StakeDemo they do not.
func DemoInForce(ctx context.Context, c *Client, cs Contracts, a DemoActors) (bool, error) {
	reg, err := bindings.NewRegistryCaller(cs.Registry, c)
	if err != nil {
		return false, fmt.Errorf("chain: binding registry: %w", err)
	}
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	head, err := c.BlockNumber(cctx)
	if err != nil {
		return false, fmt.Errorf("chain: head: %w", err)
	}
	opts := &bind.CallOpts{Context: cctx}
	stake, err := reg.SupplierStakeAt(opts, a.Supplier.From(), head)
	if err != nil {
		return false, fmt.Errorf("chain: supplier stake: %w", err)
	}
	delegated, err := reg.IsDelegatedAt(opts, a.Application.From(), a.Gateway.From(), head)
	if err != nil {
		return false, fmt.Errorf("chain: delegation: %w", err)
	}
	return stake.Sign() > 0 && delegated, nil
}
