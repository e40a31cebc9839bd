// Command relaynode is the operator node for decentralized relay networks: it
// runs the embedded devnet, deploys the contracts, and (as capabilities land)
// serves, meters, mines and settles relays. Run `relaynode --help`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/relaynode/relaynode/internal/chain"
	"github.com/relaynode/relaynode/internal/chain/devnet"
	"github.com/relaynode/relaynode/internal/config"
	"github.com/relaynode/relaynode/internal/datadir"
	"github.com/relaynode/relaynode/internal/keys"
	"github.com/relaynode/relaynode/internal/obs"
)

func main() {
	tuneRuntime()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, stop, os.Args[1:], os.Stdout, os.Stderr, os.Environ())
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command failed
	exitUsage = 2 // bad flags, arguments or configuration
)

// run executes one command line. stop releases the signal handler, so that a
// second Ctrl-C during shutdown kills the process the default way.
func run(ctx context.Context, stop func(), args []string, stdout, stderr io.Writer, env []string) int {
	a := &app{stdout: stdout, stderr: stderr, env: env, stopSignals: stop}
	root := newRoot(a)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	msg, code := explain(err)
	fmt.Fprintln(stderr, "relaynode: "+msg)
	return code
}

// usageError marks a bad command line.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// explain turns an error into the one line a user reads, ending with how to fix
// it where relaynode knows, and picks the exit code.
func explain(err error) (string, int) {
	msg := err.Error()
	switch {
	case errors.As(err, new(usageError)):
		return msg + " (see --help)", exitUsage
	case errors.Is(err, config.ErrInvalid):
		return msg + " (relaynode config default lists every setting)", exitUsage
	case errors.Is(err, datadir.ErrLocked), errors.Is(err, devnet.ErrLocked):
		return msg + "; stop the other relaynode using it, or choose another directory with --datadir", exitError
	case errors.Is(err, datadir.ErrUnwritable):
		return msg + "; fix its permissions or choose another directory with --datadir", exitError
	case errors.Is(err, obs.ErrAddrInUse):
		return msg + "; stop the process using that address, or choose another for that setting", exitError
	case errors.Is(err, devnet.ErrPortInUse):
		return msg + "; stop the process using that port, or choose free ports with --devnet.http and --devnet.ws", exitError
	case errors.Is(err, chain.ErrUnreachable):
		return msg + "; check --chain.rpc and that the chain's node is running", exitError
	case errors.Is(err, chain.ErrWrongChain):
		return msg + "; point --chain.rpc at the right chain or fix --chain.chain-id", exitError
	case errors.Is(err, keys.ErrBadPassphrase):
		return msg + "; check " + config.EnvPassphrase + " or --keystore.passphrase-file", exitError
	case errors.Is(err, keys.ErrNoPassphrase):
		return msg + "; set " + config.EnvPassphrase + " or --keystore.passphrase-file", exitUsage
	case errors.Is(err, context.Canceled):
		return "interrupted", exitError
	}
	return strings.TrimSpace(msg), exitError
}
