package txrelay

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/internal/store/sqlite"
)

// Status is where a request stands. The order is the normal lifecycle;
// Reverted and Failed are terminal like Confirmed.
type Status string

// The statuses a request goes through.
const (
	StatusQueued    Status = "queued"    // accepted and durable, waiting for a signer
	StatusSigned    Status = "signed"    // has a nonce and a signed transaction in the ledger
	StatusBroadcast Status = "broadcast" // sent to the chain (possibly several times, re-priced)
	StatusIncluded  Status = "included"  // in a block, not yet deep enough
	StatusConfirmed Status = "confirmed" // deep enough; done
	StatusReverted  Status = "reverted"  // mined but reverted; reason decoded
	StatusFailed    Status = "failed"    // will never be sent (e.g. its call reverts at estimation)
)

// Terminal reports whether a request in status s is done.
func (s Status) Terminal() bool {
	return s == StatusConfirmed || s == StatusReverted || s == StatusFailed
}

// Request is a transaction request as the ledger holds it.
type Request struct {
	ID         string
	IdemKey    string
	Token      string // name of the API token that sent it
	Kind       string // "api" or "powerloom"
	Target     common.Address
	Data       []byte
	Value      *big.Int
	GasLimit   uint64         // 0: estimate
	WantSigner common.Address // zero: any signer
	Signer     common.Address // zero until signed
	Nonce      uint64
	HasNonce   bool
	Status     Status
	Reason     string
	TxHash     common.Hash // the latest attempt, or the one included
	Block      uint64
	BlockHash  common.Hash
	Attempts   int // broadcasts, re-broadcasts included
	Bumps      int // re-pricings
	Meta       string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Attempt is one signed version of a request's transaction (the first, or a
// re-priced one with the same nonce).
type Attempt struct {
	Hash    common.Hash
	Request string
	Signer  common.Address
	Nonce   uint64
	Raw     []byte
	FeeCap  *big.Int
	TipCap  *big.Int
}

// Event is one status change, as published on the SSE stream and webhooks.
type Event struct {
	Seq     int64     `json:"seq"`
	Request string    `json:"id"`
	Status  Status    `json:"status"`
	Detail  string    `json:"detail,omitempty"`
	At      time.Time `json:"at"`
}

var migrations = []string{`
CREATE TABLE tx_requests (
	id          TEXT PRIMARY KEY,
	idem_key    TEXT NOT NULL UNIQUE,
	token       TEXT NOT NULL,
	kind        TEXT NOT NULL,
	target      TEXT NOT NULL,
	data        BLOB NOT NULL,
	value       TEXT NOT NULL,
	gas_limit   INTEGER NOT NULL,
	want_signer TEXT NOT NULL,
	signer      TEXT NOT NULL DEFAULT '',
	nonce       INTEGER,
	status      TEXT NOT NULL,
	reason      TEXT NOT NULL DEFAULT '',
	tx_hash     TEXT NOT NULL DEFAULT '',
	block       INTEGER NOT NULL DEFAULT 0,
	block_hash  TEXT NOT NULL DEFAULT '',
	attempts    INTEGER NOT NULL DEFAULT 0,
	bumps       INTEGER NOT NULL DEFAULT 0,
	meta        TEXT NOT NULL DEFAULT '',
	created_ms  INTEGER NOT NULL,
	updated_ms  INTEGER NOT NULL
);
CREATE INDEX tx_requests_open ON tx_requests(status) WHERE status IN ('queued', 'signed', 'broadcast', 'included');
CREATE TABLE tx_attempts (
	hash       TEXT PRIMARY KEY,
	request_id TEXT NOT NULL,
	signer     TEXT NOT NULL,
	nonce      INTEGER NOT NULL,
	raw        BLOB NOT NULL,
	fee_cap    TEXT NOT NULL,
	tip_cap    TEXT NOT NULL,
	created_ms INTEGER NOT NULL
);
CREATE INDEX tx_attempts_request ON tx_attempts(request_id);
CREATE TABLE tx_signers (
	address    TEXT PRIMARY KEY,
	next_nonce INTEGER NOT NULL
);
CREATE TABLE tx_events (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	request_id TEXT NOT NULL,
	status     TEXT NOT NULL,
	detail     TEXT NOT NULL,
	at_ms      INTEGER NOT NULL
);
CREATE INDEX tx_events_request ON tx_events(request_id);
CREATE TABLE tx_cursors (
	name TEXT PRIMARY KEY,
	seq  INTEGER NOT NULL
);
CREATE TABLE powerloom_epochs (
	data_market TEXT NOT NULL,
	epoch_id    INTEGER NOT NULL,
	batch_size  INTEGER NOT NULL DEFAULT 0,
	submitted   INTEGER NOT NULL DEFAULT 0,
	ended       INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (data_market, epoch_id)
);
`}

// Ledger is the relayer's durable record: requests, the signed
// transactions, nonces and status events, in SQLite with synchronous=FULL, so
// that whatever a reply reported survives kill -9 and power loss. It is safe
// for concurrent use; writes are serialized by SQLite.
type Ledger struct {
	db *sql.DB
}

// OpenLedger opens (or creates) the ledger in the SQLite file at path.
func OpenLedger(ctx context.Context, path string) (*Ledger, error) {
	db, err := sqlite.Open(ctx, path, sqlite.Options{Synchronous: sqlite.SyncFull, Schema: "txrelay", Migrations: migrations})
	if err != nil {
		return nil, fmt.Errorf("txrelay: opening the ledger: %w", err)
	}
	return &Ledger{db: db}, nil
}

// Close closes the database.
func (l *Ledger) Close() error { return l.db.Close() }

// Ping checks that the ledger can be written.
func (l *Ledger) Ping(ctx context.Context) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO tx_cursors(name, seq) VALUES ('ping', 0) ON CONFLICT(name) DO UPDATE SET seq = seq + 1`)
	if err != nil {
		return fmt.Errorf("txrelay: ledger not writable: %w", err)
	}
	return nil
}

// newID returns a random request id.
func newID() string {
	var b [12]byte
	rand.Read(b[:])
	return "tx_" + hex.EncodeToString(b[:])
}

func ms(t time.Time) int64 { return t.UnixMilli() }

// Accepted is what Insert answers for one request.
type Accepted struct {
	ID        string
	Status    Status
	Duplicate bool // the idempotency key was known: nothing new was enqueued
}

// Insert commits new requests in one transaction (group commit) and returns,
// for each, its id: a new one, or the existing one if its idempotency key
// is known. Nothing is acknowledged before this returns.
func (l *Ledger) Insert(ctx context.Context, reqs []*Request, now time.Time) ([]Accepted, error) {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO tx_requests
		(id, idem_key, token, kind, target, data, value, gas_limit, want_signer, status, meta, created_ms, updated_ms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(idem_key) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer ins.Close()
	ev, err := tx.PrepareContext(ctx, `INSERT INTO tx_events(request_id, status, detail, at_ms) VALUES (?, ?, '', ?)`)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer ev.Close()
	out := make([]Accepted, len(reqs))
	for i, r := range reqs {
		r.ID = newID()
		want := ""
		if r.WantSigner != (common.Address{}) {
			want = r.WantSigner.Hex()
		}
		res, err := ins.ExecContext(ctx, r.ID, r.IdemKey, r.Token, r.Kind, r.Target.Hex(), r.Data, r.Value.String(),
			int64(r.GasLimit), want, StatusQueued, r.Meta, ms(now), ms(now))
		if err != nil {
			return nil, fmt.Errorf("txrelay: ledger: inserting: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			if _, err := ev.ExecContext(ctx, r.ID, StatusQueued, ms(now)); err != nil {
				return nil, fmt.Errorf("txrelay: ledger: %w", err)
			}
			out[i] = Accepted{ID: r.ID, Status: StatusQueued}
			r.Status, r.CreatedAt, r.UpdatedAt = StatusQueued, now, now
			continue
		}
		var id, status string
		if err := tx.QueryRowContext(ctx, `SELECT id, status FROM tx_requests WHERE idem_key = ?`, r.IdemKey).Scan(&id, &status); err != nil {
			return nil, fmt.Errorf("txrelay: ledger: reading a known key: %w", err)
		}
		out[i] = Accepted{ID: id, Status: Status(status), Duplicate: true}
		r.ID = ""
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("txrelay: ledger: committing: %w", err)
	}
	return out, nil
}

const requestColumns = `id, idem_key, token, kind, target, data, value, gas_limit, want_signer, signer, nonce, status, reason,
	tx_hash, block, block_hash, attempts, bumps, meta, created_ms, updated_ms`

func scanRequest(row interface{ Scan(...any) error }) (*Request, error) {
	var (
		r                                     Request
		target, value, want, signer, hash, bh string
		status                                string
		nonce                                 sql.NullInt64
		gas, block, created, updated          int64
	)
	if err := row.Scan(&r.ID, &r.IdemKey, &r.Token, &r.Kind, &target, &r.Data, &value, &gas, &want, &signer, &nonce,
		&status, &r.Reason, &hash, &block, &bh, &r.Attempts, &r.Bumps, &r.Meta, &created, &updated); err != nil {
		return nil, err
	}
	r.Target = common.HexToAddress(target)
	r.Value, _ = new(big.Int).SetString(value, 10)
	r.GasLimit = uint64(gas)
	if want != "" {
		r.WantSigner = common.HexToAddress(want)
	}
	if signer != "" {
		r.Signer = common.HexToAddress(signer)
	}
	r.Nonce, r.HasNonce = uint64(nonce.Int64), nonce.Valid
	r.Status = Status(status)
	if hash != "" {
		r.TxHash = common.HexToHash(hash)
	}
	r.Block = uint64(block)
	if bh != "" {
		r.BlockHash = common.HexToHash(bh)
	}
	r.CreatedAt, r.UpdatedAt = time.UnixMilli(created), time.UnixMilli(updated)
	return &r, nil
}

// ErrUnknownRequest is returned by Get for an id the ledger does not hold.
var ErrUnknownRequest = errors.New("txrelay: unknown request id")

// Get returns a request and its events, oldest first.
func (l *Ledger) Get(ctx context.Context, id string) (*Request, []Event, error) {
	r, err := scanRequest(l.db.QueryRowContext(ctx, `SELECT `+requestColumns+` FROM tx_requests WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("%w: %q", ErrUnknownRequest, id)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	evs, err := l.events(ctx, `SELECT seq, request_id, status, detail, at_ms FROM tx_events WHERE request_id = ? ORDER BY seq`, id)
	return r, evs, err
}

