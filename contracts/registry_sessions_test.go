package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// slotModel mirrors the registry's per-service supplier slots in Go: append on join,
// swap-and-pop on leave.
type slotModel map[[32]byte][]common.Address

func (m slotModel) join(service [32]byte, a common.Address) { m[service] = append(m[service], a) }

func (m slotModel) leave(service [32]byte, a common.Address) {
	l := m[service]
	i := slices.Index(l, a)
	if i < 0 {
		panic("model: leave without join")
	}
	l[i] = l[len(l)-1]
	m[service] = l[:len(l)-1]
}

func (m slotModel) clone() slotModel {
	out := slotModel{}
	for k, v := range m {
		out[k] = slices.Clone(v)
	}
	return out
}

// TestRegistrySessionReevaluation changes suppliers (join, leave by swap-and-pop, change of
// services), the application's stake, a service and the parameters (including
// blocksPerSession), and checks that each change applies exactly from the next boundary
// while the earlier session still evaluates exactly as before.
func TestRegistrySessionReevaluation(t *testing.T) {
	const suppliers = 16
	e := newRegistryEnv(t, firstSup+suppliers, testParams())
	app := e.addrs[appAcct]
	sup := func(i int) common.Address { return e.addrs[firstSup+i] }
	model := slotModel{}

	h0 := e.head() + 1
	s1 := nextBoundary(h0, 10) // first session with the registrations
	e.addService(eth, 1)
	e.addService(llm, 7)
	e.send(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(100), [][32]byte{eth, llm}))
	for i := range 12 {
		e.send(e.reg.StakeSupplier(e.opts(firstSup+i), big.NewInt(100), endpoints(eth, llm)))
		model.join(eth, sup(i))
		model.join(llm, sup(i))
	}
	e.commit()
	e.nextBlockIs(s1 + 1)
	e.commit() // head is s1 + 1: the session at s1 has its seed

	if got := e.candidates(eth, s1); !slices.Equal(got, model[eth]) {
		t.Fatalf("candidates at %d = %v, want %v", s1, got, model[eth])
	}
	if got := e.candidates(eth, s1-1); len(got) != 0 {
		t.Fatalf("candidates before the boundary = %v, want none", got)
	}
	first := e.checkSession(app, eth, s1)
	if len(first.Suppliers) != 4 {
		t.Fatalf("session has %d suppliers, want 4", len(first.Suppliers))
	}
	if again := e.checkSession(app, eth, s1+9); !reflect.DeepEqual(again, first) {
		t.Fatal("heights of one session give different sessions")
	}
	firstLLM := e.checkSession(app, llm, s1)
	firstCands := e.candidates(eth, s1)

	// Changes during the session at s1, all effective at s2 = s1 + 10.
	s2 := s1 + 10
	e.send(e.reg.UnstakeSupplier(e.opts(firstSup + 2)))                                   // slot 2 <- last (11)
	e.send(e.reg.StakeSupplier(e.opts(firstSup+4), big.NewInt(0), endpoints(llm)))        // leaves eth: slot 4 <- 10
	e.send(e.reg.StakeSupplier(e.opts(firstSup+12), big.NewInt(100), endpoints(eth)))     // joins
	e.send(e.reg.StakeSupplier(e.opts(firstSup+13), big.NewInt(100), endpoints(eth)))     // joins
	e.send(e.reg.StakeSupplier(e.opts(firstSup+14), big.NewInt(100), endpoints(eth)))     // joins, leaves below
	e.send(e.reg.StakeSupplier(e.opts(firstSup+5), big.NewInt(400), endpoints(eth, llm))) // stake 100 -> 500
	e.send(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(50), [][32]byte{eth, llm}))
	e.send(e.reg.UpdateService(e.opts(svcOwner), eth, 3, big.NewInt(1000)))
	np := testParams()
	np.BlocksPerSession, np.SuppliersPerSession = 7, 6
	e.send(e.reg.SetParams(e.opts(owner), bindings.RegistryParams(np)))
	model.leave(eth, sup(2))
	model.leave(llm, sup(2))
	model.leave(eth, sup(4))
	model.join(eth, sup(12))
	model.join(eth, sup(13))
	model.join(eth, sup(14))
	e.commit()
	// A second change in the same session overwrites the pending checkpoint.
	e.send(e.reg.UnstakeSupplier(e.opts(firstSup + 14)))
	e.send(e.reg.UpdateService(e.opts(svcOwner), eth, 5, big.NewInt(2000)))
	model.leave(eth, sup(14))
	e.commit()
	if got := model[eth][2]; got != sup(11) {
		t.Fatalf("model: slot 2 holds %s, want supplier 11 (swap-and-pop)", got)
	}

	// Nothing changed inside the session at s1.
	for h := e.head(); h < s2; h++ {
		if got := e.candidates(eth, h); !slices.Equal(got, firstCands) {
			t.Fatalf("candidates at %d changed inside the session: %v", h, got)
		}
	}
	e.nextBlockIs(s2 + 1)
	e.commit()

	// From s2: new list, stake, service and parameters (sessions of 7, 6 suppliers).
	if got := e.candidates(eth, s2); !slices.Equal(got, model[eth]) {
		t.Fatalf("candidates at %d = %v, want %v", s2, got, model[eth])
	}
	if got := e.candidates(llm, s2); !slices.Equal(got, model[llm]) {
		t.Fatalf("llm candidates at %d = %v, want %v", s2, got, model[llm])
	}
	second := e.checkSession(app, eth, s2)
	if second.StartHeight != s2 || second.EndHeight != s2+7 || len(second.Suppliers) != 6 {
		t.Fatalf("session at %d = [%d, %d) with %d suppliers, want [%d, %d) with 6",
			s2, second.StartHeight, second.EndHeight, len(second.Suppliers), s2, s2+7)
	}
	if a, b := e.appStakeAt(s1), e.appStakeAt(s2); a != 100 || b != 150 {
		t.Fatalf("app stake at s1, s2 = %d, %d; want 100, 150", a, b)
	}
	svc, err := e.reg.ServiceAt(call(), eth, s2)
	if err != nil || !svc.Exists || svc.Config.ComputeUnitsPerRelay != 5 || svc.Config.DifficultyTarget.Int64() != 2000 {
		t.Fatalf("serviceAt(eth, s2) = %+v, %v; want the second update", svc, err)
	}
	for h := s2; h < s2+30; h++ {
		pa, _ := e.reg.ParamsAt(call(), h)
		got, _ := e.reg.SessionStart(call(), h)
		if want := protocol.SessionStart(h, s2, 7); pa.EpochStart != s2 || got != want {
			t.Fatalf("sessionStart(%d) = %d (epoch %d), want %d (epoch %d)", h, got, pa.EpochStart, want, s2)
		}
	}
	if st, _ := e.reg.SupplierStakeAt(call(), sup(14), s2); st.Sign() != 0 {
		t.Fatalf("supplier 14 (joined and left in one session) has stake %v at s2", st)
	}
	if st, _ := e.reg.SupplierStakeAt(call(), sup(5), s2); st.Int64() != 500 {
		t.Fatalf("supplier 5 stake at s2 = %v, want 500", st)
	}

	// The session at s1 evaluates exactly as before every later change.
	if again := e.checkSession(app, eth, s1+3); !reflect.DeepEqual(again, first) {
		t.Fatalf("session at %d changed:\n was %+v\n now %+v", s1, first, again)
	}
	if again := e.checkSession(app, llm, s1); !reflect.DeepEqual(again, firstLLM) {
		t.Fatalf("llm session at %d changed", s1)
	}
	if got := e.candidates(eth, s1); !slices.Equal(got, firstCands) {
		t.Fatalf("candidates at %d changed: %v, was %v", s1, got, firstCands)
	}
	svc, _ = e.reg.ServiceAt(call(), eth, s1)
	if svc.Config.ComputeUnitsPerRelay != 1 || svc.Config.DifficultyTarget.Cmp(maxTarget) != 0 {
		t.Fatalf("serviceAt(eth, s1) = %+v, want the original", svc.Config)
	}
	pa, _ := e.reg.ParamsAt(call(), s1)
	if pa.EpochStart != 0 || !reflect.DeepEqual(protocol.Params(pa.Params), testParams()) {
		t.Fatalf("paramsAt(s1) = %+v, want the deploy parameters", pa)
	}
	if st, _ := e.reg.SupplierStakeAt(call(), sup(5), s1); st.Int64() != 100 {
		t.Fatalf("supplier 5 stake at s1 = %v, want 100", st)
	}
	latest, _ := e.reg.LatestParams(call())
	if !reflect.DeepEqual(protocol.Params(latest), np) {
		t.Fatalf("latestParams = %+v", latest)
	}
}

