package stance

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/internal/hashtab"
	"github.com/stancekit/stancekit/tokenize"
)

// ErrLabel is wrapped by errors about a missing or unknown label, or two
// labels that differ only in case ("Positive" and "positive").
var ErrLabel = errors.New("bad label")

// ErrNoData is returned when a model would be trained from no statements.
var ErrNoData = errors.New("no training statements")

// Trainer accumulates feature counts. Memory grows with the vocabulary, not
// with the number of statements. A Trainer is not safe for concurrent use;
// train shards in separate Trainers and [Trainer.Merge] them.
type Trainer struct {
	opts     Options
	an       *tokenize.Analyzer
	labels   []corpus.Label
	labelIdx map[corpus.Label]int
	fixed    bool // labels fixed by the options

	index    hashtab.Index // feature hash → row
	features []string      // row → feature text
	counts   []uint64      // row-major: counts[row*len(labels)+label]
	docs     []uint64      // label → statements

	hashes []uint64         // scratch
	toks   []tokenize.Token // scratch
}

// NewTrainer returns an empty Trainer for o.
func NewTrainer(o Options) (*Trainer, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	an, err := tokenize.New(o.Tokenizer)
	if err != nil {
		return nil, err
	}
	t := &Trainer{opts: o, an: an, labelIdx: map[corpus.Label]int{}}
	t.opts.Labels = slices.Clone(o.Labels)
	for _, l := range o.Labels {
		t.addLabel(l)
	}
	t.fixed = len(o.Labels) > 0
	return t, nil
}

func (t *Trainer) addLabel(l corpus.Label) int {
	t.labelIdx[l] = len(t.labels)
	t.labels = append(t.labels, l)
	if L := len(t.labels) - 1; L > 0 && len(t.features) > 0 {
		// Widen every row by one label: rare (labels learned from data).
		wide := make([]uint64, len(t.features)*(L+1))
		for r := range t.features {
			copy(wide[r*(L+1):], t.counts[r*L:r*L+L])
		}
		t.counts = wide
	}
	t.docs = append(t.docs, 0)
	return len(t.labels) - 1
}

// Add counts one labelled statement.
func (t *Trainer) Add(text string, label corpus.Label) error { return t.AddIn(Context{}, text, label) }

// AddIn counts one labelled statement in its election context (see
// Model.PredictIn).
func (t *Trainer) AddIn(ctx Context, text string, label corpus.Label) error {
	t.hashes = t.an.AppendHashesIn(t.hashes[:0], ctx, text)
	if t.opts.Binary {
		t.hashes = dedupe(t.hashes)
	}
	return t.addHashed(ctx, text, nil, label, t.hashes)
}

// addHashed counts a statement whose feature ids, in AppendHashes order
// (sorted and deduplicated with Binary), are hashes. toks are its tokens, or
// nil to have them computed if a feature is new.
func (t *Trainer) addHashed(ctx Context, text string, toks []tokenize.Token, label corpus.Label, hashes []uint64) error {
	c, ok := t.labelIdx[label]
	if !ok {
		if label == "" {
			return fmt.Errorf("%w: missing label", ErrLabel)
		}
		if err := caseClash(t.labels, label); err != nil {
			return err
		}
		if t.fixed {
			return fmt.Errorf("%w: unknown label %q (want one of %s)", ErrLabel, label, joinLabels(t.labels))
		}
		c = t.addLabel(label)
	}
	t.docs[c]++
	L := len(t.labels)
	var named []tokenize.Feature // with Binary, its deduplicated features
	for i, h := range hashes {
		r, ok := t.index.Lookup(h)
		if !ok {
			// Name the new feature. Hashes come in the order of
			// FeatureText's index (a tokenize invariant, tested there);
			// with Binary they were sorted, so name them through the
			// equally sorted feature list.
			var name string
			if t.opts.Binary {
				if named == nil {
					named = dedupeFeatures(t.an.FeaturesIn(ctx, text))
				}
				name = named[i].Text
			} else {
				if toks == nil {
					t.toks = t.an.AppendTokensIn(t.toks[:0], ctx, text)
					toks = t.toks
				}
				name = t.an.FeatureText(toks, i)
			}
			r = int32(len(t.features))
			t.index.Add(h, r)
			t.features = append(t.features, name)
			t.counts = append(t.counts, make([]uint64, L)...)
		}
		t.counts[int(r)*L+c]++
	}
	return nil
}

