package contracts_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/relaynode/relaynode/contracts/bindings"
)

// relayerPyABI is the part of Powerloom's protocol-state ABI that Powerloom's relayer
// (relayer-py, utils/static/abi.json) calls and the events these calls emit, as that ABI
// declares them. Calldata packed from it must work against PowerloomProtocolState unchanged.
const relayerPyABI = `[
 {"type":"function","name":"submitSubmissionBatch","stateMutability":"nonpayable","outputs":[],"inputs":[
  {"name":"dataMarket","type":"address","internalType":"contract PowerloomDataMarket"},
  {"name":"batchCid","type":"string","internalType":"string"},
  {"name":"epochId","type":"uint256","internalType":"uint256"},
  {"name":"projectIds","type":"string[]","internalType":"string[]"},
  {"name":"snapshotCids","type":"string[]","internalType":"string[]"},
  {"name":"finalizedCidsRootHash","type":"bytes32","internalType":"bytes32"}]},
 {"type":"function","name":"endBatchSubmissions","stateMutability":"nonpayable","outputs":[],"inputs":[
  {"name":"dataMarket","type":"address","internalType":"contract PowerloomDataMarket"},
  {"name":"epochId","type":"uint256","internalType":"uint256"}]},
 {"type":"function","name":"updateRewards","stateMutability":"nonpayable","outputs":[],"inputs":[
  {"name":"dataMarket","type":"address","internalType":"contract PowerloomDataMarket"},
  {"name":"slotIds","type":"uint256[]","internalType":"uint256[]"},
  {"name":"submissionsList","type":"uint256[]","internalType":"uint256[]"},
  {"name":"day","type":"uint256","internalType":"uint256"},
  {"name":"eligibleNodes","type":"uint256","internalType":"uint256"}]},
 {"type":"event","name":"SnapshotBatchSubmitted","anonymous":false,"inputs":[
  {"indexed":true,"name":"dataMarketAddress","type":"address","internalType":"address"},
  {"indexed":false,"name":"batchCid","type":"string","internalType":"string"},
  {"indexed":true,"name":"epochId","type":"uint256","internalType":"uint256"},
  {"indexed":false,"name":"timestamp","type":"uint256","internalType":"uint256"}]},
 {"type":"event","name":"BatchSubmissionsCompleted","anonymous":false,"inputs":[
  {"indexed":true,"name":"dataMarketAddress","type":"address","internalType":"address"},
  {"indexed":true,"name":"epochId","type":"uint256","internalType":"uint256"},
  {"indexed":false,"name":"timestamp","type":"uint256","internalType":"uint256"}]},
 {"type":"event","name":"DailyTaskCompletedEvent","anonymous":false,"inputs":[
  {"indexed":true,"name":"dataMarketAddress","type":"address","internalType":"address"},
  {"indexed":false,"name":"snapshotterAddress","type":"address","internalType":"address"},
  {"indexed":false,"name":"slotId","type":"uint256","internalType":"uint256"},
  {"indexed":false,"name":"dayId","type":"uint256","internalType":"uint256"},
  {"indexed":false,"name":"rewardPoints","type":"uint256","internalType":"uint256"},
  {"indexed":false,"name":"timestamp","type":"uint256","internalType":"uint256"}]}
]`

// Accounts of powerloomEnv.
const (
	plProtocolOwner = 0 // owns the protocol state
	plMarketOwner   = 1 // owns the data market
	plSigner1       = 2 // sequencer: a relayer signer
	plSigner2       = 3 // sequencer: another relayer signer
	plStranger      = 4 // no role
	plAccounts      = 5
)

// Roles of updateAddresses.
const (
	roleValidator = 0
	roleSequencer = 1
	roleAdmin     = 2
)

// powerloomEnv is a chain with a PowerloomProtocolState and one data market whose sequencers
// are plSigner1 and plSigner2. Not safe for concurrent use.
type powerloomEnv struct {
	*testChain
	ps      *bindings.PowerloomProtocolState
	psAddr  common.Address
	psABI   *abi.ABI
	relayer abi.ABI
	raw     *bind.BoundContract // the protocol state, through relayer-py's ABI
	market  common.Address
}

func newPowerloomEnv(t *testing.T) *powerloomEnv {
	t.Helper()
	return newPowerloomEnvOn(t, newTestChain(t, plAccounts))
}

