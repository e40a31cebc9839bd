package contracts_test

import (
	"math/big"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Accounts of the registry tests.
const (
	owner    = 0 // deploys and governs
	svcOwner = 1 // registers services
	appAcct  = 2 // the application
	firstGw  = 3
	firstSup = 3
)

var (
	eth = sid("eth")
	llm = sid("llm")
	sol = sid("sol")
)

// findLog returns the first log of r that parse accepts.
func findLog[T any](t *testing.T, r *types.Receipt, parse func(types.Log) (T, error)) T {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := parse(*l); err == nil {
			return ev
		}
	}
	var zero T
	t.Fatalf("receipt of block %d has no %T event", r.BlockNumber, zero)
	return zero
}

func endpoints(services ...[32]byte) []bindings.RegistryServiceEndpoint {
	out := make([]bindings.RegistryServiceEndpoint, len(services))
	for i, s := range services {
		out[i] = bindings.RegistryServiceEndpoint{Service: s, Url: "https://" + protocol.ServiceID(s).String() + ".example"}
	}
	return out
}

func (e *registryEnv) addService(id [32]byte, cu uint64) {
	e.t.Helper()
	e.send(e.reg.AddService(e.opts(svcOwner), id, cu, maxTarget))
}

// checkSession computes the session of (app, service) containing h in Go — session start
// from paramsAt, seed from the block header, suppliers from sessionCandidates — and
// requires getSession to return exactly that. It returns the session.
func (e *registryEnv) checkSession(app common.Address, service [32]byte, h uint64) bindings.RegistrySessionInfo {
	e.t.Helper()
	got, err := e.reg.GetSession(call(), app, service, h)
	if err != nil {
		e.t.Fatalf("getSession(%s, %d): %v", protocol.ServiceID(service), h, err)
	}
	pa, err := e.reg.ParamsAt(call(), h)
	if err != nil {
		e.t.Fatal(err)
	}
	p := protocol.Params(pa.Params)
	start := protocol.SessionStart(h, pa.EpochStart, p.BlocksPerSession)
	var seed common.Hash
	if start != 0 {
		seed = e.blockHash(start - 1)
	}
	cands, err := e.reg.SessionCandidates(call(), service, start)
	if err != nil {
		e.t.Fatal(err)
	}
	id := protocol.SessionID(app, service, start, seed)
	want := bindings.RegistrySessionInfo{
		Application: app,
		Service:     service,
		StartHeight: start,
		EndHeight:   protocol.SessionWindows(start, p).End,
		SessionId:   id,
		Seed:        seed,
		Suppliers:   protocol.SelectSuppliers(id, cands, int(p.SuppliersPerSession)),
	}
	if !reflect.DeepEqual(got, want) {
		e.t.Fatalf("getSession(%s, %s, %d):\n got  %+v\n want %+v", app, protocol.ServiceID(service), h, got, want)
	}
	return got
}

func (e *registryEnv) candidates(service [32]byte, h uint64) []common.Address {
	e.t.Helper()
	c, err := e.reg.SessionCandidates(call(), service, h)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *registryEnv) appStakeAt(h uint64) int64 {
	e.t.Helper()
	v, err := e.reg.ApplicationStakeAt(call(), e.addrs[appAcct], h)
	if err != nil {
		e.t.Fatal(err)
	}
	return v.Int64()
}

