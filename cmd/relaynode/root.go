package main

import (
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/obs"
)

// app carries what every command shares: its streams, the environment and the
// path of the config file.
type app struct {
	stdout, stderr io.Writer
	env            []string
	stopSignals    func()
	configPath     string
}

func (a *app) getenv(name string) string {
	for _, kv := range a.env {
		if len(kv) > len(name) && kv[:len(name)] == name && kv[len(name)] == '=' {
			return kv[len(name)+1:]
		}
	}
	return ""
}

// configFile returns the config file named by --config or RELAYNODE_CONFIG,
// or "" for none.
func (a *app) configFile() string {
	if a.configPath != "" {
		return a.configPath
	}
	return a.getenv(config.EnvConfigFile)
}

// load reads the configuration for a command and builds its logger.
func (a *app) load(flags *config.FlagSet) (config.Config, *slog.Logger, error) {
	return a.loadFile(a.configFile(), flags)
}

// loadFile is load with an explicit config file path ("" for none).
func (a *app) loadFile(path string, flags *config.FlagSet) (config.Config, *slog.Logger, error) {
	cfg, warnings, err := config.Load(path, a.env, flags)
	if err != nil {
		return config.Config{}, nil, err
	}
	log, err := obs.NewLogger(a.stderr, cfg.Log.Level, cfg.Log.Format)
	if err != nil {
		return config.Config{}, nil, err
	}
	devnet.RouteGethLogs(log.Handler())
	for _, w := range warnings {
		log.Warn(w)
	}
	return cfg, log, nil
}

func newRoot(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "relaynode",
		Short: "Operator node for decentralized relay networks",
		Long: `relaynode serves relays (RPC and API traffic) for applications, proves that work
on an EVM chain and gets paid for it. One binary runs the embedded development
chain, deploys the contracts and runs every server.

Configuration: one YAML file (--config or RELAYNODE_CONFIG); every setting can be
overridden by a RELAYNODE_* environment variable and by a flag. Print the
documented defaults with 'relaynode config default'.

Start here:
  relaynode up            devnet, contracts, demo stakes and every server, in one command`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.PersistentFlags().StringVar(&a.configPath, "config", "", "YAML config file (env "+config.EnvConfigFile+"); absent: built-in defaults")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newUpCmd(a), newDevnetCmd(a), newNodeCmd(a), newGatewayCmd(a), newTxCmd(a), newDeployCmd(a), newSessionCmd(a), newSessionsCmd(a), newPoolCmd(a), newBenchCmd(a), newConfigCmd(a), newKeysCmd(a), newVersionCmd())
	return root
}

// exactArgs is cobra.ExactArgs reporting a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v + " " + info.GoVersion
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(cmd.OutOrStdout(), "relaynode", version())
			return nil
		},
	}
}
