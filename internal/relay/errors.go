package relay

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Code is a stable, machine-readable reason a relay was refused or failed.
// Callers see it on every transport: as data.code of a JSON-RPC error and as
// "code" of an application/problem+json body.
type Code string

// The codes, with their HTTP status and JSON-RPC error number. Numbers and
// names never change meaning; new reasons get new codes.
const (
	CodeRateLimited        Code = "rate_limited"            // 429: per-IP limit
	CodeOverloaded         Code = "overloaded"              // 503: no free slot in time
	CodeBadEnvelope        Code = "bad_envelope"            // 400: Relay-Request missing or malformed
	CodeMalformedRequest   Code = "malformed_request"       // 400: body is not valid for the service (e.g. not JSON)
	CodeBodyTooLarge       Code = "body_too_large"          // 413
	CodeUnknownService     Code = "unknown_service"         // 404: this node does not serve it, or it is not registered
	CodeSessionExpired     Code = "session_expired"         // 410: past its grace period
	CodeSessionNotStarted  Code = "session_not_started"     // 425: starts in the future
	CodeNotInSession       Code = "supplier_not_in_session" // 421: this supplier is not one of the session's
	CodeAppNotStaked       Code = "application_not_staked"  // 403: no session for the application
	CodeBadSignature       Code = "bad_signature"           // 401
	CodeNotDelegated       Code = "gateway_not_delegated"   // 403: signer is neither the app nor a delegated gateway
	CodeReplayedNonce      Code = "replayed_nonce"          // 409
	CodeCallsMismatch      Code = "calls_mismatch"          // 400: declared calls differ from the batch
	CodeBudgetExhausted    Code = "budget_exhausted"        // 402: the meter refused
	CodeBackendUnavailable Code = "backend_unavailable"     // 502
	CodeBackendTimeout     Code = "backend_timeout"         // 504
	CodeChainUnavailable   Code = "chain_unavailable"       // 503: session facts could not be read
	CodeUnauthorized       Code = "unauthorized"            // 401: gateway API key
	CodeNoSupplier         Code = "no_supplier"             // 502: gateway found no supplier that answered
	CodeBadResponse        Code = "bad_response_signature"  // 502: a supplier's response did not verify
	CodeInternal           Code = "internal"                // 500
	CodePoolRefused        Code = "client_pool_refused"     // 429: the client pool gave the client no slot (priority too low, pushed out, its capacity in use)
)

type codeInfo struct {
	status  int
	rpc     int
	title   string
	retry   bool // Retry-After is meaningful
	refused bool // refused before any work was done
}

var codes = map[Code]codeInfo{
	CodeRateLimited:        {http.StatusTooManyRequests, -32005, "rate limited", true, true},
	CodePoolRefused:        {http.StatusTooManyRequests, -32028, "client pool refused", true, true},
	CodeOverloaded:         {http.StatusServiceUnavailable, -32006, "overloaded", true, true},
	CodeBadEnvelope:        {http.StatusBadRequest, -32010, "bad relay envelope", false, true},
	CodeMalformedRequest:   {http.StatusBadRequest, -32700, "malformed request", false, true},
	CodeBodyTooLarge:       {http.StatusRequestEntityTooLarge, -32011, "request body too large", false, true},
	CodeUnknownService:     {http.StatusNotFound, -32012, "unknown service", false, true},
	CodeSessionExpired:     {http.StatusGone, -32013, "session expired", false, true},
	CodeSessionNotStarted:  {http.StatusTooEarly, -32014, "session not started", true, true},
	CodeNotInSession:       {http.StatusMisdirectedRequest, -32015, "supplier not in session", false, true},
	CodeAppNotStaked:       {http.StatusForbidden, -32016, "application not staked", false, true},
	CodeBadSignature:       {http.StatusUnauthorized, -32017, "bad signature", false, true},
	CodeNotDelegated:       {http.StatusForbidden, -32018, "gateway not delegated", false, true},
	CodeReplayedNonce:      {http.StatusConflict, -32019, "replayed nonce", false, true},
	CodeCallsMismatch:      {http.StatusBadRequest, -32020, "calls mismatch", false, true},
	CodeBudgetExhausted:    {http.StatusPaymentRequired, -32021, "budget exhausted", false, true},
	CodeBackendUnavailable: {http.StatusBadGateway, -32022, "backend unavailable", true, false},
	CodeBackendTimeout:     {http.StatusGatewayTimeout, -32023, "backend timeout", true, false},
	CodeChainUnavailable:   {http.StatusServiceUnavailable, -32024, "chain unavailable", true, true},
	CodeUnauthorized:       {http.StatusUnauthorized, -32025, "unauthorized", false, true},
	CodeNoSupplier:         {http.StatusBadGateway, -32026, "no supplier answered", true, false},
	CodeBadResponse:        {http.StatusBadGateway, -32027, "bad response signature", true, false},
	CodeInternal:           {http.StatusInternalServerError, -32603, "internal error", false, false},
}

