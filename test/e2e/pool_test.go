package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/relaynode/relaynode/internal/gateway"
)

// poolOutcome counts a load run's answers for one class of clients.
type poolOutcome struct {
	ok, refused, other, unanswered atomic.Int64
}

func (o *poolOutcome) String() string {
	return fmt.Sprintf("%d ok, %d refused (429), %d other, %d unanswered", o.ok.Load(), o.refused.Load(), o.other.Load(), o.unanswered.Load())
}

// clientFrom returns an HTTP client whose connections come from the
// loopback address ip (the gateway tells free clients apart by IP).
func clientFrom(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 16}}
}

// TestPaidClientsServedUnderFreeLoad: paid (API-key) and free (by IP)
// clients send to the gateway at twice its pool's capacity, the paid ones at
// half of it. The paid clients' success rate stays at or above 99%, the free
// ones are throttled with 429 and a reason, and every request is answered.
func TestPaidClientsServedUnderFreeLoad(t *testing.T) {
	const capacity = 16
	dir := t.TempDir()
	keys := []string{"paid-key-one-0123456789", "paid-key-two-0123456789"}
	keysFile := filepath.Join(dir, "api-keys")
	if err := os.WriteFile(keysFile, []byte(strings.Join(keys, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tokenFile := filepath.Join(dir, "admin-token")
	if err := os.WriteFile(tokenFile, []byte("pool-admin-secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	n := startRelayNet(t, netOpts{args: []string{
		"--gateway.api-keys-file", keysFile, "--gateway.free-access", "true", "--gateway.admin-token-file", tokenFile,
		"--gateway.pool.total-capacity", fmt.Sprint(capacity), "--gateway.pool.min-capacity", "2",
		"--gateway.pool.max-client-capacity", "8",
	}})
	gwAdmin := "http://" + n.args[indexOf(n.args, "--gateway.admin-listen")+1]

	// Deposits: bad ones are refused with a clear 4xx; good ones answer
	// after they are durable.
	deposit := func(id string, body string, token string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, gwAdmin+"/v1/pool/clients/"+id+"/balance", strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	ids := []string{gateway.ClientOf(gateway.HashAPIKey(keys[0])), gateway.ClientOf(gateway.HashAPIKey(keys[1]))}
	for _, c := range []struct {
		id, body, token string
		status          int
		code            string
	}{
		{ids[0], `{"amount": -5}`, "pool-admin-secret", 400, "bad_amount"},
		{ids[0], `{"amount": "lots"}`, "pool-admin-secret", 400, "bad_request"},
		{"key:0000000000000000", `{"amount": 5}`, "pool-admin-secret", 404, "unknown_client"},
		{ids[0], `{"amount": 5}`, "wrong", 401, "unauthorized"},
		{ids[0], `{"amount": 1000000000}`, "pool-admin-secret", 200, ""},
		{ids[1], `{"amount": 1000000000}`, "pool-admin-secret", 200, ""},
	} {
		status, body := deposit(c.id, c.body, c.token)
		if status != c.status || !strings.Contains(body, c.code) {
			t.Fatalf("deposit %s %s: %d %s, want %d %s", c.id, c.body, status, body, c.status, c.code)
		}
	}
	req, _ := http.NewRequest(http.MethodPut, gwAdmin+"/v1/pool/factors", strings.NewReader(`{"positive": {"timeFactor": -1}}`))
	req.Header.Set("Authorization", "Bearer pool-admin-secret")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("malformed factors: %v %v", resp, err)
	}

	var paid, free poolOutcome
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	call := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)
	worker := func(c *http.Client, key string, out *poolOutcome) {
		for ctx.Err() == nil {
			req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, n.gateway, bytes.NewReader(call))
			req.Header.Set("Content-Type", "application/json")
			if key != "" {
				req.Header.Set("Authorization", "Bearer "+key)
			}
			resp, err := c.Do(req)
			if err != nil {
				out.unanswered.Add(1)
				continue
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var r struct {
				Result string `json:"result"`
				Error  *struct {
					Data struct {
						Code string `json:"code"`
					} `json:"data"`
				} `json:"error"`
			}
			json.Unmarshal(b, &r)
			switch {
			case resp.StatusCode == http.StatusOK && r.Result != "":
				out.ok.Add(1)
			case resp.StatusCode == http.StatusTooManyRequests && r.Error != nil && r.Error.Data.Code == "client_pool_refused" && resp.Header.Get("Retry-After") != "":
				out.refused.Add(1)
				time.Sleep(20 * time.Millisecond)
			default:
				out.other.Add(1)
			}
		}
	}
	var wg sync.WaitGroup
	// Paid demand: 2 clients × 4 in flight = half the capacity.
	for i := range 2 {
		c := clientFrom("127.0.0.1")
		for range 4 {
			wg.Add(1)
			go func() { defer wg.Done(); worker(c, keys[i], &paid) }()
		}
	}
	// Free demand: 12 addresses × 2 in flight; 32 in all, twice the capacity.
	for i := range 12 {
		c := clientFrom(fmt.Sprintf("127.0.0.%d", 10+i))
		for range 2 {
			wg.Add(1)
			go func() { defer wg.Done(); worker(c, "", &free) }()
		}
	}
	wg.Wait()
	t.Logf("paid: %s; free: %s", &paid, &free)
	total := paid.ok.Load() + paid.refused.Load() + paid.other.Load() + paid.unanswered.Load()
	if total == 0 || float64(paid.ok.Load()) < 0.99*float64(total) {
		t.Errorf("paid success %d of %d, want at least 99%%", paid.ok.Load(), total)
	}
	if free.refused.Load() == 0 {
		t.Error("no free request was throttled with 429")
	}
	if paid.unanswered.Load()+free.unanswered.Load() != 0 || paid.other.Load()+free.other.Load() != 0 {
		t.Errorf("unanswered or unexpected answers: paid %s, free %s", &paid, &free)
	}
	checkNoCrash(t, n.p, "up")
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
