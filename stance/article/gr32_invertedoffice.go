package article

// German puts the subject after the verb when a place or a time opens the
// sentence: "In Peking erklärte ein Sprecher des Außenministeriums, China
// respektiere …", "Am Montag erklärte das Außenministerium, …".
// speakerAfterVerb takes only a person named there, since a lone
// capitalised noun after a German verb is as often its object ("äußerte
// die Hoffnung, dass …"); so an office or a body with no name after an
// opener gave no speaker, though it gives one before its verb ("Ein
// Sprecher des Außenministeriums erklärte, …"). After a verb of speech
// that does not open the sentence, an office (pRole: "ein Sprecher des
// Außenministeriums", "das Außenministerium") that the comma before the
// reported clause closes is the subject; "die Hoffnung" is no office.

// gr32InvertedOffice reports whether p, the phrase right after the
// speech verb toks[v], is such a subject.
func (ix *intl) gr32InvertedOffice(toks []token, v int, p phrase, speech bool) bool {
	return ix.lx.capNouns && speech && v > 0 && p.kind == pRole && p.hi < len(toks) && toks[p.hi].is(",")
}
