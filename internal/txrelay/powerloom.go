package txrelay

import (
	"net/http"
	"strings"
)

// powerloomAlreadyDone are the revert reasons of Powerloom's protocol state
// that relayer-py treats as "already done": the request counts as a success
// and is not retried.
var powerloomAlreadyDone = []string{"E25", "E39", "E43", "E47", "E48"}

// PowerloomAlreadyDone reports whether a revert reason is one of them.
func PowerloomAlreadyDone(reason string) bool {
	for _, c := range powerloomAlreadyDone {
		if reason == c || strings.HasPrefix(reason, c+":") || strings.HasPrefix(reason, c+" ") {
			return true
		}
	}
	return false
}

// powerloom wraps a Powerloom endpoint (filled in with the contract ABI).
func (rl *Relayer) powerloom(h http.HandlerFunc) http.HandlerFunc { return h }

func (rl *Relayer) submitBatchSize(w http.ResponseWriter, r *http.Request)       {}
func (rl *Relayer) submitSubmissionBatch(w http.ResponseWriter, r *http.Request) {}
func (rl *Relayer) submitUpdateRewards(w http.ResponseWriter, r *http.Request)   {}
