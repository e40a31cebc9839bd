// Package config defines relaynode's one configuration file: its schema, its
// documented defaults, and how a file, RELAYNODE_* environment variables and
// command-line flags are layered over them (in that order, later wins).
//
// Every setting is a field of Config with a `yaml` key and a `doc` comment; the
// same table drives `relaynode config default`, the flags and the environment
// names, so a setting cannot be documented in one place and missing in another.
package config

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ErrInvalid is wrapped by every error about a bad setting, whether it came from
// the file, the environment or a flag.
var ErrInvalid = errors.New("config: invalid setting")

// Config is the whole node configuration. The zero value is not useful; start
// from Default().
type Config struct {
	DataDir   string          `yaml:"datadir" doc:"Directory for the chain, keys, databases and logs of this node. Created when absent. A leading ~ means the home directory."`
	Log       LogConfig       `yaml:"log" doc:"Structured logs (log/slog) on standard error."`
	Chain     ChainConfig     `yaml:"chain" doc:"The EVM chain the node settles on."`
	Devnet    DevnetConfig    `yaml:"devnet" doc:"The embedded development chain (a real go-ethereum node in this process), used when chain.rpc is empty."`
	Contracts ContractsConfig `yaml:"contracts" doc:"Deployed contract addresses. Empty on the devnet, where relaynode deploys and finds them itself; 'relaynode deploy' fills them in for other chains."`
	Keystore  KeystoreConfig  `yaml:"keystore" doc:"The operator key, a geth keystore file. Its passphrase comes from RELAYNODE_KEYSTORE_PASSPHRASE or keystore.passphrase_file, never from this file."`
	Protocol  ProtocolConfig  `yaml:"protocol" doc:"Governance parameters written into the registry when relaynode deploys it. A deployed registry keeps its own; change them there."`
	Node      NodeConfig      `yaml:"node" doc:"The supplier's relay server ('relaynode node'): verifies, meters and forwards signed relays to backends. Its key is the operator key (keystore.file; on the devnet, development account 3)."`
	Tx        TxConfig        `yaml:"tx" doc:"The transaction relayer ('relaynode tx serve'): a REST API that lands transactions on the chain durably and exactly once, with Powerloom relayer-py compatible endpoints."`
	Gateway   GatewayConfig   `yaml:"gateway" doc:"The application-side gateway ('relaynode gateway'): takes plain JSON-RPC, REST and WebSocket from ordinary clients and turns them into signed relays. Its key is the operator key (keystore.file; on the devnet, development account 2)."`
	Demo      DemoConfig      `yaml:"demo" doc:"What 'relaynode up' stakes on the devnet so that the network serves traffic at once."`
}

// LogConfig selects the log level and format.
type LogConfig struct {
	Level  string `yaml:"level" doc:"Lowest level written: debug, info, warn or error."`
	Format string `yaml:"format" doc:"text (key=value, for people) or json (for log pipelines)."`
}

// ChainConfig says which chain to use and how to talk to it.
type ChainConfig struct {
	RPC     string        `yaml:"rpc" doc:"JSON-RPC URL (http, https, ws or wss) of the chain. Empty: run the embedded devnet."`
	ChainID uint64        `yaml:"chain_id" doc:"Expected chain id; the node refuses to start on another chain. 0 accepts any."`
	Timeout time.Duration `yaml:"timeout" doc:"Deadline for each chain RPC call."`
}

// DevnetConfig configures the embedded go-ethereum node.
type DevnetConfig struct {
	HTTP        string        `yaml:"http" doc:"Loopback address of the devnet's HTTP JSON-RPC."`
	WS          string        `yaml:"ws" doc:"Loopback address of the devnet's WebSocket JSON-RPC."`
	BlockPeriod time.Duration `yaml:"block_period" doc:"Time between blocks. 0 seals blocks only on demand (evm_mine), which tests use."`
	GasLimit    uint64        `yaml:"gas_limit" doc:"Block gas limit (30000000 holds about 1,400 plain transfers)."`
	Accounts    int           `yaml:"accounts" doc:"Number of funded development accounts. Their keys are derived from a public seed: never use them on a real chain."`
}

// ContractsConfig holds deployed contract addresses.
type ContractsConfig struct {
	Registry common.Address `yaml:"registry" doc:"Registry contract address."`
	Token    common.Address `yaml:"token" doc:"Stake token (ERC-20) contract address."`
	// Settlement is optional for a node that only serves relays; when set, the
	// registry must be bound to it.
	Settlement common.Address `yaml:"settlement" doc:"RelaySettlement contract address (claims, proofs, settlement); the registry must name it its settlement contract."`
}

