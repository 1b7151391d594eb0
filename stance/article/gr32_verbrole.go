package article

// A verb the rules know is no modifier of the office after it: in
// "Поздравления также поступили от президента Франции Жана Дюпона" the
// word after "также" (a stop) opens a phrase, and roleWithin took the
// verb "поступили" into the office's description, so the person was named
// with the verb in their role and left in the genitive (without "также"
// the phrase opens at the office, after "от", and is made nominative).
// A verb of coming (comeVerbs) is left out of a title as verbs of speech
// are. Verbs of sending stay: "Поздравления также направили президент
// Казахстана X" relies on the mention read from "направили" on.

// gr32VerbBeforeRole reports whether w, a lower-case word before an
// office, is a verb of coming or a reflexive pronoun ("Ähnlich äußerte
// sich Parteisprecher X": the office is "Parteisprecher", not "sich
// Parteisprecher").
func (ix *intl) gr32VerbBeforeRole(w string) bool {
	return ix.lx.comeVerbs[w] || ix.lx.reflexives[w]
}
