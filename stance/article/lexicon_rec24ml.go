package article

// rec24mlClauseJoins are the words, besides a language's conjunctions,
// "but" words and complementizers, after which a new subject opens a
// clause of its own: Russian "а" ("X назвал …, а депутат Y, поздравив
// …, выразил …") and the last word of "тогда как" (rec24ml_gerund.go).
var rec24mlClauseJoins = map[string]map[string]bool{
	"ru": wordSet(`а как`),
}

// rec24mlOfQuote are the prepositions, besides the side lexicon's of
// words, that join a verb of speaking to a quotation of what was spoken
// of: the elided French "d'" ("a parlé d'« une victoire »"; before a
// spaced quotation mark the apostrophe is a token of its own).
var rec24mlOfQuote = map[string]map[string]bool{
	"fr": wordSet(`d d'`),
}

// rec24mlOfficePrefixes join an office word to make the office of a
// deputy or a former holder, written as one word in Spanish, Portuguese
// and French: "su subjefe, el costarricense Y," ("subjefe"), "o
// subprocurador Y", "el exdiputado Y", "le vice-consul" (the hyphened
// form isRole reads already). Without them the office was no office and
// the name after it no apposition (prefixedRole, fgr17_roles.go).
var rec24mlOfficePrefixes = map[string][]string{
	"es": {"sub", "vice", "ex"},
	"pt": {"sub", "vice", "ex"},
	"fr": {"sous", "vice", "ex"},
}

// rec24mlPluralEndings end the third person plural of a verb, and
// rec24mlPluralWords are plural auxiliaries, by language: a relative
// clause whose verb is plural after coordinated names ("A y B, que
// felicitaron", "A et B, qui ont félicité", "A e B, que felicitaram",
// "A и B, которые поздравили") is the act of all of them
// (rec24ml_relative.go).
var rec24mlPluralEndings = map[string][]string{
	"es": {"aron", "ieron"},
	"pt": {"aram", "eram", "iram"},
	"fr": {"èrent", "irent"},
	"ru": {"ли", "лись"},
}

var rec24mlPluralWords = map[string]map[string]bool{
	"es": wordSet(`han habían`),
	"pt": wordSet(`têm tinham`),
	"fr": wordSet(`ont avaient`),
}
