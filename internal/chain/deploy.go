package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/internal/fsutil"
)

// ContractStep is one contract creation in a deployment.
type ContractStep struct {
	Name string
	// InitCode returns the creation code (bytecode and packed constructor
	// arguments). It gets the addresses of the steps before it, by name.
	InitCode func(deployed map[string]common.Address) ([]byte, error)
}

// deployJournal records a deployment in progress. Each creation transaction is
// signed and written here (synced) before it is broadcast, so a deployment
// killed at any moment resumes with the same transactions, nonces and
// therefore the same contract addresses.
type deployJournal struct {
	ChainID  uint64         `json:"chainId"`
	Genesis  common.Hash    `json:"genesis"`
	Deployer common.Address `json:"deployer"`
	Steps    []journalStep  `json:"steps"`
}

type journalStep struct {
	Name    string         `json:"name"`
	Nonce   uint64         `json:"nonce"`
	Address common.Address `json:"address"`
	RawTx   hexutil.Bytes  `json:"rawTx"`
	Block   uint64         `json:"block,omitempty"` // 0 until the creation is confirmed
}

// Deployment is the result of Deploy: every contract's address and the block
// its creation landed in.
type Deployment struct {
	Addresses map[string]common.Address
	Blocks    map[string]uint64
}

// rebroadcastEvery is how many receipt polls pass before a pending creation is
// sent again (a node may have dropped it, e.g. across a restart).
const rebroadcastEvery = 20

// Deploy creates the contracts of steps in order from tr's key, resuming the
// deployment recorded in journalPath if it belongs to the same chain (chain id
// and genesis) and deployer. It is idempotent: once every contract exists, a
// second call sends nothing and returns the same addresses.
func Deploy(ctx context.Context, tr *Transactor, journalPath string, steps []ContractStep) (Deployment, error) {
	c := tr.Client()
	genesis, err := genesisHash(ctx, c)
	if err != nil {
		return Deployment{}, err
	}
	j := loadJournal(journalPath)
	if j == nil || j.ChainID != c.ChainIDValue().Uint64() || j.Genesis != genesis || j.Deployer != tr.From() || !sameNames(j.Steps, steps) {
		j = &deployJournal{ChainID: c.ChainIDValue().Uint64(), Genesis: genesis, Deployer: tr.From()}
	}
	out := Deployment{Addresses: map[string]common.Address{}, Blocks: map[string]uint64{}}
	for i, step := range steps {
		if i == len(j.Steps) {
			js, err := signCreation(ctx, tr, j, step, out.Addresses)
			if err != nil {
				return Deployment{}, err
			}
			j.Steps = append(j.Steps, js)
			if err := saveJournal(journalPath, j); err != nil {
				return Deployment{}, err
			}
		}
		js := &j.Steps[i]
		block, err := landCreation(ctx, tr, js)
		if err != nil {
			return Deployment{}, err
		}
		if js.Block != block {
			js.Block = block
			if err := saveJournal(journalPath, j); err != nil {
				return Deployment{}, err
			}
		}
		out.Addresses[step.Name] = js.Address
		out.Blocks[step.Name] = block
	}
	return out, nil
}

func genesisHash(ctx context.Context, c *Client) (common.Hash, error) {
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	h, err := c.HeaderByNumber(cctx, big.NewInt(0))
	if err != nil {
		return common.Hash{}, fmt.Errorf("chain: reading the genesis block: %w", err)
	}
	return h.Hash(), nil
}

func sameNames(js []journalStep, steps []ContractStep) bool {
	if len(js) > len(steps) {
		return false
	}
	for i := range js {
		if js[i].Name != steps[i].Name {
			return false
		}
	}
	return true
}

// signCreation builds and signs the creation transaction of step at the next
// nonce of the deployment.
func signCreation(ctx context.Context, tr *Transactor, j *deployJournal, step ContractStep, deployed map[string]common.Address) (journalStep, error) {
	c := tr.Client()
	code, err := step.InitCode(deployed)
	if err != nil {
		return journalStep{}, fmt.Errorf("chain: deploying %s: %w", step.Name, err)
	}
	var nonce uint64
	if n := len(j.Steps); n > 0 {
		nonce = j.Steps[n-1].Nonce + 1
	} else {
		cctx, cancel := c.CallContext(ctx)
		nonce, err = c.PendingNonceAt(cctx, tr.From())
		cancel()
		if err != nil {
			return journalStep{}, fmt.Errorf("chain: deploying %s: nonce: %w", step.Name, err)
		}
	}
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	gas, err := c.EstimateGas(cctx, ethereum.CallMsg{From: tr.From(), Data: code})
	if err != nil {
		return journalStep{}, fmt.Errorf("chain: deploying %s: estimating gas: %w", step.Name, tr.decoder.Decode(err))
	}
	tip, err := c.SuggestGasTipCap(cctx)
	if err != nil {
		return journalStep{}, fmt.Errorf("chain: deploying %s: fee: %w", step.Name, err)
	}
	head, err := c.HeaderByNumber(cctx, nil)
	if err != nil {
		return journalStep{}, fmt.Errorf("chain: deploying %s: head: %w", step.Name, err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(3)))
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: c.ChainIDValue(), Nonce: nonce, Gas: gas * 12 / 10,
		GasTipCap: tip, GasFeeCap: feeCap, Data: code,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainIDValue()), tr.key)
	if err != nil {
		return journalStep{}, fmt.Errorf("chain: deploying %s: signing: %w", step.Name, err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return journalStep{}, fmt.Errorf("chain: deploying %s: encoding: %w", step.Name, err)
	}
	return journalStep{Name: step.Name, Nonce: nonce, Address: crypto.CreateAddress(tr.From(), nonce), RawTx: raw}, nil
}

