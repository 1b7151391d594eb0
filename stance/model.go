package stance

import (
	"fmt"
	"iter"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/internal/hashtab"
	"github.com/stancekit/stancekit/tokenize"
)

// Model is a trained naive Bayes model. It is immutable and safe for
// concurrent use.
type Model struct {
	opts     Options
	labels   []corpus.Label
	features []string // sorted
	counts   []uint64 // feature-major: counts[f*L+c] = N(c,f)
	docs     []uint64 // D(c)

	an      *tokenize.Analyzer // set by init
	tab     *tables            // scoring tables, built on first use
	abstain Abstention
	calib   Calibration // zero: none
	invT    float64     // 1/T of calib, 0 without one
	// vaderPos is the index of corpus.Positive, to which a VADER term of
	// calib adds (see Calibration).
	vaderPos int
	pool     sync.Pool // *predictScratch
}

// tables are derived from the counts. They are built on first use, not by
// training: a model that is trained only to be saved (examples/train, a
// streaming run over millions of statements) never pays their memory.
type tables struct {
	once    sync.Once
	err     error
	weights hashtab.Weights // Hash(feature) → f → log θ(c,f), or −log θ̃(c,f) for complement NB
	prior   []float64       // log P(c); zeros for complement NB
	totals  []uint64        // N(c)

	// fast3 holds the same weights as weights, laid out for scoring a
	// three-label model (see hashtab.Table3). It takes several megabytes,
	// and touching fresh memory is most of what a new process pays for
	// Default, so it is built only once the model is seen to be used in
	// bulk: after fast3After predictions. Until then prediction reads
	// weights; the sums are the same bit for bit.
	fast3     atomic.Pointer[hashtab.Table3]
	fast3Once sync.Once
	predicted atomic.Int64 // predictions, counted in steps of fast3Step
}

// fast3Step is how many predictions a scratch space makes before adding
// them to the model's count: one atomic add per step keeps the shared
// counter off the hot path, and a scratch that the pool drops loses less
// than a step.
const fast3Step = 256

// fast3After is how many predictions trigger building the Table3: enough
// that the build, which touches its megabytes for the first time, is a
// small share of the run, so that a short run (classify with a few
// arguments) never pays for it and a long one pays once.
// BenchmarkBuildFast3 measures the build; BenchmarkPredict a prediction.
const fast3After = 8192

// fast3LowLoadBytes is the size up to which the Table3 is kept at load
// ≤ ¼ (see hashtab.Table3); it holds the default model's.
const fast3LowLoadBytes = 8 << 20

// t returns the scoring tables, building them once. Their only possible
// error, a 64-bit hash collision between two feature texts, cannot arise in
// a model made by a Trainer (which keys features by hash); Load and decode
// build the tables eagerly and report it.
func (m *Model) t() *tables {
	m.tab.once.Do(func() { m.tab.err = m.buildTables() })
	return m.tab
}

type predictScratch struct {
	hashes []uint64
	scores []float64
	probs  []float64
	served int // predictions made with this scratch since it last added to the model's count
}

// init validates the options and the shape of the counts, and sets up
// what prediction needs; the tables follow on first use.
func (m *Model) init() error {
	if err := m.opts.Validate(); err != nil {
		return err
	}
	an, err := tokenize.New(m.opts.Tokenizer)
	if err != nil {
		return err
	}
	m.an = an
	L, V := len(m.labels), len(m.features)
	if L == 0 {
		return fmt.Errorf("%w: no labels", ErrCorrupt)
	}
	if len(m.counts) != V*L || len(m.docs) != L {
		return fmt.Errorf("%w: %d features × %d labels but %d counts and %d document counts", ErrCorrupt, V, L, len(m.counts), len(m.docs))
	}
	// Sums of counts must fit in 64 bits: a hostile file could otherwise wrap
	// them and yield weights with no relation to its counts.
	var docs uint64
	for _, d := range m.docs {
		if docs+d < docs {
			return fmt.Errorf("%w: document counts overflow", ErrCorrupt)
		}
		docs += d
	}
	if docs == 0 {
		return fmt.Errorf("%w: no training statements", ErrCorrupt)
	}
	var all uint64
	for c := 0; c < L; c++ {
		var sum uint64
		for f := 0; f < V; f++ {
			v := m.counts[f*L+c]
			if sum+v < sum {
				return fmt.Errorf("%w: feature counts of label %q overflow", ErrCorrupt, m.labels[c])
			}
			sum += v
		}
		if all+sum < all {
			return fmt.Errorf("%w: feature counts overflow", ErrCorrupt)
		}
		all += sum
	}
	m.tab = &tables{}
	m.initPool()
	return nil
}