func TestRegistryDeployment(t *testing.T) {
	e := newRegistryEnv(t, 2, testParams())
	code, err := e.client.CodeAt(t.Context(), e.regAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Registry runtime size: %d bytes (limit 24576)", len(code))
	if len(code) == 0 || len(code) > 24576 {
		t.Fatalf("Registry runtime is %d bytes, want 1..24576", len(code))
	}
	pa, err := e.reg.ParamsAt(call(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if pa.EpochStart != 0 || !reflect.DeepEqual(protocol.Params(pa.Params), testParams()) {
		t.Fatalf("paramsAt(0) = %+v, want testParams from epoch 0", pa)
	}
	// EIP-712 domain: name "relaynode", version "1", this chain and contract.
	typeHash := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	want := crypto.Keccak256Hash(typeHash, crypto.Keccak256([]byte("relaynode")), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(big.NewInt(chainID).Bytes(), 32), common.LeftPadBytes(e.regAddr.Bytes(), 32))
	got, err := e.reg.DOMAINSEPARATOR(call())
	if err != nil || common.Hash(got) != want {
		t.Fatalf("DOMAIN_SEPARATOR = %x, %v; want %s", got, err, want)
	}
	// Invalid constructor parameters revert with InvalidParams.
	bad := testParams()
	bad.SuppliersPerSession = 0
	_, _, _, err = bindings.DeployRegistry(e.estimating(owner), e.client, common.Address{1}, bindings.RegistryParams(bad), e.addrs[owner])
	if args := e.expectRevert(err, "InvalidParams"); args[0] != "suppliersPerSession" {
		t.Fatalf("constructor InvalidParams field = %v", args[0])
	}
}

func TestRegistryApplicationLifecycle(t *testing.T) {
	e := newRegistryEnv(t, 6, testParams())
	app := e.addrs[appAcct]

	e.nextBlockIs(5)
	r := e.do(e.reg.AddService(e.opts(svcOwner), eth, 1, maxTarget))
	if ev := findLog(t, r, e.reg.ParseServiceAdded); ev.EffectiveHeight != 10 || ev.Service != eth || ev.Owner != e.addrs[svcOwner] {
		t.Fatalf("ServiceAdded = %+v, want effective 10", ev)
	}
	r = e.do(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(100), [][32]byte{eth})) // block 6
	if ev := findLog(t, r, e.reg.ParseApplicationStaked); ev.EffectiveHeight != 10 || ev.Stake.Int64() != 100 {
		t.Fatalf("ApplicationStaked = %+v, want stake 100 from 10", ev)
	}
	for h, want := range map[uint64]int64{6: 0, 9: 0, 10: 100, 1000: 100} {
		if got := e.appStakeAt(h); got != want {
			t.Fatalf("applicationStakeAt(%d) = %d, want %d", h, got, want)
		}
	}
	if has, _ := e.reg.ApplicationHasServiceAt(call(), app, eth, 9); has {
		t.Fatal("service in force before the boundary")
	}
	if has, _ := e.reg.ApplicationHasServiceAt(call(), app, eth, 10); !has {
		t.Fatal("service not in force at the boundary")
	}

	// Adding stake mid-session takes effect at the next boundary.
	e.nextBlockIs(15)
	r = e.do(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(50), [][32]byte{eth}))
	if ev := findLog(t, r, e.reg.ParseApplicationStaked); ev.EffectiveHeight != 20 || ev.Stake.Int64() != 150 {
		t.Fatalf("ApplicationStaked = %+v, want stake 150 from 20", ev)
	}
	if a, b := e.appStakeAt(19), e.appStakeAt(20); a != 100 || b != 150 {
		t.Fatalf("stake at 19, 20 = %d, %d; want 100, 150", a, b)
	}

	// Input errors.
	fresh := e.estimating(5)
	args := e.reverts("BelowMinimumStake")(e.reg.StakeApplication(fresh, big.NewInt(99), [][32]byte{eth}))
	if args[0].(*big.Int).Int64() != 100 || args[1].(*big.Int).Int64() != 99 {
		t.Fatalf("BelowMinimumStake%v, want (100, 99)", args)
	}
	e.reverts("BelowMinimumStake")(e.reg.StakeApplication(fresh, big.NewInt(0), [][32]byte{eth}))
	args = e.reverts("InvalidServiceCount")(e.reg.StakeApplication(fresh, big.NewInt(100), nil))
	if args[0].(*big.Int).Int64() != 0 || args[2].(*big.Int).Int64() != 8 {
		t.Fatalf("InvalidServiceCount%v, want (0, 1, 8)", args)
	}
	nine := make([][32]byte, 9)
	for i := range nine {
		nine[i] = sid("s" + string(rune('a'+i)))
	}
	e.reverts("InvalidServiceCount")(e.reg.StakeApplication(fresh, big.NewInt(100), nine))
	args = e.reverts("DuplicateService")(e.reg.StakeApplication(fresh, big.NewInt(100), [][32]byte{eth, eth}))
	if args[0] != eth {
		t.Fatalf("DuplicateService%v", args)
	}
	args = e.reverts("UnknownService")(e.reg.StakeApplication(fresh, big.NewInt(100), [][32]byte{llm}))
	if args[0] != llm {
		t.Fatalf("UnknownService%v", args)
	}
	e.reverts("NotStaked")(e.reg.UnstakeApplication(fresh))
	e.reverts("NotUnbonding")(e.reg.WithdrawApplication(fresh))
	// Without an allowance the token's own error surfaces.
	e.do(e.token.Approve(e.opts(5), e.regAddr, big.NewInt(0)))
	e.reverts("ERC20InsufficientAllowance")(e.reg.StakeApplication(e.estimating(5), big.NewInt(100), [][32]byte{eth}))

	// Unstake: the stake drops to zero from the next boundary, then unbonds.
	e.nextBlockIs(23)
	r = e.do(e.reg.UnstakeApplication(e.opts(appAcct)))
	ev := findLog(t, r, e.reg.ParseUnstaked)
	if ev.Role != 0 || ev.Actor != app || ev.EffectiveHeight != 30 || ev.UnbondingEnd != 50 {
		t.Fatalf("Unstaked = %+v, want role 0, effective 30, unbonding end 50", ev)
	}
	if a, b := e.appStakeAt(29), e.appStakeAt(30); a != 150 || b != 0 {
		t.Fatalf("stake at 29, 30 = %d, %d; want 150, 0", a, b)
	}
	info, _ := e.reg.Application(call(), app)
	if info.Stake.Int64() != 150 || info.UnbondingEnd != 50 {
		t.Fatalf("application = %+v, want 150 held until 50", info)
	}
	args = e.reverts("ActorUnbonding")(e.reg.StakeApplication(e.estimating(appAcct), big.NewInt(100), [][32]byte{eth}))
	if args[0].(uint8) != 0 || args[1] != app || args[2].(uint64) != 50 {
		t.Fatalf("ActorUnbonding%v", args)
	}
	e.reverts("ActorUnbonding")(e.reg.UnstakeApplication(e.estimating(appAcct)))
	e.reverts("ActorUnbonding")(e.reg.DelegateToGateway(e.estimating(appAcct), e.addrs[4]))
	e.nextBlockIs(49)
	args = e.reverts("StillUnbonding")(e.reg.WithdrawApplication(e.estimating(appAcct)))
	if args[2].(uint64) != 50 || args[3].(uint64) >= 50 {
		t.Fatalf("StillUnbonding%v, want end 50 at a height below it", args)
	}

	// Withdraw at the unbonding end returns the tokens and clears the application.
	before, _ := e.token.BalanceOf(call(), app)
	e.nextBlockIs(50)
	r = e.do(e.reg.WithdrawApplication(e.opts(appAcct)))
	if w := findLog(t, r, e.reg.ParseWithdrawn); w.Amount.Int64() != 150 || w.Actor != app {
		t.Fatalf("Withdrawn = %+v", w)
	}
	after, _ := e.token.BalanceOf(call(), app)
	if new(big.Int).Sub(after, before).Int64() != 150 {
		t.Fatalf("withdraw returned %v, want 150", new(big.Int).Sub(after, before))
	}
	info, _ = e.reg.Application(call(), app)
	if info.Stake.Sign() != 0 || info.UnbondingEnd != 0 || len(info.Services) != 0 || len(info.Gateways) != 0 {
		t.Fatalf("application after withdraw = %+v, want cleared", info)
	}
	e.reverts("NotUnbonding")(e.reg.WithdrawApplication(e.estimating(appAcct)))

	// It can stake again from scratch; the past stays exact.
	e.do(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(300), [][32]byte{eth})) // block 51
	for h, want := range map[uint64]int64{15: 100, 25: 150, 35: 0, 55: 0, 60: 300} {
		if got := e.appStakeAt(h); got != want {
			t.Fatalf("applicationStakeAt(%d) = %d, want %d", h, got, want)
		}
	}
}

