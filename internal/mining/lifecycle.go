package mining

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
)

// The lifecycle of one claim: a (session, supplier) from its first mined
// relay to its payment. It is a pure state machine: Step looks at the claim
// and what the driver observed at one block and says what to do next; the
// driver does it and reports back through Closed and Submitted. Every
// change is persisted before the driver acts on the next block, so a
// restart resumes at the exact step.
//
//	live ──(grace over)──► closed ──(claim height)──► claiming ──(on chain)──► claimed
//	claimed ──(proof seed known)──► proving ──(accepted)──► proven   (or straight to proven
//	when no proof is required) ──(proof window closed)──► settling ──► settled
//
// A step whose transaction fails is sent again while its window is open;
// a window that closes first ends the claim as expired, with the reason.

// Phase is where a claim is in its lifecycle.
type Phase string

// The phases, in order.
const (
	PhaseLive     Phase = "live"     // the session serves: relays go into the tree
	PhaseClosed   Phase = "closed"   // the tree is closed and its root known; the claim is due at ClaimHeight
	PhaseClaiming Phase = "claiming" // the claim transaction is with the transaction relayer
	PhaseClaimed  Phase = "claimed"  // the claim is on chain; waiting for the proof seed
	PhaseProving  Phase = "proving"  // the proof transaction is with the transaction relayer
	PhaseProven   Phase = "proven"   // proof accepted, or none required; waiting for the proof window to close
	PhaseSettling Phase = "settling" // the settle transaction is with the transaction relayer
	PhaseSettled  Phase = "settled"  // paid (final)
	PhaseExpired  Phase = "expired"  // a window closed before its step landed, or nothing to claim (final)
)

// Final reports whether nothing more happens to a claim in phase p.
func (p Phase) Final() bool { return p == PhaseSettled || p == PhaseExpired }

// Root is a session tree's root: its digest, the sum of the weights (compute
// units) and the number of leaves (relays).
type Root struct {
	Hash  common.Hash
	Sum   uint64
	Count uint64
}

// Claim is the persisted state of one (session, supplier).
type Claim struct {
	Key         store.SessionKey
	SessionID   common.Hash
	Windows     protocol.Windows
	ClaimHeight uint64 // the randomized block, inside the claim window, at which the claim is sent
	Phase       Phase
	Root        Root // set when the tree closes
	// Attempt counts the transactions sent for the current step (claim,
	// proof or settle); it names their idempotency keys, so a retry after a
	// crash finds the same transaction and a deliberate resend makes a new one.
	Attempt       int
	TxID          string // the transaction relayer's id of the current step's transaction; "" until accepted
	ProofRequired bool
	ProofPath     common.Hash
	TreeDeleted   bool
	Reason        string // why the claim expired, or what the last step observed
	Paid          string // token base units the settlement paid, once settled
}

// NewClaim starts tracking a session for a supplier, in phase live.
func NewClaim(k store.SessionKey, sessionID common.Hash, w protocol.Windows) Claim {
	return Claim{Key: k, SessionID: sessionID, Windows: w, ClaimHeight: ClaimHeight(sessionID, k.Supplier, w), Phase: PhaseLive}
}

// ClaimHeight picks the block at which a claim is sent: pseudo-random (so
// the suppliers of a session do not all claim in the same block) but fixed
// by the session and the supplier (so a restart picks the same), and in
// the first half of the claim window, leaving the second half for retries.
func ClaimHeight(sessionID common.Hash, supplier common.Address, w protocol.Windows) uint64 {
	span := (w.ClaimClose - w.ClaimOpen + 1) / 2
	if span == 0 {
		return w.ClaimOpen
	}
	h := crypto.Keccak256(sessionID[:], supplier[:])
	return w.ClaimOpen + binary.BigEndian.Uint64(h[24:])%span
}

// OnChain is what the settlement contract says of a claim.
type OnChain uint8

// The on-chain statuses, as RelaySettlement's ClaimStatus enum.
const (
	OnChainNone OnChain = iota
	OnChainClaimed
	OnChainProven
	OnChainSettled
	OnChainSlashed
)

// TxOutcome is what the transaction relayer says of the current step's transaction.
type TxOutcome uint8

// The outcomes the lifecycle distinguishes.
const (
	TxUnknown TxOutcome = iota // not asked, or the relayer did not answer
	TxPending                  // queued, signed, broadcast or included
	TxDone                     // confirmed
	TxFailed                   // reverted or failed: sending the same again will not help
)

// Observation is what the driver saw at one block.
type Observation struct {
	Head    uint64
	OnChain OnChain // valid when the phase is claiming or later
	Tx      TxOutcome
	// ProofKnown is set once the proof seed exists (after the proof window
	// opens); ProofRequired and ProofPath are valid then.
	ProofKnown    bool
	ProofRequired bool
	ProofPath     common.Hash
}

// Action is what Step asks the driver to do.
type Action uint8

// The actions.
const (
	ActNone         Action = iota
	ActClose               // close the tree and report its root through Closed
	ActSubmitClaim         // send the claim; report the relayer's id through Submitted
	ActSubmitProof         // build the proof for c.ProofPath and send it; report through Submitted
	ActSubmitSettle        // send the settlement; report through Submitted
	ActDeleteTree          // the claim is final: drop its tree and log entries
)

func (a Action) String() string {
	return [...]string{"none", "close", "submit claim", "submit proof", "submit settle", "delete tree"}[a]
}

