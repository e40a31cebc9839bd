package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/relay/relaybench"
)

func newBenchCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure relaynode against baselines in the same run",
		Long:  "Benchmarks that compare relaynode's components with plain baselines measured in the same run on this machine. Results are written up in docs/benchmarks.md.",
	}
	var cfg relaybench.Config
	relayCmd := &cobra.Command{
		Use:   "relay",
		Short: "Relay path: node vs a bare reverse proxy, gateway->node vs two chained proxies, p99 at half load",
		Long: `Start, on loopback in this process, a backend, a bare reverse proxy
(net/http/httputil), two chained bare proxies, a relay node (signature check,
meter with SQLite checkpoints, forward, response signing, counting miner) and
a gateway in front of it; then measure each at saturation with the same
closed-loop load, and the node and the bare proxy at half the node's
saturation rate with an open-loop load. Relays for the node are signed before
the clock starts. Prints throughput, p50/p99 and the ratios the targets name.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := os.MkdirTemp("", "relaynode-bench-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			st, err := relaybench.NewStack(dir)
			if err != nil {
				return err
			}
			defer st.Close()
			rep, err := relaybench.Run(cmd.Context(), st, cfg, func(s string) { fmt.Fprintln(a.stderr, "bench:", s) })
			if err != nil {
				return err
			}
			rep.Write(a.stdout)
			return nil
		},
	}
	relayCmd.Flags().DurationVar(&cfg.Duration, "duration", 5*time.Second, "length of each saturation run")
	relayCmd.Flags().DurationVar(&cfg.Paced, "paced", 5*time.Second, "length of each paced (half-load) run")
	relayCmd.Flags().IntVar(&cfg.Workers, "workers", 32, "concurrent requests of the closed-loop load")
	cmd.AddCommand(relayCmd)
	return cmd
}
