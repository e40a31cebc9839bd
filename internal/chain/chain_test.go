package chain_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/chain/devnet/devnettest"
	"github.com/relaynode/relaynode/internal/protocol"
)

func testParams() protocol.Params {
	return protocol.Params{
		BlocksPerSession: 10, GracePeriodBlocks: 2, ClaimWindowBlocks: 4, ProofWindowBlocks: 4,
		SuppliersPerSession: 8, UnbondingBlocks: 40, ProofProbabilityPpm: 250_000,
		ProofRequirementThreshold: big.NewInt(1_000_000), TokensPerComputeUnit: big.NewInt(1e12),
		MinApplicationStake: big.NewInt(100), MinGatewayStake: big.NewInt(100), MinSupplierStake: big.NewInt(100),
	}
}

type env struct {
	d  *devnet.Devnet
	c  *chain.Client
	tr func(i int) *chain.Transactor
}

func newEnv(t *testing.T) env {
	t.Helper()
	d := devnettest.Start(t)
	c, err := chain.NewClient(context.Background(), d.RPCClient(), "devnet", 10*time.Second, devnet.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	seal := func() { d.Commit() }
	dec := chain.NewRevertDecoder()
	return env{d: d, c: c, tr: func(i int) *chain.Transactor {
		return chain.NewTransactor(c, d.Accounts()[i].Key, dec, 5*time.Millisecond).WithSealer(seal)
	}}
}

func TestDeployIsJournaledAndIdempotent(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	journal := filepath.Join(t.TempDir(), "deployments", "1337.json")
	deployer := e.tr(0).From()

	// First attempt: the creation is signed, journaled and broadcast, but no
	// block is sealed before the deadline, as if the process died waiting.
	noSeal := chain.NewTransactor(e.c, e.d.Accounts()[0].Key, chain.NewRevertDecoder(), 5*time.Millisecond)
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	_, err := chain.DeployContracts(short, noSeal, journal, testParams())
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("interrupted deploy: %v", err)
	}

	cs, err := chain.DeployContracts(ctx, e.tr(0), journal, testParams())
	if err != nil {
		t.Fatal(err)
	}
	if cs.Token != crypto.CreateAddress(deployer, 0) || cs.Registry != crypto.CreateAddress(deployer, 1) || cs.Settlement != crypto.CreateAddress(deployer, 2) {
		t.Fatalf("resumed deployment used new nonces: token %s registry %s settlement %s", cs.Token, cs.Registry, cs.Settlement)
	}
	reg, _ := bindings.NewRegistry(cs.Registry, e.c)
	if bound, err := reg.Settlement(&bind.CallOpts{Context: ctx}); err != nil || bound != cs.Settlement {
		t.Fatalf("registry bound to %s (%v), want %s", bound, err, cs.Settlement)
	}
	if err := chain.CheckContracts(ctx, e.c, cs); err != nil {
		t.Fatal(err)
	}
	recorded, err := chain.ReadDeployment(journal)
	if err != nil || recorded != cs {
		t.Fatalf("journal reads %+v, %v; want %+v", recorded, err, cs)
	}

	nonce, _ := e.c.NonceAt(ctx, deployer, nil)
	again, err := chain.DeployContracts(ctx, e.tr(0), journal, testParams())
	if err != nil || again != cs {
		t.Fatalf("second deploy: %+v %v", again, err)
	}
	if n, _ := e.c.NonceAt(ctx, deployer, nil); n != nonce {
		t.Fatalf("second deploy sent transactions: nonce %d -> %d", nonce, n)
	}

	// Another deployer's journal does not apply: a fresh deployment.
	other, err := chain.DeployContracts(ctx, e.tr(4), journal, testParams())
	if err != nil {
		t.Fatal(err)
	}
	if other.Registry == cs.Registry {
		t.Fatal("another deployer reused the first deployment")
	}

	bad := testParams()
	bad.SuppliersPerSession = 0
	if _, err := chain.DeployContracts(ctx, e.tr(5), filepath.Join(t.TempDir(), "j.json"), bad); err == nil {
		t.Fatal("invalid parameters deployed")
	}
}

func TestCheckContractsRejectsWrongAddresses(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	cs, err := chain.DeployContracts(ctx, e.tr(0), filepath.Join(t.TempDir(), "j.json"), testParams())
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]chain.Contracts{
		"no code":          {Token: cs.Token, Registry: common.Address{0x42}},
		"swapped":          {Token: cs.Registry, Registry: cs.Token},
		"wrong token":      {Token: common.Address{0x43}, Registry: cs.Registry},
		"wrong settlement": {Token: cs.Token, Registry: cs.Registry, Settlement: common.Address{0x44}},
		"empty":            {},
	} {
		if err := chain.CheckContracts(ctx, e.c, bad); !errors.Is(err, chain.ErrNoContracts) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestRevertsAreDecoded(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	cs, err := chain.DeployContracts(ctx, e.tr(0), filepath.Join(t.TempDir(), "j.json"), testParams())
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := bindings.NewRegistry(cs.Registry, e.c)
	svc := protocol.MustParseServiceID("eth")

	// Reverts at estimation.
	_, err = e.tr(1).Send(ctx, "staking", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.StakeApplication(o, big.NewInt(1), [][32]byte{svc})
	})
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "BelowMinimumStake" {
		t.Fatalf("estimation revert: %v", err)
	}
	if !strings.Contains(err.Error(), "BelowMinimumStake(required=100, got=1)") {
		t.Fatalf("message: %v", err)
	}

	// Reverts on chain (gas limit set, so estimation is skipped): the reason is
	// recovered by replaying the call.
	_, err = e.tr(1).Send(ctx, "adding a bad service", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.GasLimit = 200_000
		return reg.AddService(o, [32]byte{'B', 'A', 'D'}, 1, big.NewInt(1))
	})
	if !errors.As(err, &re) || re.Name != "InvalidServiceId" || !strings.Contains(err.Error(), `"BAD"`) {
		t.Fatalf("on-chain revert: %v", err)
	}

	if got := chain.NewRevertDecoder().DecodeData(common.FromHex("0x4e487b710000000000000000000000000000000000000000000000000000000000000011")); !strings.Contains(got.Error(), "overflow") {
		t.Fatalf("panic decoding: %v", got)
	}
	if got := chain.NewRevertDecoder().DecodeData(common.FromHex("0xdeadbeef")); got.Name != "" || !strings.Contains(got.Error(), "deadbeef") {
		t.Fatalf("unknown data: %v", got)
	}
}

