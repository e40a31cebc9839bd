package e2e

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/relaynode/relaynode/internal/chain/devnet"
)

// TestDeployOnAnotherChain treats a separately running devnet as "some EVM
// chain": deploy reaches it only through --chain.rpc and a keystore.
func TestDeployOnAnotherChain(t *testing.T) {
	ports := freePorts(t, 2)
	chainProc := start(t, nil, "devnet", "--datadir", t.TempDir(),
		"--devnet.http", "127.0.0.1:"+strconv.Itoa(ports[0]), "--devnet.ws", "127.0.0.1:"+strconv.Itoa(ports[1]),
		"--devnet.block-period", "100ms")
	rpc := field(t, chainProc.waitReady(60*time.Second), "rpc")

	work := t.TempDir()
	passEnv := []string{"RELAYNODE_KEYSTORE_PASSPHRASE=correct horse"}
	kp := start(t, passEnv, "keys", "new", filepath.Join(work, "keys"))
	if code := kp.exit(60 * time.Second); code != 0 {
		_, e := kp.output()
		t.Fatalf("keys new: %d\n%s", code, e)
	}
	out, _ := kp.output()
	m := regexp.MustCompile(`address\s+(0x[0-9a-fA-F]{40})\s+keystore\s+(\S+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("keys new printed:\n%s", out)
	}
	operator, keystore := common.HexToAddress(m[1]), m[2]
	cfgPath := filepath.Join(work, "relaynode.yaml")
	deployArgs := []string{"deploy", "--datadir", filepath.Join(work, "data"), "--config", cfgPath,
		"--chain.rpc", rpc, "--keystore.file", keystore}

	t.Run("wrong passphrase", func(t *testing.T) {
		p := start(t, []string{"RELAYNODE_KEYSTORE_PASSPHRASE=wrong"}, deployArgs...)
		checkOneLine(t, p, 1, "wrong keystore passphrase", keystore, "RELAYNODE_KEYSTORE_PASSPHRASE")
	})
	t.Run("missing passphrase", func(t *testing.T) {
		p := start(t, nil, deployArgs...)
		checkOneLine(t, p, 2, "no keystore passphrase", "--keystore.passphrase-file")
	})
	t.Run("unfunded key", func(t *testing.T) {
		p := start(t, passEnv, deployArgs...)
		checkOneLine(t, p, 1, "no funds", operator.Hex())
	})
	t.Run("unreachable", func(t *testing.T) {
		args := append([]string{}, deployArgs...)
		args[len(args)-3] = "http://127.0.0.1:" + strconv.Itoa(freePorts(t, 1)[0])
		p := start(t, passEnv, append(args, "--chain.timeout", "2s")...)
		checkOneLine(t, p, 1, "unreachable", "--chain.rpc")
	})

	c, err := ethclient.Dial(rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sendAndWait(t, c, devnet.DevKey(7), operator, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))

	p := start(t, passEnv, deployArgs...)
	if code := p.exit(60 * time.Second); code != 0 {
		o, e := p.output()
		t.Fatalf("deploy exit %d\n%s\n%s", code, o, e)
	}
	out, _ = p.output()
	token, registry := field(t, out, "token"), field(t, out, "registry")
	cfg, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{token, registry, "chain_id: 1337", rpc} {
		if !strings.Contains(string(cfg), w) {
			t.Errorf("config lacks %q:\n%s", w, cfg)
		}
	}
	code, err := c.CodeAt(context.Background(), common.HexToAddress(registry), nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("no registry code at %s: %v", registry, err)
	}

	// A second deploy finds the deployment and sends nothing.
	nonceBefore, _ := c.NonceAt(context.Background(), operator, nil)
	again := start(t, passEnv, deployArgs...)
	if code := again.exit(60 * time.Second); code != 0 {
		t.Fatalf("second deploy exit %d", code)
	}
	out, _ = again.output()
	if !strings.Contains(out, "already deployed") || !strings.Contains(out, registry) {
		t.Fatalf("second deploy:\n%s", out)
	}
	if n, _ := c.NonceAt(context.Background(), operator, nil); n != nonceBefore {
		t.Fatalf("second deploy sent transactions: nonce %d -> %d", nonceBefore, n)
	}

	// up on that chain, from the written config, checks and uses the contracts.
	up := start(t, nil, "up", "--config", cfgPath, "--datadir", filepath.Join(work, "node"))
	banner := up.waitReady(60 * time.Second)
	if field(t, banner, "registry") != registry {
		t.Fatalf("up on the remote chain:\n%s", banner)
	}
}
