package main

import (
	"fmt"
	"io"
	"strings"
)

// summary is the "what is running and where" block printed when a command is
// ready.
type summary struct{ rows [][2]string }

func (s *summary) add(name, value string) {
	if value != "" {
		s.rows = append(s.rows, [2]string{name, value})
	}
}

func (s *summary) print(w io.Writer, title string) {
	width := 0
	for _, r := range s.rows {
		width = max(width, len(r[0]))
	}
	var b strings.Builder
	b.WriteString(title + "\n")
	for _, r := range s.rows {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, r[0], r[1])
	}
	io.WriteString(w, b.String())
}