// maxSettleAttempts bounds the settle transactions sent for one claim
// (settlement has no window; a claim whose settlement keeps failing ends).
const maxSettleAttempts = 20

// Step advances c by what o shows and returns the next action.
func Step(c Claim, o Observation) (Claim, Action) {
	w, head := c.Windows, o.Head
	switch c.Phase {
	case PhaseLive:
		if head >= w.ClaimOpen {
			return c, ActClose
		}
	case PhaseClosed:
		if o.OnChain >= OnChainClaimed { // sent before a crash or a lost answer, and landed
			return advance(c, PhaseClaimed, ""), ActNone
		}
		if head >= w.ClaimClose {
			return expire(c, "the claim window closed before the claim was accepted by the transaction relayer")
		}
		if head >= c.ClaimHeight {
			return c, ActSubmitClaim
		}
	case PhaseClaiming:
		switch {
		case o.OnChain >= OnChainClaimed:
			return advance(c, PhaseClaimed, ""), ActNone
		case head >= w.ClaimClose:
			return expire(c, "the claim did not land in its window")
		case o.Tx == TxFailed || o.Tx == TxDone: // failed, or confirmed and since reorged away
			return resend(c, PhaseClosed, fmt.Sprintf("claim transaction %s ended without a claim on chain; sending again", c.TxID)), ActSubmitClaim
		}
	case PhaseClaimed:
		switch {
		case o.OnChain == OnChainNone && head < w.ClaimClose:
			return resend(c, PhaseClosed, "the claim vanished from the chain (reorg); sending again"), ActSubmitClaim
		case o.OnChain == OnChainNone:
			return expire(c, "the claim vanished from the chain after its window closed")
		case o.ProofKnown && o.ProofRequired:
			c.ProofRequired, c.ProofPath = true, o.ProofPath
			return c, ActSubmitProof
		case o.ProofKnown:
			return advance(c, PhaseProven, "no proof required"), ActNone
		}
	case PhaseProving:
		switch {
		case o.OnChain >= OnChainProven:
			return advance(c, PhaseProven, "proof accepted"), ActNone
		case head >= w.ProofClose:
			return expire(c, "the required proof did not land in its window")
		case o.Tx == TxFailed || o.Tx == TxDone:
			return resend(c, PhaseClaimed, fmt.Sprintf("proof transaction %s ended without an accepted proof; sending again", c.TxID)), ActSubmitProof
		}
	case PhaseProven:
		switch {
		case o.OnChain == OnChainNone:
			return expire(c, "the claim vanished from the chain after its window closed")
		case head >= w.ProofClose:
			return c, ActSubmitSettle
		}
	case PhaseSettling:
		switch {
		case o.OnChain == OnChainSettled:
			return advance(c, PhaseSettled, "paid"), ActDeleteTree
		case o.OnChain == OnChainSlashed:
			return expire(c, "slashed: the contract saw no accepted proof")
		case o.OnChain == OnChainNone:
			return expire(c, "the claim vanished from the chain after its window closed")
		case (o.Tx == TxFailed || o.Tx == TxDone) && c.Attempt+1 >= maxSettleAttempts:
			return expire(c, fmt.Sprintf("settlement failed %d times (last transaction %s)", maxSettleAttempts, c.TxID))
		case o.Tx == TxFailed || o.Tx == TxDone:
			return resend(c, PhaseProven, fmt.Sprintf("settle transaction %s ended without a settlement; sending again", c.TxID)), ActSubmitSettle
		}
	case PhaseSettled, PhaseExpired:
		if !c.TreeDeleted {
			return c, ActDeleteTree
		}
	}
	return c, ActNone
}

// Closed records the closed tree's root. An empty tree has nothing to claim.
func Closed(c Claim, r Root) Claim {
	c.Root = r
	if r.Count == 0 {
		c.Phase, c.Reason = PhaseExpired, "no relays to claim"
		return c
	}
	return advance(c, PhaseClosed, "")
}

// Submitted records that the transaction relayer accepted the current
// step's transaction as id.
func Submitted(c Claim, a Action, id string) Claim {
	c.TxID = id
	switch a {
	case ActSubmitClaim:
		c.Phase = PhaseClaiming
	case ActSubmitProof:
		c.Phase = PhaseProving
	case ActSubmitSettle:
		c.Phase = PhaseSettling
	}
	return c
}

// TreeGone records that the tree and its log entries were deleted.
func TreeGone(c Claim) Claim {
	c.TreeDeleted = true
	return c
}

func advance(c Claim, p Phase, reason string) Claim {
	c.Phase, c.Reason, c.Attempt, c.TxID = p, reason, 0, ""
	return c
}

func resend(c Claim, p Phase, reason string) Claim {
	c.Phase, c.Reason, c.TxID = p, reason, ""
	c.Attempt++
	return c
}

func expire(c Claim, reason string) (Claim, Action) {
	c.Phase, c.Reason, c.TxID = PhaseExpired, reason, ""
	return c, ActDeleteTree
}

// IdempotencyKey names the transaction of the claim's current step and
// attempt for the transaction relayer.
func IdempotencyKey(c Claim, a Action) string {
	return fmt.Sprintf("relaynode:%s:%s:%s:%d", stepName(a), c.Key.Supplier.Hex(), c.SessionID.Hex(), c.Attempt)
}