// newPowerloomEnvOn is newPowerloomEnv on c, which has at least plAccounts accounts.
func newPowerloomEnvOn(t *testing.T, c *testChain) *powerloomEnv {
	t.Helper()
	relayer, err := abi.JSON(strings.NewReader(relayerPyABI))
	if err != nil {
		t.Fatal(err)
	}
	addr, tx, ps, err := bindings.DeployPowerloomProtocolState(c.estimating(plProtocolOwner), c.client, c.addrs[plProtocolOwner])
	c.send(tx, err)
	c.commit()
	e := &powerloomEnv{
		testChain: c, ps: ps, psAddr: addr, psABI: mustABI(t, bindings.PowerloomProtocolStateMetaData),
		relayer: relayer, raw: bind.NewBoundContract(addr, relayer, c.client, c.client, c.client),
	}
	e.market = e.createMarket(c.addrs[plMarketOwner])
	c.do(ps.UpdateAddresses(c.estimating(plMarketOwner), e.market, roleSequencer,
		[]common.Address{c.addrs[plSigner1], c.addrs[plSigner2]}, []bool{true, true}))
	return e
}

// createMarket creates a data market (epoch size 1, block numbers as epoch ids) owned by owner.
func (e *powerloomEnv) createMarket(owner common.Address) common.Address {
	e.t.Helper()
	r := e.do(e.ps.CreateDataMarket(e.estimating(plProtocolOwner), owner, 1, big.NewInt(1), big.NewInt(12), true))
	return findLog(e.t, r, e.ps.ParseDataMarketCreated).DataMarketAddress
}

// pack packs a call of relayer-py's ABI.
func (e *powerloomEnv) pack(method string, args ...any) []byte {
	e.t.Helper()
	data, err := e.relayer.Pack(method, args...)
	if err != nil {
		e.t.Fatalf("pack %s: %v", method, err)
	}
	return data
}

func (e *powerloomEnv) submitBatch(b plBatch) []byte {
	return e.pack("submitSubmissionBatch", e.market, b.cid, big.NewInt(b.epoch), b.projects, b.snapshots, b.root)
}

func (e *powerloomEnv) endBatch(epoch int64) []byte {
	return e.pack("endBatchSubmissions", e.market, big.NewInt(epoch))
}

func (e *powerloomEnv) updateRewards(slots, submissions []int64, day, eligible int64) []byte {
	return e.pack("updateRewards", e.market, bigs(slots...), bigs(submissions...), big.NewInt(day), big.NewInt(eligible))
}

// precheck estimates the gas of calldata sent by account i, as relayer-py does before it
// queues a transaction, and returns the revert reason, or "" when the call would succeed.
func (e *powerloomEnv) precheck(i int, data []byte) string {
	e.t.Helper()
	_, err := e.client.EstimateGas(context.Background(), ethereumCall(e.addrs[i], e.psAddr, data))
	if err == nil {
		return ""
	}
	reason, rerr := revertReason(err)
	if rerr != nil {
		e.t.Fatal(rerr)
	}
	return reason
}

// land sends calldata from account i with a fixed gas limit (no estimate, so a reverting
// transaction is mined too), mines it and returns its receipt.
func (e *powerloomEnv) land(i int, data []byte) *types.Receipt {
	e.t.Helper()
	tx, err := e.raw.RawTransact(e.opts(i), data)
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	e.pending = append(e.pending, tx)
	e.awaitPool()
	e.sim.Commit()
	e.pending = nil
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// mustLand is land for a transaction that must succeed.
func (e *powerloomEnv) mustLand(i int, data []byte) *types.Receipt {
	e.t.Helper()
	if reason := e.precheck(i, data); reason != "" {
		e.t.Fatalf("precheck: reverts %q", reason)
	}
	r := e.land(i, data)
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction reverted in block %d", r.BlockNumber)
	}
	return r
}

// mustRefuse requires calldata from account i to revert with reason both in the
// precheck and when mined anyway.
func (e *powerloomEnv) mustRefuse(i int, data []byte, reason string) {
	e.t.Helper()
	if got := e.precheck(i, data); got != reason {
		e.t.Fatalf("precheck reverts %q, want %q", got, reason)
	}
	if r := e.land(i, data); r.Status != types.ReceiptStatusFailed {
		e.t.Fatalf("a transaction that reverts %q succeeded in block %d", reason, r.BlockNumber)
	}
}

