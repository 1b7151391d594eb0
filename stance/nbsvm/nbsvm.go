package nbsvm

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// Loss is the SVM's loss function.
type Loss string

const (
	// L2Loss is the squared hinge max(0, 1 − y wᵀx)², LIBLINEAR's default
	// and Wang & Manning's choice.
	L2Loss Loss = "l2"
	// L1Loss is the hinge max(0, 1 − y wᵀx).
	L1Loss Loss = "l1"
)

// Options configure training. The zero value is not useful; start from
// [DefaultOptions].
type Options struct {
	// Tokenizer describes the features.
	Tokenizer tokenize.Options `json:"tokenizer"`
	// Alpha is the smoothing α > 0 of the count vectors p and q.
	Alpha float64 `json:"alpha"`
	// Beta is the interpolation β ∈ [0, 1] between w̄ (naive Bayes) and the
	// SVM's w.
	Beta float64 `json:"beta"`
	// C > 0 is the SVM's cost: larger fits the training data more closely.
	C float64 `json:"c"`
	// Loss is L2Loss or L1Loss.
	Loss Loss `json:"loss"`
	// Binary uses f̂ = 1{f > 0} instead of feature counts.
	Binary bool `json:"binary"`
	// Bias is the value of the constant feature that carries the intercept;
	// 0 means no intercept.
	Bias float64 `json:"bias"`
	// Epsilon > 0 stops the solver after a pass in which every projected
	// gradient was smaller than it in magnitude (LIBLINEAR's -e is 0.1 for
	// the span of the projected gradients, which can stop early when they
	// are equal but not zero).
	Epsilon float64 `json:"epsilon"`
	// MaxPasses > 0 bounds the solver's passes over the data.
	MaxPasses int `json:"max_passes"`
	// PriorBias interpolates the intercept too, between the SVM's b and
	// naive Bayes' log-prior ratio (see the package doc). Without it the
	// intercept is the SVM's, as in the paper.
	PriorBias bool `json:"prior_bias"`
	// Seed fixes the solver's coordinate order.
	Seed uint64 `json:"seed"`
	// Labels, when set, fixes the labels and their order; when empty they
	// are the sorted labels of the data.
	Labels []corpus.Label `json:"labels,omitempty"`
}

// DefaultOptions returns the paper's settings, α = 1, β = 0.25, C = 1,
// binarised features, L2 loss, with the tokenizer's default options, and
// PriorBias, which one-versus-rest on unbalanced labels needs.
func DefaultOptions() Options {
	return Options{
		Tokenizer: tokenize.DefaultOptions(),
		Alpha:     1,
		Beta:      0.25,
		C:         1,
		Loss:      L2Loss,
		Binary:    true,
		Bias:      1,
		Epsilon:   0.1,
		MaxPasses: 1000,
		PriorBias: true,
	}
}

// ErrOptions is wrapped by every error about invalid options.
var ErrOptions = errors.New("invalid nbsvm options")

// ErrTrain is wrapped by errors about the training data.
var ErrTrain = errors.New("nbsvm training failed")

// Validate reports whether o can train a model.
func (o Options) Validate() error {
	if err := o.Tokenizer.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrOptions, err)
	}
	switch {
	case !(o.Alpha > 0) || math.IsInf(o.Alpha, 0):
		return fmt.Errorf("%w: alpha %v (want a finite number > 0)", ErrOptions, o.Alpha)
	case !(o.Beta >= 0 && o.Beta <= 1):
		return fmt.Errorf("%w: beta %v (want 0 ≤ β ≤ 1)", ErrOptions, o.Beta)
	case !(o.C > 0) || math.IsInf(o.C, 0):
		return fmt.Errorf("%w: C %v (want a finite number > 0)", ErrOptions, o.C)
	case o.Loss != L2Loss && o.Loss != L1Loss:
		return fmt.Errorf("%w: loss %q (want %q or %q)", ErrOptions, o.Loss, L2Loss, L1Loss)
	case !(o.Bias >= 0) || math.IsInf(o.Bias, 0):
		return fmt.Errorf("%w: bias %v (want a finite number ≥ 0)", ErrOptions, o.Bias)
	case !(o.Epsilon > 0):
		return fmt.Errorf("%w: epsilon %v (want > 0)", ErrOptions, o.Epsilon)
	case o.MaxPasses < 1:
		return fmt.Errorf("%w: max passes %d (want ≥ 1)", ErrOptions, o.MaxPasses)
	}
	seen := map[corpus.Label]bool{}
	for _, l := range o.Labels {
		if l == "" || seen[l] {
			return fmt.Errorf("%w: label %q empty or listed twice", ErrOptions, l)
		}
		seen[l] = true
	}
	return nil
}

