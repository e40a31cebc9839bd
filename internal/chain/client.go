// Package chain talks to an EVM chain: dialing with clear errors, sending
// transactions and waiting for them, decoding contract reverts, and deploying
// relaynode's contracts. Nothing here assumes the embedded devnet.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors returned by Dial.
var (
	// ErrUnreachable means the chain's RPC endpoint did not answer.
	ErrUnreachable = errors.New("chain: RPC endpoint unreachable")
	// ErrWrongChain means the endpoint serves another chain than configured.
	ErrWrongChain = errors.New("chain: unexpected chain id")
)

// Client is an ethclient with the chain id it was checked against and a
// deadline for each call. It is safe for concurrent use.
type Client struct {
	*ethclient.Client
	rpc     *rpc.Client
	chainID *big.Int
	url     string
	timeout time.Duration
}

// Dial connects to rawURL and checks that it answers eth_chainId within
// timeout. When wantChainID is not zero, another chain id is an error.
func Dial(ctx context.Context, rawURL string, timeout time.Duration, wantChainID uint64) (*Client, error) {
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rc, err := rpc.DialContext(dctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrUnreachable, RedactURL(rawURL), describeNetErr(err, timeout))
	}
	return newClient(ctx, rc, rawURL, timeout, wantChainID)
}

// NewClient wraps an existing RPC client (for example an in-process one) and
// checks it like Dial.
func NewClient(ctx context.Context, rc *rpc.Client, name string, timeout time.Duration, wantChainID uint64) (*Client, error) {
	return newClient(ctx, rc, name, timeout, wantChainID)
}

func newClient(ctx context.Context, rc *rpc.Client, rawURL string, timeout time.Duration, wantChainID uint64) (*Client, error) {
	c := &Client{Client: ethclient.NewClient(rc), rpc: rc, url: rawURL, timeout: timeout}
	cctx, cancel := c.CallContext(ctx)
	defer cancel()
	id, err := c.Client.ChainID(cctx)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("%w: %s: %s", ErrUnreachable, RedactURL(rawURL), describeNetErr(err, timeout))
	}
	if wantChainID != 0 && id.Uint64() != wantChainID {
		rc.Close()
		return nil, fmt.Errorf("%w: %s serves chain %s, configured chain.chain_id is %d", ErrWrongChain, RedactURL(rawURL), id, wantChainID)
	}
	c.chainID = id
	return c, nil
}

// ChainIDValue returns the chain id checked at dial time.
func (c *Client) ChainIDValue() *big.Int { return new(big.Int).Set(c.chainID) }

// URL returns the endpoint with credentials, path and query hidden.
func (c *Client) URL() string { return RedactURL(c.url) }

// RPC returns the underlying JSON-RPC client.
func (c *Client) RPC() *rpc.Client { return c.rpc }

// CallContext derives the per-call deadline from ctx.
func (c *Client) CallContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, c.timeout)
}

// RedactURL keeps the scheme and host of an RPC URL and hides the rest, which
// often carries an API key.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "<rpc url>"
	}
	s := u.Scheme + "://" + u.Host
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
		s += "/…"
	}
	return s
}

// describeNetErr turns a dial or call error into a short reason.
func describeNetErr(err error, timeout time.Duration) string {
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, syscall.ETIMEDOUT):
		return fmt.Sprintf("no answer within %s", timeout)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused (nothing listens there)"
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("cannot resolve host %s", dnsErr.Name)
	}
	msg := err.Error()
	if strings.Contains(msg, "401") || strings.Contains(msg, "403") {
		return "access denied (check the URL's API key)"
	}
	return msg
}
