package e2e

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/relaynode/relaynode/internal/chain/devnet"
)

// upArgs runs up in dir on free ports with fast blocks.
// upArgs runs up in dir with every listener on a free port and fast blocks.
func upArgs(t testing.TB, dir string) []string {
	ports := freePorts(t, 7)
	addr := func(i int) string { return "127.0.0.1:" + strconv.Itoa(ports[i]) }
	return []string{"up", "--datadir", dir,
		"--devnet.http", addr(0), "--devnet.ws", addr(1),
		"--node.listen", addr(2), "--node.admin-listen", addr(3),
		"--gateway.listen", addr(4), "--gateway.admin-listen", addr(5),
		"--tx.listen", addr(6),
		"--devnet.block-period", "100ms"}
}

func TestUpReadyAnswersRPCAndStopsCleanly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "does", "not", "exist", "yet")
	p := start(t, nil, upArgs(t, dir)...)
	banner := p.waitReady(60 * time.Second)
	rpc := field(t, banner, "rpc")
	var height hexutil.Uint64
	rpcCall(t, rpc, "eth_blockNumber", &height)
	if height == 0 {
		t.Fatal("eth_blockNumber answered 0 after deployment")
	}
	var code hexutil.Bytes
	rpcCall(t, rpc, "eth_getCode", &code, field(t, banner, "registry"), "latest")
	if len(code) == 0 {
		t.Fatal("no registry code at the printed address")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("data directory not created: %v", err)
	}
	// A second process reads the demo session from the running network.
	sp := start(t, nil, "session", "--datadir", dir, "--devnet.http", strings.TrimPrefix(rpc, "http://"))
	if code := sp.exit(30 * time.Second); code != 0 {
		_, e := sp.output()
		t.Fatalf("session: exit %d\n%s", code, e)
	}
	if out, _ := sp.output(); !strings.Contains(out, "verified") || !strings.Contains(out, field(t, banner, "supplier")) {
		t.Fatalf("session output lacks the verified demo supplier:\n%s", out)
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	if code := p.exit(30 * time.Second); code != 0 {
		_, errOut := p.output()
		t.Fatalf("exit code %d after SIGTERM\n%s", code, errOut)
	}
	if _, errOut := p.output(); !strings.Contains(errOut, "stopped") {
		t.Fatalf("no clean shutdown in the log:\n%s", errOut)
	}
}

// TestUpSurvivesKill9 kills up at random moments (before, during and after
// set-up) and checks after each restart that the chain kept its height, a
// transferred balance and the contract addresses.
func TestUpSurvivesKill9(t *testing.T) {
	kills := 5
	if soak() {
		kills = 50
	}
	rng := rand.New(rand.NewPCG(3, uint64(kills)))
	dir := t.TempDir()
	args := upArgs(t, dir)
	sender := devnet.DevKey(5)
	var (
		token, registry string
		minHeight       uint64
		recipient       = common.Address{0xee}
		wantBalance     = new(big.Int)
	)
	for i := range kills {
		p := start(t, nil, args...)
		if i == 0 || rng.IntN(3) == 0 {
			// Kill at a random moment during start-up (the first run is
			// killed this way too, so deployment itself gets interrupted).
			time.Sleep(time.Duration(rng.IntN(400)) * time.Millisecond)
			p.kill9()
			continue
		}
		banner := p.waitReady(60 * time.Second)
		rpc := field(t, banner, "rpc")
		if token == "" {
			token, registry = field(t, banner, "token"), field(t, banner, "registry")
			// The deployment's addresses are fixed by the deployer's nonces,
			// whatever moment earlier runs were killed at.
			deployer := crypto.PubkeyToAddress(devnet.DevKey(0).PublicKey)
			if token != crypto.CreateAddress(deployer, 0).Hex() || registry != crypto.CreateAddress(deployer, 1).Hex() {
				t.Fatalf("unexpected addresses token %s registry %s", token, registry)
			}
		}
		if got := field(t, banner, "registry"); got != registry || field(t, banner, "token") != token {
			t.Fatalf("restart %d: contract addresses changed: registry %s (was %s)", i, got, registry)
		}
		c, err := ethclient.Dial(rpc)
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		h, err := c.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if h < minHeight {
			t.Fatalf("restart %d: height went back from %d to %d", i, minHeight, h)
		}
		bal, err := c.BalanceAt(ctx, recipient, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(wantBalance) != 0 {
			t.Fatalf("restart %d: balance %s, want %s", i, bal, wantBalance)
		}
		// A new transfer, confirmed before the kill, must survive it.
		amount := big.NewInt(int64(1 + rng.IntN(1_000_000)))
		sendAndWait(t, c, sender, recipient, amount)
		wantBalance.Add(wantBalance, amount)
		time.Sleep(time.Duration(rng.IntN(500)) * time.Millisecond)
		if minHeight, err = c.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
		c.Close()
		p.kill9()
	}
	t.Logf("%d kills survived; final height at least %d", kills, minHeight)
}

func sendAndWait(t testing.TB, c *ethclient.Client, k *ecdsa.PrivateKey, to common.Address, amount *big.Int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	from := crypto.PubkeyToAddress(k.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(devnet.ChainID), Nonce: nonce, To: &to, Value: amount, Gas: 21_000,
		GasFeeCap: big.NewInt(100 * params.GWei), GasTipCap: big.NewInt(params.GWei),
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(devnet.ChainID)), k)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := c.TransactionReceipt(ctx, signed.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transfer failed: %+v", r)
			}
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("transfer %s not mined: %v", signed.Hash(), err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
