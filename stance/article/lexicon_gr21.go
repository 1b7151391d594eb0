package article

// gr21DeBodies are German nouns for a delegation that speaks as one body,
// read as offices as "Botschaft" and "Ministerium" are, so that a
// genitive after them stays in the subject: "Die Mission der OSZE
// erklärte, …", "Die Wahlbeobachter der Union erklärten, …" (the phrase
// had stopped after the noun, read as a name, and the subject was lost).
var gr21DeBodies = wordSet(`mission delegation beobachtermission beobachtungsmission
	wahlbeobachtungsmission`)

// gr21DeBodySuffixes end compounds of such nouns ("Beobachtermission",
// "Wahlbeobachtungsmission", "Wahlbeobachter", "OSZE-Beobachterin";
// not "Kommission").
var gr21DeBodySuffixes = []string{"beobachtermission", "beobachtungsmission", "beobachter", "beobachterin", "delegation"} // a suffix matches a longer word only

func init() {
	for w := range gr21DeBodies {
		german.roles[w] = true
	}
	german.roleSuffixes = append(german.roleSuffixes, gr21DeBodySuffixes...)
}

// gr21ReceiveVerbs are verbs of receiving, read as comeVerbs are before a
// congratulation and a word of fromWords: "X erhielt Glückwünsche von
// Y", "X получил поздравления от Y" (as Spanish "recibió felicitaciones
// de Y" and Portuguese "recebeu" already are); Y is the one who congratulates.
var gr21ReceiveVerbs = map[string][]string{
	"de": {"erhielt", "erhielten", "erhält", "bekam", "bekamen", "bekommt"},
	"ru": {"получил", "получила", "получили", "получает"},
}

func init() {
	for code, ws := range gr21ReceiveVerbs {
		for _, w := range ws {
			lexicons[code].comeVerbs[w] = true
		}
	}
}