// Status returns the HTTP status of the code.
func (c Code) Status() int { return codes[c].status }

// RPCCode returns the JSON-RPC error number of the code.
func (c Code) RPCCode() int { return codes[c].rpc }

// Error is a relay failure with its stable code and a detail for people.
type Error struct {
	Code       Code
	Detail     string
	RetryAfter time.Duration // 0: none
}

func (e *Error) Error() string { return fmt.Sprintf("relay: %s: %s", e.Code, e.Detail) }

// Errorf builds an *Error.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Detail: fmt.Sprintf(format, args...)}
}

// ProblemType is the RFC 9457 type URI of a code.
func ProblemType(c Code) string { return "urn:relaynode:error:" + string(c) }

// Problem is the application/problem+json body of an error.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Code   Code   `json:"code"`
}

// RPCError is the error member of a JSON-RPC response.
type RPCError struct {
	Code    int          `json:"code"`
	Message string       `json:"message"`
	Data    RPCErrorData `json:"data"`
}

// RPCErrorData carries the stable code.
type RPCErrorData struct {
	Code   Code   `json:"code"`
	Detail string `json:"detail"`
}

// WriteError answers a request with e, as a JSON-RPC error (with the request
// id, or null) when jsonrpc is true, else as application/problem+json.
func WriteError(w http.ResponseWriter, e *Error, jsonrpc bool, id json.RawMessage) {
	info, ok := codes[e.Code]
	if !ok {
		info = codes[CodeInternal]
	}
	h := w.Header()
	h.Set("Relay-Error", string(e.Code))
	if info.retry {
		ra := e.RetryAfter
		if ra <= 0 {
			ra = time.Second
		}
		h.Set("Retry-After", strconv.Itoa(int((ra+time.Second-1)/time.Second)))
	}
	var body []byte
	if jsonrpc {
		body = RPCErrorBody(e, id)
		h.Set("Content-Type", "application/json")
	} else {
		body, _ = json.Marshal(Problem{Type: ProblemType(e.Code), Title: info.title, Status: info.status, Detail: e.Detail, Code: e.Code})
		h.Set("Content-Type", "application/problem+json")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(info.status)
	w.Write(body)
}

// RPCErrorBody returns a JSON-RPC response carrying e, for request id (or
// null).
func RPCErrorBody(e *Error, id json.RawMessage) []byte {
	info, ok := codes[e.Code]
	if !ok {
		info = codes[CodeInternal]
	}
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	body, _ := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   RPCError        `json:"error"`
	}{"2.0", id, RPCError{Code: info.rpc, Message: info.title + ": " + e.Detail, Data: RPCErrorData{Code: e.Code, Detail: e.Detail}}})
	return body
}

// ParseError reads a relay error back from a response (status, Relay-Error
// header); ok is false when the response is not a relay error.
func ParseError(resp *http.Response) (Code, bool) {
	c := Code(resp.Header.Get("Relay-Error"))
	if _, ok := codes[c]; !ok {
		return "", false
	}
	return c, true
}

// Retryable reports whether another supplier may succeed where this one
// failed with code c.
func Retryable(c Code) bool {
	switch c {
	case CodeOverloaded, CodeRateLimited, CodeBackendUnavailable, CodeBackendTimeout, CodeChainUnavailable,
		CodeNotInSession, CodeBudgetExhausted, CodeSessionNotStarted, CodeInternal, CodeBadResponse, CodeNoSupplier, CodePoolRefused:
		return true
	}
	return false
}
