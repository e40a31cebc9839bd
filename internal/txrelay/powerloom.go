package txrelay

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/contracts/bindings"
)

// Powerloom relayer-py compatibility. Three endpoints take relayer-py's JSON
// bodies (its current request models and the older shape of its README) and
// answer with its shapes ({"message": ...}, 401 {"message": "Unauthorized"}),
// plus the request id for tracking. Each becomes a ledger request with a
// deterministic idempotency key, so a client's retry never sends twice.

// powerloomAlreadyDone are the revert reasons of Powerloom's protocol state
// that relayer-py treats as "already done" (see docs/protocol.md): the
// request counts as a success and is not retried.
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

var powerloomABI = func() *abi.ABI {
	a, err := bindings.PowerloomProtocolStateMetaData.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("txrelay: committed Powerloom ABI does not parse: %v", err)) // a build defect
	}
	return a
}()

// flexInt accepts a JSON number, a numeric string, or an id such as
// "epoch_123" (the older README shape), keeping its digits.
type flexInt struct{ v *big.Int }

var trailingDigits = regexp.MustCompile(`(\d+)$`)

func (f *flexInt) UnmarshalJSON(b []byte) error {
	s := strings.Trim(strings.TrimSpace(string(b)), `"`)
	if m := trailingDigits.FindString(s); m != "" && m != s && !strings.HasPrefix(s, "0x") {
		s = m
	}
	n, ok := new(big.Int).SetString(s, 0)
	if !ok || n.Sign() < 0 {
		return fmt.Errorf("%q is not a non-negative integer", s)
	}
	f.v = n
	return nil
}

// flexCount accepts a number, or a list whose length is the number (the
// older shape sends eligibleNodes as a list).
type flexCount struct{ v *big.Int }

func (f *flexCount) UnmarshalJSON(b []byte) error {
	var items []json.RawMessage
	if json.Unmarshal(b, &items) == nil {
		f.v = big.NewInt(int64(len(items)))
		return nil
	}
	var n flexInt
	if err := n.UnmarshalJSON(b); err != nil {
		return err
	}
	f.v = n.v
	return nil
}

type batchSizeBody struct {
	DataMarket string  `json:"dataMarketAddress"`
	BatchSize  flexInt `json:"batchSize"`
	EpochID    flexInt `json:"epochID"`
	AuthToken  string  `json:"authToken"`
}

type submissionBatchBody struct {
	DataMarket   string   `json:"dataMarketAddress"`
	BatchCID     string   `json:"batchCID"`
	EpochID      flexInt  `json:"epochID"`
	ProjectIDs   []string `json:"projectIDs"`
	SnapshotCIDs []string `json:"snapshotCIDs"`
	RootHash     string   `json:"finalizedCIDsRootHash"`
	AuthToken    string   `json:"authToken"`
}

type updateRewardsBody struct {
	DataMarket    string    `json:"dataMarketAddress"`
	SlotIDs       []flexInt `json:"slotIDs"`
	SlotIDsOld    []flexInt `json:"slotIds"`
	Submissions   []flexInt `json:"submissionsList"`
	SubmissionsOl []flexInt `json:"submissions"`
	Day           flexInt   `json:"day"`
	EligibleNodes flexCount `json:"eligibleNodes"`
	AuthToken     string    `json:"authToken"`
}

// plMessage answers in relayer-py's shape.
// plRefused answers a well-formed request the relayer cannot take now (its
// queue is full, its ledger unavailable): not "Invalid request payload!",
// which would tell the client not to retry.
func plRefused(w http.ResponseWriter, e *apiError) {
	if e.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(e.retryAfter))
	}
	msg := "Relayer unavailable, retry shortly"
	if e.status == http.StatusTooManyRequests {
		msg = "Relayer busy, retry shortly"
	}
	plMessage(w, e.status, msg, map[string]any{"detail": e.detail})
}

func plMessage(w http.ResponseWriter, status int, msg string, extra map[string]any) {
	body := map[string]any{"message": msg}
	for k, v := range extra {
		body[k] = v
	}
	writeJSON(w, status, body)
}

// powerloom decodes a Powerloom body and checks its authToken (in constant
// time, never empty) and the token's rate before h.
func (rl *Relayer) powerloom(h func(w http.ResponseWriter, r *http.Request, token string, raw json.RawMessage)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var raw json.RawMessage
		if e := rl.readBody(w, r, &raw); e != nil {
			rl.metrics.Rejected.WithLabelValues(e.code).Inc()
			plMessage(w, e.status, "Invalid request payload!", map[string]any{"detail": e.detail})
			return
		}
		var tok struct {
			AuthToken string `json:"authToken"`
		}
		json.Unmarshal(raw, &tok)
		name := rl.auth.check(tok.AuthToken)
		if name == "" {
			rl.metrics.Rejected.WithLabelValues(codeUnauthorized).Inc()
			plMessage(w, http.StatusUnauthorized, "Unauthorized", nil)
			return
		}
		if !rl.auth.allow(name) {
			rl.metrics.Rejected.WithLabelValues(codeRateLimited).Inc()
			w.Header().Set("Retry-After", "1")
			plMessage(w, http.StatusTooManyRequests, "Too many requests", nil)
			return
		}
		if rl.cfg.PowerloomState == (common.Address{}) {
			plMessage(w, http.StatusServiceUnavailable, "Powerloom endpoints are not configured (tx.powerloom_state)", nil)
			return
		}
		h(w, r, name, raw)
	}
}

