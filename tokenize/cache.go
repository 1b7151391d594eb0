package tokenize

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// termCache remembers the term filter's entry for each surface form it has
// seen. It is shared by every goroutine that uses one Analyzer.
//
// Readers never lock: they look in an immutable snapshot. A miss is
// computed by the caller, recorded in a pending map under a mutex and
// published in a rebuilt snapshot, so a warm cache is read lock-free from
// every core. The snapshot is rebuilt once misses plus hits on pending
// entries reach half its size (at least 16), so rebuilding costs O(1)
// amortised per event.
//
// The cache is bounded: it keeps at most maxCacheEntries surfaces of at
// most maxCachedSurface bytes each, so that a stream of random words cannot
// exhaust memory; anything else is computed afresh each time it is met,
// which gives the same entry.
type termCache struct {
	snap    atomic.Pointer[cacheSnapshot]
	mu      sync.Mutex
	pending map[string]termEntry
	events  int // misses and pending hits since the last rebuild
	limit   int // most entries kept: maxCacheEntries, less in tests
	// short builds each snapshot's table of short words, for an Analyzer
	// whose tokenizer finds plain words.
	short bool
}

const (
	maxCacheEntries  = 1 << 18
	maxCachedSurface = 64
)

// cacheSnapshot is what readers see: every published entry in a map, and
// those of surfaces of 1..maxShortWord bytes in a wordTable as well.
type cacheSnapshot struct {
	m     map[string]termEntry
	words wordTable
}

// newTermCache returns an empty cache; short builds the table of short
// words, which serves the tokenizer's plain words (tweet handling does
// without them).
func newTermCache(short bool) *termCache {
	c := &termCache{pending: make(map[string]termEntry), limit: maxCacheEntries, short: short}
	c.snap.Store(&cacheSnapshot{m: make(map[string]termEntry)})
	return c
}

// snapshot returns the published entries. A caller keeps one snapshot for
// a whole statement; entries added meanwhile appear in a later one.
func (c *termCache) snapshot() *cacheSnapshot { return c.snap.Load() }

// get returns the published entry of surface.
func (s *cacheSnapshot) get(surface string) (termEntry, bool) {
	e, ok := s.m[surface]
	return e, ok
}

// recent returns the entry of surface when it has been added since the
// caller took its snapshot: published in a later snapshot, or pending.
func (c *termCache) recent(surface string) (termEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.find(surface)
}

// find looks surface up in the current snapshot and the pending entries,
// counting a pending hit as an event. c.mu must be held.
func (c *termCache) find(surface string) (termEntry, bool) {
	if e, ok := c.snap.Load().m[surface]; ok {
		return e, true
	}
	e, ok := c.pending[surface]
	if ok {
		c.event()
	}
	return e, ok
}

// add records e, computed by the caller, as the entry of surface and
// returns it.
func (c *termCache) add(surface string, e termEntry) termEntry {
	if len(surface) > maxCachedSurface {
		return e
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.find(surface); ok {
		// Another goroutine added it first.
		return old
	}
	if len(c.snap.Load().m)+len(c.pending) >= c.limit {
		return e
	}
	// Clone the key and the term: both may point into the caller's text
	// (a mapper may return its input), which the cache must not keep alive.
	e.term = strings.Clone(e.term)
	c.pending[strings.Clone(surface)] = e
	c.event()
	return e
}

// event counts a miss or a pending hit and publishes the pending entries
// when enough have been counted. c.mu must be held.
func (c *termCache) event() {
	c.events++
	if c.events >= max(16, len(c.snap.Load().m)/2) {
		c.publish()
	}
}

// publish replaces the snapshot with one that holds the pending entries as
// well. c.mu must be held.
func (c *termCache) publish() {
	c.events = 0
	old := c.snap.Load().m
	m := make(map[string]termEntry, len(old)+len(c.pending))
	for k, v := range old {
		m[k] = v
	}
	for k, v := range c.pending {
		m[k] = v
	}
	next := &cacheSnapshot{m: m}
	if c.short {
		next.words = newWordTable(m)
	}
	c.snap.Store(next)
	clear(c.pending)
}

// sharedCaches holds the term caches that New shares among analyzers with
// the same term configuration: those of the last maxSharedCaches
// configurations used, least recently used first.
var sharedCaches struct {
	mu  sync.Mutex
	lru []configCache
}

type configCache struct {
	config termConfig
	cache  *termCache
}

// maxSharedCaches bounds the caches New shares: a program uses a handful of
// configurations (a model's, those of an ablation), while a stream of
// models with arbitrary options must not grow memory without bound.
const maxSharedCaches = 8

// sharedCache returns the cache of configuration c, made on first use.
func sharedCache(c termConfig) *termCache {
	s := &sharedCaches
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, e := range s.lru {
		if e.config == c {
			s.lru = append(slices.Delete(s.lru, i, i+1), e)
			return e.cache
		}
	}
	if len(s.lru) == maxSharedCaches {
		s.lru = slices.Delete(s.lru, 0, 1)
	}
	e := configCache{c, newTermCache(!c.tweet)}
	s.lru = append(s.lru, e)
	return e.cache
}