// initPool sets up the pool of prediction scratch spaces.
func (m *Model) initPool() {
	L := len(m.labels)
	m.pool.New = func() any {
		return &predictScratch{hashes: make([]uint64, 0, 128), scores: make([]float64, L), probs: make([]float64, 0, L)}
	}
}

// buildTables derives the index and the weights from the counts.
func (m *Model) buildTables() error {
	tb := m.tab
	L, V := len(m.labels), len(m.features)
	tb.weights = hashtab.NewWeights(V, L)
	var collision error
	for f, s := range m.features {
		h := tokenize.Hash(s)
		if g, dup := tb.weights.Insert(h, int32(f)); dup && collision == nil {
			if m.features[g] == s {
				collision = fmt.Errorf("%w: feature %q listed twice", ErrCorrupt, s)
			} else {
				collision = fmt.Errorf("%w: features %q and %q have the same 64-bit hash; retrain with other n-gram options", ErrCorrupt, m.features[g], s)
			}
		}
	}
	tb.totals = make([]uint64, L)
	var docs uint64
	for _, d := range m.docs {
		docs += d
	}
	for f := 0; f < V; f++ {
		for c := 0; c < L; c++ {
			tb.totals[c] += m.counts[f*L+c]
		}
	}
	alpha := m.opts.Alpha
	// Most counts are small: log(k + α) for k < len(logs) comes from a
	// table filled once with the same math.Log calls, so the weights are
	// unchanged and loading a model skips most of its logarithms.
	var logs [256]float64
	for k := range logs {
		logs[k] = math.Log(float64(k) + alpha)
	}
	logPlusAlpha := func(k uint64) float64 {
		if k < uint64(len(logs)) {
			return logs[k]
		}
		return math.Log(float64(k) + alpha)
	}
	tb.prior = make([]float64, L)
	switch m.opts.Kind {
	case Multinomial:
		// θ(c,f) = (N(c,f) + α) / (N(c) + α|V|)
		for c := 0; c < L; c++ {
			logDen := math.Log(float64(tb.totals[c]) + alpha*float64(V))
			for f := 0; f < V; f++ {
				tb.weights.SetWeight(int32(f), c, logPlusAlpha(m.counts[f*L+c])-logDen)
			}
			if m.opts.UniformPrior {
				tb.prior[c] = -math.Log(float64(L))
			} else {
				// A label with no statements gets −Inf and is never predicted.
				tb.prior[c] = math.Log(float64(m.docs[c])) - math.Log(float64(docs))
			}
		}
	case Complement:
		// θ̃(c,f) = (Ñ(c,f) + α) / (Ñ(c) + α|V|), weight −log θ̃(c,f).
		var all uint64
		for _, n := range tb.totals {
			all += n
		}
		for c := 0; c < L; c++ {
			logDen := math.Log(float64(all-tb.totals[c]) + alpha*float64(V))
			for f := 0; f < V; f++ {
				var n uint64
				for k := 0; k < L; k++ {
					n += m.counts[f*L+k]
				}
				tb.weights.SetWeight(int32(f), c, -(logPlusAlpha(n-m.counts[f*L+c]) - logDen))
			}
		}
	}
	return collision
}

