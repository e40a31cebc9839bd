package txrelay

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"golang.org/x/time/rate"
)

// Token is an API token: a name (for logs, metrics and idempotency scopes)
// and the SHA-256 of its secret.
type Token struct {
	Name string
	Hash [32]byte
}

// HashToken returns the digest a token is configured and compared under.
func HashToken(secret string) [32]byte { return sha256.Sum256([]byte(secret)) }

// auth checks bearer tokens in constant time against every configured token
// and rate-limits per token. An empty token is never accepted.
type auth struct {
	tokens []Token
	mu     sync.Mutex
	limits map[string]*rate.Limiter
	rate   int
}

func newAuth(tokens []Token, perSecond int) *auth {
	return &auth{tokens: tokens, limits: map[string]*rate.Limiter{}, rate: perSecond}
}

// check returns the token's name, or "" if secret matches none.
func (a *auth) check(secret string) string {
	if secret == "" {
		return ""
	}
	h := HashToken(secret)
	name := ""
	for _, t := range a.tokens {
		if subtle.ConstantTimeCompare(h[:], t.Hash[:]) == 1 {
			name = t.Name
		}
	}
	return name
}

func (a *auth) allow(name string) bool {
	a.mu.Lock()
	l, ok := a.limits[name]
	if !ok {
		l = rate.NewLimiter(rate.Limit(a.rate), 2*a.rate)
		a.limits[name] = l
	}
	a.mu.Unlock()
	return l.Allow()
}

// API error codes: stable names for every 4xx/5xx the relayer answers.
const (
	codeUnauthorized   = "unauthorized"
	codeRateLimited    = "rate_limited"
	codeBadRequest     = "bad_request"
	codeBadAddress     = "bad_address"
	codeBadData        = "bad_data"
	codeBadArgs        = "bad_args"
	codeBadValue       = "bad_value"
	codeBadGas         = "bad_gas_limit"
	codeBadSigner      = "unknown_signer"
	codeSignerReserved = "signer_reserved"
	codeTooLarge       = "body_too_large"
	codeQueueFull      = "queue_full"
	codeUnknownID      = "unknown_id"
	codeUnavailable    = "unavailable"
)

type apiError struct {
	status     int
	code       string
	detail     string
	retryAfter int
}

func (e *apiError) Error() string { return e.code + ": " + e.detail }

func badRequest(code, format string, args ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, code: code, detail: fmt.Sprintf(format, args...)}
}