// refuses requires a bound transaction call to revert with reason (Error(string)).
func (e *powerloomEnv) refuses(reason string) func(*types.Transaction, error) {
	return func(_ *types.Transaction, err error) {
		e.t.Helper()
		if err == nil {
			e.t.Fatalf("call succeeded, want revert %q", reason)
		}
		got, rerr := revertReason(err)
		if rerr != nil {
			e.t.Fatal(rerr)
		}
		if got != reason {
			e.t.Fatalf("reverts %q, want %q", got, reason)
		}
	}
}

// revertReason returns the Error(string) reason of a reverted call's error.
func revertReason(err error) (string, error) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return "", fmt.Errorf("no revert data in %w", err)
	}
	hexData, ok := de.ErrorData().(string)
	if !ok {
		return "", fmt.Errorf("revert data %v is not hex", de.ErrorData())
	}
	reason, uerr := abi.UnpackRevert(common.FromHex(hexData))
	if uerr != nil {
		return "", fmt.Errorf("revert data %s is no reason string: %w", hexData, uerr)
	}
	return reason, nil
}

func bigs(xs ...int64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = big.NewInt(x)
	}
	return out
}

// plBatch is a submission batch as a sequencer hands it to the relayer.
type plBatch struct {
	cid       string
	epoch     int64
	projects  []string
	snapshots []string
	root      [32]byte
}

// newBatch makes a batch of epoch with one snapshot per project, named after tag.
func newBatch(tag string, epoch int64, projects ...string) plBatch {
	b := plBatch{cid: cidOf("batch " + tag), epoch: epoch, projects: projects}
	for _, p := range projects {
		b.snapshots = append(b.snapshots, cidOf(fmt.Sprintf("snapshot %s %d", p, epoch)))
	}
	b.root = crypto.Keccak256Hash([]byte(tag))
	return b
}

// cidOf returns a CIDv1-sized (59 characters) string derived from s.
func cidOf(s string) string {
	return "bafybei" + fmt.Sprintf("%x", crypto.Keccak256([]byte(s)))[:52]
}

// projectID returns a project id of the length Powerloom's are.
func projectID(n int) string {
	return fmt.Sprintf("aggregate_pair_total_reserves:0x%040x:UNISWAPV2", n)
}

// TestPowerloomMatchesRelayerABI: the functions and events relayer-py uses have the same
// selectors and topics in PowerloomProtocolState as in Powerloom's ABI.
func TestPowerloomMatchesRelayerABI(t *testing.T) {
	ours := mustABI(t, bindings.PowerloomProtocolStateMetaData)
	relayer, err := abi.JSON(strings.NewReader(relayerPyABI))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{ // selectors in the bindings Powerloom's sequencers generate
		"submitSubmissionBatch": "cf396cbf",
		"endBatchSubmissions":   "6ee55d73",
		"updateRewards":         "68af906d",
		"createDataMarket":      "1dbc586b",
		"updateAddresses":       "8d3bcb5a",
	}
	for name, sel := range want {
		if m, ok := ours.Methods[name]; !ok || fmt.Sprintf("%x", m.ID) != sel {
			t.Errorf("%s: selector %x, want %s", name, m.ID, sel)
		}
	}
	for name, m := range relayer.Methods {
		got, ok := ours.Methods[name]
		if !ok {
			t.Errorf("PowerloomProtocolState has no %s", m.Sig)
			continue
		}
		if got.Sig != m.Sig || got.ID == nil || string(got.ID) != string(m.ID) {
			t.Errorf("%s: ours %s (%x), relayer-py's %s (%x)", name, got.Sig, got.ID, m.Sig, m.ID)
		}
	}
	for name, ev := range relayer.Events {
		got, ok := ours.Events[name]
		if !ok {
			t.Errorf("PowerloomProtocolState has no event %s", ev.Sig)
			continue
		}
		if got.ID != ev.ID {
			t.Errorf("event %s: ours %s, relayer-py's %s", name, got.Sig, ev.Sig)
		}
		for i, in := range ev.Inputs {
			if got.Inputs[i].Indexed != in.Indexed {
				t.Errorf("event %s: argument %s indexed %v, want %v", name, in.Name, got.Inputs[i].Indexed, in.Indexed)
			}
		}
	}
}