// Labels returns the model's labels in their fixed order. The slice is
// shared: do not modify it.
func (m *Model) Labels() []corpus.Label { return m.labels }

// Options returns the options the model was trained with.
func (m *Model) Options() Options {
	o := m.opts
	o.Labels = slices.Clone(m.labels)
	return o
}

// Task returns what the model's labels mean, as recorded in its options:
// "stance" for a model saved before tasks were recorded (see
// [Options.Task]).
func (m *Model) Task() string { return m.opts.TaskOf() }

// Analyzer returns the tokenizer the model was trained with.
func (m *Model) Analyzer() *tokenize.Analyzer { return m.an }

// VocabularySize returns |V|, the number of distinct features seen in
// training.
func (m *Model) VocabularySize() int { return len(m.features) }

// Documents returns the number of training statements with each label, in
// the order of Labels.
func (m *Model) Documents() []uint64 { return slices.Clone(m.docs) }

// Count returns N(label, feature): how often feature occurred in training
// statements with label. Unknown labels and features count 0.
func (m *Model) Count(label corpus.Label, feature string) uint64 {
	c := slices.Index(m.labels, label)
	f, ok := m.t().weights.Lookup(tokenize.Hash(feature))
	if c < 0 || !ok || m.features[f] != feature {
		return 0
	}
	return m.counts[int(f)*len(m.labels)+c]
}

// Abstention sets when a prediction is flagged as abstained: when the
// winning probability is below MinProbability, or the winner's lead over the
// runner-up is below MinMargin (both in probability). Abstaining only flags
// the prediction; its label is still reported. It has nothing to do with
// the withholding stance.
type Abstention struct {
	MinProbability float64 `json:"min_probability,omitempty"`
	MinMargin      float64 `json:"min_margin,omitempty"`
}

// WithAbstention returns a model that shares m's parameters and
// calibration and flags predictions below a. The thresholds compare the
// model's probabilities, calibrated when it has a [Calibration], so a
// threshold chosen for one calibration does not carry over to another.
func (m *Model) WithAbstention(a Abstention) *Model {
	c := m.clone()
	c.abstain = a
	return c
}

// clone returns a model that shares m's parameters, tables, abstention and
// calibration, with a pool of its own.
func (m *Model) clone() *Model {
	c := &Model{opts: m.opts, labels: m.labels, features: m.features, counts: m.counts, docs: m.docs,
		an: m.an, tab: m.tab, abstain: m.abstain, calib: m.calib, invT: m.invT, vaderPos: m.vaderPos}
	c.initPool()
	return c
}

// Abstention returns the model's abstention thresholds.
func (m *Model) Abstention() Abstention { return m.abstain }

// Predict labels one statement. Its probabilities are calibrated when the
// model has a [Calibration]. In steady state it does not allocate.
func (m *Model) Predict(text string) Prediction { return m.PredictIn(Context{}, text) }

// PredictIn labels one statement in its election context: with a model
// that masks names, the mentions of ctx's winner and rivals are WINNER and
// RIVAL evidence (see Context). A zero ctx is Predict.
func (m *Model) PredictIn(ctx Context, text string) Prediction {
	s := m.pool.Get().(*predictScratch)
	known := m.score(s, ctx, text)
	m.addVADER(s, text)
	p := m.prediction(s, known)
	m.pool.Put(s)
	return p
}

// score fills s.scores with score(c) and returns the number of known
// features.
func (m *Model) score(s *predictScratch, ctx Context, text string) int {
	s.hashes = m.an.AppendHashesIn(s.hashes[:0], ctx, text)
	if m.opts.Binary {
		s.hashes = dedupe(s.hashes)
	}
	L := len(m.labels)
	tb := m.t()
	copy(s.scores, tb.prior)
	if L == 3 {
		if f := tb.fast3.Load(); f != nil {
			// The domain's three labels: the same sums, unrolled.
			var known int
			s.scores[0], s.scores[1], s.scores[2], known = f.Add3(s.hashes, s.scores[0], s.scores[1], s.scores[2])
			return known
		}
		if s.served++; s.served == fast3Step {
			s.served = 0
			if tb.predicted.Add(fast3Step) >= fast3After {
				m.buildFast3()
			}
		}
	}
	return tb.weights.Add(s.hashes, s.scores)
}

