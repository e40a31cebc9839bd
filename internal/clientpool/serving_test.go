package clientpool

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/gateway"
	"github.com/relaynode/relaynode/internal/relay"
)

// TestNodeAdmitterUsesTheRemainingBudget: on the node an application's
// positive balance is its remaining budget in compute units; one that has
// spent its budget is a free client and loses its slot to one that has not.
func TestNodeAdmitterUsesTheRemainingBudget(t *testing.T) {
	p, _ := newTestPool(t, Config{TotalCapacity: 2, MinCapacity: 1, MaxClientCapacity: 2})
	a := NodeAdmitter{Pool: p}
	rich, broke := common.HexToAddress("0xa1"), common.HexToAddress("0xb2")
	admit := func(app common.Address, remaining uint64) (func(), *relay.Error) {
		return a.Admit(context.Background(), relay.Admission{Application: app, Units: 1,
			Remaining: uint256.NewInt(remaining * 1000), PerUnit: uint256.NewInt(1000)})
	}
	releaseBroke, e := admit(broke, 0)
	if e != nil {
		t.Fatal(e)
	}
	defer releaseBroke()
	releaseRich, e := admit(rich, 5000)
	if e != nil {
		t.Fatal(e)
	}
	defer releaseRich()
	info, err := p.Client("app:" + rich.Hex())
	if err != nil || info.Pos < 4999 || info.Pos > 5000 || info.Kind != Paid {
		t.Fatalf("rich application: %+v %v", info, err)
	}
	// The pool is full (1 + 1 slots in use); the rich one asks for more and
	// gets it by pushing the broke one down or out, who is then refused.
	releaseMore, e := admit(rich, 5000)
	if e != nil {
		t.Fatalf("a paying application was refused: %v", e)
	}
	defer releaseMore()
	if _, e := admit(broke, 0); e == nil || e.Code != relay.CodePoolRefused || e.RetryAfter <= 0 {
		t.Fatalf("the broke application was admitted over a paying one: %v", e)
	}
}

// TestGatewayAdmitterKinds: API-key clients are paid, the others free.
func TestGatewayAdmitterKinds(t *testing.T) {
	p, _ := newTestPool(t, Config{TotalCapacity: 4, MinCapacity: 1})
	a := GatewayAdmitter{Pool: p}
	for _, c := range []gateway.Client{{ID: "key:0011223344556677", Paid: true}, {ID: "ip:192.0.2.1"}} {
		release, e := a.Admit(context.Background(), c)
		if e != nil {
			t.Fatal(e)
		}
		release()
		info, err := p.Client(c.ID)
		if err != nil || (info.Kind == Paid) != c.Paid {
			t.Fatalf("%s: %+v %v", c.ID, info, err)
		}
	}
}