// Open returns every request that is not done, in the order it was
// accepted: what the relayer resumes after a restart.
func (l *Ledger) Open(ctx context.Context) ([]*Request, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT `+requestColumns+` FROM tx_requests
		WHERE status IN ('queued', 'signed', 'broadcast', 'included') ORDER BY created_ms, rowid`)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer rows.Close()
	var out []*Request
	for rows.Next() {
		r, err := scanRequest(rows)
		if err != nil {
			return nil, fmt.Errorf("txrelay: ledger: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Attempts returns every signed version of the given requests, oldest first.
func (l *Ledger) Attempts(ctx context.Context, requestIDs []string) ([]Attempt, error) {
	if len(requestIDs) == 0 {
		return nil, nil
	}
	var out []Attempt
	for start := 0; start < len(requestIDs); start += 500 {
		ids := requestIDs[start:min(start+500, len(requestIDs))]
		args := make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
		rows, err := l.db.QueryContext(ctx, `SELECT hash, request_id, signer, nonce, raw, fee_cap, tip_cap FROM tx_attempts
			WHERE request_id IN (?`+strings.Repeat(",?", len(ids)-1)+`) ORDER BY created_ms, rowid`, args...)
		if err != nil {
			return nil, fmt.Errorf("txrelay: ledger: %w", err)
		}
		for rows.Next() {
			var a Attempt
			var hash, signer, feeCap, tipCap string
			if err := rows.Scan(&hash, &a.Request, &signer, &a.Nonce, &a.Raw, &feeCap, &tipCap); err != nil {
				rows.Close()
				return nil, fmt.Errorf("txrelay: ledger: %w", err)
			}
			a.Hash, a.Signer = common.HexToHash(hash), common.HexToAddress(signer)
			a.FeeCap, _ = new(big.Int).SetString(feeCap, 10)
			a.TipCap, _ = new(big.Int).SetString(tipCap, 10)
			out = append(out, a)
		}
		rows.Close()
	}
	return out, nil
}

// NextNonces returns the next nonce the ledger would give each signer.
func (l *Ledger) NextNonces(ctx context.Context) (map[common.Address]uint64, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT address, next_nonce FROM tx_signers`)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]uint64{}
	for rows.Next() {
		var a string
		var n int64
		if err := rows.Scan(&a, &n); err != nil {
			return nil, fmt.Errorf("txrelay: ledger: %w", err)
		}
		out[common.HexToAddress(a)] = uint64(n)
	}
	return out, rows.Err()
}

