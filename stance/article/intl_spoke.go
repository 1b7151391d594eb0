package article

// spokeOf reports whether toks[v] is a verb of speaking followed by what
// was spoken of ("a parlé d'un « crime »", "habló de fraude", "falou de
// uma farsa", "sprach von einem Zeichen", "говорил о фальсификациях"),
// past the speaker's own part ("pour sa part"): the subject's words
// summed up as an act, with no clause of reported speech. What follows a
// definite article is a topic ("falou dos laços", "habló de los
// resultados"), not what was said of it, and a capitalised word a place
// or a person spoken in or of ("falou em Lisboa").
func (ix *intl) spokeOf(toks []token, v int) bool {
	sl := ix.side()
	if !sl.speak[toks[v].lower] {
		return false
	}
	k := ix.pastOwnPart(toks, v+1)
	if k+1 >= len(toks) || !toks[k].word() || !sl.of[toks[k].lower] || ix.quotedObject(toks, k) {
		return false
	}
	if !ix.lx.capNouns && toks[k+1].word() && toks[k+1].cap {
		return false // "falou em Lisboa": where, not what
	}
	_, def := ix.core(toks[k+1].lower) // "de l'élection"
	return !ix.lx.definite[toks[k+1].lower] && !def
}

// nominalObject reports whether a speech verb at toks[v] that opens no
// clause takes a noun phrase that opens with an indefinite article
// ("a dénoncé un « hold-up électoral »", "denunció un fraude masivo",
// "denunciou uma «farsa»"): the object is what was said, and the verb
// with it an act of the subject. A definite article ("dijo la verdad")
// or a preposition ("dijo en la rueda de prensa") is left out.
func (ix *intl) nominalObject(toks []token, v int) bool {
	k := ix.pastOwnPart(toks, v+1)
	return k+1 < len(toks) && toks[k].word() && ix.side().objects[toks[k].lower] && (toks[k+1].word() || toks[k+1].kind == tQuote) && !ix.quotedObject(toks, k)
}

// quotedObject reports whether a quotation that is no scare quote comes
// within two tokens after toks[k] ("parle d'une « … »"): the object is
// quoted speech, a direct remark of its own.
func (ix *intl) quotedObject(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+2; i++ {
		if toks[i].kind == tQuote {
			return !ix.scare(toks, i)
		}
	}
	return false
}

// pastOwnPart returns the index after the phrase of the speaker's own
// part that starts at toks[k] ("pour sa part", "por su parte",
// "seinerseits"), or k.
func (ix *intl) pastOwnPart(toks []token, k int) int {
	if n := matchPhrase(toks, k, ix.side().ownPart); n > 0 {
		return ix.pastMannerAdverb(toks, k+n)
	}
	return ix.pastMannerAdverb(toks, k) // "habló abiertamente de fraude" (ibero17_office.go)
}

// selfDescribed reports whether the speech verb toks[v], which opens no
// clause, is reflexive with a word after it that is no preposition: the
// subject declares themself something ("s'est dit « fier » du choix",
// "se declaró satisfecho", "se dijo dispuesto a dialogar"), an act of
// theirs. The caller has found no clause after the verb.
func (ix *intl) selfDescribed(toks []token, v int) bool {
	k := v + 1
	if k < len(toks) && toks[k].word() && ix.lx.reflexives[toks[k].lower] {
		k++ // "äußerte sich am Abend": the word after the pronoun
	}
	if !ix.reflexiveAt(toks, v) || k >= len(toks) {
		return false
	}
	t := toks[k]
	return t.kind == tQuote || t.word() && !ix.lx.stops[t.lower] && !ix.lx.determiners[t.lower] && !t.cap
}

// conjunctionBefore reports whether a conjunction joins the verb toks[v]
// to the verb before it, past the preverbs between them ("felicitó … y
// se dijo pronto", "felicitou … e se disse pronto"): the second verb
// has the first one's subject.
func (ix *intl) conjunctionBefore(toks []token, v int) bool {
	b := v - 1
	for b > 0 && v-b <= 3 && toks[b].word() && (ix.lx.preverbs[toks[b].lower] || ix.lx.reflexives[toks[b].lower]) {
		b--
	}
	return b >= 0 && toks[b].word() && ix.lx.conjunctions[toks[b].lower]
}

// calledWinner returns where the winner is named right after a verb of
// calling by telephone, within three words past prepositions and
// articles ("telefonou ao vencedor ainda durante a apuração", "llamó al
// ganador", "a téléphoné au vainqueur", "позвонил победителю"): a call
// to the winner is made to congratulate, as a roundup tells it. It
// returns 0 when there is none; a call to anyone else is no act.
func (ix *intl) calledWinner(toks []token, v int) int {
	sl := ix.side()
	if !sl.phones[toks[v].lower] {
		return 0
	}
	for k := v + 1; k < len(toks) && k <= v+3 && toks[k].word(); k++ {
		w := toks[k].lower
		if sl.winners[w] {
			return k
		}
		if !ix.lx.stops[w] && !ix.lx.determiners[w] && !ix.lx.rolePreps[w] {
			return 0
		}
	}
	return 0
}
