package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/keys"
)

// defaultConfigFile is where deploy writes addresses when no --config is given.
const defaultConfigFile = "relaynode.yaml"

func newDeployCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the contracts on any EVM chain and write their addresses into the config",
		Long: `Deploy the stake token and the registry on the chain at --chain.rpc, from the key
in --keystore.file, with the governance parameters of the protocol section, and
write chain.rpc, chain.chain_id and the contract addresses into the config file
(--config, default ./relaynode.yaml, created when absent; comments are kept).

The keystore passphrase comes from ` + config.EnvPassphrase + ` or
--keystore.passphrase-file. The deploying key owns the token and the registry.

Deployment is idempotent: if the config already names working contracts on
that chain, nothing is sent. Each creation transaction is recorded in
<datadir>/deployments before it is broadcast, so an interrupted deployment
resumes with the same transactions and addresses.

Example:
  ` + config.EnvPassphrase + `=... relaynode deploy --chain.rpc https://rpc.example.org \
      --keystore.file ./operator.json --config ./relaynode.yaml`,
		Args: exactArgs(0),
	}
	flags := config.BindFlags(cmd.Flags(), "datadir", "log", "chain", "keystore", "protocol")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		ctx := cmd.Context()
		configPath := a.configFile()
		if configPath == "" {
			configPath = defaultConfigFile
		}
		readPath := configPath
		if _, err := os.Stat(configPath); errors.Is(err, os.ErrNotExist) {
			readPath = "" // deploy creates it
		}
		cfg, log, err := a.loadFile(readPath, flags)
		if err != nil {
			return err
		}
		if cfg.Chain.RPC == "" {
			return usageError{errors.New("deploy needs --chain.rpc (on the embedded devnet, 'relaynode up' deploys by itself)")}
		}
		if cfg.Keystore.File == "" {
			return usageError{errors.New("deploy needs --keystore.file, the deploying key (create one with 'relaynode keys new DIR')")}
		}
		params, err := protocolParams(cfg.Protocol)
		if err != nil {
			return err
		}
		pass, err := keys.Passphrase(a.getenv(config.EnvPassphrase), cfg.Keystore.PassphraseFile)
		if err != nil {
			return err
		}
		key, from, err := keys.Load(cfg.Keystore.File, pass)
		if err != nil {
			return err
		}
		c, err := chain.Dial(ctx, cfg.Chain.RPC, cfg.Chain.Timeout, cfg.Chain.ChainID)
		if err != nil {
			return err
		}
		defer c.Close()
		chainID := c.ChainIDValue().Uint64()

		existing := chain.Contracts{Token: cfg.Contracts.Token, Registry: cfg.Contracts.Registry, Settlement: cfg.Contracts.Settlement}
		if existing.Registry != ([20]byte{}) && existing.Settlement != ([20]byte{}) && chain.CheckContracts(ctx, c, existing) == nil {
			fmt.Fprintf(a.stdout, "already deployed on chain %d\n  token       %s\n  registry    %s\n  settlement  %s\n",
				chainID, existing.Token.Hex(), existing.Registry.Hex(), existing.Settlement.Hex())
			return nil
		}

		cctx, cancel := c.CallContext(ctx)
		bal, err := c.BalanceAt(cctx, from, nil)
		cancel()
		if err != nil {
			return fmt.Errorf("chain: reading the balance of %s: %w", from.Hex(), err)
		}
		if bal.Sign() == 0 {
			return fmt.Errorf("deploy: the deploying account %s has no funds on chain %d; send it some of the chain's native token for gas", from.Hex(), chainID)
		}

		dir, err := openDataDir(cfg)
		if err != nil {
			return err
		}
		defer dir.Close()
		log.Info("deploying", "chain", c.URL(), "chain_id", chainID, "from", from.Hex())
		tr := chain.NewTransactor(c, key, chain.NewRevertDecoder(), receiptPoll)
		cs, err := chain.DeployContracts(ctx, tr, journalPath(dir, chainID), params)
		if err != nil {
			return err
		}
		err = config.UpdateFile(configPath, map[string]string{
			"chain.rpc":            cfg.Chain.RPC,
			"chain.chain_id":       strconv.FormatUint(chainID, 10),
			"contracts.token":      cs.Token.Hex(),
			"contracts.registry":   cs.Registry.Hex(),
			"contracts.settlement": cs.Settlement.Hex(),
		})
		if err != nil {
			return fmt.Errorf("deploy: contracts are deployed (token %s, registry %s, settlement %s) but the config was not updated: %w",
				cs.Token.Hex(), cs.Registry.Hex(), cs.Settlement.Hex(), err)
		}
		s := summary{}
		s.add("chain", fmt.Sprintf("%s, chain id %d", c.URL(), chainID))
		s.add("owner", from.Hex())
		s.add("token", cs.Token.Hex())
		s.add("registry", fmt.Sprintf("%s (created in block %d)", cs.Registry.Hex(), cs.RegistryBlock))
		s.add("settlement", fmt.Sprintf("%s (created in block %d)", cs.Settlement.Hex(), cs.SettlementBlock))
		s.add("config", configPath+" (chain and contract addresses written)")
		s.print(a.stdout, "deployed")
		return nil
	}
	return cmd
}
