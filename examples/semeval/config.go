package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/nbsvm"
	"github.com/stancekit/stancekit/tokenize"
)

// Model kinds a Config can name.
const (
	MNB   = "mnb"   // multinomial naive Bayes (stance.Multinomial)
	CNB   = "cnb"   // complement naive Bayes (stance.Complement)
	NBSVM = "nbsvm" // Wang & Manning's NBSVM (stance/nbsvm)
)

// Config is one candidate: a model kind, its parameters and the tokenizer.
type Config struct {
	// Joint trains one NBSVM for all targets with target features
	// (nbsvm.TrainGroups) instead of one model per target.
	Joint  bool    `json:"joint,omitempty"`
	Model  string  `json:"model"`
	Alpha  float64 `json:"alpha"`
	Binary bool    `json:"binary"`
	Beta   float64 `json:"beta,omitempty"` // NBSVM only
	C      float64 `json:"c,omitempty"`    // NBSVM only
	// Prior interpolates NBSVM's intercept with the naive Bayes prior
	// (nbsvm.Options.PriorBias).
	Prior bool `json:"prior,omitempty"`
	// Words and Chars are n-gram ranges; Chars {0, 0} means none.
	Words [2]int `json:"words"`
	Chars [2]int `json:"chars"`
	Tweet bool   `json:"tweet"`
	// HashtagWords also makes words of whole hashtags (tokenize
	// Options.HashtagWords); it needs Tweet.
	HashtagWords bool `json:"hashtag_words,omitempty"`
	Stem         bool `json:"stem"`
	Stop         bool `json:"stop_words"`
	Negation     bool `json:"negation"`
	// TwoStage splits the decision in two (token "2stage"): one model
	// tells stance (FAVOR or AGAINST) from NONE, a second, trained on the
	// stance-bearing tweets only, FAVOR from AGAINST, and
	// P(FAVOR) = P(stance) P(FAVOR | stance).
	TwoStage bool `json:"two_stage,omitempty"`
	// Members, when set, make the configuration an ensemble (see
	// ensemble): the other fields are unused. The form is the members'
	// joined by " + ", each with its weight as a prefix "W*" unless it is
	// 1, e.g. "0.1*mnb a=0.5 bin w1-2 c3-6 tweet + nbsvm a=1 ...".
	Members []Config `json:"members,omitempty"`
	// Weight is a member's weight in an ensemble; 0 means 1.
	Weight float64 `json:"weight,omitempty"`
}

// weight returns the member weight, 1 when unset.
func (c Config) weight() float64 {
	if c.Weight == 0 {
		return 1
	}
	return c.Weight
}

