// Package txbench measures the transaction relayer against relayer-py's way
// of sending — one transaction at a time per signer, waiting for each
// receipt — on the embedded devnet, in one run: the same number of simple
// transfers both ways, zero loss checked on chain.
package txbench

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/txrelay"
)

// Config sizes a run.
type Config struct {
	N           int           // transfers each way
	BlockPeriod time.Duration // 0: a block as soon as transactions arrive
	Signers     int
	InFlight    int           // the relayer's bound per signer
	Poll        time.Duration // the baseline's receipt poll
	BaselineMax time.Duration // the baseline stops here if not done (its rate is what it reached)
	Dir         string
	Progress    func(string)
}

// Side is what one way of sending achieved.
type Side struct {
	Sent    int
	Landed  int // transfers on chain, counted from the recipient's balance
	Elapsed time.Duration
	Stopped bool // the baseline hit BaselineMax before sending all
	// The relayer's recoveries during the run, from its metrics.
	Bumps, Resent int
}

// Rate is landed transfers per second.
func (s Side) Rate() float64 { return float64(s.Landed) / s.Elapsed.Seconds() }

// Result is a whole run.
type Result struct {
	Cfg      Config
	Baseline Side
	Relayer  Side
	// Capacity is the chain's transfers per second: a block's gas limit over
	// 21,000, times blocks per second (only with a block period).
	Capacity float64
}

// gasLimit is the devnet's block gas limit in the run.
const gasLimit = 30_000_000

// Run starts a devnet and measures both sides.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Progress == nil {
		cfg.Progress = func(string) {}
	}
	res := Result{Cfg: cfg}
	if cfg.BlockPeriod > 0 {
		res.Capacity = float64(gasLimit/params.TxGas) / cfg.BlockPeriod.Seconds()
	}
	d, err := devnet.Start(ctx, devnet.Config{DataDir: filepath.Join(cfg.Dir, "chain"), BlockPeriod: cfg.BlockPeriod,
		AutoMine: cfg.BlockPeriod == 0, GasLimit: gasLimit, Accounts: 2*cfg.Signers + 10})
	if err != nil {
		return res, err
	}
	defer d.Shutdown(context.Background())
	c, err := chain.NewClient(ctx, d.RPCClient(), "devnet", 30*time.Second, devnet.ChainID)
	if err != nil {
		return res, err
	}
	defer c.Close()
	accts := d.Accounts()
	var relayerKeys, baselineKeys []*ecdsa.PrivateKey
	for i := range cfg.Signers {
		relayerKeys = append(relayerKeys, accts[10+i].Key)
		baselineKeys = append(baselineKeys, accts[10+cfg.Signers+i].Key)
	}

	cfg.Progress(fmt.Sprintf("baseline: %d transfers, one at a time per signer (%d signers), %s receipt poll", cfg.N, cfg.Signers, cfg.Poll))
	baseDest := common.Address{0xba, 0x5e}
	res.Baseline, err = baseline(ctx, c, baselineKeys, baseDest, cfg)
	if err != nil {
		return res, err
	}
	if res.Baseline.Landed, err = balance(ctx, c, baseDest); err != nil {
		return res, err
	}
	cfg.Progress(fmt.Sprintf("relayer: %d transfers through POST /v1/tx", cfg.N))
	relDest := common.Address{0x5e, 0x1a}
	res.Relayer, err = relayer(ctx, c, relayerKeys, relDest, cfg)
	if err != nil {
		return res, err
	}
	if res.Relayer.Landed, err = balance(ctx, c, relDest); err != nil {
		return res, err
	}
	return res, nil
}

func balance(ctx context.Context, c *chain.Client, a common.Address) (int, error) {
	b, err := c.BalanceAt(ctx, a, nil)
	if err != nil {
		return 0, err
	}
	return int(b.Int64()), nil
}

// baseline sends transfers of 1 wei the way relayer-py's workers do: each
// signer sends one, polls for its receipt, then sends the next.
func baseline(ctx context.Context, c *chain.Client, keys []*ecdsa.PrivateKey, dest common.Address, cfg Config) (Side, error) {
	var sent atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, len(keys))
	start := time.Now()
	deadline := start.Add(cfg.BaselineMax)
	signer := types.LatestSignerForChainID(big.NewInt(devnet.ChainID))
	for _, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := crypto.PubkeyToAddress(k.PublicKey)
			nonce, err := c.NonceAt(ctx, from, nil)
			if err != nil {
				errs <- err
				return
			}
			for sent.Add(1) <= int64(cfg.N) {
				if time.Now().After(deadline) {
					sent.Add(-1)
					return
				}
				tip, err := c.SuggestGasTipCap(ctx)
				if err != nil {
					errs <- err
					return
				}
				head, err := c.HeaderByNumber(ctx, nil)
				if err != nil {
					errs <- err
					return
				}
				tx, _ := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(devnet.ChainID), Nonce: nonce, To: &dest,
					Value: big.NewInt(1), Gas: params.TxGas, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))}), signer, k)
				if err := c.SendTransaction(ctx, tx); err != nil {
					errs <- err
					return
				}
				for {
					if _, err := c.TransactionReceipt(ctx, tx.Hash()); err == nil {
						break
					} else if !errors.Is(err, ethereum.NotFound) && ctx.Err() == nil {
						time.Sleep(cfg.Poll) // transient (e.g. indexing); poll again
						continue
					}
					select {
					case <-ctx.Done():
						errs <- ctx.Err()
						return
					case <-time.After(cfg.Poll):
					}
				}
				nonce++
			}
			sent.Add(-1)
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return Side{}, fmt.Errorf("txbench: baseline: %w", err)
	}
	n := int(min(sent.Load(), int64(cfg.N)))
	return Side{Sent: n, Elapsed: time.Since(start), Stopped: n < cfg.N}, nil
}