// Change is one update to a request, applied by Apply with others in one
// transaction.
type Change struct {
	Request *Request // its fields are written as they are
	Attempt *Attempt // a new signed version to record, if any
	Event   string   // detail of the status event to append; "" appends none
	Emit    bool     // append a status event even with an empty detail
}

// Apply writes changes (and the signers' next nonces) in one transaction
// and returns the events it appended.
func (l *Ledger) Apply(ctx context.Context, changes []Change, nextNonces map[common.Address]uint64, now time.Time) ([]Event, error) {
	if len(changes) == 0 && len(nextNonces) == 0 {
		return nil, nil
	}
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer tx.Rollback()
	upd, err := tx.PrepareContext(ctx, `UPDATE tx_requests SET signer = ?, nonce = ?, status = ?, reason = ?, tx_hash = ?,
		block = ?, block_hash = ?, attempts = ?, bumps = ?, updated_ms = ? WHERE id = ?`)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer upd.Close()
	att, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO tx_attempts(hash, request_id, signer, nonce, raw, fee_cap, tip_cap, created_ms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer att.Close()
	ev, err := tx.PrepareContext(ctx, `INSERT INTO tx_events(request_id, status, detail, at_ms) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer ev.Close()
	var events []Event
	for _, c := range changes {
		r := c.Request
		if c.Attempt != nil {
			a := c.Attempt
			if _, err := att.ExecContext(ctx, a.Hash.Hex(), a.Request, a.Signer.Hex(), int64(a.Nonce), a.Raw, a.FeeCap.String(), a.TipCap.String(), ms(now)); err != nil {
				return nil, fmt.Errorf("txrelay: ledger: recording a signed transaction: %w", err)
			}
		}
		var signer, hash, bh string
		var nonce any
		if r.Signer != (common.Address{}) {
			signer = r.Signer.Hex()
		}
		if r.HasNonce {
			nonce = int64(r.Nonce)
		}
		if r.TxHash != (common.Hash{}) {
			hash = r.TxHash.Hex()
		}
		if r.BlockHash != (common.Hash{}) {
			bh = r.BlockHash.Hex()
		}
		if _, err := upd.ExecContext(ctx, signer, nonce, string(r.Status), r.Reason, hash, int64(r.Block), bh, r.Attempts, r.Bumps, ms(now), r.ID); err != nil {
			return nil, fmt.Errorf("txrelay: ledger: updating %s: %w", r.ID, err)
		}
		r.UpdatedAt = now
		if c.Event != "" || c.Emit {
			res, err := ev.ExecContext(ctx, r.ID, string(r.Status), c.Event, ms(now))
			if err != nil {
				return nil, fmt.Errorf("txrelay: ledger: %w", err)
			}
			seq, _ := res.LastInsertId()
			events = append(events, Event{Seq: seq, Request: r.ID, Status: r.Status, Detail: c.Event, At: now})
		}
	}
	for a, n := range nextNonces {
		if _, err := tx.ExecContext(ctx, `INSERT INTO tx_signers(address, next_nonce) VALUES (?, ?)
			ON CONFLICT(address) DO UPDATE SET next_nonce = excluded.next_nonce`, a.Hex(), int64(n)); err != nil {
			return nil, fmt.Errorf("txrelay: ledger: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("txrelay: ledger: committing: %w", err)
	}
	return events, nil
}

// EventsAfter returns up to limit events with a sequence number above seq.
func (l *Ledger) EventsAfter(ctx context.Context, seq int64, limit int) ([]Event, error) {
	return l.events(ctx, `SELECT seq, request_id, status, detail, at_ms FROM tx_events WHERE seq > ? ORDER BY seq LIMIT ?`, seq, limit)
}

// TokenEventsAfter is EventsAfter for the requests of one API token.
func (l *Ledger) TokenEventsAfter(ctx context.Context, token string, seq int64, limit int) ([]Event, error) {
	return l.events(ctx, `SELECT e.seq, e.request_id, e.status, e.detail, e.at_ms FROM tx_events e
		JOIN tx_requests r ON r.id = e.request_id WHERE e.seq > ? AND r.token = ? ORDER BY e.seq LIMIT ?`, seq, token, limit)
}

func (l *Ledger) events(ctx context.Context, q string, args ...any) ([]Event, error) {
	rows, err := l.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var status string
		var at int64
		if err := rows.Scan(&e.Seq, &e.Request, &status, &e.Detail, &at); err != nil {
			return nil, fmt.Errorf("txrelay: ledger: %w", err)
		}
		e.Status, e.At = Status(status), time.UnixMilli(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Cursor returns a named position in the event sequence (for webhooks).
func (l *Ledger) Cursor(ctx context.Context, name string) (int64, error) {
	var seq int64
	err := l.db.QueryRowContext(ctx, `SELECT seq FROM tx_cursors WHERE name = ?`, name).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("txrelay: ledger: %w", err)
	}
	return seq, nil
}

// SetCursor records a named position in the event sequence.
func (l *Ledger) SetCursor(ctx context.Context, name string, seq int64) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO tx_cursors(name, seq) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET seq = excluded.seq`, name, seq)
	if err != nil {
		return fmt.Errorf("txrelay: ledger: %w", err)
	}
	return nil
}

// Depth returns how many requests are queued and how many are in flight.
func (l *Ledger) Depth(ctx context.Context) (queued, inFlight int, err error) {
	rows, err := l.db.QueryContext(ctx, `SELECT status, COUNT(*) FROM tx_requests WHERE status IN ('queued', 'signed', 'broadcast', 'included') GROUP BY status`)
	if err != nil {
		return 0, 0, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return 0, 0, fmt.Errorf("txrelay: ledger: %w", err)
		}
		if Status(s) == StatusQueued {
			queued += n
		} else {
			inFlight += n
		}
	}
	return queued, inFlight, rows.Err()
}
