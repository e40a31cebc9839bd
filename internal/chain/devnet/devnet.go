// Package devnet runs a real go-ethereum node inside the process: a developer
// genesis, a simulated beacon that seals blocks on a timer or on demand, and
// HTTP/WebSocket JSON-RPC on loopback. Its chain lives in a data directory and
// survives restarts, including kill -9 (see Start).
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID is the devnet's chain id (the same as geth's developer mode).
const ChainID = 1337

// Errors returned by Start and Commit.
var (
	// ErrPortInUse means an RPC listen address is taken by another process.
	ErrPortInUse = errors.New("devnet: address already in use")
	// ErrLocked means another process has the devnet's data directory open.
	ErrLocked = errors.New("devnet: chain data directory is in use by another process")
	// ErrClosed is returned after Shutdown.
	ErrClosed = errors.New("devnet: closed")
	// ErrSeal means the simulated beacon did not produce a block.
	ErrSeal = errors.New("devnet: block was not sealed")
)

// Config configures a devnet. The zero value of an optional field means its
// default; DataDir is required.
type Config struct {
	// DataDir holds the chain. A restart with the same directory continues the
	// same chain.
	DataDir string
	// HTTPAddr and WSAddr are loopback host:port listen addresses; port 0 picks
	// a free port, "" disables the endpoint.
	HTTPAddr string
	WSAddr   string
	// BlockPeriod is the time between blocks; 0 seals blocks only when Commit
	// (or the evm_mine RPC) is called, or, with AutoMine, as soon as
	// transactions arrive.
	BlockPeriod time.Duration
	// AutoMine, with BlockPeriod 0, seals a block whenever the pool has
	// executable transactions (geth's "--dev.period 0", without its race that
	// can drop queued transactions).
	AutoMine bool
	// GasLimit is the block gas limit; default 30,000,000.
	GasLimit uint64
	// Accounts is the number of funded development accounts; default 10.
	Accounts int
	// Logger receives the devnet's own logs and geth's warnings; default discards.
	Logger *slog.Logger
}

// Account is a funded development account. Its key is derived from a public
// seed (DevKey): it must never hold value on a real chain.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// DevKey returns the i-th development key: keccak256("relaynode devnet account"
// ‖ uint32 big-endian i) as a secp256k1 scalar.
func DevKey(i int) *ecdsa.PrivateKey {
	var idx [4]byte
	binary.BigEndian.PutUint32(idx[:], uint32(i))
	seed := crypto.Keccak256([]byte("relaynode devnet account"), idx[:])
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		// A keccak output outside the curve order has probability ~2^-128.
		panic(fmt.Sprintf("devnet: development key %d is not a valid scalar: %v", i, err))
	}
	return key
}

// DevAccountBalance is the genesis balance of each development account.
var DevAccountBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// Devnet is a running embedded chain. Its methods are safe for concurrent use.
type Devnet struct {
	cfg      Config
	log      *slog.Logger
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	accounts []Account

	sealMu sync.Mutex // serialises sealing; the beacon is not safe for concurrent use

	stop   chan struct{}
	wg     sync.WaitGroup
	mu     sync.Mutex
	closed bool
}

// Start opens (or creates) the chain in cfg.DataDir and starts sealing.
//
// Durability: the chain uses geth's hash state scheme without pruning, and the
// key-value store is synced after every new head, so that kill -9 loses no
// block that was reported as the head (geth writes its Pebble WAL without sync;
// with the path scheme a hard kill rewinds to genesis).
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("devnet: Config.DataDir is required")
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 30_000_000
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = 10
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	d := &Devnet{cfg: cfg, log: cfg.Logger, stop: make(chan struct{})}
	for i := range cfg.Accounts {
		key := DevKey(i)
		d.accounts = append(d.accounts, Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key})
	}

	nodeCfg, err := d.nodeConfig()
	if err != nil {
		return nil, err
	}
	stack, err := node.New(nodeCfg)
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, cfg.DataDir)
		}
		return nil, fmt.Errorf("devnet: creating node: %w", err)
	}
	d.stack = stack
	if err := d.startEth(); err != nil {
		stack.Close()
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		d.closeStack()
		return nil, fmt.Errorf("devnet: start: %w", err)
	}

	heads := make(chan core.ChainHeadEvent, 16)
	sub := d.eth.BlockChain().SubscribeChainHeadEvent(heads)
	d.wg.Add(1)
	go d.syncHeads(heads, sub.Unsubscribe)
	if cfg.BlockPeriod > 0 {
		d.wg.Add(1)
		go d.sealLoop()
	} else if cfg.AutoMine {
		d.wg.Add(1)
		go d.autoMine()
	}
	d.log.Info("devnet started", "http", d.HTTPURL(), "ws", d.WSURL(), "head", d.Head(), "block_period", cfg.BlockPeriod)
	return d, nil
}

