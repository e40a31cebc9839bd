// Package keys loads and creates operator keys as geth keystore files. Keys are
// never written in plain text; the passphrase comes from the environment or a
// file, never from the config file or a flag value.
package keys

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
)

// Errors returned by this package.
var (
	// ErrBadPassphrase means the keystore could not be decrypted with the
	// passphrase given.
	ErrBadPassphrase = errors.New("keys: wrong keystore passphrase")
	// ErrNoPassphrase means neither the environment nor a file gave one.
	ErrNoPassphrase = errors.New("keys: no keystore passphrase given")
	// ErrKeystore means the keystore file is missing or malformed.
	ErrKeystore = errors.New("keys: cannot read keystore")
)

// Passphrase returns envValue when not empty, else the first line of file.
func Passphrase(envValue, file string) (string, error) {
	if envValue != "" {
		return envValue, nil
	}
	if file == "" {
		return "", ErrNoPassphrase
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("keys: reading passphrase file %s: %w", file, err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimRight(line, "\r"), nil
}

// Load decrypts the keystore file with passphrase.
func Load(file, passphrase string) (*ecdsa.PrivateKey, common.Address, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("%w %s: %w", ErrKeystore, file, err)
	}
	key, err := keystore.DecryptKey(data, passphrase)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, common.Address{}, fmt.Errorf("%w for %s", ErrBadPassphrase, file)
	}
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("%w %s: %w", ErrKeystore, file, err)
	}
	return key.PrivateKey, key.Address, nil
}

// New creates a fresh key encrypted with passphrase (standard scrypt cost) in
// dir and returns the file path and the address.
func New(dir, passphrase string) (string, common.Address, error) {
	if passphrase == "" {
		return "", common.Address{}, ErrNoPassphrase
	}
	acct, err := keystore.StoreKey(dir, passphrase, keystore.StandardScryptN, keystore.StandardScryptP)
	if err != nil {
		return "", common.Address{}, fmt.Errorf("keys: creating key in %s: %w", dir, err)
	}
	return acct.URL.Path, acct.Address, nil
}

// Import encrypts an existing key into dir.
func Import(dir string, key *ecdsa.PrivateKey, passphrase string, scryptN, scryptP int) (string, common.Address, error) {
	if passphrase == "" {
		return "", common.Address{}, ErrNoPassphrase
	}
	ks := keystore.NewKeyStore(dir, scryptN, scryptP)
	acct, err := ks.ImportECDSA(key, passphrase)
	if err != nil {
		return "", common.Address{}, fmt.Errorf("keys: importing key into %s: %w", dir, err)
	}
	return acct.URL.Path, acct.Address, nil
}
