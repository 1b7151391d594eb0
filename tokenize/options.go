package tokenize

import (
	"errors"
	"fmt"
)

// OptionsVersion is the newest version of the [Options] format this build
// reads. It changes whenever options written by a newer build would
// tokenize differently in an older one. Version 2 added NegationWindow,
// version 3 Punctuation; options that use neither stay version 1, so that
// models without them load in older builds as before.
const OptionsVersion = 3

// Languages lists the tokenizer's languages, for display; Validate checks
// a language against the package's own table. Portuguese and German are
// stemmed with github.com/blevesearch/snowballstem, the others with
// github.com/kljensen/snowball.
var Languages = []string{"english", "spanish", "french", "russian", "portuguese", "german", "swedish", "norwegian", "hungarian"}

// Options describes a tokenizer completely. It is plain data so that it can
// be saved inside a model; the zero value is not useful, start from
// [DefaultOptions].
type Options struct {
	// Version is the format version the options need: 1, 2 when
	// NegationWindow is set, 3 when Punctuation is (Validate checks it),
	// so that a build that reads an older version refuses options it would
	// tokenize differently instead of ignoring the field. DefaultOptions
	// gives 1.
	Version int `json:"version"`
	// Language selects stop words, negators and the stemmer.
	Language string `json:"language"`
	// Stem applies the snowball stemmer of Language.
	Stem bool `json:"stem"`
	// NormalizeSpelling maps British spellings to American ones (recognise →
	// recognize, honour → honor) before stemming, so both share a feature.
	// English only.
	NormalizeSpelling bool `json:"normalize_spelling"`
	// Contractions splits negative contractions: don't → do not, can't → can
	// not, won't → will not. English only.
	Contractions bool `json:"contractions"`
	// Negation marks tokens inside a negation scope (see the package doc).
	Negation bool `json:"negation"`
	// NegationWindow, when > 0 (with Version 2), ends a negation scope after that many
	// tokens even without punctuation: with 3, "no reconocemos estos
	// resultados fraudulentos" marks reconocemos, estos and resultados
	// but not fraudulentos, whose evidence a scope to the clause's end
	// would turn into an unseen negated feature. 0: the scope runs to
	// clause punctuation or a contrast word.
	NegationWindow int `json:"negation_window,omitempty"`
	// StopWords removes the language's stop words. Negators and the words
	// "against" and "until" are never removed.
	StopWords bool `json:"stop_words"`
	// NGramMin and NGramMax give the range of word n-grams, 1 ≤ min ≤ max ≤ 5.
	NGramMin int `json:"ngram_min"`
	NGramMax int `json:"ngram_max"`
	// CharNGramMin and CharNGramMax, when both are non-zero, add character
	// n-grams of every term padded with spaces (like scikit-learn's char_wb).
	CharNGramMin int `json:"char_ngram_min,omitempty"`
	CharNGramMax int `json:"char_ngram_max,omitempty"`
	// Tweet enables social-media handling: camel-case hashtags are also split
	// into words (#StopTheSteal → stop, the, steal), the SemEval marker
	// #SemST is dropped, letters repeated three or more times are cut to two
	// (sooo → soo) and emoticons become tokens.
	Tweet bool `json:"tweet,omitempty"`
	// HashtagWords, with Tweet, also makes an ordinary word of a hashtag
	// that camel-case segmentation leaves whole (#feminism → #feminism,
	// feminism; #God → #god, god), so that the hashtag and the word share
	// a feature.
	HashtagWords bool `json:"hashtag_words,omitempty"`
	// SentenceBounds stops word n-grams at a sentence end: ., ! or ? (a
	// full stop after a single letter or a title such as Mr or Gen is an
	// abbreviation, not an end) and a line break. Without it "result. We"
	// is a bigram. A sentence end also ends a negation scope, as all
	// clause punctuation does.
	SentenceBounds bool `json:"sentence_bounds,omitempty"`
	// MaskNames makes the mentions of an election context's winner and
	// rivals placeholder terms (see Context). Without a context, or
	// without this option, names are words like any other.
	MaskNames bool `json:"mask_names,omitempty"`
	// Elision splits an elided article, pronoun or conjunction off the
	// word it is joined to by an apostrophe, in the languages that write
	// them so (French: l'élection → l élection, d'un → d un, qu'il → qu
	// il, n'a → ne a, so that n' opens a negation scope as ne does).
	// Without it "l'élection" is one word and shares no feature with
	// "élection". A language without elisions ignores it.
	Elision bool `json:"elision,omitempty"`
	// Emoji makes each emoji the words of its description, as VADER does
	// (😂 → face with tears of joy; the table is VADER's emoji lexicon,
	// emoji.tsv), so that what is learned about the words, and a lexicon
	// prior, applies to emoji that no training text used. Without it emoji
	// separate words and are otherwise ignored.
	Emoji bool `json:"emoji,omitempty"`
	// Punctuation (with Version 3) makes punctuation and symbols terms
	// like words: each run of runes that are neither letters, digits nor
	// space is one token ("," "--" "(" "\"" "..."), still ending a
	// negation scope when it holds clause punctuation, and a sentence end
	// stays a boundary with SentenceBounds. Without it they only separate
	// words. Text that its authors tokenised by spaces, such as the Pang &
	// Lee sentence sets, carries signal in them: on SUBJ, objective plot
	// summaries and subjective review snippets differ in their quotes,
	// parentheses and dashes.
	Punctuation bool `json:"punctuation,omitempty"`
}

