// Command gen writes the abigen v1 Go bindings of the compiled contracts:
//
//	go run ./contracts/gen [-artifacts contracts/artifacts] [-out contracts/bindings]
//
// contracts/build.sh runs it after compiling; see package contracts.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/relaynode/relaynode/contracts/internal/gen"
)

func main() {
	artifacts := flag.String("artifacts", "contracts/artifacts", "directory of compiled artifacts (*.json)")
	out := flag.String("out", "contracts/bindings", "directory for the generated Go bindings")
	flag.Parse()
	if err := gen.Write(*artifacts, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
