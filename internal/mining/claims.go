package mining

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/mining/store"
	"github.com/relaynode/relaynode/internal/protocol"
	"github.com/relaynode/relaynode/internal/store/sqlite"
)

// Claims persists every claim's lifecycle state in SQLite (synchronous=FULL):
// a step is recorded before the driver acts on the next block, so a restart
// resumes at the exact step.
type Claims struct {
	db *sql.DB
}

const claimsSchema = "mining"

var claimsMigrations = []string{`
CREATE TABLE claims (
	session_key  BLOB PRIMARY KEY,   -- store.SessionKey.Bytes()
	session_id   TEXT NOT NULL,
	application  TEXT NOT NULL,
	service      TEXT NOT NULL,
	start        INTEGER NOT NULL,
	supplier     TEXT NOT NULL,
	phase        TEXT NOT NULL,
	state        TEXT NOT NULL,      -- the whole Claim as JSON
	updated_ms   INTEGER NOT NULL
);
CREATE INDEX claims_phase ON claims(phase);
`}

// OpenClaims opens (creating) the claim store at path.
func OpenClaims(ctx context.Context, path string) (*Claims, error) {
	db, err := sqlite.Open(ctx, path, sqlite.Options{Synchronous: sqlite.SyncFull, Schema: claimsSchema, Migrations: claimsMigrations})
	if err != nil {
		return nil, fmt.Errorf("mining: claim store: %w", err)
	}
	return &Claims{db: db}, nil
}

// Close closes the store.
func (s *Claims) Close() error { return s.db.Close() }

// claimJSON is the stored form of a Claim.
type claimJSON struct {
	SessionID     common.Hash      `json:"sessionId"`
	Windows       protocol.Windows `json:"windows"`
	ClaimHeight   uint64           `json:"claimHeight"`
	Phase         Phase            `json:"phase"`
	Root          Root             `json:"root"`
	Attempt       int              `json:"attempt"`
	TxID          string           `json:"txId,omitempty"`
	ProofRequired bool             `json:"proofRequired,omitempty"`
	ProofPath     common.Hash      `json:"proofPath"`
	TreeDeleted   bool             `json:"treeDeleted,omitempty"`
	Reason        string           `json:"reason,omitempty"`
	Paid          string           `json:"paid,omitempty"`
}

// Put records c, replacing what was stored for its key.
func (s *Claims) Put(ctx context.Context, c Claim) error {
	return s.write(ctx, c, `ON CONFLICT(session_key) DO UPDATE SET phase = excluded.phase, state = excluded.state, updated_ms = excluded.updated_ms`)
}

// Create records a new claim; if one is already recorded for its key, that
// one is kept.
func (s *Claims) Create(ctx context.Context, c Claim) error {
	return s.write(ctx, c, `ON CONFLICT(session_key) DO NOTHING`)
}

// write inserts c, resolving a conflict on its key with onConflict.
func (s *Claims) write(ctx context.Context, c Claim, onConflict string) error {
	b, err := json.Marshal(claimJSON{c.SessionID, c.Windows, c.ClaimHeight, c.Phase, c.Root, c.Attempt, c.TxID, c.ProofRequired, c.ProofPath, c.TreeDeleted, c.Reason, c.Paid})
	if err != nil {
		return fmt.Errorf("mining: encoding claim: %w", err)
	}
	k := c.Key.Bytes()
	_, err = s.db.ExecContext(ctx, `INSERT INTO claims (session_key, session_id, application, service, start, supplier, phase, state, updated_ms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) `+onConflict,
		k[:], c.SessionID.Hex(), c.Key.Application.Hex(), c.Key.Service.String(), c.Key.SessionStart, c.Key.Supplier.Hex(),
		string(c.Phase), string(b), time.Now().UnixMilli())
	if err != nil {
		return fmt.Errorf("mining: recording claim %s: %w", c.Key, err)
	}
	return nil
}

// ErrUnknownClaim is returned by Get for a session that was never tracked.
var ErrUnknownClaim = errors.New("mining: unknown claim")

// Get returns the claim stored for k.
func (s *Claims) Get(ctx context.Context, k store.SessionKey) (Claim, error) {
	kb := k.Bytes()
	cs, err := s.query(ctx, `SELECT session_key, state FROM claims WHERE session_key = ?`, kb[:])
	if err != nil {
		return Claim{}, err
	}
	if len(cs) == 0 {
		return Claim{}, fmt.Errorf("%w: %s", ErrUnknownClaim, k)
	}
	return cs[0], nil
}

// Open returns the claims that are not final, or final with a tree not yet deleted.
func (s *Claims) Open(ctx context.Context) ([]Claim, error) {
	all, err := s.query(ctx, `SELECT session_key, state FROM claims WHERE phase NOT IN ('settled', 'expired') OR json_extract(state, '$.treeDeleted') IS NOT 1 ORDER BY start, session_key`)
	return all, err
}

// List returns up to limit claims, newest session first.
func (s *Claims) List(ctx context.Context, limit int) ([]Claim, error) {
	return s.query(ctx, `SELECT session_key, state FROM claims ORDER BY start DESC, session_key LIMIT ?`, limit)
}

func (s *Claims) query(ctx context.Context, q string, args ...any) ([]Claim, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("mining: reading claims: %w", err)
	}
	defer rows.Close()
	var out []Claim
	for rows.Next() {
		var kb []byte
		var state string
		if err := rows.Scan(&kb, &state); err != nil {
			return nil, fmt.Errorf("mining: reading claims: %w", err)
		}
		k, err := store.ParseSessionKey(kb)
		if err != nil {
			return nil, fmt.Errorf("mining: reading claims: %w", err)
		}
		var j claimJSON
		if err := json.Unmarshal([]byte(state), &j); err != nil {
			return nil, fmt.Errorf("mining: claim %s is not readable: %w", k, err)
		}
		out = append(out, Claim{Key: k, SessionID: j.SessionID, Windows: j.Windows, ClaimHeight: j.ClaimHeight, Phase: j.Phase, Root: j.Root,
			Attempt: j.Attempt, TxID: j.TxID, ProofRequired: j.ProofRequired, ProofPath: j.ProofPath, TreeDeleted: j.TreeDeleted, Reason: j.Reason, Paid: j.Paid})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mining: reading claims: %w", err)
	}
	return out, nil
}