// TestPowerloomSubmissionBatch: batches land once per (market, epoch, batch CID), and not
// after the epoch's submissions ended; the duplicates revert with the codes relayer-py
// treats as "already done".
func TestPowerloomSubmissionBatch(t *testing.T) {
	e := newPowerloomEnv(t)
	b1 := newBatch("1", 100, projectID(1), projectID(2))

	r := e.mustLand(plSigner1, e.submitBatch(b1))
	ev := findLog(t, r, e.ps.ParseSnapshotBatchSubmitted)
	if ev.DataMarketAddress != e.market || ev.BatchCid != b1.cid || ev.EpochId.Int64() != 100 {
		t.Fatalf("SnapshotBatchSubmitted(%s, %q, %v)", ev.DataMarketAddress, ev.BatchCid, ev.EpochId)
	}
	e.checkEpoch(100, 1, 2, false)
	e.checkBatch(b1, 1)
	// The same batch again, from the other signer: already done.
	e.mustRefuse(plSigner2, e.submitBatch(b1), "E25")
	e.checkEpoch(100, 1, 2, false)

	// Another batch of the epoch lands, even with a project of the first one: unlike
	// Powerloom's data market, the contract keeps no per-project record.
	b2 := newBatch("2", 100, projectID(3), projectID(2))
	e.mustLand(plSigner2, e.submitBatch(b2))
	e.checkEpoch(100, 2, 4, false)
	e.checkBatch(b2, 2)
	// The same projects in another epoch are another batch.
	b1next := newBatch("1", 101, projectID(1), projectID(2))
	e.mustLand(plSigner1, e.submitBatch(b1next))
	e.checkEpoch(101, 1, 2, false)

	r = e.mustLand(plSigner1, e.endBatch(100))
	done := findLog(t, r, e.ps.ParseBatchSubmissionsCompleted)
	if done.DataMarketAddress != e.market || done.EpochId.Int64() != 100 {
		t.Fatalf("BatchSubmissionsCompleted(%s, %v)", done.DataMarketAddress, done.EpochId)
	}
	e.checkEpoch(100, 2, 4, true)
	e.checkEpoch(101, 1, 2, false)
	e.mustRefuse(plSigner2, e.endBatch(100), "E39")
	// After the end, a new batch and a resent one alike: E43 (checked before E25).
	e.mustRefuse(plSigner1, e.submitBatch(newBatch("3", 100, projectID(9))), "E43")
	e.mustRefuse(plSigner1, e.submitBatch(b1), "E43")
	// An epoch without batches can be ended.
	e.mustLand(plSigner2, e.endBatch(102))
	e.checkEpoch(102, 0, 0, true)

	// Misuse.
	b4 := newBatch("4", 101, projectID(5))
	mismatch := b4
	mismatch.snapshots = append(mismatch.snapshots, mismatch.snapshots[0])
	e.mustRefuse(plSigner1, e.submitBatch(mismatch), "E23")
	e.mustRefuse(plSigner1, e.submitBatch(newBatch("empty", 101)), "E24")
	for _, i := range []int{plStranger, plMarketOwner, plProtocolOwner} {
		e.mustRefuse(i, e.submitBatch(b4), "E04")
		e.mustRefuse(i, e.endBatch(101), "E04")
	}
	unknown := e.pack("submitSubmissionBatch", e.psAddr, b4.cid, big.NewInt(b4.epoch), b4.projects, b4.snapshots, b4.root)
	e.mustRefuse(plSigner1, unknown, "E02")
	e.mustRefuse(plSigner1, e.pack("endBatchSubmissions", common.HexToAddress("0x1234"), big.NewInt(101)), "E02")

	// A signer whose sequencer role is revoked is refused; its batch lands through the other.
	e.do(e.ps.UpdateAddresses(e.estimating(plMarketOwner), e.market, roleSequencer,
		[]common.Address{e.addrs[plSigner2]}, []bool{false}))
	e.mustRefuse(plSigner2, e.submitBatch(b4), "E04")
	e.mustLand(plSigner1, e.submitBatch(b4))
	e.checkEpoch(101, 2, 3, false)
}

func (e *powerloomEnv) checkEpoch(epoch int64, batches, projects uint64, completed bool) {
	e.t.Helper()
	got, err := e.ps.EpochSubmissions(call(), e.market, big.NewInt(epoch))
	if err != nil {
		e.t.Fatal(err)
	}
	if got.BatchCount.Uint64() != batches || got.ProjectCount.Uint64() != projects || got.BatchSubmissionsCompleted != completed {
		e.t.Fatalf("epochSubmissions(%d) = (%v, %v, %v), want (%d, %d, %v)", epoch,
			got.BatchCount, got.ProjectCount, got.BatchSubmissionsCompleted, batches, projects, completed)
	}
}