// writeProblem answers with application/problem+json.
func writeProblem(w http.ResponseWriter, e *apiError) {
	if e.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(e.retryAfter))
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(e.status)
	json.NewEncoder(w).Encode(map[string]any{
		"type": "urn:relaynode:txrelay:" + e.code, "title": http.StatusText(e.status), "status": e.status, "detail": e.detail, "code": e.code,
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// TxRequest is the body of POST /v1/tx.
type TxRequest struct {
	To             string            `json:"to"`
	Data           string            `json:"data,omitempty"`
	Method         string            `json:"method,omitempty"`
	Args           []json.RawMessage `json:"args,omitempty"`
	Value          string            `json:"value,omitempty"`
	GasLimit       uint64            `json:"gasLimit,omitempty"`
	Signer         string            `json:"signer,omitempty"`
	IdempotencyKey string            `json:"idempotencyKey,omitempty"`
}

// TxAccepted is the answer to POST /v1/tx.
type TxAccepted struct {
	ID             string `json:"id"`
	Status         Status `json:"status"`
	IdempotencyKey string `json:"idempotencyKey"`
	Duplicate      bool   `json:"duplicate,omitempty"`
}

// maxGasLimit bounds a requested gas limit.
const maxGasLimit = 30_000_000

// parseTx validates a request body and builds the Request.
func (rl *Relayer) parseTx(token string, body TxRequest, headerKey string) (*Request, *apiError) {
	if !common.IsHexAddress(body.To) {
		return nil, badRequest(codeBadAddress, "to %q is not an address; want 0x followed by 40 hex digits", body.To)
	}
	r := &Request{Token: token, Kind: "api", Target: common.HexToAddress(body.To), Value: new(big.Int), GasLimit: body.GasLimit}
	switch {
	case body.Data != "" && body.Method != "":
		return nil, badRequest(codeBadData, "give either data or method and args, not both")
	case body.Method != "":
		data, err := EncodeCall(body.Method, body.Args)
		if err != nil {
			return nil, badRequest(codeBadArgs, "%v", err)
		}
		r.Data = data
	case body.Data != "":
		data, err := hexutil.Decode(body.Data)
		if err != nil {
			return nil, badRequest(codeBadData, "data is not 0x-hex: %v", err)
		}
		r.Data = data
	default:
		r.Data = []byte{}
	}
	if body.Value != "" {
		v, ok := new(big.Int).SetString(body.Value, 0)
		if !ok || v.Sign() < 0 || v.BitLen() > 256 {
			return nil, badRequest(codeBadValue, "value %q is not a non-negative integer (wei, decimal or 0x)", body.Value)
		}
		r.Value = v
	}
	if body.GasLimit != 0 && (body.GasLimit < 21_000 || body.GasLimit > maxGasLimit) {
		return nil, badRequest(codeBadGas, "gasLimit %d is out of range; want 21000 to %d, or 0 to estimate", body.GasLimit, maxGasLimit)
	}
	if body.Signer != "" {
		info, ok := rl.signer(common.HexToAddress(body.Signer))
		if !common.IsHexAddress(body.Signer) || !ok {
			return nil, badRequest(codeBadSigner, "signer %q is not one of this relayer's signers", body.Signer)
		}
		if info.Reserved && !slices.Contains(rl.cfg.ReservedFor, token) {
			return nil, &apiError{status: http.StatusForbidden, code: codeSignerReserved,
				detail: fmt.Sprintf("signer %s is reserved (the node operator's key); this token may not use it", body.Signer)}
		}
		r.WantSigner = common.HexToAddress(body.Signer)
	}
	key := body.IdempotencyKey
	if key == "" {
		key = headerKey
	}
	if len(key) > 256 {
		return nil, badRequest(codeBadRequest, "the idempotency key is %d characters; at most 256", len(key))
	}
	if key == "" {
		key = "auto:" + newID() // no key: no deduplication
	}
	r.IdemKey = token + ":" + key
	return r, nil
}

// signer returns the signer with address a.
func (rl *Relayer) signer(a common.Address) (SignerInfo, bool) {
	for _, s := range rl.engine.Signers() {
		if s.Address == a {
			return s, true
		}
	}
	return SignerInfo{}, false
}

// Handler returns the relayer's HTTP API.
func (rl *Relayer) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/tx", rl.authed(rl.postTx))
	mux.HandleFunc("GET /v1/tx/{id}", rl.authed(rl.getTx))
	mux.HandleFunc("GET /v1/events", rl.authed(rl.events))
	mux.HandleFunc("GET /health", rl.health)
	mux.HandleFunc("POST /submitBatchSize", rl.powerloom(rl.submitBatchSize))
	mux.HandleFunc("POST /submitSubmissionBatch", rl.powerloom(rl.submitSubmissionBatch))
	mux.HandleFunc("POST /submitUpdateRewards", rl.powerloom(rl.submitUpdateRewards))
	return mux
}

// authed checks the bearer token and the token's rate before h.
func (rl *Relayer) authed(h func(w http.ResponseWriter, r *http.Request, token string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		secret, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		name := rl.auth.check(secret)
		if name == "" {
			rl.reject(w, &apiError{status: http.StatusUnauthorized, code: codeUnauthorized, detail: "a valid token is required: 'Authorization: Bearer <token>'"})
			return
		}
		if !rl.auth.allow(name) {
			rl.reject(w, &apiError{status: http.StatusTooManyRequests, code: codeRateLimited, detail: "too many requests for this token", retryAfter: 1})
			return
		}
		h(w, r, name)
	}
}

func (rl *Relayer) reject(w http.ResponseWriter, e *apiError) {
	rl.metrics.Rejected.WithLabelValues(e.code).Inc()
	writeProblem(w, e)
}

// readBody reads a JSON body within the size limit.
func (rl *Relayer) readBody(w http.ResponseWriter, r *http.Request, v any) *apiError {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, rl.cfg.MaxBodyBytes))
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &apiError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge, detail: fmt.Sprintf("the body exceeds %d bytes", mbe.Limit)}
		}
		return badRequest(codeBadRequest, "the body is not the expected JSON: %v", err)
	}
	return nil
}

