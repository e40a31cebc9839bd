package protocol

import (
	"errors"
	"strings"
	"testing"
)

func TestParseServiceID(t *testing.T) {
	valid := []string{"eth", "a", "0", "eth-mainnet", "llm.v1_chat", strings.Repeat("z", 32)}
	for _, s := range valid {
		id, err := ParseServiceID(s)
		if err != nil {
			t.Fatalf("ParseServiceID(%q): %v", s, err)
		}
		if err := id.Validate(); err != nil {
			t.Fatalf("%q: Validate: %v", s, err)
		}
		if got := id.String(); got != s {
			t.Fatalf("String() = %q, want %q", got, s)
		}
		for i := len(s); i < 32; i++ {
			if id[i] != 0 {
				t.Fatalf("%q: byte %d not zero-padded", s, i)
			}
		}
	}
	eth := MustParseServiceID("eth")
	if eth[0] != 'e' || eth[1] != 't' || eth[2] != 'h' {
		t.Fatalf("eth = %x, want left-aligned 657468…", eth)
	}

	invalid := map[string]string{
		"":                      "length 0",
		strings.Repeat("a", 33): "length 33",
		"ETH":                   "byte 'E' at 0",
		"eth mainnet":           "byte ' ' at 3",
		"eth/1":                 "byte '/' at 3",
		"e\x00h":                "byte '\\x00' at 1",
		"ünï":                   "at 0",
	}
	for s, want := range invalid {
		_, err := ParseServiceID(s)
		if !errors.Is(err, ErrInvalidServiceID) {
			t.Fatalf("ParseServiceID(%q) = %v, want ErrInvalidServiceID", s, err)
		}
		if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), ServiceIDRule) {
			t.Fatalf("ParseServiceID(%q) error %q: want it to mention %q and the rule", s, err, want)
		}
	}
}

func TestServiceIDValidateRaw(t *testing.T) {
	var zero ServiceID
	if err := zero.Validate(); !errors.Is(err, ErrInvalidServiceID) {
		t.Fatalf("zero id: %v", err)
	}
	gap := MustParseServiceID("eth")
	gap[5] = 'x' // non-zero after the padding
	if err := gap.Validate(); err == nil || !strings.Contains(err.Error(), "after the zero padding") {
		t.Fatalf("gap id: %v", err)
	}
	if got := gap.String(); !strings.HasPrefix(got, "0x657468") {
		t.Fatalf("String of invalid id = %q, want hex", got)
	}
	full := MustParseServiceID(strings.Repeat("9", 32))
	if err := full.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestServiceIDText(t *testing.T) {
	var id ServiceID
	if err := id.UnmarshalText([]byte("rest.api")); err != nil {
		t.Fatal(err)
	}
	out, err := id.MarshalText()
	if err != nil || string(out) != "rest.api" {
		t.Fatalf("MarshalText = %q, %v", out, err)
	}
	if err := id.UnmarshalText([]byte("Bad")); err == nil {
		t.Fatal("UnmarshalText accepted an upper-case id")
	}
	if _, err := (ServiceID{}).MarshalText(); err == nil {
		t.Fatal("MarshalText accepted the zero id")
	}
}
