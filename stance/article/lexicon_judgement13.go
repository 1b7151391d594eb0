package article

// judgementStems open, per language, the words by which a sentence with an
// unlisted verb judges the vote or its result (subjectAct,
// intl_subjectact13.go) besides the lexicon's recognitionStems, fraudStems
// and the condemnations of processWords: legitimacy, fairness,
// transparency, credibility, cleanness and self-proclaimed victory. Words
// of the vote alone ("won the election", "spoke about the results") judge
// nothing.
var judgementStems = map[string][]string{
	"de": {"legitim", "illegitim", "transparen", "glaubwürd", "fair", "sauber", "frei", "ungleich", "gestohlen", "manipul", "gratul", "glückw"},
	"es": {"legítim", "legitim", "ilegítim", "transparen", "creíb", "credib", "limpi", "libre", "justa", "robad"},
	"fr": {"légitim", "illégitim", "transparen", "crédib", "libre", "équitabl", "régulier", "régulièr", "volé", "mascarade"},
	"pt": {"legítim", "legitim", "ilegítim", "transparen", "credív", "credib", "limp", "livre", "justa", "roubad"},
	"ru": {"легитим", "нелегитим", "прозрачн", "честн", "свобод", "справедлив", "украден", "фарс", "спектакл"},
}

// judges reports whether the word w opens with a stem by which a sentence
// judges the vote in language code: the lexicon's recognitionStems,
// fraudStems, processWords' condemnations or judgementStems.
func (lx *langLexicon) judges(w string) bool {
	code := lx.code
	if hasAnyPrefix(w, judgementExceptions[code]) {
		return false
	}
	return hasAnyPrefix(w, lx.recognitionStems) || hasAnyPrefix(w, fraudStems[code]) ||
		hasAnyPrefix(w, processWords[code].condemn) || hasAnyPrefix(w, judgementStems[code])
}

// judgementExceptions open words that begin with a stem of judgement but
// judge nothing: a day, freedom, an adverb of manner or frequency, a
// place ("reiste am Freitag nach Velor", "kämpft für die Freiheit der
// Presse", "rencontre régulièrement", "vit librement", "a quitté
// Libreville", "viajó justamente el viernes", "вышел на свободу").
var judgementExceptions = map[string][]string{
	"de": {"freitag", "freiheit", "freiwillig", "freilich", "freigelassen", "freigesprochen", "freispruch", "freizeit"},
	"es": {"justamente", "libremente"},
	"fr": {"régulièrement", "librement", "libreville", "libre-échange"},
	"pt": {"justamente", "livremente"},
	"ru": {"свобода", "свободы", "свободе", "свободу", "свободой"},
}

// withoutWords negate what follows them ("sin fraude", "sem reconhecer",
// "sans reconnaître", "ohne Betrug", "без нарушений").
var withoutWords = wordSet(`sin sem sans ohne без`)

// commaRelatives open, after a comma, a relative clause with a subject of
// its own (", qui a voté", ", die dem Sieger gratulierten").
var commaRelatives = map[string]map[string]bool{
	"de": wordSet(`der die das dem den deren dessen welcher welche welches`),
	"es": wordSet(`que quien quienes cual cuales cuyo cuya`),
	"fr": wordSet(`qui que dont lequel laquelle lesquels lesquelles`),
	"pt": wordSet(`que quem qual quais cujo cuja`),
	"ru": wordSet(`которое который которую которая которым которые кто что`),
}

// electionStems open, per language, the words of the election and its
// result, one of which a subject's act with an unlisted verb must have
// besides its word of judgement (aboutVote, intl_subjectact13.go).
// German compounds with "wahl" are read inside the word.
var electionStems = map[string][]string{
	"de": {"abstimmung", "ergebnis", "auszählung", "urne", "stimmzettel", "sieg"},
	"es": {"elecci", "comicio", "votaci", "voto", "resultado", "escrutinio", "urna", "victoria", "triunfo", "reelec", "cómputo"},
	"fr": {"élect", "scrutin", "vote", "voté", "résultat", "urne", "victoire", "dépouillement", "réélu", "réélection"},
	"pt": {"eleiç", "eleito", "votaç", "voto", "resultado", "apuraç", "urna", "vitória", "pleito", "reeleiç"},
	"ru": {"выбор", "голосован", "итог", "результат", "побед", "избран", "переизбран", "урн"},
}

// notVoteWahl open German words with "wahl" that are no vote
// ("wahllos", "wahlweise"); notVoteInside is read inside a compound too
// ("Nationalauswahl", a selection).
var (
	notVoteWahl   = []string{"wahllos", "wahlweise"}
	notVoteInside = "auswahl"
)

// passiveAuxes are, per language, the auxiliaries of a passive past
// (passiveVerb): "fue acusado", "foi acusado", "fut accusé", "wurde …
// angeklagt", "был обвинён"; French also has the perfect "a été"
// (frenchPerfectAux before "été").
var (
	passiveAuxes = map[string]map[string]bool{
		"de": wordSet(`wurde wurden`),
		"es": wordSet(`fue fueron`),
		"fr": wordSet(`fut furent`),
		"pt": wordSet(`foi foram`),
		"ru": wordSet(`был была были было`),
	}
	frenchPerfectAux = wordSet(`a ont avait avaient`)
)

// passiveParticipleEnds end the participles of a passive after its
// auxiliary ("acusado", "accusée", "обвинён", "задержана").
var passiveParticipleEnds = map[string][]string{
	"es": {"do", "da", "dos", "das", "to", "ta", "tos", "tas", "cho", "cha"},
	"pt": {"do", "da", "dos", "das", "to", "ta", "tos", "tas", "ito", "ita"},
	"fr": {"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes"},
	"ru": {"н", "на", "ны", "но", "т", "та", "ты", "то"},
}