// KeystoreConfig locates the operator key.
type KeystoreConfig struct {
	File           string `yaml:"file" doc:"geth keystore (JSON) file of the operator key. Required on a real chain."`
	PassphraseFile string `yaml:"passphrase_file" doc:"File whose first line is the keystore passphrase. Alternative: RELAYNODE_KEYSTORE_PASSPHRASE."`
}

// ProtocolConfig holds the registry's governance parameters for a deployment.
// Token amounts are whole tokens (18 decimals), written as decimals.
type ProtocolConfig struct {
	BlocksPerSession          uint64 `yaml:"blocks_per_session" doc:"Session length in blocks."`
	GracePeriodBlocks         uint64 `yaml:"grace_period_blocks" doc:"Blocks after a session ends during which its relays are still served."`
	ClaimWindowBlocks         uint64 `yaml:"claim_window_blocks" doc:"Blocks in which a claim may land; opens when the grace period ends."`
	ProofWindowBlocks         uint64 `yaml:"proof_window_blocks" doc:"Blocks in which a proof may land; opens when the claim window closes."`
	SuppliersPerSession       uint64 `yaml:"suppliers_per_session" doc:"Suppliers picked per session (1 to 32)."`
	UnbondingBlocks           uint64 `yaml:"unbonding_blocks" doc:"Blocks from an unstake taking effect until the stake can be withdrawn."`
	ProofProbabilityPpm       uint64 `yaml:"proof_probability_ppm" doc:"Chance, in parts per million, that a claim below the threshold must be proven."`
	ProofRequirementThreshold uint64 `yaml:"proof_requirement_threshold" doc:"Claimed compute units from which a proof is always required."`
	TokensPerComputeUnit      Tokens `yaml:"tokens_per_compute_unit" doc:"Tokens paid per compute unit."`
	MinApplicationStake       Tokens `yaml:"min_application_stake" doc:"Minimum application stake, in tokens."`
	MinGatewayStake           Tokens `yaml:"min_gateway_stake" doc:"Minimum gateway stake, in tokens."`
	MinSupplierStake          Tokens `yaml:"min_supplier_stake" doc:"Minimum supplier stake, in tokens."`
}

// DemoConfig is what `up` stakes on the devnet.
type DemoConfig struct {
	Enabled              bool   `yaml:"enabled" doc:"Stake a demo application, gateway and supplier on the devnet; the supplier announces node.public_url."`
	Service              string `yaml:"service" doc:"Id of the demo service; its backend is the devnet's own JSON-RPC."`
	ComputeUnitsPerRelay uint64 `yaml:"compute_units_per_relay" doc:"Compute units one relay of the demo service costs."`
	Stake                Tokens `yaml:"stake" doc:"Stake of each demo actor, in tokens."`
}

// NodeConfig configures the supplier's relay server.
type NodeConfig struct {
	Listen             string                   `yaml:"listen" doc:"Address the relay server listens on."`
	PublicURL          string                   `yaml:"public_url" doc:"URL at which gateways reach this node: the supplier endpoint announced on-chain. Empty: http:// (or https:// with TLS) plus node.listen."`
	AdminListen        string                   `yaml:"admin_listen" doc:"Address of the node's admin server (/metrics, /healthz, /debug/pprof). Empty disables it."`
	TLSCert            string                   `yaml:"tls_cert" doc:"PEM certificate file; with tls_key, the relay server speaks HTTPS."`
	TLSKey             string                   `yaml:"tls_key" doc:"PEM private key file of tls_cert."`
	MaxBodyBytes       int64                    `yaml:"max_body_bytes" doc:"Largest request body accepted; larger ones get 413."`
	MaxInFlight        int                      `yaml:"max_in_flight" doc:"Relays processed at once. More wait up to queue_timeout, then get 503 with Retry-After."`
	QueueTimeout       time.Duration            `yaml:"queue_timeout" doc:"How long a request may wait for a free slot before 503."`
	PerIPRate          int                      `yaml:"per_ip_rate" doc:"Requests per second allowed from one client IP (checked before anything else); 0 disables the limit. Excess gets 429."`
	PerIPBurst         int                      `yaml:"per_ip_burst" doc:"Burst size of the per-IP limit."`
	Services           map[string]ServiceConfig `yaml:"services" doc:"The services this node serves, by service id, each with its backends. 'relaynode up' adds the demo service with the devnet as backend."`
	TxRelayer          string                   `yaml:"tx_relayer" doc:"Base URL of the transaction relayer that sends this node's claims, proofs and settlements, signed there by the operator key (its reserved signer). Empty: 'relaynode up' uses its own, 'relaynode node' http:// plus tx.listen."`
	TxRelayerTokenFile string                   `yaml:"tx_relayer_token_file" doc:"File holding the relayer's API token for the node ('node <token>'; only the token named node may use the operator key). Empty on the devnet: <datadir>/tx-node-token."`
	Pool               PoolConfig               `yaml:"pool" doc:"The node's client pool: applications (after their signature is verified) share node.pool.total_capacity relay slots by priority, their positive balance being what they may still spend this session."`
}

