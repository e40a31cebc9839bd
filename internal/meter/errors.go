package meter

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

var (
	// ErrOverBudget is wrapped by every *OverBudgetError: the relay would take
	// the application's spending with this supplier in this session above its
	// budget.
	ErrOverBudget = errors.New("meter: over budget")
	// ErrPruned means the session was pruned: the meter no longer counts it and
	// refuses to charge it again from zero.
	ErrPruned = errors.New("meter: session pruned")
	// ErrClosed is returned by every method after Shutdown.
	ErrClosed = errors.New("meter: closed")
)

// OverBudgetError is Charge's refusal. Its message names the budget and the
// amounts, so that a caller can show it to the application as is.
type OverBudgetError struct {
	Key    Key
	Budget uint256.Int // the budget the charge was checked against
	Spent  uint256.Int // already spent before this charge
	Cost   uint256.Int // what the refused relay costs
}

func (e *OverBudgetError) Error() string {
	left := new(uint256.Int)
	if e.Budget.Gt(&e.Spent) {
		left.Sub(&e.Budget, &e.Spent)
	}
	return fmt.Sprintf("%v: application %s, service %s, session %d, supplier %s: already spent %s of budget %s, this relay costs %s (%s left)",
		ErrOverBudget, e.Key.Application.Hex(), e.Key.Service, e.Key.SessionStart, e.Key.Supplier.Hex(),
		e.Spent.Dec(), e.Budget.Dec(), e.Cost.Dec(), left.Dec())
}

// Unwrap returns ErrOverBudget.
func (e *OverBudgetError) Unwrap() error { return ErrOverBudget }

func prunedError(k Key, horizon uint64) error {
	return fmt.Errorf("%w: session %d of application %s, service %s, supplier %s is before the pruned horizon %d",
		ErrPruned, k.SessionStart, k.Application.Hex(), k.Service, k.Supplier.Hex(), horizon)
}
