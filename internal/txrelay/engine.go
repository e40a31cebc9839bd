package txrelay

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/relaynode/relaynode/internal/chain"
)

// ErrClosed is returned after Shutdown.
var ErrClosed = errors.New("txrelay: closed")

// EngineConfig wires an Engine.
type EngineConfig struct {
	Chain   Chain
	Ledger  *Ledger
	Signers []*ecdsa.PrivateKey
	// ReservedSigners sign only requests that name them (signer): the node's
	// operator key, whose claims and proofs must come from it, is one.
	ReservedSigners []*ecdsa.PrivateKey
	Fees            FeePolicy
	MaxInFlight     int    // per signer
	Confirmations   uint64 // blocks, the transaction's own included
	BumpAfter       uint64 // blocks unincluded before re-pricing
	MinBalance      *big.Int
	PollInterval    time.Duration
	// Decoder turns revert data into readable reasons.
	Decoder *chain.Decoder
	// AlreadyDone reports whether a revert reason means the work was already
	// done (Powerloom's "already submitted" codes): such a request ends
	// confirmed, not reverted, and is not retried.
	AlreadyDone func(reason string) bool
	// OnEvents receives status events after they are durable.
	OnEvents func([]Event)
	Metrics  *Metrics
	Log      *slog.Logger
	Now      func() time.Time
}

// Engine lands the ledger's requests on the chain: per signer it assigns
// nonces in order, signs, records the signed transaction before sending it,
// keeps up to MaxInFlight in flight, follows receipts to the confirmation
// depth, re-prices stuck transactions, re-sends dropped and reorged ones and
// fills nonce gaps. One goroutine owns all of this state; Enqueue hands it
// new work. It is safe for concurrent use.
type Engine struct {
	cfg     EngineConfig
	signers []*signerState
	byAddr  map[common.Address]*signerState
	byHash  map[common.Hash]*inflight

	inboxMu sync.Mutex
	inbox   []*Request
	wake    chan struct{}

	queue []*Request // accepted, no signer yet; owned by the loop

	head          uint64
	lastProcessed uint64
	lastBalances  time.Time

	// What the API reads without waiting for the loop: the queue depth
	// (kept current by Enqueue and fill) and a snapshot of the signers
	// taken after each step.
	statsMu sync.Mutex
	depth   int // queued requests (loop's queue + inbox)
	room    int // free in-flight places of the signers not excluded
	infos   []SignerInfo

	stop   chan struct{}
	done   chan struct{}
	closed bool
	mu     sync.Mutex
}

type signerState struct {
	key      *ecdsa.PrivateKey
	addr     common.Address
	next     uint64
	pending  []*inflight // by nonce
	excluded bool        // balance below the minimum
	reserved bool        // signs only requests that name it
	checked  uint64      // head at the last look for dropped transactions
}

type inflight struct {
	req      *Request
	signer   *signerState
	txs      []*types.Transaction // every signed version; the last is current
	sentHead uint64               // head when the current version was last sent
	included *types.Receipt
	// nonceTaken counts checks that found the nonce used on chain with no
	// receipt of ours.
	nonceTaken int
}

func (f *inflight) current() *types.Transaction { return f.txs[len(f.txs)-1] }

// NewEngine loads what the ledger has open, re-sends what was in flight
// when the relayer stopped, and starts the loop.
func NewEngine(ctx context.Context, cfg EngineConfig) (*Engine, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.AlreadyDone == nil {
		cfg.AlreadyDone = func(string) bool { return false }
	}
	if cfg.OnEvents == nil {
		cfg.OnEvents = func([]Event) {}
	}
	if len(cfg.Signers)+len(cfg.ReservedSigners) == 0 {
		return nil, errors.New("txrelay: no signers")
	}
	e := &Engine{
		cfg: cfg, byAddr: map[common.Address]*signerState{}, byHash: map[common.Hash]*inflight{},
		wake: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}),
	}
	for i, k := range append(append([]*ecdsa.PrivateKey(nil), cfg.Signers...), cfg.ReservedSigners...) {
		s := &signerState{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), reserved: i >= len(cfg.Signers)}
		if e.byAddr[s.addr] != nil {
			return nil, fmt.Errorf("txrelay: signer %s is configured twice", s.addr.Hex())
		}
		e.signers = append(e.signers, s)
		e.byAddr[s.addr] = s
	}
	if err := e.recover(ctx); err != nil {
		return nil, err
	}
	e.publishStats()
	go e.loop()
	return e, nil
}