func (d *Devnet) nodeConfig() (*node.Config, error) {
	c := node.DefaultConfig
	c.Name = "geth"
	c.DataDir = d.cfg.DataDir
	c.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	c.IPCPath = ""
	c.KeyStoreDir = ""
	c.UseLightweightKDF = true
	c.HTTPModules = []string{"eth", "net", "web3", "txpool", "evm"}
	c.WSModules = c.HTTPModules
	c.HTTPVirtualHosts = []string{"localhost"}
	c.HTTPCors = []string{"*"}
	c.WSOrigins = []string{"*"}
	c.Logger = nil
	if d.cfg.HTTPAddr != "" {
		host, port, err := splitAddr(d.cfg.HTTPAddr)
		if err != nil {
			return nil, fmt.Errorf("devnet: http address: %w", err)
		}
		c.HTTPHost, c.HTTPPort = host, port
	} else {
		c.HTTPHost = ""
	}
	if d.cfg.WSAddr != "" {
		host, port, err := splitAddr(d.cfg.WSAddr)
		if err != nil {
			return nil, fmt.Errorf("devnet: ws address: %w", err)
		}
		c.WSHost, c.WSPort = host, port
	} else {
		c.WSHost = ""
	}
	return &c, nil
}

func splitAddr(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	port, err := strconv.Atoi(p)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("bad port in %q", addr)
	}
	return host, port, nil
}

// startEth registers the Ethereum service on the stack, starts it and creates
// the simulated beacon. The caller closes the stack on error.
func (d *Devnet) startEth() error {
	genesis, err := d.genesisForStart()
	if err != nil {
		return err
	}
	ec := ethconfig.Defaults
	ec.NetworkId = ChainID
	ec.Genesis = genesis
	ec.SyncMode = ethconfig.FullSync
	ec.StateScheme = rawdb.HashScheme
	ec.NoPruning = true
	ec.Miner.GasCeil = d.cfg.GasLimit
	ec.Miner.GasPrice = big.NewInt(1)
	ec.TxPool.PriceLimit = 1
	ec.TxPool.NoLocals = true
	ec.DatabaseCache = 64
	ec.TrieCleanCache = 32
	ec.TrieDirtyCache = 32
	ec.SnapshotCache = 32
	backend, err := eth.New(d.stack, &ec)
	if err != nil {
		return fmt.Errorf("devnet: creating the chain in %s: %w", d.cfg.DataDir, err)
	}
	d.eth = backend
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	d.stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)},
		{Namespace: "evm", Service: &evmAPI{d: d}},
	})
	if err := d.stack.Start(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			addr := "an RPC address"
			var op *net.OpError
			if errors.As(err, &op) && op.Addr != nil {
				addr = op.Addr.String()
			}
			return fmt.Errorf("%w: %s", ErrPortInUse, addr)
		}
		if errors.Is(err, node.ErrDatadirUsed) {
			return fmt.Errorf("%w: %s", ErrLocked, d.cfg.DataDir)
		}
		return fmt.Errorf("devnet: starting node: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, d.accounts[0].Address, backend)
	if err != nil {
		return fmt.Errorf("devnet: starting the simulated beacon: %w", err)
	}
	d.beacon = beacon
	return nil
}

// genesisForStart returns the developer genesis for a new chain, or nil when
// the data directory already holds one (geth then loads the stored genesis, so
// a changed account count cannot make the old chain incompatible).
func (d *Devnet) genesisForStart() (*core.Genesis, error) {
	path := d.stack.ResolvePath("chaindata")
	if rawdb.PreexistingDatabase(path) != "" {
		db, err := d.stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{
			ReadOnly:          true,
			AncientsDirectory: d.stack.ResolveAncient("chaindata", ""),
			Cache:             16,
			Handles:           16,
		})
		if err != nil {
			return nil, fmt.Errorf("devnet: opening the existing chain in %s: %w", d.cfg.DataDir, err)
		}
		has := rawdb.ReadCanonicalHash(db, 0) != (common.Hash{})
		db.Close()
		if has {
			return nil, nil
		}
	}
	g := core.DeveloperGenesisBlock(d.cfg.GasLimit, nil)
	for _, a := range d.accounts {
		g.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(DevAccountBalance)}
	}
	return g, nil
}

