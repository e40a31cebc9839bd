package clientpool

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// APIConfig configures the pool's HTTP API.
type APIConfig struct {
	// AdminTokenHash is the SHA-256 of the bearer token that changes
	// balances and prices. The zero value refuses every change.
	AdminTokenHash [32]byte
	// Known reports whether id names a client the operator configured (an
	// API key's client) even before it ever connected; nil: none.
	Known func(id string) bool
}

// Handler serves the pool's API:
//
//	GET  /v1/pool/clients[?connected=1&paid=1&prefix=P&after=ID&limit=N]
//	GET  /v1/pool/clients/{id}
//	POST /v1/pool/clients/{id}/balance  {"amount": N}               (admin token)
//	PUT  /v1/pool/clients/{id}/factors  {"positive": {...}, ...}    (admin token; null: the defaults)
//	PUT  /v1/pool/factors               {"positive": {...}, "negative": {...}} (admin token)
//	GET  /v1/pool/capacity?payment=N[&capacity=C][&client=ID]
//	GET  /v1/pool/stats
//
// Errors are problem+json with a stable code, and change nothing.
func (p *Pool) Handler(cfg APIConfig) http.Handler {
	a := &api{p: p, cfg: cfg}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/pool/clients", a.list)
	mux.HandleFunc("GET /v1/pool/clients/{id}", a.get)
	mux.HandleFunc("POST /v1/pool/clients/{id}/balance", a.admin(a.addBalance))
	mux.HandleFunc("PUT /v1/pool/clients/{id}/factors", a.admin(a.clientFactors))
	mux.HandleFunc("PUT /v1/pool/factors", a.admin(a.defaultFactors))
	mux.HandleFunc("GET /v1/pool/capacity", a.capacity)
	mux.HandleFunc("GET /v1/pool/stats", func(w http.ResponseWriter, _ *http.Request) { writeJSON(w, http.StatusOK, p.Stats()) })
	return mux
}

// CapacityHandler serves only GET /v1/pool/capacity, for a public listener:
// what a given payment would buy now, and for how long.
func (p *Pool) CapacityHandler() http.Handler {
	return http.HandlerFunc((&api{p: p}).capacity)
}

type api struct {
	p   *Pool
	cfg APIConfig
}

// problem writes an error answer.
func problem(w http.ResponseWriter, status int, code, format string, args ...any) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"status": status, "code": code, "detail": fmt.Sprintf(format, args...)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// admin checks the bearer token in constant time; an empty token, or no
// token configured, is never accepted.
func (a *api) admin(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		sum := sha256.Sum256([]byte(tok))
		if !ok || tok == "" || a.cfg.AdminTokenHash == ([32]byte{}) || subtle.ConstantTimeCompare(sum[:], a.cfg.AdminTokenHash[:]) != 1 {
			problem(w, http.StatusUnauthorized, "unauthorized", "changing the pool needs 'Authorization: Bearer <admin token>'")
			return
		}
		h(w, r)
	}
}

