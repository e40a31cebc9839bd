package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"golang.org/x/sync/singleflight"

	"github.com/relaynode/relaynode/contracts/bindings"
	"github.com/relaynode/relaynode/internal/protocol"
)

// ErrNoSession is wrapped when the registry says a session does not exist
// (application not staked, service not active, ...). The wrapped
// *RevertError names the reason.
var ErrNoSession = errors.New("chain: no such session")

// SessionInfo is what a relay server or gateway needs to know about one
// session. It is immutable: registry changes only take effect at later
// session boundaries, so once a session has started its facts never change.
type SessionInfo struct {
	Session
	ComputeUnitsPerRelay uint64
	DifficultyTarget     *big.Int
	AppStake             *big.Int // the application's stake at Start
	suppliers            map[common.Address]bool
}

// NewSessionInfo assembles a SessionInfo (tests build their own).
func NewSessionInfo(s Session, computeUnitsPerRelay uint64, difficultyTarget, appStake *big.Int) *SessionInfo {
	info := &SessionInfo{Session: s, ComputeUnitsPerRelay: computeUnitsPerRelay, DifficultyTarget: difficultyTarget, AppStake: appStake, suppliers: map[common.Address]bool{}}
	for _, a := range s.Suppliers {
		info.suppliers[a] = true
	}
	return info
}

// HasSupplier reports whether a is one of the session's suppliers.
func (s *SessionInfo) HasSupplier(a common.Address) bool { return s.suppliers[a] }

// Registry is a cached, read-only view of the registry contract for the hot
// path of relay servers and gateways: the chain head, sessions, delegations
// and supplier endpoints. Session facts are cached forever (they are
// immutable, see SessionInfo); endpoints for a short time. It is safe for
// concurrent use; Shutdown stops its head tracker.
type Registry struct {
	c       *Client
	reg     *bindings.RegistryCaller
	addr    common.Address
	domain  protocol.Domain
	log     *slog.Logger
	poll    time.Duration
	flights singleflight.Group

	head  atomic.Uint64
	epoch atomic.Pointer[epochInfo] // parameters in force at head

	mu          sync.RWMutex
	sessions    map[sessionKey]*SessionInfo
	delegations map[delegationKey]bool
	gateways    map[delegationKey]bool // app unused
	endpoints   map[endpointKey]endpointEntry

	stop chan struct{}
	wg   sync.WaitGroup
}

type epochInfo struct {
	params     protocol.Params
	epochStart uint64
	head       uint64
}

type sessionKey struct {
	app     common.Address
	service protocol.ServiceID
	start   uint64
}

type delegationKey struct {
	app, gateway common.Address
	start        uint64
}

type endpointKey struct {
	supplier common.Address
	service  protocol.ServiceID
}

type endpointEntry struct {
	url     string
	fetched time.Time
}

// endpointTTL bounds how stale a cached supplier URL may be (URLs change at
// once on-chain, unlike session facts).
const endpointTTL = 30 * time.Second

// NewRegistry reads the chain id and the head, and starts following new heads
// (by subscription where the client supports it, else by polling every poll).
func NewRegistry(ctx context.Context, c *Client, registry common.Address, poll time.Duration, log *slog.Logger) (*Registry, error) {
	reg, err := bindings.NewRegistryCaller(registry, c)
	if err != nil {
		return nil, fmt.Errorf("chain: binding registry: %w", err)
	}
	r := &Registry{
		c: c, reg: reg, addr: registry, log: log, poll: poll,
		domain:      protocol.NewDomain(c.ChainIDValue().Uint64(), registry),
		sessions:    map[sessionKey]*SessionInfo{},
		delegations: map[delegationKey]bool{},
		gateways:    map[delegationKey]bool{},
		endpoints:   map[endpointKey]endpointEntry{},
		stop:        make(chan struct{}),
	}
	cctx, cancel := c.CallContext(ctx)
	h, err := c.BlockNumber(cctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("chain: reading the head: %w", err)
	}
	if err := r.advance(ctx, h); err != nil {
		return nil, err
	}
	r.wg.Add(1)
	go r.follow()
	return r, nil
}

// Domain returns the EIP-712 domain of relays on this registry.
func (r *Registry) Domain() protocol.Domain { return r.domain }

// Client returns the chain client the registry reads through.
func (r *Registry) Client() *Client { return r.c }

// Address returns the registry's address.
func (r *Registry) Address() common.Address { return r.addr }