func (e *powerloomEnv) checkBatch(b plBatch, number uint64) {
	e.t.Helper()
	got, err := e.ps.BatchSubmission(call(), e.market, big.NewInt(b.epoch), b.cid)
	if err != nil {
		e.t.Fatal(err)
	}
	if got.Number.Uint64() != number || got.ProjectCount.Uint64() != uint64(len(b.projects)) || got.FinalizedCidsRootHash != b.root {
		e.t.Fatalf("batchSubmission(%d, %s) = (%v, %v, %x), want (%d, %d, %x)", b.epoch, b.cid,
			got.Number, got.ProjectCount, got.FinalizedCidsRootHash, number, len(b.projects), b.root)
	}
}

// TestPowerloomUpdateRewards: a slot is rewarded at most once a day (E48) and a day's
// rewards end when all its eligible nodes are rewarded (E47), as in Powerloom's data market.
func TestPowerloomUpdateRewards(t *testing.T) {
	e := newPowerloomEnv(t)
	e.do(e.ps.UpdateDailySnapshotQuota(e.estimating(plMarketOwner), e.market, big.NewInt(10)))
	e.do(e.ps.UpdateRewardPoolSize(e.estimating(plMarketOwner), e.market, big.NewInt(1000)))

	// Day 7 has 2 eligible nodes: each earns 1000 / 2.
	first := e.updateRewards([]int64{1, 2}, []int64{10, 3}, 7, 2)
	r := e.mustLand(plSigner1, first)
	ev := findLog(t, r, e.ps.ParseDailyTaskCompletedEvent)
	if ev.DataMarketAddress != e.market || ev.SlotId.Int64() != 1 || ev.DayId.Int64() != 7 || ev.RewardPoints.Int64() != 500 {
		t.Fatalf("DailyTaskCompletedEvent(%s, slot %v, day %v, points %v)", ev.DataMarketAddress, ev.SlotId, ev.DayId, ev.RewardPoints)
	}
	if n := len(r.Logs); n != 1 {
		t.Fatalf("%d events, want 1 (slot 2 is below the quota)", n)
	}
	e.checkSlot(1, 7, 10, true, 500)
	e.checkSlot(2, 7, 3, false, 0)
	e.checkDay(7, 2, 1)

	// The same update again, from either signer: slot 1 is already rewarded.
	e.mustRefuse(plSigner2, first, "E48")
	// A count update without eligible nodes is not a duplicate, and is idempotent.
	counts := e.updateRewards([]int64{2}, []int64{4}, 7, 0)
	e.mustLand(plSigner2, counts)
	e.mustLand(plSigner1, counts)
	e.checkSlot(2, 7, 4, false, 0)

	second := e.updateRewards([]int64{3}, []int64{11}, 7, 2)
	e.mustLand(plSigner2, second)
	e.checkSlot(3, 7, 11, true, 500)
	e.checkDay(7, 2, 0)
	// Every eligible node of day 7 is rewarded: any update naming eligible nodes is done.
	e.mustRefuse(plSigner1, second, "E47")
	e.mustRefuse(plSigner1, first, "E47")
	// Without eligible nodes, a rewarded slot still refuses.
	e.mustRefuse(plSigner1, e.updateRewards([]int64{1}, []int64{12}, 7, 0), "E48")

	// Slot 1 on day 8: its points add up.
	e.mustLand(plSigner1, e.updateRewards([]int64{1}, []int64{10}, 8, 4))
	e.checkSlot(1, 8, 10, true, 750)
	e.checkDay(8, 4, 3)
	// Later calls keep the day's first eligible-node count.
	e.mustLand(plSigner1, e.updateRewards([]int64{4}, []int64{10}, 8, 1))
	e.checkSlot(4, 8, 10, true, 250)
	e.checkDay(8, 4, 2)

	// A day whose eligible nodes are unknown records counts and rewards nothing.
	r = e.mustLand(plSigner1, e.updateRewards([]int64{5}, []int64{20}, 9, 0))
	if ev := findLog(t, r, e.ps.ParseDailyTaskCompletedEvent); ev.RewardPoints.Sign() != 0 {
		t.Fatalf("reward points %v on a day without eligible nodes", ev.RewardPoints)
	}
	e.checkSlot(5, 9, 20, false, 0)
	e.checkDay(9, 0, 0)

	// Misuse.
	e.mustRefuse(plSigner1, e.updateRewards([]int64{6, 7}, []int64{10, 10}, 10, 1), "E45") // 2 qualify, 1 eligible
	e.mustRefuse(plSigner1, e.updateRewards([]int64{6, 7}, []int64{10}, 10, 2), "E19")
	e.mustRefuse(plStranger, e.updateRewards([]int64{6}, []int64{10}, 10, 2), "E04")
	e.mustRefuse(plStranger, e.updateRewards(nil, nil, 10, 0), "E04")
	e.checkDay(10, 0, 0)
}