// landCreation makes sure the recorded creation is on chain and returns its
// block: done if the code is already there, else (re)broadcast and wait.
func landCreation(ctx context.Context, tr *Transactor, js *journalStep) (uint64, error) {
	c := tr.Client()
	var tx types.Transaction
	if err := tx.UnmarshalBinary(js.RawTx); err != nil {
		return 0, fmt.Errorf("chain: deploying %s: journal holds a bad transaction: %w", js.Name, err)
	}
	if ok, err := hasCode(ctx, c, js.Address); err != nil {
		return 0, err
	} else if ok && js.Block != 0 {
		return js.Block, nil
	}
	poll := tr.poll
	var lastErr error
	for attempt := 0; ; attempt++ {
		if attempt%rebroadcastEvery == 0 {
			cctx, cancel := c.CallContext(ctx)
			err := c.SendTransaction(cctx, &tx)
			cancel()
			if err != nil && !IsAlreadyKnown(err) && !IsNonceTooLow(err) {
				return 0, fmt.Errorf("chain: deploying %s: broadcasting: %w", js.Name, err)
			}
			tr.sealNow()
		}
		cctx, cancel := c.CallContext(ctx)
		r, err := c.TransactionReceipt(cctx, tx.Hash())
		cancel()
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return 0, fmt.Errorf("chain: deploying %s: creation transaction %s failed in block %s", js.Name, tx.Hash().Hex(), r.BlockNumber)
			}
			return r.BlockNumber.Uint64(), nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			// Transient (e.g. geth's "transaction indexing is in progress"
			// after a start): keep polling until ctx ends.
			lastErr = err
		} else if used, err := nonceUsedElsewhere(ctx, c, tr.From(), js, tx.Hash()); err != nil {
			return 0, err
		} else if used {
			return 0, fmt.Errorf("chain: deploying %s: nonce %d of %s was used by another transaction; the recorded deployment cannot complete, remove the journal to start over", js.Name, js.Nonce, tr.From().Hex())
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return 0, fmt.Errorf("chain: deploying %s: waiting for %s: %w (last RPC error: %w)", js.Name, tx.Hash().Hex(), ctx.Err(), lastErr)
			}
			return 0, fmt.Errorf("chain: deploying %s: waiting for %s: %w", js.Name, tx.Hash().Hex(), ctx.Err())
		case <-time.After(poll):
		}
	}
}

// nonceUsedElsewhere reports whether the account's mined nonce has passed the
// step's nonce without the step's transaction having a receipt.
func nonceUsedElsewhere(ctx context.Context, c *Client, from common.Address, js *journalStep, hash common.Hash) (bool, error) {
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	n, err := c.NonceAt(cctx, from, nil)
	if err != nil {
		return false, fmt.Errorf("chain: deploying %s: nonce: %w", js.Name, err)
	}
	if n <= js.Nonce {
		return false, nil
	}
	// Mined meanwhile? Check once more before declaring the nonce lost.
	if _, err := c.TransactionReceipt(cctx, hash); err == nil {
		return false, nil
	}
	return true, nil
}

func hasCode(ctx context.Context, c *Client, a common.Address) (bool, error) {
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	code, err := c.CodeAt(cctx, a, nil)
	if err != nil {
		return false, fmt.Errorf("chain: reading code at %s: %w", a.Hex(), err)
	}
	return len(code) > 0, nil
}

func loadJournal(path string) *deployJournal {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var j deployJournal
	if json.Unmarshal(data, &j) != nil {
		return nil
	}
	return &j
}

// saveJournal writes the journal durably: temp file, fsync, rename, fsync dir.
func saveJournal(path string, j *deployJournal) error {
	data, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return fmt.Errorf("chain: encoding deployment journal: %w", err)
	}
	return fsutil.WriteFileDurable(path, data)
}
