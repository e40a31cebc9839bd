package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// testChain is an in-memory geth (ethclient/simulated) whose blocks the test commits
// explicitly, with funded accounts. Not safe for concurrent use.
type testChain struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	nonces  []uint64 // next nonce per account: the pool's pending nonce lags a Commit
	pending []*types.Transaction
}

const (
	chainID    = 1337
	txGasLimit = 5_000_000
)

func newTestChain(t *testing.T, accounts int) *testChain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	c := &testChain{t: t}
	for i := range accounts {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("relaynode test key %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		c.keys = append(c.keys, key)
		c.addrs = append(c.addrs, addr)
		c.nonces = append(c.nonces, 0)
		alloc[addr] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	c.sim = simulated.NewBackend(alloc)
	c.client = c.sim.Client()
	t.Cleanup(func() { _ = c.sim.Close() })
	return c
}

// opts returns transact options of account i that skip gas estimation, so several
// transactions can be queued for one block. Nonces are counted here (right after a
// Commit the txpool may still report a stale pending nonce), so use one opts per
// transaction.
func (c *testChain) opts(i int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(c.keys[i], big.NewInt(chainID))
	if err != nil {
		c.t.Fatal(err)
	}
	o.GasLimit = txGasLimit
	o.Nonce = new(big.Int).SetUint64(c.nonces[i])
	sign := o.Signer
	o.Signer = func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
		signed, err := sign(from, tx)
		if err == nil {
			c.nonces[i] = tx.Nonce() + 1 // only transactions that are sent get signed
		}
		return signed, err
	}
	return o
}

// estimating returns transact options of account i that estimate gas, so a reverting call
// fails at once with the revert data.
func (c *testChain) estimating(i int) *bind.TransactOpts {
	o := c.opts(i)
	o.GasLimit = 0
	return o
}

// send queues a transaction for the next commit.
func (c *testChain) send(tx *types.Transaction, err error) *types.Transaction {
	c.t.Helper()
	if err != nil {
		c.t.Fatalf("send: %v", err)
	}
	c.pending = append(c.pending, tx)
	return tx
}

// commit seals one block and requires every queued transaction to have succeeded in it.
// It returns the receipts in queue order.
func (c *testChain) commit() []*types.Receipt {
	c.t.Helper()
	c.awaitPool()
	c.sim.Commit()
	var out []*types.Receipt
	for _, tx := range c.pending {
		r, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
		if err != nil {
			c.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			c.t.Fatalf("transaction %s reverted in block %d", tx.Hash(), r.BlockNumber)
		}
		out = append(out, r)
	}
	c.pending = nil
	return out
}

