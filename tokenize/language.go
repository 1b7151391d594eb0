package tokenize

import (
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
}

var languages = map[string]language{
	"english": {english.Stem, english.IsStopWord,
		[]string{"not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "nowhere", "cannot", "without"},
		[]string{"but", "however", "although", "though", "whereas", "nevertheless", "nonetheless"}},
	"spanish": {spanish.Stem, spanish.IsStopWord,
		[]string{"no", "nunca", "jamás", "ni", "nadie", "nada", "ninguno", "ninguna", "sin", "tampoco"},
		[]string{"pero", "sino", "aunque"}},
	"french": {french.Stem, french.IsStopWord,
		[]string{"ne", "n", "pas", "non", "jamais", "aucun", "aucune", "sans", "ni", "rien", "personne"},
		[]string{"mais", "cependant", "pourtant", "toutefois"}},
	"russian": {russian.Stem, russian.IsStopWord,
		[]string{"не", "нет", "ни", "никогда", "без", "никто", "ничего"},
		[]string{"но", "однако", "хотя"}},
	"swedish": {swedish.Stem, swedish.IsStopWord,
		[]string{"inte", "ej", "aldrig", "ingen", "inget", "inga", "utan"},
		[]string{"men", "dock", "fast"}},
	"norwegian": {norwegian.Stem, norwegian.IsStopWord,
		[]string{"ikke", "ingen", "aldri", "uten", "intet", "ingenting"},
		[]string{"men", "likevel"}},
	"hungarian": {hungarian.Stem, hungarian.IsStopWord,
		[]string{"nem", "sem", "soha", "nincs", "nélkül", "ne", "senki", "semmi"},
		[]string{"de", "azonban", "viszont"}},
}

// keepAlways are never removed as stop words although snowball lists them:
// they carry stance ("against the will of the people", "not until the
// courts rule").
var keepAlways = []string{"against", "until", "not", "no", "nor", "never", "only", "very", "too"}
