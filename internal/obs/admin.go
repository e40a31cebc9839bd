package obs

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ErrAddrInUse means a listen address is taken by another process.
var ErrAddrInUse = errors.New("obs: address already in use")

// NewRegistry returns a Prometheus registry with the Go runtime and process
// collectors.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// AdminHandler serves /metrics from reg, /healthz from health (200 "ok", or
// 503 with the error) and /debug/pprof/.
func AdminHandler(reg *prometheus.Registry, health func() error) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := health(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}

// Server is an HTTP server started by Serve. Shutdown stops it.
type Server struct {
	srv  *http.Server
	addr string
	done chan error
}

// Serve listens on addr and serves h, with TLS when certFile and keyFile are
// set. The listen error (a port in use names ErrAddrInUse) is returned before
// any request is served.
func Serve(addr string, h http.Handler, certFile, keyFile string) (*Server, error) {
	var tlsCfg *tls.Config
	if certFile != "" {
		cert, err := tls.LoadX509KeyPair(certFile, keyFile)
		if err != nil {
			return nil, fmt.Errorf("obs: TLS certificate %s / key %s: %w", certFile, keyFile, err)
		}
		tlsCfg = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("%w: %s", ErrAddrInUse, addr)
		}
		return nil, fmt.Errorf("obs: listening on %s: %w", addr, err)
	}
	s := &Server{
		srv:  &http.Server{Handler: h, TLSConfig: tlsCfg, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 64 << 10},
		addr: l.Addr().String(),
		done: make(chan error, 1),
	}
	go func() {
		var err error
		if tlsCfg != nil {
			err = s.srv.ServeTLS(l, "", "")
		} else {
			err = s.srv.Serve(l)
		}
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	return s, nil
}

// Addr returns the address the server listens on (useful with port 0).
func (s *Server) Addr() string { return s.addr }

// Shutdown stops accepting, waits for in-flight requests within ctx, and
// returns the server's error, if it failed.
func (s *Server) Shutdown(ctx context.Context) error {
	if err := s.srv.Shutdown(ctx); err != nil {
		s.srv.Close()
		return fmt.Errorf("obs: shutting down %s: %w", s.addr, err)
	}
	return <-s.done
}