// TestRegistrySlotHistory runs random supplier joins, service changes, unstakes and
// withdrawals over many sessions (with a change of blocksPerSession half-way) against the Go
// slot model, checks the candidates at every boundary, and re-evaluates every past session
// at the end.
func TestRegistrySlotHistory(t *testing.T) {
	const suppliers = 24
	e := newRegistryEnv(t, firstSup+suppliers, testParams())
	app := e.addrs[appAcct]
	services := [][32]byte{eth, llm, sol}
	rng := rand.New(rand.NewPCG(7, 7))

	for _, s := range services {
		e.addService(s, 1)
	}
	e.send(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(100), services))
	e.commit()

	type supState struct {
		services     [][32]byte // current endpoint order
		staked       bool
		unbondingEnd uint64
	}
	state := make([]supState, suppliers)
	model := slotModel{}
	snapshots := map[uint64]slotModel{} // boundary -> slots in force from it
	sessions := map[uint64]map[[32]byte]bindings.RegistrySessionInfo{}

	// next returns next(h) from the registry's own parameters.
	next := func(h uint64) uint64 {
		pa, err := e.reg.ParamsAt(call(), h)
		if err != nil {
			t.Fatal(err)
		}
		return protocol.SessionStart(h, pa.EpochStart, pa.Params.BlocksPerSession) + pa.Params.BlocksPerSession
	}
	randomServices := func() [][32]byte {
		out := slices.Clone(services)
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out[:1+rng.IntN(len(out))]
	}

	for round := range 14 {
		b := e.head() + 1 // the block the round's transactions land in
		boundary := next(b)
		if round == 6 {
			np := testParams()
			np.BlocksPerSession, np.SuppliersPerSession = 7, 3
			e.send(e.reg.SetParams(e.opts(owner), bindings.RegistryParams(np)))
		}
		for _, i := range rng.Perm(suppliers)[:4+rng.IntN(5)] {
			st := &state[i]
			who := e.addrs[firstSup+i]
			switch {
			case !st.staked && st.unbondingEnd == 0: // fresh: stake
				st.services, st.staked = randomServices(), true
				e.send(e.reg.StakeSupplier(e.opts(firstSup+i), big.NewInt(100), endpoints(st.services...)))
				for _, s := range st.services {
					model.join(s, who)
				}
			case st.staked && rng.IntN(3) > 0: // change services
				old, now := st.services, randomServices()
				e.send(e.reg.StakeSupplier(e.opts(firstSup+i), big.NewInt(0), endpoints(now...)))
				for _, s := range old {
					if !slices.Contains(now, s) {
						model.leave(s, who)
					}
				}
				for _, s := range now {
					if !slices.Contains(old, s) {
						model.join(s, who)
					}
				}
				st.services = now
			case st.staked: // unstake
				e.send(e.reg.UnstakeSupplier(e.opts(firstSup + i)))
				for _, s := range st.services {
					model.leave(s, who)
				}
				st.staked = false
				st.unbondingEnd = boundary + testParams().UnbondingBlocks
			case b >= st.unbondingEnd: // withdraw, then free to stake again
				e.send(e.reg.WithdrawSupplier(e.opts(firstSup + i)))
				st.unbondingEnd, st.services = 0, nil
			}
		}
		e.commit()
		snapshots[boundary] = model.clone()
		if e.head()+1 < boundary {
			e.nextBlockIs(boundary)
		}
		e.commit() // head = boundary: its seed is known

		for _, s := range services {
			if got := e.candidates(s, boundary); !slices.Equal(got, model[s]) {
				t.Fatalf("round %d: candidates of %s at %d = %v, want %v", round, protocol.ServiceID(s), boundary, got, model[s])
			}
		}
		sessions[boundary] = map[[32]byte]bindings.RegistrySessionInfo{}
		for _, s := range services {
			sessions[boundary][s] = e.checkSession(app, s, boundary)
		}
	}

	// Every past session re-evaluates exactly.
	for boundary, snap := range snapshots {
		for _, s := range services {
			if got := e.candidates(s, boundary); !slices.Equal(got, snap[s]) {
				t.Fatalf("candidates of %s at %d now %v, were %v", protocol.ServiceID(s), boundary, got, snap[s])
			}
			if got := e.checkSession(app, s, boundary); !reflect.DeepEqual(got, sessions[boundary][s]) {
				t.Fatalf("session of %s at %d changed", protocol.ServiceID(s), boundary)
			}
		}
	}
}