func (e *powerloomEnv) checkSlot(slot, day, submissions int64, rewarded bool, points int64) {
	e.t.Helper()
	s, b := big.NewInt(slot), big.NewInt(day)
	count, err := e.ps.SlotSubmissionCount(call(), e.market, s, b)
	if err != nil {
		e.t.Fatal(err)
	}
	distributed, err := e.ps.SlotRewardsDistributedStatus(call(), e.market, b, s)
	if err != nil {
		e.t.Fatal(err)
	}
	total, err := e.ps.SlotRewardPoints(call(), e.market, s)
	if err != nil {
		e.t.Fatal(err)
	}
	done, err := e.ps.CheckSlotTaskStatusForDay(call(), e.market, s, b)
	if err != nil {
		e.t.Fatal(err)
	}
	quota, err := e.ps.DailySnapshotQuota(call(), e.market)
	if err != nil {
		e.t.Fatal(err)
	}
	if count.Int64() != submissions || distributed != rewarded || total.Int64() != points || done != (submissions >= quota.Int64()) {
		e.t.Fatalf("slot %d day %d: count %v rewarded %v points %v task done %v, want %d %v %d %v",
			slot, day, count, distributed, total, done, submissions, rewarded, points, submissions >= quota.Int64())
	}
}

func (e *powerloomEnv) checkDay(day int64, eligible, remaining uint64) {
	e.t.Helper()
	got, err := e.ps.RewardDay(call(), e.market, big.NewInt(day))
	if err != nil {
		e.t.Fatal(err)
	}
	if got.EligibleNodes.Uint64() != eligible || got.SlotsRemainingToBeRewarded.Uint64() != remaining {
		e.t.Fatalf("rewardDay(%d) = (%v, %v), want (%d, %d)", day, got.EligibleNodes, got.SlotsRemainingToBeRewarded, eligible, remaining)
	}
}

