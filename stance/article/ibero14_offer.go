package article

// Offering one's support or a handover to the winner is an act, as
// congratulating is ("ofreció toda la colaboración", "ofereceu o seu
// apoio"), so ofreció/ofereceu are stance verbs (lexicon_es.go,
// lexicon_pt.go). Offering anything else ("ofreció más detalles sobre la
// reunión", "ofereceu aos acionistas um dividendo") is no act on the
// result (found probing).

// offerOffTopic reports whether toks[v] is a verb of offering with no word of
// support or a handover (offerTopics) in the eight words after it.
func (ix *intl) offerOffTopic(toks []token, v int) bool {
	topics, ok := offerTopics[ix.lx.code]
	if !ok || !offerVerbs[toks[v].lower] {
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+8; j++ {
		if hasStem([]string{toks[j].lower}, topics) {
			return false
		}
	}
	return true
}