// recover rebuilds the in-memory state from the ledger and the chain.
func (e *Engine) recover(ctx context.Context) error {
	head, err := e.cfg.Chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("txrelay: reading the head: %w", err)
	}
	e.head, e.lastProcessed = head, head
	nexts, err := e.cfg.Ledger.NextNonces(ctx)
	if err != nil {
		return err
	}
	for _, s := range e.signers {
		onChain, err := e.cfg.Chain.NonceAt(ctx, s.addr)
		if err != nil {
			return fmt.Errorf("txrelay: nonce of %s: %w", s.addr.Hex(), err)
		}
		s.next = max(nexts[s.addr], onChain)
	}
	open, err := e.cfg.Ledger.Open(ctx)
	if err != nil {
		return err
	}
	var ids []string
	reqs := map[string]*Request{}
	for _, r := range open {
		if r.Status == StatusQueued {
			e.queue = append(e.queue, r)
			continue
		}
		ids = append(ids, r.ID)
		reqs[r.ID] = r
	}
	attempts, err := e.cfg.Ledger.Attempts(ctx, ids)
	if err != nil {
		return err
	}
	flights := map[string]*inflight{}
	for _, a := range attempts {
		r := reqs[a.Request]
		s := e.byAddr[a.Signer]
		if r == nil || s == nil {
			continue // a signer no longer configured: its requests wait for it to come back
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(a.Raw); err != nil {
			return fmt.Errorf("txrelay: ledger holds a bad transaction for %s: %w", r.ID, err)
		}
		f := flights[r.ID]
		if f == nil {
			f = &inflight{req: r, signer: s}
			flights[r.ID] = f
			s.pending = append(s.pending, f)
		}
		f.txs = append(f.txs, &tx)
		e.byHash[tx.Hash()] = f
	}
	// Anything mined while we were away: look its receipts up one by one.
	var changes []Change
	for _, s := range e.signers {
		sort.Slice(s.pending, func(i, j int) bool { return s.pending[i].req.Nonce < s.pending[j].req.Nonce })
		for _, f := range s.pending {
			for _, tx := range f.txs {
				rc, err := e.cfg.Chain.TransactionReceipt(ctx, tx.Hash())
				if err == nil && rc != nil {
					changes = append(changes, e.markIncluded(ctx, f, rc)...)
					break
				}
			}
		}
	}
	if _, err := e.apply(ctx, changes); err != nil {
		return err
	}
	e.setDepth(len(e.queue))
	// Whatever is not in a block goes out again: its raw transaction is what
	// the ledger recorded before the first broadcast, with the same nonce.
	var resend []*inflight
	for _, s := range e.signers {
		for _, f := range s.pending {
			if f.included == nil {
				resend = append(resend, f)
			}
		}
	}
	if len(resend) > 0 {
		e.cfg.Log.Info("txrelay: re-sending transactions in flight at the last stop", "count", len(resend), "queued", len(e.queue))
	}
	return e.broadcast(ctx, resend, "sent again after a restart")
}

// Enqueue hands newly accepted (and committed) requests to the loop.
func (e *Engine) Enqueue(reqs []*Request) {
	e.inboxMu.Lock()
	e.inbox = append(e.inbox, reqs...)
	e.inboxMu.Unlock()
	e.addDepth(len(reqs))
	select {
	case e.wake <- struct{}{}:
	default:
	}
}

// QueueDepth returns how many accepted requests wait for a signer.
func (e *Engine) QueueDepth() int {
	e.statsMu.Lock()
	defer e.statsMu.Unlock()
	return e.depth
}

// Backlog returns how many accepted requests wait beyond what the signers
// can take now (their free in-flight places): what a queue bound limits.
func (e *Engine) Backlog() int {
	e.statsMu.Lock()
	defer e.statsMu.Unlock()
	return max(0, e.depth-e.room)
}