func TestStakeDemoIsIdempotentAndSessionsAgree(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	cs, err := chain.DeployContracts(ctx, e.tr(0), filepath.Join(t.TempDir(), "j.json"), testParams())
	if err != nil {
		t.Fatal(err)
	}
	actors := chain.DemoActors{Owner: e.tr(0), Application: e.tr(1), Gateway: e.tr(2), Supplier: e.tr(3)}
	spec := chain.DemoSpec{Service: protocol.MustParseServiceID("eth"), ComputeUnitsPerRelay: 2, Stake: big.NewInt(1000), SupplierURL: "http://127.0.0.1:1"}
	if err := chain.StakeDemo(ctx, cs, actors, spec); err != nil {
		t.Fatal(err)
	}
	if ok, err := chain.DemoInForce(ctx, e.c, cs, actors); err != nil || ok {
		t.Fatalf("stakes in force before the session boundary: %v %v", ok, err)
	}
	before := e.d.Head()
	if err := chain.StakeDemo(ctx, cs, actors, spec); err != nil {
		t.Fatal(err)
	}
	if e.d.Head() != before {
		t.Fatalf("second StakeDemo sent transactions: head %d -> %d", before, e.d.Head())
	}
	for range 10 {
		e.d.Commit()
	}
	if ok, err := chain.DemoInForce(ctx, e.c, cs, actors); err != nil || !ok {
		t.Fatalf("stakes not in force after a boundary: %v %v", ok, err)
	}
	s, err := chain.FetchSession(ctx, e.c, cs.Registry, actors.Application.From(), spec.Service, e.d.Head())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Suppliers) != 1 || s.Suppliers[0] != actors.Supplier.From() || s.Start%10 != 0 || s.End != s.Start+10 {
		t.Fatalf("session %+v", s)
	}
	_, err = chain.FetchSession(ctx, e.c, cs.Registry, common.Address{1}, spec.Service, e.d.Head())
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != "ApplicationNotActive" {
		t.Fatalf("session of an unknown app: %v", err)
	}
}

func TestDialErrors(t *testing.T) {
	ctx := context.Background()
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer hang.Close()
	_, err := chain.Dial(ctx, hang.URL+"/v3/SECRET", 200*time.Millisecond, 0)
	if !errors.Is(err, chain.ErrUnreachable) || !strings.Contains(err.Error(), "no answer within 200ms") {
		t.Fatalf("hanging endpoint: %v", err)
	}
	if strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("URL secret leaked: %v", err)
	}
	closed := httptest.NewServer(http.NotFoundHandler())
	url := closed.URL
	closed.Close()
	if _, err := chain.Dial(ctx, url, time.Second, 0); !errors.Is(err, chain.ErrUnreachable) || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("closed port: %v", err)
	}

	d := devnettest.Start(t, devnettest.WithHTTP)
	if _, err := chain.Dial(ctx, d.HTTPURL(), time.Second, 5); !errors.Is(err, chain.ErrWrongChain) {
		t.Fatalf("wrong chain id: %v", err)
	}
	c, err := chain.Dial(ctx, d.HTTPURL(), time.Second, devnet.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://mainnet.example.org/v3/abc123": "https://mainnet.example.org/…",
		"http://127.0.0.1:8545":                 "http://127.0.0.1:8545",
		"wss://user:pw@host:1/":                 "wss://host:1/…",
		"https://host/?apikey=x":                "https://host/…",
		"not a url":                             "<rpc url>",
	} {
		if got := chain.RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRPCErrorMatchers(t *testing.T) {
	cases := []struct {
		msg                                string
		known, low, replUnder, underpriced bool
	}{
		{msg: "already known", known: true},
		{msg: "nonce too low: address 0x1, tx: 1 state: 2", low: true},
		{msg: "replacement transaction underpriced", replUnder: true},
		{msg: "transaction underpriced: tip needed 1, tip permitted 0", underpriced: true},
		{msg: "insufficient funds for gas * price + value"},
	}
	for _, c := range cases {
		err := errors.New(c.msg)
		if chain.IsAlreadyKnown(err) != c.known || chain.IsNonceTooLow(err) != c.low ||
			chain.IsReplacementUnderpriced(err) != c.replUnder || chain.IsUnderpriced(err) != c.underpriced {
			t.Errorf("%q classified wrongly", c.msg)
		}
	}
	if chain.IsAlreadyKnown(nil) {
		t.Error("nil matched")
	}
}