// reverts returns a check that a bound transaction call failed with custom error name,
// used as e.reverts("Name")(e.reg.Method(e.estimating(i), ...)); it returns the error's
// arguments.
func (e *registryEnv) reverts(name string) func(*types.Transaction, error) []any {
	return func(_ *types.Transaction, err error) []any {
		e.t.Helper()
		return e.expectRevert(err, name)
	}
}

func TestRegistryDelegation(t *testing.T) {
	e := newRegistryEnv(t, 14, testParams())
	app := e.addrs[appAcct]
	gw := func(i int) common.Address { return e.addrs[firstGw+i] }

	e.nextBlockIs(5)
	e.addService(eth, 1)
	e.commit()
	args := e.reverts("NotStaked")(e.reg.DelegateToGateway(e.estimating(appAcct), gw(0)))
	if args[0].(uint8) != 0 || args[1] != app {
		t.Fatalf("NotStaked%v, want the application", args)
	}
	e.send(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(100), [][32]byte{eth}))
	e.commit() // block 6
	args = e.reverts("NotStaked")(e.reg.DelegateToGateway(e.estimating(appAcct), gw(0)))
	if args[0].(uint8) != 1 || args[1] != gw(0) {
		t.Fatalf("NotStaked%v, want gateway 0", args)
	}
	for i := range 9 {
		e.send(e.reg.StakeGateway(e.opts(firstGw+i), big.NewInt(100)))
	}
	e.commit()                                                 // block 7
	r := e.do(e.reg.DelegateToGateway(e.opts(appAcct), gw(0))) // block 8
	if ev := findLog(t, r, e.reg.ParseGatewayDelegated); ev.EffectiveHeight != 10 || ev.Gateway != gw(0) {
		t.Fatalf("GatewayDelegated = %+v", ev)
	}
	delegated := func(g common.Address, h uint64) bool {
		ok, err := e.reg.IsDelegatedAt(call(), app, g, h)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if delegated(gw(0), 9) || !delegated(gw(0), 10) {
		t.Fatal("delegation not in force exactly from the boundary")
	}
	e.reverts("AlreadyDelegated")(e.reg.DelegateToGateway(e.estimating(appAcct), gw(0)))
	for i := 1; i < 8; i++ {
		e.send(e.reg.DelegateToGateway(e.opts(appAcct), gw(i)))
	}
	e.commit() // block 9
	args = e.reverts("TooManyGateways")(e.reg.DelegateToGateway(e.estimating(appAcct), gw(8)))
	if args[1].(*big.Int).Int64() != 8 {
		t.Fatalf("TooManyGateways%v", args)
	}

	// Undelegate and a gateway unstaking both end delegations at the next boundary.
	e.nextBlockIs(15)
	r = e.do(e.reg.UndelegateFromGateway(e.opts(appAcct), gw(1)))
	if ev := findLog(t, r, e.reg.ParseGatewayUndelegated); ev.EffectiveHeight != 20 {
		t.Fatalf("GatewayUndelegated = %+v", ev)
	}
	e.do(e.reg.UnstakeGateway(e.opts(firstGw + 0))) // block 16
	if !delegated(gw(1), 19) || delegated(gw(1), 20) {
		t.Fatal("undelegation not exactly at the boundary")
	}
	if !delegated(gw(0), 19) || delegated(gw(0), 20) {
		t.Fatal("an unstaked gateway's delegation is still in force")
	}
	if !delegated(gw(0), 15) || !delegated(gw(1), 12) {
		t.Fatal("past delegations changed")
	}
	e.reverts("NotDelegated")(e.reg.UndelegateFromGateway(e.estimating(appAcct), gw(1)))
	e.reverts("NotDelegated")(e.reg.UndelegateFromGateway(e.estimating(appAcct), gw(8)))
	args = e.reverts("NotStaked")(e.reg.DelegateToGateway(e.estimating(12), gw(2)))
	if args[0].(uint8) != 0 || args[1] != e.addrs[12] { // account 12 is no application
		t.Fatalf("NotStaked%v, want application account 12", args)
	}
	args = e.reverts("ActorUnbonding")(e.reg.DelegateToGateway(e.estimating(appAcct), gw(0)))
	if args[0].(uint8) != 1 || args[1] != gw(0) || args[2].(uint64) != 40 {
		t.Fatalf("ActorUnbonding%v, want gateway 0 until 40", args)
	}
	info, _ := e.reg.Application(call(), app)
	if len(info.Gateways) != 7 || slices.Contains(info.Gateways, gw(1)) {
		t.Fatalf("gateways = %v, want 7 without gateway 1", info.Gateways)
	}
	// A slot freed by undelegation can be reused.
	e.do(e.reg.DelegateToGateway(e.opts(appAcct), gw(8)))
	if !delegated(gw(8), 20) {
		t.Fatal("new delegation not in force")
	}
}
