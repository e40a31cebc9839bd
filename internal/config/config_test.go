package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"
)

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "relaynode.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefaultsAreValid(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatalf("defaults do not validate: %v", err)
	}
}

func TestDefaultYAMLRoundTrips(t *testing.T) {
	p := writeFile(t, string(DefaultYAML()))
	got, warnings, err := Load(p, nil, nil)
	if err != nil {
		t.Fatalf("loading the default YAML: %v\n%s", err, DefaultYAML())
	}
	if len(warnings) != 0 {
		t.Fatalf("unexpected warnings %v", warnings)
	}
	want := Default()
	if string(got.YAML()) != string(want.YAML()) {
		t.Fatalf("round trip changed the config:\n%s\nwant\n%s", got.YAML(), want.YAML())
	}
	// Every setting is documented in the output.
	for _, k := range Keys() {
		leaf := k[strings.LastIndexByte(k, '.')+1:]
		if !strings.Contains(string(DefaultYAML()), leaf+":") {
			t.Errorf("default YAML lacks %s", k)
		}
	}
}

func TestLayering(t *testing.T) {
	p := writeFile(t, "devnet:\n  block_period: 2s\n  accounts: 12\nlog:\n  level: debug\n")
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	b := BindFlags(fs, "devnet", "log")
	if err := fs.Parse([]string{"--devnet.accounts=20"}); err != nil {
		t.Fatal(err)
	}
	env := []string{"RELAYNODE_DEVNET_BLOCK_PERIOD=3s", "RELAYNODE_LOG_FORMAT=json", "PATH=/bin"}
	c, warnings, err := Load(p, env, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 0 {
		t.Fatalf("warnings: %v", warnings)
	}
	if c.Devnet.BlockPeriod != 3*time.Second {
		t.Errorf("env should override file: block_period = %s", c.Devnet.BlockPeriod)
	}
	if c.Devnet.Accounts != 20 {
		t.Errorf("flag should override file: accounts = %d", c.Devnet.Accounts)
	}
	if c.Log.Level != "debug" || c.Log.Format != "json" {
		t.Errorf("log = %+v", c.Log)
	}
	if c.Devnet.HTTP != "127.0.0.1:8545" {
		t.Errorf("untouched default changed: %s", c.Devnet.HTTP)
	}
}

func TestRejections(t *testing.T) {
	cases := []struct {
		name, file string
		env        []string
		flags      []string
		want       []string // substrings of the error
	}{
		{name: "unknown top key", file: "chian:\n  rpc: http://x\n", want: []string{"line 1", "unknown key chian", "chain"}},
		{name: "unknown nested key", file: "chain:\n  rcp: http://x\n", want: []string{"line 2", "unknown key chain.rcp", "under chain: chain_id, rpc, timeout"}},
		{name: "duplicate key", file: "log:\n  level: info\n  level: debug\n", want: []string{"line 3", "log.level appears twice"}},
		{name: "bad duration", file: "devnet:\n  block_period: fast\n", want: []string{"line 2", "devnet.block_period", "500ms"}},
		{name: "bad level", file: "log:\n  level: loud\n", want: []string{"log.level", "debug, info, warn, error"}},
		{name: "negative uint", file: "devnet:\n  gas_limit: -5\n", want: []string{"devnet.gas_limit", "not negative"}},
		{name: "non loopback devnet", file: "devnet:\n  http: 0.0.0.0:8545\n", want: []string{"devnet.http", "loopback"}},
		{name: "mapping for leaf", file: "datadir:\n  a: b\n", want: []string{"datadir must be a single value"}},
		{name: "bad rpc url", file: "chain:\n  rpc: localhost:8545\n", want: []string{"chain.rpc", "http://"}},
		{name: "bad tokens", file: "protocol:\n  min_supplier_stake: 1e18\n", want: []string{"protocol.min_supplier_stake", "decimal"}},
		{name: "bad address", file: "contracts:\n  registry: 0x1234\n", want: []string{"contracts.registry", "40 hex digits"}},
		{name: "horizon too long", file: "protocol:\n  blocks_per_session: 300\n", want: []string{"240"}},
		{name: "not yaml", file: "a: [\n", want: []string{"not valid YAML"}},
		{name: "bad env", env: []string{"RELAYNODE_DEVNET_ACCOUNTS=many"}, want: []string{"RELAYNODE_DEVNET_ACCOUNTS", "devnet.accounts", "whole number"}},
		{name: "bad flag", flags: []string{"--devnet.block-period=-1s"}, want: []string{"devnet.block_period", "positive duration"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := ""
			if tc.file != "" {
				path = writeFile(t, tc.file)
			}
			fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
			b := BindFlags(fs, "devnet")
			if err := fs.Parse(tc.flags); err != nil {
				t.Fatal(err)
			}
			_, _, err := Load(path, tc.env, b)
			if err == nil {
				t.Fatal("accepted")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error does not wrap ErrInvalid: %v", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestUnknownEnvIsAWarning(t *testing.T) {
	_, warnings, err := Load("", []string{"RELAYNODE_CHAIN_RCP=x", "RELAYNODE_KEYSTORE_PASSPHRASE=secret"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "RELAYNODE_CHAIN_RCP") {
		t.Fatalf("warnings = %v", warnings)
	}
	if strings.Contains(strings.Join(warnings, ""), "secret") {
		t.Fatal("a warning leaked an environment value")
	}
}

func TestUpdateFileKeepsComments(t *testing.T) {
	p := writeFile(t, "# my node\nchain:\n  rpc: http://127.0.0.1:9999 # local\n")
	err := UpdateFile(p, map[string]string{
		"contracts.registry": "0x00000000000000000000000000000000000000aa",
		"chain.chain_id":     "31337",
	})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(p)
	for _, w := range []string{"# my node", "# local", "chain_id: 31337"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("updated file lacks %q:\n%s", w, data)
		}
	}
	c, _, err := Load(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.ChainID != 31337 || c.Contracts.Registry != common.HexToAddress("0xaa") {
		t.Fatalf("reloaded %+v %+v", c.Chain, c.Contracts)
	}
	if err := UpdateFile(p, map[string]string{"contracts.nope": "1"}); err == nil {
		t.Fatal("unknown key accepted")
	}
}

func TestTokens(t *testing.T) {
	for in, want := range map[string]string{"100": "100", "0.5": "0.5", "1.000000000000000001": "1.000000000000000001", "007": "7"} {
		v, err := ParseTokens(in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if v.String() != want {
			t.Errorf("%s -> %s, want %s", in, v, want)
		}
	}
	for _, bad := range []string{"", "-1", "1.", ".5", "1e18", "0.0000000000000000001", "1,5"} {
		if _, err := ParseTokens(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if MustTokens("1").Base().String() != "1000000000000000000" {
		t.Fatal("1 token is not 1e18 base units")
	}
}

func TestNodeServicesMap(t *testing.T) {
	p := writeFile(t, `node:
  services:
    eth:
      backends: [http://127.0.0.1:8545, "http://127.0.0.1:8547"]
      ws_backends:
        - ws://127.0.0.1:8546
    llm:
      kind: rest
      backends: http://127.0.0.1:9000
      timeout: 2m
`)
	c, _, err := Load(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	eth, llm := c.Node.Services["eth"], c.Node.Services["llm"]
	if eth.Kind != "jsonrpc" || len(eth.Backends) != 2 || eth.WSBackends[0] != "ws://127.0.0.1:8546" || eth.Timeout != 30*time.Second {
		t.Fatalf("eth = %+v", eth)
	}
	if llm.Kind != "rest" || len(llm.Backends) != 1 || llm.Timeout != 2*time.Minute {
		t.Fatalf("llm = %+v", llm)
	}
	// The rendered config loads back to the same services.
	p2 := writeFile(t, string(c.YAML()))
	c2, _, err := Load(p2, nil, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, c.YAML())
	}
	if string(c2.YAML()) != string(c.YAML()) {
		t.Fatalf("round trip:\n%s\nvs\n%s", c2.YAML(), c.YAML())
	}
	for body, want := range map[string]string{
		"node:\n  services:\n    eth:\n      bakends: [http://x]\n":                    "unknown key node.services.eth.bakends",
		"node:\n  services:\n    eth:\n      kind: grpc\n      backends: [http://x]\n": "node.services.eth.kind",
		"node:\n  services:\n    eth: {}\n":                                            "node.services.eth.backends",
		"node:\n  services:\n    ETH:\n      backends: [http://x]\n":                   "invalid service id",
		"node:\n  services: [eth]\n":                                                   "mapping of names",
	} {
		if _, _, err := Load(writeFile(t, body), nil, nil); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", body, err, want)
		}
	}
}
