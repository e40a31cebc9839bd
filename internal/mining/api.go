package mining

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/relaynode/relaynode/internal/protocol"
)

// SessionView is one claim as GET /v1/sessions shows it.
type SessionView struct {
	Application   string           `json:"application"`
	Service       string           `json:"service"`
	SessionStart  uint64           `json:"sessionStart"`
	Supplier      string           `json:"supplier"`
	SessionID     string           `json:"sessionId"`
	Phase         Phase            `json:"phase"`
	Relays        uint64           `json:"relays"`
	ComputeUnits  uint64           `json:"computeUnits"`
	Root          string           `json:"root,omitempty"`
	ClaimHeight   uint64           `json:"claimHeight"`
	Windows       protocol.Windows `json:"windows"`
	ProofRequired bool             `json:"proofRequired"`
	Tx            string           `json:"tx,omitempty"`
	Attempt       int              `json:"attempt,omitempty"`
	TreeDeleted   bool             `json:"treeDeleted"`
	Reason        string           `json:"reason,omitempty"`
	Paid          string           `json:"paid,omitempty"` // token base units, once settled
}

// Handler serves GET /v1/sessions[?limit=N]: the tracked claims, newest
// session first, with their trees' sizes and lifecycle phases.
func (m *Miner) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/sessions", func(w http.ResponseWriter, r *http.Request) {
		limit := 100
		if s := r.URL.Query().Get("limit"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > 10000 {
				writeJSON(w, http.StatusBadRequest, map[string]string{"code": "bad_limit", "detail": "limit must be 1 to 10000"})
				return
			}
			limit = n
		}
		cs, err := m.claims.List(r.Context(), limit)
		if err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"code": "unavailable", "detail": err.Error()})
			return
		}
		out := make([]SessionView, 0, len(cs))
		for _, c := range cs {
			v := SessionView{
				Application: c.Key.Application.Hex(), Service: c.Key.Service.String(), SessionStart: c.Key.SessionStart,
				Supplier: c.Key.Supplier.Hex(), SessionID: c.SessionID.Hex(), Phase: c.Phase, Relays: c.Root.Count,
				ComputeUnits: c.Root.Sum, ClaimHeight: c.ClaimHeight, Windows: c.Windows, ProofRequired: c.ProofRequired,
				Tx: c.TxID, Attempt: c.Attempt, TreeDeleted: c.TreeDeleted, Reason: c.Reason, Paid: c.Paid,
			}
			if c.Phase == PhaseLive {
				v.Relays, v.ComputeUnits = m.liveSize(c)
			} else if c.Root.Count > 0 {
				v.Root = c.Root.Hash.Hex()
			}
			out = append(out, v)
		}
		writeJSON(w, http.StatusOK, map[string]any{"sessions": out})
	})
	return mux
}

// liveSize returns the relays and compute units in a live session's tree.
func (m *Miner) liveSize(c Claim) (relays, computeUnits uint64) {
	t := m.treeOf(c.Key)
	if t == nil {
		return 0, 0
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.relays, t.units
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