// ServiceConfig is one service served by a node.
type ServiceConfig struct {
	Kind           string        `yaml:"kind" doc:"jsonrpc (JSON-RPC over HTTP, batches, WebSocket subscriptions) or rest (any method and path)."`
	Backends       []string      `yaml:"backends" doc:"HTTP(S) URLs of the backends; requests go to healthy ones and fail over."`
	WSBackends     []string      `yaml:"ws_backends" doc:"WebSocket URLs of the backends, for WebSocket relays. Empty: WebSocket relays are refused."`
	Timeout        time.Duration `yaml:"timeout" doc:"Deadline of one backend request (streams: until the first byte)."`
	HealthInterval time.Duration `yaml:"health_interval" doc:"Time between backend health checks."`
}

// SetDefaults implements Defaulter for entries of node.services.
func (s *ServiceConfig) SetDefaults() {
	*s = ServiceConfig{Kind: "jsonrpc", Timeout: 30 * time.Second, HealthInterval: 5 * time.Second}
}

// GatewayConfig configures the application-side gateway.
type GatewayConfig struct {
	Listen         string         `yaml:"listen" doc:"Address the gateway listens on; each service is at /v1/<service id>."`
	AdminListen    string         `yaml:"admin_listen" doc:"Address of the gateway's admin server (/metrics, /healthz, /debug/pprof). Empty disables it."`
	TLSCert        string         `yaml:"tls_cert" doc:"PEM certificate file; with tls_key, the gateway speaks HTTPS."`
	TLSKey         string         `yaml:"tls_key" doc:"PEM private key file of tls_cert."`
	Application    common.Address `yaml:"application" doc:"Application the gateway serves; it must have delegated to the gateway's key. Empty: the key is the application's own. On the devnet: the demo application."`
	APIKeysFile    string         `yaml:"api_keys_file" doc:"File with one API key per line. When set, every request needs 'Authorization: Bearer <key>' (or ?api_key=<key>)."`
	Retries        int            `yaml:"retries" doc:"Other suppliers tried after a failed attempt."`
	Timeout        time.Duration  `yaml:"timeout" doc:"Deadline of one attempt at a supplier."`
	MaxBodyBytes   int64          `yaml:"max_body_bytes" doc:"Largest request body accepted; larger ones get 413."`
	ReceiptEvery   int            `yaml:"receipt_every" doc:"On WebSocket subscriptions, the gateway signs a receipt (a relay) every this many notifications."`
	FreeAccess     bool           `yaml:"free_access" doc:"With api_keys_file set, also serve requests without a key, as free clients by IP address (with no keys file every client is free)."`
	PerIPRate      int            `yaml:"per_ip_rate" doc:"Requests per second allowed from one client address (an IPv6 /64), checked before anything else; 0 disables the limit. Excess gets 429. It also bounds how many free clients a flood can create in the client pool."`
	PerIPBurst     int            `yaml:"per_ip_burst" doc:"Burst size of the per-IP limit."`
	AdminTokenFile string         `yaml:"admin_token_file" doc:"File holding the bearer token of the client pools' admin API (deposits, prices) on the node's and the gateway's admin servers. Empty on the devnet: <datadir>/admin-token, created on first use; elsewhere the admin API only reads."`
	Pool           PoolConfig     `yaml:"pool" doc:"The gateway's client pool: API-key clients (balances deposited through the admin API) and free clients by IP share gateway.pool.total_capacity concurrent requests by priority."`
}

// DevKeyDerivation documents how development account keys are derived; they
// are public and must never hold real value.
const DevKeyDerivation = "keccak256(\"relaynode devnet account\" || uint32 index)"

