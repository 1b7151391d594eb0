package benchmark

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/nbsvm"
	"github.com/stancekit/stancekit/tokenize"
)

// Kind is a kind of model that a Spec trains.
type Kind string

// The kinds of model, under the short names of the compact form.
const (
	Multinomial Kind = "mnb"      // multinomial naive Bayes (stance.Multinomial)
	Complement  Kind = "cnb"      // complement naive Bayes (stance.Complement)
	NBSVM       Kind = "nbsvm"    // Wang & Manning's NBSVM (stance/nbsvm)
	Bayesian    Kind = "bayesian" // the jbrukh/bayesian baseline (stance/baseline)
)

// Kinds lists every kind, in the order programs list them.
func Kinds() []Kind { return []Kind{Complement, Multinomial, NBSVM, Bayesian} }

// ParseKind reads a kind by its short name or by stance's long names
// (complement, multinomial), as the programs' -kind flag takes it.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "cnb", string(stance.Complement):
		return Complement, nil
	case "mnb", string(stance.Multinomial):
		return Multinomial, nil
	case "nbsvm":
		return NBSVM, nil
	case "bayesian":
		return Bayesian, nil
	}
	return "", fmt.Errorf("unknown model kind %q (want complement (cnb), multinomial (mnb), nbsvm or bayesian)", s)
}

// Describe names the kind in words, for reports.
func (k Kind) Describe() string {
	switch k {
	case Multinomial:
		return "multinomial naive Bayes"
	case Complement:
		return "complement naive Bayes"
	case NBSVM:
		return "NBSVM"
	case Bayesian:
		return "jbrukh/bayesian baseline"
	}
	return string(k)
}

// Spec is a model configuration: a kind with its options and tokenizer, or
// an ensemble of such. Its compact form, which String writes and ParseSpec
// reads, is how reports and the -config flag name it:
//
//	[joint] KIND a=α [b=β C=C prior] [bin] wMIN-MAX [cMIN-MAX] [tweet] [hw] [stem] [stop] [neg] [sent] [mask] [punct] [uniform] [nospell] [nocontr] [lang=L] [2stage]
//
// KIND is mnb, cnb, nbsvm or bayesian; a= is the smoothing α (not for
// bayesian); b=, C= and prior are NBSVM's β, C and prior-interpolated
// intercept; bin counts features once per statement; w and c are the word
// and character n-gram ranges; tweet, hw, stem, stop and neg switch on
// tweet tokenizing, hashtag words, stemming, stop-word removal and negation
// marking; sent and mask sentence-bounded n-grams and election-context name
// masking; punct punctuation and symbols as terms (tokenize.Options.Punctuation,
// which needs options version 3: punct sets it); uniform is naive Bayes' uniform prior; nospell, nocontr and lang
// change the tokenizer's spelling normalisation, contraction splitting and
// language from their defaults. joint trains one NBSVM for all groups with
// group features; 2stage splits the decision in two (see TwoStage). An
// ensemble is its members joined by " + ", each weighted by a prefix "W*"
// (1 when absent): "nbsvm a=1 … + 0.1*mnb a=0.5 …".
type Spec struct {
	Kind Kind
	// Options hold the tokenizer and naive Bayes' options; NBSVM uses
	// their Alpha and Binary too, the baseline only the tokenizer.
	// Options.Kind follows Kind, and Options.Labels is ignored: training
	// takes the labels of the task.
	Options stance.Options
	// Beta, C and Prior are NBSVM's interpolation β, SVM cost and
	// prior-interpolated intercept (nbsvm.Options Beta, C, PriorBias).
	Beta, C float64
	Prior   bool
	// Joint trains one NBSVM for all groups, with group features
	// (nbsvm.TrainGroups), instead of one model per group.
	Joint bool
	// TwoStage splits the decision in two: one model tells the labels
	// apart from the task's "none" label (the last one), a second, trained
	// without the none examples, tells the others apart, and
	// P(l) = P(not none) P(l | not none).
	TwoStage bool
	// Members, when set, make the spec an ensemble (the other fields are
	// unused): the weighted mean of the members' log-probabilities.
	Members []Spec
	// Weight is a member's weight in an ensemble; 0 means 1.
	Weight float64
}

// weight returns the member weight, 1 when unset.
func (s Spec) weight() float64 {
	if s.Weight == 0 {
		return 1
	}
	return s.Weight
}

