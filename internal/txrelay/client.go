package txrelay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ErrRefused wraps an answer of the relayer that refuses a request for good
// (a 4xx other than 429): sending it again would not help.
var ErrRefused = errors.New("txrelay: request refused")

// Client calls a transaction relayer's API. It is safe for concurrent use.
type Client struct {
	base  string
	token string
	http  *http.Client
}

// NewClient returns a client of the relayer at baseURL (e.g.
// http://127.0.0.1:8090) that authenticates with token.
func NewClient(baseURL, token string, timeout time.Duration) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("txrelay: relayer URL %q: want http(s)://host:port", baseURL)
	}
	if token == "" {
		return nil, errors.New("txrelay: an empty token is never accepted")
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), token: token, http: &http.Client{Timeout: timeout}}, nil
}

// Submit posts req and returns the relayer's answer. The same idempotency
// key returns the same id, so a caller may retry Submit freely.
func (c *Client) Submit(ctx context.Context, req TxRequest) (TxAccepted, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return TxAccepted{}, fmt.Errorf("txrelay: encoding the request: %w", err)
	}
	var acc TxAccepted
	if err := c.do(ctx, http.MethodPost, "/v1/tx", body, &acc); err != nil {
		return TxAccepted{}, err
	}
	return acc, nil
}

// Status returns the status of request id.
func (c *Client) Status(ctx context.Context, id string) (TxStatus, error) {
	var st TxStatus
	if err := c.do(ctx, http.MethodGet, "/v1/tx/"+url.PathEscape(id), nil, &st); err != nil {
		return TxStatus{}, err
	}
	return st, nil
}

func (c *Client) do(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("txrelay: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("txrelay: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("txrelay: %s %s: reading the answer: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		var p struct {
			Code   string `json:"code"`
			Detail string `json:"detail"`
		}
		_ = json.Unmarshal(b, &p)
		err := fmt.Errorf("txrelay: %s %s: %d %s: %s", method, path, resp.StatusCode, p.Code, p.Detail)
		if resp.StatusCode/100 == 4 && resp.StatusCode != http.StatusTooManyRequests {
			return fmt.Errorf("%w: %w", ErrRefused, err)
		}
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("txrelay: %s %s: the answer is not JSON: %w", method, path, err)
	}
	return nil
}
