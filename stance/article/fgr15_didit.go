package article

import "strings"

// ruDidIt reports whether the Russian verb of doing toks[v] has the
// pronoun "это" (or "так") for its object right before it: "Одними из
// первых это сделали A и B", "X сделал это ещё вечером", "Так же
// поступил X". Russian refers to the act just told with "это" as Spanish
// does with "lo" ("lo había hecho", didSo), and the verb is then an act
// that copies the last act (followAt). Without a pronoun ("сделал
// заявление") or negated ("этого не сделал") it is none.
func (ix *intl) ruDidIt(toks []token, v int) bool {
	if ix.lx.code != "ru" || !doSame["ru"].verbs[toks[v].lower] || ix.negatedNear(toks, v) {
		return false
	}
	if v > 0 && toks[v-1].word() && ruDidItPronouns[toks[v-1].lower] {
		return true
	}
	return v+1 < len(toks) && toks[v+1].word() && toks[v+1].lower == "это" && !ruNeuterNounAt(toks, v+2)
}

// ruNeuterNounAt reports whether toks[k] is a neuter noun that "это"
// before it determines ("сделала это заявление в понедельник": this
// statement, an object of its own, not the act just told): a verbal noun
// in "-ние"/"-тие", a noun in "-ье"/"-ство", or one of ruNeuterNouns.
// An adverb after "это" ("сделал это ещё вечером", "публично") is none.
func ruNeuterNounAt(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].word() {
		return false
	}
	w := toks[k].lower
	for _, suf := range ruNeuterSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return ruNeuterNouns[w]
}
