package tokenize

import (
	"sync"

	"github.com/blevesearch/snowballstem"
	sbgerman "github.com/blevesearch/snowballstem/german"
	sbportuguese "github.com/blevesearch/snowballstem/portuguese"
	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// language holds what the pipeline needs to know about one language.
type language struct {
	stem     func(word string, stemStopWords bool) string
	isStop   func(word string) bool
	negators []string
	// contrast words end a negation scope.
	contrast []string
	// elided are the words that Options.Elision splits off the front of a
	// word at an apostrophe (l'élection → l élection), written as the
	// folded prefix without its apostrophe. n' becomes ne, so that it opens
	// a negation scope as ne does.
	elided map[string]string
	// endings are the case endings that a name in this language takes, so
	// that a context's name form matches its inflected mentions (Байдена,
	// Путину, Bidens); see nameForm.stem. Longest first.
	endings []string
}

var languages = map[string]language{
	"english": {stem: english.Stem, isStop: english.IsStopWord,
		negators: []string{"not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "nowhere", "cannot", "without"},
		contrast: []string{"but", "however", "although", "though", "whereas", "nevertheless", "nonetheless"}},
	"spanish": {stem: spanish.Stem, isStop: spanish.IsStopWord,
		negators: []string{"no", "nunca", "jamás", "ni", "nadie", "nada", "ninguno", "ninguna", "ningún", "sin", "tampoco"},
		contrast: []string{"pero", "sino", "aunque", "embargo"}},
	"french": {stem: french.Stem, isStop: french.IsStopWord,
		negators: []string{"ne", "pas", "non", "jamais", "aucun", "aucune", "sans", "ni", "rien", "personne", "guère"},
		contrast: []string{"mais", "cependant", "pourtant", "toutefois", "néanmoins"},
		elided: map[string]string{"l": "l", "d": "d", "j": "j", "m": "m", "n": "ne", "s": "s", "t": "t", "c": "c",
			"qu": "qu", "jusqu": "jusqu", "lorsqu": "lorsqu", "puisqu": "puisqu", "quoiqu": "quoiqu"}},
	"russian": {stem: russian.Stem, isStop: russian.IsStopWord,
		negators: []string{"не", "нет", "ни", "никогда", "без", "никто", "ничего", "нельзя"},
		contrast: []string{"но", "однако", "хотя", "зато"},
		endings:  []string{"ого", "ому", "ыми", "ий", "ый", "ая", "ой", "ую", "ей", "ым", "ом", "ем", "а", "у", "е", "ы", "ю", "я"}},
	"portuguese": {stem: snowballStem(sbportuguese.Stem), isStop: setOf(portugueseStop),
		negators: []string{"não", "nunca", "jamais", "nem", "nenhum", "nenhuma", "sem", "ninguém", "nada"},
		contrast: []string{"mas", "porém", "contudo", "embora", "entretanto", "todavia"}},
	"german": {stem: snowballStem(sbgerman.Stem), isStop: setOf(germanStop),
		negators: []string{"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts", "ohne", "weder", "niemand"},
		contrast: []string{"aber", "jedoch", "doch", "allerdings", "obwohl", "sondern", "dennoch"},
		endings:  []string{"s"}},
	"swedish": {stem: swedish.Stem, isStop: swedish.IsStopWord,
		negators: []string{"inte", "ej", "aldrig", "ingen", "inget", "inga", "utan"},
		contrast: []string{"men", "dock", "fast"}},
	"norwegian": {stem: norwegian.Stem, isStop: norwegian.IsStopWord,
		negators: []string{"ikke", "ingen", "aldri", "uten", "intet", "ingenting"},
		contrast: []string{"men", "likevel"}},
	"hungarian": {stem: hungarian.Stem, isStop: hungarian.IsStopWord,
		negators: []string{"nem", "sem", "soha", "nincs", "nélkül", "ne", "senki", "semmi"},
		contrast: []string{"de", "azonban", "viszont"}},
}

// keepAlways are never removed as stop words although snowball lists them:
// they carry stance ("against the will of the people", "not until the
// courts rule").
var keepAlways = []string{"against", "until", "not", "no", "nor", "never", "only", "very", "too"}

// snowballStem adapts a stemmer of github.com/blevesearch/snowballstem,
// which has Portuguese and German where github.com/kljensen/snowball has
// not, to the signature of kljensen's. Terms reach it lower-cased. Its Env
// holds the word being stemmed, so each call takes one from a pool: the
// analyzer is used from many goroutines.
func snowballStem(stem func(*snowballstem.Env) bool) func(string, bool) string {
	pool := sync.Pool{New: func() any { return snowballstem.NewEnv("") }}
	return func(w string, _ bool) string {
		env := pool.Get().(*snowballstem.Env)
		env.SetCurrent(w)
		stem(env)
		s := env.Current()
		pool.Put(env)
		return s
	}
}

// setOf returns a membership test for words.
func setOf(words []string) func(string) bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return func(w string) bool { return set[w] }
}

// The stop words of Portuguese and German, which snowballstem does not
// list: articles, pronouns, prepositions, conjunctions and auxiliaries, as
// in the Snowball project's lists for the other languages, without the
// words for against, until and only (gegen, bis, nur), which keepAlways
// keeps in English. Negators are never removed whatever these say.
var (
	portugueseStop = []string{"a", "à", "ao", "aos", "as", "às", "o", "os", "um", "uma", "uns", "umas",
		"de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "por", "pelo", "pela", "pelos", "pelas",
		"para", "com", "e", "ou", "que", "se", "como", "mais", "muito", "já", "também", "só", "eu", "tu", "ele",
		"ela", "nós", "vós", "eles", "elas", "me", "te", "lhe", "lhes", "seu", "sua", "seus", "suas", "meu",
		"minha", "nosso", "nossa", "este", "esta", "isto", "esse", "essa", "isso", "aquele", "aquela", "aquilo",
		"é", "são", "foi", "era", "ser", "está", "estão", "estar", "ter", "tem", "têm", "há", "havia"}
	germanStop = []string{"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
		"eines", "und", "oder", "zu", "zum", "zur", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach",
		"von", "vom", "vor", "für", "über", "unter", "um", "durch", "als", "wie", "dass", "daß",
		"es", "er", "sie", "wir", "ihr", "ich", "du", "man", "sich", "uns", "euch", "ihm", "ihn", "ihnen", "sein",
		"seine", "ihre", "unser", "unsere", "dies", "diese", "dieser", "dieses", "ist", "sind", "war", "waren",
		"wird", "werden", "wurde", "hat", "haben", "hatte", "auch", "so", "schon"}
)
