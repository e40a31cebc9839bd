package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"time"

	"github.com/spf13/cobra"

	"github.com/relaynode/relaynode/internal/relay/relaybench"
	"github.com/relaynode/relaynode/internal/txrelay/txbench"
)

func newBenchCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure relaynode against baselines in the same run",
		Long:  "Benchmarks that compare relaynode's components with plain baselines measured in the same run on this machine. Results are written up in docs/benchmarks.md.",
	}
	var cfg relaybench.Config
	var inProcess bool
	var miners string
	relayCmd := &cobra.Command{
		Use:   "relay",
		Short: "Relay path: node vs a bare reverse proxy, gateway->node vs two chained proxies, p99 at half load",
		Long: `Start, on loopback, a backend, a bare reverse proxy (net/http/httputil), two
chained bare proxies, a relay node (signature check, meter with SQLite
checkpoints, forward, response signing, miner) and a gateway in front of it,
all in one child process; then, from this process, measure each at
saturation with the same closed-loop load, and the node and the bare proxy at
half the node's saturation rate with an open-loop load in alternating rounds.
Relays for the node are signed before the clock starts. Prints throughput,
p50/p99 and the ratios the targets name. --in-process runs the servers and
the load in one process instead.

--miner chooses the node's miner: counting (a count in memory), durable (the
mined-relay log, Pebble with an fsync before each relay's response, and the
session trees and claim store, as 'relaynode serve' runs them) or both: then
the stack has one node (and gateway) of each, measured in the same run, and
the paced rate is half the slower node's saturation. The durable miner's
files go to a temporary directory under $TMPDIR, so the fsyncs cost what
that file system's do.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := relaybench.ParseMiners(miners)
			if err != nil {
				return err
			}
			stackCfg := relaybench.StackConfig{Miners: m}
			progress := func(s string) { fmt.Fprintln(a.stderr, "bench:", s) }
			var ep relaybench.Endpoints
			if inProcess {
				st, closeStack, err := newTempStack(stackCfg)
				if err != nil {
					return err
				}
				defer closeStack()
				ep = st.Endpoints
			} else {
				child, stop, err := startBenchStack(miners)
				if err != nil {
					return err
				}
				defer stop()
				ep = child
			}
			rep, err := relaybench.Run(cmd.Context(), ep, cfg, progress)
			if err != nil {
				return err
			}
			rep.Write(a.stdout)
			return nil
		},
	}
	relayCmd.Flags().DurationVar(&cfg.Duration, "duration", 5*time.Second, "length of each saturation run")
	relayCmd.Flags().DurationVar(&cfg.Paced, "paced", 10*time.Second, "total length of the paced (half-load) rounds of each side")
	relayCmd.Flags().IntVar(&cfg.Workers, "workers", 32, "concurrent requests of the closed-loop load")
	relayCmd.Flags().BoolVar(&inProcess, "in-process", false, "run the servers in this process instead of a child process")
	relayCmd.Flags().StringVar(&miners, "miner", "both", "the node's miner: counting, durable or both (a node of each, in the same run)")

	var stackMiners string
	stackCmd := &cobra.Command{
		Use:    "relay-stack",
		Short:  "Serve the relay benchmark's servers; print their endpoints as JSON; stop when stdin closes",
		Hidden: true,
		Args:   exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := relaybench.ParseMiners(stackMiners)
			if err != nil {
				return err
			}
			st, closeStack, err := newTempStack(relaybench.StackConfig{Miners: m})
			if err != nil {
				return err
			}
			defer closeStack()
			if err := json.NewEncoder(a.stdout).Encode(st.Endpoints); err != nil {
				return err
			}
			io.Copy(io.Discard, os.Stdin) // until the parent closes it
			return nil
		},
	}
	stackCmd.Flags().StringVar(&stackMiners, "miner", "counting", "the node's miner: counting, durable or both")
	var txCfg txbench.Config
	txCmd := &cobra.Command{
		Use:   "tx",
		Short: "Transaction relayer vs one transaction at a time per signer, on the devnet",
		Long: `Start an embedded devnet (in a temporary directory) and send the same number
of simple transfers two ways: as relayer-py's workers do, one at a time per
signer waiting for each receipt; and through the transaction relayer's REST
API. Prints both rates, their ratio, the chain's capacity and how much of it
the relayer used, and checks on chain that every transfer landed exactly once.
--block-period 0 seals a block as soon as transactions arrive.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := os.MkdirTemp("", "relaynode-bench-tx-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			txCfg.Dir = dir
			txCfg.Progress = func(s string) { fmt.Fprintln(a.stderr, "bench:", s) }
			res, err := txbench.Run(cmd.Context(), txCfg)
			if err != nil {
				return err
			}
			res.Write(a.stdout)
			if res.Relayer.Landed != res.Relayer.Sent {
				return fmt.Errorf("bench: %d of %d relayed transfers did not land exactly once", res.Relayer.Sent-res.Relayer.Landed, res.Relayer.Sent)
			}
			return nil
		},
	}
	txCmd.Flags().IntVar(&txCfg.N, "n", 10000, "transfers each way")
	txCmd.Flags().DurationVar(&txCfg.BlockPeriod, "block-period", time.Second, "devnet block period; 0: a block as soon as transactions arrive")
	txCmd.Flags().IntVar(&txCfg.Signers, "signers", 4, "signers each side")
	txCmd.Flags().IntVar(&txCfg.InFlight, "in-flight", 512, "the relayer's in-flight bound per signer")
	txCmd.Flags().DurationVar(&txCfg.Poll, "poll", 100*time.Millisecond, "the baseline's receipt poll interval")
	txCmd.Flags().DurationVar(&txCfg.BaselineMax, "baseline-max", 60*time.Second, "stop the baseline here if it has not sent all (its rate is what it reached)")
	cmd.AddCommand(relayCmd, stackCmd, txCmd, newBenchPoolCmd(a))
	return cmd
}