// TestPowerloomAdmin: data markets are created by the protocol state's owner; a market's
// roles, quota and reward pool are set by the market's owner.
func TestPowerloomAdmin(t *testing.T) {
	e := newPowerloomEnv(t)
	info, err := e.ps.DataMarkets(call(), e.market)
	if err != nil {
		t.Fatal(err)
	}
	if info.OwnerAddress != e.addrs[plMarketOwner] || !info.Enabled || info.DataMarketAddress != e.market ||
		info.EpochSize != 1 || info.SourceChainBlockTime.Int64() != 12 || !info.UseBlockNumberAsEpochId {
		t.Fatalf("dataMarkets = %+v", info)
	}
	dm, err := bindings.NewPowerloomDataMarket(e.market, e.client)
	if err != nil {
		t.Fatal(err)
	}
	if owner, _ := dm.Owner(call()); owner != e.addrs[plMarketOwner] {
		t.Fatalf("market owner %s", owner)
	}
	if ps, _ := dm.ProtocolState(call()); ps != e.psAddr {
		t.Fatalf("market's protocol state %s", ps)
	}
	if q, _ := e.ps.DailySnapshotQuota(call(), e.market); q.Int64() != 1000 {
		t.Fatalf("default daily snapshot quota %v", q)
	}
	if ok, _ := e.ps.DataMarketEnabled(call(), e.psAddr); ok {
		t.Fatal("an address that is no market is enabled")
	}

	// Only the protocol state's owner creates markets, with valid parameters.
	_, err = e.ps.CreateDataMarket(e.estimating(plMarketOwner), e.addrs[plMarketOwner], 1, big.NewInt(1), big.NewInt(12), false)
	if name, args, derr := revertOf(err, e.psABI); derr != nil || name != "OwnableUnauthorizedAccount" {
		t.Fatalf("createDataMarket by a stranger: %s%v, %v; want OwnableUnauthorizedAccount", name, args, derr)
	}
	e.refuses("E45")(e.ps.CreateDataMarket(e.estimating(plProtocolOwner), common.Address{}, 1, big.NewInt(1), big.NewInt(12), false))
	e.refuses("E45")(e.ps.CreateDataMarket(e.estimating(plProtocolOwner), e.addrs[plMarketOwner], 0, big.NewInt(1), big.NewInt(12), false))
	e.refuses("E10")(e.ps.CreateDataMarket(e.estimating(plProtocolOwner), e.addrs[plMarketOwner], 2, big.NewInt(1), big.NewInt(12), true))

	// Roles: only the market's owner, known roles, matching lengths, known markets.
	signers := []common.Address{e.addrs[plSigner1]}
	e.refuses("E03")(e.ps.UpdateAddresses(e.estimating(plProtocolOwner), e.market, roleSequencer, signers, []bool{true}))
	e.refuses("E03")(e.ps.UpdateAddresses(e.estimating(plSigner1), e.market, roleSequencer, signers, []bool{true}))
	e.refuses("E18")(e.ps.UpdateAddresses(e.estimating(plMarketOwner), e.market, 3, signers, []bool{true}))
	e.refuses("E19")(e.ps.UpdateAddresses(e.estimating(plMarketOwner), e.market, roleSequencer, signers, nil))
	e.refuses("E02")(e.ps.UpdateAddresses(e.estimating(plMarketOwner), e.psAddr, roleSequencer, signers, []bool{true}))
	e.refuses("E03")(e.ps.UpdateDailySnapshotQuota(e.estimating(plStranger), e.market, big.NewInt(5)))
	e.refuses("E45")(e.ps.UpdateDailySnapshotQuota(e.estimating(plMarketOwner), e.market, big.NewInt(0)))
	e.refuses("E03")(e.ps.UpdateRewardPoolSize(e.estimating(plSigner1), e.market, big.NewInt(5)))

	// Events only for changes; validators and admins are sets of their own.
	r := e.do(e.ps.UpdateAddresses(e.estimating(plMarketOwner), e.market, roleSequencer,
		[]common.Address{e.addrs[plSigner1], e.addrs[plStranger]}, []bool{true, true}))
	if len(r.Logs) != 1 {
		t.Fatalf("%d events, want 1 (signer 1 already is a sequencer)", len(r.Logs))
	}
	if ev := findLog(t, r, e.ps.ParseSequencersUpdated); ev.SequencerAddress != e.addrs[plStranger] || !ev.Allowed {
		t.Fatalf("SequencersUpdated(%s, %v)", ev.SequencerAddress, ev.Allowed)
	}
	r = e.do(e.ps.UpdateAddresses(e.estimating(plMarketOwner), e.market, roleValidator, signers, []bool{true}))
	findLog(t, r, e.ps.ParseValidatorsUpdated)
	r = e.do(e.ps.UpdateAddresses(e.estimating(plMarketOwner), e.market, roleAdmin, signers, []bool{true}))
	findLog(t, r, e.ps.ParseAdminsUpdated)
	seq, err := e.ps.GetSequencers(call(), e.market)
	if err != nil {
		t.Fatal(err)
	}
	val, err := e.ps.GetValidators(call(), e.market)
	if err != nil {
		t.Fatal(err)
	}
	if len(seq) != 3 || len(val) != 1 || val[0] != e.addrs[plSigner1] {
		t.Fatalf("sequencers %v, validators %v", seq, val)
	}

	// A second market has its own roles: the first market's signers are refused there.
	other := e.createMarket(e.addrs[plMarketOwner])
	data := e.pack("endBatchSubmissions", other, big.NewInt(1))
	e.mustRefuse(plSigner1, data, "E04")
	e.mustLand(plSigner1, e.endBatch(1))
}

// TestProbe: the probe counts records per key and in total, and says who recorded.
func TestProbe(t *testing.T) {
	c := newTestChain(t, 2)
	_, tx, probe, err := bindings.DeployProbe(c.estimating(0), c.client)
	c.send(tx, err)
	c.commit()
	a, b := crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))
	c.send(probe.Record(c.opts(0), a))
	c.send(probe.Record(c.opts(1), a))
	c.send(probe.Record(c.opts(1), b))
	rs := c.commit()
	ev, err := probe.ParseRecorded(*rs[1].Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.Key != a || ev.Count.Int64() != 2 || ev.Sender != c.addrs[1] {
		t.Fatalf("Recorded(%x, %v, %s), want (%x, 2, %s)", ev.Key, ev.Count, ev.Sender, a, c.addrs[1])
	}
	for key, want := range map[[32]byte]int64{a: 2, b: 1, {}: 0} {
		if got, err := probe.Count(call(), key); err != nil || got.Int64() != want {
			t.Fatalf("count(%x) = %v, %v; want %d", key, got, err, want)
		}
	}
	if got, err := probe.Total(call()); err != nil || got.Int64() != 3 {
		t.Fatalf("total = %v, %v; want 3", got, err)
	}
}