// Head returns the latest block height seen.
func (r *Registry) Head() uint64 { return r.head.Load() }

// CurrentSessionStart returns the start of the session containing the head
// and the parameters in force there.
func (r *Registry) CurrentSessionStart() (uint64, protocol.Params) {
	e := r.epoch.Load()
	head := r.head.Load()
	if head < e.head { // cannot happen; heads only advance
		head = e.head
	}
	return protocol.SessionStart(head, e.epochStart, e.params.BlocksPerSession), e.params
}

// follow keeps head and epoch current until Shutdown.
func (r *Registry) follow() {
	defer r.wg.Done()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-r.stop
		cancel()
	}()
	heads := make(chan *types.Header, 16)
	sub, err := r.c.SubscribeNewHead(ctx, heads)
	if err != nil {
		r.pollHeads(ctx)
		return
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return
		case err := <-sub.Err():
			r.log.Warn("chain: head subscription ended; polling instead", "err", err)
			r.pollHeads(ctx)
			return
		case h := <-heads:
			if err := r.advance(ctx, h.Number.Uint64()); err != nil && ctx.Err() == nil {
				r.log.Warn("chain: following the head", "err", err)
			}
		}
	}
}

func (r *Registry) pollHeads(ctx context.Context) {
	t := time.NewTicker(r.poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			cctx, cancel := r.c.CallContext(ctx)
			h, err := r.c.BlockNumber(cctx)
			cancel()
			if err == nil {
				err = r.advance(ctx, h)
			}
			if err != nil && ctx.Err() == nil {
				r.log.Warn("chain: polling the head", "err", err)
			}
		}
	}
}

// advance records a new head and refreshes the parameters in force there.
func (r *Registry) advance(ctx context.Context, h uint64) error {
	if h < r.head.Load() {
		return nil // a reorg to a shorter chain; keep the higher mark for session timing
	}
	cctx, cancel := r.c.CallContext(ctx)
	defer cancel()
	pa, err := r.reg.ParamsAt(&bind.CallOpts{Context: cctx}, h)
	if err != nil {
		return fmt.Errorf("chain: parameters at %d: %w", h, err)
	}
	r.epoch.Store(&epochInfo{params: protocol.Params(pa.Params), epochStart: pa.EpochStart, head: h})
	r.head.Store(h)
	return nil
}

// Session returns the session of app for service starting at start. Errors
// from the registry (e.g. the application is not staked) wrap ErrNoSession.
func (r *Registry) Session(ctx context.Context, app common.Address, service protocol.ServiceID, start uint64) (*SessionInfo, error) {
	k := sessionKey{app, service, start}
	return cached(r, r.sessions, k, fmt.Sprintf("s/%x/%x/%d", app, service, start), true, func() (*SessionInfo, error) {
		return r.fetchSession(ctx, k)
	})
}

// cached returns m[k], or fetches it once for all concurrent callers and,
// when keep is set, remembers it.
func cached[K comparable, V any](r *Registry, m map[K]V, k K, flight string, keep bool, fetch func() (V, error)) (V, error) {
	r.mu.RLock()
	v, ok := m[k]
	r.mu.RUnlock()
	if ok {
		return v, nil
	}
	got, err, _ := r.flights.Do(flight, func() (any, error) { return fetch() })
	if err != nil {
		var zero V
		return zero, err
	}
	v = got.(V)
	if keep {
		r.mu.Lock()
		m[k] = v
		r.mu.Unlock()
	}
	return v, nil
}

func (r *Registry) fetchSession(ctx context.Context, k sessionKey) (*SessionInfo, error) {
	cctx, cancel := r.c.CallContext(ctx)
	defer cancel()
	opts := &bind.CallOpts{Context: cctx}
	on, err := r.reg.GetSession(opts, k.app, k.service, k.start)
	if err != nil {
		if _, ok := RevertData(err); ok {
			return nil, fmt.Errorf("%w: %w", ErrNoSession, NewRevertDecoder().Decode(err))
		}
		return nil, fmt.Errorf("chain: session of %s for %s at %d: %w", k.app.Hex(), k.service, k.start, err)
	}
	if on.StartHeight != k.start {
		return nil, fmt.Errorf("%w: %d is not a session start (the session containing it starts at %d)", ErrNoSession, k.start, on.StartHeight)
	}
	pa, err := r.reg.ParamsAt(opts, k.start)
	if err != nil {
		return nil, fmt.Errorf("chain: parameters at %d: %w", k.start, err)
	}
	svc, err := r.reg.ServiceAt(opts, k.service, k.start)
	if err != nil {
		return nil, fmt.Errorf("chain: service %s at %d: %w", k.service, k.start, err)
	}
	stake, err := r.reg.ApplicationStakeAt(opts, k.app, k.start)
	if err != nil {
		return nil, fmt.Errorf("chain: stake of %s at %d: %w", k.app.Hex(), k.start, err)
	}
	return NewSessionInfo(Session{
		Application: k.app, Service: k.service, Start: on.StartHeight, End: on.EndHeight,
		ID: on.SessionId, Seed: on.Seed, Suppliers: on.Suppliers, Params: protocol.Params(pa.Params),
	}, svc.Config.ComputeUnitsPerRelay, svc.Config.DifficultyTarget, stake), nil
}