// Model is a trained one-versus-rest NBSVM. It is immutable and safe for
// concurrent use.
type Model struct {
	opts    Options
	labels  []corpus.Label
	an      *tokenize.Analyzer
	index   map[uint64]int32 // feature hash → row of w
	grouped bool             // trained by TrainGroups
	// w has |V|+1 rows and one column per label: row f holds
	// w′_k[f]·r_k[f], the weight of feature f's presence (or count) in the
	// decision value of label k; the last row holds the intercepts b_k.
	w    *mat.Dense
	pool sync.Pool // *scratch
}

type scratch struct {
	hashes []uint64
	scores []float64
	probs  []float64
}

var _ stance.Classifier = (*Model)(nil)

// Train trains a one-versus-rest NBSVM on texts and their labels.
func Train(texts []string, labels []corpus.Label, o Options) (*Model, error) {
	return train(texts, nil, labels, o)
}

// TrainGroups trains one model on statements from several groups, such as
// the targets of a stance task, with groups[i] the group of texts[i]. Every
// feature is counted twice, once shared by all groups and once conjoined
// with the statement's group, and each group has an indicator feature: the
// feature augmentation of Daumé III (2007), "Frustratingly Easy Domain
// Adaptation", ACL. A group learns from the others through the shared
// copies and keeps what is its own in the conjoined ones. Predict with
// [Model.Group]; the model's own Predict sees the shared features only.
func TrainGroups(texts, groups []string, labels []corpus.Label, o Options) (*Model, error) {
	if len(groups) != len(texts) {
		return nil, fmt.Errorf("%w: %d texts but %d groups", ErrTrain, len(texts), len(groups))
	}
	return train(texts, groups, labels, o)
}

func train(texts, groups []string, labels []corpus.Label, o Options) (*Model, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if len(texts) != len(labels) {
		return nil, fmt.Errorf("%w: %d texts but %d labels", ErrTrain, len(texts), len(labels))
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("%w: no training statements", ErrTrain)
	}
	an, err := tokenize.New(o.Tokenizer)
	if err != nil {
		return nil, err
	}
	m := &Model{opts: o, an: an, index: map[uint64]int32{}, grouped: groups != nil}
	m.opts.Labels = nil
	labelIdx := map[corpus.Label]int{}
	if len(o.Labels) > 0 {
		m.labels = slices.Clone(o.Labels)
	} else {
		for i, l := range labels {
			if l == "" {
				return nil, fmt.Errorf("%w: statement %d has no label", ErrTrain, i)
			}
			if !slices.Contains(m.labels, l) {
				m.labels = append(m.labels, l)
			}
		}
		slices.Sort(m.labels)
	}
	for i, l := range m.labels {
		labelIdx[l] = i
	}
	if len(m.labels) < 2 {
		return nil, fmt.Errorf("%w: need at least two labels, have %v", ErrTrain, m.labels)
	}
	y := make([]int, len(labels))
	for i, l := range labels {
		c, ok := labelIdx[l]
		if !ok {
			if l == "" {
				return nil, fmt.Errorf("%w: statement %d has no label", ErrTrain, i)
			}
			return nil, fmt.Errorf("%w: statement %d has unknown label %q (want one of %v)", ErrTrain, i, l, m.labels)
		}
		y[i] = c
	}

	x := m.featurize(texts, groups)
	V := len(m.index)
	K := len(m.labels)
	w := mat.NewDense(V+1, K, nil)
	col := make([]float64, V+1)
	for k := range K {
		m.trainOne(x, y, k, col)
		w.SetCol(k, col)
	}
	m.w = w
	m.initPool()
	return m, nil
}

