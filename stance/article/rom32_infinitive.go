package article

import "strings"

// French reports an intention or a judgement with an infinitive after the
// verb of saying as often as Spanish and Portuguese ("Washington a indiqué
// attendre les résultats officiels", "Berlin a déclaré respecter le choix
// des électeurs", "a dit ne pas reconnaître le résultat"), and the reader
// took such a clause in those two languages only (intl_infclause.go), so
// a French sentence of that shape gave its speaker no remark unless a
// name of several words made an inferred one. French infinitives end in
// -er, -ir or -re; the words right after a verb of saying with those
// endings that are no infinitive (an adverb of time, a possessive, an
// adjective of judgement: "a estimé nécessaire de …") are refused
// (rom32NotInfinitives, and the endings -ère and -aire but for "faire"),
// and French negates an infinitive with two words ("ne pas", "ne plus").

// rom32NoInfinitive reports whether w, a word of the language code right
// after a verb of saying, ends like an infinitive but is none.
func rom32NoInfinitive(code, w string) bool {
	if code != "fr" {
		return false
	}
	if rom32NotInfinitives[w] || strings.HasSuffix(w, "ère") {
		return true
	}
	return strings.HasSuffix(w, "aire") && !strings.HasSuffix(w, "faire") && w != "plaire" && w != "taire"
}

// rom32FrenchNegation returns the index of the infinitive after a French
// negation of two words at toks[k] ("ne pas reconnaître", "ne plus
// vouloir"), or k.
func rom32FrenchNegation(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].lower != "ne" || !toks[k+1].word() || !rom32SecondNegators[toks[k+1].lower] || !toks[k+2].word() {
		return k
	}
	return k + 2
}
