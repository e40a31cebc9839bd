package relay

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// IPLimiter is a token bucket per client IP, sharded to keep the lock
// cheap. Buckets idle for a minute are swept (at most once a minute, by the
// call that notices). It is safe for concurrent use.
type IPLimiter struct {
	rate      rate.Limit
	burst     int
	seed      maphash.Seed
	shards    [32]ipShard
	lastSweep atomic.Int64 // unix nanoseconds
}

type ipShard struct {
	mu sync.Mutex
	m  map[string]*ipBucket
}

type ipBucket struct {
	lim  *rate.Limiter
	last time.Time
}

const ipIdle = time.Minute

// NewIPLimiter allows each IP perSecond requests, in bursts of burst.
func NewIPLimiter(perSecond, burst int) *IPLimiter {
	l := &IPLimiter{rate: rate.Limit(perSecond), burst: burst, seed: maphash.MakeSeed()}
	for i := range l.shards {
		l.shards[i].m = map[string]*ipBucket{}
	}
	l.lastSweep.Store(time.Now().UnixNano())
	return l
}

// Allow reports whether ip may make a request now, and takes its token.
func (l *IPLimiter) Allow(ip string) bool {
	now := time.Now()
	if last := l.lastSweep.Load(); now.UnixNano()-last > int64(ipIdle) && l.lastSweep.CompareAndSwap(last, now.UnixNano()) {
		l.sweep(now)
	}
	sh := &l.shards[maphash.String(l.seed, ip)%uint64(len(l.shards))]
	sh.mu.Lock()
	b, ok := sh.m[ip]
	if !ok {
		b = &ipBucket{lim: rate.NewLimiter(l.rate, l.burst)}
		sh.m[ip] = b
	}
	b.last = now
	ok = b.lim.AllowN(now, 1)
	sh.mu.Unlock()
	return ok
}

func (l *IPLimiter) sweep(now time.Time) {
	for i := range l.shards {
		sh := &l.shards[i]
		sh.mu.Lock()
		for ip, b := range sh.m {
			if now.Sub(b.last) > ipIdle {
				delete(sh.m, ip)
			}
		}
		sh.mu.Unlock()
	}
}
