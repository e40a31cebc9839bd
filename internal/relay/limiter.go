package relay

import (
	"hash/maphash"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// ipLimiter is a token bucket per client IP, sharded to keep the lock cheap.
// Buckets idle for a minute are swept.
type ipLimiter struct {
	rate   rate.Limit
	burst  int
	seed   maphash.Seed
	shards [32]ipShard
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

func newIPLimiter(perSecond, burst int) *ipLimiter {
	l := &ipLimiter{rate: rate.Limit(perSecond), burst: burst, seed: maphash.MakeSeed()}
	for i := range l.shards {
		l.shards[i].m = map[string]*ipBucket{}
	}
	return l
}

func (l *ipLimiter) allow(ip string) bool {
	sh := &l.shards[maphash.String(l.seed, ip)%uint64(len(l.shards))]
	now := time.Now()
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

func (l *ipLimiter) sweep(now time.Time) {
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
