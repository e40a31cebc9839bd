package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

// tuneRuntime sets relaynode's Go runtime defaults, each only when its
// environment variable is unset (so GOMAXPROCS=... and GOGC=... still win):
//
//   - GOMAXPROCS = 2 × CPUs. Every relay makes two cgo calls into
//     libsecp256k1 (~40 µs recover, ~25 µs sign); a P whose goroutine is in
//     cgo cannot run other goroutines until the call returns or sysmon
//     retakes it. Spare Ps keep the CPUs busy meanwhile. Measured with
//     'relaynode bench relay' on 2 cores: gateway -> node reached 0.63-0.67
//     of two chained proxies' throughput with 4 Ps, 0.51-0.58 with 2
//     (docs/benchmarks.md).
//   - GOGC = 200: a relay server's heap is small and its allocation rate high;
//     collecting half as often costs little memory and takes GC work off the
//     request path.
func tuneRuntime() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(2 * runtime.NumCPU())
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
}
