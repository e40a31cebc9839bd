package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHelpForEveryCommand(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"up", "--help"}, {"devnet", "--help"}, {"deploy", "--help"}, {"session", "--help"},
		{"config", "--help"}, {"config", "default", "--help"}, {"config", "show", "--help"},
		{"keys", "--help"}, {"keys", "new", "--help"}, {"keys", "dev", "--help"}, {"version"},
	} {
		p := start(t, nil, args...)
		if code := p.exit(30 * time.Second); code != 0 {
			_, e := p.output()
			t.Fatalf("%v: exit %d\n%s", args, code, e)
		}
		if out, _ := p.output(); len(out) < 10 {
			t.Fatalf("%v printed almost nothing: %q", args, out)
		}
	}
}

func TestConfigDefaultIsAValidConfig(t *testing.T) {
	p := start(t, nil, "config", "default")
	if p.exit(30*time.Second) != 0 {
		t.Fatal("config default failed")
	}
	def, _ := p.output()
	path := filepath.Join(t.TempDir(), "relaynode.yaml")
	if err := os.WriteFile(path, []byte(def), 0o600); err != nil {
		t.Fatal(err)
	}
	show := start(t, []string{"RELAYNODE_DEVNET_ACCOUNTS=12"}, "config", "show", "--config", path, "--log.level", "debug")
	if code := show.exit(30 * time.Second); code != 0 {
		_, e := show.output()
		t.Fatalf("config show on the defaults: exit %d\n%s", code, e)
	}
	out, _ := show.output()
	for _, w := range []string{"accounts: 12", "level: debug", "block_period: 1s"} {
		if !strings.Contains(out, w) {
			t.Errorf("effective config lacks %q", w)
		}
	}
}