// relayer sends the transfers through a relayer's HTTP API and waits until
// the ledger has nothing open.
func relayer(ctx context.Context, c *chain.Client, keys []*ecdsa.PrivateKey, dest common.Address, cfg Config) (Side, error) {
	rc, err := txrelay.NewRPCChain([]*chain.Client{c}, 1_000_000, 30*time.Second)
	if err != nil {
		return Side{}, err
	}
	const token = "bench"
	reg := prometheus.NewRegistry()
	rl, err := txrelay.New(ctx, txrelay.Config{Registerer: reg,
		LedgerPath: filepath.Join(cfg.Dir, "tx.db"), Chain: rc, Signers: keys,
		Tokens: []txrelay.Token{{Name: "bench", Hash: txrelay.HashToken(token)}}, RatePerToken: 1_000_000,
		MaxBodyBytes: 1 << 16, MaxInFlight: cfg.InFlight, MaxQueue: cfg.N + 1, Confirmations: 1, BumpAfter: 20,
		Fees:       txrelay.FeePolicy{BumpPercent: 15, MaxFeeCap: new(big.Int).Mul(big.NewInt(500), big.NewInt(params.GWei))},
		MinBalance: big.NewInt(params.Ether / 100), PollInterval: 50 * time.Millisecond, Decoder: chain.NewRevertDecoder(),
	})
	if err != nil {
		return Side{}, err
	}
	defer rl.Shutdown(context.Background())
	srv := httptest.NewServer(rl.Handler())
	defer srv.Close()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	body, _ := json.Marshal(txrelay.TxRequest{To: dest.Hex(), Value: "1"})
	start := time.Now()
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(cfg.N) {
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/v1/tx", bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+token)
				resp, err := hc.Do(req)
				if err != nil {
					errs <- err
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusAccepted {
					errs <- fmt.Errorf("the relayer answered %d", resp.StatusCode)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return Side{}, fmt.Errorf("txbench: submitting: %w", err)
	}
	for {
		queued, inFlight, err := rl.Ledger().Depth(ctx)
		if err != nil {
			return Side{}, err
		}
		if queued+inFlight == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return Side{}, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
	side := Side{Sent: cfg.N, Elapsed: time.Since(start)}
	side.Bumps, side.Resent = counter(reg, "relaynode_tx_bumps_total"), counter(reg, "relaynode_tx_resent_dropped_total")
	return side, nil
}

// counter reads one unlabelled counter from reg (0 when absent).
func counter(reg *prometheus.Registry, name string) int {
	families, err := reg.Gather()
	if err != nil {
		return 0
	}
	for _, f := range families {
		if f.GetName() == name && len(f.GetMetric()) == 1 {
			return int(f.GetMetric()[0].GetCounter().GetValue())
		}
	}
	return 0
}

// Write prints the result.
func (r Result) Write(w io.Writer) {
	mode := "blocks on demand (a block as soon as transactions arrive)"
	if r.Cfg.BlockPeriod > 0 {
		mode = "a block every " + r.Cfg.BlockPeriod.String()
	}
	fmt.Fprintf(w, "devnet: %s, %d signers each side, %d transfers each side\n", mode, r.Cfg.Signers, r.Cfg.N)
	side := func(name string, s Side, extra string) {
		fmt.Fprintf(w, "  %-34s %8.1f tx/s  (%d landed of %d sent in %s)%s\n", name, s.Rate(), s.Landed, s.Sent, s.Elapsed.Round(time.Millisecond), extra)
	}
	stop := ""
	if r.Baseline.Stopped {
		stop = fmt.Sprintf(", stopped at %s", r.Cfg.BaselineMax)
	}
	side(fmt.Sprintf("one at a time, %s poll", r.Cfg.Poll), r.Baseline, stop)
	side(fmt.Sprintf("relayer, %d in flight per signer", r.Cfg.InFlight), r.Relayer, "")
	fmt.Fprintf(w, "  relayer / one at a time      = %.1fx\n", r.Relayer.Rate()/r.Baseline.Rate())
	if r.Capacity > 0 {
		fmt.Fprintf(w, "  chain capacity               = %.0f transfers/s (%d gas per block / 21000)\n", r.Capacity, gasLimit)
		fmt.Fprintf(w, "  relayer / capacity           = %.0f%%  (target >= 70%%)\n", 100*r.Relayer.Rate()/r.Capacity)
	}
	fmt.Fprintf(w, "  fee bumps, dropped re-sent   = %d, %d\n", r.Relayer.Bumps, r.Relayer.Resent)
	fmt.Fprintf(w, "  lost or duplicated           = %d\n", abs(r.Relayer.Sent-r.Relayer.Landed))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
