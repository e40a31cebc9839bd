package txrelay

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"

	"github.com/relaynode/relaynode/internal/chain"
)

// Chain is what the relayer needs from the chain. RPCChain implements it over
// JSON-RPC; tests use fakes that drop, withhold and reorder transactions.
type Chain interface {
	ChainID() *big.Int
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, n uint64) (*types.Header, error)
	// BlockReceipts returns the receipts of every transaction in block n.
	BlockReceipts(ctx context.Context, n uint64) ([]*types.Receipt, error)
	// SendRawTransactions broadcasts txs and returns one error (or nil) per
	// transaction.
	SendRawTransactions(ctx context.Context, txs []*types.Transaction) []error
	// NonceAt returns the account's nonce in the latest block.
	NonceAt(ctx context.Context, a common.Address) (uint64, error)
	// TransactionKnown reports whether the node knows the transaction (in its
	// pool or in a block).
	TransactionKnown(ctx context.Context, hash common.Hash) (bool, error)
	// TransactionReceipt returns the receipt of a mined transaction, or an
	// error wrapping ethereum.NotFound.
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, a common.Address) (*big.Int, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// HeadSubscriber is an optional Chain ability: new block numbers pushed as
// they arrive (else the relayer polls).
type HeadSubscriber interface {
	SubscribeHeads(ctx context.Context, ch chan<- uint64) (func(), error)
}

// RPCChain is a Chain over one or more JSON-RPC endpoints of the same chain:
// calls go to the first endpoint that is up, with failover on transport
// errors (never on the chain's own answers), each endpoint rate-limited. It is
// safe for concurrent use.
type RPCChain struct {
	eps     []*endpoint
	chainID *big.Int
	timeout time.Duration
}

type endpoint struct {
	c       *chain.Client
	limit   *rate.Limiter
	downTil atomic.Int64 // unix nanos; 0: up
}

// endpointCooldown is how long an endpoint that failed at transport level is
// skipped (unless every endpoint is down).
const endpointCooldown = 5 * time.Second

// NewRPCChain wraps clients of one chain (the first is preferred), each
// allowed ratePerSec calls per second.
func NewRPCChain(clients []*chain.Client, ratePerSec int, timeout time.Duration) (*RPCChain, error) {
	if len(clients) == 0 {
		return nil, errors.New("txrelay: no chain endpoint")
	}
	id := clients[0].ChainIDValue()
	rc := &RPCChain{chainID: id, timeout: timeout}
	for _, c := range clients {
		if c.ChainIDValue().Cmp(id) != 0 {
			return nil, fmt.Errorf("txrelay: endpoint %s serves chain %s, not %s", c.URL(), c.ChainIDValue(), id)
		}
		rc.eps = append(rc.eps, &endpoint{c: c, limit: rate.NewLimiter(rate.Limit(ratePerSec), ratePerSec)})
	}
	return rc, nil
}

// ChainID implements Chain.
func (rc *RPCChain) ChainID() *big.Int { return new(big.Int).Set(rc.chainID) }

// call runs f on the first endpoint that is up, failing over on transport
// errors.
func (rc *RPCChain) call(ctx context.Context, f func(ctx context.Context, c *chain.Client) error) error {
	var last error
	now := time.Now().UnixNano()
	for pass := range 2 { // first the endpoints believed up, then all
		for _, ep := range rc.eps {
			if pass == 0 && ep.downTil.Load() > now {
				continue
			}
			if pass == 1 && ep.downTil.Load() <= now {
				continue
			}
			if err := ep.limit.Wait(ctx); err != nil {
				return fmt.Errorf("txrelay: rpc rate limit: %w", err)
			}
			cctx, cancel := context.WithTimeout(ctx, rc.timeout)
			err := f(cctx, ep.c)
			cancel()
			if err == nil || !isTransportError(err) || ctx.Err() != nil {
				if err == nil {
					ep.downTil.Store(0)
				}
				return err
			}
			ep.downTil.Store(time.Now().Add(endpointCooldown).UnixNano())
			last = err
		}
	}
	return fmt.Errorf("txrelay: no chain endpoint answered: %w", last)
}

// isTransportError reports whether err is the connection's fault rather than
// the chain's answer (which another endpoint would repeat).
func isTransportError(err error) bool {
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return false
	}
	if _, ok := chain.RevertData(err); ok {
		return false
	}
	return !errors.Is(err, ethereum.NotFound)
}

