package e2e

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
)

// txNet is a devnet process, a Probe contract on it, and a transaction
// relayer process that can be killed and restarted on the same ledger.
type txNet struct {
	t        *testing.T
	rpc      string // devnet WebSocket URL
	probe    common.Address
	dir      string
	tokens   string
	listen   string
	env      []string
	relayer  *proc
	client   *ethclient.Client
	registry *bindings.Probe
}

const txToken = "e2e-token"

func startTxNet(t *testing.T) *txNet {
	t.Helper()
	ports := freePorts(t, 3)
	dev := start(t, nil, "devnet", "--datadir", t.TempDir(),
		"--devnet.http", "127.0.0.1:"+strconv.Itoa(ports[0]), "--devnet.ws", "127.0.0.1:"+strconv.Itoa(ports[1]),
		"--devnet.block-period", "100ms")
	banner := dev.waitReady(60 * time.Second)
	n := &txNet{t: t, rpc: field(t, banner, "ws"), dir: t.TempDir(), listen: "127.0.0.1:" + strconv.Itoa(ports[2])}
	c, err := ethclient.Dial(field(t, banner, "rpc"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	n.client = c
	// Deploy the probe from dev account 9 (not a relayer signer).
	cc, err := chain.Dial(context.Background(), field(t, banner, "rpc"), 10*time.Second, devnet.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	defer cc.Close()
	tr := chain.NewTransactor(cc, devnet.DevKey(9), chain.NewRevertDecoder(), 50*time.Millisecond)
	dep, err := chain.Deploy(context.Background(), tr, filepath.Join(n.dir, "probe.json"), []chain.ContractStep{{Name: "Probe",
		InitCode: func(map[string]common.Address) ([]byte, error) {
			return common.FromHex(bindings.ProbeMetaData.Bin), nil
		}}})
	if err != nil {
		t.Fatal(err)
	}
	n.probe = dep.Addresses["Probe"]
	n.registry, _ = bindings.NewProbe(n.probe, c)
	n.tokens = filepath.Join(n.dir, "tokens")
	os.WriteFile(n.tokens, []byte("e2e "+txToken+"\n"), 0o600)
	var keys []string
	for i := 4; i < 8; i++ {
		keys = append(keys, hex.EncodeToString(crypto.FromECDSA(devnet.DevKey(i))))
	}
	n.env = []string{"RELAYNODE_TX_SIGNER_KEYS=" + strings.Join(keys, ",")}
	n.startRelayer()
	return n
}

func (n *txNet) startRelayer() {
	n.t.Helper()
	n.relayer = start(n.t, n.env, "tx", "serve", "--datadir", filepath.Join(n.dir, "relayer"),
		"--chain.rpc", n.rpc, "--tx.listen", n.listen, "--tx.tokens-file", n.tokens,
		"--tx.confirmations", "2", "--tx.max-in-flight", "64", "--log.level", "warn")
	n.relayer.waitReady(60 * time.Second)
}

// post sends one request; ok is false when the relayer is not there (killed)
// or answered 5xx, so the caller retries with the same idempotency key.
func (n *txNet) post(body any) (id string, ok bool) {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, "http://"+n.listen+"/v1/tx", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+txToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", false
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 202 && resp.StatusCode != 200 {
		if resp.StatusCode < 500 && resp.StatusCode != 429 {
			n.t.Errorf("request refused: %d %s", resp.StatusCode, raw)
		}
		return "", false
	}
	var acc struct {
		ID string `json:"id"`
	}
	json.Unmarshal(raw, &acc)
	return acc.ID, acc.ID != ""
}

type txState struct {
	Status string  `json:"status"`
	Signer string  `json:"signer"`
	Nonce  *uint64 `json:"nonce"`
	Reason string  `json:"reason"`
}

func (n *txNet) get(id string) (txState, bool) {
	req, _ := http.NewRequest(http.MethodGet, "http://"+n.listen+"/v1/tx/"+id, nil)
	req.Header.Set("Authorization", "Bearer "+txToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return txState{}, false
	}
	defer resp.Body.Close()
	var st txState
	if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&st) != nil {
		return txState{}, false
	}
	return st, true
}

// TestTxRelayerSurvivesKill9 submits requests that each record their
// idempotency key in a probe contract, while the relayer is killed with
// SIGKILL at random moments and restarted. Every accepted request must end
// confirmed, each key must be recorded on chain exactly once, and each
// signer's nonces must be contiguous.
func TestTxRelayerSurvivesKill9(t *testing.T) {
	total, kills := 500, 5
	if soak() {
		total, kills = 10_000, 50
	}
	n := startTxNet(t)
	rng := rand.New(rand.NewPCG(5, uint64(total)))
	keyOf := func(i int) string { return fmt.Sprintf("0x%064x", i+1) }

	ids := make([]string, total)
	var submitted atomic.Int64
	var wg sync.WaitGroup
	const workers = 8
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < total; i += workers {
				body := map[string]any{"to": n.probe.Hex(), "method": "record(bytes32)", "args": []string{keyOf(i)},
					"gasLimit": 300000, "idempotencyKey": "probe-" + strconv.Itoa(i)}
				for {
					if id, ok := n.post(body); ok {
						ids[i] = id
						submitted.Add(1)
						break
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
		}()
	}
	// Kill and restart at random moments while requests flow, and after.
	for k := range kills {
		target := int64(total * (k + 1) / (kills + 1))
		for submitted.Load() < target {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(time.Duration(rng.IntN(300)) * time.Millisecond)
		n.relayer.kill9()
		n.startRelayer()
	}
	wg.Wait()
	// Once more while the last requests are landing.
	time.Sleep(time.Duration(rng.IntN(200)) * time.Millisecond)
	n.relayer.kill9()
	n.startRelayer()

	deadline := time.Now().Add(5 * time.Minute)
	nonces := map[string][]uint64{}
	for i := 0; i < total; {
		if time.Now().After(deadline) {
			st, _ := n.get(ids[i])
			t.Fatalf("request %d (%s) not final: %+v", i, ids[i], st)
		}
		st, ok := n.get(ids[i])
		if !ok || st.Status == "queued" || st.Status == "signed" || st.Status == "broadcast" || st.Status == "included" {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		if st.Status != "confirmed" || st.Nonce == nil {
			t.Fatalf("request %d ended %s: %s", i, st.Status, st.Reason)
		}
		nonces[st.Signer] = append(nonces[st.Signer], *st.Nonce)
		i++
	}
	opts := &bind.CallOpts{Context: context.Background()}
	for i := range total {
		var key [32]byte
		copy(key[:], common.FromHex(keyOf(i)))
		c, err := n.registry.Count(opts, key)
		if err != nil {
			t.Fatal(err)
		}
		if c.Int64() != 1 {
			t.Fatalf("key %d was recorded %d times on chain", i, c)
		}
	}
	if tot, _ := n.registry.Total(opts); tot.Int64() != int64(total) {
		t.Fatalf("the probe counted %s records, want %d", tot, total)
	}
	for signer, ns := range nonces {
		seen := make([]bool, len(ns))
		for _, x := range ns {
			if x >= uint64(len(ns)) || seen[x] {
				t.Fatalf("signer %s: nonces are not contiguous from 0 (%d requests, saw %d twice or out of range)", signer, len(ns), x)
			}
			seen[x] = true
		}
		onChain, _ := n.client.NonceAt(context.Background(), common.HexToAddress(signer), nil)
		if onChain != uint64(len(ns)) {
			t.Fatalf("signer %s: chain nonce %d, %d requests", signer, onChain, len(ns))
		}
	}
	t.Logf("%d requests, %d kills: all confirmed once, nonces contiguous for %d signers", total, kills+1, len(nonces))
}