// buildFast3 builds the three-label scoring table, once.
func (m *Model) buildFast3() {
	tb := m.t()
	tb.fast3Once.Do(func() {
		if f, ok := hashtab.NewTable3(&tb.weights, fast3LowLoadBytes); ok {
			tb.fast3.Store(&f)
		}
	})
}

// prediction turns the scores in s into a Prediction. The label is the
// argmax of the raw scores; the probabilities are the softmax of the scores
// divided by the calibration's temperature, which keeps their order.
func (m *Model) prediction(s *predictScratch, known int) Prediction {
	p := Prediction{labels: m.labels, Known: known, NoFeatures: known == 0}
	scores := s.scores
	best, second := 0, -1
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			second, best = best, c
		} else if second < 0 || scores[c] > scores[second] {
			second = c
		}
	}
	if m.invT != 0 {
		for c := range scores {
			scores[c] *= m.invT
		}
	}
	probs := softmax(s.probs[:0], scores)
	s.probs = probs
	if len(probs) > len(p.probs) {
		p.more = append([]float64(nil), probs...)
	} else {
		copy(p.probs[:], probs)
	}
	p.index = best
	p.Label = m.labels[best]
	p.Probability = probs[best]
	margin := probs[best]
	if second >= 0 {
		margin -= probs[second]
	}
	p.Abstained = probs[best] < m.abstain.MinProbability || margin < m.abstain.MinMargin
	return p
}

// softmax appends exp(s(c) − LSE(s)) for every c to dst. LSE is computed
// with the maximum subtracted first so that large negative scores do not
// underflow to 0/0.
func softmax(dst, s []float64) []float64 {
	max := math.Inf(-1)
	for _, v := range s {
		if v > max {
			max = v
		}
	}
	if math.IsInf(max, -1) { // every label impossible: cannot happen after init, but never divide by zero
		for range s {
			dst = append(dst, 1/float64(len(s)))
		}
		return dst
	}
	var sum float64
	for _, v := range s {
		sum += math.Exp(v - max)
	}
	lse := max + math.Log(sum)
	for _, v := range s {
		dst = append(dst, math.Exp(v-lse))
	}
	return dst
}

// PredictAll labels texts on every core. out[i] is the prediction of
// texts[i].
func (m *Model) PredictAll(texts []string) []Prediction {
	out := make([]Prediction, len(texts))
	workers := runtime.GOMAXPROCS(0)
	// Batches small enough that every core gets a share of a short slice,
	// at most Ordered's for a long one.
	size := min(orderedBatch, max(64, (len(texts)+workers-1)/workers))
	indices := func(yield func(int, error) bool) {
		for i := range texts {
			if !yield(i, nil) {
				return
			}
		}
	}
	_ = ordered(indices, workers, size, func(i int, _ *struct{}) error {
		out[i] = m.Predict(texts[i])
		return nil
	}, nil)
	return out
}

// PredictSeq labels a stream of statements on every core and yields the
// predictions in input order, holding at most a few batches of statements
// in memory at a time (see [Ordered]). texts is read on another goroutine
// than the loop body.
func (m *Model) PredictSeq(texts iter.Seq[string]) iter.Seq2[string, Prediction] {
	return func(yield func(string, Prediction) bool) {
		items := func(y func(string, error) bool) {
			for t := range texts {
				if !y(t, nil) {
					return
				}
			}
		}
		_ = Ordered(items, 0, func(t string, p *Prediction) error {
			*p = m.Predict(t)
			return nil
		}, func(t string, p *Prediction) error {
			if !yield(t, *p) {
				return errStopped
			}
			return nil
		})
	}
}
