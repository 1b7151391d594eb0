package article

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
	return v+1 < len(toks) && toks[v+1].word() && toks[v+1].lower == "это"
}