func (e *Engine) addDepth(n int) {
	e.statsMu.Lock()
	e.depth += n
	d := e.depth
	e.statsMu.Unlock()
	if e.cfg.Metrics != nil {
		e.cfg.Metrics.QueueDepth.Set(float64(d))
	}
}

func (e *Engine) setDepth(n int) {
	e.statsMu.Lock()
	e.depth = n
	e.statsMu.Unlock()
	if e.cfg.Metrics != nil {
		e.cfg.Metrics.QueueDepth.Set(float64(n))
	}
}

// publishStats snapshots the signers for readers outside the loop. Called
// by the loop (or before it starts).
func (e *Engine) publishStats() {
	infos := make([]SignerInfo, len(e.signers))
	room := 0
	for i, s := range e.signers {
		infos[i] = SignerInfo{Address: s.addr, InFlight: len(s.pending), Excluded: s.excluded, Reserved: s.reserved, NextNonce: s.next}
		if !s.excluded && !s.reserved {
			room += max(0, e.cfg.MaxInFlight-len(s.pending))
		}
		if e.cfg.Metrics != nil {
			e.cfg.Metrics.InFlight.WithLabelValues(s.addr.Hex()).Set(float64(len(s.pending)))
		}
	}
	e.statsMu.Lock()
	e.infos, e.room = infos, room
	e.statsMu.Unlock()
}

// Signers returns the signer addresses with their in-flight counts and
// whether they are excluded for a low balance, as of the last step.
func (e *Engine) Signers() []SignerInfo {
	e.statsMu.Lock()
	defer e.statsMu.Unlock()
	return append([]SignerInfo(nil), e.infos...)
}

// SignerInfo describes one signer.
type SignerInfo struct {
	Address   common.Address `json:"address"`
	InFlight  int            `json:"inFlight"`
	NextNonce uint64         `json:"nextNonce"`
	Excluded  bool           `json:"excluded"`
	Reserved  bool           `json:"reserved,omitempty"` // signs only requests that name it
	Balance   string         `json:"balance,omitempty"`
}