func TestRegistrySeeds(t *testing.T) {
	e := newRegistryEnv(t, 4, testParams())
	app := e.addrs[appAcct]
	e.addService(eth, 1)
	e.send(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(100), [][32]byte{eth}))
	e.commit()
	s := nextBoundary(e.head(), 10)
	e.nextBlockIs(s + 12)
	e.commit()

	if seed, _ := e.reg.SessionSeed(call(), 0); seed != [32]byte{} {
		t.Fatalf("sessionSeed(0) = %x, want zero", seed)
	}
	if seed, _ := e.reg.SessionSeed(call(), s); common.Hash(seed) != e.blockHash(s-1) {
		t.Fatalf("sessionSeed(%d) = %x, want blockhash(%d)", s, seed, s-1)
	}
	e.reverts("NotSessionStart")(e.reg.RecordSessionSeed(e.estimating(3), s+1))
	future := nextBoundary(e.head(), 10) + 10
	args := e.reverts("SessionInFuture")(e.reg.RecordSessionSeed(e.estimating(3), future))
	if args[0].(uint64) != future {
		t.Fatalf("SessionInFuture%v", args)
	}
	if _, err := e.reg.GetSession(call(), app, eth, future); err == nil {
		t.Fatal("getSession of a future session succeeded")
	}

	r := e.do(e.reg.RecordSessionSeed(e.opts(3), s))
	ev := findLog(t, r, e.reg.ParseSessionSeedRecorded)
	if ev.SessionStart != s || common.Hash(ev.Seed) != e.blockHash(s-1) {
		t.Fatalf("SessionSeedRecorded = %+v", ev)
	}
	if r = e.do(e.reg.RecordSessionSeed(e.opts(3), s)); len(r.Logs) != 0 {
		t.Fatal("recording a recorded seed emitted an event")
	}
	recorded := e.checkSession(app, eth, s)

	// 300 blocks later BLOCKHASH no longer reaches either session.
	for range 300 {
		e.sim.Commit()
	}
	if seed, _ := e.reg.SessionSeed(call(), s); common.Hash(seed) != e.blockHash(s-1) {
		t.Fatal("recorded seed lost")
	}
	if got := e.checkSession(app, eth, s+5); !reflect.DeepEqual(got, recorded) {
		t.Fatal("session with a recorded seed changed")
	}
	_, err := e.reg.SessionSeed(call(), s+10)
	if args := e.expectRevert(err, "SeedUnavailable"); args[0].(uint64) != s+10 {
		t.Fatalf("SeedUnavailable%v", args)
	}
	_, err = e.reg.GetSession(call(), app, eth, s+10)
	e.expectRevert(err, "SeedUnavailable")
	e.reverts("SeedUnavailable")(e.reg.RecordSessionSeed(e.estimating(3), s+10))
}