// TrainFunc adapts Train to stance.TrainFunc for cross-validation.
func TrainFunc(o Options) stance.TrainFunc {
	return func(examples []corpus.Example) (stance.Classifier, error) {
		texts, labels := stance.TextsAndLabels(examples)
		return Train(texts, labels, o)
	}
}

func (m *Model) initPool() {
	K := len(m.labels)
	m.pool.New = func() any {
		return &scratch{hashes: make([]uint64, 0, 128), scores: make([]float64, K), probs: make([]float64, K)}
	}
}

// rows is a sparse matrix in compressed-row form: row i has columns
// col[ptr[i]:ptr[i+1]] with values val[ptr[i]:ptr[i+1]].
type rows struct {
	ptr []int
	col []int32
	val []float64
}

// featurize numbers the features of texts in order of first occurrence
// and returns f̂ for every text.
func (m *Model) featurize(texts, groups []string) rows {
	x := rows{ptr: make([]int, 1, len(texts)+1)}
	var hs []uint64
	for i, t := range texts {
		g := uint64(0)
		if groups != nil {
			g = groupHash(groups[i])
		}
		hs, _ = m.hashes(hs[:0], t, g)
		for _, h := range hs {
			if _, ok := m.index[h]; !ok {
				m.index[h] = int32(len(m.index))
			}
		}
		slices.Sort(hs)
		for i := 0; i < len(hs); {
			j := i + 1
			for j < len(hs) && hs[j] == hs[i] {
				j++
			}
			v := float64(j - i)
			if m.opts.Binary {
				v = 1
			}
			x.col = append(x.col, m.index[hs[i]])
			x.val = append(x.val, v)
			i = j
		}
		x.ptr = append(x.ptr, len(x.col))
	}
	return x
}

// trainOne trains label k against the rest and writes the column of
// effective weights w′∘r, then the intercept, into out (length |V|+1).
func (m *Model) trainOne(x rows, y []int, k int, out []float64) {
	V := len(out) - 1
	n := len(x.ptr) - 1
	p := make([]float64, V)
	q := make([]float64, V)
	sign := make([]float64, n)
	npos := 0.0
	for i := range n {
		dst := q
		sign[i] = -1
		if y[i] == k {
			dst = p
			sign[i] = 1
			npos++
		}
		for j := x.ptr[i]; j < x.ptr[i+1]; j++ {
			dst[x.col[j]] += x.val[j]
		}
	}
	r := logCountRatio(p, q, m.opts.Alpha)

	// x̃ = r ∘ f̂, with the bias feature appended as column V.
	scaled := rows{ptr: make([]int, n+1), col: make([]int32, 0, len(x.col)+n), val: make([]float64, 0, len(x.col)+n)}
	for i := range n {
		for j := x.ptr[i]; j < x.ptr[i+1]; j++ {
			scaled.col = append(scaled.col, x.col[j])
			scaled.val = append(scaled.val, r[x.col[j]]*x.val[j])
		}
		if m.opts.Bias > 0 {
			scaled.col = append(scaled.col, int32(V))
			scaled.val = append(scaled.val, m.opts.Bias)
		}
		scaled.ptr[i+1] = len(scaled.col)
	}
	rng := rand.New(rand.NewPCG(m.opts.Seed, uint64(k)))
	w := solveDual(scaled, sign, V+1, m.opts.C, m.opts.Loss, m.opts.Epsilon, m.opts.MaxPasses, rng)
	b := w[V] * m.opts.Bias
	if m.opts.PriorBias {
		b = priorIntercept(b, meanAbs(w[:V]), npos, float64(n)-npos, m.opts.Beta)
	}
	interpolate(w[:V], m.opts.Beta)
	floats.MulTo(out[:V], w[:V], r)
	out[V] = b
}