// Default returns the documented defaults: an embedded devnet in ~/.relaynode.
func Default() Config {
	return Config{
		DataDir: "~/.relaynode",
		Log:     LogConfig{Level: "info", Format: "text"},
		Chain:   ChainConfig{Timeout: 15 * time.Second},
		Devnet: DevnetConfig{
			HTTP:        "127.0.0.1:8545",
			WS:          "127.0.0.1:8546",
			BlockPeriod: time.Second,
			GasLimit:    30_000_000,
			Accounts:    10,
		},
		Protocol: ProtocolConfig{
			BlocksPerSession:          10,
			GracePeriodBlocks:         2,
			ClaimWindowBlocks:         4,
			ProofWindowBlocks:         4,
			SuppliersPerSession:       8,
			UnbondingBlocks:           40,
			ProofProbabilityPpm:       250_000,
			ProofRequirementThreshold: 1_000_000,
			TokensPerComputeUnit:      MustTokens("0.000001"),
			MinApplicationStake:       MustTokens("100"),
			MinGatewayStake:           MustTokens("100"),
			MinSupplierStake:          MustTokens("100"),
		},
		Demo: DemoConfig{
			Enabled:              true,
			Service:              "eth",
			ComputeUnitsPerRelay: 1,
			Stake:                MustTokens("1000"),
		},
		Node: NodeConfig{
			Listen:       "127.0.0.1:8081",
			AdminListen:  "127.0.0.1:9081",
			MaxBodyBytes: 10 << 20,
			MaxInFlight:  2048,
			QueueTimeout: 100 * time.Millisecond,
			PerIPRate:    0,
			PerIPBurst:   1000,
			Services:     map[string]ServiceConfig{},
			Pool: PoolConfig{Enabled: true, TotalCapacity: 2048, MinCapacity: 64, MaxClientCapacity: 2048,
				ConnectedBias: 30 * time.Second, IdleTimeout: 10 * time.Second, NegativeHalfLife: time.Hour},
		},
		Tx: TxConfig{
			Listen:           "127.0.0.1:8090",
			RatePerToken:     2000,
			MaxBodyBytes:     1 << 20,
			MaxInFlight:      512,
			MaxQueue:         20000,
			Confirmations:    2,
			BumpAfterBlocks:  3,
			BumpPercent:      15,
			MaxFeeGwei:       500,
			MinSignerBalance: MustTokens("0.01"),
			RPCRate:          5000,
			PollInterval:     500 * time.Millisecond,
		},
		Gateway: GatewayConfig{
			Listen:       "127.0.0.1:8080",
			AdminListen:  "127.0.0.1:9080",
			Retries:      2,
			Timeout:      30 * time.Second,
			MaxBodyBytes: 10 << 20,
			ReceiptEvery: 10,
			PerIPBurst:   1000,
			Pool: PoolConfig{Enabled: true, TotalCapacity: 1024, MinCapacity: 64, MaxClientCapacity: 512,
				ConnectedBias: 30 * time.Second, IdleTimeout: 10 * time.Second, NegativeHalfLife: time.Hour},
		},
	}
}