func (rl *Relayer) plBad(w http.ResponseWriter, format string, args ...any) {
	rl.metrics.Rejected.WithLabelValues(codeBadRequest).Inc()
	plMessage(w, http.StatusUnprocessableEntity, "Invalid request payload!", map[string]any{"detail": fmt.Sprintf(format, args...)})
}

// dataMarket returns the request's data market, or the configured default.
func (rl *Relayer) dataMarket(s string) (common.Address, error) {
	if s == "" {
		if rl.cfg.PowerloomDataMarket == (common.Address{}) {
			return common.Address{}, fmt.Errorf("dataMarketAddress is missing and no default is configured (tx.powerloom_data_market)")
		}
		return rl.cfg.PowerloomDataMarket, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("dataMarketAddress %q is not an address", s)
	}
	return common.HexToAddress(s), nil
}

// plRequest builds the ledger request of one protocol-state call.
func (rl *Relayer) plRequest(token, key, method string, args ...any) (*Request, error) {
	data, err := powerloomABI.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", method, err)
	}
	return &Request{Token: token, Kind: "powerloom", Target: rl.cfg.PowerloomState, Value: new(big.Int), Data: data,
		IdemKey: token + ":pl:" + key, Meta: method}, nil
}

// submitBatchSize records how many batches an epoch will have; when the
// epoch's batches are all in, it sends endBatchSubmissions.
func (rl *Relayer) submitBatchSize(w http.ResponseWriter, r *http.Request, token string, raw json.RawMessage) {
	var b batchSizeBody
	if err := json.Unmarshal(raw, &b); err != nil {
		rl.plBad(w, "%v", err)
		return
	}
	dm, err := rl.dataMarket(b.DataMarket)
	if err != nil || b.EpochID.v == nil || b.BatchSize.v == nil || !b.BatchSize.v.IsInt64() || b.BatchSize.v.Sign() <= 0 {
		rl.plBad(w, "need dataMarketAddress, epochID and a positive batchSize: %v", err)
		return
	}
	ids, err := rl.epochProgress(r.Context(), token, dm, b.EpochID.v, b.BatchSize.v.Int64(), 0)
	if err != nil {
		plRefused(w, &apiError{status: http.StatusServiceUnavailable, detail: err.Error(), retryAfter: 1})
		return
	}
	if ids == nil {
		ids = []string{} // a JSON list even when no transaction was due yet
	}
	plMessage(w, http.StatusOK, "Submitted Batch Size to relayer!", map[string]any{"ids": ids})
}

// submitSubmissionBatch sends submitSubmissionBatch(...) and, when the
// epoch's recorded batch count is reached, endBatchSubmissions.
func (rl *Relayer) submitSubmissionBatch(w http.ResponseWriter, r *http.Request, token string, raw json.RawMessage) {
	var b submissionBatchBody
	if err := json.Unmarshal(raw, &b); err != nil {
		rl.plBad(w, "%v", err)
		return
	}
	dm, err := rl.dataMarket(b.DataMarket)
	if err != nil || b.BatchCID == "" || b.EpochID.v == nil {
		rl.plBad(w, "need dataMarketAddress, batchCID and epochID: %v", err)
		return
	}
	var root [32]byte
	if b.RootHash != "" {
		h, err := hex.DecodeString(strings.TrimPrefix(b.RootHash, "0x"))
		if err != nil || len(h) != 32 {
			rl.plBad(w, "finalizedCIDsRootHash %q is not 32 bytes of hex", b.RootHash)
			return
		}
		copy(root[:], h)
	}
	if b.ProjectIDs == nil {
		b.ProjectIDs = []string{}
	}
	if b.SnapshotCIDs == nil {
		b.SnapshotCIDs = []string{}
	}
	req, err := rl.plRequest(token, fmt.Sprintf("batch:%s:%s:%s", dm.Hex(), b.EpochID.v, b.BatchCID),
		"submitSubmissionBatch", dm, b.BatchCID, b.EpochID.v, b.ProjectIDs, b.SnapshotCIDs, root)
	if err != nil {
		rl.plBad(w, "%v", err)
		return
	}
	acc, e := rl.accept(r.Context(), []*Request{req})
	if e != nil {
		plRefused(w, e)
		return
	}
	ids := []string{acc[0].ID}
	if !acc[0].Duplicate {
		more, err := rl.epochProgress(r.Context(), token, dm, b.EpochID.v, 0, 1)
		if err != nil {
			plRefused(w, &apiError{status: http.StatusServiceUnavailable, detail: err.Error(), retryAfter: 1})
			return
		}
		ids = append(ids, more...)
	}
	plMessage(w, http.StatusOK, "Submitted Snapshot to relayer!", map[string]any{"id": acc[0].ID, "ids": ids})
}