// caseClash reports a label l that differs from one of labels only in
// case: almost always a typo in the data, which would otherwise silently
// split one class in two.
func caseClash(labels []corpus.Label, l corpus.Label) error {
	for _, k := range labels {
		if k != l && strings.EqualFold(string(k), string(l)) {
			return fmt.Errorf("%w: labels %q and %q differ only in case", ErrLabel, k, l)
		}
	}
	return nil
}

// dedupe sorts hs and removes repeats, in place.
func dedupe(hs []uint64) []uint64 {
	slices.Sort(hs)
	return slices.Compact(hs)
}

// dedupeFeatures orders features like dedupe orders their hashes.
func dedupeFeatures(fs []tokenize.Feature) []tokenize.Feature {
	slices.SortFunc(fs, func(a, b tokenize.Feature) int {
		switch {
		case a.Hash < b.Hash:
			return -1
		case a.Hash > b.Hash:
			return 1
		}
		return 0
	})
	return slices.CompactFunc(fs, func(a, b tokenize.Feature) bool { return a.Hash == b.Hash })
}

// Merge adds the counts of o into t. Both must have been made with the same
// options; labels missing from t are added unless t's labels are fixed.
func (t *Trainer) Merge(o *Trainer) error {
	if err := sameOptions(t.opts, o.opts); err != nil {
		return err
	}
	remap := make([]int, len(o.labels))
	for i, l := range o.labels {
		c, ok := t.labelIdx[l]
		if !ok {
			if err := caseClash(t.labels, l); err != nil {
				return err
			}
			if t.fixed {
				return fmt.Errorf("%w: unknown label %q in merged trainer", ErrLabel, l)
			}
			c = t.addLabel(l)
		}
		remap[i] = c
	}
	for i := range o.labels {
		t.docs[remap[i]] += o.docs[i]
	}
	for r, name := range o.features {
		h := tokenize.Hash(name)
		tr, ok := t.index.Lookup(h)
		if !ok {
			tr = int32(len(t.features))
			t.index.Add(h, tr)
			t.features = append(t.features, name)
			t.counts = append(t.counts, make([]uint64, len(t.labels))...)
		}
		for i := range o.labels {
			t.counts[int(tr)*len(t.labels)+remap[i]] += o.counts[r*len(o.labels)+i]
		}
	}
	return nil
}

// Model returns the model of everything added so far, uncalibrated (see
// [Calibrate]). The Trainer stays usable; the model does not share its
// memory.
func (t *Trainer) Model() (*Model, error) { return t.model(false) }

