package main

import (
	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/config"
)

func newConfigCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print or check the configuration",
		Long: `Print the documented defaults, the effective configuration, or check a file.

Precedence: defaults < config file < RELAYNODE_* environment variables < flags.`,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "default",
		Short: "Print every setting with its default and documentation, as YAML",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := cmd.OutOrStdout().Write(config.DefaultYAML())
			return err
		},
	})
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration (file, environment and flags applied)",
		Long:  "Print the effective configuration. Exits non-zero, naming the key, if any setting is invalid.",
		Args:  exactArgs(0),
	}
	flags := config.BindFlags(show.Flags(), config.Keys()...)
	show.RunE = func(cmd *cobra.Command, _ []string) error {
		cfg, _, err := a.load(flags)
		if err != nil {
			return err
		}
		_, err = cmd.OutOrStdout().Write(cfg.YAML())
		return err
	}
	cmd.AddCommand(show)
	return cmd
}
