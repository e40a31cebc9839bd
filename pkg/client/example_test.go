package client_test

import (
	"context"
	"fmt"
	"os"

	"github.com/relaynode/relaynode/internal/relay/relaybench"
	"github.com/relaynode/relaynode/pkg/client"
)

// Example sends one JSON-RPC call as a signed relay and gets the supplier's
// verified answer. To keep it runnable anywhere, the registry view and the
// supplier are relaybench's in-process stand-ins; against a real network use
//
//	c, _ := chain.Dial(ctx, rpcURL, 10*time.Second, 0)
//	sessions, _ := chain.NewRegistry(ctx, c, registryAddress, time.Second, logger)
//
// and the application's (or a delegated gateway's) key.
func Example() {
	dir, _ := os.MkdirTemp("", "relaynode-example-")
	defer os.RemoveAll(dir)
	stack, err := relaybench.NewStack(dir, relaybench.StackConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer stack.Close()

	c, err := client.New(client.Config{Sessions: stack.Node(relaybench.MinerCounting).Sessions, Key: stack.App})
	if err != nil {
		fmt.Println(err)
		return
	}
	resp, err := c.Do(context.Background(), client.JSONRPC("bench", []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(resp.Body))
	fmt.Println("served by the session's supplier:", resp.Supplier == stack.Supplier)
	fmt.Println("relay key is the request digest:", resp.Relay.Key(stack.Node(relaybench.MinerCounting).Sessions.Domain()) != [32]byte{})
	// Output:
	// {"jsonrpc":"2.0","id":1,"result":"0x1b4"}
	// served by the session's supplier: true
	// relay key is the request digest: true
}
