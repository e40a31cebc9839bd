package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pokt-network/smt"
	"github.com/pokt-network/smt/kvstore/simplemap"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// Cross-vectors of SettlementMath and the claim → proof → settlement life cycle of
// RelaySettlement against the registry.

func TestCrossSettlementMath(t *testing.T) {
	c := newTestChain(t, 1)
	_, tx, h, err := bindings.DeploySettlementMathHarness(c.opts(0), c.client)
	c.do(tx, err)
	rng := rand.New(rand.NewPCG(90, 90))
	max256 := new(big.Int).Set(maxTarget)
	bigs := func() *big.Int {
		switch rng.IntN(6) {
		case 0:
			return []*big.Int{big.NewInt(0), big.NewInt(1), max256, new(big.Int).Lsh(big.NewInt(1), 255)}[rng.IntN(4)]
		case 1:
			return big.NewInt(rng.Int64N(10_000))
		default:
			return randUint256(rng)
		}
	}
	sums := func() uint64 {
		return []uint64{0, 1, 1<<64 - 1, rng.Uint64N(100_000), rng.Uint64()}[rng.IntN(5)]
	}
	ppms := func() uint32 {
		return []uint32{0, 1, 999_999, 1_000_000, rng.Uint32N(1_000_001)}[rng.IntN(5)]
	}

	// isMined and proofPath.
	keys, targets := make([][32]byte, vectorsPerKind), make([]*big.Int, vectorsPerKind)
	seeds, ids := make([][32]byte, vectorsPerKind), make([][32]byte, vectorsPerKind)
	for i := range keys {
		keys[i], targets[i], seeds[i], ids[i] = randHash(rng), bigs(), randHash(rng), randHash(rng)
		if i%5 == 0 { // on the edge
			targets[i] = new(big.Int).SetBytes(keys[i][:])
			if i%10 == 0 && targets[i].Sign() > 0 {
				targets[i].Sub(targets[i], big.NewInt(1))
			}
		}
	}
	mined, err := h.IsMinedBatch(call(), keys, targets)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := h.ProofPathBatch(call(), seeds, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i := range keys {
		if want := protocol.IsMined(keys[i], targets[i]); mined[i] != want {
			t.Fatalf("isMined(%x, %v): solidity %v, go %v", keys[i], targets[i], mined[i], want)
		}
		if want := protocol.ProofPath(seeds[i], ids[i]); paths[i] != want {
			t.Fatalf("proofPath(%x, %x): solidity %x, go %s", seeds[i], ids[i], paths[i], want)
		}
	}

	// proofRequired, reward, slashAmount.
	reqs := make([]bindings.SettlementMathHarnessRequirementInput, vectorsPerKind)
	rewards := make([]bindings.SettlementMathHarnessRewardInput, vectorsPerKind)
	slashes := make([]bindings.SettlementMathHarnessSlashInput, vectorsPerKind)
	for i := range reqs {
		reqs[i] = bindings.SettlementMathHarnessRequirementInput{
			Sum: sums(), Threshold: bigs(), Ppm: ppms(), ProofSeed: randHash(rng), SessionId: randHash(rng), Supplier: randAddress(rng),
		}
		if i%3 == 0 { // near the threshold
			reqs[i].Threshold = new(big.Int).SetUint64(reqs[i].Sum + uint64(rng.IntN(3)))
		}
		rewards[i] = bindings.SettlementMathHarnessRewardInput{Sum: sums(), TokensPerComputeUnit: bigs(), Target: bigs(), Budget: bigs()}
		if i%4 == 0 { // sum × tokensPerComputeUnit around the target
			base := new(big.Int).Mul(new(big.Int).SetUint64(rewards[i].Sum), rewards[i].TokensPerComputeUnit)
			target := new(big.Int).Add(base, big.NewInt(rng.Int64N(3)-1))
			if target.Sign() > 0 && target.Cmp(max256) <= 0 {
				rewards[i].Target, rewards[i].Budget = target, max256
			}
		}
		slashes[i] = bindings.SettlementMathHarnessSlashInput{Reward: bigs(), Ppm: ppms(), Stake: bigs()}
	}
	for from := 0; from < vectorsPerKind; from += relayChunk {
		to := min(from+relayChunk, vectorsPerKind)
		gotReq, err := h.ProofRequiredBatch(call(), reqs[from:to])
		if err != nil {
			t.Fatal(err)
		}
		gotReward, err := h.RewardBatch(call(), rewards[from:to])
		if err != nil {
			t.Fatal(err)
		}
		gotSlash, err := h.SlashAmountBatch(call(), slashes[from:to])
		if err != nil {
			t.Fatal(err)
		}
		for i := range gotReq {
			n := from + i
			r := reqs[n]
			if want := protocol.ProofRequired(r.Sum, r.Threshold, r.Ppm, r.ProofSeed, r.SessionId, r.Supplier); gotReq[i] != want {
				t.Fatalf("proofRequired(%+v): solidity %v, go %v", r, gotReq[i], want)
			}
			w := rewards[n]
			if want := protocol.Reward(w.Sum, w.TokensPerComputeUnit, w.Target, w.Budget); gotReward[i].Cmp(want) != 0 {
				t.Fatalf("reward(%+v): solidity %v, go %v", w, gotReward[i], want)
			}
			s := slashes[n]
			if want := protocol.SlashAmount(s.Reward, s.Ppm, s.Stake); gotSlash[i].Cmp(want) != 0 {
				t.Fatalf("slashAmount(%+v): solidity %v, go %v", s, gotSlash[i], want)
			}
		}
	}
}

// Accounts of the settlement tests.
const (
	stlOwner   = 0
	stlSvc     = 1
	stlAppA    = 2
	stlGateway = 3
	stlSup1    = 4 // 4..7: the four suppliers, all in every session
	stlAppB    = 8
	stlOther   = 9 // anyone: submits proofs and settles
	stlStrange = 10
)

var burnAddress = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

type settlementEnv struct {
	*registryEnv
	stl     *bindings.RelaySettlement
	stlAddr common.Address
	stlABI  *abi.ABI
	domain  protocol.Domain
	rng     *rand.Rand
	nonce   uint64
}

func settlementParams() protocol.Params {
	p := testParams()
	p.ProofProbabilityPpm = 0
	p.ProofRequirementThreshold = big.NewInt(1000)
	p.TokensPerComputeUnit = big.NewInt(1000)
	return p
}

var halfTarget = new(big.Int).Lsh(big.NewInt(1), 255) // about half the relays are mined

func newSettlementEnv(t *testing.T) *settlementEnv {
	t.Helper()
	e := &settlementEnv{registryEnv: newRegistryEnv(t, 11, settlementParams()), rng: rand.New(rand.NewPCG(91, 91))}
	addr, tx, stl, err := bindings.DeployRelaySettlement(e.estimating(stlOwner), e.client, e.regAddr)
	e.do(tx, err)
	e.stl, e.stlAddr, e.stlABI = stl, addr, mustABI(t, bindings.RelaySettlementMetaData)
	e.domain = protocol.NewDomain(chainID, e.regAddr)

	e.reverts("OwnableUnauthorizedAccount")(e.reg.SetSettlement(e.estimating(stlOther), addr))
	e.reverts("InvalidSettlement")(e.reg.SetSettlement(e.estimating(stlOwner), common.Address{}))
	e.do(e.reg.SetSettlement(e.opts(stlOwner), addr))
	e.reverts("SettlementAlreadySet")(e.reg.SetSettlement(e.estimating(stlOwner), addr))
	if got, _ := e.reg.Settlement(call()); got != addr {
		t.Fatalf("registry settlement %s, want %s", got, addr)
	}
	e.reverts("NotSettlement")(e.reg.PaySupplier(e.estimating(stlOther), e.addrs[stlAppA], e.addrs[stlOther], big.NewInt(1)))
	e.reverts("NotSettlement")(e.reg.SlashSupplier(e.estimating(stlOther), e.addrs[stlSup1], big.NewInt(1)))

	e.send(e.reg.AddService(e.opts(stlSvc), eth, 3, halfTarget))
	e.commit()
	e.send(e.reg.StakeApplication(e.opts(stlAppA), big.NewInt(1e12), [][32]byte{eth}))
	e.send(e.reg.StakeApplication(e.opts(stlAppB), big.NewInt(1000), [][32]byte{eth}))
	e.send(e.reg.StakeGateway(e.opts(stlGateway), big.NewInt(100)))
	stakes := []int64{1e12, 1000, 1e13, 1e12} // supplier 2 can lose all of it
	for i, s := range stakes {
		e.send(e.reg.StakeSupplier(e.opts(stlSup1+i), big.NewInt(s), endpoints(eth)))
	}
	e.commit()
	e.do(e.reg.DelegateToGateway(e.opts(stlAppA), e.addrs[stlGateway]))
	return e
}

func (e *settlementEnv) expect(err error, name string) []any {
	e.t.Helper()
	got, args, derr := revertOf(err, e.stlABI, e.regABI, e.tokenABI)
	if derr != nil {
		e.t.Fatalf("want revert %s, got %v", name, derr)
	}
	if got != name {
		e.t.Fatalf("want revert %s, got %s%v", name, got, args)
	}
	return args
}

func (e *settlementEnv) stlReverts(name string) func(*types.Transaction, error) []any {
	return func(_ *types.Transaction, err error) []any {
		e.t.Helper()
		return e.expect(err, name)
	}
}

// relay signs a relay of app in the session starting at start, requested with reqKey and
// answered by supplier account sup. With mined set, it draws nonces until the relay is
// mined under halfTarget; with mined clear, until it is not.
func (e *settlementEnv) relay(app common.Address, reqKey *ecdsa.PrivateKey, sup int, start uint64, calls uint32, mined bool) protocol.Relay {
	e.t.Helper()
	for {
		e.nonce++
		h := protocol.RelayHeader{Application: app, Service: eth, SessionStart: start, Supplier: e.addrs[sup],
			Nonce: e.nonce, Calls: calls, PayloadHash: randHash(e.rng)}
		key := e.domain.RequestDigest(h)
		if protocol.IsMined(key, halfTarget) != mined {
			continue
		}
		r := protocol.Relay{Header: h, ResponseHash: randHash(e.rng)}
		var err error
		if r.RequestSig, err = protocol.Sign(key, reqKey); err != nil {
			e.t.Fatal(err)
		}
		if r.ResponseSig, err = protocol.Sign(e.domain.ResponseDigest(key, r.ResponseHash), e.keys[sup]); err != nil {
			e.t.Fatal(err)
		}
		return r
	}
}

// sessionTree is a supplier's session tree and the relays in it.
type sessionTree struct {
	trie   *smt.SMST
	root   protocol.TrieNode
	relays map[common.Hash]protocol.Relay // by trie path
}

func (e *settlementEnv) tree(relays ...protocol.Relay) *sessionTree {
	e.t.Helper()
	st := &sessionTree{trie: protocol.NewSessionTrie(simplemap.NewSimpleMap()), relays: map[common.Hash]protocol.Relay{}}
	for _, r := range relays {
		w, err := r.Weight(3)
		if err != nil {
			e.t.Fatal(err)
		}
		key := r.Key(e.domain)
		if err := st.trie.Update(key[:], r.Encode(), w); err != nil {
			e.t.Fatal(err)
		}
		st.relays[protocol.TriePath(key)] = r
	}
	root, err := protocol.ParseTrieNode(st.trie.Root())
	if err != nil {
		e.t.Fatal(err)
	}
	st.root = root
	return st
}

// prove returns the closest proof of path and the record of its leaf.
func (st *sessionTree) prove(t *testing.T, path common.Hash) (protocol.ClosestProof, []byte) {
	t.Helper()
	p, _ := proveClosest(t, st.trie, path)
	r, ok := st.relays[p.LeafPath]
	if !ok {
		t.Fatalf("proof leaf %s is no relay of the tree", p.LeafPath)
	}
	if err := protocol.VerifyClosestProof(st.root, path, p); err != nil {
		t.Fatalf("Go rejects the proof it made: %v", err)
	}
	return p, r.Encode()
}

func settlementProof(p protocol.ClosestProof) bindings.SMSTVerifierClosestProof {
	out := bindings.SMSTVerifierClosestProof{
		LeafPath: p.LeafPath, LeafValueHash: p.LeafValueHash, LeafWeight: p.LeafWeight,
		Depth: p.Depth, FlippedBits: p.FlippedBits, SideNodes: make([]bindings.SMSTVerifierNode, len(p.SideNodes)),
	}
	for i, n := range p.SideNodes {
		out.SideNodes[i] = bindings.SMSTVerifierNode{Hash: n.Hash, Sum: n.Sum, Count: n.Count}
	}
	return out
}

// claimSpec is one claim of the life-cycle test.
type claimSpec struct {
	name string
	app  int
	sup  int
	tree *sessionTree
}

func (e *settlementEnv) claim(c claimSpec, start uint64) *types.Transaction {
	return e.send(e.stl.Claim(e.opts(c.sup), e.addrs[c.app], eth, start, c.tree.root.Hash, c.tree.root.Sum, c.tree.root.Count))
}

func (e *settlementEnv) submit(from int, c claimSpec, start uint64, record []byte, p protocol.ClosestProof) (*types.Transaction, error) {
	return e.stl.SubmitProof(e.estimating(from), e.addrs[c.app], eth, start, e.addrs[c.sup], record, settlementProof(p))
}

func (e *settlementEnv) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.token.BalanceOf(call(), a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *settlementEnv) supplierStake(i int) *big.Int {
	e.t.Helper()
	info, err := e.reg.Supplier(call(), e.addrs[i])
	if err != nil {
		e.t.Fatal(err)
	}
	return info.Stake
}

func (e *settlementEnv) appStake(i int) *big.Int {
	e.t.Helper()
	info, err := e.reg.Application(call(), e.addrs[i])
	if err != nil {
		e.t.Fatal(err)
	}
	return info.Stake
}

// reward is what the claim pays by the Go formulas, with the registry's state at start.
func (e *settlementEnv) reward(c claimSpec, start uint64) *big.Int {
	e.t.Helper()
	stake, err := e.reg.ApplicationStakeAt(call(), e.addrs[c.app], start)
	if err != nil {
		e.t.Fatal(err)
	}
	p := settlementParams()
	budget := protocol.RelayBudget(stake, 4, p)
	return protocol.Reward(c.tree.root.Sum, p.TokensPerComputeUnit, halfTarget, budget)
}

func (e *settlementEnv) sessionID(app int, start uint64) common.Hash {
	return protocol.SessionID(e.addrs[app], eth, start, e.blockHash(start-1))
}

// TestSettlementLifecycle runs five claims of one session through their windows. Gas
// estimation (the reverts checked here) runs at the head's block number; a transaction sent
// then lands in the next block.
func TestSettlementLifecycle(t *testing.T) {
	e := newSettlementEnv(t)
	appA, appB := e.addrs[stlAppA], e.addrs[stlAppB]
	s := nextBoundary(e.head(), 10)
	w := protocol.SessionWindows(s, settlementParams()) // claims [s+11, s+15), proofs (s+15, s+19)
	e.nextBlockIs(s)
	e.commit()

	var mined []protocol.Relay
	for i := range 64 {
		key := e.keys[stlAppA]
		if i%3 == 0 {
			key = e.keys[stlGateway]
		}
		mined = append(mined, e.relay(appA, key, stlSup1, s, uint32(5+i%5), true))
	}
	stranger, _ := crypto.ToECDSA(crypto.Keccak256([]byte("not the application")))
	malformed := e.relay(appA, e.keys[stlAppA], stlSup1+3, s, 100, true)
	malformed.RequestSig = protocol.Signature{} // r = 0: no signer recovers
	badSup := e.relay(appB, e.keys[stlAppB], stlSup1, s, 300, true)
	badSup.ResponseSig, _ = protocol.Sign(e.domain.ResponseDigest(badSup.Key(e.domain), badSup.ResponseHash), e.keys[stlSup1+1])

	valid := claimSpec{"valid", stlAppA, stlSup1, e.tree(mined...)}
	unsigned := claimSpec{"unsigned", stlAppA, stlSup1 + 1, e.tree(e.relay(appA, stranger, stlSup1+1, s, 400, true))}
	notMined := claimSpec{"not mined", stlAppA, stlSup1 + 2, e.tree(e.relay(appA, e.keys[stlAppA], stlSup1+2, s, 400, false))}
	unsignedBad := claimSpec{"malformed signature", stlAppA, stlSup1 + 3, e.tree(malformed)}
	wrongSupSig := claimSpec{"bad supplier signature", stlAppB, stlSup1, e.tree(badSup)}
	if valid.tree.root.Sum < 1000 || unsignedBad.tree.root.Sum >= 1000 || wrongSupSig.tree.root.Sum >= 1000 {
		t.Fatalf("sums %d, %d, %d do not straddle the threshold as planned", valid.tree.root.Sum, unsignedBad.tree.root.Sum, wrongSupSig.tree.root.Sum)
	}

	// Claims: only in [claimOpen, claimClose), by a supplier of the session, once.
	e.nextBlockIs(w.ClaimOpen) // head claimOpen - 1
	args := e.stlReverts("OutsideClaimWindow")(e.stl.Claim(e.estimating(stlSup1), appA, eth, s, valid.tree.root.Hash, 1, 1))
	if args[1].(uint64) != w.ClaimOpen-1 || args[2].(uint64) != w.ClaimOpen || args[3].(uint64) != w.ClaimClose {
		t.Fatalf("OutsideClaimWindow%v, want height %d outside [%d, %d)", args, w.ClaimOpen-1, w.ClaimOpen, w.ClaimClose)
	}
	claims := []claimSpec{valid, unsigned, notMined, unsignedBad, wrongSupSig}
	for _, c := range claims {
		e.claim(c, s)
	}
	receipts := e.commit() // block claimOpen
	e.commit()
	ev := findLog(t, receipts[0], e.stl.ParseClaimed)
	if ev.SessionId != e.sessionID(stlAppA, s) || ev.Supplier != e.addrs[stlSup1] || ev.RootSum != valid.tree.root.Sum {
		t.Fatalf("Claimed = %+v", ev)
	}
	t.Logf("gas: claim %d", receipts[0].GasUsed)
	e.stlReverts("AlreadyClaimed")(e.stl.Claim(e.estimating(stlSup1), appA, eth, s, valid.tree.root.Hash, 1, 1))
	e.stlReverts("NotSessionSupplier")(e.stl.Claim(e.estimating(stlStrange), appA, eth, s, valid.tree.root.Hash, 1, 1))
	e.stlReverts("EmptyClaim")(e.stl.Claim(e.estimating(stlSup1), appB, eth, s, valid.tree.root.Hash, 0, 1))
	e.stlReverts("NotSessionStart")(e.stl.Claim(e.estimating(stlSup1), appA, eth, s+1, valid.tree.root.Hash, 1, 1))
	_, err := e.stl.ProofRequirement(call(), appA, eth, s, e.addrs[stlSup1])
	e.expect(err, "ProofSeedUnavailable")
	got, _ := e.stl.ClaimOf(call(), e.sessionID(stlAppA, s), e.addrs[stlSup1])
	if got.Status != 1 || got.Suppliers != 4 || got.RootHash != valid.tree.root.Hash {
		t.Fatalf("claimOf = %+v", got)
	}

	// The proof window: (proofOpen, proofClose).
	e.nextBlockIs(w.ProofOpen + 1) // head proofOpen = claimClose
	e.stlReverts("OutsideClaimWindow")(e.stl.Claim(e.estimating(stlSup1+1), appB, eth, s, valid.tree.root.Hash, 1, 1))
	earlyPath := protocol.ProofPath(randHash(e.rng), e.sessionID(stlAppA, s))
	early, earlyRecord := valid.tree.prove(t, earlyPath)
	e.stlReverts("OutsideProofWindow")(e.submit(stlOther, valid, s, earlyRecord, early))
	_, err = e.stl.ProofRequirement(call(), appA, eth, s, e.addrs[stlSup1])
	e.expect(err, "ProofSeedUnavailable")
	e.commit()                       // head proofOpen + 1
	seed := e.blockHash(w.ProofOpen) // the proof seed
	path := func(c claimSpec) common.Hash { return protocol.ProofPath(seed, e.sessionID(c.app, s)) }

	// Bad proofs of the valid claim, each with its own error.
	p, record := valid.tree.prove(t, path(valid))
	tampered := bytes.Clone(record)
	tampered[300] ^= 1 // the response hash: same relay key, other value
	e.stlReverts("ValueMismatch")(e.submit(stlOther, valid, s, tampered, p))
	var other protocol.Relay
	for k, r := range valid.tree.relays {
		if k != p.LeafPath {
			other = r
			break
		}
	}
	e.stlReverts("LeafPathMismatch")(e.submit(stlOther, valid, s, other.Encode(), p))
	e.stlReverts("WrongSession")(e.submit(stlOther, valid, s, badSup.Encode(), p))
	heavy := cloneClosest(p)
	heavy.LeafWeight++
	e.stlReverts("WeightMismatch")(e.submit(stlOther, valid, s, record, heavy))
	wrongPath, wrongRecord := valid.tree.prove(t, flipBit(path(valid), 0)) // the other half of the tree
	args = e.stlReverts("PathMismatch")(e.submit(stlOther, valid, s, wrongRecord, wrongPath))
	if args[2].(*big.Int).Sign() != 0 {
		t.Fatalf("PathMismatch%v, want depth 0", args)
	}
	shallow := cloneClosest(p)
	shallow.Depth--
	e.stlReverts("ProofDepthMismatch")(e.submit(stlOther, valid, s, record, shallow))
	toggled := cloneClosest(p)
	toggled.FlippedBits = flipBit(toggled.FlippedBits, 0)
	e.stlReverts("PathMismatch")(e.submit(stlOther, valid, s, record, toggled))
	// Another leaf's exact proof, its differences from the path declared as flipped bits.
	forged, forgedRecord := valid.tree.prove(t, protocol.TriePath(other.Key(e.domain)))
	for d := range int(forged.Depth) {
		if hasBit(forged.LeafPath, d) != hasBit(path(valid), d) {
			forged.FlippedBits = flipBit(forged.FlippedBits, d)
		}
	}
	e.stlReverts("FlippedBitNotEmpty")(e.submit(stlOther, valid, s, forgedRecord, forged))

	// Bad relays of the other claims (single-leaf trees: any path reaches the relay).
	for _, c := range []struct {
		claim claimSpec
		want  string
	}{
		{unsigned, "RequesterNotAuthorized"},
		{notMined, "RelayNotMined"},
		{unsignedBad, "UnsignedRelay"},
		{wrongSupSig, "BadSupplierSignature"},
	} {
		bp, br := c.claim.tree.prove(t, path(c.claim))
		e.stlReverts(c.want)(e.submit(stlOther, c.claim, s, br, bp))
	}

	// The valid proof, by anyone.
	r := e.do(e.submit(stlOther, valid, s, record, p))
	pa := findLog(t, r, e.stl.ParseProofAccepted)
	if pa.SessionId != e.sessionID(stlAppA, s) || pa.RelayKey != e.domain.RequestDigest(valid.tree.relays[p.LeafPath].Header) {
		t.Fatalf("ProofAccepted = %+v", pa)
	}
	t.Logf("gas: submitProof (depth %d, %d relays) %d", p.Depth, len(valid.tree.relays), r.GasUsed)
	e.stlReverts("ClaimClosed")(e.submit(stlOther, valid, s, record, p))
	if got, _ := e.stl.RecordedProofSeed(call(), w.ProofOpen); common.Hash(got) != seed {
		t.Fatalf("recorded proof seed %x, want %s", got, seed)
	}
	for _, c := range claims {
		req, err := e.stl.ProofRequirement(call(), e.addrs[c.app], eth, s, e.addrs[c.sup])
		if err != nil {
			t.Fatal(err)
		}
		want := protocol.ProofRequired(c.tree.root.Sum, big.NewInt(1000), 0, seed, e.sessionID(c.app, s), e.addrs[c.sup])
		if req.Required != want || common.Hash(req.Path) != path(c) {
			t.Fatalf("%s: proofRequirement = %v %x, want %v %s", c.name, req.Required, req.Path, want, path(c))
		}
	}
	e.stlReverts("SettlementTooEarly")(e.stl.Settle(e.estimating(stlOther), appA, eth, s, e.addrs[stlSup1]))
	e.nextBlockIs(w.ProofClose + 1) // head proofClose
	e.stlReverts("OutsideProofWindow")(e.submit(stlOther, unsigned, s, record, p))
	e.stlReverts("NoClaim")(e.stl.Settle(e.estimating(stlOther), appB, eth, s, e.addrs[stlSup1+3]))

	// Settlement, one claim per block.
	settle := func(c claimSpec) *types.Receipt {
		t.Helper()
		return e.do(e.stl.Settle(e.opts(stlOther), e.addrs[c.app], eth, s, e.addrs[c.sup]))
	}
	// The proven claim pays exactly Reward from application A's stake.
	want := e.reward(valid, s)
	sup1Before, appBefore := e.balance(e.addrs[stlSup1]), e.appStake(stlAppA)
	r = settle(valid)
	st := findLog(t, r, e.stl.ParseSettled)
	if st.Reward.Cmp(want) != 0 || st.Paid.Cmp(want) != 0 {
		t.Fatalf("Settled = %+v, want reward %v", st, want)
	}
	if d := new(big.Int).Sub(e.balance(e.addrs[stlSup1]), sup1Before); d.Cmp(want) != 0 {
		t.Fatalf("supplier received %v, want %v", d, want)
	}
	if d := new(big.Int).Sub(appBefore, e.appStake(stlAppA)); d.Cmp(want) != 0 {
		t.Fatalf("application stake fell by %v, want %v", d, want)
	}
	if later, _ := e.reg.ApplicationStakeAt(call(), appA, nextBoundary(e.head(), 10)); later.Cmp(e.appStake(stlAppA)) != 0 {
		t.Fatalf("stake history from the next session %v, want %v", later, e.appStake(stlAppA))
	}
	t.Logf("gas: settle (paid) %d; reward %v", r.GasUsed, want)
	e.stlReverts("ClaimClosed")(e.stl.Settle(e.estimating(stlOther), appA, eth, s, e.addrs[stlSup1]))

	// Not required and not proven: paid, capped by application B's budget (1000 / (4 × 2)).
	want = e.reward(wrongSupSig, s)
	if want.Int64() != 125 {
		t.Fatalf("budget-capped reward %v, want 125", want)
	}
	sup1Before = e.balance(e.addrs[stlSup1])
	st = findLog(t, settle(wrongSupSig), e.stl.ParseSettled)
	if st.Paid.Int64() != 125 || new(big.Int).Sub(e.balance(e.addrs[stlSup1]), sup1Before).Int64() != 125 {
		t.Fatalf("Settled = %+v", st)
	}
	settle(unsignedBad) // not required either

	// Required and not proven: slashed by SlashAmount, the tokens burnt.
	burnt := e.balance(burnAddress)
	stake := e.supplierStake(stlSup1 + 2)
	r = settle(notMined)
	sl := findLog(t, r, e.stl.ParseSlashed)
	if want := protocol.SlashAmount(e.reward(notMined, s), 0, stake); sl.Amount.Cmp(want) != 0 || want.Cmp(stake) >= 0 {
		t.Fatalf("Slashed %v, want %v (below the stake %v)", sl.Amount, want, stake)
	}
	if left := e.supplierStake(stlSup1 + 2); new(big.Int).Add(left, sl.Amount).Cmp(stake) != 0 {
		t.Fatalf("stake %v after slashing %v of %v", left, sl.Amount, stake)
	}
	t.Logf("gas: settle (slashed) %d", r.GasUsed)
	// Supplier 2 loses its whole (small) stake and starts unbonding.
	sl = findLog(t, settle(unsigned), e.stl.ParseSlashed)
	if sl.Amount.Int64() != 1000 || e.supplierStake(stlSup1+1).Sign() != 0 {
		t.Fatalf("Slashed %v, stake left %v", sl.Amount, e.supplierStake(stlSup1+1))
	}
	if info, _ := e.reg.Supplier(call(), e.addrs[stlSup1+1]); info.UnbondingEnd == 0 {
		t.Fatal("a supplier slashed below the minimum stake is not unbonding")
	}
	if next := e.candidates(eth, nextBoundary(e.head(), 10)); len(next) != 3 {
		t.Fatalf("next session's candidates %v, want 3 without the slashed supplier", next)
	}
	if d := new(big.Int).Sub(e.balance(burnAddress), burnt); d.Cmp(new(big.Int).Add(sl.Amount, protocol.SlashAmount(e.reward(notMined, s), 0, stake))) != 0 {
		t.Fatalf("burnt %v", d)
	}
}

// TestSettlementForgottenSeed: a claim below the threshold whose proof seed was never
// recorded and has left BLOCKHASH's reach counts as required: it is slashed.
func TestSettlementForgottenSeed(t *testing.T) {
	e := newSettlementEnv(t)
	appA := e.addrs[stlAppA]
	s := nextBoundary(e.head(), 10)
	w := protocol.SessionWindows(s, settlementParams())
	e.nextBlockIs(s)
	e.commit()
	c := claimSpec{"small", stlAppA, stlSup1 + 3, e.tree(e.relay(appA, e.keys[stlAppA], stlSup1+3, s, 10, true))}
	e.nextBlockIs(w.ClaimOpen)
	e.claim(c, s)
	e.commit()
	for e.head() < w.ProofOpen+257 {
		e.sim.Commit()
	}
	req, err := e.stl.ProofRequirement(call(), appA, eth, s, e.addrs[c.sup])
	if err != nil || !req.Required || req.Path != [32]byte{} {
		t.Fatalf("proofRequirement = %+v, %v; want required without a path", req, err)
	}
	e.stlReverts("ProofSeedUnavailable")(e.stl.RecordProofSeed(e.estimating(stlOther), s))
	sl := findLog(t, e.do(e.stl.Settle(e.opts(stlOther), appA, eth, s, e.addrs[c.sup])), e.stl.ParseSlashed)
	if want := protocol.SlashAmount(e.reward(c, s), 0, big.NewInt(1e12)); sl.Amount.Cmp(want) != 0 {
		t.Fatalf("Slashed %v, want %v", sl.Amount, want)
	}
}
