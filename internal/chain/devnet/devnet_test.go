package devnet_test

import (
	"context"
	"errors"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/chain/devnet/devnettest"
)

// initCode deploys a contract whose runtime code is the single byte 0x00 (STOP).
var initCode = common.FromHex("0x600160" + "0c" + "60003960016000f300")

func TestDevnetTransfersAndCommit(t *testing.T) {
	d := devnettest.Start(t)
	ctx := context.Background()
	c := d.Client()
	defer c.Close()

	accts := d.Accounts()
	if len(accts) != 10 {
		t.Fatalf("accounts = %d", len(accts))
	}
	bal, err := c.BalanceAt(ctx, accts[3].Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(devnet.DevAccountBalance) != 0 {
		t.Fatalf("dev account balance %s, want %s", bal, devnet.DevAccountBalance)
	}
	start := d.Head()
	to := common.HexToAddress("0x1111111111111111111111111111111111111111")
	sendTransfer(t, d, 0, to, big.NewInt(params.Ether))
	h, err := d.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if h != start+1 {
		t.Fatalf("height after commit %d, want %d", h, start+1)
	}
	got, err := c.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Cmp(big.NewInt(params.Ether)) != 0 {
		t.Fatalf("recipient balance %s", got)
	}
}

func sendTransfer(t *testing.T, d *devnet.Devnet, from int, to common.Address, value *big.Int) common.Hash {
	t.Helper()
	return sendTx(t, d, from, &to, value, nil)
}

func sendTx(t *testing.T, d *devnet.Devnet, from int, to *common.Address, value *big.Int, data []byte) common.Hash {
	t.Helper()
	ctx := context.Background()
	c := d.Client()
	defer c.Close()
	acct := d.Accounts()[from]
	nonce, err := c.PendingNonceAt(ctx, acct.Address)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(devnet.ChainID), Nonce: nonce, To: to, Value: value, Data: data,
		Gas: 200_000, GasFeeCap: big.NewInt(10 * params.GWei), GasTipCap: big.NewInt(1),
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(devnet.ChainID)), acct.Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	return signed.Hash()
}

func TestDevnetRestartKeepsChain(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	d, err := devnet.Start(ctx, devnet.Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x2222222222222222222222222222222222222222")
	sendTransfer(t, d, 1, to, big.NewInt(12345))
	sendTx(t, d, 2, nil, nil, initCode)
	if _, err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := d.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	contract := crypto.CreateAddress(d.Accounts()[2].Address, 0)
	height := d.Head()
	if err := d.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.Shutdown(ctx); !errors.Is(err, devnet.ErrClosed) {
		t.Fatalf("second shutdown: %v", err)
	}

	// A different account count must not break the existing chain.
	d2, err := devnet.Start(ctx, devnet.Config{DataDir: dir, Accounts: 12})
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Shutdown(ctx)
	if d2.Head() != height {
		t.Fatalf("height after restart %d, want %d", d2.Head(), height)
	}
	c := d2.Client()
	defer c.Close()
	bal, _ := c.BalanceAt(ctx, to, nil)
	if bal.Int64() != 12345 {
		t.Fatalf("balance after restart %s", bal)
	}
	code, _ := c.CodeAt(ctx, contract, nil)
	if len(code) != 1 {
		t.Fatalf("contract code after restart %x", code)
	}
	if h, err := d2.Commit(); err != nil || h != height+1 {
		t.Fatalf("commit after restart: %d, %v", h, err)
	}
}

func TestDevnetRPCAndBlockPeriod(t *testing.T) {
	d := devnettest.Start(t, devnettest.WithHTTP, func(c *devnet.Config) { c.BlockPeriod = 50 * time.Millisecond })
	if !strings.HasPrefix(d.HTTPURL(), "http://127.0.0.1:") || !strings.HasPrefix(d.WSURL(), "ws://127.0.0.1:") {
		t.Fatalf("urls %q %q", d.HTTPURL(), d.WSURL())
	}
	deadline := time.Now().Add(10 * time.Second)
	for d.Head() < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("no blocks sealed on the timer; head %d", d.Head())
		}
		time.Sleep(20 * time.Millisecond)
	}
	resp, err := http.Post(d.HTTPURL(), "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"evm_mine","params":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("evm_mine status %d", resp.StatusCode)
	}
}

func TestDevnetErrors(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	_, err = devnet.Start(context.Background(), devnet.Config{DataDir: t.TempDir(), HTTPAddr: l.Addr().String()})
	if !errors.Is(err, devnet.ErrPortInUse) {
		t.Fatalf("port in use: got %v", err)
	}

	d := devnettest.Start(t)
	dir := d.DataDir()
	_, err = devnet.Start(context.Background(), devnet.Config{DataDir: dir})
	if !errors.Is(err, devnet.ErrLocked) {
		t.Fatalf("second devnet on the same directory: got %v", err)
	}
}

// TestDevnetAutoMineBurst sends more transactions than the pool's event
// subscriber buffers while blocks are being sealed. An auto-miner that
// stops reading pool events during a commit deadlocks the pool (its reorg
// loop blocks on the event feed, and the commit waits on that loop); this
// burst used to hang within a few hundred transactions.
func TestDevnetAutoMineBurst(t *testing.T) {
	d := devnettest.Start(t, func(c *devnet.Config) { c.AutoMine = true })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := d.Client()
	defer c.Close()

	const senders, perSender = 4, 150 // 600 > the 256-event buffer
	signer := types.LatestSignerForChainID(big.NewInt(devnet.ChainID))
	to := common.HexToAddress("0x2222222222222222222222222222222222222222")
	for i := 0; i < perSender; i++ {
		for s := 1; s <= senders; s++ {
			tx := types.NewTx(&types.DynamicFeeTx{
				ChainID: big.NewInt(devnet.ChainID), Nonce: uint64(i), To: &to, Value: big.NewInt(1),
				Gas: 21_000, GasFeeCap: big.NewInt(10 * params.GWei), GasTipCap: big.NewInt(1),
			})
			signed, err := types.SignTx(tx, signer, d.Accounts()[s].Key)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.SendTransaction(ctx, signed); err != nil {
				t.Fatalf("sender %d nonce %d: %v", s, i, err)
			}
		}
	}
	for s := 1; s <= senders; s++ {
		for {
			n, err := c.NonceAt(ctx, d.Accounts()[s].Address, nil)
			if err != nil {
				t.Fatal(err)
			}
			if n == perSender {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("sender %d: %d of %d mined before the deadline (auto-miner stuck?)", s, n, perSender)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	got, err := c.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Int64() != senders*perSender {
		t.Fatalf("recipient balance %s, want %d", got, senders*perSender)
	}
}
