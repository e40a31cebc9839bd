package clientpool

import (
	"context"
	"errors"
	"math"
	"time"

	"github.com/holiman/uint256"

	"github.com/relaynode/relaynode/internal/gateway"
	"github.com/relaynode/relaynode/internal/relay"
)

// The pool on the serving path: adapters to the consumer-owned admission
// interfaces of the gateway and of the relay node.

// GatewayAdmitter admits the gateway's clients: API-key clients as paid
// (their balance is deposited through the admin API), the others as free
// clients by IP. Each request charges one unit.
type GatewayAdmitter struct{ Pool *Pool }

// Admit implements gateway.Admitter.
func (a GatewayAdmitter) Admit(ctx context.Context, c gateway.Client) (func(), *relay.Error) {
	kind := Free
	if c.Paid {
		kind = Paid
	}
	release, ref := a.Pool.Acquire(ctx, c.ID, kind, 1)
	if ref != nil {
		return nil, refused(ref)
	}
	return release, nil
}

// NodeAdmitter admits applications on the relay node, after their signature
// was verified (so a forged request cannot take a paid application's slot).
// An application's positive balance is what it may still spend with this
// node in the session, in compute units; each relay charges its weight.
type NodeAdmitter struct{ Pool *Pool }

// Admit implements relay.Admitter.
func (a NodeAdmitter) Admit(ctx context.Context, ad relay.Admission) (func(), *relay.Error) {
	id := "app:" + ad.Application.Hex()
	if _, _, err := a.Pool.SetPositive(id, remainingUnits(ad.Remaining, ad.PerUnit)); err != nil {
		if errors.Is(err, ErrClosed) {
			return nil, &relay.Error{Code: relay.CodeOverloaded, Detail: "the client pool is shutting down", RetryAfter: time.Second}
		}
		return nil, relay.Errorf(relay.CodeInternal, "client pool: %v", err)
	}
	release, ref := a.Pool.Acquire(ctx, id, Paid, ad.Units)
	if ref != nil {
		return nil, refused(ref)
	}
	return release, nil
}

// remainingUnits is remaining / perUnit, in the range SetPositive takes.
func remainingUnits(remaining, perUnit *uint256.Int) int64 {
	if remaining == nil || remaining.IsZero() {
		return 0
	}
	units := new(uint256.Int).Set(remaining)
	if perUnit != nil && !perUnit.IsZero() {
		units.Div(units, perUnit)
	}
	if !units.IsUint64() || units.Uint64() > uint64(min(MaxBalance, math.MaxInt64)) {
		return int64(min(MaxBalance, math.MaxInt64))
	}
	return int64(units.Uint64())
}

func refused(r *Refusal) *relay.Error {
	e := relay.Errorf(relay.CodePoolRefused, "%s", r.Reason)
	e.RetryAfter = r.RetryAfter
	return e
}
