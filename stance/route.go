package stance

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
	"unicode"

	"github.com/stancekit/stancekit/stance/lang"
)

// Routed is a [Router]'s answer for one statement: the prediction of the
// model of the statement's language, and which language that was.
type Routed struct {
	// Prediction is the answer of Lang's model; the zero Prediction (empty
	// label) when Unsupported, never another language's guess.
	Prediction
	// Lang is the ISO 639-1 code of the language whose model answered. For
	// an Unsupported statement it is the language the statement was taken
	// to be, which has no model ("de" in a router without a German model), or
	// lang.Unsupported ("und") when the detector recognised none.
	Lang string
	// Unsupported is set when no model of the router reads the statement's
	// language.
	Unsupported bool
}

// RouterOptions configure a [Router].
type RouterOptions struct {
	// Languages are the codes (or names, see lang.Parse) of the languages
	// Model has a model for; at least one.
	Languages []string
	// Model returns a language's model, given its ISO 639-1 code. It is
	// called at most once per language, on first use, so a program that
	// never meets Russian never loads the Russian model. An error wrapping
	// ErrUnsupportedLanguage makes that language's statements Unsupported;
	// any other error is returned by the predictions that need the model.
	Model func(code string) (*Model, error)
	// Detect returns a text's language, an ISO 639-1 code or
	// lang.Unsupported, and a confidence in [0, 1] (lang.Detect). Nil means
	// no detection: Languages must then be one language, which reads every
	// statement that is not pinned to another.
	Detect func(text string) (code string, confidence float64)
	// Fallback, one of Languages or "", reads text with too little to tell
	// a language by: fewer than MinLetters letters, and always text
	// without letters (an empty line, numbers, emoji), which the model then
	// labels from its prior; and text whose detected language has a
	// confidence below MinConfidence. Text the detector refuses
	// (lang.Unsupported) is never given to the fallback. "" makes such
	// text Unsupported.
	Fallback string
	// MinLetters is the number of letters below which text goes to
	// Fallback undetected: "Hmm.", "OK", "Да." say too little about their
	// language for the detector, which takes "Hmm." for German (0.81).
	MinLetters int
	// MinConfidence is the detector's confidence below which a detected
	// language gives way to Fallback (0: never).
	MinConfidence float64
}

// A Router is a multilingual entry point: it finds each statement's
// language, by the caller's word (PredictLang) or by detection, and has
// the model of that language label it. Statements in a language without a
// model are answered Unsupported with an empty label rather than with
// another language's guess, which would be a stance learnt from the names
// and numbers the languages share. Models are loaded on first use of
// their language and kept; a Router is safe for concurrent use.
//
// Detection runs only when it can change the answer: not for a statement
// pinned to a language, not for text with too few letters
// (RouterOptions.MinLetters), and not in a router without a detector
// (one language). It costs about eight times what the prediction costs:
// one statement at a time over the 3,060 English statements of
// corpus.English with the default router, three runs each, on a shared
// two-core machine, the pinned router being the baseline of the same run:
//
//	go test -run '^$' -bench BenchmarkRouter -benchmem -count 3 ./stance
//	                load ≈ 1
//	pinned to en    1.8–1.9 µs/op    0 allocs/op
//	detected        15–17 µs/op      1 allocs/op (1,152 B)
//
// (under a load of about 12, an earlier run with smaller corpora took
// 3.1–7.0 and 36–56 µs),
// and the detector is trained on first use (lang.Default, 0.13–0.20 s). A
// program that knows its text's language should pin it.
type Router struct {
	o      RouterOptions
	models map[string]func() (*Model, error) // per language, loaded once
}

// DefaultRouter returns the router of the default stance models,
// NewRouter(DefaultRouterOptions()). Nothing is loaded or trained until
// the first statement.
func DefaultRouter() (*Router, error) { return NewRouter(DefaultRouterOptions()) }

// DefaultRouterOptions returns the options of [DefaultRouter]: every
// language of [DefaultLanguages] with its [DefaultLanguage] model, the
// languages found by lang.Detect, and English the fallback for text of
// fewer than 5 letters (MinLetters) and no confidence threshold. It
// detects even with English the only language (a router of one's own
// with one model), since telling English from other text is what keeps
// the English model from guessing at it. A program that changes the
// models (an abstention threshold, say) wraps Model and keeps the rest.
//
// Held out (TestRouterLanguageHeldOut: 10-fold cross-validation grouped
// by election over the 7,960 statements of the six languages' corpora,
// each fold detected by a detector trained on the other folds), these
// options route 99.31 % of whole statements to the language they were
// written in (Russian 98.4 %), 98.33 % of their first ten words; with
// English the only model, 99.70 % of whole statements get the answer
// their language gives (English or unsupported). When the corpora had 500 statements a language, falling
// back to English below a confidence of 0.9 as well gained 0.01 points on
// whole statements and lost 0.88 on three words (Spanish 0.840 against
// 0.898), so MinConfidence is 0.
func DefaultRouterOptions() RouterOptions {
	return RouterOptions{Languages: DefaultLanguages(), Model: DefaultLanguage,
		Detect: lang.Detect, Fallback: "en", MinLetters: defaultMinLetters}
}

