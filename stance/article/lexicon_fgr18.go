package article

// The word lists of the French, German and Russian rules of session 18
// (fgr18_*.go).

// ruOneOf are the forms of "один" before "из".
var ruOneOf = wordSet(`один одна одно одного одной одному одним одною`)

// ruJudged are the forms of считать that judge.
var ruJudged = wordSet(`считает считал считала считали считают`)

// ruJudgedPronouns are the pronoun objects of a Russian judgement that
// stand for the vote named before ("считает их фарсом"; fgr18_judged.go).
var ruJudgedPronouns = wordSet(`их его её ее это`)

// ruInstrumental are the endings of an instrumental adjective or noun.
var ruInstrumental = []string{"ыми", "ими", "ами", "ями", "ым", "им", "ой", "ей", "ом", "ем"}

// ruPresentRecognition are the present forms of признать.
var ruPresentRecognition = wordSet(`признаёт признает признают`)

// afterPartitives open a partitive title after the verb; Spanish and
// Portuguese use iberoPartitives.
var afterPartitives = map[string][]string{
	"fr": {"l'un de ses", "l'une de ses", "l'un de leurs", "l'une de leurs", "l'un des", "l'une des", "un de ses", "une de ses", "un des", "une des"},
	"de": {"einer der", "eine der", "einer seiner", "eine seiner", "einer ihrer", "eine ihrer"},
	"ru": {"один из", "одна из"},
}

// pluralAccording are, per language, the attributions to "them".
var pluralAccording = map[string][]string{
	"ru": {"по их словам", "по их мнению", "по их оценке"},
	"fr": {"selon eux", "selon elles", "d'après eux", "d'après elles"},
	"de": {"ihnen zufolge", "nach ihren worten"},
}

// issueVerbs are, per language, the verbs an ultimatum is issued with.
var issueVerbs = map[string]map[string]bool{
	"ru": wordSet(`выдвинул выдвинула выдвинули выдвигает выдвигают предъявил предъявила предъявили поставил поставила поставили`),
	"fr": wordSet(`lancé posé adressé lance pose adresse lancent posent`),
	"de": wordSet(`stellte stellten stellt stellen gestellt`),
}

// ultimatumNouns are, per language, the nouns of an ultimatum.
var ultimatumNouns = map[string]map[string]bool{
	"ru": wordSet(`ультиматум`),
	"fr": wordSet(`ultimatum`),
	"de": wordSet(`ultimatum`),
}
