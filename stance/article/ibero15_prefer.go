package article

// A choice to wait or to stay silent, told with a verb of preferring or
// deciding and an infinitive, in Spanish and Portuguese: "prefirió
// esperar los resultados oficiales", "preferiu não tirar conclusões",
// "optó por no pronunciarse", "decidiu aguardar pela decisão do
// tribunal", and declining: "declinó comentar los resultados",
// "escusou-se a comentar os números". The verb is in no list and the infinitive after it may be
// any verb, so the reporter's account of a withheld reaction was read as
// nothing. The verb (preferVerbs), an optional "por" (or "a"), and a negated
// infinitive, or a bare one whose clause names the vote or its result
// (voteTopicIn: "decidió viajar a Lima" is no reaction), make an act of
// the subject whose text is the whole periphrasis, labelled by the model
// as any act. A negated infinitive is a withheld comment (commentStems)
// or names the vote; a journey is no reaction, even after a word of the
// vote ("decidió no viajar a la cumbre tras las elecciones";
// travelInfinitives).

// preferAct reports whether toks[v] is a verb of preferring or deciding
// followed by an infinitive.
func (ix *intl) preferAct(toks []token, v int) bool {
	pv := preferVerbs[ix.lx.code]
	n := ix.insistLen(toks, v) // "fez questão de esperar …" (ibero17_insist.go)
	if pv == nil || !toks[v].word() || !pv[toks[v].lower] && n == 0 {
		return false
	}
	k := v + max(n, 1)
	if n == 0 && k < len(toks) && toks[k].word() && (toks[k].lower == "por" || toks[k].lower == "a" && ix.lx.code == "pt") {
		k++ // "optó por esperar", "escusou-se a comentar"
	}
	if ix.negatedInfinitive(toks, k) {
		// "prefirió no pronunciarse", "optó por no asistir a la
		// investidura"; not "decidió no viajar a la cumbre tras las
		// elecciones"
		inf := toks[k+1].lower
		return hasStem([]string{inf}, commentStems[ix.lx.code]) || !travelInfinitives[inf] && voteTopicIn(ix.lx.code, toks[k:])
	}
	return ix.bareInfinitive(toks, k) && !travelInfinitives[toks[k].lower] && voteTopicIn(ix.lx.code, toks[k:]) // not "decidió viajar a Lima"
}