// model builds the model; with release it empties t as it goes, so that a
// run that is done with t (Train) does not hold two copies of the counts.
func (t *Trainer) model(release bool) (*Model, error) {
	var total uint64
	for _, d := range t.docs {
		total += d
	}
	if total == 0 {
		return nil, ErrNoData
	}
	labels := slices.Clone(t.labels)
	order := make([]int, len(labels)) // new label position → trainer label
	for i := range order {
		order[i] = i
	}
	if !t.fixed {
		slices.SortFunc(order, func(a, b int) int { return strings.Compare(string(labels[a]), string(labels[b])) })
		sorted := make([]corpus.Label, len(labels))
		for i, o := range order {
			sorted[i] = t.labels[o]
		}
		labels = sorted
	}
	// Features sorted by text, so that the model (and its file) does not
	// depend on the order statements arrived in. Each row is sorted with the
	// first eight bytes of its text as a big-endian integer beside it, so
	// that most comparisons need not follow the pointer to the text; equal
	// prefixes fall back to the whole text. (The prefix order is the text
	// order: the first byte where two prefixes differ is the first where
	// the texts differ, a shorter text's padding being a zero byte, which is
	// not above any other, and texts that agree on their padded prefixes are
	// compared in full.)
	var keys []hashtab.Slot // Key: the prefix; Row: the trainer's row
	if release && t.index.Len() == len(t.features) {
		// Train is done with the index: its slots, which have the layout
		// of a sort key, hold the keys, so that sorting a vocabulary of
		// millions allocates nothing.
		keys = t.index.Release()[:len(t.features)]
	} else {
		keys = make([]hashtab.Slot, len(t.features))
	}
	for i, f := range t.features {
		keys[i] = hashtab.Slot{Key: prefix8(f), Row: int32(i)}
	}
	slices.SortFunc(keys, func(a, b hashtab.Slot) int {
		if a.Key != b.Key {
			return cmp.Compare(a.Key, b.Key)
		}
		return strings.Compare(t.features[a.Row], t.features[b.Row])
	})
	L := len(labels)
	m := &Model{
		opts:     t.opts,
		labels:   labels,
		features: make([]string, len(keys)),
		counts:   make([]uint64, len(keys)*L),
		docs:     make([]uint64, L),
	}
	m.opts.Labels = labels
	for c, o := range order {
		m.docs[c] = t.docs[o]
	}
	for f, k := range keys {
		r := k.Row
		m.features[f] = t.features[r]
		for c, o := range order {
			m.counts[f*L+c] = t.counts[int(r)*L+o]
		}
	}
	if release {
		t.features, t.counts = nil, nil
	}
	if err := m.init(); err != nil {
		return nil, err
	}
	return m, nil
}

// Train trains a model from a stream of labelled examples, tokenizing on
// every core. It returns the first error in input order, whether the stream
// yields it or an example's label causes it, and stops reading soon after.
// The result does not depend on the number of cores: counts add up the same
// way in any order. It reads the stream once, so the model is uncalibrated:
// fit a calibration on held-out statements with [Calibrate], or train from
// a slice with [TrainCalibrated].
func Train(examples iter.Seq2[corpus.Example, error], o Options) (*Model, error) {
	t, err := NewTrainer(o)
	if err != nil {
		return nil, err
	}
	// Workers tokenize and hash chunks of examples; the counting, which
	// cannot run in parallel, happens in input order on this goroutine, so
	// that memory holds one vocabulary and the first error reported is the
	// first in the input. A chunk keeps its examples' ids and tokens back
	// to back, which the counting reads measurably faster than one buffer
	// per example; the tokens let it name a new feature (FeatureText)
	// without tokenizing again.
	free := make(chan *trainChunk, 4*runtime.GOMAXPROCS(0)+2) // chunks counted, for reuse
	work := func(c *trainChunk, _ *struct{}) error {
		c.hash(t.an, o.Binary)
		return nil
	}
	count := func(c *trainChunk, _ *struct{}) error {
		err := c.count(t)
		c.reset(free)
		return err
	}
	if err := ordered(chunked(examples, free), 0, 1, work, count); err != nil {
		return nil, err
	}
	return t.model(true)
}

// trainChunk is a run of examples and their feature ids and tokens, back
// to back.
type trainChunk struct {
	ex      []corpus.Example
	ends    []int    // ex[i]'s ids are ids[ends[i-1]:ends[i]]
	ids     []uint64 // feature ids of every statement, back to back
	tokEnds []int    // ex[i]'s tokens are toks[tokEnds[i-1]:tokEnds[i]]
	toks    []tokenize.Token
	hashes  []uint64 // scratch
	first   int      // examples in the input before ex[0], to name one without an id
}

