package chain

import "strings"

// Node errors reach us over JSON-RPC as text only. This is the one place that
// matches that text; it covers go-ethereum and the common wordings of other
// clients (Erigon, Nethermind, Besu, Reth, Anvil).

// IsAlreadyKnown reports that the node already has this exact transaction.
func IsAlreadyKnown(err error) bool {
	return matches(err, "already known", "known transaction", "already imported", "alreadyknown", "transaction already exists")
}

// IsNonceTooLow reports that the sender's nonce was already used on chain.
func IsNonceTooLow(err error) bool {
	return matches(err, "nonce too low", "oldnonce", "nonce is too low", "invalid nonce")
}

// IsReplacementUnderpriced reports that a same-nonce replacement did not raise
// the fees enough (geth wants at least +10% on both fee fields).
func IsReplacementUnderpriced(err error) bool {
	return matches(err, "replacement transaction underpriced", "replacement fee too low", "replacementnotallowed")
}

// IsUnderpriced reports that the fee is below the node's floor.
func IsUnderpriced(err error) bool {
	return !IsReplacementUnderpriced(err) && matches(err, "transaction underpriced", "max fee per gas less than block base fee", "feetoolow", "fee too low")
}

func matches(err error, needles ...string) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, n := range needles {
		if strings.Contains(msg, n) {
			return true
		}
	}
	return false
}