// logCountRatio returns r = log((p/‖p‖₁) / (q/‖q‖₁)) after adding α to
// every count of p and q. p and q are overwritten.
func logCountRatio(p, q []float64, alpha float64) []float64 {
	floats.AddConst(alpha, p)
	floats.AddConst(alpha, q)
	if len(p) == 0 {
		return p
	}
	floats.Scale(1/floats.Norm(p, 1), p)
	floats.Scale(1/floats.Norm(q, 1), q)
	r := make([]float64, len(p))
	for i := range r {
		r[i] = math.Log(p[i]) - math.Log(q[i])
	}
	return r
}

// meanAbs returns w̄ = ‖w‖₁/|w|, 0 for an empty w.
func meanAbs(w []float64) float64 {
	if len(w) == 0 {
		return 0
	}
	return floats.Norm(w, 1) / float64(len(w))
}

// interpolate sets w ← (1 − β) w̄ + β w with w̄ = ‖w‖₁/|w|.
func interpolate(w []float64, beta float64) {
	mean := meanAbs(w)
	floats.Scale(beta, w)
	floats.AddConst((1-beta)*mean, w)
}

// priorIntercept interpolates the intercept between the SVM's b and naive
// Bayes' log-prior ratio on the scale of the NB part:
//
//	b′ = (1 − β) w̄ log((N₊ + 1)/(N₋ + 1)) + β b
//
// (add-one keeps it finite when a side is empty).
func priorIntercept(b, wbar, npos, nneg, beta float64) float64 {
	return (1-beta)*wbar*math.Log((npos+1)/(nneg+1)) + beta*b
}

