package stance

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/lang"
	"github.com/stancekit/stancekit/tokenize"
)

// BindFlags defines command-line flags on fs that set o's training options:
// -kind, -alpha, -ngrams (a range such as 1-3), -lang, -stem, -negation,
// -negation-window, -spelling, -stop-words, -sentence-bounds, -mask-names, -tweet, -binary and -uniform-prior, with o's
// current values as defaults. Programs that train (examples/train,
// examples/evaluate, examples/benchmark, examples/beam) share them, so that
// the same flags give the same model. -kind takes multinomial (or mnb) and
// complement (or cnb); a program that trains other kinds too defines its
// own -kind before calling BindFlags, which then leaves that flag alone.
// Labels are left to the caller.
func (o *Options) BindFlags(fs *flag.FlagSet) {
	if fs.Lookup("kind") == nil {
		fs.Func("kind", fmt.Sprintf("model: %s (mnb) or %s (cnb) (default %s)", Multinomial, Complement, o.Kind), func(s string) error {
			switch s {
			case string(Multinomial), "mnb":
				o.Kind = Multinomial
			case string(Complement), "cnb":
				o.Kind = Complement
			default:
				return fmt.Errorf("want %s (mnb) or %s (cnb)", Multinomial, Complement)
			}
			return nil
		})
	}
	fs.Float64Var(&o.Alpha, "alpha", o.Alpha, "smoothing constant α > 0")
	fs.Var((*ngramFlag)(o), "ngrams", "word n-gram `range`, e.g. 1-3")
	fs.Var((*langFlag)(o), "lang", "stemming and stop-word `language`: an ISO 639-1 code (en, es, fr, ru, pt, de, sv, no, hu) or the tokenizer's name for it (english, spanish, …)")
	fs.BoolVar(&o.Tokenizer.Stem, "stem", o.Tokenizer.Stem, "stem words")
	fs.BoolVar(&o.Tokenizer.Negation, "negation", o.Tokenizer.Negation, "mark negation scopes")
	fs.Func("negation-window", "end a negation scope after this many `tokens` (0: at clause punctuation)", func(v string) error {
		n, err := strconv.Atoi(v)
		if err != nil {
			return err
		}
		o.Tokenizer.NegationWindow = n
		if n > 0 {
			o.Tokenizer.Version = max(o.Tokenizer.Version, 2) // the field needs options version 2
		}
		return nil
	})
	fs.BoolVar(&o.Tokenizer.NormalizeSpelling, "spelling", o.Tokenizer.NormalizeSpelling, "map British spellings to American")
	fs.BoolVar(&o.Tokenizer.StopWords, "stop-words", o.Tokenizer.StopWords, "remove stop words (never negators)")
	fs.BoolVar(&o.Tokenizer.SentenceBounds, "sentence-bounds", o.Tokenizer.SentenceBounds, "stop word n-grams at sentence ends (. ! ? and line breaks)")
	fs.BoolVar(&o.Tokenizer.MaskNames, "mask-names", o.Tokenizer.MaskNames, "turn mentions of the election context's winner and rivals into WINNER and RIVAL")
	fs.BoolVar(&o.Tokenizer.Tweet, "tweet", o.Tokenizer.Tweet, "social-media tokenizing (hashtag splitting, elongations, emoticons)")
	fs.BoolVar(&o.Binary, "binary", o.Binary, "count each feature once per statement")
	fs.BoolVar(&o.UniformPrior, "uniform-prior", o.UniformPrior, "uniform class prior instead of document counts")
}

// langFlag reads -lang into the tokenizer's language name: an ISO 639-1
// code or any name lang.Parse knows becomes the tokenizer's name for it
// (es → spanish), so that one code names a language in every program's
// -lang; anything else is kept as given, for tokenize.Options.Validate to
// accept or refuse when the options are used, so that a language the
// tokenizer gains needs no change here beyond its code.
type langFlag Options

func (f *langFlag) String() string {
	if f == nil {
		return ""
	}
	return f.Tokenizer.Language
}

func (f *langFlag) Set(s string) error {
	f.Tokenizer.Language = tokenizerLanguage(s)
	return nil
}

// tokenizerLanguage returns the tokenize.Options.Language name of a
// language given by its ISO 639-1 code or a name lang.Parse knows ("es",
// "Spanish", "español" → "spanish"); any other string comes back trimmed
// and in lower case, for tokenize.Options.Validate to judge.
func tokenizerLanguage(s string) string {
	if c, err := lang.Parse(s); err == nil {
		if name, ok := tokenize.LanguageFor(c); ok {
			return name
		}
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// ngramFlag reads "MIN-MAX", "MIN,MAX" or "N" into the tokenizer options.
type ngramFlag Options

func (f *ngramFlag) String() string {
	if f == nil {
		return ""
	}
	return fmt.Sprintf("%d-%d", f.Tokenizer.NGramMin, f.Tokenizer.NGramMax)
}

func (f *ngramFlag) Set(s string) error {
	lo, hi, found := strings.Cut(strings.Replace(s, ",", "-", 1), "-")
	if !found {
		hi = lo
	}
	min, err1 := strconv.Atoi(strings.TrimSpace(lo))
	max, err2 := strconv.Atoi(strings.TrimSpace(hi))
	if err1 != nil || err2 != nil || min < 1 || max < min {
		return fmt.Errorf("%q: want MIN-MAX with 1 ≤ MIN ≤ MAX, e.g. 1-3", s)
	}
	f.Tokenizer.NGramMin, f.Tokenizer.NGramMax = min, max
	return nil
}

// BindContextFlags defines -winner and -rivals on fs, which set c: the
// declared winner's name forms and all the rivals' name forms, each list
// separated by | as in -winner "Nicolás Maduro|Maduro" (see
// corpus.ParseNames). Programs that classify (examples/classify,
// examples/evaluate, examples/article) share them; a statement's own
// winner and rivals fields override them (Context.Or).
func BindContextFlags(fs *flag.FlagSet, c *Context) {
	fs.Func("winner", "the declared winner's name `forms`, separated by | (\"Nicolás Maduro|Maduro\"); a record's winner field overrides it", func(s string) error {
		c.Winner = corpus.ParseNames(s)
		return nil
	})
	fs.Func("rivals", "the rivals' name `forms`, all in one list separated by | (\"Edmundo González|González\"); a record's rivals field overrides it", func(s string) error {
		c.Rivals = corpus.ParseNames(s)
		return nil
	})
}