// Validate checks every setting and names the first bad one, what it holds and
// what is accepted.
func (c *Config) Validate() error {
	if strings.TrimSpace(c.DataDir) == "" {
		return invalid("datadir", "is empty; set a directory such as ~/.relaynode")
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return invalid("log.level", "is %q; accepted: debug, info, warn, error", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		return invalid("log.format", "is %q; accepted: text, json", c.Log.Format)
	}
	if c.Chain.RPC != "" {
		if err := checkRPCURL(c.Chain.RPC); err != nil {
			return invalid("chain.rpc", "%v", err)
		}
	}
	if c.Chain.Timeout <= 0 {
		return invalid("chain.timeout", "is %s; accepted: a positive duration such as 15s", c.Chain.Timeout)
	}
	if err := checkLoopback(c.Devnet.HTTP); err != nil {
		return invalid("devnet.http", "%v", err)
	}
	if err := checkLoopback(c.Devnet.WS); err != nil {
		return invalid("devnet.ws", "%v", err)
	}
	if c.Devnet.HTTP == c.Devnet.WS {
		return invalid("devnet.ws", "is the same address as devnet.http (%s); give each its own port", c.Devnet.WS)
	}
	if c.Devnet.BlockPeriod < 0 {
		return invalid("devnet.block_period", "is %s; accepted: 0 (blocks on demand) or a positive duration such as 1s", c.Devnet.BlockPeriod)
	}
	if c.Devnet.GasLimit < 5_000_000 {
		return invalid("devnet.gas_limit", "is %d; accepted: at least 5000000 so that contracts can be deployed", c.Devnet.GasLimit)
	}
	if c.Devnet.Accounts < 9 || c.Devnet.Accounts > 1000 {
		return invalid("devnet.accounts", "is %d; accepted: 9 to 1000 (the first nine are the deployer, the demo actors, the transaction relayer's signers and the Powerloom owner)", c.Devnet.Accounts)
	}
	if err := c.Protocol.validate(); err != nil {
		return err
	}
	if c.Demo.Enabled {
		if c.Demo.Service == "" {
			return invalid("demo.service", "is empty; set a service id such as eth")
		}
		if c.Demo.ComputeUnitsPerRelay == 0 {
			return invalid("demo.compute_units_per_relay", "is 0; accepted: 1 or more")
		}
		if c.Demo.Stake.Cmp(c.Protocol.MinApplicationStake) < 0 || c.Demo.Stake.Cmp(c.Protocol.MinSupplierStake) < 0 ||
			c.Demo.Stake.Cmp(c.Protocol.MinGatewayStake) < 0 {
			return invalid("demo.stake", "is %s, below a protocol minimum stake; accepted: at least the largest of protocol.min_*_stake", c.Demo.Stake)
		}
	}
	if err := c.Node.validate(); err != nil {
		return err
	}
	if err := c.Tx.validate(); err != nil {
		return err
	}
	return c.Gateway.validate()
}

func (t *TxConfig) validate() error {
	if err := checkHostPort(t.Listen); err != nil {
		return invalid("tx.listen", "%v", err)
	}
	switch {
	case t.RatePerToken < 1:
		return invalid("tx.rate_per_token", "is %d; accepted: 1 or more", t.RatePerToken)
	case t.MaxBodyBytes < 1024:
		return invalid("tx.max_body_bytes", "is %d; accepted: at least 1024", t.MaxBodyBytes)
	case t.MaxInFlight < 1 || t.MaxInFlight > 4096:
		return invalid("tx.max_in_flight", "is %d; accepted: 1 to 4096 (geth keeps at most 5120 pending transactions in all)", t.MaxInFlight)
	case t.MaxQueue < 0:
		return invalid("tx.max_queue", "is %d; accepted: 0 or more", t.MaxQueue)
	case t.Confirmations < 1 || t.Confirmations > 128:
		return invalid("tx.confirmations", "is %d; accepted: 1 to 128", t.Confirmations)
	case t.BumpAfterBlocks < 1:
		return invalid("tx.bump_after_blocks", "is %d; accepted: 1 or more", t.BumpAfterBlocks)
	case t.BumpPercent < 10 || t.BumpPercent > 1000:
		return invalid("tx.bump_percent", "is %d; accepted: 10 to 1000 (a replacement needs at least +10%% on both fee fields)", t.BumpPercent)
	case t.MaxFeeGwei < 1:
		return invalid("tx.max_fee_gwei", "is %d; accepted: 1 or more", t.MaxFeeGwei)
	case t.RPCRate < 1:
		return invalid("tx.rpc_rate", "is %d; accepted: 1 or more", t.RPCRate)
	case t.PollInterval <= 0:
		return invalid("tx.poll_interval", "is %s; accepted: a positive duration", t.PollInterval)
	}
	for _, u := range t.RPCURLs {
		if err := checkRPCURL(u); err != nil {
			return invalid("tx.rpc_urls", "%v", err)
		}
	}
	if t.WebhookURL != "" {
		if err := checkHTTPURL(t.WebhookURL); err != nil {
			return invalid("tx.webhook_url", "%v", err)
		}
	}
	return nil
}

func (n *NodeConfig) validate() error {
	if err := checkHostPort(n.Listen); err != nil {
		return invalid("node.listen", "%v", err)
	}
	if n.PublicURL != "" {
		if err := checkHTTPURL(n.PublicURL); err != nil {
			return invalid("node.public_url", "%v", err)
		}
	}
	if n.AdminListen != "" {
		if err := checkHostPort(n.AdminListen); err != nil {
			return invalid("node.admin_listen", "%v", err)
		}
	}
	if (n.TLSCert == "") != (n.TLSKey == "") {
		return invalid("node.tls_cert", "and node.tls_key must be set together")
	}
	if n.MaxBodyBytes < 1024 {
		return invalid("node.max_body_bytes", "is %d; accepted: at least 1024", n.MaxBodyBytes)
	}
	if n.MaxInFlight < 1 {
		return invalid("node.max_in_flight", "is %d; accepted: 1 or more", n.MaxInFlight)
	}
	if n.QueueTimeout < 0 {
		return invalid("node.queue_timeout", "is %s; accepted: 0 or a positive duration", n.QueueTimeout)
	}
	if n.PerIPRate < 0 || n.PerIPBurst < 1 {
		return invalid("node.per_ip_rate", "is %d with burst %d; accepted: a rate of 0 (off) or more and a burst of 1 or more", n.PerIPRate, n.PerIPBurst)
	}
	if err := n.Pool.validate("node.pool"); err != nil {
		return err
	}
	for id, s := range n.Services {
		key := "node.services." + id
		if !validServiceName(id) {
			return invalid(key, "has an invalid service id; accepted: 1 to 32 characters from a-z, 0-9, '.', '_' and '-'")
		}
		if s.Kind != "jsonrpc" && s.Kind != "rest" {
			return invalid(key+".kind", "is %q; accepted: jsonrpc, rest", s.Kind)
		}
		if len(s.Backends) == 0 {
			return invalid(key+".backends", "is empty; accepted: one or more http:// or https:// URLs")
		}
		for _, b := range s.Backends {
			if err := checkHTTPURL(b); err != nil {
				return invalid(key+".backends", "%v", err)
			}
		}
		for _, b := range s.WSBackends {
			if !strings.HasPrefix(b, "ws://") && !strings.HasPrefix(b, "wss://") {
				return invalid(key+".ws_backends", "holds %q; accepted: ws:// or wss:// URLs", b)
			}
		}
		if s.Timeout <= 0 || s.HealthInterval <= 0 {
			return invalid(key+".timeout", "and health_interval must be positive durations")
		}
	}
	return nil
}

func (g *GatewayConfig) validate() error {
	if err := checkHostPort(g.Listen); err != nil {
		return invalid("gateway.listen", "%v", err)
	}
	if g.AdminListen != "" {
		if err := checkHostPort(g.AdminListen); err != nil {
			return invalid("gateway.admin_listen", "%v", err)
		}
	}
	if (g.TLSCert == "") != (g.TLSKey == "") {
		return invalid("gateway.tls_cert", "and gateway.tls_key must be set together")
	}
	if g.Retries < 0 || g.Retries > 10 {
		return invalid("gateway.retries", "is %d; accepted: 0 to 10", g.Retries)
	}
	if g.Timeout <= 0 {
		return invalid("gateway.timeout", "is %s; accepted: a positive duration", g.Timeout)
	}
	if g.MaxBodyBytes < 1024 {
		return invalid("gateway.max_body_bytes", "is %d; accepted: at least 1024", g.MaxBodyBytes)
	}
	if g.ReceiptEvery < 1 || g.ReceiptEvery > 10000 {
		return invalid("gateway.receipt_every", "is %d; accepted: 1 to 10000", g.ReceiptEvery)
	}
	if g.PerIPRate < 0 || g.PerIPBurst < 1 {
		return invalid("gateway.per_ip_rate", "is %d with burst %d; accepted: a rate of 0 (off) or more and a burst of 1 or more", g.PerIPRate, g.PerIPBurst)
	}
	return g.Pool.validate("gateway.pool")
}

func (p PoolConfig) validate(prefix string) error {
	if !p.Enabled {
		return nil
	}
	switch {
	case p.TotalCapacity < 1 || p.TotalCapacity > 1<<20:
		return invalid(prefix+".total_capacity", "is %d; accepted: 1 to %d", p.TotalCapacity, 1<<20)
	case p.MinCapacity < 1 || p.MinCapacity > p.TotalCapacity:
		return invalid(prefix+".min_capacity", "is %d; accepted: 1 to total_capacity (%d)", p.MinCapacity, p.TotalCapacity)
	case p.MaxClientCapacity < p.MinCapacity:
		return invalid(prefix+".max_client_capacity", "is %d; accepted: min_capacity (%d) or more", p.MaxClientCapacity, p.MinCapacity)
	case p.ConnectedBias < 0 || p.IdleTimeout <= 0 || p.PositiveHalfLife < 0 || p.NegativeHalfLife <= 0:
		return invalid(prefix, "connected_bias %s, idle_timeout %s, positive_half_life %s, negative_half_life %s; accepted: a bias of 0 or more, positive idle timeout and negative half-life, a positive half-life of 0 (never) or more",
			p.ConnectedBias, p.IdleTimeout, p.PositiveHalfLife, p.NegativeHalfLife)
	}
	return nil
}

// TxConfig configures the transaction relayer.
type TxConfig struct {
	Listen           string         `yaml:"listen" doc:"Address of the relayer's API (/v1/tx, the Powerloom endpoints, /health, /metrics)."`
	TokensFile       string         `yaml:"tokens_file" doc:"File of API tokens, one 'name token' pair per line. Requests need 'Authorization: Bearer <token>' (Powerloom endpoints: authToken in the body). Empty on the devnet: 'up' creates <datadir>/tx-token."`
	RatePerToken     int            `yaml:"rate_per_token" doc:"Requests per second allowed per token (burst: twice as many)."`
	MaxBodyBytes     int64          `yaml:"max_body_bytes" doc:"Largest request body accepted."`
	Keystores        []string       `yaml:"keystores" doc:"Keystore files of the signers (passphrase as for keystore.file). More signers: RELAYNODE_TX_SIGNER_KEYS, comma-separated hex keys. On the devnet without either: development accounts 4 to 7."`
	MaxInFlight      int            `yaml:"max_in_flight" doc:"Transactions per signer sent but not yet confirmed."`
	MaxQueue         int            `yaml:"max_queue" doc:"Accepted requests that may wait when every signer has max_in_flight transactions in flight; beyond, the API answers 429 with Retry-After. 0: answer 429 as soon as the signers are full."`
	Confirmations    uint64         `yaml:"confirmations" doc:"Blocks on top of a transaction's block (its own included) before it counts as confirmed."`
	BumpAfterBlocks  uint64         `yaml:"bump_after_blocks" doc:"Blocks a transaction may wait unincluded before it is re-priced."`
	BumpPercent      uint64         `yaml:"bump_percent" doc:"How much each re-pricing raises both fee fields, in percent (at least 10, what geth requires for a replacement)."`
	MaxFeeGwei       uint64         `yaml:"max_fee_gwei" doc:"Cap on the fee per gas (gwei) that re-pricing may reach."`
	MinSignerBalance Tokens         `yaml:"min_signer_balance" doc:"Native balance (ether units) below which a signer takes no new transactions."`
	RPCURLs          []string       `yaml:"rpc_urls" doc:"Extra JSON-RPC URLs to fail over to; the first is chain.rpc (or the devnet)."`
	RPCRate          int            `yaml:"rpc_rate" doc:"JSON-RPC calls per second the relayer makes at most, per URL."`
	WebhookURL       string         `yaml:"webhook_url" doc:"URL that receives every status change as a JSON POST (retried until it answers 2xx). Empty: none."`
	PowerloomState   common.Address `yaml:"powerloom_state" doc:"Powerloom protocol-state contract the Powerloom endpoints call. On the devnet 'up' deploys one."`
	PowerloomMarket  common.Address `yaml:"powerloom_data_market" doc:"Data market of Powerloom requests that name none (relayer-py's older request shape). On the devnet 'up' creates one."`
	PollInterval     time.Duration  `yaml:"poll_interval" doc:"How often the relayer checks for new blocks when it cannot subscribe to them."`
}

// NodePublicURL is the URL the node announces: node.public_url, or derived
// from node.listen.
func (c *Config) NodePublicURL() string {
	if c.Node.PublicURL != "" {
		return c.Node.PublicURL
	}
	if c.Node.TLSCert != "" {
		return "https://" + c.Node.Listen
	}
	return "http://" + c.Node.Listen
}

func checkHostPort(addr string) error {
	if _, port, err := net.SplitHostPort(addr); err != nil || port == "" {
		return fmt.Errorf("is %q; accepted: host:port such as 127.0.0.1:8080 (or :8080 for every interface)", addr)
	}
	return nil
}

func validServiceName(s string) bool {
	if len(s) == 0 || len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

func (p *ProtocolConfig) validate() error {
	if p.BlocksPerSession == 0 {
		return invalid("protocol.blocks_per_session", "is 0; accepted: 1 or more")
	}
	if p.ClaimWindowBlocks == 0 {
		return invalid("protocol.claim_window_blocks", "is 0; accepted: 1 or more")
	}
	if p.ProofWindowBlocks == 0 {
		return invalid("protocol.proof_window_blocks", "is 0; accepted: 1 or more")
	}
	horizon := p.BlocksPerSession + p.GracePeriodBlocks + p.ClaimWindowBlocks + p.ProofWindowBlocks
	if horizon > 240 {
		return invalid("protocol.blocks_per_session", "plus the grace, claim and proof windows is %d blocks; accepted: at most 240, so that every window closes within BLOCKHASH's 256-block reach", horizon)
	}
	if p.SuppliersPerSession < 1 || p.SuppliersPerSession > 32 {
		return invalid("protocol.suppliers_per_session", "is %d; accepted: 1 to 32", p.SuppliersPerSession)
	}
	if p.UnbondingBlocks < horizon {
		return invalid("protocol.unbonding_blocks", "is %d; accepted: at least blocks_per_session + grace + claim + proof windows (%d), so that stake backs every open claim", p.UnbondingBlocks, horizon)
	}
	if p.ProofProbabilityPpm > 1_000_000 {
		return invalid("protocol.proof_probability_ppm", "is %d; accepted: 0 to 1000000", p.ProofProbabilityPpm)
	}
	for _, t := range []struct {
		key string
		v   Tokens
	}{
		{"protocol.tokens_per_compute_unit", p.TokensPerComputeUnit},
		{"protocol.min_application_stake", p.MinApplicationStake},
		{"protocol.min_gateway_stake", p.MinGatewayStake},
		{"protocol.min_supplier_stake", p.MinSupplierStake},
	} {
		if t.v.Sign() <= 0 {
			return invalid(t.key, "is %s; accepted: a positive amount (smallest unit 0.000000000000000001)", t.v)
		}
	}
	return nil
}

// ResolvedDataDir returns the data directory with a leading ~ expanded and made
// absolute.
func (c *Config) ResolvedDataDir() (string, error) {
	dir := c.DataDir
	if dir == "~" || strings.HasPrefix(dir, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("config: datadir %q: cannot find the home directory: %w", dir, err)
		}
		dir = filepath.Join(home, strings.TrimPrefix(dir, "~"))
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("config: datadir %q: %w", dir, err)
	}
	return abs, nil
}

// UsesDevnet reports whether the node runs the embedded devnet.
func (c *Config) UsesDevnet() bool { return c.Chain.RPC == "" }

func invalid(key, format string, args ...any) error {
	return fmt.Errorf("%w: %s %s", ErrInvalid, key, fmt.Sprintf(format, args...))
}

func checkLoopback(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("is %q, not host:port; accepted: a loopback address such as 127.0.0.1:8545", addr)
	}
	ip := net.ParseIP(host)
	if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("is %q; accepted: a loopback host (127.0.0.1, ::1 or localhost), because the devnet's keys are public", addr)
	}
	if port == "" {
		return fmt.Errorf("is %q without a port; accepted: host:port such as 127.0.0.1:8545", addr)
	}
	return nil
}

