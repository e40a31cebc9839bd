package client

import (
	"encoding/json"

	"github.com/relaynode/relaynode/internal/relay"
)

// countArray returns the number of elements of a JSON array.
func countArray(b []byte) (uint32, error) {
	var elems []json.RawMessage
	if err := json.Unmarshal(b, &elems); err != nil {
		return 0, err
	}
	return uint32(len(elems)), nil
}

// errorDetail extracts the human detail of a relay error body
// (application/problem+json or a JSON-RPC error).
func errorDetail(body []byte) string {
	var p relay.Problem
	if json.Unmarshal(body, &p) == nil && p.Detail != "" {
		return p.Detail
	}
	var r struct {
		Error relay.RPCError `json:"error"`
	}
	if json.Unmarshal(body, &r) == nil && r.Error.Data.Detail != "" {
		return r.Error.Data.Detail
	}
	if len(body) > 200 {
		body = body[:200]
	}
	return string(body)
}