func (rl *Relayer) postTx(w http.ResponseWriter, r *http.Request, token string) {
	var body TxRequest
	if e := rl.readBody(w, r, &body); e != nil {
		rl.reject(w, e)
		return
	}
	req, e := rl.parseTx(token, body, r.Header.Get("Idempotency-Key"))
	if e != nil {
		rl.reject(w, e)
		return
	}
	acc, e := rl.accept(r.Context(), []*Request{req})
	if e != nil {
		rl.reject(w, e)
		return
	}
	status := http.StatusAccepted
	if acc[0].Duplicate {
		status = http.StatusOK
	}
	key := strings.TrimPrefix(req.IdemKey, token+":")
	writeJSON(w, status, TxAccepted{ID: acc[0].ID, Status: acc[0].Status, IdempotencyKey: key, Duplicate: acc[0].Duplicate})
}

// accept commits requests, refusing with 429 when the queue is full.
func (rl *Relayer) accept(ctx context.Context, reqs []*Request) ([]Accepted, *apiError) {
	if backlog := rl.engine.Backlog(); backlog+len(reqs) > rl.cfg.MaxQueue {
		return nil, &apiError{status: http.StatusTooManyRequests, code: codeQueueFull, retryAfter: 1,
			detail: fmt.Sprintf("every signer has its %d transactions in flight and %d requests wait (the limit is %d); retry shortly",
				rl.cfg.MaxInFlight, backlog, rl.cfg.MaxQueue)}
	}
	acc, err := rl.intake.submit(ctx, reqs)
	if err != nil {
		return nil, &apiError{status: http.StatusServiceUnavailable, code: codeUnavailable, detail: err.Error(), retryAfter: 1}
	}
	for _, a := range acc {
		if a.Duplicate {
			rl.metrics.Duplicates.Inc()
		} else {
			rl.metrics.Accepted.Inc()
		}
	}
	return acc, nil
}

// TxStatus is the answer to GET /v1/tx/{id}.
type TxStatus struct {
	ID             string  `json:"id"`
	Status         Status  `json:"status"`
	To             string  `json:"to"`
	Value          string  `json:"value"`
	Signer         string  `json:"signer,omitempty"`
	Nonce          *uint64 `json:"nonce,omitempty"`
	Hash           string  `json:"hash,omitempty"`
	Attempts       int     `json:"attempts"`
	Bumps          int     `json:"bumps"`
	Block          uint64  `json:"block,omitempty"`
	Confirmations  uint64  `json:"confirmations,omitempty"`
	Reason         string  `json:"reason,omitempty"`
	IdempotencyKey string  `json:"idempotencyKey"`
	Events         []Event `json:"events"`
}

