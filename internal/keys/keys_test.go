package keys

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestImportLoadAndWrongPassphrase(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	path, addr, err := Import(dir, key, "right", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if addr != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("address mismatch")
	}
	got, gotAddr, err := Load(path, "right")
	if err != nil || gotAddr != addr || !got.Equal(key) {
		t.Fatalf("load: %v %s", err, gotAddr)
	}
	if _, _, err := Load(path, "wrong"); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if _, _, err := Load(filepath.Join(dir, "missing"), "x"); !errors.Is(err, ErrKeystore) {
		t.Fatalf("missing file: %v", err)
	}
	raw, _ := os.ReadFile(path)
	if len(raw) == 0 || string(raw) == "" {
		t.Fatal("empty keystore")
	}
}

func TestPassphraseSources(t *testing.T) {
	if p, _ := Passphrase("env", ""); p != "env" {
		t.Fatal("env value not preferred")
	}
	f := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(f, []byte("secret\r\nignored\n"), 0o600)
	if p, err := Passphrase("", f); err != nil || p != "secret" {
		t.Fatalf("file: %q %v", p, err)
	}
	if _, err := Passphrase("", ""); !errors.Is(err, ErrNoPassphrase) {
		t.Fatalf("none: %v", err)
	}
}