func (a *api) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := Filter{Connected: q.Get("connected") == "1" || q.Get("connected") == "true", Paid: q.Get("paid") == "1" || q.Get("paid") == "true",
		Prefix: q.Get("prefix"), After: q.Get("after"), Limit: 100}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 10000 {
			problem(w, http.StatusBadRequest, "bad_limit", "limit %q: want 1 to 10000", s)
			return
		}
		f.Limit = n
	}
	cs, err := a.p.Clients(f)
	if err != nil {
		problem(w, http.StatusServiceUnavailable, "unavailable", "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"clients": cs})
}

func (a *api) get(w http.ResponseWriter, r *http.Request) {
	c, err := a.p.Client(r.PathValue("id"))
	if errors.Is(err, ErrUnknownClient) {
		problem(w, http.StatusNotFound, "unknown_client", "no client %q", r.PathValue("id"))
		return
	}
	if errors.Is(err, ErrClosed) {
		problem(w, http.StatusServiceUnavailable, "unavailable", "%v", err)
		return
	}
	if err != nil {
		problem(w, http.StatusBadRequest, "bad_client", "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// known reports whether id is a client of the pool or of the operator.
func (a *api) known(id string) bool {
	if _, err := a.p.Client(id); err == nil {
		return true
	}
	return a.cfg.Known != nil && a.cfg.Known(id)
}

// decode reads a small JSON body strictly.
func decode(r *http.Request, v any) error {
	b, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func (a *api) addBalance(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var body struct {
		Amount *json.Number `json:"amount"`
	}
	if err := decode(r, &body); err != nil || body.Amount == nil {
		problem(w, http.StatusBadRequest, "bad_request", `want {"amount": <whole tokens, more than 0>}`)
		return
	}
	amount, err := body.Amount.Int64()
	if err != nil || amount <= 0 {
		problem(w, http.StatusBadRequest, "bad_amount", "amount %s: want a whole number of tokens, more than 0", body.Amount.String())
		return
	}
	if !a.known(id) {
		problem(w, http.StatusNotFound, "unknown_client", "no client %q (API-key clients are key:<first 8 bytes of the key's SHA-256, hex>)", id)
		return
	}
	pos, neg, err := a.p.AddBalance(id, amount)
	if errors.Is(err, ErrInvalidAmount) || errors.Is(err, ErrBalanceOverflow) {
		problem(w, http.StatusBadRequest, "bad_amount", "%v", err)
		return
	}
	if err != nil {
		problem(w, http.StatusServiceUnavailable, "unavailable", "%v", err)
		return
	}
	// The answer promises the deposit: make it durable first. If the save
	// fails the deposit still stands (it is retried by the next checkpoint):
	// answer 202 with saved false, not an error a client would retry.
	if err := a.p.Checkpoint(r.Context()); err != nil {
		writeJSON(w, http.StatusAccepted, map[string]any{"id": id, "pos": pos, "neg": neg, "saved": false, "detail": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "pos": pos, "neg": neg, "saved": true})
}

// factorsWant describes a factors body.
const factorsWant = `want {"positive": {"timeFactor": T, "capacityFactor": C, "requestFactor": R}, "negative": {...}}, every field a number`

// factorsBody decodes price factors with every field present, or null
// (nil: back to the defaults, where that makes sense).
func factorsBody(r *http.Request) (*Factors, error) {
	type prices struct {
		TimeFactor, CapacityFactor, RequestFactor *float64
	}
	var body *struct{ Positive, Negative *prices }
	if err := decode(r, &body); err != nil {
		return nil, fmt.Errorf("%s: %v", factorsWant, err)
	}
	if body == nil {
		return nil, nil
	}
	conv := func(p *prices) (PriceFactors, bool) {
		if p == nil || p.TimeFactor == nil || p.CapacityFactor == nil || p.RequestFactor == nil {
			return PriceFactors{}, false
		}
		return PriceFactors{TimeFactor: *p.TimeFactor, CapacityFactor: *p.CapacityFactor, RequestFactor: *p.RequestFactor}, true
	}
	pos, ok1 := conv(body.Positive)
	neg, ok2 := conv(body.Negative)
	if !ok1 || !ok2 {
		return nil, errors.New(factorsWant)
	}
	return &Factors{Positive: pos, Negative: neg}, nil
}

func (a *api) clientFactors(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	f, err := factorsBody(r)
	if err != nil {
		problem(w, http.StatusBadRequest, "bad_factors", "%v", err)
		return
	}
	if !a.known(id) {
		problem(w, http.StatusNotFound, "unknown_client", "no client %q", id)
		return
	}
	if err := a.p.SetFactors(id, f); err != nil {
		status, code := http.StatusServiceUnavailable, "unavailable"
		if errors.Is(err, ErrInvalidFactors) {
			status, code = http.StatusBadRequest, "bad_factors"
		}
		problem(w, status, code, "%v", err)
		return
	}
	if err := a.p.Checkpoint(r.Context()); err != nil {
		problem(w, http.StatusServiceUnavailable, "unavailable", "set but not yet saved: %v", err)
		return
	}
	c, _ := a.p.Client(id)
	writeJSON(w, http.StatusOK, c)
}

func (a *api) defaultFactors(w http.ResponseWriter, r *http.Request) {
	f, err := factorsBody(r)
	if err == nil && f == nil {
		err = errors.New(factorsWant)
	}
	if err != nil {
		problem(w, http.StatusBadRequest, "bad_factors", "%v", err)
		return
	}
	if err := a.p.SetDefaultFactors(*f); err != nil {
		status, code := http.StatusServiceUnavailable, "unavailable"
		if errors.Is(err, ErrInvalidFactors) {
			status, code = http.StatusBadRequest, "bad_factors"
		}
		problem(w, status, code, "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, a.p.DefaultFactors())
}

func (a *api) capacity(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	payment, err := strconv.ParseInt(q.Get("payment"), 10, 64)
	if err != nil || payment < 0 {
		problem(w, http.StatusBadRequest, "bad_payment", "payment %q: want a whole number of tokens, 0 or more", q.Get("payment"))
		return
	}
	var want uint64 // 0: what the client would be given
	if s := q.Get("capacity"); s != "" {
		if want, err = strconv.ParseUint(s, 10, 32); err != nil || want == 0 {
			problem(w, http.StatusBadRequest, "bad_capacity", "capacity %q: want a number of relay slots, 1 or more", s)
			return
		}
	}
	id := q.Get("client")
	if id == "" {
		id = "estimate:anonymous"
	}
	est, err := a.p.Estimate(id, payment, want)
	if errors.Is(err, ErrClosed) {
		problem(w, http.StatusServiceUnavailable, "unavailable", "%v", err)
		return
	}
	if err != nil {
		problem(w, http.StatusBadRequest, "bad_request", "%v", err)
		return
	}
	seconds := est.Duration.Seconds()
	if est.Duration == time.Duration(math.MaxInt64) {
		seconds = -1
	}
	writeJSON(w, http.StatusOK, map[string]any{"payment": payment, "capacity": est.Capacity, "seconds": seconds, "priority": est.Priority})
}