// newTempStack starts the benchmark's servers with their files in a
// temporary directory; the returned function stops them and removes it.
func newTempStack(cfg relaybench.StackConfig) (*relaybench.Stack, func(), error) {
	dir, err := os.MkdirTemp("", "relaynode-bench-")
	if err != nil {
		return nil, nil, err
	}
	st, err := relaybench.NewStack(dir, cfg)
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return st, func() { st.Close(); os.RemoveAll(dir) }, nil
}

// startBenchStack runs 'relaynode bench relay-stack --miner miners' as a
// child process, so that the servers under test have a Go runtime
// (scheduler, garbage collector) of their own, apart from the load
// generator's.
func startBenchStack(miners string) (relaybench.Endpoints, func(), error) {
	self, err := os.Executable()
	if err != nil {
		return relaybench.Endpoints{}, nil, fmt.Errorf("bench: finding this executable: %w", err)
	}
	c := exec.Command(self, "bench", "relay-stack", "--miner", miners)
	c.Stderr = os.Stderr
	stdin, err := c.StdinPipe()
	if err != nil {
		return relaybench.Endpoints{}, nil, err
	}
	stdout, err := c.StdoutPipe()
	if err != nil {
		return relaybench.Endpoints{}, nil, err
	}
	if err := c.Start(); err != nil {
		return relaybench.Endpoints{}, nil, fmt.Errorf("bench: starting the server process: %w", err)
	}
	stop := func() {
		stdin.Close()
		c.Wait()
	}
	var ep relaybench.Endpoints
	line, err := bufio.NewReader(stdout).ReadBytes('\n')
	if err == nil {
		err = json.Unmarshal(line, &ep)
	}
	if err != nil {
		stop()
		return relaybench.Endpoints{}, nil, fmt.Errorf("bench: reading the server process's endpoints: %w", err)
	}
	return ep, stop, nil
}
