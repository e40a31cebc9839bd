package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/keys"
)

func newKeysCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Create and inspect operator keys (geth keystore files)",
		Long: `Create and inspect operator keys. Keys are stored only as encrypted geth keystore
files; the passphrase comes from ` + config.EnvPassphrase + ` or a file
(--keystore.passphrase-file), never from a flag value or the config file.`,
	}

	newKey := &cobra.Command{
		Use:   "new DIR",
		Short: "Create a new key as an encrypted keystore file in DIR and print its address",
		Args:  exactArgs(1),
	}
	flags := config.BindFlags(newKey.Flags(), "keystore.passphrase_file", "log")
	newKey.RunE = func(cmd *cobra.Command, args []string) error {
		cfg, _, err := a.load(flags)
		if err != nil {
			return err
		}
		pass, err := keys.Passphrase(a.getenv(config.EnvPassphrase), cfg.Keystore.PassphraseFile)
		if err != nil {
			return err
		}
		path, addr, err := keys.New(args[0], pass)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "address   %s\nkeystore  %s\n", addr.Hex(), path)
		return nil
	}

	address := &cobra.Command{
		Use:   "address FILE",
		Short: "Print the address of a keystore file (no passphrase needed)",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("%w %s: %w", keys.ErrKeystore, args[0], err)
			}
			var ks struct {
				Address string `json:"address"`
			}
			if err := json.Unmarshal(data, &ks); err != nil || len(ks.Address) != 40 {
				return fmt.Errorf("%w %s: not a geth keystore file", keys.ErrKeystore, args[0])
			}
			fmt.Fprintln(a.stdout, "0x"+ks.Address)
			return nil
		},
	}

	dev := &cobra.Command{
		Use:   "dev",
		Short: "List the devnet's development accounts and their PUBLIC keys",
		Args:  exactArgs(0),
	}
	devFlags := config.BindFlags(dev.Flags(), "devnet.accounts")
	dev.RunE = func(cmd *cobra.Command, _ []string) error {
		cfg, _, err := a.load(devFlags)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "# Development accounts: keys are derived from a public seed (%s).\n# Anyone can spend from them. Never use them on a real chain.\n", config.DevKeyDerivation)
		roles := map[int]string{0: "deployer", 1: "demo application", 2: "demo gateway", 3: "demo supplier"}
		for i := range cfg.Devnet.Accounts {
			key := devnet.DevKey(i)
			fmt.Fprintf(a.stdout, "%-3d %s  0x%s  %s\n", i, crypto.PubkeyToAddress(key.PublicKey).Hex(), hex.EncodeToString(crypto.FromECDSA(key)), roles[i])
		}
		return nil
	}
	cmd.AddCommand(newKey, address, dev)
	return cmd
}
