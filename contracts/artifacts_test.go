package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/relaynode/relaynode/contracts/internal/gen"
)

const rebuildHint = "the committed artifacts or bindings do not match contracts/src: run contracts/build.sh"

// TestArtifactsUpToDate compiles contracts/src with the installed solc and compares the
// result with the committed artifacts.
func TestArtifactsUpToDate(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: install Node.js, then `cd contracts && npm ci`, to check the artifacts")
	}
	if _, err := os.Stat(filepath.Join("node_modules", "solc", "package.json")); err != nil {
		t.Skip("contracts/node_modules/solc is missing: run `cd contracts && npm ci` to check the artifacts")
	}
	out := t.TempDir()
	cmd := exec.Command(node, "compile.js", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node compile.js: %v\n%s", err, msg)
	}
	compareDirs(t, "artifacts", out, "*.json")
}

// TestBindingsUpToDate regenerates the Go bindings from the committed artifacts in memory
// and compares them with the committed bindings.
func TestBindingsUpToDate(t *testing.T) {
	files, err := gen.Generate("artifacts")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("bindings", name))
		if err != nil {
			t.Errorf("bindings/%s: %v; %s", name, err, rebuildHint)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s differs from its regenerated form (first difference at line %d); %s",
				name, firstDiffLine(got, want), rebuildHint)
		}
	}
	committed, err := filepath.Glob(filepath.Join("bindings", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range committed {
		if _, ok := files[filepath.Base(f)]; !ok {
			t.Errorf("%s has no artifact; %s", f, rebuildHint)
		}
	}
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		"Registry":           "registry.go",
		"RelayToken":         "relay_token.go",
		"SessionMathHarness": "session_math_harness.go",
		"ERC20Permit":        "erc20_permit.go",
	} {
		if got := gen.FileName(in); got != want {
			t.Errorf("FileName(%q) = %q, want %q", in, got, want)
		}
	}
}

// compareDirs fails the test for every file matching pattern that differs between the
// committed directory and the fresh one, or exists in only one of them.
func compareDirs(t *testing.T, committed, fresh, pattern string) {
	t.Helper()
	read := func(dir, name string) []byte {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	names := func(dir string) []string {
		files, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(files))
		for i, f := range files {
			out[i] = filepath.Base(f)
		}
		return out
	}
	have, want := names(committed), names(fresh)
	if !slices.Equal(have, want) {
		t.Fatalf("%s/ holds %v, the sources produce %v; %s", committed, have, want, rebuildHint)
	}
	for _, name := range want {
		got, exp := read(committed, name), read(fresh, name)
		if !bytes.Equal(got, exp) {
			t.Errorf("%s/%s is stale (first difference at line %d); %s", committed, name, firstDiffLine(got, exp), rebuildHint)
		}
	}
}

func firstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; i < min(len(la), len(lb)); i++ {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