func (e *Engine) loop() {
	defer close(e.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-e.stop
		cancel()
	}()
	heads := make(chan uint64, 1)
	if hs, ok := e.cfg.Chain.(HeadSubscriber); ok {
		if unsub, err := hs.SubscribeHeads(ctx, heads); err == nil {
			defer unsub()
		}
	}
	poll := time.NewTicker(e.cfg.PollInterval)
	defer poll.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-e.wake:
		case h := <-heads:
			if h > e.head {
				e.head = h
			}
		case <-poll.C:
			if h, err := e.cfg.Chain.BlockNumber(ctx); err == nil && h > e.head {
				e.head = h
			}
		}
		if err := e.step(ctx); err != nil && ctx.Err() == nil {
			e.cfg.Log.Warn("txrelay: step failed; retrying", "err", err)
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// step does one round of work: new blocks, confirmations, stuck and
// dropped transactions, then new requests up to each signer's bound.
func (e *Engine) step(ctx context.Context) error {
	e.inboxMu.Lock()
	e.queue = append(e.queue, e.inbox...)
	e.inbox = nil
	e.inboxMu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	defer e.publishStats()
	if e.cfg.Now().Sub(e.lastBalances) > 10*time.Second {
		e.checkBalances(ctx)
		e.lastBalances = e.cfg.Now()
	}
	if err := e.processBlocks(ctx); err != nil {
		return err
	}
	if err := e.confirm(ctx); err != nil {
		return err
	}
	if err := e.unstick(ctx); err != nil {
		return err
	}
	return e.fill(ctx)
}

// maxBlocksPerStep bounds how far one step catches up.
const maxBlocksPerStep = 256

// processBlocks reads the receipts of every new block and marks our
// transactions in them as included.
func (e *Engine) processBlocks(ctx context.Context) error {
	var changes []Change
	for n := e.lastProcessed + 1; n <= e.head && n <= e.lastProcessed+maxBlocksPerStep; n++ {
		rcpts, err := e.cfg.Chain.BlockReceipts(ctx, n)
		if err != nil {
			return fmt.Errorf("txrelay: receipts of block %d: %w", n, err)
		}
		for _, rc := range rcpts {
			if f := e.byHash[rc.TxHash]; f != nil && f.included == nil {
				changes = append(changes, e.markIncluded(ctx, f, rc)...)
			}
		}
		if _, err := e.apply(ctx, changes); err != nil {
			return err
		}
		changes = nil
		e.lastProcessed = n
	}
	return nil
}

// markIncluded records that one of f's versions is in a block.
func (e *Engine) markIncluded(ctx context.Context, f *inflight, rc *types.Receipt) []Change {
	f.included = rc
	r := f.req
	r.Status, r.TxHash, r.Block, r.BlockHash = StatusIncluded, rc.TxHash, rc.BlockNumber.Uint64(), rc.BlockHash
	detail := fmt.Sprintf("in block %d, transaction %s", r.Block, rc.TxHash.Hex())
	if rc.Status != types.ReceiptStatusSuccessful {
		r.Reason = e.revertReason(ctx, f, rc)
		detail += ", reverted: " + r.Reason
	}
	return []Change{{Request: r, Event: detail}}
}

// revertReason replays a reverted transaction at its block to decode why.
func (e *Engine) revertReason(ctx context.Context, f *inflight, rc *types.Receipt) string {
	tx := f.current()
	for _, t := range f.txs {
		if t.Hash() == rc.TxHash {
			tx = t
		}
	}
	msg := ethereum.CallMsg{From: f.signer.addr, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	// The transaction ran after the block's earlier transactions: replay it on
	// the state before its block, and if that passes, after it (an earlier
	// transaction of the same block may have done the same work).
	for _, at := range []*big.Int{new(big.Int).Sub(rc.BlockNumber, big.NewInt(1)), rc.BlockNumber} {
		if _, err := e.cfg.Chain.CallContract(ctx, msg, at); err != nil {
			return e.describeRevert(err)
		}
	}
	return "reverted (out of gas, or only in that block's state)"
}

func (e *Engine) describeRevert(err error) string {
	if e.cfg.Decoder != nil {
		var re *chain.RevertError
		if errors.As(e.cfg.Decoder.Decode(err), &re) {
			if re.Name == "Error" && len(re.Args) == 1 {
				return re.Args[0][len("message="):]
			}
			return re.Error()
		}
	}
	return err.Error()
}

// confirm finishes requests whose block is deep enough, after checking that
// the block is still canonical; a request whose block was reorged away goes
// back to broadcast and is sent again.
func (e *Engine) confirm(ctx context.Context) error {
	deep := func(f *inflight) bool {
		return f.included != nil && e.head+1 >= f.included.BlockNumber.Uint64()+e.cfg.Confirmations
	}
	// Read the canonical hashes first: a failed call must leave the state
	// as it was, to be tried again at the next step.
	canon := map[uint64]common.Hash{}
	for _, s := range e.signers {
		for _, f := range s.pending {
			if !deep(f) {
				continue
			}
			if n := f.included.BlockNumber.Uint64(); canon[n] == (common.Hash{}) {
				hdr, err := e.cfg.Chain.HeaderByNumber(ctx, n)
				if err != nil {
					return fmt.Errorf("txrelay: header %d: %w", n, err)
				}
				canon[n] = hdr.Hash()
			}
		}
	}
	var changes []Change
	var resend []*inflight
	for _, s := range e.signers {
		kept := s.pending[:0]
		for _, f := range s.pending {
			if !deep(f) {
				kept = append(kept, f)
				continue
			}
			rc := f.included
			n := rc.BlockNumber.Uint64()
			h := canon[n]
			r := f.req
			if h != rc.BlockHash {
				f.included = nil
				r.Status, r.Block, r.BlockHash = StatusBroadcast, 0, common.Hash{}
				changes = append(changes, Change{Request: r, Event: fmt.Sprintf("block %d was reorged away; sending again", n)})
				resend = append(resend, f)
				kept = append(kept, f)
				// Read the new canonical blocks from there again.
				e.lastProcessed = min(e.lastProcessed, n-1)
				continue
			}
			switch {
			case rc.Status == types.ReceiptStatusSuccessful:
				r.Status = StatusConfirmed
			case e.cfg.AlreadyDone(r.Reason):
				r.Status, r.Reason = StatusConfirmed, "already done: "+r.Reason
			default:
				r.Status = StatusReverted
				e.failure("reverted")
			}
			changes = append(changes, Change{Request: r, Event: fmt.Sprintf("%d confirmations", e.head+1-n)})
			for _, t := range f.txs {
				delete(e.byHash, t.Hash())
			}
			if e.cfg.Metrics != nil {
				e.cfg.Metrics.Confirmed.Inc()
				e.cfg.Metrics.ConfirmSeconds.Observe(e.cfg.Now().Sub(r.CreatedAt).Seconds())
			}
		}
		s.pending = kept
	}
	if _, err := e.apply(ctx, changes); err != nil {
		return err
	}
	return e.broadcast(ctx, resend, "")
}

// unstick re-prices transactions that waited BumpAfter blocks, and re-sends
// a signer's transactions when the lowest one is no longer known to the node
// (dropped from its pool) — which also fills the nonce gap it left.
func (e *Engine) unstick(ctx context.Context) error {
	var bumped []*inflight
	var changes []Change
	// Re-priced versions signed before an error are still recorded and sent
	// below: a version in memory must never be sent without being recorded.
	err := e.scanStuck(ctx, &bumped, &changes)
	if _, aerr := e.apply(ctx, changes); aerr != nil { // recorded before sent
		return errors.Join(err, aerr)
	}
	return errors.Join(err, e.broadcast(ctx, bumped, ""))
}

// scanStuck does unstick's checks and signs re-priced versions, appending
// them to bumped and their ledger changes to changes.
func (e *Engine) scanStuck(ctx context.Context, bumped *[]*inflight, changes *[]Change) error {
	var base, tip *big.Int
	for _, s := range e.signers {
		first := s.firstUnincluded()
		if first == nil {
			continue
		}
		// Dropped, or mined where we did not look? Check the lowest unincluded
		// one once per block, after it had a block to land in.
		if e.head > first.sentHead && e.head > s.checked {
			s.checked = e.head
			onChain, err := e.cfg.Chain.NonceAt(ctx, s.addr)
			if err != nil {
				return fmt.Errorf("txrelay: nonce of %s: %w", s.addr.Hex(), err)
			}
			if onChain > first.req.Nonce {
				// Its nonce is used: by one of its versions (look the receipts
				// up), or by a transaction that is not ours.
				found := false
				for _, tx := range first.txs {
					if rc, err := e.cfg.Chain.TransactionReceipt(ctx, tx.Hash()); err == nil && rc != nil {
						if _, err := e.apply(ctx, e.markIncluded(ctx, first, rc)); err != nil {
							return err
						}
						found = true
						break
					}
				}
				if !found && e.lastProcessed >= e.head {
					first.nonceTaken++
					if first.nonceTaken >= nonceTakenChecks {
						if err := e.nonceTaken(ctx, s, first); err != nil {
							return err
						}
					}
				}
				continue
			}
			known, err := e.cfg.Chain.TransactionKnown(ctx, first.current().Hash())
			if err != nil {
				return fmt.Errorf("txrelay: looking up %s: %w", first.current().Hash().Hex(), err)
			}
			if !known {
				var gap []*inflight
				for _, f := range s.pending {
					if f.included == nil {
						gap = append(gap, f)
					}
				}
				if e.cfg.Metrics != nil {
					e.cfg.Metrics.Dropped.Add(float64(len(gap)))
				}
				if err := e.broadcast(ctx, gap, "dropped by the node; sent again"); err != nil {
					return err
				}
				continue
			}
		}
		for _, f := range s.pending {
			if f.included != nil || e.head < f.sentHead+e.cfg.BumpAfter {
				continue
			}
			if base == nil {
				var err error
				if base, tip, err = e.prices(ctx); err != nil {
					return err
				}
			}
			cur := f.current()
			feeCap, tipCap, ok := e.cfg.Fees.Bump(cur.GasFeeCap(), cur.GasTipCap(), base, tip)
			if !ok {
				f.sentHead = e.head // at the cap: keep waiting, check again later
				continue
			}
			tx, err := e.sign(s, f.req, cur.Nonce(), cur.Gas(), feeCap, tipCap)
			if err != nil {
				return err
			}
			f.txs = append(f.txs, tx)
			e.byHash[tx.Hash()] = f
			f.req.Bumps++
			f.req.TxHash = tx.Hash()
			*changes = append(*changes, Change{Request: f.req, Attempt: attemptOf(f.req, s, tx),
				Event: fmt.Sprintf("re-priced after %d blocks: fee cap %s, tip %s wei", e.head-f.sentHead, feeCap, tipCap)})
			*bumped = append(*bumped, f)
			if e.cfg.Metrics != nil {
				e.cfg.Metrics.Bumps.Inc()
			}
		}
	}
	return nil
}

func (s *signerState) firstUnincluded() *inflight {
	for _, f := range s.pending {
		if f.included == nil {
			return f
		}
	}
	return nil
}

// nonceTakenChecks is how many blocks in a row a request's nonce must be
// used on chain with no receipt of any of its versions before the relayer
// concludes another transaction took it.
const nonceTakenChecks = 3

// nonceTaken ends a request whose nonce another transaction of its signer
// used (the key was used outside the relayer). It is not re-signed with a
// new nonce: if one of its versions did land after all, that would run it
// twice. The operator decides, and can resubmit.
func (e *Engine) nonceTaken(ctx context.Context, s *signerState, f *inflight) error {
	e.cfg.Log.Error("txrelay: a transaction outside the relayer used a nonce; the request is failed, not re-sent", "signer", s.addr.Hex(), "nonce", f.req.Nonce, "request", f.req.ID)
	r := f.req
	r.Status, r.Reason = StatusFailed, fmt.Sprintf("nonce %d of %s was used by a transaction not sent by this relayer; not re-sent, so that it cannot run twice", r.Nonce, s.addr.Hex())
	for i, p := range s.pending {
		if p == f {
			s.pending = append(s.pending[:i], s.pending[i+1:]...)
			break
		}
	}
	for _, t := range f.txs {
		delete(e.byHash, t.Hash())
	}
	e.failure("nonce taken")
	_, err := e.apply(ctx, []Change{{Request: r, Event: r.Reason}})
	return err
}

// fill gives queued requests to signers with room: estimate gas, assign the
// next nonce, sign, record in the ledger, then broadcast.
func (e *Engine) fill(ctx context.Context) error {
	if len(e.queue) == 0 {
		return nil
	}
	var base, tip *big.Int
	type job struct {
		r   *Request
		s   *signerState
		gas uint64
		err error
	}
	var jobs []*job
	room := map[*signerState]int{}
	for _, s := range e.signers {
		if !s.excluded {
			room[s] = e.cfg.MaxInFlight - len(s.pending)
		}
	}
	next := 0 // round-robin over signers for requests that take any
	rest := e.queue[:0]
	for _, r := range e.queue {
		var s *signerState
		if r.WantSigner != (common.Address{}) {
			if c := e.byAddr[r.WantSigner]; c != nil && room[c] > 0 {
				s = c
			}
		} else {
			for i := range e.signers {
				c := e.signers[(next+i)%len(e.signers)]
				if !c.reserved && room[c] > 0 {
					s = c
					next = (next + i + 1) % len(e.signers)
					break
				}
			}
		}
		if s == nil {
			rest = append(rest, r)
			continue
		}
		room[s]--
		jobs = append(jobs, &job{r: r, s: s, gas: r.GasLimit})
	}
	e.queue = rest
	if len(jobs) == 0 {
		return nil
	}
	// Gas estimation, in parallel: a request whose call reverts never gets a
	// nonce (so nonces stay contiguous).
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(16)
	for _, j := range jobs {
		if j.gas != 0 {
			continue
		}
		g.Go(func() error {
			est, err := e.cfg.Chain.EstimateGas(gctx, ethereum.CallMsg{From: j.s.addr, To: &j.r.Target, Value: j.r.Value, Data: j.r.Data})
			j.gas, j.err = est*12/10, err
			return nil
		})
	}
	g.Wait()
	var changes []Change
	var flights []*inflight
	var retry []*Request
	for _, j := range jobs {
		r := j.r
		if j.err != nil {
			if _, isRevert := chain.RevertData(j.err); !isRevert {
				retry = append(retry, r) // the chain did not answer: try again next step
				continue
			}
			reason := e.describeRevert(j.err)
			if e.cfg.AlreadyDone(reason) {
				r.Status, r.Reason = StatusConfirmed, "already done: "+reason
				changes = append(changes, Change{Request: r, Event: "not sent: the call reports the work as already done (" + reason + ")"})
			} else {
				r.Status, r.Reason = StatusFailed, "the call reverts: "+reason
				changes = append(changes, Change{Request: r, Event: r.Reason})
				e.failure("reverts at estimation")
			}
			continue
		}
		if base == nil {
			var err error
			if base, tip, err = e.prices(ctx); err != nil {
				retry = append(retry, r)
				continue
			}
		}
		feeCap, tipCap := e.cfg.Fees.Initial(base, tip)
		s := j.s
		tx, err := e.sign(s, r, s.next, j.gas, feeCap, tipCap)
		if err != nil {
			e.cfg.Log.Error("txrelay: signing failed; the request waits", "request", r.ID, "err", err)
			retry = append(retry, r)
			continue
		}
		r.Signer, r.Nonce, r.HasNonce, r.Status, r.TxHash = s.addr, s.next, true, StatusSigned, tx.Hash()
		s.next++
		f := &inflight{req: r, signer: s, txs: []*types.Transaction{tx}}
		s.pending = append(s.pending, f)
		e.byHash[tx.Hash()] = f
		flights = append(flights, f)
		changes = append(changes, Change{Request: r, Attempt: attemptOf(r, s, tx), Event: fmt.Sprintf("signer %s, nonce %d", s.addr.Hex(), r.Nonce)})
	}
	// Durable before broadcast: a crash from here on re-sends these exact
	// transactions, with these nonces.
	if _, err := e.applyNonces(ctx, changes); err != nil {
		// Nothing of this was recorded, so none of it may be sent: undo it
		// and let every request wait for the next step.
		e.unsign(flights)
		for _, c := range changes {
			c.Request.Status, c.Request.Reason = StatusQueued, ""
		}
		taken := make([]*Request, len(jobs))
		for i, j := range jobs {
			taken[i] = j.r
		}
		e.queue = append(taken, e.queue...)
		return err
	}
	e.queue = append(retry, e.queue...)
	e.addDepth(-(len(jobs) - len(retry)))
	return e.broadcast(ctx, flights, "")
}

// unsign takes back signed flights that the ledger failed to record: off
// their signers' pending lists (where fill appended them last) and their
// nonces returned.
func (e *Engine) unsign(flights []*inflight) {
	for i := len(flights) - 1; i >= 0; i-- {
		f := flights[i]
		s := f.signer
		s.pending = s.pending[:len(s.pending)-1]
		delete(e.byHash, f.current().Hash())
		s.next = f.req.Nonce
		r := f.req
		r.Signer, r.Nonce, r.HasNonce, r.TxHash = common.Address{}, 0, false, common.Hash{}
	}
}

// prices returns the latest base fee and the suggested tip.
func (e *Engine) prices(ctx context.Context) (base, tip *big.Int, err error) {
	hdr, err := e.cfg.Chain.HeaderByNumber(ctx, e.head)
	if err != nil {
		return nil, nil, fmt.Errorf("txrelay: head %d: %w", e.head, err)
	}
	base = hdr.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	tip, err = e.cfg.Chain.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("txrelay: fee tip: %w", err)
	}
	return base, tip, nil
}

func (e *Engine) sign(s *signerState, r *Request, nonce, gas uint64, feeCap, tipCap *big.Int) (*types.Transaction, error) {
	to := r.Target
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: e.cfg.Chain.ChainID(), Nonce: nonce, To: &to, Value: r.Value, Data: r.Data,
		Gas: gas, GasFeeCap: feeCap, GasTipCap: tipCap,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(e.cfg.Chain.ChainID()), s.key)
	if err != nil {
		return nil, fmt.Errorf("txrelay: signing for %s: %w", r.ID, err)
	}
	return signed, nil
}

