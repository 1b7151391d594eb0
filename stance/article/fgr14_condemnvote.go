package article

// An act of condemning the vote itself: "X a fustigé un processus qui …",
// "a condamné le scrutin", "verurteilte die Wahl", "осудил выборы". With
// no word of recognition the verdict had nothing to say, and the models
// read the rest of the act (a remark so told came out withholding). A
// verb of strong condemnation (fgrCondemnVerbs) whose object, past
// articles, is the vote, its process or its result (fgrVoteObjects) is
// hostile; an object of anything else ("a condamné les violences") is
// left to the models, as is a negated verb.

// condemnsVote reports whether words (an act's) open with such a verb,
// past at most two preverbs, and its object follows.
func (l *langLexicon) condemnsVote(words []string) bool {
	verbs, objects := fgrCondemnVerbs[l.code], fgrVoteObjects[l.code]
	for i, w := range words[:min(3, len(words))] {
		if l.negators[w] {
			return false
		}
		if !verbs[w] {
			continue
		}
		for _, o := range words[i+1 : min(i+6, len(words))] {
			if hasStem([]string{unelided(o)}, objects) { // "l'élection"
				return !otherVoteAfter(l.code, words[i+1:])
			}
			if !l.determiners[o] && !fgrObjectDeterminers[l.code][o] && !fgrMannerAdverbs[o] { // "a rejeté en bloc les chiffres" (lexicon_fgr17.go)
				return false
			}
		}
		return false
	}
	return false
}

// otherVoteAfter reports whether the words after the verb (up to ten) place
// the vote in a parliament, a party or a company or give it a bill for
// object (fgrOtherVotes): "verurteilte die Abstimmung im Bundestag über das
// Heizungsgesetz", "a dénoncé le résultat du vote interne de son parti",
// "осудил голосование в Госдуме" are not the election (found probing).
func otherVoteAfter(code string, words []string) bool {
	for _, w := range words[:min(10, len(words))] {
		if hasStem([]string{unelided(w)}, fgrOtherVotes[code]) {
			return true
		}
	}
	return false
}
