package article

// A description between commas after the person who opens a sentence:
// "Ivo Kask, gobernador saliente de Velor, fue más lejos: describió la
// jornada como «…»", "Lena Dal, ex-ministra da Justiça, classificou o
// pleito de «…»". The person is the subject of the verb after the second
// comma, and a quotation in that clause is theirs (sentenceSubject), as
// it is when no description comes between ("Ivo Kask describió la jornada
// como «…»").

// maxDescription is how many words the description may have.
const maxDescription = 8

// descriptionEnd returns the comma that closes a description opening at
// the comma toks[c], when a lower-case word follows that comma; or c.
// The description opens with a lower-case word and holds words only,
// none a verb of speech or of acting, a complementizer, a relative
// pronoun or a conjunction: an office or a standing, not a clause.
func (ix *intl) descriptionEnd(toks []token, c int) int {
	lx := ix.lx
	if c+2 >= len(toks) || !toks[c].is(",") || !toks[c+1].word() || toks[c+1].cap {
		return c
	}
	for e := c + 1; e < len(toks) && e <= c+1+maxDescription; e++ {
		t := toks[e]
		if t.is(",") {
			if e+1 < len(toks) && toks[e+1].word() && !toks[e+1].cap {
				return e
			}
			return c
		}
		if !t.word() || lx.speechVerbs[t.lower] || lx.actionVerbs[t.lower] || ix.verbLike(t.lower) || lx.complementizers[t.lower] || lx.subjectRelatives[t.lower] || lx.conjunctions[t.lower] {
			return c
		}
	}
	return c
}

// sharedOpening reports whether the act p, after a conjunction, has the
// subject that opened the sentence for the previous part last, a subject
// separated from its first verb by a description ("El consejero X,
// representante de Y, se negó a firmar el acta y la tachó de ilegal"):
// the second verb shares it, and the first act's text runs on through
// it, as it does when no description separates the subject from its verb.
func (ix *intl) sharedOpening(last, p reportedPart, subj phrase) bool {
	return iberoTitleLangs[ix.lx.code] && subj.lo == last.lo && p.spk != nil && p.spk == last.spk
}

// namingCall reports whether the person named from toks[lo] on is
// followed by a quotation: "llamó a X «dictador»" calls X a name, and is
// no telephone call (esCallAt) to congratulate.
func (ix *intl) namingCall(toks []token, lo int) bool {
	k := lo
	for k < len(toks) && toks[k].word() && toks[k].cap {
		k++
	}
	return k < len(toks) && toks[k].kind == tQuote
}

// longAdverbialMax is how many tokens an opening adverbial that names a
// body may have.
const longAdverbialMax = 10

// longAdverbialEnd returns the comma that closes an opening adverbial of
// up to longAdverbialMax tokens from toks[s] that opens with a
// preposition ("Desde", "Do lado do") and names a body, perhaps with its acronym in parentheses
// ("Desde el oficialista Partido Cívico del Norte (PCN), la candidata X,
// …, calificó …"), or b when there is none before b. The adverbial holds
// no verb the rules know and no quotation.
func (ix *intl) longAdverbialEnd(toks []token, s, b int) int {
	if s >= b || !toks[s].word() || !ix.lx.stops[toks[s].lower] && !ix.lx.fromWords[toks[s].lower] && matchPhrase(toks, s, iberoComplexPreps[ix.lx.code]) == 0 || ix.lx.conjunctions[toks[s].lower] || ix.lx.complementizers[toks[s].lower] { // "Frente a la sede del partido," (rom20)
		return b
	}
	for j := s + 1; j < b && j <= s+longAdverbialMax; j++ {
		t := toks[j]
		switch {
		case t.is(","):
			return j
		case t.is("(") || t.is(")"):
		case !t.word() || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) || ix.lx.complementizers[t.lower]:
			return b
		}
	}
	return b
}