func attemptOf(r *Request, s *signerState, tx *types.Transaction) *Attempt {
	raw, _ := tx.MarshalBinary()
	return &Attempt{Hash: tx.Hash(), Request: r.ID, Signer: s.addr, Nonce: tx.Nonce(), Raw: raw, FeeCap: tx.GasFeeCap(), TipCap: tx.GasTipCap()}
}

// broadcast sends the current version of each flight and records the
// attempt. A node's "already known" and "nonce too low" are not failures:
// the transaction (or one of its versions) is in the pool or in a block,
// which receipts will tell.
func (e *Engine) broadcast(ctx context.Context, flights []*inflight, note string) error {
	if len(flights) == 0 {
		return nil
	}
	txs := make([]*types.Transaction, len(flights))
	for i, f := range flights {
		txs[i] = f.current()
	}
	errs := e.cfg.Chain.SendRawTransactions(ctx, txs)
	var changes []Change
	for i, f := range flights {
		err := errs[i]
		r := f.req
		f.sentHead = e.head
		switch {
		case err == nil, chain.IsAlreadyKnown(err), chain.IsNonceTooLow(err):
		case chain.IsReplacementUnderpriced(err), chain.IsUnderpriced(err):
			f.sentHead = 0 // re-price at the next step
			e.failure("underpriced")
		default:
			e.cfg.Log.Warn("txrelay: broadcast failed; will retry", "request", r.ID, "err", err)
			e.failure("broadcast")
			f.sentHead = 0
			continue
		}
		r.Attempts++
		if r.Status == StatusSigned || r.Status == StatusQueued {
			r.Status = StatusBroadcast
		}
		detail := note
		if detail == "" {
			detail = "sent " + f.current().Hash().Hex()
		}
		changes = append(changes, Change{Request: r, Event: detail})
	}
	_, err := e.apply(ctx, changes)
	return err
}

