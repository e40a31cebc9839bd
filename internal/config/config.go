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
	Enabled              bool   `yaml:"enabled" doc:"Stake a demo application, gateway and supplier on the devnet."`
	Service              string `yaml:"service" doc:"Id of the demo service; its backend is the devnet's own JSON-RPC."`
	ComputeUnitsPerRelay uint64 `yaml:"compute_units_per_relay" doc:"Compute units one relay of the demo service costs."`
	Stake                Tokens `yaml:"stake" doc:"Stake of each demo actor, in tokens."`
	SupplierURL          string `yaml:"supplier_url" doc:"Public URL the demo supplier announces for the demo service."`
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
			SupplierURL:          "http://127.0.0.1:8081",
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
	if c.Devnet.Accounts < 4 || c.Devnet.Accounts > 1000 {
		return invalid("devnet.accounts", "is %d; accepted: 4 to 1000 (the first four are the deployer and the demo actors)", c.Devnet.Accounts)
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
		if err := checkHTTPURL(c.Demo.SupplierURL); err != nil {
			return invalid("demo.supplier_url", "%v", err)
		}
	}
	return nil
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