func (rl *Relayer) getTx(w http.ResponseWriter, r *http.Request, token string) {
	req, evs, err := rl.ledger.Get(r.Context(), r.PathValue("id"))
	if errors.Is(err, ErrUnknownRequest) || (err == nil && req.Token != token) {
		rl.reject(w, &apiError{status: http.StatusNotFound, code: codeUnknownID, detail: fmt.Sprintf("no request %q for this token", r.PathValue("id"))})
		return
	}
	if err != nil {
		rl.reject(w, &apiError{status: http.StatusServiceUnavailable, code: codeUnavailable, detail: err.Error()})
		return
	}
	st := TxStatus{ID: req.ID, Status: req.Status, To: req.Target.Hex(), Value: req.Value.String(), Attempts: req.Attempts,
		Bumps: req.Bumps, Block: req.Block, Reason: req.Reason, IdempotencyKey: strings.TrimPrefix(req.IdemKey, token+":"), Events: evs}
	if req.Signer != (common.Address{}) {
		st.Signer = req.Signer.Hex()
	}
	if req.HasNonce {
		n := req.Nonce
		st.Nonce = &n
	}
	if req.TxHash != (common.Hash{}) {
		st.Hash = req.TxHash.Hex()
	}
	if req.Block != 0 {
		if head := rl.head(); head >= req.Block {
			st.Confirmations = head - req.Block + 1
		}
	}
	writeJSON(w, http.StatusOK, st)
}

// events streams the token's status events as server-sent events, from
// the ledger: first those after Last-Event-ID (or ?after=), then each new
// one as it becomes durable. ?id= keeps one request's events.
func (rl *Relayer) events(w http.ResponseWriter, r *http.Request, token string) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		rl.reject(w, &apiError{status: http.StatusInternalServerError, code: codeUnavailable, detail: "streaming unsupported"})
		return
	}
	after, _ := strconv.ParseInt(r.Header.Get("Last-Event-ID"), 10, 64)
	if s := r.URL.Query().Get("after"); s != "" {
		after, _ = strconv.ParseInt(s, 10, 64)
	}
	only := r.URL.Query().Get("id")
	wake := rl.hub.subscribe() // before the first read, so no commit falls between
	defer rl.hub.unsubscribe(wake)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	flusher.Flush()
	keepalive := time.NewTicker(15 * time.Second)
	defer keepalive.Stop()
	for {
		for { // everything durable after our position
			evs, err := rl.ledger.TokenEventsAfter(r.Context(), token, after, 1000)
			if err != nil {
				return // the client reconnects with Last-Event-ID
			}
			for _, e := range evs {
				after = e.Seq
				if only != "" && e.Request != only {
					continue
				}
				b, _ := json.Marshal(e)
				if _, err := fmt.Fprintf(w, "id: %d\nevent: status\ndata: %s\n\n", e.Seq, b); err != nil {
					return
				}
			}
			flusher.Flush()
			if len(evs) < 1000 {
				break
			}
		}
		select {
		case <-r.Context().Done():
			return
		case <-wake:
		case <-keepalive.C:
			if _, err := io.WriteString(w, ": keepalive\n\n"); err != nil {
				return
			}
			flusher.Flush()
		}
	}
}

// Health is the answer of /health.
type Health struct {
	OK       bool         `json:"ok"`
	Chain    string       `json:"chain"`
	Head     uint64       `json:"head"`
	Ledger   string       `json:"ledger"`
	Signers  []SignerInfo `json:"signers"`
	Funded   bool         `json:"signersFunded"`
	Queue    int          `json:"queue"`
	InFlight int          `json:"inFlight"`
}

func (rl *Relayer) health(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	h := Health{OK: true, Chain: "ok", Ledger: "ok", Funded: true, Queue: rl.engine.QueueDepth()}
	if head, err := rl.chain.BlockNumber(ctx); err != nil {
		h.OK, h.Chain = false, err.Error()
	} else {
		h.Head = head
	}
	if err := rl.ledger.Ping(ctx); err != nil {
		h.OK, h.Ledger = false, err.Error()
	}
	h.Signers = rl.engine.Signers()
	for i := range h.Signers {
		h.InFlight += h.Signers[i].InFlight
		if b, err := rl.chain.BalanceAt(ctx, h.Signers[i].Address); err == nil {
			h.Signers[i].Balance = b.String()
			if b.Cmp(rl.cfg.MinBalance) < 0 {
				h.Signers[i].Excluded = true
			}
		}
		if h.Signers[i].Excluded {
			h.Funded = false
		}
	}
	if !h.Funded {
		h.OK = false
	}
	status := http.StatusOK
	if !h.OK {
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, h)
}
