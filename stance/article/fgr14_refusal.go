package article

// German withholds congratulations or recognition with "verweigern",
// which in the perfect or a subordinate clause ends the clause after the
// word of recognition; the verdict read refusals before that word only.

// refusalAfter reads a German refusal after the word of recognition at
// words[v], where the verb ends its clause ("Janković hat dem Sieger die
// Glückwünsche verweigert", "…, weil sie die Anerkennung verweigerte"):
// within four words after it, as a refusal before it is read.
func (l *langLexicon) refusalAfter(words []string, v int, negated, refused bool) (bool, bool) {
	if !l.capNouns {
		return negated, refused
	}
	for _, w := range words[v+1 : min(v+4, len(words))] {
		if l.negators[w] {
			// "hat dem Sieger die Glückwünsche nicht verweigert" (found probing)
			return negated, refused
		}
		if l.refusals[w] && !l.avoids[w] {
			return true, true
		}
	}
	return negated, refused
}