func TestRegistryGovernance(t *testing.T) {
	e := newRegistryEnv(t, 3, testParams())
	args := e.reverts("OwnableUnauthorizedAccount")(e.reg.SetParams(e.estimating(1), bindings.RegistryParams(testParams())))
	if args[0] != e.addrs[1] {
		t.Fatalf("OwnableUnauthorizedAccount%v", args)
	}

	// The contract rejects exactly what protocol.Params.Validate rejects, naming the same field
	// and range.
	edits := []func(*protocol.Params){
		func(p *protocol.Params) { p.BlocksPerSession = 0 },
		func(p *protocol.Params) { p.ClaimWindowBlocks = 0 },
		func(p *protocol.Params) { p.ProofWindowBlocks = 0 },
		func(p *protocol.Params) { p.SuppliersPerSession = 0 },
		func(p *protocol.Params) { p.SuppliersPerSession = 33 },
		func(p *protocol.Params) { p.GracePeriodBlocks = 223; p.UnbondingBlocks = 500 },
		func(p *protocol.Params) { p.ProofWindowBlocks = 1<<64 - 1 },
		func(p *protocol.Params) { p.UnbondingBlocks = 18 },
		func(p *protocol.Params) { p.ProofProbabilityPpm = 1_000_001 },
		func(p *protocol.Params) { p.TokensPerComputeUnit = big.NewInt(0) },
		func(p *protocol.Params) { p.MinApplicationStake = big.NewInt(0) },
		func(p *protocol.Params) { p.MinGatewayStake = big.NewInt(0) },
		func(p *protocol.Params) { p.MinSupplierStake = big.NewInt(0) },
	}
	for _, edit := range edits {
		p := testParams()
		edit(&p)
		var pe *protocol.ParamError
		goErr := p.Validate()
		if !asParamError(goErr, &pe) {
			t.Fatalf("Go accepts %+v", p)
		}
		args := e.reverts("InvalidParams")(e.reg.SetParams(e.estimating(owner), bindings.RegistryParams(p)))
		if args[0] != pe.Field || args[1].(*big.Int).Cmp(pe.Got) != 0 || args[2].(*big.Int).Cmp(pe.Min) != 0 || args[3].(*big.Int).Cmp(pe.Max) != 0 {
			t.Fatalf("contract InvalidParams%v, Go %v", args, goErr)
		}
	}
	edge := testParams()
	edge.GracePeriodBlocks, edge.UnbondingBlocks, edge.ProofProbabilityPpm = 222, 240, 1_000_000 // N+windows = 240
	if err := edge.Validate(); err != nil {
		t.Fatal(err)
	}
	r := e.do(e.reg.SetParams(e.estimating(owner), bindings.RegistryParams(edge)))
	e1 := nextBoundary(r.BlockNumber.Uint64(), 10)
	if pa, _ := e.reg.ParamsAt(call(), e1-1); pa.Params.GracePeriodBlocks != 1 {
		t.Fatal("new parameters in force before the boundary")
	}
	e.nextBlockIs(e1 + 2)

	// Two changes in one session: the second replaces the first at the same boundary.
	p5, p8 := testParams(), testParams()
	p5.BlocksPerSession, p8.BlocksPerSession = 5, 8
	r = e.do(e.reg.SetParams(e.opts(owner), bindings.RegistryParams(p5)))
	b := nextBoundary(r.BlockNumber.Uint64(), 10)
	if ev := findLog(t, r, e.reg.ParseParamsSet); ev.EffectiveHeight != b || ev.Params.BlocksPerSession != 5 {
		t.Fatalf("ParamsSet = %+v, want N 5 from %d", ev, b)
	}
	e.do(e.reg.SetParams(e.opts(owner), bindings.RegistryParams(p8)))
	pa, _ := e.reg.ParamsAt(call(), b)
	if pa.EpochStart != b || pa.Params.BlocksPerSession != 8 {
		t.Fatalf("paramsAt(%d) = %+v, want N 8 from %d", b, pa, b)
	}
	pa, _ = e.reg.ParamsAt(call(), b-1)
	if pa.EpochStart != e1 || pa.Params.GracePeriodBlocks != 222 {
		t.Fatalf("paramsAt(%d) = %+v, want the edge params of the epoch at %d", b-1, pa, e1)
	}
	for x := uint64(0); x < b+40; x++ {
		got, _ := e.reg.SessionStart(call(), x)
		want := protocol.SessionStart(x, 0, 10)
		if x >= e1 {
			want = protocol.SessionStart(x, e1, 10)
		}
		if x >= b {
			want = protocol.SessionStart(x, b, 8)
		}
		if got != want {
			t.Fatalf("sessionStart(%d) = %d, want %d", x, got, want)
		}
	}

	// Ownable2Step: the new owner governs only after accepting.
	e.do(e.reg.TransferOwnership(e.opts(owner), e.addrs[1]))
	if o, _ := e.reg.Owner(call()); o != e.addrs[owner] {
		t.Fatal("ownership moved before acceptance")
	}
	e.do(e.reg.AcceptOwnership(e.opts(1)))
	e.do(e.reg.SetParams(e.opts(1), bindings.RegistryParams(testParams())))
	e.reverts("OwnableUnauthorizedAccount")(e.reg.SetParams(e.estimating(owner), bindings.RegistryParams(testParams())))
}