// Delegated reports whether app's delegation to gateway is in force at start.
func (r *Registry) Delegated(ctx context.Context, app, gateway common.Address, start uint64) (bool, error) {
	// A session that has not started may still see delegations change.
	d, err := cached(r, r.delegations, delegationKey{app, gateway, start}, fmt.Sprintf("d/%x/%x/%d", app, gateway, start), start <= r.Head(), func() (bool, error) {
		cctx, cancel := r.c.CallContext(ctx)
		defer cancel()
		return r.reg.IsDelegatedAt(&bind.CallOpts{Context: cctx}, app, gateway, start)
	})
	if err != nil {
		return false, fmt.Errorf("chain: delegation of %s to %s at %d: %w", app.Hex(), gateway.Hex(), start, err)
	}
	return d, nil
}

// IsGateway reports whether addr is a staked gateway at start.
func (r *Registry) IsGateway(ctx context.Context, addr common.Address, start uint64) (bool, error) {
	g, err := cached(r, r.gateways, delegationKey{gateway: addr, start: start}, fmt.Sprintf("g/%x/%d", addr, start), start <= r.Head(), func() (bool, error) {
		cctx, cancel := r.c.CallContext(ctx)
		defer cancel()
		stake, err := r.reg.GatewayStakeAt(&bind.CallOpts{Context: cctx}, addr, start)
		if err != nil {
			return false, err
		}
		return stake.Sign() > 0, nil
	})
	if err != nil {
		return false, fmt.Errorf("chain: gateway stake of %s at %d: %w", addr.Hex(), start, err)
	}
	return g, nil
}

// Endpoint returns the URL supplier announces for service.
func (r *Registry) Endpoint(ctx context.Context, supplier common.Address, service protocol.ServiceID) (string, error) {
	k := endpointKey{supplier, service}
	r.mu.RLock()
	e, ok := r.endpoints[k]
	r.mu.RUnlock()
	if ok && time.Since(e.fetched) < endpointTTL {
		return e.url, nil
	}
	v, err, _ := r.flights.Do(fmt.Sprintf("e/%x/%x", supplier, service), func() (any, error) {
		cctx, cancel := r.c.CallContext(ctx)
		defer cancel()
		info, err := r.reg.Supplier(&bind.CallOpts{Context: cctx}, supplier)
		if err != nil {
			return "", err
		}
		for _, ep := range info.Endpoints {
			if ep.Service == service {
				return strings.TrimRight(ep.Url, "/"), nil
			}
		}
		return "", fmt.Errorf("supplier %s announces no endpoint for %s", supplier.Hex(), service)
	})
	if err != nil {
		return "", fmt.Errorf("chain: endpoint of %s: %w", supplier.Hex(), err)
	}
	r.mu.Lock()
	r.endpoints[k] = endpointEntry{url: v.(string), fetched: time.Now()}
	r.mu.Unlock()
	return v.(string), nil
}

// Forget drops cached sessions and delegations that start before start; call
// it as sessions expire to bound memory.
func (r *Registry) Forget(before uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for k := range r.sessions {
		if k.start < before {
			delete(r.sessions, k)
		}
	}
	for k := range r.delegations {
		if k.start < before {
			delete(r.delegations, k)
		}
	}
	for k := range r.gateways {
		if k.start < before {
			delete(r.gateways, k)
		}
	}
}

// Shutdown stops following the head.
func (r *Registry) Shutdown(ctx context.Context) error {
	select {
	case <-r.stop:
		return nil
	default:
	}
	close(r.stop)
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("chain: registry shutdown: %w", ctx.Err())
	}
}