func (e *Engine) failure(reason string) {
	if e.cfg.Metrics != nil {
		e.cfg.Metrics.Failures.WithLabelValues(reason).Inc()
	}
}

// apply writes changes to the ledger and publishes their events.
func (e *Engine) apply(ctx context.Context, changes []Change) ([]Event, error) {
	return e.write(ctx, changes, nil)
}

// applyNonces is apply that also records every signer's next nonce.
func (e *Engine) applyNonces(ctx context.Context, changes []Change) ([]Event, error) {
	nexts := map[common.Address]uint64{}
	for _, s := range e.signers {
		nexts[s.addr] = s.next
	}
	return e.write(ctx, changes, nexts)
}

func (e *Engine) write(ctx context.Context, changes []Change, nexts map[common.Address]uint64) ([]Event, error) {
	if len(changes) == 0 && nexts == nil {
		return nil, nil
	}
	evs, err := e.cfg.Ledger.Apply(ctx, changes, nexts, e.cfg.Now())
	if err != nil {
		return nil, err
	}
	if len(evs) > 0 {
		e.cfg.OnEvents(evs)
	}
	return evs, nil
}

// checkBalances excludes signers whose balance fell below the minimum from
// new work (their transactions in flight continue), and lets them back once
// funded.
func (e *Engine) checkBalances(ctx context.Context) {
	for _, s := range e.signers {
		b, err := e.cfg.Chain.BalanceAt(ctx, s.addr)
		if err != nil {
			continue
		}
		low := b.Cmp(e.cfg.MinBalance) < 0
		if low != s.excluded {
			if low {
				e.cfg.Log.Warn("txrelay: signer below the minimum balance; it takes no new transactions", "signer", s.addr.Hex(), "balance", b, "minimum", e.cfg.MinBalance)
			} else {
				e.cfg.Log.Info("txrelay: signer funded again", "signer", s.addr.Hex(), "balance", b)
			}
		}
		s.excluded = low
		if e.cfg.Metrics != nil {
			v := 0.0
			if low {
				v = 1
			}
			e.cfg.Metrics.SignerExcluded.WithLabelValues(s.addr.Hex()).Set(v)
			f, _ := new(big.Float).Quo(new(big.Float).SetInt(b), big.NewFloat(1e18)).Float64()
			e.cfg.Metrics.SignerBalance.WithLabelValues(s.addr.Hex()).Set(f)
		}
	}
}

// Shutdown stops the loop after its current step. In-flight transactions
// stay in the ledger and are resumed by the next NewEngine.
func (e *Engine) Shutdown(ctx context.Context) error {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return ErrClosed
	}
	e.closed = true
	e.mu.Unlock()
	close(e.stop)
	select {
	case <-e.done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("txrelay: engine shutdown: %w", ctx.Err())
	}
}