// syncHeads flushes geth's key-value store after every new head.
func (d *Devnet) syncHeads(heads <-chan core.ChainHeadEvent, unsubscribe func()) {
	defer d.wg.Done()
	defer unsubscribe()
	for {
		select {
		case <-d.stop:
			return
		case <-heads:
			if err := d.eth.ChainDb().SyncKeyValue(); err != nil {
				d.log.Error("devnet: syncing the chain database failed", "err", err)
			}
		}
	}
}

func (d *Devnet) sealLoop() {
	defer d.wg.Done()
	t := time.NewTicker(d.cfg.BlockPeriod)
	defer t.Stop()
	for {
		select {
		case <-d.stop:
			return
		case <-t.C:
			if _, err := d.Commit(); err != nil && !errors.Is(err, ErrClosed) {
				d.log.Warn("devnet: sealing failed", "err", err)
			}
		}
	}
}

// autoMine seals blocks while the pool has executable transactions: on
// every new transaction, and on a short tick, since a transaction can become
// includable without a new one arriving (the pool settling, a block that
// came out empty while it was busy).
func (d *Devnet) autoMine() {
	defer d.wg.Done()
	// The pool sends transaction events from its reorg loop, and
	// Commit waits on that loop (TxPool.Sync). A subscriber that stops
	// reading while it commits would deadlock the pool, so a separate
	// goroutine always drains the feed and only leaves a wake-up mark.
	txs := make(chan core.NewTxsEvent, 256)
	sub := d.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	wake := make(chan struct{}, 1)
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		for {
			select {
			case <-d.stop:
				return
			case <-sub.Err():
				return
			case <-txs:
				select {
				case wake <- struct{}{}:
				default:
				}
			}
		}
	}()
	defer func() { <-drained }()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-d.stop:
			return
		case <-wake:
		case <-tick.C:
		}
		for {
			if pending, _ := d.eth.TxPool().Stats(); pending == 0 {
				break
			}
			h, err := d.Commit()
			if err != nil {
				if !errors.Is(err, ErrClosed) {
					d.log.Warn("devnet: sealing failed", "err", err)
				}
				break
			}
			if b := d.eth.BlockChain().GetBlockByNumber(h); b == nil || b.Transactions().Len() == 0 {
				break // nothing includable now; the next tick looks again
			}
			select {
			case <-d.stop:
				return
			default:
			}
		}
	}
}

// Commit seals one block now, including pending transactions, and returns its
// number. The block is synced to disk before Commit returns.
func (d *Devnet) Commit() (uint64, error) {
	d.sealMu.Lock()
	defer d.sealMu.Unlock()
	d.mu.Lock()
	closed := d.closed
	d.mu.Unlock()
	if closed {
		return 0, ErrClosed
	}
	before := d.eth.BlockChain().CurrentBlock().Number.Uint64()
	d.beacon.Commit()
	after := d.eth.BlockChain().CurrentBlock().Number.Uint64()
	if after <= before {
		return after, fmt.Errorf("%w at height %d", ErrSeal, before+1)
	}
	if err := d.eth.ChainDb().SyncKeyValue(); err != nil {
		return after, fmt.Errorf("devnet: syncing block %d: %w", after, err)
	}
	return after, nil
}

// Head returns the current block number.
func (d *Devnet) Head() uint64 { return d.eth.BlockChain().CurrentBlock().Number.Uint64() }

// Accounts returns the funded development accounts; index 0 is the deployer
// and fee recipient.
func (d *Devnet) Accounts() []Account { return append([]Account(nil), d.accounts...) }

// HTTPURL returns the HTTP JSON-RPC URL, or "" if disabled.
func (d *Devnet) HTTPURL() string {
	if d.cfg.HTTPAddr == "" {
		return ""
	}
	return d.stack.HTTPEndpoint()
}

// WSURL returns the WebSocket JSON-RPC URL, or "" if disabled.
func (d *Devnet) WSURL() string {
	if d.cfg.WSAddr == "" {
		return ""
	}
	return d.stack.WSEndpoint()
}

// RPCClient returns a new in-process JSON-RPC client; the caller closes it.
func (d *Devnet) RPCClient() *rpc.Client { return d.stack.Attach() }

// Client returns a new in-process ethclient; the caller closes it.
func (d *Devnet) Client() *ethclient.Client { return ethclient.NewClient(d.stack.Attach()) }