func checkRPCURL(raw string) error {
	for _, scheme := range []string{"http://", "https://", "ws://", "wss://"} {
		if strings.HasPrefix(raw, scheme) && len(raw) > len(scheme) {
			return nil
		}
	}
	return fmt.Errorf("is %q; accepted: an http://, https://, ws:// or wss:// URL", raw)
}

func checkHTTPURL(raw string) error {
	for _, scheme := range []string{"http://", "https://"} {
		if strings.HasPrefix(raw, scheme) && len(raw) > len(scheme) {
			return nil
		}
	}
	return fmt.Errorf("is %q; accepted: an http:// or https:// URL", raw)
}

// PoolConfig configures a client pool (internal/clientpool, go-ethereum
// vflux semantics). Prices are the pool's defaults; the admin API sets others.
type PoolConfig struct {
	Enabled           bool          `yaml:"enabled" doc:"Admit requests through the client pool. Off: no priority, no per-client capacity."`
	TotalCapacity     uint64        `yaml:"total_capacity" doc:"Concurrent relay slots shared by the connected clients."`
	MinCapacity       uint64        `yaml:"min_capacity" doc:"Slots of a client without a positive balance (free clients), and what every client starts with."`
	MaxClientCapacity uint64        `yaml:"max_client_capacity" doc:"Slots a paying client's capacity may grow to on demand."`
	ConnectedBias     time.Duration `yaml:"connected_bias" doc:"Advantage of connected clients: a newcomer is ranked by its priority after this much service, so clients do not flap."`
	IdleTimeout       time.Duration `yaml:"idle_timeout" doc:"A client with no request in flight for this long is disconnected and its slots return to the pool."`
	PositiveHalfLife  time.Duration `yaml:"positive_half_life" doc:"Half-life of positive (paid) balances; 0: they never expire."`
	NegativeHalfLife  time.Duration `yaml:"negative_half_life" doc:"Half-life of negative balances (free clients' usage)."`
}