// awaitPool waits until the txpool reports every queued transaction as executable: the
// pool promotes new transactions in the background, and a block sealed before that
// would leave them out.
func (c *testChain) awaitPool() {
	c.t.Helper()
	want := map[common.Address]uint64{}
	signer := types.LatestSignerForChainID(big.NewInt(chainID))
	for _, tx := range c.pending {
		from, err := types.Sender(signer, tx)
		if err != nil {
			c.t.Fatal(err)
		}
		want[from] = max(want[from], tx.Nonce()+1)
	}
	deadline := time.Now().Add(5 * time.Second)
	for from, n := range want {
		for {
			got, err := c.client.PendingNonceAt(context.Background(), from)
			if err != nil {
				c.t.Fatal(err)
			}
			if got >= n {
				break
			}
			if time.Now().After(deadline) {
				c.t.Fatalf("txpool holds %s's transactions up to nonce %d, want %d", from, got, n)
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// do sends one transaction, commits it and returns its receipt.
func (c *testChain) do(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	c.send(tx, err)
	return c.commit()[0]
}

// head is the number of the newest block.
func (c *testChain) head() uint64 {
	c.t.Helper()
	n, err := c.client.BlockNumber(context.Background())
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// nextBlockIs commits empty blocks until the next committed block will be number h.
func (c *testChain) nextBlockIs(h uint64) {
	c.t.Helper()
	if len(c.pending) != 0 {
		c.t.Fatal("nextBlockIs with queued transactions")
	}
	cur := c.head()
	if cur >= h {
		c.t.Fatalf("block %d is already mined (head %d)", h, cur)
	}
	for ; cur+1 < h; cur++ {
		c.sim.Commit()
	}
}

// blockHash is the hash of block n.
func (c *testChain) blockHash(n uint64) common.Hash {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Hash()
}

// revertOf decodes a custom error from err's revert data against the given ABIs, and
// returns its name and arguments.
func revertOf(err error, abis ...*abi.ABI) (string, []any, error) {
	if err == nil {
		return "", nil, errors.New("call succeeded")
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		return "", nil, fmt.Errorf("no revert data in %w", err)
	}
	hexData, ok := de.ErrorData().(string)
	if !ok {
		return "", nil, fmt.Errorf("revert data %v is not hex", de.ErrorData())
	}
	data := common.FromHex(hexData)
	if len(data) < 4 {
		return "", nil, fmt.Errorf("revert data %x has no selector (%w)", data, err)
	}
	for _, a := range abis {
		for name, e := range a.Errors {
			if bytes.Equal(e.ID[:4], data[:4]) {
				args, uerr := e.Inputs.Unpack(data[4:])
				if uerr != nil {
					return "", nil, fmt.Errorf("%s: %w", name, uerr)
				}
				return name, args, nil
			}
		}
	}
	return "", nil, fmt.Errorf("unknown revert selector %x (%w)", data[:4], err)
}

// ethereumCall is a plain call message.
func ethereumCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

func mustABI(t *testing.T, md *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// registryEnv is a chain with a deployed RelayToken and Registry. Account 0 owns both.
type registryEnv struct {
	*testChain
	token    *bindings.RelayToken
	reg      *bindings.Registry
	regAddr  common.Address
	regABI   *abi.ABI
	tokenABI *abi.ABI
}

// testParams are the parameters the registry tests deploy with: sessions of 10 blocks,
// 4 suppliers per session.
func testParams() protocol.Params {
	return protocol.Params{
		BlocksPerSession:          10,
		GracePeriodBlocks:         1,
		ClaimWindowBlocks:         4,
		ProofWindowBlocks:         4,
		SuppliersPerSession:       4,
		UnbondingBlocks:           20,
		ProofProbabilityPpm:       100_000,
		ProofRequirementThreshold: big.NewInt(1_000_000),
		TokensPerComputeUnit:      big.NewInt(1),
		MinApplicationStake:       big.NewInt(100),
		MinGatewayStake:           big.NewInt(100),
		MinSupplierStake:          big.NewInt(100),
	}
}

var maxTarget = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func newRegistryEnv(t *testing.T, accounts int, p protocol.Params) *registryEnv {
	t.Helper()
	c := newTestChain(t, accounts)
	e := &registryEnv{testChain: c}
	tokenAddr, tx, token, err := bindings.DeployRelayToken(c.estimating(0), c.client, c.addrs[0])
	c.send(tx, err)
	c.commit()
	regAddr, tx, reg, err := bindings.DeployRegistry(c.estimating(0), c.client, tokenAddr, bindings.RegistryParams(p), c.addrs[0])
	c.send(tx, err)
	c.commit()
	e.token, e.reg, e.regAddr = token, reg, regAddr
	e.regABI = mustABI(t, bindings.RegistryMetaData)
	e.tokenABI = mustABI(t, bindings.RelayTokenMetaData)
	// Fund and approve every other account.
	supply := new(big.Int).Lsh(big.NewInt(1), 80)
	for i := 1; i < accounts; i++ {
		c.send(token.Mint(c.opts(0), c.addrs[i], supply))
		c.send(token.Approve(c.opts(i), regAddr, maxTarget))
		if i%10 == 0 { // stay well inside the txpool's per-account slots
			c.commit()
		}
	}
	c.commit()
	return e
}

// call is the CallOpts of a read at the chain head.
func call() *bind.CallOpts { return &bind.CallOpts{Context: context.Background()} }

// expectRevert requires err to be the custom error `name`, and returns its arguments.
func (e *registryEnv) expectRevert(err error, name string) []any {
	e.t.Helper()
	got, args, derr := revertOf(err, e.regABI, e.tokenABI)
	if derr != nil {
		e.t.Fatalf("want revert %s, got %v", name, derr)
	}
	if got != name {
		e.t.Fatalf("want revert %s, got %s%v", name, got, args)
	}
	return args
}

// next is next(h) for a height in the deploy-time epoch of testParams.
func nextBoundary(h, n uint64) uint64 { return h - h%n + n }

func sid(s string) [32]byte { return protocol.MustParseServiceID(s) }
