// Package obs holds relaynode's observability plumbing: structured logs now;
// metrics, tracing and pprof as the servers that need them land.
package obs

import (
	"fmt"
	"io"
	"log/slog"
)

// NewLogger returns a slog logger writing to w in the given format ("text" or
// "json") at the given minimum level ("debug", "info", "warn", "error").
func NewLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("obs: log level %q: accepted debug, info, warn, error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("obs: log format %q: accepted text, json", format)
}