// TestPowerloomGas reports the gas of each call at the sizes Powerloom uses them with, and
// bounds it. The in-memory chain, like the devnet, runs geth's dev fork set, where EIP-8037
// prices a new storage slot at about 98k more gas than on mainnet (Osaka): see
// docs/protocol.md for the figures at Osaka prices.
func TestPowerloomGas(t *testing.T) {
	measurePowerloomGas(t, newPowerloomEnv(t))
}

func measurePowerloomGas(t *testing.T, e *powerloomEnv) {
	e.do(e.ps.UpdateDailySnapshotQuota(e.estimating(plMarketOwner), e.market, big.NewInt(1)))
	e.do(e.ps.UpdateRewardPoolSize(e.estimating(plMarketOwner), e.market, big.NewInt(1_000_000)))
	projects := func(from, n int) []string {
		var out []string
		for i := range n {
			out = append(out, projectID(from+i))
		}
		return out
	}
	slots := func(from, n int64) (ids, subs []int64) {
		for i := range n {
			ids, subs = append(ids, from+i), append(subs, 5)
		}
		return ids, subs
	}
	ids1, subs1 := slots(1, 1)
	ids10, subs10 := slots(100, 10)
	ids20, subs20 := slots(200, 20)
	cases := []struct {
		name  string
		data  []byte
		limit uint64
	}{
		{"submitSubmissionBatch, first of its epoch, 1 project", e.submitBatch(newBatch("g1", 7, projects(0, 1)...)), 410_000},
		{"submitSubmissionBatch, second of its epoch, 1 project", e.submitBatch(newBatch("g2", 7, projects(1, 1)...)), 300_000},
		{"submitSubmissionBatch, 10 projects", e.submitBatch(newBatch("g3", 7, projects(10, 10)...)), 330_000},
		{"submitSubmissionBatch, 50 projects", e.submitBatch(newBatch("g4", 7, projects(100, 50)...)), 460_000},
		{"endBatchSubmissions, epoch with batches", e.endBatch(7), 46_000},
		{"endBatchSubmissions, epoch without batches", e.endBatch(8), 155_000},
		{"updateRewards, 1 slot, first of the day (eligible nodes set)", e.updateRewards(ids1, subs1, 1, 100), 410_000},
		{"updateRewards, 10 slots rewarded", e.updateRewards(ids10, subs10, 1, 100), 2_550_000},
		{"updateRewards, 20 slots rewarded", e.updateRewards(ids20, subs20, 1, 100), 5_050_000},
		{"updateRewards, 10 slots, counts only (no eligible nodes)", e.updateRewards(ids10, subs10, 2, 0), 1_300_000},
	}
	for _, tc := range cases {
		r := e.mustLand(plSigner1, tc.data)
		t.Logf("%-62s %9d gas (%d bytes of calldata)", tc.name, r.GasUsed, len(tc.data))
		if r.GasUsed > tc.limit {
			t.Errorf("%s: %d gas, want ≤ %d", tc.name, r.GasUsed, tc.limit)
		}
	}

	_, tx, probe, err := bindings.DeployProbe(e.estimating(0), e.client)
	e.send(tx, err)
	e.commit()
	k1, k2 := crypto.Keccak256Hash([]byte("k1")), crypto.Keccak256Hash([]byte("k2"))
	for _, pc := range []struct {
		name  string
		key   [32]byte
		limit uint64
	}{
		{"Probe.record, first record of the probe", k1, 270_000},
		{"Probe.record, a key already recorded", k1, 54_000},
		{"Probe.record, a new key", k2, 165_000},
	} {
		r := e.do(probe.Record(e.opts(0), pc.key))
		t.Logf("%-62s %9d gas", pc.name, r.GasUsed)
		if r.GasUsed > pc.limit {
			t.Errorf("%s: %d gas, want ≤ %d", pc.name, r.GasUsed, pc.limit)
		}
	}
}
