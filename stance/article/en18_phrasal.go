package article

// phrasalStance reports whether toks[i] is a verb whose particle follows
// it and makes it a verb of stance (phrasalStanceVerbs): "had already
// turned down the official tally", "has ruled out any talks with the
// winner". An object must follow the particle — a determiner, a
// possessive, "any" or a capitalised word ("the lights were turned down
// low" is none). The verb and its clause are read as a stance verb's
// are (an action), and it ends a clause before it as they do
// (ownSubjectVerb).
func phrasalStance(toks []token, i int) bool {
	if !toks[i].word() || i+2 >= len(toks) {
		return false
	}
	p, ok := phrasalStanceVerbs[toks[i].lower]
	if !ok || !toks[i+1].is(p) {
		return false
	}
	o := toks[i+2]
	return o.word() && (determiners[o.lower] || possessivePronouns[o.lower] || o.cap || o.is("any"))
}

// phrasalRejection reports whether words[i] and its particle after it
// reject what follows (phrasalRejections): rejectionVerdict reads them
// as it reads "rejected".
func phrasalRejection(words []string, i int) bool {
	return phrasalRejections[words[i]] && i+1 < len(words) && words[i+1] == phrasalStanceVerbs[words[i]]
}