func asParamError(err error, target **protocol.ParamError) bool {
	pe, ok := err.(*protocol.ParamError)
	if ok {
		*target = pe
	}
	return ok
}

func TestRegistryServicesAndSuppliers(t *testing.T) {
	e := newRegistryEnv(t, 6, testParams())
	const sup = 3
	for _, bad := range [][32]byte{{}, {'E', 'T', 'H'}, {'e', 0, 'h'}, {'a', ' '}} {
		args := e.reverts("InvalidServiceId")(e.reg.AddService(e.estimating(svcOwner), bad, 1, maxTarget))
		if args[0] != bad {
			t.Fatalf("InvalidServiceId%v", args)
		}
	}
	e.reverts("InvalidComputeUnitsPerRelay")(e.reg.AddService(e.estimating(svcOwner), eth, 0, maxTarget))
	e.reverts("InvalidDifficultyTarget")(e.reg.AddService(e.estimating(svcOwner), eth, 1, big.NewInt(0)))
	e.reverts("UnknownService")(e.reg.UpdateService(e.estimating(svcOwner), eth, 1, maxTarget))
	e.addService(eth, 1)
	e.commit()
	args := e.reverts("ServiceAlreadyExists")(e.reg.AddService(e.estimating(4), eth, 1, maxTarget))
	if args[1] != e.addrs[svcOwner] {
		t.Fatalf("ServiceAlreadyExists%v", args)
	}
	args = e.reverts("NotServiceOwner")(e.reg.UpdateService(e.estimating(4), eth, 2, maxTarget))
	if args[1] != e.addrs[svcOwner] || args[2] != e.addrs[4] {
		t.Fatalf("NotServiceOwner%v", args)
	}
	if o, _ := e.reg.ServiceOwner(call(), eth); o != e.addrs[svcOwner] {
		t.Fatalf("serviceOwner = %s", o)
	}

	// Supplier endpoint rules.
	st := e.estimating(sup)
	e.reverts("InvalidServiceCount")(e.reg.StakeSupplier(st, big.NewInt(100), nil))
	many := make([]bindings.RegistryServiceEndpoint, 17)
	for i := range many {
		many[i] = bindings.RegistryServiceEndpoint{Service: eth, Url: "u"}
	}
	args = e.reverts("InvalidServiceCount")(e.reg.StakeSupplier(st, big.NewInt(100), many))
	if args[0].(*big.Int).Int64() != 17 || args[2].(*big.Int).Int64() != 16 {
		t.Fatalf("InvalidServiceCount%v", args)
	}
	e.reverts("DuplicateService")(e.reg.StakeSupplier(st, big.NewInt(100), many[:2]))
	e.reverts("UnknownService")(e.reg.StakeSupplier(st, big.NewInt(100), endpoints(llm)))
	for _, url := range []string{"", strings.Repeat("x", 257)} {
		args = e.reverts("InvalidUrlLength")(e.reg.StakeSupplier(st, big.NewInt(100),
			[]bindings.RegistryServiceEndpoint{{Service: eth, Url: url}}))
		if args[0] != eth || args[1].(*big.Int).Int64() != int64(len(url)) {
			t.Fatalf("InvalidUrlLength%v", args)
		}
	}
	e.reverts("BelowMinimumStake")(e.reg.StakeSupplier(st, big.NewInt(99), endpoints(eth)))
	long := []bindings.RegistryServiceEndpoint{{Service: eth, Url: strings.Repeat("x", 256)}}
	e.do(e.reg.StakeSupplier(e.opts(sup), big.NewInt(100), long))
	boundary := nextBoundary(e.head(), 10)

	// A URL change applies at once and leaves the slots alone.
	r := e.do(e.reg.StakeSupplier(e.opts(sup), big.NewInt(0), endpoints(eth)))
	if ev := findLog(t, r, e.reg.ParseSupplierStaked); len(ev.Endpoints) != 1 || ev.Endpoints[0].Url != "https://eth.example" {
		t.Fatalf("SupplierStaked = %+v", ev)
	}
	info, _ := e.reg.Supplier(call(), e.addrs[sup])
	if len(info.Endpoints) != 1 || info.Endpoints[0].Url != "https://eth.example" {
		t.Fatalf("supplier endpoints = %+v, want the new URL at once", info.Endpoints)
	}
	if got := e.candidates(eth, boundary); !slices.Equal(got, []common.Address{e.addrs[sup]}) {
		t.Fatalf("candidates = %v", got)
	}

	// Service updates: two in one session, the last one wins.
	e.nextBlockIs(boundary + 2)
	e.send(e.reg.UpdateService(e.opts(svcOwner), eth, 4, big.NewInt(7)))
	e.send(e.reg.UpdateService(e.opts(svcOwner), eth, 9, big.NewInt(8)))
	r = e.commit()[1]
	if ev := findLog(t, r, e.reg.ParseServiceUpdated); ev.EffectiveHeight != boundary+10 || ev.ComputeUnitsPerRelay != 9 {
		t.Fatalf("ServiceUpdated = %+v", ev)
	}
	for h, want := range map[uint64]uint64{boundary: 1, boundary + 9: 1, boundary + 10: 9} {
		svc, _ := e.reg.ServiceAt(call(), eth, h)
		if !svc.Exists || svc.Config.ComputeUnitsPerRelay != want {
			t.Fatalf("serviceAt(%d) = %+v, want %d compute units", h, svc, want)
		}
	}
	if svc, _ := e.reg.ServiceAt(call(), eth, boundary-1); svc.Exists {
		t.Fatal("service exists before its boundary")
	}

	// Unstaked suppliers leave the list at the boundary and keep their endpoints until withdrawn.
	r = e.do(e.reg.UnstakeSupplier(e.opts(sup)))
	ev := findLog(t, r, e.reg.ParseUnstaked)
	if ev.Role != 2 || ev.EffectiveHeight != boundary+10 {
		t.Fatalf("Unstaked = %+v", ev)
	}
	if got := e.candidates(eth, boundary+10); len(got) != 0 {
		t.Fatalf("candidates after unstake = %v", got)
	}
	e.reverts("ActorUnbonding")(e.reg.StakeSupplier(e.estimating(sup), big.NewInt(100), endpoints(eth)))
	e.nextBlockIs(ev.UnbondingEnd)
	e.do(e.reg.WithdrawSupplier(e.opts(sup)))
	if info, _ := e.reg.Supplier(call(), e.addrs[sup]); info.Stake.Sign() != 0 || len(info.Endpoints) != 0 {
		t.Fatalf("supplier after withdraw = %+v", info)
	}
	// Gateways unbond the same way.
	e.do(e.reg.StakeGateway(e.opts(4), big.NewInt(100)))
	r = e.do(e.reg.UnstakeGateway(e.opts(4)))
	gev := findLog(t, r, e.reg.ParseUnstaked)
	e.reverts("StillUnbonding")(e.reg.WithdrawGateway(e.estimating(4)))
	e.nextBlockIs(gev.UnbondingEnd)
	if w := findLog(t, e.do(e.reg.WithdrawGateway(e.opts(4))), e.reg.ParseWithdrawn); w.Role != 1 || w.Amount.Int64() != 100 {
		t.Fatalf("Withdrawn = %+v", w)
	}
}

