// Package gen turns the compiled contract artifacts (contracts/artifacts/*.json) into
// abigen v1 Go bindings, one file per contract. contracts/gen runs it from the command
// line; contracts' tests run it in memory to check that the committed bindings are current.
//
// The functions are pure apart from reading and writing the named directories, and are
// safe for concurrent use on distinct directories.
package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Package is the Go package name of the generated bindings.
const Package = "bindings"

// Artifact is one compiled contract as written by contracts/compile.js.
type Artifact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// ReadArtifacts reads every *.json artifact in dir, sorted by file name.
func ReadArtifacts(dir string) ([]Artifact, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("gen: no artifacts (*.json) in %s: run contracts/build.sh", dir)
	}
	out := make([]Artifact, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var a Artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, fmt.Errorf("gen: %s: %w", f, err)
		}
		if a.ContractName == "" || len(a.ABI) == 0 {
			return nil, fmt.Errorf("gen: %s: want contractName and abi", f)
		}
		out = append(out, a)
	}
	return out, nil
}

// FileName is the bindings file of a contract: "RelayToken" becomes "relay_token.go".
func FileName(contract string) string {
	var b strings.Builder
	runes := []rune(contract)
	for i, r := range runes {
		if unicode.IsUpper(r) {
			// Start a new word at an upper-case letter that follows a lower-case letter or a digit, or
			// that ends an acronym ("ABCDef" -> "abc_def").
			if i > 0 && (!unicode.IsUpper(runes[i-1]) ||
				(i+1 < len(runes) && unicode.IsLower(runes[i+1]) && unicode.IsUpper(runes[i-1]))) {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String() + ".go"
}

// Bind returns the gofmt'ed abigen v1 binding of one artifact.
func Bind(a Artifact) ([]byte, error) {
	var abiJSON bytes.Buffer
	if err := json.Compact(&abiJSON, a.ABI); err != nil {
		return nil, fmt.Errorf("gen: %s abi: %w", a.ContractName, err)
	}
	src, err := abigen.Bind(
		[]string{a.ContractName},
		[]string{abiJSON.String()},
		[]string{a.Bytecode},
		nil, Package, map[string]string{}, map[string]string{},
	)
	if err != nil {
		return nil, fmt.Errorf("gen: bind %s: %w", a.ContractName, err)
	}
	return []byte(src), nil
}

// Generate returns the bindings of every artifact in artifactsDir, keyed by file name.
func Generate(artifactsDir string) (map[string][]byte, error) {
	artifacts, err := ReadArtifacts(artifactsDir)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(artifacts))
	for _, a := range artifacts {
		name := FileName(a.ContractName)
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("gen: two contracts map to %s", name)
		}
		src, err := Bind(a)
		if err != nil {
			return nil, err
		}
		out[name] = src
	}
	return out, nil
}

// Write generates the bindings of artifactsDir into outDir and removes generated files
// there that no artifact produces any more.
func Write(artifactsDir, outDir string) error {
	files, err := Generate(artifactsDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	existing, err := filepath.Glob(filepath.Join(outDir, "*.go"))
	if err != nil {
		return err
	}
	for _, f := range existing {
		if _, keep := files[filepath.Base(f)]; keep {
			continue
		}
		if generated, err := isGenerated(f); err != nil {
			return err
		} else if generated {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(outDir, name), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func isGenerated(file string) (bool, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return false, err
	}
	return bytes.HasPrefix(raw, []byte("// Code generated - DO NOT EDIT.")), nil
}