// defaultMinLetters is DefaultRouter's MinLetters.
const defaultMinLetters = 5

// ErrRouter is wrapped by NewRouter's errors.
var ErrRouter = errors.New("stance: bad router options")

// NewRouter returns a Router with options o. Its languages are checked and
// turned into ISO 639-1 codes here; no model is loaded.
func NewRouter(o RouterOptions) (*Router, error) {
	if o.Model == nil {
		return nil, fmt.Errorf("%w: no Model function", ErrRouter)
	}
	if o.MinLetters < 0 {
		return nil, fmt.Errorf("%w: MinLetters %d < 0", ErrRouter, o.MinLetters)
	}
	if o.MinConfidence < 0 || o.MinConfidence > 1 {
		return nil, fmt.Errorf("%w: MinConfidence %v outside [0, 1]", ErrRouter, o.MinConfidence)
	}
	var codes []string
	for _, l := range o.Languages {
		c, err := lang.Parse(l)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRouter, err)
		}
		if !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	switch {
	case len(codes) == 0:
		return nil, fmt.Errorf("%w: no languages", ErrRouter)
	case o.Detect == nil && len(codes) > 1:
		return nil, fmt.Errorf("%w: %d languages %v but no Detect function to choose between them", ErrRouter, len(codes), codes)
	}
	if o.Fallback != "" {
		c, err := lang.Parse(o.Fallback)
		if err != nil || !slices.Contains(codes, c) {
			return nil, fmt.Errorf("%w: Fallback %q is not one of the languages %v", ErrRouter, o.Fallback, codes)
		}
		o.Fallback = c
	}
	slices.Sort(codes)
	o.Languages = codes
	r := &Router{o: o, models: make(map[string]func() (*Model, error), len(codes))}
	for _, c := range codes {
		r.models[c] = sync.OnceValues(func() (*Model, error) { return o.Model(c) })
	}
	return r, nil
}

// Languages returns the ISO 639-1 codes of the router's languages, sorted.
func (r *Router) Languages() []string { return slices.Clone(r.o.Languages) }

// Model returns the model of a language (a code or a name, lang.Parse),
// loading it on first use. A language outside the router's is an error
// wrapping ErrUnsupportedLanguage, as is a language whose Model function
// said so; an unknown name one wrapping lang.ErrUnknownLanguage.
func (r *Router) Model(code string) (*Model, error) {
	c, err := lang.Parse(code)
	if err != nil {
		return nil, fmt.Errorf("stance: router: %w", err)
	}
	load, ok := r.models[c]
	if !ok {
		return nil, fmt.Errorf("stance: router: %w %q (have: %v)", ErrUnsupportedLanguage, c, r.o.Languages)
	}
	m, err := load()
	if err != nil {
		return nil, fmt.Errorf("stance: router: the %s model: %w", c, err)
	}
	return m, nil
}

// Language returns the language Predict routes text to: one of the
// router's languages, or a detected language without a model, or
// lang.Unsupported. It detects only when the router has a detector and
// text has MinLetters letters, and one at least.
func (r *Router) Language(text string) string {
	if r.o.Detect == nil {
		return r.o.Languages[0]
	}
	if !hasLetters(text, max(r.o.MinLetters, 1)) {
		return cmp.Or(r.o.Fallback, lang.Unsupported)
	}
	code, conf := r.o.Detect(text)
	if code != lang.Unsupported && conf < r.o.MinConfidence && r.o.Fallback != "" {
		return r.o.Fallback
	}
	return code
}

// hasLetters reports whether s has n letters or more.
func hasLetters(s string, n int) bool {
	for _, c := range s {
		if unicode.IsLetter(c) {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// Predict labels text with the model of its detected language.
func (r *Router) Predict(text string) (Routed, error) { return r.PredictLang("", Context{}, text) }

// PredictIn labels text, in the election context ctx, with the model of
// its detected language.
func (r *Router) PredictIn(ctx Context, text string) (Routed, error) {
	return r.PredictLang("", ctx, text)
}

// PredictLang labels text in the election context ctx with the model of
// language code, "" meaning the detected language. The code may be a name
// (lang.Parse) or lang.Unsupported; one lang.Parse does not know is an
// error naming it and wrapping lang.ErrUnknownLanguage, and a known
// language without a model of the router's gives an Unsupported answer,
// not an error. The error is otherwise that of loading the model.
func (r *Router) PredictLang(code string, ctx Context, text string) (Routed, error) {
	c := lang.Unsupported
	switch {
	case code == "":
		c = r.Language(text)
	case code != lang.Unsupported:
		var err error
		if c, err = lang.Parse(code); err != nil {
			return Routed{}, fmt.Errorf("stance: router: pinned language: %w", err)
		}
	}
	load, ok := r.models[c]
	if !ok {
		return Routed{Lang: c, Unsupported: true}, nil
	}
	m, err := load()
	switch {
	case errors.Is(err, ErrUnsupportedLanguage):
		return Routed{Lang: c, Unsupported: true}, nil
	case err != nil:
		return Routed{Lang: c}, fmt.Errorf("stance: router: the %s model: %w", c, err)
	}
	return Routed{Prediction: m.PredictIn(ctx, text), Lang: c}, nil
}