const (
	// trainChunkSize is how many examples a worker takes at a time.
	trainChunkSize = 256
	// maxReusedTokens is the most tokens a chunk keeps room for when it
	// is reused: a chunk of long statements is dropped, not held.
	maxReusedTokens = trainChunkSize * 64
)

// chunked groups examples into chunks, reusing those on free. The
// examples before an error are passed on before it.
func chunked(examples iter.Seq2[corpus.Example, error], free chan *trainChunk) iter.Seq2[*trainChunk, error] {
	return func(yield func(*trainChunk, error) bool) {
		c := newChunk(free)
		c.first = 0
		n := 0 // examples before c's first
		for e, err := range examples {
			if err != nil {
				if len(c.ex) > 0 && !yield(c, nil) {
					return
				}
				yield(nil, err)
				return
			}
			c.ex = append(c.ex, e)
			if len(c.ex) == trainChunkSize {
				n += len(c.ex) // before yield: c belongs to the pipeline after it
				if !yield(c, nil) {
					return
				}
				c = newChunk(free)
				c.first = n
			}
		}
		if len(c.ex) > 0 {
			yield(c, nil)
		}
	}
}

func newChunk(free chan *trainChunk) *trainChunk {
	select {
	case c := <-free:
		return c
	default:
		return &trainChunk{ex: make([]corpus.Example, 0, trainChunkSize)}
	}
}

// hash tokenizes and hashes c's examples.
func (c *trainChunk) hash(an *tokenize.Analyzer, binary bool) {
	for _, e := range c.ex {
		ctx := ContextOf(e)
		if binary {
			// Binary names new features from Features(text): no tokens
			// to keep.
			c.hashes = dedupe(an.AppendHashesIn(c.hashes[:0], ctx, e.Text))
		} else {
			n := len(c.toks)
			c.toks = an.AppendTokensIn(c.toks, ctx, e.Text)
			c.hashes = an.AppendTokenHashes(c.hashes[:0], c.toks[n:])
		}
		c.tokEnds = append(c.tokEnds, len(c.toks))
		c.ids = append(c.ids, c.hashes...)
		c.ends = append(c.ends, len(c.ids))
	}
}

// count adds c's examples to t, stopping at the first error.
func (c *trainChunk) count(t *Trainer) error {
	start, tstart := 0, 0
	for i, e := range c.ex {
		if err := t.addHashed(ContextOf(e), e.Text, c.toks[tstart:c.tokEnds[i]], e.Label, c.ids[start:c.ends[i]]); err != nil {
			return fmt.Errorf("example %s: %w", exampleName(e, c.first+i+1), err)
		}
		start, tstart = c.ends[i], c.tokEnds[i]
	}
	return nil
}

// reset empties c, dropping the texts and terms it points to, and puts it
// on free for reuse unless its statements left it holding more than it is
// worth.
func (c *trainChunk) reset(free chan *trainChunk) {
	if cap(c.toks) > maxReusedTokens {
		return
	}
	clear(c.ex)
	clear(c.toks)
	c.ex, c.ends, c.ids, c.tokEnds, c.toks = c.ex[:0], c.ends[:0], c.ids[:0], c.tokEnds[:0], c.toks[:0]
	select {
	case free <- c:
	default:
	}
}

// prefix8 returns the first eight bytes of s, zero-padded, as a big-endian
// integer.
func prefix8(s string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

// TrainExamples trains a model from examples held in memory.
func TrainExamples(examples []corpus.Example, o Options) (*Model, error) {
	return Train(func(yield func(corpus.Example, error) bool) {
		for _, e := range examples {
			if !yield(e, nil) {
				return
			}
		}
	}, o)
}

func joinLabels(ls []corpus.Label) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}

// exampleName names an example in an error: its id, or "#n" (its position
// in the input, from 1) when it has none.
func exampleName(e corpus.Example, n int) string {
	if e.ID != "" {
		return e.ID
	}
	return fmt.Sprintf("#%d", n)
}