// String is the compact form that ParseConfig reads back, e.g.
// "nbsvm a=1 b=0.25 C=1 bin w1-3 c2-5 tweet stem neg".
func (c Config) String() string {
	if len(c.Members) > 0 {
		parts := make([]string, len(c.Members))
		for i, m := range c.Members {
			if w := m.weight(); w != 1 {
				parts[i] = ftoa(w) + "*"
			}
			m.Weight = 0
			parts[i] += m.String()
		}
		return strings.Join(parts, " + ")
	}
	var b strings.Builder
	if c.Joint {
		b.WriteString("joint ")
	}
	b.WriteString(c.Model)
	fmt.Fprintf(&b, " a=%s", ftoa(c.Alpha))
	if c.Model == NBSVM {
		fmt.Fprintf(&b, " b=%s C=%s", ftoa(c.Beta), ftoa(c.C))
		if c.Prior {
			b.WriteString(" prior")
		}
	}
	if c.Binary {
		b.WriteString(" bin")
	}
	fmt.Fprintf(&b, " w%d-%d", c.Words[0], c.Words[1])
	if c.Chars[0] > 0 {
		fmt.Fprintf(&b, " c%d-%d", c.Chars[0], c.Chars[1])
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{c.Tweet, "tweet"}, {c.HashtagWords, "hw"}, {c.Stem, "stem"}, {c.Stop, "stop"}, {c.Negation, "neg"}, {c.TwoStage, "2stage"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	return b.String()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// ParseConfig reads the form that Config.String writes. Words default to
// 1-1; every switch not named is off.
func ParseConfig(s string) (Config, error) {
	parts := strings.Split(s, " + ")
	if len(parts) == 1 {
		return parseOne(s)
	}
	var e Config
	for _, p := range parts {
		w := 1.0
		if ws, rest, ok := strings.Cut(strings.TrimSpace(p), "*"); ok {
			var err error
			if w, err = strconv.ParseFloat(ws, 64); err != nil || !(w > 0) || math.IsInf(w, 0) {
				return Config{}, fmt.Errorf("configuration %q: member weight %q (want a finite number > 0)", s, ws)
			}
			p = rest
		}
		m, err := parseOne(p)
		if err != nil {
			return Config{}, err
		}
		if w != 1 {
			m.Weight = w
		}
		e.Members = append(e.Members, m)
	}
	return e, nil
}

// parseOne reads one model's configuration, not an ensemble.
func parseOne(s string) (Config, error) {
	f := strings.Fields(s)
	joint := len(f) > 0 && f[0] == "joint"
	if joint {
		f = f[1:]
	}
	if len(f) == 0 {
		return Config{}, fmt.Errorf("configuration %q: no model", s)
	}
	c := Config{Joint: joint, Model: f[0], Alpha: 1, Beta: 0.25, C: 1, Words: [2]int{1, 1}}
	if c.Joint && c.Model != NBSVM {
		return Config{}, fmt.Errorf("configuration %q: a joint model must be %s", s, NBSVM)
	}
	if c.Model != MNB && c.Model != CNB && c.Model != NBSVM {
		return Config{}, fmt.Errorf("configuration %q: model %q (want %s, %s or %s)", s, c.Model, MNB, CNB, NBSVM)
	}
	for _, w := range f[1:] {
		var err error
		switch {
		case strings.HasPrefix(w, "a="):
			c.Alpha, err = strconv.ParseFloat(w[2:], 64)
		case strings.HasPrefix(w, "b="):
			c.Beta, err = strconv.ParseFloat(w[2:], 64)
		case strings.HasPrefix(w, "C="):
			c.C, err = strconv.ParseFloat(w[2:], 64)
		case strings.HasPrefix(w, "w"):
			c.Words, err = parseRange(w[1:])
		case strings.HasPrefix(w, "c"):
			c.Chars, err = parseRange(w[1:])
		case w == "prior":
			c.Prior = true
		case w == "bin":
			c.Binary = true
		case w == "tweet":
			c.Tweet = true
		case w == "hw":
			c.HashtagWords = true
		case w == "stem":
			c.Stem = true
		case w == "stop":
			c.Stop = true
		case w == "neg":
			c.Negation = true
		case w == "2stage":
			c.TwoStage = true
		default:
			err = fmt.Errorf("unknown word")
		}
		if err != nil {
			return Config{}, fmt.Errorf("configuration %q: %q: %w", s, w, err)
		}
	}
	if c.Model != NBSVM {
		if strings.Contains(" "+s+" ", " prior ") || strings.Contains(s, "b=") || strings.Contains(s, "C=") {
			return Config{}, fmt.Errorf("configuration %q: b=, C= and prior are for %s only", s, NBSVM)
		}
		c.Beta, c.C = 0, 0
	}
	if _, err := c.stanceOptions(); err != nil {
		return Config{}, fmt.Errorf("configuration %q: %w", s, err)
	}
	if c.Model == NBSVM {
		if err := c.nbsvmOptions(0).Validate(); err != nil {
			return Config{}, fmt.Errorf("configuration %q: %w", s, err)
		}
	}
	return c, nil
}

// parseRange reads "1-3" (or "2" for 2-2).
func parseRange(s string) ([2]int, error) {
	lo, hi, ok := strings.Cut(s, "-")
	if !ok {
		hi = lo
	}
	a, err1 := strconv.Atoi(lo)
	b, err2 := strconv.Atoi(hi)
	if err1 != nil || err2 != nil {
		return [2]int{}, fmt.Errorf("range %q: want MIN-MAX", s)
	}
	return [2]int{a, b}, nil
}

func (c Config) tokenizer() tokenize.Options {
	o := tokenize.DefaultOptions()
	o.NGramMin, o.NGramMax = c.Words[0], c.Words[1]
	o.CharNGramMin, o.CharNGramMax = c.Chars[0], c.Chars[1]
	o.Tweet = c.Tweet
	o.HashtagWords = c.HashtagWords
	o.Stem = c.Stem
	o.StopWords = c.Stop
	o.Negation = c.Negation
	return o
}

func (c Config) stanceOptions() (stance.Options, error) {
	kind := stance.Multinomial
	if c.Model == CNB {
		kind = stance.Complement
	}
	o := stance.Options{Tokenizer: c.tokenizer(), Kind: kind, Alpha: c.Alpha, Binary: c.Binary,
		Labels: []corpus.Label{Favor, Against, None}}
	return o, o.Validate()
}

func (c Config) nbsvmOptions(seed uint64) nbsvm.Options {
	o := nbsvm.DefaultOptions()
	o.Tokenizer = c.tokenizer()
	o.Alpha, o.Beta, o.C, o.Binary = c.Alpha, c.Beta, c.C, c.Binary
	o.PriorBias = c.Prior
	o.Seed = seed
	o.Labels = []corpus.Label{Favor, Against, None}
	return o
}

// Train trains the configuration on the training tweets of every target
// and returns each target's classifier: one model per target, or one joint
// model with a view per target; for an ensemble, each member so and their
// combination per target.
func (c Config) Train(byTarget map[string][]corpus.Example, targets []string, seed uint64) (map[string]stance.Classifier, error) {
	if len(c.Members) > 0 {
		out := map[string]stance.Classifier{}
		for _, t := range targets {
			out[t] = &ensemble{}
		}
		for _, m := range c.Members {
			ms, err := m.Train(byTarget, targets, seed)
			if err != nil {
				return nil, err
			}
			for _, t := range targets {
				e := out[t].(*ensemble)
				e.members = append(e.members, ms[t])
				e.weights = append(e.weights, m.weight())
			}
		}
		return out, nil
	}
	if c.TwoStage {
		return c.trainTwoStage(byTarget, targets, seed)
	}
	return c.trainLabels(byTarget, targets, seed, taskLabels)
}

// stanceLabel is the first stage's label for FAVOR and AGAINST together.
const stanceLabel = "STANCE"

// trainTwoStage trains the two stages of a TwoStage configuration.
func (c Config) trainTwoStage(byTarget map[string][]corpus.Example, targets []string, seed uint64) (map[string]stance.Classifier, error) {
	one := c
	one.TwoStage = false
	first, second := map[string][]corpus.Example{}, map[string][]corpus.Example{}
	for _, t := range targets {
		for _, e := range byTarget[t] {
			if e.Label == None {
				first[t] = append(first[t], e)
				continue
			}
			second[t] = append(second[t], e)
			e.Label = stanceLabel
			first[t] = append(first[t], e)
		}
	}
	m1, err := one.trainLabels(first, targets, seed, []corpus.Label{stanceLabel, None})
	if err != nil {
		return nil, fmt.Errorf("first stage: %w", err)
	}
	m2, err := one.trainLabels(second, targets, seed, []corpus.Label{Favor, Against})
	if err != nil {
		return nil, fmt.Errorf("second stage: %w", err)
	}
	out := map[string]stance.Classifier{}
	for _, t := range targets {
		out[t] = &twoStage{first: m1[t], second: m2[t]}
	}
	return out, nil
}

// trainLabels trains a single model's configuration with the given labels.
func (c Config) trainLabels(byTarget map[string][]corpus.Example, targets []string, seed uint64, labels []corpus.Label) (map[string]stance.Classifier, error) {
	out := map[string]stance.Classifier{}
	if c.Joint {
		var texts, groups []string
		var ls []corpus.Label
		for _, t := range targets {
			for _, e := range byTarget[t] {
				texts, groups, ls = append(texts, e.Text), append(groups, t), append(ls, corpus.Label(e.Label))
			}
		}
		o := c.nbsvmOptions(seed)
		o.Labels = labels
		m, err := nbsvm.TrainGroups(texts, groups, ls, o)
		if err != nil {
			return nil, err
		}
		for _, t := range targets {
			out[t] = m.Group(t)
		}
		return out, nil
	}
	for _, t := range targets {
		m, err := c.train(byTarget[t], seed, labels)
		if err != nil {
			return nil, fmt.Errorf("target %s: %w", t, err)
		}
		out[t] = m
	}
	return out, nil
}

// train trains one model on ex.
func (c Config) train(ex []corpus.Example, seed uint64, labels []corpus.Label) (stance.Classifier, error) {
	if c.Model == NBSVM {
		texts := make([]string, len(ex))
		ls := make([]corpus.Label, len(ex))
		for i, e := range ex {
			texts[i], ls[i] = e.Text, corpus.Label(e.Label)
		}
		o := c.nbsvmOptions(seed)
		o.Labels = labels
		return nbsvm.Train(texts, ls, o)
	}
	o, err := c.stanceOptions()
	if err != nil {
		return nil, err
	}
	o.Labels = labels
	return stance.TrainExamples(ex, o)
}

// scores returns log P(label | text) in the order of Labels, from which a
// decision with per-label offsets is argmax(score + offset).
func scores(m stance.Classifier, text string) [3]float64 {
	p := m.Predict(text)
	var out [3]float64
	for i, l := range Labels {
		out[i] = math.Log(p.ProbabilityOf(corpus.Label(l)))
	}
	return out
}
