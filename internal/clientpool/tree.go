package clientpool

// The connected clients are kept in a treap ordered by rank (lowest first),
// each node holding the total capacity of its subtree. That answers the two
// questions of every admission decision in O(log n) expected time: who is
// pushed out first (the leftmost node) and how much capacity is held by
// clients ranked below a candidate (sumBelow). Nodes are the clients
// themselves (the tree fields of client); a client's rank must not change
// while it is in the tree: remove it, change it, insert it again.

type tree struct {
	root *client
	n    int
}

func subSum(n *client) uint64 {
	if n == nil {
		return 0
	}
	return n.sum
}

func (n *client) fixSum() {
	n.sum = n.capacity + subSum(n.left) + subSum(n.right)
}

// split splits t into the nodes ranked below k and the others.
func split(t *client, k rank) (lo, hi *client) {
	if t == nil {
		return nil, nil
	}
	if t.rank.below(k) {
		t.right, hi = split(t.right, k)
		t.fixSum()
		return t, hi
	}
	lo, t.left = split(t.left, k)
	t.fixSum()
	return lo, t
}

// merge joins lo and hi, every node of lo ranking below every node of hi.
func merge(lo, hi *client) *client {
	if lo == nil {
		return hi
	}
	if hi == nil {
		return lo
	}
	if lo.heap > hi.heap {
		lo.right = merge(lo.right, hi)
		lo.fixSum()
		return lo
	}
	hi.left = merge(lo, hi.left)
	hi.fixSum()
	return hi
}

func insertNode(t, c *client) *client {
	if t == nil {
		return c
	}
	if c.heap > t.heap {
		c.left, c.right = split(t, c.rank)
		c.fixSum()
		return c
	}
	if c.rank.below(t.rank) {
		t.left = insertNode(t.left, c)
	} else {
		t.right = insertNode(t.right, c)
	}
	t.fixSum()
	return t
}

func removeNode(t, c *client) *client {
	if t == nil {
		panic("clientpool: removing a client that is not in the tree")
	}
	if t == c {
		m := merge(c.left, c.right)
		c.left, c.right = nil, nil
		return m
	}
	if c.rank.below(t.rank) {
		t.left = removeNode(t.left, c)
	} else {
		t.right = removeNode(t.right, c)
	}
	t.fixSum()
	return t
}

// insert adds c (not in the tree) at its rank.
func (tr *tree) insert(c *client) {
	c.left, c.right = nil, nil
	c.fixSum()
	tr.root = insertNode(tr.root, c)
	tr.n++
}

// remove takes c (in the tree, with the rank it was inserted with) out.
func (tr *tree) remove(c *client) {
	tr.root = removeNode(tr.root, c)
	tr.n--
}

// lowest returns the lowest-ranked client, nil if the tree is empty.
func (tr *tree) lowest() *client {
	n := tr.root
	if n == nil {
		return nil
	}
	for n.left != nil {
		n = n.left
	}
	return n
}

// sumBelow returns the total capacity of the clients ranked below k.
func (tr *tree) sumBelow(k rank) uint64 {
	var s uint64
	for n := tr.root; n != nil; {
		if n.rank.below(k) {
			s += subSum(n.left) + n.capacity
			n = n.right
		} else {
			n = n.left
		}
	}
	return s
}

// each calls f for every client in rank order, lowest first.
func (tr *tree) each(f func(*client)) {
	var walk func(n *client)
	walk = func(n *client) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n)
		walk(n.right)
	}
	walk(tr.root)
}

// exhaustHeap holds the connected clients with a positive balance, soonest
// spent first (their rank.v is the time it runs out), so that the pool can
// downgrade them as their balance drains without scanning.
type exhaustHeap []*client

func (h exhaustHeap) less(i, j int) bool { return h[i].rank.v < h[j].rank.v }

func (h exhaustHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].exIdx = i
	h[j].exIdx = j
}

func (h exhaustHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			return
		}
		h.swap(i, p)
		i = p
	}
}

func (h exhaustHeap) down(i int) bool {
	start := i
	for {
		l := 2*i + 1
		if l >= len(h) {
			break
		}
		m := l
		if r := l + 1; r < len(h) && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			break
		}
		h.swap(i, m)
		i = m
	}
	return i > start
}

func (h *exhaustHeap) push(c *client) {
	c.exIdx = len(*h)
	*h = append(*h, c)
	h.up(c.exIdx)
}

func (h *exhaustHeap) remove(c *client) {
	i := c.exIdx
	last := len(*h) - 1
	if i != last {
		h.swap(i, last)
	}
	(*h)[last] = nil
	*h = (*h)[:last]
	c.exIdx = -1
	if i != last {
		if !h.down(i) {
			h.up(i)
		}
	}
}

func (h exhaustHeap) fix(c *client) {
	if !h.down(c.exIdx) {
		h.up(c.exIdx)
	}
}

// idleList links the clients connected by Acquire with no relay in flight,
// least recently used first: a relay ending appends its client at the tail
// with the current time, so the list stays sorted by lastUsed.
type idleList struct {
	head, tail *client
}

func (l *idleList) pushBack(c *client) {
	if c.idle {
		panic("clientpool: client already in the idle list")
	}
	c.idle = true
	c.prev, c.next = l.tail, nil
	if l.tail != nil {
		l.tail.next = c
	} else {
		l.head = c
	}
	l.tail = c
}

func (l *idleList) remove(c *client) {
	if !c.idle {
		return
	}
	if c.prev != nil {
		c.prev.next = c.next
	} else {
		l.head = c.next
	}
	if c.next != nil {
		c.next.prev = c.prev
	} else {
		l.tail = c.prev
	}
	c.prev, c.next, c.idle = nil, nil, false
}
