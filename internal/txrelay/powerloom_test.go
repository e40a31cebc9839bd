package txrelay_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/txrelay"
)

// plRig is a relayer with a Powerloom protocol state on the devnet, its
// signers authorized as sequencers.
func plRig(t *testing.T) (*rig, chain.Powerloom) {
	r := newRig(t, 50*time.Millisecond)
	var seqs []common.Address
	for _, k := range r.signers {
		seqs = append(seqs, crypto.PubkeyToAddress(k.PublicKey))
	}
	tr := chain.NewTransactor(r.c, devnet.DevKey(0), chain.NewRevertDecoder(), 20*time.Millisecond)
	pl, err := chain.DeployPowerloom(context.Background(), tr, filepath.Join(r.dir, "pl.json"), seqs)
	if err != nil {
		t.Fatal(err)
	}
	again, err := chain.DeployPowerloom(context.Background(), tr, filepath.Join(r.dir, "pl.json"), seqs)
	if err != nil || again != pl {
		t.Fatalf("second deployment: %+v %v", again, err)
	}
	r.rl.Shutdown(context.Background())
	r.cfg.PowerloomState, r.cfg.PowerloomDataMarket = pl.ProtocolState, pl.DataMarket
	r.cfg.Tokens = append(r.cfg.Tokens, txrelay.Token{Name: "other", Hash: txrelay.HashToken("other-token")})
	r.start()
	return r, pl
}

func (r *rig) plPost(path string, body map[string]any) (int, map[string]any) {
	r.t.Helper()
	code, raw := r.do(http.MethodPost, path, "", body)
	var out map[string]any
	json.Unmarshal(raw, &out)
	return code, out
}

func TestPowerloomEndpoints(t *testing.T) {
	r, pl := plRig(t)
	dm := pl.DataMarket.Hex()
	root := "0x" + strings.Repeat("ab", 32)
	batch := func(cid string, token string) map[string]any {
		return map[string]any{"dataMarketAddress": dm, "batchCID": cid, "epochID": 7, "projectIDs": []string{"p1"},
			"snapshotCIDs": []string{"c1"}, "finalizedCIDsRootHash": root, "authToken": token}
	}
	if code, out := r.plPost("/submitSubmissionBatch", batch("b1", "wrong")); code != 401 || out["message"] != "Unauthorized" {
		t.Fatalf("bad token: %d %v", code, out)
	}
	if code, out := r.plPost("/submitSubmissionBatch", batch("b1", "")); code != 401 {
		t.Fatalf("empty token: %d %v", code, out)
	}
	code, out := r.plPost("/submitBatchSize", map[string]any{"dataMarketAddress": dm, "batchSize": 2, "epochID": 7, "authToken": testToken})
	if ids, ok := out["ids"].([]any); code != 200 || out["message"] != "Submitted Batch Size to relayer!" || !ok || len(ids) != 0 {
		t.Fatalf("batch size: %d %v (want the message and an empty ids list)", code, out)
	}
	code, first := r.plPost("/submitSubmissionBatch", batch("b1", testToken))
	if code != 200 || first["message"] != "Submitted Snapshot to relayer!" {
		t.Fatalf("batch 1: %d %v", code, first)
	}
	// The client retries: the same batch maps to the same request.
	_, retry := r.plPost("/submitSubmissionBatch", batch("b1", testToken))
	if retry["id"] != first["id"] {
		t.Fatalf("a retried batch got a new id: %v vs %v", retry["id"], first["id"])
	}
	_, second := r.plPost("/submitSubmissionBatch", batch("b2", testToken))
	ids := second["ids"].([]any)
	if len(ids) != 2 {
		t.Fatalf("the last batch of the epoch did not enqueue endBatchSubmissions: %v", second)
	}
	// Another client sends b1 again: the chain answers E25 (batch already
	// submitted) or E43 (the epoch's submissions already ended), either of
	// which counts as done.
	_, dup := r.plPost("/submitSubmissionBatch", batch("b1", "other-token"))
	all := []string{first["id"].(string), ids[0].(string), ids[1].(string), dup["id"].(string)}
	final := r.waitFinal(all[:3], 30*time.Second)
	for _, id := range all[:3] {
		if final[id].Status != txrelay.StatusConfirmed || final[id].Reason != "" {
			t.Fatalf("%s: %+v", id, final[id])
		}
	}
	d := r.waitFinalAs([]string{all[3]}, "other-token", 30*time.Second)[all[3]]
	if d.Status != txrelay.StatusConfirmed || !(strings.Contains(d.Reason, "E25") || strings.Contains(d.Reason, "E43")) {
		t.Fatalf("already-done batch: %+v", d)
	}
	ps, _ := bindings.NewPowerloomProtocolState(pl.ProtocolState, r.c)
	st, err := ps.EpochSubmissions(&bind.CallOpts{}, pl.DataMarket, big.NewInt(7))
	if err != nil || st.BatchCount.Int64() != 2 || !st.BatchSubmissionsCompleted {
		t.Fatalf("on chain: %+v %v", st, err)
	}

	// Rewards, in the current shape and in the README's older one.
	code, rw := r.plPost("/submitUpdateRewards", map[string]any{"dataMarketAddress": dm, "slotIDs": []int{1, 2}, "submissionsList": []int{5, 6},
		"day": 3, "eligibleNodes": 2, "authToken": testToken})
	if code != 200 || rw["message"] != "Submitted Update Rewards to relayer!" {
		t.Fatalf("rewards: %d %v", code, rw)
	}
	code, old := r.plPost("/submitUpdateRewards", map[string]any{"slotIds": []int{1}, "submissions": []int{5},
		"day": 3, "eligibleNodes": []string{"a", "b", "c"}, "authToken": testToken})
	if code != 200 {
		t.Fatalf("older shape: %d %v", code, old)
	}
	rf := r.waitFinal([]string{rw["id"].(string), old["id"].(string)}, 30*time.Second)
	for id, st := range rf {
		if st.Status != txrelay.StatusConfirmed {
			t.Fatalf("rewards %s: %s %s", id, st.Status, st.Reason)
		}
	}
	if n, err := ps.SlotSubmissionCount(&bind.CallOpts{}, pl.DataMarket, big.NewInt(2), big.NewInt(3)); err != nil || n.Int64() != 6 {
		t.Fatalf("slot 2's count for day 3 on chain: %v %v", n, err)
	}
	if code, out := r.plPost("/submitUpdateRewards", map[string]any{"slotIDs": []int{1}, "submissionsList": []int{}, "day": 3, "eligibleNodes": 1, "authToken": testToken}); code != 422 {
		t.Fatalf("mismatched lists: %d %v", code, out)
	}
}

// waitFinalAs is waitFinal for requests of another token.
func (r *rig) waitFinalAs(ids []string, token string, timeout time.Duration) map[string]txrelay.TxStatus {
	r.t.Helper()
	out := map[string]txrelay.TxStatus{}
	deadline := time.Now().Add(timeout)
	for len(out) < len(ids) && time.Now().Before(deadline) {
		for _, id := range ids {
			code, body := r.do(http.MethodGet, "/v1/tx/"+id, token, nil)
			var st txrelay.TxStatus
			json.Unmarshal(body, &st)
			if code == 200 && st.Status.Terminal() {
				out[id] = st
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(out) < len(ids) {
		r.t.Fatalf("not final: %v", fmt.Sprint(ids))
	}
	return out
}