// DefaultOptions returns the options of the default model, chosen by
// cross-validation on the leaders' corpus (see README.md, "Results"):
// masking the election context's names and bounding n-grams by sentences
// were kept by leave-elections-out cross-validation on the English stance
// corpus.
func DefaultOptions() Options {
	return Options{
		Version:           1,
		Language:          "english",
		Stem:              true,
		NormalizeSpelling: true,
		Contractions:      true,
		Negation:          true,
		NGramMin:          1,
		NGramMax:          3,
		SentenceBounds:    true,
		MaskNames:         true,
	}
}

// DefaultOptionsFor returns the default options for a language, one of
// [Languages]: [DefaultOptions] for English, and for the others the same
// pipeline without the English-only steps (spelling, contractions) and
// with elision splitting on: stems, negation scopes, word 1–3-grams,
// sentence bounds and name masking. This is the language's whole analysis;
// a model may switch steps off where cross-validation says so, as the
// per-language default stance models do (stance.LanguageOptions). An
// unknown language is an error wrapping ErrOptions.
func DefaultOptionsFor(language string) (Options, error) {
	o := DefaultOptions()
	if language == o.Language {
		return o, nil
	}
	o.Language = language
	o.NormalizeSpelling, o.Contractions, o.Elision = false, false, true
	return o, o.Validate()
}

// ErrOptions is wrapped by every error from [Options.Validate].
var ErrOptions = errors.New("invalid tokenize options")

// Validate reports whether o can build a tokenizer.
func (o Options) Validate() error {
	if o.Version < 1 || o.Version > OptionsVersion {
		return fmt.Errorf("%w: version %d not supported (this build reads 1..%d)", ErrOptions, o.Version, OptionsVersion)
	}
	if _, ok := languages[o.Language]; !ok {
		return fmt.Errorf("%w: language %q (want one of %v)", ErrOptions, o.Language, Languages)
	}
	if o.NGramMin < 1 || o.NGramMax < o.NGramMin || o.NGramMax > 5 {
		return fmt.Errorf("%w: n-gram range %d..%d (want 1 ≤ min ≤ max ≤ 5)", ErrOptions, o.NGramMin, o.NGramMax)
	}
	if o.NegationWindow < 0 || o.NegationWindow > 50 {
		return fmt.Errorf("%w: negation window %d (want 0, no limit, to 50 tokens)", ErrOptions, o.NegationWindow)
	}
	if o.NegationWindow > 0 && o.Version < 2 {
		return fmt.Errorf("%w: a negation window needs options version 2 (have %d)", ErrOptions, o.Version)
	}
	if o.Punctuation && o.Version < 3 {
		return fmt.Errorf("%w: punctuation terms need options version 3 (have %d)", ErrOptions, o.Version)
	}
	if o.HashtagWords && !o.Tweet {
		return fmt.Errorf("%w: hashtag words need the tweet option", ErrOptions)
	}
	if o.CharNGramMin != 0 || o.CharNGramMax != 0 {
		if o.CharNGramMin < 1 || o.CharNGramMax < o.CharNGramMin || o.CharNGramMax > 8 {
			return fmt.Errorf("%w: character n-gram range %d..%d (want 1 ≤ min ≤ max ≤ 8, or both 0)", ErrOptions, o.CharNGramMin, o.CharNGramMax)
		}
	}
	return nil
}

// languageCodes maps ISO 639-1 codes to the languages of [Languages].
var languageCodes = map[string]string{"en": "english", "es": "spanish", "fr": "french", "ru": "russian",
	"pt": "portuguese", "de": "german", "sv": "swedish", "no": "norwegian", "nb": "norwegian", "hu": "hungarian"}

// LanguageFor returns the tokenizer language, one of [Languages], of an
// ISO 639-1 code ("es" → "spanish"), or of a name already in Languages,
// and whether it has one.
func LanguageFor(code string) (string, bool) {
	if l, ok := languageCodes[code]; ok {
		return l, true
	}
	_, ok := languages[code]
	return code, ok
}