// String is the compact form that ParseSpec reads back, e.g.
// "nbsvm a=1 b=0.25 C=1 bin w1-3 c2-5 tweet stem neg".
func (s Spec) String() string {
	if len(s.Members) > 0 {
		parts := make([]string, len(s.Members))
		for i, m := range s.Members {
			if w := m.weight(); w != 1 {
				parts[i] = ftoa(w) + "*"
			}
			m.Weight = 0
			parts[i] += m.String()
		}
		return strings.Join(parts, " + ")
	}
	var b strings.Builder
	if s.Joint {
		b.WriteString("joint ")
	}
	b.WriteString(string(s.Kind))
	if s.Kind != Bayesian {
		fmt.Fprintf(&b, " a=%s", ftoa(s.Options.Alpha))
	}
	if s.Kind == NBSVM {
		fmt.Fprintf(&b, " b=%s C=%s", ftoa(s.Beta), ftoa(s.C))
		if s.Prior {
			b.WriteString(" prior")
		}
	}
	if s.Options.Binary {
		b.WriteString(" bin")
	}
	t := s.Options.Tokenizer
	fmt.Fprintf(&b, " w%d-%d", t.NGramMin, t.NGramMax)
	if t.CharNGramMin > 0 {
		fmt.Fprintf(&b, " c%d-%d", t.CharNGramMin, t.CharNGramMax)
	}
	def := tokenize.DefaultOptions()
	for _, f := range []struct {
		on   bool
		name string
	}{{t.Tweet, "tweet"}, {t.HashtagWords, "hw"}, {t.Stem, "stem"}, {t.StopWords, "stop"}, {t.Negation, "neg"},
		{t.SentenceBounds, "sent"}, {t.MaskNames, "mask"}, {t.Elision, "elision"}, {t.Emoji, "emoji"}, {t.Punctuation, "punct"},
		{s.Options.UniformPrior, "uniform"}, {!t.NormalizeSpelling && def.NormalizeSpelling, "nospell"},
		{!t.Contractions && def.Contractions, "nocontr"}, {t.Language != def.Language, "lang=" + t.Language},
		{s.TwoStage, "2stage"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	return b.String()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// ParseSpec reads the compact form that Spec.String writes. Word n-grams
// default to 1-1, α, β and C to 1, 0.25 and 1; every switch not named is
// off, and the tokenizer's spelling normalisation, contraction splitting
// and language keep their defaults.
func ParseSpec(s string) (Spec, error) {
	parts := strings.Split(s, " + ")
	if len(parts) == 1 {
		return parseOne(s)
	}
	var e Spec
	for _, p := range parts {
		w := 1.0
		if ws, rest, ok := strings.Cut(strings.TrimSpace(p), "*"); ok {
			var err error
			if w, err = strconv.ParseFloat(ws, 64); err != nil || !(w > 0) || math.IsInf(w, 0) {
				return Spec{}, fmt.Errorf("configuration %q: member weight %q (want a finite number > 0)", s, ws)
			}
			p = rest
		}
		m, err := parseOne(p)
		if err != nil {
			return Spec{}, err
		}
		if w != 1 {
			m.Weight = w
		}
		e.Members = append(e.Members, m)
	}
	return e, nil
}

// parseOne reads one model's configuration, not an ensemble.
func parseOne(s string) (Spec, error) {
	f := strings.Fields(s)
	joint := len(f) > 0 && f[0] == "joint"
	if joint {
		f = f[1:]
	}
	if len(f) == 0 {
		return Spec{}, fmt.Errorf("configuration %q: no model", s)
	}
	sp := Spec{Joint: joint, Kind: Kind(f[0]), Beta: 0.25, C: 1, Options: stance.DefaultOptions()}
	sp.Options.Labels = nil
	sp.Options.Alpha = 1
	t := &sp.Options.Tokenizer
	t.NGramMin, t.NGramMax = 1, 1
	t.Stem, t.Negation, t.StopWords, t.Tweet, t.HashtagWords = false, false, false, false, false
	t.SentenceBounds, t.MaskNames = false, false
	if err := sp.check(); err != nil { // the kind, before its words
		return Spec{}, fmt.Errorf("configuration %q: %w", s, err)
	}
	for _, w := range f[1:] {
		if err := sp.set(w); err != nil {
			return Spec{}, fmt.Errorf("configuration %q: %q: %w", s, w, err)
		}
	}
	if err := sp.check(); err != nil {
		return Spec{}, fmt.Errorf("configuration %q: %w", s, err)
	}
	return sp, nil
}

// set applies one word of the compact form.
func (s *Spec) set(w string) error {
	name, _, _ := strings.Cut(w, "=")
	switch {
	case s.Kind != NBSVM && (name == "b" || name == "C" || name == "prior"):
		return fmt.Errorf("b=, C= and prior are for %s only", NBSVM)
	case s.Kind == Bayesian && (name == "a" || name == "bin"):
		return fmt.Errorf("a= and bin are not used by %s", Bayesian)
	case name == "uniform" && s.Kind != Multinomial && s.Kind != Complement:
		return fmt.Errorf("uniform is for naive Bayes only")
	}
	t := &s.Options.Tokenizer
	var err error
	switch {
	case strings.HasPrefix(w, "a="):
		s.Options.Alpha, err = strconv.ParseFloat(w[2:], 64)
	case strings.HasPrefix(w, "b="):
		s.Beta, err = strconv.ParseFloat(w[2:], 64)
	case strings.HasPrefix(w, "C="):
		s.C, err = strconv.ParseFloat(w[2:], 64)
	case strings.HasPrefix(w, "lang="):
		t.Language = w[5:]
	case strings.HasPrefix(w, "w"):
		t.NGramMin, t.NGramMax, err = parseRange(w[1:])
	case strings.HasPrefix(w, "c"):
		t.CharNGramMin, t.CharNGramMax, err = parseRange(w[1:])
	default:
		on, ok := map[string]*bool{"prior": &s.Prior, "bin": &s.Options.Binary, "tweet": &t.Tweet, "hw": &t.HashtagWords,
			"stem": &t.Stem, "stop": &t.StopWords, "neg": &t.Negation, "uniform": &s.Options.UniformPrior, "2stage": &s.TwoStage,
			"sent": &t.SentenceBounds, "mask": &t.MaskNames, "elision": &t.Elision, "emoji": &t.Emoji}[w]
		off, okOff := map[string]*bool{"nospell": &t.NormalizeSpelling, "nocontr": &t.Contractions}[w]
		switch {
		case ok:
			*on = true
		case w == "punct":
			t.Punctuation, t.Version = true, max(t.Version, 3)
		case okOff:
			*off = false
		default:
			err = fmt.Errorf("unknown word")
		}
	}
	return err
}

// check completes and validates a single-model spec.
func (s *Spec) check() error {
	switch s.Kind {
	case Multinomial, Complement, NBSVM, Bayesian:
	default:
		return fmt.Errorf("model kind %q (want %s, %s, %s or %s)", s.Kind, Multinomial, Complement, NBSVM, Bayesian)
	}
	if s.Joint && s.Kind != NBSVM {
		return fmt.Errorf("a joint model must be %s", NBSVM)
	}
	if s.Kind != NBSVM {
		s.Beta, s.C, s.Prior = 0, 0, false
	}
	s.Options.Kind = stance.Multinomial
	if s.Kind == Complement {
		s.Options.Kind = stance.Complement
	}
	if err := s.Options.Validate(); err != nil {
		return err
	}
	if s.Kind == NBSVM {
		return s.nbsvmOptions(0, nil).Validate()
	}
	return nil
}

// parseRange reads "1-3" (or "2" for 2-2).
func parseRange(s string) (lo, hi int, err error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		b = a
	}
	lo, err1 := strconv.Atoi(a)
	hi, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("range %q: want MIN-MAX", s)
	}
	return lo, hi, nil
}

// FromOptions returns the spec of a single model of kind k with options o,
// as the programs build it from -kind and the analysis flags; for NBSVM,
// β, C and the intercept come from nbsvm.DefaultOptions.
func FromOptions(k Kind, o stance.Options) Spec {
	s := Spec{Kind: k, Options: o}
	s.Options.Labels = nil
	s.Options.Kind = stance.Multinomial
	switch k {
	case Complement:
		s.Options.Kind = stance.Complement
	case NBSVM:
		d := nbsvm.DefaultOptions()
		s.Beta, s.C, s.Prior = d.Beta, d.C, d.PriorBias
	case Bayesian:
		s.Options.Alpha, s.Options.Binary, s.Options.UniformPrior = 1, false, false
	}
	return s
}

// FromFlags returns the spec of kind k whose options o were bound to fs by
// stance.Options.BindFlags and parsed: FromOptions, except that an NBSVM
// keeps its own α = 1 and binary features unless -alpha and -binary were
// given.
func FromFlags(k Kind, o stance.Options, fs *flag.FlagSet) Spec {
	if k == NBSVM {
		given := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
		d := nbsvm.DefaultOptions()
		if !given["alpha"] {
			o.Alpha = d.Alpha
		}
		if !given["binary"] {
			o.Binary = d.Binary
		}
	}
	return FromOptions(k, o)
}

// Validate reports whether the spec can be trained.
func (s Spec) Validate() error {
	if len(s.Members) > 0 {
		for _, m := range s.Members {
			if err := m.Validate(); err != nil {
				return err
			}
		}
		return nil
	}
	c := s
	return c.check()
}

func (s Spec) nbsvmOptions(seed uint64, labels []corpus.Label) nbsvm.Options {
	o := nbsvm.DefaultOptions()
	o.Tokenizer = s.Options.Tokenizer
	o.Alpha, o.Beta, o.C, o.Binary = s.Options.Alpha, s.Beta, s.C, s.Options.Binary
	o.PriorBias = s.Prior
	o.Seed = seed
	o.Labels = labels
	return o
}
