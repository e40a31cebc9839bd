package clientpool

import (
	"errors"
	"fmt"
	"time"
)

var (
	// ErrInvalidConfig is wrapped by Config.Validate's errors.
	ErrInvalidConfig = errors.New("clientpool: invalid config")
	// ErrInvalidFactors is wrapped by the errors of price factors that are
	// negative, NaN or infinite.
	ErrInvalidFactors = errors.New("clientpool: invalid price factors")
	// ErrInvalidAmount is wrapped when a balance amount is out of range
	// (AddBalance takes a positive amount; SetPositive a non-negative one).
	ErrInvalidAmount = errors.New("clientpool: invalid amount")
	// ErrBalanceOverflow means the balance would exceed MaxBalance.
	ErrBalanceOverflow = errors.New("clientpool: balance overflow")
	// ErrInvalidID is wrapped when a client id is empty or too long.
	ErrInvalidID = errors.New("clientpool: invalid client id")
	// ErrUnknownClient means the pool has no record of the client: it never
	// connected, or its balances decayed to zero and the record was dropped.
	ErrUnknownClient = errors.New("clientpool: unknown client")
	// ErrNotConnected means the operation needs a connected client.
	ErrNotConnected = errors.New("clientpool: client not connected")
	// ErrClosed is returned by every method after Shutdown.
	ErrClosed = errors.New("clientpool: closed")
)

// Refusal reasons, the text of Refusal.Reason.
const (
	// ReasonPriority: the pool is full and the client's priority is not
	// higher than that of the clients it would have to push out.
	ReasonPriority = "pool full: priority too low"
	// ReasonPushedOut: like ReasonPriority, for a client that was connected and
	// has been pushed out by a higher-priority client since.
	ReasonPushedOut = "pushed out by a higher-priority client"
	// ReasonCapacity: the client already uses all of its capacity (concurrent
	// relay slots) and could not get more.
	ReasonCapacity = "client capacity exceeded"
	// ReasonInvalid: the request named an empty or too long client id.
	ReasonInvalid = "invalid client id"
	// ReasonCanceled: the caller's context was done before the decision.
	ReasonCanceled = "request canceled"
	// ReasonClosed: the pool has been shut down.
	ReasonClosed = "client pool closed"
)

// Refusal is why the pool did not admit a client or a relay, and when to try
// again. The caller answers 429 Too Many Requests with Reason and a
// Retry-After header of RetryAfter (rounded up to whole seconds).
type Refusal struct {
	Reason     string        // one of the Reason* constants
	RetryAfter time.Duration // a hint, at least one second
}

// Error makes a *Refusal usable as an error.
func (r *Refusal) Error() string {
	return fmt.Sprintf("clientpool: refused: %s (retry after %v)", r.Reason, r.RetryAfter)
}