// epochProgress records a batch size (if size > 0) and new batches, and
// enqueues endBatchSubmissions once the epoch's batches are all accepted. It
// returns the ids it enqueued.
func (rl *Relayer) epochProgress(ctx context.Context, token string, dm common.Address, epoch *big.Int, size int64, added int) ([]string, error) {
	rl.plMu.Lock()
	defer rl.plMu.Unlock()
	st, err := rl.ledger.PowerloomEpoch(ctx, dm, epoch.String(), size, added)
	if err != nil {
		return nil, err
	}
	if st.BatchSize == 0 || st.Submitted < st.BatchSize || st.Ended {
		return nil, nil
	}
	req, err := rl.plRequest(token, fmt.Sprintf("end:%s:%s", dm.Hex(), epoch), "endBatchSubmissions", dm, epoch)
	if err != nil {
		return nil, err
	}
	acc, e := rl.accept(ctx, []*Request{req})
	if e != nil {
		return nil, e
	}
	if err := rl.ledger.PowerloomEpochEnded(ctx, dm, epoch.String()); err != nil {
		return nil, err
	}
	return []string{acc[0].ID}, nil
}

// submitUpdateRewards sends updateRewards(...).
func (rl *Relayer) submitUpdateRewards(w http.ResponseWriter, r *http.Request, token string, raw json.RawMessage) {
	var b updateRewardsBody
	if err := json.Unmarshal(raw, &b); err != nil {
		rl.plBad(w, "%v", err)
		return
	}
	dm, err := rl.dataMarket(b.DataMarket)
	slots, subs := b.SlotIDs, b.Submissions
	if slots == nil {
		slots = b.SlotIDsOld
	}
	if subs == nil {
		subs = b.SubmissionsOl
	}
	if err != nil || b.Day.v == nil || b.EligibleNodes.v == nil || len(slots) != len(subs) {
		rl.plBad(w, "need dataMarketAddress, day, eligibleNodes and as many submissions as slotIDs: %v", err)
		return
	}
	slotIDs := make([]*big.Int, len(slots))
	counts := make([]*big.Int, len(subs))
	h := sha256.New()
	for i := range slots {
		if slots[i].v == nil || subs[i].v == nil {
			rl.plBad(w, "slotIDs and submissionsList must be integers")
			return
		}
		slotIDs[i], counts[i] = slots[i].v, subs[i].v
		h.Write([]byte(slots[i].v.String() + ":" + subs[i].v.String() + ";"))
	}
	key := fmt.Sprintf("rewards:%s:%s:%s:%x", dm.Hex(), b.Day.v, b.EligibleNodes.v, h.Sum(nil)[:16])
	req, err := rl.plRequest(token, key, "updateRewards", dm, slotIDs, counts, b.Day.v, b.EligibleNodes.v)
	if err != nil {
		rl.plBad(w, "%v", err)
		return
	}
	acc, e := rl.accept(r.Context(), []*Request{req})
	if e != nil {
		plRefused(w, e)
		return
	}
	plMessage(w, http.StatusOK, "Submitted Update Rewards to relayer!", map[string]any{"id": acc[0].ID})
}

// EpochState is the ledger's bookkeeping of a Powerloom epoch.
type EpochState struct {
	BatchSize, Submitted int64
	Ended                bool
}

// PowerloomEpoch records a batch size (when size > 0) and added new batches
// for an epoch and returns its state.
func (l *Ledger) PowerloomEpoch(ctx context.Context, dm common.Address, epoch string, size int64, added int) (EpochState, error) {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return EpochState{}, fmt.Errorf("txrelay: ledger: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO powerloom_epochs(data_market, epoch_id, batch_size, submitted) VALUES (?, ?, ?, ?)
		ON CONFLICT(data_market, epoch_id) DO UPDATE SET
			batch_size = CASE WHEN excluded.batch_size > 0 THEN excluded.batch_size ELSE batch_size END,
			submitted = submitted + excluded.submitted`, dm.Hex(), epoch, size, added); err != nil {
		return EpochState{}, fmt.Errorf("txrelay: ledger: %w", err)
	}
	var st EpochState
	var ended int
	if err := tx.QueryRowContext(ctx, `SELECT batch_size, submitted, ended FROM powerloom_epochs WHERE data_market = ? AND epoch_id = ?`,
		dm.Hex(), epoch).Scan(&st.BatchSize, &st.Submitted, &ended); err != nil {
		return EpochState{}, fmt.Errorf("txrelay: ledger: %w", err)
	}
	st.Ended = ended != 0
	if err := tx.Commit(); err != nil {
		return EpochState{}, fmt.Errorf("txrelay: ledger: %w", err)
	}
	return st, nil
}

// PowerloomEpochEnded records that an epoch's endBatchSubmissions is
// enqueued.
func (l *Ledger) PowerloomEpochEnded(ctx context.Context, dm common.Address, epoch string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE powerloom_epochs SET ended = 1 WHERE data_market = ? AND epoch_id = ?`, dm.Hex(), epoch)
	if err != nil {
		return fmt.Errorf("txrelay: ledger: %w", err)
	}
	return nil
}
