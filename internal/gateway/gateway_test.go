package gateway_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/relaynode/relaynode/internal/gateway"
	"github.com/relaynode/relaynode/internal/relay"
	"github.com/relaynode/relaynode/internal/relay/relaybench"
	"github.com/relaynode/relaynode/pkg/client"
)

// newGateway runs a gateway in front of relaybench's node and backend.
func newGateway(t *testing.T, apiKeys ...string) string {
	t.Helper()
	st, err := relaybench.NewStack(t.TempDir(), relaybench.StackConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cl, err := client.New(client.Config{Sessions: st.Node(relaybench.MinerCounting).Sessions, Key: st.App})
	if err != nil {
		t.Fatal(err)
	}
	var hashes [][32]byte
	for _, k := range apiKeys {
		hashes = append(hashes, gateway.HashAPIKey(k))
	}
	gw, err := gateway.New(gateway.Config{Client: cl, APIKeys: hashes, MaxBodyBytes: 2048, Metrics: relay.NewMetrics(prometheus.NewRegistry(), "gateway")})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	t.Cleanup(srv.Close)
	return srv.URL + gateway.PathPrefix + relaybench.Service.String()
}

func post(t *testing.T, url, body string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func TestGatewayRelaysPlainJSONRPC(t *testing.T) {
	url := newGateway(t)
	resp, body := post(t, url, string(relaybench.Body))
	if resp.StatusCode != 200 || string(body) != string(relaybench.Answer) || resp.Header.Get("Relay-Supplier") == "" {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if resp.Header.Get(relay.HeaderResponse) != "" {
		t.Fatal("the supplier's signature leaked to the plain client")
	}
}

func TestGatewayAPIKeys(t *testing.T) {
	url := newGateway(t, "s3cret", "other")
	for name, hdr := range map[string][]string{
		"none":   nil,
		"empty":  {"Authorization", "Bearer "},
		"wrong":  {"Authorization", "Bearer s3cre"},
		"scheme": {"Authorization", "Basic s3cret"},
		"longer": {"Authorization", "Bearer s3cret2"},
	} {
		resp, body := post(t, url, string(relaybench.Body), hdr...)
		if code, _ := relay.ParseError(resp); resp.StatusCode != 401 || code != relay.CodeUnauthorized {
			t.Errorf("%s: %d %s", name, resp.StatusCode, body)
		}
	}
	if resp, body := post(t, url, string(relaybench.Body), "Authorization", "Bearer s3cret"); resp.StatusCode != 200 {
		t.Fatalf("right key: %d %s", resp.StatusCode, body)
	}
	if resp, body := post(t, url+"?api_key=other", string(relaybench.Body)); resp.StatusCode != 200 {
		t.Fatalf("key in the query: %d %s", resp.StatusCode, body)
	}
}

func TestGatewayErrors(t *testing.T) {
	url := newGateway(t)
	base := url[:strings.LastIndex(url, "/")+1]
	cases := []struct {
		name, url, body string
		code            relay.Code
		rpc             bool
	}{
		{"malformed JSON", url, `{"jsonrpc":"2.0","id":3,`, relay.CodeMalformedRequest, true},
		{"body too large", url, `{"jsonrpc":"2.0","id":3,"params":["` + strings.Repeat("x", 4096) + `"]}`, relay.CodeBodyTooLarge, false},
		{"bad service id", base + "NOT_VALID", string(relaybench.Body), relay.CodeUnknownService, false},
	}
	for _, tc := range cases {
		resp, body := post(t, tc.url, tc.body)
		code, ok := relay.ParseError(resp)
		if !ok || code != tc.code {
			t.Errorf("%s: %d %q %s", tc.name, resp.StatusCode, code, body)
			continue
		}
		if tc.rpc {
			var r struct {
				Error relay.RPCError `json:"error"`
			}
			if json.Unmarshal(body, &r) != nil || r.Error.Data.Code != tc.code {
				t.Errorf("%s: not a JSON-RPC error: %s", tc.name, body)
			}
		} else if ct := resp.Header.Get("Content-Type"); ct != "application/problem+json" && ct != "application/json" {
			t.Errorf("%s: content type %q", tc.name, ct)
		}
	}
	// Still serving.
	if resp, body := post(t, url, string(relaybench.Body)); resp.StatusCode != 200 {
		t.Fatalf("after errors: %d %s", resp.StatusCode, body)
	}
}
