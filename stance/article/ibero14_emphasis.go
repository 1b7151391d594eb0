package article

// A verb of emphasis with a noun phrase for its object, in Spanish and
// Portuguese: "sublinhou a vontade de liberdade e de soberania expressa
// nas urnas", "destacó el orden y la transparencia del proceso",
// "subrayó la necesidad de esperar el cómputo". These verbs are speech
// verbs, which take a clause ("subrayó que …"); with a definite object
// and no clause they were read as nothing, though what the subject
// stressed is the remark, as with a verb of praise. Only the verbs of
// emphasis (emphasisVerbs, lexicon_ibero14.go) are read so: "dijo la verdad" is no remark on
// anything.

// emphasisObject reports whether the verb of emphasis toks[v] takes a
// noun phrase that opens with a definite article and a lower-case word.
func (ix *intl) emphasisObject(toks []token, v int) bool {
	if !emphasisVerbs[ix.lx.code][toks[v].lower] {
		return false
	}
	k := ix.pastOwnPart(toks, v+1)
	return k+1 < len(toks) && toks[k].word() && ix.lx.definite[toks[k].lower] && toks[k+1].word() && !toks[k+1].cap && !ix.quotedObject(toks, k) &&
		voteTopicIn(ix.lx.code, toks[k:])
}

// voteTopicIn reports whether the noun phrase opening toks names the vote
// or its conduct within twelve words, before the sentence's end
// (voteTopics): what a player or an economist stressed ("destacó el trabajo
// del equipo", "sublinhou a subida da inflação") is no act on the result
// (found probing the rule).
func voteTopicIn(code string, toks []token) bool {
	for j := 0; j < len(toks) && j < 12; j++ {
		if toks[j].is(".") || toks[j].is(";") {
			return false
		}
		if hasStem([]string{toks[j].lower}, voteTopics[code]) {
			return true
		}
	}
	return false
}