// solveDual solves the dual of the L2-regularised L1- or L2-loss SVM with
// cost c on the rows of x with labels y (±1) by coordinate descent (Hsieh
// et al. 2008, algorithm 1, without shrinking) and returns the primal w of
// length dim.
func solveDual(x rows, y []float64, dim int, c float64, loss Loss, eps float64, maxPasses int, rng *rand.Rand) []float64 {
	n := len(y)
	upper, diag := math.Inf(1), 1/(2*c)
	if loss == L1Loss {
		upper, diag = c, 0
	}
	w := make([]float64, dim)
	alpha := make([]float64, n)
	qii := make([]float64, n)
	for i := range n {
		v := x.val[x.ptr[i]:x.ptr[i+1]]
		qii[i] = floats.Dot(v, v) + diag
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for range maxPasses {
		rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		pgMax := 0.0 // largest |projected gradient| of the pass
		for _, i := range order {
			if qii[i] == 0 {
				continue // an empty row without bias: its α stays 0
			}
			lo, hi := x.ptr[i], x.ptr[i+1]
			var wx float64
			for j := lo; j < hi; j++ {
				wx += w[x.col[j]] * x.val[j]
			}
			g := y[i]*wx - 1 + diag*alpha[i]
			pg := g
			switch {
			case alpha[i] == 0:
				pg = min(g, 0)
			case alpha[i] == upper:
				pg = max(g, 0)
			}
			pgMax = max(pgMax, math.Abs(pg))
			if math.Abs(pg) < 1e-12 {
				continue
			}
			old := alpha[i]
			alpha[i] = min(max(old-g/qii[i], 0), upper)
			step := (alpha[i] - old) * y[i]
			for j := lo; j < hi; j++ {
				w[x.col[j]] += step * x.val[j]
			}
		}
		if pgMax < eps {
			break
		}
	}
	return w
}

// Labels returns the model's labels in their fixed order. The slice is
// shared: do not modify it.
func (m *Model) Labels() []corpus.Label { return m.labels }

// Options returns the options the model was trained with, labels included.
func (m *Model) Options() Options {
	o := m.opts
	o.Labels = slices.Clone(m.labels)
	return o
}

// VocabularySize returns |V|, the number of distinct features seen in
// training.
func (m *Model) VocabularySize() int { return len(m.index) }

// Predict labels one statement: the label with the largest decision value,
// probabilities the softmax of the decision values. A model from
// TrainGroups uses only the shared features here; see [Model.Group].
func (m *Model) Predict(text string) stance.Prediction { return m.predict(text, 0) }

// Decision returns the decision value w′_kᵀx̃ + b_k of every label k, in
// the order of Labels.
func (m *Model) Decision(text string) []float64 { return m.decisionOf(text, 0) }

// Group returns the classifier of one group of a model trained by
// TrainGroups: statements get their shared, group-conjoined and indicator
// features. A group unseen in training gets the shared features only, as
// does every group of a model trained by Train.
func (m *Model) Group(group string) *Group {
	g := uint64(0)
	if m.grouped {
		g = groupHash(group)
	}
	return &Group{m: m, g: g}
}

// Group is one group's view of a model. It is safe for concurrent use.
type Group struct {
	m *Model
	g uint64
}

var _ stance.Classifier = (*Group)(nil)

// Predict labels one statement of the group.
func (v *Group) Predict(text string) stance.Prediction { return v.m.predict(text, v.g) }

// Labels returns the model's labels.
func (v *Group) Labels() []corpus.Label { return v.m.labels }

// Decision returns the decision values of a statement of the group.
func (v *Group) Decision(text string) []float64 { return v.m.decisionOf(text, v.g) }

func (m *Model) predict(text string, g uint64) stance.Prediction {
	s := m.pool.Get().(*scratch)
	known := m.decision(s, text, g)
	softmax(s.probs, s.scores)
	p := stance.NewPrediction(m.labels, s.probs)
	p.Known = known
	p.NoFeatures = known == 0
	m.pool.Put(s)
	return p
}

func (m *Model) decisionOf(text string, g uint64) []float64 {
	s := m.pool.Get().(*scratch)
	m.decision(s, text, g)
	out := slices.Clone(s.scores)
	m.pool.Put(s)
	return out
}

// groupHash returns the non-zero key of a group.
func groupHash(g string) uint64 { return tokenize.Hash(g) | 1 }

// hashes appends the feature hashes of text, each once when Binary; when
// g ≠ 0 (a grouped model) also each of them conjoined with the group, then
// the group's indicator. It returns the extended dst and the number of
// the statement's own (shared) features.
func (m *Model) hashes(dst []uint64, text string, g uint64) ([]uint64, int) {
	n := len(dst)
	dst = m.an.AppendHashes(dst, text)
	if m.opts.Binary {
		slices.Sort(dst[n:])
		dst = dst[:n+len(slices.Compact(dst[n:]))]
	}
	own := len(dst) - n
	if g == 0 {
		return dst, own
	}
	for _, h := range dst[n : n+own] {
		dst = append(dst, mix(h^g))
	}
	return append(dst, mix(g)), own
}

// mix is the finaliser of SplitMix64 (Steele, Lea & Flood 2014), a
// bijection that scatters the conjoined keys away from the shared
// hashes.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// decision fills s.scores and returns the number of the statement's own
// features seen in training.
func (m *Model) decision(s *scratch, text string, g uint64) int {
	var own int
	s.hashes, own = m.hashes(s.hashes[:0], text, g)
	V, _ := m.w.Dims()
	copy(s.scores, m.w.RawRowView(V-1))
	known := 0
	for i, h := range s.hashes {
		f, ok := m.index[h]
		if !ok {
			continue
		}
		if i < own {
			known++
		}
		floats.Add(s.scores, m.w.RawRowView(int(f)))
	}
	return known
}

// softmax writes exp(s − LSE(s)) into dst.
func softmax(dst, s []float64) {
	lse := floats.LogSumExp(s)
	for i, v := range s {
		dst[i] = math.Exp(v - lse)
	}
}