func TestRegistryGetSessionErrorsAndGas(t *testing.T) {
	const suppliers = 100
	p := testParams()
	p.SuppliersPerSession = 8
	e := newRegistryEnv(t, firstSup+suppliers, p)
	app := e.addrs[appAcct]
	start := e.head() + 1
	e.addService(eth, 1)
	e.addService(llm, 1)
	e.addService(sol, 1)
	e.commit()
	_, err := e.reg.GetSession(call(), app, eth, start)
	e.expectRevert(err, "ServiceNotActive")

	e.send(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(100), [][32]byte{eth, llm, sol}))
	for i := range suppliers {
		services := endpoints(eth)
		if i < 10 {
			services = endpoints(eth, llm)
		}
		e.send(e.reg.StakeSupplier(e.opts(firstSup+i), big.NewInt(100), services))
		if i%40 == 39 {
			e.commit()
		}
	}
	e.commit()
	b := nextBoundary(e.head(), 10)
	e.nextBlockIs(b + 1)
	e.commit()
	_, err = e.reg.GetSession(call(), e.addrs[firstSup], eth, b)
	e.expectRevert(err, "ApplicationNotActive")

	// sol has no suppliers: a session exists, with none.
	if s := e.checkSession(app, sol, b); len(s.Suppliers) != 0 {
		t.Fatalf("sol session suppliers = %v", s.Suppliers)
	}
	e.do(e.reg.StakeApplication(e.opts(appAcct), big.NewInt(0), [][32]byte{eth}))
	b2 := nextBoundary(e.head(), 10)
	e.nextBlockIs(b2 + 1)
	e.commit()
	_, err = e.reg.GetSession(call(), app, llm, b2)
	if args := e.expectRevert(err, "ApplicationNotStakedForService"); args[1] != llm || args[2].(uint64) != b2 {
		t.Fatalf("ApplicationNotStakedForService%v", args)
	}

	// Gas: reading a session costs O(k) storage reads whatever the number of candidates.
	gas := func(service [32]byte, h uint64) uint64 {
		if got := len(e.candidates(service, h)); got != map[[32]byte]int{eth: 100, llm: 10}[service] {
			t.Fatalf("%s has %d candidates", protocol.ServiceID(service), got)
		}
		e.checkSession(app, service, h)
		data, err := e.regABI.Pack("getSession", app, service, h)
		if err != nil {
			t.Fatal(err)
		}
		g, err := e.client.EstimateGas(t.Context(), ethereumCall(e.addrs[owner], e.regAddr, data))
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	g10, g100 := gas(llm, b), gas(eth, b)
	t.Logf("getSession gas (eth_estimateGas, incl. 21000 intrinsic), k=8: 10 candidates %d, 100 candidates %d", g10, g100)
	if g100 > 200_000 || g100 > g10+20_000 {
		t.Fatalf("getSession gas: 10 candidates %d, 100 candidates %d: not O(k)", g10, g100)
	}
}