// Shutdown stops sealing and closes the node, flushing the chain to disk. It
// returns ErrClosed when called again.
func (d *Devnet) Shutdown(ctx context.Context) error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return ErrClosed
	}
	d.closed = true
	d.mu.Unlock()
	close(d.stop)
	done := make(chan struct{})
	go func() { d.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("devnet: shutdown: %w", ctx.Err())
	}
	d.sealMu.Lock() // wait for an in-flight Commit
	defer d.sealMu.Unlock()
	return d.closeStack()
}

func (d *Devnet) closeStack() error {
	var err error
	if d.beacon != nil {
		err = d.beacon.Stop()
	}
	if cerr := d.stack.Close(); cerr != nil {
		err = errors.Join(err, fmt.Errorf("devnet: closing node: %w", cerr))
	}
	return err
}

// evmAPI serves the evm_* methods that development tools (Hardhat, Anvil,
// Foundry scripts) use.
type evmAPI struct{ d *Devnet }

// Mine seals one block and returns its number.
func (a *evmAPI) Mine() (hexUint64, error) {
	n, err := a.d.Commit()
	return hexUint64(n), err
}

// Rewind makes block height the head, orphaning the blocks above it (a
// reorg once blocks are sealed on top); their transactions return to the
// pool unless dropPending is set, when the pool is emptied too (as if a
// node lost them). Chaos tests use it against a running 'relaynode up'.
func (a *evmAPI) Rewind(height hexutil.Uint64, dropPending bool) (hexUint64, error) {
	if err := a.d.Rewind(uint64(height)); err != nil {
		return 0, err
	}
	if dropPending {
		a.d.DropPending()
	}
	return hexUint64(a.d.Head()), nil
}

type hexUint64 uint64

func (h hexUint64) MarshalText() ([]byte, error) {
	return []byte("0x" + strconv.FormatUint(uint64(h), 16)), nil
}

// RouteGethLogs sends go-ethereum's own logs at warn level and above to h. It
// replaces geth's process-wide logger (which discards by default), so call it
// once from main.
func RouteGethLogs(h slog.Handler) {
	log.SetDefault(log.NewLogger(minLevel{Handler: h.WithAttrs([]slog.Attr{slog.String("component", "geth")}), min: slog.LevelWarn}))
}

// minLevel drops records below min.
type minLevel struct {
	slog.Handler
	min slog.Level
}

func (m minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= m.min && m.Handler.Enabled(ctx, l)
}

// Handle drops geth's warning about the devnet having no peers, which is the
// point of a devnet.
func (m minLevel) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "P2P server will be useless, neither dialing nor listening" {
		return nil
	}
	return m.Handler.Handle(ctx, r)
}

func (m minLevel) WithAttrs(as []slog.Attr) slog.Handler {
	return minLevel{Handler: m.Handler.WithAttrs(as), min: m.min}
}

func (m minLevel) WithGroup(name string) slog.Handler {
	return minLevel{Handler: m.Handler.WithGroup(name), min: m.min}
}

// DataDir returns the chain's data directory.
func (d *Devnet) DataDir() string { return d.cfg.DataDir }

// Fault injection, for tests of code that must survive a misbehaving chain.

// SetMinTip makes the devnet leave transactions whose tip is below tip out
// of its blocks (they stay in the pool), as a busy chain withholds cheap
// transactions. A zero tip includes everything again.
func (d *Devnet) SetMinTip(tip *big.Int) {
	d.eth.Miner().SetGasTip(new(big.Int).Set(tip))
}

// DropPending empties the transaction pool, as a node does when it evicts
// transactions: senders see no error, the transactions are simply gone.
func (d *Devnet) DropPending() {
	d.sealMu.Lock()
	defer d.sealMu.Unlock()
	d.eth.TxPool().Clear()
}

// Rewind makes the block at height the head, orphaning the blocks above it
// (a reorg once new blocks are sealed on top). Transactions of the orphaned
// blocks return to the pool.
func (d *Devnet) Rewind(height uint64) error {
	d.sealMu.Lock()
	defer d.sealMu.Unlock()
	hash := d.eth.BlockChain().GetCanonicalHash(height)
	if hash == (common.Hash{}) {
		return fmt.Errorf("devnet: no block %d", height)
	}
	if err := d.beacon.Fork(hash); err != nil {
		return fmt.Errorf("devnet: rewinding to %d: %w", height, err)
	}
	return nil
}