// BlockNumber implements Chain.
func (rc *RPCChain) BlockNumber(ctx context.Context) (n uint64, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) { n, e = c.BlockNumber(ctx); return })
	return
}

// HeaderByNumber implements Chain.
func (rc *RPCChain) HeaderByNumber(ctx context.Context, n uint64) (h *types.Header, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) {
		h, e = c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		return
	})
	return
}

// BlockReceipts implements Chain.
func (rc *RPCChain) BlockReceipts(ctx context.Context, n uint64) (rs []*types.Receipt, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) {
		rs, e = c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(n)))
		return
	})
	return
}

// sendBatch is how many transactions go in one JSON-RPC batch.
const sendBatch = 200

// SendRawTransactions implements Chain with JSON-RPC batches.
func (rc *RPCChain) SendRawTransactions(ctx context.Context, txs []*types.Transaction) []error {
	errs := make([]error, len(txs))
	for start := 0; start < len(txs); start += sendBatch {
		chunk := txs[start:min(start+sendBatch, len(txs))]
		elems := make([]rpc.BatchElem, len(chunk))
		for i, tx := range chunk {
			raw, err := tx.MarshalBinary()
			if err != nil {
				errs[start+i] = err
				continue
			}
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
		}
		err := rc.call(ctx, func(ctx context.Context, c *chain.Client) error { return c.RPC().BatchCallContext(ctx, elems) })
		for i := range chunk {
			switch {
			case errs[start+i] != nil:
			case err != nil:
				errs[start+i] = err
			default:
				errs[start+i] = elems[i].Error
			}
		}
	}
	return errs
}

// NonceAt implements Chain.
func (rc *RPCChain) NonceAt(ctx context.Context, a common.Address) (n uint64, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) { n, e = c.NonceAt(ctx, a, nil); return })
	return
}

// TransactionKnown implements Chain.
func (rc *RPCChain) TransactionKnown(ctx context.Context, hash common.Hash) (bool, error) {
	var raw map[string]any
	err := rc.call(ctx, func(ctx context.Context, c *chain.Client) error {
		return c.RPC().CallContext(ctx, &raw, "eth_getTransactionByHash", hash)
	})
	if err != nil {
		return false, err
	}
	return raw != nil, nil
}

// TransactionReceipt implements Chain.
func (rc *RPCChain) TransactionReceipt(ctx context.Context, hash common.Hash) (r *types.Receipt, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) { r, e = c.TransactionReceipt(ctx, hash); return })
	return
}

// EstimateGas implements Chain.
func (rc *RPCChain) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (g uint64, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) { g, e = c.EstimateGas(ctx, msg); return })
	return
}

// SuggestGasTipCap implements Chain.
func (rc *RPCChain) SuggestGasTipCap(ctx context.Context) (t *big.Int, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) { t, e = c.SuggestGasTipCap(ctx); return })
	return
}

// BalanceAt implements Chain.
func (rc *RPCChain) BalanceAt(ctx context.Context, a common.Address) (b *big.Int, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) { b, e = c.BalanceAt(ctx, a, nil); return })
	return
}

// CallContract implements Chain.
func (rc *RPCChain) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) (out []byte, err error) {
	err = rc.call(ctx, func(ctx context.Context, c *chain.Client) (e error) { out, e = c.CallContract(ctx, msg, block); return })
	return
}

// SubscribeHeads implements HeadSubscriber on the first endpoint, when it
// supports subscriptions (WebSocket or in-process).
func (rc *RPCChain) SubscribeHeads(ctx context.Context, ch chan<- uint64) (func(), error) {
	heads := make(chan *types.Header, 64)
	sub, err := rc.eps[0].c.SubscribeNewHead(ctx, heads)
	if err != nil {
		return nil, err
	}
	var once sync.Once
	done := make(chan struct{})
	go func() {
		for {
			select {
			case h := <-heads:
				select {
				case ch <- h.Number.Uint64():
				default: // the consumer is busy; it catches up from the latest head
				}
			case <-sub.Err():
				return
			case <-done:
				return
			}
		}
	}()
	return func() { once.Do(func() { sub.Unsubscribe(); close(done) }) }, nil
}
